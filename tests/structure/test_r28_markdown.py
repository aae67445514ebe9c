"""r28markdown (issue #11): documents fed in as their MARKUP SOURCE (a site generator's Markdown page
with YAML or TOML front matter, pandoc Markdown, reStructuredText, AsciiDoc, MediaWiki source), made
up in each form's conventions (tests/fixtures/r28markdown), through the real clean -> structure
chain: the title (a front matter's `title:` without its template's suffix or placeholder), the
headings (ATX with closing hashes, setext, bold lines with a hard break, reST adornments, AsciiDoc
and wiki marks, pandoc attributes) and their levels. What must stay: a body line opening with `#`
(`#1 priority`, hashtags), bold words in a paragraph, a table's `---` rule, bold list items and bold
numbered steps, a marked heading over a date and its text."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.clean import clean_text
from pipeline.structure import structure_document

from .helpers import all_paragraphs, levels

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "r28markdown"

# name: (titles accepted, headings (level, text), body words that must stay)
EXPECT = {
    "jekyll_policy_bold_numbered.md": (["Records Retention Policy"],
                                       [(1, "1. Purpose"), (1, "2. Scope"), (1, "3. Requirements"), (1, "4. Approval")],
                                       ["Each office shall do the following:", "MARIA LOPEZ"]),
    "hugo_toml_front_matter.md": (["Privacy Notice"], [(1, "Who we are"), (1, "What we collect")],
                                  ["This notice explains how the city library"]),
    "mkdocs_setext.md": (["Data Handling Standard"], [(1, "Scope"), (1, "Requirements")],
                         ["Data owners must classify"]),
    "atx_closing_hashes.md": (["Travel Expenses Policy"], [(1, "Eligibility"), (2, "Receipts"), (1, "Rates")],
                              ["Every claim must be supported"]),
    "underscore_bold_backslash.md": (["Volunteer Code of Conduct"],
                                     [(1, "Purpose"), (1, "Respect for others"), (1, "Safeguarding")],
                                     ["Volunteers treat visitors"]),
    "rest_adornments.rst": (["Open Data Publication Plan"],
                            [(1, "Background"), (1, "Publication steps"), (2, "Preparing a data set")],
                            ["Each data set is checked"]),
    "asciidoc_sections.adoc": (["Incident Response Plan"], [(1, "Purpose"), (1, "Roles"), (2, "Incident commander")],
                               ["The incident commander leads"]),
    "pandoc_attributes.md": (["Annual Report of the Harbour Board"],
                             [(1, "Chair's statement"), (1, "Operations"), (2, "Cargo handled")],
                             ["Cargo volumes rose by six per cent"]),
    "html_comments_links.md": (["Grant Guidelines"], [(1, "How to apply"), (1, "Assessment")],
                               ["eligibility criteria", "Submit the online form"]),
    "must_stay_hash_lines.md": (["Team Priorities for the Spring Term"], [(1, "Timetable")],
                                ["#1 priority is the safety", "#readingweek #healthyschools", "Monday 8 January",
                                 "Bring a water bottle every day.", "Label all clothing"]),
    "must_stay_bold_steps.md": (["Replacing the Filter"], [],
                                ["Turn off the power at the wall socket.", "Slide out the old filter"]),
    "yaml_liquid_title.md": (["Board Meeting Minutes, 12 March 2024"], [(1, "Matters arising"), (1, "Finance")],
                             ["Present: the chair"]),
    "yaml_title_colon_kept.md": (["Remarks: On the State of the Public Finances"], [],
                                 ["Thank you all for coming today."]),
    "yaml_placeholder_only.md": (["Accessibility Statement"], [(1, "Compliance status")],
                                 ["This statement applies"]),
    "marked_kind_over_date.md": (["Guidance on Remote Working"],
                                 [(1, "Background"), (1, "Eligibility"), (1, "Equipment")],
                                 ["Staff Memorandum", "March 4, 2025", "The office adopted a hybrid"]),
    "must_stay_marked_update.md": (["Service Status"], [(1, "Planned maintenance"), (1, "Known issues")],
                                   ["June 1, 2024", "The online payment service"]),
    "bold_heads_marked_h2.md": (["Information Security Policy"],
                                [(1, "1. PURPOSE"), (1, "2. SCOPE"), (1, "3. POLICY")],
                                ["This policy applies to:", "all servers, workstations and laptops"]),
    "pandoc_statute_quoted_notes.md": (["Part 2 › Registration", "PART II REGISTRATION"],
                                       [(1, "PART II REGISTRATION"), (2, "Application for registration"),
                                        (2, "Registration of applicants"), (2, "Duration of registration"),
                                        (2, "Cancellation of registration")],
                                       ["shall remain valid for three years"]),
    "must_stay_quoted_verse.md": (["A Walk by the River"], [],
                                  ["Down by the river the willows lean", "Under a wide and silver sky"]),
    "must_stay_statute_quoted_amendment.md": (["Surveyors (Amendment) Act"], [],
                                              ["4A. Fees", "The Board shall charge the fees prescribed by the Minister",
                                               "No fee shall be refunded"]),
    "must_stay_readme_code_samples.md": (["Docs Builder"], [(1, "Usage"), (1, "Licence")],
                                         ["= My Page", "== Section", "===== Title ====="]),
    "wiki_source.txt": (["Lake Meridian"], [(1, "Geography"), (2, "Islands"), (1, "History")],
                        ["is a freshwater lake", "There are two islands"]),
}


def _plain(text: str) -> str:
    return " ".join(text.replace("**", "").replace("__", "").replace("'''", "").split())


def _doc(name: str):
    text = (PAGES / name).read_text(encoding="utf-8")
    return structure_document(clean_text(text, source_file=name))


@pytest.mark.parametrize("name", sorted(EXPECT))
def test_title(name):
    titles, _, _ = EXPECT[name]
    assert _plain(_doc(name).title or "").casefold() in {t.casefold() for t in titles}


@pytest.mark.parametrize("name", sorted(EXPECT))
def test_headings(name):
    _, heads, _ = EXPECT[name]
    assert [(lv, _plain(t)) for lv, t in levels(_doc(name))] == heads


@pytest.mark.parametrize("name", sorted(EXPECT))
def test_body_stays(name):
    _, _, words = EXPECT[name]
    doc = _doc(name)
    body = _plain(" ".join(p.text for p in all_paragraphs(doc)))
    for w in words:
        assert _plain(w) in body, w
