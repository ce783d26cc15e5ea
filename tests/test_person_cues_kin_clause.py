""""…，其子P辞任…": a son named after 其子 at a clause's head is a person (extract/person_cues.py)."""

from tests.helpers import facts_of, triples


def test_a_sons_name_after_qizi_is_a_person():
    got = triples(facts_of("香江证券控股有限公司昨日公布，陈国雄辞任主席及执行董事，其子陈家俊辞任行政总裁但留任执行董事，均自即日起生效。"),
                  "HOLDS_POSITION")
    assert ("陈家俊", "HOLDS_POSITION", "香江证券控股有限公司", "ceo") in got
    assert ("陈国雄", "HOLDS_POSITION", "香江证券控股有限公司", "ceo") not in got
