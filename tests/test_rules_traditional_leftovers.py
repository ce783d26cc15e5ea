"""Traditional-Chinese news from Hong Kong, Macau and Taiwan: constructions the
exchange notices, MOPS forms and brokerage reports write (names invented)."""

from __future__ import annotations

from tests.helpers import facts_of, posts


def test_listed_stem_is_not_the_short_name_of_its_arm_abroad() -> None:
    # "X證券（code）" is the listed parent; "X證券（香港）有限公司" its arm: the parent's officers stay the parent's
    text = ("晴川證券（6071）昨日舉行股東常會，董事長王立德親自主持。"
            "晴川證券另宣布，全資子公司晴川證券（香港）有限公司今年將申請新業務牌照。")
    got = posts(text)
    assert ("王立德", "晴川證券", "chairman") in got
    assert not any(c == "晴川證券（香港）有限公司" for _p, c, _r in got)
    assert any(f.subject.name == "晴川證券（香港）有限公司" and str(f.predicate) == "SUBSIDIARY_OF"
               and f.object.name == "晴川證券" for f in facts_of(text))


def test_taiwan_letter_short_name_of_a_broker_and_a_bank() -> None:
    # Taiwan's press shortens "X證券" to "X證" and "X商業銀行" to "X銀"
    fs = facts_of("華豐證券今日召開法說會。華豐證於2010年在臺灣證券交易所掛牌上市，目前股本約新台幣90億元。")
    assert any(f.subject.name == "華豐證券" and str(f.predicate) == "LISTED_ON" for f in fs)
    got = posts("北岳商業銀行今日公布人事案。北岳銀董事長周明遠表示，將擴大中小企業放款。")
    assert ("周明遠", "北岳商業銀行", "chairman") in got


def test_share_before_each_subsidiary_in_a_list_is_the_parents() -> None:
    # "C旗下子公司包括持股100%的A、持股60%的B": C holds A and B, neither holds another
    fs = facts_of("青禾證券今日公布年報。青禾證券旗下子公司包括持股100%的青禾期貨、持股60%的青禾創投，兩家均獲利。")
    got = {(f.subject.name, f.object.name, f.qualifiers.get("percent")) for f in fs if str(f.predicate) == "HOLDS_STAKE"}
    assert ("青禾證券", "青禾期貨", 100.0) in got and ("青禾證券", "青禾創投", 60.0) in got
    assert not any(s == "青禾期貨" for s, _o, _p in got)


def test_share_before_the_spin_off_and_after() -> None:
    # "A對B的持股由分拆前的100%降至55%": both figures are A's share of B
    fs = facts_of("松嶺集團公布分拆結果。分拆完成後，松嶺集團對松嶺資管的持股由分拆前的100%降至55%，松嶺資管仍為其附屬公司。")
    got = {f.qualifiers.get("percent") for f in fs if str(f.predicate) == "HOLDS_STAKE"
           and f.subject.name == "松嶺集團" and f.object.name == "松嶺資管"}
    assert {100.0, 55.0} <= got


def test_survivor_named_with_you_is_renamed() -> None:
    # "由A為存續公司、B為消滅公司，存續銀行同日更名為「C」": A is renamed C
    fs = facts_of("江城商業銀行與海豐商業銀行合併案今日生效，由江城商業銀行為存續公司、海豐商業銀行為消滅公司，"
                  "存續銀行同日更名為「江豐商業銀行」。")
    assert any(str(f.predicate) == "RENAMED_TO" and f.subject.name == "江城商業銀行" and f.object.name == "江豐商業銀行"
               for f in fs)


def test_hong_kong_titles_non_executive_chairman_and_operations_president() -> None:
    # 非執行主席 chairs the board; Hong Kong's 營運總裁 is the chief operating officer, not the president
    assert ("王志明", "嘉泰資管", "chairman") in posts("嘉泰集團今日公布人事安排。王志明同時出任嘉泰資管非執行主席，任期三年。")
    assert ("李佩芬", "嘉泰集團", "coo") in posts("嘉泰集團今日公布人事安排。營運總裁李佩芬表示，今年將擴大業務。")
