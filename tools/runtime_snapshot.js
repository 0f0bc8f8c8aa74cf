// Makes the start-up snapshot of the site's Pyodide: the WebAssembly memory of
// a Python that has already started, which the reader's worker restores
// instead of starting Python itself.
//
//   node tools/runtime_snapshot.js <folder of the pinned Pyodide files> <output file>
//
// Why: Pyodide's standard library ships as Python source, so starting Python
// compiles every module it imports on the way up (about 180 of them). On a
// 2-core machine that is most of a cold Run's wait; restoring this memory
// instead skips it. tools/runtime_snapshot.py runs this script and
// bench/RUNTIME.md measures the difference.
//
// The output is the same bytes every time for the same Pyodide files: the
// clocks Python reads are fixed, the string hash seed is 0, and the random
// module is seeded with 0. The worker seeds `random` again from the browser's
// own randomness after restoring, so readers do not share a sequence.
//
// It uses Pyodide's own, still experimental, snapshot API (the _makeSnapshot
// option of loadPyodide and makeMemorySnapshot). Pyodide checks a snapshot's
// build id when it is restored, so one made from other files is refused, and
// the worker then starts Python the ordinary way.
"use strict";

const fs = require("fs");
const path = require("path");

// Standard-library modules imported here as well, so that they are compiled
// once now and not in every reader's browser:
const PRELOAD = [
  // what the worker's harness uses (run-worker.js, HARNESS)
  "builtins", "io", "linecache", "os", "shutil", "sys", "traceback", "types",
  // what Pyodide's package loader imports the first time it installs a package
  "base64", "calendar", "csv", "datetime", "email.message", "email.utils",
  "importlib.metadata", "quopri", "tarfile",
  // what `import numpy` imports from the standard library
  "__future__", "ctypes", "numbers", "pickle", "platform",
  // what `import matplotlib.pyplot` imports from it
  "dataclasses", "decimal", "gzip", "hashlib", "html.entities", "json", "pprint", "shlex",
  "unicodedata", "uuid",
  // what the examples import most
  "math", "random", "statistics", "fractions", "itertools", "functools", "collections", "textwrap",
];

async function main(folder, output) {
  if (!folder || !output) {
    throw new Error("usage: node tools/runtime_snapshot.js <Pyodide folder> <output file>");
  }
  const indexURL = path.resolve(folder) + path.sep;
  // Fixed clocks: modules note the time when they are imported (logging's
  // start time, for one), and those values would otherwise differ per run.
  const start = Date.UTC(2025, 0, 1);
  Date.now = () => start;
  performance.now = () => 0;
  const { loadPyodide } = require(path.join(indexURL, "pyodide.js"));
  const pyodide = await loadPyodide({
    indexURL,
    _makeSnapshot: true,
    env: { PYTHONHASHSEED: "0" },
    stdout: () => {},
    stderr: (line) => process.stderr.write(line + "\n"),
  });
  pyodide.runPython(
    `import importlib\nfor name in ${JSON.stringify(PRELOAD)}:\n    importlib.import_module(name)\n` +
      "import random\nrandom.seed(0)\n"
  );
  const snapshot = pyodide.makeMemorySnapshot();
  fs.writeFileSync(output, snapshot);
}

main(process.argv[2], process.argv[3]).catch((error) => {
  process.stderr.write(String((error && error.stack) || error) + "\n");
  process.exit(1);
});
