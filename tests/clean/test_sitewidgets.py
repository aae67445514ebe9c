"""(sitewidgets, issue #11) Two widgets many Chinese sites print around a text: an "add to desktop"
shortcut and a comment box's disclaimer with no comments under it. Made-up lines, and what stays."""
from __future__ import annotations

from pipeline.clean import clean_text

TEXT = ["某某县二〇三一年政府工作报告", "", "各位代表：", "",
        "现在，我代表县人民政府向大会报告工作，请予审议。过去一年，全县经济社会发展取得新成效。" * 3, ""]


def _kept(lines):
    return [line for line in clean_text("\n".join(lines) + "\n", source_file="t.txt").lines if line.strip()]


def test_a_desktop_shortcut_widget_goes():
    kept = _kept(["电脑桌面", "添加某某文库到电脑桌面", "安装后可以在桌面快捷访问", ""] + TEXT)
    assert not any("桌面" in line for line in kept)
    assert kept[0] == "某某县二〇三一年政府工作报告"


def test_a_comment_box_label_and_its_disclaimer_go():
    kept = _kept(TEXT + ["用户评论", "(以下评论仅代表网友意见,与本站立场无关)"])
    assert "用户评论" not in kept and not any("本站立场" in line for line in kept)


def test_a_sentence_about_the_desktop_or_comments_stays():
    line = "要把群众的评论作为改进工作的依据，把办公桌面上的文件及时处理完毕。"
    assert line in _kept(TEXT + [line])
