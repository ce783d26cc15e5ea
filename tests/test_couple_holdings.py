"""A couple named by the husband's family name holds through a family vehicle."""

from tests.helpers import facts_of, quals

_STORY = ("【本報訊】雪梨華商創辦的貸款平台海帆信貸有限公司早年由律師出身的陳國華與妻子林佩儀於2012年在悉尼創辦。"
          "去年，海帆信貸與殼公司Crestline Capital Corp.完成合併，Crestline同時更名為Seasail Lending Group Inc.，陳國華出任主席。"
          "陳氏夫婦經由家族投資公司Chan Family Trust Ltd.合共持有合併後公司已發行股份約36.2%。")


def test_each_spouse_and_the_vehicle_hold_the_merged_company() -> None:
    facts = facts_of(_STORY)
    for holder in ("Chan Family Trust Ltd.", "陳國華", "林佩儀"):
        assert quals(facts, holder, "HOLDS_STAKE", "Seasail Lending Group Inc.")["percent"] == 36.2
