// The sync against a real CouchDB-protocol server (pouchdb-server, couch.ts)
// when things go wrong or grow: each refusal says why; the server stopped in
// the middle of a sync costs nothing and is caught up after its restart; 50
// plans sync with a count; the password never leaves this browser.
import { test, expect, closedPort, planDocId } from "./couch";
import { tid, createPlan, expectSaved, downloadText } from "./app";
import {
  SYNC, connect, connectAs, toLibrary, syncState, syncError, expectState, plansOf, keysHolding, seedPlans,
  recordProgress, progressSeen, shareLinkText, pause, storedPlan, openPanel,
} from "./sync";

// Profiles loading the app and waits on a real server: more than the default minute.
test.describe.configure({ timeout: 120_000 });

test("a server that is not there, a missing database, a user who is not a member, a wrong password: each says why, and nothing is sent", async ({ couch, profile }) => {
  await couch.addUser("eve", "pw", false);
  const ana = await profile();
  await createPlan(ana, "Fleuriste Rose");
  await expectSaved(ana);
  const refused = [
    { account: { url: `http://127.0.0.1:${await closedPort()}`, user: "ana", password: "pw" }, reason: "unreachable" },
    { account: { url: couch.url, db: "nulle-part", user: "ana", password: "pw" }, reason: "database" },
    // CouchDB answers a non-member 403; pouchdb-server answers 401 "You are
    // not authorized to access this db.", while /_session knows the user.
    { account: { url: couch.url, user: "eve", password: "pw" }, reason: "forbidden" },
    { account: { url: couch.url, user: "ana", password: "mauvais" }, reason: "password" },
  ];
  for (const { account, reason } of refused) {
    await connect(ana, account);
    await expect(syncError(ana)).toHaveAttribute("data-reason", reason, { timeout: SYNC });
    await expect(syncError(ana)).toHaveAttribute("role", "alert");
    await expect(syncError(ana)).not.toBeEmpty();
    await expectState(ana, "error");
  }
  expect(await couch.docs()).toEqual([]);

  await connect(ana, { url: couch.url, user: "ana", password: "pw" });
  await expectState(ana, "synced");
  await expect(syncError(ana)).toBeHidden();
  await expect(ana.locator(tid("sync-last"))).not.toBeEmpty();
  await expect.poll(async () => (await couch.docs()).length).toBe(1);
});

test("a server that does not let this site in (CORS) is told apart from one that is not there", async ({ couch, profile }) => {
  await couch.setCors(false);
  const ana = await profile();
  await createPlan(ana, "Garage du Lac");
  await expectSaved(ana);
  await connect(ana, { url: couch.url, user: "ana", password: "pw" });
  await expect(syncError(ana)).toHaveAttribute("data-reason", "cors", { timeout: SYNC });
  expect(await couch.docs()).toEqual([]);

  await couch.setCors(true);
  await connect(ana, { url: couch.url, user: "ana", password: "pw" });
  await expectState(ana, "synced");
  await expect.poll(async () => (await couch.docs()).length).toBe(1);
});

test("the server stopped in the middle of a sync: offline is said, nothing is lost, and it catches up after the restart", async ({ couch, profile }) => {
  test.setTimeout(180_000);
  const ana = await profile();
  const ids = await seedPlans(ana, 30);
  const before = await plansOf(ana);

  // Each request to the server takes a moment, so that the stop falls inside the first sync.
  await ana.context().route((url) => url.href.startsWith(couch.url), async (route) => {
    await pause(250);
    await route.continue().catch(() => {});
  });
  await connect(ana, { url: couch.url, user: "ana", password: "pw" });
  await expectState(ana, "syncing");
  await couch.stop();
  await ana.context().unrouteAll({ behavior: "ignoreErrors" });
  await expectState(ana, "offline");
  expect(await plansOf(ana)).toEqual(before);

  // Work goes on in the browser while the server is away.
  await ana.locator(tid("plan-open")).filter({ hasText: /^\s*Plan 7\s*$/ }).click();
  await ana.locator(tid("plan-client")).fill("Pendant la panne");
  await expectSaved(ana);
  await toLibrary(ana);
  await expectState(ana, "offline");
  await expect(ana.locator(tid("plan-card"))).toHaveCount(30);

  await couch.start();
  await expectState(ana, "synced", 60_000);
  await expect.poll(async () => (await couch.docs()).length, { timeout: SYNC }).toBe(30);
  await expect.poll(async () => (await couch.planDoc(ids[6]))?.plan?.client, { timeout: SYNC }).toBe("Pendant la panne");
  const docs = await couch.docs();
  expect(docs.every((d) => d._conflicts === undefined)).toBe(true);
  const local = await plansOf(ana);
  for (const d of docs) expect(d.plan).toEqual(local[d._id.slice("plan-".length)]);

  // Another profile gets all of it.
  const ben = await profile();
  await connectAs(ben, couch, "ben");
  await expect(ben.locator(tid("plan-card"))).toHaveCount(30, { timeout: SYNC });
  await expect.poll(() => plansOf(ben)).toEqual(local);
});

test("50 plans: the first sync counts them as it goes, and the other profile lists all 50", async ({ couch, profile }) => {
  test.setTimeout(180_000);
  const ana = await profile();
  const ben = await profile();
  for (const p of [ana, ben]) await recordProgress(p);
  await seedPlans(ana, 50);
  await ben.reload();

  await connect(ana, { url: couch.url, user: "ana", password: "pw" });
  await expectState(ana, "synced", 60_000);
  await expect.poll(async () => (await couch.docs()).length).toBe(50);
  await connect(ben, { url: couch.url, user: "ben", password: "pw" });
  await expectState(ben, "synced", 60_000);
  await expect(ben.locator(tid("plan-card"))).toHaveCount(50);
  expect(await plansOf(ben)).toEqual(await plansOf(ana));

  // Sending (Ana) and receiving (Ben), the count went up to 50, never back.
  for (const p of [ana, ben]) {
    const seen = (await progressSeen(p)).filter((s) => s.total === "50");
    expect(seen.length, "the progress line showed a count out of 50").toBeGreaterThan(0);
    expect(seen[0].text).toMatch(/\d+\s*\/\s*50/);
    const done = seen.map((s) => Number(s.done));
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(done.every((n) => n >= 0 && n <= 50)).toBe(true);
  }
});

test("the password stays in this browser: never in an export, a backup, a share link or the server's documents; forgetting the server keeps the plans", async ({ couch, profile }) => {
  const password = "Cleo-7f3a-parole-secrète";
  await couch.addUser("cleo", password);
  const secrets = [password, Buffer.from(`cleo:${password}`).toString("base64")];
  const cleo = await profile();
  const id = await createPlan(cleo, "Hôtel des Alpes", "Alpes SA");
  await expectSaved(cleo);
  await toLibrary(cleo);
  await openPanel(cleo);
  await expect(cleo.locator(tid("sync-url"))).toBeFocused();
  await expect(cleo.locator(tid("sync-password"))).toHaveAttribute("type", "password");
  await connect(cleo, { url: couch.url, user: "cleo", password });
  await expectState(cleo, "synced");
  await expect.poll(async () => (await couch.planDoc(id))?.plan?.name).toBe("Hôtel des Alpes");

  const texts: Record<string, string> = {};
  texts.backup = (await downloadText(cleo, () => cleo.locator(tid("backup-all")).click())).text;
  await cleo.locator(tid("plan-open")).click();
  texts.export = (await downloadText(cleo, () => cleo.locator(tid("export-current")).click())).text;
  await cleo.locator(tid("share-current")).click();
  texts.share = shareLinkText(await cleo.locator(tid("share-link")).inputValue());
  texts.server = JSON.stringify(await couch.docs());
  expect(texts.share).toContain("Hôtel des Alpes");
  for (const [where, text] of Object.entries(texts)) {
    for (const secret of secrets) expect(text, `${where} holds no credentials`).not.toContain(secret);
  }
  // In this browser, only the connection holds it.
  expect(await keysHolding(cleo, password)).toEqual(["cap.sync.connection"]);

  await cleo.keyboard.press("Escape");
  await toLibrary(cleo);
  await cleo.locator(tid("sync-forget")).click();
  await expectState(cleo, "off");
  expect(await keysHolding(cleo, password)).toEqual([]);
  expect(await cleo.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("cap.sync.")))).toEqual([]);
  await cleo.reload();
  await expect(cleo.locator(tid("plan-card"))).toHaveCount(1);
  // No server set: the sync's code is not even fetched until asked for.
  await expect(cleo.locator(tid("sync-setup-open"))).toBeVisible();
  await expect(cleo.locator(tid("sync-panel"))).toHaveCount(0);
  await openPanel(cleo);
  await expectState(cleo, "off");
  await expect(cleo.locator(tid("sync-password"))).toHaveValue("");
  // The server keeps its copy: forgetting is this browser's business.
  expect((await couch.doc(planDocId(id)))?.plan?.name).toBe("Hôtel des Alpes");
});

test("access withdrawn on the server while a plan is open: the plan page says the sync stopped and why, the edit stays here", async ({ couch, profile }) => {
  const ana = await profile();
  const id = await createPlan(ana, "Hôtel des Alpes", "Alpes SA");
  await connectAs(ana, couch, "ana");
  await ana.locator(tid("plan-card")).first().getByRole("link").first().click();
  await expect(ana.locator(tid("overview"))).toBeVisible();
  await couch.setMembers(["ben"]);
  await ana.locator(tid("plan-context")).fill("Rénover les chambres avant l'hiver.");
  await expectSaved(ana);
  const banner = ana.locator(tid("sync-stopped"));
  await expect(banner).toBeVisible({ timeout: SYNC });
  await expect(banner).toContainText("accès");
  expect((await storedPlan(ana, id)).plan.context).toBe("Rénover les chambres avant l'hiver.");
  await banner.getByRole("link").click();
  await expect(syncError(ana)).toHaveAttribute("data-reason", "forbidden");
  await expect(banner).toHaveCount(0);
  // Given back its access, the sync goes on with the edit made meanwhile.
  await couch.setMembers(["ana", "ben"]);
  await ana.locator(tid("sync-connect")).click();
  await expectState(ana, "synced");
  await expect.poll(async () => (await couch.planDoc(id))?.plan?.context, { timeout: SYNC })
    .toBe("Rénover les chambres avant l'hiver.");
});
