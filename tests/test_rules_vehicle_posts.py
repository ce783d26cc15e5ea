"""A bare post the context gave to an offeror goes to the listed company it holds (extract/rules/vehicle_posts.py)."""

from tests.helpers import facts_of, triples

_OFFER = ("由商人罗志坚控制的海岚资本有限公司（「海岚资本」）就在联交所主板上市的银湖证券控股有限公司（「银湖证券」，股份代号：1234）"
          "提出的全面收购要约已于昨日截止。\n海岚资本现持有银湖证券约70%权益。海岚资本由罗志坚全资拥有。\n")


def test_board_posts_after_an_offeror_are_the_listed_targets():
    got = triples(facts_of(_OFFER + "董事会方面，罗志坚已于9月5日获委任为执行董事。公司昨日公布，陈伟明辞任主席，周立信获委任为行政总裁。"),
                  "HOLDS_POSITION")
    assert ("罗志坚", "HOLDS_POSITION", "银湖证券", "executive_director") in got
    assert ("陈伟明", "HOLDS_POSITION", "银湖证券", "chairman") in got
    assert ("周立信", "HOLDS_POSITION", "银湖证券", "ceo") in got
    assert not any(o == "海岚资本" for _s, _p, o, _r in got)


def test_a_post_the_sentence_gives_the_vehicle_stays():
    got = triples(facts_of(_OFFER + "海岚资本董事长为罗志坚。"), "HOLDS_POSITION")
    assert ("罗志坚", "HOLDS_POSITION", "海岚资本", "chairman") in got
