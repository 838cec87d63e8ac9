// A CouchDB-protocol server for the sync tests and for trying sync by hand:
// pouchdb-server in a child process on 127.0.0.1, with its own folder (its
// databases, config.json and log.txt), set up as an agency's CouchDB is: an
// admin, one user per person, a database whose _security lists its members.
//
// Run directly (make couch) it serves on 127.0.0.1:5984, in memory, until
// Ctrl-C:
//   node couch/server.cjs [--port 5984] [--origin http://127.0.0.1:8080]...
"use strict";

const { spawn } = require("node:child_process");
const { mkdtempSync, rmSync } = require("node:fs");
const { createServer } = require("node:net");
const { tmpdir } = require("node:os");
const { join } = require("node:path");

const CHILD = join(__dirname, "child.cjs");

/** A free TCP port of 127.0.0.1, as the system hands one out. */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

const basic = (name, password) => "Basic " + Buffer.from(`${name}:${password}`).toString("base64");

class CouchServer {
  /**
   * @param {{ port: number, dir: string, inMemory?: boolean, logs?: boolean,
   *           admin?: { name: string, password: string } }} options
   */
  constructor({ port, dir, inMemory = false, logs = false, admin = { name: "admin", password: "secret" } }) {
    this.port = port;
    this.dir = dir;
    this.inMemory = inMemory;
    this.logs = logs;
    this.admin = admin;
    this.child = null;
    this.stderr = "";
  }

  /** The server's address, without a trailing slash. */
  get url() {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Starts the process (again: same folder, same port) and waits until `GET /` answers. */
  async start() {
    if (this.child) return;
    const args = [CHILD, "--host", "127.0.0.1", "--port", String(this.port), "--dir", this.dir];
    if (this.inMemory) args.push("--in-memory");
    if (!this.logs) args.push("--no-stdout-logs");
    this.stderr = "";
    const child = spawn(process.execPath, args, {
      cwd: this.dir,
      stdio: ["pipe", this.logs ? "inherit" : "ignore", "pipe"],
      env: { ...process.env, CAP_COUCH_PARENT_PIPE: "1", CAP_COUCH_TEMP_DIR: this.dir },
    });
    this.child = child;
    child.stderr.on("data", (d) => { this.stderr = (this.stderr + d).slice(-4000); });
    const exited = new Promise((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
    child.exited = exited;
    const deadline = Date.now() + 30_000;
    for (;;) {
      const gone = await Promise.race([exited, new Promise((r) => setTimeout(() => r(null), 100))]);
      if (gone) {
        this.child = null;
        throw new Error(`pouchdb-server ended before answering (${JSON.stringify(gone)}): ${this.stderr}`);
      }
      try {
        const res = await fetch(this.url + "/");
        if (res.ok) return;
      } catch {
        // Not listening yet.
      }
      if (Date.now() > deadline) {
        await this.stop();
        throw new Error(`pouchdb-server did not answer on ${this.url} within 30 s: ${this.stderr}`);
      }
    }
  }

  /** Stops the process (SIGTERM, SIGKILL after 5 s) and waits until it has exited. */
  async stop() {
    const child = this.child;
    if (!child) return;
    this.child = null;
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
      await child.exited;
      clearTimeout(timer);
    }
  }

  /** Stops the process and removes its folder. */
  async destroy() {
    await this.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }

  /**
   * One HTTP call, as the admin unless `auth` says otherwise (null: anonymous).
   * @returns {Promise<{ status: number, body: any }>}
   */
  async request(method, path, body, auth = this.admin) {
    const headers = { accept: "application/json" };
    if (auth) headers.authorization = basic(auth.name, auth.password);
    if (body !== undefined) headers["content-type"] = "application/json";
    const res = await fetch(this.url + path, {
      method, headers, body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    let parsed = text;
    try { parsed = JSON.parse(text); } catch { /* not JSON: kept as text */ }
    return { status: res.status, body: parsed };
  }

  /** Like `request`, and throws unless the status is one of `ok`. */
  async expect(ok, method, path, body, auth) {
    const res = await this.request(method, path, body, auth);
    if (!ok.includes(res.status)) {
      throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(res.body)}`);
    }
    return res.body;
  }

  /** Adds a user to `_users` (and, when `db` is given, to its members). */
  async addUser(name, password, db) {
    await this.expect([201, 202], "PUT", `/_users/org.couchdb.user:${encodeURIComponent(name)}`,
      { name, password, roles: [], type: "user" });
    if (db) {
      const security = await this.expect([200], "GET", `/${db}/_security`);
      const members = security.members || { names: [], roles: [] };
      members.names = [...new Set([...(members.names || []), name])];
      await this.expect([200], "PUT", `/${db}/_security`, { ...security, members });
    }
  }

  /**
   * Ends the admin party and sets up users and a database whose members they are.
   * @param {{ db: string, users: Record<string, string>, origins?: string[] }} setup
   */
  async setup({ db, users, origins }) {
    await this.expect([200], "PUT", `/_config/admins/${this.admin.name}`, this.admin.password, null);
    if (origins) await this.expect([200], "PUT", "/_config/cors/origins", origins.join(", "));
    await this.expect([201], "PUT", `/${db}`);
    await this.expect([200], "PUT", `/${db}/_security`,
      { admins: { names: [], roles: [] }, members: { names: Object.keys(users), roles: [] } });
    for (const [name, password] of Object.entries(users)) await this.addUser(name, password);
  }
}

/**
 * A started and set up server on a free port (or `port`), in a new folder of
 * the system's temporary folder.
 * @param {{ port?: number, inMemory?: boolean, logs?: boolean, db?: string,
 *           users?: Record<string, string>, origins?: string[] }} [options]
 */
async function launch(options = {}) {
  const { db = "cap", users = { ana: "pw", ben: "pw" }, origins } = options;
  const dir = mkdtempSync(join(tmpdir(), "cap-couch-"));
  const server = new CouchServer({
    port: options.port || (await freePort()), dir, inMemory: options.inMemory, logs: options.logs,
  });
  try {
    await server.start();
    await server.setup({ db, users, origins });
  } catch (e) {
    await server.destroy();
    throw e;
  }
  return server;
}

module.exports = { CouchServer, launch, freePort };

// make couch: a server to try sync by hand with two browsers.
if (require.main === module) {
  const argv = process.argv.slice(2);
  const value = (flag) => argv.filter((_, i) => argv[i - 1] === flag);
  const port = Number(value("--port")[0] || 5984);
  const origins = value("--origin");
  const users = { ana: "pw", ben: "pw" };
  launch({
    port, inMemory: true, logs: true, users,
    origins: origins.length ? origins : ["http://127.0.0.1:8080", "http://localhost:8080"],
  }).then((server) => {
    const quit = () => server.destroy().then(() => process.exit(0));
    process.on("SIGINT", quit);
    process.on("SIGTERM", quit);
    console.log([
      "",
      `CouchDB-protocol server (pouchdb-server, in memory) on ${server.url}`,
      `  database: cap     admin: ${server.admin.name} / ${server.admin.password}`,
      ...Object.entries(users).map(([n, p]) => `  user:     ${n} / ${p}`),
      `  CORS for: ${(origins.length ? origins : ["http://127.0.0.1:8080", "http://localhost:8080"]).join(", ")}`,
      "In Cap's sync panel (My plans): server address, database cap, one user per browser.",
      "Ctrl-C stops it; its data goes with it.",
      "",
    ].join("\n"));
  }, (e) => {
    console.error(e.message);
    process.exit(1);
  });
}
