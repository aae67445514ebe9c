"""The topic a defining sentence sets, for the values its clauses leave unnamed: `defined_topic`,
`name_in_topic`.

    第二个标准是…其它如油（每人每日五钱）…，一概生产自给，约占全部用费的百分之五十，可以在两年至三年内逐渐地做到。

A sentence that opens by defining a topic (`第二个标准是…`, `我们的办法是…`) goes on in clauses whose subject
or object is left out: Chinese drops what the topic already names (zero anaphora). The general reading
(naming.py) then names a share by the clause's bare predicate (`一概生产自给占全部用费`: who supplies
itself?) and a time by a verb with no object (`做到的期限`: doing what?). The left-out word is the topic:

- elided object: a term named by a verb of attaining alone (`做到的期限`, `实现的期限`) is the term for
  attaining the topic (做到第二个标准的期限);
- elided subject: a share whose subject is a predicate opening with an adverb of totality (`一概生产
  自给`, `一律…`, `全部…`) is the topic's share: its last verb, after the topic (第二个标准自给占全部用费);
- ration: a rate per person and day in brackets after an item (`油（每人每日五钱）`) is the amount of that
  item supplied (油的供给量（每人每日）), never the item's one character alone.

Each returns '' (or the name unchanged) when its shape is absent.
"""
from __future__ import annotations

import re

from .indicator import cap

# A sentence that opens by defining its topic: `X是` right at its start, X a short noun phrase with
# no comma, not a pronoun or a demonstrative (`这是…`, `这个标准是…` point back, they define nothing).
_DEFINES = re.compile(r"(?P<topic>(?!这|那|它|他|其|此)[\u4e00-\u9fff]{2,8}?)(?:就|即|则)?是(?![否不非])")
_ATTAIN_ONLY = re.compile(r"(?:逐渐地|逐步地|逐步|逐渐|基本)?(?P<verb>做到|达到|实现|办到|完成)的期限")
_TOTALITY = re.compile(r"^(?:一概|一律|全部|全都|均|都)(?P<rest>[\u4e00-\u9fff]{2,8})占(?P<whole>.+)$")


def defined_topic(text: str, sentence: int) -> str:
    """The topic the sentence starting at `sentence` defines (`第二个标准`), or ''."""
    m = _DEFINES.match(text, sentence)
    return m["topic"] if m else ""


def name_in_topic(name: str, topic: str) -> str:
    """`name` with the left-out topic put back (see the module doc), or ''."""
    if not topic:
        return ""
    attain = _ATTAIN_ONLY.fullmatch(name)
    if attain:
        return cap(attain["verb"] + topic + "的期限")
    whole = _TOTALITY.match(name)
    if whole:
        return cap(topic + whole["rest"][-2:] + "占" + whole["whole"])
    return ""


def ration_name(item: str, rate: str) -> str:
    """A ration's name: the amount of the item supplied, per its rate (油 -> 油的供给量（每人每日）)."""
    return cap(f"{item}的供给量（{rate}）")
