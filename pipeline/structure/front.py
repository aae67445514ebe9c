"""The title block: title, dateline (subtitle, date), speaker or issuing body.

A report opens with its title, perhaps repeated in a shorter form
('2026年…政府工作报告' then '政府工作报告'), a dateline ('——2026年1月26日在…会议上',
possibly wrapped over two lines), and who gives it ('广东省省长 孟凡利').
A news-wire line ('新华社北京…电') may sit among them: it is kept as front matter.
An amended text ('（1982年12月4日…通过' / '根据…2018年3月11日…修正）') is dated by its latest
amendment: the adoption date stays in the subtitle, the amendments in the front matter.
Older and printed texts date themselves in Chinese numerals ('（一九四九年三月五日）'); a speech names
its occasion under a thematic title ('——在全省经济工作会议上的讲话'), and its speaker may stand as a
bare name just before the salutation ('张某某' + '同志们：').
"""
from __future__ import annotations

from collections import Counter

import re
import unicodedata
from dataclasses import dataclass, field, replace

from ..clean.vocab import RED_HEADER as RED_HEADER_LINE
from ..clean.vocab_en import BARE_KIND, CAPTION_CREDIT, ORG_WORDS, PAGE_PART_WORDS, RELEASE_LINE
from ..model import Author
from . import signals as sg
from .blocks import Block
from .institution import DOCUMENT_WORD as _DOCUMENT_WORD, institution_name as _institution_name, kind_modifies_body as _kind_in_body
from .english import BARE_OFFICE, LONG_TITLE, OCCASION_LINE, OFFICE, RECORD_NUMBER_LINE, SERIAL_LINE, address_form
from .title_evidence import CHUNK_NUMBER, FIELD_LABEL, KIND_END as KIND_END_TITLE, chrome_reason, contents_cut, file_title, sequence_member, unglued

ROLE_END = ("长", "主席", "主任", "总理", "书记", "委员", "理事", "总裁", "代表", "秘书", "部长", "厅长", "市长",
            "長", "總理", "書記", "委員", "總裁", "秘書",   # the same roles in traditional script ('國務院總理')
            "记者", "記者", "通讯员", "通訊員",   # a news item's byline under its title: '中新社记者张某' (unseen4)
            "长官", "長官")   # (r26zh) a special region's chief executive ('行政長官　某某某')
ORG_END = ("人民政府", "政府", "委员会", "办公厅", "办公室", "国务院", "人民代表大会", "政协")
# a template's placeholder where the name was ('镇长 XX', '县长 ××'): a speaker line still (round9zh)
PLACEHOLDER_NAME = r"[XxＸ×＊*]{2,3}"
# (r35) a two-character name set to a three-character name's width ('市长 巴 图', '县长　王　明'):
# typesetting, one name
SPACED_NAME = r"[\u4e00-\u9fff][ \u3000]{1,3}[\u4e00-\u9fff]"
SPEAKER = re.compile(rf"^(?P<role>\S{{2,24}}?)[ \u3000]+(?P<name>[\u4e00-\u9fff·]{{2,5}}|{SPACED_NAME}|{PLACEHOLDER_NAME})$")
SPEAKER_GLUED = re.compile(rf"^(?P<role>\S{{1,20}}?(?:{'|'.join(ROLE_END)}))(?P<name>[\u4e00-\u9fff·]{{2,4}})$")
# A bracketed dateline holds its date INSIDE the bracket ('（2020年6月22日在…会议上）'); a bracket that
# closes before the year ('（广东省）2020年某县政府工作报告（全文）', a repost site's region tag over the
# headline) dates nothing: the year is the title's own (round6, xxf1).
DATELINE = re.compile(r"^(?:[—－―─-]{1,3}|[（(](?=[^）)]*[\d〇零○一二三四五六七八九]{4}\s*年))")
CN_DATE_DIGIT = sg.CN_DATE_DIGIT
BARE_DATELINE = re.compile(rf"^[{CN_DATE_DIGIT}]{{4}}\s*年\s*[{CN_DATE_DIGIT}]{{1,2}}\s*月\s*[{CN_DATE_DIGIT}]{{1,3}}\s*日\s*在")
DATELINE_END = re.compile(r"^(?P<dateline>.+?(?:会议|大会|会)上)[\s\u3000]*(?P<rest>\S.*)$")
NOTE = re.compile(r"^[（(][^（()）]{2,20}[）)]$")   # '（根据直播整理）': an editor's note on the text
SPEECH_KIND = r"(?:讲话|报告|工作报告|发言|致辞|讲演|演讲|主旨演讲|总结讲话)"
OCCASION = re.compile(rf"^[—－―─-]{{1,3}}\s*在[^。，；]{{2,40}}?上的{SPEECH_KIND}$")   # '——在全省经济工作会议上的讲话'
OCCASION_END = re.compile(rf"上的{SPEECH_KIND}$")
# (round10zh, xxw5) a news headline's kicker (引题) naming only the occasion, 'at … meeting', over the
# main headline that says what was said there ('在市政府第48次常务会议上' / '市长某某强调…'): an
# adverbial phrase, no sentence and no name of a document (a speech's title ends '…上的讲话', a
# dateline holds its date or dash): front matter, never the title. Only the first line, one line,
# over a title-like line.
OCCASION_KICKER = re.compile(r"^在[^。，；：:、]{2,40}?(?:会议|大会|座谈会|仪式|典礼|论坛|活动|现场)上$")
BARE_NAME = re.compile(r"^[\u4e00-\u9fff·]{2,4}$")
WIRE = re.compile(r"^\S{1,6}社\S{0,12}电$")
ISO_PARTS = re.compile(r"(\d{4})\s*年(?:\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?)?")
EN_AUTHOR = re.compile(r"^(?:by\s+)?(?P<name>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){1,3})$", re.I)
# (r32enpages) a typographic list bullet opening the line read as the title (an entry's name shown as a
# bulleted list item, `• river`): the mark is the list's, no part of the name ('-', '*' and '·' are left:
# a Markdown item, a middle dot in a transliterated name)
LIST_BULLET = re.compile(r"^\s*[•●▪◦‣►▸■◆]\s*")
STAR_TITLE = re.compile(r"^\*{2,6}\s*(?P<text>[^*\[\]]+?)\s*\*{2,6}$")
COLUMN_GAP = re.compile(r"\S {3,}\S")
JUSTIFIED_GAPS = re.compile(r"\S {2,}\S")   # two or more spaces between words: a justified line's
CUT_SEARCH = 6   # blocks under a cut headline where the text names the Act with its year
# an issuing body's name set over the document it issues (a statute's cover, a report's title page):
# the body, never the title, when a block right under it names a document (round8en)
ISSUER = re.compile(r"^(?:the\s+)?(?:parliament|government|republic|democratic|federal|united|kingdom|commonwealth|state|ministry"
                    r"|department|office|house|senate|national assembly|legislative assembly|general assembly|congress|council"
                    r"|city|county|province|municipality)\b(?:\s+(?:of|the|and|for|[A-Z][\w'’.-]*)){0,14}$", re.I)
NAMES_DOCUMENT = re.compile(r"\b(?:act|ordinance|bill|decree|code|regulations?|rules|constitution)\b.{0,40}?(?:\bno\.?\s*\d+|\b(?:1[89]|20)\d\d\b)"
                            r"|\b(?:annual\s+)?(?:report|guide|guidance|handbook|strategy|plan|review|statement|white paper|manual)\b"
                            r"(?:\s*[,:–—-]?\s*(?:\d{4}(?:[-–]\d{2,4})?|section \d+\b.*|part \d+\b.*|no\.?\s*\d+))?$", re.I)
# a PDF page's head with the page number glued to the document's name ('1The Consumer Protection
# Act, 2005 [No. ]'): the number is the page's, not the name's (round8en)
GLUED_PAGE_NUMBER = re.compile(r"^\d{1,3}(?P<name>(?:The|An?|[A-Z][a-z]{2,})\s.*)$")
# a printed page's running head: the page number and the publication's name in capitals apart by a
# comma ('282, SPECIAL OFFICIAL GAZETTE.', 'OFFICIAL JOURNAL, 17'): the number is the page's; the
# name alone names the page (round11en)
RUNNING_HEAD_NUMBER = re.compile(r"^\s*(?:\d{1,4},\s*(?P<after>[A-Z][A-Z'’&.\s-]+?)|(?P<before>[A-Z][A-Z'’&.\s-]+?),\s*\d{1,4}\.?)\s*$")
# an instrument's name ending in its year after a comma: 'THE GENERAL CLAUSES ACT, 1897', 'CRIMINAL CODE, 1960'
YEARED_NAME = re.compile(r"\b(?:act|ordinance|code|decree|law|regulations?|rules|constitution|order)\s*,\s*(?:1[6-9]|20)\d\d\.?\s*$", re.I)
ISSUER_REACH = 2   # blocks under the issuer's name where the document's name may stand
PAREN_LINE = re.compile(r"^\([^()]{3,80}\)$")
# an English translation's promulgating order under the rule's name: 'Order of the … Government'
# over its number '(No. 26)' (round8en): the order's head, front matter, never a heading
ORDER_EN = re.compile(r"^(?:Order|Decree|Proclamation|Announcement) of (?:the )?[A-Z][^.:;!?]{3,100}$")
ORDER_NUMBER_EN = re.compile(r"^[(\[]?\s*No\.\s*\d{1,5}\s*[)\]]?$", re.I)
# English small words (articles, conjunctions, prepositions): left lower case in a title, never a word of a name
SMALL_WORDS = frozenset("a an and as at but by for from in of on or the to with".split())
# (r44) pronouns, determiners and question words: no word of a person's name ('Our Purpose' under a title heads a part)
NOT_NAME_WORDS = frozenset("our my your their its his this these those that what how why when where which who we us".split())
AMENDED = re.compile(r"修正|修订|修改|修正案|amended|revised", re.I)
NOTE_BLOCKS = 3       # a bracketed adoption note may run over this many blocks
WRAPPED_NOTE = 60     # characters: a wrapped note's next line (a longer one lists amendments: front matter)
# The order's statement ('《…》已由…通过，现予公布，自…起施行。'), its signature ('中华人民共和国主席　某某')
# and date line belong to the promulgation too.
# An official document's number ('…发〔2020〕14号') and a meeting's labelled particulars ('主持：…') under
# the title are front matter too; an issuing body's name over a '关于…的通知' title is its author.
# A legal act's promulgation notes under its title: a dated line saying what was done to the act
# ('1980年9月10日 第五届全国人民代表大会第三次会议通过', '…委员长令第八号公布', '…起施行'), the order that
# promulgates it ('中华人民共和国主席令', '国务院令第335号', '（第四十八号）'). They date the act; they name nothing.
PROMULGATED = re.compile(rf"^[（(]?[{CN_DATE_DIGIT}]{{4}}\s*年.{{2,120}}?"
                         r"(?:通过|公布|发布|施行|修正|修订|批准|印发|废止)[）)]?[。.]?$")
DOC_NUMBER = sg.DOC_NUMBER   # (in signals: blocks.py needs it too)


def _note_unmarked(text: str) -> str:
    """(r43) A promulgation note a Markdown export marked as a heading (`## （2010年…会议通过）`, a law
    database's Word file converted line by line): read without its marks, as the note it is."""
    return sg.unmarked(text) if sg.numbering(text).startswith("md") else text
# the same with its closing bracket and 号 lost in the copy ('牟政办发〔201746'): the tortoise-shell
# bracket and the year over the serial number still say what it is (newdocs round 3, xn19)
DOC_NUMBER_DAMAGED = sg.DOC_NUMBER_DAMAGED
SPEAKER_DATED = re.compile(r"^[·•]?\s*(?P<who>[\u4e00-\u9fff·]{4,28}?)\s*[（(](?P<when>[^（）()]*\d{4}\s*年[^（）()]*)[）)]$")
REVISED = re.compile(r"修正|修订")   # not '修改': '关于修改…的决定' names the decision, it dates nothing
ORDER_STATEMENT = re.compile(r"已由.{2,120}?通过，现予(?:公布|发布)|现予(?:公布|发布)，自.{4,30}起施行。?$")
MEETING_LABEL = re.compile(r"^(?:时\s*间|地\s*点|主\s*持|主持人|会议主持|参会人员|出席人员|发布机构|发文机关|成文日期)\s*[:：]\s*\S")
DOC_KIND = re.compile(r"^关于\S.*的(?:通知|决定|意见|通报|报告|批复|请示|函|公告|通告|决议|规定|办法|方案|纪要)$")
RED_HEADER = RED_HEADER_LINE   # an issuer's red header over the document number: never the title (unseen4)
ORG_LINE = re.compile(r"^[\u4e00-\u9fff（）()]{2,30}(?:局|厅|委员会|委|人民政府|政府|办公室|办公厅|部|院|署|会|中心|公司|学校|大学|文件)$")
ORDER = re.compile(r"^(?:\S{2,20}令(?:第\s*\S{1,8}\s*号)?|[（(]?\s*第\s*[\d一二三四五六七八九十百零〇 \u3000]{1,12}号\s*[）)]?)$")


@dataclass
class TitleBlock:
    title: str = ""
    subtitle: str = ""
    authors: list[Author] = field(default_factory=list)
    date: str = ""
    front: list[Block] = field(default_factory=list)   # lines kept as front-matter paragraphs
    used: int = 0                                       # blocks consumed from the start
    title_blocks: list[Block] = field(default_factory=list)    # the line(s) the title came from
    author_blocks: list[Block] = field(default_factory=list)   # the speaker line
    skipped: str = ""   # what the first line was when it could not be the title ('a dateline', …)
    wrapped: list[Block] = field(default_factory=list)   # title blocks that continue its line, no repeat
    as_written: str = ""   # the title line as the page wrote it, where the title is cut from it (round8en)
    ranked: tuple = ()     # (reason, confidence) when the title ranker moved the title here (title_model.py)
    sure: bool = False   # (r27entitles) read on hard evidence (the print header, a division page): the ranker leaves it


# A title in capitals with its version line under it and no blank line between, joined into one
# block: the capitals are the title, the version (or revision, edition, draft) line its subtitle.
GLUED_VERSION = re.compile(r"^(?P<title>[A-Z][A-Z0-9 .,'&:-]{3,}?)\s+(?P<version>(?:Version|Revision|Release|Edition|Draft)\s+\S.*)$")
# The same in any case, where the title block's lines (title, version line, the text's address)
# stand in one block: 'Apache License' / 'Version 2.0, January 2004' / 'http://…' (unseen, xu5) —
# the words before the version line are the title, the rest its subtitle
GLUED_VERSION_ANY = re.compile(r"^(?P<title>[A-Z][^\d]{3,60}?)\s+(?P<version>(?:Version|Revision|Release|Edition|Draft)\s+\d.*)$")
# a short line right under the title that carries a version number ('CC0 1.0 Universal',
# 'Version 3.1'): the title's edition line, not the first section (a section's number opens its
# line: '1.0 Introduction'; a division names itself: 'Section 1.2')
VERSION_LINE = re.compile(r"^(?!(?:Section|Article|Chapter|Part|Book|Appendix|Annex|Schedule|§)\b)[A-Za-z][\w.-]*(?:\s+[\w.-]+){0,3}?"
                          r"\s+v?\d+\.\d+(?:\.\d+)?(?:\s+[A-Za-z][\w-]*){0,3}$|^(?:Version|Revision|Release|Edition)\s+\d\S*(?:,?\s+\S+){0,4}$")


def title_case(text: str, acronyms: frozenset[str] = frozenset()) -> str:
    """'ALICE'S ADVENTURES IN WONDERLAND' -> "Alice's Adventures in Wonderland". A word in
    `acronyms` (one the text itself writes in capitals inside mixed-case prose: 'the GNU General
    Public License') keeps its capitals: 'GNU GENERAL PUBLIC LICENSE' -> 'GNU General Public License'; so do
    (r49) a name's initials: 'SHRI C.D. DESHMUKH' -> 'Shri C.D. Deshmukh'."""
    words = text.split(" ")
    # a small word right after an opening bracket set apart by a stray space ('2017 ( AS PASSED …')
    # opens the bracket's phrase as it does in '(As Passed …)' (round13en)
    opens = [i > 0 and words[i - 1] in OPENERS for i in range(len(words))]
    return " ".join(w if w in acronyms or CODE_WORD.match(w) or INITIALS.match(w) else lw if (i and lw in SMALL_WORDS and not opens[i]) else _capital(lw)
                    for i, (w, lw) in enumerate((w, w.lower()) for w in words))


# (r35) a code of capitals and digits ('AR297', 'C001-01', 'M-13-13'): an identifier, kept as written ('1ST' is an ordinal)
CODE_WORD = re.compile(r"^(?!\d+(?:ST|ND|RD|TH)\b)[(\[]?(?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z])[A-Z0-9][A-Z0-9-]*[)\],.:;]?$")


OPENERS = frozenset("( [ “ \" ‘ '".split())
# (r49) a name's initials, a letter and a stop each ('C.D.', 'J.R.R.'): capitals as written, never 'C.d.'
INITIALS = re.compile(r"^[(\[“\"‘']?(?:[A-Z]\.){2,}[,;:)\]”\"’']*$")


# a title that is one word in capitals and a number (`ORS 174.100¹`, `USC 552`, `RFC 4648`): a
# citation, its capitals an abbreviation, never title-cased (unseen11; xn2's `Gnu` was the kind)
CITATION_TITLE = re.compile(r"^(?!(?:CHAPTER|PART|ARTICLE|SECTION|BOOK|TITLE|SCHEDULE|APPENDIX|ANNEX|VOLUME|ACT|NO)\b)"
                            r"[A-Z]{2,8}\.?\s+(?:§\s*)?\d[\w.:()\-–¹²³⁴⁵⁶⁷⁸⁹⁰]*$")


def _citation_title(text: str) -> bool:
    return bool(CITATION_TITLE.match(text.strip()))


def _capital(word: str) -> str:
    """A word with its first LETTER upper-cased: after an opening bracket or quote too
    ('(no.' -> '(No.', '"the' -> '"The'), where upper-casing the first character did nothing (unseen2)."""
    if word[:1].isdigit():
        return word   # '1st', '22nd', '3d': an ordinal's letters stay small (r35)
    return re.sub(r"[^\W\d_]", lambda m: m.group(0).upper(), word, count=1)


CAPS_WORD = re.compile(r"\b[A-Z][A-Z0-9]{1,7}\b")
LOWER_WORD = re.compile(r"\b[a-z]{3,}\b")
ADDRESS = re.compile(r"\S*(?:://|@|\.[a-z]{2,}\b)\S*")                # a URL, a mail or a domain
MIXED_WORD = re.compile(r"\b[A-Za-z][a-z][A-Za-z0-9]*\b|\b[a-z]+\b")   # any word not all capitals


def text_acronyms(blocks: list[Block]) -> frozenset[str]:
    """Words the text writes in capitals inside mixed-case prose (a line with lower-case words too),
    two or more times: its acronyms and initialisms ('GNU', 'NIST'), which a title in capitals keeps
    in capitals when it is title-cased (newdocs round 2, xn2). Decided by the text's own usage, not a
    list; a word the prose writes only capitalised ('General') is title-cased as before, and so is a
    word it also writes in lower or title case: capitals for emphasis (`she did NOT go`), or a
    heading's words quoted in prose, are not an acronym (words in addresses, `gnu.org`, do not count)."""
    seen: Counter = Counter()
    other: set[str] = set()
    for block in blocks:
        if len(LOWER_WORD.findall(block.text)) >= 3:
            seen.update(CAPS_WORD.findall(block.text))
            other.update(w.upper() for w in MIXED_WORD.findall(ADDRESS.sub(" ", block.text)))
    return frozenset(word for word, n in seen.items()
                     if n >= 2 and word not in ("I", "A") and word not in other)


def iso_date(text: str) -> str:
    """The first date written as 年/月/日 in the text, as ISO 8601 ('' if none)."""
    dates = iso_dates(text)
    return dates[0] if dates else ""


def iso_dates(text: str) -> list[str]:
    """Every date written as 年/月/日 in the text, as ISO 8601, in order."""
    text = sg.arabic_dates(unicodedata.normalize("NFKC", text))
    return [_iso(match) for match in ISO_PARTS.finditer(text)]


def _iso(match: re.Match) -> str:
    year, month, day = match.groups()
    parts = [year] + [f"{int(p):02d}" for p in (month, day) if p]
    if month and not 1 <= int(month) <= 12 or day and not 1 <= int(day) <= 31:
        return year
    return "-".join(parts)


# A converter's reading annotation after a Chinese character ('發（fā）', '報(bào)'): a mirror that turned
# the text into Traditional characters wrote the Mandarin reading of some of them (xm7, unseen3 xj6).
# They lengthen a line without adding a word: its length as a title is measured without them.
READING = re.compile(r"(?<=[\u4e00-\u9fff])[（(][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[）)]")


# a collection site's year tag after a Chinese headline, apart from it: '2022年云和县…统计公报 2022'
# (unseen3, xj4); only when the headline already names that year, so the tag adds nothing
YEAR_TAG = re.compile(r"(?<=[\u4e00-\u9fff》）)])\s+(?P<year>(?:19|20)\d{2})$")


ZH_TITLE_MAX = 60          # characters of a Chinese title line
JOINT_TITLE_MAX = 120      # … of a 公文 title that names its issuers: four bodies' joint notice


def _zh_title_max(text: str) -> int:
    """'成都市发展和改革委员会 中共成都市委社会工作部 成都市规划和自然资源局 成都市住房和城乡建设局
    关于印发…实施方案的通知': a joint 公文 names every issuing body before '关于', so its title runs
    past 60 characters; one with '关于' that ends in the document's kind may run to JOINT_TITLE_MAX
    (unseen6, xy8, a headline wrapped over four printed lines)."""
    joint = any(word in text for word in ("关于", "關于", "關於")) and sg.DOC_KIND_END.search(text)
    return JOINT_TITLE_MAX if joint else ZH_TITLE_MAX


SITE_LINE_WORDS = 3      # words of a site's name or widget label over a division page
SITE_LINES = 3           # such lines at most
DIVISION_HEAD = re.compile(r"^(?:ARTICLE|Article|CHAPTER|Chapter|PART|Part)\s+(?:[IVXLC]{1,7}|\d{1,3}[A-Z]?)\b\.?\s*[-–—:.]?\s*(?P<name>[A-Z].{2,80})$")
NAVIGATION_LABEL = re.compile(r"\b(?:index|contents|menu|navigation|search|archive|sitemap)$", re.I)


def _site_over_division(blocks: list[Block], start: int) -> int:
    """(r27entitles) The index of a division's head that titles a site's page of ONE division (a law site
    paginating a constitution by Article: `ARTICLE XIII TRANSITIONAL` over `Section 1. …`), under lines
    that name the site, not the page: short (SITE_LINE_WORDS) unnumbered lines with no digit and no end
    mark, each a navigation widget's label (`Article Index`, `Contents`) or a name whose words the text
    never uses again (the parliament's name `Nitijela`, no kind of document). The head has its label, a
    numeral and a name, and no other head of its label stands in the text. -1 otherwise."""
    from .title_evidence import content_units
    for k in range(start + 1, min(len(blocks), start + 1 + SITE_LINES)):
        head = " ".join(blocks[k].text.split())
        if not DIVISION_HEAD.match(head) or blocks[k].lines != 1:
            continue
        label = head.split()[0].casefold()
        if any(b.text.split()[:1] and b.text.split()[0].casefold() == label and DIVISION_HEAD.match(" ".join(b.text.split()))
               for b in blocks[k + 1:]):
            return -1   # another division of its label: a text of several, not a page of one
        below = " ".join(b.text for b in blocks[k:k + 60]).casefold()
        for b in blocks[start:k]:
            text = " ".join(b.text.split())
            if b.lines != 1 or not 0 < len(text.split()) <= SITE_LINE_WORDS or any(ch.isdigit() for ch in text) \
                    or sg.terminal(text) or sg.numbering(text) or not text[:1].isupper():
                return -1
            if NAVIGATION_LABEL.search(text):
                continue
            if _DOCUMENT_WORD.search(text) or not content_units(text, True) \
                    or any(re.search(rf"\b{re.escape(w)}", below) for w in content_units(text, True)):
                return -1   # a name the text uses again may name it ('Constitution of Kiribati', a place)
        return k
    return -1


# (r27codes) a code's Title line ('Title 1: General Provisions', 'TITLE 9 COMMERCE'): the top of a page's citation path
CODE_TITLE_LINE = re.compile(r"^(?:TITLE|Title)\s+(?:[IVXLC]{1,7}|\d{1,3}[A-Z]?)\b\.?\s*[-–—:.]?\s*[A-Z].{2,80}$")
# a division's label and number as a page's headline ends in it ('State Statutes 2009 - Chapter 12.40')
DIVISION_REF_END = re.compile(r"[-–—|:,]\s*(?P<ref>(?:Chapter|CHAPTER|Article|ARTICLE|Part|PART|Title|TITLE)\s+\d{1,3}(?:[.-]\d{1,4})*[A-Z]?)$")
PATH_SEARCH = 4   # blocks from the start within which a code page's citation path stands


def _citation_path(blocks: list[Block], start: int) -> int:
    """(r27codes) The index of the division line that titles a code's page of ONE division, under its
    citation path or a headline naming it by number, -1 otherwise. A statutes site shows one chapter of a
    code: the code's Title line right over the Chapter line (`Title 1: General Provisions` / `Chapter 003:
    Construction of Statutes`, the path higher to lower), under the site's name or a currency note, or a
    page headline that ends in the division's label and number the next line restates with its name
    (`State Statutes 2009 - Chapter 12.40` over `Chapter 12.40. PROBATION AND PAROLE`). The division line
    is one line, its label the only head of that label in the text (a page of one, not of several); the
    lines over it are unnumbered (the site's or the code's name, a note) or the path's higher line; a text
    that opens with the Title line itself is that Title (its chapters are heads)."""
    for k in range(start, min(len(blocks), start + PATH_SEARCH)):
        head = " ".join(blocks[k].text.split())
        if blocks[k].lines != 1 or not head.split():
            continue
        label = head.split()[0].casefold()
        if not (DIVISION_HEAD.match(head) or label in ("chapter", "article", "part") and sg.numbering(head) == "chapter"):
            continue
        above = " ".join(blocks[k - 1].text.split()) if k > start else ""
        ref = DIVISION_REF_END.search(above)
        pathed = CODE_TITLE_LINE.match(above) and label != "title" and k - 1 > start   # a text that OPENS with
        #   its Title line ('TITLE 5. WATERS AND HARBORS' / 'CHAPTER 12. …') is the Title, its chapters heads (r26legal)
        named = ref and head.casefold().startswith(ref["ref"].casefold()) and len(head) > len(ref["ref"]) + 3
        if not (pathed or named):
            return -1
        if any(sg.numbering(b.text) or CODE_TITLE_LINE.match(" ".join(b.text.split())) for b in blocks[start:k - 1]):
            return -1
        if any(b.text.split()[:1] and b.text.split()[0].casefold() == label and sg.numbering(b.text) == sg.numbering(head)
               for b in blocks[k + 1:]):
            return -1   # another division of its label: a text of several, not a page of one
        return k
    return -1


# (r30enweb) a law site's location label over one provision: the provision's label and number run into the label,
# number and name of the division holding it ('Section 12Part 3 — Constitution and Powers of the Board',
# 'Regulation 4 Chapter II - General', 'Article 12Title III: Rights'), the page's two tabs or badges copied as one line
LOCATED_PROVISION = re.compile(r"^(?:Section|Article|Regulation|Rule|Clause|Paragraph)\s+\d{1,4}[A-Z]?\s*"
                               r"(?:Part|Chapter|Division|Title|Schedule)\s+(?:\d{1,3}[A-Z]?|[IVXLC]{1,6})\s*[—–:-]\s*[A-Z]")
LOCATED_HEAD_WORDS = 10   # words of the provision's own heading under it


def _located_section(blocks: list[Block], start: int) -> int:
    """(r30enweb) The index of a provision's heading that titles a law site's page of ONE provision under
    its location label (LOCATED_PROVISION: `Section 12Part 3 — Constitution and Powers
    of the Board` over `Annual accounts`), -1 otherwise. The label line says where the provision stands
    (front matter); the line under it is its heading: one line of at most LOCATED_HEAD_WORDS words,
    capitalised, unnumbered, no end mark. A text that opens with its Part's heading (`Part 2 — …`) has
    no such label and is read as before."""
    if start + 1 >= len(blocks) or blocks[start].lines != 1 or not LOCATED_PROVISION.match(" ".join(blocks[start].text.split())):
        return -1
    head = " ".join(blocks[start + 1].text.split())
    if blocks[start + 1].lines != 1 or not 0 < len(head.split()) <= LOCATED_HEAD_WORDS or not head[:1].isupper() \
            or sg.numbering(head) or sg.terminal(head):
        return -1
    return start + 1


def _division_page(blocks: list[Block], start: int) -> bool:
    """A law site's page of ONE division (unseen9): the page's heading `Article I` over the
    division's own heading, the same label again with its stop (`Article I.`), and no other
    division of its kind in the text. The page's label is then its title (a numbered line is
    otherwise never a title: it is the first heading of a text without one)."""
    if start + 1 >= len(blocks) or blocks[start].lines != 1:
        return False
    label, again = blocks[start].text.strip(), blocks[start + 1].text.strip()
    style = sg.numbering(label)
    if not style or len(label.split()) > 3 or again.rstrip(".:") != label or again == label:
        return False
    word = label.split()[0].casefold()
    return not any(b.text.split()[:1] and b.text.split()[0].casefold() == word and sg.numbering(b.text) == style
                   for b in blocks[start + 2:])


# an instrument's full name ends in its kind and year ('… (Commencement) Order 2019', '… Act, 2018'):
# such names run past the 100 characters of an ordinary headline and are still one title line (round12en)
LEGAL_NAME_END = re.compile(r"\b(?:Act|Order|Regulations|Rules|Ordinance|Decree|Code|Law|Bill)\s*,?\s+(?:1[89]|20)\d\d$")
LEGAL_TITLE_MAX = 160
# (r27transcripts) a parliamentary record's headline: the record's kind as a label before the business
# it holds ('Hansard: Budget Speech Introduction – Appropriation Bill [B - 2012] and tabling of …'), or
# a bill's name closed by its number in brackets ('… Revenue Bill [B 9-2023]', '… Bill [HL]'): such a
# headline names the bills taken, and runs to LEGAL_TITLE_MAX characters too
RECORD_HEADLINE = re.compile(r"^(?:Hansard|Debates?|Minutes|Proceedings|Transcript|Official Report)\s*:\s+\S"
                             r"|\bBill\s*\[[^\[\]]{1,20}\]$")
# (r33enlegal) a legal information site's case headline: the parties, the case number in brackets, the
# neutral citation ('[2021] ZAECGHC 117', '[2019] EWCA Civ 12', '[2020] HCA 5') and the date ('Amathlati
# Municipality v Fubu and Another (2438/2021) [2021] ZAECGHC 117 (8 December 2021)'): the judgment's name
# as the institutes (SAFLII, AfricanLII, BAILII, AustLII, PacLII) head its page, up to LEGAL_TITLE_MAX too
CASE_HEADLINE = re.compile(r"^\S.{0,120}?\s(?:v|vs|v\.|versus)\s.+\[(?:1[89]|20)\d\d\]\s+[A-Z][A-Za-z]{1,11}(?:\s+[A-Z][a-z]{1,5})?\s+\d{1,5}"
                           r"(?:\s+\([^()]{1,30}\))*\s*$")
# a record's note in brackets alone on its line ('[The Speaker (Hon. …) in the Chair]', '[Interjections.]'):
# never a title
BRACKETED_NOTE = re.compile(r"^\[[^\[\]]+\]\.?$")
# (round17en) a site's headline in strict Title Case, its small words capitalised too ('Annual Report Of
# The Auditor On The Audit Of Public Bodies For The Year 2017/2018'): prose never capitalises every
# 'Of', 'The', 'On' of a line, so such a line is a headline up to LEGAL_TITLE_MAX characters
STRICT_TITLE_CASE_WORDS = 8      # words: shorter lines are within the ordinary 100 characters anyway
STRICT_TITLE_CASE_SMALL = 3      # capitalised small words that show the style


def strict_title_case(text: str) -> bool:
    """Every word capitalised (or a number), small words included (STRICT_TITLE_CASE_SMALL of them at
    least, written 'Of', 'The': a line in capitals is another style), no lower-case word at all: a
    site's Title Case headline however long."""
    words = [w.strip("()[],'’\"") for w in text.split()]
    words = [w for w in words if w and w[0].isalpha()]
    if len(words) < STRICT_TITLE_CASE_WORDS or any(not w[0].isupper() for w in words) or text.isupper():
        return False
    return sum(w.casefold() in SMALL_WORDS and len(w) > 1 and w == w.capitalize() for w in words) >= STRICT_TITLE_CASE_SMALL


ENTRY_NAME_WORDS = 6   # words of an entry's name on a listing page
ENTRY_SCAN = 60        # blocks under the first entry where a second is looked for


def _entry_name(blocks: list[Block], i: int) -> bool:
    """(round17en) A listing page's entry name: a short line alone ('Harbour County') whose
    paragraph under it opens by naming it again ('Harbour County, on the coast, …', 'Harbour County
    is …'). With a second such entry further down the page, the first is the first entry's heading,
    never a byline under the page's title (an encyclopedia's category page, a directory)."""
    if i + 1 >= len(blocks) or blocks[i].lines != 1:
        return False
    name, under = blocks[i].text.strip(), blocks[i + 1].text.strip()
    if not name or len(name.split()) > ENTRY_NAME_WORDS or sg.terminal(name) or len(under) <= len(name) + 20:
        return False
    return under.startswith(name) and re.match(r"[,\s]", under[len(name):len(name) + 1]) is not None \
        and not under[len(name):].lstrip(", ").startswith(("and ", "&"))


def _title_like(block: Block, english: bool) -> bool:
    """Short, worded, unnumbered, and not ending like a sentence (a Chinese line's length counted
    without a converter's reading annotations, see READING). An English line naming an instrument
    by its kind and year (LEGAL_NAME_END), or one in strict Title Case (strict_title_case, round17en),
    may run to LEGAL_TITLE_MAX characters."""
    text = block.text
    limit = LEGAL_TITLE_MAX if english and (LEGAL_NAME_END.search(text.strip()) or strict_title_case(text)
                                            or RECORD_HEADLINE.search(text.strip()) or CASE_HEADLINE.match(text.strip())) \
        else 100 if english else _zh_title_max(text)
    if not sg.has_word(text) or sg.numbering(text) or len(READING.sub("", text)) > limit:
        return False
    if english and BRACKETED_NOTE.match(text.strip()):
        return False   # (r27transcripts) a record's note in brackets: who is in the Chair, not the title
    if english and sg.is_opening_part(text):
        return False   # 'PREAMBLE' opening the text is its first heading: the text has no title line
    end = sg.terminal(text)
    return end == "" or (english and end in "?!") or english and capitals_stop(text) or english and designated_stop(text)


# (round15en) a rule's or a code's designation and its name closed by a full stop in the code's style:
# 'University Rule 1-001: Oversight and Development of University Regulations.'
DESIGNATED_NAME = re.compile(r"^(?:[A-Z][\w'-]*\s+){1,4}\d{1,4}(?:[-–.]\d{1,4})+[A-Za-z]?:\s+(?P<name>[A-Z].*)\.$")
DESIGNATED_NAME_WORDS = 14


def designated_stop(text: str) -> bool:
    """A designation (`Rule 1-001:`, `Policy 6-300:`) and a title-cased name closed by one full stop
    (round15en): the code's style, not a sentence. The name has no other sentence mark, at most
    DESIGNATED_NAME_WORDS words, each significant word capitalised; no verb in lower case opens it."""
    match = DESIGNATED_NAME.match(text.strip())
    if not match or re.search(r"[.;!?](?=\s)", match["name"]):
        return False
    words = match["name"].split()
    small = {"and", "of", "the", "for", "in", "on", "to", "a", "an", "or", "by", "with", "at"}
    return len(words) <= DESIGNATED_NAME_WORDS and all(w[:1].isupper() or w.casefold() in small or not w[:1].isalpha()
                                                       for w in words)


CAPS_STOP_WORDS = 10   # words of a name set in capitals with a stop ('ACTS OF PARLIAMENT ACT.')


def running_head_name(text: str) -> str:
    """The publication's name in a printed page's running head that carries the page number apart by a
    comma ('282, SPECIAL OFFICIAL GAZETTE.' -> 'SPECIAL OFFICIAL GAZETTE'), or ''. The name in
    capitals, two words or more: a running head never names the page by its number ('CHAPTER 2' is
    a label, left alone). An instrument's name with its year after the comma ('THE GENERAL CLAUSES ACT,
    1897') is the name whole: the year is the Act's, no page's (r25entitle)."""
    match = RUNNING_HEAD_NUMBER.match(text)
    if not match or match["before"] and YEARED_NAME.search(text):
        return ""
    name = (match["after"] or match["before"]).strip().rstrip(".").strip()
    return name if len(name.split()) >= 2 and re.search(r"[A-Z]{3}", name) else ""


def capitals_stop(text: str) -> bool:
    """A name in capitals closed by one full stop (round6, xxg2: a revised edition heads its Act and
    every part `ACTS OF PARLIAMENT ACT.`, `INTERPRETATION.`): a house style, not a sentence, since no
    sentence is set in capitals. Short, one stop at the end, no other sentence mark inside."""
    body = text.strip()
    return body.endswith(".") and not body.endswith("..") and sg.is_all_caps(body) \
        and 0 < len(body.split()) <= CAPS_STOP_WORDS and not re.search(r"[.;:!?](?=\s)", body[:-1])


# A press release's dateline over its headline: a date, maybe letter-spaced, with the release's
# label ('二 零 零 四 年 三 月 四 日 新 聞 稿', '2004年3月4日新闻稿', '2004年3月4日').
RELEASE_DATE = re.compile(rf"^[{CN_DATE_DIGIT}○]{{4}}年[{CN_DATE_DIGIT}]{{1,2}}月[{CN_DATE_DIGIT}]{{1,3}}日"
                          r"(?:[（(]星期.[）)])?(?:新闻稿|新聞稿|新闻公报|新聞公報|新闻发布|新聞發佈|新聞發布)?$")


# A line that only dates or places the text, or names who speaks, is never its title: a text that
# opens with its dateline ('——1998年3月5日在…会议上', '（一九八四年五月十五日）', 'March 5, 1998',
# 'Beijing, 5 March 1998', 'February 2008, Beijing') or its speaker has lost its title line (a reprint or an excerpt). A title
# that holds a date ('2026年政府工作报告', 'The Budget of 1998') names something besides the date.
EN_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
             "october", "november", "december")
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December" \
         r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
EN_DATE = re.compile(
    r"^(?:(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)(?P<place>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}),\s*)?"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    rf"(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m1>{_MONTH}),?\s+(?P<y1>\d{{4}})"
    rf"|(?P<m2>{_MONTH})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{{4}})"
    rf"|(?P<m3>{_MONTH})\s+(?P<y3>\d{{4}}))"
    # the place may follow the date instead ('February 2008, Beijing': a white paper's imprint; unseen14)
    r"(?:,\s*(?P<after>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}))?\.?$")
_ZH_DATE = rf"[{CN_DATE_DIGIT}]{{4}}年(?:[{CN_DATE_DIGIT}]{{1,2}}月(?:[{CN_DATE_DIGIT}]{{1,3}}日)?)?"
ZH_PLACE_DATE = re.compile(rf"^(?:[\u4e00-\u9fff]{{2,8}}[，,]?{_ZH_DATE}|{_ZH_DATE}(?:于|於)[\u4e00-\u9fff]{{2,8}})$")


# (unseen14) a legal-information site's page of ONE section, titled by the Act and the section's
# number ('INTERPRETATION AND GENERAL CLAUSES ORDINANCE - SECT 3', '… Act 1990, s 12', '… § 21'):
# the short line under it is the section's marginal note, which the number names, a subtitle
ONE_SECTION_TITLE = re.compile(r"(?:[-–—,:]\s*|\s)(?:SECT(?:ION)?\.?|Sect(?:ion)?\.?|s\.?|§)\s*\d{1,4}[A-Z]{0,2}$")
SECTION_NOTE_WORDS = 10


def _section_note(text: str) -> bool:
    """'Interpretation of words and expressions': a short phrase in sentence or title case, no end mark."""
    return 0 < len(text.split()) <= SECTION_NOTE_WORDS and text[:1].isupper() and not sg.numbering(text) \
        and not re.search(r"[.,;:!?]$", text)


# (unseen11) a debate record's header over the item's title: the house and the record's kind, a
# dangling dash, the sitting's date (`Dáil Éireann debate -` / `Thursday, 21 Jun 2012`, read as one
# block), then its volume and number (`Vol. 769 No. 3`, english.SERIAL_LINE): they date and file the
# record, the item's title comes after them
# (r39) a news site's section named with the day it lists ('General News of Saturday, 17 May 2008')
SECTION_DAY = re.compile(r"^[A-Z][\w&'’-]*(?:\s+[A-Za-z&'’-]+){0,4}\s+(?:of|for|on)\s+"
                         r"(?P<date>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+\S.{4,30})$")
RECORD_HEADER = re.compile(r"^(?P<record>\S.{1,60}?)\s+[-–—|]\s+(?P<date>\S.{5,40})$")
RECORD_WORDS = 6


# (round13en) a statute site's editorial note in square brackets that dates the Act, alone on its line:
# '[Date of Commencement: 30th September 1966]', '[Commencement 1st July 2001]', '[Assented to 12 May
# 1990]': it dates the text, it names nothing (a statute page without its title line opens with it)
BRACKETED_DATE_NOTE = re.compile(r"^\[\s*[A-Z][A-Za-z ]{2,40}?[:\s.-]*\s*(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\.?,?\s+\d{4}"
                                 r"|[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})\s*\.?\]$")


# (r31entitle) a statute database's point-in-time line over the text it shows: the version's range, a
# date, a dash or `to`, then a date or `Current` / `present` / `date`, maybe a note in brackets and a label
# before it ('22/Aug/2003 - Current (at 31 Dec 2005)', 'Historical version for 1 January 2008 to 30 June
# 2009', 'In force from 01.07.2019 to date', 'Version: 2019-07-01 – current'): it says which version of the
# text this is, it names nothing. A sentence is no such line (no finite words between the dates).
_DATEISH = rf"(?:\d{{1,2}}(?:st|nd|rd|th)?[/. -]\s?(?:\d{{1,2}}|{_MONTH})[/. -]\s?\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}" \
           rf"|{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}})"
# (r31entitle) a person's name with initials, alone on its line ('H. G. Wells', 'J.R.R. Tolkien', 'Mary W.
# Shelley', 'by E. M. Forster'): an author's name over the title a book's or an essay's page sets under it; a
# title is no name of initials and a surname (two initials spaced, three unspaced, or a first name and an
# initial: 'U.S. Policy', 'A. Introduction' are no names)
INITIALLED_NAME = re.compile(r"^(?:[Bb]y\s+)?(?:(?:[A-Z]\.\s){2,3}|(?:[A-Z]\.){3}\s?|(?!(?:Annex|Appendix|Part|Schedule|Section|Chapter|Article|Table|Figure|Book|Title|Exhibit|Attachment|Volume|Division|Phase|Step|Stage|Option|Plan|Form|Item|Unit|Module|Group|Class|Grade|Level|Type|Category|Note|Tab|Box|Map|Chart)\s)"
                             r"[A-Z][a-z]+\s+(?:[A-Z]\.\s?){1,2})[A-Z][a-z]+(?:[- ][A-Z][a-z]+)?$")
# (r31entitle) a year alone on its line ('2015', '1998'): a title block's field set over the name it dates
BARE_YEAR = re.compile(r"^(?:1[6-9]|20)\d\d$")
VERSION_RANGE = re.compile(
    r"^(?:(?i:(?:historical\s+|current\s+|point[- ]in[- ]time\s+)?version(?:\s+\d{1,3}\s+of\s+\d{1,3})?(?:\s+for|\s+from)?"
    r"|in\s+force(?:\s+from)?|effective(?:\s+from)?|valid\s+from|from)\s*:?\s*)?"
    rf"{_DATEISH}\s*(?:[-–—]|(?i:to|until))\s*(?:{_DATEISH}|(?i:current|present|date|now|today))"
    r"(?:\s*\([^()]{1,40}\))?\.?$")


# (r22title) a bill's number with the session and legislature that read it, over the Act's name on a
# statute site ('Bill 12, 1st Session, 34th Legislature', 'Bill C-7, 2nd Session'): it files the text
BILL_SESSION = re.compile(r"^Bill\s+(?:No\.?\s*)?[A-Z]?-?\d{1,4}[A-Z]?\s*,\s*\d{1,2}(?:st|nd|rd|th)\s+Session\b"
                          r"(?:\s*,\s*\d{1,3}(?:st|nd|rd|th)\s+(?:Legislature|Parliament|Assembly|Congress))?\.?$", re.I)
ROMAN = re.compile(r"^[IVXLCDM]+$", re.I)
CODE_MAX = 40   # characters of a code line
CODE_NUMBERS = 2   # numbers in it at least: a citation's year and chapter, a volume and issue


def code_line(text: str) -> bool:
    """(r22title) A line that only FILES the document, a code and its numbers, never its title: a
    report's series code ('ABC 42'), a chapter citation ('S.M. 1990-91, c. 13', 'Cap. 137'), a
    volume and issue ('VOL. XII No. 3'). It holds a digit, and every word in it is a number, an
    abbreviation of three letters at most, a roman numeral or an acronym in capitals with no vowel,
    and it holds CODE_NUMBERS numbers (a line of one number is a page's or a section's); a name
    ('Harbour Act 1998', 'Vision 2030') has a word of its own."""
    flat = " ".join(text.split())
    if not flat or len(flat) > CODE_MAX:
        return False
    numbers = [t for t in flat.split() if re.search(r"\d", t) or ROMAN.match(t.strip(".,;:()"))]
    if len(numbers) < CODE_NUMBERS or not re.search(r"\d", flat):
        return False   # one number alone may be a code section's designation ('ABC 174.100'): a name
    for token in flat.split():
        letters = "".join(ch for ch in token if ch.isalpha())
        if len(letters) <= 3 or ROMAN.match(letters) or letters.isupper() and not re.search(r"[AEIOUY]", letters):
            continue
        return False
    return True


def en_date(text: str) -> str:
    """'March 5, 1998', 'Beijing, 5 March 1998' -> '1998-03-05' ('' if the line is not a date alone)."""
    match = EN_DATE.match(text.strip())
    if not match:
        return ""
    month = next(m for m in (match["m1"], match["m2"], match["m3"]) if m).rstrip(".").casefold()
    number = next(i + 1 for i, name in enumerate(EN_MONTHS) if name.startswith(month))
    year = match["y1"] or match["y2"] or match["y3"]
    day = match["d1"] or match["d2"]
    if day and not 1 <= int(day) <= 31:
        return ""
    return f"{year}-{number:02d}" + (f"-{int(day):02d}" if day else "")


# (r30enpdf) a clock time after a date, with its zone or day half ('15:37 IST', '10:46 AM', '9.30 a.m. GMT')
# (r41) a comma may part the date from its time, as a news page's dateline prints it ('Aug 15 2013, 16:13 IST')
CLOCK_TIME = re.compile(r",?\s+\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,5})?$")


def date_stamp(text: str) -> bool:
    """(r30enpdf) A date alone on its line, the time of day maybe after it (`February 03, 2004 15:37
    IST`, `Monday, 4 May 2020 10:46 AM`, `12 March 2019`), no stop after it: a page's dateline."""
    text = text.strip()
    return bool(en_date(CLOCK_TIME.sub("", text))) and not text.endswith(".")


NOTICE_WORDS = 25     # (r43) words of a site's notice over the headline: one sentence
HEADLINE_MIN_WORDS = 5   # (r43) words of the headline under it: longer than a section's name


def notice_line(text: str) -> bool:
    """(r43) A site's notice as a line: one sentence in sentence case of at most NOTICE_WORDS words, closed by
    its stop (`Bin collections are delayed this week because of the bank holiday.`)."""
    flat = " ".join(text.split())
    words = re.findall(r"[A-Za-z]{4,}", flat)[1:]   # in sentence case: a title closed by a stop is in title case
    return len(flat.split()) <= NOTICE_WORDS and flat.endswith((".", "!")) and sg.ends_sentence(flat) \
        and not re.search(r"[.!?]\s+[A-Z]", flat[:-1]) and len(words) >= 3 and 2 * sum(w[0].isupper() for w in words) < len(words)


def _notice_over_headline(blocks: list[Block]) -> bool:
    """(r43) The page opens with a site's notice (`notice_line`) over its headline (a title-like line of
    HEADLINE_MIN_WORDS words or more), maybe with the site's name between (a shorter title-like line):
    the notice is front matter, so the title is read under it. A text that opens with a sentence over
    a section's short head is no such page."""
    if len(blocks) < 3 or blocks[0].lines != 1 or not notice_line(blocks[0].text):
        return False
    for k in (1, 2):
        if k + 1 >= len(blocks) or not _title_like(blocks[k], True):
            return False
        if len(blocks[k].text.split()) >= HEADLINE_MIN_WORDS:   # in capitals over numbered text: a judgment's own head
            return not sg.is_all_caps(blocks[k].text) and not sg.numbering(blocks[k + 1].text)
    return False


# (r43) a transcript's VENUE lines under its title, closed by the time (or date) it was given ('East Room' /
# 'Northfield' / '10:21 A.M. EST'): where and when, front matter, never a heading
BYLINE_BY = re.compile(r"^(?:by|written by)\s", re.I)
TIME_ALONE = re.compile(r"^\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[AaPp]\.?\s?[Mm]\.?)?(?:\s+[A-Z]{2,5})?$")
VENUE_LINES = 3        # short lines of the venue at most
VENUE_WORDS = 5        # words of each
VENUE_TIMES = 2        # blocks at the text's end where the time it ended may stand alone too ('END' / '10:42 A.M. EST')


def _venue_lines(blocks: list[Block], i: int) -> int:
    """(r43) How many blocks from i are a transcript's venue lines and the time (or date stamp) closing them:
    one to VENUE_LINES short capitalised lines (VENUE_WORDS words at most, no end mark, not numbered), then a
    time of day alone (TIME_ALONE; no other in the text but at its end, where the transcript's end is timed: a
    record's times through the text stand under its heads) or a date stamp; 0 if not."""
    k = i
    while k < len(blocks) and k - i < VENUE_LINES and blocks[k].lines == 1:
        text = blocks[k].text.strip()
        if not text[:1].isupper() or len(text.split()) > VENUE_WORDS or sg.terminal(text) or sg.numbering(text) \
                or TIME_ALONE.match(text) or date_stamp(text) or BYLINE_BY.match(text) or _english_author(text.rstrip(",")):
            break   # a byline is the author's, read as such
        k += 1
    if k == i or k >= len(blocks):
        return 0
    stamp = blocks[k].text.strip()
    if TIME_ALONE.match(stamp) and any(j != k and j < len(blocks) - VENUE_TIMES for j, b in enumerate(blocks)
                                       if TIME_ALONE.match(b.text.strip())):
        return 0   # a record's times through the text ('9:31 am' over each speech): its heads stand over them
    return k - i + 1 if blocks[k].lines == 1 and (TIME_ALONE.match(stamp) or date_stamp(stamp)) else 0


# (r43) a cover's line under the title naming the edition's KIND AND YEAR ('Annual Report 2024', 'Progress Report
# 2022-23', 'Strategy 2024–2029', 'Annual Review for 2019'): the subtitle, never a heading over the whole text
KIND_YEAR_LINE = re.compile(r"^(?:[A-Z][\w'’-]*\s+){0,3}(?:Report|Review|Plan|Strategy|Statement|Accounts|Budget|Bulletin|Update"
                            r"|Summary|Survey|Yearbook|Digest)(?:\s+(?:for|of))?\s+(?:19|20)\d\d(?:\s?[-–/]\s?(?:19|20)?\d\d)?$")


# (r43) a page's DATE STAMP under its headline, maybe with its label ('Published 3 March 2024', 'Last updated:
# 12 May 2023', 'Posted on June 1, 2021 10:46 AM'): when the text was published, not its first paragraph
STAMP_LABEL = re.compile(r"^(?:(?:First\s+)?Published|Posted|(?:Last\s+)?(?:Updated|Modified|Reviewed)|Released|Issued|Date)"
                         r"(?:\s+on)?\s*:?\s+(?=\S)", re.I)


def stamped_date(text: str) -> str:
    """(r43) The ISO date of a date stamp alone on its line (`date_stamp`), its label aside
    (STAMP_LABEL); '' for any other line."""
    bare = STAMP_LABEL.sub("", text.strip(), count=1)
    return en_date(CLOCK_TIME.sub("", bare.strip())) if date_stamp(bare) else ""


# (r33enspeech) a SPEAKER'S NAME with a public office's style, alone on its line over a speech's or a
# statement's title ('Hon. Sheila Example', 'The Rt Hon Jane Doe MP', 'His Excellency President John
# Example', 'Senator Ann Lee'): who speaks, never the title. The styles are an office-holder's (a
# biography's page titled 'Sir Isaac Newton' or 'Dr. Seuss' keeps its title); the rest a person's name
# of two to five words.
STYLED_SPEAKER = re.compile(
    r"^(?:The\s+)?(?:(?:Rt\.?\s+|Right\s+)?Hon(?:ou?rable|\.)?|(?:His|Her)\s+Excellency|H\.\s?E\.|Senator|Sen\.|Rep\.|Representative"
    r"|Congress(?:man|woman))\s+(?:(?:the\s+)?(?:President|Prime\s+Minister|Vice[- ]President|Governor(?:[- ]General)?|Premier"
    r"|Ambassador|Minister|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Madam|Chief)\s+)?"
    r"(?P<name>(?:[A-Z][a-z'’-]+|[A-Z]\.)(?:\s+(?:[A-Z][a-z'’-]+|[A-Z]\.|de|van|von|da|di|le|bin|Mc[A-Z][a-z]+)){1,4})$")


def styled_speaker(text: str) -> bool:
    """(r33enspeech) A speaker's name with an office-holder's style (STYLED_SPEAKER), its post-nominal
    letters ('MP', 'TD') aside; no word of a body's name (`The Honourable Society of Gray's Inn`)."""
    flat = POSTNOMINAL.sub("", " ".join(text.split()).rstrip(","))
    match = STYLED_SPEAKER.match(flat)
    return bool(match) and not any(w.casefold().strip(".,") in ORG_WORDS for w in match["name"].split())


# (r33enspeech) a kicker's mark an archive or a blog sets before the line it points to ('» Thursday,
# February 26, 2004', '› 12 March 2029', '| Monday, 4 May 2020'): the line is what follows it
KICKER_MARK = re.compile(r"^[»›>|•·▸▶►]+\s*")


# (r35) a policy's or a form's filing code alone on its line, letters then number groups ('C001-01', 'AR297-1',
# 'HB2019/03'): it files the text over its title, names nothing (a name in capitals and a number has a space)
FILING_CODE = re.compile(r"^[A-Z]{1,4}\d{2,}(?:[-./]\d{1,4})+$")


DOUBLED_MIN = 6   # characters of each copy: 'Annual Report 2015-16', not 'New New'


def doubled_headline(text: str) -> str:
    """(r35) A headline the page's text layer wrote twice on one line, a visible copy and a screen
    reader's (`Annual Report 2015-16 Annual Report 2015-16`): the one copy, else ''."""
    flat = " ".join(text.split())
    half = len(flat) // 2
    if len(flat) % 2 == 0 or flat[half:half + 1] != " ":
        return ""
    first, second = flat[:half], flat[half + 1:]
    return first if first == second and len(first) >= DOUBLED_MIN and re.search(r"[^\W\d_]", first) else ""


# (r41) a book site's BIBLIOGRAPHIC CITATION of the edition it prints, over the volume's or chapter's name:
# the author with the life dates in brackets, the work, the edition's year, each closed by a stop
# ('Ralph Waldo Emerson (1803–1882).  The Complete Works.  1904.', 'Jane Austen (1775–1817). Novels. 1898.')
CITATION_LINE = re.compile(r"^(?:[A-Z][\w'’.-]*\s+){1,5}\((?:b\.\s*|c\.\s*|fl\.\s*)?\d{3,4}\s*[–-]\s*(?:c\.\s*)?\d{2,4}\)\.\s+"
                           r"[A-Z][^.]{1,120}\.\s+(?:Vol\.\s+[IVXLC\d]+\.\s+)?\d{4}\.$")


def not_a_title(text: str, english: bool) -> str:
    """What a first line is when it only dates or places the text or names its speaker (the kind,
    for the decision's reason), '' when it may be a title."""
    bare = sg.squeezed(text)   # letter-spaced digits: '1 9 9 8 年3 月5 日'; reading glosses
    if english:
        text = KICKER_MARK.sub("", text.strip())   # (r33enspeech) '» Thursday, February 26, 2004': an archive's mark
        match = EN_DATE.match(text.strip())
        if match and en_date(text):
            return "a place and date" if match["place"] or match["after"] else "a date"
        header = RECORD_HEADER.match(text.strip())
        if header and len(header["record"].split()) <= RECORD_WORDS and en_date(header["date"]) \
                and not re.search(r"\b(?:1[6-9]|20)\d\d$", header["record"]):   # (r31entitle) '… 1 July 2019 - 30 June 2020': a range in a title
            return "a record's header and date"
        dated = SECTION_DAY.match(" ".join(text.split()))
        if dated and en_date(dated["date"]):
            return "a section's dateline"   # (r39) 'General News of Saturday, 17 May 2008': a news site's section and day
        if BRACKETED_DATE_NOTE.match(text.strip()):
            return "a bracketed date note"
        if INITIALLED_NAME.match(" ".join(text.split())):
            return "an author's name"   # (r31entitle) 'H. G. Wells' over 'The War of the Worlds'
        if CITATION_LINE.match(" ".join(text.split())):
            return "a bibliographic citation"   # (r41) 'Ralph Waldo Emerson (1803–1882). The Complete Works. 1904.'
        if BARE_YEAR.match(text.strip()):
            return "a year"   # (r31entitle) '2015' alone over 'Budget Speech': the edition's year, a title block's field
        if VERSION_RANGE.match(" ".join(text.split())):
            return "a version's date range"   # (r31entitle) '22/Aug/2003 - Current (at 31 Dec 2005)'
        if SERIAL_LINE.match(text.strip()) or RECORD_NUMBER_LINE.match(text.strip()):
            return "a serial number"   # (r33enlegal) a portal's record number too ('Document 32015R1843')
        if BILL_SESSION.match(" ".join(text.split())):
            return "a bill's number and session"
        if CAPTION_CREDIT.search(text.strip()) and len(text.split()) <= CAPTION_WORDS:
            return "a photo's caption"   # (r27govpages) '…, Jane Example. (FP)' over a post with no headline
        if address_form(text):
            return "a salutation"   # (r33enspeech) 'Fellow South Africans' over a speech that lost its headline
        if styled_speaker(text):
            return "a speaker's name"   # (r33enspeech) 'Hon. Sheila Example' over the speech's title
        if RELEASE_LINE.match(text):
            return "a release line"   # (r33enspeech) 'FOR IMMEDIATE RELEASE' over a release's headline
        if BARE_OFFICE.match(" ".join(text.split())):
            return "a speaker's office"   # (r33enspeech) 'Prime Minister' under a transcript's headline
        return "a code" if code_line(text) or FILING_CODE.match(text.strip()) else ""
    if sg.BARE_DATE.match(bare) or sg.is_date_only(bare) or _release_date(bare):
        return "a date"
    if ZH_PLACE_DATE.match(bare):
        return "a place and date"
    if DOC_NUMBER.match(bare) or DOC_NUMBER_DAMAGED.match(bare):
        return "a document number"   # '沪府发〔2017〕92号' over the notice's title: it files the text, names nothing
    if (_is_dateline(text) or _is_dateline(bare)) and not OCCASION_END.search(bare):
        return "a dateline"   # ('2004年3月4日在某某会议上的讲话' names the speech: a title)
    bracketed = BRACKETED.match(text)
    inner = bracketed["inner"].strip() if bracketed else text
    match = SPEAKER.match(inner)   # a role and a name apart ('国务院总理 李鹏'); a glued one may be a title
    spaced = SPACED_ROLE.match(inner)   # or the role letter-spaced ('县 长 欧阳某')
    return "a speaker line" if match and match["role"].endswith(ROLE_END) \
        or spaced and "".join(spaced["role"].split()).endswith(ROLE_END) else ""


def _release_date(text: str) -> bool:
    """A date alone (spaces inside ignored), or with a press release's label: it dates the headline
    under it and names nothing."""
    return bool(RELEASE_DATE.match("".join(text.split())))


QUESTION_WORD = re.compile(r"[吗嗎呢]|什么|什麼|怎样|怎樣|怎么|怎麼|如何|为何|為何|为什么|為什麼|是否|哪")
QUESTION_TITLE_MAX = 40


def _question_title(text: str, english: bool) -> bool:
    """'如何在 Python 中使用既有的 C library?': a Chinese title may ask a question. One short
    sentence ending in '?' or '？' with a question word, no clause inside (a lossy save's stray
    '?' after a heading asks nothing, and a speech's opening question has its clauses)."""
    return (not english and len(text) <= QUESTION_TITLE_MAX and sg.terminal(text) in ("?", "？")
            and bool(QUESTION_WORD.search(text)) and sg.sentence_count(text) == 1 and not sg.has_clause_mark(text)
            and sg.has_word(text) and not sg.numbering(text))


BILINGUAL = re.compile(r"^(?P<zh>[\u4e00-\u9fff《》·]{4,40})\s+(?P<en>[A-Za-z][^\u4e00-\u9fff]{3,200})$")
CUT_SCAN = 40   # blocks under the headline where the cut word is looked for whole


def _uncut_bilingual(first: str, after: list[Block]) -> str:
    """A bilingual headline whose English half the site cut mid-word ('中华人民共和国某某法 Some Law of
    the People's Republ'): the Chinese half names the text whole; the English half is cut when its
    last word never stands whole in the text under it but begins a longer word there (round5, xxr7).
    Otherwise the headline as it is."""
    match = BILINGUAL.match(first.strip())
    if not match:
        return first
    last = re.findall(r"[A-Za-z]+", match["en"])[-1:]
    if not last or len(last[0]) < 2:
        return first
    words = set(re.findall(r"[A-Za-z]+", " ".join(b.text for b in after[:CUT_SCAN])))
    cut = last[0] not in words and any(w.startswith(last[0]) and len(w) > len(last[0]) for w in words)
    return match["zh"] if cut else first


def _marked_title(blocks: list[Block], start: int) -> bool:
    """'# 报告' over '## 第一部分' …: the first line is a heading of the outermost depth its syntax
    ('#', '=', '*' marks) uses, and the only one at that depth: the document's title, not a part.
    A lone '# …' over unmarked text is the title too."""
    style = sg.numbering(blocks[start].text)
    if not style.startswith("md"):
        return False
    depth = sg.rank(style)
    others = [sg.rank(s) for s in (sg.numbering(b.text) for b in blocks[start + 1:]) if s.startswith("md")]
    if style == "md1" and all(other >= depth for other in others) \
            and not any(sg.numbering(b.text) == "md1" and not marked_authors(b.text) for b in blocks[start + 1:start + 2]):
        return True   # a markdown file's first line, '# …' or '=' underlined: its title (as Jekyll or MkDocs
        #               read it), even where a later section is written '#' too, or no other heading follows
    return bool(others) and all(other > depth for other in others)


def _repeats_title(text: str, title: str) -> bool:
    """'政府工作报告' after '2026年宁夏回族自治区政府工作报告' is the same title again."""
    text, title = "".join(text.split()), "".join(title.split())   # a headline's stray space (unseen12)
    return len(text) >= 2 and (text in title or text.casefold() in title.casefold())


def _dateline_open(text: str) -> bool:
    """'——2026年1月26日在广东省第十四届' opens '在…' and has not closed it with '上' (nor with
    '上的讲话': a speech's occasion line is whole)."""
    at = text.rfind("在")
    return at >= 0 and not re.search(r"[上中]$|[上中][)）]?$", text[at:]) and not OCCASION_END.search(text)


def _dateline_rest(blocks: list[Block], i: int, lead: int) -> bool:
    """(round7, xxh2) Block i carries on the dateline above it, wrapped over two lines without dash
    or brackets ('2025年3月21日在某某区第十九届' / '人民代表大会第四次会议上'): the two lines joined are
    one dateline. WIDENS the lead's dateline (not_a_title) from one line to a line and its rest,
    as a wrapped title is one title. Only a one-line block right under a dateline cut before its
    occasion's end ('…上'), the two together ending there."""
    if not lead or blocks[i].lines > 1 or not _is_dateline("".join(blocks[i - 1].text.split())):
        return False
    upper = "".join(blocks[i - 1].text.split()).rstrip("）)")
    joined = "".join((blocks[i - 1].text + blocks[i].text).split()).rstrip("）)")
    # the upper line was cut before the occasion's end ('…上'); the two end there together
    return not upper.endswith("上") and joined.endswith("上") and _is_dateline(joined) and not OCCASION_END.search(joined)


# (round10zh, xxw1) A meeting's file label under the title of a text laid before it: the body (a
# congress, a committee) on one line and the file's number alone in brackets under it ('某某区第十四届
# 人民代表大会' / '(05)'), as the congress prints its documents. It files the text, it is not its
# author (the speaker under the dateline is): front matter, both lines.
FILE_NUMBER_LABEL = re.compile(r"^[（(]\s*[\d〇一二三四五六七八九十]{1,3}\s*[)）]$")


def _glued_speaker_under_dateline(blocks: list[Block], i: int, lead: int) -> bool:
    """(round10zh, xxw3) An office and a name glued ('区人民政府区长某某') right under the text's
    opening dateline: the speaker line of a text without its title line, never the title. A glued
    role and name alone may be a headline ('国务院总理某某' over nothing), so only when a dateline
    (or its wrapped rest) opens the text above it, on one line."""
    if not lead or blocks[i].lines > 1:
        return False
    above = "".join(blocks[i - 1].text.split())
    dated = _is_dateline(above) or _is_dateline("".join((blocks[i - 2].text + blocks[i - 1].text).split())) \
        if lead >= 2 else _is_dateline(above)
    return dated and speaker_line(blocks[i].text.strip())


def _is_dateline(text: str) -> bool:
    """'——2026年1月26日在…会议上' (any dash, or in brackets), or the same without the dash; or a
    dashed dateline whose date the copy damaged (DAMAGED_DATELINE)."""
    return (bool(DATELINE.match(text)) or bool(BARE_DATELINE.match(text))) and sg.has_word(text) \
        and len(text) <= 80 and bool(iso_date(text)) or bool(DAMAGED_DATELINE.match(text))


# A dashed dateline whose date cannot be read, the occasion whole (unseen13): a site that ran the
# date's numbers together and dropped 年/月 ('——2011211日在…会议上'), or a template or draft that
# leaves the date blank for the meeting ('── 20xx年 月 日在XX县…会议上'). The dash, a run of digits,
# placeholders and date words ending in 日, then '在…会议上': it dates and places the text, names nothing.
DAMAGED_DATELINE = re.compile(r"^[—－―─-]{1,3}\s*[\dxX*＊〇○零一二三四五六七八九十年月 \u3000]{2,16}日\s*在"
                              r"[^。，；]{2,50}?(?:会议|大会|會議|大會)上$")


def _split_speaker(text: str) -> tuple[str, Author | None]:
    """'2026年1月25日在…会议上 陕西省省长 赵刚' -> the dateline and its glued speaker."""
    match = DATELINE_END.match(text)
    speaker = _speaker(match.group("rest")) if match else None
    return (match.group("dateline"), speaker) if speaker else (text, None)


BRACKETED = re.compile(r"^[（(](?P<inner>[^（）()]{3,24})[）)]$")
# an office letter-spaced before the name, as a centred speaker line is set ('县 长 欧阳某',
# '市　长　某某'): the office's characters one apart, then the name, or the marks a template puts in its place ('旗 长  **')
SPACED_ROLE = re.compile(rf"^(?P<role>(?:[\u4e00-\u9fff][ \u3000]{{1,3}}){{1,6}}[\u4e00-\u9fff])[ \u3000]+(?P<name>[\u4e00-\u9fff·]{{2,5}}|{PLACEHOLDER_NAME})$")


OFFICE_ALONE = re.compile(r"^[\u4e00-\u9fff]{1,12}$")


def _office_over_name(blocks: list[Block], i: int) -> Author | None:
    """(r46, issue 11) A speaker's office alone on its line, the name alone on the next (`县长` / `王明远`):
    a cover's speaker line spaced wide (`县长　　王明远`), which `pdftotext` sets as two lines, or as two
    paragraphs where the gap is wide. Read as one line, it must be a person's office and name."""
    if i + 1 >= len(blocks) or not OFFICE_ALONE.match(blocks[i].text) or not BARE_NAME.match(blocks[i + 1].text) \
            or not blocks[i].text.endswith(ROLE_END):
        return None
    author = _speaker(f"{blocks[i].text} {blocks[i + 1].text}")
    return author if author and author.kind != "org" and author.name == blocks[i + 1].text else None


def _speaker(text: str) -> Author | None:
    bracketed = BRACKETED.match(text)
    if bracketed:   # '（国务院总理 赵紫阳）': older reprints set the speaker in brackets under the dateline
        inner = _speaker(bracketed["inner"].strip())
        return inner if inner and inner.kind != "org" else None
    match = SPEAKER.match(text)
    if match and match.group("role").endswith(ROLE_END):
        return Author(name="".join(match.group("name").split()), role=match.group("role"))
    match = SPACED_ROLE.match(text)
    if match and "".join(match["role"].split()).endswith(ROLE_END):
        return Author(name=match["name"], role="".join(match["role"].split()))
    match = len(text) <= 16 and not text.endswith(ORG_END) and SPEAKER_GLUED.match(text)
    if match:   # '国务院总理赵紫阳': role and name without a space; '…第十四届人民代表大会' names
        #         a body, not '大会' the person with the office '…人民代表' (round10zh, xxw1)
        return Author(name=match.group("name"), role=match.group("role"))
    if len(text) <= 25 and text.endswith(ORG_END) and not any(ch in sg.CLAUSE + "。" for ch in text) \
            and not (DATELINE.match(text) and iso_date(text)):
        return Author(name=text, kind="org")   # (a dateline wrapped after '…人民代表大会' names a meeting, no body: unseen13)
    return None


CAPTION_MAX = 30   # characters of a photo's caption glued before the speaker line


def _captioned_speaker(text: str) -> tuple[str, Author] | None:
    """(round22) The caption of the speaker's photo glued before the speaker line, a space apart:
    '某某某作政府工作报告 省长 某某某' — the caption names the speaker the line ends with. The caption
    (front matter, kept) and the speaker; None for any other line."""
    for gap in reversed(list(re.finditer(r"\s+", text.strip()))):
        head, tail = text.strip()[:gap.start()], text.strip()[gap.end():]
        author = _speaker(tail)
        if author and author.kind != "org" and len(author.name) >= 2 and author.name in head \
                and len(head) <= CAPTION_MAX and not any(ch in sg.CLAUSE + "。" for ch in head):
            return head, author
    return None


def speaker_line(text: str) -> bool:
    """An office and a person's name (or a template's placeholder for it): '镇长 XX', '县长 张某'."""
    author = _speaker(text)
    return author is not None and author.kind != "org"


def _speaker_then_salutation(blocks: list[Block], i: int) -> bool:
    """'国务院总理 赵紫阳' at `i` with '各位代表：' right after it: the speaker closing a title block."""
    return i + 1 < len(blocks) and _speaker(blocks[i].text) is not None \
        and bool(sg.SALUTATION.match(blocks[i + 1].text))


def _names_its_text(text: str, after: str) -> bool:
    """(wrap round, issue 11) A short line (≤ 8 words) that the paragraph under it opens with, then
    a comma, a bracket or a space (`Arkansas County` / `Arkansas County, located in southeast …`):
    the name of the entry the paragraph describes, its heading, not an author's byline. A listing
    copied without its blank lines puts nothing else between the page's title and its first entry."""
    text, after = text.strip(), after.strip()
    if 0 < len(text.split()) <= 8 and len(after) > len(text) + 20 and after.startswith(text) \
            and not after[len(text)].isalnum():
        return True
    return _words_in_first_sentence(text, after)


STEM_KEEP = 4   # letters of a name's word that must open a word of the sentence ('Permits' ~ 'permitting')
NAME_SENTENCE_WORDS = 30


def _words_in_first_sentence(text: str, after: str) -> bool:
    """(r27enchrome) A short line of two to six capitalised words, each of which (its first STEM_KEEP
    letters, or the whole of a shorter word) opens a word of the first sentence under it, in the same
    order (`Land Use Permits` / `The … Lands branch is responsible for Land Use permitting …`): the
    topic the paragraph goes on to, its heading, not a byline. A person's byline is not repeated in
    the first words of the text under it, and a paragraph's words never all stem from a name."""
    words = [w for w in re.findall(r"[A-Za-z]+", text)]
    if not 2 <= len(words) <= 6 or not all(w[0].isupper() for w in words) or not after[:1].isupper():
        return False
    sentence = re.split(r"(?<=[.!?])\s", after, maxsplit=1)[0]
    pool = [w.casefold() for w in re.findall(r"[A-Za-z]+", sentence)][:NAME_SENTENCE_WORDS]
    k = 0
    for w in words:
        stem = w.casefold()[:STEM_KEEP]
        k = next((j + 1 for j in range(k, len(pool)) if pool[j].startswith(stem)), -1)
        if k < 0:
            return False
    return True


# (r26pdfen) a speaker's style around the name on a speech's title page: 'The Rt Hon Jane Doe MP', 'Hon.
# John Smith TD', 'Dr Anna Berg MSP'; the name between them is a person's
HONORIFIC = re.compile(r"^(?:The\s+)?(?:Rt\.?\s+Hon\.?|Right\s+Hon(?:ou?rable|\.)?|Hon(?:ou?rable|\.)?|Dr\.?|Sir|Dame|Lord|Lady|Baroness|Baron|"
                       r"Professor|Prof\.?|Mr\.?|Mrs\.?|Ms\.?|Councill?or|Cllr\.?)\s+(?=[A-Z])")
POSTNOMINAL = re.compile(r"(?:,?\s+(?:MP|MSP|MS|MLA|MHK|TD|AM|QC|KC|CBE|OBE|MBE|KBE|DBE|PC|FRS|PhD))+$")


# (r27transcripts) a bill's stage in a debate record ('Second Reading', 'Committee Stage', 'Third Reading'): the
# part of the debate under the bill's name, never a person's name under a title
BILL_STAGE = re.compile(r"^(?:(?:First|Second|Third)\s+Reading(?:\s+Debate)?|(?:Committee|Report|Consideration)\s+Stage"
                        r"|Consideration\s+in\s+Detail|In\s+Committee|Introduction(?:\s+and\s+First\s+Reading)?)$", re.I)


def _english_author(text: str) -> Author | None:
    if BILL_STAGE.match(" ".join(text.split())):
        return None
    styled = HONORIFIC.match(text)
    if styled:
        name = POSTNOMINAL.sub("", text[styled.end():])
        author = _english_author(name) if name != text else None
        return Author(name=text) if author and author.name == name else None
    match = EN_AUTHOR.match(text)
    if not match or sg.is_all_caps(text) or sg.numbering(text):
        return None
    name = match.group("name")
    if any(not w[0].isupper() and w.casefold() not in NAME_PARTICLES for w in name.split()):
        return None   # 'Short title.': a marginal note in sentence case names no person (round8en)
    if name != text or any(w.casefold() in SMALL_WORDS for w in name.split()):
        return None if name == text else Author(name=name)  # 'by X' is explicit; 'The Early Years' is not a name
    if any(w.casefold() in NOT_NAME_WORDS for w in name.split()):
        return None   # (r44) 'Our Purpose', 'What We Do': a part's head in Title Case names no person
    if any(w.casefold().strip(".,") in ORG_WORDS for w in name.split()):
        return None   # 'International Financial Centre': a body's or a field's words name no person (round9en)
    if any(w.casefold().strip(".,") in PAGE_PART_WORDS for w in name.split()):
        return None   # 'Full Text' under a provision's name: a template's head names no person (round15en)
    return Author(name=name)


# (r42) a publication page's facts row under its headline: pieces between bars or middle dots, one of them a
# labelled field ('Publication type: Report', 'Author: …') or the file's link ('Download PDF', 'PDF, 2 MB')
FACTS_SEP = re.compile(r"\s+[|·•]\s+")
FACT_FIELD = re.compile(r"^[A-Z][A-Za-z]*(?: [a-z]+){0,2}:\s+\S.{0,40}$")
FACT_LINK = re.compile(r"^(?:Download|View|Open|Print)(?: the)?(?: full)? (?:PDF|report|document|file)\b.{0,20}$|^PDF\b.{0,20}$", re.I)
FACT_PIECE_WORDS = 6


def facts_row(text: str) -> bool:
    """(r42) A PUBLICATION'S FACTS ROW under its headline ('Joint Budget Committee Staff | Publication
    type: Report | Download PDF'): three pieces or more between bars or middle dots, each a few words
    (FACT_PIECE_WORDS) with no sentence's end, among them a labelled field (FACT_FIELD) and the file's
    link (FACT_LINK) or two fields: the page's record of the document, front matter, no heading."""
    pieces = FACTS_SEP.split(text.strip())
    if len(pieces) < 3 or any(not p or len(p.split()) > FACT_PIECE_WORDS or re.search(r"[.!?;]$", p) for p in pieces):
        return False
    fields = sum(bool(FACT_FIELD.match(p)) for p in pieces)
    return fields >= 2 or fields >= 1 and any(FACT_LINK.match(p) for p in pieces)


MARKED_FRONT = re.compile(r"^(?:\*[^*\s][^*]*\*|_[^_\s][^_]*_|(?:-\s*){3,}|(?:\*\s*){3,})$")   # an italic line, a thematic break


NAME_NOTE_MARK = re.compile(r"(?<=[A-Za-z.,])[*†‡§¶]+|(?<=[A-Za-z.])\^?\d{1,2}(?=\s*(?:,|$|\s+and\s))")   # 'Liu,*', 'Ram†', 'Wang1'
MARKED_AUTHORS_MIN = 2   # names in a marked author line: one name alone is `_marked_byline`'s


def marked_authors(text: str) -> list[Author]:
    """(r43en) A PAPER'S AUTHOR LINE MARKED AS A HEADING: a PDF-to-Markdown extractor marks the authors' line
    `#` like the title over it (`# Jane Roe,* John Doe,* Ann Poe, Kim Lee`): two names or more parted by commas
    (`and`), each maybe with a footnote's mark (`*`, `†`, a digit) glued on. The authors, not a part; [] when any
    piece is no person's name, or the line is not marked."""
    if not sg.numbering(text).startswith("md"):
        return []
    names = NAME_NOTE_MARK.sub("", sg.unmarked(text)).strip().rstrip(",")
    found = _english_authors(names) if len(names) <= 400 else []
    return found if len(found) >= MARKED_AUTHORS_MIN else []


AFFILIATION_LINE = 80   # characters of an affiliation's or a note's line under a paper's authors
AFFILIATION_LINES = 4   # such lines at most


def _affiliation_lines(blocks: list[Block], i: int) -> int:
    """(r43en) Under a paper's marked author line, the authors' affiliation and their footnote (`IBM Research AI`
    / `*` / `Equal contributions`): short unmarked lines with no sentence, up to the first marked heading
    (`## Abstract`). Their count; 0 when no marked heading closes them within AFFILIATION_LINES."""
    j = i
    while j < len(blocks) and j - i < AFFILIATION_LINES and not sg.numbering(blocks[j].text).startswith("md") \
            and blocks[j].lines <= 2 and len(blocks[j].text) <= AFFILIATION_LINE and not sg.ends_sentence(blocks[j].text):
        j += 1
    return j - i if j < len(blocks) and sg.numbering(blocks[j].text).startswith("md") else 0


def _marked_byline(blocks: list[Block], i: int) -> Author | None:
    """(r42) A Markdown edition's BYLINE MARKED AS A SECTION: right under the `#` title, a `##` line that
    is a person's name (`_english_author`: 'Marcus Aurelius'), over no text but more of the title page
    (an italic subtitle, a thematic break, another marked line). The author, not the first part; a
    part's name (`## Introduction`) is no person's, and a part has its text under it."""
    text = blocks[i].text.strip()
    if sg.numbering(text) != "md2" or blocks[i].lines != 1 or i + 1 >= len(blocks):
        return None
    after = blocks[i + 1].text.strip()
    if not (MARKED_FRONT.match(after) or sg.numbering(after).startswith("md")):
        return None
    return _english_author(sg.unmarked(text))


def _author_over_title(blocks: list[Block], i: int) -> Author | None:
    """(r31enheads) A book's or a reading site's page sets the AUTHOR'S NAME on the first line over the
    title ('H. G. Wells' / 'The War of the Worlds'): a one-line name with initials (INITIALLED_NAME, the
    shape `not_a_title` refuses as a title; a person by `_english_author`), right over a title-like line,
    is the author, not the title."""
    text = blocks[i].text.strip()
    if blocks[i].lines != 1 or not INITIALLED_NAME.match(" ".join(text.split())) or not _title_like(blocks[i + 1], True):
        return None
    return _english_author(text)


NAME_PARTICLES = frozenset("de da di del della der den van von la le du dos das bin ibn al el".split())
BY_ALONE = re.compile(r"^by:?$", re.I)


def _by_alone(blocks: list[Block], i: int) -> list[Author]:
    """'by' on a line of its own, the name on the next ('THE TIME MACHINE' / 'by' / 'H. G. Wells'):
    the byline of a title page set on two lines. The authors, or [] if it is not that."""
    if i + 1 >= len(blocks) or not BY_ALONE.match(blocks[i].text) or len(blocks[i + 1].text) > 80:
        return []
    return _english_authors(blocks[i + 1].text)


TITLE_PAGE_BLOCKS = 10   # blocks searched for a title page's byline
TITLE_PAGE_LINE = 60     # characters: a title page is set in short lines


def _byline(block: Block, after: list[Block]) -> bool:
    """'by Jane Austen,' / 'By Charles Dickens', or 'by' alone over the name."""
    text = block.text.rstrip(",.;")
    return text[:3].casefold() == "by " and _english_author(text) is not None or bool(_by_alone([block] + after, 0))


def _title_over_byline(blocks: list[Block], start: int) -> int:
    """Where the title is on a title page that opens with other lines: a publisher's device
    ('GEORGE ALLEN' / 'PUBLISHER'), an address, a frontispiece's caption, then the title
    ('PRIDE. and PREJUDICE') over its byline ('by Jane Austen,'). The title is the block right over
    the byline when two or more blocks, all short lines, stand before it; `start` if the byline comes
    within the first three blocks (a title, maybe a subtitle: the ordinary title page) or there is none."""
    for j in range(start + 3, min(start + TITLE_PAGE_BLOCKS, len(blocks))):   # two or more lines over the title
        if any(len(b.text) > TITLE_PAGE_LINE or sg.ends_sentence(b.text) and len(b.text.split()) > 6
               for b in blocks[start:j]):
            return start
        if _byline(blocks[j], blocks[j + 1:j + 2]) and _title_like(blocks[j - 1], True):
            return j - 1
    return start


def _caps_subtitle(title: str, block: Block, after: list[Block]) -> bool:
    """'A TALE OF TWO CITIES' / 'A STORY OF THE FRENCH REVOLUTION' / 'By Charles Dickens': a
    capitalised line between a capitalised title and the byline is the subtitle."""
    byline = bool(after) and (_english_author(after[0].text) is not None and after[0].text[:3].casefold() == "by "
                              or bool(_by_alone(after, 0)))
    return sg.is_all_caps(title) and sg.is_all_caps(block.text) and _title_like(block, True) and byline


def _column_block(block: Block) -> bool:
    """A header of two columns ('Network Working Group      S. Josefsson' / 'Request for
    Comments: 4648      SJD'): every line holds a wide gap. Front matter, not the title."""
    return block.lines >= 2 and len(COLUMN_GAP.findall(block.text)) >= block.lines - 1


# (r45, issue 11) a BYLINE WITH ITS LABEL under a report's title: the office or the part the person played,
# then a colon, then the name ('Chief Executive: Laura Finch', 'Prepared by: Tom Reed', 'Rapporteur: Ann
# Poe'), or the name, then a comma and the office ('Laura Finch, Chief Executive'); the label or office is
# the person's role, never a second author, and the line is no heading in Title Case
BYLINE_LABEL = re.compile(r"^(?:(?:Prepared|Presented|Written|Compiled|Edited|Submitted|Reported|Approved)\s+by"
                          r"|Authors?|Editors?|Rapporteur|Contact|Presenter|Speaker|Compiler)$", re.I)
LABELLED_BYLINE = re.compile(r"^(?P<label>[A-Z][A-Za-z'’ -]{1,60}?)\s*:\s*(?P<name>[^:]{3,60})$")


def role_byline(text: str) -> Author | None:
    """(r45) The person a labelled byline names, with the office as the role ('Chief Executive:
    Laura Finch', 'Laura Finch, Chief Executive'); None when the label is no office or byline label
    (english.OFFICE, BYLINE_LABEL) or the rest no person's name."""
    text = " ".join(text.split())
    if (match := LABELLED_BYLINE.match(text)) and (OFFICE.match(match["label"]) or BYLINE_LABEL.match(match["label"])):
        label, name = match["label"], match["name"]
    elif "," in text and OFFICE.match((office := text.split(",", 1)[1].strip())):
        label, name = office, text.split(",", 1)[0]
    else:
        return None
    author = _english_author(name.strip())
    if author is None or author.name != name.strip():
        return None
    return Author(name=author.name, role="" if BYLINE_LABEL.match(label) else label)


def _english_authors(text: str) -> list[Author]:
    """'Donald E. Knuth and Silvio Levy' -> two authors; [] if any part is not a name."""
    parts = [p for p in re.split(r",\s*(?:and\s+)?|\s+and\s+|\s*&\s*", text) if p]
    found = [_english_author(p) for p in parts] if len(parts) > 1 else [_english_author(text)]
    return [a for a in found if a] if all(found) else []


DESIGNATION = re.compile(r"\s(?:\d{1,5}(?:[-–./:]\d{1,5})+[A-Za-z]?|(?:No|Vol|Number)\.?\s*\d{1,5})$")


# (r28prints) a financial year at a line's end: two consecutive years ('2022-23', '2019–2020', '2021/22')
FINANCIAL_YEAR_END = re.compile(r"\s(?P<first>(?:19|20)\d\d)\s?[-–/]\s?(?P<second>(?:19|20)?\d\d)$")


def _financial_year_end(text: str) -> bool:
    """(r28prints) A report's title ending on the financial year it covers (`Annual Report of the Energy
    Regulator 2022-23`): the two years follow each other, as no document number's parts do
    (`800-63-3`, `2019-05`), so it is no series designation over the title."""
    match = FINANCIAL_YEAR_END.search(text.strip())
    if not match:
        return False
    first, second = int(match["first"]), match["second"]
    return int(second) == (first + 1 if len(second) == 4 else (first + 1) % 100)


# (round11en) an annex's label, with the paragraph that calls for it in brackets ('Annex 2 (Para 7.2.3)',
# 'Appendix B', 'Schedule III (see rule 4)'): it files the page in a manual; it names nothing
ANNEX_LABEL = re.compile(r"^\s*(?:Annex(?:ure)?|Appendix|Schedule|Attachment|Enclosure)\s+(?:\d{1,3}[A-Z]?|[IVXL]{1,6}|[A-Z])\.?"
                         r"(?:\s*\((?:para|paragraph|section|rule|clause|see|refer|ref)\.?\b[^()]{0,40}\))?\s*$", re.I)


# (round15en) a provision's label with a law site's one-word category tag glued to its number
# ('Section 1Procedural', 'Article 12Substantive'): front matter over the provision's name
GLUED_TAG_LABEL = re.compile(r"^\s*(?:Section|Article|Rule|Regulation|Clause)\s+\d{1,4}[A-Z][a-z]{3,}\s*$")


def _designation_over_title(blocks: list[Block], start: int) -> bool:
    """A series designation over the title ('NIST Special Publication 800-63-3', 'Working Paper
    No. 12'): a short line ending in the document's number, followed by a title-like line that is
    not a byline. The number line is front matter; the line under it is the title. An annex's
    label over its title is one too ('Annex 2 (Para 7.2.3)' over 'Type of information …', round11en),
    and so is a provision's label with a site's one-word category tag glued to its number
    ('Section 4Procedural' over 'Powers of the board', round15en)."""
    if start + 1 >= len(blocks) or not (DESIGNATION.search(blocks[start].text) or ANNEX_LABEL.match(blocks[start].text)
                                        or GLUED_TAG_LABEL.match(blocks[start].text)) \
            or len(blocks[start].text) > 60 or _financial_year_end(blocks[start].text):
        return False
    after = blocks[start + 1]
    return _title_like(after, True) and not DESIGNATION.search(after.text) \
        and not after.text[:3].casefold() == "by " and not sg.is_opening_part(after.text)


def _marked_subtitle(blocks: list[Block], start: int, i: int) -> bool:
    """(r43en) A MARKDOWN SUBTITLE SET SMALL UNDER THE TITLE: `# TechFAR` over `#### Handbook for Procuring Digital
    Services …`, then the sections as `## …`. The line right under the `#` title is marked two depths or more
    below it, deeper than the first marked heading after it (the outline skips from `#` to `####` and back): a
    page's subtitle styled in small type, not a sub-sub-section of nothing. One line, no sentence."""
    title, line = sg.numbering(blocks[start].text), sg.numbering(blocks[i].text)
    if title != "md1" or not line.startswith("md") or not line[2:].isdigit() or int(line[2:]) < 3 or blocks[i].lines != 1:
        return False
    text = sg.unmarked(blocks[i].text)
    if sg.ends_sentence(text) or len(text.split()) > 20:
        return False
    after = next((sg.numbering(b.text) for b in blocks[i + 1:] if sg.numbering(b.text).startswith("md")), "")
    return after[2:].isdigit() and 1 < int(after[2:]) < int(line[2:])


def _marked_designation(blocks: list[Block], start: int) -> bool:
    """The same designation written as a Markdown title line: '# DRAFT NIST Special Publication
    800-63-3' over '# Digital Authentication Guideline', both at one depth (a cover page in
    kramdown): the number line is front matter, the next marked line the title (newdocs round 2)."""
    if start + 1 >= len(blocks):
        return False
    style, after = sg.numbering(blocks[start].text), blocks[start + 1]
    if not style.startswith("md") or sg.numbering(after.text) != style:
        return False
    text, title = sg.unmarked(blocks[start].text), sg.unmarked(after.text)
    return bool(DESIGNATION.search(text)) and len(text) <= 60 and not DESIGNATION.search(title) \
        and len(title.split()) <= 12 and not sg.ends_sentence(title)


REPORTING_TAIL = 12   # characters a reprinted report adds to the portal headline ('时强调', '并讲话')
DECK_MAX = 3          # deck lines under such a headline
REPORTING_END = re.compile(r"(?:时|中|上)?(?:强调|指出|表示|要求)$")   # a kicker line: '某某在某地考察时强调'


def _extends_title(text: str, title: str) -> bool:
    """'王某在某地检查工作时强调' under the portal headline '王某在某地检查工作': the reprinted
    report's own headline, the portal's plus a short reporting clause, with no end mark."""
    return bool(title) and text.startswith(title) and 0 < len(text) - len(title) <= REPORTING_TAIL \
        and not sg.ends_sentence(text)


def _deck_line(text: str) -> bool:
    """A deck line under a report's headline: short, unnumbered, no end mark (the first paragraph,
    a numbered heading and a sentence are not)."""
    return 2 <= len(text) <= 30 and not sg.ends_sentence(text) and not sg.numbering(text) and sg.has_word(text)


# a Chinese title set with a space between every character, as a printed cover spaces it and a copy
# keeps it ('政 府 工 作 报 告'): the title is the characters without the spaces (unseen2)
THEMATIC_MAX = 30        # characters of a thematic subtitle over the dateline ('当前的经济形势和经济体制改革')
NAMED_THEMATIC_MAX = 60  # … and of one that names the report by its kind ('关于…“九五”计划和…纲要的报告')


def _thematic_max(text: str) -> int:
    """A report's own name under a portal's '1996年政府工作报告' is long ('关于国民经济和社会发展“九五”
    计划和2010年远景目标纲要的报告', 32 characters): a subtitle opening '关于' and ending in the
    document's kind may run to NAMED_THEMATIC_MAX (unseen6, xy1; the kind of xk4's 1982 report)."""
    return NAMED_THEMATIC_MAX if text.startswith(("关于", "關於", "關于")) and sg.DOC_KIND_END.search(text) \
        else THEMATIC_MAX


# A title and its dateline on one line, joined by a dash (two hyphens where a database had no em dash):
# '政府工作报告（摘要）--1999年2月25日在某市第十二届人民代表大会第二次会议上' (unseen6, xy2)
# ('??': two lost U+3000 indents a copy wrote as question marks, glued the same way; round5, xxm3)
GLUED_DATELINE = re.compile(rf"^(?P<title>[^，。,；;：:]{{2,40}}?)\s*(?:--|——|－－|—|\?\?|？？)\s*"
                            rf"(?P<dateline>[{CN_DATE_DIGIT}]{{4}}\s*年[^，。,；;]{{2,60}}?会议上)(?P<who>\S{{2,16}})?$")
# A law site's headline: the document's number, then its title in book-title marks ('某政发〔2014〕20号
# 《某某省人民政府关于…的实施意见》'): the title is the name inside the marks (unseen6, xy3)
FILED_HEADLINE = re.compile(r"^\S{1,24}[〔\[［【(（]\s*\d{4}\s*[〕\]］】)）]\s*\d{1,5}\s*[号號]\s*《(?P<name>[^《》]{4,80})》$")
# a portal's headline opening with the document's number, then its title without 《》 (round5, xxm1)
NUMBERED_HEADLINE = re.compile(r"^\S{1,24}[〔\[［【(（]\s*\d{4}\s*[〕\]］】)）]\s*\d{1,5}\s*[号號]\s*(?P<name>[^\s《》]{6,80})$")
DOC_KIND_TAIL = re.compile(rf"(?:{sg.DOC_KIND_END.pattern.rstrip('$')}|通報|決定|意見|辦法|規定|報告|規劃|細則|條例|綱要|要點)$")   # Traditional too
LETTER_SPACED = re.compile(r"^(?:[\u4e00-\u9fff][ \u3000]+){2,}[\u4e00-\u9fff]$")
# (r28ocr) an English title printed letter-spaced, as an OCR'd cover or title page sets it: capitals one
# space apart, words three or more apart (`R E P O R T`, `A N N U A L   R E P O R T`); pdftotext and
# OCR may keep two spaces between words
LETTER_SPACED_EN = re.compile(r"^[A-Z](?: [A-Z]){2,}(?: {2,}[A-Z](?: [A-Z])*)*$")


def closed_letters(text: str) -> str:
    """`A N N U A L  R E P O R T` -> `ANNUAL REPORT`: each run of letters one space apart is a word."""
    return " ".join("".join(word.split()) for word in re.split(r" {2,}", text.strip()))
ORDER_HEAD = re.compile(r"^\S{2,20}令$")             # '中华人民共和国主席令', '国务院令'
NAMED_ACT = re.compile(r"《(?P<name>[^《》]{2,60})》")
ORDER_BLOCKS = 6   # the order's lines: its number, sentence, signature and date


def _order_over_title(blocks: list[Block], start: int) -> int:
    """A promulgation order printed over the act it promulgates ('中华人民共和国主席令' / '第四十九号'
    / '《中华人民共和国某某法》已由…通过，现予公布…' / '中华人民共和国主席 某某' / date, then the act's
    own title): the order is front matter, the title is the line its sentence names in 《》.
    The index of that title block, or `start` when the text does not open so (unseen2)."""
    if start >= len(blocks) or not ORDER_HEAD.match(blocks[start].text.strip()):
        return start
    for k in range(start + 1, min(len(blocks), start + 1 + ORDER_BLOCKS)):
        named = NAMED_ACT.search(blocks[k].text) if ORDER_STATEMENT.search(blocks[k].text) else None
        if named:
            return next((m for m in range(k + 1, min(len(blocks), k + 1 + ORDER_BLOCKS))
                         if blocks[m].text.strip() == named["name"].strip()), start)
    return start


BILL_KIND = re.compile(r"^(?:AN ACT|A BILL|AN ORDINANCE|(?:JOINT |CONCURRENT )?RESOLUTION)$")
LONG_TITLE = re.compile(r"^(?:(?:An\s+Act|A\s+Bill)\s+to|To)\s+\S.{10,600}?(?:purposes|\S)\.$", re.S)
INTITULED = re.compile(r"^[_*]*(?:in|en)titu?led[_*]*$", re.I)   # '_i n t i t u l e d_', spaces taken out
COVER_BLOCKS = 16   # a bill's cover: Congress, session, number, chamber, date, action, kind


def _bill_cover(blocks: list[Block], start: int) -> int:
    """A bill's cover as a legislature's printer sets it: its Congress, session, number, chamber,
    date and action lines, then the kind ('AN ACT', 'A BILL', 'JOINT RESOLUTION') alone on a line
    and the LONG TITLE under it ('To amend … and for other purposes.'): the long title is the
    title, the lines over it front matter. The long title's index, or -1 (unseen2)."""
    for k in range(start, min(len(blocks) - 1, start + COVER_BLOCKS)):
        if k > start and ENACTED_TITLE.match(" ".join(blocks[k].text.split())) and blocks[k].lines <= ENACTED_TITLE_LINES \
                and all(_enactment_cover_line(b.text) for b in blocks[start:k]):
            return k   # 'CHAPTER 88' / 'SENATE BILL NO. 36' / 'AN ACT TO AMEND …': the kind glued to its long title (r25entitle)
        if not BILL_KIND.match(blocks[k].text.strip()):
            continue
        nxt = k + 1
        # (round7, xxi2) Commonwealth bills print the kind over a letter-spaced 'intituled' or
        # 'entitled' line and the long title as 'An Act to amend …': the same cover, other words
        if nxt + 1 < len(blocks) and INTITULED.match("".join(blocks[nxt].text.split())):
            nxt += 1
        if LONG_TITLE.match(long_title_of(blocks[nxt].text)):
            return nxt
    return -1


# (r25entitle) an enacted text's long title with its kind on the same line: 'AN ACT TO AMEND TITLE 1 OF …',
# 'An Act relating to …', 'A BILL To amend …', 'AN ORDINANCE OF THE CITY OF … AMENDING …', 'A RESOLUTION
# urging …', 'JOINT RESOLUTION proposing …': the kind in capitals or capitalised, then what the text does
ENACTED_TITLE = re.compile(r"^(?:(?:AN?|An?)\s+(?:ACT|BILL|ORDINANCE|RESOLUTION|LAW|Act|Bill|Ordinance|Resolution|Law)"
                           r"|(?:JOINT|CONCURRENT|Joint|Concurrent)\s+(?:RESOLUTION|Resolution))\s+"
                           r"(?i:to|for|relating|concerning|amending|making|providing|establishing|authori[sz]ing|repealing"
                           r"|creating|respecting|approving|adopting|designating|requesting|urging|proposing|of\s+the)\b.{10,}$")
ENACTED_TITLE_LINES = 6   # lines of a long title at most: a longer block is the text's first paragraph
# the words of an enacted text's number block over its long title ('CHAPTER 88' / 'FORMERLY' / 'SENATE
# BILL NO. 36', '112th CONGRESS' / '1st Session' / 'H. R. 841' / 'IN THE HOUSE OF REPRESENTATIVES',
# 'ORDINANCE NO. 2021-15', 'SUBSTITUTE FOR HOUSE BILL 12'): numbers aside, only these words
COVER_WORDS = frozenset("""chapter senate house assembly bill act ordinance resolution joint concurrent substitute
formerly no number session congress legislature legislative regular special extraordinary public private law title
amended amendment as engrossed enrolled introduced passed reported of the for in by to h r s b hb sb hr sr hcr scr
hjr sjr st nd rd th first second third fourth fifth representatives delegates cap file council version draft""".split())
COVER_LINE_WORDS = 8
# an institution named by its last word ('Delaware General Assembly', 'Office of the State Comptroller' ends
# otherwise: ORG_OPEN): the body that passed or issued the text, never the text's own name
INSTITUTION_END = re.compile(r"\b(?:assembly|legislature|senate|congress|parliament|council|house of (?:representatives|delegates|assembly)"
                             r"|office|department|ministry|government|court|commission|board|agency|authority|bureau|secretariat)$", re.I)
ORG_OPEN = re.compile(r"^(?:the\s+)?(?:(?:supreme|high|federal|district|national|state|royal|general)\s+)?(?:court|ministry|department"
                      r"|office|government|parliament|council|commission|agency|bureau|board|committee|senate|assembly"
                      r"|secretariat|administration)\s+(?:of|for)\b", re.I)


def _enactment_cover_line(text: str) -> bool:
    """(r25entitle) A line over an enacted text's long title that names no document: its number block
    (COVER_WORDS and numbers only), the body that passed it (INSTITUTION_END, ISSUER), or a date."""
    text = " ".join(text.split())
    words = [w for w in re.findall(r"[A-Za-z]+(?:'[a-z]+)?|\d", text)]
    if not words or len(text.split()) > COVER_LINE_WORDS + 4:
        return False
    if len(text.split()) <= COVER_LINE_WORDS and all(w.isdigit() or w.casefold() in COVER_WORDS
                                                      or re.fullmatch(r"[A-Z]", w) for w in words):
        return True
    return not any(ch.isdigit() for ch in text) and not sg.terminal(text) \
        and bool(INSTITUTION_END.search(text) or ISSUER.match(text) or ORG_OPEN.match(text)) or bool(en_date(text))


# the enacting formula the extractor glued to the long title, with the date brackets left blank
# between ('… Act 1985. [ ] **ENACTED** by the Parliament of …', round7 xxi2)
ENACTING_GLUED = re.compile(r"\s+(?:\[\s*\]\s*)?(?:\*\*)?(?:BE\s+IT\s+)?ENACTED\b.*$", re.S)


def long_title_of(text: str) -> str:
    """A long title's words, the enacting formula glued after it cut off."""
    return ENACTING_GLUED.sub("", " ".join(text.split()))


def _running_text(block: Block) -> bool:
    """(r30noblank, issue 11) A paragraph of the text: RUNNING_WORDS words or more over two lines or
    more, closed by a sentence's mark. A page's chrome over its headline (another item's headline,
    a listing's year, a menu) is short lines; no headline stands under the text's first paragraph."""
    return block.lines >= 2 and len(block.text.split()) >= RUNNING_WORDS and sg.terminal(block.text) in tuple(".!?:;。！？：；")


RUNNING_WORDS = 12
REPEAT_SEARCH = 8   # blocks after the page's chrome where its headline and its second copy stand
NAME_BRACKET = re.compile(r"\s*[(\[][^()\[\]]{1,20}[)\]]\s*$")   # a designation after the name: '(CA 7)', '[Cap. 2]'


def name_key(text: str) -> str:
    """A name compared with its restatement: no leading 'The', no bracketed designation at its end,
    letters and digits only, case folded ('ACTS OF PARLIAMENT ACT, 1960 (CA 7)' = 'THE ACTS OF
    PARLIAMENT ACT, 1960')."""
    text = NAME_BRACKET.sub("", sg.unmarked(text.strip()))
    text = re.sub(r"^the\s+", "", text, flags=re.I)
    return "".join(ch for ch in text.casefold() if ch.isalnum())


NAME_KEY_MIN = 12   # letters: a name, not a word


def _restated_at(blocks: list[Block], i: int, title_at: int) -> int:
    """The block at or a few blocks after `i` that names the title block (`title_at`) again in
    another form, only short unpunctuated blocks between ('AN ACT' / 'OF THE … ASSEMBLY' /
    'ENTITLED' / 'THE ACTS OF PARLIAMENT ACT, 1960'); -1 if none."""
    key = name_key(blocks[title_at].text)
    for j in range(i, min(len(blocks), i + RESTATE_REACH)):
        if name_key(blocks[j].text) == key:
            return j
        if blocks[j].lines > 2 or sg.terminal(blocks[j].text) or len(blocks[j].text) > TITLE_PAGE_LINE:
            return -1
    return -1


RESTATE_REACH = 5   # blocks under the title where the Act's head names it again


def _name_restated(blocks: list[Block], start: int) -> int:
    """(round6, xxg1) A page whose first lines are a compilation's banner (`GHANA LAW FINDER`, its
    tagline, `ACTS OF GHANA`) over the Act's designation (`ACTS OF PARLIAMENT ACT, 1960 (CA 7)`),
    which the Act's own head names again a few blocks lower (`… ENTITLED` / `THE ACTS OF PARLIAMENT
    ACT, 1960`): the restated name is the title, the lines over it front matter. WIDENS the repeated
    headline (an exact copy under skipped chrome) to a restatement without `The` and the bracketed
    number, with no chrome recognised by its words. When the first block is restated so, it is the
    title itself (`start`) if it carries the bracketed number (the cleaner took the banner off), else
    the rule stands aside. The index of the restated block, or -1."""
    if start >= len(blocks):
        return -1
    keys = [name_key(b.text) if b.lines <= 2 else "" for b in blocks]
    form = lambda b: (bool(re.match(r"the\s", b.text.strip(), re.I)), bool(NAME_BRACKET.search(b.text)))
    # restated in another form: `The` added or dropped, the bracketed number dropped or added (a copy
    # of the same line, or the same words in capitals, is another kind: `_repeated_headline`)
    later = lambda i: any(keys[j] == keys[i] and form(blocks[j]) != form(blocks[i])
                          for j in range(i + 1, min(len(blocks), i + 1 + REPEAT_SEARCH)))
    if len(keys[start]) >= NAME_KEY_MIN and later(start):
        return start if NAME_BRACKET.search(blocks[start].text) else -1   # the designation opens the page (its banner gone)
    for i in range(start + 1, min(len(blocks), start + REPEAT_SEARCH)):
        if len(keys[i]) >= NAME_KEY_MIN and (_title_like(blocks[i], True) or NAME_BRACKET.search(blocks[i].text)) \
                and not sg.numbering(blocks[i].text) and later(i) \
                and all(b.lines <= 2 and not sg.ends_sentence(b.text) for b in blocks[start:i]):
            return i
    return -1


def _repeated_headline(blocks: list[Block], start: int) -> int:
    """Under a page's chrome, the line written again a few blocks down (the listing's headline in
    capitals, the text's own title under it): a repeat is evidence for the title, the lines over it
    (another item's headline, the listing's year) are not. Its index, or -1 when the first line after
    the chrome is title-like itself or no line repeats."""
    if start >= len(blocks) or _title_like(blocks[start], True) and blocks[start].text.strip().casefold() \
            in {b.text.strip().casefold() for b in blocks[start + 1:start + REPEAT_SEARCH]}:
        return -1
    key = lambda b: " ".join(b.text.split()).casefold()
    for i in range(start, min(len(blocks), start + REPEAT_SEARCH)):
        if i > start and _running_text(blocks[i - 1]):
            break   # (r30noblank) the text has begun: a line written twice under it is a head and its table's caption
        if blocks[i].lines <= 2 and len(key(blocks[i])) >= 8 and not sg.terminal(blocks[i].text) \
                and any(key(b) == key(blocks[i]) for b in blocks[i + 1:start + REPEAT_SEARCH]):
            return i
    return -1


# (titlepick) the top zone a page's chrome and its headline share: blocks, at most
KIND_TITLE_SEARCH = 6
KIND_TITLE_MIN = 6    # characters: '政府工作报告'; a column's name ('通知公告', '政策解读') is shorter
# a bracketed note after a document's name: '（全文）', '（摘要）', '（草案）', '(2020年)'
TRAILING_NOTE = re.compile(r"[（(][^（）()]{1,12}[）)]$")
# words that open a document's name: a line holding one is a title's first part, wrapped or glued
TITLE_OPENER = re.compile(r"关于|關於|印发|印發|转发|轉發|批转|批轉|《[^》]*$")


# (r42) a document's name alone on its line inside title marks ('《中国共产党某某工作条例》'), as a
# column page sets the item's own title under the column's headline ('每周一学（2021年10月25日—31日）')
NAME_IN_MARKS = re.compile(r"^《(?P<name>[^《》]{4,60})》$")


def _kind_titled_below(blocks: list[Block], start: int) -> int:
    """A Chinese line over the text that names no kind of document, and under it, before the body
    starts, a title-shaped line that does ('…工作报告', '关于…的通知', '…实施办法'): the lower line is
    the title and the upper one the page's (a site's or a column's name, a blog's, a run-together
    menu, a notice board's label, a date stamp) — whatever its words, since a new site's chrome is
    always a new form (issue #11: most titles taken instead on unseen pages were such lines, each in
    a form no rule knew). The body starts at a sentence, a numbered heading, a salutation or a long
    block; a dateline ('——在…会议上的讲话') names the occasion, not the text. The lower line may
    hold the name alone in title marks (r42, NAME_IN_MARKS: a column page's item under the column's
    dated headline). Its index, or `start`."""
    upper = "".join(blocks[start].text.split()) if start < len(blocks) else ""
    upper = TRAILING_NOTE.sub("", upper)   # '…工作报告（全文）', '…条例（草案）': the kind ends the name before its note
    if not upper or KIND_END_TITLE.search(upper) or TITLE_OPENER.search(upper) or sg.numbering(blocks[start].text) \
            or blocks[start].lines > 2 or sg.terminal(blocks[start].text) \
            or ORG_LINE.match(blocks[start].text) or RED_HEADER.match(upper) \
            or not_a_title(blocks[start].text, False):   # the issuer over its document; a date, dateline or speaker
        return start   # a document's name, its first line wrapped ('关于印发《…》的通' / '知'), or the body
    for j in range(start + 1, min(len(blocks), start + KIND_TITLE_SEARCH)):
        block, bare = blocks[j], "".join(blocks[j].text.split())
        if block.lines > 2 or sg.terminal(block.text) or sg.numbering(block.text) or sg.SALUTATION.match(block.text):
            return start
        named = NAME_IN_MARKS.match(bare)   # (r42) '《某某工作条例》': the name alone in title marks
        if len(bare) >= KIND_TITLE_MIN and _title_like(block, False) \
                and KIND_END_TITLE.search(named["name"] if named else bare) \
                and not not_a_title(block.text, False) \
                and not bare.startswith(("—", "-", "（", "(")):
            return j
    return start


KIND_NAME_WORDS = (3, 25)   # words of the name under a bare kind word


def _damaged_copy(text: str, fuller: str) -> bool:
    """'SELECT COMMITTEE OF THE ON THE (…) BILL' under a fuller 'SELECT COMMITTEE OF THE HOUSE OF KEYS
    ON THE …': a line whose words are the next line's in order with some dropped (a cover's words a
    PDF's text layer lost)."""
    words, full = text.split(), iter(fuller.split())
    return 3 <= len(words) < len(fuller.split()) and all(any(w == f for f in full) for w in words)


def _bare_kind_over_name(blocks: list[Block], start: int) -> int:
    """(round9en) A cover's bare kind word alone on its line ('REPORT', 'MINUTES', 'WHITE PAPER';
    vocab_en.BARE_KIND) over a line naming what the paper is on ('SELECT COMMITTEE OF THE HOUSE OF
    KEYS ON THE … BILL', 3-25 words, in capitals or title case, unnumbered, no end mark): the name is
    the title and the kind word front matter; a copy of the name with words lost between them goes
    to the front matter too. Its index, or -1 (a kind word over a sentence, a number or nothing)."""
    if start + 1 >= len(blocks) or blocks[start].lines > 1 or not BARE_KIND.match(blocks[start].text):
        return -1
    j = start + 1
    if j + 1 < len(blocks) and _damaged_copy(" ".join(blocks[j].text.split()), " ".join(blocks[j + 1].text.split())):
        j += 1
    text = blocks[j].text
    words = text.split()
    if blocks[j].lines > 2 or not _title_like(blocks[j], True) or not KIND_NAME_WORDS[0] <= len(words) <= KIND_NAME_WORDS[1] \
            or not (sg.is_all_caps(text) or _title_case_words(words)):
        return -1
    return j


def _title_case_words(words: list[str]) -> bool:
    """Every word of four letters or more capitalised, the first one too."""
    long = [w for w in words if sum(ch.isalpha() for ch in w) >= 4]
    return bool(long) and words[0][:1].isupper() and all(w[:1].isupper() or not w[:1].isalpha() for w in long)


def _page_title_repeated(blocks: list[Block], start: int) -> bool:
    """The text's first line written again as the headline a few blocks down (a page's <title>
    over its site's tagline, then the headline): the repeat names the page, however long the line
    is ('Republic Act No. 10530 - AN ACT DEFINING …', round5 xxr1). One or two lines, no sentence end."""
    first = blocks[start]
    key = " ".join(first.text.split()).casefold()
    return first.lines <= 2 and len(key) >= 8 and (not sg.terminal(first.text) or capitals_stop(first.text)) \
        and any(" ".join(b.text.split()).casefold() == key for b in blocks[start + 1:start + REPEAT_SEARCH])


def _headline_printed_again(blocks: list[Block], start: int, lead: int, english: bool) -> bool:
    """(round10en) The page's first line, read as a record's header and date ('Review Board: summary
    of decisions – May 2024'), printed again as the headline a few blocks down (in capitals on the
    document's cover): the repeat shows it names the page, so it is the title, not a lead line."""
    return english and lead == 0 and _page_title_repeated(blocks, start) \
        and not CAPTION_CREDIT.search(blocks[start].text.strip())   # (r27govpages) a photo's caption and its alt text


# the tail of an Act's name on its own line: the place in brackets, the kind and the year ('(Jersey)
# Law 1954', 'Act 2006', '(Amendment No. 2) Regulations, 2019')
ACT_NAME_TAIL = re.compile(r"^\s*(?:\([A-Z][^()]{1,40}\)\s+)?(?:Law|Act|Order|Regulations|Rules|Ordinance|Decree|Code|Bill)"
                           r",?\s+(?:No\.\s*\d+\s+of\s+)?\d{4}\s*$")
ACT_NAME_HEAD_WORDS = 8   # words of the name's first line: a short line, not a sentence


def _act_name_wrapped(title: str, block: Block) -> bool:
    """(round10en) An Act's name wrapped over two lines on a consolidated law's page, its tail (the
    place in brackets, the kind and the year: '(Jersey) Law 1954', 'Act 2006') alone on the line under
    its first words ('Interpretation'): one name, the title. The first line short, no end mark."""
    return bool(ACT_NAME_TAIL.match(block.text)) and block.lines == 1 and 0 < len(title.split()) <= ACT_NAME_HEAD_WORDS \
        and not sg.terminal(title) and not ACT_NAME_TAIL.match(title) and not re.search(r"\b(?:Act|Law)\b\W*$", title)


# (r26) the rest of a wrapped instrument's name: a few capitalised words, then its kind and year
NAME_REST = re.compile(r"^(?:[A-Z][\w'’-]*\s+){1,3}(?:Act|Law|Order|Regulations|Rules|Ordinance|Decree|Code)\s*,?\s+\d{4}$")


def _name_wrapped_cited(title: str, blocks: list[Block], i: int) -> bool:
    """(r26) An instrument's name wrapped over two lines ('Maldives Monetary' / 'Authority Act 1981'),
    the second a few capitalised words with the kind and year: one name when the text under it cites
    the first line going on into the second ('… establishment of Maldives Monetary Authority …'), so a
    short series or issuer line over an Act's name (which the text never reads on) is not taken in."""
    block = blocks[i]
    if block.lines != 1 or not NAME_REST.match(block.text.strip()) or sg.terminal(title) \
            or not 0 < len(title.split()) <= ACT_NAME_HEAD_WORDS:
        return False
    under = " ".join(" ".join(b.text.split()) for b in blocks[i + 1:i + 1 + JURISDICTION_AGAIN]).casefold()
    return f"{' '.join(title.split())} {block.text.split()[0]}".casefold() in under


# (round16en) a speech's title naming its occasion, hard-wrapped with its date on the second line:
# 'Address on the Occasion of the Budget' / 'Vote of the Presidency, 18 June 2002'
OCCASION_TITLE = re.compile(r"^(?:Keynote\s+)?(?:Address|Speech|Statement|Remarks|Lecture|Message)\s+(?:on|at|to|for|delivered)\b", re.I)
OCCASION_REST = re.compile(rf"^(?P<phrase>[A-Z][\w'’-]*(?:\s+[\w'’-]+){{0,8}}),\s+(?:\d{{1,2}}\s+{_MONTH}\s+\d{{4}}|{_MONTH}\s+\d{{1,2}},\s+\d{{4}})\.?$")
OFFICE_OPENING = re.compile(r"^(?:President|Vice|Deputy|Minister|Premier|Prime|Mayor|Governor|Chair(?:man|person)?|Chief|Secretary|"
                            r"Speaker|Honourable|Hon\.?|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Professor|Prof\.?|His|Her)\b")
OCCASION_HEAD_WORDS = 10


def _occasion_wrapped(title: str, block: Block) -> bool:
    """(round16en) A speech's title naming its occasion, hard-wrapped: the first line opens with
    the speech's kind and a preposition ('Address on the Occasion of the Budget'), at most ten words
    and no end mark; the line under it (one line) finishes the name and closes with the date after a
    comma ('Vote of the Presidency, 18 June 2002'): one title. A line under it naming the speaker
    ('Minister of Finance, 18 June 2002'), a place and date ('Cape Town, 18 June 2002') or a phrase
    without a small word in lower case is not its rest."""
    rest = OCCASION_REST.match(block.text.strip())
    if not rest or block.lines != 1 or not OCCASION_TITLE.match(title) or sg.terminal(title) \
            or len(title.split()) > OCCASION_HEAD_WORDS or re.search(r"\d{4}\W*$", title):
        return False
    phrase = rest["phrase"]
    return not OFFICE_OPENING.match(phrase) and bool(re.search(r"\s(?:of|the|on|for|and|to|in)\s", f" {phrase} "))


CUT_MARK = re.compile(r"\s(?:\.\.\.|…)$")   # a site's cut of a long headline: a space, then the ellipsis
COVER_WORDS_MIN = 4   # words of the cover's first lines the headline opens with


def _cut_headline_over_cover(blocks: list[Block], start: int) -> bool:
    """(r48) A document site's headline made of the file's cover words run together and cut with an
    ellipsis ('The Commonwealth of The Bahamas 2022/2023 Budget Debate Contribution By … Sports & ...')
    over the file's text, whose cover prints the same words over its lines ('The Commonwealth of The
    Bahamas' / '2022/2023 Budget Debate' …): the headline names the document, cut or not. One line,
    ending in the cut; the next blocks' words (COVER_WORDS_MIN or more) open it, word for word."""
    if start + 1 >= len(blocks) or blocks[start].lines != 1 or not CUT_MARK.search(blocks[start].text.rstrip()):
        return False
    head = CUT_MARK.sub("", blocks[start].text.rstrip()).split()
    cover: list[str] = []
    for block in blocks[start + 1:start + 4]:
        cover += block.text.split()
        if len(cover) >= COVER_WORDS_MIN:
            break
    return len(cover) >= COVER_WORDS_MIN and head[:len(cover)] == cover


# (r42) words of a section's name as short as a person's name: never a speaker
SECTION_WORDS = frozenset("前言 引言 序言 导言 导语 总则 附则 摘要 结语 结束语 说明 概述 背景 目录 正文 附件 后记".split())
REPRINT_OPENING_MIN = 40   # characters of the speech's first paragraph under the speaker's name
REPRINT_NAME = re.compile(r"^[\u4e00-\u9fff]{2,3}$|^[\u4e00-\u9fff]{1,4}·[\u4e00-\u9fff]{1,6}$")   # four characters are mostly a topic


def _reprint_speaker(blocks: list[Block], i: int, out: "TitleBlock") -> bool:
    """(r42) A speech as a journal reprints it (《求是》, a party journal's or a collection's copy): the
    title, the date alone in brackets under it, the speaker's name alone (2-3 characters, or a name
    with '·'), then the speech's first paragraph at once, with no salutation ('同志们：' is left out
    of the reprint). The name right under the date line, over a paragraph of prose, is the speaker,
    not a section's head; a section's short name ('前言', '总则', SECTION_WORDS) is no speaker, nor
    the first of a series of short bare lines (part heads '工作回顾' … '工作安排')."""
    text = blocks[i].text.strip()
    if not REPRINT_NAME.match(text) or text in SECTION_WORDS or not out.date or i == 0 or i + 1 >= len(blocks):
        return False
    nxt = blocks[i + 1].text.strip()
    if any(BARE_NAME.match(b.text.strip()) for b in blocks[i + 1:]):
        return False   # another short bare line below: a series of short part heads ('工作回顾' … '工作安排')
    return sg.is_date_only(blocks[i - 1].text.strip()) and len(nxt) >= REPRINT_OPENING_MIN and "。" in nxt \
        and not sg.numbering(nxt)


def read_title_block(blocks: list[Block], lang: str, chrome_removed: bool = False) -> TitleBlock:
    """Take the title block off the front of the document. `chrome_removed`: the cleaner took page
    chrome off the text's top, so the blocks start under the chrome as they do after the chrome
    lines skipped here: the same evidence (a headline written again under another item's) applies."""
    english = lang.startswith("en")
    out = TitleBlock()
    start = 0
    cover = _bill_cover(blocks, start) if english else -1
    if cover > 0:
        out.front.extend(blocks[start:cover])   # the bill's cover lines and its kind ('AN ACT')
        long_title = long_title_of(blocks[cover].text)
        glued = " ".join(blocks[cover].text.split())[len(long_title):].strip()
        if glued:   # the enacting formula glued after it stays in the text, as front matter (round7)
            out.front.append(replace(blocks[cover], text=glued))
        # the name the bill gives itself in its short-title clause, where it has one, is what a
        # reader calls it; its long title then stands under it as the subtitle
        cited = short_title([b.text for b in blocks[cover + 1:cover + 13]])
        out.title, out.subtitle = (cited, long_title) if cited else (long_title, "")
        out.title_blocks.append(blocks[cover])
        out.used = cover + 1
        return out
    if english and start == 0 and _notice_over_headline(blocks):
        out.front.append(blocks[0])   # (r43) a site's notice over the page's name and headline: front matter
        start = 1
    chrome = start
    while start + 1 < len(blocks) and blocks[start].lines <= 2 and chrome_reason(blocks[start].text, english, blocks[start + 1].text) \
            and not (english and sg.lead_under([b.text for b in blocks[start + 1:start + 2 + sg.CAPTION_LINES]], blocks[start].text) >= 0):
        # (r27encyc) an entry's name over its lead's caption ('Lighthouse' / 'The lighthouse at …' / 'A
        # lighthouse is …'): the lead defines it, so it names the page, no site's label over a headline
        out.front.append(blocks[start])   # a skip link, the site's name, menu or spam over the headline
        start += 1                        # (title_evidence): front matter, never the title
    division = _site_over_division(blocks, start) if english else -1
    if division > start:   # 'Nitijela' / 'Article Index' over 'ARTICLE XIII TRANSITIONAL': the site's page of one division
        out.front.extend(blocks[start:division])
        out.title, out.title_blocks, out.used, out.sure = " ".join(blocks[division].text.split()), [blocks[division]], division + 1, True
        return out
    division = _citation_path(blocks, start) if english else -1
    if division >= start:   # 'Title 1: …' over 'Chapter 003: …': a code site's page of one chapter (r27codes)
        out.front.extend(blocks[start:division])
        out.title, out.title_blocks, out.used, out.sure = " ".join(blocks[division].text.split()), [blocks[division]], division + 1, True
        return out
    division = _located_section(blocks, start) if english else -1
    if division > start:   # 'Section 12Part 3 — Constitution …' over 'Annual accounts': a law site's page of one section (r30enweb)
        out.front.extend(blocks[start:division])
        out.title, out.title_blocks, out.used, out.sure = " ".join(blocks[division].text.split()), [blocks[division]], division + 1, True
        return out
    repeated = _repeated_headline(blocks, start) if start > chrome or chrome_removed else -1
    if repeated > start:
        out.front.extend(blocks[start:repeated])   # another item's headline between the chrome and this one's
        start = repeated
    restated = _name_restated(blocks, start) if english and repeated < 0 else -1
    designation = ""
    if restated >= start:
        out.front.extend(blocks[start:restated])   # a compiler's banner over the Act it names again below (round6)
        start = restated
        bracket = NAME_BRACKET.search(blocks[start].text)
        designation = bracket.group().strip() if bracket else ""   # '(CA 7)': the Act's number, its subtitle
    if not english:
        named = _kind_titled_below(blocks, start)
        if named > start:
            out.front.extend(blocks[start:named])   # the page's line over the document's name (titlepick)
            start = named
        order = _order_over_title(blocks, start)
        if order > start:
            out.front.extend(blocks[start:order])   # the promulgation order over the act's title
            start = order
    if english and blocks and _column_block(blocks[0]):
        out.front.append(blocks[0])
        start = 1
    named = _bare_kind_over_name(blocks, start) if english else -1
    if named > start:
        out.front.extend(blocks[start:named])   # 'REPORT' over the name of what it reports on (round9en)
        start = named
    issued = _issuer_over_name(blocks, start) if english else -1
    if issued > start:
        out.sure = _owner_over_bare_kind(blocks, start)   # the kind line needs its owner: the ranker leaves it
        # 'PARLIAMENT OF THE DEMOCRATIC SOCIALIST REPUBLIC OF SRI LANKA' over 'NATIONAL INNOVATION
        # AGENCY ACT, No. 22 OF 2019': the issuer is the document's author, not its title (round8en)
        body = _institution_name(blocks[start].text)
        # (r28notitle) a body named by its form alone ('AFRICAN PEER REVIEW MECHANISM', no issuer's word)
        # over a cover: its lines stay as written, front matter, the bodies named the authors
        by_form = bool(body) and not ISSUER.match(" ".join(blocks[start].text.split())) and _kind_in_body(body)
        if body and (body != " ".join(blocks[start].text.split()) or by_form):   # (r27entitles) a logo's alt text glued to
            out.authors.append(Author(name=body, kind="org"))     # the name, a site section after it: the
            out.front.append(blocks[start])                         # line stays as written, the name the author's
        else:
            out.authors.append(Author(name=" ".join(blocks[start].text.split()), kind="org"))
            out.author_blocks.append(blocks[start])
        for b in blocks[start + 1:issued]:   # the issuer over two blocks, or a cover's place, date and numbers
            if by_form:
                out.front.append(b)
            elif ISSUER.match(" ".join(b.text.split())) or _institution_name(b.text) == " ".join(b.text.split()):
                out.authors.append(Author(name=" ".join(b.text.split()), kind="org"))
                out.author_blocks.append(b)
            else:
                out.front.append(b)
        start = issued
    collected = _collection_over_name(blocks, start) if english else -1
    if collected > start:   # 'LAWS OF TRINARA' / 'CHAPTER 48:02' over 'HARBOURS ACT': the collection's cover (r26legal)
        out.front.extend(blocks[start:collected])
        start = collected
    placed = _jurisdiction_over_name(blocks, start) if english else -1
    if placed > start:   # 'Malawi' right over the Act's name: the headline as written keeps it (<titleabbrev>; r22legal)
        out.as_written = " ".join([blocks[start].text.strip()] + blocks[placed].text.split())
        start = placed
    while english and len(blocks) > start + 1 and sg.is_image_line(blocks[start].text):
        out.front.append(blocks[start])   # a banner or a row of badges over a markdown title
        start += 1
    while not english and start + 1 < len(blocks) and RED_HEADER.match("".join(blocks[start].text.split())):
        out.front.append(blocks[start])   # the issuer's red header '某某人民政府办公厅文件' over the document
        start += 1                        # number: it names the issuer's paper, not the text (unseen4)
    if not english and start + 1 < len(blocks) and ORG_LINE.match(blocks[start].text) \
            and DOC_KIND.match(blocks[start + 1].text):
        out.authors.append(Author(name=blocks[start].text, kind="org"))   # the issuing body over
        out.author_blocks.append(blocks[start])                                    # its document's title
        start += 1
    dated = _issuers_over_date(blocks, start) if not english else -1
    if dated > start:   # '某市统计局' / '国家统计局某市调查队' / '2012年3月19日' / '2011年，…': the issuers' byline,
        # no title line (r25entitle): the issuers are the authors, the date front matter; the caller's
        # chain names the text (a bulletin's name from its parts, …)
        out.authors.extend(Author(name=b.text.strip(), kind="org") for b in blocks[start:dated - 1])
        out.author_blocks.extend(blocks[start:dated - 1])
        out.date = iso_date(sg.squeezed(blocks[dated - 1].text))
        out.front.append(blocks[dated - 1])
        out.skipped = "an issuer's name"
        out.used = dated
        return out
    if not english and start + 1 < len(blocks) and _release_date(blocks[start].text) \
            and _title_like(blocks[start + 1], english):
        out.date = iso_date("".join(blocks[start].text.split()))   # a press release's date over its
        out.front.append(blocks[start])                             # headline: the date, not the title
        start += 1
    if not english and start + 1 < len(blocks) and blocks[start].lines == 1 \
            and OCCASION_KICKER.match("".join(blocks[start].text.split())) and _title_like(blocks[start + 1], english):
        out.front.append(blocks[start])   # a news page's kicker '在市政府第N次常务会议上' over its headline
        start += 1
    if english and start + 1 < len(blocks) and (over := _author_over_title(blocks, start)):
        out.authors.append(over)   # 'H. G. Wells' over 'The War of the Worlds': a book's author line (r31enheads),
        #                            read before the lead lines, which would skip it as no title
        out.author_blocks.append(blocks[start])
        start += 1
    lead = 0   # a date, dateline or speaker line opening the text: never the title (not_a_title)
    while lead < LEAD_LINES and start + lead < len(blocks) and (not_a_title(blocks[start + lead].text, english)
                                                               and not _headline_printed_again(blocks, start, lead, english)
                                                               or english and _office_under_speaker(blocks, start + lead, lead)
                                                               or not english and _dateline_rest(blocks, start + lead, lead)
                                                               or not english and _glued_speaker_under_dateline(blocks, start + lead, lead)):
        lead += 1
    if lead:
        out.skipped = not_a_title(blocks[start].text, english)
        start = _read_lead(blocks, start, start + lead, english, out)
        while english and start + 1 < len(blocks) and blocks[start].lines <= 2 \
                and chrome_reason(blocks[start].text, english, blocks[start + 1].text):
            out.front.append(blocks[start])   # chrome under the date ('Bills' over the bill's name): never the title
            start += 1
        after = blocks[start] if start < len(blocks) else None
        if after is None or not (_title_like(after, english) or _marked_title(blocks, start)) or sg.SALUTATION.match(after.text) \
                or after.text.rstrip().endswith((",", "，")) or english and _first_numbered_section(blocks, start):
            out.used = start   # no title line: the caller takes the chain's next source (a heading, …)
            #                    ('# Title' under the dateline is one: its mark is an export's, robust2)
            return out
    marked = len(blocks) > start and _marked_title(blocks, start)
    over = _title_over_byline(blocks, start) if english and not marked else start
    if over > start:
        out.front.extend(blocks[start:over])   # a title page's device and imprint lines over the title
        start = over
    if english and not marked and _marked_designation(blocks, start):
        out.front.append(blocks[start])   # '# … Special Publication 800-63-3' over '# Digital …' (newdocs)
        start += 1
        marked = True   # the title line is marked: its marks go
    alternative = english and _alternative_title(blocks, start)
    if english and len(blocks) > start and sequence_member(sg.unmarked(blocks[start].text), [sg.unmarked(b.text) for b in blocks[start + 1:]]):
        out.used = start if out.title else 0   # 'Chapter I …' over the text, 'Chapter II …' further on: the first
        out.front = []                         # division's head, no title line (r22title; the caller's chain
        out.date = ""                          # takes a title-shaped line, else the heading)
        return out
    if len(blocks) <= start or not (_title_like(blocks[start], english) or _question_title(blocks[start].text, english)
                                    or marked or alternative or english and STAR_TITLE.match(blocks[start].text)
                                    or english and _page_title_repeated(blocks, start)
                                    or english and _division_page(blocks, start)
                                    or english and _cut_headline_over_cover(blocks, start)):
        out.used = start if out.title else 0
        out.front = []
        out.date = ""
        return out
    if english and not marked and _designation_over_title(blocks, start):
        out.front.append(blocks[start])   # 'NIST Special Publication 800-63-3' over the title
        start += 1
    first = sg.unmarked(blocks[start].text) if marked else blocks[start].text
    glued = GLUED_VERSION.match(first) if english and not marked and blocks[start].lines == 2 else None
    if not glued and english and not marked and blocks[start].lines in (2, 3):
        glued = GLUED_VERSION_ANY.match(first)
    if glued:
        first, out.subtitle = glued["title"], glued["version"]   # 'GNU GENERAL PUBLIC LICENSE' / 'Version 3, 29 June 2007'
    if english and STAR_TITLE.match(first):
        first = STAR_TITLE.match(first)["text"]   # a wiki dump's page title '****** Noise ******'
    if not english and LETTER_SPACED.match(first):
        first = "".join(first.split())   # '政 府 工 作 报 告': the copy's letter spacing, not the title's words
    elif english and LETTER_SPACED_EN.match(first):
        first = closed_letters(first)   # (r28ocr) 'R E P O R T': a printed cover's spacing, not the title's letters
    filed = FILED_HEADLINE.match(first) if not english else None
    if filed:
        first = filed["name"]   # '鲁政发〔2014〕20号《X》': a law site's headline files the text, then names it
    numbered = NUMBERED_HEADLINE.match(first) if not english and not filed else None
    if numbered and DOC_KIND_TAIL.search(numbered["name"]):
        first = numbered["name"]   # '某政办(2011)129号 转发…的通知': the portal files the headline (round5, xxm1)
    glued_dateline = GLUED_DATELINE.match(first) if not english else None
    if glued_dateline and glued_dateline["who"] and not _speaker(glued_dateline["who"]):
        glued_dateline = None   # words after the dateline that name no speaker: left as they are
    if glued_dateline:   # '政府工作报告(摘要)--1999年2月25日在…会议上': a database's one-line title block
        first, out.subtitle = glued_dateline["title"], glued_dateline["dateline"]
        out.date = iso_date(out.subtitle)
        if glued_dateline["who"]:   # a wrapped copy joined the speaker's line to it: '…会议上' + '某市市长某某'
            out.authors.append(_speaker(glued_dateline["who"]))
    chunked = not english and (CHUNK_NUMBER.match(first) or FIELD_LABEL.match(first)) and unglued(first)
    if chunked:   # (r28zhpdf) '1、标题', (s28) '标题：…': the site's number or label stays in the XML as written (<titleabbrev>)
        out.as_written = out.as_written or first
    first = file_title(first) or unglued(first) or first   # 'Page:….pdf/5', '栏目丨标题', '1、标题' (title_evidence)
    if (bullet := LIST_BULLET.match(first)) and bullet.end() < len(first):
        out.as_written, first = out.as_written or first, first[bullet.end():]   # (r32enpages) '• river': the list's mark
    made = _name_over_maker(first) if english and not marked and blocks[start].lines == 2 else None
    if made:   # 'Constitution of Tonga' / 'Government of Tonga': the name, its maker the author (r22legal)
        out.as_written, first = first, made[0]
        out.authors.append(Author(name=made[1], kind="org"))
    if english and not marked:   # 'THE … ACT, Arrangement of Sections PART I': the name, its year from the text
        cut = contents_cut(first, [b.text for b in blocks[start + 1:start + 1 + CUT_SEARCH]])
        if cut:
            out.as_written, first = first, cut   # the headline as written stays in the XML (its <titleabbrev>)
        glued = GLUED_PAGE_NUMBER.match(first)
        if glued and NAMES_DOCUMENT.search(glued["name"]):
            out.as_written, first = out.as_written or first, glued["name"]   # '1The … Act, 2005': page 1's head
        head = running_head_name(first)
        if head:
            first = head   # '282, SPECIAL OFFICIAL GAZETTE.': the page's number goes (chrome: not kept as written)
    if english and (uncut := _uncut_bilingual(first, blocks[start + 1:])) != first:
        first, out.subtitle = uncut, out.subtitle or first[len(uncut):].strip()   # the cut half stays, as the subtitle
    tag = YEAR_TAG.search(first) if not english else None
    if tag and tag["year"] in first[:tag.start()]:
        first = first[:tag.start()]   # '2022年某县…统计公报 2022': the site's year tag after the headline
    if english and capitals_stop(first):
        first = first.strip()[:-1]   # 'ACTS OF PARLIAMENT ACT.': the stop is the house style's, not the name's
    if designation and first.rstrip().endswith(designation):
        first, out.subtitle = first.rstrip()[:-len(designation)].rstrip(), out.subtitle or designation
    if english and JUSTIFIED_GAPS.search(first):
        first = " ".join(first.split())   # 'NATIONAL  INNOVATION  AGENCY': a justified PDF line's spaces, not the name's (round8en)
    out.title = title_case(first, text_acronyms(blocks)) if english and sg.is_all_caps(first) and not _citation_title(first) else first
    if (named > 0 or not _written_again(blocks, start, first)) and out.title != first:
        out.as_written = out.as_written or first   # the name in its capitals stays in the XML (<titleabbrev>): no letter lost
    out.title_blocks.append(blocks[start])
    i = start + 1
    if english and _page_title_repeated(blocks, start) and not _title_like(blocks[start], english):
        again = next(j for j in range(start + 1, len(blocks))
                     if " ".join(blocks[j].text.split()).casefold() == " ".join(blocks[start].text.split()).casefold())
        if all(b.lines <= 2 and not sg.terminal(b.text) for b in blocks[i:again]):
            out.front.extend(blocks[i:again + 1])   # the site's tagline between the page's title and its headline
            i = again + 1
    if not english and i < len(blocks) and _name_open(out.title) and not _name_open(out.title + blocks[i].text) \
            and len(blocks[i].text) <= WRAPPED_NOTE and not sg.ends_sentence(blocks[i].text):
        out.title += blocks[i].text   # '…关于印发《…实施细' / '则》的通知': a headline wrapped inside
        out.title_blocks.append(blocks[i])   # a 《》 name goes on to where the name closes (unseen5, xv7)
        out.wrapped.append(blocks[i])
        i += 1
        filed = FILED_HEADLINE.match(out.title)
        if filed:
            out.title = filed["name"]   # the filed headline wrapped inside its 《》 name (xxk7)
    if alternative:
        out.title = f"{out.title} {blocks[i].text}"   # 'Frankenstein;' / 'or, the Modern Prometheus'
        out.title_blocks.append(blocks[i])
        out.wrapped.append(blocks[i])
        i += 1
    if english and i < len(blocks) and KICKER.search(out.title) and _title_like(blocks[i], english):
        out.title = f"{out.title} {blocks[i].text}"   # 'Proposal for a' / 'REGULATION OF …': a kicker that
        out.title_blocks.append(blocks[i])          # ends in an article or preposition goes on into the
        out.wrapped.append(blocks[i])               # title under it (unseen5, xv2)
        i += 1
    cased = bool(out.as_written) and out.title != out.as_written and out.as_written.casefold() == out.title.casefold()
    if english and i < len(blocks) and _purpose_in_capitals(out.as_written if cased else out.title, blocks[i]):
        purpose = " ".join(blocks[i].text.split())
        if cased:   # (r49) the name title-cased from its capitals: its purpose with it
            out.as_written = f"{out.as_written} {purpose}"
            purpose = title_case(purpose, text_acronyms(blocks))
        out.title = f"{out.title} {purpose}"   # 'REGULATION OF THE … COUNCIL' / 'LAYING DOWN … RULES'
        out.title_blocks.append(blocks[i])                    # (r27entitles): the instrument's name goes on
        out.wrapped.append(blocks[i])                         # into its purpose in the same capitals
        i += 1
    if english and i == start + 1 and i + 1 < len(blocks) and _headline_wrapped_thrice(out.title, blocks[i], blocks[i + 1]):
        out.title = f"{out.title} {blocks[i].text.strip()} {blocks[i + 1].text.strip()}"   # (r27enchrome) a print's
        out.title_blocks.extend(blocks[i:i + 2])   # narrow page wrapped a long Title Case headline over three lines,
        out.wrapped.extend(blocks[i:i + 2])        # the middle one ending in 'of' ('… Letter of' / 'Transmittal')
        i += 2
    if english and i < len(blocks) and _act_name_wrapped(out.title, blocks[i]):
        out.title = f"{out.title} {blocks[i].text.strip()}"   # 'Interpretation' / '(Eastshire) Law 1954' (round10en)
        out.title_blocks.append(blocks[i])
        out.wrapped.append(blocks[i])
        i += 1
    if english and i == start + 1 and i < len(blocks) and _name_wrapped_cited(out.title, blocks, i):
        out.title = f"{out.title} {blocks[i].text.strip()}"   # 'Maldives Monetary' / 'Authority Act 1981' (r26)
        out.title_blocks.append(blocks[i])
        out.wrapped.append(blocks[i])
        i += 1
    if english and i == start + 1 and i < len(blocks) and _occasion_wrapped(out.title, blocks[i]):
        out.title = f"{out.title} {blocks[i].text.strip()}"   # 'Address on the Occasion of the Budget' / 'Vote of …, 18 June 2002' (round16en)
        out.title_blocks.append(blocks[i])
        out.wrapped.append(blocks[i])
        i += 1
    dateline_block: Block | None = None   # the dateline taken as subtitle, while no thematic one came
    while i < len(blocks):
        text = blocks[i].text
        if english and not out.subtitle and i == start + 1 and blocks[i].lines == 1 \
                and KIND_YEAR_LINE.match(" ".join(text.split())) and not KIND_YEAR_LINE.match(" ".join(out.title.split())):
            out.subtitle = text   # (r43) a cover's 'Climate Action Plan' / 'Annual Report 2024': the edition's kind and year
            i += 1
            continue
        if english and not out.date and (venue := _venue_lines(blocks, i)):   # a record dated over its title heads its parts
            out.front.extend(blocks[i:i + venue])   # (r43) 'Central Library' / 'Northfield' / '10:21 A.M. EST'
            i += venue
            continue
        if english and _entry_name(blocks, i) and any(_entry_name(blocks, j) for j in range(i + 2, min(len(blocks), i + ENTRY_SCAN))):
            break   # a listing's first entry name, not a byline (round17en)
        if english and i + 1 < len(blocks) and _names_its_text(text, blocks[i + 1].text):
            break   # an entry's name over its own text, no byline (wrap round)
        author = _english_author(text.rstrip(",")) if english else _speaker(text)   # 'by Jane Austen,'
        # (r45) 'Chief Executive: Laura Finch' under the report's occasion and date ('Presented to the Board on …'),
        # or 'Prepared by: Tom Reed' anywhere in the title block; a meeting's 'Chair: Mr. …' over its record is no byline
        labelled = role_byline(text) if english and not author and (out.subtitle or out.date or BYLINE_LABEL.match(text.split(":")[0].strip())) else None
        author = author or labelled
        names = _english_authors(text) if english and len(text) <= 80 and not author else []
        alone = _by_alone(blocks, i) if english and not out.authors else []
        if alone:
            out.authors.extend(alone)   # 'by' / 'H. G. Wells': the byline on two lines
            out.author_blocks.extend(blocks[i:i + 2])
            i += 1
        elif not english and not out.authors and (out.date or out.subtitle) and (split := _office_over_name(blocks, i)):
            out.authors.append(split)   # (r46) '县长' / '王明远': a cover's spaced speaker line, its office and
            out.author_blocks.extend(blocks[i:i + 2])   # its name set apart by pdftotext
            i += 1
        elif english and i == start + 1 and blocks[i].lines == 1 and facts_row(text):
            out.front.append(blocks[i])   # (r42) 'Joint Budget Committee Staff | Publication type: Report | Download PDF'
        elif english and marked and not out.authors and i == start + 1 and (byline := _marked_byline(blocks, i)):
            out.authors.append(byline)   # (r42) '# MEDITATIONS' / '## Marcus Aurelius' / '*The Private …*'
            out.author_blocks.append(blocks[i])
        elif english and marked and not out.authors and i == start + 1 and (listed := marked_authors(text)):
            out.authors.extend(listed)   # (r43en) '# A Framework for …' / '# Jane Roe,* John Doe,* Ann Poe' / affiliation
            out.author_blocks.append(blocks[i])
            notes = _affiliation_lines(blocks, i + 1)
            out.front.extend(blocks[i + 1:i + 1 + notes])   # 'IBM Research AI' / '*' / 'Equal contributions'
            i += notes
        elif english and names and not out.authors:
            out.authors.extend(names)
        elif english and not out.date and not any(a.kind == "person" for a in out.authors) and not out.front \
                and not out.subtitle and OCCASION_LINE.match(" ".join(text.split())):
            out.subtitle = text   # (r45) 'Presented to the Board on 9 January 2025': the occasion and date, as a Chinese report's dateline
            out.date = next((d for k in range(3, 6) if (d := en_date(" ".join(text.split()[-k:]))) and d[:4] in text), "")
            #                               under a report's or a speech's title; its byline may follow
        elif english and not out.date and (dated := stamped_date(text)) \
                and not any(date_stamp(b.text) for b in blocks[i + 1:]):   # a diary's or record's dated entries head them
            out.front.append(blocks[i])   # (r43) 'Published 3 March 2024' under the headline: the page's date,
            out.date = dated              # the last line of the title block
            i += 1
            if i < len(blocks) and not out.authors and blocks[i].lines == 1 \
                    and (byline := _english_author(blocks[i].text.rstrip(",")) or role_byline(blocks[i].text)):
                out.authors.append(byline)   # (r45) … but for the byline right under it ('By Laura Finch',
                out.author_blocks.append(blocks[i])   # 'Chief Executive: Laura Finch'): a report's cover
                i += 1
            break
        elif english and ((sg.unmarked(text) if marked else text).casefold().rstrip(".:") == out.title.casefold()
                          or marked and out.front and text == out.front[-1].text
                          or out.authors and text == " and ".join(a.name for a in out.authors)):
            out.front.append(blocks[i])   # the title page repeated at the head of page 1
        elif english and restated >= 0 and (again := _restated_at(blocks, i, restated)) > 0:
            out.front.extend(blocks[i:again + 1])   # the Act's own head naming it again: 'AN ACT' / … / 'ENTITLED' / 'THE … ACT, 1960'
            i = again
        elif english and i + 1 < len(blocks) and _designated_repeat(text, blocks[i + 1].text, out.title):
            out.front.extend(blocks[i:i + 2])   # 'CHAPTER 2' / 'ACTS OF PARLIAMENT ACT.': the title again under its number (round6)
            i += 1
        elif english and not out.subtitle and not out.authors and sg.numbering(out.title) and i > start \
                and blocks[i - 1].text.strip() != out.title and blocks[i - 1].text.strip().rstrip(".:") == out.title \
                and _title_like(blocks[i], english):
            out.subtitle = text   # a division page's name under its label again ('Article I.' / 'Declaration of Rights')
        elif english and ORDER_EN.match(" ".join(text.split())) and i + 1 < len(blocks) \
                and ORDER_NUMBER_EN.match(blocks[i + 1].text.strip()):
            out.front.extend(blocks[i:i + 2])   # 'Order of the … Government' / '(No. 26)' under the rule's name
            i += 1
        elif english and not out.subtitle and not out.authors and PAREN_LINE.match(text):
            out.subtitle = text
        elif english and not out.subtitle and not out.authors and i == start + 1 and _marked_subtitle(blocks, start, i):
            out.subtitle = sg.unmarked(text)   # (r43en) '# TechFAR' / '#### Handbook for …' / '## Executive Summary'
        elif english and not out.subtitle and not out.authors and i == start + 1 and ONE_SECTION_TITLE.search(out.title) \
                and blocks[i].lines == 1 and _section_note(text):
            out.subtitle = text   # the page of one section: its marginal note under its number (unseen14)
        elif english and not out.subtitle and not out.authors and i == start + 1 and blocks[i].lines == 1 \
                and VERSION_LINE.match(text):
            out.subtitle = text   # 'CC0 1.0 Universal' under its series title: the edition line (unseen)
        elif english and not out.subtitle and not out.authors and _caps_subtitle(first, blocks[i], blocks[i + 1:i + 3]):
            out.subtitle = text   # as written: the subtitle keeps its words and case
        elif not english and author and author.kind == "org" and i + 1 < len(blocks) \
                and FILE_NUMBER_LABEL.match(blocks[i + 1].text.strip()):
            out.front.extend(blocks[i:i + 2])   # a meeting's file label: '某某区第十四届人民代表大会' over '(05)' (round10zh)
            i += 1
        elif author and len(text) <= 40 and (not out.authors or labelled and all(a.kind == "org" for a in out.authors)):
            out.authors.append(author)   # (r45) a labelled byline under the body's name: the report's, and its officer's
            out.author_blocks.append(blocks[i])
        elif not english and not out.authors and (captioned := _captioned_speaker(text)):
            out.front.append(replace(blocks[i], text=captioned[0]))   # the photo's caption stays, as front matter
            out.authors.append(captioned[1])
            out.author_blocks.append(blocks[i])
        elif not english and _repeats_title(text, out.title) and not out.subtitle:
            out.title_blocks.append(blocks[i])   # the short form of the title, already in `title`
        elif not english and not out.subtitle and OCCASION.match(text):
            out.subtitle = text   # a speech's occasion under a thematic title: '——在…会议上的讲话'
            out.date = out.date or iso_date(text)
        elif not english and out.date and sg.is_date_only(text) and len(iso_date(text)) > len(out.date):
            out.date = iso_date(text)   # '（2024年2月1日）' after an occasion that named only the year
            out.front.append(blocks[i])
        elif not english and not out.authors and BARE_NAME.match(text) and (out.date or out.subtitle) \
                and i + 1 < len(blocks) and sg.SALUTATION.match(blocks[i + 1].text):
            out.authors.append(Author(name=text))   # the speaker's name alone, right before '同志们：'
            out.author_blocks.append(blocks[i])
        elif not english and not out.authors and _reprint_speaker(blocks, i, out):
            out.authors.append(Author(name=text))   # (r42) a journal's reprint: '（2026年4月30日）' / '某某某' / the speech
            out.author_blocks.append(blocks[i])
        elif not english and (not out.date or not out.subtitle and iso_date(text) == out.date) and _is_dateline(text):
            # (a bare date line may come first: '1984年5月15日' then '1984年5月15日在…會議上', the same day)
            dateline, speaker = _split_speaker(text)
            taken = text   # the blocks' text as written, speaker and continuation lines included
            while _dateline_open(dateline) and i + 1 < len(blocks) and len(blocks[i + 1].text) <= 30 \
                    and not sg.ends_sentence(blocks[i + 1].text) and not sg.numbering(blocks[i + 1].text):
                i += 1   # (a numbered line opens the first section: it does not continue the dateline)
                dateline += blocks[i].text
                taken += blocks[i].text
            for _ in range(NOTE_BLOCKS):   # a bracketed note wrapped at a page width: '（2020年…会议' / '通过，…施行）'
                if not (_bracket_open(dateline) and i + 1 < len(blocks) and len(blocks[i + 1].text) <= WRAPPED_NOTE
                        and not REVISED.search(blocks[i + 1].text)):   # the amendments listed stay front matter
                    break
                i += 1
                dateline += blocks[i].text
                taken += blocks[i].text
            if speaker is None:   # (r45) the office closing the dateline's line, the name a line below it ('…会议上' /
                dateline, speaker = _split_speaker(dateline)   # '县长' / '王明远': a cover's spaced speaker line, split)
            if speaker and not out.authors:
                out.authors.append(speaker)
            if out.subtitle:     # a thematic subtitle came first: the dateline is front matter, all of
                #                  it (the lines it took too: front matter, not only its first line)
                out.front.append(Block(taken, blocks[i].line, blocks[i].indent, blocks[i].lines))
            else:
                out.subtitle = dateline
                dateline_block = Block(dateline, blocks[i].line, blocks[i].indent, blocks[i].lines)
            out.date = iso_date(dateline)
        elif not english and not out.subtitle and not out.date and i + 1 < len(blocks) \
                and _title_like(blocks[i], english) and len(text) <= _thematic_max(text) and not sg.BARE_DATE.match(text) \
                and (_is_dateline(blocks[i + 1].text) or _speaker_then_salutation(blocks, i + 1)):
            out.subtitle = text  # a thematic subtitle ('当前的经济形势和…') before the dateline, or before
            #                      the speaker and '各位代表：' where a reprint left the dateline out
        elif not english and out.date and out.subtitle and dateline_block is not None and not out.authors \
                and i + 1 < len(blocks) and _title_like(blocks[i], english) and len(text) <= 30 \
                and _speaker(blocks[i + 1].text):
            out.front.append(dateline_block)   # a thematic subtitle after the dateline, before the speaker:
            out.subtitle = text                # the subtitle all the same; the dateline is front matter
            dateline_block = None
        elif not english and not out.authors and SPEAKER_DATED.match(text) \
                and _speaker(SPEAKER_DATED.match(text)["who"]):
            out.authors.append(_speaker(SPEAKER_DATED.match(text)["who"]))   # '·某市委书记某某（2024年…）':
            out.author_blocks.append(blocks[i])                                # the speaker and when he spoke
            out.date = out.date or iso_date(SPEAKER_DATED.match(text)["when"])
        elif not english and (PROMULGATED.match(bare := _note_unmarked(text)) and not _bracket_open(bare) or ORDER.match(text)
                              or DOC_NUMBER.match(sg.squeezed(text)) or DOC_NUMBER_DAMAGED.match(sg.squeezed(text))
                              or MEETING_LABEL.match(text)
                              or len(text) <= 200 and ORDER_STATEMENT.search(text)
                              or sg.SIGNATURE.match(text) or sg.BARE_DATE.match(text)):
            out.front.append(replace(blocks[i], text=bare) if bare != text and PROMULGATED.match(bare) else blocks[i])
            #   a promulgation note ('…会议通过', '…令第八号公布') dates the act,
            amended = PROMULGATED.match(text) and REVISED.search(text)   # by its latest amendment, if any
            dated = (latest_amendment(text, []) if amended else "") or iso_date(text)
            if dated and amended and out.date:
                out.date = max(out.date, dated, key=lambda d: (d + "-00-00")[:10])
            else:
                out.date = out.date or dated
        elif not english and sg.numbering(text).startswith("md") and not out.subtitle \
                and _repeats_title(sg.unmarked(text), out.title):
            out.title_blocks.append(blocks[i])   # '## 国籍法' under '# 中华人民共和国国籍法': the short title, marked
        elif not english and NOTE.match(text) and not iso_date(text):
            out.front.append(blocks[i])   # an editor's note ('（根据直播整理）') stays front matter
        elif not english and WIRE.match(text) and not out.front:
            out.front.append(blocks[i])
        elif not english and (DOC_NUMBER.match(sg.squeezed(text)) or DOC_NUMBER_DAMAGED.match(sg.squeezed(text))):
            out.front.append(blocks[i])   # the document number under a 公文's title
        elif not english and not out.subtitle and not out.front and REPORTING_END.search(out.title) \
                and _deck_line(text) and i + 1 < len(blocks) and not _deck_line(blocks[i + 1].text):
            out.subtitle = text   # a news headline in two lines: '…考察时强调' over its main line
        elif not english and not out.front and _extends_title(text, out.title):
            out.front.append(blocks[i])   # a reprinted report's own headline: '<headline>时强调'
            deck = 0
            while i + 1 + deck < len(blocks) and _deck_line(blocks[i + 1 + deck].text):
                deck += 1
            if deck <= DECK_MAX:          # a longer run of short lines is the text's own (a list, headings)
                out.front.extend(blocks[i + 1:i + 1 + deck])   # its deck: the points stressed, one a line
                i += deck
        else:
            break
        i += 1
    out.used = i
    if out.subtitle and out.subtitle[0] in "（(":
        out.date = latest_amendment(out.subtitle, blocks[i:]) or out.date
    return out


ISSUER_LINES = 3       # issuers' names over the date of a text with no title line ('某市统计局' / '国家统计局某市调查队')
BYLINE_PROSE_MIN = 60  # characters of the opening paragraph under such a byline


def _issuers_over_date(blocks: list[Block], start: int) -> int:
    """(r25entitle) A Chinese text that opens with its issuers' names, one a line (`ORG_LINE`: ends in
    局, 厅, 委员会, 人民政府, 调查队 …), then a bare date, then its first paragraph (a sentence of
    BYLINE_PROSE_MIN characters or more): a bulletin's or notice's byline with no title line over it.
    The issuers name who wrote the text, not the text: the index of the block under the date, or -1."""
    m = 0
    while m < ISSUER_LINES and start + m < len(blocks) and blocks[start + m].lines == 1 \
            and (ORG_LINE.match(READING.sub("", sg.squeezed(blocks[start + m].text)))
                 or ISSUER_UNIT.match(READING.sub("", sg.squeezed(blocks[start + m].text)))):
        m += 1
    k = start + m
    if not m or k + 1 >= len(blocks) or not sg.BARE_DATE.match(sg.squeezed(blocks[k].text)):
        return -1
    opening = blocks[k + 1].text
    return k + 1 if len(opening) >= BYLINE_PROSE_MIN and sg.ends_sentence(opening) and not sg.numbering(opening) else -1


# a survey team or branch office named after its parent body ('国家统计局某市调查队', '某某海关缉私分局')
ISSUER_UNIT = re.compile(r"^[\u4e00-\u9fff（）()]{2,30}(?:调查队|調查隊|分局|支队|支隊|办事处|辦事處)$")


DESIGNATION_WORDS = 3   # 'CHAPTER 2', 'Cap. 2', 'No. 21 of 1960'


def _issuer_over_name(blocks: list[Block], start: int) -> int:
    """The index of the block naming a document (an Act with its number or year, a report, a guide,
    a handbook's section) right under an issuing body's name at the top (`PARLIAMENT OF …`, `Ministry
    of …`: a name with no end mark, no digit, no document word), or -1. Only the first block is
    looked at as the issuer; a block between them (the issuer over two blocks) is the issuer's too.
    (r27entitles) Widened to the cover of an EU, UN or government document and to a body's page: the
    body's name in any of its forms (institution.institution_name: `… Legislature`, `EUROPEAN
    COMMISSION`, a logo's alternative text glued before it, a site section after a bar), cover lines
    under it (another body's name, a place and date, a date, a document number: `COM(2031) 118 final`),
    then the document's name: a kind of document with its number or year (NAMES_DOCUMENT), a line
    opening with its kind (`Report of the Committee on …`), a kicker over the kind (`Proposal for a` /
    `DIRECTIVE OF …`), or a short title-like line naming a kind of document (`Snow Removal Policy`)."""
    if start >= len(blocks):
        return -1
    first = " ".join(blocks[start].text.split())
    if blocks[start].lines > 3:
        return -1
    if not ISSUER.match(first) or any(ch.isdigit() for ch in first) or NAMES_DOCUMENT.search(first):
        return start + 1 if _owner_over_bare_kind(blocks, start) else _document_under_body(blocks, start)
    for k in range(start + 1, min(len(blocks), start + 1 + ISSUER_REACH)):
        text = " ".join(blocks[k].text.split())
        if len(text.split()) <= DOCUMENT_NAME_WORDS and NAMES_DOCUMENT.search(text) and not sg.ends_sentence(text):
            return k if all(ISSUER.match(" ".join(b.text.split())) for b in blocks[start + 1:k]) else -1
    return _document_under_body(blocks, start)


# a cover's kind of document with its year or period and no name of its own ('Annual Report 2031',
# 'Strategic Plan 2030–2034', 'Report and Accounts 2031/32')
BARE_KIND_PERIOD = re.compile(r"^(?:(?:annual|yearly|quarterly|interim|half[- ]year(?:ly)?|sustainability|financial|strategic|corporate"
                              r"|integrated|impact|business|operational)\s+){0,2}(?:report|review|plan|statement|accounts|report and accounts"
                              r"|budget|strategy|yearbook|results)\s*[,:–—-]?\s*(?:(?:fy\s*)?\d{4}(?:\s*[-–/]\s*\d{2,4})?)$", re.I)
OWNER_WORDS = 6   # words of the owner's name over it, at most


def _owner_over_bare_kind(blocks: list[Block], start: int) -> bool:
    """(r27) A short name over a cover's bare kind of document with its year (`Riverside Energy` over
    `Annual Report 2031`): a kind with no name of its own is the owner's, so the name over it is the
    document's author and the kind line its title, never a part heading under a name taken for the
    title — whatever the owner is (a company, a charity, a school: no body's word needed). The name:
    one block, 1-6 words each capitalised (or a short connective), no digit, no end mark."""
    if start + 1 >= len(blocks) or blocks[start].lines > 1 or blocks[start + 1].lines > 1:
        return False
    name, kind = " ".join(blocks[start].text.split()), " ".join(blocks[start + 1].text.split())
    words = name.split()
    if not BARE_KIND_PERIOD.match(kind) or not 1 <= len(words) <= OWNER_WORDS or sg.terminal(name) \
            or any(ch.isdigit() for ch in name) or _DOCUMENT_WORD.search(name):
        return False
    return all(w[:1].isupper() or w in {"of", "and", "for", "the", "&"} for w in words)


COVER_REACH = 6   # blocks under a body's name where the document's name may stand, cover lines between
# a cover's place and date in figures ('Brussels, 21.4.2031', 'Geneva, 3/4/2031')
PLACE_NUMERIC_DATE = re.compile(r"^[A-Z][A-Za-z .'’-]{1,30},\s*\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$")
# the short words a cover's document number holds ('COM(2031) 118 final', 'Distr.: General', '(OR. en)')
# a file's or case's number on a cover ('Docket No. 31-0457', 'File Ref. 12/2031'); a sitting's session ('Session 2030-31')
FILE_NUMBER = re.compile(r"^(?:[A-Z][a-z]+\.?\s+){1,2}(?:No\.?|Number|Ref\.?|#)\s*[\w./-]*\d[\w./-]*$")
# a letterhead's street address ('12 Treasury Road, Eastbrook', '55 ELM STREET')
STREET_ADDRESS = re.compile(r"^\d{1,5}[A-Za-z]?\s+(?:[A-Z][\w'’.-]*\s+){1,4}(?:street|st\.?|road|rd\.?|avenue|ave\.?|lane|drive|square"
                            r"|place|way|boulevard|blvd\.?|plaza|parade|terrace|court)\b(?:,\s*[A-Z][\w .'’-]{1,40})?$", re.I)
_SESSION_LINE = re.compile(r"^(?:[A-Z][a-z]+\s+)?Session\s+\d{4}(?:\s*[-–/]\s*\d{2,4})?$")
CODE_WORDS = frozenset("final distr general limited restricted original english french draft rev add corr".split())
# a line opening with the kind of document it is ('Report of the Committee on …', 'Order Approving …')
KIND_OPENING = re.compile(r"^(?:the\s+|an?\s+)?(?:report|order|opinion|decision|resolution|notice|statement|letter|minutes|votes"
                          r"|memorandum|guidance|guidelines|policy|circular|directive|regulations?|proclamation|practice\s+direction)"
                          r"\b(?:\s+(?:and\s+)?[A-Z(]|\s+(?:of|on|for|to|by|from|concerning)\b)", re.I)


def _cover_line(text: str) -> bool:
    """A line of a document's cover between the issuer's name and the document's: another body's
    name, a date, a place and date, a document or procedure number (digits, short code words)."""
    if not text or sg.terminal(text) and not text.endswith(")"):
        return False
    if en_date(text) or PLACE_NUMERIC_DATE.match(text) or _institution_name(text) or _SESSION_LINE.match(text):
        return True
    if STREET_ADDRESS.match(text):
        return True   # '12 Treasury Road, Eastbrook': the issuer's letterhead address
    if FILE_NUMBER.match(text) and not _DOCUMENT_WORD.search(text):
        return True   # 'Docket No. 31-0457', 'Case No. 12/2031': the file the document sits in, not its name
    words = re.findall(r"[A-Za-z]+", text)
    return (any(ch.isdigit() for ch in text) or text.startswith("(") or ":" in text) and len(text.split()) <= 6 \
        and all(len(w) <= 4 or w.casefold() in CODE_WORDS for w in words)


def _document_under_body(blocks: list[Block], start: int) -> int:
    """(r27entitles) The document's name under a body's name and the cover lines (`_issuer_over_name`),
    or -1."""
    if not _institution_name(blocks[start].text):
        return -1
    for k in range(start + 1, min(len(blocks), start + 1 + COVER_REACH)):
        text = " ".join(blocks[k].text.split())
        if _cover_line(text):
            continue
        if blocks[k].lines > 3 or len(text.split()) > DOCUMENT_NAME_WORDS or sg.ends_sentence(text) or sg.numbering(text) \
                or not _title_like(blocks[k], True):
            return -1
        if NAMES_DOCUMENT.search(text) or KIND_OPENING.match(text) or _DOCUMENT_WORD.search(text) and not _institution_name(text):
            return k
        after = " ".join(blocks[k + 1].text.split()) if k + 1 < len(blocks) else ""
        if KICKER.search(text) and _DOCUMENT_WORD.search(after):
            return k   # 'Proposal for a' over 'DIRECTIVE OF THE EUROPEAN PARLIAMENT …': the kicker opens the name
        return -1
    return -1


DOCUMENT_NAME_WORDS = 16   # words of a document's name line under its issuer
JURISDICTION_AGAIN = 12    # blocks under the name where the text names the place again


def _name_over_maker(text: str) -> tuple[str, str] | None:
    """(r22legal) A legal instrument's name over the body that made it, the two lines one block
    (`Constitution of Tonga` / `Government of Tonga`: a reading site's page title over its author
    line): (name, maker) when the text ends with a maker (sg.ISSUER_OF) whose place the name
    (sg.INSTRUMENT_NAME) names too, else None. The maker is the author, not a word of the title."""
    words = text.split()
    for k in range(2, len(words) - 1):
        name, maker = " ".join(words[:k]), " ".join(words[k:])
        issuer = sg.ISSUER_OF.match(maker)
        if issuer and sg.INSTRUMENT_NAME.match(name) and issuer["place"].casefold() in name.casefold():
            return name, maker
    return None


def _jurisdiction_over_name(blocks: list[Block], start: int) -> int:
    """(r22legal) The index of a legal instrument's name (sg.INSTRUMENT_NAME) right under a
    jurisdiction's name alone at the top (`Malawi` over `General Interpretation Act`, the two lines cut
    apart by blocks._jurisdiction_over_name), or -1. The place names where the Act runs, not the Act:
    the title is the name; the headline as written keeps the place (<titleabbrev>, so no letter of the
    text is lost). The place must be named again, in the instrument's name or in the blocks under it
    (JURISDICTION_AGAIN), so a section label or a site's word over an Act's name is not taken for one.
    A place further up, over a gazette's cover lines, is left alone: the cover would then print after
    the title and the body's order be lost. Nor is a name's first half a place: when the text reads the
    line on into the name's first word ('Maldives Monetary' / 'Authority Act 1981' under '… of Maldives
    Monetary Authority …'), the name was wrapped (r26)."""
    if start + 1 >= len(blocks) or blocks[start].lines != 1 or not sg.JURISDICTION.match(blocks[start].text.strip()):
        return -1
    key = blocks[start].text.strip().casefold()
    name = " ".join(blocks[start + 1].text.split())
    if blocks[start + 1].lines != 1 or not sg.INSTRUMENT_NAME.match(name):
        return -1
    again = key in name.casefold() or any(key in b.text.casefold() for b in blocks[start + 2:start + 2 + JURISDICTION_AGAIN])
    # (r26) the text names the two lines as one name ('Maldives Monetary' / 'Authority Act 1981' under
    # '… establishment of Maldives Monetary Authority …'): the name wrapped, the first line no place
    under = " ".join(" ".join(b.text.split()) for b in blocks[start + 2:start + 2 + JURISDICTION_AGAIN]).casefold()
    wrapped = f"{' '.join(key.split())} {name.split()[0].casefold()}" in under
    return start + 1 if again and not wrapped else -1


# (r26legal) the lines of a revised edition's cover over the Act's name: the collection ('LAWS OF TRINARA',
# 'REVISED EDITION 1990'), the Act's chapter in it ('CHAPTER 48:02', 'Cap. 214'), its number ('Act 5 of 1966')
COLLECTION_LINE = re.compile(r"^(?:(?:THE\s+|The\s+)?(?:REVISED\s+|Revised\s+)?(?:LAWS|Laws)\s+(?:OF|of)\s+\S.{2,60}"
                             r"|(?:REVISED|Revised)\s+(?:EDITION|Edition)(?:\s+\S+){0,3}"
                             r"|(?:CHAPTER|Chapter|CAP\.?|Cap\.?|Chap\.)\s+\d{1,4}(?::\d{1,3})?[A-Z]?)$")
COLLECTION_REACH = 4   # blocks of the cover over the name


def _collection_over_name(blocks: list[Block], start: int) -> int:
    """(r26legal) A revised edition's cover: the collection's name ('LAWS OF TRINARA'), maybe its edition
    and the Act's chapter number in it, over the Act's own name ('HARBOURS ACT'): the collection names
    the set of laws the Act is filed in, not the text, so the name is the title and the lines over it
    front matter. The name's index, or -1."""
    if start >= len(blocks) or not COLLECTION_LINE.match(" ".join(blocks[start].text.split())) \
            or not re.match(r"^(?:THE\s+|The\s+)?(?:REVISED\s+|Revised\s+)?(?:LAWS|Laws)\s", blocks[start].text.strip()):
        return -1
    for k in range(start + 1, min(len(blocks), start + 1 + COLLECTION_REACH)):
        text = " ".join(blocks[k].text.split())
        if blocks[k].lines == 1 and sg.INSTRUMENT_NAME.match(text):
            return k
        if not COLLECTION_LINE.match(text) and not SERIAL_LINE.match(text):
            return -1
    return -1


def _designated_repeat(label: str, nxt: str, title: str) -> bool:
    """The title written again under a short designation (round6, xxg2: a revised edition's
    `CHAPTER 2` over `ACTS OF PARLIAMENT ACT.`): the number files the Act in a collection, it
    divides nothing, so both lines are front matter, not a chapter heading. The designation is
    numbered and short; the next line, compared without case, spaces and a stop, is the title."""
    key = lambda t: "".join(t.casefold().split()).rstrip(".:")
    return 0 < len(label.split()) <= DESIGNATION_WORDS and bool(re.search(r"\d|\b[IVXLC]{1,6}\b", label)) \
        and bool(key(title)) and key(nxt) == key(title)


CAPTION_WORDS = 30   # words of a photo's caption with its credit (clean.rules_cms_en.CAPTION_WORDS)
LEAD_LINES = 3   # a date, a dateline and a speaker at most before a text's first words


# a section head numbered bare: '1   Short title', '12 Offences' (a number, spaces, a capital)
BARE_SECTION = re.compile(r"^(?P<n>\d{1,3})\s+[A-Z]")
SECTION_SEARCH = 40   # blocks: the next section stands within a short Act's first sections


def _first_numbered_section(blocks: list[Block], i: int) -> bool:
    """(round13en) The line after a text's opening date notes is the first of its numbered
    sections (`1   Short title`, with `2   Interpretation` below it): a statute page without its
    title line opens with its sections, and the first section's head names a provision, not the
    Act. The title then comes from the text (its short-title clause)."""
    first = BARE_SECTION.match(blocks[i].text.strip())
    if not first or blocks[i].lines != 1:
        return False
    after = str(int(first["n"]) + 1)
    return any((m := BARE_SECTION.match(b.text.strip())) and m["n"] == after for b in blocks[i + 1:i + SECTION_SEARCH])


def _written_again(blocks: list[Block], start: int, first: str) -> bool:
    """The title line's words stand again below it (in any case): that copy keeps them."""
    key = " ".join(first.split()).casefold()
    return any(" ".join(b.text.split()).casefold() == key for b in blocks[start + 1:])


def _office_under_speaker(blocks: list[Block], i: int, lead: int) -> bool:
    """(r33enspeech) 'Minister of Finance' right under 'Hon. Jane Example' opening the text: the
    speaker's office (english.OFFICE), front matter with the name, never the title."""
    return lead > 0 and OFFICE.match(blocks[i].text.strip()) is not None \
        and not_a_title(blocks[i - 1].text, True) == "a speaker's name"


def _read_lead(blocks: list[Block], start: int, end: int, english: bool, out: TitleBlock) -> int:
    """Take the date, dateline and speaker lines that open a text without its title line into the
    title block (date, subtitle, speaker, front matter); the index of the block after them."""
    i = start
    while i < end:
        text = blocks[i].text
        kind = not_a_title(text, english)
        if (kind == "a speaker line" or not kind and not english and speaker_line(text.strip())) and not out.authors:
            out.authors.append(_speaker(text))
            out.author_blocks.append(blocks[i])
        elif kind == "a dateline" and not out.subtitle:
            dateline, speaker = _split_speaker(text)
            while _dateline_open(dateline) and i + 1 < len(blocks) and len(blocks[i + 1].text) <= 30 \
                    and not sg.ends_sentence(blocks[i + 1].text):
                i += 1
                end = max(end, i + 1)
                dateline += blocks[i].text
            if speaker and not out.authors:
                out.authors.append(speaker)
            out.subtitle = dateline
            out.date = iso_date("".join(dateline.split())) or out.date
        else:   # a date alone, a place and date, a second dateline or speaker: front matter
            out.front.append(blocks[i])
            out.date = out.date or (en_date(text) if english else iso_date("".join(text.split())))
        i += 1
    return i


def latest_amendment(subtitle: str, following: list[Block]) -> str:
    """The date of the latest amendment when a bracketed adoption note lists amendments, else ''.

    '（1982年12月4日…通过' + '根据1988年…、2018年3月11日…修正案》修正）' -> '2018-03-11'. The note may
    close its bracket a few blocks later (a line break in the note)."""
    note = subtitle
    for block in following[:NOTE_BLOCKS]:
        if _bracket_closed(note):
            break
        note += block.text
    if not AMENDED.search(note):
        return ""
    dates = iso_dates(note)
    return max(dates, key=lambda d: (d + "-00-00")[:10]) if dates else ""


def _bracket_open(text: str) -> bool:
    """'（2020年…会议' whose bracket closes on a later line: a wrapped adoption note (the subtitle)."""
    return not _bracket_closed(text)


# a title line that ends on an article or a preposition is a kicker over the title proper
KICKER = re.compile(r"\s(?:a|an|the|of|for|to|on|in|and)$", re.I)
WRAP_LINE_MIN = 50        # characters of a line the page's width wrapped (the headline's first two lines)
WRAP_LAST_WORDS = 6       # words of the headline's last line


def _title_cased(text: str) -> bool:
    """Every word of four letters or more opens with a capital (a number passes): a headline's case."""
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z'’-]*", text) if len(w) >= 4]
    return bool(words) and all(w[0].isupper() for w in words)


def _headline_wrapped_thrice(title: str, mid: Block, last: Block) -> bool:
    """(r27enchrome) A long Title Case headline a narrow print wrapped over three lines: the title's
    line and the next both long (WRAP_LINE_MIN characters), no end mark, the next ending in a word
    that cannot end a headline (KICKER: 'of', 'the', 'and' …) so it goes on into a short last line
    (WRAP_LAST_WORDS words), all three in Title Case ('State of Connecticut Comprehensive Annual
    Financial Report Fiscal Year' / 'Ended June 30, 1997 Introductory Section - State Comptroller
    Letter of' / 'Transmittal'). A paragraph's line holds lower-case words; a heading does not end in 'of'."""
    a, b, c = title.strip(), mid.text.strip(), last.text.strip()
    if mid.lines != 1 or last.lines != 1 or len(a) < WRAP_LINE_MIN or len(b) < WRAP_LINE_MIN:
        return False
    if sg.terminal(a) or sg.terminal(b) or sg.terminal(c) or not KICKER.search(b) or len(c.split()) > WRAP_LAST_WORDS:
        return False
    return all(_title_cased(t) and t[:1].isupper() for t in (a, b, c)) and not sg.numbering(c)


# (r27entitles) an instrument's kind and makers in capitals ('REGULATION OF THE EUROPEAN PARLIAMENT AND OF THE
# COUNCIL', 'DIRECTIVE OF THE COUNCIL') and the line under it opening its purpose in the same capitals
INSTRUMENT_OF_BODY = re.compile(r"\b(?:REGULATION|DIRECTIVE|DECISION|RECOMMENDATION|RESOLUTION|CONVENTION|PROTOCOL|ACT)"
                                r"(?:\s+\([A-Z]+\))?\s+OF\s+THE\s+[A-Z][A-Z ,'’()-]+$")
PURPOSE_OPENING = re.compile(r"^(?:[A-Z]{3,}ING|ON|CONCERNING|RELATING\s+TO|WITH\s+REGARD\s+TO|AS\s+REGARDS)\s+[A-Z(]")
PURPOSE_WORDS = 40   # words of the purpose line at most
# (r49) a speech named by its speaker in capitals ('SPEECH OF SHRI C.D. DESHMUKH MINISTER OF FINANCE'), its occasion in
# the line under it ('INTRODUCING THE BUDGET FOR THE YEAR 1951-52')
SPEECH_OF = re.compile(r"^(?:BUDGET\s+)?(?:SPEECH|ADDRESS|STATEMENT|REMARKS|MESSAGE)\s+(?:OF|BY)\s+[A-Z]")


def _purpose_in_capitals(title: str, block: Block) -> bool:
    """(r27entitles) An EU-style instrument's name set in capitals over two lines: the kind and its makers
    ('REGULATION OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL'), then its purpose in the same capitals
    ('LAYING DOWN HARMONISED RULES ON …', 'ON THE SAFETY OF INLAND FERRIES'): one name. A purpose set in
    lower case ('amending Regulation …') is the document's own line under the name, left apart. (r49) A
    speech named by its speaker the same way ('SPEECH OF SHRI C.D. DESHMUKH MINISTER OF FINANCE' /
    'INTRODUCING THE BUDGET FOR THE YEAR 1951-52': SPEECH_OF)."""
    text = " ".join(block.text.split())
    named = INSTRUMENT_OF_BODY.search(" ".join(title.split())) or SPEECH_OF.match(" ".join(title.split()))
    return bool(named) and block.lines <= 3 and sg.is_all_caps(text) \
        and bool(PURPOSE_OPENING.match(text)) and len(text.split()) <= PURPOSE_WORDS and not sg.terminal(text)


ALTERNATIVE = re.compile(r"^or,?\s+\S", re.I)
ALTERNATIVE_MAX = 60   # characters of the title line before its alternative


def _alternative_title(blocks: list[Block], start: int) -> bool:
    """'Frankenstein;' over 'or, the Modern Prometheus': a book's title set over its alternative
    title ends in ';' or ',' — the line under it, opening with 'or', goes on with it (unseen5, xv3)."""
    if start + 1 >= len(blocks):
        return False
    text = blocks[start].text.strip()
    return text[-1:] in ";," and len(text) <= ALTERNATIVE_MAX and not sg.numbering(text) \
        and bool(ALTERNATIVE.match(blocks[start + 1].text.strip())) and len(blocks[start + 1].text) <= ALTERNATIVE_MAX


def _name_open(text: str) -> bool:
    """A 《…》 title mark opened and not closed on the line: the name runs over the line break."""
    return text.count("《") > text.count("》")


def _bracket_closed(text: str) -> bool:
    return text.count("（") + text.count("(") <= text.count("）") + text.count(")")


def english_author_from_header(removed) -> Author | None:
    """'Author: Lewis Carroll' in the header the cleaner removed (a Gutenberg header)."""
    for removal in removed:
        match = re.match(r"^\s*Author:\s*(.+?)\s*$", removal.text)
        if match:
            return Author(name=match.group(1))
    return None


def english_title_from_header(removed) -> str:
    """'Title: Little Cinderella' in the Gutenberg header the cleaner removed (round15en).

    A book whose title page is only an illustration tag and an imprint (no line reads as the
    title) is still named by its header's Title field, never by the file name.
    """
    for removal in removed:
        if removal.rule != "gutenberg-header":
            continue
        match = re.match(r"^\s*Title:\s*(.+?)\s*$", removal.text)
        if match and len(match.group(1)) <= 120:
            return match.group(1)
    return ""


ACT_NAME = re.compile(
    r"\b(?:this|the present)\s+(?P<name>(?:[A-Z][\w'-]*\s+){0,5}?"
    r"(?:Constitution|Declaration|Act|Charter|Convention|Treaty|Covenant|Statute|Code|Agreement|Protocol"
    r"|Compact|Ordinance|Law|Decree|Proclamation|Regulations?|Rules|By-?[Ll]aws)"   # (r26legal) '… do ordain this Compact for …'
    r"(?:\s+(?:of|for|on|and|the|[A-Z][\w'-]*))*)")


# a statute's short-title clause: 'This Act may be cited as the ``Example Data Act''.' (TeX-style
# quotes in a printed bill, curly or straight ones elsewhere): the name the act gives itself (unseen);
# a city code's designation clause quotes its name too: '… shall be known and designated as the
# “Example City Code”' (round11en)
SHORT_TITLE = re.compile(r"\b(?:may|shall)\s+be\s+(?:cited|referred\s+to|known(?:\s+and\s+(?:designated|cited))?)\s+as\s+(?:the\s+)?(?:``|[\"“‘'])\s*"
                         # (r44) a page that lost its closing quote's encoding shows a double prime or U+FFFD for it
                         r"(?P<name>[A-Z][^`\"”’'″\ufffd]{2,118}?)\s*(?:''|[\"”’'″\ufffd])"
                         # unquoted, as Commonwealth acts write it: '… may be cited as the
                         # Anti-Corruption Act, 2023.', '… may be called the … Act, 2009.' (India) —
                         # the name up to its kind and year (unseen5, xv1, xv9); a US bill's year
                         # after 'of': '… may be cited as the Example Transparency Act of 2031.' (round16en)
                         r"|\b(?:may|shall)\s+be\s+(?:cited\s+as|called)\s+(?:the\s+)?(?P<bare>[A-Z][\w'’-]*(?:\s+[\w'’()-]+){0,10}?"
                         r"\s+(?:Act|Ordinance|Regulations|Rules|Order|Code|Law|By-?laws?)(?:,?\s+(?:of\s+)?\d{4})?)"
                         r"\s*(?:[.;]|,?\s+and\s+(?:shall|comes?|will)\b)")   # '… Act, 2031 and shall come into operation …' (r26legal)
ACT_WORDS = {"Constitution", "Declaration", "Act", "Charter", "Convention", "Treaty", "Covenant", "Statute", "Code",
             "Agreement", "Protocol", "Compact", "Ordinance", "Law", "Decree", "Proclamation", "Regulation", "Regulations",
             "Rules", "Bylaws", "By-laws", "By-Laws"}


# round16en; (r28acts) or inside the name, its first words capitalised before the break ('… may be cited as
# the Saint Lucia' / 'and the Islands Constitution Act, 2031.': a PDF page's line end cut the block)
CLAUSE_BROKEN = re.compile(r"\b(?:may|shall)\s+be\s+(?:cited|called|known)\s+as(?:\s+the)?(?:\s+[A-Z][\w'’-]*){0,6}\s*$")


# (r42) A SHORT-TITLE CLAUSE WHOSE LAST LINE THE PDF's TEXT SET ABOVE IT: an extraction that orders a
# page's lines by their baselines puts the clause's wrapped tail, level with the section's number in the
# margin, over the clause's first line ('1.' / '(Amendment) Act, 2024.' / 'This Act may be cited as the
# Law Revision and Law Reform'): the clause ends in the name's first words, no mark, and the block over it
# is the name's end, its kind and year, closed by a stop (after the section's number, if it came along)
CLAUSE_OPEN_END = re.compile(r"\b(?:may|shall)\s+be\s+(?:cited|called)\s+as(?:\s+the)?(?:\s+(?:[A-Z][\w'’-]*|and|of|for|the|on|in)){1,10}\s*$")
NAME_TAIL = re.compile(r"^(?:\d{1,3}[A-Z]?\.\s+)?(?P<tail>(?:\([A-Z][a-z]+\)\s+)?(?:[A-Z][\w'’-]*\s+){0,4}"
                       r"(?:Act|Ordinance|Regulations|Rules|Order|Code|By-?laws?),?\s+\d{4}\.)$")


def short_title(paragraphs: list[str]) -> str:
    """The name a statute's short-title clause gives it ('This Act may be cited as the ``Example
    Data Act''.'), or ''. A clause broken after its verb ('… may be cited as the' / 'Example
    Transparency Act of 2031.', a bill's text wrapped in its markup) reads on into the next
    paragraph (round16en). (r42) A clause ending in the name's first words whose tail a PDF's text set
    ABOVE it ('(Amendment) Act, 2024.' over 'This Act may be cited as the Law Revision and Law
    Reform', NAME_TAIL) reads on with that block."""
    for k, text in enumerate(paragraphs):
        if k and CLAUSE_OPEN_END.search(text) and (tail := NAME_TAIL.match(paragraphs[k - 1].strip())):
            text = f"{text} {tail['tail']}"   # (r42) the name's last words set over the clause's first line
        elif CLAUSE_BROKEN.search(text) and k + 1 < len(paragraphs):
            text = f"{text} {paragraphs[k + 1]}"
        cited = SHORT_TITLE.search(text.replace("**", ""))   # a bold clause opening ('**1. (1) This Act …**'; round7)
        if cited:
            return " ".join((cited["name"] or cited["bare"]).split())
    return ""


# a periodical's masthead: the gazette or journal that prints a law names the issue, not the law (round11en)
MASTHEAD = re.compile(r"^(?:[A-Z][\w'’-]*\s+){0,4}(?:Gazette|Official\s+Journal|Bulletin)(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?$", re.I)


# (round16en) a bill's cover lines read as the title: the Congress and session, the bill's number,
# the chamber ('112th CONGRESS 1st Session H. R. 841 IN THE HOUSE OF REPRESENTATIVES')
# (r44) a legislature's session under its number on an Act's cover ('Second Regular Session', 'Third Special Session')
COVER_SESSION = re.compile(r"^(?i:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?i:(?:regular|special|extraordinary|ordinary)\s+)?"
                           r"(?i:session)$")
# (r44) or the legislature's number alone in words or figures, the first line of an Act's title block
# ('Fifteenth Congress', '12th Parliament', 'Seventh Legislature'): which sitting passed it, not what
BILL_COVER = re.compile(r"\bCONGRESS\b.{0,40}\bSession\b|\bIN THE (?:HOUSE OF REPRESENTATIVES|SENATE)\b"
                        r"|^\W*(?:[HS]\.\s?(?:R\.|Res\.|J\.\s?Res\.)?|[HS]B)\s?\d{1,5}\W*$"
                        r"|^(?i:\d{1,3}(?:st|nd|rd|th)|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)?-?"
                        r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth"
                        r"|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth))"
                        r"\s+(?i:Congress|Legislature|Parliament|General\s+Assembly|Legislative\s+Assembly)$")


# (r42) A BILL'S MEMORANDUM LABEL taken for the title: a Commonwealth bill prints its explanatory memorandum
# ('OBJECTS AND REASONS', 'EXPLANATORY MEMORANDUM', 'MEMORANDUM OF OBJECTS AND REASONS') before its cover,
# so the label opens the text; it heads the memorandum, the short-title clause names the bill
MEMORANDUM_LABEL = re.compile(r"^(?i:(?:memorandum\s+of\s+)?objects\s+and\s+reasons|explanatory\s+(?:memorandum|note|statement)"
                              r"|statement\s+of\s+objects\s+and\s+reasons)$")


def act_under_masthead(title: str, paragraphs: list[str]) -> str:
    """A gazette's page carrying one law: the title line is the periodical's masthead ('Special
    Official Gazette', 'The Provincial Gazette'), and the law's short-title clause ('This Ordinance
    may be cited as “The … Ordinance, 1920”') names what the page holds: that name, else ''.
    A bill's cover lines taken for the title ('112th CONGRESS 1st Session H. R. 841 IN THE HOUSE OF
    REPRESENTATIVES') give way the same way to the bill's short title (round16en), and so does an Act's
    long title taken for the title when no name line stands over it ('AN ACT to regulate the keeping of
    dangerous dogs …', r26legal): it says what the Act is for, its short-title clause names it. So does
    (r42) a bill's memorandum label opening the text ('OBJECTS AND REASONS', MEMORANDUM_LABEL)."""
    flat = " ".join(title.split())
    if not (MASTHEAD.match(flat) or BILL_COVER.search(flat) or LONG_TITLE.match(flat) or jurisdiction_over_act(flat, paragraphs)
            or MEMORANDUM_LABEL.match(flat)):
        return ""
    return short_title(paragraphs)


# (r40enlegal) the enacting state's name alone at the head of an Act's title block ('SAMOA', 'REPUBLIC OF
# VANUATU', 'FIJI ISLANDS'): one to four words, no word naming a kind of instrument
JURISDICTION = re.compile(r"^(?P<form>(?i:(?:the\s+)?(?:republic|kingdom|state|commonwealth|independent\s+state|federation|principality"
                          r"|federated\s+states|territory|province)\s+of\s+(?:the\s+)?))?[A-Z][\w'’-]+(?:\s+(?i:and\s+)?[A-Z][\w'’-]+){0,3}$")
ENACTING = re.compile(r"\b(?:be\s+it\s+enacted|enacted\s+by\s+the|it\s+is\s+hereby\s+enacted)\b", re.I)


def jurisdiction_over_act(title: str, paragraphs: list[str]) -> bool:
    """(r40enlegal) The title read is the enacting state's name over an Act's title block ('SAMOA' over
    its arrangement, long title and `BE IT ENACTED by the Legislative Assembly of Samoa …`): it says who
    enacts, not what; the Act's short-title clause names the text (a jurisdiction line of the title block
    stays front matter). True when the name has no instrument word and an enacting formula follows that
    names the state too (or the name is a state's form, 'REPUBLIC OF …')."""
    match = JURISDICTION.match(title)
    if not match or set(title.replace(",", " ").split()) & ACT_WORDS \
            or any(w.casefold() in {"act", "code", "law", "ordinance", "constitution", "regulations", "rules"} for w in title.split()):
        return False
    formulas = [p for p in paragraphs[:12] if ENACTING.search(p)]
    # the state's name in the formula ('… Legislative Assembly of Samoa …'), or a state's form ('REPUBLIC OF …')
    return bool(formulas) and (bool(match["form"]) or any(title.casefold() in p.casefold() for p in formulas))


# (unseen14) a code's section line: the section sign, its number and its caption, closed by a period
# as a regulation prints it ('§ 21.11 Standard organization of the Code of Federal Regulations.')
CODE_SECTION_LINE = re.compile(r"^§\s*\d{1,5}(?:\.\d{1,5}){0,3}[a-z]?\s+[A-Z][^§]{3,150}$")


def title_from_text(paragraphs: list[str], first_heading: str) -> str:
    """A text without a title line names itself: the name its short-title clause gives it ('This Act
    may be cited as the ``Example Data Act''.'), or the legal act's name as its enacting words give
    it ('… establish this Constitution for the United States of America.'), else its first heading.
    A bare 'this Act' names nothing: the search goes on. A page of one regulation section is named by
    its section line among the first paragraphs ('§ 21.11 Standard organization of …', unseen14)."""
    cited = short_title(paragraphs[:12])
    if cited:
        return cited
    section = next((text.strip() for text in paragraphs[:6] if CODE_SECTION_LINE.match(text.strip())), "")
    if section:
        return section   # a regulation's page of one section: its section line names it (unseen14)
    for text in paragraphs[:12]:
        for match in ACT_NAME.finditer(text):
            words = match["name"].split()
            while words and words[-1] in SMALL_WORDS:
                words.pop()
            if len(words) == 1 and words[0] in ACT_WORDS:
                continue
            return " ".join(words)
    return first_heading


# A text without a title line may still say what it is: a heading that names the document
# ('关于第六个五年计划的报告', 'Report on the Work of the Government'), or a government work report's
# opening words ('我代表国务院，向大会作政府工作报告', '我代表國務院向大會報告過去五年的工作').
NAMING_HEADING = re.compile(r"(?:报告|報告|讲话|講話|致辞|致辭|发言|發言)$|^(?:Report|Address|Speech|Statement)\s+(?:on|to|of|by)\s")
WORK_REPORT = re.compile(r"(?:我代表(?:国务院|國務院|[\u4e00-\u9fff]{2,20}?(?:人民政府|政府))|受[\u4e00-\u9fff]{1,20}?(?:人民政府|政府)的?委托)[，,、\s]*向(?:大会|大會)"
                         r"(?:作|做)?(?:政府工作|工作)?(?P<word>报告|報告)")   # '向大会作工作报告' (r25notitle)


def naming_heading(headings: list[str]) -> str:
    """The first unnumbered heading that names a document ('…报告', '…讲话', 'Report on …'), else ''."""
    return next((h for h in headings if NAMING_HEADING.search(h) and not sg.numbering(h) and len(h) <= 60), "")


# A reprint that names the document it carries only in book-title marks, in its lead-in: '…印发了
# 《关于…的意见》，并发出通知…' / '《关于…的意见》全文如下。' (a news site's copy of a policy
# document, its title line left out). The name must end in a document's kind.
# In Traditional script too (unseen4: '…辦公廳發布《山西省鄉村振興責任制實施細則》', an encyclopedia
# mirror's publication note over the rules).
_REPRINTED_KIND = (r"(?:意见|意見|通知|决定|決定|办法|辦法|条例|條例|规定|規定|规划|規劃|方案|纲要|綱要|报告|報告|细则|細則|法"
                   r"|纪要|紀要|公报|公報|指南|计划|計劃)")
REPRINTED_NAME = re.compile(
    rf"(?:印发(?:了)?|印發(?:了)?|发布(?:了)?|發布(?:了)?|發佈(?:了)?|公布(?:了)?|公佈(?:了)?)《(?P<a>[^《》]{{4,60}}?{_REPRINTED_KIND})》"
    rf"|《(?P<b>[^《》]{{4,60}}?{_REPRINTED_KIND})》(?:全文|原文)(?:如下|发布|發布|公布|公佈)")


# (r28notitle) A notice that relays a higher body's notice, its own title line not printed: its first
# paragraph opens on the notice it acts on ('根据市科技局《关于组织申报2021年度…项目的通知》，…，现将
# 有关事项通知如下：', '按照省委组织部《关于…的通知》要求，…'), and says it gives notice itself
# ('通知如下', RELAY_GIVES_NOTICE). Such a notice repeats the relayed notice's name ('关于组织申报…的通知'):
# that name, as the 《》 write it. Only a 通知 cited at the paragraph's head, only when the paragraph notifies.
RELAYED_NOTICE = re.compile(r"^(?:根据|根據|按照|依据|依據|依照)[^《》，,。；;]{0,24}?《(?P<name>(?:关于|關於|關于)"
                            r"(?!印发|印發|发布|發布|發佈|公布|公佈|转发|轉發)[^《》]{4,60}?的通知)》")   # the higher body publishing
#   or forwarding a text ('关于印发…的通知', '关于发布…指南的通知') is its own act, not the one relayed
RELAY_GIVES_NOTICE = re.compile(r"通知如下|通知如次|特此通知")


def reprinted_name(paragraphs: list[str]) -> str:
    """The document a reprint carries, as its lead-in names it in 《》 (the first of the opening
    paragraphs that says it is printed, issued or follows in full), else '' (unseen2); or the name of
    the notice a relaying notice opens on (RELAYED_NOTICE, r28notitle)."""
    for text in paragraphs[:3]:
        match = REPRINTED_NAME.search(text)
        if match:
            return match["a"] or match["b"]
        relayed = RELAYED_NOTICE.match(sg.squeezed(text).strip())
        if relayed and RELAY_GIVES_NOTICE.search(text):
            return relayed["name"]
    return ""


# (r30zhweb) An issued file whose covering notice lost its title line (a portal page that starts at the
# notice's addressee): the document the notice issues stands right under the notice's closing — its
# date ('2020年9月10日', '二〇二九年六月一日') or the release note ('（此件公开发布）') — its name ending in
# a document's kind, maybe set over two lines ('市政府及市政府部门重大政策文件' / '解读制度').
ISSUED_KIND = re.compile(r"(?:制度|办法|辦法|规定|規定|规则|規則|细则|細則|方案|意见|意見|条例|條例|预案|預案|规划|規劃|纲要|綱要"
                         r"|计划|計劃|要点|要點|指引|指南|标准|標準|措施|清单|清單|章程|守则|守則)$")
RELEASE_NOTE = re.compile(r"^[（(]此件[^（）()]{0,8}?(?:公开|公開|发布|發布|印发|印發)[^（）()]{0,4}[）)]$")
CLOSING_DATE = re.compile(rf"^[{CN_DATE_DIGIT}]{{4}}\s*年\s*[{CN_DATE_DIGIT}]{{1,3}}\s*月\s*[{CN_DATE_DIGIT}]{{1,3}}\s*日$")
NAME_PUNCT = re.compile(r"[。，,；;：:！？!?、]")
ATTACHMENT_LABEL = re.compile(r"^(?:附件|附|附件[0-9０-９一二三四五六七八九十]{1,2})$")
CLOSING_REACH = 8        # paragraphs from the top: the notice is short
ISSUED_NAME_LINE = 40    # characters of one line of the name
ISSUED_NAME_MAX = 60     # characters of the whole name


def issued_name_under_closing(paragraphs: list[str]) -> str:
    """(r30zhweb) The name of the document an issuing notice carries, when the notice's own title
    is not in the text: the one or two short lines right under the notice's closing (its date or
    release note; an attachment label alone, '附件', before them) that, joined, end in a document's
    kind (ISSUED_KIND), with no sentence mark, list mark or label colon in them; else ''. An attachment label, a contact line, a numbered heading or
    the signing office under the date name nothing."""
    for i, text in enumerate(paragraphs[:CLOSING_REACH]):
        closing = sg.squeezed(text).strip()
        if not (RELEASE_NOTE.match(closing) or CLOSING_DATE.match(closing)):
            continue
        rest = [sg.squeezed(p).strip() for p in paragraphs[i + 1:i + 4]]
        if rest and ATTACHMENT_LABEL.match(rest[0]):
            rest = rest[1:]   # '附件' / '附件1' alone over the issued document's name
        rest = rest[:2]
        for n in (1, 2):
            parts = rest[:n]
            if len(parts) < n or any(not p or NAME_PUNCT.search(p) or sg.numbering(p) or len(p) > ISSUED_NAME_LINE
                                     or RELEASE_NOTE.match(p) for p in parts):
                break
            name = "".join(parts)
            if ISSUED_KIND.search(name) and len(name) <= ISSUED_NAME_MAX:
                return name
    return ""


# (round16zh) A report with no title line that names itself in its opening sentence: '本年报是根据…要求，
# 由某某镇人民政府编制的2018年度政府信息公开年度报告。', '本年度报告根据…，向社会公开2016年度…年度报告。'
# (a disclosure annual report as a portal prints it, its headline left in the page's frame).
SELF_NAMED = re.compile(r"^本(?:年度)?(?:报告|報告|年报|年報)")
SELF_NAME = re.compile(r"(?:由(?P<issuer>[\u4e00-\u9fff（）()]{2,30}?)(?:编制|編製|编写|編寫)的|(?:编制|編製|编写|編寫)的|公开|公開|发布|發布)"
                       r"(?P<name>[0-9０-９〇零一二三四五六七八九十]{2,4}年度?[^，,。；;、《》：:]{2,36}?(?:年度报告|年度報告|工作报告|工作報告))")


def self_named_report(paragraphs: list[str]) -> str:
    """The name a report gives itself in its first paragraph when it opens with '本报告…'/'本年报…'
    and says it was compiled or is published as '<year>…年度报告' (the issuer before it when the
    sentence names it, '由…编制的'), else ''. Only what the text says: no name is made up."""
    text = paragraphs[0].strip() if paragraphs else ""
    if not SELF_NAMED.match(text):
        return ""
    match = SELF_NAME.search(text.split("。")[0])
    return ((match["issuer"] or "") + match["name"]) if match else ""


def kind_from_opening(paragraphs: list[str]) -> str:
    """'政府工作报告' when the opening paragraphs report to the congress in the government's name
    (in the script they are written in), else ''."""
    for text in paragraphs[:3]:
        match = WORK_REPORT.search(READING.sub("", text))   # '向大會報（bào）告': a converter's readings aside (r25notitle)
        if match:
            return "政府工作" + match["word"]
    return ""


# (r40) a page of a work report with no title block (one page of a paginated reprint, a copy from the
# middle): its paragraphs still address the deputies ('各位代表，五年来，…') and speak in the
# government's name ('在此，我代表市人民政府，向…表示衷心的感谢！')
DEPUTIES = re.compile(r"^(?:各位代表|各位代表们)[，,！!]")
GOVERNMENT_VOICE = re.compile(r"我代表(?:[\u4e00-\u9fff]{1,20}?)?(?:人民政府|政府)[，,、\s]*向")
TRADITIONAL_MARK = re.compile(r"[們這發經國會為與過來時對]")
ADDRESSED_SCAN = 8   # paragraphs


def addressed_report(paragraphs: list[str]) -> str:
    """(r40) '政府工作报告' ('政府工作報告' in Traditional script) when the opening paragraphs of a text
    with no title line both address the deputies at a paragraph's start and speak in the
    government's name to someone: what a government work report does and nothing else, else ''."""
    texts = [READING.sub("", t) for t in paragraphs[:ADDRESSED_SCAN]]
    if any(DEPUTIES.match(t) for t in texts) and any(GOVERNMENT_VOICE.search(t) for t in texts):
        return "政府工作報告" if any(TRADITIONAL_MARK.search(t) for t in texts) else "政府工作报告"
    return ""


# (r25notitle) A regulation with no title line names its subject in its first article, the purpose
# clause: '为了加强城市绿地管理，……，制定本条例。' — a regulation on the management of a thing is
# named '<thing>管理条例' / '…管理办法' (the subject as the clause writes it, the kind as '本…'
# names it). Only the management form: '为了保护…，制定本法' names no title that reliably.
PURPOSE_CLAUSE = re.compile(r"^(?:第[一1]条\s*)?(?:为了|為了|为|為)(?:加强|加強|规范|規範|强化|強化)(?P<subject>[^，,。；;、：:“”《》对對的]{2,30}?(?:管理|管理工作))"
                            r"[，,][^。]{0,120}?(?:制定|制訂|制订)本(?P<kind>条例|條例|办法|辦法|规定|規定|细则|細則)[。.]?")


def purpose_named_rules(paragraphs: list[str]) -> str:
    """'<subject>管理条例' (or 办法, 规定, 细则) when one of the opening paragraphs is a regulation's
    purpose clause ('为了加强<subject>管理，…，制定本条例。', PURPOSE_CLAUSE), else ''."""
    for text in paragraphs[:4]:
        match = PURPOSE_CLAUSE.match(sg.squeezed(text).strip())
        if match:
            return match["subject"] + match["kind"]
    return ""


# (r25notitle) A guide compiled under a law says so in its opening sentence: '…，根据《中华人民共和国
# 政府信息公开条例》…，编制本指南。' — such a guide is named for the law's subject: '政府信息公开指南'
# ('…目录' likewise). The state's name and the law's kind are no part of that name.
GUIDE_UNDER_LAW = re.compile(r"《(?:中华人民共和国|中華人民共和國)?(?P<subject>[^《》]{2,20}?)(?:条例|條例|办法|辦法|规定|規定|法)》"
                             r"[^。《》]{0,30}?(?:编制|編製|编写|編寫)本(?P<kind>指南|目录|目錄)[。.]?")


def guide_under_law(paragraphs: list[str]) -> str:
    """'<law's subject>指南' (or 目录) when an opening paragraph says the text is compiled under a
    law ('根据《…政府信息公开条例》…编制本指南', GUIDE_UNDER_LAW), else ''."""
    for text in paragraphs[:3]:
        match = GUIDE_UNDER_LAW.search(sg.squeezed(text))
        if match:
            return match["subject"] + match["kind"]
    return ""


# (r25notitle) A report a department makes to the standing committee on the government's behalf,
# its headline not printed: the opening sentence says what it reports ('受区人民政府的委托，向区人大
# 常委会报告2022年度区本级预算执行和其他财政收支审计情况，请予审议。'): that subject is the report's
# name, with the place of the level the government entrusting it is ('区', '县', '市', '省'), as the
# lines over it write that place ('某某市某某区审计局局长 某某' → '某某区'). The work report itself
# ('报告政府工作') is kind_from_opening's.
ENTRUSTED_REPORT = re.compile(r"受(?P<level>[区區县縣市省州旗])?[\u4e00-\u9fff]{0,20}?(?:人民政府|政府)的?委托[，,]?"
                              r"(?:现|現)?向[\u4e00-\u9fff]{2,20}?(?:报告|報告)(?P<subject>[^，,。；;]{6,60}?)[，,]请(?:予)?审议")
_PLACE_OF = {level: re.compile(rf"(?:^|[省市州])(?P<place>[^\s省市州区區县縣\d（）()]{{2,6}}?{level})") for level in "区區县縣市省州旗"}


def entrusted_report(paragraphs: list[str], top_lines: list[str]) -> str:
    """'<place><subject>' when an opening paragraph reports a subject to the standing committee on a
    government's behalf ('受区人民政府的委托，向…报告<subject>，请予审议', ENTRUSTED_REPORT), the place
    being the first of the top lines' names of that level (`top_lines`: the speaker's body over it),
    or the subject alone; else ''. The government's own work is not a subject here."""
    for text in paragraphs[:4]:
        match = ENTRUSTED_REPORT.search(sg.squeezed(text))
        if not match or re.match(r"^(?:政府)?工作$", match["subject"]):
            continue
        subject, level = match["subject"], match["level"]
        place = next((m["place"] for line in (top_lines if level else [])
                      if (m := _PLACE_OF[level].search(sg.squeezed(line)))), "")
        return place + subject if place and not subject.startswith(place) else subject
    return ""


# (r25notitle) A statistics page on the economy's run over a period, its headline left in the
# page's frame: the opening sentence gives the period and the whole area's gross product ('一季度，
# 全县实现地区生产总值…', '1-6月，全区实现…'). Such briefs are named '<period><area>经济运行情况'
# (the kind every such page bears, the period and area as the sentence writes them).
ECONOMY_BRIEF = re.compile(r"^(?P<period>(?:(?:19|20)\d\d年)?(?:[一二三四1-4]季度|上半年|前三季度|1?\d[-—~至]1?\d月|全年))[，,]"
                           r"(?P<area>全(?:县|縣|区|區|市|省|州|旗))[^。，,]{0,8}?(?:实现|實現)?(?:地区|地區)?(?:生产|生產)(?:总值|總值)")


def economy_brief(paragraphs: list[str], language: str) -> str:
    """'<period><area>经济运行情况' (in the text's script) when the first paragraph opens with a
    period and the whole area's gross product (ECONOMY_BRIEF), else ''."""
    match = ECONOMY_BRIEF.match(sg.squeezed(paragraphs[0]).strip()) if paragraphs else None
    if not match:
        return ""
    return match["period"] + match["area"] + ("經濟運行情況" if language == "zh-TW" else "经济运行情况")


# (round21zh) a statistical bulletin's page that prints no headline: the year's review opens it
# ('2015年，面对…' / '2021年是…'), its first part is the economy as a whole ('一、综合', '一、綜合'), and
# that part reports the year's gross regional product ('地区生产总值'); 国民经济和社会发展统计公报 is
# the name every such bulletin bears, the year the one its opening names
BULLETIN_FIRST_PART = re.compile(r"^[一1][、.．]\s*(?:综\s*合|綜\s*合)$")
BULLETIN_YEAR = re.compile(r"^\s*(?P<year>(?:19|20)\d\d)年")
BULLETIN_ECONOMY = re.compile(r"(?:地区|地區|国内|國內)?(?:生产|生產)总值|(?:生产|生產)總值")
BULLETIN_NAME = {"zh-TW": "國民經濟和社會發展統計公報", "zh-CN": "国民经济和社会发展统计公报"}


# a statistics bureau named by its place ('珠海市统计局'): the place its bulletin is named for (r25entitle)
STATISTICS_BUREAU = re.compile(r"^(?P<place>[\u4e00-\u9fff]{2,12}?[省市县縣区區州旗盟])(?:统计局|統計局)$")


def bulletin_from_parts(opening: list[str], first_heading: str, first_part: list[str], language: str,
                        issuers: tuple[str, ...] = ()) -> str:
    """'2015年国民经济和社会发展统计公报' for a statistical bulletin with no title line: the opening
    paragraph reviews a year ('2015年，…', BULLETIN_YEAR), the first part is '一、综合' and its first
    paragraphs give the gross regional product (BULLETIN_ECONOMY). The year is the opening's, the
    name the kind's, in the text's script; else '' (round21zh). Issued by a statistics bureau named
    by its place (`issuers`: '珠海市统计局' in the byline over it), the name opens with that place
    (r25entitle). A bulletin whose first part is
    another topic, or an opening with no year, names nothing."""
    opening = [t for t in opening if not sg.BARE_DATE.match(sg.squeezed(t))]   # the byline's date is the issue's, not the year reviewed
    year = next((m["year"] for t in opening[:1] if (m := BULLETIN_YEAR.match(t))), "")
    if not year or not BULLETIN_FIRST_PART.match(first_heading.strip()):
        return ""
    if not any(BULLETIN_ECONOMY.search(READING.sub("", t)) for t in first_part[:2]):   # '生產(chǎn)總值': a converter's readings aside
        return ""
    place = next((m["place"] for name in issuers if (m := STATISTICS_BUREAU.match(READING.sub("", sg.squeezed(name))))), "")
    return place + year + "年" + BULLETIN_NAME["zh-TW" if language == "zh-TW" else "zh-CN"]


# A README may name its project only in its logo: the first image's title or alt attribute
# ('<img src="./logo.svg" title="pcl.js">', '![pcl.js](logo.png)') or the first link's text over the
# text. Badges ('![Build Status](…shields.io…)') and generic words name nothing; the name must also
# occur in the kept text, so a picture's caption never titles a text that does not mention it.
IMG_TAG = re.compile(r"<img\b[^>]*>", re.I)
ATTRIBUTE = {key: re.compile(rf"\b{key}\s*=\s*\"(?P<value>[^\"<>=]*)\"", re.I) for key in ("title", "alt")}
MD_IMAGE = re.compile(r"!\[(?P<alt>[^\]\[]*)\]\((?P<src>[^)\s]*)(?:\s+\"(?P<title>[^\"]*)\")?\)")
LINK_TEXT = re.compile(r"<a\b[^>]*>(?P<text>[^<>]+)</a>|(?<!!)\[(?P<md>[^\]\[!]+)\]\(", re.I)
BADGE_SOURCE = re.compile(r"badge|shields\.io|travis-ci|codecov|circleci|github\.com/[^\s\"]*/workflows", re.I)
GENERIC_NAME = re.compile(r"^(?:logo|banner|badge|icon|image|picture|screenshot|demo|header|cover|build|status|"
                          r"license|coverage|version|downloads?|stars?|npm|ci|docs?|chat|home|homepage|website"
                          r"|previous|prev|next|index|contents|up|back)$", re.I)   # (round10en) a pager's links name no project
MARKUP_TOP = 5        # lines: the logo sits at the very top of the file
MARKUP_NAME_MAX = 40  # characters: a project's name, not a sentence


def markup_name(removed, lines, line_numbers) -> tuple[str, int]:
    """The project's name from the first picture's title/alt or the first link text at the top of a
    Markdown/HTML text (removed markup lines and kept image lines before the first line of words),
    when that name occurs in the kept text too, and the line it stands on; else ('', 0)."""
    first_words = next((n for n, text in zip(line_numbers, lines) if text.strip() and not sg.is_image_line(text)), 0)
    top = sorted([(r.line, r.text) for r in removed if r.line <= min(first_words, MARKUP_TOP)]
                 + [(n, t) for n, t in zip(line_numbers, lines) if n < first_words and sg.is_image_line(t)])
    kept = "\n".join(lines).casefold()
    for line, text in top:
        for name in _names_in(text):
            name = re.sub(r"(?i)\s*\blogo\b\s*", " ", name).strip()
            if 2 <= len(name) <= MARKUP_NAME_MAX and sg.has_word(name) and not GENERIC_NAME.match(name) \
                    and name.casefold() in kept:
                return name, line
    return "", 0


def _names_in(text: str):
    """Candidate names in one line, in order: each picture's title then alt, then link texts."""
    for tag in IMG_TAG.findall(text):
        if not BADGE_SOURCE.search(tag):
            yield from (m["value"].strip() for key in ("title", "alt") for m in [ATTRIBUTE[key].search(tag)] if m)
    for m in MD_IMAGE.finditer(text):
        if not BADGE_SOURCE.search(m["src"]):
            yield from (v.strip() for v in (m["title"], m["alt"]) if v)
    for m in LINK_TEXT.finditer(text):
        yield (m["text"] or m["md"]).strip()
