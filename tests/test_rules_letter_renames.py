"""A regulator's reply renames the company it is addressed to (你公司), on the day the letter is signed; a listed
company's notice tells a holder's new name (其名称变更为). Invented letters and notices."""

from __future__ import annotations

from .helpers import facts_of, quals

_LETTER = """关于岚汐消费金融有限公司更名的批复

岚汐消费金融有限公司：
你公司报送的更名申请及有关材料已收到。根据有关规定，现批复如下：
一、同意你公司名称变更为“锦岩消费金融有限公司”。
二、请你公司在三个月内依法办理工商登记及许可证换领事宜。

2023年11月7日

━━━━━━━━━━━━━━━━━━━━
"""


def test_the_addressee_renamed_on_the_letter_day() -> None:
    fs = facts_of(_LETTER, title="批复", date="2023-11-10")
    assert quals(fs, "岚汐消费金融有限公司", "RENAMED_TO", "锦岩消费金融有限公司")["date"] == "2023-11-07"
    assert not any(f.subject.name == "你公司" for f in fs)


def test_a_holder_that_renames_itself() -> None:
    text = ("鸥汀新材料股份有限公司（以下简称“公司”）董事会近日收到一位股东的来函。"
            "股东宁波榆冈创业投资合伙企业（有限合伙）持有公司7%的股份，于2023年10月16日办妥工商变更，"
            "其名称变更为“宁波榆冈远景股权投资合伙企业（有限合伙）”，合伙人构成与出资额均无变化。")
    fs = facts_of(text, title="鸥汀新材料公告", date="2023-10-19")
    assert quals(fs, "宁波榆冈创业投资合伙企业（有限合伙）", "RENAMED_TO",
                 "宁波榆冈远景股权投资合伙企业（有限合伙）")["date"] == "2023-10-16"
    assert not any(str(f.predicate) == "RENAMED_TO" and f.subject.name == "鸥汀新材料股份有限公司" for f in fs)
