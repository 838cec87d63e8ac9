// A consultant sits with a client and goes from what the business wants to
// ranked SMART objectives with KPIs, in French and in English.
import { test, expect, type Page } from "@playwright/test";
import { tid, openLibrary, createPlan, expectSaved, downloadText, importFile } from "./app";

const letters = (page: Page) => page.locator(tid("smart-letter"));
const letter = (page: Page, initial: string) => page.locator(`${tid("smart-letter")}[data-letter="${initial}"]`);

/** The objective titles, in their order on screen. */
async function expectTitles(page: Page, expected: string[]) {
  await expect.poll(() => page.locator(tid("objective-title"))
    .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))).toEqual(expected);
}

async function goToStep(page: Page, n: number) {
  await page.locator(tid(`step-${n}`)).click();
}

/** Fills what makes the shown objective SMART; `kpis` maps a KPI key to [baseline, target] as typed. */
async function makeSmart(page: Page, o: { statement: string; owner: string; rationale: string; deadline: string;
  kpis: Record<string, [string, string]> }, met = 5) {
  await page.locator(tid("objective-statement")).fill(o.statement);
  for (const [key, [baseline, target]] of Object.entries(o.kpis)) {
    if (await page.locator(tid(`kpi-row-${key}`)).count() === 0) {
      await page.locator(tid("add-kpi")).selectOption(key);
    }
    await page.locator(tid(`baseline-${key}`)).fill(baseline);
    await page.locator(tid(`target-${key}`)).fill(target);
  }
  await page.locator(tid("objective-deadline")).fill(o.deadline);
  await page.locator(tid("objective-owner")).fill(o.owner);
  await page.locator(tid("objective-rationale")).fill(o.rationale);
  await expect(letters(page).and(page.locator('[data-met="true"]'))).toHaveCount(met);
}

test("from two strategy elements to three priority and two secondary SMART objectives, kept across reload and export/import", async ({ page }) => {
  await openLibrary(page);
  await createPlan(page, "Plan vélo", "Atelier Vélo Léman");
  await page.locator(tid("nav-strategy")).click();

  // 1. Context.
  await expect(page.locator(tid("step-context"))).toBeVisible();
  await page.locator(tid("plan-context")).fill("Vendre les vélos reconditionnés en ligne.");
  await page.locator(tid("plan-strategy")).fill("Devenir l'atelier de référence de la région.");

  // 2. Strategy elements.
  await page.locator(tid("step-next")).click();
  await expect(page.locator(tid("step-elements"))).toBeVisible();
  await page.locator(tid("element-toggle-revenue")).click();
  await page.locator(tid("element-toggle-brand_image")).click();
  await expect(page.locator(tid("elements-count"))).toHaveText("2 éléments retenus");
  await expect(page.locator(tid("element-toggle-revenue"))).toHaveAttribute("aria-pressed", "true");

  // 3. Objectives: suggestions, the method's 2-to-4 advice, ranks.
  await page.locator(tid("step-next")).click();
  await expect(page.locator(tid("suggestions"))).toContainText("Augmenter les ventes et les commandes");
  // A suggestion's KPIs are kept by ticking them (issue 34): none comes unasked.
  await page.locator(tid("suggestion-kpi-more_sales-orders")).check();
  await page.locator(tid("suggestion-kpi-more_sales-aov")).check();
  await page.locator(tid("suggestion-add-more_sales")).click();
  await expect(page.locator(tid("priority-advice"))).toContainText("1 objectif prioritaire");
  await expect(page.locator(tid("suggestion-add-more_sales"))).toBeDisabled();
  await page.locator(tid("suggestion-kpi-site_performance-conversion_rate")).check();
  await page.locator(tid("suggestion-add-site_performance")).click();
  await page.locator(tid("suggestion-add-e_reputation")).click();
  await page.locator(tid("suggestion-add-brand_engagement")).click();
  await page.locator(tid("new-objective")).fill("Fidéliser les clients de l'atelier");
  await page.locator(tid("new-objective-add")).click();
  const rows = page.locator(tid("objective-row"));
  await expect(rows).toHaveCount(5);
  // Four were added as priority, the fifth as secondary: too many? No, 4 is the limit.
  await expect(page.locator(tid("priority-ok"))).toContainText("4 objectifs prioritaires");
  await rows.nth(4).locator(tid("objective-rank")).selectOption("priority");
  await expect(page.locator(tid("priority-advice"))).toContainText("au-delà de 4");
  await rows.nth(3).locator(tid("objective-rank")).selectOption("secondary");
  await rows.nth(4).locator(tid("objective-rank")).selectOption("secondary");
  await expect(page.locator(tid("priority-ok"))).toContainText("3 objectifs prioritaires");
  // An empty title is refused beside the field.
  await rows.nth(0).locator(tid("objective-title")).fill("");
  await expect(rows.nth(0).locator(tid("objective-error"))).toContainText("vide");
  await rows.nth(0).locator(tid("objective-title")).fill("Augmenter les ventes en ligne");

  // 4. SMART, objective by objective, with the checklist reacting.
  await rows.nth(0).locator(tid("objective-smart")).click();
  await expect(page.locator(tid("step-smart"))).toBeVisible();
  await expect(letter(page, "S")).toHaveAttribute("data-met", "false");
  await expect(letter(page, "S")).toContainText("écrivez ce qui doit changer");
  await page.locator(tid("objective-statement")).fill("Plus de ventes");
  await expect(letter(page, "S")).toContainText("précisez l'énoncé");
  await expect(letter(page, "M")).toContainText("donnez une cible");
  // Bad input is refused beside its field.
  await page.locator(tid("baseline-orders")).fill("douze");
  await expect(page.locator(tid("baseline-orders-error"))).toContainText("pas un nombre");
  await page.locator(tid("baseline-orders")).fill("-3");
  await expect(page.locator(tid("baseline-orders-error"))).toContainText("au moins 0");
  await page.locator(tid("objective-deadline")).fill("2020-01-01");
  await expect(page.locator(tid("objective-deadline-error"))).toContainText("avant le début");
  await makeSmart(page, {
    statement: "Passer de 20 à 35 vélos vendus en ligne par mois d'ici fin juin",
    kpis: { orders: ["20", "35"], aov: ["850", "900"] }, deadline: "2027-06-30",
    owner: "Nadia", rationale: "Le trafic du site a doublé cette année.",
  }, 4);
  // 15 more orders need paid visits, which the forecast cannot price yet: the
  // benchmark prices are in US dollars and the plan has no dollar rate. Not met,
  // and it says what is missing.
  await expect(letter(page, "A")).toHaveAttribute("data-met", "false");
  await expect(letter(page, "A")).toContainText("Inconnu\u202f: il manque le cours du dollar US");

  const objective = page.locator(tid("smart-objective"));
  await objective.selectOption({ index: 1 });
  await expect(letter(page, "S")).toHaveAttribute("data-met", "false");
  await page.locator(tid("baseline-conversion_rate")).fill("1,2");
  await page.locator(tid("target-conversion_rate")).fill("150");
  await expect(page.locator(tid("target-conversion_rate-error"))).toContainText("entre 0 et 100");
  await makeSmart(page, {
    statement: "Faire passer le taux de conversion du site de 1,2 % à 1,8 % d'ici septembre",
    kpis: { conversion_rate: ["1,2", "1,8"] }, deadline: "2027-09-30",
    owner: "Nadia", rationale: "Refonte des fiches produits prévue au printemps.",
  });
  // A target as a change: +25% from the baseline.
  await page.locator(tid("target-mode-conversion_rate")).selectOption("change");
  await page.locator(tid("target-conversion_rate")).fill("25");
  await expect(page.locator(tid("kpi-row-conversion_rate"))).toContainText(/= 1[.,]5\s%/);

  const common = { owner: "Marc", rationale: "Déjà 80 avis sur la fiche Google, à 4,3 de moyenne." };
  await objective.selectOption({ index: 2 });
  await makeSmart(page, { ...common, statement: "Porter la part d'avis positifs de 78 % à 90 % sur Google d'ici fin 2027",
    kpis: { positive_review_share: ["78", "90"] }, deadline: "2027-10-31" });
  await objective.selectOption({ index: 3 });
  await makeSmart(page, { ...common, statement: "Faire passer le taux d'engagement Instagram de 2 % à 3,5 % cette année",
    kpis: { engagement_rate: ["2", "3,5"] }, deadline: "2027-10-31" });
  await objective.selectOption({ index: 4 });
  await expect(page.locator(".kpi-row")).toHaveCount(0);
  await expect(letter(page, "M")).toContainText("choisissez un indicateur");
  await makeSmart(page, { ...common, statement: "Faire revenir un client sur trois pour l'entretien annuel de son vélo",
    kpis: { repeat_customer_rate: ["20", "33"] }, deadline: "2027-10-31" });
  await expectSaved(page);

  // 5. Summary: the tree a client reads.
  await goToStep(page, 5);
  const tree = page.locator(tid("summary-tree"));
  await expect(page.locator(tid("summary-branch"))).toHaveCount(3); // two elements + unlinked
  await expect(tree).toContainText("Développer le chiffre d'affaires");
  await expect(tree).toContainText("Améliorer l'image de marque");
  await expect(tree).toContainText("Objectifs sans élément de stratégie");
  await expect(tree).toContainText("Volume de commandes");
  await expect(tree.locator(tid("summary-kpi")).first()).toContainText("20 → 35");

  // Everything survives a reload and an export/import round trip.
  await page.reload();
  await expect(page.locator(tid("summary-objective"))).toHaveCount(5);
  await goToStep(page, 4);
  await expect(page.locator(tid("baseline-orders"))).toHaveValue("20");
  const first = await downloadText(page, async () => {
    await page.locator(tid("nav-overview")).click();
    await page.locator(tid("export-current")).click();
  });
  const plan = JSON.parse(first.text).plan;
  expect(plan.objectives).toHaveLength(5);
  expect(plan.objectives.filter((o: { rank: string }) => o.rank === "priority")).toHaveLength(3);
  expect(plan.objectives[1].kpis[0].target).toEqual({ kind: "change", value: 0.25 });
  await page.locator(tid("nav-plans")).click();
  await importFile(page, "copie.json", first.text);
  await page.locator(tid("import-as-new")).click();
  await expect(page.locator(tid("overview"))).toBeVisible();
  const second = await downloadText(page, () => page.locator(tid("export-current")).click());
  expect(JSON.parse(second.text).plan).toEqual(plan);
});

test("in English, objectives are reordered, deleted with confirmation and brought back with undo", async ({ browser }) => {
  const context = await browser.newContext({ locale: "en-GB" });
  const page = await context.newPage();
  await openLibrary(page);
  await createPlan(page, "Bakery plan", "");
  await page.locator(tid("nav-strategy")).click();
  await expect(page.locator(tid("step-1"))).toContainText("Context");
  await goToStep(page, 2);
  await page.locator(tid("element-toggle-awareness")).click();
  await page.locator(tid("custom-element")).fill("Keep regulars loyal");
  await page.locator(tid("custom-element-add")).click();
  await expect(page.locator(tid("custom-element-card"))).toContainText("Keep regulars loyal");
  await goToStep(page, 3);
  await page.locator(tid("suggestion-add-search_visibility")).click();
  await page.locator(tid("suggestion-kpi-audience-impressions")).check();
  await page.locator(tid("suggestion-kpi-audience-unique_visitors")).check();
  await page.locator(tid("suggestion-add-audience")).click();
  await expectTitles(page, ["Increase web visibility in search engines", "Grow the audience"]);

  await page.locator(tid("objective-down")).first().click();
  await expectTitles(page, ["Grow the audience", "Increase web visibility in search engines"]);
  await page.locator(tid("objective-delete")).first().click();
  await page.locator(`${tid("confirm-delete-objective")}[open] ${tid("confirm")}`).click();
  await expectTitles(page, ["Increase web visibility in search engines"]);
  await page.locator(tid("undo")).click();
  await expectTitles(page, ["Grow the audience", "Increase web visibility in search engines"]);

  // The list view outside the wizard shows the same objectives.
  await page.goto(page.url().replace(/\/strategy\/objectives$/, "/objectives"));
  await expect(page.locator(tid("objectives-page"))).toBeVisible();
  await expectTitles(page, ["Grow the audience", "Increase web visibility in search engines"]);

  // SMART checklist in English, with a custom KPI.
  await page.locator(tid("objective-smart")).first().click();
  await expect(letter(page, "M")).toContainText('Measurable: give "Impressions" a target');
  await page.locator(tid("add-kpi")).selectOption("create");
  await page.locator(tid("custom-kpi-name")).fill("Newsletter subscribers");
  await page.locator(tid("custom-kpi-create")).click();
  await expect(page.locator('[data-testid^="kpi-row-custom-"]')).toContainText("Newsletter subscribers");
  await expect(page.locator(".kpi-row")).toHaveCount(3);
  await context.close();
});

// Issue 30, item 5: an objective serving two strategy elements is shown once,
// naming both (the other branch points to it), and on a phone a KPI's
// baseline, arrow and target stay on one line.
test("the summary shows an objective once with every element it serves, each value beside its arrow", async ({ browser }) => {
  const context = await browser.newContext({ locale: "fr-CH", viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await openLibrary(page);
  if (!(await page.locator(tid("example-0")).isVisible())) await page.locator(`${tid("examples")} summary`).click();
  await page.locator(tid("example-0")).click();
  await expect(page.locator(tid("dashboard"))).toBeVisible();
  await page.goto(page.url().replace(/\/dashboard$/, "/strategy/summary"));
  const community = page.locator(tid("summary-objective")).filter({ hasText: "Animer la communauté" });
  await expect(community).toHaveCount(1);
  const serves = community.locator(tid("summary-serves"));
  await expect(serves).toContainText("Améliorer l'image de marque");
  await expect(serves).toContainText("Conquérir de nouveaux clients");
  await expect(page.locator(tid("summary-also")).filter({ hasText: "Animer la communauté" })).toHaveCount(1);
  const figures = await page.locator(tid("summary-figures")).all();
  expect(figures.length).toBeGreaterThanOrEqual(5);
  for (const f of figures) {
    const from = await f.locator(".from").boundingBox();
    const to = await f.locator("strong").boundingBox();
    expect(Math.abs(from!.y - to!.y), await f.textContent() ?? "").toBeLessThan(2);
  }
  await context.close();
});

// Issue 31, items 4 and 5: a target counts per month, per year or over the
// plan, set on the target itself; an objective the forecast reads says how
// much of its increase the digital actions must bring (100 % unless typed).
test("a revenue target's period and the digital share are set on the objective and kept across a reload", async ({ page }) => {
  await openLibrary(page);
  await createPlan(page, "Plan boulangerie", "Boulangerie du Lac");
  await page.locator(tid("nav-strategy")).click();
  await goToStep(page, 3);
  await page.locator(tid("new-objective")).fill("Augmenter le chiffre d'affaires de 15 %");
  await page.locator(tid("new-objective-add")).click();
  await page.locator(tid("objective-smart")).first().click();
  await page.locator(tid("add-kpi")).selectOption("revenue");
  await page.locator(tid("add-kpi")).selectOption("conversion_rate");

  // Revenue counts per year unless chosen; a rate has no period.
  const period = page.locator(tid("period-revenue"));
  await expect(period).toHaveValue("year");
  await expect(page.locator(tid("measured-revenue"))).toHaveText("Chaque mesure saisie au tableau de bord\u202f: total depuis le début du plan");
  await expect(page.locator(tid("period-conversion_rate"))).toHaveCount(0);

  // The share appears once the forecast reads a target, empty meaning 100 %.
  const share = page.locator(tid("digital-share"));
  await expect(share).toHaveCount(0);
  await page.locator(tid("baseline-revenue")).fill("360000");
  await page.locator(tid("target-revenue")).fill("414000");
  await expect(share).toHaveValue("");
  await expect(share).toHaveAttribute("placeholder", "100");
  await share.fill("150");
  await expect(page.locator(tid("digital-share-error"))).toContainText("entre 0 et 100");
  await share.fill("60");
  await expect(page.locator(tid("digital-share-error"))).toBeEmpty();

  await period.selectOption("month");
  await expect(page.locator(tid("measured-revenue"))).toHaveText("Chaque mesure saisie au tableau de bord\u202f: chiffre du mois");
  await page.locator(tid("undo")).click();
  await expect(period).toHaveValue("year");
  await page.locator(tid("redo")).click();
  await expect(period).toHaveValue("month");
  await expectSaved(page);
  await page.reload();
  await expect(period).toHaveValue("month");
  await expect(share).toHaveValue("60");

  await period.selectOption("year");
  await expectSaved(page);
  await page.reload();
  await expect(period).toHaveValue("year");
  await expect(share).toHaveValue("60");
  await expect(page.locator(tid("measured-revenue"))).toContainText("total depuis le début du plan");
});
