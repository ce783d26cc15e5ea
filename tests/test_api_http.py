"""The API over HTTP against a running server on the corpus graph."""

from __future__ import annotations

import httpx
import pytest


@pytest.fixture(scope="module")
def http(server: str):
    with httpx.Client(base_url=server, timeout=30) as c:
        yield c


def _names(facts: list[dict], side: str) -> set[str]:
    return {f[side]["name"] for f in facts}


def test_health_and_stats(http: httpx.Client) -> None:
    assert http.get("/health").json()["status"] == "ok"
    s = http.get("/stats").json()
    assert s["articles"] == 396 and s["facts"]["HOLDS_POSITION"] > 100


@pytest.mark.parametrize("q", ["Puhui Lixin", "puhuilixin", "普惠立信", "平安普惠立信资产管理有限公司", "普惠立信 ", "普惠立信"])
def test_search_finds_puhui_lixin(http: httpx.Client, q: str) -> None:
    top = http.get("/entities", params={"q": q}).json()[0]
    assert top["name"] == "普惠立信"


@pytest.mark.parametrize("q, name", [("Ye Wangchun", "叶望春"), ("yewangchun", "叶望春"), ("OneConnect", "金融壹账通"),
                                     ("OCFT", "金融壹账通"), ("葉望春", "叶望春"), ("金融壹帐通", "金融壹账通"), ("QFIN", "360数科")])
def test_search_by_pinyin_english_ticker_traditional_and_typo(http: httpx.Client, q: str, name: str) -> None:
    assert http.get("/entities", params={"q": q}).json()[0]["name"] == name


def test_holders_of_puhui_lixin_with_the_sale(http: httpx.Client) -> None:
    r = http.get("/companies/普惠立信/holders").json()
    stakes = {(f["subject"]["name"], f["qualifiers"].get("percent")) for f in r["holders"]}
    assert ("普惠管理", 60.0) in stakes
    assert any(p == 40.0 and "上海壹账通" in n for n, p in stakes)
    sale = next(f for f in r["stake_sales"] if f["qualifiers"].get("buyer") == "普惠管理")
    assert sale["qualifiers"]["amount"] == 199200000 and sale["qualifiers"]["percent"] == 40.0
    assert "上海壹账通" in sale["subject"]["name"]
    assert all(f["evidence"] and f["evidence"][0]["evidence"] for f in r["holders"] + r["stake_sales"])


def test_ye_wangchun_succeeded_as_chairman_by_shen_chongfeng(http: httpx.Client) -> None:
    r = http.get("/people/Ye Wangchun/successors", params={"role": "chairman"}).json()
    [f] = r["successors"]
    assert f["subject"]["name"] == "沈崇锋" and f["qualifiers"]["company"] == "金融壹账通"
    assert f["qualifiers"]["date"] == "2022-08-17" and f["evidence"]
    back = http.get("/people/沈崇锋/predecessors", params={"role": "chairman"}).json()
    assert _names(back["predecessors"], "object") == {"叶望春"}


def test_executives_as_of(http: httpx.Client) -> None:
    before = http.get("/companies/金融壹账通/executives", params={"role": "chairman", "as_of": "2020-01-01"}).json()
    after = http.get("/companies/金融壹账通/executives", params={"role": "chairman", "as_of": "2022-12-31"}).json()
    assert "叶望春" in _names(before["current"] + before["former"], "subject")
    assert "沈崇锋" in _names(after["current"], "subject") and "叶望春" not in _names(after["current"], "subject")


def test_entity_detail_listings_timeline(http: httpx.Client) -> None:
    e = http.get("/entities/金融壹账通").json()
    assert e["type"] == "Company" and "OneConnect" in e["aliases"]
    ex = {f["object"]["name"] for f in http.get("/companies/奇富科技/listings").json()["listings"]}
    assert {"NASDAQ", "HKEX"} <= ex
    events = http.get("/entities/叶望春/timeline").json()["events"]
    assert [e["date"] for e in events] == sorted(e["date"] for e in events) and events


def _id(http: httpx.Client, name: str) -> str:
    return http.get("/entities", params={"q": name}).json()[0]["id"]


def test_ownership_and_paths(http: httpx.Client) -> None:
    up = http.get("/companies/金融壹账通/ownership", params={"direction": "up"}).json()
    assert _id(http, "平安集团") in {c["entity"]["id"] for c in up["controllers"]}
    down = http.get("/companies/平安集团/ownership", params={"direction": "down", "depth": 2}).json()
    assert "金融壹账通" in {c["name"] for c in down["subsidiaries"]["children"]}
    p = http.get("/paths", params={"from": "叶望春", "to": "平安集团"}).json()
    assert p["paths"] and p["paths"][0]["entities"][0]["name"] == "叶望春"


def test_neighbors_and_facts(http: httpx.Client) -> None:
    n = http.get("/entities/普惠立信/neighbors", params={"predicates": ["HOLDS_STAKE"]}).json()
    assert all(f["predicate"] == "HOLDS_STAKE" for f in n["edges"]) and n["edges"]
    fs = http.get("/facts", params={"subject": "沈崇锋", "predicate": "HOLDS_POSITION"}).json()
    assert fs["count"] >= 3 and all(f["evidence"] for f in fs["facts"])


@pytest.mark.parametrize("q, expect", [
    ("who holds Puhui Lixin", "普惠管理"), ("谁持有普惠立信", "普惠管理"), ("普惠立信的股东", "普惠管理"),
    ("who succeeded Ye Wangchun", "沈崇锋"), ("谁接替了叶望春", "沈崇锋"), ("叶望春的继任者", "沈崇锋"),
    ("who is the chairman of OneConnect", "沈崇锋"), ("金融壹账通的董事长是谁", "沈崇锋"), ("where is 奇富科技 listed", "NASDAQ"),
])
def test_ask(http: httpx.Client, q: str, expect: str) -> None:
    r = http.get("/ask", params={"q": q}).json()
    assert expect in r["answer"] and r["evidence"]
    assert r["language"] == ("zh" if q[0] > "\u2e80" else "en")


def test_errors_are_clear_and_never_500(http: httpx.Client) -> None:
    r = http.get("/entities/no-such-company-xyz")
    assert r.status_code == 404 and "suggestions" in r.json()
    r = http.get("/entities/金融壹帐通集团")
    assert r.status_code == 404 and r.json()["suggestions"][0]["name"] == "金融壹账通"
    assert http.get("/companies/普惠立信/holders", params={"as_of": "2022-13-01"}).status_code == 422
    assert http.get("/companies/普惠立信/holders", params={"as_of": "yesterday"}).status_code == 422
    r = http.get("/ask", params={"q": "what is the weather"})
    assert r.status_code == 422 and "who holds Puhui Lixin" in r.json()["supported"]
    r = http.post("/cypher", json={"query": "MATCH (n) RETURN n LIMIT 1"})
    assert r.status_code == 501 and "neo4j" in r.json()["detail"].lower()


def test_ambiguous_name_lists_candidates(http: httpx.Client) -> None:
    r = http.get("/entities/平安")
    assert r.status_code in (200, 300)
    if r.status_code == 300:
        assert len(r.json()["candidates"]) > 1
