"""Name boundaries, lists and titles read in the twenty-third session: a filing's literary copula 乃 and an
official's 同志 glued to the company after them, a short name defined right after a legal name whose first word
is a verb, a trade noun jieba cuts at a numeral (企业年金), a city and its district opening a legal name, a
bankers' association (公会), a list of names with one's own post in brackets, groups of titles before one
person's, a three-letter name before 去年, a president who is also chief executive, and 现时 before 林先生."""

from extract.company_names import company_left_boundary
from extract.lexicon import get_lexicon
from tests.helpers import facts_of, pairs, posts


def _companies(text: str) -> set[str]:
    return {f.object.name for f in facts_of(text) if f.object.type == "Company"} | {
        f.subject.name for f in facts_of(text) if f.subject.type == "Company"}


def test_literary_copula_before_the_name_is_no_letter_of_it() -> None:
    text = "此份通函乃恒岳資本控股有限公司（「本公司」）就建議出售事項而刊發。梁嘉偉先生為本公司主席。"
    assert ("梁嘉偉", "恒岳資本控股有限公司", "chairman") in posts(text)
    # (乃由: the preposition after the copula is no letter of the name either)
    text = "此份通函乃由恒岳資本控股有限公司（「本公司」）之清盤人刊發。梁嘉偉先生為本公司主席。"
    assert all(not n.startswith(("乃", "由")) for n in _companies(text))


def test_defined_short_name_restores_a_verb_like_head() -> None:
    text = "據披露，主要股東晉升資本有限公司（「晉升資本」）持有本公司約35.2%股份，並由陳國華先生全資擁有。"
    assert ("陳國華", "晉升資本有限公司") in pairs(text, "HOLDS_STAKE")


def test_comrade_after_a_name_ends_the_walk_back() -> None:
    text = "会议决定：免去李晓东同志青禾农商银行行长职务。"
    assert {c for _p, c, _r in posts(text)} == {"青禾农商银行"}
    # (同志 then the verb 任 jieba glues to the name: the verb is no letter of it)
    assert {c for _p, c, _r in posts("上级党委通知：王立同志任北辰银行党委委员。")} == {"北辰银行"}


def test_enterprise_annuity_is_one_word_of_the_name() -> None:
    lex = get_lexicon()
    for text in ("投资管理人为青禾企业年金管理有限公司", "由华岳企业年金管理有限公司担任"):
        at = text.index("有限公司")
        assert text[company_left_boundary(text, at, 0, lex):at].endswith(("青禾企业年金管理", "华岳企业年金管理"))


def test_city_and_district_both_open_the_legal_name() -> None:
    text = "据公示，杭州滨江开发投资集团有限公司持有青禾融资担保有限公司60%股权。"
    assert ("杭州滨江开发投资集团有限公司", "青禾融资担保有限公司") in pairs(text, "HOLDS_STAKE")


def test_bankers_association_is_one_name() -> None:
    text = "出席酒會的還有青龍銀行副主席何家明、澳門保險公會主席陳嘉欣等。"
    assert ("陳嘉欣", "澳門保險公會", "chairman") in posts(text)


def test_list_with_a_bracketed_post_gives_the_rest_the_post_after_it() -> None:
    text = "松岩银行股份有限公司召开股东大会。会议选举王一鸣、赵子墨、孙立平、钱多多（独立董事）、周正阳（独立董事）为公司第二届董事会董事。"
    got = posts(text)
    assert {("王一鸣", "松岩银行股份有限公司", "director"), ("孙立平", "松岩银行股份有限公司", "director"),
            ("钱多多", "松岩银行股份有限公司", "independent_director")} <= got
    assert ("钱多多", "松岩银行股份有限公司", "director") not in got


def test_groups_of_titles_before_one_name() -> None:
    text = "青禾证券股份有限公司第三届董事会第五次会议召开，列席会议的还有其他董事、监事、财务总监周文静。"
    assert {r for p, _c, r in posts(text) if p == "周文静"} == {"cfo"}


def test_three_letter_name_before_last_year() -> None:
    text = "松岩支付有限公司首席风险官徐致远去年由一家券商转投松岩支付。"
    assert ("徐致远", "松岩支付有限公司", "cro") in posts(text)


def test_president_and_chief_executive_are_two_posts() -> None:
    got = posts("青禾保险总裁兼首席执行官杜明轩宣布新一年的战略。")
    assert {("杜明轩", "青禾保险", "president"), ("杜明轩", "青禾保险", "ceo")} <= got


def test_surname_and_honorific_after_a_word_of_time() -> None:
    text = "陳伯濤先生早年從事貿易。現時陳先生為青禾集團名譽主席。"
    assert any(p == "陳伯濤" and c == "青禾集團" for p, c, _r in posts(text))


def test_a_founders_relative_named_before_a_post_is_a_person() -> None:
    text = "青禾银行由福建华侨林振宇于1958年创办。林振宇次子林嘉豪（Kevin）现任青禾控股董事长。"
    got = posts(text)
    assert ("林嘉豪", "青禾控股", "chairman") in got and not any(p == "林振宇" for p, _c, _r in got)
