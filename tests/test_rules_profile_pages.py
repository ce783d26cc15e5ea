"""A profile page (a council member's or a board member's page): the name alone on its line over a 性别 field, a
career label alone on its line with one dated item a line (the last open: "2013.01—　C T"), a side-posts field
(社会兼职：C T，C T): on texts written for these tests (not gold text)."""

from __future__ import annotations

from .helpers import facts_of, quals

_PAGE = ("首页 > 代表名录 > 第三代表团\n\n"
         "祁方舟\n\n"
         "性　　别：女\n"
         "籍　　贯：福建莆田\n"
         "工作单位：翠岭信托有限责任公司\n\n"
         "工作简历：\n"
         "1996.09—2003.04　柏川期货经纪公司结算部职员\n"
         "2003.05—2011.10　鹤汀期货有限公司财务总监、副总裁（其间，公司于2007年更名为鹤汀期货股份有限公司）\n"
         "2011.11—　　　　翠岭信托有限责任公司董事长\n\n"
         "社会兼职：莆田市某某商会名誉会长，莆田市金融学会会长。\n")

_PAGE_TW = ("會員代表介紹\n\n"
            "姓名：鍾立衡\n"
            "性別：男\n\n"
            "工作經歷：\n"
            "1999.06—2008.02　翠嶺票券金融股份有限公司總經理\n"
            "2008.03—　翠嶺產物保險股份有限公司董事長\n\n"
            "社會職務：高雄市銀行同業公會副理事長。\n")


def test_a_profile_pages_dated_lines_under_a_career_label_give_each_post_over_its_span() -> None:
    fs = facts_of(_PAGE)
    q = quals(fs, "祁方舟", "HOLDS_POSITION", "鹤汀期货有限公司", role="vice_president")
    assert (q["start"], q["end"]) == ("2003-05", "2011-10")
    assert quals(fs, "祁方舟", "HOLDS_POSITION", "鹤汀期货有限公司", role="cfo")["end"] == "2011-10"


def test_the_last_line_open_on_a_bare_dash_is_a_post_still_held() -> None:
    q = quals(facts_of(_PAGE), "祁方舟", "HOLDS_POSITION", "翠岭信托有限责任公司", role="chairman")
    assert q.get("start") == "2011-11" and not q.get("end")


def test_the_side_posts_field_gives_the_page_persons_posts() -> None:
    assert quals(facts_of(_PAGE), "祁方舟", "HOLDS_POSITION", "莆田市金融学会")["title"] == "会长"


def test_a_traditional_page_with_a_name_field_and_a_bank_association() -> None:
    fs = facts_of(_PAGE_TW)
    q = quals(fs, "鍾立衡", "HOLDS_POSITION", "翠嶺票券金融股份有限公司", role="general_manager")
    assert (q["start"], q["end"]) == ("1999-06", "2008-02")
    assert quals(fs, "鍾立衡", "HOLDS_POSITION", "翠嶺產物保險股份有限公司", role="chairman")["start"] == "2008-03"
    quals(fs, "鍾立衡", "HOLDS_POSITION", "高雄市銀行同業公會")


def test_a_line_of_prose_opening_on_a_year_is_no_career_item() -> None:
    text = ("祁方舟\n性别：女\n工作简历：\n2011.11—　翠岭信托有限责任公司董事长\n\n"
            "近期走访：\n2023年，鹤汀期货有限公司副总裁吕文静来访交流。\n")
    assert not any(f.subject.name == "祁方舟" and f.object.name == "鹤汀期货有限公司" for f in facts_of(text))


def test_items_told_as_a_span_a_comma_and_the_verb() -> None:
    text = ("祁方舟\n性别：女\n主要经历：\n1996年9月至2003年4月，任鹤汀期货有限公司副总裁；\n"
            "2003年5月至今，任翠岭信托有限责任公司董事长。\n")
    fs = facts_of(text)
    q = quals(fs, "祁方舟", "HOLDS_POSITION", "鹤汀期货有限公司", role="vice_president")
    assert (q["start"], q["end"]) == ("1996-09", "2003-04")
    assert quals(fs, "祁方舟", "HOLDS_POSITION", "翠岭信托有限责任公司", role="chairman")["start"] == "2003-05"


def test_a_span_then_a_comma_and_the_verb_in_a_head_lines_prose() -> None:
    text = "陈立华，男，1966年生。2004年9月至2015年1月，任鹤汀期货有限公司总裁；2015年2月起任翠岭信托有限责任公司总经理。\n"
    q = quals(facts_of(text), "陈立华", "HOLDS_POSITION", "鹤汀期货有限公司", role="president")
    assert (q["start"], q["end"]) == ("2004-09", "2015-01")
