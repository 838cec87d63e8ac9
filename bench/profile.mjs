// `make bench-profile`: where the time of an edit goes, function by function.
//
// Serves the profiling build (bench/out/dist-prof: release, wasm names kept,
// no wasm-opt, not split; built by the Makefile), opens the large plan as
// bench/web.mjs does, and records a Chromium CPU profile (50 µs sampling)
// of the same budget keystrokes and timeline moves the bench times. Each
// sample is put in a bucket by its stack (see `buckets`): the autosave,
// which runs after each edit; the bench's own scripts (Playwright's queries
// and its focus of the next row, untimed in the bench); idle; or the edit
// and everything else on the main thread (the handlers, the reactive
// updates, the frame's style, layout and paint).
// Prints, per edit, the functions with the most self time in the edit's
// bucket, and writes bench/out/profile-{budget,timeline}.cpuprofile (they
// open in Chromium's DevTools, Performance panel).
//
//   node bench/profile.mjs   (after the build; env: BENCH_EDITS (30), TOP (30))

import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { largeEnvelope } from "./large-plan.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const OUT = join(ROOT, "bench/out");
process.env.BENCH_APP_DIR ||= join(OUT, "dist-prof");
// Imported after BENCH_APP_DIR is set: web.mjs reads it when it loads.
const web = await import("./web.mjs");
const TOP = Number(process.env.TOP || 30);

/** `_ZN4core3fmt5write17h0123456789abcdefE` to `core::fmt::write`; other names as they are. */
export function demangle(name) {
  const m = /^_ZN(.*)E$/.exec(name);
  if (!m) return name.replace(/::h[0-9a-f]{16}$/, "");
  const parts = [];
  let rest = m[1];
  while (rest.length) {
    const len = /^\d+/.exec(rest);
    if (!len) break;
    const start = len[0].length;
    parts.push(rest.slice(start, start + Number(len[0])));
    rest = rest.slice(start + Number(len[0]));
  }
  if (/^h[0-9a-f]{16}$/.test(parts.at(-1) ?? "")) parts.pop();
  return parts
    .map((p) => p.replace(/^_\$/, "$"))
    .join("::")
    .replace(/\$LT\$/g, "<")
    .replace(/\$GT\$/g, ">")
    .replace(/\$u20\$/g, " ")
    .replace(/\$u27\$/g, "'")
    .replace(/\$u7b\$/g, "{")
    .replace(/\$u7d\$/g, "}")
    .replace(/\$RF\$/g, "&")
    .replace(/\$BP\$/g, "*")
    .replace(/\$C\$/g, ",")
    .replace(/\.\./g, "::");
}

/**
 * Self time per function (ms) in each bucket of a V8 CPU profile, and the
 * edit bucket's inclusive time of the app's own functions (`cap::`).
 *
 * Buckets, set from the root down: `idle`; `autosave`, below the store's
 * `save_dirty`; `bench`, the bench's own scripts (Playwright's locator
 * queries and its focus of the next row, the timing helpers), which have no
 * URL, until a frame of the page's own files (the app's js and wasm)
 * appears below them, as in the app's timers called through the bench's
 * wrapped setTimeout; `edit`, the rest of the main thread: the handlers,
 * the reactive updates, the frame's style, layout and paint, GC.
 */
export function buckets(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const bucketOf = new Map();
  const root = profile.nodes.find((n) => !parent.has(n.id));
  const stack = [[root.id, "edit"]];
  while (stack.length) {
    const [id, inherited] = stack.pop();
    const f = byId.get(id).callFrame;
    let b = inherited;
    if (f.functionName === "(idle)") b = "idle";
    else if (/save_dirty/.test(f.functionName)) b = "autosave";
    else if (b === "bench" && f.url) b = "edit";
    else if (parent.get(id) === root.id && !f.url && f.scriptId !== "0") b = "bench";
    bucketOf.set(id, b);
    for (const c of byId.get(id).children ?? []) stack.push([c, b]);
  }
  const bucket = (id) => bucketOf.get(id);
  const out = { edit: new Map(), autosave: new Map(), bench: new Map(), idle: new Map() };
  const app = new Map();
  const nameOf = (f) =>
    demangle(f.functionName || "(anonymous)") +
    (f.url && !/\.wasm/.test(f.url) ? ` (${f.url.split("/").pop()}:${f.lineNumber + 1})` : "");
  const totals = { edit: 0, autosave: 0, bench: 0, idle: 0 };
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const b = bucket(id);
    const f = byId.get(id).callFrame;
    const key = nameOf(f);
    out[b].set(key, (out[b].get(key) ?? 0) + dt);
    totals[b] += dt;
    if (b !== "edit") return;
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const k = nameOf(byId.get(at).callFrame);
      if (k.startsWith("cap::") && !seen.has(k)) {
        seen.add(k);
        app.set(k, (app.get(k) ?? 0) + dt);
      }
    }
  });
  return { out, totals, app };
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  const server = await web.serve(web.APP_DIR, web.PORT);
  const browser = await web.chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: web.ARGS,
  });
  try {
    const o = await web.openLarge(browser, largeEnvelope());
    const cdp = await o.page.context().newCDPSession(o.page);
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.setSamplingInterval", { interval: 50 });
    const runs = [
      ["budget", (p) => web.budgetEdits(p)],
      ["timeline", async (p) => (await web.timelineEdits(p)).edits],
    ];
    for (const [name, run] of runs) {
      await cdp.send("Profiler.start");
      const edits = await run(o.page);
      const { profile } = await cdp.send("Profiler.stop");
      writeFileSync(join(OUT, `profile-${name}.cpuprofile`), JSON.stringify(profile));
      const { out, totals, app } = buckets(profile);
      const n = edits.length;
      const per = (v) => (v / n).toFixed(2).padStart(7);
      console.log(
        `\n${name}: ${n} edits (and their warm-up), main thread per edit: ${per(totals.edit)} ms edit and the rest, ` +
          `${per(totals.autosave)} ms autosave, ${per(totals.bench)} ms the bench's own scripts (idle excluded); bench/out/profile-${name}.cpuprofile`,
      );
      console.log("   ms/edit  self time, edit bucket");
      const top = (m) => [...m].sort((a, b) => b[1] - a[1]).slice(0, TOP);
      for (const [fn, v] of top(out.edit)) console.log(`  ${per(v)}  ${fn}`);
      console.log("   ms/edit  inclusive time of the app's functions, edit bucket");
      for (const [fn, v] of top(app)) console.log(`  ${per(v)}  ${fn}`);
    }
  } finally {
    await browser.close();
    server.kill();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
