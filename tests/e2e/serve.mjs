// A static file server for the built app, as a static host serves it:
// files from the folder, and 404.html (the app itself) for any other path,
// so deep links and reloads work. No dependencies.
//   node serve.mjs <dir> <port> [base]
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize } from "node:path";

const [dir = "../../dist", port = "8080", base = "/"] = process.argv.slice(2);
const types = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".wasm": "application/wasm",
  ".css": "text/css", ".svg": "image/svg+xml", ".json": "application/json",
  ".webmanifest": "application/manifest+json", ".png": "image/png",
};

async function file(path) {
  try {
    const s = await stat(path);
    return s.isFile() ? await readFile(path) : null;
  } catch { return null; }
}

createServer(async (req, res) => {
  let path = decodeURIComponent(new URL(req.url, "http://x").pathname);
  if (!path.startsWith(base)) path = base;
  const rel = normalize(path.slice(base.length)).replace(/^(\.\.[/\\])+/, "");
  let body = rel && (await file(join(dir, rel)));
  let type = types[extname(rel)] || "application/octet-stream";
  if (!body) {
    body = await file(join(dir, "404.html"));
    type = types[".html"];
  }
  if (!body) { res.writeHead(404); res.end("not found"); return; }
  res.writeHead(200, { "content-type": type, "cache-control": "no-store" });
  res.end(body);
}).listen(Number(port), "127.0.0.1", () => console.log(`serving ${dir} on http://127.0.0.1:${port}${base}`));
