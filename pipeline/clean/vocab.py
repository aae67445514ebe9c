"""Boilerplate vocabulary: the words web pages use for their own furniture (never a document's words).

Each pattern is used by one rule (see rules_*.py); FOOTER_HINT also keeps footer blurbs from
counting as prose when the zones are drawn. The English link words (skip links in both scripts,
menu buttons, footer links) are in vocab_en.py.
"""
from __future__ import annotations

import re

I = re.IGNORECASE
DIGIT = "[0-9０-９]"

SEARCH_PROMPT = re.compile(
    r"^(请输入|输入|请键入).{0,24}(查询|搜索|检索|关键[字词])|^(站内)?(搜索|检索|全文检索)\s*[:：]?$"
    r"|^search( this site| the site)?\s*[:：.…]*$|^enter (a )?(keyword|search)", I)
# (round17zh) a site's quick-search bar: a label and a few short search words ('快捷搜索:论文 合同 演讲 心得',
# '热门搜索：工作总结 述职报告'): the site's links, never the title
SEARCH_PROMPT = re.compile(SEARCH_PROMPT.pattern + r"|^(?:快捷搜索|热门搜索|热搜词?|热门关键[字词]|大家都在搜|熱門搜索)\s*[:：]"
                           r"\s*[^\s。，；！？,;!?]{1,10}(?:\s+[^\s。，；！？,;!?]{1,10})*\s*$", I)

BREADCRUMB_LABEL = re.compile(
    r"^\s*(当前位置|您的位置|你的位置|我的位置|您现在的位置|你现在的位置|您当前的位置|所在位置|当前页面|you are here"
    r"|现在位置|目前位置|現在位置"   # (r47) '现在位置: 2006武汉两会>>最新报道>>…
    r"|(?:您|你)(?:当前|现在)?所在(?:的)?位置|当前所在(?:的)?位置"
    r"|當前位置|您現在的位置|你現在的位置|您當前的位置|當前頁面|(?:您|你)(?:當前|現在)?所在(?:的)?位置)"   # Traditional (unseen8)
    r"\s*[:：]?\s*(?P<rest>.*)$", I)
# an ASCII arrow between items too ('首页 -> 政务公开 -> 公告', round12zh)
CRUMB_SEP = "(?:-{1,2}>|>>|>|＞|»|›|→|/|／|\\\\)"
BREADCRUMB_SEP_LINE = re.compile(rf"^\s*{CRUMB_SEP}\s*$")
BREADCRUMB_LINE = re.compile(rf"^\s*(首页|主页|网站首页|首頁|主頁|網站首頁|home)\s*{CRUMB_SEP}", I)   # + Traditional (unseen8)
# (r26zh) a menu row from the home link on, its items between spaced dashes or dots ('首页 - 人大要闻 - 法规库 - …')
# (r48) the column's name the template prints before the trail, glued on its line ('工作报告 首页  >政务公开  >工作报告')
BREADCRUMB_LINE = re.compile(rf"^\s*(?:[^\s\W\d]{{2,8}}\s+)?(首页|主页|网站首页|首頁|主頁|網站首頁|home)\s*(?:{CRUMB_SEP}|\s[-–—·]\s(?=\S{{2,8}}\s[-–—·]\s))", I)
# a trail without a label that opens with the site's name: three or more short items between '>' marks
# (some templates print the mark after every item, the last one too)
CRUMB_TRAIL = re.compile(r"^(?=.*[^\W\d_])\s*[^\s>＞»›→。，；！？,;!?]{1,16}(?:\s*(?:>>|>|＞|»|›|→)\s*[^\s>＞»›→。，；！？,;!?]{1,16}){2,}(?:\s*(?:>>|>|＞|»|›))?\s*$")   # a trailing mark too: '网站>栏目>文章>'

TIME_LABELS = "发表时间|发布时间|发布日期|发表日期|发稿时间|时间|日期|published|posted( on)?|發表時間|發布時間|發佈時間|發布日期|發佈日期|時間"   # + a Traditional copy (unseen3)
TIME_LABELS = "刊发日期|刊发时间|刊發日期|刊發時間|" + TIME_LABELS   # a bulletin's or e-paper's date label (unseen12)
# (r26zh) a document-sharing site's upload date, and its file record before it ('文档格式：DOCX 页数：12 …')
TIME_LABELS = "上传时间|上传日期|上傳時間|上傳日期|" + TIME_LABELS
ORIGIN_LABELS = "来源|信息来源|文章来源|稿件来源|source|來源|信息來源|文章來源|稿件來源"   # + a Traditional copy (unseen3)
# a news page's origin label names the kind of item ('新闻来源: 政府办', round13zh)
ORIGIN_LABELS += "|新闻来源|新聞來源"
COUNTER_LABELS = "阅读量|阅读次数|阅读数|浏览次数|浏览量|点击数|点击量|点击率|访问量|编辑次数|views|hits|阅读|浏览|点击|访问次数"
# + a Traditional copy's (round8zh, xxs2: '點擊數:人次')
# a bare '访问' before an empty count ('访问:次', the script that filled it did not run; round12zh)
COUNTER_LABELS += "|访问"
# (round19zh) a news page's counter worded as 'times looked at' ('查看次数:4076')
COUNTER_LABELS += "|查看次数|查看量|查看数"
COUNTER_LABELS += "|閱讀量|閱讀次數|閱讀數|瀏覽次數|瀏覽量|點擊數|點擊量|點擊率|訪問量|閱讀|瀏覽|點擊"
PERSON_LABELS = "录入者|录入|作者|编辑|责任编辑|审核|审校|撰稿|责编"   # not English "Author:": a memo's own
PERSON_LABELS += "|发布人|发布者|發佈人|發布者"
# (r26zh) a document-sharing site's uploader ('上传者：…'), and the editor's labels in Traditional script ('責任編輯：…')
PERSON_LABELS += "|上传者|上传人|上傳者|上傳人|責任編輯|編輯|責編|審核|錄入"
PERSON_LABELS += "|文档格式|文件格式|文檔格式"
# (r26zh) a messaging app's credits under the article ('文字：…', '校对：…', '美编：…')
PERSON_LABELS += "|文字|校对|校對|美编|美編|排版|统筹|統籌|摄影|攝影"   # (round20zh) the item's poster on a platform's page ('发布人：某某')
TAG_LABELS = "词条标签|标签|关键词|关键字|tags"
TAG_LABELS = TAG_LABELS + "|专题|專題"   # a news page's topic label in its byline ('專題:2008年全國兩會', unseen13)
META_LABEL = re.compile(
    rf"(?P<label>{TIME_LABELS}|{ORIGIN_LABELS}|{COUNTER_LABELS}|{PERSON_LABELS}|{TAG_LABELS})\s*[:：]", I)
TIME_LABEL = re.compile(rf"^({TIME_LABELS})$", I)
ORIGIN_LABEL = re.compile(rf"^({ORIGIN_LABELS})$", I)
COUNTER_LABEL = re.compile(rf"^({COUNTER_LABELS})$", I)
DATE_VALUE = re.compile(rf"^{DIGIT}{{2,4}}\s*[-/年.．]\s*{DIGIT}{{1,2}}|^[A-Z][a-z]+ {DIGIT}{{1,2}},? {DIGIT}{{4}}")

UPDATED = re.compile(
    r"^\s*(?:[*•·▪]\s*)?(更新时间|更新日期|最后更新|最近更新|修改时间|最后修改|last updated|last modified|updated)"
    r"\s*[:：]\s*(?P<value>\S.*)$", I)

COPYRIGHT = re.compile(r"^\s*(copyright\b|©|\(c\)\s*\d|版权所有)|all rights reserved|©|版权所有(\s*[:：©(（]|\s*$)", I)
# 版權所有 in Traditional script too: the footer of a page in Traditional characters (unseen13)
COPYRIGHT = re.compile(r"^\s*(copyright\b|©|\(c\)\s*\d|版权所有|版權所有)|all rights reserved|©|(?:版权所有|版權所有)(\s*[:：©(（]|\s*$)", I)
# (r26zh) the holder's name before 版权所有 and the footer's address or phone after it, a space between
# ('某市教育局版权所有　地址：某市人民路88号　联系电话：…')
COPYRIGHT = re.compile(COPYRIGHT.pattern + r"|(?:版权所有|版權所有)(?=[\s\u3000]+(?:地址|地點|电话|電話|联系电话|聯繫電話|邮编|郵編|ICP|备案|備案|技术支持|技術支持))", I)
COPYRIGHT_NOISE = re.compile(
    r"copyright|©|\(c\)|all rights reserved\.?|版权所有|不得转载|未经许可|"
    rf"{DIGIT}{{4}}(\s*[-–—~～]\s*{DIGIT}{{4}})?\s*年?|[,，:：|｜]", I)
# the same words in Traditional script, and a reprint ban worded with 授權 (unseen13)
COPYRIGHT_NOISE = re.compile(COPYRIGHT_NOISE.pattern + r"|版權所有|不得轉載|未經許可|未经授权禁止转载|未經授權禁止轉載", I)

# (round22) what a footer's copyright line goes on to after the holder's name: its registration
# numbers, address, phone, builder ('版权所有：某某市人民政府办公室  ICP备案号：…  地址：…'); the site's
# name is the holder only
HOLDER_END = re.compile(r"\s+(?:\S{0,4}ICP|\S{0,4}备案|\S{0,4}公网安备|网站标识码|地址|电话|联系电话|邮编|技术支持|"
                        r"网站维护|ICP|Tel\b|Address\b)", I)

FOOTER_BLURB = re.compile(
    rf"^\s*[（(]\s*未完[，,]?\s*全文共\s*{DIGIT}+\s*字"   # a preview's truncation note (unseen4)
    r"|^\s*[（(【]\s*请[^。（()）]{0,12}(?:阅读|查看|注意)[^。（()）]{0,12}提示[^。（()）]{0,6}[）)】]\s*$"
    rf"|收录\s*{DIGIT}[0-9０-９,，.]*\s*(万\s*)?(余\s*)?(条|个|篇|部|首|词条)"
    r"|(本站|本网|本网站|本平台|本百科)(所有|部分)?(内容|文章|信息|资料|词条)"
    # (r26zh) the disclaimer of what the site carries, in either script ('本網站所刊載信息，不代表本網觀點')
    r"|(本站|本网站|本網站|本網)(所刊载|所刊載|刊载|刊載|所载|所載)的?(内容|內容|文章|信息|資料|资料)"
    r"|内容开放、自由的电子版"
    # (r26zh) the site's advice on the browser and screen to view it with ('建议使用IE9以上浏览器，1366*768分辨率浏览本站')
    r"|(?:建议|建議|推荐|推薦|最佳)\S{0,12}?(?:浏览器|瀏覽器|分辨率|解析度|解像度)"
    # (r26zh) a messaging app's button labels for screen readers, run together at the article's foot
    # ('：，。视频小程序赞，轻点两下取消赞在看，轻点两下取消在看')
    r"|轻点两下取消(?:赞|在看)|輕點兩下取消(?:讚|贊|在看)", I)
FOOTER_LINKS = re.compile(
    r"ICP\s*(备|证)|公网安备|网站标识码|网站地图|联系我们|关于我们|免责声明|隐私政策|网站声明|法律声明|"
    r"主办单位|承办单位|主办\s*[:：]|承办\s*[:：]|技术支持|privacy policy|terms of (use|service)|contact us|about us|sitemap|"
    # (round15zh) the same links in Traditional script, as a Macao, Hong Kong or Taiwan portal prints them
    r"網站地圖|聯絡我們|聯繫我們|關於我們|免責聲明|私隱政策|隱私政策|隱私權政策|網站聲明|使用條款|使用条款|"
    # (r25auditzh) the sponsor's and registration labels in Traditional script ('主辦單位：…　網站標識碼：…')
    r"主辦單位|承辦單位|主辦\s*[:：]|承辦\s*[:：]|網站標識碼|公網安備|技術支持|技術支援|"
    # (r40webpdf) the sponsor and the builder named before their labels, no colon ('某市人民政府办公室主办  某市信息中心承办')
    r"[^\s，。；,;]{2,30}(?:主办|主辦)\s+[^\s，。；,;]{2,30}(?:承办|承辦)", I)
TAG_LINE = re.compile(r"^\s*(?:词条标签|标签|tags)\s*[:：]", I)   # '词条标签：管理学，法律术语': a list, not prose
FOOTER_HINT = re.compile(
    f"{COPYRIGHT.pattern}|{FOOTER_BLURB.pattern}|{FOOTER_LINKS.pattern}|{UPDATED.pattern}|{TAG_LINE.pattern}", I)

SHARE = re.compile(
    r"扫一扫|扫描二维码|用手机扫|手机扫码|在手机(上)?(打开|浏览|阅读|查看)|分享到|分享至|一键分享|"
    r"分享让更多人看到|"
    # (round15zh) a share row's label with a colon and the services after it ('分享：微信 Facebook 電郵')
    r"^\s*分享\s*[:：]\s*(?:微信|微博|QQ|Facebook|Twitter|LINE|WhatsApp|電郵|电邮|郵件|邮件)|"
    r"share (this|on|to|via)|scan the qr|"
    # (r40webpdf) an English share row's label with a colon and the services after it ('Share: Facebook Twitter
    # Email'), also after the item's date on one line ('19 September 2022 Share: Facebook Twitter Email')
    r"\bshare\s*:\s*(?:facebook|twitter|linkedin|e-?mail|whatsapp|print|x\b)", I)

# an invitation to more items of the kind, with no arrow ('点击查阅更多2023年地方政府工作报告', round12zh)
MORE_INVITE = re.compile(r"^\s*[（(]?\s*(?:请|請)?(?:点击|點擊)(?:此处|此處)?(?:查阅|查閱|查看|阅读|閱讀|浏览|瀏覽)更多"
                         r"[^。，；！？,;!?（）()]{0,30}[)）]?\s*$")   # (r30zhweb) in brackets, in Traditional script
# (round22) a sidebar box's header: its name and the box's 'more' button, a space between ('更多 今日话题',
# '24小时排行榜 更多'); a document's own line never puts a bare 更多 apart from a short name
MORE_BOX = re.compile(r"^\s*更多\s+[^\s。，；：！？,;:!?]{2,12}\s*$|^\s*[^\s。，；：！？,;:!?]{2,12}\s+更多\s*$")
MORE_LINK = re.compile(r"(?:详情|更多|查看更多|查看详情|阅读全文|点击查看|read more|more)\s*(?:>>|»|›|》》|＞＞|>)\s*$", I)

WIDGET_TOKENS = frozenset("""
下载 打印 全屏 退出全屏 字号 字体 收藏 加入收藏 分享 打印本页 打印此页 打印文章 打印页面 关闭 关闭窗口
关闭本页 返回 返回顶部 回到顶部 顶部 上一篇 下一篇 纠错 我要纠错 评论 点赞 手机版 二维码 微信 微博
复制链接 默认 放大 缩小 A+ A- 朗读 听全文 视力保护色 × ✕ 意见反馈 投诉建议 我有疑问 e-mail推荐 邮件推荐 推荐给朋友 发送给朋友 推荐
继续访问 放弃 取消访问 返回首页 我要打印 打印正文 收藏本页 关闭页面 关闭本窗口
大字号 中字号 小字号
字號 字體 手機版 移動版
正文 复制 复制全文
查看原文 查看全文 阅读原文 下载原文 原文链接
qq空间 qq好友 qq 新浪微博 腾讯微博 微信朋友圈 朋友圈 人人网 豆瓣网
print share download close email tweet facebook twitter bookmark comments fullscreen
""".split()) | {"back to top", "print this page", "close window", "font size", "full screen", "share this"}
# (正文 复制 复制全文: a page's 正文 tab and copy button, unseen3)
# (字號 字體 手機版 移動版: the same buttons on a page in Traditional script, unseen10)
# a page's date bar ('今天是：' whose date a script wrote), a read-aloud button, a disclosure page's
# tabs and a skip link for screen readers: page furniture, one a line at the edges (unseen12)
# the print bar's save button between 打印 and 收藏 ('保存', '保存本页'), one token a line (round10zh, xxw5)
WIDGET_TOKENS = WIDGET_TOKENS | frozenset("保存 保存本页 保存页面".split())
WIDGET_TOKENS = WIDGET_TOKENS | frozenset("今天是 语音阅读 語音閱讀 详细信息 詳細信息 公开具体内容 跳到主要内容 跳到主要內容 跳转到主要内容".split())
# a print bar's label and page-jump box, and its buttons in Traditional script ('頁面功能 【打印】 【關閉】
# 跳轉到頁', '【字體：大 中 小】 打印本頁 關閉窗口', round11zh)
WIDGET_TOKENS = WIDGET_TOKENS | frozenset("页面功能 頁面功能 跳转到页 跳轉到頁 關閉 關閉窗口 關閉本頁 打印本頁 打印此頁 列印本頁".split())
# (round15zh) the print button and the jump to the top in Traditional script ('列印', '返回頂部')
WIDGET_TOKENS = WIDGET_TOKENS | frozenset("列印 列印此頁 返回頂部 回到頂部".split())
# (round23) a cut article's button to the rest of it ('【阅读全文】', '展开全文'), Traditional too
WIDGET_TOKENS = WIDGET_TOKENS | frozenset("阅读全文 展开全文 点击阅读全文 点击展开全文 閱讀全文 展開全文 點擊閱讀全文".split())
# a document-sharing site's download buttons over its preview of an uploaded file (unseen13)
WIDGET_TOKENS = WIDGET_TOKENS | frozenset("下载文档 下载文档原格式 下载原格式 下载本文档 免费下载 在线预览".split())
# the skip link naming its target as a block or reached with 至 (a Taiwanese portal's '跳到主要內容區塊', round6)
WIDGET_TOKENS = WIDGET_TOKENS | frozenset("跳到主要內容區塊 跳到主要内容区块 跳至主要內容 跳至主要内容 跳至主要內容區塊 跳至主要内容区块".split())
# a read-aloud button, its duration cut off by the extraction ('点击播报本文，约')
LISTEN_WIDGET = re.compile(r"^\s*(?:点击)?(?:播报|朗读|收听|语音播报)(?:本文|全文|文章)[，,]?\s*(?:约)?\s*(?:[0-9０-９]+\s*(?:分钟|秒))?\s*$"
                           # (round16zh) a read-aloud button naming what it reads ('点击收听年报语音朗读', '收听本文语音播报')
                           r"|^\s*(?:点击)?(?:收听|聆听|播放)[\u4e00-\u9fff]{0,8}?(?:语音|語音)(?:朗读|朗讀|播报|播報)\s*$")
# (sitewidgets) a site's "add to desktop" shortcut widget ('电脑桌面' / '添加某某网到电脑桌面' / '安装后可以在桌面快捷访问')
DESKTOP_SHORTCUT = re.compile(r"^\s*(?:(?:添加|加入|保存)[\u4e00-\u9fffA-Za-z0-9]{0,12}?到(?:电脑|電腦)?桌面|(?:电脑|電腦)桌面"
                              r"|(?:安装|安裝)后?(?:即可|就可以|可以|可)?在(?:电脑|電腦)?桌面(?:上)?快捷(?:访问|訪問|打开|打開)"
                              r"|(?:创建|建立|发送)?桌面快捷方式)\s*$")
# (round16zh) a follow button's label for the site's account on a messaging app, alone on its line ('公众号')
WIDGET_TOKENS = WIDGET_TOKENS | frozenset("公众号 公眾號 关注公众号 關注公眾號 微信公众号 微信公眾號".split())
# (round19zh) a news app's page tabs ('详情', alone at the top over the headline) and the label of the
# editor's digest over the standfirst ('导读'): the app's furniture, one a line at the edges
WIDGET_TOKENS = WIDGET_TOKENS | frozenset("详情 詳情 导读 導讀".split())
# (round22) a news page's rating and vote buttons ('评分', '顶 踩' beside 收藏): furniture like the print bar
WIDGET_TOKENS = WIDGET_TOKENS | frozenset("评分 打分 顶 踩 頂".split())
# (r27zhportal) a law or policy site's search-and-account bar printed as one line at the top ('搜索 咨询',
# '登录 注册', '检索 在线咨询'): the search box's button, the site's "ask a lawyer" and account links
WIDGET_TOKENS = WIDGET_TOKENS | frozenset("搜索 检索 咨询 在线咨询 免费咨询 登录 注册 登錄 註冊 諮詢".split())
# (r26zh) a messaging app's article copied with its foot ('阅读原文' / '在看' / '写留言' / '预览时标签不可点' /
# '微信扫一扫' / '关注该公众号') and the collection label over it ('收录于合集'); a site's report
# button and its desktop/mobile switch ('电脑版 | 手机版')
WIDGET_TOKENS = WIDGET_TOKENS | frozenset("在看 写留言 留言 赞 预览时标签不可点 微信扫一扫 关注该公众号 微信扫一扫关注该公众号"
                                          " 收录于合集 收录于话题 收錄於合集 举报 舉報 电脑版 電腦版".split())
# (r30zhweb) a footer's labels whose content was an image or is gone: the messaging account's label over its QR
# code ('微信订阅号'), the editor's label without the name ('网站编辑'), the QR prompt ('扫描二维码 关注我们')
WIDGET_TOKENS = WIDGET_TOKENS | frozenset("微信订阅号 微信訂閱號 订阅号 訂閱號 网站编辑 網站編輯 责任编辑 責任編輯"
                                          " 扫描二维码 掃描二維碼 扫一扫 掃一掃 关注我们 關注我們".split())
# (r26zh) the app's newer foot under an article opened outside it ('继续滑动看下一个', '轻触阅读原文', '知道了')
WIDGET_TOKENS = WIDGET_TOKENS | frozenset("继续滑动看下一个 向上滑动看下一个 轻触阅读原文 知道了 繼續滑動看下一個 輕觸閱讀原文".split())
# (r26zh) the label of a page's attachment links at its foot ('附件下载：' over '….pdf'), the files already gone
WIDGET_TOKENS = WIDGET_TOKENS | frozenset("附件下载 附件下載 下载附件 下載附件".split())
# (r30zhpdf) the same button of a disclosure page's record box, printed as the box's row ('文件下载')
WIDGET_TOKENS = WIDGET_TOKENS | frozenset("文件下载 文件下載 下载文件 下載文件".split())
# (r26zh) a prompt to follow the account over an article ('点击蓝字 关注我们', '▲点击上方蓝字关注我们'), an
# article's end mark ('- END -'), a collection's tags with their counts ('#政府工作报告 6个')
FOLLOW_PROMPT = re.compile(r"^\s*[▲△↑☝⬆👆]*\s*(?:点击|點擊)\s*(?:上方|上面|下方)?\s*(?:蓝字|藍字|蓝色字体?|藍色字體?|“[^”]{1,16}”)"
                           r"\s*(?:一键)?(?:关注|關注)(?:我们|我們)?\s*[!！]?\s*$"
                           r"|^\s*[-—–_=·•]+\s*(?:END|End|完)\s*[-—–_=·•]+\s*$"
                           r"|^\s*#[^\s#]{1,20}\s*[0-9０-９]+\s*个\s*$")
# (r30zhweb) a tipping widget at an article's foot: its prompt ('如果喜欢本篇内容,请赞赏鼓励哦!', '觉得有用就打赏
# 一下吧'), its empty or counted state ('尚未有人赏赞,赶紧来一个吧', '已有3人赞赏') and its button ('赏赞', '赞赏支持',
# WIDGET_TOKENS); no sentence of the text ends in it (no 。)
TIP_PROMPT = re.compile(r"^\s*(?:如果|若|如)?(?:喜欢|喜歡|觉得|覺得)[^。]{0,14}?(?:赞赏|讚賞|打赏|打賞|赏赞|賞讚)[^。]{0,8}$"
                        r"|^\s*(?:尚未有人|还没有人|還沒有人|已有\s*[0-9０-９]+\s*人)(?:赞赏|讚賞|打赏|打賞|赏赞|賞讚)[^。]{0,14}$")
WIDGET_TOKENS = WIDGET_TOKENS | frozenset("赞赏 讚賞 打赏 打賞 赏赞 賞讚 赞赏支持 我要打赏 我要赞赏".split())
# (r26zh) a messaging app's byline over an article: the account's name (twice: author and account),
# marked original or reprinted, the date and time, and the place it was posted from ('原创 某市发布 某市发布
# 2024-01-22 18:30 某省', '某县融媒 某县融媒 2023-02-08 07:45 发表于某省')
ACCOUNT_BYLINE = re.compile(r"^\s*(?:原创|原創|转载|轉載)?\s*(?:[^\s，。；！？,;!?]{2,16}\s+){1,3}(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?"
                            r"\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s+(?:发表于|發表於)?[\u4e00-\u9fff]{2,8})?\s*$")
# (r26zh) a messaging app's card of the account an article is reposted from ('以下文章来源于某区发布，作者某区发布')
REPOST_CARD = re.compile(r"^\s*以下文章来源于\s*(?P<account>[^\s，,。]{1,24})\s*[，,]?\s*(?:作者\s*\S{1,24})?\s*$")
# (r26zh) a document-sharing site's download button ('VIP免费下载', '立即下载', '免费下载这篇文档'), its
# notice that a user uploaded the file ('该文档为用户上传，如有侵权请联系客服删除'), and a law database's
# notes on the statute's versions and its download formats ('本篇法规有1个历史版本', '法规全文下载：TXT | DOC')
DOWNLOAD_BUTTON = re.compile(r"^\s*(?:VIP|会员|會員)?(?:免费|免費|立即|点击|點擊|一键|一鍵)?(?:下载|下載)(?:这篇|這篇|本篇|本|该|該|此)?"
                             r"(?:文档|文檔|文章|资料|資料|全文|原文|文件)?\s*$")
UPLOAD_NOTICE = re.compile(r"(?:文档|文檔|内容|內容|资料|資料|作品)\S{0,6}?(?:由|为|為)(?:用户|用戶|网友|網友|会员|會員)\S{0,6}?(?:上传|上傳)"
                           r".{0,40}?(?:侵权|侵權|侵犯)")
LAW_DB_NOTE = re.compile(r"^\s*(?:本篇|本|该|該)(?:法规|法規|法律|条例|條例|规章|規章|文件)(?:暂无|暫無|有\s*[0-9０-９]+\s*个)"
                         r"(?:修订信息|修訂信息|历史版本|歷史版本|修改记录|修订版本)\s*$"
                         r"|^\s*(?:法规|法規|法律)?全文下载\s*[:：]\s*(?:TXT|DOCX?|PDF|WORD)(?:\s*[|｜/]\s*(?:TXT|DOCX?|PDF|WORD))*\s*$")
WIDGET_SPLIT = re.compile(r"[\s【】\[\]〔〕〖〗|｜·•*▪>＞]+")   # (r30zhweb) white brackets and an arrow: '〖打印〗 >〖关闭窗口〗'
BRACKETS_ONLY = re.compile(r"^\s*[【】\[\]〔〕〖〗|｜>＞»›][\s【】\[\]〔〕〖〗|｜>＞»›]*$")

FONT_WIDGET = re.compile(r"^\s*[【\[]?\s*(字体|字号|文字大小|font size|text size)\s*[:：]?\s*(?P<rest>.*)$", I)
# a font-size label in Traditional script or worded as an invitation, its buttons images ('定義你的瀏覽字號:', unseen13)
FONT_WIDGET = re.compile(r"^\s*[【\[]?\s*(字体|字号|文字大小|字體|字號|(?:定义|定義)?(?:你的|您的)?(?:浏览|瀏覽)字[号號体體]|font size|text size)\s*[:：]?\s*(?P<rest>.*)$", I)
# the label with 大小 and an imperative before it ('字体大小：', '设置字体大小：【大 中 小】', round6): the same switcher
FONT_WIDGET = re.compile(r"^\s*[【\[]?\s*((?:设置|调整|設置|調整)?(?:字体|字号|字體|字號|文字)大小|字体|字号|字體|字號"
                         r"|(?:定义|定義)?(?:你的|您的)?(?:浏览|瀏覽)字[号號体體]|font size|text size)\s*[:：]?\s*(?P<rest>.*)$", I)
FONT_SIZES = frozenset("大 中 小 默认 标准 超大 特大 A A+ A- 】 ] large medium small".split())
# the sizes in Traditional script ('字號: 默認 超大 | 打印 |', round14zh)
FONT_SIZES = FONT_SIZES | frozenset("默認 標準 較大 较大".split())
WIDGET_TOKENS = WIDGET_TOKENS | frozenset("默認 標準".split())
# (r25auditzh) a size switch whose two sizes are the letter T drawn large and small ('字号：T|T',
# '字體：T | T'): the letter is the button, never a word of the text
FONT_SIZES = FONT_SIZES | frozenset("T t".split())

# (r40enlegal) a law database's tools in its bar ('某某法律法规库　｜　首页　｜　法规检索　｜　帮助中心'): search, help
NAV_TOKENS = frozenset("""
首页 主页 网站首页 新闻 新闻中心 要闻 政务 政务公开 政务信息 信息公开 政务服务 办事服务 服务 互动
互动交流 公众参与 专题 专题专栏 数据 数据发布 走进 概况 机构 领导 通知公告 English
无障碍 无障碍浏览 长者模式 关怀版 适老化 读屏 繁體 繁体 简体 中文 手机版 移动版 登录 注册 邮箱 RSS 网站导航
设为首页 收藏本站 热门站点
帮助中心 帮助 检索 法规检索 高级检索 站内搜索 搜索
簡體版 繁體版 简体版 繁体版 英文版 英文 寄給朋友 发给朋友 發給朋友 列印 打印本页 列印本頁
home news about contact services
""".split())

# (r27) a news site's channel names: items of a menu bar only where separators part them
# ('新闻网 | 时政 | 国际 | 财经 | 观点 | 视频'); alone on a line such a word may be a section's heading
NEWS_CHANNELS = frozenset("""
时政 国内 国际 财经 经济 金融 股票 科技 军事 社会 法治 体育 娱乐 文化 教育 健康 旅游 汽车 房产 图片 视频 直播
评论 观点 理论 地方 港澳 台湾 两岸 华人 生活 时尚 游戏 读书 公益 专栏 访谈 滚动 快讯 热点 原创
""".split())

# (round19zh) a portal's channel, printed under the site's name over the headline ('某某区人民政府' /
# '政府信息公开' / the headline): the menu's names and the disclosure channels of 信息公开 portals
CHANNEL_NAMES = NAV_TOKENS | frozenset("""
政府信息公开 政府信息公开专栏 信息公开专栏 政务公开专栏 法定主动公开内容 主动公开 政策文件 政府文件 政策法规
""".split())

RELATED_MARKERS = frozenset("""
随便看 随便看看 相关阅读 相关文章 相关新闻 相关链接 相关推荐 相关词条 相关报道 猜你喜欢 热门文章 热门推荐
热门词条 推荐阅读 延伸阅读 精彩推荐 更多阅读 大家都在看 热点新闻 最新文章 最新词条 相关资讯 热点推荐
相关文档 相关文件 相关附件 相关稿件 相关专题 相关政策 相关解读 友情链接 友情鏈接
关联稿件 关联文件 关联文档 关联信息 相关信息
""".split()) | {"related articles", "related posts", "related stories", "related links", "you may also like",
                "read more", "recommended", "more stories"}
# (r26zh) a law database's related statutes, a messaging app's earlier articles and 'what readers also liked'
RELATED_MARKERS = RELATED_MARKERS | frozenset("相关政策文件 相關政策文件 相关资料 相關資料 相关法规 相关法律 相關法規 往期推荐 往期回顾 往期精选 往期推薦 往期回顧"
                                                 " 喜欢此内容的人还喜欢 熱門新聞 热门新闻".split())
# the same markers in Traditional script, as a BIG5 gateway or a Taiwanese or Hong Kong site prints them (unseen13)
RELATED_MARKERS = RELATED_MARKERS | frozenset("相關閱讀 相關文章 相關新聞 相關鏈接 相關連結 相關推薦 相關報道 相關報導 相關資訊 相關文件 相關稿件 熱門文章 推薦閱讀 延伸閱讀"
                                                 " 相關詞條 熱門詞條 最新詞條 相關文檔 相關推薦".split())   # round9zh: a wiki mirror's related entries

# (r26legal) a code's division 'TITLE 5. WATERS AND HARBORS', 'Title IV General', 'TITLE I' in capitals is no entry
# label: a number and a name follow the word, or the word in capitals and its number
# (r27codes) nor a code's Title line in title case with its number's mark ('Title 9: Commerce and Trade', 'Title 1. General')
ENTRY_LABEL = re.compile(r"^(?!\s*(?-i:TITLE)\s+(?-i:\d{1,4}|[IVXLC]{1,6})\b)(?!\s*title\s+(?-i:\d{1,4}[A-Z]?|[IVXLC]{1,6})\s*[:.\-–—]\s*\S)\s*(词条|条目|词目|文章标题|标题|title)(\s*[:：]\s*|\s+(?!(?-i:\d{1,4}|[IVXLC]{1,6})\b\.?\s+\S))(?=\S)", I)
DEFINITION_LABELS = frozenset("释义 基本释义 详细释义 词条释义 百科释义 词语释义".split())

NAME = "[\u4e00-\u9fff×xX*＊·]{1,4}"   # a photographer's name, or the ×× a page puts in its place
PHOTO_CREDIT = re.compile(
    rf"(?:^|(?<=[\s。！？）)]))\s*[（(]?[^\s。，；！？（()]{{0,12}}?(?:记者|摄影|通讯员)\s*{NAME}(?:[\s、]+{NAME}){{0,3}}"
    r"\s*[/／]?\s*摄(?:影)?\s*[)）]?\s*$"   # '新华社记者 谢环驰/摄': a slash before 摄 (unseen2)
    r"|(?:^|(?<=[\s。！？]))\s*[（(]?(?:图片来源|图片|摄影)\s*[:：/／][^。，；！？\n]{1,30}[)）]?\s*$")
# the same credit without a reporter's title: a bare name after the caption's last sentence ('…报告。张三 摄')
PHOTO_CREDIT_BARE = re.compile(rf"(?<=[。！？）)])\s*[（(]?[\u4e00-\u9fff×]{{2,4}}\s+摄\s*[)）]?\s*$")
# a caption that says what the picture shows ('图为…', '上图：…'), standing on its own line
CAPTION_OPENER = re.compile(r"^\s*(?:[【\[（(]图[】\]）)]|(?:上|下|左|右|组)?图为|(?:上|下|左|右)?图\s*[:：]|图片\s*[:：])")

WIRE_DATELINE = re.compile(
    r"^\s*(?P<outlet>[\u4e00-\u9fff]{1,8}?(通讯社|社|网|报|电视台|台|通訊社|網|報|電視臺|臺))(?P<place>[\u4e00-\u9fff]{0,6}?)\s*"
    rf"(?P<date>({DIGIT}{{2,4}}年)?{DIGIT}{{1,2}}月{DIGIT}{{1,2}}日)\s*(电|讯|消息|電|訊)\s*$")   # Traditional too (unseen4)

GUTENBERG_START = re.compile(r"^\s*(\*{3}\s*)?START OF (THE|THIS) PROJECT GUTENBERG E-?BOOK", I)   # stars stripped in some copies
GUTENBERG_END = re.compile(
    r"^\s*((\*{3}\s*)?END OF (THE|THIS) PROJECT GUTENBERG E-?BOOK|End of (the )?Project Gutenberg)", I)
GUTENBERG_FIELD = re.compile(r"^\s*\[?\s*(?P<key>Title|Author|Release Date|Posting Date|Last updated|Language)"
                             r"\s*:\s*(?P<value>[^\]]*?)\s*(\[[^\]]*\])?\s*\]?\s*$", I)
GUTENBERG_CREDIT = re.compile(r"^\s*(Produced by|E-?text prepared by|Transcribed (from|by))\b", I)

# a page's 'you are leaving this site' dialog, printed as text when its markup is flattened
SITE_DIALOG = re.compile(r"(即将|将要)离开|离开本(站|网站)|是否继续(访问)?[？?]|you are (about to|now) leav(e|ing)", I)
META_BOX_LABEL = re.compile(r"^\s*(?P<label>[^\s:：，。；！？,;!?|｜、（）()《》“”]{1,6}(?:[ \u3000\xa0]{1,3}[^\s:：，。；！？、（）()]{1,3}){0,3})"
                            r"\s*[:：](?P<rest>.*)$")   # '索 引 号：', '标　　题：…', '生成日期：'

# The field names of a government page's catalogue box (政府信息公开 templates): a converter that
# lays the box out in narrow cells cuts them ('索 引' / '号：', '发文机 国务院办公厅', '发文\ufffd国办函…')
CATALOGUE_FIELDS = ("索引号", "主题分类", "发文机关", "成文日期", "标题", "发文字号", "发布日期", "主题词",
                    "生成日期", "公开方式", "公开时限", "公开范围", "责任部门", "发布机构", "发文日期", "有效性",
                    "信息来源", "关键词", "文号", "分类")

# A content site's editor speaking to the reader about the page ('下面学习啦小编给大家分享…，一起看一下吧！',
# '小编为大家整理了…'): the site's persona (小编) or its offer to "everyone" (为大家整理/分享/带来/推荐).
EDITOR_BLURB = re.compile(r"小编|(?:下面|以下|本文|今天)\S{0,8}?(?:为|给)大家(?:整理|分享|带来|推荐|收集|准备)"
                          # (round16zh) a site's channel offering the page 'for everyone's reference' ('…频道为大家整理的…，
                          # 供大家阅读参考。'), and its pointer to more of the channel ('更多阅读请查看本站…频道')
                          r"|(?:为|给)大家(?:整理|收集|准备|分享)\S{0,60}?供大家\S{0,4}?(?:参考|借鉴|阅读)"
                          r"|更多\S{0,6}?(?:请|敬请)(?:查看|访问|关注|进入|浏览)本(?:站|网)")

# An official document's red header (版头): the issuing body's name and 文件 ('某某人民政府办公厅文件'),
# over the document number. It names the issuer's paper, never the title (structure/front.py); as a
# site's headline its copy over the document goes (rules_labels.headline_echo) (unseen4)
RED_HEADER = re.compile(r"^[\u4e00-\u9fff（）()]{2,30}(?:人民政府|政府|办公厅|辦公廳|办公室|辦公室|委员会|委員會|局|厅|廳|部"
                        r"|委|院|党委|黨委|党组|黨組)文件$")

# (round7, xxh3/xxh7) A machine-converted copy that prints the PINYIN of converted characters in
# brackets after them ('當(dāng)前位置', '來(lái)源'): the glosses are the converter's, so a line's chrome
# words (here), its shape (structure: `signals.squeezed`) and a figure's name (figures) are read with
# them taken out. A gloss: lowercase Latin letters, at least one with a tone mark or ü, right after
# a CJK character, in half- or full-width brackets (the cleaning makes them full-width between Han),
# so '(GDP)', '(a)' and an English aside stay.
PINYIN_GLOSS = re.compile(r"(?<=[\u4e00-\u9fff])[(（](?=[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü])"
                          r"[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）]")


# (round21zh) a character a converter could not map, printed '?' in place of the character and its
# gloss's opening bracket: the gloss's letters and closing bracket right after ('治理?xiàng)l例').
# A '?' between two characters may be a question written half-width, so only the gloss marks it
LOST_CHAR = re.compile(r"(?<=[\u4e00-\u9fff])\?(?=[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\))")


def unglossed(text: str) -> str:
    """The line without its pinyin glosses ('當(dāng)前位置:首頁(yè)' -> '當前位置:首頁')."""
    return PINYIN_GLOSS.sub("", text) if "(" in text or "（" in text else text


# (round15zh) a portal's sidebar box label, printed mid-page between a heading and its text by a
# print to PDF or a copy of the whole page: the related-news markers and a services/links box
SIDEBAR_MARKERS = RELATED_MARKERS | frozenset("""
熱門服務 热门服务 常用服務 常用服务 便民服務 便民服务 熱門連結 热门链接 常用連結 常用链接 相關連結 相关连结
網上服務 网上服务 專題網站 专题网站 快速連結 快速链接
""".split())


# (round17zh) an encyclopedia page's apparatus over an entry: the polysemy note ('本词条是多义词,共5个义项',
# '这是一个多义词，请在下列义项上选择浏览'), a view counter that lost its number ('次浏览', '1.2万次浏览'),
# and the fold links and video tab of its boxes ('收起', '展开全部', 'VLoG')
POLYSEMY_NOTE = re.compile(r"^\s*(?:本词条是多义词|这是一个多义词|本詞條是多義詞|這是一個多義詞)[,，]?\s*(?:共\s*[0-9０-９]+\s*个义项"
                           r"|共\s*[0-9０-９]+\s*個義項|请在下列义项上?选择浏览|請在下列義項上?選擇瀏覽)?[^。]{0,12}\s*$")
BARE_VIEWS = re.compile(r"^\s*[0-9０-９.,]*\s*[万萬wWkK]?\s*次(?:浏览|瀏覽|阅读|閱讀|播放)\s*$")
WIDGET_TOKENS = WIDGET_TOKENS | frozenset("收起 展开 展开全部 收起全部 展開 收合 vlog".split())

# (round20zh) a document-sharing site's upload blurb under its preview ('《某某报告》由会员上传分享,免费在线
# 阅读,更多相关内容在某某-某某文库') and the label over it ('资源描述:', '文档描述：')
UPLOAD_BLURB = re.compile(r"由(?:会员|用户|网友|會員|用戶)\s*(?:上传分享|上传|分享|上傳分享|上傳)\s*[,，]\s*(?:免费|可)在线阅读"
                          r"|免费在线阅读\s*[,，]\s*更多相关内容在")   # '…由会员分享,可在线阅读,更多相关《…》' (r22print, xxh6)
PREVIEW_LABEL = re.compile(r"^\s*(?:资源描述|文档描述|文档介绍|文档简介|資源描述|文檔描述|文檔介紹)\s*[:：]?\s*$")

# (round20zh) a comment box's heading over the comments themselves ('评论回复'), its buttons run
# together by a copy ('提交回复返回'), and a comment's closing date in brackets ('：同意 ［2016-07-10］')
COMMENT_HEADS = re.compile(r"^\s*(?:评论回复|评论与回复|网友回复|回复列表|留言回复|评论列表|評論回覆|評論回復"
                           # (sitewidgets) the box's own label over its disclaimer ('用户评论', '网友评论', '发表评论')
                           r"|用户评论|用戶評論|网友评论|網友評論|发表评论|發表評論|我要评论|最新评论|相关评论)\s*[:：]?\s*$")
# (sitewidgets) a comment box's disclaimer ('(以下评论仅代表网友意见,与本站立场无关)'), with or without comments under it
COMMENT_DISCLAIMER = re.compile(r"(?:以下)?(?:评论|評論|留言|网友评论)(?:内容)?(?:仅|只)代表(?:网友|網友|个人|個人|发布者|用户)"
                                r"(?:个人|個人)?(?:意见|意見|观点|觀點|看法)|与本站(?:立场)?无关|與本站(?:立場)?無關")
COMMENT_BUTTONS = ("提交", "回复", "返回", "发表", "取消", "重置", "评论", "登录", "注册", "清空", "发布", "关闭")
COMMENT_DATED = re.compile(r"[\[［【(（]\s*\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"
                           r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*[\]］】)）]\s*$")

# the promulgating words of an announcement or order ('《某某条例》已于…通过，现予公布，自…起施行'):
# the issuer's own text, which no site's summary says (cleaning keeps it; structure titles the
# promulgated regulation by it)
PROMULGATES = re.compile(r"(?:现|現|予以|现予|現予)(?:公布|公佈)|公布施行|公佈施行")

# -- (r27docshare) a document-sharing or model-text site's furniture around its preview of a file ------
# the preview's prompts and buttons, one a line: '想预览更多内容，点击预览全文', '已阅读5页，还剩18页未读 继续免费阅读',
# '还剩3页未读，继续阅读', '展开阅读全文', '打开APP，阅读全文', '合集下载', '上传文档赚钱', '开通vip', '会员登录下载',
# '快捷下载 游客一键下载', '书签 分享 收藏 举报 版权申诉 / 15', '下载 相关 举报'
DOCSHARE_PROMPT = re.compile(
    r"^\s*(?:想(?:预览|阅读|查看)更多内容\s*[，,]?\s*)?点击(?:预览|阅读|查看)全文\s*[>》]*\s*$"
    r"|^\s*(?:已阅读\s*\d{1,4}\s*页\s*[，,]?\s*)?(?:还剩|剩余)\s*\d{1,4}\s*页未读\s*[，,]?\s*(?:(?:点击)?继续(?:免费)?阅读|点击阅读|展开阅读)?\s*[>》]*\s*$"
    r"|^\s*(?:展开阅读全文|继续免费阅读|点击(?:展开|继续)阅读|免费阅读全文)\s*[>》]*\s*$"
    r"|^\s*(?:打开|下载|安装)\s*APP\s*[，,]?\s*(?:阅读全文|查看全文|阅读更多|免费阅读|看全文|查看更多)?\s*$"
    r"|^\s*(?:(?:合集下载|下载资源|上传文档赚钱|开通\s*VIP|VIP\s*专享(?:文档)?|VIP\s*免费下载|快捷下载|游客一键下载|会员登录下载|版权申诉|书签|相关|下载|举报|分享|收藏)"
    r"(?:\s*[|｜/／]\s*\d{1,4}\s*$|\s+|\s*$)){2,}$"
    r"|^\s*(?:合集下载|下载资源|上传文档赚钱|开通\s*VIP|VIP\s*专享文档|会员登录下载|版权申诉|举报)\s*$", re.I)
# a label the site sets over its notice, its description of the file, its keywords (a related list's
# label goes with its files: rules_docshare.RELATED_LABEL)
DOCSHARE_LABEL = re.compile(r"^\s*[【\[]?\s*(?:申明敬告|下载声明|文档介绍|文档简介|文档描述|资源描述|友情提示|温馨提示|配套讲稿|特殊限制"
                            r"|关\s*键\s*词|精品文档就在这里)\s*[】\]]?\s*[:：]?\s*$")
# the site's notice about what users upload and what it answers for, its account of downloads, its
# editor's blurb over a model text: a sentence, but the site's ('本站所有内容均由合作方或网友上传…',
# '版权说明：本文档由用户提供并上传，收益归属内容提供方…', '本文档一共被下载：12 次，您可全文免费在线阅读后下载本文档。',
# '…一文来源于网友上传，不代表本站观点…', '以下是小编为大家搜集的优质范文，仅供参考…')
DOCSHARE_NOTICE = re.compile(
    r"(?:本站|本网站|本平台|本网)(?:所有|全部)?(?:内容|文档|资源|资料|试题类文档)[^。]{0,8}(?:均由|均为|由)[^。]{0,10}(?:上传|提供)"
    r"|(?:文档|资料|资源|作品)[^。，]{0,8}由(?:用户|网友|会员|合作方)[^。]{0,8}(?:提供并上传|主动上传|上传分享|上传)"
    r"|收益(?:全)?归(?:属)?(?:该用户|内容提供方)|版权说明\s*[:：]|申明敬告"
    r"|本文档一共被下载|您可全文免费在线阅读后下载|全文免费在线阅读"
    r"|(?:一文)?来源于网友上传|不代表本站观点|若需要原创文章"
    r"|下载文档前请自行甄别|仅部分预览|如文档侵犯您的权益|付费前请自行鉴别|本站不退款"
    r"|好文档\s*[,，]\s*值得你下载|以下是(?:小编|我)?为大家(?:搜集|收集|整理|精心整理)的[^。]{0,12}范文"
    r"|PDF文件下载后|本站不支持迅雷|预览文档经过压缩|请根据预览情况\s*[,，]?\s*自愿下载"
    # the site's welcome bar and slogan ('欢迎来到某某文库！ | 帮助中心 某某文库 一个上传文档投稿赚钱的网站')
    r"|^\s*欢迎来到[^。，！!]{2,16}[！!]|上传文档(?:投稿)?赚钱")
DOCSHARE_NOTICE_MAX = 400   # characters: the site's notice, not a paragraph of the file
# a file fact with its label ('文档编号：12152631', '资源大小：1.06MB', '内容提供方：w***7'), several on a line;
# the labels a listing gives a file (weak ones, also a document's own words, only beside a strong one)
FILE_FACT_STRONG = ("上传人|上传者|上传用户|卖家|文档编号|资源ID|资源编号|上传时间|上传日期|文档格式|资源格式|文件格式|文档页数|全文页数|"
                    "文档大小|资源大小|文件大小|下载积分|所需积分|需要金币|下载券|文档热度|文档分类|浏览人气|下载次数|收藏次数|内容提供方|贡献者")
FILE_FACT_WEAK = "格式|页数|大小|字数|发布时间|浏览|下载|评分|价格"
FILE_FACT_CELL = re.compile(rf"(?P<label>(?:{FILE_FACT_STRONG}|{FILE_FACT_WEAK})(?:\s*[（(][^）)]{{1,4}}[）)])?)\s*[:：]\s*"
                            rf"(?!(?:{FILE_FACT_STRONG}|{FILE_FACT_WEAK})\s*[:：])"   # an empty value before the next label
                            r"(?P<value>[^\s:：]{0,24}(?:\s?(?:[KMG]B|[KMG]|[kmg]b|页|字|次|分)(?![^\s|｜]))?(?:\s\d{1,2}:\d{2}(?::\d{2})?)?(?:\s*(?:--|>|/)\s*[^\s:：]{1,12})*)")
# a listing's facts without labels ('5页', '1000下载券', '2023-12-28上传', '2.5分 | 36人已读 | 6页 | 来自用户上传')
FILE_STAT_WORD = re.compile(r"^(?:\d{1,5}\s*(?:下载券|积分|金币)|(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}\s*上传|\d(?:\.\d)?\s*分|\d{1,7}\s*人(?:已读|阅读|浏览|下载)"
                            r"|来自用户上传|用户上传|\d{1,4}\s*页|(?:VIP|vip)\s*(?:专享|专免|免费)(?:文档)?|共\s*\d{1,4}\s*页)$")

# (r27zhportal) a signing date whose 年/月/日 a portal's conversion of the issued file lost: the year's four
# digits run into the month and day ('2022128' for 2022年1月28日, '2021125' for 2021年12月5日), alone on its
# line. Shaped like a CMS's bare id, but it stands over the publication note or the issued file, not after the text
LOST_MARKS_DATE = re.compile(r"(?:19|20)\d{2}[01]?\d[0-3]?\d")
