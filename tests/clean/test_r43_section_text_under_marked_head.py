"""(r43) The text right under a Markdown head at the page's foot is that section's, never chrome.

A made-up README ends `## License` / `MIT © [jane](https://example.org/jane)`: the learned chrome model
(retrained with more pages whose foot carries a copyright line) took the licence line as a footer's,
so the section lost its only text. A line right under a `#` head (blank lines only between) is the
text the head stands over; the model may not take it (rules_learned._under_marked_head).
"""
from __future__ import annotations

from pipeline.clean import clean_text
from pipeline.clean.page import Page
from pipeline.clean.rules_learned import MARKED_HEAD, chrome_lines, load_model

README = """# Kettle

A tiny library for boiling water in the browser, written for a workshop and kept small on purpose.

## Install

Run the installer from the project's folder and follow what it prints; nothing else is needed to start.

## Usage

Call the boil function with the amount of water and wait for the promise to resolve before pouring.

## License

MIT © [jane](https://example.org/jane)
"""


def test_the_licence_under_its_head_stays():
    cleaned = clean_text(README, source_file="README.md")
    assert "MIT © [jane](https://example.org/jane)" in [line.strip() for line in cleaned.lines]
    assert not [r for r in cleaned.removed if "MIT" in r.text]


def test_the_model_never_takes_the_line_under_a_marked_head():
    # the shipped model with its threshold near 0: every line of the foot's outer run would go but the guarded one
    page = Page.from_text(README + "\nFollow us on social media\n", "README.md")
    found = {page.lines[i].text for i in chrome_lines(page, dict(load_model(), threshold=1e-9))}
    assert "MIT © [jane](https://example.org/jane)" not in found
    assert "Follow us on social media" in found


def test_a_marked_head_is_read_as_such():
    assert MARKED_HEAD.match("## License") and MARKED_HEAD.match("# Kettle")
    assert not MARKED_HEAD.match("#hashtag") and not MARKED_HEAD.match("    ## code")
