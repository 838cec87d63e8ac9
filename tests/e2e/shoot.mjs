// Screenshots for a person to look at: node shoot.mjs <url> <out.png> [width] [lang]
import { chromium } from "@playwright/test";
const [url, out, width = "1280", lang = "fr-CH"] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run"],
});
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, locale: lang });
page.on("console", (m) => { if (m.type() === "error") console.error("console:", m.text()); });
page.on("pageerror", (e) => console.error("pageerror:", e.message));
await page.goto(url);
await page.waitForTimeout(1500);
await page.screenshot({ path: out, fullPage: true });
await browser.close();
