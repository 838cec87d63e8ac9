// The printed report reads like a deliverable: Chromium's PDF of the
// presentation page (what "save as PDF" makes), read back with pdftotext
// (poppler-utils, installed by the Makefile's e2e-deps). A cover, "page x / y"
// on every page, no page holding only a title, the budget's last rows with
// their total, the consultant's names on every page; FR and EN.
import { test, expect, type Page } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { tid, openLibrary, expectSaved, importFile } from "./app";

/** The text of each page of the presentation printed to PDF. */
async function printedPages(page: Page, name: string): Promise<string[]> {
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const dir = mkdtempSync(join(tmpdir(), "cap-print-"));
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, pdf);
  const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
  return text.split("\f").filter((p, i, all) => i < all.length - 1 || p.trim());
}

/** A page's lines without the margin boxes (page number, names). */
const body = (p: string) => p.split("\n").map((l) => l.trim()).filter((l) => l && !/page \d+ \/ \d+$/.test(l) && !l.startsWith("Claire Dubois"));

async function brandAndPresent(page: Page) {
  await page.locator(tid("nav-overview")).click();
  await page.locator(tid("brand-consultant")).fill("Claire Dubois");
  await page.locator(tid("brand-firm")).fill("Dubois Conseil");
  await expectSaved(page);
  await page.locator(tid("nav-present")).click();
  await expect(page.locator(tid("slide-0"))).toBeVisible();
}

for (const [locale, lang] of [["fr-CH", "fr"], ["en-US", "en"]] as const) {
  test(`the printed report of an example has a cover, numbered pages and no lone title (${lang})`, async ({ browser }) => {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    await openLibrary(page);
    await page.locator(tid("example-0")).click();
    await expect(page.locator(tid("dashboard"))).toBeVisible();
    const plan = (await page.locator(tid("plan-title")).textContent())!.trim();
    await brandAndPresent(page);
    const pages = await printedPages(page, `example-${lang}`);
    expect(pages.length).toBeGreaterThanOrEqual(6);
    // The cover: the plan's title and who presents, nothing else of the plan.
    expect(pages[0]).toContain(plan);
    expect(pages[0]).toMatch(lang === "fr" ? /Présenté par Claire Dubois, Dubois Conseil/ : /Presented by Claire Dubois, Dubois Conseil/);
    pages.forEach((p, i) => {
      expect(p, `page ${i + 1}`).toContain(`page ${i + 1} / ${pages.length}`);
      expect(p, `page ${i + 1}`).toContain("Claire Dubois · Dubois Conseil");
      // More than a heading: a page is never a title alone.
      expect(body(p).length, `page ${i + 1}: ${body(p).join(" | ")}`).toBeGreaterThan(2);
    });
    // Every section is there, in order.
    const all = pages.join("\n");
    const titles = lang === "fr"
      ? ["Synthèse", "La stratégie", "Objectifs et cibles", "Le budget", "L'échéancier", "Ce que le budget peut rapporter"]
      : ["Executive summary", "The strategy", "Objectives and targets", "The budget", "The timeline", "What the budget can bring"];
    let at = 0;
    for (const t of titles) {
      const i = all.indexOf(t, at);
      expect(i, t).toBeGreaterThan(at - 1);
      at = i;
    }
    // The whole timeline: its last action is on paper.
    expect(all).toContain(lang === "fr" ? "Bilan et replanification" : "Review");
    await context.close();
  });
}

test("a budget of 60 lines prints with its last rows and total on one page, the header on every page", async ({ page }) => {
  await openLibrary(page);
  await page.locator(tid("example-0")).click();
  await expect(page.locator(tid("dashboard"))).toBeVisible();
  await page.locator(tid("nav-overview")).click();
  // Sixty lines through an imported file (the table would take minutes).
  const stored = await page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith("cap.plan."))!;
    return JSON.parse(localStorage.getItem(key)!);
  });
  const plan = stored.plan;
  plan.budget.lines = Array.from({ length: 60 }, (_, i) => ({
    id: 90_000 + i, channel: { kind: "custom", value: `Canal numéro ${i + 1}` }, amounts: [10_000, 20_000, 30_000],
  }));
  plan.budget.total = 60 * 60_000;
  plan.next_id = 90_100;
  for (const a of plan.actions) a.budget_line = null;
  await importFile(page, "long.json", JSON.stringify(stored));
  await page.locator(tid("import-replace")).click();
  await page.locator(tid("import-replace-yes")).click();
  await expectSaved(page);
  await brandAndPresent(page);
  const pages = await printedPages(page, "long-budget");
  // The table's pages (the charts' page lists the channels too, without
  // the table's header).
  const budget = pages.filter((p) => /Canal numéro \d+\s+\S+\s*CHF/.test(p) && !/Par canal/.test(p));
  expect(budget.length).toBeGreaterThan(1);
  const last = budget[budget.length - 1];
  expect(last).toContain("Canal numéro 60");
  expect(last).toMatch(/^\s*Total\s+\S.*CHF\s*$/m);
  expect(body(last).filter((l) => /Canal numéro/.test(l)).length, "the total is not alone with one row").toBeGreaterThan(1);
  for (const p of budget) expect(p).toMatch(/Canal ou outil\s+Immédiat/);
  pages.forEach((p, i) => expect(p).toContain(`page ${i + 1} / ${pages.length}`));
});
