// A blank plan starts from a sector: objectives, a budget that adds up to
// its total, dated actions, all editable, and gone again in one undo step.
import { test, expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { tid, openLibrary, createPlan, expectSaved } from "./app";

/** No serious or critical axe violation on the page (as a11y.spec.ts). */
async function expectAccessible(page: Page, where: string) {
  const result = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
    .analyze();
  const bad = result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
  expect(bad, where).toEqual([]);
}

/** "CHF 12’500.50", "12 500,50" or "1’111.11" -> minor units (every amount shows two decimals). */
const minor = (text: string) => Number(text.replace(/[^\d-]/g, ""));

/** The budget page's cells, summed; the page's allocated figure must be that sum. */
async function budgetAddsUp(page: Page, rows: number) {
  await expect(page.locator(tid("budget-row"))).toHaveCount(rows);
  let sum = 0;
  for (let r = 0; r < rows; r++) {
    for (let h = 0; h < 3; h++) sum += minor(await page.locator(tid(`cell-${r}-${h}`)).inputValue());
  }
  expect(minor(await page.locator(tid("budget-allocated")).textContent() ?? "")).toBe(sum);
  expect(minor(await page.locator(tid("total-all")).textContent() ?? "")).toBe(sum);
  const total = minor(await page.locator(tid("budget-total")).inputValue());
  expect(sum, "never above the total").toBeLessThanOrEqual(total);
  return { sum, total };
}

/** Shots of the panel at a desktop and a phone width, to look at. */
async function shoot(page: Page, lang: string) {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.locator(tid("starters")).scrollIntoViewIfNeeded();
    await page.locator(tid("starters")).screenshot({ path: test.info().outputPath(`starters-${lang}-${width}.png`) });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

test("a restaurant starter in French: content, budget, edit, one undo", async ({ page }) => {
  await openLibrary(page);
  await createPlan(page, "Bistrot 2027", "Bistrot du Marché");
  const panel = page.locator(tid("starters"));
  await expect(panel).toBeVisible();
  await expect(panel.locator(".starter-card")).toHaveCount(6);
  const card = page.locator(tid("starter-card-restaurant"));
  await expect(card).toContainText("Restaurant et café");
  await expect(card).toContainText("4 objectifs · 6 lignes de budget · 15 actions");
  // No total yet: the sector's usual one is offered, formatted.
  await expect(card.locator(tid("starter-budget"))).toHaveText(/^Budget proposé\u202f: 12.000.CHF, à ajuster$/);
  await expectAccessible(page, "overview with the panel");
  await shoot(page, "fr");

  await page.locator(tid("starter-restaurant")).click();
  await expect(page.locator(tid("toast")).filter({ hasText: "Secteur «\u202fRestaurant et café\u202f» ajouté\u202f: tout est modifiable." })).toBeVisible();
  await expect(page.locator(tid("toast-undo"))).toBeVisible();
  await expect(panel).toHaveCount(0);
  await expect(page.locator(tid("plan-sector"))).toHaveValue("Restauration");

  // Objectives, on the strategy's objectives step.
  await page.locator(tid("nav-strategy")).click();
  await expect(page.locator(tid("starters")), "not on a plan with content").toHaveCount(0);
  await page.locator(tid("step-3")).click();
  await expect(page.locator(tid("objective-row"))).toHaveCount(4);
  await expect(page.locator(tid("objective-title")).first()).toHaveValue("Plus de réservations en semaine");

  // The budget: the usual total, split to the centime.
  await page.locator(tid("nav-budget")).click();
  const { sum, total } = await budgetAddsUp(page, 6);
  expect(total).toBe(1_200_000);
  expect(sum).toBe(total);
  expect(minor(await page.locator(tid("budget-remaining")).textContent() ?? "")).toBe(0);

  // Dated actions, editable like any other.
  await page.locator(tid("nav-timeline")).click();
  await expect(page.locator(tid("action-item"))).toHaveCount(15);
  await expect(page.locator(tid("over-committed"))).toHaveCount(0);
  await page.locator(tid("gantt-row")).filter({ hasText: "Séance photo des plats" }).first().click();
  await page.locator(tid("action-edit")).click();
  await page.locator(tid("action-title")).fill("Séance photo de la carte d'été");
  await page.locator(tid("action-save")).click();
  await expect(page.locator(tid("action-item")).filter({ hasText: "Séance photo de la carte d'été" })).toHaveCount(1);

  // Undo: the edit first, then the whole starter in one step.
  await page.locator(tid("undo")).click();
  await expect(page.locator(tid("action-item")).filter({ hasText: "Séance photo des plats" })).toHaveCount(1);
  await page.locator(tid("undo")).click();
  await expect(page.locator(tid("timeline-empty"))).toBeVisible();
  await expect(page.locator(tid("undo"))).toBeDisabled();
  await page.locator(tid("nav-budget")).click();
  await expect(page.locator(tid("budget-empty"))).toBeVisible();
  expect(minor(await page.locator(tid("budget-total")).inputValue())).toBe(0);
  await page.locator(tid("nav-overview")).click();
  await expect(page.locator(tid("starters"))).toBeVisible();
  await expect(page.locator(tid("plan-sector"))).toHaveValue("");
  await expectSaved(page);
});

test("a B2B starter in English shares out the plan's own total; the toast's Undo takes it away in one step", async ({ browser }) => {
  const context = await browser.newContext({ locale: "en-US" });
  const page = await context.newPage();
  await openLibrary(page);
  await createPlan(page, "Fiduciary 2027");
  await page.locator(tid("plan-budget-total")).fill("25,000");
  await page.locator(tid("plan-budget-total")).blur();
  // The strategy's first step offers the same panel.
  await page.locator(tid("nav-strategy")).click();
  const card = page.locator(tid("starter-card-b2b"));
  await expect(card).toContainText("B2B services");
  await expect(card).toContainText("4 objectives · 7 budget lines · 13 actions");
  await expect(card.locator(tid("starter-budget"))).toHaveText(/^Shares out \D*25,000\.00 of your budget$/);
  await expectAccessible(page, "strategy's first step with the panel");
  await shoot(page, "en");

  // The toast's Undo takes the whole starter away; the total typed stays.
  await page.locator(tid("starter-b2b")).click();
  await expect(page.locator(tid("toast")).filter({ hasText: "“B2B services” sector added: everything can be edited." })).toBeVisible();
  await expect(page.locator(tid("starters"))).toHaveCount(0);
  await page.locator(tid("toast-undo")).click();
  await expect(page.locator(tid("toast-undo"))).toHaveCount(0);
  await expect(page.locator(tid("starters"))).toBeVisible();
  await expect(card.locator(tid("starter-budget"))).toHaveText(/^Shares out \D*25,000\.00 of your budget$/);

  // Again, and look at what came. A later change takes the toast's Undo
  // away: it would no longer undo the starter.
  await page.locator(tid("starter-b2b")).click();
  await expect(page.locator(tid("starters"))).toHaveCount(0);
  await expect(page.locator(tid("toast-undo"))).toBeVisible();
  await page.locator(tid("plan-context")).fill("More mandates from SMEs in the region.");
  await page.locator(tid("plan-context")).blur();
  await expect(page.locator(tid("toast-undo"))).toHaveCount(0);
  await page.locator(tid("step-3")).click();
  await expect(page.locator(tid("objective-row"))).toHaveCount(4);
  await expect(page.locator(tid("objective-title")).first()).toHaveValue("Generate qualified leads");
  await page.locator(tid("nav-budget")).click();
  const { sum, total } = await budgetAddsUp(page, 7);
  expect(total).toBe(2_500_000);
  expect(sum).toBe(total);
  await page.locator(tid("nav-timeline")).click();
  await expect(page.locator(tid("action-item"))).toHaveCount(13);
  await expect(page.locator(tid("action-item")).filter({ hasText: "Topic webinar" })).toHaveCount(1);
  await expectSaved(page);
  await context.close();
});
