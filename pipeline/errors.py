"""Every user-facing failure, with its sentence and its exit code.

The CLI catches `PipelineError` once and prints ``error: <message>`` on one line.
Anything else that escapes is an internal error (exit 1) and is reported the same
way, with a hint to rerun with ``--debug`` for the traceback.

| code | meaning                                                          |
|------|------------------------------------------------------------------|
| 0    | success                                                          |
| 1    | internal error (a bug): one line, rerun with --debug              |
| 2    | usage error (click's own)                                        |
| 3    | input error: missing, unreadable, not text, too large, undecodable, empty after cleaning |
| 4    | output error: cannot write the result                            |
| 5    | a system dependency is missing (font, library, program)          |
| 6    | verification failed: an edition lost text or shows a missing glyph |
"""
from __future__ import annotations


class PipelineError(Exception):
    """Base class: a message a user can act on, and a stable exit code."""

    exit_code = 1

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class InputError(PipelineError):
    """The input cannot be turned into a document."""

    exit_code = 3


class OutputError(PipelineError):
    """A result cannot be written where it was asked for."""

    exit_code = 4


class DependencyError(PipelineError):
    """A piece of the system is missing; the message names it and how to install it."""

    exit_code = 5

    def __init__(self, what: str, install: str):
        super().__init__(f"{what} is missing; install it with: {install}")
        self.what = what
        self.install = install


class VerifyError(PipelineError):
    """An edition does not contain the document's text."""

    exit_code = 6


class SchemaError(PipelineError):
    """An XML intermediate does not match the schema the project ships.

    Reading a user-given file that is invalid is an input problem (exit 3);
    the pipeline producing one would be a bug, reported the same way.
    """

    exit_code = 3


class UsageError(PipelineError):
    """The command line asks for something impossible (same code as click's own usage errors)."""

    exit_code = 2


class BatchError(PipelineError):
    """Some documents of a batch failed; each was reported as it happened."""

    def __init__(self, message: str, exit_code: int):
        super().__init__(message)
        self.exit_code = exit_code


class ClusterError(PipelineError):
    """The Dask scheduler given with --scheduler cannot be reached (a piece of the system missing)."""

    exit_code = 5
