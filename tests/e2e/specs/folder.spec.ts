// The plans folder on disk. Headless Chromium cannot click a folder
// picker, but the rest of the File System Access API is real: only
// window.showDirectoryPicker is replaced, by a function returning a real
// folder of the origin private file system.
import { test, expect, type Page } from "@playwright/test";
import { tid, openLibrary, createPlan, expectSaved, downloadText } from "./app";

const FOLDER = "Plans Cap";

async function fakePicker(page: Page) {
  await page.addInitScript((folder) => {
    (window as any).showDirectoryPicker = async () => {
      const root = await navigator.storage.getDirectory();
      return root.getDirectoryHandle(folder, { create: true });
    };
  }, FOLDER);
}

/** The files of the folder (or of its subfolder `sub`): name -> text. */
async function folderFiles(page: Page, sub?: string): Promise<Record<string, string>> {
  return page.evaluate(async ({ folder, sub }) => {
    const out: Record<string, string> = {};
    try {
      let dir = await (await navigator.storage.getDirectory()).getDirectoryHandle(folder);
      if (sub) dir = await dir.getDirectoryHandle(sub);
      for await (const [name, h] of (dir as any).entries()) {
        if (h.kind === "file") out[name] = await (await h.getFile()).text();
      }
    } catch {
      // No folder (yet): no files.
    }
    return out;
  }, { folder: FOLDER, sub });
}

async function chooseFolder(page: Page) {
  await page.locator(tid("nav-plans")).click();
  await page.locator(tid("folder-choose")).click();
  await expect(page.locator(tid("folder-ready"))).toContainText(FOLDER);
}

test("every save writes the plan to the folder, the export's very text, and keeps its last 10 backups", async ({ page }) => {
  await fakePicker(page);
  await openLibrary(page);
  const id = await createPlan(page, "Boulangerie Martin");
  await chooseFolder(page);
  const file = `boulangerie-martin-${id}.cap.json`;
  await expect.poll(async () => Object.keys(await folderFiles(page))).toEqual([file]);

  await page.locator(tid("plan-open")).click();
  for (let i = 1; i <= 12; i++) {
    await page.locator(tid("plan-client")).fill(`Client ${i}`);
    await expectSaved(page);
    await expect.poll(async () => (await folderFiles(page))[file]).toContain(`"client": "Client ${i}"`);
  }
  // The first write (on choosing the folder) and 12 saves: the newest 10 stay.
  await expect.poll(async () => Object.keys(await folderFiles(page, "backups")).length).toBe(10);
  const backups = await folderFiles(page, "backups");
  expect(Object.keys(backups).every((n) => n.startsWith(`boulangerie-martin-${id}.`))).toBe(true);
  expect(Object.values(backups).some((t) => t.includes(`"client": "Client 12"`))).toBe(true);
  expect(Object.values(backups).some((t) => t.includes(`"client": "Client 2"`))).toBe(false);

  const exported = await downloadText(page, () => page.locator(tid("export-current")).click());
  expect((await folderFiles(page))[file]).toBe(exported.text);

  // Renamed: the file follows the title, the former one goes.
  await page.locator(tid("plan-name")).fill("Boulangerie Martin 2027");
  await expectSaved(page);
  await expect.poll(async () => Object.keys(await folderFiles(page))).toEqual([`boulangerie-martin-2027-${id}.cap.json`]);
});

test("a folder that cannot be written is said in the save status, and the browser still saves", async ({ page }) => {
  await fakePicker(page);
  await openLibrary(page);
  const id = await createPlan(page, "Garage du Lac");
  await chooseFolder(page);
  await expect.poll(async () => Object.keys(await folderFiles(page)).length).toBe(1);
  // The folder is removed behind the app's back.
  await page.evaluate(async (folder) => {
    await (await navigator.storage.getDirectory()).removeEntry(folder, { recursive: true });
  }, FOLDER);
  await page.locator(tid("plan-open")).click();
  await page.locator(tid("plan-client")).fill("Garage SA");
  await expect(page.locator(tid("save-status"))).toHaveText(/Enregistré dans le navigateur, pas dans le dossier.*introuvable/);
  const stored = await page.evaluate((id) => localStorage.getItem(`cap.plan.${id}`), id);
  expect(stored).toContain('"client":"Garage SA"');
  await page.locator(tid("nav-plans")).click();
  await expect(page.locator(tid("folder-failed"))).toContainText("introuvable");
});

test("after the browser's storage is cleared, the plans come back from the folder with one confirmation", async ({ page }) => {
  await fakePicker(page);
  await openLibrary(page);
  await createPlan(page, "Cabinet Dupont");
  await page.locator(tid("nav-plans")).click();
  await createPlan(page, "Hôtel des Alpes", "Alpes SA");
  await chooseFolder(page);
  await expect.poll(async () => Object.keys(await folderFiles(page)).length).toBe(2);
  const before = await page.evaluate(() =>
    Object.fromEntries(Object.keys(localStorage).filter((k) => k.startsWith("cap.plan.")).map((k) => [k, JSON.parse(localStorage.getItem(k)!).plan])));

  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.locator(tid("library-empty"))).toBeVisible();
  await expect(page.locator(tid("folder-found-plan"))).toHaveCount(2);
  await expect(page.locator(tid("folder-found"))).toContainText("Hôtel des Alpes");
  await page.locator(tid("folder-import")).click();
  await expect(page.locator(tid("plan-card"))).toHaveCount(2);
  await expect(page.locator(tid("folder-found"))).toHaveCount(0);
  const after = await page.evaluate(() =>
    Object.fromEntries(Object.keys(localStorage).filter((k) => k.startsWith("cap.plan.")).map((k) => [k, JSON.parse(localStorage.getItem(k)!).plan])));
  // The same plans, under the same ids: the folder's files keep being theirs.
  expect(after).toEqual(before);
});

test("a plan in the trash keeps its file; erased for good, its file leaves the folder and is not offered back", async ({ page }) => {
  await fakePicker(page);
  await openLibrary(page);
  const id = await createPlan(page, "Plan éphémère");
  await chooseFolder(page);
  const file = `plan-éphémère-${id}.cap.json`;
  await expect.poll(async () => Object.keys(await folderFiles(page))).toEqual([file]);

  await page.locator(tid("plan-delete")).click();
  await page.locator(`${tid("confirm-delete")} ${tid("confirm")}`).click();
  await page.reload();
  // In the trash: the file stays, and is not offered as a plan this browser lacks.
  await expect(page.locator(tid("folder-ready"))).toBeVisible();
  expect(Object.keys(await folderFiles(page))).toEqual([file]);
  await expect(page.locator(tid("folder-found"))).toHaveCount(0);

  await page.locator(`${tid("trash")} summary`).click();
  await page.locator(tid("trash-purge")).click();
  await page.locator(`${tid("confirm-purge")} ${tid("confirm")}`).click();
  await expect.poll(async () => Object.keys(await folderFiles(page))).toEqual([]);
  // Its copies stay in backups/, out of the library's way.
  expect(Object.keys(await folderFiles(page, "backups")).length).toBeGreaterThan(0);
  await page.reload();
  await expect(page.locator(tid("folder-ready"))).toBeVisible();
  await expect(page.locator(tid("folder-found"))).toHaveCount(0);
});
