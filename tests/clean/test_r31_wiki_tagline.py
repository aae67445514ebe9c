"""r31enheads (issue #11; WIDENS `wiki-chrome`'s site tagline): a small wiki's `From {site}` line under the
entry's name whose site name is camel-cased and opens in lower case (`From dKosopedia`, `From wikiHow`,
`From eDiplomacyWiki`) is the MediaWiki tagline, as `From Citizendium` is. What must stay: a subtitle
in lower case (`From here to eternity`), a camel-cased name on a page with no wiki mark (`From iPhone`)."""
from __future__ import annotations

import pytest

from pipeline.clean import clean_text

BODY = ("The island is roughly triangular, with an area of about 160 square kilometres and a population "
        "of a few thousand, most of them living in the one town on its western shore.")

GOES = [
    ("Easter Island", "From dKosopedia"),
    ("How to Repot a Fern", "From wikiHow, the how-to manual"),
    ("Consular Services", "From eDiplomacyWiki"),
    ("Tide Pools", "From oceanPedia"),
]
STAYS = [
    ("Song of the Road", "From here to eternity"),
    ("Phone Review", "From iPhone"),
    ("A Letter", "From bad to worse"),
]


def _kept(title: str, line: str) -> list[str]:
    cleaned = clean_text(f"{title}\n\n{line}\n\n{BODY}\n", source_file="t.txt")
    return [t.strip() for t in cleaned.lines if t.strip()]


@pytest.mark.parametrize("title,line", GOES)
def test_camel_cased_tagline_goes(title, line):
    kept = _kept(title, line)
    assert line not in kept and title in kept and BODY in kept


@pytest.mark.parametrize("title,line", STAYS)
def test_plain_subtitle_stays(title, line):
    kept = _kept(title, line)
    assert line in kept and BODY in kept
