// Actions on the timeline: created in the dialog, drawn in the Gantt with
// their importance, over-committing a budget line, re-scheduled with the
// keyboard and by shifting, filtered, and kept across a reload.
import { test, expect, type Page } from "@playwright/test";
import { tid, openLibrary, createPlan, expectSaved } from "./app";

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
