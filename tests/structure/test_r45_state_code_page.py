"""(r45, issue 11) A state code's chapter page printed by a browser and read by pdftotext -layout.
The text is made up.

The page lists the chapter's sections by their citation, the code's initials before a decimal
number (`KWC 4.0105 “Kite” defined.`), an inserted section sorting between its neighbours
(`4.010` < `4.0105` < `4.020`), a long caption wrapped onto a deeper-indented line; the sections
follow, each under its citation line or run in with its first sentence. The list goes
(`rules_legal.provision_list`, `_entry_order`) and the chapter's line names the page; a section's
line standing alone is a heading (`english.CODE_SIGN_HEAD`), a quoted term in its caption
(`“Kite” defined.`, `Use of “shall” and “may”.`) no verb of it. What stays: a run of citations
the text never takes up again, and a citation line whose caption is a sentence. (A citation line run on into a plain sentence under it,
with no blank line or numbered subsection between, is still read as one paragraph: left.)
"""
from __future__ import annotations

from pipeline.clean import clean_text
from pipeline.structure import structure_document
from tests.common import outline

INDENT = " " * 12
LIST = [
    "KWC 4.010 Scope.",
    "KWC 4.0105 “Kite” defined.",
    "KWC 4.020 Use of “shall” and “may”; how a duty and a power are told apart in the",
    " " * 28 + "chapter and in the rules made under it.",
    "KWC 4.030 Permits for flying over roads.",
    "KWC 4.040 Fees.",
    "KWC 4.050 Penalties.",
]
PAGE = "\n".join(
    ["", " " * 30 + "KITE FLYING - GENERAL PROVISIONS"] + [INDENT + line.lstrip() if not line.startswith("   ") else line for line in LIST]
    + ["", INDENT + "KWC 4.010 Scope. This chapter governs the flying of kites over public land and roads in the state.",
       INDENT + "(Added by 2031, 12)", "",
       INDENT + "KWC 4.0105 “Kite” defined.",
       INDENT + "1. As used in this chapter, “kite” means a tethered craft lifted by the wind and held by a line.",
       INDENT + "(Added by 2031, 12)", "",
       INDENT + "KWC 4.020 Use of “shall” and “may”; how a duty and a power are told apart in the chapter and in the rules made under it.",
       INDENT + "1. “Shall” imposes a duty to act, and a failure to act is a breach of the chapter.",
       INDENT + "2. “May” confers a power that the holder need not use.",
       INDENT + "(Added by 2031, 12)", "",
       INDENT + "KWC 4.030 Permits for flying over roads.",
       INDENT + "1. A person who flies a kite over a public road shall hold a permit issued by the county clerk.",
       INDENT + "(Added by 2031, 12)", ""])

UNTAKEN = "\n".join(["Schedule of related provisions", "",
                     "KWC 9.010 Harbour dues.", "KWC 9.020 Pilotage.", "KWC 9.030 Berths.",
                     "KWC 9.040 Moorings.", "KWC 9.050 Penalties.", "",
                     "These provisions are printed in the harbour chapter and are not repeated here."])


def test_the_sections_list_goes_and_the_chapter_names_the_page():
    cleaned = clean_text(PAGE, source_file="kwc-4.txt")
    assert not any(line.strip() == "KWC 4.050 Penalties." for line in cleaned.lines)
    assert not any(line.strip().startswith("chapter and in the rules") for line in cleaned.lines)
    doc = structure_document(cleaned, structure="rules")
    assert doc.title.upper() == "KITE FLYING - GENERAL PROVISIONS"
    titles = [t for _, t in outline(doc.sections)]
    assert "KWC 4.0105 “Kite” defined." in titles and "KWC 4.030 Permits for flying over roads." in titles


def test_a_list_the_text_never_takes_up_stays():
    kept = clean_text(UNTAKEN, source_file="kwc-9.txt").lines
    assert "KWC 9.030 Berths." in kept


def test_a_citation_with_a_sentence_for_caption_is_no_heading():
    from pipeline.structure.english import _code_section_head
    assert _code_section_head("KWC 4.030 Permits for flying over roads.")
    assert _code_section_head("KWC 4.0105 “Kite” defined.")
    assert not _code_section_head("KWC 4.030 The clerk shall issue the permit.")
    assert not _code_section_head("GDP 2.5 Percent growth was reported.")


WIDE = [
    "1. Except as otherwise expressly provided in a particular statute or required by the context, a kite flown at a",
    "fair is a kite flown for sale, and the seller shall keep it within the bounds of the fair ground at all times while",
    "the fair is open to the public.",
]
NO_BLANK = "\n".join(
    [INDENT + "KWC 5.010 Licences."] + [INDENT + line for line in WIDE] + [INDENT + "(Added by 2031, 14)",
     INDENT + "KWC 5.020 Fees."] + [INDENT + line for line in WIDE] + [INDENT + "(Added by 2031, 14)",
     INDENT + "KWC 5.030 Penalties."] + [INDENT + line for line in WIDE] + [INDENT + "(Added by 2031, 14; A 2033, 2)"]) + "\n"


def test_a_section_line_right_under_the_source_note_opens_the_section():
    """(`blocks._code_line_under_closed`) a print that lost the blank line between two sections."""
    doc = structure_document(clean_text(NO_BLANK, source_file="kwc-5.txt"), structure="rules")
    titles = [t for _, t in outline(doc.sections)] + [doc.title]
    assert "KWC 5.020 Fees." in titles and "KWC 5.030 Penalties." in titles
