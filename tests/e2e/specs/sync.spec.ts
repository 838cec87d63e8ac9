// Two browser profiles (two people, or one person's two computers) sync their
// plans through one CouchDB database (pouchdb-server here, couch.ts): a plan
// made in one appears in the other; edits made offline on both sides are
// merged when they touch different things, and asked about when they touch
// the same budget cell; a conflict already on the server (as replication
// between offices leaves) is resolved to one revision without losing a field.
import { type Page } from "@playwright/test";
import { test, expect, planDocId, type Couch } from "./couch";
import { tid, createPlan, expectSaved } from "./app";
import {
  SYNC, connectAs, toLibrary, syncState, expectState, storedPlan, conflictDialog, minor,
} from "./sync";

// Profiles loading the app and waits on a real server: more than the default minute.
test.describe.configure({ timeout: 120_000 });

/** The objective titles, in their order on screen. */
async function expectTitles(page: Page, expected: string[]) {
  await expect.poll(() => page.locator(tid("objective-title"))
    .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value)), { timeout: SYNC }).toEqual(expected);
}

/** A budget cell's amount on screen, in minor units. */
const cell = async (page: Page, r: number, h: number) => minor(await page.locator(tid(`cell-${r}-${h}`)).inputValue());

/** The plan as the server holds it (its winning revision), or undefined. */
/** Ana's new plan "Cabinet Dupont", synced: its id and its document on the server. */
async function syncedPlan(couch: Couch, ana: Page) {
  const id = await createPlan(ana, "Cabinet Dupont", "Dupont");
  await expectSaved(ana);
  await connectAs(ana, couch, "ana");
  await expect.poll(async () => (await serverPlan(couch, id))?.name).toBe("Cabinet Dupont");
  return { ana, id, synced: (await couch.planDoc(id))! };
}

async function serverPlan(couch: Couch, id: string) {
  return (await couch.planDoc(id))?.plan;
}

test("a plan made in one profile appears in the other, and an edit in either follows in the other", async ({ couch, profile }) => {
  const ana = await profile();
  const ben = await profile();
  const id = await createPlan(ana, "Boulangerie Martin", "Martin SA");
  await expectSaved(ana);
  await connectAs(ana, couch, "ana");
  await expect.poll(async () => (await serverPlan(couch, id))?.name).toBe("Boulangerie Martin");

  await connectAs(ben, couch, "ben");
  await expect(ben.locator(tid("plan-open"))).toHaveText(["Boulangerie Martin"]);

  // A plan made while the other profile is open comes to it without a reload.
  await toLibrary(ana);
  const second = await createPlan(ana, "Garage du Lac", "Lac SA");
  await expect(ben.locator(tid("plan-card"))).toHaveCount(2, { timeout: SYNC });
  await expect(ben.locator(tid("plan-open")).filter({ hasText: "Garage du Lac" })).toHaveCount(1);

  // Ben edits the first plan; Ana, who has it open, sees his edit.
  await toLibrary(ana);
  await ana.locator(tid("plan-open")).filter({ hasText: "Boulangerie Martin" }).click();
  await ben.locator(tid("plan-open")).filter({ hasText: "Boulangerie Martin" }).click();
  await ben.locator(tid("plan-client")).fill("Martin & Fils");
  await expectSaved(ben);
  await expect(ana.locator(tid("plan-client"))).toHaveValue("Martin & Fils", { timeout: SYNC });

  // One text of each plan, the same in both profiles and on the server.
  await expect.poll(async () => (await serverPlan(couch, id))?.client).toBe("Martin & Fils");
  for (const planId of [id, second]) {
    const doc = (await couch.planDoc(planId))!;
    expect(doc._conflicts).toBeUndefined();
    await expect.poll(async () => (await storedPlan(ana, planId))?.plan).toEqual(doc.plan);
    await expect.poll(async () => (await storedPlan(ben, planId))?.plan).toEqual(doc.plan);
  }
  expect((await couch.docs()).map((d) => d._id).sort()).toEqual([planDocId(id), planDocId(second)].sort());
});

test("both profiles edit different objectives offline: reconnected, both edits are kept and nothing is asked", async ({ couch, profile }) => {
  const ana = await profile();
  const ben = await profile();
  const id = await createPlan(ana, "Atelier Vélo", "Vélo Léman");
  await ana.goto(`/plan/${id}/strategy/objectives`);
  for (const title of ["Vendre en ligne", "Fidéliser les clients"]) {
    await ana.locator(tid("new-objective")).fill(title);
    await ana.locator(tid("new-objective-add")).click();
  }
  await expectTitles(ana, ["Vendre en ligne", "Fidéliser les clients"]);
  await expectSaved(ana);
  await connectAs(ana, couch, "ana");
  await connectAs(ben, couch, "ben");
  await expect(ben.locator(tid("plan-card"))).toHaveCount(1);
  for (const p of [ana, ben]) await p.goto(`/plan/${id}/strategy/objectives`);
  await expectTitles(ben, ["Vendre en ligne", "Fidéliser les clients"]);

  // Both offline, each edits one objective.
  for (const p of [ana, ben]) await p.context().setOffline(true);
  await ana.locator(tid("objective-title")).nth(0).fill("Vendre 30 % de plus en ligne");
  await ben.locator(tid("objective-title")).nth(1).fill("Fidéliser les clients de l'atelier");
  for (const p of [ana, ben]) {
    await expectSaved(p);
    await toLibrary(p);
    await expectState(p, "offline");
  }
  expect((await serverPlan(couch, id)).objectives.map((o: any) => o.title)).toEqual(["Vendre en ligne", "Fidéliser les clients"]);

  // Ana back first: her edit reaches the server; then Ben's is merged with it.
  await ana.context().setOffline(false);
  await expectState(ana, "synced");
  await expect.poll(async () => (await serverPlan(couch, id)).objectives.map((o: any) => o.title))
    .toEqual(["Vendre 30 % de plus en ligne", "Fidéliser les clients"]);
  await ben.context().setOffline(false);
  await expectState(ben, "synced");
  const both = ["Vendre 30 % de plus en ligne", "Fidéliser les clients de l'atelier"];
  await expect.poll(async () => (await serverPlan(couch, id)).objectives.map((o: any) => o.title), { timeout: SYNC }).toEqual(both);

  for (const p of [ana, ben]) {
    await p.goto(`/plan/${id}/strategy/objectives`);
    await expectTitles(p, both);
    await expect(conflictDialog(p)).toHaveCount(0);
  }
  expect((await couch.planDoc(id))!._conflicts).toBeUndefined();
  expect(await couch.leaves(planDocId(id))).toHaveLength(1);
});

/** A plan with a CHF 50'000 budget and the usual lines, synced to both profiles, both on its budget page. */
async function sharedBudget(couch: Couch, ana: Page, ben: Page) {
  const id = await createPlan(ana, "Budget partagé", "Atelier Vélo");
  await ana.locator(tid("nav-budget")).click();
  await ana.locator(tid("budget-total")).fill("50'000");
  await ana.locator(tid("budget-total")).blur();
  await ana.locator(tid("budget-add-usual")).click();
  await expect(ana.locator(tid("budget-row"))).toHaveCount(9);
  await expectSaved(ana);
  await connectAs(ana, couch, "ana");
  await connectAs(ben, couch, "ben");
  await expect(ben.locator(tid("plan-card"))).toHaveCount(1);
  for (const p of [ana, ben]) {
    await p.goto(`/plan/${id}/budget`);
    await expect(p.locator(tid("budget-row"))).toHaveCount(9);
  }
  return id;
}

/** Types an amount in a budget cell and leaves it. */
async function typeCell(page: Page, r: number, h: number, amount: string) {
  await page.locator(tid(`cell-${r}-${h}`)).fill(amount);
  await page.locator(tid(`cell-${r}-${h}`)).blur();
  await expectSaved(page);
}

test("both profiles change the same budget cell offline: the choice is asked, and everyone ends on one revision", async ({ couch, profile }) => {
  const ana = await profile();
  const ben = await profile();
  const id = await sharedBudget(couch, ana, ben);

  for (const p of [ana, ben]) await p.context().setOffline(true);
  await typeCell(ana, 0, 0, "1000");
  await typeCell(ben, 0, 0, "2000");
  await ana.context().setOffline(false);
  await expect.poll(async () => (await serverPlan(couch, id)).budget.lines[0].amounts[0], { timeout: SYNC }).toBe(100_000);

  // Ben reconnects on the budget page: the question comes to him, not to Ana.
  await ben.context().setOffline(false);
  const dialog = conflictDialog(ben);
  await expect(dialog).toBeVisible({ timeout: SYNC });
  const item = dialog.locator(tid("sync-conflict-item"));
  await expect(item).toHaveCount(1);
  await expect(item.locator('[data-side="mine"]')).toHaveCount(1);
  await expect(item.locator('[data-side="theirs"]')).toHaveCount(1);
  await expect(item).toContainText(/2\D?000/);
  await expect(item).toContainText(/1\D?000/);
  await expect(conflictDialog(ana)).toHaveCount(0);
  await item.locator('[data-side="mine"]').check();
  await dialog.locator(tid("sync-conflict-apply")).click();
  await expect(dialog).toBeHidden();
  expect(await cell(ben, 0, 0)).toBe(200_000);

  // Ben's choice reaches the server and Ana's open page; one revision is left.
  await expect.poll(async () => (await serverPlan(couch, id)).budget.lines[0].amounts[0], { timeout: SYNC }).toBe(200_000);
  await expect.poll(() => cell(ana, 0, 0), { timeout: SYNC }).toBe(200_000);
  const doc = (await couch.planDoc(id))!;
  expect(doc._conflicts).toBeUndefined();
  expect(await couch.leaves(planDocId(id))).toHaveLength(1);
  await expect.poll(async () => (await storedPlan(ana, id))?.plan).toEqual(doc.plan);
  await expect.poll(async () => (await storedPlan(ben, id))?.plan).toEqual(doc.plan);
  for (const p of [ana, ben]) {
    await toLibrary(p);
    await expectState(p, "synced");
  }
});

test("a choice that would take the budget above its total is said, and cannot be applied", async ({ couch, profile }) => {
  const ana = await profile();
  const ben = await profile();
  const id = await sharedBudget(couch, ana, ben);

  // Each side fits the CHF 50'000 total (40'000), but Ana's first line
  // beside Ben's second would make 60'000.
  for (const p of [ana, ben]) await p.context().setOffline(true);
  await typeCell(ana, 0, 0, "30000");
  await typeCell(ana, 1, 0, "10000");
  await typeCell(ben, 0, 0, "10000");
  await typeCell(ben, 1, 0, "30000");
  await ana.context().setOffline(false);
  await expect.poll(async () => (await serverPlan(couch, id)).budget.lines[0].amounts[0], { timeout: SYNC }).toBe(3_000_000);
  await ben.context().setOffline(false);

  const dialog = conflictDialog(ben);
  await expect(dialog).toBeVisible({ timeout: SYNC });
  const items = dialog.locator(tid("sync-conflict-item"));
  await expect(items).toHaveCount(2);
  await items.nth(0).locator('[data-side="theirs"]').check();
  await items.nth(1).locator('[data-side="mine"]').check();
  await expect(dialog.locator(tid("sync-conflict-budget"))).toBeVisible();
  await expect(dialog.locator(tid("sync-conflict-budget"))).toContainText(/60\D?000/);
  await expect(dialog.locator(tid("sync-conflict-apply"))).toBeDisabled();
  await items.nth(0).locator('[data-side="mine"]').check();
  await expect(dialog.locator(tid("sync-conflict-budget"))).toBeHidden();
  await dialog.locator(tid("sync-conflict-apply")).click();
  await expect(dialog).toBeHidden();

  await expect.poll(async () => (await serverPlan(couch, id)).budget.lines.slice(0, 2).map((l: any) => l.amounts[0]), { timeout: SYNC })
    .toEqual([1_000_000, 3_000_000]);
  await expect.poll(async () => [await cell(ana, 0, 0), await cell(ana, 1, 0)], { timeout: SYNC }).toEqual([1_000_000, 3_000_000]);
  expect((await couch.planDoc(id))!._conflicts).toBeUndefined();
});

test("a conflict already on the server (two revisions of one plan) is resolved: one leaf revision, no field lost", async ({ couch, profile }) => {
  const { ana, id, synced } = await syncedPlan(couch, await profile());

  // Ana works offline on the sector; meanwhile two offices' replicas wrote
  // two children of the revision she has, each changing another field.
  await ana.locator(tid("plan-open")).click();
  await ana.context().setOffline(true);
  await ana.locator(tid("plan-sector")).fill("Conseil juridique");
  await expectSaved(ana);
  const { _id, _rev, ...body } = synced;
  const later = new Date().toISOString();
  await couch.injectRevision(_id, _rev, { ...body, saved_at: later, plan: { ...body.plan, client: "Dupont & Fils" } });
  await couch.injectRevision(_id, _rev, { ...body, saved_at: later, plan: { ...body.plan, context: "Ouvrir un second bureau à Lausanne." } });
  expect((await couch.planDoc(id))!._conflicts).toHaveLength(1);

  await ana.context().setOffline(false);
  await expect.poll(async () => (await couch.leaves(planDocId(id))).length, { timeout: SYNC }).toBe(1);
  const doc = (await couch.planDoc(id))!;
  expect(doc._conflicts).toBeUndefined();
  expect(doc.plan).toMatchObject({
    name: "Cabinet Dupont", client: "Dupont & Fils", sector: "Conseil juridique", context: "Ouvrir un second bureau à Lausanne.",
  });
  await expect(ana.locator(tid("plan-client"))).toHaveValue("Dupont & Fils", { timeout: SYNC });
  await expect(ana.locator(tid("plan-context"))).toHaveValue("Ouvrir un second bureau à Lausanne.");
  await expect(ana.locator(tid("plan-sector"))).toHaveValue("Conseil juridique");
  await expect(conflictDialog(ana)).toHaveCount(0);
  await expect.poll(async () => (await storedPlan(ana, id))?.plan).toEqual(doc.plan);
  await toLibrary(ana);
  await expectState(ana, "synced");
  await expect(syncState(ana)).not.toBeEmpty();
});

test("two revisions on the server that changed the same field: the choice is asked once, and the database ends on one revision", async ({ couch, profile }) => {
  const { ana, id, synced } = await syncedPlan(couch, await profile());
  await ana.locator(tid("plan-open")).click();

  // Two offices' replicas renamed the client differently, from the revision Ana has.
  await ana.context().setOffline(true);
  const { _id, _rev, ...body } = synced;
  const later = new Date().toISOString();
  await couch.injectRevision(_id, _rev, { ...body, saved_at: later, plan: { ...body.plan, client: "Dupont & Fils" } });
  await couch.injectRevision(_id, _rev, { ...body, saved_at: later, plan: { ...body.plan, client: "Dupont Associés" } });
  expect((await couch.planDoc(id))!._conflicts).toHaveLength(1);
  await ana.context().setOffline(false);

  const dialog = conflictDialog(ana);
  await expect(dialog).toBeVisible({ timeout: SYNC });
  const item = dialog.locator(tid("sync-conflict-item"));
  await expect(item).toHaveCount(1);
  await expect(item).toContainText("Dupont & Fils");
  await expect(item).toContainText("Dupont Associés");
  await item.locator('[data-side="theirs"]').check();
  await dialog.locator(tid("sync-conflict-apply")).click();
  await expect(dialog).toHaveCount(0);

  await expect.poll(async () => (await couch.leaves(planDocId(id))).length, { timeout: SYNC }).toBe(1);
  const doc = (await couch.planDoc(id))!;
  expect(doc._conflicts).toBeUndefined();
  await expect(ana.locator(tid("plan-client"))).toHaveValue(doc.plan.client);
  expect(["Dupont & Fils", "Dupont Associés"]).toContain(doc.plan.client);
  await expect.poll(async () => (await storedPlan(ana, id))?.plan).toEqual(doc.plan);
  // Asked once: nothing waits any more.
  await toLibrary(ana);
  await expectState(ana, "synced");
  await expect(ana.locator(tid("sync-pending"))).toHaveCount(0);
});
