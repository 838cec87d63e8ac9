// Storage faults: corrupt data, a full quota, no storage at all, another tab.
import { test, expect } from "@playwright/test";
import { tid, openLibrary, createPlan, expectSaved, downloadText, storedPlans } from "./app";

test("a corrupt stored plan is reported, backed up and never overwritten", async ({ page }) => {
  const raw = '{"format":"cap-plan","schema_version":1,"plan":{"name":"Cass';
  await page.addInitScript((raw) => {
    if (!localStorage.getItem("cap.plan.broken")) localStorage.setItem("cap.plan.broken", raw);
  }, raw);
  await openLibrary(page);
  const card = page.locator(tid("plan-unreadable"));
  await expect(card).toContainText("Plan illisible");
  await expect(card).toContainText("pas du JSON valide");
  expect(await page.evaluate(() => localStorage.getItem("cap.backup.broken"))).toBe(raw);

  const backup = await downloadText(page, () => card.locator(tid("download-backup")).click());
  expect(backup.text).toBe(raw);

  // The rest of the app works, and the broken text stays untouched.
  await createPlan(page, "Nouveau", "");
  await expectSaved(page);
  await page.goto("/plan/broken");
  await expect(page.locator(tid("plan-unreadable-page"))).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem("cap.plan.broken"))).toBe(raw);
});

test("a plan from a newer version of the app is listed as unreadable, not guessed", async ({ page }) => {
  await page.addInitScript(() => {
    localStorage.setItem("cap.plan.future", JSON.stringify({ format: "cap-plan", schema_version: 42, plan: { name: "Futur" } }));
  });
  await openLibrary(page);
  await expect(page.locator(tid("plan-unreadable"))).toContainText("version plus récente");
});

test("a full storage keeps the plan in memory, says so, and export still works", async ({ page }) => {
  await openLibrary(page);
  await createPlan(page, "Quota", "Client");
  await page.locator(tid("plan-context")).fill("Avant");
  await expectSaved(page);
  const before = await storedPlans(page);

  // From now on the browser refuses every write, as a full quota does.
  await page.evaluate(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    };
  });
  await page.locator(tid("plan-context")).fill("Après, non enregistré");
  await expect(page.locator(tid("save-status"))).toContainText("Non enregistré");
  await expect(page.locator(tid("save-status"))).toContainText("plein");
  await expect(page.locator(tid("banner-quota"))).toBeVisible();
  expect(await storedPlans(page)).toEqual(before);

  const exported = await downloadText(page, () => page.locator(tid("export-current")).click());
  expect(JSON.parse(exported.text).plan.context).toBe("Après, non enregistré");
});

test("without storage (private mode) the app still works in memory and says so", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, "localStorage", {
      get() { throw new DOMException("The operation is insecure.", "SecurityError"); },
    });
  });
  await page.goto("/");
  await expect(page.locator(tid("banner-storage"))).toBeVisible();
  await createPlan(page, "En mémoire", "");
  await page.locator(tid("plan-sector")).fill("Test");
  await expect(page.locator(tid("save-status"))).toContainText("indisponible");
  const exported = await downloadText(page, () => page.locator(tid("export-current")).click());
  expect(JSON.parse(exported.text).plan.sector).toBe("Test");
});

test("a plan changed in another tab is noticed, and nothing is overwritten until I choose", async ({ context }) => {
  const a = await context.newPage();
  await openLibrary(a);
  const id = await createPlan(a, "Partagé", "Client");
  await expectSaved(a);
  const b = await context.newPage();
  await b.goto(`/plan/${id}`);
  await b.locator(tid("plan-client")).fill("Écrit dans l'onglet B");
  await expectSaved(b);

  await expect(a.locator(tid("banner-conflict"))).toBeVisible();
  await a.locator(tid("plan-sector")).fill("Écrit dans l'onglet A");
  await a.waitForTimeout(800);
  const stored = await storedPlans(a);
  expect(JSON.parse(stored[`cap.plan.${id}`]).plan.client).toBe("Écrit dans l'onglet B");
  expect(JSON.parse(stored[`cap.plan.${id}`]).plan.sector).toBe("");

  await a.locator(tid("conflict-load-theirs")).click();
  await expect(a.locator(tid("plan-client"))).toHaveValue("Écrit dans l'onglet B");
  await expect(a.locator(tid("banner-conflict"))).toBeHidden();
  // Undo brings back what A had, and that is then saved normally.
  await a.keyboard.press("Control+z");
  await expect(a.locator(tid("plan-sector"))).toHaveValue("Écrit dans l'onglet A");
  await expectSaved(a);
});

test("keeping my version in a conflict saves it over the other tab's", async ({ context }) => {
  const a = await context.newPage();
  await openLibrary(a);
  const id = await createPlan(a, "Partagé 2", "");
  await expectSaved(a);
  const b = await context.newPage();
  await b.goto(`/plan/${id}`);
  await b.locator(tid("plan-client")).fill("B");
  await expectSaved(b);
  await expect(a.locator(tid("banner-conflict"))).toBeVisible();
  await a.locator(tid("plan-client")).fill("A");
  await a.locator(tid("conflict-keep-mine")).click();
  await expectSaved(a);
  const stored = await storedPlans(a);
  expect(JSON.parse(stored[`cap.plan.${id}`]).plan.client).toBe("A");
  await expect(b.locator(tid("banner-conflict"))).toBeVisible();
});
