"""Figures against editors' gold on real documents (issue 14, item 5), scored with the shared
corpus scorer (vendored as tests/figures/corpus/score_figures.py).

Two gold sets:
- tests/figures/corpus/gold: four documents (one English, one with Chinese numerals, one law,
  one report transcript) whose figures gold was written for this repository by reading them,
  and three more from other sources (xf*: two older Chinese reports in Chinese numerals, an
  English technical report with dB(A), mA and prices, an English constitution in number words,
  1997 newspaper articles in full-width digits and Chinese numerals);
  and four written before the extractor ever ran on them, for indicator naming (xq*: an
  encyclopedia article on an economy, a 1945 speech in Chinese numerals, a provincial statistical
  communiqué, a copyright law's terms and amounts; tests/figures/corpus/README.md); and three for
  round 3 of naming (xr*: a province's and a country's economy from Wikipedia, a 1945 report and a 1948
  commentary in Chinese numerals), scored at first sight before their rules;
- ../shared/corpus/gold: the team's corpus, when it is checked out beside the repository;
- tests/corpus/extra/gold: the team's extra split (issue 11), the documents whose gold lists
  figures (a Wikipedia page through html2text, a web page printed to PDF, a portal bulletin, two
  Chinese laws; for issue 14 in English: the US Constitution in number words, a NIST guideline
  through pdftotext, a UN briefing transcript, a Wikipedia article as markdown with °C, km², ratios
  and ranges). The extra split's novel (xg3) has no figures gold on purpose: its appendix must
  stay empty (test below).

The repo set also holds the later rounds' first-sight documents (xo*, and xc*: two Chinese CPI news
reports, an Indian Act's penalties in words, an English report of growth forecasts; xce*, and xcf*: two UK
statistical bulletins, a county work report, an advertising law's fines and terms, a price index release),
each scored at first sight before its round's rules (tests/figures/corpus/README.md).

Floors (issue 14): found >= 0.95, indicator right >= 0.90, no appendix row with an empty or
one-character indicator. Documents below the indicator floor are listed in INDICATOR_BELOW
with their measured value pinned a little below: a drop still fails, and each one is a known
gap, not a hidden one.
"""
from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path

import pytest

from common import REPO

HERE = Path(__file__).parent / "corpus"
SHARED = REPO.parent / "shared" / "corpus"
EXTRA = REPO / "tests" / "corpus" / "extra"
FOUND_FLOOR, INDICATOR_FLOOR = 0.95, 0.90
# (gold set, document id) -> pinned indicator floor, for documents measured below 0.90
INDICATOR_BELOW = {
    # check set 40 (blind, first sight with the final rules and models of the session of 2026-12-02 (third); pinned as
    # measured, not read): uu5 0.25, uv1 0.0, uv4 0.625, uv5 0.4, uv6 0.0, uv7 0.5, uv8 0.6
    ("extra", "uu5_deng_1980_party_state_leadership_reform_speech_magazine_archive_xml_record_tags_stripped_metadata_value_lines_bare_numeral_part_heads_yishi_leads_excerpt"): 0.2,
    ("extra", "uv1_ca_constitution_act_1867_preamble_parts_i_iii_consolidation_pdf_extraction_markdown_running_heads_as_atx_heads_marginal_note_heads_half_marked_footnotes_between_sections_en"): 0.0,
    ("extra", "uv4_ly_gaddafi_2009_un_general_assembly_address_markdown_repo_owner_preface_atx_title_date_glued_to_first_paragraph_bold_emphasis_hard_wrapped_en"): 0.57,
    ("extra", "uv5_uk_mactutor_biography_edwin_abbott_html2md_page_quick_info_labels_rule_lines_h3_sections_block_quotes_reference_lists_en"): 0.35,
    ("extra", "uv6_uk_lightwood_charles_dickens_and_music_1912_gutenberg_latin1_crlf_file_start_header_title_page_preface_contents_works_list_chapter_label_over_title_en"): 0.0,
    ("extra", "uv7_ca_justice_laws_statutes_repeal_act_2011_annual_report_stored_page_print_chromium_pdftotext_unstyled_chrome_renumbered_list_page_breaks_mid_item_en"): 0.45,
    ("extra", "uv8_us_ibm_admm_automl_paper_aaai_2020_pdf_extraction_markdown_author_line_as_h1_copyright_footnote_inside_paragraph_runin_leads_en"): 0.55,
    # check set 39 (blind, first sight at e4799713, the session's final rules and models; pinned as measured, not
    # read): rw1-rw8 0.0 but rw3 0.2 — the gatherer wrote the indicators as English glosses of the Chinese texts'
    # noun phrases (`GDP2025` for the text's `全省地区生产总值`), which no extractor of the text can match: a gold
    # error to mend when the set is opened, seen only in the failure messages
    ("extra", "rw1_guangdong_2026_province_opinions_standards_leading_role_repo_md_collector_header_block_part_heads_numbered_runin_topic_leads"): 0.0,
    ("extra", "rw2_moe_2015_ministry_notice_internet_plus_innovation_contest_sql_dump_fields_title_addressees_part_heads_numbered_list_lines"): 0.0,
    ("extra", "rw3_guangdong_2026_province_15th_five_year_plan_outline_repo_md_collector_header_doc_number_issuing_notice_split_title_contents_block_chapter_section_heads"): 0.15,
    ("extra", "rw4_party_member_education_management_regulation_school_page_print_chromium_pdftotext_layout_unstyled_nav_sidebar_weekly_study_headline_chapter_heads_articles"): 0.0,
    ("extra", "rw5_guangdong_2022_province_gov_work_report_portal_rules_library_page_snapshot_search_widget_metadata_rows_repeated_headline_title_block_part_head_yishi_runin"): 0.0,
    ("extra", "rw6_xi_2026_basic_research_symposium_speech_qiushi_text_page_print_chromium_pdftotext_title_header_dateline_speaker_ordinal_runin_parts_topic_leads"): 0.0,
    ("extra", "rw7_zhejiang_2022_15th_party_congress_report_school_page_rendered_text_unstyled_nav_sidebar_weekly_study_headline_three_line_title_part_head_bold_leads"): 0.0,
    ("extra", "rw8_central_offices_2025_opinions_new_employment_groups_repo_md_collector_header_xinhua_release_line_in_body_title_date_part_heads_numbered_runin_leads"): 0.0,
    # tuning set ry (r40zhreport, pinned as measured at first sight and after): ry2 0.167 and ry5 0.0, Traditional
    # indicators against the gold's Simplified ones (`全縣地區生產總值` for `地区生产总值增长`, as rq5's), and ry5's
    # two percentage-point rises named `百分點` (the unit glossed in pinyin left the indicator its unit)
    ("extra", "ry2_hengnan_2022_county_gov_report_reprint_site_traditional_conversion_breadcrumb_dateline_over_two_lines_no_dash_spaced_speaker_keyword_residue"): 0.15,
    ("extra", "ry5_hubei_2018_province_gov_report_reprint_traditional_pinyin_glosses_pipe_residue_line_no_headline_dateline_first_topic_leads"): 0.0,
    # check set 38 (blind, first sight at the session's start; pinned as measured, not read): ru1 0.833
    ("extra", "ru1_town_2019_gov_work_summary_2020_plan_summary_site_breadcrumb_headline_uploader_line_repeated_headline_part_head_section_head_yishi_clause"): 0.8,
    # check set 37 (blind, first sight with 4c89eb96's rules; pinned as measured, not read): rs2 0.0
    # (none of its four percentages found, see FOUND_BELOW), rs3 0.5 (two counts of households named by the year line above)
    ("extra", "rs2_caidian_2023_district_office_notice_issuing_task_breakdown_plan_district_portal_repeated_title_metadata_rows_numbered_items_plan_title_target_heads"): 0.0,
    ("extra", "rs3_county_rural_dangerous_housing_renovation_plan_model_text_anthology_site_headline_blurb_item_label_glued_to_preamble_part_heads_unnumbered_leads_section_head_numbered_clauses"): 0.45,
    # check set 36 (blind, first sight at e672d257 and 3e772665, the same; pinned as measured): rq3 0.667
    # (`農民人均純收入達` for the gold's `农民人均纯收入目标`: the verb kept, the target word not, and the script), rq5 0.6
    # (Traditional indicators against the gold's Simplified ones, `地區生產總值(GDP)` for `地区生产总值`, as ss4's)
    ("extra", "rq3_baiyang_town_annual_work_opinions_model_text_site_traditional_pinyin_mojibake_repeated_headline_part_heads_section_head_item_lead"): 0.65,
    ("extra", "rq5_susong_2015_county_statistical_bulletin_reprint_site_traditional_pipe_tables_table_captions_part_head"): 0.55,
    # check sets 34 and 35 (blind, first sight at 3e772665 and 92222bde, the same; pinned as measured): sw4 0.778 (two
    # indicators named from inside a garbled reading annotation, `n)總值按可比價格計算`), sx5 0.667 (`6 million` yearly
    # visitors named `sold`); sx8 and sy5 find none of their figures (see FOUND_BELOW)
    ("extra", "sw4_baotou_2017_city_statistical_bulletin_mirror_headless_traditional_pinyin_mojibake_garbled_digits_square_bullet_part_head"): 0.75,
    ("extra", "sx5_canadian_encyclopedia_article_wiki_mirror_page_host_brand_line_flattened_infobox_bullets_citation_markers_no_heads_en"): 0.65,
    ("extra", "sx8_au_dto_annual_report_2015_16_introduction_agency_site_page_print_chromium_letter_default_mode_doubled_headline_on_this_page_box_en"): 0.0,
    ("extra", "sy5_huoqiu_xindian_town_general_emergency_plan_county_portal_headless_decimal_heads_space_after_dot_category_items_leads"): 0.0,
    # check set 33 (blind, first sight at bfa48dec; pinned as measured): su1 and su2 0.0 (their gold's only figures are
    # dates, `2024年10月28日`, which the extractor never counts), su6 0.0 (`4个级别` named `级别`, the gold's 突发事件分级数)
    ("extra", "su1_guangyuan_2024_city_legislation_regulation_amendment_draft_consultation_notice_congress_site_breadcrumb_split_notice_title_contents_block_attachment_title_chapter_head_articles"): 0.0,
    ("extra", "su2_tianjin_2017_municipal_office_development_zone_reform_plan_notice_policy_site_blurb_doc_number_split_titles_signature_part_head_last"): 0.0,
    ("extra", "su6_longju_2023_town_emergency_plan_district_portal_page_print_chromium_pdftotext_header_title_doubled_title_decimal_section_heads"): 0.0,
    # check sets 31 and 32 (blind, first sight at 147c70ee and 493e9d7b; pinned as measured): sq3 0.0 (a count of tasks,
    # `149项`, named by the word before it, `方面`), ss1 0.6, ss2 0.8 (a land-transfer area's cap named by its scope words),
    # ss4 0.444 (a traditional-character text whose gold names its indicators in simplified characters: `生產總值` against
    # `生产总值`), ss5 0.818 (an output named by the bracket before it), ss7 0.833 (a law's time limit)
    ("extra", "sq3_gaotang_2024_county_policy_interpretation_portal_page_headless_numbered_part_heads_contact_block_head_qr_footer"): 0.0,
    ("extra", "ss1_qijiang_county_gov_report_model_text_site_breadcrumb_headline_blurb_own_title_two_line_part_head_enumeration_fragment"): 0.6,
    ("extra", "ss2_guandu_2016_district_growth_policy_measures_portal_page_headless_spaced_numbered_part_heads_numbered_run_in_measures"): 0.8,
    ("extra", "ss4_hubei_2006_provincial_statistical_bulletin_reprint_site_traditional_pinyin_mojibake_headless_double_commas_one_part_head"): 0.444,
    ("extra", "ss5_liulin_2024_county_half_year_economy_release_portal_page_headless_clause_pair_part_heads_output_list_lines_typo"): 0.818,
    ("extra", "ss7_national_2024_academic_degrees_law_repo_json_issued_file_print_chromium_pdftotext_page_numbers_orphan_chapter_heads_articles"): 0.833,
    # check set 30 (blind, first sight at 0157b4fc): ts1 0.125, ts4 0.0, ts8 0.0 with every figure found (recall 1.0).
    # The gatherer wrote these Chinese texts' indicators in English (`publicfinancetotalrevenue`, `residentpopulation`),
    # which the scorer's shared-run test cannot meet; the extractor's names are mostly right (公共财政总收入, 固定资产投资,
    # 社会消费品零售总额, 財政收入, 糧食產量), its misses are a growth rate named by its verb (`保持`, `減少`) and a
    # population named by the census it is compared with. Pinned at first sight; the gold is the gatherer's to mend.
    ("extra", "ts1_hanyang_2016_district_gov_report_portal_list_page_one_line_spaced_title_glued_dateline_speaker_inline_part_and_section_heads"): 0.125,
    ("extra", "ts4_yihuang_county_2020_census_bulletin_reprint_page_html_tag_residue_indented_lines_headline_title_copy_byline_part_heads"): 0.0,
    ("extra", "ts8_national_2010_gov_report_live_text_transcript_news_site_traditional_pinyin_mojibake_speaker_tags_timestamps_headless"): 0.0,
    # held out (issue 11): the repo's d5 measured 0.818, unchanged by the dev-tuned rules of branch figures2; 0.909
    # after branch figures, 1.0 after branch figures6 (opened for figures only: link titles' underscores), so no pin
    # shared b1 (held out, opened for figures only in branch figures6): 0.857 until then, 1.0 after the scope rule
    # held out: measured 0.818, then 0.636 after branch figures' English naming rules (scored once, pass/
    # fail then numbers only, never opened); the team's own gold of the same document rose 0.818 -> 0.909.
    # Kept: the rules end visible faults on new English text (a name cut inside a word, `US$` or a year as
    # the name); the drop is reported, not tuned away
    # branch figures6 (opened for figures only, so no longer a held-out measure): 0.727 after the link titles'
    # underscores became spaces, 1.0 after a level held for a time names both values; no pin
    # new gold (branch figures), copyright law: measured 0.867 (13 of 15; first score 0.6). Left: 十五日 and
    # 三十日 are named by the event the term waits for (收到报社通知决定刊登的期限), the gold by the wait
    # itself (向报社投稿后等待刊登通知的期限): two fair names sharing no run of half their length; unchanged by branch
    # figures6, which read the miss again: the gold paraphrases (投稿后, 等待), it does not break the convention, so no
    # correction and no rule (tests/figures/corpus/README.md, round figures6)
    ("repo", "xq4_copyright_law_terms_amounts_zh"): 0.85,
    # round 4 (branch naming2), first sight before any rule for them: xr5 0.5, xr6 0.7, xr8 0.667; after the
    # round-4 rules xr6 1.0, xr8 0.933, xr5 0.643; after round o (branch figures) 0.786 (left: a spending
    # named by its time phrase, a count named by the verb before it; tests/figures/corpus/README.md); after round c
    # (branch figures3) 0.857 (`two cents per gallon` found and named; left: a participle in the name, a count
    # after `include` named by the verb phrase before it)
    # after branch figures6 0.929 (a count after `to include` counts its noun), so no longer pinned
    # xr9, check document added after the round-4 rules: 0.545 at first sight and at main's code; 0.818 after
    # round o (left: `in the first 2 years of its operation`, the typo `ahout` taken for the name); 0.909 after branch
    # figures6 (one word between a copula and the value is an adverb, whatever its spelling), so no longer pinned
    # round o (branch figures), first sight before any rule for them (gold written by reading): xo1 0.6,
    # xo2 0.357, xo3 0.571, xo4 0.583; after the round-o rules xo2 0.929, xo3 1.0, xo4 0.917 and xo1 0.867
    # (left: two fair names sharing too short a run with the gold's, see the README); 0.933 after round xcf (branch
    # figures5: a ban on hiring under an age names the least age the agent may hire), so no longer pinned
    # round xce (branch figures4), first sight before any rule for them (gold written by reading): xce1 1.0,
    # xce2 1.0, xce3 0.533, xce4 0.933, xce5 0.429; after the round-xce rules all at or above 0.90 (no pin)
    # round xce CHECK document (gold by reading, blind): 0.636 at the branch's start and with the round's rules;
    # 0.818 after its own rules (left: a term named by its start, 自…之日起; a fair name sharing too short a run);
    # 0.909 after branch figures6 (a term a law sets for a party names the party and its act), so no longer pinned
    # round xcf (branch figures5), first sight before any rule for them (gold written by reading): xcf1 0.571 (found
    # 0.571), xcf2 1.0, xcf3 0.867 (found 0.933), xcf4 0.071; after the round-xcf rules all 1.0 (no pin). Check
    # document xcf5 (blind, added after the rules): 0.3 at the branch's start and with the rules, 0.9 after its own
    # issue 11's check sets (branch figures15), first sight found / indicator, then after the round's rules (currency
    # codes with space-grouped thousands, OCR'd decimal hyphens, Traditional units, 周年, pinyin glosses):
    # yu3 0.5 / 0.25 -> 1.0 / 0.75 -> 1.0 / 1.0 once naming read Traditional cue words (增長) as Simplified: no pin
    # yw1 0.5 / 0.25 -> 1.0 / 0.25 (left: two amounts after `分別撥出` named by the clause, not each by its source;
    # a share named by its base, `相當於2019年本地生產總值`, the gold by the resources it measures)
    ("extra", "yw1_macau_2021_policy_address_review_portal_page_skip_nav_title_with_part_number_paren_section_heads_hant"): 0.2,
    # yv4 0.857 / 0.571, unchanged (left: a bare count after `at 30 June 2008 was` not found; a deficit named
    # `deficit`, the gold the department's operating result; `last year's rate of 21.3 per cent` named by the
    # comparison before it)
    ("extra", "yv4_au_senate_committee_2009_annual_reports_chapter_page_chapter_label_twice_numbered_paragraphs_footnote_markers_en"): 0.55,
    # yv8 0.0 / 0.0 -> 1.0 / 0.714 (left: an amount named by an aside before it, `U.S. Aid counterpart funds`; an
    # increase after `by as much as` named by the hedge)
    ("extra", "yv8_lk_central_bank_1964_annual_report_government_finance_ocr_page_numbers_letter_spaced_year_and_table_caption_row_label_trap_en"): 0.7,
    # yx1 0.375 / 0.125 -> 1.0 / 0.125 (left: fines after `shall be subject to administrative fines of up to` named
    # `administrative fines`, the gold by the breach the sentence's subject names; a share named
    # `share of its total worldwide` or by a bold training note that the front half left in the paragraph)
    ("extra", "yx1_eu_ai_act_chapter_markdown_training_note_title_twice_article_number_over_name_bold_lettered_points_en"): 0.1,
    # yw3: its anniversary is no figure (see FOUND_BELOW)
    ("extra", "yw3_hk_2017_policy_address_conclusion_news_page_counter_zeros_title_twice_channel_tag_glued_numbered_paragraphs_hant"): 0.0,
    # check set 14: yy1 1.0 / 0.667 at first sight -> 1.0 / 1.0 (round16zh: a count after a body and the venue it
    # acted in, `郭仓镇在政府门户网站主动公开各类政府信息53条`, named by what was done; indicator._AGENT_VENUE): unpinned
    # check set 15 (issue 11, zs: first sight found / indicator): zs2 1.0 / 0.714 (`…，达到1519.9亿元、增长8.2%` named
    # `达到`), zs9 1.0 / 0.75 (`13件(含新制定5…` named by the aside, `累计举行151场` named `举行`), zs10 0.0 / 0.0
    # (`完成 76.63 亿元`, digits a PDF spaced out, not found); all 1.0 / 1.0 after branch figures19's rules (a verb
    # carrying the value is no name, a bracketed aside after a count is no noun, a spaced number reads across the
    # space; tests/figures/corpus/README.md): unpinned
    # check set 16 (issue 11, zu: first sight found / indicator): zu5 1.0 / 0.833 (`比20xx年增加1112万元，增长18%`
    # named `比20xx年`: a template's masked year was no year) -> 1.0 / 1.0 after branch figures20 (indicator.YEAR takes
    # `20xx`, `201X`, `20××`): unpinned. zu2 0.0 / 0.0 at first sight and after the round: `自治县辖4个镇、13个乡。` is
    # one line between two articles, and the front half (pipeline/structure, not this area) takes it for a section
    # heading, so it is no paragraph and no figure is read in it. Read as a paragraph, branch figures20's rule names
    # both counts as the gold does (自治县辖镇数, 自治县辖乡数; naming._under_jurisdiction, unit-tested). Pinned at
    # 0.0 until the line is a paragraph; a doubtful gold too: a regulation's counts of its towns and townships are
    # facts of its territory, hardly key figures (tests/figures/corpus/README.md)
    ("extra", "zu2_jishishan_autonomous_county_regulation_congress_site_title_split_over_two_lines_adoption_note_spaced_chapter_head_articles"): 0.0,
    # check set 17 (issue 11, zw: first sight found / indicator, no round on them): zw1 1.0 / 0.857 (`XX年…3100亿元` named
    # `XX年`: a model-text site's masked year in capitals, where figures20 reads `20xx`), zw3 1.0 / 0.833 (`年均增長13.6%，
    # 是2007年…` named by the copula and the year after it), zw4 1.0 / 0.833 (a growth rate named `为调整预算`, the
    # budget it is compared with). Pinned at first sight; zw2, zw5-zw8 pass the floors. All three 1.0 / 1.0 after
    # round21zh (indicator.YEAR takes `XX年`; a copula's base `是2007年` is cut like `比2007年`; a growth rate in %
    # skips a share of a base for the amount before it, naming._share_of_base): unpinned
    # check set 18 (issue 11, zy/zz: first sight, no figures round on them): zy2 1.0 / 0.667 (`…103个一般受灾县重建项目也基本`
    # named by the words after the amount, where the gold takes the subject before it); the other fifteen pass the floors
    ("extra", "zy2_sichuan_2012_gov_report_tv_news_page_widget_lines_between_headline_and_title_block_date_in_parentheses_topic_head"): 0.6,
    # check set 19 (issue 11, wq/wr: first sight, no figures round on them): wq6 1.0 / 0.75 (`161.1亿元` named by the
    # clause after it, `跃升到2015年`, where the gold takes 地区生产总值), wq7 0.818 / 0.818 (two areas in 千公顷 not
    # read as figures); the other fourteen pass the floors
    ("extra", "wq6_diqing_prefecture_2016_gov_report_officials_site_bare_title_dash_dateline_acting_governor_five_year_review"): 0.7,
    # wq7: 1.0 / 1.0 after r27 (units: 千公顷 is a unit): unpinned
    # check set 21 (issue 11, scored at first sight at the end of the session that gathered it): wu8 1.0 / 0.75
    # (`按可比价年均增长17.2%` named by its basis of computation, `按可比价`, which the next clause's amount
    # `财政收入…达到11067万元` then inherits; the gold: 地区生产总值年均增长, 财政收入); the other fifteen pass the floors
    ("extra", "wu8_banner_2006_gov_report_secretarial_site_desktop_shortcut_bar_generic_retitled_headline_title_glued_to_dateline_anonymised_speaker_dash_lead"): 0.7,
    # check sets 24 and 25 (issue 11, scored at first sight in the session that gathered them): vs4 0.8 / 0.8 at first
    # sight, 1.0 / 1.0 once 千公顷 was read as a unit (r27, written after seeing it and wq7). The same gap as wu8's in
    # two more forms: how a statistic was reckoned taken for its name, vq4 1.0 / 0.8 (`初步统计达到104.1亿元`, the
    # indicator named in the sentence before: 国内生产总值), vs1 1.0 / 0.875 (`…196.5亿元,按可比口径计算,年均增长15.5%`:
    # 财政收入年均增长). Pinned; a rule naming such a clause by the figure before it was tried and left (it took the
    # sentence's topic, 经济总量规模, not the figure's)
    ("extra", "vq4_guangyuan_2003_city_statistical_bulletin_bulletin_archive_posting_date_issuer_line_numbered_parts_unnumbered_topic_leads"): 0.7,
    ("extra", "vs1_wuhan_2003_city_gov_report_city_portal_breadcrumb_date_font_bar_print_close_line_dateline_speaker_part_head_topic_lead"): 0.8,
    # check set 26 (issue 11, scored at first sight in the session that gathered it): vu1 1.0 / 0.875 (a multiple,
    # `財政收入…是五年前的2.08倍`, named by the copula and the year before it, `是年`), vu8 1.0 / 0.857 (a ratio
    # `由…的21:50:29调整为11:65:24` named by the ratio before it and its verb, `29调整`; the gold: 三次产业结构); the
    # other figures documents of sets 26 pass the floors. Pinned at first sight, no rule written for them
    ("extra", "vu1_town_2010s_gov_work_report_model_text_site_hant_pinyin_glosses_collection_headline_time_teaser_piece_number_part_head_topic_lead"): 0.85,
    ("extra", "vu8_county_2006_gov_work_summary_report_doc_site_pdf_text_one_blob_page_marker_glued_to_title_inline_part_head_dash_topic_leads_converted_years"): 0.85,
    # check set 27: vw1 1.0 / 0.375 at first sight: a copy site's pinyin glosses left their tails inside the words
    # that name the figures (`地區(qū)生產總值` read as `iàn)地區生產總值`); pinned, no rule written for it
    ("extra", "vw1_tongling_city_gov_report_copy_site_traditional_chars_pinyin_glosses_no_title_line_part_head_ordinal_section_head_figures"): 0.35,
    # tuning set ur (r30zhweb, structure only): ur2 0.889 / 0.667 at first sight (`0.5%` named by `按可比价格计算`, `121个`
    # by `村(社区)` where the gold says 村数); pinned, no figures rule written for it
    ("extra", "ur2_daan_district_2022_statistical_bulletin_district_magazine_site_date_welcome_line_tool_line_search_label_breadcrumb_byline_issuer_line_spaced_part_heads_figures"): 0.65,
    # check set 28: vy3 1.0 / 0.667 at first sight (`102个村`: the gold names what the clause counts, `如期脱贫出列的村`;
    # the appendix names the counted unit, `村数`)
    ("extra", "vy3_laiyuan_2019_county_head_host_remarks_portal_breadcrumb_metadata_line_space_line_run_in_point"): 0.65,
    # check set 29: tq5 1.0 / 0.545 at first sight (a report's list of figures `…4270亿元…年均增长14.1%…`: the
    # appendix names the clause's last noun phrase, `全社会固定资产投资`, or a bracket's rest, `下同)投资`)
    ("extra", "tq5_quanzhou_2012_city_gov_report_news_portal_topic_page_headline_in_body_title_dateline_split_speaker_dash_leads"): 0.5,
    # tuning set tw (r33zhprint, structure only): tw4 0.0 / 0.0 at first sight and after (a yearbook table's bare
    # figures in columns, `8377`, `45461718`, no unit on them: the appendix reads none); pinned, no figures rule written
    ("extra", "tw4_shandong_2002_yearbook_table_private_industry_indicators_stats_bureau_page_print_chromium_pdftotext_layout_caption_in_cell_continued_table_head_group_rows"): 0.0,
    # check set 41 (blind, first sight with the final rules and models of the session of 2026-12-02 (fourth); pinned as
    # measured less 0.05, not read): uw2 0.5, uw5 0.6, uw6 0.333, uw7 0.333, uw8 0.5, ux1 0, ux3 0, ux4 0, ux5
    # 0.667, ux6 0.5, ux7 0.364, ux8 0.2
    ("extra", "uw2_xi_2026_world_ai_conference_keynote_speech_city_portal_crawler_jsonl_record_title_field_full_text_subtitle_dateline_speaker_ordinal_runin_parts_qr_footer"): 0.45,
    ("extra", "uw5_aba_2021_prefecture_office_notice_issuing_gov_data_interim_measures_law_database_txt_export_crlf_citation_header_repeated_title_chapter_heads_glued_to_first_article_articles"): 0.55,
    ("extra", "uw6_anhui_2022_province_office_notice_issuing_rcep_implementation_opinions_law_database_txt_export_mixed_crlf_lf_citation_header_two_title_copies_part_section_heads_numbered_item_leads"): 0.28,
    ("extra", "uw7_beijing_2022_bureau_notice_issuing_data_zone_guiding_opinions_law_database_txt_export_crlf_citation_header_repeated_title_part_section_heads_principle_runin_leads"): 0.28,
    ("extra", "uw8_baotou_2022_city_office_notice_issuing_digital_gov_evaluation_scheme_law_database_txt_export_crlf_excerpt_repeated_title_part_heads_annex_title_twice_scored_section_heads_numbered_items"): 0.45,
    ("extra", "ux1_ph_cybercrime_prevention_act_2012_republic_act_lawphil_page_rendered_text_replacement_chars_title_block_chapter_label_name_heads_runin_sections_watermark_attestation_en"): 0.0,
    ("extra", "ux3_gardiner_french_revolution_1921_gutenberg_text_no_pg_header_transcriber_notes_publisher_ads_title_page_chapter_head_diamond_sidenote_heads_inline_sidenote_en"): 0.0,
    ("extra", "ux4_us_login_gov_authentication_methods_help_page_jekyll_yaml_front_matter_h2_heads_bold_label_lines_kramdown_number_list_html_div_pseudo_head_en"): 0.0,
    ("extra", "ux5_ie_un_general_assembly_statement_2024_gov_ie_speech_page_printed_ocr_print_heads_feet_wrapped_headline_byline_salutation_lines_site_footer_en"): 0.62,
    ("extra", "ux6_firstwiki_team_1_juggernauts_2007_mediawiki_page_html2text_markdown_expand_notice_box_flattened_infobox_contents_box_h2_heads_side_menus_footer_en"): 0.45,
    ("extra", "ux7_us_uiowa_student_life_annual_report_2011_health_and_safety_saved_page_print_chromium_pdftotext_layout_directory_menu_alt_text_lines_glued_alt_text_context_label_h3_heads_heading_at_page_end_en"): 0.31,
    ("extra", "ux8_us_247sports_2016_houston_hires_applewhite_news_article_page_print_chromium_pdftotext_plain_unstyled_menus_admin_links_wrapped_headline_glued_byline_photo_credit_comment_counts_en"): 0.15,
    # check set 42 (blind, first sight with the final rules and models of the session of 2026-12-02 (fifth); pinned as
    # measured less 0.05, not read): uy1 0.143, uy2 0.333, uy3 0, uy5 0, uy6 0.727, uy7 0.308, uz2 0.25, uz3 0.533, uz4 0.5, uz5 0, uz6 0.8, uz7 0.333, uz8 0.5
    ("extra", "uy1_shanghai_2016_city_government_opinions_lingang_special_policies_policy_app_json_field_html_paragraphs_title_field_addressee_line_part_heads_numbered_runin_topic_leads_stray_question_mark"): 0.09,
    ("extra", "uy2_wen_jiabao_2012_speech_to_diplomacy_college_news_page_memorial_site_rendered_text_unstyled_menu_breadcrumb_sidebar_source_date_line_pager_footer_links_tabs_no_headings"): 0.28,
    ("extra", "uy3_nea_2021_national_energy_administration_office_notice_winter_fire_prevention_tasks_web_mock_page_print_chromium_pdftotext_hidden_headline_no_title_line_running_head_part_heads_bold_leads_wrapped_lines"): 0.0,
    ("extra", "uy5_xian_2023_city_education_bureau_notice_compulsory_school_enrolment_cms_sql_row_html_rendered_title_field_repost_headline_intro_line_addressees_part_heads_bold_section_heads_numbered_runin_topic_leads"): 0.0,
    ("extra", "uy6_zhejiang_2020_provincial_local_regulation_household_waste_property_firm_site_page_rendered_text_bookmarked_headline_source_time_line_in_body_title_adoption_note_chapter_heads_run_in_articles_pager"): 0.68,
    ("extra", "uy7_hangzhou_city_owners_assembly_committee_guidance_rules_property_firm_site_page_rendered_text_bookmarked_headline_source_time_line_chapter_heads_one_glued_to_article_articles_without_space_split_paragraphs_pager"): 0.26,
    ("extra", "uz2_us_ia_des_moines_city_council_procedural_rules_2013_unofficial_transcription_markdown_part_heads_rule_heads_hard_wrapped_pdf_lines_trailing_spaces_en"): 0.2,
    ("extra", "uz3_un_unhrd_2019_year_in_review_annual_report_web_report_templates_print_chromium_pdftotext_layout_running_heads_page_numbers_contents_line_big_number_callouts_chart_heads_alt_text_lines_en"): 0.48,
    ("extra", "uz4_sg_high_court_2017_re_nalpon_judicial_review_leave_judgment_law_report_markdown_span_residue_case_fields_bold_heads_lost_number_head_numbered_paragraphs_split_sentences_footnote_markers_en"): 0.45,
    ("extra", "uz5_uk_russell_problems_of_philosophy_1912_gutenberg_text_opening_header_producer_line_caps_title_byline_preface_chapter_head_hard_wrapped_en"): 0.0,
    ("extra", "uz6_minetest_dev_wiki_introduction_to_l_system_trees_mediawiki_export_pandoc_markdown_no_title_line_atx_heads_three_levels_anchor_ids_simple_tables_code_lines_image_category_link_en"): 0.75,
    ("extra", "uz7_us_pclob_2014_press_release_short_term_agenda_site_templates_page_print_chromium_pdftotext_plain_unstyled_gov_banner_menu_repeated_headline_posted_twice_lost_bullets_bold_leads_footer_en"): 0.28,
    ("extra", "uz8_interledger_stream_transport_protocol_spec_markdown_yaml_front_matter_h1_repeats_title_contents_list_numbered_section_heads_two_levels_image_line_definition_bullets_en"): 0.45,
    # check set 43 (blind, first sight with the final rules and models of the session of 2026-12-03 (sixth); pinned as
    # measured less 0.05, not read): tz1 0.867, tz2 0.5, tz3 0.667, tz5 0.0, tz6 0.8, xq1 0.0, xq2 0.0, xq3 0.0, xq4 0.0, xq6 0.0, xq7 0.0, xq8 0.125
    ("extra", "tz1_liu_yuanchun_2021_five_year_plan_trends_talk_sina_finance_hexo_post_yaml_header_html_body_rendered_repeated_headline_source_speaker_lines_bold_part_heads_numbered_trend_heads_bold_emphasis_lines_yishi_runins"): 0.82,
    ("extra", "tz2_hk_6000_dollar_scheme_2011_zh_wikipedia_article_markdown_export_no_title_line_image_link_bold_term_opening_atx_heads_two_levels_html_bank_table_numbered_steps_wrapped_links_reference_list_empty_refs_categories"): 0.45,
    ("extra", "tz3_eight_ministers_2021_q4_economy_remarks_sina_finance_hexo_post_html_bare_page_print_chromium_pdftotext_running_head_title_only_page_foot_url_page_numbers_form_feeds_speaker_label_lines_label_cut_from_remarks_by"): 0.62,
    ("extra", "tz5_prc_science_popularization_law_2024_revision_crawler_record_set_into_ministry_portal_page_rendered_text_site_chrome_view_count_presidential_order_block_in_body_title_revision_note_contents_box_chapter_heads"): 0.0,
    ("extra", "tz6_guangdong_2024_science_dept_notice_foreign_hk_macao_taiwan_talent_recognition_crawler_json_record_bare_page_print_chromium_pdftotext_running_heads_wrapped_headline_part_heads_item_runins_colon_label_items"): 0.75,
    ("extra", "xq1_un_ga_resolution_80_3_awaza_political_declaration_2025_text_from_un_pdf_extractor_yaml_header_masthead_job_number_barcode_running_heads_page_n_of_5_footnotes_roman_section_heads_split_paragraph_numbers_en"): 0.0,
    ("extra", "xq2_us_ca_constitution_article_1_declaration_of_rights_real_estate_dump_markdown_h1_title_preamble_article_name_in_parentheses_number_only_section_h3_heads_short_first_lines_en"): 0.0,
    ("extra", "xq3_machiavelli_prince_marriott_gutenberg_text_crlf_current_header_title_block_contents_list_portrait_note_caps_section_heads_with_age_year_ranges_en"): 0.0,
    ("extra", "xq4_fan_site_transcript_2011_jorja_fox_adi_remarks_to_congressional_briefing_built_jekyll_page_print_chromium_pdftotext_layout_skip_links_menu_breadcrumb_title_three_times_transcriber_credit_year_index_ad_alt_texts"): 0.0,
    ("extra", "xq6_wikipedia_chemical_biology_article_wikitext_dump_parser_test_fixture_no_title_line_maintenance_template_hatnote_equals_heads_three_levels_ref_citations_inline_en"): 0.0,
    ("extra", "xq7_anysoftkeyboard_privacy_policy_2017_built_jekyll_page_print_chromium_pdftotext_layout_print_heads_feet_logo_alt_text_toggle_glyph_menu_h2_title_h3_heads_lost_bullets_footer_links_split_by_page_break_en"): 0.0,
    ("extra", "xq8_us_va_veteran_focused_integration_process_guide_v3_1_2018_it_policy_markdown_caps_title_version_h3_approval_page_signature_change_table_directive_runin_items_contents_figure_list_numbered_heads_three_levels_en"): 0.07,
    # check set 44 (blind, first sight with the final rules and models of round r47, 2026-12-04; pinned as
    # measured less 0.05, not read): ka5 0.0, ka7 0.917; ka1 and ka6 pass the floors
    ("extra", "ka5_wenxi_2022_county_statistical_bulletin_forum_post_bbcode_source_one_line_per_character_bold_title_centred_bureau_and_date_inline_part_head"): 0.0,
    ("extra", "ka7_mianchi_2022_county_statistical_bulletin_portal_text_headless_print_weasyprint_a5_pdftotext_layout_centred_spaced_part_heads_dash_page_numbers_wrapped_indented_paragraphs"): 0.867,
    # check set 45 (opened for round r49, no figures rule written for it; pinned as measured with round r49's rules less
    # 0.05): kc2 0.75 (GDP growth named by its total's words, two products' outputs by a table's column head), kc5
    # 0.667, kc7 0.875
    ("extra", "kc2_zizhou_2023_county_statistical_bulletin_portal_page_slash_breadcrumb_headline_then_title_split_over_two_lines_bureau_date_lines_table_cells_one_per_line"): 0.7,
    ("extra", "kc5_hexian_county_zh_wikipedia_article_text_copy_infobox_pipe_rows_redirect_note_section_head_edit_link_glued_to_paragraph"): 0.617,
    ("extra", "kc7_district_2025_party_committee_leader_economic_retreat_speech_essay_site_page_print_weasyprint_a5_browser_style_header_footer_pdftotext_plain_title_copy_in_header_salutation_part_head_topic_lead_paragraph_across_page_break"): 0.825,
    # check set 46 (blind, first sight with the final rules and models of round r49, 2026-12-04; pinned as
    # measured less 0.05, not read): ke3 0.267, ke4 0.857, ke5 0.833
    ("extra", "ke3_district_2024_statistical_bulletin_pdf_viewer_text_page_headless_one_line_per_part_inline_part_heads_spaced_page_number_markers_mid_word_flattened_table_asterisk_flags"): 0.217,
    ("extra", "ke4_baofeng_2024_county_congress_opening_news_county_paper_epaper_page_edition_line_headline_deck_line_date_author_audio_line_image_filename_short_paragraphs"): 0.807,
    ("extra", "ke5_xiangcheng_2023_district_ecological_protection_work_report_policy_aggregator_page_column_line_body_as_python_list_literal_one_line_split_title_inline_part_head_numbered_leads"): 0.783,
}
# (gold set, document id) -> pinned found floor, for documents measured below 0.95
FOUND_BELOW: dict[tuple[str, str], float] = {
    # check set 40 (blind, first sight; pinned as measured, not read): uu5 0.5, uv1 0.0, uv4 0.75, uv5 0.4, uv6 0.0,
    # uv7 0.5, uv8 0.8 (English figures in words and dates the gatherer listed: `Six Months`, `every Tenth Year`)
    ("extra", "uu5_deng_1980_party_state_leadership_reform_speech_magazine_archive_xml_record_tags_stripped_metadata_value_lines_bare_numeral_part_heads_yishi_leads_excerpt"): 0.45,
    ("extra", "uv1_ca_constitution_act_1867_preamble_parts_i_iii_consolidation_pdf_extraction_markdown_running_heads_as_atx_heads_marginal_note_heads_half_marked_footnotes_between_sections_en"): 0.0,
    ("extra", "uv4_ly_gaddafi_2009_un_general_assembly_address_markdown_repo_owner_preface_atx_title_date_glued_to_first_paragraph_bold_emphasis_hard_wrapped_en"): 0.7,
    ("extra", "uv5_uk_mactutor_biography_edwin_abbott_html2md_page_quick_info_labels_rule_lines_h3_sections_block_quotes_reference_lists_en"): 0.35,
    ("extra", "uv6_uk_lightwood_charles_dickens_and_music_1912_gutenberg_latin1_crlf_file_start_header_title_page_preface_contents_works_list_chapter_label_over_title_en"): 0.0,
    ("extra", "uv7_ca_justice_laws_statutes_repeal_act_2011_annual_report_stored_page_print_chromium_pdftotext_unstyled_chrome_renumbered_list_page_breaks_mid_item_en"): 0.45,
    ("extra", "uv8_us_ibm_admm_automl_paper_aaai_2020_pdf_extraction_markdown_author_line_as_h1_copyright_footnote_inside_paragraph_runin_leads_en"): 0.75,
    # check set 39 (blind, first sight at e4799713; pinned as measured, not read): rw1, rw4, rw8 0.0 (each one figure
    # in its gold, a target year or a count of class hours the extractor does not take), rw2 0.75 (a period, `…5月至10月`)
    ("extra", "rw1_guangdong_2026_province_opinions_standards_leading_role_repo_md_collector_header_block_part_heads_numbered_runin_topic_leads"): 0.0,
    ("extra", "rw2_moe_2015_ministry_notice_internet_plus_innovation_contest_sql_dump_fields_title_addressees_part_heads_numbered_list_lines"): 0.7,
    ("extra", "rw4_party_member_education_management_regulation_school_page_print_chromium_pdftotext_layout_unstyled_nav_sidebar_weekly_study_headline_chapter_heads_articles"): 0.0,
    ("extra", "rw8_central_offices_2025_opinions_new_employment_groups_repo_md_collector_header_xinhua_release_line_in_body_title_date_part_heads_numbered_runin_leads"): 0.0,
    # check set 37 (blind, first sight at the session's start; pinned as measured, not read): rs2 0.0 (`7%`, `12%` …)
    ("extra", "rs2_caidian_2023_district_office_notice_issuing_task_breakdown_plan_district_portal_repeated_title_metadata_rows_numbered_items_plan_title_target_heads"): 0.0,
    # check sets 34 and 35 (blind, first sight at 3e772665 and 92222bde, the same; pinned as measured): sx8 0.0 (its
    # figures are number words, `five`, `over a hundred people`, `nine weeks`), sy5 0.0 (`四类`, a count of kinds)
    ("extra", "sx8_au_dto_annual_report_2015_16_introduction_agency_site_page_print_chromium_letter_default_mode_doubled_headline_on_this_page_box_en"): 0.0,
    ("extra", "sy5_huoqiu_xindian_town_general_emergency_plan_county_portal_headless_decimal_heads_space_after_dot_category_items_leads"): 0.0,
    # check set 33 (blind, first sight at bfa48dec; pinned as measured): su1 0.0 and su2 0.0 (dates as the gold's figures),
    # su6 0.5 (`四大类` missed)
    ("extra", "su1_guangyuan_2024_city_legislation_regulation_amendment_draft_consultation_notice_congress_site_breadcrumb_split_notice_title_contents_block_attachment_title_chapter_head_articles"): 0.0,
    ("extra", "su2_tianjin_2017_municipal_office_development_zone_reform_plan_notice_policy_site_blurb_doc_number_split_titles_signature_part_head_last"): 0.0,
    ("extra", "su6_longju_2023_town_emergency_plan_district_portal_page_print_chromium_pdftotext_header_title_doubled_title_decimal_section_heads"): 0.5,
    # check set 32 (blind, first sight at 493e9d7b; pinned as measured): ss1 0.8 (a count of kinds, `3类`, missed), ss4
    # 0.889 (`101.6` without a unit missed), ss5 0.909 (`-8.7%` missed)
    ("extra", "ss1_qijiang_county_gov_report_model_text_site_breadcrumb_headline_blurb_own_title_two_line_part_head_enumeration_fragment"): 0.8,
    ("extra", "ss4_hubei_2006_provincial_statistical_bulletin_reprint_site_traditional_pinyin_mojibake_headless_double_commas_one_part_head"): 0.889,
    ("extra", "ss5_liulin_2024_county_half_year_economy_release_portal_page_headless_clause_pair_part_heads_output_list_lines_typo"): 0.909,
    # tuning set tw (r33zhprint): tw4 0.0 at first sight and after (bare table figures without units)
    ("extra", "tw4_shandong_2002_yearbook_table_private_industry_indicators_stats_bureau_page_print_chromium_pdftotext_layout_caption_in_cell_continued_table_head_group_rows"): 0.0,
    # check set 13's yw3: its one gold figure is an anniversary (`香港回歸祖國二十周年`); figures15 read 周年 as a
    # unit (1.0), the lead took it back: an anniversary is the year's occasion, not a measure of what the text
    # reports, and the samples' goldens (ningxia 2026 `建党105周年`, national 2009 `成立60周年`) leave it out
    ("extra", "yw3_hk_2017_policy_address_conclusion_news_page_counter_zeros_title_twice_channel_tag_glued_numbered_paragraphs_hant"): 0.0,
    ("repo", "xo2_class_analysis_1925_strikes_counts_numerals_zh"): 0.9,   # round o: 0.571 first sight, 0.929 after
    # branch figures15: 0.857 at first sight and after (a bare count `at 30 June 2008 was 1544` is not read)
    ("extra", "yv4_au_senate_committee_2009_annual_reports_chapter_page_chapter_label_twice_numbered_paragraphs_footnote_markers_en"): 0.85,
    # check set 16: zu2 0.0 at first sight and after branch figures20: its only figures' sentence is taken for a
    # heading by the front half (see INDICATOR_BELOW)
    ("extra", "zu2_jishishan_autonomous_county_regulation_congress_site_title_split_over_two_lines_adoption_note_spaced_chapter_head_articles"): 0.0,
    # check set 17 (issue 11, zw: first sight found / indicator, no round on them): zw1 1.0 / 0.857 (`XX年…3100亿元` named
    # `XX年`: a model-text site's masked year in capitals, where figures20 reads `20xx`), zw3 1.0 / 0.833 (`年均增長13.6%，
    # 是2007年…` named by the copula and the year after it), zw4 1.0 / 0.833 (a growth rate named `为调整预算`, the
    # budget it is compared with). Pinned at first sight; zw2, zw5-zw8 pass the floors. All three 1.0 / 1.0 after
    # round21zh (indicator.YEAR takes `XX年`; a copula's base `是2007年` is cut like `比2007年`; a growth rate in %
    # skips a share of a base for the amount before it, naming._share_of_base): unpinned
    # tuning set ur (r30zhweb): ur2 0.889 at first sight (`(GDP188.72亿元`, the source's bracket left open, not read)
    ("extra", "ur2_daan_district_2022_statistical_bulletin_district_magazine_site_date_welcome_line_tool_line_search_label_breadcrumb_byline_issuer_line_spaced_part_heads_figures"): 0.85,
    # check set 19: wq7 0.818 at first sight (two areas in 千公顷 not read as figures); 1.0 after r27 (千公顷 a unit): unpinned
    # check set 41 (blind, first sight with the final rules and models of the session of 2026-12-02 (fourth); pinned as
    # measured less 0.05, not read): uw2 0.75, uw7 0.667, uw8 0.5, ux1 0, ux3 0.333, ux4 0, ux5 0.667, ux7
    # 0.636, ux8 0.4
    ("extra", "uw2_xi_2026_world_ai_conference_keynote_speech_city_portal_crawler_jsonl_record_title_field_full_text_subtitle_dateline_speaker_ordinal_runin_parts_qr_footer"): 0.7,
    ("extra", "uw7_beijing_2022_bureau_notice_issuing_data_zone_guiding_opinions_law_database_txt_export_crlf_citation_header_repeated_title_part_section_heads_principle_runin_leads"): 0.62,
    ("extra", "uw8_baotou_2022_city_office_notice_issuing_digital_gov_evaluation_scheme_law_database_txt_export_crlf_excerpt_repeated_title_part_heads_annex_title_twice_scored_section_heads_numbered_items"): 0.45,
    ("extra", "ux1_ph_cybercrime_prevention_act_2012_republic_act_lawphil_page_rendered_text_replacement_chars_title_block_chapter_label_name_heads_runin_sections_watermark_attestation_en"): 0.0,
    ("extra", "ux3_gardiner_french_revolution_1921_gutenberg_text_no_pg_header_transcriber_notes_publisher_ads_title_page_chapter_head_diamond_sidenote_heads_inline_sidenote_en"): 0.28,
    ("extra", "ux4_us_login_gov_authentication_methods_help_page_jekyll_yaml_front_matter_h2_heads_bold_label_lines_kramdown_number_list_html_div_pseudo_head_en"): 0.0,
    ("extra", "ux5_ie_un_general_assembly_statement_2024_gov_ie_speech_page_printed_ocr_print_heads_feet_wrapped_headline_byline_salutation_lines_site_footer_en"): 0.62,
    ("extra", "ux7_us_uiowa_student_life_annual_report_2011_health_and_safety_saved_page_print_chromium_pdftotext_layout_directory_menu_alt_text_lines_glued_alt_text_context_label_h3_heads_heading_at_page_end_en"): 0.59,
    ("extra", "ux8_us_247sports_2016_houston_hires_applewhite_news_article_page_print_chromium_pdftotext_plain_unstyled_menus_admin_links_wrapped_headline_glued_byline_photo_credit_comment_counts_en"): 0.35,
    # check set 42 (blind, first sight with the final rules and models of the session of 2026-12-02 (fifth); pinned as
    # measured less 0.05, not read): uy1 0.286, uy2 0.333, uy3 0, uy5 0.5, uy6 0.727, uy7 0.692, uz2 0.25, uz3 0.667, uz5 0, uz6 0.8, uz7 0.333, uz8 0.5
    ("extra", "uy1_shanghai_2016_city_government_opinions_lingang_special_policies_policy_app_json_field_html_paragraphs_title_field_addressee_line_part_heads_numbered_runin_topic_leads_stray_question_mark"): 0.24,
    ("extra", "uy2_wen_jiabao_2012_speech_to_diplomacy_college_news_page_memorial_site_rendered_text_unstyled_menu_breadcrumb_sidebar_source_date_line_pager_footer_links_tabs_no_headings"): 0.28,
    ("extra", "uy3_nea_2021_national_energy_administration_office_notice_winter_fire_prevention_tasks_web_mock_page_print_chromium_pdftotext_hidden_headline_no_title_line_running_head_part_heads_bold_leads_wrapped_lines"): 0.0,
    ("extra", "uy5_xian_2023_city_education_bureau_notice_compulsory_school_enrolment_cms_sql_row_html_rendered_title_field_repost_headline_intro_line_addressees_part_heads_bold_section_heads_numbered_runin_topic_leads"): 0.45,
    ("extra", "uy6_zhejiang_2020_provincial_local_regulation_household_waste_property_firm_site_page_rendered_text_bookmarked_headline_source_time_line_in_body_title_adoption_note_chapter_heads_run_in_articles_pager"): 0.68,
    ("extra", "uy7_hangzhou_city_owners_assembly_committee_guidance_rules_property_firm_site_page_rendered_text_bookmarked_headline_source_time_line_chapter_heads_one_glued_to_article_articles_without_space_split_paragraphs_pager"): 0.64,
    ("extra", "uz2_us_ia_des_moines_city_council_procedural_rules_2013_unofficial_transcription_markdown_part_heads_rule_heads_hard_wrapped_pdf_lines_trailing_spaces_en"): 0.2,
    ("extra", "uz3_un_unhrd_2019_year_in_review_annual_report_web_report_templates_print_chromium_pdftotext_layout_running_heads_page_numbers_contents_line_big_number_callouts_chart_heads_alt_text_lines_en"): 0.62,
    ("extra", "uz5_uk_russell_problems_of_philosophy_1912_gutenberg_text_opening_header_producer_line_caps_title_byline_preface_chapter_head_hard_wrapped_en"): 0.0,
    ("extra", "uz6_minetest_dev_wiki_introduction_to_l_system_trees_mediawiki_export_pandoc_markdown_no_title_line_atx_heads_three_levels_anchor_ids_simple_tables_code_lines_image_category_link_en"): 0.75,
    ("extra", "uz7_us_pclob_2014_press_release_short_term_agenda_site_templates_page_print_chromium_pdftotext_plain_unstyled_gov_banner_menu_repeated_headline_posted_twice_lost_bullets_bold_leads_footer_en"): 0.28,
    ("extra", "uz8_interledger_stream_transport_protocol_spec_markdown_yaml_front_matter_h1_repeats_title_contents_list_numbered_section_heads_two_levels_image_line_definition_bullets_en"): 0.45,
    # check set 43 (blind, first sight; pinned as measured less 0.05, not read): tz1 0.933, tz2 0.667, tz3 0.833, tz5 0.0, xq1 0.143, xq2 0.0, xq3 0.0, xq4 0.0, xq6 0.0, xq7 0.0, xq8 0.25
    ("extra", "tz1_liu_yuanchun_2021_five_year_plan_trends_talk_sina_finance_hexo_post_yaml_header_html_body_rendered_repeated_headline_source_speaker_lines_bold_part_heads_numbered_trend_heads_bold_emphasis_lines_yishi_runins"): 0.88,
    ("extra", "tz2_hk_6000_dollar_scheme_2011_zh_wikipedia_article_markdown_export_no_title_line_image_link_bold_term_opening_atx_heads_two_levels_html_bank_table_numbered_steps_wrapped_links_reference_list_empty_refs_categories"): 0.62,
    ("extra", "tz3_eight_ministers_2021_q4_economy_remarks_sina_finance_hexo_post_html_bare_page_print_chromium_pdftotext_running_head_title_only_page_foot_url_page_numbers_form_feeds_speaker_label_lines_label_cut_from_remarks_by"): 0.78,
    ("extra", "tz5_prc_science_popularization_law_2024_revision_crawler_record_set_into_ministry_portal_page_rendered_text_site_chrome_view_count_presidential_order_block_in_body_title_revision_note_contents_box_chapter_heads"): 0.0,
    ("extra", "xq1_un_ga_resolution_80_3_awaza_political_declaration_2025_text_from_un_pdf_extractor_yaml_header_masthead_job_number_barcode_running_heads_page_n_of_5_footnotes_roman_section_heads_split_paragraph_numbers_en"): 0.09,
    ("extra", "xq2_us_ca_constitution_article_1_declaration_of_rights_real_estate_dump_markdown_h1_title_preamble_article_name_in_parentheses_number_only_section_h3_heads_short_first_lines_en"): 0.0,
    ("extra", "xq3_machiavelli_prince_marriott_gutenberg_text_crlf_current_header_title_block_contents_list_portrait_note_caps_section_heads_with_age_year_ranges_en"): 0.0,
    ("extra", "xq4_fan_site_transcript_2011_jorja_fox_adi_remarks_to_congressional_briefing_built_jekyll_page_print_chromium_pdftotext_layout_skip_links_menu_breadcrumb_title_three_times_transcriber_credit_year_index_ad_alt_texts"): 0.0,
    ("extra", "xq6_wikipedia_chemical_biology_article_wikitext_dump_parser_test_fixture_no_title_line_maintenance_template_hatnote_equals_heads_three_levels_ref_citations_inline_en"): 0.0,
    ("extra", "xq7_anysoftkeyboard_privacy_policy_2017_built_jekyll_page_print_chromium_pdftotext_layout_print_heads_feet_logo_alt_text_toggle_glyph_menu_h2_title_h3_heads_lost_bullets_footer_links_split_by_page_break_en"): 0.0,
    ("extra", "xq8_us_va_veteran_focused_integration_process_guide_v3_1_2018_it_policy_markdown_caps_title_version_h3_approval_page_signature_change_table_directive_runin_items_contents_figure_list_numbered_heads_three_levels_en"): 0.2,
    # check set 44 (blind, first sight with the final rules and models of round r47, 2026-12-04; pinned as
    # measured less 0.05, not read): ka5 0.0, ka7 0.917; ka1 and ka6 pass the floors
    ("extra", "ka5_wenxi_2022_county_statistical_bulletin_forum_post_bbcode_source_one_line_per_character_bold_title_centred_bureau_and_date_inline_part_head"): 0.0,
    ("extra", "ka7_mianchi_2022_county_statistical_bulletin_portal_text_headless_print_weasyprint_a5_pdftotext_layout_centred_spaced_part_heads_dash_page_numbers_wrapped_indented_paragraphs"): 0.867,
    # check set 45 (opened for round r49, no figures rule written for it; pinned as measured with round r49's rules
    # less 0.05): kc5 0.833 (the GDP per head `¥77270` in the infobox's bulleted row)
    ("extra", "kc5_hexian_county_zh_wikipedia_article_text_copy_infobox_pipe_rows_redirect_note_section_head_edit_link_glued_to_paragraph"): 0.783,
    # check set 46 (blind, first sight; pinned as measured less 0.05, not read): ke3 0.4
    ("extra", "ke3_district_2024_statistical_bulletin_pdf_viewer_text_page_headless_one_line_per_part_inline_part_heads_spaced_page_number_markers_mid_word_flattened_table_asterisk_flags"): 0.35,
}


def _cases():
    cases = [("repo", p, HERE / "docs" / f"{p.stem}.txt") for p in sorted((HERE / "gold").glob("*.json"))]
    if (SHARED / "gold").is_dir():
        for p in sorted((SHARED / "gold").glob("*.json")):
            if json.loads(p.read_text(encoding="utf-8")).get("figures"):
                cases.append(("shared", p, SHARED / "docs" / f"{p.stem}.txt"))
    for p in sorted((EXTRA / "gold").glob("*.json")):
        if json.loads(p.read_text(encoding="utf-8")).get("figures"):
            cases.append(("extra", p, EXTRA / "docs" / f"{p.stem}.txt"))
    return [pytest.param(s, g, d, id=f"{s}-{g.stem.split('_')[0]}") for s, g, d in cases]


def _score(source: Path, gold: Path, tmp_path: Path) -> dict:
    from pipeline.build import make_xml
    from pipeline.options import Options

    from .corpus import score_figures

    xml = tmp_path / f"{source.stem}.xml"
    make_xml(source, xml, Options())
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        score_figures.main(str(xml), str(gold))
    return json.loads(out.getvalue())


@pytest.mark.parametrize("gold_set, gold, source", _cases())
def test_figures_floors(gold_set, gold, source, tmp_path):
    s = _score(source, gold, tmp_path)
    report = json.dumps(s, ensure_ascii=False)
    assert s["recall"] >= FOUND_BELOW.get((gold_set, s["doc"]), FOUND_FLOOR), report
    assert s["indicator_acc"] >= INDICATOR_BELOW.get((gold_set, s["doc"]), INDICATOR_FLOOR), report
    assert s["rows_empty_indicator"] == 0 and s["rows_one_char_indicator"] == 0, report


def test_repo_gold_agrees_with_its_documents():
    """Every figure's context is in its document and holds its text (check_gold's figure rules)."""
    for gold in sorted((HERE / "gold").glob("*.json")):
        g = json.loads(gold.read_text(encoding="utf-8"))
        raw = (HERE / "docs" / f"{gold.stem}.txt").read_bytes()
        text = raw.decode("utf-8-sig" if g["encoding"].lower() in ("utf-8", "utf-8-sig") else g["encoding"])
        assert 10 <= len(g["figures"]) <= 15, gold.name
        for f in g["figures"]:
            assert f["context"] in text and f["text"] in f["context"], (gold.name, f)
            assert len(f["indicator"]) >= 2


def test_a_novel_without_figures_gold_gets_no_figures():
    """What must NOT be a figure (issue 14): the extra split's novel excerpt (xg3, gold `figures`
    empty on purpose) writes its years in words (`the year one thousand seven hundred and
    seventy-five`) and counts story things (`seven robbers`, `Ten minutes, good, past eleven`):
    its appendix stays empty."""
    from pipeline.clean import clean_text
    from pipeline.decode import decode_bytes
    from pipeline.figures import extract_figures
    from pipeline.structure import structure_document

    path = EXTRA / "docs" / "xg3_tale_of_two_cities_contents_en.txt"
    assert json.loads((EXTRA / "gold" / f"{path.stem}.json").read_text(encoding="utf-8"))["figures"] == []
    document = structure_document(clean_text(decode_bytes(path.read_bytes(), name=path.name).text, source_file=path.name))
    assert [(r.mention, r.indicator) for r in extract_figures(document)] == []
