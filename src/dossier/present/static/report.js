/* dossier report script: article view with highlighted spans, sortable and filterable claims,
   and (in a report of several stories) each story opened from its deferred JSON block.
   Article text is untrusted: it is only ever read with textContent and written with
   text nodes or textContent, never as HTML. A story's deferred block holds HTML that the
   report's templates rendered (every value escaped there); it is parsed by DOMParser into an
   inert document (no script runs, nothing loads) and its nodes are moved into the page. */
(function () {
  "use strict";
  var index = {};
  try {
    var data = document.getElementById("dossier-index");
    if (data) { index = JSON.parse(data.textContent || "{}"); }
  } catch (err) { index = {}; }

  var HASH = /^#([A-Za-z][A-Za-z0-9_-]*)(?::(\d+)-(\d+)(?::(\d+)-(\d+))?)?$/;

  function text(s) { return document.createTextNode(s); }

  function show(hash) {
    var m = HASH.exec(hash || "");
    if (!m) { return false; }
    var src = document.getElementById("text-" + m[1]);
    if (!src) { return false; }
    var viewer = document.getElementById("viewer");
    var body = document.getElementById("viewer-text");
    var title = document.getElementById("viewer-title");
    var meta = document.getElementById("viewer-meta");
    var info = Object.prototype.hasOwnProperty.call(index, m[1]) ? index[m[1]] : null;
    title.textContent = info ? info.title : m[1];
    meta.textContent = info ? info.meta : "";
    var cps = Array.from(src.textContent);
    body.textContent = "";
    var mark = null;
    if (m[2] === undefined) {
      body.appendChild(text(cps.join("")));
    } else {
      var s = Math.min(parseInt(m[2], 10), cps.length);
      var e = Math.max(s, Math.min(parseInt(m[3], 10), cps.length));
      body.appendChild(text(cps.slice(0, s).join("")));
      mark = document.createElement("mark");
      mark.className = "hl";
      mark.id = "highlight";
      if (m[4] !== undefined) {
        var fs = Math.max(s, Math.min(parseInt(m[4], 10), e));
        var fe = Math.max(fs, Math.min(parseInt(m[5], 10), e));
        mark.appendChild(text(cps.slice(s, fs).join("")));
        var strong = document.createElement("strong");
        strong.className = "focus";
        strong.textContent = cps.slice(fs, fe).join("");
        mark.appendChild(strong);
        mark.appendChild(text(cps.slice(fe, e).join("")));
      } else {
        mark.textContent = cps.slice(s, e).join("");
      }
      body.appendChild(mark);
      body.appendChild(text(cps.slice(e).join("")));
    }
    viewer.hidden = false;
    document.body.classList.add("viewer-open");
    var active = document.querySelectorAll("a.pt.active");
    for (var i = 0; i < active.length; i++) { active[i].classList.remove("active"); }
    var pts = document.querySelectorAll("a.pt");
    for (var j = 0; j < pts.length; j++) {
      if (pts[j].getAttribute("href") === hash) { pts[j].classList.add("active"); }
    }
    if (mark) { mark.scrollIntoView({ block: "center" }); } else { body.scrollTop = 0; }
    return true;
  }

  function onHash() { show(window.location.hash); }
  window.addEventListener("hashchange", onHash);
  var closeBtn = document.getElementById("viewer-close");
  if (closeBtn) {
    closeBtn.addEventListener("click", function () {
      document.getElementById("viewer").hidden = true;
      document.body.classList.remove("viewer-open");
    });
  }

  document.addEventListener("keydown", function (ev) {
    if (ev.key === "Escape" && closeBtn && !document.getElementById("viewer").hidden) { closeBtn.click(); }
  });

  /* a report of several stories: #story-N opens story N from its deferred block (the element with id story-N) */
  var STORY = /^#story-(\d+)$/;
  var openStory = null;
  function showIndex(visible) {
    var list = document.getElementById("stories"), view = document.getElementById("story-view");
    if (list && view) { list.hidden = !visible; view.hidden = visible; }
  }
  function loadStory(n) {
    if (openStory === n) { showIndex(false); return true; }
    var block = document.getElementById("story-" + n);
    var target = document.getElementById("story-body");
    if (!block || !target || block.tagName !== "SCRIPT") { return false; }
    var doc = new DOMParser().parseFromString("<!DOCTYPE html><body>" + (block.textContent || ""), "text/html");
    var more = {};
    var holder = doc.querySelector("[data-story-index]");
    if (holder) {
      try { more = JSON.parse(holder.getAttribute("data-story-index") || "{}"); } catch (err) { more = {}; }
      holder.parentNode.removeChild(holder);
    }
    while (target.firstChild) { target.removeChild(target.firstChild); }
    var nodes = Array.prototype.slice.call(doc.body.childNodes);
    nodes.forEach(function (node) { target.appendChild(document.importNode(node, true)); });
    Object.keys(more).forEach(function (k) { index[k] = more[k]; });
    openStory = n;
    showIndex(false);
    setup(target);
    document.documentElement.setAttribute("data-story-open", String(n));
    window.scrollTo(0, 0);
    return true;
  }
  function onStoryHash(hash) {
    var m = STORY.exec(hash || "");
    if (m) { return loadStory(m[1]); }
    if (hash === "#stories" && document.getElementById("story-view")) { showIndex(true); }
    return false;
  }
  window.addEventListener("hashchange", function () { onStoryHash(window.location.hash); });

  /* sortable tables: click a header; cells may carry data-v with the value to sort by */
  function cellValue(row, col) {
    var cell = row.cells[col];
    if (!cell) { return ""; }
    return cell.hasAttribute("data-v") ? cell.getAttribute("data-v") : cell.textContent.trim();
  }
  function setup(root) {
    var tables = root.querySelectorAll("table.sortable");
    Array.prototype.forEach.call(tables, function (table) {
      var heads = table.querySelectorAll("th.sortable");
      Array.prototype.forEach.call(heads, function (th) {
        th.addEventListener("click", function () {
          var col = th.cellIndex;
          var numeric = th.getAttribute("data-type") === "num";
          var asc = !th.classList.contains("asc");
          Array.prototype.forEach.call(heads, function (h) { h.classList.remove("asc", "desc"); });
          th.classList.add(asc ? "asc" : "desc");
          var tbody = table.tBodies[0];
          var rows = Array.prototype.slice.call(tbody.rows);
          rows.sort(function (a, b) {
            var x = cellValue(a, col), y = cellValue(b, col), r;
            if (numeric) {
              var fx = parseFloat(x), fy = parseFloat(y);
              fx = isNaN(fx) ? -Infinity : fx; fy = isNaN(fy) ? -Infinity : fy;
              r = fx - fy;
            } else { r = x.localeCompare(y); }
            return asc ? r : -r;
          });
          rows.forEach(function (r) { tbody.appendChild(r); });
        });
      });
    });

    /* claims filter: free text, source, outlet, track, dates */
    var table = document.getElementById("claims-table");
    function val(id) { var el = document.getElementById(id); return el ? el.value : ""; }
    function applyFilter() {
      if (!table) { return; }
      var q = val("f-text").toLowerCase(), src = val("f-source"), out = val("f-outlet"), trk = val("f-track");
      var since = val("f-since"), until = val("f-until"), shown = 0;
      var rows = table.tBodies[0].rows;
      for (var i = 0; i < rows.length; i++) {
        var r = rows[i], d = r.getAttribute("data-date") || "";
        var ok = (!src || r.getAttribute("data-source") === src) &&
          (!out || r.getAttribute("data-outlet") === out) &&
          (!trk || r.getAttribute("data-track") === trk) &&
          (!since || (d && d >= since)) && (!until || (d && d <= until)) &&
          (!q || r.textContent.toLowerCase().indexOf(q) !== -1);
        r.hidden = !ok;
        if (ok) { shown++; }
      }
      var count = document.getElementById("f-count");
      if (count) { count.textContent = shown + " of " + rows.length + " claims"; }
    }
    ["f-text", "f-source", "f-outlet", "f-track", "f-since", "f-until"].forEach(function (id) {
      var el = document.getElementById(id);
      if (el) { el.addEventListener("input", applyFilter); el.addEventListener("change", applyFilter); }
    });
    applyFilter();
  }
  setup(document);
  if (window.location.hash && !onStoryHash(window.location.hash)) { onHash(); }
  document.documentElement.setAttribute("data-ready-ms", String(Math.round(performance.now())));
  document.documentElement.setAttribute("data-ready", "1");
})();
