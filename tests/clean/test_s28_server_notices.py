"""s28 (issue #11): what a web server or a content system prints into the page instead of the text:
a terse no-script notice (`No Support JavaScript`, `JavaScript is required`), the CMS's message region
(`Error message`) and the PHP warning it shows (`User warning: … in _drupal_…() (line 1156 of /var/www/…)`,
`Warning: Undefined variable $x in /var/www/site/index.php on line 12`). They go at the page's head;
body lines that talk about errors, warnings or JavaScript stay."""
from __future__ import annotations

import pytest

from pipeline.clean import clean_text

BODY = ["Annual Statement of the Harbour Board",
        "",
        "The Board met eleven times in the year and approved the new moorings plan, which the "
        "Minister confirmed in March after a public consultation that drew more than four hundred replies.",
        "",
        "Warning: the figures below are provisional and will be revised in the audited accounts.",
        "",
        "Error messages from the old billing system were logged and fixed before the change-over, and "
        "the new system now requires JavaScript only for its map of the harbour's berths.",
        ""]


def _kept(top: list[str]) -> list[str]:
    return list(clean_text("\n".join([*top, "", *BODY]) + "\n", source_file="t.txt").lines)


@pytest.mark.parametrize("top", [
    ["No Support JavaScript"],
    ["JavaScript is required to use this site."],
    ["Error message", "",
     "User warning: The following module is missing from the file system: media. For information about how "
     "to fix this, see the documentation page. in _drupal_trigger_error_with_delayed_logging() (line 1156 of "
     "/var/www/html/includes/bootstrap.inc)."],
    ["Warning: Undefined variable $title in /var/www/site/page.php on line 12"],
    ["Deprecated: Function create_function() is deprecated in /home/site/public_html/wp-includes/plugin.php on line 455"],
])
def test_a_server_notice_at_the_head_goes(top):
    kept = _kept(top)
    assert not any(line in kept for line in top if line)
    assert all(line in kept for line in BODY if line)


@pytest.mark.parametrize("line", BODY[4:7:2])
def test_body_lines_about_errors_and_scripts_stay(line):
    assert line in _kept(["Harbour Board"])


NEWS = ["Council opens the new harbour wall",
        "",
        "The council opened the new harbour wall on Monday after two years of work, and the mayor thanked "
        "the crews who built it through two hard winters on the exposed north shore of the bay.",
        "",
        "The wall cost less than planned, the council said, and will protect the fishing fleet for fifty years.",
        ""]


def test_a_news_sites_related_stories_box_under_the_story_goes():
    """(s28) `Related stories` / `Related news` / `Most read` over the linked headlines, under the story."""
    for label in ("Related stories", "Related news", "Most read"):
        box = [label, "Mayor sworn in for a third term", "City budget gap looms over next year's agenda"]
        kept = list(clean_text("\n".join([*NEWS, *box]) + "\n", source_file="t.txt").lines)
        assert not any(line in kept for line in box), label
        assert all(line in kept for line in NEWS if line)


RECORD = ["National Water Strategy 2030", "",
          "Plan Type:                     Strategy", "",
          "Member State:                  Freedonia", "",
          "Coverage Period:               -", "",
          "Document Language:             English", ""]
MEMO = ["MEMORANDUM", "",
        "To:          All harbour staff", "",
        "From:        The Harbour Master", "",
        "Date:        3 March 2031", "",
        "Subject:     New mooring rules", ""]


def test_a_record_pages_field_column_over_the_document_goes():
    """(s28) a portal's catalogue card printed one field a line, label, wide gap, value."""
    kept = list(clean_text("\n".join([*RECORD, *NEWS]) + "\n", source_file="t.txt").lines)
    assert not any(line in kept for line in RECORD[2:] if line)
    assert "National Water Strategy 2030" in kept and all(line in kept for line in NEWS if line)


def test_must_stay_a_memos_own_header_fields_are_no_record_card():
    from pipeline.clean.rules_chrome_en import _field_column

    lines = [type("L", (), {"text": t})() for t in MEMO]
    head = [i for i, t in enumerate(MEMO) if t]
    assert _field_column(lines, head) == set()


def test_a_memos_header_survives_the_whole_clean_stage():
    """(s28) the older meta-box rule took a memo's To/From/Date rows for a page's catalogue box."""
    kept = list(clean_text("\n".join([*MEMO, *NEWS]) + "\n", source_file="t.txt").lines)
    assert all(line in kept for line in MEMO if line)
