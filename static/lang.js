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
  var want = null;
  var asked = /(?:^|[?&])lang=([^&#]*)/.exec(location.search);
  if (asked) {
    try { want = primary(decodeURIComponent(asked[1])); } catch (e) { want = null; }
    if (spoken.indexOf(want) < 0) want = null;
  }
  if (!want && here === "en") {
    var tags = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language];
    for (var i = 0; i < tags.length && !want; i++) {
      if (spoken.indexOf(primary(tags[i])) >= 0) want = primary(tags[i]);
    }
  }
  if (want && want !== here && !there(want)) location.replace(address(want, location.search));
  // A page brought back whole by Back (the browser's back-forward cache) may have been on its way
  // to another language: it starts afresh from what the tab holds.
  addEventListener("pageshow", function (event) {
    if (event.persisted) location.reload();
  });
})();
