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
    facts = facts_of("柏丰集团公告了主要股东名单。柏丰集团主席陈俊文所申报的股份中，约12.4%由其全资拥有的受控法团碧海发展有限公司持有。")
    assert quals(facts, "碧海发展有限公司", "HOLDS_STAKE", "柏丰集团")["percent"] == 12.4
    assert quals(facts, "陈俊文", "HOLDS_STAKE", "碧海发展有限公司")["percent"] == 100.0
    assert quals(facts, "陈俊文", "HOLDS_STAKE", "柏丰集团")["percent"] == 12.4


def test_trustee_wholly_owns_for_a_trust() -> None:
    facts = facts_of("青岚投资有限公司持有柏丰集团约6.6%股份。青岚投资目前由德恒信托（亚洲）有限公司以陈氏慈善信托受托人身份全资拥有。")
    assert quals(facts, "德恒信托（亚洲）有限公司", "HOLDS_STAKE", "青岚投资有限公司")["percent"] == 100.0
    assert quals(facts, "德恒信托（亚洲）有限公司", "HOLDS_STAKE", "柏丰集团")["percent"] == 6.6
    assert not [f for f in facts if str(f.predicate) == "SUBSIDIARY_OF"]  # held for a trust, not a parent's subsidiary


def test_holders_listed_each_with_its_share() -> None:
    facts = facts_of("华澳银行的主要股东包括鹏程金融控股有限公司持股21.5%及深圳湾区投资集团有限公司持股9.8%。")
    assert quals(facts, "鹏程金融控股有限公司", "HOLDS_STAKE", "华澳银行")["percent"] == 21.5
    assert quals(facts, "深圳湾区投资集团有限公司", "HOLDS_STAKE", "华澳银行")["percent"] == 9.8


def test_rest_held_by_a_holder_of_a_kind() -> None:
    facts = facts_of("华澳银行现为鹏程银行的附属公司，鹏程银行持有其80%股权，其余20%由本地企业林氏发展有限公司持有。")
    assert quals(facts, "林氏发展有限公司", "HOLDS_STAKE", "华澳银行")["percent"] == 20.0


def test_short_name_in_bare_brackets_after_a_legal_name() -> None:
    facts = facts_of("据通函披露，要约人为恒岳环球金融控股有限公司（恒岳环球）的全资附属公司，而恒岳环球由主席潘志坚持有70%、由晨翼资本有限公司持有30%。")
    assert quals(facts, "潘志坚", "HOLDS_STAKE", "恒岳环球")["percent"] == 70.0
    assert quals(facts, "晨翼资本有限公司", "HOLDS_STAKE", "恒岳环球金融控股有限公司")["percent"] == 30.0


def test_holding_of_the_person_himself() -> None:
    facts = facts_of("要约人直接持有华盛证券约60.2%股权，主席林志强个人另持约2.7%。")
    assert quals(facts, "林志强", "HOLDS_STAKE", "华盛证券")["percent"] == 2.7


def test_name_before_ranze() -> None:
    facts = facts_of("华澳银行公布人事调整，原委员、副总经理林浩然则调返母行任职。")
    assert quals(facts, "林浩然", "HOLDS_POSITION", "华澳银行")["role"] == "deputy_general_manager"


def test_bare_group_listed_and_held_through_a_family_vehicle() -> None:
    facts = facts_of("本地老牌券商华耀金融集团（01388）昨日举行股东大会。主席林耀华于一九八零年创立公司，一九九六年集团在联交所主板上市。"
                     "据最新披露，林耀华透过家族持股公司林氏控股有限公司持有集团约55%股权。")
    assert quals(facts, "华耀金融集团", "LISTED_ON", "HKEX")["date"] == "1996"
    assert quals(facts, "林氏控股有限公司", "HOLDS_STAKE", "华耀金融集团")["percent"] == 55.0
    assert quals(facts, "林耀华", "HOLDS_STAKE", "华耀金融集团")["percent"] == 55.0
