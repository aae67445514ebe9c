"""Line signals: numbering styles, punctuation, script — small named tests.

Everything here looks at one string and says one thing about it; the decisions
(is it a heading, which level, is it a lead) are made elsewhere from these.
"""
from __future__ import annotations

import re
import unicodedata

from ..clean.vocab import PINYIN_GLOSS, unglossed

CN_NUM = "一二三四五六七八九十百零〇两"
# A law's run-in article number: '第一条　…' (in Traditional script '第一條', as a mirror prints it (unseen4)), or glued to its text as a PDF's text layer prints it
# ('第一条为了保护…'), but not a reference to an article that opens a sentence ('第三条规定的…',
# '第五条第一款…', '第九条中的…').
ARTICLE_GLUED = r"(?=[\u4e00-\u9fff“（(])(?!之[一二三四五六七八九十]|的|规定|規定|中的|中规定|所称|所稱|所列|所规定|第|款|项|項|至第|和第|、第)"

# Markdown marks with no space after them ('##Title', unseen); an opening bracket, quote or digit
# may follow too ('###（一）…', which a copy's `cjk-stray-space` also makes of '### （一）…', perturb).
MD_UNSPACED = r"#{2,6}(?=[A-Z\u4e00-\u9fff（“《【\d])|#(?=[\u4e00-\u9fff（“《【])(?!.*#)"
# (r30bold) one '#' too where the copy took its space out before a Chinese title ('# 《…》名词解释' ->
# '#《…》名词解释'); a topic tag closes with its own '#' ('#两会#') and stays text

# (r22legal) a division's number spelled out in capitals, as civil-law drafting labels the divisions
# inside a Part ('SECTION ONE', 'ARTICLE TWELVE', 'SECTION TWENTY-ONE'); 'Section one of the Act' in a
# sentence is in lower case and stays a sentence
SPELLED_CAPS = r"(?:(?:TWENTY|THIRTY|FORTY|FIFTY)(?:-(?:ONE|TWO|THREE|FOUR|FIVE|SIX|SEVEN|EIGHT|NINE))?" \
    r"|ONE|TWO|THREE|FOUR|FIVE|SIX|SEVEN|EIGHT|NINE|TEN|ELEVEN|TWELVE|THIRTEEN|FOURTEEN|FIFTEEN" \
    r"|SIXTEEN|SEVENTEEN|EIGHTEEN|NINETEEN)(?![A-Z-])"

# (r22legal) a legal instrument's name on a line of its own: words ending in the instrument's kind,
# maybe its year ('General Interpretation Act', 'THE CAYMAN ISLANDS CONSTITUTION ORDER 2009'), or a
# constitution 'of' its country; and a jurisdiction's name alone on a line (`Malawi`, `CAYMAN ISLANDS`,
# `Turks and Caicos Islands`): a place that enacted it, printed over its name at the top of a page
INSTRUMENT_KIND = r"(?:Act|ACT|Law|LAW|Code|CODE|Ordinance|ORDINANCE|Decree|DECREE|Proclamation|PROCLAMATION|Order|ORDER" \
    r"|Regulations?|REGULATIONS?|Rules|RULES|By-?laws?|BY-?LAWS?|Constitution|CONSTITUTION)"
INSTRUMENT_NAME = re.compile(r"^(?:(?:The|THE)\s+)?[A-Z][\w'’(),.&-]*(?:\s+[\w'’(),.&-]+){0,12}?\s+" + INSTRUMENT_KIND
                             + r"(?:,?\s+(?:No\.\s*\d{1,4}\s+of\s+)?(?:1[6-9]|20)\d\d)?$"
                             r"|^(?:(?:The|THE)\s+)?(?:Constitution|CONSTITUTION)\s+(?:of|OF)\s+(?:(?:the|THE)\s+)?[A-Z][\w'’ -]{2,60}$")
ISSUER_OF = re.compile(r"^(?:The\s+|THE\s+)?(?:Government|GOVERNMENT|Parliament|PARLIAMENT|Republic|REPUBLIC|Kingdom|KINGDOM"
                       r"|State|STATE|Legislature|LEGISLATURE|Congress|CONGRESS)\s+(?:of|OF)\s+(?:(?:the|THE)\s+)?"
                       r"(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})$")   # 'Government of Tonga' (r22legal)
JURISDICTION = re.compile(r"^(?!.*\b" + INSTRUMENT_KIND + r"\b)[A-Z][A-Za-z'’-]+(?:\s+(?:and|AND|of|OF|the|THE|[A-Z][A-Za-z'’-]+)){0,3}$")

# (r26legal) a division label's number as a value: 'PART 2', 'CHAPTER ONE', 'Article IV', 'Section 3.2'
# (the last part: the second section of its article), 'Subdivision B', '§ 3101'
LABEL_NUMBER = re.compile(r"^(?:§|[A-Za-z]+)\.?\s*(?:(?P<digits>\d+(?:\.\d+)*)[A-Z]{0,2}|(?P<num>[IVXLCDM]+|[A-Z]+(?:-[A-Z]+)?))\b")
SPELLED_VALUE = {w: i for i, w in enumerate("ONE TWO THREE FOUR FIVE SIX SEVEN EIGHT NINE TEN ELEVEN TWELVE THIRTEEN "
                                            "FOURTEEN FIFTEEN SIXTEEN SEVENTEEN EIGHTEEN NINETEEN".split(), 1)} \
    | {w: 10 * i for i, w in enumerate("TWENTY THIRTY FORTY FIFTY".split(), 2)}
ROMAN_HEAD = re.compile(r"^(?P<digits>)(?P<num>[IVXLC]{1,6})\.(?:\s|$)")
ROMAN_VALUE = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def label_number(text: str) -> int | None:
    """The number of a division's label as a value ('PART 2' -> 2, 'CHAPTER ONE' -> 1, 'ARTICLE IV' -> 4,
    'Section 3.2' -> 2, 'Subdivision B' -> 2, 'TWENTY-ONE' -> 21); None if there is none. A single
    letter other than I, V, X counts as a letter ('Part C' -> 3)."""
    text = text.strip()
    match = (ROMAN_HEAD if ROMAN_HEAD.match(text) else LABEL_NUMBER).match(text)   # 'II. The Federation …': the 'I.' style
    if not match:
        return None
    if match["digits"]:
        return int(match["digits"].split(".")[-1])
    num = match["num"]
    if len(num) == 1 and num not in "IVX":
        return ord(num) - ord("A") + 1
    if set(num) <= set(ROMAN_VALUE):
        values = [ROMAN_VALUE[c] for c in num]
        return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))
    tens, _, units = num.partition("-")
    if tens in SPELLED_VALUE and (not units or units in SPELLED_VALUE):
        return SPELLED_VALUE[tens] + (SPELLED_VALUE[units] if units else 0)
    return None


PLAY_DIVISION = (r"(?:ACT|Act|SCENE|Scene)\s+(?:[IVXL]{1,6}|\d{1,2}|" + SPELLED_CAPS
                 + r"|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|(?:the|THE)\s+(?:First|Second|Third|Fourth|Fifth|Last"
                 r"|FIRST|SECOND|THIRD|FOURTH|FIFTH|LAST))(?![\w-])(?=\.?\s*$|\.\s+\S|:\s|\.?\s*(?:[-–—]|--)\s*[A-Z])")
UNNUMBERED_DIVISION = r"(?:PRELIMINARY|Preliminary|FINAL|Final|SOLE|Sole|SINGLE|Single)\s+(?:TITLE|Title|CHAPTER|Chapter|PART|Part|BOOK|Book)\.?$"


# (r26legal) an Act's or an order's schedule by its label alone ('SCHEDULE', 'SCHEDULE 2', 'FIRST SCHEDULE',
# 'THE SCHEDULE', 'Schedule 1'), maybe with the provision that gives it force under or after it ('Article 3',
# '(section 12)', 'Regulation 4(2)'), as a statute's print sets it over the schedule's name
SCHEDULE_LABEL = r"(?:(?:THE|The)\s+)?(?:(?:FIRST|SECOND|THIRD|FOURTH|FIFTH|SIXTH|SEVENTH|EIGHTH|NINTH|TENTH)\s+SCHEDULE|SCHEDULE" \
    r"(?:\s+(?:\d{1,3}[A-Z]?|[IVXLC]{1,6}|[A-Z]))?|(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth)\s+Schedule" \
    r"|Schedule\s+(?:\d{1,3}[A-Z]?|[IVXLC]{1,6}|[A-Z]))\.?"
PROVISION_REFERENCE = r"\(?(?:[Aa]rticles?|[Ss]ections?|[Rr]egulations?|[Rr]ules?|[Pp]aragraphs?|[Cc]lauses?|ss?\.|[Aa]rts?\.)\s+" \
    r"\d{1,3}[A-Z]{0,2}(?:\(\w{1,3}\))*(?:\s*(?:,|and|to|&)\s*\d{1,3}[A-Z]{0,2}(?:\(\w{1,3}\))*)*\)?"
SCHEDULE_HEAD = re.compile(rf"^{SCHEDULE_LABEL}\s+{PROVISION_REFERENCE}$")   # the reference says it is the schedule
#   itself, not its entry in a contents list ('SCHEDULE' alone closes an Arrangement of Sections)
SCHEDULE_ALONE = re.compile(rf"^{SCHEDULE_LABEL}$")
REFERENCE_LINE = re.compile(rf"^{PROVISION_REFERENCE}$")


# (style, pattern): the numbering a heading or lead may open with. Order matters:
# the first match names the style. `rank` below says how these styles usually nest.
FORMAL_NUM = "壹贰貳叁參肆伍陆陸柒捌玖拾"
NUMBERING: tuple[tuple[str, re.Pattern], ...] = (
    ("md", re.compile(rf"^#{{1,6}}\s+|^{MD_UNSPACED}")),   # '##Title': an export that writes no space (unseen)
    ("stars", re.compile(r"^(\*{2,6})\s*(?=\S)(?!\*).*?\S\s*\1\s*$")),   # html2text: '***** Title[edit] *****'
    ("equals", re.compile(r"^(={1,6})\s*(?=[^=\s]).*?[^=\s]\s*\1\s*$")),       # wiki markup: '== 历史 =='
    ("第编", re.compile(rf"^第[{CN_NUM}\d]+[编編篇]")),    # a code's book: '第一编　总则' holds chapters;
    #   (r26zh) a plan's part does too: '第一篇　开启…新征程' over '第一章　发展基础' (a 五年规划纲要)
    ("第分编", re.compile(rf"^第[{CN_NUM}\d]+分[编編]")),  # a book's sub-book: '第一分编　通则'
    ("第章", re.compile(rf"^第[{CN_NUM}\d]+[章卷]")),
    ("篇1", re.compile(rf"^篇\s*[{CN_NUM}\d]{{1,3}}$")),   # a collection's piece label alone: '篇1', over its parts (unseen8)
    ("第节", re.compile(rf"^第[{CN_NUM}\d]+(?:[节節]|部分)")),
    ("第条", re.compile(rf"^第[{CN_NUM}\d]+[条條](?:\*|(?=[\s\u3000]|$)|{ARTICLE_GLUED})")),   # '第一條*': an amended article (round9zh)
    # (r26zhreports) the formal numerals a Taiwan policy report or a 公文 numbers its top parts with
    # ('壹、前言' / '貳、施政成果' over '一、經濟發展'): a series of its own, outside '一、'
    ("壹、", re.compile(rf"^[{FORMAL_NUM}]+[、．.]")),
    # (r28zhpdf) and a part head whose numeral a PDF's text layer lost, its comma left ('、经济建设和社会
    # 事业取得新成绩'): a short line of words alone, no mark in it (a line a copy broke before an
    # enumeration's '、' goes on with more of it: '、中小企业、节能环保', '、赔偿或给付的责任…。')
    ("一、", re.compile(rf"^[{CN_NUM}]+[、．.]|^、(?=[\u4e00-\u9fff][^。！？；，,、：:\d]{{3,27}}$)")),   # perturb: '一.' typed half-width
    ("一", re.compile(rf"^[{CN_NUM}]{{1,3}}$")),        # a bare numeral alone on its line: '一' (headings.py: in series only)
    # (round13y) the enclosed forms a font or converter keeps as one character: '㈠主动公开' (U+3220-3229,
    # '（一）' in one glyph), '⑴…' (U+2474-2487, '（1）') and '⒈…' (U+2488-249B, '1.'), the styles of their spellings
    ("（一）", re.compile(rf"^[（(][{CN_NUM}]+[）)]|^[\u3220-\u3229]")),
    ("一是", re.compile(rf"^[{CN_NUM}]+是")),
    ("1.1", re.compile(r"^\d{1,3}(?:[.．]\d{1,3})+[.．]?(?=\s|[^\d%.．\s万亿千百元年月日个倍米吨度亩人户])")),
    ("1.", re.compile(r"^\d{1,3}[.．、](?![\d%])|^[\u2488-\u249b]")),   # '⒈' (U+2488-249B): '1.' in one glyph (round13y)
    ("（1）", re.compile(r"^[（(]\d{1,3}[）)]|^[\u2474-\u2487]")),
    ("①", re.compile(r"^[\u2460-\u2473]")),
    ("article", re.compile(r"^(?:ARTICLE|Article|ART\.|Art\.)\.?\s+(?:(?:" + SPELLED_CAPS + r"|[IVXLC]+|\d+)\b\.?(?=\s|$|[—–]\S|:\s)"
                           r"|(?:[IVXLC]+|\d+)(?=[A-Z][a-z]))")),   # (r30enpdf) 'Article 4: Powers …': a colon after the number   # 'Article IInterpretation': a PDF transcript lost the space (unseen14)
    ("section", re.compile(r"^(?:SECTION|Section|SEC(?=\.)|Sec(?=\.)|§)\.?\s*(?:" + SPELLED_CAPS + r"|[IVXLC]+|\d+(?:\.\d+)*(?:-\d+(?:\.\d+)*(?=\.?\s+(?:[A-Z]|[\[(][A-Z])))?)\b\.?(?=\s|$|[—–]\S|:\s)")),   # (r30enpdf) 'Section 12: Powers …'    # a city code's chapter-and-section number 'Sec. 1-2.01 Name.', its caption capitalised ('Section 1-2 of the Act' is a range in a sentence) (round11en), or its status alone in brackets ('§ 7-103. [Repealed.]', r27codes)   # 'SEC. 2.' in a bill; 'Section 1.2 - Name' in bylaws (unseen7); 'Section 1—Acts and Bills.' (round6)
    ("chapter", re.compile(r"^(?:CHAPTER|Chapter|BOOK|Book|PART|Part|SUBTITLE|Subtitle|SUBCHAPTER|Subchapter|SUBPART|Subpart|TITLE)\s+(?:(?:[IVXLCDM]+|\d+|[A-Z][a-z]+|[A-Z]+"
                           r"|(?:the|THE)\s+(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Last"
                           r"|FIRST|SECOND|THIRD|FOURTH|FIFTH|SIXTH|SEVENTH|EIGHTH|NINTH|TENTH|LAST))\b"
                           r"|\d+(?=[A-Z][a-z]))"
                           # (r25labels) a division of an Act or a code by its drafting word: 'DIVISION 1' over
                           # its name, 'Division 2—Reporting', 'Subdivision A--General' (Australian and Canadian
                           # Acts and regulations: Part > Division > Subdivision > section; a code's Title >
                           # Division > Chapter). Only a number or a letter follows, never a word ('Division
                           # Chief', 'Division of Labour' open sentences)
                           r"|^(?:DIVISION|Division|SUBDIVISION|Subdivision)\s+(?:\d{1,3}[A-Z]{0,2}|[IVXLC]{1,6}|[A-Z]|" + SPELLED_CAPS
                           + r")\.?(?=\s|$|[—–]|--|:\s)"   # (r42) 'Division 2: Harbour masters', as 'Part 2: …'
                           # (r26legal) a division named by its label word and its place instead of a number, as a
                           # civil-law code or constitution in translation sets its first or last one ('PRELIMINARY
                           # TITLE', 'Preliminary Chapter', 'FINAL TITLE', 'SOLE CHAPTER'): alone on its line
                           r"|^" + UNNUMBERED_DIVISION +
                           # (r28books) a play's act and scene ('ACT I', 'Act Two', 'SCENE II. The island. …', 'Scene 3'):
                           # a Roman or spelled number, or one or two digits alone or before a stop and the scene's
                           # setting; 'Act 3 of 1990', 'Act No. 5' cite an Act and stay sentences
                           r"|^" + PLAY_DIVISION +
                           # (r28acts) a Part's or Chapter's label joined to its number by a hyphen, alone on its
                           # line or over its name, as South Asian constitutions and Acts print it ('Part-1', 'Part -6', 'CHAPTER-IV')
                           r"|^(?:CHAPTER|Chapter|PART|Part)\s?-\s?(?:\d{1,3}[A-Z]?|[IVXLC]{1,6})(?=\s*$|\s+[A-Z])" +
                           # a serial's paper number alone, in Roman numerals: 'No. XLV.' (round6, xxg3)
                           r"|^(?:No|NO|Number|NUMBER)\.?\s+[IVXLCDM]{1,8}(?:\.?$|\.\s+(?=[A-Z]))")),   # 'Book the First--…'; 'Part 4Crown entity …': a site's number glued to the title (unseen7)
    ("I.", re.compile(r"^[IVXLC]{1,6}\.(?:\s|$)")),
)

# a legislative drafter's subsection heading: the enumerator, a heading in title case closed by a
# period, then two hyphens or a dash before the text ('(a) In General.--Section 201(d) of …') (unseen2)
SUBSECTION_HEAD = re.compile(r"^\((?:[a-z]{1,2}|\d{1,3})\)\s+[A-Z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,8}\.(?:--|—)"
                             # an Act's section run in the same way, India's style: '2. Definitions.—In
                             # this Act …', '1. Short title, extent and commencement.—(1) …' (unseen5, xv9)
                             # (the text after the dash opens a subsection or a sentence)
                             r"|^\d{1,3}[A-Z]{0,2}\.\s+[A-Z][\w'’-]*(?:,?\s+[A-Za-z][\w'’-]*){0,8}\.(?:--|—)(?=\s*[(A-Z“\"])"
                             # (r40enlegal) the Pacific style: the heading without its stop, a spaced dash, then the
                             # section's first subsection or its 'In this Act' ('1. Short title and commencement - (1)
                             # This Act …', '3. Definitions – In this Act:')
                             r"|^\d{1,3}[A-Z]{0,2}\.\s+[A-Z][\w'’-]*(?:,?\s+[A-Za-z][\w'’-]*){0,8}\s[-–—]\s"
                             r"(?=\(\d{1,3}\)\s|In\s+this\s+(?:Act|Part|Division|Ordinance|Regulations?|Rules|Schedule|section)\b)")

_NUMBER_START = set("=*#第篇（(0123456789CBPIVXLASNTDF§、" + CN_NUM + FORMAL_NUM) | {chr(c) for c in range(0x2460, 0x2474)} \
    | {chr(c) for c in range(0x2474, 0x249C)} | {chr(c) for c in range(0x3220, 0x322A)}

# How numbering styles conventionally nest (smaller = outer). Used only to order
# two styles relative to each other, never to fix an absolute level.
RANK = {"篇1": 0.25, "article": 1.5, "section": 2, "chapter": 1, "第编": 0.5, "第分编": 0.75, "第章": 1, "序言": 1, "第节": 2, "I.": 2, "壹、": 2.5, "一、": 3, "一": 3,
        "（一）": 4, "1.": 5, "（1）": 6, "①": 7,
        "note": 2}   # note: an Act's marginal note set as a block (english.displaced_notes), a section's rank

# A law's or a book's opening part without a number ('序　　言'): it stands beside the chapters.
# A speech's or book's closing part ('结　　论' after '引　　言') stands beside them the same way.
# (r26zhreports) Traditional script writes them 導言, 結論, 結語, 結束語, 後記 (a Hong Kong or Macao address).
PREAMBLE = frozenset("序言 前言 引言 导言 導言 序".split())
CLOSING = frozenset("结论 结语 结束语 后记 結論 結語 結束語 後記".split())
ARTICLE = re.compile(rf"^第[{CN_NUM}\d]+[条條](?:(?=[\s\u3000])|{ARTICLE_GLUED})")   # see ARTICLE_GLUED

# A date alone in brackets, in Arabic or Chinese numerals: '（一九四九年三月五日）', '(2026年1月)'. A printed
# speech or report carries it under its title (and a part delivered on another day under that part):
# it dates the text, it names nothing, so it is never a heading.
CN_DATE_DIGIT = "\\d〇零○一二三四五六七八九十oOＯｏ"   # a typed zero: '二oo四年' (a Latin o for 〇; unseen6, xy7)
DATE_ONLY = re.compile(rf"^[（(]\s*[{CN_DATE_DIGIT}]{{4}}\s*年(?:\s*[{CN_DATE_DIGIT}]{{1,3}}\s*月(?:\s*[{CN_DATE_DIGIT}]{{1,3}}\s*日)?)?"
                       r"[^（()）]{0,4}[）)]$")
# The same date standing bare on its line ('2011年6月30日', '二〇一一年六月'), and a signature
# ('中华人民共和国主席　某某': an office, a gap, a name): what closes an order or a document,
# front matter under its title, never a piece of the title itself.
BARE_DATE = re.compile(rf"^[{CN_DATE_DIGIT}]{{4}}\s*年(?:\s*[{CN_DATE_DIGIT}]{{1,3}}\s*月(?:\s*[{CN_DATE_DIGIT}]{{1,3}}\s*日)?)?$")
SIGNATURE = re.compile(r"^\S{0,24}(?:主席|总理|委员长|省长|市长|部长|主任|书记|局长|厅长)[ \u3000]+\S{1,8}$")


CN_VALUE = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "○": 0}


def cn_value(numeral: str) -> int | None:
    """A Chinese numeral below 100 as a number: '三' -> 3, '十一' -> 11, '二十' -> 20; else None."""
    if len(numeral) == 1 and numeral in CN_VALUE:
        return CN_VALUE[numeral]
    tens, ten, units = numeral.partition("十")
    if not ten or len(tens) > 1 or len(units) > 1 or any(c not in CN_VALUE for c in tens + units):
        return None
    return (CN_VALUE[tens] if tens else 1) * 10 + (CN_VALUE[units] if units else 0)


CN_DATE_PART = re.compile(r"([〇零○一二三四五六七八九十]+)(?=\s*([年月日]))")


def arabic_dates(text: str) -> str:
    """Dates in Chinese numerals written in digits: '一九四二年五月二十三日' -> '1942年5月23日' (a year
    digit by digit, a month or day by value); other text unchanged."""
    def convert(match: re.Match) -> str:
        numeral, unit = match.group(1), match.group(2)
        if unit == "年":
            return numeral if "十" in numeral else "".join(str(CN_VALUE[c]) for c in numeral)
        value = cn_value(numeral)
        return str(value) if value is not None else numeral
    return CN_DATE_PART.sub(convert, text)


# A bracketed note saying when and by whom the text was adopted or promulgated ('（2011年6月30日第十一届
# …会议通过）'): it dates the text, it names nothing. A table row whose cells are spaced apart and
# whose last cell is a number ('7 超过80000元的部分　　　　　45') is a row, not a heading.
ADOPTION_NOTE = re.compile(rf"^[（(]\s*[{CN_DATE_DIGIT}]{{4}}\s*年.*(?:通过|公布|发布|施行|修正|修订|批准)\s*[）)]$")
TABLE_ROW = re.compile(r"\S(?:[ \u3000]*\u3000[ \u3000]*| {3,})[\d.,%％]+$")
CELL_GAP = re.compile(r"\u3000{2,}| +")


def is_note_or_row(text: str) -> bool:
    """An adoption note in brackets, or a table row (see ADOPTION_NOTE, TABLE_ROW); a table's header
    row is three or more cells of two or more characters, aligned by a run of U+3000
    ('级数 全月应纳税所得额　　　税率（%）'); a letter-spaced heading ('序　　言') has one-character cells."""
    if ADOPTION_NOTE.match(text) or TABLE_ROW.search(text):
        return True
    cells = [c for c in CELL_GAP.split(text.strip()) if c]
    return "\u3000\u3000" in text and len(cells) >= 3 and sum(len(c) >= 2 for c in cells) >= 3


# a figure's or table's caption in Chinese text: '图：2002—2006年国内生产总值及其增长速度', '图1 …', '表2：…'
FIGURE_CAPTION_ZH = re.compile(r"^[图圖表]\s*\d{0,3}\s*[：:]|^[图圖表]\s*\d{1,3}(?:[-—.．]\d{1,3})?(?:\s|\u3000)")


def is_figure_caption_zh(text: str) -> bool:
    """'图：…', '图1 …', '表2：…': a caption that names one of the document's figures or tables,
    not a section (the cleaner keeps it as the document's text; english.is_caption for English)."""
    return bool(FIGURE_CAPTION_ZH.match(text.strip()))


# a whole line inside one pair of round brackets: an editor's aside where photos stood or the text
# was cut ('（以上圖片均為採訪現場）', '（此件公开发布）', '（本文有删节）'), never the name of a section
# (newdocs); a bracketed number alone ('（一）', '（十二）') is a heading's numbering and is too short here
ASIDE = re.compile(r"^[（(]([^（()）]{4,})[）)]$")


def is_signing_date(text: str) -> bool:
    """'2018年12月7日' alone on its line: the date under a document's signature (落款), never a
    heading (a year alone, '2009年', may head a chronicle's section). It used to be kept out only
    by the note after it ('（此件公开发布）') looking like a heading itself. The line over it is the
    signature ('国务院办公厅'), not a heading either."""
    bare = text.strip()
    if DATED_ISSUER.match(bare) or SIGNATURE_DATED.match(bare):
        return True
    return bool(BARE_DATE.match(bare)) and bare.endswith("日")


# (r42) a year and a month alone on their line ('2026年3月', '二〇二六年三月'): a plan's or a report's
# cover date under its title, or the month it was printed; a year alone may still head a chronicle
COVER_MONTH = re.compile(rf"^[{CN_DATE_DIGIT}]{{4}}\s*年\s*[{CN_DATE_DIGIT}]{{1,3}}\s*月$")


def is_cover_month(text: str) -> bool:
    """(r42) '2026年3月' bare on its line: the month a plan, report or bulletin was issued, printed
    under its title block ('广东省…规划纲要' / '（2026年1月29日…审查批准）' / '2026年3月'): it dates
    the document, it names no section, so it is never a heading (front matter)."""
    return bool(COVER_MONTH.match(text.strip()))


# (round8zh) the signature glued to its date, as a print split by a page break rejoins them
# ('某某市教育委员会2018年2月13日', '某某县人民政府办公室 2020年5月6日'): an issuing body by its kind
ISSUING_BODY_NAME = r"[\u4e00-\u9fff（）()]{2,30}(?:委员会|委員會|人民政府|政府|办公室|辦公室|办公厅|辦公廳|局|厅|廳|部|委|院|署|中心)"
SIGNATURE_DATED = re.compile(rf"^{ISSUING_BODY_NAME}"
                             r"[ \u3000]*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$")
# (r30zhpdf) an issuing body's name alone on its line, as it signs a document ('某某市人民政府办公室')
ISSUING_BODY = re.compile(rf"^{ISSUING_BODY_NAME}$")



# a date with the issuing body after a comma ('1996年12月13日，财政部', '2004年3月1日,某某市人民政府'):
# how a legal-information site dates a reprinted document under its title, the issuer named
# again; never a heading, whatever the line's place (unseen9: a ministry's measures printed to PDF)
DATED_ISSUER = re.compile(rf"^[{CN_DATE_DIGIT}]{{4}}\s*年\s*[{CN_DATE_DIGIT}]{{1,2}}\s*月\s*[{CN_DATE_DIGIT}]{{1,3}}\s*日"
                          r"\s*[，,]\s*[\u4e00-\u9fff]{2,20}$")


# an item whose text the publisher left out: its head, then an omission mark ('五、关于某某问题。（略）')
OMITTED = re.compile(r"[。.]\s*[（(]\s*(?:略|从略|删略|此处略|内容略)\s*[）)]$")


def is_omitted_item(text: str) -> bool:
    """'五、关于某某问题。（略）': a run-in head whose body was omitted (a reprint marked 本文有删减):
    the head of an item like its siblings, which run in; the line is no standalone heading (unseen, xu1).
    Also an omission mark alone on its line, maybe with its bracketed note ('……………………（完）',
    '……（略）'): where a host's script leaves out each speech, a mark, never a heading (unseen10, xx10)."""
    return bool(OMITTED.search(text.strip()) or OMISSION_ONLY.match(text.strip()))


# an omission mark alone: a run of dots or ellipses, maybe a short bracketed note after it
OMISSION_ONLY = re.compile(r"^[…\.．·。]{2,}\s*(?:[（(][^（）()]{1,6}[）)])?$")
# a host's direction to the meeting: '下面，进行第三项议程：', '现在，请某某讲话', '下面请…发言' (unseen10)
HOST_DIRECTION = re.compile(r"^(?:下面|接下来|现在|首先|然后)[，,]?\s*(?:请|进行|由|让我们|有请)")


def is_host_direction(text: str) -> bool:
    """'下面，进行第三项议程：…': a meeting host's direction (the next item, who speaks now), a line of
    the script's text, never a heading, whatever is glued after its colon (unseen10, xx10)."""
    return bool(HOST_DIRECTION.match(text.strip()))


# a letter's list of its annexes: '附件：1.某某报告' (the label glued to the first entry), the next
# entries '2.某某意见' under it (unseen, xu2); the annexes' own headings are '附件1' alone
ANNEX_LIST = re.compile(r"^附\s*件\s*[：:]\s*\S")
ENTRY_NUMBER = re.compile(r"^[\s\u3000\xa0]*(\d{1,2})[.．、]")
ANNEX_LABEL = re.compile(r"^附\s*件\s*[：:]\s*")


def annex_list_entries(texts: list[str]) -> set[int]:
    """Indices of a letter's annex list: the '附件：1.…' line and the entries after it that go on
    with its numbering ('2.…', '3.…'), none of them a heading."""
    found: set[int] = set()
    for i, text in enumerate(texts):
        if not ANNEX_LIST.match(text.strip()):
            continue
        found.add(i)
        first = ENTRY_NUMBER.match(ANNEX_LABEL.sub("", text.strip()))
        expect = int(first.group(1)) + 1 if first else 2
        j = i + 1
        while j < len(texts):
            entry = ENTRY_NUMBER.match(texts[j])
            if not entry or int(entry.group(1)) != expect:
                break
            found.add(j)
            expect += 1
            j += 1
    return found


# the note under an official document's signature saying how it is released ('（此件公开发布）')
PUBLICATION_NOTE = re.compile(r"^[（(]\s*此件(?:公开发布|主动公开|不予公开|不公开|依申请公开)\s*[）)]$")


def is_publication_note(text: str) -> bool:
    """'(此件公开发布)': the line over it is the signature (落款, '牟定县人民政府办公室'), never a heading,
    also where the date between them was lost or damaged in the copy (newdocs round 3, xn19)."""
    return bool(PUBLICATION_NOTE.match(text.strip()))


BOLD_LINE = re.compile(r"^(\*\*|__)(?P<inner>.+?)\1$")


def is_bold_label(text: str) -> bool:
    """'**核心功能范围（必须实现）：**': a bold line ending in a colon introduces the list under it,
    as a plain '目标：' does; the bold marks hid its colon (newdocs round 2)."""
    match = BOLD_LINE.match(text.strip())
    return bool(match) and match["inner"].rstrip()[-1:] in "：:"


# a labelled field: a short label of words, a colon, a value ('报告人：国务院总理某某', '报告时间：1995年3月5日')
FIELD_LINE = re.compile(r"^[\u4e00-\u9fff]{2,6}[:：]\s*(?P<value>[^。！？；:：]{1,40})$")
# (round8zh) a notice's contact fields: a Latin contact label ('E-mail：', 'Tel:', 'QQ：') or any
# field whose value is an address ('网址：http://…', '邮箱：a@b.cn'), whose colon the value may hold
CONTACT_FIELD = re.compile(r"^(?:e-?mail|tel|fax|qq|url|web(?:site)?|phone|mobile|wechat)\s*[:：]\s*\S[^。！？；]{0,60}$"
                           r"|^[\u4e00-\u9fff]{2,6}[:：]\s*(?:https?://|www\.)\S{1,100}$"
                           r"|^[\u4e00-\u9fff]{2,6}[:：]\s*[\w.+-]{1,40}@[\w-]{1,40}(?:\.[\w-]{1,20}){1,4}$", re.I)


def is_field_line(text: str) -> bool:
    """'报告人：国务院总理某某': a label and its value, a record's field (an encyclopaedia entry's infobox,
    a form), not a heading: a heading names what follows and ends, at most, in a colon with nothing
    after it (unseen13). A value that runs on as a sentence is not taken. (r27docshare) Two or three
    such fields on one line, a wide gap between them, are the record's row."""
    text = text.strip()
    if FIELD_LINE.match(text) or CONTACT_FIELD.match(text):
        return True
    # (r27docshare) two or three fields on one line, a wide gap between ('报送单位：某镇人民政府　报送时间：2023年11月30日')
    cells = [c for c in FIELD_GAP.split(text) if c]
    return 2 <= len(cells) <= 3 and all(FIELD_LINE.match(c) for c in cells)


FIELD_GAP = re.compile(r"\u3000+|\s{2,}")


def is_data_row(text: str, after: str = "") -> bool:
    """'事件名,Payload 结构,说明' over 'room:join,"{ roomId, userName }",加入房间': comma-separated
    values, a row of a table kept as text, not a heading: two or more commas with no space after
    them and a quoted field ('"…",'); the line over such a row with as many commas is its header
    (newdocs round 2). A line of Chinese prose with commas and no quoted field is not taken."""
    def row(line: str) -> bool:
        return _separators(line) >= 2 and bool(CSV_QUOTED.search(line))
    return row(text) or row(after) and 2 <= _separators(text) <= _separators(after) \
        or is_piped_row(text) or text.count("|") >= 2 and is_piped_row(after)   # a header row over the table's rows


# (bracketbar) a table row a page's copy set with bars between the cells ('第三产业 | 240.54 | 6.7 |',
# '| 2019 | 12.5 |'): two bars or more, one cell or more a bare number
PIPED_CELL_NUMBER = re.compile(r"^[-+−]?[\d０-９][\d０-９,.．%％]*$")


def is_piped_row(text: str) -> bool:
    """'第三产业 | 240.54 | 6.7 |': a row of a table whose cells a copy kept apart by bars, never a
    heading. A bar alone separates a site's name from a page's ('新闻 | 某某网'); a row has two or
    more and a cell that is only a number."""
    if text.count("|") < 2:
        return False
    return any(PIPED_CELL_NUMBER.match(cell.strip()) for cell in text.split("|"))


# (r44) a line that states a calculation: a quantity's name, an equals sign, then a sum, a product or a
# quotient of named terms or numbers ('年度考评分值=（上半年考评分值+下半年考评分值）÷2', '得分 = 完成数 / 任务数 × 100')
FORMULA = re.compile(r"^[^=＝。，；：:]{1,30}?\s*[=＝]\s*(?=.*[+＋×÷*/／−－-])[^=＝。；]{2,}$")


def is_formula(text: str) -> bool:
    """(r44, issue 11) A score formula or any other calculation on a line of its own: an evaluation
    scheme's `半年考评分值=日常监测（60%）+实地调研（20%）+…`, `年度考评分值=（…+…）÷2`. Short and without an
    end mark it looks like a heading, but an equals sign between a name and an arithmetic expression
    heads nothing; a name with an equals sign and no operator (`说明=见附表`) is not taken here."""
    return bool(FORMULA.match(text.strip()))


def is_figures_run(text: str) -> bool:
    """A table flattened one cell a line and joined back into one line ('千升1576718.64': a unit and
    two values): at least twice as many digits as letters and four digits or more, with no
    numbering of its own — a table's values, never a heading (issue #11, unseen). A heading with
    a year ('2009年工作回顾') has more words than digits."""
    body = NUMBER_PREFIX.sub("", text)
    digits = sum(ch.isdigit() for ch in body)
    letters = sum(ch.isalpha() for ch in body)
    return digits >= 4 and digits >= 2 * letters and not numbering(text)


def _separators(text: str) -> int:
    """Commas between the values; a comma next to a Han character was made full-width by the
    typography step ('"{ roomId }"，加入房间'), so those count too."""
    return len(CSV_COMMA.findall(text))


CSV_COMMA = re.compile(r"[,，](?=\S)")
CSV_QUOTED = re.compile(r'(?:^|[,，])"[^"]*"(?:[,，]|$)')


def is_aside(text: str) -> bool:
    """'（以上图片均为采访现场）': a bracketed aside, not a heading."""
    return bool(ASIDE.match(text.strip()))


# (r26zhreports) a date counted from the Republic's era, bare on its line under a Taiwan report's
# title: '中華民國一一二年十月', '民國112年10月1日' (one to three digits of year)
ERA_DATE = re.compile(rf"^(?:中[華华]民[國国]|民[國国])\s*[{CN_DATE_DIGIT}]{{1,3}}\s*年"
                      rf"(?:\s*[{CN_DATE_DIGIT}]{{1,3}}\s*月(?:\s*[{CN_DATE_DIGIT}]{{1,3}}\s*日)?)?$")


def is_date_only(text: str) -> bool:
    """'（一九四二年五月二十三日）': a date in brackets and nothing that names a section; or an era
    date bare on its line ('中華民國一一二年十月', ERA_DATE)."""
    return bool(DATE_ONLY.match(text) or ERA_DATE.match(text.strip()))


def is_meeting_dateline(text: str) -> bool:
    """'民國113年6月6日第3907次會議', '2031年3月2日市政府第12次常务会议': a date and the meeting it
    dates, nothing else — the dateline of minutes or remarks, front matter, never a heading nor the
    title (round15zh, issue 11). A date with the era name 民國/民国 counts as a date."""
    return bool(MEETING_DATELINE.match("".join(text.split())))


MEETING_DATELINE = re.compile(rf"^(?:民國|民国)?[{CN_DATE_DIGIT}]{{2,4}}年[{CN_DATE_DIGIT}]{{1,2}}月[{CN_DATE_DIGIT}]{{1,3}}日"
                              rf"[^，。,；;：:！？!?]{{0,30}}?(?:會議|会议|大會|大会)$")
NUMBER_PREFIX = re.compile(r"^[\d.．]+\s*")   # '1.1.1 ' — not counted in a heading's length
APPENDIX = re.compile(r"^(?:附件|附录|附表|Appendix|APPENDIX)\s*[\d一二三四五六七八九十A-Z]{0,3}(?=[\s\u3000]|$)")
SALUTATION = re.compile(r"^[^，。,.\d]{2,10}[：！:!]$")
# (r28zhpdf) a speech's or a report's address to its audience at a line's end, glued to the words before
# it ('1、某镇政府工作报告各位代表：', a preview chunk's title copy; '…会议上某县县长王某各位代表：', a text
# layer's title block): the title block run into the salutation, never a head
GLUED_SALUTATION = re.compile(r"\S(?:各位代表|各位委员|各位领导|同志们|女士们、?先生们|朋友们)[：！:!]$")
# A notice's main recipients (主送机关) address its readers as a salutation does, only as a list of
# bodies: '各街道办事处，区级各部门，官盛新区管委会' (its colon lost, round6 xxf4), '市政府各部门，各区、
# 县人民政府：'. Items apart by '，' or '、' (not inside brackets), none a sentence, one with '各' (the
# bodies addressed as a class), and the last and most of them naming a body by its kind.
ORG_SUFFIX = re.compile(r"(?:办事处|部门|单位|委员会|管委会|委|人民政府|政府|办公厅|办公室|厅|局|办|司|处|署|院|所|校|公司|企业"
                        r"|机构|机关|组织|中心|兵团|街道|乡镇|乡|镇|县|区|市|省|自治区|直辖市|部|社|会)$")
RECIPIENT_SPLIT = re.compile(r"[，、,](?![^（(]*[）)])")
RECIPIENT_ITEM_MAX = 25   # characters: a body's name, not a clause


def is_recipients(text: str) -> bool:
    """'各街道办事处，区级各部门，官盛新区管委会': the main recipients line of a 公文, with or without
    its colon: a salutation, never a heading (a widening of SALUTATION to the list form)."""
    core = re.sub(r"[：:]\s*$", "", text.strip())
    if not core or any(mark in core for mark in "。！？；!?;") or "各" not in core:
        return False
    items = [re.sub(r"[（(][^）)]*[）)]", "", item).strip() for item in RECIPIENT_SPLIT.split(core)]
    if len(items) < 2 or any(not item or len(item) > RECIPIENT_ITEM_MAX for item in items):
        return False
    named = [bool(ORG_SUFFIX.search(item)) for item in items]
    return named[-1] and sum(named) * 3 >= 2 * len(items)
DASH_ITEM = re.compile(r"^[—－―─-]{2}")   # (r40) '――' (two U+2015 bars) and '──' open a dash item too

TERMINAL = "。！？；：…!?;:"
CLOSERS = "”’」』\"'"
CLAUSE = "，,；;：:"
SENTENCE_END = "。！？!?"
CONTINUATION_START = "，、。；：！？）》」』”%,.;:!?)"
DANGLING_END = "的和与及或把被将从对向为在是之即“（《，、"


def _emphasis(text: str, stars: int) -> bool:
    """'**IAHWG | Brian Wallace | Co-Chair**': markdown bold (or bold italic), the stars touching the
    words, a label such as a transcript's speaker line; not a dump's decoration heading
    '***** History *****', whose stars stand apart from the words, nor '****** Noise ******'."""
    return stars <= 3 and not text[stars].isspace() and not text[-stars - 1].isspace()


# a line of markdown images: '![alt](src)', a linked badge '[![alt](src)](href)', several in a row
IMAGE_LINE = re.compile(r"^(?:\[?!\[[^\]]*\]\([^)]*\)(?:\]\([^)]*\))?\s*)+$")


def is_image_line(text: str) -> bool:
    """'![Banner](img/banner.png)', a row of badges: a picture in markdown, no words of the text
    (its '!' opens an image; it is no exclamation mark left over from the line before)."""
    return text[:1] in "![" and bool(IMAGE_LINE.match(text.strip()))


# (r43en) a bold or italic mark opened at a line's start and not closed on it ('**Article 1', '****Article 8')
OPENED_LABEL = re.compile(r"^(?:\*{2,4}|__)(?=[A-Za-z])(?!.*(?:\*\*|__))")


def numbering(text: str) -> str:
    """The numbering style a line opens with ('' if none): `（一）` for '（一）指导思想'."""
    if not text or text[0] not in _NUMBER_START:
        return ""  # cheap exit: most lines open with none of these
    if text[0] in "*_" and (opened := OPENED_LABEL.match(text)):
        # (r43en) a bold opened before a division's label and closed at its text's end ('**Article 1' over
        # 'The Emperor shall …**'): the label's numbering, the mark aside
        inner = numbering(text[opened.end():])
        return inner if inner in ("article", "section", "chapter") else ""
    for style, pattern in NUMBERING:
        match = pattern.match(text)
        if match:
            if style == "1.1":
                return f"1.1x{match.group(0).count('.') + match.group(0).count('．')}"
            if style == "stars":   # more stars = outer, as '#' fewer: 6 stars rank like '#'
                if _emphasis(text.rstrip(), len(match.group(1))):
                    return ""
                return f"md{7 - len(match.group(1))}"
            if style == "md":
                return f"md{len(match.group(0).strip()) or len(text) - len(text.lstrip('#'))}"
            if style == "equals":   # '= Title =' outer, '== Part ==' below it: as '#' counts
                return f"md{len(match.group(1))}"
            return style
    return ""


MARKS = re.compile(r"^(?:(?:#{1,6}\s+|" + MD_UNSPACED + r")(?P<md>.+?)(?:\s+#+)?|(?P<eq>={1,6})\s*(?P<eqtext>.+?)\s*(?P=eq)"
                   r"|(?P<st>\*{2,6})\s*(?P<sttext>.+?)\s*(?:\[\s*(?:edit|编辑)\s*\])?\s*(?P=st))\s*$", re.I)


def unmarked(text: str) -> str:
    """A heading without the marks of its syntax: '## 历史' -> '历史', '== 历史 ==' -> '历史',
    '***** History[edit] *****' -> 'History'. The marks say the depth (kept in the style), they
    are not the heading's words."""
    match = MARKS.match(text) if text[:1] in "#=*" else None
    if not match:
        return text
    if match["md"]:   # (r28markdown) pandoc's attributes after an ATX heading: '## Results {#results .unnumbered}'
        words = HEADING_ATTRIBUTES.sub("", match["md"]).strip() or match["md"].strip()
        bold = MD_BOLD_WHOLE.match(words)   # (r28markdown) '## **1. PURPOSE**': the bold is the marks' too
        return bold["words"].strip() if bold else words
    return (match["md"] or match["eqtext"] or match["sttext"]).strip()


MD_BOLD_WHOLE = re.compile(r"^(\*\*|__)(?P<words>[^*_\s](?:.*?[^*_\s])?)\1$")
# (r28markdown) a pandoc / kramdown heading's attribute block: ids, classes, key=value pairs in braces
HEADING_ATTRIBUTES = re.compile(r"\s*\{:?\s*(?:[#.][\w:.-]+|[\w-]+=(?:\"[^\"]*\"|\S+)|-)(?:\s+(?:[#.][\w:.-]+|[\w-]+=(?:\"[^\"]*\"|\S+)))*\s*\}\s*$")


def rank(style: str) -> float | None:
    """Conventional nesting rank of a numbering style, None for unranked ones."""
    if style.startswith("md"):
        return float(style[2:]) / 10  # '#' outranks everything but is ordered by count
    if style.startswith("1.1x"):
        return 5 + int(style[4:]) / 100  # 1.1 below 1., 1.1.1 below 1.1
    value = RANK.get(style)
    return float(value) if value is not None else None


# the kind of document a 公文 title ends with ('…的意见', '…的通知', '…的规定')
# a Traditional text names its kind in its own script (`施政報告`, `…條例`, `…辦法`)
DOC_KIND_END = re.compile(r"(意见|通知|决定|办法|规定|规划|方案|纲要|公报|报告|条例|细则|批复|通报|公告|决议|指示|命令|函|请示|要点"
                          r"|意見|決定|辦法|規定|規劃|綱要|公報|報告|條例|細則|批覆|通報|決議|請示|要點)$")
BACK_MATTER = frozenset("参考资料 参考文献 外部链接 相关条目 延伸阅读 扩展阅读 资料来源 数据来源".split())
BACK_MATTER_ENDS = tuple(sorted(BACK_MATTER))
BACK_MATTER_GLUED = re.compile(rf"^(?P<body>.{{10,}}[。！？”）])\s*(?P<title>{'|'.join(sorted(BACK_MATTER))})$")


def is_back_matter(text: str) -> bool:
    """'参考资料', '参考文献', '资料来源：': the title of an article's back matter, a top-level section
    (a bold label line ending in a colon names it too)."""
    return _label(_compact(text)) in BACK_MATTER


GLOSSARY = frozenset("注释 名词解释 注解 术语解释 词语解释 名词注释 附注".split())
GLOSSARY_TERM = re.compile(r"^\S{0,6}?[^，。；]{1,16}[：:]")   # '1.“两重”：…', '［1］一降三减：'


ATTACHED = re.compile(r"^附\s*[：:]\s*")   # '附：' before the name of what a report appends (r26zh)


def is_glossary_title(text: str) -> bool:
    """'名词解释', '注　释', '附件2　名词解释': the title of a glossary appendix (spaces inside ignored);
    (r26zh) '附：名词解释', the appendix named by 附 and a colon, as a report appends its glossary."""
    text = APPENDIX.sub("", text).strip() if text[:1] in "附AaＡ" else text   # '附件2　名词解释'
    text = ATTACHED.sub("", text)   # '附：名词解释'
    return 2 <= len(text) <= 10 and _label(_compact(text)) in GLOSSARY


def _label(text: str) -> str:
    """'注释：' -> '注释': a back-matter title set as a bold label keeps its colon."""
    return text[:-1] if text[-1:] in "：:" else text


def is_preamble(text: str) -> bool:
    """'序　　言', '前言': an unnumbered opening part of a law or book (spaces inside ignored);
    '结　　论', '后记': its unnumbered closing part, a peer of the opening one."""
    return len(text) <= 8 and (_compact(text) in PREAMBLE or _compact(text) in CLOSING)


# A work report's unnumbered part naming a period and the work it reviews or plans ('2021年工作回顾',
# '20*年的主要工作', '過去五年工作回顧', '2022年工作安排', '七届人民政府工作回顾'; a year masked in a template, '200*年', '20**年',
# round16zh): the parts of a court's, procuratorate's or
# committee's report, each holding its own '一、…' series (unseen10).
PERIOD_PART = re.compile(
    r"^(?:\d{4}|\d{2}(?:\*|[\d*]\*)|[一二三四五六七八九〇○零]{4}|[过過]去[一二三四五六七八九十]年|今[后後][一二三四五六七八九十]?年|今年|明年"
    # (r35) a government's term or a five-year plan's period: '七届人民政府工作回顾', '本届政府工作回顾', '“十三五”工作回顾'
    r"|第?[一二三四五六七八九十]{1,3}[届屆]|本[届屆]|上[届屆]|[“\"「]?十[一二三四五六七八九]?五[”\"」]?(?:时期|時期|期间|期間)?)"
    r"年?度?[^，。；：,;:]{0,8}?(?:(?:工作)?(?:回顾|回顧|主要工作|工作安排|工作建议|工作建議|工作任务|工作任務|主要任务|主要任務|工作部署)"
    # (r41) a town's or a department's summary names the year's work with what it brought ('2020年主要工作措施、亮点及成效',
    #   '2019年工作开展情况及成效'), or as the summary or plan itself ('2020年工作计划', '2019年工作总结')
    r"|(?:主要)?工作[^，。；：,;:]{0,10}?(?:措施|亮点|亮點|成效|成绩|成績|情况|情況)|工作(?:总结|總結|计划|計劃|思路))$")


def is_period_part(text: str) -> bool:
    """'2011年檢察工作回顧', '20*年的主要工作': an unnumbered part of a work report that names a period
    and the work done or planned in it. It holds the numbered parts after it ('一、…'), even when it
    is the only such part in the text (a summary, an excerpt): unlike a stray line before a numbered
    series ('当前形势和任务'), it names a report's part, not a topic (unseen10, xx1-xx3, xx5)."""
    return len(text) <= MAX_PERIOD_PART and bool(PERIOD_PART.match(re.sub(r"\s+", "", text)))


MAX_PERIOD_PART = 20


# A law's unnumbered closing part ('附则', '附　　则' after '第七编' or '第九章'): a peer of its outermost parts.
LAW_CLOSING = frozenset({"附则"})


def is_law_closing(text: str) -> bool:
    """'附　　则': a law's supplementary provisions, set without a number after its numbered parts."""
    return len(text) <= 8 and _compact(text) in LAW_CLOSING


# a division's label opening a sentence that cites it (an amending act's 'Article 10 is amended as
# follows:', 'Section 4 of the Act is repealed.'): a verb or preposition in lower case after the
# number and a clause or sentence mark at the end — the label names what the sentence is about:
# it heads nothing (unseen5, xv2)
CITING = re.compile(r"^[A-Z][A-Za-z]{2,}\.?\s+(?:[IVXLC]{1,6}|\d{1,3}[a-z]?)(?:\(\w{1,3}\))*\s+"
                    r"(?:is|are|was|were|shall|may|must|of|to|and|or|in|as|has|have|does|applies|reads)\b.*[.:;,]$")
OPENING_PARTS = frozenset("preamble prologue preface foreword introduction".split()) \
    | {"opening remarks", "introductory remarks", "opening statement"}   # a speech's first part (unseen5, xv4)


def is_opening_part(text: str) -> bool:
    """'PREAMBLE', 'Preface.': the name of a text's unnumbered opening part, in English. As a
    text's first line it is its first heading, not its title (a legal act often has no title line)."""
    return text.strip().rstrip(".:").casefold() in OPENING_PARTS


def _compact(text: str) -> str:
    return "".join(text.split())   # str.split() drops U+3000 too


def core(text: str) -> str:
    """The text with trailing closing quotes removed (so '…。”' ends in '。')."""
    return text.rstrip(CLOSERS) or text


_TERMINAL_OR_POINT = TERMINAL + "."


def terminal(text: str) -> str:
    """The terminal punctuation mark of a line, '' if it ends without one (closing quotes skipped)."""
    last = core(text[-8:])[-1:]
    return last if last and last in _TERMINAL_OR_POINT else ""


def ends_with(text: str, marks: str) -> bool:
    """True if the line's terminal mark is one of `marks` (a line with none never is)."""
    end = terminal(text)
    return bool(end) and end in marks


def ends_sentence(text: str) -> bool:
    return terminal(text) != ""


def sentence_count(text: str) -> int:
    """Sentences by their end marks ('。' inside a number like 2.5 does not count)."""
    return sum(1 for ch in core(text)[:-1] if ch in SENTENCE_END) + 1


BRACKETS = (("《", "》"), ("（", "）"), ("(", ")"), ("“", "”"), ("「", "」"), ("『", "』"), ("【", "】"))


def unclosed(text: str) -> bool:
    """True if a bracket or quote opens and is not closed: the line is cut off mid-phrase
    ('关于人寿保险单，《保险法' + a link on the next line), never a whole heading.

    (r44, issue 11) A curly opening quote closed by a straight one (`深化“最多跑一次"（2分）`: a law
    database's export, an editor that set only the opening quote curly) is closed: the straight
    quotes after a `“` count as its closers. A `“` with no closer of either kind stays open."""
    return any(_opened(text, left, right) for left, right in BRACKETS)


def _opened(text: str, left: str, right: str) -> bool:
    closers = text.count(right)
    if left == "“":
        first = text.find(left)
        closers += text.count('"', first) if first >= 0 else 0
    return text.count(left) > closers


def has_clause_mark(text: str) -> bool:
    """True if a comma, semicolon or colon sits inside the text (not at its end)."""
    return any(ch in CLAUSE for ch in core(text)[:-1])


def is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or "\U00020000" <= ch <= "\U0002ffff"


def has_word(text: str) -> bool:
    """True if the text holds any letter or Han character (not only digits/punctuation)."""
    return any(ch.isalpha() for ch in text)


_NUMERIC_FRAGMENT = re.compile(r"[\d.．%％]+")
_STARS_ONLY = re.compile(r"[*\s]+")


def is_numeric_fragment(text: str) -> bool:
    """A bare number left by inline formatting, e.g. the '2.5' of 'PM2.5' on its own line."""
    return len(text) <= 8 and bool(_NUMERIC_FRAGMENT.fullmatch(text))


def is_punct_fragment(text: str) -> bool:
    """A line of punctuation only, e.g. a lone '。' split from its sentence."""
    return bool(text) and not any(ch.isalnum() for ch in text) and not DASH_ITEM.match(text) \
        and not _STARS_ONLY.fullmatch(text)


def is_all_caps(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 3 and all(ch.isupper() for ch in letters)


def indent_of(line: str) -> int:
    """Leading indentation in columns (a full-width space counts as two)."""
    width = 0
    for ch in line:
        if ch == " ":
            width += 1
        elif ch == "\t":
            width += 4
        elif ch == "\u3000":
            width += 2
        else:
            break
    return width


def squeezed(text: str) -> str:
    """(round23) A line as a shape rule reads it: no spaces (letter-spaced digits '1 9 9 8 年'), no
    reading glosses. Phenomenon: a mirror's glosses broke every whole-line shape they fell in, so
    '甘政發(fā)〔2023〕8號(hào)' was no document number and became the notice's title."""
    return unglossed("".join(text.split()))


# An official document's number ('…发〔2020〕14号', in a Traditional copy '…發〔2017〕92號'; front.py)
DOC_NUMBER = re.compile(r"^\S{1,24}[〔\[［【(（]\s*\d{4}\s*[〕\]］】)）]\s*\d{1,5}\s*[号號]$")
# (r39) an announcement's or an order's serial number alone on its line, its term in brackets before it
# or not ('[五届] 第三十三号', '（第5号）', '第 12 号'): it files the announcement, heads nothing
SERIAL_NUMBER = re.compile(r"^(?:[〔\[［【(（][^〔\[［【(（〕\]］】)）]{1,8}[〕\]］】)）])?[(（]?第[〇零一二三四五六七八九十百千两\d]{1,8}[号號][)）]?$")
# the same with its closing bracket and 号 lost in the copy ('牟政办发〔201746'): the tortoise-shell
# bracket and the year over the serial number still say what it is (newdocs round 3, xn19)
DOC_NUMBER_DAMAGED = re.compile(r"^\S{1,24}〔\s*(?:19|20)\d{2}\s*〕?\s*\d{1,5}\s*[号號]?$")


# (r27encyc) an encyclopedia entry's lead: its first sentence names the subject, then defines it
LEAD_VERB = re.compile(r"^(?:is|are|was|were|refers?|means?|has|have|had|denotes?|describes?|designates?|,|\(|–|—|-)$", re.I)
LEAD_NAME_WORDS = 12     # words of the lead paragraph where the subject's name stands
LEAD_ARTICLES = frozenset(("a", "an", "the"))
LEAD_CONTEXT_WORDS = 6   # words of a context phrase before the name ('In geology, a glacier is …')


def word_stem(word: str) -> str:
    word = word.casefold().strip(".,;:'’\"()")
    return word[:-1] if len(word) > 3 and word.endswith("s") else word


def names_subject(text: str, title: str) -> bool:
    """The paragraph opens by naming the entry's subject and defining it ('A book is …', 'The Nile
    (Arabic: …) is …', 'Books are …' under 'Book'): the title's words, in order, among its first
    LEAD_NAME_WORDS words, at the sentence's start (after an article, or a context phrase closed by a
    comma: 'In geology, a glacier is …'), followed by a defining verb or an aside."""
    name = [word_stem(w) for w in re.sub(r"\s*\([^)]*\)\s*$", "", title).split()]
    if not name or len(name) > LEAD_NAME_WORDS:
        return False
    words = text.split()[:LEAD_NAME_WORDS + len(name)]
    stems = [word_stem(w) for w in words]
    for k in range(len(stems) - len(name)):
        if stems[k:k + len(name)] == name:
            before = stems[:k]
            if not (all(w in LEAD_ARTICLES for w in before) or k <= LEAD_CONTEXT_WORDS and words[k - 1].endswith(",")):
                return False   # the name inside a sentence ('In this Constitution, unless …'): no definition
            after = words[k + len(name)] if k + len(name) < len(words) else ""
            glued = words[k + len(name) - 1][-1:] in ",("
            return glued or bool(LEAD_VERB.match(after)) or after[:1] in "(–—,"
    return False


CAPTION_WORDS = 10       # words of an image caption or an infobox line over an entry's lead
CAPTION_LINES = 3        # such short lines over the lead (a caption, its credit, the infobox's name)
LEAD_WORDS = 15          # words of the lead paragraph: prose
INFOBOX_BARS = 2         # bars between an infobox's labels and values in a block of its rows


def lead_under(texts: list[str], name: str) -> int:
    """(r27encyc) Where an encyclopedia entry's lead stands under its name: the first of `texts` (the
    lines under the name) that is prose of LEAD_WORDS words or more naming `name` and defining it
    (`names_subject`), with at most CAPTION_LINES short lines (a caption, a credit; CAPTION_WORDS
    words at most) or infobox rows (label and value between bars) over it; -1 if none."""
    for k, text in enumerate(texts[:CAPTION_LINES + 1]):
        words = text.split()
        if numbering(text):
            return -1   # a numbered line: a division, an article or a list, never a caption or a lead
        if text.count("|") >= INFOBOX_BARS and not re.search(r"[.!?]$", text.strip()):
            continue   # the infobox's rows flattened with their bars ('Born | 10 December 1815 … Died | …')
        if len(words) >= LEAD_WORDS:
            return k if names_subject(text, name) else -1
        if len(words) > CAPTION_WORDS:
            return -1
    return -1


# (r28prints) a report's or a page's section head that opens with the year or the financial year it
# covers, as institutional reports set them ('2018-19 annual letters', '2020–21 highlights', '2019 in
# review'): the year stands where a capital would, so the words after it are the head's
YEAR_LEAD = re.compile(r"^(?:1[89]|20)\d\d(?:\s?[-–/]\s?(?:(?:1[89]|20)\d\d|\d\d))?\s+(?=[^\W\d_]{2})")


YEAR_HEAD_WORDS = 5   # words of a head opening with its year: a longer line is a caption or a sentence


def head_initial(text: str) -> bool:
    """A heading's opening: a capital, or a year (YEAR_LEAD) over at most YEAR_HEAD_WORDS words of
    letters, not in capitals and with no number ('2006 CHAPTER 35' cites an Act by its year)."""
    if text[:1].isupper():
        return True
    if not YEAR_LEAD.match(text) or len(text.split()) > YEAR_HEAD_WORDS:
        return False
    rest = year_stripped(text)
    return not any(ch.isdigit() for ch in rest) and not is_all_caps(rest)


def year_stripped(text: str) -> str:
    """The words of a line after a leading year (YEAR_LEAD), the line itself if none leads it."""
    return YEAR_LEAD.sub("", text, count=1)


# (r28ocr) a printed book's copyright notice, kept as its text in a scan's OCR ('Copyright, 1899, by
# Notman, Boston', 'Copyright 1917'): it says who holds the rights and names no section
COPYRIGHT_NOTICE = re.compile(r"^\s*(?:Copyright|COPYRIGHT)[,.]?\s+(?:©\s*)?(?:\(c\)\s*)?\d{4}\b")


# (r31enheads) a head that leads into its text with an ellipsis ('A New Parliament...', 'Looking Ahead…')
TEASER_ELLIPSIS = re.compile(r"(?<=[A-Za-z])\s?(?:\.{3}|…)$")
TEASER_WORDS = 6   # words of such a head


def teaser_head(text: str) -> bool:
    """(r31enheads) A short title-cased phrase closed by an ELLIPSIS ('A New Parliament...', a speech's
    head leading into its text): up to TEASER_WORDS words, every word of four letters or more
    capitalised. A sentence cut off so ('And then we waited...', 'To be continued...') has its words
    in lower case."""
    text = text.strip()
    if not TEASER_ELLIPSIS.search(text):
        return False
    words = TEASER_ELLIPSIS.sub("", text).split()
    long_words = [w for w in words if sum(ch.isalpha() for ch in w) >= 4]
    return 0 < len(words) <= TEASER_WORDS and bool(long_words) and all(w[0].isupper() for w in long_words)


# (r41) a title set in a font without a Unicode map: a PDF's text layer gives the font's glyph numbers as
# code points, so a Chinese title comes out as letters of many unrelated scripts ('νߪസದսіն߶ӈༀჴ߶': Greek,
# NKo, Malayalam, Kannada, Armenian, Cyrillic, Tibetan, Georgian)
GLYPH_SCRIPTS_MIN = 4     # distinct scripts among the line's letters
GLYPH_SHARE = 0.8         # of the line's letters outside Han, kana, hangul and Latin
GLYPH_LETTERS_MIN = 6


def glyph_garble(text: str) -> bool:
    """(r41, issue 11) Whether a line is an unmapped font's glyph numbers read as characters: six
    letters, marks or digits or more, at least GLYPH_SHARE of them in neither Han, kana, hangul, Latin
    nor ASCII or full-width digits, from
    GLYPH_SCRIPTS_MIN scripts or more. A line in one foreign script (Greek, Cyrillic, Arabic,
    Tibetan words), or Chinese with a Greek letter, is text."""
    letters = [c for c in text if unicodedata.category(c)[0] in "LMN"]   # letters, marks and digits of any script
    if len(letters) < GLYPH_LETTERS_MIN:
        return False
    scripts = [unicodedata.name(c, "?").split()[0] for c in letters]
    foreign = [s for s in scripts if s not in ("CJK", "HIRAGANA", "KATAKANA", "HANGUL", "LATIN", "DIGIT", "FULLWIDTH", "?")]
    return len(foreign) >= GLYPH_SHARE * len(letters) and len(set(foreign)) >= GLYPH_SCRIPTS_MIN
