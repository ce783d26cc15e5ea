// The fintech-kg explorer: draws what the public HTTP API answers, nothing else, so it works on
// every backend `fkg serve` offers. Search (/entities), neighbourhoods (/entities/{id}/neighbors),
// the state on a date (/companies/{id}/holders and /executives with as_of: the API's own rules for
// terms and stake sales), details (/entities/{id}) and events (/entities/{id}/timeline).
"use strict";
(() => {
  const $ = id => document.getElementById(id);
  const esc = s => String(s ?? "").replace(/[&<>"']/g, c => ({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"}[c]));
  const enc = encodeURIComponent;
  const EVENTS = new Set(["SOLD_STAKE", "SUCCEEDED", "FOUNDED", "RENAMED_TO", "LISTED_ON"]);
  const STATE_TEXT = {current: "current", former: "former", future: "not yet", conflict: "conflicting report"};
  const stateText = (f, st) => EVENTS.has(f.predicate) && st.state === "current" ? "happened" : STATE_TEXT[st.state];

  const S = {
    vocab: {colours: {}, roles: {}}, center: null, expanded: new Set(), facts: new Map(), states: new Map(),
    asOf: null, range: null, cache: new Map(), selected: null, busy: 0, seq: 0, tab: "detail",
  };

  // -- HTTP ------------------------------------------------------------------------------------
  async function api(path, params = {}) {
    const u = new URL(path, location.origin);
    for (const [k, v] of Object.entries(params)) {
      if (v === null || v === undefined || v === "") continue;
      for (const x of Array.isArray(v) ? v : [v]) u.searchParams.append(k, x);
    }
    const r = await fetch(u, {headers: {Accept: "application/json"}});
    const body = await r.json().catch(() => ({}));
    if (!r.ok && r.status !== 300) throw new Error(body.detail || `${r.status} ${r.statusText}`);
    return body;
  }

  async function busy(fn) {
    S.busy++;
    document.body.dataset.state = "busy";
    try { return await fn(); } catch (e) { status(`error: ${e.message}`); throw e; } finally {
      if (--S.busy === 0) document.body.dataset.state = "ready";
    }
  }

  // -- labels ----------------------------------------------------------------------------------
  const pct = p => (p === null || p === undefined) ? "stake" : `${+p.toFixed(4)}%`;
  const span = (a, b) => a || b ? `${a || "…"}–${b || ""}` : "";
  function role(q) {
    if (q.title && (!q.role || q.role === "other")) return q.title;
    const r = S.vocab.roles[q.role];
    return r ? r.zh : (q.role || "position");
  }
  function label(f, st) {
    const q = f.qualifiers || {};
    const d = q.date || f.valid_from || "";
    switch (f.predicate) {
      case "HOLDS_STAKE": {
        const shown = st && st.percent !== undefined ? st.percent : q.percent;
        return [pct(shown), q.controlling ? "控股" : "", st && st.stake && st.stake.bought_in ? "incl. bought" : "",
          q.as_of && !(st && st.stake && st.stake.bought_in) ? q.as_of : ""].filter(Boolean).join(" · ");
      }
      case "HOLDS_POSITION": {
        const t = f.term || {};
        return [role(q), span(t.start || f.valid_from, t.end || f.valid_to)].filter(Boolean).join(" ");
      }
      case "SOLD_STAKE": return ["sold", q.percent !== undefined && q.percent !== null ? pct(q.percent) : "", d].filter(Boolean).join(" ");
      case "SUBSIDIARY_OF": return (q.kind || "subsidiary").replaceAll("_", " ");
      case "LISTED_ON": return [q.ticker, d].filter(Boolean).join(" · ") || "listed";
      case "SUCCEEDED": return ["succeeded", q.role ? role({role: q.role}) : "", d].filter(Boolean).join(" ");
      case "FOUNDED": return ["founded", d].filter(Boolean).join(" ");
      case "RENAMED_TO": return ["renamed", d].filter(Boolean).join(" ");
      default: return f.predicate;
    }
  }
  const colour = t => S.vocab.colours[t] || "#999";

  // -- the drawing -----------------------------------------------------------------------------
  const cy = cytoscape({
    container: $("cy"), elements: [], minZoom: 0.15, maxZoom: 3,
    style: [
      {selector: "node", style: {"label": "data(name)", "background-color": n => colour(n.data("type")), "color": "#222",
        "font-size": 13, "text-valign": "bottom", "text-margin-y": 4, "width": 24, "height": 24,
        "text-outline-color": "#fff", "text-outline-width": 2}},
      {selector: "node.center", style: {"width": 38, "height": 38, "border-width": 4, "border-color": "#f2cc8f", "font-weight": "bold", "font-size": 15}},
      {selector: "node.expanded", style: {"border-width": 2, "border-color": "#555"}},
      {selector: "node.faded", style: {"opacity": 0.35}},
      {selector: "node.future", style: {"display": "none"}},
      {selector: "edge", style: {"label": "data(label)", "font-size": 11, "curve-style": "bezier", "target-arrow-shape": "triangle",
        "width": 2, "line-color": "#8a9bb0", "target-arrow-color": "#8a9bb0", "text-rotation": "autorotate", "color": "#333",
        "text-background-color": "#fff", "text-background-opacity": 0.85, "text-background-padding": 1}},
      {selector: "edge.sale", style: {"line-color": "#e07a5f", "target-arrow-color": "#e07a5f", "target-arrow-shape": "vee"}},
      {selector: "edge.former", style: {"line-style": "dashed", "opacity": 0.45, "line-color": "#b9b9b9", "target-arrow-color": "#b9b9b9", "color": "#888"}},
      {selector: "edge.conflict", style: {"line-style": "dotted", "line-color": "#d62828", "target-arrow-color": "#d62828"}},
      {selector: "edge.future", style: {"display": "none"}},
      {selector: ":selected", style: {"overlay-color": "#f2cc8f", "overlay-opacity": 0.35, "overlay-padding": 4}},
    ],
  });

  function addNeighbourhood(data, around) {
    const added = [];
    const from = cy.getElementById(around);
    const at = from.nonempty() ? from.position() : {x: 0, y: 0};
    for (const n of [data.center, ...data.nodes]) {
      if (!n || cy.getElementById(n.id).nonempty()) continue;
      added.push(cy.add({group: "nodes", data: {id: n.id, name: n.name, type: n.type},
        position: {x: at.x + (Math.random() - 0.5) * 120, y: at.y + (Math.random() - 0.5) * 120}}));
    }
    for (const f of data.edges) addFact(f);
    return added.length;
  }

  function addFact(f) {
    S.facts.set(f.id, f);
    for (const e of [f.subject, f.object]) {
      if (cy.getElementById(e.id).empty()) cy.add({group: "nodes", data: {id: e.id, name: e.name, type: e.type}});
    }
    if (cy.getElementById(f.id).empty()) {
      cy.add({group: "edges", classes: f.predicate === "SOLD_STAKE" ? "sale" : "",
        data: {id: f.id, source: f.subject.id, target: f.object.id, predicate: f.predicate, label: label(f)}});
    }
  }

  function layout(randomize) {
    const n = cy.nodes().length;
    return new Promise(resolve => {
      const l = cy.layout(n > 400 ? {name: "grid", fit: true, padding: 30} : {name: "cose", animate: false, randomize, fit: true,
        padding: 40, nodeRepulsion: () => 600000, idealEdgeLength: () => 130, nodeOverlap: 30, gravity: 0.3, numIter: 1500});
      l.one("layoutstop", resolve);
      l.run();
    });
  }

  async function expand(id) {
    if (S.expanded.has(id)) return false;
    const data = await api(`/entities/${enc(id)}/neighbors`, {depth: 1});
    S.expanded.add(id);
    cy.getElementById(id).addClass("expanded");
    const added = addNeighbourhood(data, id);
    updateRange();
    if (added) await layout(cy.nodes().length === added + 1);
    return true;
  }

  // -- the date slider ---------------------------------------------------------------------------
  const monthIndex = d => { const [y, m] = d.split("-"); return +y * 12 + (m ? +m - 1 : 0); };
  function monthEnd(i) {
    const y = Math.floor(i / 12), m = i % 12 + 1;
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(last).padStart(2, "0")}`;
  }
  function factDates(f) {
    const q = f.qualifiers || {}, t = f.term || {};
    return [f.valid_from, f.valid_to, q.date, q.as_of, t.start, t.end].filter(d => typeof d === "string" && /^\d{4}/.test(d));
  }
  function updateRange() {
    const all = [...S.facts.values()].flatMap(factDates).map(monthIndex);
    const slider = $("asof");
    if (!all.length) { slider.disabled = true; $("now").disabled = true; S.range = null; return; }
    const lo = Math.min(...all) - 1, hi = Math.max(...all) + 1;
    const wasNow = S.asOf === null;
    S.range = [lo, hi];
    slider.min = lo; slider.max = hi + 1;  // the last position is "now": the latest state reported
    slider.disabled = false; $("now").disabled = false;
    if (wasNow) slider.value = hi + 1;
    else slider.value = Math.min(Math.max(monthIndex(S.asOf), lo), hi);
  }
  function sliderDate() {
    const v = +$("asof").value;
    return !S.range || v > S.range[1] ? null : monthEnd(v);
  }

  // -- the state on a date: asked of the API, never recomputed here --------------------------------
  function companyAt(id, d) {
    const key = `${id}|${d || "now"}`;
    if (!S.cache.has(key)) {
      S.cache.set(key, Promise.all([
        api(`/companies/${enc(id)}/holders`, {as_of: d}).catch(() => null),
        api(`/companies/${enc(id)}/executives`, {as_of: d}).catch(() => null),
      ]).then(([holders, executives]) => ({holders, executives})));
    }
    return S.cache.get(key);
  }
  const after = (x, d) => Boolean(d && x && x > d);
  function firstDate(f) {
    const q = f.qualifiers || {};
    return q.as_of || q.date || (f.term && f.term.start) || f.valid_from || f.reported_at || null;
  }
  function stateOf(f, d, at) {
    const c = at.get(f.object.id);
    if (f.predicate === "HOLDS_STAKE" && c && c.holders) {
      const stake = c.holders.stakes.find(s => s.facts.includes(f.id))
        || c.holders.stakes.find(s => (s.same_as || []).some(x => x.id === f.subject.id));
      if (stake) return {state: "current", percent: stake.percent, stake};
      return {state: after(firstDate(f), d) ? "future" : "former"};
    }
    if (f.predicate === "HOLDS_POSITION" && c && c.executives) {
      const ex = c.executives, has = list => (list || []).some(x => x.id === f.id);
      if (has(ex.current)) return {state: "current"};
      if (has(ex.conflicting)) return {state: "conflict"};
      if (has(ex.former)) return {state: "former"};
      return {state: after(firstDate(f), d) ? "future" : "former"};
    }
    if (EVENTS.has(f.predicate)) return {state: after((f.qualifiers || {}).date || f.valid_from, d) ? "future" : "current"};
    if (after(f.valid_from, d)) return {state: "future"};
    if (f.valid_to && (!d || f.valid_to <= d)) return {state: "former"};
    return {state: "current"};
  }

  async function applyAsOf() {
    const d = sliderDate();
    S.asOf = d;
    $("asof-label").textContent = d ? d.slice(0, 7) : "now";
    $("asof-label").title = d ? `as of ${d}` : "the latest state the articles report";
    const seq = ++S.seq;
    const companies = new Set([...S.facts.values()].filter(f => f.predicate === "HOLDS_STAKE" || f.predicate === "HOLDS_POSITION")
      .map(f => f.object.id));
    const at = new Map(await Promise.all([...companies].map(async c => [c, await companyAt(c, d)])));
    if (seq !== S.seq) return;  // a later move of the slider won
    S.at = at;
    cy.batch(() => {
      for (const f of S.facts.values()) {
        const st = stateOf(f, d, at);
        S.states.set(f.id, st);
        const e = cy.getElementById(f.id);
        e.removeClass("current former future conflict").addClass(st.state);
        e.data("label", label(f, st));
        e.data("state", st.state);
      }
      for (const n of cy.nodes()) {
        const keep = n.id() === S.center || S.expanded.has(n.id());
        const states = n.connectedEdges().map(e => e.data("state"));
        n.removeClass("faded future");
        if (keep || states.some(s => s === "current" || s === "conflict")) continue;
        n.addClass(states.every(s => s === "future") ? "future" : "faded");
      }
    });
    remember();
    status();
    if (S.selected) await show(S.selected, false);
  }

  function status(text) {
    if (text) { $("status").textContent = text; return; }
    const edges = cy.edges().not(".future");
    $("status").textContent = `${cy.nodes().not(".future").length} nodes, ${edges.length} edges`
      + ` (${edges.filter(".current").length} current, ${edges.filter(".former").length} former)`
      + ` · as of ${S.asOf || "now"}`;
  }

  // -- side panel ---------------------------------------------------------------------------------
  function evidenceHtml(f, limit) {
    const evs = f.evidence || [];
    return evs.slice(0, limit).map(x => {
      const src = x.url ? `<a href="${esc(x.url)}" target="_blank" rel="noopener">${esc(x.title || x.article_id)}</a>`
        : `<a href="/facts?subject=${enc(f.subject.id)}&predicate=${enc(f.predicate)}&object=${enc(f.object.id)}" target="_blank"
             title="the fact with all its provenance (JSON)">${esc(x.title || "article")}</a>`;
      return `<blockquote class="evidence">${esc(x.evidence)}<div class="meta">${src} · ${esc(x.article_id)}`
        + `${x.date ? " · " + esc(x.date) : ""} · confidence ${esc(x.confidence)}</div></blockquote>`;
    }).join("") + (evs.length > limit ? `<p class="meta">… ${evs.length - limit} more sentences</p>` : "");
  }
  const ent = e => `<a class="ent" data-entity="${esc(e.id)}">${esc(e.name)}</a>`;
  function factHtml(f, limit) {
    const st = S.states.get(f.id) || {state: "current"};
    return `<div class="fact ${st.state}" data-fact="${esc(f.id)}"><div class="head">${ent(f.subject)} — <b>${esc(label(f, st))}</b>`
      + ` <span class="meta">${esc(f.predicate)}</span> → ${ent(f.object)}<span class="state ${st.state}">${stateText(f, st)}</span></div>`
      + evidenceHtml(f, limit) + `</div>`;
  }

  function holdersHtml(c) {
    if (!c || !c.holders) return "";
    const h = c.holders;
    const items = h.stakes.map(s => {
      const bought = s.bought_in && S.facts.get(s.bought_in);
      return `<li>${ent(s.holder)} <b>${pct(s.percent)}</b>${s.same_as.length ? ` <span class="meta">(also reported as ${s.same_as.map(x => esc(x.name)).join("、")})</span>` : ""}`
        + `${bought ? ` <span class="meta">incl. ${pct(bought.qualifiers.percent)} bought ${esc(bought.qualifiers.date || "")}</span>` : ""}</li>`;
    });
    return `<h3>Holders as of ${esc(S.asOf || "now")}</h3><ul class="plain" id="holders">${items.join("") || "<li class='meta'>none reported</li>"}</ul>`;
  }
  function executivesHtml(c) {
    if (!c || !c.executives || !(c.executives.current || []).length) return "";
    const li = (f, cls) => `<li class="${cls}">${ent(f.subject)} ${esc(label(f))}</li>`;
    return `<h3>Executives as of ${esc(S.asOf || "now")}</h3><ul class="plain" id="executives">`
      + c.executives.current.slice(0, 25).map(f => li(f, "")).join("")
      + (c.executives.conflicting || []).map(f => li(f, "former")).join("") + `</ul>`;
  }

  async function showEntity(id) {
    const e = await api(`/entities/${enc(id)}`);
    const facts = cy.getElementById(id).connectedEdges().map(x => S.facts.get(x.id())).filter(Boolean);
    facts.sort((a, b) => (["current", "conflict", "former", "future"].indexOf((S.states.get(a.id) || {}).state)
      - ["current", "conflict", "former", "future"].indexOf((S.states.get(b.id) || {}).state)));
    const c = e.type === "Company" && S.at ? S.at.get(id) || await companyAt(id, S.asOf) : null;
    $("detail").innerHTML = `<h2 id="detail-title">${esc(e.name)}</h2>`
      + `<p class="meta"><span style="color:${colour(e.type)}">●</span> ${esc(e.type)} · ${esc(e.pinyin || "")} · `
      + `<a href="/entities/${enc(e.id)}" target="_blank">${esc(e.id)}</a> · ${e.fact_count} facts</p>`
      + (e.aliases.length ? `<p>${e.aliases.map(esc).join("、")}</p>` : "")
      + `<p><button type="button" data-center="${esc(e.id)}">Centre here</button> `
      + `<button type="button" data-timeline="${esc(e.id)}">Timeline</button></p>`
      + holdersHtml(c) + executivesHtml(c)
      + `<h3>Facts in view (${facts.length})</h3>` + facts.map(f => factHtml(f, 1)).join("");
  }

  function showFact(id) {
    const f = S.facts.get(id);
    if (!f) return;
    const q = f.qualifiers || {};
    const rows = Object.entries(q).filter(([k]) => !k.endsWith("_id")).map(([k, v]) => `<tr><td class="meta">${esc(k)}</td><td>${esc(v)}</td></tr>`);
    for (const [k, v] of [["valid from", f.valid_from], ["valid to", f.valid_to], ["reported", f.reported_at], ["confidence", f.confidence]]) {
      if (v !== null && v !== undefined) rows.push(`<tr><td class="meta">${k}</td><td>${esc(v)}</td></tr>`);
    }
    if (f.term && f.term.ended_by) rows.push(`<tr><td class="meta">term ended by</td><td>${esc(f.term.ended_by)}</td></tr>`);
    const st = S.states.get(f.id) || {state: "current"};
    $("detail").innerHTML = `<h2 id="detail-title">${ent(f.subject)} → ${ent(f.object)}</h2>`
      + `<p><b>${esc(f.predicate)}</b> · ${esc(label(f, st))} <span class="state ${st.state}">${stateText(f, st)} as of ${esc(S.asOf || "now")}</span></p>`
      + `<table>${rows.join("")}</table>`
      + ((f.contradicts || []).length ? `<p class="state conflict">contradicts ${f.contradicts.map(esc).join(", ")}</p>` : "")
      + `<h3>Evidence (${(f.evidence || []).length} sentences)</h3>` + evidenceHtml(f, 50);
  }

  async function show(sel, focus = true) {
    S.selected = sel;
    if (sel.fact) showFact(sel.fact);
    else await showEntity(sel.entity);
    if (focus) { $("side").scrollTop = 0; tab("detail"); }
  }

  async function showTimeline(id) {
    const t = await api(`/entities/${enc(id)}/timeline`);
    $("timeline").innerHTML = `<h2>${esc(t.entity.name)}: ${t.events.length} dated events</h2>`
      + `<p class="meta">Click an event to move the date there.</p><ol>`
      + t.events.map((ev, i) => `<li data-event="${i}"><span class="when">${esc(ev.date)}</span>${esc(ev.kind.replaceAll("_", " "))}: `
        + `${esc(ev.fact.subject.name)} — ${esc(label(ev.fact))} → ${esc(ev.fact.object.name)}</li>`).join("") + `</ol>`;
    $("timeline").onclick = async e => {
      const li = e.target.closest("li[data-event]");
      if (!li) return;
      const ev = t.events[+li.dataset.event];
      await busy(async () => {
        if (!S.facts.has(ev.fact.id)) { addFact(ev.fact); updateRange(); await layout(false); }
        $("asof").value = Math.min(monthIndex(ev.date), +$("asof").max);
        await applyAsOf();
        cy.elements().unselect();
        cy.getElementById(ev.fact.id).select();
        S.selected = {fact: ev.fact.id};
        showFact(ev.fact.id);
      });
    };
  }

  function tab(name) {
    S.tab = name;
    $("detail").hidden = name !== "detail";
    $("timeline").hidden = name !== "timeline";
    $("tab-detail").classList.toggle("on", name === "detail");
    $("tab-timeline").classList.toggle("on", name === "timeline");
  }

  // -- choosing an entity --------------------------------------------------------------------------
  async function pick(id, asOf) {
    await busy(async () => {
      cy.elements().remove();
      S.facts.clear(); S.states.clear(); S.expanded.clear(); S.cache.clear();
      S.center = id; S.asOf = asOf || null;
      $("results").hidden = true;
      await expand(id);
      cy.getElementById(id).addClass("center");
      if (asOf) $("asof").value = Math.min(Math.max(monthIndex(asOf), S.range ? S.range[0] : 0), S.range ? S.range[1] : 0);
      await applyAsOf();
      for (const b of ["export-png", "export-graphml"]) $(b).disabled = false;
      $("search").value = cy.getElementById(id).data("name") || $("search").value;
      await show({entity: id});
      await showTimeline(id);
    });
  }

  function remember() {
    if (!S.center) return;
    history.replaceState(null, "", `#e=${enc(S.center)}${S.asOf ? `&d=${S.asOf}` : ""}`);
  }

  let searchTimer = null, results = [], active = -1;
  async function search(q) {
    if (!q.trim()) { $("results").hidden = true; return; }
    results = await api("/entities", {q, limit: 10});
    active = results.length ? 0 : -1;
    renderResults(q);
  }
  function renderResults(q) {
    const ul = $("results");
    ul.innerHTML = results.map((r, i) => `<li role="option" data-i="${i}" class="${i === active ? "active" : ""}">`
      + `<span class="type" style="background:${colour(r.type)}">${esc(r.type)}</span><span class="name">${esc(r.name)}</span>`
      + `<span class="why">${esc(r.matched && r.matched !== r.name ? r.matched : r.pinyin || "")}</span></li>`).join("")
      || `<li class="meta">nothing matches ${esc(q)}</li>`;
    ul.hidden = false;
  }

  // -- exports ---------------------------------------------------------------------------------------
  function download(name, blob) {
    const a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = name;
    document.body.appendChild(a);
    a.click();
    setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 2000);
  }
  const fileStem = () => `fintech-kg-${(cy.getElementById(S.center).data("name") || "graph")}-${S.asOf || "now"}`;
  const xml = s => String(s ?? "").replace(/[&<>"]/g, c => ({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"}[c]));
  function graphml() {
    const nodeKeys = ["name", "type", "aliases"], edgeKeys = ["predicate", "label", "state", "fact_id", "valid_from", "valid_to", "evidence", "article_id"];
    const out = [`<?xml version="1.0" encoding="UTF-8"?>`,
      `<graphml xmlns="http://graphml.graphdrawing.org/xmlns">`,
      ...nodeKeys.map(k => `<key id="n_${k}" for="node" attr.name="${k}" attr.type="string"/>`),
      ...edgeKeys.map(k => `<key id="e_${k}" for="edge" attr.name="${k}" attr.type="string"/>`),
      `<key id="g_as_of" for="graph" attr.name="as_of" attr.type="string"/>`,
      `<graph id="G" edgedefault="directed"><data key="g_as_of">${xml(S.asOf || "now")}</data>`];
    for (const n of cy.nodes().not(".future")) {
      out.push(`<node id="${xml(n.id())}"><data key="n_name">${xml(n.data("name"))}</data><data key="n_type">${xml(n.data("type"))}</data></node>`);
    }
    for (const e of cy.edges().not(".future")) {
      const f = S.facts.get(e.id()), ev = (f.evidence || [])[0] || {};
      const vals = {predicate: f.predicate, label: e.data("label"), state: e.data("state"), fact_id: f.id, valid_from: f.valid_from,
        valid_to: f.valid_to, evidence: ev.evidence, article_id: ev.article_id};
      out.push(`<edge id="${xml(e.id())}" source="${xml(f.subject.id)}" target="${xml(f.object.id)}">`
        + edgeKeys.filter(k => vals[k] !== null && vals[k] !== undefined).map(k => `<data key="e_${k}">${xml(vals[k])}</data>`).join("") + `</edge>`);
    }
    out.push(`</graph>`, `</graphml>`);
    return out.join("\n");
  }

  // -- wiring ----------------------------------------------------------------------------------------
  $("search").addEventListener("input", e => {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(() => busy(() => search(e.target.value)).catch(() => {}), 180);
  });
  $("search").addEventListener("keydown", async e => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      active = Math.max(0, Math.min(results.length - 1, active + (e.key === "ArrowDown" ? 1 : -1)));
      renderResults(e.target.value);
      e.preventDefault();
    } else if (e.key === "Enter") {
      clearTimeout(searchTimer);
      await busy(() => search(e.target.value));
      if (results[active]) await pick(results[active].id);
    } else if (e.key === "Escape") {
      $("results").hidden = true;
    }
  });
  $("results").addEventListener("click", e => {
    const li = e.target.closest("li[data-i]");
    if (li) pick(results[+li.dataset.i].id);
  });
  document.addEventListener("click", e => { if (!e.target.closest(".search")) $("results").hidden = true; });
  $("asof").addEventListener("input", () => busy(applyAsOf));
  $("now").addEventListener("click", () => { $("asof").value = $("asof").max; busy(applyAsOf); });
  $("tab-detail").addEventListener("click", () => tab("detail"));
  $("tab-timeline").addEventListener("click", () => tab("timeline"));
  $("side").addEventListener("click", e => {
    const t = e.target;
    if (t.dataset.center) pick(t.dataset.center, S.asOf);
    else if (t.dataset.timeline) busy(async () => { await showTimeline(t.dataset.timeline); tab("timeline"); });
    else if (t.dataset.entity) {
      const id = t.dataset.entity;
      busy(async () => {
        if (cy.getElementById(id).empty()) return pick(id, S.asOf);
        cy.elements().unselect(); cy.getElementById(id).select();
        await show({entity: id});
      });
    } else {
      const head = t.closest(".fact .head");
      if (head) {
        const fid = head.parentElement.dataset.fact;
        cy.elements().unselect(); cy.getElementById(fid).select();
        show({fact: fid});
      }
    }
  });
  cy.on("tap", "node", e => busy(async () => {
    const id = e.target.id();
    if (await expand(id)) await applyAsOf();
    await show({entity: id});
  }));
  cy.on("tap", "edge", e => { show({fact: e.target.id()}); });
  $("export-png").addEventListener("click", async () => {
    download(`${fileStem()}.png`, await cy.png({output: "blob-promise", bg: "#ffffff", full: true, scale: 2}));
  });
  $("export-graphml").addEventListener("click", () => {
    download(`${fileStem()}.graphml`, new Blob([graphml()], {type: "application/graphml+xml"}));
  });

  async function start() {
    S.vocab = await api("/explore/vocabulary.json");
    $("legend").innerHTML = Object.entries(S.vocab.colours).map(([t, c]) => `<span><i style="background:${c}"></i>${esc(t)}</span>`).join("")
      + `<br><span><b></b>current</span><span><b class="former"></b>former / sold</span><span><b class="conflict"></b>conflicting</span>`;
    const h = new URLSearchParams(location.hash.slice(1));
    if (h.get("e")) await pick(h.get("e"), h.get("d"));
    else $("search").focus();
  }
  window.fkg = {cy, state: S, pick, graphml};
  busy(start);
})();
