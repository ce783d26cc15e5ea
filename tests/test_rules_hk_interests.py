"""Hong Kong's disclosure-of-interests wording: controlled corporations, trustees, a long position's change
(sentences invented for these tests)."""

from tests.helpers import facts_of, quals


def test_long_position_of_who_bought_on_market() -> None:
    facts = facts_of("在联交所上市的柏丰集团（02718）行政总裁陈俊文于8月21日在场内购入120万股，涉资约300万元，"
                     "其好仓权益由约14.1%增至约14.5%。", date="2025-08-23")
    assert quals(facts, "陈俊文", "HOLDS_STAKE", "柏丰集团", percent=14.5)["as_of"] == "2025-08-21"


def test_ratio_from_about_one_figure_to_another() -> None:
    facts = facts_of("柏丰集团公告，主席陈俊文持股由约40.5%降至约38.2%。")
    assert quals(facts, "陈俊文", "HOLDS_STAKE", "柏丰集团", percent=38.2)


def test_controlled_corporation_wholly_owned_by_its() -> None:
    facts = facts_of("柏丰集团披露的权益资料显示，主席陈俊文名下好仓中，约8.7%由其直接全资拥有的受控法团蓝屿企业有限公司持有。")
    assert quals(facts, "蓝屿企业有限公司", "HOLDS_STAKE", "柏丰集团")["percent"] == 8.7
    assert quals(facts, "陈俊文", "HOLDS_STAKE", "蓝屿企业有限公司")["percent"] == 100.0
    assert quals(facts, "陈俊文", "HOLDS_STAKE", "柏丰集团")["percent"] == 8.7


def test_trustee_wholly_owns_for_a_trust() -> None:
    facts = facts_of("年报列出的大股东中，青岚投资有限公司持有柏丰集团约4.3%股份。青岚投资由汇晖受托服务有限公司以陈家教育基金受托人身份全资拥有。")
    assert quals(facts, "汇晖受托服务有限公司", "HOLDS_STAKE", "青岚投资有限公司")["percent"] == 100.0
    assert quals(facts, "汇晖受托服务有限公司", "HOLDS_STAKE", "柏丰集团")["percent"] == 4.3
    assert not [f for f in facts if str(f.predicate) == "SUBSIDIARY_OF"]  # held for a trust, not a parent's subsidiary


def test_holders_listed_each_with_its_share() -> None:
    facts = facts_of("华澳银行的主要股东包括鹏程金融控股有限公司持股21.5%及鹭汀实业有限公司持股9.8%。")
    assert quals(facts, "鹏程金融控股有限公司", "HOLDS_STAKE", "华澳银行")["percent"] == 21.5
    assert quals(facts, "鹭汀实业有限公司", "HOLDS_STAKE", "华澳银行")["percent"] == 9.8


def test_rest_held_by_a_holder_of_a_kind() -> None:
    facts = facts_of("华澳银行现为鹏程银行的附属公司，鹏程银行持有其80%股权，其余20%由本地企业林氏发展有限公司持有。")
    assert quals(facts, "林氏发展有限公司", "HOLDS_STAKE", "华澳银行")["percent"] == 20.0


def test_short_name_in_bare_brackets_after_a_legal_name() -> None:
    facts = facts_of("综合文件提到，恒岳环球财富管理集团有限公司（恒岳环球）是要约人的唯一股东，而恒岳环球由行政总裁潘志坚持有70%、由晨翼资本有限公司持有30%。")
    assert quals(facts, "潘志坚", "HOLDS_STAKE", "恒岳环球")["percent"] == 70.0
    assert quals(facts, "晨翼资本有限公司", "HOLDS_STAKE", "恒岳环球财富管理集团有限公司")["percent"] == 30.0


def test_holding_of_the_person_himself() -> None:
    facts = facts_of("要约人直接持有华盛证券约60.2%股权，主席林志强个人另持约2.7%。")
    assert quals(facts, "林志强", "HOLDS_STAKE", "华盛证券")["percent"] == 2.7


def test_name_before_ranze() -> None:
    facts = facts_of("华澳银行公布人事调整，原委员、副总经理林浩然则调返母行任职。")
    assert quals(facts, "林浩然", "HOLDS_POSITION", "华澳银行")["role"] == "deputy_general_manager"


def test_bare_group_listed_and_held_through_a_family_vehicle() -> None:
    facts = facts_of("华耀金融集团（01388）周二开过股东周年大会。主席林耀华在一九七八年创办华耀，一九九四年集团于联交所主板挂牌。"
                     "按权益申报，林耀华透过家族持股公司华轩投资有限公司持有集团约48%权益。")
    assert quals(facts, "华耀金融集团", "LISTED_ON", "HKEX")["date"] == "1994"
    assert quals(facts, "华轩投资有限公司", "HOLDS_STAKE", "华耀金融集团")["percent"] == 48.0
    assert quals(facts, "林耀华", "HOLDS_STAKE", "华耀金融集团")["percent"] == 48.0
