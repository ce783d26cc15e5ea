"""Stakes told in prose clauses, on sentences written for these tests: a holding through a foreign vehicle with a
Latin legal form, a subsidiary's share told after its name, a projected stake, the share of a firm that is only
a reinvestment, the word for shares before the figure, the rest held by a firm its head is named with, two
owners one named as the other's partner, a description glued to the holder's name, and a notice's own word
for itself (我司) defined in a bracket."""

from __future__ import annotations

from .helpers import facts_of


def _stakes(text: str, title: str = "", date: str = "") -> set[tuple]:
    return {(f.subject.name, f.object.name, f.qualifiers.get("percent"))
            for f in facts_of(text, title, date) if str(f.predicate) == "HOLDS_STAKE"}


def test_a_holding_through_a_vehicle_with_an_italian_or_brazilian_legal_form() -> None:
    text = ("米兰的登记资料显示，橡树支付有限公司的股东中，钟启明直接持股52%，另通过其全资拥有的Quercia Holding S.r.l.持股18%；"
            "罗马一家投资公司Lupo Capitale S.p.A.持股15%。")
    got = _stakes(text)
    assert ("Quercia Holding S.r.l.", "橡树支付有限公司", 18.0) in got
    assert ("钟启明", "Quercia Holding S.r.l.", 100.0) in got
    assert ("Lupo Capitale S.p.A.", "橡树支付有限公司", 15.0) in got
    text = "圣保罗的经纪商中，Pampa Investimentos Ltda.持有巴西鼎信证券有限公司30%的股权。"
    assert ("Pampa Investimentos Ltda.", "巴西鼎信证券有限公司", 30.0) in _stakes(text)


def test_a_share_told_right_after_the_subsidiary_it_is_of() -> None:
    text = "2018年，云岭农村商业银行股份有限公司发起设立控股子公司云岭金融租赁有限公司，持股比例为55%。"
    got = _stakes(text)
    assert ("云岭农村商业银行股份有限公司", "云岭金融租赁有限公司", 55.0) in got
    text = "滇池租赁有限公司下设全资子公司滇池航空租赁有限公司（项目公司），持股100%，专做飞机经营租赁。"
    assert ("滇池租赁有限公司", "滇池航空租赁有限公司", 100.0) in _stakes(text)


def test_a_stake_the_round_is_projected_to_leave_is_not_held() -> None:
    text = "星图智能科技有限公司正在进行B轮融资。融资完成后（预计），创始人邹海峰持股约36.8%，仍为第一大股东。"
    assert not any(p == 36.8 for _s, _o, p in _stakes(text))
    text = "若本轮增资顺利实施，星图智能科技有限公司的股东杭州星海投资有限公司持有公司的股份比例为22%。"
    assert not any(p == 22.0 for _s, _o, p in _stakes(text))


def test_a_share_of_a_reinvested_firm_and_the_word_for_shares_before_the_figure() -> None:
    text = "玉山證券投資信託股份有限公司為玉山商業銀行股份有限公司轉投資持股百分之三十五之公司，董事長由銀行指派。"
    assert ("玉山商業銀行股份有限公司", "玉山證券投資信託股份有限公司", 35.0) in _stakes(text)
    text = ("據查，新竹實業股份有限公司董事長黃冠宇持有新竹實業股份有限公司股份百分之四十八，"
            "其餘股份百分之二十五由黃冠宇出任負責人之竹風投資有限公司持有。")
    got = _stakes(text)
    assert ("黃冠宇", "新竹實業股份有限公司", 48.0) in got
    assert ("竹風投資有限公司", "新竹實業股份有限公司", 25.0) in got


def test_two_owners_the_second_named_as_the_first_ones_partner() -> None:
    text = ("星河咨询有限公司执行董事邵启文、监事邓若兰出席活动。"
            "据悉，星河咨询有限公司由邵启文与合伙人邓若兰分别持股55%和45%。")
    got = _stakes(text)
    assert ("邵启文", "星河咨询有限公司", 55.0) in got
    assert ("邓若兰", "星河咨询有限公司", 45.0) in got


def test_a_description_written_before_the_holder_is_not_the_company_held() -> None:
    text = "据工商资料，海棠支付有限公司的股东结构为：祁东海持股60%；法国金融科技公司Lumiere Paiement S.A.持股25%。"
    got = _stakes(text)
    assert ("Lumiere Paiement S.A.", "海棠支付有限公司", 25.0) in got
    assert not any(o.startswith("法国") for _s, o, _p in got)


def test_our_own_word_defined_in_a_bracket_and_a_new_name_that_takes_effect_after_the_notice() -> None:
    text = ("致各位客户：\n青禾小额贷款有限公司（以下简称“我司”）感谢您长期以来的信任。"
            "我司名称将自2026年1月1日起由“青禾小额贷款有限公司”变更为“青禾普惠科技有限公司”。"
            "2025年9月，丰川控股集团有限公司受让原股东持有的我司35%股权，股权过户已于2025年10月完成。"
            "受让完成后，丰川控股集团有限公司对我司的持股比例由15%增至50%，成为我司控股股东；"
            "青禾投资有限公司仍持有我司20%的股权。")
    got = {(f.subject.name, f.object.name, f.qualifiers.get("percent"), f.qualifiers.get("as_of"))
           for f in facts_of(text, date="2025-11-20") if str(f.predicate) == "HOLDS_STAKE"}
    assert ("丰川控股集团有限公司", "青禾小额贷款有限公司", 50.0, "2025-10") in got
    assert ("青禾投资有限公司", "青禾小额贷款有限公司", 20.0, "2025-10") in got


def test_a_rename_applied_for_is_no_rename() -> None:
    text = "白鹭支付有限公司已向当地监管机构申请更名为白鹭数字支付有限公司，目前仍在审核中。"
    assert not [f for f in facts_of(text) if str(f.predicate) == "RENAMED_TO"]
    text = "白鹭支付有限公司申请更名为白鹭数字支付有限公司，已获批准。"
    assert [f for f in facts_of(text) if str(f.predicate) == "RENAMED_TO"]


def test_a_holding_that_fell_to_a_figure_told_with_wei() -> None:
    text = ("松柏投資股份有限公司原持有松柏商業銀行股份約8.4%，上月以鉅額交易方式將其中2.1%轉讓予遠帆創業投資股份有限公司，"
            "轉讓後持股降為6.3%。")
    got = _stakes(text)
    assert ("松柏投資股份有限公司", "松柏商業銀行", 6.3) in got


def test_the_part_held_before_told_in_a_bracket_after_the_new_total() -> None:
    text = "本次增持完成后，南湖实业集团有限公司持有北溪科技股份有限公司27.4%的股份（含此前已持有的9.1%），成为北溪科技第一大股东。"
    got = {(f.subject.name, f.object.name, f.qualifiers.get("percent"), bool(f.qualifiers.get("former")))
           for f in facts_of(text) if str(f.predicate) == "HOLDS_STAKE"}
    assert ("南湖实业集团有限公司", "北溪科技股份有限公司", 27.4, False) in got
    assert ("南湖实业集团有限公司", "北溪科技股份有限公司", 9.1, True) in got


def test_a_controlling_holder_told_without_its_company_in_a_directory_entry() -> None:
    text = ("展台编号：C2-07\n企业名称：东篱数据服务股份有限公司（东篱数据，688999.SH）\n"
            "企业简介：为城商行提供核心系统外包，控股股东为西岭信息产业集团有限公司。\n联系人：闵一帆（证券事务代表）\n")
    got = {(f.subject.name, f.object.name, f.qualifiers.get("controlling"))
           for f in facts_of(text) if str(f.predicate) == "HOLDS_STAKE"}
    assert ("西岭信息产业集团有限公司", "东篱数据服务股份有限公司", True) in got
