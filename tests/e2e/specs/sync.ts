// What a person does with the library's sync panel, named, and what the sync
// specs read back from a browser profile.
import { expect, type Page } from "@playwright/test";
import { inflateSync } from "node:zlib";
import { tid, openLibrary, createPlan, expectSaved } from "./app";
import type { Couch } from "./couch";

/** Time for a sync to settle: a long poll answered, a retry after a reconnection. */
export const SYNC = 30_000;

export const syncState = (page: Page) => page.locator(tid("sync-state"));
export const syncError = (page: Page) => page.locator(tid("sync-error"));
export const conflictDialog = (page: Page) => page.locator(tid("sync-conflict"));

/** Goes to My plans as a person does, by the menu (it works offline too). */
export async function toLibrary(page: Page) {
  if (new URL(page.url()).pathname !== "/") await page.locator(tid("nav-plans")).click();
  await expect(page.locator(tid("library"))).toBeVisible();
}

export type Account = { url: string; db?: string; user: string; password: string };

/**
 * Shows the sync panel: with no server set, the library offers it and its
 * code is fetched on that click (never on a first visit).
 */
export async function openPanel(page: Page) {
  const panel = page.locator(tid("sync-panel"));
  const setup = page.locator(tid("sync-setup-open"));
  await expect(panel.or(setup).first()).toBeVisible();
  if (await setup.isVisible()) await setup.click();
  await expect(panel).toBeVisible();
  return panel;
}

/** Fills the sync panel and presses Connect. */
export async function connect(page: Page, { url, db = "cap", user, password }: Account) {
  await toLibrary(page);
  const panel = await openPanel(page);
  await panel.locator(tid("sync-url")).fill(url);
  await panel.locator(tid("sync-db")).fill(db);
  await panel.locator(tid("sync-user")).fill(user);
  await panel.locator(tid("sync-password")).fill(password);
  await panel.locator(tid("sync-connect")).click();
}

/** Connects as one of the test server's users and waits until the first sync is done. */
export async function connectAs(page: Page, couch: Couch, user: string) {
  await connect(page, { url: couch.url, db: couch.db, user, password: couch.users[user] });
  await expectState(page, "synced");
}

/** Waits until the panel's state is `state` (the page must show the library). */
export async function expectState(page: Page, state: string, timeout = SYNC) {
  await expect(syncState(page)).toHaveAttribute("data-state", state, { timeout });
}

/** One stored plan's envelope in this profile, or null. */
export async function storedPlan(page: Page, id: string): Promise<any> {
  return page.evaluate((id) => JSON.parse(localStorage.getItem(`cap.plan.${id}`) ?? "null"), id);
}

/** Every plan of this profile: id -> the plan (its envelope's `plan`). */
export async function plansOf(page: Page): Promise<Record<string, any>> {
  return page.evaluate(() => {
    const out: Record<string, any> = {};
    for (const k of Object.keys(localStorage)) {
      if (k.startsWith("cap.plan.")) out[k.slice("cap.plan.".length)] = JSON.parse(localStorage.getItem(k)!).plan;
    }
    return out;
  });
}

/** The storage keys of this profile whose value contains `text`. */
export async function keysHolding(page: Page, text: string): Promise<string[]> {
  return page.evaluate((text) => Object.keys(localStorage).filter((k) => localStorage.getItem(k)!.includes(text)), text);
}

/**
 * Gives this profile `n` plans quickly: "Plan 1" made in the app, then n - 1
 * copies of its stored text (ids seed-02...) renamed "Plan 2"..., so every
 * plan is in the format the app writes. Returns the ids, "Plan 1" first, and
 * leaves the page on the library.
 */
export async function seedPlans(page: Page, n: number): Promise<string[]> {
  await toLibrary(page);
  const first = await createPlan(page, "Plan 1", "Client 1 SA");
  await expectSaved(page);
  const ids = [first, ...Array.from({ length: n - 1 }, (_, i) => `seed-${String(i + 2).padStart(2, "0")}`)];
  await page.evaluate((ids) => {
    const text = localStorage.getItem(`cap.plan.${ids[0]}`)!;
    ids.slice(1).forEach((id, i) => {
      const copy = JSON.parse(text);
      copy.plan.name = `Plan ${i + 2}`;
      copy.plan.client = `Client ${i + 2} SA`;
      localStorage.setItem(`cap.plan.${id}`, JSON.stringify(copy));
    });
  }, ids);
  await openLibrary(page);
  await expect(page.locator(tid("plan-card"))).toHaveCount(n);
  return ids;
}

export type Progress = { done: string | null; total: string | null; text: string };

/** From the next load on, records every state the progress line shows, however brief. */
export async function recordProgress(page: Page) {
  await page.addInitScript(() => {
    const seen: Progress[] = [];
    (window as any).__syncProgress = seen;
    new MutationObserver(() => {
      const el = document.querySelector('[data-testid="sync-progress"]');
      if (!el) return;
      const now = { done: el.getAttribute("data-done"), total: el.getAttribute("data-total"), text: (el.textContent ?? "").trim() };
      const last = seen[seen.length - 1];
      if (!last || last.done !== now.done || last.total !== now.total || last.text !== now.text) seen.push(now);
    }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}

/** What the progress line showed since the page loaded. */
export const progressSeen = (page: Page): Promise<Progress[]> => page.evaluate(() => (window as any).__syncProgress ?? []);

/** The envelope text inside a share link (`.../share#cap1.<zlib, base64url>`). */
export function shareLinkText(link: string): string {
  const payload = link.split("#cap1.")[1] ?? "";
  return inflateSync(Buffer.from(payload, "base64url")).toString("utf8");
}

/** "CHF 12’500.50", "12 500,50" -> minor units (amounts show two decimals). */
export const minor = (text: string) => Number(text.replace(/[^\d-]/g, ""));

/** Resolves after `ms`: only to slow a route down, never to wait for an outcome. */
export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
