"""A company's Latin name in brackets right after its Chinese one is another
name of it, found however the company was found (a label before it, a rule's
construction), so a question in English finds it: with a firm word
("Technology") or as a brand spelling the Chinese name's first syllable
("瑞芷数字（Ruizhi Digital）"). Sentences and names invented."""

from __future__ import annotations

import pytest

from .helpers import aliases_of


@pytest.mark.parametrize("text, name, latin", [
    ("持有其四成股權的內地金融科技公司澄聚科技（Chengju Technology）昨日公布業績。澄聚科技2019年在納斯達克上市。",
     "澄聚科技", "Chengju Technology"),
    ("总部设在新加坡的跨境支付公司瑞芷数字（Ruizhi Digital）周四在纳斯达克上市。瑞芷数字由柯立言创办。",
     "瑞芷数字", "Ruizhi Digital"),
])
def test_the_latin_name_after_the_chinese_one_is_the_company_s(text: str, name: str, latin: str) -> None:
    assert latin in aliases_of(text, name)


@pytest.mark.parametrize("text, name, latin", [
    # a person's name after a short form that is also a surname's letters: not the company's
    ("芷岚控股有限公司（下称芷岚）持有泰汀银行20%股份，其第二代、现任董事长的巴立·芷岚（Pali Zhilan）出席。",
     "芷岚控股有限公司", "Pali Zhilan"),
    # a place in brackets is no name
    ("芩屿数字（Shanghai）于2021年在纳斯达克上市，芩屿数字由柯立言创办。", "芩屿数字", "Shanghai"),
])
def test_a_latin_name_that_is_not_the_company_s_is_left(text: str, name: str, latin: str) -> None:
    assert latin not in aliases_of(text, name)
