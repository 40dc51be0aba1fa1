// The explorer's service worker (docs/site/explorer-sw.js, scope: the explorer's page and its
// folder). It keeps the page usable offline once loaded: the first view is stored when the
// worker installs, the record chunk (sources, notes) when the page first opens a record.
// The build (scripts/explorer.ts) fills in the file lists and the cache's name, which changes
// with every file, so that a new build replaces the old cache.
// A module, so that `self` below is this worker's own scope and not the library's global.
export {};
declare const self: ServiceWorkerGlobalScope;
/** The cache of this build. */
declare const CACHE: string;
/** The page and what its first view loads, relative to this worker. */
declare const FIRST_VIEW: string[];
/** The chunks a record's sources and note need. */
declare const RECORDS: string[];
/** What every cache of the explorer's name starts with. */
const PREFIX = "csto-explorer-";
const PAGE = "explorer.html";

const keep = (files: string[]) => caches.open(CACHE).then((cache) => cache.addAll(files));

self.addEventListener("install", (event) => {
  event.waitUntil(keep(FIRST_VIEW).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(names.filter((n) => n.startsWith(PREFIX) && n !== CACHE).map((n) => caches.delete(n))),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("message", (event) => {
  if (event.data === "keep-records") event.waitUntil(keep(RECORDS));
});

/** The page from the network (a new build shows at once), else as stored: any ?day= is the same page. */
async function page(request: Request): Promise<Response> {
  try {
    const response = await fetch(request);
    if (response.ok) {
      const cache = await caches.open(CACHE);
      await cache.put(new URL(PAGE, self.registration.scope).href, response.clone());
    }
    return response;
  } catch (error) {
    const stored = await caches.match(request, { ignoreSearch: true });
    if (stored) return stored;
    throw error;
  }
}

/** A chunk (its name changes with its content): as stored, else from the network, then stored. */
async function chunk(request: Request): Promise<Response> {
  const stored = await caches.match(request);
  if (stored) return stored;
  const response = await fetch(request);
  if (response.ok) {
    const cache = await caches.open(CACHE);
    await cache.put(request, response.clone());
  }
  return response;
}

self.addEventListener("fetch", (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== "GET" || !url.href.startsWith(self.registration.scope)) return;
  event.respondWith(url.pathname.endsWith(`/${PAGE}`) ? page(event.request) : chunk(event.request));
});
