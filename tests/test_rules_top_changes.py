"""Successions and posts around a change at the top, written without 接替: a
cleft ("接掌行长一职的是P"), 新任 as a notice's verb, a post that takes effect on a
day after its approval, a list of names for the second post of one appointing
verb, a rumour that came to nothing, 分别 after 此前, and a deputy's seat (no
succession), a title before names that make up a board (組成). Sentences written for these tests."""

from __future__ import annotations

from tests.helpers import facts_of, posts, quals


def _succ(facts: list) -> set[tuple[str, str, str]]:
    return {(f.subject.name, f.object.name, str(f.qualifiers.get("role"))) for f in facts if str(f.predicate) == "SUCCEEDED"}


def _posts(facts: list) -> set[tuple[str, str, str]]:
    return {(f.subject.name, f.object.name, str(f.qualifiers.get("role"))) for f in facts if str(f.predicate) == "HOLDS_POSITION"}


_CHAIR_CHANGE = ("北林银行公告，董事会主席兼执行董事宋文远因年龄原因辞任主席及执行董事职务，自2025年5月20日起生效。宋文远自2018年起出任该行主席。\n\n"
                 "董事会同日选举执行董事、行长陈思齐为董事会主席。监管局已于5月16日核准其主席任职资格，故委任自5月20日起生效；同日起陈思齐不再兼任行长。\n\n"
                 "接掌行长一职的是原首席风险官周明远，他的任职资格已于上周获批，同样自5月20日起生效。")


def test_cleft_names_the_new_holder_last() -> None:
    fs = facts_of(_CHAIR_CHANGE, date="2025-05-22")
    assert quals(fs, "周明远", "HOLDS_POSITION", "北林银行", role="president")["start"] == "2025-05-20"
    assert ("周明远", "陈思齐", "president") in _succ(fs)


def test_post_starts_on_its_effective_day_not_the_approval() -> None:
    fs = facts_of(_CHAIR_CHANGE, date="2025-05-22")
    assert quals(fs, "陈思齐", "HOLDS_POSITION", "北林银行", role="chairman")["start"] == "2025-05-20"
    # the leaver's own earlier start ("自2018年起出任该行主席") is no second taker of the seat
    assert ("陈思齐", "宋文远", "chairman") in _succ(fs)


def test_new_holder_of_a_fund_notice() -> None:
    text = ("2025年3月16日至22日共有3家基金管理人发布高管变更公告。\n"
            "南江基金管理有限公司3月21日公告，新任周明远为公司督察长，任职日期3月21日。周明远此前任公司监察稽核部总监。原督察长宋文远因到龄退休于同日离任。")
    fs = facts_of(text, date="2025-03-23")
    assert quals(fs, "周明远", "HOLDS_POSITION", "南江基金管理有限公司", title="督察长")["start"] == "2025-03-21"
    assert ("周明远", "宋文远", "other") in _succ(fs)


def test_name_ending_in_a_function_letter_framed_by_wei() -> None:
    fs = facts_of("北林基金管理有限公司披露高管变更：自3月20日起，聘任吴致和为公司副总经理；同日副总经理陈思远因工作安排离任。", date="2025-03-22")
    assert ("吴致和", "北林基金管理有限公司", "deputy_general_manager") in _posts(fs)
    assert not _succ(fs)  # one deputy in, one out: a company has several deputies, no succession


def test_list_for_the_second_post_of_one_verb() -> None:
    fs = facts_of("11月7日，北林农商银行召开创立大会。随后召开的第一届董事会第一次会议选举刘文华为董事长，聘任孙立群为行长，李建武、赵敏为副行长。",
                  date="2025-11-09")
    assert {("李建武", "北林农商银行", "vice_president"), ("赵敏", "北林农商银行", "vice_president")} <= _posts(fs)


def test_names_listed_after_a_title_arriving_together() -> None:
    fs = facts_of("北林理财今天开业。总经理孙立群此前是北林银行首席投资官，北林理财副总经理李芳、周五明同时到任。")
    assert ("周五明", "北林理财", "deputy_general_manager") in _posts(fs)


def test_rumour_that_came_to_nothing_gives_no_succession() -> None:
    text = ("南江金控原董事长吴启航则届龄退休，北林银行董事长陈思齐转任南江金控董事长。"
            "市场原本传出将由北林银行副董事长孙立群接任董座，最终并未成真。南江金控亦于同日召开董事会，选任陈思齐为董事长。")
    fs = facts_of(text, date="2025-11-27")
    assert not {p for p in _posts(fs) if p[0] == "孙立群" and p[2] == "chairman"}
    assert not {s for s in _succ(fs) if s[0] == "孙立群"}
    assert ("陈思齐", "吴启航", "chairman") in _succ(fs)


def test_respectively_after_earlier() -> None:
    text = ("北林县农村信用合作联社（以下简称“县联社”）改制为北林农商银行。\n11月7日，北林农商银行选举刘文华为董事长，聘任孙立群为行长。"
            "改制前，刘文华、孙立群分别在县联社任理事长、主任。")
    posts = _posts(facts_of(text))
    assert ("刘文华", "北林县农村信用合作联社", "other") in posts and ("孙立群", "北林县农村信用合作联社", "other") in posts
    fs = facts_of(text)
    assert quals(fs, "孙立群", "HOLDS_POSITION", "北林县农村信用合作联社")["title"] == "主任"


_RELEASE = ("新闻稿 Press Release\n2025年4月2日，上海\n"
            "北岭银行（中国）有限公司（“北岭中国”）今天宣布，经监管核准，宋雅文女士自2025年4月1日起出任北岭中国行长。\n"
            "Shanghai, 2 April 2025 – Nordhain Bank (China) Co., Ltd. (\"Nordhain China\") today announced that Ms. Song Yawen has been appointed President.\n"
            "同时，北岭银行集团首席财务官魏思德（Peter Weiss）先生获委任为北岭中国董事长，接替卸任的罗伯仁（Hans Robert）先生。\n"
            "Mr. Peter Weiss has been appointed Chairman of Nordhain China, succeeding Mr. Hans Robert.\n")


def test_replaced_one_with_latin_name_and_honorific() -> None:
    fs = facts_of(_RELEASE, date="2025-04-02")
    assert ("魏思德", "罗伯仁", "chairman") in {(s[0], s[1], s[2]) for s in _succ(fs)}
    assert ("罗伯仁", "北岭银行（中国）有限公司", "chairman") in _posts(fs)


def test_latin_names_after_chinese_and_parallel_short_names() -> None:
    fs = facts_of(_RELEASE, date="2025-04-02")
    people = {f.subject.name: set(f.subject.aliases) for f in fs if f.subject.type == "Person"}
    people.update({f.object.name: set(f.object.aliases) for f in fs if f.object.type == "Person"})
    assert "Peter Weiss" in people["魏思德"] and "Hans Robert" in people["罗伯仁"]
    bank = next(f.object for f in fs if f.object.name == "北岭银行（中国）有限公司")
    assert "Nordhain China" in bank.aliases


def test_career_heading_lines_belong_to_its_person() -> None:
    text = ("讣告\n原北岭银行董事长吴文德同志，因病于2024年3月2日逝世，享年80岁。\n吴文德同志主要工作经历：\n"
            "1990年5月　牵头组建南溪城市合作银行，任董事长兼行长；\n"
            "1997年4月　卸去所兼行长职务，行长一职由孙启明接任；\n"
            "2004年11月　南溪城市合作银行改名北岭银行股份有限公司，仍任董事长；\n"
            "2010年3月　退休，董事长一职由赵一凡接任。\n")
    fs = facts_of(text, date="2024-03-05")
    assert not {p for p in _posts(fs) if p[0] == "孙启明" and p[2] == "chairman"}  # the line after 孙启明's is still 吴文德's
    assert ("孙启明", "吴文德", "president") in _succ(fs)


def test_post_left_at_the_company_that_gave_it() -> None:
    text = ("经监管部门核准，宋雅文自2025年4月1日起出任北岭银行（中国）有限公司（以下简称“北岭中国”）行长。"
            "北岭中国是德国北岭银行股份公司（以下简称“北岭银行”）在华全资子公司。\n\n宋雅文于1995年加入北岭银行，历任北岭银行汉堡分行行长等职。\n\n"
            "同日，北岭中国董事会选举北岭银行副行长魏思德为董事长，其董事长任职资格已获监管部门核准。原董事长罗伯仁因任期届满不再担任董事长，继续担任北岭中国董事。\n\n"
            "关于北岭银行\n北岭银行创立于1870年，总部位于德国汉堡。北岭银行在全球设有四十家分行，北岭银行的股票在法兰克福证券交易所上市。")
    fs = facts_of(text, date="2025-04-01")
    assert ("罗伯仁", "北岭银行（中国）有限公司", "chairman") in _posts(fs)
    assert ("罗伯仁", "北岭银行", "chairman") not in _posts(fs)
    assert ("魏思德", "罗伯仁", "chairman") in _succ(fs)


def test_english_given_name_alone_after_bilingual_name() -> None:
    text = ("香港虚拟资产平台CoinHarbor Limited（中文名“港舟数字”，下称CoinHarbor）昨日宣布获发牌照。\n"
            "CoinHarbor由前基金经理陈嘉朗（Kevin Chan）与工程师黄诗琪（Grace Wong）于2021年联合创立。目前Kevin担任CEO，Grace担任CTO。")
    posts = _posts(facts_of(text))
    assert {("陈嘉朗", "CoinHarbor Limited", "ceo"), ("黄诗琪", "CoinHarbor Limited", "cto")} <= posts
    assert ("陈嘉朗", "CoinHarbor Limited", "cto") not in posts


def test_titles_joined_by_ji_and_a_spokesperson() -> None:
    posts = _posts(facts_of("北林金控昨日召开股东会。对于合并传闻，北林金控副总经理暨发言人周明远会后表示，公司目前没有合并计划。"))
    assert {("周明远", "北林金控", "deputy_general_manager"), ("周明远", "北林金控", "other")} <= posts


def test_chief_marketing_officer_in_a_career() -> None:
    fs = facts_of("南江基金管理有限公司公告，吴启航出任公司总经理。吴启航2021年加入南江基金管理有限公司，历任首席市场官、副总经理。")
    assert quals(fs, "吴启航", "HOLDS_POSITION", "南江基金管理有限公司", role="other")["title"] == "首席市场官"


def test_seat_kept_at_the_company_moved_from() -> None:
    fs = facts_of("北林金控原董事长孙立群自2014年起领军北林金控，此次交棒后转任北林文教基金会董事长，仍以法人代表人身分留任董事。")
    assert ("孙立群", "北林金控", "director") in _posts(fs)
    assert ("孙立群", "北林文教基金会", "director") not in _posts(fs)


def test_change_form_holders_before_a_slash() -> None:
    text = ("北岭金控同日于公开资讯观测站代子公司北岭商业银行公告总经理异动：\n"
            "1.董事会决议日期：114/05/12\n2.人员变动别：总经理\n3.旧任者姓名及简历：孙雅琴／北岭银行总经理\n"
            "4.新任者姓名及简历：吴冠宇／北岭银行副总经理\n5.异动原因：职务调整\n6.新任生效日期：114/06/01\n北岭银行为北岭金控旗下子公司。")
    fs = facts_of(text, date="2025-05-13")
    assert quals(fs, "吴冠宇", "HOLDS_POSITION", "北岭银行", role="general_manager")["start"] == "2025-06-01"
    assert ("吴冠宇", "孙雅琴", "general_manager") in _succ(fs)


def test_took_over_the_shift_of() -> None:
    fs = facts_of("北岭银行人事调整落定。前任行长孙启航9月份升任北岭银行董事长，接的是退休的吴德厚的班。", date="2025-10-15")
    assert ("孙启航", "吴德厚", "chairman") in _succ(fs)


def test_nth_holder_of_the_post() -> None:
    fs = facts_of("吴德厚自2015年起担任北岭银行董事长。2024年5月，北岭银行核准孙启航的任职资格，孙启航由此接替吴德厚，成为北岭银行第五任董事长。",
                  date="2024-05-20")
    assert ("孙启航", "吴德厚", "chairman") in _succ(fs)


def test_cleft_of_the_one_replaced_who_moved_up() -> None:
    text = ("北岭银行新行长人选落定。12月6日，监管局核准孙启航北岭银行行长的任职资格。孙启航此前任该行副行长，自今年8月起代为履行行长职责。"
            "他接替的是已升任该行董事长的吴德厚，后者自今年夏天起主持董事会工作。")
    fs = facts_of(text, date="2025-12-08")
    assert ("孙启航", "吴德厚", "president") in _succ(fs)


def test_a_title_before_names_that_make_up_a_board_or_committee() -> None:
    """"董事會由…以及獨立非執行董事A先生、B女士及C先生組成", "由獨立非執行董事A、B及C組成的委員會": the
    list closes in the body its people make up (組成), so the title before the first name is every name's."""
    got = posts("北嶺銀行董事會由執行董事甘志明先生；以及獨立非執行董事樊子健先生、卜嘉欣女士及聶國棟先生組成。")
    assert {("卜嘉欣", "北嶺銀行", "independent_director"), ("聶國棟", "北嶺銀行", "independent_director")} <= got
    got = posts("南灣證券今日就要約寄發綜合文件。由獨立非執行董事柯偉倫、范詠琪及駱家豪組成的獨立委員會認為條款公平合理。")
    assert {("范詠琪", "南灣證券", "independent_director"), ("駱家豪", "南灣證券", "independent_director")} <= got


def test_a_licensed_firms_responsible_officers_listed_after_their_title() -> None:
    """負責人員 (an SFC-licensed firm's responsible officer) is a post: the names after "連同原有的…負責人員" each hold it."""
    got = posts("東嶼資本已向證監會申報新增一名負責人員。連同原有的三名負責人員夏綺雯、陸家俊及湯美玲，東嶼資本的負責人員增至四人。")
    assert {("夏綺雯", "東嶼資本", "other"), ("陸家俊", "東嶼資本", "other"), ("湯美玲", "東嶼資本", "other")} <= got
