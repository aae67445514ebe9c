"""The words the extractor knows, as data: units, magnitudes and cue words.

A mention is ``<number><magnitude>?<unit>``; the unit table maps what is
written to ``(base unit, multiplier)``. Longest spelling wins (``平方公里``
before ``公里``; ``个百分点`` before ``个``). Add a unit here, not in code.
"""
from __future__ import annotations

# Written magnitude -> multiplier. 千/百 are left out on purpose: 千瓦 and
# 千米 are units, and 3千/5百 are rare in reports.
MAGNITUDES: dict[str, float] = {
    "万亿": 1e12,
    "千万": 1e7,
    "百万": 1e6,
    "亿": 1e8,
    "万": 1e4,
}

# Written unit -> (base unit, multiplier). A magnitude before a unit is read
# separately (102万平方米 = 102 x 万 x 平方米), so no unit carries one.
UNITS: dict[str, tuple[str, float]] = {
    # money
    "元": ("元", 1), "美元": ("美元", 1), "港元": ("港元", 1), "欧元": ("欧元", 1),
    "澳门元": ("澳门元", 1),          # Macao's pataca (`100億澳門元`, read through TRADITIONAL_UNITS)
    # people, households, organisations
    "人": ("人", 1), "人次": ("人次", 1), "名": ("名", 1), "户": ("户", 1),
    "户次": ("户次", 1), "家": ("家", 1), "位": ("位", 1),
    # things counted
    "个": ("个", 1), "项": ("项", 1), "座": ("座", 1), "台": ("台", 1), "所": ("所", 1),
    "条": ("条", 1), "件": ("件", 1), "套": ("套", 1), "辆": ("辆", 1), "辆次": ("辆次", 1),
    "张": ("张", 1), "栋": ("栋", 1), "片": ("片", 1), "处": ("处", 1), "批": ("批", 1),
    "批次": ("批次", 1), "种": ("种", 1), "对": ("对", 1), "只": ("只", 1), "头": ("头", 1),
    "株": ("株", 1), "棵": ("棵", 1), "艘": ("艘", 1), "架": ("架", 1), "架次": ("架次", 1),
    "部": ("部", 1), "场": ("场", 1), "场次": ("场次", 1), "次": ("次", 1), "例": ("例", 1),
    "宗": ("宗", 1), "起": ("起", 1), "份": ("份", 1), "床": ("床", 1), "轮": ("轮", 1), "期": ("期", 1),
    "标箱": ("标箱", 1), "标准箱": ("标准箱", 1), "册": ("册", 1),   # books, print runs (一版两千册)
    "工日": ("工日", 1), "个工日": ("工日", 1),
    # round figures7 (xxf2: `席開110桌`): more measure words of things counted (tables of a banquet, seats won,
    # lamps, medals, satellites, articles, pictures, plots, packs); scan.py's _NOT_UNIT_BEFORE keeps the words they open
    "桌": ("桌", 1), "席": ("席", 1), "盏": ("盏", 1), "枚": ("枚", 1), "颗": ("颗", 1), "篇": ("篇", 1),
    "幅": ("幅", 1), "块": ("块", 1), "盒": ("盒", 1), "箱": ("箱", 1), "瓶": ("瓶", 1), "袋": ("袋", 1),
    "工": ("工日", 1),                 # 投劳993万工: labour-days (scan.py: only at a clause's end)
    # area, length, volume, weight
    "亩": ("亩", 1), "公顷": ("公顷", 1), "平方米": ("平方米", 1), "平米": ("平方米", 1),
    "千公顷": ("千公顷", 1),          # statistical bulletins' sown and planted areas (播种面积135.5千公顷)
    "平方公里": ("平方公里", 1), "公里": ("公里", 1),
    "千米": ("公里", 1), "米": ("米", 1), "立方米": ("立方米", 1), "吨": ("吨", 1),
    "公斤": ("公斤", 1), "千克": ("公斤", 1), "斤": ("斤", 1),
    "担": ("担", 1),                  # the old measure of grain (一九四○年的九万担公粮)
    "市担": ("市担", 1), "市斤": ("市斤", 1),   # the market measures of the same (七千万至一万万市担的粮食)
    "钱": ("钱", 1),                  # the old weight (a tenth of a 两): rations, 油（每人每日五钱）
    "吨/时": ("吨/时", 1), "吨/年": ("吨/年", 1), "微克/立方米": ("微克/立方米", 1),
    # energy
    "千瓦": ("千瓦", 1), "千瓦时": ("千瓦时", 1), "度": ("千瓦时", 1),
    "千伏": ("千伏", 1), "兆瓦": ("兆瓦", 1), "兆瓦时": ("兆瓦时", 1), "吉瓦": ("吉瓦", 1),
    "吉瓦时": ("吉瓦时", 1), "℃": ("℃", 1), "°": ("°", 1),
    "摄氏度": ("℃", 1),                # 度 alone: temperature, angle or kWh by its sentence (degrees.py)
    # time (年 only as a duration: years are excluded in extract.py)
    "年": ("年", 1), "个月": ("个月", 1), "天": ("天", 1), "小时": ("小时", 1),
    # weeks, and a month or week count with 多 inside the measure word (`坚持了八个星期`, `七个多月`)
    "个星期": ("个星期", 1), "个多月": ("个月", 1), "个多星期": ("个星期", 1),
    "分钟": ("分钟", 1), "岁": ("岁", 1), "周岁": ("岁", 1),
    # (no 周年: an anniversary, `建党105周年`, is the year's occasion, not a measure of what the text
    # reports; the seed's and the samples' goldens leave it out, and so does the appendix)
    # check document xce7: a law's term in working days (`自收到投诉之日起七个工作日内`)
    "个工作日": ("个工作日", 1), "工作日": ("个工作日", 1),
    # proportions
    "%": ("%", 1), "‰": ("‰", 1), "个百分点": ("个百分点", 1), "百分点": ("个百分点", 1),
    "个千分点": ("个千分点", 1), "千分点": ("个千分点", 1),   # a change of a ‰ rate (出生率下降1.15个千分点)
    "倍": ("倍", 1), "成": ("成", 1),
    # (r45) a score's points in an assessment or points scheme (`每满1年积2分`, `最高分值为20分`, `（25分）`);
    # scan.py takes it only at a clause's end, never after a clock time (`10时30分`) nor before seconds
    "分": ("分", 1),
}

# Units whose noun follows the mention (`6个产业推进办公室`): measure words.
COUNT_UNITS = frozenset(
    "个 项 座 台 所 条 件 套 辆 张 栋 片 处 批 种 对 只 头 株 棵 艘 架 部 场 家 位 名 宗 份 例 册"
    " 桌 席 盏 枚 颗 篇 幅 块 盒 箱 瓶 袋".split())

# Full-width forms the text may use, mapped one character to one character so
# offsets stay valid.
WIDTH_MAP = str.maketrans("０１２３４５６７８９．％，：～－", "0123456789.%,:~-")

# issue 11 (branch figures15): a Traditional-script text writes the magnitudes and measure words in its own
# characters (`221.23億元`, `46例`, `3萬人`, `1200噸`, `500畝`, `7個百分點`). The scanner reads the units above
# through this fold, one character to one so offsets stay valid; indicators are still cut from the text as
# written, so the appendix keeps the document's script. Only characters of units, magnitudes and the words
# that keep a unit from opening a word (部門), never a general conversion.
TRADITIONAL_UNITS = str.maketrans("億萬噸畝個項輛張場條隻頭顆塊戶處種對臺週歲點時頃標準冊盞棟門擔鐘",
                                  "亿万吨亩个项辆张场条只头颗块户处种对台周岁点时顷标准册盏栋门担钟")

APPROX_BEFORE = ("约", "近", "超过", "超", "逾", "大约", "将近")
# 约 closing a word is no hedge (`节约五十万度`, `制约`, `条约`): scan.py, numerals.py, indicator.py.
NOT_APPROX_YUE = r"(?<![节制契合条公预简婚邀相])约"
APPROX_AFTER = ("左右", "以上", "以内", "以下", "上下", "多")

# Verb -> sign of a change phrase (`增长13.5%` -> "+13.5%").
CHANGE_VERBS: dict[str, str] = {
    "增长": "+", "增加": "+", "提高": "+", "上升": "+", "提升": "+", "扩大": "+",
    "上涨": "+", "涨": "+", "递增": "+", "增产": "+",
    "下降": "-", "减少": "-", "降低": "-", "回落": "-", "缩小": "-", "下跌": "-", "收窄": "-", "递减": "-", "减产": "-",
    # round figures7 (xxf1; xc5's `同比增20%`): the one-character verb after its base, a report's short form of
    # 比上年增长 (`分别比增5.1%和15.3%`, `同比增20%`, `比降2.1%`); 攀比增长速度 has no number after it
    "比增": "+", "比降": "-", "比减": "-",
}
# Words that may stand between a clause start and a change verb.
CHANGE_LEADS = ("比上年", "较上年", "比去年", "较去年", "同比", "年均", "分别", "实际", "名义", "平均", "预计", "均", "都", "每年")

# A section whose title (or an ancestor's) has one of these is a plan: its figures are targets.
TARGET_TITLE_WORDS = ("任务", "目标", "安排", "计划", "预期", "部署", "打算", "展望", "重点工作")
# Within a sentence, a figure after one of these words is a target.
TARGET_SENTENCE_WORDS = ("目标", "力争", "预期", "确保", "争取", "计划", "拟")
# Words that hold a target word and set no target: 计划生育 (family planning), 计划单列 (a city's own
# line in the state plan), 计划经济 (the planned economy), 模拟/虚拟 (simulated, virtual). A target
# word is looked for with these masked out, in a sentence and in a section's title.
TARGET_WORD_COMPOUNDS = ("计划生育", "计划单列", "计划经济", "模拟", "虚拟")

# Indicator clean-up: words cut from the ends of a clause's subject.
INDICATOR_TRAILING = (
    "分别为", "分别", "预计达到", "达到", "达", "为", "超过", "突破", "超", "约", "近", "逾",
    "控制在", "保持在", "稳定在", "提高到", "提高至", "提升到", "提升至", "增加到", "增加至",
    "增至", "降至", "降到", "下降到", "上升到", "上升至", "减少到", "扩大到", "缩小到",
    "比上年", "较上年", "同比", "年均", "增长", "下降", "提高", "降低", "减少", "增加", "上升",
    "提升", "实际", "名义", "均", "都", "已", "共", "共计", "累计", "总计", "合计", "的", "了",
    "是", "在", "有", "拥有", "占", "到", "预计", "全年", "和", "及", "由", "从", "各",
    "缩短至", "缩短到", "缩短", "降低到", "降低至", "平均", "由上年", "由上年的", "全部",
    "递增", "递减", "每年",
    # round figures7: the short verb of change after its base (`生产总值同比增`, `比降`)
    "比增", "比降", "比减", "同比增", "同比降", "同比减",
    # a bound the number sets (`人均公共卫生服务经费不低于15元`)
    "不低于", "不高于", "不少于", "不多于", "不超过", "不到", "低于", "高于", "少于", "多于",
    # round xcf (xcf3): a bound of a span or an amount not yet reached (`受到行政处罚未满三年的`, `违法所得不足五万元的`)
    "未满", "不满", "年满", "不足",
    # a verb of attainment or duration before the number (`升学率实现`, `增长速度连续`)
    "实现了", "实现", "连续",
    # a verb of completion or a plan before the number (`基本建设投资完成`, `国民生产总值计划增长`)
    "完成了", "完成", "计划增长", "计划增加", "计划达到", "计划完成", "预期增长",
    "比去年", "较去年", "计划比上年", "计划比去年", "比上年同期", "较上年同期",
    # an adverb of pace before a verb of change (`农民收入较快增长`)
    "较快", "快速", "稳步", "大幅", "明显", "持续",
    # a verb of improvement closing the previous clause (`三次产业结构进一步优化，调整为…`)
    "进一步优化", "持续优化", "不断优化", "进一步",
    # a verb of coverage, an adverb of both (`扶贫对象覆盖4007万人`, `内供和外送电量双双超过`)
    "覆盖", "双双",
    # the other verbs of change (`零售物价总指数上涨百分之二点八`)
    "上涨", "涨", "下跌", "回落", "扩大", "缩小", "收窄",
    # a hedge that marks the number as a quantity (`白蚁数量多达50000只`: not 白蚁数量多)
    "多达", "高达", "约有", "大约", "大概",
    # growing to a size (`我们的军队已发展到了九十一万人`, `会员增长到300人`): not 军队已发展
    "发展到", "发展至", "发展为", "增长到", "增长至", "扩大至",
    # a hedge of reckoning and `still` before the number (`总数约计尚有三百六十五万人`, `亏短数尚只有`)
    "约计", "尚有", "尚", "只有",
    # round c: 环比 (month on month) is a word like 同比 (`价格环比上涨1.6%`: not 价格环), and a predicate of
    # state closing the clause before the value says how its subject moved, not what it is (`猪肉价格保持
    # 低位，同比下降43.2%`, `价格运行平稳，同比分别上涨1.3%和1.2%`, `CPI涨幅有所扩大，同比上涨1.8%`)
    "环比", "保持低位", "保持高位", "运行平稳", "保持平稳", "总体平稳", "基本平稳", "基本稳定", "稳中有降",
    "稳中有升", "温和上涨", "有所扩大", "有所回落", "有所下降", "有所上升", "有所收窄", "有所加快", "有所放缓",
)
INDICATOR_LEADING = (
    "其中", "预计", "全年", "当年", "今年", "去年", "同时", "累计", "共计", "共", "并", "还",
    "已", "和", "及", "以及", "其", "完成了", "完成", "实现了", "实现", "达到", "使", "让",
    "以上", "以下", "以内", "左右", "力争", "确保", "争取", "努力", "由",
    # a plan or a disposal before its object (`拟安排中央财政赤字`, `将…奖励扶助标准提高到`)
    "拟安排", "拟", "将", "把",
    # attaining or only reaching a value (`做到每个战士平均种地十八亩`, `还只自给蔬菜百分之五十`)
    "做到", "还只", "仅仅", "只",
    # an enumerator or an emphasis opening the clause (`一是…`, `特别是…`), a speaker's own place
    "一是", "二是", "三是", "四是", "五是", "六是", "七是", "八是", "特别是", "尤其是",
    "我区", "我市", "我省", "我县",
    # a demonstrative pointing back names nothing (`这个投资39亿多元人民币的国家重点工程` -> 投资)
    "这个", "这项", "这一", "此项",
    # a connective or a modal opening the clause (`但是可能自给百分之十五到二十五` -> 自给)
    "但是", "可是", "然而", "而且", "并且", "可能", "大约", "即",
    # a hedge of size opening the clause (`不过日军的百分之三十六`, `只有人口一百五十万`): no part of the name
    "不过", "只有", "只剩",
    # a connective, a supposition or a time span opening the clause (`但在此期内又补充了`, `假定它能补充`,
    # `故亏短数`): no part of the name
    "但", "则", "故", "又", "假定", "假如", "如果", "它能", "它们能", "在此期内", "在此期间", "此期内",
)
# figures19 (zs2, zs9; xxk4 outside any gold): verbs that carry a value but never name it, reaching, attaining,
# completing, holding or raising it (`达到1519.9亿元`, `累计举行151场`): a name that is only one of them, with an adverb
# of counting before it, is no name; the term before the verb is (indicator.VERB_ONLY, naming.term_before).
BARE_VERBS = ("达到", "达", "实现", "完成", "举行", "举办", "召开", "开展", "增长", "增加", "提高", "突破", "超过")
BARE_VERB_ADVERBS = ("累计", "共计", "共", "已经", "已", "再", "又", "先后", "全年", "总计")
# Verbs of holding an event closing a subject (`疫情防控新闻发布会举行`): the event is what is counted.
HELD_VERBS = ("举行", "举办", "召开")
# Verbs a subject follows (`全区75座商务楼宇实现税收` -> 税收).
INDICATOR_CUT = ("拟安排", "拟投入", "完成了", "完成", "实现了", "实现", "达到", "突破", "其中", "预计", "累计", "共计",
                 # an actor before the act it carries out (`主要领导开展集中办公69场次` -> 集中办公)
                 "开展")
# Where a counted noun after a measure word ends (`19个重点项目竣工…` -> 重点项目).
NOUN_STOP = (
    "实现", "完成", "落户", "竣工", "开工", "开业", "建成", "纳入", "通过", "被", "获", "入选",
    "达到", "达", "累计", "共", "和", "与", "及", "在", "之", "的", "进行", "参加", "得到", "成为",
    "投入", "实施", "列入", "覆盖", "受益", "贷款", "退市", "分别", "增长", "下降", "提高",
    "不动摇", "不放松", "不变",
    # verbs a counted subject is followed by (`160多个高科技项目投产`)
    "投产", "投运", "落地见效", "并网", "参会", "追讨", "获得", "荣获", "启用",
    # a modal after a counted subject (`95%以上的学生都能在…`)
    "都能", "都要", "都将", "都有",
    # a verb of rank or of doing after a counted subject (`5项指标居全国第一`, `婴幼儿做生长发育检查`)
    "居全国", "居全省", "居全区", "居全市", "居西北", "位居", "做", "提供", "免费提供",
    # where a counted subject is, or what it becomes or is taken for (`六十个师位于江南一带`,
    # `野战军全部地化为工作队`, `把二百一十万野战军看成…`)
    "位于", "驻扎", "驻守", "分布在", "全部地", "化为", "看成", "看作", "当作",
)

# Verbs that allocate or issue an amount; the noun after the amount says what it is
# (`安排384亿元救灾款` -> 救灾款): naming.py.
ALLOCATION_VERBS = ("安排", "投入", "拨付", "下达", "筹集", "发行", "拿出", "划拨", "追加",
                    # buying an issue names it too (`老百姓还买了五百万元公债` -> 公债)
                    "买", "购买", "认购")
FUND_NOUNS = ("资金", "款", "经费", "债券", "国债", "公债", "基金", "补贴", "补助", "贷款", "资本金", "投资")

# Transitive verbs whose object follows the count (`解决750万户城市低收入住房困难家庭`): when
# the verb is all the clause has before the count, the object names it (naming.py).
OBJECT_VERBS = ("解决", "严守", "守住", "惠及", "帮助", "带动", "安置", "培训", "资助", "救助", "减轻",
                "保障", "救治", "转移", "吸纳", "招收", "接待", "服务", "引进")

# The measure noun a list subject's last item carries for every item (`化学需氧量、二氧化硫排放量
# 分别减少…` -> 化学需氧量排放量, 二氧化硫排放量): indicator.distribute.
LIST_MEASURE_NOUNS = (
    "排放量", "增加值", "产量", "产值", "总产值", "总量", "总额", "销售额", "营业额", "收入", "支出",
    "投资", "价格", "面积", "人数", "比重", "利润", "消费", "出口", "进口", "用量", "消耗",
    "能耗", "浓度", "占比", "规模", "数量", "余额", "存款", "贷款", "增速", "产能", "覆盖率",
    "参保人数",
    # round xce (xce4): `超市、便利店、专业店、品牌专卖店零售额同比分别增长…`: the list's measure noun is shared
    "零售额",
)

# Indicators a summary table leads with (summary.py): headline measures of a report,
# Chinese and English. A word here raises a row's rank; it never makes or drops a record.
HEADLINE_WORDS = (
    "生产总值", "gdp", "增加值", "总产值", "总额", "收入", "财政", "预算", "赤字", "税收", "投资",
    "消费", "进出口", "出口", "进口", "外资", "就业", "失业", "人口", "价格", "物价", "cpi",
    "产量", "利润", "存款", "贷款", "债", "output", "income", "revenue", "budget", "deficit",
    "investment", "employment", "unemployment", "population", "growth", "exports", "imports",
    # totals, areas and sizes: the headline facts of a place or a body (an article's area, volume)
    "total", "area", "volume", "gross", "per capita", "density",
    # the indices a country is compared by
    "gini", "hdi", "development index", "fertility", "life expectancy", "literacy",
)

# A duration right after one of these, or right before one of TIME_REFERENCE_AFTER, is a
# time reference (`这五年`, `五年来`, `近3年来`), not a figure: scan.py and numerals.py drop it.
TIME_REFERENCE_BEFORE = ("这", "那", "过去", "今后", "未来", "此后", "最近", "今明", "头")
TIME_REFERENCE_AFTER = ("来", "以来", "累计", "间")
DURATION_UNITS = ("年", "个月", "天", "日")

# A duration or count right before one of these names a campaign or a plan (`大干150天活动`,
# `三年行动计划`), not a figure: scan.py and numerals.py drop it.
CAMPAIGN_AFTER = ("活动", "行动", "会战", "攻坚", "专项", "计划", "规划", "大会战", "工程")
# A duration right after one of these verbs of a drive (`大干150天`, `奋战100天`, `决战90天`) is the
# drive's slogan, a name an editor strikes from the figures, not a measured value.
CAMPAIGN_BEFORE = ("大干", "苦干", "实干", "奋战", "鏖战", "决战", "会战", "攻坚", "冲刺")
# A span of years right before a war or an era, with no 的 between (`十年内战`, `八年抗战`,
# `三年困难时期`, `十年动乱`), is the name of that period, not a figure: scan.py and numerals.py
# drop it. Not `十年内完成` (内 'within' + a verb) nor `进行了五年的抗日战争` (a duration).
PERIOD_AFTER = r"(?:(?!的)[\u4e00-\u9fff]){0,3}?(?:内战(?!胜)|抗战|战争|时期|动乱|浩劫|自然灾害)"
# A value without a unit after one of these measured nouns is a figure (`折射率为1.333`,
# `基尼系数0.465`): the noun says what is measured.
MEASURED_NOUNS = ("率", "系数", "指数", "比值", "比率", "密度", "当量", "pH值", "酸碱度")

# Verbs of action that open a subject and act on the thing the number counts or measures
# (`实施重点项目2800多个` -> 重点项目, `降低各类实体经济成本200多亿元` -> 实体经济成本):
# indicator.drop_action_verb. A verb whose act is what is counted (安置, 追讨, 盘活) is not here.
ACTION_VERBS = ("实施", "建成", "开工", "引进", "落地", "受理", "办复", "推动", "降低", "减轻", "培育",
                "举办", "组织", "启动", "打造")
# Qualifiers of a value per person, household or period. Before the measured noun they are part of
# its name (城镇居民人均可支配收入); after it they qualify the value (`养老金人均每月新增110元`,
# `稻谷最低收购价平均每斤`): indicator.drop_rate_qualifier.
PER_UNIT = ("人均", "户均", "亩均", "年均", "平均每人", "平均每户", "平均每", "平均", "每人", "每户", "每年",
            "每月", "每天", "每日", "每亩", "每斤", "每吨", "每公斤", "每千克", "每次", "每季度")
# A measure that says how much but not of what (`实施总额4万亿元的两年投资计划`): the noun after
# the value names it.
BARE_MEASURES = ("总额", "金额", "规模", "总量", "数量", "总计", "合计")

# English verbs between a subject and its number (`The temperature rose by 42 degrees`, english.py):
# the subject is what changed.
CHANGE_VERBS_EN = frozenset(
    "rose rise rises risen fell fall falls fallen increased increase increases decreased decrease decreases "
    "grew grow grows grown dropped drop drops declined decline declines climbed climb climbs jumped jump "
    "jumps gained gain gains surged soared slipped slid dipped plunged edged reached totalled totaled "
    "amounted stood averaged exceeded "
    # verbs that relate a part to its whole (`Traffic noise accounts for 30 per cent of complaints`)
    "accounts accounted account represents represented comprises comprised constitutes constituted "
    "constitute represent comprise "
    # verbs by which a subject produces, reaches or costs its value (`A jackhammer produces about 100 dB`)
    "produces produced emits emitted generates generated reaches exceeds exceed weighs weighed costs cost "
    "lasts lasted measures registers registered".split())
