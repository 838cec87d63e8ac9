// The presentation is a deck: every slide fits a 16:9 stage at the sizes a
// consultant meets (a 1024x768 projector to a 1920x1080 screen) with no
// scrolling and nothing cut; long content goes to numbered continuation
// slides; arrows, an overview, full screen and a progress mark; slides can
// be hidden and carry a comment. Branding (logos, names, accent) shows on
// the cover and the footer and travels with export, import and share link.
import { test, expect, type Page } from "@playwright/test";
import { tid, openLibrary, createPlan, expectSaved, downloadText, importFile, overflow } from "./app";

const SIZES = [[1024, 768], [1366, 768], [1280, 800], [1920, 1080]] as const;

// A small SVG logo (kept well under the share link's limit).
const SVG = Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 80 40"><rect width="80" height="40" rx="6" fill="#8a3b12"/><text x="40" y="26" font-size="16" text-anchor="middle" fill="#fff">LOGO</text></svg>');
// A 4x2 PNG.
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAQAAAACCAIAAADwyuo0AAAAEElEQVR4nGPg9s+BIwZkDgBNggYxk/wyNwAAAABJRU5ErkJggg==", "base64");


async function present(page: Page) {
  await page.locator(tid("nav-present")).click();
  await expect(page.locator(tid("slide-0"))).toBeVisible();
}

for (const [example, locale] of [[0, "fr-CH"], [1, "en-US"], [2, "fr-CH"]] as const) {
  test(`every slide of example ${example} fits the stage at four sizes (${locale})`, async ({ browser }) => {
    const context = await browser.newContext({ locale, viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await openLibrary(page);
    await page.locator(tid(`example-${example}`)).click();
    await expect(page.locator(tid("dashboard"))).toBeVisible();
    await present(page);
    const count = await page.locator(".deck .slide").count();
    expect(count).toBeGreaterThanOrEqual(8);
    const kinds = await page.locator(".deck .slide").evaluateAll((s) => s.map((e) => (e as HTMLElement).dataset.kind));
    for (const k of ["cover", "summary", "strategy", "objectives", "budget", "budget-charts", "timeline", "forecast"]) expect(kinds).toContain(k);
    for (const [width, height] of SIZES) {
      await page.setViewportSize({ width, height });
      await page.keyboard.press("Home");
      for (let i = 0; i < count; i++) {
        if (i > 0) await page.keyboard.press("ArrowRight");
        await expect(page.locator(tid(`slide-${i}`))).toBeVisible();
        await page.evaluate(() => new Promise(requestAnimationFrame));
        await page.evaluate(() => new Promise(requestAnimationFrame));
        const o = await overflow(page, i);
        expect(o.scroll, `slide ${i} at ${width}x${height} scrolls`).toBe(false);
        expect(o.stageInWindow, `stage of slide ${i} at ${width}x${height}`).toBe(true);
        expect(o.ratio).toBeCloseTo(16 / 9, 1);
        expect(o.cut, `slide ${i} (${kinds[i]}) at ${width}x${height}`).toEqual([]);
      }
    }
    // The objectives show figures, not just names.
    await expect(page.locator(`.deck ${tid("deck-kpi")} .target`).first()).toHaveText(/\d/);
    await context.close();
  });
}

test("arrows, the overview, full screen and the progress mark", async ({ page }) => {
  await openLibrary(page);
  await page.locator(tid("example-0")).click();
  await expect(page.locator(tid("dashboard"))).toBeVisible();
  await present(page);
  const count = await page.locator(".deck .slide").count();
  await expect(page.locator(tid("slide-number"))).toHaveText(`1 / ${count}`);
  await page.keyboard.press("ArrowRight");
  await expect(page.locator(tid("slide-1"))).toBeVisible();
  await expect(page.locator(tid("slide-0"))).toBeHidden();
  await expect(page.locator(`${tid("slide-1")} .slide-progress span`)).toHaveAttribute("style", /width: 2\d\.\d+%|width: 1\d\.\d+%/);
  await page.keyboard.press("End");
  await expect(page.locator(tid("slide-number"))).toHaveText(`${count} / ${count}`);

  await page.keyboard.press("o");
  for (let i = 0; i < count; i++) await expect(page.locator(tid(`slide-${i}`))).toBeVisible();
  await page.locator(tid("slide-2")).click();
  await expect(page.locator(tid("slide-number"))).toHaveText(`3 / ${count}`);
  await expect(page.locator(tid("slide-1"))).toBeHidden();

  await page.locator(tid("deck-fullscreen")).click();
  await expect.poll(() => page.evaluate(() => document.fullscreenElement?.getAttribute("data-testid"))).toBe("presentation");
  await page.keyboard.press("f");
  await expect.poll(() => page.evaluate(() => document.fullscreenElement === null)).toBe(true);
});

test("a long budget is cut into numbered slides, a hidden slide is left out, a comment shows", async ({ page }) => {
  await openLibrary(page);
  await createPlan(page, "Plan long", "Boulangerie du Lac");
  // Hide the forecast, comment the budget.
  await page.locator(`${tid("slide-choices")} summary`).click();
  await page.locator(tid("slide-show-forecast")).uncheck();
  await page.locator(tid("slide-note-budget")).fill("Le long terme reçoit la plus grande part.");
  await expectSaved(page);
  // Twelve budget lines through an imported file is quicker than the table.
  const plan = await page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith("cap.plan."))!;
    return JSON.parse(localStorage.getItem(key)!);
  });
  plan.plan.budget.total = 12_000_000;
  plan.plan.budget.lines = Array.from({ length: 12 }, (_, i) => ({
    id: i + 1, channel: { kind: "custom", value: `Canal ${i + 1}` }, amounts: [10_000, 20_000, 30_000],
  }));
  plan.plan.next_id = 13;
  await importFile(page, "long.json", JSON.stringify(plan));
  await page.locator(tid("import-replace")).click();
  await page.locator(tid("import-replace-yes")).click();
  await expectSaved(page);
  await present(page);
  const budget = page.locator('.deck .slide[data-kind="budget"]');
  await expect(budget).toHaveCount(2);
  await expect(budget.nth(0).locator(tid("slide-mark"))).toHaveText("1/2");
  await expect(budget.nth(1).locator(tid("slide-mark"))).toHaveText("2/2");
  await expect(budget.nth(0).locator(tid("deck-budget-total"))).toHaveCount(0);
  await expect(budget.nth(1).locator(tid("deck-budget-total"))).toHaveCount(1);
  await expect(budget.nth(0).locator(tid("slide-note"))).toHaveText("Le long terme reçoit la plus grande part.");
  await expect(page.locator('.deck .slide[data-kind="forecast"]')).toHaveCount(0);
  await expect(page.locator('.deck .slide[data-kind="status"]')).toHaveCount(0);
});

test("logos and names show on the cover and the footer and survive export, import and a share link", async ({ page }) => {
  await openLibrary(page);
  await createPlan(page, "Plan marque", "Boulangerie du Lac");
  await page.locator(tid("brand-consultant")).fill("Claire Dubois");
  await page.locator(tid("brand-firm")).fill("Dubois Conseil");
  await page.locator(tid("brand-client-logo")).setInputFiles({ name: "client.png", mimeType: "image/png", buffer: PNG });
  await expect(page.locator(tid("brand-client-logo-preview"))).toHaveAttribute("src", /^data:image\/png;base64,iVBORw0KGgo/);
  await page.locator(tid("brand-consultant-logo")).setInputFiles({ name: "logo.svg", mimeType: "image/svg+xml", buffer: SVG });
  await expect(page.locator(tid("brand-consultant-logo-preview"))).toHaveAttribute("src", /^data:image\/svg\+xml;base64,/);
  // A pale accent is darkened, with the reason.
  await page.locator(tid("brand-accent")).evaluate((el: HTMLInputElement) => { el.value = "#ffdd00"; el.dispatchEvent(new Event("change", { bubbles: true })); });
  await expect(page.locator(tid("brand-message"))).toContainText("#ffdd00");
  const accent = await page.locator(tid("brand-accent-value")).textContent();
  expect(accent).not.toBe("#ffdd00");
  await expectSaved(page);

  const checkCover = async () => {
    await present(page);
    await expect(page.locator(`${tid("slide-0")} ${tid("cover-client-logo")}`)).toHaveAttribute("src", /^data:image\/png;base64,/);
    await expect(page.locator(`${tid("slide-0")} ${tid("cover-consultant-logo")}`)).toHaveAttribute("src", /^data:image\/svg\+xml;base64,/);
    await expect(page.locator(`${tid("slide-0")} ${tid("cover-consultant")}`)).toContainText("Claire Dubois, Dubois Conseil");
    await page.keyboard.press("ArrowRight");
    await expect(page.locator(`${tid("slide-1")} ${tid("foot-logo")}`)).toBeVisible();
    // An SVG is an image, never markup in the page.
    expect(await page.locator(".deck svg text").filter({ hasText: "LOGO" }).count()).toBe(0);
  };
  await checkCover();
  await page.keyboard.press("Escape");

  const file = await downloadText(page, () => page.locator(tid("export-current")).click());
  const exported = JSON.parse(file.text);
  expect(exported.schema_version).toBe(5);
  expect(exported.plan.branding.client_logo.type).toBe("image/png");
  // Imported as a new plan, in a fresh browser profile: the branding is there.
  await page.evaluate(() => localStorage.clear());
  await openLibrary(page);
  await importFile(page, file.name, file.text);
  await page.locator(tid("import-as-new")).click();
  await expect(page.locator(tid("overview"))).toBeVisible();
  await expect(page.locator(tid("brand-consultant"))).toHaveValue("Claire Dubois");
  await checkCover();
  await page.keyboard.press("Escape");

  await page.locator(tid("share-current")).click();
  const link = await page.locator(tid("share-link")).inputValue();
  await page.goto(link);
  await expect(page.locator(tid("share-page"))).toBeVisible();
  await expect(page.locator(`${tid("report-cover")} ${tid("cover-client-logo")}`)).toHaveAttribute("src", /^data:image\/png;base64,/);
  await expect(page.locator(`${tid("report-cover")} ${tid("cover-consultant")}`)).toContainText("Claire Dubois");
});

test("an oversized or non-image logo is refused with a message, and the plan keeps none", async ({ page }) => {
  await openLibrary(page);
  await createPlan(page, "Plan refus");
  const big = Buffer.concat([PNG, Buffer.alloc(201 * 1024)]);
  await page.locator(tid("brand-client-logo")).setInputFiles({ name: "big.png", mimeType: "image/png", buffer: big });
  await expect(page.locator(tid("brand-client-logo-error"))).toContainText(/200\s?Ko/);
  await page.locator(tid("brand-client-logo")).setInputFiles({ name: "photo.png", mimeType: "image/png", buffer: Buffer.from("GIF89a not really a png") });
  await expect(page.locator(tid("brand-client-logo-error"))).toContainText("PNG, JPEG ou SVG");
  await page.locator(tid("brand-client-logo")).setInputFiles({ name: "page.svg", mimeType: "image/svg+xml", buffer: Buffer.from("<html><script>alert(1)</script></html>") });
  await expect(page.locator(tid("brand-client-logo-error"))).toContainText("PNG, JPEG ou SVG");
  await expect(page.locator(tid("brand-client-logo-preview"))).toHaveCount(0);
  await expectSaved(page);
  const stored = await page.evaluate(() => Object.entries(localStorage).filter(([k]) => k.startsWith("cap.plan.")).map(([, v]) => v).join());
  expect(stored).not.toContain("client_logo\":{");
});

test("my defaults: kept in this browser, new plans start with them", async ({ page }) => {
  await openLibrary(page);
  await createPlan(page, "Premier plan");
  await page.locator(tid("brand-consultant")).fill("Claire Dubois");
  await page.locator(tid("brand-consultant-logo")).setInputFiles({ name: "logo.svg", mimeType: "image/svg+xml", buffer: SVG });
  await expect(page.locator(tid("brand-consultant-logo-preview"))).toBeVisible();
  await page.locator(tid("brand-defaults-save")).click();
  await expect(page.locator(tid("brand-message"))).not.toBeEmpty();
  // Changing the language (which rewrites cap.settings) keeps them.
  await page.locator(tid("lang-en")).click();
  await page.goto("/");
  await createPlan(page, "Second plan");
  await expect(page.locator(tid("brand-consultant"))).toHaveValue("Claire Dubois");
  await expect(page.locator(tid("brand-consultant-logo-preview"))).toBeVisible();
});

test("amounts on the slides in the Swiss business style, when the plan asks for it", async ({ page }) => {
  await openLibrary(page);
  await createPlan(page, "Style suisse", "Boulangerie du Lac");
  await page.locator(tid("plan-budget-total")).fill("40'000.–");
  await page.locator(tid("plan-budget-total")).blur();
  await expectSaved(page);
  await present(page);
  // The browser's format by default (fr-CH: 40 000 CHF, no cents on a slide).
  await expect(page.locator(`${tid("slide-1")} ${tid("summary-budget")}`)).toContainText(/40\s000\sCHF/);
  await expect(page.locator(`${tid("slide-1")} ${tid("summary-budget")}`)).not.toContainText("40'000.–");
  await page.keyboard.press("Escape");

  await page.locator(`${tid("slide-choices")} summary`).click();
  await page.locator(tid("money-style")).selectOption("swiss");
  await expectSaved(page);
  await present(page);
  await expect(page.locator(`${tid("slide-1")} ${tid("summary-budget")}`)).toContainText("CHF\u00a040'000.–");
});
