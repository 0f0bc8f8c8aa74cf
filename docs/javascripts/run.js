/* Run it here: Run and Edit buttons under every Python example, and the
 * controls of explorable figures. This part is all a page loads before the
 * reader asks for Python; the first press (or move of a control) loads
 * run-ui.js, which starts Pyodide from this site. Without JavaScript the page
 * keeps its static code, output and figures, and the controls stay hidden.
 */
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
    (block.closest(".jp-Cell-inputWrapper") || block).insertAdjacentElement("afterend", bar);
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
