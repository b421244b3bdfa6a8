// Full Cup before its app has started: the welcome screen and the first page of each check-in
// are already in the page (written at build time from the same content), and this keeps them
// working until the app takes over. Start shows the first page at once; answers given there, a
// press on Next or on a link are remembered, and the app carries them on as soon as it is ready.
// Exit (or Shift pressed three times) leaves at once, to the neutral page. Once the app is up,
// what was written at build time is gone and this does nothing.
(() => {
  const early = () => document.getElementById("prerender");
  const kept = (window.fullCupEarly = { press: null, length: null, answers: {}, next: false });
  const leave = () => {
    const exit = document.querySelector("#prerender [data-exit]");
    document.body.textContent = "";
    location.replace(exit ? exit.dataset.exit : "https://www.google.com/");
  };
  const show = (length) => {
    const root = early();
    root.querySelector(".screen.welcome").hidden = length !== null;
    for (const form of root.querySelectorAll("form[data-page]")) form.hidden = form.dataset.page !== length;
    const heading = root.querySelector(length ? `form[data-page="${length}"] h1` : ".screen.welcome h1");
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
    }
  };
  addEventListener("click", (event) => {
    if (!early() || !(event.target instanceof Element)) return;
    const target = event.target;
    if (target.closest("[data-exit]")) {
      leave();
    } else if (target.closest("[data-start]")) {
      const length = target.closest("[data-start]").dataset.start;
      if (length !== kept.length) {
        // Another check-in: the answers given on the other one's first page do not come along.
        kept.answers = {};
        for (const form of early().querySelectorAll("form[data-page]")) form.reset();
      }
      kept.press = kept.length = length;
      kept.next = false;
      show(length);
    } else if (target.closest("[data-back]")) {
      kept.press = null;
      show(null);
    } else if (target.closest("[data-next]")) {
      kept.next = true;
      target.closest("[data-next]").classList.add("pressed");
    } else if (target.closest("[data-open]")) {
      kept.press = target.closest("[data-open]").dataset.open;
      for (const b of document.querySelectorAll("#prerender [data-open]")) b.classList.toggle("pressed", b.dataset.open === kept.press);
    }
  }, true);
  addEventListener("change", (event) => {
    const input = event.target;
    if (early() && input instanceof HTMLInputElement && input.type === "radio") kept.answers[input.name] = input.value;
  }, true);
  let presses = [];
  addEventListener("keydown", (event) => {
    if (!early() || event.key !== "Shift" || event.repeat) return;
    const now = performance.now();
    presses = [...presses.filter((t) => now - t < 1500), now];
    if (presses.length >= 3) leave();
  }, true);
})();
