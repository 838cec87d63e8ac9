// Example plans: offered on the first visit, loaded as new plans that never
// touch the person's own, complete enough to demo every page.
import { test, expect } from "@playwright/test";
import { tid, openLibrary, createPlan, storedPlans, expectSaved } from "./app";

test("an example is a new plan, complete, and the person's plans are untouched", async ({ page }) => {
  await openLibrary(page);
  await expect(page.locator(tid("examples"))).toBeVisible();
  await createPlan(page, "Mon plan", "Moi");
  await expectSaved(page);
  await page.locator(tid("nav-plans")).click();
  const before = await storedPlans(page);

  await page.locator(`${tid("examples")} summary`).click();
  await page.locator(tid("example-0")).click();
  await expect(page.locator(tid("dashboard"))).toBeVisible();
  await expect(page.locator(tid("plan-title"))).toHaveText("Boutique en ligne");
  expect((await page.locator(tid("dash-objective")).count())).toBeGreaterThanOrEqual(3);
  await expect(page.locator(tid("dash-next-actions")).first()).toBeVisible();
  await page.locator(tid("nav-timeline")).click();
  expect(await page.locator(tid("gantt-row")).count()).toBeGreaterThanOrEqual(15);
  await page.locator(tid("nav-budget")).click();
  await expect(page.locator(tid("budget-remaining"))).toContainText(/0[.,]00/);

  const after = await storedPlans(page);
  expect(Object.keys(after)).toHaveLength(2);
  for (const [key, text] of Object.entries(before)) expect(after[key]).toBe(text);
});

test("the examples exist in English too", async ({ browser }) => {
  const context = await browser.newContext({ locale: "en-US" });
  const page = await context.newPage();
  await openLibrary(page);
  await page.locator(tid("example-2")).click();
  await expect(page.locator(tid("plan-title"))).toHaveText("Local restaurant");
  await expect(page.locator(tid("dash-objective")).first()).toContainText("More weekday bookings");
  await context.close();
});

// Issue 30, item 8: whatever today is, each example is current, complete
// and quiet: nothing late, no budget advice, a forecast with figures, a
// funnel, and no measurement after today (checked natively for seven
// dates in src/domain/examples/tests.rs; here, today's).
for (const [locale, dash] of [["fr-CH", "—"], ["en-US", "—"]] as const) {
  for (const i of [0, 1, 2]) {
    test(`example ${i} demos well today (${locale})`, async ({ browser }) => {
      const context = await browser.newContext({ locale });
      const page = await context.newPage();
      await openLibrary(page);
      if (!(await page.locator(tid(`example-${i}`)).isVisible())) await page.locator(`${tid("examples")} summary`).click();
      await page.locator(tid(`example-${i}`)).click();
      await expect(page.locator(tid("dashboard"))).toBeVisible();
      await expect(page.locator(tid("dash-objective")).first()).toBeVisible();
      await expect(page.locator(tid("dash-late"))).toHaveCount(0);
      const rows = page.locator(tid("forecast-row"));
      expect(await rows.count()).toBeGreaterThanOrEqual(2);
      for (const cell of await page.locator(`${tid("forecast-expected")}, ${tid("forecast-actual")}`).all()) {
        await expect(cell).toHaveText(/\d/);
      }

      await page.locator(tid("nav-budget")).click();
      await expect(page.locator(tid("budget-advice"))).toBeVisible();
      await expect(page.locator(tid("budget-advice-item"))).toHaveCount(0);

      await page.locator(tid("nav-kpis")).click();
      await expect(page.locator(tid("forecast-scenarios"))).toBeVisible();
      for (const table of ["forecast-scenarios", "forecast-horizons"]) {
        await expect(page.locator(tid(table))).not.toContainText(dash);
      }
      await expect(page.locator(tid("forecast-needs-aov"))).toHaveCount(0);
      const reverse = page.locator(tid("reverse-item"));
      expect(await reverse.count()).toBeGreaterThanOrEqual(2);
      for (const item of await reverse.all()) await expect(item).not.toContainText(dash);
      await expect(page.locator(tid("funnel-chart-stage"))).toHaveCount(5);

      await page.locator(tid("nav-strategy")).click();
      await page.locator(tid("step-5")).click();
      const titles = await page.locator(`${tid("summary-objective")} h3`).allTextContents();
      expect(titles.length).toBeGreaterThanOrEqual(4);
      expect(new Set(titles).size).toBe(titles.length);
      await context.close();
    });
  }
}
