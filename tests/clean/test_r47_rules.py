"""(r47, issue 11) Clean rules of round r47, each on made-up texts of its phenomenon.

- An excerpt's contents list names parts the excerpt never reaches: the entries after the last one
  the text takes up again, set in at the list's indent, go with it; a chapter's whole argument set in
  capitals is an entry however long; a note set flush under the list stays (rules_contents).
- A line of wiki templates alone in wikitext is markup (rules_wiki.wiki_templates).
- A small site's menu glued into one capitals token at the page's head (rules_chrome_en.glued_nav_bar).
- A paragraph whose link addresses repeat those of the paragraphs below is no summary copy of them
  (rules_widgets.is_summary_copy reads the text, not the addresses).
"""
from __future__ import annotations

from pipeline.clean import clean_text

CHAPTERS = "\n".join(
    f" CHAPTER {n}. CONCERNING THE {what}"
    for n, what in (("I", "HARBOUR AND THE WAYS IN WHICH ITS MOORINGS ARE LAID, KEPT AND LET TO THE BOATS THAT VISIT IT"),
                    ("II", "PIERS"), ("III", "LAMPS ON THE EAST PIER"),
                    ("IV", "FERRIES, WHICH SAIL AT NIGHT AND BY DAY, AND WHETHER IT IS BETTER TO SAIL EARLY OR LATE?"),
                    ("V", "DREDGING OF THE INNER CHANNEL")))

YEARS = "\n\n".join(["The harbour grew in those years, and he kept a record of each boat that came in and of each that went out.\n"
                      "He wrote it all down in the evenings, in a hand that the clerks of the Trust could still read a century later."] * 4)

BOOK = f"""The Harbour

by Ann Example

Translated by B. Example


Contents

 INTRODUCTION
 EARLY YEARS AT SEA
 LATER YEARS ASHORE
 DEDICATION

 THE BOOK
{CHAPTERS}

 AN ACCOUNT OF THE STORM OF THE YEAR WHEN THE EAST PIER WAS CARRIED AWAY BY THE SEA AND BUILT AGAIN

_ The author, born at the harbour in 1801. Harbour master from 1830 to
1850, and the keeper of its records until his death._



INTRODUCTION


The author was born at the harbour in the spring of 1801, the second son of a pilot.
He went to sea at twelve and came back to the harbour at thirty as its master.

{YEARS}

EARLY YEARS — AT SEA

His first years at sea took him along the coast on the boats of his father's friends.
He learnt the channels and the banks before he learnt to read the charts.

{YEARS}

LATER YEARS — ASHORE

As master he laid the first moorings and kept the lamps lit through the winters.
He wrote down every ship that came in and every ship that went out.

{YEARS}
"""


def _removed(text: str) -> dict[str, str]:
    cleaned = clean_text(text, source_file="book.txt")
    return {r.text.strip(): r.rule for r in cleaned.removed if r.text.strip()}


def test_an_excerpts_contents_list_goes_whole_its_long_capitals_entries_too():
    removed = _removed(BOOK)
    for entry in ("Contents", "INTRODUCTION", "THE BOOK", "CHAPTER II. CONCERNING THE PIERS",
                  "CHAPTER IV. CONCERNING THE FERRIES, WHICH SAIL AT NIGHT AND BY DAY, AND WHETHER IT IS BETTER TO SAIL EARLY OR LATE?",
                  "AN ACCOUNT OF THE STORM OF THE YEAR WHEN THE EAST PIER WAS CARRIED AWAY BY THE SEA AND BUILT AGAIN"):
        assert removed.get(entry) == "echoed-contents", entry


def test_the_note_set_flush_under_the_list_and_the_heads_stay():
    cleaned = clean_text(BOOK, source_file="book.txt")
    kept = [line.strip() for line in cleaned.lines]
    assert "_ The author, born at the harbour in 1801. Harbour master from 1830 to" in kept
    assert kept.count("INTRODUCTION") == 1 and "LATER YEARS — ASHORE" in kept


def test_the_list_set_flush_goes_too_and_the_note_under_it_stays():
    """The same list set flush, as the heads are: the body begins right under it (the note aside), so
    the entries after the echoed ones go as the sections the excerpt cut off; the note, a paragraph
    in mixed case wrapped over two lines, is no entry and stays."""
    flush = "\n".join(line[1:] if line.startswith(" ") and line.strip() and not line.startswith("  ") else line
                      for line in BOOK.splitlines())
    cleaned = clean_text(flush, source_file="book.txt")
    removed = {r.text.strip(): r.rule for r in cleaned.removed if r.text.strip()}
    assert removed.get("INTRODUCTION") == "echoed-contents"
    assert removed.get("CHAPTER II. CONCERNING THE PIERS") == "echoed-contents"
    assert "_ The author, born at the harbour in 1801. Harbour master from 1830 to" in [line.strip() for line in cleaned.lines]


WIKITEXT = """{{Use dmy dates|date=May 2031}}
'''Harbour dredging''' is the removal of silt from a harbour's channels, as in [[Example Harbour]].

==History==
{{main article|History of dredging}}
The first dredgers were worked by hand from barges.<ref>{{cite book |title=Dredgers}}</ref>

==Methods==
[[Suction dredger|Suction dredgers]] draw the silt up through a pipe.
"""


def test_a_line_of_wiki_templates_alone_is_markup():
    cleaned = clean_text(WIKITEXT, source_file="dredging.txt")
    removed = {r.text.strip(): r.rule for r in cleaned.removed if r.text.strip()}
    assert removed.get("{{Use dmy dates|date=May 2031}}") == "wiki-templates"
    assert removed.get("{{main article|History of dredging}}") == "wiki-templates"
    assert any("<ref>{{cite book |title=Dredgers}}</ref>" in line for line in cleaned.lines)   # in a paragraph: kept


def test_braces_in_a_text_that_is_no_wikitext_stay():
    text = "Template notes\n\n{{name}}\n\nThe placeholder above is filled in by the mail merge for each letter sent.\n"
    cleaned = clean_text(text, source_file="notes.txt")
    assert any(line.strip() == "{{name}}" for line in cleaned.lines)


POST = """⌂

ABOUTBLOGPROJECTSRESEARCHHARBOUR
Dredging the inner channel

Jul 4, 2031

This summer the Trust dredged the inner channel for the first time in twenty years, and the work went well.
The barges worked at night so that the ferries kept their times during the day.
"""


def test_a_sites_menu_glued_into_one_capitals_token_goes():
    removed = _removed(POST)
    assert removed.get("ABOUTBLOGPROJECTSRESEARCHHARBOUR") == "glued-nav-bar"


def test_a_long_capitals_word_that_is_no_menu_stays():
    text = POST.replace("ABOUTBLOGPROJECTSRESEARCHHARBOUR", "SUPERCALIFRAGILISTIC")
    assert "SUPERCALIFRAGILISTIC" not in _removed(text)


def _link(word: str) -> str:
    return f'[{word}](https://zh.wikipedia.org/wiki/{word} "wikilink")'


LINKED = (f"**港口费**（）是{_link('港务局')}向进港{_link('船舶')}收取的费用。\n\n## 背景\n\n"
          f"港务局于2031年调整{_link('港口费')}，{_link('船东')}和{_link('船舶')}进港须按{_link('吨位')}缴纳。调整后，{_link('港务局')}"
          f"每月公布收费标准，{_link('船东')}可在网上查询。\n\n## 标准\n\n"
          + "".join(f"第{n}档：{_link('港务局')}按{_link('船舶')}{_link('吨位')}分档收费，{_link('港口费')}每年调整一次，"
                    f"由{_link('船东')}缴纳。\n\n" for n in range(1, 4)))


def test_link_addresses_shared_with_the_text_below_make_no_summary_copy():
    cleaned = clean_text(LINKED, source_file="dues.txt")
    assert not [r for r in cleaned.removed if r.rule == "summary-copy"]


PORTAL = """New Page 1
现在位置: 2031港城两会>>最新报道>>人大消息>>正文
2031年港城市政府工作报告(全文)

政 府 工 作 报 告

各位代表：

现在，我代表市人民政府，向大会报告政府工作，请予审议，并请市政协各位委员提出意见。
"""


def test_an_editors_default_title_and_a_labelled_trail_go():
    removed = _removed(PORTAL)
    assert removed.get("New Page 1") == "editor-default-title"
    assert removed.get("现在位置: 2031港城两会>>最新报道>>人大消息>>正文") == "breadcrumb"


def test_the_default_title_words_inside_the_text_stay():
    text = "港城市政府工作报告\n\n各位代表：\n\nNew Page 1\n\n这是一份内部编号为New Page 1的文件，已按程序报送审议。\n"
    assert "New Page 1" not in _removed(text)
