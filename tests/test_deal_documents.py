"""Hong Kong circulars and offer documents: shares bought from the party defined as 卖方, a past disposal completed,
an investment vehicle's owner as its sole director, and the offeror named on the adviser's cover line."""

from tests.helpers import facts_of, quals


def test_shares_bought_from_the_seller_with_their_share_of_the_target() -> None:
    facts = facts_of("柏川实业有限公司（“卖方”）原为蓝岸保险有限公司（“蓝岸保险”）之单一最大股东。"
                     "光澜物流有限公司已于2024年11月18日向卖方购入合共24,000,000股普通股，相当于蓝岸保险已发行股份总数约35.5%，"
                     "代价为6,800万澳门元。")
    sale = quals(facts, "柏川实业有限公司", "SOLD_STAKE", "蓝岸保险有限公司")
    assert (sale["buyer"], sale["percent"], sale["date"]) == ("光澜物流有限公司", 35.5, "2024-11-18")
    assert quals(facts, "光澜物流有限公司", "HOLDS_STAKE", "蓝岸保险有限公司")["percent"] == 35.5


def test_a_past_disposal_completed() -> None:
    facts = facts_of("据年报披露，2023年9月，鸿屿物产有限公司已完成向瑄澈资本有限公司出售鸿屿冷链有限公司之全部股权，所得款项用作偿还银行借款。")
    sale = quals(facts, "鸿屿物产有限公司", "SOLD_STAKE", "鸿屿冷链有限公司")
    assert (sale["buyer"], sale["percent"], sale["date"]) == ("瑄澈资本有限公司", 100.0, "2023-09")


def test_the_owner_of_a_vehicle_is_its_sole_director() -> None:
    facts = facts_of("雅穗贸易有限公司主要经营进口葡萄酒批发，该公司由邝志朗先生全资拥有，邝先生同时担任其唯一董事。")
    assert quals(facts, "邝志朗", "HOLDS_POSITION", "雅穗贸易有限公司")["role"] == "director"


def test_the_offeror_named_on_the_advisers_cover_line() -> None:
    facts = facts_of("澄江企业融资有限公司\n代表晨曦云端控股有限公司\n提出自愿有条件现金要约\n以收购泓樾物业有限公司之全部股份\n"
                     "有关要约人：要约人由翠岭实业有限公司全资拥有，于2021年在香港注册成立。欧阳展鹏先生及苏绮雯女士为要约人之董事。")
    assert quals(facts, "翠岭实业有限公司", "HOLDS_STAKE", "晨曦云端控股有限公司")["percent"] == 100
    assert quals(facts, "欧阳展鹏", "HOLDS_POSITION", "晨曦云端控股有限公司")["role"] == "director"
    assert not [f for f in facts if f.subject.name == "欧阳展鹏" and f.object.name == "澄江企业融资有限公司"]


def test_receivers_sell_a_holders_pledged_shares() -> None:
    facts = facts_of("据锦程财富集团有限公司公告，股东铂丰控股有限公司为取得贷款而质押的锦程财富集团有限公司320,000,000股股份"
                     "（“质押股份”，相当于约27.5%）已由接管人接管。其后，接管人已于2025年12月1日将质押股份全部出售给瀚岳投资有限公司，作价1.6亿港元。")
    sale = quals(facts, "铂丰控股有限公司", "SOLD_STAKE", "锦程财富集团有限公司")
    assert (sale["buyer"], sale["percent"], sale["date"]) == ("瀚岳投资有限公司", 27.5, "2025-12-01")


def test_a_holding_after_a_transfer_the_receivers_made() -> None:
    facts = facts_of("据瀚岳投资有限公司披露，接管人已于2025年12月1日将该批股份转让予该公司。"
                     "交易完成后，瀚岳投资有限公司拥有锦程财富集团有限公司27.5%权益，跃升为单一最大股东。")
    assert quals(facts, "瀚岳投资有限公司", "HOLDS_STAKE", "锦程财富集团有限公司")["percent"] == 27.5


def test_a_second_seller_in_the_clause_after_the_sale() -> None:
    facts = facts_of("穗野农业科技有限公司由钟立恒、孔令涛两位农学博士创立。在本轮重组中，钟立恒向荟晟创投有限公司出售"
                     "穗野农业科技有限公司25%股权，孔令涛亦转让15%股权；两人合计作价八千万元人民币。")
    sale = quals(facts, "孔令涛", "SOLD_STAKE", "穗野农业科技有限公司")
    assert (sale["buyer"], sale["percent"]) == ("荟晟创投有限公司", 15.0)
