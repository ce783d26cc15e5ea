"""A case study's stakes: the founders' paid-in shares, a stake taken in a clause with no subject (or by 后者), a
dilution from one share to another. Invented cases."""

from __future__ import annotations

from .helpers import facts_of, quals


def test_founders_paid_in_shares() -> None:
    text = "2016年，岑一帆和骆清扬合伙创办穗岚支付有限公司，其中岑一帆以现金出资55%，骆清扬出资45%。"
    fs = facts_of(text, title="教学案例", date="2024-01-01")
    assert quals(fs, "岑一帆", "HOLDS_STAKE", "穗岚支付有限公司")["percent"] == 55
    assert quals(fs, "骆清扬", "HOLDS_STAKE", "穗岚支付有限公司")["percent"] == 45
    quals(fs, "骆清扬", "FOUNDED", "穗岚支付有限公司")


def test_a_stake_taken_by_the_subject_or_by_the_latter() -> None:
    text = ("岑一帆创办了穗岚支付有限公司（下称“穗岚支付”）。2018年，苏州启明天使投资合伙企业（有限合伙）领投天使轮，由此获得穗岚支付18%的股权。"
            "穗岚支付的B轮由南湖数字集团有限公司独家认购，后者最终获得穗岚支付25%股份。")
    fs = facts_of(text, title="教学案例", date="2024-01-01")
    assert quals(fs, "苏州启明天使投资合伙企业（有限合伙）", "HOLDS_STAKE", "穗岚支付有限公司")["percent"] == 18
    assert quals(fs, "南湖数字集团有限公司", "HOLDS_STAKE", "穗岚支付有限公司")["percent"] == 25


def test_a_dilution_from_one_share_to_another() -> None:
    text = ("穗岚支付有限公司创始人岑一帆长期担任董事长。2022年，穗岚支付有限公司完成B轮增资，岑一帆所持股权比例因此由55%摊薄为41.25%。")
    fs = facts_of(text, title="教学案例", date="2024-01-01")
    assert quals(fs, "岑一帆", "HOLDS_STAKE", "穗岚支付有限公司", percent=55.0)
    assert quals(fs, "岑一帆", "HOLDS_STAKE", "穗岚支付有限公司", percent=41.25)


def test_shares_after_a_dilution_are_of_the_event_before() -> None:
    text = ("穗岚支付有限公司创始人岑一帆长期担任董事长，骆清扬任总经理。2023年，穗岚支付有限公司向南湖数字集团有限公司增发新股。"
            "岑一帆的持股比例由此由55%摊薄至44%，骆清扬的持股比例降至36%。")
    fs = facts_of(text, title="教学案例", date="2024-01-01")
    assert quals(fs, "岑一帆", "HOLDS_STAKE", "穗岚支付有限公司", percent=44.0)["as_of"] == "2023"
    assert "as_of" not in quals(fs, "岑一帆", "HOLDS_STAKE", "穗岚支付有限公司", percent=55.0)
