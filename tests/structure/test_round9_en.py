"""Title rules the round9-en round (issue #11, check set 6's English half xxv1-8) widened: made-up
variants of each phenomenon, and what each rule must leave alone."""
from __future__ import annotations

from pipeline.clean import clean_text
from pipeline.model import Removal
from pipeline.structure import structure_document
from pipeline.structure.outline import _site_prefix_cut, running_title

EN = "The council met on Tuesday and agreed the budget for the coming year after a long debate."


def test_a_page_title_naming_its_site_before_and_after_the_headline_is_the_headline():
    assert _site_prefix_cut("Harbourview: Mayor's statement on the budget", "Harbourview") == "Mayor's statement on the budget"
    assert _site_prefix_cut("Harbourview: Mayor's statement on the budget", "Harbo…") == "Mayor's statement on the budget"


def test_a_title_whose_colon_opens_a_subtitle_stays_whole():
    assert _site_prefix_cut("Budget 2024: Our Plan", "Treasury") == "Budget 2024: Our Plan"
    assert _site_prefix_cut("Budget 2024: Our Plan", "Bu…") == "Budget 2024: Our Plan"   # too short a stem


def test_a_court_opinions_part_label_is_never_the_page_title_of_its_heads():
    heads = ["Opinion of the Court", "HARBOUR v. MILLS"] * 3 + ["Opinion of the Court"]
    removed = tuple(Removal(i * 40, text, "running-head") for i, text in enumerate(heads))
    assert running_title(removed) == "HARBOUR v. MILLS"


def test_the_caption_with_et_al_under_the_cases_running_heads_is_the_title():
    lines = ["(Advance Copy)     TERM OF 2019     1", "", "Summary", "", EN, "", "HIGH COURT OF EASTSHIRE", "",
             "HARBOUR v. MILLS ET AL.", "", EN, EN, EN, EN, EN, EN, EN, ""]
    for n in range(2, 6):   # later pages: the case's short name and the page number as the head
        lines += [f"{n}        HARBOUR v. MILLS", "", EN, EN, EN, EN, EN, EN, EN, EN, EN, EN, EN, EN, ""]
    doc = structure_document(clean_text("\n".join(lines)))   # the cleaner takes the heads off first
    assert doc.title.casefold() == "harbour v. mills et al."
