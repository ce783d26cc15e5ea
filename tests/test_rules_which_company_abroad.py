"""A regulator's act on a firm's officers, and a merger's survivor named as such (sentences invented for these tests)."""

from tests.helpers import facts_of, posts, quals


def test_officer_a_regulator_removes_is_the_firms() -> None:
    text = ("嘉岳产物保险股份有限公司（嘉岳产险）清偿能力长期不足。"
            "台湾金管会于本月3日命其停止营业，同时解除董事长邓立谦及多名董事的职务。")
    found = posts(text)
    assert ("邓立谦", "嘉岳产物保险股份有限公司", "chairman") in found
    assert not any(c in ("台湾金管会", "金管会") for _p, c, _r in found)


def test_survivor_of_a_merger_named_before() -> None:
    text = ("丙丰商业银行股份有限公司（丙丰银行）公告，主管机关核准其子公司甲禾电子支付股份有限公司（甲禾电支）"
            "与乙川电子支付股份有限公司（乙川电支）合并，以甲禾电支为存续公司。合并后，存续公司董事长由丙丰银行协理范承宇担任。")
    assert ("范承宇", "甲禾电子支付股份有限公司", "chairman") in posts(text)


def test_removed_officer_leaves_on_that_day() -> None:
    text = ("嘉岳产物保险股份有限公司（嘉岳产险）清偿能力长期不足。"
            "台湾金管会于2024年5月3日命其停止营业，同时解除董事长邓立谦及多名董事的职务。")
    assert quals(facts_of(text), "邓立谦", "HOLDS_POSITION", "嘉岳产险", role="chairman").get("end") == "2024-05-03"


def test_malay_name_before_its_original_and_a_line_of_business() -> None:
    text = ("（新山5日讯）在马交所上市的华川银行集团（Wah Chuan Bank Group Berhad）宣布，"
            "旗下伊斯兰银行子公司华川伊斯兰银行（Wah Chuan Islamic Bank Berhad）委任拿督再努丁（Datuk Zainudin Ahmad）为首席执行员，"
            "即日生效。他接替今年5月退休的法丽达（Farida Osman）。")
    facts = facts_of(text, date="2024-06-05")
    quals(facts, "再努丁", "HOLDS_POSITION", "华川伊斯兰银行", role="ceo")
    quals(facts, "再努丁", "SUCCEEDED", "法丽达")
    quals(facts, "华川伊斯兰银行", "SUBSIDIARY_OF", "华川银行集团")
