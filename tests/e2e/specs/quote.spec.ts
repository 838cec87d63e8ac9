// Who produces what and the quote (issue 35): the production table built
// on the budget page and kept across a reload, shown as a slide; the quote
// of a plan with a consultant's line 6 days at CHF 1'200 shared 50/50 with
// the client's team and a shared SEO line, VAT 8.1 % not recoverable, whose
// rows and totals are the budget's to the centime; printed, the sheet alone.
import { test, expect, type Page, type Browser } from "@playwright/test";
import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import { tid, openLibrary, createPlan, expectSaved, importFile, envelope, minimalPlan, overflow } from "./app";

const shot = (name: string) => `${process.env.QUOTE_SHOTS || "screenshots"}/quote-${name}.png`;
/** "CHF 12’500.50", "12 500,50 CHF" -> minor units (the quote shows two decimals). */
const minor = (text: string) => Number(text.replace(/[^\d-]/g, ""));

async function open(browser: Browser, locale: string, width = 1366, height = 768) {
  const context = await browser.newContext({ locale, viewport: { width, height } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  return { context, page, errors };
}

/** Imports the v5 fixture (Dubois Conseil's plan for Atelier Vélo) and returns its URL. */
async function importV5(page: Page): Promise<string> {
  await openLibrary(page);
  await importFile(page, "v5.json", await readFile("../fixtures/v5.json"));
  await page.locator(tid("import-as-new")).click();
  await expect(page.locator(tid("overview"))).toBeVisible();
  return page.url().replace(/\/$/, "");
}

/** No serious or critical axe violation on the page, as tests/e2e/specs/a11y.spec.ts asks of every page. */
async function audit(page: Page, where: string) {
  await page.waitForTimeout(100);
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  const bad = result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
  expect(bad, where).toEqual([]);
}


/** Goes to the slide of `kind` in the deck with the keyboard. */
async function toSlide(page: Page, kind: string) {
  const slide = page.locator(`.deck .slide[data-kind="${kind}"]`).first();
  const at = Number((await slide.getAttribute("data-testid"))!.replace("slide-", ""));
  await page.keyboard.press("Home");
  for (let i = 0; i < at; i++) await page.keyboard.press("ArrowRight");
  await expect(slide).toBeVisible();
  return slide;
}

for (const [locale, lang] of [["fr-CH", "fr"], ["en-US", "en"]] as const) {
  const fr = lang === "fr";

  test(`who produces what: defaults, a named agency, ticks, a kind of our own, kept and on a slide (${lang})`, async ({ browser }) => {
    const { context, page, errors } = await open(browser, locale);
    await openLibrary(page);
    await createPlan(page, "Contenus 2027", "Atelier Vélo");
    await page.locator(tid("nav-budget")).click();
    const panel = page.locator(tid("production"));
    await expect(panel).toBeVisible();
    await expect(panel.locator(tid("production-tick-0-0"))).toHaveCount(0);
    await panel.locator(tid("production-defaults")).click();
    const kinds = panel.locator(tid("production-producer-kind"));
    const names = panel.locator(tid("production-producer-name"));
    await expect(kinds).toHaveCount(2);
    await expect(kinds.nth(0).locator("option:checked")).toHaveText(fr ? "Équipe interne" : "In-house team");
    await expect(kinds.nth(1).locator("option:checked")).toHaveText("Consultant");

    await panel.locator(tid("production-add-producer")).click();
    await expect(kinds).toHaveCount(3);
    await kinds.nth(2).selectOption({ label: fr ? "Agence" : "Agency" });
    await names.nth(2).fill("Studio Léman");
    await names.nth(2).press("Tab");
    const agency = panel.locator(tid("production-tick-0-2"));
    await expect(agency).toHaveAttribute("aria-label", fr ? "Contenus écrits par Studio Léman" : "Written content by Studio Léman");
    await agency.check();
    await panel.locator(tid("production-tick-1-0")).check();
    await panel.locator(tid("production-tick-2-1")).check();

    await panel.locator(tid("production-add-kind")).click();
    const own = panel.locator(tid("production-kind-name"));
    await expect(own).toHaveValue(fr ? "Nouveau type de contenu" : "New kind of content");
    await expect(own).toBeFocused();
    await own.fill("Fiches produit");
    await own.press("Tab");
    await panel.locator(tid("production-tick-3-2")).check();
    await expect(panel.locator(tid("production-tick-3-2"))).toHaveAttribute("aria-label", fr ? "Fiches produit par Studio Léman" : "Fiches produit by Studio Léman");
    // A kind of our own cannot be emptied: the refusal is beside it.
    await own.fill("");
    await own.press("Tab");
    await expect(panel.locator(tid("production-kind-error"))).not.toBeEmpty();
    await own.fill("Fiches produit");
    await own.press("Tab");
    await expect(panel.locator(tid("production-kind-error"))).toBeEmpty();
    await page.setViewportSize({ width: 1366, height: 768 });
    await panel.scrollIntoViewIfNeeded();
    await panel.screenshot({ path: shot(`${lang}-production-1366`) });

    await expectSaved(page);
    await page.reload();
    await expect(panel).toBeVisible();
    await expect(kinds).toHaveCount(3);
    await expect(names.nth(2)).toHaveValue("Studio Léman");
    await expect(kinds.nth(2).locator("option:checked")).toHaveText(fr ? "Agence" : "Agency");
    await expect(own).toHaveValue("Fiches produit");
    for (const [r, c] of [[0, 2], [1, 0], [2, 1], [3, 2]]) await expect(panel.locator(tid(`production-tick-${r}-${c}`))).toBeChecked();
    await expect(panel.locator(tid("production-tick-0-0"))).not.toBeChecked();
    await expect(panel.locator(tid("production-tick-3-0"))).not.toBeChecked();

    await page.setViewportSize({ width: 390, height: 844 });
    await panel.scrollIntoViewIfNeeded();
    await page.screenshot({ path: shot(`${lang}-production-390`) });

    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.locator(tid("nav-present")).click();
    await expect(page.locator(tid("slide-0"))).toBeVisible();
    const slide = await toSlide(page, "production");
    await expect(slide.locator(tid("deck-production-row"))).toHaveCount(4);
    await expect(slide.locator("thead")).toContainText("Studio Léman");
    await expect(slide.locator(tid("deck-production-row")).nth(3)).toContainText("Fiches produit");
    await expect(slide.locator(tid("deck-production-row")).nth(0).locator(".tick.on")).toHaveCount(1);
    await page.screenshot({ path: shot(`${lang}-slide-production-1920`) });
    expect(errors).toEqual([]);
    await context.close();
  });

  test(`the quote of a consultant's line agrees with the budget to the centime, and prints alone (${lang})`, async ({ browser }) => {
    const { context, page, errors } = await open(browser, locale);
    const url = await importV5(page);
    // The budget page lists, under who produces what, the lines naming each kind.
    await page.goto(`${url}/budget`);
    const uses = page.locator(tid("production-use"));
    await expect(uses).toHaveCount(3);
    await expect(uses.nth(0)).toContainText(fr ? "Contenus écrits" : "Written content");
    await expect(uses.nth(0)).toContainText(fr ? "Référencement naturel" : "Search engine optimisation");
    await expect(uses.nth(1)).toContainText("Photos des vélos reconditionnés");
    await expect(uses.nth(2)).toContainText("Fiches vélo");
    await expect(uses.nth(2)).toContainText("Claire Dubois");
    // A kind of content a line still names cannot be removed: the refusal is beside it.
    await page.locator(tid("production-remove-kind")).click();
    await expect(page.locator(tid("production-kind-error"))).toContainText(fr ? "encore choisi" : "still chosen");
    await expect(page.locator(tid("production-kind-name"))).toHaveValue("Fiches vélo");
    await page.locator(tid("production")).screenshot({ path: shot(`${lang}-production-uses-1366`) });
    await audit(page, "budget page with who produces what");
    await page.goto(`${url}/quote`);
    const quote = page.locator(tid("quote"));
    await expect(quote).toBeVisible();
    // The SEO line: CHF 15'000 of which 25 % external; search ads: 6 days at
    // CHF 1'200 of a CHF 14'400 line, the rest in-house. VAT 8.1 % per line.
    const rows = quote.locator(tid("quote-row"));
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(1)).toContainText(fr ? "6\u00a0jours" : "6\u00a0days");
    await expect(rows.nth(1)).toContainText("Consultant senior");
    await expect(rows.nth(1)).toContainText("Fiches vélo");
    const cells = async (testid: string) => (await quote.locator(tid(testid)).allTextContents()).map(minor);
    expect(await cells("quote-row-excl")).toEqual([375_000, 720_000]);
    expect(await cells("quote-row-vat")).toEqual([30_375, 58_320]);
    expect(await cells("quote-row-incl")).toEqual([405_375, 778_320]);
    expect(minor(await quote.locator(tid("quote-total-excl")).textContent() ?? "")).toBe(1_095_000);
    expect(minor(await quote.locator(tid("quote-total-vat")).textContent() ?? "")).toBe(88_695);
    expect(minor(await quote.locator(tid("quote-total-incl")).textContent() ?? "")).toBe(1_183_695);
    await expect(quote.locator(tid("quote-sheet-number"))).toContainText("2027-014");
    await expect(quote.locator(tid("quote-consultant"))).toHaveText("Claire Dubois");
    await expect(quote.locator(tid("quote-sheet-terms"))).toHaveText("Paiement à 30 jours.");
    // One rate: no breakdown, the VAT line names it.
    await expect(quote.locator(tid("quote-vat-row"))).toHaveCount(0);
    await expect(quote.locator(".quote-total", { has: page.locator(tid("quote-total-vat")) })).toContainText(fr ? "8,1" : "8.1");
    await audit(page, "quote page");

    // The number and validity are edited above the sheet and kept.
    await page.locator(tid("quote-number")).fill("2027-020");
    await page.locator(tid("quote-valid-until")).fill("2027-03-31");
    await expect(quote.locator(tid("quote-sheet-number"))).toContainText("2027-020");
    await expect(quote.locator(tid("quote-sheet-valid-until"))).toContainText("2027");
    // A validity before the issue date is refused beside the field.
    await page.locator(tid("quote-valid-until")).fill("2026-12-01");
    await expect(page.locator(tid("quote-valid-until-error"))).not.toBeEmpty();
    await page.locator(tid("quote-valid-until")).fill("2027-03-31");
    await expect(page.locator(tid("quote-valid-until-error"))).toBeEmpty();
    await expectSaved(page);
    await page.reload();
    await expect(page.locator(tid("quote-number"))).toHaveValue("2027-020");
    await expect(page.locator(tid("quote-valid-until"))).toHaveValue("2027-03-31");
    await page.screenshot({ path: shot(`${lang}-quote-1366`), fullPage: true });

    // The budget slide's totals by producer are the same external part.
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto(`${url}/present`);
    await expect(page.locator(tid("slide-0"))).toBeVisible();
    const budget = await toSlide(page, "budget");
    const external = budget.locator(tid("deck-external"));
    await expect(external).toContainText(fr ? "HT" : "excl. tax");
    expect(minor((await external.locator(".amount").first().textContent()) ?? "")).toBe(10_950);
    expect(minor((await external.locator(".amount").nth(1).textContent()) ?? "")).toBe(11_837);
    await page.screenshot({ path: shot(`${lang}-slide-budget-1920`) });
    // Printed, the report has who produces what and the budget's totals by producer.
    await page.emulateMedia({ media: "print" });
    await expect(page.locator(tid("report-production"))).toBeVisible();
    await expect(page.locator(tid("report-production")).locator(tid("deck-production-row"))).toHaveCount(4);
    await expect(page.locator(tid("report-budget")).locator(tid("deck-external"))).toContainText(fr ? "TTC" : "incl. tax");
    await page.pdf({ path: shot(`${lang}-report`).replace(/png$/, "pdf"), preferCSSPageSize: true, printBackground: true });
    await page.emulateMedia({ media: "screen" });

    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(`${url}/quote`);
    await expect(quote.locator(tid("quote-sheet"))).toBeVisible();
    await page.emulateMedia({ media: "print" });
    await expect(page.locator(".topbar")).toBeHidden();
    await expect(page.locator(tid("quote-print"))).toBeHidden();
    await expect(page.locator(tid("quote-settings"))).toBeHidden();
    await expect(page.locator("main input:visible, main textarea:visible, main select:visible, main button:visible")).toHaveCount(0);
    await expect(quote.locator(tid("quote-sheet"))).toBeVisible();
    await expect(quote.locator(tid("quote-row"))).toHaveCount(2);
    await page.screenshot({ path: shot(`${lang}-quote-print`), fullPage: true });
    await page.pdf({ path: shot(`${lang}-quote`).replace(/png$/, "pdf"), preferCSSPageSize: true, printBackground: true });
    await page.emulateMedia({ media: "screen" });

    await page.setViewportSize({ width: 390, height: 844 });
    await expect(page.locator(tid("quote-print"))).toBeVisible();
    await page.screenshot({ path: shot(`${lang}-quote-390`), fullPage: true });
    expect(errors).toEqual([]);
    await context.close();
  });

  test(`a quote without VAT has one amount column; no external part, an empty state (${lang})`, async ({ browser }) => {
    const { context, page, errors } = await open(browser, locale);
    await openLibrary(page);
    const seo = { id: 1, channel: { kind: "catalogue", value: "seo" }, amounts: [123_450, 0, 0], delivery: "consultant", objectives: [], locked: [false, false, false] };
    await importFile(page, "no-vat.json", envelope(minimalPlan({ name: "Sans TVA", budget: { total: 5_000_000, lines: [seo] }, next_id: 2 }), 4));
    await page.locator(tid("import-as-new")).click();
    await expect(page.locator(tid("overview"))).toBeVisible();
    const url = page.url().replace(/\/$/, "");
    await page.goto(`${url}/quote`);
    const quote = page.locator(tid("quote"));
    await expect(quote.locator(tid("quote-row"))).toHaveCount(1);
    expect(minor(await quote.locator(tid("quote-total-excl")).textContent() ?? "")).toBe(123_450);
    await expect(quote.locator(tid("quote-total-vat"))).toHaveCount(0);
    await expect(quote.locator(tid("quote-total-incl"))).toHaveCount(0);
    await expect(quote.locator(tid("quote-row")).locator("td")).toHaveCount(2);
    await expect(quote.locator(tid("quote-note"))).toContainText(fr ? "sans TVA" : "without VAT");
    await quote.locator(tid("quote-sheet")).screenshot({ path: shot(`${lang}-quote-no-vat-1366`) });

    await openLibrary(page);
    await createPlan(page, "Vide", "Client");
    await page.goto(page.url().replace(/\/$/, "") + "/quote");
    await expect(page.locator(tid("quote-empty"))).toBeVisible();
    await expect(page.locator(tid("quote-row"))).toHaveCount(0);
    await expect(page.locator(tid("quote-print"))).toBeDisabled();
    await page.screenshot({ path: shot(`${lang}-quote-empty-1366`) });
    expect(errors).toEqual([]);
    await context.close();
  });
}

test("a large production table and a full budget page with totals by producer fit their slides at every size", async ({ browser }) => {
  const { context, page, errors } = await open(browser, "fr-CH", 1024, 768);
  await openLibrary(page);
  const lines = Array.from({ length: 8 }, (_, i) => ({
    id: i + 1, channel: { kind: "custom", value: `Canal numéro ${i + 1} avec un nom assez long` }, amounts: [100_000, 200_000, 300_000],
    delivery: i % 2 ? "consultant" : "in_house", objectives: [], locked: [false, false, false], split: { kind: "share", value: 5000 },
    vat_bp: i % 2 ? 260 : 810,
  }));
  const producers = [
    { id: 20, kind: "in_house", name: "" },
    { id: 21, kind: "consultant", name: "Claire Dubois Conseil" },
    { id: 22, kind: "agency", name: "Studio Léman Création" },
    { id: 23, kind: "freelancer", name: "Marc Rédacteur indépendant" },
    { id: 24, kind: "agency", name: "Agence Vidéo du Lac" },
    { id: 25, kind: "freelancer", name: "Photographe" },
  ];
  const custom = Array.from({ length: 6 }, (_, i) => ({ id: 30 + i, name: `Contenu propre numéro ${i + 1}` }));
  const assignments = custom.map((c, i) => ({ content: { kind: "custom", value: c.id }, producer: 20 + (i % 6) }));
  const plan = minimalPlan({
    name: "Grand tableau", next_id: 40,
    budget: { total: 5_000_000, lines, rates: [], tax: { basis: "excluding", regime: { kind: "switzerland" }, recoverable: false } },
    production: { custom, producers, assignments },
  });
  await importFile(page, "large.json", envelope(plan, 5));
  await page.locator(tid("import-as-new")).click();
  await expect(page.locator(tid("overview"))).toBeVisible();
  await page.locator(tid("nav-present")).click();
  await expect(page.locator(tid("slide-0"))).toBeVisible();
  for (const kind of ["production", "budget"]) {
    const slide = page.locator(`.deck .slide[data-kind="${kind}"]`).last();
    const i = Number((await slide.getAttribute("data-testid"))!.replace("slide-", ""));
    for (const [width, height] of [[1024, 768], [1366, 768], [1920, 1080]] as const) {
      await page.setViewportSize({ width, height });
      await toSlide(page, kind);
      await page.evaluate(() => new Promise(requestAnimationFrame));
      await page.evaluate(() => new Promise(requestAnimationFrame));
      const o = await overflow(page, i);
      expect(o.scroll, `${kind} at ${width}x${height} scrolls`).toBe(false);
      expect(o.cut, `${kind} at ${width}x${height}`).toEqual([]);
    }
    await page.screenshot({ path: shot(`fr-slide-${kind}-large-1920`) });
  }
  await expect(page.locator(`.deck .slide[data-kind="production"] ${tid("deck-production-row")}`)).toHaveCount(9);

  // Two VAT rates: the quote breaks the VAT down by rate, and the rows add up to the totals.
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(page.url().replace(/\/present$/, "/quote"));
  const quote = page.locator(tid("quote"));
  await expect(quote.locator(tid("quote-row"))).toHaveCount(8);
  const vatRows = quote.locator(tid("quote-vat-row"));
  await expect(vatRows).toHaveCount(2);
  await expect(vatRows.nth(0)).toContainText("8,1");
  await expect(vatRows.nth(1)).toContainText("2,6");
  const sum = async (testid: string) => (await quote.locator(tid(testid)).allTextContents()).map(minor).reduce((a, b) => a + b, 0);
  // Each line: CHF 6'000, half external; VAT on CHF 3'000 at 8.1 % (243.00) or 2.6 % (78.00).
  expect(await sum("quote-row-excl")).toBe(8 * 300_000);
  expect(await sum("quote-row-vat")).toBe(4 * 24_300 + 4 * 7_800);
  expect(minor(await quote.locator(tid("quote-total-vat")).textContent() ?? "")).toBe(4 * 24_300 + 4 * 7_800);
  expect(minor(await quote.locator(tid("quote-total-incl")).textContent() ?? "")).toBe(8 * 300_000 + 4 * 24_300 + 4 * 7_800);
  await page.emulateMedia({ media: "print" });
  await page.pdf({ path: shot("fr-quote-two-rates").replace(/png$/, "pdf"), preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: "screen" });
  expect(errors).toEqual([]);
  await context.close();
});
