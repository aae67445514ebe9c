"""(r48, issue 11) Structure rules of round r48, each on made-up texts of its phenomenon.

- A document issued under a notice names its maker in full over its own title, set over two lines
  (`某市某区某镇` / `自然灾害救助应急预案`), where the notice quotes it short: one title, the annex's head.
  The issuing body's signature right over that title (`某市人民政府`) is no part of it.
"""
from __future__ import annotations

from pipeline.clean import clean_text
from pipeline.structure import structure_document
from tests.common import outline


def _doc(text: str, name: str = "t.txt"):
    return structure_document(clean_text(text, source_file=name), structure="rules")


ARTICLES = "\n\n".join(f"第{n}条 本预案适用于本镇行政区域内自然灾害的救助工作，各村应当按照本预案做好准备。" for n in "一二三")

NOTICE = f"""某市某区某镇人民政府关于印发某镇自然灾害救助应急预案的通知

各村（社区）：

    现将《某镇自然灾害救助应急预案》印发给你们，请认真贯彻执行。

某市某区某镇人民政府

某市某区某镇

自然灾害救助应急预案

第一章 总则

{ARTICLES}
"""


def test_issued_title_over_two_lines_naming_its_maker_in_full():
    heads = [text for _, text in outline(_doc(NOTICE).sections)]
    assert heads[0] == "某市某区某镇自然灾害救助应急预案"


SIGNED = f"""某市人民政府办公室关于印发某镇自然灾害救助应急预案的通知

各区人民政府：

    现将《某镇自然灾害救助应急预案》印发给你们，请认真贯彻执行。

某市人民政府

某镇自然灾害救助应急预案

第一章 总则

{ARTICLES}
"""


def test_signature_over_the_issued_title_is_no_part_of_it():
    heads = [text for _, text in outline(_doc(SIGNED).sections)]
    assert heads[0] == "某镇自然灾害救助应急预案"


LEAD = ("The **economy of Eastland** is a mixed economy based on farming and mining. Eastland has a large informal "
        "economy which makes up most of its trade.\n\nThe country has reserves of coal, copper and gold, and its farms grow maize.\n")


def _en(text: str):
    return structure_document(clean_text(text, source_file="t.txt"), lang="en", structure="rules")


def test_picture_caption_over_the_lead_gives_way_to_the_bold_subject():
    document = _en("Eastland exports in 2006\n\n" + LEAD + "\n## History\n\nThe mines opened in the last century and grew.\n")
    assert document.title == "Economy of Eastland"
    assert document.front[0].text == "Eastland exports in 2006"   # the caption stays, as text


def test_title_line_naming_the_subject_stays():
    document = _en("Economy of Eastland\n\n" + LEAD + "\n## History\n\nThe mines opened in the last century and grew.\n")
    assert document.title == "Economy of Eastland"


COVER = """The Commonwealth of Eastland 2022/2023 Budget Debate Contribution By The Honourable A. Example, MP & Minister of ...

The Commonwealth of Eastland
     2022/2023 Budget Debate

          Contribution
                By
The Honourable A. Example, MP

INTRODUCTION

MADAM SPEAKER, COLLEAGUES, THOSE WATCHING FROM ACROSS EASTLAND, GOOD DAY. I RISE TO MAKE MY CONTRIBUTION TO THIS BUDGET.

CONDOLENCES

MY CONDOLENCES GO TO THE FAMILIES WHO LOST THEIR HOMES IN THE STORM LAST MONTH, AND TO ALL WHO HELPED THEM.
"""


def test_a_sites_cut_headline_over_the_cover_it_runs_together_is_the_title():
    assert _en(COVER).title.startswith("The Commonwealth of Eastland 2022/2023 Budget Debate Contribution")
