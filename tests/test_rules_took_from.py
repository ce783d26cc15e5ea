"""A post taken from someone's hands: "从父亲A手中接下C董事长", "从A董事长手中接过接力棒" (the post A had)
(extract/rules/predecessors.py, the names by extract/person_cues.py); A is no subject of the clause after
(extract/rules/position_emit.py); a speech's 我 is the speaker on its byline (extract/speakers.py)."""

from tests.helpers import facts_of, quals, triples

_HANDED = ("湘江金融控股股份有限公司（以下简称湘江金控）昨日召开股东会。2024年6月，52岁的周启明正式从父亲周长庚手中接下湘江金控董事长。\n"
           "湘江证券是湘江金控旗下子公司。2016年，罗文从宋海平总经理手中接过接力棒，随后出任湘江证券副董事长。")

_SPEECH = ("湘江金控党委书记、董事长　周启明\n（2024年9月1日）\n尊敬的各位来宾：\n大家上午好！\n"
           "湘江金融控股股份有限公司（以下简称湘江金控）成立已经二十年。2024年，我从周长庚董事长手中接过接力棒。谢谢大家！")


def test_a_post_taken_from_a_relatives_hands():
    facts = facts_of(_HANDED, date="2024-08-01")
    assert quals(facts, "周启明", "HOLDS_POSITION", "湘江金控", role="chairman").get("start") == "2024-06"
    assert quals(facts, "周长庚", "HOLDS_POSITION", "湘江金控", role="chairman").get("end") == "2024-06"
    assert ("周启明", "SUCCEEDED", "周长庚", None) in {(s, p, o, None) for s, p, o, _k in triples(facts, "SUCCEEDED")}


def test_the_post_named_after_the_one_who_handed_it_on():
    got = triples(facts_of(_HANDED, date="2024-08-01"), "HOLDS_POSITION")
    assert ("罗文", "HOLDS_POSITION", "湘江证券", "general_manager") in got
    assert ("宋海平", "HOLDS_POSITION", "湘江证券", "vice_chairman") not in got


def test_a_speechs_i_is_the_speaker_on_its_byline():
    facts = facts_of(_SPEECH, title="在湘江金控成立二十周年大会上的致辞", date="2024-09-02")
    assert quals(facts, "周长庚", "HOLDS_POSITION", "湘江金控", role="chairman").get("end") == "2024"
