"""(r30enpdf) A page's headline over its dateline, printed to PDF with no blank line between them
(`Finance minister's Budget Speech` / `February 03, 2004 15:37 IST`): the date, with or without the
time of day, stands apart (`blocks._dateline_at`, `front.date_stamp`), is never a heading (`english._dated`) and never part
of the title. Must stay: a sentence that runs on to a date on the next line (`… comes into force on` /
`1 July 2020`, `… between 1 July 1994 and 30` / `June 2015`)."""
from .helpers import doc_of, levels, texts

NEWS = """Finance minister's budget speech
February 03, 2004 15:37 IST

The following is the speech the Finance Minister made in the House on Tuesday while presenting
the Budget for the coming financial year to the members."""

RELEASE = """Minister opens the new harbour terminal
12 March 2019
The Minister of Transport opened the new passenger terminal at the harbour on Tuesday, the first
of three buildings the port authority will complete this year."""

GOV = """Statement on the flood relief fund
Monday, 4 May 2020 10:46 AM

The Government has set aside a fund for the families whose homes were damaged by the floods in
the northern districts last week."""

RUNS_ON = """Notice to licence holders

The new fees for a trading licence come into force on
1 July 2020
and apply to every licence renewed after that day, whatever the date of its first issue."""

TITLE_WRAPPED = """List of government department
strategies between 1 July 1994 and 30
June 2015

The purpose of this working paper is to provide a list of the strategies published by the
departments in those years."""


def test_dateline_under_headline_stands_apart():
    for text, title, date in ((NEWS, "Finance minister's budget speech", "February 03, 2004 15:37 IST"),
                              (RELEASE, "Minister opens the new harbour terminal", "12 March 2019"),
                              (GOV, "Statement on the flood relief fund", "Monday, 4 May 2020 10:46 AM")):
        doc = doc_of(text)
        assert doc.title == title
        assert not any(date in t for _, t in levels(doc))


def test_sentence_running_on_to_a_date_stays_one_paragraph():
    doc = doc_of(RUNS_ON)
    assert any("come into force on 1 July 2020 and apply" in p for p in texts(doc))


def test_title_wrapped_before_its_month_stays_whole():
    doc = doc_of(TITLE_WRAPPED)
    assert doc.title.endswith("30 June 2015")
