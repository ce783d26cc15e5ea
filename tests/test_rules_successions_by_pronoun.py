"""Successions told by a pronoun or by the post first, and careers told with other verbs: a board appoints the
successor "to take over his post" (委任P接替其職, the appointed one the subject of 接替), 由P接棒T一职 with a
two-letter name, a post one company's parent's officer takes on (由母公司C董事長P兼任), a departure whose reason is
quoted (因「…」辭任), a new officer announced (宣布新總經理P到任) then 此次接替 the one moved, and Taiwan's
官拜 (rose to) and 被派任 (posted to)."""

from tests.helpers import facts_of, posts, quals, triples


def test_appointed_to_take_over_his_post_traditional():
    facts = facts_of("北林金融集團公布，旗下槐川證券行政總裁邝蔚然（Ray Kwong）因「希望專注家族事務」辭任，"
                     "3月11日起生效；董事會委任貝彥森（Henry Bui）接替其職。")
    assert quals(facts, "貝彥森", "SUCCEEDED", "邝蔚然", role="ceo")["company"] == "槐川證券"
    assert quals(facts, "貝彥森", "HOLDS_POSITION", "槐川證券", role="ceo")


def test_appointed_to_take_over_his_post_simplified():
    facts = facts_of("槐川证券总经理邝蔚然因个人原因辞职，董事会聘任贝彦森接替其职务。")
    assert quals(facts, "贝彦森", "SUCCEEDED", "邝蔚然", role="general_manager")


def test_appointed_to_another_post_takes_over_nothing():
    facts = facts_of("槐川证券总经理邝蔚然因个人原因辞职，董事会聘任贝彦森为独立董事。")
    assert not [t for t in triples(facts, "SUCCEEDED")]
    facts = facts_of("槐川證券行政總裁邝蔚然因「業務繁忙」未能出席；董事會委任貝彥森主持會議。")
    assert not [t for t in triples(facts, "SUCCEEDED")]


def test_took_the_baton_of_a_post_two_letter_name():
    facts = facts_of("槐川证券发布公告。今年3月，公司原财务总监邝蔚然离任，由贝森接棒财务总监一职。")
    assert quals(facts, "贝森", "SUCCEEDED", "邝蔚然", role="cfo")["company"] == "槐川证券"
    assert not [t for t in triples(facts_of("槐川证券发布公告。由于市场变化，由贝森接棒的计划搁置。"), "HOLDS_POSITION")]


def test_post_taken_on_by_the_parents_officer():
    facts = facts_of("槐川投信董事長邝蔚然屆齡退休，董事長一職由母公司北林證券董事長貝彥森兼任，1日起生效。")
    assert quals(facts, "貝彥森", "SUCCEEDED", "邝蔚然", role="chairman")["company"] == "槐川投信"
    got = posts("槐川消费金融董事长邝蔚然退休，董事长一职由控股股东北林银行副行长贝彦森兼任。")
    assert ("贝彦森", "槐川消费金融", "chairman") in got and ("贝彦森", "北林银行", "vice_president") in got


def test_the_parents_officer_attending_takes_no_post():
    got = posts("槐川投信董事長邝蔚然屆齡退休，母公司北林證券董事長貝彥森出席。")
    assert ("貝彥森", "槐川投信", "chairman") not in got


def test_new_officer_announced_then_whom_he_replaced():
    facts = facts_of("同一天，北林證券也宣布新總經理貝彥森正式到任。貝彥森曾任槐川證副總經理，此次接替轉任副董事長的邝蔚然。")
    assert quals(facts, "貝彥森", "SUCCEEDED", "邝蔚然", role="general_manager")["company"] == "北林證券"
    assert ("贝彦森", "北林证券", "general_manager") in posts("北林证券今天宣布新总经理贝彦森到任。")


def test_an_unknown_name_ending_in_new_keeps_its_title():
    assert ("贝彦森", "北林证券", "general_manager") not in posts("北林证券发布公告。华嘉新总经理贝彦森到任。")


def test_careers_with_other_verbs():
    got = posts("邝蔚然早年任職於北林證券，官拜副總經理，105年轉戰槐川金控擔任財務長。")
    assert ("邝蔚然", "北林證券", "deputy_general_manager") in got
    facts = facts_of("王蔚然在北林体系任职逾20年，2021年起被派任槐川消费金融副总经理。")
    assert quals(facts, "王蔚然", "HOLDS_POSITION", "槐川消费金融", role="deputy_general_manager")["start"] == "2021"
    assert ("王蔚然", "槐川銀行", "deputy_general_manager") in posts("王蔚然2019年起被派任槐川銀行副總經理。")


def test_posted_to_work_there_is_no_post():
    assert not posts("王蔚然2019年被派往槐川银行工作。")
