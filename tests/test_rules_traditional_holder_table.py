"""A Hong Kong prospectus's holder table drawn with spaces, on a table written for this test: its header in
Traditional letters ("股東　持股百分比"), a note's mark after a holder's name ("（附註1）")."""

from __future__ import annotations

from .helpers import facts_of

_TABLE = ("本公司於開曼群島註冊成立，創辦人為林嘉俊先生（「林先生」）。\n"
          "2021年4月，林先生於英屬處女群島註冊成立Maple Crest Holdings Limited（「Maple Crest」）。\n\n"
          "緊接上市前的股權架構\n"
          "股東　　　　　　　　持股百分比\n"
          "Maple Crest（附註1）　　63.25%\n"
          "恒澔投資有限公司　　　　22.25%\n"
          "Ridgeway Partners L.P.　14.50%\n"
          "合計　　　　　　　　　　100.00%\n"
          "附註：\n1. 林先生持有Maple Crest全部已發行股本，故林先生視為於Maple Crest所持股份中擁有權益。\n")


def test_traditional_header_and_note_marks_give_each_holding() -> None:
    fs = facts_of(_TABLE, title="溪岳科技控股有限公司 招股章程（節錄）")
    got = {(f.subject.name, f.qualifiers.get("percent")) for f in fs if str(f.predicate) == "HOLDS_STAKE"}
    assert {("恒澔投資有限公司", 22.25), ("Ridgeway Partners L.P.", 14.5)} <= got
    assert any(n.startswith("Maple Crest") and v == 63.25 for n, v in got)


def test_deemed_interest_note_under_the_table_takes_the_row_figure() -> None:
    fs = facts_of(_TABLE, title="溪岳科技控股有限公司 招股章程（節錄）")
    got = {(f.subject.name, f.qualifiers.get("percent")) for f in fs if str(f.predicate) == "HOLDS_STAKE"}
    assert ("林嘉俊", 63.25) in got
