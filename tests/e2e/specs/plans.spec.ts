// A person creates, edits, reloads, exports, deletes and re-imports plans.
import { test, expect } from "@playwright/test";
import { tid, openLibrary, createPlan, expectSaved, downloadText, importFile, storedPlans } from "./app";

test("a plan created and edited is still there after a reload", async ({ page }) => {
  await openLibrary(page);
  await expect(page.locator(tid("library-empty"))).toBeVisible();
  const id = await createPlan(page, "Plan 2027", "Boulangerie Martin");

  await page.locator(tid("plan-sector")).fill("Commerce de proximité");
  await page.locator(tid("plan-context")).fill("Augmenter les commandes en ligne de 30 %.");
  await page.locator(tid("plan-strategy")).fill("Devenir la référence du quartier.");
  await page.locator(tid("plan-budget-total")).fill("50'000");
  await page.locator(tid("plan-budget-total")).blur();
  await page.locator(tid("plan-start")).fill("2027-01-01");
  await page.locator(tid("plan-end")).fill("2027-12-31");
  await expectSaved(page);

  await page.reload();
  await expect(page.locator(tid("plan-name"))).toHaveValue("Plan 2027");
  await expect(page.locator(tid("plan-client"))).toHaveValue("Boulangerie Martin");
  await expect(page.locator(tid("plan-sector"))).toHaveValue("Commerce de proximité");
  await expect(page.locator(tid("plan-context"))).toHaveValue("Augmenter les commandes en ligne de 30 %.");
  await expect(page.locator(tid("plan-start"))).toHaveValue("2027-01-01");
  await expect(page.locator(tid("plan-end"))).toHaveValue("2027-12-31");
  // CHF 50'000.00 written for the locale by Intl, whatever its exact spaces.
  await expect(page.locator(tid("budget-total-display"))).toContainText(/50.000[.,]00/);
  expect(page.url()).toContain(`/plan/${id}`);

  await page.locator(tid("nav-plans")).click();
  const card = page.locator(tid("plan-card"));
  await expect(card).toHaveCount(1);
  await expect(card.locator(tid("plan-open"))).toHaveText("Plan 2027");
  await expect(card.locator(tid("plan-client"))).toHaveText("Boulangerie Martin");
});

test("export, delete and re-import gives back the identical plan", async ({ page }) => {
  await openLibrary(page);
  await createPlan(page, "Plan export", "Acme");
  await page.locator(tid("plan-context")).fill("Texte avec « guillemets », accents et <b>balises</b>");
  await page.locator(tid("plan-budget-total")).fill("12 500,50");
  await expectSaved(page);

  const first = await downloadText(page, () => page.locator(tid("export-current")).click());
  expect(first.name).toMatch(/^plan-export-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = JSON.parse(first.text);
  expect(exported.format).toBe("cap-plan");
  expect(exported.schema_version).toBe(5);
  expect(exported.plan.budget.total).toBe(1250050);
  expect(first.text).toContain("\n  "); // pretty-printed

  await page.locator(tid("nav-plans")).click();
  await page.locator(tid("plan-delete")).click();
  await page.locator(`${tid("confirm-delete")} ${tid("confirm")}`).click();
  await expect(page.locator(tid("library-empty"))).toBeVisible();

  await importFile(page, first.name, first.text);
  await expect(page.locator(tid("import-preview-name"))).toContainText("Plan export");
  await page.locator(tid("import-as-new")).click();
  await expect(page.locator(tid("plan-context"))).toHaveValue("Texte avec « guillemets », accents et <b>balises</b>");

  const second = await downloadText(page, () => page.locator(tid("export-current")).click());
  expect(JSON.parse(second.text).plan).toEqual(exported.plan);
});

test("delete asks first, then can be undone from the message or the trash", async ({ page }) => {
  await openLibrary(page);
  await createPlan(page, "À garder", "Client A");
  await page.locator(tid("nav-plans")).click();

  await page.locator(tid("plan-delete")).click();
  await page.keyboard.press("Escape"); // changed my mind
  await expect(page.locator(tid("plan-card"))).toHaveCount(1);

  await page.locator(tid("plan-delete")).click();
  await page.locator(`${tid("confirm-delete")} ${tid("confirm")}`).click();
  await expect(page.locator(tid("plan-card"))).toHaveCount(0);
  await page.locator(tid("toast-undo")).click();
  await expect(page.locator(tid("plan-card"))).toHaveCount(1);

  await page.locator(tid("plan-delete")).click();
  await page.locator(`${tid("confirm-delete")} ${tid("confirm")}`).click();
  await page.reload();
  await expect(page.locator(tid("plan-card"))).toHaveCount(0);
  await page.locator(`${tid("trash")} summary`).click();
  await page.locator(tid("trash-restore")).click();
  await expect(page.locator(tid("plan-open"))).toHaveText("À garder");
});

test("rename and duplicate from the library", async ({ page }) => {
  await openLibrary(page);
  await createPlan(page, "Original", "Client");
  await page.locator(tid("nav-plans")).click();

  await page.locator(tid("plan-rename")).click();
  await page.locator(tid("rename-input")).fill("   ");
  await page.locator(tid("rename-save")).click();
  await expect(page.locator(tid("rename-error"))).toContainText("vide");
  await page.locator(tid("rename-input")).fill("Renommé");
  await page.locator(tid("rename-save")).click();
  await expect(page.locator(tid("plan-open"))).toHaveText("Renommé");

  await page.locator(tid("plan-duplicate")).click();
  await expect(page.locator(tid("plan-open"))).toHaveText(["Renommé (copie)", "Renommé"]);
  await page.reload();
  await expect(page.locator(tid("plan-card"))).toHaveCount(2);
});

test("undo and redo with the keyboard and the buttons", async ({ page }) => {
  await openLibrary(page);
  await createPlan(page, "Undo", "");
  const client = page.locator(tid("plan-client"));
  await client.fill("Premier client");
  await page.waitForTimeout(1700); // a pause: the next edit is a new step
  await page.locator(tid("plan-sector")).fill("Tourisme");

  await page.keyboard.press("Control+z");
  await expect(page.locator(tid("plan-sector"))).toHaveValue("");
  await expect(client).toHaveValue("Premier client");
  await page.locator(tid("undo")).click();
  await expect(client).toHaveValue("");
  await page.keyboard.press("Control+Shift+z");
  await expect(client).toHaveValue("Premier client");
  await page.locator(tid("redo")).click();
  await expect(page.locator(tid("plan-sector"))).toHaveValue("Tourisme");
  await expectSaved(page);
  await page.reload();
  await expect(page.locator(tid("plan-sector"))).toHaveValue("Tourisme");
});

test("deep links and reloads land on the same plan and section", async ({ page }) => {
  await openLibrary(page);
  const id = await createPlan(page, "Lien", "");
  await page.goto(`/plan/${id}/strategy/smart`);
  await expect(page.locator(tid("step-smart"))).toBeVisible();
  await expect(page.locator(tid("nav-strategy"))).toHaveAttribute("aria-current", "page");
  await expect(page.locator(tid("nav-overview"))).not.toHaveAttribute("aria-current", "page");
  await expect(page.locator(tid("plan-title"))).toHaveText("Lien");
  await page.reload();
  await expect(page.locator(tid("step-smart"))).toBeVisible();
  await page.goto(`/plan/${id}/timeline`);
  await expect(page.locator(tid("timeline"))).toContainText("Échéancier");
  await page.reload();
  await expect(page.locator(tid("nav-timeline"))).toHaveAttribute("aria-current", "page");
  await page.locator(tid("nav-overview")).click();
  await expect(page.locator(tid("plan-name"))).toHaveValue("Lien");

  await page.goto("/plan/doesnotexist");
  await expect(page.locator(tid("plan-not-found"))).toBeVisible();
  await page.goto("/nowhere/at/all");
  await expect(page.locator("h1")).toContainText("n'existe pas");
  expect(Object.keys(await storedPlans(page))).toHaveLength(1);
});

test("the language follows the browser, can be switched, and is remembered", async ({ browser }) => {
  const en = await browser.newContext({ locale: "en-US" });
  const page = await en.newPage();
  await page.goto("/");
  await expect(page.locator("h1")).toHaveText("My plans");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.locator(tid("lang-fr")).click();
  await expect(page.locator("h1")).toHaveText("Mes plans");
  await page.reload();
  await expect(page.locator("h1")).toHaveText("Mes plans");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await page.locator(tid("lang-en")).click();
  await createPlan(page, "English plan", "");
  await expect(page.locator(tid("nav-strategy"))).toHaveText("Strategy & objectives");
  await en.close();
});
