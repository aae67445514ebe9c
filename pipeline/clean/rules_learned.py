"""learned-chrome: a line at the text's edges that general evidence says is site chrome (issue #11).

WHY: the hand-written chrome rules list forms (`页面宽度(px):`, `Search ExploreNorth`, a download
site's numbered disclaimer); each new site brings new ones. Boilerplate removal that transfers
across sites (jusText, boilerpipe) lists no forms: it weighs general evidence per line (length,
share of function words, sentence punctuation, separators, capitalised words, digits, position)
and smooths it by context (a short line between two chrome lines is chrome; between two
paragraphs it is body). This rule does the same with a logistic model trained on the corpus gold
(scripts/train_chrome.py, `make train`) over GENERAL features only (`line_features`): never one
site's words; the chrome vocabulary's predicates count as features, as general evidence.

Scope: only the EDGES the other rules leave, where chrome lives and body is thin: the kept lines
above the first prose line and below the last one (zones.py); never a line inside the body. A
line goes when P(chrome) is at least the model's threshold (chosen by leave-one-set-out,
docs/cleaning.md); the probability is the decision's confidence.

The model is JSON (pipeline/clean/model/chrome.json, weights per feature and class), loaded
once, lazily: no code runs on loading it. Without a model file the rule does nothing.

The shipped variant (r24chrome) was chosen by leave-one-set-out (scripts/train_chrome.py --lsso)
and checked at two check sets' first sight (scripts/chrome_first_sight.py): trained on the kept
edge lines and on the raw page's edge lines, only the OUTER run of chrome (from the page's edge
inwards), a line with a date never taken, P(chrome) >= 0.8. It takes little (most of the chrome
left at tuned documents' edges looks like a title block) and no body line in the study
(docs/cleaning.md, "The learned edge-chrome classifier").
"""
from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import replace
from functools import lru_cache
from importlib.resources import files

from .. import linear
from . import vocab as v
from .page import Page
from .zones import CJK, LINK_TARGET, head_zone, is_prose, tail_zone

MODEL = "model/chrome.json"
RULE = "learned-chrome"

FUNCTION_CHARS = frozenset("的了是在和与及对为等")   # Chinese function characters (jusText's stopwords for CJK)
STOPWORDS = frozenset("""a an the of and or to in on at by for from with as is are was were be been it its this that
these those which who not but if than then so into over under about after before their there has have had will would
shall may can should must we our you your they he she his her i""".split())
SEPARATOR = re.compile(r"(?:^|\s)(?:\||｜|·|•|>|>>|»|›|/|／|-)(?=\s|$)|\s\|\s|[|｜]")
END_MARKS = {"。": "stop", ".": "stop", "！": "stop", "!": "stop", "？": "q", "?": "q", "；": "semi", ";": "semi",
             "：": "colon", ":": "colon", "，": "comma", ",": "comma", "、": "comma",
             "）": "close", ")": "close", "】": "close", "]": "close", "》": "close", "」": "close", "”": "close", '"': "close"}
DATE = re.compile(r"\d{4}\s*[-/年.．]\s*\d{1,2}|\d{1,2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{2,4}|\b\d{1,2}:\d{2}\b"
                  r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}\b", re.I)
URL = re.compile(r"https?://|www\.|\.(?:com|org|gov|net|cn|html?|php|aspx?)\b", re.I)
EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
PHONE = re.compile(r"\d{3,4}[-－ ]\d{7,8}|\(\d{3}\)\s?\d{3}-\d{4}|\+\d{1,3}[ -]\d")
NUMBERED = re.compile(r"^\s*(?:第[一二三四五六七八九十百零〇\d]+[章节条编部分]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]"
                      r"|\d{1,2}(?:\.\d{1,2})*[.、．]?\s|(?:chapter|article|section|part)\s+[\divxlc]+\b)", re.I)
BRACKETED = re.compile(r"^\s*[【\[〔].*[】\]〕]\s*$")
LABEL = re.compile(r"^\s*[^\s:：，。,.]{1,10}\s*[:：]")
WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
# a document's KIND named in the line (a title block's evidence, whatever the site): Chinese kinds at
# the line's end, English ones as words
KIND_ZH = re.compile(r"(?:意见|通知|决定|办法|规定|规划|方案|纲要|公报|报告|条例|细则|批复|通报|公告|决议|指示|命令|请示|要点"
                     r"|宪法|法典|法|章程|讲话|致辞|守则|规则|准则|意見|決定|辦法|規定|規劃|綱要|公報|報告|條例|細則|講話)"
                     r"\s*(?:[(（][^()（）]{1,20}[)）])?$")
KIND_EN = re.compile(r"\b(?:act|bill|regulations?|ordinance|code|constitution|report|order|proclamation|policy|law|rules"
                     r"|statute|decree|address|speech|paper|guidelines?|declaration|treaty|charter|bylaws?|agreement)\b", re.I)
DATELINE = re.compile(r"^\s*(?:——|--|—|―)|(?:会议|會議|大会|大會)上?\s*[)）]?$|^\s*[(（].{0,30}(?:会议|會議|通过|通過|公布|发布|發布)")
MD_HEADING = re.compile(r"^\s*#{1,6}\s")
NEIGHBOUR_KEYS = ("len:", "end:", "v:", "sep:", "prose", "short-tokens", "date", "url", "fn:", "sw:", "kind", "dateline")
REMOVED_MARK = "\x00removed"


def _bucket(value: float, edges: tuple[float, ...]) -> int:
    return sum(value >= e for e in edges)


def _vocab(text: str) -> list[str]:
    """Which of the cleaner's chrome vocabularies fire on the line (general evidence, as features)."""
    out = []
    low = text.lower()
    if v.FOOTER_HINT.search(text):
        out.append("v:footer")
    if v.COPYRIGHT.search(text):
        out.append("v:copyright")
    if v.SHARE.search(text):
        out.append("v:share")
    if v.MORE_LINK.search(text) or v.MORE_INVITE.match(text):
        out.append("v:more")
    if v.BREADCRUMB_LINE.match(text) or v.CRUMB_TRAIL.match(text) or v.BREADCRUMB_LABEL.match(text):
        out.append("v:crumb")
    if v.SEARCH_PROMPT.search(text):
        out.append("v:search")
    if v.FONT_WIDGET.match(text):
        out.append("v:font")
    if v.META_LABEL.match(text):
        out.append("v:meta")
    tokens = [t for t in v.WIDGET_SPLIT.split(text) if t]
    if tokens:
        if any(t in v.WIDGET_TOKENS for t in tokens):
            out.append("v:widget")
        nav = sum(t in v.NAV_TOKENS or t.lower() in v.NAV_TOKENS for t in tokens)
        if nav:
            out.append("v:nav" if nav < len(tokens) else "v:nav-all")
    stripped = low.strip(" :：【】[]")
    if stripped in v.RELATED_MARKERS:
        out.append("v:related")
    return out


@lru_cache(maxsize=8192)
def shape_features(text: str) -> tuple[str, ...]:
    """The line's own evidence, by text alone (remembered: lines repeat)."""
    s = text.strip()
    plain = LINK_TARGET.sub(" ", s).strip()
    n = len(s)
    out = [f"len:{_bucket(n, (3, 6, 11, 21, 41, 81))}"]
    cjk = len(CJK.findall(plain))
    words = WORD.findall(plain)
    if cjk >= max(2, len(words)):
        out.append("cjk")
        out.append(f"fn:{_bucket(sum(c in FUNCTION_CHARS for c in plain) / cjk, (0.001, 0.03, 0.07))}")
    elif words:
        out.append("latin")
        out.append(f"sw:{_bucket(sum(w.lower() in STOPWORDS for w in words) / len(words), (0.001, 0.15, 0.3))}")
        if len(words) >= 2:
            caps = sum(w[0].isupper() for w in words) / len(words)
            out.append(f"caps:{_bucket(caps, (0.3, 0.6, 0.9))}")
        if s.isupper() and len(words) >= 1:
            out.append("allcaps")
    else:
        out.append("nowords")
    end = END_MARKS.get(s[-1:], "none") if s else "none"
    out.append(f"end:{end}")
    if re.search(r"[，,；;、](?=.)", s[:-1]) or re.search(r"[。.!?！？]\s+\S", s):
        out.append("inner-punct")
    seps = len(SEPARATOR.findall(s))
    if seps:
        out.append(f"sep:{min(seps, 3)}")
    tokens = plain.split()
    if len(tokens) >= 3 and sum(len(t) for t in tokens) / len(tokens) <= 4.5:
        out.append("short-tokens")
    if len(tokens) >= 2:
        out.append(f"tokens:{_bucket(len(tokens), (2, 4, 8, 16))}")
    digits = sum(c.isdigit() for c in s)
    if digits:
        out.append(f"digits:{_bucket(digits / max(n, 1), (0.001, 0.2, 0.5))}")
    if DATE.search(s):
        out.append("date")
    if URL.search(s):
        out.append("url")
    if EMAIL.search(s):
        out.append("email")
    if PHONE.search(s):
        out.append("phone")
    if NUMBERED.match(s):
        out.append("numbered")
    if BRACKETED.match(s):
        out.append("bracketed")
    if LABEL.match(s):
        out.append("label")
    if s[:1] in "-*•·▪>":
        out.append("bullet")
    if KIND_ZH.search(s) or KIND_EN.search(s):
        out.append("kind")
    if DATELINE.search(s):
        out.append("dateline")
    if MD_HEADING.match(s):
        out.append("md-heading")
    indent = len(text) - len(text.lstrip())
    if indent:
        out.append(f"indent:{_bucket(indent, (1, 4, 12))}")
    if is_prose(s):
        out.append("prose")
    out += _vocab(s)
    return tuple(out)


def edge_indices(page: Page) -> list[int]:
    """The kept lines with words above the first prose line and below the last one."""
    lines = page.lines
    head, tail = head_zone(lines), tail_zone(lines)
    return [i for i in sorted(set(head) | set(tail)) if lines[i].text.strip()]


def line_features(page: Page) -> dict[int, dict[str, float]]:
    """Feature map of each edge line (index into page.lines -> {name: 1.0})."""
    lines = page.lines
    edges = edge_indices(page)
    if not edges:
        return {}
    head = set(head_zone(lines))
    filled = [i for i, line in enumerate(lines) if line.text.strip()]
    rank = {i: k for k, i in enumerate(filled)}
    prose = [i for i in filled if is_prose(lines[i].text)]
    if not prose:
        return {}
    first, last = prose[0], prose[-1]
    kept_numbers = {line.number for line in lines}
    removed = {r.line for r in page.removed if r.text.strip() and r.line not in kept_numbers}
    cut = {r.line for r in page.removed if r.text.strip() and r.line in kept_numbers}
    # the original order of lines with words: kept ones, and those a rule removed
    order = sorted({line.number for line in lines if line.text.strip()} | removed)
    where = {n: k for k, n in enumerate(order)}
    counts = Counter(" ".join(line.text.split()) for line in lines if line.text.strip())
    counts.update(" ".join(r.text.split()) for r in page.removed if r.text.strip() and r.line not in kept_numbers)
    out = {}
    for i in edges:
        line = lines[i]
        f = dict.fromkeys(shape_features(line.text), 1.0)
        in_head = i in head
        f["zone:head" if in_head else "zone:tail"] = 1.0
        k = rank[i]
        from_edge = k if in_head else len(filled) - 1 - k
        f[f"edge:{_bucket(from_edge, (1, 2, 3, 6, 12))}"] = 1.0
        to_body = (rank[first] - k) if in_head else (k - rank[last])
        f[f"body:{_bucket(to_body, (2, 3, 6, 12))}"] = 1.0
        w = where[line.number]
        above = order[w - 1] if w > 0 else None
        below = order[w + 1] if w + 1 < len(order) else None
        f["above:removed" if above in removed else ("above:none" if above is None else "above:kept")] = 1.0
        f["below:removed" if below in removed else ("below:none" if below is None else "below:kept")] = 1.0
        if line.number in cut:
            f["cut"] = 1.0
        if counts[" ".join(line.text.split())] >= 2:
            f["repeated"] = 1.0
        # the neighbouring kept lines' own evidence
        for prefix, j in (("p:", _neighbour(filled, k, -1)), ("n:", _neighbour(filled, k, 1))):
            if j is None:
                f[prefix + "none"] = 1.0
                continue
            for name in shape_features(lines[j].text):
                if name.startswith(NEIGHBOUR_KEYS):
                    f[prefix + name] = 1.0
        f["bias"] = 1.0
        out[i] = f
    return out


def _neighbour(filled: list[int], k: int, step: int) -> int | None:
    j = k + step
    return filled[j] if 0 <= j < len(filled) else None


@lru_cache(maxsize=1)
def load_model() -> dict:
    """The committed model (pipeline/clean/model/chrome.json); {} when there is none."""
    path = files(__package__).joinpath(MODEL)
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


def probability(model: dict, feats: dict[str, float]) -> float:
    """P(chrome) of one line under the model ({'classes', 'weights'})."""
    return linear.probability(model, feats, "chrome")


def _running_names(page: Page) -> set[str]:
    """(r26pdfen) The words a report's running heads carry beside the page number or the date
    (`Review of Rural Bus Services      March 2024` -> 'review of rural bus services'): cells two or
    more spaces apart, with words of three letters or more, lower-cased. The same words opening the
    text are the cover's title, which the model weighed as a site's line (P 0.87)."""
    out = set()
    for r in page.removed:
        if r.rule != "running-head":
            continue
        for cell in re.split(r"\s{2,}", r.text.strip()):
            if sum(ch.isalpha() for ch in cell) >= 6 and not DATE.search(cell) and len(cell.split()) >= 2:
                out.add(" ".join(cell.split()).casefold())
    return out


MARKED_HEAD = re.compile(r"^\s{0,3}#{1,6}\s+\S")   # a Markdown heading line ('## License')


def _under_marked_head(page: Page, i: int) -> bool:
    """(r43) Line i stands right under a Markdown heading (blank lines only between): the text that section
    exists for (`## License` / `MIT © …`, a README's last section), never a page's chrome."""
    k = i - 1
    while k >= 0 and not page.lines[k].text.strip():
        k -= 1
    return k >= 0 and bool(MARKED_HEAD.match(page.lines[k].text))


def chrome_lines(page: Page, model: dict) -> dict[int, float]:
    """Index -> P(chrome) of each edge line the model removes: at or above its threshold and, when
    the model says `"runs": "outer"` (the context smoothing of jusText), only in the run that
    reaches the page's edge: from the top down, and from the bottom up, a line goes while every
    line between it and the edge went too; the first line the model keeps stops the walk, so a
    title or a signature under (over) a line that looks like chrome is never reached."""
    if not model or not model.get("weights"):
        return {}
    threshold = model.get("threshold", 0.5)
    feats = line_features(page)
    # a line with a date in it is never taken (a dateline, a date of assent or of revision is body;
    # a page's stamp the rules' vocabulary knows is theirs to take): it stops the walk from the edge
    probs = {i: 0.0 if model.get("dates") == "keep" and ("date" in f or "dateline" in f) else probability(model, f)
             for i, f in feats.items()}
    named = _running_names(page)
    for i in feats:
        if "zone:head" in feats[i] and " ".join(page.lines[i].text.split()).casefold() in named:
            probs[i] = 0.0   # (r26pdfen) the document's name its running heads repeat: its title, never chrome
    for i in feats:
        if "zone:tail" in feats[i] and _under_marked_head(page, i):
            probs[i] = 0.0   # (r43) '## License' / 'MIT © …': the text a Markdown head stands over is that section's
    if model.get("runs") != "outer":
        return {i: p for i, p in probs.items() if p >= threshold}
    head = [i for i in sorted(feats) if "zone:head" in feats[i]]
    tail = [i for i in sorted(feats, reverse=True) if "zone:tail" in feats[i]]
    out = {}
    for run in (head, tail):
        for i in run:
            if probs[i] < threshold:
                break
            out[i] = probs[i]
    return out


def learned_chrome(page: Page, model: dict | None = None) -> Page:
    """Drop the edge lines the learned model calls chrome (see the module docstring); each
    removal carries its P(chrome), the decision's confidence in the cleaning report.

    Example: a site's line at the very top that no rule's vocabulary knows goes when the model's
    P(chrome) for it is at least the threshold (0.8) and every line above it went too; the
    headline under it, a dateline, a signature, any line inside the body, stays."""
    found = chrome_lines(page, load_model() if model is None else model)
    if not found:
        return page
    sure = {page.lines[i].number: round(p, 4) for i, p in found.items()}
    before = len(page.removed)
    page = page.drop(found)
    stamped = tuple(replace(r, confidence=sure.get(r.line)) for r in page.removed[before:])
    return replace(page, removed=page.removed[:before] + stamped)
