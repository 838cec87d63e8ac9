// The bundle budget. Two limits, stored in tools/bundle-budget.json, both
// gzip sizes of the release build's wasm, js and css:
// - limit_gzip_bytes: what a first visit downloads (the library page): the
//   main module, its js and the chunk loader, and the css; the page chunks
//   (split_*.wasm, chunk_*.wasm) are fetched only when a page first opens;
// - limit_total_gzip_bytes: everything, chunks included, so code moved out
//   of the first visit cannot grow unwatched.
// Exceeding either fails `make test` with the figures.
//   node tools/bundle-size.mjs [dist]
import { readdir, readFile } from "node:fs/promises";
import { gzipSync } from "node:zlib";
import { join, extname } from "node:path";

const dist = process.argv[2] || "dist";
const budget = JSON.parse(await readFile(new URL("bundle-budget.json", import.meta.url), "utf8"));
const isChunk = (name) => /^(split|chunk)_.*\.wasm$/.test(name);
const rows = [];
for (const name of (await readdir(dist)).sort()) {
  if (![".wasm", ".js", ".css"].includes(extname(name)) || name === "sw.js") continue;
  const data = await readFile(join(dist, name));
  rows.push({ name, raw: data.length, gzip: gzipSync(data, { level: 9 }).length, chunk: isChunk(name) });
}
if (!rows.some((r) => r.name.endsWith(".wasm") && !r.chunk)) throw new Error(`no main .wasm in ${dist}: build first`);
const first = rows.filter((r) => !r.chunk).reduce((s, r) => s + r.gzip, 0);
const total = rows.reduce((s, r) => s + r.gzip, 0);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
for (const r of rows) {
  console.log(`  ${(r.chunk ? "  " : "") + r.name}`.padEnd(44) + `${kb(r.raw).padStart(10)} raw ${kb(r.gzip).padStart(10)} gzip`);
}
const checks = [
  ["first visit", first, budget.limit_gzip_bytes],
  ["all files, chunks included", total, budget.limit_total_gzip_bytes],
];
let failed = false;
for (const [what, size, limit] of checks) {
  if (!Number.isInteger(limit)) throw new Error(`tools/bundle-budget.json: no limit for ${what}`);
  console.log(`bundle, ${what}: ${kb(size)} gzip, limit ${kb(limit)} (${((100 * size) / limit).toFixed(0)}%)`);
  if (size > limit) {
    console.error(`bundle budget (${what}) exceeded by ${kb(size - limit)}: shrink the bundle, or raise tools/bundle-budget.json with a reason in the commit`);
    failed = true;
  }
}
if (failed) process.exit(1);
