"""Companies a parent has, one a bulleted line under a line that counts them ("C旗下目前共有三家…：" then
"· A，C持股N%；"), and the rest of a company's shares held by another ("，另外40%股权由外方股东B持有")."""

from __future__ import annotations

from .helpers import facts_of, pairs, quals

LINES = ("澜沧金控已于5月20日完成工商登记。澜沧金控旗下目前共有三家持牌金融机构：\n"
         "· 澜沧银行股份有限公司（601999.SH），澜沧金控持股33.6%；\n"
         "· 澜沧期货有限公司，澜沧金控持股90%；\n"
         "· 澜沧人寿保险股份有限公司，澜沧金控持股60%，另外40%股权由外方股东北辰保险集团（Polaris Insurance Group）持有。\n"
         "澜沧金控将推进集团内部协同。")


def test_each_bulleted_company_is_the_parents() -> None:
    subs = pairs(LINES, "SUBSIDIARY_OF")
    assert {("澜沧银行股份有限公司", "澜沧金控"), ("澜沧期货有限公司", "澜沧金控"), ("澜沧人寿保险股份有限公司", "澜沧金控")} <= subs


def test_the_rest_is_the_other_holders() -> None:
    assert quals(facts_of(LINES), "北辰保险集团", "HOLDS_STAKE", "澜沧人寿保险股份有限公司").get("percent") == 40.0


def test_a_list_without_a_counting_lead_is_no_parents() -> None:
    text = "澜沧金控的合作伙伴如下：\n· 澜沧期货有限公司，负责衍生品业务；\n· 北辰保险集团，负责保险业务。"
    assert not pairs(text, "SUBSIDIARY_OF")
