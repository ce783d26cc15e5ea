"""Founders and controllers on sentences written for these tests (not gold text): founders counted after their
names ("由A、B、C三人共同创立") in a clause after the company's short-name bracket; signers of a concert-party
agreement referred to by their count, then called the joint actual controllers; a name that reads as a
person's (方 is a surname too) among people coordinated before 分别持有."""

from __future__ import annotations

from .helpers import facts_of

_TEXT = ("公告显示，杭州澄湖智算科技股份有限公司（下称“澄湖智算”）成立于2015年6月，由童景川、洪若澜、方致远三人共同创立。"
         "童景川、洪若澜、方致远分别直接持有公司12.10%、9.40%和7.30%股份。"
         "2019年5月，三人签署《一致行动协议》，约定在股东大会表决时保持一致。据此，三人合计控制公司28.80%的表决权，为公司共同实际控制人。")


def _keys(predicate: str) -> set[tuple]:
    return {(f.subject.name, f.object.name, f.qualifiers.get("percent"), f.qualifiers.get("controlling"), f.qualifiers.get("date"))
            for f in facts_of(_TEXT) if str(f.predicate) == predicate}


def test_founders_counted_after_their_names() -> None:
    assert {(p, "杭州澄湖智算科技股份有限公司", None, None, "2015-06") for p in ("童景川", "洪若澜", "方致远")} <= _keys("FOUNDED")


def test_a_person_beside_people_before_fenbie_holds() -> None:
    stakes = _keys("HOLDS_STAKE")
    assert ("方致远", "杭州澄湖智算科技股份有限公司", 7.3, None, None) in stakes
    assert not any(f.subject.name == "方致远" and f.subject.type == "Company" for f in facts_of(_TEXT))


def test_the_signers_of_a_concert_party_agreement_control_jointly() -> None:
    stakes = _keys("HOLDS_STAKE")
    assert {(p, "杭州澄湖智算科技股份有限公司", None, True, None) for p in ("童景川", "洪若澜", "方致远")} <= stakes


def test_people_among_companies_founding_after_a_colon() -> None:
    text = ("原告：王建明，男，1970年3月出生，汉族。被告：刘志强，男，1968年5月出生，汉族。\n"
            "本院经审理认定事实如下：南溪小额贷款有限责任公司成立于2012年8月，注册资本1亿元，由东岭实业集团有限公司（以下简称东岭实业）、"
            "王建明、刘志强等共同发起设立。")
    founded = {(f.subject.name, f.object.name) for f in facts_of(text) if str(f.predicate) == "FOUNDED"}
    assert {("王建明", "南溪小额贷款有限责任公司"), ("刘志强", "南溪小额贷款有限责任公司")} <= founded


def test_talks_about_a_sale_are_no_sale() -> None:
    text = "另查明，2023年3月，东岭实业集团有限公司曾与王建明洽谈转让其所持南溪小额贷款有限责任公司股份事宜，后双方未签订协议。"
    assert not any(str(f.predicate) == "SOLD_STAKE" for f in facts_of(text))
