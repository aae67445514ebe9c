"""(r29enchrome) A law site's notices on its revised or consolidated copy, several in a row under the
cover (rules_chrome_en: the reference-only notice and the ones under it, `vocab_en.REFERENCE_ONLY`):
its status, its currency statement, its disclaimer with the address wrapped after a blank line; and
the Act's own sentences that stay."""
from __future__ import annotations

import pytest

from pipeline.clean import clean_text

COVER = ["Harbour Dues (Amendment) Act 2031", "", "Number 8 of 2031", "", "HARBOUR DUES (AMENDMENT) ACT 2031", "", "REVISED", "",
         "Updated to 28 May 2035", ""]
ACT = ["", "1. Short title", "", "AN ACT TO AMEND THE HARBOUR DUES ACT 2020. [24th June, 2031]", "",
       "BE IT ENACTED BY THE PARLIAMENT AS FOLLOWS:", "",
       "1. This Act may be cited as the Harbour Dues (Amendment) Act 2031."]
STATUS = "This Revised Act is an administrative consolidation of the Harbour Dues (Amendment) Act 2031. It is prepared by the Commission in accordance with its functions."
CURRENCY = ("All Acts up to and including Ferries Act 2035 (15/2035), enacted 28 May 2035, and all statutory instruments up to and including "
            "the Ferries Regulations 2035, made 28 May 2035, were considered in the preparation of this Revised Act.")
DISCLAIMER = ("Disclaimer: While every care has been taken in the preparation of this Revised Act, the Commission can assume no responsibility "
              "for and give no guarantees, undertakings or warranties concerning the accuracy, completeness or up to date nature of the "
              "information provided and does not accept any liability whatsoever arising from any errors or omissions. Please notify "
              "any errors, omissions and comments by email to")

FORMS = [
    [STATUS, "", CURRENCY, "", DISCLAIMER, "", "revised@lawcommission.example."],
    [STATUS, "", CURRENCY],
    [STATUS, "", DISCLAIMER, "", "revised@lawcommission.example."],
    ["This consolidation is provided for information only and is not an official copy.", "", CURRENCY],
]


def _kept(lines: list[str]) -> list[str]:
    return [line.strip() for line in clean_text("\n".join(lines) + "\n", source_file="t.txt").lines]


@pytest.mark.parametrize("notices", FORMS)
def test_the_sites_notices_under_the_cover_go(notices):
    kept = _kept([*COVER, *notices, *ACT])
    assert all(line in kept for line in ACT if line)
    assert not [line for line in notices if line and line in kept]


def test_the_acts_own_sentence_on_its_preparation_stays():
    body = ["2. The Minister shall consider all Acts in force when preparing the revised schedule.", "",
            "3. Every person who assisted in the preparation of this Act shall be thanked."]
    kept = _kept([*COVER, *ACT, "", *body])
    assert all(line in kept for line in body if line)


def test_an_address_line_in_the_text_stays():
    body = ["4. Objections shall be sent to the Harbour Master by email to", "", "objections@harbour.example.", "",
            "5. The Harbour Master shall reply within 28 days."]
    kept = _kept([*COVER, *ACT, "", *body])
    assert all(line in kept for line in body if line)
