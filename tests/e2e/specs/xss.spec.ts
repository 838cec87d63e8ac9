// Markup in every text field of an imported plan is shown as text: no
// script runs and no element is injected, on any page (and the CSP would
// refuse an inline script anyway: this checks the rendering itself).
import { test, expect } from "@playwright/test";
import { tid, openLibrary, importFile, envelope } from "./app";

const X = (field: string) => `<img src=x data-xss="${field}" onerror="window.__xss='${field}'"><script>window.__xss='${field}'</script>`;

const plan = {
  name: X("name"), client: X("client"), sector: X("sector"), currency: "CHF",
  period: { start: "2027-01-01", end: "2027-12-31" }, language: "fr",
  context: X("context"), strategy: X("strategy"),
  strategy_elements: [
    { id: 1, kind: { kind: "catalogue", value: "revenue" }, note: X("element-note") },
    { id: 2, kind: { kind: "custom", value: X("custom-element") }, note: "" },
  ],
  objectives: [{
    id: 3, title: X("objective"), rank: "priority", strategy_elements: [1, 2], statement: X("statement"),
    kpis: [
      { kpi: { kind: "catalogue", value: "orders" }, baseline: 10, target: { kind: "value", value: 20 } },
      { kpi: { kind: "custom", value: 4 }, baseline: 1, target: { kind: "value", value: 2 } },
    ],
    deadline: "2027-12-31", owner: X("owner"), rationale: X("rationale"),
  }],
  custom_kpis: [{ id: 4, name: X("custom-kpi"), unit: "ratio", direction: "higher_is_better", definition: X("kpi-definition") }],
  budget: {
    total: 1000000,
    lines: [{ id: 5, channel: { kind: "custom", value: X("channel") }, amounts: [100000, 200000, 300000], objectives: [3] }],
  },
  actions: [{
    id: 6, title: X("action"), start: "2027-02-01", end: "2027-03-01", importance: "high", status: "planned",
    objectives: [3], budget_line: 5, cost: 50000, description: X("action-description"), owner: X("action-owner"),
  }],
  measurements: [{ id: 7, kpi: { kind: "catalogue", value: "orders" }, objective: 3, date: "2027-02-28", value: 12 }],
  next_id: 8,
};

test("markup in every text field renders as text on every page", async ({ page }) => {
  test.setTimeout(90_000);
  const dialogs: string[] = [];
  page.on("dialog", (d) => { dialogs.push(d.message()); d.dismiss(); });
  await openLibrary(page);
  await importFile(page, "xss.json", envelope(plan, 2));
  await page.locator(tid("import-as-new")).click();
  await expect(page.locator(tid("plan-title"))).toContainText('<img src=x data-xss="name"');
  const id = page.url().split("/plan/")[1].split("/")[0];
  const pages = ["", "/strategy", "/strategy/elements", "/strategy/objectives", "/strategy/smart", "/strategy/summary",
    "/objectives", "/budget", "/timeline", "/kpis", "/dashboard", "/present"];
  for (const p of pages) {
    await page.goto(`/plan/${id}${p}`);
    await expect(page.locator("main h1, main h2").first()).toBeVisible();
    await page.waitForTimeout(150);
    const injected = await page.evaluate(() => ({
      elements: document.querySelectorAll("[data-xss], main script").length,
      ran: (window as any).__xss ?? null,
    }));
    expect(injected, p || "/").toEqual({ elements: 0, ran: null });
  }
  // The text itself is there, as text, where a person reads it.
  await page.goto(`/plan/${id}/present`);
  await expect(page.locator(tid("slide-1"))).toContainText(`<script>window.__xss='context'</script>`);
  await page.goto("/");
  await expect(page.locator(tid("plan-card")).first()).toContainText(`data-xss="client"`);
  expect(dialogs).toEqual([]);
});
