"""Exports re-read by the tools that consume them."""

from __future__ import annotations

import csv
import hashlib
import json
import os
import re
import shutil
import subprocess
import tempfile
from dataclasses import replace
from pathlib import Path

import networkx as nx
import pytest
from rdflib import Graph

from graph.export import Subgraph, export, select
from graph.export.html import cytoscape_js
from schema.ontology import FKG
from service.embedded import EmbeddedBackend
from service.states import fact_states

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def sub(corpus_store: Path) -> Subgraph:
    be = EmbeddedBackend(corpus_store)
    return select(be.kg, be.store)


@pytest.fixture(scope="module")
def small(corpus_store: Path) -> Subgraph:
    be = EmbeddedBackend(corpus_store)
    return select(be.kg, be.store, be.resolve("普惠立信")["id"], 1)


@pytest.mark.parametrize("fmt, reader", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_graphml_gexf_round_trip(sub: Subgraph, tmp_path: Path, fmt: str, reader) -> None:
    out = tmp_path / f"g.{fmt}"
    export(sub, fmt, out)
    g = reader(out)
    assert set(g.nodes) == {e.id for e in sub.entities}
    edges = {(u, v, d["fact_id"]) for u, v, d in g.edges(data=True)}
    assert edges == {(f.subject, f.object, f.id) for f in sub.facts}
    some = next(f for f in sub.facts if f.qualifiers.get("percent") is not None)
    data = next(d for _u, _v, d in g.edges(data=True) if d["fact_id"] == some.id)
    assert float(data["q_percent"]) == some.qualifiers["percent"] and data["evidence"]


def test_cytoscape_json(sub: Subgraph, tmp_path: Path) -> None:
    export(sub, "cytoscape", tmp_path / "c.json")
    data = json.loads((tmp_path / "c.json").read_text(encoding="utf-8"))
    assert len(data["elements"]["nodes"]) == len(sub.entities)
    assert {e["data"]["id"] for e in data["elements"]["edges"]} == {f.id for f in sub.facts}


@pytest.mark.parametrize("fmt, rdf_format", [("turtle", "turtle"), ("jsonld", "json-ld")])
def test_rdf_parses_with_rdflib(small: Subgraph, tmp_path: Path, fmt: str, rdf_format: str) -> None:
    out = tmp_path / f"g.{fmt}"
    export(small, fmt, out)
    g = Graph().parse(out, format=rdf_format)
    assert len(set(g.subjects(predicate=FKG.subject))) == len(small.facts)
    assert (None, FKG.holdsStake, None) in g


def test_neo4j_csv_headers_and_rows(small: Subgraph, tmp_path: Path) -> None:
    out = tmp_path / "csv"
    export(small, "neo4j-csv", out)
    facts = list(csv.DictReader((out / "nodes_fact.csv").open(encoding="utf-8")))
    assert len(facts) == len(small.facts) and "percent:float" in facts[0]
    rels = list(csv.reader((out / "rels_state.csv").open(encoding="utf-8")))
    assert rels[0][:3] == [":START_ID(Entity)", ":END_ID(Entity)", "fact_id"] and len(rels) == len(small.facts) + 1
    assert "neo4j-admin database import full" in (out / "import.sh").read_text(encoding="utf-8")
    assert os.access(out / "import.sh", os.X_OK)


def test_cypher_script_lints(small: Subgraph, tmp_path: Path) -> None:
    out = tmp_path / "g.cypher"
    export(small, "cypher", out)
    text = out.read_text(encoding="utf-8")
    assert text.count("MERGE (f:Fact") >= 1 and "$rows" not in text
    tool = ROOT.parent / "shared" / "tools" / "cypher-lint"
    if not tool.exists() or not shutil.which("node") or not shutil.which("npm"):
        pytest.skip("cypher-lint needs ../shared/tools/cypher-lint and node")
    work = Path(tempfile.mkdtemp())
    for f in ("lint.mjs", "package.json"):
        shutil.copy(tool / f, work / f)
    if not (work / "node_modules").exists():
        subprocess.run(["npm", "install", "--no-audit", "--no-fund", "--silent"], cwd=work, check=True, timeout=300)
    from graph.neo4j.cypher import file_statements, lint_input

    payload = lint_input(file_statements(out))
    r = subprocess.run(["node", str(work / "lint.mjs"), "--strict"], input=json.dumps(payload), text=True,
                       capture_output=True, timeout=300)
    assert r.returncode == 0, r.stdout[-2000:]


def test_html_is_self_contained(small: Subgraph, tmp_path: Path) -> None:
    out = tmp_path / "g.html"
    export(small, "html", out)
    text = out.read_text(encoding="utf-8")
    assert "cytoscape" in text and not re.search(r"<script[^>]+src=|https?://[^\"'\s]*\.js", text)
    assert "普惠立信" in text


def test_html_fills_each_placeholder_once(small: Subgraph, tmp_path: Path) -> None:
    """An article may say anything: a sentence with a placeholder's name or a closing script tag stays data."""
    fid = small.facts[0].id
    odd = "他说__JS__与__DATA__</script><script>alert(1)</script>"
    sub = replace(small, evidence={**small.evidence, fid: [{"article_id": "x", "evidence": odd}]})
    out = tmp_path / "g.html"
    export(sub, "html", out)
    text = out.read_text(encoding="utf-8")
    assert text.count("</script>") == 2 and "他说__JS__与__DATA__<\\/script><script>alert(1)<\\/script>" in text
    assert "__CSS__" not in text and "const DATA = {" in text


def test_states_now_as_the_api_judges_them(corpus_store: Path, tmp_path: Path) -> None:
    """The sold stake is former, the buyer's current, the sale an event; a chairman succeeded is former (service.states),
    and every export carries the state (GraphML re-read)."""
    be = EmbeddedBackend(corpus_store)
    sub = select(be.kg, be.store, be.resolve("普惠立信")["id"], 1)
    states = fact_states(be, sub.facts)
    by = {(be.kg.name(f.subject), str(f.predicate), be.kg.name(f.object)): states[f.id] for f in sub.facts
          if not f.qualifiers.get("as_of")}
    assert by[("上海壹账通", "HOLDS_STAKE", "普惠立信")] == "former"
    assert by[("普惠管理", "HOLDS_STAKE", "普惠立信")] == "current"
    assert by[("上海壹账通", "SOLD_STAKE", "普惠立信")] == "event"
    ocft = be.resolve("金融壹账通")["id"]
    chairs = {be.kg.name(f.subject): s for f, s in ((f, fact_states(be, [f])[f.id]) for f in be.kg.facts.values())
              if f.object == ocft and f.qualifiers.get("role") == "chairman"}
    assert chairs["叶望春"] == "former" and chairs["沈崇锋"] == "current"
    sub.states = states
    export(sub, "graphml", tmp_path / "g.graphml")
    g = nx.read_graphml(tmp_path / "g.graphml")
    assert {d["fact_id"]: d["state"] for _u, _v, d in g.edges(data=True)} == states


def test_vendored_cytoscape_matches_its_record() -> None:
    recorded = re.search(r"\| ([0-9a-f]{64}) \|", (ROOT / "graph/export/vendor/VENDOR.md").read_text()).group(1)
    assert hashlib.sha256(cytoscape_js().encode()).hexdigest() == recorded


@pytest.mark.skipif(not shutil.which("chromium"), reason="needs Debian's chromium (.ci/run installs it)")
def test_html_renders_in_a_real_browser(small: Subgraph, tmp_path: Path) -> None:
    out = tmp_path / "g.html"
    export(small, "html", out)
    profile = tempfile.mkdtemp()
    r = subprocess.run(
        ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync", f"--user-data-dir={profile}",
         "--virtual-time-budget=5000", "--dump-dom", out.as_uri()],
        capture_output=True, text=True, timeout=120)
    status = re.search(r'<p id="status">(\d+) nodes, (\d+) edges', r.stdout)
    assert status, r.stdout[-1000:]
    assert (int(status.group(1)), int(status.group(2))) == (len(small.entities), len(small.facts))
    assert 'data-ready="1"' in r.stdout


def test_export_cli_atomic_and_errors(corpus_store: Path, tmp_path: Path) -> None:
    import sys

    r = subprocess.run([sys.executable, "-m", "api.cli", "export", "--format", "svg", "--out", str(tmp_path / "x"),
                        "--store", str(corpus_store)], capture_output=True, text=True)
    assert r.returncode == 2 and "must be one of" in r.stderr
    r = subprocess.run([sys.executable, "-m", "api.cli", "export", "--format", "graphml", "--out", str(tmp_path / "x.graphml"),
                        "--store", str(corpus_store), "--center", "没有这个实体"], capture_output=True, text=True)
    assert r.returncode == 1 and "no entity matches" in r.stderr and not (tmp_path / "x.graphml").exists()
