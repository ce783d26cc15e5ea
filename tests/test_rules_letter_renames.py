"""A regulator's reply renames the company it is addressed to (你公司), on the day the letter is signed; a listed
company's notice tells a holder's new name (其名称变更为). Invented letters and notices."""

from __future__ import annotations

from .helpers import facts_of, quals

_LETTER = """关于海陵金融租赁有限公司变更公司名称的批复

海陵金融租赁有限公司：
你公司《关于变更公司名称的请示》收悉。经研究，批复如下：
一、同意你公司名称变更为“泰州海陵金融租赁有限公司”。
二、你公司应按规定办理变更登记手续。

2024年3月18日

━━━━━━━━━━━━━━━━━━━━
"""


def test_the_addressee_renamed_on_the_letter_day() -> None:
    fs = facts_of(_LETTER, title="批复", date="2024-03-20")
    assert quals(fs, "海陵金融租赁有限公司", "RENAMED_TO", "泰州海陵金融租赁有限公司")["date"] == "2024-03-18"
    assert not any(f.subject.name == "你公司" for f in fs)


def test_a_holder_that_renames_itself() -> None:
    text = ("松溪电子股份有限公司（以下简称“公司”）近日接到股东青峦产业投资合伙企业（有限合伙）告知，为统一品牌，"
            "其名称变更为“青峦科创投资合伙企业（有限合伙）”，相关登记手续已于2024年9月3日办结。")
    fs = facts_of(text, title="松溪电子股份有限公司关于股东更名的公告", date="2024-09-06")
    assert quals(fs, "青峦产业投资合伙企业（有限合伙）", "RENAMED_TO", "青峦科创投资合伙企业（有限合伙）")["date"] == "2024-09-03"
    assert not any(str(f.predicate) == "RENAMED_TO" and f.subject.name == "松溪电子股份有限公司" for f in fs)
