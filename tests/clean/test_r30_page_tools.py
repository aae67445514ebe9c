"""(r30enpdf) A news, speech or report page printed to PDF ends with the page's tool row named for the
item it shows (`Email this report | Print this report`, `Print this article · Share this story`): the
site's tools (vocab_en.PAGE_ITEM_TOOLS, strong link phrases). A pager with arrows (`« Previous | Next
»`) went already and still goes. Must stay: a sentence that names the report's printing, a line
with one of the words in a sentence."""
from pipeline.clean import clean_text

BODY = ("The Minister said that the budget would keep the present structure of the taxes for another year,\n"
        "and that the deficit would fall below four per cent of the national product by the end of it.\n")


def _kept(text: str) -> list[str]:
    return [line.strip() for line in clean_text(text, source_file="t.txt").lines if line.strip()]


def test_item_tool_rows_at_the_foot_go():
    for row in ("Email this report | Print this report", "Print this article · Share this story",
                "E-mail this story | Print this story | Save this story"):
        kept = _kept("Budget speech\n\n" + BODY + "\n" + row + "\n© 2004 Example News Limited. All Rights Reserved.\n")
        assert row not in kept
        assert BODY.split("\n")[0].strip() in kept


def test_pager_with_arrows_before_and_after_goes():
    for pager in ("« Previous | Next »", "‹ Previous | Next ›"):
        kept = _kept("Our strategic areas\n\n" + BODY + "\n" + pager + "\nCopyright © Example City Council. All rights reserved.\n")
        assert pager not in kept


def test_sentences_naming_the_tools_stay():
    text = ("Notice to members\n\n" + BODY + "\nPlease print this report and bring it to the meeting next week.\n"
            "Previous reports are kept in the library.\n")
    kept = _kept(text)
    assert "Please print this report and bring it to the meeting next week." in kept
    assert "Previous reports are kept in the library." in kept
