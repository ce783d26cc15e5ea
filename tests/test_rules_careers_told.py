"""Careers and successions told across clauses: a post taken from one moved away, dated ("接任的是去年12月调任C T的A"),
two people each after a former post sharing one new post ("原T1 A、原T2 B亦同时出任T"), and 公司 after a career's
move ("离职创办B，目前担任公司T": B, not the employer the résumé named first)."""

from tests.helpers import facts_of, posts, quals


def test_cleft_successor_with_a_dated_move():
    facts = facts_of("北林分局核准了邝立华槐川农商行董事长的任职资格。邝立华此前担任槐川农信办事处副主任。"
                     "邝立华接任的是去年12月调任北林农信集团副总裁的贝凯明。")
    assert quals(facts, "邝立华", "SUCCEEDED", "贝凯明", role="chairman")["company"] == "槐川农商行"


def test_two_former_posts_share_one_new_post():
    got = posts("北林证券公告，原投资银行部总经理贝一帆、原财富管理部总经理邝泽亦同时出任公司副总裁。")
    assert {("贝一帆", "北林证券", "vice_president"), ("邝泽", "北林证券", "vice_president")} <= got
    got = posts("北林證券公告，原投資銀行部總經理貝一帆、原財富管理部總經理邝澤亦同時出任公司副總裁。")
    assert {("貝一帆", "北林證券", "vice_president"), ("邝澤", "北林證券", "vice_president")} <= got


def test_one_of_two_takes_the_post():
    got = posts("北林证券公告，投资银行部总经理贝一帆出席会议，财富管理部总经理邝泽亦同时出任公司副总裁。")
    assert ("贝一帆", "北林证券", "vice_president") not in got


def test_company_after_a_career_move():
    got = posts("槐川科技今日在港交所上市。贝牧之曾任北林银行零售银行部副总经理，2015年离职创办槐川科技，目前担任公司董事会主席兼首席执行官。")
    assert {("贝牧之", "槐川科技", "chairman"), ("贝牧之", "槐川科技", "ceo")} <= got
    assert ("贝牧之", "北林银行", "chairman") not in got
    assert ("贝牧之", "鹤汀证券", "chairman") in posts("槐川科技今日公告。贝牧之曾任北林银行副行长，2015年加盟鹤汀证券，现任公司董事长。")


def test_company_without_a_move_is_the_one_named():
    got = posts("贝牧之现为北林银行副行长，此前曾在鹤汀证券工作多年，目前担任公司党委委员、副行长。")
    assert ("贝牧之", "鹤汀证券", "vice_president") not in got
