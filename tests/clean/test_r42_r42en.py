"""(r42, branch r42en, issue #11) Cleaning forms seen when check set 39's English half was opened, each
shown on made-up text: a fetch record's plain `Key: value` header over a fetched page's text; a motion's
lead-in closed by a dash, repeated over every motion, that is no running head; a news page's tool row
ending on its comments count; a network's bar of sister sites and account links. What must stay is
tested beside each."""
from __future__ import annotations

from pipeline.clean import clean_text

PROSE = ("The committee met in the town hall on a wet Tuesday evening and heard the reports of the "
         "three working groups, which had each met twice since the spring.")


def _kept(lines: list[str]) -> list[str]:
    return [t.strip() for t in clean_text("\n".join(lines) + "\n", source_file="t.txt").lines if t.strip()]


def _removed(lines: list[str]) -> list[str]:
    return [r.text for r in clean_text("\n".join(lines) + "\n", source_file="t.txt").removed]


# -- a fetch record's header ---------------------------------------------------------------------------

def test_a_fetch_records_header_goes_and_its_title_stays():
    lines = ["Title: Run-length coding", "Source: Openpedia (Run-length coding)",
             "URL: https://openpedia.example.org/wiki/Run-length_coding", "Licence: CC BY 4.0",
             "Retrieved: 2031-05-06T08:00:00Z", "", "https://openpedia.example.org/wiki/Run-length_coding",
             "Run-length coding stores a run of equal values as the value and its count. " + PROSE]
    kept = _kept(lines)
    assert kept[0] == "Run-length coding"
    assert not any(t.startswith(("Source:", "URL:", "Licence:", "Retrieved:", "https://")) for t in kept)


def test_a_books_header_with_an_author_field_is_no_fetch_record():
    lines = ["Title: A Garden Year", "Source: the author's notebooks", "Licence: public domain", "Author: Mary Example", "",
             "In January the beds lie bare. " + PROSE]
    assert not any(r.startswith(("Source:", "Licence:")) and rule == "front-matter-block" for r, rule in
                   ((x.text, x.rule) for x in clean_text("\n".join(lines) + "\n", source_file="t.txt").removed))


# -- a motion's lead-in closed by a dash ---------------------------------------------------------------

def _motions(formula: str) -> list[str]:
    out = ["FRIDAY, 4 APRIL 2031", "", "                    PROCEEDINGS OF THE ASSEMBLY", "", "The House met at 10:00.", "",
           "                              NOTICES OF MOTION", ""]
    for name, topic in [("Mr A B CARTER", "the state of rural bus services"), ("Ms D E FOLEY", "the cost of school meals"),
                        ("Dr G H IRWIN", "the backlog of housing repairs"), ("Mr J K LOWE", "the closure of branch libraries"),
                        ("Mrs M N OWEN", "the flooding of farmland in the valley")]:
        out += [f"{name}: Madam Speaker, I hereby give notice that on the next sitting",
                "day of the House I shall move on behalf of the party:", "", f"   {formula}", "", "",
                f"   (1)      debates {topic} and the", "         reports made to it about them; and", "", "",
                "   (2)      calls on the Minister to report to it within", "         three months.", ""]
    return out


def test_a_lead_in_closed_by_a_dash_repeated_over_each_motion_stays():
    assert _kept(_motions("That the House—")).count("That the House—") == 5


# -- a news page's tool row with its comments count, a network's bar -----------------------------------

def test_a_tool_row_ending_on_its_comments_count_goes():
    lines = ["Harbourtown Daily", "", "Ferry Timetable Changes Next Month",
             "by Pat Example in News on Mar 3, 2031 9:15 am", "Tweet Share Email Comments (12)", "",
             "The ferry company will run fewer boats in the winter months. " + PROSE, "", PROSE]
    assert "Tweet Share Email Comments (12)" not in _kept(lines)


def test_a_sentence_about_comments_stays():
    lines = ["Ferry Timetable Changes Next Month", "", PROSE,
             "Readers sent us many comments (12 in the first hour) about the ferry.", "", PROSE]
    assert "Readers sent us many comments (12 in the first hour) about the ferry." in _kept(lines)


def test_a_network_bar_of_sister_sites_and_account_links_goes():
    lines = ["Harbourist BAYist Lakeist Hillist Log In Sign Up", "", "Harbourist", "",
             "Ferry Timetable Changes Next Month", "", "The ferry company will run fewer boats. " + PROSE, "", PROSE]
    assert "Harbourist BAYist Lakeist Hillist Log In Sign Up" not in _kept(lines)
