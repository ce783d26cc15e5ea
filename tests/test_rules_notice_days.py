"""Which day starts a post, on sentences written for these tests (not gold text): a notice's own day is not
the day a regulator approved a post (guide v1.2: an approval gives no start unless the text gives one); a
start the sentence states after it ("自D起正式就任", "P的T任职资格已于D获C核准") wins; a digest's item
headed by its company in brackets ("【C】") takes no date from the item before it."""

from __future__ import annotations

from .helpers import facts_of


def _starts(text: str, date: str = "2024-12-10") -> dict[tuple[str, str], object]:
    return {(f.subject.name, str(f.qualifiers.get("role"))): f.qualifiers.get("start")
            for f in facts_of(text, date=date) if str(f.predicate) == "HOLDS_POSITION"}


def test_the_notice_day_is_no_start_of_an_approved_post() -> None:
    text = "6月3日晚间，北岭银行发布公告称，国家金融监督管理总局已核准陈立新的行长任职资格。"
    assert _starts(text, "2024-06-05") == {("陈立新", "president"): None}


def test_a_start_stated_after_the_approval_wins() -> None:
    text = "7月9日，南屿银行发布公告称，当地监管局已核准赵明远的董事长任职资格，赵明远自7月2日起正式就任。"
    assert _starts(text, "2024-07-10")[("赵明远", "chairman")] == "2024-07-02"


def test_the_approval_day_of_the_post_named_again() -> None:
    text = ("东川消费金融股份有限公司8月2日公告称，李文博因个人原因辞去公司总经理职务，公司董事会聘任副总经理王思远为总经理，"
            "王思远的总经理任职资格已于7月28日获当地监管局核准。")
    assert _starts(text, "2024-08-03")[("王思远", "general_manager")] == "2024-07-28"


def test_a_digest_item_in_brackets_takes_no_date_from_the_item_before() -> None:
    text = ("【北岭证券】首席财务官离任\n北岭证券12月4日晚间公告，首席财务官孙立群因个人原因辞任，自12月4日起生效。\n\n"
            "【东川银行】周海平获批出任行长\n东川银行12月5日公告，当地监管局已核准周海平的行长任职资格。")
    assert _starts(text)[("周海平", "president")] is None


def test_a_tenures_first_year_is_not_carried_to_the_next_sentence() -> None:
    text = ("2020年6月，西岭银行董事长杜文渊因年龄原因辞去董事长职务。杜文渊自2012年3月起担任西岭银行董事长。"
            "西岭银行行长许知远接替杜文渊出任董事长。")
    facts = facts_of(text, date="2020-06-30")
    dates = {(f.subject.name, str(f.predicate)): (f.qualifiers.get("start"), f.qualifiers.get("date"))
             for f in facts if str(f.predicate) in ("SUCCEEDED", "HOLDS_POSITION") and f.subject.name == "许知远"}
    assert "2012-03" not in {d for pair in dates.values() for d in pair}
    assert dates[("许知远", "SUCCEEDED")][1] == "2020-06"
