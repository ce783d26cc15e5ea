"""A name the text defines (a bracket after it giving its short name or its
stock code) is a company's name, though its prefix be a common word; the posts
said of it are its own, not the other company's of the sentence. Sentences
written for these tests (not gold text)."""

from __future__ import annotations

from .helpers import posts

_BANK = (
    "省财政厅昨日公布人事案，合力商业银行（简称合力银行，股票代号2877）董事长程立新调任南岭金控董事长，"
    "遗缺由合力银行总经理苏婉清升任。"
)


def test_a_bank_defined_by_its_short_name_holds_its_posts() -> None:
    got = posts(_BANK)
    assert ("苏婉清", "合力商业银行", "general_manager") in got
    assert ("程立新", "合力商业银行", "chairman") in got
    assert not any(p == "苏婉清" and c == "南岭金控" for p, c, _r in got)


def test_a_stock_code_bracket_names_the_company() -> None:
    got = posts("同心证券（证券代码600977）总经理魏子衡于3月1日辞职。")
    assert ("魏子衡", "同心证券", "general_manager") in got


def test_a_promotion_association_is_named_whole() -> None:
    text = ("3月2日，南岭市普惠金融发展促进会（以下简称“促进会”）召开理事会，选举韦承泽为会长，接替届满卸任的柏文石。")
    got = posts(text)
    assert any(p == "韦承泽" and c == "南岭市普惠金融发展促进会" for p, c, _r in got)


def test_the_kind_of_bank_said_before_its_name_is_not_in_the_name() -> None:
    text = "内地城商行东川银行（2677）昨晚公告。该行董事长韦承泽自2018年起出任该行董事长，因年龄原因辞任。"
    got = posts(text)
    assert any(p == "韦承泽" and c == "东川银行" for p, c, _r in got)
    assert not any(c.startswith("内地") for _p, c, _r in got)
