"""A bilingual deck's team page: name lines with the Latin spelling, title lines, bullets. On a text written for
these tests (not gold text)."""

from __future__ import annotations

from .helpers import facts_of, triples

_DECK = ("Lanshan Fintech Group 岚杉金融科技集团有限公司 (NYSE: LSFG)\n"
         "Corporate Overview | 2026\n\n"
         "OUR LEADERSHIP 领导团队\n\n"
         "骆清远 LUO Qingyuan\n"
         "Co-founder & Chairman 联合创始人、董事长\n"
         "• 2014年创立岚杉金融科技集团有限公司\n\n"
         "闻可欣 WEN Kexin\n"
         "Chief Financial Officer 首席财务官\n"
         "• Appointed in 2023, succeeding 宫振华\n"
         "• 曾任北辰证券股份有限公司研究所所长\n")


def test_a_name_lines_title_lines_are_posts_at_the_decks_company() -> None:
    got = triples(facts_of(_DECK))
    assert ("骆清远", "HOLDS_POSITION", "岚杉金融科技集团有限公司", "chairman") in got
    assert ("骆清远", "FOUNDED", "岚杉金融科技集团有限公司", None) in got
    assert ("闻可欣", "HOLDS_POSITION", "岚杉金融科技集团有限公司", "cfo") in got


def test_a_blocks_bullets_give_the_one_succeeded_and_a_past_post() -> None:
    got = triples(facts_of(_DECK))
    assert ("闻可欣", "SUCCEEDED", "宫振华", "cfo") in got
    assert ("闻可欣", "HOLDS_POSITION", "北辰证券股份有限公司", "other") in got
