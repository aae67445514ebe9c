"""The cleaning chain, declared once: boilerplate rules (Page -> Page) in order, then typography
rules (str -> (str, count)) in order. Any rule can be switched off by name (`skip=`).
docs/cleaning.md lists the same names in the same order."""
from __future__ import annotations

from . import rules_above as above
from . import rules_apparatus_en as apparatus_en
from . import rules_blank as blank
from . import rules_chrome_en as chrome_en
from . import rules_cms_en as cms_en
from . import rules_contents as contents
from . import rules_docshare as docshare
from . import rules_book as book
from . import rules_flattened as flattened
from . import rules_form as form
from . import rules_release_en as release_en
from . import rules_forum as forum
from . import rules_frames as frames
from . import rules_frame_en as frame_en
from . import rules_gutenberg as gutenberg
from . import rules_header as header
from . import rules_joined as joined
from . import rules_labels as labels
from . import rules_learned as learned
from . import rules_legal as legal
from . import rules_meta as meta
from . import rules_mojibake as mojibake
from . import rules_portal as portal
from . import rules_readme as readme
from . import rules_scan as scan
from . import rules_pages as pages
from . import rules_tail as tail
from . import rules_trail as trail
from . import rules_viewer as viewer
from . import rules_widgets as widgets
from . import rules_wiki as wiki
from . import typography as typo

# perturb: forms a copy gave the whole text (rules_form.py); clean_text runs them before it finds
# fenced code, then the boilerplate rules.
FORM_RULES = [
    ("bbcode-markup", forum.bbcode_markup),   # r48: a forum post's BBCode source, '[align=center][b]…[/b][/align]'
    ("common-indent", form.common_indent),
    ("layout-columns", form.layout_columns),   # r27layout: two columns side by side on each line, read column by column
    ("lossy-question-mark", form.lossy_question_mark),
    ("lossy-indent", form.lossy_indent),
    ("lossy-space", form.lossy_space),
    ("double-spaced", form.double_spaced),
    ("csv-record", form.csv_record),   # r44: a data set's CSV header over one record holding a whole document
    ("joined-lines", joined.joined_lines),   # flat: a text joined onto one line, split back before any rule reads a line
]

BOILERPLATE_RULES = [
    ("front-matter-block", readme.front_matter_block),   # newdocs round 3: a YAML header over a Markdown export;
    #   r30bold: first, so every rule that reads the top of the page reads the page
    ("quoted-note", readme.quoted_note),   # r43: '> 本文…提取，仅供查阅；以[官方链接](…)为准。' over the '#' title
    ("marked-copy", readme.marked_copy),   # r31enheads: '## Sitting resumed …' over its plain copy (a converter's doubling)
    ("gutenberg-header", gutenberg.gutenberg_header),
    ("gutenberg-footer", gutenberg.gutenberg_footer),
    ("gutenberg-credit", gutenberg.gutenberg_credit),
    ("publisher-ads", book.publisher_ads),   # r44: the publisher's lists of other books before the book
    ("plate-markers", book.plate_markers),
    ("transcription-note", book.transcription_notes),   # round11en: '(Handwritten note: …)', '[Stamp: …]'
    ("scan-credit", book.scan_credit),   # round9en: 'Digitized by the Internet Archive' / 'in 2016' / the item's address
    ("box-frame", frames.box_frame),
    ("running-head", pages.page_furniture),
    ("transcript-status-head", pages.transcript_status_head),   # r29enchrome: 'UNREVISED HANSARD' / house / date with takes over each take
    ("mirrored-head", pages.mirrored_heads),   # round19en: 'Law Revision Cap. 2:02 3' / '4 Cap. 2:02 Law Revision' on two pages
    ("dated-print-head", pages.dated_print_heads),   # round19en: '• 8/18/2019 Report FINAL' over '2/10' on a few pages
    ("watermark-letters", pages.watermark_letters),   # unseen7: a rotated DRAFT read as lines 'D' / 'R' / 'A' / 'FT'
    ("forum-jammer", forum.forum_jammer),   # round20zh: a bulletin board's anti-copy junk, '9 Y8 f3 E5 k. p. Q8'
    ("printed-sidebar", pages.printed_sidebar),
    ("printed-top-bar", pages.printed_top_bar),
    ("glued-page-number", pages.glued_page_number),
    ("url-page-head", pages.url_page_heads),   # r30enweb: 'http://… COURT NAME Page 1 of 8', a print's head kept once
    ("preview-counters", pages.preview_counters),   # r26zh: '第2页/共12页' between a preview's pages, the file longer than the excerpt
    ("bracketed-page-number", pages.bracketed_page_numbers),   # round14en: '( 101 )' … '( 102 )' at the pages' heads
    ("drop-capital", scan.drop_capitals),   # r28ocr: 'T' / 'HE report of …' -> 'THE report of …'
    ("scan-page-break", scan.scan_page_breaks),   # r28ocr: '236' / 'ADVERTISEMENT' set apart inside a sentence of OCR text
    ("scan-debris", scan.scan_debris),   # r28ocr: '6,' / 'gh' / ')' / 'Ne Se Te ee' / '+ iinet': a picture read as text
    ("stray-page-number", pages.stray_page_number),   # round9zh: a lone '1' between a heading and its paragraph
    ("lettered-page-number", pages.lettered_page_numbers),   # round18en: a gazette's 'A 866' page head in an Act's text
    ("title-verso", pages.title_verso),
    ("wiki-chrome", wiki.wiki_chrome),
    ("wiki-templates", wiki.wiki_templates),   # r47: '{{Use dmy dates|date=April 2016}}' alone on a line of wikitext
    ("zh-wiki-header", wiki.zh_wiki_header),
    ("zh-entry-tools", wiki.zh_entry_tools),   # r44: an encyclopedia entry's '播报' / '编辑' tools and the site's bar over its name
    ("mojibake", mojibake.mojibake),   # after wiki-chrome, which finds a language list by its garbled names
    ("asciidoc-header", readme.asciidoc_header),   # r28markdown: an AsciiDoc header's attribute entries (':toc:')
    ("markup-residue", portal.markup_residue),
    ("style-residue", portal.style_residue),   # r49: 'a.supporter:hover {background:#EC4438;} @media …' as a line
    ("archive-header", legal.archive_header),       # unseen2: a printer's catalogue lines, '[… Bills …]'
    ("sgml-marker", legal.sgml_marker),             # unseen2: '<DOC>' / '<all>' wrapper markers
    ("underscore-rule", legal.underscore_rule),     # unseen2: '______' rules on a title page
    ("reporter-notice", legal.reporter_notice),     # round9en: a slip opinion's 'NOTICE: … subject to formal revision …'
    ("gazette-head", legal.gazette_head),           # r33enlegal: '16.10.2015' / 'EN' / 'Official Journal of the European Union' / 'L 272/1'
    ("provision-label", legal.provision_label),     # unseen2: a legal database's '- SECT 1' labels
    ("table-row-breaks", readme.table_row_breaks),   # before html-markup, which would split the row at <br>
    ("media-embed", readme.media_embed),   # r41: a video player's raw-HTML block and its links in a Markdown text
    ("markup-only-lines", readme.markup_only_lines),
    ("generator-comments", readme.generator_comments),   # newdocs round 2: kramdown/Liquid comments, empty anchors
    ("inline-image-markup", readme.inline_image_markup),
    ("language-switch", readme.language_switch),
    ("html-markup", flattened.html_markup),
    ("inline-markup", flattened.inline_markup),   # round9en: '<span class="smallcaps">PART IV …</span>' around a converter's heading
    ("crossing-spans", flattened.crossing_spans),   # r45: '<span style="…"># Title' … '</span>' a highlight over lines
    ("glued-paragraphs", flattened.glued_paragraphs),
    ("glued-table-heading", flattened.glued_table_heading),   # round8zh: '…43.942.7' + '2．师资队伍…' on one line
    ("one-line-page", flattened.one_line_page),
    ("run-in-part-heads", flattened.run_in_part_heads),   # round20zh: '…如下。 一、各地自查 各市…' in a wrapped paragraph
    ("glued-chapter-heads", flattened.glued_chapter_heads),   # r41: '第一章总 则第一条为了…', '…。第二章规范与倡导第七条…'
    ("glued-part-heads", flattened.glued_part_heads),   # r26zh: '一、2023年工作回顾过去一年，…' (no mark, no gap)
    ("glued-section-heads", apparatus_en.glued_section_heads),   # round16en: '1.Short titleThis Act …' -> head / text
    ("tail-glued-section-heads", apparatus_en.tail_glued_section_heads),   # round19en: '…Act.2. Interpretation' -> text / head
    ("tail-glued-division-heads", apparatus_en.tail_glued_division_heads),   # r28acts: '… as followsPART 1 PRELIMINARY' -> text / head
    ("docshare-chrome", docshare.docshare_chrome),   # r27docshare: a sharing site's prompts, notices, labels and file facts around its preview
    ("docshare-chrome-en", docshare.docshare_chrome_en),   # r29enchrome: an English sharing site's viewer buttons, preview notices, listing facts, page anchors
    ("viewer-chrome", viewer.viewer_chrome),   # r28acts: a converted PDF page's 'Navigation bar' / controls / '5 of 22', its advert
    ("page-title", portal.page_title),
    ("year-tag", portal.year_tag),   # r26zh: '2019年…统计公报 2019', a collection site's year after its headline
    ("length-note", portal.length_note),   # r30zhweb: '…的讲话 (本页约4900+字)', a site's length note after its headline
    ("counted-headline", labels.counted_headline),   # round8zh: '…的通知0', a view counter glued to the headline
    ("link-residue", portal.link_residue),
    ("page-twice", labels.page_twice),   # unseen3: before `share-card`/`teaser`, which would take one copy's lines each
    ("share-card", portal.share_card),   # before `teaser` (which would take the card as a summary) and the tail rules
    ("editor-blurb", portal.editor_blurb),   # before `teaser`: prose, it would end the head zone too
    ("summary-copy", widgets.summary_copy),   # round8en: a document site's one-line summary over the transcript
    ("teaser", portal.teaser),   # early: a teaser is prose, and would end the head zone above the byline
    ("column-label", portal.column_label),   # unseen13: '政府工作报告' over '2011年政府工作报告' and its byline (before page-meta takes it)
    ("copyright", meta.copyright_line),
    ("copyright-head-mates", pages.copyright_head_mates),   # round20en: the lines printed with a running copyright line on every page
    ("cover-again", pages.cover_again),   # enlegal: a revised Act's cover block printed again over its later pages
    ("updated-at", meta.updated_at),
    ("collector-note", header.collector_note),
    ("record-values", header.record_values),   # r43: '新华月报' / '1987·7' / '513' / '政治' / '5': a record's values, labels lost   # r42: '标题：' / '发布日期：' / '来源链接1：' / '取法：' over a kept text
    ("page-meta", meta.page_meta),
    ("bare-counter", meta.bare_counter),
    ("byline-echo", meta.byline_echo),   # round12zh: the byline's source and date again, unlabelled   # unseen8: the counter's digits alone under the byline
    ("register-code", meta.register_code),   # unseen6
    ("value-box", meta.value_box),   # round20zh: a disclosure table's values without labels, index number to document number
    ("address-line", meta.address_line),   # unseen6: before the head zone's lines are read as a title block
    ("wire-dateline", meta.wire_dateline),
    ("editor-default-title", portal.editor_default_title),   # r47: 'New Page 1', '无标题文档' over the text
    ("bare-timestamp", portal.bare_timestamp),
    ("book-lists", book.book_lists),   # before contents-box: a page-numbered list is navigation whatever its label
    ("contents-box", portal.contents_box),
    ("contents-line", book.contents_line),
    ("flattened-contents", book.flattened_contents),   # round19en: a PDF's contents page as one line, entries with page numbers
    ("printer-imprint", legal.printer_imprint),   # round8en: 'Price : Rs. 30.00', 'PRINTED AT THE …' on an Act's cover
    ("joined-headline", legal.joined_headline),   # r29enchrome: a law library's 'Act No. 12 - AN ACT …' headline over the Act printing both
    ("flattened-arrangement", legal.flattened_arrangement),   # round8en: an Act's contents, a PDF page a line
    ("provision-list", legal.provision_list),
    ("code-section-list", legal.code_section_list),   # round13en: '§ 1-1. …' under 'Chapter 1. …'   # unseen9: 'Section 1.  Natural rights.' … over the sections
    ("unpaged-contents", book.unpaged_contents),   # newdocs round 3: one entry a line, no page numbers
    ("labelled-outline", book.labelled_outline),   # round20zh: '目 录' / '1.1编制目的' … that the excerpt never reaches
    ("numbered-contents", book.numbered_contents),   # round13en: a short Act's numbered contents, repeated as heads
    ("restarting-contents", book.restarting_contents),   # unseen8: numbered parts with nothing under them, renumbered after
    ("echoed-contents", contents.echoed_contents),   # issue 11: any contents list whose entries stand again below, in order
    ("leadered-contents", contents.leadered_contents),   # r48: dot-leadered entries the excerpt never reaches, '1总则……6'
    ("meta-box", header.meta_box),
    ("file-name-line", header.file_name_line),   # r22print: 'Report.docx' / 'Act 2001.pdf' over a shared document
    ("link-list", header.link_list),   # round19zh: '- 广州市人民政府' / '- 深圳市人民政府' … over the headline
    ("catalogue-run", header.catalogue_run),   # round5: the box without colons, glued or dash-bulleted
    ("fact-box", widgets.fact_box),   # unseen11: 'Type' / 'Bill' / 'Status' / 'In force' … over an Act
    ("code-apparatus", widgets.code_apparatus),   # unseen11: 'Chapter 174' and the site's notes under 'ORS 174.100'
    ("search-prompt", widgets.search_prompt),
    ("filter-widget", apparatus_en.filter_widget),   # round16en: 'Generic filters' / 'Filter by Chapter' / 'Select all' and its options
    ("archive-banner", apparatus_en.archive_banner),   # round16en: 'This snapshot taken on …', 'Main navigation'
    ("export-metadata", apparatus_en.export_metadata),   # round16en: 'text/xml' / '2018-03-01' / 'EN' over a bill
    ("reader-chrome", apparatus_en.reader_chrome),   # round17en: '23 minute read', 'Report Details', 'Next Article' and its name
    ("masthead-over-trail", apparatus_en.masthead_over_trail),   # round17en: site name, heading, wrapped menu over 'Home / X' above X
    ("item-pager", apparatus_en.item_pager),   # round16en: 'Previous transcript', 'Share this transcript: Facebook | …'
    ("scan-page-numbers", apparatus_en.scan_page_numbers),   # round16en: '1534 2' over a scanned page's OCR text
    ("menu-tree-header", header.menu_tree_header),   # r42: an unstyled page's menus one item a line, far over the breadcrumb
    ("page-header", header.page_header),
    ("site-name", header.site_name),
    ("breadcrumb", widgets.breadcrumb),
    ("headline-trail", trail.headline_trail),   # r45: '栏目 > 栏目 > <headline>' over side labels and the headline again
    ("site-tag", widgets.site_tag),   # round9zh: '【www.example.com--报告】', '| 报告 |'
    ("spaced-trail", widgets.spaced_trail),   # round9zh: '某某网 资料文库 某某范文' over '某某范文'
    ("taxonomy-label", widgets.taxonomy_label),   # unseen9: 'Tag: Press Release' over a post
    ("site-bars", widgets.site_bars),   # unseen9: '[Home] [Databases] …', 'You are here: … >>', 'URL: …'
    ("font-size-widget", widgets.font_size_widget),
    ("share-link", widgets.share_link),
    ("more-link", widgets.more_link),
    ("split-pager", portal.split_pager),   # unseen7: 'Previous' / entry / 'Next' / entry, labels alone;
    #   before widget (r25auditzh), which would take a label alone ('上一篇：') and strand its entry
    ("widget", widgets.widget),
    ("repost-card", widgets.repost_card),   # r26zh: '以下文章来源于某区发布，作者…' / the account / its description
    ("ad-box", widgets.ad_box),   # round5: an ad label over sponsor links and under them; an icon-labelled category bar
    ("mobile-link", widgets.mobile_link),   # unseen10: '• 某某网移动版'
    ("comment-thread", widgets.comment_thread),   # round20zh: '评论回复' / '×' / '：同意 ［2016-07-10］' / '提交回复返回'
    ("paywall-notice", widgets.paywall_notice),   # unseen10: '此处隐藏5120个字。VIP会员可见', '留言与评论(共有 条评论) |'
    ("slot-headlines", widgets.slot_headlines),   # r44: '今日某某：' / '【头条】…' / '【二条】…': an account's pushes
    ("member-box", widgets.member_box),   # r41: '会员信息' / '用户名:' / '密   码:' / '验证码:' / '注册' / '最近更新'
    ("account-bar", widgets.account_bar),   # r41: '| cwl2', a byline bar with only the uploader's account left
    ("item-counter", widgets.item_counter),   # r41: '第1篇' over a model-text page's item
    ("zh-link-bar", widgets.zh_link_bar),   # r41: '相关文章】 【现金奖励投稿】 【扣点券查看全文】', its first '【' lost
    ("location-bar", portal.location_bar),   # unseen12: a glued '…正文' bar, an edition line over the headline
    ("section-names", portal.section_names),   # unseen12: after widget (a skip link and ':::' go first)
    ("site-channel", portal.site_channel),   # round19zh: '某某区人民政府' / '政府信息公开' over the headline
    ("image-file-name", portal.image_file_name),   # unseen12: '195A8859.jpg' where the picture was
    ("share-stats", widgets.share_stats),   # round11zh: 'VIP专免' / '999+' / '21.78KB' / '23 页' / '海报' over a preview
    ("preview-labels", widgets.preview_labels),   # round20zh: '某某报告 _第1页' / … and '《…》由会员上传分享,免费在线阅读'
    ("twice-numbered-notices", widgets.twice_numbered_notices),   # unseen13: '1. 1、下载文档前…' site notices
    ("stranded-label", portal.stranded_label),   # round8zh: a category word between removed headline and field box
    ("crumb-echo", portal.crumb_echo),   # unseen13: after breadcrumb; '2002卷' repeating a trail item
    ("bulleted-title-block", portal.bulleted_title_block),   # unseen13: '• 政府工作报告' / '• ——2001年…会议上'
    ("portal-top", chrome_en.portal_top),   # round19en: skip links, an old-browser warning, a log-in menu at the top
    ("script-residue", chrome_en.script_residue),   # r33entitle: a player's JavaScript left as lines under the headline
    ("printed-footer", chrome_en.printed_footer),   # r26webpages: a printed web page's footer address and telephone lines
    ("repeated-arrow-link", chrome_en.repeated_arrow_link),   # r41: 'Read how departments are responding to this action »' under each item (before the foot's rules take the last)
    ("en-chrome", chrome_en.en_chrome),   # issue 11: English menus, link rows, form controls, licence lines
    ("glued-nav-bar", chrome_en.glued_nav_bar),   # r41: 'PREVIOUSNEXT', 'CONTENTS · BIBLIOGRAPHIC RECORD' at a book site's head
    ("site-search-label", chrome_en.site_search_label),   # r28acts: 'Search ExploreNorth' under the site's tagline naming it
    ("portal-widgets", chrome_en.portal_widgets),   # round20en: tagline, weather, per-place rows, contact link over the headline
    ("section-menu", chrome_en.section_menu),   # round20en: a menu one item a line, the section's name before it and over the headline
    ("printed-menu", chrome_en.printed_menu),   # r26webpages: a printed web page's menus one item a line, at its head or foot
    ("flat-menu-bar", chrome_en.flat_menu_bar),   # r45: 'Site Title Foreword Shipments …' a report site's bar printed flat
    ("foot-under-top-link", tail.foot_under_top_link),   # r45: the footer under a 'Return to top' after the last paragraph
    ("site-steward", chrome_en.site_steward),   # r26webpages: 'Information maintained by the …' and the site's notes under it
    ("notice-label", chrome_en.notice_label),   # r26webpages: 'Disclaimer:' left alone over the removed notice at the foot
    ("cms-chrome", cms_en.cms_chrome),
    ("body-field-label", cms_en.body_field_label),   # r48: a CMS's 'Body' label, the site's notice box over it
    ("post-furniture", cms_en.post_furniture),   # r27govpages: a bulleted side menu over the headline, a byline over the text, a photo's caption   # round10en: 'Details | Written by | Hits', '(PDF, 4.2 MB)', 'Post a Comment', '[Next](p4)'
    ("news-furniture", cms_en.news_furniture),   # r41: 'Comments 0', a photo caption printed twice on one line, 'SummaryThe teaser …'
    ("card-labels", cms_en.card_labels),   # r41: 'ENTRY' over each item's name on a listing page
    ("nav-menu", widgets.nav_menu),
    ("forum-chrome", forum.forum_chrome),
    ("blog-widgets", widgets.blog_widgets),
    ("pager", portal.pager),
    ("link-button", portal.link_button),
    ("related-box", header.related_box),
    ("sidebar-box", tail.sidebar_box),   # round15zh: '相關新聞' / '熱門服務' and their links mid-page (a printed portal)
    ("site-dialog", header.site_dialog),
    ("image-buttons", header.image_buttons),
    ("footer-blurb", tail.footer_blurb),
    ("footer-links", tail.footer_links),
    ("title-nav-box", tail.title_nav_box),   # round20en: a sidebar's pages after the text, the headline among them
    ("release-marks", release_en.release_marks),   # r33enspeech: 'FOR IMMEDIATE RELEASE', 'Contact: … 555-0100', '###', '-30-'
    ("media-contact", tail.media_contact),   # round9en: 'Media contact: …', 'More …: Page 1 | Page 2' at a release's foot
    ("entry-label", labels.entry_label),
    ("definition-label", labels.definition_label),
    ("photo-caption", labels.photo_caption),
    ("figure-caption", labels.figure_caption),
    ("scene-caption", portal.scene_caption),
    ("cut-headline", labels.cut_headline),   # round9zh: '《…实行' cut inside its mark, over the whole title
    ("repeated-title", labels.repeated_title),
    ("title-band", labels.title_band),   # r42: a page's title line, the template's short lines, the headline again
    ("headline-echo", labels.headline_echo),
    ("title-block-copy", labels.title_block_copy),   # unseen10: the dateline and speaker printed twice
    ("related-list", tail.related_list),
    ("article-pager", tail.article_pager),   # r49: '1 2 下一页 全文阅读' under a story cut over pages
    ("tail-leftovers", tail.tail_leftovers),   # round9zh: '…纲要.pdf', the headline again, a bare page id
    ("footer-island", tail.footer_island),
    ("roman-page-number", frame_en.roman_page_numbers),   # r23enleak: 'ii' / 'iii' alone, a front-matter page's number
    ("empty-contents-label", frame_en.empty_contents_label),   # r23enleak: 'Table of Contents' over the text, its list gone
    ("above-title", above.above_title),   # r25above: the chrome band kept over a sure title, by position
    ("page-margin", form.page_margin),   # r27layout: a layout-mode page's margin before every line but a flush headline
    ("learned-chrome", learned.learned_chrome),   # r24chrome: what general evidence calls chrome at the edges, by a model trained on the gold
    ("blank-edge", blank.blank_edge),
    ("blank-run", blank.blank_run),
]

TYPOGRAPHY_RULES = [
    ("spaced-digits", typo.spaced_digits),
    ("fullwidth-alnum", typo.fullwidth_alnum),
    ("fullwidth-point", typo.fullwidth_point),
    ("fullwidth-percent", typo.fullwidth_percent),
    ("cjk-paren-width", typo.cjk_paren_width),
    ("cjk-punct-width", typo.cjk_punct_width),
    ("cjk-stray-space", typo.cjk_stray_space),
    ("article-bullet", typo.article_bullet),
    ("glued-division", typo.glued_division),   # round15en: 'PART 1ACCESSIBILITY …'
    ("tab-word-space", typo.tab_word_space),   # r35: 'After\ta\tnationwide\treferendum …', a PDF layer's word spaces
    ("trailing-space", typo.trailing_space),
]

RULE_NAMES = [name for name, _ in FORM_RULES + BOILERPLATE_RULES + TYPOGRAPHY_RULES]
