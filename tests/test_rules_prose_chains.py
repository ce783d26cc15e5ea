"""Prose ownership chains and Hong Kong's wording of ownership (sentences invented for these tests)."""

from tests.helpers import facts_of, posts, quals, triples


def test_he_inside_a_registered_name_after_its_place() -> None:
    # a place and one letter ("深圳嘉") are no name for 和 to join: 和 is a letter of the name
    facts = facts_of("嘉和金融控股有限公司（简称“嘉和金融”）披露，公司全资附属公司深圳嘉和小额贷款有限公司"
                     "已与东莞华茂科技有限公司签订合作框架协议。")
    assert ("深圳嘉和小额贷款有限公司", "SUBSIDIARY_OF", "嘉和金融控股有限公司", "wholly_owned") in triples(facts)


def test_you_glued_between_two_names() -> None:
    facts = facts_of("瑞丰金融控股有限公司（简称“瑞丰金融”）发布公告，公司与东莞华茂数字科技有限公司（简称“华茂数科”）订立协议。"
                     "公告显示，华茂数科由华茂集团有限公司（简称“华茂集团”）全资拥有。")
    assert quals(facts, "华茂数科", "SUBSIDIARY_OF", "华茂集团")["kind"] == "wholly_owned"


def test_share_held_on_the_notice_day() -> None:
    facts = facts_of("瑞丰金融控股有限公司（简称“瑞丰金融”）发布公告。华茂集团为瑞丰金融的控股股东，于公告日期持有公司约61.2%已发行股份。")
    assert quals(facts, "华茂集团", "HOLDS_STAKE", "瑞丰金融")["percent"] == 61.2


def test_now_a_subsidiary_held_in_full() -> None:
    facts = facts_of("截至公告日，中山担保为瑞丰小贷持股100%的附属公司，注册资本2亿元。")
    assert quals(facts, "瑞丰小贷", "HOLDS_STAKE", "中山担保")["percent"] == 100.0


def test_controller_named_after_its_posts() -> None:
    facts = facts_of("华茂集团由瑞丰金融主席兼非执行董事林永健先生最终控制。")
    assert quals(facts, "林永健", "HOLDS_STAKE", "华茂集团")["controlling"] is True


def test_chain_link_with_zai() -> None:
    facts = facts_of("福建鹭江实业集团有限公司（下称“鹭江实业”）持有福州华锦投资有限公司（下称“华锦投资”）80%股权，"
                     "鹭江实业再持有泉丰银行65%股权。")
    assert quals(facts, "福建鹭江实业集团有限公司", "HOLDS_STAKE", "泉丰银行")["percent"] == 65.0


def test_two_people_counted_in_the_next_sentence() -> None:
    facts = facts_of("链条的最上端是柯立新与妻子葛素云。二人分别持有福安柯氏控股有限公司（下称“柯氏控股”）55%和45%股权。"
                     "柯立新为柯氏控股董事长，葛素云任柯氏控股总经理。")
    assert quals(facts, "柯立新", "HOLDS_STAKE", "柯氏控股")["percent"] == 55.0
    assert quals(facts, "葛素云", "HOLDS_STAKE", "柯氏控股")["percent"] == 45.0


def test_name_is_a_companys_post() -> None:
    assert ("王立新", "泉丰控股有限公司", "chairman") in posts("王立新为泉丰控股有限公司董事长，公司发展良好。")


def test_company_described_by_a_relative_clause_holds() -> None:
    facts = facts_of("泉丰银行股份有限公司（下称“泉丰银行”）第一大股东为福州华锦投资有限公司。"
                     "此外，柯明远担任董事长的福州明远商贸有限公司（下称“明远商贸”），另持有泉丰银行4.8%股份。")
    assert quals(facts, "福州明远商贸有限公司", "HOLDS_STAKE", "泉丰银行")["percent"] == 4.8
    assert ("柯明远", "福州明远商贸有限公司", "chairman") in {
        (f.subject.name, f.object.name, f.qualifiers.get("role")) for f in facts if str(f.predicate) == "HOLDS_POSITION"}


def test_this_bank_described_is_the_one_just_named() -> None:
    facts = facts_of("在福建，几乎每个人都知道泉丰银行。记者发现，这家资产规模逾千亿元的城商行，"
                     "第一大股东闽东华锦投资有限公司（下称“华锦投资”）持有其12.1%股份。")
    assert quals(facts, "闽东华锦投资有限公司", "HOLDS_STAKE", "泉丰银行")["percent"] == 12.1
