// The rest of the page, rendered in idle moments (written into every page by
// overrides/main.html, and called once the theme has started and the page
// has loaded). Until then docs/stylesheets/extra.css lets the browser skip
// the article's blocks that are off screen (content-visibility: auto), which
// keeps the layout passes of a long page's load short. This renders each
// of them for good (content-visibility: visible), a few in each idle moment,
// with a frame between two slices, so that no slice nor the frame that
// paints it is a long task (50 ms) even on a phone four times slower than
// this machine. It goes from the bottom of the page up: a block rendered
// moves only what is below it, which is then off screen and need not be
// painted again. When it is done, window.__pageRendered is true
// (tests/test_browser.py waits for it before it checks a page).
(function () {
  "use strict";
  var SLICE_MS = 5;
  // Where the stylesheet's skipped blocks can be (tests/test_browser.py fails if one is left elsewhere).
  var BLOCKS = ".md-content__inner.md-typeset > *, .jupyter-wrapper .jp-Cell-outputWrapper, .jp-RenderedMarkdown > *";
  var idle = window.requestIdleCallback || function (go) {
    return setTimeout(go, 1);
  };

  function renderRest() {
    var blocks = [].slice.call(document.querySelectorAll(BLOCKS))
      .filter(function (block) { return getComputedStyle(block).contentVisibility === "auto"; });
    function slice() {
      var start = performance.now();
      do {
        var block = blocks.pop();
        block.style.contentVisibility = "visible";
        // Lay the block out now, inside this slice, rather than leave it
        // all to the next frame.
        block.getBoundingClientRect();
      } while (blocks.length && performance.now() - start < SLICE_MS);
      if (blocks.length) later();
      else window.__pageRendered = true;
    }
    function later() {
      requestAnimationFrame(function () { idle(slice, { timeout: 500 }); });
    }
    if (blocks.length) later();
    else window.__pageRendered = true;
  }

  window.__renderRest = function () {
    if (document.readyState === "complete") renderRest();
    else window.addEventListener("load", renderRest, { once: true });
  };
})();
