/* Run it here, the part loaded on the first press of Run (or the first move
 * of an explorable figure's control): editing, running, output, figures,
 * Stop and Reset. run.js, which every page loads, adds the buttons and loads
 * this file; this file starts run-worker.js, which starts Pyodide from this
 * site, and talks to it.
 */
(function () {
  "use strict";
  var here = document.currentScript ? document.currentScript.src : location.href;
  var css = document.createElement("link");
  css.rel = "stylesheet";
  css.href = new URL("../stylesheets/run.css", here).href;
  document.head.appendChild(css);
  var WORKER = new URL("run-worker.js", here).href;
  var worker = null;
  // The block whose edited code this worker has run. The page's own code (and
  // an explorable figure's) then gets a fresh worker, as does another block's
  // edited code: what a reader's edit changed cannot leak into anything else.
  var tainted = null;
  var runs = {};
  var next = 0;

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) { node.setAttribute(key, attrs[key]); });
    if (text) node.textContent = text;
    return node;
  }
  function codeOf(block) { return block.querySelector("code").textContent; }

  function startWorker() {
    worker = new Worker(WORKER);
    worker.onmessage = function (event) {
      var message = event.data;
      if (message.type === "ready") return;
      if (message.type === "failed") {
        var said = "Python could not start in this browser (" + message.text + "). The output recorded on "
          + "the page is what the example prints.\n";
        Object.keys(runs).forEach(function (id) { finish(runs[id], "error", said); });
        return stopWorker();
      }
      var run = runs[message.id];
      if (!run) return;
      if (message.type === "out" || message.type === "err") {
        run.text += message.text;
        if (message.type === "out") run.out += message.text;
        show(run, message.type, message.text);
      } else if (message.type === "file") {
        run.files.push(message);
        if (run.onFile) run.onFile(message); else figure(run, message);
      } else if (message.type === "done") {
        finish(run, message.status, "", message.limit);
      }
    };
  }
  function stopWorker() {
    if (worker) worker.terminate();
    worker = null;
    tainted = null;
  }

  function show(run, kind, text) {
    if (!run.pre) return;
    var last = run.pre.lastChild;
    if (!last || last.className !== kind) last = run.pre.appendChild(el("span", { class: kind }));
    last.textContent += text;
  }
  function figure(run, file) {
    var type = /\.svg$/i.test(file.name) ? "image/svg+xml" : "image/" + file.name.split(".").pop();
    var url = URL.createObjectURL(new Blob([file.data], { type: type }));
    var same = [].filter.call(document.querySelectorAll(".md-content img"), function (img) {
      return img.getAttribute("src").split("/").pop() === file.name;
    })[0];
    var alt = same ? same.alt + " (as drawn by your run)" : "Figure " + file.name + ", drawn by your run.";
    run.box.appendChild(el("img", { src: url, alt: alt, class: "run-figure" }));
  }

  // Start one run. The task: {block, cells, filename, explore, box, pre, status, onFile, onDone}.
  function run(task) {
    if (tainted && (!task.edited || tainted !== task.key)) stopWorker();
    if (task.edited) tainted = task.key;
    if (!worker) {
      startWorker();
      task.status.textContent = "Starting Python in this page (the first run downloads it once)…";
    } else {
      task.status.textContent = "Running…";
    }
    var id = ++next;
    task.id = id;
    task.text = "";
    task.out = "";
    task.files = [];
    task.started = performance.now();
    runs[id] = task;
    worker.postMessage({ id: id, cells: task.cells, filename: task.filename, explore: Boolean(task.explore) });
    return task;
  }
  function finish(task, status, extra, limit) {
    if (!runs[task.id]) return;
    delete runs[task.id];
    if (extra) show(task, "err", extra);
    var seconds = ((performance.now() - task.started) / 1000).toFixed(2);
    var words = { ok: "Finished in " + seconds + " s.", error: "Stopped with an error after " + seconds + " s.",
      cut: "Output cut after " + (limit || 0).toLocaleString("en") + " characters; the run was stopped.",
      stopped: "Stopped." }[status] || status;
    if (status === "ok" && task.expected !== undefined) {
      words += task.text === task.expected ? " Same output as recorded on this page."
        : " The output differs from the one recorded on this page.";
    }
    task.status.textContent = words;
    task.state = status;
    if (task.onDone) task.onDone(task, status);
  }
  function stopAll() {
    Object.keys(runs).forEach(function (id) { finish(runs[id], "stopped"); });
    stopWorker();
  }

  // --- Run buttons under the examples ---------------------------------------
  function recordedAfter(bar) {
    var node = bar.nextElementSibling;
    if (node && node.matches(".language-text.highlight")) return node.querySelector("code").textContent;
    return undefined;
  }
  function cellsFor(block) {
    var cell = block.closest(".jp-CodeCell");
    if (!cell) return [codeOf(block)];
    var all = [].slice.call(document.querySelectorAll(".jp-CodeCell .highlight"));
    return all.slice(0, all.indexOf(block) + 1).map(codeOf);
  }
  function setUp(block, bar) {
    var code = block.querySelector("code");
    var title = block.querySelector(".filename");
    var original = code.innerHTML;
    var originalText = code.textContent;
    var recorded = recordedAfter(bar);
    var buttons = { run: bar.querySelector(".run-run"), edit: bar.querySelector(".run-edit") };
    [["reset", "Reset"], ["stop", "Stop"]].forEach(function (pair) {
      var button = el("button", { type: "button", class: "md-button run-" + pair[0] }, pair[1]);
      buttons[pair[0]] = bar.appendChild(button);
    });
    var status = bar.appendChild(el("span", { class: "run-status", role: "status", "aria-live": "polite" }));
    buttons.reset.hidden = buttons.stop.hidden = true;
    var box = el("div", { class: "run-output", hidden: "" });
    var label = title ? title.textContent : "the Python example above";
    box.setAttribute("aria-label", "Output of " + label);
    var pre = box.appendChild(el("pre"));
    bar.insertAdjacentElement("afterend", box);
    var task = null;

    function edited() { return code.textContent !== originalText; }
    function edit(on) {
      if (on) {
        code.setAttribute("contenteditable", "plaintext-only");
        code.setAttribute("spellcheck", "false");
        code.setAttribute("role", "textbox");
        code.setAttribute("aria-multiline", "true");
        code.setAttribute("aria-label", "Code of " + label + ", editable");
        block.classList.add("run-editing");
        code.focus();
      } else {
        ["contenteditable", "role", "aria-multiline", "aria-label"].forEach(function (a) { code.removeAttribute(a); });
        block.classList.remove("run-editing");
      }
      buttons.edit.textContent = on ? "Done" : "Edit";
      buttons.edit.setAttribute("aria-pressed", on ? "true" : "false");
    }
    buttons.run.addEventListener("click", function () {
      if (task && runs[task.id]) return;
      box.hidden = false;
      pre.textContent = "";
      [].slice.call(box.querySelectorAll("img")).forEach(function (img) { URL.revokeObjectURL(img.src); img.remove(); });
      buttons.stop.hidden = false;
      buttons.reset.hidden = !edited();
      task = run({
        key: block, cells: cellsFor(block), filename: title ? title.textContent.split("/").pop() : "example.py",
        box: box, pre: pre, status: status, edited: edited(),
        expected: edited() ? undefined : recorded,
        onDone: function () { buttons.stop.hidden = true; },
      });
    });
    buttons.edit.addEventListener("click", function () {
      var fold = block.closest("details.code-fold");
      if (fold) fold.open = true;  // the code to edit must be in view
      edit(!code.hasAttribute("contenteditable"));
    });
    buttons.reset.addEventListener("click", function () {
      edit(false);
      code.innerHTML = original;
      box.hidden = true;
      pre.textContent = "";
      status.textContent = "Code reset to the page's version.";
      buttons.reset.hidden = true;
    });
    buttons.stop.addEventListener("click", stopAll);
    code.addEventListener("input", function () { buttons.reset.hidden = !edited(); });
    code.addEventListener("keydown", function (event) {
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey || event.shiftKey)) {
        event.preventDefault();
        buttons.run.click();
      } else if (event.key === "Escape") {
        edit(false);
        buttons.edit.focus();
      }
    });
  }

  // --- Explorable figures ---------------------------------------------------
  // <form class="explore" data-example="snippets/…/x.py" data-figure="x.svg">
  // with inputs named after module-level assignments of the example.
  function setUpExplore(form) {
    var block = [].filter.call(document.querySelectorAll(".language-python.highlight"), function (b) {
      var t = b.querySelector(".filename");
      return t && t.textContent === form.getAttribute("data-example");
    })[0];
    if (!block) return;
    var figureName = form.getAttribute("data-figure");
    var img = [].filter.call(document.querySelectorAll(".md-content img"), function (i) {
      return i.getAttribute("src").split("/").pop() === figureName;
    })[0];
    var staticSrc = img && img.getAttribute("src");
    var staticAlt = img && img.alt;
    var status = form.querySelector(".explore-status");
    var pre = form.querySelector(".explore-output");
    var busy = null;
    var again = false;
    var source = codeOf(block);
    function values() {
      return [].map.call(form.querySelectorAll("input, select"), function (input) {
        var shown = form.querySelector("output[for='" + input.id + "']");
        if (shown) shown.textContent = input.value;
        var start = input.options ? ([].filter.call(input.options, function (o) { return o.defaultSelected; })[0]
          || input.options[0]).value : input.defaultValue;
        var label = form.querySelector("label[for='" + input.id + "']");
        var said = input.options ? input.options[input.selectedIndex].text
          : input.value + (input.getAttribute("data-unit") ? " " + input.getAttribute("data-unit") : "");
        return [input.name, input.value, start, (label ? label.textContent : input.name) + ": " + said];
      });
    }
    // A slider's value reads "10" once moved, where the page wrote "10.0".
    function same(value, start) {
      return value === start || (value !== "" && !isNaN(value) && !isNaN(start) && Number(value) === Number(start));
    }
    function update() {
      if (busy) { again = true; return; }
      var settings = values();
      var code = source;
      settings.forEach(function (s) {
        code = code.replace(new RegExp("^(" + s[0] + " *= *)[^#\\n]*?( *(#.*)?)$", "m"), function (all, head, tail) {
          return head + s[1] + tail;
        });
      });
      var atDefault = settings.every(function (s) { return same(s[1], s[2]); });
      pre.textContent = "";
      busy = run({
        key: form, edited: false, cells: [code], filename: form.getAttribute("data-example").split("/").pop(), explore: true,
        box: form, pre: pre, status: status,
        onFile: function (file) {
          if (!img || file.name !== figureName) return;
          if (img.src.indexOf("blob:") === 0) URL.revokeObjectURL(img.src);
          img.src = URL.createObjectURL(new Blob([file.data], { type: "image/svg+xml" }));
          img.alt = staticAlt + " Redrawn with " + settings.map(function (s) { return s[3]; }).join("; ") + ".";
        },
        onDone: function (task, state) {
          busy = null;
          if (state === "ok") status.textContent = (atDefault ? "At the page's settings. " : "Redrawn. ") + summary(task.out);
          if (again) { again = false; update(); }
        },
      });
    }
    // The status line repeats the last line the example printed (not its
    // warnings, which stay in the output below).
    function summary(text) {
      var lines = (text || "").trim().split("\n");
      return lines.slice(-1)[0] || "";
    }
    form.aitbUpdate = update;
    form.addEventListener("input", update);
    form.addEventListener("submit", function (event) { event.preventDefault(); update(); });
    form.addEventListener("reset", function () {
      setTimeout(function () {
        values();
        if (img) { img.setAttribute("src", staticSrc); img.alt = staticAlt; }
        pre.textContent = "";
        status.textContent = "Back to the page's settings.";
      }, 0);
    });
  }

  window.aitbRun = { setUp: setUp, setUpExplore: setUpExplore };
})();
