// The dashboard's late and upcoming actions read repeating actions by
// occurrence (domain::agenda, issue 31): a weekly post started in March and
// in progress is not late in June, and its posts of the next 30 days are
// listed; a weekly action still planned after its first weeks is late once,
// with the count of occurrences missed.
import { test, expect } from "@playwright/test";
import { tid, openLibrary, importFile, envelope, minimalPlan } from "./app";

test("a weekly action shows its occurrences of the next 30 days, a planned one its missed ones", async ({ page }) => {
  // Tuesday 15 June 2027: the window runs to 15 July.
  await page.clock.setFixedTime(new Date("2027-06-15T10:00:00"));
  await openLibrary(page);
  const weekly = { every: "week", until: null };
  const plan = minimalPlan({
    name: "Agenda", next_id: 10,
    actions: [
      // Mondays from 1 March: 21 and 28 June, 5 and 12 July in the window.
      { id: 1, title: "Publication Instagram", start: "2027-03-01", end: "2027-03-01", status: "in_progress", recurrence: weekly },
      // Tuesdays from 1 June, never started: 1 and 8 June are over.
      { id: 2, title: "Story du mardi", start: "2027-06-01", end: "2027-06-01", status: "planned", recurrence: weekly },
      { id: 3, title: "Vidéo terminée", start: "2027-06-20", end: "2027-06-20", status: "done", recurrence: weekly },
    ],
  });
  await importFile(page, "agenda.json", envelope(plan, 3));
  await page.locator(tid("import-as-new")).click();
  await page.locator(tid("nav-dashboard")).click();

  const upcoming = page.locator(tid("dash-upcoming")).locator("li");
  const posts = upcoming.filter({ hasText: "Publication Instagram" });
  await expect(posts).toHaveCount(4);
  await expect(posts.first()).toContainText("21 juin");
  await expect(posts.first()).toContainText("chaque semaine");
  await expect(posts.last()).toContainText("12 juil");
  // Today's story and the four after it.
  await expect(upcoming.filter({ hasText: "Story du mardi" })).toHaveCount(5);
  await expect(upcoming.filter({ hasText: "Vidéo terminée" })).toHaveCount(0);

  const late = page.locator(tid("dash-late")).locator("li");
  await expect(late).toHaveCount(1);
  await expect(late).toContainText("Story du mardi");
  await expect(late).toContainText("2 occurrences manquées");

  await page.locator(tid("lang-en")).click();
  await expect(late).toContainText("2 occurrences missed");
  await expect(posts.first()).toContainText("every week");
});
