"""Answers the facts already held but the questions missed: a controller
the article that tells a change of control names first, with no share; the
subsidiaries a company owns whole when the question asks for those; its
major holders (主要股东, 大股东) apart from the largest one; a company
secretary whose post is kept under its title (公司秘书, role other); a
parent stated of the company though it holds it through another. Stores
built from facts written for these tests (invented names and sentences)."""

from __future__ import annotations

from typing import Any

import pytest

from service.embedded import EmbeddedBackend

from .helpers import answer_names, backend_of


def _fact(pred: str, subj: str, obj: str, evidence: str, at: int, stype: str = "Company", **q: Any) -> dict[str, Any]:
    return {"article_id": "m-1", "subject": {"name": subj, "type": stype}, "predicate": pred, "object": {"name": obj, "type": "Company"},
            "qualifiers": q, "evidence": evidence, "offsets": [at, at + len(evidence)]}


#: a trustee's report: the controller before, then the sale and the change; and another company whose
#: controlling shareholder is told beside a change of the controller in the end (it stays)
CHANGES = [
    _fact("HOLDS_STAKE", "柏之恒", "汀渚租赁", "柏之恒为汀渚租赁实际控制人，公告未披露其持股比例。", 10, "Person", controlling=True),
    _fact("HOLDS_STAKE", "栖霞投控", "汀渚租赁", "受让完成后，栖霞投控持有汀渚租赁80%股权，为其控股股东；", 120,
          percent=80.0, controlling=True, as_of="2024-03-02"),
    _fact("HOLDS_STAKE", "栖霞区国资办", "汀渚租赁", "栖霞投控由栖霞区国资办全资持有，汀渚租赁实际控制人变更为栖霞区国资办。", 160,
          controlling=True, changed=True, as_of="2024-03-09"),
    _fact("HOLDS_STAKE", "栖霞区国资办", "栖霞投控", "栖霞投控由栖霞区国资办全资持有，汀渚租赁实际控制人变更为栖霞区国资办。", 160,
          percent=100.0),
    _fact("HOLDS_STAKE", "雁鸣实业", "澄湾保理", "澄湾保理的控股股东为雁鸣实业。", 300, controlling=True),
    _fact("HOLDS_STAKE", "澄湾市国资委", "澄湾保理", "澄湾保理的实际控制人变更为澄湾市国资委。", 340, controlling=True, changed=True),
]


@pytest.fixture(scope="module")
def changes(tmp_path_factory: pytest.TempPathFactory) -> EmbeddedBackend:
    return backend_of(tmp_path_factory.mktemp("chg") / "c.sqlite", CHANGES, "m-1", "2024-03-15")


@pytest.mark.parametrize("q, who", [
    ("谁是汀渚租赁目前的实际控制人", ["栖霞区国资办"]), ("Who is the actual controller of 汀渚租赁?", ["栖霞区国资办"]),
    ("汀渚租赁的控股股东是谁", ["栖霞投控"]),
    ("澄湾保理由谁实际控制", ["澄湾市国资委"]), ("澄湾保理的控股股东是谁", ["雁鸣实业"]),
])
def test_the_controller_an_article_names_before_it_tells_the_change_is_replaced(changes: EmbeddedBackend, q: str, who: list[str]) -> None:
    """"C的实际控制人为A … C实际控制人变更为B" in one article: A controlled
    C before the change the article reports, not beside B; a controlling
    shareholder told by its own word beside a change in the end stands."""
    assert answer_names(changes, q) == who


#: a group with one subsidiary it owns whole, one it holds 100% of, and two it controls with less
GROUP = [
    _fact("SUBSIDIARY_OF", "岚桥信贷", "岚桥集团", "岚桥集团透过全资附属公司岚桥信贷经营放债业务。", 10, kind="wholly_owned"),
    _fact("HOLDS_STAKE", "岚桥集团", "岚桥置业", "岚桥集团持有岚桥置业100%股权。", 60, percent=100.0),
    _fact("HOLDS_STAKE", "岚桥集团", "岚桥数据", "岚桥数据由岚桥集团持有65%权益。", 90, percent=65.0),
    _fact("SUBSIDIARY_OF", "岚桥银行", "岚桥集团", "岚桥银行为岚桥集团的附属公司。", 120, kind="subsidiary"),
]


@pytest.fixture(scope="module")
def group(tmp_path_factory: pytest.TempPathFactory) -> EmbeddedBackend:
    return backend_of(tmp_path_factory.mktemp("grp") / "g.sqlite", GROUP, "m-1", "2024-05-20")


@pytest.mark.parametrize("q, who", [
    ("岚桥集团的全资子公司有哪些", ["岚桥信贷", "岚桥置业"]), ("嵐橋集團的全資附屬公司有哪些", ["岚桥信贷", "岚桥置业"]),
    ("What are the wholly-owned subsidiaries of 岚桥集团?", ["岚桥信贷", "岚桥置业"]),
    ("岚桥集团有哪些子公司", ["岚桥银行", "岚桥信贷", "岚桥置业", "岚桥数据"]),
])
def test_the_wholly_owned_subsidiaries_are_those_it_owns_whole(group: EmbeddedBackend, q: str, who: list[str]) -> None:
    """"全资子公司有哪些" asks for the companies the group owns whole (said
    so, or 100%), not every one it controls; "子公司" asks for them all."""
    assert sorted(answer_names(group, q)) == sorted(who)


#: a bank's holders: two with their shares, a small one, and one an article names with no share
HOLDERS = [
    _fact("HOLDS_STAKE", "岑溪控股", "岑溪银行", "岑溪控股持有岑溪银行26.5%股份，为第一大股东；", 10, percent=26.5),
    _fact("HOLDS_STAKE", "澜沧投资", "岑溪银行", "澜沧投资持股9.1%；", 40, percent=9.1),
    _fact("HOLDS_STAKE", "岑溪纺织", "岑溪银行", "岑溪纺织持股1.2%。", 60, percent=1.2),
    _fact("HOLDS_STAKE", "尤望舒", "岑溪银行", "董事尤望舒系岑溪银行股东岑溪控股推荐。", 90, "Person"),
]


@pytest.fixture(scope="module")
def holders(tmp_path_factory: pytest.TempPathFactory) -> EmbeddedBackend:
    return backend_of(tmp_path_factory.mktemp("hold") / "h.sqlite", HOLDERS, "m-1", "2024-06-30")


@pytest.mark.parametrize("q, who", [
    ("岑溪银行的大股东", ["岑溪控股", "澜沧投资"]), ("岑溪銀行的大股東是誰", ["岑溪控股", "澜沧投资"]),
    ("岑溪银行的主要股东是谁", ["岑溪控股", "澜沧投资"]), ("Who are the major shareholders of 岑溪银行?", ["岑溪控股", "澜沧投资"]),
    ("岑溪银行的第一大股东是谁", ["岑溪控股"]), ("岑溪银行的最大股东", ["岑溪控股"]),
    ("岑溪银行的股东有哪些", ["岑溪控股", "澜沧投资", "岑溪纺织", "尤望舒"]),
])
def test_the_major_holders_are_those_with_a_sizable_share(holders: EmbeddedBackend, q: str, who: list[str]) -> None:
    """"大股东", like "主要股东", asks for the major holders: those with 5% or
    more, not only the largest (第一大股东, 最大股东) nor every holder; one
    known by no share beside them is none of them."""
    assert sorted(answer_names(holders, q)) == sorted(who)


#: a registry filing: the company secretary who resigned and the one appointed, kept by their title; a board secretary
SECRETARIES = [
    _fact("HOLDS_POSITION", "岑佩雯", "灏澄信貸有限公司", "岑佩雯因另有公務，已辭任公司秘書一職。", 10, "Person",
          role="other", title="公司秘书", end="2025-03-01"),
    _fact("HOLDS_POSITION", "盧詠芝", "灏澄信貸有限公司", "董事會宣佈委任盧詠芝出任公司秘書，即日生效。", 60, "Person",
          role="other", title="公司秘书", start="2025-03-01"),
    _fact("HOLDS_POSITION", "黎望舒", "灏澄科技股份有限公司", "灏澄科技董事会秘书黎望舒。", 120, "Person", role="board_secretary"),
]


@pytest.fixture(scope="module")
def secretaries(tmp_path_factory: pytest.TempPathFactory) -> EmbeddedBackend:
    return backend_of(tmp_path_factory.mktemp("sec") / "s.sqlite", SECRETARIES, "m-1", "2025-03-05")


@pytest.mark.parametrize("q, who", [
    ("灏澄信貸有限公司的公司秘書是誰", ["盧詠芝"]), ("Who is the company secretary of 灏澄信貸有限公司?", ["盧詠芝"]),
    ("2024年灏澄信貸有限公司的公司秘書是誰", ["岑佩雯"]),
])
def test_a_company_secretary_kept_by_its_title_is_the_one_asked(secretaries: EmbeddedBackend, q: str, who: list[str]) -> None:
    """"公司秘書" (a Hong Kong company's secretary) kept as role other with
    its title answers "company secretary" as the board secretary's role does."""
    assert answer_names(secretaries, q) == who


#: a payment firm its group calls its subsidiary, held 100% by the group's wholly-owned holding company; a second
#: firm held the same way of which no one says it is the group's
PARENTS = [
    _fact("SUBSIDIARY_OF", "岫岚支付", "岫岚数科", "岫岚数科称，其子公司岫岚支付日前取得支付业务许可证。", 10, kind="subsidiary"),
    _fact("HOLDS_STAKE", "岫岚环球", "岫岚支付", "岫岚支付的全部股权归岫岚环球所有，后者为岫岚数科全资子公司。", 60, percent=100.0),
    _fact("SUBSIDIARY_OF", "岫岚环球", "岫岚数科", "岫岚支付的全部股权归岫岚环球所有，后者为岫岚数科全资子公司。", 60, kind="wholly_owned"),
    _fact("HOLDS_STAKE", "岫岚环球", "岫岚保理", "岫岚保理同样为岫岚环球独资持有。", 120, percent=100.0),
]


@pytest.fixture(scope="module")
def parents(tmp_path_factory: pytest.TempPathFactory) -> EmbeddedBackend:
    return backend_of(tmp_path_factory.mktemp("par") / "p.sqlite", PARENTS, "m-1", "2025-07-23")


def test_a_parent_stated_of_the_company_is_one_though_it_holds_through_another(parents: EmbeddedBackend) -> None:
    """A called C's subsidiary and held whole by B (C's own wholly-owned
    subsidiary): both B and C are A's parents, the one the article calls so
    and the one that holds it; a holder's parent no sentence ties to the
    company is not (D's, held by B the same way)."""
    assert sorted(answer_names(parents, "岫岚支付的母公司是谁")) == ["岫岚数科", "岫岚环球"]
    assert answer_names(parents, "岫岚保理的母公司是谁") == ["岫岚环球"]
