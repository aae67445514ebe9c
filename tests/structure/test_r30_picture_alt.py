"""(r30enweb) A picture's alternative text left as a line where the picture stood (english.PICTURE_ALT):
no heading, its words kept as text; and the heads that stay."""
from __future__ import annotations

import pytest

from .helpers import doc_of, levels, texts

P1 = ("When entities prepare an annual report, they should consider the following principles, which the "
      "guide sets out in turn below.")
P2 = ("Be written in plain English and give enough information for the Parliament to make an informed "
      "judgment on the entity's performance.")


@pytest.mark.parametrize("alt", [
    "Budget principles icons",
    "Minister Jane Doe photo",
    "Strategy pillars infographic",
    "Harbour redevelopment site illustration",
])
def test_an_alt_text_line_heads_nothing(alt):
    doc = doc_of("\n".join(["Annual Report Guide", "", "Principles", "", P1, "", alt, "", P2]))
    assert [t for _, t in levels(doc)] == ["Principles"]
    assert alt in texts(doc)


@pytest.mark.parametrize("head", ["Brand Icons", "Using icons", "Photo Gallery", "Logo"])
def test_heads_naming_pictures_in_their_own_case_stay(head):
    doc = doc_of("\n".join(["Design Guide", "", "Principles", "", P1, "", head, "", P2]))
    assert [t for _, t in levels(doc)] == ["Principles", head]
