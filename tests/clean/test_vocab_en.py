"""One English site-chrome vocabulary (issue #11, vocab): the cleaner's rules and the title evidence
read the same skip links, menu buttons, feedback links and phase tags from clean/vocab_en.py, so a
phrase one of them knows the others know too. Made-up lines; sentences that only contain the words stay."""
from __future__ import annotations

import pytest

from pipeline.clean import vocab_en
from pipeline.clean.rules_chrome_en import JUMP_LINK, PHASE_TAG, link_row
from pipeline.structure.title_evidence import PHASE_BANNER, chrome_reason

from .helpers import run_rule

EN = "The board met four times in the year and reviewed every programme against its stated aims."
EN2 = "Each member declared any interest before the meeting and the minutes record every declaration."

SKIP_LINKS = ["Skip to main content", "Jump to navigation", "Skip over the menu", "Skip to primary navigation",
              "skip navigation", "Jump to search"]


@pytest.mark.parametrize("line", SKIP_LINKS)
def test_every_reader_knows_the_same_skip_link(line):
    assert vocab_en.SKIP_LINK.match(line)
    assert link_row(line)                                    # en-chrome: a strong link alone on its line
    assert JUMP_LINK.match(line)                             # en-chrome: anywhere on the page
    assert chrome_reason(line, english=True) == "a skip link"   # structure: never the title
    assert line.lower() in vocab_en.STRONG_LINKS


@pytest.mark.parametrize("line", ["跳到主要內容區塊", "跳转到主要内容", "Jump to navigation", "Skip to the content"])
def test_a_skip_link_over_the_headline_goes_in_the_cleaner_too(line):
    # the cleaner dropped only some of the forms the title evidence knew ('跳到主要內容區塊' stayed, xxk5)
    removed = [t for _, t in run_rule("site-bars", [line, "", "Annual review of the harbour", "", EN, EN2])[1]]
    assert removed == [line]


@pytest.mark.parametrize("line", ["Skip to main content of the report, then read the annex.",
                                  "We skip to the content that matters.", "跳到主要内容之前，请先阅读说明。"])
def test_a_sentence_with_the_words_is_no_skip_link(line):
    assert not vocab_en.SKIP_LINK.match(line)
    assert chrome_reason(line, english=line.isascii()) != "a skip link"


@pytest.mark.parametrize("line", ["MENU", "☰ Menu", "Toggle navigation", "Close menu"])
def test_a_menu_button_is_one_word_list_for_both_rules(line):
    assert vocab_en.MENU_BUTTON.match(line)
    removed = [t for _, t in run_rule("site-bars", [line, "", "Annual review of the harbour", "", EN, EN2])[1]]
    assert removed == [line]


def test_feedback_links_and_top_links_are_strong_links():
    for phrase in vocab_en.FEEDBACK_LINKS + vocab_en.TOP_LINKS + vocab_en.MENU_BUTTONS:
        assert phrase in vocab_en.STRONG_LINKS
    assert vocab_en.FEEDBACK_LINK.match("Send us feedback") and not vocab_en.FEEDBACK_LINK.match("Feedback from members")


def test_the_phase_tag_and_the_phase_banner_read_the_same_words():
    for word in vocab_en.PHASE_WORDS.split("|"):
        assert PHASE_TAG.match(word) and PHASE_BANNER.match(f"GOV.UK {word}")
    assert not PHASE_TAG.match("Beta testing")


def test_the_skip_link_set_and_regex_are_built_from_the_same_parts():
    # link_row looks phrases up in STRONG_LINKS, the other rules match SKIP_LINK: they must agree
    assert len(vocab_en.SKIP_LINK_PHRASES) == 1201   # round19en: `accessibility`, `footer`; r26: the regions sites name (subnav, sidebar …)
    assert all(vocab_en.SKIP_LINK.match(phrase) for phrase in vocab_en.SKIP_LINK_PHRASES)
    assert not vocab_en.SKIP_LINK.match("skip to the the content") and not vocab_en.SKIP_LINK.match("skip content")
