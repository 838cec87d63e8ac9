// The server process: pouchdb-server (CouchDB's HTTP and replication API, in
// Node), run in this process with the arguments given to this script. With
// CAP_COUCH_PARENT_PIPE=1 it exits as soon as its stdin closes, that is when
// the process that started it ends, even killed: a test run never leaves a
// server behind, and removes the folder named by CAP_COUCH_TEMP_DIR if set.
//   node couch/child.cjs --dir <folder> --host 127.0.0.1 --port <port>
"use strict";

const { rmSync } = require("node:fs");

function orphaned() {
  const dir = process.env.CAP_COUCH_TEMP_DIR;
  if (dir) rmSync(dir, { recursive: true, force: true });
  process.exit(0);
}

if (process.env.CAP_COUCH_PARENT_PIPE === "1") {
  process.stdin.on("end", orphaned);
  process.stdin.on("error", orphaned);
  process.stdin.resume();
}
process.on("SIGTERM", () => process.exit(0));

require("pouchdb-server/lib/index.js");
