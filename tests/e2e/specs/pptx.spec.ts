// The plan as an editable PowerPoint deck: downloaded from the presentation
// and the overview, read back by an independent reader (python-pptx, through
// tests/pptx/check_deck.py) against what the presentation shows on screen,
// and imported again into the same plan. Each deck is kept in target/decks
// for `make deck-look`.
import { test, expect, type Page, type Download } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { tid, openLibrary, createPlan, expectSaved, downloadText, importFile, storedPlans } from "./app";

const ROOT = resolve(__dirname, "../../..");
const PYTHON = process.env.PPTX_PYTHON || join(ROOT, ".tools/pptx-venv/bin/python");
const DECKS = join(ROOT, "target/decks");

// An SVG logo (drawn to a PNG for the deck) and a 4x2 PNG one.
const SVG = Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="160" height="80" viewBox="0 0 80 40"><rect width="80" height="40" rx="6" fill="#8a3b12"/><text x="40" y="26" font-size="16" text-anchor="middle" fill="#fff">LOGO</text></svg>');
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAQAAAACCAIAAADwyuo0AAAAEElEQVR4nGPg9s+BIwZkDgBNggYxk/wyNwAAAABJRU5ErkJggg==", "base64");

/** Downloads the deck with the button `id`; its file name and bytes. */
async function downloadDeck(page: Page, id: string): Promise<{ name: string; bytes: Buffer }> {
  const [download] = (await Promise.all([page.waitForEvent("download"), page.locator(tid(id)).click()])) as [Download, void];
  return { name: download.suggestedFilename(), bytes: readFileSync((await download.path())!) };
}

/** Runs the independent reader on `deck` with what it must find; its report. */
function check(name: string, deck: Buffer, expected: object): string {
  mkdirSync(DECKS, { recursive: true });
  const file = join(DECKS, `${name}.pptx`);
  writeFileSync(file, deck);
  writeFileSync(join(DECKS, `${name}.expect.json`), JSON.stringify(expected, null, 1));
  try {
    return execFileSync(PYTHON, [join(ROOT, "tests/pptx/check_deck.py"), file, join(DECKS, `${name}.expect.json`)], { encoding: "utf8" });
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string };
    throw new Error(`python-pptx found the deck ${name} wrong:\n${err.stdout ?? ""}${err.stderr ?? ""}`);
  }
}

/** What the presentation on screen shows: slide titles, budget rows. */
async function onScreen(page: Page) {
  await page.locator(tid("nav-present")).click();
  await expect(page.locator(tid("slide-0"))).toBeVisible();
  return page.evaluate(() => {
    const text = (e: Element | null) => (e?.textContent ?? "").replace(/\s+/g, " ").trim();
    const slides = [...document.querySelectorAll(".deck .slide")];
    return {
      kinds: slides.map((s) => (s as HTMLElement).dataset.kind ?? ""),
      titles: slides.map((s) => text(s.querySelector(".cover h1") ?? s.querySelector(".slide-head h2"))),
      budget: [...document.querySelectorAll(`.deck [data-testid="deck-budget-line"], .deck [data-testid="deck-budget-total"]`)]
        .map((row) => [...row.children].map(text)),
      // The summary's coming actions (date, then title) and the strategy's elements.
      next: [...document.querySelectorAll(".deck .summary .next-list li")].map(text),
      branches: [...document.querySelectorAll(".deck .strategy-branch h3")].map(text),
    };
  });
}

for (const [example, locale, lang] of [
  [0, "fr-CH", "fr"], [0, "en-US", "en"], [1, "fr-CH", "fr"], [1, "en-US", "en"], [2, "fr-CH", "fr"], [2, "en-US", "en"],
] as const) {
  test(`example ${example} (${lang}): the deck is the presentation, read back by python-pptx, and reopens the plan`, async ({ browser }) => {
    const context = await browser.newContext({ locale, viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    await openLibrary(page);
    await page.locator(tid(`example-${example}`)).click();
    await expect(page.locator(tid("dashboard"))).toBeVisible();
    await expectSaved(page);
    const exported = JSON.parse((await downloadText(page, () => page.locator(tid("nav-overview")).click().then(() => page.locator(tid("export-current")).click()))).text);
    const screen = await onScreen(page);
    const deck = await downloadDeck(page, "pptx-present");
    expect(deck.name).toMatch(/\.pptx$/);
    expect(deck.bytes.subarray(0, 2).toString()).toBe("PK");
    const forecast = screen.kinds.indexOf("forecast");
    expect(screen.next.length).toBeGreaterThan(0);
    expect(screen.branches.length).toBeGreaterThan(0);
    const report = check(`example-${example}-${lang}`, deck.bytes, {
      slide_count: screen.titles.length,
      titles: screen.titles,
      budget: screen.budget,
      actions: exported.plan.actions.length,
      notes: { [forecast]: [lang === "fr" ? "Sources des taux de référence" : "Sources of the benchmark rates"] },
      no_notes: [0],
      plan: exported.plan,
      texts: [...screen.next, ...screen.branches, ...exported.plan.actions.map((a: { title: string }) => a.title)],
    });
    expect(report).toContain("every check passed");
    await expect(page.locator(tid("pptx-present-status"))).toContainText(lang === "fr" ? "Présentation téléchargée" : "Deck downloaded");

    // The deck imported as a new plan is the same plan.
    await page.keyboard.press("Escape");
    await page.locator(tid("nav-overview")).click();
    await page.locator(tid("import-file")).setInputFiles({ name: deck.name, mimeType: "application/vnd.openxmlformats-officedocument.presentationml.presentation", buffer: deck.bytes });
    await expect(page.locator(tid("import-preview-name"))).toContainText(exported.plan.name);
    await page.locator(tid("import-as-new")).click();
    await expectSaved(page);
    const again = JSON.parse((await downloadText(page, () => page.locator(tid("export-current")).click())).text);
    expect(again.plan).toEqual(exported.plan);
    await context.close();
  });
}

test("hidden slides are left out of the deck, comments become speaker notes, the branding comes along", async ({ page }) => {
  await openLibrary(page);
  await createPlan(page, "Plan des notes", "Boulangerie du Lac");
  await page.locator(tid("brand-consultant")).fill("Claire Dubois");
  await page.locator(tid("brand-firm")).fill("Dubois Conseil");
  await page.locator(tid("brand-client-logo")).setInputFiles({ name: "client.png", mimeType: "image/png", buffer: PNG });
  await page.locator(tid("brand-consultant-logo")).setInputFiles({ name: "logo.svg", mimeType: "image/svg+xml", buffer: SVG });
  await expect(page.locator(tid("brand-consultant-logo-preview"))).toHaveAttribute("src", /^data:image\/svg\+xml;base64,/);
  await page.locator(`${tid("slide-choices")} summary`).click();
  await page.locator(tid("slide-show-forecast")).uncheck();
  await page.locator(tid("slide-show-budget-charts")).uncheck();
  await page.locator(tid("slide-note-budget")).fill("Le long terme reçoit la plus grande part.");
  await page.locator(tid("slide-note-cover")).fill("Remercier la direction\u202f; rappeler l'objectif.");
  await expectSaved(page);
  const screen = await onScreen(page);
  expect(screen.kinds).not.toContain("forecast");
  expect(screen.kinds).not.toContain("budget-charts");
  await page.keyboard.press("Escape");
  await page.locator(tid("nav-overview")).click();
  const deck = await downloadDeck(page, "pptx-overview");
  const budget = screen.kinds.indexOf("budget");
  check("notes", deck.bytes, {
    slide_count: screen.titles.length,
    titles: screen.titles,
    notes: { 0: ["Remercier la direction"], [budget]: ["Le long terme reçoit la plus grande part."] },
    no_notes: screen.kinds.map((_, i) => i).filter((i) => i !== 0 && i !== budget),
    texts: ["Boulangerie du Lac", "Plan des notes", "Claire Dubois · Dubois Conseil", "Présenté par Claire Dubois, Dubois Conseil"],
  });
  // Both logos are pictures in the deck, the SVG one drawn as a PNG.
  const names = deck.bytes.toString("latin1");
  expect(names).toContain("ppt/media/image1.png");
  expect(names).toContain("ppt/media/image2.png");
  expect(names).not.toContain(".svg");
});

test("a deck without a plan, or a damaged one, is refused beside the import with nothing changed", async ({ page }) => {
  await openLibrary(page);
  await createPlan(page, "Plan gardé");
  await expectSaved(page);
  const before = await storedPlans(page);
  const deck = await downloadDeck(page, "pptx-overview");
  // A deck made elsewhere: the same package with its plan part taken out.
  const other = Buffer.from(deck.bytes.toString("latin1").replaceAll("customXml/item1.xml", "customXml/itemX.xmz"), "latin1");
  for (const [name, bytes, said] of [
    ["autre.pptx", other, /ne contient pas de plan Cap/],
    ["abime.pptx", deck.bytes.subarray(0, deck.bytes.length - 200), /pas une présentation PowerPoint lisible/],
  ] as const) {
    await importFile(page, name, bytes);
    await expect(page.locator(tid("import-error"))).toContainText(said);
    await expect(page.locator(tid("import-preview-name"))).toHaveCount(0);
  }
  expect(await storedPlans(page)).toEqual(before);
});

test("a deck saved again by another Office suite still reopens its plan", async ({ page }) => {
  // A deck downloaded from Cap, opened and saved again by LibreOffice Impress
  // 7.4: it rewrites the slides and the package, and keeps the plan's part
  // (renamed parts and prefixes are read by the native tests).
  const deck = readFileSync(join(__dirname, "../fixtures/saved-again-by-libreoffice.pptx"));
  await openLibrary(page);
  await importFile(page, "client.pptx", deck);
  await expect(page.locator(tid("import-preview-name"))).toContainText("Plan des notes");
  await page.locator(tid("import-as-new")).click();
  await expect(page.locator(tid("overview"))).toBeVisible();
  await expect(page.locator(tid("plan-name"))).toHaveValue("Plan des notes");
  await expect(page.locator(tid("plan-client"))).toHaveValue("Boulangerie du Lac");
});

for (const [width, locale] of [[800, "fr-CH"], [1024, "fr-CH"], [1366, "en-US"]] as const) {
  test(`every button of the presentation's bar shows at ${width} px (${locale})`, async ({ browser }) => {
    const context = await browser.newContext({ locale, viewport: { width, height: 768 } });
    const page = await context.newPage();
    await openLibrary(page);
    await page.locator(tid("example-0")).click();
    await expect(page.locator(tid("dashboard"))).toBeVisible();
    await page.locator(tid("nav-present")).click();
    await expect(page.locator(tid("slide-0"))).toBeVisible();
    const boxes = [];
    for (const id of ["slide-number", "slide-prev", "slide-next", "deck-overview", "deck-fullscreen", "present-print", "pptx-present", "present-leave"]) {
      const box = (await page.locator(tid(id)).boundingBox())!;
      expect(box.x, id).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, id).toBeLessThanOrEqual(width);
      boxes.push({ id, ...box });
    }
    // None covers another.
    for (const a of boxes) for (const b of boxes) {
      if (a.id < b.id) {
        const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
        expect(apart, `${a.id} and ${b.id}`).toBe(true);
      }
    }
    await context.close();
  });
}
