"""HTML inside a Markdown README: a table row with `<br/>` stays one row, banner lines that are
only tags go, a language bar goes; words a reader needs stay (rules_readme.py)."""
from __future__ import annotations

from pipeline.clean import clean_text

from .helpers import run_rule

ROW = ('| <img src="https://example.org/logos/edge_128x128.png" alt="Edge" width="48px" /><br/> Edge '
       '| <img src="https://example.org/logos/firefox_128x128.png" alt="Firefox" width="48px" /><br/>Firefox |')


def test_table_row_with_br_stays_one_row_without_tags():
    kept, removed, _ = run_rule("table-row-breaks", ["## Browsers", "", ROW, "| --- | --- |", "| 16+ | 52+ |"])
    assert len(kept) == 5
    row = kept[2]
    assert row.startswith("|") and row.endswith("|") and row.count("|") == 3
    assert "Edge" in row and "Firefox" in row and "<" not in row and "alt" not in row
    assert removed and all(line == 3 for line, _ in removed)


def test_image_alone_in_a_cell_leaves_its_alt_text():
    kept, _, _ = run_rule("table-row-breaks", ['| <img src="a.png" alt="Edge"/> | 工具 <br/> 说明 |', "| - | - |"])
    assert kept[0] == "| Edge | 工具 说明 |"


def test_table_row_through_the_chain_is_not_split_by_br():
    text = "\n".join(["# 浏览器", "", "下面是支持的浏览器。", "", ROW, "| --------- | --------- |", "| 16+ | 52+ |", ""])
    lines = clean_text(text).lines
    rows = [line for line in lines if line.startswith("|")]
    assert len(rows) == 3 and "Edge" in rows[0] and "Firefox" in rows[0]
    assert not any(line.strip() in ("Edge |", "Firefox |", "|") for line in lines)


BANNER = ['<p align="center">',
          '  <a href="https://example.org/zh-cn" target="_blank"><img style="max-height: 100px" src="./logo.svg" '
          'alt="title="demo"></a>',
          '  <p align="center">在浏览器中运行的<a href="https://example.org/lib">点云库</a>，由 WebAssembly 提供支持。</p>',
          '</p>',
          '<p align="center">',
          ' <a href="https://example.org/LICENSE">',
          '    <img src="https://img.shields.io/badge/License-MIT-blue.svg" alt="License: MIT">',
          '  </a>',
          '  <img alt="DeepScan" src="https://deepscan.io/badge/grade.svg" />',
          '</p>']


def test_markup_only_lines_go_words_stay():
    kept, removed, _ = run_rule("markup-only-lines", BANNER + ["", "## 简介", "", "这是一个库。"])
    assert [line for line, _ in removed] == [1, 2, 4, 5, 6, 7, 8, 9, 10]
    assert any("点云库" in k for k in kept) and "这是一个库。" in kept


def test_banner_through_the_chain_keeps_its_sentence_without_tags():
    lines = clean_text("\n".join(BANNER + ["", "## 简介", "", "这是一个库，简单易用。", ""])).lines
    assert not any("<" in line or "License: MIT" in line or "DeepScan" in line for line in lines)
    assert any("在浏览器中运行的点云库，由 WebAssembly 提供支持。" in line for line in lines)


def test_tag_names_in_prose_and_lone_tags_are_not_markup_only():
    lines = ["Wrap each paragraph in <p> and each section in <div> tags.", "<br>", "<p>", "a<b"]
    kept, removed, _ = run_rule("markup-only-lines", lines)
    assert kept == lines and not removed


def test_language_bars_go():
    bars = ['  <a href="./README.md">English</a> | 简体中文',
            "English | [中文](README_zh.md)",
            "**简体中文** · [English](README.en.md) · [日本語](README.ja.md)",
            "[🇺🇸 English](README.md) / [🇨🇳 简体中文](README.zh-CN.md)",
            "Languages: [English](README.md) | [Español](README.es.md)"]
    for bar in bars:
        kept, removed, _ = run_rule("language-switch", ["# demo", "", "An intro sentence here.", "", bar])
        assert [line for line, _ in removed] == [5], bar


def test_language_bar_without_links_goes_only_at_the_head():
    head = ["# demo", "English | 简体中文", "", "An intro sentence here."]
    _, removed, _ = run_rule("language-switch", head)
    assert [line for line, _ in removed] == [2]
    body = ["# demo"] + [f"Sentence number {k} of the body." for k in range(20)] + ["English | 中文"]
    kept, removed, _ = run_rule("language-switch", body)
    assert not removed


def test_lines_that_are_not_language_bars_stay():
    lines = ["| English | 中文 |", "English and 中文 are both supported | see below",
             "Read [English](README.md) or ask us.", "English | 中文 | 123", "English"]
    kept, removed, _ = run_rule("language-switch", ["# demo"] + lines)
    assert not removed


def test_language_bar_after_a_label_goes():
    for bar in ["使用其他语言阅读：[English](./README.md) | 简体中文",
                "Read this in other languages: [English](README.md) | [中文](README.zh.md)",
                "Languages: English | [Deutsch](README.de.md)"]:
        _, removed, _ = run_rule("language-switch", ["# demo", "", "An intro sentence here.", "", bar])
        assert [line for line, _ in removed] == [5], bar


def test_a_sentence_about_languages_stays():
    lines = ["本文档的语言：中文，另有英文版本可供参考。", "Language: the tool supports English | 中文 input."]
    _, removed, _ = run_rule("language-switch", ["# demo"] + lines)
    assert not removed


def test_inline_badge_is_cut_from_a_title_line():
    line = '# Omi <a href="https://www.npmjs.com/package/omi"><img src="https://img.shields.io/npm/v/omi.svg" alt="Version"></a>'
    kept, removed, _ = run_rule("inline-image-markup", [line, "", "正文第一段，介绍这个库。"])
    assert kept[0] == "# Omi" and removed


def test_inline_image_rule_keeps_linked_words_and_lines_of_markup_only():
    lines = ['在浏览器运行的<a href="https://x.org/pcl">点云库</a>，由 WebAssembly 提供支持。',
             '<img src="logo.svg" alt="logo">',
             'Built with <img src="heart.svg" alt="love"> by volunteers.']
    kept, removed, _ = run_rule("inline-image-markup", lines)
    assert kept[0] == lines[0] and kept[1] == lines[1]
    assert kept[2] == "Built with love by volunteers." and len(removed) == 1


def test_an_unlinked_image_without_alt_text_is_the_texts_own_words():
    # plain text quoting markup (a hostile or a tutorial line): nothing says it is a badge or a picture
    lines = ['第4段落包含 <img src="file:///etc/passwd"> 作为文字。', 'See <img src="x.png"> here.',
             '结尾是 <img src="a.png">']
    kept, removed, _ = run_rule("inline-image-markup", lines)
    assert kept == lines and not removed


def test_markup_quoted_as_text_on_its_own_line_stays():
    # a plain text quoting markup: not a README banner's tags, or an image nothing describes or links
    lines = ['<img src="http://127.0.0.1/img.png"> <img src="file:///tmp/x.png">',
             '<iframe src="http://127.0.0.1/frame"></iframe><object data="file:///etc/passwd"></object>',
             '<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="file:///etc/passwd" parse="text"/>',
             '<video src="v.mp4" poster="p.png"></video>']
    kept, removed, _ = run_rule("markup-only-lines", lines)
    assert kept == lines and not removed


def test_an_undescribed_picture_goes_only_in_a_readme_with_a_banner():
    gif = '<img src="./examples/demo.gif">'
    kept, removed, _ = run_rule("markup-only-lines", BANNER + ["", "## 示例", "", gif, "", "这是一个库。"])
    assert gif not in kept
    kept, removed, _ = run_rule("markup-only-lines", ["某区政府工作报告", gif, "正文。"])
    assert gif in kept and not removed
