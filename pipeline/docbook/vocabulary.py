"""The closed vocabulary of the XML intermediate, named once (docs/intermediate.md).

`schema.rng` allows exactly these elements (a test keeps the two in step); writers,
readers and renderers use these names instead of string literals of their own.
"""
from __future__ import annotations

import re

#: every DocBook element the intermediate may contain
ELEMENTS = frozenset({
    # document and title page
    "article", "info", "title", "titleabbrev", "subtitle", "author", "personname", "honorific", "othername", "orgname",
    "affiliation", "jobtitle", "date", "bibliosource", "bibliomisc",
    # body
    "section", "para", "formalpara", "phrase",
    # a Markdown text's inline markup: *italic*, **bold** (role="bold"), `code`
    "emphasis", "literal",
    # verbatim blocks: a code listing, laid-out text (ASCII art, aligned columns)
    "programlisting", "literallayout",
    # a list, one item a line, each item's marker written in its own text
    "itemizedlist", "listitem",
    # the figures appendix
    "appendix", "table", "tgroup", "colspec", "thead", "tbody", "row", "entry", "link",
    "figure", "mediaobject", "imageobject", "imagedata", "textobject",
})

#: block elements the writer lays out one per line; everything else (para, title,
#: entry, row, author, imageobject, ...) keeps its content on one line, untouched
INDENTED = frozenset({
    "article", "info", "section", "formalpara", "appendix", "table", "tgroup", "tbody",
    "figure", "mediaobject", "itemizedlist", "listitem",
})

#: a list of items whose markers are their own text ('(a) …', '1. …', '• …', structure/lists.py):
#: the list draws no mark, so no renderer adds a second bullet or numbers the items again
ITEMIZEDLIST = "itemizedlist"
MARK_NONE = "none"

# ---- roles: generated content carries one --------------------------------------

ROLE_STAT = "stat"                      # phrase: a statistic mention in the body
ROLE_BOLD = "bold"                      # emphasis: Markdown's **strong** emphasis
ROLE_COVER = "cover"                    # bibliomisc: a line printed above the title (Document.cover)
ROLE_SIGNATURE = "signature"            # para: a line of the closing signature block (issuer, date)
ROLE_APPENDIX = "figures-appendix"      # appendix
ROLE_TABLE = "key-figures"              # table: the full table, one row per statistic
ROLE_SUMMARY = "summary-figures"        # table: the summary, one row per headline indicator
ROLE_CHART = "chart"                    # figure
ROLE_GROUP = "group"                    # entry: a section's title spanning the table

#: bibliosource roles, in the order they are written, with the Provenance field each holds
BIBLIOSOURCE_ROLES = (
    ("file", "source_file"),
    ("site", "site"),
    ("updated", "updated"),
    ("published", "published"),
    ("origin", "origin"),
)

# ---- fixed ids -------------------------------------------------------------------

APPENDIX_ID = "figures"

#: imagedata formats, in the order the image objects appear
IMAGE_FORMATS = ("PNG", "SVG", "PDF")

#: ISO 8601 date as the intermediate stores it
DATE_PATTERN = re.compile(r"[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?")
