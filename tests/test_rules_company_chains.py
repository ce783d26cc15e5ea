"""Company facts of investigative prose, on sentences written for these tests
(not gold text): a holder named after its share ("持有其60%股份的A"), a share
held by a company whose short name is defined in brackets, a chain of
holders told clause by clause, the short forms a reader makes of 产业投资 and
信息科技, a legal name after a preposition the segmenter glued to the
word before it; and a group's speech: the group with its sector word
("X金融集团") is the brand X written alone, "X集团" the legal name's group,
no name made of a set phrase or a verb before 集团."""

from __future__ import annotations

from extract.inventory import build_inventory
from extract.lexicon import get_lexicon

from .helpers import fact_keys, facts_of, quals


def _facts(text: str, predicate: str, title: str = "") -> set[tuple[str, str, object]]:
    return fact_keys(text, predicate, title, keys=("percent", "controlling", "kind"))


_STORY = ("北林消金成立于2015年，控股股东为持有其60%股份的南溪农村商业银行股份有限公司（下称“南溪农商行”）；"
          "剩下的40%则由杭州云岭产业投资有限公司（下称“云岭产投”）持有。")

_CHAIN = ("宁波华川投资管理有限公司（下称“华川投资”）的控股股东，是持有其70%股权的上海禾丰股权投资有限公司（下称“禾丰股权”），"
          "禾丰股权又由汤怀远持股90%，汤怀远由此成为华川投资的实际控制人。")


def test_a_controlling_holder_named_after_its_share_of_the_company() -> None:
    stakes = _facts(_STORY, "HOLDS_STAKE")
    assert ("南溪农商行", "北林消金", 60.0) in stakes


def test_the_rest_held_by_a_company_with_its_short_name_defined() -> None:
    assert ("云岭产投", "北林消金", 40.0) in _facts(_STORY, "HOLDS_STAKE")


def test_a_chain_of_holders_clause_by_clause() -> None:
    stakes = _facts(_CHAIN, "HOLDS_STAKE")
    assert ("禾丰股权", "华川投资", 70.0) in stakes
    assert ("汤怀远", "禾丰股权", 90.0) in stakes


def _companies(text: str) -> dict[str, set[str]]:
    inv = build_inventory(text, get_lexicon(), [])
    return {e.name: {s for s, k in inv.surface.items() if k == e.key} for e in inv.companies()}


def test_a_legal_name_after_a_preposition_glued_to_the_word_before() -> None:
    names = _companies("刘某名下的股权系替宁波华川投资管理有限公司代为持有。")
    assert "宁波华川投资管理有限公司" in names


def test_the_short_forms_of_an_industrial_investor_and_an_information_firm() -> None:
    names = _companies("广东粤禾产业投资有限公司受让了股份。粤禾产投是省属国企。广州粤华信息科技有限公司持有20%。粤华信息表示同意。")
    assert "粤禾产投" in names["广东粤禾产业投资有限公司"]
    assert "粤华信息" in names["广州粤华信息科技有限公司"]


_SPEECH = ("在潇信金融集团成立十周年大会上的讲话\n"
           "十年前，潇信金融集团在长沙挂牌成立。我们要特别感谢集团创始人方志远先生，是他在2014年一手创办了潇信；"
           "也要感谢创始股东湘江实业集团有限公司。湘江实业集团至今仍是集团第一大股东，持股28%。"
           "如今，潇信证券、潇信信托都已成长起来，潇信证券2020年在深圳证券交易所上市。最后，祝潇信金融集团十岁生日快乐！")


def test_a_set_phrase_and_a_verb_before_the_group_word_are_no_names() -> None:
    names = _companies(_SPEECH)
    assert not [n for n in names if "感谢" in n or n.startswith("祝")]


def test_a_group_with_its_sector_word_is_the_brand_written_alone() -> None:
    assert ("方志远", "潇信金融集团", None) in _facts(_SPEECH, "FOUNDED")


def test_a_group_named_without_its_legal_form() -> None:
    assert "湘江实业集团" in _companies(_SPEECH)["湘江实业集团有限公司"]


_OFFER = ("【本报讯】由商人韦立诚控制的华晟资本有限公司（「华晟资本」），就在联交所主板上市的小型券商瑞丰金融控股有限公司"
          "（「瑞丰金融」，股份代号：1234）提出的全面收购要约已于昨日截止。\n"
          "回顾今次交易，瑞丰金融主席卢启明全资拥有的金泰投资有限公司（「金泰投资」）于8月5日完成向华晟资本出售所持2.5亿股，"
          "占已发行股本55%，作价每股0.32港元，总代价8,000万港元。")


def test_a_listed_firm_described_by_its_trade_before_its_name() -> None:
    assert "瑞丰金融控股有限公司" in _companies(_OFFER)
    assert ("瑞丰金融", "HKEX", None) in _facts(_OFFER, "LISTED_ON")


def test_shares_sold_counted_then_their_share_of_the_issued_capital() -> None:
    sales = fact_keys(_OFFER, "SOLD_STAKE", keys=("buyer",))
    assert ("金泰投资", "瑞丰金融", "华晟资本") in sales
    assert ("金泰投资", "瑞丰金融", 55.0) in _facts(_OFFER, "HOLDS_STAKE")


def test_an_owner_described_by_its_whole_ownership() -> None:
    assert ("卢启明", "金泰投资", 100.0) in _facts(_OFFER, "HOLDS_STAKE")


_AUCTION = ("公开资料显示，华泰置业集团有限公司（简称“华泰置业”）是南岭人寿发起股东之一。2022年5月，其所持另外8%股份被司法拍卖，"
            "由岭南城投（简称“岭南城投”）以3亿元竞得，该笔股权已于2023年2月完成过户。"
            "目前岭南城投由内蒙古自治区人民政府国有资产监督管理委员会100%控股，注册资本50亿元。")


def test_a_share_auctioned_off_told_from_the_share_side() -> None:
    sales = fact_keys(_AUCTION, "SOLD_STAKE", keys=("buyer",))
    assert ("华泰置业", "南岭人寿", "岭南城投") in sales
    assert ("华泰置业", "南岭人寿", "2023-02") in fact_keys(_AUCTION, "SOLD_STAKE", keys=("date",))


def test_an_autonomous_region_government_body_named_in_full() -> None:
    assert ("内蒙古自治区人民政府国有资产监督管理委员会", "岭南城投", 100.0) in _facts(_AUCTION, "HOLDS_STAKE")


_INDIRECT = ("南湖科技（300123.SZ）公告，公司实际控制人由周立群、陈芳夫妇变更为湖州市人民政府国有资产监督管理委员会。"
             "交易前，周立群、陈芳夫妇分别持有南湖控股60%和40%的股权。今年9月，二人与浙江瑞江资本管理有限公司（以下简称瑞江资本）签署协议，"
             "将所持南湖控股全部股权转让给瑞江资本，转让价款合计12亿元。交易完成后，周立群另直接持有的南湖科技2.7%股份不受影响。")


def test_a_pair_referred_to_as_the_two_sells_each_its_own_share() -> None:
    sales = fact_keys(_INDIRECT, "SOLD_STAKE", keys=("percent",))
    assert ("周立群", "南湖控股", 60.0) in sales
    assert ("陈芳", "南湖控股", 40.0) in sales


def test_control_passed_on_by_a_couple_ends_for_both() -> None:
    stakes = fact_keys(_INDIRECT, "HOLDS_STAKE", keys=("former",))
    assert ("周立群", "南湖科技", True) in stakes
    assert ("陈芳", "南湖科技", True) in stakes


def test_a_holding_named_as_what_the_holder_holds() -> None:
    assert ("周立群", "南湖科技", 2.7) in _facts(_INDIRECT, "HOLDS_STAKE")


_HISTORY = ("资料显示，岷江信托前身为1985年组建的乐山地区国际信托投资公司，2001年完成清理整顿后改名为岷江信托投资有限责任公司，"
            "2007年依照信托新规再度更名为岷江信托有限责任公司。")

_REFORM = "2010年3月任青川县农村信用合作联社理事长；2014年6月，该联社改制为青川农商银行，他任董事长。"


def test_a_predecessor_renamed_twice_clause_after_clause() -> None:
    renames = fact_keys(_HISTORY, "RENAMED_TO", keys=("date",))
    assert ("乐山地区国际信托投资公司", "岷江信托投资有限责任公司", "2001") in renames
    assert ("岷江信托投资有限责任公司", "岷江信托有限责任公司", "2007") in renames


def test_a_union_referred_to_by_its_kind_is_reformed_into_a_bank() -> None:
    assert ("青川县农村信用合作联社", "青川农商银行", "2014-06") in fact_keys(_REFORM, "RENAMED_TO", keys=("date",))


def test_the_former_mark_and_a_preposition_before_a_group_word_are_no_name() -> None:
    assert not [n for n in _companies("原由集团境内运营实体杭州云帆网络科技有限公司持有的股权已转让。") if n.startswith("原由")]


_INTERVIEW = ("对话云帆支付CEO高明远\n"
              "问：这两年云帆支付有限公司（以下简称“云帆支付”）的股东结构有什么调整？\n"
              "高明远：我们大股东始终是云帆集团，持股75%，从来没动过。"
              "至于剩下的25%，以前在杭州星桥网络信息有限公司手上，去年10月卖给了浙江潮汇产投控股有限公司。\n")


def test_an_interviewee_speaks_of_the_firm_shareholders_as_ours() -> None:
    assert ("云帆集团", "云帆支付", 75.0) in _facts(_INTERVIEW, "HOLDS_STAKE", "对话云帆支付CEO高明远")


def test_a_share_in_one_hands_that_went_to_another() -> None:
    sales = fact_keys(_INTERVIEW, "SOLD_STAKE", "对话云帆支付CEO高明远", keys=("buyer",))
    assert ("杭州星桥网络信息有限公司", "云帆支付", "浙江潮汇产投控股有限公司") in sales
    assert ("浙江潮汇产投控股有限公司", "云帆支付", 25.0) in _facts(_INTERVIEW, "HOLDS_STAKE", "对话云帆支付CEO高明远")


_TAIWAN = ("113年6月股東常會後，梁宏德正式接下華隆金融控股股份有限公司（以下簡稱華隆金控）董事長。\n"
           "現年72歲的梁振邦，民國79年集資創辦華隆商業銀行，90年成立金控、同年在臺灣證券交易所掛牌。"
           "妹妹梁宏芝自110年起擔任金控旗下華隆證券董事長。")


def test_a_holding_written_alone_as_what_its_founder_set_up_next() -> None:
    founded = _facts(_TAIWAN, "FOUNDED")
    assert ("梁振邦", "華隆商業銀行", None) in founded
    assert ("梁振邦", "華隆金控", None) in founded


def test_a_holding_written_alone_lists_on_the_exchange_and_owns_the_broker() -> None:
    assert ("華隆金控", "TWSE", None) in _facts(_TAIWAN, "LISTED_ON")
    assert any(s == "華隆證券" and o == "華隆金控" for s, o, _k in _facts(_TAIWAN, "SUBSIDIARY_OF"))


_OPENING = ("6月18日，青禾理财有限责任公司（以下简称“青禾理财”）开业。青禾理财由青禾银行股份有限公司（以下简称“青禾银行”，601234.SH）"
            "全资发起设立，注册资本10亿元。全行将在资本、人才和渠道等方面全力支持青禾理财发展。"
            "截至一季度末，临沂汇源投资控股集团有限公司（简称“汇源投控”）仍是青禾银行第一大股东，持股比例长期稳定在7.42%。")


def test_a_company_set_up_by_one_owner_of_all_of_it() -> None:
    assert ("青禾理财", "青禾银行", "wholly_owned") in _facts(_OPENING, "SUBSIDIARY_OF")


def test_a_clause_before_a_name_already_named_is_no_part_of_it() -> None:
    assert not [n for n in _companies(_OPENING) if "支持" in n]


def test_a_share_kept_for_years() -> None:
    assert ("汇源投控", "青禾银行", 7.42) in _facts(_OPENING, "HOLDS_STAKE")


_BANK = ("青川农商银行于2012年挂牌。年报显示，该行去年营收增长一成，旗下控股青川锦华村镇银行，持股比例为55%；"
         "第一大股东青川县国有资本运营有限公司则持股7.6%。")


def test_a_clause_of_the_subject_owning_a_bank_and_its_share() -> None:
    assert ("青川锦华村镇银行", "青川农商银行", "subsidiary") in _facts(_BANK, "SUBSIDIARY_OF")
    stakes = _facts(_BANK, "HOLDS_STAKE")
    assert ("青川农商银行", "青川锦华村镇银行", 55.0) in stakes
    assert ("青川县国有资本运营有限公司", "青川农商银行", 7.6) in stakes  # (the next holder's company is still the bank)


_DIGEST = ("◆牌照｜据企业登记资料，云杉支付有限公司上周完成了股东变更，原唯一股东北京云杉网络科技有限公司全部退出，"
           "杭州岚桥数科集团有限公司成为其新的唯一股东，持股比例为100%。\n"
           "◆股权｜淮海证券有限责任公司股东苏北金控集团有限公司所持该公司15%股权已协议转让给徐州云龙科创投资有限公司。\n")


def test_a_sole_holder_replaced_by_another_in_a_change_of_shareholders() -> None:
    assert ("北京云杉网络科技有限公司", "云杉支付有限公司", "杭州岚桥数科集团有限公司") in fact_keys(_DIGEST, "SOLD_STAKE", keys=("buyer",))
    stakes = _facts(_DIGEST, "HOLDS_STAKE")
    assert ("杭州岚桥数科集团有限公司", "云杉支付有限公司", 100.0) in stakes
    assert not [k for k in stakes if k[:2] == ("杭州岚桥数科集团有限公司", "北京云杉网络科技有限公司")]


def test_a_share_of_the_company_referred_to_transferred_by_agreement() -> None:
    sales = fact_keys(_DIGEST, "SOLD_STAKE", keys=("percent",))
    assert ("苏北金控集团有限公司", "淮海证券有限责任公司", 15.0) in sales


def test_control_that_passed_on_along_with_a_deal() -> None:
    text = "陇原资管持股比例升至65%，成为祁山信托控股股东。祁山信托的实际控制人随之由国务院国资委变更为甘肃省国资委。"
    stakes = fact_keys(text, "HOLDS_STAKE", keys=("former", "controlling"))
    assert ("国务院国资委", "祁山信托", True) in stakes
    assert ("甘肃省国资委", "祁山信托", True) in stakes


def test_a_register_change_told_before_and_after_is_a_sale() -> None:
    """"C股东发生变更：变更前，S持股60%；变更后，B持股60%，S退出": S sold its 60% of C to B."""
    fs = facts_of("2024年3月8日，北林控股有限公司股东发生变更：变更前，南湖资本管理有限公司持股60.00%；"
                  "变更后，西岭投资集团有限公司持股60.00%，南湖资本管理有限公司退出。本次变更已完成工商登记。")
    q = quals(fs, "南湖资本管理有限公司", "SOLD_STAKE", "北林控股有限公司")
    assert (q["buyer"], q["percent"], q["date"]) == ("西岭投资集团有限公司", 60.0, "2024-03-08")
