// Trunk post_build hook: finishes the static site in the staging folder.
//
// 0. Split builds (release, see the Makefile): the page chunks that
//    tools/split/wasm-bindgen made beside wasm-bindgen's output, each
//    through wasm-opt, and their loader, told the main module's hashed name.
// 1. sw.js: the list of files to keep for offline use, and a version made
//    from their content, so a new build is a new service worker that
//    replaces the old cache on the next visit.
// 2. Release builds: a Content-Security-Policy <meta> allowing only the
//    app's own resources. Trunk's loader is an inline module script, allowed
//    by its sha256 hash rather than by 'unsafe-inline'. (Not in debug: the
//    dev server injects its own reload script.)
// 3. 404.html, a copy of index.html: static hosts answer unknown paths with
//    it, so deep links and reloads open the app (history routing).
//
// Plain Node, no dependencies.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";

const staging = process.env.TRUNK_STAGING_DIR;
const release = process.env.TRUNK_PROFILE === "release";
if (!staging) throw new Error("run by Trunk: TRUNK_STAGING_DIR is not set");

async function files(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await files(path)));
    else out.push(path);
  }
  return out;
}

// 0. The split build's chunks. The main module names its loader
// (`cap-split-<digest>.js`); the wrapper left that loader, the chunks and a
// manifest in <target>/wasm-bindgen/<profile>/cap-split/. Anything amiss
// (a loader named but not made, made by another build) fails the build
// rather than shipping a site whose pages cannot load.
let chunks = 0;
let splitLoader; // [name, text] of the split build's loader
const mainJs = (await readdir(staging)).find((n) => /^cap-[0-9a-f]+\.js$/.test(n));
if (mainJs) {
  const js = await readFile(join(staging, mainJs), "utf8");
  const named = js.match(/cap-split-([0-9a-f]{12})\.js/);
  if (named) {
    const target = process.env.CARGO_TARGET_DIR || join(process.env.TRUNK_SOURCE_DIR || ".", "target");
    const dir = join(target, "wasm-bindgen", process.env.TRUNK_PROFILE || "release", "cap-split");
    const manifest = JSON.parse(await readFile(join(dir, "manifest.json"), "utf8"));
    if (manifest.loader !== named[0]) {
      throw new Error(`${mainJs} imports ${named[0]} but ${dir} holds ${manifest.loader}`);
    }
    const loader = await readFile(join(dir, manifest.loader), "utf8");
    if (!loader.includes("./__CAP_MAIN_JS__")) throw new Error(`${manifest.loader} does not import the main module`);
    const loaderText = loader.replaceAll("./__CAP_MAIN_JS__", `./${mainJs}`);
    await writeFile(join(staging, manifest.loader), loaderText);
    splitLoader = [manifest.loader, loaderText];
    for (const chunk of manifest.chunks) {
      // The splitter writes a name subsection wasm-opt does not know (and
      // drops): its warning, once per chunk, is left out of the build log.
      const run = spawnSync("wasm-opt", ["-Oz", `--output=${join(staging, chunk)}`, join(dir, chunk)], { encoding: "utf8" });
      const said = (run.stderr || "").split("\n").filter((l) => l && !/^warning: unknown name subsection/.test(l));
      if (said.length) console.error(said.join("\n"));
      if (run.status !== 0) throw new Error(`wasm-opt failed on ${chunk} (${run.error || `exit ${run.status}`})`);
    }
    chunks = manifest.chunks.length;
  }
}

const sha256 = (data, encoding) => createHash("sha256").update(data).digest(encoding);

// 2. CSP, before anything reads index.html.
const indexPath = join(staging, "index.html");
let html = await readFile(indexPath, "utf8");
if (release) {
  const inline = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)]
    .filter((m) => !/\bsrc=/.test(m[0].slice(0, m[0].indexOf(">"))))
    .map((m) => `'sha256-${sha256(m[1], "base64")}'`);
  const policy = [
    "default-src 'none'",
    `script-src 'self' 'wasm-unsafe-eval' ${inline.join(" ")}`.trim(),
    "style-src 'self'",
    // Leptos sets style="" attributes (bar widths, positions).
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join("; ");
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
  if (!html.includes("<!-- csp -->")) throw new Error("index.html lacks the <!-- csp --> placeholder");
  html = html.replace("<!-- csp -->", meta);
  // The main module imports the split loader: preloaded beside it, it comes
  // in parallel instead of a round trip after the main module is fetched
  // and parsed.
  if (splitLoader) {
    const main = html.match(/<link rel="modulepreload" href="([^"]*)cap-[0-9a-f]+\.js"[^>]*>/);
    if (!main) throw new Error("index.html has no modulepreload of the main module");
    const [name, text] = splitLoader;
    const integrity = `sha384-${createHash("sha384").update(text).digest("base64")}`;
    const link = `<link rel="modulepreload" href="${main[1]}${name}" crossorigin="anonymous" integrity="${integrity}">`;
    html = html.replace(main[0], main[0] + link);
  }
  await writeFile(indexPath, html);
}

// 1. The service worker's file list and version.
const swPath = join(staging, "sw.js");
const all = (await files(staging)).filter((p) => p !== swPath && !p.endsWith("404.html"));
const list = all.map((p) => relative(staging, p).split("\\").join("/")).sort();
const version = createHash("sha256");
for (const p of all.sort()) version.update(p).update(await readFile(p));
const sw = (await readFile(swPath, "utf8"))
  .replace('"__CAP_VERSION__"', JSON.stringify(version.digest("hex").slice(0, 16)))
  .replace('["__CAP_FILES__"]', JSON.stringify(list));
await writeFile(swPath, sw);

// 3. Deep links on static hosts.
await writeFile(join(staging, "404.html"), html);
console.log(`postbuild: ${list.length} files for offline use${chunks ? `, ${chunks} page chunks` : ""}${release ? ", CSP set" : ""}`);
