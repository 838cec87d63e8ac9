// Issue 35: a consultant line shared 50/50 with the client's team, Swiss
// VAT, amounts typed excluding tax, VAT not recoverable. The page's totals
// (both bases, by producer, the cost to the business) and the CSV agree to
// the centime, and everything is kept after a reload.
import { test, expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { tid, openLibrary, createPlan, expectSaved, downloadText, importFile, cells } from "./app";

/** No serious or critical accessibility violation (as specs/a11y.spec.ts audits). */
async function audit(page: Page, where: string) {
  await page.waitForTimeout(100);
  const result = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
    .analyze();
  const bad = result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
  expect(bad, where).toEqual([]);
}

/** "CHF 12’500.50", "12 500,50" -> minor units (every amount shows two decimals). */
const minor = (text: string) => Number(text.replace(/[^\d-]/g, ""));
const figure = async (page: Page, id: string) => minor((await page.locator(tid(id)).textContent()) ?? "");

/** A plan with a CHF 20'000 budget: "Lancement" 14'400 (immediate), "Blog" 2'000.05 (medium term). */
async function planWithTwoLines(page: Page) {
  await openLibrary(page);
  await createPlan(page, "Devis 2027", "Atelier Vélo");
  await page.locator(tid("nav-budget")).click();
  await page.locator(tid("budget-total")).fill("20000");
  await page.locator(tid("budget-total")).blur();
  for (const name of ["Lancement", "Blog"]) {
    await page.locator(tid("custom-line")).fill(name);
    await page.locator(tid("custom-line-add")).click();
  }
  await expect(page.locator(tid("budget-row"))).toHaveCount(2);
  await page.locator(tid("cell-0-0")).fill("14400");
  await page.locator(tid("cell-1-1")).fill("2000.05");
  await page.locator(tid("cell-1-1")).blur();
  await expect(page.locator(tid("budget-allocated"))).toContainText(/16.400[.,]05/);
}

/** Swiss VAT (proposed for a plan in francs), the first line shared 50/50, the blog at 2.6 %. */
async function setTaxAndShare(page: Page) {
  await expect(page.locator(tid("tax-regime"))).toHaveCount(0);
  await page.locator(tid("tax-setup")).click();
  await expect(page.locator(tid("tax-regime"))).toHaveValue("switzerland");
  await expect(page.locator(tid("tax-basis"))).toHaveValue("excluding");
  await expect(page.locator(tid("tax-recoverable"))).not.toBeChecked();

  await page.locator(tid("row-details")).nth(0).click();
  const dialog = page.locator(tid("line-details"));
  await expect(dialog).toBeVisible();
  await dialog.locator(tid("split-mode")).selectOption("share");
  await dialog.locator(tid("split-share")).fill("40");
  await expect(dialog.locator(tid("part-external-excl"))).toContainText(/5.760[.,]00/);
  await dialog.locator(tid("split-share")).fill("50");
  await expect(dialog.locator(tid("part-external-excl"))).toContainText(/7.200[.,]00/);
  await expect(dialog.locator(tid("part-external-tax"))).toContainText(/583[.,]20/);
  await expect(dialog.locator(tid("part-external-incl"))).toContainText(/7.783[.,]20/);
  await expect(dialog.locator(tid("part-in-house-incl"))).toContainText(/7.783[.,]20/);
  await expect(dialog.locator(tid("part-line-incl"))).toContainText(/15.566[.,]40/);
  await expect(dialog.locator(tid("line-vat"))).toHaveValue("");
  await dialog.locator(tid("line-details-close")).click();

  await page.locator(tid("row-details")).nth(1).click();
  await dialog.locator(tid("line-vat")).selectOption("260");
  await expect(dialog.locator(tid("line-vat-amounts"))).toContainText(/52[.,]00/);
  await expect(dialog.locator(tid("split-mode"))).toHaveValue("whole-in-house");
  await dialog.locator(tid("line-details-close")).click();
  await expect(dialog).toBeHidden();
}

/** The page's figures: 14'400 at 8.1 % (1'166.40, half of it external: 583.20) and 2'000.05 at 2.6 % (52.00). */
async function expectFigures(page: Page) {
  await expect(page.locator(tid("allocated-excl"))).toContainText(/16.400[.,]05/);
  await expect(page.locator(tid("allocated-tax"))).toContainText(/1.218[.,]40/);
  await expect(page.locator(tid("allocated-incl"))).toContainText(/17.618[.,]45/);
  await expect(page.locator(tid("producer-external-excl"))).toContainText(/7.200[.,]00/);
  await expect(page.locator(tid("producer-external-tax"))).toContainText(/583[.,]20/);
  await expect(page.locator(tid("producer-external-incl"))).toContainText(/7.783[.,]20/);
  await expect(page.locator(tid("producer-in-house-excl"))).toContainText(/9.200[.,]05/);
  await expect(page.locator(tid("producer-in-house-tax"))).toContainText(/635[.,]20/);
  await expect(page.locator(tid("producer-in-house-incl"))).toContainText(/9.835[.,]25/);
  // Each figure adds up: excl + tax = incl, in-house + external = allocated.
  for (const p of ["allocated", "producer-in-house", "producer-external"]) {
    expect(await figure(page, `${p}-excl`) + await figure(page, `${p}-tax`)).toBe(await figure(page, `${p}-incl`));
  }
  for (const b of ["excl", "tax", "incl"]) {
    expect(await figure(page, `producer-in-house-${b}`) + await figure(page, `producer-external-${b}`))
      .toBe(await figure(page, `allocated-${b}`));
  }
  // The table says the first line is shared.
  await expect(page.locator(tid("row-delivery")).nth(0).locator("option:checked")).toHaveText(/Partagé · 50\s%\sext\./);
  await expect(page.locator(tid("row-delivery")).nth(0)).toHaveAttribute("title", /50\s%\sexterne/);
  await expect(page.locator(tid("row-delivery")).nth(1)).toHaveValue("in_house");
}


test("a shared line with Swiss VAT: totals on both bases, by producer, the CSV, kept after a reload", async ({ page }) => {
  await planWithTwoLines(page);
  await setTaxAndShare(page);
  await expectFigures(page);
  await audit(page, "the budget with VAT");
  await page.locator(tid("row-details")).nth(0).click();
  await expect(page.locator(tid("split-parts"))).toBeVisible();
  await audit(page, "a shared line's details");
  await page.locator(tid("line-details-close")).click();
  await expect(page.locator(tid("tax-rule"))).toContainText("hors taxes");
  // Not recoverable: the business pays including tax, within the total.
  await expect(page.locator(tid("business-cost"))).toContainText(/17.618[.,]45/);
  await expect(page.locator(tid("tax-over-total"))).toHaveCount(0);

  // The CSV has the page's figures, to the centime.
  const csv = await downloadText(page, () => page.locator(tid("budget-export-csv")).click());
  const rows = cells(csv.text, ";");
  expect(rows).toHaveLength(1 + 2 + 4);
  const col = (name: RegExp) => rows[0].findIndex((h) => name.test(h));
  const [inHouse, external, rate, excl, vat, incl] =
    [/^Part interne/, /^Part externe/, /^Taux de TVA/, /^Montant HT/, /^TVA \(/, /^Montant TTC/].map(col);
  expect([inHouse, external, rate, excl, vat, incl].every((i) => i > 0)).toBe(true);
  expect(rows[1][1]).toBe("Partagé");
  expect([minor(rows[1][inHouse]), minor(rows[1][external])]).toEqual([720_000, 720_000]);
  expect([rows[1][rate], rows[2][rate]]).toEqual(["8.10", "2.60"]);
  expect([minor(rows[1][excl]), minor(rows[1][vat]), minor(rows[1][incl])]).toEqual([1_440_000, 116_640, 1_556_640]);
  expect([minor(rows[2][excl]), minor(rows[2][vat]), minor(rows[2][incl])]).toEqual([200_005, 5_200, 205_205]);
  const onPage = async (p: string) => [await figure(page, `${p}-excl`), await figure(page, `${p}-tax`), await figure(page, `${p}-incl`)];
  const inCsv = (r: string[]) => [minor(r[excl]), minor(r[vat]), minor(r[incl])];
  expect(rows[3][0]).toBe("Total");
  expect(inCsv(rows[3])).toEqual(await onPage("allocated"));
  expect(rows[4].slice(0, 2)).toEqual(["Total", "Interne"]);
  expect(inCsv(rows[4])).toEqual(await onPage("producer-in-house"));
  expect(rows[5].slice(0, 2)).toEqual(["Total", "Externe"]);
  expect(inCsv(rows[5])).toEqual(await onPage("producer-external"));

  // A total below the cost including tax: the real cost goes beyond it.
  await page.locator(tid("budget-total")).fill("17000");
  await page.locator(tid("budget-total")).blur();
  await expect(page.locator(tid("tax-over-total"))).toContainText(/618[.,]45/);
  await expect(page.locator(tid("budget-remaining"))).toContainText(/599[.,]95/);
  // VAT recoverable: the cost is the amount excluding tax, the warning goes.
  await page.locator(tid("tax-recoverable")).check();
  await expect(page.locator(tid("business-cost"))).toContainText(/16.400[.,]05/);
  await expect(page.locator(tid("tax-over-total"))).toHaveCount(0);

  // Everything is kept.
  await expectSaved(page);
  await page.reload();
  await expect(page.locator(tid("tax-regime"))).toHaveValue("switzerland");
  await expect(page.locator(tid("tax-recoverable"))).toBeChecked();
  await expectFigures(page);
  await page.locator(tid("row-details")).nth(1).click();
  await expect(page.locator(tid("line-vat"))).toHaveValue("260");
  await page.locator(tid("line-details-close")).click();
  await page.locator(tid("row-details")).nth(0).click();
  await expect(page.locator(tid("split-mode"))).toHaveValue("share");
  await expect(page.locator(tid("split-share"))).toHaveValue("50");
});

test("a shared line back to one side, amounts as two figures, and no VAT again", async ({ page }) => {
  await planWithTwoLines(page);
  // Without VAT, the producers show one figure each.
  await expect(page.locator(tid("producer-in-house"))).toContainText(/16.400[.,]05/);
  await expect(page.locator(tid("producer-external"))).toContainText(/0[.,]00/);
  await expect(page.locator(tid("allocated-excl"))).toHaveCount(0);

  await page.locator(tid("row-details")).nth(0).click();
  const dialog = page.locator(tid("line-details"));
  await dialog.locator(tid("split-mode")).selectOption("amounts");
  await dialog.locator(tid("split-in-house")).fill("4000");
  await dialog.locator(tid("split-external")).fill("6000");
  await expect(dialog.locator(tid("part-line"))).toContainText(/10.000[.,]00/);
  // A letter is refused beside the field; the line keeps its amounts.
  await dialog.locator(tid("split-external")).fill("6000x");
  await expect(dialog.locator(tid("split-external-error"))).not.toBeEmpty();
  await expect(dialog.locator(tid("part-external"))).toContainText(/6.000[.,]00/);
  await dialog.locator(tid("line-details-close")).click();
  await expect(page.locator(tid("producer-external"))).toContainText(/6.000[.,]00/);
  await expect(page.locator(tid("budget-consultant"))).toContainText(/6.000[.,]00/);
  await expect(page.locator(tid("row-total")).nth(0)).toContainText(/10.000[.,]00/);

  // Choosing one side in the table gives the line all to it.
  await page.locator(tid("row-delivery")).nth(0).selectOption("consultant");
  await expect(page.locator(tid("producer-external"))).toContainText(/10.000[.,]00/);
  await expect(page.locator(tid("row-delivery")).nth(0)).toHaveValue("consultant");

  // Another rate typed by hand; a letter is refused; no VAT goes back to one figure.
  await page.locator(tid("tax-setup")).click();
  await page.locator(tid("tax-regime")).selectOption("other");
  await page.locator(tid("tax-other-rate")).fill("7,7");
  await expect(page.locator(tid("allocated-tax"))).toContainText(/924[.,]00/);
  await page.locator(tid("tax-other-rate")).fill("x");
  await expect(page.locator(tid("tax-other-rate-error"))).not.toBeEmpty();
  await expect(page.locator(tid("allocated-tax"))).toContainText(/924[.,]00/);
  await page.locator(tid("tax-regime")).selectOption("none");
  await expect(page.locator(tid("allocated-excl"))).toHaveCount(0);
  await expect(page.locator(tid("producer-external"))).toContainText(/10.000[.,]00/);
});

// Screenshots for a look, French and English, desktop and phone: the
// budget page with VAT and the line's details.
for (const locale of ["fr-CH", "en-US"]) {
  test(`screenshots of the budget with VAT (${locale})`, async ({ browser }) => {
    const dir = process.env.TAX_SHOTS;
    test.skip(!dir, "TAX_SHOTS names the folder for screenshots");
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    await openLibrary(page);
    await createPlan(page, "Devis 2027", "Atelier Vélo");
    await page.locator(tid("nav-budget")).click();
    await page.locator(tid("budget-total")).fill("20000");
    await page.locator(tid("budget-total")).blur();
    await page.locator(tid("budget-add-usual")).click();
    await page.locator(tid("preset-long-term")).click();
    await page.locator(tid("tax-setup")).click();
    await page.locator(tid("row-details")).nth(0).click();
    await page.locator(tid("split-mode")).selectOption("share");
    await page.locator(tid("line-details-close")).click();
    for (const [name, size] of [["desktop", { width: 1366, height: 768 }], ["phone", { width: 390, height: 844 }]] as const) {
      await page.setViewportSize(size);
      await page.screenshot({ path: `${dir}/tax-${locale}-${name}-page.png`, fullPage: true });
      await page.locator(".budget-figures").screenshot({ path: `${dir}/tax-${locale}-${name}-figures.png` });
      await page.locator(tid("tax-panel")).screenshot({ path: `${dir}/tax-${locale}-${name}-panel.png` });
      await page.locator(tid("budget-row")).first().screenshot({ path: `${dir}/tax-${locale}-${name}-row.png` });
      await page.locator(tid("row-details")).nth(0).click();
      await page.screenshot({ path: `${dir}/tax-${locale}-${name}-details.png`, fullPage: false });
      await page.locator(tid("line-details-close")).click();
    }
    await context.close();
  });
}

test("a fee line's external part is its fee: the in-house part is typed as an amount or a share", async ({ page }) => {
  await openLibrary(page);
  // The schema 5 fixture: SEO shared 25 % external; search ads 14'400 with a fee of 6 days at CHF 1'200.
  const fixture = await readFile(join(__dirname, "../../fixtures/v5.json"), "utf8");
  await importFile(page, "v5.json", fixture);
  await page.locator(tid("import-as-new")).click();
  await page.locator(tid("nav-budget")).click();
  await expect(page.locator(tid("row-delivery")).nth(0).locator("option:checked")).toHaveText(/25\s%\sext\./);
  await expect(page.locator(tid("row-delivery")).nth(1).locator("option:checked")).toHaveText(/50\s%\sext\./);
  await expect(page.locator(tid("producer-external-excl"))).toContainText(/10.950[.,]00/);

  await page.locator(tid("row-details")).nth(1).click();
  const dialog = page.locator(tid("line-details"));
  await expect(dialog.locator(tid("split-mode"))).toHaveCount(0);
  await expect(dialog.locator(tid("split-external"))).toContainText(/7.200[.,]00/);
  await expect(dialog.locator(tid("split-share"))).toHaveValue("50");
  // A quarter external would take the line to 28'800: above the total, refused beside the field.
  await dialog.locator(tid("split-share")).fill("25");
  await expect(dialog.locator(tid("split-share-error"))).not.toBeEmpty();
  await expect(dialog.locator(tid("part-line-excl"))).toContainText(/14.400[.,]00/);
  await dialog.locator(tid("split-in-house")).fill("3600");
  await expect(dialog.locator(tid("part-in-house-excl"))).toContainText(/3.600[.,]00/);
  await expect(dialog.locator(tid("part-external-excl"))).toContainText(/7.200[.,]00/);
  await expect(dialog.locator(tid("part-line-excl"))).toContainText(/10.800[.,]00/);
  await dialog.locator(tid("split-share")).fill("80");
  await expect(dialog.locator(tid("part-in-house-excl"))).toContainText(/1.800[.,]00/);
  await dialog.locator(tid("line-details-close")).click();
  await expect(page.locator(tid("row-total")).nth(1)).toContainText(/9.000[.,]00/);
  await expect(page.locator(tid("producer-external-excl"))).toContainText(/10.950[.,]00/);
});
