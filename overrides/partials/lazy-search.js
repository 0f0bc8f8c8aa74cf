// Search on demand (written into every page's head by overrides/main.html). Material downloads the search index and starts its search
// worker as soon as any page loads; on this site that was a third of a page's
// weight, paid by every reader whether they search or not. This script, run
// before Material's, holds both back until the reader shows they want to
// search: focusing or clicking the search box, or pressing a search shortcut.
// A page opened from a search result (?h=...) loads them at once, so the
// matches can be highlighted.
(function () {
  "use strict";
  var wanted = /[?&]h=/.test(location.search);
  var waiting = [];

  function want() {
    if (wanted) return;
    wanted = true;
    waiting.splice(0).forEach(function (go) { go(); });
  }

  function later(go) {
    if (wanted) go(); else waiting.push(go);
  }

  // The index: Material requests it with XMLHttpRequest; delay the send.
  var open = XMLHttpRequest.prototype.open;
  var send = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.open = function (method, url) {
    this.__searchIndex = /search\/search_index\.json(\?|#|$)/.test(String(url));
    return open.apply(this, arguments);
  };
  XMLHttpRequest.prototype.send = function () {
    var request = this, args = arguments;
    if (request.__searchIndex && !wanted) {
      later(function () { send.apply(request, args); });
      return undefined;
    }
    return send.apply(request, args);
  };

  // The worker: hand Material a stand-in that queues its messages until the
  // real worker starts, then relays the worker's answers.
  var RealWorker = window.Worker;
  window.Worker = function (url, options) {
    if (wanted || !/workers\/search\./.test(String(url))) return new RealWorker(url, options);
    var standIn = new EventTarget();
    var queue = [];
    var real = null;
    standIn.postMessage = function (message) {
      if (real) real.postMessage(message); else queue.push(message);
    };
    standIn.terminate = function () { if (real) real.terminate(); };
    later(function () {
      real = new RealWorker(url, options);
      real.addEventListener("message", function (event) {
        standIn.dispatchEvent(new MessageEvent("message", { data: event.data }));
      });
      queue.splice(0).forEach(function (message) { real.postMessage(message); });
    });
    return standIn;
  };

  // Signs that the reader wants to search.
  function inSearch(target) {
    return target && target.closest && target.closest(".md-search, label[for='__search']");
  }
  document.addEventListener("focusin", function (event) { if (inSearch(event.target)) want(); }, true);
  document.addEventListener("pointerdown", function (event) { if (inSearch(event.target)) want(); }, true);
  document.addEventListener("keydown", function (event) {
    var typing = event.target && /^(INPUT|TEXTAREA|SELECT)$/.test(event.target.tagName);
    if (!typing && ["/", "s", "S", "f", "F"].indexOf(event.key) >= 0) want();
  }, true);
  document.addEventListener("change", function (event) {
    if (event.target && event.target.id === "__search") want();
  }, true);
})();
