"""Where a company's name begins and whether a coined name is one, on
sentences written for these tests (made-up names, not gold text): a party's
role noun, a verb glued to the name, 原/现 before it, a clause-initial verb
after a rare word, an institution word before the legal suffix; and a short
name the text defines (with 或, in 「」, clauses after the legal name, 全称)
as the legal name's entity."""

from __future__ import annotations

import pytest

from .helpers import facts_of, pairs, quals, triples


def _names(text: str) -> set[str]:
    """The names of the entities the text's facts are about."""
    return {n for f in facts_of(text) for n in (f.subject.name, f.object.name)}


def test_a_party_role_noun_is_no_part_of_the_name_after_it() -> None:
    fs = facts_of("东湖科技的一致行动人上海青禾投资有限公司持有其6%的股份。")
    assert quals(fs, "上海青禾投资有限公司", "HOLDS_STAKE", "东湖科技")["percent"] == 6.0
    fs = facts_of("东湖科技的一致行动人青禾投资持有其6%的股份。")
    assert quals(fs, "青禾投资", "HOLDS_STAKE", "东湖科技")["percent"] == 6.0


def test_an_institution_word_before_the_legal_suffix_is_part_of_the_name() -> None:
    fs = facts_of("青付宝支付有限公司持有东湖科技8%的股份。")
    assert quals(fs, "青付宝支付有限公司", "HOLDS_STAKE", "东湖科技")["percent"] == 8.0


def test_a_rare_word_and_a_verb_at_the_clause_start_begin_a_legal_name() -> None:
    fs = facts_of("横琴联合数智股份有限公司持有东湖科技8%的股份。")
    assert quals(fs, "横琴联合数智股份有限公司", "HOLDS_STAKE", "东湖科技")["percent"] == 8.0


def test_a_clause_initial_verb_before_a_name_is_not_part_of_it() -> None:
    fs = facts_of("经审议，同意青禾信息技术有限公司持有东湖科技8%的股份。")
    assert quals(fs, "青禾信息技术有限公司", "HOLDS_STAKE", "东湖科技")["percent"] == 8.0


def test_a_person_and_a_glued_verb_never_begin_a_company_name() -> None:
    fs = facts_of("李东明已辞任西屿科技董事。")
    assert quals(fs, "李东明", "HOLDS_POSITION", "西屿科技")["role"] == "director"


def test_former_before_a_name_says_which_name_it_is() -> None:
    fs = facts_of("原西屿信托首席风险官李东明加入东湖科技。")
    assert quals(fs, "李东明", "HOLDS_POSITION", "西屿信托")["role"] == "cro"
    assert "原西屿信托" not in _names("原西屿信托首席风险官李东明加入东湖科技。")


def test_a_coined_word_before_a_group_word_is_a_name() -> None:
    fs = facts_of("智禾控股持有东湖科技9%的股份。")
    assert quals(fs, "智禾控股", "HOLDS_STAKE", "东湖科技")["percent"] == 9.0
    # before a sector's word a word jieba lacks may be a phrase: no name
    assert "小微金融" not in _names("东湖科技小微金融部总经理李东明表示满意。")


def test_digital_and_city_investment_words_end_a_name() -> None:
    assert quals(facts_of("星野数码持有东湖科技9%的股份。"), "星野数码", "HOLDS_STAKE", "东湖科技")["percent"] == 9.0
    assert quals(facts_of("青湾城投持有东湖科技9%的股份。"), "青湾城投", "HOLDS_STAKE", "东湖科技")["percent"] == 9.0
    # 产城投资: 城投 is the middle of other words there
    assert "东疆港产城投资集团" in _names("东疆港产城投资集团持有东湖科技9%的股份。")


def test_an_unknown_name_before_a_ticker_with_its_exchange() -> None:
    fs = facts_of("青禾优选（09988.HK）今日公告，北林集团持有其12%的股份。")
    assert quals(fs, "青禾优选", "LISTED_ON", "HKEX")["ticker"] == "09988.HK"
    assert quals(facts_of("东湖数智（Nasdaq：DHSZ）今日公布了季度财报。"), "东湖数智", "LISTED_ON", "NASDAQ")["ticker"] == "Nasdaq:DHSZ"
    # a word that points at a stock is no name
    assert not facts_of("据悉，该股（600000.SH）今日大涨。")


def test_a_named_association_alliance_or_foundation_is_an_organisation() -> None:
    fs = facts_of("青禾公益基金会理事长王建国表示满意。")
    assert quals(fs, "王建国", "HOLDS_POSITION", "青禾公益基金会")["title"] == "理事长"
    fs = facts_of("东湖互联网金融协会秘书长李东明出席会议。")
    assert quals(fs, "李东明", "HOLDS_POSITION", "东湖互联网金融协会")["title"] == "秘书长"
    # a common word before the word for an association names none
    assert not {"行业协会", "战略联盟"} & _names("行业协会表示，两家结成战略联盟，北林科技持有东湖银行5%的股份。")


def test_the_ren_of_qiren_is_no_letter_of_the_company_after_it() -> None:
    # a sentence written for this test: the HMM joins 任 of "X年起任" to the bank's name
    assert quals(facts_of("周明远2012年起任北林银行副行长。"), "周明远", "HOLDS_POSITION", "北林银行")["start"] == "2012"


def test_a_compound_surname_gives_a_name_of_three_or_four_letters() -> None:
    fs = facts_of("南湖銀行宣布委任歐陽靜宜為行政總裁，接替司徒立德。")
    assert quals(fs, "歐陽靜宜", "HOLDS_POSITION", "南湖銀行", role="ceo")
    assert quals(fs, "歐陽靜宜", "SUCCEEDED", "司徒立德", role="ceo")
    fs = facts_of("上官晓北出任南湖银行董事长。")
    assert quals(fs, "上官晓北", "HOLDS_POSITION", "南湖银行", role="chairman")
    fs = facts_of("南湖银行行长诸葛勤表示，将加快转型。")  # one given letter: 表示 is the next word
    assert quals(fs, "诸葛勤", "HOLDS_POSITION", "南湖银行", role="president")
    assert not facts_of("广东方面表示，南湖银行将加快转型。")
    fs = facts_of("南湖银行监事会主席、北林联盟理事长孙建平认为，转型要稳。")
    assert "长孙建平" not in {f.subject.name for f in fs}


def test_a_kind_of_bank_or_a_word_of_time_before_a_name_is_no_part_of_it() -> None:
    fs = facts_of("虛擬銀行南湖銀行宣布委任王立群為行政總裁。")
    assert quals(fs, "王立群", "HOLDS_POSITION", "南湖銀行", role="ceo")
    fs = facts_of("纯网银南湖银行聘任王立群为总经理。")
    assert quals(fs, "王立群", "HOLDS_POSITION", "南湖银行", role="general_manager")
    fs = facts_of("南湖銀行於2020年成立，成立時青禾集團持有51%權益。")
    assert quals(fs, "青禾集團", "HOLDS_STAKE", "南湖銀行")["percent"] == 51.0


def test_corner_brackets_never_stay_inside_a_name() -> None:
    fs = facts_of("南湖人壽宣布，公司更名為「南湖保險股份有限公司」。")
    assert "南湖保險股份有限公司" in {f.object.name for f in fs if str(f.predicate) == "RENAMED_TO"}


def _aliases(fs: list, name: str) -> set[str]:
    """All the names of the entity that goes by `name` in the facts."""
    for f in fs:
        for ref in (f.subject, f.object):
            if name == ref.name or name in ref.aliases:
                return {ref.name, *ref.aliases}
    raise AssertionError(f"no {name} in {[f.as_json() for f in fs]}")


@pytest.mark.parametrize("text", [
    "北林数码科技服务股份有限公司（以下简称“北林数科”或“公司”）董事长为周明远。北林数科总经理为林小雨。",  # with 或
    # told clauses after the legal name, in brackets or in a clause of its own
    "北林数码科技服务股份有限公司于2016年在杭州成立，主营供应链金融服务（以下简称“北林数科”或“公司”）。北林数科总经理为林小雨。",
    "北林数码科技服务股份有限公司注册于杭州，由周明远于2016年创立，下称“北林数科”。北林数科总经理为林小雨。",
    "北林数码科技服务股份有限公司，简称北林数科，董事长为周明远。北林数科总经理为林小雨。",  # unquoted, a clause of its own
    "北林数码科技服务股份有限公司（简称北林数科，下同）董事长为周明远。北林数科总经理为林小雨。",  # bare, more in the bracket
    "北林数码科技服务股份有限公司（以下简称‘北林数科’）董事长为周明远。北林数科总经理为林小雨。",  # single quotes
])
def test_a_defined_short_name_is_the_legal_names_entity(text: str) -> None:
    fs = facts_of(text)
    assert quals(fs, "林小雨", "HOLDS_POSITION", "北林数码科技服务股份有限公司")["role"] == "general_manager"
    assert "北林数科" in _aliases(fs, "北林数码科技服务股份有限公司")


def test_a_bracket_glued_to_a_legal_name_defines_that_name_even_if_another_company_fits_better() -> None:
    # a sentence written for this test: 万象 is no letter of 青松安全科技, yet the bracket follows its name
    fs = facts_of("原告东湖银行与万象数科关系密切，其主要股东包括青松安全科技股份有限公司（简称万象），万象持有东湖银行30%股权。")
    assert quals(fs, "青松安全科技股份有限公司", "HOLDS_STAKE", "东湖银行")["percent"] == 30.0
    assert "万象" in _aliases(fs, "青松安全科技股份有限公司")


def test_the_company_defined_as_gongsi_is_what_gongsi_means() -> None:
    fs = facts_of("北林数码科技服务股份有限公司（以下简称“北林数科”或“公司”）公告。东湖小贷成立于2015年，"
                  "东湖小贷注册资本5亿元。公司董事长为周明远。")
    assert quals(fs, "周明远", "HOLDS_POSITION", "北林数科")["role"] == "chairman"
    assert ("周明远", "东湖小贷") not in {(f.subject.name, f.object.name) for f in fs}


def test_the_full_name_given_after_the_short_one() -> None:
    fs = facts_of("北林数科（全称北林数码科技服务股份有限公司）董事长为周明远。北林数科持有东湖小贷60%股权。")
    assert quals(fs, "周明远", "HOLDS_POSITION", "北林数科")["role"] == "chairman"
    assert "北林数码科技服务股份有限公司" in _aliases(fs, "北林数科")
    fs = facts_of("北林数科，全称为北林数码科技服务股份有限公司，成立于2016年。北林数科董事长为周明远。")
    assert "北林数码科技服务股份有限公司" in _aliases(fs, "北林数科")


def test_names_defined_in_corner_brackets_with_or() -> None:
    fs = facts_of("北林金融控股有限公司（「北林金控」或「本公司」）。東湖銀行成立於2001年，東湖銀行總部位於南京。"
                  "本公司持有東湖銀行30%股權。北林金控持有西嶺證券20%股權。")
    assert quals(fs, "北林金融控股有限公司", "HOLDS_STAKE", "東湖銀行")["percent"] == 30.0
    assert "北林金融控股有限公司" in _aliases(fs, "北林金控")
    assert "「北林金控" not in _names("北林金融控股有限公司（「北林金控」）持有東湖銀行30%股權。")
    # quoted words that are no name of the company before them
    fs = facts_of("东湖科技和北林科技（以下合称“双方”）宣布合作。北林科技持有东湖科技5%股权。")
    assert _aliases(fs, "北林科技") == {"北林科技"}


def test_jing_glued_before_a_name_is_the_preposition() -> None:
    fs = facts_of("上述变更事项经北林基金管理有限公司第五届董事会第十二次会议审议通过。公司董事长周明远对陈思远表示感谢。")
    assert quals(fs, "周明远", "HOLDS_POSITION", "北林基金管理有限公司", role="chairman")


def test_a_short_name_defined_in_hong_kong_quotes() -> None:
    # sentences written for this test: "A（「Y」）" defines Y as A's short name; the quote and the words that
    # define it ("下稱「") are no part of a name
    fs = facts_of("南溪控股有限公司（「南溪控股」）透過其全資附屬公司Nanxi Capital Limited持有北林銀行30%權益。")
    assert quals(fs, "Nanxi Capital Limited", "SUBSIDIARY_OF", "南溪控股有限公司")["kind"] == "wholly_owned"
    assert not [f for f in fs if "「" in f.subject.name + f.object.name]
    fs = facts_of("澳門北林人壽保險股份有限公司（下稱「北林人壽」）宣布，北林人壽董事長由周明遠出任。")
    assert not [f for f in fs if "下稱" in f.subject.name + f.object.name]


@pytest.mark.parametrize("text,person,company,role", [
    ("東灣銀行宣布委任區嘉朗為行政總裁。", "區嘉朗", "東灣銀行", "ceo"),  # a Cantonese family name (區 → 区)
    ("南岭证券总经理傅文涛表示，公司将扩大投资。", "傅文涛", "南岭证券", "general_manager"),
    ("北林金控董事長蕭明哲表示，公司將擴大投資。", "蕭明哲", "北林金控", "chairman"),
    ("北林金控總經理粘家豪表示，公司將擴大投資。", "粘家豪", "北林金控", "general_manager"),
    ("南岭银行行长濮阳明辉表示，公司将扩大投资。", "濮阳明辉", "南岭银行", "president"),
])
def test_surnames_of_the_hundred_families_and_of_hong_kong_and_taiwan(text: str, person: str, company: str, role: str) -> None:
    assert quals(facts_of(text), person, "HOLDS_POSITION", company)["role"] == role


@pytest.mark.parametrize("text,person,role", [
    ("北林银行董事长兼首席执行官冉亦凡正在接受采访。", "冉亦凡", "chairman"),  # 亦 is a letter of the name after a title
    ("北林银行公告，严谨之出任总经理。", "严谨之", "general_manager"),  # 严谨 is a word, 出任 and a title frame the name
    ("北林银行董事会决定任命胡也平为行长。", "胡也平", "president"),  # a verb of appointing, then 为 and a title
    ("北林银行公告，李思成为副行长。", "李思成", "vice_president"),  # 为 and a title after three letters
    ("北林银行行长一职由联合创始人严谨之接任。", "严谨之", "president"),  # a founder named like a title's holder
])
def test_a_name_framed_by_a_title_or_an_appointment_keeps_a_function_letter(text: str, person: str, role: str) -> None:
    assert quals(facts_of(text), person, "HOLDS_POSITION", "北林银行")["role"] == role


def test_three_letters_before_wei_and_a_title_unless_two_are_written_alone_more_often() -> None:
    assert "周明成" in _names("北林银行公告，周明成为总经理。")
    names = _names("北林银行公告，周明成为总经理。周明拥有丰富经验。周明是经济学博士。")
    assert "周明" in names and "周明成" not in names


@pytest.mark.parametrize("text,subject,predicate,obj,key,value", [
    ("京和实业控股有限公司董事长周明远表示，公司将扩大投资。", "周明远", "HOLDS_POSITION", "京和实业控股有限公司", "role", "chairman"),
    ("广和资本管理（深圳）有限公司总经理周明远表示。", "周明远", "HOLDS_POSITION", "广和资本管理（深圳）有限公司", "role", "general_manager"),
    ("北林集团和京和实业控股有限公司分别持有东湖科技30%和20%的股份。", "京和实业控股有限公司", "HOLDS_STAKE", "东湖科技", "percent", 20.0),
])
def test_a_one_letter_head_before_he_is_the_start_of_the_name_not_a_conjunct(
        text: str, subject: str, predicate: str, obj: str, key: str, value: object) -> None:
    assert quals(facts_of(text), subject, predicate, obj)[key] == value
    assert "他和北林有限公司" not in _names("他和北林有限公司分别持有东湖科技30%和20%的股份。")


def test_jing_before_a_company_whose_board_approves_is_a_preposition() -> None:
    names = _names("上述事项经北林基金管理有限公司董事会审议通过，同意周明远担任总经理。")
    assert "北林基金管理有限公司" in names and not any(n.startswith("经") for n in names)


def test_muzongsi_before_a_name_is_no_part_of_it_and_names_the_parent() -> None:
    fs = facts_of("北林科技公告，周明远调任母公司北林控股集团有限公司副总裁。")
    assert quals(fs, "周明远", "HOLDS_POSITION", "北林控股集团有限公司")["role"] == "vice_president"
    assert quals(fs, "北林科技", "SUBSIDIARY_OF", "北林控股集团有限公司")["kind"] == "subsidiary"


def test_a_short_name_of_common_letters_with_its_ticker_is_a_company() -> None:
    # 盛 and 元 are common words each; before "（601877.SH）" the pair and its kind's word name a listed company
    fs = facts_of("盛元证券（601877.SH）晚间公告称，公司副总裁陶景行因个人原因辞职。")
    assert quals(fs, "陶景行", "HOLDS_POSITION", "盛元证券", role="vice_president") is not None
    assert quals(fs, "盛元证券", "LISTED_ON", "SSE")["ticker"] == "601877.SH"


def test_a_subsidiary_named_after_the_word_for_one() -> None:
    fs = facts_of("北林金服旗下控股子公司北林信息于2022年9月由新三板转板至北交所上市。")
    assert quals(fs, "北林信息", "SUBSIDIARY_OF", "北林金服")["kind"] == "subsidiary"
    assert quals(fs, "北林信息", "LISTED_ON", "BSE")["date"] == "2022-09"
    assert not facts_of("北林集团旗下子公司均于2023年完成增资。")


def test_a_short_name_said_to_be_one_of_the_legal_name_after_shi() -> None:
    # the legal name begins after 是; the sentence makes the two one company
    fs = facts_of("北林数科是北林数码科技服务股份有限公司的简称，成立于2015年，由周明远创办。")
    assert [(f.subject.name, f.object.name) for f in fs if str(f.predicate) == "FOUNDED"] == [("周明远", "北林数码科技服务股份有限公司")]
    assert "北林数科" in next(f.object.aliases for f in fs if str(f.predicate) == "FOUNDED")


def test_a_founder_described_by_a_former_bank_post() -> None:
    # 前行长: 前行 is a word (to go forward), yet after a bank 行长 is the title
    fs = facts_of("北林数科由东湖银行前行长周明远于2015年创办。")
    assert quals(fs, "周明远", "FOUNDED", "北林数科")["date"] == "2015"
    assert quals(fs, "周明远", "HOLDS_POSITION", "东湖银行")["role"] == "president"


@pytest.mark.parametrize("title,text", [
    ("", "证券代码：600999 证券简称：北林科技 公告编号：2024-031\n北林智能科技股份有限公司（以下简称“公司”）董事会近日收到"
         "董事长周明远的辞职报告。"),
    ("", "证券代码：600999 证券简称：北林科技\n北林智能科技股份有限公司关于董事长辞职的公告\n本公司董事会近日收到董事长周明远的辞职报告。"),
    ("北林科技：关于董事长辞职的公告", "北林智能科技股份有限公司董事会近日收到董事长周明远的辞职报告。"),
])
def test_a_short_name_given_only_in_the_code_header_or_the_headline(title: str, text: str) -> None:
    fs = facts_of(text, title=title)
    company = next(f.object for f in fs if str(f.predicate) == "HOLDS_POSITION")
    assert {company.name, *company.aliases} >= {"北林科技", "北林智能科技股份有限公司"}


def test_an_old_trust_and_investment_company_is_a_legal_name() -> None:
    assert "厦州北林国际信托投资公司" in _names("周明远于1990年创办了厦州北林国际信托投资公司。")


def test_a_given_name_that_ends_in_hang() -> None:
    # 骆景行: 行 ends the given name; before 长 it is 行长, the title
    fs = facts_of("北林金服董事长骆景行于2015年创办了北林金服。")
    assert quals(fs, "骆景行", "FOUNDED", "北林金服")["date"] == "2015"
    assert "周明" in _names("北林银行董事长周明于近日辞职，北林银行行长周明行长期负责零售业务。")


@pytest.mark.parametrize("text,company", [
    ("另据北林银行公告，周明远辞去副行长职务。", "北林银行"),
    ("周明远2015年10月起任东湖银行董事长。", "东湖银行"),
    ("北林保险科技首席技术官周明远表示，平台将继续推进AI理赔。", "北林保险科技"),
])
def test_a_cue_word_before_a_company_or_a_last_word_after_it(text: str, company: str) -> None:
    # 另据 (a source) and 起任 (a date's 起 glued to 任) are not letters of the name; 保险科技 is its last word
    assert company in _names(text)


def test_a_latin_name_that_goes_on_is_not_the_companys_first_word() -> None:
    # "Hongtu Dai" is the earlier brand, not "Hongtu" of Hongtu Finance Holdings Ltd.
    fs = facts_of("Hongtu Finance Holdings Ltd.（以下简称“鸿途金融”）发布公告。鸿途金融前身为“鸿途贷”（Hongtu Dai），"
                  "2020年6月更名为鸿途金融。")
    assert [(f.subject.name, f.object.name) for f in fs if str(f.predicate) == "RENAMED_TO"] == [("鸿途贷", "鸿途金融")]


@pytest.mark.parametrize("text", [
    "在新加坡交易所主板上市的金融科技公司青杉数联（SGX: QSL）周三公布业绩。目前，周明远任公司执行董事兼首席执行官。",
    "金融科技公司青杉数联（新交所：QSL）周三公布业绩。目前，周明远任公司执行董事兼首席执行官。",
    "在纳斯达克上市的金融科技公司青杉数联（NASDAQ: QSL）周三公布业绩。目前，周明远任公司执行董事兼首席执行官。",
])
def test_a_name_before_a_ticker_marked_with_any_exchange_is_the_company(text: str) -> None:
    # the name before "（SGX: QSL）" is a listed company (公司 before it is the word for its kind, not its letters);
    # the exchange it lists on is not the company the text goes on to call 公司
    fs = facts_of(text)
    assert quals(fs, "周明远", "HOLDS_POSITION", "青杉数联", role="ceo")


@pytest.mark.parametrize("text,subject,parent", [
    ("境外上市主体青杉科技控股有限公司2017年注册于开曼群岛，通过香港子公司青杉（香港）有限公司在境内经营。",
     "青杉（香港）有限公司", "青杉科技控股有限公司"),
    ("买方白鹭数科是北林集团旗下的科技平台。", "白鹭数科", "北林集团"),
    ("卖方白鹭数科是北林集团旗下的科技平台。", "白鹭数科", "北林集团"),
    ("同属北林保险集团旗下的北林人寿保险股份有限公司近日披露人事变动。", "北林人寿保险股份有限公司", "北林保险集团"),
    ("白鹭资本是北林银行控股的消费金融子公司。", "白鹭资本", "北林银行"),
])
def test_a_role_noun_before_a_name_or_a_verb_after_it_is_no_part_of_it(text: str, subject: str, parent: str) -> None:
    # 买方/卖方/上市主体/同属 before the name, 控股的 (the verb) after 银行
    assert (subject, parent) in pairs(text, "SUBSIDIARY_OF")


def test_a_years_last_letter_glued_to_a_name_is_no_part_of_it() -> None:
    names = _names("宏睿金融租赁有限公司（以下简称“宏睿金租”）董事会选举周明远为公司董事长，原董事长周立群因到龄退休辞去董事长"
                   "及董事职务。周立群从2013年宏睿金租成立时便出任董事长，在任十余年。")
    assert "宏睿金租" in names and "年宏睿金租" not in names


@pytest.mark.parametrize("text,person", [
    ("北林资本合伙人魏宁称，看好该行业的长期价值。", "魏宁"),
    ("北林基金表示，新总经理正式履职之前，由董事长周鹤年代任总经理。", "周鹤年"),
    ("北林基金公告称，董事长周鹤年自同日起不再代任总经理职务。", "周鹤年"),
    ("北林证券表示，公司首席经济学家一职暂由研究所首席分析师邵启明代为履行。", "邵启明"),
    ("北林银行董事长周明年内将退休。", "周明"),
])
def test_a_given_name_against_the_word_after_it(text: str, person: str) -> None:
    # 称 after a name is the verb of saying; 代为/代任 after a third letter leave it in the name (明代, 年代 are
    # no cut); a given name may end in 年 unless 年 begins a word of time (年内)
    assert person in _names(text)


@pytest.mark.parametrize("name", ["众汇数金", "众汇金科", "众汇数科", "众汇金服", "众汇消金"])
def test_a_coined_word_before_a_fintech_kind_is_a_name(name: str) -> None:
    fs = facts_of(f"公告称，{name}宣布，聘任周明远为首席执行官。")
    assert quals(fs, "周明远", "HOLDS_POSITION", name)["role"] == "ceo"


def test_a_coined_word_before_a_sector_and_a_group_word_is_a_name_and_its_stem_the_same_company() -> None:
    fs = facts_of("联汇科技集团今日在港交所挂牌上市。联汇科技由周明远于2015年创立，周明远目前担任公司首席执行官。")
    assert quals(fs, "周明远", "HOLDS_POSITION", "联汇科技集团")["role"] == "ceo"
    assert quals(fs, "周明远", "FOUNDED", "联汇科技集团") is not None

def test_an_insurer_named_with_its_kind_in_full_is_one_name() -> None:
    """"X人寿保险" (no 股份有限公司) is one name, so a list of children goes on
    past it, and "X人寿" is the same insurer."""
    fs = facts_of("北林金控旗下子公司包括北林商业银行、北林人寿保险、北林证券及北林创业投资，金控对各子公司的持股比率均为100%。")
    assert quals(fs, "北林金控", "HOLDS_STAKE", "北林创业投资")["percent"] == 100.0
    assert quals(fs, "北林人寿保险", "SUBSIDIARY_OF", "北林金控")["kind"] == "wholly_owned"
    fs = facts_of("北林金控旗下子公司包括北林银行、北林人寿保险及北林证券。原金控总经理周明远转任北林人寿董事长。")
    assert quals(fs, "周明远", "HOLDS_POSITION", "北林人寿保险")["role"] == "chairman"
    assert "北林人寿" not in {n for f in fs for n in (f.subject.name, f.object.name)}


def test_a_preposition_of_source_glued_to_the_name_after_it() -> None:
    """"，自宏盛集团取得…": 自 (from) is no letter of the seller's name."""
    fs = facts_of("北林金控2022年9月以现金收购方式，自宏盛集团取得东海银行100%股权。")
    assert quals(fs, "宏盛集团", "SOLD_STAKE", "东海银行")["buyer"] == "北林金控"


def test_a_short_name_in_brackets_after_the_name_is_the_same_company() -> None:
    """"北林金融控股公司（北林金控）": no 简称, yet the bracket right after the
    name gives a short name of it; 金控 alone later is that company, and a
    succession names it as its posts do."""
    fs = facts_of("北林金融控股公司（北林金控）今日召开董事会，推选王立新接任董事长，原董事长李国华转任北林金控顾问。"
                  "董事会同时通过，由子公司北林商业银行总经理邹雨桐升任金控总经理。")
    assert quals(fs, "邹雨桐", "HOLDS_POSITION", "北林金控")["role"] == "general_manager"
    assert quals(fs, "王立新", "HOLDS_POSITION", "北林金融控股", role="chairman")
    assert quals(fs, "王立新", "SUCCEEDED", "李国华")["company"] == "北林金控"


def test_a_local_finance_department_is_named_with_its_place() -> None:
    """"西川市财政局持股8.1%": a city's or province's finance department is a
    holder, named with its place even one no list knows; 财政局 alone is none."""
    fs = facts_of("东海银行前三大股东中，西川市财政局持股8.1%，位列第三。")
    assert quals(fs, "西川市财政局", "HOLDS_STAKE", "东海银行")["percent"] == 8.1
    fs = facts_of("东海农商联合银行由72家农商行共同发起，西川省财政厅出资18亿元，持股比例为34.62%，为第一大股东。")
    assert quals(fs, "西川省财政厅", "HOLDS_STAKE", "东海农商联合银行")["percent"] == 34.62
    assert "财政局" not in _names("据财政局介绍，北林集团持有东海银行10%的股份。")


def test_a_kind_of_business_after_a_coined_word_ends_a_shareholders_name() -> None:
    fs = facts_of("鸿泰实业持有北林科技12.5%股份。")
    assert quals(fs, "鸿泰实业", "HOLDS_STAKE", "北林科技")["percent"] == 12.5
    fs = facts_of("北林科技的第二大股东为瑞丰置业（持股15%）。")
    assert quals(fs, "瑞丰置业", "HOLDS_STAKE", "北林科技")["percent"] == 15.0
    assert not facts_of("公司坚持实业发展，持股比例稳定。")


@pytest.mark.parametrize("text,company", [
    ("11月3日，消费信贷科技公司南溪数科控股有限公司（以下简称“南溪数科”）宣布完成新一轮融资。"
     "公司创始人兼首席执行官周明远表示，资金将用于研发。", "南溪数科控股有限公司"),
    ("供应链金融科技公司北林智算有限公司今日宣布，公司创始人兼首席执行官周明远将带队赴港。", "北林智算有限公司"),
])
def test_common_words_of_a_business_before_its_kind_and_a_name_describe_that_company(text: str, company: str) -> None:
    # "消费信贷科技" + "公司" + a name: the words say what the named company does; they name no company of their own
    fs = facts_of(text)
    assert quals(fs, "周明远", "HOLDS_POSITION", company)["role"] == "ceo"
    assert quals(fs, "周明远", "FOUNDED", company) is not None
    assert not ({"消费信贷科技", "供应链金融科技"} & _names(text))


def test_a_coined_word_before_a_kind_and_a_name_stays_a_name() -> None:
    fs = facts_of("南溪科技公司董事长周明远表示，公司将扩大研发投入。")
    assert quals(fs, "周明远", "HOLDS_POSITION", "南溪科技")["role"] == "chairman"


@pytest.mark.parametrize("text,company", [
    ("跨境支付服务商西岭支付宣布，公司首席执行官周明远出任董事长。", "西岭支付"),
    ("数字营销技术提供商北林科技宣布，公司首席执行官周明远出任董事长。", "北林科技"),
])
def test_a_provider_word_before_a_name_is_no_part_of_it(text: str, company: str) -> None:
    # "服务商" (提供商, 运营商, 供应商) says what kind of firm the name after it is, as 公司 and 平台 do
    assert quals(facts_of(text), "周明远", "HOLDS_POSITION", company, role="chairman")


def test_a_holding_company_and_a_hong_kong_arm_sharing_a_stem_are_two_companies() -> None:
    # "X控股有限公司" and "X（香港）有限公司": one stem, two legal names, two companies
    fs = facts_of("澄衡信息技术股份有限公司（以下简称“澄衡信息”、“本公司”）股票今日上市。杭州澄衡控股有限公司（以下简称“澄衡控股”）"
                  "直接持有公司41.25%的股份。截至本公告书签署日，公司拥有澄衡（香港）有限公司、成都澄衡云科技有限公司两家全资子公司。")
    assert quals(fs, "杭州澄衡控股有限公司", "HOLDS_STAKE", "澄衡信息技术股份有限公司") == {"percent": 41.25}
    assert quals(fs, "澄衡（香港）有限公司", "SUBSIDIARY_OF", "澄衡信息技术股份有限公司") == {"kind": "wholly_owned"}
    assert not [f for f in fs if f.subject.name == "澄衡（香港）有限公司" and str(f.predicate) == "HOLDS_STAKE"]


def test_a_rural_credit_union_is_a_company_renamed_into_a_rural_bank() -> None:
    # a county's rural credit union named as a rural bank's predecessor (前身为), then its restructuring into one: the union is a company
    fs = facts_of("北林农商银行的前身为南屿县农村信用合作联社，2011年改制为农商银行，总部设在县城。")
    assert quals(fs, "南屿县农村信用合作联社", "RENAMED_TO", "北林农商银行") == {"date": "2011"}


def test_a_former_employer_describing_a_person_is_not_what_the_text_is_about() -> None:
    # "时任C主任的他辞职…": C describes the person; the post the next sentence gives is at the company it names
    fs = facts_of("东湖控股集团有限公司（以下简称“东湖集团”）创始人周明远逝世。1988年，时任平阳县城关信用社主任的他辞职下海，创办东湖信达服务部。"
                  "1996年，服务部改制为东湖控股集团有限公司，周明远出任董事长兼总裁。")
    assert not [f for f in fs if f.object.name == "平阳县城关信用社" and str(f.predicate) == "HOLDS_POSITION" and f.qualifiers.get("start")]


@pytest.mark.parametrize("text,person", [
    ("北林银行股东大会选举王明远、周书航为执行董事。", "周书航"),
    ("周书航自2019年10月起出任北林银行行长，此前为副行长。", "周书航"),
])
def test_a_given_name_may_begin_with_shu(text: str, person: str) -> None:
    # 书 is kept out of names for 秘书 and 书记, not when it begins a given name
    assert person in _names(text)


def test_a_bullet_before_a_heading_is_no_part_of_the_name() -> None:
    # "■C：A辞任T，B接棒": a digest's item mark, not a letter of the company's name
    text = ("■北林证券：周明远辞任总经理，吴思齐接棒\n9月2日晚间，北林证券股份有限公司公告称，公司总经理周明远辞去公司总经理职务。"
            "董事会当天即聘任吴思齐为公司总经理。")
    assert not any(n.startswith("■") for n in _names(text))


def test_a_name_before_a_former_post_with_wei() -> None:
    # "P此前为C T": 此前为 is a person's verb, so the letters before it are a name
    assert "吴思齐" in _names("北林银行监管局核准王明远北林银行董事长的任职资格。吴思齐此前为南岭农商银行行长。")


def test_a_son_named_after_you_is_a_person() -> None:
    # "由长子P接棒": the kin word before the name, and the son takes the post his father left
    fs = facts_of("2015年，周明远卸任北林集团董事长，由长子周承泽接棒。")
    assert quals(fs, "周承泽", "SUCCEEDED", "周明远")["role"] == "chairman"


@pytest.mark.parametrize(("text", "full", "short"), [
    # sentences written for this test: a full name, then the short form a reader makes of it, never declared
    ("成都锐驰电子商务有限公司近日完成融资。锐驰电商持有东湖小贷12%股权。", "成都锐驰电子商务有限公司", "锐驰电商"),
    ("北林金融控股集团有限公司发布公告。北林金控持有南川证券35%股份。", "北林金融控股集团有限公司", "北林金控"),
    ("南溪农村商业银行股份有限公司发布公告。南溪农商行持有东湖小贷20%股权。", "南溪农村商业银行股份有限公司", "南溪农商行"),
    ("四川川岭供应链管理有限公司发布公告。川岭供应链持有东湖小贷20%股权。", "四川川岭供应链管理有限公司", "川岭供应链"),
    ("安徽青禾资本管理有限公司发布公告。青禾资本持有东湖小贷20%股权。", "安徽青禾资本管理有限公司", "青禾资本"),
    ("六安市建设投资集团有限公司发布公告。六安建投持有东湖小贷20%股权。", "六安市建设投资集团有限公司", "六安建投"),
])
def test_a_short_form_made_from_the_full_name_is_that_company(text: str, full: str, short: str) -> None:
    fs = facts_of(text)
    assert short in _aliases(fs, full)
    assert full in {f.subject.name for f in fs if str(f.predicate) == "HOLDS_STAKE"}


def test_a_short_form_two_companies_yield_names_neither() -> None:
    fs = facts_of("北林金融控股集团有限公司、上海北林金融控股有限公司与成都锐驰电子商务有限公司发布公告。"
                  "北林金控持有南川证券35%股份。锐驰电商持有南川证券12%股份。")
    holders = {f.subject.name for f in fs if str(f.predicate) == "HOLDS_STAKE"}
    assert "成都锐驰电子商务有限公司" in holders
    assert not holders & {"北林金融控股集团有限公司", "上海北林金融控股有限公司"}


@pytest.mark.parametrize("text,founder,company", [
    ("瑛联集团由周明远于2016年创立。", "周明远", "瑛联集团"),
    ("珩联控股由李东明于2012年创立。", "李东明", "珩联控股"),
])
def test_a_coined_name_the_segmenter_cuts_into_letters_before_a_group_word(text: str, founder: str, company: str) -> None:
    assert (founder, company) in pairs(text, "FOUNDED")


def test_the_seat_in_brackets_before_the_legal_form_leaves_the_name_before_it_whole() -> None:
    fs = facts_of("澄融融资担保（杭州）有限公司持有东湖科技8%的股份。")
    assert quals(fs, "澄融融资担保（杭州）有限公司", "HOLDS_STAKE", "东湖科技")["percent"] == 8.0


def test_a_state_investment_firm_named_with_guotou_is_a_company() -> None:
    # X国投 (a city's state investment firm) names a buyer; 国投 inside 外国投资者, 美国投行 does not
    assert quals(facts_of("明德资本向江口国投转让所持北林消费金融有限公司15%股权一事已于11月17日完成交割。"),
                 "明德资本", "SOLD_STAKE", "北林消费金融有限公司")["buyer"] == "江口国投"
    assert not _names("外国投资者和美国投行纷纷入场，各国投票结果显示中国投入巨资。")


@pytest.mark.parametrize("text,person", [
    ("据介绍，前同事林志坚现任东湖科技总经理。", "林志坚"),
    ("周明远的老同学林志坚现任东湖科技总经理。", "林志坚"),
])
def test_a_name_after_a_word_of_relation_is_a_person(text: str, person: str) -> None:
    assert person in _names(text)


def test_a_word_of_relation_before_a_common_word_names_no_one() -> None:
    assert not {n for n in _names("东湖科技的同事关系很融洽，周明远任东湖科技总经理。") if n.startswith("关")}


def test_an_interviews_surname_and_post_stands_for_the_one_person_of_that_surname() -> None:
    text = ("记者：您是怎么来到星河科技的？骆知行：星河科技是丁慕白一手创办的。"
            "记者：丁总现在负责什么？骆知行：丁总转任董事长，继续管战略。")
    fs = facts_of(text)
    assert ("丁慕白", "星河科技") in {(f.subject.name, f.object.name) for f in fs if str(f.predicate) == "FOUNDED"}
    assert quals(fs, "丁慕白", "HOLDS_POSITION", "星河科技")["role"] == "chairman"


def test_a_surname_and_post_with_two_people_of_that_surname_stands_for_neither() -> None:
    from extract.honorific_names import honorific_forms
    from extract.lexicon import get_lexicon

    text = "北林银行董事长丁慕白、行长丁思远接受采访。丁总转任南岭科技董事长。"
    assert honorific_forms(text, get_lexicon(), {"丁慕白": 7, "丁思远": 13}) == {}
    assert honorific_forms(text, get_lexicon(), {"丁慕白": 7}) == {"丁总": "丁慕白"}
    assert honorific_forms("丁总经理表示满意。", get_lexicon(), {"丁慕白": 0}) == {}


def test_a_firm_name_before_the_word_for_exchange_is_the_exchange_s_head_not_the_company_in_focus() -> None:
    for exchange in ("北林证券交易所", "上海证券交易所"):
        text = (f"据{exchange}上市审核委员会公告，南岭精工股份有限公司首发申请获审议通过。"
                "南岭精工控股股东为周明远，其持有公司40%股份。")
        fs = facts_of(text)
        assert {f.object.name for f in fs if str(f.predicate) == "HOLDS_STAKE"} == {"南岭精工股份有限公司"}, exchange


def test_local_state_capital_before_the_word_for_holding_is_a_phrase_not_a_company() -> None:
    from extract.inventory import headline_companies
    from extract.lexicon import get_lexicon

    lex = get_lexicon()
    assert headline_companies("券商专题：股权梳理——地方国资控股仍是主流", lex) == []
    assert headline_companies("北林国资控股公告", lex) == [("北林国资控股", "北林国资控股")]


def test_a_full_name_given_right_after_the_short_one_with_quancheng() -> None:
    fs = facts_of("北林数科全称杭州北林数字科技有限公司，是一家风控服务商。周明远担任北林数科董事长。")
    names = {n for f in fs for n in (f.object.name, *f.object.aliases)}
    assert {"北林数科", "杭州北林数字科技有限公司"} <= names
    assert not any("全称" in n for n in names)


def test_a_three_letter_name_in_a_list_of_titled_names_whose_first_two_letters_make_a_word() -> None:
    fs = facts_of("2024年3月，北林信托聘任周明远为董事长。北林信托原董事长严守安、原总经理韩立新均已于去年12月被有关部门带走调查。")
    assert ("严守安", "HOLDS_POSITION", "北林信托", "chairman") in triples(fs)
    assert ("周明远", "SUCCEEDED", "严守安", "chairman") in triples(fs, "SUCCEEDED")


def test_a_conjunction_a_glued_preposition_or_a_notice_word_never_begins_a_company_name() -> None:
    # "，以及X有限公司", "转让予X" (the HMM glues 予 to the name), "现将X股份有限公司…披露如下"
    assert "丙石保险经纪有限公司" in _names("北林网络科技有限公司持有的甲山支付有限公司100%股权，以及丙石保险经纪有限公司70%股权，已全部转让予东山集团。")
    fs = facts_of("东山集团已将所持南岭支付有限公司30%股权全部转让予北林金控。")
    assert quals(fs, "东山集团", "SOLD_STAKE", "南岭支付有限公司")["buyer"] == "北林金控"
    assert "北林人寿保险股份有限公司" in _names("现将北林人寿保险股份有限公司的关联交易信息披露如下：东山集团持有北林人寿保险股份有限公司51%的股份。")


def test_a_report_glossary_defines_the_parties_names() -> None:
    # a disclosure report's 释义: "信息披露义务人、A：指X；上市公司、B：指Y" — each name before 指 is one for the company after it
    text = ("上市公司名称：北林新材料股份有限公司。\n信息披露义务人、东山投资：指西岭东山股权投资合伙企业（有限合伙）；"
            "上市公司、北林新材：指北林新材料股份有限公司；收购人、青山产投：指青山市青山产投集团有限公司。\n"
            "截至本报告书签署日，青山产投合计持有上市公司27.60%的股份，为上市公司控股股东。")
    fs = facts_of(text)
    assert quals(fs, "青山市青山产投集团有限公司", "HOLDS_STAKE", "北林新材料股份有限公司")["percent"] == 27.6
    assert not any(n.startswith("指") for f in fs for n in (f.subject.name, f.object.name))


def test_two_letters_jieba_cuts_apart_before_a_licensed_kind_are_a_name() -> None:
    # 鼎 and 丰 are common letters jieba knows no word of together: before 证券/信托, a firm's name
    fs = facts_of("3、鼎丰证券：近年来业务扩张较快，第一大股东杭州鼎丰科技集团有限公司持股18%。")
    assert quals(fs, "杭州鼎丰科技集团有限公司", "HOLDS_STAKE", "鼎丰证券")["percent"] == 18.0
    fs = facts_of("瑞禾信托的第一大股东为南溪实业有限公司，持股35%。")
    assert quals(fs, "南溪实业有限公司", "HOLDS_STAKE", "瑞禾信托")["percent"] == 35.0


def test_a_brand_written_alone_again_and_again_names_the_company_named_once() -> None:
    # 岚熙科技 is written once; 岚熙 alone twice after: the company, so 公司 later is 岚熙科技, not the broker named between
    text = ("今年1月1日起，美股上市金融科技公司岚熙科技（NASDAQ:LXKJ）迎来新任首席执行官周明远。周明远已在岚熙工作九年。"
            "2009年他去了南溪证券，在那里待了七年。周明远说，岚熙是林海峰创办的，2016年他从南溪证券辞职创业，"
            "2021年3月，公司登陆纳斯达克。")
    assert ("南溪证券", "NASDAQ") not in pairs(text, "LISTED_ON")
    assert quals(facts_of(text), "岚熙科技", "LISTED_ON", "NASDAQ")["date"] == "2021-03"


def test_a_letter_jieba_knows_only_as_a_rare_measure_word_opens_a_name() -> None:
    # 泓 is a measure word to jieba (一泓清泉); before 达 (a verb) and a kind it is the name's first letter
    text = "股权变更前，泓达银行、西林能源集团有限公司分别持有东岸金融租赁有限公司55%和45%的股权。"
    assert quals(facts_of(text), "泓达银行", "HOLDS_STAKE", "东岸金融租赁有限公司")["percent"] == 55.0
    text = "西林能源集团有限公司所持泓达金融租赁有限公司20%股权转让项目已于近日成交，受让方为南屏资本有限公司，价款未披露。"
    assert ("西林能源集团有限公司", "泓达金融租赁有限公司") in pairs(text, "SOLD_STAKE")


def test_the_word_shareholder_cut_apart_is_no_part_of_the_name_after_it() -> None:
    # "另一股东南林…": jieba reads 一股 + 东南; 东 ends 股东, the name begins at 南
    text = "另一股东南林城北产业投资有限公司持有东岸金融租赁有限公司35%股权。"
    assert ("南林城北产业投资有限公司", "东岸金融租赁有限公司") in pairs(text, "HOLDS_STAKE")
    assert "东方华信科技有限公司" in _names("北林科技有限公司于2023年入股东方华信科技有限公司，持股20%。")


def test_an_urban_cooperative_bank_is_a_kind_of_firm() -> None:
    # 城市合作银行 (the old urban cooperative banks): "X城市合作银行" is one name, not the short name X and a phrase
    text = "东溪银行股份有限公司（以下简称“东溪银行”）近日开业二十周年。该行前身为1996年组建的东溪城市合作银行，2009年更名为现名。"
    assert ("东溪城市合作银行", "东溪银行股份有限公司") in pairs(text, "RENAMED_TO")


def test_a_native_bank_yinhao_is_a_kind_of_firm() -> None:
    # 银号 (an old Chinese banking house): "X银号" is one name, renamed into a bank
    fs = facts_of("1985年，北濠銀號取得銀行牌照，改名為北濠銀行有限公司。")
    assert quals(fs, "北濠銀號", "RENAMED_TO", "北濠銀行有限公司")["date"] == "1985"


def test_xi_between_a_short_name_and_a_legal_name_is_no_letter_of_either() -> None:
    # "A投资系B集团有限公司全资子公司": 系 (is) is never a letter of a coined name cut apart
    text = "北方投资控股有限公司（“北方投资”）受让了股权。北方投资系广州北方集团有限公司全资子公司。"
    assert quals(facts_of(text), "北方投资", "SUBSIDIARY_OF", "广州北方集团有限公司")["kind"] == "wholly_owned"


def test_an_interview_word_never_begins_a_company_name() -> None:
    # sentences written for this test: "对话X创始人P", "专访X董事长P" — the journalism verb is no letter of the name
    fs = facts_of("对话北林科技创始人周明远。")
    assert {(f.subject.name, f.object.name) for f in fs if str(f.predicate) == "FOUNDED"} == {("周明远", "北林科技")}
    assert "北林科技" in _names("专访北林科技董事长周明远：北林科技持有南岭支付有限公司30%股权。")


def test_the_person_a_post_is_handed_to_is_a_person() -> None:
    # sentences written for this test: "您把T交给了P" names P, whom the answer then calls by given name
    text = ("编者按：本刊记者专访了北林数科创始人、董事长周明远。\n问：2022年您把首席执行官交给了吴思齐，外界有很多猜测。\n"
            "周明远：思齐原来是我们的首席运营官，业务比我更熟。")
    fs = facts_of(text)
    assert any(f.subject.name == "吴思齐" and f.subject.type == "Person" for f in fs)


def test_a_portrait_headline_names_the_company_after_ji() -> None:
    # "……——记X银行": 记 (an account of) after the headline's dash is not the name's first letter
    fs = facts_of("二十年来，该行始终坚持服务本地。北林集团为该行第一大股东，持股12%。", title="服务小微二十年——记北林农商银行")
    assert {f.object.name for f in fs if str(f.predicate) == "HOLDS_STAKE"} == {"北林农商银行"}


def test_a_kind_of_ownership_before_a_name_is_not_part_of_it() -> None:
    # "民营企业X", "国有企业X": what kind of firm X is, then its name
    assert pairs("民营企业北林科技集团有限公司持有东海银行5%股份。", "HOLDS_STAKE") == {("北林科技集团有限公司", "东海银行")}
    assert pairs("地方国企南屿控股集团有限公司持有东海银行8%股份。", "HOLDS_STAKE") == {("南屿控股集团有限公司", "东海银行")}


def test_a_dated_increase_of_holding_does_not_glue_to_the_name() -> None:
    # "A于6月18日增持B约500万股": the HMM cuts "日增" + "持北林"; 持 is the verb's, not the name's first letter
    fs = facts_of("北林集团于6月18日增持北林金融500万股，持股比例升至38.05%。")
    assert pairs("北林集团于6月18日增持北林金融500万股，持股比例升至38.05%。", "HOLDS_STAKE") == {("北林集团", "北林金融")}
    assert all("增持" not in f.object.name for f in fs)


def test_this_is_before_a_name_is_not_part_of_it() -> None:
    # "，这是X今年第二次…": the HMM makes 这是 (this is) a word; it never opens a name
    fs = facts_of("北林信托有限责任公司将其持有的本公司25%股权转让给星野资本。\n南屿基金管理有限公司\n2025年9月15日\n"
                  "记者注意到，这是北林信托今年第二次处置基金公司股权。今年3月，该公司已将所持西山基金20%股权挂牌转让。")
    assert not [f for f in fs if f.subject.name.startswith("这是")]


def test_a_three_letter_name_closed_by_punctuation_whose_first_two_are_no_name() -> None:
    fs = facts_of("北林人寿保险股份有限公司日前公告。南山资产董事长为周明远，总经理为贺书言。")
    assert quals(fs, "贺书言", "HOLDS_POSITION", "南山资产", role="general_manager") is not None


def test_qian_before_a_company_marks_a_former_employer_not_a_letter_of_the_name() -> None:
    fs = facts_of("北林科技成立于2018年，由前南山集团副总裁周明远与吴启航共同创立。")
    assert ("周明远", "HOLDS_POSITION", "南山集团", "vice_president") in triples(fs)


def test_an_ambiguous_surname_approved_for_a_posts_qualification_is_a_name() -> None:
    fs = facts_of("北林消费金融有限公司公告，监管部门已核准程岚担任北林消费金融有限公司总经理的任职资格。")
    assert quals(fs, "程岚", "HOLDS_POSITION", "北林消费金融有限公司", role="general_manager") is not None


def test_a_listed_company_word_then_a_name_and_its_code_gives_the_whole_name() -> None:
    # "上市公司X（920111）": X whole, though its first letter is a surname alone (易, 林) — it is the 公司 of the sentence
    text = "5月6日晚间，北交所上市公司易川通（920111）发布公告称，公司董事长兼总经理周明远与李佳已解除婚姻关系。"
    assert quals(facts_of(text), "周明远", "HOLDS_POSITION", "易川通", role="chairman") is not None
    text = "沪市上市公司林禾达（603999）公告，公司副总经理吴启航因个人原因辞职。"
    assert ("吴启航", "HOLDS_POSITION", "林禾达", "deputy_general_manager") in triples(facts_of(text))


def test_a_copula_the_hmm_glued_to_the_appointees_name_is_no_letter_of_the_company() -> None:
    # "聘任" + "李佳为" + "北林银行": 为 ends the person's clause, the bank's name begins after it
    fs = facts_of("聘任李佳为北林银行首席风险官。")
    assert ("李佳", "HOLDS_POSITION", "北林银行", "cro") in triples(fs)
    assert not [f for f in fs if f.object.name.startswith("为")]


def test_a_literary_letter_inside_a_coined_legal_name() -> None:
    """"鸥" + "兹": jieba knows 兹 only as a literary pronoun; between a name's letters it is one of them."""
    from extract.companies import find_companies
    from extract.lexicon import get_lexicon
    from extract.mention_records import Inventory
    text = "11月2日，鸥兹金融控股集团有限公司揭牌成立。"
    inv = Inventory()
    find_companies(inv, text, get_lexicon(), lambda a, b: text[a:b])
    assert [e.name for e in inv.companies()] == ["鸥兹金融控股集团有限公司"]


def test_which_government_owns_a_firm_is_no_part_of_its_name() -> None:
    from extract.companies import find_companies
    from extract.lexicon import get_lexicon
    from extract.mention_records import Inventory
    text = "北林金控以省属北林产业投资有限公司为基础组建。"
    inv = Inventory()
    find_companies(inv, text, get_lexicon(), lambda a, b: text[a:b])
    assert "北林产业投资有限公司" in [e.name for e in inv.companies()]


def test_no_generic_word_among_an_entity_s_output_aliases() -> None:
    """"发行人" and "韦总" meant these two in this article, but as names they would stand for any issuer and
    any 韦 with a post; a place and a kind ("九江国投") is the firm's own short name and stays."""
    fs = facts_of("青禾数科股份有限公司（以下简称“发行人”）董事会于2024年3月5日聘任韦立明为发行人总经理。"
                  "韦总表示，公司将继续深耕支付业务。九江市国有资本投资集团有限公司（简称“九江国投”）持有发行人12%的股份。")
    assert quals(fs, "韦立明", "HOLDS_POSITION", "青禾数科股份有限公司")["role"] == "general_manager"
    assert _aliases(fs, "青禾数科股份有限公司") == {"青禾数科股份有限公司"}
    assert _aliases(fs, "韦立明") == {"韦立明"}
    assert "九江国投" in _aliases(fs, "九江市国有资本投资集团有限公司")


def test_a_listed_company_sharing_its_brand_with_its_holder_is_a_company_of_its_own() -> None:
    """"挂牌公司X（code）" names a company even when a known holder's short name (青岚 of 青岚投资)
    begins it; the story goes on calling it 公司, and its mentions make it the company in focus."""
    text = ("本报讯 新三板挂牌公司青岚数智（873345）昨日公告，原控股股东北京青岚投资有限公司（以下简称“青岚投资”）"
            "将其持有的青岚数智20.00%股份转让给浙江远澄控股集团有限公司（以下简称“远澄控股”）。"
            "本次变动前，青岚投资持有公司41.00%股份，远澄控股持有10.00%。变动后，远澄控股持股比例升至30.00%，成为公司控股股东。")
    fs = facts_of(text, title="青岚数智控股股东变更：远澄控股入主")
    assert quals(fs, "青岚投资", "SOLD_STAKE", "青岚数智")["percent"] == 20.0
    held = {(f.subject.name, f.object.name, f.qualifiers.get("percent")) for f in fs if str(f.predicate) == "HOLDS_STAKE"}
    assert {("青岚投资", "青岚数智", 41.0), ("远澄控股", "青岚数智", 10.0), ("远澄控股", "青岚数智", 30.0)} <= held


def test_a_legal_name_holding_a_dictionary_name_is_the_company_its_definition_names() -> None:
    """"宁银消费金融" (a name the dictionary knows) + "股份有限公司", then "（下称“宁银消金”）": one company,
    its legal name among its names, not the dictionary's company beside a second one of the legal name."""
    fs = facts_of("宁银消费金融股份有限公司（下称“宁银消金”）成立于2017年。东湖集团持有宁银消金20%股权。")
    held = next(f.object for f in fs if str(f.predicate) == "HOLDS_STAKE" and f.subject.name == "东湖集团")
    assert "宁银消费金融股份有限公司" in {held.name, *held.aliases}


def test_a_short_name_given_by_its_securities_label_in_brackets_is_the_company_s() -> None:
    """A company's legal name with its securities short name and code in brackets: the short name is the company's, so "Y控股股东为A" is about X
    (控股股东 the kind of holder, not a company "Y控股")."""
    text = ("苏州青澜精工科技股份有限公司（证券简称：青澜精工，证券代码：688799）12月2日起于科创板挂牌交易，开盘即大涨。"
            "青澜精工控股股东为苏州青澜投资有限公司，发行前持有公司52.1%股份。")
    fs = facts_of(text, date="2025-12-03")
    names = {n for f in fs for n in (f.subject.name, f.object.name)}
    assert "青澜精工控股" not in names
    q = quals(fs, "苏州青澜投资有限公司", "HOLDS_STAKE", "苏州青澜精工科技股份有限公司")
    assert q["percent"] == 52.1
    issuer = next(f.subject for f in fs if str(f.predicate) == "LISTED_ON")
    assert "青澜精工" in {issuer.name, *issuer.aliases}
    fs = facts_of("青澜金融租赁有限公司为本次债券的发行人。苏州青澜投资有限公司为发行人控股股东，持有发行人80%股权。")
    assert "发行人" not in {n for f in fs for n in (f.subject.name, f.object.name)}


def test_a_news_site_s_dateline_is_no_company() -> None:
    fs = facts_of("上证报澜江证券网讯（记者 李明）北林科技控股股东南湖投资有限公司持有公司40%股份。")
    assert not any("澜江证券" in n for f in fs for n in (f.subject.name, f.object.name))
    assert ("南湖投资有限公司", "北林科技") in {(f.subject.name, f.object.name) for f in fs}


def test_a_savings_society_or_credit_union_a_bank_was_before_is_its_former_name() -> None:
    """"前身为X储蓄会" / "前身为X联社": a two-letter name before the kind is enough (储蓄会, 联社 are no
    words of a clause), and the bank was renamed from it."""
    fs = facts_of("北岸商业银行股份有限公司（下称“北岸商银”）成立于1974年，前身为北岸储蓄会，1988年改组为银行并易名至今。")
    assert ("北岸储蓄会", "北岸商业银行股份有限公司") in {(f.subject.name, f.object.name) for f in fs if str(f.predicate) == "RENAMED_TO"}


def test_a_credit_union_reorganised_into_a_bank_is_renamed() -> None:
    """"批复同意X联社改制为Y农商银行": a sentence whose only word of a rename is 改制为 is read too."""
    fs = facts_of("这家新银行由原南岭县农村信用合作联社（下称“南岭县联社”）组建。2024年12月，金融监管局批复同意南岭县联社改制为南岭农商银行。")
    q = quals(fs, "南岭县联社", "RENAMED_TO", "南岭农商银行")
    assert q["date"] == "2024-12"


def test_a_short_name_in_quotes_before_the_ticker_in_one_bracket_is_the_company_s() -> None:
    """"X控股有限公司（「Y」，02999.HK）": Y, quoted at the head of the bracket, is X's short name;
    "P为集团创办人" then names the group P founded."""
    fs = facts_of("北星云科技控股有限公司（「北星科技」，02999.HK）本周一在聯交所網站刊發年度業績。"
                  "周咏诗为集团创办人。南岳投资有限公司持有北星科技约52.36%已发行股份。")
    assert quals(fs, "南岳投资有限公司", "HOLDS_STAKE", "北星云科技控股有限公司")["percent"] == 52.36
    assert any(f.subject.name == "周咏诗" and "北星云科技控股有限公司" in {f.object.name, *f.object.aliases}
               for f in fs if str(f.predicate) == "FOUNDED")


def test_a_round_of_funding_is_no_company() -> None:
    """"A轮投资", "天使轮融资": a round of funding before a suffix's word names no company."""
    fs = facts_of("据了解，北辰科技此前曾获数千万元A轮投资。工商信息显示，A轮完成后，周启明直接持股52.3%，为公司第一大股东；南屿创投持股12.5%。")
    assert not any("轮" in n for f in fs for n in (f.subject.name, f.object.name))
    assert quals(fs, "南屿创投", "HOLDS_STAKE", "北辰科技")["percent"] == 12.5


def test_a_verb_of_taking_a_stake_opens_no_name_in_a_headline() -> None:
    """"A三度举牌B银行H股": 举牌 (crossing a disclosure line) is what A did, not the first letters of B's name."""
    from extract.inventory import headline_companies
    from extract.lexicon import get_lexicon
    names = [n for n, _k in headline_companies("北岭人寿三度举牌南江银行H股 持股比例升至15.01%", get_lexicon())]
    assert "南江银行" in names and not any("举牌" in n for n in names)


def test_a_deals_party_noun_before_a_name_is_no_part_of_it() -> None:
    """"B轮领投方X创业投资有限公司持股约6%": 领投方 (the lead investor) says what X was in the round."""
    got = pairs("南屿科技上市后，B轮领投方北坪创业投资有限公司持股约6.10%。", "HOLDS_STAKE")
    assert not any("领投方" in s for s, _o in got)


def test_when_a_predecessor_began_is_no_part_of_its_name() -> None:
    """"前身為" + a year in Chinese numerals + "創立的X": when (and where) it began stands before the name."""
    got = pairs("嘉順銀行前身為一九五九年在香港創立的華僑商業儲蓄銀行，二〇〇三年起使用現名。", "RENAMED_TO")
    assert got == {("華僑商業儲蓄銀行", "嘉順銀行")}


def test_a_notices_refers_to_is_no_part_of_a_name() -> None:
    """"茲提述X（前稱Y）": a Hong Kong notice's "refers to" before the name."""
    got = pairs("茲提述翠嶺金融集團有限公司（前稱翠嶺實業有限公司）（「本公司」）於二零二三年九月五日刊發之公告。",
                "RENAMED_TO")
    assert got == {("翠嶺實業有限公司", "翠嶺金融集團有限公司")}


def test_a_kind_of_fund_before_a_name_is_no_part_of_it() -> None:
    """"國際私募基金X資本": the kind of fund (cut in two by the segmenter) stands before the name."""
    facts = facts_of("嘉順科技創辦人周志朗持有嘉順科技約31.2%股份；國際私募基金黑石資本則持股約9.8%。")
    assert quals(facts, "黑石資本", "HOLDS_STAKE", "嘉順科技")["percent"] == 9.8


def test_a_banks_kind_after_its_province_is_no_part_of_its_name() -> None:
    """A province + "城商行" + "X銀行股份有限公司": the province and the kind of bank describe it before its name."""
    got = pairs("作為湖南首家赴港上市的區域銀行，湖南城商行翠嶺銀行股份有限公司（1587）昨日於港交所主板上市。", "LISTED_ON")
    assert got == {("翠嶺銀行股份有限公司", "HKEX")}
