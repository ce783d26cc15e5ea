"""Posts in a unit of a company asked the way analysts write them, on a
store built from facts written for these tests: "X的东区副总经理" (a unit the
question parser does not know as one), "X东区副总经理" (no 的 at all), a
now word standing between the company and the post ("X現任金融科技部總經理",
Traditional), an office's 主任 and a department's 经理."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from schema import Role
from service.answers.common import first_days
from service.ask import answer
from service.embedded import EmbeddedBackend
from service.errors import NotFound
from service.question import parse

from .helpers import answer_names, backend_of


def _position(person: str, company: str, role: str, title: str = "", start: str = "", end: str = "") -> dict[str, Any]:
    q = {"role": role} | ({"title": title} if title else {}) | ({"start": start} if start else {}) | ({"end": end} if end else {})
    return {"article_id": "u-1", "subject": {"name": person, "type": "Person"}, "predicate": "HOLDS_POSITION",
            "object": {"name": company, "type": "Company"}, "qualifiers": q, "evidence": f"{person}任{company}{title or role}"}


FACTS = [
    _position("韩东升", "澄江银行", "other", "东区副总经理"),
    _position("邵启明", "澄江银行", "deputy_general_manager"),
    _position("唐以宁", "澄江银行", "other", "零售银行业务总监", start="2019"),
    _position("梁文博", "澄江银行", "other", "北京市分行行长", start="2015-03", end="2019-06"),
    _position("魏子谦", "澄江银行", "other", "金融科技部总经理"),
    _position("苗雨", "澄江银行", "other", "数据治理办公室主任"),
    _position("蒋正", "远川软件科技有限公司", "other", "华南区总经理"),
    _position("顾盼", "远川软件科技有限公司", "other", "深圳分公司部门经理"),
    _position("吕一凡", "财政司", "other", "国库司司长"),
    _position("岑望舒", "澄江证券", "other", "研究所所长"), _position("鲍知秋", "澄江证券", "other", "金融研究院院长"),
    {"article_id": "u-1", "subject": {"name": "北岭投资有限公司", "type": "Company"}, "predicate": "HOLDS_STAKE",
     "object": {"name": "北望", "type": "Company"}, "qualifiers": {"percent": 20.0}, "evidence": "北岭投资有限公司持有北望20%的股份"},
]


@pytest.fixture(scope="module")
def backend(tmp_path_factory: pytest.TempPathFactory) -> EmbeddedBackend:
    return backend_of(tmp_path_factory.mktemp("units") / "s.sqlite", FACTS, "u-1", "2024-01-05")


@pytest.mark.parametrize("q, who", [
    ("澄江银行的东区副总经理是谁", ["韩东升"]), ("澄江銀行的東區副總經理是誰", ["韩东升"]), ("澄江银行东区副总经理是谁", ["韩东升"]),
    ("Who is the deputy general manager of 澄江银行东区?", ["韩东升"]),
    ("澄江银行的副总经理是谁", ["邵启明"]),  # the bank's own deputy, not the region's
    ("澄江银行的零售银行业务总监是谁", ["唐以宁"]), ("澄江銀行現任零售銀行業務總監是誰", ["唐以宁"]),
    ("2017年澄江银行的北京市分行行长是谁", ["梁文博"]), ("澄江银行的北京市分行行长是谁", []),
    ("远川软件科技有限公司的华南区总经理是谁", ["蒋正"]), ("远川软件科技有公司的华南区总经理是谁", ["蒋正"]),  # a slip in the legal name is no unit ("谁是远川软件科技有限公司的深圳分公司部门经理", ["顾盼"]),
    ("澄江银行的数据治理办公室主任是谁", ["苗雨"]),
    ("澄江证券研究所所长是谁", ["岑望舒"]), ("澄江证券研究所所长现在是谁", ["岑望舒"]), ("澄江证券研究所的所长是谁", ["岑望舒"]),
    ("澄江证券金融研究院院长是谁", ["鲍知秋"]), ("财政司的国库司司长是谁", ["吕一凡"]),
])
def test_a_post_in_a_unit_the_parser_does_not_know(backend: EmbeddedBackend, q: str, who: list[str]) -> None:
    """The company is the name before the last 的 (or the longest head that
    is a company's name); the rest is part of the post's title."""
    assert answer_names(backend, q) == who


@pytest.mark.parametrize("q", ["澄江銀行現任金融科技部總經理是誰", "澄江银行现任金融科技部总经理是谁", "谁是澄江银行现任金融科技部总经理"])
def test_a_now_word_between_the_company_and_its_unit_sets_them_apart(backend: EmbeddedBackend, q: str) -> None:
    parsed = parse(q)
    assert (parsed.subject, parsed.role, parsed.role_word, parsed.when) == ("澄江银行", Role.OTHER, "金融科技部总经理", "now")
    assert answer_names(backend, q) == ["魏子谦"]


@pytest.mark.parametrize("q, subject", [("澄江银行现任的董事长是谁", "澄江银行"), ("现任澄江银行董事长是谁", "澄江银行"),
                                        ("澄江银行目前由谁担任董事长", "澄江银行"), ("澄江银行现在的控股股东是谁", "澄江银行"),
                                        ("澄江银行目前有哪些子公司", "澄江银行")])
def test_a_now_word_elsewhere_leaves_no_trace(q: str, subject: str) -> None:
    assert parse(q).subject == subject


def test_first_days_take_the_first_dated_fact_naming_each_entity() -> None:
    """The day whose name an answer gives beside today's name: an undated fact says nothing of it."""
    def fact(s: str, o: str, **q: str) -> dict[str, Any]:
        return {"subject": {"id": s}, "object": {"id": o}, "qualifiers": q, "valid_from": None, "reported_at": None}

    assert first_days([fact("p", "a"), fact("a", "b", date="2019-05"), fact("b", "c", start="2021")]) == {
        "a": "2019-05", "b": "2019-05", "c": "2021"}


@pytest.mark.parametrize("q", ["北望基金的股东有哪些", "北望银行的董事长是谁", "Who is the CEO of 北望证券?"])
def test_a_licensed_business_is_not_its_brand(backend: EmbeddedBackend, q: str) -> None:
    """北望基金 is a company of its own, not the one called 北望: not found rather than 北望's answer."""
    assert answer_names(backend, "北望集团的股东有哪些") == ["北岭投资有限公司"]  # a group is its brand
    with pytest.raises(NotFound):
        answer(backend, q)


def test_a_persons_posts_at_one_company(tmp_path: Path) -> None:
    """"P在C担任什么职务" lists P's posts at C only; "P担任什么职务" all of them."""
    rows = [_position("许知远", "澄江银行", "chairman"), _position("许知远", "澄江银行", "executive_director"),
            _position("许知远", "远川软件科技有限公司", "director")]
    b = backend_of(tmp_path / "s.sqlite", rows, "u-2", "2024-01-05")
    assert answer_names(b, "许知远在澄江银行担任什么职务") == ["澄江银行"]
    assert sorted(set(answer_names(b, "许知远担任什么职务"))) == ["澄江银行", "远川软件科技有限公司"]


def _stake(holder: str, company: str, percent: float) -> dict[str, Any]:
    return {"article_id": "u-3", "subject": {"name": holder, "type": "Company"}, "predicate": "HOLDS_STAKE",
            "object": {"name": company, "type": "Company"}, "qualifiers": {"percent": percent},
            "evidence": f"{holder}持有{company}{percent:g}%的股份"}


def test_the_largest_shareholder_when_no_one_controls(tmp_path: Path) -> None:
    """"第一大股东" with no holder in control: the biggest stated share (a tie names both); "控股股东" stays no one."""
    rows = [_stake("北岭投资有限公司", "澄江银行", 24.5), _stake("南湖实业集团", "澄江银行", 18.0), _stake("西坪控股", "澄江银行", 9.0)]
    b = backend_of(tmp_path / "s.sqlite", rows, "u-3", "2024-01-05")
    assert answer_names(b, "澄江银行的第一大股东是谁") == ["北岭投资有限公司"]
    assert answer_names(b, "Who is the largest shareholder of 澄江银行?") == ["北岭投资有限公司"]
    assert answer_names(b, "澄江银行的控股股东是谁") == []


def test_the_largest_shareholder_is_a_direct_holder_not_its_parent(tmp_path: Path) -> None:
    """"甲资产持有澄江银行8.5%，与乙建投并列第一大股东…甲控股通过甲资产间接持有8.5%": the
    parent's figure is its vehicle's stake, no third holder of the largest share."""
    via = {**_stake("东林控股集团", "澄江银行", 8.5), "evidence": "东林控股集团通过东林资产间接持有澄江银行8.5%股份"}
    via["qualifiers"] = {"percent": 8.5, "indirect": True}
    rows = [_stake("东林资产管理有限公司", "澄江银行", 8.5), _stake("南湖建投", "澄江银行", 8.5), via, _stake("西坪控股", "澄江银行", 5.0)]
    b = backend_of(tmp_path / "s.sqlite", rows, "u-5", "2024-01-05")
    assert sorted(answer_names(b, "澄江银行的第一大股东是谁")) == ["东林资产管理有限公司", "南湖建投"]
    assert "东林控股集团" in answer_names(b, "澄江银行的股东有哪些")  # still a holder, through its vehicle


def test_a_sentence_behind_two_facts_is_shown_once(tmp_path: Path) -> None:
    """Two holdings read from one sentence: its evidence is listed once."""
    said = "北岭投资有限公司与南湖实业集团分别持有澄江银行24.5%和18%的股份"
    rows = [{**_stake("北岭投资有限公司", "澄江银行", 24.5), "evidence": said}, {**_stake("南湖实业集团", "澄江银行", 18.0), "evidence": said}]
    b = backend_of(tmp_path / "s.sqlite", rows, "u-4", "2024-01-05")
    r = answer(b, "澄江银行的股东有哪些")
    assert len(r["answers"]) == 2 and [e["evidence"] for e in r["evidence"]] == [said]


def test_a_reform_asked_as_a_rename(tmp_path: Path) -> None:
    """"改制前叫什么", "由什么改制而来", "改制后叫什么": a reform into a bank is the rename the facts carry."""
    rows = [{"article_id": "u-6", "subject": {"name": "北林省农村信用社联合社", "type": "Company"}, "predicate": "RENAMED_TO",
             "object": {"name": "北林农商联合银行", "type": "Company"}, "qualifiers": {"date": "2024-05"},
             "evidence": "北林省农村信用社联合社改制为北林农商联合银行"}]
    b = backend_of(tmp_path / "s.sqlite", rows, "u-6", "2024-05-20")
    for q in ("北林农商联合银行改制前叫什么", "北林农商联合银行由什么改制而来", "北林农商联合银行改制前的名称是什么"):
        assert answer_names(b, q) == ["北林省农村信用社联合社"]
    assert answer_names(b, "北林省农村信用社联合社改制后叫什么") == ["北林农商联合银行"]


def test_a_post_at_a_branch_filed_at_the_parent(tmp_path: Path) -> None:
    """A branch's post is filed at the bank with the branch in the title
    ("湖南省分行行长"): asked with or without 省, after 的, with no 的 at all
    ("X银行长沙支行行长": the 行 of 银行 opens no 行长), in English by the
    place's pinyin, and by "heads" (whoever leads it)."""
    rows = [_position("祁望川", "澄江银行", "other", "湖南省分行行长", start="2023-05"),
            _position("骆一舟", "澄江银行", "other", "湖南省分行行长", start="2019-01", end="2023-05"),
            _position("祁望川", "澄江银行", "other", "湖南省分行党委书记", start="2023-05"),
            _position("甘以诺", "澄江银行", "other", "湖南省分行副行长", start="2023-05"),
            _position("应书白", "澄江银行", "other", "长沙支行行长"), _position("钟离", "澄江银行", "president"),
            _position("房迟", "澄江证券", "other", "上海分公司总经理")]
    b = backend_of(tmp_path / "s.sqlite", rows, "u-7", "2024-01-05")
    for q in ("澄江银行湖南省分行行长是谁", "澄江银行湖南分行现任行长是谁", "澄江银行的湖南省分行行长是谁", "澄江银行的湖南分行行长是谁",
              "Who heads the Hunan branch of 澄江银行?", "Who is the president of the Hunan branch of 澄江银行?",
              "Who is the president of 澄江银行湖南省分行?"):
        assert answer_names(b, q) == ["祁望川"], q
    assert answer_names(b, "Who was the president of 澄江银行湖南省分行 in 2020?") == ["骆一舟"]
    assert answer_names(b, "澄江银行长沙支行行长是谁") == ["应书白"]
    assert answer_names(b, "Who heads the Changsha sub-branch of 澄江银行?") == ["应书白"]
    assert answer_names(b, "澄江证券上海分公司总经理是谁") == ["房迟"]
    assert answer_names(b, "Who heads the Shanghai branch of 澄江证券?") == ["房迟"]
    assert answer_names(b, "澄江银行行长是谁") == ["钟离"]  # the bank's own, not a branch's


@pytest.mark.parametrize(("alias", "asked"), [
    ("02597.HK", "2597.HK"), ("2597.HK", "02597.HK"), ("2597.HK", "HKEX: 2597"), ("600977", "600977.SH"), ("BLSK", "NASDAQ:BLSK"),
    ("SGX： BLK", "BLK"), ("SGX: BLK", "SGX:BLK"), ("Nasdaq： BLSK", "BLSK"), ("BLSK", "Nasdaq: BLSK"), ("TWSE: 2816", "2816"),
    ("BLK.SI", "BLK"), ("2816.TW", "2816"),
])
def test_a_company_asked_by_its_stock_code(tmp_path: Path, alias: str, asked: str) -> None:
    """A ticker the articles gave with or without its market (and HK's leading zeros) finds the company written
    either way (the store already found "600977" for 600977.SH and BLSK for NASDAQ:BLSK: the code it indexes)."""
    row = _position("祁望川", "澄江科技", "cfo")
    row["object"]["aliases"] = [alias]
    b = backend_of(tmp_path / "s.sqlite", [row], "u-8", "2024-01-05")
    assert answer_names(b, f"{asked}的首席财务官是谁") == ["祁望川"]
    assert answer_names(b, f"Who is the CFO of {asked}?") == ["祁望川"]


def test_a_title_that_says_more_than_its_role(tmp_path: Path) -> None:
    """A vice president's title kept beside the role ("技术副总裁", "高级副总裁"): asked by that title, its holder only;
    asked by the role's plain word, every vice president."""
    rows = [_position("祁望川", "澄江数科", "vice_president", "技术副总裁"), _position("骆一舟", "澄江数科", "vice_president", "高级副总裁"),
            _position("甘以诺", "澄江银行", "vice_president", "常务副行长"), _position("应书白", "澄江银行", "vice_president")]
    b = backend_of(tmp_path / "s.sqlite", rows, "u-9", "2024-01-05")
    assert answer_names(b, "澄江数科的技术副总裁是谁") == ["祁望川"]
    assert answer_names(b, "澄江数科的高级副总裁是谁") == ["骆一舟"]
    assert answer_names(b, "澄江银行常务副行长是谁") == ["甘以诺"]
    assert sorted(answer_names(b, "澄江数科的副总裁有哪些")) == ["祁望川", "骆一舟"]
    assert sorted(answer_names(b, "澄江银行的副行长是谁")) == ["应书白", "甘以诺"]
