"""Where a company's name begins and whether a coined name is one, on
sentences written for these tests (made-up names, not gold text): a party's
role noun, a verb glued to the name, 原/现 before it, a clause-initial verb
after a rare word, an institution word before the legal suffix."""

from __future__ import annotations

from .helpers import facts_of, quals


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


def test_a_short_name_defined_in_hong_kong_quotes() -> None:
    # sentences written for this test: "A（「Y」）" defines Y as A's short name; the quote and the words that
    # define it ("下稱「") are no part of a name
    fs = facts_of("南溪控股有限公司（「南溪控股」）透過其全資附屬公司Nanxi Capital Limited持有北林銀行30%權益。")
    assert quals(fs, "Nanxi Capital Limited", "SUBSIDIARY_OF", "南溪控股有限公司")["kind"] == "wholly_owned"
    assert not [f for f in fs if "「" in f.subject.name + f.object.name]
    fs = facts_of("澳門北林人壽保險股份有限公司（下稱「北林人壽」）宣布，北林人壽董事長由周明遠出任。")
    assert not [f for f in fs if "下稱" in f.subject.name + f.object.name]
