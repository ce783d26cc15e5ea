"""What a deal leaves as it was, told with 继续: "A继续持有C 60%股权" (A's holding), "C董事长一职继续由B副总裁P
兼任" (P's post at C); and "P担任C总经理，是公司创始团队成员", where 公司 is the company the clause before named."""

from __future__ import annotations

from .helpers import facts_of, posts, quals

DEAL = ("监管部门近日批复同意北溟经纪集团将所持南屿汇信货币经纪有限责任公司（下称“南屿汇信”）40%股权转让给"
        "西岭资本市场有限公司（下称“西岭资本”）。西岭资本的母公司西岭集团去年完成对北溟经纪集团的收购。")


def test_a_holder_that_keeps_its_share() -> None:
    facts = facts_of(DEAL + "目前双方已完成股权交割，南屿信托继续持有南屿汇信60%股权，西岭资本持有40%股权。")
    assert quals(facts, "南屿信托", "HOLDS_STAKE", "南屿汇信").get("percent") == 60.0


def test_a_post_still_held_by_another_companys_officer() -> None:
    got = posts(DEAL + "人事方面，南屿汇信董事长一职继续由南屿信托副总裁闻少卿兼任。", "西岭资本接手南屿汇信40%股权")
    assert ("闻少卿", "南屿汇信货币经纪有限责任公司", "chairman") in got


def test_a_founding_team_member_of_the_company_the_clause_before_named() -> None:
    facts = facts_of(DEAL + "宋知远自2012年起担任南屿汇信总经理，是公司创始团队成员；欧阳晨此前任西岭资本董事总经理。",
                     "西岭资本接手南屿汇信40%股权")
    founded = {(f.subject.name, f.object.name) for f in facts if str(f.predicate) == "FOUNDED"}
    assert founded == {("宋知远", "南屿汇信货币经纪有限责任公司")}
