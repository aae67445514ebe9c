"""(r33enspeech, issue 11) A news release's distribution marks around the text it releases (a
governor's or a premier's speech sent out as a release): the contact line with a phone number or an
e-mail address at its head (`Contact: Jane Roe, (555) 010-0100`) and the end mark under the text (`###`,
`# # #`, `-30-`, `- END -`). Neither is the release's text, its title or a heading; the words live in
vocab_en.py. The release line (`FOR IMMEDIATE RELEASE`) is the release's own front matter (r26webpages
keeps it): front.not_a_title keeps it from the title, english_kind from the headings.
"""
from __future__ import annotations

from .page import Page
from .vocab_en import RELEASE_END, RELEASE_ENDS_WORD, RELEASE_CONTACT
from .zones import head_zone, tail_zone


def release_marks(page: Page) -> Page:
    """Drop a release's contact line in the head zone and its end mark in the tail zone.

    Example: "FOR IMMEDIATE RELEASE" / "March 3, 2031" / "Contact: Jane Roe, (555) 010-0100" /
    "Governor Lee Delivers …" / … / "###": the third and the last go. A sentence that
    names a contact (`Contact the office on 555-0100 for tickets.`) is prose and stays; `###` over a
    heading's text in Markdown is a heading's mark and is no tail line alone. (r49) `ENDS` alone in
    capitals, bare or in Markdown bold (`**ENDS**`), goes wherever it stands: a news site prints its
    own boxes after the release, so the mark need not be in the tail."""
    lines = page.lines
    head = head_zone(lines)
    hits = [i for i in head if RELEASE_CONTACT.match(lines[i].text)]
    hits += [i for i in tail_zone(lines) if RELEASE_END.match(lines[i].text)]
    hits += [i for i, line in enumerate(lines) if RELEASE_ENDS_WORD.match(line.text)]   # (r49) '**ENDS**' anywhere
    return page.drop(hits)
