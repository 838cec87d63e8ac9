// Fees as days at a rate (issue 35): the plan's rates, a line's fee that
// follows its rate (and undo), a rate change refused over the total, the
// consultant's rate card reused in a second plan, in-house hours in the
// workload; everything kept across a reload. Screenshots in French and
// English, desktop and phone, of the rates panel, the fee section and the
// workload chart.
import { test, expect, type Locator, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { createPlan, expectSaved, openLibrary, tid } from "./app";

/** Serious or critical accessibility violations of the page as it is. */
async function violations(page: Page) {
  const result = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
    .analyze();
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
}

/** Minor units of a formatted amount ("CHF 7’200.00" → 720000). */
const minor = (text: string) => Number(text.replace(/[^\d]/g, ""));

/** Picks the option of a select whose text contains `text`. */
async function pick(select: Locator, text: string) {
  const value = await select.locator("option", { hasText: text }).first().getAttribute("value");
  await select.selectOption(value!);
}

async function budgetWithOneLine(page: Page, name: string) {
  await createPlan(page, name, "Atelier Vélo");
  await page.locator(tid("nav-budget")).click();
  await page.locator(tid("budget-total")).fill("10'000");
  await page.locator(tid("budget-total")).blur();
  await page.locator(tid("custom-line")).fill("Accompagnement stratégique");
  await page.locator(tid("custom-line-add")).click();
  await expect(page.locator(tid("budget-row"))).toHaveCount(1);
}

async function addRate(page: Page, role: string, price: string) {
  await page.locator(tid("rate-add")).click();
  const row = page.locator(tid("rate-row")).last();
  await row.locator(tid("rate-role")).fill(role);
  await row.locator(tid("rate-price")).fill(price);
  await row.locator(tid("rate-price")).blur();
  await expect(row.locator(tid("rate-price-error"))).toBeEmpty();
}

test("a line at days × rate follows its rate, the card carries the rate to another plan, hours make the workload", async ({ page }) => {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await openLibrary(page);
  await budgetWithOneLine(page, "Devis 2027");
  await expect(page.locator(tid("workload-empty"))).toBeVisible();

  // A rate, then the line as 6 days at it: the empty line becomes 7'200.
  await addRate(page, "Consultant senior", "1'200");
  const total = page.locator(tid("row-total"));
  await expect(total).toHaveText(/0[.,]00/);
  await page.locator(tid("row-details")).click();
  const dialog = page.locator(tid("line-details"));
  await pick(dialog.locator(tid("fee-rate")), "Consultant senior");
  await dialog.locator(tid("fee-quantity")).fill("six");
  await expect(dialog.locator(tid("fee-quantity-error"))).not.toBeEmpty();
  await dialog.locator(tid("fee-quantity")).fill("6");
  await expect(dialog.locator(tid("fee-quantity-error"))).toBeEmpty();
  await expect(dialog.locator(tid("fee-amount"))).toContainText(/7.200[.,]00/);
  await expect(dialog.locator(tid("fee-formula"))).toContainText(/6\sjours × .*1.200[.,]00/);
  // In-house hours on the line.
  await dialog.locator(tid("line-hours")).fill("20");
  await dialog.locator(tid("line-content")).selectOption({ index: 1 });
  await dialog.locator(tid("line-details-close")).click();
  await expect.poll(async () => minor(await total.textContent() ?? "")).toBe(720000);

  // The rate moves to 1'250: the line follows; undo brings 7'200 back.
  const price = page.locator(tid("rate-price"));
  await price.fill("1'250");
  await price.blur();
  await expect.poll(async () => minor(await total.textContent() ?? "")).toBe(750000);
  await page.keyboard.press("Control+z");
  await expect.poll(async () => minor(await total.textContent() ?? "")).toBe(720000);
  await expect(price).toHaveValue(/1.200[.,]00/);

  // 6 days at 2'000 would be 12'000, above the 10'000 total: refused, said beside the price.
  await price.fill("2'000");
  await expect(page.locator(tid("rate-price-error"))).toContainText(/dépassé|exceeded/);
  await expect.poll(async () => minor(await total.textContent() ?? "")).toBe(720000);
  await price.fill("1'200");
  await expect(page.locator(tid("rate-price-error"))).toBeEmpty();
  await price.blur();
  // A rate in use cannot be removed.
  await page.locator(tid("rate-remove")).click();
  await expect(page.locator(tid("rate-remove-error"))).toContainText(/utilisé|used/);
  await expect(page.locator(tid("rate-row"))).toHaveCount(1);

  // Into the rate card of this browser.
  await page.locator(tid("rate-save-card")).click();
  await expect(page.locator(tid("toast")).last()).toContainText("Consultant senior");
  const card = await page.evaluate(() => localStorage.getItem("cap.rate-card"));
  expect(JSON.parse(card!)).toMatchObject({ format: "cap-rate-card", version: 1, entries: [{ role: "Consultant senior", unit: "day", price: 120000, currency: "CHF" }] });

  // An action with a fee (its cost follows, read-only) and in-house hours.
  await page.locator(tid("row-new-action")).click();
  const form = page.locator(tid("action-dialog"));
  await form.locator(tid("action-title")).fill("Atelier de lancement");
  await pick(form.locator(tid("action-fee-rate")), "Consultant senior");
  await form.locator(tid("action-fee-quantity")).fill("1");
  await expect(form.locator(tid("action-cost"))).toHaveValue(/1.200[.,]00/);
  await expect(form.locator(tid("action-cost"))).toHaveAttribute("readonly", "");
  await expect(form.locator(tid("action-cost-note"))).toContainText(/1.200/);
  await form.locator(tid("action-hours")).fill("12,5");
  await form.locator(tid("action-content")).selectOption({ index: 2 });
  await form.locator(tid("action-save")).click();
  await expect(form).toBeHidden();
  await expect(page.locator(tid("workload-total"))).toContainText(/32,5\s?h/);
  await expect(page.locator(tid("workload-peak"))).toContainText(/h/);
  await expectSaved(page);
  const planUrl = page.url();

  // A second plan takes the rate from the card.
  await page.goto("/");
  await budgetWithOneLine(page, "Autre client");
  await expect(page.locator(tid("rates-empty"))).toBeVisible();
  await page.locator(tid("card-open")).click();
  const picker = page.locator(tid("card-dialog"));
  await expect(picker.locator(tid("card-entry"))).toHaveCount(1);
  await picker.screenshot({ path: "/tmp/fees-fr-1366-card.png" });
  expect(await violations(page), "rate card dialog").toEqual([]);
  await picker.locator(`${tid("card-entry")} input[type=checkbox]`).check();
  await picker.locator(tid("card-add")).click();
  await expect(picker).toBeHidden();
  await expect(page.locator(tid("rate-role"))).toHaveValue("Consultant senior");
  await expect(page.locator(tid("rate-price"))).toHaveValue(/1.200[.,]00/);

  // This plan's price saved to the card replaces the card's only once asked.
  await page.locator(tid("rate-price")).fill("1'300");
  await page.locator(tid("rate-price")).blur();
  await page.locator(tid("rate-save-card")).click();
  await expect(page.locator(tid("card-confirm"))).toContainText(/Consultant senior.*1.200/);
  await page.locator(tid("rates-panel")).screenshot({ path: "/tmp/fees-fr-1366-card-confirm.png" });
  expect(await violations(page), "replace in the card?").toEqual([]);
  await page.locator(tid("card-keep")).click();
  await expect(page.locator(tid("card-confirm"))).toHaveCount(0);
  const kept = JSON.parse((await page.evaluate(() => localStorage.getItem("cap.rate-card")))!);
  expect(kept.entries).toEqual([expect.objectContaining({ price: 120000 })]);
  await page.locator(tid("rate-save-card")).click();
  await page.locator(tid("card-replace")).click();
  await expect(page.locator(tid("card-confirm"))).toHaveCount(0);
  const replaced = JSON.parse((await page.evaluate(() => localStorage.getItem("cap.rate-card")))!);
  expect(replaced.entries).toEqual([expect.objectContaining({ role: "Consultant senior", price: 130000 })]);
  await expectSaved(page);

  // Everything is kept across a reload.
  await page.reload();
  await expect(page.locator(tid("rate-role"))).toHaveValue("Consultant senior");
  await expect(page.locator(tid("rate-price"))).toHaveValue(/1.300[.,]00/);
  await page.goto(planUrl);
  await expect.poll(async () => minor(await page.locator(tid("row-total")).textContent() ?? "")).toBe(720000);
  await expect(page.locator(tid("workload-total"))).toContainText(/32,5\s?h/);
  await page.locator(tid("row-details")).click();
  await expect(page.locator(tid("fee-quantity"))).toHaveValue("6");
  await expect(page.locator(tid("line-hours"))).toHaveValue("20");
  expect(errors).toEqual([]);
});

for (const [locale, lang] of [["fr-CH", "fr"], ["en-US", "en"]] as const) {
  for (const [width, height] of [[1366, 768], [390, 844]]) {
    test(`fees screens in ${lang} at ${width} px`, async ({ browser }) => {
      const context = await browser.newContext({ locale, viewport: { width, height } });
      const page = await context.newPage();
      await openLibrary(page);
      await budgetWithOneLine(page, lang === "fr" ? "Devis 2027" : "Quote 2027");
      await addRate(page, lang === "fr" ? "Consultant senior" : "Senior consultant", "1'200");
      await addRate(page, lang === "fr" ? "Graphiste" : "Designer", "95");
      await page.locator(tid("rate-unit")).last().selectOption("hour");
      await page.locator(tid("rate-row")).last().locator(tid("rate-price")).fill("9x");
      const shot = (name: string) => `/tmp/fees-${lang}-${width}-${name}.png`;
      await page.locator(tid("rates-panel")).screenshot({ path: shot("rates") });
      await page.locator(tid("rate-row")).last().locator(tid("rate-price")).fill("95");
      await page.locator(tid("row-details")).click();
      const dialog = page.locator(tid("line-details"));
      await dialog.locator(tid("fee-rate")).selectOption({ index: 1 });
      await dialog.locator(tid("fee-quantity")).fill("6");
      await dialog.locator(tid("line-hours")).fill("40");
      await expect(dialog.locator(tid("fee-amount"))).toContainText(/7.200/);
      await dialog.screenshot({ path: shot("fee") });
      expect(await violations(page), "fee section").toEqual([]);
      await dialog.locator(tid("line-details-close")).click();
      await expect(page.locator(tid("workload-total"))).toBeVisible();
      await page.locator(tid("workload")).scrollIntoViewIfNeeded();
      await page.locator(tid("workload")).screenshot({ path: shot("workload") });
      expect(await violations(page), "rates and workload").toEqual([]);
      // The action form with a fee: the cost follows, read-only.
      await page.locator(tid("row-new-action")).click();
      const form = page.locator(tid("action-dialog"));
      await form.locator(tid("action-fee-rate")).selectOption({ index: 1 });
      await form.locator(tid("action-fee-quantity")).fill("2");
      await form.locator(tid("action-hours")).fill("6");
      await expect(form.locator(tid("action-cost"))).toHaveValue(/2.400/);
      await form.locator(tid("action-fee-rate")).scrollIntoViewIfNeeded();
      await form.screenshot({ path: shot("action") });
      expect(await violations(page), "action form").toEqual([]);
      await page.keyboard.press("Escape");
      await expect(form).toBeHidden();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await context.close();
    });
  }
}
