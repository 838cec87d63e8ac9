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
