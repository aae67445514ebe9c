"""Which blocks are headings, and what "shape" each has.

A heading candidate is a short standalone line that names what follows:
numbered ('一、…', '（一）…', 'CHAPTER I. …', '# …'), or unnumbered without an end
mark ('2009年主要工作回顾'), or a one-sentence line ending in '。' that belongs to a
parallel run of such lines ('这是…的五年。' ×7). A printed collection heads parts with a bare
numeral alone on its line ('一', '二', …): in series only (bare_series). Weak candidates must be followed
by body text; strong ones (numbered, no end mark) need not.

The shape (numbering style, end mark, inner comma) groups siblings; the level
of each shape is inferred in levels.py.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from . import signals as sg
from .blocks import LONE_DIVISION_NUMBER, Block, division_name, division_numbers, lone_division_number, page_furniture, repeated_lines
from .front import BILL_STAGE, READING
from .english import BYLINE as CREDIT_LINE, HONORIFIC, ITALIC_MARKS, PUBLICATIONS_HEAD, _phrase, _prose, QUOTED_SOURCE, SERIES_ISSN, SERIES, SentenceKind, centred, english_kinds, is_record, outer_style, speech_heads, text_width, undecorated, series_words, field_label

MAX_HEADING = 60       # longer lines are body text
MAX_PLAIN = 40         # an unnumbered heading is shorter still
MAX_PARALLEL = 30      # a '这是…的五年。' heading
MAX_PARALLEL_CLAUSE = 60   # a '这五年，我们…，…。' heading (a clause before its sentence)
PARALLEL_RUN = 3       # that many same-opening lines make a parallel run
MAX_TOPIC = 24         # a standalone topic line '产业结构持续优化。'
TOPIC_BODY = 50        # ... is followed by a paragraph at least this long
TOPIC_RATIO = 3        # ... and that many times its own length
LAW_PARTS = frozenset({"第编", "第分编", "第章", "第节"})   # the only numbered headings of a law
LAW_OPENING_ARTICLES = 3   # (round20zh) … or this many counting from 第一条: a law's opening excerpt
LAW_ARTICLES = 5       # this many '第X条' paragraphs make the text a law: its short sentences are clauses


@dataclass(frozen=True)
class Heading:
    index: int          # position in the block list
    shape: str          # e.g. '（一）|', 'plain||,', 'chapter:CHAPTER|'
    style: str          # numbering style, '' if none
    strong: bool        # stands as a heading whatever follows
    appendix: bool = False
    depth: int = 0      # depth in the document's own contents list (outline.py), 0 if not listed
    period: bool = False   # an unnumbered part naming a period's work ('2021年工作回顾'): holds a numbered series
    peer: bool = False     # (r23level) an unnumbered English heading whose style is the peers' rule's to set (_english_peers)
    number: int | None = None   # (r26legal) a division label's number ('PART 2' -> 2, 'CHAPTER ONE' -> 1): levels.py reads
    #                             where a label's numbering restarts
    annotation: int = 0   # (r27codes) an annotated code's note head under a section: 1 a label ('History.', 'CASE NOTES'),
    #                       2 a topic or label under a capitals group label ('Compiler's Notes.'); levels.py nests them


DIVISION_LABELS = ("chapter", "article", "section", "I.")   # (r26legal) styles whose number Heading.number keeps
RUN_ON = re.compile(r"[。！？][^。！？]{10,}$")   # a whole sentence, then ten or more characters of the next
SENTENCE_ENDS = re.compile(r"[。！？]")
CUT_SENTENCES = 2     # whole sentences on a numbered line that ends in none: a paragraph cut short


QUESTION_WORD = re.compile(r"[吗呢么]|什么|怎样|怎么|如何|为何|为什么|是否|哪")


def _end(text: str) -> str:
    """The line's end mark, where a '?' that ends a numbered Chinese line without asking anything
    counts as none: a lossy save leaves '?' for a character it could not encode ('（一）经济稳中向好?'),
    and the heading must keep the shape of its siblings."""
    text = _unstray(text)
    end = sg.terminal(text)
    if end in "?？" and sg.numbering(text) and sg.sentence_count(text) == 1 and not QUESTION_WORD.search(text):
        return ""
    return end


STRAY_AFTER_END = re.compile(r"(?<=[。！；])[?？]$")


def _unstray(text: str) -> str:
    """'（一）经济稳中向好。?' -> '（一）经济稳中向好。': a lossy save's '?' after the end mark is no mark."""
    return STRAY_AFTER_END.sub("", text) if text[-1:] in "?？" else text


def _shape(text: str, style: str, english: bool) -> str:
    if english:
        text = ITALIC_MARKS.sub(r"\1", text)   # '_INTRODUCTION._' is shaped as 'PREFACE.' is: italics are no mark (r39book)
    end = sg.terminal(text) if english else _end(text)
    if style == "topic" or style.startswith("parallel:"):
        return f"{style}|{end}"   # a parallel series is one shape per shared opening
    if style == "chapter":
        words = text.split()
        style = "chapter:" + (words[-1] if re.match(sg.UNNUMBERED_DIVISION, text) else words[0]).rstrip(".").upper()   # 'PRELIMINARY
        #   TITLE' is a TITLE (r26legal)
    named = NAME_COLON.sub(" ", INSTRUMENT_YEAR.sub(r"\g<kind>", text)) if english else text
    comma = "," if not style and sg.has_clause_mark(named) else ""
    return f"{style or ('caps' if english else 'plain')}|{end}{comma}"


# (r27transcripts) the comma before an instrument's year ('FINANCE BILL, 2023', 'Finance Act, 2021') is part
# of its name, no clause: the line keeps the shape of its peers without one ('APPROPRIATION BILL')
# (r29levels) nor is the colon that parts a head's topic from its subtitle ('Explanatory Notes: introduction',
# 'Housing: our plans', 'Step 2: apply'): a head written 'topic: aspect' is the peer of the plain heads around it
NAME_COLON = re.compile(r"(?<=\w):\s+(?=\w)")
INSTRUMENT_YEAR = re.compile(r"(?i)(?P<kind>\b(?:act|bill|ordinance|order|regulations|rules|code|budget))\s*,\s*(?:1[89]|20)\d\d\W{0,2}$")


# a Markdown list item ('- 支持所有现代浏览器', '* …', '+ …') or block quote ('> …'): never a heading
BULLET_ITEM = re.compile(r"^\s*[•●▪◦]\s*\S")   # a bullet drawn as a character: a page's list or infobox item
MARKDOWN_ITEM = re.compile(r"^ {0,3}(?:[-*+]\s+\S|[•●▪◦]\s*\S|>\s?)")   # a bulleted item (a page's infobox: '• 外文名:…') too


DASH_HEAD_MAX = 30     # characters of a dash head: a phrase, not a sentence
DASH_HEADS_MIN = 2     # dash lines in the text: a series of heads
DATELINE_WORDS = re.compile(r"在.{2,40}(?:上|时)|讲话|講話|报告|報告|会议|會議|\d{4}年")


def _dash_head(text: str, openings: Counter, after: str) -> bool:
    """A line opening with a dash and no end mark, one of a series (DASH_HEADS_MIN or more lines
    open with the dash), standing alone over a paragraph at least twice its length: a report's
    dash head ('——经济持续健康稳步增长' over the figures that bear it out), not a dash lead (those end
    in '。' and run in) nor a title block's dateline ('——在某某会议上的讲话', '——2004年…')."""
    body = text.lstrip("—－-").strip()
    return bool(sg.DASH_ITEM.match(text)) and 4 <= len(body) <= DASH_HEAD_MAX \
        and openings[("dash",)] >= DASH_HEADS_MIN and len(after) >= 2 * len(text) \
        and not sg.has_clause_mark(body) and not DATELINE_WORDS.search(body) and not sg.DASH_ITEM.match(after)


ARTICLE_TITLE_MAX = 20   # characters of an article's own title after its number: a name, not a clause
ARTICLE_NUMBER = re.compile(r"^第[一二三四五六七八九十百零〇两\d]+[条條]\*?")


def _titled_article(text: str, after: str) -> bool:
    """An article that stands alone with its own title ('第二條 公佈', '第三条 适用范围*') over its
    text on the next lines: a heading, as a statute printed with article titles sets it (Macao, Taiwan
    and consolidated versions), not the lead of a paragraph. The title after the number is short
    (2..ARTICLE_TITLE_MAX characters), has no end mark nor clause mark, and the text goes on under it."""
    rest = ARTICLE_NUMBER.sub("", text, count=1).strip(" \u3000*")
    return bool(after.strip()) and 2 <= len(rest) <= ARTICLE_TITLE_MAX \
        and not re.search(r"[。！？；;，,：:、]", rest) and not sg.ARTICLE.match(after.strip())


COLON_HEAD_MAX = 12   # characters of a colon head's words after its number: a name ('存在问题'), not a clause


def _colon_head(text: str, after: str) -> bool:
    """(round16zh) A numbered head whose words end in a colon (`（一）存在问题：`, `2.改进措施:`), alone on
    its line over a paragraph of its own: a section head set with the colon a run-in label has. Its
    words are a short name (≤ COLON_HEAD_MAX, no clause or end mark inside) and the next block is a
    paragraph at least twice its length, not numbered nor bulleted: a colon line over a list
    introduces the list (it stays what it was)."""
    if sg.terminal(text) not in ("：", ":"):
        return False
    match = next((m for _, pattern in sg.NUMBERING for m in [pattern.match(text)] if m), None)
    words = (text[match.end():] if match else text).strip().rstrip("：:").strip()
    return 2 <= len(words) <= COLON_HEAD_MAX and not re.search(r"[。！？!?；;，,：:、]", words) \
        and len(after) >= 2 * len(text) and not sg.numbering(after) and sg.has_word(after) \
        and not after.lstrip()[:1] in "*-+•·●○▪◆■–—"


# (r39) a statistical table's unit line under its title ('2015年末全縣人口及構成' / '單位：萬人' / rows): the
# line over it is the table's caption, never a section
UNIT_LINE = re.compile(r"^\s*[(（]?\s*(?:计量单位|計量單位|单位|單位)\s*[:：]\s*\S{1,12}\s*[)）]?\s*$")
UNITS_ONLY = re.compile(r"^(?:[万萬亿億千百十]{0,2}(?:美元|元|人次|人|户|戶|吨|噸|公里|千米|平方米|亩|畝|千瓦时|千瓦時|辆|輛|个|個|件|项|項|家|所|张|張)"
                        r"|%|‰|[、，,/\s（）()])+$")
TAB_CELLS = re.compile(r"[^\s]\t+\s*[^\s]")   # cells parted by a tab inside an unnumbered line
# … or by a gap of three spaces or more (two ideographic ones) between cells of two characters or more:
# '城镇调查失业率    5.5%以内' (a row whose last cell holds a figure, or over another such row); a heading
# spaced out letter by letter ('结　　语') has one-character cells
GAP_CELLS = re.compile(r"(?<=\S\S)(?: {3,}|\u3000{2,})(?=\S\S)")


# (r44) the date an encyclopedia's reference was looked up, closing its entry in the list ('[引用日期2020-05-03]')
CITED_ON = re.compile(r"[\[［【]\s*(?:引用日期|访问日期|訪問日期|查阅日期|查閱日期)\s*[:：]?\s*\d{4}")


def _chinese_kind(text: str, openings: Counter, after: str = "", law: bool = False) -> tuple[str, bool] | None:
    """(style, strong) if this line can be a heading, else None. `after` is the next block's text.
    Both are read without a converter's reading annotations ('統（tǒng）一', front.READING): the
    glosses lengthen a heading past every limit without making it a sentence (r35readings)."""
    text, after = _unstray(READING.sub("", text)), READING.sub("", after)
    style = sg.numbering(text)
    if style.startswith("md"):
        bare = sg.unmarked(text)
        if sg.APPENDIX.match(bare) or sg.is_glossary_title(bare) or sg.is_back_matter(bare):
            return "appendix", True   # '## 注释：' is the notes' label '注释：' a Markdown export marked (robust2)
    if len(sg.NUMBER_PREFIX.sub("", text)) > MAX_HEADING or not sg.has_word(text) or sg.unclosed(text) \
            or sg.is_date_only(text) or sg.is_cover_month(text) or sg.is_meeting_dateline(text) or sg.is_signing_date(text) or sg.is_note_or_row(text) or sg.is_figure_caption_zh(text) \
            or sg.is_aside(text) or sg.is_signing_date(after) or sg.is_publication_note(after) or sg.is_bold_label(text) or sg.is_data_row(text, after) or sg.is_figures_run(text) or sg.is_omitted_item(text) or sg.is_host_direction(text) \
            or not style and sg.is_formula(text) \
            or "\u3000\u3000" in text and sg.TABLE_ROW.search(after) \
            or not style and (UNIT_LINE.match(after) or UNITS_ONLY.match(text) or UNITS_ONLY.match(after)):
        return None   # a table's header over its rows; (r39) a table's or chart's title over its unit line, a chart's
        #               units alone ('“十二五”全縣地區生產總值及增速' / '億元、%')
    if sg.APPENDIX.match(text) or sg.is_glossary_title(text) or sg.is_back_matter(text):
        return "appendix", True   # before the salutation test: '注释：' is a notes section's label
    if CITED_ON.search(text):
        return None   # (r44) '1. 某某志．某某局[引用日期2020-05-03]': a reference list's entry, dated when it was cited
    if not style and (TAB_CELLS.search(text) or GAP_CELLS.search(text) and (
            re.search(r"\d", GAP_CELLS.split(text)[-1]) or GAP_CELLS.search(after) or TAB_CELLS.search(after))):
        return None   # (r26zhreports) a table's row, its cells parted by a tab or a wide gap of spaces
    if sg.GLUED_SALUTATION.search(text):
        return None   # (r28zhpdf) '1、某镇政府工作报告各位代表：': a title block glued to its salutation
    if style and style not in ("一是", "第条") and not law and _colon_head(text, after):
        return style, True   # '（一）存在问题：' over its paragraph (round16zh): numbered, so no salutation
    if sg.SALUTATION.match(text) or not style and sg.is_recipients(text):
        return None   # '各位代表：'; a notice's recipients '各街道办事处，区级各部门，…管委会' (round6)
    if sg.SERIAL_NUMBER.match(sg.squeezed(text)):
        return None   # (r39) '[五屆] 第三十三號': an announcement's serial number under its 公告, no section
    if not style and (sg.DOC_NUMBER.match(sg.squeezed(text)) or sg.DOC_NUMBER_DAMAGED.match(sg.squeezed(text))):
        return None   # '济政字〔2021〕30号': the document's number files it, heads nothing (round6; front.py
        #               already refuses it as the title, here where the title block ends above it)
    end = _end(text)
    if style == "第条":
        if _titled_article(text, after):
            return style, True   # '第二條 公佈' alone over its text: the article's own heading (round9zh)
        return None   # a law's article runs in: its number is the lead of its paragraph (leads.py)
    if not style and sg.is_preamble(text):
        return "序言", True
    if law and style not in LAW_PARTS and not style.startswith(("md", "stars", "equals")):
        return None   # a law's items ('（三）其他…', wrapped, no end mark) and sentences are clauses of its articles
    if style and end == "" and RUN_ON.search(text):
        return None   # '（1）按照…改造工业园区。重点建设…做好市级循': a numbered sentence running into its
        #               paragraph, the paragraph cut before its end (a copy stopped mid-word): run in
    if style and end == "" and len(SENTENCE_ENDS.findall(text)) >= CUT_SENTENCES:
        return None   # '五、县政府实行县长负责制。县长主持县政府全面工作。常': two whole sentences, then the
        #               copy stops one character into the third — a paragraph, not a head (unseen3, xj2)
    if style and end == "" and LABELLED_ITEM.match(_unnumbered_head(text)):
        return None   # (r31body) '（3）申报材料装订要求：一式两份，胶装订成书册状': an item's label and its
        #               clauses after the colon, its stop lost — an item of a list, not a head
    if style and style != "一是" and end == "":
        return style, True
    if law:
        return None   # a law's short sentences and enumerated items ('（三）…。') are clauses of its articles
    if style and end in "。." and sg.sentence_count(text) == 1:
        return style, False
    if not style and end == "" and YEAR_CLAUSE.match(text):
        return None   # '2020年，市人民政府办公室': a sentence's opening broken off its paragraph (round19zh)
    if not style and end == "" and 2 <= len(text) <= MAX_PLAIN and not sg.DASH_ITEM.match(text):
        return "", False
    if not style and end == "" and _dash_head(text, openings, after):
        return "——", False   # '——经济持续健康稳步增长' alone over its paragraph, one of a series (round9zh)
    if style or end != "。":
        return None   # every rule below is for an unnumbered sentence ending in '。'
    parallel = (not style and end == "。" and len(text) <= MAX_PARALLEL and sg.sentence_count(text) == 1
                and not sg.has_clause_mark(text) and openings[_opening(text)] >= PARALLEL_RUN)
    if not style and _topic_line(text) and len(after) >= max(TOPIC_BODY, TOPIC_RATIO * len(text)):
        return ("topic" if not parallel else "topic+"), False   # topic+: a parallel line too (if alone)
    if parallel:
        return "", False
    if _parallel_clause(text, style, openings) and not after.startswith(text[:2]) \
            and (len(after) > len(text) and not sg.numbering(after) or _topic_line(after)):
        return "parallel:" + text[:2], False
    return None


# (r31body) a numbered item's run-in label, a colon, then clauses of its own ('申报材料装订要求：一式两份，胶装订成书册状'):
# a head ends at its colon (`_colon_head`); words and a comma after the colon are the item's text
LABELLED_ITEM = re.compile(r"^[^：:，,。；;]{2,16}[：:][^：:]{2,}[，,；;][^：:]{2,}$")


def _unnumbered_head(text: str) -> str:
    match = next((m for _, pattern in sg.NUMBERING for m in [pattern.match(text.strip())] if m), None)
    return (text.strip()[match.end():] if match else text.strip()).strip()


# (round19zh) an unnumbered line that opens with a year and a comma ('2020年，市人民政府办公室' over
# '认真贯彻落实…。'): the opening of a sentence whose paragraph a copy broke after its subject. A
# report's topic heads open with a phrase of time too, but a word for it ('这一年，我们…', '一年来，…'),
# never a bare year and a comma; no gold heading of the corpus does.
YEAR_CLAUSE = re.compile(r"^\s*[0-9０-９]{4}\s*年\s*[，,]")


PARAGRAPH_NUMBER = re.compile(r"^\s*(\d{1,3})[.．](?!\d)")   # '12. 主席女士…': a numbered paragraph
PARAGRAPH_NUMBERS_MIN = 4   # numbered paragraphs in an address's series
# (r44) a plan's numbered measures open with a short topic sentence ('1.扩大优势产品出口。…'): no comma,
# at most 30 characters before its 。; an address's paragraphs open with prose
TOPIC_HEAD = re.compile(r"^\s*\d{1,3}[.．]\s*(?P<topic>[^，,；;：:。！？!?]{2,30})。")
TOPIC_HEADED_SHARE = 0.75   # of the numbered paragraphs: then they are measures with heads, not an address's


def address_paragraphs(blocks: list[Block], heads) -> set[int]:
    """(r26zhreports) Indices of paragraphs numbered as an address's paragraphs: '1.' '2.' … counting
    up by one through the whole text, PARAGRAPH_NUMBERS_MIN or more, the series running on across a
    heading (`heads`: the heading indices; '5.' ends 二、, '6.' opens 三、). A Hong Kong or Macao
    policy address numbers its paragraphs so: each is prose (no run-in lead), and a short line over
    one is a sub-heading over body. A report's numbered sub-points start again under each heading."""
    numbered = [(i, int(m.group(1))) for i, block in enumerate(blocks)
                if i not in heads and (m := PARAGRAPH_NUMBER.match(block.text))]
    if len(numbered) < PARAGRAPH_NUMBERS_MIN or any(b[1] != a[1] + 1 for a, b in zip(numbered, numbered[1:])):
        return set()
    if _topic_headed(blocks, numbered):
        return set()
    crossed = any(any(k in heads for k in range(a[0] + 1, b[0])) for a, b in zip(numbered, numbered[1:]))
    return {i for i, _ in numbered} if crossed else set()


def _topic_headed(blocks: list[Block], numbered: list[tuple[int, int]]) -> bool:
    """(r44, issue 11) A plan's or a notice's numbered measures may count on across its `（一）` heads
    too (`1.` … `24.` under seven of them), but each opens with a short topic sentence, no comma in it,
    that heads the measure (`1.扩大优势产品出口。建立…`, `2.积极扩大进口。扩大…`): run-in leads, not an
    address's paragraph numbers. TOPIC_HEADED_SHARE of the series so opening makes it measures; an
    address's paragraphs open with prose (`12. 主席女士，…`, `3. 過去一年，…`), and a task list whose items
    open with the task itself (`1．除…的事项外，各级…。`) keeps the address reading."""
    topical = sum(1 for i, _ in numbered if TOPIC_HEAD.match(blocks[i].text))
    return topical >= TOPIC_HEADED_SHARE * len(numbered)


def _theme_under_title(blocks: list[Block], found: list[Heading]) -> list[Heading]:
    """(r26zhreports) The first line under the title block, unnumbered and weak, right over the first
    part of a numbered series ('一、…', '第一部分…') and alone in its shape (no other unnumbered
    heading follows), is the address's theme printed under its title ('迎難而上　走向繁榮'), not a part
    holding the whole text. A period's part ('2023年工作回顾') over its numbered sub-parts stays."""
    if len(found) < 2 or found[0].index != 0 or found[0].strong or found[0].style or found[0].appendix \
            or found[0].period or found[1].index != 1 or not found[1].strong or not found[1].style:
        return found
    if _ordinal(re.sub(r"^第", "", blocks[1].text)) != 1 or any(not h.style and not h.appendix for h in found[1:]):
        return found
    return found[1:]


def _lone_parallel(found: list[Heading]) -> list[Heading]:
    """(r26zh) A parallel clause line ('我们要坚持…，…。') is a heading only as one of a run of
    headings opening alike: alone in its shape it is a sentence of the text whose opening other
    paragraphs share (a report's `我们…` paragraphs under one part, the last one alone under the
    next part's head), not a series of heads."""
    shapes = Counter(h.shape for h in found if h.shape.startswith("parallel:"))
    return [h for h in found if not (h.shape.startswith("parallel:") and shapes[h.shape] == 1)]


def _parallel_clause(text: str, style: str, openings: Counter) -> bool:
    """'这五年，我们…，…新台阶。' ×6: a one-sentence line with an opening clause, standing alone,
    one of a run of lines opening the same way (a report's parallel headings). A short topic
    sentence glued to its end ('…新跨越。经济实力显著提升。', a lost line break) is allowed."""
    if style or sg.terminal(text) != "。" or len(text) > MAX_PARALLEL_CLAUSE or not sg.has_clause_mark(text):
        return False
    if openings[("clause", _opening(text))] < PARALLEL_RUN:
        return False
    sentences = [x for x in sg.core(text).split("。") if x]
    return len(sentences) == 1 or (len(sentences) == 2 and _topic_line(sentences[1] + "。"))


def _topic_line(text: str) -> bool:
    """'产业结构持续优化。': a short one-sentence line without a comma (a standalone topic head
    when a long paragraph follows it)."""
    return (len(text) <= MAX_TOPIC and sg.terminal(text) == "。" and sg.sentence_count(text) == 1
            and not sg.has_clause_mark(text) and not sg.DASH_ITEM.match(text) and not sg.numbering(text))


# (r47) an opening no parallel run of heads shares: a quotation ('“十四五”规划纲要…' opens any sentence about the plan)
# or an ordinal's count ('第一次…', 'for the first time'), not the enumerator '第一，'
NO_PARALLEL_OPENING = re.compile(r"^(?:[“\"《「『‘]|第[一二三四五六七八九十]+次)")


def _opening(text: str) -> str:
    """The two characters a parallel run of heads shares ('这五', '这是'), '' where the opening is none."""
    return "" if NO_PARALLEL_OPENING.match(text) else text[:2]


def _openings(blocks: list[Block]) -> Counter:
    """How many short one-sentence '。' lines open with each two characters; ('clause', xx) counts
    the longer lines with an opening clause ('这五年，…。') the same way.

    Each distinct line counts once (round16zh): one sentence printed again and again (`我镇本年度无申请。`
    as the whole body of three parts in a row) is a repeated body line, not a parallel run of heads,
    whose lines differ after their shared opening."""
    seen = {b.text: b for b in blocks}.values()
    counts = Counter(_opening(b.text) for b in seen
                     if len(b.text) <= MAX_PARALLEL and sg.terminal(b.text) == "。" and not sg.numbering(b.text))
    counts.update(("clause", _opening(b.text)) for b in seen
                  if len(b.text) <= MAX_PARALLEL_CLAUSE and sg.terminal(b.text) == "。" and not sg.numbering(b.text)
                  and sg.has_clause_mark(b.text))
    counts[""] = counts[("clause", "")] = 0   # (r47) no opening: no run
    counts[("dash",)] = sum(1 for b in blocks if sg.DASH_ITEM.match(b.text) and not sg.terminal(b.text))   # round9zh
    return counts


def bare_series(blocks: list[Block]) -> set[int]:
    """Indices of the blocks that are a bare numeral in a series: '一', '二', … '十' each alone on a
    line (a printed collection heads the parts of a report or speech so, without '、' or words).
    The series must start at 一 and count up by one, each numeral followed by text (a lone '二' or a
    column of numerals is not one)."""
    found, expected = [], 1
    for i, block in enumerate(blocks):
        if sg.numbering(block.text) == "一":
            if i + 1 < len(blocks) and sg.numbering(blocks[i + 1].text) == "一":
                continue   # numerals one under another are a column (a table), not part headings
            if sg.cn_value(block.text) == expected:
                found.append(i)
                expected += 1
            elif sg.cn_value(block.text) == 1 and len(found) < 2:
                found, expected = [i], 2     # a stray '一' before the real series starts it again
    return set(found) if len(found) >= 2 else set()


SERIES_SCAN = 12   # blocks: how far a numbered item's neighbours in its series are looked for
ITEM_NUMERAL = re.compile(r"^[（(]?([一二三四五六七八九十百]+)[、）)．.]")   # `一.` typed half-width: the same item as `一、`


def _series_of_items(blocks: list[Block], kinds: list) -> list:
    """A numbered sentence ('三、第九条中的“七日内”修改为“十五日内”。') is no heading when an item of its
    series ('一、…' … '五、…', same numbering, counting by one, each within a few blocks of the
    last) is a body paragraph: a series is headings or items, not both (a revision decision's
    amendments, a notice's points)."""
    out = list(kinds)
    for i, kind in enumerate(kinds):
        if kind is None or kind[1] or kind[0] not in ("一、", "（一）"):
            continue
        if _runin_head_alone(blocks, i, kind[0]) or _series_head_alone(blocks, i, kind[0]):
            out[i] = (kind[0], True)   # its siblings run their heads in; its text stands under it (round8zh)
            continue
        if any(kinds[j] is None for j in _series(blocks, i, kind[0])):
            out[i] = None
    return out


def _series(blocks: list[Block], i: int, style: str) -> list[int]:
    """The other items of the numbered series block i belongs to."""
    found = []
    for step in (-1, 1):
        at, value = i, _item_value(blocks[i].text)
        while value is not None:
            nxt = next((j for j in range(at + step, at + step * SERIES_SCAN, step) if 0 <= j < len(blocks)
                        and sg.numbering(blocks[j].text) == style and _item_value(blocks[j].text) == value + step), None)
            if nxt is None:
                break
            found.append(nxt)
            at, value = nxt, value + step
    return found


def _item_value(text: str) -> int | None:
    match = ITEM_NUMERAL.match(text)
    return sg.cn_value(match.group(1)) if match else None


def _topic_runs(kinds: list) -> list:
    """Topic lines head sibling sections: one alone between two numbered headings is a part's
    one-sentence introduction, not a heading."""
    segment, segments = 0, []
    for kind in kinds:
        if kind is not None and kind[1]:
            segment += 1
        segments.append(segment)
    topics = Counter(seg for kind, seg in zip(kinds, segments) if kind and kind[0].startswith("topic"))
    out = []
    for kind, seg in zip(kinds, segments):
        if kind and kind[0].startswith("topic"):
            alone = topics[seg] < 2
            kind = (("", False) if kind[0] == "topic+" else None) if alone else ("topic", False)
        out.append(kind)
    return out


# an annex's label without a number ('附件', '附 件'): the one annex a notice carries; when the notice's
# attachment line names it ('附件：某某方案'), the name under the label heads the annex (round8zh)
BARE_ANNEX = re.compile(r"^\s*附\s*件\s*[:：]?\s*$")


ANNEX_LINE = re.compile(r"^\s*附\s*件\s*[:：]\s*(?P<name>\S.*?)\s*$")


def _named_annex(before: list[Block], name: str) -> bool:
    """The notice's own attachment line named this annex: '附件：第二届某某活动方案' above; (r43) the name
    quoted there in title marks ('附件：《某某条例（修订草案）》') names it too."""
    key = "".join(name.split())
    return any((m := ANNEX_LINE.match(b.text)) and "".join(m["name"].split()).strip("《》") == key for b in before) \
        or any(_note_over_name(before, j) == key for j in range(len(before)))


def _note_over_name(blocks: list[Block], j: int) -> str:
    """(r44, issue 11) The attachment line set over two lines, its label with the colon alone (`附件：`)
    and the annex's name on the next (`某市某某考评指标`): the name it announces ('' when block j is no
    such label). A bare label without the colon is the annex's own label, not the note."""
    text = blocks[j].text.strip()
    if j + 1 >= len(blocks) or not BARE_ANNEX.match(text) or not text.endswith((":", "：")):
        return ""
    return "".join(blocks[j + 1].text.split()).strip("《》")


ANNEX_NAME_PARTS = 3      # (r43) lines a print may set an annexed document's long name over
ANNEX_NAME_PART_MAX = 30  # characters of one of those lines


def annex_name_parts(before: list[Block], blocks: list[Block], k: int) -> int:
    """(r43) How many blocks from k on make the annexed document's name that the notice's attachment
    line named: a long name a print set over two or three short lines under the bare label (`附件` /
    `某市人民代表大会及其常务委员会` / `立法条例（修订草案）`), each line short, with no end mark and no
    numbering of its own. 1 for a name on one line, 0 when the lines name nothing announced."""
    if k < len(blocks) and _named_annex(before, blocks[k].text):
        return 1
    parts = []
    for block in blocks[k:k + ANNEX_NAME_PARTS]:
        text = block.text.strip()
        if block.code or len(text) > ANNEX_NAME_PART_MAX or sg.ends_sentence(text) or sg.numbering(text):
            break
        parts.append(text)
        if _named_annex(before, "".join(parts)):
            return len(parts)
    return 0


def merge_labels(blocks: list[Block], lang: str) -> list[Block]:
    """'附件1' + '2026年省十件民生实事' -> one heading '附件1　2026年省十件民生实事'. A bare '附件'
    over the one annex's name that the notice's attachment line named ('附件：…' above) stays
    apart: the name heads the annex (structure._bare_annex_label). The blocks given stay as they
    were (r25labels): the body is read again after a title change, and a label merged in place
    would no longer take its name the second time, leaving the name a block of its own."""
    out: list[Block] = []
    sep = " " if lang.startswith("en") else "\u3000"
    repeated = repeated_lines(blocks) if lang.startswith("en") else None
    numbers = division_numbers(blocks) if lang.startswith("en") else set()
    series = series_words(blocks) if lang.startswith("en") else set()
    for k, block in enumerate(blocks):
        prev = out[-1] if out else None
        if block.numbered and block.lines == 2 and repeated is not None and (k not in numbers or page_furniture(
                prev.text if prev else "", block.text.split(None, 1)[0], block.text.split(None, 1)[-1], repeated, own=0)):
            block = replace(block, numbered=False)   # '2' over a running head, no blank line between: a folio (r28books)
        if prev and sg.APPENDIX.fullmatch(prev.text) and prev.lines == 1 and len(block.text) <= MAX_PLAIN \
                and not sg.ends_sentence(block.text) and not sg.numbering(block.text) \
                and not (not lang.startswith("en") and BARE_ANNEX.match(prev.text) and annex_name_parts(out, blocks, k)):
            out[-1] = replace(prev, text=prev.text + sep + block.text, lines=prev.lines + block.lines)
            continue
        if prev and lang.startswith("en") and DIVISION_LABEL.match(MD_MARKS.sub("", prev.text)) and prev.lines == 1 and block.lines == 1 \
                and (len(block.text) <= MAX_PLAIN or sg.is_all_caps(block.text) and len(block.text) <= DIVISION_CAPS_NAME
                     or MD_MARKS.match(prev.text) and len(block.text) <= MARKED_LABEL_NAME) \
                and not sg.ends_sentence(block.text) and not sg.numbering(block.text) \
                and not DIVISION_LABEL.match(block.text) and block.text[:1].isupper():
            out[-1] = replace(prev, text=prev.text + sep + block.text)   # 'Clause 1' / 'Short title and
            continue   # commencement' (unseen11): one source line still, so it reads as a one-line heading
        if prev and lang.startswith("en") and prev.lines == 1 and block.lines == 1 and k - 1 in numbers and lone_division_number(prev.text, block.text) \
                and block.line > prev.line + 1 and not _announced_item(out) \
                and not page_furniture(out[-2].text if len(out) > 1 else "", prev.text, block.text, repeated):
            out[-1] = replace(prev, text=prev.text + sep + block.text, numbered=True)   # '1' / 'The Old Sea-dog at the Admiral
            continue   # Benbow', 'FEDERALIST. No. 1' / 'General Introduction': a number and its name (r28books)
        if prev and series and prev.lines == 1 and block.lines == 1 and block.line > prev.line + 1 and (match := SERIES.match(prev.text)) \
                and match.end() >= len(prev.text.rstrip(".")) and match["word"].upper() in series and division_name(block.text):
            out[-1] = replace(prev, text=prev.text + sep + block.text)   # 'STAVE ONE.' / 'THE GHOST AT THE DOOR.': a
            continue   # book's own division word in a series over the division's name (r28books)
        out.append(block)
    return out


def _announced_item(out: list[Block]) -> bool:
    """(r28books) The lone number last in `out` numbers an item of a list a sentence announced ('The
    rules of the house were these:' / '1' / 'Boots off at the door' / '2' / …): back over the items
    before it (a lone number, its text), the block there ends on a colon."""
    j = len(out) - 2
    while j >= 1 and LONE_DIVISION_NUMBER.match(out[j - 1].text):
        j -= 2
    return j >= 0 and out[j].text.rstrip().endswith(":")


# (round15en) a Markdown copy marks the label alone ('### Article 99' over 'Penalties'): the marks
# do not keep it from taking its name from the next block
MD_MARKS = re.compile(r"^#{1,6}\s+")
MARKED_LABEL_NAME = 100   # characters of the name under a marked label ('Administrative fines on Union …')
DIVISION_CAPS_NAME = 80   # characters of a division's name in capitals ('INTRODUCTION & HISTORY OF …'; round9en)
# a division's label alone, its name in the next block (unseen11): a legislation site sets `Part I`
# and `PRELIMINARY`, `Clause 1` and `Short title and commencement` as separate elements with a
# blank line between them; label and name are one heading (xv9's kind had no blank line between)
DIVISION_LABEL = re.compile(r"^(?:Part|PART|Chapter|CHAPTER|Clause|CLAUSE|Section|SECTION|Article|ARTICLE|Division|DIVISION|Subdivision|SUBDIVISION"
                            r"|Schedule|SCHEDULE|Book|BOOK|Title|TITLE)(?:\s+|\s?-\s?)(?:[IVXLC]{1,6}|\d{1,3}|(?i:" + sg.SPELLED_CAPS + r"))[A-Z]?\.?$"   # 'Part-1' (r28acts)
                            #   (r31enheads) its number spelled, in capitals or not: 'Book One.' / 'The Coming of the Martians'
                            r"|^(?:No|NO|Number|NUMBER)\.?\s+[IVXLCDM]{1,8}\.?$")   # a serial's paper: 'No. XLV.' (round6)


def _law_closing(blocks: list[Block], kinds: list) -> list:
    """A law's unnumbered '附则' after its numbered parts is a peer of the outermost ones: the
    Civil Code closes its seven 编 with '附则', a chapter-only law may close its 章 so. It takes
    the outermost part's numbering style, so levels.py makes it that part's sibling. Before any
    numbered part, or in a law without parts, it stays a clause line as every unnumbered one."""
    parts = [(sg.rank(k[0]), k[0], i) for i, k in enumerate(kinds) if k and k[0] in LAW_PARTS]
    if not parts:
        return kinds
    top, first = min(parts)[1], min(i for _, _, i in parts)
    return [(top, True) if i > first and sg.is_law_closing(b.text) else kind
            for i, (b, kind) in enumerate(zip(blocks, kinds))]


def is_law(blocks: list[Block], lang: str) -> bool:
    """A Chinese text with LAW_ARTICLES or more article paragraphs ('第X条　…') is a law; so is an
    excerpt with LAW_OPENING_ARTICLES or more whose articles count from 第一条 one by one (round20zh:
    a page that shows a regulation's first chapter, `第一条` … `第四条`, its short second paragraphs
    clauses, not heads) when no sentence stands before its 第一条: a notice issuing the rules keeps its
    own reading. A text that quotes an article or two of another stays no law."""
    if lang.startswith("en"):
        return False
    articles = [b.text for b in blocks if sg.ARTICLE.match(b.text)]
    if len(articles) >= LAW_ARTICLES:
        return True
    numerals = [re.match(r"^第([^条條]+)[条條]", a).group(1) for a in articles]
    numbers = [int(n) if n.isdigit() else sg.cn_value(n) for n in numerals]
    if len(numbers) < LAW_OPENING_ARTICLES or numbers != list(range(1, len(numbers) + 1)):
        return False
    first = next(i for i, b in enumerate(blocks) if sg.ARTICLE.match(b.text))
    return not any(sg.terminal(b.text) == "。" for b in blocks[:first])   # the text opens with the law itself,
    #                                                                       not a notice that issues it


def _law_annex_start(blocks: list[Block]) -> int:
    """(r43) Where a law's or a measures' attached document begins: the first attachment label alone on
    its line (`附件`, `附件1`, `附表`: sg.APPENDIX, nothing after the label) with no article (`第N条`) after it.
    A notice issuing measures often attaches a list or a form of its own (a negative list, a catalogue)
    that is no law: its `一、`/`（一）` lines head its parts, as in any document, where the articles' items
    are clauses. len(blocks) when there is none."""
    last_article = max((i for i, b in enumerate(blocks) if sg.ARTICLE.match(b.text)), default=-1)
    return next((i for i, b in enumerate(blocks) if i > last_article and (m := sg.APPENDIX.match(b.text.strip()))
                 and not b.text.strip()[m.end():].strip()), len(blocks))


def _emptied(blocks: list[Block], i: int, dropped: frozenset[int]) -> bool:
    """The cleaner removed every line between this block and the next ('Copyright Notice' whose
    one line of text was a copyright statement): the block headed that text."""
    if i + 1 >= len(blocks):
        return False
    start, end = blocks[i].line + blocks[i].lines, blocks[i + 1].line
    return any(start <= n < end for n in dropped)


# (r27codes) a code's status entry standing alone where a section's text would be ('Repealed or Renumbered',
# 'Expired', '(Reserved)', '[Repealed.]', 'Omitted'): what became of the section over it, body text, no heading
_STATUS_WORD = r"(?:repealed|renumbered|reserved|expired|omitted|transferred|superseded|deleted|vacant|spent)"
STATUS_ENTRY = re.compile(rf"^[\[(]?\s*{_STATUS_WORD}(?:\s*(?:,|\bor\b|\band\b|&|/)\s*{_STATUS_WORD})*\s*[.\])]*\s*\.?$", re.I)


def find_headings(blocks: list[Block], lang: str, outline: dict[int, int] | None = None,
                  dropped: frozenset[int] = frozenset(), title: str = "") -> list[Heading]:
    """The blocks that are headings, in order, each with its shape.

    `outline` (block index -> depth, from the text's own contents list) makes the listed blocks
    headings whatever their shape, and no unlisted line before the first listed one is a heading
    (the contents list starts where the sections start: an article's lead has no heading).
    `title`: the document's title, which may name a document it issues (`_issued_title`).
    `dropped`: source lines with text the cleaner removed; an English heading candidate whose
    section text was all removed still heads it."""
    if outline:
        return _listed_headings(blocks, lang, outline)
    english = lang.startswith("en")
    openings = Counter() if english else _openings(blocks)
    law = is_law(blocks, lang)
    centre: set[int] = set()
    sentence_heads: set[int] = set()   # (enweb) sentence-case heads found by their place: they keep their own rank
    parts: set[int] = set()
    if english:
        kinds = english_kinds(blocks)
        sentence_heads = {i for i, k in enumerate(kinds) if isinstance(k, SentenceKind)}
        kinds = [None if k and not k[0] and _en_signature(blocks, i) else k for i, k in enumerate(kinds)]
        kinds = [None if k and STATUS_ENTRY.match(" ".join(blocks[i].text.split())) else k for i, k in enumerate(kinds)]
        fields = _spaced_field_run(blocks) | _stacked_field_run(blocks)
        kinds = [None if i in fields and not field_label(blocks[i]) else k for i, k in enumerate(kinds)]   # (r43en) a profile's label heads
        parts = {i for i in range(len(blocks)) if _part_over_introduction(blocks, kinds, i)}
        kinds = [("", False) if i in parts else k for i, k in enumerate(kinds)]
        if title:
            kinds = [("", True) if _issued_title(blocks, i, title) else k for i, k in enumerate(kinds)]
            if kinds and kinds[0] is None and _restated_head(blocks, title):
                kinds[0] = ("", False)   # 'Annual reports' / 'Annual reports by the Board' / prose (r30enweb)
            captions = _captions_over_lead(blocks, kinds, title)
            kinds = [None if i in captions else k for i, k in enumerate(kinds)]
        width = text_width(blocks)
        centre = {i for i, b in enumerate(blocks) if kinds[i] and centred(b, width)}
    else:
        memo: dict[tuple[str, str, bool], tuple[str, bool] | None] = {}   # (text, next text): the same pair, the same
        #   answer (openings and law are fixed here); a text repeating a line thousands of times asks once

        annexed = _law_annex_start(blocks) if law else len(blocks)   # (r43) a law's annex reads as its own text

        def kind(text: str, after: str, in_law: bool = law) -> tuple[str, bool] | None:
            if (text, after, in_law) not in memo:
                memo[text, after, in_law] = _chinese_kind(text, openings, after, in_law)
            return memo[text, after, in_law]

        kinds = _topic_runs([None if b.code or MARKDOWN_ITEM.match(b.text)   # a listing, a Markdown list item or quote
                             else kind(b.text, blocks[i + 1].text if i + 1 < len(blocks) else "", law and i < annexed)
                             for i, b in enumerate(blocks)])
        kinds = _series_of_items(blocks, kinds)
        kinds = _under_numbered_sentence(blocks, kinds)
        annexes = sg.annex_list_entries([b.text for b in blocks])
        kinds = [None if i in annexes or _signature_over_date(blocks, i, k) or _bodies_line(blocks[i].text, k)
                 or _issuer_under_title(blocks, i, k) else k
                 for i, k in enumerate(kinds)]
        kinds = [None if k and not k[0] and i + 1 < len(blocks)
                 and sg.is_data_row(blocks[i + 1].text, blocks[i + 2].text if i + 2 < len(blocks) else "") else k
                 for i, k in enumerate(kinds)]   # 'Client -> Server' over comma-separated rows: their label (newdocs)
        if law:
            kinds = _law_closing(blocks, kinds)
    found: list[Heading] = []
    record = english and is_record(blocks)   # (r27transcripts) a record of what was said (Hansard, debates)
    speech = speech_heads(blocks, [i for i, k in enumerate(kinds) if k]) if record else set()
    glossary = False   # inside a glossary appendix (名词解释, 注释)
    address = set() if english else address_paragraphs(blocks, {i for i, k in enumerate(kinds) if k and k[1]})
    bare = set() if english else bare_series(blocks)
    for i, kind in enumerate(kinds):
        if kind is None or kind[0] == "一" and i not in bare:
            continue
        style, strong = kind
        if not strong and not english and style and (
                _list_item(style, blocks[i + 1].text if i + 1 < len(blocks) else "", blocks[i - 1].text if i else "")
                or _numbered_through(blocks, i, style)):
            continue
        if not strong and not english and not style and i + 1 < len(blocks) and BULLET_ITEM.match(blocks[i + 1].text):
            continue   # '基本介紹' over '• 中文名…' bullets: the label of a list (an infobox), not a section
        if not strong and not english and not style and i and kinds[i - 1] == ("", False) \
                and _list_peers(blocks[i - 1].text, blocks[i].text):
            continue   # (r27docshare) the last of a list of short lines ('《数字经济导论》　310页' under
            #            '《基层治理创新案例选编》　245页'), a heading after it: an item like the ones above it
        if not strong and not english and not style and i + 1 < len(blocks) and sg.is_figures_run(blocks[i + 1].text):
            continue   # '饮料酒' over '千升1576718.64': a table's first cell over its values (unseen), not a section
        if not strong:
            after = kinds[i + 1] if i + 1 < len(kinds) else ("", False)
            after = None if i + 1 in address else after   # an address's numbered paragraph: body
            # a weak heading needs body text after it; a Chinese part title may be followed
            # by a strong heading ('2009年工作回顾' + '一、…'), an English caps line may not
            # ('THE MILLENNIUM FULCRUM EDITION 3.0' + 'CHAPTER I.' is an edition statement)
            # a weak heading may be followed by its first topic line ('五年来，…。' + '…优化。',
            # '（一）…。' + '…优化。'): topic lines come in runs, so this is not a list of sentences
            topic_after = style != "topic" and after is not None and after[0] == "topic"
            if after is not None and (english or not after[1]) and not topic_after \
                    and not (english and _emptied(blocks, i, dropped)) and not _centred_over(blocks, i, after, centre) \
                    and not (english and (_caps_over_first(blocks, i, after) or _caps_over_next(blocks, kinds, i))) \
                    and not (english and i + 1 < len(blocks) and _section_under(blocks, kinds, i)) \
                    and not (english and (_name_over_first_head(blocks, kinds, i) or _division_over_sub(blocks, kinds, i) or i in parts
                                          or _publications_over_series(blocks, kinds, i)
                                          or _caps_over_sub(blocks, kinds, i) or _group_over_group(blocks, kinds, i) or i in speech
                                          or _names_field_group(blocks, i)
                                          or _bill_over_stage(blocks, kinds, i) or _same_head_noun(blocks, kinds, i))):
                continue   # an Act's cross-heading over its first section heading stays (unseen7)
        if english and not strong and not style and _cover_over_reference(blocks, kinds, i):
            continue   # 'PRINTED BY THE CLERK' / '2024  P.17' / the part's name: a cover's lines (round10en)
        if english and not strong and not style and _note_label(blocks, i):
            continue   # (r27enchrome) 'Source' over '(Code 1966, § 611.) …': a section's source note, labelled
        if english and not strong and not style and _caps_stack(blocks, i):
            continue   # (r27enchrome) a letterhead's columns interleaved line by line: the stack's last line
        if english and not strong and not style and _byline_over_salutation(blocks, i):
            continue   # 'MADISON' over 'To the People of the State of New York:': the author, not a section (round6)
        if english and not strong and not style and _announced_caps(blocks, i):
            continue   # '… the following particulars:' / 'THE UTILITY OF …' / 'THE INSUFFICIENCY …': a list (r28books)
        if not english and not style and sg.is_field_line(blocks[i].text):
            continue   # '报告人：某某': a record's field (unseen13); dropped only here, so the line over it
            #            still has a heading-like line after it, as before (a weak line needs body after it)
        appendix = style == "appendix"
        shape = "appendix|" if appendix else _shape(blocks[i].text, style, english)
        if glossary and (not strong and (sg.GLOSSARY_TERM.match(blocks[i].text) or style) or _glossary_term(style, blocks[i].text)):
            continue   # '1.“两重”：是指…。', '2.…按现价计算。', '1.“两重”' in a glossary or notes are entries, not headings
        glossary = glossary or sg.is_glossary_title(blocks[i].text)
        own = style if english else style.split(":")[0]
        found.append(Heading(i, shape, "" if appendix else own, strong, appendix,
                             period=not style and (sg.is_period_part(blocks[i].text) or not english and _names_document(blocks[i].text)),
                             number=sg.label_number(blocks[i].text) if english and style in DIVISION_LABELS else None))
    if not english:
        found = _lone_parallel(found)
        found = _theme_under_title(blocks, found)
    found = _lost_marks(blocks, found)
    if not english:
        found = _outline_labels(blocks, found)
        found = _decimal_parts(blocks, found)
    found = _zero_decimal_parts(blocks, found)
    found = _marked_roman_parts(blocks, found) if english else found
    for h in found:
        if h.style.startswith("md") or h.appendix and sg.numbering(blocks[h.index].text).startswith("md"):
            blocks[h.index].text = sg.unmarked(blocks[h.index].text)
        elif english:
            blocks[h.index].text = undecorated(blocks[h.index].text)
    # an Act's cross-heading over its first section heading groups the sections under it: like a
    # centred line, it keeps its own rank outside them (unseen7)
    cross = {h.index for h in found if not h.style and h.index + 1 < len(blocks) and _section_under(blocks, kinds, h.index)}
    # (r27transcripts) a record's order items are peers, one with no text under it ('PRAYERS' / 'COMMUNICATION
    #   FROM THE CHAIR') too: no such line names what follows it; a speech's head holds the items under it
    named = {h.index for h in found if english and (_name_over_first_head(blocks, kinds, h.index) and not record
                                                   or _publications_over_series(blocks, kinds, h.index)
                                                   or _division_over_sub(blocks, kinds, h.index)
                                                   or h.index in parts or _caps_over_sub(blocks, kinds, h.index) and not record
                                                   or _bill_over_stage(blocks, kinds, h.index) or _names_field_group(blocks, h.index))}
    named |= speech
    found = [replace(h, shape="name|" + h.shape) if h.index in named else h for h in found]   # a shape of its own
    found = _back_matter_beside_parts(blocks, found) if english else found
    inner = {h.index + 1 for h in found if english and _group_over_group(blocks, kinds, h.index)}
    found = [replace(h, shape="group|" + h.shape) if h.index in inner else h for h in found]   # (r28acts) the narrower group: a shape of its own
    kinds_of = {h.index + 1 for h in found if english and _same_head_noun(blocks, kinds, h.index)}
    found = [replace(h, shape="kind|" + h.shape) if h.index in kinds_of else h for h in found]   # (r41) the first kind under its part
    cross |= named
    # (r23level) a line in capitals right over the first numbered section holds the sections, as a
    # centred one does (_caps_over_first, xu5): not their peer
    cross |= {h.index for h in found if english and not h.style and h.index + 1 < len(blocks) and kinds[h.index + 1]
              and (_caps_over_first(blocks, h.index, kinds[h.index + 1]) or _caps_over_next(blocks, kinds, h.index))}
    cross |= {h.index for h in found if title and _issued_title(blocks, h.index, title)}   # it holds the issued text's parts
    # and it holds them even where an excerpt has only one cross-heading (round6, xxg1): as a period's part does
    found = [replace(h, period=True) if english and h.index in cross else h for h in found]
    found = _announced_rest(blocks, found) if english else found
    found = _lone_question(found) if english else found
    found = _case_levels(blocks, found) if english else found
    found = _serial_heads(blocks, found) if english else found
    return _english_peers(found, centre | cross | sentence_heads, blocks) if english else found


# (r29levels) a serial head's skeleton: its numbers as '#', its closing mark dropped ('GOVERNMENT NOTICE No. 113'
# and 'GOVERNMENT NOTICE No. 114.' are 'GOVERNMENT NOTICE No. #')
SERIAL_NUMBER = re.compile(r"\d+")
SERIAL_END = re.compile(r"[\s.:;,—–-]+$")
SERIAL_NAME = re.compile(r"[A-Za-z]{3,}")


def _serial_heads(blocks: list[Block], found: list[Heading]) -> list[Heading]:
    """(r29levels) SERIAL HEADS ARE ONE SHAPE: unnumbered heads that differ only by their number ('GOVERNMENT
    NOTICE No. 113' … 'GOVERNMENT NOTICE No. 114.', 'Notice 12' … 'Notice 13', 'Case 4:' … 'Case 5') are items of
    one series, peers whatever their closing mark: a stop typed on one and not the other (a transcription, an OCR
    page) made two shapes, so the second nested under the first's subject line. Two or more of them take one
    shape of their own; the subject heads under each keep theirs and nest under it."""
    skeletons: dict[int, str] = {}
    numbers: dict[str, list[int]] = {}
    for h in found:
        text = blocks[h.index].text.strip()
        if h.style or h.appendix or not SERIAL_NUMBER.search(text) or not SERIAL_NAME.search(SERIAL_NUMBER.split(text)[0]):
            continue   # a name before the number: a numbered style or a number first is the numbering's to rank
        skeletons[h.index] = skeleton = SERIAL_END.sub("", SERIAL_NUMBER.sub("#", text))
        numbers.setdefault(skeleton, []).append(int(SERIAL_NUMBER.search(text).group()))
    # a series counts upward in the text's order ('No. 113', 'No. 114.'); the title's number and one it cites
    # ('Proclamation No. 958/2016' over 'Proclamation No. 923/2016', repealed) do not
    series = {k for k, nums in numbers.items() if len(nums) >= 2 and all(a < b for a, b in zip(nums, nums[1:]))}
    return [replace(h, shape=f"serial:{skeletons[h.index]}|") if skeletons.get(h.index) in series else h for h in found]


LIST_OPENERS = "《“「『【(（"   # a list of titles or quotations: each item opens with the same mark


def _list_peers(above: str, text: str) -> bool:
    """(r27docshare) Two short lines one under the other that are items of one list: both open with
    the same opening mark (`《…》`, `“…”`), or both end with a count of pages (`…　310页`)."""
    above, text = above.strip(), text.strip()
    return bool(above and text and (above[0] == text[0] and text[0] in LIST_OPENERS
                                    or PAGES_END.search(above) and PAGES_END.search(text)))


PAGES_END = re.compile(r"[\s\u3000]\d{1,4}\s*页$")


# (r27enchrome) the label of a code's or a statute's note under a section: where the section came from
NOTE_LABELS = frozenset(("source", "sources", "history", "credits", "derivation", "legislative history", "source note",
                         "history note", "statutory history", "amendment history", "editor's note", "editor’s note"))
CITATION_OPEN = re.compile(r"^\s*(?:[(\[]\s*)?(?:§|\d|(?:Added|Amended|Enacted|Formerly|Derived|Repealed|Renumbered|Code|Acts?|Laws"
                           r"|Stats?\.|R\.?S\.|Ord\.|Cap\.|Ch\.|c\.|L\.|P\.\s?L\.|Pub\.\s?L\.)(?=[\s.,]))", re.I)


def _note_label(blocks: list[Block], i: int) -> bool:
    """(r27enchrome) A statute note's label alone on its line (`Source`, `History`, `Credits`, NOTE_LABELS)
    over the citation it labels (`(Code 1966, § 611.) 63 TTC § 2 …`, `1998 c. 212, s. 4`, `[Added by …]`,
    `Amended by …`: CITATION_OPEN): the section's source note, no section of its own."""
    if i + 1 >= len(blocks) or blocks[i].text.strip().rstrip(":").casefold() not in NOTE_LABELS:
        return False
    after = blocks[i + 1].text
    return CITATION_OPEN.match(after) is not None and re.search(r"\d", after[:CITATION_DIGIT_AT]) is not None


CITATION_DIGIT_AT = 60   # characters of the note within which its citation gives a year or a number


CAPS_STACK_MIN = 3   # lines in capitals right over a line for a letterhead's stack
CAPS_STACK_LINE = 60
TITLE_STACK_LINE = 160   # (r30enweb) characters of a title block's line in capitals at the body's top


RESTATED_HEAD_WORDS = 12   # words of a section page's first head


def _restated_head(blocks: list[Block], title: str) -> bool:
    """(r30enweb) A section page's first head restates its headline with more words (`Annual reports` /
    `Annual reports by the Standards Board`, `Work Plan` / `About the Council's Work Plan`) right over
    the text's first paragraph: the head of the page's content block, not a subtitle. The body's first
    block, one line of at most RESTATED_HEAD_WORDS words, a phrase (capital first, no end mark) not in
    capitals, holding the title's words in order as whole words and more, over a paragraph of prose.
    A deck that says more than the headline (`Budget 2024 brings relief for families.`) closes a
    sentence and stays; a caps title block's line stays front matter."""
    if len(blocks) < 2 or blocks[0].lines != 1:
        return False
    text, key = " ".join(blocks[0].text.split()), " ".join(title.split())
    words = text.split()
    if not key or not 0 < len(words) <= RESTATED_HEAD_WORDS or not _phrase(text) or sg.is_all_caps(text) \
            or len(words) <= len(key.split()) or sg.numbering(text):
        return False
    if not re.search(r"(?<!\w)" + re.escape(key.casefold()) + r"(?!\w)", text.casefold()):
        return False
    return _prose(blocks[1])


def _caps_stack(blocks: list[Block], i: int) -> bool:
    """(r27enchrome) A letterhead printed as a stack of short lines in capitals, its columns interleaved
    line by line (`STATE OF CONNECTICUT` / `NANCY WYMAN OFFICE OF THE STATE COMPTROLLER` / `MARK
    OJAKIAN` / `COMPTROLLER` / `55 ELM STREET` / `DEPUTY COMPTROLLER` / `HARTFORD, …`): a line in
    capitals with CAPS_STACK_MIN or more such lines right over it is the stack's, not a heading (a
    heading stands over text; a division's label and name over it are two lines, not three)."""
    run, k = 0, i - 1
    while k >= 0 and blocks[k].lines == 1 and len(blocks[k].text) <= CAPS_STACK_LINE and sg.is_all_caps(blocks[k].text) \
            and not sg.terminal(blocks[k].text) and not sg.numbering(blocks[k].text):
        run, k = run + 1, k - 1
    if run >= CAPS_STACK_MIN:
        return True
    # (r28prints) at the body's very top, the text's own title block in capitals under the page's headline
    # (`H. E. THE GOVERNOR` / `ADDRESS TO THE NATION 2004` / `THE GOVERNOR'S ANNUAL ADDRESS … 2004.`): a line
    # in capitals inside a stack of CAPS_STACK_MIN such lines, the last one maybe closed by a period, with no
    # text over it is the block's, no heading over the text (a head stands over text, not over a caps line).
    # (r30enweb) There the block's occasion line may run long (`ON THE OCCASION OF THE OPENING OF THE NATIONAL
    # BUDGET CONFERENCE AND THE LAUNCH OF …`: TITLE_STACK_LINE), and its date line may close it with no caps
    # line under it (`FRIDAY 3 MAY 2024` over the salutations)
    run, k = 0, i - 1
    while k >= 0 and blocks[k].lines == 1 and len(blocks[k].text) <= TITLE_STACK_LINE and sg.is_all_caps(blocks[k].text) \
            and not sg.terminal(blocks[k].text) and not sg.numbering(blocks[k].text):
        run, k = run + 1, k - 1
    if k >= 0:
        return False
    below, k = 0, i + 1
    while k < len(blocks) and blocks[k].lines == 1 and len(blocks[k].text) <= TITLE_STACK_LINE \
            and sg.is_all_caps(blocks[k].text) and not sg.numbering(blocks[k].text):
        below, k = below + 1, k + 1
        if sg.terminal(blocks[k - 1].text):
            break
    from .front import en_date   # front imports this module: the date grammar lives there
    closing_date = below == 0 and bool(en_date(blocks[i].text.title()))
    return (below >= 1 or closing_date) and run + below + 1 >= CAPS_STACK_MIN


EN_SALUTATION = re.compile(r"^(?:To|Dear|My)\b(?:[^.!?]|(?<=\bHon|\bMrs)\.|(?<=\b(?:Mr|Ms|Dr|Rt|St))\.){2,60}[:,]$")
# 'To the People of the State of New York:', 'Dear Sir,'; (r28prints) a title's abbreviation in it: 'Dear Hon. Speaker,'
BYLINE_WORDS = 3


def _byline_over_salutation(blocks: list[Block], i: int) -> bool:
    """An author's name alone in capitals or title case (`MADISON`, `John Jay`) right over a letter's
    or an essay's salutation: the signature of a paper's head block, not a section over it."""
    words = blocks[i].text.split()
    if ADDRESSEE.match(blocks[i].text) and len(words) <= LETTERHEAD_WORDS and not sg.terminal(blocks[i].text) \
            and i + 1 < len(blocks) and (EN_SALUTATION.match(blocks[i + 1].text.strip()) or DEAR_OPENS.match(blocks[i + 1].text)):
        return True   # (r28prints) a transmittal letter's addressee over its salutation (glued to the letter's text too)
    return 0 < len(words) <= BYLINE_WORDS and all(w[:1].isupper() for w in words) and not sg.terminal(blocks[i].text) \
        and i + 1 < len(blocks) and (bool(EN_SALUTATION.match(blocks[i + 1].text.strip())) or _letterhead_line(blocks, i))


ANNOUNCED_CAPS_WORDS = 3   # words in capitals opening the block after it: the announced list goes on


def _announced_caps(blocks: list[Block], i: int) -> bool:
    """(r28books) A line in capitals right after a sentence that ends on a colon, with more capitals
    after it (the next block opens with ANNOUNCED_CAPS_WORDS words in capitals): the first item of
    a list of topics the sentence announces ('I propose … to discuss the following particulars:' /
    'THE UTILITY OF THE UNION …' / 'THE INSUFFICIENCY OF …'), set in capitals for emphasis, no
    section. A heading after a colon ('… as follows:' / 'PRELIMINARY' / '1. Short title') has
    its text under it, not more capitals."""
    if not i or i + 1 >= len(blocks) or not sg.is_all_caps(blocks[i].text) or not blocks[i - 1].text.rstrip().endswith(":"):
        return False
    words = blocks[i + 1].text.split()[:ANNOUNCED_CAPS_WORDS]
    return len(words) == ANNOUNCED_CAPS_WORDS and all(w.isupper() or not any(ch.isalpha() for ch in w) for w in words) \
        and not sg.numbering(blocks[i + 1].text)


# (r28prints) a salutation opening a block, the letter's text glued under it (no blank line between them)
DEAR_OPENS = re.compile(r"^Dear\s+(?:[^.!?,:]|(?<=\bHon|\bMrs)\.|(?<=\b(?:Mr|Ms|Dr|Rt|St))\.){2,60}[,:](?:\s|$)")
# (r28prints) a letter's addressee, named by an honorific or an office (`The Honorable Speaker Members of
# the Legislature`, `The Hon. Jane Doe MP`, `Minister for Finance`): a report's transmittal letter sets it
# right over the salutation (`Dear Hon. Speaker,`); a section's head over a letter-shaped foreword (`Chair's
# message` / `Dear stakeholders,`) names no addressee
ADDRESSEE = re.compile(r"^(?:The\s+|To\s+the\s+)?(?:Hon(?:ou?rable)?\b\.?|Rt\.?\s+Hon|Right\s+Hon|Mr|Mrs|Ms|Dr|Sir|Madam|"
                       r"His\s+(?:Excellency|Honou?r)|Her\s+(?:Excellency|Honou?r)|Speaker|President|Minister|Members?\s+of)\b")


LETTERHEAD_REACH = 6    # short lines of a letterhead under a line, down to the letter's date
LETTERHEAD_WORDS = 8    # words of one letterhead line (a name, an office, a street, a town)
LETTER_DATE = re.compile(r"^(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4})$")


def _letterhead_line(blocks: list[Block], i: int) -> bool:
    """(r27entitles) A line of a letter's letterhead: the office's people, streets and town one short line
    each (set in columns, interleaved by the extraction: `DEPUTY COMPTROLLER` between `55 ELM STREET` and
    `HARTFORD, …`), every line under it short and no sentence, down to the letter's date right over its
    salutation (`January 9, 2031` / `To the Citizens of …:`): the letter's head, no section over it."""
    for j in range(i + 1, min(len(blocks), i + 1 + LETTERHEAD_REACH)):
        text = " ".join(blocks[j].text.split())
        if LETTER_DATE.match(text):
            return j + 1 < len(blocks) and bool(EN_SALUTATION.match(blocks[j + 1].text.strip()))
        if blocks[j].lines > 1 or len(text.split()) > LETTERHEAD_WORDS or sg.terminal(text):
            return False
    return False


NAME_TEXT_WORDS = 12   # words of the text under the first sub-heading: prose, not another short line


def _name_over_first_head(blocks: list[Block], kinds, i: int, again: bool = True) -> bool:
    """(round8en) The page's section name right over its first sub-heading, before any other heading
    and with no text between (`Policy making for Welsh Ministers` / `Purpose` / `4.1 This note …`):
    both weak unnumbered lines with no digit (`FEDERALIST. No. 1` over `General Introduction` is a
    numbered paper over its title), the sub-heading over prose, and its shape standing again lower
    (`Policy advice`, …). The name holds the sub-headings: a part of its own, not a line with no text.
    (r27encyc) Lower down too, where the text's first heading is such a name (`again`): a text that
    opens a part with its first sub-head opens its later parts so (an encyclopedia entry's `History` /
    `Early lanterns` / … / `Uses` / `Signalling`), so a later pair of that shape is another part."""
    if i + 2 >= len(blocks) or kinds[i] != ("", False) or kinds[i + 1] != ("", False) or kinds[i + 2]:
        return False
    first = next((j for j, k in enumerate(kinds) if k), i)
    if first < i and not (again and _name_over_first_head(blocks, kinds, first, again=False)):
        return False
    name, sub = blocks[i].text, blocks[i + 1].text
    return sum(1 for k in kinds[i + 2:] if k == ("", False)) >= 1 and blocks[i].lines == 1 and blocks[i + 1].lines == 1 \
        and not re.search(r"\d", name + sub) and len(blocks[i + 2].text.split()) >= NAME_TEXT_WORDS


def _captions_over_lead(blocks: list[Block], kinds, title: str) -> set[int]:
    """(r27encyc) AN IMAGE CAPTION OVER AN ENTRY'S LEAD: an encyclopedia entry (a wiki, its forks and
    mirrors, a reference site) opens with a lead that has no heading, and its first sentence names the
    subject and defines it ('A book is a set of …' under the title 'Book'). A copy as text sets the
    lead image's caption, its credit or the infobox's name on short lines between the title and that
    sentence ('Latin dictionary'): they are the picture's, not a section's. The first body blocks, up
    to signals.CAPTION_LINES weak unnumbered one-line lines, none a generic division's name
    ('Introduction', 'Overview'), right over the lead (`signals.lead_under`). An essay's first
    heading over a paragraph that does not open by defining the title stays a heading."""
    at = sg.lead_under([b.text for b in blocks[:sg.CAPTION_LINES + 1]], title)
    short = [i for i in range(at) if kinds[i] is not None]   # the infobox's rows between are no heading anyway
    if at <= 0 or any(kinds[i] != ("", False) or blocks[i].lines != 1 or DIVISION_NAME.match(blocks[i].text.strip())
                      for i in short) or kinds[at] is not None:
        return set()
    return set(short)


# (round13x) a document's generic division, named alone on its line ('Summary', 'INTRODUCTION',
# 'Overview'): the name of a part, whatever the text is about
DIVISION_NAME = re.compile(r"^(?:Executive\s+Summary|Summary|Introduction|Background|Overview|Preface|Foreword"
                           r"|Conclusions?|Findings|Recommendations)\.?$", re.I)
DIVISION_TEXT_WORDS = 6   # words of the first block under the sub-heading: a sentence, not another label


def _division_over_sub(blocks: list[Block], kinds, i: int) -> bool:
    """(round13x) A generic division's name right over a sub-heading, no text between (`Summary` /
    `Background` / `1. Agencies are responsible …`; `INTRODUCTION` / `Sun Wu and his Book` / prose):
    both weak unnumbered one-line headings, the sub-heading over a sentence. The division holds its
    sub-headings — a part of its own, not a weak line with no text under it (a report's summary
    page). Unlike _name_over_first_head it needs no other heading of the sub-heading's shape lower
    down: the name says it is a division. Before any other heading only: lower down, where the
    name would hold every later heading of other shapes, its rank is the levels' to find."""
    text = blocks[i].text.strip()
    if i + 2 >= len(blocks) or any(kinds[:i]) or kinds[i] != ("", False) or kinds[i + 1] != ("", False) or kinds[i + 2] is not None:
        return False
    return bool(DIVISION_NAME.match(text)) and text[:1].isupper() and blocks[i].lines == 1 and blocks[i + 1].lines == 1 \
        and not re.search(r"\d", blocks[i + 1].text) and len(blocks[i + 2].text.split()) >= DIVISION_TEXT_WORDS


# (r41) a part's text that says the rest of the text is its own: the sub-parts under it follow
REST_ANNOUNCED = re.compile(r"\b(?:the\s+rest\s+of\s+this\s+(?:chapter|section|part|note|guide|paper|report|document)"
                            r"|the\s+(?:following|remaining)\s+(?:sections|subsections|sub-sections)\s+of\s+this\s+(?:chapter|section|part))\b"
                            r"[^.!?]*[.:]\s*$", re.I)


def _announced_rest(blocks: list[Block], found: list[Heading]) -> list[Heading]:
    """(r41) A PART THAT ANNOUNCES THE REST OF THE CHAPTER AS ITS OWN: an unnumbered head whose text ends
    in a sentence saying what the rest of the chapter does (`The rest of this chapter provides some ideas
    on contributing …`, `The following sections of this part describe …`; REST_ANNOUNCED), right over the
    next head. The unnumbered heads of its shape after it are its sub-parts, not its peers: they take a
    shape of their own (`held|`), which levels.py nests under it."""
    for k, h in enumerate(found[:-1]):
        nxt = found[k + 1]
        text = [b.text for b in blocks[h.index + 1:nxt.index] if b.text.strip()]
        if h.style or h.appendix or not text or not REST_ANNOUNCED.search(" ".join(text[-1].split())):
            continue
        return found[:k + 1] + [replace(g, shape="held|" + g.shape) if not g.style and g.shape == h.shape else g
                                for g in found[k + 1:]]
    return found


HEAD_NOUN_WORDS = 5   # words of each head of a pair naming one kind of thing ('Economic Outlook' / 'Global Outlook')


def _same_head_noun(blocks: list[Block], kinds, i: int) -> bool:
    """(r41) A part's head right over its first topic's head, no text between, the two ending in the
    same noun (`Economic Outlook` / `Global Outlook` / prose; `Public Finances` / `Local Finances`): a
    speech or a report splits a subject into kinds of it, and the part names the whole. Both weak
    unnumbered one-line heads of HEAD_NOUN_WORDS words at most, capitalised, no digit, no end mark,
    the first words unlike; the lower one over a sentence (DIVISION_TEXT_WORDS words or more). The
    part holds its topics, not a weak line with no text under it."""
    if i + 2 >= len(blocks) or kinds[i] != ("", False) or kinds[i + 1] != ("", False) or kinds[i + 2] is not None:
        return False
    upper, lower = blocks[i].text.split(), blocks[i + 1].text.split()
    if blocks[i].lines != 1 or blocks[i + 1].lines != 1 or not 2 <= len(upper) <= HEAD_NOUN_WORDS or not 2 <= len(lower) <= HEAD_NOUN_WORDS:
        return False
    if re.search(r"\d|[.:;!?,]$", blocks[i].text.strip() + "\n" + blocks[i + 1].text.strip()) \
            or re.search(r"[.:;!?,]$", blocks[i].text.strip()) or not (upper[0][:1].isupper() and lower[0][:1].isupper()):
        return False
    noun = re.sub(r"\W", "", upper[-1]).casefold()
    return len(noun) >= 3 and noun == re.sub(r"\W", "", lower[-1]).casefold() and upper[0].casefold() != lower[0].casefold() \
        and len(blocks[i + 2].text.split()) >= DIVISION_TEXT_WORDS


def _bill_over_stage(blocks: list[Block], kinds, i: int) -> bool:
    """(r33enspeech) A debate record's bill right over the stage it is at, no text between (`Harbour Bill` /
    `Second Reading`, `APPROPRIATION BILL (NO. 1) 2031-2032` / `Second Reading`, `Rates Bill` / `In
    Committee`): both weak one-line heads, the lower one naming a bill's stage (front.BILL_STAGE), the
    upper one not. The bill holds its stages (a shape of its own), not a line with no text under it."""
    return i + 1 < len(blocks) and kinds[i] == ("", False) and kinds[i + 1] is not None and not kinds[i + 1][0] \
        and blocks[i].lines == 1 and blocks[i + 1].lines == 1 \
        and bool(BILL_STAGE.match(" ".join(blocks[i + 1].text.split()))) \
        and not BILL_STAGE.match(" ".join(blocks[i].text.split()))


def _publications_over_series(blocks: list[Block], kinds, i: int) -> bool:
    """(r29reports) A publication list's head right over its first series (`… publications` / `Annual
    Reports (ISSN 1026-8391)`): both weak one-line heads, the head naming publications, the series named
    with its ISSN in brackets. The list's head holds the series, not a weak line with no text under it."""
    return i + 1 < len(blocks) and kinds[i] == ("", False) and kinds[i + 1] == ("", False) \
        and blocks[i].lines == 1 and blocks[i + 1].lines == 1 and bool(PUBLICATIONS_HEAD.search(blocks[i].text)) \
        and not re.search(r"\d", blocks[i].text) and bool(SERIES_ISSN.search(blocks[i + 1].text))


def _group_over_group(blocks: list[Block], kinds, i: int) -> bool:
    """(r28acts) An Act's group head over a narrower one over a section head, no text between (`Executive
    Power` / `Commissioner of Nunavut` / `5(1) Commissioner`, a statute's cross-headings on two levels):
    both weak unnumbered one-line heads with no digit, the third block a section's head
    (`Block.provision`). The outer group holds the inner one, not a line with no text under it."""
    return i + 2 < len(blocks) and kinds[i] == ("", False) and kinds[i + 1] == ("", False) and blocks[i + 2].provision \
        and blocks[i].lines == 1 and blocks[i + 1].lines == 1 and not re.search(r"\d", blocks[i].text + blocks[i + 1].text)


def _caps_over_sub(blocks: list[Block], kinds, i: int) -> bool:
    """(r26enheads) A PART IN CAPITALS RIGHT OVER ITS FIRST SUB-HEAD, anywhere in the text (`FINANCE` /
    `Income` / prose; `USE OF THE HALL` / `Noise` / prose): a report, a handbook or a set of terms
    heads its parts in capitals and the topics under them in mixed case, and a part whose text
    opens with a topic has no text of its own. Both weak unnumbered one-line heads with no digit,
    the line in capitals, the sub-head not, the sub-head over a sentence (DIVISION_TEXT_WORDS
    words or more, closed by its end mark); and the text has another weak line in capitals and another mixed-case head
    (the two cases are its two levels). The part holds its topics (`_case_levels` ranks the
    capitals above them), not a weak line with no text under it. A cover's line in capitals over
    the document's name has no second part in capitals, nor a topic in mixed case beside it.
    (r42years) A part naming a year (`PROGRESS SINCE 2015`, `PRIORITIES FOR 2030`) is one of them too when
    another part of the text, with no digit, stands so over its first sub-head: a cover's `ANNUAL REPORT
    2015` stands alone."""
    if not _caps_part_over_sub(blocks, kinds, i, allow_digit=True):
        return False
    if not re.search(r"\d", blocks[i].text):
        return True
    return any(_caps_part_over_sub(blocks, kinds, j) for j in range(len(blocks) - 2) if j != i)


def _caps_part_over_sub(blocks: list[Block], kinds, i: int, allow_digit: bool = False) -> bool:
    """`_caps_over_sub`'s shape: a weak line in capitals over a weak mixed-case sub-head over a sentence, the
    text holding other weak lines in both cases; a digit in the part's line only with `allow_digit`."""
    if i + 2 >= len(blocks) or kinds[i] != ("", False) or kinds[i + 1] != ("", False) or kinds[i + 2] is not None:
        return False
    text, sub = blocks[i].text.strip(), blocks[i + 1].text.strip()
    if blocks[i].lines != 1 or blocks[i + 1].lines != 1 or not sg.is_all_caps(text) or sg.is_all_caps(sub) \
            or re.search(r"\d", sub) or not allow_digit and re.search(r"\d", text) or len(blocks[i + 2].text.split()) < DIVISION_TEXT_WORDS \
            or not sg.ends_with(blocks[i + 2].text, ".!?"):
        return False   # a lead-in under it ('BARBADOS' / 'A Bill entitled' / 'An Act to … as follows:'): a cover's lines
    weak = [j for j, k in enumerate(kinds) if k == ("", False) and blocks[j].lines == 1 and j not in (i, i + 1)]
    return any(sg.is_all_caps(blocks[j].text) for j in weak) and any(not sg.is_all_caps(blocks[j].text) for j in weak)


# a paper's reference number alone on its line ('2025  R.95', 'P.17/2024', 'HC 123'): a few tokens,
# a digit, no word in lower case
REFERENCE_TOKENS = 3


def _reference_line(text: str) -> bool:
    tokens = text.split()
    return 0 < len(tokens) <= REFERENCE_TOKENS and bool(re.search(r"\d", text)) and not re.search(r"[a-z]{3}", text)


def _cover_over_reference(blocks: list[Block], kinds, i: int) -> bool:
    """(round10en) A weak line in capitals whose only text is a paper's reference number, then a
    heading (`PRINTED BY THE CLERK` / `2024  P.17` / `Findings of the panel`): a cover's imprint over
    the paper's number, with no section text under it, so no heading. Only before any strong heading."""
    return i + 2 < len(blocks) and sg.is_all_caps(blocks[i].text) and _reference_line(blocks[i + 1].text) \
        and kinds[i + 1] is None and bool(kinds[i + 2]) and not any(k and k[1] for k in kinds[:i])


# a record's field with a space before its colon ('Decision : Upheld', 'Decision date : 16 Aug 2021'):
# a label of one to four words, a short value
SPACED_FIELD = re.compile(r"^\s*[A-Z][\w’'-]*(?: [\w’'-]+){0,3} : \S.{0,80}$")
FIELD_RUN_MIN = 2


def _spaced_field_run(blocks: list[Block]) -> set[int]:
    """(round10en) A run of two or more one-line fields whose colon stands apart (`Category : …`,
    `Decision : Upheld`, `Decision date : 16 Aug 2021`, a case page's metadata): fields of the
    record, never headings, however short the value."""
    out: set[int] = set()
    run: list[int] = []
    for i, b in enumerate(blocks + [Block("", 0)]):
        if b.lines == 1 and SPACED_FIELD.match(b.text):
            run.append(i)
            continue
        if len(run) >= FIELD_RUN_MIN:
            out.update(run)
        run = []
    return out


# (r25noblank) a record's field set as its label alone on a line ('In force:') over its value ('Yes')
# (r30enweb) an abbreviated word in it ('CASE NO.:', 'Ref. No.:', 'Dt. of Order:'), as a court's case block sets them
STACKED_LABEL = re.compile(r"^[A-Z][\w’'()/.-]*(?: [\w’'()/.-]+){0,3}\s?:$")
STACKED_VALUE_WORDS = 6
# (r29reports) a judge's or speaker's name closed by a colon over the words they give (`Lord Justice Flaux:` /
# `Introduction and background`, `LORD JUSTICE HAMBLEN:` / `Introduction`): a person named by an honorific,
# never a record's field label
PERSON_LABEL = re.compile(rf"^(?i:{HONORIFIC})\s+\S.*:$")


def _stacked_field_run(blocks: list[Block]) -> set[int]:
    """(r25noblank, issue 11) A record's fields set label over value, each on a line of its own
    (`Chapter number:` / `232` / `In force:` / `Yes`, a law site's metadata box): a copy that kept
    its blank lines set the box apart, one with none glues the last value over the text, where a
    short capitalised value reads as a heading. Two or more fields in a row, at least one of them
    stacked (a label of one to four words closed by its colon, over a one-line value of at most
    STACKED_VALUE_WORDS words that ends in no colon; the other may be the label and its value
    joined on one block, `Chapter number: 232`): the values are fields of the record, never
    headings. One label over one line (`Contents:` / `Introduction`) is no record and stays."""
    out: set[int] = set()
    run: list[int] = []
    fields = stacked = 0
    i = 0
    while i <= len(blocks):
        if i + 1 < len(blocks) and blocks[i].lines == 1 and blocks[i + 1].lines == 1 \
                and STACKED_LABEL.match(blocks[i].text) and not PERSON_LABEL.match(blocks[i].text) \
                and 0 < len(blocks[i + 1].text.split()) <= STACKED_VALUE_WORDS \
                and not blocks[i + 1].text.endswith(":"):
            run += [i, i + 1]
            fields, stacked = fields + 1, stacked + 1
            i += 2
            continue
        if i < len(blocks) and blocks[i].lines <= 2 and (m := JOINED_FIELD.match(blocks[i].text)) \
                and len(m["value"].split()) <= STACKED_VALUE_WORDS:
            run.append(i)
            fields += 1
            i += 1
            continue
        if fields >= FIELD_RUN_MIN and stacked:
            out.update(run)
        run, fields, stacked = [], 0, 0
        i += 1
    return out


JOINED_FIELD = re.compile(r"^[A-Z][\w’'()/-]*(?: [\w’'()/-]+){0,3}\s?: (?P<value>[^:]+)$")


# a report's conventional first section, the heading under its part's name (round10en)
FIRST_SECTIONS = frozenset(("introduction", "background", "summary", "executive summary", "overview", "purpose",
                            "foreword", "preface"))
PART_NAME_WORDS = (3, 12)   # words of a part's name in sentence case over its 'Introduction'


def _part_over_introduction(blocks: list[Block], kinds, i: int) -> bool:
    """(round10en) A report's part named in sentence case right over its conventional first section
    (`Findings of the review panel` / `Introduction` / prose), before any strong heading: the line
    names the part that holds the sections, so it is a heading of its own though its shape (no
    capitals, no number) is a sentence's. One line of 3-12 words, no digit, no end mark; the
    section's name alone on its line over a paragraph of prose. An epigraph closed by its source
    (`… leges. (Vergil, Aeneid XI.)`, english.QUOTED_SOURCE) over a book's foreword is none (r22s18),
    nor a title page's credit line over the translator's introduction (`Translated by W. K. Marriott`,
    english.BYLINE, r47)."""
    if i + 2 >= len(blocks) or kinds[i] is not None or any(k and k[1] for k in kinds[:i]):
        return False
    name, sub = blocks[i].text.strip(), blocks[i + 1].text.strip().rstrip(":")
    words = name.split()
    return blocks[i].lines == 1 and PART_NAME_WORDS[0] <= len(words) <= PART_NAME_WORDS[1] and name[0].isupper() \
        and not re.search(r"\d|[.:;,!?]$", name) and not QUOTED_SOURCE.search(name) and not CREDIT_LINE.match(name) and sub.casefold() in FIRST_SECTIONS and kinds[i + 1] == ("", False) \
        and len(blocks[i + 2].text.split()) >= NAME_TEXT_WORDS and not kinds[i + 2]


def _section_under(blocks: list[Block], kinds, i: int) -> bool:
    """An Act's section heading right under block `i`, which is none: a provision line over its text
    (`1. Short title.`, blocks._provision_heads, unseen7) or, widened (round6, xxg1), a labelled
    section (`Section 1—Acts and Bills.`) — so the line over it is a cross-heading. Not an `Article`:
    in bylaws and constitutions an article holds sections, and the line over the first one is the
    contents' label or the text's own title."""
    if blocks[i].provision:
        return False
    after = kinds[i + 1] if i + 1 < len(kinds) else None
    return blocks[i + 1].provision or bool(after and after[1] and after[0] == "section")


OUTLINE_LABEL_MAX = 6   # characters after the number: a content site's outline word ('导语', '工作回顾')


def _outline_labels(blocks: list[Block], found: list[Heading]) -> list[Heading]:
    """Drop headings numbered lower in the official hierarchy than the parts that follow them: a
    content site that files a report as an entry inserts its own outline ('1、导语' over '各位代表：',
    '2、工作回顾' over '一、1994年…的回顾'). Arabic '1、' ranks under '一、' and '（一）' in a Chinese
    text, so a short Arabic-numbered line standing BEFORE the text's first '一、' part heads nothing
    of the text's own (unseen13). Only before the first part, only short labels; items under a
    part keep their rank. A Markdown export's marks hide no number: '## 1、导语' over '## 一、…' is
    read by its number too (robust2)."""
    def numbered(h: Heading) -> str:
        return sg.numbering(sg.unmarked(blocks[h.index].text)) if h.style.startswith("md") else h.style
    first = next((k for k, h in enumerate(found) if numbered(h) == "一、"), None)
    if first is None:
        return found
    def label(h: Heading) -> bool:
        text = sg.NUMBER_PREFIX.sub("", sg.unmarked(blocks[h.index].text)).strip()
        return numbered(h) == "1." and len(text) <= OUTLINE_LABEL_MAX and not sg.terminal(text)
    before = [h for h in found[:first] if label(h)]
    return [h for h in found if h not in before] if len(before) >= 2 else found


# (round8zh) the top level of a decimal-numbered plan: the part's number alone, a space or nothing,
# then its name ('1 总则', '2　组织机构和职责', '7  附则', '3监测预警'); its sections are '1.1 …'
DECIMAL_PART = re.compile(r"^(?P<n>\d{1,2})(?:[ \u3000]+|(?=[\u4e00-\u9fff]))(?=[\u4e00-\u9fff“《（(])")
DECIMAL_PART_MAX = 24   # characters: a part's name, not a sentence that opens with a number


def _decimal_parts(blocks: list[Block], found: list[Heading]) -> list[Heading]:
    """A decimal-numbered plan (an emergency plan, a standard, a technical document) numbers its
    parts '1 总则' and their sections '1.1 编制目的', '1.5.1 …': the part's number has no dot, so it
    reads as no numbering at all and the part would stand beside its own sections (or not be a
    heading). A short unpunctuated line that opens with a bare number N is the part over its
    sections when the next decimal heading after it is numbered 'N.1': it takes the decimal
    style one level above '1.1' (rank of '1.', 1.1x0), whether or not it was found as a heading;
    so does a heading numbered N+1 right after part N, whether or not sections follow it ('2 要求').
    A numbered line with no 'N.1' section after it and no part before it ('3 人员 5 车辆', a table's
    row) stays as it was."""
    decimal = [h for h in found if h.style.startswith("1.1x")]
    if not decimal:
        return found
    by_index = {h.index: h for h in found}
    out = dict(by_index)
    last = 0   # the number of the last part taken
    for i, block in enumerate(blocks):
        text = block.text.strip()
        match = DECIMAL_PART.match(text)
        if not match or len(text) > DECIMAL_PART_MAX or sg.terminal(text) or sg.has_clause_mark(text):
            continue
        old = by_index.get(i)
        if old is not None and old.style:
            continue   # a numbering of its own already ('1、…' is not a bare number)
        number = int(match["n"])
        nxt = next((h for h in decimal if h.index > i), None)
        sections = nxt is not None and re.match(rf"{number}[.．]1(?!\d)", blocks[nxt.index].text.strip()) \
            and not any(i < h.index < nxt.index and h.strong for h in found)
        # the next part of a series already taken, found as a heading, needs no sections of its own
        # ('2 要求' after '1 总则' over '1.1 …')
        if sections or last and number == last + 1 and old is not None:
            out[i] = Heading(i, f"1.1x0|{_end(text)}", "1.1x0", True)
            last = number
    return sorted(out.values(), key=lambda h: h.index)


ZERO_DECIMAL = re.compile(r"^(?P<stem>\d{1,3}(?:[.．]\d{1,3})*)[.．]0(?!\d)")


def _zero_decimal_parts(blocks: list[Block], found: list[Heading]) -> list[Heading]:
    """(r42zero) A policy, a standard or a plan numbers its parts `1.0 Purpose`, `7.0 DEFINITIONS` and their
    sections `7.1`, `7.2`: the zero makes the part's number as long as its sections', so by its numbering
    alone it would stand beside them. A decimal heading whose last number is 0 (`N.0`) takes the decimal
    style one level up when a heading numbered `N.1` follows it before the next `N.0`-style part: it heads
    its sections. A `2.0` with no sections of its own is a part of that series all the same."""
    decimal = [h for h in found if h.style.startswith("1.1x")]
    zeros = {h.index: m["stem"] for h in decimal if (m := ZERO_DECIMAL.match(blocks[h.index].text.strip()))}
    if not zeros:
        return found
    headed = set()
    for h in decimal:
        stem = zeros.get(h.index)
        if stem is None:
            continue
        for later in decimal:
            if later.index <= h.index or later.style != h.style:
                continue
            if later.index in zeros:
                break
            if re.match(rf"{re.escape(stem)}[.．]1(?!\d)", blocks[later.index].text.strip()):
                headed.add(h.index)
                break
    if not headed:
        return found
    out = []
    for h in found:
        if h.index in zeros:
            style = f"1.1x{int(h.style[4:]) - 1}"
            h = replace(h, style=style, shape=style + "|" + h.shape.partition("|")[2])
        out.append(h)
    return out


def _lost_marks(blocks: list[Block], found: list[Heading]) -> list[Heading]:
    """'3.3 图形与连接线' among '### 3.2 自由绘制' and '## 4. 接口…': a decimal-numbered heading that
    lost its Markdown marks takes the marks of the marked headings numbered the same way (as many
    number parts), so it stands beside its siblings instead of under them (newdocs round 2, xn12).
    Only where every marked heading with that numbering has the same marks."""
    marks: dict[str, set[str]] = {}
    for h in found:
        if h.style.startswith("md"):
            inner = sg.numbering(sg.unmarked(blocks[h.index].text))
            if inner.startswith(("1.1x", "1.")):
                marks.setdefault(inner, set()).add(h.style)
    out = []
    for h in found:
        depth = marks.get(h.style, set()) if not h.style.startswith("md") else set()
        if len(depth) == 1:
            style = next(iter(depth))
            h = replace(h, style=style, shape=style + "|" + h.shape.split("|", 1)[1])
        out.append(h)
    return out


def _names_field_group(blocks: list[Block], i: int) -> bool:
    """(r43en) A profile's group name set flush (`Geography`) right over its first field label, indented
    (`  Location:`, english.field_label): it names the fields under it, a head with heads under it, not a line
    with no text."""
    return i + 1 < len(blocks) and blocks[i].indent == 0 and blocks[i].lines == 1 and field_label(blocks[i + 1])


MARKED_ROMAN_MIN = 2   # Roman-numbered parts in series among one Markdown mark: a division series


def _marked_roman_parts(blocks: list[Block], found: list[Heading]) -> list[Heading]:
    """(r43en) ONE MARKDOWN MARK OVER PARTS AND THEIR SECTIONS: a PDF-to-Markdown extractor marks every
    line it takes for a heading with the same `##`, so an Act's Parts in capitals, numbered in Roman
    (`## I. PRELIMINARY`, `## II. UNION`), and the unnumbered marginal-note heads of its sections
    (`## Declaration of Union`) stand as peers. Where two or more such Roman-numbered capitals heads
    run in series (I, II, III …) under one mark and an unnumbered head of the same mark stands between
    two of them, the Roman series holds the others: the unnumbered heads of that mark take the mark one
    step below (as a writer's `###`). A text whose marked heads are all numbered, or all unnumbered,
    or whose Roman heads are not in capitals, is as it was."""
    def roman(h: Heading) -> int | None:
        bare = sg.unmarked(blocks[h.index].text).strip()
        match = sg.ROMAN_HEAD.match(bare)
        if not match or not sg.is_all_caps(bare):
            return None
        return sg.label_number("PART " + match["num"])
    by_mark: dict[str, list[Heading]] = {}
    for h in found:
        if h.style.startswith("md") and h.style[2:].isdigit() and int(h.style[2:]) < 6:
            by_mark.setdefault(h.style, []).append(h)
    lower: set[int] = set()
    marks: dict[int, str] = {}
    for mark, heads in by_mark.items():
        numbers = [(k, n) for k, h in enumerate(heads) if (n := roman(h)) is not None]
        if len(numbers) < MARKED_ROMAN_MIN or [n for _, n in numbers] != list(range(1, len(numbers) + 1)):
            continue
        first, last = numbers[0][0], numbers[-1][0]
        romans = {k for k, _ in numbers}
        plain = [k for k in range(first + 1, len(heads)) if k not in romans
                 and not sg.ROMAN_HEAD.match(sg.unmarked(blocks[heads[k].index].text).strip())]
        if not any(k < last for k in plain):
            continue
        lower |= {heads[k].index for k in plain}
        marks.update({heads[k].index: mark for k in plain})
        # a head between them the extractor left unmarked, its text unnumbered (a marginal note it missed:
        # `Short title`), is one of those sections too
        start = heads[first].index
        lower |= {h.index for h in found if h.index > start and not h.style.startswith("md") and not h.appendix
                  and not sg.numbering(blocks[h.index].text.strip())}
        marks.update({i: mark for i in lower if i not in marks})
    if not lower:
        return found
    out = []
    for h in found:
        if h.index in lower:
            style = f"md{int(marks[h.index][2:]) + 1}"
            h = replace(h, style=style, shape=style + "|" + h.shape.partition("|")[2], peer=False)
        out.append(h)
    return out


def _centred_over(blocks: list[Block], i: int, after: tuple[str, bool], centre: set[int]) -> bool:
    """A centred English heading right over a numbered one set flush or indented ('TERMS AND
    CONDITIONS' over '  0. Definitions.'): typewritten texts centre the divisions that hold
    numbered sections, so it heads them rather than waiting for body text. Not a chapter
    (an edition statement over 'CHAPTER I.'), not a line with a number in it."""
    return i in centre and i + 1 not in centre and bool(after[1]) and after[0] not in ("", "chapter") \
        and not any(ch.isdigit() for ch in blocks[i].text)


def _under_numbered_sentence(blocks: list[Block], kinds: list) -> list:
    """A bold run-in head flattened onto its own line ('一、关于某某项目问题。' then '你省请求，…。'
    on the next): every item's first sentence opens alike, so they read as a run of parallel
    sentences, but a sentence right under a numbered head that ends in '。' is that item's text,
    not a heading of its own; the numbered line is the head (unseen, xu3)."""
    out = list(kinds)
    for i in range(1, len(kinds)):
        kind, before = kinds[i], kinds[i - 1]
        if kind and kind[0].startswith("parallel") and before and not before[1] and before[0] \
                and not before[0].startswith(("parallel", "topic")) and _end(blocks[i - 1].text) == "。":
            out[i] = None
    return out


# (round13y) a government body's name: a few characters ending in the kind of body ('市发展改革委',
# '住房城乡建设部', '市场监管总局', '上海市人民政府', '某某区办公室')
BODY_NAME = r"[\u4e00-\u9fff]{1,14}?(?:委员会|委|局|厅|廳|部|署|院|办公室|辦公室|办|辦|政府)"
BODIES_LINE = re.compile(rf"^\s*{BODY_NAME}(?:[、\s\u3000]+{BODY_NAME})+\s*$")


def _bodies_line(text: str, kind) -> bool:
    """(round13y, xxk2/xxk7) A line that only lists government bodies, two or more names each ending
    in the kind of body and separated by '、' or spaces ('生态环境部 发展改革委', '市发展改革委、市住房
    城乡建设局'): a joint notice's signature rows, or the drafting bodies under an issued plan's name,
    never a section's heading. Only an unnumbered line."""
    return bool(kind) and not kind[0] and bool(BODIES_LINE.match(text))


# (round23) an issuing body under the title: a body's name as BODY_NAME reads it, or a field team's
# ('国家统计局某某调查队', '某某市消防救援支队')
ISSUER_NAME = re.compile(rf"^\s*(?:{BODY_NAME}|[\u4e00-\u9fff]{{2,16}}?(?:调查总队|调查队|支队|总队|大队|中心))\s*$")
ISSUERS_ON_TOP = 3   # body blocks from the top: the issuers stand right under the title, one a line


def _issuer_under_title(blocks: list[Block], i: int, kind) -> bool:
    """(round23, wq7) The issuing bodies set one a line right under the title, before any text (a
    statistical bulletin's `某某市统计局` / `国家统计局某某调查队`, a plan's drafting office): every
    line from the body's top down to this one is a body's name alone, so none of them heads a
    section. Only an unnumbered line among the top ISSUERS_ON_TOP."""
    return bool(kind) and not kind[0] and i < ISSUERS_ON_TOP \
        and all(ISSUER_NAME.match(b.text) and b.lines == 1 for b in blocks[:i + 1])


def _signature_over_date(blocks: list[Block], i: int, kind) -> bool:
    """A signature set over two lines above its date ('某某县某某村' / '某某调查专家组' /
    '二〇〇四年九月二十三日'): the first line is no heading, as a one-line signature over its date is
    not (unseen, xu2)."""
    return bool(kind) and not kind[0] and i + 2 < len(blocks) and sg.is_signing_date(blocks[i + 2].text) \
        and len(blocks[i + 1].text.strip()) <= 20 and not any(ch in "。！？!?，,；;：:" for ch in blocks[i + 1].text)


SIGNATURE_WORDS = 5   # words of an issuer's name signing over its date ('State Council')


def _en_signature(blocks: list[Block], i: int) -> bool:
    """(round6, xxg5) An issuer's name over the date it signed (`State Council` / `June 25, 2018`)
    under a notice's text: a short unnumbered line right over a line that is a date alone is the
    signature, as a Chinese one over its 落款 date is (`_signature_over_date`), not a section."""
    from .english import _dated
    return i + 1 < len(blocks) and 0 < len(blocks[i].text.split()) <= SIGNATURE_WORDS and blocks[i + 1].lines == 1 \
        and _dated(blocks[i + 1].text.strip())


ISSUED_KIND = re.compile(r"\b(?:Issuing|Issue of|Printing and Distributing|Promulgating|Forwarding|Releasing|Adopting)\s+(?:the\s+)?(?P<name>.+)$", re.I)
ISSUED_WORDS_MIN = 3
ISSUED_SHARE = 0.7   # of the name in the notice's title a line must hold


def _issued_title(blocks: list[Block], i: int, title: str) -> bool:
    """(round6, xxg5) A notice that issues a document names it in its own title (`Notice of the State
    Council on Issuing the Working Rules of the State Council`): the issued document's title, alone on
    its line under the notice (`Working Rules of the State Council`), is the heading over the rules'
    parts — as 印发…的通知 heads the 办法 it issues. Not the notice's first block (its title again)."""
    match = ISSUED_KIND.search(title)
    if not match or i == 0 or blocks[i].lines > 2:
        return False
    key = lambda t: " ".join(re.sub(r"^the\s+", "", t.strip(), flags=re.I).casefold().split()).rstrip(".")
    name, line = key(match["name"]), key(blocks[i].text)
    # the whole name, or its head when a site added words after it ('… of the State Council in China')
    return len(line.split()) >= ISSUED_WORDS_MIN and name.startswith(line) and len(line) >= ISSUED_SHARE * len(name)


def _caps_over_first(blocks: list[Block], i: int, after: tuple[str, bool]) -> bool:
    """A line in capitals right over the FIRST numbered section ('TERMS AND CONDITIONS FOR USE,
    REPRODUCTION, AND DISTRIBUTION' over '1. Definitions.', set flush as the sections): the
    division that holds the numbered sections (unseen, xu5), as `_centred_over` for a centred one.
    Not over a later section, not a chapter, not a line with a number in it (an edition statement)."""
    text = blocks[i].text.strip()
    return bool(after[1]) and after[0] not in ("", "chapter") and sg.is_all_caps(text) \
        and not any(ch.isdigit() for ch in text) and i + 1 < len(blocks) and _ordinal(blocks[i + 1].text.strip()) in (0, 1)


def _caps_over_next(blocks: list[Block], kinds, i: int) -> bool:
    """(r42parts) A line in capitals right over a LATER numbered section, where the sections are numbered
    through the whole text and the line over the first one was such a line too (`INTRODUCTION` / `1. …`
    / `2. …` / `PROGRESS SINCE 2015` / `3. …`): the next part of the text, holding the sections from
    there on. The section over it is the one numbered one less (the series runs on through it); a
    number in the part's name (a year) is no edition statement here, the first part having none."""
    after = kinds[i + 1] if i + 1 < len(blocks) else None
    text = blocks[i].text.strip()
    if not after or not after[1] or after[0] in ("", "chapter") or not sg.is_all_caps(text) or blocks[i].lines != 1:
        return False
    number = _ordinal(blocks[i + 1].text.strip())
    if not number or number < 2:
        return False
    before = next((j for j in range(i - 1, -1, -1) if kinds[j] and kinds[j][0] == after[0]), None)
    if before is None or _ordinal(blocks[before].text.strip()) != number - 1:
        return False
    return any(kinds[j + 1] and kinds[j + 1][0] == after[0] and kinds[j] and _caps_over_first(blocks, j, kinds[j + 1])
               for j in range(before))


def _list_item(style: str, after: str, before: str = "") -> bool:
    """A one-sentence numbered line is an item of a list, not a heading, when the next line is the
    next item ('（六）…。' then '（七）…'), or opens an outer part ('（四）…。' then '二、…'): a
    heading would be followed by its own text or by deeper numbering. So is the last item of a
    list, right after the item before it ('（二十八）…。…。' then '（二十九）…。' then a closing
    paragraph): a heading would have its predecessor's text between them."""
    if before and sg.numbering(before) == style:
        return True
    following = sg.numbering(after)
    if not following or following.startswith("md"):
        return False
    if following == style:
        return True
    mine, theirs = sg.rank(style), sg.rank(following)
    return mine is not None and theirs is not None and theirs < mine


TERM_MAX = 16   # characters of a glossary term on its own line, its number left out


def _glossary_term(style: str, text: str) -> bool:
    """'1.“两重”' on its own line above its definition, in a glossary: a numbered term (an inner
    numbering: '1.', '（1）', '（一）', '①'), not a heading."""
    rank = sg.rank(style) if style else None
    return rank is not None and rank >= sg.rank("（一）") and len(text) - len(style) <= TERM_MAX + 2


CN_ORDINAL = {c: n for n, c in enumerate("一二三四五六七八九", 1)}


def _ordinal(text: str) -> int | None:
    """The number a line's numbering gives: '（二十）…' -> 20, '（3）…' -> 3; None if unreadable."""
    digits = re.match(r"^[（(]?([0-9]+|[一二三四五六七八九十]+)", text)
    digits = digits.group(1) if digits else ""
    if not digits:
        return None
    if digits.isdigit():
        return int(digits)
    if "十" not in digits:
        return CN_ORDINAL.get(digits) if len(digits) == 1 else None
    tens, _, ones = digits.partition("十")
    return (CN_ORDINAL.get(tens, 0) if tens else 1) * 10 + (CN_ORDINAL.get(ones, 0) if ones else 0)


RUNIN_HEAD_MAX = 12   # characters of a run-in head's phrase with its full stop ('基本原则。', '指导思想。')
SIBLING_SCAN = 12     # blocks to the nearest sibling of the same numbering


def _runin_head(text: str) -> str:
    """The head phrase a numbered paragraph opens with, up to its first full stop, when it is a
    short phrase with no clause mark ('（一）指导思想。以…' -> '指导思想。'); '' if not."""
    rest = _unnumbered(text)
    head = rest[:rest.find("。") + 1] if "。" in rest else ""
    return head if 2 <= len(head) <= RUNIN_HEAD_MAX and not sg.has_clause_mark(head[:-1]) else ""


def _runin_head_alone(blocks: list[Block], i: int, style: str) -> bool:
    """(round8zh) A run-in head left alone on its line: '（二）基本原则。' with its text in the lines
    under it, between '（一）指导思想。以…' and '（三）发展目标。到…' run in. The line is the head phrase
    and nothing else (short, one full stop, no clause mark), the next block is unnumbered text, and
    a sibling of the same numbering near it runs its own head into its paragraph: the series uses
    run-in heads, so this one heads the paragraphs under it. A list's one-sentence items
    ('（二）加强监督。' then '（三）…') have no text of their own under them and stay items."""
    text = blocks[i].text.strip()
    if _runin_head(text) != _unnumbered(text) or i + 1 >= len(blocks) \
            or sg.numbering(blocks[i + 1].text) or len(blocks[i + 1].text) <= len(text):
        return False
    near = list(range(i - 1, max(-1, i - 1 - SIBLING_SCAN), -1)) + list(range(i + 1, min(len(blocks), i + 1 + SIBLING_SCAN)))
    for k in near:
        other = blocks[k].text.strip()
        if sg.numbering(other) == style:
            head = _runin_head(other)
            return bool(head) and len(_unnumbered(other)) > len(head)
    return False


SERIES_HEAD_MAX = 30   # (r43) characters of a standalone numbered head's one sentence, its full stop included


def _sentence_head(text: str) -> str:
    """(r43) The first sentence of a numbered line, up to its full stop, when it reads as a head: at most
    SERIES_HEAD_MAX characters, no clause mark inside; '' if not."""
    rest = _unnumbered(text)
    head = rest[:rest.find("。") + 1] if "。" in rest else ""
    return head if 2 <= len(head) <= SERIES_HEAD_MAX and not sg.has_clause_mark(head[:-1]) else ""


def _series_head_alone(blocks: list[Block], i: int, style: str) -> bool:
    """(r43) A series of numbered heads, each one sentence alone on its line over its paragraphs
    (`（一）“三驾马车”同步发力拉动增长。` / `一季度…。`), one item of which runs its head into its paragraph
    instead (`（四）能源利用效率提高印证增长。一季度…。`: the page set the last one inline). The run-in item
    reads as a paragraph, and `_series_of_items` would then take the whole series as a list's items;
    but the item that runs in still opens with a head's sentence, so the series is heads. The line
    is one such sentence (SERIES_HEAD_MAX, no clause mark), the block under it unnumbered and longer,
    and an item of its series (counting by one) opens with a head's sentence and goes on after it.
    Items with no text of their own under them stay a list's items."""
    text = blocks[i].text.strip()
    if _sentence_head(text) != _unnumbered(text) or i + 1 >= len(blocks) \
            or sg.numbering(blocks[i + 1].text) or len(blocks[i + 1].text) <= len(text):
        return False
    for k in _series(blocks, i, style):
        other = blocks[k].text.strip()
        head = _sentence_head(other)
        if head and len(_unnumbered(other)) > len(head):
            return True
    return False


def _unnumbered(text: str) -> str:
    """The line without the numbering it opens with ('（二）基本原则。' -> '基本原则。')."""
    text = text.strip()
    for _, pattern in sg.NUMBERING:
        match = pattern.match(text)
        if match:
            return text[match.end():].strip()
    return text


def _numbered_through(blocks: list[Block], i: int, style: str) -> bool:
    """A numbered item whose numbering does not restart under its part ('四、…' then '（二十）…'):
    the provisions of a regulation are numbered through all its parts, sub-headings restart at 1
    in each part. The first item of its style since the part's opening line, with a number above 1,
    is a provision, not a heading."""
    mine = sg.rank(style)
    if mine is None:
        return False
    for k in range(i - 1, -1, -1):
        other = sg.numbering(blocks[k].text)
        if other == style:
            return False
        theirs = sg.rank(other) if other else None
        if theirs is not None and theirs < mine:
            number = _ordinal(blocks[i].text)
            return number is not None and number > 1
    return False


# (r35) the name of a document a notice issues, set over that document's text: '关于…的实施意见', '…议事规则',
# its status in brackets after it at most ('（试行）', '（修订草案）')
ISSUED_NAME = re.compile(rf"^《?[^，。；：！？,;:!?]{{6,60}}?(?:{sg.DOC_KIND_END.pattern.rstrip('$')}|规则|規則|制度|章程)》?"
                         r"(?:[（(](?:试行|試行|暂行|暫行|草案|修订草案|修訂草案|征求意见稿|徵求意見稿)[）)])?$")


def _names_document(text: str) -> bool:
    """(r35) An unnumbered heading naming a document ('关于加强乡镇政府服务能力建设的实施意见'): the
    text of the document it names follows, so the numbered parts after it ('一、…') are its parts, not
    its peers, though it occurs once (levels.py, `period`). Not a name quoting another document inside
    it ('…关于批准《某某条例》的决定'): the chapters after it are the quoted document's, its peers."""
    flat = " ".join(text.split())
    if re.search(r".《[^《》]+》.", flat):
        return False   # '关于批准《某某条例》的决定': a decision on another document, whose parts are that document's (sy3)
    return bool(ISSUED_NAME.match(flat))


def title_heading(blocks: list[Block], headings: list[Heading], title_texts: tuple[str, ...] = ()) -> Heading | None:
    """The page's title written as a heading: the first heading, marked with a depth ('######',
    '# ', '= … =') that no other heading uses while every other marked heading is deeper, and no
    body text before it. It names the document; as a level it would hold every section and push
    each one level down ('****** Noise ******' over '***** History[edit] *****'). A numbered one
    ('## 第一编 总则') is the first part of a series, not the title. Nor is it where the title block
    (`title_texts`, any of its lines) is marked shallower itself ('# Report' over '## Review of 2021', '### 一、…'): the
    title is already named, the first '##' is the first part (a Markdown export of any text)."""
    if not headings or not headings[0].style.startswith("md"):
        return None
    first = headings[0]
    if any(sg.numbering(t).startswith("md") and sg.rank(sg.numbering(t)) < sg.rank(first.style) for t in title_texts):
        return None
    if len(headings) == 1 and first.style == "md1" and not any(sg.numbering(t).startswith("md") for t in title_texts):
        return first   # the text's one heading, '# …' (its site's chrome may stand over it), under no
        #                marked title: the title a Markdown export marks, not a section holding the whole text (robust2)
    ranks = [sg.rank(h.style) for h in headings[1:] if h.style.startswith("md")]
    if not ranks or min(ranks) <= sg.rank(first.style):
        return None
    if any(len(b.text) > MAX_HEADING for b in blocks[:first.index]):
        return None
    if sg.numbering(sg.unmarked(blocks[first.index].text)):
        return None   # '## 第一编 总则' over '### 第一章…': a numbered part, the first of its series
    if _numbers_the_next(sg.unmarked(blocks[first.index].text), sg.unmarked(blocks[headings[1].index].text)):
        return None   # '## 1 Process…' over '### 1.1 Roles…': the first part, numbered bare (robust3)
    return first


BARE_NUMBER = re.compile(r"^(\d{1,3})\s+\S")   # a section number without a point: '1 Process and production'


def _numbers_the_next(text: str, below: str) -> bool:
    """A heading opening with a bare number ('1 Process and production…', no point after it) whose
    next heading is numbered from it ('1.1 Roles…'): the first of a numbered series, its number
    the one the sub-sections carry (a Markdown export of a printed report, robust3)."""
    match = BARE_NUMBER.match(text)
    return bool(match) and below.startswith(match.group(1) + ".") and below[len(match.group(1)) + 1:][:1].isdigit()


def _listed_headings(blocks: list[Block], lang: str, outline: dict[int, int]) -> list[Heading]:
    first = min(outline)
    found = [h for h in find_headings(blocks, lang) if h.index > first and h.index not in outline]
    found += [Heading(i, f"listed{depth}|", "", True, depth=depth) for i, depth in outline.items()]
    return sorted(found, key=lambda h: h.index)


def _english_peers(found: list[Heading], centre: set[int] = frozenset(), blocks: list[Block] | None = None) -> list[Heading]:
    """Unnumbered English headings rank with the outermost numbered ones (english.outer_style).
    Centred ones (`centre`) do not: they head the numbered sections they stand over, and recur
    ('Preamble', 'TERMS AND CONDITIONS', 'How to Apply …'), so the nesting keeps them outside.
    The others are marked `peer`: english_peers sets their style, here and again once list items
    are dropped (a style borrowed from an item that is no heading would rank them wrong)."""
    held = _announced_divisions(found, blocks) if blocks is not None else set()
    marked = [replace(h, peer=True) if not h.style and not h.appendix and h.index not in centre | held
              else replace(h, period=True) if h.index in held and h.index == max(held) else h for h in found]
    return english_peers(marked, [blocks[h.index].text for h in marked] if blocks is not None else None)


ANNOUNCING = re.compile(r"[:：]\s*$")   # a paragraph that announces what follows ('The report is in five parts:')
# the words of an enacting formula or a resolution's ('Be it enacted …', 'The Minister makes the following regulations:')
ENACTING = re.compile(r"(?i)\b(?:enact|proclaim|ordain|decree|resolve|agree|hereby|order(?:s|ed)?\b|declares?\b"
                      r"|makes? the following)")


def _announced_divisions(found: list[Heading], blocks: list[Block]) -> set[int]:
    """(r29levels) A HEAD THAT ANNOUNCES THE DIVISIONS HOLDS THEM: an unnumbered head whose text ends in a colon
    right over the first division of the outermost numbered style, as its one paragraph ('Structure of the Report' / 'The report is in
    five parts:' / 'Part One – Overview' / 'Part Two – …'; 'How this guide is organised' / '… as follows:' /
    'Chapter 1 …') describes them: they are its sub-heads, not its peers (a book's 'INTRODUCTION' closed by a
    sentence before 'PART 1' stays a peer). The head and the unnumbered heads of its shape before it (its peers)
    are returned; none when there is no such head."""
    outer = outer_style([h.style for h in found if h.style and not h.appendix])
    first = next((k for k, h in enumerate(found) if outer and h.style == outer), 0)
    if first == 0:
        return set()
    head, division = found[first - 1], found[first]
    between = [b.text for b in blocks[head.index + 1:division.index] if b.text.strip()]
    if head.style or head.appendix or len(between) != 1 or not ANNOUNCING.search(between[-1]) \
            or ENACTING.search(between[-1]):
        return set()   # one paragraph under the head, announcing: a preamble's recitals or an enacting formula
        #                ('… it is hereby proclaimed as follows:') before an Act's first Part are no announcement
    return {h.index for h in found[:first] if not h.style and not h.appendix and h.shape == head.shape}


# (r23level) the names of a book's or report's back matter: a part of its own after the last
# numbered division, never a sub-head inside it
BACK_MATTER_EN = re.compile(r"^(?:notes?|endnotes|references|bibliography|index|glossary|appendix|appendices|annex(?:es)?"
                            r"|acknowledge?ments?|sources|further reading|conclusions?|epilogue|afterword|postscript"
                            r"|see also|external links|works cited|footnotes)\b", re.I)


def _back_matter_beside_parts(blocks: list[Block], found: list[Heading]) -> list[Heading]:
    """(r44) BACK MATTER AFTER UNNUMBERED PARTS AND THEIR SUB-HEADS: an article whose parts are told from
    their sub-heads only by standing over them (`History` / `Early settlement` / text …, a shape of
    their own, 'name|'), then `References`, `Notes`, `See also` (BACK_MATTER_EN) after the last sub-head's
    text: the back matter is the article's, a part beside the others, not a sub-head of the last part,
    so it takes the parts' shape. Numbered outlines rank it by their numbers (`english_peers`)."""
    parts = [h for h in found if h.shape.startswith("name|") and not h.style]
    if not parts:
        return found
    last = parts[-1]
    return [replace(h, shape=last.shape) if h.index > last.index and not h.style and not h.appendix
            and not h.shape.startswith("name|") and BACK_MATTER_EN.match(blocks[h.index].text.strip()) else h
            for h in found]


OPENED_LABEL_WORDS = 2   # words of a bare label ('Part A', 'SECTION I'): a division with its name has more


def english_peers(headings: list[Heading], texts: list[str] | None = None) -> list[Heading]:
    """The style of each `peer` heading (an unnumbered English one, _english_peers): the outermost
    numbered style of the other headings ('Abstract' beside '1.  Introduction', 'Preamble' beside
    'Article 1'), except where the numbering says the unnumbered ones are not its peers (r23level):
    - SUB-HEADS INSIDE NUMBERED DIVISIONS: unnumbered heads standing between two headings of the
      outermost style ('CHAPTER II.' / 'Memory' / 'Dreams' / 'CHAPTER III.') head parts of the
      division open over them. They, and the later heads of their shape after the last division
      (the excerpt's last chapter has them too), nest under it. Heads before the first division
      ('THE INTRODUCTION' before 'PART 1') and back matter (`BACK_MATTER_EN`) stay its peers.
      (r31enheads) When the last division's label stands straight over an unnumbered head (no text
      between: the division opens with its first sub-head), every head after it nests under it;
    - A SUB-SECTION NUMBER WITH NO SECTION NUMBER: when the outermost numbering is a decimal of two
      parts or more ('1.1 Role of …' with no '1.' heading), the number itself says a level stands
      above it, and the unnumbered heads over the first decimal ('Background and Introduction')
      fill it: they hold the decimal series (as a period's part holds a numbered series,
      levels.py), not stand beside it. Later ones ('4.1 Overview' … 'Digital Identity Model') stay
      peers: the series they follow was not theirs.
    `texts`: each heading's text (for the back-matter names), when the caller has them."""
    own = [h.style for h in headings if not h.peer]
    outer = outer_style(own)
    if not outer:
        return [replace(h, style="") if h.peer and h.style else h for h in headings]
    divisions = [k for k, h in enumerate(headings) if not h.peer and h.style == outer]
    first, last = divisions[0], divisions[-1]
    if outer.startswith("1.1x"):   # over the first decimal: it holds the series; after it, a peer
        return [(replace(h, style="", period=True) if k < first else replace(h, style=outer)) if h.peer else h
                for k, h in enumerate(headings)]
    inside = {k for k, h in enumerate(headings) if h.peer and first < k < last}
    # (r31enheads) the last division's label straight over an unnumbered head, no text between
    # ('SECTION I - REVIEW OF THE ECONOMY' / 'THE PATH TO ECONOMIC RECOVERY'): the division opens with
    # its first sub-head, so every head after it (back matter aside) is inside it, whatever its shape
    # (a bare label, 'Part A' over a gazette's dateline, takes the line under it as its name: no such opening)
    opened = last + 1 < len(headings) and headings[last + 1].peer and headings[last + 1].index == headings[last].index + 1 \
        and texts is not None and len(texts[last].split()) > OPENED_LABEL_WORDS
    inner_shapes = {headings[k].shape for k in inside}
    out, subs = [], set()
    for k, h in enumerate(headings):
        if h.peer and k < first and texts is not None and sg.INSTRUMENT_NAME.match(texts[k].strip()) \
                and sg.is_all_caps(texts[k]) and headings[first].style not in ("chapter", "article", "section"):
            # (r26legal) an instrument's name in capitals over the first numbered sections ('THE KIRIBATI
            # INDEPENDENCE ORDER 1979' / 'Citation and commencement' / '1. …', the Order a compilation opens
            # with; no Part or Article between): it holds them, as a period's part holds its numbered series
            out.append(replace(h, style="", period=True))
            continue
        if h.peer:
            back = texts is not None and bool(BACK_MATTER_EN.match(texts[k].strip()))
            sub = not back and (k in inside or k > last and (h.shape in inner_shapes or opened))
            h = replace(h, style="" if sub else outer)
            if sub:
                subs.add(k)
        out.append(h)
    # (r26legal) a sub-head inside a division that has the shape of a peer outside them ('PREAMBLE' before
    # the articles, 'PRINCIPLES' inside 'ARTICLE II'): a shape of its own, or it would close the division
    # as the peer's shape does
    outside = {h.shape for k, h in enumerate(out) if h.peer and k not in subs}
    return [replace(h, shape="sub-" + h.shape) if k in subs and h.shape in outside else h for k, h in enumerate(out)]


TITLE_CASE_WORDS = 2   # capitalised words of four letters or more that make a heading Title Case


def _title_case(text: str) -> bool:
    """'Business Vehicle Registration Relief Package': not capitals, and every word of four letters or
    more capitalised, TITLE_CASE_WORDS or more of them."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", text) if len(w) >= 4]
    return not sg.is_all_caps(text) and len(words) >= TITLE_CASE_WORDS and all(w[0].isupper() for w in words)


def _lone_question(found: list[Heading]) -> list[Heading]:
    """(r26enheads) ONE QUESTION AMONG PLAIN HEADS: a guidance page asks one of its heads ('Who can
    apply?' / 'What the grant pays for' / 'How to apply'): its question mark gives it a shape of its
    own ('caps|?'), which would hold every plain head after it. A level needs more than one head of
    its shape; a lone unnumbered question beside plain unnumbered heads is their peer, so it takes
    their shape. Two questions or more (a workshop's question slides under its parts) keep theirs."""
    asked = [h for h in found if not h.style and not h.appendix and h.shape == "caps|?"]
    if len(asked) != 1 or not any(not h.style and not h.appendix and h.shape == "caps|" for h in found):
        return found
    return [replace(h, shape="caps|") if h is asked[0] else h for h in found]


def _sentence_case(text: str) -> bool:
    """'Registration freeze for light vehicles', 'Summer fun day': capital first, a later word in lower
    case that Title Case would capitalise too (not a small word such as 'and', 'of', 'the')."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", text)]
    return len(words) >= 2 and words[0][0].isupper() and any(w[0].islower() and w.casefold() not in CASE_SMALL_WORDS for w in words[1:])


CASE_SMALL_WORDS = {"a", "an", "and", "as", "at", "but", "by", "for", "from", "if", "in", "into", "nor", "of", "on", "or",
                    "per", "the", "to", "via", "with"}


def _case_levels(blocks: list[Block], found: list[Heading]) -> list[Heading]:
    """(r23level) CAPITALISATION AS THE LEVEL: a text heads its divisions in one case and the topics
    under them in a lower one. Both are unnumbered 'caps' heads, one shape, so they stood as peers;
    the upper case takes a shape of its own, and holds the others, where the text's unnumbered
    heads fall in that pattern:
    - CAPITALS over mixed case ('THE AMUSEMENTS ACT' … 'THE CIVIL SERVICE SUPERANNUATION ACT' /
      'Rate of interest'; 'COMMUNICATIONS' / 'Railways'): the first is in capitals, CAPS_HEADS or
      more are, and some are not ('Preamble' then 'TERMS AND CONDITIONS' does not: mixed case first);
    - Title Case over sentence case ('Business Vehicle Registration Relief Package' / 'Registration
      freeze for light and heavy vehicles', 'Applications'), none in capitals: the first is Title
      Case, each Title Case head is followed by a sentence-case one, and sentence-case heads are at
      least twice as many (a text mixing the cases among peers, 'Our Approach', 'Related work',
      'Future Work', does not)."""
    plain = [h for h in found if not h.style and not h.appendix and "caps|" in h.shape]
    if len(plain) < 3:
        return found
    capitals = [sg.is_all_caps(blocks[h.index].text) for h in plain]
    if capitals[0] and sum(capitals) >= CAPS_HEADS and not all(capitals):
        return _upper_case(found, {h.index for h, c in zip(plain, capitals) if c}, "CAPS")
    if any(capitals):
        return found   # capitals among them: a third case, not the Title / sentence pattern
    # (r26enheads) a head of one long word ('Background', 'Method') shows no case: it is no sentence-case
    # head under a Title Case one, and counts neither way ('Executive Summary' over 'Background' …
    # 'Findings' is one level of peers)
    plain = [h for h in plain if _title_case(blocks[h.index].text) or _sentence_case(blocks[h.index].text)]
    if len(plain) < 3:
        return found
    titled = [_title_case(blocks[h.index].text) for h in plain]
    if not titled[0] or any(a and b for a, b in zip(titled, titled[1:])) or titled[-1] \
            or sum(titled) >= len(titled) - sum(titled):
        return found
    return _upper_case(found, {h.index for h, t in zip(plain, titled) if t}, "Title")


CAPS_HEADS = 2   # headings in capitals that make capitals a level of their own


def _upper_case(found: list[Heading], upper: set[int], case: str) -> list[Heading]:
    # a division's name over its first sub-head (_name_over_first_head) is one of the divisions in
    # that case: their shape, not one of its own ('COMMUNICATIONS' / 'Railways' … 'PUBLIC FINANCE')
    return [replace(h, shape=h.shape.removeprefix("name|").replace("caps|", case + "|", 1)) if h.index in upper else h
            for h in found]


def below_markdown_title(headings: list[Heading], title_text: str) -> list[Heading]:
    """A markdown text titled by its first '#' line whose sections are '##': a later '#' heading is
    one more section written a depth too high, not a second title, so it ranks with the body's
    first (outermost-so-far) heading ('# Installation' among '## Dependencies', '## Examples')."""
    if sg.numbering(title_text) != "md1":
        return headings
    marked = [h for h in headings if h.style.startswith("md")]
    if not marked or marked[0].style == "md1":
        return headings
    top = marked[0].style
    if min(sg.rank(h.style) for h in marked if h.style != "md1") < sg.rank(top):
        return headings   # a deeper opening section ('### About this compilation') then '# Chapter 1' over
        #                   '## Part 1': the '#' heading holds the shallower ones, it is no stray (newdocs round 3)
    return [replace(h, style=top, shape=h.shape.replace("md1", top, 1)) if h.style == "md1" else h for h in headings]
