"""The sample's PDF, as a reader sees it: TOC numbers, page labels, outline, fonts, text."""
import re

import pytest

from common import SAMPLE_HEADINGS, SAMPLE_TITLE
from e2e.pdfread import fonts, outline, page_labels, page_texts, toc_entries

pytestmark = pytest.mark.slow


def test_title_page_shows_title(sample_build):
    first = page_texts(sample_build["pdf"])[0].replace("\n", "").replace("\r", "")
    assert SAMPLE_TITLE in re.sub(r"\s", "", first)


def test_outline_mirrors_the_headings(sample_build):
    entries = outline(sample_build["pdf"])
    headings = [(d, t) for d, t, _ in entries if t not in ("附录　数据图表",) and d <= 2]
    assert headings[: len(SAMPLE_HEADINGS)] == SAMPLE_HEADINGS
    assert any("附录" in t for _, t, _ in entries), "the figures appendix is bookmarked"


def test_toc_lists_every_heading_with_its_printed_page(sample_build):
    toc = toc_entries(sample_build["pdf"], "目录")
    titles = [t for t, _ in toc]
    assert titles[: len(SAMPLE_HEADINGS)] == [re.sub(r"\s", "", t) for _, t in SAMPLE_HEADINGS]
    assert any("附录" in t for t in titles)
    where = {re.sub(r"\s", "", t): label for _, t, label in outline(sample_build["pdf"])}
    for title, number in toc:
        assert where[title] == number, f"TOC says {title} is on page {number}, it is on {where[title]}"


def test_body_is_numbered_from_one_after_roman_front_matter(sample_build):
    labels = page_labels(sample_build["pdf"])
    start = labels.index("1")
    assert start >= 2  # title page + contents at least
    assert all(re.fullmatch(r"[ivxlc]+", l) for l in labels[:start])
    assert labels[start:] == [str(i) for i in range(1, len(labels) - start + 1)]


def test_every_font_is_embedded_and_subset(sample_build):
    rows = fonts(sample_build["pdf"])
    assert rows
    for row in rows:
        assert row["emb"] == "yes" and row["sub"] == "yes", row


def test_no_page_breaks_a_line_before_closing_punctuation(sample_build):
    for text in page_texts(sample_build["pdf"]):
        for line in text.splitlines():
            assert not re.match(r"\s*[，。、；：！？）》”]", line), line
