"""One linear model's class probabilities: the learned pieces (the cleaner's edge-chrome rule, the title
ranker, the line labeller) are multinomial logistic models over sparse named features, trained by
scripts/train*.py and shipped as JSON ({'classes': [...], 'weights': {feature: [w per class]}}).

    probabilities(part, {"len=short": 1.0, "end=none": 1.0})   # -> [P(class) for class in part["classes"]]

Plain Python, no numpy: inference runs in every build, training only in `make train`."""
from __future__ import annotations

import math


def probabilities(part: dict, feats: dict[str, float]) -> list[float]:
    """Softmax of the weighted feature sums, one per class, in the order of part['classes']."""
    weights = part["weights"]
    totals = [0.0] * len(part["classes"])
    for name, value in feats.items():
        row = weights.get(name)
        if row:
            for k, w in enumerate(row):
                totals[k] += w * value
    top = max(totals)
    exp = [math.exp(t - top) for t in totals]
    norm = sum(exp)
    return [e / norm for e in exp]


def probability(part: dict, feats: dict[str, float], label: str) -> float:
    """P(label) of one example under the model part."""
    return probabilities(part, feats)[part["classes"].index(label)]
