"""The learned line labeller (`--structure learned`): which blocks are headings, and their level.

    headings, levels = relabel(body, headings, levels, lang)      # the rules' output re-scored
    headings, levels = relabel(body, headings, levels, lang, model=load_model())

WHY: the rules set thresholds by hand on the documents they were written for; a maximum-entropy
(multinomial logistic) model over the same signals (features.py), with the rules' own decision as
one feature among them, weighs them from an editor's gold on the corpus (scripts/train.py,
`make train`). It labels every block after the title block `heading` or `body`; a second model
may re-decide each heading's level (`levels` in the model file: "rules" keeps the nesting of
levels.py; "absolute" predicts 1, 2, 3; "shift" moves the nesting's level by -1, 0 or +1), where
it is at least `level.threshold` sure; elsewhere the rules' nesting stands. A block it makes a
heading that no rule proposed gets the shape the rules would give it, so the hierarchy inference
(levels.py) nests it like its peers. Optional (`--structure learned`); the rules alone are the
default (docs/structure.md: the leave-one-document-out and leave-one-set-out studies).

The model is JSON (weights per feature and class), loaded once, lazily: no code runs on loading
it, and the rules path never imports this module.
"""
from __future__ import annotations

import json
from functools import lru_cache
from importlib.resources import files

from .. import linear
from ..model import Decision
from .blocks import Block
from .english import undecorated
from .features import block_features, level_features
from .headings import Heading, _shape
from .levels import infer_levels
from . import signals as sg

MODEL = "model/labeller.json"
DEEPEST = 3   # the level model's deepest class: level 3 or deeper (scripts/train.py)


@lru_cache(maxsize=1)
def load_model() -> dict:
    """The committed model (pipeline/structure/model/labeller.json)."""
    return json.loads(files(__package__).joinpath(MODEL).read_text(encoding="utf-8"))


def scores(part: dict, feats: dict[str, float]) -> list[float]:
    """Class probabilities of one block under one part of the model ({'classes', 'weights'})."""
    return linear.probabilities(part, feats)


def is_heading(part: dict, feats: dict[str, float]) -> bool:
    """The heading model's call: P(heading) at least the model's threshold (chosen by
    leave-one-set-out on the training documents, scripts/train.py --lsso)."""
    return scores(part, feats)[part["classes"].index("heading")] >= part.get("threshold", 0.5)


def vetoed(blocks: list[Block], before: list[Heading], after: list[Heading], lang: str,
           model: dict | None = None) -> list[Decision]:
    """A decision for each heading the rules found and the labeller turned into body text, so
    `pipeline explain` shows why the line is no longer a heading (confidence: 1 - P(heading))."""
    model = model or load_model()
    kept = {h.index for h in after}
    gone = [h for h in before if h.index not in kept]
    if not gone:
        return []
    feats = block_features(blocks, before, infer_levels(before), lang)
    part = model["heading"]
    out = []
    for h in gone:
        p = scores(part, feats[h.index])[part["classes"].index("heading")]
        out.append(Decision(blocks[h.index].line, blocks[h.index].text, "heading", "not a heading",
                            f"labeller: P(heading) {p:.2f} < {part.get('threshold', 0.5)}", round(1 - p, 2)))
    return out


def relabel(blocks: list[Block], headings: list[Heading], levels: list[int], lang: str,
            model: dict | None = None) -> tuple[list[Heading], list[int]]:
    """The model's headings and levels for `blocks` (the body after the title block)."""
    model = model or load_model()
    english = lang.startswith("en")
    feats = block_features(blocks, headings, levels, lang)
    rules = {h.index: h for h in headings}
    found: list[Heading] = []
    for i, f in enumerate(feats):
        if not is_heading(model["heading"], f):
            continue
        h = rules.get(i)
        if h is None:
            text = undecorated(blocks[i].text) if english else blocks[i].text
            blocks[i].text = text
            style = sg.numbering(text)
            h = Heading(i, _shape(text, style, english), style, False)
        found.append(h)
    inferred = infer_levels(found)
    mode = model.get("levels", "rules")
    if mode == "rules":
        return found, inferred
    part = model["level"]
    sure = part.get("threshold", 0.0)   # below this probability the rules' nesting stands
    # the deepest level the model was shown (DEEPEST = 'that deep or deeper'); a model that never
    # saw a level-3 heading can say nothing about one
    deepest = max(int(c) for c in part["classes"]) if mode == "absolute" else DEEPEST
    out = []
    for level, f in zip(inferred, level_features(blocks, found, inferred, lang)):
        probs = scores(part, f)
        best = max(range(len(probs)), key=probs.__getitem__)
        if probs[best] < sure or level > deepest:
            out.append(level)   # unsure, or deeper than the model's classes reach: the nesting stands
        elif mode == "absolute":   # the deepest class means 'that deep or deeper'
            got = int(part["classes"][best])
            out.append(max(got, level) if got == deepest else got)
        else:   # "shift": -1, 0, +1 from the rules' nesting, never above level 1
            out.append(max(1, level + int(part["classes"][best])))
    return found, out
