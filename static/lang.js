// Full Cup: loads the build of the language asked for, before anything else of the page loads.
// Each language is a build of its own (English at the copy's root, the others in folders named by
// their tag), so a visitor downloads only the language they read. The `lang` option of the
// address wins; on the root page, the browser's first language Full Cup speaks comes next. A
// copy's default language (config.json) is applied by the app once it has read the file. Written
// into each page at build time (scripts/postbuild.py); nothing is stored.
(function () {
  var html = document.documentElement;
  var here = html.lang;
  var spoken = (html.getAttribute("data-langs") || "en").split(" ");
  var primary = function (tag) { return String(tag || "").split(/[-_]/)[0].toLowerCase(); };
  var want = null;
  var asked = /(?:^|[?&])lang=([^&#]*)/.exec(location.search);
  if (asked) {
    try { want = primary(decodeURIComponent(asked[1])); } catch (e) { want = null; }
    if (spoken.indexOf(want) < 0) want = null;
  } else if (here === "en") {
    var tags = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language];
    for (var i = 0; i < tags.length && !want; i++) {
      if (spoken.indexOf(primary(tags[i])) >= 0) want = primary(tags[i]);
    }
  }
  if (!want || want === here) return;
  var file = /\/index\.html$/.test(location.pathname) ? "index.html" : "";
  location.replace((html.getAttribute("data-root") || "./") + (want === "en" ? "" : want + "/") + file + location.search + location.hash);
})();
