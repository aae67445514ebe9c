"""A body counted twice in one breath, and its share: `restated_count`, `share_of_count`; a body named
twice in a coordination: `last_conjunct`.

    在侵华日军四十个师团，五十八万人中，解放区战场抗击的是二十二个半师团，三十二万人，占了百分之五十六

Reports on forces, fleets or herds give one body in two measures side by side, a count of its units
then a count of its members (`四十个师团，五十八万人`), and follow it with the share that count is of the
whole (`占了百分之五十六`). The second count has no words of its own before it, so the general reading
(naming.py) lent it the first count's measure word (`师团`, `半师团`) and the share took it too. What the
two counts and the share measure is the body the sentence names before the first count
(`侵华日军`, `解放区战场抗击的`), found here; each function returns '' when its shape is absent.

Two acts on one body joined by 和 before a count (`“解散”新四军和歼灭皖南新四军部队九千余人`) name the body
twice; the count is of the last act's object, so the last conjunct alone names it (歼灭皖南新四军部队).
"""
from __future__ import annotations

import re

from .indicator import CLAUSE_MARKS, cap, clause_start, subject_before

# Between the first count's number and the second's: its measure noun, then a comma only
# (`个师团，`, `个半师团，`).
_APPOSED = re.compile(r"[\u4e00-\u9fff]{1,4}[，,]")
# A clause that is only a share verb (`占了`, `仅占`, `约占`): a share with no whole named.
_BARE_SHARE = re.compile(r"(?:仅|只|约|共|则|已)?占了?")
# Words that open a clause and name nothing (`不过`, `只有`).
_HEDGE = re.compile(r"(?:不过|只有|仅仅|仅|只|约|共|计|总共|一共|则|而)+")
_MAX_BACK = 2                    # clauses looked back for the body's name
_SUFFIX = {"人": "人数", "名": "人数"}


def _owner(text: str, sentence: int, end: int) -> str:
    """The body named before the count ending its clause at `end`: that clause's subject, or when it
    is only a hedge (`，不过十七个半师团`) the clause before it (`国民党战场抗击的`)."""
    for _ in range(_MAX_BACK):
        start = clause_start(text, end)
        name = subject_before(text, start, end).strip(" 　")
        if name.startswith("在") and len(name) >= 3:          # 在侵华日军: where, then what
            name = name[1:]
        if len(name) >= 2 and not _HEDGE.fullmatch(name) and not any(c.isdigit() for c in name) \
                and not any(c in name for c in CLAUSE_MARKS):
            return name
        if start <= sentence + 1:
            break
        end = start - 1
    return ""


def restated_count(text: str, sentence: int, first_start: int, first_end: int, start: int, unit: str) -> str:
    """The name of a count (at `start`) that restates the count just before it in another measure
    (`四十个师团，五十八万人` -> 侵华日军人数), or ''."""
    if not _APPOSED.fullmatch(text, first_end, start):
        return ""
    owner = _owner(text, sentence, first_start)
    return cap(owner + _SUFFIX.get(unit, "")) if owner else ""


def share_of_count(text: str, floor: int, start: int, count_name: str) -> str:
    """A share in a clause of only a share verb right after a count (`三十二万人，占了百分之五十六`):
    that count's share of the whole (解放区战场抗击人数比重), or ''."""
    if len(count_name) < 2 or not _BARE_SHARE.fullmatch(text[floor:start].strip(" 　，,")):
        return ""
    return cap(count_name + "比重")


_QUOTES = "“”\"‘’「」"
_SHARED = 3                      # characters of the body both conjuncts name


def last_conjunct(name: str) -> str:
    """The last of two conjuncts joined by 和 that name the same body (a run of `_SHARED` characters in
    both), or ''."""
    if "和" not in name:
        return ""
    left, right = name.rsplit("和", 1)
    left = left.strip(_QUOTES)
    right = right.strip(_QUOTES)
    if len(right) < 4 or len(left) < _SHARED:
        return ""
    shared = any(left[i:i + _SHARED] in right for i in range(len(left) - _SHARED + 1))
    return right if shared else ""
