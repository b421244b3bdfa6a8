// Full Cup: the choice of each language's build, before anything else of the page loads. Each
// language is a build of its own (English at the copy's root, the others in folders named by their
// tag), so a visitor downloads only the language they read. The `lang` option of the address
// wins; on the root page, the browser's first language Full Cup speaks comes next; a language's
// folder is itself a choice. A copy's default language (config.json) is applied by the app once
// it has read the file (Settings::language holds the whole rule). Also gives the app
// `fullCupLanguage(tag)`, which loads that language's build keeping every option of the address.
// Written into each page at build time (scripts/postbuild.py); nothing is stored.
(function () {
  var html = document.documentElement;
  var here = html.lang;
  var spoken = (html.getAttribute("data-langs") || "en").split(" ");
  var primary = function (tag) { return String(tag || "").split(/[-_]/)[0].toLowerCase(); };
  var address = function (want, search) {
    var file = /\/index\.html$/.test(location.pathname) ? "index.html" : "";
    return (html.getAttribute("data-root") || "./") + (want === "en" ? "" : want + "/") + file + search + location.hash;
  };
  // A host that answers a missing folder with the root page must not send a person round and round.
  var there = function (want) {
    return want !== "en" && new RegExp("/" + want + "/(index\\.html)?$").test(location.pathname);
  };
  window.fullCupLanguage = function (want, chosen) {
    if (spoken.indexOf(want) < 0 || want === here || there(want)) return false;
    var kept = location.search.replace(/^\?/, "").split("&").filter(function (p) {
      return p && p.split("=")[0] !== "lang";
    });
    kept.push("lang=" + want);
    // Offline, a language never opened on this device cannot load: after a person's own choice,
    // Back must then lead back here, where the hand-over left for it brings everything back.
    var go = chosen && navigator.onLine === false ? "assign" : "replace";
    location[go](address(want, "?" + kept.join("&")));
    return true;
  };
  // Whether `want`'s build answers from here: its page comes back from the host, or from a copy a
  // service worker keeps on this device, and is that language's own (a host that answers a missing
  // folder with another page, or with a 404, does not count). The app asks before it moves a
  // person there, so that a language that cannot load never strands a check-in.
  window.fullCupReaches = function (want) {
    if (spoken.indexOf(want) < 0) return Promise.resolve(false);
    var url = new URL(address(want, ""), location.href);
    url.hash = "";
    var its = function (response) {
      if (!response || !response.ok) return false;
      return response.text().then(function (text) {
        return new RegExp("<html[^>]*\\slang=\"" + want + "\"").test(text);
      });
    };
    var kept = function () {
      if (typeof caches === "undefined") return false;
      return caches.match(url.href, { ignoreSearch: true }).then(its, function () { return false; });
    };
    // A host that has not answered in 30 seconds counts as not answering: the page stays (and a
    // whole app loading over it may take over) rather than waiting on a stalled network. The
    // request is stopped where the browser can; the answer no longer waits for it in any case.
    var stop = typeof AbortController === "function" ? new AbortController() : null;
    var timer = null;
    var late = typeof setTimeout === "function"
      ? new Promise(function (resolve) {
        timer = setTimeout(function () { if (stop) stop.abort(); resolve(false); }, 30000);
      })
      : null;
    var done = function (answer) { if (timer !== null) clearTimeout(timer); return answer; };
    var asked = fetch(url.href, stop ? { cache: "no-cache", signal: stop.signal } : { cache: "no-cache" }).then(its);
    return (late ? Promise.race([asked, late]) : asked)
      .then(function (yes) { return done(yes) || kept(); }, function () { done(false); return kept(); });
  };
  // This tab found a language's folder missing from the copy (below): it is not sent there again
  // on its own; the app still asks, and goes once the folder is there.
  var UNREACHED = "fullcup.unreached";
  var missing = "";
  try { missing = sessionStorage.getItem(UNREACHED) || ""; } catch (e) { missing = ""; }
  // A language's folder asked for without its last slash ("/es"), on a host that serves the
  // folder's page there without redirecting: its files would be looked for one folder up. The
  // same page, at its folder's address.
  if (here !== "en" && new RegExp("/" + here + "$").test(location.pathname)) {
    location.replace(location.pathname + "/" + location.search + location.hash);
    return;
  }
  var want = null;
  // The first `lang` parameter only, decoded, as the app reads it (storage::url_options::parse).
  var asked = null;
  var params = location.search.replace(/^\?/, "").split("&");
  for (var k = 0; k < params.length && asked === null; k++) {
    if (params[k].split("=")[0] === "lang") asked = params[k].slice("lang=".length);
  }
  if (asked !== null) {
    try { want = primary(decodeURIComponent(asked)); } catch (e) { want = null; }
    if (spoken.indexOf(want) < 0) want = null;
  }
  if (!want && here === "en") {
    var tags = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language];
    for (var i = 0; i < tags.length && !want; i++) {
      if (spoken.indexOf(primary(tags[i])) >= 0) want = primary(tags[i]);
    }
  }
  if (want && want !== here && !there(want) && want !== missing) location.replace(address(want, location.search));
  // The root page, at another language's folder: a host that answers a missing folder with the
  // root page (an unfinished upload, a deploy under way). Its files would not load from here; if
  // the folder's own files are not there either, the tab goes back to the root and remembers.
  // The file asked for is one this page names and every copy holds: the whole app's script
  // (named above, in the page's head, for its bytes; the manifest only where none is named).
  for (var j = 0; j < spoken.length; j++) {
    var folder = spoken[j];
    if (here !== "en" || !there(folder)) continue;
    var named = document.querySelector('meta[name="full-cup-whole"]');
    var probe = named ? named.getAttribute("content").split(" ")[0] : "manifest.webmanifest";
    fetch(probe, { method: "HEAD", cache: "no-cache" }).then(function (response) {
      var type = response.headers.get("content-type") || "";
      if (response.ok && type.indexOf("html") < 0) return;
      sessionStorage.setItem(UNREACHED, folder);
      var root = location.pathname.replace(new RegExp(folder + "/(index\\.html)?$"), function (m, file) { return file || ""; });
      location.replace(root + location.search + location.hash);
    }).catch(function () { /* offline, or storage refused: the page stays as it is */ });
    break;
  }
  // A page brought back whole by Back (the browser's back-forward cache) may have been on its way
  // to another language: it starts afresh from what the tab holds.
  addEventListener("pageshow", function (event) {
    if (event.persisted) location.reload();
  });
})();
