"""Progress and warnings, on stderr.

Levels: `info` is progress (one line per stage, shown unless -q); `debug` is detail
(-v); `warn` is something the user should know about the result, always with a
location. Warnings are also collected so tests can assert on them and `--strict`
can turn them into a failure.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass

logger = logging.getLogger("pipeline")


@dataclass(frozen=True)
class Warning_:
    location: str     # e.g. "hexi-2010.txt:12" or "render/pdf"
    message: str

    def __str__(self) -> str:
        return f"{self.location}: {self.message}" if self.location else self.message


collected: list[Warning_] = []


def warn(message: str, location: str = "") -> None:
    w = Warning_(location, message)
    collected.append(w)
    logger.warning("warning: %s", w)


def info(message: str, *args) -> None:
    logger.info(message, *args)


def debug(message: str, *args) -> None:
    logger.debug(message, *args)
