"""Generate the bad-input corpus: hostile, broken and huge inputs, each with its expected outcome.

    python tests/badinput/generate.py /tmp/corpus        # writes the files + manifest.json
    python tests/badinput/generate.py /tmp/corpus --list # names and expectations only

Deterministic: the same script writes the same bytes (a seeded generator for the random
cases). Nothing is committed: tests generate the corpus into a temporary folder once per
session (fixture `badinput_corpus` in tests/badinput/conftest.py).

Each case has an expectation: "ok" (exit 0 and a schema-valid XML) or the documented exit
code (3: an input error), or both where either answer is reasonable ("ok|3").
"""
from __future__ import annotations

import argparse
import gzip
import io
import json
import random
import struct
import sys
import zipfile
import zlib
from dataclasses import asdict, dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "examples" / "hexi-2010.txt"
NINGXIA = REPO / "tests" / "fixtures" / "ningxia-2026-gov-report.txt"
ALICE = REPO / "tests" / "fixtures" / "alice-gutenberg-en.txt"
LIMIT = 10 * 1024 * 1024            # the documented default --max-size
SECRET_MARKER = "SECRET-MARKER-5f0c2a"  # stands for a local file's content; never in a result


@dataclass
class Case:
    name: str
    data: bytes = field(repr=False)
    expect: str = "ok"             # "ok", "3", or "ok|3"
    args: tuple[str, ...] = ()     # extra options for `pipeline xml`
    filename: str = ""             # default: <name>.txt
    contains: tuple[str, ...] = () # texts that must reach the XML (on "ok")
    absent: tuple[str, ...] = ()   # texts that must never reach the XML
    pace: float = 0.0              # CPU bound for the front half, in multiples of a normal report's
                                   # measured in the same run (badinput.corpus.reference_seconds; 0: none)
    full: bool = False             # one of the ~10 representative cases built into all editions

    @property
    def file(self) -> str:
        return self.filename or f"{self.name}.txt"

    @property
    def outcomes(self) -> tuple[str, ...]:
        return tuple(self.expect.split("|"))

    def manifest(self) -> dict:
        entry = asdict(self)
        del entry["data"]
        entry["file"] = self.file
        entry["size"] = len(self.data)
        return entry


# ---- real text --------------------------------------------------------------------------

def _sample() -> str:
    return SAMPLE.read_text(encoding="utf-8")


def _body() -> str:
    """The sample without its encyclopedia boilerplate: a clean report body."""
    text = _sample()
    start = text.index("2009年主要工作回顾")
    end = text.index("随便看")
    return text[start:end].strip() + "\n"


def _report() -> str:
    """A short, well-formed report: title, dateline, salutation, two parts with sections."""
    body = _body().splitlines()
    paras = [l.strip() for l in body if len(l.strip()) > 40][:6]
    return (
        "天津市河西区2010年政府工作报告\n"
        "——2010年1月7日在河西区第十五届人民代表大会第五次会议上\n"
        "各位代表：\n"
        "现在，我代表区人民政府，向大会报告工作，请予审议。\n"
        "一、2009年主要工作回顾\n"
        f"{paras[0]}\n"
        "（一）积极应对金融危机，区域经济实现新发展\n"
        f"{paras[1]}\n{paras[2]}\n"
        "二、2010年主要工作任务\n"
        f"{paras[3]}\n"
        "（一）迎难而上，进一步提升区域经济发展质量\n"
        f"{paras[4]}\n{paras[5]}\n"
    )


def _with_title(body: str, title: str = "某区2010年政府工作报告") -> str:
    return f"{title}\n各位代表：\n{body}"


# ---- binary payloads --------------------------------------------------------------------

def _png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00")) + chunk(b"IEND", b""))


def _jpeg() -> bytes:
    return (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
            + bytes(range(256)) + b"\xff\xd9")


def _pdf() -> bytes:
    return (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>"
            b"endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")


def _zip(names: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in names.items():
            z.writestr(zipfile.ZipInfo(name, (2010, 1, 1, 0, 0, 0)), data)
    return buf.getvalue()


def _gzip(data: bytes) -> bytes:
    return gzip.compress(data, mtime=0)


def _elf() -> bytes:
    return b"\x7fELF\x02\x01\x01\x00" + bytes(8) + struct.pack("<HHI", 2, 62, 1) + bytes(200)


# ---- the corpus -------------------------------------------------------------------------

def cases(port: int = 9, secret: str = "/etc/passwd") -> list[Case]:
    """Every case, in a fixed order. `port` and `secret` fill the reference cases."""
    rng = random.Random(20100107)
    sample, body, report = _sample(), _body(), _report()
    u8 = lambda s: s.encode("utf-8")
    out: list[Case] = []
    add = lambda *a, **k: out.append(Case(*a, **k))

    # -- nothing there
    add("empty", b"", "3")
    add("space-only", b" ", "3")
    add("newlines-only", b"\n" * 100, "3")
    add("whitespace-mixed", u8(" \t\n\r\n \u3000\n\u00a0\n"), "3")
    add("crlf-only", b"\r\n" * 50, "3")
    add("bom-only", b"\xef\xbb\xbf", "3")
    add("bom-and-whitespace", b"\xef\xbb\xbf \n\t\n", "3")
    add("utf16-bom-only", b"\xff\xfe", "3")
    add("utf16-bom-whitespace", "\ufeff \n \n".encode("utf-16-le"), "3")
    add("zero-width-only", u8("\u200b\u200c\u200d\u2060\n\u200b\n"), "3")
    add("controls-only", b"\x07\x08\x1b\x1b[0m\x0c\x0b\n", "3")

    # -- only boilerplate, several portal styles
    head, tail = sample[:sample.index("2009年主要工作回顾")], sample[sample.index("随便看"):]
    nx = NINGXIA.read_text(encoding="utf-8")
    nx_head = nx[:nx.index("政府工作报告\n——")]
    nx_tail = nx[nx.index("扫一扫在手机打开当前页"):]
    add("boilerplate-baike", u8(head + tail), "3")
    add("boilerplate-baike-tail", u8(tail), "3")
    add("boilerplate-gov-portal", u8(nx_head.replace("2026年宁夏回族自治区政府工作报告\n", "") + nx_tail), "3")
    add("boilerplate-gov-portal-tail", u8(nx_tail), "3")
    add("boilerplate-news-portal", u8(
        "首页 > 新闻中心 > 时政要闻\n发布时间：2024-03-05 10:12:03  来源：新华网\n【字体：大 中 小】\n"
        "分享到：微信 微博 QQ空间\n责任编辑：王某\n【打印本页】【关闭窗口】\n"), "3")
    add("boilerplate-copyright-icp", u8(
        "Copyright © 2004-2023 Example.gov.cn All Rights Reserved\n版权所有：某市人民政府办公厅\n"
        "京ICP备12345678号-1  京公网安备 11010502000001号\n网站标识码：1100000001\n"), "3")
    add("boilerplate-mixed-portals", u8(head + nx_tail + tail + "\n扫一扫在手机打开当前页\n"), "3")

    # -- binary files of several kinds
    add("binary-png", _png(), "3")
    add("binary-jpeg", _jpeg(), "3")
    add("binary-pdf", _pdf(), "3")
    add("binary-zip", _zip({"report.txt": u8(body)}), "3")
    add("binary-docx-like", _zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document/>"}),
        "3", filename="binary-docx-like.docx")
    add("binary-gzip", _gzip(u8(body)), "3")
    add("binary-elf", _elf(), "3")
    add("binary-random", bytes(rng.randrange(256) for _ in range(4096)), "3")
    add("binary-random-no-nul", bytes(rng.randrange(1, 256) for _ in range(4096)), "3")
    add("binary-gif", b"GIF89a\x01\x00\x01\x00\x80\x00\x00" + bytes(30), "3")
    add("binary-sqlite", b"SQLite format 3\x00" + bytes(100), "3")
    add("binary-png-named-txt-renamed", _png() + u8(body), "3")

    # -- broken encodings
    enc = u8(body)
    add("truncated-utf8", enc[:-2] if enc.endswith(b"\n") else enc[:-1], "3")
    cut = u8(report)
    cut = cut[: len(cut) - 2]   # the last character (a CJK full stop + newline) cut in its middle
    add("truncated-utf8-end", cut, "3")
    add("truncated-utf8-replace", cut, "ok", args=("--decode-errors", "replace"))
    mid = bytearray(u8(report))
    mid[200] = 0xFF
    add("invalid-byte-middle", bytes(mid), "3")
    add("invalid-byte-middle-replace", bytes(mid), "ok", args=("--decode-errors", "replace"))
    lines = report.splitlines()
    mixed = b"".join((u8(l) if i % 2 == 0 else l.encode("gb18030")) + b"\n" for i, l in enumerate(lines))
    add("mixed-utf8-gb18030", mixed, "ok|3")
    add("mixed-utf8-gb18030-replace", mixed, "ok", args=("--decode-errors", "replace"))
    mostly_gb = b"".join((l.encode("gb18030") if i else u8(l)) + b"\n" for i, l in enumerate(lines))
    add("mixed-gb18030-with-utf8-title", mostly_gb, "ok|3")
    add("utf16le-no-bom", report.encode("utf-16-le"), "ok", contains=("天津市河西区",))
    add("utf16be-no-bom", report.encode("utf-16-be"), "ok", contains=("天津市河西区",))
    add("utf16le-bom", b"\xff\xfe" + report.encode("utf-16-le"), "ok", contains=("天津市河西区",))
    add("utf16be-bom", b"\xfe\xff" + report.encode("utf-16-be"), "ok")
    add("utf16le-odd-length", report.encode("utf-16-le") + b"\x41", "ok|3")
    add("utf32le-bom", b"\xff\xfe\x00\x00" + report.encode("utf-32-le"), "ok")
    add("gb18030-report", report.encode("gb18030"), "ok", contains=("天津市河西区",), full=True)
    add("gb18030-sample", sample.encode("gb18030"), "ok")
    add("gbk-ningxia", nx.encode("gbk", errors="ignore"), "ok")
    big5_text = "".join(ch for ch in report if _encodable(ch, "big5"))
    add("big5-report", big5_text.encode("big5"), "ok|3")
    add("big5-traditional", TRADITIONAL.encode("big5"), "ok", contains=("政府工作報告",))
    add("utf8-bom-crlf", b"\xef\xbb\xbf" + u8(report.replace("\n", "\r\n")), "ok")
    add("cr-only-line-endings", u8(report.replace("\n", "\r")), "ok")
    add("mixed-line-endings", u8("".join(l + ("\r\n", "\n", "\r", "\r\r\n")[i % 4]
                                         for i, l in enumerate(lines))), "ok")
    add("unicode-line-separators", u8(report.replace("\n", "\u2028")), "ok")
    add("cp1252-smart-quotes", "Annual Report 2010\n\u201cGrowth\u201d was 5\u2013 6 percent \u2026 in total.\n"
        .encode("cp1252"), "ok")
    add("latin1-accents", "Rapport annuel 2010\nLe développement économique a été très rapide.\n"
        .encode("latin-1"), "ok")
    add("cesu-surrogates", u8("某区政府工作报告\n正文") + b"\xed\xa0\x80\xed\xb0\x80" + u8("继续。\n"), "3")
    add("overlong-utf8", u8("某区政府工作报告\n正文") + b"\xc0\xaf" + u8("继续。\n"), "3")
    add("shift-jis-japanese", "政府の年次報告\n経済は順調に成長した。\n".encode("shift_jis"), "ok|3")

    # -- NUL and other control characters
    nul = u8(report)
    nul = nul[:100] + b"\x00" + nul[100:]
    add("one-nul", nul, "ok|3")
    add("nul-every-line", b"\x00\n".join(u8(l) for l in lines), "ok|3")
    add("c0-controls-in-text", u8("".join(l + ("\x07", "\x1b", "\x0b", "\x0c", "\x08")[i % 5] + "\n"
                                          for i, l in enumerate(lines))), "ok", contains=("天津市河西区",))
    add("c1-controls-in-text", u8(report.replace("。", "。\x85\x9b\x80", 3)), "ok")
    add("del-chars", u8(report.replace("，", "，\x7f", 5)), "ok")
    add("ansi-escapes", u8(report.replace("各位代表", "\x1b[1;31m各位代表\x1b[0m")), "ok")
    add("mostly-controls", bytes(rng.choice([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16]) for _ in range(300)) + u8("字"), "3")
    add("nonchar-fffe-ffff", u8(report.replace("各位代表", "各位\ufffe代表\uffff", 1)), "ok|3")
    add("nonchar-planes", u8(report.replace("各位代表", "各位\U0001fffe代表\U0010ffff", 1)), "ok|3")
    add("private-use", u8(report.replace("各位代表", "各位\ue000\uf8ff代表\U000f0000", 1)), "ok|3")
    add("bidi-controls", u8(report.replace("各位代表", "\u202e各位代表\u202c\u2066x\u2069", 1)), "ok")
    add("replacement-char-in-source", u8(report.replace("各位代表", "各位\ufffd代表", 1)), "ok",
        contains=("\ufffd",))
    add("tag-and-variation-chars", u8(report + "标记\U000e0041\U000e007f，葛\U000e0100。\n"), "ok")

    # -- sizes and shapes
    unit = "河西区经济实现新发展增长13.5%，"
    add("one-mb-line", u8((unit * (1024 * 1024 // len(u8(unit)) + 1)))[: 1024 * 1024 - 1] , "ok|3",
        pace=5)
    add("one-mb-line-ascii", b"a" * (1024 * 1024), "ok|3", pace=40)
    # a whole document flattened onto one line with its spaces kept (a viewer's text layer, a CSV cell):
    # every gap is a candidate line break, read from a window around it, never from the whole prefix
    flat_en = ("Section 4. Minutes Approved The minutes of the previous meeting were approved as written. "
               "Mr Smith moved the motion [1] and it was carried by 7 votes to 2. ")
    add("one-mb-flattened-english", u8(flat_en * (1024 * 1024 // len(flat_en))), "ok|3", pace=90)
    flat_zh = "一、工作回顾 过去一年，全区经济持续发展【注】，增长13.5%。 （一）产业升级 新增企业120家。 "
    add("one-mb-flattened-chinese", u8(flat_zh * (1024 * 1024 // len(u8(flat_zh)))), "ok|3", pace=70)
    # (bounds against quadratic time, which takes minutes here; the shape is test_front_half_time_grows_linearly's.
    # A bound is about three times the ratio measured at the commit that set it: 20 s of CPU in seconds
    # failed a CI run at 23 s on a slow machine, where the same build took 11.7-15.4 s here; the ratio
    # to a normal report timed in the same run does not move with the machine)
    add("hundred-thousand-lines", u8("字\n" * 100_000), "ok|3", pace=100)
    add("hundred-thousand-blank-lines", u8("标题\n" + "\n" * 100_000 + "正文。\n"), "ok", pace=70)
    add("ten-thousand-paragraphs", u8(_with_title("本区经济持续发展。\n" * 10_000)), "ok", pace=30)
    add("many-statistics", u8(_with_title("".join(f"第{i}项指标完成{i}.5亿元，增长{i % 30}.1%。\n"
                                               for i in range(1, 2001)))), "ok", pace=30)
    add("many-sections", u8(_with_title("".join(f"{_cn(i)}、第{i}部分工作\n这一部分的正文。\n"
                                             for i in range(1, 300)))), "ok", pace=10)
    add("over-limit", u8(body) * (LIMIT // len(u8(body)) + 1), "3", pace=2)
    add("over-small-limit", u8(report), "3", args=("--max-size", "1KB"))
    add("at-limit-tiny", u8("题\n文。\n"), "ok", args=("--max-size", "12"))
    add("single-character", u8("字"), "ok|3")
    add("single-line-title-only", u8("天津市河西区2010年政府工作报告\n"), "ok|3")
    add("no-trailing-newline", u8(report.rstrip("\n")), "ok")

    # -- numbering and headings
    deep = "".join("1" + ".1" * d + f" 第{d + 1}级标题\n第{d + 1}级的正文内容。\n" for d in range(30))
    add("numbering-30-deep", u8(_with_title(deep)), "ok", contains=("第30级的正文内容",), full=True)
    add("numbering-30-deep-no-text", u8(_with_title("".join("1" + ".1" * d + " 标题\n" for d in range(30)))), "ok|3")
    add("chinese-numbering-all-levels", u8(_with_title(
        "一、总体情况\n（一）经济\n1.工业\n（1）制造业\n①汽车\n正文一句。\n二、下一步\n正文二句。\n")), "ok")
    add("only-headings", u8("".join(f"{_cn(i)}、第{i}部分\n" for i in range(1, 21))), "ok|3")
    add("only-subheadings", u8("".join(f"（{_cn(i)}）第{i}节\n" for i in range(1, 21))), "ok|3")
    add("only-numbers", u8("\n".join(str(rng.randrange(10 ** 9)) for _ in range(200)) + "\n"), "ok|3")
    add("only-punctuation", u8("。，、；：？！\n……——\n“”‘’（）《》\n" * 20), "ok|3")
    add("very-long-heading", u8(_with_title("一、" + "加快推进区域经济高质量发展" * 80 + "\n正文。\n")), "ok",
        full=True)
    add("very-long-title-line", u8("政府工作报告" * 400 + "\n正文内容。\n"), "ok")
    add("heading-like-paragraphs", u8(_with_title("".join(f"{i}. {i}月份完成任务。\n" for i in range(1, 13)))), "ok")
    add("roman-and-letters", u8("Annual Report\nI. Review\nA. Economy\nThe economy grew.\nII. Plans\nMore work.\n"),
        "ok")
    add("english-alice", ALICE.read_bytes(), "ok")

    # -- scripts and symbols
    add("arabic-text", u8("التقرير السنوي للحكومة\nنما الاقتصاد بنسبة ٥٪ في عام ٢٠٠٩.\n"), "ok",
        contains=("التقرير",))
    add("hebrew-text", u8("דוח שנתי של הממשלה\nהכלכלה צמחה בחמישה אחוזים.\n"), "ok", contains=("הממשלה",))
    add("rtl-mixed-cjk", u8(report.replace("各位代表：", "各位代表：العربية עברית", 1)), "ok", full=True,
        contains=("العربية",))
    add("emoji-text", u8(report.replace("各位代表：", "各位代表：😀👍🇨🇳👨‍👩‍👧", 1)), "ok",
        contains=("😀",), full=True)
    add("emoji-only", u8("😀😀😀\n🎉🎉\n"), "ok|3")
    add("rare-scripts", u8(_with_title("楔形文字𒀀𒀁，线形文字𐀀，西夏文𗀀，古埃及𓀀。\n")), "ok",
        contains=("𒀀",), full=True)
    add("cjk-extension-b", u8(_with_title("𠀀𠀁𪚥𰻞字正文。\n")), "ok", contains=("𪚥",))
    add("combining-marks", u8(_with_title("e\u0301 Zalgo: H\u0336\u0335e\u0337\u0338 a\u0300\u0301\u0302\u0303\n")),
        "ok")
    add("decomposed-hangul", u8(_with_title("\u1100\u1161\u11a8 한국어 보고서\n")), "ok")
    add("fullwidth-ascii", u8(_with_title("ＧＤＰ增长１３．５％，达到４５０亿元。\n")), "ok")

    # -- markup that must stay text
    add("html-fragment", u8(_with_title('<p class="x">段落<b>加粗</b></p>\n<script>alert(1)</script>\n'
                                        '<img src="x.png" onerror="alert(1)">正文。\n')), "ok",
        contains=("<script>alert(1)</script>",), full=True)
    add("html-full-page", u8("<!DOCTYPE html><html><head><title>政府工作报告</title></head>"
                             "<body><h1>政府工作报告</h1><p>各位代表：</p><p>正文。</p></body></html>\n"), "ok")
    add("xml-fragment", u8(_with_title('<?xml version="1.0"?><root attr="1"><child/></root>\n<![CDATA[x]]>正文。\n')),
        "ok", contains=("<![CDATA[x]]>",))
    add("docbook-fragment", u8(_with_title('<section xmlns="http://docbook.org/ns/docbook" xml:id="s1">'
                                           '<title>注入</title><para>段</para></section>\n')), "ok")
    add("cdata-end", u8(_with_title("文本]]>更多文本]]]]><![CDATA[结束。\n")), "ok", contains=("]]>",))
    add("amp-lt-gt", u8(_with_title("A & B < C > D &amp; &lt; &#x41; &#0; &nbsp;。\n")), "ok",
        contains=("&amp;", "&#0;"))
    add("entity-bomb", u8(BILLION_LAUGHS + "\n正文。\n"), "ok", contains=("&lol9;",), absent=("lollollollol",),
        full=True)
    add("xxe-file", u8('<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>&xxe;\n正文。\n'), "ok",
        contains=("&xxe;",), absent=("root:x:0:0",))
    add("xxe-secret", u8(f'<!DOCTYPE x [<!ENTITY xxe SYSTEM "file://{secret}">]>\n题目\n&xxe;正文。\n'), "ok",
        absent=(SECRET_MARKER,))
    add("parameter-entity", u8(f'<!DOCTYPE x [<!ENTITY % p SYSTEM "http://127.0.0.1:{port}/p.dtd"> %p;]>\n正文。\n'), "ok")
    add("processing-instruction", u8(_with_title(f'<?xml-stylesheet href="http://127.0.0.1:{port}/s.xsl"?>正文。\n')),
        "ok")
    add("xinclude-text", u8(_with_title(f'<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" '
                                        f'href="file://{secret}" parse="text"/>正文。\n')), "ok",
        absent=(SECRET_MARKER,))
    add("file-url", u8(_with_title(f"详见 file://{secret} 与 file:///etc/passwd 。\n")), "ok",
        absent=(SECRET_MARKER, "root:x:0:0"))
    add("http-loopback", u8(_with_title(f"参见 http://127.0.0.1:{port}/report 和 https://localhost:{port}/x 。\n")),
        "ok", contains=(f"127.0.0.1:{port}",))
    add("markdown-image-local", u8(_with_title(f"![x](/etc/passwd)\n![图]({secret})\n正文。\n")), "ok",
        absent=(SECRET_MARKER, "root:x:0:0"), full=True)
    add("markdown-image-http", u8(_with_title(f"![x](http://127.0.0.1:{port}/a.png)\n[链接](file://{secret})\n")),
        "ok")
    add("css-import-url", u8(_with_title(f'@import url("http://127.0.0.1:{port}/a.css");\n'
                                         f'p {{ background: url(file://{secret}); }}\n正文。\n')), "ok",
        absent=(SECRET_MARKER,))
    add("svg-fragment", u8(_with_title(f'<svg xmlns="http://www.w3.org/2000/svg"><image href="file://{secret}"/>'
                                       "</svg>正文。\n")), "ok", absent=(SECRET_MARKER,))
    add("latex-and-pandoc-syntax", u8(_with_title("\\input{/etc/passwd} $x^2$ ::: {.div}\n[@cite] ^[note]\n"
                                                  "---\ntitle: injected\n---\n正文。\n")), "ok",
        contains=("\\input{/etc/passwd}",), absent=("root:x:0:0",), full=True)
    add("lua-and-shell", u8(_with_title("$(rm -rf /) `id` ${HOME} %s %n {0} {{x}}\n正文。\n")), "ok",
        contains=("$(rm -rf /)",))

    # -- file names
    add("unicode-file-name", u8(report), "ok", filename="报告 2010 (final).txt")
    add("file-name-with-dots", u8(report), "ok", filename="a.b.c..txt")
    add("file-name-leading-dash", u8(report), "ok", filename="-report.txt")
    add("no-extension", u8(report), "ok", filename="report")
    add("wave-at-offset-8", u8("The big WAVE of reform\nThe economy grew fast.\n"), "ok")
    add("ftyp-at-offset-4", u8("Softyp report 2010\nThe economy grew fast.\n"), "ok")

    # -- realistic damage
    add("real-sample", u8(sample), "ok", full=True)
    add("real-sample-doubled", u8(sample + sample), "ok")
    add("report-then-binary-tail", u8(report) + bytes(rng.randrange(256) for _ in range(64)), "3")
    add("html-entities-as-text", u8(_with_title("&ldquo;十二五&rdquo;规划&mdash;&mdash;开局之年&hellip;\n")), "ok")
    add("tabs-and-ideographic-spaces", u8(report.replace("\n", "\n\t\u3000\u3000")), "ok")
    add("trailing-spaces-everywhere", u8(report.replace("\n", "   \t\n")), "ok")
    add("very-long-word-no-spaces", u8(_with_title("x" * 200_000 + "\n")), "ok", pace=20)
    return out


def _encodable(ch: str, codec: str) -> bool:
    try:
        ch.encode(codec)
        return True
    except UnicodeEncodeError:
        return False


def _cn(n: int) -> str:
    """1 -> 一, 12 -> 十二, 299 -> 二百九十九 (Chinese numbering for headings)."""
    digits = "零一二三四五六七八九"
    if n < 10:
        return digits[n]
    if n < 20:
        return "十" + (digits[n % 10] if n % 10 else "")
    if n < 100:
        return digits[n // 10] + "十" + (digits[n % 10] if n % 10 else "")
    rest = n % 100
    tail = "" if rest == 0 else ("零" + digits[rest] if rest < 10 else _cn(rest) if rest >= 20
                                  else "一" + _cn(rest))
    return digits[n // 100] + "百" + tail


TRADITIONAL = (
    "臺北市政府工作報告\n各位議員：\n一、過去一年的工作\n"
    "過去一年，本市經濟穩定發展，財政收入增長百分之五，就業情況持續改善。\n"
    "（一）推動產業發展\n本市積極推動產業轉型，吸引投資，擴大對外開放。\n"
    "二、今年的主要任務\n今年要繼續深化改革，改善民生，建設宜居城市。\n"
).replace("臺北市政府工作報告", "臺北市政府工作報告\n政府工作報告")

BILLION_LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n'
    + "".join(f' <!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">\n' for i in range(1, 10))
    + "]>\n<lolz>&lol9;</lolz>"
)


def generate(dest: Path, port: int = 9, secret: str = "/etc/passwd") -> list[Case]:
    """Write every case into `dest` (one file each) and `dest/manifest.json`; return the cases."""
    dest = Path(dest)
    dest.mkdir(parents=True, exist_ok=True)
    corpus = cases(port, secret)
    names = [c.name for c in corpus]
    assert len(names) == len(set(names)), "case names must be unique"
    files = [c.file for c in corpus]
    assert len(files) == len(set(files)), "case file names must be unique"
    for case in corpus:
        (dest / case.file).write_bytes(case.data)
    manifest = [c.manifest() for c in corpus]
    (dest / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")
    return corpus


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dest", type=Path, help="folder to write the corpus into")
    parser.add_argument("--list", action="store_true", help="only print the names and expectations")
    parser.add_argument("--port", type=int, default=9, help="port in the http://127.0.0.1:PORT/ references")
    args = parser.parse_args(argv)
    if args.list:
        for c in cases(args.port):
            print(f"{c.name:40} {c.expect:5} {len(c.data):>9} bytes")
        return 0
    corpus = generate(args.dest, args.port)
    print(f"{len(corpus)} cases written to {args.dest}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
