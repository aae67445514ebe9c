"""s28 (issue #11): a portal's metadata rows are the only place the page names itself, and the row's
label opens the line taken for the headline (`标  题: …关于印发…的通知`): the label is no word of the
title, which keeps its as-written form in the XML (no letter lost)."""
from __future__ import annotations

from tests.structure.helpers import doc_of

LONG = "为切实做好本县防汛抗旱工作，保障人民群众生命财产安全，经县政府同意，现将有关事项通知如下，请认真贯彻执行。" * 2


def test_a_title_field_row_names_the_text_without_its_label():
    doc = doc_of("标题：某县人民政府办公室关于印发某县防汛抗旱应急预案的通知\n\n各乡镇人民政府：\n\n" + LONG + "\n")
    assert doc.title == "某县人民政府办公室关于印发某县防汛抗旱应急预案的通知"


def test_must_stay_a_label_over_no_document_name_is_left_alone():
    doc = doc_of("题目：我的家乡\n\n" + LONG + "\n")
    assert doc.title == "题目：我的家乡"   # a school essay's field: no kind of document, the line as written
