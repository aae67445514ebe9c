"""The language is decided from the prose: code blocks, URLs, link targets, HTML tags and
inline code are a machine's Latin letters, not the text's language (issue #11: a Chinese
README with code was set as English)."""
from __future__ import annotations

from pipeline.structure.language import detect_language, prose

CODE = """```typescript
import * as Lib from 'some-library';

async function main() {
  const client = await Lib.init({ url: 'https://cdn.example.org/npm/some-library/dist/core.wasm' });
  const cloud = client.io.loadFile('/test.data', Lib.PointXYZ);
  const filtered = new client.filters.PassThrough(cloud).setFilterLimits(0.0, 1.0).filter();
  client.io.saveFileASCII('/test-filtered.data', filtered);
}

main();
```"""

ZH_PROSE = ["## 简介", "", "这是一个在浏览器中运行的点云处理库，简单易用，支持所有现代浏览器。",
            "", "## 使用", "", "安装以后，按下面的例子调用："]


def lines(text: str) -> list[str]:
    return text.split("\n")


def test_chinese_readme_with_long_code_blocks_is_chinese():
    text = ZH_PROSE + lines(CODE) + ["", "## 示例", "", "读取文件，过滤，再保存："] + lines(CODE)
    assert detect_language(text) == "zh-CN"


def test_chinese_readme_with_html_banner_and_links_is_chinese():
    banner = ['<p align="center">',
              '  <a href="https://www.npmjs.com/package/some-library"><img src="https://img.shields.io/npm/v/'
              'some-library.svg" alt="npm version"></a>',
              '  <a href="https://github.com/someone/some-library/stargazers"><img src="https://img.shields.io/'
              'github/stars/someone/some-library" alt="Github Stars" /></a>',
              '</p>']
    links = ["- [文档](https://some-library.example.org/zh-cn/docs/tutorials/introduction)",
             "- [讨论](https://github.com/someone/some-library/discussions/categories/general)",
             "运行 `npm install some-library --save-dev` 即可。"]
    assert detect_language(banner + ZH_PROSE + links) == "zh-CN"


def test_english_readme_with_a_chinese_name_is_english():
    text = ["# Point clouds in the browser", "",
            "This library runs the point cloud filters in any modern browser, with typed bindings",
            "and a small download. It was written by 张伟 (Zhang Wei) and is maintained by volunteers.",
            "", "## Usage", "", "Install it, then call it as below:"] + lines(CODE)
    assert detect_language(text) == "en"


def test_english_readme_with_chinese_comments_in_its_code_is_english():
    code = ["```python", "# 初始化客户端，读取配置文件", "client = connect()", "# 获取数据并保存到本地目录",
            "save(client.fetch())", "```"]
    text = ["# Usage", "", "Connect, fetch and save:"] + code
    assert detect_language(text) == "en"


def test_only_code_falls_back_to_every_line():
    assert detect_language(lines(CODE)) == "en"
    assert detect_language(["```", "# 初始化", "```"]) == "zh-CN"


def test_traditional_chinese_prose():
    assert detect_language(["我們這個國家的經濟發展，還有很多問題。"] + lines(CODE)) == "zh-TW"


def test_prose_drops_tags_urls_targets_and_inline_code_but_keeps_words():
    out = prose(['<a href="https://x.org/a">English</a> | 中文 see https://x.org/b and `npm i x`',
                 "```", "code()", "```", "[文档](https://x.org/docs)"])
    assert len(out) == 2
    assert "English" in out[0] and "中文" in out[0] and "see" in out[0]
    assert "x.org" not in out[0] and "npm" not in out[0] and "href" not in out[0]
    assert "文档" in out[1] and "docs" not in out[1]
