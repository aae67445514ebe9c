"""(r27docshare) A document-sharing or model-text site's furniture around its preview of a file.

Such a site shows an uploaded file (a speech, a work report, a 总结, a plan) page by page or as one
line of text, and frames it: the file's facts (`上传人：…　文档编号：…　页数：28　大小：56KB`, or one a
line `5页` / `1000下载券` / `2023-12-28上传`), its prompts and buttons (`想预览更多内容，点击预览全文`,
`已阅读3页，还剩9页未读 继续免费阅读`, `下载 相关 举报`), its labels (`申明敬告：`, `文档介绍`, `资源描述：`,
`相关文档`) and its notices — sentences, but the site's (`本站所有内容均由合作方或网友上传…`,
`版权说明：本文档由用户提供并上传…`, `本文档一共被下载：12 次，您可全文免费在线阅读后下载本文档。`). The notices
read as prose, so the page's head zone ended at them and the furniture under them was left.

    docshare_chrome(page)   # drops them at the page's head and foot
"""
from __future__ import annotations

import re

from .page import Page, wrapped_rest
from .vocab import (DOCSHARE_LABEL, DOCSHARE_NOTICE, DOCSHARE_NOTICE_MAX, DOCSHARE_PROMPT, FILE_FACT_CELL,
                    FILE_FACT_STRONG, FILE_STAT_WORD, UPLOAD_BLURB)
from .vocab_en import SHARE_STRONG, VIEWER_ANCHOR
from .zones import is_prose

BULLET = re.compile(r"^[\s•·▪●○■◆\-*]+|[\s|｜]+$")   # a listing's bullet before a fact, its bar after
STRONG = re.compile(rf"^(?:{FILE_FACT_STRONG})")
BULLET_CELL = re.compile(r"^\s*[•·▪●]\s*\S.{0,15}?\s*[|｜]\s*$")
SEPARATORS = re.compile(r"\s*[|｜]\s*|\s{2,}|\u3000+|\s+")
RELATED_ITEM = re.compile(r"^\s*\S.{1,60}?[\s\u3000]+\d{1,4}\s*页\s*$")   # a related file and its pages: '某某报告　12页'
RELATED_LABEL = re.compile(r"^\s*(?:相关文档|相关推荐|相关资料|猜你喜欢|为你推荐)\s*[:：]?\s*$")
TAGS_LABEL = re.compile(r"^\s*关\s*键\s*词\s*[:：]?\s*$")   # its words on the next line: '法治政府 建设 报告'
TAGS_LINE = re.compile(r"^[^。，；！？,;!?：:]{1,40}$")
RULE_LINE = re.compile(r"^\s*[-—=_*~·.－]{3,}\s*$")   # a banner's rule under the site's slogan


def _facts(text: str) -> str:
    """'strong', 'weak' or '': the line is the file's facts, labelled (`文档编号：…　页数：12`) or bare
    (`5页`, `1000下载券`, `2.5分 | 36人已读 | 6页`), with a label only a listing uses ('strong') or
    only labels a document may use too ('weak': `页数：12`, `大小：30.5KB`)."""
    bare = BULLET.sub("", text).strip()
    if not bare or len(bare) > 160:
        return ""
    cells = list(FILE_FACT_CELL.finditer(bare))
    if cells and cells[0].start() == 0 and not SEPARATORS.sub("", FILE_FACT_CELL.sub("", bare)):
        return "strong" if any(STRONG.match(c.group("label")) for c in cells) else "weak"
    if BULLET_CELL.match(text) and not re.search(r"[。，；！？,;!?]", bare):
        return "weak"   # a listing's cell between its bullet and its bar: the uploader's name ('• XZFB |')
    words = [w for w in SEPARATORS.split(bare) if w]
    if words and all(FILE_STAT_WORD.match(w) for w in words):
        return "weak" if len(words) == 1 and re.fullmatch(r"\d{1,4}\s*页", words[0]) else "strong"
    return ""


def _chrome(text: str) -> bool:
    """A prompt, a button row, a label or the site's notice (DOCSHARE_* in vocab.py), or a line of facts."""
    bare = text.strip()
    return bool(DOCSHARE_PROMPT.match(bare) or DOCSHARE_LABEL.match(bare) or _facts(bare) == "strong"
                or len(bare) <= DOCSHARE_NOTICE_MAX and (DOCSHARE_NOTICE.search(bare) or UPLOAD_BLURB.search(bare)))


def _weight(text: str) -> int:
    """How much a furniture line tells of the site: a line of several facts with a listing's label
    (`文档页数：4　文档大小：120KB`) tells as much as two lines; any other, one."""
    return 2 if _facts(text) == "strong" and len(FILE_FACT_CELL.findall(text)) >= 2 else 1


def docshare_chrome(page: Page) -> Page:
    """Drop a document-sharing site's furniture at the page's head and foot: the lines from the top
    (and from the bottom) that are furniture (`_chrome`) or no prose, up to the file's first (last)
    line of prose, when PAGE_EVIDENCE lines or more among them are the site's own (a prompt, a label,
    a notice, a line of facts with a listing's label). In that stretch the site's lines go; a line
    of bare facts or weak labels (`5页`, `大小：30.5KB`) next to one that goes goes too; under a
    related-files label (`相关文档`), the files with their page counts (`某某报告　12页`).

    Example: "某县2024年政府工作报告.doc" / "文档格式：DOC　页数：28" / "下载文档" / "还剩26页未读，继续阅读" /
    (the text) / "内容提供方：w***7" / "版权申诉" / "相关文档" / "某县2023年政府工作报告　12页" -> all but
    the name and the text go. A sentence of the file that speaks of downloads or previews (`群众可在网上
    下载申请表格、预览办理进度`) is prose and no furniture: it ends the stretch and stays. A notice a PDF copy
    hard-wrapped at its measure takes its rest with it (`page.wrapped_rest`, r30noblank: `…内容补充、找` /
    `答案等附加服务。`)."""
    lines = page.lines
    filled = [i for i, line in enumerate(lines) if line.text.strip()]
    head, tail = [], []
    for i in filled:
        if is_prose(lines[i].text) and not _chrome(lines[i].text):
            break
        head.append(i)
    top = set(head)
    for i in reversed(filled):
        if i in top or is_prose(lines[i].text) and not _chrome(lines[i].text):
            break
        tail.append(i)
    hits: set[int] = set()
    for stretch in (head, tail[::-1]):
        found = [i for i in stretch if _chrome(lines[i].text)]
        if sum(_weight(lines[i].text) for i in found) < PAGE_EVIDENCE:
            continue
        hits.update(found)
        within = set(stretch)   # (r30noblank) a notice a PDF copy hard-wrapped: its rest goes with it (`page.wrapped_rest`)
        hits.update(j for i in found for j in wrapped_rest(page, i) if j in within)
        for prev, i in zip(stretch, stretch[1:]):   # the words under a keywords label; a banner's rule
            if prev in hits and (TAGS_LABEL.match(lines[prev].text) and TAGS_LINE.match(lines[i].text.strip())
                                 or RULE_LINE.match(lines[i].text)):
                hits.add(i)
        for order in (stretch, stretch[::-1]):   # bare or weak facts next to the listing's facts, run by run
            for prev, i in zip(order, order[1:]):
                if prev in hits and i not in hits and _facts(lines[i].text):
                    hits.add(i)
        for n, i in enumerate(stretch):   # a related-files list under its label, the files with their pages
            if RELATED_LABEL.match(lines[i].text) and n + 1 < len(stretch) and RELATED_ITEM.match(lines[stretch[n + 1]].text):
                hits.add(i)
                for k in stretch[n + 1:]:
                    if not RELATED_ITEM.match(lines[k].text):
                        break
                    hits.add(k)
    return page.drop(sorted(hits))


PAGE_EVIDENCE = 2   # the site's own lines in a stretch before its lines go: one may be a document's word


# -- (r29enchrome) an English document-sharing site's furniture ------------------------------------------
SHARE_GAP = 8   # filled lines between two of the site's lines, at most, for the lines between to be its too


def docshare_chrome_en(page: Page) -> Page:
    """Drop an English document-sharing site's furniture (`vocab_en.SHARE_STRONG`: the viewer's buttons
    and preview notices, its vote and report boxes, the listing's labelled facts, its download offer)
    when SHARE_EVIDENCE such lines or more stand on the page; the lines between two of them that are no
    prose, SHARE_GAP at most (the uploader's name, the year `2020/2021`, `2 documents`, a pager `1 / 19`),
    go with them; so do the viewer's page anchors (`bg1`, `pf3` … `pf13`: VIEWER_ANCHOR) next to them
    or two or more in a run. The Chinese sites' furniture is `docshare_chrome`'s.

    Example: "Typology: Essays (university)" / "2020/2021" / "Uploaded on 06/05/2021" / "jdoe" /
    "1 / 19" / "Toggle sidebar" / "bg1" / (the file's text) / "pf3" / "pf4" / "Partial preview of the
    text" -> all but the text go. A line of the file that names a download, a preview or a transcript
    has other words and stays; a prose line between two of the site's lines ends the run and stays."""
    lines = page.lines
    strong = [i for i, line in enumerate(lines) if len(line.text) <= 260 and SHARE_STRONG.match(line.text)]
    if len(strong) < SHARE_EVIDENCE:
        return page
    hits = set(strong)
    filled = [i for i, line in enumerate(lines) if line.text.strip()]
    at = {i: n for n, i in enumerate(filled)}
    for a, b in zip(strong, strong[1:]):
        gap = filled[at[a] + 1:at[b]]
        if len(gap) <= SHARE_GAP and not any(is_prose(lines[i].text) for i in gap):
            hits.update(gap)
    anchors = [i for i in filled if VIEWER_ANCHOR.match(lines[i].text)]
    for i in anchors:
        n = at[i]
        near = {filled[k] for k in (n - 1, n + 1) if 0 <= k < len(filled)}
        if near & (hits | set(anchors)):
            hits.add(i)
    return page.drop(sorted(hits))


SHARE_EVIDENCE = 2   # the site's lines on the page before any goes: one may be a document's own line

