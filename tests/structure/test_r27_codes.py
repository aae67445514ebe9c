"""r27codes (issue #11): statute CODE pages — one title, chapter or part of a state's or a nation's code
on a legislature's or a code publisher's site, copied as text or printed to PDF — made up in several
codes' conventions (section heads `Sec. 12.40.010.`, `§ 73-101.`, `73-101. NAME.`, `1-2-3. Name.`, with
and without blank lines, status entries `[Repealed, …]`, `(Reserved)`, `Repealed or Renumbered`), through
the real clean -> structure chain: the title (the page's one division) and the headings with their levels,
no word of the text lost; and what must stay (a section whose text starts with a number, a cross-reference
`73-101, Idaho Code,` at a line's start, a definitions section's quoted terms)."""
from __future__ import annotations

import re

import pytest

from pipeline.clean import clean_text
from pipeline.structure import structure_document

from .helpers import all_sections, levels

DOCS = {}

# an Alaska-style chapter printed to PDF: section heads right over their text, no blank lines, a repealed
# section's line with its status line under it
DOCS["ak_print"] = ("""12/1/26, 9:02 AM

State Statutes 2009 - Chapter 12.40

Chapter 12.40. PROBATION AND PAROLE
Sec. 12.40.010. Purpose of chapter.
The purpose of this chapter is to provide for the supervision of persons released
on probation and of persons released on parole by the board.
Sec. 12.40.020. Supervision by department. [Repealed, Sec. 4 ch 21 SLA 1984].
Repealed or Renumbered

Sec. 12.40.030. Reports of officers.
An officer shall report to the court each month on each person under the officer's
supervision, in the form the court sets by rule.
Sec. 12.40.040. Fees.
(a) The department may charge a fee for supervision.
(b) The fee may be waived for a person who cannot pay.
""", "Chapter 12.40. PROBATION AND PAROLE",
    [(1, "Sec. 12.40.010. Purpose of chapter."),
     (1, "Sec. 12.40.020. Supervision by department. [Repealed, Sec. 4 ch 21 SLA 1984]."),
     (1, "Sec. 12.40.030. Reports of officers."), (1, "Sec. 12.40.040. Fees.")])

# the same code's convention with a section whose text starts with a number (must stay body)
DOCS["ak_number_text"] = ("""Chapter 40.25. FEES FOR RECORDS
Sec. 40.25.110. Public records open to inspection.
Public records of all public agencies are open to inspection by the public under
reasonable rules during regular office hours.
Sec. 40.25.115. Charges for copies.
25 cents a page is charged for a copy of a record, unless a fee is set by another law.
Sec. 40.25.120. Exceptions.
Every person has a right to inspect a public record except records that are
confidential under federal law.
""", "Chapter 40.25. FEES FOR RECORDS",
    [(1, "Sec. 40.25.110. Public records open to inspection."), (1, "Sec. 40.25.115. Charges for copies."),
     (1, "Sec. 40.25.120. Exceptions.")])

# a hyphen-numbered code (Colorado, Utah style) with blank lines, a definitions section of quoted terms
DOCS["hyphen_blank"] = ("""ARTICLE 2 General Definitions

1-2-101. Short title.

This article shall be known and may be cited as the "General Definitions Act".

1-2-102. Definitions.

As used in this article, unless the context otherwise requires:

"Agency" means a department, board, or commission of the state.

"Person" means an individual, a corporation, or a partnership.

1-2-103. Computation of time.

In computing a period of days, the first day is excluded and the last day is included.
""", "ARTICLE 2 General Definitions",
    [(1, "1-2-101. Short title."), (1, "1-2-102. Definitions."), (1, "1-2-103. Computation of time.")])

# a hyphen-numbered code without blank lines, a cross-reference opening a wrapped line
DOCS["hyphen_tight"] = ("""CHAPTER 1 CONSTRUCTION OF STATUTES
73-101. Codes not retroactive.
No part of these compiled laws is retroactive, unless expressly so declared. The
rule of section
73-101, Idaho Code, applies to every title of the code.
73-102. Construction of code.
The rule of the common law that statutes in derogation thereof are to be strictly
construed has no application to these compiled laws.
73-103. Words and phrases.
Words and phrases are construed according to the context and the approved usage
of the language.
""", "CHAPTER 1 CONSTRUCTION OF STATUTES",
    [(1, "73-101. Codes not retroactive."), (1, "73-102. Construction of code."), (1, "73-103. Words and phrases.")])

# capitals section names (a Kansas-style code page), blank lines
DOCS["hyphen_caps"] = ("""Chapter 77. STATUTES, REGULATIONS AND JUDICIAL PROCEDURE

77-101. CONSTRUCTION OF STATUTES.
The following rules shall be observed in the construction of the statutes of this state.

77-102. SAME; WORDS AND PHRASES.
Words and phrases shall be construed according to the context.

77-103. REPEAL OF STATUTES.
The repeal of a statute does not revive a statute previously repealed.
""", "Chapter 77. STATUTES, REGULATIONS AND JUDICIAL PROCEDURE",
    [(1, "77-101. CONSTRUCTION OF STATUTES."), (1, "77-102. SAME; WORDS AND PHRASES."),
     (1, "77-103. REPEAL OF STATUTES.")])

# section-sign heads with a name holding a semicolon (a Vermont-style chapter) and blank lines
DOCS["section_sign_semicolon"] = ("""Chapter 003: Construction of Statutes

§ 111. Annual meeting

The words "annual meeting" mean the meeting held on the first Tuesday of March.

§ 112. Biennial; biennially

The words "biennial" and "biennially" mean once in two years.

§ 113. County; town

The word "county" includes a district, and the word "town" includes a city.
""", "Chapter 003: Construction of Statutes",
    [(1, "§ 111. Annual meeting"), (1, "§ 112. Biennial; biennially"), (1, "§ 113. County; town")])

# status entries between sections: `[Repealed.]`, `(Reserved)` alone on a line are not headings
DOCS["status_lines"] = ("""Chapter 5 PUBLIC OFFICERS

§ 5-301. Oath of office.

Every officer shall take the oath of office before entering on the duties of the office.

§ 5-302. Bond of officer.

Every officer shall give a bond in the amount set by law.

(Reserved)

§ 5-304. Vacancy.

A vacancy is filled by appointment of the governor.
""", "Chapter 5 PUBLIC OFFICERS",
    [(1, "§ 5-301. Oath of office."), (1, "§ 5-302. Bond of officer."), (1, "§ 5-304. Vacancy.")])

# a status line alone after a repealed section, a Title line over the chapter
DOCS["repealed_expired"] = ("""Chapter 09.10. LIMITATIONS OF ACTIONS
Sec. 09.10.010. Time for commencing actions.
A person may not commence an action except within the periods prescribed in this chapter.
Sec. 09.10.020. Actions to be brought in two years. [Repealed, Sec. 41 ch 101 SLA 1997].
Expired
Sec. 09.10.030. Actions to recover real property.
A person may not bring an action for the recovery of real property unless commenced within ten years.
Sec. 09.10.040. Actions upon judgments.
A person may not bring an action upon a judgment unless commenced within ten years.
""", "Chapter 09.10. LIMITATIONS OF ACTIONS",
    [(1, "Sec. 09.10.010. Time for commencing actions."),
     (1, "Sec. 09.10.020. Actions to be brought in two years. [Repealed, Sec. 41 ch 101 SLA 1997]."),
     (1, "Sec. 09.10.030. Actions to recover real property."), (1, "Sec. 09.10.040. Actions upon judgments.")])

# Section-labelled hyphen heads (a city code) without blank lines
DOCS["section_label_hyphen"] = ("""Chapter 4. Licences
Section 4-2-1. Licence required.
No person shall carry on a business in the city without a licence.
Section 4-2-2. Application.
(a) An application shall be made on the form the clerk provides.
(b) The clerk may require proof of identity.
Section 4-2-3. Term of licence.
A licence is valid for one year from the day it is issued.
""", "Chapter 4. Licences",
    [(1, "Section 4-2-1. Licence required."), (1, "Section 4-2-2. Application."), (1, "Section 4-2-3. Term of licence.")])

# an ordinary report's decimal heads (no code): '3.1. Scope' stays as it was, numbered heads at their levels
DOCS["report_decimal"] = ("""Annual Review of the Harbour Board

3. Operations
3.1. Scope
The board reviewed the operation of every harbour in the district during the year.
3.2. Findings
Most harbours were used more often than in the year before.
""", "Annual Review of the Harbour Board",
    [(1, "3. Operations"), (2, "3.1. Scope"), (2, "3.2. Findings")])

# a numbered list in a paragraph: '1-2-3.' is not there, so no code heads; a list item of a date stays
DOCS["no_series"] = ("""Notice of Meeting

The council will meet on the dates below.

12.05.2026. Budget hearing in the main hall.
The hearing opens at ten in the morning and ends at noon.

All residents are welcome to attend and speak.
""", "Notice of Meeting", [])

# a Vermont-style page: site lines, then the Title line over the Chapter line (the page's one division)
DOCS["title_over_chapter"] = ("""The State Statutes Online

Title 9: Commerce and Trade
Chapter 012: Weights and Measures

Subchapter 001: GENERALLY

§ 2401. Definitions

As used in this chapter, "commodity" means any article sold by weight or measure.

§ 2402. Standards

The standards of weight and measure of the United States are the standards of this state.
""", "Chapter 012: Weights and Measures",
    [(1, "Subchapter 001: GENERALLY"), (2, "§ 2401. Definitions"), (2, "§ 2402. Standards")])

# a code page whose sections are followed by a History line (a run-in label, no heading)
DOCS["history_runin"] = ("""CHAPTER 3 TOWN MEETINGS
3-1-101. Annual meeting.
The annual meeting of each town is held on the first Monday of April.
History: L. 1901, ch. 12, § 1; R.S. 1953, § 3-1-101.
3-1-102. Special meetings.
A special meeting may be called by the board at any time.
History: L. 1901, ch. 12, § 2.
3-1-103. Notice.
Notice of every meeting shall be posted ten days before it.
History: L. 1903, ch. 4, § 1.
""", "CHAPTER 3 TOWN MEETINGS",
    [(1, "3-1-101. Annual meeting."), (1, "3-1-102. Special meetings."), (1, "3-1-103. Notice.")])

# a printed page with a page break inside a section (running head and page number lines)
DOCS["print_break"] = ("""12/1/26, 10:11 AM

State Code - Chapter 20.15

Chapter 20.15. STATE LANDS
Sec. 20.15.010. Management of lands.
The department shall manage the state lands for the benefit of the people of the
state and may lease land under this chapter. The department shall keep a record of
every parcel of state land, its use, its lessee, and the rent the lessee pays, and
shall publish the record each year. A person may inspect the record at the office
of the department during its regular hours, and may have a copy of any part of it
at the charge set by the department by rule.
Sec. 20.15.020. Leases.
(a) A lease may not run for more than fifty-five years.
https://www.example.org/code/chapter-20-15

1/2

12/1/26, 10:11 AM

State Code - Chapter 20.15

(b) A lease may be renewed once.
Sec. 20.15.030. Rentals.
Rentals are paid to the department each year in advance.
https://www.example.org/code/chapter-20-15

2/2
""", "Chapter 20.15. STATE LANDS",
    [(1, "Sec. 20.15.010. Management of lands."), (1, "Sec. 20.15.020. Leases."), (1, "Sec. 20.15.030. Rentals.")])

# capitals 'SEC.' heads of a code's sections, dotted numbers, blank lines
DOCS["caps_sec_dotted"] = ("""CHAPTER 2.04 CITY COUNCIL

SEC. 2.04.010. Regular meetings.

The council meets on the first and third Tuesday of each month.

SEC. 2.04.020. Quorum.

A majority of the council is a quorum for doing business.
""", "CHAPTER 2.04 CITY COUNCIL",
    [(1, "SEC. 2.04.010. Regular meetings."), (1, "SEC. 2.04.020. Quorum.")])

# a definitions section whose quoted terms run on under it, no blank lines
DOCS["sections_definitions_tight"] = ("""Chapter 1.10. DEFINITIONS
Sec. 1.10.010. Definitions.
In this code,
"board" means the board of directors;
"director" means a member of the board.
Sec. 1.10.020. Rules of construction.
In this code, the singular includes the plural.
""", "Chapter 1.10. DEFINITIONS",
    [(1, "Sec. 1.10.010. Definitions."), (1, "Sec. 1.10.020. Rules of construction.")])

# an annotated code page (an Idaho-style open code site): labels of the notes under each section, a capitals
# group label with its sub-labels and case-note topics two levels under the section; the next section its peer
DOCS["annotated_caps_groups"] = ("""Chapter 2 GENERAL PROVISIONS

§ 31-201. Effect of headings.

Headings of titles, chapters and sections do not limit the meaning of a section.

History.

C.S., § 9445; I.C.A., § 70-103; am. 1999, ch. 12, § 1.

STATUTORY NOTES

Compiler's Notes.

The section was rewritten by the 1999 amendment to apply to every title of the code.

CASE NOTES

Construction With Other Sections.

A heading does not control the plain words of the section it stands over.

§ 31-202. Severability.

If a provision of the code is held invalid, the rest of the code is not affected.

History.

I.C.A., § 70-104.
""", "Chapter 2 GENERAL PROVISIONS",
    [(1, "§ 31-201. Effect of headings."), (2, "History."), (2, "STATUTORY NOTES"), (3, "Compiler's Notes."),
     (2, "CASE NOTES"), (3, "Construction With Other Sections."), (1, "§ 31-202. Severability."), (2, "History.")])

# an annotated code in a publisher's form: title-case labels (`Credits`, `Notes of Decisions`) under dotted sections
DOCS["annotated_title_case"] = ("""Chapter 311. CODE CONSTRUCTION ACT

Sec. 311.001. Short Title.

This chapter may be cited as the Code Construction Act.

Credits

Added by Acts 1985, ch. 479, § 1, eff. Sept. 1, 1985.

Notes of Decisions

Courts apply this chapter to every code the legislature enacts.

Sec. 311.002. Application.

This chapter applies to each code enacted by the legislature.

Credits

Added by Acts 1985, ch. 479, § 1.
""", "Chapter 311. CODE CONSTRUCTION ACT",
    [(1, "Sec. 311.001. Short Title."), (2, "Credits"), (2, "Notes of Decisions"), (1, "Sec. 311.002. Application."),
     (2, "Credits")])

# numbers of mixed marks and lettered parts (Virginia, Utah, Indiana forms), no blank lines
DOCS["mixed_numbers"] = ("""Chapter 11. Juvenile Courts
§ 16.1-266. Appointment of counsel.
A. Prior to the hearing the court shall appoint counsel for the child.
§ 16.1-267. Compensation of counsel.
When the court appoints counsel, the counsel shall be paid by the state.
§ 16.1-268. Rights of the child.
Every child has the right to be heard at the hearing.
""", "Chapter 11. Juvenile Courts",
    [(1, "§ 16.1-266. Appointment of counsel."), (1, "§ 16.1-267. Compensation of counsel."),
     (1, "§ 16.1-268. Rights of the child.")])

# what must stay: a dated list of meetings in a notice ('12-05-2026. Budget hearing.'), no code sections
DOCS["dated_entries"] = ("""Council Meetings in May

The council meets on the days below.
12-05-2026. Budget hearing.
The hearing opens at ten in the morning.
19-05-2026. Planning session.
The session reviews the new district plan.
""", "Council Meetings in May", [])

# sections whose line holds their status alone ('§ 7-103. [Repealed.]', '§ 7-104. (Reserved)'), no blank lines
DOCS["status_only_sections"] = ("""Chapter 7 ELECTIONS
§ 7-101. Election day.
The general election is held on the first Tuesday after the first Monday in November.
§ 7-102. Polling places.
Each county shall name its polling places sixty days before the election.
§ 7-103. [Repealed.]
§ 7-104. (Reserved)
§ 7-105. Ballots.
The ballots are printed by the county clerk.
""", "Chapter 7 ELECTIONS",
    [(1, "§ 7-101. Election day."), (1, "§ 7-102. Polling places."), (1, "§ 7-103. [Repealed.]"),
     (1, "§ 7-104. (Reserved)"), (1, "§ 7-105. Ballots.")])

# what must stay: a source label set on with its note, no blank lines (a national code's page): body, no heading
DOCS["tight_source_label"] = ("""Chapter 4 Harbours
§ 401. Harbour master; duties.
The harbour master shall keep order in every harbour of the Republic and shall keep a
register of the vessels that use it.
Source
(Code 1970, § 512.) 12 TC § 3, as amended.
§ 402. Fees.
The harbour master may charge the fees the Minister sets by regulation.
""", "Chapter 4 Harbours", [(1, "§ 401. Harbour master; duties."), (1, "§ 402. Fees.")])

# what must stay: a report's own 'History' heading (no code section over it) keeps its level
DOCS["report_history_head"] = ("""The Old Mill Museum

History

The mill was built in 1821 and ground corn for the valley until 1950.

Collections

The museum holds the mill's records and tools.
""", "The Old Mill Museum", [(1, "History"), (1, "Collections")])

# a chapter page whose section index left its label alone over the first section ('Sec.')
DOCS["index_label"] = ("""Chapter 4 PUBLIC NOTICES

Sec.

§ 60-401. Legal notices.

Every legal notice shall be published in a newspaper printed in the county.

§ 60-402. Proof of publication.

Publication is proved by the affidavit of the publisher.
""", "Chapter 4 PUBLIC NOTICES", [(1, "§ 60-401. Legal notices."), (1, "§ 60-402. Proof of publication.")])


def _doc(text: str):
    return structure_document(clean_text(text, source_file="code.txt"))


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text)


@pytest.mark.parametrize("name", sorted(DOCS))
def test_code_page_title_and_heads(name):
    text, title, heads = DOCS[name]
    doc = _doc(text)
    assert doc.title == title
    assert levels(doc) == heads


MUST_STAY = {
    "ak_number_text": "25 cents a page is charged",
    "hyphen_tight": "73-101, Idaho Code, applies",
    "hyphen_blank": '"Agency" means a department',
    "sections_definitions_tight": '"director" means a member',
    "no_series": "12.05.2026. Budget hearing",
    "tight_source_label": "Source (Code 1970, § 512.)",
    "dated_entries": "12-05-2026. Budget hearing. The hearing opens",
}


@pytest.mark.parametrize("name", sorted(MUST_STAY))
def test_code_page_body_kept(name):
    doc = _doc(DOCS[name][0])
    body = " ".join(p.text for s in all_sections(doc) for p in s.paragraphs) + " ".join(p.text for p in doc.front)
    assert MUST_STAY[name] in " ".join(body.split())


def test_section_index_label_dropped():
    doc = _doc(DOCS["index_label"][0])
    texts = [p.text.strip() for p in doc.front] + [p.text.strip() for s in all_sections(doc) for p in s.paragraphs]
    assert "Sec." not in texts
