"""r31enheads (issue #11): a government page PRINTED from a browser (pdftotext, default mode): the footer's
link row WRAPPED after one of its bars (`Website Policies | Help | Contact Us | Feedback |` / `Sitemap`;
`Terms · Privacy · Accessibility ·` / `Contact`), and the site's steward line at the foot (`Content Owned by
Ministry of …, Forest and` / `Climate Change, Government of India`; `Content managed by the Department of`
/ `Lands and Survey`), WIDENING `printed-menu`'s foot row and `site-steward`. What must stay: a sentence
that ends the text with a bar-like list inside it, a steward-like sentence closed by its full stop
(`Information provided by the Ministry of Health.`), the text's last paragraph."""
from __future__ import annotations

import pytest

from pipeline.clean import clean_text

HEAD = "12/1/26, 1:51 PM\n\nClimate Change | Ministry of Environment\n\n"
P1 = ("The national plan was launched with eight missions, and most departments have been working together\n"
      "to achieve the goals set in the plan, each reporting to the council once a year on its progress.")
P2 = "The states have prepared their own action plans with the aim of meeting the national goals."
URL = "https://www.ministry.example.gov/en/climate-change/\n\n1/1\n"


def _page(foot: str) -> str:
    return HEAD + "Climate Change\n" + P1 + "\n" + P2 + "\n" + foot + "\n\n" + URL


def _kept(text: str) -> list[str]:
    return [line.strip() for line in clean_text(text, source_file="p.txt").lines if line.strip()]


FOOTS = [
    ("Website Policies | Help | Contact Us | Feedback |\nSitemap\nContent Owned by Ministry of Environment, Forest and\n"
     "Climate Change, Government of India\nLast Updated: 15 Nov 2023",
     ["Website Policies | Help | Contact Us | Feedback |", "Sitemap", "Content Owned by Ministry of Environment, Forest and",
      "Climate Change, Government of India"]),
    ("Terms · Privacy · Accessibility ·\nContact\nContent managed by the Department of\nLands and Survey",
     ["Terms · Privacy · Accessibility ·", "Contact", "Content managed by the Department of", "Lands and Survey"]),
    ("Home | About | Copyright Policy |\nHyperlinking Policy",
     ["Home | About | Copyright Policy |", "Hyperlinking Policy"]),
]


@pytest.mark.parametrize("foot,gone", FOOTS)
def test_wrapped_foot_goes(foot, gone):
    kept = _kept(_page(foot))
    for line in gone:
        assert line not in kept, line
    assert P2 in kept


def test_steward_sentence_with_its_stop_stays():
    kept = _kept(_page("Information provided by the Ministry of Health."))
    assert "Information provided by the Ministry of Health." in kept


def test_closing_sentence_with_bars_stays():
    last = "Choose one of Plan A | Plan B | Plan C and tell the council which one you prefer."
    kept = _kept(_page(last))
    assert last in kept
