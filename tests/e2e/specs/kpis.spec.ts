// The KPIs page against hand-computed values: the calculator, the funnel,
// and the forecast that tells whether a target is within the budget.
import { test, expect, type Page } from "@playwright/test";
import { tid, openLibrary, createPlan } from "./app";

async function calc(page: Page, kpi: string, inputs: string[]) {
  await page.locator(tid("calc-kpi")).selectOption(kpi);
  for (const [i, v] of inputs.entries()) await page.locator(tid(`calc-input-${i + 1}`)).fill(v);
}

test("the calculator gives the reference values and never NaN", async ({ page }) => {
  await openLibrary(page);
  await createPlan(page, "KPI", "");
  await page.locator(tid("nav-kpis")).click();
  const result = page.locator(tid("calc-result"));

  await calc(page, "conversion_rate", ["250", "10'000"]);
  await expect(result).toContainText(/2[.,]5\s%/);
  await expect(page.locator(tid("calc-formula"))).toContainText(/Commandes ÷ Visites.*250 ÷ 10.000/);

  await calc(page, "cost_per_order", ["5'000", "250"]);
  await expect(result).toContainText(/20[.,]00\sCHF|CHF\s20[.,]00/);

  await calc(page, "reactivity_rate", ["300", "2'000"]);
  await expect(result).toContainText(/15\s%/);

  // Zero and empty: a reason, never NaN or infinity.
  await page.locator(tid("calc-input-2")).fill("0");
  await expect(result).toContainText("vaut zéro");
  await page.locator(tid("calc-input-2")).fill("");
  await expect(result).toContainText("Non calculable");
  await expect(page.locator("body")).not.toContainText(/NaN|Infinity|∞/);

  // Solved the other way: spend and a target CPA give the orders needed.
  await page.locator(tid("calc-kpi")).selectOption("cost_per_order");
  await page.locator(tid("calc-unknown")).selectOption({ label: "Commandes" });
  await page.locator(tid("calc-input-0")).fill("20");
  await page.locator(tid("calc-input-1")).fill("5000");
  await expect(result).toContainText("250");
});

test("a computed value fills an objective's target", async ({ page }) => {
  await openLibrary(page);
  await createPlan(page, "KPI cible", "");
  await page.locator(tid("nav-strategy")).click();
  await page.locator(tid("step-3")).click();
  await page.locator(tid("new-objective")).fill("Mieux convertir");
  await page.locator(tid("new-objective-add")).click();
  await page.locator(tid("nav-kpis")).click();
  await calc(page, "conversion_rate", ["300", "10000"]);
  await page.locator(tid("calc-use-target")).click();
  await expect(page.locator(tid("calc-used"))).toContainText("Mieux convertir");
  await page.locator(tid("nav-strategy")).click();
  await page.locator(tid("step-4")).click();
  await expect(page.locator(tid("target-conversion_rate"))).toHaveValue("3");
});

test("the funnel shows conversion, the weakest step, and refuses counts growing down", async ({ page }) => {
  await openLibrary(page);
  await createPlan(page, "Tunnel", "");
  await page.locator(tid("nav-kpis")).click();
  const counts = ["10000", "2000", "250", "100", "10"];
  for (const [i, c] of counts.entries()) {
    await page.locator(tid(`funnel-0-${i}`)).fill(c);
    await page.locator(tid(`funnel-0-${i}`)).blur();
  }
  await expect(page.locator(tid("funnel-step-0"))).toContainText(/20\s%/);
  await expect(page.locator(tid("funnel-step-1"))).toContainText(/12[.,]5\s%/);
  await expect(page.locator(tid("funnel-weakest"))).toContainText("Fidélisation");
  await page.locator(tid("funnel-0-2")).fill("3000");
  await page.locator(tid("funnel-0-2")).blur();
  await expect(page.locator(tid("funnel-grows"))).toContainText("plus d'utilisateurs en Conversion qu'en Interaction");
  await page.locator(tid("funnel-0-3")).fill("2,5");
  await page.locator(tid("funnel-0-3")).blur();
  await expect(page.locator(tid("funnel-0-3-error"))).toContainText("entier");
  await page.reload();
  await expect(page.locator(tid("funnel-0-2"))).toHaveValue(/3.000/);
  await page.locator(tid("nav-dashboard")).click();
  await expect(page.locator(tid("dash-funnel"))).toContainText("Attraction → Interaction\u202f: 20\u00a0%");
});

test("a revenue target the budget cannot reach is out of reach, with the missing amount", async ({ page }) => {
  await openLibrary(page);
  await createPlan(page, "Prévision", "");
  // Budget: CHF 10'000 of search ads, linked to the objective below.
  await page.locator(tid("nav-strategy")).click();
  await page.locator(tid("step-3")).click();
  await page.locator(tid("new-objective")).fill("Plus de chiffre d'affaires");
  await page.locator(tid("new-objective-add")).click();
  await page.locator(tid("objective-smart")).click();
  await page.locator(tid("add-kpi")).selectOption("revenue");
  await page.locator(tid("baseline-revenue")).fill("100000");
  await page.locator(tid("target-revenue")).fill("150000");
  await page.locator(tid("nav-budget")).click();
  await page.locator(tid("budget-total")).fill("10000");
  await page.locator(tid("add-channel")).selectOption("search_ads");
  await page.locator(tid("cell-0-0")).fill("10000");
  await page.locator(`${tid("row-objectives")}`).click();
  await page.getByLabel("Plus de chiffre d'affaires").check();

  await page.locator(tid("nav-kpis")).click();
  const item = page.locator(tid("reverse-item"));
  await expect(item).toContainText("Non calculable"); // no average order value yet
  await page.locator(tid("forecast-aov")).fill("100");
  await page.locator(tid("scenario-1-cpc")).fill("2");
  await page.locator(tid("scenario-1-conversion")).fill("2");
  // 50'000 / 100 = 500 orders / 2% = 25'000 visits x CHF 2 = CHF 50'000 needed; 10'000 allocated.
  await expect(item).toContainText(/Hors de portée\u202f: il manque \D*40.000(?![.,]\d)/);
  await expect(item).toContainText(/500 commandes → 25.000 visites/);
  await page.locator(tid("nav-strategy")).click();
  await page.locator(tid("step-4")).click();
  await expect(page.locator(`${tid("smart-letter")}[data-letter="A"]`)).toContainText(/la cible demande .*50.000[.,]00/);
});

// Issue 29, item 6: the calculator panicked ("reactive value that has
// already been disposed", then `RuntimeError: unreachable`) when its
// indicator changed while the focus was in a number field that the new
// indicator does not have.
test("picking another indicator while typing in a calculator field keeps the calculator working", async ({ page }) => {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await openLibrary(page);
  await createPlan(page, "KPI focus", "");
  await page.locator(tid("nav-kpis")).click();
  const result = page.locator(tid("calc-result"));

  // ROI has three fields; the focus stays in the third (the spend) while a
  // ratio, which has two, is picked.
  await page.locator(tid("calc-kpi")).selectOption("roi");
  const spend = page.locator(tid("calc-input-3"));
  await spend.fill("250");
  await expect(spend).toBeFocused();
  await page.locator(tid("calc-kpi")).selectOption("cpc");
  await expect(page.locator(tid("calc-input-3"))).toHaveCount(0);

  // The new fields work: CHF 100 for 50 clicks is CHF 2.00 a click.
  await page.locator(tid("calc-input-1")).fill("100");
  await page.locator(tid("calc-input-2")).fill("50");
  await expect(result).toContainText(/2[.,]00\sCHF|CHF\s2[.,]00/);
  await page.locator(tid("calc-kpi")).selectOption("conversion_rate");
  await page.locator(tid("calc-input-1")).fill("250");
  await page.locator(tid("calc-input-2")).fill("10'000");
  await expect(result).toContainText(/2[.,]5\s%/);
  expect(errors).toEqual([]);
});

// Issue 30, item 5: the chart explains itself: each stage's name, count and
// rate from the stage before are written on it, readable beside the thin
// bars of small lower stages; with no count, a sentence and no stray tick.
test("the funnel chart writes every stage and says when it is empty", async ({ page }) => {
  await openLibrary(page);
  await createPlan(page, "Tunnel", "");
  await page.locator(tid("nav-kpis")).click();
  const chart = page.locator(tid("funnel-chart"));
  await expect(chart.locator(tid("funnel-chart-empty"))).toContainText("nombre d'utilisateurs");
  await expect(chart.locator(".funnel-bar, polygon")).toHaveCount(0);

  const counts = ["10000", "2000", "25", "3", "1"];
  for (const [i, c] of counts.entries()) {
    await page.locator(tid(`funnel-0-${i}`)).fill(c);
    await page.locator(tid(`funnel-0-${i}`)).blur();
  }
  const stages = chart.locator(tid("funnel-chart-stage"));
  await expect(stages).toHaveCount(5);
  const expected = [
    ["Attraction", /10.000\sutilisateurs/, null],
    ["Interaction", /2.000\sutilisateurs/, /20\s%/],
    ["Conversion", /25\sutilisateurs/, /1[.,]3\s%/],
    ["Fidélisation", /3\sutilisateurs/, /12\s%/],
    ["Recommandation", /1\sutilisateur(?!s)/, /33[.,]3\s%/],
  ] as const;
  for (const [i, [name, count, rate]] of expected.entries()) {
    const stage = stages.nth(i);
    await expect(stage).toContainText(name);
    await expect(stage).toContainText(count);
    if (rate) await expect(stage.locator(".stage-rate")).toHaveText(rate);
    const text = await stage.locator(".funnel-text").boundingBox();
    expect(text!.width).toBeGreaterThan(60);
    expect((await stage.locator(".funnel-bar").boundingBox())!.width).toBeGreaterThanOrEqual(3);
  }
});
