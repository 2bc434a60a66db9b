/* DashClaw dashboard: the live approval queue.
 *
 * The page listens to the org's event stream (GET /api/stream, authenticated by the session cookie). When an
 * event says the queue may have changed, it fetches the queue and merges it in by item id: new items are
 * added, decided ones removed, and an item someone is typing a reason into is left alone. If the stream is
 * unavailable the queue is polled instead. No inline script, no eval: the page's CSP allows only this file.
 */
(function () {
  "use strict";

  var QUEUE_EVENTS = ["action.created", "action.updated", "approval.requested", "approval.decided"];
  var POLL_MS = 15000;
  var COALESCE_MS = 50;

  function itemId(node) {
    return node.nodeType === 1 && node.id ? node.id : null;
  }

  function merge(current, incoming) {
    var wanted = {};
    Array.prototype.forEach.call(incoming.children, function (node) {
      if (itemId(node)) wanted[node.id] = true;
    });
    Array.prototype.slice.call(current.children).forEach(function (node) {
      var id = itemId(node);
      var decidedHere = node.classList.contains("decided");
      if ((id && !wanted[id] && !decidedHere) || (!id && Object.keys(wanted).length)) node.remove();
    });
    var previous = null;
    Array.prototype.slice.call(incoming.children).forEach(function (node) {
      var id = itemId(node);
      var existing = id ? document.getElementById(id) : current.querySelector(".empty-item");
      if (existing) {
        previous = existing;
        return;
      }
      if (!id && current.querySelector("li")) return;
      var added = document.importNode(node, true);
      current.insertBefore(added, previous ? previous.nextSibling : current.firstChild);
      if (window.htmx) window.htmx.process(added);
      previous = added;
    });
  }

  function startLiveQueue(container) {
    var url = container.getAttribute("data-live-queue");
    var status = document.getElementById("live-status");
    var timer = null;
    var poller = null;
    var busy = false;
    var again = false;

    function show(state, text) {
      if (!status) return;
      status.setAttribute("data-state", state);
      status.textContent = text;
    }

    function refresh() {
      if (busy) {
        again = true;
        return;
      }
      busy = true;
      fetch(url, { credentials: "same-origin", headers: { "HX-Request": "true" } })
        .then(function (response) {
          if (response.status === 401) {
            window.location.assign(response.headers.get("HX-Redirect") || "/login");
            return null;
          }
          return response.ok ? response.text() : null;
        })
        .then(function (html) {
          if (!html) return;
          var template = document.createElement("template");
          template.innerHTML = html;
          var incoming = template.content.querySelector("#queue-list");
          var current = container.querySelector("#queue-list");
          if (incoming && current) merge(current, incoming);
        })
        .catch(function () {})
        .then(function () {
          busy = false;
          if (again) {
            again = false;
            refresh();
          }
        });
    }

    function soon() {
      if (timer === null) {
        timer = window.setTimeout(function () {
          timer = null;
          refresh();
        }, COALESCE_MS);
      }
    }

    function poll() {
      if (poller === null) poller = window.setInterval(refresh, POLL_MS);
    }

    if (!window.EventSource) {
      show("polling", "Refreshing every 15 s");
      poll();
      return;
    }
    var source = new EventSource("/api/stream?types=" + QUEUE_EVENTS.join(","));
    source.addEventListener("open", function () {
      show("live", "Live");
      if (poller !== null) {
        window.clearInterval(poller);
        poller = null;
      }
      soon(); // catch up on anything missed while connecting
    });
    source.addEventListener("error", function () {
      if (source.readyState === EventSource.CLOSED) {
        show("polling", "Live updates unavailable; refreshing every 15 s");
        poll();
      } else {
        show("connecting", "Reconnecting…");
      }
    });
    QUEUE_EVENTS.forEach(function (type) {
      source.addEventListener(type, soon);
    });
    window.addEventListener("pagehide", function () {
      source.close();
    });
  }

  function start() {
    var queue = document.querySelector("[data-live-queue]");
    if (queue) startLiveQueue(queue);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
