"""(r42, issue 11) A Chinese report's long numbered heads in text extracted from a PDF.

A made-up report (three parts of two sections) set in five numbering forms and extracted as
pdftotext gives it (lines at the page's measure, each paragraph opening with two ideographic
spaces; with and without running page numbers and form feeds) lost its long heads two ways:

- a head exactly as long as the measure ran on into the paragraph under it, although that
  paragraph opened with the Chinese first-line indent (`blocks._opens_indented`, in both the
  wrapped-width and the printed-width readings);
- a head set in a larger type wraps at its own shorter measure: its rest (`展迈出坚实步伐`) stood as
  a heading of its own a level down (`blocks._wrapped_numbered_heads`).

No corpus document changed with these rules. The texts below are made up.
"""
from __future__ import annotations

import pytest

from pipeline.clean import clean_text
from pipeline.structure import structure_document

from .helpers import levels

TITLE = "某某市2024年政府工作报告"
OPENINGS = ("在第一方面，", "关于第二方面，", "就第三方面而言，", "第四方面，", "从第五方面看，", "在第六个领域，")
PARAGRAPHS = (
    "我们坚持稳中求进工作总基调，全市经济运行总体平稳，地区生产总值增长百分之五点二，城乡居民收入稳步提高，各项社会事业全面进步",
    "我们深入推进产业结构调整，新建重点项目四十二个，规模以上工业增加值增长百分之六点一，现代服务业占比持续提高，民营经济活力进一步增强",
    "我们着力保障和改善民生，新增城镇就业一万二千人，新建改建学校十五所，基本医疗保险参保率稳定在百分之九十五以上，困难群众生活得到保障",
    "我们把握实施规划的关键之年，坚持以人民为中心的发展思想，统筹发展和安全，扎实推动高质量发展，奋力谱写现代化建设新篇章，确保完成任务",
    "我们持续优化营商环境，深化放管服改革，政务服务事项全部实现网上可办，新登记市场主体一万八千户，创新创业活力明显增强，发展基础更加牢固",
    "我们严格依法行政，自觉接受人大法律监督和政协民主监督，办理代表建议和委员提案三百一十件，政务公开深入推进，政府公信力和执行力提升",
)
PARTS = ("过去一年工作回顾", "今年主要任务", "加强政府自身建设")
SECTIONS = (("经济运行稳中有进，主要经济指标保持在合理区间，高质量发展迈出坚实步伐", "民生保障持续加强"),
            ("推动产业转型升级", "提升城市功能品质"), ("坚持依法行政", "持续改进作风"))
CN = "一二三四五六"
MEASURE = 36   # characters of a body line


def _lines(text: str, width: int) -> list[str]:
    return [text[i:i + width] for i in range(0, len(text), width)]


def _report(part, section, head_measure: int, paged: bool) -> tuple[str, list[tuple[int, str]]]:
    lines, want, k = [TITLE, ""], [], 0
    for i, name in enumerate(PARTS):
        lines += [part(i, name), ""]
        want.append((1, part(i, name)))
        for j, sub in enumerate(SECTIONS[i]):
            head = section(i, j, k, sub)
            want.append((2, head))
            lines += _lines(head, head_measure)   # a long head wraps at its own measure, no blank line under it
            lines += _lines("\u3000\u3000" + OPENINGS[k] + PARAGRAPHS[k] + "。", MEASURE)
            k += 1
            if paged and k % 2 == 0:
                lines += ["", f"— {k // 2} —", "\f"]
    return "\n".join(lines) + "\n", want


def _headings(text: str):
    document = structure_document(clean_text(text, source_file="report.txt"))
    return document.title, [(level, "".join(title.split())) for level, title in levels(document)]


FORMS = {
    "一、/（一）": (lambda i, t: f"{CN[i]}、{t}", lambda i, j, k, t: f"（{CN[j]}）{t}"),
    "第一部分/一、": (lambda i, t: f"第{CN[i]}部分{t}", lambda i, j, k, t: f"{CN[k]}、{t}"),
    "一、/1.": (lambda i, t: f"{CN[i]}、{t}", lambda i, j, k, t: f"{j + 1}.{t}"),
    "第一章/第一节": (lambda i, t: f"第{CN[i]}章{t}", lambda i, j, k, t: f"第{CN[j]}节{t}"),
}


@pytest.mark.parametrize("paged", [False, True], ids=["wrapped", "paged"])
@pytest.mark.parametrize("head_measure", [30, MEASURE], ids=["own measure", "text's measure"])
@pytest.mark.parametrize("form", list(FORMS))
def test_long_numbered_heads_in_extracted_text(form, head_measure, paged):
    text, want = _report(*FORMS[form], head_measure, paged)
    title, got = _headings(text)
    assert title == TITLE
    assert got == want


def test_a_short_line_closing_a_sentence_under_a_head_stays_its_paragraph():
    """`（一）…` over a one-line paragraph ended by its stop: no wrapped head (the rest has an end mark)."""
    text = (f"{TITLE}\n\n一、过去一年工作回顾\n\n（一）经济运行稳中有进主要经济指标保持在合理区间\n全年实现增长。\n\n"
            f"\u3000\u3000{OPENINGS[0]}{PARAGRAPHS[0]}。\n\n（二）民生保障持续加强\n\n\u3000\u3000{OPENINGS[1]}{PARAGRAPHS[1]}。\n")
    _, got = _headings(text)
    assert (2, "（一）经济运行稳中有进主要经济指标保持在合理区间") in got
