"""The register of Malaysia's Chinese press: 首席执行员, 董事经理, 非独立非执行董事 are
posts (extract/data/titles.tsv), a title of honour before a name (拿督, 丹斯里) is no part of it
(extract/honorific_names.py)."""

from tests.helpers import facts_of, triples

_KL = ("（吉隆坡8日讯）南洋信贷（马来西亚）有限公司今日宣布，委任拿督陈志明为首席执行员，6月1日起生效。"
       "丹斯里林文华同时出任南洋信贷（马来西亚）有限公司非独立非执行董事。")


def test_a_malaysian_chief_executive_named_after_his_honour():
    got = triples(facts_of(_KL, date="2024-05-08"), "HOLDS_POSITION")
    assert ("陈志明", "HOLDS_POSITION", "南洋信贷（马来西亚）有限公司", "ceo") in got
    assert ("林文华", "HOLDS_POSITION", "南洋信贷（马来西亚）有限公司", "non_executive_director") in got

