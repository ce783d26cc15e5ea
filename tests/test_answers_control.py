"""Who controls a company when one article names both ranks: the
controlling shareholder with its share, and the controller in the end
(实际控制人) with none, or through a stake in the controlling shareholder.
A store built from facts written for these tests."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from service.ask import answer
from service.embedded import EmbeddedBackend

from .helpers import answer_names, backend_of


def _stake(holder: str, company: str, htype: str = "Company", **q: Any) -> dict[str, Any]:
    return {"article_id": "c-1", "subject": {"name": holder, "type": htype}, "predicate": "HOLDS_STAKE",
            "object": {"name": company, "type": "Company"}, "qualifiers": q, "evidence": f"{holder}{company}"}


FACTS = [
    # "本次变动后，岭南国投持有青杉股份22.5%股份，成为控股股东，岭南市国资委成为实际控制人"
    _stake("岭南国投", "青杉股份", percent=22.5, controlling=True), _stake("岭南市国资委", "青杉股份", controlling=True),
    # "北林投资持有南屿科技31%股份，为控股股东；周明远持有北林投资80%股权，为南屿科技实际控制人"
    _stake("北林投资", "南屿科技", percent=31.0, controlling=True), _stake("周明远", "南屿科技", "Person", controlling=True),
    _stake("周明远", "北林投资", "Person", percent=80.0),
    # "北屿实业持有西岭信托55%股权，周海川为西岭信托实际控制人": a majority with no word of control, a controller with no share
    _stake("北屿实业", "西岭信托", percent=55.0), _stake("周海川", "西岭信托", "Person", controlling=True),
    # "增资完成后（2月27日）海港金控持有东川信托45%股权，成为控股股东；东川信托的实际控制人变更为东川市国资委" (one article)
    _stake("海港金控", "东川信托", percent=45.0, controlling=True, as_of="2025-02-27"),
    _stake("东川市国资委", "东川信托", controlling=True, changed=True),
    # "恒林控股持有南辰信息27.65%股份；其一致行动人、董事长詹立川持有4.61%；詹立川持有恒林控股70%股权，为南辰信息实际控制人"
    _stake("恒林控股", "南辰信息", percent=27.65), _stake("詹立川", "南辰信息", "Person", percent=4.61, controlling=True),
    _stake("詹立川", "恒林控股", "Person", percent=70.0),
    # "白沙实业持有东湖科技40%股份，为控股股东"; 白沙实业 also holds 60% of 东湖小贷, itself a holder of 东湖科技 with 5%
    _stake("白沙实业", "东湖科技", percent=40.0, controlling=True), _stake("东湖小贷", "东湖科技", percent=5.0),
    _stake("白沙实业", "东湖小贷", percent=60.0),
    # "川行投资持股42%，川行管理持股18%…骆川通过川行管理…是西溪集团的实际控制人" (his own 5% not read): still a holder of record
    _stake("川行投资", "西溪集团", percent=42.0), _stake("川行管理", "西溪集团", percent=18.0),
    _stake("骆川", "西溪集团", "Person", controlling=True), _stake("骆川", "川行管理", "Person", percent=60.0),
    # a company said to have no controlling holder and no controller, then its two largest holders with their shares
    *({**_stake(h, "南塘科技", t, percent=p), "evidence": "南塘科技无控股股东和实际控制人，股权较为分散：东岭创投以21.3%居首，周立川持有16.8%。"}
      for h, t, p in (("东岭创投", "Company", 21.3), ("周立川", "Person", 16.8))),
    # "北辰金控持有北辰银行18%股份，为第一大股东；北辰银行持有北辰租赁51%股权" read backwards as 北辰租赁's 51% of the bank
    _stake("北辰金控", "北辰银行", percent=18.0), _stake("北辰租赁", "北辰银行", percent=51.0),
    {"article_id": "c-1", "subject": {"name": "北辰租赁", "type": "Company"}, "predicate": "SUBSIDIARY_OF",
     "object": {"name": "北辰银行", "type": "Company"}, "qualifiers": {"kind": "subsidiary"}, "evidence": "北辰银行持有北辰租赁51%股权"},
    # "西峡市国资委所持股份无偿划转至西峡资本，西峡资本成为西峡证券第一大股东" (no share given)
    {**_stake("西峡资本", "西峡证券"), "evidence": "西峡市国资委所持股份无偿划转至西峡资本，西峡资本成为西峡证券第一大股东。"},
    {**_stake("西峡创投", "西峡证券"), "evidence": "西峡创投不再是西峡证券第一大股东。"},
    {**_stake("东峡资本", "东峡证券"), "evidence": "东峡证券的第一大股东变更为东峡资本。"},
]


@pytest.fixture(scope="module")
def backend(tmp_path_factory: pytest.TempPathFactory) -> EmbeddedBackend:
    return backend_of(tmp_path_factory.mktemp("ctrl") / "c.sqlite", FACTS, "c-1", "2025-03-02")


@pytest.mark.parametrize("q, who", [
    ("青杉股份的控股股东是谁", ["岭南国投"]), ("Who is the controlling shareholder of 青杉股份?", ["岭南国投"]),
    ("青杉股份的实际控制人是谁", ["岭南市国资委"]), ("who is the actual controller of 青杉股份", ["岭南市国资委"]),
    ("南屿科技的控股股东是谁", ["北林投资"]), ("南屿科技由谁实际控制", ["周明远"]), ("南屿科技的实控人", ["周明远"]),
    ("青杉股份的實際控制人是誰", ["岭南市国资委"]), ("南嶼科技實際控制人是誰", ["周明远"]), ("南嶼科技的實控人", ["周明远"]),
])
def test_the_controlling_shareholder_and_the_controller_in_the_end_are_told_apart(backend: EmbeddedBackend, q: str, who: list[str]) -> None:
    assert answer_names(backend, q) == who


@pytest.mark.parametrize("q, who", [
    ("西岭信托的控股股东是谁", ["北屿实业"]), ("Who is the controlling shareholder of 西岭信托?", ["北屿实业"]),
    ("西岭信托的实际控制人是谁", ["周海川"]), ("西岭信托的股东有哪些", ["北屿实业"]),
])
def test_a_controller_named_with_no_share_stands_above_a_majority_holder(backend: EmbeddedBackend, q: str, who: list[str]) -> None:
    """A holder of more than half is the controlling shareholder (控股股东)
    whether or not the article says the word; a 实际控制人 named with no
    share controls through it."""
    assert answer_names(backend, q) == who


@pytest.mark.parametrize("q, who", [
    ("东川信托的控股股东是谁", ["海港金控"]), ("东川信托的实际控制人是谁", ["东川市国资委"]), ("谁持有东川信托的股份", ["海港金控"]),
])
def test_a_change_of_the_controller_in_the_end_keeps_the_controlling_shareholder_the_same_article_names(
        backend: EmbeddedBackend, q: str, who: list[str]) -> None:
    """"实际控制人变更为东川市国资委", told in the article that names the new
    controlling shareholder with its share as of a few days before: the change
    is of the controller in the end, above it, not of the shareholder."""
    assert answer_names(backend, q) == who


@pytest.mark.parametrize("q, who", [
    ("南辰信息的控股股东是谁", ["恒林控股"]), ("南辰信息的实际控制人是谁", ["詹立川"]), ("南辰信息的股东有哪些", ["恒林控股", "詹立川"]),
    ("东湖科技的控股股东是谁", ["白沙实业"]),  # a smaller holder it controls is no way round its own larger stake
    ("西溪集团的股东有哪些", ["川行投资", "川行管理", "骆川"]),  # one with no share of its own read stays as it was
])
def test_a_controller_in_the_end_controls_through_the_holder_it_controls(backend: EmbeddedBackend, q: str, who: list[str]) -> None:
    """The 实际控制人 holds a little himself and 70% of the largest holder: that holder is the controlling shareholder."""
    assert answer_names(backend, q) == who


@pytest.mark.parametrize("q, who", [
    ("北辰银行的第一大股东是谁", ["北辰金控"]), ("北辰银行的股东有哪些", ["北辰金控"]), ("北辰银行的控股股东是谁", []),
])
def test_a_subsidiary_of_the_company_is_none_of_its_holders(backend: EmbeddedBackend, q: str, who: list[str]) -> None:
    """A company's own subsidiary holds none of its shares (a stake read the
    wrong way round): it is neither a holder nor the largest one."""
    assert answer_names(backend, q) == who


@pytest.mark.parametrize("q, who", [("西峡证券的第一大股东是谁", ["西峡资本"]), ("东峡证券最大股东", ["东峡资本"]), ("Who is the largest shareholder of 西峡证券?", ["西峡资本"])])
def test_the_largest_shareholder_told_so_with_no_share(backend: EmbeddedBackend, q: str, who: list[str]) -> None:
    """"B成为C第一大股东" with no share given answers who holds the most; "不再是" does not."""
    assert answer_names(backend, q) == who


@pytest.mark.parametrize("q, who", [
    ("南塘科技的第一大股东是谁", ["东岭创投"]), ("南塘科技最大股东", ["东岭创投"]), ("南塘科技持股比例最高的股东是谁", ["东岭创投"]), ("Who is the largest shareholder of 南塘科技?", ["东岭创投"]),
    ("南塘科技的控股股东是谁", []), ("南塘科技的实际控制人是谁", []),
])
def test_a_company_with_no_controller_still_has_a_largest_shareholder(backend: EmbeddedBackend, q: str, who: list[str]) -> None:
    """"无控股股东和实际控制人" answers who controls it, not who holds the most."""
    assert answer_names(backend, q) == who


@pytest.mark.parametrize("q, who", [
    ("南屿科技的股东有哪些", ["北林投资"]), ("Who are the shareholders of 南屿科技?", ["北林投资"]), ("谁持有青杉股份的股份", ["岭南国投"]),
    ("北林投资的股东有哪些", ["周明远"]),
])
def test_a_controller_in_the_end_named_with_no_share_is_no_holder_of_record(backend: EmbeddedBackend, q: str, who: list[str]) -> None:
    """"周明远…为南屿科技实际控制人" with no share: he holds through 北林投资, not beside it."""
    assert answer_names(backend, q) == who


@pytest.mark.parametrize("company, who", [("南屿科技", ["北林投资"]), ("青杉股份", ["岭南国投"])])
def test_the_api_lists_the_holders_of_record_as_ask_does(backend: EmbeddedBackend, company: str, who: list[str]) -> None:
    """One rule for `/companies/{id}/holders` and `/ask` (the service layer): the
    controller in the end with no share is no holder of record there either."""
    with TestClient(create_app(backend)) as c:
        r = c.get(f"/companies/{company}/holders")
        assert r.status_code == 200, r.text
        body = r.json()
        assert [f["subject"]["name"] for f in body["holders"]] == who
        assert [s["holder"]["name"] for s in body["stakes"]] == who
        asked = c.get("/ask", params={"q": f"{company}的股东有哪些"}).json()
        assert [e["name"] for e in asked["answers"]] == who


def _sale(seller: str, target: str, buyer: str, date: str) -> dict[str, Any]:
    return {"article_id": "c-2", "subject": {"name": seller, "type": "Company"}, "predicate": "SOLD_STAKE",
            "object": {"name": target, "type": "Company"}, "qualifiers": {"buyer": buyer, "percent": 20.0, "date": date},
            "evidence": f"{seller}向{buyer}转让所持{target}20%股权"}


@pytest.fixture(scope="module")
def sales(tmp_path_factory: pytest.TempPathFactory) -> EmbeddedBackend:
    """Two sales of stakes in 南川消费金融, to 东陵国投 and to 北屿控股."""
    rows = [_sale("西岭资本", "南川消费金融", "东陵国投", "2024-12-17"), _sale("海兴实业", "南川消费金融", "北屿控股", "2024-03-05"),
            {**_stake("海兴实业", "北屿控股", percent=5.0), "article_id": "c-2"}]
    return backend_of(tmp_path_factory.mktemp("sale") / "s.sqlite", rows, "c-2", "2024-12-20")


@pytest.mark.parametrize("q, who", [
    ("谁买了西岭资本所持的南川消费金融股权", ["东陵国投"]), ("西岭资本把南川消费金融的股权卖给了谁", ["东陵国投"]),
    ("西岭资本将所持南川消费金融的股份转让给哪家公司", ["东陵国投"]), ("西岭资本所持南川消费金融的股权被谁买走了", ["东陵国投"]),
    ("Who bought 西岭资本's stake in 南川消费金融?", ["东陵国投"]), ("To whom did 西岭资本 sell its stake in 南川消费金融?", ["东陵国投"]),
    ("谁受让了南川消费金融的股权", ["东陵国投", "北屿控股"]), ("南川消费金融的股权被谁收购了", ["东陵国投", "北屿控股"]),
    ("2024年6月谁受让了南川消费金融的股权", ["北屿控股"]), ("谁买了西岭资本所持的北屿控股股权", []),
])
def test_the_buyer_of_a_stake(sales: EmbeddedBackend, q: str, who: list[str]) -> None:
    assert sorted(answer_names(sales, q)) == sorted(who)


@pytest.mark.parametrize("q, who", [
    ("谁出售了南川消费金融的股份", ["西岭资本", "海兴实业"]), ("谁卖掉了南川消费金融的股权", ["西岭资本", "海兴实业"]),
    ("哪家公司转让了南川消费金融的股权", ["西岭资本", "海兴实业"]), ("南川消费金融股权的转让方是谁", ["西岭资本", "海兴实业"]),
    ("谁把南川消费金融卖给了东陵", ["西岭资本"]), ("谁向北屿控股转让了南川消费金融的股权", ["海兴实业"]),
    ("2024年6月谁卖出了南川消费金融的股份", ["海兴实业"]), ("Who sold a stake in 南川消费金融?", ["西岭资本", "海兴实业"]),
    ("Which shareholder sold its 20% stake in 南川消费金融 to 东陵国投?", ["西岭资本"]), ("谁出售了北屿控股的股权", []),
])
def test_the_seller_of_a_stake(sales: EmbeddedBackend, q: str, who: list[str]) -> None:
    """The seller, as the buyer is asked for: of every stated sale, or of the sales to the buyer named (by a short name too)."""
    assert sorted(answer_names(sales, q)) == sorted(who)


@pytest.mark.parametrize("q, who", [
    ("北林科技有哪些子公司", ["北林保险经纪"]), ("What are the subsidiaries of 北林科技?", ["北林保险经纪"]),
    ("2024年10月北林科技有哪些子公司", ["云栖支付", "北林保险经纪"]), ("谁持有云栖支付的股权", ["东陵国投"]),
    ("云栖支付的母公司是哪家", ["东陵国投"]), ("2024年10月云栖支付的母公司是哪家", ["北林科技"]),
])
def test_a_subsidiary_sold_off_is_no_longer_one(tmp_path_factory: pytest.TempPathFactory, q: str, who: list[str]) -> None:
    """"北林科技全资子公司云栖支付…北林科技将所持云栖支付100%股权转让给东陵国投": after the sale, not its subsidiary."""
    sub = {"article_id": "c-3", "subject": {"name": "云栖支付", "type": "Company"}, "predicate": "SUBSIDIARY_OF",
           "object": {"name": "北林科技", "type": "Company"}, "qualifiers": {"kind": "wholly_owned"}, "evidence": "北林科技全资子公司云栖支付"}
    kept = {**sub, "subject": {"name": "北林保险经纪", "type": "Company"}, "evidence": "北林科技全资子公司北林保险经纪"}
    sale = {**_sale("北林科技", "云栖支付", "东陵国投", "2024-11-20"), "article_id": "c-3"}
    sale["qualifiers"]["percent"] = 100.0
    rows = [sub, kept, {**_stake("北林科技", "云栖支付", percent=100.0, as_of="2024-06-30"), "article_id": "c-3"}, sale]
    b = backend_of(tmp_path_factory.mktemp("subsold") / "s.sqlite", rows, "c-3", "2024-12-02")
    assert sorted(answer_names(b, q)) == sorted(who)


def test_a_holder_a_transfer_between_others_left_alone_keeps_its_stake(tmp_path_factory: pytest.TempPathFactory) -> None:
    """"本次变更前，东林消金共有三家股东：北岭银行持股51%，南港城投持股39%，西川科技持股10%"; "西川科技所持10%
    转让给北岭银行…北岭银行持股比例升至61%，西川科技不再持股": 南港城投, neither seller nor buyer, still holds 39%;
    the controller in the end before the transfer still is one."""
    before = "本次变更前，东林消金共有三家股东：北岭银行持股51%，南港城投持股39%，西川科技持股10%。"
    rows = [{**_stake(h, "东林消金", percent=p, former=True), "article_id": "c-3", "evidence": before}
            for h, p in (("北岭银行", 51.0), ("南港城投", 39.0), ("西川科技", 10.0))]
    rows.append({**_stake("东林市国资委", "东林消金", controlling=True, former=True), "article_id": "c-3", "evidence": "本次变更前，东林市国资委为实际控制人。"})
    rows += [{**_sale("西川科技", "东林消金", "北岭银行", "2025-03-03"), "article_id": "c-3"} | {"qualifiers": {
                "buyer": "北岭银行", "percent": 10.0, "date": "2025-03-03"}},
             {**_stake("北岭银行", "东林消金", percent=61.0), "article_id": "c-3", "evidence": "过户完成后，北岭银行持股比例升至61%。"}]
    b = backend_of(tmp_path_factory.mktemp("by") / "b.sqlite", rows, "c-3", "2025-03-05")
    assert sorted(answer_names(b, "东林消金现在的股东有哪些")) == ["北岭银行", "南港城投"]
    assert sorted(answer_names(b, "2025年2月东林消金的股东有哪些")) == ["北岭银行", "南港城投", "西川科技"]
    assert answer_names(b, "东林消金的控股股东是谁") == ["北岭银行"]
    assert answer_names(b, "东林消金的实际控制人是谁") == ["东林市国资委"]  # a controller in the end the transfer left alone



def test_a_holder_s_undated_share_in_a_history_is_the_one_before_its_dated_change(tmp_path_factory: pytest.TempPathFactory) -> None:
    """"2018年开业时，北岭银行持股51%，西川电器持股30%，南港贸易持股19%"; "2020年12月南港贸易所持19%转让给东湖纺织";
    "2022年8月西川电器向北岭银行转让10%…西川电器持股降至20%"; "截至目前：北岭银行61%、东湖纺织19%…西川电器8%":
    asked of 2021, 西川电器's undated 30% held (its own change comes later), though the article dates a sale before 2021."""
    def told(holder: str, p: float, **q: Any) -> dict[str, Any]:
        return {**_stake(holder, "东林消金", percent=p, **q), "article_id": "c-4"}
    rows = [told("西川电器", 30.0), told("南港贸易", 19.0), told("北岭银行", 51.0), told("西川电器", 20.0, as_of="2022-08"),
            told("北岭银行", 61.0, as_of="2025-05-12"), told("东湖纺织", 19.0, as_of="2025-05-12"), told("西川电器", 8.0, as_of="2025-05-12"),
            {**_sale("南港贸易", "东林消金", "东湖纺织", "2020-12"), "article_id": "c-4"} | {"qualifiers": {
                "buyer": "东湖纺织", "percent": 19.0, "date": "2020-12"}}]
    b = backend_of(tmp_path_factory.mktemp("hist") / "h.sqlite", rows, "c-4", "2025-05-12")
    assert sorted(answer_names(b, "截至2021年6月，谁持有东林消金的股份")) == ["东湖纺织", "北岭银行", "西川电器"]
    assert sorted(answer_names(b, "截至2023年6月，谁持有东林消金的股份")) == ["东湖纺织", "北岭银行", "西川电器"]
    assert sorted(answer_names(b, "截至2019年6月，谁持有东林消金的股份")) == ["北岭银行", "南港贸易", "西川电器"]
    rows += [told("周望川", 0.0) | {"qualifiers": {"controlling": True}}, told("周望川", 3.5, as_of="2025-05-12")]
    b = backend_of(tmp_path_factory.mktemp("hist2") / "h.sqlite", rows, "c-4", "2025-05-12")
    assert "周望川" not in answer_names(b, "截至2021年6月，谁持有东林消金的股份")  # "周望川为实际控制人": no figure, no history


def test_a_vehicle_holding_the_share_another_holds_through_it_is_a_holder(tmp_path_factory: pytest.TempPathFactory) -> None:
    """"公司直接持有云帆数科60%股权，并通过全资子公司云帆投资（香港）间接持有云帆数科10%股权", with "全资子公司"
    read as 云帆数科's own: 云帆投资 holds the 10% 云帆科技 holds through it, and 云帆科技's own share is the direct 60%."""
    sub = {"article_id": "c-5", "subject": {"name": "云帆投资（香港）有限公司", "type": "Company"}, "predicate": "SUBSIDIARY_OF",
           "object": {"name": "云帆数科", "type": "Company"}, "qualifiers": {"kind": "wholly_owned"}, "evidence": "全资子公司云帆投资（香港）有限公司"}
    rows = [{**_stake("云帆科技", "云帆数科", percent=60.0, as_of="2025-01-31"), "article_id": "c-5"},
            {**_stake("云帆科技", "云帆数科", percent=10.0, as_of="2025-01-31", indirect=True), "article_id": "c-5"},
            {**_stake("云帆投资（香港）有限公司", "云帆数科", percent=10.0, as_of="2025-01-31"), "article_id": "c-5"}, sub]
    b = backend_of(tmp_path_factory.mktemp("veh") / "v.sqlite", rows, "c-5", "2025-02-20")
    asked = answer(b, "云帆数科的股东有哪些")
    assert [(e["name"], s["percent"]) for e, s in zip(asked["answers"], asked["result"]["stakes"], strict=True)] == [
        ("云帆科技", 60.0), ("云帆投资（香港）有限公司", 10.0)]
    assert sorted(answer_names(b, "云帆科技有哪些子公司")) == ["云帆投资（香港）有限公司", "云帆数科"]  # its vehicle too


@pytest.mark.parametrize("q, who, percent", [
    ("北林投资持有南屿科技多少股份", ["北林投资"], 31.0), ("北林投资持股南屿科技多少", ["北林投资"], 31.0),
    ("北林投资在南屿科技的持股比例是多少", ["北林投资"], 31.0), ("北林投资持有南屿科技的股份比例", ["北林投资"], 31.0),
    ("What stake does 北林投资 hold in 南屿科技?", ["北林投资"], 31.0), ("How much of 南屿科技 does 北林投资 own?", ["北林投资"], 31.0),
    ("海港金控持有东川信托多少股权", ["海港金控"], 45.0),
    ("北林投资持有青杉股份多少股份", [], None),  # no stake told
])
def test_the_stake_one_holder_has_in_a_company(backend: EmbeddedBackend, q: str, who: list[str], percent: float | None) -> None:
    """"A持有X多少股份", "what stake does A hold in X": A with its share and the day it was told; none when A holds none."""
    from service.ask import answer

    got = answer(backend, q)
    assert [a["name"] for a in got["answers"]] == who
    assert got["result"].get("percent") == percent
    if percent == 45.0:
        assert got["result"]["since"] == "2025-02-27" and "2025-02-27" in got["answer"]


THROUGH = [
    # 周明川 holds 38% of 东澄光电 himself and 6% more through the staff platform 东澄合伙: both of his shares are controlling ones
    _stake("周明川", "东澄光电", "Person", percent=38.0, controlling=True), _stake("东澄合伙", "东澄光电", percent=6.0, controlling=True),
    _stake("周明川", "东澄光电", "Person", percent=6.0, controlling=True, indirect=True),
    # "西林合伙持有南溪科技20%股份，为控股股东；陆景川通过西林合伙间接控制20%，另直接持有3%，为实际控制人";
    # "西林合伙的执行事务合伙人为西林管理"; "陆景川持有西林管理70%股权"
    _stake("西林合伙", "南溪科技", percent=20.0, controlling=True, as_of="2024-06-30"),
    _stake("陆景川", "南溪科技", "Person", percent=20.0, controlling=True, indirect=True, as_of="2024-06-30"),
    _stake("陆景川", "南溪科技", "Person", percent=3.0, controlling=True, as_of="2024-06-30"),
    _stake("陆景川", "南溪科技", "Person", controlling=True), _stake("北坪创投", "南溪科技", percent=9.0),
    _stake("西林管理", "西林合伙", percent=1.0, controlling=True, general_partner=True), _stake("陆景川", "西林管理", "Person", percent=70.0),
    # "北溪发展持股14.5%，北溪资产持股9.8%，两家一致行动人均由北溪市国资委实际控制，北溪市国资委由此成为该行实际控制人"
    _stake("北溪发展", "北溪银行", percent=14.5, as_of="2024-12-31"), _stake("北溪资产", "北溪银行", percent=9.8, as_of="2024-12-31"),
    {**_stake("北溪市国资委", "北溪银行", controlling=True),
     "evidence": "两家一致行动人均由北溪市国资委实际控制，合计持股24.3%，北溪市国资委由此成为该行实际控制人。"},
    # a partnership whose executive partner is a company and whose controller is a person: the general partner runs it, the person controls it
    _stake("苇塘资产管理有限公司", "苇塘投资", controlling=True, general_partner=True), _stake("薛砚秋", "苇塘投资", "Person", controlling=True),
]


@pytest.fixture(scope="module")
def through(tmp_path_factory: pytest.TempPathFactory) -> EmbeddedBackend:
    return backend_of(tmp_path_factory.mktemp("through") / "t.sqlite", THROUGH, "c-1", "2025-03-02")


@pytest.mark.parametrize("q, who", [
    ("东澄光电的控股股东是谁", ["周明川"]), ("东澄光电的实际控制人是谁", ["周明川"]),
    ("南溪科技的控股股东是谁", ["西林合伙"]), ("南溪科技控股股东", ["西林合伙"]), ("南溪科技的实际控制人是谁", ["陆景川"]),
    ("苇塘投资的实际控制人是谁", ["薛砚秋"]), ("苇塘投资的控股股东是谁", ["苇塘资产管理有限公司"]),
])
def test_a_holder_held_through_is_one_block_with_the_one_who_holds_through_it(through: EmbeddedBackend, q: str, who: list[str]) -> None:
    """"A通过B间接控制x%": B's stake is A's indirect one, the two one block
    of control; the controlling shareholder is whichever holds more itself,
    the controller in the end is A (not B, nor a partner on the way up to A)."""
    assert answer_names(through, q) == who


@pytest.mark.parametrize("q, who", [
    ("北溪银行的第一大股东是谁", ["北溪发展"]), ("北溪银行最大股东", ["北溪发展"]), ("北溪银行的实际控制人是谁", ["北溪市国资委"]),
])
def test_a_controller_in_the_end_with_no_share_is_not_the_largest_shareholder(through: EmbeddedBackend, q: str, who: list[str]) -> None:
    """A 实际控制人 named with no share of its own, controlling through the
    holders acting in concert, holds none of record: the largest stated
    share answers who is the largest shareholder."""
    assert answer_names(through, q) == who


def _sub(child: str, parent: str, kind: str, aid: str) -> dict[str, Any]:
    return {"article_id": aid, "subject": {"name": child, "type": "Company"}, "predicate": "SUBSIDIARY_OF",
            "object": {"name": parent, "type": "Company"}, "qualifiers": {"kind": kind}, "evidence": f"{child}为{parent}的子公司"}


@pytest.mark.parametrize("q, who", [
    ("谁持有岚溪资管的股份", ["岚溪集团", "岚溪人寿"]),  # "岚溪资管为岚溪集团控股子公司…岚溪人寿持有岚溪资管25%股权"
    ("谁持有云岫支付的股权", ["云岫控股"]),  # "云岫支付现为云岫控股的全资子公司" told with its holders before the deal
    ("谁持有石湾证券的股份", ["石湾金控"]),  # a parent the others' majority leaves no room for is no holder
    ("谁持有北汀小贷的股份", ["北汀投资"]),  # a parent that sold its stake is no holder
])
def test_a_parent_holds_its_subsidiarys_shares_though_no_share_is_told(tmp_path_factory: pytest.TempPathFactory, q: str, who: list[str]) -> None:
    rows = [_sub("岚溪资管", "岚溪集团", "subsidiary", "c-4"), {**_stake("岚溪人寿", "岚溪资管", percent=25.0), "article_id": "c-4"},
            _sub("云岫支付", "云岫控股", "wholly_owned", "c-4"), {**_stake("周云岫", "云岫支付", "Person", percent=70.0), "article_id": "c-4"},
            {**_stake("林小岫", "云岫支付", "Person", percent=30.0), "article_id": "c-4"},
            _sub("石湾证券", "石湾集团", "subsidiary", "c-4"), {**_stake("石湾金控", "石湾证券", percent=92.0), "article_id": "c-4"},
            _sub("北汀小贷", "北汀集团", "subsidiary", "c-4"), {**_sale("北汀集团", "北汀小贷", "北汀投资", "2024-05-06"), "article_id": "c-4"}]
    b = backend_of(tmp_path_factory.mktemp("parents") / "p.sqlite", rows, "c-4", "2024-12-02")
    assert sorted(answer_names(b, q)) == sorted(who)


def test_the_share_that_gives_control_is_the_after_share_of_its_day(tmp_path_factory: pytest.TempPathFactory) -> None:
    """"要约收购前，岚桥产投持有青澜新材15%的股份；截至本报告书签署日，岚桥产投持有30%的股份，为控股股东，实际控制人变更为
    岚桥市国资委": both shares dated only by the article; the controlling one is the stake now."""
    rows = [_stake("岚桥产投", "青澜新材", percent=15.0), _stake("岚桥产投", "青澜新材", percent=30.0, controlling=True),
            _stake("岚桥市国资委", "青澜新材", controlling=True, changed=True), _stake("沅汀投资", "青澜新材", percent=20.0)]
    b = backend_of(tmp_path_factory.mktemp("gain") / "g.sqlite", rows, "c-1", "2025-04-16")
    assert answer_names(b, "青澜新材的控股股东是谁") == ["岚桥产投"]
    assert answer(b, "岚桥产投持有青澜新材多少股份")["result"]["percent"] == 30.0


def test_a_chain_of_control_that_stops_at_a_company_names_no_controller_in_the_end(tmp_path_factory: pytest.TempPathFactory) -> None:
    """"远岫科技持有云帆支付100%股权；远岫科技由汀兰投资持股70%" with nothing
    said above 汀兰投资: a company is no 实际控制人 (a person or a public body
    is), so none is known; the controlling shareholder is still 远岫科技."""
    rows = [_stake("远岫科技", "云帆支付", percent=100.0), _stake("汀兰投资", "远岫科技", percent=70.0),
            _stake("北溪国投", "北溪证券", percent=60.0), _stake("北溪市国资委", "北溪国投", percent=100.0)]
    b = backend_of(tmp_path_factory.mktemp("ctrl-end") / "c.sqlite", rows, "c-1", "2025-03-02")
    assert answer_names(b, "云帆支付的实际控制人是谁") == []
    assert answer_names(b, "云帆支付的控股股东是谁") == ["远岫科技"]
    assert answer_names(b, "北溪证券的实际控制人是谁") == ["北溪市国资委"]


def test_a_controller_known_by_no_share_is_no_parent_beside_a_stated_one(tmp_path_factory: pytest.TempPathFactory) -> None:
    """"南汐消金是北汐银行并表的子公司…南汐消金的实际控制人为北汐市国资委": the parent is the bank; the
    commission, controlling it in the end with no share stated, stands further up."""
    rows = [{"article_id": "c-4", "subject": {"name": "南汐消金", "type": "Company"}, "predicate": "SUBSIDIARY_OF",
             "object": {"name": "北汐银行", "type": "Company"}, "qualifiers": {"kind": "subsidiary"}, "evidence": "南汐消金是北汐银行并表的子公司"},
            {**_stake("北汐市国资委", "南汐消金", controlling=True), "article_id": "c-4"}]
    b = backend_of(tmp_path_factory.mktemp("upper") / "u.sqlite", rows, "c-4", "2025-03-02")
    assert answer_names(b, "南汐消金的母公司是谁") == ["北汐银行"]
    assert answer_names(b, "南汐消金的实际控制人是谁") == ["北汐市国资委"]
