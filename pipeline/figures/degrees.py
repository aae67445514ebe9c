"""What a Chinese 度 measures, and temperatures below zero: `read_degrees(plain, found)`.

    read_degrees("最低气温零下五度", scan)     # [Quantity(… value=-5.0, unit='℃', display='-5')]

度 alone is four words: a degree of temperature (`气温二十五度`, `摄氏三十五度`), a degree of
angle (`北纬三十度`, `坡度二十五度`), a kilowatt-hour (`发电量1000亿度`: the unit table's
reading) and, after a small numeral, a number of times (`两度访问北京`, `一度偏少` 'once'),
which is no figure. The sentence says which: a word of temperature, of angle or of electricity
around the number; with none, a count of 万/亿 degrees is electricity and anything else is
read as `times` and left out. `摄氏度` and `℃` are always temperatures; `零下`, or a minus sign
right after a Chinese character (`气温-5℃`), makes one negative, and the span takes in
`零下`/`摄氏` so the mention reads as written.
"""
from __future__ import annotations

import re

from .scan import Quantity

_TEMPERATURE = re.compile(r"气温|温度|水温|体温|地温|室温|高温|低温|降温|升温|严寒|酷暑|摄氏")
_ANGLE = re.compile(r"北纬|南纬|东经|西经|纬度|经度|坡度|坡|角|倾斜")
_ELECTRICITY = re.compile(r"电|千瓦")
_CLAUSE = "，,。；;！？!?\n"
_BELOW_ZERO = ("零下", "-", "−")
_MINUS = re.compile(r"(?<=[\u4e00-\u9fff])[-−](?P<n>\d+(?:\.\d+)?)(?=℃|摄氏度)")


def _clause(plain: str, start: int, end: int) -> tuple[str, str]:
    """(the clause around the number, its sentence)."""
    c0 = max(plain.rfind(c, 0, start) for c in _CLAUSE) + 1
    s0 = max(plain.rfind(c, 0, start) for c in "。；;！？!?\n") + 1
    ends = [i for i in (plain.find(c, end) for c in "。；;！？!?\n") if i >= 0]
    return plain[c0:end], plain[s0:min(ends, default=len(plain))]


def _kind(plain: str, q: Quantity) -> str:
    """'℃', '°', '千瓦时' or '' (times: not a figure) for a number written with 度."""
    clause, sentence = _clause(plain, q.start, q.end)
    before = plain[max(0, q.start - 2):q.start]
    if before in ("摄氏", "零下"):
        return "℃"
    for text in (clause, sentence):
        for pattern, unit in ((_TEMPERATURE, "℃"), (_ANGLE, "°"), (_ELECTRICITY, "千瓦时")):
            if pattern.search(text):
                return unit
    return "千瓦时" if q.display.endswith(("万", "亿")) else ""


def _below_zero(plain: str, q: Quantity) -> Quantity:
    start = q.start - 2 if plain.endswith("摄氏", 0, q.start) else q.start     # 摄氏三十五度
    sign = next((w for w in _BELOW_ZERO if plain.endswith(w, 0, start)), "")
    if sign == "" and plain.endswith("零下", 0, q.start - 2) and start < q.start:
        sign = "零下"                                                          # 零下摄氏五度
    if sign in ("-", "−") and not (start >= 2 and "\u4e00" <= plain[start - 2] <= "\u9fff"):
        sign = ""                                                             # 3-5℃: a range, not a minus
    start -= len(sign)
    value = -q.value if sign else q.value
    display = f"-{q.display}" if sign else q.display
    return Quantity(start, q.end, value, "℃", display, q.approximate, q.ratio, q.generic)


def read_degrees(plain: str, found: list[Quantity]) -> list[Quantity]:
    """`found` (in order) with each 度 read as its sentence says, temperatures signed."""
    out: list[Quantity] = []
    taken = [(q.start, q.end) for q in found]
    for m in _MINUS.finditer(plain):          # 气温-5℃: the minus keeps the number from reading as a name
        end = m.end() + (3 if plain.startswith("摄氏度", m.end()) else 1)
        if all(end <= a or b <= m.start() for a, b in taken):
            n = float(m["n"])
            found = [*found, Quantity(m.start(), end, -n, "℃", f"-{m['n']}", False)]
    for q in sorted(found, key=lambda q: q.start):
        if q.unit == "千瓦时" and plain.endswith("度", 0, q.end) and not plain.endswith("摄氏度", 0, q.end):
            kind = _kind(plain, q)
            if not kind:
                continue                        # 两度访问北京: times
            q = q if kind == "千瓦时" else Quantity(q.start, q.end, q.value, kind, q.display, q.approximate)
        if q.unit == "℃" and q.value >= 0:
            q = _below_zero(plain, q)
        out.append(q)
    return out
