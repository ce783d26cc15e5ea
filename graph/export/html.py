"""A self-contained interactive page: Cytoscape.js inlined, works offline.

The page itself is static/page.html, .css and .js (readable and lintable as
what they are); this module fills in the data. The whole graph opens on its
largest hubs with their names readable and a legend; a centred view draws
the entity in the middle and its neighbours in rings. Edges are styled by
their state now (`Subgraph.states`: current, former, event, conflicting);
clicking an edge shows the sentences it was read from, a node its names and
facts. `#status` reports what was drawn (the browser tests read it).
"""

from __future__ import annotations

import html
import json
import re
from importlib import resources
from pathlib import Path

from graph.export.base import Subgraph, atomic_write_text
from graph.export.nx_formats import cytoscape_elements

COLOURS = {"Person": "#e07a5f", "Company": "#3d5a80", "Exchange": "#81b29a"}
#: How many of the best connected entities the whole-graph view opens on (and lists).
HUBS = 12


def _static(name: str) -> str:
    return resources.files("graph.export").joinpath("static", name).read_text(encoding="utf-8")


def cytoscape_js() -> str:
    return resources.files("graph.export.vendor").joinpath("cytoscape.min.js").read_text(encoding="utf-8")


def _script(text: str) -> str:
    """Text safe inside <script>: no sequence there ends the element."""
    return text.replace("</", "<\\/")


def page(sub: Subgraph, title: str = "fintech-kg") -> str:
    data = {"elements": cytoscape_elements(sub)["elements"], "center": sub.center, "hubs": HUBS, "colours": COLOURS,
            "evidence": {fid: [{k: e.get(k) for k in ("article_id", "title", "date", "evidence")} for e in evs]
                         for fid, evs in sub.evidence.items()},
            "articles": {a: {"title": m.get("title"), "url": m.get("url") or None} for a, m in sub.articles.items()}}
    legend = "".join(f'<span><i style="background:{c}"></i>{t}</span>' for t, c in COLOURS.items())
    fill = {"__TITLE__": html.escape(title), "__CSS__": _static("page.css"), "__LEGEND__": legend,
            "__CYTOSCAPE__": _script(cytoscape_js()), "__DATA__": _script(json.dumps(data, ensure_ascii=False)),
            "__JS__": _script(_static("page.js"))}
    # one pass over the template: a filled-in value (an article may say anything) is never scanned for placeholders
    return re.sub(r"__[A-Z]+__", lambda m: fill.get(m.group(0), m.group(0)), _static("page.html"))

def write_html(sub: Subgraph, out: Path) -> None:
    title = f"fintech-kg · {sub.kg.name(sub.center)}" if sub.center else "fintech-kg"
    atomic_write_text(out, page(sub, title))
