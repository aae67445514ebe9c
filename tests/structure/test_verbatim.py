"""Verbatim blocks (issue #11, third round; structure/verbatim.py): a code fence, a markdown text's
indented code block, a plain-text table of aligned columns and ASCII art keep their lines and
spaces; what must stay a paragraph stays one. The real documents: d4 (an RFC's alphabet tables
and bit diagrams, dev) and tests/corpus/extra/docs/xg5_qwiic_readme_markdown_en.txt (fences)."""
from __future__ import annotations

from structure.helpers import all_paragraphs, doc_of

PROSE = "This paragraph of body text is long enough to read as prose in every test here, and ends."



def verbatim(doc):
    return [(p.verbatim, p.text) for p in all_paragraphs(doc) if p.verbatim]


def prose(doc):
    return [p.text for p in all_paragraphs(doc) if not p.verbatim]


MARKDOWN = "# Tool\n\n" + PROSE + "\n\n## Usage\n\nRun it:\n\n"

CODE = '''def main(argv):
    for name in argv:
        print(name, "<ok> & done")
    return 0'''


def test_a_code_fence_keeps_its_lines_indentation_and_language():
    doc = doc_of(MARKDOWN + "```python\n" + CODE + "\n```\n\n" + PROSE)
    [code] = [p for p in all_paragraphs(doc) if p.verbatim]
    assert (code.verbatim, code.text, code.language, code.lead) == ("code", CODE, "python", "")
    assert PROSE in prose(doc)


def test_a_fence_indented_like_its_list_keeps_the_relative_indentation():
    doc = doc_of(MARKDOWN + "  ```\n  if x:\n      y()\n  ```\n\n" + PROSE)
    assert verbatim(doc) == [("code", "if x:\n    y()")]


def test_an_indented_block_in_markdown_is_code():
    doc = doc_of(MARKDOWN + "    $ tool  a.txt   b.txt\n    a.txt   12 lines\n\n" + PROSE)
    assert verbatim(doc) == [("code", "$ tool  a.txt   b.txt\na.txt   12 lines")]


def test_an_indented_block_under_a_list_item_continues_the_item():
    doc = doc_of(MARKDOWN + "- first item\n\n    more about the first item, wrapped\n    over two lines.\n\n" + PROSE)
    assert verbatim(doc) == []


def test_an_indented_quotation_in_plain_text_stays_a_paragraph():
    text = (PROSE + "\n\n        We hold these truths to be self-evident, that all men are\n"
            "        created equal, that they are endowed by their Creator with\n"
            "        certain unalienable Rights.\n\n" + PROSE)
    doc = doc_of(text)
    assert verbatim(doc) == []
    assert any(t.startswith("We hold these truths") and t.endswith("Rights.") for t in prose(doc))


TABLE = """                      Table 1: The Alphabet

     Value Encoding  Value Encoding  Value Encoding
         0 A            17 R            34 i
         1 B            18 S            35 j
         2 C            19 T            36 k"""


def test_a_table_of_aligned_columns_is_laid_out():
    doc = doc_of(PROSE + "\n\n" + TABLE + "\n\n" + PROSE)
    [(kind, text)] = verbatim(doc)
    assert kind == "layout"
    assert text.split("\n") == ["Value Encoding  Value Encoding  Value Encoding",
                                "    0 A            17 R            34 i",
                                "    1 B            18 S            35 j",
                                "    2 C            19 T            36 k"]
    assert "Table 1: The Alphabet" in prose(doc)   # a one-line caption is no table


ART = """            +--first octet--+-second octet--+
            |7 6 5 4 3 2 1 0|7 6 5 4 3 2 1 0|
            +-----------+---+-------+-------+
            |5 4 3 2 1 0|5 4 3 2 1 0|5 4 3|
            +--1.index--+--2.index--+--3.i+"""


def test_ascii_art_is_laid_out():
    doc = doc_of(PROSE + "\n\n" + ART + "\n\n" + PROSE)
    assert verbatim(doc) == [("layout", "\n".join(line[12:] for line in ART.split("\n")))]


def test_a_hard_wrapped_paragraph_with_two_spaces_after_each_sentence_is_prose():
    text = ("   Special processing is performed if fewer than 24 bits are available\n"
            "   at the end of the data being encoded.  A full encoding quantum is\n"
            "   always completed at the end of a quantity.  When fewer than 24 input\n"
            "   bits are available in an input group, bits with value zero are added.")
    doc = doc_of(PROSE + "\n\n" + text + "\n\n" + PROSE)
    assert verbatim(doc) == []
    assert any(t.startswith("Special processing") and "encoded.  A full" in t for t in prose(doc))


def test_justified_lines_with_widened_word_gaps_are_prose():
    text = ("It was the best of times,  it was the worst of times, it was the age\n"
            "of wisdom, it was the age of foolishness,  it was the epoch of belief,\n"
            "it was the epoch  of incredulity, it was the season of Light, it was\n"
            "the season of Darkness, it was the spring of hope,  it was the winter.")
    doc = doc_of(PROSE + "\n\n" + text + "\n\n" + PROSE)
    assert verbatim(doc) == []


def test_verse_in_a_book_stays_text():
    verse = ("    'Twinkle, twinkle, little bat!\n"
             "    How I wonder what you're at!\n"
             "      Up above the world you fly,\n"
             "      Like a tea-tray in the sky.")
    doc = doc_of(PROSE + "\n\n" + verse + "\n\n" + PROSE)
    assert verbatim(doc) == []


def test_a_hash_comment_in_an_indented_markdown_block_is_no_heading():
    doc = doc_of(MARKDOWN + "    # make the build folder\n    mkdir build\n\n## Licence\n\n" + PROSE)
    assert [s.title for s in doc.sections] == ["Usage", "Licence"]
    assert verbatim(doc) == [("code", "# make the build folder\nmkdir build")]


def test_decorated_headings_in_a_run_of_prose_lines_are_no_drawing():
    text = "\n".join(["****** Noise ******", "From the free encyclopedia", PROSE, "***** History[edit] *****", PROSE,
                      "---------------", PROSE, PROSE, PROSE])
    doc = doc_of(PROSE + "\n\n" + text + "\n\n" + PROSE)
    assert verbatim(doc) == []


def test_a_diagram_of_arrows_under_a_boxed_row_is_laid_out():
    art = ["+--------+--------+", "|< 1 >< 2| >< 3 ><|", "+--------+--------+",
           "          <===> 3rd character", "     <====> 2nd character", "<===> 1st character"]
    doc = doc_of(PROSE + "\n\n" + "\n".join(art) + "\n\n" + PROSE)
    assert verbatim(doc) == [("layout", "\n".join(art))]


def test_a_worked_example_with_labelled_aligned_rows_is_laid_out():
    rows = ["Input data:  0x14fb9c",
            "Hex:     1   4    f   b    9   c",
            "8-bit:   00010100 11111011 10011100",
            "6-bit:   000101 001111 101110 011100",
            "Decimal: 5      15     46     28",
            "Output:  F      P      u      c"]
    doc = doc_of(PROSE + "\n\n" + "\n".join("      " + r for r in rows) + "\n\n" + PROSE)
    assert verbatim(doc) == [("layout", "\n".join(rows))]
