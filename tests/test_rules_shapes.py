"""Name shapes and references met on news from many sources, on sentences
written for these tests (not gold text): an exchange letterhead's issuer as
本公司, a stock code given with its exchange on a line of its own, agencies
and software houses named after their parent, partnership funds (…资产管理中心),
foreign legal forms (N.V., AG), a dictionary name with 集团 after it, and
regulators, which hold no one's shares."""

from __future__ import annotations

from .helpers import facts_of, pairs, quals, triples

_LETTERHEAD = (
    "East Sea Holding Ltd\n东海控股有限公司\n（于开曼群岛注册成立的有限公司）\n（股份代号：8888）\n（纽交所股票代码：ESH）\n"
    "关连交易\n"
)


def test_letterhead_issuer_is_this_company() -> None:
    # 西山科技 is named most, but 本公司 is the issuer of the letterhead
    fs = facts_of(_LETTERHEAD + "西山科技有限公司已于2021年9月17日成为本公司的子公司。此后西山科技有限公司与北林银行签订技术服务合同，"
                  "由西山科技有限公司提供系统运维，北林银行按季度向西山科技有限公司支付费用。")
    assert quals(fs, "西山科技有限公司", "SUBSIDIARY_OF", "东海控股有限公司")["kind"] == "subsidiary"


def test_stock_code_line_states_a_listing() -> None:
    fs = facts_of(_LETTERHEAD + "东海控股有限公司董事会宣布上述事项。")
    assert quals(fs, "东海控股有限公司", "LISTED_ON", "NYSE")["ticker"] == "ESH"
    # a bare code in brackets states none
    assert not triples(facts_of("东海控股有限公司\n（股份代号：8888）\n董事会宣布上述事项。"), "LISTED_ON")


def test_quoted_announcement_names_this_company() -> None:
    fs = facts_of("5月20日，招商银行发布公告称：\n本公司全资子公司北林理财计划增资扩股。北林理财表示欢迎。北林理财将增资。")
    assert quals(fs, "北林理财", "SUBSIDIARY_OF", "招商银行")["kind"] == "wholly_owned"


def test_agency_named_after_a_dictionary_parent() -> None:
    fs = facts_of("东海银行与平安保险代理续签了协议，平安保险代理已于2021年成为陆金所控股的子公司。")
    assert quals(fs, "平安保险代理", "SUBSIDIARY_OF", "陆金所控股")["kind"] == "subsidiary"


def test_software_house_named_after_a_dictionary_parent() -> None:
    fs = facts_of("东海消费金融的股权结构为东海银行50%、北林信托20%、金蝶软件30%。")
    assert quals(fs, "金蝶软件", "HOLDS_STAKE", "东海消费金融")["percent"] == 30.0


def test_partnership_fund_name() -> None:
    fs = facts_of("东海科技有限公司于2015年独家出资设立北林资产管理中心，负责不良资产处置。")
    assert ("东海科技有限公司", "HOLDS_STAKE", "北林资产管理中心", None) in triples(fs, "HOLDS_STAKE")


def test_foreign_legal_form() -> None:
    fs = facts_of("参与方包括东海银行以及西山集团的母公司Northwind Credit N.V.等。")
    assert quals(fs, "西山集团", "SUBSIDIARY_OF", "Northwind Credit N.V.")["kind"] == "subsidiary"


def test_dictionary_name_with_group_after_it() -> None:
    fs = facts_of("东海支付目前的控股股东是东海网络科技有限公司，而后者隶属于大连万达集团。")
    assert quals(fs, "东海网络科技有限公司", "SUBSIDIARY_OF", "大连万达集团")["kind"] == "group_member"


def test_regulator_is_never_the_target_of_a_holding() -> None:
    fs = facts_of("国家金融监督管理总局批复同意东海消费金融变更股权。目前，西山集团以70%的控股比例入主，更名也已完成。",
                  title="东海消费金融股权变更获批")
    held = {o for _s, _p, o, _k in triples(fs, "HOLDS_STAKE")}
    assert "国家金融监督管理总局" not in held
    assert quals(fs, "西山集团", "HOLDS_STAKE", "东海消费金融")["percent"] == 70.0


def test_career_list_goes_on_over_commas() -> None:
    fs = facts_of("孙立群此前曾任南澜人寿（新加坡公司）团险总经理、首席执行官，青瑞集团副董事长兼总裁，"
                  "北林集团区域首席执行官，北林人寿首席执行官等。")
    got = triples(fs, "HOLDS_POSITION")
    assert ("孙立群", "HOLDS_POSITION", "南澜人寿（新加坡公司）", "ceo") in got
    assert ("孙立群", "HOLDS_POSITION", "南澜人寿（新加坡公司）", "other") in got  # 团险总经理: a line of business
    assert ("孙立群", "HOLDS_POSITION", "北林人寿", "ceo") in got
    assert quals(fs, "孙立群", "HOLDS_POSITION", "北林集团")["title"] == "区域首席执行官"
    assert ("孙立群", "HOLDS_POSITION", "青瑞集团", "vice_chairman") in got
    assert ("孙立群", "HOLDS_POSITION", "青瑞集团", "president") in got


def test_a_clause_with_a_person_does_not_continue_the_list() -> None:
    got = triples(facts_of("资料显示，孙立群曾任东海证券首席执行官，东海银行行长王海东表示欢迎。"), "HOLDS_POSITION")
    assert ("孙立群", "HOLDS_POSITION", "东海证券", "ceo") in got
    assert not any(s == "孙立群" and o == "东海银行" for s, _p, o, _k in got)


def test_group_in_brackets_inside_a_legal_name() -> None:
    fs = facts_of("东海消费金融的股东中，东海通讯技术有限公司持股60%，另有15%由重庆北林控股（集团）有限公司持有。")
    assert quals(fs, "重庆北林控股（集团）有限公司", "HOLDS_STAKE", "东海消费金融")["percent"] == 15.0


def test_unknown_short_name_before_a_title_is_a_company_unless_a_word() -> None:
    assert ("赵一鸣", "HOLDS_POSITION", "翊康集团", "chairman") in triples(facts_of("翊康集团董事长赵一鸣表示，公司将继续投入。"))
    assert not any(o == "两家银行" for _s, _p, o, _k in triples(facts_of("东海集团旗下两家银行行长赵一鸣表示，利差将收窄。")))


def test_holding_through_channels_no_dictionary_knows() -> None:
    fs = facts_of("于本公告日期，东海保险透过安平技术及东海海外控股合计间接持有北林控股有限公司已发行股本约42.3%。")
    assert quals(fs, "东海保险", "HOLDS_STAKE", "北林控股有限公司")["percent"] == 42.3
    assert "percent" not in quals(fs, "安平技术", "HOLDS_STAKE", "北林控股有限公司")  # two channels: no share of their own
    assert "percent" not in quals(fs, "东海海外控股", "HOLDS_STAKE", "北林控股有限公司")


def test_surname_and_common_word_name_written_twice() -> None:
    fs = facts_of("东海保险集团股份有限公司（下称“东海保险”）公告，王海东接替年满退休的高兴国，担任公司"
                  "党委书记。资料显示，高兴国生于1959年，退任前为东海保险党委书记、董事长。")
    assert quals(fs, "高兴国", "HOLDS_POSITION", "东海保险", role="chairman") is not None
    assert quals(fs, "王海东", "SUCCEEDED", "高兴国")["title"] == "党委书记"
    # written once and with no cue (接替…的, 出生于), the same shape stays a common word and a name's tail
    assert not any(s == "高兴国" for s, _p, _o, _k in triples(facts_of("东海保险董事长王海东表示，高兴国内业务恢复增长。")))


def test_legal_name_whose_walk_stopped_at_a_verb() -> None:
    fs = facts_of("据披露，东海银行的股东北林集团是发现控股集团有限公司旗下企业。")
    assert quals(fs, "北林集团", "SUBSIDIARY_OF", "发现控股集团有限公司")["kind"] == "group_member"


def test_structure_after_a_planned_deal_is_not_a_holding() -> None:
    text = ("本周，北林银行宣布将参与东海消费金融的股权重组计划。\n"
            "重组前，东海集团持有东海消费金融100%的股权。重组后，西山贸易成为第一大股东，持股比例为40%；"
            "北林银行持股15%。")
    fs = facts_of(text)
    assert quals(fs, "东海集团", "HOLDS_STAKE", "东海消费金融")["percent"] == 100.0  # the state before the deal
    assert not any(s in ("西山贸易", "北林银行") for s, _p, _o, _k in triples(fs, "HOLDS_STAKE"))
    # once the deal is done, the structure after it is a holding
    done = text.replace("宣布将参与", "已完成").replace("股权重组计划", "股权重组")
    assert quals(facts_of(done), "北林银行", "HOLDS_STAKE", "东海消费金融")["percent"] == 15.0


def test_this_group_is_the_group_just_named() -> None:
    fs = facts_of("东海支付是一家支付公司，其创始人王海东表示满意。通过上述安排，王海东合计间接控制北林集团58.4%的表决权，"
                  "成为该集团的实际控制人。",
                  title="东海支付的股东")
    assert quals(fs, "王海东", "HOLDS_STAKE", "北林集团")["controlling"] is True
    assert not any(o == "东海支付" for _s, _p, o, _k in triples(fs, "HOLDS_STAKE"))


def test_a_place_in_brackets_inside_a_legal_name() -> None:
    fs = facts_of("西屿征信服务（香港）有限公司持有东湖科技5%股份。")
    assert quals(fs, "西屿征信服务（香港）有限公司", "HOLDS_STAKE", "东湖科技")["percent"] == 5.0
    fs = facts_of("东湖控股子公司西屿征信服务(中国)有限公司发布公告。")
    assert ("西屿征信服务(中国)有限公司", "SUBSIDIARY_OF", "东湖控股", "subsidiary") in triples(fs)


def test_health_and_resources_end_a_name_after_a_proper_name_only() -> None:
    fs = facts_of("东湖集团持有南屿健康27.77%的股份。南屿健康表示，公司将利用自身财务资源扩张。")
    assert quals(fs, "东湖集团", "HOLDS_STAKE", "南屿健康")["percent"] == 27.77
    assert {f.subject.name for f in facts_of("西屿资源（02999.HK）股价下跌，市场关注其上市。") if str(f.predicate) == "LISTED_ON"} == {"西屿资源"}
    # a common word before 资源 or 健康 makes no name
    assert not facts_of("东湖集团持有医疗健康5%的股份。")
    assert not facts_of("东湖集团持有财务资源5%的股份。")


def test_a_dictionary_name_before_the_word_for_an_industry_is_the_industry() -> None:
    fs = facts_of("东湖集团发布年报。中国建筑行业持续低迷，东湖集团持有其5%股份。")
    assert not [f for f in fs if f.object.name == "中国建筑"]
    fs = facts_of("中国银行业的不良率上升，东湖集团持有其5%股份。")
    assert not [f for f in fs if f.object.name == "中国银行"]
    assert quals(facts_of("中国建筑持有东湖科技5%股份。"), "中国建筑", "HOLDS_STAKE", "东湖科技")["percent"] == 5.0


def test_a_longer_suffix_wins_over_a_shorter_one_it_begins_with_and_konggu_before_zigongsi_is_no_name_part() -> None:
    # sentences written for this test: "X金融租赁" is one name; "X银行控股子公司" is X银行's 控股子公司
    for text in ("南浦金融租赁为南浦银行控股子公司。", "南浦金融租赁是南浦银行的控股子公司。"):
        assert pairs(text, "SUBSIDIARY_OF") == {("南浦金融租赁", "南浦银行")}, text
