// The release build is split (src/ui/perf/lazy.rs): the first visit downloads
// the library's code only, each page's code comes the first time the page
// opens, and a page whose code cannot be fetched says so next to where the
// page would be, with nothing stored touched.
import { test, expect, type Page } from "@playwright/test";
import { tid, openLibrary, createPlan, expectSaved, storedPlans, envelope, minimalPlan } from "./app";

// The service worker would answer chunk requests from its cache, out of
// page.route's sight; these tests are about the network.
test.use({ serviceWorkers: "block" });

const chunkPath = (url: string) => {
  const path = new URL(url).pathname;
  return /\/(split|chunk)_[^/]*\.wasm$/.test(path) ? path : null;
};

/** What the library itself fetches once it shows: its "keeping your plans
 *  safe" module (split_keep) and the small chunks it shares, no page's code. */
function expectLibraryOnly(fetched: string[]) {
  expect(fetched.filter((f) => f.includes("split_keep")), `the library's keep module, once, in ${fetched}`).toHaveLength(1);
  expect(fetched.filter((f) => !/\/(split_keep|chunk_)/.test(f)), "no page's code").toEqual([]);
}

function recordChunks(page: Page): string[] {
  const fetched: string[] = [];
  page.on("request", (r) => {
    const path = chunkPath(r.url());
    if (path) fetched.push(path);
  });
  return fetched;
}

test("a first visit fetches no page's code; the plan's pages come in one go, once", async ({ page }) => {
  const fetched = recordChunks(page);
  await openLibrary(page);
  await page.waitForLoadState("networkidle");
  expectLibraryOnly(fetched);

  await createPlan(page, "Plan découpé", "Client");
  expect(fetched.some((f) => f.includes("split_plan")), `the plan's pages in ${fetched}`).toBe(true);
  expect(fetched.some((f) => f.includes("split_present")), "the presentation is not fetched yet").toBe(false);
  const opened = fetched.length;

  // Every other page of the plan renders from the code already there.
  await page.locator(tid("nav-budget")).click();
  await expect(page.locator(tid("budget-empty"))).toBeVisible();
  await page.locator(tid("nav-timeline")).click();
  await expect(page.locator(tid("timeline"))).toBeVisible();
  await page.locator(tid("nav-overview")).click();
  await expect(page.locator(tid("overview"))).toBeVisible();
  expect(fetched.slice(opened), "no chunk for the other pages").toEqual([]);

  // The presentation comes when it is first opened.
  await page.locator(tid("nav-present")).click();
  await expect(page.locator(tid("presentation"))).toBeVisible();
  expect(fetched.slice(opened).some((f) => f.includes("split_present"))).toBe(true);
  expect(new Set(fetched).size, "no chunk fetched twice").toBe(fetched.length);
});

test("a share link's page code is fetched beside the main module, once, not after the main module runs", async ({ page }) => {
  const fetched = recordChunks(page);
  // An unreadable link opens the share page too (to say so).
  await page.goto("/share#cap1.abc");
  await expect(page.locator(tid("share-error"))).toBeVisible();
  const timing = await page.evaluate(() => {
    const all = performance.getEntriesByType("resource");
    return {
      mainEnd: all.find((e) => /\/cap-[0-9a-f]+_bg\.wasm$/.test(e.name))?.responseEnd,
      present: all.filter((e) => e.name.includes("split_present")).map((e) => e.startTime),
    };
  });
  expect(timing.mainEnd, "the main module's wasm").toBeGreaterThan(0);
  expect(timing.present, "the presentation's code, fetched once").toHaveLength(1);
  expect(timing.present[0], "asked for before the main module had arrived").toBeLessThan(timing.mainEnd!);
  expect(fetched.filter((f) => f.includes("split_present")), "the loader took the early fetch").toHaveLength(1);
  expect(fetched.some((f) => f.includes("split_plan")), "not the plan's pages").toBe(false);
});

test("a page whose code cannot be fetched says so, keeps the plan, and opens after a reload", async ({ page }) => {
  await openLibrary(page);
  const id = await createPlan(page, "Plan sans réseau", "Client");
  await expectSaved(page);
  const before = await storedPlans(page);

  // The connection drops, then the presentation is opened for the first time.
  await page.route((url) => chunkPath(url.href)?.includes("split_present") ?? false, (route) => route.abort("internetdisconnected"));
  await page.locator(tid("nav-present")).click();
  const failed = page.locator(tid("page-load-failed"));
  await expect(failed).toBeVisible();
  await expect(failed.getByRole("alert")).toContainText("n'a pas pu être chargée");
  // The rest of the app still works: the header, another page.
  await page.locator(tid("nav-overview")).click();
  await expect(page.locator(tid("plan-name"))).toHaveValue("Plan sans réseau");
  expect(await storedPlans(page)).toEqual(before);

  // Still offline, the page says so again; back online, its reload button
  // opens it.
  await page.locator(tid("nav-present")).click();
  await expect(failed).toBeVisible();
  await page.unrouteAll();
  await failed.getByRole("button", { name: "Recharger la page" }).click();
  await expect(page.locator(tid("presentation"))).toBeVisible();
  expect(page.url()).toContain(`/plan/${id}/present`);
  expect(await storedPlans(page)).toEqual(before);
});

test("an example whose code cannot be fetched says so beside the examples and adds nothing", async ({ page }) => {
  await openLibrary(page);
  const examples = page.locator(tid("examples"));
  await page.route((url) => chunkPath(url.href)?.includes("split_examples") ?? false, (route) => route.abort("internetdisconnected"));
  await page.locator(tid("example-0")).click();
  await expect(examples.getByRole("alert")).toContainText("Cet exemple n'a pas pu être chargé");
  expect(page.url()).not.toContain("/plan/");
  expect(await storedPlans(page)).toEqual({});

  // Back online, the same button works.
  await page.unrouteAll();
  await page.locator(tid("example-0")).click();
  await page.waitForURL(/\/plan\/.+\/dashboard$/);
  expect(Object.keys(await storedPlans(page))).toHaveLength(1);
});

const chunkIs = (name: string) => (url: URL) => chunkPath(url.href)?.includes(name) ?? false;

test("the first visit fetches the shell's stylesheets only; the plan's pages bring theirs, under the CSP", async ({ page }) => {
  const css: string[] = [];
  page.on("request", (r) => {
    const path = new URL(r.url()).pathname;
    if (path.endsWith(".css")) css.push(path.replace(/^.*\//, "").replace(/-[0-9a-f]+\.css$/, ""));
  });
  const refused: string[] = [];
  page.on("console", (m) => {
    if (/Content.Security.Policy|Refused to/i.test(m.text())) refused.push(m.text());
  });
  await openLibrary(page);
  await page.waitForLoadState("networkidle");
  expect(css.sort(), "stylesheets of a first visit").toEqual(["main", "print"]);

  // The pages' rules come with their code: laid out as designed at once.
  await createPlan(page, "Plan stylé", "Client");
  await page.locator(tid("nav-budget")).click();
  await expect(page.locator(".budget-figures")).toHaveCSS("display", "grid");
  await page.locator(tid("nav-timeline")).click();
  await expect(page.locator(".list-filters")).toHaveCSS("display", "flex");
  await page.locator(tid("nav-present")).click();
  await expect(page.locator("body")).toHaveClass(/presenting/);
  await expect(page.locator(".topbar")).toBeHidden();
  expect(css.sort(), "no stylesheet fetched for the pages").toEqual(["main", "print"]);
  expect(refused, "the CSP let the pages' rules apply").toEqual([]);
});

test("the library's actions fetch the plan's code on first use; a failed fetch says so in place and changes nothing", async ({ page }) => {
  await openLibrary(page);
  await page.route(chunkIs("split_plan"), (route) => route.abort("internetdisconnected"));
  await page.locator(tid("new-plan")).click();
  await page.locator(tid("new-plan-name")).fill("Plan hors ligne");
  await page.locator(tid("new-plan-create")).click();
  await expect(page.locator(tid("new-plan-dialog")).getByRole("alert")).toContainText("son code n'a pas pu être chargé");
  expect(page.url()).not.toContain("/plan/");
  expect(await storedPlans(page)).toEqual({});

  // Back online, the same button creates the plan; its code came once.
  await page.unrouteAll();
  await page.locator(tid("new-plan-create")).click();
  await expect(page.locator(tid("overview"))).toBeVisible();
  expect(Object.keys(await storedPlans(page))).toHaveLength(1);
});

test("the pointer on the library's actions starts fetching the plan's code, before any click", async ({ page }) => {
  const fetched = recordChunks(page);
  await openLibrary(page);
  await page.waitForLoadState("networkidle");
  expectLibraryOnly(fetched);
  const coming = page.waitForResponse((r) => chunkPath(r.url())?.includes("split_plan") ?? false);
  await page.locator(tid("import-file")).locator("..").hover();
  expect((await coming).ok()).toBe(true);
  const before = fetched.length;
  await createPlan(page, "Plan préchargé", "Client");
  expect(fetched.slice(before), "nothing fetched again to create and open the plan").toEqual([]);
});

test("a plan the listing's index does not know is read by the plan's code before it is listed, never shown missing", async ({ page }) => {
  await openLibrary(page);
  await createPlan(page, "Plan connu", "Client");
  await expectSaved(page);
  // Another version of the app (or another tab) stored a plan: the index,
  // written by this one, does not know its text.
  await page.evaluate((text) => localStorage.setItem("cap.plan.ailleurs-1", text), envelope(minimalPlan({ name: "Plan d'ailleurs" })));
  const before = await storedPlans(page);

  // A fresh load, with the plan's code slow to come.
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  await page.route(chunkIs("split_plan"), async (route) => {
    await held;
    await route.continue();
  });
  await page.goto("/");
  const reading = page.locator(tid("library-reading"));
  await expect(reading).toHaveText("Lecture d'un plan enregistré…");
  await expect(page.locator(tid("plan-open"))).toHaveText(["Plan connu"]);
  await expect(page.locator(tid("library-empty"))).toHaveCount(0);

  release();
  await expect(page.locator(tid("plan-open"))).toHaveText(["Plan connu", "Plan d'ailleurs"]);
  await expect(reading).toHaveCount(0);
  expect(await storedPlans(page)).toEqual(before);
});

test("every script the first screen needs is announced by index.html, so none waits for another to be parsed", async ({ request }) => {
  const html = await (await request.get("/")).text();
  const preloaded = [...html.matchAll(/<link rel="modulepreload" href="([^"]+)"/g)].map((m) => m[1].replace(/^.*\//, ""));
  const main = preloaded.find((n) => /^cap-[0-9a-f]+\.js$/.test(n));
  expect(main, `modulepreloads: ${preloaded}`).toBeTruthy();
  const js = await (await request.get(`/${main}`)).text();
  const imports = [...js.matchAll(/from\s*["']\.\/([^"']+\.js)["']/g)].map((m) => m[1]);
  expect(imports.length, "the main module imports the split loader").toBeGreaterThan(0);
  for (const name of new Set(imports)) expect(preloaded, `${name} is imported by ${main}`).toContain(name);
});
