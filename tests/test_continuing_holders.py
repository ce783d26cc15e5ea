"""What a deal leaves as it was, told with 继续: A + 继续持有 + C + a share (A's holding), C + a post + "一职继续由" +
an officer P of another company + 兼任 (P's post at C); and P's post at C, then "，是公司创始团队成员", where 公司 is
the company the clause before named."""

from __future__ import annotations

from .helpers import facts_of, posts, quals

DEAL = ("经监管部门核准，栾溪控股已将所持东滨期货经纪有限公司（下称“东滨期货”）35%股权出让予衡麓资本有限公司（下称“衡麓资本”）。"
        "衡麓资本去年刚完成对栾溪控股的吸收合并。")


def test_a_holder_that_keeps_its_share() -> None:
    facts = facts_of(DEAL + "交割完成后，汀兰信托继续持有东滨期货65%股权，其余35%归衡麓资本。")
    assert quals(facts, "汀兰信托", "HOLDS_STAKE", "东滨期货").get("percent") == 65.0


def test_a_post_still_held_by_another_companys_officer() -> None:
    got = posts(DEAL + "东滨期货董事长一职继续由汀兰信托副总裁祁望舟兼任，董事会其余席位将重新提名。", "衡麓资本入股东滨期货")
    assert ("祁望舟", "东滨期货", "chairman") in got


def test_a_founding_team_member_of_the_company_the_clause_before_named() -> None:
    facts = facts_of(DEAL + "衡麓资本将委派两名董事。范若谷于2009年加入并担任东滨期货总经理，是公司创始团队成员；"
                            "衡麓资本另派出的栗叔衡此前任衡麓资本投资总监。",
                     "衡麓资本入股东滨期货")
    founded = {(f.subject.name, f.object.name) for f in facts if str(f.predicate) == "FOUNDED"}
    assert founded == {("范若谷", "东滨期货")}
