"""(r45, issue 11) A score's points in an assessment or points scheme are figures.

A points scheme (`每满1年积2分`, `最高分值为20分`) or an evaluation scheme's weights (`（15分）`) gives
scores in 分; the unit was unknown, so the scores were never read. 分 opens many words (分别, 分类,
分局, 分钟), so it is a unit only at a clause's end, and never a clock's or a duration's minutes
(`10时30分`, `10:30分`, `6分53秒`); written in numerals it is
none (`十分重要` is 'very', `四点三十分` a time). The texts are made up.
"""
from __future__ import annotations

from pipeline.figures.scan import scan_quantities


def _read(text: str) -> list[str]:
    return [text[q.start:q.end] for q in scan_quantities(text)]


def test_points_at_a_clause_end_are_read():
    assert _read("参加志愿服务的，每满1年积3分，最高分值为15分。") == ["1年", "3分", "15分"]
    assert _read("（二）优化营商环境（12分）") == ["12分"]


def test_words_opened_by_fen_and_clock_minutes_stay_unread():
    assert _read("将2个项目分别列入计划") == ["2个"]
    assert _read("会议于9时30分开始，10:45分结束") == []
    assert _read("视频长度6分42秒") == []
    assert _read("用时15分钟") == ["15分钟"]
    assert _read("这项工作十分重要，下午四点三十分开会") == []   # numerals: 十分 'very', a clock's minutes
