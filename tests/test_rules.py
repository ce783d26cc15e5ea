"""Per-pattern tests on sentences from the corpus, with the negatives each
pattern must refuse. Hedges: 拟 (proposed) and 传闻/被曝 (rumour) are not
facts; 将 (announced) is."""

from __future__ import annotations

from .helpers import facts_of, pairs, quals, triples

YE = "金融壹账通17日发布的董事会决议公告显示，执行董事兼董事长叶望春因家庭原因不再担任董事长职务、仍保留执行董事职务；公司执行董事兼首席执行官沈崇锋获委任董事长职务，相关任命即日起生效。"


def test_title_before_name_and_jian_gives_one_fact_per_role() -> None:
    t = triples(facts_of(YE), "HOLDS_POSITION")
    assert ("叶望春", "HOLDS_POSITION", "金融壹账通", "executive_director") in t
    assert ("叶望春", "HOLDS_POSITION", "金融壹账通", "chairman") in t
    assert ("沈崇锋", "HOLDS_POSITION", "金融壹账通", "ceo") in t
    assert ("沈崇锋", "HOLDS_POSITION", "金融壹账通", "chairman") in t


def test_succession_from_leave_and_take_in_one_sentence() -> None:
    t = triples(facts_of(YE), "SUCCEEDED")
    assert t == {("沈崇锋", "SUCCEEDED", "叶望春", "chairman")}


def test_resignation_gives_end_date() -> None:
    fs = facts_of("2021年4月，原首席财务官罗伟杰因个人原因辞任公司首席财务官的职务。", title="金融壹账通高管变动")
    assert quals(fs, "罗伟杰", "HOLDS_POSITION", "金融壹账通", role="cfo")["end"] == "2021-04"


def test_appointment_with_year_from_context() -> None:
    fs = facts_of("陆金所控股2022年上半年财报披露，杨峻已辞去陆金所控股首席风控官一职，由林允祯接任。")
    assert ("林允祯", "SUCCEEDED", "杨峻", "cro") in triples(fs, "SUCCEEDED")


def test_career_list_carries_company_forward() -> None:
    fs = facts_of("接棒金融壹账通董事长一职的沈崇锋现年52岁，在2021年10月加入金融壹账通任董事兼首席执行官，曾任金蝶软件（中国）有限公司高级副总裁、总裁及轮值总裁。")
    t = triples(fs, "HOLDS_POSITION")
    for role in ("vice_president", "president", "other"):
        assert ("沈崇锋", "HOLDS_POSITION", "金蝶软件（中国）有限公司", role) in t
    assert quals(fs, "沈崇锋", "HOLDS_POSITION", "金蝶软件（中国）有限公司", role="other")["title"] == "轮值总裁"


def test_proposed_move_is_not_a_fact() -> None:
    fs = facts_of("平安人寿董事长丁新民拟改任公司监事长。")
    assert all(f.qualifiers.get("title") != "监事长" for f in fs)
    assert ("丁新民", "HOLDS_POSITION", "平安人寿", "chairman") in triples(fs)


def test_rumoured_departure_does_not_end_a_position() -> None:
    fs = facts_of("金融壹账通的首席财务总监刘晖也曾被曝离职，但随后金融壹账通称，刘晖并未离职。")
    q = quals(fs, "刘晖", "HOLDS_POSITION", "金融壹账通", role="cfo")
    assert "end" not in q


def test_committee_membership_is_not_a_position() -> None:
    fs = facts_of("此外，董事会亦已批准委任肖钢为董事会辖下审计委员会的主席，即时生效。", title="360数科公告")
    assert not [f for f in fs if f.subject.name == "肖钢"]


def test_subsidiary_kinds() -> None:
    fs = facts_of("上海壹账通为金融壹账通公司的综合联属实体。普惠管理为陆金所控股的子公司，而陆金所控股有限公司为平安的联系人。")
    assert quals(fs, "上海壹账通", "SUBSIDIARY_OF", "金融壹账通")["kind"] == "consolidated_affiliated_entity"
    assert quals(fs, "普惠管理", "SUBSIDIARY_OF", "陆金所控股")["kind"] == "subsidiary"
    assert quals(fs, "陆金所控股有限公司", "SUBSIDIARY_OF", "平安")["kind"] == "associate"


def test_group_member_under_qixia() -> None:
    fs = facts_of("平安集团旗下所属金融科技版图的陆金所控股（以下简称“陆金所”）相继发布2022年财报。")
    assert quals(fs, "陆金所控股", "SUBSIDIARY_OF", "平安集团")["kind"] == "group_member"


def test_incubated_alone_is_not_a_subsidiary() -> None:
    fs = facts_of("该项目由平安集团孵化，后独立运营。")
    assert not triples(fs, "SUBSIDIARY_OF")


def test_stake_sale_with_buyer_amount_and_prior_holding() -> None:
    fs = facts_of("上海壹账通与普惠管理订立股权转让协议，上海壹账通有条件同意出售而普惠管理有条件同意购买集团持有的普惠立信40%股权，对价为人民币1.992亿元。")
    q = quals(fs, "上海壹账通", "SOLD_STAKE", "普惠立信")
    assert (q["buyer"], q["percent"], q["amount"], q["currency"]) == ("普惠管理", 40.0, 199200000, "CNY")
    assert quals(fs, "上海壹账通", "HOLDS_STAKE", "普惠立信")["percent"] == 40.0


def test_stakes_distributed_respectively() -> None:
    fs = facts_of("据悉，于公告日期，普惠管理及上海壹账通分别持有普惠立信60%及40%股权。")
    assert quals(fs, "普惠管理", "HOLDS_STAKE", "普惠立信")["percent"] == 60.0
    assert quals(fs, "上海壹账通", "HOLDS_STAKE", "普惠立信")["percent"] == 40.0


def test_controlling_shareholder_with_percent() -> None:
    fs = facts_of("平安（根据公司可得的公开信息，于公告日期通过其子公司持有公司已发行股本的约32.12%）为金融壹账通控股股东。")
    q = quals(fs, "平安", "HOLDS_STAKE", "金融壹账通")
    assert q["percent"] == 32.12 and q["controlling"] is True


def test_listing_from_tickers() -> None:
    fs = facts_of("昨日，金融壹账通(HK:06638；NYSE:OCFT)宣布出售资产。")
    t = {(f.object.name, f.qualifiers.get("ticker")) for f in fs if str(f.predicate) == "LISTED_ON"}
    assert t == {("HKEX", "HK:06638"), ("NYSE", "NYSE:OCFT")}


def test_bare_ticker_number_is_not_a_listing() -> None:
    assert not triples(facts_of("金融壹账通（06638）股价下跌。"), "LISTED_ON")


def test_listing_application_is_not_a_listing() -> None:
    fs = facts_of("2月1日，陆金所控股正式向香港交易所提交了招股书，申请上市。")
    assert not triples(fs, "LISTED_ON")


def test_listing_with_method_and_date() -> None:
    fs = facts_of("金融壹账通于2022年7月4日以介绍方式在港交所挂牌上市。")
    q = quals(fs, "金融壹账通", "LISTED_ON", "HKEX")
    assert (q.get("date"), q.get("method")) == ("2022-07-04", "introduction")


def test_listings_respectively() -> None:
    fs = facts_of("金融壹账通于2015年12月成立，并于2019年12月和2022年7月分别在纽交所和香港联交所上市。")
    assert quals(fs, "金融壹账通", "LISTED_ON", "NYSE").get("date") == "2019-12"
    assert quals(fs, "金融壹账通", "LISTED_ON", "HKEX").get("date") == "2022-07"


def test_renames() -> None:
    fs = facts_of("2020年8月，360金融更名为360数科。")
    assert quals(fs, "360金融", "RENAMED_TO", "360数科").get("date") == "2020-08"
    fs = facts_of("在2018年12月14日360金融（360数科曾用名）曾先登陆美国纳斯达克上市。")
    assert ("360金融", "RENAMED_TO", "360数科", None) in triples(fs, "RENAMED_TO")


def test_founder() -> None:
    fs = facts_of("赵帆于2000年创立北京枫叶帆达投资顾问有限公司，自此出任该公司董事长。")
    assert quals(fs, "赵帆", "FOUNDED", "北京枫叶帆达投资顾问有限公司").get("date") == "2000"


def test_founders_as_the_subject_of_shi_and_after_you() -> None:
    # sentences written for this test: the founder named by 是/为, by 由, and in a later clause without a subject
    assert pairs("陈志远是南山科技的创始人。", "FOUNDED") == {("陈志远", "南山科技")}
    assert pairs("陈志远为南山科技联合创始人之一。", "FOUNDED") == {("陈志远", "南山科技")}
    assert pairs("南山科技由陈志远创办。", "FOUNDED") == {("陈志远", "南山科技")}
    assert pairs("南山科技成立于2016年，由刘建华和陈志远共同创立。", "FOUNDED") == {("刘建华", "南山科技"), ("陈志远", "南山科技")}
    assert pairs("陈志远是南山科技的股东。", "FOUNDED") == set()
    assert pairs("南山科技成立于2016年，由东海集团控股。", "FOUNDED") == set()


def test_evidence_and_offsets_point_into_the_original_text() -> None:
    text = "前言。金融壹账通首席財務官羅永濤表示，業務穩健。"
    [f] = [f for f in facts_of(text) if str(f.predicate) == "HOLDS_POSITION"]
    assert f.subject.name == "羅永濤"  # display keeps the original (Traditional) form
    s, e = f.offsets
    assert text[s:e] == f.evidence and "羅永濤" in f.evidence


def test_successor_naming_predecessor() -> None:
    fs = facts_of("与此同时，公司发布了最新的董事会决议公告，由执行董事兼首席执行官沈崇锋接棒叶望春担任董事长职务，相关任命即日起生效。",
                  title="金融壹账通掌门人易主")
    assert ("沈崇锋", "SUCCEEDED", "叶望春", "chairman") in triples(fs, "SUCCEEDED")
    assert quals(fs, "叶望春", "HOLDS_POSITION", "金融壹账通", role="chairman") is not None


def test_jieba_person_tag_is_only_a_weak_signal() -> None:
    """jieba tags 小微, 普惠 and 智慧 as person names (nr); we never take a
    name from the tag alone: surname, title/verb context and the word's
    non-name dictionary use decide."""
    import jieba.posseg as pg

    from extract.lexicon import get_lexicon
    from extract.persons import plausible_person

    for phrase, word in (("小微企业主贷款余额", "小微"), ("普惠金融", "普惠"), ("智慧银行", "智慧")):
        assert (word, "nr") in [(w.word, w.flag) for w in pg.cut(phrase)]  # jieba's view, measured
        assert not plausible_person(word, get_lexicon(), strong=False)
    people = {f.subject.name for f in facts_of("截至2022年9月30日，陆金所已为合计约660万名小微企业主提供服务，普惠金融持续发力。")}
    assert not people & {"小微", "普惠", "智慧"}


def test_listing_hearing_progress_and_offering_are_not_listings() -> None:
    for text in ("11月14日，信贷科技平台360数科在香港联交所二次上市通过聆讯，此次上市的保荐机构为花旗和中金。",
                 "金融虎讯 11月14日消息，360数科回港二次上市迎来实质性进展。",
                 "相关阅读：一图读懂 | 360数科赴港二次上市，聚焦万亿消费信贷科技市场",
                 "物联网应用供应商$濠暻科技(02440.HK)$正处在火热招股中，后者已获47倍超额认购。",
                 "安永数据显示，自2018年港交所修改上市制度以来，已有11只中概股回归。"):
        assert not triples(facts_of(text), "LISTED_ON"), text


def test_completed_return_listing_is_a_listing() -> None:
    fs = facts_of("金融壹账通在上半年已经完成赴港上市。", date="2022-09-01")
    assert quals(fs, "金融壹账通", "LISTED_ON", "HKEX").get("date") == "2022"


def test_invest_as_part_of_a_name_is_not_an_investment() -> None:
    fs = facts_of("天图投资于中国消费行业的投资项目数量排名第三，仅次于腾讯投资和红杉中国。")
    assert not triples(fs, "HOLDS_STAKE")


def test_group_system_and_lists_with_alias_definitions() -> None:
    # names the dictionary does not hold (it lists institutions, not one article's holders): found by their suffixes
    fs = facts_of("根据招股书信息显示，融焻投资和森荣资本则分别直接持股32.91%和16.07%，其中融焻投资和森荣资本均为平安系公司。")
    assert {(f.subject.name, f.qualifiers.get("kind")) for f in fs if str(f.predicate) == "SUBSIDIARY_OF"} == {
        ("融焻投资", "group_member"), ("森荣资本", "group_member")}
    fs = facts_of("3月13日晚间，平安集团旗下所属金融科技版图的陆金所控股（以下简称“陆金所”）和壹账通金融科技有限公司"
                  "（以下简称“金融壹账通”）相继发布2022年财报。")
    assert quals(fs, "陆金所", "SUBSIDIARY_OF", "平安集团")["kind"] == "group_member"
    assert quals(fs, "金融壹账通", "SUBSIDIARY_OF", "平安集团")["kind"] == "group_member"


def test_descriptors_do_not_make_company_names() -> None:
    fs = facts_of("作为中国老牌金融集团，中国平安可称中国金融业顶流，公司董事长马明哲表示。")
    assert all("老牌" not in f.object.name and "老牌" not in f.subject.name for f in fs)


def test_age_phrase_introduces_the_person_not_the_previous_one() -> None:
    fs = facts_of("叶望春因家庭原因不再担任董事长。52岁的沈崇峰去年10月加入金融壹账通，任职执行董事兼首席执行官。",
                  title="金融壹账通换帅", date="2022-08-18")
    assert quals(fs, "沈崇峰", "HOLDS_POSITION", "金融壹账通", role="ceo")["start"] == "2021-10"
    assert not [f for f in fs if f.subject.name == "叶望春" and f.qualifiers.get("role") == "ceo"]


def test_former_employer_is_not_the_company_in_focus() -> None:
    fs = facts_of("2021年10月，叶望春提出辞去公司首席执行官职务请求，原金蝶总裁沈崇锋出任公司董事兼首席执行官。",
                  title="金融壹账通高管变动")
    assert quals(fs, "沈崇锋", "HOLDS_POSITION", "金融壹账通", role="ceo")["start"] == "2021-10"
    assert quals(fs, "沈崇锋", "HOLDS_POSITION", "金蝶", role="president") is not None


def test_department_with_senior_title() -> None:
    fs = facts_of("360数科科技产品部高级总监戴会杰指出，信贷行业呈现四大特性。")
    assert quals(fs, "戴会杰", "HOLDS_POSITION", "360数科", role="other")["title"] == "科技产品部高级总监"


def test_name_ending_in_a_preposition_character() -> None:
    fs = facts_of("本次峰会上，中化环境控股有限公司党委副书记兼副总经理张传向、中国质量认证中心六处处长于洁分别揭牌。")
    assert {f.subject.name for f in fs} == {"张传向"}


def test_a_post_given_up_as_another_arrives_is_a_succession() -> None:
    fs = facts_of("随着王海东的上任，李建平不再兼任东海产险总经理，仍继续担任董事长一职。")
    assert triples(fs, "SUCCEEDED") == {("王海东", "SUCCEEDED", "李建平", "general_manager")}
    assert ("王海东", "HOLDS_POSITION", "东海产险", "general_manager") in triples(fs, "HOLDS_POSITION")


def test_a_second_post_after_zhiwu_and_bing_jianren() -> None:
    t = triples(facts_of("东海控股董事会任命王海东接任董事长职务并兼任CEO。"), "HOLDS_POSITION")
    assert {("王海东", "HOLDS_POSITION", "东海控股", "chairman"), ("王海东", "HOLDS_POSITION", "东海控股", "ceo")} <= t


def test_a_ministers_title_shares_its_first_letter_with_the_ministry() -> None:
    fs = facts_of("此次人事由财政部长王建国推荐，经国务院核定后派任。")
    assert quals(fs, "王建国", "HOLDS_POSITION", "财政部", role="other")["title"] == "部长"
    assert not triples(facts_of("财政部长期以来推动改革。"), "HOLDS_POSITION")


def test_a_post_given_in_the_clause_after_the_place_of_work() -> None:
    fs = facts_of("王海东毕业即加入汇丰银行，之后在麦肯锡工作8年，任全球副董事，后在瑞银证券担任高管。", title="东海科技公告")
    assert quals(fs, "王海东", "HOLDS_POSITION", "麦肯锡", role="other")["title"] == "全球副董事"
    assert not [f for f in fs if f.object.name == "汇丰银行" and f.qualifiers.get("title") == "全球副董事"]



def test_only_the_post_kept_after_giving_one_up() -> None:
    fs = facts_of("今年，东海科技董事长王海东辞去董事长职务，仅任执行董事。")
    assert ("王海东", "HOLDS_POSITION", "东海科技", "executive_director") in triples(fs, "HOLDS_POSITION")


def test_the_one_who_succeeds_him() -> None:
    fs = facts_of("华瑞证券董事长周立群于2023年5月到龄退休，接替他的是原总裁孙晓明。")
    assert triples(fs, "SUCCEEDED") == {("孙晓明", "SUCCEEDED", "周立群", "chairman")}
    assert ("孙晓明", "HOLDS_POSITION", "华瑞证券", "chairman") in triples(fs, "HOLDS_POSITION")


def test_a_former_post_and_a_current_one_at_another_company_before_the_name() -> None:
    t = triples(facts_of("华瑞人寿前总经理、现任华瑞集团副总经理的马晓东将出任华瑞人寿董事长。"), "HOLDS_POSITION")
    assert {("马晓东", "HOLDS_POSITION", "华瑞人寿", "general_manager"),
            ("马晓东", "HOLDS_POSITION", "华瑞集团", "deputy_general_manager")} <= t


def test_a_career_list_that_opens_with_a_department_manager() -> None:
    fs = facts_of("王海东于2021年加入东海科技，任首席执行官。此前王海东就职于北林软件，先后担任深圳分公司部门经理、"
                  "华南总经理及北林软件高级副总裁、总裁。")
    t = triples(fs, "HOLDS_POSITION")
    assert {("王海东", "HOLDS_POSITION", "北林软件", "vice_president"), ("王海东", "HOLDS_POSITION", "北林软件", "president")} <= t
    assert not [f for f in t if f[2] == "华南"]  # a region of the company, not a company


def test_a_resume_names_its_person_and_a_birth_year_is_no_start() -> None:
    fs = facts_of("王海东，男，1970年出生，博士，现任华瑞银行董事长。")
    assert "start" not in quals(fs, "王海东", "HOLDS_POSITION", "华瑞银行", role="chairman")


def test_compliance_posts_of_fund_companies() -> None:
    fs = facts_of("在此之前，王丽娟担任华瑞基金督察长一职长达五年。")
    assert quals(fs, "王丽娟", "HOLDS_POSITION", "华瑞基金", role="other")["title"] == "督察长"
