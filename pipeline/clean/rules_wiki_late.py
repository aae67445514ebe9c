"""Wiki chrome in the forms a later (2016–2020 Vector skin) page dumped as text carries.

These forms have no decoration html2text could mark: the interlanguage list is a run of bare
names, one a line, most of them mojibake when the dump's UTF-8 was read as Latin-1/cp1252
(`ä¸­æ–‡`); the audio widget is a handful of tiny lines (`(info)`, `play`, `0:00`) around a
media file name; leaked CSS wraps mid-rule; a sister-project box or the licence footer wraps
mid-sentence; a navbox without its `v t e` marks is title rows over `·`-separated link rows.
Each is found by its shape, only inside a page `rules_wiki` has seen is a wiki dump.

    language_list(texts) -> index where the language list starts (len(texts) if none)
    late_chrome(texts, last_edit) -> indices of chrome lines
"""
from __future__ import annotations

import re

U = r"[ _]"
# a UTF-8 lead byte read as Latin-1 followed by a continuation byte read as Latin-1 or cp1252
# ('Ã©', 'Ð°', 'ä¸­', 'â€"'); or 'Ã'/'Â' before a small letter, where the C1 control between
# them was dropped by the decode stage ('Ãsterreichisch')
MOJIBAKE = re.compile("[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192"
                      "\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
                      "|[\u00c2\u00c3][a-z]")
BULLET = re.compile(r"^\s*(?:[*•o+-]\s+)?")
SENTENCE_END = re.compile(r"[.!?:;)\]]\s*$")
# chrome sentences that wrap over lines: sister-project boxes, the audio widget's note, the footer
SENTENCE_CHROME = re.compile(
    rf"^\s*(?:[*•-]\s+)?(?:Look{U}up{U}.*{U}in{U}Wiktionary|(?:Wiki\w+|Wikimedia{U}Commons){U}has{U}|"
    rf"This{U}audio{U}file{U}was{U}created|Text{U}is{U}available{U}under{U}the|"
    rf"This{U}page{U}was{U}last{U}(?:edited|modified)|Retrieved{U}from{U}\")", re.I)
OPEN_END = re.compile(r"(?:[,;]|\b(?:the|a|an|of|to|and|or|by|in|on|for|from|with|at|free|not|does|is|see))\s*$", re.I)
AUDIO_ANCHOR = re.compile(
    rf"^\s*(?:Listen{U}to{U}this{U}article.*|\S+\.(?:ogg|oga|ogv|opus|wav|mp3|flac|webm|midi?)(?:\s*\(file\))?|"
    rf"\((?:Audio{U}help|help\s*·\s*info).*\)|.*Problems{U}playing{U}th.*)\s*$", re.I)
AUDIO_BIT = re.compile(r"^\s*(?:\(?(?:info|file|help)\)?|play|pause|menu|\[[^\]]+\.(?:svg|png|jpe?g|gif)\]|\d{1,2}:\d\d(?::\d\d)?|"
                       r"Duration:?.*\d.*|\(?\d+\s*(?:parts?|min(?:utes?)?|seconds?)\b.*\)?)\s*$", re.I)
PROSE = re.compile(r"[A-Za-z]+ [A-Za-z]+ [A-Za-z]+ [A-Za-z]+|\[\s*edit\s*\]", re.I)   # four words in a row: text, not a wrapped style piece
CSS_RULE = re.compile(r"^\s*[^\s{}]+\{[^{}]*:[^{}]*\}\s*$")   # one whole rule 'wl-right{padding-right:0.2em}'
CSS_DECL = re.compile(r"[\w-]+:[^\s;{}]+[;}]")
FOOTER_ITEM = re.compile(rf"Privacy{U}policy|About{U}Wikipedia|Disclaimers|Contact{U}Wikipedia|Developers|"
                         rf"Cookie{U}statement|Mobile{U}view|Terms{U}of{U}Use", re.I)
DOT_ROW = re.compile(r"\S\s+[·•]\s+\S")
# a hatnote: the italic note over an article or section pointing the reader elsewhere
HATNOTE = re.compile(r"^\s*(?:This{U}(?:article|section|page){U}is{U}about{U}.*|Not{U}to{U}be{U}confused{U}with{U}.*|"
                     r"\"[^\"]+\"(?:{U}and{U}\"[^\"]+\")?{U}redirects?{U}here\..*|For{U}(?:the|other|a|an|uses){U}.*,{U}see{U}.*|"
                     r"Not{U}to{U}be{U}confused{U}with.*)\s*$".replace("{U}", U), re.I)
WINDOW = 6   # an audio widget's bits run on at most this many lines from its anchor


def _name(text: str) -> str:
    return BULLET.sub("", text).replace("_", " ").strip()


def _is_name_line(text: str) -> bool:
    """One language's name: short, at most four words, no digits, no sentence."""
    name = _name(text)
    return 0 < len(name) <= 40 and len(name.split()) <= 4 and not re.search(r"\d|[.!?:;,]$", name)


def language_list(texts: list[str], after: int = -1, least: int = 8, garbled: int = 3) -> int:
    """Start of the page's interlanguage list: the last run after line `after` (the last section
    heading) of ≥ `least` name lines holding ≥ `garbled` mojibake names. The list is the skin's
    last box, so what follows it (edit links, footer) is the site's too. An article's own list of
    languages is spelt right, and in a section, and stays."""
    start, found = None, len(texts)
    for i, text in enumerate([*texts, ""]):
        if after < i < len(texts) and _is_name_line(text):
            start = i if start is None else start
            continue
        if start is not None and i - start >= least and \
                sum(1 for t in texts[start:i] if MOJIBAKE.search(t)) >= garbled:
            found = start
        start = None
    return found


def _continued(texts: list[str], i: int) -> list[int]:
    """The lines a wrapped chrome sentence at `i` runs on to: while the line ends open (a comma,
    a function word) or the next one opens in lower case; never past a blank, a bullet, 5 lines."""
    out: list[int] = []
    j = i
    while j + 1 < len(texts) and len(out) < 5:
        nxt = texts[j + 1]
        if not nxt.strip() or re.match(r"^\s*[*•]\s", nxt):
            break
        if not (OPEN_END.search(texts[j]) or "".join(texts[i:j + 1]).count('"') % 2 or (re.match(r"^\s*[a-z]", nxt) and not SENTENCE_END.search(texts[j])
                                              ) or re.match(r"^\s*(?:and|or)\s", nxt)):
            break
        j += 1
        out.append(j)
        if SENTENCE_END.search(nxt) and not OPEN_END.search(nxt):
            break
    return out


def _audio_widget(texts: list[str]) -> set[int]:
    out: set[int] = set()
    anchors = [i for i, t in enumerate(texts) if AUDIO_ANCHOR.match(t)]
    for a in anchors:
        out.add(a)
        for step in (1, -1):
            j = a + step
            while 0 <= j < len(texts) and abs(j - a) <= WINDOW and (AUDIO_BIT.match(texts[j]) or j in anchors):
                out.add(j)
                j += step
    return out


def _dot_rows(texts: list[str], last_edit: int) -> set[int]:
    """After the last section heading: link rows separated by `·` (≥ 3 items) and the short title
    rows between two of them — a navbox whose `v t e` marks were lost."""
    rows = [i for i in range(max(last_edit, 0), len(texts)) if len(DOT_ROW.findall(texts[i])) >= 2]
    out = set(rows)
    for a, b in zip(rows, rows[1:]):
        if b - a <= 3 and all(_is_name_line(t) for t in texts[a + 1:b]):
            out.update(range(a + 1, b))
    return out


def _css(texts: list[str]) -> set[int]:
    """Leaked style rules, and the lines between two of them: html2text wraps a long style block
    (inside a reference item, say) at any space, so a wrapped piece may hold no whole rule
    ('upload.wikimedia.org/…/Lock-gray.svg/'), but it sits between two that do."""
    hits = [i for i, t in enumerate(texts)
            if "mw-parser-output" in t or ("}" in t and len(CSS_DECL.findall(t)) >= 2) or CSS_RULE.match(t)]
    out = set(hits)
    for a, b in zip(hits, hits[1:]):
        if b - a <= 4 and all(t.strip() and not PROSE.search(t) for t in texts[a + 1:b]):
            out.update(range(a + 1, b))
    return out


def hatnotes(texts: list[str], hits: set[int], is_heading) -> set[int]:
    """Hatnotes right under the page title or a section heading ('This article is about …. For
    other uses, see …', 'Not to be confused with …', '"X" redirects here.'), with their wrapped
    ends: one line after a heading, chrome or another hatnote. The same words in the middle of
    a paragraph are the article's."""
    out: set[int] = set()
    prev = -1
    for i, text in enumerate(texts):
        if not text.strip():
            continue
        if HATNOTE.match(text) and (prev < 0 or prev in hits or prev in out or is_heading(texts[prev])):
            out.add(i)
            out.update(_continued(texts, i))
        prev = i
    return out


def late_chrome(texts: list[str], last_edit: int) -> set[int]:
    """The audio widget, wrapped chrome sentences, leaked CSS (also wrapped mid-rule), the footer's
    link row (`Privacy policy · About Wikipedia · …`) and mark-less navbox rows."""
    out = _audio_widget(texts) | _dot_rows(texts, last_edit) | _css(texts)
    for i, text in enumerate(texts):
        if SENTENCE_CHROME.match(text):
            out.add(i)
            out.update(_continued(texts, i))
        elif len(FOOTER_ITEM.findall(text)) >= 2 and len(text) < 200:
            out.add(i)
    return out
