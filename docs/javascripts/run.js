/* The page's own script, loaded by every page:
 * - Code folds (hooks/fold.py folds long and figure-only programs): the
 *   "Show all code" switch, remembered across pages, and every fold opened
 *   for printing.
 * - Run it here: Run and Edit buttons under every Python example, and the
 *   controls of explorable figures. This part is all a page loads before the
 *   reader asks for Python; the first press (or move of a control) loads
 *   run-ui.js, which starts Pyodide from this site.
 * The buttons, the switch and the controls are in the page as built; without
 * JavaScript the stylesheet hides them (extra.css, "no-js"), and the page
 * keeps its static code, output and figures, with folds that open and close
 * as plain <details>.
 */
(function () {
  "use strict";
  var KEY = "aitb.code";
  var folds = [].slice.call(document.querySelectorAll("details.code-fold"));
  var toggle = document.querySelector(".code-fold-toggle");
  if (!folds.length) return;
  function setAll(open, remember) {
    folds.forEach(function (fold) { fold.open = open; });
    if (toggle) {
      toggle.setAttribute("aria-pressed", open ? "true" : "false");
      toggle.textContent = open ? "Fold the long code" : "Show all code";
    }
    if (remember) {
      try { localStorage.setItem(KEY, open ? "shown" : "folded"); } catch (error) { /* storage off: this page only */ }
    }
  }
  var saved = null;
  try { saved = localStorage.getItem(KEY); } catch (error) { /* storage off */ }
  if (saved === "shown") setAll(true, false);
  if (toggle) {
    toggle.addEventListener("click", function () { setAll(toggle.getAttribute("aria-pressed") !== "true", true); });
  }
  // Printed, a page shows all its code; the folds close again afterwards.
  var reopen = [];
  window.addEventListener("beforeprint", function () {
    reopen = folds.filter(function (fold) { return !fold.open; });
    reopen.forEach(function (fold) { fold.open = true; });
  });
  window.addEventListener("afterprint", function () {
    reopen.forEach(function (fold) { fold.open = false; });
    reopen = [];
  });
})();

(function () {
  "use strict";
  var here = document.currentScript ? document.currentScript.src : location.href;
  var loading = null;
  function ui() {
    loading = loading || new Promise(function (resolve, reject) {
      var script = document.createElement("script");
      script.src = new URL("run-ui.js", here).href;
      script.onload = function () { resolve(window.aitbRun); };
      script.onerror = reject;
      document.head.appendChild(script);
    });
    return loading;
  }
  // The bars are in the page (hooks/runbars.py): each follows its example,
  // or the example's fold, or a notebook cell's input.
  function exampleOf(bar) {
    var before = bar.previousElementSibling;
    if (!before) return null;
    return before.matches(".highlight") ? before : before.querySelector(".highlight");
  }
  [].forEach.call(document.querySelectorAll(".md-content .run-bar"), function (bar) {
    var block = exampleOf(bar);
    if (!block) return;
    bar.addEventListener("click", function first(event) {
      var button = event.target.closest("button");
      if (!button) return;
      bar.removeEventListener("click", first);
      ui().then(function (run) { run.setUp(block, bar); button.click(); });
    });
  });
  [].forEach.call(document.querySelectorAll("form.explore"), function (form) {
    function first(event) {
      event.preventDefault();
      form.removeEventListener("input", first);
      form.removeEventListener("submit", first);
      ui().then(function (run) { run.setUpExplore(form); form.aitbUpdate(); });
    }
    form.addEventListener("input", first);
    form.addEventListener("submit", first);
  });
  document.documentElement.setAttribute("data-run-ready", "");
})();
