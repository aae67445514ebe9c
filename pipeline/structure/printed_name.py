"""The name of a headline-less Chinese 公文 printed in the browser's page head (r45, issue 11).

A portal often hides a notice's headline in the page body (it shows the title in a box elsewhere,
or styles it `display:none`); printed to PDF, the text then opens with the addressees and the
first part head (`一、工作目标`), which the first-heading fallback took as the title. The browser
still prints the page's <title> in every page's head, and the cleaner removes it as a running
head: when that head is a document's name (it ends in the name of a kind of document: …的通知,
…的意见, …办法), it names the text.

Usage:
    name = printed_document_name(cleaned.removed, cleaned.lines)   # '' when the head names no document
"""
from __future__ import annotations

import re

from . import signals as sg
from .outline import running_title

NAME_MAX = 80   # characters: a notice's name, never a paragraph
HAN = re.compile(r"[\u4e00-\u9fff]")


def printed_document_name(removed, kept) -> str:
    """(r45, issue 11) The page title the print head repeats on its pages (`outline.running_title`:
    the same head on every page, the site's name cut off), when it is a Chinese document's name:
    it ends in a kind of document (`signals.DOC_KIND_END`: 通知, 意见, 办法 …), holds no sentence
    mark, no numbering and no time of day, and no kept line holds it (`kept`: the page hid its
    headline; where a line holds the name, glued to its number or not, the title is read from that
    line). A head naming the site or a column (`某某市人民政府门户网站`, `政策文件`) names no document
    and gives ''."""
    name = " ".join(running_title(removed).split())
    if not name or len(name) > NAME_MAX or not HAN.search(name):
        return ""
    if re.search(r"[。！？；]|\d{1,2}:\d{2}|https?://|www\.", name) or sg.numbering(name):
        return ""
    if not sg.DOC_KIND_END.search(name):
        return ""
    flat = "".join(name.split())
    return "" if any(flat in "".join(line.split()) for line in kept) else name
