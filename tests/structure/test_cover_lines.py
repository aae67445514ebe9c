"""Lines a document prints ABOVE its title (r23cover): a 公文's red header and number over its
headline, a statute's citation lines over its name. They are `Document.cover`, in source order,
not front paragraphs (which every edition printed under the title); the title is unchanged."""
from __future__ import annotations

from .helpers import doc_of

NOTICE = """青川省人民政府办公厅文件

青政办发〔2011〕17号

青川省人民政府办公厅关于做好

农村饮水安全工作的通知

各市州人民政府，省政府各厅委、各直属机构：

为切实做好农村饮水安全工作，经省人民政府同意，现就有关事项通知如下：

一、提高认识，加强领导

各地要把农村饮水安全工作摆在突出位置，主要负责同志亲自抓，确保各项任务落到实处。

二、加大投入，保障建设

各级财政要安排专项资金，支持农村饮水工程建设和运行管护，建立稳定的投入机制。"""

STATUTE = """S.Q. 1991, c. 27

Bill 44, 2nd Session, 35th Legislature

The Harbour Lights Act

(Assented to June 3, 1991)

HER MAJESTY, by and with the advice and consent of the Legislative Assembly, enacts as follows:

PART 1

GENERAL

Definitions

1 In this Act, "harbour" means a harbour named in the schedule, and "light" means a light kept at a harbour.

Duty to keep lights

2 The minister shall keep every light in working order and shall inspect it at least once a year."""


def test_a_notices_red_header_and_number_are_its_cover_lines():
    doc = doc_of(NOTICE)
    assert doc.title == "青川省人民政府办公厅关于做好农村饮水安全工作的通知"
    assert doc.cover == ["青川省人民政府办公厅文件", "青政办发〔2011〕17号"]
    assert [p.text for p in doc.front] == ["各市州人民政府，省政府各厅委、各直属机构：",
                                           "为切实做好农村饮水安全工作，经省人民政府同意，现就有关事项通知如下："]
    assert [p.id for p in doc.front] == ["p0-1", "p0-2"]


def test_a_statutes_citation_lines_are_its_cover_lines():
    doc = doc_of(STATUTE)
    assert doc.title == "The Harbour Lights Act"
    assert doc.cover == ["S.Q. 1991, c. 27", "Bill 44, 2nd Session, 35th Legislature"]
    assert doc.front[0].text.startswith("HER MAJESTY")


def test_lines_under_the_title_stay_front_matter():
    doc = doc_of("某某县人民政府关于做好冬季防火工作的通知\n\n某政发〔2021〕3号\n\n各乡镇人民政府：\n\n"
                 "现将冬季防火工作有关事项通知如下，请认真贯彻执行。")
    assert doc.cover == []
    assert doc.front[0].text == "某政发〔2021〕3号"


def test_no_title_line_no_cover():
    doc = doc_of("一、总则\n\n为了规范管理，制定本办法。\n\n二、附则\n\n本办法自发布之日起施行。")
    assert doc.cover == []
