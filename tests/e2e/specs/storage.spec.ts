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

/** Plans A and B stored, A open on its overview; returns both ids. */
async function twoPlans(page: import("@playwright/test").Page) {
  await openLibrary(page);
  const b = await createPlan(page, "Plan B", "Client B");
  await page.locator(tid("plan-context")).fill("Contenu de B");
  await expectSaved(page);
  await page.locator(".brand .logo").click();
  const a = await createPlan(page, "Plan A", "Client A");
  await page.locator(tid("plan-context")).fill("Avant");
  await expectSaved(page);
  return { a, b };
}

/** Goes to the library and opens `name` from its list, as a person does. */
async function openFromLibrary(page: import("@playwright/test").Page, name: string) {
  await page.locator(".brand .logo").click();
  await page.locator(tid("plan-open"), { hasText: name }).click();
}

test("opening another plan while the open one cannot be saved (storage full) keeps it, and touches neither", async ({ page }) => {
  const { a, b } = await twoPlans(page);
  await page.evaluate(() => {
    (window as any).realSetItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function () {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    };
  });
  await page.locator(tid("plan-context")).fill("Après, non enregistré");
  await expect(page.locator(tid("save-status"))).toContainText("Non enregistré");
  const before = await storedPlans(page);

  await openFromLibrary(page, "Plan B");
  const blocked = page.locator(tid("leave-blocked"));
  await expect(blocked).toContainText("« Plan A » n'est pas enregistré");
  await expect(blocked).toContainText("stockage du navigateur est plein");
  // A stays the open plan, unsaved, with its undo; B was not opened.
  await expect(page.locator(tid("save-status"))).toContainText("Non enregistré");
  await expect(page.locator(tid("plan-title"))).toHaveText("Plan A");
  await expect(page.locator(tid("banner-quota"))).toBeVisible();
  const file = await downloadText(page, () => blocked.locator(tid("leave-blocked-download")).click());
  expect(JSON.parse(file.text).plan.context).toBe("Après, non enregistré");
  expect(JSON.parse(file.text).plan.name).toBe("Plan A");

  await blocked.locator(tid("leave-blocked-back")).click();
  await expect(page).toHaveURL(new RegExp(`/plan/${a}$`));
  await expect(page.locator(tid("plan-context"))).toHaveValue("Après, non enregistré");
  expect(await storedPlans(page)).toEqual(before);

  // Room again: A's edit is saved into A, and B is still B.
  await page.evaluate(() => { Storage.prototype.setItem = (window as any).realSetItem; });
  await page.locator(tid("plan-context")).fill("Après, enregistré");
  await expectSaved(page);
  await openFromLibrary(page, "Plan B");
  await expect(page.locator(tid("plan-context"))).toHaveValue("Contenu de B");
  await expect(page.locator(tid("undo"))).toBeDisabled();
  const stored = await storedPlans(page);
  expect(JSON.parse(stored[`cap.plan.${a}`]).plan.context).toBe("Après, enregistré");
  expect(JSON.parse(stored[`cap.plan.${b}`]).plan.context).toBe("Contenu de B");
});

test("opening another plan during a conflict with another tab waits for my choice; discarding is explicit", async ({ context }) => {
  const page = await context.newPage();
  const { a, b } = await twoPlans(page);
  const other = await context.newPage();
  await other.goto(`/plan/${a}`);
  await other.locator(tid("plan-client")).fill("Écrit dans l'autre onglet");
  await expectSaved(other);
  await other.close();
  await expect(page.locator(tid("banner-conflict"))).toBeVisible();
  await page.locator(tid("plan-sector")).fill("Écrit ici");
  const before = await storedPlans(page);

  await openFromLibrary(page, "Plan B");
  const blocked = page.locator(tid("leave-blocked"));
  await expect(blocked).toContainText("modifié dans un autre onglet");
  await expect(page.locator(tid("banner-conflict"))).toBeVisible();
  expect(await storedPlans(page)).toEqual(before);

  // Discarding this tab's edit is the person's explicit choice: B opens as
  // stored, the conflict is gone with A, and A keeps the other tab's text.
  await blocked.locator(tid("leave-blocked-discard")).click();
  await expect(page).toHaveURL(new RegExp(`/plan/${b}$`));
  await expect(page.locator(tid("plan-context"))).toHaveValue("Contenu de B");
  await expect(page.locator(tid("banner-conflict"))).toBeHidden();
  await expect(page.locator(tid("undo"))).toBeDisabled();
  await expectSaved(page);
  const stored = await storedPlans(page);
  expect(JSON.parse(stored[`cap.plan.${a}`]).plan.client).toBe("Écrit dans l'autre onglet");
  expect(JSON.parse(stored[`cap.plan.${a}`]).plan.sector).toBe("");
  expect(JSON.parse(stored[`cap.plan.${b}`]).plan.context).toBe("Contenu de B");
  expect(JSON.parse(stored[`cap.plan.${b}`]).plan.client).toBe("Client B");
});

test("a browser whose storage throws on every read starts in memory and says so", async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.getItem = function () {
      throw new DOMException("Access is denied for this document.", "SecurityError");
    };
  });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto("/");
  await expect(page.locator(tid("banner-storage"))).toBeVisible();
  await createPlan(page, "Sans stockage", "");
  await page.locator(tid("plan-sector")).fill("Gardé en mémoire");
  await expect(page.locator(tid("save-status"))).toContainText("indisponible");
  expect(errors).toEqual([]);
});

test("a new plan made while storage is already full is kept open in memory, and saved once there is room", async ({ page }) => {
  await openLibrary(page);
  await page.evaluate(() => {
    (window as any).realSetItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function () {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    };
  });
  const id = await createPlan(page, "Nouveau, plein", "Client");
  await expect(page.locator(tid("save-status"))).toContainText("Non enregistré");
  await expect(page.locator(tid("banner-quota"))).toBeVisible();
  await page.locator(tid("plan-context")).fill("Écrit sans place");
  expect(await storedPlans(page)).toEqual({});

  await page.evaluate(() => { Storage.prototype.setItem = (window as any).realSetItem; });
  await page.locator(tid("plan-context")).fill("Écrit, puis enregistré");
  await expectSaved(page);
  const stored = await storedPlans(page);
  expect(JSON.parse(stored[`cap.plan.${id}`]).plan.context).toBe("Écrit, puis enregistré");
  expect(JSON.parse(stored[`cap.plan.${id}`]).plan.client).toBe("Client");
});
