"""Read a PDF as a reader would: page labels, outline, page texts, fonts."""
from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pypdfium2 as pdfium
from pypdf import PdfReader

LEADER = re.compile(r"^(?P<title>.+?)[\s·.…]*(?P<page>\d+)\s*$")


def page_texts(path: Path) -> list[str]:
    pdf = pdfium.PdfDocument(str(path))
    try:
        return [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    finally:
        pdf.close()


def page_labels(path: Path) -> list[str]:
    return list(PdfReader(str(path)).page_labels)


def outline_entries(reader: PdfReader) -> list[tuple[int, str, int]]:
    """(depth, title, page index of its destination) for every bookmark, depth first."""
    out = []

    def walk(items, depth):
        for item in items:
            if isinstance(item, list):
                walk(item, depth + 1)
            else:
                out.append((depth, item.title, reader.get_destination_page_number(item)))

    walk(reader.outline, 1)
    return out


def outline(path: Path) -> list[tuple[int, str, str]]:
    """(depth, title, page label of its destination) for every bookmark, in order."""
    reader = PdfReader(str(path))
    labels = reader.page_labels
    return [(depth, title, labels[index]) for depth, title, index in outline_entries(reader)]


def toc_entries(path: Path, heading: str, stop: tuple[str, ...] = ("图表目录", "ListofFiguresandTables")
                ) -> list[tuple[str, str]]:
    """(entry text, printed page number) from the front-matter list headed `heading`, up to a `stop` heading."""
    texts, labels = page_texts(path), page_labels(path)
    entries, inside, pending = [], False, ""
    for text, label in zip(texts, labels):
        if label == "1":
            break
        for line in (l.strip() for l in text.splitlines()):
            squashed = re.sub(r"\s", "", line)
            if not squashed:
                continue
            if squashed == heading:
                inside, pending = True, ""
                continue
            if not inside:
                continue
            if squashed in stop:
                return entries
            m = LEADER.match(pending + line)
            if m and re.search(r"[·.…]{2,}|\s\d+$", line):
                entries.append((re.sub(r"\s+", "", m.group("title")), m.group("page")))
                pending = ""
            elif re.fullmatch(r"[ivxlc]+", squashed):
                continue   # a folio
            else:
                pending += line
    return entries


def fonts(path: Path) -> list[dict]:
    """pdffonts' table as dicts with 'name', 'type', 'emb', 'sub', 'uni'."""
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    rows = []
    for line in out.splitlines()[2:]:
        parts = line.split()
        # name type [type words…] encoding emb sub uni object ID
        rows.append({"name": parts[0], "emb": parts[-5], "sub": parts[-4], "uni": parts[-3]})
    return rows
