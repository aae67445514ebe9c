"""Cleaning rules the round11-en round (issue #11, check set 8's English half xxj1-8) prompted:
made-up variants of each phenomenon, and what each rule must leave alone."""
from __future__ import annotations

from .helpers import run_rule

EN = "The tribunal heard the appeal in the spring and gave its reasons in writing some weeks later."
EN2 = "The council agreed the budget for the harbour works after a long debate on the costs involved."


def test_a_link_to_the_full_text_and_a_loading_placeholder_go():
    lines = ["Loading…", "Harbour Works Statement", "", EN, "", EN2, "", "Read the Full Statement Here", ""]
    kept, removed, _ = run_rule("cms-chrome", lines)
    assert [t for _, t in removed] == [lines[0], lines[7]]


def test_a_sentence_about_the_full_text_stays():
    lines = ["Harbour Works Statement", "", EN, "", EN2, "",
             "Members may read the full statement in the library of the House.", ""]
    kept, removed, _ = run_rule("cms-chrome", lines)
    assert not removed


def test_a_news_sites_imprint_and_related_label_under_its_footer_bar_go():
    lines = ["Harbour works begin", "", EN, EN2, "More stories from Eastport", "",
             "Disclaimer | Privacy policy | Contact us | RSS",
             "eastportnews.example.org is published by the Eastport Council Communications Office."]
    kept, removed, _ = run_rule("en-chrome", lines)
    assert [t for _, t in removed if t] == [lines[4], lines[6], lines[7]]


def test_a_sentence_saying_who_publishes_a_report_stays():
    lines = ["Harbour works begin", "", EN, "The yearly report is published by the council in May.", EN2]
    kept, removed, _ = run_rule("en-chrome", lines)
    assert not [t for _, t in removed if t]


def test_a_gazettes_colophon_on_its_last_line_goes():
    lines = ["PROVINCIAL GAZETTE", "", EN, "", EN2, "", "Printed and Published by the Government Printer, Eastport.", ""]
    kept, removed, _ = run_rule("printer-imprint", lines)
    assert [t for _, t in removed if t] == [lines[6]]


def test_a_sentence_about_the_government_printer_inside_the_text_stays():
    lines = ["PROVINCIAL GAZETTE", "", "Printed by the Government Printer, the forms are sold at the office.", "", EN]
    kept, removed, _ = run_rule("printer-imprint", lines)
    assert not [t for _, t in removed if t]


def test_a_transcribers_note_on_a_handwritten_annotation_or_a_stamp_goes():
    lines = ["PROVINCIAL GAZETTE", "", EN, "[Stamp: RECEIVED 3 JAN 1921]", EN2, "",
             "(Handwritten note: “See rule 4 of 2/3/1922.”)", ""]
    kept, removed, _ = run_rule("transcription-note", lines)
    assert [t for _, t in removed if t] == [lines[3], lines[6]]


def test_a_bracketed_line_of_the_text_stays():
    lines = ["PROVINCIAL GAZETTE", "", EN, "(See section 4 for the note on stamps.)", "[Repealed by Ordinance No. 2 of 1922]", EN2]
    kept, removed, _ = run_rule("transcription-note", lines)
    assert not [t for _, t in removed if t]
