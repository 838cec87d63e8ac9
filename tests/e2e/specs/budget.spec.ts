// A CHF 50'000 budget split with a preset, then edited by hand, locked,
// redistributed, scaled down and exported: every total on screen is the sum
// of its cells, to the centime.
import { test, expect, type Page } from "@playwright/test";
import { tid, openLibrary, createPlan, expectSaved, downloadText } from "./app";

/** "CHF 12’500.50", "12 500,50" or "1’111.11" -> minor units (every amount shows two decimals). */
const minor = (text: string) => Number(text.replace(/[^\d-]/g, ""));

async function cellValues(page: Page): Promise<number[][]> {
  const rows = await page.locator(tid("budget-row")).count();
  const out: number[][] = [];
  for (let r = 0; r < rows; r++) {
    const row: number[] = [];
    for (let h = 0; h < 3; h++) row.push(minor(await page.locator(tid(`cell-${r}-${h}`)).inputValue()));
    out.push(row);
  }
  return out;
}

/** Every row total and column total on screen equals the sum of its cells. */
async function expectTableAddsUp(page: Page) {
  const cells = await cellValues(page);
  const rowTotals = await page.locator(tid("row-total")).allTextContents();
  cells.forEach((row, r) => expect(minor(rowTotals[r]), `row ${r}`).toBe(row[0] + row[1] + row[2]));
  for (let h = 0; h < 3; h++) {
    const sum = cells.reduce((s, row) => s + row[h], 0);
    expect(minor(await page.locator(tid(`total-h${h}`)).textContent() ?? ""), `column ${h}`).toBe(sum);
  }
  const all = cells.flat().reduce((s, v) => s + v, 0);
  expect(minor(await page.locator(tid("total-all")).textContent() ?? "")).toBe(all);
  expect(minor(await page.locator(tid("budget-allocated")).textContent() ?? "")).toBe(all);
  return all;
}

/** The charts under the table follow it (a frame late): each legend amount is its row's or its column's total,
 * rounded to the franc (half away from zero; the amounts are positive), with no decimals. */
async function expectChartsFollow(page: Page) {
  const legend = async (chart: string) =>
    (await page.locator(`${tid(chart)} .legend-figure`).allTextContents()).map((t) => {
      const amount = t.split("·")[1];
      expect(amount, "a legend amount has no decimals").not.toMatch(/[.,]\d{2}(?!\d)/);
      return minor(amount);
    });
  const francs = (m: number) => Math.round(m / 100);
  const rows = (await page.locator(tid("row-total")).allTextContents()).map((t) => francs(minor(t)));
  const columns = [];
  for (let h = 0; h < 3; h++) columns.push(francs(minor((await page.locator(tid(`total-h${h}`)).textContent()) ?? "")));
  await expect.poll(() => legend("chart-channels")).toEqual(rows);
  await expect.poll(() => legend("chart-horizons")).toEqual(columns);
}

test("a CHF 50'000 budget: preset, hand edits, lock, redistribution, scaling, CSV", async ({ page }) => {
  await openLibrary(page);
  await createPlan(page, "Budget 2027", "Atelier Vélo");
  await page.locator(tid("nav-budget")).click();
  await expect(page.locator(tid("budget-empty"))).toBeVisible();
  await page.locator(tid("budget-total")).fill("50'000");
  await page.locator(tid("budget-total")).blur();
  await page.locator(tid("budget-add-usual")).click();
  await expect(page.locator(tid("budget-row"))).toHaveCount(9);

  // Long term first: 20 / 30 / 50, exactly.
  await page.locator(tid("preset-long-term")).click();
  await expect(page.locator(tid("total-h2"))).toContainText(/25.000[.,]00/);
  await expect(page.locator(tid("total-h0"))).toContainText(/10.000[.,]00/);
  expect(await expectTableAddsUp(page)).toBe(5_000_000);
  expect(minor(await page.locator(tid("budget-remaining")).textContent() ?? "")).toBe(0);

  // An edit above the total is refused, saying by how much; the plan keeps its value.
  const seoLong = page.locator(tid("cell-0-2"));
  const before = await seoLong.inputValue();
  await seoLong.fill("5000");
  await expect(page.locator(tid("cell-error-0-2"))).toContainText(/dépassé de \D*2.222[.,]22/);
  await seoLong.fill("2000");
  await expect(page.locator(tid("cell-error-0-2"))).toBeEmpty();
  expect(before).not.toBe("2000");
  await seoLong.blur();
  await expect(page.locator(tid("budget-remaining"))).toContainText(/777[.,]78/);
  await expectTableAddsUp(page);

  // Letters, negative amounts and 1e20 are refused beside the cell.
  const cell = page.locator(tid("cell-1-0"));
  for (const [typed, reason] of [["abc", "pas un montant"], ["-5", "négatif"], ["1e20", "pas un montant"], ["99999999999999", "trop élevé"]]) {
    await cell.fill(typed);
    await expect(page.locator(tid("cell-error-1-0"))).toContainText(reason);
    await expect(cell).toHaveAttribute("aria-invalid", "true");
  }
  await cell.fill("1'111.11");
  await expect(page.locator(tid("cell-error-1-0"))).toBeEmpty();
  await expectChartsFollow(page);

  // Lock SEO long term, distribute the rest: the locked cell keeps 2'000.
  await page.locator(tid("lock-0-2")).click();
  await expect(page.locator(tid("lock-0-2"))).toHaveAttribute("aria-pressed", "true");
  await expect(seoLong).toHaveAttribute("readonly", "");
  await page.locator(tid("distribute-rest")).click();
  await expect(page.locator(tid("budget-remaining"))).toContainText(/0[.,]00/);
  await expect(seoLong).toHaveValue(/2.000[.,]00/);
  expect(await expectTableAddsUp(page)).toBe(5_000_000);

  // The table shows shares of the total on request.
  await page.locator(tid("mode-percent")).click();
  await expect(seoLong).toHaveValue("4");
  await page.locator(tid("mode-amount")).click();

  // Keyboard: down moves to the same column on the next row.
  await page.locator(tid("cell-0-0")).focus();
  await page.keyboard.press("ArrowDown");
  await expect(page.locator(tid("cell-1-0"))).toBeFocused();

  // Lowering the total asks first; scaling keeps the locked cell.
  const total = page.locator(tid("budget-total"));
  await total.fill("40'000");
  await expect(page.locator(tid("budget-scale-question"))).toContainText(/plus que le nouveau total/);
  await page.locator(tid("budget-scale-yes")).click();
  await expect(page.locator(tid("budget-scale-question"))).toHaveCount(0);
  await total.blur();
  await expect(page.locator(tid("budget-allocated"))).toContainText(/40.000[.,]00/);
  await expect(seoLong).toHaveValue(/2.000[.,]00/);
  expect(await expectTableAddsUp(page)).toBe(4_000_000);
  await expectChartsFollow(page);
  await expectSaved(page);

  // The monthly phasing spreads each horizon over its months, shown to the franc with no cents anywhere:
  // each horizon's months are rounded so that they still add up to its total rounded to the franc.
  let horizonsInFrancs = 0;
  for (let h = 0; h < 3; h++) horizonsInFrancs += Math.round(minor((await page.locator(tid(`total-h${h}`)).textContent()) ?? "") / 100);
  await page.locator(`${tid("budget-phasing")} summary`).click();
  const monthTexts = () => page.locator(`${tid("phasing-table")} td`).allTextContents();
  const monthTotals = async () => (await page.locator(tid("phasing-month-total")).allTextContents()).map(minor);
  // The months are built when the section opens.
  await expect.poll(async () => (await monthTotals()).reduce((a, b) => a + b, 0)).toBe(horizonsInFrancs);
  for (const text of await monthTexts()) expect(text).not.toMatch(/[.,]\d{2}(?!\d)/);
  await page.locator(tid("phasing-months-0")).selectOption("1");
  await expect.poll(async () => (await monthTotals())[1]).toBeLessThan((await monthTotals())[0]);
  expect((await monthTotals()).reduce((a, b) => a + b, 0)).toBe(horizonsInFrancs);

  // The CSV's sums match the screen.
  const csv = await downloadText(page, () => page.locator(tid("budget-export-csv")).click());
  expect(csv.name).toMatch(/\.csv$/);
  const rows = csv.text.replace(/^\uFEFF/, "").trim().split("\r\n").map((l) => l.split(";"));
  expect(rows).toHaveLength(1 + 9 + 2);
  const screen = await cellValues(page);
  rows.slice(1, 10).forEach((r, i) => {
    expect([minor(r[2]), minor(r[3]), minor(r[4])]).toEqual(screen[i]);
  });
  expect(minor(rows[10][5])).toBe(4_000_000);

  // Everything is still there after a reload.
  await page.reload();
  await expect(page.locator(tid("budget-row"))).toHaveCount(9);
  await expect(page.locator(tid("lock-0-2"))).toHaveAttribute("aria-pressed", "true");
  expect(await expectTableAddsUp(page)).toBe(4_000_000);
});

test("in English: custom lines, 70/20/10, delivery, advice and undo", async ({ browser }) => {
  const context = await browser.newContext({ locale: "en-US" });
  const page = await context.newPage();
  await openLibrary(page);
  await createPlan(page, "Bakery budget", "");
  await page.locator(tid("nav-budget")).click();
  await page.locator(tid("budget-total")).fill("12,000");
  await page.locator(tid("add-channel")).selectOption("seo");
  await page.locator(tid("add-channel")).selectOption("social_ads");
  await page.locator(tid("custom-line")).fill("Trade fair");
  await page.locator(tid("custom-line-add")).click();
  await expect(page.locator(tid("row-name"))).toHaveText(["Search engine optimisation (SEO)", "Social ads", "Trade fair"]);

  await page.locator(tid("preset-70-20-10")).click();
  // SEO is proven (70%), social ads and the fair are emerging (20%); with no
  // experiment line, its 10% goes to the others in proportion: 7/9 and 2/9.
  await expect(page.locator(tid("row-total")).nth(0)).toContainText("9,333.33");
  expect(minor(await page.locator(tid("row-total")).nth(1).textContent() ?? "")
    + minor(await page.locator(tid("row-total")).nth(2).textContent() ?? "")).toBe(266_667);
  expect(await expectTableAddsUp(page)).toBe(1_200_000);
  await expect(page.locator(tid("budget-advice-item")).first()).toContainText("Search engine optimisation (SEO)");

  const fair = (await page.locator(tid("row-total")).nth(2).textContent())!.trim();
  await page.locator(tid("row-delivery")).nth(2).selectOption("consultant");
  await expect(page.locator(tid("budget-consultant"))).toHaveText(fair);
  await page.locator(tid("undo")).click();
  await expect(page.locator(tid("budget-consultant"))).toContainText("0.00");
  // The select follows the plan both ways, not only the first time.
  await expect(page.locator(tid("row-delivery")).nth(2)).toHaveValue("in_house");
  await page.locator(tid("redo")).click();
  await expect(page.locator(tid("row-delivery")).nth(2)).toHaveValue("consultant");
  await expect(page.locator(tid("budget-consultant"))).toHaveText(fair);
  await context.close();
});

// Issue 31, item 2: only money that buys media buys clicks. Each line says
// what its money pays for (its channel's usual kind unless chosen) and
// whether it counts in the forecast; the KPI page's forecast follows.
test("a line's kind of spending: search ads count in the forecast, a website does not, and a change is undone", async ({ page }) => {
  await openLibrary(page);
  await createPlan(page, "Prévision 2027", "Boulangerie du Lac");
  await page.locator(tid("nav-budget")).click();
  await page.locator(tid("budget-total")).fill("40'000");
  await page.locator(tid("budget-total")).blur();
  await page.locator(tid("add-channel")).selectOption("search_ads");
  await page.locator(tid("add-channel")).selectOption("website_cro");
  const rows = page.locator(tid("budget-row"));
  await expect(rows).toHaveCount(2);
  const [search, website] = [rows.nth(0), rows.nth(1)];
  await expect(search.locator(tid("row-cost"))).toHaveValue("search");
  await expect(search.locator(tid("row-forecast"))).toHaveText("Achète des clics\u202f: compte dans la prévision");
  await expect(search.locator(tid("row-forecast"))).toHaveAttribute("data-paid", "true");
  await expect(website.locator(tid("row-cost"))).toHaveValue("production");
  await expect(website.locator(tid("row-forecast"))).toHaveText("N'achète pas de clics\u202f: hors prévision");
  await expect(website.locator(tid("row-forecast"))).toHaveAttribute("data-paid", "false");
  await page.locator(tid("cell-0-0")).fill("3000");
  await page.locator(tid("cell-1-0")).fill("8000");
  await expect(page.locator(tid("budget-allocated"))).toContainText(/11.000[.,]00/);

  // The forecast buys clicks with the search ads' CHF 3'000 only, not the website's 8'000.
  const kpis = page.locator(tid("nav-kpis"));
  const budget = page.locator(tid("nav-budget"));
  await kpis.click();
  // The table's first row is the spend, one figure per scenario: "Dépense3 000 CHF3 000 CHF…".
  const scenarios = page.locator(tid("forecast-scenarios"));
  await expect(scenarios).toContainText(/Dépense3.000.CHF/);
  await expect(page.locator(tid("forecast-no-paid"))).toHaveCount(0);

  // The search ads line paid as production: no paid media left; undo brings it back.
  await budget.click();
  await search.locator(tid("row-cost")).selectOption("production");
  await expect(search.locator(tid("row-forecast"))).toHaveAttribute("data-paid", "false");
  await kpis.click();
  await expect(page.locator(tid("forecast-no-paid"))).toBeVisible();
  await page.locator(tid("undo")).click();
  await expect(page.locator(tid("forecast-no-paid"))).toHaveCount(0);
  await expect(scenarios).toContainText(/Dépense3.000.CHF/);
  await budget.click();
  await expect(search.locator(tid("row-cost"))).toHaveValue("search");
  await expect(search.locator(tid("row-forecast"))).toHaveAttribute("data-paid", "true");
  await page.locator(tid("redo")).click();
  await expect(search.locator(tid("row-cost"))).toHaveValue("production");
  await page.locator(tid("undo")).click();
  await expect(search.locator(tid("row-cost"))).toHaveValue("search");

  // The website bought as display ads feeds the forecast too, after a reload;
  // the search line's usual kind, chosen again, is stored as no choice.
  await website.locator(tid("row-cost")).selectOption("display");
  await expect(website.locator(tid("row-forecast"))).toHaveAttribute("data-paid", "true");
  await search.locator(tid("row-cost")).selectOption("tools");
  await search.locator(tid("row-cost")).selectOption("search");
  await expectSaved(page);
  await page.reload();
  await expect(website.locator(tid("row-cost"))).toHaveValue("display");
  await expect(search.locator(tid("row-cost"))).toHaveValue("search");
  await kpis.click();
  await expect(scenarios).toContainText(/Dépense11.000.CHF/);
  const file = await downloadText(page, async () => {
    await page.locator(tid("nav-overview")).click();
    await page.locator(tid("export-current")).click();
  });
  const lines = JSON.parse(file.text).plan.budget.lines;
  expect(lines[0].cost).toBeUndefined();
  expect(lines[1].cost).toEqual({ kind: "media", media: "display" });
});
