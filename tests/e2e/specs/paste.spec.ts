// Pasting rows copied from a spreadsheet: 30 actions with fr-CH dates and
// amounts, 3 of them refused with their reasons, the 27 others added in one
// undoable step; budget lines with fr-FR amounts, one refused for going past
// the fixed total; US dates read in English.
import { test, expect, type Page } from "@playwright/test";
import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import { tid, openLibrary, importFile, envelope, minimalPlan } from "./app";

const NN = "\u202f";

const lines = [
  { id: 1, channel: { kind: "catalogue", value: "seo" }, amounts: [400000, 0, 0] },
  { id: 2, channel: { kind: "catalogue", value: "emailing" }, amounts: [0, 200000, 0] },
  { id: 3, channel: { kind: "catalogue", value: "social_ads" }, amounts: [300000, 0, 0] },
];

async function openPlan(page: Page, page_: "timeline" | "budget", overrides: object = {}) {
  await openLibrary(page);
  const plan = minimalPlan({
    name: "Plan collé", next_id: 10,
    budget: { total: 5000000, lines }, ...overrides,
  });
  await importFile(page, "colle.json", envelope(plan));
  await page.locator(tid("import-as-new")).click();
  await page.locator(tid(`nav-${page_}`)).click();
}

/** Pastes `text` as a spreadsheet does: a paste event carrying it, on `selector`. */
async function pasteInto(page: Page, selector: string, text: string) {
  await page.locator(selector).evaluate((el, text) => {
    const data = new DataTransfer();
    data.setData("text/plain", text);
    el.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

test("30 rows from a spreadsheet: 27 actions added in one step, 3 refused with their reasons", async ({ page }) => {
  const fixture = await readFile("fixtures/actions-fr-ch.tsv", "utf8");
  await openPlan(page, "timeline");
  await expect(page.locator(tid("timeline-empty"))).toBeVisible();
  await page.locator(tid("paste-open-actions")).click();
  const dialog = page.locator(tid("paste-actions-dialog"));
  await expect(dialog).toHaveAttribute("open", "");
  await expect(dialog.getByLabel("Lignes copiées")).toBeFocused();
  // Pasted on the dialog, not in the text area: the dialog takes it too.
  await pasteInto(page, tid("paste-body"), fixture);
  await expect(page.locator(tid("paste-text"))).toHaveValue(fixture);
  await expect(page.locator(tid("paste-count"))).toHaveText("27 actions à ajouter, 3 lignes refusées");
  // The header named the columns.
  await expect(page.locator(tid("paste-column-0"))).toHaveValue("title");
  await expect(page.locator(tid("paste-column-1"))).toHaveValue("start");
  await expect(page.locator(tid("paste-column-3"))).toHaveValue("cost");
  await expect(page.locator(tid("paste-column-7"))).toHaveValue("line");
  await expect(page.locator(tid("paste-row"))).toHaveCount(30);
  const refused = page.locator(`${tid("paste-row")}[data-accepted="false"]`);
  await expect(refused).toHaveCount(3);
  // Listed first, in sight without scrolling the preview.
  await expect(page.locator(tid("paste-row")).nth(2)).toHaveAttribute("data-accepted", "false");
  await expect(page.locator(tid("paste-row")).nth(3)).toHaveAttribute("data-accepted", "true");
  await expect(refused.nth(0)).toContainText("Webinaire clients");
  await expect(refused.nth(0).locator(tid("paste-result"))).toContainText(`Date illisible${NN}: «${NN}31.13.2027${NN}».`);
  await expect(refused.nth(1)).toContainText("Campagne soldes");
  await expect(refused.nth(1).locator(tid("paste-result"))).toHaveText("La fin est avant le début.");
  await expect(refused.nth(2)).toContainText("Flyers QR code");
  await expect(refused.nth(2).locator(tid("paste-result"))).toContainText(`Montant illisible «${NN}env. 300${NN}»`);
  // An accepted row says how its dates and amount were read.
  const first = page.locator(tid("paste-row")).filter({ hasText: "Audit SEO du site" }).locator(tid("paste-result"));
  await expect(first).toContainText("15 mars 2027");
  await expect(first).toContainText(/1.250\.00\sCHF/);
  // Every select and the text area are labelled; nothing serious for axe.
  const axe = await new AxeBuilder({ page }).include(tid("paste-actions-dialog"))
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);

  await page.locator(tid("paste-add")).click();
  await expect(dialog).not.toHaveAttribute("open", "");
  await expect(page.locator(tid("toast")).last()).toContainText("27 actions ajoutées depuis le tableur.");
  await expect(page.locator(tid("action-item"))).toHaveCount(27);
  await expect(page.locator(tid("action-item")).filter({ hasText: "Audit SEO du site" })).toHaveCount(1);
  await expect(page.locator(tid("action-item")).filter({ hasText: "Campagne soldes" })).toHaveCount(0);

  // One undo takes the 27 back; redo brings them again.
  await page.locator(tid("undo")).click();
  await expect(page.locator(tid("action-item"))).toHaveCount(0);
  await expect(page.locator(tid("timeline-empty"))).toBeVisible();
  await page.locator(tid("redo")).click();
  await expect(page.locator(tid("action-item"))).toHaveCount(27);
});

test("budget lines pasted with fr-FR amounts: a line past the fixed total is refused with what is left", async ({ page }) => {
  await openPlan(page, "budget", { budget: { total: 1000000, lines: [lines[0]] } });
  await expect(page.locator(tid("row-name"))).toHaveText(["Référencement naturel (SEO)"]);
  await page.locator(tid("paste-open-budget")).click();
  const text = [
    "Canal;Immédiat;Moyen terme;Long terme;Réalisation",
    "Emailing;1 000,00;500,00;0;Interne",
    "Salon professionnel;2\u00a0000,00;2\u202f000,00;1 000,00;Consultant",
    "Contenu visuel;1 500,50;;;",
  ].join("\n");
  await page.locator(tid("paste-text")).fill(text);
  await expect(page.locator(tid("paste-count"))).toHaveText("2 lignes de budget à ajouter, 1 ligne refusée");
  const refused = page.locator(`${tid("paste-row")}[data-accepted="false"]`);
  await expect(refused).toHaveCount(1);
  await expect(refused).toContainText("Salon professionnel");
  await expect(refused.locator(tid("paste-result"))).toContainText(/Dépasse le total fixé.*5.000\.00\sCHF demandés, il reste 4.500\.00\sCHF\./);
  await expect(page.locator(tid("paste-after"))).toContainText(/Après l.ajout.*7.000\.50\sCHF alloués sur 10.000\.00\sCHF\./);

  await page.locator(tid("paste-add")).click();
  await expect(page.locator(tid("toast")).last()).toContainText("2 lignes de budget ajoutées depuis le tableur.");
  await expect(page.locator(tid("row-name"))).toHaveText(["Référencement naturel (SEO)", "Emailing", "Contenu visuel"]);
  await expect(page.locator(tid("total-all"))).toContainText(/7.000\.50/);
  await page.locator(tid("undo")).click();
  await expect(page.locator(tid("row-name"))).toHaveText(["Référencement naturel (SEO)"]);
});

test("in English, US dates and amounts in comma-separated text are read month first", async ({ browser }) => {
  const context = await browser.newContext({ locale: "en-US" });
  const page = await context.newPage();
  await openPlan(page, "timeline", { language: "en" });
  await page.locator(tid("paste-open-actions")).click();
  await page.locator(tid("paste-text")).fill('Title,Start,End,Cost,Channel\nLaunch ads,03/01/2027,03/12/2027,"$1,200.50",Social ads\nNo date,,,,\n');
  await expect(page.locator(tid("paste-count"))).toHaveText("1 action to add, 1 row refused");
  await expect(page.locator(tid("paste-result")).first()).toHaveText("No date.");
  await expect(page.locator(tid("paste-result")).nth(1)).toContainText(/Mar 1, 2027.*Mar 12, 2027/);
  await page.locator(tid("paste-add")).click();
  await expect(page.locator(tid("action-item"))).toHaveCount(1);
  await expect(page.locator(tid("action-item"))).toContainText("1,200.50");
  await context.close();
});

test("an empty budget takes its lines from rows pasted without a header", async ({ page }) => {
  await openPlan(page, "budget", { budget: { total: 1000000, lines: [] } });
  await page.locator(tid("paste-open-budget")).click();
  await page.locator(tid("paste-text")).fill("SEO\t2'000.00\t3'000.00\t1'000.00\tConsultant\nStand au salon\t500\t\t\t\n");
  await expect(page.locator(tid("paste-count"))).toHaveText("2 lignes de budget à ajouter, 0 ligne refusée");
  // Guessed from the cells: a name, three amounts, in-house or consultant.
  for (const [i, column] of ["channel", "immediate", "medium_term", "long_term", "delivery"].entries()) {
    await expect(page.locator(tid(`paste-column-${i}`))).toHaveValue(column);
  }
  await page.locator(tid("paste-add")).click();
  await expect(page.locator(tid("row-name"))).toHaveText(["Référencement naturel (SEO)", "Stand au salon"]);
  await expect(page.locator(tid("total-all"))).toContainText(/6.500\.00/);
});
