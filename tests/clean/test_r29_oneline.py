"""r29oneline (issue #11): texts whose line breaks were lost (a document site's preview, a PDF
viewer's copy, a regulation aggregator's one-line body, minutes exported as one blob), made-up.
A statute's marginal notes closed by a period, a numbered section's sentence right after its
number, a law's `Article N` opening its sentence at once, a print's running head and page counter
glued between sentences; and what must stay (a list inside a paragraph, a motion's formula,
cross-references, a single counter, counters out of order)."""
from __future__ import annotations

from dataclasses import replace

from pipeline.clean.page import Page
from pipeline.clean.rules_joined import joined_lines


def run(text: str) -> list[str]:
    page = joined_lines(replace(Page.from_text(text), rule="joined-lines"))
    assert all(r.rule in ("joined-lines", "running-head") and r.text for r in page.removed)
    return [t for t in page.texts() if t.strip()]


def kept_letters(lines: list[str]) -> str:
    return "".join("".join(lines).split())


# -- a statute's marginal notes closed by a period (the Commonwealth's Acts: Gibraltar, the
# Caribbean, older colonial ordinances as an aggregator or a PDF viewer joins them)

AMENDMENT_ACT = ("AN ACT TO AMEND THE LAWS OF THE TERRITORY FOLLOWING THE NEW CONSTITUTION. Title and commencement. "
                 "1. This Act may be cited as the Laws (Amendment) Act 2009 and shall come into operation on the day of publication. "
                 "Amendments relating to references to “Ordinance”. 2. In every Act the word “Ordinance” is replaced by the word “Act”. "
                 "Repeal. 3. The Schedule to the principal Act is repealed.")


def test_period_closed_notes_stand_on_lines_of_their_own():
    lines = run(AMENDMENT_ACT)
    assert "Title and commencement." in lines
    assert "Amendments relating to references to “Ordinance”." in lines
    assert "Repeal." in lines
    assert any(l.startswith("1. This Act may be cited") for l in lines)
    assert any(l.startswith("2. In every Act the word") for l in lines)   # not '2.' alone


ORDINANCE = ("WHEREAS it is expedient to provide for the licensing of fishing boats: BE IT ENACTED by the Governor as follows:- "
             "Short title. 1. This Ordinance may be cited as the Fishing Boats Ordinance. Interpretation. 2. In this Ordinance "
             "“boat” means any vessel used for fishing. Licences. 3. No boat shall be used for fishing without a licence. "
             "Fees. 4. The fee for a licence is ten dollars a year.")


def test_an_ordinance_s_notes_over_its_sections():
    lines = run(ORDINANCE)
    for note in ("Short title.", "Interpretation.", "Licences.", "Fees."):
        assert note in lines
    assert "4. The fee for a licence is ten dollars a year." in lines


def test_notes_without_a_period_still_split():
    text = ("An Act to make provision about libraries. BE IT ENACTED as follows— Citation 1 This Act may be cited as the "
            "Libraries Act 2011. Interpretation 2 In this Act “library” means a public library. Duty of councils 3 Every "
            "council shall keep a library open to the public.")
    lines = run(text)
    assert "Citation" in lines and "Duty of councils" in lines


def test_a_motion_s_formula_before_the_next_item_stays_in_its_line():
    text = ("MINUTES OF THE REGULAR MEETING The meeting was called to order at 7 p.m. by the Chair. "
            "4. Approval of the agenda. Moved by Smith, seconded by Jones, that the agenda be approved. Motion carried. "
            "5. Treasurer's report. The Treasurer presented the monthly statement of accounts. Motion carried. "
            "6. Correspondence. A letter from the county was read and filed.")
    lines = run(text)
    assert "Motion carried." not in lines
    assert kept_letters(lines) == kept_letters([text])


def test_a_list_inside_a_paragraph_stays_one_line():
    text = ("The Board shall at every annual meeting 1. elect a chair, 2. approve the accounts and 3. appoint an auditor. "
            "The Secretary shall give notice of the annual meeting to every member at least twenty-one days before it. "
            "The notice shall state the business to be transacted and the place, date and time of the meeting, and "
            "shall be sent by post or by electronic mail to the address the member has given.")
    assert run(text) == [text]


# -- a law's article label that opens its sentence at once (a translation of a Chinese law: no title)

RULES = ("Rules for Administering the Harbour Exchange Chapter I General Provisions Article 1 With a view to strengthening "
         "the administration of the Harbour Exchange, these Rules are hereby formulated. Article 2 The Harbour Exchange "
         "shall provide open, fair and just conditions for trading. Article 3 The department in charge of communications "
         "shall exercise administration and supervision over the Exchange. Article 4 The Harbour Exchange shall keep its "
         "records for ten years.")


def test_an_article_label_opening_its_sentence_is_not_cut_inside_it():
    lines = run(RULES)
    assert "Article 2 The Harbour Exchange shall provide open, fair and just conditions for trading." in lines
    assert not any(l.endswith("The Harbour") for l in lines)


def test_an_article_with_its_title_is_still_set_apart():
    text = ("CONSTITUTION OF THE GUILD The members adopt this constitution. Article 1 Name The Guild shall be called the "
            "Harbour Guild. Article 2 Objects The Guild exists to promote the craft. Article 3 Members Any person may apply.")
    lines = run(text)
    assert "Article 1 Name" in lines and "The Guild shall be called the Harbour Guild." in lines


# -- a print's running head and page counter glued into the joined text

BYLAWS = ("BOARD BYLAWS PART 1 PRELIMINARY 1. These bylaws may be cited as the Board Bylaws. 2. In these bylaws “Board” "
          "means the board of the trust. Adopted Bylaws of the Board Page 1 of 3 PART 2 GENERAL PROVISIONS 3. The Board "
          "shall meet at least four times a year, as provided in section 3. of Part 2 of the Act. 4. The Chair shall preside "
          "at every meeting of the Board. Adopted Bylaws of the Board Page 2 of 3 5. A quorum is a majority of the members in "
          "office. 6. The Secretary shall keep the minutes of the Board and shall send them to Adopted Bylaws of the Board "
          "Page 3 of 3 every member.")


def test_a_running_head_and_counter_go_and_the_cut_sentence_is_whole_again():
    lines = run(BYLAWS)
    assert not any("Page 1 of 3" in l or "Page 2 of 3" in l or "Page 3 of 3" in l for l in lines)
    assert "PART 2 GENERAL PROVISIONS" in lines
    assert "6. The Secretary shall keep the minutes of the Board and shall send them to every member." in lines
    assert any("section 3. of Part 2 of the Act" in l for l in lines)   # a cross-reference is not cut


MINUTES = ("City Council Minutes Regular Meeting of March 4, 2031 Mayor Lee called the meeting to order at 7:00 p.m. "
           "COUNCIL PRESENT: Mayor Lee, Councilmembers Ortiz and Park. Public Forum No one was present to address the Council. "
           "Regular Council Meeting March 4, 2031 Page 1 of 2 Consent Agenda Motion by Ortiz, second by Park, to adopt the "
           "consent agenda. With all members voting in favor, the motion carried. Adjournment Mayor Lee adjourned the meeting "
           "at 8:10 p.m. Regular Council Meeting March 4, 2031 Page 2 of 2")


def test_minutes_running_head_at_each_page_s_foot():
    lines = run(MINUTES)
    assert not any("Page 1 of 2" in l or "Page 2 of 2" in l for l in lines)
    assert any(l.endswith("address the Council.") for l in lines)
    assert len(kept_letters(lines)) + 2 * len(kept_letters(["Regular Council Meeting March 4, 2031 Page 1 of 2"])) \
        == len(kept_letters([MINUTES]))


def test_a_counter_with_no_repeated_head_goes_alone():
    text = ("ANNUAL REPORT OF THE LIBRARY BOARD The Board met six times during the year and approved the budget. "
            "Page 1 of 3 Visits rose by ten per cent over the previous year. The children's room reopened in May after "
            "the repairs. Page 2 of 3 The Board thanks the volunteers who kept the branch open. Page 3 of 3")
    lines = run(text)
    assert not any("Page" in l for l in lines)
    assert len(kept_letters(lines)) == len(kept_letters([text])) - 3 * len("Page1of3")


def test_a_single_counter_is_a_cross_reference_and_stays():
    text = ("NOTES ON THE APPLICATION FORM The applicant shall complete every part of the form. The fee table is set out on "
            "Page 3 of 12 of the guidance and shall be paid in full. An incomplete form is returned to the applicant without "
            "a decision. The office answers questions about the form by telephone on working days. Forms sent by post shall "
            "reach the office at least ten days before the closing date.")
    lines = run(text)
    assert any("Page 3 of 12 of the guidance" in l for l in lines)


def test_counters_out_of_order_stay():
    text = ("SCHEDULE OF FEES The fees below apply from 1 April. See Page 5 of 9 for exemptions and Page 2 of 9 for the "
            "forms. Every fee is payable in advance. A receipt is issued for every payment. Refunds are made only where the "
            "application is withdrawn before it is considered by the officer.")
    lines = run(text)
    assert any("See Page 5 of 9 for exemptions and Page 2 of 9 for the forms." in l for l in lines)


# -- Chinese: a part's numeral after 。, an article quoted at a sentence's start

def test_chinese_part_numeral_after_a_full_stop_starts_a_line():
    text = ("某某县2031年工作总结 2031年，在县委的坚强领导下，全县上下团结奋斗，较好完成了全年目标任务。"
            "一、主要工作（一）经济运行稳中有进。全年地区生产总值增长6.5%。（二）民生保障持续加强。新增就业岗位三千个。"
            "二、存在的问题主要是产业结构不优，财政收支矛盾突出。三、下一步打算继续抓好项目建设，第二条规定的事项按期完成。")
    lines = run(text)
    assert any(l.startswith("二、存在的问题") for l in lines)
    assert any(l.startswith("三、下一步打算") for l in lines)
    assert not any(l.startswith("第二条规定") for l in lines)
    assert not any(l.startswith("增长6.5%") for l in lines)


REPORT = ("Harbour Authority Annual Report 2031 1 Introduction This report covers the year to 31 March. The Authority "
          "handled more ships than in any year before and Page 1 Harbour Authority Annual Report 2031 kept its costs within "
          "the budget. 2 Finances The accounts are set out in the annex. Page 2 Harbour Authority Annual Report 2031 "
          "3 Outlook The Authority expects traffic to grow again next year. Page 3")


def test_a_foot_s_counter_and_the_next_page_s_head_go():
    lines = run(REPORT)
    assert not any(l.startswith("Page") or "Page 2" in l for l in lines)
    assert any("handled more ships than in any year before and kept its costs within the budget." in l for l in lines)
    assert any(l.startswith("3 Outlook") for l in lines)
    assert lines.count("Harbour Authority Annual Report 2031") <= 1   # the cover's title line may stay


# -- minutes exported as one blob: an agenda's head over its first numbered item

AGENDA = ("Minutes of the Regular Meeting of the Village Board The President called the meeting to order at 6:30 p.m. "
          "All trustees were present. Consent Agenda 6.1) Approval of the minutes of May 2 The minutes were approved "
          "as presented. Public Hearings 7.1 Zoning Variance for 12 Elm Street The Board heard the applicant and two "
          "neighbours. Adjournment The meeting was adjourned at 8:05 p.m.")


def test_an_agenda_s_heads_over_numbered_items_start_lines():
    lines = run(AGENDA)
    assert "Consent Agenda" in lines and "Public Hearings" in lines
    assert any(l.startswith("6.1) Approval of the minutes") for l in lines)
    assert any(l.startswith("7.1 Zoning Variance") for l in lines)


def test_a_figure_after_capitalised_words_stays_in_its_sentence():
    text = ("TREASURER'S REPORT The fund closed the year with a surplus. Total Revenue 4.5 million was raised from rates "
            "and fees, and Total Spending 3.9 million was kept within the budget. The Treasurer thanked the staff for their "
            "work on the accounts and the auditors for their report, which is attached to these minutes for the record.")
    lines = run(text)
    assert any("Total Revenue 4.5 million was raised" in l for l in lines)
    assert not any(l == "Total Revenue" for l in lines)


def test_the_first_head_glued_to_the_title_starts_its_line():
    lines = run(REPORT)
    assert lines[0] == "Harbour Authority Annual Report 2031"
    assert "1 Introduction" in lines


def test_a_first_number_after_a_lower_case_word_stays():
    text = ("GUIDANCE ON RETURNS Returns are made under section 1 The Revenue Act and are due each quarter. Late returns "
            "attract a penalty. 2. Penalties The penalty is ten dollars a day. 3. Appeals The taxpayer may appeal to "
            "the tribunal within thirty days of the notice of the penalty.")
    lines = run(text)
    assert any("under section 1 The Revenue Act" in l for l in lines)
