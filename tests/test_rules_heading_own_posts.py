"""A list of an association's officers under headings, each line a name, a
wide space and the person's own company and post: the name holds the
heading's post at the association (a note in brackets may follow a heading).
Sentences written for these tests (not gold text)."""

from __future__ import annotations

from .helpers import facts_of

_ROSTER = (
    "3月2日，南岭市普惠金融发展促进会（以下简称“促进会”）第二届理事会第一次会议召开，选举产生新一届领导班子。\n"
    "常务副会长\n"
    "韦承泽　北林银行股份有限公司副行长\n"
    "副会长（按姓氏笔画排序）\n"
    "柏文石　东川证券股份有限公司总经理\n"
    "廖静思　南岭支付有限公司总经理\n"
)


def _titles() -> set[tuple[str, str, str]]:
    return {(f.subject.name, f.object.name, str(f.qualifiers.get("title")))
            for f in facts_of(_ROSTER) if str(f.predicate) == "HOLDS_POSITION"}


def test_each_name_holds_the_headings_post_at_the_association() -> None:
    got = _titles()
    assert ("韦承泽", "南岭市普惠金融发展促进会", "常务副会长") in got
    assert ("柏文石", "南岭市普惠金融发展促进会", "副会长") in got
    assert ("廖静思", "南岭市普惠金融发展促进会", "副会长") in got
