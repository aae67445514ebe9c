"""Markdown documents (issue #11, second round): one made-up variant per rule, and beside it what
the rule must leave alone. The real document is tests/corpus/extra/docs/xg5_qwiic_readme_markdown_en.txt."""
from __future__ import annotations

from structure.helpers import doc_of, levels as outline, texts as paragraphs

PROSE = "This paragraph of body text is long enough to read as prose in every test here, and ends."





def test_hash_comments_in_a_code_fence_are_not_headings():
    doc = doc_of("# Tool\n\n" + PROSE + "\n\n## Usage\n\nRun it:\n\n```python\n# Import the package\nimport tool\n\n"
                 "# Scan the bus\ntool.scan()\n```\n\n## Licence\n\n" + PROSE)
    assert outline(doc) == [(1, "Usage"), (1, "Licence")]
    assert any("# Import the package" in p and "tool.scan()" in p for p in paragraphs(doc))


def test_prose_does_not_run_into_a_code_fence():
    doc = doc_of("# Tool\n\n" + PROSE + "\n\n## Usage\n\nI installed it with the following command\n```sh\npip install .\n```")
    assert "I installed it with the following command" in paragraphs(doc)


def test_a_hash_line_outside_a_fence_is_still_a_heading():
    doc = doc_of("# Tool\n\n" + PROSE + "\n\n## Usage\n\n" + PROSE + "\n\n# Import the package\n\n" + PROSE)
    assert (1, "Import the package") in outline(doc)


def test_an_image_line_is_not_glued_to_the_heading_before_it():
    doc = doc_of("# Tool\n\n" + PROSE + "\n\n## Screens\n\n![Screenshot](shot.png)\n\n" + PROSE)
    assert outline(doc) == [(1, "Screens")]
    assert doc.title == "Tool"


def test_a_banner_over_the_title_and_badges_under_it_are_neither_title_nor_heading():
    doc = doc_of("![Banner](img/banner.png \"banner\" )\n\nMy Tool - A Package\n==============\n\n"
                 "![Version](https://img.example/v.svg)\n[![Build](https://img.example/b.svg)](https://ci.example)\n\n"
                 + PROSE + "\n\n## Usage\n\n" + PROSE)
    assert doc.title == "My Tool - A Package"
    assert outline(doc) == [(1, "Usage")]


def test_a_short_setext_underline_still_makes_a_heading():
    doc = doc_of("# Tool\n\n" + PROSE + "\n\nA Rather Long Section Heading Here\n=====\n\n" + PROSE + "\n\nUsage\n---\n\n" + PROSE)
    assert [t for _, t in outline(doc)] == ["A Rather Long Section Heading Here", "Usage"]


def test_a_later_hash_section_ranks_with_the_double_hash_sections():
    doc = doc_of("# Tool\n\n" + PROSE + "\n\n## Dependencies\n\n" + PROSE + "\n\n# Installation\n\n" + PROSE +
                 "\n\n### From source\n\n" + PROSE + "\n\n## Examples\n\n" + PROSE)
    assert doc.title == "Tool"
    assert outline(doc) == [(1, "Dependencies"), (1, "Installation"), (2, "From source"), (1, "Examples")]


def test_parts_written_hash_keep_their_rank_when_the_text_has_no_title_line():
    doc = doc_of(PROSE + "\n\n# Part One\n\n## Early Days\n\n" + PROSE + "\n\n# Part Two\n\n## Later\n\n" + PROSE)
    assert outline(doc) == [(1, "Part One"), (2, "Early Days"), (1, "Part Two"), (2, "Later")]


# ---- a transcript: bold speaker lines --------------------------------------------------------

def test_bold_speaker_lines_of_a_transcript_are_not_headings():
    doc = doc_of("# Session 2 | A Briefing (Oct 13, 2025)\n\n**Body | Jane Roe | Co-Chair**\n\nGood morning.\n" + PROSE +
                 "\n\n**Body | John Doe | Co-Chair**\n\nThank you.\n" + PROSE + "\n\n**Body | Jane Roe | Co-Chair**\n\n" + PROSE)
    assert doc.title == "Session 2 | A Briefing (Oct 13, 2025)"
    assert outline(doc) == []
    assert doc.decisions[0].line == 1


def test_a_dump_decoration_heading_with_spaced_stars_stays_a_heading():
    doc = doc_of("****** Noise ******\n\n" + PROSE + "\n\n** History **\n\n" + PROSE + "\n\n** Uses **\n\n" + PROSE)
    assert [t for _, t in outline(doc)] == ["History", "Uses"]


def test_heading_image_and_paragraph_without_blank_lines_stay_three_things():
    doc = doc_of("# Tool\n\n" + PROSE + "\n\n## Heading\n![Figure](fig.png)\n" + PROSE + "\n\n## Second\n\n" + PROSE)
    assert outline(doc) == [(1, "Heading"), (1, "Second")]
    assert "![Figure](fig.png)" in paragraphs(doc)


def test_a_transcripts_closing_mark_over_its_end_time_is_not_a_heading():
    text = ("Remarks at the Opening Session\n\nTHE PRESIDENT: Thank you. (Applause.) Thank you very much.\n\n" + PROSE +
            "\n\n(Applause.)\n\n" + PROSE + "\n\nAUDIENCE MEMBER: Four more years!\n\n(Laughter and applause.)\n\n" + PROSE)
    assert outline(doc_of(text + "\n\nEND\n\n10:42 A.M. EST")) == []
    assert "(Applause.)" in paragraphs(doc_of(text))
    assert outline(doc_of(text + "\n\nEND\n\n" + PROSE)) == [(1, "END")]   # over text it is a heading as before
