"""Control on a date (graph.control over graph.temporal.stakes): a general
partner runs its partnership whatever the shares, control that ended is a
past state with no known start, and control is followed to its end with
every link's facts."""

from __future__ import annotations

from typing import Any

from graph.control import direct_controllers, ultimate_controllers
from graph.stake_time import stakes

_n = 0


def _held(holder: str, company: str, reported: str = "2023-04-01", **q: Any) -> dict[str, Any]:
    global _n
    _n += 1
    return {"id": f"h{_n}", "predicate": "HOLDS_STAKE", "subject": {"id": holder, "name": holder},
            "object": {"id": company, "name": company}, "qualifiers": q, "valid_from": reported, "valid_to": q.get("end"),
            "confidence": 0.8, "reported_at": reported, "evidence": []}


def _lookup(facts: list[dict[str, Any]], day: str | None) -> Any:
    def lookup(cid: str) -> tuple[list[Any], list[dict[str, Any]]]:
        return stakes([f for f in facts if f["object"]["id"] == cid], [], day), []
    return lookup


def test_a_general_partner_controls_its_partnership_whatever_the_shares() -> None:
    facts = [_held("有限合伙人甲", "海风投资", percent=99.0), _held("远山资本", "海风投资", percent=1.0, controlling=True, general_partner=True)]
    ids, why = direct_controllers(stakes(facts, [], None), [])
    assert ids == ["远山资本"] and [f["id"] for f in why] == [facts[1]["id"]]


def test_the_controller_in_the_end_goes_through_the_general_partner_with_both_facts() -> None:
    held = _held("海风投资", "星辰科技", percent=45.0, controlling=True)
    gp = _held("李建国", "海风投资", controlling=True, general_partner=True)
    lp = _held("北林集团", "海风投资", percent=90.0)
    ids, why = ultimate_controllers("星辰科技", _lookup([held, gp, lp], None), lambda x: x not in ("李建国",))
    assert ids == ["李建国"]
    assert {f["id"] for f in why} == {held["id"], gp["id"]}


def test_control_that_ended_answers_an_earlier_date_only() -> None:
    ended = _held("孙建平", "蓝海银行", reported="2024-01-08", controlling=True, former=True, end="2023-01")
    later = _held("周海涛", "蓝海银行", reported="2024-01-08", controlling=True, as_of="2023-01")
    assert [s.holder for s in stakes([ended, later], [], "2022")] == ["孙建平"]  # held before the article, from an unknown date
    assert [s.holder for s in stakes([ended, later], [], None)] == ["周海涛"]
    assert [s.holder for s in stakes([ended, later], [], "2023-06")] == ["周海涛"]
    ids, _why = ultimate_controllers("蓝海银行", _lookup([ended, later], "2022-06-30"), lambda x: False)
    assert ids == ["孙建平"]


def test_a_branch_that_ends_early_is_kept_beside_one_that_goes_on() -> None:
    facts = [_held("甲公司", "目标公司", controlling=True), _held("张三", "目标公司", controlling=True),
             _held("李四", "甲公司", controlling=True)]
    ids, _why = ultimate_controllers("目标公司", _lookup(facts, None), lambda x: x.endswith("公司"))
    assert sorted(ids) == ["张三", "李四"]


def test_a_stated_change_of_controller_ends_control_another_article_stated_before() -> None:
    old = _held("孙建平", "蓝海银行", reported="2021-03-01", controlling=True)  # "蓝海银行的实际控制人为孙建平" (2021)
    new = _held("周海涛", "蓝海银行", reported="2024-01-08", controlling=True, as_of="2023-05", changed=True)  # "…变更为周海涛"
    assert direct_controllers(stakes([old, new], [], None), [])[0] == ["周海涛"]
    assert direct_controllers(stakes([old, new], [], "2022"), [])[0] == ["孙建平"]  # before the change
    again = _held("孙建平", "蓝海银行", reported="2024-06-01", controlling=True)  # stated again after the change
    assert sorted(direct_controllers(stakes([old, new, again], [], None), [])[0]) == ["周海涛", "孙建平"]


def test_a_controller_of_the_controlling_shareholder_controls_through_it() -> None:
    # "南屿科技控股股东为北林投资（持股31%）；周明远持有北林投资80%股权，为南屿科技实际控制人"
    facts = [_held("北林投资", "南屿科技", percent=31.0, controlling=True), _held("周明远", "南屿科技", controlling=True),
             _held("周明远", "北林投资", percent=80.0)]
    lookup = _lookup(facts, None)
    assert direct_controllers(*lookup("南屿科技"), lookup)[0] == ["北林投资"]
    assert ultimate_controllers("南屿科技", lookup, lambda x: x.endswith("投资") or x.endswith("科技"))[0] == ["周明远"]


def test_a_controller_named_with_no_share_beside_one_with_a_share_is_the_one_in_the_end() -> None:
    # "东川国投持股22.5%，成为公司控股股东，东川市国资委成为公司实际控制人"; an earlier 控股股东 with no share is out too
    earlier = _held("海岳集团", "青杉股份", reported="2025-01-10", controlling=True)
    facts = [_held("东川国投", "青杉股份", reported="2025-03-02", percent=22.5, controlling=True),
             _held("东川市国资委", "青杉股份", reported="2025-03-02", controlling=True), earlier]
    lookup = _lookup(facts, None)
    assert direct_controllers(*lookup("青杉股份"), lookup)[0] == ["东川国投"]
    assert ultimate_controllers("青杉股份", lookup, lambda x: not x.endswith("国资委"))[0] == ["东川市国资委"]


def test_two_controllers_stated_with_no_link_and_no_shares_are_both_kept() -> None:
    facts = [_held("甲公司", "目标公司", controlling=True), _held("张三", "目标公司", controlling=True)]
    lookup = _lookup(facts, None)
    assert sorted(direct_controllers(*lookup("目标公司"), lookup)[0]) == ["张三", "甲公司"]


def test_a_branch_that_reaches_a_controller_another_branch_found_ends_there() -> None:
    """"陆川直接持有东屿科技5%，并通过东屿合伙（执行事务合伙人东屿管理，陆川持有其70%）控制30%": control ends at 陆川 on
    both branches, not at the partner on the way up to him; a loop of control ends where it closes."""
    facts = [_held("东屿合伙", "东屿科技", percent=30.0, controlling=True), _held("陆川", "东屿科技", percent=5.0, controlling=True),
             _held("东屿管理", "东屿合伙", percent=1.0, controlling=True, general_partner=True), _held("陆川", "东屿管理", percent=70.0)]
    ids, why = ultimate_controllers("东屿科技", _lookup(facts, None), lambda x: x != "陆川")
    assert ids == ["陆川"] and {f["id"] for f in facts} <= {f["id"] for f in why}
    loop = [_held("甲控股", "乙科技", percent=60.0), _held("乙科技", "甲控股", percent=60.0)]
    assert ultimate_controllers("乙科技", _lookup(loop, None), lambda x: True)[0] == ["甲控股"]


def test_control_stated_without_a_share_stays_with_the_share_told_the_same_day() -> None:
    for order in (0, 1):  # "王立群为公司控股股东" and "王立群持股26%", read in either order
        facts = [_held("王立群", "澄明科技", controlling=True), _held("王立群", "澄明科技", percent=26.0), _held("启东投资", "澄明科技", percent=12.0)]
        facts = facts if order == 0 else [facts[1], facts[0], facts[2]]
        now = stakes(facts, [], None)
        assert [s.percent for s in now if s.holder == "王立群"] == [26.0]
        assert direct_controllers(now, [])[0] == ["王立群"]

