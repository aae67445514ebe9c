"""(r31body) Body text a printed web page's rules removed: a Chinese notice printed to PDF over
two sheets, its attachment's table scrambled by the extractor into one cell a line.

- `printed-sidebar` read a Chinese text's lines as "no sentence" (its sentence test counted words
  by spaces), so the table's cells and everything after them went as a sidebar: a line ending in
  `。！？` is a sentence too.
- `running-head` on a two-sheet print took any line standing once on each page as a running line
  (a pace of two copies proves nothing): a table's cell (the office in charge of two rows) went.
  Only the browser's own marks (address, print stamp) or copies beside the counters take that pace.

Made-up documents: three portals / printers (Chromium-style `M/D/YY, H:MM AM` stamp with `n/2`
counters; a stamp-less print with the address and counter on one foot line; a sidebar of a
Chinese blog that must still go)."""
from __future__ import annotations

from pipeline.clean import clean_text

PARA = ("为切实做好本年度重点工作，根据县委、县政府工作安排，现将有关事项通知如下，请各责任单位认真研究、"
        "强化责任、细化措施，确保全年目标任务顺利完成。")


def _rows(offices: list[str], n: int) -> list[str]:
    tasks = ["启动建设城区段综合治理工程。", "新建2座人行天桥。", "建成县残疾人综合服务中心。",
             "迁建县政务服务中心。", "加快推进水库建设。", "完成棚户区改造2836户。", "城区再新建1个农贸市场。",
             "开工建设县老年养护楼。"]
    out = []
    for k in range(n):
        out += [str(k + 1), tasks[k % len(tasks)], offices[k % len(offices)], ""]
    return out


def _two_sheets(title: str, site: str, url: str, offices: list[str], foot_joined: bool) -> tuple[str, list[str]]:
    """A notice printed over two sheets: header (stamp + page title), footer (address, counter)."""
    head = ["12/1/26, 1:53 PM", "", f"{title}-{site}", ""]
    foot = (lambda p: [f"{url}   {p}/2", ""]) if foot_joined else (lambda p: [url, "", f"{p}/2", ""])
    page1 = head + [site, "", "首页 政务公开 政务服务 互动交流", "当前位置：首页 > 政务公开 > 通知公告", "",
                    title, "来源：办公室 发布日期：2016-03-01", "", "各乡镇人民政府，县级各部门：", PARA, "",
                    "附件：重点工作任务分解表", "", "某某县人民政府办公室", "2016年2月26日", "附件", "",
                    "重点工作任务分解表", "序号", "", "责任单位", ""] + _rows(offices, 4) + foot(1)
    page2 = head + _rows(offices[2:] + offices[:2], 5) + ["网站地图 | 联系我们 | 使用帮助", "主办：某某县人民政府办公室", ""] + foot(2)
    body = [t for t in page1[page1.index(title) + 2:] if t and t not in head and not t.startswith(url) and "/2" not in t]
    return "\n".join(page1 + page2) + "\n", body


DOCS = [
    ("某某县人民政府办公室关于重点督办民生实事的通知", "某某县人民政府", "http://www.example.gov.cn/xxgk-show-1.html",
     ["县水务局", "县住建局", "县代建中心"], False),
    ("某某市教育局关于做好年度校舍安全工作的通知", "某某市教育局", "https://jyj.example.gov.cn/art/2020/3/1/art_12.html",
     ["市教育局", "市财政局", "各区教育局"], False),
    ("某某区人民政府关于印发重点项目清单的通知", "某某区人民政府网", "http://www.example-qu.gov.cn/zwgk/2019/0301/c1.htm",
     ["区发改局", "区住建局", "区交通局", "区水务局"], True),
]


def test_a_two_sheet_print_keeps_its_table_cells_and_its_sentences():
    failing = []
    for title, site, url, offices, joined in DOCS:
        text, body = _two_sheets(title, site, url, offices, joined)
        cleaned = clean_text(text)
        kept = {str(line).strip() for line in cleaned.lines}
        lost = [t for t in body if t.strip() not in kept and not t.startswith(("网站地图", "主办"))]
        if lost:
            failing.append((title, lost[:5]))
    assert not failing, failing


def test_a_two_sheet_print_still_loses_its_print_marks():
    for title, site, url, offices, joined in DOCS:
        text, _ = _two_sheets(title, site, url, offices, joined)
        cleaned = clean_text(text)
        gone = [r.text.strip() for r in cleaned.removed]
        assert "12/1/26, 1:53 PM" in gone and any(g.startswith(url) for g in gone), (title, gone)
        assert any(g.endswith("2/2") for g in gone), (title, gone)


def _blog_zh() -> tuple[str, list[str], list[str]]:
    """A Chinese blog post printed to PDF over three pages: its article, then a sidebar of short
    lines (most-read titles, archive, tags) that must still go."""
    article = [x for k in range(6) for x in (f"第{k + 1}段：" + PARA[:36], PARA[36:-1] + f"，此为第{k + 1}项。", "")]
    sidebar = []
    for k in range(24):
        sidebar += [f"热门文章：关于基层治理的第{k + 1}篇", f"随笔（{k + 3}）"]
    sidebar += ["文章归档", "2016年3月 (4)", "2016年2月 (7)", "标签云", "政务 基层 治理", "Powered by 某某博客"]
    body = article + sidebar
    size = -(-len(body) // 3)
    pages = [["11/29/26, 10:49 AM", "", "某某的博客：一篇关于基层治理的随笔", ""] + body[p * size:(p + 1) * size]
             + ["http://blog.example.com/2016/03/post.html", "", f"{p + 1}/3", ""] for p in range(3)]
    return "\n".join(line for page in pages for line in page) + "\n", [t for t in article if t], sidebar


def test_a_chinese_blog_sidebar_still_goes_and_its_article_stays():
    text, article, sidebar = _blog_zh()
    cleaned = clean_text(text)
    gone = {r.text.strip() for r in cleaned.removed}
    assert not gone & set(article)
    assert len(set(sidebar) & gone) >= len(sidebar) - 2, sorted(set(sidebar) - gone)
