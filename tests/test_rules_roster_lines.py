"""People, names and posts read from a who's-who roster and an official's résumé, on texts written for these
tests (not gold text): a line a person opening on the name and a wide space, posts at a place's own bodies,
a résumé's "P，女，…族" head, a known short name inside a longer legal name."""

from __future__ import annotations

from .helpers import facts_of, quals, triples

_ROSTER = ("今年的省人大代表中有多位金融界人士，名单如下。\n"
           "常远航　北川农村商业银行股份有限公司（下称北川农商行）党委书记、董事长。曾任西川省地方金融监督管理局副局长。\n"
           "石佳怡（女）　东林银行股份有限公司行长。2018年至2022年任东林银行副行长兼首席风险官。\n"
           "方立群　南岭金融控股集团有限公司董事长，兼任旗下南岭兴业银行股份有限公司董事长；原南岭兴业银行行长。\n"
           "白启明　市政协委员，河湾消费金融有限公司总经理，2023年5月起任职。\n")


def test_a_roster_line_opening_on_a_name_and_a_wide_space_gives_its_posts() -> None:
    # "P　C T、T。": no verb; the layout says the posts are the person's (even 常, 石, 方, 白 open names there)
    got = triples(facts_of(_ROSTER))
    assert ("常远航", "HOLDS_POSITION", "北川农村商业银行股份有限公司", "chairman") in got
    assert ("石佳怡", "HOLDS_POSITION", "东林银行股份有限公司", "president") in got
    assert ("方立群", "HOLDS_POSITION", "南岭金融控股集团有限公司", "chairman") in got


def test_a_roster_line_goes_on_over_a_second_post_a_former_one_and_a_start() -> None:
    fs = facts_of(_ROSTER)
    got = triples(fs)
    assert ("方立群", "HOLDS_POSITION", "南岭兴业银行股份有限公司", "chairman") in got  # "，兼任旗下C2 T"
    assert ("方立群", "HOLDS_POSITION", "南岭兴业银行股份有限公司", "president") in got  # "；原C2 T"
    assert quals(fs, "白启明", "HOLDS_POSITION", "河湾消费金融有限公司", role="general_manager")["start"] == "2023-05"


def test_a_post_at_a_provinces_financial_regulator() -> None:
    # "四川省地方金融管理局": every province has one; its post is a post at a body
    fs = facts_of("吴启航现任四川省地方金融管理局副局长。周明远曾任杭州市地方金融监督管理局局长。")
    assert quals(fs, "吴启航", "HOLDS_POSITION", "四川省地方金融管理局")["title"] == "副局长"
    assert quals(fs, "周明远", "HOLDS_POSITION", "杭州市地方金融监督管理局")["title"] == "局长"


def test_an_officials_resume_head_and_its_life_dates() -> None:
    # an official's resume head (sex, people, birth, work, party, then 现任C T): 石 opens a name there; the dates are of a life, not the post
    text = ("石雅文，女，苗族，1984年11月生，湖南凤凰人，经济学硕士，2006年8月参加工作，2010年5月加入中国共产党，"
            "现为北林数字科技集团有限公司董事会秘书。")
    q = quals(facts_of(text), "石雅文", "HOLDS_POSITION", "北林数字科技集团有限公司", role="board_secretary")
    assert "start" not in q


def test_the_parent_bank_word_is_no_part_of_the_name_after_it() -> None:
    fs = facts_of("吴启航　北林银行（中国）有限公司行长，母行北林银行有限公司执行董事。\n周明远　东林银行行长。\n")
    assert ("吴启航", "HOLDS_POSITION", "北林银行有限公司", "executive_director") in triples(fs)


def test_a_word_after_a_title_is_no_person_unless_the_text_makes_it_one() -> None:
    # "谋求C董事席位", "由技术副总裁晋升": words of the language; "行长文静出任…" is a person (the verb says so)
    fs = facts_of("市场传闻北林人寿将谋求东林银行董事席位，东林银行回应称未收到提名。")
    assert not any(f.subject.name == "席位" for f in fs)
    fs = facts_of("北林科技宣布管理层调整：\n周明远，首席技术官，由技术副总裁晋升；\n吴启航，首席财务官，继续负责财务。\n")
    assert not any(f.subject.name == "晋升" for f in fs)
    assert ("文静", "HOLDS_POSITION", "东林银行", "president") in triples(facts_of("据悉，东林银行行长文静将出任北林集团副总经理。"))


def test_a_given_name_opening_on_the_moon_letter() -> None:
    # "巫月棠": 月 after a surname begins a given name (a month's 月 follows a numeral)
    fs = facts_of("北林科技管理层如下：\n巫月棠，首席风险官，兼任合规负责人；\n冉知远，首席财务官，继续负责财务。\n")
    assert ("巫月棠", "HOLDS_POSITION", "北林科技", "cro") in triples(fs)


def test_an_executive_partner_is_the_partnerships_whatever_the_sentence_is_about() -> None:
    # a numbered row of a partnership holding shares of the issuer, then 其执行事务合伙人为P: 其 is the partnership, not the issuer
    text = ("（三）其他股东\n1.宁波北林远帆星辰众创合伙企业（有限合伙）（以下简称“北林合伙”），系东林科技股份有限公司的员工持股平台，"
            "持有东林科技股份有限公司8.20%的股份，其执行事务合伙人为周明远；\n"
            "2.吴启航，持有东林科技股份有限公司6.10%的股份，现任东林科技股份有限公司董事、副总经理。\n")
    got = triples(facts_of(text))
    assert ("周明远", "HOLDS_POSITION", "宁波北林远帆星辰众创合伙企业（有限合伙）", "other") in got
    assert ("周明远", "HOLDS_POSITION", "东林科技股份有限公司", "other") not in got
    # "2.P，持有…，现任…": a numbered item opening on a name and a comma is a person's
    assert ("吴启航", "HOLDS_POSITION", "东林科技股份有限公司", "director") in got


def test_a_pay_table_row_names_the_firm_first() -> None:
    # "C|P|T|薪酬": a table of several firms' officers; "（离任）" marks a post left
    text = ("三家券商高管薪酬如下：\n北林证券|周明远|董事长|312.40\n北林证券|吴启航|总裁|298.75\n"
            "东林证券|蒋思齐|首席风险官|201.36\n东林证券|韩立新|副总裁（离任）|165.20\n")
    got = triples(facts_of(text))
    assert ("吴启航", "HOLDS_POSITION", "北林证券", "president") in got
    assert ("蒋思齐", "HOLDS_POSITION", "东林证券", "cro") in got


def test_an_offices_head_is_a_post() -> None:
    # "此前任该行办公室主任", "转任C董事会办公室主任": 主任 after 办公室 heads the office
    fs = facts_of("北林银行公告，聘任吴启航为董事会秘书。吴启航此前任该行办公室主任。")
    assert ("吴启航", "HOLDS_POSITION", "北林银行", "other") in triples(fs)


def test_a_list_of_elected_names_opening_on_an_ambiguous_surname() -> None:
    # "选举常P、葛Q为独立董事": beside a sure name, 常 opens one too (以 inside a bounded item is a letter)
    fs = facts_of("北林科技股东大会选举常思远、葛以宁为独立董事。")
    got = triples(fs)
    assert ("常思远", "HOLDS_POSITION", "北林科技", "independent_director") in got
    assert ("葛以宁", "HOLDS_POSITION", "北林科技", "independent_director") in got


def test_a_resumes_rows_of_years_under_its_head() -> None:
    # "P，男，…生。" then "D1—D2 C T" a line: each row is the head's post from D1 to D2
    text = ("东林农商银行原行长周明远接受审查。\n周明远，男，汉族，1968年5月生，高级经济师。\n"
            "2008.03—2012.06　东林农商银行副行长\n2012.06—2020.09　东林农商银行（北林集团控股子公司）行长\n"
            "2020.09—2024.12　东林金融租赁有限公司董事长\n")
    fs = facts_of(text)
    q = quals(fs, "周明远", "HOLDS_POSITION", "东林金融租赁有限公司", role="chairman")
    assert (q.get("start"), q.get("end")) == ("2020-09", "2024-12")
    assert quals(fs, "周明远", "HOLDS_POSITION", "东林农商银行", role="vice_president")["end"] == "2012-06"


def test_a_written_resignation_handed_in_names_its_author_and_ends_the_post() -> None:
    # "首席风险官P提交书面辞职报告": 以 is a letter of the name the verb frames; the post ends that day
    fs = facts_of("3月19日，北林科技公告，首席风险官唐以安提交书面辞职报告。")
    assert ("唐以安", "HOLDS_POSITION", "北林科技", "cro") in triples(fs)


def test_a_data_sheets_line_of_a_name_and_its_posts_closed_by_a_stop() -> None:
    # "P：T1、T2。" a line of its own under the firm's sheet
    text = "北林数科管理层\n周明远：董事长、执行董事\n吴启航：首席执行官、执行董事。\n加入北林数科前曾任东林银行首席信息官。\n"
    assert ("吴启航", "HOLDS_POSITION", "北林数科", "executive_director") in triples(facts_of(text))


def test_an_approved_post_is_never_the_approvers() -> None:
    # an approval by a regulator, then "P副行长任职资格…": the post is the bank's the text speaks of
    text = "北林银行召开干部大会，董事长周明远宣布吴启航出任北林银行党委委员。日前经国家金融监督管理总局青海监管局审核，吴启航副行长任职资格已获批复。"
    got = triples(facts_of(text))
    assert ("吴启航", "HOLDS_POSITION", "北林银行", "vice_president") in got
    assert not [t for t in got if t[2].startswith("国家金融")]


def test_a_former_post_at_a_places_finance_department() -> None:
    # "此前任X市财政局局长", "此前任X省财政厅副厅长": the body the place has, its head's post
    fs = facts_of("吴启航任北林金控董事长。吴启航此前任东川市财政局局长；周明远曾任湖南省财政厅副厅长。")
    got = triples(fs)
    assert ("吴启航", "HOLDS_POSITION", "东川市财政局", "other") in got
    assert ("周明远", "HOLDS_POSITION", "湖南省财政厅", "other") in got


def test_an_executive_partner_on_a_sheets_line_under_its_partnership() -> None:
    # "C ← 宁波X合伙企业（有限合伙）（30%）\n　执行事务合伙人：P": the partnership on the line above
    text = ("北林数科股权穿透\n北林数科 ← 北林控股有限公司（70.00%）\n北林数科 ← 宁波东林远帆星辰众创合伙企业（有限合伙）（30.00%）\n"
            "　　执行事务合伙人：周明远\n")
    assert ("周明远", "HOLDS_POSITION", "宁波东林远帆星辰众创合伙企业（有限合伙）", "other") in triples(facts_of(text))


def test_a_team_rows_promotion_and_the_one_it_takes_over_from() -> None:
    # "P，T，由T0晋升，接替转任T2的Q；": P leaves T0; Q held T before P
    text = ("3月2日，北林科技宣布管理层调整：\n周明远，首席财务官，继续负责财务；\n"
            "吴启航，首席技术官，由技术副总裁晋升，接替转任首席科学家的蒋思齐；\n韩立新，首席风险官，兼任合规负责人。\n")
    got = triples(facts_of(text))
    assert ("吴启航", "HOLDS_POSITION", "北林科技", "vice_president") in got
    assert ("蒋思齐", "HOLDS_POSITION", "北林科技", "cto") in got
    assert ("吴启航", "SUCCEEDED", "蒋思齐", None) in {(a, b, c, None) for a, b, c, _d in got}


def test_a_gloss_in_brackets_between_a_title_and_its_holder() -> None:
    # "C1副行长（副头取）P为董事长": the title's gloss in the source's language stands between; P still holds both
    fs = facts_of("同日，北林银行（中国）有限公司董事会选举东林银行副行长（副头取）吴启航为董事长。")
    got = triples(fs)
    assert ("吴启航", "HOLDS_POSITION", "东林银行", "vice_president") in got
    assert ("吴启航", "HOLDS_POSITION", "北林银行（中国）有限公司", "chairman") in got


def test_the_former_holder_named_two_sentences_after_the_appointment() -> None:
    # "C聘任Q为合规负责人，自D起履职。Q同时担任C副总经理。原合规负责人P已于D调任…": Q succeeded P
    text = ("北林人寿保险股份有限公司日前公告，聘任吴启航为合规负责人，自2025年5月15日起履职。吴启航同时担任北林人寿保险股份有限公司副总经理。"
            "原合规负责人周明远今年4月已调往北林控股集团有限公司任审计部总经理。")
    got = triples(facts_of(text))
    assert any(t[:3] == ("吴启航", "SUCCEEDED", "周明远") for t in got)


def test_a_spoken_answer_names_the_holder_after_a_particle() -> None:
    # "行长呢，是P，…": a talk's transcript; the particle and 是 stand between the post and its holder
    fs = facts_of("北林银行董事长周明远，去年上任。行长呢，是林晓岚，一位女行长，之前是北林银行的首席风险官。")
    assert ("林晓岚", "HOLDS_POSITION", "北林银行", "president") in triples(fs)


def test_a_cleft_with_a_comma_before_is_names_the_holder() -> None:
    # "C2的大股东兼董事长，是P": the post, a comma, then 是 and its holder
    text = "北林投资的执行事务合伙人是北林资产管理有限公司，而北林资产管理有限公司的大股东兼董事长，是周明远。"
    assert ("周明远", "HOLDS_POSITION", "北林资产管理有限公司", "chairman") in triples(facts_of(text))
