"""Structure rules the round17zh round (issue #11, check set 11's Chinese half, ys1-ys8) prompted:
made-up variants of each phenomenon, and what each rule must leave alone."""
from __future__ import annotations

ZH = "该镇历史悠久，明代设巡检司，清代沿袭旧制，民国时期改为区，新中国成立后多次调整行政区划，逐步形成现在的格局。"


def test_a_references_title_alone_takes_no_note_marker_in():
    from structure.test_unseen_kinds import doc_of, outline
    text = "\n".join(["某某镇（行政区划）", ZH, "历史沿革", ZH, "参考资料", "[1]", "某某镇志 · 某某出版社[引用日期2020-01-01]"])
    assert (1, "参考资料") in outline(doc_of(text))
