"""A transfer told from the buyer's side with the way and the seller's rank between (sentences invented for these tests)."""

from tests.helpers import facts_of, quals


def test_buyer_takes_over_a_former_shareholders_shares_by_agreement() -> None:
    facts = facts_of("北林信息技术股份有限公司（以下简称“公司”）公告。天津华锦投资有限公司（以下简称“华锦投资”）持有公司9.60%股份。"
                     "2023年10月，华锦投资通过协议转让方式受让原股东苏州云屿创业投资有限公司（以下简称“苏州云屿”）所持公司4.35%股份，"
                     "相关股份已完成过户登记。")
    sale = quals(facts, "苏州云屿", "SOLD_STAKE", "北林信息技术股份有限公司")
    assert sale["percent"] == 4.35 and sale["buyer"] == "华锦投资"


def test_share_in_brackets_with_a_post_after_it() -> None:
    facts = facts_of("杭州北林网络科技有限公司（以下简称“北林公司”）由柯立新于2014年发起设立。经管理人初步调查，北林公司登记股东为："
                     "柯立新（持股70%）、葛素云（持股10%，曾任北林公司监事）。")
    assert quals(facts, "葛素云", "HOLDS_STAKE", "北林公司")["percent"] == 10.0
