"""Traditional-Chinese news from Hong Kong, Macau and Taiwan: constructions the
exchange notices, MOPS forms and brokerage reports write (names invented)."""

from __future__ import annotations

from tests.helpers import facts_of, posts


def test_listed_stem_is_not_the_short_name_of_its_arm_abroad() -> None:
    # "X證券（code）" is the listed parent; "X證券（香港）有限公司" its arm: the parent's officers stay the parent's
    text = ("晴川證券（6071）昨日舉行股東常會，董事長王立德親自主持。"
            "會中並提及，全資子公司晴川證券（香港）有限公司上半年虧損收窄。")
    got = posts(text)
    assert ("王立德", "晴川證券", "chairman") in got
    assert not any(c == "晴川證券（香港）有限公司" for _p, c, _r in got)
    assert any(f.subject.name == "晴川證券（香港）有限公司" and str(f.predicate) == "SUBSIDIARY_OF"
               and f.object.name == "晴川證券" for f in facts_of(text))


def test_taiwan_letter_short_name_of_a_broker_and_a_bank() -> None:
    # Taiwan's press shortens "X證券" to "X證" and "X商業銀行" to "X銀"
    fs = facts_of("華豐證券董事會昨通過配息案。華豐證自2012年起於臺灣證券交易所掛牌，實收資本逾新台幣70億元。")
    assert any(f.subject.name == "華豐證券" and str(f.predicate) == "LISTED_ON" for f in fs)
    got = posts("北岳商業銀行今日公布人事案。北岳銀董事長周明遠表示，將擴大中小企業放款。")
    assert ("周明遠", "北岳商業銀行", "chairman") in got


def test_share_before_each_subsidiary_in_a_list_is_the_parents() -> None:
    # "C旗下子公司包括持股m%的A、持股n%的B": C holds A and B, neither holds another
    fs = facts_of("據年報揭露，青禾證券旗下子公司包括持股85%的青禾期貨、持股40%的青禾創投等兩家。")
    got = {(f.subject.name, f.object.name, f.qualifiers.get("percent")) for f in fs if str(f.predicate) == "HOLDS_STAKE"}
    assert ("青禾證券", "青禾期貨", 85.0) in got and ("青禾證券", "青禾創投", 40.0) in got
    assert not any(s == "青禾期貨" for s, _o, _p in got)


def test_share_before_the_spin_off_and_after() -> None:
    # "A對B的持股由X前的m%降至n%" (X a deal word): both figures are A's share of B
    fs = facts_of("重組案上月底定案，松嶺控股對松嶺租賃的持股由重組前的80%降至45%，後者不再併表。")
    got = {f.qualifiers.get("percent") for f in fs if str(f.predicate) == "HOLDS_STAKE"
           and f.subject.name == "松嶺控股" and f.object.name == "松嶺租賃"}
    assert {80.0, 45.0} <= got


def test_survivor_named_with_you_is_renamed() -> None:
    # a merger where A "為存續公司" (introduced with 由) and B "為消滅公司", then "存續銀行…更名為「C」": A is renamed C
    fs = facts_of("海豐商業銀行與江城商業銀行的合併案上週獲核准，由江城商業銀行為存續公司、海豐商業銀行為消滅公司，"
                  "存續銀行自基準日起更名為「江豐商業銀行」。")
    assert any(str(f.predicate) == "RENAMED_TO" and f.subject.name == "江城商業銀行" and f.object.name == "江豐商業銀行"
               for f in fs)


def test_hong_kong_titles_non_executive_chairman_and_operations_president() -> None:
    # 非執行主席 chairs the board; Hong Kong's 營運總裁 is the chief operating officer, not the president
    assert ("王志明", "嘉泰資管", "chairman") in posts("嘉泰集團今日公布人事安排。王志明同時出任嘉泰資管非執行主席，任期三年。")
    assert ("李佩芬", "嘉泰集團", "coo") in posts("嘉泰集團今日公布人事安排。營運總裁李佩芬表示，今年將擴大業務。")


def test_taiwan_one_letter_short_name_of_a_commercial_bank() -> None:
    # a commercial bank of a two-letter brand, "XY商業銀行", is also "X銀" in Taiwan's press
    fs = facts_of("岚汀商業銀行昨日公告人事異動。2019年起擔任岚銀總經理的許明澤將於年底退休。")
    assert any(f.object.name == "岚汀商業銀行" and "岚銀" in f.object.aliases for f in fs)  # a question by 岚銀 finds it
