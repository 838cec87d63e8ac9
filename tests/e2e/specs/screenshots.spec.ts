// Screenshots of every screen, in French and English, wide and 360 px, and
// the printed summary, for a person to look at (tests/e2e/screenshots/).
// Each screen must also render without a script error.
import { test, expect, type Page } from "@playwright/test";
import { readFile } from "node:fs/promises";
import { tid, openLibrary, importFile } from "./app";

const out = (name: string) => `screenshots/${name}.png`;

async function loadDemo(page: Page): Promise<string> {
  await openLibrary(page);
  await importFile(page, "demo.json", await readFile("fixtures/demo-plan.json"));
  await page.locator(tid("import-as-new")).click();
  await expect(page.locator(tid("overview"))).toBeVisible();
  return page.url().replace(/\/$/, "");
}

const screens: [string, string, string][] = [
  ["overview", "", "overview"],
  ["strategy-1-context", "/strategy", "step-context"],
  ["strategy-2-elements", "/strategy/elements", "step-elements"],
  ["strategy-3-objectives", "/strategy/objectives", "step-objectives"],
  ["strategy-4-smart", "/strategy/smart?o=4", "step-smart"],
  ["strategy-4-smart-incomplete", "/strategy/smart?o=7", "step-smart"],
  ["strategy-5-summary", "/strategy/summary", "step-summary"],
  ["objectives-list", "/objectives", "objectives-page"],
  ["budget", "/budget", "budget-table"],
  ["kpis", "/kpis", "kpis"],
  ["timeline", "/timeline", "gantt"],
  ["dashboard", "/dashboard", "dashboard"],
];

for (const [locale, lang] of [["fr-CH", "fr"], ["en-US", "en"]] as const) {
  for (const width of [1280, 360]) {
    test(`screens in ${lang} at ${width} px @screenshots`, async ({ browser }) => {
      const context = await browser.newContext({ locale, viewport: { width, height: 900 } });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
      await openLibrary(page);
      await page.screenshot({ path: out(`${lang}-${width}-library-empty`), fullPage: true });
      const base = await loadDemo(page);
      for (const [name, path, testid] of screens) {
        await page.goto(base + path);
        await expect(page.locator(tid(testid))).toBeVisible();
        // Parts that the browser skips while out of the window
        // (`content-visibility: auto`) are drawn as a person scrolling
        // there sees them, not as the blank boxes a full-page capture takes.
        // (A constructed sheet: the page's CSP refuses inline styles.)
        await page.evaluate(() => {
          const sheet = new CSSStyleSheet();
          sheet.replaceSync("* { content-visibility: visible !important; }");
          document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
        });
        await page.screenshot({ path: out(`${lang}-${width}-${name}`), fullPage: true });
        // Nothing pushes the page wider than the screen (wide tables scroll inside their box).
        expect(await page.evaluate(() => document.documentElement.scrollWidth), name).toBeLessThanOrEqual(width);
      }
      // The share dialog, then the plan as its link opens it (read-only).
      await page.goto(base);
      await page.locator(tid("share-current")).click();
      await expect(page.locator(tid("share-link"))).toBeVisible();
      await page.screenshot({ path: out(`${lang}-${width}-share-dialog`) });
      const link = await page.locator(tid("share-link")).inputValue();
      await page.goto(link);
      await expect(page.locator(tid("share-banner"))).toBeVisible();
      await page.screenshot({ path: out(`${lang}-${width}-shared`), fullPage: true });
      expect(await page.evaluate(() => document.documentElement.scrollWidth), "shared").toBeLessThanOrEqual(width);
      await page.goto(link.slice(0, link.length / 2));
      await expect(page.locator(tid("share-error"))).toBeVisible();
      await page.screenshot({ path: out(`${lang}-${width}-share-broken`) });
      await page.locator(tid("nav-plans")).click();
      await page.screenshot({ path: out(`${lang}-${width}-library`), fullPage: true });
      if (width === 1280) {
        await page.goto(base + "/strategy/summary");
        await expect(page.locator(tid("summary-tree"))).toBeVisible();
        await page.emulateMedia({ media: "print" });
        await page.screenshot({ path: out(`${lang}-print-summary`), fullPage: true });
        // Printing shows the plan, not the app around it.
        await expect(page.locator(".topbar")).toBeHidden();
        await expect(page.locator(tid("step-1"))).toBeHidden();
      }
      expect(errors).toEqual([]);
      await context.close();
    });
  }
}
