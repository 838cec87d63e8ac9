// The app as a static site: after a first visit it opens with the server
// gone; a new version of the site is picked up on the next visit without
// touching any plan; it works under a sub-path; and its Content-Security-
// Policy lets only its own resources run.
import { test, expect, type Page } from "@playwright/test";
import { spawn, type ChildProcess } from "node:child_process";
import { cp, mkdtemp, readFile, writeFile, access } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { tid, createPlan, expectSaved, storedPlans } from "./app";

const dist = process.env.E2E_DIST || "../../dist";
const distSub = process.env.E2E_DIST_SUB || "../../dist-sub";
const basePort = Number(process.env.E2E_PORT || 8090);

/** A static server of our own, so this test can stop it. */
async function serve(dir: string, port: number, base = "/"): Promise<ChildProcess> {
  const server = spawn(process.execPath, ["serve.mjs", dir, String(port), base], { stdio: ["ignore", "pipe", "inherit"] });
  await new Promise<void>((resolve, reject) => {
    server.stdout!.on("data", (d) => d.toString().includes("serving") && resolve());
    server.on("exit", (code) => reject(new Error(`server exited with ${code}`)));
  });
  return server;
}

async function stop(server: ChildProcess) {
  const exited = new Promise((resolve) => server.once("exit", resolve));
  server.kill("SIGKILL");
  await exited;
}

/** A copy of the built site that a test may change (a new deploy). */
async function copyOf(dir: string) {
  const copy = await mkdtemp(join(tmpdir(), "cap-site-"));
  await cp(dir, copy, { recursive: true });
  return copy;
}

/** Waits until the service worker controls the page. */
async function offlineReady(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

const cacheNames = (page: Page) => page.evaluate(() => caches.keys());

test("after a first visit the app and its plans open with the server stopped", async ({ page }) => {
  const port = basePort + 11;
  const server = await serve(await copyOf(dist), port);
  await page.goto(`http://127.0.0.1:${port}/`);
  await expect(page.locator(tid("library"))).toBeVisible();
  await offlineReady(page);
  const id = await createPlan(page, "Plan hors ligne", "Client");
  await expectSaved(page);

  await stop(server);
  await expect(page.request.get(`http://127.0.0.1:${port}/`)).rejects.toThrow();
  await page.reload();
  await expect(page.locator(tid("plan-name"))).toHaveValue("Plan hors ligne");
  // A deep link never visited, and the library.
  await page.goto(`http://127.0.0.1:${port}/plan/${id}/budget`);
  await expect(page.locator(tid("budget-remaining"))).toBeVisible();
  await page.goto(`http://127.0.0.1:${port}/`);
  await expect(page.locator(tid("plan-card"))).toContainText("Plan hors ligne");
  // And it still works: an edit is saved.
  await page.locator(tid("plan-card")).locator("a").first().click();
  await page.locator(tid("plan-client")).fill("Client hors ligne");
  await page.locator(tid("plan-client")).blur();
  await expectSaved(page);
});

test("a new version of the site is picked up on the next visit, plans intact", async ({ page }) => {
  const port = basePort + 12;
  const site = await copyOf(dist);
  const server = await serve(site, port);
  await page.goto(`http://127.0.0.1:${port}/`);
  await offlineReady(page);
  await createPlan(page, "Plan à garder");
  await expectSaved(page);
  const [first] = await cacheNames(page);
  expect(first).toMatch(/^cap-[0-9a-f]{16}$/);
  const plans = await storedPlans(page);

  // A new deploy: the build writes a new version into sw.js.
  const sw = join(site, "sw.js");
  await writeFile(sw, (await readFile(sw, "utf8")).replace(/const VERSION = "[0-9a-f]+"/, 'const VERSION = "0000000000000002"'));
  await page.reload();
  await expect.poll(() => cacheNames(page)).toEqual(["cap-0000000000000002"]);
  expect(await storedPlans(page)).toEqual(plans);

  await stop(server);
  await page.reload();
  await expect(page.locator(tid("plan-name"))).toHaveValue("Plan à garder");
});

test("under a sub-path: deep links, reloads, share links and offline scope", async ({ page }) => {
  await access(join(distSub, "index.html")).catch(() => {
    throw new Error(`${distSub} is missing: 'make test' builds it with --public-url /cap/`);
  });
  const port = basePort + 13;
  const server = await serve(distSub, port, "/cap/");
  try {
    await page.goto(`http://127.0.0.1:${port}/cap/`);
    await expect(page.locator(tid("library"))).toBeVisible();
    const id = await createPlan(page, "Sous-chemin");
    expect(page.url()).toBe(`http://127.0.0.1:${port}/cap/plan/${id}`);
    await page.locator(tid("nav-budget")).click();
    await expect(page).toHaveURL(`http://127.0.0.1:${port}/cap/plan/${id}/budget`);
    await page.reload();
    await expect(page.locator(tid("budget-remaining"))).toBeVisible();
    await offlineReady(page);
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.scope);
    expect(scope).toBe(`http://127.0.0.1:${port}/cap/`);

    await page.locator(tid("nav-overview")).click();
    await page.locator(tid("share-current")).click();
    const link = await page.locator(tid("share-link")).inputValue();
    expect(link.startsWith(`http://127.0.0.1:${port}/cap/share#cap1.`)).toBe(true);
    await page.goto(link);
    await expect(page.locator(tid("report-cover"))).toContainText("Sous-chemin");
  } finally {
    await stop(server);
  }
});

test("the Content-Security-Policy allows the app and nothing else", async ({ page }) => {
  await page.addInitScript(() => {
    (window as any).__violations = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      (window as any).__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto("/");
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  expect(csp).toContain("default-src 'none'");
  const scripts = csp!.split(";").map((d) => d.trim()).find((d) => d.startsWith("script-src"))!;
  expect(scripts).toMatch(/^script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+')+$/); // inline: only by hash
  // Connections: the site, and a sync server over https (http only on this machine).
  const connect = csp!.split(";").map((d) => d.trim()).find((d) => d.startsWith("connect-src"));
  expect(connect).toBe("connect-src 'self' https: http://localhost:* http://127.0.0.1:*");
  // Every screen of a complete plan, with no violation.
  await page.locator(tid("example-0")).click();
  await expect(page.locator(tid("dashboard"))).toBeVisible();
  for (const section of ["overview", "strategy", "budget", "timeline", "kpis", "dashboard", "present"]) {
    await page.locator(tid(`nav-${section}`)).click();
    await page.waitForTimeout(150);
  }
  expect(await page.evaluate(() => (window as any).__violations)).toEqual([]);
  // Something foreign is refused: a script from elsewhere, an inline script.
  await page.evaluate(() => {
    const s = document.createElement("script");
    s.src = "http://127.0.0.1:9/evil.js";
    document.head.append(s);
    const i = document.createElement("script");
    i.textContent = "window.__ran = true";
    document.head.append(i);
  });
  await expect.poll(() => page.evaluate(() => (window as any).__violations.length)).toBe(2);
  expect(await page.evaluate(() => (window as any).__ran)).toBeUndefined();
});

test("a deploy that changes only index.html is what opens offline next", async ({ page }) => {
  const port = basePort + 14;
  const site = await copyOf(dist);
  const server = await serve(site, port);
  try {
    await page.goto(`http://127.0.0.1:${port}/`);
    await offlineReady(page);
    await expect(page.locator(tid("library"))).toBeVisible();

    // The host changes the page alone (sw.js, and so the cache's version,
    // stay): index.html and its copy 404.html, which answers other paths.
    for (const name of ["index.html", "404.html"]) {
      const html = await readFile(join(site, name), "utf8");
      expect(html).toContain("</head>");
      await writeFile(join(site, name), html.replace("</head>", '<meta name="cap-deploy" content="2"></head>'));
    }
    await page.reload();
    await expect(page.locator('meta[name="cap-deploy"]')).toHaveCount(1);
    await expect(page.locator(tid("library"))).toBeVisible();
  } finally {
    await stop(server);
  }
  // Offline now: the page the service worker answers with is the new one.
  await expect.poll(async () => {
    await page.reload();
    return page.locator('meta[name="cap-deploy"]').count();
  }).toBe(1);
  await expect(page.locator(tid("library"))).toBeVisible();
});
