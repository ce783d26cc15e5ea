"""A career told year by year: 他 in sentence after sentence is the person named before them
(paragraph_company.pronoun_run), "三年后" counts from the year last named (extract/dates.py), and
"他被调往C，出任T" is a post at C (a verb of moving ends a firm's name and names the post's firm)."""

from tests.helpers import facts_of, quals

_CAREER = ("12月2日晚间，北川证券股份有限公司（以下简称“北川证券”）公告称，董事会选举魏东来为董事长。\n"
           "1995年，魏东来从南开大学毕业，进入中国工商银行天津分行工作。2000年，他加入渤海国际信托投资有限公司，从资产管理部经理做起。"
           "两年后，他被调往北川证券，出任副总裁。\n此后，魏东来的步伐转向了集团层面。2012年，他出任北川证券控股股东"
           "天津海河金融控股集团有限公司（以下简称“海河金控”）副总经理；2020年起担任海河金控总经理。")


def test_moved_to_a_firm_then_a_post_there_counted_years_later():
    facts = facts_of(_CAREER, date="2024-12-03")
    assert quals(facts, "魏东来", "HOLDS_POSITION", "北川证券", role="vice_president").get("start") == "2002"


def test_he_goes_on_across_sentences_to_the_name_before():
    facts = facts_of(_CAREER, date="2024-12-03")
    assert quals(facts, "魏东来", "HOLDS_POSITION", "海河金控", role="deputy_general_manager").get("start") == "2012"
    assert quals(facts, "魏东来", "HOLDS_POSITION", "海河金控", role="general_manager").get("start") == "2020"
