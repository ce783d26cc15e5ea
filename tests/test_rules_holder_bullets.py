"""A forum answer's list of holders, one a line before a colon, through vehicles; and a group's bare
brand beside its Hong Kong arm's legal name (invented names)."""

from __future__ import annotations

from tests.helpers import facts_of


def _stakes(text: str) -> set[tuple[str, str, float | None]]:
    return {(f.subject.name, f.object.name, f.qualifiers.get("percent")) for f in facts_of(text) if str(f.predicate) == "HOLDS_STAKE"}


_ANSWER = ("问到云帆的股东，简单列一下（截至去年底）：\n"
           "· 周启：经由其全资控制的离岸公司Silver Cove Ltd.持有云帆控股27%，他因此是实际控制人；\n"
           "· 马骁（另一位创始人）：经由Ridge Ltd.持有5.5%；\n"
           "· 青峰资本：持有14%，主要是普通股；\n"
           "其余为流通股。\n\n"
           "云帆控股下设云帆（香港）有限公司，后者全资拥有境内的运营公司。云帆的董事长是周启。")


def test_each_line_a_holder_its_vehicle_and_the_controller() -> None:
    got = _stakes(_ANSWER)
    assert ("周启", "云帆控股", 27.0) in got
    assert ("Silver Cove Ltd.", "云帆控股", 27.0) in got
    assert ("周启", "Silver Cove Ltd.", 100.0) in got
    assert ("马骁", "云帆控股", 5.5) in got
    assert ("Ridge Ltd.", "云帆控股", 5.5) in got
    assert ("青峰资本", "云帆控股", 14.0) in got
    assert any(f.qualifiers.get("controlling") and f.subject.name == "周启" and f.object.name == "云帆控股"
               and f.qualifiers.get("percent") == 27.0 for f in facts_of(_ANSWER))


def test_bare_brand_is_the_group_not_its_hong_kong_arm() -> None:
    chair = {(f.subject.name, f.object.name) for f in facts_of(_ANSWER) if str(f.predicate) == "HOLDS_POSITION"}
    assert ("周启", "云帆控股") in chair


def test_a_founder_in_brackets_founded_the_company_held() -> None:
    assert any(str(f.predicate) == "FOUNDED" and f.subject.name == "马骁" and f.object.name == "云帆控股" for f in facts_of(_ANSWER))


_LAYERS = ("韩卓是云帆集团的创始人，宋一鸣是云帆集团的总裁。\n\n"
           "海外那段架构：云帆集团 →（100%）云帆香港控股有限公司 →（92%）杭州云帆智算有限公司\n\n"
           "苏州帆影软件开发有限公司的工商登记股东只有两人：韩卓55%，宋一鸣45%。\n\n"
           "苏州帆影软件开发有限公司下面还全资持有南通帆影商业保理有限公司。\n\n"
           "韩卓与宋一鸣2016年在苏州一起创立了苏州帆影软件开发有限公司。")


def test_arrow_chain_line_with_no_trigger_word() -> None:
    got = _stakes(_LAYERS)
    assert ("云帆集团", "云帆香港控股有限公司", 100.0) in got
    assert ("云帆香港控股有限公司", "杭州云帆智算有限公司", 92.0) in got


def test_registered_holders_counted_then_listed_with_their_shares() -> None:
    got = _stakes(_LAYERS)
    assert ("韩卓", "苏州帆影软件开发有限公司", 55.0) in got
    assert ("宋一鸣", "苏州帆影软件开发有限公司", 45.0) in got


def test_wholly_holds_with_the_verb() -> None:
    assert ("苏州帆影软件开发有限公司", "南通帆影商业保理有限公司", 100.0) in _stakes(_LAYERS)


def test_both_founders_of_a_pair_with_a_bare_year_and_a_place() -> None:
    founded = {(f.subject.name, f.object.name) for f in facts_of(_LAYERS) if str(f.predicate) == "FOUNDED"}
    assert ("韩卓", "苏州帆影软件开发有限公司") in founded
    assert ("宋一鸣", "苏州帆影软件开发有限公司") in founded


def test_a_listing_the_answer_denies() -> None:
    text = "云帆集团2019年登陆纳斯达克。常见误解：“云帆集团已在港交所第二上市了”——没有，目前只是递表。"
    listed = {f.object.name for f in facts_of(text) if str(f.predicate) == "LISTED_ON"}
    assert "HKEX" not in listed and "NASDAQ" in listed
