"""Per-block features for the learned line labeller (labeller.py), from the signals the rules use.

    feats = block_features(body, headings, levels, lang)   # one {name: value} per block
    feats[3]  # {'bias': 1, 'num=一、': 1, 'end=': 1, 'rule:heading': 1, 'rule:level=1': 1, 'n:len<64': 1, …}

WHY these: a heading is told from body text by its shape (numbering style, end mark, length,
commas, capitals), by where it sits (indentation against the body, the block after it, position
in the text) and by what the document repeats (shapes shared by siblings, lines opening the same
way). The rules already compute all of this; the features name the same signals, plus the rules'
own decision, so a model trained on annotated documents can weigh them instead of thresholds set
by hand. No feature holds a document's words: only classes of shapes and counts.
"""
from __future__ import annotations

from collections import Counter

from . import signals as sg
from .blocks import Block
from .english import body_indent
from .headings import Heading

LENGTHS = (4, 8, 16, 24, 32, 48, 64, 96)          # bucket edges, characters
WORDS = (1, 2, 4, 6, 8, 12, 20)                   # bucket edges, words (English)
LONG = 200                                        # characters: the longest block whose capitals count


def _bucket(value: int, edges: tuple[int, ...], name: str) -> str:
    for edge in edges:
        if value < edge:
            return f"{name}<{edge}"
    return f"{name}>={edges[-1]}"


def _style(text: str) -> str:
    return fold(sg.numbering(text))


def fold(style: str) -> str:
    """A numbering style with the open-ended families ('md2', '1.1x2') folded to their kind."""
    if style.startswith("md"):
        return "md"
    return "1.1" if style.startswith("1.1x") else style


def _end(text: str) -> str:
    end = sg.terminal(text)
    return {"。": "。", ".": ".", "！": "!", "!": "!", "？": "?", "?": "?", "：": ":", ":": ":",
            "；": ";", ";": ";", "…": "…"}.get(end, end)


def _shape_features(text: str, english: bool) -> dict[str, float]:
    """What one line looks like on its own."""
    f: dict[str, float] = {}
    style = _style(text)
    f[f"num={style}"] = 1
    f[f"end={_end(text)}"] = 1
    f[f"num={style}|end={_end(text)}"] = 1
    f[_bucket(len(sg.NUMBER_PREFIX.sub('', text)), LENGTHS, "len")] = 1
    sentences = min(sg.sentence_count(text), 3) if sg.ends_sentence(text) else 0
    f[f"sentences={sentences}"] = 1
    if sg.has_clause_mark(text):
        f["clause"] = 1
    if english and len(text) <= LONG:   # a long block is prose whatever its capitals: not worth a look
        words = text.split()
        f[_bucket(len(words), WORDS, "words")] = 1
        if sg.is_all_caps(text):
            f["caps"] = 1
        elif words and all(w[:1].isupper() for w in words if sum(c.isalpha() for c in w) >= 4):
            f["titlecase"] = 1
        if text[:1].islower():
            f["lower-start"] = 1
    if sg.DASH_ITEM.match(text):
        f["dash"] = 1
    if sg.SALUTATION.match(text):
        f["salutation"] = 1
    if sg.APPENDIX.match(text) or sg.is_glossary_title(text):
        f["appendix"] = 1
    if sg.GLOSSARY_TERM.match(text):
        f["term-colon"] = 1
    if not sg.has_word(text):
        f["no-word"] = 1
    return f


NEIGHBOUR = ("num=", "end=", "len", "words", "sentences", "caps", "lower-start", "rule:heading", "dash")


def block_features(blocks: list[Block], headings: list[Heading], levels: list[int], lang: str) -> list[dict[str, float]]:
    """One sparse feature map per block; `headings`/`levels` are the rules' decisions on the same blocks."""
    english = lang.startswith("en")
    by_index = {h.index: (h, level) for h, level in zip(headings, levels)}
    shapes = Counter(h.shape for h in headings)
    texts = Counter(b.text for b in blocks)
    openings = Counter(b.text[:2] for b in blocks if len(b.text) >= 2)
    indent = body_indent(blocks)
    n = len(blocks)
    own = []
    seen: dict[str, dict[str, float]] = {}   # a text repeated a thousand times is looked at once
    for i, block in enumerate(blocks):
        if block.text not in seen:
            seen[block.text] = _shape_features(block.text, english)
        f = dict(seen[block.text])
        rule = by_index.get(i)
        if rule:
            h, level = rule
            f["rule:heading"] = 1
            f[f"rule:level={min(level, 4)}"] = 1
            f[f"rule:strong={int(h.strong)}"] = 1
            f[f"rule:style={fold(h.style)}"] = 1
            f["rule:siblings>=3" if shapes[h.shape] >= 3 else "rule:siblings<3"] = 1
        if block.lines > 1:
            f["multiline"] = 1
        if block.indent < indent:
            f["indent<body"] = 1
        elif block.indent > indent:
            f["indent>body"] = 1
        if texts[block.text] >= 2:
            f["repeated"] = 1
        if openings[block.text[:2]] >= 3 and len(block.text) <= 60:
            f["same-opening>=3"] = 1
        f[f"pos={min(int(10 * i / n), 9)}"] = 1 if n >= 10 else 0
        own.append(f)
    out = []
    for i, f in enumerate(own):
        f = dict(f)
        for prefix, j in (("p:", i - 1), ("n:", i + 1)):
            if 0 <= j < n:
                f.update({prefix + k: v for k, v in own[j].items() if k.startswith(NEIGHBOUR)})
            else:
                f[prefix + "none"] = 1
        if i + 1 < n:
            ratio = len(blocks[i + 1].text) / max(len(blocks[i].text), 1)
            f["n:ratio>=3" if ratio >= 3 else "n:ratio<1" if ratio < 1 else "n:ratio<3"] = 1
        f["bias"] = 1
        f[f"lang={'en' if english else 'zh'}"] = 1
        out.append({k: v for k, v in f.items() if v})
    return out


def level_features(blocks: list[Block], headings: list[Heading], levels: list[int], lang: str) -> list[dict[str, float]]:
    """One feature map per heading, for re-deciding the level the rules' nesting gave it.

    A level goes wrong when the nesting does: a stray line taken as a lone top heading pushes every
    numbered heading one level down, a series nests under a sibling series. So beside the heading's
    own shape these name its place in the outline: the level the rules gave it, how many headings
    share its shape, whether its shape opens the outline, the shape of its parent, whether a
    conventionally outer numbering exists anywhere in the document."""
    english = lang.startswith("en")
    shapes = Counter(h.shape for h in headings)
    ranks = [sg.rank(h.style) for h in headings if h.style and sg.rank(h.style) is not None]
    at_top = Counter(h.shape for h, level in zip(headings, levels) if level == 1)
    out = []
    parents: list[tuple[int, Heading]] = []   # open headings: (level, heading)
    for h, level in zip(headings, levels):
        while parents and parents[-1][0] >= level:
            parents.pop()
        text = blocks[h.index].text
        f = {k: v for k, v in _shape_features(text, english).items() if k.startswith(("num=", "end=", "len", "caps"))}
        f["bias"] = 1
        f[f"lang={'en' if english else 'zh'}"] = 1
        f[f"rule:level={min(level, 4)}"] = 1
        f[f"rule:strong={int(h.strong)}"] = 1
        count = shapes[h.shape]
        f["shape-count=1" if count == 1 else "shape-count<4" if count < 4 else "shape-count>=4"] = 1
        if headings and h.shape == headings[0].shape:
            f["first-shape"] = 1
        if sum(at_top.values()) == 1:
            f["lone-top"] = 1
        own_rank = sg.rank(h.style) if h.style else None
        if own_rank is None:
            f["unranked"] = 1
        elif any(r < own_rank for r in ranks):
            f["outer-rank-exists"] = 1
        else:
            f["outermost-rank"] = 1
        if parents:
            parent = parents[-1][1]
            f["parent-count=1" if shapes[parent.shape] == 1 else "parent-count>1"] = 1
            f[f"parent:num={fold(parent.style)}"] = 1
            parent_rank = sg.rank(parent.style) if parent.style else None
            if parent_rank is None:
                f["parent-unranked"] = 1
            if parent.appendix:
                f["parent-appendix"] = 1
        else:
            f["no-parent"] = 1
        if h.appendix:
            f["appendix-heading"] = 1
        out.append(f)
        parents.append((level, h))
    return out
