"""Heading levels from the document's own pattern.

Walk the headings in order with a stack of open shapes (outermost first):
- a shape already on the stack closes everything under it and takes its place;
- a new shape nests under the top, except
  * two numbering styles with a conventional order ('一、' outside '（一）') are
    placed by that order relative to what is open;
  * an unranked shape that follows a finished run of leaf siblings ('一是…' ×6,
    none with children) is their sibling, not their child: children come early
    in a series, not after five childless items. Not after a run of English chapters or parts
    ('CHAPTER I.', 'CHAPTER II.', then 'Memory'; five acts' names in capitals, then a sentence-case
    head under the last): a division holds sub-heads wherever they start, the first chapters of a
    book may have none (r23level, DIVISION_SHAPES);
  * a ranked shape that follows a finished series of unranked leaf headings ('这五年，…。'
    ×6, none with children, then '（一）…') is a sibling of that series: a
    numbered series does not nest under a run of unnumbered ones;
- a ranked heading of a new shape that equals or outranks an open ranked one closes the unranked
  sub-heads opened under it and takes its place ('## Essential cookies' / 'Purpose' / '## Do you
  want …?': the '##' head with its question mark is the first one's peer, not a sub-head of
  'Purpose'; r23level);
- a ranked (numbered, or marked with its depth) heading does not nest under an unranked one
  that occurs once in the whole text: a line before the numbered series ('当前形势和任务' +
  '一、…' + '二、…', a stray or an unconsumed subtitle) is its peer, else it would push every
  level of the document down. Unranked parts that recur ('2009年工作回顾' … '2010年工作任务',
  the numbering restarting under each) stay parents, and so does one that names a period's work
  even when it is the only one in the text ('2021年工作回顾' in a summary or an excerpt, unseen10);
- an unranked sub-head whose shape occurs once, inside a numbered part, is the sibling of the
  unranked sub-heads after it when their shape recurs in the text ('保障…，保护…，保护…整体权益'
  then '维护国家海上主权', '维护人民利益' under '一、使命：…。'): it differs by its commas only;
- an unnumbered opening part ('前言', '序言') before any numbered heading is the peer of the numbered
  parts that follow it, whatever their rank ('前言' then '一、…' in a white paper): it opens the
  series, it does not hold it (newdocs);
- an appendix ('附件1') is level 1 and starts a fresh pattern under it;
- a heading the document's own contents list names (outline.py) takes the listed depth; the
  headings between two listed ones nest under the one before by the pattern above.
Levels deeper than MAX_LEVEL are kept at MAX_LEVEL, with a warning.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from . import signals as sg
from .headings import Heading

MAX_LEVEL = 6   # keeps ids within 40 characters and outlines readable
CJK_SERIES = frozenset(("第编", "第分编", "第章", "第节", "壹、", "一、", "一", "（一）"))   # Chinese numbered series (the rule below)
# (r23level) shapes of divisions: English chapters and parts, and heads whose letter case sets them over
# the others (headings._case_levels: 'CAPS|', 'Title|'), hold sub-heads that start after a run of them
DIVISION_SHAPES = ("chapter:", "CAPS|", "Title|", "article|")   # (r26legal) an article holds the sub-heads of its
#   groups of sections ('ARTICLE II' … / 'PRINCIPLES' / 'SECTION 1. …'), the first articles with none
OPENING = "序言"   # the style of an unnumbered opening or closing part (signals.is_preamble)


@dataclass
class _Open:
    shape: str
    rank: float | None
    count: int = 1          # headings of this shape seen since it opened
    parent: bool = False    # has any of them had a child heading
    opening: bool = False   # an unnumbered opening part ('前言', '序言') before any numbered heading
    period: bool = False    # an unnumbered part naming a period's work ('2021年工作回顾', signals.is_period_part)


# (round21en) a code's divisions by their word: a title holds subtitles, a part subparts, a chapter
# subchapters ('SUBTITLE D.' / 'CHAPTER 551.' / 'SUBCHAPTER A.' in a bill inserting a code): the
# 'SUB' word ranks just inside its own word, so it nests under it and over the sections
# (r25labels) a Division sits inside a Part and over a Chapter (Australian and Canadian Acts: Part >
# Division > Subdivision > section; Palau's code: Title > Division > Chapter), a Subdivision just inside it
DIVISION_WORD_RANK = {"TITLE": 0.25, "SUBTITLE": 0.35, "PART": 0.5, "BOOK": 0.5, "SUBPART": 0.6,
                      "DIVISION": 0.75, "SUBDIVISION": 0.8, "SUBCHAPTER": 1.1,
                      "ACT": 0.5, "SCENE": 1.2}   # (r28books) a play's acts hold its scenes
# where jurisdictions disagree the text's own order decides: a code whose first Division comes before its
# first Part sets Divisions over Parts (California's Title > Division > Part > Chapter); an Act whose first
# Chapter comes before its first Division, with no Part, sets Divisions inside Chapters
DIVISION_OVER_PART = {"DIVISION": 0.45, "SUBDIVISION": 0.47}
DIVISION_IN_CHAPTER = {"DIVISION": 1.05, "SUBDIVISION": 1.07}
# Articles and Sections nest either way: a US constitution's 'Article I' holds 'Section 1', 'Section 2'; a
# civil-law constitution's 'Section I' holds 'Article 1' … 'Article 9' (Kazakhstan, Spain's Títulos in
# translation). The style the text uses first is the outer one (signals.RANK orders them the US way)
SECTION_OVER_ARTICLE = {"section": 1.5, "article": 2.0}


def _word(heading: Heading) -> str:
    return heading.shape.split("|", 1)[0].split(":", 1)[1] if heading.shape.startswith("chapter:") else ""


def _word_ranks(headings: list[Heading]) -> dict[str, float]:
    """The division words' ranks for this text (DIVISION_WORD_RANK, the Division's place set by the
    text's order where jurisdictions differ: DIVISION_OVER_PART, DIVISION_IN_CHAPTER; so are an Article's
    and a Section's: SECTION_OVER_ARTICLE)."""
    first: dict[str, int] = {}
    for i, heading in enumerate(headings):
        first.setdefault(_word(heading), i)
        first.setdefault(heading.style, i)
    ranks = DIVISION_WORD_RANK
    if "section" in first and "article" in first and first["section"] < first["article"]:
        ranks = ranks | SECTION_OVER_ARTICLE
    if "DIVISION" in first:
        if "PART" in first and first["DIVISION"] < first["PART"]:
            ranks = ranks | DIVISION_OVER_PART
        elif "PART" not in first and "CHAPTER" in first and first["CHAPTER"] < first["DIVISION"]:
            ranks = ranks | DIVISION_IN_CHAPTER
    return _text_order(headings, ranks)


def _key(heading: Heading) -> str:
    """A division label's word ('PART', 'CHAPTER') or its style ('article', 'section'); '' for others."""
    return _word(heading) or (heading.style if heading.style in ("article", "section", "I.") else "")   # 'I. Basic Rights'
    #   over 'Article 1': a Roman-numbered division of a constitution in translation


def _key_rank(key: str, ranks: dict[str, float]) -> float:
    return ranks[key] if key in ranks else sg.rank(key if key in ("article", "section", "I.") else "chapter")


def _restarts(headings: list[Heading], outer: str, inner: str) -> tuple[int, int]:
    """(restarts, run-ons) of the inner label's numbering at the outer label: the first inner label
    after an outer one numbered 1 again ('CHAPTER TWO' / 'PART 1' … 'PART 2' / 'CHAPTER THREE' /
    'PART 1'), or numbered on from the one before it ('PART 2' … 'CHAPTER THREE' / 'PART 3')."""
    restarts = run_ons = 0
    last, waiting = None, False
    for heading in headings:
        key = _key(heading)
        if key == outer:
            waiting = last is not None
        elif key == inner and heading.number is not None:
            if waiting:
                restarts += heading.number == 1
                run_ons += heading.number == last + 1
                waiting = False
            last = heading.number
    return restarts, run_ons


def _adjacent(headings: list[Heading], outer: str, inner: str) -> int:
    """How often the outer label stands right over the inner one, no text between ('CHAPTER TWO' /
    'THE LEGISLATURE' then 'PART 1—…'; 'SECTION 1' / its name then 'Article 4')."""
    return sum(1 for a, b in zip(headings, headings[1:])
               if b.index == a.index + 1 and _key(a) == outer and _key(b) == inner)


def _text_order(headings: list[Heading], ranks: dict[str, float]) -> dict[str, float]:
    """(r26legal) Two division labels nest as the text shows, where conventions differ between
    jurisdictions (a Kenyan constitution's Chapter holds Parts, a British Act's Part holds Chapters; a
    US constitution's Article holds Sections, a Spanish one's Section holds Articles). Evidence, in order:
    the numbering that restarts under the other label is the inner one (Part 1, 2 under each Chapter);
    numbering that runs on across the other label allows either; then the label set right over the
    other, no text between, holds it. With no evidence the ranks stay (the convention, or the first
    label seen: DIVISION_OVER_PART, SECTION_OVER_ARTICLE). Contrary ranks of the two are swapped."""
    keys = list(dict.fromkeys(k for h in headings if (k := _key(h))))
    if len(keys) < 2:
        return ranks
    ranks = dict(ranks)
    for a_pos, a in enumerate(keys):
        for b in keys[a_pos + 1:]:
            a_over, b_over = _restarts(headings, a, b), _restarts(headings, b, a)
            if a_over[0] > a_over[1] and not b_over[0]:
                outer, inner = a, b
            elif b_over[0] > b_over[1] and not a_over[0]:
                outer, inner = b, a
            elif (a_adj := _adjacent(headings, a, b)) != (b_adj := _adjacent(headings, b, a)):
                outer, inner = (a, b) if a_adj > b_adj else (b, a)
            else:
                continue
            high, low = _key_rank(outer, ranks), _key_rank(inner, ranks)
            if high > low:
                ranks[outer], ranks[inner] = low, high
            elif high == low:
                ranks[inner] = high + 0.01
    return ranks


def _rank(heading: Heading, ranks: dict[str, float] = DIVISION_WORD_RANK) -> float | None:
    word = _word(heading)
    if word in ranks:
        return ranks[word]
    if heading.style in ranks:   # an Article's or a Section's place set by the text (SECTION_OVER_ARTICLE)
        return ranks[heading.style]
    return sg.rank(heading.style) if heading.style else None


def _place_ranked(stack: list[_Open], rank: float, through: bool = False) -> int:
    """Where a new ranked shape goes: under the innermost open shape that outranks it. `through`:
    unranked shapes open over a ranked one it equals or outranks close with it (r23level)."""
    depth = len(stack)
    while depth and (stack[depth - 1].rank is not None and stack[depth - 1].rank >= rank
                     or through and stack[depth - 1].rank is None
                     and any(o.rank is not None and o.rank >= rank for o in stack[:depth - 1])):
        depth -= 1
    return depth


def _unranked_series(stack: list[_Open]) -> int | None:
    """Position of the outermost unranked shape above the innermost ranked one, when it is a
    finished series of two or more leaves (a ranked heading then closes it and takes its place)."""
    depth = len(stack)
    while depth and stack[depth - 1].rank is None:
        depth -= 1
    if depth < len(stack) and stack[depth].count >= 2 and not stack[depth].parent:
        return depth
    return None


def _recurring_unranked(stack: list[_Open], shapes: Counter) -> int | None:
    """Position of the outermost open unranked shape the text uses more than once (a run of subject heads),
    unless a ranked shape is open: a serial head closes such subject heads, it does not nest under them."""
    if any(o.rank is not None for o in stack):
        return None
    return next((i for i, o in enumerate(stack) if shapes[o.shape] >= 2 and not o.shape.startswith("serial:")), None)


def infer_levels(headings: list[Heading]) -> list[int]:
    """One level (1 = top) per heading, same order."""
    if any(h.annotation for h in headings):
        return _annotated_levels(headings)
    if any(h.depth for h in headings):
        return _outline_levels(headings)
    return _pattern_levels(headings)


def _annotated_levels(headings: list[Heading]) -> list[int]:
    """(r27codes) An annotated code's note heads under a section (`History.`, `CASE NOTES`, a case-note
    topic under it): the other headings take their levels by the pattern without them, each note head
    one level under the section over it (a topic or label under a capitals group two), so the next
    section is the peer of the last, not nested under its notes."""
    own = [h for h in headings if not h.annotation]
    placed = iter(infer_levels(own) if own else [])
    levels, last = [], 0
    for heading in headings:
        if heading.annotation:
            levels.append(min(MAX_LEVEL, last + heading.annotation))
        else:
            last = next(placed)
            levels.append(last)
    return levels


def _outline_levels(headings: list[Heading]) -> list[int]:
    """Listed headings at their listed depth; each run of unlisted ones nests under the listed
    heading before it (at the top before the first), by its own pattern."""
    levels: list[int] = []
    run: list[Heading] = []
    outer = 0
    first_listed = next(i for i, h in enumerate(headings) if h.depth)
    # the contents list of an issued or annexed document set under its own name (an unlisted
    # appendix heading before every listed one): its depths count from under that name (round8zh)
    under = 1 if any(h.appendix and not h.depth for h in headings[:first_listed]) else 0
    for heading in headings + [None]:
        if heading is None or heading.depth or heading.appendix:
            levels.extend(outer + level for level in _pattern_levels(run))
            run = []
            if heading is not None:   # an appendix or back matter is outermost, like a listed part
                outer = heading.depth + under if heading.depth else 1
                levels.append(outer)
        else:
            run.append(heading)
    return levels


def _pattern_levels(headings: list[Heading]) -> list[int]:
    levels: list[int] = []
    stack: list[_Open] = []
    base = 0   # 1 inside an appendix
    shapes = Counter(h.shape for h in headings)
    ranks = _word_ranks(headings)
    numbered = False   # a numbered (ranked, not opening-part) heading seen yet
    previous: Heading | None = None
    for heading in headings:
        if heading.appendix:
            stack, base = [], 1
            levels.append(1)
            previous = heading
            continue
        position = next((i for i, o in enumerate(stack) if o.shape == heading.shape), None)
        if position is not None:
            stack[position].count += 1
        else:
            rank = _rank(heading, ranks)
            top = stack[-1] if stack else None
            if top and rank is not None and top.opening and top.count == 1 and not top.parent and heading.style != OPENING:
                position = len(stack) - 1   # '前言' then '一、…': the opening part is the peer of the first
                #                             numbered parts, whatever their rank (a white paper, a report)
            elif top and rank is not None and top.rank is not None:
                position = _place_ranked(stack, rank)
            elif top and rank is not None and any(o.rank is not None and o.rank >= rank for o in stack):
                position = _place_ranked(stack, rank, through=True)   # (r23level) closes the unranked
                #   sub-heads of the division it equals ('## A' / 'Purpose' / '## B?': B beside A)
            elif top and rank is not None and all(o.rank is None and shapes[o.shape] == 1 for o in stack) \
                    and not any(o.period for o in stack):
                position = 0   # a lone unnumbered line before the numbered series is its peer
            elif top and heading.shape.startswith("serial:") and (k := _recurring_unranked(stack, shapes)) is not None:
                position = k   # (r29levels) a serial head ('GOVERNMENT NOTICE No. 302.') after a subject head whose
                #                own label was lost (a notice continued from the page before): the subject's peer
            elif top and heading.style in CJK_SERIES and _unranked_series(stack) is not None:
                position = _unranked_series(stack)
            elif top and rank is None and top.count >= 2 and not top.parent and not top.shape.startswith(DIVISION_SHAPES) \
                    and not (previous is not None and previous.style in CJK_SERIES and heading.index == previous.index + 1) \
                    and not (previous is not None and heading.shape.startswith("kind|") and heading.index == previous.index + 1) \
                    and not heading.shape.startswith("held|") and not top.shape.startswith("label:"):
                #   (r41) nor is the first kind right under its part's head ('Economic Outlook' / 'Global Outlook',
                #   headings._same_head_noun): it opens a level under it; nor a sub-part the part over it
                #   announced (headings._announced_rest); nor a plain head under a strategy's numbered item
                #   ('Action 04: …' / text / 'Fast Stream and Future Leaders': english.LABELLED_ITEM), which holds it
                position = len(stack) - 1   # (a chapter holds its sub-heads whenever they start, r23level)
                #   (r26zhreports) an unranked line right under a Chinese part's head, no text between, is its first
                #   sub-head, not its peer ('二、房屋及土地' / '土地供應' / '2.…')
            elif top and rank is None and top.rank is None and shapes[top.shape] == 1 and shapes[heading.shape] >= 2 \
                    and len(stack) >= 2 and stack[-2].rank is not None:
                position = len(stack) - 1   # a one-off sub-head in a numbered part, then sub-heads of a shape the
                #                             text uses again: siblings (the first one's commas made it look apart)
            else:
                position = len(stack)
            del stack[position:]
            stack.append(_Open(heading.shape, rank, opening=heading.style == OPENING and not numbered,
                               period=heading.period))
        del stack[position + 1:]
        if position:
            stack[position - 1].parent = True
        levels.append(base + position + 1)
        numbered = numbered or (heading.style != OPENING and _rank(heading, ranks) is not None)
        previous = heading
    return levels
