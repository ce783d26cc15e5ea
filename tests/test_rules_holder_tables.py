"""A disclosure table of major shareholders whose columns go on after the share (控股股东, 实际控制人,
一致行动人, 最终受益人): each row's share of the company, and the controllers of each row's holder."""

from __future__ import annotations

from .helpers import facts_of

_TEXT = ("青禾保险股份有限公司关于主要股东及其控股股东、实际控制人情况的公告\n"
         "现将青禾保险股份有限公司主要股东及其控股股东、实际控制人、一致行动人、最终受益人情况披露如下（截至2022年6月30日）：\n"
         "序号｜主要股东名称｜持股比例｜控股股东｜实际控制人｜一致行动人｜最终受益人\n"
         "1｜白泽港务集团有限公司｜15.20%｜白泽国有资本运营集团有限公司｜白泽国有资本运营集团有限公司｜无｜白泽港务集团有限公司\n"
         "2｜临川纺织有限公司｜4.75%｜祁慕远｜祁慕远｜临川印染有限公司｜祁慕远\n"
         "3｜临川印染有限公司｜2.05%｜临川纺织有限公司｜祁慕远｜临川纺织有限公司｜祁慕远\n")


def test_every_row_is_a_holding_of_the_company_at_the_date_above() -> None:
    got = {(f.subject.name, f.object.name, f.qualifiers.get("percent"), f.qualifiers.get("as_of"))
           for f in facts_of(_TEXT) if str(f.predicate) == "HOLDS_STAKE" and f.qualifiers.get("percent")}
    assert ("白泽港务集团有限公司", "青禾保险股份有限公司", 15.2, "2022-06-30") in got
    assert ("临川纺织有限公司", "青禾保险股份有限公司", 4.75, "2022-06-30") in got
    assert ("临川印染有限公司", "青禾保险股份有限公司", 2.05, "2022-06-30") in got


def test_the_controller_columns_control_the_rows_holder_and_the_others_state_nothing() -> None:
    got = {(f.subject.name, f.object.name) for f in facts_of(_TEXT)
           if str(f.predicate) == "HOLDS_STAKE" and f.qualifiers.get("controlling")}
    assert {("白泽国有资本运营集团有限公司", "白泽港务集团有限公司"), ("祁慕远", "临川纺织有限公司"),
            ("临川纺织有限公司", "临川印染有限公司"), ("祁慕远", "临川印染有限公司")} <= got
    assert ("临川印染有限公司", "临川纺织有限公司") not in got  # (一致行动人: a party acting in concert, no holder)
    assert not any(o == "青禾保险股份有限公司" for _, o in got)


def test_a_registry_form_s_sole_member_line_holds_all_the_company() -> None:
    text = ("公司註冊處 Companies Registry\n公司名稱 Company Name: NORTH ISLE CREDIT LIMITED 北嶼信貸有限公司\n"
            "表格 Form ND2A\n其他資料 Other Information\n"
            "唯一股東 Sole Member: 北嶼控股有限公司 NORTH ISLE HOLDINGS LIMITED（持有全部已發行股份 100%）\n")
    got = {(f.subject.name, f.object.name, f.qualifiers.get("percent")) for f in facts_of(text) if str(f.predicate) == "HOLDS_STAKE"}
    assert ("北嶼控股有限公司", "北嶼信貸有限公司", 100.0) in got
