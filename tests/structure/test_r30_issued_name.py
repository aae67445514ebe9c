"""r30zhweb (issue #11): an issued file whose covering notice lost its title line (a portal page
that starts at the notice's addressee): the document the notice issues names the text. Its name
stands right under the notice's closing (the date, the note `（此件公开发布）`), maybe set over two
lines, and ends in a document's kind (制度, 办法, 规定, 方案, …; front.issued_name_under_closing).
Made-up texts in the forms portals print them; MUST-STAY: a text with its title line, a closing
followed by an attachment label or a contact line, a numbered heading under the date, a signing
office under the date."""
from __future__ import annotations

from pipeline.clean import clean_text
from pipeline.structure import structure_document
from pipeline.structure.front import issued_name_under_closing

BODY = "为进一步规范工作程序，提高工作质量，经市政府同意，现将有关文件印发给你们，请结合实际认真贯彻执行。"
ART1 = "第一条 为进一步提升政策解读质量，增进公众对政府工作的了解和支持，结合本市实际，制定本制度。"
ART2 = "第二条 本制度适用于市政府及其工作部门制定的行政规范性文件的解读工作。"


def full(text: str):
    return structure_document(clean_text(text, source_file="page.txt"))


def test_the_rules_name_over_two_lines_under_the_release_note():
    doc = full("\n".join(["市政府各工作部门、各直属事业单位：", BODY, "2030年9月10日", "（此件公开发布）",
                          "市政府及市政府部门重大政策文件", "解读制度", ART1, ART2]) + "\n")
    assert doc.title == "市政府及市政府部门重大政策文件解读制度"


def test_measures_under_a_signing_office_and_date_with_blank_lines():
    doc = full("\n\n".join(["各乡镇人民政府，县直各部门：", BODY, "某某县人民政府办公室", "2031年3月5日",
                            "某某县农村饮水安全工程运行管理办法", "第一章 总则",
                            "第一条 为加强农村饮水安全工程运行管理，保障群众饮水安全，制定本办法。",
                            "第二条 本办法适用于本县行政区域内农村饮水安全工程的运行管理。"]) + "\n")
    assert doc.title == "某某县农村饮水安全工程运行管理办法"


def test_a_plan_in_traditional_script_under_a_date_in_chinese_numerals():
    doc = full("\n".join(["各鄉鎮人民政府，縣政府各部門：", "現將《某某縣鄉村振興實施方案》印發給你們，請認真組織實施。",
                          "二〇二九年六月一日", "某某縣鄉村振興", "實施方案",
                          "一、總體要求", "堅持農業農村優先發展，統籌推進鄉村產業、人才、文化、生態和組織振興，確保各項任務落到實處。",
                          "二、主要任務", "加快發展鄉村特色產業，完善農村基礎設施，提升公共服務水平，持續增加農民收入。"]) + "\n")
    assert doc.title == "某某縣鄉村振興實施方案"


def test_an_attachment_label_alone_over_the_name_is_passed():
    assert issued_name_under_closing(["各单位：", BODY, "2030年1月2日", "附件", "某市公共资源交易管理暂行规定", ART2]) \
        == "某市公共资源交易管理暂行规定"
    assert issued_name_under_closing(["各单位：", BODY, "（此件公开发布）", "附件2", "某区应急物资储备", "管理办法", ART2]) \
        == "某区应急物资储备管理办法"


def test_the_function_reads_the_paragraphs_after_the_closing():
    assert issued_name_under_closing(["各单位：", BODY, "2030年1月2日", "某市公共资源交易管理暂行规定", ART2]) \
        == "某市公共资源交易管理暂行规定"
    assert issued_name_under_closing(["各单位：", BODY, "（此件主动公开）", "某区政务服务", "“好差评”工作规则", ART2]) \
        == "某区政务服务“好差评”工作规则"


# --- what must stay ---------------------------------------------------------------------------

def test_a_title_line_that_is_there_stays_the_title():
    doc = full("\n".join(["某市人民政府办公室关于印发政策解读制度的通知", "", "各区人民政府：", BODY, "2030年9月10日",
                          "（此件公开发布）", "某市重大政策文件解读制度", ART1, ART2]) + "\n")
    assert doc.title == "某市人民政府办公室关于印发政策解读制度的通知"


def test_an_attachment_label_or_a_contact_line_names_nothing():
    assert issued_name_under_closing(["各单位：", BODY, "2030年1月2日", "附件：申报表", ART2]) == ""
    assert issued_name_under_closing(["各单位：", BODY, "（此件公开发布）", "联系人：张三，电话：12345678", ART2]) == ""


def test_a_numbered_heading_or_a_signing_office_under_the_date_is_no_name():
    assert issued_name_under_closing(["各单位：", BODY, "2030年1月2日", "一、工作方案", ART2]) == ""
    assert issued_name_under_closing(["各单位：", BODY, "2030年1月2日", "某某县人民政府办公室", ART2]) == ""


def test_no_closing_no_name():
    assert issued_name_under_closing(["各单位：", BODY, "某某县农村饮水安全工程运行管理办法", ART2]) == ""
