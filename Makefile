# Cap: two commands on a fresh Debian machine.
#   make run    install what is missing, build, serve on http://127.0.0.1:8080
#   make test   install what tests need, run every tier (fmt, clippy, native,
#               wasm in headless Chromium, release build, Playwright e2e)
#   make bench  speed and size measured against baselines of the same run,
#               written to BENCHMARKS.md (not part of make test)
#   make couch  a CouchDB-protocol server on 127.0.0.1:5984 to try sync by hand
#   make deck-look  the exported .pptx decks rendered to PNG by LibreOffice
#
# Tools are installed into ./.tools (cargo) and ./tools/node_modules (npm), so a
# global trunk or wasm-bindgen of another version is neither used nor replaced.
# Versions are checked, not just presence. docs/toolchain.md says why each pin
# is what it is.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

TRUNK_VERSION := 0.21.14
# Must equal the wasm-bindgen crate pinned with "=" in Cargo.toml.
WASM_BINDGEN_VERSION := 0.2.130
BINARYEN_VERSION := 132

TOOLS := $(CURDIR)/.tools
NPM_BIN := $(CURDIR)/tools/node_modules/.bin
export PATH := $(TOOLS)/bin:$(NPM_BIN):$(PATH)
# Never let a tool reach for a download we cannot make here.
export TRUNK_OFFLINE := true
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1
export CHROMEDRIVER := /usr/bin/chromedriver
export CHROMIUM := /usr/bin/chromium

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
E2E_PORT ?= 8090

.PHONY: help run serve-release build build-sub test check fmt-check clippy test-native test-wasm bundle-check \
        test-e2e bench tools build-tools wasm-target trunk wasm-bindgen binaryen browser e2e-deps \
        screenshots couch clean pptx-deps deck-look

help:
	@echo "make run    build and serve Cap on http://127.0.0.1:8080 (installs missing tools)"
	@echo "make test   every test tier (installs what tests need)"
	@echo "make bench  speed and size against in-run baselines, into BENCHMARKS.md"
	@echo "make bench-profile  where an edit's time goes, function by function"
	@echo "make couch  a sync server on 127.0.0.1:5984 (database cap, users ana/pw and ben/pw) for two browsers"
	@echo "make deck-look  the .pptx decks in target/decks as PNG pages in target/decks/look (LibreOffice)"

# ---------------------------------------------------------------- run / build

# The debug dev server, rebuilding on change. Its site goes to
# target/dev-site (Trunk.toml), never dist/, which holds the release build
# that tests and benchmarks read.
run: tools
	trunk serve --open=false

# The release site, by one program read top to bottom (tools/release):
# cargo, the split into lazily loaded page chunks, wasm-bindgen, wasm-opt,
# index.html with its preloads and CSP, the service worker's file list.
RELEASE := cargo run --quiet --release --locked --manifest-path tools/release/Cargo.toml --

build: build-tools
	$(RELEASE) build --out dist

serve-release: build
	node tests/e2e/serve.mjs dist 8080

# The same site for hosting under a sub-path (as GitHub Pages does), for the
# e2e test of sub-path hosting. Cargo's build is reused.
SUB_PATH ?= /cap/
build-sub: build-tools
	$(RELEASE) build --out dist-sub --public-url $(SUB_PATH)

# ---------------------------------------------------------------- tests

test: build-tools browser e2e-deps pptx-deps
	$(MAKE) --no-print-directory check
	$(MAKE) --no-print-directory test-native
	$(MAKE) --no-print-directory test-wasm
	$(MAKE) --no-print-directory build
	$(MAKE) --no-print-directory build-sub
	$(MAKE) --no-print-directory bundle-check
	$(MAKE) --no-print-directory test-e2e
	@echo "make test: every tier passed"

check: fmt-check clippy

fmt-check:
	cargo fmt --all -- --check
	cargo fmt --manifest-path tools/release/Cargo.toml -- --check

clippy: wasm-target
	cargo clippy --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --all-targets -- -D warnings
	@# The code paths only the split release build compiles.
	$(RELEASE) clippy
	cargo clippy --release --locked --all-targets --manifest-path tools/release/Cargo.toml -- -D warnings

test-native:
	cargo test
	cargo test --release --locked --manifest-path tools/release/Cargo.toml

test-wasm: build-tools browser
	CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
	  cargo test --target wasm32-unknown-unknown --test web --test crash --test disk --test rate_card_web --test sync_web

# Fails when the gzip size of wasm + js + css passes tools/bundle-budget.json.
bundle-check:
	node tools/bundle-size.mjs dist

test-e2e: e2e-deps browser pptx-deps
	test -f dist/index.html || $(MAKE) --no-print-directory build
	test -f dist-sub/index.html || $(MAKE) --no-print-directory build-sub
	cd tests/e2e && E2E_PORT=$(E2E_PORT) PPTX_PYTHON=$(PPTX_VENV)/bin/python npx playwright test

# make bench: speed and size as measured facts, written to BENCHMARKS.md (not
# part of make test). Builds the app (dist/) and the floor, a Leptos hello-world
# built the same way (bench/floor/dist/); runs the native benchmarks
# (bench/native/domain.rs, bench/native/criterion.rs), then the browser one (bench/web.mjs:
# cold loads, sizes, the large plan in Chromium, and bench/sync.mjs: 50 plans
# synced through a pouchdb-server it starts and stops), then bench/report.mjs. About
# 5 minutes once everything is compiled. Raw results land in bench/out/.
BENCH_OUT := $(CURDIR)/bench/out
.PHONY: bench bench-floor bench-native bench-web bench-report bench-profile

bench: build-tools browser e2e-deps
	rm -rf $(BENCH_OUT)
	mkdir -p $(BENCH_OUT)
	$(MAKE) --no-print-directory build
	$(MAKE) --no-print-directory bench-floor
	$(MAKE) --no-print-directory bench-native
	$(MAKE) --no-print-directory bench-web
	$(MAKE) --no-print-directory bench-report

bench-floor: build-tools
	$(RELEASE) build --crate bench/floor

bench-native:
	mkdir -p $(BENCH_OUT)
	cargo bench --bench domain | tee $(BENCH_OUT)/domain.txt
	CRITERION_HOME=$(BENCH_OUT)/criterion cargo bench --bench criterion | tee $(BENCH_OUT)/criterion.txt

bench-web: e2e-deps browser
	test -f dist/index.html || $(MAKE) --no-print-directory build
	test -f bench/floor/dist/index.html || $(MAKE) --no-print-directory bench-floor
	node bench/web.mjs

bench-report:
	node bench/report.mjs

# make bench-profile: where an edit's time goes, function by function (not
# part of make bench). A release build that keeps the wasm's function names
# (no wasm-opt, not split; its own target folder, into bench/out/dist-prof),
# then bench/profile.mjs: Chromium CPU profiles of the bench's budget
# keystrokes and timeline moves on the large plan, the top functions printed
# and the .cpuprofile files kept in bench/out/ (they open in DevTools).
bench-profile: build-tools browser e2e-deps
	$(RELEASE) build --names --target-dir target/profile --out $(BENCH_OUT)/dist-prof
	node bench/profile.mjs

screenshots: e2e-deps browser
	cd tests/e2e && E2E_PORT=$(E2E_PORT) npx playwright test --grep @screenshots

# make couch: pouchdb-server (CouchDB's HTTP and replication API, from the e2e
# tier's npm packages) on 127.0.0.1:$(COUCH_PORT), in memory, until Ctrl-C:
# admin/secret, users ana/pw and ben/pw, members of database cap, CORS for
# make run's site. Sync two browsers (or two profiles) through it by hand.
# The sync specs start their own, one per test (tests/e2e/specs/couch.ts).
COUCH_PORT ?= 5984
couch: e2e-deps
	node tests/e2e/couch/server.cjs --port $(COUCH_PORT)

# make deck-look: every .pptx in $(DECKS) drawn by LibreOffice Impress, as a
# PDF and PNG pages (50 dpi) in $(DECKS_LOOK), to see a deck without
# PowerPoint (not part of make test). Carlito has Calibri's metrics and
# Liberation Sans Arial's, so lines break where PowerPoint breaks them.
DECKS ?= target/decks
DECKS_LOOK ?= target/decks/look
deck-look:
	@if ! command -v soffice >/dev/null || ! command -v pdftoppm >/dev/null \
	   || ! dpkg -s fonts-crosextra-carlito fonts-liberation >/dev/null 2>&1; then \
	  echo "installing LibreOffice Impress, Carlito and poppler-utils with apt"; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends \
	    libreoffice-impress fonts-crosextra-carlito fonts-liberation poppler-utils; \
	fi
	@shopt -s nullglob; decks=("$(DECKS)"/*.pptx); \
	if [ $${#decks[@]} = 0 ]; then echo "no .pptx in $(DECKS)"; exit 1; fi; \
	mkdir -p "$(DECKS_LOOK)"; \
	for deck in "$${decks[@]}"; do \
	  name=$$(basename "$$deck" .pptx); \
	  rm -f "$(DECKS_LOOK)/$$name".pdf "$(DECKS_LOOK)/$$name"-*.png; \
	  soffice -env:UserInstallation=file://$(CURDIR)/target/soffice-profile --headless \
	    --convert-to pdf --outdir "$(DECKS_LOOK)" "$$deck" >"$(DECKS_LOOK)/$$name.log" 2>&1 || true; \
	  test -f "$(DECKS_LOOK)/$$name.pdf" \
	    || { cat "$(DECKS_LOOK)/$$name.log"; echo "LibreOffice could not convert $$deck"; exit 1; }; \
	  pdftoppm -png -r 50 "$(DECKS_LOOK)/$$name.pdf" "$(DECKS_LOOK)/$$name"; \
	  echo "$$deck: $$(ls "$(DECKS_LOOK)/$$name"-*.png | wc -l) pages in $(DECKS_LOOK)/$$name-*.png"; \
	done

# ---------------------------------------------------------------- tools

# Trunk serves `make run` only: builds and tests need the others.
tools: build-tools trunk
build-tools: wasm-target wasm-bindgen binaryen

wasm-target:
	@rustup target list --installed | grep -qx wasm32-unknown-unknown \
	  || rustup target add wasm32-unknown-unknown

trunk:
	@if [ "$$(trunk --version 2>/dev/null)" != "trunk $(TRUNK_VERSION)" ]; then \
	  echo "installing trunk $(TRUNK_VERSION) (about 10 min on 2 cores)"; \
	  cargo install --locked --root "$(TOOLS)" trunk --version $(TRUNK_VERSION); \
	fi

# No --locked: the CLI's own lock file names a crate version the registry lacks.
wasm-bindgen:
	@if [ "$$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $(WASM_BINDGEN_VERSION)" ] \
	   || ! command -v wasm-bindgen-test-runner >/dev/null; then \
	  echo "installing wasm-bindgen-cli $(WASM_BINDGEN_VERSION) (about 5 min)"; \
	  cargo install --root "$(TOOLS)" wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION); \
	fi
	@grep -q '^wasm-bindgen = "=$(WASM_BINDGEN_VERSION)"' Cargo.toml \
	  || { echo "Cargo.toml must pin wasm-bindgen = \"=$(WASM_BINDGEN_VERSION)\""; exit 1; }

# npm's binaryen, never Debian's 108 (it breaks the app at load, binaryen #4711).
binaryen:
	@if ! wasm-opt --version 2>/dev/null | grep -q "version $(BINARYEN_VERSION)"; then \
	  cd tools && npm ci --no-audit --no-fund; \
	fi

browser:
	@if ! [ -x "$(CHROMIUM)" ] || ! [ -x "$(CHROMEDRIVER)" ]; then \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium chromium-driver; \
	fi

# python-pptx, in its own virtual environment, reads back the exported decks
# (tests/pptx/check_deck.py); the e2e specs run it as $PPTX_PYTHON. Remade
# when its version is not the pinned one.
PPTX_VERSION := 1.0.2
PPTX_VENV := $(TOOLS)/pptx-venv
pptx-deps:
	@if [ "$$($(PPTX_VENV)/bin/python -c 'import importlib.metadata as m; print(m.version("python-pptx"))' 2>/dev/null)" \
	     != "$(PPTX_VERSION)" ]; then \
	  echo "installing python-pptx $(PPTX_VERSION) into .tools/pptx-venv"; \
	  python3 -c 'import ensurepip' 2>/dev/null || { $(SUDO) apt-get update -qq && \
	    DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq python3-venv; }; \
	  rm -rf "$(PPTX_VENV)"; \
	  python3 -m venv "$(PPTX_VENV)"; \
	  "$(PPTX_VENV)/bin/pip" install --quiet --disable-pip-version-check python-pptx==$(PPTX_VERSION); \
	fi

# Reinstalled when the lock file changes (a copy of it marks what is installed).
# poppler-utils: pdftotext reads back the printed report (print.spec.ts).
e2e-deps:
	@if ! cmp -s tests/e2e/package-lock.json tests/e2e/node_modules/.cap-installed-lock; then \
	  cd tests/e2e && npm ci --no-audit --no-fund && cp package-lock.json node_modules/.cap-installed-lock; \
	fi
	@if ! command -v pdftotext >/dev/null; then \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq poppler-utils; \
	fi

clean:
	cargo clean
	cargo clean --manifest-path tools/release/Cargo.toml
	rm -rf dist dist-sub tests/e2e/test-results
