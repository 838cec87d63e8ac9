// The bundle budget: the gzip size of what a first visit downloads (wasm,
// js, css of the release build) must stay within the limit stored in
// tools/bundle-budget.json. Exceeding it fails `make test` with the figures.
//   node tools/bundle-size.mjs [dist]
import { readdir, readFile } from "node:fs/promises";
import { gzipSync } from "node:zlib";
import { join, extname } from "node:path";

const dist = process.argv[2] || "dist";
const { limit_gzip_bytes: limit } = JSON.parse(await readFile(new URL("bundle-budget.json", import.meta.url), "utf8"));
const rows = [];
for (const name of (await readdir(dist)).sort()) {
  if (![".wasm", ".js", ".css"].includes(extname(name)) || name === "sw.js") continue;
  const data = await readFile(join(dist, name));
  rows.push({ name, raw: data.length, gzip: gzipSync(data, { level: 9 }).length });
}
if (!rows.some((r) => r.name.endsWith(".wasm"))) throw new Error(`no .wasm in ${dist}: build first`);
const total = rows.reduce((s, r) => s + r.gzip, 0);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
for (const r of rows) console.log(`  ${r.name.padEnd(40)} ${kb(r.raw).padStart(10)} raw ${kb(r.gzip).padStart(10)} gzip`);
console.log(`bundle: ${kb(total)} gzip, limit ${kb(limit)} (${((100 * total) / limit).toFixed(0)}%)`);
if (total > limit) {
  console.error(`bundle budget exceeded by ${kb(total - limit)}: shrink the bundle, or raise tools/bundle-budget.json with a reason in the commit`);
  process.exit(1);
}
