"""Founders told in a story's narrative: partners who pooled their money, a wife named after her husband,
the founder as 他 before his partners, and founders in a relative clause before the firm they opened."""

from tests.helpers import facts_of, pairs, quals


def test_partners_who_founded_a_firm_together():
    # "C（简称Y）由A和B合伙创办": partners found a firm as 共同 founders do
    got = pairs("做冷链仓储软件的栖岩物流科技有限公司（简称“栖岩物流”）由邝少衡和蒲嘉禾合伙创办，两人都做过外企采购。", "FOUNDED")
    assert {("邝少衡", "栖岩物流科技有限公司"), ("蒲嘉禾", "栖岩物流科技有限公司")} <= got


def test_wife_named_after_her_husband_founds_too():
    facts = facts_of("丰穗典当有限公司2005年由董事长温国梁与其妻子卢婉华联合创办，起初只有一间铺面。卢婉华目前担任总经理。")
    assert quals(facts, "温国梁", "FOUNDED", "丰穗典当有限公司")["date"] == "2005"
    assert quals(facts, "卢婉华", "FOUNDED", "丰穗典当有限公司")["date"] == "2005"


def test_wife_after_a_described_founder_in_traditional_script():
    got = pairs("鶴汀租賃有限公司由工程師蘇子謙與太太駱慧敏創辦。公司主席為蘇子謙，行政總裁為駱慧敏。", "FOUNDED")
    assert {("蘇子謙", "鶴汀租賃有限公司"), ("駱慧敏", "鶴汀租賃有限公司")} <= got


def test_he_with_friends_pooling_money_founds_with_them():
    facts = facts_of("榆泽集团创办人冼耀邦年轻时在深水埗的五金铺打过杂。1979年，他与好友龚启泰、班志成集资创办榆泽信贷有限公司。")
    for person in ("冼耀邦", "龚启泰", "班志成"):
        assert quals(facts, person, "FOUNDED", "榆泽信贷有限公司")["date"] == "1979"


def test_founders_in_a_relative_clause_before_the_firm():
    facts = facts_of("据县志记载，1936年由茶商邬世昌与同乡罗德厚在镇上合资开设的同德银号，是当地最早的私营钱业。")
    assert quals(facts, "邬世昌", "FOUNDED", "同德银号")["date"] == "1936"
    assert quals(facts, "罗德厚", "FOUNDED", "同德银号")["date"] == "1936"
