"""Weak subjects named again (pipeline/figures/weak.py): an adverb or a pronoun before the
number, a verb of leading, an owner before 有, a headless relative, a count of times, a need;
and a share's subject with adverbs before 占 (indicator.subject_before); a subject restated after a
dash; a country or pronoun alone before a share.
Made-up sentences of the shapes older reports and speeches use; and what must stay as it was."""
from __future__ import annotations

import pytest

from pipeline.figures.weak import weak

from .documents import indicator_pairs


@pytest.mark.parametrize("text, mention, indicator", [
    # adverbs only: the sentence's topic, past a time clause and a connective, with what the unit counts
    ("这一场艰苦的抗洪斗争，从七月开始，到现在，业已两个月了。", "两个月", "抗洪斗争时长"),
    ("截至目前，留守的工程兵，包括后勤人员在内，只有三千人左右了。", "三千人", "工程兵人数"),
    # a verb of leading: the people are named by what they did
    ("县长某某等率部两千余人投诚。", "两千余人", "投诚人数"),
    # an owner before 有 and a one-character counted noun
    ("敌军还有十二个团驻扎在山区，仍在顽抗。", "十二个", "敌军团数"),
    # a headless relative opening the sentence
    ("出席这次大会的，包括各界代表等四十个单位，三百二十人。", "三百二十人", "出席大会的人数"),
    ("出席这次大会的，包括各界代表等四十个单位，三百二十人。", "四十个", "出席大会的单位数"),
    # times after a verb with 了, the subject a pronoun phrase
    ("我们这个会在半个月里开了四次。", "四次", "开会次数"),
    # a need: the time the clause before takes
    ("要完全改变这种状况，非有二十年的时间不可。", "二十年", "完全改变状况所需时间"),
    # a place alone before a share: the noun after the value
    ("完成全市85%道路标线数据的更新。", "85%", "全市道路标线数据"),
    # those present, named by a headless relative before 有
    ("列席的有县委委员十二人。", "十二人", "列席的县委委员人数"),
    # a duration between a verb with 了 and 的 + noun: how long the noun lasted
    ("我们已经坚持了八年的游击战争。", "八年", "游击战争时长"),
    # a share: the part before 占 without its possessor and adverbs, the whole after it
    ("全省的轻工业的产值虽然还只占工业总产值的百分之二十左右。", "百分之二十", "轻工业的产值占工业总产值"),
    # closing adverbs dropped
    ("一份报纸平常只有三千份，星期天也才五千份。", "三千份", "一份报纸"),
    ("公路要在五年内修通。", "五年", "公路"),
    # people named by what they did
    ("列席会议的有八十六人。", "八十六人", "列席会议的人数"),
    ("出席大会的代表共五百二十人。", "五百二十人", "出席大会的代表人数"),
    ("大会于五月召开，三百人出席了大会。", "三百人", "出席大会的人数"),
    ("这次培训有二百多人参加。", "二百多人", "参加培训的人数"),
    ("全乡有五千多人投入了抢收。", "五千多人", "投入抢收的人数"),
    # time spent on an act, or set aside for one; a share of a resource used for an aim
    ("每个民兵一年中只需花两个月工夫参加训练，其余十个月时间都可以从事耕作。", "两个月", "参加训练用时"),
    ("每个民兵一年中只需花两个月工夫参加训练，其余十个月时间都可以从事耕作。", "十个月", "从事耕作时间"),
    ("要用百分之八十的力量去帮助农民解决他们的困难。", "百分之八十", "帮助农民解决所用力量"),
    ("然后仅仅用百分之二十的力量就可以完成征粮的任务。", "百分之二十", "完成征粮所用力量"),
    # a verb of attainment or an 'only' before the subject is no part of it
    ("今年做到每个学生平均植树五棵。", "五棵", "每个学生平均植树"),
    ("去年还只自给粮食百分之三十。", "百分之三十", "自给粮食"),
    # a subject restated after a dash: the noun before the dash
    ("抗日救亡运动——这个运动在八年中经历了曲折。", "八年", "抗日救亡运动时长"),
    # a country or a pronoun alone before a share: the noun phrase the share modifies
    ("全省已经有大约百分之二十左右的机械化的农业生产，这是新的。", "百分之二十", "机械化的农业生产"),
    ("中国还有百分之八十以上的手工的纺织生产，这是旧的。", "百分之八十", "手工的纺织生产"),
    ("我们还有百分之七十左右的交通运输停留在畜力时代。", "百分之七十", "交通运输"),
    # a share opening with 占 after an ordinal: the head of the noun it modifies
    ("第三，占全省耕地面积百分之六十的零散的小块的旱地和坡地，必须逐步改造。", "百分之六十", "旱地和坡地占全省耕地面积"),
])
def test_weak_subjects_are_named_again(text, mention, indicator):
    assert (mention, indicator) in indicator_pairs(text), indicator_pairs(text)


@pytest.mark.parametrize("text, mention, indicator", [
    ("全区粮食产量达到三百万吨。", "三百万吨", "全区粮食产量"),      # a subject that names its measure stays
    ("年末常住人口488403人。", "488403人", "年末常住人口"),
    ("中央财政安排384亿元救灾款。", "384亿元", "救灾款"),
    ("全省农业人口占百分之八十五。", "百分之八十五", "全省农业人口"),   # a share with its own subject
])
def test_named_subjects_are_left_alone(text, mention, indicator):
    assert (mention, indicator) in indicator_pairs(text), indicator_pairs(text)


@pytest.mark.parametrize("text, mention, indicator", [
    # a demonstrative before a noun points at the topic of the sentence before: the topic names it
    ("全市职工代表大会，于三月五日在市体育馆开幕。出席这次大会的，包括各界代表等四十个单位，三百二十人。",
     "三百二十人", "出席全市职工代表大会的人数"),
    ("全市职工代表大会，于三月五日在市体育馆开幕。出席这次大会的，包括各界代表等四十个单位，三百二十人。",
     "四十个", "出席全市职工代表大会的单位数"),
    ("省农业科技培训班，于四月在省城举办。参加该培训班的学员共三百人。", "三百人", "参加省农业科技培训班的学员人数"),
    # a topic that is another kind of thing (no character shared), or no sentence before: only the
    # demonstrative goes
    ("春耕生产，已经全面展开。出席这次大会的，包括各界代表等四十个单位，三百二十人。", "三百二十人", "出席大会的人数"),
    ("出席这次大会的有八十六人。", "八十六人", "出席大会的人数"),
])
def test_a_demonstrative_is_named_by_the_topic_it_points_back_to(text, mention, indicator):
    assert (mention, indicator) in indicator_pairs(text), indicator_pairs(text)


@pytest.mark.parametrize("text, mention, indicator", [
    # a duration after which an act can be done: the time the act takes
    ("我们还要有三年时间，才能修好全部的水利工程。", "三年", "修好水利工程所需时间"),
    # rations in brackets after each item of a list: the item and its rate
    # a ration is the amount of its item supplied, never the item's one character alone (branch naming, topic.py)
    ("其余如米（每人每日一斤）、柴（每人每日三斤）由公家供给。", "三斤", "柴的供给量（每人每日）"),
    # a connective and a modal opening the clause go; a hedge before 占 goes
    ("但是可能自给百分之三十。", "百分之三十", "自给"),
    ("部队全部自给，即自给百分之八十。", "百分之八十", "自给"),
])
def test_only_then_rations_and_openers(text, mention, indicator):
    assert (mention, indicator) in indicator_pairs(text), indicator_pairs(text)


def test_an_opening_bracket_alone_opens_no_name():
    named = indicator_pairs("每年需稻谷二十万担（每担一百斤），由各县供给。")
    assert named and not any(i.startswith(("（", "(")) for _, i in named), named


def test_a_year_printed_with_a_white_circle_is_not_a_duration():
    assert indicator_pairs("早在一九○五年就已指出过这一点。") == []


def test_weak_names():
    assert all(weak(w) for w in ("业已", "只有", "仅仅", "我们", "这些", "共", "", "全区", "我省", "以便"))
    assert not any(weak(w) for w in ("人口", "国民党军", "粮食产量"))
