"""The page's foot: the site's self-description, footer links and related-article lists."""
from __future__ import annotations

from .page import Page
from .vocab import FOOTER_BLURB, FOOTER_LINKS, RELATED_MARKERS
from .zones import tail_zone


def footer_blurb(page: Page) -> Page:
    """Drop the site's description of itself at the tail.

    Example: "百科全书收录4421916条中文百科知识,基本涵盖了大多数领域的百科知识,是一部内容开放、自由的电子版百科全书。"
    """
    return page.drop(i for i in tail_zone(page.lines)
                     if len(page.lines[i].text) <= 200 and FOOTER_BLURB.search(page.lines[i].text))


def footer_links(page: Page) -> Page:
    """Drop a short footer line of site links or registration numbers at the tail.

    Example: "关于我们 | 联系我们 | 网站地图", "京ICP备05070218号".
    """
    return page.drop(i for i in tail_zone(page.lines)
                     if len(page.lines[i].text) <= 80 and FOOTER_LINKS.search(page.lines[i].text))


def related_list(page: Page) -> Page:
    """Drop a related-articles heading at the tail and everything after it (the list).

    The heading must come after the last prose line, so a list that reads like prose is kept.
    Example: "随便看" and the lines after it.
    """
    for i in tail_zone(page.lines):
        if _marker(page.lines[i].text) in RELATED_MARKERS:
            return page.drop(range(i, len(page.lines)))
    return page


def _marker(text: str) -> str:
    return text.strip().strip("【】[]：:>»》 ").lower()
