"""A profile page (a council member's or a board member's page): the name alone on its line over a 性别 field, a
career label alone on its line with one dated item a line (the last open: "2013.01—　C T"), a side-posts field
(社会兼职：C T，C T): on texts written for these tests (not gold text)."""

from __future__ import annotations

from .helpers import facts_of, quals

_PAGE = ("区人大 > 代表风采 > 金融界\n\n"
         "祁方舟\n\n"
         "性　　别：女\n"
         "出生年月：1972年3月\n"
         "现任职务：青禾农村商业银行股份有限公司董事长\n\n"
         "工作简历：\n"
         "1994.07—2002.06　海川银行杭州分行信贷部科员\n"
         "2002.07—2012.12　海川证券有限责任公司财务总监、副总裁（其间，公司于2008年更名为海川证券股份有限公司）\n"
         "2013.01—　　　　青禾农村商业银行股份有限公司董事长\n\n"
         "社会兼职：浙江省农村金融研究会副会长，杭州市某某俱乐部顾问。\n")

_PAGE_TW = ("理事風采\n\n"
            "姓名：鍾立衡\n"
            "性別：男\n\n"
            "工作經歷：\n"
            "2001.03—2009.08　寶泰證券股份有限公司總經理\n"
            "2009.09—　寶泰商業銀行股份有限公司董事長\n\n"
            "社會職務：臺北市銀行同業公會理事長。\n")


def test_a_profile_pages_dated_lines_under_a_career_label_give_each_post_over_its_span() -> None:
    fs = facts_of(_PAGE)
    q = quals(fs, "祁方舟", "HOLDS_POSITION", "海川证券有限责任公司", role="vice_president")
    assert (q["start"], q["end"]) == ("2002-07", "2012-12")
    assert quals(fs, "祁方舟", "HOLDS_POSITION", "海川证券有限责任公司", role="cfo")["end"] == "2012-12"


def test_the_last_line_open_on_a_bare_dash_is_a_post_still_held() -> None:
    q = quals(facts_of(_PAGE), "祁方舟", "HOLDS_POSITION", "青禾农村商业银行股份有限公司", role="chairman")
    assert q.get("start") == "2013-01" and not q.get("end")


def test_the_side_posts_field_gives_the_page_persons_posts() -> None:
    assert quals(facts_of(_PAGE), "祁方舟", "HOLDS_POSITION", "浙江省农村金融研究会")["title"] == "副会长"


def test_a_traditional_page_with_a_name_field_and_a_bank_association() -> None:
    fs = facts_of(_PAGE_TW)
    q = quals(fs, "鍾立衡", "HOLDS_POSITION", "寶泰證券股份有限公司", role="general_manager")
    assert (q["start"], q["end"]) == ("2001-03", "2009-08")
    assert quals(fs, "鍾立衡", "HOLDS_POSITION", "寶泰商業銀行股份有限公司", role="chairman")["start"] == "2009-09"
    quals(fs, "鍾立衡", "HOLDS_POSITION", "臺北市銀行同業公會")


def test_a_line_of_prose_opening_on_a_year_is_no_career_item() -> None:
    text = ("祁方舟\n性别：女\n工作简历：\n2013.01—　青禾农村商业银行股份有限公司董事长\n\n"
            "行里动态：\n2024年，海川证券有限责任公司总裁吕文静到访。\n")
    assert not any(f.subject.name == "祁方舟" and f.object.name == "海川证券有限责任公司" for f in facts_of(text))


def test_items_told_as_a_span_a_comma_and_the_verb() -> None:
    text = ("祁方舟\n性别：女\n主要经历：\n1994年7月至2002年6月，任海川证券有限责任公司副总裁；\n"
            "2002年7月至今，任青禾农村商业银行股份有限公司董事长。\n")
    fs = facts_of(text)
    q = quals(fs, "祁方舟", "HOLDS_POSITION", "海川证券有限责任公司", role="vice_president")
    assert (q["start"], q["end"]) == ("1994-07", "2002-06")
    assert quals(fs, "祁方舟", "HOLDS_POSITION", "青禾农村商业银行股份有限公司", role="chairman")["start"] == "2002-07"


def test_a_span_then_a_comma_and_the_verb_in_a_head_lines_prose() -> None:
    text = "陈立华，男，1970年生。2006年6月至2014年2月，任海川证券有限责任公司总裁；2014年3月起任青禾农村商业银行股份有限公司行长。\n"
    q = quals(facts_of(text), "陈立华", "HOLDS_POSITION", "海川证券有限责任公司", role="president")
    assert (q["start"], q["end"]) == ("2006-06", "2014-02")
