// Cap's service worker: after a first visit the app opens and works with no
// network. Plans are in localStorage, never in this cache: an update of the
// site replaces the cached app and leaves every plan alone.
//
// The build (tools/postbuild.mjs) writes the version and the file list.
const VERSION = "__CAP_VERSION__";
const FILES = ["__CAP_FILES__"];
const CACHE = `cap-${VERSION}`;
const scope = self.registration.scope;
const INDEX = new URL("index.html", scope).href;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      // Past the HTTP cache: a copy it kept from the last deploy is not this one.
      .then((cache) => cache.addAll(FILES.map((f) => new Request(new URL(f, scope).href, { cache: "reload" }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("cap-") && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || !request.url.startsWith(scope)) return;
  if (request.mode === "navigate") {
    // Network first, so an online visit always gets the newest version;
    // offline, the cached app answers every path (deep links, share links).
    event.respondWith(
      fetch(request)
        .then((response) => {
          event.waitUntil(keepPage(response.clone()));
          return response;
        })
        .catch(() => caches.match(INDEX, { cacheName: CACHE })),
    );
    return;
  }
  // Built files have content hashes in their names: the cache is always right.
  event.respondWith(caches.match(request, { cacheName: CACHE }).then((hit) => hit || fetch(request)));
});

// A page fetched online becomes the offline copy, so a deploy that changed
// only index.html (no new sw.js) is what opens offline too; but only when
// every file it loads is in this cache, so the offline copy always starts.
async function keepPage(response) {
  if (!response.ok || !(response.headers.get("content-type") || "").includes("text/html")) return;
  const html = await response.clone().text();
  const cache = await caches.open(CACHE);
  const wanted = [...html.matchAll(/(?:src|href)="([^"]+)"/g)]
    .map((m) => new URL(m[1], scope).href)
    .filter((url) => url.startsWith(scope) && url !== scope);
  const present = await Promise.all(wanted.map((url) => cache.match(url)));
  if (wanted.length > 0 && present.every(Boolean)) await cache.put(INDEX, response);
}
