"""Dates the editions print and stamp: one place for SOURCE_DATE_EPOCH and the document's date."""
from __future__ import annotations

import os
import re
from datetime import datetime, timezone

ZIP_MIN_EPOCH = 315532800   # 1980-01-01, the earliest date a zip entry can hold
_ISO = re.compile(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


def source_date_epoch(date: str) -> int:
    """SOURCE_DATE_EPOCH if set, else the document's own ISO date, else 1980-01-01.

    Every timestamp in every edition comes from here, so a rebuild is byte-identical.
    """
    env = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if env.isdigit():
        return int(env)
    m = _ISO.fullmatch(date.strip())
    if m:
        try:
            stamp = datetime(int(m[1]), int(m[2] or 1), int(m[3] or 1), tzinfo=timezone.utc).timestamp()
            return max(ZIP_MIN_EPOCH, int(stamp))
        except ValueError:
            pass
    return ZIP_MIN_EPOCH


def human_date(date: str, lang: str) -> str:
    """2010-01-08 -> 2010年1月8日 (Chinese) or 8 January 2010 (others); other forms unchanged."""
    m = _ISO.fullmatch(date.strip())
    if not m:
        return date
    year, month, day = m[1], m[2], m[3]
    if lang.lower().startswith("zh"):
        return f"{year}年" + (f"{int(month)}月" if month else "") + (f"{int(day)}日" if day else "")
    parts = ([str(int(day))] if day else []) + ([_MONTHS[int(month) - 1]] if month and 1 <= int(month) <= 12 else [])
    return " ".join(parts + [year])
