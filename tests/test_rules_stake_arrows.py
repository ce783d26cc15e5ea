"""Ownership chains drawn as text (a register's 股权穿透 written out), on lines written for these
tests: each arrow line is a holding, the holder the side the arrow comes from; the beneficiary
line is the register's company's."""

from __future__ import annotations

from .helpers import facts_of


def _held(text: str) -> set[tuple[str, str, float | None]]:
    return {(f.subject.name, f.object.name, f.qualifiers.get("percent")) for f in facts_of(text, title="股权穿透丨北林数科")
            if str(f.predicate) == "HOLDS_STAKE"}


def test_each_arrow_line_is_a_holding() -> None:
    text = ("企业名称：杭州北林数字科技有限公司\n品牌名称：北林数科\n股权穿透：\n"
            "北林数科 ← 北林控股有限公司（60.00%）\n"
            "　　北林控股有限公司 ← 南岭投资集团有限公司（80.00%）\n"
            "　　北林控股有限公司 ← 周明远（20.00%）\n"
            "南岭投资集团有限公司（75.00%）→ 西湖数据有限公司\n")
    held = _held(text)
    assert {("北林控股有限公司", "北林数科", 60.0), ("南岭投资集团有限公司", "北林控股有限公司", 80.0),
            ("周明远", "北林控股有限公司", 20.0), ("南岭投资集团有限公司", "西湖数据有限公司", 75.0)} <= held


def test_the_ultimate_beneficiary_line_is_a_share_of_the_register_s_company() -> None:
    text = ("企业名称：杭州北林数字科技有限公司\n品牌名称：北林数科\n法定代表人：周明远\n北林数科 ← 北林控股有限公司（60.00%）\n"
            "三、最终受益人\n周明远　最终受益股份48.00%　受益类型：间接持股\n")
    assert ("周明远", "北林数科", 48.0) in _held(text)


def test_a_line_of_several_links_is_a_holding_per_link_at_the_day_above() -> None:
    text = ("白沙金融租赁股份有限公司的股东是谁？\n按2022年报画出来的股权结构（截至2022年12月31日）：\n\n"
            "路径甲：临江市财政局 →（100%）临江投资控股集团有限公司 →（40%）白沙金融租赁股份有限公司\n"
            "路径乙：邝云舟 →（90%）云舟实业有限公司 →（35%）白沙金融租赁股份有限公司\n\n"
            "邝云舟本人担任云舟实业有限公司董事长。\n")
    got = {(f.subject.name, f.object.name, f.qualifiers.get("percent"), f.qualifiers.get("as_of"))
           for f in facts_of(text) if str(f.predicate) == "HOLDS_STAKE"}
    assert ("临江投资控股集团有限公司", "白沙金融租赁股份有限公司", 40.0, "2022-12-31") in got
    assert ("云舟实业有限公司", "白沙金融租赁股份有限公司", 35.0, "2022-12-31") in got
    assert ("邝云舟", "云舟实业有限公司", 90.0, "2022-12-31") in got


def test_the_day_above_the_links_after_jiezhi_with_its_other_letter() -> None:
    """"截止2023年6月30日": 截止 is a cut-off word as 截至 is, read by the reader every table's day shares."""
    text = ("石湾消费金融有限公司的股东是谁？\n股权结构如下（数据截止2023年6月30日）：\n\n"
            "路径一：石湾国有资本控股集团有限公司 →（100%）石湾城投集团有限公司 →（55%）石湾消费金融有限公司\n"
            "路径二：伍思远 →（80%）思远控股有限公司 →（30%）石湾消费金融有限公司\n\n"
            "伍思远担任思远控股有限公司董事长。\n")
    got = {(f.subject.name, f.object.name, f.qualifiers.get("as_of"))
           for f in facts_of(text) if str(f.predicate) == "HOLDS_STAKE"}
    assert ("石湾城投集团有限公司", "石湾消费金融有限公司", "2023-06-30") in got


def test_a_remark_in_brackets_after_the_chains_last_company() -> None:
    """"…→（100%）C（也就是常说的外资独资子公司）": the remark names no company; the links stand."""
    text = ("青梧控股有限公司在纳斯达克上市。\n再往下一层：\n"
            "青梧控股有限公司 →（100%）青梧（香港）有限公司 →（100%）杭州青梧软件有限公司（也就是常说的外资独资子公司）\n")
    got = {(f.subject.name, f.object.name, f.qualifiers.get("percent")) for f in facts_of(text) if str(f.predicate) == "HOLDS_STAKE"}
    assert {("青梧控股有限公司", "青梧（香港）有限公司", 100.0), ("青梧（香港）有限公司", "杭州青梧软件有限公司", 100.0)} <= got
