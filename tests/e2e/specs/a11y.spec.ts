// Accessibility gate: axe-core on every page and every wizard step, in
// French and in English, on a complete example plan and on the empty
// library. No serious or critical violation is allowed.
import { test, expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { tid } from "./app";

async function violations(page: Page) {
  const result = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
    .analyze();
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
}

async function audit(page: Page, where: string) {
  await page.waitForTimeout(100); // let the page settle (transitions, focus)
  expect(await violations(page), where).toEqual([]);
}

const sections = ["overview", "objectives", "budget", "timeline", "kpis", "dashboard", "present"];

for (const [locale, lang, example] of [["fr-CH", "fr", "Boutique en ligne"], ["en-US", "en", "Online shop"]] as const) {
  test(`every page in ${lang} has no serious accessibility violation`, async ({ browser }) => {
    test.setTimeout(120_000);
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    await page.goto("/");
    await expect(page.locator(tid("library"))).toBeVisible();
    await audit(page, "library, first visit");
    await page.locator(tid("example-0")).click();
    await expect(page.locator(tid("plan-title"))).toHaveText(example);
    const id = page.url().split("/plan/")[1].split("/")[0];
    for (const section of sections) {
      await page.goto(`/plan/${id}/${section === "overview" ? "" : section}`);
      await expect(page.locator("main h1, main h2").first()).toBeVisible();
      await audit(page, section);
    }
    for (const step of ["", "/elements", "/objectives", "/smart", "/summary"]) {
      await page.goto(`/plan/${id}/strategy${step}`);
      await expect(page.locator(tid("step-1"))).toBeVisible();
      await audit(page, `strategy${step}`);
    }
    await page.goto("/");
    await audit(page, "library with a plan");
    // A dialog open (the share link), and the shared read-only view.
    await page.goto(`/plan/${id}`);
    await page.locator(tid("share-current")).click();
    await expect(page.locator(tid("share-link"))).toBeVisible();
    await audit(page, "share dialog");
    const link = await page.locator(tid("share-link")).inputValue();
    await page.goto(link);
    await expect(page.locator(tid("share-banner"))).toBeVisible();
    await audit(page, "shared plan");
    await context.close();
  });
}

test("the audit catches a violation (the gate can fail)", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator(tid("library"))).toBeVisible();
  await page.evaluate(() => {
    const input = document.createElement("input"); // no label
    input.type = "text";
    document.querySelector("main")!.append(input);
    const low = document.createElement("p"); // light grey on white
    low.textContent = "illisible";
    low.style.color = "#eeeeee";
    document.querySelector("main")!.append(low);
  });
  const found = await violations(page);
  expect(found.some((v) => v.startsWith("label"))).toBe(true);
  expect(found.some((v) => v.startsWith("color-contrast"))).toBe(true);
});
