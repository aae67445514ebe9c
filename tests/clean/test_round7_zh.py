"""round7 (issue #11, check set 4 Chinese): a portal's colonless catalogue box whose field holds a
LIST of values closed by semicolons ('分 类 其他; 某某办公室; 某某文件;') is still the box, not a
sentence; the row does not end the head zone either. Made-up words; must-not-fire cases too."""
from __future__ import annotations

import pytest

from pipeline.clean.rules_header import _value_list
from pipeline.clean.zones import is_prose

from .helpers import PROSE, run_rule

HEADLINE = "某某市人民政府办公室关于印发某某工作方案的通知"
LIST_ROW = "索   引   号 20190101-000001 分        类 其他; 某某市办公室; 市政府、某某局文件;"

CASES = [
    # a spaced-label box whose first row lists values closed by semicolons
    (["某某网 某某省政府网 English", LIST_ROW, "发 布 机 构 某某市办公室 发 文 日 期 2019-01-01",
      "名        称 " + HEADLINE, "文        号 某政办发〔2019〕1号", HEADLINE, PROSE],
     ["某某网 某某省政府网 English", HEADLINE, PROSE]),
    # must not fire: a field name opening a sentence whose clauses end in semicolons
    (["分类推进改革，各部门要按照统一部署抓好落实；文号统一编排，索引号另行规定；", HEADLINE, PROSE],
     ["分类推进改革，各部门要按照统一部署抓好落实；文号统一编排，索引号另行规定；", HEADLINE, PROSE]),
]


@pytest.mark.parametrize("lines, kept", CASES)
def test_catalogue_value_list(lines, kept):
    assert run_rule("catalogue-run", lines)[0] == kept


def test_value_list_only_short_items():
    assert ";" not in _value_list("分类 其他; 某某办公室; 某某文件;")
    long = "分类 其他; 各部门要按照统一部署抓好落实并及时报送有关情况和工作进展;"
    assert _value_list(long) == long   # a long clause before the semicolon is a sentence


def test_catalogue_row_is_not_prose():
    assert not is_prose(LIST_ROW)
    assert is_prose("各部门要按照统一部署，认真抓好落实；分类推进，确保各项任务按期完成。")


# --- a breadcrumb with a converter's pinyin glosses is still a breadcrumb (round7, xxh3) ---
from pipeline.clean.vocab import unglossed   # noqa: E402

GLOSSED_HEADLINE = "某某省教育督導(dǎo)檢查反饋意見(jiàn)"


def test_unglossed_takes_only_pinyin():
    assert unglossed("當(dāng)前位置:首頁(yè) > 新聞") == "當前位置:首頁 > 新聞"
    assert unglossed("30個縣(區)") == "30個縣(區)"            # a bracketed word is no gloss
    assert unglossed("第二条(a)项") == "第二条(a)项"          # a letter without a tone mark is no gloss
    assert unglossed("方案(2020)") == "方案(2020)"


@pytest.mark.parametrize("lines, kept", [
    (["當(dāng)前位置:首頁(yè) > 新聞", "", GLOSSED_HEADLINE, PROSE], ["", GLOSSED_HEADLINE, PROSE]),
    # must not fire: a glossed headline that is no trail
    ([GLOSSED_HEADLINE, PROSE], [GLOSSED_HEADLINE, PROSE]),
])
def test_glossed_breadcrumb(lines, kept):
    assert run_rule("breadcrumb", lines)[0] == kept
