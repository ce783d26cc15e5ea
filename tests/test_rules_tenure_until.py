""""A擔任董事長直到[year]，由B接棒至今": A's post ends that year, B's starts, B succeeded A; a co-operative's
board chair handed to kin; 身兼 (holds as well). Sentences written for these tests."""

from __future__ import annotations

from .helpers import facts_of


def test_post_held_until_a_year_then_handed_on() -> None:
    fs = facts_of("嘉朗銀行1990年由華僑蔡守仁與多位商人創立。蔡守仁擔任董事長直到2012年，由溫卓賢接棒至今。")
    succ = {(f.subject.name, f.object.name, f.qualifiers.get("date")) for f in fs if str(f.predicate) == "SUCCEEDED"}
    assert ("溫卓賢", "蔡守仁", "2012") in succ
    posts = {(f.subject.name, f.qualifiers.get("start"), f.qualifiers.get("end")) for f in fs if str(f.predicate) == "HOLDS_POSITION"}
    assert ("溫卓賢", "2012", None) in posts and ("蔡守仁", None, "2012") in posts


def test_cooperatives_board_chair_handed_to_kin() -> None:
    """A credit co-operative's 理事主席 chairs its board; "一職由(…的)次子P接手" hands it to the founder's son."""
    text = ("永昇信用合作社1962年創立，葛榮生出任首屆理事主席。葛榮生1991年退休，理事主席一職由曾赴美深造的次子葛以恆接手。"
            "永昇商業銀行董事長葛以恆稱，銀行仍會延續合作社的做法。")
    posts = {(f.subject.name, f.qualifiers.get("role")) for f in facts_of(text) if str(f.predicate) == "HOLDS_POSITION"}
    assert ("葛榮生", "chairman") in posts
    assert ("葛以恆", "chairman") in posts
    fs = facts_of(text)
    assert any(f.subject.name == "葛以恆" and f.object.name == "永昇信用合作社" for f in fs if str(f.predicate) == "HOLDS_POSITION")


def test_holds_two_more_posts_with_shen_jian() -> None:
    """身兼 (holds as well) is a verb of holding, like 兼任: "同時身兼C1副總經理及C2董事"."""
    text = "嘉朗投信董事長蔡守仁表示樂觀。蔡守仁同時身兼嘉朗金控副總經理及嘉朗證券董事。"
    posts = {(f.object.name, f.qualifiers.get("role")) for f in facts_of(text) if str(f.predicate) == "HOLDS_POSITION"}
    assert {("嘉朗金控", "deputy_general_manager"), ("嘉朗證券", "director")} <= posts
