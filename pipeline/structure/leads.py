"""Run-in leads: a short first sentence that opens a paragraph and heads it.

'服务业主体地位更加凸显。区域第三产业…' -> lead '服务业主体地位更加凸显。', text '区域第三产业…'.
Two kinds:
- numbered: the sentence opens with a numbering ('（一）…。', '一是…，…。'); it may hold commas;
- short: at most MAX_SHORT characters, no comma; it counts only next to another
  lead (leads come in runs; a lone '2008年是极不平凡的一年。' is plain prose), a numbered
  one included ('（四）积极推进改革开放。…' + '调整对外贸易结构。…'), or two paragraphs from another
  short one with one unled paragraph between (a section's topic sentences, one paragraph of
  detail after the first: '农业生产稳步提高。…' / '…' / '渔业生产稳定发展。…'; unseen, xu7);
- clause: as short, with one comma between two clauses ('发展老龄事业，积极应对人口老龄化。'),
  counted next to another lead only;
- parallel: short sentences opening a run of PARALLEL_RUN paragraphs with the same
  short clause ('这五年，我区经济繁荣的基础更加坚实。' ×4); the comma is then allowed.
- dash: a run of paragraphs opening with '——' and a short sentence ('——经济平稳快速增长。…'),
  the achievements a report lists; the comma is allowed, the dash stays in the lead;
- article: a law's article number ('第一条　中华人民共和国是…') is the lead of its paragraph.
- ordinal: paragraphs opening with the ordinals of a series ('第一，…' '第二，…', '第一、…' '第二、…',
  or '首先，…' '其次，…' '最后，…') in a run: a speech's or an older report's numbered points. The
  lead is the first sentence (a long one too: it is what the point says), or, past MAX_ORDINAL, the
  ordinal's first clause.
A numbered term ending in '：' on its own line ('1.“四上”企业：') is the lead of
the definition that follows it (a glossary entry).
"""
from __future__ import annotations

import re

from . import signals as sg

MAX_SHORT = 30
MAX_NUMBERED = 60
MAX_OPENER = 6        # '这五年，' — the shared opening clause of a parallel run
PARALLEL_RUN = 3
_FIRST = re.compile(rf"^.{{2,{MAX_NUMBERED}}}?[。](?:[”’」』])?")


def _first_sentence(text: str) -> str:
    match = _FIRST.match(text)
    return match.group(0) if match else ""


def _numbered_lead(text: str) -> str:
    first = _first_sentence(text)
    return first if first and sg.numbering(first) and not sg.DASH_ITEM.match(first) else ""


def _article_lead(text: str) -> str:
    """'第一条' of '第一条　中华人民共和国是…': a law's article number runs in."""
    match = sg.ARTICLE.match(text)
    return match.group(0) if match else ""


MAX_DASH = 32   # '——社会事业加快发展，人民生活进一步改善。'


def _dash_lead(text: str) -> str:
    """'——经济平稳快速增长。' of '——经济平稳快速增长。国内生产总值…' (counts only next to another)."""
    if not sg.DASH_ITEM.match(text):
        return ""
    first = _first_sentence(text)
    return first if first and len(first) <= MAX_DASH and not any(ch in "！？!?" for ch in first) else ""


def _short_lead(text: str) -> str:
    first = _first_sentence(text)
    if not first or len(first) > MAX_SHORT or sg.has_clause_mark(first) or sg.DASH_ITEM.match(first):
        return ""
    return first if not any(ch in "！？!?" for ch in first) else ""


def _opener(sentence: str) -> str:
    """The opening clause shared by parallel leads: '这五年' of '这五年，我区…坚实。'."""
    head = re.split(r"[，,]", sentence, maxsplit=1)
    return head[0] if len(head) == 2 and len(head[0]) <= MAX_OPENER else ""


def _parallel_leads(texts: list[str]) -> list[str]:
    """Leads of runs of paragraphs opening with the same short clause and a short sentence."""
    firsts = [_first_sentence(t) for t in texts]
    keys = [_opener(f) if f and len(f) <= MAX_SHORT and not sg.DASH_ITEM.match(f) else "" for f in firsts]
    out = [""] * len(texts)
    start = 0
    for i in range(1, len(texts) + 1):
        if i == len(texts) or not keys[i] or keys[i] != keys[start]:
            if keys[start] and i - start >= PARALLEL_RUN:
                out[start:i] = firsts[start:i]
            start = i
    return out


ORDINAL = re.compile(r"^第(?P<n>[一二三四五六七八九十]{1,3})[，、：,:]")
SEQUENCE = re.compile(r"^(?P<word>首先|其次|再次|然后|最后)[，,]")
MAX_ORDINAL = 150     # characters: a longer first sentence leaves only the ordinal's first clause as lead
_SENTENCE = re.compile(r"^.+?[。！？](?:[”’」』])?")
_CLAUSE = re.compile(r"^.{3,}?[，；,;]")


def _ordinal_text(text: str) -> str:
    """The lead of a paragraph opening with an ordinal: its first sentence, or its first clause
    ('第七，中国的经济遗产是落后的，') when the sentence runs past MAX_ORDINAL."""
    match = _SENTENCE.match(text)
    if match and len(match.group(0)) <= MAX_ORDINAL and sg.has_word(text[match.end():]):
        return match.group(0)
    match = _CLAUSE.match(text)
    return match.group(0) if match and len(match.group(0)) <= MAX_ORDINAL else ""


MAX_GAP = 6           # paragraphs between two items of one series (a point may run over several)


def _ordinal_leads(texts: list[str]) -> list[str]:
    """Leads of paragraphs that open with the ordinals of one series: '第一，' then '第二，' … counting
    up by one (the same mark after each), or '首先，' followed by '其次，'/'再次，'/'然后，'/'最后，';
    each item at most MAX_GAP paragraphs after the one before. An ordinal alone ('第一，' with no
    '第二，' after it) or mid-sentence ('第一是…') is prose."""
    out = [""] * len(texts)
    series: list[int] = []
    mark = ""
    for i, text in enumerate(texts):
        match = ORDINAL.match(text)
        value = sg.cn_value(match["n"]) if match else None
        if value == 1:
            series, mark = [i], text[len(match.group(0)) - 1]
        elif value and series and value == len(series) + 1 and text[len(match.group(0)) - 1] == mark \
                and i - series[-1] <= MAX_GAP:
            series.append(i)
        else:
            continue
        if len(series) >= 2:
            for j in series:
                out[j] = out[j] or _ordinal_text(texts[j])
    for first, text in enumerate(texts):
        if not (SEQUENCE.match(text) and SEQUENCE.match(text)["word"] == "首先"):
            continue
        chain = [first]
        for i in range(first + 1, len(texts)):
            if i - chain[-1] > MAX_GAP:
                break
            match = SEQUENCE.match(texts[i])
            if match and match["word"] == "首先":
                break
            if match:
                chain.append(i)
        if len(chain) >= 2:
            for j in chain:
                out[j] = out[j] or _ordinal_text(texts[j])
    return out


def _rest_is_text(text: str, lead: str) -> bool:
    return sg.has_word(text[len(lead):])


SUBSECTION_LEAD = sg.SUBSECTION_HEAD   # '(a) In General.--' (unseen2)


def _subsection_lead(text: str) -> str:
    """'(a) In General.--' of '(a) In General.--Section 201(d) of …', else ''."""
    match = SUBSECTION_LEAD.match(text)
    return match.group(0) if match and _rest_is_text(text, match.group(0)) else ""


def find_leads(texts: list[str], lang: str, law: bool = False, report: bool = True, cut: bool = False) -> list[str]:
    """For a run of consecutive paragraphs (no heading between), the lead of each ('' if none).
    In a law only the article numbers run in: its other first sentences are its text.
    `report`: the text is numbered like a report (its headings use a Chinese numbering series);
    unnumbered leads (short, two-clause, parallel, dashed first sentences) are that kind's
    convention, so elsewhere (an encyclopedia entry, a page with one unnumbered section) only
    numbered and ordinal leads run in (newdocs round 2, xn8). In English only a legislative
    drafter's subsection headings run in: '(a) In General.--…' (unseen2).
    (r40) A dashed lead counts alone when its paragraph goes on after it (`——生态保护建设工程扎实推进。…`):
    the dash marks a report's list item, prose opens no paragraph with one. `cut`: these paragraphs end
    the text (no heading after them); a copy cut short (a page's excerpt, one page of a paginated
    reprint) loses the rest of a run of leads, so a lead-shaped first sentence of the LAST paragraph
    counts alone (`_cut_run_lead`)."""
    if lang.startswith("en"):
        return [_subsection_lead(t) for t in texts]   # only a drafter's subsection headings run in
    if law:
        return [_article_lead(t) for t in texts]
    numbered = [_article_lead(t) or _numbered_lead(t) or o for t, o in zip(texts, _ordinal_leads(texts))]
    if not report:
        return [n if n and _rest_is_text(t, n) else "" for t, n in zip(texts, numbered)]
    short = [s or p for s, p in zip((_short_lead(t) for t in texts), _parallel_leads(texts))]
    dash = [_dash_lead(t) for t in texts]
    numbered = [n if n and _rest_is_text(t, n) else "" for t, n in zip(texts, numbered)]
    # (r31body) a paragraph whose paragraph before stopped mid-sentence carries that sentence on (a
    # print's hard wrap set apart): its first sentence opens no paragraph, so it leads none
    going_on = [i > 0 and _runs_on(texts[i - 1]) for i in range(len(texts))]
    short = [s if s and not n and not g and _rest_is_text(t, s) else "" for t, n, s, g in zip(texts, numbered, short, going_on)]
    clause = [c if c and not n and not s and not g and _rest_is_text(t, c) else ""
              for t, n, s, c, g in zip(texts, numbered, short, (_clause_lead(t) for t in texts), going_on)]
    dash = [d if not g else "" for d, g in zip(dash, going_on)]
    leads = []
    for i in range(len(texts)):
        near = [j for j in (i - 1, i + 1) if 0 <= j < len(texts)]
        paired = any(short[j] or clause[j] for j in near) or _two_apart(i, short, clause, numbered)
        dashes = any(dash[j] for j in near)
        alone = dash[i] if _rest_is_text(texts[i], dash[i]) and not REFERRING.match(dash[i].lstrip("—－―─- ")) else ""
        last = _cut_run_lead(texts[i], short[i] or clause[i]) if cut and i == len(texts) - 1 and not going_on[i] else ""
        leads.append(numbered[i] or (short[i] or clause[i] if paired else "") or (dash[i] if dashes else alone) or last)
    return leads


# a span of years or the past year opening a report's topic sentence: '五年来', '过去的五年', '这五年', '过去一年'
TIME_OPENER = re.compile(r"^(?:这|這|过去的?|過去的?|近)?[一二三四五六七八九十两兩几幾\d]{1,2}年(?:来|來|间|間)?$")


# a sentence that states what a thing is or why it matters ('首都的稳定事关…大局。', '“规”就是规矩。',
# '城市是经济的龙头，…'): a section's opening statement, not a result its run of leads lists …
STATEMENT = re.compile(r"事关|關係到|关系到|关乎|關乎|是")
# … unless it is a report's topic sentence on a span of years ('这五年是我县…大跨越的五年。')
SPAN_TOPIC = re.compile(r"的[一二三四五六七八九十两兩几幾\d]{1,2}年[。]")


# a copy cut short ends where a sentence ends
CUT_AT_SENTENCE = re.compile(r"。[”’」』]?\s*$")
# the exclamation a whole report closes on: a text that ends on it was not cut short
RALLYING_CLOSE = re.compile(r"[！!][”’」』]?\s*$")


# a sentence that points back ('这是…', '那就是…'): it goes on from what came before, so it heads no
# list item of its own; a lone dashed paragraph opening so is prose (test_chinese_kinds)
REFERRING = re.compile(r"^(?:这|這|那)(?:就)?是")


def _cut_run_lead(text: str, shaped: str) -> str:
    """(r40) The lead of the last paragraph of a text cut short, where the run it opened is lost: a
    short or two-clause first sentence that does not tell (NARRATIVE: '2008年是极不平凡的一年。' stays
    prose), or a topic sentence after a short opening clause ('过去的五年，是…增强的五年。',
    '五年来，综合实力显著增强。': what a parallel run's items look like), the paragraph going on after it."""
    if RALLYING_CLOSE.search(text):
        return ""   # a whole report's closing call ('…我们肩负的责任重大而光荣。让我们…奋力前进！'): not cut short
    if not CUT_AT_SENTENCE.search(text):
        return ""   # a text that stops mid-sentence is a broken extraction, not a copy cut at a sentence's end
    first = _first_sentence(text)
    if shaped and not NARRATIVE.search(shaped) and not (STATEMENT.search(shaped) and not SPAN_TOPIC.search(shaped)):
        return shaped
    if first and len(first) <= MAX_SHORT and TIME_OPENER.match(_opener(first)) and not sg.DASH_ITEM.match(first) \
            and not any(ch in "！？!?；;：:" for ch in first) and first.count("，") + first.count(",") == 1 \
            and _rest_is_text(text, first):
        return first
    return ""


RUNS_ON_MIN = 30   # characters: a line of running text, not a label or a table's cell
MID_SENTENCE = re.compile(r"[，,、（(《“‘]$")
SENTENCE_STOP = re.compile(r"[。！？!?：:；;…）)”’」』》】\]>\-—]$")


def _runs_on(text: str) -> bool:
    """(r31body) A paragraph that stops mid-sentence: it ends on a comma, an enumeration comma or
    an opening mark, or, a line of running text (RUNS_ON_MIN characters or more), on a character
    or a digit with no stop after it (`…现将2016` over `年“民生实事”目标任务分解下达。…`)."""
    text = text.strip()
    if MID_SENTENCE.search(text):
        return True
    return len(text) >= RUNS_ON_MIN and not SENTENCE_STOP.search(text) and bool(re.search(r"[\u4e00-\u9fff\d]$", text))


def _two_apart(i: int, short: list[str], clause: list[str], numbered: list[str]) -> bool:
    """A short lead two paragraphs from another short one, the paragraph between with no lead of
    any kind: a section's topic sentences with a paragraph of detail after one (unseen). A
    sentence that tells (a date, a time opener: NARRATIVE) does not pair this way."""
    if not short[i] or NARRATIVE.search(short[i]):
        return False
    for j, k in ((i - 2, i - 1), (i + 2, i + 1)):
        if 0 <= j < len(short) and short[j] and not NARRATIVE.search(short[j]) \
                and not (short[k] or clause[k] or numbered[k]):
            return True
    return False


MIN_CLAUSE = 4   # characters on each side of the comma of a two-clause lead
# a sentence that tells (a time opener, a demonstrative copula '这是…', a date or number, an enumeration,
# a perfective '了' — '取得了战争的胜利' reports what happened) rather than directs
NARRATIVE = re.compile(r"^(?:去年|今年|明年|过去|近年|当前|目前|近期|今后|此前|同时|其中|这是|这就是|那是)|\d|、"
                       r"|(?<![为除])了(?!解)")


def _clause_lead(text: str) -> str:
    """'统筹解决人口问题，继续落实现行生育政策。': a short first sentence of two clauses (one comma)
    that directs rather than tells (NARRATIVE), a lead only next to another short or clause lead."""
    first = _first_sentence(text)
    if not first or len(first) > MAX_SHORT or sg.DASH_ITEM.match(first) or any(ch in "！？!?；;：:" for ch in first):
        return ""
    if NARRATIVE.search(first):
        return ""
    parts = sg.core(first)[:-1].split("，")
    return first if len(parts) == 2 and all(len(p) >= MIN_CLAUSE for p in parts) else ""


def is_term(text: str) -> bool:
    """'1.“四上”企业：' — a numbered glossary term waiting for its definition."""
    return len(text) <= MAX_SHORT and sg.numbering(text) not in ("", "第条") and sg.ends_with(text, "：:")
