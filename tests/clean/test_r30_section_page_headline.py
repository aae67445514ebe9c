"""(r30enweb) A section page's headline names the whole and the part (`Harbour History - Early Years`): the
line under it naming the part is the section's head and stays (rules_labels._section_of_headline);
a line repeating the headline's first part, or the whole, is still a copy and goes."""
from __future__ import annotations

import pytest

from pipeline.clean import clean_text

PROSE = ("The word comes from the Greek for a general education, and the spelling used today was settled "
         "by printers in the sixteenth century after a long period of variation.")


def _kept(headline: str, second: str) -> list[str]:
    text = "\n".join([headline, "", second, "", PROSE]) + "\n"
    return [l.strip() for l in clean_text(text, source_file="t.txt").lines if l.strip()]


@pytest.mark.parametrize("headline, second", [
    ("Harbour History - Early Years", "Early Years"),
    ("Annual Report 2019: Financial Statements", "Financial Statements"),
    ("Climate Strategy — Our Targets", "Our Targets"),
    ("Planning Act – Part 3", "Part 3"),
])
def test_the_part_named_under_the_headline_stays(headline, second):
    assert _kept(headline, second) == [headline, second, PROSE]


@pytest.mark.parametrize("headline, second", [
    ("Annual Report – Ministry of Finance", "Annual Report"),   # the site's name after the headline
    ("2026年宁夏回族自治区政府工作报告", "政府工作报告"),
])
def test_a_copy_of_the_headline_still_goes(headline, second):
    assert second not in _kept(headline, second)
