"""Structure rules the round16zh round (issue #11, check set 14's Chinese half, yy1-yy9) prompted:
made-up variants of each phenomenon, and what each rule must leave alone."""
from __future__ import annotations

from pipeline.structure import signals as sg


def test_a_period_part_with_a_masked_year_is_a_period_part():
    """A report template masks the year ('200*年', '20**年'): the part still names a period's work."""
    for text in ("200*年政府工作回顾", "20**年工作回顾", "201*年工作安排", "20*年的主要工作"):
        assert sg.is_period_part(text), text
    for text in ("2*年工作回顾", "***工作回顾", "200*年"):
        assert not sg.is_period_part(text), text
