"""People and their posts, on sentences written for these tests (not gold
text): a board elected in a control-change story of a quoted company that
shares its brand with the seller, ..."""

from __future__ import annotations

from extract.model import Article
from extract.pipeline import extract_article

from .helpers import facts_of
from .helpers import posts as _posts

_CONTROL_CHANGE = (
    "本报讯 新三板挂牌公司云帆智联（874321）8月2日晚间披露公告，公司控股股东已发生变更。\n"
    "原控股股东杭州云帆投资管理有限公司（以下简称“云帆投资”）将其持有的云帆智联30.00%股份转让给"
    "浙江启明科技集团有限公司（以下简称“启明集团”）。\n"
    "本次权益变动前，云帆投资持有公司45.10%股份；变动后，启明集团成为公司控股股东，云帆投资持股降至15.10%。"
    "公司实际控制人由韩云帆变更为宋立群。\n"
    "同日，云帆智联召开临时股东大会及董事会会议，选举宋立群、韩云帆、方芮为公司董事，选举宋立群为董事长，聘任方芮为总经理。\n"
)


def test_a_quoted_company_sharing_the_sellers_brand_holds_its_board() -> None:
    posts = _posts(_CONTROL_CHANGE, "云帆智联控制权易主：启明集团成控股股东")
    assert ("宋立群", "云帆智联", "chairman") in posts
    assert ("方芮", "云帆智联", "general_manager") in posts
    assert not any(obj.startswith("云帆投资") or obj.startswith("杭州云帆") for _p, obj, _r in posts)


_ALUMNI = (
    "【人物】北川银行素有“黄埔军校”之称。\n\n"
    "韩立言：从副行长到消金“一把手”\n"
    "韩立言2004年至2011年任北川银行副行长，分管公司业务。2012年，他出任星禾消费金融有限公司（星禾消金）董事长，至今已逾十年。\n\n"
    "祁梦远：离开体制去创业\n"
    "祁梦远曾在北川银行零售条线工作十余年，2015年离职创办云澜数字科技有限公司（云澜数科），任董事长兼首席执行官。\n\n"
    "陶思源：风控出身\n"
    "陶思源2008年至2013年任北川银行首席风险官，2013年加盟安信人寿保险股份有限公司任总裁，"
    "2020年起转任董事长，总裁一职由原副总裁林晓峰接任。\n"
)


def test_a_post_written_with_the_companys_short_name_in_brackets() -> None:
    assert ("韩立言", "星禾消费金融有限公司", "chairman") in _posts(_ALUMNI)


def test_a_bare_post_after_founding_or_joining_is_at_that_company() -> None:
    posts = _posts(_ALUMNI)
    assert ("祁梦远", "云澜数字科技有限公司", "ceo") in posts
    assert ("陶思源", "安信人寿保险股份有限公司", "chairman") in posts
    assert not any(p in ("祁梦远", "陶思源") and obj == "北川银行" and r in ("chairman", "ceo") for p, obj, r in posts)


def test_a_post_handed_on_after_its_holder_moves_up() -> None:
    facts = facts_of(_ALUMNI)
    assert ("林晓峰", "安信人寿保险股份有限公司", "president") in _posts(_ALUMNI)
    assert ("林晓峰", "北川银行", "vice_president") not in _posts(_ALUMNI)
    assert any(str(f.predicate) == "SUCCEEDED" and f.subject.name == "林晓峰" and f.object.name == "陶思源" for f in facts)


_TRANSCRIPT = (
    "时间：2025年3月20日 10:00—11:30\n"
    "出席人员：董事长冯启航，行长季伯言，首席财务官宁雪\n\n"
    "主持人：欢迎参加澄江银行股份有限公司（股票代码：601777.SH）2024年度业绩说明会。下面请冯董事长致辞。\n\n"
    "冯启航：谢谢。本行全资子公司澄江理财有限责任公司规模稳步增长，澄江理财的产品持续创新。"
    "借此机会介绍一下，季行长是今年1月接替沈立国同志出任行长的，沈立国同志因年龄原因退休。"
    "季行长之前一直是本行的副行长，分管零售和科技。\n"
)


def test_a_transcripts_posts_are_the_headline_companys_not_its_subsidiarys() -> None:
    posts = _posts(_TRANSCRIPT, "澄江银行2024年度业绩说明会文字实录")
    assert ("冯启航", "澄江银行股份有限公司", "chairman") in posts
    assert not any(obj.startswith("澄江理财") for _p, obj, _r in posts)


def test_a_surname_and_post_stands_for_the_one_the_attendance_line_names() -> None:
    facts = facts_of(_TRANSCRIPT, "澄江银行2024年度业绩说明会文字实录")
    assert ("季伯言", "澄江银行股份有限公司", "vice_president") in _posts(_TRANSCRIPT, "澄江银行2024年度业绩说明会文字实录")
    assert any(str(f.predicate) == "SUCCEEDED" and f.subject.name == "季伯言" and f.object.name == "沈立国" for f in facts)


_CO_OP = (
    "4月8日，青川市农村信用社联合社（以下简称“市联社”）召开干部大会。当天下午，市联社召开理事会会议，"
    "选举唐明远为理事长，聘任邱海平为主任，选举葛素云为监事长。\n"
    "新任主任邱海平接替唐明远，原为青川农商银行行长；监事长葛素云则接替调任省农信系统工作的贾志成。\n"
)


def test_a_credit_co_operatives_head_is_its_zhuren() -> None:
    posts = _posts(_CO_OP)
    assert ("邱海平", "青川市农村信用社联合社", "other") in posts
    assert not any(obj == "青川市农村信用社" for _p, obj, _r in posts)


def test_the_post_before_a_successors_name_is_the_one_taken() -> None:
    facts = facts_of(_CO_OP)
    assert any(str(f.predicate) == "SUCCEEDED" and f.subject.name == "葛素云" and f.object.name == "贾志成" for f in facts)
    assert not any(str(f.predicate) == "SUCCEEDED" and f.subject.name == "贾志成" for f in facts)


_TW = (
    "【記者王小明／台北報導】北辰金控今日召開董事會，通過子公司北辰商業銀行人事案。"
    "北辰銀行董事長林志遠屆齡退休，由金控總經理許明哲轉任；北辰銀行總經理陳建宏轉任金控副總經理，"
    "遺缺由銀行副總經理黃淑芬升任，新人事均自113年9月1日起生效。\n"
    "許明哲現年57歲，民國85年進入北辰銀行，109年起擔任金控總經理。\n"
)


def test_a_vacancy_filled_by_one_moved_in() -> None:
    facts = facts_of(_TW)
    posts = _posts(_TW)
    assert ("許明哲", "北辰銀行", "chairman") in posts
    assert ("黃淑芬", "北辰銀行", "general_manager") in posts
    succ = {(f.subject.name, f.object.name) for f in facts if str(f.predicate) == "SUCCEEDED"}
    assert ("許明哲", "林志遠") in succ and ("黃淑芬", "陳建宏") in succ


def test_a_bare_kind_after_you_names_the_one_of_that_kind() -> None:
    assert ("許明哲", "北辰金控", "general_manager") in _posts(_TW)
    assert ("許明哲", "北辰銀行", "general_manager") not in _posts(_TW)


def test_a_taiwanese_year_without_minguo() -> None:
    starts = {f.qualifiers.get("start") for f in facts_of(_TW) if str(f.predicate) == "HOLDS_POSITION"
              and f.subject.name == "許明哲" and f.qualifiers.get("role") == "general_manager"}
    assert "2020" in starts


_CHANGES_TABLE = (
    "据统计，2024年8月共有3家证券公司发布高管变动公告。具体如下：\n\n"
    "机构 | 人员 | 变动 | 日期\n"
    "东海证券 | 李明 | 新任总经理 | 8月6日\n"
    "东海证券 | 王强 | 辞去总经理 | 8月6日\n"
    "西山证券 | 赵云 | 新任首席风险官 | 8月15日\n"
    "南湖证券 | 钱立 | 新任董事会秘书 | 8月22日\n"
)


def test_a_table_of_changes_read_by_its_header() -> None:
    facts = facts_of(_CHANGES_TABLE)
    got = {(f.subject.name, f.object.name, f.qualifiers.get("role"), f.qualifiers.get("start") or f.qualifiers.get("end"))
           for f in facts if str(f.predicate) == "HOLDS_POSITION"}
    assert ("李明", "东海证券", "general_manager", "2024-08-06") in got
    assert ("赵云", "西山证券", "cro", "2024-08-15") in got
    assert ("钱立", "南湖证券", "board_secretary", "2024-08-22") in got
    assert any(str(f.predicate) == "SUCCEEDED" and f.subject.name == "李明" and f.object.name == "王强" for f in facts)


def test_a_person_column_makes_a_name_with_an_ambiguous_surname_a_person() -> None:
    text = ("2024年8月证券公司高管变动如下：\n\n机构 | 人员 | 变动 | 日期\n"
            "东海证券 | 李明 | 新任总经理 | 8月6日\n东海证券 | 方启远 | 辞去总经理 | 8月6日\n")
    assert any(str(f.predicate) == "SUCCEEDED" and f.subject.name == "李明" and f.object.name == "方启远" for f in facts_of(text))


def test_a_post_at_a_subsidiary_named_after_qixia_zigongsi() -> None:
    text = "李明2009年加入东海证券，2018年至2021年曾出任旗下子公司东海基金管理有限公司总经理。"
    assert ("李明", "东海基金管理有限公司", "general_manager") in _posts(text)


def test_xinren_after_the_day_it_takes_effect() -> None:
    text = ("9月2日，青松基金管理有限公司（以下简称“青松基金”）发布公告，总经理吕文博因个人原因离任，"
            "公司副总经理邵嘉树自2025年9月2日起新任总经理。")
    facts = facts_of(text)
    assert ("邵嘉树", "青松基金管理有限公司", "general_manager") in _posts(text)
    assert any(str(f.predicate) == "SUCCEEDED" and f.subject.name == "邵嘉树" and f.object.name == "吕文博" for f in facts)


_QA = (
    "问：星河数科的总经理是谁？公司董事长是否兼任？\n"
    "星河科技董秘：您好！星河数科总经理由苗若溪担任。公司董事长甘明朗任星河数科董事长，未兼任其总经理。感谢您的关注！\n"
    "问：公司今年有分红计划吗？\n"
    "星河科技董秘：您好！请以公司公告为准。感谢您的关注！\n"
)


def test_an_officers_answer_line_speaks_for_its_company() -> None:
    posts = _posts(_QA, "星河科技：星河数科总经理由苗若溪担任")
    assert ("甘明朗", "星河科技", "chairman") in posts
    assert ("苗若溪", "星河数科", "general_manager") in posts
    assert ("苗若溪", "星河科技", "board_secretary") not in posts  # the label's officer is no one the answer names
    assert ("甘明朗", "星河数科", "general_manager") not in posts  # 未兼任


def test_dangshang_the_spoken_became() -> None:
    text = ("再聊聊新行长。程远航10月8号任职资格批下来了，算是正式当上行长。"
            "前任行长庞立伟9月份升任董事长。所以现在北湾银行的班子是：董事长庞立伟、行长程远航。")
    facts = facts_of(text, "北湾银行前十大股东拆一拆，顺便聊聊新行长", "2024-10-20")
    assert any(str(f.predicate) == "HOLDS_POSITION" and f.subject.name == "程远航" and f.qualifiers.get("start") for f in facts)


_HK = (
    "匯豐達金融控股有限公司（「匯豐達」，03388.HK）昨日晚間發出公告。行政總裁陸嘉明已辭任行政總裁，"
    "自2024年9月1日起生效，並自同日起調任為非執行董事。此外，獨立非執行董事關子健已於股東週年大會上退任。"
    "董事會委任曾詠欣為獨立非執行董事，以接替關子健，即時生效。\n"
)


def test_hk_register_posts() -> None:
    posts = _posts(_HK)
    assert ("陸嘉明", "匯豐達金融控股有限公司", "non_executive_director") in posts  # 調任為
    assert ("曾詠欣", "匯豐達金融控股有限公司", "independent_director") in posts  # 曾, a surname that is a word too


def test_a_rumour_opened_by_a_word_of_time_is_no_post() -> None:
    text = "2013年，韩立言出任星禾消费金融有限公司董事长。近期有消息称韩立言将回归北川银行出任董事长，但双方均未予证实。"
    assert ("韩立言", "北川银行", "chairman") not in _posts(text)


def test_post_then_you_then_a_described_holder() -> None:
    """"T一職則由" + a describer ("職業經理人") + "P出任": what kind of person takes the post stands between 由 and the name."""
    got = _posts("嘉順銀行的董事會由家族成員主導，行政總裁一職則由職業經理人黃俊文出任。")
    assert ("黃俊文", "嘉順銀行", "ceo") in got
    assert ("甘志強", "嘉順銀行", "general_manager") in _posts("嘉順銀行總經理一職由資深銀行家甘志強出任。")


def test_a_post_after_a_semicolon_is_at_the_company_just_taken_over_not_the_predecessors_origin() -> None:
    text = ("松岭证券（华南）有限公司（简称“松岭华南”）近日换上新名字，松岭集团（Songling Group）已持有其全部股权。\n"
            "人事也随之变动。松岭集团亚太区总裁罗启明出任松岭华南董事长，接替来自北湾投资的原董事长黄国栋；"
            "邵临川出任总经理，他曾是松岭集团的首席运营官。")
    fs = extract_article(Article(id="t", title="松岭持股100%，券商更名", text=text, date="2021-09-16"))
    heads = {f.object.name for f in fs if f.subject.name == "邵临川" and f.qualifiers.get("role") == "general_manager"}
    assert heads == {"松岭证券（华南）有限公司"}
