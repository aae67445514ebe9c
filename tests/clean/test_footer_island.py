"""footer-island: a footer box's title left between dropped lines goes; a markdown heading of the
text's own last section, and the link under it, stay (issue #11: body kept)."""
from __future__ import annotations

from dataclasses import replace

from pipeline.clean.page import Page
from pipeline.clean.rules_tail import footer_island

from .helpers import PROSE


def _island(lines: list[str], dropped: list[int]) -> list[str]:
    page = replace(Page.from_text("\n".join(lines)), rule="earlier").drop(dropped)
    return footer_island(replace(page, rule="footer-island")).texts()


def test_a_footer_box_title_between_dropped_lines_goes():
    lines = [PROSE, "", "浏览次数：1234", "突出贡献榜", "某某用户 <https://example.com/u/1>"]
    assert _island(lines, [2, 4]) == [PROSE, ""]


def test_a_markdown_heading_closing_the_text_stays_with_its_link():
    lines = [PROSE, "", "[![贡献者](https://contrib.rocks/image?repo=x/y)](https://github.com/x/y/graphs/contributors)",
             "", "## 协议", "", "[MIT](https://github.com/x/y/blob/master/LICENSE)"]
    assert _island(lines, [2]) == [PROSE, "", "", "## 协议", "", "[MIT](https://github.com/x/y/blob/master/LICENSE)"]
    lines[4] = "## License"
    assert "## License" in _island(lines, [2])
