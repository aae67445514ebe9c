"""Remake the r45 printed-report forms (not run by the tests; needs WeasyPrint and poppler's pdftotext).

Two made-up reports, a Chinese county's work report and an English housing trust's annual report,
printed by WeasyPrint with running heads that name the current part (`string-set` on the part
headings), the text's title, or both, at the top or the foot, beside page numbers in several
forms, and read back by `pdftotext` in its three modes (plain, -layout, -raw). The words are made up
from seeded random choices, so no line repeats by accident. Usage:

    .venv/bin/python tests/clean/data/r45reports/make_forms.py NAME …   # e.g. zh-top-part-A5-f0-layout
"""
from __future__ import annotations

import random
import subprocess
import sys
import tempfile
from pathlib import Path

from weasyprint import HTML

ZH_TITLE = "青川县2031年政府工作报告"
ZH_FRONT = ["——2031年1月12日在青川县第五届人民代表大会第三次会议上", "县长　王明远"]
ZH_PARTS = [("一、2030年工作回顾", 10), ("二、2031年主要任务", 10), ("三、加强政府自身建设", 8)]
ZH_SUBJ = ["全县", "城区", "农村", "工业园区", "各乡镇", "县财政", "教育系统", "卫生部门", "交通部门", "文化旅游", "生态环境", "社会保障"]
ZH_ACT = ["新建", "改造", "完成", "投入", "新增", "落实", "建成", "实施", "引进", "培训", "帮扶", "治理"]
ZH_OBJ = ["道路{n}公里", "学校{n}所", "资金{n}亿元", "项目{n}个", "岗位{n}个", "农户{n}户", "企业{n}家", "人才{n}名",
          "河道{n}公里", "林地{n}万亩", "医疗机构{n}家", "社区{n}个"]
ZH_TAIL = ["，比上年增长{m}%", "，超额完成年度目标", "，群众满意度明显提高", "，走在全市前列", "，为历年最好水平", ""]

EN_TITLE = "Riverside Housing Trust Annual Report 2030"
EN_FRONT = ["Presented to the Board on 9 January 2031", "Chief Executive: Laura Finch"]
EN_SECTIONS = [("1 Review of the Year", [("1.1 Supply and Quality", 8), ("1.2 Tenants and Rents", 7)]),
               ("2 Finance", [("2.1 Income", 7), ("2.2 Spending", 8)]),
               ("3 The Year Ahead", [("3.1 Building Plans", 6), ("3.2 Risks", 5)])]
SUBJ = ["The trust", "The board", "Our repairs team", "The finance committee", "Tenants in the north ward", "The housing officers",
        "The new contractor", "Volunteers from the estate", "The lettings team", "The council's grant panel", "Our auditors", "The residents' forum"]
VERB = ["let", "inspected", "repaired", "reviewed", "planned", "approved", "insulated", "surveyed", "refurbished", "visited", "counted", "replaced"]
OBJ = ["homes on the riverside estate", "boilers in older flats", "windows along Mill Lane", "roofs of the terraced houses",
       "lifts in the tower blocks", "gardens behind Station Road", "kitchens in sheltered housing", "damp walls in basement flats",
       "fire doors on every landing", "rent accounts in arrears", "empty shops on the parade", "play areas near the school"]
TAIL = ["before the winter", "within the promised time", "ahead of the spring inspection", "at a lower cost than planned",
        "with help from the council", "after complaints from residents", "as the board had asked", "despite the wet summer"]
FEET = {"zh": ['- " counter(page) " -', '第 " counter(page) " 页', '" counter(page) "', '第 " counter(page) " 页 共 " counter(pages) " 页'],
        "en": ['Page " counter(page) "', '" counter(page) "', 'Page " counter(page) " of " counter(pages) "', '" counter(page) " / " counter(pages) "']}


def zh_paragraph(part: int, p: int) -> str:
    rnd = random.Random(f"zh-{part}-{p}")
    clauses = "；".join(rnd.choice(ZH_SUBJ) + rnd.choice(ZH_ACT) + rnd.choice(ZH_OBJ).format(n=rnd.randint(3, 4000))
                       + rnd.choice(ZH_TAIL).format(m=round(rnd.uniform(1, 20), 1)) for _ in range(rnd.randint(5, 8)))
    lead = rnd.choice(["抓好", "推进", "深化", "强化", "加快"]) + rnd.choice(["产业发展", "城乡建设", "民生保障", "改革开放", "生态保护", "社会治理"])
    return f"（{'一二三四五六七八九十'[p % 10]}）{lead}。{clauses}。"


def en_paragraph(seed: str) -> str:
    rnd = random.Random(seed)
    return " ".join(f"{rnd.choice(SUBJ)} {rnd.choice(VERB)} {rnd.randint(3, 4000)} {rnd.choice(OBJ)} {rnd.choice(TAIL)}"
                    f"{rnd.choice(['', ', and ' + str(rnd.randint(2, 99)) + ' per cent more than the year before', ', a record for the trust'])}."
                    for _ in range(rnd.randint(3, 5)))


def body(lang: str) -> str:
    if lang == "zh":
        out = [f"<h1>{ZH_TITLE}</h1>"] + [f"<p class=c>{line}</p>" for line in ZH_FRONT]
        out += ["<p>各位代表：</p><p>现在，我代表县人民政府，向大会报告工作，请予审议，并请县政协委员和其他列席人员提出意见。</p>"]
        for n, (head, count) in enumerate(ZH_PARTS):
            out += [f"<h2>{head}</h2>"] + [f"<p>{zh_paragraph(n, p)}</p>" for p in range(count)]
        return "".join(out)
    out = [f"<h1>{EN_TITLE}</h1>"] + [f"<p class=c>{line}</p>" for line in EN_FRONT]
    for s, (head, subs) in enumerate(EN_SECTIONS):
        out.append(f"<h2>{head}</h2>")
        for sub, count in subs:
            out += [f"<h3>{sub}</h3>"] + [f"<p>{en_paragraph(f'{s}-{sub}-{p}')}</p>" for p in range(count)]
    return "".join(out)


def page_css(lang: str, edge: str, head: str, size: str, foot: str) -> str:
    font = "Noto Serif CJK SC" if lang == "zh" else "serif"
    if head == "both":   # the text's name at the left, the part's at the right
        boxes = ('@top-left { content: string(title); font-size: 8pt } @top-right { content: string(part); font-size: 8pt } '
                 f'@bottom-center {{ content: "{foot}"; font-size: 8pt }}')
    else:
        at, foot_at = ("top-center", "bottom-center") if edge == "top" else ("bottom-left", "bottom-right")
        boxes = f'@{at} {{ content: string(part); font-size: 8pt }} @{foot_at} {{ content: "{foot}"; font-size: 8pt }}'
    source = {"part": "h2 { string-set: part content() }", "title": "h1 { string-set: part content() }",
              "both": "h1 { string-set: title content() } h2 { string-set: part content() }"}[head]
    return (f"<html><head><meta charset=utf-8><style>@page {{ size: {size}; margin: 2cm 1.6cm; {boxes} }} "
            f'body {{ font-family: "{font}"; font-size: 10pt }} .c {{ text-align: center }} h3 {{ margin-left: 1.5em; font-size: 10pt }} '
            f"{source}</style></head><body>")


def form(name: str) -> str:
    """`zh-top-part-A5-f0-layout`: language, edge, head (part, title, both), page size, foot form, pdftotext mode."""
    lang, edge, head, size, foot, *mode = name.split("-")
    html = page_css(lang, edge, head, size, FEET[lang][int(foot[1:])]) + body(lang)
    with tempfile.NamedTemporaryFile(suffix=".pdf") as pdf:
        HTML(string=html).write_pdf(pdf.name)
        flags = [f"-{mode[0]}"] if mode else []
        return subprocess.run(["pdftotext", "-enc", "UTF-8", *flags, pdf.name, "-"], capture_output=True, text=True, check=True).stdout


if __name__ == "__main__":
    for name in sys.argv[1:]:
        (Path(__file__).parent / f"{name}.txt").write_text(form(name), encoding="utf-8")
