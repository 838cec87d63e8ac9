// One plan walked through with the keyboard only: every control used is
// reached with Tab (in the page's own order), shows a visible focus, and
// works with Enter, Space, arrows and typing. No click, no fill.
import { test, expect, type Page } from "@playwright/test";
import { tid, expectSaved } from "./app";

/** Presses Tab until the control `testid` has the focus, and checks that the focus is visible. */
async function tabTo(page: Page, testid: string, max = 120) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    const at = await page.evaluate(() => document.activeElement?.getAttribute("data-testid") ?? null);
    if (at === testid) {
      const visible = await page.evaluate(() => {
        const el = document.activeElement!;
        const s = getComputedStyle(el);
        if ((s.outlineStyle !== "none" && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== "none") return true;
        // An SVG row shows its focus on its background shape.
        const bg = el instanceof SVGElement ? el.querySelector("rect") : null;
        return !!bg && getComputedStyle(bg).stroke !== "none" && parseFloat(getComputedStyle(bg).strokeWidth) > 0;
      });
      expect(visible, `visible focus on ${testid}`).toBe(true);
      return;
    }
  }
  throw new Error(`${testid} is not reached with Tab (${max} presses)`);
}

async function retype(page: Page, text: string) {
  await page.keyboard.press("Control+A");
  await page.keyboard.type(text);
}

test("a plan made, budgeted, scheduled, presented and undone with the keyboard only", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto("/");
  await expect(page.locator(tid("library"))).toBeVisible();

  // Library: a new plan from its dialog (the name field has the focus).
  await tabTo(page, "new-plan");
  await page.keyboard.press("Enter");
  await expect(page.locator(tid("new-plan-name"))).toBeFocused();
  await page.keyboard.type("Plan au clavier");
  await page.keyboard.press("Tab");
  await page.keyboard.type("Client clavier");
  await page.keyboard.press("Enter");
  await expect(page.locator(tid("overview"))).toBeVisible();

  // Context: the budget total, typed in.
  await tabTo(page, "plan-budget-total");
  await retype(page, "10000");
  await page.keyboard.press("Tab");
  await expect(page.locator(tid("budget-total-display"))).toContainText("10");

  // Strategy: an objective of one's own.
  await tabTo(page, "nav-strategy");
  await page.keyboard.press("Enter");
  await tabTo(page, "step-3");
  await page.keyboard.press("Enter");
  await tabTo(page, "new-objective");
  await page.keyboard.type("Vendre plus au clavier");
  await tabTo(page, "new-objective-add");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("textbox", { name: "Titre de l'objectif" })).toHaveValue("Vendre plus au clavier");

  // Budget: a channel picked with the arrows, an amount typed in a cell.
  await tabTo(page, "nav-budget");
  await page.keyboard.press("Enter");
  await tabTo(page, "add-channel");
  await page.keyboard.press("ArrowDown");
  await expect(page.locator(tid("budget-row"))).toHaveCount(1);
  await tabTo(page, "cell-0-0");
  await retype(page, "4000");
  await page.keyboard.press("Enter");
  await expect(page.locator(tid("row-total")).first()).toContainText(/4.?000/);

  // Timeline: an action from its dialog, then moved a week with an arrow.
  await tabTo(page, "nav-timeline");
  await page.keyboard.press("Enter");
  await tabTo(page, "new-action");
  await page.keyboard.press("Enter");
  await expect(page.locator(tid("action-title"))).toBeFocused();
  await page.keyboard.type("Action au clavier");
  await tabTo(page, "action-save");
  await page.keyboard.press("Enter");
  await expect(page.locator(tid("gantt-row"))).toHaveCount(1);
  const row = page.locator(tid("gantt-row"));
  const before = await row.getAttribute("aria-label");
  await tabTo(page, "gantt-row");
  await page.keyboard.press("ArrowRight");
  await expect(row).not.toHaveAttribute("aria-label", before!);
  const once = await row.getAttribute("aria-label");
  // The row keeps the focus after it moved: the next arrow moves it again.
  await expect(row).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await expect(row).not.toHaveAttribute("aria-label", once!);
  // Moves in a row are one undo step: one undo puts it back where it was.
  await page.keyboard.press("Control+Z");
  await expect(row).toHaveAttribute("aria-label", before!);

  // Presentation: arrows move, Escape returns to the timeline.
  await tabTo(page, "nav-present");
  await page.keyboard.press("Enter");
  await expect(page.locator(tid("slide-number"))).toHaveText(/^1 \/ \d+$/);
  await page.keyboard.press("ArrowRight");
  await expect(page.locator(tid("slide-number"))).toHaveText(/^2 \/ \d+$/);
  await page.keyboard.press("Escape");
  await expect(page.locator(tid("gantt-row"))).toHaveCount(1);

  await expectSaved(page);
  await page.reload();
  await expect(page.locator(tid("gantt-row"))).toContainText("Action au clavier");
});
