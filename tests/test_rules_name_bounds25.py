"""Name boundaries, lists and titles read in the twenty-third session: a filing's literary copula 乃 and an
official's 同志 glued to the company after them, a short name defined right after a legal name whose first word
is a verb, a trade noun jieba cuts at a numeral (企业年金), a city and its district opening a legal name, an
association (公会), a list of names with one's own post in brackets, groups of titles before one person's, a
three-letter name before 去年, a president who is also chief executive, and 现时 before a surname and 先生."""

from extract.company_names import company_left_boundary
from extract.lexicon import get_lexicon
from tests.helpers import facts_of, pairs, posts


def _companies(text: str) -> set[str]:
    return {f.object.name for f in facts_of(text) if f.object.type == "Company"} | {
        f.subject.name for f in facts_of(text) if f.subject.type == "Company"}


def test_literary_copula_before_the_name_is_no_letter_of_it() -> None:
    text = "本文件乃嵐峰保險經紀有限公司（「本公司」）按證券規例編製。董事會主席黎卓賢先生謹代表董事會致意。"
    assert ("黎卓賢", "嵐峰保險經紀有限公司", "chairman") in posts(text)
    # (乃由: the preposition after the copula is no letter of the name either)
    text = "本公告乃由嵐峰保險經紀有限公司（「本公司」）之臨時清盤人發出，供債權人參考。本公司董事會主席黎卓賢先生已於上月辭任。"
    assert all(not n.startswith(("乃", "由")) for n in _companies(text))


def test_defined_short_name_restores_a_verb_like_head() -> None:
    text = "本公司的股東名冊顯示，晉升實業有限公司（「晉升實業」）持有本公司股份，晉升實業由歐陽啟明先生全資擁有。"
    assert ("歐陽啟明", "晉升實業有限公司") in pairs(text, "HOLDS_STAKE")


def test_comrade_after_a_name_ends_the_walk_back() -> None:
    text = "党委会议决定，免去葛明远同志云梦村镇银行监事长职务。"
    assert {c for _p, c, _r in posts(text)} == {"云梦村镇银行"}
    # (同志 then the verb 任 jieba glues to the name: the verb is no letter of it)
    assert {c for _p, c, _r in posts("市委组织部通知：闵川同志任西江银行纪委书记。")} == {"西江银行"}


def test_enterprise_annuity_is_one_word_of_the_name() -> None:
    lex = get_lexicon()
    for text in ("受托人变更为檀峰企业年金服务有限公司", "年金计划改由溪山企业年金咨询有限公司管理"):
        at = text.index("有限公司")
        assert text[company_left_boundary(text, at, 0, lex):at].endswith(("檀峰企业年金服务", "溪山企业年金咨询"))


def test_city_and_district_both_open_the_legal_name() -> None:
    text = "黛溪典当有限公司的第一大股东为宁波鄞州开发控股有限公司，所占比例为35%。"
    assert ("宁波鄞州开发控股有限公司", "黛溪典当有限公司") in pairs(text, "HOLDS_STAKE")


def test_association_ending_in_gonghui_is_one_name() -> None:
    text = "研討會由台灣期貨公會主席鄺梓軒致開幕辭。"
    assert ("鄺梓軒", "台灣期貨公會", "chairman") in posts(text)


def test_list_with_a_bracketed_post_gives_the_rest_the_post_after_it() -> None:
    text = "梧溪村镇银行本次股东大会经表决，选举季晨阳、苗一诺（独立董事）、柏清远为本行第三届董事会董事。"
    got = posts(text)
    assert {("季晨阳", "梧溪村镇银行", "director"), ("柏清远", "梧溪村镇银行", "director"),
            ("苗一诺", "梧溪村镇银行", "independent_director")} <= got
    assert ("苗一诺", "梧溪村镇银行", "director") not in got


def test_groups_of_titles_before_one_name() -> None:
    text = "桦屿期货有限公司在长沙召开临时董事会，全体监事、财务总监詹睿博列席。"
    assert {r for p, _c, r in posts(text) if p == "詹睿博"} == {"cfo"}


def test_three_letter_name_before_last_year() -> None:
    text = "在蓝岸消费金融公司，首席风险官韦致远去年曾牵头整改。"
    assert ("韦致远", "蓝岸消费金融", "cro") in posts(text)


def test_president_and_chief_executive_are_two_posts() -> None:
    got = posts("在年度发布会上，溪岚人寿总裁兼首席执行官祝远航介绍了业务规划。")
    assert {("祝远航", "溪岚人寿", "president"), ("祝远航", "溪岚人寿", "ceo")} <= got


def test_surname_and_honorific_after_a_word_of_time() -> None:
    text = "據年報，龐景輝先生於二〇〇一年加入本集團。現時龐先生仍出任嶺駿金融非執行董事一職。"
    assert any(p == "龐景輝" and c == "嶺駿金融" for p, c, _r in posts(text))


def test_a_founders_relative_named_before_a_post_is_a_person() -> None:
    text = "澄岚信贷由彭绍棠于1962年创立。如今彭绍棠幼女彭雪晴（Cindy）出任澄岚金控行政总裁。"
    got = posts(text)
    assert ("彭雪晴", "澄岚金控", "ceo") in got and not any(p == "彭绍棠" for p, _c, _r in got)
