"""What a document's language tag (BCP 47, as in the XML's xml:lang) tells a stage.

    from pipeline.lang import cjk
    cjk("zh-CN"), cjk("ja"), cjk("en")   # True, True, False

One rule, so that every edition agrees on which documents are set as Chinese, Japanese
or Korean text: the ideographic space between an office and a name, CJK fonts, breaks
between any two characters.
"""
from __future__ import annotations


def cjk(lang: str) -> bool:
    """The tag names Chinese, Japanese or Korean."""
    return lang.lower().startswith(("zh", "ja", "ko"))
