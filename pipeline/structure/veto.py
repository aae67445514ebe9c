"""The heading veto: a learned second look at each heading that heads no subsection.

    doc = veto_headings(doc)            # after the rules (and the labeller) built the Document

WHY: at first sight, on check sets nobody had tuned on, about half the headings the rules
found were no heading of the gold (a masthead line, a byline, a date, a site's name, a slogan
over a press release, a caption); the rules then learned each such line, one rule a set, and the
next set brought new ones. This model learns the shape of such mistakes from the rules' own
first-sight outputs (`scripts/train_veto.py`: each check set read by the commit that first read
it, plus today's rules on the whole corpus) over the Document alone: the heading's shape (its
numbering, end mark, length, capitals, a date, separators, how much of the title it repeats),
the rules' reason for it, its peers (how many headings share its numbering or capitals, its
depth), and what it heads (how many paragraphs, how long, how they end). A heading with no
subsection whose P(right) is under the model's threshold becomes the first paragraph of the text
it headed, so no character is lost; `pipeline explain` lists the decision with P. A heading the
user's corrections set is never vetoed.

Chosen by leave-one-set-out over the first-sight sets (docs/structure.md, "The heading veto").
The model is JSON, loaded once, lazily; no code runs on loading it.
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from dataclasses import replace
from functools import lru_cache
from importlib.resources import files

from .. import linear
from ..model import Document, Paragraph, Section
from . import signals as sg
from .features import _bucket, fold
from .tree import number_ids

MODEL = "model/veto.json"
LENGTHS = (4, 8, 16, 24, 32, 48, 64, 96)   # characters of a heading, its number left out
WORDS = (2, 3, 5, 8, 12)                   # words of an English heading
PARAGRAPH = (20, 40, 80, 160, 400)         # characters of the longest paragraph a heading heads
NEIGHBOUR = (20, 40, 80, 160)              # characters of the paragraph before or after it
DATE = re.compile(r"\b(?:1[6-9]|20)\d\d\b|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b"
                  r"|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d|\d{4}年|\d+月\d+日")
SEPARATOR = re.compile(r"[|·•»›>/]| - | – ")
BYLINE = re.compile(r"^(?:by|from|source|posted|updated|published)\b", re.I)
TOKENS = re.compile(r"[A-Za-z]{3,}|[\u4e00-\u9fff]")


@lru_cache(maxsize=1)
def load_model() -> dict:
    """The committed model (pipeline/structure/model/veto.json)."""
    return json.loads(files(__package__).joinpath(MODEL).read_text(encoding="utf-8"))


def heading_key(text: str) -> str:
    """A heading's text for matching: NFKC, no whitespace."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text or ""))


def end_class(text: str) -> str:
    end = sg.terminal(text)
    return {"。": ".", ".": ".", "！": "!", "!": "!", "？": "?", "?": "?", "：": ":", ":": ":",
            "；": ";", ";": ";"}.get(end, "x" if end else "none")


def _walk(sections: list[Section], depth: int = 1):
    for s in sections:
        yield s, depth
        yield from _walk(s.sections, depth + 1)


def reasons(doc: Document) -> dict[str, str]:
    """The rules' reason for each heading, by its text: 'numbered heading', 'caps heading', …"""
    return {heading_key(d.text): d.reason.split(":")[0][:30] for d in doc.decisions
            if d.kind == "heading" and d.decision.startswith("level")}


def sketch(doc: Document) -> list[list]:
    """The Document in reading order, as the model sees it: ['h', title, depth, reason] for a
    heading, ['p', length, end class] for a paragraph (its words are never read)."""
    why = reasons(doc)
    out: list[list] = [["p", len(p.text), end_class(p.text)] for p in doc.front]
    for s, depth in _walk(doc.sections):
        out.append(["h", s.title, depth, why.get(heading_key(s.title), "?")])
        out += [["p", len(p.text), end_class(p.text)] for p in s.paragraphs]
    return out


def _caps(text: str) -> str:
    letters = [c for c in text if c.isalpha() and c.isascii()]
    if len(letters) < 3:
        return "none"
    if all(c.isupper() for c in letters):
        return "upper"
    words = re.findall(r"[A-Za-z][A-Za-z'’]*", text)
    long_words = [w for w in words if len(w) > 3]
    if long_words and all(w[0].isupper() for w in long_words):
        return "title"
    return "sentence" if words and words[0][0].isupper() else "lower"


def _style(text: str) -> str:
    return fold(sg.numbering(text)) or "none"


def _tokens(text: str) -> set[str]:
    return set(TOKENS.findall((text or "").lower()))


def features(seq: list[list], title: str, lang: str) -> list[tuple[int, dict[str, float]]]:
    """(index in `seq`, {feature: value}) for each heading of a sketch. Shapes and counts only:
    no feature holds a document's words."""
    heads = [i for i, item in enumerate(seq) if item[0] == "h"]
    en = lang.startswith("en")
    lang_tag = "en" if en else "zh"
    styles = [_style(seq[i][1]) for i in heads]
    capitals = [_caps(seq[i][1]) for i in heads]
    depths = [seq[i][2] for i in heads]
    title_tokens = _tokens(title)
    style_count, caps_count, depth_count = Counter(styles), Counter(capitals), Counter(depths)
    before_at, read = {}, 0   # characters of text before each heading (counted once: a long text stays linear)
    for i, item in enumerate(seq):
        if item[0] == "h":
            before_at[i] = read
        else:
            read += item[1]
    front = before_at[heads[0]] if heads else 0
    total = read or 1
    out = []
    for n, i in enumerate(heads):
        _, text, depth, why = seq[i]
        style, caps = styles[n], capitals[n]
        before = before_at[i]
        f: dict[str, float] = {"bias": 1, f"lang={lang_tag}": 1, f"why={why}|{lang_tag}": 1,
                               f"num={style}": 1, f"num={style}|{lang_tag}": 1,
                               f"end={end_class(text)}|{lang_tag}": 1,
                               _bucket(len(sg.NUMBER_PREFIX.sub("", text)), LENGTHS, "len") + "|" + lang_tag: 1}
        if en:
            f[f"caps={caps}"] = 1
            f[_bucket(len(text.split()), WORDS, "words")] = 1
            peers = caps_count[caps] - 1
            f[f"peers-caps={min(peers, 3)}|{caps}"] = 1
        if DATE.search(text):
            f[f"date|{lang_tag}"] = 1
        if any(c.isdigit() for c in text):
            f[f"digit|{lang_tag}"] = 1
        if SEPARATOR.search(text):
            f["sep"] = 1
        if ":" in text or "：" in text[:-1]:
            f[f"colon-in|{lang_tag}"] = 1
        words = _tokens(text)
        if words and title_tokens:
            share = len(words & title_tokens) / len(words)
            f["title-ov=" + ("all" if share == 1 else "most" if share >= .5 else "some" if share > 0 else "none")] = 1
        if heading_key(text) == heading_key(title):
            f["is-title"] = 1
        same_style = style_count[style] - 1
        f[f"peers-style={min(same_style, 3)}|{style == 'none'}"] = 1
        count = len(heads)
        f["nheads=" + ("1" if count == 1 else "2" if count == 2 else "3-5" if count <= 5 else "6+")] = 1
        f["pos=" + ("first" if n == 0 else "last" if n == count - 1 else "mid")] = 1
        if n == 0:
            f["front=" + ("0" if front == 0 else "<100" if front < 100 else "<500" if front < 500 else "more")] = 1
            f[f"first|{lang_tag}|{caps if en else style}"] = 1
        f[f"depth={min(depth, 3)}"] = 1
        share = before / total
        f["at=" + ("top" if share < .05 else "early" if share < .2 else "late" if share > .9 else "mid")] = 1
        if en and BYLINE.match(text):
            f["byline"] = 1
        f[f"same-depth={min(depth_count[depth] - 1, 3)}"] = 1
        j = i + 1
        paragraphs = []
        while j < len(seq) and seq[j][0] == "p":
            paragraphs.append(seq[j])
            j += 1
        f["child"] = 1 if j < len(seq) and seq[j][0] == "h" and seq[j][2] > depth else 0
        f["np=" + ("0" if not paragraphs else "1" if len(paragraphs) == 1 else "2-4" if len(paragraphs) <= 4 else "5+")] = 1
        f[_bucket(max((p[1] for p in paragraphs), default=0), PARAGRAPH, "maxp") + "|" + lang_tag] = 1
        if paragraphs:
            f[f"next-end={paragraphs[0][2]}|{lang_tag}"] = 1
            f[_bucket(paragraphs[0][1], NEIGHBOUR, "nextp")] = 1
        before = seq[i - 1] if i > 0 else None
        f["prev=" + ("none" if before is None else before[0])] = 1
        if before and before[0] == "p":
            f[_bucket(before[1], NEIGHBOUR, "prevp")] = 1
            f[f"prev-end={before[2]}"] = 1
        out.append((i, {k: v for k, v in f.items() if v}))
    return out


def peer_key(item: list, feats: dict[str, float]) -> tuple:
    """What a heading's peers share: depth, the rules' reason, and capitals (English: all capitals
    or not; `Short title` and `Interpretation` are one style) or numbering (Chinese)."""
    caps = next((k for k in feats if k.startswith("caps=")), None)
    shape = ("upper" if caps == "caps=upper" else "mixed") if caps else _style(item[1])
    return item[2], item[3], shape


def doubted(seq: list[list], feats: list[tuple[int, dict[str, float]]], model: dict, threshold: float,
            peers: bool = True) -> dict[int, float]:
    """{index in seq: P(right)} of the leaf headings to veto. With `peers`, headings that share a
    peer_key stand or fall together: one of them kept keeps them all (a run of bill names in
    capitals where one reads well is a run of heads)."""
    p = {i: linear.probability(model, f, "ok") for i, f in feats}
    low = {i: p[i] for i, f in feats if not f.get("child") and p[i] < threshold}
    if peers and low:
        keys = {i: peer_key(seq[i], f) for i, f in feats}
        kept = {keys[i] for i, _ in feats if p[i] >= threshold}
        low = {i: v for i, v in low.items() if keys[i] not in kept}
    return low


def _last_container(doc: Document, siblings: list[Section], k: int, parent: Section | None) -> list[Paragraph]:
    """The paragraph list that reads just before siblings[k]: its previous sibling's deepest last
    section, else its parent's own paragraphs, else the front matter."""
    if k > 0:
        s = siblings[k - 1]
        while s.sections:
            s = s.sections[-1]
        return s.paragraphs
    return parent.paragraphs if parent is not None else doc.front


def veto_headings(doc: Document, protected: frozenset[str] = frozenset(), model: dict | None = None) -> Document:
    """`doc` with each leaf heading the model doubts turned into its text's first paragraph.

    `protected`: heading texts (whitespace-free, NFKC) the user's corrections set; never vetoed."""
    if not doc.sections:
        return doc
    model = model or load_model()
    threshold = model.get("threshold", 0.5)
    seq = sketch(doc)
    order = [s for s, _ in _walk(doc.sections)]
    feats = features(seq, doc.title, doc.lang)
    section_at = {i: section for (i, _), section in zip(feats, order)}
    doubted_sections = {id(section_at[i]): p for i, p in doubted(seq, feats, model, threshold).items()
                        if not section_at[i].sections and heading_key(section_at[i].title) not in protected}
    if not doubted_sections:
        return doc
    def prune(siblings: list[Section], parent: Section | None) -> None:
        k = 0
        while k < len(siblings):
            s = siblings[k]
            if id(s) in doubted_sections:
                target = _last_container(doc, siblings, k, parent)
                target += [Paragraph(id="", text=s.title)] + s.paragraphs
                del siblings[k]
                continue
            prune(s.sections, s)
            k += 1
    prune(doc.sections, None)
    doc.front[:], doc.sections[:] = number_ids(doc.front, doc.sections)
    vetoed = {heading_key(s.title): p for s in order if (p := doubted_sections.get(id(s))) is not None}
    decisions = []
    for d in doc.decisions:
        p = vetoed.pop(heading_key(d.text), None) if d.kind == "heading" and d.decision.startswith("level") else None
        decisions.append(d if p is None else replace(
            d, decision="not a heading", reason=f"veto: P(heading) {p:.2f} < {threshold}", confidence=round(1 - p, 2)))
    doc.decisions = decisions
    return doc
