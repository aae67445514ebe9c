"""decode_bytes on anything: a Decoded or a PipelineError, never another exception."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.decode import decode_bytes
from pipeline.errors import PipelineError
from pipeline.model import Decoded


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=600), st.sampled_from(["strict", "replace"]))
def test_any_bytes(data, errors):
    try:
        decoded = decode_bytes(data, name="x", errors=errors)
    except PipelineError:
        return
    assert isinstance(decoded, Decoded)
    assert "\r" not in decoded.text and decoded.text.strip()


@settings(max_examples=300, deadline=None)
@given(st.text(min_size=1), st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "gb18030"]))
def test_any_text_in_a_supported_encoding(text, codec):
    try:
        decoded = decode_bytes(text.encode(codec), name="x")
    except PipelineError:
        return
    assert "\r" not in decoded.text
    if codec in ("utf-8", "utf-8-sig", "utf-16"):
        assert "\ufffd" not in decoded.text or "\ufffd" in text
