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

/** A plan with one objective, revenue from 100'000 to 150'000 over the
 * whole plan, and CHF 10'000 of search ads linked to it. */
async function revenuePlan(page: Page) {
  await openLibrary(page);
  await createPlan(page, "Prévision", "");
  await page.locator(tid("nav-strategy")).click();
  await page.locator(tid("step-3")).click();
  await page.locator(tid("new-objective")).fill("Plus de chiffre d'affaires");
  await page.locator(tid("new-objective-add")).click();
  await page.locator(tid("objective-smart")).click();
  await page.locator(tid("add-kpi")).selectOption("revenue");
  await page.locator(tid("baseline-revenue")).fill("100000");
  await page.locator(tid("target-revenue")).fill("150000");
  await page.locator(tid("period-revenue")).selectOption("plan");
  await page.locator(tid("nav-budget")).click();
  await page.locator(tid("budget-total")).fill("10000");
  await page.locator(tid("add-channel")).selectOption("search_ads");
  await page.locator(tid("cell-0-0")).fill("10000");
  await page.locator(`${tid("row-objectives")}`).click();
  await page.getByLabel("Plus de chiffre d'affaires", { exact: true }).check();
  await page.locator(tid("nav-kpis")).click();
}

// Issue 31: the cost of a target is the cost of its increment, priced on
// the paid media only, and says what it cannot compute.
test("a revenue target the budget cannot reach is out of reach, with the missing amount", async ({ page }) => {
  await revenuePlan(page);
  const line = page.locator(tid("forecast-line")).first();
  await expect(line).toHaveAttribute("data-paid", "true");
  await expect(line).toContainText("Achète des clics");

  const item = page.locator(tid("reverse-item"));
  // No average basket and no dollar rate yet: unknown, saying what is missing.
  await expect(item.locator(tid("reverse-verdict"))).toHaveText("? Inconnu");
  await expect(item.locator(tid("reverse-unknown"))).toContainText(/Inconnu\u202f: il manque .*le panier moyen/);
  await page.locator(tid("forecast-aov")).fill("100");
  await page.locator(tid("scenario-1-search-price")).fill("2");
  await page.locator(tid("scenario-1-search-conversion")).fill("2");
  // The increment over the baseline: 50'000 / 100 = 500 orders / 2% =
  // 25'000 clicks x CHF 2 = CHF 50'000 needed, CHF 10'000 allocated.
  await expect(item.locator(tid("reverse-verdict"))).toHaveText(/^✗ Hors de portée\u202f: il manque \D*40.000\sCHF$/);
  await expect(item.locator(tid("reverse-steps"))).toHaveText(
    /^\+50.000\sCHF sur tout le plan → 500\scommandes → 25.000\svisites → 25.000\sclics payants \(100\s%\) → 50.000\sCHF de média payant$/);
  await expect(item.locator(tid("reverse-basis"))).toContainText(/de 100.000 à 150.000\sCHF sur tout le plan, dont 100\s% attendus des actions digitales/);
  // What the allocated CHF 10'000 brings: 5'000 clicks x 2% = 100 orders, CHF 10'000.
  await expect(item.locator(tid("reverse-outlook"))).toContainText(/\(10.000\sCHF\) apporte 100\scommandes d'ici l'échéance/);
  await expect(item.locator(tid("reverse-outlook"))).toContainText(/110.000\sCHF sur tout le plan, pour une cible de 150.000\sCHF/);
  await expect(item.locator(tid("reverse-money"))).toContainText(/nécessaire 50.000\sCHF · alloué 10.000\sCHF/);
  await page.locator(tid("nav-strategy")).click();
  await page.locator(tid("step-4")).click();
  await expect(page.locator(`${tid("smart-letter")}[data-letter="A"]`)).toContainText(/50.000/);
});

test("typing a central search cost per click changes the forecast orders", async ({ page }) => {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await revenuePlan(page);
  const orders = page.locator(`${tid("forecast-scenarios")} tr.key td`);
  const notes = page.locator(tid("forecast-notes"));
  // The all-industry CPC is in US dollars and no rate is typed: "—", and
  // the note under the table says why.
  await expect(page.locator(tid("scenario-1-search-price-used"))).toHaveText("cours du dollar à saisir");
  await expect(orders.nth(1)).toHaveText("—");
  await expect(notes).toContainText(/—\u202f: Inconnu\u202f: il manque le cours du dollar US/);

  // Typed key by key, as a person does: the box keeps the focus.
  const cpc = page.locator(tid("scenario-1-search-price"));
  await cpc.click();
  await cpc.pressSequentially("2.5");
  await expect(cpc).toBeFocused();
  await expect(cpc).toHaveValue("2.5");
  // CHF 10'000 / 2.50 = 4'000 clicks x 8.18% (the benchmark) = 327 orders.
  await expect(orders.nth(1)).toHaveText("327");
  await expect(notes).not.toContainText("dollar");
  // Prudent derives from it: CHF 3.125 a click, 6.544%: 209 orders.
  await expect(page.locator(tid("scenario-0-search-price-used"))).toContainText(/3[.,]13\sCHF · déduit/);
  await expect(orders.nth(0)).toHaveText("209");
  await cpc.fill("5");
  await expect(orders.nth(1)).toHaveText("164");
  // The whole plan per horizon reads the same figure under the active scenario.
  await expect(page.locator(`${tid("forecast-horizons")} tr.key td`).last()).toHaveText("164");
  expect(errors).toEqual([]);
});

test("the restaurants' benchmarks show their source, their age and that they are US data", async ({ page }) => {
  await openLibrary(page);
  await createPlan(page, "Boulangerie", "");
  await page.locator(tid("nav-kpis")).click();
  await expect(page.locator(tid("forecast-lines-empty"))).toContainText("Média payant");
  await expect(page.locator(tid("bench-search-price"))).toContainText("13\u202f474 campagnes");

  await page.locator(tid("forecast-industry")).selectOption("food");
  const cpc = page.locator(tid("bench-search-price"));
  await expect(cpc).toContainText(/Coût par clic\u202f: 2[.,]05\s\$US/);
  await expect(cpc).toContainText("WordStream/LocaliQ");
  await expect(cpc).toContainText("jusqu'à mars 2025");
  await expect(cpc).toContainText("données du marché US");
  // The restaurant figures end in March 2025: more than 18 months old.
  await expect(cpc.locator(tid("bench-stale"))).toHaveText("⚠ plus de 18\u00a0mois");
  await expect(page.locator(tid("bench-search-ctr"))).toContainText("7,58\u00a0%");
  await expect(page.locator(tid("scenario-1-search-ctr-used"))).toHaveText("7,58\u00a0% · référence");

  // The dollar rate converts the price, with its date.
  await expect(page.locator(tid("forecast-usd-missing"))).toBeVisible();
  await page.locator(tid("forecast-usd-rate")).fill("0.8");
  await expect(page.locator(tid("forecast-usd-typed"))).toContainText(/^1\u00a0USD = 0[.,]80\sCHF, saisi le \d/);
  await expect(page.locator(tid("forecast-usd-missing"))).toHaveCount(0);
  await expect(page.locator(tid("scenario-1-search-price-used"))).toHaveText(/^1[.,]64\sCHF · référence US$/);
  await expect(cpc).toContainText(/soit 1[.,]64\sCHF/);
  await page.reload();
  await expect(page.locator(tid("forecast-industry"))).toHaveValue("food");
  await expect(page.locator(tid("forecast-usd-rate"))).toHaveValue(/0[.,]8/);
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
    ["Rétention", /1\sutilisateur(?!s)/, /33[.,]3\s%/],
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
