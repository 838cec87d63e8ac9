// `make bench`, last step: writes BENCHMARKS.md at the repository root from
// what the run left in bench/out/ (web.json from bench/web.mjs, domain.txt
// from `cargo bench --bench domain`, criterion's estimates.json files from
// `cargo bench --bench criterion`), with the machine it ran on and each
// target met or missed, by how much. Its sync part: bench/report-sync.mjs.
//
//   node bench/report.mjs

import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { syncOpenRows, syncSection, syncSizeRows } from "./report-sync.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const OUT = join(ROOT, "bench/out");
const need = (p) => {
  if (!existsSync(p)) throw new Error(`${p} missing: run \`make bench\``);
  return readFileSync(p, "utf8");
};

const web = JSON.parse(need(join(OUT, "web.json")));
const domain = need(join(OUT, "domain.txt")).trim();

// ---------------------------------------------------------------- formatting

const KIB = 1024;
const kib = (b) => `${(b / KIB).toFixed(1)} KiB`;
const ms = (v) => (v >= 100 ? `${v.toFixed(0)} ms` : `${v.toFixed(1)} ms`);
const x = (v) => `${v.toFixed(2)}x`;
const pct = (v) => `${(v * 100).toFixed(0)} %`;
function dur(ns) {
  if (ns < 1e3) return `${ns.toFixed(1)} ns`;
  if (ns < 1e6) return `${(ns / 1e3).toFixed(2)} µs`;
  return `${(ns / 1e6).toFixed(2)} ms`;
}
const sh = (cmd, args) => {
  try {
    return execFileSync(cmd, args, { cwd: ROOT, encoding: "utf8" }).trim();
  } catch {
    return "?";
  }
};
const row = (cells) => `| ${cells.join(" | ")} |`;
const table = (head, rows) =>
  [row(head), row(head.map(() => "---")), ...rows.map(row)].join("\n");
const verdict = (met, by) => (met ? `**met** (${by})` : `**missed** (${by})`);

// ---------------------------------------------------------------- machine

const cpu = (readFileSync("/proc/cpuinfo", "utf8").match(/^model name\s*:\s*(.*)$/m) || [, "?"])[1];
const commit = sh("git", ["rev-parse", "--short", "HEAD"]);
// BENCHMARKS.md itself does not count: this script is about to overwrite it.
const dirty = sh("git", ["status", "--porcelain", "--untracked-files=no", "--", ".", ":!BENCHMARKS.md"])
  ? " (with uncommitted changes)"
  : "";

// ---------------------------------------------------------------- sizes

function sizeSet(files, requested) {
  const loaded = files.filter((f) => requested.some((p) => p.endsWith(`/${f.file}`)));
  const sum = (fs, k) => fs.reduce((s, f) => s + f[k], 0);
  const byKind = (kind) => loaded.filter((f) => f.kind === kind);
  return {
    loaded,
    all: files,
    raw: sum(loaded, "raw"),
    gzip: sum(loaded, "gzip"),
    allRaw: sum(files, "raw"),
    allGzip: sum(files, "gzip"),
    kinds: ["wasm", "js", "css"].map((k) => ({ kind: k, raw: sum(byKind(k), "raw"), gzip: sum(byKind(k), "gzip"), n: byKind(k).length })),
  };
}
const app = sizeSet(web.sizes.app, web.requested.app);
const floor = sizeSet(web.sizes.floor, web.requested.floor);
const notLoaded = app.all.filter((f) => !app.loaded.includes(f));
// The split build's page chunks (tools/release): a module per page group
// (split_*) and the pieces several of them share (chunk_*).
const isChunk = (f) => /(^|\/)(split|chunk)_[^/]*\.wasm$/.test(f.file);
const chunkFiles = app.all.filter(isChunk);
const chunkGzip = chunkFiles.reduce((n, f) => n + f.gzip, 0);
const sharedChunks = chunkFiles.filter((f) => /(^|\/)chunk_/.test(f.file));
// The chunks a cold load did not fetch (the library fetches its keep module as it shows).
const laterChunks = chunkFiles.filter((f) => !app.loaded.includes(f));
const openChunks = (web.open.runs[0].chunks || []).map((name) => app.all.find((f) => f.file === name)).filter(Boolean);

// ---------------------------------------------------------------- criterion

function estimate(group, name) {
  const p = join(OUT, "criterion", group, name, "new", "estimates.json");
  const e = JSON.parse(need(p)).median;
  return { ns: e.point_estimate, lo: e.confidence_interval.lower_bound, hi: e.confidence_interval.upper_bound };
}
const CRITERION = [
  ["allocate", "preset_long_term_first", "apply_preset(LongTermFirst)", "baseline_plain_sum"],
  ["allocate", "preset_70_20_10", "apply_preset(SeventyTwentyTen)", "baseline_plain_sum"],
  ["allocate", "preset_equal", "apply_preset(Equal)", "baseline_plain_sum"],
  ["allocate", "distribute_rest", "distribute_rest (half-filled table)", "baseline_plain_sum"],
  ["allocate", "scale_to_total", "scale_to_total (to half the total)", "baseline_plain_sum"],
  ["forecast", "forward_plan", "forward_plan (3 horizons + total)", "baseline_plain_sum"],
  ["forecast", "reverse_all_objectives", "reverse, all 50 objectives", "baseline_objectives_pass"],
  ["storage", "decode_v2", "decode (v2: parse, type, validate)", "baseline_from_str_value_v2"],
  ["storage", "decode_v1_migrated", "decode of the v1 text (migration chain)", "baseline_from_str_value_v1"],
  ["storage", "migrate_v1_to_v2", "migrate::to_current(v1 plan, 1) alone", "baseline_value_clone_v1"],
  ["storage", "encode", "encode (the envelope, from scratch)", "baseline_to_string"],
  ["storage", "encoder_budget_edit", "the autosave's Encoder, saves one budget cell apart", "baseline_to_string"],
  ["storage", "encoder_action_moved", "the autosave's Encoder, saves one action's dates apart", "baseline_to_string"],
];
const BASELINE_NAMES = {
  baseline_plain_sum: "plain sum of the 120 cells",
  baseline_objectives_pass: "plain pass over the 50 objectives' first target",
  baseline_from_str_value_v2: "serde_json::from_str::<Value> (same v2 text)",
  baseline_from_str_value_v1: "serde_json::from_str::<Value> (same v1 text)",
  baseline_value_clone_v1: "deep clone of the same v1 JSON tree",
  baseline_to_string: "serde_json::to_string(&plan)",
};
const criterionRows = CRITERION.map(([g, name, what, base]) => {
  const e = estimate(g, name);
  const b = estimate(g, base);
  return [g, what, dur(e.ns), `${dur(e.lo)} – ${dur(e.hi)}`, BASELINE_NAMES[base], dur(b.ns), x(e.ns / b.ns)];
});

// ---------------------------------------------------------------- targets

const TARGET_GZIP = 300 * KIB;
const loadRatio = web.loads.app.median / web.loads.floor.median;
const loadRatioP95 = web.loads.app.p95 / web.loads.floor.p95;
const shareRatio = web.opens.share.median / web.loads.floor.median;
const exampleRatio = web.opens.example.median / web.loads.floor.median;
const gzipRatio = app.gzip / floor.gzip;
const editP95 = Math.max(web.edits.budget.p95, web.edits.timeline.p95);
// The smallest Leptos edit (the floor's counter), timed the same way in the
// same run: what any app pays, for scale.
const floorEdit = web.edits.floor;
const save = web.autosave.app;
const plainSave = web.autosave.stringifySetItem;

const targets = [
  {
    name: "Total gzip transfer (wasm + js + css of a cold load) <= 300 KiB",
    value: kib(app.gzip),
    met: app.gzip <= TARGET_GZIP,
    by: app.gzip <= TARGET_GZIP ? `${kib(TARGET_GZIP - app.gzip)} to spare` : `${kib(app.gzip - TARGET_GZIP)} over, ${pct(app.gzip / TARGET_GZIP - 1)}`,
  },
  {
    name: "Cold load <= 2x the floor (medians)",
    value: x(loadRatio),
    met: loadRatio <= 2,
    by: loadRatio <= 2 ? `${ms(2 * web.loads.floor.median - web.loads.app.median)} to spare` : `${ms(web.loads.app.median - 2 * web.loads.floor.median)} over 2x the floor, ${x(loadRatio / 2)} the target`,
  },
  {
    name: "Edit-to-paint p95 <= 16 ms on the large plan (budget cell and timeline, the worse of the two)",
    value: `budget ${ms(web.edits.budget.p95)}, timeline ${ms(web.edits.timeline.p95)} (floor's smallest edit: ${ms(floorEdit.p95)})`,
    met: editP95 <= 16,
    by: editP95 <= 16 ? `${ms(16 - editP95)} to spare` : `${ms(editP95 - 16)} over, ${x(editP95 / 16)} the target`,
  },
  {
    name: "Autosave <= 20 ms on the large plan (the app's own save, median)",
    value: `${ms(save.toSetItemEnd.median)} (p95 ${ms(save.toSetItemEnd.p95)})`,
    met: save.toSetItemEnd.median <= 20,
    by: save.toSetItemEnd.median <= 20 ? `${ms(20 - save.toSetItemEnd.median)} to spare` : `${ms(save.toSetItemEnd.median - 20)} over, ${x(save.toSetItemEnd.median / 20)} the target`,
  },
  {
    name: "Autosave <= 20 ms, as JSON.stringify + localStorage.setItem in the page (median)",
    value: `${ms(plainSave.total.median)} (p95 ${ms(plainSave.total.p95)})`,
    met: plainSave.total.median <= 20,
    by: plainSave.total.median <= 20 ? `${ms(20 - plainSave.total.median)} to spare` : `${ms(plainSave.total.median - 20)} over`,
  },
  {
    name: "A share link opened cold, to its first painted view <= 3x the floor's cold load (medians)",
    value: x(shareRatio),
    met: shareRatio <= 3,
    by: shareRatio <= 3 ? `${ms(3 * web.loads.floor.median - web.opens.share.median)} to spare` : `${ms(web.opens.share.median - 3 * web.loads.floor.median)} over 3x the floor`,
  },
];

// ---------------------------------------------------------------- analysis of misses

/** Where an edit's time goes and what was done about it: shown whether the target is met or not. */
function editAnalysis() {
  const edit = targets[2];
  const b = web.edits.budget;
  const t = web.edits.timeline;
  const f = floorEdit;
  const n = web.largePlan.actions;
  const gap = (e) => e.median - e.work.median;
  const parts = (name, e) => [
    name,
    ms(e.median),
    ms(e.p95),
    ms(e.script.median),
    ms(e.render.median),
    ms(gap(e)),
  ];
  return [
    "#### Edit-to-paint",
    "",
    `${edit.met ? "Met" : "Missed"} in this run: budget cell p95 ${ms(b.p95)}, timeline p95 ${ms(t.p95)}, against ` +
      `16 ms. The floor's edit, the smallest a Leptos app can make (one text changed), has a p95 of ${ms(f.p95)} ` +
      "in the same run. In this run's medians, a keystroke splits as follows (the task: the app's handler, " +
      "command, reactive updates and DOM changes; the frame: from the requestAnimationFrame callback to after " +
      "paint; between them: the text field's own editing before the input event, the hover hit test with the " +
      "pointer over the page, which lays the page out before the frame's callbacks, and the wait for the frame):",
    "",
    table(
      ["Edit", "Median", "p95", "Task", "Frame", "Between"],
      [parts("budget cell", b), parts("timeline move", t), parts("floor (baseline)", f)],
    ),
    "",
    (edit.met
      ? `**Why it can still miss.** This run has ${ms(16 - editP95)} to spare: the same build missed the target on ` +
        "a busier machine of the same size. "
      : `**Why it is missed.** ${ms(editP95 - 16)} over in this run. `) +
      "Traces, profiles, what was fixed and what was tried, with their dates: docs/performance.md.",
  ].join("\n");
}

function analysis() {
  const out = [];
  const [gz, load, edit, autosave, , share] = targets;
  const w = web.wasm;
  if (!gz.met) {
    const wasm = app.kinds.find((k) => k.kind === "wasm");
    out.push(
      "#### Transfer size",
      "",
      `${kib(app.gzip)} gzip, ${kib(app.gzip - TARGET_GZIP)} over 300 KiB (its history: docs/performance.md). ` +
        "Every page but the " +
        "library is a wasm chunk fetched the first time it opens (src/ui/perf/lazy.rs; tools/release " +
        "splits the module with Leptos' own splitter, before " +
        "wasm-bindgen runs). The plan code is in the plan pages' chunk too: reading a file (parse, " +
        "field paths, migrations, validation), writing one, every command and share links, which the library and " +
        "the header reach through a table of functions fetched on first use (src/ui/state/plan_code.rs), and the " +
        "pages' stylesheets (src/ui/perf/page_styles.rs); and the library's index keeps save times as numbers, so the " +
        "first screen parses no date (src/storage/index.rs). " +
        "What a first visit downloads is that module: " +
        `${kib(wasm.gzip)} gzip (${pct(wasm.gzip / app.gzip)} of the load), a code section of ` +
        `${kib(w.app.sections.code)} in ${w.app.functions} functions and a data section of ` +
        `${kib(w.app.sections.data || 0)}, against ${kib(w.floor.sections.code)} in ${w.floor.functions} functions ` +
        `for the floor, whose whole load is ${kib(floor.gzip)}. Where it goes (twiggy, the split main module before ` +
        "wasm-opt, last measured as docs/performance.md says): Leptos (reactive_graph, tachys, leptos, the router, and the generic code " +
        "instantiated for the app's views) about 30 %, core, alloc and std 20 %, static data (the shell's and " +
        "library's texts in both languages, tables) 8.5 %, js-sys, web-sys and wasm-bindgen's glue 8 %, the app's " +
        "shell and library code 7 % (of which the share dialog 1.3 % and the import preview 1 %), serde_json 2.6 % " +
        "(the library's index and settings), chrono 1.8 % (before the index's times became numbers, which took " +
        "its date parsing out: 10 KiB gzip), storage 1.5 %. The next cuts left are small: the share dialog and the " +
        "import preview drawn by the plan code, a few KiB each. The pages' chunks: " +
        `${kib(chunkGzip)} gzip in ${chunkFiles.length} files (a page's own module plus the shared pieces it needs), ` +
        `so the whole app is ${kib(app.allGzip)}, ${kib(app.allGzip - 758.9 * 1024)} more than unsplit: code in ` +
        "separate modules compresses less well together. Kept out: opt-level \"s\" (+112 KB gzip " +
        "against \"z\"), a second wasm-opt -Oz --converge pass (5 KB more gzip); build-std with immediate-abort " +
        "panics would cut more, but needs the rust-src component, which these machines do not have.",
    );
  }
  if (!load.met) {
    const a = web.loads.app;
    const f = web.loads.floor;
    out.push(
      "#### Cold load",
      "",
      `${ms(a.median)} against ${ms(f.median)} for the floor (${x(loadRatio)}, ` +
        `${ms(a.median - 2 * f.median)} over 2x). Both are dominated by the wasm: its last byte arrives at ` +
        `${ms(a.wasmEnd.median)} (floor ${ms(f.wasmEnd.median)}) even from localhost, because Chromium compiles it ` +
        `while it streams in, and ${ms(a.afterWasm.median)} more (floor ${ms(f.afterWasm.median)}) go to finishing ` +
        `the compile, instantiating and running the start-up and the first page (the library, light on a first ` +
        `visit). The module is ${kib(app.kinds[0].raw)}, ${x(app.kinds[0].raw / floor.kinds[0].raw)} the floor's, so ` +
        "what shrinks the transfer above shrinks this too. Over a real network the transfer time comes on top. " +
        "What was changed to shorten it, and the traces behind: docs/performance.md.",
    );
  }
  if (!edit.met) out.push(editAnalysis());
  if (!autosave.met || save.toSetItemEnd.p95 > 20) {
    out.push(
      "#### Autosave",
      "",
      `${autosave.met ? "Met on the median, but" : "Missed:"} p95 ${ms(save.toSetItemEnd.p95)}: ` +
        `${ms(save.toSetItemEnd.median)} from the start of the debounce timer's callback to the end of ` +
        `localStorage.setItem, of which ${ms(save.beforeSetItem.median)} before the write: the library reads the ` +
        `stored text back from localStorage into wasm (a ${kib(save.chars)} string copied and converted) to compare ` +
        "it with the last save (the conflict check), then encodes the envelope in wasm, reusing the JSON of the " +
        "actions and measurements when they did not change (`storage::Encoder`); the first save after a plan opens " +
        `writes everything. setItem itself is ${ms(save.setItem.median)}. JSON.stringify + setItem of ` +
        `the same envelope in the page takes ${ms(plainSave.total.median)}; natively, encode from scratch is ` +
        `${dur(estimate("storage", "encode").ns)} and the Encoder between two saves one budget cell apart ` +
        `${dur(estimate("storage", "encoder_budget_edit").ns)} (criterion, opt-level 3).`,
    );
  }
  if (!share.met) {
    out.push(
      "#### A share link opened cold",
      "",
      `${ms(web.opens.share.median)} against the floor's ${ms(web.loads.floor.median)} (${x(shareRatio)}): a share ` +
        "link needs the library's module, then the presentation's chunk and the plan code, fetched once the main " +
        "module runs and asks for them, not alongside it.",
    );
  }
  // Each part ends with a blank line before the next one's heading.
  return out.length ? out.join("\n").replace(/\n(?=####)/g, "\n\n").trim() : "Every target is met.";
}

// ---------------------------------------------------------------- document

const c = web.config;
const md = `# Benchmarks

Generated by \`make bench\` (bench/web.mjs, bench/native/criterion.rs,
bench/native/domain.rs, bench/report.mjs); overwritten on every run. Rerun:

\`\`\`sh
make bench
\`\`\`

| | |
|---|---|
| date | ${new Date().toISOString().replace("T", " ").slice(0, 16)} UTC (web part started ${web.started.replace("T", " ").slice(0, 19)} UTC, took ${web.seconds} s) |
| commit | ${commit}${dirty} |
| machine | ${availableParallelism()} cores (nproc), ${cpu} |
| load average (1, 5, 15 min) | ${web.loadavgStart.map((l) => l.toFixed(2)).join(", ")} when the browser part started, ${web.loadavgEnd.map((l) => l.toFixed(2)).join(", ")} when it ended, ${loadavg().map((l) => l.toFixed(2)).join(", ")} now: a shared machine, so absolute figures are noisy and the in-run ratios hold better |
| browser | Chromium ${web.chromium} (Debian), headless, Playwright |
| node / rustc | ${process.version} / ${sh("rustc", ["--version"])} |

## Targets

${table(["Target", "Measured", "Verdict"], targets.map((t) => [t.name, t.value, verdict(t.met, t.by)]))}

### Why, where a target is missed

${analysis()}
${targets[2].met ? `\n### Where an edit's time goes (met in this run)\n\n${editAnalysis().replace(/^#### Edit-to-paint\n\n/, "")}\n` : ""}
## Size: what a first visit downloads

Gzip is \`zlib.gzipSync\` level 9 of each file of the build; raw is the file
as built. The "cold load" set is the wasm, js and css files the page fetched
while loading (the app's service worker fetches its own files after that:
${notLoaded.filter((f) => !isChunk(f)).map((f) => `\`${f.file}\` ${kib(f.gzip)} gzip`).join(", ") || "no other file"}, and the
${laterChunks.length} page chunks a cold load did not fetch, ${kib(laterChunks.reduce((n, f) => n + f.gzip, 0))} gzip, fetched by a page the first time it opens, not counted above). 1 KiB = 1024 bytes.

${table(
  ["What", "App raw", "App gzip", "Floor raw", "Floor gzip", "App / floor (gzip)"],
  [
    ...["wasm", "js", "css"].map((k) => {
      const a = app.kinds.find((v) => v.kind === k);
      const f = floor.kinds.find((v) => v.kind === k);
      return [k, kib(a.raw), kib(a.gzip), kib(f.raw), kib(f.gzip), f.gzip ? x(a.gzip / f.gzip) : "-"];
    }),
    ["**cold load total**", kib(app.raw), `**${kib(app.gzip)}**`, kib(floor.raw), `**${kib(floor.gzip)}**`, `**${x(gzipRatio)}**`],
    ...syncSizeRows(web, { kib, x }),
    ["all wasm/js/css in dist/", kib(app.allRaw), kib(app.allGzip), kib(floor.allRaw), kib(floor.allGzip), x(app.allGzip / floor.allGzip)],
  ],
)}

Files: ${app.all.filter((f) => !isChunk(f) || !sharedChunks.includes(f)).map((f) => `\`${f.file}\` ${kib(f.raw)} / ${kib(f.gzip)}`).join("; ")}; and ${sharedChunks.length} shared chunks (\`chunk_*\`), ${kib(sharedChunks.reduce((n, f) => n + f.raw, 0))} / ${kib(sharedChunks.reduce((n, f) => n + f.gzip, 0))}.

## Cold load

Navigation start to the \`cap-interactive\` performance mark (set on the
frame after the first render, by both apps), each load in a fresh browser
context (empty cache and storage), served from localhost by
tests/e2e/serve.mjs (no compression, \`no-store\`), app and floor loads
interleaved; ${c.warmup} warm-up loads of each discarded, then ${c.loads} each.
The app registers its service worker once this mark is set (src/ui/mod.rs):
the worker's install fetches every file of the site, and on these 2 cores
it competed with the first render when it was registered before it.

${table(
  ["Figure", "Median", "p95", "Min", "Max"],
  [
    ["app (\`/\`, first visit)", ms(web.loads.app.median), ms(web.loads.app.p95), ms(web.loads.app.min), ms(web.loads.app.max)],
    ["floor", ms(web.loads.floor.median), ms(web.loads.floor.p95), ms(web.loads.floor.min), ms(web.loads.floor.max)],
    ["**app / floor**", `**${x(loadRatio)}**`, x(loadRatioP95), "", ""],
    ["app: wasm's last byte (resource responseEnd; compiled while it streams)", ms(web.loads.app.wasmEnd.median), ms(web.loads.app.wasmEnd.p95), ms(web.loads.app.wasmEnd.min), ms(web.loads.app.wasmEnd.max)],
    ["floor: wasm's last byte", ms(web.loads.floor.wasmEnd.median), ms(web.loads.floor.wasmEnd.p95), ms(web.loads.floor.wasmEnd.min), ms(web.loads.floor.wasmEnd.max)],
    ["app: wasm's last byte to interactive (rest of the compile, instantiate, first page)", ms(web.loads.app.afterWasm.median), ms(web.loads.app.afterWasm.p95), ms(web.loads.app.afterWasm.min), ms(web.loads.app.afterWasm.max)],
    ["floor: wasm's last byte to interactive", ms(web.loads.floor.afterWasm.median), ms(web.loads.floor.afterWasm.p95), ms(web.loads.floor.afterWasm.min), ms(web.loads.floor.afterWasm.max)],
  ],
)}

What a client waits for on a real path, from navigation start to the
first frame that paints the page's content, in a fresh profile, against
the floor's cold load of this run: a share link of the first example (to
the frame that paints its report's cover, the \`cap-first-view\` mark the
app sets as the floor sets \`cap-interactive\`; the other sections follow
in the next task), and that example opened from a cold library (a click on
it once the library shows, to the first frame after its dashboard shows).

${table(
  ["Cold open", "Median", "p95", "Min", "Max", "/ floor (medians)", "Fetched"],
  [
    ["share link", ms(web.opens.share.median), ms(web.opens.share.p95), ms(web.opens.share.min), ms(web.opens.share.max), `**${x(shareRatio)}**`, web.opens.share.fetched ? kib(web.opens.share.fetched) : "-"],
    ["example from the library", ms(web.opens.example.median), ms(web.opens.example.p95), ms(web.opens.example.min), ms(web.opens.example.max), `**${x(exampleRatio)}**`, web.opens.example.fetched ? kib(web.opens.example.fetched) : "-"],
  ],
)}

The wasm modules: the app's has ${web.wasm.app.functions} functions, a code section of
${kib(web.wasm.app.sections.code)} and a data section of ${kib(web.wasm.app.sections.data || 0)}; the floor's
${web.wasm.floor.functions} functions, ${kib(web.wasm.floor.sections.code)} and ${kib(web.wasm.floor.sections.data || 0)}.

## The large plan in the browser

${web.largePlan.objectives} objectives, ${web.largePlan.lines} budget lines x 3 horizons, ${web.largePlan.actions} actions,
${web.largePlan.measurements} measurements (bench/large-plan.mjs): a schema-2 envelope of ${kib(web.largePlan.bytes)}.

${table(
  ["Figure", "n", "Median", "p95", "Max"],
  [
    ["open: navigation to /plan/bench-1/budget until the first budget cell is painted (plan put in localStorage first)", web.open.n, ms(web.open.median), ms(web.open.p95), ms(web.open.max)],
    [`  of which its code, the page chunks fetched on that first open (split build): ${openChunks.length} files, ${kib(openChunks.reduce((n, f) => n + f.gzip, 0))} gzip`, "", "", "", ""],
    ["open again: the same page reloaded (the library's index already knows the plan's text)", web.open.reopen.n, ms(web.open.reopen.median), ms(web.open.reopen.p95), ms(web.open.reopen.max)],
    ...syncOpenRows(web, { ms, x }),
    ...[
      ["typing into a budget cell (one keystroke, one edit)", web.edits.budget],
      ["moving an action a week on the timeline (ArrowRight on its Gantt row)", web.edits.timeline],
      ["floor (baseline): its counter, Enter on the button (a click that updates one text)", floorEdit],
    ].flatMap(([what, e]) => [
      [`edit to next paint, as seen: ${what}`, e.n, ms(e.median), ms(e.p95), ms(e.max)],
      ["  its work: its task + its frame's rendering", e.work.n, ms(e.work.median), ms(e.work.p95), ms(e.work.max)],
      ["  its task (handler, command, reactive updates, DOM changes)", e.script.n, ms(e.script.median), ms(e.script.p95), ms(e.script.max)],
      ["  its frame: requestAnimationFrame to painted (style, layout, paint)", e.render.n, ms(e.render.median), ms(e.render.p95), ms(e.render.max)],
    ]),
    ["switching from the budget page to the timeline (click to the first Gantt row shown, timed from Node)", 1, ms(web.edits.timeline.navigateToTimelineMs), "", ""],
    ["autosave, the app's: timer callback start to localStorage.setItem's return", save.n, ms(save.toSetItemEnd.median), ms(save.toSetItemEnd.p95), ms(save.toSetItemEnd.max)],
    ["  of which before setItem (read-back check, encode in wasm)", save.n, ms(save.beforeSetItem.median), ms(save.beforeSetItem.p95), ms(save.beforeSetItem.max)],
    ["  of which localStorage.setItem", save.n, ms(save.setItem.median), ms(save.setItem.p95), ms(save.setItem.max)],
    ["  the whole timer task (with the save status update, and the library index updated after the write)", save.n, ms(save.task.median), ms(save.task.p95), ms(save.task.max)],
    ["autosave, plain: JSON.stringify(envelope) + localStorage.setItem, in the page", plainSave.total.n, ms(plainSave.total.median), ms(plainSave.total.p95), ms(plainSave.total.max)],
    ["  of which JSON.stringify", plainSave.stringify.n, ms(plainSave.stringify.median), ms(plainSave.stringify.p95), ms(plainSave.stringify.max)],
    ["  of which localStorage.setItem", plainSave.setItem.n, ms(plainSave.setItem.median), ms(plainSave.setItem.p95), ms(plainSave.setItem.max)],
    ["import: file picked (change event) until the preview is painted", web.import.toPreview.n, ms(web.import.toPreview.median), ms(web.import.toPreview.p95), ms(web.import.toPreview.max)],
    ["import: \"import as a new plan\" clicked until the plan's overview is painted", web.import.toPlan.n, ms(web.import.toPlan.median), ms(web.import.toPlan.p95), ms(web.import.toPlan.max)],
  ],
)}

In-run baselines: opening the large plan takes ${x(web.open.median / web.loads.app.median)} the app's empty
cold load (${ms(web.loads.app.median)}); the app's autosave takes ${x(save.toSetItemEnd.median / plainSave.total.median)}
JSON.stringify + setItem of the same envelope in the same browser.

How each figure is taken:

- **Open**: the plan's envelope is written to \`localStorage["cap.plan.bench-1"]\`
  (from a static file of the same origin), then the page navigates to
  \`/plan/bench-1/budget\`; a MutationObserver installed before the app's
  scripts waits for \`[data-testid="cell-0-0"]\`, then the frame after it
  is painted (requestAnimationFrame, then a MessageChannel task) is marked;
  the figure is that mark's time from navigation start. The app's
  \`cap-interactive\` mark came at ${ms(stats_(web.open.runs.map((r) => r.interactive)).median)} (median) in the same loads.
  *Open again*: then the page is reloaded and timed the same way (the
  next visit, the plan unchanged); \`cap-interactive\` at ${ms(stats_(web.open.runs.map((r) => r.reopenInteractive)).median)}.
- **Edit-to-paint**: real key presses (Playwright \`keyboard.press\`, trusted
  events). From the event's \`timeStamp\` (\`input\` for a budget cell,
  \`keydown\` for a Gantt row, \`click\` for the floor's counter) to the
  MessageChannel task queued from the next requestAnimationFrame callback,
  i.e. after that frame's style, layout and paint. Split in two: the
  event's task (to a listener for the same event on \`window\`, added when
  the event starts, which runs after the app's listener and the microtasks
  of its reactive updates) and the frame (requestAnimationFrame callback to
  the task after paint). Budget: select a cell, type 1, 2, 3 (three edits), next cell;
  timeline: focus a row, ArrowRight (the action moves a week; checked in the
  saved plan afterwards: ${web.edits.timeline.moved} actions moved). 3 warm-up edits of each kind
  discarded. Each edit waits for its autosave before the next one (edits
  never overlap a save), so keystrokes are about 0.5 s apart; the first
  key after a click or a focus waits for two frames and 100 ms (a person's
  key never lands in the frame of their click; the floor's presses are
  100 ms apart too).
- **Autosave (the app's)**: \`window.setTimeout\` callbacks and
  \`Storage.prototype.setItem\` are wrapped before the app starts; a write of
  \`cap.plan.*\` made inside a timer callback (the 400 ms debounced autosave)
  is timed from the start of that callback to the return of setItem. These
  are the ${save.n} saves that followed the edits above (${kib(save.chars * 1)} written each).
- **Autosave (plain)**: in a page of the same origin with no app running,
  \`JSON.parse\` once of the envelope the app last saved above (${kib(plainSave.chars)}), then
  ${plainSave.total.n} times: set a new \`saved_at\`, \`JSON.stringify\`, \`localStorage.setItem\`
  under another key.
- **Import**: in a fresh context on the library page, Playwright's
  \`setInputFiles\` on the import button's file input; from the \`change\`
  event's \`timeStamp\` to the frame painted after the preview shows the
  file's plan name; then from the click on "import as a new plan" to the
  frame painted after the plan's overview page appears. No pointer moves
  first, so the plan code that reads the file (in the plan pages' chunk)
  is fetched after the file is picked, and counts here. A person's pointer
  on the import button (or the focus on it) starts that fetch before the
  file dialog opens (docs/performance.md has the probe).
- **Sync**: see the next section.

${syncSection(web, { kib, ms, x, table })}
## Native: criterion (bench/native/criterion.rs)

The same large plan built in Rust (\`large_plan()\`), \`cargo bench\` profile
(opt-level 3, not the size-tuned wasm). Median of ${"30 (storage: 20)"} samples with its 95 %
confidence interval, and the ratio to a baseline measured in the same run
over the same data.

${table(["Group", "Operation", "Median", "95 % CI", "Baseline", "Baseline median", "Ratio"], criterionRows)}

The v1 text is written through \`serde_json::Value\` (keys in sorted order), the v2
text by \`encode\` (keys in field order). serde_json parses the sorted one
markedly faster (checked once by hand: the v2 text re-serialised with sorted
keys parsed into a \`Value\` about twice as fast as the v2 text itself), so read
each decode against the baseline over its own text, not against the other
decode.

## Native: bench/native/domain.rs

The house benchmark: ratios against in-run baselines (median of 15
samples), on the same large plan as criterion (50 objectives, 40 lines, 1'000 actions,
5'000 measurements).

\`\`\`
${domain}
\`\`\`
`;

function stats_(values) {
  const s = [...values].sort((a, b) => a - b);
  return { median: s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2 };
}

writeFileSync(join(ROOT, "BENCHMARKS.md"), md);
console.log("[bench/report] BENCHMARKS.md written");
for (const t of targets) console.log(`  ${t.met ? "met   " : "MISSED"} ${t.name}: ${t.value} (${t.by})`);
