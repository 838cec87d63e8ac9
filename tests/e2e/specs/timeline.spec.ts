// Actions on the timeline: created in the dialog, drawn in the Gantt with
// their importance, over-committing a budget line, re-scheduled with the
// keyboard and by shifting, filtered, and kept across a reload.
import { test, expect, type Page } from "@playwright/test";
import { tid, openLibrary, createPlan, expectSaved, importFile, envelope, minimalPlan } from "./app";

async function addAction(page: Page, a: { title: string; start: string; end: string; importance?: string; line?: boolean; cost?: string; repeat?: string }) {
  await page.locator(tid("new-action")).click();
  await page.locator(tid("action-title")).fill(a.title);
  await page.locator(tid("action-start")).fill(a.start);
  await page.locator(tid("action-end")).fill(a.end);
  if (a.importance) await page.locator(tid("action-importance")).selectOption(a.importance);
  if (a.line) await page.locator(tid("action-line")).selectOption({ index: 1 });
  if (a.cost) await page.locator(tid("action-cost")).fill(a.cost);
  if (a.repeat) await page.locator(tid("action-repeat")).selectOption(a.repeat);
  await page.locator(tid("action-save")).click();
  await expect(page.locator(tid("action-dialog"))).not.toHaveAttribute("open", "");
}

test("actions on the Gantt, an over-committed line, refusals, re-scheduling and filters", async ({ page }) => {
  // The plan starts on the day it is made, and the form refuses dates out of
  // its period: a fixed day keeps the 2027 dates below inside it.
  await page.clock.setFixedTime(new Date("2026-12-01T10:00:00"));
  await openLibrary(page);
  await createPlan(page, "Échéancier", "");
  // A CHF 5'000 SEO line to spend from.
  await page.locator(tid("nav-budget")).click();
  await page.locator(tid("budget-total")).fill("5000");
  await page.locator(tid("add-channel")).selectOption("seo");
  await page.locator(tid("cell-0-0")).fill("5000");
  await page.locator(tid("nav-timeline")).click();
  await expect(page.locator(tid("timeline-empty"))).toBeVisible();

  await addAction(page, { title: "Audit SEO", start: "2027-01-11", end: "2027-01-29", importance: "critical", line: true, cost: "3000" });
  await addAction(page, { title: "Netlinking", start: "2027-03-01", end: "2027-04-30", importance: "high", line: true, cost: "2500" });
  await addAction(page, { title: "Newsletter", start: "2027-01-20", end: "2027-01-20", repeat: "month" });
  await expect(page.locator(tid("gantt-row"))).toHaveCount(3);
  await expect(page.locator(`${tid("gantt-row")}[data-importance="critical"]`)).toHaveCount(1);
  // The monthly newsletter is drawn as its occurrences, up to the plan's end.
  const newsletter = page.locator(tid("gantt-row")).filter({ hasText: "Newsletter" });
  expect(await newsletter.locator(tid("gantt-bar")).count()).toBeGreaterThanOrEqual(10);
  // 3'000 + 2'500 on a CHF 5'000 line: CHF 500 too much.
  await expect(page.locator(tid("over-committed"))).toContainText(/500[.,]00/);

  // An action ending before it starts is refused in the dialog.
  await page.locator(tid("new-action")).click();
  await page.locator(tid("action-title")).fill("À l'envers");
  await page.locator(tid("action-start")).fill("2027-05-10");
  await page.locator(tid("action-end")).fill("2027-05-01");
  await page.locator(tid("action-save")).click();
  await expect(page.locator(tid("action-error"))).toContainText("avant le début");
  await page.keyboard.press("Escape");
  await expect(page.locator(tid("gantt-row"))).toHaveCount(3);

  // Click: what it serves; then one week later, by button and by keyboard.
  await page.locator(tid("gantt-row")).filter({ hasText: "Audit SEO" }).click();
  await expect(page.locator(tid("action-detail"))).toContainText("Référencement naturel (SEO)");
  await page.locator(tid("action-later")).click();
  await expect(page.locator(tid("action-detail"))).toContainText("18 janv. 2027");
  await page.locator(tid("gantt-row")).filter({ hasText: "Audit SEO" }).focus();
  await page.keyboard.press("ArrowRight");
  await expect(page.locator(tid("action-detail"))).toContainText("25 janv. 2027");

  // Shift everything from March by two weeks.
  await page.locator(".shift summary").click();
  await page.locator(tid("shift-from")).fill("2027-03-01");
  await page.locator(tid("shift-weeks")).fill("2");
  await page.locator(tid("shift-apply")).click();
  await expect(page.locator(tid("action-item")).filter({ hasText: "Netlinking" })).toContainText("15 mars 2027");

  // Filters.
  await page.locator(tid("filter-importance")).selectOption("critical");
  await expect(page.locator(tid("action-item"))).toHaveCount(1);
  await expect(page.locator(tid("action-count"))).toContainText("1 action affichée sur 3");
  await page.locator(tid("filter-importance")).selectOption("");
  await page.locator(tid("filter-channel")).selectOption("Référencement naturel (SEO)");
  await expect(page.locator(tid("action-item"))).toHaveCount(2);
  await page.locator(tid("filter-channel")).selectOption("");
  await expect(page.locator(tid("action-item"))).toHaveCount(3);

  // Record what an action has cost; the amount typed survives later edits
  // in the dialog, and the dashboard adds it up.
  await page.locator(tid("gantt-row")).filter({ hasText: "Audit SEO" }).click();
  await page.locator(tid("action-edit")).click();
  await page.locator(tid("action-spent")).fill("1'200");
  await page.locator(tid("action-status")).selectOption("done");
  await page.locator(tid("action-save")).click();
  await page.locator(tid("nav-dashboard")).click();
  await expect(page.locator(tid("dash-spent"))).toHaveText(/^\D*1.200\D*$/);
  await expect(page.locator(tid("dash-committed"))).toHaveText(/^\D*5.500\D*$/);
  await page.locator(tid("nav-timeline")).click();

  await expectSaved(page);
  await page.reload();
  await expect(page.locator(tid("gantt-row"))).toHaveCount(3);
  await expect(page.locator(tid("over-committed"))).toContainText(/500[.,]00/);
});

// ---------------------------------------------------------------- the whole plan period

const LONG_TITLE = "Cahier des charges et choix du prestataire pour la refonte complète du site";

/** A January-December plan whose last action is in December, imported and opened on its timeline. */
async function openYearPlan(page: Page) {
  await openLibrary(page);
  const plan = minimalPlan({
    name: "Plan annuel", next_id: 10,
    period: { start: "2027-01-01", end: "2027-12-31" },
    actions: [
      { id: 1, title: LONG_TITLE, start: "2027-01-11", end: "2027-02-26", importance: "high" },
      { id: 2, title: "Salon de printemps", start: "2027-04-05", end: "2027-04-09" },
      { id: 3, title: "Campagne de Noël", start: "2027-12-06", end: "2027-12-24", importance: "critical" },
    ],
  });
  await importFile(page, "annuel.json", envelope(plan));
  await page.locator(tid("import-as-new")).click();
  await page.locator(tid("nav-timeline")).click();
  await expect(page.locator(tid("gantt-row"))).toHaveCount(3);
}

/** The December action's bar lies inside the Gantt's visible box, with nothing to scroll. */
async function expectDecemberShown(page: Page, gantt = page.locator(tid("gantt")).first()) {
  const box = (await gantt.boundingBox())!;
  const bar = gantt.locator(tid("gantt-row")).filter({ hasText: "Campagne de Noël" }).locator(tid("gantt-bar"));
  const b = (await bar.boundingBox())!;
  expect(b.width, "the December bar is drawn").toBeGreaterThan(4);
  expect(b.x, "the December bar starts inside the chart").toBeGreaterThanOrEqual(box.x);
  expect(b.x + b.width, "and ends inside it").toBeLessThanOrEqual(box.x + box.width + 0.5);
  const overflow = await gantt.evaluate((e) => e.scrollWidth - e.clientWidth);
  expect(overflow, "the chart has nothing to scroll sideways").toBeLessThanOrEqual(1);
}

/** Every character of `label` is drawn: the browser hit-tests the label at its first and last characters. */
async function expectWhole(label: import("@playwright/test").Locator) {
  const drawn = await label.evaluate((el) => {
    const text = el.firstChild ?? el;
    const len = (el.textContent ?? "").length;
    const at = (i: number) => {
      const range = document.createRange();
      range.setStart(text, i);
      range.setEnd(text, i + 1);
      const r = range.getBoundingClientRect();
      const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
      return !!hit && (hit === el || el.contains(hit));
    };
    return { first: at(0), last: at(len - 1), text: el.textContent };
  });
  expect(drawn.text).toBe(LONG_TITLE);
  expect(drawn.first, "the label's first character is drawn").toBe(true);
  expect(drawn.last, "the label's last character is drawn, not cut or hidden").toBe(true);
}

test("the month scale shows a January-December plan whole, at 1024 and 1280 px, and uses a wide window", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openYearPlan(page);
  await expect(page.locator(tid("scale-months"))).toHaveAttribute("aria-pressed", "true");
  await expectDecemberShown(page);
  await expectWhole(page.locator(".row-label").filter({ hasText: "Cahier des charges" }));

  await page.setViewportSize({ width: 1024, height: 768 });
  await expectDecemberShown(page);
  await expectWhole(page.locator(".row-label").filter({ hasText: "Cahier des charges" }));
  // No sideways scrolling of the page either.
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);

  // Quarters too.
  await page.locator(tid("scale-quarters")).click();
  await expectDecemberShown(page);

  // A wide window is used: the chart is not held to the page's usual width.
  await page.locator(tid("scale-months")).click();
  await page.setViewportSize({ width: 1920, height: 1080 });
  await expectDecemberShown(page);
  expect((await page.locator(tid("gantt")).boundingBox())!.width).toBeGreaterThan(1600);
});

test("the week scale scrolls sideways under labels that stay, and the chart prints whole", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openYearPlan(page);
  await page.locator(tid("scale-weeks")).click();
  const gantt = page.locator(tid("gantt"));
  expect(await gantt.evaluate((e) => e.scrollWidth - e.clientWidth), "a year of weeks is wider than the window").toBeGreaterThan(200);
  await gantt.evaluate((e) => { e.scrollLeft = e.scrollWidth; });
  const label = page.locator(".row-label").filter({ hasText: "Cahier des charges" });
  const box = (await gantt.boundingBox())!;
  const l = (await label.boundingBox())!;
  expect(l.x, "the label column stays at the left of the chart").toBeGreaterThanOrEqual(box.x - 0.5);
  expect(l.x).toBeLessThan(box.x + 40);
  await expectWhole(label);
  // The December bar is reached by scrolling.
  const bar = page.locator(tid("gantt-row")).filter({ hasText: "Campagne de Noël" }).locator(tid("gantt-bar"));
  const b = (await bar.boundingBox())!;
  expect(b.x + b.width).toBeLessThanOrEqual(box.x + box.width + 0.5);
  expect(b.x).toBeGreaterThan(l.x + l.width);

  // On paper (A4 landscape: about 1'030 px between the margins), at any
  // scale the whole period fits the width, labels whole.
  await page.setViewportSize({ width: 1030, height: 700 });
  await page.emulateMedia({ media: "print" });
  await expectDecemberShown(page);
  await expectWhole(page.locator(".row-label").filter({ hasText: "Cahier des charges" }));
  await page.emulateMedia({ media: "screen" });
  await page.locator(tid("scale-months")).click();
  await page.emulateMedia({ media: "print" });
  await expectDecemberShown(page);
});

test("the timeline slide shows the December action", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openYearPlan(page);
  await page.locator(tid("nav-present")).click();
  const gantt = page.locator(`${tid("presentation")} ${tid("gantt")}`);
  for (let i = 0; i < 20 && !(await gantt.isVisible()); i++) await page.keyboard.press("ArrowRight");
  await expect(gantt).toBeVisible();
  await expectDecemberShown(page, gantt);
});
