"""A LibreOffice user profile made once per LibreOffice and copied for every office and page pass.

    seed(root / "profile", soffice)      # before soffice starts: False if there is no copy yet
    save(root / "profile", soffice)      # once an office has made its profile and listens

Why: every office and every page pass of its own runs with a private profile in a fresh temporary
folder (so concurrent builds never meet). LibreOffice fills an empty profile when it starts:
configuration layers, the registries of the bundled extensions, the autocorrect and gallery
folders. The shared office took 0.71 CPU-s to start with an empty profile, 0.13 with a copy of
one LibreOffice made (medians of 3 + 3 alternating starts, the same 0.5 CPU-s page pass after;
ready to convert after 1.71 against 0.33 s on a busy machine): in the 1x build LibreOffice's
CPU went from 1.27 to 0.56 s, the largest piece that is neither the PDF nor the front half
(bench/results.md, "Scheduling of the 1x build").

The copy is what the same LibreOffice writes at its first start, taken before any conversion,
so a page pass lays the DOCX out as with an empty profile (tests/render/test_docx_office.py
compares the page numbers). It is keyed by the LibreOffice installation (its program folder and
version file), so an upgrade makes a new one; LibreOffice also checks the profile's build id
itself. It lives in the user's cache folder ($XDG_CACHE_HOME, else ~/.cache: `pipeline/`),
written to a temporary name and renamed, so concurrent builds never see half of it; when the
folder cannot be written, every office starts with an empty profile, as before.
PIPELINE_OFFICE_PROFILE=fresh turns the copy off.

    skip_self_tests(root / "profile", soffice)   # before every start, copy or empty profile

Why the version stamp: LibreOffice runs its graphics self-tests (GraphicsRenderTests: ~100
drawings, several on 4096-pixel bitmaps, then user/GraphicsRenderTests.log) at every start whose
profile has not recorded the running version (Setup/Product/ooSetupLastVersion). Only a document
window shown on screen records it, so a headless office never does, and the tests ran at every
start, kept profile or not: 85 % of the office's start-up CPU (perf), 0.68 of 0.79 CPU-s. The
stamp is the version the installation says it is (its main.xcd); the self-tests only write that
log and decide nothing a conversion uses (the page numbers are compared in
tests/render/test_docx_profile.py). An upgraded LibreOffice reads a higher version, so the stamp
follows it.
"""
from __future__ import annotations

import functools
import hashlib
import os
import re
import shutil
import tempfile
from pathlib import Path

from ...log import debug

ENV_SWITCH = "PIPELINE_OFFICE_PROFILE"   # "fresh": every office starts with an empty profile
# what a running office keeps in its profile that another must not inherit
TRANSIENT = shutil.ignore_patterns(".lock", ".~lock*", "temp", "*.log")
SETTINGS = "user/registrymodifications.xcu"   # the profile's own configuration layer
LAST_VERSION = re.compile(rb'<item oor:path="/org.openoffice.Setup/Product"><prop oor:name="ooSetupLastVersion"'
                          rb'[^>]*><value>([^<]*)</value></prop></item>')
EMPTY_SETTINGS = (b'<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry"'
                  b' xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n'
                  b'</oor:items>\n')


def template(soffice: str) -> Path | None:
    """Where the profile of the LibreOffice at `soffice` is kept (None: switched off)."""
    if os.environ.get(ENV_SWITCH) == "fresh":
        return None
    program = Path(os.path.realpath(soffice)).parent
    key = hashlib.sha256(str(program).encode())
    for name in ("versionrc", "bootstraprc"):   # the installation's version and build
        try:
            key.update((program / name).read_bytes())
        except OSError:
            pass
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return cache / "pipeline" / f"libreoffice-profile-{key.hexdigest()[:16]}"


def seed(profile: Path, soffice: str) -> bool:
    """Copy the kept profile to `profile` (which must not exist yet). False: none kept, or the
    copy failed (LibreOffice then makes the profile itself)."""
    kept = template(soffice)
    if kept is None or not (kept / "user").is_dir():
        return False
    try:
        shutil.copytree(kept, profile, symlinks=True)
    except OSError as exc:
        debug("LibreOffice profile not copied: %s", exc)
        shutil.rmtree(profile, ignore_errors=True)
        return False
    return True


def save(profile: Path, soffice: str) -> bool:
    """Keep a copy of `profile`, the profile of an office that has started, unless one is kept
    already. True if this call kept it."""
    kept = template(soffice)
    if kept is None or kept.exists() or not (profile / "user").is_dir():
        return False
    try:
        kept.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".profile-", dir=kept.parent))
        shutil.copytree(profile, staging / "p", symlinks=True, ignore=TRANSIENT)
        if not _complete(staging / "p"):
            return False
        os.rename(staging / "p", kept)   # fails if another build kept one meanwhile: theirs stays
    except OSError as exc:
        debug("LibreOffice profile not kept: %s", exc)
        return False
    finally:
        if "staging" in locals():
            shutil.rmtree(staging, ignore_errors=True)
    return True


def discard(soffice: str) -> None:
    """Forget the kept profile (a LibreOffice started from it failed): the next office makes
    and keeps a new one."""
    kept = template(soffice)
    if kept is None or not kept.exists():
        return
    try:
        gone = Path(tempfile.mkdtemp(prefix=".discarded-", dir=kept.parent))
        os.rename(kept, gone / "p")   # at once, for every build that looks for it
    except OSError as exc:
        debug("LibreOffice profile not discarded: %s", exc)
        return
    shutil.rmtree(gone, ignore_errors=True)


def _complete(copy: Path) -> bool:
    """Every configuration file of the copy is whole XML: the office may be writing one while it
    is copied, and a profile with a broken one is not worth keeping."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)   # as every parse here
    for path in [*copy.rglob("*.xcu"), *copy.rglob("*.xml")]:
        try:
            etree.parse(str(path), parser)
        except (etree.XMLSyntaxError, OSError) as exc:
            debug("LibreOffice profile not kept: %s: %s", path.name, exc)
            return False
    return True


def skip_self_tests(profile: Path, soffice: str) -> bool:
    """Record in `profile` (a copy of the kept one, or a folder LibreOffice has not filled yet)
    that the installation's version has run in it, so LibreOffice skips its graphics self-tests
    (see the module docstring). True if the profile says so now; False: the version is not
    known or the file not writable (LibreOffice then runs them, as before)."""
    version = installed_version(soffice)
    if version is None:
        return False
    path = profile / SETTINGS
    try:
        data = path.read_bytes() if path.exists() else EMPTY_SETTINGS
        found = LAST_VERSION.search(data)
        if found is not None and found.group(1) == version:
            return True
        item = (b'<item oor:path="/org.openoffice.Setup/Product"><prop oor:name="ooSetupLastVersion" '
                b'oor:op="fuse"><value>' + version + b'</value></prop></item>')
        if found is not None:
            data = data[:found.start()] + item + data[found.end():]
        elif b"</oor:items>" in data:
            at = data.rindex(b"</oor:items>")
            data = data[:at] + item + b"\n" + data[at:]
        else:
            return False
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    except OSError as exc:
        debug("LibreOffice self-tests not skipped: %s", exc)
        return False
    return True


@functools.lru_cache(maxsize=4)
def installed_version(soffice: str) -> bytes | None:
    """The LibreOffice version ("7.4") of the installation at `soffice`, as its own configuration
    names it (Setup/Product/ooSetupVersion in share/registry/main.xcd); None if not found."""
    program = Path(os.path.realpath(soffice)).parent
    for folder in ("registry", ".registry"):   # Debian keeps the real file in share/.registry too
        try:
            data = (program.parent / "share" / folder / "main.xcd").read_bytes()
        except OSError:
            continue
        at = data.find(b'<prop oor:name="ooSetupVersion">')
        found = re.match(rb'<prop oor:name="ooSetupVersion">\s*<value>([0-9]+(?:\.[0-9]+)*)</value>', data[at:at + 200]) \
            if at >= 0 else None
        if found:
            return found.group(1)
    return None
