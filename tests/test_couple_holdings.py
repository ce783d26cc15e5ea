"""A couple named by the husband's family name holds through a family vehicle."""

from tests.helpers import facts_of, quals

_STORY = ("工程師出身的梁啟銘與妻子蘇雅雯於2015年合資創立小額貸款公司銀蕨信貸有限公司，總部設於奧克蘭。"
          "今年初銀蕨信貸以反向收購方式併入殼公司Tidemoor Holdings Ltd.，Tidemoor同時更名為Silverfern Credit Group Ltd.。"
          "梁氏夫婦經由家族投資公司Liangwood Family Holdings Ltd.合共持有合併後公司28.4%權益，梁啟銘出任行政總裁。")


def test_each_spouse_and_the_vehicle_hold_the_merged_company() -> None:
    facts = facts_of(_STORY)
    for holder in ("Liangwood Family Holdings Ltd.", "梁啟銘", "蘇雅雯"):
        assert quals(facts, holder, "HOLDS_STAKE", "Silverfern Credit Group Ltd.")["percent"] == 28.4
