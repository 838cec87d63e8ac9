// The sync specs' CouchDB: a pouchdb-server child process per test on a free
// port of 127.0.0.1, with its own folder (couch/server.cjs), set up with an
// admin, the users ana/pw and ben/pw and a database `cap` whose members they
// are. Stopped and its folder removed when the test ends, passed or not; if
// the test runner itself dies, the server sees its stdin close and exits.
// Read as the admin, so assertions see what the server holds.
import { test as base, expect, type BrowserContext, type Page } from "@playwright/test";
import { randomBytes } from "node:crypto";
import { openLibrary } from "./app";
import { launch, freePort } from "../couch/server.cjs";

/** A CouchDB document as the server returns it. */
export type Doc = {
  _id: string;
  _rev: string;
  _conflicts?: string[];
  _deleted?: boolean;
  [field: string]: any;
};

/** The CouchDB document id of a plan (its id as in /plan/<id>). */
export const planDocId = (planId: string) => `plan-${planId}`;

export class Couch {
  /** The database the profiles sync through. */
  readonly db = "cap";
  /** Users that are members of the database, with their passwords. */
  readonly users: Record<string, string> = { ana: "pw", ben: "pw" };

  constructor(private readonly server: any) {}

  /** The server's address as a person types it, e.g. http://127.0.0.1:40123. */
  get url(): string {
    return this.server.url;
  }

  /** Stops the server, as a power cut does; its data stays on disk. */
  stop(): Promise<void> {
    return this.server.stop();
  }

  /** Starts the server again: same port, same data. */
  start(): Promise<void> {
    return this.server.start();
  }

  /** Removes the server and its data (the fixture does it after each test). */
  destroy(): Promise<void> {
    return this.server.destroy();
  }

  /** One HTTP call as the admin; the status and the parsed body. */
  request(method: string, path: string, body?: unknown): Promise<{ status: number; body: any }> {
    return this.server.request(method, path, body);
  }

  /** Adds a user (a member of the database unless `member` is false). */
  addUser(name: string, password: string, member = true): Promise<void> {
    return this.server.addUser(name, password, member ? this.db : undefined);
  }

  /** The database's members from now on (the others lose their access). */
  async setMembers(names: string[]): Promise<void> {
    await this.server.expect([200], "PUT", `/${this.db}/_security`,
      { admins: { names: [], roles: [] }, members: { names, roles: [] } });
  }

  /** CORS on or off, as a server not set up for the site's origin. */
  async setCors(enabled: boolean): Promise<void> {
    await this.server.expect([200], "PUT", "/_config/httpd/enable_cors", enabled ? "true" : "false");
  }

  /** Every document of the database (design documents aside), with its `_conflicts`. */
  async docs(): Promise<Doc[]> {
    const body = await this.server.expect([200], "GET", `/${this.db}/_all_docs?include_docs=true&conflicts=true`);
    return body.rows.map((r: any) => r.doc).filter((d: Doc) => d && !d._id.startsWith("_design/"));
  }

  /** One document (its winning revision), or null when there is none. */
  async doc(id: string, { conflicts = false } = {}): Promise<Doc | null> {
    const res = await this.request("GET", `/${this.db}/${encodeURIComponent(id)}${conflicts ? "?conflicts=true" : ""}`);
    if (res.status === 404) return null;
    if (res.status !== 200) throw new Error(`GET ${id}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  }

  /** A plan's document, with its `_conflicts`, or null. */
  planDoc(planId: string): Promise<Doc | null> {
    return this.doc(planDocId(planId), { conflicts: true });
  }

  /** The leaf revisions of a document that are not deleted: one once every conflict is resolved. */
  async leaves(id: string): Promise<Doc[]> {
    const body = await this.server.expect([200], "GET",
      `/${this.db}/${encodeURIComponent(id)}?open_revs=all`, undefined);
    return body.filter((r: any) => r.ok && !r.ok._deleted).map((r: any) => r.ok);
  }

  /**
   * Writes a revision of `id` as a child of `parentRev` (null: a new root)
   * whatever the tree holds, as replication does (`_bulk_docs` with
   * `new_edits: false`): written beside an existing child, it is a conflict.
   * Returns the new revision.
   */
  async injectRevision(id: string, parentRev: string | null, body: object): Promise<string> {
    const hash = randomBytes(16).toString("hex");
    const [n, parentHash] = parentRev ? parentRev.split("-") : ["0", ""];
    const start = Number(n) + 1;
    const doc = {
      ...body, _id: id, _rev: `${start}-${hash}`,
      _revisions: { start, ids: parentHash ? [hash, parentHash] : [hash] },
    };
    delete (doc as any)._conflicts;
    await this.server.expect([201], "POST", `/${this.db}/_bulk_docs`, { docs: [doc], new_edits: false });
    return doc._rev;
  }
}

/** A port of 127.0.0.1 where nothing listens (a server that is not there). */
export const closedPort = (): Promise<number> => freePort();

type Fixtures = {
  /** This test's server, set up and started. */
  couch: Couch;
  /** Opens a new browser profile (its own storage) on the library, closed after the test. */
  profile: () => Promise<Page>;
};

export const test = base.extend<Fixtures>({
  couch: async ({}, use) => {
    const couch = new Couch(await launch());
    try {
      await use(couch);
    } finally {
      await couch.destroy();
    }
  },
  profile: async ({ browser }, use) => {
    const contexts: BrowserContext[] = [];
    await use(async () => {
      const context = await browser.newContext();
      contexts.push(context);
      const page = await context.newPage();
      await openLibrary(page);
      return page;
    });
    for (const context of contexts) await context.close();
  },
});

export { expect };
