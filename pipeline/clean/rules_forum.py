"""A forum's chrome over a post: archive sites that repost old articles as forum threads (a
bulletin-board engine) print the thread's counters, its title with a button, a thread pager, the
poster's status and name, the post's toolbar with its date, and the newspaper's empty page and
column labels — all above the article, none of it the article. Only in the head zone (the lines
before the first prose line), and each line only of these widgets' own shapes.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..model import Removal
from .fences import fenced_lines
from .page import Line, Page, renumbered, window
from .rules_portal import TIMESTAMP, TIMESTAMP_SOURCE
from .zones import head_zone

COUNTER_ITEM = re.compile(r"^\s*[•·●▪]?\s*\d{1,7}\s*(?:阅读|回复|浏览|点击|评论|收藏|点赞|人阅读|次阅读)\s*$")
BUTTON_LINE = re.compile(r"^.{1,60}?\s*\[(?:复制链接|复制本帖链接|打印|收藏本帖|分享)\]\s*$")
PAGER_PAIR = re.compile(r"^\s*(?:上一主题|上一篇|上一页|上一条|上一帖)\s+(?:下一主题|下一篇|下一页|下一条|下一帖)\s*$")
STATUS_USER = re.compile(r"^\s*(?:离线|在线)\s*[A-Za-z0-9_.\-\u4e00-\u9fff]{1,24}\s*$")
# (r42) what no poster's name ends with: the kind of a document, as an online service's rules end
# ('在线服务管理规定', '在线教育发展报告'): a title, never the poster's status
NAMED_KIND_END = re.compile(r"(?:规定|規定|办法|辦法|条例|條例|细则|細則|制度|规范|規範|标准|標準|指南|方案|规划|規劃|报告|報告"
                            r"|通知|意见|意見|决定|決定|公告|通告|纲要|綱要|要点|要點|总结|總結|计划|計劃|白皮书|白皮書)$")
TOOLBAR_WORDS = re.compile(r"只看楼主|倒序阅读|正序阅读|发表于|楼主|引用|举报|使用道具|电梯直达")
EMPTY_LABEL = re.compile(r"^\s*(?:专栏|栏目|作者|来源|编辑|责任编辑|版次|版面)\s*[:：]\s*$")
EDITION_EMPTY = re.compile(r"^\s*第\s*\d{1,3}\s*版\s*[(（]\s*[)）]\s*$")
TOOLBAR_MAX = 80     # characters
# a bulletin board's post header, as a university BBS prints it over every post (unseen4): the board
# ('Green 版 (精华区)'), 发信人/信区, 标  题, 发信站 with its date, and the repost notes in 【 】
BBS_HEADER = re.compile(r"^\s*(?:(?:发信人|發信人)\s*[:：].*(?:信区|信區)\s*[:：]|(?:发信站|發信站)\s*[:：]"
                        r"|(?:标|標)\s*(?:题|題)\s*[:：]"
                        r"|【\s*(?:以下文字转载自|以下文字轉載自|原文由)\s*.{1,40}】\s*$"
                        r"|\S{1,30}\s*版\s*[(（]\s*(?:精华区|精華區|文摘区|文摘區)\s*[)）]\s*$)")


def _chrome(text: str) -> bool:
    if COUNTER_ITEM.match(text) or BUTTON_LINE.match(text) or PAGER_PAIR.match(text) \
            or STATUS_USER.match(text) and not NAMED_KIND_END.search(text.strip()) or EMPTY_LABEL.match(text) or EDITION_EMPTY.match(text):
        return True
    return len(text) <= TOOLBAR_MAX and len(set(TOOLBAR_WORDS.findall(text))) >= 2


def forum_chrome(page: Page) -> Page:
    """Drop a forum thread's widgets above the post it holds.

    Example: "• 58阅读", "  • 0回复", "某某的讲话 [复制链接]", "上一主题 下一主题", "离线admin",
    "只看楼主 倒序阅读 0 发表于: 1954-11-08", "第1版()", "专栏:" over a reposted 1954 article;
    a university BBS's post header: "某某 版 (精华区)", "发信人: … 信区: …", "标  题: …",
    "发信站: … (2003年03月06日…), 站内信件", "【 以下文字转载自 … 讨论区 】" (unseen4).
    """
    hits = [i for i in head_zone(page.lines) if _chrome(page.lines[i].text)]
    # the post header's lines read like prose to the head zone ('发信人: ersy (Green Mouse), 信区: Green'):
    # two or more of them among the first lines go wherever the zone ends
    bbs = [i for i in range(window(page.lines, BBS_SCAN)) if BBS_HEADER.match(page.lines[i].text)]
    if len(bbs) < 2:
        return page.drop(hits)
    # the reposted article's own release line right under the header ('2003-03-05 16:24:00  中新社'):
    # the head zone ended on the header, so `bare-timestamp` did not reach it
    after = [j for j in range(bbs[-1] + 1, len(page.lines)) if page.lines[j].text.strip()][:1]
    release = [j for j in after if TIMESTAMP_SOURCE.match(page.lines[j].text) or TIMESTAMP.match(page.lines[j].text)]
    return page.drop(hits + bbs + release)


BBS_SCAN = 15   # lines of text (in the copy's spacing): the post header stands over the post


# -- a bulletin board's anti-copy junk (round20zh) ----------------------------------------------
# A forum engine hides random characters between a post's lines and words (white on white, in a
# hidden span) so that a copy is spoiled: a copy keeps them as runs of one- or two-character ASCII
# pieces between spaces ('9 Y8 f3 E5 k. p. Q8 f$ Y) |. D# ]0'), a line of their own, or glued to the
# start or the end of a line of text ('5 S& V `* V\' e! a( t( S6 X/ i一说问题…').
JAM_PIECE = re.compile(r"^[!-~]{1,2}$")
JAM_PUNCT = re.compile(r"[!-/:-@\[-`{-~]")
JAM_MIN = 5            # pieces in a run: a short run may be an initialism, a formula, a list of letters
JAM_PUNCT_MIN = 3      # pieces with an ASCII mark: letters and digits alone are a list or a table row
JAM_RUNS = 3           # runs on the page: the engine scatters them, one run is no engine's
JAM_HAN = 100          # ideographs on the page: the junk is told from a Latin text's words by the script
_HAN = re.compile(r"[\u4e00-\u9fff]")
JAM_HEAD = 60          # characters: a headline or a heading with junk glued to it is cleaned; a paragraph
JAM_SENTENCE = re.compile(r"[。；！？，,;!?]")   # keeps its glued junk (its words stay whole either way)


def _jam_run(pieces: list[str]) -> bool:
    """Pieces that read as the engine's junk: enough of them, with marks, letters and digits mixed."""
    if len(pieces) < JAM_MIN or not all(JAM_PIECE.match(p) for p in pieces):
        return False
    joined = "".join(pieces)
    return (sum(bool(JAM_PUNCT.search(p)) for p in pieces) >= JAM_PUNCT_MIN
            and re.search(r"[A-Za-z]", joined) is not None and re.search(r"\d", joined) is not None)


def _jam_span(text: str) -> tuple[int, int] | None:
    """The junk run at the start or the end of a line (the whole line when it is all junk), as a
    span to cut; at the start the run may end glued to the text's first ideograph ('X/ i一说…')."""
    pieces = [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]
    words = [text[a:b] for a, b in pieces]
    n = 0
    while n < len(words) and JAM_PIECE.match(words[n]):
        n += 1
    if n == len(words):
        return (0, len(text)) if _jam_run(words) else None
    head = words[n]
    glued = re.match(r"[!-~]{1,2}(?=[\u4e00-\u9fff])", head)
    if n and _jam_run(words[:n] + ([glued.group(0)] if glued else [])):
        return 0, pieces[n][0] + (glued.end() if glued else 0)
    k = len(words)
    while k > 0 and JAM_PIECE.match(words[k - 1]):
        k -= 1
    if k < len(words) and _jam_run(words[k:]) and _HAN.search(words[k - 1]):
        return pieces[k - 1][1], len(text)
    return None


def forum_jammer(page: Page) -> Page:
    """(round20zh) Remove a bulletin board's anti-copy junk from a Chinese post: runs of JAM_MIN or
    more one- or two-character ASCII pieces between spaces, JAM_PUNCT_MIN of them with an ASCII mark
    and letters and digits among them, on a line of their own (the line goes) or at the start or
    the end of a headline or a heading (≤ JAM_HEAD characters, no sentence mark: the run is cut,
    a piece glued to the first ideograph with it). A paragraph keeps the junk glued to it (it
    counts the run, and its words stay whole either way). Only on a page of JAM_HAN ideographs or more that holds JAM_RUNS such runs: the
    engine scatters them through the post; a formula, a code line or a row of letters in a Latin
    text is no such junk.

    Example: '某某讲话解读3 [; o H! @9 B! f& ?# \\' -> '某某讲话解读3'; '; G) X3 q. q/ q' goes.
    """
    texts = page.texts()
    if sum(len(_HAN.findall(t)) for t in texts) < JAM_HAN:
        return page
    spans = {i: s for i, t in enumerate(texts) if t.strip() and (s := _jam_span(t))}
    if len(spans) < JAM_RUNS:
        return page
    whole = [i for i, (a, b) in spans.items() if not texts[i][:a].strip() and not texts[i][b:].strip()]
    for i, (a, b) in sorted(spans.items(), reverse=True):
        rest = (texts[i][:a] + texts[i][b:]).strip()
        if i not in whole and len(rest) <= JAM_HEAD and not JAM_SENTENCE.search(rest):
            page = page.cut(i, a, b)   # a headline's junk: it would stand in the title
    return page.drop(whole)


# -- a bulletin board's own markup (r48) ---------------------------------------------------------
# A post copied from a forum's editor (its source view, a crawl of the post's raw field, an export)
# keeps the board's BBCode: `[align=center][size=3][b]标题[/b][/size][/align]`. The tags are no
# text, and left in they cost every rule its reading: the headline is not a line, each paragraph's
# words hide among `[color=rgb(51, 51, 51)]`, and a post flattened onto one line reads as chrome.
# Block tags stand where the post's lines broke; inline tags only style their words.
BB_BLOCK = ("align", "center", "left", "right", "justify", "quote", "list", "*", "p", "indent",
            "table", "tr", "td", "hr", "br", "h1", "h2", "h3", "h4", "code", "float", "pre")
BB_INLINE = ("b", "i", "u", "s", "strike", "color", "font", "size", "backcolor", "url", "email",
             "sup", "sub", "hide", "free", "highlight", "span", "style")
BB_TAG = re.compile(r"\[(?P<close>/)?(?P<name>{})(?:=[^\[\]\n]{{0,200}})?\]".format(
    "|".join(re.escape(n) for n in sorted(BB_BLOCK + BB_INLINE, key=len, reverse=True))), re.I)
# an embedded picture or attachment: the address or the file's number between the tags is no text
BB_EMBED = re.compile(r"\[(img|attach|attachimg|media|flash|audio|video)(?:=[^\[\]\n]{0,200})?\][^\[\]\n]{0,500}\[/\1\]", re.I)
BB_CLOSED_MIN = 6       # closing tags on the page: `[/b]` in a sentence is rare, six of them is markup
BB_NAMES_MIN = 2        # tag names among them: one repeated name may be a text's own notation


def _bb_pieces(text: str) -> tuple[list[str], list[str]]:
    """A line's text between its BBCode tags, a piece per block (blank between blocks), and the tags cut."""
    cuts, out, last = [], [], 0
    pieces = [""]
    for m in sorted([*BB_EMBED.finditer(text), *BB_TAG.finditer(text)], key=lambda m: m.start()):
        if m.start() < last:
            continue   # a tag inside an embed already cut
        pieces[-1] += text[last:m.start()]
        cuts.append(m.group(0))
        last = m.end()
        if m.re is BB_TAG and m["name"].lower() in BB_BLOCK:
            pieces.append("")
    pieces[-1] += text[last:]
    for piece in pieces:   # runs of block tags give one blank line, not several
        if piece.strip() or (out and out[-1].strip()):
            out.append(piece if piece.strip() else "")
    while out and not out[-1].strip():
        out.pop()
    return out, cuts


def bbcode_markup(page: Page) -> Page:
    """(r48) Take a bulletin board's BBCode out of a post's text: a block tag (`[align=…]`,
    `[quote]`, `[list]`, `[*]`, `[p]`) breaks the line where it stands, an inline tag (`[b]`,
    `[color=…]`, `[font=…]`, `[size=…]`, `[url=…]`) goes and its words stay, an embedded picture
    or attachment (`[img]…[/img]`) goes whole; each tag is recorded as removed. Only on a page with
    BB_CLOSED_MIN closing tags of BB_NAMES_MIN names or more, outside fenced code: one `[b]` quoted
    in a sentence is its text. A form rule: a post flattened onto one line is a line per block
    before any other rule reads it.

    Example: '[align=center][size=3][b]20[/b][b]22年[/b][b]某县统计公报[/b][/size][/align][align=left]  一、[b]综  合[/b][/align]'
    -> '2022年某县统计公报' / '' / '  一、综  合'.
    """
    closing = [m["name"].lower() for t in page.texts() for m in BB_TAG.finditer(t) if m["close"]]
    if len(closing) < BB_CLOSED_MIN or len(set(closing)) < BB_NAMES_MIN:
        return page
    fenced = fenced_lines(page.texts(), [line.number for line in page.lines])
    lines, removed, split = [], list(page.removed), False
    for line in page.lines:
        if line.number in fenced or "[" not in line.text:
            lines.append(line)
            continue
        pieces, cuts = _bb_pieces(line.text)
        removed += [Removal(line.number, cut, page.rule) for cut in cuts]
        lines += [Line(line.number, piece) for piece in pieces] or [Line(line.number, "")]
        split = split or len(pieces) > 1
    page = replace(page, lines=tuple(lines), removed=tuple(removed))
    return renumbered(page) if split else page
