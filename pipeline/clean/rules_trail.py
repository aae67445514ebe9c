"""A location trail that ends in the page's own headline, and the side labels under it (r45, issue 11).

Many Chinese sites print the trail without a label or a home link, from the column down to the
article itself: `最新新闻 > 往年回顾 > <the headline>`. Its last item is a headline, longer than a
column's name, so the trail rules (`breadcrumb`: items of at most 16 characters) never saw it, and it
was read as the title. The page prints the headline again a few lines below, as the article's `<h1>`:
that echo is what tells the trail. Between the two an unstyled page sets its side column's labels
(`最新动态`, `栏目名 >`, `> 正文`): short pieces of chrome, never the text's.

    page = headline_trail(page)   # the trail and the side labels between it and its headline go
"""
from __future__ import annotations

import re

from .page import Page
from .zones import head_zone

MARKS = r"(?:>>|>|＞|»|›|→)"
# one or more column names (no sentence mark, at most 16 characters) then a last item of 17 to 120:
# 'A > B > 关于某某工作的通知'
HEADLINE_TRAIL = re.compile(rf"^\s*(?:[^\s>＞»›→。，；！？,;!?]{{1,16}}\s*{MARKS}\s*){{1,6}}(?P<last>[^>＞»›→]{{17,120}})$")
ECHO_REACH = 6   # non-blank lines under the trail where the page prints the headline again
# a side column's label between the trail and the headline: a short name, maybe with a trail mark
# before or after it ('最新动态', '往年回顾 >', '> 动态内容'); no digit, bracket or sentence mark, so a
# document number ('某府发〔2023〕1号'), a date or an issuing body (ISSUER_END) over the headline stays
SIDE_LABEL = re.compile(rf"^\s*{MARKS}?\s*[^\s\d０-９>＞»›→。，；：:！？,;!?（）()〔〕\[\]【】《》]{{2,10}}\s*{MARKS}?\s*$")
# an issuing body's name or its red header over the headline ('某某市人民政府办公室', '某某县财政局文件'):
# the document's own front matter, never a side label
ISSUER_END = re.compile(r"(?:文件|人民政府|政府|办公厅|办公室|委员会|常委会|局|厅|署|委)\s*$")


def _flat(text: str) -> str:
    return "".join(text.split())


def _echo_at(lines, i: int, last: str) -> int | None:
    """Index of the line that prints the trail's last item alone, within ECHO_REACH non-blank lines."""
    seen = 0
    for k in range(i + 1, len(lines)):
        if not lines[k].text.strip():
            continue
        seen += 1
        if seen > ECHO_REACH:
            return None
        if _flat(lines[k].text) == last:
            return k
    return None


def _side_labels(lines, start: int, stop: int) -> list[int] | None:
    """The non-blank lines between the trail and its headline when every one is a side label; None
    when one of them is anything else (the band then is not the template's alone)."""
    found = [k for k in range(start, stop) if lines[k].text.strip()]
    if all(SIDE_LABEL.match(lines[k].text) and not ISSUER_END.search(lines[k].text) for k in found):
        return found
    return None


def headline_trail(page: Page) -> Page:
    """(r45, issue 11) Drop a trail of column names that ends in the page's headline, when the page
    prints that headline alone within ECHO_REACH non-blank lines under it (`最新新闻 > 往年回顾 >
    关于…的讲话` over `关于…的讲话`), with the side column's labels between them (`最新动态`,
    `往年回顾 >`, `> 动态内容`). The headline line stays and is the title. A trail whose last item is
    printed nowhere under it, a line between that is not a short label (a document number, a
    date, a sentence), and a trail in the body stay.

    Example: "新闻中心 > 馆内动态 > 某某纪念馆举办春季青少年研学活动" / "最新资讯" / "> 正文" go over
    "某某纪念馆举办春季青少年研学活动", which stays."""
    lines, hits = page.lines, []
    for i in head_zone(lines):
        match = HEADLINE_TRAIL.match(lines[i].text)
        if not match:
            continue
        echo = _echo_at(lines, i, _flat(match["last"]))
        labels = _side_labels(lines, i + 1, echo) if echo is not None else None
        if labels is not None:
            hits += [i] + labels
    return page.drop(hits)
