// Full Cup before its app has started. The welcome screen, the first page of each check-in and
// Get help now are already in the page (written at build time from the same content), and this
// keeps them working until the app takes over: Start shows the first page at once; answers given
// there, Next and a press on a link are kept (window.fullCupEarly), and the app carries them on as
// soon as it is ready; Get help now shows the crisis lines at once; Exit (or Shift pressed three
// times) leaves at once, to the neutral page. Once the app is up, what was written at build time
// is gone and this does nothing. Loaded async: it needs nothing but the events it listens for.
(() => {
  // The whole app (My history and the trainers' pages), loaded over the first-visit build the
  // first time a person opens one of them (src/ui/device/whole.rs): its script and wasm, named in
  // the page with their integrity hashes at build time (scripts/postbuild.py). Resolves with the
  // function that lets it take over, once it has started and says it is ready; fails when a file
  // cannot be fetched or fails its check, or after a minute without an answer. A later try asks
  // for the files afresh (a browser may keep a failed import for the page's life). One that
  // arrives after its try was given up on (a slow link), with no later try waiting for it, is
  // kept for the next try, which then needs no download of its own, and the page is told
  // ("fullcupwhole": the loading screen, if showing, tries again with it).
  const WHOLE_WAIT_MS = 60000;
  let whole = null;
  let tries = 0;
  let late = null;
  // Loaded while this folder's own worker did not control the page (a first visit before the
  // worker was active, or a first visit to this language under the root's worker, whose list
  // is another build's): once `loaded` resolves, this folder's worker is asked to keep it too,
  // from what the page downloaded, as soon as it is active, so that it opens offline from then on.
  // The worker is told how many tries were made, so that it looks for a retry's own addresses
  // (`?try=N`) in the browser's cache as well as the plain ones.
  const keepWhole = (loaded) => {
    const workers = navigator.serviceWorker;
    const ownWorker = new URL("sw.js", location.href).href;
    const packaged = document.querySelector('meta[name="full-cup-package"]');
    if (!workers || packaged || (workers.controller && workers.controller.scriptURL === ownWorker)) return;
    const ask = (registration) => {
      const worker = registration.active;
      // Plain after a first try, as a worker of an older version understands it; at most 999.
      if (worker) return worker.postMessage(tries > 1 ? `keep-whole ${Math.min(tries, 999)}` : "keep-whole");
      const coming = registration.installing || registration.waiting;
      if (coming) coming.addEventListener("statechange", () => ask(registration), { once: true });
    };
    // Registering the same script again only finds this folder's registration (the app
    // registered it as it started; never in an LMS package, which has no worker).
    loaded.then(() => workers.register("sw.js").then(ask), () => {}).catch(() => {});
  };
  window.fullCupLoadWhole = () => {
    if (whole) return whole;
    let mine;
    // Its take-over, once: should it fail, the next try loads the whole app afresh.
    const guarded = (take) => (given) => {
      try {
        return take(given);
      } catch (e) {
        if (whole === mine) whole = null;
        throw e;
      }
    };
    if (late) {
      mine = whole = Promise.resolve(guarded(late));
      late = null;
    } else {
      const named = document.querySelector('meta[name="full-cup-whole"]');
      const [script, scriptHash, wasm, wasmHash] = named ? named.content.split(" ") : [];
      const again = tries ? `?try=${tries}` : "";
      tries += 1;
      mine = whole = new Promise((resolve, reject) => {
        if (!script || !wasm) throw new Error("this page names no whole app");
        // Settled once: by the whole app saying it is ready, or by giving up on it.
        let settled = false;
        const fail = (e) => {
          settled = true;
          reject(e);
        };
        window.fullCupWholeReady = (take) => {
          if (!settled) {
            settled = true;
            return resolve(guarded(take));
          }
          late = take;
          keepWhole(Promise.resolve());
          window.dispatchEvent(new Event("fullcupwhole"));
        };
        setTimeout(() => fail(new Error("the whole app took too long")), WHOLE_WAIT_MS);
        for (const old of document.querySelectorAll("link[data-whole]")) old.remove();
        const preload = document.createElement("link");
        preload.dataset.whole = "";
        preload.rel = "modulepreload";
        preload.href = script + again;
        preload.integrity = scriptHash;
        document.head.append(preload);
        import(script + again)
          .then((glue) => glue.default({ module_or_path: fetch(wasm + again, { integrity: wasmHash }) }))
          // Started, but never said it was ready: it cannot take over.
          .then(() => fail(new Error("the whole app did not start")), fail);
      });
    }
    mine.catch(() => { if (whole === mine) whole = null; });
    keepWhole(mine);
    return mine;
  };

  const early = () => document.getElementById("prerender");
  const kept = (window.fullCupEarly = { start: null, open: null, answers: {}, next: false, lang: null });
  // The address asked for a page the app opens once it is ready (set in `ready`).
  let waiting = false;

  // What was done here is also kept for the tab (storage::session::EARLY_KEY), so that a reload
  // before the app is ready loses nothing this page promised to keep; never in an LMS package,
  // whose tab storage belongs to the LMS's site. The app reads it once and removes it.
  const keepKey = () => {
    const root = early();
    return root && !document.querySelector('meta[name="full-cup-package"]') ? root.dataset.earlyKey : null;
  };
  let gone = false;
  const save = () => {
    const key = keepKey();
    if (gone) return;
    try { if (key) sessionStorage.setItem(key, JSON.stringify(kept)); } catch (_) { /* storage refused */ }
  };

  const leave = () => {
    gone = true;
    const root = early();
    const exit = root && root.querySelector("[data-exit]");
    // The Exit link's own address (written at build time from settings::DEFAULT_EXIT_URL): this
    // script names none of its own. Without it, a blank page still takes every word away.
    const url = (exit && exit.getAttribute("href")) || "about:blank";
    try {
      sessionStorage.removeItem((root && root.dataset.sessionKey) || "fullcup.progress");
      sessionStorage.removeItem((root && root.dataset.handoverKey) || "fullcup.handover");
      sessionStorage.removeItem((root && root.dataset.countryKey) || "fullcup.country");
      sessionStorage.removeItem((root && root.dataset.earlyKey) || "fullcup.early");
    } catch (_) { /* storage refused: nothing kept */ }
    document.body.textContent = "";
    try {
      // In a frame, the whole tab leaves where the course page allows it...
      if (window.top !== window) window.top.location.replace(url);
    } catch (_) { /* the course page will not let its tab go */ }
    // ...and the frame leaves in any case (a browser may refuse the tab without saying so).
    location.replace(url);
  };

  const say = (loading) => {
    const root = early();
    const status = root && root.querySelector("[data-status]");
    if (status) status.textContent = loading ? root.dataset.loading : "";
  };

  // Waiting for the page the address asked for: the welcome is not offered in its place, and
  // Full Cup says it is loading (with focus there, after Back from help).
  const wait = (focus) => {
    const root = early();
    root.querySelector(".screen.welcome").hidden = true;
    say(true);
    const status = root.querySelector("[data-status]");
    if (focus && status) {
      status.tabIndex = -1;
      status.focus();
    }
  };

  const unpress = () => {
    for (const b of early().querySelectorAll(".pressed")) b.classList.remove("pressed");
  };

  const show = (page) => {
    const root = early();
    root.querySelector(".screen.welcome").hidden = page !== null;
    for (const p of root.querySelectorAll("[data-page]")) p.hidden = p.dataset.page !== page;
    const heading = root.querySelector(page ? `[data-page="${page}"] h1` : ".screen.welcome h1");
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
    }
  };

  addEventListener("click", (event) => {
    if (!early() || !(event.target instanceof Element)) return;
    const target = event.target;
    // Kept once this press has been carried out here.
    setTimeout(save, 0);
    if (target.closest("[data-exit]")) {
      event.preventDefault();
      leave();
    } else if (target.closest("[data-start]")) {
      const length = target.closest("[data-start]").dataset.start;
      if (length !== kept.start) {
        // Another check-in: the answers given on the other one's first page do not come along.
        kept.answers = {};
        for (const form of early().querySelectorAll("form[data-page]")) form.reset();
      }
      kept.start = length;
      kept.open = null;
      kept.next = false;
      unpress();
      say(false);
      show(length);
    } else if (target.closest("[data-back]")) {
      // Back from help returns to where help was opened; back from a first page leaves the
      // check-in (and any page asked for on it).
      if (kept.open !== "help") kept.start = null;
      kept.open = null;
      kept.next = false;
      unpress();
      say(false);
      show(kept.start);
      // Back from help to the page the address asked for, still loading.
      if (waiting && !kept.start) wait(true);
    } else if (target.closest("[data-next]")) {
      kept.next = true;
      target.closest("[data-next]").classList.add("pressed");
      say(true);
    } else if (target.closest("[data-open]")) {
      kept.open = target.closest("[data-open]").dataset.open;
      if (kept.open === "help") {
        // Help is whole here: nothing it waits for (the page asked for comes back with Back).
        if (waiting) say(false);
        show("help");
      } else {
        for (const b of early().querySelectorAll("[data-open]")) b.classList.toggle("pressed", b.dataset.open === kept.open);
        say(true);
      }
    }
  }, true);

  addEventListener("change", (event) => {
    const input = event.target;
    if (early() && input instanceof HTMLInputElement && input.type === "radio") {
      kept.answers[input.name] = input.value;
      save();
    }
    // Another language: its build is loaded as soon as the app has taken the rest over, so that
    // the answers come along.
    if (early() && input instanceof HTMLSelectElement && input.hasAttribute("data-language")) {
      kept.lang = input.value;
      save();
      say(true);
    }
  }, true);

  // The same rule as the app's (ui::state::ShiftCounter, written into the page at build time):
  // this many presses within the window, counted inclusively; any other key breaks the sequence.
  let presses = [];
  addEventListener("keydown", (event) => {
    const root = early();
    if (!root || event.repeat) return;
    if (event.key !== "Shift") {
      presses = [];
      return;
    }
    const needed = Number(root.dataset.shiftPresses) || 3;
    const span = Number(root.dataset.shiftWindow) || 1500;
    const now = performance.now();
    presses = [...presses.filter((t) => now - t <= span && now >= t), now];
    if (presses.length >= needed) leave();
  }, true);

  // After a reload before the app was ready: what was kept is shown again, as it was left.
  const restore = () => {
    const root = early();
    const key = keepKey();
    let saved = null;
    try { saved = key && JSON.parse(sessionStorage.getItem(key) || "null"); } catch (_) { saved = null; }
    if (!root || !saved || typeof saved !== "object") return;
    const text = (v) => (typeof v === "string" ? v : null);
    kept.start = text(saved.start);
    kept.open = text(saved.open);
    kept.next = saved.next === true;
    kept.lang = text(saved.lang);
    kept.answers = {};
    const form = kept.start && root.querySelector(`form[data-page="${CSS.escape(kept.start)}"]`);
    if (kept.start && !form) kept.start = null;
    for (const [name, value] of Object.entries(saved.answers || {})) {
      const radio = form && form.querySelector(`input[name="${CSS.escape(name)}"][value="${CSS.escape(String(value))}"]`);
      if (radio) {
        radio.checked = true;
        kept.answers[name] = radio.value;
      }
    }
    if (kept.open === "help") show("help");
    else if (kept.start) show(kept.start);
    const language = root.querySelector("select[data-language]");
    if (kept.lang && language) language.value = kept.lang;
    if (kept.next && form) form.querySelector("[data-next]")?.classList.add("pressed");
    if (kept.next || kept.lang || (kept.open && kept.open !== "help")) say(true);
  };

  const ready = () => {
    restore();
    const root = early();
    // What another language's build left in this tab, if anything (storage::handover).
    let record = null;
    try { record = root && sessionStorage.getItem(root.dataset.handoverKey); } catch (_) { record = null; }
    // The address asks for Get help now (?open=help, the installed app's shortcut): shown at once,
    // unless something was pressed here already or another language's build left where the
    // person was. The first "open" counts, as for the app (storage::url_options), which opens
    // the other pages it names once it is ready.
    const pairs = location.search.replace(/^\?/, "").split("&");
    const named = (name) => pairs.filter((p) => p.split("=")[0] === name);
    const open = named("open")[0];
    if (open === "open=help" && !kept.start && !kept.open && !record && root) {
      kept.open = "help";
      show("help");
      save();
    }
    // Not in a frame: the plain-HTML way out for frames that cannot run the app is never needed.
    const fallback = document.getElementById("frame-fallback");
    if (window.top === window && fallback) fallback.remove();
    // In a frame sandboxed without allow-same-origin the page's origin is opaque ("null"), and the
    // browser refuses the app's script: it can never start. Said at the top, at once, with the
    // address to open on its own and what the course page needs; nothing promises to carry on.
    if (window.top !== window && window.origin === "null" && fallback && root) {
      fallback.classList.add("blocked");
      const address = fallback.querySelector("[data-address]");
      const link = fallback.querySelector("a[href]");
      if (address && link) address.textContent = link.href;
      root.before(fallback);
      root.dataset.loading = root.dataset.blocked;
    }
    // Another page the address asks for (?open=now, class mode…), on the same terms: the app
    // opens it once it is ready (or, where it may not, its own welcome), and until then the
    // welcome is not offered in its place, only the header, Exit and the word that Full Cup is
    // loading. The pairs are the app's own (storage::url_options::pages_asked, written into the
    // page at build time); the first "open" counts, as for the app, and class mode unless that
    // first "open" is help (the app lets the last "class" count; a page that also turns class mode
    // off says it is loading, then shows the app's welcome). Not in a frame that can never run
    // the app: its first pages can still be read there.
    const waits = ((root && root.dataset.pagesAsked) || "").split(" ");
    const page = open && open !== "open=help" && waits.includes(open);
    const classMode = open !== "open=help" && named("class").some((p) => waits.includes(p));
    const blocked = fallback && fallback.classList.contains("blocked");
    if ((page || classMode) && !blocked && !kept.start && !kept.open && !record && root) {
      waiting = true;
      wait(false);
    }
    // Just arrived from another language with something under way (a check-in, or a screen other
    // than the welcome): the welcome shows only until the app brings it back, and says so. A copy
    // that sends an untouched welcome to its default language has nothing to carry on.
    // The record's second line, by the names of its fields (storage::handover::FIELDS).
    const names = ((root && root.dataset.handoverFields) || "").split(" ");
    const values = ((record || "").split("\n")[1] || "").split("\t");
    const field = (name) => (names.indexOf(name) >= 0 ? values[names.indexOf(name)] : undefined);
    const screen = field("screen");
    if (record && (field("carries") === "1" || (screen && screen !== "welcome"))) say(true);
  };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", ready);
  else ready();
})();
