// Full backups: one file with every plan, restored with a preview and a
// choice per plan; a bad file changes nothing; the reminder where the
// browser cannot write to a folder.
import { test, expect, type Page } from "@playwright/test";
import { tid, openLibrary, createPlan, expectSaved, downloadText, storedPlans } from "./app";

async function backUp(page: Page) {
  await page.locator(tid("nav-plans")).click();
  return downloadText(page, () => page.locator(tid("backup-all")).click());
}

async function pickBackup(page: Page, name: string, text: string) {
  await page.locator(tid("restore-file")).setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(text) });
}

test("three plans backed up, the storage cleared, restored: the very same texts", async ({ page }) => {
  await openLibrary(page);
  for (const name of ["Boulangerie Martin", "Garage du Lac", "Hôtel des Alpes"]) {
    await page.locator(tid("nav-plans")).click();
    await createPlan(page, name, `${name} SA`);
  }
  const before = await storedPlans(page);
  expect(Object.keys(before)).toHaveLength(3);
  const file = await backUp(page);
  expect(file.name).toMatch(/^cap-backup-\d{4}-\d{2}-\d{2}\.json$/);
  await expect(page.locator(tid("backup-last"))).toContainText("Dernière sauvegarde complète");

  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.locator(tid("library-empty"))).toBeVisible();
  await pickBackup(page, file.name, file.text);
  await expect(page.locator(tid("restore-item"))).toHaveCount(3);
  await expect(page.locator(tid("restore-item-status")).first()).toHaveText("Absent de ce navigateur");
  await page.locator(tid("restore-go")).click();
  await expect(page.locator(tid("plan-card"))).toHaveCount(3);
  expect(await storedPlans(page)).toEqual(before);
});

test("restoring over a changed plan asks, and keeps both when asked", async ({ page }) => {
  await openLibrary(page);
  const id = await createPlan(page, "Cabinet Dupont");
  const file = await backUp(page);
  await page.locator(tid("plan-open")).click();
  await page.locator(tid("plan-client")).fill("Dupont & Fils");
  await expectSaved(page);
  const changed = (await storedPlans(page))[`cap.plan.${id}`];

  await page.locator(tid("nav-plans")).click();
  await pickBackup(page, file.name, file.text);
  await expect(page.locator(tid("restore-item-status"))).toContainText("Différent de celui de ce navigateur");
  // No choice, no restore: nothing is replaced by default.
  await page.locator(tid("restore-go")).click();
  await expect(page.locator(tid("restore-dialog-error"))).toContainText("Choisissez");
  await page.locator(tid("restore-choice")).selectOption("keep_both");
  await page.locator(tid("restore-go")).click();
  await expect(page.locator(tid("plan-card"))).toHaveCount(2);
  await expect(page.locator(tid("plan-open")).filter({ hasText: "Cabinet Dupont (sauvegarde du" })).toHaveCount(1);
  const after = await storedPlans(page);
  expect(after[`cap.plan.${id}`]).toBe(changed);
  const copy = Object.entries(after).find(([k]) => k !== `cap.plan.${id}`)![1];
  expect(JSON.parse(copy).plan.client).toBe("");
});

test("a cut, foreign or newer backup file is refused by field and nothing stored changes", async ({ page }) => {
  await openLibrary(page);
  await createPlan(page, "Fleuriste Rose");
  const file = await backUp(page);
  const before = await storedPlans(page);
  const backup = JSON.parse(file.text);

  await pickBackup(page, "cut.json", file.text.slice(0, Math.floor(file.text.length / 2)));
  await expect(page.locator(tid("restore-error"))).toContainText("JSON valide");
  await pickBackup(page, "newer.json", JSON.stringify({ ...backup, schema_version: 99 }));
  await expect(page.locator(tid("restore-error"))).toContainText("version plus récente");
  const plan = JSON.parse(backup.plans[0].text);
  plan.plan.budget.total = "beaucoup";
  const wrong = { ...backup, plans: [{ ...backup.plans[0], text: JSON.stringify(plan) }] };
  await pickBackup(page, "wrong.json", JSON.stringify(wrong));
  await expect(page.locator(tid("restore-error"))).toContainText("plans[0].text");
  await expect(page.locator(tid("restore-error"))).toContainText("plan.budget.total");
  await pickBackup(page, "plan.json", backup.plans[0].text);
  await expect(page.locator(tid("restore-error"))).toContainText("pas une sauvegarde Cap");
  await expect(page.locator(tid("restore-preview"))).toBeHidden();
  expect(await storedPlans(page)).toEqual(before);
});

test("where the browser cannot write to a folder, the backup reminder comes when due", async ({ page }) => {
  await page.addInitScript(() => { delete (window as any).showDirectoryPicker; });
  await openLibrary(page);
  await createPlan(page, "Épicerie Fine");
  await page.locator(tid("nav-plans")).click();
  await expect(page.locator(tid("folder-unsupported"))).toBeVisible();
  // Never backed up, a plan saved: due.
  await expect(page.locator(tid("backup-reminder"))).toBeVisible();
  await page.locator(tid("backup-reminder")).getByRole("button").click();
  await expect(page.locator(tid("backup-reminder"))).toBeHidden();
  // A backup more than 7 days older than the last change: due again.
  const tenDaysAgo = new Date(Date.now() - 10 * 86_400_000).toISOString();
  await page.evaluate((at) => localStorage.setItem("cap.last-backup", at), tenDaysAgo);
  await page.reload();
  await expect(page.locator(tid("backup-reminder"))).toBeVisible();
  // A recent backup: not due.
  await page.evaluate(() => localStorage.setItem("cap.last-backup", new Date().toISOString()));
  await page.reload();
  await expect(page.locator(tid("keep-backup"))).toBeVisible();
  await expect(page.locator(tid("backup-reminder"))).toHaveCount(0);
});
