"""Issue #11, the named English phenomena in forms no rule was written on (branch r25auditen): a
figure's caption detached between paragraphs of a page printed to PDF, a bylaws text whose
sections carry their provision run in, and a printed page with no headline kept (its title only
in the browser's running head). Made-up texts; what must stay is tested beside each."""
from __future__ import annotations

from pipeline.clean import clean_text
from pipeline.structure import structure_document
from structure.test_unseen_kinds import doc_of, outline

PROSE = ("The harbour station turned the rising and falling tide into power for the town. Its turbines "
         "ran through every season, and the council kept a record of the output each year.")
PROSE2 = ("Engineers later added a second basin, which let the station run at slack water as well. The "
          "record shows the output rising by a third in the following decade.")


def test_a_detached_figure_caption_between_paragraphs_is_no_heading():
    text = "\n".join(["Harbour Tidal Station", "", PROSE, "", "Design and construction", "", PROSE2, "",
                      "Figure 2: A view of the basin from the sea wall", "", PROSE, "", "Operation", "", PROSE2])
    assert outline(doc_of(text)) == [(1, "Design and construction"), (1, "Operation")]


def test_a_heading_about_figures_stays():
    text = "\n".join(["Harbour Tidal Station", "", PROSE, "", "Figures and drawings of the basin", "", PROSE2, "",
                      "Operation", "", PROSE])
    assert (1, "Operation") in outline(doc_of(text))
    assert len(outline(doc_of(text))) == 2


BYLAWS = "\n".join([
    "We, the members of the Northfield Beekeepers Society, do adopt this Constitution of the Northfield Beekeepers Society.",
    "", "Article. I. Name and Objects", "",
    "Section. 1. The name of this society shall be the Northfield Beekeepers Society, hereinafter called the Society in this text.",
    "", "Section. 2. The Society exists to advance the craft of beekeeping among its members and to teach it to the public.",
    "", "Article. II. Membership", "",
    "Section. 1. Any person over sixteen years of age who pays the yearly subscription is a member of the Society.",
    "", "Section. 2. Membership may be ended by the committee.",
    "", "Article III. Meetings", "",
    "Section. 1. The annual meeting shall be held in March.",
    "", "Section. 2. Special meetings may be called by the committee or by one fifth of the members.",
    "", "Article. IV. Committee", "",
    "Section. 1. The committee shall consist of five members.",
    "", "Section. 2. Committee members serve terms of two years.",
])


def test_sections_with_their_provision_run_in_are_no_headings():
    doc = doc_of(BYLAWS)
    assert outline(doc) == [(1, "Article. I. Name and Objects"), (1, "Article. II. Membership"),
                            (1, "Article III. Meetings"), (1, "Article. IV. Committee")]
    assert doc.title == "Constitution of the Northfield Beekeepers Society"


def test_sections_with_a_period_closed_name_stay_headings():
    text = "\n".join(["BYLAWS OF THE NORTHFIELD BEEKEEPERS SOCIETY", "", "Article. I. Name and Objects", "",
                      "Section. 1. Name of the Society.", "", PROSE, "", "Section. 2. Objects.", "", PROSE2, "",
                      "Article. II. Membership", "", "Section. 1. Who may join.", "", PROSE])
    assert outline(doc_of(text)) == [(1, "Article. I. Name and Objects"), (2, "Section. 1. Name of the Society."),
                                     (2, "Section. 2. Objects."), (1, "Article. II. Membership"),
                                     (2, "Section. 1. Who may join.")]


def printed(head: list[str], pages: int = 3) -> str:
    out = []
    body = [PROSE2, "", "Early history", ""] + [PROSE, ""] * 6 + ["Operation", ""] + [PROSE2, ""] * 6 + ["Legacy", ""] + [PROSE, ""] * 6
    per = len(body) // pages + 1
    for k in range(pages):
        out += head + body[k * per:(k + 1) * per]
        out += ["https://coastwiki.example.org/wiki/Harbour_Tidal_Station", f"{k + 1}/{pages}"]
    return "\n".join(out)


def structured(text: str):
    return structure_document(clean_text(text, source_file="t.txt"), structure="rules")


def test_a_printed_page_without_its_headline_is_named_by_the_running_page_title():
    for head in (["3/12/25, 10:04 AM" + " " * 20 + "Harbour Tidal Station - Coast Wiki"],
                 ["3/12/25, 10:04 AM", "Harbour Tidal Station | Coast Wiki"],
                 ["Harbour Tidal Station | Coast Wiki" + " " * 20 + "https://coastwiki.example.org/wiki/Harbour_Tidal_Station"]):
        doc = structured(printed(head))
        assert doc.title == "Harbour Tidal Station", head
        assert [t for _, t in outline(doc)] == ["Early history", "Operation", "Legacy"]


def test_a_printed_page_with_its_headline_keeps_it():
    doc = structured("Tides at Northfield\n\n" + printed(["3/12/25, 10:04 AM", "Harbour Tidal Station | Coast Wiki"]))
    assert doc.title != "Early history"


def test_a_bare_division_label_never_names_the_text():
    text = "\n".join(["Article. I.", "", "Section. 1.", "", PROSE, "", "Section. 2.", "", PROSE2, "",
                      "Article. II.", "", "Section. 1.", "", PROSE])
    doc = structure_document(clean_text(text, source_file="charter-draft.txt"), structure="rules")
    assert doc.title == "charter-draft"
    assert outline(doc)[:2] == [(1, "Article. I."), (2, "Section. 1.")]


def test_a_named_first_article_still_names_the_text_when_nothing_else_does():
    text = "\n".join(["Article 1. Name of the Society", "", PROSE, "", "Article 2. Objects", "", PROSE2])
    doc = structure_document(clean_text(text, source_file="x.txt"), structure="rules")
    assert doc.title != "x"


def test_an_inline_tag_alone_on_its_line_in_page_text_joins_the_sentence_before():
    from pipeline.structure import unwrap
    assert unwrap.CITATION.match("[citation needed]") and unwrap.CITATION.match("[12][13]")
    assert unwrap.CITATION.match("[clarification needed]") and unwrap.CITATION.match("[note 2]")
    assert not unwrap.CITATION.match("[Illustration: the basin]") and not unwrap.CITATION.match("[See the basin]")
    wide = "The harbour station turned the rising and falling tide into power for the whole town and its"
    lines = [wide, "workshops, and the council kept a record of the output in every single season of the year.",
             "[citation needed]", wide, "workshops again, and the record shows the output rising by a third in the decade."] * 6
    groups = unwrap.split_wrapped([(t, n) for n, t in enumerate(lines, 1)], len(wide))
    assert not any(g[0][0] == "[citation needed]" for g in groups)


def test_a_guidance_page_issuer_and_stamp_under_the_headline_are_no_headings():
    text = "\n".join(["Registering for the levy", "Published 2 June 2023", "From: Revenue Office", PROSE,
                      "When to register", PROSE2, "What you need", PROSE])
    assert outline(doc_of(text)) == [(1, "When to register"), (1, "What you need")]


def test_a_heading_with_a_colon_subtitle_stays():
    text = "\n".join(["Tides", "", PROSE, "", "Introduction: Why the Tides Matter", "", PROSE2, "", "Operation", "", PROSE])
    assert (1, "Introduction: Why the Tides Matter") in outline(doc_of(text))
