"""People's posts in narrative and notice forms, on texts written for these tests (not gold text):
a voting-result table, a post named before its holder, a career told in sequence, a transcript's
speaker, a founder in a history."""

from __future__ import annotations

from .helpers import facts_of, quals, triples


def test_a_voting_table_gives_its_winners_the_seat_of_the_motion_above_them() -> None:
    # "X.00 关于选举…非独立董事的议案" then "候选人｜得票数｜是否当选" rows: 是 wins the seat, 否 none
    text = ("证券代码：600999  证券简称：北林银行  公告编号：2025-012\n北林银行股份有限公司2024年年度股东大会决议公告\n"
            "股东大会于2025年6月18日在南京召开。\n二、议案审议情况\n"
            "6.00 关于选举第五届董事会非独立董事的议案\n议案序号｜候选人｜得票数｜比例（%）｜是否当选\n"
            "6.01｜温子墨｜1,200,000｜99.10｜是\n6.02｜夏侯岚｜300,000｜24.80｜否\n"
            "7.00 关于选举第五届董事会独立董事的议案\n7.01｜梁思远｜1,190,000｜98.30｜是\n"
            "8.00 关于选举第五届监事会股东代表监事的议案\n8.01｜卜晓晴｜1,180,000｜97.50｜是\n"
            "三、律师见证情况\n本次股东大会的召集、召开程序符合法律规定。")
    fs = facts_of(text)
    assert quals(fs, "温子墨", "HOLDS_POSITION", "北林银行", role="director")["start"] == "2025-06-18"
    assert quals(fs, "梁思远", "HOLDS_POSITION", "北林银行", role="independent_director")["start"] == "2025-06-18"
    assert quals(fs, "卜晓晴", "HOLDS_POSITION", "北林银行", role="supervisor")["start"] == "2025-06-18"
    assert not [t for t in triples(fs) if t[0] == "夏侯岚"]


def test_a_research_report_titled_by_name_and_ticker_calls_that_company_gong_si_throughout() -> None:
    # title "X（688xxx）深度报告"; the body says only 公司, after naming a shareholder, and lists its managers
    text = ("3.1 治理结构\n公司控股股东为青杉控股，持股41.20%；实际控制人为董事长祁望舒。\n"
            "2023年3月，原第三大股东远帆资本减持公司1.50%的股份。我们认为影响有限，远帆资本后续动向值得关注。\n"
            "管理层方面，总经理蒋望晴于2021年加入，此前任澄明软件副总裁；首席财务官简若溪自上市前即任职。\n"
            "公司股票于2021年登陆上交所科创板。")
    fs = facts_of(text, title="鼎信科技（688777）深度报告：治理与管理层")
    got = triples(fs)
    assert ("祁望舒", "HOLDS_POSITION", "鼎信科技", "chairman") in got
    assert ("蒋望晴", "HOLDS_POSITION", "鼎信科技", "general_manager") in got
    assert ("简若溪", "HOLDS_POSITION", "鼎信科技", "cfo") in got


def test_a_foreign_banks_release_names_people_in_latin_with_the_chinese_name_in_brackets() -> None:
    # "任命Latin（中文名：X）为T", "X接替…的Latin（Y）", "C1 T Latin（Z）获选为C2董事长": the Chinese names are the people;
    # "X银行（中国）有限公司" is its own company, not the group "X银行集团"
    text = ("新闻稿\n福瑞德银行（中国）有限公司（“福瑞德中国”）今日宣布，任命Peter Olsen（中文名：欧培德）为行长，自2025年3月1日起生效。"
            "欧培德接替已于今年1月退休的Karl Weber（韦卡尔）。董事会同时宣布，福瑞德银行集团亚太区首席执行官Anna Berg（白安娜）"
            "获选为福瑞德中国董事长。顾明川获选为独立董事。\n福瑞德中国是福瑞德银行集团的全资子公司。")
    fs = facts_of(text, title="福瑞德银行（中国）宣布管理层变动")
    got = triples(fs)
    assert quals(fs, "欧培德", "HOLDS_POSITION", "福瑞德中国", role="president")["start"] == "2025-03-01"
    assert ("欧培德", "SUCCEEDED", "韦卡尔", "president") in got
    assert quals(fs, "白安娜", "HOLDS_POSITION", "福瑞德中国", role="chairman")
    assert quals(fs, "顾明川", "HOLDS_POSITION", "福瑞德中国", role="independent_director")
    assert not [t for t in got if t[2] == "福瑞德银行集团" and t[1] == "HOLDS_POSITION" and t[3] != "other"]


def test_an_obituary_and_a_history_name_founders_and_the_years_of_a_post() -> None:
    # "D，他牵头创建C，并任T至D2": the post at the company just founded, over its years;
    # "在P等人的倡议下，C创办": the initiative's people found it
    text = ("讣告\n北川农商银行原董事长周德山因病逝世。"
            "1986年，他发起成立北川县农村信用合作联社，并任理事长至2004年。\n"
            "1985年3月，在葛振华等人的倡议下，南渡城市信用社创办，葛振华出任首任理事长。")
    fs = facts_of(text)
    q = quals(fs, "周德山", "HOLDS_POSITION", "北川县农村信用合作联社", role="other")
    assert (q["start"], q["end"]) == ("1986", "2004")
    assert quals(fs, "葛振华", "FOUNDED", "南渡城市信用社")["date"] == "1985-03"


def test_a_cantonese_column_names_a_founder_his_children_and_the_group_they_run() -> None:
    # "C（简称，股份代号：N）创办人P", "C D由P喺…起家", "细妹P任T兼T" after "透过信托持有集团X%"
    text = ("【财经拆局】\n做咗几十年老细，荣泰金融集团有限公司（荣泰金融，股份代号：1688）创办人简耀明终于退休。"
            "荣泰1982年由简耀明喺湾仔一间细铺起家，2008年喺港交所主板上市。"
            "目前简耀明透过简氏家族信托持有集团45%股权。一对仔女早已入局：简家豪现为执行董事，持股7.5%；"
            "细妹简家欣则出任集团行政总裁兼执行董事，持有4.3%。")
    fs = facts_of(text)
    got = triples(fs)
    assert quals(fs, "简耀明", "FOUNDED", "荣泰金融")["date"] == "1982"
    assert ("简家豪", "HOLDS_POSITION", "荣泰金融集团有限公司", "executive_director") in got
    assert ("简家欣", "HOLDS_POSITION", "荣泰金融集团有限公司", "ceo") in got


def test_a_history_hands_posts_on_to_the_last_holder_the_text_gave_them() -> None:
    # "P1出任首任董事长，P2任行长" … (rename) … "P1退休，P2接任董事长，行长由副行长P3接任" … "P2调任…，P3接替其担任董事长"
    text = ("第二章 创业岁月\n1994年，南渡城市合作银行组建，马振邦出任首任董事长，贺一鸣任行长。"
            "1999年，南渡城市合作银行更名为南渡商业银行股份有限公司（简称“南渡银行”）。"
            "2005年马振邦退休，贺一鸣接任董事长，行长由副行长钟立新接任。"
            "2016年，贺一鸣调任市国资委，钟立新接替其担任董事长。")
    fs = facts_of(text)
    got = triples(fs, "SUCCEEDED")
    assert ("贺一鸣", "SUCCEEDED", "马振邦", "chairman") in got
    assert ("钟立新", "SUCCEEDED", "贺一鸣", "president") in got
    assert ("钟立新", "SUCCEEDED", "贺一鸣", "chairman") in got
    assert quals(fs, "马振邦", "HOLDS_POSITION", "南渡银行", role="chairman")["end"] == "2005"


def test_a_round_up_says_who_left_before_the_post_passed_on() -> None:
    # "A离任后其T由C2副总裁B兼任": B succeeds A; "行长一职由副行长B接任" after "时任行长A接任董事长"
    bank = "3月，北溪银行原董事长罗振声到龄退休，时任行长孟启华接任董事长。行长一职由副行长祁书远接任。"
    assert ("祁书远", "SUCCEEDED", "孟启华", "president") in triples(facts_of(bank), "SUCCEEDED")
    arm = "东岳资管是东岳证券的全资子公司，季望舒离任后其总经理由东岳证券副总裁汤一新兼任。"
    assert ("汤一新", "SUCCEEDED", "季望舒", "general_manager") in triples(facts_of(arm), "SUCCEEDED")


def test_a_post_named_first_held_from_a_date_and_a_chronicles_lines_of_its_company() -> None:
    # "C T一职自D起由原T2 P(Latin)担任": P holds T from D
    wire = "北岭人寿董事长韩立成未回复置评请求。北岭人寿首席执行官一职自2022年9月起由原总经理顾明远(Gu Mingyuan)担任。"
    assert quals(facts_of(wire), "顾明远", "HOLDS_POSITION", "北岭人寿", role="ceo")["start"] == "2022-09"
    # a chronicle: a line "D：P卸任T，由原T2 Q接任" names no company; it is the chronicle's, not the line above's
    chron = ("云栈支付大事记\n2010年：前身杭州云栈网络科技有限公司由唐一鸣在杭州创立\n"
             "2012年：更名为云栈支付科技有限公司（简称“云栈支付”）\n2016年：唐一鸣出任董事长，宁可心出任首席执行官\n"
             "2020年6月：云栈支付成为云栈控股有限公司（“云栈控股”）的全资子公司\n"
             "2020年12月：云栈控股于香港联交所主板上市\n2022年：宁可心卸任首席执行官，由原首席运营官简思远接任")
    got = triples(facts_of(chron, title="云栈支付大事记"))
    assert quals(facts_of(chron, title="云栈支付大事记"), "简思远", "HOLDS_POSITION", "云栈支付", role="ceo")
    assert not [t for t in got if t[0] == "简思远" and t[2] == "云栈控股有限公司"]


def test_a_transcripts_labelled_guest_is_the_one_who_says_wo_and_a_career_in_sequence() -> None:
    # "嘉宾P：…我2001年进入C，…，2010年任T1，2018年升任T2": 我 is the labelled guest, not the last person named
    text = ("《财经夜谈》节目实录\n主持人：今天请到东川银行副行长钱子墨先生，以及南星证券首席经济学家孙若兰女士。\n"
            "嘉宾钱子墨：大家好。我是2001年进入东川银行的，最早做客户经理，2010年任苏州分行行长，2018年升任副行长。\n"
            "主持人：孙博士怎么看？\n嘉宾孙若兰：我们南星证券也在调整。")
    fs = facts_of(text)
    assert quals(fs, "钱子墨", "HOLDS_POSITION", "东川银行", title="苏州分行行长")["start"] == "2010"
    assert not [t for t in triples(fs) if t[0] == "孙若兰" and t[2] == "东川银行"]


def test_the_head_of_a_credit_cooperative_is_its_zhuren_but_an_office_head_is_no_post() -> None:
    # "D1至D2任X信用社主任", "C创办，P任首任主任"; "办公室主任P" heads the bank's office (a post, as the guide's sets count it)
    text = ("北川农商银行原董事长周德山同志逝世。周德山同志1950年生于湖南。1980年至1990年任北川县城关信用社主任；"
            "1990年，他牵头创建北川县农村信用合作联社。北川农商银行办公室主任杨一帆主持追悼会。")
    fs = facts_of(text)
    q = quals(fs, "周德山", "HOLDS_POSITION", "北川县城关信用社", title="主任")
    assert (q["start"], q["end"]) == ("1980", "1990")
    assert [t[3] for t in triples(fs) if t[0] == "杨一帆"] == ["other"]


def test_a_post_left_on_retiring_is_at_the_company_where_the_leaver_held_it() -> None:
    # a retirement, then "T职务由B接任", after a sentence about a subsidiary: the leaver's 董事长 was at the parent
    text = ("北川农商银行创始人吕德成同志逝世。2010年，吕德成同志当选北川农商银行首任董事长。"
            "2012年他又推动成立了北川村镇银行，该行为北川农商银行的控股子公司。"
            "2017年，吕德成同志到龄退休，董事长职务由邵怀远接任。2019年，汤一鸣出任行长。截至2020年末，邵怀远、汤一鸣仍分别担任北川农商银行董事长、行长。")
    got = triples(facts_of(text))
    assert ("邵怀远", "HOLDS_POSITION", "北川农商银行", "chairman") in got
    assert not [t for t in got if t[0] == "邵怀远" and t[2] == "北川村镇银行"]
    assert ("汤一鸣", "HOLDS_POSITION", "北川农商银行", "president") in got
    assert ("汤一鸣", "HOLDS_POSITION", "北川农商银行", "chairman") not in got


def test_a_coined_name_ending_in_a_classical_letter_keeps_it_and_its_joint_titles() -> None:
    # "X兹数字科技集团有限公司": 兹 is a pronoun's letter to the segmenter, yet a letter of the name;
    # "P任C党委书记、董事长；Q任C董事、总经理": each title of the joint list
    text = ("岚兹数字科技集团有限公司（以下简称“岚兹数科”）昨日在合肥正式挂牌。"
            "当天同时公布了人事安排：钱启明任岚兹数科党委书记、董事长；孙一帆任岚兹数科董事、总经理。")
    fs = facts_of(text)
    for who, role in (("钱启明", "chairman"), ("钱启明", "other"), ("孙一帆", "director"), ("孙一帆", "general_manager")):
        assert quals(fs, who, "HOLDS_POSITION", "岚兹数科", role=role)


def test_he_in_the_next_sentence_is_the_one_a_sentence_without_a_trigger_names() -> None:
    # "另一个焦点系侄仔P。佢本月起出任集团旗下C T": the sentence naming P has no word of a post, yet 佢 is P
    text = ("荣泰金融集团有限公司前晚公布人事安排。另一个焦点系侄仔简浩宇。"
            "佢由本月开始出任集团旗下荣泰证券行政总裁，佢之前喺海外读书。")
    assert quals(facts_of(text, date="2024-11-30"), "简浩宇", "HOLDS_POSITION", "荣泰证券", role="ceo")["start"] == "2024-11"


def test_the_elder_of_a_family_is_the_first_of_its_surname_not_the_last_person_named() -> None:
    # "X老爷子交棒 … P1将退任主席，由长子P2接任；老爷子转任荣誉主席": 老爷子 is P1
    text = ("简老爷子交棒\n荣泰金融集团有限公司创办人简耀明将于年底退任主席，由长子简家豪接任，2025年1月1日生效；"
            "老爷子转任荣誉主席。")
    got = triples(facts_of(text))
    assert ("简耀明", "HOLDS_POSITION", "荣泰金融集团有限公司", "other") in got
    assert ("简家豪", "HOLDS_POSITION", "荣泰金融集团有限公司", "other") not in got
