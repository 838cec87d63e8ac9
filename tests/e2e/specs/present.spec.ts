// Presentation mode moves with the keyboard, shows no editing controls,
// returns where the person was; printed, it is the client summary with
// every section and no app chrome.
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
    await expect(page.locator(".topbar")).toBeHidden();
    await expect(page.locator("main input, main select, main textarea")).toHaveCount(0);
    await page.keyboard.press("ArrowRight");
    await expect(page.locator(tid("slide-1"))).toBeVisible();
    await expect(page.locator(tid("slide-0"))).toBeHidden();
    for (let i = 0; i < 6; i++) await page.keyboard.press("ArrowRight");
    await expect(page.locator(tid("slide-5"))).toBeVisible();
    await expect(page.locator(tid("slide-number"))).toHaveText("6 / 6");
    await page.keyboard.press("ArrowLeft");
    await expect(page.locator(tid("slide-4"))).toBeVisible();
    await expect(page.locator(`${tid("slide-4")} ${tid("gantt-row")}`).first()).toBeVisible();

    await page.emulateMedia({ media: "print" });
    for (let i = 0; i < 6; i++) await expect(page.locator(tid(`slide-${i}`))).toBeVisible();
    await expect(page.locator(".present-bar")).toBeHidden();
    await page.screenshot({ path: `screenshots/${lang}-print-presentation.png`, fullPage: true });
    await page.emulateMedia({ media: "screen" });

    await page.keyboard.press("Escape");
    await expect(page).toHaveURL(from);
    await expect(page.locator(".topbar")).toBeVisible();
    await context.close();
  });
}
