"""A staff letter sent by e-mail: its sender is its 我, its signature block gives the sender's post, and a post's
holder till now is named apart from the one who takes it. On texts written for these tests (not gold text)."""

from __future__ import annotations

from .helpers import facts_of, triples

_MAIL = ("发件人：谷思源\n"
         "收件人：全体员工\n"
         "主题：关于管理层分工调整的通知\n\n"
         "各位同事：\n"
         "经董事会同意，自2026年1月1日起调整分工如下。\n"
         "星桥数字科技有限公司董事长仍由我兼任。\n"
         "原运营总监费立行调任集团首席技术官。集团首席技术官一职此前由首席财务官龙若溪兼任，今后龙若溪专注财务工作。\n\n"
         "谷思源\n"
         "星桥金融控股集团有限公司总裁\n"
         "2025年12月20日\n")


def test_an_emails_sender_is_its_first_person() -> None:
    assert ("谷思源", "HOLDS_POSITION", "星桥数字科技有限公司", "chairman") in triples(facts_of(_MAIL))


def test_a_signature_blocks_name_line_then_its_post_line() -> None:
    assert ("谷思源", "HOLDS_POSITION", "星桥金融控股集团有限公司", "president") in triples(facts_of(_MAIL))


def test_the_holder_until_now_of_a_post_another_takes() -> None:
    got = triples(facts_of(_MAIL))
    assert ("龙若溪", "HOLDS_POSITION", "星桥金融控股集团有限公司", "cto") in got
    assert ("费立行", "SUCCEEDED", "龙若溪", "cto") in got
