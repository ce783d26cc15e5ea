"""Ownership told in prose: a relative holding the rest, a zone's committee owning a state firm, subsidiaries
listed after a count, the copula glued to a parent's name, a trade word inside a firm's name."""

from tests.helpers import facts_of, pairs, quals


def test_a_sister_named_by_one_letter_holds_a_share() -> None:
    facts = facts_of("2023年6月完成增资后，程书雁持有韦岚茶业有限公司82%的股权，其妹程书玥持有韦岚茶业有限公司18%的股权。")
    assert quals(facts, "程书玥", "HOLDS_STAKE", "韦岚茶业有限公司")["percent"] == 18
    # (其子公司 is a subsidiary, no son)
    text = "嵘光建材有限公司还通过其子公司岚湾石材有限公司持有矿山开发权益，并直接持有其子公司岚湾石材有限公司65%股权。"
    assert not [f for f in facts_of(text) if f.subject.name.startswith("公司")]


def test_a_zones_committee_wholly_owns_a_state_firm() -> None:
    text = "滨屿港城发展有限公司成立于2009年，注册资本20亿元，是桐湾经济技术开发区管委会全资控股的公司。"
    facts = facts_of(text)
    assert quals(facts, "桐湾经济技术开发区管委会", "HOLDS_STAKE", "滨屿港城发展有限公司")["percent"] == 100
    assert quals(facts, "滨屿港城发展有限公司", "SUBSIDIARY_OF", "桐湾经济技术开发区管委会")["kind"] == "wholly_owned"


def test_wholly_owned_subsidiaries_listed_after_a_count() -> None:
    text = "岚桥食品集团有限公司目前控股9家企业，其中全资子公司包括岚桥冷链物流有限公司和岚桥乳品有限公司等。"
    assert {("岚桥冷链物流有限公司", "岚桥食品集团有限公司"), ("岚桥乳品有限公司", "岚桥食品集团有限公司")} <= pairs(text, "SUBSIDIARY_OF")


def test_the_copula_after_a_short_names_bracket_is_no_part_of_the_parent() -> None:
    text = "汇舟期货有限公司（以下简称“汇舟期货”）系岭澄证券股份有限公司的全资子公司，总部设在宁波。"
    assert ("汇舟期货有限公司", "岭澄证券股份有限公司") in pairs(text, "SUBSIDIARY_OF")


def test_an_annuity_firms_name_is_whole() -> None:
    text = "2016年3月，岭澄企业年金服务有限公司正式更名为岭澄养老金管理有限公司。"
    assert ("岭澄企业年金服务有限公司", "岭澄养老金管理有限公司") in pairs(text, "RENAMED_TO")


def test_a_village_banks_sponsor_holds_the_share_told_after_it() -> None:
    text = ("沣浦港务物流有限公司是一家集装箱物流公司。沅陵桂屿村镇银行股份有限公司注册资本1亿元，"
            "主发起行是湘汀农村商业银行股份有限公司，持股比例为60%。")
    facts = facts_of(text)
    got = quals(facts, "湘汀农村商业银行股份有限公司", "HOLDS_STAKE", "沅陵桂屿村镇银行股份有限公司")
    assert got["percent"] == 60 and got["controlling"] is True
    assert not [f for f in facts if f.subject.name == "沅陵桂屿村镇银行股份有限公司" and str(f.predicate) == "HOLDS_STAKE"]



def test_a_commissions_full_and_short_names_are_one_body() -> None:
    text = ("岭东航运有限公司成立于1998年，实际控制人为岷川省国资委。"
            "2021年起，岷川省人民政府国有资产监督管理委员会直接持有岭东航运有限公司65%股权。")
    holders = {f.subject.name for f in facts_of(text) if str(f.predicate) == "HOLDS_STAKE"}
    assert len(holders) == 1
