// Issue 31: one forecast, read the same on every view. A Lausanne bakery is
// built through the UI (basket CHF 14.50, revenue CHF 360'000 a year to
// CHF 414'000, CHF 40'000 of budget of which CHF 11'000 of search and
// social ads, 40 % of visits from ads, restaurant benchmarks, 1 USD =
// CHF 0.80), and its forecast orders are read on the KPI page, under "what
// a target costs", on the dashboard and on the slides.
//
// By hand (tests/forecast.rs has the same): search USD 2.05 x 0.80 = CHF
// 1.64 a click, 7.09 % buy: 6000 / 1.64 x 0.0709 = 259.39 customers; Meta
// USD 1.88 x 0.80 = CHF 1.504, 18.25 %: 5000 / 1.504 x 0.1825 = 606.72.
// Ads bring 40 % of the new visits: (259.39 + 606.72) / 0.4 = 2'165 orders.
import { test, expect, Page } from "@playwright/test";
import { tid, openLibrary, createPlan, expectSaved } from "./app";

const OBJECTIVE = "Chiffre d'affaires +15 %";
/** 2'165 written the French way (a narrow no-break space between thousands). */
const ORDERS = /^2\u202f165$/;

async function bakery(page: Page) {
  await openLibrary(page);
  await createPlan(page, "Plan boulangerie 2027", "Boulangerie du Lac");

  // The objective: revenue per year from 360'000 to 414'000, and the
  // orders it brings over the plan, from none.
  await page.locator(tid("nav-strategy")).click();
  await page.locator(tid("step-3")).click();
  await page.locator(tid("new-objective")).fill(OBJECTIVE);
  await page.locator(tid("new-objective-add")).click();
  await page.locator(tid("objective-smart")).click();
  await page.locator(tid("add-kpi")).selectOption("revenue");
  await page.locator(tid("baseline-revenue")).fill("360000");
  await page.locator(tid("target-revenue")).fill("414000");
  await expect(page.locator(tid("period-revenue"))).toHaveValue("year");
  await page.locator(tid("add-kpi")).selectOption("orders");
  await page.locator(tid("baseline-orders")).fill("0");
  await page.locator(tid("target-orders")).fill("2500");
  await page.locator(tid("period-orders")).selectOption("plan");

  // The budget: paid media and a website, each serving the objective.
  await page.locator(tid("nav-budget")).click();
  await page.locator(tid("budget-total")).fill("40'000");
  await page.locator(tid("budget-total")).blur();
  const rows = page.locator(tid("budget-row"));
  for (const [i, channel, amount] of [[0, "search_ads", "6000"], [1, "social_ads", "5000"], [2, "website_cro", "9000"]] as const) {
    await page.locator(tid("add-channel")).selectOption(channel);
    await expect(rows).toHaveCount(i + 1);
    await page.locator(tid(`cell-${i}-0`)).fill(amount);
    await page.locator(tid(`cell-${i}-0`)).blur();
    await rows.nth(i).locator(tid("row-objectives")).click();
    await rows.nth(i).getByLabel(OBJECTIVE).check();
  }
  await expect(rows.nth(2).locator(tid("row-forecast"))).toHaveAttribute("data-paid", "false");

  // The forecast's figures.
  await page.locator(tid("nav-kpis")).click();
  await page.locator(tid("forecast-aov")).fill("14.50");
  await page.locator(tid("forecast-paid-share")).fill("40");
  await page.locator(tid("forecast-industry")).selectOption("food");
  await page.locator(tid("forecast-usd-rate")).fill("0.80");
  await page.locator(tid("forecast-usd-rate")).blur();
  await expectSaved(page);
}

test("the bakery's forecast orders are one number on the KPI page, under what a target costs, on the dashboard and on the slides", async ({ page }) => {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await bakery(page);

  // 1. The KPI page: the central scenario's orders, paid media only.
  const scenarios = page.locator(tid("forecast-scenarios"));
  await expect(scenarios).toContainText(/Dépense11.000.CHF/);
  const central = page.locator(`${tid("forecast-scenarios")} tr.key td`).nth(1);
  await expect(central).toHaveText(ORDERS);

  // 2. What a target costs: the paid media linked to the objective brings
  // the same orders; +CHF 54'000 a year costs the increment only.
  const item = page.locator(tid("reverse-item"));
  await expect(item.locator(tid("reverse-outlook"))).toContainText(/apporte 2\u202f165\scommandes/);
  await expect(item.locator(tid("reverse-steps"))).toHaveText(/^\+54.000\sCHF par an → 3.724\scommandes/);
  await expect(item.locator(tid("reverse-money"))).toContainText(/nécessaire 18.919\sCHF · alloué 11.000\sCHF/);

  // 3. The dashboard: a running total of orders, set beside the forecast,
  // whose value at the deadline is the same 2'165.
  await page.locator(tid("nav-dashboard")).click();
  const panel = page.locator(tid("dash-objective"));
  const form = panel.locator("form.record").nth(1);
  await expect(form.locator(tid("m-measured"))).toHaveText("(total depuis le début du plan)");
  await form.locator(tid("m-value")).fill("100");
  await form.locator(tid("m-add")).click();
  const row = page.locator(tid("dash-forecast")).locator(tid("forecast-row")).filter({ hasText: "commandes" });
  await expect(row).toContainText(/À l'échéance\u202f: 2\u202f165 prévus, cible 2\u202f500/);

  // 4. The slides: the forecast table's central column.
  await page.locator(tid("nav-present")).click();
  const slide = page.locator('.deck .slide[data-kind="forecast"]');
  const at = Number((await slide.getAttribute("data-testid"))!.replace("slide-", ""));
  for (let i = 0; i < at; i++) await page.keyboard.press("ArrowRight");
  await expect(slide).toBeVisible();
  const orders = slide.locator(tid("deck-forecast")).locator("tr").filter({ hasText: "Commandes" }).locator("td").nth(1);
  await expect(orders).toHaveText(ORDERS);
  await expect(slide.locator(tid("deck-forecast-note")).first()).toContainText("la publicité apporte 40\u00a0% des nouvelles visites");
  await expect(slide).toContainText("1\u00a0USD = 0,8 CHF");
  expect(errors).toEqual([]);
});

test("the funnel of a paid media is filled from the forecast's rates", async ({ page }) => {
  await bakery(page);
  const add = page.locator(tid("funnel-add-forecast"));
  // Search and social ads are paid media; the website is not.
  await expect(add).toHaveCount(2);
  await add.first().click();
  const row = page.locator(tid("funnel-row")).first();
  await expect(row.locator(tid("funnel-label"))).toHaveValue("Prévision\u202f: Publicité sur les moteurs");
  // CHF 6'000 at CHF 1.64 a click = 3'659 clicks; 7.58 % of impressions
  // clicked = 48'266 impressions; 7.09 % of clicks buy = 259 new customers.
  await expect(row.locator(tid("funnel-0-0"))).toHaveValue(/^48.266$/);
  await expect(row.locator(tid("funnel-0-1"))).toHaveValue(/^3.659$/);
  await expect(row.locator(tid("funnel-0-2"))).toHaveValue(/^259$/);
  await expect(row.locator(tid("funnel-0-3"))).toHaveValue("");
});
