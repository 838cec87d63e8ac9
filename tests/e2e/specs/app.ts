// Page objects and helpers shared by the specs: what a person does, named.
import { expect, type Page, type Download } from "@playwright/test";
import { readFile } from "node:fs/promises";

export const tid = (id: string) => `[data-testid="${id}"]`;

/** Opens the app on the library with an empty browser profile. */
export async function openLibrary(page: Page) {
  await page.goto("/");
  await expect(page.locator(tid("library"))).toBeVisible();
}

/** Creates a plan from the library and lands on its context page. */
export async function createPlan(page: Page, name: string, client = "") {
  await page.locator(tid("new-plan")).click();
  await page.locator(tid("new-plan-name")).fill(name);
  if (client) await page.locator(tid("new-plan-client")).fill(client);
  await page.locator(tid("new-plan-create")).click();
  await expect(page.locator(tid("overview"))).toBeVisible();
  await expect(page.locator(tid("plan-name"))).toHaveValue(name);
  return page.url().split("/plan/")[1];
}

/** Waits until the save indicator says everything is stored. */
export async function expectSaved(page: Page) {
  await expect(page.locator(tid("save-status"))).toHaveText(/^(Enregistré|Saved)$/);
}

/** Clicks something that downloads a file and returns its text. */
export async function downloadText(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent("download"), click()]) as [Download, void];
  const path = await download.path();
  return { name: download.suggestedFilename(), text: await readFile(path!, "utf8") };
}

/** Picks a file in the import button, as a person does in the file dialog. */
export async function importFile(page: Page, name: string, content: string | Buffer) {
  await page.locator(tid("import-file")).setInputFiles({
    name, mimeType: "application/json", buffer: Buffer.isBuffer(content) ? content : Buffer.from(content),
  });
}

/** Every stored key and value of the app, to prove nothing changed. */
export async function storedPlans(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const out: Record<string, string> = {};
    for (let i = 0; i < localStorage.length; i++) {
      const k = localStorage.key(i)!;
      if (k.startsWith("cap.plan.")) out[k] = localStorage.getItem(k)!;
    }
    return out;
  });
}

/** A valid envelope around a plan object, for hand-made import files. */
export function envelope(plan: object, version = 1) {
  return JSON.stringify({ format: "cap-plan", schema_version: version, saved_at: "2026-11-01T10:00:00Z", app_version: "0.1.0", plan });
}

export function minimalPlan(overrides: object = {}) {
  return {
    name: "Imported plan", client: "Client SA", currency: "CHF",
    period: { start: "2027-01-01", end: "2027-12-31" }, language: "fr",
    budget: { total: 5000000, lines: [] }, next_id: 1, ...overrides,
  };
}

/** What overflows on the current slide: the document's scroll, and every
 *  text element outside the stage. */
export async function overflow(page: Page, i: number) {
  return page.evaluate((i) => {
    const doc = document.documentElement;
    const stage = document.querySelector('[data-testid="stage"]')!.getBoundingClientRect();
    const slide = document.querySelector(`[data-testid="slide-${i}"]`)!;
    const cut: string[] = [];
    for (const el of slide.querySelectorAll("*")) {
      const text = [...el.childNodes].some((c) => c.nodeType === 3 && c.textContent!.trim());
      if (!text) continue;
      const b = el.getBoundingClientRect();
      if (!b.width && !b.height) continue;
      if (b.left < stage.left - 1 || b.right > stage.right + 1 || b.top < stage.top - 1 || b.bottom > stage.bottom + 1) {
        cut.push(el.textContent!.trim().slice(0, 40));
      }
    }
    return {
      scroll: doc.scrollHeight > doc.clientHeight || doc.scrollWidth > doc.clientWidth,
      stageInWindow: stage.left >= 0 && stage.top >= 0 && stage.right <= innerWidth + 1 && stage.bottom <= innerHeight + 1,
      ratio: stage.width / stage.height,
      cut,
    };
  }, i);
}

/** A CSV's cells, quotes taken off. */
export function cells(text: string, sep: string): string[][] {
  return text.replace(/^\uFEFF/, "").trim().split("\r\n").map((line) => {
    const out = [""];
    let quoted = false;
    for (const ch of line) {
      if (ch === '"') quoted = !quoted;
      else if (ch === sep && !quoted) out.push("");
      else out[out.length - 1] += ch;
    }
    return out;
  });
}
