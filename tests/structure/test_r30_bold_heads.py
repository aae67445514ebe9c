"""r30bold (issue #11): Markdown whose heads are BOLD LINES, and site-generator pages, made up the way
real exporters and editors write them (tests/fixtures/r30bold): a Google Docs export (`**1. Apologies**␣␣`
over one short sentence, `**Present**` over a list of names), a statute page (`**Section 1.
Definitions.**` closed by a period, no blank line before it either), a Word export with the text
indented under the head, a Notion page with a run of bold heads over a thematic break, pandoc's
backslash hard break inside a paragraph, a Jekyll page scraped with its print stamp and menu under the
front matter, Hugo pages in Chinese (the title repeated as its `#` line; bold `**一、…**` heads).
(boldq) A help page's bold questions over their answers are heads too. What must stay: a bold
sentence over its paragraph, an interview's bold questions after a speaker's label (`**Q: Why …?**`),
a bold exclamation, a bold label with a colon (`**Update:**`,
`**Note:**`), bold words inside a sentence, `**` in code, a form's bold labels over bold values, a
transcript's bold speaker labels with bars."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.clean import clean_text
from pipeline.structure import structure_document

from .helpers import all_paragraphs, levels

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "r30bold"

# name: (titles accepted, headings (level, text), body words that must stay, chrome that must go)
EXPECT = {
    "gdocs_minutes_bold_heads.md": (["Minutes of the Parks Committee"],
                                    [(1, "Present"), (1, "1. Apologies"), (1, "2. Declarations of interest"),
                                     (1, "3. Playground renewal")],
                                    ["Cllr Ana Ruiz, Chair", "There were no apologies.", "None were declared."], []),
    "statute_page_bold_sections.md": (["Tenancy Deposit Regulations"],
                                      [(1, "Section 1. Definitions."), (1, "Section 2. Protection of deposits."),
                                       (1, "Section 3. Return of deposits.")],
                                      ["These regulations set out how a landlord holds a deposit.",
                                       '(1) "Deposit" means money paid', "within thirty days"], []),
    "word_export_indented_text.md": (["Community Garden Handbook"], [(1, "Welcome"), (1, "Plot rules"), (1, "Tools")],
                                     ["Thank you for joining the garden.", "The shed opens at eight"], []),
    "notion_order_paper_bold_run.md": (["Order Paper"],
                                       [(1, "NATIONAL ANTHEM"), (1, "PRAYER"), (1, "BUSINESS OF THE HOUSE"),
                                        (1, "QUESTIONS FOR ORAL ANSWER")],
                                       ["The Leader of the House informed members"], []),
    "pandoc_backslash_inside.md": (["Staff Travel Policy"], [(1, "Scope"), (1, "Approval")],
                                   ["This policy applies from 1 April 2025", "It applies to all employees"], []),
    "statute_bold_run_period.md": (["Defence (Amendment) Act"],
                                   [(1, "ARRANGEMENT OF SECTIONS"), (1, "Acts Referred to"), (1, "Short title."),
                                    (1, "Interpretation.")],
                                   ["Defence Act, 1954", "In this Act, the Principal Act means"], []),
    "jekyll_scraper_chrome.md": (["Parking Permit Guidance"], [(1, "Who can apply"), (1, "How to apply")],
                                 ["Residents of a controlled zone may apply", "Apply online and upload"],
                                 ["5/2/24, 9:14 AM", "Parking Permit Guidance - City Council", "Services", "1/1"]),
    "hugo_zh_glossary_title_repeat.md": (["《年度工作报告》名词解释"], [],
                                         ["1.地区生产总值", "3.规上工业企业"], []),
    "hugo_zh_notice_title_repeat.md": (["关于做好2024年春季植树工作的通知"], [],
                                       ["各区县人民政府", "现将有关事项通知如下", "认真抓好落实"], []),
    "zh_bold_heads_front_matter.md": (["政府信息公开指南"], [(1, "一、公开范围"), (1, "二、公开方式"), (1, "三、申请公开")],
                                      ["本机关主动公开机构职能", "公民、法人或者其他组织"], []),
    "help_centre_hash_title_bold_heads.md": (["CHANGING YOUR BILLING ADDRESS", "Changing Your Billing Address"],
                                             [(1, "Before you start"), (1, "Changing the address"),
                                              (1, "When the change applies")],
                                             ["You need the account owner's password"], []),
    "zh_hash_title_unspaced.md": (["《某某市年度工作报告》名词解释"], [],
                                  ["1.地区生产总值", "#两会# 代表们围绕民生话题展开热烈讨论。"], []),
    # (boldq) a help page's bold questions over their answers are its heads
    "faq_bold_question_heads.md": (["Library Card Questions"],
                                   [(1, "Who can get a library card?"), (1, "What do I need to bring?"),
                                    (1, "Can I renew a book online?")],
                                   ["Anyone who lives, works or studies", "Any other question? Ask at the desk"], []),
    # what must stay
    "interview_bold_questions_must_stay.md": (["Talking Rivers: An Interview"], [],
                                              ["Q: Why are the floods getting worse?", "A: Leave room for the river",
                                               "Stop building on the flood plain now!"], []),
    "forum_post_must_stay.md": (["Upgrading the Router Firmware"], [],
                                ["Please read the whole guide before you start.", "Update:",
                                 "The vendor has since released version 2.1", "must not", "Note:",
                                 "**not a heading**", "Thanks for reading."], []),
    "form_labels_must_stay.md": (["Volunteer Application"], [],
                                 ["Name", "Ana Ruiz", "Date", "12 March 2024", "Phone", "555 0100"], []),
    "transcript_bar_labels_must_stay.md": (["Regional Briefing"], [],
                                           ["Chair | Dana Ortiz | Co-Chair", "Good morning and welcome",
                                            "Panel | Sam Okafor | Director"], []),
}


def _plain(text: str) -> str:
    return " ".join(text.replace("**", "").replace("__", "").split())


def _doc(name: str):
    text = (PAGES / name).read_text(encoding="utf-8")
    return structure_document(clean_text(text, source_file=name))


def _body(doc) -> str:
    return _plain(" ".join(p.text for p in all_paragraphs(doc)))


@pytest.mark.parametrize("name", sorted(EXPECT))
def test_title(name):
    titles = EXPECT[name][0]
    assert _plain(_doc(name).title or "").casefold() in {t.casefold() for t in titles}


@pytest.mark.parametrize("name", sorted(EXPECT))
def test_headings(name):
    heads = EXPECT[name][1]
    assert [(lv, _plain(t)) for lv, t in levels(_doc(name))] == heads


@pytest.mark.parametrize("name", sorted(EXPECT))
def test_body_stays(name):
    words = EXPECT[name][2]
    body = _body(_doc(name))
    for w in words:
        assert _plain(w).replace(" ", "") in body.replace(" ", ""), w


@pytest.mark.parametrize("name", sorted(name for name, expect in EXPECT.items() if expect[3]))
def test_chrome_goes(name):
    """The page's chrome under a front matter is cut by the cleaner (what the scorer counts as leaks)."""
    kept = " ".join(clean_text((PAGES / name).read_text(encoding="utf-8"), source_file=name).lines)
    for w in EXPECT[name][3]:
        assert _plain(w) not in _plain(kept), w
