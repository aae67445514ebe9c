"""r33enspeech (issue #11): the chrome of speech, briefing and debate pages between and after the
speech's paragraphs, made up in the forms such sites print: a briefing archive's per-item row with
the time, a link and the COMMENT COUNTER between bars (`Briefing took place at 16:30 | Read whole
briefing | Comments (7)`, `Posted by Admin at 9:02 AM | 3 comments | Permalink`, `Filed under Speeches
· 12 Comments`); a news page's link to the embedded document under the text (`READ THE FULL SPEECH:
Budget Speech 2018 on Scribd`, `Read the full statement here: Ministerial Statement (PDF)`); a
debates site's RELATIVE AGE of an item (`(4 years, 2 months ago)`, `3 hours ago`). MUST-STAY: a
sentence about comments with bars in it (a table row), a paragraph telling the reader to read the
full speech, a sentence with `ago` in it, a verse line `Two years ago`."""
from __future__ import annotations

from pipeline.clean import clean_text

P = ("The Prime Minister said that the government would set out its plans for the harbour in the "
     "spring, and that the cost of the works would be met from the capital budget over five years.")
Q = ("Asked whether the Chancellor had been consulted, the spokesman said that the Chancellor had "
     "been closely involved in the work on the plan from the very start.")


def kept(text: str) -> list[str]:
    return [l.strip() for l in clean_text(text, source_file="page.txt").lines if l.strip()]


def test_briefing_rows_with_comment_counters_go():
    lines = kept("» Thursday, February 26, 2031\n\nPrime Minister’s press conference\n\n" + P + "\n\n"
                 "Briefing took place at 16:30 | Read whole briefing | Comments (7)\n\nHarbour Bridge\n\n" + Q + "\n\n"
                 "Briefing took place at 15:45 | Read whole briefing | Comments (14)\n\nRail Strike\n\n" + P + "\n")
    assert not any("Briefing took place" in l for l in lines)
    assert "Harbour Bridge" in lines and "Rail Strike" in lines and P in lines and Q in lines


def test_blog_post_rows_with_comment_counts_go():
    lines = kept("Remarks at the harbour opening\n\n" + P + "\n\n"
                 "Posted by Admin at 9:02 AM | 3 comments | Permalink\n\n"
                 "Budget remarks to the chamber\n\n" + Q + "\n\n"
                 "Filed under Speeches · 12 Comments\n\nMore remarks\n\n" + P + "\n")
    assert not any("Posted by Admin" in l or "Filed under" in l for l in lines)
    assert Q in lines


def test_full_document_link_with_its_name_goes():
    lines = kept("Budget 2031: the Treasurer's speech in full\n\n" + P + "\n\n" + Q + "\n\n"
                 "READ THE FULL SPEECH: Budget Speech 2031 on Scribd\n")
    assert lines[-1] == Q
    lines = kept("Statement on the harbour works\n\n" + P + "\n\n"
                 "Read the full statement here: Ministerial Statement on the Harbour (PDF)\n")
    assert lines[-1] == P


def test_relative_age_lines_go():
    lines = kept("Lindsay Example debates involving the Treasury\n\nPersonal Statement\n\n"
                 "Wednesday 26th February 2031\n\n(4 years, 2 months ago)\n\n" + P + "\n\n"
                 "Harbour Bill\n\n3 hours ago\n\n" + Q + "\n")
    assert "(4 years, 2 months ago)" not in lines and "3 hours ago" not in lines
    assert "Wednesday 26th February 2031" in lines and P in lines


def test_must_stay():
    table = "Comments received | Harbour Board | 12 | supported the plan"
    lines = kept("Consultation report\n\n" + P + "\n\n" + table + "\n\n"
                 "Read the full speech: it set out the plan for the harbour and the cost of the works.\n\n"
                 "Two years ago\n\nthe harbour was closed\n\n" + Q + "\n\n"
                 "The works began 3 years ago and the harbour reopened last spring after many delays.\n")
    assert table in lines
    assert "Read the full speech: it set out the plan for the harbour and the cost of the works." in lines
    assert "Two years ago" in lines
    assert "The works began 3 years ago and the harbour reopened last spring after many delays." in lines


def test_release_marks_around_a_speech_go():
    lines = kept("FOR IMMEDIATE RELEASE\n\nMarch 3, 2031\n\nContact: Jane Roe, (555) 010-0100\n\n"
                 "Governor Lee Delivers 2031 State of the State Address\n\n" + P + "\n\nEducation\n\n" + Q + "\n\n###\n")
    assert "###" not in lines   # the release line is the release's front matter (r26webpages keeps it)
    assert not any(l.startswith("Contact:") for l in lines)
    assert "Governor Lee Delivers 2031 State of the State Address" in lines and Q in lines
    lines = kept("News release\n\nPremier's address to the province\n\nMarch 3, 2031\n\n" + P + "\n\n-30-\n\n"
                 "For more information: Media Relations, 555-0100\n")
    assert lines[-1] == P
    lines = kept("For release: 10:00 a.m., March 3, 2031\n\nPress contact: Ann Lee | ann.lee@example.gov\n\n"
                 "Mayor's Budget Address\n\n" + Q + "\n\n# # #\n")
    assert lines == ["For release: 10:00 a.m., March 3, 2031", "Mayor's Budget Address", Q]


def test_release_words_in_the_text_stay():
    text = "Contact the harbour office on (555) 010-0100 for tickets to the opening of the new wharf."
    lines = kept("Harbour Opening\n\n" + P + "\n\n" + text + "\n\nThe board approved the plan for immediate release of the funds.\n")
    assert text in lines and "The board approved the plan for immediate release of the funds." in lines
