"""(r43, issue 11) A menu printed one link a line under the breadcrumb whose echo took its `Home`.

A made-up council page copied with its breadcrumb (`Home > News > Environment`) over its menu, one link
a line (`Home` / `Residents` / `Business` / `Council` / `News` / `Contact us`). The trail's echo rule
takes `Home`, the menu's first item, so the menu rule (which knows a menu by `Home` opening it) saw
`Residents` first and left the menu: `Residents` became the title and `News` a heading. The removed
`Home` right over the rest of the run opens the menu as well. Found by probing English web pages with
made-up chrome; no corpus document changes. The texts are made up.
"""
from __future__ import annotations

from pipeline.clean import clean_text
from pipeline.structure import structure_document

MENU = ["Home", "Residents", "Business", "Council", "News", "Contact us"]
STORY = """Council Approves New Cycle Lanes for Town Centre

Councillors voted on Tuesday to build protected cycle lanes on three roads in the town centre, after a consultation that drew more than four thousand responses from residents.

What the scheme includes

The lanes will run along Station Road, Market Street and the High Street, separated from traffic by low kerbs.

Next steps

A detailed design will go to the planning committee in July.
"""


def test_the_menu_under_the_trail_goes_whole():
    text = "Home > News > Environment\n\n" + "\n\n".join(MENU) + "\n\n" + STORY
    cleaned = clean_text(text, source_file="page.txt")
    kept = {line.strip() for line in cleaned.lines}
    assert not kept & set(MENU[1:])
    doc = structure_document(cleaned)
    assert doc.title == "Council Approves New Cycle Lanes for Town Centre"
    assert [s.title for s in doc.sections] == ["What the scheme includes", "Next steps"]


def test_short_lines_after_other_removed_lines_stay():
    # the removed Home is not right over them: a trail, then a line of the text, then short lines
    text = ("Home > News > Environment\n\nHome\n\nThe committee met on Monday.\n\nResidents\n\nBusiness\n\nCouncil\n\n"
            "News\n\n" + STORY)
    cleaned = clean_text(text, source_file="page.txt")
    assert "The committee met on Monday." in [line.strip() for line in cleaned.lines]
