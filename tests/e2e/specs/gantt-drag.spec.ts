// The Gantt by pointer: a bar dragged whole moves its action, an end
// dragged changes one date, snapped by the chart's scale, with the mouse
// and with touch; one undo puts it back; a drag out of the plan period is
// refused with the action form's words. And "group by objective" shows an
// action under each objective it serves.
import { test, expect, type Page, type Locator } from "@playwright/test";
import { tid, openLibrary, importFile, envelope, minimalPlan } from "./app";

const SHOTS = process.env.GANTT_SHOTS;

/** A 2027 plan with two objectives and four actions, opened on its timeline. */
async function openPlan(page: Page) {
  await openLibrary(page);
  const plan = minimalPlan({
    name: "Glisser", next_id: 20,
    period: { start: "2027-01-01", end: "2027-12-31" },
    objectives: [
      { id: 1, title: "Notoriété", rank: "priority" },
      { id: 2, title: "Ventes", rank: "secondary" },
    ],
    actions: [
      { id: 10, title: "Salon de printemps", start: "2027-04-05", end: "2027-04-09", importance: "high", objectives: [1, 2] },
      { id: 11, title: "Campagne de Noël", start: "2027-12-06", end: "2027-12-24", importance: "critical", objectives: [2] },
      { id: 12, title: "Refonte du site", start: "2027-02-01", end: "2027-03-12" },
      { id: 13, title: "Newsletter", start: "2027-01-20", end: "2027-01-20", recurrence: { every: "month" } },
    ],
  });
  await importFile(page, "glisser.json", envelope(plan));
  await page.locator(tid("import-as-new")).click();
  await page.locator(tid("nav-timeline")).click();
  await expect(page.locator(tid("gantt-row"))).toHaveCount(4);
}

const row = (page: Page, title: string) => page.locator(tid("gantt-row")).filter({ hasText: title });
const bar = (page: Page, title: string) => row(page, title).locator(tid("gantt-bar")).first();

/** The row's dates, as its accessible name says them: [start, end]. */
async function datesOf(page: Page, title: string): Promise<[string, string]> {
  const label = (await row(page, title).getAttribute("aria-label")) ?? "";
  const m = label.match(/(\d{4}-\d\d-\d\d) → (\d{4}-\d\d-\d\d)/);
  expect(m, `dates in "${label}"`).not.toBeNull();
  return [m![1], m![2]];
}

/** Pixels per day of the chart, from a bar `days` long. */
async function pxPerDay(b: Locator, days: number) {
  const box = (await b.boundingBox())!;
  return box.width / days;
}

/** Drags with the mouse from (x, y) by dx pixels, in small steps. */
async function mouseDrag(page: Page, x: number, y: number, dx: number, before?: () => Promise<void>) {
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 8; i++) await page.mouse.move(x + (dx * i) / 8, y);
  if (before) await before();
  await page.mouse.up();
}

test("a bar dragged with the mouse moves its action by weeks, its ends by days; one undo each", async ({ page }) => {
  await openPlan(page);
  const salon = bar(page, "Salon de printemps");
  expect(await datesOf(page, "Salon de printemps")).toEqual(["2027-04-05", "2027-04-09"]);
  // Months scale: a move snaps to whole weeks (2.2 weeks of travel: 2).
  let box = (await salon.boundingBox())!;
  const ppd = await pxPerDay(salon, 5);
  const x0 = box.x;
  await mouseDrag(page, box.x + box.width / 2, box.y + box.height / 2, 15.4 * ppd, async () => {
    // Mid-drag: the bar follows, a label gives the new dates, nothing is sent yet.
    await expect(page.locator(tid("drag-tip"))).toBeVisible();
    await expect(page.locator(tid("drag-tip"))).toContainText("19");
    expect(await datesOf(page, "Salon de printemps")).toEqual(["2027-04-05", "2027-04-09"]);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/drag-mid-fr.png` });
  });
  await expect(page.locator(tid("drag-tip"))).toHaveCount(0);
  expect(await datesOf(page, "Salon de printemps")).toEqual(["2027-04-19", "2027-04-23"]);
  box = (await salon.boundingBox())!;
  expect(Math.abs(box.x - (x0 + 14 * ppd)), "the bar is drawn two weeks later").toBeLessThan(2);
  await expect(page.locator(tid("gantt-message"))).toContainText("19");
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/drag-after-fr.png` });
  await page.keyboard.press("Control+Z");
  await expect(row(page, "Salon de printemps")).toHaveAttribute("aria-label", /2027-04-05 → 2027-04-09/);

  // Weeks scale: the ends snap to days.
  await page.locator(tid("scale-weeks")).click();
  await salon.scrollIntoViewIfNeeded();
  box = (await salon.boundingBox())!;
  const wppd = box.width / 5;
  await mouseDrag(page, box.x + box.width - 2, box.y + box.height / 2, 3 * wppd);
  expect(await datesOf(page, "Salon de printemps")).toEqual(["2027-04-05", "2027-04-12"]);
  const longer = (await salon.boundingBox())!;
  expect(Math.abs(longer.width - 8 * wppd), "the bar is 8 days long").toBeLessThan(2);
  expect(Math.abs(longer.x - box.x)).toBeLessThan(1);
  await mouseDrag(page, longer.x + 2, longer.y + longer.height / 2, -2 * wppd);
  expect(await datesOf(page, "Salon de printemps")).toEqual(["2027-04-03", "2027-04-12"]);
  // Each drag is one undo step.
  await page.locator(tid("undo")).click();
  await expect(row(page, "Salon de printemps")).toHaveAttribute("aria-label", /2027-04-05 → 2027-04-12/);
  await page.locator(tid("undo")).click();
  await expect(row(page, "Salon de printemps")).toHaveAttribute("aria-label", /2027-04-05 → 2027-04-09/);

  // A press and release without moving selects, as a click did.
  box = (await salon.boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page.locator(tid("action-detail"))).toContainText("Salon de printemps");
  expect(await datesOf(page, "Salon de printemps")).toEqual(["2027-04-05", "2027-04-09"]);

  // Escape during a drag gives it up.
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 4 * wppd, box.y + box.height / 2, { steps: 4 });
  await expect(page.locator(tid("drag-tip"))).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.locator(tid("drag-tip"))).toHaveCount(0);
  await page.mouse.up();
  expect(await datesOf(page, "Salon de printemps")).toEqual(["2027-04-05", "2027-04-09"]);

  // Quarters scale: a move snaps to calendar months (1.2 months of travel: 1).
  await page.locator(tid("scale-quarters")).click();
  box = (await salon.boundingBox())!;
  const qppd = box.width / 5;
  await mouseDrag(page, box.x + box.width / 2, box.y + box.height / 2, 36 * qppd);
  expect(await datesOf(page, "Salon de printemps")).toEqual(["2027-05-05", "2027-05-09"]);
  await page.keyboard.press("Control+Z");
  await expect(row(page, "Salon de printemps")).toHaveAttribute("aria-label", /2027-04-05 → 2027-04-09/);
});

test("a drag out of the plan period is refused with the form's words", async ({ page }) => {
  await openPlan(page);
  const noel = bar(page, "Campagne de Noël");
  const box = (await noel.boundingBox())!;
  const ppd = box.width / 19;
  await mouseDrag(page, box.x + box.width / 2, box.y + box.height / 2, 21 * ppd, async () => {
    await expect(page.locator(tid("drag-tip"))).toContainText("période du plan");
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/drag-refused-fr.png` });
  });
  const message = page.locator(tid("gantt-message"));
  await expect(message).toContainText("période du plan");
  expect(await datesOf(page, "Campagne de Noël")).toEqual(["2027-12-06", "2027-12-24"]);
  const back = (await noel.boundingBox())!;
  expect(Math.abs(back.x - box.x), "the bar is back in its place").toBeLessThan(1);
  const words = (await message.textContent())!.trim();

  // The form refuses the same dates with the same words, beside its dates.
  await row(page, "Campagne de Noël").click();
  await page.locator(tid("action-edit")).click();
  await page.locator(tid("action-end")).fill("2028-01-14");
  await page.locator(tid("action-save")).click();
  await expect(page.locator(tid("action-dates-error"))).toHaveText(words);
  await page.keyboard.press("Escape");
  expect(await datesOf(page, "Campagne de Noël")).toEqual(["2027-12-06", "2027-12-24"]);

  // The detail's "a week later" and the arrow keys keep the same rule.
  await page.locator(tid("action-later")).click();
  expect(await datesOf(page, "Campagne de Noël")).toEqual(["2027-12-13", "2027-12-31"]);
  await page.locator(tid("action-later")).click();
  await expect(page.locator(tid("action-refused"))).toHaveText(words);
  await row(page, "Campagne de Noël").focus();
  await page.keyboard.press("ArrowRight");
  await expect(message).toHaveText(words);
  expect(await datesOf(page, "Campagne de Noël")).toEqual(["2027-12-13", "2027-12-31"]);
});

test("a bar dragged by touch moves its action, through touch pointer events", async ({ browser }) => {
  const context = await browser.newContext({ hasTouch: true, locale: "en-US", viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await openPlan(page);
  await page.locator(tid("lang-en")).click().catch(() => {});
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { seen: string[] }).seen = seen;
    for (const type of ["pointerdown", "pointermove", "pointerup", "pointercancel"]) {
      document.addEventListener(type, (e) => seen.push(`${type}:${(e as PointerEvent).pointerType}`), true);
    }
  });
  const salon = bar(page, "Salon de printemps");
  const box = (await salon.boundingBox())!;
  const ppd = box.width / 5;
  const cdp = await context.newCDPSession(page);
  const y = box.y + box.height / 2;
  const x = box.x + box.width / 2;
  const touch = (type: string, px: number) => cdp.send("Input.dispatchTouchEvent", {
    type, touchPoints: type === "touchEnd" ? [] : [{ x: px, y }],
  });
  await touch("touchStart", x);
  for (let i = 1; i <= 10; i++) await touch("touchMove", x + (7.2 * ppd * i) / 10);
  await expect(page.locator(tid("drag-tip"))).toBeVisible();
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/drag-mid-en.png` });
  await touch("touchEnd", x);
  expect(await datesOf(page, "Salon de printemps")).toEqual(["2027-04-12", "2027-04-16"]);
  await expect(page.locator(tid("gantt-message"))).toContainText("New dates");
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/drag-after-en.png` });
  const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
  expect(seen).toContain("pointerdown:touch");
  expect(seen).toContain("pointermove:touch");
  expect(seen).toContain("pointerup:touch");
  expect(seen, "the browser did not take the touch for a scroll").not.toContain("pointercancel:touch");
  await page.locator(tid("undo")).click();
  await expect(row(page, "Salon de printemps")).toHaveAttribute("aria-label", /2027-04-05 → 2027-04-09/);

  // A drag out of the period, by touch: refused, in English.
  const noel = bar(page, "Campagne de Noël");
  const nb = (await noel.boundingBox())!;
  const ny = nb.y + nb.height / 2;
  const nx = nb.x + nb.width / 2;
  await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: [{ x: nx, y: ny }] });
  for (let i = 1; i <= 10; i++) {
    await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: [{ x: nx + (28 * nb.width / 19 * i) / 10, y: ny }] });
  }
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/drag-refused-en.png` });
  await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
  await expect(page.locator(tid("gantt-message"))).toContainText("plan period");
  expect(await datesOf(page, "Campagne de Noël")).toEqual(["2027-12-06", "2027-12-24"]);
  await context.close();
});

test("grouped by objective, an action is shown under each objective it serves", async ({ page }) => {
  await openPlan(page);
  await page.locator(tid("group-objective")).click();
  const groups = page.locator(".gantt-group");
  await expect(groups).toHaveText(["Notoriété", "Ventes", "Non classé"]);
  // The spring fair serves both objectives: two rows; the others one each.
  await expect(row(page, "Salon de printemps")).toHaveCount(2);
  await expect(page.locator(tid("gantt-row"))).toHaveCount(5);
  const ids = await page.locator(tid("gantt-row")).evaluateAll((rows) => rows.map((r) => r.id));
  expect(new Set(ids).size, "every row has its own id").toBe(ids.length);
  // The keyboard moves the second one; both follow, and it keeps the focus.
  const second = row(page, "Salon de printemps").nth(1);
  await second.focus();
  await page.keyboard.press("ArrowRight");
  await expect(row(page, "Salon de printemps").nth(0)).toHaveAttribute("aria-label", /2027-04-12 → 2027-04-16/);
  await expect(second).toHaveAttribute("aria-label", /2027-04-12 → 2027-04-16/);
  await expect(second).toBeFocused();
});
