"""A Chinese README in Markdown (issue #11, bodykept round 2): once the language is read from the
prose it takes the Chinese path, which must treat Markdown as the English path does: a fenced
code block is one listing (its '// 初始化' comments are no headings), a '- ' list item or a '> '
quote is never a heading, and a pipe table keeps its rows as lines."""
from __future__ import annotations

from structure.helpers import all_paragraphs, all_sections, doc_of

INTRO = "这是一个在浏览器中运行的点云处理库，由 WebAssembly 提供支持，简单易用。"
CODE = """```typescript
import * as Lib from 'some-library';

async function main() {
  // 初始化
  const client = await Lib.init();
  // 获取数据文件
  const data = await fetch('/data.pcd');
}
```"""
README = "\n".join([
    "## 简介", "", INTRO, "",
    "## 特性", "", "- 提供相似的接口，简单易用", "- 支持所有现代浏览器", "- 还有很多很多！", "",
    "## 支持的环境", "", "| Edge | Firefox | Chrome |", "| --- | --- | --- |", "| 16+ | 52+ | 57+ |", "",
    "## 使用", "", "> 版本：最新", "", "按下面的例子调用：", "", CODE, "",
    "## 协议", "", "本项目以开源协议发布，欢迎使用。", ""])


def test_chinese_readme_headings_are_its_markdown_headings_only():
    doc = doc_of(README)
    assert doc.lang.startswith("zh")
    assert [s.title for s in all_sections(doc)] == ["简介", "特性", "支持的环境", "使用", "协议"]


def test_chinese_readme_code_fence_is_one_listing():
    paragraphs = list(all_paragraphs(doc_of(README)))
    code = [p for p in paragraphs if p.verbatim == "code"]
    assert len(code) == 1 and code[0].language == "typescript"
    assert "// 初始化" in code[0].text and code[0].text.count("\n") >= 6


def test_chinese_readme_pipe_table_keeps_its_rows():
    tables = [p for p in all_paragraphs(doc_of(README)) if p.verbatim == "layout"]
    assert len(tables) == 1
    assert tables[0].text.split("\n") == ["| Edge | Firefox | Chrome |", "| --- | --- | --- |", "| 16+ | 52+ | 57+ |"]


def test_pipe_rows_without_a_rule_are_not_a_table():
    doc = doc_of("## 简介\n\n" + INTRO + "\n\n| 甲 | 乙 |\n| 丙 | 丁 |\n")
    assert not [p for p in all_paragraphs(doc) if p.verbatim]
