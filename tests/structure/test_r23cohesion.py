"""r23cohesion: lexical cohesion as title evidence (title_evidence.cohesion / cohesive_line).

A title names what its text is about, so its content words recur in the text under it; a site's
chrome over the headline names nothing of it. Made-up texts, English and Chinese."""
from .helpers import doc_of

from pipeline.structure.title_evidence import cohesion, cohesive_line, content_units

HARBOUR = """Crews began repairs on the northern harbour seawall on Monday after winter storms damaged the barrier.
The seawall repairs are expected to take six months, and the harbour will stay open to boats during the work.
Officials said the northern section of the seawall suffered the worst damage and will be repaired first."""

ROADS = """今年以来，全县乡村道路养护管理工作稳步推进，道路通行能力明显提高。
各乡镇落实乡村道路养护责任，养护资金专款专用。"""


def test_units_and_measure():
    assert content_units("The Seawall Repairs of the Harbours", True) == {"seawall", "repair", "harbour"}
    assert content_units("道路养护", False) == {"道路", "路养", "养护"}
    body = content_units(HARBOUR, True)
    assert cohesion("Seawall Repairs Begin at Northern Harbour", body, True) >= 0.8
    assert cohesion("Harbourview Gazette, your guide to the coast", body, True) == 0.0
    assert cohesion("2024 - 17", body, True) == -1.0   # no content unit: no evidence either way


def test_site_tagline_over_english_headline():
    doc = doc_of("Harbourview Gazette, your guide to the coast\n\nSeawall Repairs Begin at Northern Harbour\n\n" + HARBOUR)
    assert doc.title == "Seawall Repairs Begin at Northern Harbour"
    assert "Harbourview Gazette, your guide to the coast" in doc.cover   # front matter kept, no letter lost


def test_site_banner_glued_over_chinese_headline():
    doc = doc_of("山川旅游资讯平台欢迎您\n\n乡村道路养护管理工作情况通报\n\n" + ROADS)
    assert doc.title == "乡村道路养护管理工作情况通报"
    assert "山川旅游资讯平台欢迎您" in doc.cover


def test_breadcrumb_over_chinese_notice():
    doc = doc_of("江南水乡规范性文件>正文阅览\n\n关于加强乡村道路养护管理工作的通知\n\n各乡镇：\n"
                 "为进一步加强乡村道路养护管理，提高道路通行能力，现就有关事项通知如下。\n"
                 "一、明确养护责任。各乡镇负责本辖区乡村道路的日常养护管理工作。\n"
                 "二、加强养护资金管理。道路养护资金专款专用，不得挪作他用。")
    assert doc.title == "关于加强乡村道路养护管理工作的通知"


def test_titles_whose_words_do_not_recur_stay():
    # a dated line, a kind of document, a line cut at a function word: titles, not chrome
    texts = ["Sitting of Friday, 3rd March, 2023", "Harbour Works Begin", HARBOUR]
    assert cohesive_line(0, texts, True) == -1
    assert cohesive_line(0, ["Speech from the Throne", "Seawall Repairs Begin", HARBOUR], True) == -1
    assert cohesive_line(0, ["Proposal for a", "Seawall Repairs Begin", HARBOUR], True) == -1
    assert cohesive_line(0, ["每周一学（3月1日—7日）", "乡村道路养护管理工作情况", ROADS], False) == -1
    # one word that does not recur is no evidence
    assert cohesive_line(0, ["Interpretation", "Seawall Repairs Begin", HARBOUR], True) == -1


def test_a_section_heading_is_not_the_naming_line():
    # the text's first heading (of several) names a part: never taken over the title
    texts = ["Yearly Overview of Coastal Matters", "Seawall Repairs", HARBOUR, "Boat Ramps", HARBOUR]
    assert cohesive_line(0, texts, True, first_heading=1) == -1
    assert cohesive_line(0, texts, True) == 1


def test_an_office_alone_over_the_bulletin_is_no_title():
    # the office signs the text, so its name recurs: its shape (an office alone) is the evidence
    doc = doc_of("某某市统计局\n\n2023年某某市国民经济和社会发展统计公报\n\n"
                 "2023年，全市经济运行总体平稳，国民经济和社会发展主要指标稳中有进。\n一、农业\n"
                 "全年粮食产量稳定，农业生产形势良好。\n\n某某市统计局\n2024年3月1日")
    assert doc.title == "2023年某某市国民经济和社会发展统计公报"
    assert "某某市统计局" in doc.cover


def test_a_subtitle_or_a_wrapped_line_of_the_title_is_never_the_naming_line():
    # the lines the title block read (its wrapped rest, its occasion line) are the title's own
    texts = ["奋力推进乡村振兴", "——在全县乡村道路养护工作会议上的讲话", ROADS]
    assert cohesive_line(0, texts, False) == -1
    assert cohesive_line(0, ["Harbourview Gazette Weekly", "Seawall Repairs Begin", HARBOUR], True, read=frozenset({1})) == -1
