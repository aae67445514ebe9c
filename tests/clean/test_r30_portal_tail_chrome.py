"""r30zhweb (issue #11): portal and copy-site furniture around a government text that the button
vocabulary missed. Made-up pages in the forms such sites print:
- a print bar in white lenticular brackets with an arrow between ('〖打印〗 >〖关闭窗口〗'; widget's
  WIDGET_SPLIT, BRACKETS_ONLY);
- a footer's account label and the editor's label whose name was lost ('微信订阅号', '网站编辑'), and
  the QR prompt, also in a converter's glossed Traditional copy ('掃描二維碼 關(guān)注我們'; WIDGET_TOKENS);
- a reprint's bracketed invitation to more items of the kind, in Traditional script too
  ('(點擊查閱更多2013年地方政府工作報告)'; more_link's MORE_INVITE).
MUST-STAY: a note in white brackets, a sentence asking readers to follow the account, a sentence
that mentions clicking for more, an editor's line with a name, a heading 关注民生."""
from __future__ import annotations

from pipeline.clean import clean_text

PARA = "过去的五年，是全市综合经济实力明显增强的五年，我们坚持以经济结构调整为主线，着力推进改革开放和科技进步。"
PARA2 = "今年政府工作的总体要求是：坚持稳中求进工作总基调，统筹发展和安全，扎实推进各项重点工作落地见效。"


def kept(text: str) -> list[str]:
    return [l for l in clean_text(text, source_file="page.txt").lines if l.strip()]


def test_a_print_bar_in_white_brackets_goes():
    lines = kept("某市2031年政府工作报告\n\n日期:2031年01月06日\n〖打印〗 >〖关闭窗口〗\n\n" + PARA + "\n\n" + PARA2 + "\n")
    assert not any("打印" in l for l in lines)
    lines = kept("某县人民政府关于做好防汛工作的通知\n〖打印本页〗〖关闭〗\n\n各乡镇人民政府：\n\n" + PARA + "\n")
    assert not any("关闭" in l for l in lines)


def test_a_footer_s_account_and_editor_labels_go():
    lines = kept("同志们：\n\n" + PARA + "\n\n" + PARA2 + "\n\n微信订阅号\n网站编辑\n")
    assert lines[-1].startswith("今年政府工作")


def test_a_glossed_qr_prompt_goes():
    lines = kept("某市人民政府辦公廳關(guān)于做好統計工作的通知\n\n" + PARA + "\n\n二○三一年四月四日\n\n掃描二維碼 關(guān)注我們\n")
    assert not any("二維碼" in l for l in lines)
    lines = kept("某县人民政府关于做好统计工作的通知\n\n" + PARA + "\n\n2031年4月4日\n\n扫描二维码 关注我们\n")
    assert not any("二维码" in l for l in lines)


def test_a_bracketed_invitation_to_more_goes():
    lines = kept("(點擊查閱更多2031年地方政府工作報告)\n某某作政府工作報告\n各位代表:\n" + PARA + "\n" + PARA2 + "\n")
    assert not any("點擊" in l for l in lines)
    lines = kept("某县政府工作报告\n\n" + PARA + "\n\n（点击查看更多往年政府工作报告）\n")
    assert not any("点击" in l for l in lines)


# --- what must stay ---------------------------------------------------------------------------

def test_a_note_in_white_brackets_stays():
    lines = kept("某县2031年统计公报\n\n〖注〗本表数据为初步统计数\n\n" + PARA + "\n\n" + PARA2 + "\n")
    assert any("本表数据为初步统计数" in l for l in lines)


def test_sentences_about_following_and_clicking_stay():
    text = ("某县政务公开工作要点\n\n" + PARA + "\n\n欢迎扫描二维码关注我们的政务公众号，获取最新政策信息。\n\n"
            "点击查看更多政策解读请登录县政府网站。\n\n" + PARA2 + "\n")
    lines = kept(text)
    assert any("欢迎扫描二维码" in l for l in lines)
    assert any(l.startswith("点击查看更多政策解读") for l in lines)


def test_an_editor_with_a_name_and_a_heading_on_people_s_livelihood_stay():
    lines = kept("某县政府工作报告\n\n" + PARA + "\n\n关注民生\n\n" + PARA2 + "\n\n网站编辑：张某\n")
    assert "关注民生" in lines
