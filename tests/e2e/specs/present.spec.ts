// Presentation mode moves with the keyboard, shows no editing controls,
// returns where the person was; printed, it is the report with every
// section and no app chrome (tests/e2e/specs/print.spec.ts reads the PDF).
import { test, expect } from "@playwright/test";
import { tid, openLibrary } from "./app";

for (const [locale, lang] of [["fr-CH", "fr"], ["en-US", "en"]] as const) {
  test(`present an example with the keyboard, then print it (${lang})`, async ({ browser }) => {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    await openLibrary(page);
    await page.locator(tid("example-0")).click();
    await expect(page.locator(tid("dashboard"))).toBeVisible();
    const from = page.url();
    await page.locator(tid("nav-present")).click();
    await expect(page.locator(tid("slide-0"))).toBeVisible();
    await expect(page.locator(`${tid("slide-0")} ${tid("cover")}`)).toBeVisible();
    await expect(page.locator(".topbar")).toBeHidden();
    await expect(page.locator("main input, main select, main textarea")).toHaveCount(0);
    const count = await page.locator(".deck .slide").count();
    await page.keyboard.press("ArrowRight");
    await expect(page.locator(tid("slide-1"))).toBeVisible();
    await expect(page.locator(tid("slide-0"))).toBeHidden();
    await expect(page.locator(`${tid("slide-1")} ${tid("summary")}`)).toBeVisible();
    for (let i = 0; i < count + 2; i++) await page.keyboard.press("ArrowRight");
    await expect(page.locator(tid(`slide-${count - 1}`))).toBeVisible();
    await expect(page.locator(tid("slide-number"))).toHaveText(`${count} / ${count}`);
    const timeline = page.locator('.deck .slide[data-kind="timeline"]').first();
    const at = Number((await timeline.getAttribute("data-testid"))!.replace("slide-", ""));
    await page.keyboard.press("Home");
    for (let i = 0; i < at; i++) await page.keyboard.press("ArrowRight");
    await expect(timeline.locator(tid("gantt-row")).first()).toBeVisible();

    await page.emulateMedia({ media: "print" });
    await expect(page.locator(tid("report"))).toBeVisible();
    await expect(page.locator(tid("report-cover"))).toBeVisible();
    for (const k of ["summary", "strategy", "objectives", "budget", "timeline", "forecast"]) {
      await expect(page.locator(tid(`report-${k}`))).toBeVisible();
    }
    await expect(page.locator(".deck")).toBeHidden();
    await page.screenshot({ path: `screenshots/${lang}-print-presentation.png`, fullPage: true });
    await page.emulateMedia({ media: "screen" });
    await expect(page.locator(tid("report"))).toBeHidden();

    await page.keyboard.press("Escape");
    await expect(page).toHaveURL(from);
    await expect(page.locator(".topbar")).toBeVisible();
    await context.close();
  });
}
