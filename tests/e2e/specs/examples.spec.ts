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
