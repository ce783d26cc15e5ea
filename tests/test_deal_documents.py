"""Hong Kong circulars and offer documents: shares bought from the party defined as 卖方, a past disposal completed,
an investment vehicle's owner as its sole director, and the offeror named on the adviser's cover line."""

from tests.helpers import facts_of, quals


def test_shares_bought_from_the_seller_with_their_share_of_the_target() -> None:
    facts = facts_of("金石国际有限公司（“卖方”）与瑞丰控股有限公司于4月订立买卖协议，出售星辉证券集团有限公司（“目标公司”）之股份。"
                     "瑞丰控股有限公司已于2025年5月2日向卖方购入4亿股股份（占目标公司已发行股本约55.2%），总代价为1.2亿港元。")
    sale = quals(facts, "金石国际有限公司", "SOLD_STAKE", "星辉证券集团有限公司")
    assert (sale["buyer"], sale["percent"], sale["date"]) == ("瑞丰控股有限公司", 55.2, "2025-05-02")
    assert quals(facts, "瑞丰控股有限公司", "HOLDS_STAKE", "星辉证券集团有限公司")["percent"] == 55.2


def test_a_past_disposal_completed() -> None:
    facts = facts_of("东港资本有限公司（“买方”）为独立第三方。2025年6月，凯旋金融控股有限公司已完成向买方出售凯旋期货有限公司之全部已发行股本，"
                     "并录得出售收益。")
    sale = quals(facts, "凯旋金融控股有限公司", "SOLD_STAKE", "凯旋期货有限公司")
    assert (sale["buyer"], sale["percent"], sale["date"]) == ("东港资本有限公司", 100.0, "2025-06")


def test_the_owner_of_a_vehicle_is_its_sole_director() -> None:
    facts = facts_of("星河资本有限公司为一间于开曼群岛注册成立之公司，由王志强先生全资拥有，王先生亦为其唯一董事。")
    assert quals(facts, "王志强", "HOLDS_POSITION", "星河资本有限公司")["role"] == "director"


def test_the_offeror_named_on_the_advisers_cover_line() -> None:
    facts = facts_of("星岚财务顾问有限公司\n代表瑞丰控股有限公司\n提出强制性无条件现金要约\n以收购星辉证券集团有限公司全部已发行股份\n"
                     "要约人为一间于开曼群岛注册成立之投资控股公司，由瑞丰集团有限公司全资拥有。要约人之董事为林志远先生及林嘉豪先生。")
    assert quals(facts, "瑞丰集团有限公司", "HOLDS_STAKE", "瑞丰控股有限公司")["percent"] == 100
    assert quals(facts, "林志远", "HOLDS_POSITION", "瑞丰控股有限公司")["role"] == "director"
    assert not [f for f in facts if f.subject.name == "林志远" and f.object.name == "星岚财务顾问有限公司"]


def test_receivers_sell_a_holders_pledged_shares() -> None:
    facts = facts_of("海星金融控股有限公司（“本公司”）宣布，本公司主要股东远帆投资有限公司早前以一家银行为受益人质押之本公司500,000,000股股份"
                     "（“质押股份”，占本公司已发行股本约31.5%）已遭强制执行。接管人已于2026年4月9日将质押股份全数转让予恒达投资有限公司，代价为2亿港元。")
    sale = quals(facts, "远帆投资有限公司", "SOLD_STAKE", "海星金融控股有限公司")
    assert (sale["buyer"], sale["percent"], sale["date"]) == ("恒达投资有限公司", 31.5, "2026-04-09")


def test_a_holding_after_a_transfer_the_receivers_made() -> None:
    facts = facts_of("接管人已于2026年3月2日将股份转让予恒达投资有限公司。转让完成后，恒达投资有限公司持有海星金融控股有限公司约58.4%之已发行股本。")
    assert quals(facts, "恒达投资有限公司", "HOLDS_STAKE", "海星金融控股有限公司")["percent"] == 58.4


def test_a_second_seller_in_the_clause_after_the_sale() -> None:
    facts = facts_of("云帆数码有限公司由林志明与黄小燕创办。根据协议，林志明向金岭集团有限公司出售云帆数码有限公司百分之三十股权，"
                     "黄小燕则出售其百分之二十股权，交易总额约五亿比索。")
    sale = quals(facts, "黄小燕", "SOLD_STAKE", "云帆数码有限公司")
    assert (sale["buyer"], sale["percent"]) == ("金岭集团有限公司", 20.0)
