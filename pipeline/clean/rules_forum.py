"""A forum's chrome over a post: archive sites that repost old articles as forum threads (a
bulletin-board engine) print the thread's counters, its title with a button, a thread pager, the
poster's status and name, the post's toolbar with its date, and the newspaper's empty page and
column labels — all above the article, none of it the article. Only in the head zone (the lines
before the first prose line), and each line only of these widgets' own shapes.
"""
from __future__ import annotations

import re

from .page import Page, window
from .rules_portal import TIMESTAMP, TIMESTAMP_SOURCE
from .zones import head_zone

COUNTER_ITEM = re.compile(r"^\s*[•·●▪]?\s*\d{1,7}\s*(?:阅读|回复|浏览|点击|评论|收藏|点赞|人阅读|次阅读)\s*$")
BUTTON_LINE = re.compile(r"^.{1,60}?\s*\[(?:复制链接|复制本帖链接|打印|收藏本帖|分享)\]\s*$")
PAGER_PAIR = re.compile(r"^\s*(?:上一主题|上一篇|上一页|上一条|上一帖)\s+(?:下一主题|下一篇|下一页|下一条|下一帖)\s*$")
STATUS_USER = re.compile(r"^\s*(?:离线|在线)\s*[A-Za-z0-9_.\-\u4e00-\u9fff]{1,24}\s*$")
TOOLBAR_WORDS = re.compile(r"只看楼主|倒序阅读|正序阅读|发表于|楼主|引用|举报|使用道具|电梯直达")
EMPTY_LABEL = re.compile(r"^\s*(?:专栏|栏目|作者|来源|编辑|责任编辑|版次|版面)\s*[:：]\s*$")
EDITION_EMPTY = re.compile(r"^\s*第\s*\d{1,3}\s*版\s*[(（]\s*[)）]\s*$")
TOOLBAR_MAX = 80     # characters
# a bulletin board's post header, as a university BBS prints it over every post (unseen4): the board
# ('Green 版 (精华区)'), 发信人/信区, 标  题, 发信站 with its date, and the repost notes in 【 】
BBS_HEADER = re.compile(r"^\s*(?:(?:发信人|發信人)\s*[:：].*(?:信区|信區)\s*[:：]|(?:发信站|發信站)\s*[:：]"
                        r"|(?:标|標)\s*(?:题|題)\s*[:：]"
                        r"|【\s*(?:以下文字转载自|以下文字轉載自|原文由)\s*.{1,40}】\s*$"
                        r"|\S{1,30}\s*版\s*[(（]\s*(?:精华区|精華區|文摘区|文摘區)\s*[)）]\s*$)")


def _chrome(text: str) -> bool:
    if COUNTER_ITEM.match(text) or BUTTON_LINE.match(text) or PAGER_PAIR.match(text) \
            or STATUS_USER.match(text) or EMPTY_LABEL.match(text) or EDITION_EMPTY.match(text):
        return True
    return len(text) <= TOOLBAR_MAX and len(set(TOOLBAR_WORDS.findall(text))) >= 2


def forum_chrome(page: Page) -> Page:
    """Drop a forum thread's widgets above the post it holds.

    Example: "• 58阅读", "  • 0回复", "某某的讲话 [复制链接]", "上一主题 下一主题", "离线admin",
    "只看楼主 倒序阅读 0 发表于: 1954-11-08", "第1版()", "专栏:" over a reposted 1954 article;
    a university BBS's post header: "某某 版 (精华区)", "发信人: … 信区: …", "标  题: …",
    "发信站: … (2003年03月06日…), 站内信件", "【 以下文字转载自 … 讨论区 】" (unseen4).
    """
    hits = [i for i in head_zone(page.lines) if _chrome(page.lines[i].text)]
    # the post header's lines read like prose to the head zone ('发信人: ersy (Green Mouse), 信区: Green'):
    # two or more of them among the first lines go wherever the zone ends
    bbs = [i for i in range(window(page.lines, BBS_SCAN)) if BBS_HEADER.match(page.lines[i].text)]
    if len(bbs) < 2:
        return page.drop(hits)
    # the reposted article's own release line right under the header ('2003-03-05 16:24:00  中新社'):
    # the head zone ended on the header, so `bare-timestamp` did not reach it
    after = [j for j in range(bbs[-1] + 1, len(page.lines)) if page.lines[j].text.strip()][:1]
    release = [j for j in after if TIMESTAMP_SOURCE.match(page.lines[j].text) or TIMESTAMP.match(page.lines[j].text)]
    return page.drop(hits + bbs + release)


BBS_SCAN = 15   # lines of text (in the copy's spacing): the post header stands over the post
