"""A summary row named by a bare generic noun takes its qualifier from the sentence:
`qualified(name, text, start) -> str`.

    qualified("增加值", "非公有制经济实现增加值2189.90亿元，增长6.1%。", 11)   # '非公有制经济增加值'
    qualified("增加值", "规模以上工业企业达7.6万家、增加值增长3%。", 18)      # '规模以上工业企业增加值'

Why: in the full table a row sits beside its sentence, so `增加值 2189.90亿元` reads; the key-figures
table shows the row alone, and `增加值`, `贡献率`, `总额`, `总量` alone say how a thing is measured, not
of what. The sentence names the what: the nearest noun before the generic noun in its clause (`非公有制
经济实现增加值`: 非公有制经济; `对GDP增长的贡献率`: GDP增长, after the preposition), or, when the clause
opens with the generic noun (`…达7.6万家、增加值增长3%`, `…320万户、增长13%，总量达2037.7万户`), the
noun an earlier clause of the sentence opens with (its topic). A share (`，占GDP的比重为63.1%`) is
named by the topic too, with its whole: 非公有制经济占GDP比重. No noun found: the name stays.
"""
from __future__ import annotations

import re

from .units import CHANGE_VERBS

GENERIC_NOUNS = frozenset({"增加值", "贡献率", "总额", "总量", "比重", "增速", "余额", "总产值"})
_CLAUSE = "，,；;：:、"
_SENTENCE = "。！？!?\n"
# what comes between a noun and its generic measure: a verb that reports it, 的, a preposition
_LINK_TAIL = re.compile(r"(?:的|实现|完成|达到|创造|共|累计|全年|其|之)+$")
_PREPOSITION = re.compile(r".*(?:对|向|给|与|在|为|占|比)")
# the noun a clause opens with: up to its number or its verb
_OPENER = re.compile(r"(?P<noun>[\u4e00-\u9fffA-Za-z]{2,12}?)(?=[\d０-９]|达到|达|为|是|实现|完成|"
                     rf"{'|'.join(CHANGE_VERBS)}|[{_CLAUSE}])")
_MAX_QUALIFIER = 12


def _noun(words: str) -> str:
    words = _PREPOSITION.sub("", _LINK_TAIL.sub("", words.strip()))
    words = words[-_MAX_QUALIFIER:]
    return words if len(words) >= 2 and re.fullmatch(r"[\u4e00-\u9fffA-Za-z]+", words) else ""


def qualified(name: str, text: str, start: int) -> str:
    """`name` with the noun of its sentence before it when it is a bare generic noun (module doc)."""
    share = name.startswith("占") and name.endswith("比重")
    if name not in GENERIC_NOUNS and not share:
        return name
    at = text.rfind(name, 0, start)
    if at < 0:
        return name
    clause = max(text.rfind(c, 0, at) for c in _CLAUSE + _SENTENCE) + 1
    whole = text.rfind("占", clause, at)
    if whole >= 0 and name == "比重":                  # 占GDP的比重: the whole, not what it is a share of
        share, at, name = True, whole, text[whole:at + len(name)]
    noun = "" if share else _noun(text[clause:at])
    name = name.replace("的", "") if share else name
    sentence = max(text.rfind(c, 0, at) for c in _SENTENCE) + 1
    while not noun and clause > sentence:          # the clause opens with it: an earlier clause's topic
        end = clause - 1
        clause = max(text.rfind(c, 0, end) for c in _CLAUSE + _SENTENCE) + 1
        clause = max(clause, sentence)
        opener = _OPENER.match(text, clause, end + 1)
        if opener and not opener["noun"].startswith(tuple(CHANGE_VERBS)):
            noun = opener["noun"]
    return noun + name if noun else name
