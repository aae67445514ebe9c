"""The closing signature block (落款) of a Chinese official document: which paragraphs are it.

A notice, an opinion, a plan or a report issued by a body ends with the body's name over the
date it was signed ('某某县人民政府办公室' / '2017年9月4日'). GB/T 9704 sets both flush right under
the text, and every printed copy a reader has seen does the same; set as body paragraphs, with
the first-line indent, they read as two stray sentences. This module only names them
(`Paragraph.signature`); each edition sets them flush right (docs/intermediate.md).

The block is recognised by its shape, never by words of one document:
- a signing date alone on its line (signals.is_signing_date: '2018年12月7日', '二〇一八年十二月七日',
  or the body glued to its date as a page break rejoins them), not in brackets (a bracketed date
  under a speech's title dates the occasion, it signs nothing);
- over it, up to eight short lines without any punctuation: the issuing bodies, one or two a line
  (a joint notice signs with several);
- it closes a run of paragraphs: nothing follows it before the next heading (or the end) but
  bracketed notes ('（此件公开发布）', '（联系人：…）', which GB/T 9704 sets under the date) or an
  attachment list ('附件：…'). That is the end of the text, or of an issuing notice before the
  document it issues, or before the attachments; a date line inside the text (a chronicle's
  entry) is followed by more text, so it stays prose. An issuing notice may run straight on into
  the document it issues: a signed block followed by a short title line and its text counts too;
- something stands above it: a date that is the whole document is no signature.
"""
from __future__ import annotations

import re

from ..model import Paragraph
from . import signals as sg

MAX_ISSUERS = 8          # a joint notice: a line for each issuing body, or two bodies a line
ISSUER_MAX_CHARS = 40    # '中共某某市委办公室　某某市人民政府办公室' fits; a sentence does not
# a line that is sentence, list or label, never a body's name: any punctuation but brackets and the
# ideographic space that separates two joint signers
PUNCTUATION = re.compile(r"[。，、；：！？,.;:!?“”\"'《》…—]")
SENTENCE_MARK = re.compile(r"[。，；：！？,;:!?]")
TITLE_MAX_CHARS = 60
CJK = re.compile(r"[\u4e00-\u9fff]")
NOTE = re.compile(r"^[（(].*[）)]$")                       # '（此件公开发布）' under the date
ATTACHMENT = re.compile(r"^\s*附\s*(?:件|表|录)")          # '附件：1. …', '附件1', '附表'


def mark_signatures(runs: list[list[Paragraph]], lang: str) -> int:
    """Flag the signature blocks of a Chinese text (`Paragraph.signature`) in its runs of paragraphs
    (the front matter's, then each section's, in reading order); return how many paragraphs they
    hold. A block closes a run: the end of the text, or the end of an issuing notice before the
    document it issues, or before its attachments."""
    if not lang.startswith("zh"):
        return 0
    marked = 0
    for paragraphs in runs:
        block = signature_block([p.text for p in paragraphs],
                                [p.item or bool(p.verbatim) or bool(p.lead) for p in paragraphs])
        for i in block:
            paragraphs[i].signature = True
        marked += len(block)
    return marked


def signature_block(texts: list[str], not_prose: list[bool] | None = None) -> list[int]:
    """The indexes of the signature blocks among these paragraphs (issuers, then the date), or []."""
    not_prose = not_prose or [False] * len(texts)
    found: list[int] = []
    for date in range(1, len(texts)):
        if not_prose[date] or not _signing_date(texts[date]):
            continue
        first = date
        while first > 0 and date - first < MAX_ISSUERS and _issuer(texts[first - 1]) and not not_prose[first - 1]:
            first -= 1
        if first == 0:   # the block would be the whole text: a date and a name with nothing they sign
            continue
        after = date + 1
        while after < len(texts) and (NOTE.match(texts[after].strip()) or _attachment_tail(texts, after)):
            after += 1
        # it closes the run, or the issuing notice before the title of the document it issues
        if after == len(texts) or first < date and _title_line(texts[after]):
            found += range(first, date + 1)
    return found


def _attachment_tail(texts: list[str], i: int) -> bool:
    """Line i belongs to an attachment list that follows the signature ('附件：…' and its items)."""
    return any(ATTACHMENT.match(t) for t in texts[max(0, i - 8):i + 1]) and not _signing_date(texts[i])


def _title_line(text: str) -> bool:
    """A document's name on its own line ('某某市学前教育三年行动计划（2011—2013年）'): no sentence
    punctuation, where quotes, brackets and dashes may stand."""
    bare = text.strip()
    return 4 <= len(bare) <= TITLE_MAX_CHARS and bool(CJK.search(bare)) and not SENTENCE_MARK.search(bare) \
        and not NOTE.match(bare) and not _signing_date(bare)


def _signing_date(text: str) -> bool:
    bare = text.strip()
    return sg.is_signing_date(bare) and not sg.DATED_ISSUER.match(bare)


def _issuer(text: str) -> bool:
    bare = text.strip()
    return 2 <= len(bare) <= ISSUER_MAX_CHARS and bool(CJK.search(bare)) and not PUNCTUATION.search(bare) \
        and not NOTE.match(bare) and not _signing_date(bare)
