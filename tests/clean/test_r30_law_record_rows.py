"""r30zhweb (issue #11): a law library's record of a statute over its text, the rows' fields run
together ('类 别:其他经济法规文 号:颁发日期:1996-05-06' / '地 区:贵州行 业:行政事业时效性:有效'),
also in a converter's Traditional copy that glosses characters with pinyin ('頒發(fā)日期'):
header.catalogue_run with the library's field names and the glosses left out. Made-up records in
the forms such libraries print; MUST-STAY: a report's opening sentence on a region's output, two
fields only (a byline), a heading that opens with 地区."""
from __future__ import annotations

from pipeline.clean import clean_text

ART = "第一条 为了加强本县水资源管理，根据有关法律法规的规定，结合本县实际，制定本条例。"


def kept(text: str) -> list[str]:
    return [l for l in clean_text(text, source_file="page.txt").lines if l.strip()]


def test_glossed_traditional_record_rows_go():
    lines = kept("當(dāng)前位置:某某會計在線 > 法規(guī)庫 > 正文\n"
                 "類 別:其他經(jīng)濟法規(guī)文 號:頒發(fā)日期:1996-05-06\n"
                 "地 區(qū):貴州行 業(yè):行政事業(yè)時效性:有效\n"
                 "某某縣水資源管理條例\n" + ART + "\n第二條 本條例適用於本縣行政區域內水資源的開發、利用和保護。\n")
    assert not any("頒發" in l or "時效性" in l for l in lines)
    assert "某某縣水資源管理條例" in lines


def test_simplified_record_rows_without_glosses_go():
    lines = kept("类 别:地方法规文 号:某政发〔2001〕3号颁发日期:2001-03-05\n"
                 "地 区:湖南行 业:水利时效性:有效\n"
                 "某某县水资源管理条例\n" + ART + "\n")
    assert not any("颁发日期" in l or "时效性" in l for l in lines)
    assert lines[0] == "某某县水资源管理条例"


def test_an_opening_sentence_on_a_region_stays():
    text = ("某某县2030年国民经济和社会发展统计公报\n地区生产总值达到120亿元，比上年增长5.2%。\n"
            "行业结构持续优化，第三产业比重提高到45%。\n全年一般公共预算收入9.8亿元，增长6.1%。\n")
    lines = kept(text)
    assert "地区生产总值达到120亿元，比上年增长5.2%。" in lines
    assert "行业结构持续优化，第三产业比重提高到45%。" in lines


def test_two_fields_are_a_byline_and_a_heading_with_the_word_stays():
    lines = kept("某某县水资源管理条例\n类别:地方法规 时效性:有效\n" + ART + "\n地区协作\n第二条 相邻地区应当加强协作。\n")
    assert "地区协作" in lines
    assert any("时效性" in l for l in lines)   # the two fields stay (a byline)
