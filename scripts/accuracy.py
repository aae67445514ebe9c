"""Accuracy of the front half on the development corpus -> docs/accuracy.md.

    .venv/bin/python scripts/accuracy.py                 # every document, writes docs/accuracy.md
    .venv/bin/python scripts/accuracy.py --split dev     # only the tuning set, table on stdout

Why: rules that fit the shared samples can still fail on documents nobody tuned on (issue #11).
The corpus (`../shared/corpus`, or $PIPELINE_CORPUS) holds real documents with an editor's gold;
its own scorers (`score.py`, `score_figures.py`) are the judges, so this script only runs the
front half (decode -> clean -> structure -> figures -> xml, charts left out: they change no
score) and tabulates what the scorers print. The split is fixed for the whole team: documents
are tuned on in DEV and measured, never read, in HELD_OUT.
"""
from __future__ import annotations

import argparse
import contextlib
import difflib
import importlib.util
import io
import json
import os
import sys
import re
import tempfile
import types
import unicodedata
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

DEV = ("a1_yunnan", "a3_hainan", "b2_national_2007", "c1_prc_constitution", "e1_baike",
       "s01_ningxia", "s03_guangdong", "s06_national_2009", "d4_rfc4648", "f1_cweb_manual",
       "s10_alice")
HELD_OUT = ("a2_shaanxi", "a5_qinghai", "b1_national_1985", "b4_national_2020",
            "d1_sherlock_holmes", "d2_udhr", "d5_wikipedia_noise")
SPLITS = ("dev", "held-out", "extra")
# Documents the team added from other sources (never from the repositories the shared corpus
# names), with gold written by reading them: tuned on like DEV. tests/corpus/extra/README.md says
# where each came from.
EXTRA = REPO / "tests" / "corpus" / "extra"


def corpus_dir() -> Path:
    """$PIPELINE_CORPUS, else the shared folder beside the clone (CI keeps a copy of shared/ there)."""
    return Path(os.environ.get("PIPELINE_CORPUS") or REPO.parent / "shared" / "corpus")


def split_of(doc_id: str) -> str:
    """'dev', 'held-out', 'extra' or 'other' (a document added to the corpus after the split was fixed)."""
    if (EXTRA / "docs" / f"{doc_id}.txt").exists():
        return "extra"
    for split, prefixes in (("dev", DEV), ("held-out", HELD_OUT)):
        if any(doc_id == p or doc_id.startswith(p + "_") for p in prefixes):
            return split
    return "other"


def documents(corpus: Path, split: str = "all") -> list[Path]:
    """The documents of `split` ('all', 'dev', 'held-out', 'extra') that have a gold file."""
    docs = [p for folder in (corpus, EXTRA) for p in sorted((folder / "docs").glob("*.txt"))
            if gold_of(p).exists()]
    return [p for p in docs if split == "all" or split_of(p.stem) == split]


def gold_of(source: Path) -> Path:
    """A document's gold: `gold/<stem>.json` beside its `docs/` folder."""
    return source.parent.parent / "gold" / f"{source.stem}.json"


def front_half_xml(source: Path, structure: dict | None = None, cleaned=None) -> bytes:
    """decode -> clean -> structure -> figures -> xml in-process, as `pipeline xml` does, without charts.
    `structure`: keyword arguments for structure_document (e.g. the learned labeller and its model);
    `cleaned`: the source's clean_text output when the caller already has it (scripts/train.py
    scores one document under many models and cleans it once)."""
    from pipeline.clean import clean_text
    from pipeline.decode import decode_bytes, read_source
    from pipeline.docbook import build_docbook
    from pipeline.figures import extract_figures
    from pipeline.model import Figures
    from pipeline.options import Options
    from pipeline.structure import structure_document

    if cleaned is None:
        options = Options()
        decoded = decode_bytes(read_source(source, options.max_size), name=source.name,
                               errors=options.decode_errors, max_size=options.max_size)
        cleaned = clean_text(decoded.text, source_file=source.name)
    document = structure_document(cleaned, **(structure or {}))
    return build_docbook(document, Figures(extract_figures(document), ()), chart_dir=f"{source.stem}.charts")


class _LcsMatcher:
    """A stand-in for the scorer's `difflib.SequenceMatcher(None, a, b, autojunk=False)`.

    score.py sums the sizes of the matching blocks to measure the body kept; difflib's search is
    quadratic on long Latin texts (minutes on a 100 KB PDF extraction). The longest common
    subsequence (rapidfuzz, bit-parallel) is the exact optimum of that sum: it equals difflib's
    result when difflib finds the optimum and exceeds it by the characters difflib's greedy
    block search misses. `--exact` keeps difflib.
    """

    def __init__(self, isjunk, a, b, autojunk=False):
        self.a, self.b = a, b

    def get_matching_blocks(self):
        from rapidfuzz.distance import LCSseq
        return [difflib.Match(0, 0, LCSseq.similarity(self.a, self.b)), difflib.Match(len(self.a), len(self.b), 0)]


def _scorer(corpus: Path, name: str, exact: bool = False):
    spec = importlib.util.spec_from_file_location(f"corpus_{name}", corpus / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    if not exact and hasattr(module, "difflib"):
        module.difflib = types.SimpleNamespace(SequenceMatcher=_LcsMatcher)
    return module


DB = "{http://docbook.org/ns/docbook}"
ESCAPE = re.compile(r"<U\+[0-9A-Fa-f]{4,6}>")
SPACE = re.compile(r"[\s\u3000\xa0\u200b\ufeff]+")


def _norm(s: str) -> str:
    return SPACE.sub("", unicodedata.normalize("NFKC", s or ""))


def source_text(source: Path, gold: dict) -> str:
    """The source as score.py decodes it (the gold's `encoding`, else UTF-8 with replacements)."""
    raw = source.read_bytes()
    enc = gold.get("encoding", "utf-8")
    try:
        return raw.decode({"utf-8-sig": "utf-8"}.get(enc, enc))
    except (UnicodeDecodeError, LookupError):
        return raw.decode("utf-8", "replace")


def body_letters(src: str, gold: dict) -> tuple[str, list[int]]:
    """The gold body as score.py builds it (lines not boilerplate, NFKC, no space, letters and
    digits only) and, for each letter, its 1-based source line number."""
    lines = src.lstrip("\ufeff").splitlines()
    if "boilerplate_line_numbers" in gold:
        bad = set(gold["boilerplate_line_numbers"])
        keep = [(i, l) for i, l in enumerate(lines, 1) if i not in bad]
    else:
        bl = {_norm(b) for b in gold.get("boilerplate_lines", [])}
        keep = [(i, l) for i, l in enumerate(lines, 1) if _norm(l) not in bl]
    letters, where = [], []
    for number, line in keep:
        for ch in _norm(ESCAPE.sub("", line)):
            if ch.isalnum():
                letters.append(ch)
                where.append(number)
    return "".join(letters), where


def xml_letters(xml: bytes) -> str:
    """The XML's letters as score.py reads them (generated appendices left out)."""
    from lxml import etree
    root = etree.fromstring(xml, etree.XMLParser(resolve_entities=False, no_network=True))
    text = "".join("".join(el.itertext()) for el in root
                   if not (el.tag == DB + "appendix" and el.get("role", "") in ("figures-appendix", "generated")))
    return "".join(c for c in _norm(ESCAPE.sub("", text)) if c.isalnum())


def letters_absent(body: str, xml: str) -> int:
    """Body letters that stand NOWHERE in the XML, whatever the order: for each letter, how many
    more times the body holds it than the XML does (a multiset difference).

    Why beside `body kept`: the scorer counts letters found in order, so a speaker's name the
    schema puts before the speaker's office, or a title line moved into <info>, counts as lost
    although every letter is there. This counts only what is gone (dropped or changed, e.g. a
    letter whose case was changed). It is a lower bound: a lost letter the XML also holds as an
    extra copy elsewhere (a leaked line, a generated word) is not counted."""
    return sum((Counter(body) - Counter(xml)).values())


def _json_of(fn, *args) -> dict:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        fn(*args)
    return json.loads(out.getvalue().strip().splitlines()[-1])


def score_document(source: Path, corpus: Path | None = None, *, exact: bool = False,
                   structure: dict | None = None, cleaned=None) -> dict:
    """One row: the structure scorer's JSON (+ `figures_recall` where the gold has figures) and the split."""
    from pipeline import log

    corpus = corpus or corpus_dir()
    gold = gold_of(source)
    with tempfile.TemporaryDirectory(prefix="accuracy-") as tmp, _quiet(log):
        xml = Path(tmp) / f"{source.stem}.xml"
        data = front_half_xml(source, structure, cleaned)
        xml.write_bytes(data)
        row = _json_of(_scorer(corpus, "score", exact).main, str(xml), str(gold), str(source))
        if json.loads(gold.read_text(encoding="utf-8")).get("figures"):
            figures = _json_of(_scorer(corpus, "score_figures").main, str(xml), str(gold))
            row["figures_recall"] = figures.get("recall")
    gold_json = json.loads(gold.read_text(encoding="utf-8"))
    row["letters_absent"] = letters_absent(body_letters(source_text(source, gold_json), gold_json)[0], xml_letters(data))
    row["doc"] = source.stem
    row["split"] = split_of(source.stem)
    row["lang"] = json.loads(gold.read_text(encoding="utf-8")).get("lang", "")
    return row


@contextlib.contextmanager
def _quiet(log_module):
    """The pipeline's warnings go to stderr; a table of 18 documents should not drown in them."""
    with contextlib.redirect_stderr(io.StringIO()):
        yield


COLUMNS = (("document", "doc"), ("split", "split"), ("heading F1", "F1"), ("F1 text", "F1_text"),
           ("title ok", "title_ok"), ("leaks", "boilerplate_leaks"), ("lead P", "lead_precision"),
           ("lead R", "lead_recall"), ("body kept", "body_chars_kept"), ("figures", "figures_recall"),
           ("letters absent", "letters_absent"))
MEANS = ("F1", "F1_text", "title_ok", "boilerplate_leaks", "lead_precision", "lead_recall",
         "body_chars_kept", "figures_recall", "letters_absent")


def _cell(value) -> str:
    if value is None:
        return "–"
    if isinstance(value, bool):
        return "yes" if value else "**no**"
    if isinstance(value, float):
        return f"{value:.4f}".rstrip("0").rstrip(".") if value not in (0.0, 1.0) else f"{value:.1f}"
    return str(value)


def means(rows: list[dict]) -> dict:
    out = {}
    for key in MEANS:
        values = [float(r[key]) for r in rows if r.get(key) is not None]
        out[key] = round(sum(values) / len(values), 3) if values else None
    return out


def table(rows: list[dict]) -> str:
    head = "| " + " | ".join(c for c, _ in COLUMNS) + " |\n|" + "---|" * len(COLUMNS) + "\n"
    body = "".join("| " + " | ".join(_cell(r.get(k)) for _, k in COLUMNS) + " |\n" for r in rows)
    summary = ["\n**Means per split** (title ok: share of documents; leaks: per document)\n\n"
               "| split | documents | heading F1 | F1 text | title ok | leaks | lead P | lead R | body kept | figures | letters absent |\n"
               "|---|---|---|---|---|---|---|---|---|---|---|\n"]
    for split in SPLITS + ("other",):
        part = [r for r in rows if r["split"] == split]
        if part:
            m = means(part)
            summary.append(f"| {split} | {len(part)} | " + " | ".join(_cell(m[k]) for k in MEANS) + " |\n")
        for lang in sorted({r.get("lang", "") for r in part} - {""}):
            sub = [r for r in part if r.get("lang") == lang]
            if len(sub) < len(part):
                m = means(sub)
                summary.append(f"| {split} · {lang} | {len(sub)} | " + " | ".join(_cell(m[k]) for k in MEANS) + " |\n")
    return head + body + "".join(summary)


HEADER = """# Accuracy of the front half on the development corpus

Generated by `make accuracy` (`scripts/accuracy.py`): `pipeline xml` on every document of
`{corpus}`, scored by the corpus's own `score.py` (and `score_figures.py` where the gold lists
figures). Do not edit by hand.

- **split**: `dev` documents were read and tuned on; `held-out` documents were never opened while
  tuning and are scored only to report (issue #11); `extra` documents were added by the team from
  other sources, with gold written by reading them (`tests/corpus/extra/README.md`), and tuned on.
- **heading F1**: headings matched on (text, level); **F1 text**: on text only.
- **title ok**: the title equals the gold title or one of its alternatives.
- **leaks**: distinct gold boilerplate lines found in the XML more often than in the kept text.
- **lead P / R**: precision and recall of run-in leads and run-in headings.
- **body kept**: share of the body's letters and digits found in order in the XML (their longest
  common subsequence; `--exact` uses the scorer's slower difflib blocks, which can only be lower).
  `scripts/body_lost.py DOC` prints the runs of body letters a dev or extra document loses, with
  their source lines (it refuses held-out documents).
- **figures**: share of the gold key figures marked as statistics.
- **letters absent**: how many of the body's letters and digits stand NOWHERE in the XML, in any
  order (for each letter, how many more copies the body holds than the XML; a lower bound, since an
  extra copy elsewhere, e.g. a leaked line, hides one). `body kept` counts letters found in order,
  so it also counts as lost what is only reordered: a title line becomes `<info><title>`, a
  dateline printed above the title moves under it. `letters absent` 0 with `body kept` below
  1.0 means nothing is gone, only moved; above 0, letters were dropped or changed (a case change
  counts). The per-split mean is per document.
- **structure**: the default, the rules alone; `scripts/accuracy.py --structure learned` scores the
  learned line labeller over them (`docs/structure.md`).
- Means per split are also given per language (`zh`, `en`): the Chinese and English kinds were
  worked on separately.

Before the issue #11 work (commit f6579c4) the dev mean heading F1 was 0.491 (text only 0.628,
titles 64 %, 19.3 leaks per document) and the held-out mean about 0.28. The held-out documents
were scored twice while the Chinese rules were written (midway, means only; and for this table).
The structdev rules (contents-list depths, depth marks, page-dump footers, two-clause leads) were
chosen on dev documents only; the held-out set was scored once midway (per-document scores, read
as a report) and for this table.

The stop after that added the `extra` split (22 documents from other sources, gold written by
reading; rules tuned on dev + extra and on made-up variants of the phenomena the issue and the
corpus README describe). Held-out per-document scores were read at the end of each engineer's
round; `tests/corpus/floors.json` also guards the held-out documents, and three times a held-out
floor test failed while a rule was being tried: one rule was reverted for it (a label-less
contents list, d1's body kept), one was withdrawn and its failure message showed a2's title (a
repeated-headline rule), and one was kept with d5's body-kept floor lowered 0.996 -> 0.9957 (the
starred Contents box, which removes 14 leaked lines). From the second round on, engineers ran the
held-out floor tests only once, at the end.

**The unseen measure** (the stop of 2026-11-29, issue #11): the held-out means overstate what a new
kind of document gets, because the corpus README describes the held-out documents' phenomena and
rules were written for those descriptions. So 19 new documents of kinds not yet in the corpus
(`xn1`-`xn19`: licences, a novel's front matter, text from PDFs incl. a two-column page, portal and
forum pages, a press conference, a white paper, an Australian Act, an address with applause marks,
a notice with its annex) were scored once **before** any rule was written for them. First means
of heading F1: 0.436 (xn1-8), 0.465 (xn9-15), 0.208 (xn16-19) — the level of the team's hidden
measure (0.42), not of the held-out split. Their later scores (rows above) are tuned. Held-out
floors failed twice in that stop and both were answered by narrowing or lowering, never by reading
the documents: an acronym title-casing rule failed d1's title and was narrowed (a word the prose
also writes in lower case is not an acronym); the mojibake repair lowered d5's body kept 0.9957 ->
0.9937 (the scorer counts the garbled letters that were repaired) and the floor was lowered.
In the next stop (branch unseen) eight more documents of the hidden measure's own kinds (`xu1`-`xu8`:
central-portal letters printed to PDF, flattened by html2text and to text nodes, a county portal page
copied from the browser, an English charter page printed to PDF, three English licences) scored at
first sight 0.446 heading F1 (text only 0.538), titles 5 of 8, 31 leaked lines, body kept 0.9959.
After the general rules written for what they showed (their rows above are tuned): 0.917, titles 8
of 8, 1 leak. A ninth (`xu9`, a treaty as a markdown export) added later read 0.0 at first sight
with those rules in place, 0.966 after; over all nine, first sight 0.396, after 0.922.
In the same stop a second engineer's round (`xm1`-`xm8`: a law as a database field and one as a Markdown list, a U.S. bill as
the GPO prints it, an Australian Act as AustLII prints it, a speech on a school portal, a policy
opinion with no title line, a city report in Traditional characters with English paragraphs, one
flattened onto a single line) first read mean heading F1 0.521 (text 0.562), titles 3 of 8, 131
leaks, body kept 0.9988 (tests/corpus/extra/README.md); after the rules they prompted 0.875, 8 of 8,
0 leaks, dev and the other extra documents unchanged.
A third round (branch unseen3, `xj1`-`xj6`: six portal pages from the stored-web-pages corpus — a
notice issuing a plan with its contents box, county working rules under a bulleted metadata box, two
county statistical bulletins, a speech page showing its text twice, a notice with its opinion in
Traditional characters with pinyin) read at first sight heading F1 0.857 / 0.667 / 0.667 / 0.667 /
0.0 / 0.0, mean 0.476 (text only 0.610), titles 3 of 6, 15 leaks, body kept 0.925 (xj5 0.549).
After the general rules they prompted: 1.0 on all six, titles 6 of 6, 0 leaks, body kept 0.997 (xj6
0.9835: reordered, no letter absent), dev and the other extra documents unchanged. xj5's gold was
corrected after first sight (the page's second copy is boilerplate; first sight against it: 0.0, no,
3 leaks, 0.685).
A fourth Chinese round (branch unseen4, `xt1`-`xt10`: a 1994 national report on a wiki mirror, a
provincial notice on a document-sharing site, provincial rules on an encyclopedia mirror, fund
measures extracted from a PDF, a 2003 BBS repost, a district report on an essay site, a 1950s
closing speech on a library catalogue page, a news portal page, a district portal item, a
university notice printed to PDF by Chromium) read at first sight heading F1 0.667 / 0.0 / 0.8 /
1.0 / 0.0 / 0.667 / 0.0 / 0.0 / 1.0 / 0.0, mean 0.413 (text only 0.480), titles 6 of 10, 27 leaks,
body kept 1.0, lead recall 0.8. After the general rules they prompted: 1.0 on all ten, titles 10 of
10, 0 leaks, body kept 0.981, dev and the other extra documents unchanged; two more added after those
rules (`xt12`, `xt13`, a check) read 0.0 and 1.0 with 4 leaks at first sight, 1.0 and 0 after.
A fourth round (branch unseen5, `xv1`-`xv8`: an Act with its arrangement of sections, an EU
proposal with indented blocks, a Gutenberg novel in the 2025 layout, a budget speech page with no title
line, and four texts printed to PDF and extracted with pdftotext — Chromium's own head and foot, a
two-column page, two Chinese 公文) read at first sight heading F1 0.364 / 0.0 / 1.0 / 0.0 / 0.5 / 0.0
/ 0.0 / 1.0, mean 0.358 (text only 0.432), titles 1 of 8, 57 leaks, body kept 1.0. After the general
rules they prompted 0.821 (six of eight 1.0; xv5 0.571, xv6 0.0: a two-column page's reading order),
titles 7 of 8, 2 leaks, dev and the other extra documents unchanged. A ninth (`xv9`, an Indian
Act printed from a browser) scored at first sight with those rules in place read 1.0 heading F1 but
no title and run-in recall 0.0; after the rules it prompted 1.0 / yes / 1.0.
A fifth Chinese round (branch unseen6, `xy1`-`xy8`: a 1996 national report on a history portal,
a 1999 city report on a chronicle database, a 2014 provincial 实施意见 and a 2004 notice issuing
rules on law sites, a 2023 notice issuing a plan in Traditional characters, a 2009 条例 with its
announcement, a speech on an essay site, a 2024 notice page printed to PDF by Chromium) read at
first sight heading F1 0.5 / 1.0 / 1.0 / 0.0 / 1.0 / 0.0 / 0.0 / 0.667, mean 0.521 (text only
0.646), titles 6 of 8, 6 leaks, body kept 0.996 (same run: dev 0.997, the other 97 extra 0.947).
After the general rules they prompted: 1.0 on all eight, titles 8 of 8, 0 leaks, body kept 0.995,
dev and the other extra documents unchanged; two more added after those rules (`xy9`, `xy10`, a
check) read 1.0 and 0.0 with 2 leaks at first sight, 1.0 and 1.0 after (xy10's body kept 0.850).
A fifth English/PDF round (branch unseen7, `xi1`-`xi6`: a UK Act as pdftotext gives the official PDF,
a Chinese law and a two-column government guide and a bylaws page with a rotated watermark printed from
Chromium, a UN resolution inside a README's `<details>`, a Gutenberg novel with every blank line removed)
read at first sight, with the xt, xv and perturb rules in place, heading F1 0.167 / 1.0 / 1.0 / 0.0 /
0.545 / 0.667, mean 0.563 (text only 0.563), titles 3 of 6, 32 leaks, body kept 0.990 (same run: dev
0.997, the other 97 extra documents 0.947).
After the general rules they prompted: 0.929 / 1.0 / 1.0 / 1.0 / 1.0 / 1.0, mean 0.988, titles 6 of 6,
2 leaks, body kept 0.995, dev and the other extra documents unchanged. Four of the failures were kinds
earlier rounds met (a running head over the title, a two-column page, a Gutenberg header variant,
README tag lines). A seventh (`xi7`, a plain-language legislation page) scored at first sight with
those rules in place read 0.0 heading F1 and 10 leaks; 0.667 and 4 after the two rules it prompted.
Over all seven: first sight 0.483, after 0.942.
A seventh Chinese round (branch unseen8, `xl1`-`xl8`: two CPPCC standing committees' work reports,
an NPC standing committee's report on mobile Wikisource, a city congress's call for comments with its
draft 条例, a briefing transcript, a press conference Q&A, an essay site's work summary and work plan)
read at first sight heading F1 1.0 / 0.5 / 0.667 / 0.167 / 0.0 / 0.0 / 0.5 / 1.0, mean 0.479 (text only
0.562; 0.396 against two golds corrected after first sight, tests/corpus/extra/README.md), titles 5 of 8, 17 leaks, body kept 0.987 (same run: dev 0.997, the other 114 extra 0.952).
After the general rules they prompted: 1.0 on all eight, titles 8 of 8, 0 leaks, body kept 0.985, dev
and the other extra documents unchanged; a ninth (`xl9`, a news page printed on one sheet by Chromium)
scored at first sight with those rules read 0.0 with 2 leaks, 0.0 with 1 after (a photo's caption
taken as a heading). Over all nine: first sight 0.426, after 0.889. Most failures were kinds earlier
rounds met (Traditional chrome, a Wikisource header, a contents list, a counter, speaker labels).
A sixth English/PDF round (branch unseen9, `xs1`-`xs8`: a court judgment on a case-law site, the
English translation of a 2008 work report on a news page, a state constitution's article on a law
site, a Hansard debate page, and four pages printed to PDF by Chromium — a Chinese regulation, a
Canadian Act in two columns on one page, a UK press release, Chinese measures in `-layout` mode)
read at first sight, with every earlier round's rules in place, heading F1 0.0 / 0.667 / 0.0 / 0.0 /
1.0 / 0.0 / 1.0 / 0.0, mean 0.333 (text only 0.396), titles 3 of 8, 46 leaks, body kept 1.0 (same
run: dev 0.997, the other 114 extra documents 0.952) — the lowest first sight of the English rounds.
After the general rules they prompted: 0.0 / 1.0 / 1.0 / 1.0 / 1.0 / 1.0 / 1.0 / 1.0, mean 0.875,
titles 6 of 8, 4 leaks, body kept 0.997, dev and the other extra documents unchanged. Six of the
failures were kinds earlier rounds met (browser print furniture, a wrapped printed headline, speaker
lines, a contents list of provisions, a legislation site's labels, chrome over an English headline,
a title repeated under itself).
An eighth Chinese round (branch unseen10, `xx1`-`xx8`: a city high court's and two procuratorates'
work reports (an essay site, a portal's BIG5 gateway, a provincial congress site), a procuratorate
report's summary on a Traditional news portal, a district audit report with no title line, a 1999
amendment decision with the amended regulation's chapter list, a speech with a paywall notice, an
audit report printed to PDF by Chromium) read at first sight, with every earlier round's rules in
place, heading F1 0.333 / 0.5 / 0.4 / 1.0 / 0.4 / 0.0 / 1.0 / 1.0, mean 0.579 (text only 0.825),
titles 6 of 8, 15 leaks, body kept 0.998 (same run: dev 0.997, the other 131 extra 0.943).
After the general rules they prompted: 1.0 on all eight, titles 7 of 8 (xx4 has no title line),
0 leaks, body kept 0.998, dev and the other extra documents unchanged. Two more (`xx9`, `xx10`,
host scripts) scored at first sight with those rules read 1.0 and 0.0 (omission marks `……（完）`
taken as headings), 1.0 and 1.0 after; over all ten, first sight 0.563, after 1.0. Most failures
were kinds earlier rounds met (a report part's level over `一、`, Traditional chrome, a title
block printed twice, a contents list of parts, essay-site chrome).
An eighth Chinese round (branch unseen12, `xxp1`-`xxp8`: government portal pages copied with their
chrome from eight sites no earlier round used — three 公文 issuing rules or an opinion, a department's
performance report, a Traditional-script news page of a .gov.tw site, three news pages about work
reports on a congress portal, a county portal and a county bulletin, 2010-2025) read at first sight,
with every earlier round's rules in place, heading F1 1.0 / 0.5 / 1.0 / 0.667 / 0.0 / 0.0 / 0.0 / 0.0,
mean 0.396 (text only 0.458), titles 5 of 8, 11 leaks, body kept 1.0 (same run: dev 0.997, the other
131 extra 0.943): the 公文 pass, the news pages' heads fail (unknown chrome over the headline takes
the title and pushes the headline down to a false heading). After the general rules they prompted:
1.0 on all eight, titles 8 of 8, 0 leaks, body kept 1.0, dev and the other extra documents unchanged.
Four of the six failing documents were kinds earlier rounds met (chrome over the headline, a caption
under it taken as a heading, the title repeated under the headline, the issued annex). A ninth
(`xxp9`, a district portal's news page) scored at first sight with those rules read 0.0 with 4 leaks
(a trail split after its first item, pictures' file names), 1.0 with 0 after; over all nine: first
sight 0.352, after 1.0. Two more 公文 pages (`xxp10`, `xxp11`) read 1.0 and 0.5 at first
sight with all of them (a title only in the catalogue box), both 1.0 after; over eleven 0.424 → 1.0.
A seventh English/PDF round (branch unseen11, `xxe1`-`xxe8`: a Singapore bill on a legislation
site, one Part of a Singapore Act on the official statutes portal, a South African Act on a legal
information site, one Oregon statute section on a law site, an Irish Dail debate page, and three
pages printed to PDF by Chromium — a company's model articles, a Chinese State Council opinion, a
South African Act in two justified columns) read at first sight, with unseen8's and unseen9's rules
merged, heading F1 0.667 / 0.0 / 0.667 / 0.0 / 0.941 / 1.0 / 0.0 / 0.5, mean 0.472 (text only 0.472),
titles 3 of 8, 41 leaks, body kept 1.0 (same run: dev 0.997, the other 131 extra documents 0.943).
After the general rules they prompted: 0.857 / 1.0 / 1.0 / 1.0 / 0.941 / 1.0 / 1.0 / 1.0, mean 0.975,
titles 8 of 8, 14 leaks, body kept 0.996, dev unchanged, the other extra documents unchanged but xv5
(0.571 -> 0.667). Most failures were kinds earlier rounds met in another form (a contents list of
divisions, marginal notes without their label, a legislation site's labels, a printed title cut short,
a label-over-value box, an acronym title-cased, an Act's number line); new: a debate record's header.
A ninth Chinese round (branch unseen13, `xxn1`-`xxn8`: WORK REPORTS of other years and sites — a
county portal's 2011 report under its column label, a news portal's 2007 county report with no title
block, a document-sharing site's 2011 county report, a yearbook site's 2001 regional report, an
encyclopedia-style site's 1995 national report, a county disclosure system's 2011 report opening with
its dateline, an essay site's report template, a report's glossary page) read at first sight, with
every earlier round's rules in place, heading F1 0.667 / 1.0 / 0.4 / 0.667 / 0.4 / 1.0 / 0.667 / 1.0,
mean 0.725 (text only 0.725), titles 6 of 8, 13 leaks (10 against xxn5's gold corrected after first
sight: its infobox is content, as in e1 and xn8), body kept 0.999 (same run: dev 0.997, the other
152 extra 0.951). After the general rules they prompted: 1.0 on all eight, titles 8 of 8, 3 leaks
(xxn5: the site's summary, its outline labels kept as text), body kept 0.996, dev and the other
extra documents unchanged. Six of the nine phenomena behind the six failing documents were kinds
earlier rounds met (datelines and speaker lines not read as the title block — a damaged date, a
letter-spaced office, a dateline wrapped after 人民代表大会 —, chrome over the headline — a column
label, a trail item repeated —, a field label taken for a heading); new: a document viewer's
twice-numbered notices, a title block set as list bullets, a site's Arabic outline over the parts.
A ninth (`xxn9`, a TV site's BIG5-gateway page of the 2008 national report) scored at first sight
with those rules read 1.0 with the title wrong and 2 leaks (a worded font-size label over the
headline, a topic label in the byline), 1.0 with the title and 0 leaks after; over all nine: first
sight F1 0.756 (titles 6 of 9), after 1.0 (titles 9 of 9). A tenth (`xxn10`, a city report in
Traditional script on a news page printed to PDF by Chromium) read 1.0 with the title and 4 leaks (a
Traditional related box and copyright line), 0 leaks after; over all ten: first sight 0.780, titles
7 of 10, 19 leaks; after 1.0, titles 10 of 10, 3 leaks.
An eighth English/PDF round (branch unseen14, `xxl1`-`xxl8`: one section of a Hong Kong ordinance
on a legal-information site, a Kenyan Act in a law-reporting site's viewer, one US CFR section on the
official e-CFR, an English news page carrying a Chinese white paper, an English translation of the PRC
Constitution on a company site, a treaty PDF's transcript on a document-sharing site, and two pages
printed to PDF by Chromium — a Traditional-script provincial opinion in `-layout` mode, a think tank's
working paper with `1.0` heads) read at first sight, with unseen11's and unseen12's rules merged,
heading F1 0.667 / 0.571 / 1.0 / 0.0 / 0.0 / 0.0 / 0.8 / 1.0, mean 0.505 (text only 0.526), titles
1 of 8, 51 leaks, body kept 1.0 (same run: dev 0.997, the other 160 extra documents 0.952).
After the general rules they prompted: 1.0 on all eight (text only 1.0), titles 6 of 8, 7 leaks, body
kept 0.996, dev unchanged, the other extra documents unchanged but xs2 (1 leak -> 0). Most failures were
kinds earlier rounds met in another form (a contents list of parts under a translated label, a two-page
layout print's head and foot, a section number over its note, a one-section page, a legal site's bar and
version notice, a glued article number, a place-and-date imprint); new: a sharing site's viewer marks.

**Check sets** (issue #11; tests/corpus/extra/README.md has every document and number): from the stop
of 2026-11-30 on, new documents were also gathered by engineers who wrote no rule, and scored once at
first sight by the lead. Heading F1 / titles / leaks at first sight: check set 1 (`xxk`, `xxq`, 15
documents, after seven rule rounds) 0.457 / 4 of 15 / 60; check set 2 (`xxm`, `xxr`, 15) 0.421 / 4 of 15
/ 86; the night's check set 3 (`xxf`, `xxg`, 13) 0.331 / 7 of 13 / 181; check set 4 (`xxh`, `xxi`, 15)
0.535 / 5 of 15 / 64 before and 0.583 / 7 of 15 / 56 after the rules written for check set 3 (round6);
check set 5 (`xxs`, `xxt`, 16, after rounds 6 and 7) 0.412 / 8 of 16 / 49 (Chinese 0.596 and 6 of 8,
English 0.228 and 2 of 8). Each set was then a round's tuning set (its rows above are tuned), except
check set 5. The learned labeller over the same rules read lower on every set (check set 5: 0.386).
First sight stays at 0.33-0.60 while every tuned set reads 0.6-1.0: the rules carry to documents of a
kind and template already met (a site met before, another edition of a book met before) and rarely to
a new site's template. The stop of 2026-11-30 (day) went on the same way with four more check sets, each
gathered while the previous round's rules were being written and scored once after they were merged:
check set 6 (`xxu`, `xxv`, 16; after round 8, written for check set 5) 0.411 / 10 of 16 / 71; check set 7
(`xxw`, `xxy`, 16; after round 9 and the robust3 copy-form rules) 0.531 / 12 of 16 / 27; check set 8
(`xxz`, `xxj`, 16; after round 10) 0.701 / 10 of 16 / 26; check set 9 (`xxc`, `xxo`, 16; after round 11)
0.498 / 10 of 16 / 79. Chinese / English halves: 0.477 / 0.344, 0.688 / 0.375, 0.750 / 0.651, 0.773 / 0.223. The learned
labeller: 0.431, 0.521, 0.701, 0.531. Sets 6-9 average 0.535 at first sight against 0.76-0.94 after
their rounds. The Chinese halves rose set after set (0.48 -> 0.77, four sets of eight), the English
ones did not: Chinese pages share chrome kinds and numbering across sites, English legal and
government pages bring a new layout each time. Most check documents are about 2 KB (the stored
pages' limit).
The stop of 2026-11-30 (evening) kept one set blind all evening and scored four more as before, each
after the previous round's rules were merged (heading F1 / titles / leaks at first sight, Chinese /
English halves, then after its own round): check set 10 (`yq`, `yr`, 16) 0.602 / 10 of 16 / 44 (0.808
/ 0.396), 0.802 after round 13; check set 12 (`yu`, `yv`, 16) 0.733 / 7 of 16 / 33 (0.821 / 0.646),
0.823; check set 13 (`yw`, `yx`, 15) 0.510 / 8 of 15 / 33 (0.638 / 0.399), 0.861; check set 14 (`yy`,
`yz`, 18) 0.521 / 10 of 18 / 38 (0.764 / 0.278), 0.787. Check set 11 (`ys`, `yt`, 16), gathered at the
start and scored only after every rule of the evening (rounds 13-16, two cross-set rounds written
for the phenomena failing in two or more earlier documents): **0.658** / 8 of 16 / 15 (0.625 / 0.691),
0.772 after round 17. The learned labeller at first sight: 0.540, 0.750, 0.589, 0.521 and 0.720 on
check set 11 (English 0.816 against the rules' 0.691; on the five English halves it is ahead on three,
level on one, behind on one: the rules stay the default). First sight holds at 0.5-0.73 set after set:
the Chinese halves at 0.62-0.82, the English at 0.28-0.69.

**What body kept loses** (the bodykept stop, issue #11): every run of body letters a dev or extra
document lost (`scripts/body_lost.py`) was classified. Reordered, nothing gone (29 runs, 251
letters): a speaker `省长　王予波` whose name DocBook puts before the office, a title, dateline or
byline taken into `<info>` from under front-matter lines, headings a PDF's raw text order moved and
the structure stage put back. Truly dropped and fixed (8 runs, 41 letters): the title written
again under it (`政府工作报告` under a portal's `2026年…政府工作报告`, the same title twice, `## 国籍法`)
is now the title's `<titleabbrev>`. Changed, not fixed (14 runs, 77 letters): an English title in
capitals is title-cased in `<title>`; keeping the capitals means either showing them on every
edition's title page or title-casing in three renderers (two through pandoc reading the XML), a
decision left open. Gold questions (131 runs, 959 letters): Markdown and HTML markup (link and image
targets, attributes, a fence's language, a YAML key), wiki `[edit]` links and repaired mojibake, page
numbers pdftotext glued inside lines, and one bare ISO date over a title that two other golds mark as
boilerplate; the gold counts every letter of a kept line, the XML keeps the text, not its markup.
Dropped, not fixed (1 run, 2 letters): the `By` of a byline.

**Round r47** (2026-12-04, second session): check set 43 (`tz`, `xq`), blind through rounds r45 and r46 (0.685 each
time), was opened and its first-sight misses read: rules written for the phenomena behind them (an excerpt's contents
list set in at one indent, wiki templates alone on a line, a site menu glued into one capitals token, link addresses in
a summary copy's test, a credit line over an introduction, a Chinese print's title in its running head, a Chinese
article's subject in bold, an interview's question turns, a front matter's title made safe for a file name, an HTML
editor's default page title, sentences opening with a quotation or a count read as no parallel run of heads) took it to
0.796 (titles 10 -> 14 of 16, leaks 84 -> 51) and changed no other document
(ry3 aside, whose two head lines the retrained chrome model had stopped taking: the editor-title rule and a breadcrumb
label take them by rule). Check set 44 (`ka`, `kb`), gathered meanwhile by two helpers who wrote no rule, scored once
at the round's end: 0.633 (Chinese 0.571, English 0.688), titles 7 of 15, 35 leaks — the same on every document and
field with the rules of the session's start. First sight stays where it was.

**Rounds r48 and r49** (2026-12-04, third session): check set 44, blind through round r47 (0.633), was opened and its
misses read: rules for a forum post's BBCode source, a dot-leadered contents list nothing below repeats, a disclosure box's
bracketed field names, a line of bare provision labels, a CMS's `Body` label and the notice box over it, a document
site's uploader credit and page labels, a column's name before a breadcrumb, an issued document's title naming its maker
in full, a picture's caption over an article's lead and a site's cut headline over its cover took it to 0.867 (titles
7 -> 11 of 15, leaks 35 -> 4). Check set 45 (`kc`, `kd`), gathered meanwhile by two helpers who wrote no rule, scored
once at round r48's end: 0.424 (Chinese 0.457, English 0.391), titles 10 of 14, 67 leaks, the same with the rules of
the session's start; then opened for round r49: rules for an index of years that is no prose, a PDF reader's page
markers and a print's counter one space after its address, a line of CSS, an ad's slot, a release's `**ENDS**`, a
story's pager, a picture's placeholder, a Chinese wiki's redirect note, a browser's page title with the site's name, a
pipe table's rows without a leading pipe, a statistics table one cell a line, a numbered head over a paragraph whose
indent the print lost, initials in a title-cased title, a speech's occasion line, a letter's signature and a motion
moved took it to 0.578 (Chinese 0.714, English 0.441; titles 11 of 14, leaks 51). Two documents outside both sets
improved with them (vs4 leaks 5 -> 0, ut3 0.8 -> 1.0); no other changed on any field. Check set 46 (`ke`, seven Chinese documents;
its English half was not delivered), gathered during round r49 by a helper who wrote no rule, scored once at its end with
the retrained models: 0.612, titles 3 of 7 (two golds set no title), 19 leaks — the same on every document and field
with the rules and models of the session's start. Rules written on an opened set still move no unseen document.

"""


FLOOR_KEYS = ("F1", "F1_text", "title_ok", "boilerplate_leaks", "lead_precision", "lead_recall", "body_chars_kept")
FLOORS = REPO / "tests" / "corpus" / "floors.json"


def write_floors(rows: list[dict]) -> None:
    """Measured values per document, merged into floors.json; tests/corpus applies the margins."""
    from pipeline.atomic import write_atomic
    floors = json.loads(FLOORS.read_text(encoding="utf-8")) if FLOORS.exists() else {}
    for row in rows:
        floors[row["doc"]] = {k: row[k] for k in FLOOR_KEYS}
    text = json.dumps(dict(sorted(floors.items())), ensure_ascii=False, indent=1) + "\n"
    write_atomic(FLOORS, text.encode("utf-8"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("all",) + SPLITS, default="all")
    parser.add_argument("--out", type=Path, help="write the table here (default: docs/accuracy.md for --split all, else stdout)")
    parser.add_argument("--json", action="store_true", help="print one JSON line per document instead")
    parser.add_argument("--write-floors", action="store_true",
                        help="also record the measured values as tests/corpus/floors.json (review the diff)")
    parser.add_argument("--exact", action="store_true", help="body kept by the scorer's own difflib (minutes on long English texts)")
    parser.add_argument("--structure", choices=("learned", "rules"), default="rules",
                        help="the structure stage's heading finder: the rules alone (default), or the learned labeller over them")
    args = parser.parse_args(argv)
    corpus = corpus_dir()
    if not (corpus / "score.py").exists():
        print(f"error: no corpus at {corpus} (set PIPELINE_CORPUS)", file=sys.stderr)
        return 3
    sys.path.insert(0, str(REPO))
    structure = {"structure": args.structure}
    rows = [score_document(doc, corpus, exact=args.exact, structure=structure) for doc in documents(corpus, args.split)]
    if args.json:
        for row in rows:
            print(json.dumps(row, ensure_ascii=False))
        return 0
    if args.write_floors:
        write_floors(rows)
    text = HEADER.format(corpus="../shared/corpus") + table(rows)
    write_report(text, args.out or (REPO / "docs" / "accuracy.md" if args.split == "all" else None))
    return 0


def write_report(text: str, out: Path | None) -> None:
    """The generated page written atomically to `out`, or printed when there is none (perturb.py too)."""
    if out is None:
        print(text)
        return
    from pipeline.atomic import write_atomic
    write_atomic(out, text.encode("utf-8"))
    print(f"wrote {out}")


if __name__ == "__main__":
    sys.exit(main())
