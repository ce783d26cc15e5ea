"""A regulator's act on a firm's officers, and a merger's survivor named as such (sentences invented for these tests)."""

from tests.helpers import facts_of, posts, quals


def test_officer_a_regulator_removes_is_the_firms() -> None:
    text = ("桐林电子票证股份有限公司（桐林票证）因内控缺失遭到检查。"
            "台湾金管会8日作出处分，令该公司停业三个月，并解除董事长沈致远的职务。")
    found = posts(text)
    assert ("沈致远", "桐林电子票证股份有限公司", "chairman") in found
    assert not any(c in ("台湾金管会", "金管会") for _p, c, _r in found)


def test_survivor_of_a_merger_named_before() -> None:
    text = ("经主管机关同意，两家投资顾问业者澄远证券投资顾问股份有限公司（澄远投顾）与岱山证券投资顾问股份有限公司（岱山投顾）合并，"
            "以澄远投顾为存续机构，岱山投顾为消灭机构；合并后的公司董事长由岱山投顾原总经理吕家豪出任。")
    assert ("吕家豪", "澄远投顾", "chairman") in posts(text)


def test_removed_officer_leaves_on_that_day() -> None:
    text = ("桐林电子票证股份有限公司（桐林票证）因内控缺失遭到检查。"
            "台湾金管会于2023年11月20日作出处分，令该公司停业三个月，并解除董事长沈致远的职务。")
    assert quals(facts_of(text), "沈致远", "HOLDS_POSITION", "桐林票证", role="chairman").get("end") == "2023-11-20"


def test_malay_name_before_its_original_and_a_line_of_business() -> None:
    text = ("槟城消息：昇泰银行集团（Seng Tai Bank Group Berhad）周一向马交所报备："
            "旗下伊斯兰银行全资子公司昇泰伊斯兰银行（Seng Tai Islamic Bank Berhad）已委任拿督阿斯里（Datuk Asri Kamaruddin）"
            "出任首席执行员，接替任满离职的苏莱雅（Suraya Ismail），下月1日起生效。")
    facts = facts_of(text, date="2023-09-11")
    quals(facts, "阿斯里", "HOLDS_POSITION", "昇泰伊斯兰银行", role="ceo")
    quals(facts, "阿斯里", "SUCCEEDED", "苏莱雅")
    quals(facts, "昇泰伊斯兰银行", "SUBSIDIARY_OF", "昇泰银行集团")
