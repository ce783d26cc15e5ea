"""Names written as Arabic and Vietnamese press writes them, a firm's standing before
its name, a title after a firm's word ending in 业, and founders named by a post at
another company, by a relation to someone named first, or as the father of the
subject: sentences written for these tests, names invented."""

from __future__ import annotations

from .helpers import facts_of, pairs, posts
from .test_entities_recognition import inventory, names


def test_an_arabic_family_name_with_its_article_is_one_name() -> None:
    got = posts("據悉，東岸集團營運總裁Omar Al-Rashid獲委任為南港人壽主席。")
    assert ("Omar Al-Rashid", "南港人壽", "chairman") in got and not any(p == "Omar Al" for p, _c, _r in got)


def test_a_vietnamese_name_of_four_letters_spelled_in_brackets() -> None:
    got = posts("北岭银行总经理陈氏美兰（Trần Thị Mỹ Lan）称，陈氏美兰去年起主管零售业务。")
    assert ("陈氏美兰", "北岭银行", "general_manager") in got


def test_a_founder_named_by_his_post_at_another_company_with_his_spelling() -> None:
    text = "河光集团由同奈银行董事长黎文海（Lê Văn Hải）一手创办，经营地产。"
    assert ("黎文海", "河光集团") in pairs(text, "FOUNDED")


def test_the_son_of_a_founder_founded_nothing() -> None:
    got = pairs("东兴银行集团宣布黄志坚出任东兴保险主席，黄志坚兼管集团投资，也是集团创办人黄国华之孙。", "FOUNDED")
    assert ("黄志坚", "东兴银行集团") not in got


def test_a_founder_named_as_someones_father_the_classical_way() -> None:
    text = "北港实业集团有限公司（北港实业）董事长李志明昨日出席。北港实业成立于1990年，由李志明之父何振邦创办。"
    assert ("何振邦", "北港实业集团有限公司") in pairs(text, "FOUNDED")


def test_founders_of_a_company_whose_short_name_is_quoted_in_its_bracket() -> None:
    text = "基金管理人北港資本管理有限公司（「北港資本」）由資深律師周文傑及孟立德於2019年創辦。"
    got = {(f.subject.name, f.object.name, f.qualifiers.get("date")) for f in facts_of(text) if str(f.predicate) == "FOUNDED"}
    assert {("周文傑", "北港資本管理有限公司", "2019"), ("孟立德", "北港資本管理有限公司", "2019")} <= got


def test_a_local_standing_before_a_legal_name_is_no_letter_of_it() -> None:
    companies = names(inventory("另一股東為本澳銀行業者之一、澳門本地銀行海灣銀行股份有限公司。"), "Company")
    assert "海湾银行股份有限公司" in companies and not any(c.startswith("澳门本地") for c in companies)


def test_a_chairman_after_a_firm_whose_name_ends_in_shiye() -> None:
    text = "北港實業集團有限公司（北港實業）今日開會，北港實業主席李志明出席並致辭。"
    assert ("李志明", "北港實業集團有限公司", "chairman") in posts(text)
