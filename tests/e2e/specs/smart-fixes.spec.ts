// Issue 34, points 7 and 8: what got in the way while building a plan's
// objectives (a target switched to a change before it is typed, suggested
// objectives arriving with empty KPIs, empty states that only name the step
// to visit, one-line notes), and the method's structure in the KPI picker.
import { test, expect, type Page } from "@playwright/test";
import { tid, openLibrary, createPlan, expectSaved } from "./app";

const NN = "\u202f";
const letter = (page: Page, initial: string) => page.locator(`${tid("smart-letter")}[data-letter="${initial}"]`);

/** A new plan with one objective of the person's own, on its SMART form. */
async function ownObjective(page: Page, title: string) {
  await page.locator(tid("nav-strategy")).click();
  await page.locator(tid("step-3")).click();
  await page.locator(tid("new-objective")).fill(title);
  await page.locator(tid("new-objective-add")).click();
  await page.locator(tid("objective-smart")).first().click();
  await expect(page.locator(tid("step-smart"))).toBeVisible();
}

test("a target switched to a change in % before any figure is typed reads the figure as a change", async ({ page }) => {
  await openLibrary(page);
  await createPlan(page, "Plan panier", "Épicerie fine");
  await ownObjective(page, "Augmenter le panier moyen");
  await page.locator(tid("add-kpi")).selectOption("aov");
  const row = page.locator(tid("kpi-row-aov"));
  // The switch, with no target yet, takes effect: the field now counts in %.
  await page.locator(tid("target-mode-aov")).selectOption("change");
  await expect(page.locator(tid("target-mode-aov"))).toHaveValue("change");
  const targetUnit = row.locator(`.field:has(${tid("target-aov")}) .unit`);
  await expect(targetUnit).toHaveText("%");
  await page.locator(tid("target-aov")).fill("15");
  await page.locator(tid("target-aov")).blur();
  await expect(targetUnit).toHaveText("%");
  await expect(page.locator(tid("target-mode-aov"))).toHaveValue("change");
  // Without a baseline, "Measurable" asks for one; with it, +15 % of 80 is 92.
  await expect(letter(page, "M")).toContainText("valeur de départ");
  await page.locator(tid("baseline-aov")).fill("80");
  await page.locator(tid("baseline-aov")).blur();
  await expect(row).toContainText(/= 92[.,]00\sCHF|= CHF\s92|= 92\sCHF/);
  await page.locator(tid("objective-rationale")).fill("Les coffrets cadeaux se vendent bien en décembre.");
  await expect(letter(page, "R")).toHaveAttribute("data-met", "true");
  await expect(letter(page, "R")).not.toContainText("mauvais sens");
  // Back to a value: the same aim, 92 CHF.
  await page.locator(tid("target-mode-aov")).selectOption("value");
  await expect(page.locator(tid("target-aov"))).toHaveValue("92");
  await expect(targetUnit).toHaveText("CHF");
  await expectSaved(page);
});

test("a suggested objective comes with the KPIs ticked and their figures, and none left empty", async ({ page }) => {
  await openLibrary(page);
  await createPlan(page, "Plan vélo", "Atelier Vélo Léman");
  await page.locator(tid("nav-strategy")).click();
  await page.locator(tid("step-2")).click();
  await page.locator(tid("element-toggle-revenue")).click();
  await page.locator(tid("step-3")).click();
  const suggestion = page.locator(tid("suggestion-more_sales"));
  // Its usual KPIs are offered, none ticked; a ticked one asks its figures.
  await expect(suggestion.locator('input[type="checkbox"]')).toHaveCount(2);
  await expect(page.locator(tid("suggestion-target-more_sales-orders"))).toHaveCount(0);
  await page.locator(tid("suggestion-kpi-more_sales-orders")).check();
  await page.locator(tid("suggestion-baseline-more_sales-orders")).fill("20");
  await page.locator(tid("suggestion-target-more_sales-orders")).fill("35");
  await page.locator(tid("suggestion-target-more_sales-orders")).blur();
  await page.locator(tid("suggestion-add-more_sales")).click();
  await expect(page.locator(tid("suggestion-add-more_sales"))).toBeDisabled();
  await expect(page.locator(tid("objective-row")).first().locator(".kpi-line")).toHaveText("Volume de commandes");
  // Nothing left to remove before "Measurable" is met.
  await page.locator(tid("objective-smart")).first().click();
  await expect(page.locator(".kpi-row")).toHaveCount(1);
  await expect(page.locator(tid("baseline-orders"))).toHaveValue("20");
  await expect(page.locator(tid("target-orders"))).toHaveValue("35");
  await expect(letter(page, "M")).toHaveAttribute("data-met", "true");
  // The KPI not kept is still suggested for this objective.
  await expect(page.locator(`${tid("add-kpi")} optgroup[label="Suggérés pour cet objectif"] option[value="aov"]`)).toHaveCount(1);
  // A suggestion added with nothing ticked has no KPI to remove.
  await page.locator(tid("step-3")).click();
  await page.locator(tid("suggestion-add-site_performance")).click();
  await expect(page.locator(tid("objective-row")).nth(1).locator(".kpi-line")).toHaveText("");
});

test("empty states link to the step that fills them, by keyboard too", async ({ page }) => {
  await openLibrary(page);
  await createPlan(page, "Plan vide", "");
  await page.locator(tid("nav-dashboard")).click();
  const link = page.locator(`${tid("dash-no-objectives")} ${tid("link-objectives")}`);
  await expect(link).toBeVisible();
  await link.focus();
  await expect(link).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator(tid("step-objectives"))).toBeVisible();
  await expect(page).toHaveURL(/\/strategy\/objectives$/);
  // No element chosen yet: the suggestions link to the elements step.
  await page.locator(`${tid("suggestions-none")} ${tid("link-elements")}`).click();
  await expect(page.locator(tid("step-elements"))).toBeVisible();

  await page.locator(tid("nav-kpis")).click();
  await page.locator(`${tid("calc-no-objective")} ${tid("link-objectives")}`).click();
  await expect(page.locator(tid("step-objectives"))).toBeVisible();

  // An objective without KPI: its dashboard card links to its SMART form.
  await page.locator(tid("new-objective")).fill("Gagner des clients");
  await page.locator(tid("new-objective-add")).click();
  await page.locator(tid("nav-dashboard")).click();
  await page.locator(`${tid("dash-no-kpi")} ${tid("link-kpis")}`).click();
  await expect(page.locator(tid("step-smart"))).toBeVisible();
  await expect(page).toHaveURL(/\/strategy\/smart\?o=\d+$/);
});

test("a strategy element's note keeps its lines in the form, the summary, the slides and the report", async ({ page }) => {
  await openLibrary(page);
  await createPlan(page, "Plan notes", "Boulangerie du Lac");
  await page.locator(tid("nav-strategy")).click();
  await page.locator(tid("step-2")).click();
  await page.locator(tid("element-toggle-awareness")).click();
  const note = page.locator('[data-testid^="element-note-"]').first();
  await expect(note).toHaveJSProperty("tagName", "TEXTAREA");
  await note.fill("Une ligne");
  const oneLine = (await note.boundingBox())!.height;
  const text = "Être trouvé sur Google Maps\nPublier chaque semaine\nSuivre les avis\nRépondre à chacun\nPhotos du jour\nÉvénements";
  await note.fill(text);
  await expect.poll(async () => (await note.boundingBox())!.height).toBeGreaterThan(oneLine + 20);
  await expect(note).toHaveValue(text);
  await expectSaved(page);

  await page.locator(tid("step-5")).click();
  const shown = page.locator(tid("summary-note"));
  await expect(shown).toHaveCSS("white-space", "pre-line");
  expect(await shown.innerText()).toContain("Google Maps\nPublier");

  await page.locator(tid("nav-present")).click();
  await expect(page.locator(tid("slide-0"))).toBeVisible();
  const strategySlide = page.locator('.deck .slide[data-kind="strategy"]').first();
  const at = Number((await strategySlide.getAttribute("data-testid"))!.replace("slide-", ""));
  for (let i = 0; i < at; i++) await page.keyboard.press("ArrowRight");
  const slideNote = strategySlide.locator(tid("branch-note")).first();
  await expect(slideNote).toBeVisible();
  await expect(slideNote).toHaveCSS("white-space", "pre-line");
  expect(await slideNote.innerText()).toContain("Google Maps\nPublier");
  await page.emulateMedia({ media: "print" });
  const reportNote = page.locator(`${tid("report")} ${tid("branch-note")}`).first();
  await expect(reportNote).toBeVisible();
  expect(await reportNote.innerText()).toContain("Google Maps\nPublier");
});

test("the KPI picker groups by medium or by success area and counts the KPIs followed against 5 to 10", async ({ page }) => {
  await openLibrary(page);
  await createPlan(page, "Plan indicateurs", "");
  await ownObjective(page, "Vendre plus en ligne");
  const picker = page.locator(tid("add-kpi"));
  const groups = () => picker.locator("optgroup").evaluateAll((gs) => gs.map((g) => (g as HTMLOptGroupElement).label));
  await expect.poll(groups).toEqual(expect.arrayContaining(["Site web", "Emailing", "Réseaux sociaux", "Moteurs de recherche", "Boutique et ventes"]));
  await expect(picker.locator('optgroup[label="Emailing"] option')).toHaveText(
    ["Taux d'ouverture", "Taux de clic email", "Taux de délivrabilité", "Taux de réactivité"]);
  await page.locator(tid("kpi-grouping")).selectOption("area");
  await expect.poll(groups).toEqual(["Engagement des utilisateurs", "Tunnel de conversion", "Réputation",
    "Collaboration interne", "Service client"]);
  await expect(picker.locator('optgroup[label="Service client"] option[value="response_time"]')).toHaveCount(1);

  // The count of KPIs followed, a note below 5 and above 10, never a block.
  const followed = page.locator(tid("kpis-followed"));
  await expect(followed).toHaveText(`Aucun indicateur suivi dans le plan${NN}: la méthode conseille d'en suivre 5 à 10 qui comptent.`);
  for (const k of ["orders", "aov", "conversion_rate", "unique_visitors", "open_rate"]) await picker.selectOption(k);
  await expect(followed).toHaveAttribute("data-advice", "equal");
  await expect(followed).toContainText("5 indicateurs suivis");
  for (const k of ["bounce_rate", "ctr", "cpc", "revenue", "faq_visits", "response_time"]) await picker.selectOption(k);
  await expect(page.locator(".kpi-row")).toHaveCount(11);
  await expect(followed).toHaveAttribute("data-advice", "greater");
  await expect(followed).toContainText("au-delà de 10");

  // The calculator on the KPI page is grouped the same way; the funnel's
  // fifth stage has the method's name.
  await page.locator(tid("nav-kpis")).click();
  await expect(page.locator(`${tid("calc-kpi")} optgroup[label="Emailing"] option[value="open_rate"]`)).toHaveCount(1);
  await page.locator(tid("calc-grouping")).selectOption("area");
  await expect(page.locator(`${tid("calc-kpi")} optgroup[label="Tunnel de conversion"] option[value="conversion_rate"]`)).toHaveCount(1);
  await expect(page.locator(tid("calc-kpi"))).toHaveValue("conversion_rate");
  await expect(page.locator('label[for="funnel-0-4"]')).toHaveText("Rétention");
});

test("in English the picker's groups, the advice and the funnel's last stage read in English", async ({ browser }) => {
  const context = await browser.newContext({ locale: "en-GB" });
  const page = await context.newPage();
  await openLibrary(page);
  await createPlan(page, "KPI plan", "");
  await ownObjective(page, "Sell more online");
  await expect(page.locator(`${tid("add-kpi")} optgroup[label="Shop and sales"]`)).toHaveCount(1);
  await page.locator(tid("kpi-grouping")).selectOption("area");
  await expect(page.locator(`${tid("add-kpi")} optgroup[label="User engagement"]`)).toHaveCount(1);
  await expect(page.locator(tid("kpis-followed"))).toHaveText("No KPI followed in the plan: the method advises following the 5 to 10 that matter.");
  await page.locator(tid("nav-kpis")).click();
  await expect(page.locator('label[for="funnel-0-4"]')).toHaveText("Retention / referral");
  await context.close();
});
