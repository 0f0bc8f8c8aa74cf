/* The page's own script, loaded by every page:
 * - Code folds (hooks/fold.py folds long and figure-only programs): the
 *   "Show all code" switch, remembered across pages, and every fold opened
 *   for printing.
 * - Run it here: Run and Edit buttons under every Python example, and the
 *   controls of explorable figures. This part is all a page loads before the
 *   reader asks for Python; the first press (or move of a control) loads
 *   run-ui.js, which starts Pyodide from this site.
 * Without JavaScript the page keeps its static code, output and figures, the
 * folds open and close as plain <details>, and the controls stay hidden.
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
    toggle.parentNode.hidden = false;
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
  var blocks = document.querySelectorAll(".md-content .language-python.highlight, .md-content .jp-CodeCell .highlight");
  [].forEach.call(blocks, function (block) {
    if (block.closest("[data-norun]")) return;
    var bar = document.createElement("div");
    bar.className = "run-bar";
    ["Run", "Edit"].forEach(function (name) {
      var button = bar.appendChild(document.createElement("button"));
      button.type = "button";
      button.className = "md-button run-" + name.toLowerCase();
      button.textContent = name;
    });
    // After the fold, if the program is folded: it runs without being opened.
    (block.closest(".jp-Cell-inputWrapper") || block.closest("details.code-fold") || block)
      .insertAdjacentElement("afterend", bar);
    bar.addEventListener("click", function first(event) {
      var button = event.target.closest("button");
      if (!button) return;
      bar.removeEventListener("click", first);
      ui().then(function (run) { run.setUp(block, bar); button.click(); });
    });
  });
  [].forEach.call(document.querySelectorAll("form.explore"), function (form) {
    form.hidden = false;
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
