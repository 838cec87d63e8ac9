// Issue 34's measure: the reference plan (5 objectives, 9 KPIs, 8 budget
// lines, 14 actions, 17 measurements) built through the UI in French, once
// field by field as before, once with what Cap now offers (pasting the
// budget and the actions from a spreadsheet, the lines × objectives matrix,
// typical actions, pasted measurements). The quick way takes 200
// interactions or fewer, and both exports hold the same plan.
import { test, expect, type Page } from "@playwright/test";
import { tid, openLibrary, expectSaved, downloadText } from "./app";
import {
  Counted, PLAN, OBJECTIVES, LINES, ACTIONS, TEMPLATES, TEMPLATE_ACTIONS, MEASUREMENTS, mainHorizon, comparable,
  actionsTsv, budgetTsv, measurementsText,
} from "./reference-plan";

test.describe.configure({ mode: "serial" });
test.setTimeout(240_000);

/** The plan's frame, objectives and KPIs: the same steps both ways. */
async function frameAndObjectives(c: Counted) {
  const page = c.page;
  await openLibrary(page);
  await c.click(page.locator(tid("new-plan")));
  await c.fill(page.locator(tid("new-plan-name")), PLAN.name);
  await c.fill(page.locator(tid("new-plan-client")), PLAN.client);
  await c.click(page.locator(tid("new-plan-create")));
  await expect(page.locator(tid("overview"))).toBeVisible();
  await c.fill(page.locator(tid("plan-start")), PLAN.start);
  await c.fill(page.locator(tid("plan-end")), PLAN.end);
  await c.fill(page.locator(tid("plan-budget-total")), PLAN.total);

  await c.click(page.locator(tid("nav-strategy")));
  await c.click(page.locator(tid("step-3")));
  for (const o of OBJECTIVES) {
    await c.fill(page.locator(tid("new-objective")), o.title);
    await c.press(page.locator(tid("new-objective")), "Enter");
    await expect(page.locator(tid("objective-title")).last()).toHaveValue(o.title);
  }
  // New objectives are priorities up to the method's four: the fourth is not.
  const fourth = page.locator(tid("objective-row")).nth(3);
  await c.select(fourth.locator(tid("objective-rank")), "secondary");
  for (const [i, o] of OBJECTIVES.entries()) {
    await expect(page.locator(tid("objective-row")).nth(i).locator(tid("objective-rank"))).toHaveValue(o.priority ? "priority" : "secondary");
  }

  await c.click(page.locator(tid("step-4")));
  for (const o of OBJECTIVES) {
    await c.select(page.locator(tid("smart-objective")), { label: o.title } as never);
    for (const k of o.kpis) {
      await c.select(page.locator(tid("add-kpi")), k.key);
      await c.fill(page.locator(tid(`baseline-${k.key}`)), k.baseline);
      await c.fill(page.locator(tid(`target-${k.key}`)), k.target);
    }
    await expect(page.locator(`[data-testid^="kpi-row-"]`)).toHaveCount(o.kpis.length);
  }
}

/** The budget line row named `name` on the budget page. */
const budgetRow = (page: Page, name: string) =>
  page.locator(tid("budget-row")).filter({ has: page.locator(tid("row-name"), { hasText: name }) });

async function budgetLongWay(c: Counted) {
  const page = c.page;
  await c.click(page.locator(tid("nav-budget")));
  for (const [r, l] of LINES.entries()) {
    if (l.key) {
      await c.select(page.locator(tid("add-channel")), l.key);
    } else {
      await c.fill(page.locator(tid("custom-line")), l.name);
      await c.click(page.locator(tid("custom-line-add")));
    }
    await expect(page.locator(tid("budget-row"))).toHaveCount(r + 1);
    const row = budgetRow(page, l.name);
    if (l.consultant) await c.select(row.locator(tid("row-delivery")), "consultant");
    for (const [h, amount] of l.amounts.entries()) {
      if (amount !== "0") await c.fill(page.locator(tid(`cell-${r}-${h}`)), amount);
    }
    await c.click(row.locator(tid("row-objectives")));
    for (const o of l.serves) await c.check(row.getByLabel(OBJECTIVES[o].title, { exact: true }));
  }
}

async function actionsLongWay(c: Counted) {
  const page = c.page;
  await c.click(page.locator(tid("nav-timeline")));
  const lineIds = await lineIdsByName(page);
  for (const a of [...ACTIONS, ...TEMPLATE_ACTIONS]) {
    const line = LINES[a.line];
    await c.click(page.locator(tid("new-action")));
    const form = page.locator(tid("action-dialog"));
    await c.fill(form.locator(tid("action-title")), a.title);
    await c.select(form.locator(tid("action-line")), lineIds.get(line.name)!);
    await c.fill(form.locator(tid("action-start")), a.start);
    await c.fill(form.locator(tid("action-end")), a.end);
    await c.select(form.locator(tid("action-repeat")), a.repeat ?? "");
    await c.select(form.locator(tid("action-importance")), a.importance);
    await c.select(form.locator(tid("action-horizon")), String(mainHorizon(line)));
    await c.select(form.locator(tid("action-delivery")), line.consultant ? "consultant" : "in_house");
    await c.fill(form.locator(tid("action-cost")), a.cost);
    if (a.owner) await c.fill(form.locator(tid("action-owner")), a.owner);
    if (a.description) await c.fill(form.getByLabel("Description"), a.description);
    for (const o of line.serves) await c.check(form.getByLabel(OBJECTIVES[o].title, { exact: true }));
    await c.click(form.locator(tid("action-save")));
    await expect(form).toBeHidden();
  }
}

/** The budget lines' ids by name, as the action form's line choice lists them. */
async function lineIdsByName(page: Page): Promise<Map<string, string>> {
  await page.locator(tid("new-action")).click();
  const options = await page.locator(`${tid("action-dialog")} ${tid("action-line")} option`).evaluateAll(
    (os) => os.map((o) => [o.textContent ?? "", (o as HTMLOptionElement).value] as [string, string]));
  await page.keyboard.press("Escape");
  await expect(page.locator(tid("action-dialog"))).toBeHidden();
  return new Map(options.filter(([, v]) => v !== ""));
}

async function measurementsLongWay(c: Counted) {
  const page = c.page;
  await c.click(page.locator(tid("nav-dashboard")));
  for (const [kpi, date, value] of MEASUREMENTS) {
    const form = page.locator("form.record", { has: page.locator(`${tid("m-date")}[id$="-${kpi}"]`) });
    await c.fill(form.locator(tid("m-date")), date);
    await c.fill(form.locator(tid("m-value")), value);
    await c.click(form.locator(tid("m-add")));
    await expect(form.locator(tid("m-value"))).toHaveValue("");
  }
}

async function measurementsQuickWay(c: Counted) {
  const page = c.page;
  await c.click(page.locator(tid("nav-dashboard")));
  for (const kpi of [...new Set(MEASUREMENTS.map((m) => m[0]))]) {
    const paste = page.locator("details.paste", { has: page.locator(`${tid("m-paste")}[id$="-${kpi}"]`) });
    await c.click(paste.locator("summary"));
    await c.paste(paste.locator(tid("m-paste")), measurementsText(kpi));
    await c.click(paste.locator(tid("m-import")));
    await expect(paste.locator(`xpath=following-sibling::p[@data-testid="m-message"][1]`)).toContainText("mesures ajoutées");
  }
}

async function exported(page: Page): Promise<string> {
  await expectSaved(page);
  await page.locator(tid("nav-overview")).click();
  return (await downloadText(page, () => page.locator(tid("export-current")).click())).text;
}

let longWay = "";

test("the reference plan the long way, field by field", async ({ page }) => {
  const c = new Counted(page);
  await frameAndObjectives(c);
  await budgetLongWay(c);
  await actionsLongWay(c);
  console.log(`[clicks] long way so far: ${c.n}`);
  await measurementsLongWay(c);
  longWay = await exported(page);
  console.log(`[clicks] the reference plan the long way: ${c.n} interactions`);
});

test("the reference plan the quick way, in 200 interactions or fewer, equal to the long way's", async ({ page }) => {
  const c = new Counted(page);
  await frameAndObjectives(c);

  // The budget, pasted from the spreadsheet it was drafted in.
  await c.click(page.locator(tid("nav-budget")));
  await c.click(page.locator(tid("paste-open-budget")));
  await c.paste(page.locator(tid("paste-text")), budgetTsv());
  await expect(page.locator(tid("paste-count"))).toContainText("8");
  await c.click(page.locator(tid("paste-add")));
  await expect(page.locator(tid("budget-row"))).toHaveCount(LINES.length);
  // Which line serves which objective, in the matrix.
  const matrix = page.locator(tid("matrix"));
  for (const l of LINES) {
    for (const o of l.serves) await c.check(matrix.getByLabel(`${l.name} sert ${OBJECTIVES[o].title}`, { exact: true }));
  }

  // The actions, pasted; two typical ones from the library.
  await c.click(page.locator(tid("nav-timeline")));
  await c.click(page.locator(tid("paste-open-actions")));
  await c.paste(page.locator(tid("paste-text")), actionsTsv());
  await expect(page.locator(tid("paste-count"))).toContainText(String(ACTIONS.length));
  await c.click(page.locator(tid("paste-add")));
  for (const key of TEMPLATES) {
    await c.click(page.locator(tid("from-template")));
    await c.click(page.locator(tid(`template-${key}`)));
    await c.click(page.locator(`${tid("action-dialog")} ${tid("action-save")}`));
    await expect(page.locator(tid("action-dialog"))).toBeHidden();
  }

  await measurementsQuickWay(c);
  const quick = await exported(page);
  console.log(`[clicks] the reference plan the quick way: ${c.n} interactions`);
  expect(c.n).toBeLessThanOrEqual(200);

  expect(longWay, "the long way ran first").not.toBe("");
  const plan = comparable(quick) as any;
  expect([plan.objectives.length, plan.objectives.flatMap((o: any) => o.kpis).length, plan.budget.lines.length,
    plan.actions.length, plan.measurements.length]).toEqual([5, 9, 8, 14, 17]);
  expect(plan.budget.lines.map((l: any) => l.amounts.reduce((a: number, b: number) => a + b, 0))
    .reduce((a: number, b: number) => a + b, 0)).toBe(2_800_000);
  expect(comparable(quick)).toEqual(comparable(longWay));
});
