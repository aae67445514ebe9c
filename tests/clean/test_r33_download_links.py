"""r33entitle (issue #11): a publication page's download link alone on its line, in the forms sites
print it: the file's kind alone in a bracket (`Download Report (PDF)`, `Download the plan (PDF)`)
or the file's name with its extension and size (`Download: 2017_18 Budget Speech.pdf (1.2 MB)`);
an action button printed under each file (`Order a copy`). A sentence that mentions a download, and
a request said once in the text, stay. All texts are made up."""
from __future__ import annotations

from pipeline.clean import clean_text

BODY = ("The Board's report sets out how the harbours were run in the year and what the fees paid for.\n\n"
        "It was laid before the Assembly in March and is published with its accounts.\n")


def kept(text: str) -> list[str]:
    return [line.strip() for line in clean_text(text, source_file="page.txt").lines if line.strip()]


def test_download_links_with_the_files_kind_or_name_go():
    for link in ("Download Report (PDF)", "Download the plan (PDF)", "      Download: 2031_32 Harbour Review.pdf (1.2 MB)",
                 "Download: Fees Schedule 2031.docx (56 KB)", "Download full report (DOCX)"):
        lines = kept(f"Harbour Board Annual Report 2031\n\n{link}\n\n{BODY}")
        assert link.strip() not in lines, link
        assert "It was laid before the Assembly in March and is published with its accounts." in lines


def test_a_sentence_about_a_download_stays():
    for line in ("Download the plan and read it before the meeting (PDF).",
                 "Downloads of the report rose by half in the year (see the PDF).",
                 "You can download the report (PDF) from the Board's office."):
        assert line in kept(f"Harbour Board Annual Report 2031\n\n{BODY}\n{line}\n\n{BODY}"), line


# --- an action button printed under each item ---------------------------------------------------------

def test_a_button_printed_under_each_file_goes():
    entry = "Harbour Fees Review 2031: {}\n\nUnnumbered paper\n\nPDF, 1.2 MB, 48 pages\n\n{}\n\n"
    for button in ("Order a copy", "Request a printed copy", "Download this file"):
        text = ("Harbour Fees Review 2031\n\n" + BODY + "\nDocuments\n\n" + entry.format("full report", button)
                + entry.format("summary", button) + "Details\n\n" + BODY)
        lines = kept(text)
        assert button not in lines, button
        assert "Harbour Fees Review 2031: summary" in lines and "PDF, 1.2 MB, 48 pages" in lines


def test_a_request_said_once_in_the_text_stays():
    text = ("Getting Your Records\n\n" + BODY + "\nRequest a copy\n\nWrite to the registry with your name and the years you "
            "need; a copy is posted within a month.\n\n" + BODY)
    assert "Request a copy" in kept(text)
