# Cap: two commands on a fresh Debian machine.
#   make run    install what is missing, build, serve on http://127.0.0.1:8080
#   make test   install what tests need, run every tier (fmt, clippy, native,
#               wasm in headless Chromium, release build, Playwright e2e)
#   make bench  speed and size measured against baselines of the same run,
#               written to BENCHMARKS.md (not part of make test)
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

.PHONY: help run serve-release build build-sub test check fmt-check clippy test-native test-wasm bundle-check cap-split \
        test-e2e bench tools wasm-target trunk wasm-bindgen binaryen browser e2e-deps \
        screenshots clean

help:
	@echo "make run    build and serve Cap on http://127.0.0.1:8080 (installs missing tools)"
	@echo "make test   every test tier (installs what tests need)"
	@echo "make bench  speed and size against in-run baselines, into BENCHMARKS.md"
	@echo "make bench-profile  where an edit's time goes, function by function"

# ---------------------------------------------------------------- run / build

run: tools
	trunk serve --open=false

# Release builds are split: every page but the library is a wasm chunk
# fetched on first use (src/ui/lazy.rs), so a first visit downloads the
# library's code, not the whole app. `--cfg cap_split` turns the pages into
# split points and `--emit-relocs` keeps what the splitter needs; Trunk then
# finds tools/split/wasm-bindgen first on PATH, which splits the module with
# tools/cap-split before the real wasm-bindgen runs, and tools/postbuild.mjs
# puts the chunks into the site. (Setting RUSTFLAGS replaces
# .cargo/config.toml's, so erase_components is repeated here.)
RELEASE_ENV = PATH="$(CURDIR)/tools/split:$$PATH" \
  CAP_REAL_WASM_BINDGEN="$(TOOLS)/bin/wasm-bindgen" CAP_SPLIT="$(CAP_SPLIT)" \
  RUSTFLAGS="--cfg erase_components --cfg cap_split -Clink-args=--emit-relocs"

serve-release: tools
	$(RELEASE_ENV) trunk serve --release --open=false

build: tools
	$(RELEASE_ENV) trunk build --release

# The same site for hosting under a sub-path (as GitHub Pages does), for the
# e2e test of sub-path hosting. Cargo's build is reused: only bindgen and
# wasm-opt run again.
SUB_PATH ?= /cap/
build-sub: tools
	$(RELEASE_ENV) trunk build --release --public-url $(SUB_PATH) --dist dist-sub

# ---------------------------------------------------------------- tests

test: tools browser e2e-deps
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

clippy: wasm-target
	cargo clippy --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --all-targets -- -D warnings
	@# The split release build's code paths (src/ui/lazy.rs), in a target
	@# folder of their own since RUSTFLAGS differ.
	RUSTFLAGS="--cfg erase_components --cfg cap_split" CARGO_TARGET_DIR=target/split-check \
	  cargo clippy --target wasm32-unknown-unknown --lib -- -D warnings

test-native:
	cargo test

test-wasm: tools browser
	CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
	  cargo test --target wasm32-unknown-unknown --test web --test crash

# Fails when the gzip size of wasm + js + css passes tools/bundle-budget.json.
bundle-check:
	node tools/bundle-size.mjs dist

test-e2e: e2e-deps browser
	test -f dist/index.html || $(MAKE) --no-print-directory build
	test -f dist-sub/index.html || $(MAKE) --no-print-directory build-sub
	cd tests/e2e && E2E_PORT=$(E2E_PORT) npx playwright test

# make bench: speed and size as measured facts, written to BENCHMARKS.md (not
# part of make test). Builds the app (dist/) and the floor, a Leptos hello-world
# built the same way (bench/floor/dist/); runs the native benchmarks
# (benches/domain.rs, benches/criterion.rs), then the browser one (bench/web.mjs:
# cold loads, sizes, the large plan in Chromium), then bench/report.mjs. About
# 5 minutes once everything is compiled. Raw results land in bench/out/.
BENCH_OUT := $(CURDIR)/bench/out
.PHONY: bench bench-floor bench-native bench-web bench-report bench-profile

bench: tools browser e2e-deps
	rm -rf $(BENCH_OUT)
	mkdir -p $(BENCH_OUT)
	@# A build of dist/ running elsewhere at the same moment makes Trunk fail
	@# (each moves its own staging folder in place): wait, then try once more.
	$(MAKE) --no-print-directory build || { echo "build failed, retrying in 30 s"; sleep 30; \
	  $(MAKE) --no-print-directory build; }
	$(MAKE) --no-print-directory bench-floor
	$(MAKE) --no-print-directory bench-native
	$(MAKE) --no-print-directory bench-web
	$(MAKE) --no-print-directory bench-report

bench-floor: tools
	cd bench/floor && trunk build --release

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
bench-profile: tools browser e2e-deps
	sed 's/data-wasm-opt="z"/data-wasm-opt="0" data-keep-debug/' index.html > index-profile.html
	CARGO_TARGET_DIR=$(CURDIR)/target/profile RUSTFLAGS="--cfg erase_components" \
	  trunk build --release --dist $(BENCH_OUT)/dist-prof index-profile.html; \
	  status=$$?; rm -f index-profile.html; exit $$status
	node bench/profile.mjs

screenshots: e2e-deps browser
	cd tests/e2e && E2E_PORT=$(E2E_PORT) npx playwright test --grep @screenshots

# ---------------------------------------------------------------- tools

tools: wasm-target trunk wasm-bindgen binaryen cap-split

# The release build's splitter (tools/cap-split, its own crate and lock
# file): cargo rebuilds it only when its sources change.
CAP_SPLIT := $(CURDIR)/tools/cap-split/target/release/cap-split
cap-split:
	@cargo build --quiet --release --locked --manifest-path tools/cap-split/Cargo.toml

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
	rm -rf dist dist-sub tests/e2e/test-results
