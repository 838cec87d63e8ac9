// bench/report.mjs's sync part: what bench/sync.mjs measured (web.json's
// `sync`), as rows of the size and large-plan tables and a section of its own.

/** The size table's rows: the sync chunk beside the first visit's total. */
export function syncSizeRows(web, { kib }) {
  const s = web.sync;
  if (!s) return [];
  const inColdLoad = (f) => web.requested.app.some((p) => p.endsWith(`/${f.file}`));
  const where = (files) => {
    const counted = files.filter(inColdLoad).length;
    if (counted === files.length) return "fetched during a cold load, so counted in the total above";
    return counted ? `${counted} of ${files.length} fetched during a cold load and counted above` : "not fetched during a cold load";
  };
  const all = [s.chunk.own, ...s.chunk.shared];
  return [
    [`the sync chunk, \`${s.chunk.own.file}\` (${where([s.chunk.own])})`, kib(s.chunk.own.raw), `**${kib(s.chunk.own.gzip)}**`, "", "", ""],
    [`  with the ${s.chunk.shared.length} shared chunks it needs (${where(all)})`, kib(s.chunk.raw), kib(s.chunk.gzip), "", "", ""],
    ...(s.chunk.addedToLibrary
      ? [[`  of which no other module the library fetches needs (${s.chunk.addedToLibrary.files} files): what the sync code adds to the library's download`, kib(s.chunk.addedToLibrary.raw), kib(s.chunk.addedToLibrary.gzip), "", "", ""]]
      : []),
  ];
}

/** The large-plan table's rows: the sync of N plans, beside the plan open, as a ratio to it. */
export function syncOpenRows(web, { ms, x }) {
  const s = web.sync;
  if (!s) return [];
  const of = (v) => x(v / web.open.median);
  return [
    [`sync ${s.plans} plans up: Connect clicked until "synced" is painted (a profile holding them, an empty database): **${of(s.push.median)} the open**`, s.push.n, ms(s.push.median), ms(s.push.p95), ms(s.push.max)],
    [`sync ${s.plans} plans down: Connect clicked in a fresh profile until "synced" is painted with the ${s.plans} plans listed: **${of(s.pull.median)} the open**`, s.pull.n, ms(s.pull.median), ms(s.pull.p95), ms(s.pull.max)],
  ];
}

/** The section on sync: how it is taken, against the open and against plain fetch of the same documents. */
export function syncSection(web, { kib, ms, x, table }) {
  const s = web.sync;
  if (!s) return "## Sync through CouchDB\n\nNot measured in this run (bench/out/web.json has no `sync`).\n";
  const shared = s.chunk.shared.map((f) => `\`${f.file}\` ${kib(f.gzip)}${f.with.length ? ` (shared with ${f.with.join(", ")})` : ""}`);
  const row = (what, v, plain) => [what, v.n, ms(v.median), ms(v.p95), ms(v.max), x(v.median / web.open.median), plain ? x(v.median / plain.median) : ""];
  return `## Sync through CouchDB

The sync module (src/ui/sync/, a module of its own in the split build) is
\`${s.chunk.own.file}\`, ${kib(s.chunk.own.raw)} / ${kib(s.chunk.own.gzip)} gzip${shared.length ? `, with the shared chunks it needs: ${shared.join(", ")}` : ""};
${kib(s.chunk.gzip)} gzip in all (the files ${s.chunk.loader} names for it). The library page
fetches it to draw its sync panel; a fresh profile's library fetched these wasm files until the panel
showed: ${s.libraryChunks.map((f) => `\`${f}\``).join(", ")}.

${s.plans} plans (copies of the first example as the app stores it, ${kib(s.bytes / s.plans)} each,
${kib(s.bytes)} in all) through ${s.server}, a new database each round; ${s.push.n} rounds,
app and baseline interleaved.

${table(
  ["Figure", "n", "Median", "p95", "Max", "/ plan open (medians)", "/ plain fetch (medians)"],
  [
    row(`up: the app, Connect to "synced"`, s.push, s.plainPush),
    row(`down: the app, Connect to "synced" with ${s.plans} plans listed`, s.pull, s.plainPull),
    row("up: plain fetch, one `_bulk_docs` of the same envelopes", s.plainPush),
    row(`down: plain fetch, \`_changes?include_docs=true\`, then a localStorage.setItem per plan`, s.plainPull),
  ],
)}

- **The app**: the plans are put in a new profile's localStorage, the library
  opened (its panel drawn, its service worker installed), the panel filled
  in; from the Connect click's \`timeStamp\` to the frame painted (a
  requestAnimationFrame, then a MessageChannel task) once the panel's
  \`data-state\` is \`synced\`, checked afterwards: the server holds the
  ${s.plans} plans. Then a fresh profile connects to the same database, to the
  frame painted once it is \`synced\` with the ${s.plans} plans listed (and stored).
- **Plain fetch** (the baseline): in a page of the app's origin with no app
  running, the same envelopes as documents in one \`_bulk_docs\` request
  into another new database, then read back by \`_changes\`: what the server and
  the browser's networking take to move these bytes, whatever the client.
- **/ plan open**: against the large plan's open above (${ms(web.open.median)}), measured in the same run.
`;
}
