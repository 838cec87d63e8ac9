// The PowerPoint deck of the large plan (1'000 actions: 63 timeline
// slides), made in the browser from the context page: the time from the
// click to the download, the first time (the deck's chunk fetched) and the
// next ones, each beside the JSON export's click-to-download measured in
// the same run.
const tid = (id) => `[data-testid="${id}"]`;

/** Milliseconds from clicking `id` to the download it starts. */
async function clickToDownload(page, id) {
  const started = Date.now();
  await Promise.all([page.waitForEvent("download", { timeout: 120_000 }), page.locator(tid(id)).click()]);
  return Date.now() - started;
}

export async function benchPptx(browser, { openLarge, text, stats, rounds }) {
  const o = await openLarge(browser, text);
  try {
    const page = o.page;
    await page.locator(tid("nav-overview")).click();
    await page.locator(tid("pptx-overview")).waitFor();
    const first = await clickToDownload(page, "pptx-overview");
    const deck = [];
    const json = [];
    for (let i = 0; i < rounds; i++) {
      json.push(await clickToDownload(page, "export-current"));
      deck.push(await clickToDownload(page, "pptx-overview"));
    }
    return { first, deck: stats(deck), json: stats(json) };
  } finally {
    await o.context.close();
  }
}
