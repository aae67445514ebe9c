"""The title block every edition shows, read once from the XML's <info> by one rule.

    fm = front_matter(doc.root, doc.lang, doc.name)
    fm.title, fm.subtitle, fm.authors, fm.shown_date   # ('…', '——…', ('国务院总理　温家宝',), '')

The PDF's title page and opening, the DOCX title page (through pandoc's metadata) and the
EPUB's title page and cover all take their lines from here, so the three editions cannot
disagree: pandoc on its own wrote the speaker as 'name role' (温家宝 国务院总理) while the
PDF wrote 'role name'. The rule: a speaker is written as a Chinese report prints it, role
first, an ideographic space, then the name (国务院总理　温家宝); in other languages the name
comes first, then the role after a comma (Jane Doe, Mayor). An issuing body is its name.
The date is shown as a reader writes it, and left out when the dateline already states it.

The lines a document prints ABOVE its title (<bibliomisc role="cover">: a 公文's red header and
document number, a statute's citation line, a kicker) come first, in order, each with the kind
that sets its style in every edition (`cover_kind`): a 公文's masthead ('某某人民政府办公厅文件',
'中华人民共和国主席令') large and red, a long line (a promulgation's paragraph) as a small
paragraph, any other line small and centred.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..docbook.read import cover_lines, q
from ..lang import cjk
from .dates import human_date


#: a 公文's masthead: the issuing body's name over the headline, ending with the kind of paper
#: ('…办公厅文件', '…主席令', '…政府令'), printed large and red (GB/T 9704 版头)
MASTHEAD = re.compile(r"^[\u3400-\u9fff（）()]{2,28}(?:文件|令)$")
#: characters: a cover line longer than this is a paragraph (a promulgation's text), not a line
COVER_LINE_MAX = 60


@dataclass(frozen=True)
class CoverLine:
    text: str
    kind: str          # "masthead" (a 公文's red header), "paragraph" (a long line), "plain"


def cover_kind(text: str) -> str:
    """How a line printed above the title is set: "masthead", "paragraph" or "plain"."""
    if MASTHEAD.match("".join(text.split())):
        return "masthead"
    return "paragraph" if len(text) > COVER_LINE_MAX else "plain"


@dataclass(frozen=True)
class FrontMatter:
    title: str
    subtitle: str                 # the dateline, as written
    authors: tuple[str, ...]      # one line per speaker or issuing body, as every title page shows it
    names: tuple[str, ...]        # the bare names, for metadata (dc:creator, <meta name="author">)
    date: str                     # ISO 8601 as in the XML ('' if none)
    shown_date: str               # as a reader writes it; '' when none or the dateline states it
    cover: tuple[CoverLine, ...] = ()   # the lines printed above the title, in order


def _text(el) -> str:
    return "".join(el.itertext()).strip() if el is not None else ""


def _name_and_role(author) -> tuple[str, str]:
    """An <author>'s name and office: the office is the name's <honorific> (and the name its
    <othername>) where the text prints it first (国务院总理　李强), else the affiliation's job title (Jane Doe, Mayor)."""
    person = author.find(q("personname"))
    honorific = person.find(q("honorific")) if person is not None else None
    if honorific is not None:
        return _text(person.find(q("othername"))), _text(honorific)
    name = _text(person) or _text(author.find(q("orgname")))
    role = _text(author.find(f"{q('affiliation')}/{q('jobtitle')}")) or _text(
        author.find(f"{q('affiliation')}/{q('orgname')}"))
    return name, role


def author_line(name: str, role: str, lang: str) -> str:
    """国务院总理　温家宝 (CJK: role, U+3000, name); Jane Doe, Mayor (others); the name alone without a role."""
    if not role:
        return name
    if not name:
        return role
    return f"{role}\u3000{name}" if cjk(lang) else f"{name}, {role}"


def front_matter(root, lang: str, fallback_title: str = "") -> FrontMatter:
    """Everything a title page shows, from the <info> of `root` (an <article>)."""
    info = root.find(q("info"))
    if info is None:
        return FrontMatter(fallback_title, "", (), (), "", "")
    cover = tuple(CoverLine(line, cover_kind(line)) for line in cover_lines(root))
    lines, names = [], []
    for author in info.iterfind(q("author")):
        name, role = _name_and_role(author)
        if name or role:
            lines.append(author_line(name, role, lang))
            names.append(name or role)
    subtitle = _text(info.find(q("subtitle")))
    date = _text(info.find(q("date")))
    shown = human_date(date, lang) if date else ""
    if shown and shown in subtitle:
        shown = ""
    return FrontMatter(title=_text(info.find(q("title"))) or fallback_title, subtitle=subtitle,
                       authors=tuple(lines), names=tuple(names), date=date, shown_date=shown, cover=cover)
