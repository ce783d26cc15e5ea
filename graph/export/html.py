"""A self-contained interactive page: Cytoscape.js inlined, works offline.

Nodes are coloured by type, edges labelled with role, percent or date;
clicking an edge shows the sentences it was read from, clicking a node its
names. `#status` reports what was drawn (the browser test reads it).
"""

from __future__ import annotations

import html
import json
from importlib import resources
from pathlib import Path

from graph.export.base import Subgraph, atomic_write_text
from graph.export.nx_formats import cytoscape_elements

COLOURS = {"Person": "#e07a5f", "Company": "#3d5a80", "Exchange": "#81b29a"}

_PAGE = """<!doctype html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>__TITLE__</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
  html, body { margin: 0; height: 100%; font-family: system-ui, "PingFang SC", "Noto Sans CJK SC", sans-serif; }
  #cy { position: absolute; left: 0; top: 0; right: 360px; bottom: 0; }
  #side { position: absolute; right: 0; top: 0; width: 360px; bottom: 0; overflow: auto; border-left: 1px solid #ddd;
          padding: 12px; box-sizing: border-box; font-size: 14px; background: #fafafa; }
  #side h2 { font-size: 16px; margin: 0 0 8px; }
  .legend span { display: inline-block; margin-right: 10px; }
  .legend i { display: inline-block; width: 10px; height: 10px; border-radius: 5px; margin-right: 4px; }
  blockquote { margin: 8px 0; padding: 6px 8px; background: #fff; border-left: 3px solid #3d5a80; }
  .meta { color: #666; font-size: 12px; }
</style>
</head>
<body>
<div id="cy"></div>
<div id="side">
  <h2>__TITLE__</h2>
  <div class="legend">__LEGEND__</div>
  <p id="status">loading…</p>
  <div id="detail"><p class="meta">Click a node for its names, an edge for the sentences it was read from.</p></div>
</div>
<script>__CYTOSCAPE__</script>
<script>
const DATA = __DATA__;
const COLOURS = __COLOURS__;
const esc = s => String(s ?? "").replace(/[&<>"]/g, c => ({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"}[c]));
const cy = cytoscape({
  container: document.getElementById("cy"),
  elements: DATA.elements,
  style: [
    {selector: "node", style: {"label": "data(name)", "background-color": ele => COLOURS[ele.data("type")] || "#999",
      "color": "#222", "font-size": 11, "text-valign": "bottom", "text-margin-y": 4, "width": 18, "height": 18}},
    {selector: "edge", style: {"label": "data(label)", "font-size": 9, "curve-style": "bezier", "target-arrow-shape": "triangle",
      "width": 1.5, "line-color": "#bbb", "target-arrow-color": "#bbb", "text-rotation": "autorotate", "color": "#555"}},
    {selector: "edge[contradicts]", style: {"line-color": "#d62828", "target-arrow-color": "#d62828"}},
    {selector: ":selected", style: {"border-width": 3, "border-color": "#f2cc8f", "line-color": "#f2cc8f"}},
  ],
  layout: DATA.elements.nodes.length > 800 ? {name: "grid"} : {name: "cose", animate: false, nodeRepulsion: () => 900000, idealEdgeLength: () => 110, nodeOverlap: 40, gravity: 0.25, numIter: 2500},
});
const detail = document.getElementById("detail");
cy.on("tap", "edge", e => {
  const d = e.target.data();
  const ev = DATA.evidence[d.id] || [];
  detail.innerHTML = `<h2>${esc(cy.getElementById(d.source).data("name"))} — ${esc(d.predicate)} → ${esc(cy.getElementById(d.target).data("name"))}</h2>`
    + `<p class="meta">${esc(d.label)} · confidence ${esc(d.confidence)}${d.valid_from ? " · from " + esc(d.valid_from) : ""}${d.valid_to ? " · to " + esc(d.valid_to) : ""}</p>`
    + ev.map(x => `<blockquote>${esc(x.evidence)}<div class="meta">${esc(x.title || x.article_id)} ${esc(x.date || "")}</div></blockquote>`).join("");
});
cy.on("tap", "node", e => {
  const d = e.target.data();
  detail.innerHTML = `<h2>${esc(d.name)}</h2><p class="meta">${esc(d.type)} · ${esc(d.pinyin || "")}</p>`
    + `<p>${esc((JSON.parse(d.aliases || "[]")).join("、"))}</p><p class="meta">${e.target.connectedEdges().length} facts</p>`;
});
document.getElementById("status").textContent = `${cy.nodes().length} nodes, ${cy.edges().length} edges`;
document.body.dataset.ready = "1";
</script>
</body>
</html>
"""


def cytoscape_js() -> str:
    return resources.files("graph.export.vendor").joinpath("cytoscape.min.js").read_text(encoding="utf-8")


def page(sub: Subgraph, title: str = "fintech-kg") -> str:
    data = {"elements": cytoscape_elements(sub)["elements"],
            "evidence": {fid: [{k: e.get(k) for k in ("article_id", "title", "date", "evidence")} for e in evs]
                         for fid, evs in sub.evidence.items()}}
    legend = "".join(f'<span><i style="background:{c}"></i>{t}</span>' for t, c in COLOURS.items())
    payload = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
    return (_PAGE.replace("__TITLE__", html.escape(title)).replace("__LEGEND__", legend)
            .replace("__COLOURS__", json.dumps(COLOURS)).replace("__DATA__", payload)
            .replace("__CYTOSCAPE__", cytoscape_js().replace("</script", "<\\/script")))


def write_html(sub: Subgraph, out: Path) -> None:
    title = f"fintech-kg · {sub.kg.name(sub.center)}" if sub.center else "fintech-kg"
    atomic_write_text(out, page(sub, title))
