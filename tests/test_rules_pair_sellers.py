"""Former holders of a company bought whole, named after the purchase: a pair with 二者/兩者 + 分别持有 two
figures, and the holders told "交易完成前，T由S1持股…、S2持股…" (both scripts); 公司 after a ticker's
bracket and 公告称 is the announcer."""

from __future__ import annotations

from .helpers import facts_of


def _facts(text: str, pred: str) -> set[tuple]:
    return {(f.subject.name, f.object.name, f.qualifiers.get("buyer"), f.qualifiers.get("percent"))
            for f in facts_of(text, date="2024-06-02") if str(f.predicate) == pred}


_BOUGHT = ("4月18日，栖霞云算（301999.SZ）公告称，公司购买南浔汇付有限公司（下称“汇付南浔”）全部股权一事"
           "已经办妥登记，汇付南浔由此成为公司全资子公司。")


def test_a_pair_named_as_the_other_side_sold_the_buyer_their_shares() -> None:
    text = _BOUGHT + "交易对方为汇付南浔原股东苍梧实业有限公司和自然人卞知秋，二者此前分别持有汇付南浔65%、35%股权。\n"
    sold = {(s, o, b in ("栖霞云算", None) or "栖霞云算" in (b or ""), p) for s, o, b, p in _facts(text, "SOLD_STAKE")}
    assert ("苍梧实业有限公司", "南浔汇付有限公司", True, 65.0) in sold
    assert ("卞知秋", "南浔汇付有限公司", True, 35.0) in sold
    assert any(s == "南浔汇付有限公司" and "栖霞云算" in o for s, o, _b, _p in _facts(text, "SUBSIDIARY_OF"))


def test_a_pair_with_no_deal_before_holds_but_sells_nothing() -> None:
    text = "苍梧实业有限公司和自然人卞知秋，二者此前分别持有南浔汇付有限公司65%、35%股权。\n"
    assert not _facts(text, "SOLD_STAKE")
    assert ("卞知秋", "南浔汇付有限公司", None, 35.0) in _facts(text, "HOLDS_STAKE")


def test_holders_told_before_the_deal_sold_to_the_buyer_of_the_whole() -> None:
    for text in ("3月2日晚，港股上市公司澜沧数智控股有限公司（下称“澜沧数智”，06688.HK）公告，公司已完成对杭州钱塘云支付有限公司"
                 "（下称“钱塘云支付”）全部股权的收购。交易完成前，钱塘云支付由岱山投资有限公司持股60%、自然人股东祁望舒持股40%。"
                 "交割后，钱塘云支付成为澜沧数智的全资子公司。\n",
                 "3月2日晚，港股上市公司瀾滄數智控股有限公司（下稱「瀾滄數智」，06688.HK）公告，公司已完成對杭州錢塘雲支付有限公司"
                 "（下稱「錢塘雲支付」）全部股權的收購。交易完成前，錢塘雲支付由岱山投資有限公司持股60%、自然人股東祁望舒持股40%。"
                 "交割後，錢塘雲支付成為瀾滄數智的全資子公司。\n"):
        sold = {(s, p) for s, _o, _b, p in _facts(text, "SOLD_STAKE")}
        assert {("祁望舒", 40.0)} <= sold, text
        assert any(p == 60.0 for _s, p in sold), text


def test_holders_before_a_deal_not_told_done_sold_nothing() -> None:
    text = ("澜沧数智控股有限公司拟收购杭州钱塘云支付有限公司部分股权，目前仍在谈判。交易完成前，杭州钱塘云支付有限公司由"
            "岱山投资有限公司持股60%、自然人股东祁望舒持股40%。\n")
    assert not _facts(text, "SOLD_STAKE")
