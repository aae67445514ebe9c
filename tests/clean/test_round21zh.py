"""Check set 17, Chinese (round21zh, issue #11): a machine-converted copy's catalogue box and its
lost characters. Made-up words; every rule with the cases it must leave alone."""
from __future__ import annotations

from .helpers import PROSE, run_rule

GLOSSED_BOX = ["索 引 號(hào): | 信息分類(lèi): | ||", "發(fā)布機(jī)構(gòu): | 發(fā)文日期: | 2021-03-04 | |",
               "文 號(hào): | 是否有效: | 是 | |", "名 稱(chēng): | 某某縣市容管理?xiàng)l例 |"]


def test_a_catalogue_table_with_pinyin_glosses_in_its_labels_goes():
    kept, removed, _ = run_rule("meta-box", GLOSSED_BOX + ["某某縣市容管理條例", PROSE])
    assert kept == ["某某縣市容管理條例", PROSE]
    assert [t for _, t in removed] == GLOSSED_BOX   # the name row with its lost character '?' too


def test_glossed_rows_without_labels_or_a_question_stay():
    rows = ["某某(mǒu)縣 | 2021-03-04 | 是 |", "城關(guān)鎮(zhèn) | 北街 | 東(dōng)街 |", "一 | 二 | 三 |"]
    assert run_rule("meta-box", rows + [PROSE])[0] == rows + [PROSE]   # values, no labels


def test_a_lost_character_is_no_question_mark_but_a_question_is():
    from pipeline.clean.zones import is_prose

    assert not is_prose("名 稱: | 某某自治州城鄉容貌和環境衛生治理?xiàng)l例 |")
    assert is_prose("大家都在問，今年的市容管理工作到底應該怎樣開展才好?")   # a question at its end
    assert is_prose("為什麼要開展這項工作?我們認為這是全縣人民共同的心願和期待")   # a question mid-line, no gloss after it
