"""Holders whose shares change in step, 分别 pairing them with their figures ("A、B的持股比例分别由P1、P2降至Q1和Q2",
both scripts), and a local firm whose name holds a known firm's short form between its place and its trade
("南昌" + 瑞信 + "投资" is a firm of Nanchang's, not Credit Suisse)."""

from __future__ import annotations

from .helpers import facts_of


def _stakes(text: str) -> set[tuple]:
    return {(f.subject.name, f.object.name, f.qualifiers.get("percent")) for f in facts_of(text, date="2024-06-02")
            if str(f.predicate) == "HOLDS_STAKE"}


def test_each_holder_held_its_own_figures_before_and_after() -> None:
    for text, a, b, target in (
            ("经监管批复同意，栖梧消费金融股份有限公司注册资本增加至20亿元。增资完成后，原股东岚桥物流集团、厦门远航投资有限公司的持股比例"
             "分别由30%、12%降至22.5%和9%。\n", "岚桥物流集团", "厦门远航投资有限公司", "栖梧消费金融股份有限公司"),
            ("經監管核准，棲梧消費金融股份有限公司註冊資本增加至20億元。增資完成後，原股東嵐橋物流集團、廈門遠航投資有限公司的持股比例"
             "分別由30%、12%降至22.5%和9%。\n", "嵐橋物流集團", "廈門遠航投資有限公司", "棲梧消費金融股份有限公司")):
        stakes = _stakes(text)
        for holder, pct in ((a, 30.0), (a, 22.5), (b, 12.0), (b, 9.0)):
            assert any(s == holder and p == pct and o == target for s, o, p in stakes), (holder, pct, stakes)
        assert not any(p == 9.0 and s == a for s, _o, p in stakes)


def test_figures_that_do_not_pair_with_the_holders_give_no_stake() -> None:
    text = ("增资完成后，栖梧消费金融股份有限公司原股东岚桥物流集团、厦门远航投资有限公司的持股比例分别由30%、12%、8%降至22.5%和9%。\n")
    assert not any(s in ("岚桥物流集团", "厦门远航投资有限公司") for s, _o, _p in _stakes(text))


def test_a_known_short_form_inside_a_local_firms_name_is_that_local_firm() -> None:
    assert ("南昌瑞信投资", "栖梧消费金融股份有限公司", 10.0) in _stakes("南昌瑞信投资持有栖梧消费金融股份有限公司10%股权。\n")
    assert ("瑞信", "栖梧消费金融股份有限公司", 10.0) in _stakes("瑞信持有栖梧消费金融股份有限公司10%股权。\n")
