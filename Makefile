# Raw report text -> DocBook 5 XML -> print-ready PDF, Word DOCX, EPUB 3.
# `make help` lists every target. SOURCE=path builds another input.

SOURCE   ?= examples/hexi-2010.txt
# Make splits file names at spaces, so it cannot build such a SOURCE: say so in one line
# (instead of "No rule to make target") and point to the CLI, which can.
ifneq ($(words $(SOURCE)),1)
ifneq ($(filter all pdf docx epub xml,$(MAKECMDGOALS)),)
$(error SOURCE "$(SOURCE)" has a space, which make cannot handle; run .venv/bin/pipeline build "$(SOURCE)" instead)
endif
endif
STEM     := $(basename $(notdir $(SOURCE)))
VENV     := .venv
PY       := $(VENV)/bin/python
PIPELINE := $(VENV)/bin/pipeline
PYTHON   ?= python3

LOCK     := requirements.lock
SYSTEM_STAMP := $(VENV)/.system-deps
SETUP_STAMP  := $(VENV)/.installed

XML  := build/$(STEM).xml
PDF  := output/$(STEM).pdf
DOCX := output/$(STEM).docx
EPUB := output/$(STEM).epub

# What each stage's output depends on, so Make rebuilds only what is stale.
CORE_CODE  := $(wildcard pipeline/*.py pipeline/docbook/*.py pipeline/docbook/*.rng)
FRONT_CODE := $(CORE_CODE) $(wildcard pipeline/decode/*.py pipeline/clean/*.py pipeline/clean/*/*.py \
              pipeline/structure/*.py pipeline/figures/*.py)
BACK_CODE  := $(CORE_CODE) $(wildcard pipeline/verify/*.py pipeline/render/*.py)
PDF_DEPS   := $(BACK_CODE) $(wildcard pipeline/render/pdf/*.py pipeline/render/html/*.py) \
              styles/print.css
DOCX_DEPS  := $(BACK_CODE) $(wildcard pipeline/render/docx/*.py styles/*.lua) \
              $(shell find styles/reference-docx -type f 2>/dev/null)
EPUB_DEPS  := $(BACK_CODE) $(wildcard pipeline/render/epub/*.py styles/*.lua) styles/epub.css

# The style (STYLE=gongwen, STYLE=path/to/my-style; empty: the default, report). The
# renderers read it from PIPELINE_STYLE (pipeline --style's default), so the recipes stay
# as they are. An edition depends on the style's own files that shape it, and on a stamp
# that changes when STYLE does.
STYLE       ?=
STYLE_DIR   := $(if $(STYLE),$(if $(wildcard styles/presets/$(STYLE)/.),styles/presets/$(STYLE),$(STYLE)))
STYLE_STAMP := build/.style
$(shell mkdir -p build && (echo '$(STYLE)' | cmp -s - $(STYLE_STAMP) || echo '$(STYLE)' > $(STYLE_STAMP)))
ifneq ($(STYLE_DIR),)
PDF_DEPS  += $(wildcard $(STYLE_DIR)/print.css $(STYLE_DIR)/style.toml)
DOCX_DEPS += $(wildcard $(STYLE_DIR)/*.lua $(STYLE_DIR)/style.toml) $(shell find $(STYLE_DIR)/reference-docx -type f 2>/dev/null)
EPUB_DEPS += $(wildcard $(STYLE_DIR)/epub.css $(STYLE_DIR)/*.lua $(STYLE_DIR)/style.toml)
endif
$(PDF) $(DOCX) $(EPUB): $(STYLE_STAMP)
$(PDF) $(DOCX) $(EPUB): export PIPELINE_STYLE := $(STYLE)

# An interrupted build must never delete a finished edition (editions are written
# atomically, so a half-made one never exists under its real name).
.PRECIOUS: $(XML) $(PDF) $(DOCX) $(EPUB)
.PHONY: help all pdf docx epub xml test test-fast accept bench setup clean distclean docs lock

help:  ## List the targets
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/:.*## /\t/' | expand -t 12

all: pdf docx epub  ## Build all three editions of SOURCE into output/

pdf: $(PDF)    ## Print-ready PDF (WeasyPrint) -> output/<stem>.pdf
docx: $(DOCX)  ## Word DOCX (pandoc + python-docx) -> output/<stem>.docx
epub: $(EPUB)  ## EPUB 3 (pandoc) -> output/<stem>.epub
xml: $(XML)    ## The DocBook 5 intermediate -> build/<stem>.xml (+ .clean.json, .charts/)

# The corrections sidecar beside the source (README), when there is one, is an input of the XML.
CORRECTIONS := $(wildcard $(basename $(SOURCE)).pipeline.yaml)

$(XML): $(SOURCE) $(CORRECTIONS) $(FRONT_CODE) | $(SETUP_STAMP)
	$(PIPELINE) xml $(SOURCE) -o $@

$(PDF): $(XML) $(PDF_DEPS) | $(SETUP_STAMP)
	$(PIPELINE) render $< --to pdf -o $@

$(DOCX): $(XML) $(DOCX_DEPS) | $(SETUP_STAMP)
	$(PIPELINE) render $< --to docx -o $@

$(EPUB): $(XML) $(EPUB_DEPS) | $(SETUP_STAMP)
	$(PIPELINE) render $< --to epub -o $@

# Start-up (issue 16): the package's bytecode and its compiled regular expressions, made again
# when a source changes (pipeline/regex_cache.py says why). Python reads both but, with
# PYTHONDONTWRITEBYTECODE set, never writes its own: without this every process compiles all.
WARM_STAMP := $(VENV)/.warm
$(WARM_STAMP): $(shell find pipeline -name '*.py') | $(SETUP_STAMP)
	@$(PY) -m compileall -q pipeline
	@$(PY) -c 'from pipeline.regex_cache import record; record()'
	@$(PY) -c 'from pipeline.render import renderer; renderer("pdf")' 2>/dev/null || true   # cffi's parse of WeasyPrint's C declarations (pipeline/render/cdefs.py)
	@touch $@
$(XML) $(PDF) $(DOCX) $(EPUB) bench: | $(WARM_STAMP)

test: $(SETUP_STAMP)  ## Run the whole test suite (unit, golden, end-to-end)
	$(PY) -m pytest -q

test-fast: $(SETUP_STAMP)  ## Only the fast tests (no rendering)
	$(PY) -m pytest -q -m "not slow"

accept: $(SETUP_STAMP)  ## Regenerate golden files on purpose; review them with git diff
	PIPELINE_ACCEPT=1 $(PY) -m pytest -q -m golden

.PHONY: accuracy
accuracy: $(SETUP_STAMP)  ## Score the front half on ../shared/corpus (or PIPELINE_CORPUS) -> docs/accuracy.md
	$(PY) scripts/accuracy.py

.PHONY: robustness
robustness: $(SETUP_STAMP)  ## The front half on dev + extra documents in the forms real copies take -> docs/robustness.md
	$(PY) scripts/perturb.py

.PHONY: train
train: $(SETUP_STAMP)  ## Train the edge-chrome model -> pipeline/clean/model/chrome.json, the title ranker on the committed first-sight examples -> pipeline/structure/model/title.json, then the learned line labeller on the dev + extra gold (never held-out) -> pipeline/structure/model/labeller.json, and the heading veto on its committed examples -> pipeline/structure/model/veto.json
	$(PY) scripts/train_chrome.py
	$(PY) scripts/train_title.py
	$(PY) scripts/train.py
	$(PY) scripts/train_veto.py

bench: $(SETUP_STAMP)  ## Benchmark against what users would run instead -> bench/results.md (PROFILE=1: the 1x profile, start-up)
	$(PY) bench/run.py $(if $(PROFILE),--profile)

docs: $(SETUP_STAMP)  ## Pictures of each style preset's first body page -> docs/styles/<name>.png
	$(PY) scripts/style_pictures.py $(SOURCE) docs/styles

setup: $(SETUP_STAMP)  ## System packages + virtualenv (done once; stamps skip it afterwards)

$(SYSTEM_STAMP): scripts/system-deps.sh   # a package added to the list is installed on the next make
	@sh scripts/system-deps.sh
	@mkdir -p $(VENV) && touch $@

$(SETUP_STAMP): pyproject.toml $(LOCK) $(SYSTEM_STAMP)
	@test -x $(PY) || $(PYTHON) -m venv $(VENV) || { echo "error: cannot create $(VENV): install python3-venv" >&2; exit 5; }
	$(PY) -m pip install -q --disable-pip-version-check --require-hashes -r $(LOCK)
	$(PY) -m pip install -q --disable-pip-version-check --no-deps -e '.[test]'
	$(PY) -m pip check >/dev/null || { $(PY) -m pip check >&2; exit 5; }
	@touch $@
	@echo "Set up. Run the CLI as $(PIPELINE) build FILE (or first: . $(VENV)/bin/activate, then pipeline build FILE)"

lock:  ## Re-resolve the dependencies to the newest allowed versions -> requirements.lock (then make test)
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check uv
	$(VENV)/bin/uv pip compile pyproject.toml --extra test --universal --python-version 3.11 \
	    --generate-hashes --upgrade --quiet -o $(LOCK)

clean:  ## Remove build/ and the editions in output/
	rm -rf build
	find output -type f ! -name README.md -delete

distclean: clean  ## Also remove the virtualenv
	rm -rf $(VENV)
