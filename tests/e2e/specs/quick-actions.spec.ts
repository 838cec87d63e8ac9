// Building actions quickly (issue 34, points 1, 2 and 5): an action made
// from a budget line takes what the line knows; a line chosen in the form
// fills what is still at its default; duplicating a month later; a typical
// action from the templates; the lines × objectives matrix. Each is undone
// in one step, and each flow's interactions are counted (the goal:
// a whole plan in 200 or fewer).
import { test, expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { tid, openLibrary, importFile, envelope, minimalPlan, expectSaved } from "./app";

const ADS = "Publicité sur les moteurs";
const EMAIL = "Emailing";

/** A 2027 plan with three objectives and three lines, opened on `page`. */
async function openPlan(page: Page, actions: object[] = []) {
  await openLibrary(page);
  const plan = minimalPlan({
    name: "Actions rapides",
    objectives: [
      { id: 1, title: "Notoriété locale", rank: "priority" },
      { id: 2, title: "Ventes en ligne", rank: "priority" },
      { id: 3, title: "Fidélisation", rank: "secondary" },
    ],
    budget: {
      total: 2000000,
      lines: [
        { id: 10, channel: { kind: "catalogue", value: "search_ads" }, amounts: [0, 0, 600000], delivery: "consultant" },
        { id: 11, channel: { kind: "catalogue", value: "emailing" }, amounts: [0, 300000, 0] },
        { id: 12, channel: { kind: "catalogue", value: "social_organic" }, amounts: [100000, 0, 0], objectives: [1] },
      ],
    },
    actions,
    next_id: 40,
  });
  await importFile(page, "rapide.json", envelope(plan, 4));
  await page.locator(tid("import-as-new")).click();
}

/** Counts what a person does: each click, fill or key press is one. */
class Count {
  n = 0;
  async click(l: ReturnType<Page["locator"]>) { this.n++; await l.click(); }
  async fill(l: ReturnType<Page["locator"]>, v: string) { this.n++; await l.fill(v); }
  async check(l: ReturnType<Page["locator"]>) { this.n++; await l.check(); }
  async press(p: Page, key: string) { this.n++; await p.keyboard.press(key); }
}

const undo = (page: Page) => page.locator(tid("undo")).click();

/** The budget table's row of the line named `name`. */
const budgetRow = (page: Page, name: string) =>
  page.locator(tid("budget-row")).filter({ has: page.locator(tid("row-name"), { hasText: new RegExp(`^${name}$`) }) });

test("the matrix links lines and objectives, the collapsed line lists them, one undo step each, kept across a reload", async ({ page }) => {
  await openPlan(page);
  await page.locator(tid("nav-budget")).click();
  const matrix = page.locator(tid("matrix"));
  await expect(matrix.locator(tid("matrix-row"))).toHaveCount(3);
  const ads = budgetRow(page, ADS);
  await expect(ads.locator(tid("row-no-objective"))).toHaveText("aucun objectif");
  // The social line already serves "Notoriété locale": its cell is ticked.
  await expect(matrix.getByLabel("Réseaux sociaux et communauté sert Notoriété locale")).toBeChecked();

  const count = new Count();
  await count.check(matrix.getByLabel(`${ADS} sert Ventes en ligne`));
  await count.check(matrix.getByLabel(`${ADS} sert Notoriété locale`));
  await expect(ads.locator(tid("row-objective-chip"))).toHaveText(["Notoriété locale", "Ventes en ligne"]);
  console.log(`[clicks] matrix: ${count.n} for 2 links (1 per link)`);

  // Each tick is one undo step.
  await undo(page);
  await expect(ads.locator(tid("row-objective-chip"))).toHaveText(["Ventes en ligne"]);
  await expect(matrix.getByLabel(`${ADS} sert Notoriété locale`)).not.toBeChecked();
  await page.locator(tid("redo")).click();
  await expect(ads.locator(tid("row-objective-chip"))).toHaveCount(2);

  // Keyboard: Space on a focused cell ticks it and the focus stays there.
  const cell = matrix.getByLabel(`${EMAIL} sert Fidélisation`);
  await cell.focus();
  await page.keyboard.press("Space");
  await expect(cell).toBeChecked();
  await expect(cell).toBeFocused();

  await expectSaved(page);
  await page.reload();
  await expect(ads.locator(tid("row-objective-chip"))).toHaveText(["Notoriété locale", "Ventes en ligne"]);
  await expect(budgetRow(page, EMAIL).locator(tid("row-objective-chip"))).toHaveText(["Fidélisation"]);
  await expect(matrix.getByLabel(`${ADS} sert Notoriété locale`)).toBeChecked();
});

test("an action made from a budget line takes its channel, horizon, delivery, objectives and dates; undo takes it back", async ({ page }) => {
  await openPlan(page);
  await page.locator(tid("nav-budget")).click();
  await page.locator(tid("matrix")).getByLabel(`${ADS} sert Ventes en ligne`).check();

  const count = new Count();
  const ads = budgetRow(page, ADS);
  await count.click(ads.getByRole("button", { name: `Nouvelle action pour « ${ADS} »` }));
  const dialog = page.locator(tid("action-dialog"));
  await expect(dialog.locator(tid("action-from-line"))).toBeVisible();
  await expect(dialog.locator(tid("action-line"))).toHaveValue("10");
  await expect(dialog.locator(tid("action-channel"))).toHaveValue("");
  await expect(dialog.locator(tid("action-channel")).locator("option:checked")).toHaveText(`Celui de la ligne (${ADS})`);
  await expect(dialog.locator(tid("action-horizon")).locator("option:checked")).toHaveText("Long terme");
  await expect(dialog.locator(tid("action-delivery"))).toHaveValue("consultant");
  await expect(dialog.getByLabel("Ventes en ligne")).toBeChecked();
  await expect(dialog.getByLabel("Notoriété locale")).not.toBeChecked();
  // Long term: after the first quarter, to the plan's end.
  await expect(dialog.locator(tid("action-start"))).toHaveValue("2027-04-01");
  await expect(dialog.locator(tid("action-end"))).toHaveValue("2027-12-31");
  await count.fill(dialog.locator(tid("action-title")), "Campagne marque");
  await count.press(page, "Enter");
  await expect(dialog).not.toHaveAttribute("open", "");
  await expect(page.locator(tid("toast")).last()).toContainText("Campagne marque");
  console.log(`[clicks] action from a budget line: ${count.n} (was about 13 fields by hand)`);
  expect(count.n).toBeLessThanOrEqual(3);

  await page.locator(tid("nav-timeline")).click();
  const row = page.locator(tid("gantt-row")).filter({ hasText: "Campagne marque" });
  await row.click();
  await expect(page.locator(tid("action-serves"))).toContainText("Ventes en ligne");
  await expect(page.locator(tid("action-serves"))).toContainText(ADS);
  await page.locator(tid("filter-channel")).selectOption(ADS);
  await expect(page.locator(tid("action-item"))).toHaveCount(1);
  await page.locator(tid("filter-channel")).selectOption("");
  await undo(page);
  await expect(page.locator(tid("gantt-row"))).toHaveCount(0);
});

test("choosing a line in the form fills what is still at its default and keeps what was chosen", async ({ page }) => {
  await openPlan(page);
  await page.locator(tid("nav-timeline")).click();
  await page.locator(tid("new-action")).click();
  const dialog = page.locator(tid("action-dialog"));
  // Chosen first: the delivery stays; the rest follows the emailing line.
  await dialog.locator(tid("action-delivery")).selectOption("consultant");
  await dialog.locator(tid("action-line")).selectOption("11");
  await expect(dialog.locator(tid("action-delivery"))).toHaveValue("consultant");
  await expect(dialog.locator(tid("action-horizon")).locator("option:checked")).toHaveText("Moyen terme (régulier)");
  await expect(dialog.locator(tid("action-repeat"))).toHaveValue("month");
  await expect(dialog.locator(tid("action-start"))).toHaveValue("2027-01-01");
  // Another line: what the first gave follows the second.
  await dialog.locator(tid("action-line")).selectOption("12");
  await expect(dialog.locator(tid("action-horizon")).locator("option:checked")).toHaveText("Immédiat");
  await expect(dialog.locator(tid("action-repeat"))).toHaveValue("");
  await expect(dialog.locator(tid("action-end"))).toHaveValue("2027-01-31");
  await expect(dialog.getByLabel("Notoriété locale")).toBeChecked();
  await expect(dialog.locator(tid("action-delivery"))).toHaveValue("consultant");
  // A channel of its own stays when the line changes.
  await dialog.locator(tid("action-channel")).selectOption({ label: "Contenu visuel" });
  await dialog.locator(tid("action-line")).selectOption("11");
  await expect(dialog.locator(tid("action-channel")).locator("option:checked")).toHaveText("Contenu visuel");
  await dialog.locator(tid("action-title")).fill("Visuels de la newsletter");
  await dialog.locator(tid("action-save")).click();
  await page.locator(tid("group-channel")).click();
  await expect(page.locator(tid("gantt")).first()).toContainText("Contenu visuel");
});

test("duplicating a month later keeps the day of the month, from the list and from the form, one undo step", async ({ page }) => {
  await openPlan(page, [
    { id: 30, title: "Newsletter de janvier", start: "2027-01-31", end: "2027-01-31", importance: "high", budget_line: 11, status: "done", spent: 5000 },
  ]);
  await page.locator(tid("nav-timeline")).click();
  const items = page.locator(tid("action-item"));
  await expect(items).toHaveCount(1);

  const count = new Count();
  await count.click(items.first().locator(tid("action-duplicate")));
  await count.click(items.first().locator(tid("row-duplicate-month")));
  await expect(items).toHaveCount(2);
  // 31 January a month later: 28 February (2027 is not a leap year).
  await expect(items.filter({ hasText: "28 févr. 2027" })).toHaveCount(1);
  await expect(page.locator(tid("toast")).last()).toContainText("28 févr. 2027");
  console.log(`[clicks] duplicate a month later from the list: ${count.n}`);
  expect(count.n).toBeLessThanOrEqual(2);
  const copy = items.filter({ hasText: "28 févr. 2027" });
  await expect(copy).toContainText("Haute");
  await expect(copy).toContainText("Prévue");
  await undo(page);
  await expect(items).toHaveCount(1);

  // From the form: the dialog turns into the copy, saved on confirmation.
  await items.first().getByRole("button", { name: "Newsletter de janvier" }).click();
  const dialog = page.locator(tid("action-dialog"));
  await dialog.locator(tid("action-duplicate-week")).click();
  await expect(dialog.getByRole("heading")).toHaveText("Copie de l'action");
  await expect(dialog.locator(tid("action-start"))).toHaveValue("2027-02-07");
  await expect(dialog.locator(tid("action-line"))).toHaveValue("11");
  await dialog.locator(tid("action-save")).click();
  await expect(items).toHaveCount(2);
  await undo(page);
  await expect(items).toHaveCount(1);
});

test("a copy that would leave the plan period is refused with the form's words, and a closed copy leaves no trace in the next new action", async ({ page }) => {
  await openPlan(page, [
    { id: 30, title: "Bilan de décembre", start: "2027-12-10", end: "2027-12-10", budget_line: 11 },
  ]);
  await page.locator(tid("nav-timeline")).click();
  const items = page.locator(tid("action-item"));
  await items.first().locator(tid("action-duplicate")).click();
  await items.first().locator(tid("row-duplicate-month")).click();
  await expect(page.locator(tid("toast")).last()).toContainText("sortent de la période du plan, du 1 janv. 2027 au 31 déc. 2027");
  await expect(items).toHaveCount(1);

  // A copy opened in the form and cancelled: the next new action is new.
  await items.first().getByRole("button", { name: "Bilan de décembre" }).click();
  const dialog = page.locator(tid("action-dialog"));
  await dialog.locator(tid("action-duplicate-same")).click();
  await expect(dialog.getByRole("heading")).toHaveText("Copie de l'action");
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await page.locator(tid("new-action")).click();
  await expect(dialog.getByRole("heading")).toHaveText("Nouvelle action");
});

test("a typical action from the templates is dated in the plan and spends from the only line of its channel", async ({ page }) => {
  await openPlan(page);
  await page.locator(tid("nav-timeline")).click();
  const count = new Count();
  await count.click(page.locator(tid("from-template")));
  const picker = page.locator(tid("template-dialog"));
  await expect(picker.getByRole("heading", { name: EMAIL })).toBeVisible();
  await count.click(picker.locator(tid("template-newsletter_monthly")));
  const dialog = page.locator(tid("action-dialog"));
  await expect(dialog.locator(tid("action-title"))).toHaveValue("Newsletter mensuelle");
  await expect(dialog.locator(tid("action-repeat"))).toHaveValue("month");
  await expect(dialog.locator(tid("action-line"))).toHaveValue("11");
  await expect(dialog.locator(tid("action-start"))).toHaveValue("2027-01-01");
  await count.click(dialog.locator(tid("action-save")));
  console.log(`[clicks] action from a template: ${count.n}`);
  expect(count.n).toBeLessThanOrEqual(3);
  const row = page.locator(tid("gantt-row")).filter({ hasText: "Newsletter mensuelle" });
  await expect(row.locator(tid("gantt-bar"))).toHaveCount(12);
  // No line of its channel: the action keeps the channel, without a line.
  await page.locator(tid("from-template")).click();
  await picker.locator(tid("template-website_audit")).click();
  await expect(dialog.locator(tid("action-line"))).toHaveValue("");
  await expect(dialog.locator(tid("action-channel")).locator("option:checked")).toHaveText("Site web et optimisation de la conversion");
  await page.keyboard.press("Escape");
  await expect(page.locator(tid("gantt-row"))).toHaveCount(1);
  await undo(page);
  await expect(page.locator(tid("gantt-row"))).toHaveCount(0);
});

test("the matrix, a line's action form, the list's duplicate menu and the templates have no serious accessibility violation", async ({ page }) => {
  const serious = async () => (await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze())
    .violations.filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
  await openPlan(page, [{ id: 30, title: "Newsletter", start: "2027-01-31", end: "2027-01-31" }]);
  await page.locator(tid("nav-budget")).click();
  await page.locator(tid("matrix")).getByLabel(`${ADS} sert Ventes en ligne`).check();
  expect(await serious(), "budget page with the matrix").toEqual([]);
  await budgetRow(page, ADS).locator(tid("row-new-action")).click();
  await expect(page.locator(tid("action-from-line"))).toBeVisible();
  expect(await serious(), "action form from a line").toEqual([]);
  await page.keyboard.press("Escape");
  await page.locator(tid("nav-timeline")).click();
  await page.locator(tid("action-duplicate")).click();
  expect(await serious(), "duplicate menu open").toEqual([]);
  await page.locator(tid("from-template")).click();
  await expect(page.locator(tid("template-dialog")).locator(tid("template-newsletter_monthly"))).toBeVisible();
  expect(await serious(), "templates").toEqual([]);
});
