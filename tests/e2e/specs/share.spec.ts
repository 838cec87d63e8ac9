// Share links: a plan travels in the URL fragment, opens read-only in a
// fresh browser profile, and becomes a plan there only when the person
// saves a copy. A damaged link says so; nothing saved is ever touched.
import { test, expect, type Browser, type Page } from "@playwright/test";
import { tid, openLibrary, createPlan, storedPlans, expectSaved, importFile, envelope, minimalPlan } from "./app";

/** Loads the online-shop example and returns its share link, as a person copies it. */
async function shareExample(page: Page): Promise<string> {
  await openLibrary(page);
  await page.locator(tid("example-0")).click();
  await expect(page.locator(tid("plan-title"))).toHaveText("Boutique en ligne");
  await page.locator(tid("nav-overview")).click();
  await page.locator(tid("share-current")).click();
  const link = await page.locator(tid("share-link")).inputValue();
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/share#cap1\.[A-Za-z0-9_-]+$/);
  await expect(page.locator(tid("share-length"))).toContainText("caractères");
  return link;
}

async function freshProfile(browser: Browser) {
  const context = await browser.newContext();
  return { context, page: await context.newPage() };
}

test("a link made in one profile opens read-only in another, and 'save a copy' adds it", async ({ page, browser }) => {
  const link = await shareExample(page);

  const { context, page: other } = await freshProfile(browser);
  await openLibrary(other);
  await createPlan(other, "Plan à moi", "Moi");
  await expectSaved(other);
  const before = await storedPlans(other);

  await other.goto(link);
  await expect(other.locator(tid("share-banner"))).toContainText("lecture seule");
  await expect(other.locator(tid("report-cover"))).toContainText("Boutique en ligne");
  await expect(other.locator(tid("report-strategy"))).toContainText("Augmenter les ventes en ligne");
  // Every section is shown, none can be edited, and nothing was stored.
  for (const k of ["cover", "summary", "strategy", "objectives", "budget", "timeline"]) await expect(other.locator(tid(`report-${k}`))).toBeVisible();
  await expect(other.locator("main input, main textarea, main select")).toHaveCount(0);
  await expect(other.locator(tid("nav-budget"))).toHaveCount(0);
  await other.waitForTimeout(800); // past the autosave delay
  expect(await storedPlans(other)).toEqual(before);

  await other.locator(tid("share-save-copy")).click();
  await expect(other.locator(tid("overview"))).toBeVisible();
  await expect(other.locator(tid("plan-name"))).toHaveValue("Boutique en ligne");
  await expectSaved(other);
  const after = await storedPlans(other);
  expect(Object.keys(after)).toHaveLength(2);
  for (const [key, text] of Object.entries(before)) expect(after[key]).toBe(text);
  // The copy is a plan like any other: it reloads, and it is editable.
  await other.reload();
  await expect(other.locator(tid("plan-name"))).toHaveValue("Boutique en ligne");
  await other.locator(tid("nav-dashboard")).click();
  expect(await other.locator(tid("dash-objective")).count()).toBeGreaterThanOrEqual(3);
  await context.close();
});

test("a link cut in half gives a readable error and touches nothing", async ({ page, browser }) => {
  const link = await shareExample(page);
  const { context, page: other } = await freshProfile(browser);
  await openLibrary(other);
  await createPlan(other, "Plan à moi");
  await expectSaved(other);
  const before = await storedPlans(other);

  await other.goto(link.slice(0, Math.floor(link.length / 2)));
  await expect(other.locator(tid("share-error-message"))).toContainText("incomplet ou abîmé");
  await expect(other.locator(tid("share-error"))).toContainText("n'ont pas été modifiés");
  await other.goto(link.replace("#cap1.", "#"));
  await expect(other.locator(tid("share-error-message"))).toContainText("pas un lien de partage Cap");
  expect(await storedPlans(other)).toEqual(before);
  await context.close();
});

test("the link is copied to the clipboard in one click", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await shareExample(page);
  await page.locator(tid("share-copy")).click();
  await expect(page.locator(tid("share-copied"))).toHaveText("Lien copié.");
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await page.locator(tid("share-link")).inputValue());
});

test("a plan too large for a link says its size and offers the file", async ({ page }) => {
  await openLibrary(page);
  // 40'000 characters that do not compress (xorshift noise): the link would pass 32'000.
  const alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_";
  let x = 2463534242;
  const random = (n: number) => Array.from({ length: n }, () => {
    x ^= x << 13; x ^= x >>> 17; x ^= x << 5; x >>>= 0;
    return alphabet[x % 64];
  }).join("");
  await importFile(page, "grand.json", envelope(minimalPlan({ name: "Très grand plan", context: random(20000), strategy: random(20000) })));
  await page.locator(tid("import-as-new")).click();
  await page.locator(tid("nav-overview")).click();
  await page.locator(tid("share-current")).click();
  await expect(page.locator(tid("share-too-long"))).toContainText(/lien ferait \d+.\d{3} caractères/);
  await expect(page.locator(tid("share-link"))).toHaveCount(0);
  const [download] = await Promise.all([page.waitForEvent("download"), page.locator(tid("share-download")).click()]);
  expect(download.suggestedFilename()).toMatch(/\.json$/);
});
