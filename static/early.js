// Full Cup before its app has started: the welcome screen is already in the page (written at
// build time from the same content), and this keeps its two promises until the app takes over.
// A press on Start (or on a link) is remembered, and the app carries it out as soon as it is
// ready; Exit
// (or Shift pressed three times) leaves at once, to the neutral page. Once the app is up, the
// welcome written at build time is gone and this does nothing.
(() => {
  const early = () => document.getElementById("prerender");
  const leave = () => {
    const exit = document.querySelector("#prerender [data-exit]");
    document.body.textContent = "";
    location.replace(exit ? exit.dataset.exit : "https://www.google.com/");
  };
  addEventListener("click", (event) => {
    if (!early() || !(event.target instanceof Element)) return;
    if (event.target.closest("[data-exit]")) {
      leave();
      return;
    }
    // The last press wins: a check-in to start, or a page to open.
    const pressed = event.target.closest("[data-start], [data-open]");
    if (pressed) {
      window.fullCupStart = pressed.dataset.start ?? pressed.dataset.open;
      for (const b of document.querySelectorAll("#prerender [data-start], #prerender [data-open]")) {
        b.classList.toggle("pressed", b === pressed);
      }
    }
  }, true);
  let presses = [];
  addEventListener("keydown", (event) => {
    if (!early() || event.key !== "Shift" || event.repeat) return;
    const now = performance.now();
    presses = [...presses.filter((t) => now - t < 1500), now];
    if (presses.length >= 3) leave();
  }, true);
})();
