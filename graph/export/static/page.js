// The exported page: one self-contained drawing of DATA (graph/export/html.py).
// Whole graph: opens on the largest hubs (the entities with the most facts), their names always
// readable (at least 15 px on screen whatever the zoom); other names and the edges' labels appear
// as one zooms in. Centred view: the entity in the middle, its neighbours in rings by distance.
// Edges are styled by their state now (current, former, event, conflicting: service/states.py).
// `#status` and window.fkg report what was drawn (the browser tests read them).
"use strict";
(() => {
  const $ = id => document.getElementById(id);
  const esc = s => String(s ?? "").replace(/[&<>"']/g, c => ({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"}[c]));
  const STATE_TEXT = {current: "current", former: "former", event: "event", conflict: "conflicting report"};
  const HUB_PX = 15;  // a hub's (and the centre's) name on screen, in pixels, at any zoom
  const centreId = DATA.center;

  const cy = cytoscape({container: $("cy"), elements: DATA.elements, minZoom: 0.05, maxZoom: 4});
  cy.nodes().forEach(n => n.data("degree", n.degree(false)));
  cy.edges().forEach(e => {
    const d = e.data();
    const state = d.state || (d.contradicts ? "conflict" : d.valid_to ? "former" : "current");  // a page made without states
    e.data("state", state).addClass(state);
  });
  const maxDeg = Math.max(1, ...cy.nodes().map(n => n.data("degree")));
  const size = n => 14 + 34 * Math.sqrt(n.data("degree") / maxDeg);
  const ranked = cy.nodes().sort((a, b) => b.data("degree") - a.data("degree") || a.data("name").localeCompare(b.data("name")));
  const hubs = centreId ? cy.collection() : ranked.slice(0, Math.min(DATA.hubs, ranked.length));
  const centre = centreId ? cy.getElementById(centreId) : cy.collection();
  hubs.addClass("hub");
  centre.addClass("centre");
  const named = hubs.union(centre);

  cy.style([
    {selector: "node", style: {"label": "data(name)", "background-color": n => DATA.colours[n.data("type")] || "#999",
      "width": size, "height": size, "font-size": 12, "min-zoomed-font-size": 8, "color": "#222",
      "text-valign": "bottom", "text-margin-y": 3, "text-outline-color": "#fff", "text-outline-width": 2}},
    {selector: "node.hub, node.centre", style: {"font-weight": "bold", "min-zoomed-font-size": 0, "z-index": 20,
      "text-outline-width": 0, "text-background-color": "#fff", "text-background-opacity": 0.85, "text-background-padding": 2,
      "text-background-shape": "roundrectangle"}},
    {selector: "node.centre", style: {"border-width": 4, "border-color": "#f2cc8f"}},
    {selector: "edge", style: {"label": "data(label)", "font-size": 10, "min-zoomed-font-size": centreId ? 7 : 12, "curve-style": "bezier",
      "target-arrow-shape": "triangle", "arrow-scale": 0.8, "width": 1.8, "line-color": "#7d8fa6", "target-arrow-color": "#7d8fa6",
      "text-rotation": "autorotate", "color": "#333", "text-background-color": "#fff", "text-background-opacity": 0.8,
      "text-background-padding": 1}},
    {selector: "edge.former", style: {"line-style": "dashed", "line-color": "#bdbdbd", "target-arrow-color": "#bdbdbd",
      "opacity": 0.6, "color": "#888"}},
    {selector: "edge.event", style: {"line-color": "#d9822b", "target-arrow-color": "#d9822b", "target-arrow-shape": "vee"}},
    {selector: "edge.conflict", style: {"line-style": "dotted", "width": 2.2, "line-color": "#d62828", "target-arrow-color": "#d62828"}},
    {selector: ".dim", style: {"opacity": 0.12}},
    {selector: "node:selected", style: {"border-width": 5, "border-color": "#f2cc8f"}},  // the type's colour stays visible
    {selector: "edge:selected", style: {"overlay-color": "#f2cc8f", "overlay-opacity": 0.35, "overlay-padding": 4}},
  ]);

  // hubs' and the centre's names keep HUB_PX on screen when zoomed out, and grow when zoomed in
  const sizeNames = () => cy.batch(() => named.style("font-size", Math.max(12, HUB_PX / cy.zoom())));
  cy.on("zoom", sizeNames);

  function layout() {
    const box = $("cy").getBoundingClientRect();
    const aspect = Math.max(0.3, Math.min(3, box.width / Math.max(1, box.height)));
    if (centre.nonempty()) {  // rings by distance from the centre, wide enough for the names and the edges' labels
      const dist = {};
      cy.elements().bfs({root: centre, directed: false, visit: (v, _e, _u, _i, depth) => { dist[v.id()] = depth; }});
      const rings = [];
      cy.nodes().forEach(n => { const d = dist[n.id()] ?? 1; (rings[d] = rings[d] || []).push(n); });
      const at = {};
      let radius = 0;
      rings.forEach((ring, d) => {
        if (d === 0) { ring.forEach(n => { at[n.id()] = {x: 0, y: 0}; }); return; }
        radius = Math.max(radius + 240, ring.length * 80 / (2 * Math.PI));
        ring.sort((a, b) => a.data("type").localeCompare(b.data("type")) || a.data("name").localeCompare(b.data("name")));
        ring.forEach((n, i) => {
          const t = 2 * Math.PI * i / ring.length - Math.PI / 2 + (d % 2 ? 0 : Math.PI / ring.length);
          at[n.id()] = {x: radius * Math.cos(t), y: radius * Math.sin(t)};
        });
      });
      return cy.layout({name: "preset", positions: n => at[n.id()], fit: false, animate: false});
    }
    if (cy.nodes().length > 1500) return cy.layout({name: "grid", animate: false, fit: false});
    // the layout's box has the canvas's shape, so the whole graph fills it rather than a strip of it
    const side = Math.sqrt(cy.nodes().length) * 110;
    return cy.layout({name: "cose", animate: false, randomize: true, fit: false, componentSpacing: 60,
      boundingBox: {x1: 0, y1: 0, w: side * Math.sqrt(aspect), h: side / Math.sqrt(aspect)},
      // hubs pushed apart, so their many neighbours and names have room
      nodeRepulsion: n => 300000 * (2 + n.data("degree")), idealEdgeLength: e => 70 + 10 * Math.sqrt(e.source().data("degree")
        + e.target().data("degree")), nodeOverlap: 40, gravity: 0.4, numIter: 2500});
  }

  // a force layout can leave two hubs so close that their names overlap: push the lower (or the right) one
  // away by the overlap, refit, and look again, until every hub's name stands clear of the others
  function separateNames(view) {
    const box = n => n.renderedBoundingBox({includeNodes: false, includeEdges: false, includeLabels: true});
    for (let round = 0; round < 40; round++) {
      const ns = named.toArray();
      let moved = false;
      for (let i = 0; i < ns.length; i++) {
        for (let j = i + 1; j < ns.length; j++) {
          const a = box(ns[i]), b = box(ns[j]);
          const dx = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1), dy = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1);
          if (dx <= 0 || dy <= 0) continue;
          const z = cy.zoom(), pa = ns[i].position(), pb = ns[j].position();
          const [n, p, q] = pb.y >= pa.y ? [ns[j], pb, pa] : [ns[i], pa, pb];
          if (dy <= dx) n.position({x: p.x, y: p.y + (dy + 4) / z});
          else n.position({x: p.x + (p.x >= q.x ? 1 : -1) * (dx + 4) / z, y: p.y});
          moved = true;
        }
      }
      if (!moved) return;
      show(view);
    }
  }

  function show(view) {
    const eles = view === "all" || centre.nonempty() ? cy.elements() : hubs;
    cy.fit(eles, eles === hubs ? 70 : 30);
    if (cy.zoom() > 1.25) {  // a small drawing at its natural size, in the middle
      cy.zoom(1.25);
      cy.center(eles);
    }
    sizeNames();
    $("view-hubs").classList.toggle("on", view === "hubs");
    $("view-all").classList.toggle("on", view === "all");
    document.body.dataset.view = view;
  }

  // -- the side panel ---------------------------------------------------------------------------
  const detail = $("detail");
  const badge = s => `<span class="state ${esc(s)}">${esc(STATE_TEXT[s] || s)}</span>`;
  const nameOf = id => cy.getElementById(id).data("name") || id;
  function evidenceHtml(x) {
    const art = DATA.articles[x.article_id] || {};
    const title = esc(x.title || art.title || x.article_id);
    const link = art.url ? `<a href="${esc(art.url)}" rel="noopener">${title}</a>` : title;
    return `<blockquote>${esc(x.evidence)}<div class="meta">${link} · ${esc(x.article_id)}${x.date ? " · " + esc(x.date) : ""}</div></blockquote>`;
  }
  function edgeDetail(e) {
    const d = e.data();
    const ev = DATA.evidence[d.id] || [];
    detail.innerHTML = `<h2>${esc(nameOf(d.source))} — ${esc(d.predicate)} → ${esc(nameOf(d.target))}</h2>`
      + `<p>${esc(d.label)} ${badge(d.state)}</p>`
      + `<p class="meta">confidence ${esc(d.confidence)}${d.valid_from ? " · from " + esc(d.valid_from) : ""}`
      + `${d.valid_to ? " · to " + esc(d.valid_to) : ""}</p>`
      + `<h3>Evidence (${ev.length} sentence${ev.length === 1 ? "" : "s"})</h3>` + ev.map(evidenceHtml).join("");
  }
  function nodeDetail(n) {
    const d = n.data();
    const facts = n.connectedEdges().sort((a, b) => ["current", "conflict", "event", "former"].indexOf(a.data("state"))
      - ["current", "conflict", "event", "former"].indexOf(b.data("state")));
    detail.innerHTML = `<h2>${esc(d.name)}</h2><p class="meta">${esc(d.type)}${d.pinyin ? " · " + esc(d.pinyin) : ""} · ${esc(d.id)}</p>`
      + `<p>${esc(JSON.parse(d.aliases || "[]").join("、"))}</p><h3>${facts.length} facts</h3><ul class="facts">`
      + facts.map(e => `<li class="${esc(e.data("state"))}" data-edge="${esc(e.id())}">${esc(nameOf(e.data("source")))} — `
        + `<b>${esc(e.data("label"))}</b> → ${esc(nameOf(e.data("target")))}${badge(e.data("state"))}</li>`).join("") + "</ul>";
  }
  function focus(n) {
    cy.elements().removeClass("dim");
    cy.elements().not(n.closedNeighborhood()).addClass("dim");
    cy.$(":selected").unselect();
    n.select();
    nodeDetail(n);
  }
  detail.addEventListener("click", ev => {
    const li = ev.target.closest("li[data-edge]");
    if (!li) return;
    const e = cy.getElementById(li.dataset.edge);
    cy.$(":selected").unselect();
    e.select();
    edgeDetail(e);
  });
  cy.on("tap", "edge", ev => edgeDetail(ev.target));
  cy.on("tap", "node", ev => focus(ev.target));
  cy.on("tap", ev => { if (ev.target === cy) cy.elements().removeClass("dim"); });

  if (hubs.nonempty()) {
    $("hubs").innerHTML = `<h3>Largest hubs</h3><ol class="hubs">` + hubs.map(n => `<li data-node="${esc(n.id())}">`
      + `${esc(n.data("name"))} <span class="meta">${esc(n.data("type"))} · ${n.data("degree")} facts</span></li>`).join("") + "</ol>";
    $("hubs").addEventListener("click", ev => {
      const li = ev.target.closest("li[data-node]");
      if (!li) return;
      const n = cy.getElementById(li.dataset.node);
      cy.fit(n.closedNeighborhood(), 60);
      sizeNames();
      for (const b of ["view-hubs", "view-all"]) $(b).classList.remove("on");  // neither view now
      focus(n);
    });
  } else $("view-hubs").hidden = true;
  $("view-hubs").addEventListener("click", () => show("hubs"));
  $("view-all").addEventListener("click", () => show("all"));

  // -- draw -----------------------------------------------------------------------------------
  // the force layout draws from Math.random: seeded, the same export draws the same picture every time
  const random = Math.random;
  let seed = 22;
  Math.random = () => {  // mulberry32
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const l = layout();
  l.one("layoutstop", () => {
    Math.random = random;
    const first = centre.nonempty() || hubs.empty() ? "all" : "hubs";
    show(first);
    separateNames(first);
    const counts = ["current", "former", "event", "conflict"].map(s => [s, cy.edges("." + s).length]).filter(([, k]) => k);
    $("status").textContent = `${cy.nodes().length} nodes, ${cy.edges().length} edges`
      + (counts.length ? ` (${counts.map(([s, k]) => `${k} ${s === "event" ? "events" : s === "conflict" ? "conflicting" : s}`).join(", ")})` : "");
    document.body.dataset.ready = "1";
  });
  l.run();
  window.fkg = {cy, hubs, centre, show, focus};
})();
