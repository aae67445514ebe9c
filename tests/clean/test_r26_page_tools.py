"""r26 (issue #11): skip links naming the page's regions as sites name them ('Skip to subnav', 'Skip to
the sidebar', 'Jump to page content'), and an English page's text-size switch with its tools on one line
('Text Size a a a Print Print this page'). Made-up texts; lines that only contain the words stay."""
from __future__ import annotations

from pipeline.clean import clean_text

P1 = ("The harbour board keeps a register of moorings. Each mooring is listed with its holder, its place "
      "and the size of the vessel it may hold.")
P2 = ("A holder may transfer a mooring to another person with the board's consent, which is not to be "
      "refused without a reason given in writing.")


def kept(text: str) -> list[str]:
    return [line for line in clean_text(text, source_file="t.txt").lines if line.strip()]


def page(top: list[str]) -> str:
    return "\n".join(top + ["", "Register of moorings", "", P1, "", "Transfers", "", P2, ""])


def test_skip_links_to_the_page_regions_go():
    for links in (["Skip to navigation Skip to content Skip to subnav"], ["Skip to the sidebar"],
                  ["Jump to page content"], ["Skip to main navigation", "Skip to footer"]):
        lines = kept(page(links))
        assert lines[0] == "Register of moorings", (links, lines[:3])


def test_a_line_naming_something_else_to_skip_to_stays():
    lines = kept(page([]).replace("Transfers", "Skip to My Lou"))
    assert "Skip to My Lou" in lines


def test_text_size_switch_with_its_tools_goes_under_a_trail():
    lines = kept(page(["Home > Services > Harbour > Register of moorings",
                       "Text Size a a a Print Print this page"]))
    assert not any(line.startswith("Text Size") for line in lines), lines[:4]
    assert P1 in lines and P2 in lines


def test_a_sentence_about_text_size_stays():
    sentence = "Text size matters on a printed form, so the board prints its forms in a large face."
    lines = kept(page([]).replace(P2, sentence))
    assert sentence in lines


def test_page_labels_read_through_any_unicode_space():
    """A bare page number with a control separator that Python counts as a space ('\x1f0'): int()
    does not take it; the page-label reading must return or raise the pipeline's own error (hypothesis
    found the ValueError)."""
    from pipeline.errors import InputError
    for text in ("\x1f0", "\x1f1\nA line of text that runs on for a while.\n\x1f2\n"):
        try:
            clean_text(text, source_file="t.txt")
        except InputError:
            pass
