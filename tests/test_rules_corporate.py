"""Group structure and renames on sentences written for these tests (not
gold text): the shapes news uses for a subsidiary, a group's 系, a parent
company, and a company's earlier or later name."""

from __future__ import annotations

import pytest

from .helpers import facts_of, pairs, quals, triples


def _subs(text: str, **kw: str) -> set[tuple[str, str, str]]:
    return {(f.subject.name, f.object.name, f.qualifiers["kind"]) for f in facts_of(text, **kw) if str(f.predicate) == "SUBSIDIARY_OF"}


def test_subsidiary_named_after_its_parent() -> None:
    assert _subs("东海银行全资子公司西山科技有限公司拟引入外部投资者。") == {("西山科技有限公司", "东海银行", "wholly_owned")}
    # 其 is the company named before; the other parties of the agreement are not subsidiaries
    assert _subs("东海集团昨晚披露，其间接全资附属公司东海科技有限公司、西山科技有限公司及北林银行已签署三方协议。") == {
        ("东海科技有限公司", "东海集团", "wholly_owned")}


def test_subsidiaries_listed_then_named_as_such() -> None:
    assert _subs("东海集团本周对东海证券、东海期货等子公司的管理层作了调整。") == {
        ("东海证券", "东海集团", "subsidiary"), ("东海期货", "东海集团", "subsidiary")}


def test_subsidiary_stated_with_a_place_or_a_date() -> None:
    assert _subs("西山科技有限公司定位为北林证券专门经营海外业务的子公司。") == {("西山科技有限公司", "北林证券", "subsidiary")}
    assert _subs("西山科技有限公司于2021年11月5日成为东海集团的子公司。") == {("西山科技有限公司", "东海集团", "subsidiary")}
    assert _subs("西山数据有限公司与北林软件有限公司均为东海集团旗下的全资子公司。") == {
        ("西山数据有限公司", "东海集团", "wholly_owned"), ("北林软件有限公司", "东海集团", "wholly_owned")}


def test_parent_company_and_belonging() -> None:
    assert _subs("据介绍，东海科技有限公司背后的控股母公司是欧洲规模最大的银行之一西山银行。") == {("东海科技有限公司", "西山银行", "subsidiary")}
    assert _subs("东海科技有限公司第一大股东是西山投资有限公司，而后者隶属于中国平安。") == {("西山投资有限公司", "中国平安", "group_member")}
    assert _subs("东海科技有限公司是中国平安旗下企业。") == {("东海科技有限公司", "中国平安", "group_member")}


def test_a_groups_xi() -> None:
    assert _subs("东海金服是平安系全资公司。") == {("东海金服", "平安", "wholly_owned")}
    assert _subs("资料显示，东海金服和西山科技有限公司均为平安系公司。") == {
        ("东海金服", "平安", "group_member"), ("西山科技有限公司", "平安", "group_member")}
    assert _subs("作为平安系金融科技公司，东海金服高度依赖集团业务。") == {("东海金服", "平安", "group_member")}


def test_wholly_held_is_a_wholly_owned_subsidiary() -> None:
    fs = facts_of("东海证券于2022年获批筹建，由北林集团全资持股。")
    assert quals(fs, "东海证券", "SUBSIDIARY_OF", "北林集团")["kind"] == "wholly_owned"
    assert quals(fs, "北林集团", "HOLDS_STAKE", "东海证券")["percent"] == 100.0


def test_incubated_is_still_not_a_subsidiary() -> None:
    assert not _subs("东海金服由北林集团孵化，后独立运营。")


def test_earlier_and_later_names_in_brackets() -> None:
    fs = facts_of("北林科技（原平安证券）发布公告称，公司业务稳定。")
    assert ("平安证券", "RENAMED_TO", "北林科技", None) in triples(fs, "RENAMED_TO")
    fs = facts_of("北林科技（原名“东海证券”）发布公告称，公司业务稳定。")
    assert ("东海证券", "RENAMED_TO", "北林科技", None) in triples(fs, "RENAMED_TO")
    fs = facts_of("北林集团正在推进对东海证券（现为北林证券）的业务整合。")
    assert ("东海证券", "RENAMED_TO", "北林证券", None) in triples(fs, "RENAMED_TO")


def test_predecessor_is_a_rename() -> None:
    fs = facts_of("北林保险集团股份有限公司的前身为东海保险，后于2012年更名。")
    q = quals(fs, "东海保险", "RENAMED_TO", "北林保险集团股份有限公司")
    assert q.get("date") == "2012"
    fs = facts_of("东海集团前身为北林集团于2007年出资设立的西山科技有限公司。")
    assert ("西山科技有限公司", "RENAMED_TO", "东海集团", None) in triples(fs, "RENAMED_TO")


def test_brand_upgrade_is_a_rename_but_an_app_is_not_a_company() -> None:
    fs = facts_of("2020年10月，东海金服品牌升级为北林数科。")
    assert quals(fs, "东海金服", "RENAMED_TO", "北林数科")["date"] == "2020-10"


def _renames(text: str) -> set[tuple[str, str, str | None]]:
    return {(f.subject.name, f.object.name, f.qualifiers.get("date")) for f in facts_of(text) if str(f.predicate) == "RENAMED_TO"}


def test_a_later_name_in_brackets_with_or_without_a_verb() -> None:
    assert _renames("南岭小贷（现南岭科技）的股东结构在当年发生变化。") == {("南岭小贷", "南岭科技", None)}
    assert _renames("南岭小贷（现名为南岭科技股份有限公司）的股东结构在当年发生变化。") == {
        ("南岭小贷", "南岭科技股份有限公司", None)}
    assert _renames("据了解，青禾证券（现称远江证券）曾参与这笔交易。") == {("青禾证券", "远江证券", None)}
    assert _renames("青禾证券（即现在的远江证券）成立于1998年。") == {("青禾证券", "远江证券", None)}
    # a bracket after a place-named legal name is not a rename and does not start a name
    assert "腾讯科技（深圳）有限公司" in _companies("腾讯科技（深圳）有限公司持有东海证券5%股份。")
    # 现 that begins a word of a name in brackets is not the word "now"
    assert "代金控" not in _companies("东海银行（现代金控旗下）持有北林证券5%股份。")


def test_a_date_after_a_bracketed_rename_belongs_to_another_event() -> None:
    assert _renames("青禾证券（现更名为远江证券）曾于2016年完成增资。") == {("青禾证券", "远江证券", None)}
    assert _renames("青禾证券（2021年更名为远江证券）曾于2016年完成增资。") == {("青禾证券", "远江证券", "2021")}


def test_an_earlier_name_in_brackets_or_after_the_name() -> None:
    assert _renames("远江证券（前称青禾证券）今日发布公告。") == {("青禾证券", "远江证券", None)}
    assert _renames("远江证券（旧称青禾证券）今日发布公告。") == {("青禾证券", "远江证券", None)}
    assert _renames("远江科技（formerly known as 青禾科技）今日发布公告。") == {("青禾科技", "远江科技", None)}
    assert _renames("远江证券曾用名青禾证券，注册地在广州。") == {("青禾证券", "远江证券", None)}
    assert _renames("远江证券更名前为青禾证券。") == {("青禾证券", "远江证券", None)}


def test_a_rename_in_a_clause_without_its_own_subject() -> None:
    assert _renames("青禾证券成立于1998年，后于2015年更名为远江证券。") == {("青禾证券", "远江证券", "2015")}
    assert _renames("青禾证券，现更名为远江证券，总部位于广州。") == {("青禾证券", "远江证券", None)}
    # two companies before the clause, or something the company set up: which one took the new name is not said
    assert not _renames("青禾证券收购了南岭小贷，后更名为远江证券。")
    assert not _renames("青禾证券发起设立了一只新基金，后更名为远江基金。")


def test_renamed_from_an_earlier_company() -> None:
    assert _renames("由青禾证券更名而来的远江证券总部位于广州。") == {("青禾证券", "远江证券", None)}
    assert _renames("远江证券系由青禾证券更名而来。") == {("青禾证券", "远江证券", None)}


def test_a_change_of_the_registered_name() -> None:
    assert _renames("公告显示，公司名称由“南岭小贷”变更为“南岭科技”。") == {("南岭小贷", "南岭科技", None)}
    assert _renames("2022年8月，青禾证券将公司名称变更为远江证券。") == {("青禾证券", "远江证券", "2022-08")}
    assert _renames("青禾证券的名称已变更为远江证券。") == {("青禾证券", "远江证券", None)}
    assert _renames("青禾证券正式更名，新名称为远江证券。") == {("青禾证券", "远江证券", None)}
    assert _renames("青禾证券改称远江证券。") == {("青禾证券", "远江证券", None)}


def test_an_aside_in_brackets_after_the_parent_does_not_hide_the_subsidiary() -> None:
    assert _subs("东海财富基金销售有限公司是北林数科集团（北林品牌授权）旗下子公司。") == {
        ("东海财富基金销售有限公司", "北林数科集团", "subsidiary")}


def _companies(text: str) -> set[str]:
    return {r.name for f in facts_of(text) for r in (f.subject, f.object) if r.type == "Company"}


def test_a_name_beginning_with_he_is_not_cut_where_he_cannot_join_anything() -> None:
    # at the head of a sentence and after a preposition, 和 has nothing to join: it is the name's
    assert ("和润财富基金销售有限公司", "北林数科集团", "subsidiary") in _subs("和润财富基金销售有限公司是北林数科集团旗下子公司。")
    text = "监管局公布了《关于对和耕传承基金销售有限公司实施责令改正措施的决定》，和耕传承基金销售有限公司是北林数科旗下子公司。"
    assert _subs(text) == {("和耕传承基金销售有限公司", "北林数科", "subsidiary")}


def test_a_clause_initial_he_before_a_partners_verb_is_the_preposition() -> None:
    names = _companies("北林数科表示，和润财富基金销售有限公司达成合作，北林数科持有其30%股份。")
    assert not any(n.startswith("和") for n in names)


def test_a_later_clause_without_a_subject_makes_the_sentences_subject_the_subsidiary() -> None:
    text = "东海财富基金销售有限公司（简称“东海财富”）成立于2015年2月16日，是北林数科集团（北林品牌授权）旗下子公司。"
    assert _subs(text) == {("东海财富基金销售有限公司", "北林数科集团", "subsidiary")}
    assert _subs("南山科技成立于2015年，东海银行是北林集团旗下子公司。") == {("东海银行", "北林集团", "subsidiary")}


def test_members_of_a_groups_division() -> None:
    assert _subs("作为东海集团旗下支付板块的重要成员，北林支付和南山科技去年均实现盈利。") == {
        ("北林支付", "东海集团", "group_member"), ("南山科技", "东海集团", "group_member")}
    assert _subs("北林支付是东海集团旗下支付板块的一员。") == {("北林支付", "东海集团", "group_member")}


def test_an_earlier_latin_name_after_formerly() -> None:
    assert pairs("北林数科（Beilin Tech, formerly Beilin Finance）今日公布年度业绩。", "RENAMED_TO") == {("Beilin Finance", "北林数科")}
    assert pairs("北林数科（formerly known as Beilin Finance Holdings）今日公布年度业绩。", "RENAMED_TO") == {("Beilin Finance Holdings", "北林数科")}
    assert pairs("北林数科（Beilin Tech，前称Beilin Finance Inc.）今日公布年度业绩。", "RENAMED_TO") == {("Beilin Finance Inc.", "北林数科")}
    assert pairs("北林数科（Beilin Tech, formerly the lender of choice）今日公布年度业绩。", "RENAMED_TO") == set()


def test_a_predecessor_named_only_by_the_word_for_its_kind() -> None:
    fs = facts_of("南湖保险成立于1992年，前身为东海市垦区农业保险公司，后于2017年更名。")
    assert quals(fs, "东海市垦区农业保险公司", "RENAMED_TO", "南湖保险")["date"] == "2017"
    assert pairs("南湖保险的前身是一家农业保险公司。", "RENAMED_TO") == set()


def test_a_later_clause_is_the_subsidiary_statement_without_qixia() -> None:
    assert _subs("华瑞金融科技有限公司（下称“华瑞科技”）成立于2015年，是南岭集团的全资子公司。") == {
        ("华瑞金融科技有限公司", "南岭集团", "wholly_owned")}
    assert _subs("华瑞金融科技有限公司成立于2015年，为南岭集团子公司提供贷款服务。") == set()


def test_a_descriptor_between_qixia_and_the_kind_of_firm() -> None:
    assert _subs("北林消费金融是东海集团旗下的持牌消费金融机构。") == {("北林消费金融", "东海集团", "group_member")}
    assert _subs("北林保理是东海集团旗下的商业保理公司。") == {("北林保理", "东海集团", "group_member")}


def test_factoring_firms_and_a_passive_positioning() -> None:
    assert _subs("东海集团全资子公司北林保理成立于2016年。") == {("北林保理", "东海集团", "wholly_owned")}
    assert _subs("南岭支付被定位为东方集团旗下的支付子公司。") == {("南岭支付", "东方集团", "subsidiary")}
    assert _subs("北方集团旗下的北林支付近日获得牌照。") == {("北林支付", "北方集团", "group_member")}


def test_a_short_name_defined_without_quotes() -> None:
    fs = facts_of("北林数字科技有限公司（简称北林数科）是南山科技旗下子公司。")
    [f] = [f for f in fs if str(f.predicate) == "SUBSIDIARY_OF"]
    assert "北林数科" in {f.subject.name, *f.subject.aliases}
    fs = facts_of("北林小贷已更名为北林数字科技有限公司（以下简称：北林数科）。北林数科是南山科技旗下子公司。")
    [f] = [f for f in fs if str(f.predicate) == "SUBSIDIARY_OF"]
    assert "北林数字科技有限公司" in {f.subject.name, *f.subject.aliases}


def test_taiwan_kinds_of_fund_firm_end_a_name() -> None:
    # 投信 (a securities investment trust) and its long form: the whole name, not 北林證券 inside it
    fs = facts_of("北林投信原名北林證券投資信託，去年更名。")
    assert {(f.subject.name, f.object.name) for f in fs if str(f.predicate) == "RENAMED_TO"} == {("北林證券投資信託", "北林投信")}


def test_a_company_secretary_is_a_title_not_the_company() -> None:
    fs = facts_of("南山控股委任陈志远为公司秘书。")
    assert quals(fs, "陈志远", "HOLDS_POSITION", "南山控股")["title"] == "公司秘书"


def test_the_ultimate_controlling_shareholder() -> None:
    fs = facts_of("东海集团为南山控股的最终控股股东。")
    assert quals(fs, "东海集团", "HOLDS_STAKE", "南山控股")["controlling"] is True


def test_a_line_of_business_or_brackets_around_the_subsidiary() -> None:
    assert _subs("西岭控股的保险子公司西岭人寿发布公告。") == {("西岭人寿", "西岭控股", "subsidiary")}
    assert _subs("西岭控股的子公司（西岭消费金融）发布公告。") == {("西岭消费金融", "西岭控股", "subsidiary")}
    assert _subs("西岭控股发布年报。截至同日，消费金融子公司（西岭消费金融）的资本充足率为20.1%。") == {
        ("西岭消费金融", "西岭控股", "subsidiary")}
    assert not _subs("西岭控股的多家子公司发布公告。")


def test_a_latin_name_after_the_word_for_a_subsidiary() -> None:
    assert _subs("东湖集团的全资附属公司LakeMobility发布公告。") == {("LakeMobility", "东湖集团", "wholly_owned")}


def test_members_of_a_group_written_by_its_brand() -> None:
    # the group's brand stands for the one company of the article named by it; members no dictionary knows, listed
    # in a clause of their own, are members too
    members = {"东湖集团发布公告。南屿资本也是东湖系公司。": {"南屿资本"},
               "东湖集团持有南屿资本和汭焻的股份，其中汭焻和南屿资本均为东湖系公司。": {"汭焻", "南屿资本"}}
    for text, names in members.items():
        assert _subs(text) == {(n, "东湖集团", "group_member") for n in names}


def test_a_brand_upgrade_that_takes_up_a_new_name() -> None:
    for text in ("2021年3月9日，西岭金融已正式对外公布品牌升级，启用“西岭数科”为新品牌。", "2021年3月9日，西岭金融宣布品牌升级，启用新品牌“西岭数科”。"):
        assert _renames(text) == {("西岭金融", "西岭数科", "2021-03-09")}
    # a product's brand is no new name of the company
    assert not _renames("2021年3月9日，西岭金融推出新产品，启用“西岭数科”为新品牌。")


def test_an_associate_or_a_member_told_by_its_groups_brand() -> None:
    # sentences written for this test: 联营公司 alone makes the sentence worth reading; "作为X系…公司" names the group
    assert quals(facts_of("北林科技为东岳集团的联营公司。"), "北林科技", "SUBSIDIARY_OF", "东岳集团")["kind"] == "associate"
    fs = facts_of("东岳集团旗下有多家公司。作为东岳系金融科技公司，北林科技也高度依赖东岳系。")
    assert quals(fs, "北林科技", "SUBSIDIARY_OF", "东岳集团")["kind"] == "group_member"


def test_a_planned_rename_is_no_rename() -> None:
    for text in ("旗下青湾资本拟更名为青湾创投有限公司。", "东屿资本计划更名为东屿创投有限公司。", "东屿资本将更名为东屿创投有限公司。"):
        assert not triples(facts_of(text), "RENAMED_TO"), text
    # 将 after 已 marks what was done to the name ("已将名称变更为")
    assert triples(facts_of("东屿资本已将名称变更为东屿创投有限公司。"), "RENAMED_TO")


def test_a_member_after_a_long_description_ending_with_its_kind() -> None:
    # sentences written for this test: a description over 16 characters after 旗下 ends with a word of its kind
    assert _subs("北林控股旗下在纽约、香港双重主要上市的科技公司——南湖科技，发布了中期报告。") == {("南湖科技", "北林控股", "group_member")}


def test_huixia_is_qixia() -> None:
    # sentences written for this test: 麾下 says what 旗下 says, also in an 作为… clause before its subject
    for text in ("作为北林控股麾下的金融科技企业，南湖科技成立于2015年。", "北林控股麾下的南湖科技发布了中期报告。",
                 "作为北林控股旗下的金融科技企业，南湖科技成立于2015年。"):
        assert _subs(text) == {("南湖科技", "北林控股", "group_member")}, text


def test_a_subsidiary_in_apposition_after_a_dash() -> None:
    # a sentence written for this test: "C全资子公司——A"
    assert _subs("南湖科技全资子公司——北林银行（BLB）作为香港第一家中小企专属银行，发展迅速。") == {("北林银行", "南湖科技", "wholly_owned")}


def test_a_persons_wholly_owned_company_is_no_subsidiary_of_the_company_in_focus() -> None:
    # a sentence written for this test: 其 is the person; the channel holds, and is nobody's subsidiary here
    fs = facts_of("北林科技发布公告。周明远通过其全资子公司南山投资间接持有北林科技29.6%的股份。")
    assert not pairs("北林科技发布公告。周明远通过其全资子公司南山投资间接持有北林科技29.6%的股份。", "SUBSIDIARY_OF")
    assert quals(fs, "南山投资", "HOLDS_STAKE", "北林科技")["percent"] == 29.6


def test_a_rename_in_traditional_with_the_new_name_in_corner_quotes() -> None:
    fs = facts_of("東湖支付易名為北林支付。")
    assert ("東湖支付", "RENAMED_TO", "北林支付", None) in triples(fs, "RENAMED_TO")
    fs = facts_of("東湖保險股份有限公司（下稱「東湖保險」）董事會公告，公司名稱自2022年10月1日起正式更名為「北林人壽保險股份有限公司」。")
    assert quals(fs, "東湖保險股份有限公司", "RENAMED_TO", "北林人壽保險股份有限公司")["date"] == "2022-10-01"


def test_a_new_name_in_hong_kong_quotes_and_a_subsidiary_described_in_brackets() -> None:
    # sentences written for this test
    q = quals(facts_of("澳門北林人壽保險股份有限公司董事會公告，公司名稱自2022年10月1日起正式更名為「北林保險股份有限公司」。"),
              "澳門北林人壽保險股份有限公司", "RENAMED_TO", "北林保險股份有限公司")
    assert q["date"] == "2022-10-01"
    assert _subs("北林资本（南溪集团的全资子公司）持有东岳科技51%股权。") == {("北林资本", "南溪集团", "wholly_owned")}


def test_legal_name_then_xi_then_its_parent() -> None:
    # 系 (is) right after a whole legal name: the parent's name begins after it, the two are not one name
    assert _subs("南岭小贷有限公司系北林科技集团股份有限公司的控股子公司。") == {
        ("南岭小贷有限公司", "北林科技集团股份有限公司", "subsidiary")}
    assert _subs("据悉，东川理财有限责任公司系西山银行股份有限公司的全资子公司，于2021年开业。") == {
        ("东川理财有限责任公司", "西山银行股份有限公司", "wholly_owned")}


def test_subsidiaries_listed_with_one_shared_percentage() -> None:
    text = "南岭金控表示，目前旗下子公司包括南岭银行、南岭产险及南岭投信，金控对各子公司的持股比率均为100%。"
    facts = facts_of(text)
    children = ("南岭银行", "南岭产险", "南岭投信")
    assert triples(facts, "SUBSIDIARY_OF") == {(c, "SUBSIDIARY_OF", "南岭金控", "wholly_owned") for c in children}
    assert triples(facts, "HOLDS_STAKE") == {("南岭金控", "HOLDS_STAKE", c, 100.0) for c in children}
    # the parent right before 旗下; a shared figure below 100% leaves them subsidiaries
    facts = facts_of("东川控股旗下子公司包括东川银行、东川证券，东川控股对各子公司持股比例均为51%。")
    assert triples(facts, "SUBSIDIARY_OF") == {(c, "SUBSIDIARY_OF", "东川控股", "subsidiary") for c in ("东川银行", "东川证券")}
    assert triples(facts, "HOLDS_STAKE") == {("东川控股", "HOLDS_STAKE", c, 51.0) for c in ("东川银行", "东川证券")}


def test_a_merger_rename_with_its_day_and_the_short_name_changed() -> None:
    text = ("青林证券公告称，公司吸收合并东湖证券事项已完成，存续公司名称自2024年6月1日起由“青林证券股份有限公司”"
            "变更为“青林东湖证券股份有限公司”，证券简称由“青林证券”变更为“青林东湖”。"
            "青林东湖持有北林期货60%股份。")
    assert ("青林证券股份有限公司", "青林东湖证券股份有限公司", "2024-06-01") in _renames(text)
    assert ("青林证券", "青林东湖", "2024-06-01") in _renames(text)
    # the new short name is the renamed company's wherever it is written
    assert quals(facts_of(text), "青林东湖证券股份有限公司", "HOLDS_STAKE", "北林期货")["percent"] == 60
    assert _renames("北林科技公告，公司证券简称由“北林科技”变更为“北林数科”，自2023年6月1日起生效。") == {
        ("北林科技", "北林数科", "2023-06-01")}


def test_the_company_a_merger_leaves_is_the_renamed_one() -> None:
    text = ("青林证券吸收合并东湖证券。合并完成后，公司名称由“青林证券股份有限公司”变更为“青林东湖证券股份有限公司”。"
            "同日，董事会选举周明远为新公司董事长，聘任吴思源为合并后的公司总经理。")
    fs = facts_of(text)
    assert ("周明远", "HOLDS_POSITION", "青林东湖证券股份有限公司", "chairman") in triples(fs)
    assert ("吴思源", "HOLDS_POSITION", "青林东湖证券股份有限公司", "general_manager") in triples(fs)
    # the merged company being renamed is the old name; 新公司 with no merger is no company
    assert _renames("北林银行吸收合并南川银行，合并后的公司名称变更为“北川银行股份有限公司”。") == {
        ("北林银行", "北川银行股份有限公司", None)}
    assert not [f for f in facts_of("北林集团出资设立新公司，周明远任新公司董事长。") if f.object.name == "新公司"]


def test_a_parent_with_its_short_name_defined_before_qixia() -> None:
    # "X（以下简称“A”）旗下的Y（以下简称“B”）": the definition between the parent and 旗下 does not hide it
    assert _subs("南川人寿保险股份有限公司（简称“南川人寿”）旗下的南川资产管理股份有限公司（简称“南川资管”）"
                 "上周披露了管理规模。") == {("南川资产管理股份有限公司", "南川人寿保险股份有限公司", "group_member")}


def test_a_history_renames_the_company_its_bare_gongsi_stands_for() -> None:
    # each 公司 of the history is the name it had then: the founded one, then the one the last rename gave
    text = ("在西州，西州信托是一块老牌子。1992年，周明远创办了西州国际信托投资公司。2003年，公司完成重新登记，"
            "更名为西州信托投资有限责任公司。2009年，公司再次更名为西州信托有限责任公司（以下简称“西州信托”），沿用至今。")
    assert _renames(text) == {("西州国际信托投资公司", "西州信托投资有限责任公司", "2003"),
                              ("西州信托投资有限责任公司", "西州信托有限责任公司", "2009")}
    # a predecessor already told (前身) is not renamed a second time into the new name's full form; the later
    # sentence that tells the renaming dates it (rules.after_renames)
    assert _renames("西州信托的前身是西州国际信托投资公司。2015年，公司更名为西州信托有限责任公司。") == {
        ("西州国际信托投资公司", "西州信托", "2015")}


def test_a_registered_change_of_the_enterprise_name_in_a_clause_of_its_own() -> None:
    assert _renames("6月3日，杭州青禾支付有限公司（以下简称“青禾支付”）发生工商变更，企业名称变更为杭州远江支付有限公司"
                    "（以下简称“远江支付”）。", ) == {("杭州青禾支付有限公司", "杭州远江支付有限公司", None)}


def test_a_mergers_surviving_bank_renamed_the_same_day() -> None:
    # "以A為存續銀行…存續銀行同日更名為B": A is renamed B, on the day the merger took effect
    assert _renames("南川商業銀行（下稱「南川銀行」）與西州商業銀行合併案於2024年1月1日生效。合併後以南川銀行為存續銀行，"
                    "西州商業銀行則為消滅銀行，存續銀行並於同日更名為「遠江商業銀行」，兩行員工全數留任。") == {("南川銀行", "遠江商業銀行", "2024-01-01")}


def test_a_rename_after_a_comma_and_yi_is_the_named_companys() -> None:
    # "A，已于D正式更名为B": the clause after the comma goes on with A
    assert ("南岭人寿", "北林人寿", "2024-07-01") in _renames("北林集团旗下的寿险公司南岭人寿，已于2024年7月1日正式更名为北林人寿。")


def test_the_buyer_before_a_rename_of_what_it_bought_is_not_renamed() -> None:
    # "X前身为Y，被A收购后更名为X": Y is renamed, A is the buyer
    got = _renames("北林支付前身为广州南岭信息技术有限公司，2019年被东川科技收购后更名为北林支付。")
    assert ("广州南岭信息技术有限公司", "北林支付", "2019") in got
    assert not any(old == "东川科技" for old, _new, _d in got)


def test_a_company_renamed_to_its_present_name_was_the_articles_company_and_company_after_it_is_that_one() -> None:
    # "A成立于2015年，2021年更名为现名": 现名 is the name of the company the article is about
    fs = facts_of("北林科技今日在港交所上市。深圳北林信息技术有限公司成立于2015年，2021年更名为现名。公司董事长为周明远。")
    assert quals(fs, "深圳北林信息技术有限公司", "RENAMED_TO", "北林科技")["date"] == "2021"
    assert quals(fs, "周明远", "HOLDS_POSITION", "北林科技")["role"] == "chairman"
def test_subsidiaries_counted_then_listed() -> None:
    text = ("截至2023年末，西岭资产纳入合并范围的子公司共5家。其中，全资子公司3家，分别为西岭投资管理有限公司、西岭融资租赁有限公司和西岭商务咨询有限公司；"
            "控股子公司2家，分别为西岭商业保理有限公司（持股65%）和西岭私募基金管理有限公司（持股55%）。")
    facts = facts_of(text)
    assert _subs(text) == {("西岭投资管理有限公司", "西岭资产", "wholly_owned"), ("西岭融资租赁有限公司", "西岭资产", "wholly_owned"),
                           ("西岭商务咨询有限公司", "西岭资产", "wholly_owned"), ("西岭商业保理有限公司", "西岭资产", "subsidiary"),
                           ("西岭私募基金管理有限公司", "西岭资产", "subsidiary")}
    # the bracketed share is the parent's in the child, not the child's in the parent
    assert triples(facts, "HOLDS_STAKE") == {("西岭资产", "HOLDS_STAKE", "西岭商业保理有限公司", 65.0),
                                             ("西岭资产", "HOLDS_STAKE", "西岭私募基金管理有限公司", 55.0)}
    assert _subs("北林银行旗下拥有北林理财、北林金租两家子公司。") == {("北林理财", "北林银行", "subsidiary"), ("北林金租", "北林银行", "subsidiary")}


def test_a_count_looks_back_on_the_companies_named_before() -> None:
    assert _subs("北林银行持有桐乡北林村镇银行51%的股份，持有松阳北林村镇银行40%的股份，上述两家均为该行控股子公司，纳入合并报表范围。") == {
        ("桐乡北林村镇银行", "北林银行", "subsidiary"), ("松阳北林村镇银行", "北林银行", "subsidiary")}
    assert _subs("北林银行另参股两家村镇银行，对安吉北林村镇银行持股15%，对德清北林村镇银行持股12%，两家均作为联营企业按权益法核算。") == {
        ("安吉北林村镇银行", "北林银行", "associate"), ("德清北林村镇银行", "北林银行", "associate")}


def test_a_subsidiary_whose_full_share_is_written_is_held_at_100() -> None:
    facts = facts_of("南嶺證券為南嶺金融控股股份有限公司百分之百持股子公司，董事長由林秋萍兼任。東川銀行亦為南嶺金控100%持股之子公司。")
    assert quals(facts, "南嶺金融控股股份有限公司", "HOLDS_STAKE", "南嶺證券")["percent"] == 100.0
    assert quals(facts, "南嶺金控", "HOLDS_STAKE", "東川銀行")["percent"] == 100.0
    # (全资 alone writes no share)
    assert not [f for f in facts_of("西岭小贷为北林科技全资子公司。") if str(f.predicate) == "HOLDS_STAKE"]


def test_the_parents_share_in_each_listed_subsidiary_without_an_object() -> None:
    facts = facts_of("北林金控旗下子公司包括北林商業銀行及北林證券，金控持股比率均為100%，兩家皆設於台北。")
    assert quals(facts, "北林金控", "HOLDS_STAKE", "北林證券")["percent"] == 100.0
    assert quals(facts, "北林證券", "SUBSIDIARY_OF", "北林金控")["kind"] == "wholly_owned"


def test_an_offshore_structure_wfoe_and_contract_controlled_entity() -> None:
    facts = facts_of("南屿科技控股有限公司2012年注册于开曼群岛，通过香港子公司南屿（香港）有限公司在境内设立外商独资企业苏州南屿信息技术有限公司。"
                     "苏州南屿信息技术有限公司通过一系列VIE协议控制苏州南屿网络科技有限公司，后者被列为南屿科技控股有限公司的综合联属实体。")
    assert quals(facts, "南屿（香港）有限公司", "SUBSIDIARY_OF", "南屿科技控股有限公司")["kind"] == "subsidiary"
    assert quals(facts, "苏州南屿信息技术有限公司", "SUBSIDIARY_OF", "南屿（香港）有限公司")["kind"] == "wholly_owned"
    assert quals(facts, "苏州南屿网络科技有限公司", "SUBSIDIARY_OF", "南屿科技控股有限公司")["kind"] == "consolidated_affiliated_entity"


def test_a_prospectus_word_before_a_name_is_not_part_of_it() -> None:
    facts = facts_of("上市主体南屿科技控股有限公司持有苏州南屿网络科技有限公司60%的股权。")
    assert quals(facts, "南屿科技控股有限公司", "HOLDS_STAKE", "苏州南屿网络科技有限公司")["percent"] == 60.0


def test_tongshu_before_a_group_is_no_part_of_its_name() -> None:
    assert _subs("同属江川集团旗下的南岭数科和北林科技近日签署合作协议。") == {
        ("南岭数科", "江川集团", "group_member"), ("北林科技", "江川集团", "group_member")}


def test_name_changed_from_a_date_on() -> None:
    # "公司名称自2024年3月8日起变更为“X”": a rename dated by the day it takes effect
    fs = facts_of("东林期货有限公司3月12日披露，公司已完成工商变更登记，公司名称自2024年3月8日起变更为“北泰期货有限公司”。")
    assert quals(fs, "东林期货有限公司", "RENAMED_TO", "北泰期货有限公司") == {"date": "2024-03-08"}


def test_a_person_who_put_up_the_capital_founded_the_predecessor() -> None:
    # "公司前身X由P于2008年6月出资设立": P founded X (a company 出资设立 by a company is a subsidiary, not this)
    fs = facts_of("公司前身杭州北林软件有限公司由周明远于2011年3月出资设立，2018年11月整体变更为股份有限公司。")
    assert quals(fs, "周明远", "FOUNDED", "杭州北林软件有限公司") == {"date": "2011-03"}


def test_a_subsidiary_set_up_or_kept_by_its_parent() -> None:
    # "C另在香港设有全资附属公司A", "C于2019年设立全资子公司A": the clause's company set the child up
    assert _subs("北林科技集团有限公司（下称“北林科技”或“公司”）于3月递交招股书。公司另在香港设有全资附属公司北林（香港）有限公司。") == {
        ("北林（香港）有限公司", "北林科技集团有限公司", "wholly_owned")}
    assert _subs("南岭证券股份有限公司于2019年设立全资子公司南岭创新投资有限公司。") == {
        ("南岭创新投资有限公司", "南岭证券股份有限公司", "wholly_owned")}
    # a planned one is not yet a subsidiary
    assert _subs("南岭证券股份有限公司拟设立全资子公司南岭创新投资有限公司。") == set()


def test_a_subsidiary_still_or_thereby_so() -> None:
    # "B继续作为其控股子公司", "B由此成为其控股子公司": 其 is the company named before B
    assert _subs("增资完成后，东川银行股份有限公司持股比例由51%降至40%，仍为控股股东，南溪消费金融股份有限公司继续作为其控股子公司纳入合并报表范围。") == {
        ("南溪消费金融股份有限公司", "东川银行股份有限公司", "subsidiary")}
    assert _subs("东川银行股份有限公司受让南溪村镇银行股份有限公司60%股权，南溪村镇银行股份有限公司由此成为其控股子公司。") == {
        ("南溪村镇银行股份有限公司", "东川银行股份有限公司", "subsidiary")}


def test_an_indirect_wholly_owned_subsidiary() -> None:
    assert _subs("交割完成后，南溪支付有限公司成为北林集团有限公司的间接全资子公司。") == {("南溪支付有限公司", "北林集团有限公司", "wholly_owned")}
    assert _subs("北林金融集團有限公司之間接全資附屬公司南溪證券有限公司今日宣布增資。") == {("南溪證券有限公司", "北林金融集團有限公司", "wholly_owned")}


def test_konggu_before_zigongsi_is_the_kind_not_the_parents_name() -> None:
    # "B已成为X控股子公司" with X a short name defined before: the parent is X, not "X控股"
    fs = facts_of("东川国有资本投资运营集团有限公司（下称“东川国投”）持有南溪银行股份有限公司35.2%股份。南溪银行股份有限公司已成为东川国投控股子公司。")
    assert quals(fs, "南溪银行股份有限公司", "SUBSIDIARY_OF", "东川国有资本投资运营集团有限公司")["kind"] == "subsidiary"


def test_the_parents_own_channel_after_bing_tongguo_qi() -> None:
    # "A直接持有本公司…，并通过其全资子公司B持有…": 其 is A, the clause's subject, not the company A holds
    assert _subs("南岭证券股份有限公司（「本公司」）年报摘要：北林金融控股集团有限公司直接持有本公司28.15%的股份，并通过其全资子公司北林國際（香港）有限公司持有本公司6.02%的股份。") >= {
        ("北林國際（香港）有限公司", "北林金融控股集团有限公司", "wholly_owned")}


def test_a_founder_titled_before_the_name_after_a_short_name_and_an_honorary_post() -> None:
    # "C（以下简称“Y”）创始人、名誉董事长P": the founder of C
    fs = facts_of("南岭控股集团有限公司（简称“南岭集团”）创始人、名誉董事长周明远先生于2023年8月19日在杭州病逝，享年86岁。")
    assert ("周明远", "南岭控股集团有限公司") in pairs_of(fs, "FOUNDED")


def test_founding_the_predecessor_named_after_a_dash() -> None:
    # "P创办了X的前身——Y": P founded Y, and Y was renamed into X (so P founded X too, in the same year)
    fs = facts_of("1993年，25岁的周明远在北滘镇创办了北林集团的前身——顺德北林电器厂，生产配件。三十年后，这家小厂已成长为广东北林集团有限公司（以下简称“北林集团”）。")
    assert quals(fs, "周明远", "FOUNDED", "顺德北林电器厂") == {"date": "1993"}
    assert quals(fs, "顺德北林电器厂", "RENAMED_TO", "广东北林集团有限公司") == {}
    assert pairs_of(fs, "FOUNDED") == {("周明远", "顺德北林电器厂"), ("周明远", "北林集团")}


def pairs_of(facts: list, predicate: str) -> set[tuple[str, str]]:
    return {(f.subject.name, f.object.name) for f in facts if str(f.predicate) == predicate}


def test_a_title_before_the_word_founder_still_names_the_companys_founder() -> None:
    assert ("周明远", "东湖数码") in pairs("东湖数码董事长、创始人周明远在接受采访时表示，公司将继续扩张。", "FOUNDED")


def test_a_pronoun_and_the_partner_it_founded_with_are_founders_both() -> None:
    fs = facts_of("东湖科技董事长周明远表示满意。2015年，他与董事李东明在深圳共同创立青禾网络科技有限公司。")
    assert quals(fs, "周明远", "FOUNDED", "青禾网络科技有限公司")["date"] == "2015"
    assert quals(fs, "李东明", "FOUNDED", "青禾网络科技有限公司")["date"] == "2015"


def test_he_himself_deemed_the_founder_of_the_bank_just_named() -> None:
    text = "东湖科技董事长周明远表示满意。2016年，周明远牵头发起筹建东湖银行股份有限公司，他本人也被视为这家银行的创始人。"
    assert ("周明远", "东湖银行股份有限公司") in pairs(text, "FOUNDED")


@pytest.mark.parametrize("sentence", ["东湖科技是周明远一手创办的。", "东湖科技由周明远一手打造。"])
def test_a_company_built_by_the_founders_own_hands(sentence: str) -> None:
    assert ("周明远", "东湖科技") in pairs("东湖科技董事长周明远表示满意。" + sentence, "FOUNDED")


def test_the_founder_of_a_predecessor_with_the_companys_name_inside_founded_both() -> None:
    fs = facts_of("1993年，30岁的周明远在北滘镇创办了东湖集团的前身——顺德东湖电器厂。")
    assert quals(fs, "周明远", "FOUNDED", "顺德东湖电器厂")["date"] == "1993"
    assert quals(fs, "周明远", "FOUNDED", "东湖集团")["date"] == "1993"
    assert ("顺德东湖电器厂", "东湖集团") in pairs("1993年，30岁的周明远在北滘镇创办了东湖集团的前身——顺德东湖电器厂。", "RENAMED_TO")


@pytest.mark.parametrize("sentence,founders", [
    ("2015年，汪德润与同乡林志坚合伙创办东湖科技。", {"汪德润", "林志坚"}),  # a name, 与 and the partner's relation
    ("周明远与老同学林志坚共同创办东湖科技。", {"周明远", "林志坚"}),
    ("周明远2010年辞职下海，与前同事林志坚合伙创办东湖科技。", {"周明远", "林志坚"}),  # no subject before 与: the one just named
    ("东湖科技董事长周明远表示满意。那一年，周明远与大学同学林志坚在杭州创办了东湖科技。", {"周明远", "林志坚"}),  # the partner's relation, no 共同: both
    ("东湖科技董事长周明远表示满意。周明远与好友林志坚创办东湖科技，主营支付。", {"周明远", "林志坚"}),
])
def test_a_partner_named_after_a_word_of_relation_founded_with_the_person_before(sentence: str, founders: set[str]) -> None:
    assert founders <= {p for p, c in pairs(sentence, "FOUNDED") if c == "东湖科技"}


def test_a_regulator_approves_a_change_of_the_company_name() -> None:
    # "同意A变更公司名称为B": the verb before the name, the day of the approval the rename's
    assert _renames("2024年3月8日，监管局发布批复，同意青禾信托有限责任公司变更公司名称为“远江信托有限责任公司”。") == {
        ("青禾信托有限责任公司", "远江信托有限责任公司", "2024-03-08")}
    assert _renames("青禾证券于2022年8月变更企业名称为远江证券。") == {("青禾证券", "远江证券", "2022-08")}


def test_the_companies_named_before_all_become_subsidiaries() -> None:
    # "上述三家公司均成为C旗下子公司": the three the sentence before listed
    text = ("北林集团公告，北林网络科技有限公司持有的甲山支付有限公司100%股权、乙水小额贷款有限公司100%股权，以及丙石保险经纪有限公司70%股权，"
            "已于2025年3月5日全部转让予北林金控。调整后，上述三家公司均成为北林金控旗下子公司。")
    assert _subs(text) == {("甲山支付有限公司", "北林金控", "subsidiary"), ("乙水小额贷款有限公司", "北林金控", "subsidiary"),
                           ("丙石保险经纪有限公司", "北林金控", "subsidiary")}


def test_a_list_of_subsidiaries_belongs_to_the_sentence_company_not_an_earlier_clause() -> None:
    # the company of an earlier clause ("下午南溪证券选任…") is that clause's; the list's parent is the sentence's group
    text = ("北林金控本周密集开会，南溪证券周三改选周明远为董事长，"
            "集团借此把南溪证、松岭期货等子公司的管理层一并调整到位。")
    assert ("松岭期货", "北林金控") in pairs(text, "SUBSIDIARY_OF")
    assert ("松岭期货", "南溪证券") not in pairs(text, "SUBSIDIARY_OF")


def test_a_list_member_written_with_its_kind_cut_to_one_letter_is_a_subsidiary_too() -> None:
    # 岚熙证 for 岚熙证券 (Taiwan's press cuts the kind to its first letter): a member of the list
    text = ("北林金控本周通过岚熙证券法人董事改派案，岚熙证券随后改选周明远为董事长，"
            "集团借此把岚熙证、松岭期货等子公司的管理层一并调整到位。")
    assert {("岚熙证券", "北林金控"), ("松岭期货", "北林金控")} <= pairs(text, "SUBSIDIARY_OF")


def test_xi_at_a_clause_head_is_no_part_of_the_parent_name() -> None:
    assert ("松岭村镇银行", "北林农商行") in pairs("松岭村镇银行成立于2012年，系北林农商行控股子公司。", "SUBSIDIARY_OF")


def test_a_clause_that_becomes_a_subsidiary_speaks_of_the_sentence_subject() -> None:
    text = "合并后，松岭村镇银行的60%股权由新行承继，成为北林农商银行的控股子公司。"
    assert ("松岭村镇银行", "北林农商银行") in pairs(text, "SUBSIDIARY_OF")


def test_two_companies_that_are_both_a_group_s_subsidiaries() -> None:
    text = "北林人寿与北林资产同为北林保险集团股份有限公司控制的子公司。"
    assert {("北林人寿", "北林保险集团股份有限公司"), ("北林资产", "北林保险集团股份有限公司")} <= pairs(text, "SUBSIDIARY_OF")


def test_a_ticker_in_brackets_between_the_parent_and_its_word_for_under() -> None:
    text = "北林科技（NASDAQ:BLKJ）旗下的上海北林小额贷款有限公司去年完成增资。"
    assert ("上海北林小额贷款有限公司", "北林科技") in pairs(text, "SUBSIDIARY_OF")


def test_a_clause_of_qi_before_becoming_a_subsidiary_names_the_child() -> None:
    text = "此外，南溪农商银行当年发起设立的松岭村镇银行，其60%股权由新行承继，成为北林农商银行的控股子公司。"
    assert pairs(text, "SUBSIDIARY_OF") == {("松岭村镇银行", "北林农商银行")}


def test_a_corporate_information_page_of_labels_and_values() -> None:
    # HK/Macau annual report: "前稱：A（本行於…更名為現名）", "最終控股公司：X", "附屬公司：Y（全資附屬公司）"
    text = ("公司資料\n註冊名稱：北濠銀行股份有限公司（「本行」）\n前稱：澳門信昌銀行有限公司（本行於2011年3月更名為現名）\n"
            "主要股東：北濠金融控股有限公司（持有本行98.5%股份）\n最終控股公司：嶺南北濠集團有限公司\n"
            "附屬公司：北濠保險代理（澳門）有限公司（全資附屬公司）\n監管機構：澳門金融管理局")
    fs = facts_of(text, title="北濠銀行股份有限公司二〇二四年年報：公司資料", date="2025-04-28")
    assert quals(fs, "澳門信昌銀行有限公司", "RENAMED_TO", "北濠銀行股份有限公司")["date"] == "2011-03"
    assert quals(fs, "北濠銀行股份有限公司", "SUBSIDIARY_OF", "嶺南北濠集團有限公司")["kind"] == "subsidiary"
    assert quals(fs, "北濠保險代理（澳門）有限公司", "SUBSIDIARY_OF", "北濠銀行股份有限公司")["kind"] == "wholly_owned"


def test_a_regulator_of_macau_is_one_name_and_never_the_company_of_the_posts_after_it() -> None:
    text = ("公司資料\n註冊名稱：北濠銀行股份有限公司（「本行」）\n監管機構：澳門金融管理局\n年內董事會及高級管理層變動\n"
            "行政總裁周明遠因年屆退休，於2023年12月31日辭任行政總裁職務，其職務由吳海峰接任。")
    fs = facts_of(text, title="北濠銀行股份有限公司二〇二四年年報：公司資料", date="2025-04-28")
    assert quals(fs, "吳海峰", "HOLDS_POSITION", "北濠銀行股份有限公司")["role"] == "ceo"
    assert not any(n == "澳門金融" for f in fs for n in (f.subject.name, f.object.name))


def test_a_prospectus_issuer_is_the_company_its_title_names() -> None:
    # 发行人 (the issuer) with no glossary: the company of the title, not the last one named
    text = ("一、发行人概况\n中文名称：南屏国际融资租赁有限公司\n二、发行人历史沿革\n"
            "发行人原名天津南屏融资租赁有限公司，系南屏实业集团有限公司（以下简称“南屏实业”）与南屏投资（香港）有限公司"
            "（以下简称“香港南屏”）于2013年6月共同出资设立。\n"
            "2016年9月，经股东会决议，发行人名称由“天津南屏融资租赁有限公司”改为“南屏国际融资租赁有限公司”。\n"
            "2022年3月，香港南屏将其持有的发行人30%股权转让给南屏实业，本次转让完成后发行人成为南屏实业的全资子公司。")
    fs = facts_of(text, title="南屏国际融资租赁有限公司2024年公开发行公司债券募集说明书", date="2024-04-15")
    assert quals(fs, "南屏投资（香港）有限公司", "SOLD_STAKE", "南屏国际融资租赁有限公司", buyer="南屏实业集团有限公司")["percent"] == 30.0
    assert quals(fs, "南屏国际融资租赁有限公司", "SUBSIDIARY_OF", "南屏实业集团有限公司")["kind"] == "wholly_owned"
    assert ("天津南屏融资租赁有限公司", "南屏国际融资租赁有限公司") in {(f.subject.name, f.object.name) for f in fs if str(f.predicate) == "RENAMED_TO"}
    assert not any(n == "发行人" for f in fs for n in (f.subject.name, f.object.name))


def test_becoming_a_subsidiary_held_by_the_parent_one_hundred_percent() -> None:
    # "B自该日起成为A百分之百持有之子公司" (Taiwan's wording)
    text = "股權交割基準日訂為3月3日，南洋人壽保險股份有限公司自該日起成為北林金融控股股份有限公司百分之百持有之子公司。"
    fs = facts_of(text, date="2025-04-02")
    assert quals(fs, "北林金融控股股份有限公司", "HOLDS_STAKE", "南洋人壽保險股份有限公司")["percent"] == 100.0
    assert quals(fs, "南洋人壽保險股份有限公司", "SUBSIDIARY_OF", "北林金融控股股份有限公司")["kind"] == "wholly_owned"


def test_a_company_becomes_a_subsidiary_and_is_renamed_in_the_same_sentence() -> None:
    # a company that becomes B's wholly owned subsidiary and, in the same clause, is renamed C: A is B's, and A (not B) is renamed C
    text = ("3月20日，法院裁定批准杭州北溪网络科技有限公司（以下简称“北溪科技”）重整计划。工商变更已于3月21日完成，"
            "北溪科技正式成为南林资本的全资子公司，并同步更名为杭州南林云算科技有限公司，原团队保留。")
    fs = facts_of(text, date="2024-03-22")
    assert quals(fs, "北溪科技", "SUBSIDIARY_OF", "南林资本")["kind"] == "wholly_owned"
    assert quals(fs, "北溪科技", "RENAMED_TO", "杭州南林云算科技有限公司")["date"] == "2024-03-21"


_INTERVIEW_HEAD = "编者按：本刊记者专访了北林数科创始人、董事长周明远。\n问：公司是怎么起步的？\n"


# sentences written for this test: "A和B一起创办公司" with neither name cued by a title, and an
# answer line's "我们公司由我和B在D创办" / "我和B一起创办公司"
@pytest.mark.parametrize("text", [
    "北林数科近日发布年报。2015年周明远和吴思齐一起创办公司的时候，只有五个人。",
    _INTERVIEW_HEAD + "周明远：我们公司由我和吴思齐在2015年创办。",
    _INTERVIEW_HEAD + "周明远：2015年我和吴思齐一起创办公司的时候，只有五个人。",
])
def test_people_listed_before_founding_together_are_founders_all(text: str) -> None:
    fs = facts_of(text)
    for person in ("周明远", "吴思齐"):
        assert quals(fs, person, "FOUNDED", "北林数科")["date"] == "2015"


def test_a_company_founded_under_the_name_it_had_then() -> None:
    # sentences written for this test: "创办公司的时候，叫X" — the founding is of X, the name then
    text = ("编者按：本刊记者专访了南岭科技创始人、董事长周明远。\n问：公司最早叫什么？\n"
            "周明远：2014年我和吴思齐一起创办公司的时候，叫杭州北林快付网络科技有限公司。2018年名字改成了南岭科技有限公司。")
    fs = facts_of(text)
    for person in ("周明远", "吴思齐"):
        assert quals(fs, person, "FOUNDED", "杭州北林快付网络科技有限公司")["date"] == "2014"


@pytest.mark.parametrize(("text", "child", "parent"), [
    ("值得注意的是，南屿科技系港股上市公司南屿控股（02866.HK）的全资子公司。", "南屿科技", "南屿控股"),
    # (its short name's bracket before the copula does not stop the statement)
    ("北林科技（深圳）有限公司（下称“北林科技”）系港股上市公司北林控股（02688.HK）的全资子公司。", "北林科技（深圳）有限公司", "北林控股"),
])
def test_subsidiary_of_a_company_described_as_listed(text: str, child: str, parent: str) -> None:
    # "A系港股上市公司C（code）的全资子公司": C is A's parent (not a 系 of A's), and A is not the listed one
    assert _subs(text) == {(child, parent, "wholly_owned")}
    assert pairs(text, "LISTED_ON") == {(parent, "HKEX")}


def test_a_party_role_noun_is_not_part_of_the_name() -> None:
    # "受让方X是C旗下的…": 受让方 (the buyer) is the party's role, not the start of its name
    assert _subs("受让方星野资本是星野集团旗下的投资平台。") == {("星野资本", "星野集团", "group_member")}
    assert _subs("转让方南屿投资是北林集团旗下的投资平台。") == {("南屿投资", "北林集团", "group_member")}


def test_restructured_into_a_named_company_is_a_rename() -> None:
    # "A改制为B": the same body under its new form and name; "改制为农商行" (a kind, no name) is no rename
    assert triples(facts_of("2009年末，北林县农村信用合作联社改制为北林农村商业银行股份有限公司，注册资本3亿元。"), "RENAMED_TO") == {
        ("北林县农村信用合作联社", "RENAMED_TO", "北林农村商业银行股份有限公司", None)}
    assert not pairs("南屿县农村信用合作联社拟改制为南屿农村商业银行股份有限公司。", "RENAMED_TO")


def test_became_a_subsidiary_from_then_on() -> None:
    # "A自此成为C在澳门的主要附属公司": 自此 (from then on) before the copula, a place and a word of rank before the kind
    assert _subs("东海银行自此成为南屿金控在澳门的主要附属公司。") == {("东海银行", "南屿金控", "subsidiary")}


def test_subsidiary_now() -> None:
    # "A目前为C 100%持股子公司": 目前 (now) before the copula
    assert _subs("北林人寿目前为北林金控100%持股子公司。") == {("北林人寿", "北林金控", "wholly_owned")}


def test_another_subsidiary_is_of_the_parent_just_told() -> None:
    # "另一家子公司X": X is a subsidiary of the same parent as the subsidiary told before
    text = ("北林银行的理财子公司北林理财有限责任公司为北林银行全资子公司。北林理财成立于2021年。"
            "另一家子公司北林消费金融股份有限公司（下称“北林消金”）去年完成增资。")
    assert ("北林消费金融股份有限公司", "北林银行", "subsidiary") in _subs(text)
    text = "集团旗下全资附属公司南屿支付有限公司去年底获发牌照；另一间附属公司南屿数码信贷（深圳）有限公司则录得盈利。"
    assert ("南屿数码信贷（深圳）有限公司", "南屿支付有限公司", "subsidiary") not in _subs(text)


def test_the_subsidiaries_of_a_named_parent_include() -> None:
    # "C的子公司包括A和B": with the parent named, 旗下 is not needed
    assert _subs("北林科技的子公司包括北林融资担保（广州）有限公司和北林小额贷款有限公司。") == {
        ("北林融资担保（广州）有限公司", "北林科技", "subsidiary"), ("北林小额贷款有限公司", "北林科技", "subsidiary")}


def test_counted_subsidiaries_each_with_its_holder_and_share() -> None:
    # a count of consolidated subsidiaries, then each name with 发行人持股 and its share: each A is the holder's subsidiary
    text = ("南屿国际融资租赁有限公司（以下简称“发行人”）是一家外资租赁公司。报告期末，纳入合并范围的子公司共2家："
            "南屿（厦门）供应链管理有限公司，发行人持股100%；南屿船舶租赁（深圳）有限公司，发行人持股65%。")
    assert _subs(text) == {("南屿（厦门）供应链管理有限公司", "南屿国际融资租赁有限公司", "wholly_owned"),
                           ("南屿船舶租赁（深圳）有限公司", "南屿国际融资租赁有限公司", "subsidiary")}


def test_operating_subsidiary_after_through() -> None:
    # "C主要通过营运附属公司A经营业务": a kind of subsidiary (营运, operating) right after 通过
    assert _subs("北林保险经纪有限公司主要通过营运附属公司北林保险顾问（香港）有限公司经营业务。") == {
        ("北林保险顾问（香港）有限公司", "北林保险经纪有限公司", "subsidiary")}


def test_an_entry_of_a_list_of_parties_that_says_whose_subsidiary_it_is() -> None:
    fs = facts_of("关联方介绍：\n1. 东岳集团有限公司：成立于2001年，注册地杭州市。\n"
                  "2. 东岳融资租赁（浙江）有限公司：东岳集团持股70%的控股子公司，主要从事设备租赁。\n"
                  "3. 杭州东岳置业有限公司：东岳集团全资子公司，截至2024年末总资产50亿元。")
    subs = triples(fs, "SUBSIDIARY_OF")
    assert ("东岳融资租赁（浙江）有限公司", "SUBSIDIARY_OF", "东岳集团", "subsidiary") in subs
    assert ("杭州东岳置业有限公司", "SUBSIDIARY_OF", "东岳集团", "wholly_owned") in subs


def test_after_a_rename_the_company_is_spoken_of_under_its_new_name() -> None:
    fs = facts_of("2017年11月，公司英文名称由Eastwood Finance Holdings Limited变更为Beilin Technology Inc.，中文名称为北林科技。"
                  "截至2025年3月31日，周明远实益拥有公司23.6%的股份。周明远现任董事会主席。")
    assert ("周明远", "HOLDS_STAKE", "Beilin Technology Inc.", 23.6) in triples(fs)
    assert ("周明远", "HOLDS_POSITION", "Beilin Technology Inc.", "chairman") in triples(fs)
    assert not [f for f in fs if f.object.name == "Eastwood Finance Holdings Limited" and str(f.predicate) != "RENAMED_TO"]


def test_a_post_taken_before_the_rename_took_effect_stays_with_the_old_name() -> None:
    fs = facts_of("北林金控宣布，旗下子公司东岳人寿保险股份有限公司（东岳人寿）自2025年4月1日起正式更名为“北林人寿保险股份有限公司”（北林人寿）。\n"
                  "东岳人寿2025年3月4日召开董事会，推选北林金控总经理周明远出任董事长；总经理则由北林金控副总经理林雪转任。",
                  title="北林金控完成并购东岳人寿")
    assert ("林雪", "HOLDS_POSITION", "东岳人寿", "general_manager") in triples(fs)


def test_a_bank_consolidated_into_another_is_its_subsidiary() -> None:
    assert pairs("北林农商银行开业后纳入东岳农商银行并表管理，成为其第3家控股子公司。", "SUBSIDIARY_OF") == {("北林农商银行", "东岳农商银行")}


def test_a_subsidiary_not_wholly_owned_traditional() -> None:
    assert triples(facts_of("北林保險為北林銀行之非全資附屬公司。"), "SUBSIDIARY_OF") == {("北林保險", "SUBSIDIARY_OF", "北林銀行", "subsidiary")}
    assert triples(facts_of("北林保险为北林银行的非全资附属公司。"), "SUBSIDIARY_OF") == {("北林保险", "SUBSIDIARY_OF", "北林银行", "subsidiary")}


@pytest.mark.parametrize("text", [
    "北林金控公告。北林金控旗下子公司增至四家，分别为北林商业银行、北林证券、北林证券投资信托及东湖人寿。",
    "北林金控公告。北林金控旗下子公司增至三家，分別為北林商業銀行、北林證券及東湖人壽。",  # Traditional
])
def test_a_count_of_subsidiaries_that_has_grown_then_the_list(text: str) -> None:
    # "C旗下子公司增至N家，分别为A、B及D": a count it rose to, then the children
    got = {c for c, p in pairs(text, "SUBSIDIARY_OF") if p == "北林金控"}
    assert {"北林证券", "東湖人壽"} & got and len(got) >= 3


def test_a_fronted_capacity_makes_the_clauses_subject_the_parents() -> None:
    # "作为C的<kind>，A…": the capacity before the subject says whose subsidiary or associate it is
    for text, kind in (("作为青禾集团的联营公司，蓝海科技依托集团的经验向客户提供服务。", "associate"),
                       ("作为青禾集团的全资子公司，蓝海科技成立于2015年。", "wholly_owned"),
                       ("作为青禾集团的联营公司——嗅觉敏锐的蓝海科技沿袭了集团的创新基因。", "associate")):
        fs = facts_of(text)
        assert {(t[0], t[2]) for t in triples(fs, "SUBSIDIARY_OF")} == {("蓝海科技", "青禾集团")}, text
        assert quals(fs, "蓝海科技", "SUBSIDIARY_OF", "青禾集团")["kind"] == kind


def test_a_sentence_whose_only_word_of_a_group_is_hui_xia_is_read() -> None:
    # 麾下 is 旗下: a sentence with no other word of ownership is read for it too
    fs = facts_of("作为青禾集团麾下的支付企业，蓝海科技的营收去年增长三成，订单多来自青禾集团。")
    assert {(t[0], t[2]) for t in triples(fs, "SUBSIDIARY_OF")} == {("蓝海科技", "青禾集团")}


def test_a_group_name_and_xi_closing_the_clause_make_a_member() -> None:
    # "A也是C系，…": the group's brand and 系 end the clause, with no word of a firm after them
    fs = facts_of("青禾集团旗下有多家公司。众所周知，蓝海科技也是青禾系，那么青禾集团为它贡献了收入。")
    assert quals(fs, "蓝海科技", "SUBSIDIARY_OF", "青禾集团")["kind"] == "group_member"
    fs = facts_of("青禾集团旗下有多家公司。蓝海科技和东岳数科都是青禾系。")
    assert {(t[0], t[2]) for t in triples(fs, "SUBSIDIARY_OF")} == {("蓝海科技", "青禾集团"), ("东岳数科", "青禾集团")}
    assert not triples(facts_of("蓝海科技与青禾集团是合作关系，双方将共同开发产品。"), "SUBSIDIARY_OF")


def test_a_subsidiary_a_company_set_up_with_all_its_capital_is_wholly_owned() -> None:
    fs = facts_of("青岚信托全资设立的财富管理子公司青岚财富有限公司今年开业。")
    assert quals(fs, "青岚财富有限公司", "SUBSIDIARY_OF", "青岚信托")["kind"] == "wholly_owned"


def test_partner_of_a_unit_under_a_group_is_no_member() -> None:
    assert not pairs("近日，在恒丰数科旗下云帆项目组与北林银行通力合作下，新系统成功上线。", "SUBSIDIARY_OF")
    assert not pairs("恒丰数科旗下的数据团队和北林银行签署了合作协议。", "SUBSIDIARY_OF")
    assert ("北林银行", "恒丰数科") in pairs("恒丰数科旗下北林银行与南溪银行签署协议。", "SUBSIDIARY_OF")


def test_a_list_of_subsidiaries_with_a_bracket_after_each_child() -> None:
    """"C的子公司包括A（下称“A'”）和B（下称“B'”）", "C的主要营运附属公司为A（持牌放债人）及B（…）": the brackets are
    short names and notes, the children stand outside them; "C目前百分之百持有之子公司计有A、B及D三家" (a Taiwan filing)."""
    assert _subs("北林科技的子公司包括深圳北林小额贷款有限公司（下称“北林小贷”）和北林融资担保有限公司（下称“北林担保”）。") == {
        ("深圳北林小额贷款有限公司", "北林科技", "subsidiary"), ("北林融资担保有限公司", "北林科技", "subsidiary")}
    assert _subs("北林集團的主要營運附屬公司為北林財務有限公司（持牌放債人）及北林證券有限公司（「北林證券」，持牌法團）。") == {
        ("北林財務有限公司", "北林集團", "subsidiary"), ("北林證券有限公司", "北林集團", "subsidiary")}
    facts = facts_of("北林金控目前百分之百持有之子公司計有北林商業銀行股份有限公司（北林銀行）及北林人壽保險股份有限公司（北林人壽）兩家。")
    assert quals(facts, "北林金控", "HOLDS_STAKE", "北林人壽保險股份有限公司", percent=100.0) is not None
    assert ("北林商業銀行股份有限公司", "北林金控", "wholly_owned") in _subs(
        "北林金控目前百分之百持有之子公司計有北林商業銀行股份有限公司（北林銀行）及北林人壽保險股份有限公司（北林人壽）兩家。")
    # (near miss: a company named inside a child's note is no child)
    assert ("南岭集团有限公司", "北林科技", "subsidiary") not in _subs(
        "北林科技的子公司包括深圳北林小额贷款有限公司（南岭集团有限公司参股）和北林融资担保有限公司。")


def test_a_share_word_before_the_kind_of_subsidiary() -> None:
    """"C的百分之百持股子公司A", "C透過其百分之百持股子公司A持有…": A is C's
    subsidiary, wholly owned, and C holds that share of it (with 的 or without it, as Taiwan filings write)."""
    facts = facts_of("北林金控的百分之百持股子公司北林證券今日公告。")
    assert _subs("北林金控的百分之百持股子公司北林證券今日公告。") == {("北林證券", "北林金控", "wholly_owned")}
    assert quals(facts, "北林金控", "HOLDS_STAKE", "北林證券", percent=100.0) is not None
    facts = facts_of("北林金控透過其百分之百持股子公司北林證券持有北林投信100%股權。")
    assert "indirect" not in quals(facts, "北林金控", "HOLDS_STAKE", "北林證券", percent=100.0)  # (its own stake in the channel)
    assert quals(facts, "北林金控", "HOLDS_STAKE", "北林投信", percent=100.0)["indirect"] is True
    facts = facts_of("北林集团的51%持股子公司北林证券今日公告。")
    assert quals(facts, "北林集团", "HOLDS_STAKE", "北林证券", percent=51.0) is not None
    assert _subs("北林集团的51%持股子公司北林证券今日公告。") == {("北林证券", "北林集团", "subsidiary")}
    # (near miss: a share word before no kind of subsidiary names none)
    assert _subs("北林集团的51%持股北林证券今日公告。") == set()


def test_a_counted_list_after_an_adverb_or_with_a_vague_count() -> None:
    """"另拥有A、B两家全资子公司", "目前旗下有A、B及C三家子公司", "旗下已有A、B等多家金融子公司": an adverb before or after
    旗下, a vague count and a kind of business before the kind do not hide the list (both scripts)."""
    assert _subs("北林银行另拥有北林理财有限公司、北林金融租赁有限公司两家全资子公司。") == {
        ("北林理财有限公司", "北林银行", "wholly_owned"), ("北林金融租赁有限公司", "北林银行", "wholly_owned")}
    assert _subs("北林金控目前旗下有北林銀行、北林人壽及北林投信三家子公司，其中銀行規模最大。") == {
        ("北林銀行", "北林金控", "subsidiary"), ("北林人壽", "北林金控", "subsidiary"), ("北林投信", "北林金控", "subsidiary")}
    assert _subs("南枫集团有限公司旗下已有南枫金融租赁有限公司、南枫资产管理有限公司等多家金融子公司。") == {
        ("南枫金融租赁有限公司", "南枫集团有限公司", "subsidiary"), ("南枫资产管理有限公司", "南枫集团有限公司", "subsidiary")}
    # near miss: two companies counted as partners, not as subsidiaries
    assert not _subs("北林银行另与南枫证券有限公司、东川信托有限公司两家机构签署合作协议。")
    assert not _subs("北林銀行目前已與南枫證券、東川投信兩家公司簽署合作備忘錄。")
