"""structure: cleaned lines -> Document (title block, front matter, sections, leads).

    from pipeline.structure import structure_document
    doc = structure_document(cleaned)            # language inferred from the script
    doc.sections[0].title, doc.sections[0].paragraphs[0].lead

Steps, each a small module: language -> blocks (join wrapped lines, glue fragments)
-> front (title, dateline, speaker) -> headings (candidates and shapes) -> levels
(the document's own nesting pattern) -> tree (sections, paragraphs, run-in leads, ids).
The stage moves text, never drops it: every character of the cleaned lines ends up
in the title block, a heading, a lead or a paragraph.
"""
from __future__ import annotations

import itertools
from bisect import bisect_left
import re
import unicodedata
from collections import Counter
from dataclasses import replace
from pathlib import PurePath

from ..errors import InputError
from ..log import warn
from ..model import Author, Cleaned, Corrections, Document, Overrides, Paragraph
from .blocks import Block, bold_head_line, make_blocks
from .english import LONG_TITLE, OCCASION_LINE, _prose as english_prose, is_record, section_title_stop, title_comma
from .decisions import CORRECTION, correct_levels, structure_decisions, title_decision
from ..clean.rules_labels import short_form
from ..clean.zones import is_prose
from ..clean.vocab import PROMULGATES
from .institution import header_names, institution_name
from .front import COVER_SESSION, HEADLINE_MIN_WORDS, notice_line, CITATION_LINE, BILL_COVER, MEMORANDUM_LABEL, jurisdiction_over_act, not_a_title, GLUED_DATELINE, act_under_masthead, READING, ROLE_END, TitleBlock, speaker_line, english_author_from_header, english_title_from_header, kind_from_opening, bulletin_from_parts, purpose_named_rules, guide_under_law, entrusted_report, economy_brief, markup_name, naming_heading, read_title_block, reprinted_name, role_byline, issued_name_under_closing, self_named_report, text_acronyms, title_case, title_from_text, addressed_report, short_title
from .title_model import rerank as rerank_title
from .printed_name import printed_document_name
from .title_evidence import CAPTION_REACH, act_name_line, bold_subject_name, budget_speech_name, case_parties_name, run_in_headword, chrome_reason, opening_subject_name, cohesion, cohesive_line, content_units, file_title, named_provision_head, self_named_line, wire_intro_name, sequence_member, top_line_title
from .headings import BACK_MATTER_EN, BARE_ANNEX, Heading, _named_annex, annex_name_parts, below_markdown_title, english_peers, find_headings, is_law, merge_labels, title_heading
from .language import detect_language
from .levels import infer_levels
from .lists import item_kinds
from .outline import printed_chapter, TRUNCATED, TRUNCATED_STEM_MIN, TRUNCATED_TAIL_MAX, completes_truncated, contents_entries, is_listed, match_outline, printed_address, running_title, slug_match, slug_words
from . import signals as sg
from .signature import mark_signatures
from .tree import build_tree
from .veto import heading_key, veto_headings
from . import verbatim

__all__ = ["structure_document", "analyse"]

NO_HEADING_WARNING = 20   # paragraphs without any heading worth telling the user about
BARE_KIND_TITLE = 6   # characters of a title that is a document's kind alone ('实施方案', '解读制度'), the name's second line (r30zhweb)


def structure_document(cleaned: Cleaned, *, lang: str = "", overrides: Overrides = Overrides(),
                       corrections: Corrections | None = None, structure: str = "rules",
                       model: dict | None = None, title_model: dict | None = None, veto: bool = True) -> Document:
    """Infer title, authors, date, front matter, nested sections and leads from cleaned lines.

    `overrides` (the user's --title, --author, --date) win over what is inferred; a title or
    speaker line one of them replaces is kept as a front-matter paragraph, so no text is lost.
    `corrections.headings` (line -> level, 0 = not a heading) override the inferred levels;
    every title and heading decision is returned in `Document.decisions` with its confidence.
    `structure="rules"` (the default) keeps the rules' headings and nesting alone;
    `structure="learned"` lets the learned labeller (labeller.py; `model`, else the committed one)
    re-decide which blocks are headings, and their levels, from the rules' output. The rules are
    the default because the labeller adds nothing on the held-out documents once the rules read
    contents lists and depth marks (docs/structure.md: scores). Last, the heading veto (veto.py)
    turns a leaf heading its model doubts into body text (`veto=False`: not, as its training reads them).
    """
    source = cleaned.provenance.source_file
    if not any(line.strip() for line in cleaned.lines):
        raise InputError(f"{source or 'the input'}: no text is left after cleaning")
    language = lang or detect_language(cleaned.lines)

    def where(block: Block) -> str:
        return f"{source}:{block.line}" if source else f"line {block.line}"

    blocks, head, body, headings = analyse(cleaned, language, title_model)
    opening = sorted(head.front + _replaced_lines(head, overrides), key=lambda b: b.line)
    shift = len(opening)  # wire lines and replaced title lines open the front matter
    inferred = _print_gap_levels(body, headings, infer_levels(headings), cleaned, language)
    vetoes = []
    if structure == "learned":
        from .labeller import relabel, vetoed   # lazily: the rules path never loads the model
        rules_headings = headings
        headings, inferred = relabel(body, headings, inferred, language, model)
        vetoes = vetoed(body, rules_headings, headings, language, model)
    levels = {h.index + shift: level for h, level in zip(headings, inferred)}
    levels = correct_levels(opening + body, levels, corrections)
    law = is_law(body, language)
    above = _cover_count(head, opening, body, levels)   # the lines printed over the title (docs/structure.md)
    cover = [b.text for b in opening[:above]]
    reported = report_numbered(headings, opening + body, head.title)
    # (r40) a Chinese report of results may be a copy cut short: its last paragraph's lead may stand alone (leads.find_leads)
    cut = reported and language.startswith("zh") and reports_outcomes(head.title, opening + body)
    tree = {"law": law, "report": reported, "cut": cut}   # how build_tree reads paragraphs, the same for every rebuild
    tree_blocks, tree_levels = opening[above:] + body, {i - above: level for i, level in levels.items()}
    front, sections = build_tree(tree_blocks, tree_levels, language, where, **tree)

    if not sections and len(front) >= NO_HEADING_WARNING and not law:   # a law's articles divide it
        warn(f"no headings found in {len(front)} paragraphs; the text stays one undivided body",
             where(blocks[0]))
    title = overrides.title or head.title
    how, logo_line, state = "", 0, False
    if title and not overrides.title and language.startswith("en"):
        cited = act_under_masthead(title, cover + [p.text for p in front] + [p.text for s in _walk(sections) for p in s.paragraphs])
        if cited:   # a gazette's masthead over the law it prints: the law's short title names the page
            if BILL_COVER.search(" ".join(title.split())) or LONG_TITLE.match(" ".join(title.split())) \
                    or (state := bool(MEMORANDUM_LABEL.match(" ".join(title.split())))) \
                    or (state := jurisdiction_over_act(" ".join(title.split()), [p.text for p in front])):   # a bill's cover
                #   lines are its text: they stay in front (round16en); so does a long title (r26legal), and the
                #   enacting state's name as the title block writes it (r40enlegal); (r42) a bill's memorandum label too
                kept = head.as_written if state and _same_letters(head.as_written, title) else title
                # (r44) a cover line under it read as the author ('Fifteenth Congress' / 'Second Regular Session'):
                #   the cover's too, kept in its place under the line that was the title
                cover_names = [a.name for a in head.authors if COVER_SESSION.match(" ".join(a.name.split()))]
                if cover_names:
                    head.authors = [a for a in head.authors if a.name not in cover_names]
                front = [replace(p, id=f"p0-{k}") for k, p in enumerate([Paragraph(id="", text=kept),
                                                                          *(Paragraph(id="", text=n) for n in cover_names), *front], 1)]
            title, how = cited, "named by the text"
            if _same_letters(head.as_written, head.title):   # the masthead was the title written in capitals: it is not the act's
                head.as_written = ""
    if title and not overrides.title and language.startswith("en") and not how:
        named_line = self_named_line(title, list(cleaned.lines), [p.text for p in front] + [p.text for s in _walk(sections) for p in s.paragraphs])
        if named_line:   # a label over the line the text's citation clause names: that line is the title (r23entitle)
            title, how = title_case(named_line, text_acronyms(blocks)) if sg.is_all_caps(named_line) else named_line, "named by the text"
    if title and not overrides.title and language.startswith("en") and not how and len(head.title_blocks) == 1 \
            and (subject := _subject_under_caption(title, front, sections)):
        # (r48) the article's picture caption over its lead, the page's own title lost in a conversion: the lead's
        #   subject in bold names the article; the caption stays, as the front's first paragraph
        front = [replace(p, id=f"p0-{k}") for k, p in enumerate([Paragraph(id="", text=title), *front], 1)]
        title, how = subject, "the article's subject in bold"
        warn(f"the first line reads as a picture's caption; using {title!r}, the article's subject in bold (--title sets one)",
             where(blocks[0]))
    if title and not overrides.title and not language.startswith("en") and len(title) <= BARE_KIND_TITLE:
        issued = issued_name_under_closing([p.text for p in front] + [s.title for s in sections[:1]])
        if issued.endswith(title) and issued != title:   # (r30zhweb) the issued document's name set over two
            title, how = issued, "named by the text"     #   lines under the notice's closing: '某县乡村振兴' / '实施方案'
    subtitle = head.subtitle
    if title and not overrides.title and not language.startswith("en") and sg.glyph_garble(title) \
            and (named := approved_act([p.text for p in front] + [p.text for s in sections[:1] for p in s.paragraphs[:APPROVED_SCAN]])):
        # (r41) a title line in a font without a Unicode map came out as glyph numbers: the approval or passing
        #   sentence names the act; the garbled lines stay, as the front matter's first paragraphs
        garbled = [title] + ([subtitle] if subtitle and sg.glyph_garble(subtitle) else [])
        front = [replace(p, id=f"p0-{k}") for k, p in enumerate([*(Paragraph(id="", text=t) for t in garbled), *front], 1)]
        subtitle = "" if len(garbled) > 1 else subtitle
        title, how = named, "named by the text"
        warn(f"the title line is unreadable (a font without a Unicode map); using {title!r}, named by the text (--title sets one)",
             where(blocks[0]))
    skipped = f" (the first line is {head.skipped})" if head.skipped else ""
    if not title:   # no title line: a heading naming the document, or the kind its opening words name
        flat = [s.title for s in _walk(sections)]
        title, how = naming_heading(flat), "naming heading"
        if not title and not language.startswith("en"):
            opening_text = [p.text for p in front] + [p.text for s in sections[:1] for p in s.paragraphs[:2]]
            title, how = self_named_report(opening_text) or reprinted_name(opening_text) \
                or issued_name_under_closing([p.text for p in front] + [s.title for s in sections[:1]]) \
                or kind_from_opening(opening_text) or addressed_report(opening_text) or bulletin_from_parts(
                    [p.text for p in front], sections[0].title if sections else "",
                    [p.text for p in sections[0].paragraphs] if sections else [], language,
                    tuple(a.name for a in head.authors if a.kind == "org")) \
                or purpose_named_rules(opening_text) or guide_under_law(opening_text) \
                or entrusted_report(opening_text, list(cleaned.lines[:6])) or economy_brief(opening_text, language), "named by the text"
            if not title and not language.startswith("en") and (title := printed_document_name(cleaned.removed, cleaned.lines)):
                how = "printed page's title"   # (r45) the print head names a notice whose headline the page hid
        if title:
            warn(f"no title line found{skipped}; using {title!r}, named by the text (--title sets one)", where(blocks[0]))
        else:   # a README's name only in its logo's title/alt or its first link text
            (title, logo_line), how = markup_name(cleaned.removed, cleaned.lines, cleaned.line_numbers), "logo or link"
            if title:
                warn(f"no title line found; using {title!r}, named by the logo or first link (--title sets one)",
                     where(blocks[0]))
            else:
                how = ""
    if not title and not language.startswith("en") and (title := bold_subject_name([p.text for p in front] + [p.text for s in sections[:1] for p in s.paragraphs[:1]])):
        how = "the article's subject in bold"   # (r47) '**$6,000計劃**（）是…' over the article's first section: before that
        #                                         section's head (English reads it below, after the wire and budget openings)
        warn(f"no title line found; using {title!r}, named by the text (--title sets one)", where(blocks[0]))
    if not title and sections and not language.startswith("en"):
        title = sections[0].title   # no title line: the text's first heading names it
        warn(f"no title line found{skipped}; using the first heading {title!r}", where(blocks[0]))
        if _numbered_item_title(title, sections[1].title if len(sections) > 1 else "") and not sections[0].sections \
                and tree_levels and not (corrections and corrections.headings):
            # (r41) an anthology's item number over a law's name, its chapters under it: the title, no part
            front, sections = _drop_title_heading(tree_blocks, tree_levels, min(tree_levels), language, where, tree)
            how = "the item's title line"   # kept as written, its number too: every letter of the line stays in the edition
        elif len(front) == 1 and _numbered_item_title(front[0].text, title) and not (corrections and corrections.headings):
            title, how, front = front[0].text.strip(), "the item's title line", []   # the same line read as the front's paragraph
    if not title and language.startswith("en") and (title := wire_intro_name([p.text for p in front] + [p.text for s in sections[:1] for p in s.paragraphs[:2]])):
        how = "the agency's intro line"   # 'Here is the speech of the … address as prepared …' (r23entitle)
    if not title and language.startswith("en") and (title := budget_speech_name([p.text for p in front] + [p.text for s in sections[:1] for p in s.paragraphs[:6]])):
        how = "the budget speech's opening"   # '… present the Appropriation Bill for the financial year 2004/05' (r25notitle)
        warn(f"no title line found; using {title!r}, named by the text (--title sets one)", where(blocks[0]))
    if not title and language.startswith("en") and (title := bold_subject_name([p.text for p in front] + [p.text for s in sections[:1] for p in s.paragraphs[:1]])):
        how = "the article's subject in bold"   # "'''Lake Meridian''' is a freshwater lake …" (r28markdown)
        warn(f"no title line found; using {title!r}, named by the text (--title sets one)", where(blocks[0]))
    if not title and language.startswith("en") and (title := opening_subject_name([p.text for p in front] + [p.text for s in sections[:1] for p in s.paragraphs[:1]])):
        how = "the document the opening presents"   # 'The National Debt Strategy 2022-2025 sets out …' (r27govpages)
        warn(f"no title line found; using {title!r}, named by the text (--title sets one)", where(blocks[0]))
    if not title and language.startswith("en") and (title := case_parties_name([p.text for p in front] + [p.text for s in sections[:1] for p in s.paragraphs])):
        how = "the judgment's parties"   # 'PETITIONER:' / 'X' / 'RESPONDENT:' / 'Y' (r30enweb)
        warn(f"no title line found; using {title!r}, named by the case block's parties (--title sets one)", where(blocks[0]))
    if not title and language.startswith("en") and (title := run_in_headword([p.text for p in front] + [p.text for s in _walk(sections) for p in s.paragraphs])):
        how = "the article's run-in headword"   # 'ADVERTISEMENT, or Advertising (Fr. …), the process …' (r28ocr)
        title = title_case(title, text_acronyms(blocks))
        warn(f"no title line found; using {title!r}, the headword run into the text (--title sets one)", where(blocks[0]))
    if not title and language.startswith("en") and (title := named_provision_head(list(cleaned.lines), [s.title for s in _walk(sections)])):
        how = "provision the page names"   # 'Section 18 - …' at the top, '18. …' the head: the page's provision (r23entitle)
    if not title and language.startswith("en"):
        # (sections nested too: an Act's short-title clause stands in section 1 under PART I)
        # (r31entitle) a section's third paragraph cut by the print's wrap ('1.(1) This Act may be cited as the Saint
        # Vincent' / 'and the … Act, 2009.') reads on into the paragraph after it, which opens in small letters
        title = title_from_text([p.text for p in front] + [p.text for s in _walk(sections) for p in _opening_paragraphs(s.paragraphs)],
                                sections[0].title if sections else "")
        crumb = _crumb_name(cleaned) if title and sections and title == sections[0].title else ""
        if crumb:
            title, how = crumb, "breadcrumb's last crumb"   # the trail the site removed names the page (r22title)
        elif title and sections and title == sections[0].title and (printed := _print_head_name(cleaned)):
            title, how = printed, "printed page's title"   # the browser's running head names the page (r25auditen)
        if title and sections and title == sections[0].title and levels:
            title = _top_line_over_heading(cleaned, (opening + body)[min(levels)].line) or title
        # the first heading names a part, not the text: a numbered section head names a provision
        # (round13en), one under running text a part of a text begun (r22flat), 'Chapter I …' when
        # 'Chapter II …' follows a division (r22title)
        if title and sections and title == sections[0].title \
                and (_numbered_first(title) or _under_running_text(front)
                     or sequence_member(title, [s.title for s in _walk(sections)][1:])) \
                and (shaped := top_line_title(list(cleaned.lines), True)):
            title, how = shaped, "title-shaped line"
        if title and sections and title == sections[0].title and BARE_DIVISION_LABEL.match(title):
            title, how = "", ""   # (r25auditen) 'Article. I.' alone names no text: the later evidence, the file name last
        if title:
            warn(f"no title line found; using {title!r}, named by the text (--title sets one)", where(blocks[0]))
    if not title and language.startswith("en") and (title := case_parties_name(list(cleaned.lines), CAPTION_REACH)):
        how = "caption's parties"   # the case block's lines a print joined into paragraphs (r30enpdf)
        warn(f"no title line found; using {title!r}, the caption's parties (--title sets one)", where(blocks[0]))
    if not title:   # no line read as the title: the best-shaped line of the page's top (title_evidence)
        title = top_line_title(list(cleaned.lines), language.startswith("en"))
        if title:
            how = "title-shaped line"
            warn(f"no title line found; using {title!r}, the first title-shaped line (--title sets one)", where(blocks[0]))
            front = _title_off_number(front, title)
    if not title and language.startswith("en") and (title := english_title_from_header(cleaned.removed)):
        how = "header field"   # a Gutenberg header's Title field before the file name (round15en)
        warn(f"no title line found; using {title!r}, the header's Title field (--title sets one)", where(blocks[0]))
    if not title and language.startswith("en") and (title := act_name_line(list(cleaned.lines))):
        how = "the act's name"   # 'REGULATION (EU) 2015/1843 OF …' under a portal's information block (r33enlegal)
        warn(f"no title line found; using {title!r}, the act's name in capitals (--title sets one)", where(blocks[0]))
    if not title and language.startswith("en") and (title := _print_first_line(cleaned)):
        how = "the print's first line"   # a browser print's first kept line, before the file name (r26webpages)
        warn(f"no title line found; using {title!r}, the printed page's first line (--title sets one)", where(blocks[0]))
    if not title and language.startswith("en") \
            and (title := short_title([p.text for p in front] + [p.text for s in _walk(sections) for p in s.paragraphs])):
        # (r44) a by-law or Act with no title line names itself in a short-title clause that may stand last
        # ('This by-law may be referred to as the “Heat By-law”.'), beyond the opening paragraphs read above
        how = "the short-title clause"
        warn(f"no title line found; using {title!r}, named by the text (--title sets one)", where(blocks[0]))
    if not title and (title := (_print_head_name(cleaned) if language.startswith("en") else "") or _running_head_name(cleaned)):
        # (r45, issue 11) a printed page none of whose lines names it (a report page opening on its
        # `Foreword`): the browser's running head carries the page's title, before the file name;
        # (r47) in any language (a news page printed with its headline only in the head)
        how = "printed page's title"
        warn(f"no title line found; using {title!r}, the printed page's head (--title sets one)", where(blocks[0]))
    if not title:
        title = PurePath(source).stem if source else "Untitled"
        warn(f"no title line found; using {title!r} (--title sets one)", where(blocks[0]))
    if title and not overrides.title and _title_holds_all(title, front, sections, corrections, _lone_top_mark(title, cleaned.lines)):
        front, sections = _unwrap_title_heading(tree_blocks, tree_levels, language, where, tree)
    elif title and not overrides.title and language.startswith("en") \
            and (named := _act_name_heading(title, tree_blocks, tree_levels, corrections)) is not None:
        front, sections = _drop_title_heading(tree_blocks, tree_levels, named, language, where, tree)
    if title and not overrides.title and language.startswith("en"):
        title = section_title_stop(title)   # a code section's closing full stop is no part of its name (round14en)
        title = title_comma(title)   # a title block's field closed by a comma: the name ends before it (r31entitle)
    # (r27zhportal) the copy the clean stage took out above and the one the title block took both stay
    abbrev = (" ".join(r for r in (cleaned_repeat(cleaned.removed, title), title_repeat(head)) if r) or head.as_written) if not (overrides.title and head.title and overrides.title != head.title) else ""
    authors = [Author(name=overrides.author)] if overrides.author else head.authors
    if not authors and language.startswith("en"):
        found = english_author_from_header(cleaned.removed)
        authors = [found] if found else []
    decisions = [title_decision(blocks, title, head, PurePath(source).stem if source else "Untitled", how)]
    if logo_line:   # the name came from a markup line the cleaner removed: point at it
        decisions[0] = replace(decisions[0], line=logo_line)
    decisions += structure_decisions(opening + body, headings, levels, shift, corrections)
    decided = {d.line for d in decisions}   # a correction's decision on the same line wins
    vetoes = [v for v in vetoes if v.line not in decided]
    if vetoes:   # the rules' headings the labeller turned into body text, in line order
        decisions = decisions[:1] + sorted(decisions[1:] + vetoes, key=lambda d: d.line)
    # the issuing body and date under the text, set flush right
    mark_signatures([front] + [s.paragraphs for s in _walk(sections)], language)
    doc = Document(title=title, lang=language, cover=cover, subtitle=subtitle, title_abbrev=abbrev, authors=authors,
                   date=overrides.date or head.date, provenance=cleaned.provenance, front=front,
                   sections=sections, decisions=decisions,
                   markdown=verbatim.is_markdown(cleaned.lines))
    if not veto:
        return doc
    corrected = frozenset(heading_key(d.text) for d in decisions if d.kind == "heading" and d.reason == CORRECTION)
    return veto_headings(doc, corrected)


OPENING_PARAGRAPHS = 3   # a section's paragraphs where a text names itself (its short-title clause, its enacting words)


def _opening_paragraphs(paragraphs) -> list:
    """(r31entitle) A section's first OPENING_PARAGRAPHS paragraphs, and the ones after them that open in
    small letters: the rest of a sentence a print's wrap set apart (`1.(1) This Act may be cited as the
    Saint Vincent` / `and the Grenadines Constitution Act, 2009.`), so a short-title clause is read whole."""
    out = list(paragraphs[:OPENING_PARAGRAPHS])
    for p in paragraphs[OPENING_PARAGRAPHS:]:
        if not p.text[:1].islower():
            break
        out.append(p)
    return out


def _title_holds_all(title: str, front, sections, corrections, lone_mark: bool = False) -> bool:
    """(r23level) A text with no title line, named by its first heading, which stands first (no
    paragraph before it) and holds every other heading ('Preface' over 'About this Report' and
    'Structure of the Report', a report's page whose headline was read as a section): the heading
    is the title. Kept as a level-1 section too, it would push every heading one level down, where
    the levels count from the top heading under the title. Not where the user set that line's level.
    (r31entitle) A statute database's version line over the page's one provision (`22/Aug/2003 -
    Current (at 31 Dec 2005)` / `3. Interpretation`) is no paragraph before it: it dates the page; nor is
    (r33enlegal) a code site's shelf label (`IOWA STATUTES AND CODES`, title_evidence.chrome_reason).
    (mdtitle) A Markdown text's one `#` line is its title wherever the page's lines above it end
    (`lone_mark`): Markdown's own convention, pandoc's too, so the front before it does not matter."""
    dated_only = front and all(not_a_title(p.text, True) == "a version's date range"
                               or chrome_reason(p.text, True, title) == "a legislation site's section label" for p in front)
    #   (r33enlegal) the code site's shelf label over it too ('IOWA STATUTES AND CODES' / '232.2 - DEFINITIONS.')
    notice = len(front) == 1 and _site_notice(front[0].text, title)   # (r43) a page's one-sentence notice over its headline
    if not sections or len(sections) != 1 or (front and not lone_mark and not dated_only and not notice) or sections[0].title != title \
            or not (sections[0].sections or _one_provision_page(title)):
        return False
    return not (corrections and corrections.headings)


def _site_notice(text: str, headline: str) -> bool:
    """(r43) A site's notice alone over a headline that holds the whole text (front.notice_line), the
    headline, the line the text is named by, longer than a section's name (front.HEADLINE_MIN_WORDS)."""
    return notice_line(text) and len(headline.split()) >= HEADLINE_MIN_WORDS


# (r28acts) a legislation site's page of one provision: its section's number and name ('18. Interpretation and
# savings', 'Section 5 - Offences', 'Section 2: Scope and extent': every separator the section heads take,
# r30enpdf's colon too) head the page's only section, which then names the page
ONE_PROVISION = re.compile(r"^(?:(?:Section|SECTION|Article|ARTICLE|Regulation|Rule)\s+)?\d{1,3}(?:\.\d{1,3})?[A-Z]{0,2}\.?\s*(?:[-–—:]\s*)?[A-Z][^.!?]{2,100}\.?$")
# (r33enlegal) a code's decimal section number too ('232.2 - DEFINITIONS.')


def _one_provision_page(title: str) -> bool:
    """(r28acts) The title read off the page's only heading is a provision's number and name (ONE_PROVISION):
    a law site's page of one section, which that heading names, no part of a text beside it."""
    return bool(ONE_PROVISION.match(title.strip()))


ACT_NAME_HEADS = 3   # headings from the top where the Act's name may stand again as one


def _act_name_heading(title: str, blocks, levels, corrections) -> int | None:
    """(r26legal) The Act's name, the title, read as one of the first headings too ('Interpretation Act'
    over its citation `[RSBC 1996] CHAPTER 238` and its contents, then `Definitions` …; 'Nunavut Act'
    under a site's line): the name is the title, not a part beside the Act's own heads, and it holds
    none of them (the next heading is no deeper). Its block's index, or None; not where the user set
    levels."""
    if corrections and corrections.headings or not sg.INSTRUMENT_NAME.match(title.strip()):
        return None
    order = sorted(levels)
    for n, k in enumerate(order[:ACT_NAME_HEADS]):
        if _letters(blocks[k].text) == _letters(title) and n + 1 < len(order) and levels[order[n + 1]] <= levels[k]:
            return k
    return None


def _drop_title_heading(blocks, levels, named: int, language, where, tree: dict):
    """The tree again without the title's heading block (_act_name_heading): its paragraphs go on
    the text before it, the other headings keep their levels. `tree`: build_tree's reading options."""
    kept = blocks[:named] + blocks[named + 1:]
    return build_tree(kept, {(k if k < named else k - 1): v for k, v in levels.items() if k != named},
                      language, where, **tree)


def _lone_top_mark(title: str, lines) -> bool:
    """(mdtitle) The text marks exactly one line `#` (a Markdown export's title; its sections are
    `##`, `###`) and that line names the title."""
    tops = [line for line in lines if sg.numbering(line.strip()) == "md1"]
    return len(tops) == 1 and _same_letters(sg.unmarked(tops[0].strip()), title)


def _unwrap_title_heading(blocks, levels, language, where, tree: dict):
    """The tree again without the title's heading block (_title_holds_all): its paragraphs open the
    text, every heading under it one level up. `tree`: build_tree's reading options."""
    first = min(levels)
    kept = blocks[:first] + blocks[first + 1:]
    shifted = {(k if k < first else k - 1): v - 1 for k, v in levels.items() if k != first}
    return build_tree(kept, shifted, language, where, **tree)


def _cover_count(head, opening, body, levels) -> int:
    """How many of the front-matter blocks open the page ABOVE the title: the document prints them
    over its title line, so every edition prints them there (`Document.cover`, <bibliomisc role="cover">).

    Phenomenon (r23cover): a 公文's red header and document number over its headline
    ('某某省人民政府办公厅文件' / '某政办发〔2009〕24号' over '关于…的通知'), a statute's citation
    lines over its name, a news page's kicker, a cover's issuing body. They were kept as front
    paragraphs, written after the title, so a reader saw them under it, the wrong way up. Only the
    leading front blocks whose first line comes before the title's first line, none of them a
    heading (a correction may make one) nor a verbatim block; none when nothing would stay in the
    body, or no title line was read."""
    if not head.title or not head.title_blocks:
        return 0
    first = min(b.line for b in head.title_blocks)
    count = 0
    for i, block in enumerate(opening):
        if block.line >= first or i in levels or block.verbatim:
            break
        count += 1
    return count if count < len(opening) + len(body) else 0


def _top_line_over_heading(cleaned: Cleaned, heading_line: int) -> str:
    """A title-shaped line (title_evidence.top_line_title) among the kept lines above the English
    text's first heading, else ''.

    Phenomenon (round13x): a page with no title block, its name on a short line of its own at the
    top of the text, a section heading below it ('Interpretation Act' over a two-column Act's
    first 'Marginal note: …'; a convention's name over its preamble and 'Article I'): no title line
    was read, and the first heading is a section's name, not the document's. The line above it
    names the document. Only a line standing apart can: between blank lines, or first on the page
    over a line not shaped like it; one inside a run of title-shaped lines is a site's bar or a
    side menu's entry ('Government of Canada' over its links, a menu whose first entry repeats the
    page's name)."""
    above = [line for line, number in zip(cleaned.lines, cleaned.line_numbers) if number < heading_line]

    def apart(i: int) -> bool:
        after = above[i + 1].strip() if i + 1 < len(above) else ""
        return (i == 0 or not above[i - 1].strip()) and (not after or (i == 0 and not top_line_title([after], True)))
    return top_line_title([line for i, line in enumerate(above) if line.strip() and apart(i)], True)


def _cohesive_title(head, blocks, language, heading_line=None, cleaned=None, other_heads: tuple[str, ...] = ()):
    """(r23cohesion) The title block read again from the top line that names the text, when the line
    read as the title names next to nothing of it (title_evidence.cohesive_line: a site's name or
    tagline, a section of the site, a breadcrumb over the headline). The lines over the naming line
    stay as front matter, the line first read as the title among them: no letter lost. A chrome
    line the block maker glued over the headline (a Chinese page's short lines join across a blank
    line: '某某规范性文件>正文阅览' + '关于…的通知') is split off first, at its source line.
    Returns (head, blocks): the blocks change only when a glued line was split."""
    if not head.title or not head.title_blocks:
        return head, blocks
    chosen = next((i for i, b in enumerate(blocks) if b is head.title_blocks[0]), -1)
    if chosen < 0:
        return head, blocks
    english = language.startswith("en")
    trial = _split_glued_top(blocks, chosen, cleaned, english) if cleaned is not None else blocks
    first = next((i for i, b in enumerate(trial) if b.line >= heading_line), len(trial)) if heading_line is not None else None
    taken = [*head.title_blocks, *head.wrapped, *head.author_blocks]
    read = frozenset(i for i, b in enumerate(trial) if any(b is t for t in taken) or head.subtitle and b.text == head.subtitle
                     or i > chosen and b.line <= max(t.line + t.lines - 1 for t in taken))   # the title block's own lines
    at = cohesive_line(chosen, [b.text for b in trial], english, first, read, other_heads)
    if at < 0:
        return head, blocks
    again = read_title_block(trial[at:], language)
    if not again.title or not again.title_blocks or again.title_blocks[0] is not trial[at]:
        return head, blocks
    again.front = trial[:at] + again.front
    again.used += at
    return again, trial


def _print_header(cleaned: Cleaned) -> str:
    """The page title as the browser printed it in every page's head, whole (its date stamp and a
    layout-mode address off): the most frequent running head of two pages or more; '' when none."""
    from ..clean.rules_pages import PRINT_STAMP
    seen: Counter = Counter()
    for r in cleaned.removed:
        if r.rule == "running-head":
            text = PRINTED_ADDRESS.sub("", r.text.strip())
            stamp = PRINT_STAMP.match(text)
            text = " ".join((text[stamp.end():] if stamp else text).split())
            if sg.has_word(text) and not re.search(r"https?://|www\.|\d{1,2}:\d{2}", text):
                seen[text] += 1
    return next((text for text, n in seen.most_common(1) if n >= PRINTED_HEADS_MIN), "")


def _header_named_under_body(head, blocks, cleaned, language):
    """(r27entitles) The title block read again from the line the print header names, when the line
    read as the title is a body's name (institution.institution_name: the site's banner `… State
    Legislature · Infobases`, the office's name over its letter) and the header names a line under it
    (institution.header_names: every piece of the header in another order, or the header's piece that
    names a kind of document ending one of the headline's source lines). A headline block that goes on
    past the named line (a seal's alternative text under it) is cut there, at its source line. The lines
    over it stay front matter. Returns (head, blocks)."""
    if not head.title or not head.title_blocks:
        return head, blocks
    header = _print_header(cleaned)
    chosen = next((i for i, b in enumerate(blocks) if b is head.title_blocks[0]), -1)
    if not header or chosen < 0 or institution_name(header):
        return head, blocks
    pieces = {"".join(p.split()).casefold() for p in re.split(r"\s+[-–—|·]\s+", header)}
    if "".join(head.title.split()).casefold() in pieces:
        return head, blocks   # the header names the title line itself ('Bylaws | Site')
    wrapped = _header_wrapped(head, blocks, chosen, header)
    if wrapped is not None:
        return wrapped
    over = [b for b in (*head.front, *head.author_blocks) if b.line < head.title_blocks[0].line]
    if not institution_name(head.title_blocks[0].text) and not (over and institution_name(over[-1].text)
                                                                 and not header_names([head.title], header)):
        return head, blocks   # neither the title line nor the line right over it is a body's name
    numbers = list(cleaned.line_numbers)
    for at in range(chosen + 1, min(len(blocks), chosen + 1 + TITLE_SEARCH)):
        block = blocks[at]
        if block.verbatim or chrome_reason(block.text, True):
            continue
        try:
            k = numbers.index(block.line)
        except ValueError:
            continue
        source = [line.strip() for line in cleaned.lines[k:k + block.lines * 2] if line.strip()][:block.lines]
        cut = header_names(source, header)
        if not cut:
            continue
        trial = blocks
        if cut < len(source):   # the headline's lines, the rest (a seal's alt text) a block of its own
            first = " ".join(source[:cut])
            if not " ".join(block.text.split()).startswith(" ".join(first.split())):
                return head, blocks
            seen, rest_at = 0, None
            for j in range(k, len(numbers)):   # the source line the rest starts on: the (cut+1)-th worded line
                if cleaned.lines[j].strip():
                    if seen == cut:
                        rest_at = j
                        break
                    seen += 1
            if rest_at is None:
                return head, blocks
            rest_line = numbers[rest_at]
            rest = " ".join(block.text.split())[len(" ".join(first.split())):].strip()
            trial = blocks[:at] + [replace(block, text=first, lines=cut, hang=-1),
                                   replace(block, text=rest, line=rest_line, lines=block.lines - cut, indent=0, hang=-1)] + blocks[at + 1:]
        again = read_title_block(trial[at:], language)
        if not again.title or not again.title_blocks or again.title_blocks[0] is not trial[at]:
            again = TitleBlock(title=" ".join(trial[at].text.split()), title_blocks=[trial[at]], used=1)
        again.front = trial[:at] + again.front
        again.used += at
        again.sure = True
        return again, trial
    return head, blocks


HEADER_WRAP_BLOCKS = 4   # one-line blocks a printed headline wraps over, at most


def _header_wrapped(head, blocks, chosen, header):
    """(r27entitles) A headline the print wrapped over one-line blocks ('State of … Fiscal Year' / 'Ended …
    Letter of' / 'Transmittal') that the print header's piece naming a kind of document ends
    (institution.header_names): the blocks joined are the title. (head, blocks) or None."""
    if header_names([head.title], header):
        return None
    run = [blocks[chosen]]
    for b in blocks[chosen + 1:chosen + HEADER_WRAP_BLOCKS]:
        if b.lines != 1 or run[-1].lines != 1 or b.verbatim or sg.terminal(run[-1].text):
            break
        run.append(b)
    if len(run) < 2:
        return None
    cut = header_names([b.text for b in run], header)
    if cut < 2 or header_names([b.text for b in run[:cut]][-1:], header):
        return None   # the piece whole on one line of its own: no headline wrapped into it
    joined = replace(run[0], text=" ".join(" ".join(b.text.split()) for b in run[:cut]), lines=cut, hang=-1)
    trial = blocks[:chosen] + [joined] + blocks[chosen + cut:]
    again = TitleBlock(title=joined.text, title_blocks=[joined], used=chosen + 1, front=list(head.front),
                       authors=list(head.authors), author_blocks=list(head.author_blocks), sure=True)
    return again, trial


def _split_glued_top(blocks, i, cleaned, english):
    """The blocks with block i cut after its first source line, when it holds more than one, the
    first written whole at its head and a blank line under it (a title wrapped by the print has
    none); else the blocks as they are."""
    block = blocks[i]
    if block.lines < 2 or block.verbatim:
        return blocks
    numbers = list(cleaned.line_numbers)
    try:
        k = numbers.index(block.line)
    except ValueError:
        return blocks
    first = cleaned.lines[k].strip()
    rest_at = next((j for j in range(k + 1, len(numbers)) if cleaned.lines[j].strip()), None)
    if not first or rest_at is None or rest_at == k + 1 or not block.text.startswith(first):   # a blank line between
        return blocks
    rest = block.text[len(first):].strip()
    if not rest:
        return blocks
    return blocks[:i] + [replace(block, text=first, lines=1, hang=-1), replace(block, text=rest, line=numbers[rest_at],
                                                                           lines=block.lines - 1, indent=0, hang=-1)] + blocks[i + 1:]


def _body_headings(blocks, head, language: str, contents, dropped, printed_title: str = ""):
    """The body under the title block and its headings (the text's own contents list matched to it
    names some): (body, headings). Read again when the title block is read again (r23cohesion)."""
    body = merge_labels(blocks[head.used:], language)
    outline = _flat_list_groups(body, _listed_date_dropped(body, match_outline([b.text for b in body], contents)))
    if not outline and language.startswith("en"):
        outline = printed_chapter([b.text for b in body], contents, printed_title)   # (r41) the chapter page's own head
    headings = find_headings(body, language, outline, dropped, head.title)
    # a list's items are no headings (lists.py), unless the text's contents list names the line, number
    # and words (round13en: section heads `1. Short title` / `2. Application` set without blank lines)
    # (r31enheads) nor an UNMARKED line the list names: a lead-in's colon over it made it a lost bullet's item
    # (`mark_unmarked_items`), a guess the contents list outweighs (`[ Editor's Note:` / `… ]` / `STATEMENTS BY MEMBERS`)
    headings = [h for h in headings if not (body[h.index].item and not (h.index in outline and (sg.numbering(body[h.index].text)
                                                                                              or not item_kinds(body[h.index].text))))
                and not body[h.index].cell]                      # nor a flattened table's cells (blocks.table_cells)
    if language.startswith("en") and headings:   # (r49) nor a letter's signature under its closing, nor a motion moved
        signed = _signature_lines(body) | _moved_motions(body)
        headings = [h for h in headings if h.index not in signed]
    if language.startswith("en"):   # the peers' style from the headings that stay (r23level: not from a list item)
        headings = english_peers(headings, [body[h.index].text for h in headings])
    return body, headings


# (r49) a letter's closing formula alone on its line, in any of the forms an English letter ends with
VALEDICTION = re.compile(r"^(?:yours\s+(?:sincerely|faithfully|truly|respectfully|ever)|(?:kind|warm|best|with\s+(?:kind|best))?\s*regards"
                         r"|sincerely(?:\s+yours)?|respectfully(?:\s+(?:yours|submitted))?|with\s+(?:best|kind|warm)\s+wishes"
                         r"|n[gā]+\s*mihi(?:\s+nui)?|ngā\s+mihi(?:\s+nui)?|mauri\s+ora)\s*[,.!]?$", re.I)
SIGNATURE_BLOCKS = 5      # blocks under the closing: the name, the office in one or two languages, the body
SIGNATURE_WORDS = 8       # words of one of them


def _signature_lines(body) -> set[int]:
    """(r49) The blocks of a letter's signature: up to SIGNATURE_BLOCKS one-line blocks of at most
    SIGNATURE_WORDS words with no end mark right under its closing formula alone on a line (`Yours
    sincerely,`, `Kind regards`, `Ngā mihi`): the signer's name and offices (`Nick Smith` / `**Mayor of
    Nelson**` / `**Te Koromatua o Whakatū**`), which bold or capitals made look like heads. They end at a
    longer block or one with an end mark (`CC:` lists stay whatever they are)."""
    out: set[int] = set()
    for i, block in enumerate(body):
        if block.lines == 1 and VALEDICTION.match(sg.unmarked(block.text).strip().strip("*_ ")):
            for k in range(i + 1, min(len(body), i + 1 + SIGNATURE_BLOCKS)):
                text = body[k].text.strip().strip("*_ ")
                if body[k].lines != 1 or len(text.split()) > SIGNATURE_WORDS or sg.terminal(text) or text.endswith(":"):
                    break
                out.add(k)
    return out


# (r49) a debate's lead-in to the motion it moves or puts ('Mr Speaker, I move:', 'The Question is:', 'Resolved:')
MOVES = re.compile(r"(?:\bI\s+(?:beg\s+to\s+)?move|\bthe\s+question\s+is|\bresolved|\bit\s+was\s+moved)\s*(?:that)?\s*[:：—–-]+\s*$", re.I)


def _moved_motions(body) -> set[int]:
    """(r49) A motion's words under the lead-in that moves or puts it (`Mr Speaker, I move:` /
    `That this House observes the following sitting days and hours`): a clause opening with `That`,
    the motion's own form, right under a block ending in `I move:`, `The Question is:` or
    `Resolved:` is the text of the debate, never a heading (it has no end mark when the motion goes
    on in a schedule under it)."""
    return {k for k in range(1, len(body)) if MOVES.search(body[k - 1].text.strip())
            and re.match(r"^[\"“‘']?That\s", body[k].text.strip())}


def _flat_list_groups(body, outline: dict[int, int]) -> dict[int, int]:
    """(r31enheads) A contents list printed FLAT (every entry at depth 1: a debate record's list sets
    the business of the day, `STATEMENTS BY MEMBERS`, and the subjects under it, `NAGANO WINTER
    OLYMPICS` …, one a line with no indent) still shows its groups in the text: an UNNUMBERED listed
    heading standing straight over the next listed one (no text between), itself unnumbered, holds
    the listed headings after it, one level below, down to the next such group line. A list with
    depths of its own, numbered entries (`1. Short title` straight over `2. Application`: a series,
    peers), or no listed heading straight over another, is left as listed."""
    if not outline or any(d != 1 for d in outline.values()):
        return outline
    plain = {i for i in outline if not sg.numbering(body[i].text) and not body[i].text.lstrip()[:1].isdigit()}
    groups = {i for i in plain if i + 1 in plain and i + 2 not in outline}
    if not groups:
        return outline
    out, inside = {}, False
    last = max(groups)
    for i in sorted(outline):
        inside = inside or i in groups
        # (r44) back matter after the last group's heads (`References`, `See also`): the text's, a group's peer
        back = i > last and i in plain and bool(BACK_MATTER_EN.match(body[i].text.strip()))
        out[i] = 2 if inside and i not in groups and not back else 1
    return out


def _listed_date_dropped(body, outline: dict[int, int]) -> dict[int, int]:
    """(r31enheads) A record's contents list opens with the sitting's date (`CONTENTS` / `Wednesday,
    February 25, 1998` / `STATEMENTS BY MEMBERS` / …), and the masthead over the proceedings prints
    that date again: the ONE listed heading that is a date alone (DATE_ALONE) dates the record, it
    names no section — front matter; unlisted heads over the first listed one stay text (`Prayers`).
    A journal's list of dated entries (several dates) keeps them."""
    dates = [i for i in outline if DATE_ALONE.match(body[i].text)]
    return {i: d for i, d in outline.items() if i not in dates} if len(dates) == 1 and len(outline) > 1 else outline


GAP_HEADS_MIN = 2   # heads of each gap: two sizes of space over heads, each kept by more than one of them
PRINT_FOOT = re.compile(r"^(?:https?://|www\.)\S+(?:\s+\d{1,3}/\d{1,3})?$")   # the page's address, its counter beside it in layout mode
LAYOUT_GAP = re.compile(r"\S\s{8,}\S")   # a browser's one-line print head in layout mode: the stamp, wide space, the title


def _print_gap_levels(body: list[Block], headings, inferred: list[int], cleaned: Cleaned, language: str) -> list[int]:
    """(r42) A WEB PAGE PRINTED TO PDF AND READ IN LAYOUT MODE (`pdftotext -layout`: the browser's head
    stamp and page title on one line, its address at each page's foot) keeps the page's vertical space as
    blank lines: the page's h2 has a wider margin over it than its h3, so its heads stand under TWO blank
    lines or more and the h3 under one. When the heads come in exactly those two gaps, each kept by
    GAP_HEADS_MIN heads or more, and the first head has the wider one, the wider gap's heads are level 1
    and the others level 2 under them, whatever their words' style ('Part I: Overview' is an h3 under
    'Introduction'). A gap the cleaner made (a removed line of text between) is not counted; a plain-mode
    print or a text's own blank lines do not come to this rule."""
    heads_feet = [r.text.strip() for r in cleaned.removed if r.rule == "running-head"]
    if not language.startswith("en") or len(headings) < 2 * GAP_HEADS_MIN or not any(PRINT_FOOT.match(t) for t in heads_feet) \
            or not any(LAYOUT_GAP.search(t) for t in heads_feet):
        return inferred
    blank = {n for n, t in zip(cleaned.line_numbers, cleaned.lines) if not t.strip()} \
        | {r.line for r in cleaned.removed if not r.text.strip()}
    kept = sorted(n for n, t in zip(cleaned.line_numbers, cleaned.lines) if t.strip())
    gaps = []
    for h in headings:
        line = body[h.index].line
        k = bisect_left(kept, line)   # the kept lines over the head: the last of them ends the gap
        if not k:
            return inferred
        between = range(kept[k - 1] + 1, line)
        if any(n not in blank for n in between):
            return inferred   # a removed line of text between: the space is the cleaner's, not the page's
        gaps.append(len(between))
    wide = [g >= 2 for g in gaps]
    if min(gaps) != 1 or not wide[0] or sum(wide) < GAP_HEADS_MIN or len(wide) - sum(wide) < GAP_HEADS_MIN:
        return inferred
    return [1 if w else 2 for w in wide]


def analyse(cleaned: Cleaned, language: str, title_model: dict | None = None):
    """The rules' reading before levels: (blocks, title block, body blocks, body headings).
    Shared by structure_document and the labeller's training (scripts/train.py). `title_model`:
    the title ranker's model (title_model.py; None: the committed one, {} none)."""
    contents = contents_entries(cleaned.removed, frozenset(n for n, t in zip(cleaned.line_numbers, cleaned.lines) if not t.strip()))
    printed_title = running_title(cleaned.removed)
    listed = is_listed(contents, exact=language.startswith("en"), extra=[printed_title])
    blocks = make_blocks(cleaned.lines, cleaned.line_numbers, language, listed)
    blocks = _split_printed_question(blocks, printed_title)
    blocks = _split_printed_subtitled(blocks, printed_title, cleaned) if language.startswith("en") else blocks
    blocks = _split_title_lines(blocks, cleaned) if language.startswith("en") else blocks
    blocks = _split_printed_title_line(blocks, printed_title, cleaned)
    blocks = _split_category_label(blocks, printed_title)
    address = printed_address(cleaned.removed) if language.startswith("en") else ""
    blocks = _split_slug_line(blocks, address, cleaned) if address and _printed_part_at(blocks, printed_title) is None else blocks
    head = _title_at(blocks, language, printed_title, address) or _header_named_at(blocks, cleaned.removed, language)
    printed = head is not None   # the print header named the title line: no cohesion check overrides it
    named = None if head else _removed_file_name(cleaned)
    if named:   # the page's name the cleaner removed as chrome still names it (title_evidence)
        trial = read_title_block([named] + blocks, language)
        if trial.title_blocks and trial.title_blocks[0] is named:
            blocks, head = [named] + blocks, trial
    head = head or read_title_block(blocks, language, chrome_removed=_chrome_over_text(cleaned, language.startswith("en")))
    if (stated := _front_matter_title_at(blocks, cleaned, head, language)):
        head, printed = stated, True   # the page's front matter states its title: no reading overrides it
    if (marked := _marked_title_at(blocks, language)) and (not head.title or _names_more(marked, head, blocks, language)):
        head, printed = marked, True   # the export's `#` line names the text: no cohesion check overrides it
    elif marked and head.title_blocks and head.title_blocks[0] is blocks[0] \
            and _same_letters(marked.title, head.title) and _stated_title(blocks, cleaned):
        # (r28markdown) the front matter's title again as the page's `#` line: the text starts there (the
        # stated line stays front matter, as any line over the marked title)
        marked.as_written = marked.as_written or head.as_written
        head, printed = marked, True
    if not language.startswith("en"):
        head = _series_part_title(head, blocks, [r.text for r in cleaned.removed])
    dropped = frozenset(r.line for r in cleaned.removed if r.text.strip())
    body, headings = _body_headings(blocks, head, language, contents, dropped, printed_title)
    # above the text's first heading; a lone heading may be the headline itself (read as a heading
    # under the chrome read as the title): the only heading names the whole text, not a part
    cohesive, blocks = (head, blocks) if printed else \
        _cohesive_title(head, blocks, language, body[headings[0].index].line + (len(headings) == 1) if headings else None, cleaned,
                        tuple(body[h.index].text for h in headings[1:]))
    if cohesive is not head:   # the line read as the title names nothing of the text: the naming line is (r23cohesion)
        head = cohesive
        body, headings = _body_headings(blocks, head, language, contents, dropped, printed_title)
    if language.startswith("en") and not printed:
        named, blocks = _header_named_under_body(head, blocks, cleaned, language)
        if named is not head:   # the body's name read as the title, the print header naming a line under it (r27entitles)
            head, printed = named, True
            body, headings = _body_headings(blocks, head, language, contents, dropped, printed_title)
    ranked = rerank_title(blocks, head, language, printed_title, title_model) if not head.sure else head
    if ranked is not head:   # the title ranker prefers another top block by its margin (title_model.py)
        head = ranked
        body, headings = _body_headings(blocks, head, language, contents, dropped, printed_title)
    if language.startswith("en") and not printed and (label := _first_of_labels(head, blocks, body, headings)):
        # (r32enpages) the line read as the title is the first of the page's parallel field labels
        head = TitleBlock()
        body, headings = _body_headings(blocks, head, language, contents, dropped, printed_title)
        if not headings or headings[0].index != 0:
            headings = [replace(label, index=0)] + headings
    titled = title_heading(body, headings, tuple(b.text for b in head.title_blocks)) or (_one_division(body, headings) if language.startswith("en") and not head.title else None) \
        or (_lone_opening_division(body, headings) if language.startswith("en") and not head.title else None)
    if titled and chrome_reason(body[titled.index].text, language.startswith("en")):
        titled = None   # a breadcrumb or the site's name read as a heading: never the title (title_evidence)
    if titled and not head.title and not language.startswith("en") \
            and _catalogue_names_another(catalogue_name(cleaned.removed), body[titled.index].text):
        titled = None   # the catalogue box names the 公文 (a forwarding notice): the marked line is the forwarded document's heading
    if titled:   # the title written as a heading names the document: not a part over every section
        headings = headings[1:]
        text = body[titled.index].text
        if titled.index == 0 and (not head.title or text == head.title):
            head.title_blocks.append(body[0])   # it opens the body: the title block takes it
            head.used += 1
            body = body[1:]
            headings = [replace(h, index=h.index - 1) for h in headings]
        head.title = head.title or text
    if not head.title and not language.startswith("en"):
        head.title = catalogue_name(cleaned.removed)   # the catalogue box names a headline-less 公文 (unseen12)
    if not head.title and not language.startswith("en"):
        body, headings = _title_after_lead_in(head, body, headings)
    if not head.title and not language.startswith("en"):
        body, headings = _name_over_series(head, body, headings)
    if head.title_blocks:
        headings = below_markdown_title(headings, head.title_blocks[0].text)
    headings = _title_page_again(head, body, headings)
    headings = _front_line_again(head, body, headings) if language.startswith("en") else headings
    headings = _cover_page_lines(head, body, headings, cleaned) if language.startswith("en") else headings
    headings = _title_page_imprint(head, body, headings) if language.startswith("en") else headings
    headings = _title_heading_again(head.title or "", body, headings) if language.startswith("en") else headings
    headings = _title_page_head(head.title or "", body, headings) if language.startswith("en") else headings
    headings = _marked_running_head(body, headings) if language.startswith("en") else headings
    headings = _marked_title_block(body, headings) if language.startswith("en") else headings
    headings = _title_designation_again(head.title or "", body, headings) if language.startswith("en") else headings
    headings = _cover_words_again(head.title or "", body, headings) if language.startswith("en") and not is_record(body) \
        else headings   # (r27transcripts) a record's headline names the business taken: its items stay heads
    headings = _cited_acts(body, headings) if language.startswith("en") else headings
    headings = _occasion_under_title(head, body, headings) if language.startswith("en") else headings
    headings = _marked_kind_over_date(body, headings) if language.startswith("en") else headings
    body, headings = _issued_annex(_notice_title(head, body, language), body, headings)
    if not language.startswith("en"):
        headings = _attached_explanation(head.title or "", body, headings)
        headings = _glued_report_head(body, headings)
    body, headings = _bare_annex_label(body, headings)
    headings = _truncated_headline(head, body, headings)
    if not language.startswith("en"):
        headings = _promulgated_name(head, blocks[:head.used], body, headings)
    headings = _issuer_over_title(head.title or "", body, headings)
    headings = _line_twice(body, headings)
    if not language.startswith("en"):
        headings = _headline_restated(head.title or "", body, headings)
        headings = _translation_lines(body, headings)
        headings = _speaker_under_title(body, headings)
        headings = _speaker_turns(body, headings)
        headings = _speaker_over_salutation(body, headings)
        headings = _news_deck(body, headings)
    if language.startswith("en"):
        headings = _code_annotations(body, headings)
        headings = _addressee_lines(body, headings)
        headings = _label_lead_in_run(body, headings)
    return blocks, head, body, headings


# (r41) how a speech names those it addresses, one addressee a line at its opening: an honorific or an
# address form ('Honourable Speaker, …', 'His Excellency, President …', 'Madam Chair', 'Members of the
# House', 'Ladies and Gentlemen', 'Cabinet Colleagues', 'Fellow citizens'), or an office held ('The
# Governor of the Reserve Bank'); its words are the form's, never the speech's subject
ADDRESSEE = re.compile(
    r"^(?:(?:The\s+)?(?:Rt\.?\s+|Right\s+)?Hon(?:ou?rable|\.)\b|(?:His|Her|Your|Their)\s+(?:Excellenc(?:y|ies)|Majest(?:y|ies)"
    r"|Royal\s+Highness(?:es)?|Worship|Honou?r)\b|Excellenc(?:y|ies)\b|Madam\b|Mister\b|Mr\.?\s+(?:Speaker|President|Chair)"
    r"|Members\b|Fellow\b|Ladies\b|Distinguished\b|Dear\b|Esteemed\b|(?:[A-Z][a-z]+\s+)?Colleagues\b"
    r"|The\s+[A-Z][a-z]+(?:[-\s][A-Z][a-z]+)?\s+of\s+(?:the\s+)?[A-Z])")
ADDRESSEE_RUN = 3      # addressee lines in a row, the heading's own among them
ADDRESSEE_WORDS = 14   # words of one addressee's line


def _addressee(text: str) -> bool:
    return bool(ADDRESSEE.match(text)) and len(text.split()) <= ADDRESSEE_WORDS and not re.search(r"[.;!?]$", text)


def _addressee_lines(body, headings):
    """(r41) A speech's salutation set one addressee a line (`Honourable Speaker, …` / `His Excellency,
    …` / `Cabinet Colleagues` / `The Governor of the Reserve Bank`): short lines with no end mark, the
    last of which reads like a plain heading over the speech's first part. A weak unnumbered heading
    that is an addressee's line (ADDRESSEE) in a run of ADDRESSEE_RUN such lines or more, next to each
    other, is one of them, no heading. The part's own head under the run (`Introduction`) is no
    addressee and stays."""
    out = []
    for h in headings:
        text = body[h.index].text.strip()
        if not (h.style or h.strong or h.depth) and _addressee(text):
            a = h.index
            while a > 0 and _addressee(body[a - 1].text.strip()):
                a -= 1
            b = h.index
            while b + 1 < len(body) and _addressee(body[b + 1].text.strip()):
                b += 1
            if b - a + 1 >= ADDRESSEE_RUN:
                continue
        out.append(h)
    return out


# (r45) a paragraph led by its label and a colon, the label's bold lost in a print ('Training: The Board
# will …'): a few capitalised words, the colon, then a capital
LEAD_LABEL = re.compile(r"^(?P<label>[A-Z][^:.!?;]{0,60}?):\s+[A-Z“\"(]")
LEAD_LABEL_WORDS = 6
LEAD_AFTER = 2          # blocks after a heading searched for the run's next labelled paragraph


def _label_led(text: str) -> bool:
    m = LEAD_LABEL.match(text.strip())
    return bool(m) and len(m["label"].split()) <= LEAD_LABEL_WORDS


def _label_lead_in_run(body, headings):
    """(r45, issue 11) A run of paragraphs each led by its label and a colon, the labels' bold lost
    when the page was printed (`Training: The Board will …` / `Cybersecurity: The President’s
    Executive Order 13636 on Improving Critical Infrastructure` / `Definition of Privacy: …`): a
    paragraph whose first line, cut by the print's wrap, ends in title-case words reads as a caps
    heading. A weak unnumbered heading led by a label and a colon, with a labelled paragraph right
    before it and another among the LEAD_AFTER blocks after it, is one of the run, no heading; its
    line stays a paragraph. A part's heading with a colon (`Part 2: Fees`) between paragraphs of
    another shape stays."""
    at = {h.index for h in headings}
    out = []
    for h in headings:
        text = body[h.index].text
        if not (h.style or h.strong or h.depth) and _label_led(text) and h.index > 0 and h.index - 1 not in at \
                and _label_led(body[h.index - 1].text) and sg.terminal(body[h.index - 1].text.strip()) \
                and any(_label_led(body[k].text) and k not in at for k in range(h.index + 1, min(len(body), h.index + 1 + LEAD_AFTER))):
            continue
        out.append(h)
    return out


# (r27codes) the labels of an annotated code's notes under a section, each alone on its line ('History.',
# 'Source:', 'Credits', 'Cross References', 'Notes of Decisions', 'STATUTORY NOTES', 'Compiler's Notes.')
ANNOTATION_LABEL = re.compile(
    r"^(?:history|source|sources|credits|derivation|prior\s+law|legislative\s+history|annotations?|"
    r"cross[-\s]references?|notes?\s+(?:of|to|on)\s+decisions|case\s+notes|statutory\s+notes|historical\s+notes?|"
    r"historical\s+and\s+statutory\s+notes|(?:editor|compiler|revisor|code\s+commission)[’']?s\s+notes?|"
    r"amendments?|amendment\s+notes?|effective\s+dates?|effective\s+date\s+notes?|research\s+references|"
    r"library\s+references|collateral\s+references|law\s+reviews?(?:\s+commentar(?:y|ies))?|official\s+comments?|"
    r"opinions?\s+of\s+(?:the\s+)?attorney\s+general|attorney\s+general\s+opinions|decisions\s+under\s+prior\s+law)"
    r"\s*[.:]?$", re.I)
ANNOTATION_TOPIC_WORDS = 12   # words of a case note's topic line ('Accrual of Right Before Amendment Effective.')


def _code_annotations(body, headings):
    """(r27codes) An annotated code's page: under a section head (`§ 73-101. Codes not retroactive.`,
    `Sec. 12.40.010. …`) its notes stand as labelled parts, each label alone on a line between blank
    lines (ANNOTATION_LABEL: `History.`, `Source.`, `STATUTORY NOTES`, `CASE NOTES`, `Notes of Decisions`):
    each is a heading one level under the section (Heading.annotation, levels.py), whether or not the
    rules read it as one; under a label in capitals (a group: `CASE NOTES`), a label or a case-note
    topic (a short Title Case phrase closed by a full stop, alone on its line, over its note) is a head
    two levels under. Only after a code section's head (numbering `section` or a provision head); a
    run-in `History: L. 1901, ch. 12.` is the section's text, no label; so is a label with no blank line
    around it, set on with the notes it labels (`Source` / `(Code 1966, § 611.) …`)."""
    sections = {h.index for h in headings if not h.annotation and (h.style == "section" or body[h.index].provision)}
    if not sections:
        return headings
    found = {h.index: h for h in headings}
    out = dict(found)
    group = False   # under a capitals group label since the last section head
    for i in range(min(sections) + 1, len(body)):
        block, text = body[i], " ".join(body[i].text.split())
        if i in sections:
            group = False
            continue
        if block.lines != 1 or block.item or block.cell or block.code:
            continue
        if i + 1 < len(body) and (body[i + 1].line - block.line < 2 or block.line - body[i - 1].line - body[i - 1].lines < 1):
            continue   # no blank line around it: a label run on with the notes it labels (`Source` / `(Code 1966, …)`) stays text
        if i in found and sg.numbering(text) and not ANNOTATION_LABEL.match(text):
            group = False   # another numbered head (a Part, a subsection head): the notes end
            continue
        if ANNOTATION_LABEL.match(text):
            caps = sg.is_all_caps(text)
            level = 2 if group and not caps else 1
            group = group or caps
            out[i] = replace(found[i], annotation=level) if i in found else \
                Heading(i, "annotation|", "", True, annotation=level)
        elif group and text.endswith(".") and not sg.ends_with(text[:-1], ".;:!?") \
                and len(text.split()) <= ANNOTATION_TOPIC_WORDS and _title_case_phrase(text[:-1]) \
                and i + 1 < len(body) and sg.ends_sentence(body[i + 1].text) and not sg.numbering(text):
            out[i] = replace(found[i], annotation=2) if i in found else Heading(i, "annotation-topic|", "", True, annotation=2)
    return [out[k] for k in sorted(out)]


LABEL_TAIL_WORDS = 3   # (r32enpages) words a field label shares with its siblings' ends ('… of the programme/policy')
LABEL_MAX_WORDS = 8


def _first_of_labels(head, blocks, body, headings):
    """(r32enpages) A summary page with field labels and no title line (a portal's programme page:
    `Description of the programme/policy` / `Main objective of the programme/policy` / `Specific
    objective …`, each over its text): the first line, read as the title, ends in the same last
    LABEL_TAIL_WORDS words, all lower case (generic words, no name's), as a heading under it, both
    short and ending no sentence: it is the first
    of the labels, a heading like them, and the page has no title line. The heading it matches, or None."""
    if len(head.title_blocks) != 1 or head.title_blocks[0] is not blocks[0] or head.used != 1 or head.front:
        return None
    words = head.title.split()
    if not LABEL_TAIL_WORDS < len(words) <= LABEL_MAX_WORDS or sg.ends_with(head.title, ".;:!?。"):
        return None
    if any(not w.islower() for w in words[-LABEL_TAIL_WORDS:]):
        return None   # '… of the Harbour Board': a name's end, no label's generic words
    tail = [w.casefold() for w in words[-LABEL_TAIL_WORDS:]]
    for h in headings:
        other = body[h.index].text.split()
        if LABEL_TAIL_WORDS < len(other) <= LABEL_MAX_WORDS and [w.casefold() for w in other[-LABEL_TAIL_WORDS:]] == tail \
                and " ".join(other).casefold() != " ".join(words).casefold():
            return h
    return None


def _title_case_phrase(text: str) -> bool:
    """Every word of four letters or more capitalised, and at least one such word ('Accrual of Right
    Before Amendment Effective')."""
    long = [w for w in re.findall(r"[^\W\d_][\w'’]*", text) if len(w) >= 4]
    return bool(long) and all(w[0].isupper() for w in long)


DECK_BLOCKS = 3   # body blocks from the top within which a news page's deck lines stand
DECK_MIN = 12     # characters of a deck line: a display line of several phrases, not a short section name
DECK_MAX_LEN = 50


def _news_deck(body, headings):
    """A news page's deck under its headline: two or more display lines ('坚持…而努力奋斗' / '某某出席会议
    某某主持 某某作报告', the second perhaps cut short by the source) before the article's first
    sentence. Read as a heading the second makes the whole article one section. Only when it is the
    text's ONLY heading, weak and unnumbered, of DECK_MIN to DECK_MAX_LEN characters, among the
    body's first DECK_BLOCKS blocks, with only display lines of the same length and no sentence end
    over it (round11zh, xxz6)."""
    if len(headings) != 1 or headings[0].strong or headings[0].style or not 1 <= headings[0].index < DECK_BLOCKS:
        return headings
    k = headings[0].index
    if any(sg.ends_sentence(body[j].text) or not DECK_MIN <= len(sg.PINYIN_GLOSS.sub("", body[j].text)) <= DECK_MAX_LEN for j in range(k + 1)):
        return headings
    return []


def _speaker_over_salutation(body, headings):
    """A speaker's line right over the salutation ('镇长 XX' / '各位代表：', '县长 张某' / '各位代表：')
    names who speaks, where the title block's reading stopped above it (a template's date with blanks,
    '2014年 月 日', ends it): no heading (round9zh, xxu8). Only an unnumbered weak heading. The
    office and the name on two lines ('某某区人民政府区长' / '李某某' / '各位代表：'): the name alone is
    no heading either (round10zh, xxw2)."""
    out = []
    for h in headings:
        nxt = body[h.index + 1].text.strip() if h.index + 1 < len(body) else ""
        if not (h.style or h.strong or h.depth) and sg.SALUTATION.match(nxt) and speaker_line(body[h.index].text.strip()):
            continue
        if not (h.style or h.strong or h.depth) and sg.SALUTATION.match(nxt) and h.index > 0 \
                and PERSON_NAME.match(body[h.index].text.strip()) and _office_line(body[h.index - 1].text):
            continue   # the office on the line above, the name alone over '各位代表：' (round10zh, xxw2)
        if not (h.style or h.strong or h.depth) and sg.SALUTATION.match(nxt) and _bare_office(body[h.index].text.strip()):
            continue   # (r26zh) the office without the name a copy left out ('国务院总理' / '各位代表：')
        out.append(h)
    return out


BARE_OFFICE_MAX = 12   # characters of an office's name alone ('国务院总理', '某某市人民政府市长')


def _bare_office(text: str) -> bool:
    """(r26zh) An office alone, its holder's name left out by the copy: a speaker's line without the
    name ('国务院总理'), words only, ending in an office's word (front.ROLE_END)."""
    return 2 < len(text) <= BARE_OFFICE_MAX and text.endswith(ROLE_END) and bool(re.fullmatch(r"[\u4e00-\u9fff]+", text))


GLUED_HEAD_KIND = re.compile(r"(?:报告|報告|讲话|講話)$")


def _glued_report_head(body, headings):
    """(round10zh, xxw2) A page holding two texts, a congress's resolution on the work report and then
    the report itself, where the report's title and its dateline stand glued on one line in the body
    ('政 府 工 作 报 告 ——2021年1月6日在某区第九届人民代表大会第一次会议上'): the line opens the second
    text, a level-1 heading with a fresh pattern under it (as an issued annex's title, `_issued_annex`).
    Only a line of the body past its first block, the title before the dash naming a report or a
    speech (front.GLUED_DATELINE), no heading yet; only the first such line."""
    taken = {h.index for h in headings}
    for i, block in enumerate(body):
        if i == 0 or i in taken or block.lines > 2:
            continue
        match = GLUED_DATELINE.match(block.text.strip())
        if match and GLUED_HEAD_KIND.search("".join(match["title"].split())) and not match["who"]:
            return sorted(headings + [Heading(i, "appendix|", "", True, True)], key=lambda h: h.index)
    return headings


OFFICE_MAX = 24   # characters of an office line: '武汉市某某区人民政府区长'


def _office_line(text: str) -> bool:
    """(round10zh, xxw2) A speaker's office alone on its line, the name on the next one ('某某市某某区
    人民政府区长' / '李某某'): it ends in an office word (front.ROLE_END), no mark, no digit."""
    text = "".join(text.split())
    return 2 <= len(text) <= OFFICE_MAX and text.endswith(ROLE_END) and not re.search(r"[\d。，；：:,;！？]", text)


CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
PAIRS_MIN = 3          # CJK lines each followed by its English line: a bilingual edition
PAIRED_SHARE = 0.4     # … for this share of the CJK lines at least
# an English line translating a Chinese one takes about one to five times its characters: an English
# heading after a long Chinese paragraph ('Installation' in a Chinese README) is no translation
TRANSLATION_RATIO = (0.8, 8.0)


def _translation_lines(body, headings):
    """A bilingual edition prints every paragraph in Chinese and then in English (a report's
    title block, its salutation, each heading and paragraph): an English line right after a
    Chinese one is its translation, never a heading of its own ('各位代表:' / 'Fellow Deputies,',
    '一、2024年工作回顧' / 'I A Review of Our Work in 2024'). Only in a text where at least PAIRS_MIN
    Chinese lines, and PAIRED_SHARE of them, are followed so by a line of a translation's length
    (TRANSLATION_RATIO) (unseen2)."""
    cjk = [i for i, b in enumerate(body) if CJK_CHAR.search(b.text)]
    starts = {i + 1 for i in cjk if i + 1 < len(body) and not CJK_CHAR.search(body[i + 1].text)
              and LATIN_WORD.search(body[i + 1].text)
              and TRANSLATION_RATIO[0] * len(body[i].text) <= len(body[i + 1].text) <= TRANSLATION_RATIO[1] * len(body[i].text)}
    if len(starts) < PAIRS_MIN or len(starts) < PAIRED_SHARE * len(cjk):
        return headings
    paired = set(starts)
    for i in sorted(starts):   # a translation may run over several lines (an English title block)
        j = i + 1
        while j < len(body) and not CJK_CHAR.search(body[j].text) and LATIN_WORD.search(body[j].text):
            paired.add(j)
            j += 1
    return [h for h in headings if h.index not in paired]


def _catalogue_names_another(name: str, marked: str) -> bool:
    """A headline-less 公文 whose catalogue box names it (`名称：…关于转发《X》的通知`, removed as the page's
    chrome) and whose first marked heading is another line (`## X`, the forwarded document's own title):
    the box's name is the title and the marked line heads the first part, as it does unmarked. A
    Markdown export marks the forwarded document's title, not the notice's (robust3)."""
    squash = lambda t: re.sub(r"[\s\u3000]+", "", sg.unmarked(t))
    return bool(name) and squash(name) != squash(marked)


SPEECH_TITLE_MAX = 30   # characters: a title line over a speaker's name, not a sentence
PERSON_NAME = re.compile(r"^[\u4e00-\u9fff]{2,3}$")   # a Chinese personal name; four characters are mostly a topic
NOT_TITLE_MARK = re.compile(r"[:：•·▪*]")               # a label ('别称：…') or a list item is no title line
TITLE_LINES_MAX = 2     # a title and its second line ('用好红色资源 赓续红色血脉' / '努力创造…')


# what a title names: a kind of document (a 公文's or a report's), or a transcript's ('…答记者问')
TITLE_KIND = re.compile(rf"(?:{sg.DOC_KIND_END.pattern.rstrip('$')}|答记者问|答記者問|答问|答問|问答|問答|讲话|講話|致辞|致辭|实录|實錄)$")
LEAD_IN_MIN = 60   # characters of the paragraph over it: a news item's lead-in, not a line of chrome


def _title_after_lead_in(head, body, headings):
    """A page copied from its summary on: one lead-in paragraph ('据…报道，…为您一一整理。'),
    then the line naming the text ('…新闻发布会某某答记者问'), then the text, with no other heading.
    That line is the title, not a section holding the whole text: the title block takes it (the
    lead-in stays the first paragraph). Only a weak unnumbered sole heading right after one long
    paragraph, ending in a kind of document (TITLE_KIND), where no title line was found (unseen8).
    A '#' mark does not make it a section: a Markdown export marks the title so (robust2)."""
    if len(headings) != 1:
        return body, headings
    only = headings[0]
    text = body[only.index].text.strip() if only.index < len(body) else ""
    if only.index != 1 or only.style and not only.style.startswith("md") or only.depth or not TITLE_KIND.search(text) \
            or len(body[0].text) < LEAD_IN_MIN or not sg.ends_sentence(body[0].text):
        return body, headings
    head.title = text
    head.title_blocks.append(body[only.index])
    return body[:only.index] + body[only.index + 1:], []


# the first part of a series named in its own line: '某某报告要点之一：2022年工作回顾' (round14zh)
SERIES_PART = re.compile(r"^(?P<series>[^。！？；，,:：]{6,40}?)之一\s*[:：]\s*\S[^。！？；]{0,40}$")


def _series_part_title(head, blocks, removed=()):
    """A text in numbered parts whose part names carry the series' name ('某某解读要点之一：工作回顾',
    '…之二：思路和目标', …) and no title line over them: the title reading took the first part's
    name, the first line. It is the first part's heading; the series' name it opens with ('某某解读要点')
    names the document and is the title (round14zh, issue 11). Only a one-line title block that is
    the first block, shaped `S之一：T` (S 6–40 characters, no sentence punctuation), when a later
    block or a line the cleaner removed (the contents box listing the parts) names the same S with
    `之二`."""
    if len(head.title_blocks) != 1 or head.used != 1 or not blocks or head.title_blocks[0] is not blocks[0]:
        return head
    m = SERIES_PART.match(blocks[0].text.strip())
    second = m["series"] + "之二" if m else ""
    if not m or not any(second in b.text for b in blocks[1:]) and not any(second in t for t in removed):
        return head
    head.title, head.title_blocks, head.used = m["series"], [], 0
    return head


NAME_SCAN = 8   # body blocks: a headline-less notice's few lines, then the issued document's name


def _name_over_series(head, body, headings):
    """A page copied from below a notice's headline (the addressees, the notice's lines, its
    signature), then the name of the document it issues ('某某县政府常务会议议事规则'), then that
    document's numbered parts ('第一章 …', '一、…'). With no title line, that name is the title, not
    a part beside the numbered ones (round13zh, issue 11); the line stays a paragraph in place,
    after the notice's lines (a title block would move it before them). Only a weak
    unnumbered first heading with no end mark within NAME_SCAN blocks, every later heading numbered,
    and the name at the same level as the series under it (it would hold none of it), on a
    source line of its own (not split out of a one-line raw-HTML body, whose markup sets it as a heading)."""
    if len(headings) < 2:
        return body, headings
    first, rest = headings[0], headings[1:]
    text = body[first.index].text.strip() if first.index < len(body) else ""
    if first.style or first.strong or first.depth or first.appendix or first.index >= NAME_SCAN \
            or sg.numbering(text) or sg.ends_sentence(text) or body[first.index].lines > 1 \
            or not all(h.style for h in rest):
        return body, headings
    if sum(1 for b in body if b.line == body[first.index].line) > 1:
        return body, headings   # a body field of markup on one line (raw HTML): its own <strong>/centred name heads the plan
    if any(sg.SALUTATION.match(b.text.strip()) for b in body[:first.index]):
        return body, headings   # (r35) '各位代表：' over it: a speech's first part ('七届人民政府工作回顾'), no document's name
    # (r35) a document's name holds its parts (headings._names_document); here, where no title line names
    # the page, the name is the title: the levels are read as if it were a line like any other
    levels = infer_levels([replace(first, period=False)] + rest)
    if levels[1] > levels[0]:
        return body, headings   # the series under it: a part heading over its sections
    head.title = text   # the line stays a paragraph where it stands: the notice's lines come before it
    return body, rest


# A transcript's turn opens with who speaks on a line of its own: the office, then the name, maybe a
# colon ('国务院新闻办新闻局局长、新闻发言人 胡凯红', '…研究室主任 黄守宏：'); a copy may have lost the space.
TURN_ROLES = ROLE_END + ("发言人", "發言人", "负责人", "負責人", "主持人")
TURN_SPEAKER = re.compile(rf"^(?P<role>[^。，；！？,;!?]{{1,36}}?(?:{'|'.join(TURN_ROLES)}))[ \u3000]?"
                          r"(?P<name>[\u4e00-\u9fff·]{2,4})\s*[:：]?$")
TURNS_MIN = 2   # speaker lines in the text, one of them closed by a colon: it is a transcript


def _speaker_turns(body, headings):
    """A transcript of a briefing or press conference (吹风会, 答记者问) sets each speaker's office
    and name on a line of their own over what they say. Such a line names who speaks: it heads no
    section, with or without its colon. Only an unnumbered weak 'heading' in a text with TURNS_MIN
    such lines or more, one of them ending in a colon (unseen8; the family of xn10's run-in labels)."""
    turns = [i for i, b in enumerate(body) if TURN_SPEAKER.match(b.text.strip())]
    if len(turns) < TURNS_MIN or not any(body[i].text.rstrip().endswith((":", "：")) for i in turns):
        return headings
    turned = set(turns)
    return [h for h in headings if h.style or h.strong or h.depth or h.index not in turned]


def _speaker_under_title(body, headings):
    """A speech or article reprinted inside a page: its title on one or two short lines with no end
    mark, then the speaker's or author's name alone ('习近平'), then the text. The name is the
    byline, not a heading; the title line over it heads the item (unseen2). Only an unnumbered
    weak heading (not numbered, not in a contents list) that is a bare name of 2-3 characters,
    under title lines that are not headings, with a paragraph after it."""
    taken = {h.index for h in headings}
    out = []
    for h in headings:
        text = body[h.index].text.strip()
        if h.style or h.strong or h.depth or not PERSON_NAME.match(text):   # a listed or strong heading is one
            out.append(h)
            continue
        top = h.index
        while h.index - top < TITLE_LINES_MAX and top - 1 >= 0 and top - 1 not in taken \
                and 2 <= len(body[top - 1].text) <= SPEECH_TITLE_MAX and not sg.ends_sentence(body[top - 1].text) \
                and not sg.numbering(body[top - 1].text) and not NOT_TITLE_MARK.search(body[top - 1].text):
            top -= 1
        nxt = body[h.index + 1].text if h.index + 1 < len(body) else ""
        if top < h.index and len(nxt) > SPEECH_TITLE_MAX:
            out.append(replace(h, index=top))
        else:
            out.append(h)
    return sorted(out, key=lambda h: h.index)


# a notice that issues or forwards a document: '…关于印发《X》的通知', '…关于转发X的通知'
# ('某某市人民政府印发《X》的通知' without 关于, in Traditional characters too: 印發, 決定; unseen3, xj6;
# round13y: a title whose issuer stands on the line above opens with the verb, '转发某某意见的通知', xxm1)
ISSUING = re.compile(r"(?:^|关于|關於|关於|關于|政府|办公厅|辦公廳|办公室|辦公室)(?:印发|转发|发布|颁布|印發|轉發|發布|頒布)"
                     r"《?(?P<name>(?:[^《》]|《[^《》]{1,30}》){4,60}?)》?(?:等[一二三四五六七八九十两兩0-9０-９]{1,3}(?:个|個|项|項|部)?文件)?的(?:通知|决定|決定)"
                     r"(?:\s*[（(][^（）()]{2,24}号[）)])?(?:\s+[|｜])?$")   # the document number glued after it: '…的通知(某办发〔2017〕2号)' (unseen12)
#   (r39) a name that quotes another inside it ('印发2023年区《政府工作报告》确定的…分解方案的通知'); a page
#   title's separator left after it ('…的通知 |')
# a call for comments on a draft quotes the draft's name with its status in brackets ('关于《某某条例
# (草案修改二稿 征求意见稿)》公开征求意见的公告'), and the draft follows under its name (unseen8)
# (round12zh) the status may stand after the quote marks: '关于《某某条例》(修正草案·二审稿)公开征求意见的通知'
CONSULTING = re.compile(r"(?:关于|關於|关於|關于)《(?P<name>[^《》]{4,60}?)》(?:[（(][^（）()]{0,20}(?:草案|征求意见稿|徵求意見稿|送审稿|送審稿)[^（）()]{0,20}[）)])?(?:公开|公開|向社会|向社會)*"
                        r"(?:征求意见|徵求意見|征求意見)的(?:公告|通知|通告)$")
DRAFT_STATUS = re.compile(r"[（(][^（）()]*(?:草案|征求意见稿|徵求意見稿|送审稿|送審稿)[^（）()]*[）)]$")
DRAFT_STATUS_LINE = re.compile(r"^\s*" + DRAFT_STATUS.pattern)   # '（草案修改二稿征求意见稿）' alone under the draft's name
WIDE_PUNCT = str.maketrans("()[]:,〈〉<>", "（）［］：，《》《》")   # a name quoted inside a quoted name: 〈〉 for 《》
# (round10zh, xxw4) the issued document's name quotes another document's ('2006年《政府工作報告》要求
# 重點做好的工作事項') where the notice's title, quoting nothing, writes it bare: the names are
# compared without their title marks
NAME_MARKS = str.maketrans("", "", "《》")
# (round13y) the issued document's own title may be only PART of the name the notice quotes: the notice
# names the drafting bodies before it ('关于转发市发展改革委市某某局某某市垃圾分类制度实施方案的通知'
# over '某某市垃圾分类制度实施方案', xxk7) or issues two documents at once ('转发某某指导意见及操作规范
# 的通知' over '某某指导意见', xxm1); a notice issuing several ('印发《某某实施细则》等三个文件的通知',
# xxh1) quotes only the first
ISSUED_PART_MIN = 8   # characters: a part of the quoted name long enough to be a document's name


def _unread(text: str) -> str:
    """The text without a converter's reading annotations ('發（fā）' -> '發'; front.READING)."""
    return READING.sub("", text)


ISSUED_LINES = 3   # lines of the issued document's title: one, or a title set over centred lines (blocks.TITLE_LINES)


# (round12zh) an announcement numbered or not ('某某常委会办公室公告(第7号)') whose opening paragraph
# publishes a draft in full: '现将《某某条例(草案)》全文公布，征求意见'
ANNOUNCEMENT = re.compile(r"(?:公告|通告|通知)(?:\s*[（(]第?[0-9０-９一二三四五六七八九十]{1,4}号[）)])?$")
# (its first quoted draft name: the later ones may be its short form, '以下简称《条例(草案)》')
PUBLISHED_DRAFT = re.compile(r"《(?P<name>[^《》]{4,60}?[（(][^（）()]*(?:草案|征求意见稿|徵求意見稿|送审稿|送審稿)[^（）()]*[）)])》")
PUBLISHES = re.compile(r"全文公布|予以公布|全文公開|予以公開")
PUBLISHED_SCAN = 3   # body blocks: the announcement's opening paragraph


def _published_draft(title: str, body):
    """An announcement whose opening paragraph publishes a draft in full ('现将《某某条例（草案）》全文
    公布…'): the draft follows under its name, as under a call for comments (round12zh). The match
    with the draft's name, or None."""
    if not ANNOUNCEMENT.search(_unread(title.strip())):
        return None
    for block in body[:PUBLISHED_SCAN]:
        match = PUBLISHED_DRAFT.search(_unread(block.text))
        if match and PUBLISHES.search(block.text):
            return match
    return None


MAKER_BODY_END = re.compile(r"(?:政府|委员会|委員會|办公室|辦公室|办公厅|辦公廳|办事处|辦事處|局|厅|廳|部|院|会|會)$")


def _maker_place(prefix: str, issuer: str) -> bool:
    """(r48) Words before an issued document's quoted name that spell out where its maker is: the
    opening of the notice's issuer (`重庆市梁平区` of `重庆市梁平区曲水镇人民政府`), never the issuing body
    itself (a signature line `某市人民政府` over the document's title is no part of the title)."""
    return 0 < len(prefix) <= ISSUER_PREFIX and len(prefix) < len(issuer) and issuer.startswith(prefix) \
        and not MAKER_BODY_END.search(prefix)


CAPTION_WORDS = 12   # words of a picture's caption read as the title line


def _subject_under_caption(title: str, front, sections) -> str:
    """(r48) An encyclopedia article converted without its title: the lead picture's caption is its first
    line ('Zimbabwean exports in 2006'), the lead under it names the subject in bold ('The **economy of
    Zimbabwe** is …', the wiki convention). The line is short (CAPTION_WORDS words), has no end mark, and
    lacks a word of the subject's: it is the caption, and the bold subject the title. A title line that
    holds the subject's words ('Albedo' over '**Albedo** is …', 'History of Rome' over '**Rome** was …')
    stays. Returns the subject, or ''."""
    lead = [p.text for p in front[:1]] or [p.text for s in sections[:1] for p in s.paragraphs[:1]]
    subject = bold_subject_name(lead)
    if not subject or len(title.split()) > CAPTION_WORDS or sg.terminal(title):
        return ""
    words = lambda text: {w for w in re.findall(r"[a-z0-9]+", text.casefold()) if len(w) > 3}
    return "" if words(subject) <= words(title) else subject


def _names_issued(text: str, names, issuer: str = "", whole: bool = False) -> bool:
    """Whether a line's text (spaces, 的 and title marks removed) is the name of the document a notice
    issues: the quoted name itself, or (round13y, xxk7/xxm1) its start or its end when that is long
    enough (ISSUED_PART_MIN) and names a kind of document ('…实施方案', '…指导意见'): the notice's name
    puts the drafting bodies before the document's own title, or joins two issued documents with 及.
    (r48) The document's own title may name its maker in full where the notice's quote names it short:
    `重庆市梁平区曲水镇自然灾害救助应急预案` under `重庆市梁平区曲水镇人民政府关于印发曲水镇自然灾害救助应急预案的通知`
    (the words before the quoted name the opening of the `issuer`, the notice's title before 关于:
    `_maker_place`). `whole`: only the name itself (lines joined into one title), not a part of it."""
    if text in names or any(text.endswith(n) and _maker_place(text[:-len(n)], issuer) for n in names):
        return True
    if whole:
        return False
    return len(text) >= ISSUED_PART_MIN and bool(ISSUED_KIND.search(text)) \
        and any(len(n) > len(text) and (n.startswith(text) or n.endswith(text)) or _reworded_name(text, n) for n in names)


ISSUER_PREFIX = 20   # (r48) characters of the maker's full name before an issued document's own title
ISSUED_REWORDED = 3   # (r43) characters the issued document's own title may add or drop against the notice's quote


def _reworded_name(text: str, name: str) -> bool:
    """(r43) The issued document set under its own title, which words its name a little otherwise than
    the notice's title quotes it (a word written out or dropped: `…和建设工程规划许可变更管理办法` under
    `关于印发《…和建设规划许可变更管理办法》的通知`): the same opening (ISSUED_PART_MIN characters) and the
    same kind word at the end, at most ISSUED_REWORDED characters added or dropped in between, nothing
    else changed. A sentence naming the document, or another document of the same kind, differs more."""
    if text == name or abs(len(text) - len(name)) > ISSUED_REWORDED or text[:ISSUED_PART_MIN] != name[:ISSUED_PART_MIN]:
        return False
    kind = ISSUED_KIND.search(text)
    if not kind or not name.endswith(text[kind.start():]):
        return False
    i = 0
    while i < min(len(text), len(name)) and text[i] == name[i]:
        i += 1
    j = 0
    while j < min(len(text), len(name)) - i and text[-1 - j] == name[-1 - j]:
        j += 1
    return len(text) - i - j <= ISSUED_REWORDED and len(name) - i - j <= ISSUED_REWORDED


# (r41) a law site's or an anthology's item: its own number before the law's name ('㈠ 某某市文明行为促进条例',
# '(二)某某办法'), then the law's chapters
ITEM_NAMED_LAW = re.compile(r"^[（(]\s*[一二三四五六七八九十]{1,3}\s*[)）]\s*(?P<name>[^，。；：！？,;:!?\s]{4,40}?(?:条例|條例|办法|辦法|规定|規定"
                            r"|细则|細則|规则|規則|章程|法))$")


def _numbered_item_title(title: str, after: str) -> str:
    """(r41, issue 11) A law site's or an anthology's page carries one item under the site's item
    number (`㈠ 某某市文明行为促进条例`, NFKC `(一)…`), with no title line: the item's line was read as the
    first heading, a peer of the law's own chapters (or, the page's first line, as a front paragraph over
    them). When that line names a law (its name ends in
    条例, 办法, 规定, 细则, 规则, 章程 or 法) and the next heading is a chapter or a part (`第一章…`,
    `第一编…`), the line is the title (as written: every letter stays in the edition) and no heading. A `（一）…` head
    over a text's paragraphs, or over its own `1.` heads, stays. Returns the law's name, '' if none."""
    match = ITEM_NAMED_LAW.match(unicodedata.normalize("NFKC", title).strip())
    return match["name"] if match and sg.numbering(after.strip()) in ("第章", "第编") else ""


# (r41) an act approved or passed, named in the approving body's sentence over it: '…审查了《某某市某某条例》，
# 决定予以批准', '《某某条例》已由…通过，现予公布'
APPROVED_ACT = re.compile(r"《(?P<name>[^《》]{4,40}?(?:条例|條例|规定|規定|办法|辦法|规则|規則|细则|細則))》")
APPROVING = re.compile(r"予以批准|决定批准|決定批准|现予公布|現予公布|予以公布")
APPROVED_SCAN = 3   # paragraphs of the first section read for the sentence


def approved_act(texts: list[str]) -> str:
    """(r41, issue 11) The act an approval or promulgation sentence names: the first paragraph that
    approves or publishes (`予以批准`, `现予公布`) and quotes an act's name (`《…条例》`, `《…办法》`),
    the name without the spaces a PDF's text layer put inside it; '' when none does."""
    for text in texts:
        if APPROVING.search(text) and (match := APPROVED_ACT.search(text)):
            return "".join(match["name"].split())
    return ""


# (r41) a notice's title split by the page over its issuer and its 'about' line: the issuer alone read as
# the title ('某某街道办事处'), the notice's line ('关于印发《…》的通知') kept in front under it
NOTICE_UNDER_ISSUER = 3   # front blocks read under the title for the notice's own line


def _notice_title(head, body, language: str) -> str:
    """(r41, issue 11) The title to read an issued document's name from: the title read, or, when a
    page split the notice's title over two lines and only the issuer's line was read as the title
    (`某某区人民政府某某街道办事处` / `关于印发《某某突发事件应急预案》的通知`), the notice's own line
    right under it (in the front matter or the body's first blocks, within NOTICE_UNDER_ISSUER
    blocks), when it opens with `关于`. The title itself stays."""
    title = head.title or ""
    if language.startswith("en") or ISSUING.search(_unread(title.strip())) or ISSUING_SEVERAL.search(_unread(title.strip())):
        return title
    for block in (head.front + body)[:NOTICE_UNDER_ISSUER]:
        text = _unread(block.text.strip())
        if block.lines == 1 and (ISSUING.search(text) or ISSUING_SEVERAL.search(text)) and text.startswith(("关于", "關於")):
            return block.text.strip()
    return title


# (r41) a notice issuing two or more documents at once, each quoted ('关于印发《某某突发事件应急预案》和
# 《某某村(社区)突发事件应急预案》的通知'): the first is set first under its own name
ISSUING_SEVERAL = re.compile(r"(?:^|关于|關於)(?:印发|转发|发布|印發|轉發|發布)《(?P<name>[^《》]{4,60})》"
                             r"(?:\s*(?:和|及|与|與|、|,|，)\s*《[^《》]{4,60}》)+的(?:通知|决定|決定)$")


def _issued_annex(title: str, body, headings):
    """'…关于印发牟定县突发环境事件应急预案(试行)的通知', then after the notice's few lines the
    document it issues, set under its own title ('牟定县突发环境事件应急预案(试行)'): that line heads
    the annex (an appendix, level 1, a fresh pattern under it), as '附件1' would (newdocs round 3,
    xn19). Only a block equal to the name the title quotes, and only its first copy: one line, or a
    title centred over up to three lines that the blocks stage joined (unseen6, xy4: a mirror's
    '關於印發《…〈…〉實施方案》的通知' quoting the issued plan, whose inner marks 〈〉 are 《》 under
    its own title). A call for comments on a draft ('关于《某某条例（草案）》公开征求意见的公告') sets
    the draft under its name the same way, the status in brackets on the line under it (unseen8).
    (r39) A title over up to three lines the blocks stage left apart (a print's layout text:
    '静安区全力打响“上海服务”品牌' / '加快建设“国际静安”三年行动计划' / '（2018—2020年）') is joined
    into one block when together they are the name. Returns (body, headings)."""
    match = ISSUING.search(_unread(title.strip())) or ISSUING_SEVERAL.search(_unread(title.strip())) \
        or CONSULTING.search(_unread(title.strip())) or _published_draft(title, body)
    if not match:
        return body, headings
    name = "".join(match["name"].split()).translate(WIDE_PUNCT)
    names = {name, DRAFT_STATUS.sub("", name)}   # the draft's name over its status line (unseen8)
    names |= {n.replace("的", "") for n in names}   # '…发展实施方案' quoting '…发展的实施方案' (round9zh)
    names = {n.translate(NAME_MARKS) for n in names}   # '…2006年政府工作報告要求…' naming '2006年《政府工作報告》要求…' (round10zh)
    flat = lambda text: "".join(_unread(text).split()).translate(WIDE_PUNCT).replace("的", "").translate(NAME_MARKS)
    about = re.search(r"关于|關於", _unread(title.strip()))
    issuer = flat(about.string[:about.start()]) if about else ""   # the notice's title before 关于: its issuer
    taken = {h.index for h in headings}
    for i, block in enumerate(body):
        parts = 1
        if not (block.lines <= ISSUED_LINES and _names_issued(flat(block.text), names, issuer)):
            parts = next((k for k in range(2, ISSUED_LINES + 1) if i + k <= len(body)
                          and all(b.lines == 1 and len(b.text) <= ISSUED_PART_CHARS and not b.code for b in body[i:i + k])
                          and _names_issued(flat("".join(b.text for b in body[i:i + k])), names, issuer, whole=True)), 0)
            if not parts:
                continue
        if parts > 1:   # the name's lines made one block, the headings after them moved up
            joined = replace(block, text="".join(b.text.strip() for b in body[i:i + parts]),
                             lines=sum(b.lines for b in body[i:i + parts]))
            body = body[:i] + [joined] + body[i + parts:]
            headings = [h if h.index < i else replace(h, index=h.index - parts + 1) for h in headings
                        if not i < h.index < i + parts]
            taken = {h.index for h in headings}
        if i + 1 < len(body) and DRAFT_STATUS_LINE.match(body[i + 1].text):
            headings = [h for h in headings if h.index != i + 1]   # the draft's status line: its title's, no section
        if i in taken:
            return body, [replace(h, shape="appendix|", style="", strong=True, appendix=True) if h.index == i else h
                          for h in headings]
        return body, sorted(headings + [Heading(i, "appendix|", "", True, True)], key=lambda h: h.index)
    return body, headings


ISSUED_PART_CHARS = 30   # characters of one line of an issued document's title set over lines


# (round21zh) a standing committee's or a government's announcement that promulgates a regulation
# ('某某人民代表大会常务委员会公告' / '(第5号)' / '《某某条例》已于…通过，现予公布，自…起施行。' / '特此公告。'
# / the body, the date), then the regulation under its own name ('《某某条例》'), then its chapters
PROMULGATING = re.compile(r"(?:公告|通告|公布令|令)$")
PROMULGATED_NAME = re.compile(r"《(?P<name>[^《》]{4,60}?)》")
PROMULGATED_SCAN = 8   # body blocks: the announcement's few lines before the regulation's name


def _promulgated_name(head, opening, body, headings):
    """An announcement that promulgates a regulation, set over the regulation's text: the title
    read is the announcement's ('…常务委员会公告', its number line under it), its opening paragraph
    quotes the regulation's name with a promulgating verb ('《某某条例》…通过，现予公布'), and after
    its sign-off the name stands alone on a line ('《某某条例》'), then the regulation's chapters.
    The document is the regulation: that line is the title, the announcement's lines are front
    matter and its number line ('（第5号）') heads no section (round21zh). Only when the name line
    equals the quoted name (title marks, spaces and a converter's readings aside) within
    PROMULGATED_SCAN blocks; an announcement that names nothing alone stays the title."""
    def announces(text: str) -> bool:
        text = re.sub(r"[（(][^（）()]{1,8}[）)]$", "", "".join(_unread(text).split()))   # '…公告（第5号）'
        return bool(text) and bool(PROMULGATING.search(text))
    above = [head.title or ""] + [b.text for b in opening]
    # the title read may be the body's name alone ('…人民代表大会' over '常务委员会公告'), and the title
    # reader may have taken the announcement's paragraph as front matter: the blocks it used are read too
    announced = any(announces(t) for t in above)
    names = {m["name"].translate(NAME_MARKS) for t in above if announced and PROMULGATES.search(t)
             for m in PROMULGATED_NAME.finditer("".join(_unread(t).split()))}
    for i, block in enumerate(body[:PROMULGATED_SCAN]):
        text = "".join(_unread(block.text).split())
        if not names:
            announced = announced or announces(block.text)
        if text.translate(NAME_MARKS) in names and block.lines <= ISSUED_LINES:
            if any(h.strong for h in headings if h.index < i):
                return headings
            head.front = sorted(head.front + [b for b in head.title_blocks if b not in head.front], key=lambda b: b.line)
            head.title_blocks = [block]
            written = " ".join(block.text.split())   # as the page wrote it, a converter's readings kept
            head.title = written[1:-1] if written.startswith("《") and written.endswith("》") else written
            return [h for h in headings if h.index > i]
        if announced and PROMULGATES.search(text):
            names |= {m["name"].translate(NAME_MARKS) for m in PROMULGATED_NAME.finditer(text)}
    return headings


# (round21zh) a notice's attached explanation of the document it names: '《某某办法（征求意见稿）》起草说明'
EXPLAINS = re.compile(r"(?:起草|编制|編制|修订|修訂|制定|制订|制訂)?(?:说明|說明)$|(?:政策)?(?:解读|解讀)$")
QUOTED_NAME = re.compile(r"《(?P<name>[^《》]{4,80}?)》")


def _attached_explanation(title: str, body, headings):
    """A notice that quotes a document's name in its title ('《某某办法（征求意见稿）》公开征求意见',
    '关于《…》的通知') and, after its own text, the attached explanation of that document under its
    name ('《某某办法（征求意见稿）》起草说明', '…编制说明', '…解读'): the explanation is an annex of the
    page, a part at level 1 with a fresh pattern under it (its '一、…' parts one level down), as the
    issued document is (`_issued_annex`; round21zh). Only a weak heading, one block, that quotes the
    title's quoted name and ends with the kind of explanation; other headings stay."""
    names = {"".join(m["name"].split()).translate(WIDE_PUNCT) for m in QUOTED_NAME.finditer(_unread(title))}
    if not names:
        return headings
    out = list(headings)
    for k, h in enumerate(headings):
        text = "".join(_unread(body[h.index].text).split()).translate(WIDE_PUNCT)
        if h.strong or h.appendix or body[h.index].lines > 1 or not EXPLAINS.search(text):
            continue
        quoted = {"".join(m["name"].split()) for m in QUOTED_NAME.finditer(text)}
        if quoted & names and text.startswith("《"):
            out[k] = replace(h, shape="appendix|", style="", strong=True, appendix=True)
            return out
    return headings


# (round8zh) a notice's headline a CMS cut at a fixed length before the issued document's name:
# '某某办公厅关于转发市教委等十一部门制订的' (no kind of document at its end)
TRUNCATED_ISSUING = re.compile(r"(?:关于|關於|关於|關于)[^。，！？]{0,30}(?:印发|转发|印發|轉發|制订|制定|制訂)[^《》。，！？]{0,30}的$")
ISSUED_KIND = re.compile(r"(?:计划|計劃|规划|規劃|方案|办法|辦法|意见|意見|规定|規定|细则|細則|纲要|綱要|预案|預案|条例|條例|标准|標準"
                         r"|总结|總結|要点|要點|措施|指引|清单|清單|制度)"   # (r39) '…工作总结和…工作要点': a year's summary and plan
                         r"(?:[（(][^（）()]{2,20}[）)])?$")
ISSUED_SCAN = 8   # body blocks: the issued document's name comes after the notice's few lines


def _truncated_headline(head, body, headings):
    """A forwarding or issuing notice whose headline a CMS cut at a fixed length, before the name of
    the document it issues ('…关于转发市教委等十一部门制订的'): the issued document's own name under
    the notice ('上海市某某三年行动计划（2011—2013年）') is the only complete title line, so it is the
    document's title, not a part over the plan's sections (round8zh, xxs8). Only the first weak
    unnumbered heading within ISSUED_SCAN blocks that names a kind of document; the cut headline
    stays as front matter."""
    title = "".join((head.title or "").split())
    if not TRUNCATED_ISSUING.search(title) or not headings:
        return headings
    first = headings[0]
    text = "".join(body[first.index].text.split())
    if first.style or first.strong or first.index >= ISSUED_SCAN or body[first.index].lines > ISSUED_LINES \
            or not ISSUED_KIND.search(text) or sg.terminal(text):
        return headings
    head.front = sorted(head.front + [b for b in head.title_blocks if b not in head.front], key=lambda b: b.line)
    head.title_blocks = [body[first.index]]   # the cut headline's lines stay, as front matter
    head.title = body[first.index].text.strip()
    return headings[1:]


ANNEX_NAME_MAX = 40   # characters: the annexed document's name


def _bare_annex_label(body, headings):
    """A notice's one annex set as the label '附件' alone on a line, then the annexed document's
    name ('第四届某某评选活动方案'), then its text (round8zh, xxs6): the name heads the annex (an
    appendix, level 1, a fresh pattern under it), the bare label names nothing and stays a line
    of the text. Only a short name with no end mark and no numbering of its own, right under the
    label, that the notice's attachment line named ('附件：第四届某某评选活动方案' above); a numbered
    label ('附件1' + name), or a bare one over a name nothing announced ('附件' / '名词解释'), is
    one heading as before (headings.merge_labels)."""
    out = list(headings)
    shift = 0   # blocks the joins above took out
    for h in headings:
        i = h.index - shift
        if not h.appendix or not BARE_ANNEX.match(body[i].text) or i + 1 >= len(body):
            continue
        name = body[i + 1].text.strip()
        parts = annex_name_parts(body[:i], body, i + 1)   # (r43) a long name set over two or three lines
        if parts > 1 and i + 1 + parts < len(body):
            joined = replace(body[i + 1], text="".join(b.text.strip() for b in body[i + 1:i + 1 + parts]),
                             lines=sum(b.lines for b in body[i + 1:i + 1 + parts]))
            body = body[:i + 1] + [joined] + body[i + 1 + parts:]
            out = [x if x.index <= i + 1 else replace(x, index=x.index - parts + 1) for x in out
                   if not i + 1 < x.index < i + 1 + parts]
            out = [x for x in out if x.index not in (i, i + 1)] + [Heading(i + 1, "appendix|", "", True, True)]
            shift += parts - 1
            continue
        if len(name) > ANNEX_NAME_MAX or sg.ends_sentence(name) or sg.terminal(name) or sg.numbering(name) \
                or i + 2 >= len(body) or not _named_annex(body[:i], name):
            continue
        out = [x for x in out if x.index not in (i, i + 1) and not _annex_note_name(body, x.index, i)]
        out.append(Heading(i + 1, "appendix|", "", True, True))
    return (body, sorted(out, key=lambda h: h.index)) if out != headings else (body, headings)


# (r44) a document's number right at the start of what follows the title it was glued to
NUMBER_AFTER_TITLE = re.compile(r"[\u4e00-\u9fff]{1,8}[〔\[［(（]\s*(?:19|20)\d{2}\s*[〕\]］)）]\s*第?\s*\d{1,5}\s*[号號]")


def _title_off_number(front, title: str):
    """(r44, issue 11) The title taken from a line that glued the document's number to it
    (title_evidence._glued_number_title: `国务院关于…的通知国发〔1991〕5号各省、…`): the first paragraph
    keeps the number and what follows, not the title a second time."""
    if front and front[0].text.startswith(title) and NUMBER_AFTER_TITLE.match(front[0].text[len(title):]):
        return [replace(front[0], text=front[0].text[len(title):]), *front[1:]]
    return front


def _annex_note_name(body, j: int, label: int) -> bool:
    """(r44, issue 11) Block j is the name in the notice's attachment line set over two lines (`附件：` /
    `某市某某考评指标`), above the annex's own label (block `label`): the note names the annex, the name
    in it heads nothing (the same words head the annex under its label)."""
    return 0 < j < label and BARE_ANNEX.match(body[j - 1].text) is not None \
        and body[j - 1].text.strip().endswith((":", "：")) \
        and "".join(body[j].text.split()) == "".join(body[label + 1].text.split())


# a catalogue box's name field ('名 称: | 某某办公室关于转发《…》的通知 | ||', '标题：关于印发…的通知')
CATALOGUE_NAME = re.compile(r"^\s*(?:\*\*)?(?:名\s*称|标\s*题|標\s*題|文件名称|信息名称)\s*(?:\*\*)?\s*[:：]\s*(?:\*\*)?\s*\|?\s*(?P<value>[^|\t]+?)\s*(?:[|\t].*)?$")
# (r42) the document's date in brackets after its name in the field ('…的意见 （2026年3月20日）')
NAME_DATED = re.compile(r"\s*[（(]\s*\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*[）)]\s*$")
CATALOGUE_NAME_MAX = 120   # characters: a joint notice's title names its issuers (front.JOINT_TITLE_MAX)


def catalogue_name(removed) -> str:
    """The name a 公文's catalogue box gives, when the text under the box has no title line: a
    disclosure platform's template that prints no headline leaves the notice's title in the box's
    名称 / 标题 row alone ('名 称: | 上海市某某区人民政府办公室关于转发《…》的通知 | ||'). The cleaner
    removed the box; its name field is the title when it names a kind of document (…的通知,
    …办法) and is no sentence. '' when there is none (unseen12: without it the issued plan's own
    title under the notice was taken, and the plan's parts lost their level under it)."""
    for r in removed:
        match = CATALOGUE_NAME.match(r.text)
        value = match["value"].strip() if match else ""
        value = NAME_DATED.sub("", value)   # (r42) '标题：…的意见 （2026年3月20日）': the name, then its date
        if value and len(value) <= CATALOGUE_NAME_MAX and sg.DOC_KIND_END.search(value) and "。" not in value:
            return value
    return ""


RESTATED_OPENING = 4   # ideographs the line must open with, as the headline does


def _title_heading_again(title: str, body, headings):
    """The title written again as the first heading in the text's own style (round15en): a
    Markdown chapter whose note-maker's title `# Chapter XII - Penalties` stands over a note, then
    the chapter's own `# CHAPTER XII` / `PENALTIES` (label and name, one heading). The same letters
    and digits, case, marks and punctuation aside: it names the text again, it holds no section,
    and as a level it would push every article one down. Only the first heading.
    The same holds for a division's label and name in the other order (r25labels): a code's page
    headline `Public Health, Safety and Welfare - Title 34` over its own `TITLE 34` / `PUBLIC HEALTH,
    SAFETY AND WELFARE` names the Title the page holds, the same words with the label put first."""
    def letters(text: str) -> str:
        return _letters(sg.unmarked(text))
    if not title or not headings or len(letters(title)) < 6:
        return headings
    first = body[headings[0].index].text
    if letters(first) == letters(title):
        headings = headings[1:]
        # (r26legal) a revised edition prints the Act's name on its cover and again at the head of its
        # first page ('HARBOURS ACT' / … / 'HARBOURS ACT' / 'An Act to …' / 'PART I'): each copy before the
        # first strong heading names the text again
        strong = next((k for k, h in enumerate(headings) if h.strong), len(headings))
        return [h for k, h in enumerate(headings) if k >= strong or letters(body[h.index].text) != letters(title)]
    if headings[0].style in ("chapter", "article") and len(first.split()) > 2:
        label = " ".join(first.split()[:2])
        if letters(first[len(first) - len(first.lstrip()) + len(label):]) + letters(label) == letters(title):
            return headings[1:]
    return headings


PAGE_HEAD_NUMBER = re.compile(r"^(?P<n>\d{1,4})\s+(?P<a>\S.*)$|^(?P<b>.*\S)\s+(?P<m>\d{1,4})$")


def _title_page_head(title: str, body, headings):
    """(r26legal) A PDF page's running head that a short excerpt prints once, too few times for the
    cleaner to see it repeat: the document's title with the page number before or after it ('Harbour
    Dues Act 2031 3', '4 Harbour Dues Act 2031'), between two paragraphs. It names the text and numbers
    a page: never a heading (a weak one; a numbered division stays)."""
    key = _letters(title)
    if len(key) < 6:
        return headings
    def page_head(text: str) -> bool:
        match = PAGE_HEAD_NUMBER.match(" ".join(text.split()))
        return bool(match) and _letters(match["a"] or match["b"]) == key
    return [h for h in headings if h.strong and h.style or not page_head(body[h.index].text)]


# (r43en) an Act's title-block lines a PDF-to-Markdown extractor marked as headings: its date of assent in
# brackets ('(29th March 1867)', '[Assented to 12 May 1990]') and its chapter citation by the regnal year or the
# statute book ('30 & 31 Victoria, c. 3 (U.K.)', '6 Geo. V, c. 17', 'S.C. 1997, c. 20', 'R.S.C. 1985, c. C-46')
_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
BRACKETED_DATE_LINE = re.compile(rf"^[(\[]\s*(?:[A-Z][a-z]+(?:\s+[a-z]+){{0,2}}:?\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTHS},?\s+\d{{4}}"
                                 rf"|{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}})\s*\.?[)\]]\.?$")
CHAPTER_CITATION = re.compile(r"^(?:\d{1,2}(?:\s*(?:&|and|-)\s*\d{1,2})?\s+(?:Victoria|Vict?\.|George|Geo\.|Edward|Edw\.|William|Will\.|"
                              r"Elizabeth|Eliz\.)(?:\s+[IVX]{1,4}\.?)?|(?:R\.)?S\.[A-Z]\.(?:[A-Z]\.)?\s+\d{4})\s*,?\s+c(?:h|ap)?\.\s*[A-Z]?-?\d{1,4}"
                              r"(?:\s*\([A-Z.]{2,8}\))?\.?$")
TITLE_BLOCK_HEADS = 4   # the first marked headings among which an Act's title block stands


def _marked_title_block(body, headings):
    """(r43en) AN ACT'S TITLE BLOCK MARKED AS HEADINGS: a PDF-to-Markdown extractor marks the lines of an Act's
    title block set in large type like its name (`## CONSTITUTION ACT, 1867` / `## 30 & 31 Victoria, c. 3 (U.K.)`
    / long title / `## (29th March 1867)`): the chapter citation (`CHAPTER_CITATION`) and the date in brackets
    (`BRACKETED_DATE_LINE`) file and date the Act, they head no part. Only among the first TITLE_BLOCK_HEADS
    marked headings; a Part or a section further down is never one."""
    marked = [h for h in headings if h.style.startswith("md")][:TITLE_BLOCK_HEADS]
    def block_line(h) -> bool:
        text = " ".join(sg.unmarked(body[h.index].text).split())
        return BRACKETED_DATE_LINE.match(text) is not None or CHAPTER_CITATION.match(text) is not None
    drop = {h.index for h in marked if block_line(h)}
    return [h for h in headings if h.index not in drop]


MARKED_HEAD_COPIES = 2   # plain copies of a marked line between paragraphs: a running head, not a one-off
MARKED_HEAD_WORDS = 2    # words of such a head at least: a name, not a label ('Notes')


def _marked_running_head(body, headings):
    """(r43en) A PDF'S RUNNING HEAD MARKED AS A HEADING: a PDF-to-Markdown extractor leaves most copies of a
    page's running head plain, each a line of its own between paragraphs (`Constitution Act, 1867`), and
    marks one `##` where the type looked large (inside a section, even mid-sentence). A marked heading whose
    words, marks aside, stand at least MARKED_HEAD_COPIES more times as whole plain lines in the body is that
    head again: it heads nothing. A marked heading with no plain copy, or one of a single word, stays."""
    heads = {h.index for h in headings}
    counts = Counter(_letters(b.text) for k, b in enumerate(body) if k not in heads)
    def running(h) -> bool:
        text = sg.unmarked(body[h.index].text)
        return h.style.startswith("md") and len(text.split()) >= MARKED_HEAD_WORDS \
            and counts[_letters(text)] >= MARKED_HEAD_COPIES
    return [h for h in headings if not running(h)]


def _title_designation_again(title: str, body, headings):
    """(round18en) An Act's designation printed again under its full name: the title is the
    designation and the name (`Republic Act No. 10530 - AN ACT DEFINING …`, `Act No. XIV of 2011
    Entitled The Civil Code (Amendment) Act …`, a law library's or legal institute's heading line),
    the text's own cover then prints the designation alone (`REPUBLIC ACT NO. 10530`, `ACT No. XIV
    of 2011`). That line is the title's opening words — the same letters and digits, case and marks
    aside, ending where a word of the title ends — and holds a number; it names the Act again and
    heads no section. Only a weak heading (`ACT No.` may read as a label) before the first strong one (a Part,
    a numbered section)."""
    if not title or not headings:
        return headings
    spans = [(m.start(), m.end()) for m in re.finditer(r"[^\W_]+", title.casefold())]
    full = "".join(title.casefold()[a:b] for a, b in spans)
    ends = set(itertools.accumulate(b - a for a, b in spans))   # letter counts at which a title word ends
    out = []
    opened = False
    for h in headings:
        opened = opened or h.strong
        text = _letters(body[h.index].text)
        if not opened and any(ch.isdigit() for ch in text) and len(text) < len(full) and len(text) in ends \
                and full.startswith(text) and len(body[h.index].text.split()) >= 2:
            continue
        out.append(h)
    return out


# a revised edition's chapter number over an Act's name, or a leading article, in a cover line:
# no words of its own ('CHAPTER 120', 'Cap. 16', 'The')
COVER_DESIGNATION = re.compile(r"^(?:(?:chapter|cap)\.?\s*\d{1,4}(?::\d{1,3})?[A-Z]?\.?\s+|the\s+)", re.I)


REVISED_CHAPTER = re.compile(r"^(?:chapter|cap)\.?\s*\d{1,3}:\d{1,3}\.?$", re.I)   # a revised edition's 'Chapter 1:01'


def _cover_words_again(title: str, body, headings):
    """(enlegal) An Act's cover block restating its title in pieces: the page headline is the title
    (`Fijian Affairs Act - Subsidiary Legislation`, `Solomon Islands Independence Order 1978`) and
    the text's own cover prints it again over several lines, in capitals or with its article
    (`SUBSIDIARY LEGISLATION`, `CHAPTER 120` / `FIJIAN AFFAIRS`, `The Solomon Islands Independence
    Order 1978`). A weak heading before the first strong one whose words — a leading article and a
    revised edition's chapter number (COVER_DESIGNATION) aside — are a run of the title's words, in
    order, two words at least, names the document again: front matter, never a part over every
    section. So is a revised edition's chapter number alone in the cover (`Chapter 1:01`,
    REVISED_CHAPTER: the Laws' volume and chapter, no division of the Act). A heading with a word
    of its own (`SECTION 5 - FIJIAN AFFAIRS (…) REGULATIONS`, `Interpretation of this Act`) stays."""
    words = re.findall(r"[^\W_]+", title.casefold())
    if len(words) < 2 or not headings:
        return headings
    joined = " " + " ".join(words) + " "
    out = []
    opened = False
    for h in headings:
        line = body[h.index].text.strip()
        opened = opened or h.strong and not COVER_DESIGNATION.match(line) and not REVISED_CHAPTER.match(line)
        own = re.findall(r"[^\W_]+", COVER_DESIGNATION.sub("", body[h.index].text.strip()).casefold())
        if not opened and len(own) >= 2 and " " + " ".join(own) + " " in joined:
            continue
        if not opened and REVISED_CHAPTER.match(line):
            continue   # 'Chapter 1:01' alone: the revised edition's number of the Act, no division of it
        out.append(h)
    return out


# (enlegal) an Act named by its short title and year ('Debtors Act (Ireland), 1872', 'Defence Act,
# 1954', 'Age of Majority Act 1985') and, on the line under it, its citation: the year with a chapter
# or a number ('1872, c. 57', '1940, No. 23'), or a number of the year ('No. 23 of 1940', 'S.I. No. 5 of 2019')
CITED_ACT = re.compile(r"^[A-Z][\w'’()., -]{2,100}?\b(?:Act|Acts|Ordinance|Order|Regulations|Rules|Law|Code)(?:\s+\([^()]{2,30}\))?,?\s+(?:1[5-9]|20)\d\d(?:\s+\(No\.\s*\d{1,3}\))?$")
ACT_CITATION = re.compile(r"^(?:(?:1[5-9]|20)\d\d,?\s+(?:c\.|cap\.|ch\.|No\.|Number)\s*\d{1,4}[A-Za-z]?"
                          r"|(?:S\.\s?I\.\s+|Act\s+)?No\.\s*\d{1,4}\s+of\s+(?:1[5-9]|20)\d\d)\.?$", re.I)


def _cited_acts(body, headings):
    """(enlegal) A consolidated Act's list of the Acts it refers to ('Acts Referred to'): each Act's
    short title and year on a line of its own, its citation on the next (`Defence Act, 1954` /
    `1954, No. 18`). The name has a heading's shape but is an entry of a list of references:
    never a heading when a citation (ACT_CITATION) stands right under it."""
    out = []
    for h in headings:
        text = body[h.index].text.strip()
        after = body[h.index + 1].text.strip() if h.index + 1 < len(body) else ""
        if CITED_ACT.match(text) and ACT_CITATION.match(after):
            continue
        out.append(h)
    return out


NUMBERS_AND_BRACKETS = re.compile(r"[\d\s()（）《》]+")   # (r35) a name's 《》 too: a reprint sets the title in them


def _unnumbered(text: str) -> str:
    """The line's words without its digits and brackets: a PDF text layer moves a title's year out
    of place and a doc site adds a bracketed date, the words stay (round19zh)."""
    return NUMBERS_AND_BRACKETS.sub("", text)


def _headline_restated(title: str, body, headings):
    """The line right under a news headline that opens with the headline's own first words
    ('總統接見「113年『鳳凰獎』楷模得獎人」' under '總統接見鳳凰獎楷模 盼…'): the photo's caption, or a
    deck, restating the event; no section, nothing stands under it but the article. Only the body's
    first block, a weak unnumbered 'heading', and RESTATED_OPENING ideographs in common (a year or a
    number in common is not enough: '2024年工作回顾' under '2024年政府工作报告' stays) (unseen12;
    the kind of xl9's caption taken as a heading)."""
    bare = "".join(title.split())
    if len(bare) < RESTATED_OPENING or not headings or headings[0].index != 0 or headings[0].strong or headings[0].style:
        return headings
    text = "".join(body[0].text.split())
    if text.startswith(bare + "之"):
        return headings   # '某某要点之一：…' under the series' name '某某要点': its first part (round14zh)
    if _unnumbered(text) and _unnumbered(text) == _unnumbered(bare):
        return headings[1:]   # '年某市政府工作报告2023' under '2023年某市政府工作报告（20230224）': the title
        #                       again, its year moved out of place by a PDF text layer (round19zh)
    common = 0
    while common < min(len(text), len(bare)) and text[common] == bare[common] and "\u4e00" <= text[common] <= "\u9fff":
        common += 1
    return headings[1:] if common >= RESTATED_OPENING and text != bare else headings


ONE_DIVISION_UNDER = 2   # headings under the division: its sections, so it is a page of it
NUMBERED_ARTICLE = re.compile(r"^\s*Article\s+(?:[IVXLC]{1,6}|\d{1,3})\b", re.I)   # round16en


def _one_division(body, headings):
    """A site's page of ONE division of an Act (`PART II` / `GENERAL PROVISIONS REGARDING WRITTEN
    LAW` over its sections' marginal notes) when no title line was found: the only division heading
    of its kind, the first heading, over ONE_DIVISION_UNDER or more headings of another numbering.
    It names the page; as a level it would push every section one down (unseen11, xxe2; the kind of
    unseen9's `front._division_page`, whose page printed the label twice). A code's `Article I –
    Board of Supervisors` over its `§ 3.1-1 …` sections is such a division too (round16en)."""
    if not headings or headings[0].style not in ("chapter", "article"):
        return None   # 'Article I – Board of Supervisors' over a county code's '§ 3.1-1 …' sections (round16en)
    if headings[0].style == "article" and (not NUMBERED_ARTICLE.match(body[headings[0].index].text)
                                           or any(h.style != "section" for h in headings[1:])):
        return None   # 'PREAMBLE' over 'ARTICLE I' …, 'Article 1' over 'Background': only an Article over a code's sections
    if any(sg.numbering(b.text) in ("section", "article") for b in body[:headings[0].index]):
        return None   # 'SECTION 4. … adding Subtitle D to read as follows:' then 'SUBTITLE D. …': a bill's
        #               sections stand before the division, which is a part it inserts, not the page's (round21en)
    word = body[headings[0].index].text.split()[0].casefold()
    rest = headings[1:]
    if len(rest) < ONE_DIVISION_UNDER or any(h.style == headings[0].style and body[h.index].text.split()[0].casefold() == word
                                             for h in rest):
        return None
    return headings[0]


LONE_DIVISION_STYLES = ("chapter", "article", "I.")   # a chapter, an article, a roman-numbered essay or book part
LONE_LABEL_ONLY = re.compile(r"^(?:[A-Za-z]+\.?\s+)?(?:[IVXLCDM]+|\d{1,4}[A-Z]?)\.?$")   # 'Article 1', 'CHAPTER IV.', 'II.'


def _lone_opening_division(body, headings):
    """(r23enhead) A page of ONE numbered division with no title line: the text OPENS with the
    division's heading (`Chapter 1. General Provisions`, `Chapter 1 Annual Reports of
    Departments`, `I. OF THE ORIGIN AND DESIGN OF GOVERNMENT …`, a code's, a committee report's or
    an essay's chapter printed alone) and no other heading of the text has its numbering or its
    label: it names the page, as `_one_division` takes a Part over its sections; as a section it
    would hold every heading under it one level down. It holds other headings (`References`),
    or it is the text's one heading, marked (`### I. OF THE ORIGIN …`, a Markdown copy of one
    essay's chapter); a plain `CHAPTER I. Away` over prose alone may open a book's excerpt and
    stays a heading. A bare label (`Article 1`) names nothing; a first chapter followed by others is the
    first of a series, a section ('1.') a provision, an Act's Part over its sections (read by
    `_one_division` when its sections are headings): they stay headings."""
    if not headings or headings[0].index != 0 or len(body) < 2:
        return None
    text = body[0].text.strip()
    style = sg.numbering(text)
    if style not in LONE_DIVISION_STYLES or not (headings[0].style in ("", style) or headings[0].style.startswith("md")):
        return None
    word = text.split()[0].casefold()
    if LONE_LABEL_ONLY.match(text):
        return None   # 'Article 1' alone: a number, no name for the page
    if word.rstrip(".") == "part":
        return None   # 'PART VIII General Provisions' over its sections, found or not: an Act's Part page (_one_division)
    if any(sg.numbering(body[h.index].text) == style or body[h.index].text.split()[:1] == [text.split()[0]]
           or body[h.index].text.split()[0].casefold() == word for h in headings[1:]):
        return None
    if len(headings) == 1 and not headings[0].style.startswith("md"):
        return None   # 'CHAPTER I. Away' over prose and nothing else: a book's first chapter, maybe of more
    return headings[0]


def _line_twice(body, headings):
    """The same short line twice in a row ('上海市人大常委会' under the site's copy of the title, then
    under the text's own, the title copies removed by the cleaner): the second is the first again,
    no section; the first is no heading either, since nothing stands under it. Only weak unnumbered
    'headings' (unseen6, xy10: a law site's title-and-issuer block printed twice)."""
    def twice(h) -> bool:
        text = body[h.index].text.strip()
        return not h.strong and not h.style and any(
            0 <= k < len(body) and body[k].text.strip() == text for k in (h.index - 1, h.index + 1))
    return [h for h in headings if not twice(h)]


def _issuer_over_title(title: str, body, headings):
    """A 公文 set again under a site's headline: the issuer's red header on a line of its own
    ('某某市人民政府办公室'), then the rest of the title ('关于印发…的通知'). The issuer's line opens
    the title and the next block completes it, so it names no section: no heading (unseen6, xy4;
    the kind of xt2's red header '…文件' over a split title). Only a weak unnumbered 'heading'."""
    bare = "".join(title.split())
    if not bare:
        return headings
    def drop(h) -> bool:
        text = "".join(body[h.index].text.split())
        rest = "".join(body[h.index + 1].text.split()) if h.index + 1 < len(body) else ""
        return not h.strong and not h.style and len(text) < len(bare) and bare.startswith(text) \
            and bool(rest) and text + rest == bare
    return [h for h in headings if not drop(h)]


def _title_page_again(head, body, headings):
    """The title page set again after the cover (a report's cover, then its title page): leading
    headings that repeat the title or a front-matter line over it ('DRAFT NIST Special Publication
    800-63-3', 'Digital Authentication Guideline') are not sections; they stay as front-matter
    text in the body. Only the leading run, before any other heading (newdocs round 2, xn14)."""
    repeats = {_untagged(t) for t in [head.title] + [sg.unmarked(b.text) for b in head.front] if t}
    k = 0
    while k < len(headings) and (_untagged(sg.unmarked(body[headings[k].index].text)) in repeats
                                 or _issuer_and_title(body[headings[k].index].text, head.title)
                                 or _title_end_again(body, headings[k].index, head.title)) \
            and not any(len(b.text) > TITLE_PAGE_LINE or sg.ends_sentence(b.text) for b in body[:headings[k].index]):
        k += 1   # no body text before it: a headline printed again between paragraphs is a heading
    return headings[k:]


FRONT_AGAIN_WORDS = 3   # words of a front-matter line in capitals that, printed again, heads no section


ONE_PAGE_FOOT = re.compile(r"(?:\bof|/)\s*1$", re.I)   # (r28prints) the foot of a text of one page in all
COVER_LINES = 8   # lines with text on a cover page: title, subtitle, issuer, date, a presentation line
COVER_FOOT = re.compile(r"^(?:page\s+)?1(?:\s+of\s+\d{1,4})?$|^[-–—]\s*1\s*[-–—]$|^1\s*/\s*\d{1,4}$", re.I)


def _cover_page_lines(head, body, headings, cleaned):
    """(r26pdfen) A report's cover page, extracted from PDF: the title, then the issuer or a
    presentation line ('Department for Energy and Homes', 'Presented to Parliament by the
    Secretary of State'), then page 1's foot, which the cleaner removed as a running line ('Page 1
    of 4', '1', '- 1 -'). A short line in title case there read as the first part's heading. When
    the text's first page holds the title block and no more than COVER_LINES lines in all, its
    lines are the cover's: front matter, never headings. (r28prints) A foot that counts ONE page in
    all (`1/1`, `Page 1 of 1`: a short web page a browser printed whole) ends the whole text, no cover."""
    if not head.title_blocks:
        return headings
    foot = next((r for r in cleaned.removed if r.rule == "running-head" and COVER_FOOT.match(" ".join(r.text.split()))), None)
    if foot is None or head.title_blocks[0].line > foot.line or ONE_PAGE_FOOT.search(" ".join(foot.text.split())):
        return headings
    foot = foot.line
    if sum(1 for n, t in zip(cleaned.line_numbers, cleaned.lines) if n < foot and t.strip()) > COVER_LINES:
        return headings
    return [h for h in headings if body[h.index].line > foot]


TITLE_PAGE_HEADS = 2   # weak heads over short lines before the text's first paragraph …
TITLE_PAGE_LINES = 6   # … among this many blocks or more: a title page's
BOOK_BYLINE = re.compile(r"^(?:BY|By)\s+(?:[A-Z][\w.'’-]*\s*){1,5}$")   # a title page names its author: 'BY EDWARD MACDOWELL'


def _title_page_imprint(head, body, headings):
    """(r39book) A book's title page under its title, set flush as a transcription keeps it: the
    author's line, the editor's, the imprint's places and publishers, the printer ('BY EDWARD
    MACDOWELL', 'LONDON', 'ELKIN & CO., LTD.,', 'Stanhope Press'), each a short line between blank
    lines, and no paragraph before the first part ('PREFACE'). Some of them read as unnumbered heads.
    When TITLE_PAGE_HEADS or more weak heads stand among the TITLE_PAGE_LINES or more blocks before the
    text's first paragraph, each over a line that is neither a head nor a sentence's words, none right
    over the paragraph, no list item among the blocks and the author named ('BY …': BOOK_BYLINE), they
    are the title page's lines: front
    matter. The head right over the first paragraph stays; so does a numbered one (the peers' style
    aside), and a question over its short answer (an FAQ's: the answer is a sentence's words)."""
    if not head.title_blocks:
        return headings
    first = next((i for i, b in enumerate(body) if english_prose(b)), None)
    if first is None or any(b.item for b in body[:first]):
        return headings
    heads = {h.index for h in headings}
    page = [h for h in headings if h.index < first - 1 and not h.strong and not sg.numbering(body[h.index].text)
            and h.index + 1 not in heads   # a head over another ('SHORT TITLE' / '1 Short title') heads it
            and not _words_of_a_sentence(body[h.index + 1].text)]   # a question over its short answer heads it (an FAQ)
    if (len(page) < TITLE_PAGE_HEADS and not (len(page) == 1 and _imprint_place(body, page[0].index, first))) \
            or first < TITLE_PAGE_LINES or not any(BOOK_BYLINE.match(b.text) for b in body[:first]):
        return headings
    return [h for h in headings if h not in page]


IMPRINT_REACH = 3   # lines under the place where the publisher's address or the edition's year stands
IMPRINT_YEAR = re.compile(r"\b1[5-9]\d\d\b|\b20\d\d\b|\d+[-–]\d+\s+[A-Z]")


def _imprint_place(body, i: int, first: int) -> bool:
    """(r43en) THE IMPRINT'S PLACE ALONE: a title page names where it was published on a line of its own
    (`London`), over the publisher's name in capitals (`CHARLES H. KELLY`) and, within IMPRINT_REACH lines, its
    address or the edition's year (`25-35 CITY ROAD, …`, `_First Edition, 1912_`): one such head is the title
    page's too (TITLE_PAGE_HEADS asks two where the lines are not so plainly an imprint). One or two words."""
    text = body[i].text.strip()
    if len(text.split()) > 2 or i + 1 >= first or not sg.is_all_caps(body[i + 1].text) or _words_of_a_sentence(body[i + 1].text):
        return False
    return any(IMPRINT_YEAR.search(b.text) for b in body[i + 1:min(first, i + 2 + IMPRINT_REACH)])


def _words_of_a_sentence(text: str) -> bool:
    """(r39) Words of a sentence, not of a title page's field: four words or more, two of them in small
    letters ('No. Anyone may walk in …'; never 'ELKIN & CO., LTD.,' nor 'EDITED BY W.J. BALTZELL')."""
    words = text.split()
    return len(words) >= 4 and sum(1 for w in words if w[:1].islower()) >= 2


def _front_line_again(head, body, headings):
    """(round9en) A line in capitals from the front matter over the title, printed again lower down
    as a line of its own ('SUPREME COURT OF THE UNITED STATES' over the syllabus's caption and again
    over the opinion's): a new part's caption block repeats the document's cover, so the copy is
    front-matter text of that part, never a section heading. Three words at least; a heading that
    differs by a word stays."""
    front = {" ".join(b.text.split()) for b in head.front
             if sg.is_all_caps(b.text) and len(b.text.split()) >= FRONT_AGAIN_WORDS and b.lines <= 2}
    if not front:
        return headings
    return [h for h in headings if " ".join(body[h.index].text.split()) not in front]


# a site's tag after the headline's copy over the text: '…歲末廣播全文', '…工作报告（全文）' (round6, xxk5)
FULL_TEXT_TAG = re.compile(r"\s*[（(]?\s*(?:全文|原文)\s*[）)]?\s*$")


ISSUER_MAX = 20   # characters of an issuing body's name before the title


TITLE_SPLIT_LINES = 2   # lines before a heading that may hold the start of the title printed again


def _title_end_again(body, i: int, title: str) -> bool:
    """(round13y, xxc7) The title printed again in the body over two or three lines ('关于《某某条例》
    （修正草案）' / '公开征求意见的通知'): the last line alone reads as a heading, but with the one or
    two lines right over it (an issuer's line before them or not) it is the title again. Chinese
    titles only (joined without spaces), at least 8 characters."""
    bare_title = "".join((title or "").split())
    if len(bare_title) < 8 or i == 0:
        return False
    tail = "".join(body[i].text.split())
    if not tail or not bare_title.endswith(tail) or tail == bare_title:
        return False
    joined = tail
    for j in range(i - 1, max(-1, i - 1 - TITLE_SPLIT_LINES), -1):
        joined = "".join(body[j].text.split()) + joined
        if joined == bare_title or _issuer_and_title(joined, bare_title):
            return True
    return False


def _issuer_and_title(text: str, title: str) -> bool:
    """'瑞安市人民政府办公室转发…的通知' under the headline '转发…的通知': the red header's issuer
    and the title, wrapped lines joined, are the title again (round6, xxm1)."""
    bare, title = "".join(text.split()), "".join(title.split())
    if len(title) < 8 or not bare.endswith(title) or bare == title:
        return False
    issuer = bare[:-len(title)]
    return len(issuer) <= ISSUER_MAX and bool(sg.ORG_SUFFIX.search(issuer))


def _untagged(text: str) -> str:
    """The line compared as a copy of the title: without spaces at its ends, case, or a full-text tag."""
    return FULL_TEXT_TAG.sub("", text.strip()).casefold() or text.strip().casefold()


TITLE_PAGE_LINE = 80   # characters: a title page's lines (names, affiliations), not a paragraph


TITLE_SEARCH = 12   # blocks: a page's top bar and menus come before its title, not pages of them


REPORT_SCAN = 12   # opening blocks where a report addresses its audience or names itself


# a title naming an official text's kind: a report, a speech, a policy, a plan, a communiqué
REPORT_KIND = re.compile(r"(?:报告|報告|讲话|講話|发言|發言|意见|意見|通知|决定|決定|规划|規劃|计划|計劃|方案|纲要|綱要|公报|公報|白皮书|白皮書|总结|總結)$")


# (r40) a report of results: a work report, a court's or procurator's report, a statistical communiqué
OUTCOME_KIND = re.compile(r"(?:报告|報告|公报|公報)")


def reports_outcomes(title: str, blocks) -> bool:
    """(r40) The text reports a year's or a term's results: its title names a report or a communiqué
    (`…政府工作报告（全文）`, `…统计公报`), or its opening reports to the congress in the government's
    name. Such a text lists its results as runs of topic leads (`工业提质提速。…`), so when a copy
    ends in the middle of such a run, its last paragraph's lead counts alone (leads.find_leads `cut`);
    a speech's or a policy's closing sentence does not (`“规”就是规矩。`, `县不图强，必有远忧。`)."""
    if OUTCOME_KIND.search(title or ""):
        return True
    return bool(kind_from_opening([b.text for b in blocks[:REPORT_SCAN]]))


def report_numbered(headings, blocks, title: str = "") -> bool:
    """The text is a report, a speech or a policy by its own signals: a heading uses a numbering
    series (`一、`, `（一）`, `1.`, a bare `一`, `第一章`) or the report's unnumbered topic lines; its
    title names an official text's kind (`…政府工作报告`, `…的意见`); its opening addresses an
    audience (`各位代表：`) or reports in the government's name; or it has no
    headings at all (a speech's paragraphs may still open with leads). A text with none of these,
    whose only headings are unnumbered lines or depth marks (an encyclopedia entry, a README), is
    not: run-in leads are a report's convention (newdocs round 2, xn8)."""
    styles = [h.style for h in headings if not h.appendix]
    if not styles or any(s and not s.startswith(("md", "stars", "equals")) for s in styles):
        return True
    if REPORT_KIND.search(title.strip()):
        return True
    opening = [b.text for b in blocks[:REPORT_SCAN]]
    return any(sg.SALUTATION.match(t) for t in opening) or bool(kind_from_opening(opening))


PRINTED_TITLE_MAX = 200   # characters of a line the print header names as the title
SECTION_NUMBER = re.compile(r"^\d{1,3}(?:\.\d{1,3})*\.?\s+\S")   # '1 Process and …': a section's number and name
PRINTED_SEP = re.compile(r"\s+[-–—|·:]\s+|\s*[丨｜]\s*")
# (r32enpages) a print header's page title led by the site's short name and a colon ('CYC-Net: National
# Youth Policy: Concepts', 'Hansard: Budget statement'): the rest is the headline, whole, colons and all
SITE_COLON = re.compile(r"^(?P<site>[^\s:]+(?:\s+[^\s:]+){0,3}):\s+(?P<rest>\S.*)$")


def _printed_parts(printed_title: str) -> list[str]:
    """The parts of a print header's page title (`Page - Section - Site`: PRINTED_SEP), each with three
    letters or more; (r32enpages) a title led by the site's short name and a colon (SITE_COLON:
    `CYC-Net: National Youth Policy: Concepts`) has two more, the site's name and the headline whole,
    its own colons kept."""
    parts = [p for p in PRINTED_SEP.split(printed_title.strip()) if sum(ch.isalpha() for ch in p) >= 3]
    if (site := SITE_COLON.match(printed_title.strip())) and sum(ch.isalpha() for ch in site["rest"]) >= 3:
        parts += [site["site"], site["rest"]]
    return parts


def _split_printed_question(blocks: list[Block], printed_title: str) -> list[Block]:
    """A printed page's headline that asks a question, glued by the unwrapper to the paragraph under
    it (a PDF extraction without blank lines): where the print header's shortened title (or a part
    of it, PRINTED_SEP) opens a block and the block's first '?' or '!' comes within a few words of
    the cut, the headline is a block of its own. The text is kept whole: only the block splits."""
    for part in PRINTED_SEP.split(printed_title.strip()):
        if not TRUNCATED.search(part):
            continue
        stem = "".join(TRUNCATED.sub("", part).split()).casefold()
        if len(stem) < TRUNCATED_STEM_MIN:
            continue
        for i, b in enumerate(blocks[:TITLE_SEARCH]):
            if not "".join(b.text.split()).casefold().startswith(stem):
                continue
            end = re.search(r"[?!？！]", b.text)
            head = b.text[:end.end()] if end else ""
            rest = b.text[end.end():].strip() if end else ""
            if head and rest and len("".join(head.split())) - len(stem) <= TRUNCATED_TAIL_MAX:
                return blocks[:i] + [replace(b, text=head, lines=1, hang=-1),
                                     replace(b, text=rest, lines=max(1, b.lines - 1), indent=0)] + blocks[i + 1:]
    return blocks


OPENS_WITH_DATE = re.compile(r"^\s*(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8},?\s+\d{4}|[A-Z][a-z]{2,8}\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})\b")


def _occasion_under_title(head, body, headings):
    """(round12en) A speech's title block set without blank lines: the title, then a line saying where
    or to whom it was given ('Presented to the Harbour Board'), then the date (and the speaker):
    the occasion line right under the title's last line, over a block opening with a date, is
    the title block's, never a weak heading. A strong heading, or a line apart from the title by a
    blank line, is left alone."""
    if not headings or headings[0].index != 0 or headings[0].strong or not head.title_blocks or len(body) < 2:
        return headings
    last = head.title_blocks[-1]
    if body[0].line != last.line + last.lines or body[0].lines != 1 or not OPENS_WITH_DATE.match(body[1].text) \
            or body[1].line != body[0].line + 1:
        return headings
    return headings[1:]


# (r28markdown) a date alone on its line: 'November 3, 2016', '3 November 2016', '11/3/2016', '2016-11-03'
# (r31enheads) also after its weekday: 'Wednesday, February 25, 1998' (a record's sitting date)
DATE_ALONE = re.compile(r"^\s*(?:(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})"
                        r"|\d{1,2}[/.]\d{1,2}[/.](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2})\s*$")


def _marked_kind_over_date(body, headings):
    """(r28markdown) A Markdown page whose first line of text is a marked line right over a date line
    (`#### GSA Instructional Letter` / `11/3/2016`, `### Press release` / `March 4, 2025`), nothing
    else under it before the next heading but a thematic break, and the text's sections set in
    another style (bold or numbered heads, another depth of marks): the line names the document's
    kind and the date is its date, the title block's front matter under the page's title, never
    a part holding every section. A marked line over text, or the text's marked sections'
    first, stays a heading."""
    if len(headings) < 2 or headings[0].index != 0 or not headings[0].style.startswith("md") or len(body) < 3:
        return headings
    style = headings[0].style
    if any(h.style == style for h in headings[1:]) or body[0].lines != 1 or not DATE_ALONE.match(body[1].text) \
            or body[1].line != body[0].line + 1:
        return headings
    if any(not verbatim.THEMATIC_BREAK.match(body[k].text) for k in range(2, headings[1].index)):
        return headings   # text under the date: the marked line heads it
    return headings[1:]


SUBTITLE_LINE_WORDS = 12   # words of the subtitle line under a headline ending in a colon


def _subtitled(text: str, printed_title: str) -> bool:
    """The block is the print header's title, a colon, and its subtitle (round12en)."""
    key = "".join(printed_title.split()).casefold()
    return bool(key) and "".join(text.split()).casefold().startswith(key + ":") and len(text) <= PRINTED_TITLE_MAX


def _split_printed_subtitled(blocks: list[Block], printed_title: str, cleaned: Cleaned) -> list[Block]:
    """(round12en) A printed page's headline set over two lines, its title ending in a colon and its
    subtitle on the next line ('The Harbour Survey:' / 'What It Found and Why'), glued by the
    unwrapper to the lines under it (a print without blank lines): where the block opens with the
    print header's title and a colon and its second source line is short (SUBTITLE_LINE_WORDS, no end
    mark), the two lines are a block of their own, one title wrapped over two lines. The text is kept
    whole: only the block splits."""
    key = "".join(printed_title.split()).casefold()
    if not key or printed_title.rstrip().endswith(":"):
        return blocks
    for i, b in enumerate(blocks[:TITLE_SEARCH]):
        if b.lines < 3 or not "".join(b.text.split()).casefold().startswith(key + ":"):
            continue
        try:
            k = cleaned.line_numbers.index(b.line)
        except ValueError:
            return blocks
        at = [j for j in range(k, min(len(cleaned.lines), k + b.lines + 2)) if cleaned.lines[j].strip()]
        own = [cleaned.lines[j].strip() for j in at[:2]]
        if len(own) < 2 or "".join(own[0].split()).casefold() != key + ":" or sg.terminal(own[1]) \
                or len(own[1].split()) > SUBTITLE_LINE_WORDS:
            return blocks
        head = f"{own[0]} {own[1]}"
        rest = " ".join(b.text.split())[len(" ".join(head.split())):].strip()
        if not rest or not " ".join(b.text.split()).startswith(" ".join(head.split())):
            return blocks
        return blocks[:i] + [replace(b, text=head, lines=2, hang=-1),
                             replace(b, text=rest, lines=b.lines - 2, indent=0,
                                     line=cleaned.line_numbers[at[2]] if len(at) > 2 else b.line)] + blocks[i + 1:]
    return blocks


def _wide_free(text: str) -> str:
    """A line as the print header is compared with it: NFKC (half and full width alike), no spaces, case folded."""
    return unicodedata.normalize("NFKC", "".join(text.split())).casefold()


# (r39) a portal's category label in quotes or brackets, glued before the headline on one line
GLUED_LABEL = re.compile(r"^(?P<label>[“\"「【\[][^”\"」】\]]{1,12}[”\"」】\]])\s*(?P<rest>\S.*)$")


def _split_category_label(blocks: list[Block], printed_title: str) -> list[Block]:
    """(r39) A portal page's headline with the page's category label glued before it in the same
    line ('“党政混合信息公开” 中共静安区委办公室 静安区人民政府办公室印发《…》的通知'): where the
    rest after a short label in quotes or brackets is what the print header names (whole, or up to
    the header's `…`), the label becomes a block of its own; the title block then reads the rest as
    the header says. The text is kept whole: only the block splits."""
    if not printed_title:
        return blocks
    key = _wide_free(printed_title)
    for i, b in enumerate(blocks[:TITLE_SEARCH]):
        match = GLUED_LABEL.match(b.text) if not (b.code or b.verbatim or b.cell) else None
        if not match:
            continue
        rest = match["rest"]
        if _wide_free(rest) == key or completes_truncated(rest, printed_title):
            return blocks[:i] + [replace(b, text=match["label"], lines=1), replace(b, text=rest)] + blocks[i + 1:]
    return blocks


def _split_printed_title_line(blocks: list[Block], printed_title: str, cleaned: Cleaned) -> list[Block]:
    """(round23) Phenomenon: a printed page's headline ran into the line under it as one block (the
    print has no blank lines, so the unwrapper glued `Other Regulatory Requirements` to the page's
    `On this page...` label), and no block was the line the print header names. Where a block among
    the top TITLE_SEARCH opens with a source line that IS a part of the header's <title> (`Page -
    Section - Site`: PRINTED_SEP), that line becomes a block of its own; the title block then reads
    it as the header says. A numbered line heads a section and stays; a header of one part (a PDF's
    running head, a short form of a title wrapped over lines) splits nothing. The text is kept
    whole: only the block splits."""
    if not printed_title:
        return blocks
    flat = lambda text: "".join(LEADING_ARTICLE.sub("", text).split()).casefold()   # (r39) 'THE …' under '… - Site'
    parts = _printed_parts(printed_title)
    if len(parts) < 2:
        return blocks   # a PDF's running head names the title short ('National Innovation Agency' over
        #                 its wrapped '… ACT, No. 22 OF 2019'): only a page's <title> of parts is split on
    site = SITE_COLON.match(printed_title.strip())
    keys = {flat(p) for p in parts if not HOST_NAME.match(p.strip())} - ({flat(site["site"])} if site else set())
    #   (r32enpages) the site's name over its menus is no headline; (r39) nor is a site named by its host ('Nigeria-Law.org')
    for i, b in enumerate(blocks[:TITLE_SEARCH]):
        if flat(b.text) in keys:
            return blocks   # the named line stands alone already
        if b.lines < 2 or b.code or b.verbatim or b.cell:
            continue
        try:
            k = cleaned.line_numbers.index(b.line)
        except ValueError:
            continue
        first = cleaned.lines[k].strip()
        if flat(first) not in keys:
            continue
        rest = " ".join(b.text.split())[len(" ".join(first.split())):].strip()
        if sg.numbering(first) or SECTION_NUMBER.match(first) or k + 1 >= len(cleaned.lines) or not rest \
                or not " ".join(b.text.split()).startswith(" ".join(first.split())) or flat(rest) in keys:
            return blocks   # the first named block decides; both its lines named: a name over its maker
        return blocks[:i] + [replace(b, text=first, lines=1, hang=-1),
                             replace(b, text=rest, lines=b.lines - 1, indent=0, line=cleaned.line_numbers[k + 1])] + blocks[i + 1:]
    return blocks


def _split_slug_line(blocks: list[Block], address: str, cleaned: Cleaned) -> list[Block]:
    """(r26webpages) Phenomenon: a printed page's headline ran into the lines around it as one
    block (the print has no blank lines), and the print header names only the site. The page's
    address names the page (`outline.slug_words`): where no top block alone is named by it, the
    source line of a top block that holds the most of its words (two or more, SLUG_SHARE of them;
    a short line, no sentence run on; more than any block alone, the earliest first) becomes a block
    of its own, so that `_slug_at` finds it.
    The text is kept whole: only the block splits."""
    words = slug_words(address)
    if len(words) < 2:
        return blocks
    best = (0, None, None)
    for i, b in enumerate(blocks[:TITLE_SEARCH]):
        if b.lines < 2 or b.code or b.verbatim or b.cell:
            n = slug_match(words, b.text) if len(b.text.split()) <= SLUG_LINE_WORDS and not b.code else 0
            if n >= 2 and n >= SLUG_SHARE * len(words) and n > best[0]:
                best = (n, None, None)   # a block alone is named: nothing to split (unless a line names more)
            continue
        try:
            k = cleaned.line_numbers.index(b.line)
        except ValueError:
            continue
        for j in range(k, min(len(cleaned.lines), k + b.lines)):
            line = cleaned.lines[j].strip()
            prev = cleaned.lines[j - 1].strip() if j > k else ""
            if prev and is_prose(prev) and not re.search(r"[.:;!?]$", prev) and not re.search(r"\s[›»>|·/]\s", prev) \
                    and sum(w[:1].islower() for w in prev.split()) >= 2:   # a menu bar of capitalised items is no sentence
                continue   # the line carries on a wrapped sentence ('… Free and Compulsory' / 'Education Act, 2009.')
            n = slug_match(words, line) if line and len(line.split()) <= SLUG_LINE_WORDS else 0
            if n >= 2 and n >= SLUG_SHARE * len(words) and n > best[0]:
                best = (n, i, j)
    _, i, j = best
    if i is None:
        return blocks
    b = blocks[i]
    k = cleaned.line_numbers.index(b.line)
    src = [cleaned.lines[m].strip() for m in range(k, k + b.lines)]
    joined = " ".join(b.text.split())
    if joined != " ".join(" ".join(src).split()):
        return blocks   # the unwrapper rewrote the lines (a hyphen undone): leave the block whole
    out, pieces = [], [(k, j), (j, j + 1), (j + 1, k + b.lines)]
    for a, z in pieces:
        if a < z:
            text = " ".join(cleaned.lines[m].strip() for m in range(a, z))
            out.append(replace(b, text=text, lines=z - a, line=cleaned.line_numbers[a], indent=0 if a > k else b.indent,
                               hang=-1 if z - a == 1 else b.hang))
    return blocks[:i] + out + blocks[i + 1:]


SLUG_LINE_WORDS = 12   # words of the line the address names: a headline, not a sentence


# (r22title) the title block's lines run into one block (a print or a page with no blank lines):
# an Act's name over its number in brackets ('(Act No. 7 of 2031)', '(Cap. 4)')
BRACKETED_NUMBER = re.compile(r"^\((?:[A-Z][\w.]*\s+){0,3}(?:No\.?|Cap\.?|Chapter)\s*[\dIVXLC][^()]{0,40}\)$")
SPLIT_LINE_WORDS = 12   # words of a title line in such a block
# (r26pdfen) a report's series line under its title: the kind of paper and its number or year ('Working
# Paper 7', 'Summary report, 2024', 'Research Report No. 42', 'Briefing Note 2024/3'): the title's
# designation, set on a line of its own, never the title's second line
SERIES_LINE = re.compile(r"^(?:[A-Z][a-z]+\s+){0,2}(?:[Rr]eport|[Pp]aper|[Nn]ote|[Bb]rief(?:ing)?|[Ss]eries|[Ss]tudy)"
                         r"(?:,\s*|\s+)(?:No\.?\s*)?\d{1,4}(?:[/.-]\d{1,4})?$")
SERIES_TITLE_WORDS = 3   # words of the title line over it (a 'DRAFT' stamp over the series line is no title)


def _title_line_glued(first: str, second: str) -> bool:
    """(r22title) Two lines of one block that are two items of the title block, never one title
    wrapped: a title-shaped line over an Act's number in brackets."""
    if CITATION_LINE.match(" ".join(first.split())) and sg.has_word(second) and not sg.terminal(second):
        return True   # (r41) a book site's citation of the edition over the volume's name ('Vol. V. English Traits')
    if not sg.has_word(first) or sg.terminal(first) or sg.numbering(first) or len(first.split()) > SPLIT_LINE_WORDS:
        return False
    return bool(BRACKETED_NUMBER.match(second)) or bool(SERIES_LINE.match(second)) and len(first.split()) >= SERIES_TITLE_WORDS \
        and not SERIES_LINE.match(first)


def _occasion_under(first: str, second: str) -> bool:
    """(r45, issue 11) The text's first block: a title line over the occasion it was given or laid on
    ('Presented to the Board on 9 January 2025', english.OCCASION_LINE), set without a blank line
    between; two items of the title block. Lower down, such pairs list a body's reports (a title and
    its date each), and stay."""
    return sg.has_word(first) and not sg.terminal(first) and not sg.numbering(first) \
        and bool(OCCASION_LINE.match(" ".join(second.split())))


def _occasion_at(own: list[str]) -> int:
    """(r45) Where the occasion line stands in the first block's lines, under the title's lines and over
    at most a labelled byline ('Chief Executive: Laura Finch', front.role_byline); 0 when none."""
    for at in (len(own) - 1, len(own) - 2):
        if at >= 1 and _occasion_under(" ".join(own[:at]), own[at]) and all(role_byline(line) for line in own[at + 1:]):
            return at
    return 0


# (r22title) a labelled byline ('Author: …', 'Authors: …', 'Prepared by: …') as the last line of the title's block
LABELLED_BYLINE = re.compile(r"^(?:Authors?|Prepared\s+by|Written\s+by|Compiled\s+by|By)\s*:\s*[A-Z]")
WRAPPED_TITLE_LINES = 3   # lines of a title wrapped over a narrow page, over its labelled byline


def _split_byline(b: Block, own: list[str], next_line: int) -> list[Block]:
    """A title wrapped over WRAPPED_TITLE_LINES lines at most with its labelled byline run into the
    same block ('List of the harbour strategies between' / '1 July 2001 and 30 June 2031' /
    'Author: Jane Doe'): the title's lines, one block, and the byline, another; [] otherwise."""
    if not LABELLED_BYLINE.match(own[-1]) or len(own) - 1 > WRAPPED_TITLE_LINES \
            or any(sg.terminal(line) or sg.numbering(line) for line in own[:-1]):
        return []
    title = " ".join(own[:-1])
    if len(title.split()) > 2 * SPLIT_LINE_WORDS:
        return []
    return [replace(b, text=title, lines=len(own) - 1), replace(b, text=own[-1], lines=1, indent=0, line=next_line)]


def _split_title_lines(blocks: list[Block], cleaned: Cleaned) -> list[Block]:
    """(r22title) Phenomenon: the title block set without blank lines, so a title line ran into the
    line under it as one block ('Some Act' + '(Act No. 7 of 2031)'), or a title wrapped over a few
    lines ran into its labelled byline ('Author: …', `_split_byline`), and the title read as both.
    The first such block among the top TITLE_SEARCH splits (into its two source lines, or into the
    title's lines and the byline); the title block then reads each for what it is. The text is kept
    whole. (A jurisdiction's line over an Act's name and the maker's line under it: r22legal.)"""
    for i, b in enumerate(blocks[:TITLE_SEARCH]):
        if not 2 <= b.lines <= WRAPPED_TITLE_LINES + 1 or b.code or b.verbatim:
            continue
        try:
            k = cleaned.line_numbers.index(b.line)
        except ValueError:
            continue
        own = [line.strip() for line in cleaned.lines[k:k + b.lines]]
        if len(own) == b.lines and all(own) and " ".join(" ".join(own).split()) == " ".join(b.text.split()) \
                and (parts := _split_byline(b, own, cleaned.line_numbers[k + b.lines - 1])):
            return blocks[:i] + parts + blocks[i + 1:]
        if i == 0 and len(own) == b.lines and all(own) and (at := _occasion_at(own)):
            # (r45) a title wrapped over two lines or three, its occasion under it, and its labelled byline
            lines = cleaned.line_numbers[k:k + b.lines]
            return [replace(b, text=" ".join(own[:at]), lines=at)] \
                + [replace(b, text=line, lines=1, indent=0, line=number) for line, number in zip(own[at:], lines[at:])] + blocks[1:]
        if b.lines != 2:
            continue
        if len(own) < 2 or not all(own) or " ".join(" ".join(own).split()) != " ".join(b.text.split()) \
                or not _title_line_glued(own[0], own[1]):
            continue
        return blocks[:i] + [replace(b, text=own[0], lines=1),
                             replace(b, text=own[1], lines=1, indent=0, line=cleaned.line_numbers[k + 1])] + blocks[i + 1:]
    return blocks


def _under_running_text(front: list[Paragraph]) -> bool:
    """(r22flat) The text's first heading stands under running text: a paragraph of sentences
    (RUNNING_TEXT characters or more, ending in a sentence's end) comes before it. The heading then
    names a part of a text already begun (a meeting's `CALL TO ORDER` under the minutes' opening
    sentence, in a records viewer's text joined onto one line), not the document."""
    return any(len(p.text) >= RUNNING_TEXT and p.text.rstrip()[-1:] in ".!?" for p in front)


RUNNING_TEXT = 300   # characters: several sentences, not a notice line over the text


def _numbered_first(title: str) -> bool:
    """`1. Short title`: the first heading is section 1 (round13en), so the text holds its sections from
    the first, the whole document: section 1 names a provision, not the text. A page that opens at a
    later section (`3. Policy instruments`, yr6) is a page of that section, which its head names."""
    return bool(re.match(r"^1\.?\s+\S", title.strip()))


def _chrome_over_text(cleaned: Cleaned, english: bool) -> bool:
    """The cleaner removed, above the text's first kept line, a line the title block would skip as
    chrome itself (`chrome_reason`: a breadcrumb, a skip link, the site's name and menu): the kept
    text starts under the page's chrome whichever of the two took the line off."""
    first = cleaned.line_numbers[0] if cleaned.line_numbers else 0
    top = [r.text.strip() for r in sorted(cleaned.removed, key=lambda r: r.line) if r.text.strip() and r.line < first]
    # the last removed line's next line is the first kept one (round13en: category labels need a line under them)
    kept = next((line.strip() for line in cleaned.lines if line.strip()), "")
    return any(chrome_reason(text, english, after) for text, after in zip(top, top[1:] + [kept]))


# (r22title) a breadcrumb's separators ('Home >> Databases >> …', 'Home › Books › …') and its label
CRUMB_SEP = re.compile(r"\s*(?:>>|›|»|\s>\s)\s*")
CRUMB_LABEL = re.compile(r"^(?:You are here|You're here|You are in|Current page|Location)\s*:\s*", re.I)
CRUMB_DATE = re.compile(r"\s*\((?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November"
                        r"|December)\s+(?:\d{1,2},\s+)?\d{4}\)$")
CRUMBS = 3   # crumbs of a trail at least: the home, a section, the page


def _crumb_name(cleaned: Cleaned) -> str:
    """(r22title) The page's own name as the last crumb of the breadcrumb the cleaner removed over
    the text ('You are here: Site >> Databases >> Court Decisions >> Doe v Roe Ltd [2031] EWCA Civ 7
    (3 May 2031)'): a site's trail ends at the page it is on, which a text with no title line does
    not name otherwise. The crumb's date in brackets dates the page; two words at least; '' when
    no such trail stands over the first kept line."""
    first = cleaned.line_numbers[0] if cleaned.line_numbers else 0
    for r in sorted(cleaned.removed, key=lambda r: r.line):
        if r.line >= first:
            break
        text = CRUMB_LABEL.sub("", " ".join(r.text.split()))
        parts = [p.strip() for p in CRUMB_SEP.split(text) if p.strip()]
        if len(parts) < CRUMBS or len(CRUMB_SEP.findall(text)) < CRUMBS - 1:
            continue
        name = CRUMB_DATE.sub("", parts[-1]).strip()
        if len(name.split()) >= 2 and sg.has_word(name) and not sg.numbering(name) and not sg.terminal(name):
            return name
    return ""


# (r25auditen) a division's label and number alone ('Article. I.', 'SECTION 1', 'Chapter IV'): it
# numbers a part and names nothing, so it never names the text whose first heading it is
# (r28notitle) a consolidation's chapter number in its letter-and-number form ('CHAPTER I-8', 'Chapter C-46')
# files the Act in the statute book and names no text either
BARE_DIVISION_LABEL = re.compile(r"^(?:article|section|sec\.|chapter|part)\.?\s*(?:\d{1,4}|[ivxlcdm]{1,7}|[a-z]{1,2}-\d{1,4}(?:\.\d{1,2})?)\.?$", re.I)


# a browser's running head: the page title, its headline then a separator and the site's name
# ('Harbour Tidal Station - Coast Wiki'), in layout mode after the print stamp on the same line
PRINTED_PAGE_TITLE = re.compile(r"^(?P<headline>\S.{2,150}?)\s+[-–—|·]\s+(?P<site>[^-–—|·]{2,60})$")
PRINTED_ADDRESS = re.compile(r"\s{2,}(?:[a-z][a-z0-9+.-]*://|www\.)\S+$", re.I)
PRINTED_HEADS_MIN = 2   # the page title repeated as a running head on this many pages


HEAD_NAME_HAN = 4   # Han characters of a page title a Chinese print's running head carries


def _running_head_name(cleaned: Cleaned) -> str:
    """(r45, issue 11) The page title a browser printed over every page with no site's name beside
    it (`12/2/31, 4:58 PM    Harbour Trust 2031 Year in Review`, `outline.running_title`): two words
    at least (or four Han characters), no numbering, no end mark; '' otherwise. Read only when no line
    of the text names it."""
    name = running_title(cleaned.removed).strip()
    worded = len(name.split()) >= 2 and sg.has_word(name) or sum(map(sg.is_han, name)) >= HEAD_NAME_HAN
    if worded and not sg.numbering(name) and not sg.terminal(name):
        return name
    return ""


def _print_head_name(cleaned: Cleaned) -> str:
    """(r25auditen) A web page printed to PDF with no headline kept in its text: the browser printed
    the page's title in every page's head ('3/12/25, 10:04 AM  Harbour Tidal Station - Coast Wiki'),
    which the cleaner removed as a running head. Its headline, before the separator and the site's
    name, names the page better than the text's first section head ('Early history'). Two words at
    least, no numbering, no end mark, the same head on two pages or more; '' otherwise."""
    from ..clean.rules_pages import PRINT_STAMP
    seen: Counter = Counter()
    for r in cleaned.removed:
        if r.rule != "running-head":
            continue
        text = PRINTED_ADDRESS.sub("", r.text.strip())   # a print in layout mode: the address beside the page title
        stamp = PRINT_STAMP.match(text)
        text = " ".join((text[stamp.end():] if stamp else text).split())
        match = PRINTED_PAGE_TITLE.match(text)
        if match:
            seen[match["headline"].strip()] += 1
    for name, count in seen.most_common(1):
        if count >= PRINTED_HEADS_MIN and len(name.split()) >= 2 and sg.has_word(name) and not sg.numbering(name) \
                and not sg.terminal(name) and not re.search(r"\d{1,2}:\d{2}|https?://|www\.", name):
            return name
    return ""


def _removed_file_name(cleaned: Cleaned) -> Block | None:
    """A wiki page's or a file's name ('Page:Some Ordinance 1966.pdf/5') the cleaner removed as
    site chrome over the text's first kept line: the title block reads it as it reads the same
    line kept (`file_title`), so the name the page carries stays evidence for the title whichever
    cleaning rule took the line. None when the text's top holds no such line."""
    first = cleaned.line_numbers[0] if cleaned.line_numbers else 0
    top = [r for r in sorted(cleaned.removed, key=lambda r: r.line) if r.text.strip() and r.line < first]
    if not top or not file_title(top[0].text):
        return None
    return Block(top[0].text.strip(), top[0].line)


def _names_wrapped(first: str, second: str, printed_title: str) -> bool:
    """`first` and `second` together, and neither alone, are the headline a part of the print
    header shows cut short by its `…` (a headline wrapped over two lines, each a block of its own)."""
    parts = [p for p in PRINTED_SEP.split(printed_title.strip()) if TRUNCATED.search(p)]
    return any(completes_truncated(f"{first} {second}", part) and not completes_truncated(first, part)
               for part in parts)


def _printed_part_at(blocks: list[Block], printed_title: str) -> int | None:
    """The print header's page title is often the headline joined to the service's or section's
    name ('Cookies - Check your flood risk', 'Part 3 - Have the … been c…'): the title is the part
    the page writes as a line of its own. Where several parts are lines, the lowest one is the
    headline (the site's and the service's names are its chrome, over it); a numbered line is the
    page's first section, never its title, and so is the name under a division's bare label (a code's
    `TITLE 34` / `PUBLIC HEALTH, SAFETY AND WELFARE`: the label's own name, r25labels). Its index, or None."""
    parts = _printed_parts(printed_title)
    if len(parts) < 2:
        return None
    # (r39) the page's headline may open with an article its <title> leaves out ('THE CONSTITUTION OF …
    # 1999' under 'Constitution of … 1999 - Nigeria-Law.org')
    flat = lambda text: "".join(LEADING_ARTICLE.sub("", text).split()).casefold()
    # (r26webpages) a part between the header's strongest separators that is a division's label and
    # name ('Chapter 9 - ANIMALS | Code of Ordinances'): the page of that division, named by its heading
    coarse = [p for p in COARSE_SEP.split(printed_title.strip()) if len(p.split()) > 2]
    division = [i for i, b in enumerate(blocks[:TITLE_SEARCH]) for part in coarse if _division_page(b.text, part)]
    if division and len(coarse) >= 2:
        return max(division)
    found = [i for i, b in enumerate(blocks[:TITLE_SEARCH]) for part in parts if not (sg.numbering(b.text) or SECTION_NUMBER.match(b.text))
             and not HOST_NAME.match(part.strip())   # (r39) the site's host name over its menus names no page
             and not (i and _bare_division_label(blocks[i - 1].text))
             and (flat(b.text) == flat(part) or completes_truncated(b.text, part))]   # a numbered line heads a section
    return max(found, default=None)


LEADING_ARTICLE = re.compile(r"^\s*the\s+", re.I)
HOST_NAME = re.compile(r"^(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}$", re.I)   # 'Nigeria-Law.org': a site's name, its host's


def _bare_division_label(text: str) -> bool:
    """A division's label alone on its line, its name on the next: 'TITLE 34', 'DIVISION 1', 'Part II'."""
    return sg.numbering(text) in ("chapter", "article") and len(text.split()) == 2


ET_AL = re.compile(r"^(?P<name>.+?)[,\s]+et\.?\s+al\.?$", re.I)


def _caption_et_al(text: str, printed_title: str) -> bool:
    """(round9en) A case's caption names its other parties as 'et al.' where the running head on
    every page gives the case's short name: 'THOMPSON v. CLARK ET AL.' under heads 'THOMPSON v.
    CLARK' is the line the heads name (a court opinion printed to PDF)."""
    match = ET_AL.match(" ".join(text.split()))
    return bool(match) and "".join(match["name"].split()).casefold() == "".join(printed_title.split()).casefold()


# (r31body) the separators a portal's page title puts between the headline and the column's or the
# site's names, spaced or not ('…的通知-政府信息公开-某某县人民政府', '…的通知_通知公告_某某网')
HEADLINE_SEP = "-_|–—｜丨·"
HEADLINE_PART_MIN = 8   # characters of the joined headline: a headline, not a word that starts the header


CJK_CHAR = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def _cjk_seam(first: str, second: str) -> bool:
    """Two lines of a wrapped Chinese line meet between two CJK characters: no space goes between;
    nor beside a full-width mark ('…行动计划' / '（2023—2025年）的通知', r39)."""
    first, second = first.rstrip(), second.lstrip()
    wide = lambda ch: bool(CJK_CHAR.match(ch)) or "\u3000" <= ch <= "\u303f" or "\uff00" <= ch <= "\uffef"
    return bool(first and second and wide(first[-1]) and wide(second[0])
                and (CJK_CHAR.match(first[-1]) or CJK_CHAR.match(second[0])))


def _headline_part(joined: str, key: str) -> bool:
    """(r31body) Two lines that together are the print header's headline part: the header's text
    (spaces aside) starts with them and a separator comes right after (`…督办的` / `通知` under the
    header `…督办的通知-政府信息公开-某某县人民政府`); a headline the print wrapped before its
    last words. The lines are the whole part: a line that only starts it is no match."""
    return len(joined) >= HEADLINE_PART_MIN and len(key) > len(joined) and key.startswith(joined) \
        and (key[len(joined)] in HEADLINE_SEP or _colon_site(key[len(joined):]))


COLON_SITE_MAX = 24   # characters of a site's name after the headline's colon (spaces out): a name, not a subtitle


def _colon_site(rest: str) -> bool:
    """(r42) The print header's rest after the wrapped headline is the site's name after a colon
    (`…Final State Of The City: Gothamist`, a blog's `<title>` pattern): a colon, then a short name
    (COLON_SITE_MAX letters, the key has no spaces) with no other mark. The two lines must still
    spell the whole headline before it, so a colon inside the headline is no seam."""
    return rest[:1] == ":" and 2 <= len(rest) - 1 <= COLON_SITE_MAX and not re.search(r"[:;,.!?|]", rest[1:])


def _header_named_at(blocks: list[Block], removed, language: str):
    """(r39book) The title block an e-book's header names in its Title field ('Title: Critical &
    Historical Essays' over the title page's 'CRITICAL AND HISTORICAL ESSAYS', which comes after the
    transcriber's notes): the header names the book as a print header names a web page, and what
    stands over that line is front matter. The field's name before a colon ('How the Other Half
    Lives: Studies Among …') names it too. None when no early block spells it, or the first does
    (the caller's own reading then)."""
    named = english_title_from_header(removed) if language.startswith("en") else ""
    if not named:
        return None
    keys = {_letters(named.replace("&", " and ")), _letters(re.split(r"[:;]", named)[0].replace("&", " and "))} - {""}
    at = next((i for i, b in enumerate(blocks[:HEADER_TITLE_SEARCH]) if _letters(b.text.replace("&", " and ")) in keys), None)
    if not at:
        return None
    head = read_title_block(blocks[at:], language)
    if not head.title or head.title_blocks[:1] != [blocks[at]]:
        head = TitleBlock(title=blocks[at].text, title_blocks=[blocks[at]], used=1)
    head.front = blocks[:at] + head.front
    head.used += at
    return head


HEADER_TITLE_SEARCH = 80   # blocks: a transcriber's notes or a preface of the e-text may stand over the title page


def _title_at(blocks: list[Block], language: str, printed_title: str, address: str = ""):
    """The title block of a printed web page, read from the block its print header names (the
    page's <title>), when the site's top bar and menus come before it; those blocks stay as
    front-matter paragraphs. None when no early block is that title (or it is the first and reads as
    a title by its shape: the cleaner may have removed every chrome line over it, so the first block
    named by the header still gets the long-title reading below). (r26webpages) When the header
    names only the site, the page's address printed at its foot names the page: the block its last
    path segment spells (`_slug_at`)."""
    if not printed_title and not address:
        return None
    # (r39) NFKC: the cleaner set the body's brackets full width ('（2023—2025年）'), the print header
    # it removed keeps the page's half-width ones
    key = _wide_free(printed_title)
    flat = lambda b: _wide_free(b.text)
    at = next((i for i, b in enumerate(blocks[:TITLE_SEARCH]) if flat(b) == key or completes_truncated(b.text, printed_title)
               or language.startswith("en") and b.lines == 2 and _subtitled(b.text, printed_title)
               or _caption_et_al(b.text, printed_title)), None)
    # the headline the page set over two lines (a narrow print, a long headline): two blocks that
    # together are the printed title make one title block, even at the text's top (unseen9)
    pairs = zip(blocks[:TITLE_SEARCH - 1], blocks[1:TITLE_SEARCH])   # a block and the next: never past the last
    wrapped = next((i for i, (b, after) in enumerate(pairs) if flat(b) != key and len(flat(b)) < len(key)
                    and (flat(b) + flat(after) == key or _headline_part(flat(b) + flat(after), key))), None) if at is None else None
    if at is None and wrapped is None and language.startswith("en"):   # a Chinese headline wrapped in its 《》 name: front.py joins it
        # the same two lines under a header that is the headline's part, cut short ('Part 3 - Have
        # the … been c…'): the lines the cleaner removed around them decide whether the unwrapper
        # glued them, so the header's part names them either way (title_evidence)
        wrapped = next((i for i, (b, after) in enumerate(zip(blocks[:TITLE_SEARCH - 1], blocks[1:TITLE_SEARCH])) if _names_wrapped(b.text, after.text, printed_title)), None)
    if wrapped is not None:
        glue = "" if _cjk_seam(blocks[wrapped].text, blocks[wrapped + 1].text) else " "   # a Chinese headline has no space
        joined = replace(blocks[wrapped], text=f"{blocks[wrapped].text}{glue}{blocks[wrapped + 1].text}",
                         lines=blocks[wrapped].lines + blocks[wrapped + 1].lines)
        head = read_title_block([joined] + blocks[wrapped + 2:], language)
        if not head.title and PRINTED_TITLE_MAX >= len(joined.text) and not sg.numbering(joined.text):
            head = TitleBlock(title=joined.text, title_blocks=[joined], used=1)   # a question over two lines
        if not head.title:
            return None
        head.front = blocks[:wrapped] + [b for b in head.front if b is not joined]
        head.used += wrapped + 1
        return head
    if at is None and wrapped is None:
        at = _printed_part_at(blocks, printed_title)
    slugged = False
    if wrapped is None and address:
        named = _slug_at(blocks, address)
        if named is not None and (at is None or named > at and not slug_match(slug_words(address), blocks[at].text)):
            # the header names only the site (its name a line over the menus), the address the page
            at, slugged = named, True
    if at is None:
        return None
    head = read_title_block(blocks[at:], language)
    if at == 0 and head.title and blocks[0] in head.front and not sg.numbering(blocks[0].text) \
            and len(blocks[0].text) <= PRINTED_TITLE_MAX:
        # (round23) the reading set the named line aside as front matter (`Interpretation Act 1987
        # No 15` read as a series designation over the site's `Current version for …` line): the
        # print header's <title> outweighs a line's shape, so the named line alone is the title
        # block and the rest reads as the text
        alone = read_title_block(blocks[:1], language)
        return alone if alone.title else TitleBlock(title=blocks[0].text, title_blocks=[blocks[0]], used=1)
    if at == 0 and head.title:
        return None   # the first block reads as the title anyway: the caller's own reading
    if not head.title and PRINTED_TITLE_MAX >= len(blocks[at].text) and (
            not sg.numbering(blocks[at].text) or slugged or _division_page(blocks[at].text, printed_title)
            or any(_division_page(blocks[at].text, part) for part in COARSE_SEP.split(printed_title))):
        # the print header names this line: a title longer than a line's shape allows (a question
        # over two printed lines) is still the title (title_evidence); so is a division's label
        # and name when the page shows that one division (a code's 'Part 1 - Preliminary' page)
        head = TitleBlock(title=blocks[at].text, title_blocks=[blocks[at]], used=1)
    if not head.title:
        return None
    head.front = blocks[:at] + head.front
    head.used += at
    return head


PRINT_FIRST_WORDS = 10   # words of a print's first line that may name it (a citation, a short name)


def _print_first_line(cleaned: Cleaned) -> str:
    """(r26webpages) A page a browser printed (its address removed as the running foot) whose top
    read as no title: its first kept line, when short (PRINT_FIRST_WORDS), no sentence and no
    chrome (title_evidence.chrome_reason), names the page better than the file name does (a
    statute site's section page: `410 ILCS 525/5` over the section's citation and text). ''
    otherwise."""
    if not printed_address(cleaned.removed):
        return ""
    first = next((line.strip() for line in cleaned.lines if line.strip()), "")
    if not first or len(first.split()) > PRINT_FIRST_WORDS or re.search(r"[.;:!?,]$", first) \
            or not re.search(r"[A-Za-z]", first) or chrome_reason(first, True):
        return ""
    return first


SLUG_SHARE = 2 / 3   # of the address's words a block must hold to be the page it names
COARSE_SEP = re.compile(r"\s+[|·]\s+")   # a print header's strongest separators: 'Chapter 9 - ANIMALS | Code of Ordinances'


def _slug_at(blocks: list[Block], address: str) -> int | None:
    """(r26webpages) The block the page's address names by its last path segment ('…/minimum-wage-
    rates-2025' -> 'Minimum wage rates 2025', '…/faq-meter-readings' -> 'Frequently asked questions:
    water meter readings', '…/HB1042' -> 'House Bill 1042'): among the first TITLE_SEARCH blocks, a
    short one (SLUG_LINE_WORDS words at most: a headline, not a sentence) holding two of the address's words or more and SLUG_SHARE of them, most words first,
    then the earliest; never a line the chrome evidence reads as a site's (title_evidence). None
    when no block is named."""
    words = slug_words(address)
    if len(words) < 2:
        return None
    best, at = 0, None
    for i, b in enumerate(blocks[:TITLE_SEARCH]):
        if len(b.text.split()) > SLUG_LINE_WORDS or b.lines > 2 or chrome_reason(b.text, True):
            continue   # a headline, not a sentence of the text that uses the same words
        n = slug_match(words, b.text)
        if n >= 2 and n >= SLUG_SHARE * len(words) and n > best:
            best, at = n, i
    return at


def _division_page(text: str, printed_title: str) -> bool:
    """The print header is this division's label and name, whole ('Part 1 - Preliminary' over a
    code's page of one Part): the page is that division, and its heading names the page."""
    return sg.numbering(text) in ("chapter", "article", "section") and "".join(text.split()).casefold() \
        == "".join(printed_title.split()).casefold() and len(text.split()) > 2


# the site generators' own title key, lower case ('title: …', 'title = …'); a scraper's or a
# tracker's record ('Title: D.R.16/2019 - … (Passed)') names its item, not the page's title
STATED_TITLE_KEY = re.compile(r"^title\s*[:=]")


def _stated_title(blocks: list[Block], cleaned: Cleaned):
    """(r28markdown) The removal of the front matter's `title:` line whose value is the first block, or None."""
    if not blocks or blocks[0].lines != 1:
        return None
    stated = next((r for r in cleaned.removed if r.rule == "front-matter-block" and r.put and r.line == blocks[0].line
                   and STATED_TITLE_KEY.match(r.text)), None)
    # (r47) the same value, its marks normalised by the clean stage ('…关键时点,拼谁能' -> '…关键时点，拼谁能')
    return stated if stated and (" ".join(stated.put.split()) == " ".join(blocks[0].text.split())
                                 or _same_letters(stated.put, blocks[0].text)) else None


def _front_matter_title_at(blocks: list[Block], cleaned: Cleaned, head, language: str):
    """(r28markdown) A site generator's page states its title in its front matter (`title:` in YAML,
    `title =` in TOML; `front_matter_block` left the value as the text's first line): that line is
    the title, whatever it reads like (a dated title, 'Board Meeting Minutes, 12 March 2024', is no
    dateline there). Where the title block's reading took the line, its reading stays (a
    transcript's place and date under the title stay front matter); else the line alone is the
    title block. The value as written, where the template's suffix was cut from it, stays as the
    title's written form. None when no front matter stated a title, or the reading took it."""
    stated = _stated_title(blocks, cleaned)
    if stated is None:
        return None
    if (repeat := _stated_repeat(blocks, language)) is not None:
        return repeat
    if not language.startswith("en"):
        return None   # a Chinese page's own headline block (a tag before it, its speaker under it) reads on
    taken = bool(head.title_blocks) and head.title_blocks[0] is blocks[0]
    stating = head if taken else TitleBlock(title=blocks[0].text.strip(), title_blocks=[blocks[0]], used=1, sure=True)
    written = STATED_TITLE_KEY.sub("", stated.text, count=1).strip().strip("\"'").strip()
    if written and " ".join(written.split()) != " ".join(stating.title.split()) and not stating.as_written:
        stating.as_written = written   # the value with the template's suffix the title was cut from: kept as written
    return None if taken else stating


MARK_OPENING = re.compile(r"^#{1,6}(?!#)\s*")


def _stated_repeat(blocks: list[Block], language: str):
    """(r30bold) The page repeats the title its front matter states as its `#` line near the top (as many
    page templates print it, whether or not `##` sections follow; a site's line may stand between):
    the text starts there. That line's title block is the title; the stated line and what stands
    over the repeat are front matter. None when no `#` line repeats the stated title (an unmarked
    repeat in capitals, a cover's, reads as before); (r47) in Chinese an unmarked line repeats it where
    the stated one was made safe for a file name (`_slugged`)."""
    for at in range(1, min(len(blocks), TITLE_SEARCH)):
        marked = MARK_OPENING.match(blocks[at].text.strip())
        if blocks[at].lines == 1 and (marked or not language.startswith("en") and _slugged(blocks[0].text, blocks[at].text)) \
                and _same_letters(MARK_OPENING.sub("", blocks[at].text.strip()), blocks[0].text):
            head = read_title_block([replace(blocks[at], text=MARK_OPENING.sub("", blocks[at].text.strip()))] + blocks[at + 1:], language)
            if not head.title_blocks or head.title_blocks[0].line != blocks[at].line:
                return None
            head.title_blocks = [blocks[at]] + head.title_blocks[1:]
            head.front = blocks[:at] + head.front
            head.used += at
            head.sure = True
            return head
    return None


def _marked_title_at(blocks: list[Block], language: str):
    """(mdtitle) A Markdown export marks its title `#` and its sections `##`, `###`: the one `#`
    block near the top is the title block (where no line above it reads as a title, or the line
    read names less of the text, `_names_more`), whatever the page put above it (a site's bar, a cookie notice, a print header, a hatnote), and those blocks stay
    front matter. pandoc reads a lone top heading the same way (`--shift-heading-level-by=-1`).
    None when the text marks no `#`, two or more, a marked block before it, or no `##` section
    under it ((r30bold) nor a bold head line, `blocks.bold_head_line`: a page that sets its sections
    in bold under its `#` title)."""
    marks = [(i, style) for i, b in enumerate(blocks) if (style := sg.numbering(b.text)).startswith("md")]
    tops = [i for i, style in marks if style == "md1"]
    if len(tops) != 1 or tops[0] >= TITLE_SEARCH or marks[0][0] != tops[0] or tops[0] == 0:
        return None
    if len(marks) < 2 and not any(b.lines == 1 and bold_head_line(b.text.strip()) for b in blocks[tops[0] + 1:]):
        return None   # (r30bold) the sections under it may be set as bold head lines ('**Section 1. …**')
    at = tops[0]
    head = read_title_block(blocks[at:], language)
    if not head.title or head.title_blocks[0] is not blocks[at]:
        return None
    head.front = blocks[:at] + head.front
    head.used += at
    return head


def _names_more(marked, head, blocks: list[Block], language: str) -> bool:
    """(mdtitle) The marked title line names more of the text under it than the line the rules read
    as the title (title_evidence.cohesion): a site's name or a breadcrumb over an export's `#`
    title names nothing of the text; a report's own unmarked title over an introduction and one
    marked part names as much as the part does, and stays."""
    english = language.startswith("en")
    body = content_units("\n".join(b.text for b in blocks[marked.used:]), english)
    return cohesion(marked.title, body, english) > max(cohesion(head.title, body, english), 0.0)


def title_repeat(head) -> str:
    """The title written again under it — its short form ('政府工作报告' under a portal's
    '2026年…政府工作报告'), the page's headline then the text's own title, a marked short title
    ('## 国籍法' under '# 中华人民共和国国籍法') — as written, without its marks. The title block
    takes such a line so it is neither a heading nor a paragraph; it was dropped, and the body's
    letters went with it (issue #11, body kept). It stays in the XML as the title's
    <titleabbrev>, which no edition shows: the reader sees the title once. Only the first repeat;
    but a repeat set over lines that together make the title again (the issuer's red header
    '某市人民政府办公室' over '关于印发…的通知') is one repeat, all its lines (unseen6, xy4).
    (r27zhportal) Several repeats the block took (a reprint site's headline copy, then the text's short
    title '政府工作报告'; a law site's two copies of the headline) all stay, a space between: the block
    took every one of them, and a repeat left out was a line of the page lost."""
    repeats = [sg.unmarked(b.text).strip() for b in head.title_blocks[1:]
               if sg.unmarked(b.text).strip() and not any(b is w for w in head.wrapped)]
    title = "".join((head.title or "").split())
    for k in range(len(repeats), 1, -1):
        if "".join("".join(repeats[:k]).split()) == title:
            return "".join(repeats[:k])
    return " ".join(repeats)


def _letters(text: str) -> str:
    """Letters and digits only, case folded: what two writings of one name share."""
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def _slugged(stated: str, line: str) -> bool:
    """(r47, issue 11) The front matter's title is the page's headline with its marks made safe for a
    file name (`…拼谁能_咬住_` for `…拼谁能“咬住”`, `:` and `,` for `：` and `，`): the headline the
    text prints as its first line is the title as written. An underscore the line has not."""
    return "_" in stated and "_" not in line


def _same_letters(a: str, b: str) -> bool:
    """The same words in another case or spacing ('THE ACT, 1920' and 'The Act, 1920')."""
    return bool(a) and _letters(a) == _letters(b)


def cleaned_repeat(removed, title: str) -> str:
    """The short title the clean stage took out as the page headline's repeat (`repeated-title`,
    docs/cleaning.md), when it is part of the title the document got, or the headline's short form
    of it ('政协…工作报告' over '中国人民政治协商会议…工作报告', unseen8): kept as its <titleabbrev>."""
    return next((r.text.strip() for r in removed if r.rule == "repeated-title" and r.text.strip()
                 and ("".join(r.text.split()).casefold() in "".join(title.split()).casefold() or short_form(r.text.strip(), title))), "")


def _replaced_lines(head, overrides: Overrides) -> list[Block]:
    """The title-block lines an override makes redundant as metadata, which stay as text."""
    kept = []
    if overrides.title and head.title and overrides.title != head.title:
        kept += head.title_blocks
    if overrides.author and head.authors and overrides.author != head.authors[0].name:
        kept += head.author_blocks
    return kept


def _walk(sections):
    for section in sections:
        yield section
        yield from _walk(section.sections)
