"""Issue #11, the named English phenomena in forms no rule was written on (branch r25auditen):
a government guidance page's chrome in other wordings (a cookie banner with both buttons on one
line, a survey with its answers after another question, a 'You are here:' trail with slashes, a
bare date stamp and an action button in the foot) and a browser's print stamp with a 24-hour
time. Made-up texts; the sentences that only contain the words stay."""
from __future__ import annotations

from pipeline.clean import clean_text

P1 = ("Your local council decides who is offered a home. Each council has its own rules, but most give "
      "priority to people who are homeless or live in cramped conditions.")
P2 = ("You can usually apply if you are eighteen or over and have lived in the area for two years. "
      "Some councils accept applications from younger people.")
P3 = ("The council places you on a waiting list and tells you which band you are in. Waiting times "
      "depend on how many homes become free in your area.")


def kept(text: str) -> list[str]:
    return [line for line in clean_text(text, source_file="t.txt").lines if line.strip()]


def page(top: list[str], foot: list[str]) -> str:
    return "\n".join(top + ["", "Apply for a council home", "", P1, "", "Who can apply", "", P2, "",
                            "After you apply", "", P3, ""] + foot)


def test_cookie_banner_with_both_buttons_on_one_line_goes():
    lines = kept(page(["Skip to main content", "Cookies on the Northfield council website",
                       "We use some essential cookies to make this service work.",
                       "Accept additional cookies Reject additional cookies"], ["© Crown copyright"]))
    assert lines[0] == "Apply for a council home"
    assert not any("ookies" in line for line in lines)


def test_cookie_sentences_without_a_button_stay():
    text = page(["Cookies on this site"], ["© Crown copyright"]).replace(
        P1, "We use some essential cookies to make this service work, and this page explains which ones.")
    lines = kept(text)
    assert "We use some essential cookies to make this service work, and this page explains which ones." in lines


def test_survey_answers_after_did_you_find_go():
    lines = kept(page([], ["Did you find what you were looking for?  Yes  |  No", "© Crown copyright 2025."]))
    assert lines[-1] == P3


def test_you_are_here_trail_with_slashes_goes():
    lines = kept(page(["You are here: Home / Housing / Council homes / Apply"], []))
    assert lines[0] == "Apply for a council home"


def test_foot_date_stamp_and_action_button_go():
    lines = kept(page([], ["Print or save this page", "Updated 5 January 2025", "Follow us: Facebook  Twitter  YouTube",
                           "© Crown copyright 2025. Open Government Licence."]))
    assert lines[-1] == P3


def test_a_sentence_about_an_update_in_the_foot_stays():
    last = "Updated guidance was issued on 5 January 2025 and applies to every new application."
    lines = kept(page([], ["", last, "", "© Crown copyright 2025."]))
    assert last in lines


FILL = ("the harbour station turned the tide into power for the town and its workshops, and the council "
        "kept a record of every season the turbines ran")


def printed(stamp: str, pages: int = 3, per: int = 40) -> str:
    out = []
    for k in range(1, pages + 1):
        out += [stamp, "Harbour Station – Coast Wiki"]
        out += [f"Line {k}-{n} of the page says {FILL}." if n % 5 else "" for n in range(per)]
        out += ["https://coastwiki.example.org/wiki/Harbour_Station", f"{k}/{pages}"]
    return "\n".join(out)


def test_a_print_stamp_with_a_24_hour_time_is_a_running_head():
    lines = kept(printed("12.03.25, 10:04"))
    assert not any(line.startswith("12.03.25") for line in lines)
    assert not any("Coast Wiki" in line for line in lines)


def test_accessibility_bar_and_spaced_trail_without_home_go():
    lines = kept(page(["Accessibility links", "Skip to main content", "Turn off more accessible mode", "Sign in",
                       "Services  >  Housing  >  Council homes and waiting lists"], []))
    assert lines[0] == "Apply for a council home"


def test_a_comparison_with_greater_than_marks_stays():
    line = "Priority runs band A > band B > band C for every applicant on the list."
    lines = kept(page([], []).replace(P2, line))
    assert line in lines


def test_an_action_button_under_the_headline_goes():
    lines = kept(page(["Print entire guide"], []).replace("Apply for a council home\n", "Apply for a council home\nPrint entire guide\n", 1))
    assert "Print entire guide" not in lines


def test_survey_answer_line_and_report_an_issue_in_the_foot_go():
    lines = kept(page([], ["Was this information useful?", "Yes | No", "Report an issue with this page",
                           "Copyright © 2025 Example Borough Council. All rights reserved."]))
    assert lines[-1] == P3


def test_yes_no_line_without_a_survey_stays_in_the_text():
    lines = kept(page([], []).replace(P3, P3 + "\n\nYes | No"))
    assert P3 in lines


def two_sheets(foot) -> str:
    out = []
    for k in (1, 2):
        out += ["Harbour Station | Coast Wiki" + " " * 20 + "https://coastwiki.example.org/wiki/Harbour_Station"]
        out += [f"Line {k}-{n} of the page says {FILL}." if n % 5 else "" for n in range(40)]
        out += [foot(k)]
    return "\n".join(out)


def test_firefox_counter_without_page_and_with_the_stamp_beside_it_counts_two_sheets():
    for foot in (lambda k: f"{k} of 2" + " " * 30 + "12/03/2025, 10:04", lambda k: f"{k} of 2"):
        lines = kept(two_sheets(foot))
        assert not any("Coast Wiki" in line or " of 2" in line for line in lines)
        assert sum(1 for line in lines if line.startswith("Line ")) == 64


def test_one_of_two_in_a_sentence_stays():
    line = "Only 1 of 2 turbines ran in the first winter, and the council recorded why."
    lines = kept(page([], []).replace(P2, line))
    assert line in lines


def test_an_address_without_its_scheme_before_the_counter_is_the_foot():
    lines = kept(two_sheets(lambda k: "coastwiki.example.org/wiki/harbour" + " " * 30 + f"Page {k} of 2"))
    assert not any("Coast Wiki" in line or "of 2" in line for line in lines)
    assert sum(1 for line in lines if line.startswith("Line ")) == 64
