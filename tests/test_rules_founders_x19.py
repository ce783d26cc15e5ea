"""Founders told by constructions the other founder rules miss: an adverb of time before 成立,
and a sentence that opens with a name founded by someone (an outlet's footer after a rule line)."""

from __future__ import annotations

from .helpers import facts_of, triples


def test_an_adverb_of_time_before_the_verb_of_setting_up() -> None:
    lead = "青禾集团董事长林望舒表示，公司将加大投入。"
    for adverb in ("就", "随即", "便"):
        fs = facts_of(f"{lead}2016年，林望舒{adverb}成立了青禾科技。")
        assert ("林望舒", "FOUNDED", "青禾科技") in {t[:3] for t in triples(fs, "FOUNDED")}, adverb
    # a name no cue has found yet: the adverb and the verb after it say it is a person's
    fs = facts_of("2016年，当青禾集团还处在鼎盛时期的时候，林望舒就成立了青禾科技。")
    assert ("林望舒", "FOUNDED", "青禾科技") in {t[:3] for t in triples(fs, "FOUNDED")}


def test_a_name_that_opens_a_sentence_founded_by_someone_is_an_organisation() -> None:
    fs = facts_of("青禾科技今日发布行业报告。———————云递由资深媒体人林望舒创办，若转载请写明来源。")
    assert ("林望舒", "FOUNDED", "云递") in {t[:3] for t in triples(fs, "FOUNDED")}
    assert not triples(facts_of("公司由林望舒创办，总部位于北京。"), "FOUNDED")  # no name, no organisation
    assert not triples(facts_of("该平台由林望舒创办，总部位于北京。"), "FOUNDED")



def test_a_credit_cooperative_of_a_county_seat_founded_by_households_pooling_their_shares() -> None:
    """"【沿革】D，乡民A、B等九户集股创办X县城关信用合作社，A任主任": 城关 (a county's seat town) and 信用合作社 end
    the co-operative's name, the listed people counted as households found it together on D, and A heads it."""
    text = "【沿革】1954年5月，城东乡民韦德贵、蒙福林等九户集股创办青溪县城关信用合作社，韦德贵任主任。"
    founded = {(f.subject.name, f.object.name, f.qualifiers.get("date")) for f in facts_of(text) if str(f.predicate) == "FOUNDED"}
    assert ("韦德贵", "青溪县城关信用合作社", "1954-05") in founded
    assert ("蒙福林", "青溪县城关信用合作社", "1954-05") in founded
    posts = {(f.subject.name, f.object.name) for f in facts_of(text) if str(f.predicate) == "HOLDS_POSITION"}
    assert posts == {("韦德贵", "青溪县城关信用合作社")}
