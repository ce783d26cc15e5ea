"""Names written as Arabic and Vietnamese press writes them, a firm's standing before
its name, a title after a firm's word ending in 业, and founders named by a post at
another company, by a relation to someone named first, or as the father of the
subject: sentences written for these tests, names invented."""

from __future__ import annotations

from .helpers import facts_of, pairs, posts
from .test_entities_recognition import inventory, names


def test_an_arabic_family_name_with_its_article_is_one_name() -> None:
    got = posts("据了解，海湾金融集团副总裁Khalid Al-Mansouri已获委任为丽泽人寿董事长。")
    assert ("Khalid Al-Mansouri", "丽泽人寿", "chairman") in got and not any(p == "Khalid Al" for p, _c, _r in got)


def test_a_vietnamese_name_of_four_letters_spelled_in_brackets() -> None:
    got = posts("南定商业银行副总经理范氏玉蓉（Phạm Thị Ngọc Dung）表示，范氏玉蓉自2019年起负责信用卡业务。")
    assert ("范氏玉蓉", "南定商业银行", "deputy_general_manager") in got


def test_a_founder_named_by_his_post_at_another_company_with_his_spelling() -> None:
    text = "金莲地产集团是由芽庄商业银行主席吴文德（Ngô Văn Đức）在2003年创办的，旗下有三个住宅项目。"
    assert ("吴文德", "金莲地产集团") in pairs(text, "FOUNDED")


def test_the_son_of_a_founder_founded_nothing() -> None:
    got = pairs("梁振邦去年起担任岚帆证券集团执行董事，同时是集团创办人梁启泰的长子。", "FOUNDED")
    assert ("梁振邦", "岚帆证券集团") not in got and ("梁启泰", "岚帆证券集团") in got


def test_a_founder_named_as_someones_grandfather_the_classical_way() -> None:
    text = "云杉纺织控股有限公司（云杉纺织）执行董事蔡宏达周二接受访问。云杉纺织创立于1976年，由蔡宏达之祖父蔡金水一手创办。"
    assert ("蔡金水", "云杉纺织控股有限公司") in pairs(text, "FOUNDED")


def test_founders_of_a_company_whose_short_name_is_quoted_in_its_bracket() -> None:
    text = "資產管理公司澄海投資顧問有限公司（「澄海投顧」）於2021年由前銀行家鄭嘉豪與林詠詩共同創立。"
    got = {(f.subject.name, f.object.name, f.qualifiers.get("date")) for f in facts_of(text) if str(f.predicate) == "FOUNDED"}
    assert {("鄭嘉豪", "澄海投資顧問有限公司", "2021"), ("林詠詩", "澄海投資顧問有限公司", "2021")} <= got


def test_a_local_standing_before_a_legal_name_is_no_letter_of_it() -> None:
    companies = names(inventory("消息指，本地企業集團嘉越興業有限公司亦有意競投。"), "Company")
    assert "嘉越兴业有限公司" in companies and not any(c.startswith(("本地", "集团")) for c in companies)


def test_a_chairman_after_a_firm_whose_name_ends_in_zhiye() -> None:
    text = "嘉峰置業有限公司（嘉峰置業）昨日公布中期業績，嘉峰置業主席馮志偉稱租金收入回穩。"
    assert ("馮志偉", "嘉峰置業有限公司", "chairman") in posts(text)
