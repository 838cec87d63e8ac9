// A budget of 40 lines (the benchmark's large plan): rows out of sight are
// not drawn (src/ui/perf/dormant.rs), yet a person going through the table with
// Tab and Shift+Tab reaches every field, always sees where the focus is,
// finds the page the same height, and prints every line.
import { test, expect, type Page } from "@playwright/test";
import { tid } from "./app";
import { execFileSync } from "node:child_process";
import { join } from "node:path";

const ID = "long-1";
// Hundreds of key presses: a trace would snapshot the page at each one and
// take minutes.
test.use({ trace: "off" });
// The benchmark's generator (an ES module the test runner cannot import), run
// as its command line does.
const ENVELOPE = execFileSync(process.execPath, [join(__dirname, "../../../bench/large-plan.mjs")], {
  encoding: "utf8",
  maxBuffer: 64 << 20,
});
const SIZES = { lines: JSON.parse(ENVELOPE).plan.budget.lines.length as number };

/** "CHF 12’500.50" -> minor units (amounts show two decimals). */
const minor = (text: string) => Number(text.replace(/[^\d-]/g, ""));

async function openLongBudget(page: Page) {
  // A small file of the site, so localStorage is the app's origin's.
  await page.goto("/favicon.svg");
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [`cap.plan.${ID}`, ENVELOPE]);
  await page.goto(`/plan/${ID}/budget`);
  await expect(page.locator(tid("budget-row"))).toHaveCount(SIZES.lines);
}

/** The focused element: its test id or its id, and whether it is drawn inside the window. */
async function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const r = el.getBoundingClientRect();
    const row = el.closest("tr");
    const rows = [...document.querySelectorAll('[data-testid="budget-row"]')];
    return {
      name: el.getAttribute("data-testid") ?? el.id,
      row: row ? rows.indexOf(row) : -1,
      drawn: r.width > 0 && r.height > 0,
      inWindow: r.bottom > 0 && r.top < innerHeight,
    };
  });
}

test("rows out of sight sleep, keep their height, and wake for Tab, Shift+Tab and print", async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await openLongBudget(page);
  const rows = page.locator(tid("budget-row"));

  // The last rows are far below: asleep, keeping their height (checked
  // against the drawn row once Tab reaches it).
  const lastRow = rows.nth(SIZES.lines - 1);
  await expect(lastRow).toHaveClass(/dormant/);
  const asleep = (await lastRow.boundingBox())!.height;
  expect(asleep).toBeGreaterThan(30);

  // Tab from the first cell to the end of the table: every field of every
  // row takes the focus, in order, drawn and in the window.
  await page.locator(tid("cell-0-0")).focus();
  const seen = new Set<number>();
  let last = -1;
  for (let i = 0; i < 1000; i++) {
    const at = (await focused(page))!;
    if (at.row < 0) break;
    expect(at.row, `${at.name} after row ${last}`).toBeGreaterThanOrEqual(last);
    expect(at.row - last, `Tab skipped from row ${last} to ${at.row}`).toBeLessThanOrEqual(1);
    expect(at.drawn && at.inWindow, `${at.name} in row ${at.row} is drawn and in sight`).toBe(true);
    seen.add(at.row);
    last = at.row;
    await page.keyboard.press("Tab");
  }
  expect(seen.size, "Tab went through every row").toBe(SIZES.lines);
  expect(last).toBe(SIZES.lines - 1);
  await expect(lastRow).not.toHaveClass(/dormant/);
  const drawn = (await lastRow.boundingBox())!.height;
  expect(Math.abs(asleep - drawn), `asleep ${asleep}px, drawn ${drawn}px`).toBeLessThan(1);
  // By now the first rows are out of sight again.
  await expect(rows.nth(0)).toHaveClass(/dormant/);

  // And back up with Shift+Tab over 15 rows that went to sleep behind it.
  await expect(rows.nth(SIZES.lines - 16)).toHaveClass(/dormant/);
  // The focus left the table after its last field: one step back into it.
  await page.keyboard.press("Shift+Tab");
  let at = (await focused(page))!;
  expect(at.row).toBe(SIZES.lines - 1);
  while (at.row > SIZES.lines - 16) {
    await page.keyboard.press("Shift+Tab");
    const next = (await focused(page))!;
    expect(next.row, `Shift+Tab from ${at.name} in row ${at.row}`).toBeGreaterThanOrEqual(at.row - 1);
    expect(next.row).toBeLessThanOrEqual(at.row);
    expect(next.drawn && next.inWindow, `${next.name} in row ${next.row}`).toBe(true);
    at = next;
  }

  // Printed, every line is on paper with its amounts, on a landscape A4
  // whose width (297 mm less 2 x 16 mm of margins, 1'001 px) holds the table.
  await expect(rows.nth(SIZES.lines - 1)).toHaveClass(/dormant/);
  const pdf = (await page.pdf({ preferCSSPageSize: true })).toString("latin1");
  expect(pdf.match(/MediaBox\s*\[0 0 ([\d.]+) ([\d.]+)\]/)!.slice(1).map(Number).map(Math.round)).toEqual([842, 595]);
  await page.setViewportSize({ width: 1001, height: 700 });
  await page.emulateMedia({ media: "print" });
  for (const r of [0, 20, SIZES.lines - 1]) {
    await expect(page.locator(tid(`cell-${r}-0`))).toBeVisible();
    await expect(rows.nth(r).locator(tid("row-total"))).toBeVisible();
    const box = (await rows.nth(r).locator(tid("row-delivery")).boundingBox())!;
    expect(box.x + box.width, `row ${r}'s last column is on the paper`).toBeLessThanOrEqual(1001);
  }
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, "the table fits the paper's width").toBeLessThanOrEqual(1001);
});

test("a value typed in a row reached by scrolling is saved and adds up", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openLongBudget(page);
  const before = await page.locator(tid("total-all")).textContent();
  const cell = page.locator(tid(`cell-${SIZES.lines - 1}-2`));
  // As a person does: scroll down to it with the wheel, click, type.
  await expect(cell).toBeHidden();
  await page.mouse.move(640, 400);
  const row = page.locator(tid("budget-row")).nth(SIZES.lines - 1);
  for (let i = 0; i < 40; i++) {
    const top = await row.evaluate((r) => r.getBoundingClientRect().top);
    if (top > 100 && top < 500) break;
    await page.mouse.wheel(0, Math.max(-400, Math.min(400, top - 300)));
    // Let the scroll land before looking again.
    await page.waitForFunction(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(true)))));
  }
  await expect(cell).toBeVisible();
  await cell.click();
  await page.keyboard.press("Control+A");
  await page.keyboard.type("0");
  await page.keyboard.press("Enter");
  await expect(page.locator(tid("total-all"))).not.toHaveText(before!);
  // The plan's last line held 3'000.00 in its third horizon.
  const after = await page.locator(tid("total-all")).textContent();
  expect(minor(before!) - minor(after!)).toBe(300_000);
  await expect(page.locator(tid("save-status"))).toHaveText(/^(Enregistré|Saved)$/);
  await page.reload();
  await expect(page.locator(tid(`cell-${SIZES.lines - 1}-2`))).toHaveValue(/^0([.,]00)?$/);
});

test("the matrix of 40 lines x 50 objectives is drawn when asked, and a tick there is kept", async ({ page }) => {
  await openLongBudget(page);
  const matrix = page.locator(tid("matrix"));
  await expect(matrix.locator(tid("matrix-row"))).toHaveCount(0);
  await matrix.locator(tid("matrix-show")).click();
  await expect(matrix.locator(tid("matrix-row"))).toHaveCount(SIZES.lines);
  const cell = matrix.locator(tid("matrix-row")).first().locator(tid("matrix-cell")).nth(20);
  const was = await cell.isChecked();
  await cell.click();
  await expect(cell).toBeChecked({ checked: !was });
});
