"""(r46, issue 11) A browser's print read by `pdftotext -layout` sets every line two columns in, heads and
text alike: the body's indent is the page's own margin, and a numbered head level with the body is a head
(english.at_margin). An RFC indents its body three columns and sets its heads flush left of it: there a
numbered line level with the body reads as before (at_margin is false). The texts are made up."""
from __future__ import annotations

from pipeline.clean import clean_text
from pipeline.structure import structure_document

from pipeline.structure.blocks import Block
from pipeline.structure.english import at_margin, body_indent

from .helpers import all_sections

PARAGRAPH = ("Agencies should weigh the cost of each change against the service it improves for the public,\n"
             "and report the result to the board in the plan they file at the end of the financial year.\n")


HEAD = "3/1/31, 10:43 AM                                  Implementation | Office of Open Data"
FOOT = "https://data.example.gov/guidance/implementation/                                   {}/2"


def _layout(lines: list[str], margin: str) -> str:
    """The print's two pages: the browser's date and title over each, its address and counter under
    each, at the paper's edge (column 0); the page's text `margin` in."""
    body = [margin + line if line else "" for line in lines]
    half = len(body) // 2
    pages = [body[:half], body[half:]]
    return "\f".join("\n".join([HEAD] + page + [FOOT.format(n)]) + "\n" for n, page in enumerate(pages, 1))


def _body(heads: list[str]) -> list[str]:
    out = ["Open Data Guidance", ""]
    for head in heads:
        out += [head, ""] + PARAGRAPH.splitlines() + [""] + PARAGRAPH.splitlines() + [""]
    return out


def test_numbered_heads_at_a_printed_margin():
    heads = ["III. Implementation", "1. Roles and Responsibilities", "2. Coordination", "3. Resources"]
    doc = structure_document(clean_text(_layout(_body(heads), "  "), source_file="print.txt"))
    assert [s.title for s in all_sections(doc)] == heads


def test_the_same_text_flush_reads_alike():
    heads = ["III. Implementation", "1. Roles and Responsibilities", "2. Coordination", "3. Resources"]
    doc = structure_document(clean_text(_layout(_body(heads), ""), source_file="print.txt"))
    assert [s.title for s in all_sections(doc)] == heads


def test_an_indented_body_beside_flush_heads_is_no_margin():
    """The margin is the page's where nothing stands left of the body: an RFC's flush heads do."""
    prose = "Agencies should weigh the cost of each change against the service it improves"
    printed = [Block("Open Data Guidance", 1, 2), Block("1. Introduction", 3, 2), Block(prose, 5, 2, 2)]
    rfc = [Block("Open Data Guidance", 1, 0), Block("1. Introduction", 3, 0), Block(prose, 5, 3, 2)]
    assert at_margin(printed, body_indent(printed))
    assert not at_margin(rfc, body_indent(rfc))
    assert not at_margin([Block(prose, 1, 0, 2)], 0)   # flush text has no margin to read past
