"""Turn every quantity in a Document's paragraphs into a FigureRecord.

    records = extract_figures(document)
    records[0].mention, records[0].value, records[0].change   # '450亿元', 4.5e10, '+13.5%'

A change phrase that opens a clause right after an amount (`450亿元，增长13.5%`)
becomes that amount's `change`, not a record; a change with no amount before it
(`生产总值增长19%`) is a record of its own (value -> +19, unit %, change '+19%').
Figures in a section titled as a plan (任务, 目标, 安排 …) or after 目标/力争/确保 …
in their sentence are targets.

A count of a plain noun is a figure in any document when it announces the list after it
(`identifies three factors as …:` and three bullet items): `_announces`. A fact sheet's bare list
item under a heading (`### Population` / `- 18,056,072 (July 2012 est.)`) is named by the heading:
`_fact_row`.

Three passes over each paragraph's quantities (scan.py): changes.py marks what each value is
(an amount, a change, the start of a change), naming.py names what it measures, and
notes.py renames values an editor's note explains.
"""
from __future__ import annotations

from dataclasses import replace

import re
from typing import Iterator

from ..clean.vocab import unglossed
from ..model import Document, FigureRecord, Paragraph, Section
from .changes import Hit, attach_changes, change_text, find_changes, mark_starts
from .clauses_en import ITEM_MARK, governed_item, governs
from .indicator import clause_start
from .naming import is_english, name_indicators
from .notes import named_by_notes
from .scan import alternation, scan_quantities
from .units import TARGET_SENTENCE_WORDS, TARGET_TITLE_WORDS, TARGET_WORD_COMPOUNDS, WIDTH_MAP

_SENTENCE_END = "。！？!?\n"
_TARGET_WORDS = re.compile(alternation(TARGET_SENTENCE_WORDS))
_NO_TARGET = re.compile(alternation(TARGET_WORD_COMPOUNDS))


def _targetless(text: str) -> str:
    """`text` with the compounds that hold a target word and set no target masked out, its length
    kept (offsets stay valid): '全国计划生育优质服务先进区' names an honour, not a plan."""
    return _NO_TARGET.sub(lambda m: "\u3000" * len(m.group()), text)
MIN_OTHER_FIGURES = 5


def _string_hits(text: str) -> list[Hit]:
    quantities = scan_quantities(text)
    if not quantities:
        return []         # most lines: the passes below only read and mark hits
    plain = text.translate(WIDTH_MAP).translate(_SIMPLIFIED)   # 增長 reads as 增长 (see _SIMPLIFIED)
    hits = [Hit(q, clause_start(plain, q.start, _SENTENCE_END)) for q in quantities]
    find_changes(plain, hits)
    attach_changes(plain, hits)
    mark_starts(plain, hits)
    name_indicators(plain, hits)
    return hits


_WHEN = re.compile(r"((?:19|20)\d\d)年")
# characters back a value's sentence is read: a sentence's length at most (an English paragraph has no
# Chinese sentence mark, so its `sentence` start is the paragraph's: a whole text on one line made each read quadratic)
SENTENCE_REACH = 600


def _when(plain: str, hit: Hit) -> str:
    """The last year in Arabic digits named in the value's sentence before it, or ''."""
    years = _WHEN.findall(plain, max(hit.sentence, hit.q.start - SENTENCE_REACH), hit.q.start)
    return years[-1] if years else ""


# A count that announces a list (`identifies three factors as the cornerstones of authentication:`
# and then three bullet items): the text enumerates what it counts, so the count states the
# document's content (a definition's or a standard's count), not a story's `seven robbers`. Only
# when its sentence closes the paragraph with a colon and the items after it are as many as it says.
_BULLET = re.compile(r"^\s*(?P<mark>[•◦▪‣·*–-])\s")
_SENTENCE_BREAK = re.compile(r"[.!?](?=\s)|[。！？\n]")
_NUMBERED = re.compile(r"^\s*\(?(?:\d{1,2}|[a-h])[.)]\s")


def _listed(paragraphs: list[Paragraph], at: int) -> int:
    """How many list items follow paragraph `at` when it ends with a colon, else 0. A run of
    paragraphs opening with a bullet or an item number; a bullet item the front half left glued to
    the one before it (`• Something you have. • Something you are.`) counts too."""
    if not paragraphs[at].text.rstrip().endswith((":", "：")):
        return 0
    items = 0
    for paragraph in paragraphs[at + 1:]:
        bullet = _BULLET.match(paragraph.text)
        if bullet:
            items += len(re.findall(rf"(?:^|(?<=[.;:]\s)){re.escape(bullet['mark'])}\s", paragraph.text.strip()))
        elif _NUMBERED.match(paragraph.text):
            items += 1
        else:
            break
    return items


# A list item that labels its row before a colon (`- 15–64 years: 1.03 male(s)/female`, one item a
# paragraph since the front half keeps a list's items apart): the label says which row the value
# after the colon belongs to; a quantity in it (`15–64 years`) is no figure of the text.
_ITEM_LABEL = re.compile(r"^\s*(?:[•◦▪‣·*–-]|\(?(?:\d{1,2}|[a-z])[.)])\s+(?P<label>[^:.;]{1,40}):\s+\S*\d")


def _item_label_end(text: str) -> int:
    """Where the label of a labelled list item ends (its colon), 0 if the text is no such item."""
    match = _ITEM_LABEL.match(text)
    return match.end("label") if match else 0


def _announces(plain: str, q, listed: int) -> bool:
    """`q` is the count of the list after its paragraph (see _BULLET): its value is the number of
    items, and it stands in the paragraph's last sentence."""
    return listed >= 2 and q.value == listed and not _SENTENCE_BREAK.search(plain, q.end, len(plain.rstrip()) - 1)


def _records(paragraph: Paragraph, section: str, plan: bool, governing: str = "",
             listed: int = 0) -> Iterator[tuple[FigureRecord, bool]]:
    if paragraph.verbatim:   # a listing's or a table's numbers are values of code and columns, not
        return           # statements of the text: no sentence around them names an indicator
    n = 0
    for part, text in (("lead", paragraph.lead), ("text", paragraph.text)):
        plain = text.translate(WIDTH_MAP).translate(_SIMPLIFIED)   # same length: offsets stay valid
        ids: dict[int, str] = {}
        label = _item_label_end(plain)
        masked = _targetless(plain)
        for hit in _string_hits(text):
            if hit.attached or hit.q.end <= label and is_english(plain, hit.q):
                continue
            ids[id(hit)] = f"{paragraph.id}-v{n + 1}"
            if governing and is_english(plain, hit.q):      # a list item split from its clause
                hit.indicator = governed_item(governing, plain, hit.q) or hit.indicator
            n += 1
            q = hit.q
            target = plan or bool(_TARGET_WORDS.search(masked, max(hit.sentence, q.start - SENTENCE_REACH), q.start))
            value, change = q.value, ""
            if hit.sign:
                change = change_text(hit)
                value = -q.value if hit.sign == "-" else q.value
            yield FigureRecord(
                id=f"{paragraph.id}-v{n}", paragraph=paragraph.id, part=part,
                start=q.start, end=q.end, mention=text[q.start:q.end],
                indicator=hit.indicator, value=value, unit=q.unit, display=q.display,
                change=change or hit.change, approximate=q.approximate, target=target,
                section=section, starts_change=hit.starts, when=_when(plain, hit),
                series=ids.get(id(hit.series), "") if hit.series is not None else "",
                change_from=plain[hit.start_of.q.start:hit.start_of.q.end] if hit.start_of else ""), \
                q.generic and not _announces(plain, q, listed)


# A list item that is only a value and its note (`- 18,056,072 (July 2012 est.)`) under a heading that
# names a measure (`### Population`): a fact sheet's row, the heading its indicator. Only a number too
# large or too precise to be an item's label (thousands grouped, a decimal, five digits or more), never
# a year; the heading short and free of digits.
_BARE_ITEM = re.compile(r"^\s*(?:[-*•]\s+)?(?P<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+|\d{5,})"
                        r"\s*(?:\((?P<note>[^()\n]{1,40})\))?\s*$")
_HEADING_MEASURE = re.compile(r"[A-Za-z][A-Za-z ,'’-]{1,40}")


def _fact_row(paragraph: Paragraph, section: Section) -> FigureRecord | None:
    """The value of a fact sheet's bare list item, named by its heading (see _BARE_ITEM), or None."""
    m = _BARE_ITEM.match(paragraph.text)
    if not m or paragraph.verbatim or not _HEADING_MEASURE.fullmatch(section.title.strip()) \
            or re.fullmatch(r"1[5-9]\d\d|20\d\d", m["n"]):
        return None
    value = float(m["n"].replace(",", ""))
    year = re.search(r"(?:19|20)\d\d", m["note"] or "")
    return FigureRecord(id=f"{paragraph.id}-v1", paragraph=paragraph.id, part="text", start=m.start("n"),
                        end=m.end("n"), mention=m["n"], indicator=section.title.strip(), value=value, unit="",
                        display=m["n"], approximate="est" in (m["note"] or ""), section=section.id,
                        when=year.group() if year else "")


def _walk(sections: list[Section], plan: bool) -> Iterator[tuple[FigureRecord, bool]]:
    for section in sections:
        inner_plan = plan or any(w in _targetless(section.title) for w in TARGET_TITLE_WORDS)
        governing = ""                 # the unfinished clause a run of list items completes
        for at, paragraph in enumerate(section.paragraphs):
            fact = _fact_row(paragraph, section)
            if fact is not None and not any(True for _ in _records(paragraph, section.id, inner_plan)):
                yield fact, False
                continue
            yield from _records(paragraph, section.id, inner_plan, governing, _listed(section.paragraphs, at))
            if not ITEM_MARK.match(paragraph.text):
                governing = paragraph.text if governs(paragraph.text) else ""
        yield from _walk(section.sections, inner_plan)


def extract_figures(document: Document) -> tuple[FigureRecord, ...]:
    """Every statistic mention in the document's paragraphs, in document order.

    Generic quantities (plain counts `four major types`, number words with everyday units
    `ten minutes`: english.py) are kept only when the document has at least
    `MIN_OTHER_FIGURES` other figures and more of them: in a report they are figures, in
    a novel (`two little girls`) or a manual (`two passes`) they are not."""
    found = [r for p in document.front for r in _records(p, "", False)]
    found += list(_walk(document.sections, False))
    others = sum(not generic for _, generic in found)
    keep = others >= max(MIN_OTHER_FIGURES, len(found) - others)
    records = named_by_notes(document, [r for r, generic in found if not generic or keep])
    return tuple(in_script(without_note_marks(r), document.lang) for r in records)


# A note or citation marker glued to the term a value follows (`全年国内生产总值[2]1210207亿元`, a
# Wikipedia `GDP[3] of`): the marker points at a note, it names nothing; cut where the name was cut
# inside it, it left `国内生产总值[2` in the appendix.
_NOTE_MARKS = re.compile(r"\s*[\[［]\d{1,3}[\]］]|\s*[\[［]\d{1,3}$|^\d{1,3}[\]］]\s*")


# issue 11 (branch figures15): a mirror that glosses characters with their pinyin in brackets, inside the word
# (`地區(qū)生產(chǎn)總值`): the gloss reads the character aloud, it names nothing; the name is the word without it
# (`clean.vocab.PINYIN_GLOSS`).
def without_glosses(text: str) -> str:
    """`地區(qū)生產(chǎn)總值` -> `地區生產總值`: pinyin glosses in brackets taken out of a term."""
    return unglossed(text)


def without_note_marks(record: FigureRecord) -> FigureRecord:
    """The record with the note markers and pinyin glosses taken out of its indicator (when a name is left)."""
    named = without_glosses(_NOTE_MARKS.sub("", record.indicator)).strip()
    return record if named == record.indicator or len(named) < 2 else replace(record, indicator=named)


# The words naming adds of its own ('…数', '…时长', '…金额', '…年龄') are written in Simplified
# characters; a Traditional text's appendix shows them in its own script ('國宴桌数' -> '國宴桌數').
# Only the characters of those added words: the text's own words are already in its script.
_TRADITIONAL = str.maketrans("数时长额龄总产费间资规计业际预货币变",
                             "數時長額齡總產費間資規計業際預貨幣變")


# issue 11 (branch figures15): naming's cue words are Simplified (增长, 总值, 产值, 同比…); a Traditional text
# writes them `增長`, `總值`, so a change after its amount (`…億元,比上年同期增長5.0%`) was named by its comparison.
# Naming reads the text through the inverse of _TRADITIONAL -- the same characters, one to one -- and in_script
# writes them back in a Traditional document's indicators, so its appendix keeps its script.
_SIMPLIFIED = {v: k for k, v in _TRADITIONAL.items()}


def in_script(record: FigureRecord, lang: str) -> FigureRecord:
    """The record with its indicator's added words in the document's script (zh-TW: Traditional)."""
    if not lang.startswith(("zh-TW", "zh-HK", "zh-Hant")):
        return record
    named = record.indicator.translate(_TRADITIONAL)
    return record if named == record.indicator else replace(record, indicator=named)
