// Full Cup's service worker: keeps one whole version of the app on the device, so that a return
// visit opens at once (even on a stalled network) and works offline. It only ever fetches from
// this site's own origin and never sends anything anywhere.
//
// - Each build's files live in a cache of their own, named for the build; a version is installed
//   whole or not at all. A file that fails its check (a page of HTML where the wasm should be, as
//   in a half-finished deploy) fails the install, and the version on the device stays as it was.
// - The page and its hashed files come from the cache of the version in use, never from the
//   network first, so an old page never meets a new wasm or the reverse.
// - A new version waits until the person chooses to reload (the app offers it); then it takes over.
// - config.json (a trainer's, not part of the build) is served from the device and refreshed in
//   the background.
// The build writes the exact file list and the build id below (scripts/postbuild.py).
const FILES = ["./"];
// The whole app's script and wasm (My history and the trainers' pages), loaded over this build the
// first time a person opens one of them (src/ui/device/whole.rs): never fetched on a first visit,
// kept in this version's cache once used while this worker controls the page (or, used before it
// took over, on a first visit or under the root's worker, when the page asks it to: "keep-whole N"),
// so that they open offline
// from then on. A new version fetches them as it installs only where they were used (USED), and
// without failing for them. Each with the integrity hash the page names: a file that is not it is
// never kept.
const LATER = [];
const BUILD = "BUILD_ID";
// The root of the copy, from this build's folder: each language is a build in a folder of its own
// (English at the root), and the copy has one config.json, at its root.
const ROOT = "./";
// Cache names carry this copy's scope, so that two copies on one site (say /en/ and a staging
// copy) never delete each other's files.
const PREFIX = "full-cup-" + self.registration.scope + "-";
const CACHE = PREFIX + BUILD;
// The copy has one config.json, kept once for every language's worker (named by the copy's root):
// a corrected one (a crisis number fixed) reaches every language from the first visit in any.
const CONFIG_CACHE = "full-cup-" + new URL(ROOT, self.registration.scope).href + "-settings";
// Where this worker kept it before, one for each language.
const OWN_CONFIG_CACHE = PREFIX + "settings";
// Files a copy can do without (a host that will not serve them must not stop the app updating).
const OPTIONAL = /\.(svg|webmanifest)$/;
const CONFIG = new URL(ROOT + "config.json", self.registration.scope).href;
const LATER_HASH = new Map(LATER.map(([file, hash]) => [new URL(file, self.registration.scope).href, hash]));
const LATER_URLS = [...LATER_HASH.keys()];
// Kept beside the whole app's files once they are used: a mark, never a page or a file of the copy.
const USED = new URL("./.full-cup-whole-used", self.registration.scope).href;
const INDEX = new URL("./", self.registration.scope).href;
// How long a fetch of config.json may take before the copy on the device (or nothing) is used.
const CONFIG_WAIT_MS = 2500;

const WASM_MAGIC = [0x00, 0x61, 0x73, 0x6d];

/** Throws unless `response` is really the file `url` of this build. */
async function check(url, response) {
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  const type = (response.headers.get("content-type") || "").toLowerCase();
  if (url.endsWith(".wasm")) {
    const bytes = new Uint8Array(await response.clone().arrayBuffer());
    if (!WASM_MAGIC.every((b, i) => bytes[i] === b)) throw new Error(`${url}: not WebAssembly`);
  } else if (/\.(js|css|json|svg|webmanifest)$/.test(url) && type.includes("text/html")) {
    throw new Error(`${url}: a web page where a file should be`);
  }
  if (url === INDEX) {
    // The page must be the one these files belong to.
    const html = await response.clone().text();
    for (const name of FILES) {
      if (/\.(js|css)$/.test(name) && !html.includes(name.slice(2))) {
        throw new Error(`the page does not load ${name}: another version`);
      }
    }
  }
}

// A file whose name carries its content's hash (Trunk's "name-<hash>.js", "name-<hash>_bg.wasm"):
// the same name is the same bytes, so the copy the page has just downloaded will do. Trunk writes
// the hash as a number in hexadecimal without leading zeros: usually 16 digits, sometimes fewer.
const HASHED = /-[0-9a-f]{8,}(_bg)?\.[a-z]+$/;

/**
 * A file of this copy from its host, and only from there: a redirect to another site (a host's
 * page for a path it does not have, a login, a moved domain) is a failed fetch. The page's policy
 * (`connect-src 'self'`) stops such a request before it is sent; it does not bind this worker.
 */
const own = (url, init) => fetch(url, { ...init, mode: "same-origin", referrerPolicy: "no-referrer" });

/** The page: at "./", or at "./index.html" on a host that serves only the file name. Always asked
 *  of the host (a 304 when unchanged), since its name says nothing of its version. */
async function fetchPage() {
  const response = await own(INDEX, { cache: "no-cache" });
  return response.ok ? response : own(INDEX + "index.html", { cache: "no-cache" });
}

/**
 * One file of this build, checked. A hashed file comes from the browser's own cache when the page
 * has just downloaded it, so a first visit sends the app across the network once, not twice; should
 * that copy fail its check, it is fetched afresh once. Any other file is asked of the host (a 304
 * when unchanged).
 */
async function fetchChecked(url) {
  // A connection that drops is tried once more; a wrong file is not.
  const get = (cache) => {
    const once = () => (url === INDEX ? fetchPage() : own(url, { cache }));
    return once().catch(once);
  };
  if (HASHED.test(url)) {
    try {
      const response = await get("force-cache");
      await check(url, response);
      return response;
    } catch {
      // A bad copy in the browser's cache, or none that was good: the network decides.
    }
    const response = await get("reload");
    await check(url, response);
    return response;
  }
  const response = await get("no-cache");
  await check(url, response);
  return response;
}

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    try {
      await Promise.all(FILES.map(async (file) => {
        const url = new URL(file, self.registration.scope).href;
        try {
          let response = await fetchChecked(url);
          // A page reached through a redirect cannot answer a navigation: keep its body and headers.
          if (response.redirected) response = new Response(await response.blob(), { headers: response.headers });
          await cache.put(url, response);
        } catch (e) {
          if (!OPTIONAL.test(url)) throw e;
        }
      }));
      // The whole app, where a version before this one had kept it: best effort, never a reason
      // to keep an old version.
      if (LATER_URLS.length && (await caches.match(USED))) {
        // Marked first: a fetch that fails here must not make later versions forget it was used.
        await cache.put(USED, new Response(""));
        try {
          for (const url of LATER_URLS) await cache.put(url, await fetchLater(url));
        } catch {
          // Fetched again on first use.
        }
      }
      // This copy's config.json, where no copy is kept yet (under any name): on a first visit the
      // page read it before this worker controlled the page, so without this a next visit
      // offline would start without a trainer's own contacts and lines. A kept copy is left to
      // `config`, which refreshes it as the page reads it. Best effort, never through a redirect
      // (which could lead to another site), and never for long.
      try {
        if (!(await caches.match(CONFIG))) {
          const response = await askConfig(CONFIG_WAIT_MS);
          if (response.ok) await (await caches.open(CONFIG_CACHE)).put(CONFIG, response);
        }
      } catch {
        // Offline, or no space: read through the worker next time, as before.
      }
    } catch (e) {
      // Not this version, then: nothing of it is kept, and the one on the device stays.
      await caches.delete(CACHE);
      // A device short of space never takes a new version (one that corrects a crisis line, say):
      // the pages open are told, so that the person knows and can free some.
      if (e && e.name === "QuotaExceededError") {
        const open = await self.clients.matchAll({ type: "window", includeUncontrolled: true });
        for (const client of open) client.postMessage("no-space");
      }
      throw e;
    }
  })());
});

self.addEventListener("message", (event) => {
  if (event.data === "take-over") self.skipWaiting();
  // The whole app loaded while this worker did not control the page (a first visit before it was
  // active, or a first visit to this language under the root's worker): it is kept now from what
  // the page downloaded, never fetched again for it.
  // "keep-whole N": the page made N tries (plain "keep-whole": one).
  const keep = typeof event.data === "string" && /^keep-whole(?: ([0-9]{1,3}))?$/.exec(event.data);
  if (keep) event.waitUntil(keepFromPage(Number(keep[1] ?? 1)).catch(() => {}));
});

// Caches named before names carried the scope: "full-cup-<build>" and "full-cup-settings".
const OLD_NAME = /^full-cup-([0-9a-f]{12}|settings)$/;

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    const keys = await caches.keys();
    // A trainer's config.json kept under the old name comes along, so the first offline start
    // after this update still has their contacts and lines.
    for (const old of ["full-cup-settings", OWN_CONFIG_CACHE]) {
      if (old === CONFIG_CACHE || !keys.includes(old)) continue;
      const kept = await (await caches.open(old)).match(CONFIG);
      const settings = await caches.open(CONFIG_CACHE);
      if (kept && !(await settings.match(CONFIG))) await settings.put(CONFIG, kept);
    }
    await Promise.all(keys
      .filter((k) => (k.startsWith(PREFIX) && k !== CACHE && k !== CONFIG_CACHE) || OLD_NAME.test(k))
      .map((k) => caches.delete(k)));
    await self.clients.claim();
  })());
});

/** The integrity hash of a response's bytes, as a page writes it. */
async function sha384(response) {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-384", await response.clone().arrayBuffer()));
  return "sha384-" + btoa(String.fromCharCode(...digest));
}

/** One of the whole app's files, checked against its hash: once more from the network if the copy
 *  at hand is not it, and never kept if that is not it either. */
async function fetchLater(url) {
  const first = await fetchChecked(url);
  if ((await sha384(first)) === LATER_HASH.get(url)) return first;
  const again = await own(url, { cache: "reload" });
  await check(url, again);
  if ((await sha384(again)) !== LATER_HASH.get(url)) throw new Error(`${url}: not the file this version names`);
  return again;
}

/** One of the whole app's files: from this version's cache, else fetched, checked and kept. */
async function later(url) {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(url);
  if (hit) return hit;
  const response = await fetchLater(url);
  try {
    await cache.put(url, response.clone());
    await cache.put(USED, new Response(""));
  } catch {
    // A device short of space: the file still reaches the page, and is fetched again next time.
  }
  return response;
}

/** The whole app's files as the page downloaded them (the browser's own cache, never the
 *  network), each checked against this version's hash: kept as on first use. The page made
 *  `tries` tries: try k (counted from 0) asked for `?try=k`, the first for the plain address
 *  (static/early.js); the newest is looked for first, and any try's copy is the same file once
 *  its hash is this version's. A file the browser no longer holds is left to the next use, which
 *  fetches it through here. */
async function keepFromPage(tries) {
  const cache = await caches.open(CACHE);
  for (const url of LATER_URLS) {
    if (await cache.match(url)) continue;
    for (let n = Math.max(tries, 1) - 1; n >= 0; n--) {
      let response;
      try {
        response = await own(n ? `${url}?try=${n}` : url, { cache: "only-if-cached" });
      } catch {
        continue;
      }
      if (!response.ok || (await sha384(response)) !== LATER_HASH.get(url)) continue;
      await cache.put(url, response);
      await cache.put(USED, new Response(""));
      break;
    }
  }
}

/**
 * This copy's config.json from its host: never through a redirect, which could lead to another
 * site (a login page, a CDN) that the page's policy does not bind the worker from, and, where
 * `wait` is given, for at most that long. A redirect is a failed fetch: the copy kept stays.
 */
function askConfig(wait) {
  const stop = new AbortController();
  const timer = wait && setTimeout(() => stop.abort(), wait);
  return own(CONFIG, { cache: "no-cache", redirect: "error", signal: stop.signal })
    .finally(() => clearTimeout(timer));
}

/** config.json: the copy on the device at once, refreshed in the background. */
async function config() {
  const cache = await caches.open(CONFIG_CACHE);
  const kept = await cache.match(CONFIG);
  const fresh = askConfig().then(async (response) => {
    if (response.ok) await cache.put(CONFIG, response.clone());
    else if (response.status === 404) await cache.delete(CONFIG);
    return response;
  });
  if (kept) {
    fresh.catch(() => {});
    return kept;
  }
  // Nothing kept yet: the network, but never for long.
  const timeout = new Promise((resolve) =>
    setTimeout(() => resolve(new Response("", { status: 504 })), CONFIG_WAIT_MS),
  );
  return Promise.race([fresh.catch(() => new Response("", { status: 504 })), timeout]);
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  // Asked of the host itself, never of a kept copy: For trainers building this copy's SCORM
  // package wants the copy as it is online now (src/ui/device/package.rs).
  if (request.cache === "no-store") return;
  url.hash = "";
  const bare = url.origin + url.pathname;
  if (bare === CONFIG) {
    event.respondWith(config());
    return;
  }
  if (LATER_URLS.includes(bare)) {
    event.respondWith(later(bare));
    return;
  }
  const page = bare === INDEX || bare === INDEX + "index.html";
  event.respondWith(
    caches.open(CACHE)
      .then((cache) => cache.match(page ? INDEX : bare))
      // Not kept (another language's build, a probe of the host): asked of the host, never
      // through a redirect to another site. A navigation may go where the host sends it, as the
      // address bar then shows.
      .then((hit) => hit || fetch(request.mode === "navigate" ? request : new Request(request, { mode: "same-origin", referrerPolicy: "no-referrer" }))),
  );
});
