"""A regulator's notice of approved changes, a block a company and a label a line (extract.rules.change_blocks),
and a legal name that opens with a city and its district (extract.name_letters.place_start). Texts written for
these tests."""

from __future__ import annotations

from tests.helpers import facts_of, quals, triples

_NOTICE = ("澧川市金融工作局通报本季度核准的机构变更情况\n\n"
           "1、澧川蓝桉保理有限公司\n"
           "变更内容1：企业名称\n变更前：澧川蓝桉保理有限公司\n变更后：澧川蓝桉供应链有限公司\n"
           "变更内容2：总经理\n变更前：柏闻笙\n变更后：祁晚照\n\n"
           "2、澧川禾湾典当有限公司\n"
           "变更内容：控股股东\n变更前：澧川石渠有限公司（持股比例65%）\n变更后：东泽百货有限公司（持股比例65%）\n"
           "说明：东泽百货有限公司以协议方式受让上述股权，交易对价为5200万元。\n\n"
           "3、澧川银杏租赁有限公司\n变更内容：注册资本\n变更前：1.5亿元\n变更后：4亿元\n")


def test_a_name_block_renames_the_blocks_company() -> None:
    got = triples(facts_of(_NOTICE, date="2024-10-08"), "RENAMED_TO")
    assert ("澧川蓝桉保理有限公司", "RENAMED_TO", "澧川蓝桉供应链有限公司", None) in got


def test_a_post_block_passes_the_post_from_the_name_before_to_the_name_after() -> None:
    facts = facts_of(_NOTICE, date="2024-10-08")
    got = triples(facts)
    assert ("柏闻笙", "HOLDS_POSITION", "澧川蓝桉保理有限公司", "general_manager") in got
    assert ("祁晚照", "HOLDS_POSITION", "澧川蓝桉保理有限公司", "general_manager") in got
    assert quals(facts, "祁晚照", "SUCCEEDED", "柏闻笙")["company"] == "澧川蓝桉保理有限公司"


def test_a_controlling_holder_block_with_a_transfer_note_is_a_sale_at_the_notes_price() -> None:
    facts = facts_of(_NOTICE, date="2024-10-08")
    q = quals(facts, "澧川石渠有限公司", "SOLD_STAKE", "澧川禾湾典当有限公司")
    assert (q["buyer"], q["percent"], q["amount"], q["currency"]) == ("东泽百货有限公司", 65.0, 52000000, "CNY")
    assert quals(facts, "东泽百货有限公司", "HOLDS_STAKE", "澧川禾湾典当有限公司")["controlling"] is True


def test_a_holder_block_without_a_transfer_sells_nothing() -> None:
    text = _NOTICE.replace("说明：东泽百货有限公司以协议方式受让上述股权，交易对价为5200万元。\n", "")
    assert not any(str(f.predicate) == "SOLD_STAKE" for f in facts_of(text, date="2024-10-08"))


def test_a_legal_name_opens_at_the_city_before_its_district() -> None:
    got = triples(facts_of("合肥蜀山开发投资有限公司目前持有眉山青桐物流有限公司42%的股权。"), "HOLDS_STAKE")
    assert ("合肥蜀山开发投资有限公司", "HOLDS_STAKE", "眉山青桐物流有限公司", 42.0) in got
