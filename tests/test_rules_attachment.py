"""Context attachment on sentences written for these tests: a role, stake or
listing attaches to the company the sentence says, not to the article's topic
or a company that only qualifies another; only a sentence that names no
company borrows one from context."""

from __future__ import annotations

from .helpers import facts_of, pairs, quals, triples


def _posts(text: str, person: str) -> set[tuple[str, str]]:
    return {(f.object.name, str(f.qualifiers.get("role"))) for f in facts_of(text)
            if str(f.predicate) == "HOLDS_POSITION" and f.subject.name == person}


def _listed(text: str) -> dict[tuple[str, str], dict]:
    return {(f.subject.name, f.object.name): f.qualifiers for f in facts_of(text) if str(f.predicate) == "LISTED_ON"}


def test_the_company_a_parent_owns_is_what_the_sentence_is_about() -> None:
    posts = _posts("8月3日，北林集团旗下南山银行发布半年报，同时宣布新一届董事长为周明远。", "周明远")
    assert posts == {("南山银行", "chairman")}


def test_a_new_holders_earlier_career_is_not_where_the_new_post_is() -> None:
    posts = _posts("南山银行今日公告人事变动。新任董事长周明远曾任北林证券副总裁、总裁。", "周明远")
    assert ("南山银行", "chairman") in posts
    assert ("北林证券", "chairman") not in posts


def test_a_company_after_a_preposition_does_not_become_the_topic() -> None:
    text = ("南山科技公布三季度业绩，收入同比增长5%。实施收入受益于北林集团的持续数字化转型。"
            "首席财务官周明远表示，业绩稳健。")
    assert _posts(text, "周明远") == {("南山科技", "cfo")}


def test_an_unknown_name_before_a_verb_is_not_the_person_named_before() -> None:
    text = "南山银行董事长周明远表示业绩稳健。继北林证券柯庆丰卸任董事长之后，南山银行也迎来人事调整。"
    assert ("北林证券", "chairman") not in _posts(text, "周明远")


def test_each_exchange_keeps_the_method_and_date_of_its_own_clause() -> None:
    listed = _listed("2018年5月，东海科技成功登陆纳斯达克，并在2021年9月8日，以介绍方式在香港交易所挂牌上市。")
    assert listed[("东海科技", "NASDAQ")].get("date") == "2018-05"
    assert listed[("东海科技", "NASDAQ")].get("method") is None
    assert listed[("东海科技", "HKEX")] == {"date": "2021-09-08", "method": "introduction"}


def test_the_parent_that_qualifies_a_company_is_not_the_one_listing() -> None:
    assert set(_listed("东海科技是北林集团旗下的支付服务商，2019年3月在纳斯达克上市。")) == {("东海科技", "NASDAQ")}


def test_a_listing_spoken_of_in_general_is_not_a_listing() -> None:
    assert _listed("目前，监管释放出的消息对于东海科技等公司港股上市构成利好。") == {}


def test_a_parents_subsidiary_written_without_jiqi_is_the_subject() -> None:
    text = "北林集团子公司南山证券去年以来争议频发，原董事长周明远与副董事长柯庆丰分歧明显。"
    assert _posts(text, "柯庆丰") == {("南山证券", "vice_chairman")}


def test_a_clause_without_a_subject_continues_the_clause_before() -> None:
    text = "北林控股上午召开股东会。当天傍晚南山证券董事会选任周明远为董事长，并选出总经理柯庆丰。"
    assert _posts(text, "柯庆丰") == {("南山证券", "general_manager")}


def test_a_continued_clause_after_a_parents_company_is_the_owned_one() -> None:
    text = "8月3日晚间，北林集团旗下南山银行发布中期业绩报告，同时宣布新一届董事长为周明远。"
    assert _posts(text, "周明远") == {("南山银行", "chairman")}


def test_a_founding_written_as_an_adverbial_clause_has_the_subject_after_it() -> None:
    text = "南山科技董事长周明远表示业绩稳健。在创立北林数科之前，柯庆丰曾任南山银行副行长。"
    assert pairs(text, "FOUNDED") == {("柯庆丰", "北林数科")}


def test_a_founding_with_no_known_subject_is_not_given_to_the_person_before() -> None:
    text = "南山科技董事长周明远表示业绩稳健。创立北林数科“开拓者”柯庆丰暂别幕前。"
    assert ("周明远", "北林数科") not in pairs(text, "FOUNDED")
    assert pairs("2015年，周明远创立了北林数科。创立北林数科后，公司聘请柯庆丰担任总裁。", "FOUNDED") == {("周明远", "北林数科")}


def test_a_controller_attaches_to_the_listed_company_the_sentence_names_not_the_topic() -> None:
    text = ("南山数科今日公布业绩。据报道，由于实控人王建华一直滞留美国，上市公司全新好无法联系上本人，二股东北林投资希望其回国。"
            "同日，上市公司全新好对交易所的回复公告显示，公司已无法与实际控制人王建华取得联系。")
    stakes = {(f.subject.name, f.object.name) for f in facts_of(text, title="南山数科发布业绩") if str(f.predicate) == "HOLDS_STAKE"}
    assert ("王建华", "全新好") in stakes and ("北林投资", "全新好") in stakes
    assert not any(t == "南山数科" for _h, t in stakes)


def test_a_post_across_a_group_and_its_subsidiaries_is_the_parents() -> None:
    text = "北林科技董事会宣布，张立平已获委任为非执行董事。张立平，42岁，现任南山保险（集团）股份有限公司及其附属公司的首席运营官兼战略发展中心主任。"
    posts = _posts(text, "张立平")
    assert ("南山保险（集团）股份有限公司", "coo") in posts and ("北林科技", "non_executive_director") in posts


def test_a_sentence_opening_with_tongri_is_about_the_company_it_names() -> None:
    # 同 in 同日 is not the preposition 同 ("同X合作"): the company after it is the subject
    text = "北林科技网讯 8月17日，北辰证券发布中期业绩。同日，南山数科发布董事会决议公告显示，执行董事兼董事长张立平因家庭原因不再担任董事长职务。"
    assert _posts(text, "张立平") == {("南山数科", "executive_director"), ("南山数科", "chairman")}


def test_gaigongsi_is_the_company_just_named_not_the_first_one() -> None:
    text = "张立平自2004年起出任北林钢琴有限公司董事，于2002年至2018年间创立Sunrise Global Holdings Limited并担任该公司董事。"
    posts = _posts(text, "张立平")
    assert posts == {("北林钢琴有限公司", "director"), ("Sunrise Global Holdings Limited", "director")}


def _controlled(text: str, title: str = "") -> set[tuple[str, str]]:
    return {(f.subject.name, f.object.name) for f in facts_of(text, title=title)
            if str(f.predicate) == "HOLDS_STAKE" and f.qualifiers.get("controlling")}


def test_gongsi_after_shi_with_no_company_before_it_is_the_one_just_spoken_of() -> None:
    # the article is about 南山数科; the sentence before speaks of 东岭控股, and 公司 after 是 is that company
    text = ("南山数科今日公布业绩，南山数科收入增长。南山数科的股东北林投资也持有东岭控股。"
            "上市公司东岭控股对交易所的回复显示，公司已无法与实际控制人王建华取得联系。"
            "董事会秘书是公司日常与实际控制人王建华沟通的渠道之一。")
    assert _controlled(text, title="南山数科发布业绩") == {("王建华", "东岭控股")}


def test_gongsi_after_wei_with_a_company_before_it_is_still_the_articles() -> None:
    text = "南山数科今日公布业绩。东岭控股股价上涨。北林科技为公司的全资子公司。"
    subs = {(f.subject.name, f.object.name) for f in facts_of(text, title="南山数科发布业绩")
            if str(f.predicate) == "SUBSIDIARY_OF"}
    assert subs == {("北林科技", "南山数科")}


def test_gongsi_at_a_clause_head_is_the_company_the_text_has_been_calling_gongsi() -> None:
    # sentences written for this test: the shareholder heads the sentence before, but that sentence called
    # the article's company 公司, so the next sentence's 公司 is that company too
    fs = facts_of("北林科技近日发布公告。南山集团持有公司35%的股份，为公司控股股东。公司实际控制人为周明远。")
    assert ("周明远", "北林科技") in {(f.subject.name, f.object.name) for f in fs if str(f.predicate) == "HOLDS_STAKE"}
    assert ("周明远", "南山集团") not in {(f.subject.name, f.object.name) for f in fs}
    # a sentence that names the company instead leaves 公司 to the previous sentence's subject, as before
    fs = facts_of("北林科技近日发布公告。南山集团持有北林科技35%的股份。公司实际控制人为周明远。")
    assert ("周明远", "南山集团") in {(f.subject.name, f.object.name) for f in fs if str(f.predicate) == "HOLDS_STAKE"}


def test_a_title_right_after_an_exchange_is_the_exchanges_post() -> None:
    # sentences written for this test: the exchange's chief is no officer of the company the sentence began with
    for text in ("北林科技联席CEO周明远受邀出席由港交所集团行政总裁李晓东主持的座谈会。",
                 "北林科技董事长周明远与纽交所的总裁李晓东会面。"):
        people = {f.subject.name for f in facts_of(text) if str(f.predicate) == "HOLDS_POSITION"}
        assert people == {"周明远"}, text


def test_gongsi_inside_a_compound_is_no_reference() -> None:
    # sentences written for this test: 互联网公司, 平台公司 and 电商公司 are kinds of company, not "the company"
    fs = facts_of("脱胎于东岳集团，北林数科早在2018年便先于一众大互联网公司背景的同行登陆纳斯达克。")
    assert {(f.subject.name, f.object.name) for f in fs if str(f.predicate) == "LISTED_ON"} == {("北林数科", "NASDAQ")}


def test_a_company_named_only_in_the_headline_is_what_benhang_means() -> None:
    # sentences written for this test: an annual report's body says 本行 and names only a shareholder in full
    fs = facts_of("经本行董事会审议，同意聘任邝晓川担任本行行长。钱立群系本行主要股东南岭交通投资集团有限公司推荐董事。", title="南岭银行2023年年度报告摘要")
    assert ("邝晓川", "南岭银行") in {(f.subject.name, f.object.name) for f in fs if str(f.predicate) == "HOLDS_POSITION"}
    assert facts_of("经本行董事会审议，同意聘任邝晓川担任本行行长。", title="南岭银行2023年年度报告摘要")[0].object.name == "南岭银行"


def test_gongsi_in_a_sentence_that_opens_with_its_own_notice() -> None:
    # sentences written for this test: a digest's later item is another company's notice
    for text in ("青州银行发布年报。2. 嘉信证券公告，聘任宋景然为公司首席风险官。",
                 "青州银行发布年报。据悉嘉信证券发布公告称，聘任宋景然为本公司首席风险官。"):
        assert {(f.subject.name, f.object.name) for f in facts_of(text) if str(f.predicate) == "HOLDS_POSITION"} == {("宋景然", "嘉信证券")}, text


def test_benhang_in_a_digest_item_is_that_items_bank() -> None:
    text = ("本周银行人事动态梳理如下。一、北林银行。北林银行发布公告称，周明远因工作调整辞去行长职务。"
            "本行董事会同意聘任吴思源为本行行长。二、南川银行。南川银行近日发布公告，李文博因年龄原因辞去董事长职务。"
            "本行董事会选举郑启明为董事长。")
    fs = facts_of(text)
    assert ("郑启明", "HOLDS_POSITION", "南川银行", "chairman") in triples(fs)
    assert ("吴思源", "HOLDS_POSITION", "北林银行", "president") in triples(fs)
    # outside a digest 本行 stays the bank that announces
    fs = facts_of("北林银行发布公告称，南川银行前副行长李文博加盟。本行董事会同意聘任李文博为本行副行长。")
    assert ("李文博", "HOLDS_POSITION", "北林银行", "vice_president") in triples(fs)


def test_a_regulator_is_never_the_company_of_a_post_it_approves() -> None:
    text = "近日，澄江人寿保险股份有限公司发布公告称，经国家金融监督管理总局湖南监管局核准，孙晓晨担任该公司副总经理。"
    assert _posts(text, "孙晓晨") == {("澄江人寿保险股份有限公司", "deputy_general_manager")}
    text = ("澄江人寿2021年年度报告摘录||报告期内，公司董事会选举孙晓晨为公司董事长。"
            "2021年9月2日，国家金融监督管理总局核准孙晓晨的董事长任职资格。孙晓晨接替吕文涛担任董事长前，任公司总经理。"
            "2021年10月8日，董事会聘任邹嘉木为公司董事会秘书。")
    title, body = text.split("||")
    got = {(f.subject.name, f.object.name) for f in facts_of(body, title=title) if str(f.predicate) == "HOLDS_POSITION"}
    assert got == {("孙晓晨", "澄江人寿"), ("邹嘉木", "澄江人寿"), ("吕文涛", "澄江人寿")}


def test_a_penalty_names_posts_at_the_punished_company() -> None:
    text = "国家金融监督管理总局湖南监管局对澄江银行罚款150万元，对时任行长孙晓晨、时任副行长邹嘉木分别给予警告。"
    assert _posts(text, "孙晓晨") == {("澄江银行", "president")}
    assert _posts(text, "邹嘉木") == {("澄江银行", "vice_president")}


def test_a_second_post_elsewhere_is_not_where_the_next_post_is() -> None:
    assert _posts("澄江理财董事长孙晓晨同时兼任澄江银行副行长，总经理为吕文涛。", "吕文涛") == {("澄江理财", "general_manager")}
    assert _posts("孙晓晨担任澄江银行董事长，行长为吕文涛。", "吕文涛") == {("澄江银行", "president")}


def test_gong_si_in_a_notice_another_company_publishes_is_that_company() -> None:
    text = ("9月12日晚，澄江证券公告，孙晓晨因工作调整辞去公司总裁一职。两个月后，鹿鸣基金管理有限公司（下称“鹿鸣基金”）"
            "晚间发布公告，聘任孙晓晨为公司总经理，自当日起生效。")
    assert _posts(text, "孙晓晨") == {("澄江证券", "president"), ("鹿鸣基金管理有限公司", "general_manager")}


def test_a_papers_reporter_before_the_company_leaves_it_the_subject() -> None:
    # "《某报》记者注意到，C…": the attribution does not stop C being what the next sentence's 该行 is
    fs = facts_of("东湖银行发布公告称，董事会同意聘任陈立德为行长。《南江日报》记者注意到，北林银行当晚也公告称，"
                  "董事会收到周明远提交的辞呈。周明远表示，因工作调动，辞去该行副行长职务。")
    assert quals(fs, "周明远", "HOLDS_POSITION", "北林银行")["role"] == "vice_president"


def test_jituan_alone_is_the_articles_one_group() -> None:
    # sentences written for this test: 集团 as a bare owner or after 任, 该集团 after another company, stand for the one group
    text = ("东岭集团有限公司成立于2001年，总部位于杭州。周明远担任集团董事长。集团旗下的东岭支付科技股份有限公司于2011年上市。"
            "北林银行成立于2010年，该集团持有北林银行20%股份。")
    fs = facts_of(text)
    assert ("周明远", "HOLDS_POSITION", "东岭集团有限公司", "chairman") in triples(fs)
    assert ("东岭支付科技股份有限公司", "东岭集团有限公司") in {(f.subject.name, f.object.name) for f in fs
                                                          if str(f.predicate) == "SUBSIDIARY_OF"}
    assert quals(fs, "东岭集团有限公司", "HOLDS_STAKE", "北林银行")["percent"] == 20.0
    # an adverb and 任 before 集团 make no company of their own
    assert not {f.object.name for f in facts_of("东岭集团有限公司成立于2001年。周明远现任集团董事长。")} & {"现任集团"}


def test_gongsi_in_a_digest_item_is_that_items_company() -> None:
    text = ("【北林银行新任行长任职资格获批】3月2日，北林银行公告称，监管部门已核准周明远该行行长的任职资格。北林银行资产规模稳步增长。"
            "【南川证券：受让东湖期货49%股权完成过户登记】南川证券当日公告，公司受让青松实业所持东湖期货49%股权已完成变更登记。"
            "至此东湖期货已由公司全资持有，成为公司全资子公司。")
    subs = {(f.subject.name, f.object.name) for f in facts_of(text) if str(f.predicate) == "SUBSIDIARY_OF"}
    assert subs == {("东湖期货", "南川证券")}


def test_an_exchange_named_as_where_a_company_lists_is_not_the_company_a_bare_gongsi_means() -> None:
    fs = facts_of("据新加坡交易所主板上市公司北林科技控股有限公司（以下简称“北林科技”）周五晚间公告，"
                  "由公司创始人、董事长周明远牵头的财团发起的私有化要约已截止。")
    assert ("周明远", "HOLDS_POSITION", "北林科技控股有限公司", "chairman") in triples(fs)
    assert not any("交易所" in f.object.name for f in fs)


def test_the_company_a_person_joins_is_what_the_next_sentences_speak_of() -> None:
    fs = facts_of("2004年，他调任无锡分行副行长，在农行系统一干就是七年。"
                  "2011年，周明远加盟北林银行，出任副行长。2016年3月，原行长陈立平到龄退休，周明远接过了这副担子。")
    assert quals(fs, "陈立平", "HOLDS_POSITION", "北林银行", role="president")["end"] == "2016-03"
    assert ("周明远", "SUCCEEDED", "陈立平", "president") in triples(fs, "SUCCEEDED")
    assert not any(f.object.name == "农行" and f.subject.name == "陈立平" for f in fs)


def test_the_company_a_person_founds_is_where_the_cofounders_post_is() -> None:
    fs = facts_of("南岭数科董事长吴清扬正在翻看报表。2012年回国后，吴清扬加入北林咨询有限公司，担任首席风控官，两年后升任首席运营官。"
                  "2015年，她和大学同学赵启明在杭州一起创办了南岭网络科技有限公司，出任董事长兼首席执行官，赵启明任首席技术官。")
    assert ("吴清扬", "HOLDS_POSITION", "北林咨询有限公司", "coo") in triples(fs)
    assert ("赵启明", "HOLDS_POSITION", "南岭网络科技有限公司", "cto") in triples(fs)


def test_gongsi_in_a_report_on_several_firms_is_the_paragraphs_firm() -> None:
    # sentences written for this test: three issuers, a paragraph each; 公司 in the second is the second's
    text = ("本周三家企业上会，北林精密股份有限公司（以下简称“北林精密”）获通过，南岭电子股份有限公司（以下简称“南岭电子”）"
            "暂缓表决，东川材料股份有限公司（以下简称“东川材料”）撤回申请。\n"
            "资料显示，北林精密成立于2008年，主营精密轴承。目前，许文斌任公司董事长。\n"
            "南岭电子的实际控制人为吴思源，其直接持有公司41.2%的股份。吴思源自2015年起担任公司董事长兼总经理。\n"
            "东川材料则无控股股东，第一大股东为公司创始人、董事长郑启明。")
    fs = triples(facts_of(text))
    assert ("吴思源", "HOLDS_POSITION", "南岭电子股份有限公司", "chairman") in fs
    assert ("吴思源", "HOLDS_POSITION", "北林精密股份有限公司", "chairman") not in fs
    assert ("许文斌", "HOLDS_POSITION", "北林精密股份有限公司", "chairman") in fs
    # one firm's article with a paragraph about its shareholder: 公司 stays the article's firm
    fs = triples(facts_of("北林精密股份有限公司（以下简称“北林精密”）今日公告。\n南岭集团持有公司30%股份。\n"
                          "北林精密成立于2008年。目前，吴思源任公司董事长。"))
    assert ("吴思源", "HOLDS_POSITION", "北林精密股份有限公司", "chairman") in fs
    # paragraphs that open with other companies the text does not introduce as firms of the report: still the article's
    fs = triples(facts_of("8月4日，北林期货有限公司发布公告称，公司名称变更为南岭期货。\n合并后，南岭期货注册资本增至18亿元。\n"
                          "东川投资持股61%，为控股股东。目前，吴思源任公司董事长。"))
    assert ("吴思源", "HOLDS_POSITION", "东川投资", "chairman") not in fs


def test_a_registry_or_law_firm_named_before_is_never_the_company_of_a_bare_gong_si() -> None:
    assert pairs("北林科技近日公告，相关股份已在中国证券登记结算有限责任公司完成过户登记，中国证券登记结算有限责任公司出具了确认书。"
                 "过户完成后，周明远仍为公司控股股东。", "HOLDS_STAKE") == {("周明远", "北林科技")}
    assert pairs("北林科技近日公告，东岳律师事务所就本次股份转让出具了法律意见书。周明远仍为公司控股股东。",
                 "HOLDS_STAKE") == {("周明远", "北林科技")}


def test_a_correction_notice_reads_only_what_it_says_after_the_correction() -> None:
    fs = facts_of("北林证券股份有限公司（以下简称“公司”）现更正如下：\n三、联系人\n更正前：董事会秘书周明远\n更正后：董事会秘书林雪",
                  title="北林证券股份有限公司关于《股东减持公告》的更正公告")
    assert {(f.subject.name, f.object.name) for f in fs if str(f.predicate) == "HOLDS_POSITION"} == {("林雪", "北林证券股份有限公司")}
