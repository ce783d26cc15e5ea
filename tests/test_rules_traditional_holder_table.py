"""A Hong Kong prospectus's holder table drawn with spaces, on a table written for this test: its header in
Traditional letters ("股東　持股百分比"), a note's mark after a holder's name ("（附註1）")."""

from __future__ import annotations

from .helpers import facts_of

_TABLE = ("本公司於開曼群島註冊成立，創辦人為林嘉俊先生（「林先生」）。\n"
          "2021年4月，林先生於英屬處女群島註冊成立Maple Crest Holdings Limited（「Maple Crest」）。\n\n"
          "緊接上市前的股權架構\n"
          "股東　　　　　　　　持股百分比\n"
          "Maple Crest（附註1）　　55.50%\n"
          "嵐山資本有限公司　　　　30.00%\n"
          "Ridgeway Partners L.P.　14.50%\n"
          "合計　　　　　　　　　　100.00%\n"
          "附註：\n1. Maple Crest由林先生全資擁有。根據證券及期貨條例，林先生被視為於Maple Crest持有的股份中擁有權益。\n")


def test_traditional_header_and_note_marks_give_each_holding() -> None:
    fs = facts_of(_TABLE, title="溪岳科技控股有限公司 招股章程（節錄）")
    got = {(f.subject.name, f.qualifiers.get("percent")) for f in fs if str(f.predicate) == "HOLDS_STAKE"}
    assert {("嵐山資本有限公司", 30.0), ("Ridgeway Partners L.P.", 14.5)} <= got
    assert any(n.startswith("Maple Crest") and v == 55.5 for n, v in got)


def test_deemed_interest_note_under_the_table_takes_the_row_figure() -> None:
    fs = facts_of(_TABLE, title="溪岳科技控股有限公司 招股章程（節錄）")
    got = {(f.subject.name, f.qualifiers.get("percent")) for f in fs if str(f.predicate) == "HOLDS_STAKE"}
    assert ("林嘉俊", 55.5) in got
