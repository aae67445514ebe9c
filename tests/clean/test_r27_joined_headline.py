"""(r29enchrome) A law library's headline joining an Act's designation and long title with a dash
over the Act that prints both on lines of their own (rules_legal.joined_headline); and what stays."""
from __future__ import annotations

import pytest

from pipeline.clean import clean_text

ACT = ["Republic of Eastland", "PARLIAMENT OF EASTLAND", "Third Regular Session", "", "REPUBLIC ACT NO. 4521", "",
       "AN ACT PROVIDING FOR THE LEVYING OF HARBOUR DUES AND FOR OTHER PURPOSES", "",
       "Be it enacted by the Parliament of Eastland in session assembled:", "",
       "SECTION 1. Short Title. - This Act shall be known as the Harbour Dues Act of 2031."]
ACT2 = ["ACT NO. 12 OF 2031", "", "AN ACT TO PROVIDE FOR THE", "REGISTRATION OF FERRIES", "", "[1st July, 2031]", "",
        "1. This Act may be cited as the Ferries Registration Act, 2031."]

FORMS = [
    (["Republic Act No. 4521 - AN ACT PROVIDING FOR THE LEVYING OF HARBOUR DUES AND FOR OTHER PURPOSES", "",
      "EASTLAND LAWS, STATUTES, CODES & ISSUANCES", "",
      "Republic Act No. 4521 - AN ACT PROVIDING FOR THE LEVYING OF HARBOUR DUES AND FOR OTHER PURPOSES", "", "REPUBLIC ACTS"], ACT),
    (["Act No. 12 of 2031: An Act to provide for the registration of ferries", "Eastland Legal Information Institute",
      "Act No. 12 of 2031: An Act to provide for the registration of ferries"], ACT2),
]


def _kept(lines: list[str]) -> list[str]:
    return [line.strip() for line in clean_text("\n".join(lines) + "\n", source_file="t.txt").lines]


@pytest.mark.parametrize("top,act", FORMS)
def test_the_joined_headline_goes(top, act):
    kept = _kept([*top, "", "", *act])
    assert all(line in kept for line in act if line), [line for line in act if line and line not in kept]
    assert kept.count(top[0]) == 1   # the first copy stays: the page's title; the later ones go
    assert not [line for line in top[1:] if line.strip() and line != top[0] and line.strip() in kept]


def test_one_copy_alone_stays():
    top = "Republic Act No. 4521 – An Act Providing for the Levying of Harbour Dues and for Other Purposes"
    kept = _kept([top, "", *ACT])
    assert top in kept


def test_a_joined_headline_the_text_never_prints_again_stays():
    top = "Act No. 7 - An Act to amend the Harbour Dues Act"
    kept = _kept([top, "", "1. Section 2 of the Harbour Dues Act is amended by adding the words \"or boat\".",
                  "", "2. This Act comes into force on 1 July 2031."])
    assert top in kept


def test_a_section_head_with_a_dash_stays():
    body = ["SECTION 1. Short Title - This Act shall be known as the Harbour Dues Act of 2031.",
            "SEC. 2. Declaration of Policy - It is the policy of the State to maintain its harbours."]
    kept = _kept(["REPUBLIC ACT NO. 4521", "", "AN ACT PROVIDING FOR THE LEVYING OF HARBOUR DUES", "", *body])
    assert all(line in kept for line in body)
