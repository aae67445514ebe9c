"""Rules that held on a document but not on the same document in another form (issue #11, robust3):
a hard wrap (a PDF of the page) and a copy without blank lines. Made-up pages, each rule in both
forms, and what each must leave alone."""
from __future__ import annotations

from pipeline.clean.page import Page, wrapped_on

from .helpers import PROSE, run_rule

PARA = ("某某在某地检查指导防汛工作，现场查看堤防建设、排涝工程和城区低洼易涝点的措施落实情况。"
        "他指出，要高度警惕灾害性天气风险，全面排查隐患，切实加强防范应对措施，全力确保安全度汛。")


def wrap(text: str, width: int = 30) -> list[str]:
    """The text hard-wrapped at `width` characters, as a PDF of the page breaks it."""
    return [text[i:i + width] for i in range(0, len(text), width)]


def test_a_hard_wrapped_share_card_goes_whole():
    head = ["某某检查指导防汛工作", "来源：某某网", PROSE]
    tail = ["【我要纠错】", "责任编辑：某某", "某某检查指导防汛工作"]
    for body in ([PARA], wrap(PARA)):
        kept, removed, _ = run_rule("share-card", head + body + tail + body)
        assert [t for _, t in removed] == ["某某检查指导防汛工作"] + body, len(body)
    # what stays: the same lines when the article goes on after them (a repeat inside the text)
    kept, removed, _ = run_rule("share-card", head + wrap(PARA) + tail + wrap(PARA) + [PROSE + "此外还有新的内容。"])
    assert removed == []


def test_a_hard_wrapped_summary_field_stays_in_the_catalogue_record():
    summary = "摘要：这是一篇关于一次大会的闭幕讲话。讲话指出这次大会通过了十大倡议，表示要将会议精神发扬到各地，同时呼吁警惕保守思想。"
    box = ["知识类型：析出资源", "查看原文", "内容出处：《某某报》 报纸", "唯一号：112120020230004962", "分类号：D624.55"]
    after = ["关键词：闭幕讲话 倡议", "", "内容", "", "各位代表，各位同志：", PROSE]
    for lines in ([summary], wrap(summary, 38)):
        kept, removed, _ = run_rule("meta-box", ["某某大会闭幕词", ""] + box + lines + after)
        assert [t for _, t in removed if t.strip()] == box + lines + ["关键词：闭幕讲话 倡议", "内容"], len(lines)
        assert PROSE in kept


def test_a_wraps_rest_is_measured_in_columns_within_one_wide_character():
    # the rest holds a third half-width comma where the line it continues holds two: one column more
    here = "将会议精神发扬到全国各地和各项工作中,同时呼吁警惕右倾保守思想和形式主义作风"
    there = "。讲话强调要宣传大会精神,贯彻执行倡议,做好农村整顿和巩固人民公社的工作,推进"
    assert wrapped_on(Page.from_text(here + "\n" + there), 0) == [1]
    # what stays: a longer line by more than a wide character is no wrap's rest
    assert wrapped_on(Page.from_text(here + "\n" + there + "各项"), 0) == []
    assert wrapped_on(Page.from_text("Recommended for you, a short item with no end mark at all\n"
                                     "Another line that is longer than the one above it by far, far more"), 0) == []


def test_a_hard_wrapped_english_text_with_a_blank_after_every_line_gets_its_paragraphs_back():
    from pipeline.clean import clean_text
    paragraphs = [["The Council asked the regions and departments to clarify how they",
                   "respond to public concerns about the work of the government, and to",
                   "train the staff who answer them."],
                  ["The Council released a plan to highlight the role of research in",
                   "lifting industries to higher levels and in improving the quality of",
                   "growth over the next five years."],
                  ["The Council approved a development area on the border, and asked",
                   "for better roads and for trade to grow in both directions."]]
    plain = "\n\n".join("\n".join(p) for p in paragraphs)
    spaced = "\n".join(x for line in plain.split("\n") for x in (line, ""))
    cleaned = clean_text(spaced + "\n")
    assert "\n".join(cleaned.lines).strip() == plain
    # what stays: one paragraph a line between blanks (Markdown: its lines end their sentences)
    markdown = "\n".join(x for p in paragraphs for x in (" ".join(p), "", ""))
    assert not [r for r in clean_text(markdown).removed if r.rule == "double-spaced"]
    # a run of two blank lines is no copy's spacing: the blanks stay
    even = spaced.replace("them.\n\n\n\n", "them.\n\n\n\n\n", 1)
    assert not [r for r in clean_text(even + "\n").removed if r.rule == "double-spaced"]


def _printed_blog(blank: bool) -> tuple[list[str], list[str], list[str]]:
    """A blog post printed to PDF: three pages with the browser's header and footer, the article's
    wrapped paragraphs, then the sidebar's narrow lines to the end."""
    sentence = "The committee discussed the proposal at length and agreed to publish the draft for comment soon,"
    article = [[f"{sentence} part {p}.{k}" for k in range(5)] + [f"and closed item {p}."] for p in range(6)]
    words = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda omicron".split()
    sidebar = [f"Popular post on {w}" if k % 2 else f"about {w} and {v}" for k, (w, v) in
               enumerate((w, v) for w in words for v in words[:4])]
    body = [line for para in article for line in para + ([""] if blank else [])] + sidebar
    size = -(-len(body) // 3)   # the browser breaks the pages at one height
    pages = [["11/29/26, 10:49 AM", "", "Some Blog: A Post About Drafts", ""] + body[p * size:(p + 1) * size]
             + ["http://www.example.org/2011/06/a-post.html", "", f"{p + 1}/3", ""] for p in range(3)]
    lines = [line for page in pages for line in page]
    if not blank:
        lines = [line for line in lines if line.strip()]
    return lines, [line for para in article for line in para], sidebar


def test_a_printed_sidebar_goes_from_a_copy_without_blank_lines_too():
    from pipeline.clean import clean_text
    for blank in (True, False):
        lines, article, sidebar = _printed_blog(blank)
        cleaned = clean_text("\n".join(lines) + "\n")
        gone = {r.text.strip() for r in cleaned.removed if r.rule == "printed-sidebar"}
        assert set(sidebar) <= gone, blank
        assert not gone & set(article), blank   # the paragraphs' short last lines stay


def test_a_hard_wrapped_link_bar_goes_whole():
    bar = "Home | About Us | Browse | Advanced Search | Results | My Preferences | FAQ | Help | PLUS"
    rest_at = bar.index("| Help")
    head = ["Example Government", "Link to Homepage"]
    text = ["Interpretation Act", "", "PART I GENERAL PROVISIONS", "", EN_PARA]
    for lines in ([bar], [bar[:rest_at].rstrip(), bar[rest_at:]]):
        kept, removed, _ = run_rule("en-chrome", head + lines + [""] + text)
        assert [t for _, t in removed] == head + lines, len(lines)
    # what stays: a line of the text after the bar, even one with a bar in it
    kept, removed, _ = run_rule("en-chrome", head + [bar, "| the Act | applies to every written law in force"] + [""] + text)
    assert "| the Act | applies to every written law in force" in kept


EN_PARA = ("This Act applies to every written law in force at the commencement of this Act and to every written "
           "law passed or made after that date, unless a contrary intention appears in that written law.")


def test_a_spaced_copy_of_an_english_text_gets_its_own_spacing_back():
    from pipeline.clean import clean_text

    def spaced_copy(text: str) -> str:
        return "\n".join(x for line in text.split("\n") for x in (line, "")) + "\n"

    # lines in a row (a heading over its number, items) and blank lines between sections
    act = "\n".join(["General Provisions Act", "PART I - INTRODUCTORY", "1.", "Short title", "",
                     "This Act may be cited as the General Provisions Act.", "", "2.", "Application", "",
                     "This Act applies to every written law, unless a contrary intention appears."])
    assert "\n".join(clean_text(spaced_copy(act)).lines).strip() == act
    # a hard-wrapped text with no blank line at all, its lines a measure wide
    speech = "\n".join(["Mr Speaker, I rise to present the budget for the coming year, and to set",
                        "out the measures the government will take to support growth and to",
                        "protect the most vulnerable in our society, while keeping the public",
                        "finances on a sustainable path over the medium term, as the House has",
                        "asked of us in each of the years this government has been in office."])
    assert "\n".join(clean_text(spaced_copy(speech)).lines).strip() == speech
    # what stays: short lines one a line between single blanks (a list, a poem)
    poem = "\n".join(["Roses are red", "Violets are blue", "Sugar is sweet", "And so are you", "The end"])
    assert not [r for r in clean_text(spaced_copy(poem)).removed if r.rule == "double-spaced"]


def test_a_printed_pages_head_and_foot_with_full_width_digits_still_go():
    from .helpers import PROSE2
    full = str.maketrans("0123456789", "０１２３４５６７８９")
    page = ["11/30/26, 1:01 AM                 某某基金管理办法 - 某某资料网", "", "                       某某基金管理办法",
            "   " + PROSE, "   " + PROSE2, "", "", "http://127.0.0.1:8791/fund.html                         1/1"]
    half_removed = [t for _, t in run_rule("running-head", page)[1]]
    assert half_removed and half_removed[0] == page[0]
    copy = [line.translate(full) for line in page]
    assert [t for _, t in run_rule("running-head", copy)[1]] == [t.translate(full) for t in half_removed]


def test_an_arrangement_with_a_hard_wrapped_entry_is_still_the_arrangement():
    arrangement = ["ARRANGEMENT OF SECTIONS", "", "   Section", "", "PART I", "INTERPRETATION.", "", "   1.   Interpretation.",
                   "", "PART II", "FORMS OF RULES.", "", "   2.   Rules and orders.", "",
                   "   3.   Original copies of rules signed by the Minister or becoming law", "without the signature of the Minister.",
                   "", "      First Schedule   Words of enactment.", ""]
    body = ["", "CHAPTER 4", "HARBOUR RULES ACT.", "", "Commencement: 1 May, 2001.", "", "PART I", "INTERPRETATION.", "",
            "1.   Interpretation.", "", "   In this Act unless the context otherwise requires—"]
    kept, removed, _ = run_rule("contents-box", arrangement + body)
    assert [t for _, t in removed] == [t for t in arrangement if t]
    # what stays: a line in capitals after an entry is no rest of it, nor a line after an entry's stop
    from pipeline.clean.rules_portal import _entry_rest
    assert not _entry_rest("3.   Original copies of rules", "PART III") and not _entry_rest("3.   Title.", "and more")


def test_long_paragraph_lines_between_single_blanks_keep_their_blanks():
    from pipeline.clean import clean_text
    head = ("Harbour Act No. 7 - AN ACT DEFINING THE USE AND PROTECTION OF THE HARBOURS OF THE ISLANDS, "
            "PROVIDING PENALTIES FOR VIOLATIONS THEREOF AND FOR OTHER PURPOSES")
    body = ("Be it enacted by the Senate and House of Representatives in Congress assembled, that the harbours "
            "of the islands shall be used and protected as this Act provides, and not otherwise.")
    text = "\n\n".join([head, "ISLAND LAWS, STATUTES & CODES", head, body, body]) + "\n"
    assert not [r for r in clean_text(text).removed if r.rule == "double-spaced"]
