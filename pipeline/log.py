"""Progress and warnings, on stderr.

Levels: `info` is progress (one line per stage, shown unless -q); `debug` is detail
(-v); `warn` is something the user should know about the result, always with a
location. Warnings are also collected so tests can assert on them and `--strict`
can turn them into a failure.
"""
from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

logger = logging.getLogger("pipeline")

# The document being worked on. In a batch, lines of several documents interleave (and come
# from several processes), so every line must say which document it is about; the stages
# and renderers need not know it: a line that does not name the document gets its name.
_document: ContextVar[str] = ContextVar("document", default="")
_LEVEL_WORDS = ("warning: ", "error: ")


@contextmanager
def about(name: str) -> Iterator[None]:
    """Every line logged inside names document `name` (its stem)."""
    token = _document.set(name)
    try:
        yield
    finally:
        _document.reset(token)


def named(name: str, message: str) -> str:
    """`message` with the document's name after any 'warning: '/'error: ', unless it names it."""
    if not name or re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", message):
        return message
    word = next((w for w in _LEVEL_WORDS if message.startswith(w)), "")
    return f"{word}{name}: {message[len(word):]}"


class _NameTheDocument(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        name = _document.get()
        if name:
            message = record.getMessage()
            record.msg, record.args = named(name, message), ()
        return True


logger.addFilter(_NameTheDocument())


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


class _LineFormatter(logging.Formatter):
    """On a terminal each line first clears the line it lands on: a progress bar may be drawn
    there (by this process or, in a batch, by the parent while a worker writes), and a log
    line must never start after the bar's text. Every line ends with a newline (the handler's)."""

    def format(self, record: logging.LogRecord) -> str:
        return "\r\x1b[2K" + super().format(record)


def stderr_handler(stream=None) -> logging.Handler:
    """The CLI's handler: message only, on stderr; see _LineFormatter for a terminal."""
    import sys

    stream = stream or sys.stderr
    handler = logging.StreamHandler(stream)
    tty = getattr(stream, "isatty", lambda: False)()
    handler.setFormatter(_LineFormatter("%(message)s") if tty else logging.Formatter("%(message)s"))
    return handler

