"""r33zhprint (issue #11): tables in Chinese text extracted from a PDF (a statistics page printed by a
browser, an issued bulletin), and what they do to the measure of the print.

1. A LAID-OUT TABLE OF FIGURES (`pdftotext -layout`): rows as wide as the page (`轻工业   4821 678
   24290034 …`), heads broken over lines (`单位数   #亏` / `损`), row groups as numbered labels
   (`一、按轻重工业分`) and a continued caption (`12-11续表1 …`) between the rows. The rows are no
   wrapped prose (they were glued into one paragraph) and the labels are no headings; a heading
   right over the table, and the paragraphs around it, stay as they are.
2. A TABLE READ ONE CELL A LINE in a print: the printed width is measured on the prose lines, so
   many cells (`粮食` / `143972` / …) no longer leave too few full lines and split every wrapped
   paragraph at each printed line's end.

All texts are made up (several tables and printers), with what must stay."""
from __future__ import annotations

from pipeline.clean import clean_text
from pipeline.structure import structure_document

from .helpers import all_paragraphs, all_sections


def _doc(text: str):
    return structure_document(clean_text(text, source_file="p.txt"))


def _heads(doc) -> list[str]:
    return ["".join(s.title.split()) for s in all_sections(doc)]


def _texts(doc) -> list[str]:
    return [p.text for p in all_paragraphs(doc)]


HEAD = ["12/1/31, 9:05 AM", "", ""]


def _foot(n: int, m: int) -> list[str]:
    return ["", "http://tjj.example.gov.cn/tjnj/nj2031/12/12-11.htm                          %d/%d" % (n, m), ""]


YEARBOOK = HEAD + [
    "  12-3 规模以上工业主要经济指标",
    "  (2030年) 单位:万元",
    "  类别              企业 工业                               工业       工业       资产合计",
    "  单位数             #亏",
    "                  损",
    "  总计              8377 1047                           45461718 44155651 12868357 35949602",
    "  在总计中:",
    "  亏损企业            1047 1047                           2681536 2610213 716453 4202208",
    "  一、按轻重工业分",
    "  轻工业             4821 678                            24290034 23632101 6816995 18697035",
    "  以农产品为原料         3629 492                            18799737 18281116 5184940 14249591",
    "  重工业             3556 369                            21171684 20523550 6051362 17252567",
    "  二、按企业规模分",
    "  大型企业            384 69                              11128425 10863506 3170063 12779734",
    "  中型企业            712 107                             6882680 6744754 1977367 6296567",
    "  小型企业            7281 871                            27450613 26547391 7720927 16873302",
    "  三、按行业大类分",
    "  采掘业                  106 6    513331 494439 199358 541254",
    "  煤炭采选业                34 1     140921 138694 58514 91414",
] + _foot(1, 1)


def test_a_yearbook_tables_group_labels_are_no_headings_and_its_rows_stay_rows():
    doc = _doc("\n".join(YEARBOOK) + "\n")
    heads = _heads(doc)
    for label in ("一、按轻重工业分", "二、按企业规模分", "三、按行业大类分", "单位数#亏"):
        assert label not in heads
    table = [t for t in _texts(doc) if "8377" in t]
    assert table and "\n" in table[0]          # the rows keep their lines
    assert "45461718" in table[0] and "541254" in table[0]


BULLETIN_TOP = HEAD + [
    "某某县2030年国民经济和社会发展统计公报",
    "",
    "一、综合",
    "初步核算,2030年全县完成生产总值356.56亿元,比上年增长4.2%。其中,第一产业增加值18.1亿元,增长",
    "0.2%;第二产业增加值151.39亿元,增长7.9%;第三产业增加值187.07亿元,增长0.8%。三次产业结构为",
    "5.1:42.5:52.4。",
    "二、工业和建筑业",
    "  指标名称                      单位       绝对数        比上年增长%",
]
ROWS = [
    "  规模以上工业增加值            亿元       98.66          6.1",
    "  #轻工业                       亿元       31.20          4.3",
    "  重工业                        亿元       67.46          7.0",
    "  建筑业增加值                  亿元       52.73          9.8",
]
BULLETIN_TAIL = [
    "全年规模以上工业企业实现营业收入412.5亿元,比上年增长8.3%;利润总额21.7亿元,增长5.6%。年末全县",
    "共有规模以上工业企业186家,比上年末增加12家。全年全社会建筑业增加值52.73亿元,增长9.8%。",
    "三、固定资产投资",
    "全年固定资产投资比上年增长10.2%。其中,第一产业投资增长3.1%,第二产业投资增长15.6%,第三产业投资",
    "增长8.4%。全年房地产开发投资58.3亿元,增长2.9%。",
] + _foot(1, 1)


def test_a_bulletins_table_between_paragraphs_is_one_block_and_the_heads_stay():
    doc = _doc("\n".join(BULLETIN_TOP + ROWS + BULLETIN_TAIL) + "\n")
    heads = _heads(doc)
    assert "一、综合" in heads and "二、工业和建筑业" in heads and "三、固定资产投资" in heads
    texts = _texts(doc)
    assert any("规模以上工业增加值" in t and "建筑业增加值" in t and "\n" in t for t in texts)
    # the paragraphs around the table still run over their printed lines
    assert any(t.startswith("全年规模以上工业企业实现营业收入") and "共有规模以上工业企业186家" in t for t in texts)
    assert not any(t.startswith("全年规模以上工业企业") and "98.66" in t for t in texts)


def test_must_stay_a_heading_right_over_a_tables_head_row():
    doc = _doc("\n".join(BULLETIN_TOP + ROWS + BULLETIN_TAIL) + "\n")
    assert "二、工业和建筑业" in _heads(doc)


# ---- 2. a table read one cell a line in a print

PROSE = [
    "全年全区农林牧渔业总产值31.7亿元,按可比价格计算,比上年增长0.9%。全年粮食种植面积22.46千公顷;",
    "小麦种植面积3.48千公顷;稻谷种植面积15.51千公顷;油料种植面积11.08千公顷。粮食总产量14.4万吨;",
    "油料作物总产量2.88万吨,棉花总产量58吨。全年生猪出栏18.92万头,牛出栏4403头,羊出栏21.31万头,",
    "活家禽276.09万只。全年水产品产量2.25万吨。其中,养殖水产品产量1.99万吨;捕捞水产品产量990吨。",
]
PROSE2 = [
    "全年全区规模以上工业增加值比上年增长5.6%。分经济类型看,国有控股企业增加值增长3.2%;股份制企业",
    "增长6.1%;外商及港澳台商投资企业增长2.4%。分门类看,采矿业增加值增长1.9%,制造业增长6.3%,电力",
    "热力燃气及水生产和供应业增长4.1%。全年规模以上工业企业产品销售率为97.8%。",
]
CELLS = ["表1:2030年全区主要农产品产量", "单位:吨", "产品名称", "产量", "粮食", "143972", "#稻谷", "118787",
         "小麦", "11200", "棉花", "58", "油料", "28762", "蔬菜及食用菌", "161419", "猪肉", "13400",
         "水产品", "22540", "禽蛋", "8120", "水果", "30615", "茶叶", "412"]


def test_a_print_with_many_cells_read_one_a_line_still_joins_its_wrapped_paragraphs():
    text = "\n".join(HEAD + ["二、农业"] + PROSE + CELLS + ["三、工业"] + PROSE2 + _foot(1, 1)) + "\n"
    texts = _texts(_doc(text))
    assert any(t.startswith("全年全区农林牧渔业总产值") and "捕捞水产品产量990吨" in t for t in texts)
    assert any(t.startswith("全年全区规模以上工业增加值") and "产品销售率为97.8%" in t for t in texts)
    for cell in ("143972", "118787", "22540"):
        assert any(cell in t for t in texts)


def test_must_stay_short_lines_of_a_print_without_cells():
    # a print with no table: a short line under a full one still ends its paragraph as before
    text = "\n".join(HEAD + ["二、农业"] + PROSE + ["三、工业"] + PROSE2 + _foot(1, 1)) + "\n"
    heads = _heads(_doc(text))
    assert "二、农业" in heads and "三、工业" in heads


NOTICE = [
    "某某县人民政府办公室关于对2031年民生实事进行重点督办的",
    "通知",
    "",
    "某府办〔2031〕20号",
    "各乡镇人民政府、街道办事处,县级各部门:",
    "为让人民群众生活得更有保障、更加幸福,根据《2031年政府工作报告》安排部署,现将2031",
    "年“民生实事”目标任务分解下达。请各责任领导、责任单位认真研究、强化责任、细化措施,",
    "确保全年目标任务顺利完成。县政府督查室将常年跟踪,适时开展督查。请各责任单位于每季度",
    "末月20日前将“民生实事”完成情况书面报县政府督查室。",
    "附件:2031年民生实事目标任务分解表",
    "",
    "某某县人民政府办公室",
    "2031年2月26日",
    "附件",
    "2031年民生实事目标任务分解表",
    "序", "号", "1", "2", "3", "4", "责任单位", "县水务局", "新建2座人行天桥。", "县住建局", "县文体广新局",
    "启动县图书馆新馆建设。", "县代建中心", "完成时限", "12月底前", "9月投入使", "用", "12月底前",
    "开工建设老年大学。", "县民政局", "5月底前动", "工", "12月底前",
]


def test_an_issued_notice_over_an_annex_table_read_one_cell_a_line_joins_its_paragraph():
    text = "\n".join(HEAD + NOTICE + _foot(1, 1)) + "\n"
    texts = _texts(_doc(text))
    assert any(t.startswith("为让人民群众生活得更有保障") and "完成情况书面报县政府督查室" in t for t in texts)
    # the cells stand alone: none is glued to the signature or to the cell before it
    assert not any("附件" in t and "某某县人民政府办公室" in t for t in texts)
    assert not any("县水务局" in t and "新建2座人行天桥" in t for t in texts)
