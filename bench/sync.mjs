// `make bench`, sync part (called by bench/web.mjs, or alone with
// `node bench/web.mjs --only sync`): sync through CouchDB.
//
// - the sync module's size: the split build's loader (cap-split-*.js) names
//   the files each lazily loaded module fetches; `sync`'s are its own
//   split_sync-*.wasm and the shared chunks it needs. A fresh profile's
//   library page fetches that code to draw its sync panel, and the chunks it
//   fetched until the panel showed are recorded too.
// - the time to sync N plans (BENCH_SYNC_PLANS, 50) through a pouchdb-server
//   the bench starts (tests/e2e/couch/server.cjs: a free port, users ana/pw
//   and ben/pw), and always stops: a profile holding the N plans presses
//   Connect on an empty database (push: the click's timeStamp to the frame
//   painted once data-state is "synced"), then a fresh profile connects to
//   it (pull: to the frame painted once "synced" with N plans listed). The
//   in-run baseline: the same N envelopes moved by plain fetch from a page
//   of the same origin, `_bulk_docs` up, `_changes?include_docs` down with a
//   localStorage.setItem per plan. BENCH_SYNCS (3) rounds, each on new
//   databases, app and plain interleaved; medians.

import { createRequire } from "node:module";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(join(ROOT, "tests/e2e/package.json"));
const { launch } = require("./couch/server.cjs");

const env = (name, fallback) => Number(process.env[name] || fallback);
const SYNCS = env("BENCH_SYNCS", 3);
const PLANS = env("BENCH_SYNC_PLANS", 50);
const TIMEOUT = 180_000;
const USERS = { ana: "pw", ben: "pw" };

const log = (...a) => console.log("[bench/sync]", ...a);
const tid = (id) => `[data-testid="${id}"]`;

// ---------------------------------------------------------------- size

/**
 * Each lazily loaded module of a split build's loader with the files it
 * fetches, its own first (as tools/release/src/split.rs `module_files`
 * reads it): `{ sync: ["split_sync-h.wasm", "chunk_3-h.wasm"], ... }`.
 */
export function loaderModules(loader) {
  const entry = /const (\w+) = [^\n]*?makeLoad\(\(\) => \{[\s\S]*?new URL\("\.\/([^"]+)"[\s\S]*?\n, \[([^\]]*)\]/g;
  const files = {};
  const deps = {};
  for (const [, name, file, list] of loader.matchAll(entry)) {
    files[name] = file;
    deps[name] = list.split(",").map((d) => d.trim()).filter(Boolean);
  }
  const modules = {};
  for (const [name, needs] of Object.entries(deps)) {
    if (!name.startsWith("__wasm_split_load_")) continue;
    modules[name.slice("__wasm_split_load_".length)] = [files[name], ...needs.map((d) => {
      if (!files[d]) throw new Error(`the loader's ${name} needs ${d}, which it does not define`);
      return files[d];
    })];
  }
  return modules;
}

/** The sync module's files with their sizes (from bench/web.mjs's list of the build). */
export function syncChunk(appDir, sizes) {
  const loaderFile = readdirSync(appDir).find((f) => /^cap-split-.*\.js$/.test(f));
  if (!loaderFile) throw new Error(`${appDir} has no cap-split-*.js: not a split build`);
  const modules = loaderModules(readFileSync(join(appDir, loaderFile), "utf8"));
  if (!modules.sync) throw new Error(`${loaderFile} names no sync module (it has: ${Object.keys(modules).join(", ")})`);
  const files = modules.sync.map((name) => {
    const f = sizes.find((s) => s.file === name);
    if (!f) throw new Error(`${name}, named by ${loaderFile}, is not in ${appDir}`);
    return f;
  });
  // A shared chunk that other modules need too.
  const sharedWith = (file) => Object.entries(modules).filter(([m, fs]) => m !== "sync" && fs.includes(file)).map(([m]) => m);
  return {
    loader: loaderFile,
    modules,
    own: files[0],
    shared: files.slice(1).map((f) => ({ ...f, with: sharedWith(f.file) })),
    raw: files.reduce((n, f) => n + f.raw, 0),
    gzip: files.reduce((n, f) => n + f.gzip, 0),
  };
}

// ---------------------------------------------------------------- profiles

async function newContext(browser) {
  return browser.newContext({ locale: "fr-CH", viewport: { width: 1280, height: 800 } });
}

/** The library in a fresh profile, at rest: its sync panel drawn, its service worker installed. */
async function library(page, app, plans) {
  const chunks = [];
  const onRequest = (r) => {
    const path = new URL(r.url()).pathname;
    const name = path.slice(path.lastIndexOf("/") + 1);
    // The page chunks of the split build (the main module aside).
    if (/^(split|chunk)_.*\.wasm$/.test(name)) chunks.push(name);
  };
  page.on("request", onRequest);
  await page.goto(`${app}/`);
  // The library shows the sync's offer (its code fetched only on a click).
  await page.locator(`${tid("sync-setup-open")}, ${tid("sync-connect")}`).first().waitFor({ timeout: 60_000 });
  page.off("request", onRequest);
  const cards = await page.locator(tid("plan-card")).count();
  if (cards !== plans) throw new Error(`the library lists ${cards} plans, not ${plans}`);
  // The worker's install fetches every file of the site: done before the
  // clock starts, as it is for a person who opened the library a while ago.
  await page.evaluate(() =>
    Promise.race([navigator.serviceWorker?.ready.then(() => true), new Promise((r) => setTimeout(r, 15_000))]),
  );
  await page.waitForTimeout(300);
  return chunks;
}

/** `n` plans of the app's own format: the first example, loaded as a person does, and copies of it. */
async function seedPlans(browser, app, n) {
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    await page.goto(`${app}/`);
    await page.locator(tid("example-0")).click({ timeout: 60_000 });
    await page.locator(tid("dashboard")).waitFor({ timeout: 60_000 });
    const first = await page.waitForFunction(() => {
      const k = Object.keys(localStorage).find((key) => key.startsWith("cap.plan."));
      return k ? [k.slice("cap.plan.".length), localStorage.getItem(k)] : null;
    }, null, { timeout: 30_000, polling: 100 }).then((h) => h.jsonValue());
    const [id, text] = first;
    const plans = { [id]: text };
    for (let i = 2; i <= n; i++) {
      const copy = JSON.parse(text);
      copy.plan.name = `${copy.plan.name} ${i}`;
      plans[`bench-sync-${String(i).padStart(2, "0")}`] = JSON.stringify(copy);
    }
    return plans;
  } finally {
    await context.close();
  }
}

async function storePlans(page, app, plans) {
  // A small file of the site, so localStorage is the app's origin's.
  await page.goto(`${app}/favicon.svg`);
  await page.evaluate((plans) => {
    for (const [id, text] of Object.entries(plans)) localStorage.setItem(`cap.plan.${id}`, text);
  }, plans);
}

/**
 * Arms the clock: from the next click on Connect (its event's timeStamp) to
 * the frame painted once the panel says "synced" with `plans` plans listed,
 * with every state the panel showed in between and when.
 */
async function armClock(page, plans) {
  await page.evaluate((plans) => {
    window.__benchSync = new Promise((resolve) => {
      let t0 = null;
      const states = [];
      addEventListener("click", (e) => {
        if (t0 === null && e.target.closest?.('[data-testid="sync-connect"]')) t0 = e.timeStamp;
      }, { capture: true });
      const check = () => {
        if (t0 === null) return;
        const state = document.querySelector('[data-testid="sync-state"]')?.getAttribute("data-state");
        const at = performance.now() - t0;
        if (state && states[states.length - 1]?.state !== state) states.push({ state, at });
        if (state !== "synced" || document.querySelectorAll('[data-testid="plan-card"]').length !== plans) return;
        mo.disconnect();
        requestAnimationFrame(() => {
          const ch = new MessageChannel();
          ch.port1.onmessage = () => resolve({ ms: performance.now() - t0, states });
          ch.port2.postMessage(0);
        });
      };
      const mo = new MutationObserver(check);
      mo.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    });
  }, plans);
}

async function connectTimed(page, couch, db, user, plans) {
  // With no server set, the library offers sync and fetches its code on that click.
  const setup = page.locator(tid("sync-setup-open"));
  if (await setup.isVisible()) await setup.click();
  const panel = page.locator(tid("sync-panel"));
  await panel.waitFor();
  await panel.locator(tid("sync-url")).fill(couch.url);
  await panel.locator(tid("sync-db")).fill(db);
  await panel.locator(tid("sync-user")).fill(user);
  await panel.locator(tid("sync-password")).fill(USERS[user]);
  await armClock(page, plans);
  await panel.locator(tid("sync-connect")).click();
  const timed = await Promise.race([
    page.evaluate(() => window.__benchSync),
    page.waitForTimeout(TIMEOUT).then(() => null),
  ]);
  if (!timed) {
    const state = await page.locator(tid("sync-state")).getAttribute("data-state");
    throw new Error(`${user}: not synced with ${plans} plans listed after ${TIMEOUT / 1000} s (state ${state})`);
  }
  return timed;
}

async function newDatabase(couch, db) {
  await couch.expect([201], "PUT", `/${db}`);
  await couch.expect([200], "PUT", `/${db}/_security`,
    { admins: { names: [], roles: [] }, members: { names: Object.keys(USERS), roles: [] } });
}

async function planDocs(couch, db) {
  const body = await couch.expect([200], "GET", `/${db}/_all_docs`);
  return body.rows.filter((r) => r.id.startsWith("plan-")).length;
}

/** One round of the app: push from a profile holding the plans, pull into a fresh one. */
async function appRound(browser, app, couch, plans, db) {
  const n = Object.keys(plans).length;
  await newDatabase(couch, db);
  const contexts = [];
  try {
    const up = await newContext(browser);
    contexts.push(up);
    const ana = await up.newPage();
    await storePlans(ana, app, plans);
    await library(ana, app, n);
    const push = await connectTimed(ana, couch, db, "ana", n);
    const onServer = await planDocs(couch, db);
    if (onServer !== n) throw new Error(`after the push's "synced", the server holds ${onServer} plans, not ${n}`);

    const down = await newContext(browser);
    contexts.push(down);
    const ben = await down.newPage();
    const chunks = await library(ben, app, 0);
    const pull = await connectTimed(ben, couch, db, "ben", n);
    const stored = await ben.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("cap.plan.")).length);
    if (stored !== n) throw new Error(`after the pull, the profile stores ${stored} plans, not ${n}`);
    return { push, pull, chunks };
  } finally {
    for (const c of contexts) await c.close();
  }
}

/** The baseline: the same envelopes up and down by plain fetch, in a page of the app's origin with no app running. */
async function plainRound(browser, app, couch, plans, db) {
  await newDatabase(couch, db);
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    await page.goto(`${app}/favicon.svg`);
    return await page.evaluate(async ({ url, db, auth, plans }) => {
      const headers = { authorization: auth, accept: "application/json", "content-type": "application/json" };
      const t0 = performance.now();
      const docs = Object.entries(plans).map(([id, text]) => ({ ...JSON.parse(text), _id: `plan-${id}` }));
      const res = await fetch(`${url}/${db}/_bulk_docs`, { method: "POST", headers, body: JSON.stringify({ docs }) });
      const written = await res.json();
      const t1 = performance.now();
      if (!res.ok || written.some((r) => !r.ok)) throw new Error(`_bulk_docs: ${res.status}`);
      const changes = await fetch(`${url}/${db}/_changes?include_docs=true`, { headers }).then((r) => r.json());
      for (const row of changes.results) {
        const { _id, _rev, ...envelope } = row.doc;
        localStorage.setItem(`cap.bench.${_id}`, JSON.stringify(envelope));
      }
      const t2 = performance.now();
      return { push: t1 - t0, pull: t2 - t1, docs: changes.results.length };
    }, { url: couch.url, db, auth: "Basic " + btoa("ana:pw"), plans });
  } finally {
    await context.close();
  }
}

/** The whole sync part: sizes of the sync module, and BENCH_SYNCS rounds of app and baseline. */
export async function benchSync(browser, { app, appDir, sizes, stats }) {
  const chunk = syncChunk(appDir, sizes);
  log(`sync module: ${chunk.own.file} and ${chunk.shared.length} shared chunk(s), ${(chunk.gzip / 1024).toFixed(1)} KiB gzip`);
  log(`seeding ${PLANS} plans`);
  const plans = await seedPlans(browser, app, PLANS);
  const bytes = Object.values(plans).reduce((n, t) => n + Buffer.byteLength(t), 0);
  const couch = await launch({ users: USERS });
  log(`pouchdb-server on ${couch.url}; ${SYNCS} rounds of ${PLANS} plans`);
  const rounds = [];
  try {
    for (let i = 0; i < SYNCS; i++) {
      // App first on even rounds, the baseline first on odd ones.
      const order = i % 2 ? ["plain", "app"] : ["app", "plain"];
      const round = {};
      for (const which of order) {
        round[which] = which === "app"
          ? await appRound(browser, app, couch, plans, `bench-app-${i}`)
          : await plainRound(browser, app, couch, plans, `bench-plain-${i}`);
      }
      if (round.plain.docs !== PLANS) throw new Error(`the plain pull read ${round.plain.docs} plans, not ${PLANS}`);
      log(`round ${i + 1}: push ${round.app.push.ms.toFixed(0)} ms (plain ${round.plain.push.toFixed(0)}), ` +
        `pull ${round.app.pull.ms.toFixed(0)} ms (plain ${round.plain.pull.toFixed(0)})`);
      rounds.push(round);
    }
  } finally {
    await couch.destroy();
  }
  const libraryChunks = [...new Set(rounds[0].app.chunks)].sort();
  // What the sync module adds to what the library fetches: its files that
  // no other module the library fetched (its own file among libraryChunks) needs.
  const others = Object.entries(chunk.modules)
    .filter(([m, fs]) => m !== "sync" && libraryChunks.includes(fs[0]))
    .flatMap(([, fs]) => fs);
  const added = [chunk.own, ...chunk.shared].filter((f) => !others.includes(f.file));
  chunk.addedToLibrary = { files: added.length, raw: added.reduce((n, f) => n + f.raw, 0), gzip: added.reduce((n, f) => n + f.gzip, 0) };
  return {
    plans: PLANS,
    bytes,
    server: "pouchdb-server (tests/e2e/couch/server.cjs), on disk, 127.0.0.1",
    chunk,
    libraryChunks,
    push: stats(rounds.map((r) => r.app.push.ms)),
    pull: stats(rounds.map((r) => r.app.pull.ms)),
    plainPush: stats(rounds.map((r) => r.plain.push)),
    plainPull: stats(rounds.map((r) => r.plain.pull)),
    rounds: rounds.map((r) => ({ push: r.app.push, pull: r.app.pull, plain: r.plain })),
  };
}
