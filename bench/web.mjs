// `make bench`, browser part: Cap's release build (dist/) against the floor
// (bench/floor/dist, a Leptos 0.8 CSR hello-world built the same way), in
// Debian's Chromium driven by Playwright (never a downloaded browser).
//
// Measures, and writes to bench/out/web.json for bench/report.mjs:
// - sizes: every .wasm/.js/.css file of both builds, raw and gzip -9
//   (node:zlib), and which of them the page fetched during a cold load;
// - cold load: navigation start to the `cap-interactive` performance mark
//   (both apps set it on the frame after their first render), in a fresh
//   browser context each time, app and floor interleaved;
// - the large plan (bench/large-plan.mjs): time to open it on its budget
//   page, edit-to-next-paint of typing into budget cells and of moving
//   actions on the timeline, the app's own autosave, JSON.stringify +
//   localStorage.setItem of the same envelope, and importing the file.
//
// - sync through CouchDB (bench/sync.mjs): the sync module's size, and the
//   time to sync 50 plans up from one profile and down into another.
//
//   node bench/web.mjs      (after `make build` and `make bench-floor`)
//   node bench/web.mjs --only sync   (the sync part alone, no floor needed:
//                                     bench/out/sync.json)
//   node bench/web.mjs --only pptx   (the large plan's PowerPoint deck:
//                                     bench/out/pptx.json)
// Env: BENCH_LOADS (20), BENCH_OPENS (5), BENCH_EDITS (30), BENCH_IMPORTS (5),
// BENCH_SYNCS (3), BENCH_SYNC_PLANS (50),
// BENCH_PORT (8191; the floor gets the next port), BENCH_APP_DIR (dist/), CHROMIUM.

import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, extname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { loadavg } from "node:os";
import { constants, gzipSync } from "node:zlib";
import { largeEnvelope, SIZES } from "./large-plan.mjs";
import { benchSync } from "./sync.mjs";
import { benchPptx } from "./pptx.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
// Playwright as installed for the e2e tests (`make e2e-deps`).
const require = createRequire(join(ROOT, "tests/e2e/package.json"));
export const { chromium } = require("playwright-core");

const env = (name, fallback) => Number(process.env[name] || fallback);
const LOADS = env("BENCH_LOADS", 20);
const OPENS = env("BENCH_OPENS", 5);
const EDITS = env("BENCH_EDITS", 30);
const IMPORTS = env("BENCH_IMPORTS", 5);
export const PORT = env("BENCH_PORT", 8191);
const WARMUP = 2;
const OUT = join(ROOT, "bench/out");
// BENCH_APP_DIR: another build of the app (bench/profile.mjs serves one that keeps its names).
export const APP_DIR = process.env.BENCH_APP_DIR || join(ROOT, "dist");
const FLOOR_DIR = join(ROOT, "bench/floor/dist");
const APP = `http://127.0.0.1:${PORT}`;
const FLOOR = `http://127.0.0.1:${PORT + 1}`;
const PLAN_ID = "bench-1";
const ASSET = /\.(wasm|js|css)$/;
// A page chunk of the split release build (src/ui/perf/lazy.rs, tools/release).
const CHUNK = /(^|\/)(split|chunk)_[^/]*\.wasm$/;

// The flags of tests/e2e/playwright.config.ts: no network reached from here.
export const ARGS = [
  "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
];

const log = (...a) => console.log("[bench/web]", ...a);

// ---------------------------------------------------------------- figures

export function stats(values) {
  const s = [...values].sort((a, b) => a - b);
  const rank = (p) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))];
  return {
    n: s.length,
    median: s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2,
    p95: rank(0.95),
    min: s[0],
    max: s[s.length - 1],
  };
}

function files(dir) {
  const out = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      if (!e.name.startsWith(".")) out.push(...files(p));
    } else out.push(p);
  }
  return out;
}

/** Raw and gzip -9 size of every wasm/js/css file of a build. */
function sizes(dir) {
  return files(dir)
    .filter((f) => ASSET.test(f))
    .map((f) => {
      const buf = readFileSync(f);
      return {
        file: relative(dir, f),
        kind: extname(f).slice(1),
        raw: buf.length,
        gzip: gzipSync(buf, { level: constants.Z_BEST_COMPRESSION }).length,
      };
    })
    .sort((a, b) => a.file.localeCompare(b.file));
}

/** Sizes of the sections of a wasm module (code, data, ...) and its function count. */
function wasmSections(file) {
  const b = readFileSync(file);
  let o = 8;
  const leb = () => {
    let r = 0;
    let shift = 0;
    let byte;
    do {
      byte = b[o++];
      r += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    return r;
  };
  const NAMES = ["custom", "type", "import", "function", "table", "memory", "global", "export", "start", "elem", "code", "data", "datacount"];
  const sections = {};
  let functions = 0;
  while (o < b.length) {
    const id = b[o++];
    const len = leb();
    const start = o;
    let name = NAMES[id] || `section${id}`;
    if (id === 0) name = `custom:${b.subarray(o + 1, o + 1 + b[o]).toString()}`;
    if (id === 10) functions = leb();
    sections[name] = (sections[name] || 0) + len;
    o = start + len;
  }
  return { sections, functions };
}

// ---------------------------------------------------------------- servers

export async function serve(dir, port) {
  if (!existsSync(join(dir, "index.html"))) throw new Error(`${dir}/index.html missing: build it first`);
  const child = spawn(process.execPath, [join(ROOT, "tests/e2e/serve.mjs"), dir, String(port)], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise((resolve, reject) => {
    child.stdout.on("data", (d) => String(d).includes("serving") && resolve());
    child.on("exit", (code) => reject(new Error(`serve.mjs ${dir} exited with ${code}`)));
  });
  return child;
}

// ---------------------------------------------------------------- in-page helpers

// Installed in every page before its own scripts (context.addInitScript).
// - __bench.afterPaint(): resolves after the next frame is painted: a
//   requestAnimationFrame callback, then a MessageChannel task, which runs
//   once that frame's rendering (style, layout, paint) is done.
// - __bench.whenPainted(selector, test, mark): the frame after an element
//   matching `selector` (and `test`) is in the DOM, as a mark.
// - __bench.nextEdit(type): the next `type` event (input, keydown) on the
//   page, from its timeStamp to the painted frame after it.
// - autosave: window.setTimeout callbacks and Storage.setItem are wrapped,
//   so a write of `cap.plan.*` made from a timer callback (the app's
//   debounced autosave) is timed from the start of that callback (the
//   read-back check, encode in wasm) to setItem's return, and to the end of
//   the callback (the save status update).
function benchInit() {
  if (window.__bench) return;
  const b = (window.__bench = { saves: [], timerStart: null, current: null });
  b.afterPaint = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const raf = performance.now();
        const ch = new MessageChannel();
        ch.port1.onmessage = () => resolve({ raf, paint: performance.now() });
        ch.port2.postMessage(0);
      }),
    );
  b.whenPainted = (selector, test, markName) =>
    new Promise((resolve) => {
      const found = () => {
        const el = document.querySelector(selector);
        return el && (!test || test(el));
      };
      const done = () =>
        b.afterPaint().then((t) => {
          if (markName) performance.mark(markName, { startTime: t.paint });
          resolve(t);
        });
      if (found()) return done();
      const mo = new MutationObserver(() => {
        if (found()) {
          mo.disconnect();
          done();
        }
      });
      mo.observe(document, { childList: true, subtree: true, characterData: true });
    });
  b.nextEdit = (type) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${type} event`)), 10_000);
      addEventListener(
        type,
        (e) => {
          clearTimeout(timer);
          const t0 = e.timeStamp;
          // The end of the edit's script: a listener on window for the
          // bubbling event, added now, runs after the app's (its handler, or
          // Leptos's delegated one registered at start), and after the
          // microtask checkpoint that follows each listener of a browser
          // event, so after the command and the reactive updates.
          const script = new Promise((r) =>
            addEventListener(type, () => r(performance.now() - t0), { once: true }),
          );
          b.afterPaint().then((t) =>
            script.then((s) =>
              resolve({
                toRaf: t.raf - t0,
                toPaint: t.paint - t0,
                // The work of the edit, without the wait for the display's
                // next frame: its task, then the frame's style, layout and
                // paint (from the frame's start to after it painted).
                script: s,
                render: t.paint - t.raf,
                work: s + (t.paint - t.raf),
                trusted: e.isTrusted,
              }),
            ),
          );
        },
        { capture: true, once: true },
      );
    });
  const setTimeoutOrig = window.setTimeout;
  window.setTimeout = function (cb, ms, ...args) {
    if (typeof cb !== "function") return setTimeoutOrig.call(window, cb, ms, ...args);
    return setTimeoutOrig.call(
      window,
      function (...a) {
        const outer = b.timerStart;
        b.timerStart = performance.now();
        b.current = null;
        try {
          return cb.apply(this, a);
        } finally {
          if (b.current) {
            b.current.task = performance.now() - b.timerStart;
            b.saves.push(b.current);
            b.current = null;
          }
          b.timerStart = outer;
        }
      },
      ms,
      ...args,
    );
  };
  const setItemOrig = Storage.prototype.setItem;
  Storage.prototype.setItem = function (key, value) {
    if (!String(key).startsWith("cap.plan.")) return setItemOrig.call(this, key, value);
    const t0 = performance.now();
    try {
      return setItemOrig.call(this, key, value);
    } finally {
      const t1 = performance.now();
      const timed = b.timerStart != null;
      const rec = {
        key: String(key),
        chars: String(value).length,
        setItem: t1 - t0,
        fromTimer: timed,
        beforeSetItem: timed ? t0 - b.timerStart : null,
        toSetItemEnd: timed ? t1 - b.timerStart : null,
      };
      if (timed) b.current = rec;
      else b.saves.push(rec);
    }
  };
  if (/\/plan\/[^/]+\/budget$/.test(location.pathname)) {
    b.whenPainted('[data-testid="cell-0-0"]', null, "bench-budget-painted");
  }
}

const tid = (id) => `[data-testid="${id}"]`;

async function markTime(page, name, timeout = 120_000) {
  const h = await page.waitForFunction(
    (n) => performance.getEntriesByName(n)[0]?.startTime ?? null,
    name,
    { timeout, polling: 50 },
  );
  return h.jsonValue();
}

async function newContext(browser) {
  const context = await browser.newContext({ locale: "fr-CH", viewport: { width: 1280, height: 800 } });
  await context.addInitScript(benchInit);
  return context;
}

// ---------------------------------------------------------------- cold loads

async function coldLoad(browser, base) {
  const context = await browser.newContext({ locale: "fr-CH", viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const requested = new Set();
  page.on("request", (r) => requested.add(new URL(r.url()).pathname));
  await page.goto(`${base}/`, { waitUntil: "load" });
  const interactive = await markTime(page, "cap-interactive", 60_000);
  const nav = await page.evaluate(() => {
    const n = performance.getEntriesByType("navigation")[0];
    const wasm = performance.getEntriesByType("resource").find((r) => r.name.endsWith(".wasm"));
    return { domContentLoaded: n.domContentLoadedEventEnd, load: n.loadEventEnd, wasmEnd: wasm?.responseEnd ?? null };
  });
  await context.close();
  return { interactive, ...nav, requested: [...requested] };
}

/** The time from navigation start to the first frame painted after
 * `selector` shows, in a fresh profile: a share link opened cold, or an
 * example opened from a cold library (`click` first). With `mark`, the
 * frame is the app's: the performance mark it sets as that frame paints
 * (as the floor's `cap-interactive`). */
async function coldOpen(browser, url, selector, { click, mark } = {}) {
  const context = await browser.newContext({ locale: "fr-CH", viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  let fetched = 0;
  page.on("requestfinished", async (r) => {
    // A request that ends as the context closes has no sizes left to read;
    // the open it belonged to was measured by then.
    const sizes = await r.sizes().catch(() => null);
    if (sizes) fetched += sizes.responseBodySize;
  });
  await page.goto(url, { waitUntil: "commit" });
  if (click) await page.locator(click).click({ timeout: 60_000 });
  await page.locator(selector).first().waitFor({ state: "visible", timeout: 60_000 });
  const painted = mark
    ? await markTime(page, mark, 60_000)
    : await page.evaluate(
        () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0))),
      );
  await context.close();
  return { painted, fetched };
}

/** A share link of the first example, as a person copies it. */
async function shareLinkOf(browser, base) {
  const context = await browser.newContext({ locale: "fr-CH" });
  const page = await context.newPage();
  await page.goto(`${base}/`);
  await page.locator('[data-testid="example-0"]').click({ timeout: 60_000 });
  await page.locator('[data-testid="nav-overview"]').click();
  await page.locator('[data-testid="share-current"]').click();
  const link = await page.locator('[data-testid="share-link"]').inputValue();
  await context.close();
  return link;
}

// ---------------------------------------------------------------- large plan

async function storePlan(page, text) {
  // A small file of the site, so localStorage is the app's origin's.
  await page.goto(`${APP}/favicon.svg`);
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [`cap.plan.${PLAN_ID}`, text]);
}

export async function openLarge(browser, text) {
  const context = await newContext(browser);
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await storePlan(page, text);
  // The page chunks (split build) the budget page fetched on its first open.
  const chunks = new Set();
  const onRequest = (r) => {
    const path = new URL(r.url()).pathname;
    if (CHUNK.test(path)) chunks.add(path.slice(path.lastIndexOf("/") + 1));
  };
  page.on("request", onRequest);
  await page.goto(`${APP}/plan/${PLAN_ID}/budget`, { waitUntil: "commit" });
  const open = await markTime(page, "bench-budget-painted");
  page.off("request", onRequest);
  const interactive = await markTime(page, "cap-interactive");
  const rows = await page.locator(tid("budget-row")).count();
  if (rows !== SIZES.lines) throw new Error(`budget page shows ${rows} lines, not ${SIZES.lines} (${errors})`);
  // The same plan opened again (the next visit): the library already knows
  // its unchanged text, so only the plan being opened is decoded.
  await page.reload({ waitUntil: "commit" });
  const reopen = await markTime(page, "bench-budget-painted");
  const reopenInteractive = await markTime(page, "cap-interactive");
  return { context, page, open, interactive, reopen, reopenInteractive, chunks: [...chunks].sort() };
}

async function savesSoFar(page) {
  return page.evaluate(() => window.__bench.saves.filter((s) => s.fromTimer).length);
}

/** One edit: arm the listener, press `key`, read the time to the painted frame, wait for its autosave. */
async function timedEdit(page, type, key) {
  const saves = await savesSoFar(page);
  await page.evaluate((t) => {
    window.__benchEdit = window.__bench.nextEdit(t);
  }, type);
  await page.keyboard.press(key);
  const r = await page.evaluate(() => window.__benchEdit);
  // Edits and saves never overlap: the next edit waits for this one's
  // autosave (400 ms debounce), which is timed too.
  await page.waitForFunction((n) => window.__bench.saves.filter((s) => s.fromTimer).length > n, saves, {
    timeout: 10_000,
    polling: 50,
  });
  return r;
}

/** Two frames drawn and 100 ms without input: what is left of the last click or focus is done. */
async function atRest(page) {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
  await page.waitForTimeout(100);
}

export async function budgetEdits(page) {
  const out = [];
  const warm = 3;
  for (let k = 0; out.length < EDITS; k++) {
    // A new cell every three keystrokes: select it, then type 1, 2, 3
    // (each keystroke is one edit: the cell sends its amount on input).
    const cell = page.locator(tid(`cell-${(k * 3 + 1) % SIZES.lines}-${(k % 2) + 1}`));
    // Scrolled to first, as a person does: a long table draws only the
    // rows in sight (src/ui/perf/dormant.rs).
    await cell.evaluate((el) => el.closest("tr").scrollIntoView({ block: "center" }));
    await cell.click();
    await cell.evaluate((el) => el.select());
    // A person types some time after the click, not in its frame: the edit
    // starts from a page at rest, as the floor's presses 100 ms apart do.
    await atRest(page);
    for (const digit of ["1", "2", "3"]) {
      const r = await timedEdit(page, "input", digit);
      if (!r.trusted) throw new Error("untrusted input event");
      if (k * 3 + Number(digit) > warm && out.length < EDITS) out.push(r);
    }
  }
  return out;
}

/**
 * The baseline edit: the floor's counter (the smallest Leptos app, unchanged
 * so its cold load stays the floor), pressed with Enter, a trusted click
 * whose handler sets a signal that a text node shows, timed like the app's.
 */
async function floorEdits(browser) {
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.goto(`${FLOOR}/`);
  await markTime(page, "cap-interactive");
  const button = page.locator("button");
  await button.focus();
  const out = [];
  const warm = 3;
  for (let k = 0; k < EDITS + warm; k++) {
    await page.evaluate(() => {
      window.__benchEdit = window.__bench.nextEdit("click");
    });
    await page.keyboard.press("Enter");
    const r = await page.evaluate(() => window.__benchEdit);
    if (!r.trusted) throw new Error("untrusted click event");
    if (k >= warm) out.push(r);
    // As in the app, where the next edit waits for its autosave.
    await page.waitForTimeout(100);
  }
  const shown = await button.textContent();
  if (!shown.includes(String(EDITS + warm))) throw new Error(`the floor shows "${shown}" after ${EDITS + warm} clicks`);
  await context.close();
  return out;
}

export async function timelineEdits(page) {
  const t0 = Date.now();
  await page.locator(tid("nav-timeline")).click();
  await page.locator(tid("gantt-row")).first().waitFor();
  const shown = Date.now() - t0;
  const rows = await page.locator(tid("gantt-row")).count();
  if (rows !== SIZES.actions) throw new Error(`the Gantt shows ${rows} rows, not ${SIZES.actions}`);
  const before = await page.evaluate(
    (k) => JSON.parse(localStorage.getItem(k)).plan.actions.map((a) => a.start),
    `cap.plan.${PLAN_ID}`,
  );
  const out = [];
  const warm = 3;
  let focusAfterMove;
  for (let k = 0; k < EDITS + warm; k++) {
    // Focus a bar's row (not timed), then ArrowRight: one week later.
    await page.locator(tid("gantt-row")).nth(k * 7).focus();
    // The focus scrolls the row into sight; the key comes once that is drawn.
    await atRest(page);
    const r = await timedEdit(page, "keydown", "ArrowRight");
    if (k >= warm) out.push(r);
    // Where the keyboard focus is after a move (a second ArrowRight goes there).
    if (k === 0) focusAfterMove = await page.evaluate(() => document.activeElement?.dataset?.testid ?? document.activeElement?.tagName.toLowerCase());
  }
  const after = await page.evaluate(
    (k) => JSON.parse(localStorage.getItem(k)).plan.actions.map((a) => a.start),
    `cap.plan.${PLAN_ID}`,
  );
  // Every press moved one action by a week (the same action may have
  // been picked twice): the days moved add up.
  const days = after.reduce((sum, d, i) => sum + (Date.parse(d) - Date.parse(before[i])) / 86_400_000, 0);
  if (days !== 7 * (EDITS + warm)) throw new Error(`actions moved by ${days} days, not ${7 * (EDITS + warm)}`);
  const moved = after.filter((d, i) => d !== before[i]).length;
  return { edits: out, moved, navigateToTimelineMs: shown, focusAfterMove };
}

/** JSON.stringify + localStorage.setItem of the envelope, in the page, with no app running. */
async function stringifyAndStore(browser, text) {
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.goto(`${APP}/favicon.svg`);
  const runs = await page.evaluate(
    ({ text, n }) => {
      const envelope = JSON.parse(text);
      const out = [];
      for (let i = 0; i < n; i++) {
        // A new saved_at each time, as every save has (and so that no
        // storage layer can skip an unchanged value).
        envelope.saved_at = new Date(Date.now() + i).toISOString();
        const t0 = performance.now();
        const s = JSON.stringify(envelope);
        const t1 = performance.now();
        localStorage.setItem("cap.bench.autosave", s);
        const t2 = performance.now();
        out.push({ stringify: t1 - t0, setItem: t2 - t1, total: t2 - t0, chars: s.length });
      }
      localStorage.removeItem("cap.bench.autosave");
      return out;
    },
    { text, n: EDITS },
  );
  await context.close();
  return runs;
}

async function importOnce(browser, i) {
  const name = `Plan importé bench ${i}`;
  const text = largeEnvelope(name);
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.goto(`${APP}/`);
  await page.locator(tid("library")).waitFor();
  await page.evaluate((n) => {
    window.__benchImport = new Promise((resolve) =>
      addEventListener(
        "change",
        (e) => {
          const t0 = e.timeStamp;
          window.__bench
            .whenPainted('[data-testid="import-preview-name"]', (el) => el.textContent.includes(n), null)
            .then((t) => resolve(t.paint - t0));
        },
        { capture: true, once: true },
      ),
    );
  }, name);
  await page.locator(tid("import-file")).setInputFiles({
    name: "large-plan.json",
    mimeType: "application/json",
    buffer: Buffer.from(text),
  });
  const toPreview = await page.evaluate(() => window.__benchImport);
  await page.evaluate(() => {
    window.__benchImport = new Promise((resolve) =>
      addEventListener(
        "click",
        (e) => {
          const t0 = e.timeStamp;
          window.__bench.whenPainted('[data-testid="overview"]', null, null).then((t) => resolve(t.paint - t0));
        },
        { capture: true, once: true },
      ),
    );
  });
  await page.locator(tid("import-as-new")).click();
  const toPlan = await page.evaluate(() => window.__benchImport);
  const planName = await page.locator(tid("plan-name")).inputValue();
  if (planName !== name) throw new Error(`imported plan opened as ${planName}`);
  await context.close();
  return { toPreview, toPlan };
}

// ---------------------------------------------------------------- main

const launchBrowser = () =>
  chromium.launch({ executablePath: process.env.CHROMIUM || "/usr/bin/chromium", args: ARGS });

/** One part alone against the release build (no floor): `measure(browser,
 * result)` fills `result`, written to bench/out/`name`.json. */
async function alone(name, measure) {
  mkdirSync(OUT, { recursive: true });
  const started = new Date();
  const server = await serve(APP_DIR, PORT);
  const browser = await launchBrowser();
  const result = { started: started.toISOString(), loadavgStart: loadavg(), chromium: browser.version() };
  try {
    await measure(browser, result);
  } finally {
    await browser.close();
    server.kill();
  }
  result.seconds = Math.round((Date.now() - started) / 1000);
  result.loadavgEnd = loadavg();
  writeFileSync(join(OUT, `${name}.json`), JSON.stringify(result, null, 2));
  return result;
}

/** `--only sync`: the sync part and the large plan's open (BENCH_OPENS), into bench/out/sync.json. */
async function onlySync() {
  const result = await alone("sync", async (browser, result) => {
    result.sync = await benchSync(browser, { app: APP, appDir: APP_DIR, sizes: sizes(APP_DIR), stats });
    // The plan open the report sets the sync beside, measured in this run too.
    log(`large plan: ${OPENS} opens`);
    const text = largeEnvelope();
    const opens = [];
    for (let i = 0; i < OPENS; i++) {
      const o = await openLarge(browser, text);
      opens.push(o.open);
      await o.context.close();
    }
    result.open = stats(opens);
  });
  const s = result.sync;
  const open = result.open.median;
  log(`sync chunk ${(s.chunk.own.gzip / 1024).toFixed(1)} KiB gzip, ${(s.chunk.gzip / 1024).toFixed(1)} KiB with its shared chunks; ` +
    `large plan open ${open.toFixed(0)} ms; ${s.plans} plans: ` +
    `push ${s.push.median.toFixed(0)} ms (${(s.push.median / open).toFixed(2)}x the open, ${(s.push.median / s.plainPush.median).toFixed(2)}x plain fetch), ` +
    `pull ${s.pull.median.toFixed(0)} ms (${(s.pull.median / open).toFixed(2)}x the open, ${(s.pull.median / s.plainPull.median).toFixed(2)}x plain fetch)`);
  log(`done in ${result.seconds} s: bench/out/sync.json`);
}

/** `--only pptx`: the large plan's PowerPoint deck, into bench/out/pptx.json. */
async function onlyPptx() {
  const result = await alone("pptx", async (browser, result) => {
    result.pptx = await benchPptx(browser, { openLarge, text: largeEnvelope(), stats, rounds: OPENS });
  });
  const p = result.pptx;
  log(`large plan's deck: first ${p.first} ms (chunk fetched), then ${p.deck.median.toFixed(0)} ms, ` +
    `${(p.deck.median / p.json.median).toFixed(2)}x the JSON export (${p.json.median.toFixed(0)} ms)`);
  log(`done in ${result.seconds} s: bench/out/pptx.json`);
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  const started = new Date();
  const servers = [await serve(APP_DIR, PORT), await serve(FLOOR_DIR, PORT + 1)];
  const browser = await launchBrowser();
  const result = {
    started: started.toISOString(),
    loadavgStart: loadavg(),
    chromium: browser.version(),
    config: { loads: LOADS, warmup: WARMUP, opens: OPENS, edits: EDITS, imports: IMPORTS },
  };
  try {
    result.sizes = { app: sizes(APP_DIR), floor: sizes(FLOOR_DIR) };
    const wasmOf = (dir, list) => wasmSections(join(dir, list.find((f) => f.kind === "wasm").file));
    result.wasm = { app: wasmOf(APP_DIR, result.sizes.app), floor: wasmOf(FLOOR_DIR, result.sizes.floor) };

    log(`cold loads: ${WARMUP} warm-up + ${LOADS} each, app and floor interleaved`);
    const loads = { app: [], floor: [] };
    for (let i = 0; i < WARMUP + LOADS; i++) {
      const order = i % 2 ? ["app", "floor"] : ["floor", "app"];
      for (const which of order) {
        const r = await coldLoad(browser, which === "app" ? APP : FLOOR);
        if (i >= WARMUP) loads[which].push(r);
      }
    }
    const loadStats = (runs) => ({
      ...stats(runs.map((r) => r.interactive)),
      wasmEnd: stats(runs.map((r) => r.wasmEnd)),
      afterWasm: stats(runs.map((r) => r.interactive - r.wasmEnd)),
      runs,
    });
    result.loads = { app: loadStats(loads.app), floor: loadStats(loads.floor) };
    result.requested = { app: loads.app[0].requested, floor: loads.floor[0].requested };
    log(`cold load median: app ${result.loads.app.median.toFixed(0)} ms, floor ${result.loads.floor.median.toFixed(0)} ms`);

    // What a client waits for: a share link opened cold, and an example
    // opened from a cold library, each to its first painted view, beside
    // the floor's cold loads of this run.
    const link = await shareLinkOf(browser, APP);
    log(`cold opens: ${LOADS} share links and ${LOADS} examples`);
    const share = [];
    const example = [];
    for (let i = 0; i < WARMUP + LOADS; i++) {
      const s = await coldOpen(browser, link, '[data-testid="report-cover"]', { mark: "cap-first-view" });
      const e = await coldOpen(browser, `${APP}/`, '[data-testid="dashboard"]', { click: '[data-testid="example-0"]' });
      if (i >= WARMUP) {
        share.push(s);
        example.push(e);
      }
    }
    result.opens = {
      share: { ...stats(share.map((r) => r.painted)), fetched: share[0].fetched },
      example: { ...stats(example.map((r) => r.painted)), fetched: example[0].fetched },
    };
    log(`cold open median: share link ${result.opens.share.median.toFixed(0)} ms, example ${result.opens.example.median.toFixed(0)} ms`);

    const text = largeEnvelope();
    result.largePlan = { ...SIZES, chars: text.length, bytes: Buffer.byteLength(text) };
    log(`large plan: ${(text.length / 1024).toFixed(0)} KiB; ${OPENS} opens`);
    const opens = [];
    let last;
    for (let i = 0; i < OPENS; i++) {
      const o = await openLarge(browser, text);
      opens.push({ open: o.open, interactive: o.interactive, reopen: o.reopen, reopenInteractive: o.reopenInteractive, chunks: o.chunks });
      if (i < OPENS - 1) await o.context.close();
      else last = o;
    }
    result.open = { ...stats(opens.map((o) => o.open)), reopen: stats(opens.map((o) => o.reopen)), runs: opens };

    log(`budget edits: ${EDITS}`);
    const budget = await budgetEdits(last.page);
    log(`timeline edits: ${EDITS}`);
    const timeline = await timelineEdits(last.page);
    log(`floor edits: ${EDITS}`);
    const floorRuns = await floorEdits(browser);
    const saves = await last.page.evaluate(() => window.__bench.saves);
    // The envelope as the app itself last wrote it (every field, its key order).
    const savedText = await last.page.evaluate((k) => localStorage.getItem(k), `cap.plan.${PLAN_ID}`);
    await last.context.close();
    const parts = (runs) => ({
      toRaf: stats(runs.map((r) => r.toRaf)),
      script: stats(runs.map((r) => r.script)),
      render: stats(runs.map((r) => r.render)),
      work: stats(runs.map((r) => r.work)),
    });
    result.edits = {
      budget: { ...stats(budget.map((r) => r.toPaint)), ...parts(budget), runs: budget },
      floor: { ...stats(floorRuns.map((r) => r.toPaint)), ...parts(floorRuns), runs: floorRuns },
      timeline: {
        ...stats(timeline.edits.map((r) => r.toPaint)),
        ...parts(timeline.edits),
        moved: timeline.moved,
        focusAfterMove: timeline.focusAfterMove,
        navigateToTimelineMs: timeline.navigateToTimelineMs,
        runs: timeline.edits,
      },
    };
    const timed = saves.filter((s) => s.fromTimer);
    result.autosave = {
      app: {
        n: timed.length,
        chars: timed[0]?.chars,
        beforeSetItem: stats(timed.map((s) => s.beforeSetItem)),
        setItem: stats(timed.map((s) => s.setItem)),
        toSetItemEnd: stats(timed.map((s) => s.toSetItemEnd)),
        task: stats(timed.map((s) => s.task)),
        untimed: saves.length - timed.length,
      },
    };
    log("JSON.stringify + setItem");
    const plain = await stringifyAndStore(browser, savedText);
    result.autosave.stringifySetItem = {
      stringify: stats(plain.map((r) => r.stringify)),
      setItem: stats(plain.map((r) => r.setItem)),
      total: stats(plain.map((r) => r.total)),
      chars: plain[0].chars,
    };

    log(`imports: ${IMPORTS}`);
    const imports = [];
    for (let i = 0; i < IMPORTS; i++) imports.push(await importOnce(browser, i + 1));
    result.import = {
      toPreview: stats(imports.map((r) => r.toPreview)),
      toPlan: stats(imports.map((r) => r.toPlan)),
      runs: imports,
    };

    log("sync");
    result.sync = await benchSync(browser, { app: APP, appDir: APP_DIR, sizes: result.sizes.app, stats });
  } finally {
    await browser.close();
    for (const s of servers) s.kill();
  }
  result.seconds = Math.round((Date.now() - started) / 1000);
  result.loadavgEnd = loadavg();
  writeFileSync(join(OUT, "web.json"), JSON.stringify(result, null, 2));
  log(`done in ${result.seconds} s: bench/out/web.json`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const only = process.argv.indexOf("--only");
  const part = only >= 0 ? process.argv[only + 1] : null;
  if (part && part !== "sync" && part !== "pptx") throw new Error(`--only ${part}: only "sync" and "pptx" run alone`);
  (part === "sync" ? onlySync() : part === "pptx" ? onlyPptx() : main()).catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
