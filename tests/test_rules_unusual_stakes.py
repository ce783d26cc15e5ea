"""Stakes, sales and listings in unusual wording: shares in tenths, fractions and halves, the rest held by kin, a
sale's seller named by its role after the purchase, a purchase done on the register, a holders' list with dashes,
a share told before who sold it to whom, trust units bought with the deal done, an amount in 亿 and 万 at once,
two exchanges with a board between the name and the code. Texts written for these tests."""

from __future__ import annotations

from extract.numbers import find_money, find_percents
from tests.helpers import facts_of, quals


def _stakes(text: str) -> set[tuple[str, str, float | None]]:
    return {(f.subject.name, f.object.name, f.qualifiers.get("percent")) for f in facts_of(text, date="2024-05-01")
            if str(f.predicate) == "HOLDS_STAKE"}


def test_share_words_as_percentages() -> None:
    assert [p for _s, _e, p in find_percents("据悉他持有该公司九成股份")] == [90.0]
    assert [p for _s, _e, p in find_percents("其馀两成由其兄持有")] == [20.0]
    assert [p for _s, _e, p in find_percents("甲方持有乙方三分之一股权，另一方持股四分之一，")] == [33.33, 25.0]
    assert [p for _s, _e, p in find_percents("丙公司持有半数股份")] == [50.0]
    # a bound is no figure, nor a share of votes, nor a word that happens to hold 成
    assert find_percents("需超过半数股份同意") == [] and find_percents("须经三分之二以上表决权通过") == []
    assert find_percents("营收七成以上来自海外") == [] and find_percents("大成股份今日公告") == []


def test_tenths_held_and_the_rest_held_by_a_daughter() -> None:
    text = "松年航运有限公司由船运商人戴松年一手创办。戴松年持有松年航运有限公司七成股权，其余三成由其女戴可欣持有。"
    assert _stakes(text) >= {("戴松年", "松年航运有限公司", 70.0), ("戴可欣", "松年航运有限公司", 30.0)}


def test_the_rest_is_of_the_company_whose_share_was_told() -> None:
    text = "去年重组后，青禾村镇银行由东溪农商银行控股，东溪农商银行持有其六成股权，其余四成由锦川建材有限公司持有。"
    assert ("锦川建材有限公司", "青禾村镇银行", 40.0) in _stakes(text)
    assert ("锦川建材有限公司", "东溪农商银行", 40.0) not in _stakes(text)


def test_a_fraction_of_the_shares() -> None:
    text = "据了解，孟启帆持有云岫软件有限公司三分之一股权。"
    assert ("孟启帆", "云岫软件有限公司", 33.33) in _stakes(text)


def test_seller_named_by_its_role_after_the_purchase() -> None:
    text = ("2022年9月，嘉陵文旅发展有限公司受让白鹭融资租赁有限公司51%股权，转让方为白鹭实业有限公司，"
            "相关变更登记已于2022年11月完成。")
    facts = facts_of(text)
    q = quals(facts, "白鹭实业有限公司", "SOLD_STAKE", "白鹭融资租赁有限公司")
    assert q["buyer"] == "嘉陵文旅发展有限公司" and q["percent"] == 51.0 and q["date"] == "2022-11"  # (done on the register)
    assert not [f for f in facts if str(f.predicate) == "SOLD_STAKE" and f.subject.name == "白鹭融资租赁有限公司"]


def test_holders_listed_with_dashes_and_the_seller_keeping_the_rest() -> None:
    text = ("鸿屿融资担保有限公司（以下简称“公司”）2015年设立。2019年8月，鸿屿国际（澳门）有限公司将持有的公司40%股权"
            "转让予鸿屿文旅集团有限公司。\n公司现时股东构成（截至2024年6月末）：\n"
            "鸿屿国际（澳门）有限公司——60%\n鸿屿文旅集团有限公司——40%\n")
    got = _stakes(text)
    assert ("鸿屿国际（澳门）有限公司", "鸿屿融资担保有限公司", 60.0) in got
    assert ("鸿屿文旅集团有限公司", "鸿屿融资担保有限公司", 40.0) in got
    assert ("鸿屿国际（澳门）有限公司", "鸿屿融资担保有限公司", 40.0) not in got  # (what it sold was part of what it had)


def test_share_first_then_seller_and_buyer() -> None:
    text = "据悉，澜湾资产管理有限公司的全部股权已于2023年10月由前母公司合川实业有限公司出售予海茵投资有限公司，作价1亿2600万元。"
    q = quals(facts_of(text), "合川实业有限公司", "SOLD_STAKE", "澜湾资产管理有限公司")
    assert q["buyer"] == "海茵投资有限公司" and q["percent"] == 100.0 and q["amount"] == 126000000


def test_trust_units_bought_and_held_after_the_deal() -> None:
    text = ("翠峰酒店信托2012年挂牌。去年11月，岚桥投资有限公司另以每单位1.36新元收购泓澄地产有限公司所持翠峰酒店信托约3.2%单位，"
            "交易完成后持有约11.5%单位。")
    facts = facts_of(text, date="2024-03-15")
    assert quals(facts, "泓澄地产有限公司", "SOLD_STAKE", "翠峰酒店信托")["buyer"] == "岚桥投资有限公司"
    assert quals(facts, "岚桥投资有限公司", "HOLDS_STAKE", "翠峰酒店信托")["percent"] == 11.5


def test_amount_in_hundred_millions_and_ten_thousands() -> None:
    assert [m.amount for _s, _e, m in find_money("作价7亿450万港元")] == [704500000.0]
    assert [m.amount for _s, _e, m in find_money("首期付2亿元，尾款6000万元")] == [200000000.0, 60000000.0]


def test_two_exchanges_with_a_board_before_the_code() -> None:
    text = "瑞岚农商银行2019年起先后在北京证券交易所（证券代码：830917）和香港交易所主板（股票代码：02179）上市。"
    codes = {f.object.name: f.qualifiers.get("ticker") for f in facts_of(text) if str(f.predicate) == "LISTED_ON"}
    assert codes == {"BSE": "830917", "HKEX": "02179"}
    assert not [f for f in facts_of(text) if "主板" in f.subject.name]


def test_a_foundation_calls_itself_its_body_and_sells_shares_to_a_group_member() -> None:
    text = ("財團法人松柏文教基金會\n壹、設立緣起\n創辦人：葛以誠\n貳、年度重要事項\n"
            "本會持有長虹期貨股份有限公司及長虹金融控股股份有限公司之股票。\n"
            "本會於民國112年3月出售長虹期貨股份250,000股予長虹金控之子公司長虹證券股份有限公司，所得用於清寒獎學金。")
    facts = facts_of(text, date="2025-04-30")
    q = quals(facts, "財團法人松柏文教基金會", "SOLD_STAKE", "長虹期貨股份有限公司")
    assert q["buyer"] == "長虹證券股份有限公司" and q["date"] == "2023-03"


def test_a_trader_leading_the_promoters_founds_the_firm() -> None:
    text = "1998年，青澜财务有限公司由侨商何永康牵头发起设立，首期资本八千万元。"
    assert ("何永康", "青澜财务有限公司") in {(f.subject.name, f.object.name) for f in facts_of(text) if str(f.predicate) == "FOUNDED"}


def test_the_word_for_a_meeting_is_no_body() -> None:
    text = "董事会秘书宣读议程后，本會議表决通过了澄江纺织股份有限公司的增资方案，董事长潘怀谷主持会议。"
    assert not [f for f in facts_of(text) if "本會" in f.subject.name or "本會" in f.object.name or "本会" in f.subject.name
                or "本会" in f.object.name]
