"""(r44, issue 11) Forms of Chinese official documents kept as a law database's text export. The texts are made up.

- the database's citation code over the export, with its label or alone (`【法宝引证码】 CLI.3.281734`):
  `register-code` widened (`rules_meta.CITATION_CODE`);
- a chapter's label and name glued to the chapter's first article across a gap of full-width spaces
  (`第一章　总则　　第一条　…`): `glued-chapter-heads` widened (`rules_flattened.GLUED_CHAPTER`);
- a notice's own paragraph opening with the same clauses as the issued document's preamble is no summary
  copy of it: `summary-copy` narrowed (`rules_widgets.is_summary_copy`).
"""
from __future__ import annotations

from pipeline.clean import clean_text

EXPORT = """    【法宝引证码】 CLI.3.281734\r
原文链接：https://lawdb.example.com/record/7f3a91c0e2.html\r
某某县人民政府办公室关于印发《某某县公共资源交易管理办法》的通知\r
某某县人民政府办公室关于印发《某某县公共资源交易管理办法》的通知\r
某政办发〔2023〕14号\r
各乡镇人民政府，县级各部门：\r
　　现将《某某县公共资源交易管理办法》印发给你们，请认真贯彻执行。\r
某某县人民政府办公室\r
2023年6月2日\r
　　某某县公共资源交易管理办法\r
　第一章　总则　　第一条 　为规范公共资源交易活动，提高资源配置效率，根据有关法律法规，制定本办法。\r
　　第二条 　本县行政区域内的公共资源交易活动，适用本办法。\r
　　第三条 　县公共资源交易中心负责交易平台的运行和维护。\r
　第二章　交易范围　　第四条 　下列项目应当进入交易平台交易。\r
　　第五条 　交易项目实行目录管理。\r
　第三章　附则　　第六条 　本办法自印发之日起施行。\r
"""


def test_a_law_databases_citation_code_over_its_export_goes():
    cleaned = clean_text(EXPORT, source_file="export.txt")
    assert any(r.rule == "register-code" and "CLI.3.281734" in r.text for r in cleaned.removed)
    assert not any("引证码" in line for line in cleaned.lines)


def test_a_bare_citation_code_goes_too():
    text = "CLI.5.90211\n某某市人民政府关于加强河道管理的通知\n\n各区人民政府：\n\n为加强河道管理，现就有关事项通知如下。\n"
    cleaned = clean_text(text, source_file="bare.txt")
    assert any(r.rule == "register-code" for r in cleaned.removed)


def test_other_fields_and_sentences_citing_a_code_stay():
    text = ("【发布日期】2023-06-02\n某某市人民政府关于加强河道管理的通知\n\n"
            "各区人民政府：\n\n本通知的引证码为CLI.5.90211，请在引用时注明。\n")
    cleaned = clean_text(text, source_file="field.txt")
    assert not any(r.rule == "register-code" for r in cleaned.removed)
    assert any("CLI.5.90211" in line for line in cleaned.lines)


def test_a_chapter_head_glued_to_its_first_article_across_a_gap_goes_apart():
    cleaned = clean_text(EXPORT, source_file="export.txt")
    lines = [line.strip() for line in cleaned.lines if line.strip()]
    assert "第一章　总则" in lines and "第二章　交易范围" in lines and "第三章　附则" in lines
    assert any(line.startswith("第一条") for line in lines)
    assert any(line.startswith("第四条") for line in lines)


def test_a_chapter_cited_in_a_sentence_before_an_article_stays():
    text = ("某某县河道管理办法\n\n" + "第一条　为加强河道管理，制定本办法。\n第二条　本办法适用于本县。\n"
            "第三条　违反本办法第二章　第七条规定的，依法处理。\n第四条　本办法自发布之日起施行。\n")
    cleaned = clean_text(text, source_file="law.txt")
    assert any("依照" in line or "违反本办法第二章" in line for line in cleaned.lines)
    assert "第二章" not in [line.strip() for line in cleaned.lines]


NOTICE = """某市交通运输局关于印发《关于推进某市智慧停车建设的实施意见》的通知
某交发〔2024〕9号
各区交通局，各有关单位：
　　为缓解城市停车难问题，提升停车资源利用效率，推动智慧交通产业发展，根据《某省智慧交通发展规划》《某市停车设施专项规划》等有关文件，我局制定了《关于推进某市智慧停车建设的实施意见》，现印发给你们，请结合实际认真组织实施。
某市交通运输局
2024年3月15日
关于推进某市智慧停车建设的实施意见
　　为缓解城市停车难问题，提升停车资源利用效率，推动智慧交通产业发展，根据《某省智慧交通发展规划》《某市停车设施专项规划》等有关文件，结合本市实际，现就推进智慧停车建设提出如下意见。
　　一、总体要求
　　以数据共享为基础，以平台建设为抓手，全面提升停车服务水平。
　　二、重点任务
　　建设全市统一的停车信息平台，推动公共停车场数据接入。
"""


def test_a_notices_own_paragraph_sharing_the_preambles_opening_stays():
    cleaned = clean_text(NOTICE, source_file="notice.txt")
    assert not any(r.rule == "summary-copy" for r in cleaned.removed)
    assert any("现印发给你们" in line for line in cleaned.lines)


def test_a_summary_cut_from_the_texts_start_still_goes():
    body = ("各位代表：现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。"
            "一、过去一年工作回顾过去一年是极不平凡的一年，面对复杂严峻的外部环境，全市上下坚定信心、攻坚克难，"
            "经济社会发展主要目标任务圆满完成，地区生产总值增长百分之六，一般公共预算收入增长百分之八，城乡居民收入稳步提高。")
    summary = body[:150]
    text = ("某市政府工作报告\n" + summary + "\n\n各位代表：\n\n现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委员和其他列席人员提出意见。\n\n"
            "一、过去一年工作回顾\n\n过去一年是极不平凡的一年，面对复杂严峻的外部环境，全市上下坚定信心、攻坚克难，"
            "经济社会发展主要目标任务圆满完成，地区生产总值增长百分之六，一般公共预算收入增长百分之八，城乡居民收入稳步提高。\n")
    cleaned = clean_text(text, source_file="preview.txt")
    assert any(r.rule == "summary-copy" for r in cleaned.removed)


def test_a_summary_cut_in_a_name_the_text_masks_still_goes():
    body = ("同志们：当前，全县上下都在深入学习贯彻某某精神，各项工作稳步推进。这次研讨班时间虽短，但内容丰富，"
            "大家围绕强县目标，结合各自工作实际，谈认识、找差距、提措施，达到了统一思想、凝聚共识、推动工作的目的。")
    summary = "在全县领导干部专题研讨班结业仪式上的讲话" + body[:90] + "习"
    text = summary + "\n在全县领导干部专题研讨班结业仪式上的讲话\n\n" + body.replace("某某", "XXX") + "\n"
    cleaned = clean_text(text, source_file="speech.txt")
    assert any(r.rule == "summary-copy" for r in cleaned.removed)



# a data set's CSV file cut down to its header and one record holding a whole document (`csv-record`)
ROW_TEXT = ("某某市人民政府关于加强城市供水管理的通知某政发〔2005〕12号各区人民政府，市政府各部门：为加强城市供水管理，"
            "保障供水安全，现就有关事项通知如下。一、提高认识加强领导各区要把供水安全摆在重要位置。"
            "二、完善设施强化保障各有关部门要加快供水设施改造，提高供水能力和水质达标率。"
            "三、严格监管依法查处对违法取水、擅自改装供水设施的行为，要依法严肃查处，情节严重的，移送有关机关处理。"
            "四、本通知自印发之日起施行。某某市人民政府二〇〇五年三月八日")
CSV_FILE = ("Name,Year,Region,Full_Text,Link,Level\r\n"
            "某某市人民政府关于加强城市供水管理的通知,2005,China," + ROW_TEXT + ",http://www.example.gov.cn/a/12.htm,City\r\n")


def test_a_csv_header_over_one_record_goes_and_the_title_field_stands_alone():
    from pipeline.structure import structure_document
    cleaned = clean_text(CSV_FILE, source_file="row.csv")
    assert [r.text for r in cleaned.removed if r.rule == "csv-record"][0].startswith("Name,Year")
    assert not any(line.startswith("Name,Year") for line in cleaned.lines)
    assert cleaned.lines[0] == "某某市人民政府关于加强城市供水管理的通知"
    assert structure_document(cleaned).title == "某某市人民政府关于加强城市供水管理的通知"


def test_a_list_of_names_over_a_sentence_or_a_table_of_rows_stays():
    names = "Apples,Oranges,Pears\n\nThese three fruits grow in the valley, and the growers sell them at the market in town every week of the year.\n"
    cleaned = clean_text(names, source_file="fruit.txt")
    assert not any(r.rule == "csv-record" for r in cleaned.removed)
    table = "Name,Year,Content\n甲,2001,短\n乙,2002,短\n"
    cleaned = clean_text(table, source_file="table.csv")
    assert not any(r.rule == "csv-record" for r in cleaned.removed)


# a messaging account's article on a mirror page: its box of the day's pushes, its latest posts under the text
MIRROR = """某某观察
2019-03-02 某某观察

某市出台新规：老旧小区加装电梯补贴翻番

今日观察：

【头条】某市出台新规：老旧小区加装电梯补贴翻番

【二条】社区食堂 | 一碗热汤面背后的民生账

【三条】数据|今年一季度全市新增就业岗位过万



某市住房和城乡建设局日前印发通知，对老旧小区加装电梯的补贴标准作出调整，每台电梯的补贴由原来的十万元提高到二十万元。

通知要求，各区要简化审批流程，对符合条件的项目，在十个工作日内完成审核，并及时拨付补贴资金。

据介绍，截至去年底，全市已有一千二百多个老旧小区单元完成加装电梯，惠及居民三万余户。



昨日观察：

【头条】图解 | 一张图看懂今年的惠民政策

【二条】关注 | 城市更新中的那些老手艺

某某观察 最新文章:
2019-03-02    某市出台新规：老旧小区加装电梯补贴翻番
2019-03-02    社区食堂 | 一碗热汤面背后的民生账，街坊们都说好
2019-03-01    图解 | 一张图看懂今年的惠民政策，市民办事更方便
2019-03-01    关注 | 城市更新中的那些老手艺
查看更多
"""


def test_an_accounts_push_boxes_go_with_their_labels():
    cleaned = clean_text(MIRROR, source_file="mirror.txt")
    gone = [r.text for r in cleaned.removed]   # (the top box's label and first slot may go as a field box first)
    assert "今日观察：" in gone and "昨日观察：" in gone
    assert sum(t.startswith("【") for t in gone) == 5
    assert any(r.rule == "slot-headlines" for r in cleaned.removed)
    assert any("补贴由原来的十万元" in line for line in cleaned.lines)


def test_the_accounts_latest_posts_under_the_text_go():
    cleaned = clean_text(MIRROR, source_file="mirror.txt")
    assert not any(line.startswith("2019-03-0") for line in cleaned.lines)
    assert not any("最新文章" in line for line in cleaned.lines)
    assert any("惠及居民三万余户" in line for line in cleaned.lines)


def test_a_single_slotted_line_or_a_label_over_text_stays():
    text = ("某市新闻联播文字稿\n\n今日要闻：\n\n【头条】本台记者从市政府获悉，全市春耕生产全面展开。\n\n"
            "各地抢抓农时，组织农机下田，确保春耕生产顺利进行，全市已完成春播面积三十万亩。\n")
    cleaned = clean_text(text, source_file="news.txt")
    assert not any(r.rule == "slot-headlines" for r in cleaned.removed)


KEY_POINTS = """某市出台新规：老旧小区加装电梯补贴翻番



来源：某市日报 （2019年3月2日）


【核心提示】

通知要求，各区要简化审批流程，对符合条件的项目，在十个工作日内完成审核，并及时拨付补贴资金。




某市住房和城乡建设局日前印发通知，对老旧小区加装电梯的补贴标准作出调整，每台电梯的补贴由原来的十万元提高到二十万元。

通知要求，各区要简化审批流程，对符合条件的项目，在十个工作日内完成审核，并及时拨付补贴资金。

据介绍，截至去年底，全市已有一千二百多个老旧小区单元完成加装电梯，惠及居民三万余户。
"""


def test_a_key_points_box_quoting_the_text_goes_with_its_label():
    cleaned = clean_text(KEY_POINTS, source_file="box.txt")
    gone = [r.text for r in cleaned.removed if r.rule == "teaser"]
    assert "【核心提示】" in gone
    assert sum("十个工作日内完成审核" in line for line in cleaned.lines) == 1


def test_a_key_points_box_of_its_own_words_stays():
    own = KEY_POINTS.replace("通知要求，各区要简化审批流程，对符合条件的项目，在十个工作日内完成审核，并及时拨付补贴资金。\n\n\n\n\n",
                             "新规实施后，预计今年全市将新增加装电梯五百台以上，更多老年居民将从中受益。\n\n\n\n\n", 1)
    cleaned = clean_text(own, source_file="box.txt")
    assert not any(r.text == "【核心提示】" for r in cleaned.removed if r.rule == "teaser")
    assert any("五百台以上" in line for line in cleaned.lines)


FORWARDED = ("某省人民政府办公厅转发省农业厅关于加强耕地保护工作意见的通知某政办发〔2003〕41号各市人民政府，省政府各部门："
             "省农业厅《关于加强耕地保护工作的意见》已经省政府同意，现转发给你们，请认真贯彻执行。某省人民政府办公厅二〇〇三年五月六日"
             "关于加强耕地保护工作的意见(省农业厅　二〇〇三年四月二十日)近年来，各地在耕地保护方面做了大量工作，但乱占耕地的现象仍时有发生。"
             "一、明确目标任务。各地要把耕地保护目标纳入考核。二、严格用地审批。各级政府要严把用地审批关。三、加强监督检查。"
             "有关部门要定期开展检查，对违法占地行为依法查处，确保耕地保护各项措施落到实处。")


def test_a_forwarded_documents_name_glued_after_the_notices_date_stands_alone():
    cleaned = clean_text(FORWARDED, source_file="flat.txt")
    lines = [line.strip() for line in cleaned.lines if line.strip()]
    assert "关于加强耕地保护工作的意见" in lines
    assert any(line.strip("()（）") == "省农业厅　二〇〇三年四月二十日" for line in lines)   # (its brackets set full-width)
    assert any(line.endswith("二〇〇三年五月六日") for line in lines)


def test_a_documents_name_quoted_after_a_date_in_a_sentence_stays():
    text = FORWARDED.replace("某省人民政府办公厅二〇〇三年五月六日关于加强耕地保护工作的意见(省农业厅　二〇〇三年四月二十日)",
                             "某省人民政府办公厅于二〇〇三年五月六日关于加强耕地保护工作的意见中提出要求。")
    cleaned = clean_text(text, source_file="flat.txt")
    assert "关于加强耕地保护工作的意见" not in [line.strip() for line in cleaned.lines]
