// Live console: one EventSource per page load; a `changed` event refreshes what is on screen.
(function () {
  "use strict";
  if (!window.EventSource) return;
  var source = null;

  function refresh(conversations) {
    var inbox = document.querySelector("[data-live=inbox]");
    if (inbox && window.htmx) {
      htmx.ajax("GET", location.pathname + location.search, {target: "#inbox", select: "#inbox", swap: "outerHTML"});
      return;
    }
    var view = document.querySelector("[data-live=conversation]");
    if (!view || !window.htmx) return;
    if (conversations.indexOf(Number(view.dataset.conversation)) === -1) return;
    // Keep what staff are typing: only the transcript and the status box are replaced.
    htmx.ajax("GET", location.pathname, {target: "#lines", select: "#lines", swap: "outerHTML"}).then(function () {
      return htmx.ajax("GET", location.pathname, {target: "#status", select: "#status", swap: "outerHTML"});
    });
  }

  function connect() {
    if (source) source.close();
    var newest = document.body.dataset.newest || "0";
    source = new EventSource("/console/events?after=" + encodeURIComponent(newest));
    source.addEventListener("changed", function (event) {
      var data = JSON.parse(event.data);
      document.body.dataset.newest = data.newest;
      refresh(data.conversations);
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    if (document.querySelector("[data-live]")) connect();
  });
  // hx-boost swaps the body: keep the stream, but follow the page it now shows.
  document.addEventListener("htmx:afterSettle", function () {
    if (!source && document.querySelector("[data-live]")) connect();
  });
})();
