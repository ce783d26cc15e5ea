"""A personnel paragraph right after a deal: "…S成为F的子公司。" then "管理层方面，…" — its bare posts are the
target's (the firm whose people the deal changes), not the buyer's the story names most. Sentences written for
these tests."""

from __future__ import annotations

from .helpers import facts_of, pairs


def test_bare_posts_after_a_takeover_are_the_targets() -> None:
    text = ("上市集團北辰支付昨日公告，已完成收購雲匯通70%股權，作價2億元。北辰支付表示，收購有助拓展東南亞業務。"
            "雲匯通由許文燁於2012年創辦。\n"
            "交易完成後，雲匯通成為北辰支付的子公司。\n"
            "管理層方面，許文燁卸任行政總裁，轉任非執行董事；北辰支付營運總監孟子軒出任雲匯通行政總裁。"
            "財務總監顧曉彤則繼續留任。")
    got = pairs(text, "HOLDS_POSITION")
    assert ("許文燁", "雲匯通") in got and ("許文燁", "北辰支付") not in got
    assert ("顧曉彤", "雲匯通") in got and ("顧曉彤", "北辰支付") not in got


def test_bare_posts_after_a_capital_increase_are_the_subsidiarys() -> None:
    text = ("南灣保險與嘉禾集團合資的南嘉人壽昨日宣布完成增資。南灣保險持股升至65%，嘉禾集團持股降至35%。"
            "南灣保險董事長丁嘉樂出席儀式。\n"
            "增資完成後，南嘉人壽仍為南灣保險的控股子公司。\n"
            "人事方面，原總經理簡志恆任期屆滿離任，由南灣保險副總經理段聽松接任，即日生效。")
    got = pairs(text, "HOLDS_POSITION")
    assert ("簡志恆", "南嘉人壽") in got and ("段聽松", "南嘉人壽") in got
    assert ("簡志恆", "南灣保險") not in got


def test_a_post_kept_on_by_its_holder() -> None:
    """續由 / 繼續由: the post stays with the one named ("主席則續由…出任"), at the company whose post it is."""
    text = ("增資完成後，南嘉人壽仍為南灣保險的控股子公司。\n"
            "人事方面，原總經理簡志恆離任，由段聽松接任。董事會主席則續由嘉禾集團行政總裁丁嘉樂出任。")
    got = pairs(text, "HOLDS_POSITION")
    assert ("丁嘉樂", "南嘉人壽") in got and ("丁嘉樂", "嘉禾集團") in got
    assert pairs("北辰銀行董事長繼續由顧曉彤兼任。", "HOLDS_POSITION") == {("顧曉彤", "北辰銀行")}


def test_bare_posts_after_a_deal_that_will_make_a_subsidiary() -> None:
    """"S将成为F的附属公司" (the deal closes later) hands the personnel paragraph to S as "S成为…" does."""
    text = ("金穗控股周五公告，以3億元認購海燕科技新發行股份，交易完成後將持有其55%權益。金穗控股主席魏思遠稱，雙方業務可以互補。\n"
            "待認購完成，海燕科技將成為金穗控股的附屬公司。\n"
            "人事安排上，創辦人杜凱文交出總經理職務並出任非執行董事長，首席財務官龔曉薇維持原職。")
    got = pairs(text, "HOLDS_POSITION")
    assert ("杜凱文", "海燕科技") in got and ("杜凱文", "金穗控股") not in got
    assert ("龔曉薇", "海燕科技") in got and ("龔曉薇", "金穗控股") not in got


def test_a_non_executive_chairman_is_a_chairman() -> None:
    roles = {(f.subject.name, str(f.qualifiers.get("role"))) for f in facts_of("蓝湾银行宣布，聘任邵明哲为非执行董事长。")
             if str(f.predicate) == "HOLDS_POSITION"}
    assert ("邵明哲", "chairman") in roles
