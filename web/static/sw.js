// The app's service worker: keeps every file of the app (the shell, the
// WebAssembly, the worker) in a cache on the first load, and serves them from
// it, so that the app opens, reloads and analyses with no network at all.
// scripts/build.sh writes the build's version below; a new build is a new
// service worker, whose files replace the old ones for the next load (the page
// says so when it notices). Nothing but the app's own files is ever fetched.
const VERSION = "development";
const CACHE = `arlens-${VERSION}`;
const FILES = [
  "./",
  "index.html",
  "main.js",
  "theme.js",
  "style.css",
  "arlens_web.js",
  "arlens_web_bg.wasm",
  "worker.js",
  "manifest.webmanifest",
  "favicon.svg",
  "icon-192.png",
  "icon-512.png",
  "icon-maskable-512.png",
];

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(FILES.map((f) => new Request(f, { cache: "reload" }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("arlens-") && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

// The app's files from the cache (a page's hash or query does not matter);
// anything else of this origin from the network, as without a service worker.
self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    caches
      .open(CACHE)
      .then((cache) => cache.match(request, { ignoreSearch: true }))
      .then((hit) => hit ?? fetch(request)),
  );
});

self.addEventListener("message", (event) => {
  if (event.data === "version") event.source?.postMessage({ kind: "version", version: VERSION });
});
