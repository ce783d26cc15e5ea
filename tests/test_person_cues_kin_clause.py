""""…，其子P辞任…": a son named after 其子 at a clause's head is a person (extract/person_cues.py)."""

from tests.helpers import facts_of, triples


def test_a_sons_name_after_qizi_is_a_person():
    got = triples(facts_of("香江证券控股有限公司昨日公布，陈国雄辞任主席及执行董事，其子陈家俊辞任行政总裁但留任执行董事，均自即日起生效。"),
                  "HOLDS_POSITION")
    assert ("陈家俊", "HOLDS_POSITION", "香江证券控股有限公司", "ceo") in got
    assert ("陈国雄", "HOLDS_POSITION", "香江证券控股有限公司", "ceo") not in got


def test_a_sons_name_after_qizi_opening_a_sentence_with_a_start_year() -> None:
    """"。其子P自N年起出任…": the son opens the next sentence and his start year stands before the verb; the post is
    his, not his father's, who founded the bank the sentence before."""
    got = triples(facts_of("嘉順銀行由周耀宗於1958年在九龍創辦。其子周志朗自1999年起出任嘉順控股主席，並兼任嘉順銀行董事長。"),
                  "HOLDS_POSITION")
    assert ("周志朗", "HOLDS_POSITION", "嘉順控股", "chairman") in got
    assert ("周志朗", "HOLDS_POSITION", "嘉順銀行", "chairman") in got
    assert not [t for t in got if t[0] == "周耀宗"]
