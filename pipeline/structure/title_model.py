"""A learned second opinion on the title line (issue #11): rank the top blocks of the text by how
much they look like a title, and move the title when the ranker clearly prefers another block.

    head = rerank(blocks, head, language, printed_title)            # the committed model, if any
    head = rerank(blocks, head, language, printed_title, model)

WHY: the title is chosen by a cascade of form rules (front.read_title_block, title_evidence,
`_title_at`); each new site brings a new form of chrome over the headline, so the cascade does
not carry to a page nobody tuned on. Evidence about what a title IS carries better: it names a
kind of document, its content words recur in the text, it stands near the top but after the
chrome, it is not a separator-joined run of short items, not an office's name, not a date, it is
written again under it or in the print header. A logistic model over such GENERAL features (never
a word of one site) of each candidate block, with the rules' choice as one feature among them,
scores P(this block gives the right title) (scripts/train_title.py, `make train`).

Decision: the rules' title stands unless the model gives another candidate a probability at
least `margin` higher than the rules' choice; the title block is then read from that block on,
the blocks over it kept as front-matter paragraphs (as `_title_at` does for a print header's
match). The move carries its reason and confidence (`TitleBlock.ranked`, decisions.title_decision).

The model is JSON (weights per feature and class), loaded once, lazily: no code runs on loading
it. With no model file (pipeline/structure/model/title.json) the rules' title stands.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib.resources import files

from .. import linear
from .blocks import Block
from .front import TitleBlock, doubled_headline, read_title_block
from .outline import completes_truncated
from .title_evidence import KIND_END, ZH_OFFICE, _title_shaped, chrome_reason, chrome_shaped, content_units
from . import signals as sg

MODEL = "model/title.json"
# (r24ship2) a text with fewer distinct content units (title_evidence.content_units: English words, Chinese
# bigrams) than this is SHORT: its right title's words recur nowhere else by chance, so cohesion says
# nothing there ('coh=short', never 'coh=0', and the gate does not open on it). Chosen by the made-up
# texts of tests/structure (at most 28 English words, 81 Chinese bigrams) and the first-sight study
# (docs/structure.md, "The title ranker"); the whole document's units, tokenised once
SHORT_TEXT = {True: 40, False: 120}
TIE = 0.01           # P(title) within which two candidates are one to the model (rerank: the higher on the page wins)
SEARCH = 12          # blocks of the text's top searched for a title (structure.TITLE_SEARCH)
LONGEST = 200        # characters of a candidate at most: a longer block is a paragraph, no title line

# kinds of document an English title names at its end ('… Act 2003', '… Regulations', 'Annual Report')
EN_KIND = re.compile(r"\b(?:act|acts|regulations?|rules?|report|guidance|guidelines?|order|code|bill|statement|policy|plan"
                     r"|strategy|directive|decision|agreement|convention|treaty|constitution|charter|declaration|notice"
                     r"|standards?|review|budget|address|speech|remarks|law|decree|ordinance|handbook|manual|framework"
                     r"|licen[cs]e|minutes|proceedings|memorandum|circular|resolution|proclamation|instrument|scheme"
                     r"|programme|program|protocol|specification|summary|message|letter|testimony|hearing|opinion|judgment"
                     r"|statute|amendment|by-?laws?)\b", re.I)
# an English organisation's name at the line's end: an issuer or a site, not a document
EN_ORG_END = re.compile(r"\b(?:office|department|government|parliament|ministry|agency|commission|council|authority|bureau"
                        r"|institute|university|court|service|board|committee|assembly|senate|library|association"
                        r"|corporation|company|inc|ltd|foundation|organi[sz]ation|administration|secretariat)\.?$", re.I)
# an English office named by its opening ('Department of Lands', 'Supreme Court of the United States')
EN_ORG_OPEN = re.compile(r"^(?:the\s+)?(?:(?:supreme|high|federal|district|national|state|royal)\s+)?(?:court|ministry|department|office"
                         r"|government|parliament|council|commission|agency|bureau|board|committee|house|senate|assembly"
                         r"|secretariat|administration)\s+(?:of|for)\b", re.I)
ZH_KIND_MORE = re.compile(r"(?:讲话|講話|致辞|致辭|发言|發言|演讲|演講|规则|規則|章程|指南|指引|白皮书|白皮書|说明|說明|纪要|紀要|通告"
                          r"|声明|聲明|标准|標準|守则|守則|法|条约|條約|公约|公約|议定书|議定書|协定|協定|宣言|简报|簡報|年报|年報)$")
SEPARATORS = {">": "gt", "|": "bar", "·": "dot", "›": "gt", "»": "gt", "/": "slash", "丨": "bar", "｜": "bar",
              "•": "dot", "-": "dash", "—": "dash", "_": "under", "：": "colon", ":": "colon"}
DATE_LINE = re.compile(r"^[\s(（\[【]*(?:(?:[A-Za-z]+day,?\s+)?(?:\d{4}\s*[-/.年]\s*\d{1,2}(?:\s*[-/.月]\s*\d{1,2}\s*日?)?"
                       r"|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+,?\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
                       r"|[〇○零一二三四五六七八九十]{4}年[〇○零一二三四五六七八九十]{1,2}月(?:[〇○零一二三四五六七八九十]{1,3}日)?)"
                       r"(?:\s+\d{1,2}[:：]\d{2}(?::\d{2})?)?)[\s)）\]】]*$")
YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")
DOC_NUMBER = re.compile(r"[〔\[［(（]\s*\d{4}\s*[〕\]］)）]\s*\d+\s*号|第\s*\d+\s*号|\bNo\.?\s*\d+|\b[A-Z]{1,5}\s?\d{1,4}/\d{2,4}\b")


@lru_cache(maxsize=1)
def load_model() -> dict | None:
    """The committed model (pipeline/structure/model/title.json), None when there is none."""
    path = files(__package__).joinpath(MODEL)
    if not path.is_file():
        return None
    return json.loads(path.read_text(encoding="utf-8"))


def probability(part: dict, feats: dict[str, float]) -> float:
    """P('title') of one candidate under the model ({'classes', 'weights'})."""
    return linear.probability(part, feats, "title")


def _flat(text: str) -> str:
    return "".join(text.split()).casefold()


def _bucket(value: float, edges: tuple, names: tuple) -> str:
    return next((n for e, n in zip(edges, names) if value < e), names[-1])


def _kind_end(text: str, english: bool) -> bool:
    bare = "".join(text.split()).rstrip("）)」』”\"'")
    if english:
        return bool(re.search(EN_KIND.pattern + r"[\s,]*(?:of\s+)?(?:\(?No\.?\s*\d+\)?)?[\s,]*(?:\d{4})?\W*$", text.strip(), re.I))
    return bool(KIND_END.search(bare) or sg.DOC_KIND_END.search(bare) or ZH_KIND_MORE.search(bare))


# an English line opening with the kind of document it is ('Notice of the Harbour Board on …', 'Report on the
# Work of the Government'): a document's name, never an office's, whatever office it names at its end
EN_KIND_OPEN = re.compile(r"^(?:the\s+|an?\s+)?(?:" + EN_KIND.pattern[5:-3] + r")\s+(?:of|on|for|to|by|from|concerning)\b", re.I)


def _org_end(text: str, english: bool) -> bool:
    if english:
        if EN_KIND_OPEN.match(text.strip()):
            return False
        end = EN_ORG_END.search(text.strip())
        # an office's name capitalises its head word ('Harbour Board'); a sentence-case title ending in
        # the common noun ('Powers of the harbour board') names no office
        return bool(end and end.group(0)[0].isupper() or EN_ORG_OPEN.match(text.strip()) and not EN_KIND.search(text))
    return bool(ZH_OFFICE.match("".join(text.split())))


def text_features(text: str, english: bool, prefix: str = "") -> dict[str, float]:
    """The shape of one line: what kind of line it is, never which words it holds."""
    f: dict[str, float] = {}
    t = " ".join(text.split())
    if not t:
        f[prefix + "empty"] = 1.0
        return f
    if english:
        n = len(t.split())
        f[prefix + "len=" + _bucket(n, (2, 4, 8, 16, 31), ("1w", "2-3w", "4-7w", "8-15w", "16-30w", "31+w"))] = 1.0
    else:
        n = len("".join(t.split()))
        f[prefix + "len=" + _bucket(n, (4, 10, 20, 40, 80), ("<4", "4-9", "10-19", "20-39", "40-79", "80+"))] = 1.0
    if _kind_end(t, english):
        f[prefix + "kind-end"] = 1.0
    elif english and EN_KIND.search(t) or not english and (KIND_END.search(t) or re.search(r"报告|報告|讲话|講話|公报|公報", t)):
        f[prefix + "kind-in"] = 1.0
    if _org_end(t, english):
        f[prefix + "org-end"] = 1.0
    if DATE_LINE.match(t):
        f[prefix + "date-line"] = 1.0
    if DOC_NUMBER.search(t):
        f[prefix + "doc-number"] = 1.0
    if sg.numbering(t):
        f[prefix + "numbered"] = 1.0
    if sg.terminal(t):
        f[prefix + "sentence-end"] = 1.0
    if chrome_reason(t, english):
        f[prefix + "chrome"] = 1.0
    return f


def features(blocks: list[Block], k: int, title: str, chosen: int, english: bool, printed_title: str,
             df: dict[str, int], reads: bool) -> dict[str, float]:
    """The candidate block k (its title as read from it: `title`) among the text's top blocks."""
    f = {"bias": 1.0, "lang=" + ("en" if english else "zh"): 1.0}
    f.update(text_features(title, english))
    t = " ".join(title.split())
    f["pos=" + _bucket(k, (1, 2, 3, 5, 8), ("0", "1", "2", "3-4", "5-7", "8+"))] = 1.0
    if k == chosen:
        f["rules"] = 1.0
    else:
        f["rel=" + ("before" if k < chosen else "after1" if k == chosen + 1 else "after")] = 1.0
    if not reads:
        f["unread"] = 1.0   # the title block's reading does not take it as a title
    if not english and re.search(r"关于.{2,}的", t):
        f["about-form"] = 1.0   # a 公文's headline form: (issuer) 关于 (matter) 的 (kind)
    if re.search(r"[《》「」『』]", t):
        f["name-marks"] = 1.0
    if english:
        words = [w for w in re.findall(r"[A-Za-z]+", t)]
        if words and all(w.isupper() for w in words if len(w) > 1):
            f["all-caps"] = 1.0
        elif words and sum(w[0].isupper() for w in words) >= 0.6 * len(words):
            f["title-case"] = 1.0
    seps = [name for ch, name in SEPARATORS.items() if f" {ch} " in f" {t} " or (ch in ">›»|丨｜" and ch in t)]
    for name in sorted(set(seps)):
        f["sep=" + name] = 1.0
    pieces = re.split(r"\s*[>›»|丨｜·•/]\s*", t)
    if len(pieces) >= 3 and all(len(p) <= 20 for p in pieces):
        f["short-items"] = 1.0
    digits = sum(ch.isdigit() for ch in t) / max(1, len(t.replace(" ", "")))
    f["digits=" + _bucket(digits, (1e-9, 0.1, 0.3), ("0", "<.1", "<.3", ">=.3"))] = 1.0
    if YEAR.search(t):
        f["year"] = 1.0
    units = content_units(t, english)
    if not units:
        f["coh=none"] = 1.0
    elif len(df) < SHORT_TEXT[english]:
        f["coh=short"] = 1.0   # a short text repeats next to nothing: its cohesion is no evidence either way
        if len(units) < 3:
            f["few-units"] = 1.0
    else:
        mine = content_units(blocks[k].text, english)
        share = sum(df.get(u, 0) - (u in mine) > 0 for u in units) / len(units)
        f["coh=" + _bucket(share, (1e-9, 0.25, 0.5, 0.75), ("0", "<.25", "<.5", "<.75", ">=.75"))] = 1.0
        if len(units) < 3:
            f["few-units"] = 1.0
    if _title_shaped(t, english):
        f["title-shaped"] = 1.0
    if chrome_shaped(t, english):
        f["chrome-shaped"] = 1.0
    if printed_title:
        if _flat(t) == _flat(printed_title) or completes_truncated(t, printed_title):
            f["printed=same"] = 1.0
        elif _flat(t) and (_flat(t) in _flat(printed_title) or _flat(printed_title) in _flat(t)):
            f["printed=part"] = 1.0
        else:
            f["printed=other"] = 1.0
    key = _flat(t)
    if len(key) >= 4:
        later = [_flat(b.text) for b in blocks[k + 1:]]
        if key in later:
            f["repeated"] = 1.0
        elif any(key in x for x in later[:200]):
            f["quoted-later"] = 1.0
        if any(_flat(b.text) == key for b in blocks[:k]):
            f["repeat-of-earlier"] = 1.0
    nxt = blocks[k + 1].text if k + 1 < len(blocks) else ""
    prev = blocks[k - 1].text if k > 0 else ""
    for name, value in text_features(nxt, english, "n:").items():
        if not name.startswith("n:len="):
            f[name] = value
    long_next = len(nxt.split()) > 25 if english else len("".join(nxt.split())) > 60
    if long_next:
        f["n:long"] = 1.0
    if not prev:
        f["p:none"] = 1.0
    else:
        for name, value in text_features(prev, english, "p:").items():
            if not name.startswith("p:len="):
                f[name] = value
    return f


def _doc_frequency(blocks: list[Block], english: bool) -> dict[str, int]:
    df: dict[str, int] = {}
    for b in blocks:
        for u in content_units(b.text, english):
            df[u] = df.get(u, 0) + 1
    return df


def _read_from(blocks: list[Block], k: int, language: str) -> tuple[TitleBlock | None, bool]:
    """The title block read from block k on (the blocks over it front matter), and whether the
    reading itself takes block k as the title; a short unnumbered block it passes over is taken
    alone, as a print header's match is (`_title_at`)."""
    head = read_title_block(blocks[k:], language)
    reads = bool(head.title) and bool(head.title_blocks) and head.title_blocks[0] is blocks[k]
    if not reads:
        text = blocks[k].text
        if len(text) > LONGEST or sg.numbering(text) or not text.strip():
            return None, False
        half = doubled_headline(text)   # the headline a page's text layer wrote twice: one copy names it
        head = TitleBlock(title=half or text, title_blocks=[blocks[k]], used=1, as_written=text if half else "")
    head.front = blocks[:k] + head.front
    head.used += k
    return head, reads


LIST_ITEM = re.compile(r"^\s*[•▪◦‣*-]\s+\S")   # a bullet list's item, its mark kept


def candidates(blocks: list[Block], head: TitleBlock, language: str, printed_title: str = ""):
    """[(block index, title block read from it, features)] for the rules' title block and the top
    blocks that could be a title; [] when the rules chose no title block."""
    if not head.title or not head.title_blocks:
        return []
    chosen = next((i for i, b in enumerate(blocks) if b is head.title_blocks[0]), -1)
    if chosen < 0:
        return []
    english = language.startswith("en")
    taken = {id(b) for b in (*head.title_blocks, *head.wrapped, *head.author_blocks)}
    df = _doc_frequency(blocks, english)
    out = [(chosen, head, features(blocks, chosen, head.title, chosen, english, printed_title, df, True))]
    for k in range(min(len(blocks), SEARCH)):
        b = blocks[k]
        if k == chosen or id(b) in taken or not b.text.strip() or len(b.text) > LONGEST or b.verbatim or LIST_ITEM.match(b.text):
            continue   # (r27govpages) a bulleted list's item is never the title ('• Annual Report 2021' in a page's list)
        moved, reads = _read_from(blocks, k, language)
        if moved is None or _flat(moved.title) == _flat(head.title):
            continue
        out.append((k, moved, features(blocks, k, moved.title, chosen, english, printed_title, df, reads)))
    return out


SUSPECT = ("chrome", "org-end", "date-line", "numbered", "short-items", "coh=0", "coh=none", "sep=gt", "sep=bar")


def suspect(feats: dict[str, float]) -> bool:
    """The rules' title looks like a page's chrome rather than a title: chrome by the chrome rules,
    an office's name, a date, a numbered line, a run of separated items, words the text never uses."""
    return any(name in feats for name in SUSPECT)


PRINTED_SEPARATOR = re.compile(r"\s+[-–—|·]\s+")


def _printed_lead(title: str, printed_title: str) -> bool:
    """(r25entitle) The rules' title is the page title the print header carries, or its first piece
    before a separator (`Other Regulatory Requirements - Energy, Mines and Resources`: the page's own
    name, then the section's or site's): hard evidence, as a chrome line's is; the ranker's weighing
    (a one-word section label over it scored higher) never moves the title off it."""
    lead = PRINTED_SEPARATOR.split(printed_title.strip())[0]
    coarse = re.split(r"\s+[|·]\s+", printed_title.strip())[0]   # (r26webpages) 'Chapter 9 - ANIMALS | Code of Ordinances'
    # (r44) the site's host name BEFORE the page's title ('gov.ie - Minister … at UN General Assembly'): the piece
    # after it; letters compared with OCR's l / I read alike (a printed page scanned back). A word that is no host
    # name there is a section's ('Hansard - House of Assembly'): the piece after it is no page's own title
    pieces = PRINTED_SEPARATOR.split(printed_title.strip(), maxsplit=1)
    rest = pieces[1] if len(pieces) == 2 and HOST_NAME.match(pieces[0]) else ""
    return bool(_flat(title)) and (_flat(title) == _flat(printed_title) or len(lead.split()) >= 2 and _flat(title) == _flat(lead)
                                   or len(coarse.split()) >= 2 and _flat(title) == _flat(coarse)
                                   or len(rest.split()) >= 3 and _ocr_flat(title) == _ocr_flat(rest))


HOST_NAME = re.compile(r"^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+$", re.I)   # (r44) a site named by its host: 'gov.ie', 'example.gov'


def _ocr_flat(text: str) -> str:
    """(r44) `_flat` with the letters OCR confuses in a print read back (`l` for `I`) folded together."""
    return _flat(text).replace("l", "i")


def _rules_suspect(blocks: list[Block], head: TitleBlock, language: str, printed_title: str) -> bool:
    """The gate on the rules' title alone, before any other candidate is read (`suspect`); False
    when the rules chose no title block (no candidate either)."""
    if not head.title or not head.title_blocks:
        return False
    chosen = next((i for i, b in enumerate(blocks) if b is head.title_blocks[0]), -1)
    if chosen < 0:
        return False
    english = language.startswith("en")
    return suspect(features(blocks, chosen, head.title, chosen, english, printed_title, _doc_frequency(blocks, english), True))


def rerank(blocks: list[Block], head: TitleBlock, language: str, printed_title: str = "",
           model: dict | None = None) -> TitleBlock:
    """The rules' title block, or the one read from the block the model prefers by its margin.
    `model`: a model dict; {'force': k} reads the title from candidate block k (scripts/train_title.py
    scores each candidate's outcome that way); {'probe': []} appends the candidates and leaves
    the title as the rules chose it; None: the committed model, the rules alone without one."""
    model = model if model is not None else load_model()
    if not model:
        return head
    if "title" in model and model["title"].get("gate") and not _rules_suspect(blocks, head, language, printed_title):
        return head   # the rules' title looks like a title: the ranker does not second-guess it (cheap test first)
    found = candidates(blocks, head, language, printed_title)
    if "probe" in model:
        model["probe"].extend(found)
        return head
    if "force" in model:
        return next((h for k, h, _ in found if k == model["force"]), head)
    if len(found) < 2:
        return head
    part = model["title"]
    if part.get("gate") and not suspect(found[0][2]):
        return head   # the rules' title looks like a title: the ranker does not second-guess it
    if printed_title and _printed_lead(head.title, printed_title):
        return head   # (r25entitle) the print header names the rules' line: the page's title, its site's suffix aside
    scored = [(probability(part, f), k, h) for k, h, f in found]
    rules_p = scored[0][0]
    # (domainbar) never onto a line the chrome rules name (a site's bar, a breadcrumb): their evidence is
    # hard, the model's a weighing; the model moved 'CT.gov · State of Connecticut' back over its office by 0.01
    allowed = [s for s, (_, _, f) in zip(scored[1:], found[1:]) if "chrome" not in f]
    if not allowed:
        return head
    top = max(p for p, _, _ in allowed)
    # (r35) candidates the model cannot tell apart (TIE): the one higher on the page, as a title stands over
    # what it names; a retraining's drift of 0.002 no longer swaps 'Official Report' for the page's header line
    best = min((s for s in allowed if s[0] >= top - TIE), key=lambda s: s[1])
    if best[0] - rules_p < part.get("margin", 1.0):
        return head
    moved = best[2]
    moved.ranked = (f"title ranker: line {blocks[best[1]].line} P(title) {best[0]:.2f} against "
                    f"{rules_p:.2f} for the rules' line {head.title_blocks[0].line}", round(best[0], 2))
    return moved
