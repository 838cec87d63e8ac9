// Bad input never loses a plan: each case gets a message where it happened,
// and what was saved stays exactly as it was.
import { test, expect } from "@playwright/test";
import { tid, openLibrary, createPlan, expectSaved, downloadText, importFile, storedPlans, envelope, minimalPlan } from "./app";

test("letters, negative numbers and absurd amounts are refused beside the money field", async ({ page }) => {
  await openLibrary(page);
  await createPlan(page, "Montants", "");
  const total = page.locator(tid("plan-budget-total"));
  await total.fill("25'000");
  await expectSaved(page);
  const before = await storedPlans(page);

  for (const [typed, reason] of [["12abc", "pas un montant"], ["-500", "négatif"], ["1e20", "pas un montant"],
    ["99999999999999999", "trop élevé"], ["10.5555", "décimales"]] as const) {
    await total.fill(typed);
    await expect(page.locator(tid("plan-budget-total-error"))).toContainText(reason);
    await expect(total).toHaveAttribute("aria-invalid", "true");
  }
  await page.waitForTimeout(800);
  expect(await storedPlans(page)).toEqual(before);
  await page.reload();
  await expect(page.locator(tid("budget-total-display"))).toContainText(/25.000[.,]00/);
});

test("an empty name, a reversed period and a bad currency are refused with their reason", async ({ page }) => {
  await openLibrary(page);
  await createPlan(page, "Règles", "");
  await page.locator(tid("plan-start")).fill("2027-01-01");
  await page.locator(tid("plan-end")).fill("2027-12-31");
  await expectSaved(page);
  const before = await storedPlans(page);

  await page.locator(tid("plan-name")).fill("");
  await expect(page.locator(tid("plan-name-error"))).toContainText("vide");
  await page.locator(tid("plan-end")).fill("2026-06-30");
  await expect(page.locator(tid("plan-end-error"))).toContainText("après le début");
  await page.locator(tid("plan-currency")).fill("E1");
  await page.locator(tid("plan-currency")).blur();
  await expect(page.locator(tid("plan-currency-error"))).toContainText("trois lettres");
  await page.waitForTimeout(800);
  expect(await storedPlans(page)).toEqual(before);
});

const hostile: [string, string | Buffer, RegExp][] = [
  ["broken.json", '{"format": "cap-plan", "schema_version": 1, "plan": {', /pas du JSON valide/],
  ["newer.json", envelope(minimalPlan(), 99), /version plus récente/],
  ["not-a-plan.json", JSON.stringify({ hello: "world" }), /pas un plan Cap/],
  ["negative.json", envelope(minimalPlan({ budget: { total: -100, lines: [] } })), /plan\.budget\.total/],
  ["huge.json", envelope(minimalPlan({ budget: { total: 1e308, lines: [] } })), /plan\.budget\.total/],
  ["wrong-type.json", envelope(minimalPlan({ objectives: "many" })), /plan\.objectives/],
  ["nan.json", '{"format":"cap-plan","schema_version":1,"plan":{"name":"x","budget":{"total":NaN}}}', /pas du JSON valide/],
  ["deep.json", "[".repeat(10000) + "]".repeat(10000), /trop profondément/],
  ["twenty-mb.json", Buffer.alloc(20 * 1024 * 1024, 32), /trop volumineux/],
];

test("hostile files are refused with a readable reason and change nothing", async ({ page }) => {
  await openLibrary(page);
  await createPlan(page, "Mon plan précieux", "Client");
  await page.locator(tid("plan-context")).fill("Ne pas perdre ce texte.");
  await expectSaved(page);
  await page.locator(tid("nav-plans")).click();
  const before = await storedPlans(page);

  for (const [name, content, reason] of hostile) {
    await importFile(page, name, content);
    await expect(page.locator(tid("import-error")), name).toContainText(reason);
    await expect(page.locator(tid("import-error"))).toContainText("Aucun plan n'a été modifié");
    await expect(page.locator(tid("import-preview"))).toBeHidden();
  }
  expect(await storedPlans(page)).toEqual(before);
  await expect(page.locator(tid("plan-card"))).toHaveCount(1);
});

test("markup in an imported plan is shown as text and never runs", async ({ page }) => {
  await openLibrary(page);
  const xss = '<img src=x onerror="window.__pwned=1">';
  const script = "<script>window.__pwned=2</script>";
  await importFile(page, "xss.json", envelope(minimalPlan({ name: xss, client: script, context: xss + script, sector: script })));
  await expect(page.locator(tid("import-preview-name"))).toContainText(xss);
  await page.locator(tid("import-as-new")).click();
  await expect(page.locator(tid("plan-context"))).toHaveValue(xss + script);
  await expect(page.locator(tid("plan-title"))).toHaveText(xss);
  await page.locator(tid("nav-plans")).click();
  await expect(page.locator(tid("plan-open"))).toHaveText(xss);
  await expect(page.locator(tid("plan-client"))).toHaveText(script);
  expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
  expect(await page.locator("img[src=x], main script").count()).toBe(0);
});

test("replacing the open plan by an import asks twice and can be undone", async ({ page }) => {
  await openLibrary(page);
  await createPlan(page, "Actuel", "Client actuel");
  await expectSaved(page);
  await importFile(page, "other.json", envelope(minimalPlan({ name: "Remplaçant", client: "Autre client" })));
  await page.locator(tid("import-replace")).click();
  await expect(page.locator(tid("import-replace-confirm"))).toContainText("Actuel");
  await page.locator(tid("import-replace-yes")).click();
  await expect(page.locator(tid("plan-name"))).toHaveValue("Remplaçant");
  await page.keyboard.press("Control+z");
  await expect(page.locator(tid("plan-name"))).toHaveValue("Actuel");
  await expect(page.locator(tid("plan-client"))).toHaveValue("Client actuel");
  await expectSaved(page);
  await page.reload();
  await expect(page.locator(tid("plan-name"))).toHaveValue("Actuel");
});

// Issue 29, item 7: a file is measured as the file, not as the text a
// browser decodes it into (each invalid byte becomes three bytes of U+FFFD,
// so a 5 MB image was refused as "9 Mo"), and a file that is not text is
// said to be no Cap plan.
test("a 5 MB binary file is not a Cap plan, and a text file one byte over the limit is too large", async ({ page }) => {
  await openLibrary(page);
  await createPlan(page, "Mon plan précieux", "Client");
  await page.locator(tid("plan-context")).fill("Ne pas perdre ce texte.");
  await expectSaved(page);
  await page.locator(tid("nav-plans")).click();
  const before = await storedPlans(page);

  // A PNG signature, then 5 MB of bytes that are mostly not UTF-8.
  const binary = Buffer.alloc(5 * 1024 * 1024);
  let x = 0x2545f491;
  for (let i = 0; i < binary.length; i++) {
    x ^= x << 13; x ^= x >>> 17; x ^= x << 5;
    binary[i] = x & 0xff;
  }
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(binary);
  await importFile(page, "photo.json", binary);
  await expect(page.locator(tid("import-error"))).toHaveText(
    "Import refusé\u202f: ce n'est pas un fichier de plan Cap (ce n'est pas du texte). Aucun plan n'a été modifié.");
  await expect(page.locator(tid("import-preview"))).toBeHidden();

  // Latin-1 text (not UTF-8) and a NUL in otherwise valid JSON are no plan either.
  await importFile(page, "latin1.json", Buffer.from(envelope(minimalPlan({ name: "Caf\u00e9" })), "latin1"));
  await expect(page.locator(tid("import-error"))).toContainText("ce n'est pas du texte");
  await importFile(page, "nul.json", Buffer.concat([Buffer.from(envelope(minimalPlan())), Buffer.from([0])]));
  await expect(page.locator(tid("import-error"))).toContainText("ce n'est pas du texte");

  // Text one byte over 8 MiB: refused for its size, before it is read.
  await importFile(page, "over.json", Buffer.alloc(8 * 1024 * 1024 + 1, 32));
  await expect(page.locator(tid("import-error"))).toHaveText(
    "Import refusé\u202f: fichier trop volumineux (8\u00a0Mo, maximum 8\u00a0Mo). Aucun plan n'a été modifié.");

  // A plan with a byte order mark, as some editors save it, still imports.
  await importFile(page, "bom.json", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(envelope(minimalPlan({ name: "Avec BOM" })))]));
  await expect(page.locator(tid("import-preview-name"))).toContainText("Avec BOM");
  await page.keyboard.press("Escape");
  await expect(page.locator(tid("import-preview"))).toBeHidden();

  expect(await storedPlans(page)).toEqual(before);
  await expect(page.locator(tid("plan-card"))).toHaveCount(1);
});
