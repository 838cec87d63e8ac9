// Named versions of a plan: a consultant freezes the plan "as presented",
// keeps working, sees what changed since, restores the version (and undoes
// that), and sends the version read-only by its link.
import { test, expect, type Page } from "@playwright/test";
import { tid, openLibrary, createPlan, expectSaved, downloadText, importFile } from "./app";

const NN = "\u202f"; // narrow no-break space, before ":" and inside « » in French

/** Sets the plan's total budget on the overview page. */
async function setBudgetTotal(page: Page, amount: string) {
  await page.locator(tid("plan-budget-total")).fill(amount);
  await page.locator(tid("plan-budget-total")).blur();
}

/** One priority objective "more sales", with an orders target, through the strategy wizard. */
async function addObjectiveWithTarget(page: Page, target: string) {
  await page.locator(tid("nav-strategy")).click();
  await page.locator(tid("step-next")).click();
  await page.locator(tid("element-toggle-revenue")).click();
  await page.locator(tid("step-next")).click();
  await page.locator(tid("suggestion-add-more_sales")).click();
  await page.locator(tid("objective-row")).first().locator(tid("objective-smart")).click();
  await expect(page.locator(tid("step-smart"))).toBeVisible();
  if (await page.locator(tid("kpi-row-orders")).count() === 0) await page.locator(tid("add-kpi")).selectOption("orders");
  await page.locator(tid("target-orders")).fill(target);
  await page.locator(tid("target-orders")).blur();
}

async function setOrdersTarget(page: Page, target: string) {
  await page.locator(tid("nav-strategy")).click();
  await page.locator(tid("step-4")).click();
  await page.locator(tid("target-orders")).fill(target);
  await page.locator(tid("target-orders")).blur();
}

/** An action on the timeline. */
async function addAction(page: Page, title: string, start: string, end: string) {
  await page.locator(tid("nav-timeline")).click();
  await page.locator(tid("new-action")).click();
  await page.locator(tid("action-title")).fill(title);
  await page.locator(tid("action-start")).fill(start);
  await page.locator(tid("action-end")).fill(end);
  await page.locator(tid("action-save")).click();
  await expect(page.locator(tid("action-dialog"))).not.toHaveAttribute("open", "");
}

const versions = (page: Page) => page.locator(tid("version-item"));

test("freeze, change, compare, restore, undo, and the version's link opens read-only", async ({ page }) => {
  await openLibrary(page);
  await createPlan(page, "Plan vélo", "Atelier Vélo Léman");
  // A fixed period: a new plan's runs from today, and the action below must
  // stay inside it whatever day the test runs.
  await page.locator(tid("plan-start")).fill("2027-01-01");
  await page.locator(tid("plan-end")).fill("2027-12-31");
  await setBudgetTotal(page, "50'000");
  await addObjectiveWithTarget(page, "35");
  await addAction(page, "Audit SEO", "2027-01-11", "2027-01-29");
  await expectSaved(page);

  // Freeze it under the name offered: today, in words.
  await page.locator(tid("nav-overview")).click();
  await expect(page.locator(tid("versions-empty"))).toContainText("Figez le plan");
  const today = await page.evaluate(() =>
    new Intl.DateTimeFormat("fr-CH", { day: "numeric", month: "long", year: "numeric" }).format(new Date()));
  const offered = `Présenté le ${today}`;
  await expect(page.locator(tid("version-name-input"))).toHaveValue(offered);
  await page.locator(tid("version-freeze")).click();
  await expect(versions(page)).toHaveCount(1);
  await expect(versions(page).first().locator(tid("version-name"))).toHaveText(offered);
  await expect(page.locator(tid("toast")).last()).toContainText(`Version «${NN}${offered}${NN}» enregistrée.`);

  // Keep working: another budget, another target, the action renamed.
  await setBudgetTotal(page, "65'000");
  await setOrdersTarget(page, "40");
  await page.locator(tid("nav-timeline")).click();
  await page.locator(tid("gantt-row")).filter({ hasText: "Audit SEO" }).click();
  await page.locator(tid("action-edit")).click();
  await page.locator(tid("action-title")).fill("Audit SEO complet");
  await page.locator(tid("action-save")).click();
  await expectSaved(page);

  // Compare: the line of counts, then each change with its figures.
  await page.locator(tid("nav-overview")).click();
  await versions(page).first().locator(tid("version-compare")).click();
  const diff = page.locator(tid("version-diff"));
  await expect(diff.locator(tid("version-overview"))).toHaveText("1 changement dans les objectifs, 1 dans le budget, 1 dans les actions");
  await expect(diff.locator("h4")).toHaveText(["Objectifs", "Budget", "Actions"]);
  await expect(diff.locator(tid("version-change"))).toHaveText([
    `Objectif «${NN}Augmenter les ventes et les commandes${NN}», Volume de commandes${NN}: cible 35 → 40 par mois`,
    // Amounts as Intl writes them for fr-CH, whatever its spaces.
    /^Budget total\u202f: 50\s000\.00\sCHF → 65\s000\.00\sCHF$/,
    `Action renommée${NN}: «${NN}Audit SEO${NN}» → «${NN}Audit SEO complet${NN}»`,
  ]);
  // It follows the plan as it is edited.
  await setBudgetTotal(page, "70'000");
  await expect(diff.locator(tid("version-change")).nth(1)).toHaveText(/→ 70\s000\.00\sCHF$/);

  // Restore, after a confirmation: the plan is back as it was frozen.
  await versions(page).first().locator(tid("version-restore")).click();
  await expect(page.locator(tid("confirm-restore-version"))).toContainText("le bouton Annuler, en haut de la page (Ctrl+Z), le ramène");
  await page.locator(`${tid("confirm-restore-version")} ${tid("confirm")}`).click();
  await expect(page.locator(tid("toast")).last()).toContainText(`Version «${NN}${offered}${NN}» restaurée. Le bouton Annuler, en haut de la page (Ctrl+Z), ramène le plan d'avant.`);
  await expect(page.locator(tid("budget-total-display"))).toContainText(/50\s000\.00/);
  await expect(diff.locator(tid("version-overview"))).toHaveText("Aucun changement depuis cette version");
  await expect(diff.locator(tid("version-change"))).toHaveCount(0);
  await page.locator(tid("nav-timeline")).click();
  await expect(page.locator(tid("gantt-row"))).toHaveText([/Audit SEO$/]);
  await page.locator(tid("nav-strategy")).click();
  await page.locator(tid("step-4")).click();
  await expect(page.locator(tid("target-orders"))).toHaveValue("35");

  // Undo, in one step: the changes are back.
  await page.locator(tid("undo")).click();
  await expect(page.locator(tid("target-orders"))).toHaveValue("40");
  await page.locator(tid("nav-overview")).click();
  await expect(page.locator(tid("budget-total-display"))).toContainText(/70\s000\.00/);
  await versions(page).first().locator(tid("version-compare")).click();
  await expect(diff.locator(tid("version-change"))).toHaveCount(3);
  await expectSaved(page);

  // The version's link opens it read-only, as it was, in a new tab.
  const [tab] = await Promise.all([page.waitForEvent("popup"), versions(page).first().locator(tid("version-open")).click()]);
  await expect(tab.locator(tid("share-banner"))).toContainText("lecture seule");
  await expect(tab.locator(tid("report-cover"))).toContainText("Plan vélo");
  await expect(tab.locator(tid("report-timeline"))).toContainText("Audit SEO");
  await expect(tab.locator(tid("report-timeline"))).not.toContainText("Audit SEO complet");
  await tab.close();

  // The same link, to copy from the share dialog.
  await versions(page).first().locator(tid("version-share")).click();
  const dialog = page.locator(tid("version-share-dialog"));
  await expect(dialog).toContainText("Partager cette version par un lien");
  const link = await dialog.locator(tid("share-link")).inputValue();
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/share#cap1\.[A-Za-z0-9_-]+$/);
  expect(link).toBe(new URL(await versions(page).first().locator(tid("version-open")).getAttribute("href") ?? "", page.url()).href);
  await page.keyboard.press("Escape");
  const other = await page.context().newPage();
  await other.goto(link);
  await expect(other.locator(tid("share-banner"))).toContainText("lecture seule");
  await expect(other.locator(tid("report-cover"))).toContainText("Plan vélo");
  await other.close();
});

test("in English: the offered name, names refused beside the field, a second version, reload, and delete after confirmation", async ({ browser }) => {
  const context = await browser.newContext({ locale: "en-GB" });
  const page = await context.newPage();
  await openLibrary(page);
  await createPlan(page, "Bike plan", "");
  await expect(page.locator(tid("versions-empty"))).toContainText("No version yet.");
  await expect(page.locator(tid("version-name-input"))).toHaveValue(/^As presented on \d{1,2} [A-Z][a-z]+ \d{4}$/);

  const input = page.locator(tid("version-name-input"));
  await input.fill("   ");
  await page.locator(tid("version-freeze")).click();
  await expect(page.locator(tid("version-name-error"))).toHaveText("Give this version a name.");
  await input.fill("x".repeat(121));
  await page.locator(tid("version-freeze")).click();
  await expect(page.locator(tid("version-name-error"))).toHaveText("A name takes at most 120 characters; this one has 121.");
  await expect(versions(page)).toHaveCount(0);

  await input.fill("Kick-off");
  await page.locator(tid("version-freeze")).click();
  await expect(page.locator(tid("version-name-error"))).toBeEmpty();
  await expect(versions(page)).toHaveCount(1);
  await setBudgetTotal(page, "12,000");
  await input.fill("  Steering committee  ");
  await page.locator(tid("version-freeze")).click();
  // Newest first, names trimmed, and the field offers today's name again.
  await expect(versions(page).locator(tid("version-name"))).toHaveText(["Steering committee", "Kick-off"]);
  await expect(input).toHaveValue(/^As presented on /);
  await expect(page.locator(tid("versions-count"))).toHaveText("2 versions");
  await versions(page).nth(1).locator(tid("version-compare")).click();
  await expect(page.locator(tid("version-change"))).toHaveText([/^Total budget: CHF\s0\.00 → CHF\s12.000\.00$/]);

  await page.reload();
  await expect(versions(page).locator(tid("version-name"))).toHaveText(["Steering committee", "Kick-off"]);

  // Delete asks first; Escape keeps it.
  await versions(page).first().locator(tid("version-delete")).click();
  await expect(page.locator(tid("confirm-delete-version"))).toContainText("“Steering committee” will be deleted for good");
  await page.keyboard.press("Escape");
  await expect(versions(page)).toHaveCount(2);
  await versions(page).first().locator(tid("version-delete")).click();
  await page.locator(`${tid("confirm-delete-version")} ${tid("confirm")}`).click();
  await expect(versions(page).locator(tid("version-name"))).toHaveText(["Kick-off"]);
  await page.reload();
  await expect(versions(page).locator(tid("version-name"))).toHaveText(["Kick-off"]);
  await context.close();
});

test("a full storage refuses a version, says nothing stored was lost, and changes nothing", async ({ page }) => {
  await openLibrary(page);
  await createPlan(page, "Plan à l'étroit", "");
  await page.locator(tid("version-freeze")).click();
  await expect(versions(page)).toHaveCount(1);
  await expectSaved(page);
  // The plans and their versions (the library's index is a cache, which a full storage may drop).
  const stored = () => page.evaluate(() => Object.fromEntries(Object.keys(localStorage).sort()
    .filter((k) => k.startsWith("cap.plan.") || k.startsWith("cap.versions."))
    .map((k) => [k, localStorage.getItem(k)])));
  const before = await stored();
  expect(Object.keys(before)).toHaveLength(2);

  // From now on the browser refuses every write, as a full quota does.
  await page.evaluate(() => {
    (window as any).realSetItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function () {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    };
  });
  await page.locator(tid("version-name-input")).fill("Deuxième");
  await page.locator(tid("version-freeze")).click();
  await expect(page.locator(tid("version-freeze-error"))).toHaveText(
    `Le stockage du navigateur est plein${NN}: la version n'a pas été enregistrée, et rien de ce qui était déjà enregistré n'a été perdu. ` +
    "Supprimez une version dont vous n'avez plus besoin, ou exportez le plan en .json pour le garder hors du navigateur.");
  await expect(versions(page)).toHaveCount(1);
  await expect(page.locator(tid("version-name-input"))).toHaveValue("Deuxième");
  expect(await stored()).toEqual(before);

  // Room again: the same click stores it.
  await page.evaluate(() => { Storage.prototype.setItem = (window as any).realSetItem; });
  await page.locator(tid("version-freeze")).click();
  await expect(versions(page).locator(tid("version-name"))).toHaveText(["Deuxième", /^Présenté le /]);
  await expect(page.locator(tid("version-freeze-error"))).toBeEmpty();
});

test("a plan's named versions travel in its export and come back with an import", async ({ page }) => {
  await openLibrary(page);
  await createPlan(page, "Plan voyageur", "Client");
  await setBudgetTotal(page, "10000");
  await expectSaved(page);
  await page.locator(tid("version-name-input")).fill("Présenté au client");
  await page.locator(tid("version-freeze")).click();
  await expect(versions(page)).toHaveCount(1);
  await setBudgetTotal(page, "15000");
  await expectSaved(page);

  const exported = await downloadText(page, () => page.locator(tid("export-current")).click());
  const file = JSON.parse(exported.text);
  expect(file.plan.budget.total).toBe(1500000);
  expect(file.versions.map((v: { name: string }) => v.name)).toEqual(["Présenté au client"]);

  await page.locator(tid("nav-plans")).click();
  await importFile(page, "voyageur.json", exported.text);
  await expect(page.locator(tid("import-preview-counts"))).toContainText("1 version nommée");
  await expect(page.locator(tid("import-preview-counts"))).toContainText("0 objectif");
  await page.locator(tid("import-as-new")).click();
  await expect(page.locator(tid("overview"))).toBeVisible();
  await expect(versions(page).locator(tid("version-name"))).toHaveText(["Présenté au client"]);
  // The version is the plan as it was: compared, only the total changed.
  await versions(page).first().locator(tid("version-compare")).click();
  await expect(page.locator(tid("version-change"))).toHaveCount(1);
  await expect(page.locator(tid("version-change"))).toContainText("Budget total");
  expect(Object.keys(await page.evaluate(() => ({ ...localStorage }))).filter((k) => k.startsWith("cap.versions.")).length).toBe(2);
});
