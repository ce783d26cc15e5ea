"""Posts and names on sentences written for these tests (not gold text): 他 in a career paragraph whose sentence naming
the person has no rule's trigger (the person named there, not the one an earlier paragraph named), and a word of time
(距离) glued before a company's name."""

from __future__ import annotations

from .helpers import posts


def test_he_is_the_person_the_untriggered_sentence_named() -> None:
    text = ("11月8日，南汀银行股份有限公司（下称“南汀银行”）公告称，董事长钟秉文因到龄退休辞去董事长职务。"
            "同日，监管局核准詹若谷的南汀银行董事长任职资格。詹若谷此前任南汀银行行长。\n\n"
            "钟秉文的职业生涯始于1986年的一家农行营业所。1998年至2004年，他任中国农业银行保定分行副行长；"
            "此后八年，又任中国农业银行山西分行副行长。")
    got = posts(text)
    assert ("钟秉文", "中国农业银行", "other") in got
    assert ("詹若谷", "中国农业银行", "other") not in got


def test_a_word_of_time_is_no_part_of_the_name() -> None:
    got = posts("至此，距离青禾人寿董事会选举沈墨言为董事长，已过去三个多月。")
    assert ("沈墨言", "青禾人寿", "chairman") in got


def test_a_post_after_a_semicolon_is_at_the_company_just_taken() -> None:
    text = ("北湄金融租赁股份有限公司（下称“北湄金租”）近日完成重组。管理层方面，北湄银行原副行长贺立言已于今年3月获核准出任北湄金租董事长，"
            "接替原董事长祁广和；总经理由宁文远担任。")
    got = posts(text)
    assert ("宁文远", "北湄金租", "general_manager") in got
    assert ("宁文远", "北湄银行", "general_manager") not in got
