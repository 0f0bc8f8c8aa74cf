/* The reader's Python: Pyodide in a Web Worker, loaded from this site only.
 *
 * run-ui.js starts this worker on the first Run and sends it one message per
 * run: {id, cells, filename, explore}. The worker answers {type: "ready"} once
 * Python is up, then {id, type: "out" | "err" | "file" | "done", ...}.
 *
 * The site's own requests all go to its own origin. For the reader's code,
 * fetch, importScripts and XMLHttpRequest refuse any URL of another origin,
 * and WebSocket, EventSource, WebTransport and nested workers are removed, so
 * an example cannot reach another website by accident. The originals are kept
 * inside this function, out of Python's reach through `js`. This is a guard,
 * not a sandbox: a program written to get round it, by building JavaScript
 * that imports a module from elsewhere, can.
 */
(function () {
"use strict";

var BASE = new URL("../pyodide/", self.location.href).href;
var ORIGIN = self.location.origin;
var OUTPUT_LIMIT = 50000; // characters of output per run, then the run is cut
var FIGURE_SUFFIXES = /\.(svg|png|jpe?g|gif)$/i;

function offSite(url) {
  return new URL(String(url), self.location.href).origin !== ORIGIN;
}
function refuse(url) {
  return new TypeError("Python in this page may not contact other websites (it asked for " + url + ")");
}
var siteFetch = self.fetch.bind(self);
self.fetch = function (input, init) {
  var url = input && input.url ? input.url : input;
  return offSite(url) ? Promise.reject(refuse(url)) : siteFetch(input, init);
};
var siteImport = self.importScripts.bind(self);
self.importScripts = function () {
  [].forEach.call(arguments, function (url) { if (offSite(url)) throw refuse(url); });
  return siteImport.apply(self, arguments);
};
if (self.XMLHttpRequest) {
  var open = self.XMLHttpRequest.prototype.open;
  self.XMLHttpRequest.prototype.open = function (method, url) {
    if (offSite(url)) throw refuse(url);
    return open.apply(this, arguments);
  };
}
["WebSocket", "EventSource", "WebTransport", "Worker", "SharedWorker"].forEach(function (name) {
  try { delete self[name]; self[name] = undefined; } catch (error) { /* not present here */ }
});

// Run by Python before the reader's code: output streams with a budget, a
// fresh folder per run, and a traceback that starts at the reader's code.
var HARNESS = String.raw`
import builtins, io, linecache, os, sys, traceback
class OutputCut(Exception):
    pass
class Stream(io.TextIOBase):
    def __init__(self, kind, post, budget):
        self.kind, self.post, self.budget = kind, post, budget
    def writable(self):
        return True
    def flush(self):
        self.post(self.kind, '')
    def write(self, text):
        text = str(text)
        left = self.budget[0]
        if self.budget[1] or not text:
            return len(text)
        if len(text) > left:
            self.post(self.kind, text[:left])
            self.budget[0] = 0
            self.budget[1] = True
            raise OutputCut()
        self.budget[0] = left - len(text)
        self.post(self.kind, text)
        return len(text)
def missing_note(error, shipped):
    top = (error.name or '').split('.')[0]
    if not top or top in shipped:
        return ''
    if top in sys.stdlib_module_names:
        # Pyodide leaves a few standard modules out (sqlite3, ssl, lzma, ...).
        return (f'\n{top!r} is part of Python\'s standard library, but the Python in this page'
                ' (Pyodide) does not include it, and nothing is downloaded to get it.'
                ' To use it, run the code on your own computer.\n')
    return ('\nThe Python in this page has most of the standard library, numpy and matplotlib;'
            f' {top!r} is not among them, and nothing is downloaded to get it.'
            ' To use it, run the code on your own computer.\n')
def warm():
    # Import matplotlib once, quietly: its first import builds a font cache
    # and says so on stderr, which is not the example's output.
    saved = sys.stdout, sys.stderr
    sys.stdout = sys.stderr = io.StringIO()
    try:
        import matplotlib.pyplot
    finally:
        sys.stdout, sys.stderr = saved
    # plt.show() has no window to open here: the figures left open are shown
    # under the code when the run ends.
    matplotlib.pyplot.show = lambda *args, **options: None
# Notebook pages choose how inline figures are drawn with matplotlib_inline
# (part of IPython's stack, which the page does not ship). Here figures left
# open after a run are always shown, so this stand-in only records the choice.
INLINE_FORMATS = ['svg']
def install_inline_stand_in():
    import types
    package = types.ModuleType('matplotlib_inline')
    backend = types.ModuleType('matplotlib_inline.backend_inline')
    def set_matplotlib_formats(*formats, **options):
        chosen = [f for f in formats if f in ('svg', 'png')]
        if chosen:
            INLINE_FORMATS[:] = chosen
    backend.set_matplotlib_formats = set_matplotlib_formats
    package.backend_inline = backend
    sys.modules['matplotlib_inline'] = package
    sys.modules['matplotlib_inline.backend_inline'] = backend
install_inline_stand_in()
def figures_left(folder, saved):
    pyplot = sys.modules.get('matplotlib.pyplot')
    if pyplot is None:
        return
    if not saved:
        for number in pyplot.get_fignums():
            name = f'figure-{number}.{INLINE_FORMATS[0]}'
            pyplot.figure(number).savefig(os.path.join(folder, name))
    pyplot.close('all')
def run(cells, filename, folder, explore, post, shipped, limit):
    budget = [limit, False]
    out, err = Stream('out', post, budget), Stream('err', post, budget)
    os.makedirs(folder, exist_ok=True)
    home = os.getcwd()
    os.chdir(folder)
    scope = {'__name__': '__main__', '__file__': filename, '__builtins__': builtins}
    sys.argv = [filename]
    status = 'ok'
    old = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    try:
        for number, code in enumerate(cells):
            name = filename if len(cells) == 1 else f'{filename}, cell {number + 1}'
            linecache.cache[name] = (len(code), None, code.splitlines(True), name)
            budget[0] = limit
            quiet = number < len(cells) - 1
            if quiet:
                sys.stdout = sys.stderr = io.StringIO()
            try:
                exec(compile(code, name, 'exec', optimize=1 if explore else 0), scope)
            finally:
                sys.stdout, sys.stderr = out, err
    except OutputCut:
        status = 'cut'
    except SystemExit as stop:
        status = 'ok' if stop.code in (None, 0) else 'error'
    except BaseException as error:
        status = 'error'
        lines = traceback.format_exception(type(error), error, error.__traceback__.tb_next)
        budget[1] = False
        budget[0] = max(budget[0], 4000)
        try:
            err.write(''.join(lines))
            if isinstance(error, ModuleNotFoundError):
                err.write(missing_note(error, shipped))
        except OutputCut:
            pass
    finally:
        sys.stdout, sys.stderr = old
        if budget[1] and status == 'ok':
            status = 'cut'  # the code caught OutputCut itself (a bare except) and went on
        saved = sorted(n for n in os.listdir(folder) if os.path.isfile(os.path.join(folder, n)))
        try:
            figures_left(folder, saved)
        except Exception:
            pass
        os.chdir(home)
    return status
`;

var pyodide = null;
var harness = null;
var shipped = [];
var runs = 0;
var warmed = false;
var fromSnapshot = false;

// What the site ships (hooks/runtime.py writes it): the modules besides the
// standard library, and the start-up snapshot, if the build made one.
var runtimeInfo = siteFetch(BASE + "runtime.json").then(function (response) {
  if (!response.ok) throw new Error("runtime.json: HTTP " + response.status);
  return response.json();
});
// The examples' matplotlib settings (tests/matplotlibrc, copied by hooks/runner.py).
var matplotlibrc = siteFetch(new URL("matplotlibrc", self.location.href).href).then(function (response) {
  return response.ok ? response.text() : null;
});

// The snapshot is Python's memory once started (tools/runtime_snapshot.js):
// restoring it skips compiling Pyodide's own modules, seconds on a slow
// machine. It is gzipped on the site, whatever the server compresses, and
// checked against the sum the build recorded.
async function snapshotBytes(entry) {
  var response = await siteFetch(BASE + entry.file, { integrity: entry.integrity });
  if (!response.ok) throw new Error(entry.file + ": HTTP " + response.status);
  var unpacked = new Response(response.body.pipeThrough(new DecompressionStream("gzip")));
  return new Uint8Array(await unpacked.arrayBuffer());
}

async function boot(info) {
  var options = { indexURL: BASE, fullStdLib: false };
  if (info.snapshot && self.DecompressionStream) {
    try {
      var restored = await self.loadPyodide(Object.assign({ _loadSnapshot: snapshotBytes(info.snapshot) }, options));
      // The snapshot was made with random seeded by 0: seed it from the
      // browser's randomness, so no two readers share a sequence.
      restored.runPython("import random\nrandom.seed()");
      fromSnapshot = true;
      return restored;
    } catch (error) {
      // A snapshot this Pyodide refuses, or one that did not arrive: start
      // Python the ordinary way, which gives the same results, only later.
    }
  }
  return self.loadPyodide(options);
}

async function start() {
  importScripts(BASE + "pyodide.js");
  var info = await runtimeInfo;
  var py = await boot(info);
  shipped = info.packages.concat(["matplotlib_inline"]);
  var rc = await matplotlibrc;
  if (rc !== null) {
    py.FS.mkdirTree("/home/pyodide/.config/matplotlib");
    py.FS.writeFile("/home/pyodide/.config/matplotlib/matplotlibrc", rc);
  }
  py.runPython("import os\nos.environ['MPLBACKEND'] = 'Agg'\nos.environ['MPLCONFIGDIR'] = '/home/pyodide/.config/matplotlib'");
  harness = py.toPy({});
  py.runPython(HARNESS, { globals: harness });
  return py;
}
var starting = start();

function send(id, buffer) {
  if (buffer.text) self.postMessage({ id: id, type: buffer.kind, text: buffer.text });
  buffer.text = "";
}

async function handle(message) {
  var id = message.id;
  try {
    var py = pyodide || (pyodide = await starting);
    var cells = message.cells || [message.code];
    await py.loadPackagesFromImports(cells.join("\n"), { messageCallback: function () {}, errorCallback: function () {} });
    if (/\bmatplotlib\b/.test(cells.join("\n")) && !warmed) {
      harness.get("warm")();
      warmed = true;
    }
    // Output goes to the page in batches: at once for the first text and on
    // flush, then at most every 50 ms, so a long loop can show its progress.
    var buffer = { kind: "out", text: "", last: 0 };
    var post = function (kind, text) {
      if (kind !== buffer.kind) {
        send(id, buffer);
        buffer.kind = kind;
      }
      buffer.text += text;
      if (!text || buffer.text.length > 8192 || Date.now() - buffer.last > 50) {
        send(id, buffer);
        buffer.last = Date.now();
      }
    };
    runs += 1;
    var folder = "/home/pyodide/run-" + runs;
    var status = harness.get("run")(py.toPy(cells), message.filename || "example.py", folder,
      Boolean(message.explore), post, py.toPy(shipped), OUTPUT_LIMIT);
    send(id, buffer);
    var names = py.FS.readdir(folder).filter(function (name) { return FIGURE_SUFFIXES.test(name); }).sort();
    names.forEach(function (name) {
      var data = py.FS.readFile(folder + "/" + name);
      self.postMessage({ id: id, type: "file", name: name, data: data }, [data.buffer]);
    });
    py.runPython("import shutil\nshutil.rmtree(" + JSON.stringify(folder) + ", ignore_errors=True)");
    self.postMessage({ id: id, type: "done", status: status, limit: OUTPUT_LIMIT });
  } catch (error) {
    self.postMessage({ id: id, type: "err", text: String(error && error.message || error) + "\n" });
    self.postMessage({ id: id, type: "done", status: "error" });
  }
}

var queue = Promise.resolve();
self.onmessage = function (event) {
  queue = queue.then(function () { return handle(event.data); });
};
starting.then(function () { self.postMessage({ type: "ready", snapshot: fromSnapshot }); },
  function (error) { self.postMessage({ type: "failed", text: String(error && error.message || error) }); });
})();
