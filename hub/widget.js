/* Concierge Hub chat widget: <script src="https://HUB/widget.js" data-hotel="HOTEL-ID" async></script>
   Self-contained (no framework), styles isolated in a shadow root. The session token the hub issues is kept
   in localStorage, so a reload continues the conversation. */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !script.dataset.hotel || window.__conciergeWidget) return;
  window.__conciergeWidget = true;
  var hotel = script.dataset.hotel;
  var base = new URL(script.src).origin + "/webchat/" + encodeURIComponent(hotel);
  var key = "concierge:" + base;
  var saved = {};
  try { saved = JSON.parse(localStorage.getItem(key) || "{}"); } catch (e) { saved = {}; }
  var last = 0, timer = null, fast = 0, busy = false;

  var host = document.createElement("div");
  host.setAttribute("data-concierge-widget", hotel);
  var root = host.attachShadow({mode: "open"});
  root.innerHTML =
    "<style>" +
    ":host{all:initial}*{box-sizing:border-box;font:15px/1.4 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif}" +
    ".open{position:fixed;right:20px;bottom:20px;z-index:2147483000;border:0;border-radius:28px;padding:14px 20px;" +
    "background:#0b5cad;color:#fff;cursor:pointer;box-shadow:0 4px 14px rgba(0,0,0,.25)}" +
    ".panel{position:fixed;right:20px;bottom:84px;z-index:2147483000;width:360px;max-width:calc(100vw - 24px);" +
    "height:520px;max-height:calc(100vh - 110px);display:flex;flex-direction:column;background:#fff;color:#1d2330;" +
    "border:1px solid #c9d1dd;border-radius:12px;box-shadow:0 8px 30px rgba(0,0,0,.25);overflow:hidden}" +
    ".panel[hidden]{display:none}header{display:flex;align-items:center;justify-content:space-between;" +
    "padding:10px 14px;background:#1d2330;color:#fff}header h2{margin:0;font-size:16px;font-weight:600}" +
    "header button{background:none;border:0;color:#fff;font-size:22px;cursor:pointer;line-height:1}" +
    "ol{list-style:none;margin:0;padding:12px;flex:1;overflow-y:auto;display:flex;flex-direction:column;gap:8px}" +
    "li{max-width:85%;padding:8px 12px;border-radius:12px;white-space:pre-wrap;word-wrap:break-word}" +
    "li.guest{align-self:flex-end;background:#0b5cad;color:#fff}li.bot,li.staff{align-self:flex-start;background:#eef1f6}" +
    "li.staff{background:#e3f4e8}li small{display:block;font-size:12px;color:#4f5b6e}li a{color:inherit}" +
    "li.note{align-self:center;background:none;color:#4f5b6e;font-size:13px}" +
    "form{display:flex;gap:6px;padding:10px;border-top:1px solid #e1e6ee}" +
    "textarea{flex:1;resize:none;border:1px solid #8a94a6;border-radius:8px;padding:8px;height:42px;color:#1d2330}" +
    "form button{border:0;border-radius:8px;padding:0 14px;background:#0b5cad;color:#fff;cursor:pointer}" +
    ":focus-visible{outline:3px solid #f0a500;outline-offset:2px}.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}" +
    "</style>" +
    "<button class='open' type='button' aria-expanded='false' aria-controls='panel'>Chat with us</button>" +
    "<section class='panel' id='panel' role='dialog' aria-label='Chat with the hotel' hidden>" +
    "<header><h2>Concierge</h2><button type='button' class='close' aria-label='Close chat'>×</button></header>" +
    "<ol aria-live='polite' aria-label='Messages'></ol>" +
    "<form><label class='sr' for='text'>Your message</label>" +
    "<textarea id='text' maxlength='2000' placeholder='Ask us anything…'></textarea>" +
    "<button type='submit'>Send</button></form></section>";
  var openButton = root.querySelector(".open"), panel = root.querySelector(".panel");
  var list = root.querySelector("ol"), form = root.querySelector("form"), input = root.querySelector("textarea");

  function store() { try { localStorage.setItem(key, JSON.stringify(saved)); } catch (e) { /* private mode */ } }

  function call(method, path, body) {
    var headers = {"Content-Type": "application/json"};
    if (saved.token) headers.Authorization = "Bearer " + saved.token;
    return fetch(base + path, {method: method, headers: headers, body: body ? JSON.stringify(body) : undefined,
                               credentials: "omit", mode: "cors"}).then(function (response) {
      if (response.status === 401 && path !== "/session") {   // the session expired: start again
        saved = {open: saved.open}; store(); last = 0; list.textContent = "";
        return session().then(function () { return call(method, path, body); });
      }
      return response.json().then(function (data) {
        if (!response.ok) throw new Error(data.error || ("error " + response.status));
        return data;
      });
    });
  }

  function session() {
    if (saved.token) return Promise.resolve();
    return call("POST", "/session").then(function (data) { saved.token = data.token; store(); });
  }

  function linkify(node, text) {
    var parts = text.split(/(https?:\/\/[^\s<>"]+)/g);
    parts.forEach(function (part, i) {
      if (i % 2) {
        var a = document.createElement("a");
        a.href = part; a.textContent = part; a.target = "_blank"; a.rel = "noopener noreferrer";
        node.appendChild(a);
      } else if (part) node.appendChild(document.createTextNode(part));
    });
  }

  function show(message) {
    var item = document.createElement("li");
    item.className = message.from;
    if (message.from !== "guest") {
      var who = document.createElement("small");
      who.textContent = message.from === "staff" ? "Front desk" : "Concierge";
      item.appendChild(who);
    }
    linkify(item, message.text || "");
    if (message.audio_url) {
      var audio = document.createElement("audio");
      audio.controls = true; audio.preload = "none"; audio.src = message.audio_url;
      item.appendChild(audio);
    }
    list.appendChild(item);
    list.scrollTop = list.scrollHeight;
  }

  function note(text) {
    var item = document.createElement("li");
    item.className = "note"; item.textContent = text;
    list.appendChild(item);
  }

  function poll() {
    if (busy || !saved.token) return Promise.resolve();
    busy = true;
    return call("GET", "/messages?after=" + last).then(function (data) {
      data.messages.forEach(function (m) { if (m.id > last) { last = m.id; show(m); } });
    }).catch(function () { /* offline for a moment: the next poll tries again */ })
      .then(function () { busy = false; schedule(); });
  }

  function schedule() {
    clearTimeout(timer);
    if (panel.hidden) return;
    timer = setTimeout(poll, fast-- > 0 ? 800 : 3000);
  }

  function toggle(open) {
    panel.hidden = !open;
    openButton.setAttribute("aria-expanded", String(open));
    saved.open = open; store();
    if (open) { input.focus(); poll(); } else { clearTimeout(timer); openButton.focus(); }
  }

  openButton.addEventListener("click", function () { toggle(panel.hidden); });
  root.querySelector(".close").addEventListener("click", function () { toggle(false); });
  panel.addEventListener("keydown", function (event) { if (event.key === "Escape") toggle(false); });
  input.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && !event.shiftKey) { event.preventDefault(); form.requestSubmit(); }
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var text = input.value.trim();
    if (!text) return;
    input.value = "";
    session().then(function () { return call("POST", "/messages", {text: text}); })
      .then(function () { fast = 15; return poll(); })
      .catch(function (error) { input.value = text; note("Not sent: " + error.message); });
  });

  document.body.appendChild(host);
  if (saved.open) toggle(true);
})();
