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
      .then((cache) => cache.addAll(FILES.map((f) => new URL(f, scope).href)))
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
    event.respondWith(fetch(request).catch(() => caches.match(INDEX, { cacheName: CACHE })));
    return;
  }
  // Built files have content hashes in their names: the cache is always right.
  event.respondWith(caches.match(request, { cacheName: CACHE }).then((hit) => hit || fetch(request)));
});
