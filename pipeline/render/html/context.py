"""What every handler may consult while the HTML is built."""
from __future__ import annotations

from dataclasses import dataclass, field

from ...lang import cjk
from ...options import Options

LABELS = {
    "zh": {"toc": "目录", "lof": "图表目录"},
    "en": {"toc": "Contents", "lof": "List of Figures and Tables"},
}


@dataclass
class Context:
    lang: str
    options: Options
    inline: bool = False          # inside mixed content (para, title, entry)
    depth: int = 0                # section nesting while rendering
    colnames: list[str] = field(default_factory=list)   # of the table being rendered
    missing: frozenset[str] = frozenset()                # chart files absent (Intermediate.missing)

    @property
    def cjk(self) -> bool:
        return cjk(self.lang)

    @property
    def labels(self) -> dict[str, str]:
        return LABELS["zh" if self.lang.lower().startswith("zh") else "en"]
