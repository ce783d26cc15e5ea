"""A regulator's notice of approved changes, a block a company and a label a line (extract.rules.change_blocks),
and a legal name that opens with a city and its district (extract.name_letters.place_start)."""

from __future__ import annotations

from tests.helpers import facts_of, quals, triples

_NOTICE = ("杭州市地方金融监督管理局关于融资租赁公司变更事项的公示\n\n"
           "一、浙江青岚融资租赁有限公司\n"
           "变更事项1：名称\n变更前：浙江青岚融资租赁有限公司\n变更后：浙江青岚国际融资租赁有限公司\n"
           "变更事项2：总经理\n变更前：甄慕白\n变更后：秋若溪\n\n"
           "二、杭州澄江典当有限公司\n"
           "变更事项：控股股东\n变更前：杭州澄江控股有限公司（持股70%）\n变更后：杭州远帆实业有限公司（持股70%）\n"
           "备注：该部分股权经杭州产权交易中心挂牌转让，受让方为杭州远帆实业有限公司，转让价款8600万元。\n\n"
           "三、杭州云帆小额贷款有限公司\n变更事项：注册资本\n变更前：2亿元\n变更后：3亿元\n")


def test_a_name_block_renames_the_blocks_company() -> None:
    got = triples(facts_of(_NOTICE, date="2025-06-10"), "RENAMED_TO")
    assert ("浙江青岚融资租赁有限公司", "RENAMED_TO", "浙江青岚国际融资租赁有限公司", None) in got


def test_a_post_block_passes_the_post_from_the_name_before_to_the_name_after() -> None:
    facts = facts_of(_NOTICE, date="2025-06-10")
    got = triples(facts)
    assert ("甄慕白", "HOLDS_POSITION", "浙江青岚融资租赁有限公司", "general_manager") in got
    assert ("秋若溪", "HOLDS_POSITION", "浙江青岚融资租赁有限公司", "general_manager") in got
    assert quals(facts, "秋若溪", "SUCCEEDED", "甄慕白")["company"] == "浙江青岚融资租赁有限公司"


def test_a_controlling_holder_block_with_a_transfer_note_is_a_sale_at_the_notes_price() -> None:
    facts = facts_of(_NOTICE, date="2025-06-10")
    q = quals(facts, "杭州澄江控股有限公司", "SOLD_STAKE", "杭州澄江典当有限公司")
    assert (q["buyer"], q["percent"], q["amount"], q["currency"]) == ("杭州远帆实业有限公司", 70.0, 86000000, "CNY")
    assert quals(facts, "杭州远帆实业有限公司", "HOLDS_STAKE", "杭州澄江典当有限公司")["controlling"] is True


def test_a_holder_block_without_a_transfer_sells_nothing() -> None:
    text = _NOTICE.replace("备注：该部分股权经杭州产权交易中心挂牌转让，受让方为杭州远帆实业有限公司，转让价款8600万元。\n", "")
    assert not any(str(f.predicate) == "SOLD_STAKE" for f in facts_of(text, date="2025-06-10"))


def test_a_legal_name_opens_at_the_city_before_its_district() -> None:
    got = triples(facts_of("截至年末，深圳南山开发建设集团有限公司持有上海云杉科技有限公司35%股权。"), "HOLDS_STAKE")
    assert ("深圳南山开发建设集团有限公司", "HOLDS_STAKE", "上海云杉科技有限公司", 35.0) in got
