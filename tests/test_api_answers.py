"""Answers through the real FastAPI app on a store `fkg ingest` built from
articles written for these tests: control through a partnership's general
partner, control that ended, and names as they were at a fact's date."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from service.embedded import EmbeddedBackend

ARTICLES = [
    {"id": "gp-1", "date": "2024-01-10", "title": "星辰科技股权结构",
     "text": "星辰科技股份有限公司的控股股东为海风投资合伙企业（有限合伙），持股45%。"
             "海风投资的执行事务合伙人为远山资本管理有限公司。远山资本管理有限公司的实际控制人为李建国。"},
    {"id": "rn-1", "date": "2019-06-01", "title": "北林金融会议",
     "text": "北林金融科技有限公司董事长王建新主持了会议。北林金融科技有限公司持有南湖小额贷款有限公司70%的股份。"},
    {"id": "rn-2", "date": "2022-04-01", "title": "北林更名",
     "text": "2021年3月，北林金融科技有限公司正式更名为北林数字科技有限公司。"},
    {"id": "ctl-1", "date": "2024-02-01", "title": "蓝海银行控制权变更",
     "text": "孙建平曾通过蓝海控股有限公司间接控制蓝海银行股份有限公司52%的表决权，成为该行的实际控制人。"
             "根据最新公告，孙建平将不再是蓝海银行的实控人。"},
]


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    tmp = tmp_path_factory.mktemp("answers")
    src = tmp / "articles.jsonl"
    src.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ARTICLES), encoding="utf-8")
    store = tmp / "s.sqlite"
    done = subprocess.run([sys.executable, "-m", "api.cli", "ingest", str(src), "--store", str(store)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    with TestClient(create_app(EmbeddedBackend(store))) as c:
        yield c


def _ask(c: TestClient, q: str) -> dict:
    r = c.get("/ask", params={"q": q})
    assert r.status_code == 200, r.text
    return r.json()


def test_the_actual_controller_through_a_general_partner_cites_every_link(client: TestClient) -> None:
    r = _ask(client, "星辰科技的实际控制人是谁")
    assert [a["name"] for a in r["answers"]] == ["李建国"]
    said = " ".join(str(e) for e in r["evidence"])
    for link in ("控股股东为海风投资", "执行事务合伙人为远山资本", "实际控制人为李建国"):  # every link's sentence
        assert link in said, (link, r["evidence"])
    (direct,) = _ask(client, "星辰科技的控股股东是谁")["answers"]
    assert "海风投资" in [direct["name"], *direct["aliases"]] and "合伙" in direct["name"] + "".join(direct["aliases"])


def test_control_that_ended_answers_an_earlier_date_not_now(client: TestClient) -> None:
    assert [a["name"] for a in _ask(client, "2022年蓝海银行的实际控制人是谁")["answers"]] == ["孙建平"]
    assert "孙建平" not in {a["name"] for a in _ask(client, "蓝海银行的实际控制人是谁")["answers"]}


def test_both_names_find_the_renamed_company_which_lists_its_former_name(client: TestClient) -> None:
    ids = {client.get("/entities", params={"q": n}).json()[0]["id"] for n in ("北林金融科技有限公司", "北林数字科技有限公司")}
    assert len(ids) == 1
    detail = client.get(f"/entities/{ids.pop()}").json()
    assert detail["name"] == "北林数字科技有限公司"
    assert detail["former_names"] == [{"name": "北林金融科技有限公司", "until": "2021-03"}]
    assert client.get("/companies/北林金融科技有限公司").json() == detail  # the company under its former name
    assert client.get("/companies/王建新").status_code == 404  # a person is no company


def test_a_fact_dated_before_the_rename_names_the_company_as_it_was(client: TestClient) -> None:
    r = client.get("/companies/南湖小额贷款有限公司/holders").json()
    (stake,) = r["stakes"]
    assert (stake["holder"]["name"], stake["holder"]["name_then"]) == ("北林数字科技有限公司", "北林金融科技有限公司")
    (held,) = r["holders"]
    assert held["names_then"] == {stake["holder"]["id"]: "北林金融科技有限公司"}
    ex = client.get("/companies/北林数字科技有限公司/executives").json()
    assert [f["subject"]["name"] for f in ex["current"]] == ["王建新"]
    assert list(ex["current"][0]["names_then"].values()) == ["北林金融科技有限公司"]
    tree = client.get("/companies/北林数字科技有限公司/ownership", params={"direction": "down"}).json()["subsidiaries"]
    assert [c["name"] for c in tree["children"]] == ["南湖小额贷款有限公司"]
    assert "name_then" not in tree["children"][0]  # the subsidiary was never renamed
    pos = client.get("/people/王建新/positions").json()["positions"]
    assert list(pos[0]["names_then"].values()) == ["北林金融科技有限公司"]


def test_answers_say_the_name_then_beside_the_name_now(client: TestClient) -> None:
    holders = _ask(client, "南湖小额贷款有限公司的股东有哪些")
    assert [(a["name"], a.get("name_then")) for a in holders["answers"]] == [("北林数字科技有限公司", "北林金融科技有限公司")]
    assert "北林数字科技有限公司（时名北林金融科技有限公司）" in holders["answer"]
    assert "北林数字科技有限公司（时名北林金融科技有限公司）" in _ask(client, "王建新担任过哪些职务")["answer"]
    subs = _ask(client, "北林数字科技有限公司的子公司有哪些")
    assert [a["name"] for a in subs["answers"]] == ["南湖小额贷款有限公司"]
    assert "then 北林金融科技有限公司" in _ask(client, "Who are the executives of 北林数字科技有限公司 in 2020?")["answer"]
    assert [a["name"] for a in _ask(client, "北林金融科技有限公司的董事长是谁")["answers"]] == ["王建新"]
