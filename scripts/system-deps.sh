#!/bin/sh
# Install the Debian packages the pipeline needs, if any is missing.
# Called by the Makefile once (a stamp file records success). Exit 5 with one
# clear line when it cannot install (not root, or no apt-get).
set -eu

# package -> what it is for
PACKAGES="
fonts-noto-cjk              CJK fonts for every edition
fonts-lxgw-wenkai           the Kai face of the gongwen style (level-2 headings)
fonts-symbola               Symbola, the outline fallback for emoji and symbols no text face has
fonts-noto-core             Noto Serif/Sans for Latin text, and a face for the other scripts a text quotes (Devanagari, Bengali, Thai, …)
fonts-liberation            Liberation Mono, the DOCX listings' face (Courier New's metrics)
libharfbuzz-subset0         font subsetting (WeasyPrint is ~14x slower without it)
libpango-1.0-0              text layout for WeasyPrint
libpangoft2-1.0-0           text layout for WeasyPrint
fontconfig                  font lookup
default-jre-headless        Java, for epubcheck
poppler-utils               pdftoppm, pdffonts, pdftotext for checks
docbook5-xml                the official DocBook 5 schema, for tests
libreoffice-writer-nogui    lays out the DOCX to read its TOC page numbers
python3-venv                the project's virtualenv
"

missing=""
for pkg in $(printf '%s\n' "$PACKAGES" | awk 'NF {print $1}'); do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
        # python3-venv is only needed when the python3 on PATH cannot make a venv by itself
        if [ "$pkg" = python3-venv ] && python3 -c 'import ensurepip, venv' 2>/dev/null; then
            continue
        fi
        missing="$missing $pkg"
    fi
done

[ -z "$missing" ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
    echo "error: missing system packages:$missing (no apt-get here: install them with your package manager)" >&2
    exit 5
fi
if [ "$(id -u)" != 0 ]; then
    echo "error: missing system packages:$missing; run as root, or: sudo apt-get install$missing" >&2
    exit 5
fi
echo "installing system packages:$missing" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -q >/dev/null || { echo "error: apt-get update failed; install by hand:$missing" >&2; exit 5; }
# shellcheck disable=SC2086
apt-get install -y -q --no-install-recommends $missing >/dev/null \
    || { echo "error: apt-get install failed; install by hand:$missing" >&2; exit 5; }
