"""No network, no local file reads from content.

A loopback HTTP server records every request; documents reference it and a local secret file
in every way a renderer could follow (img, link, css url() and @import, XInclude, entities,
Markdown images, file:// URLs, SVG, iframes ...). All three editions are built: the server must
receive nothing and no edition may contain the secret's marker (searched in the PDF's text and
decompressed streams and in every DOCX/EPUB zip member, binary parts included).
"""
from __future__ import annotations

import struct
import uuid
import zlib
from pathlib import Path

import pytest

from reliability.helpers import find_in_edition, loopback_server, run_cli, valid_editions

pytestmark = pytest.mark.slow


def _png_with_text(marker: str) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
            + chunk(b"tEXt", b"Comment\x00" + marker.encode()) + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00"))
            + chunk(b"IEND", b""))


@pytest.fixture
def secrets(tmp_path):
    """Local files whose content must never reach an edition: text, CSS, PNG, SVG."""
    marker = f"SECRET-{uuid.uuid4().hex}"
    folder = tmp_path / "secret"
    folder.mkdir()
    files = {
        "txt": folder / "secret.txt",
        "css": folder / "secret.css",
        "png": folder / "secret.png",
        "svg": folder / "secret.svg",
    }
    files["txt"].write_text(f"{marker}\n", encoding="utf-8")
    files["css"].write_text(f"/* {marker} */ body::before {{ content: '{marker}'; }}\n", encoding="utf-8")
    files["png"].write_bytes(_png_with_text(marker))
    files["svg"].write_text(f'<svg xmlns="http://www.w3.org/2000/svg"><text>{marker}</text></svg>', encoding="utf-8")
    return marker, files


def hostile_document(url: str, files: dict[str, Path]) -> str:
    """A report whose text references the server and the secret files in every way we know."""
    t, c, p, s = (files[k] for k in ("txt", "css", "png", "svg"))
    refs = [
        f'<img src="{url}/img.png"> <img src="file://{p}"> <img src="{p}">',
        f'<link rel="stylesheet" href="{url}/link.css"><link rel="stylesheet" href="file://{c}">',
        f'<style>@import url("{url}/import.css"); @import "file://{c}"; body {{ background: url({url}/bg.png) }}</style>',
        f'p {{ background-image: url("file://{p}"); }} @font-face {{ src: url({url}/f.woff) }}',
        f'<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="file://{t}" parse="text"/>',
        f'<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="{url}/xi.xml"/>',
        f'<!DOCTYPE r [<!ENTITY sec SYSTEM "file://{t}"><!ENTITY net SYSTEM "{url}/ent">]>&sec;&net;',
        f'<!DOCTYPE r [<!ENTITY % pe SYSTEM "{url}/pe.dtd"> %pe;]>',
        f'![图片]({p}) ![远程]({url}/md.png) ![文件](file://{p}) [链接]({url}/link)',
        f'<iframe src="{url}/frame"></iframe><object data="file://{t}"></object><embed src="{url}/e">',
        f'<svg xmlns="http://www.w3.org/2000/svg"><image href="file://{s}"/><use href="{url}/u.svg#x"/></svg>',
        f'<video src="{url}/v.mp4" poster="file://{p}"></video><audio src="{url}/a.mp3"></audio>',
        f'\\includegraphics{{{p}}} \\input{{{t}}} \\include{{{t}}}',
        f'<?xml-stylesheet href="{url}/s.xsl"?> <a href="{url}/a">链接</a> {url}/plain file://{t}',
        f'<imagedata fileref="{p}"/> <imagedata fileref="{url}/i.png"/>',
        f'[[{t}]] {{{{{url}/tpl}}}} !include {t}',
    ]
    lines = ["某区2010年政府工作报告", "各位代表：", "一、引用测试"]
    for i, ref in enumerate(refs, 1):
        lines.append(f"第{i}种引用方式如下，全区经济增长{i}.5%：")
        lines.append(ref)
    lines += ["二、收尾", "以上内容都只是文本，不应被任何渲染器打开。"]
    return "\n".join(lines) + "\n"


def test_no_request_and_no_local_file_in_any_edition(tmp_path, secrets, capsys):
    marker, files = secrets
    with loopback_server() as server:
        url = f"http://127.0.0.1:{server.port}"
        source = tmp_path / "hostile.txt"
        source.write_text(hostile_document(url, files), encoding="utf-8")
        out, build = tmp_path / "output", tmp_path / "build"
        # --no-verify: this test is about what the renderers fetch; losing text is the next test's
        code = run_cli("build", source, "-o", out, "--build-dir", build, "-j", "1", "--no-verify")
        err = capsys.readouterr().err
        assert code == 0, err
        assert server.requests == [], f"renderers contacted the network: {server.requests}"
    valid_editions(out, "hostile")
    xml = (build / "hostile.xml").read_text(encoding="utf-8")
    assert "&lt;img src=" in xml and str(files["txt"]) in xml, "the references must stay as text"
    for fmt in ("pdf", "docx", "epub"):
        found = find_in_edition(out / f"hostile.{fmt}", [marker.encode(), b"FETCHED-FROM-SERVER"])
        assert not found, f"the {fmt} edition holds a local file's or the server's content: {found}"


def test_references_are_kept_as_text_in_every_edition(tmp_path, secrets, capsys):
    """The reference text itself is body text: verify (run by build) proves it is in each edition."""
    marker, files = secrets
    with loopback_server() as server:
        url = f"http://127.0.0.1:{server.port}"
        source = tmp_path / "refs.txt"
        source.write_text(hostile_document(url, files), encoding="utf-8")
        code = run_cli("build", source, "-o", tmp_path / "o", "--build-dir", tmp_path / "b", "-j", "1")
        assert code == 0, capsys.readouterr().err
        assert server.requests == []


def _evil_xml(tmp_path: Path, refs: list[str]) -> Path:
    """A hand-made XML intermediate whose figure points at `refs` (outside its folder, remote, ...)."""
    from reliability.helpers import REPO

    mini = (REPO / "tests" / "fixtures" / "xml" / "mini.xml").read_text(encoding="utf-8")
    folder = tmp_path / "xmlin"
    folder.mkdir()
    images = "".join(f'<imageobject><imagedata fileref="{r}" format="PNG"/></imageobject>' for r in refs)
    figure = (f'<figure role="chart" xml:id="figx"><title>图X 恶意</title><mediaobject>{images}'
              f'<textobject><phrase>x</phrase></textobject></mediaobject></figure>')
    xml = mini.replace("</appendix>", figure + "</appendix>", 1)
    assert figure in xml
    path = folder / "evil.xml"
    path.write_text(xml, encoding="utf-8")
    return path


@pytest.mark.parametrize("fmt", ["pdf", "docx", "epub"])
def test_hand_made_xml_cannot_name_outside_files(tmp_path, secrets, capsys, fmt):
    """`pipeline render` of an XML whose imagedata names a remote URL, an absolute path, ../ or a
    symlink out of its folder: refused (exit 3) or rendered without the file and without a request."""
    marker, files = secrets
    with loopback_server() as server:
        url = f"http://127.0.0.1:{server.port}"
        xml = _evil_xml(tmp_path, [f"{url}/x.png", str(files["png"]), "../secret/secret.png", "link.charts/x.png"])
        (xml.parent / "link.charts").mkdir()
        (xml.parent / "link.charts" / "x.png").symlink_to(files["png"])
        out = tmp_path / f"evil.{fmt}"
        code = run_cli("render", xml, "--to", fmt, "-o", out)
        err = capsys.readouterr().err
        assert code in (0, 3), err
        assert server.requests == []
        if code == 0:
            assert not find_in_edition(out, [marker.encode()]), err
        else:
            assert not out.exists()

    # the symlink alone (a schema-valid relative path): never followed out of the folder
    xml2 = _evil_xml(tmp_path / "second", ["evil.charts/fig9.png"]) if (tmp_path / "second").mkdir() is None else None
    (xml2.parent / "evil.charts").mkdir()
    (xml2.parent / "evil.charts" / "fig9.png").symlink_to(files["png"])
    out2 = tmp_path / f"evil2.{fmt}"
    code = run_cli("render", xml2, "--to", fmt, "-o", out2)
    err = capsys.readouterr().err
    assert code in (0, 3), err
    if code == 0:
        assert not find_in_edition(out2, [marker.encode()]), f"a symlinked chart pulled {files['png']} in"
