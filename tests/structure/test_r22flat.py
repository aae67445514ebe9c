"""r22flat (issue #11): a text whose line breaks were lost and were read back. Made-up texts only."""
from __future__ import annotations

from pipeline.clean import clean_text
from pipeline.structure import structure_document


MINUTES = ("Loading...\nHomeMy WebLinkAboutMarch 3, 1990 Regular Meeting12 A Regular Meeting of the Example County "
           "Board of Supervisors was held on March 3, 1990, at 7:00 P.M., in the Board Room of the County Office "
           "Building, 1 Court Square, Example Town. The members of the board and the county administrator were "
           "present, and the clerk kept the minutes of the meeting as the board's rules require. "
           "CALL TO ORDER The Chairman called the meeting to order and read the notice of the meeting. "
           "INVOCATION The invocation was delivered by the pastor of the First Church of the town. "
           "ADOPTION OF THE AGENDA The County Administrator asked that the item on the road fund be taken first. "
           "The agenda was adopted as amended on a motion seconded by the vice chairman.\n")


def test_minutes_joined_onto_one_line_get_their_capitals_heads_and_keep_their_name():
    document = structure_document(clean_text(MINUTES, source_file="minutes.txt"))
    assert [s.title for s in document.sections] == ["CALL TO ORDER", "INVOCATION", "ADOPTION OF THE AGENDA"]
    assert document.title == "March 3, 1990 Regular Meeting"   # the meeting names the text, not its first head


def test_a_first_heading_under_running_text_names_a_part_not_the_document():
    from pipeline.model import Paragraph
    from pipeline.structure import _under_running_text
    opening = ("A Regular Meeting of the Example County Board was held on March 3, 1990, in the Board Room. "
               "The members were present, and the clerk kept the minutes as the rules require. ") * 2
    assert _under_running_text([Paragraph(id="p1", text=opening)])
    assert not _under_running_text([Paragraph(id="p1", text="This Act has sections not in force. See the table.")])
    assert not _under_running_text([])
