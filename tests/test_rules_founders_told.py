"""Founders told in a story's narrative: partners who pooled their money, a wife named after her husband,
the founder as 他 before his partners, and founders in a relative clause before the firm they opened."""

from tests.helpers import facts_of, pairs, quals


def test_partners_who_founded_a_firm_together():
    # "C（简称Y）由A和B合伙创办": partners found a firm as 共同 founders do
    got = pairs("长河数据服务有限公司（简称“长河数据”）由前同事苏望舒和葛一帆合伙创办，公司2011年开业。", "FOUNDED")
    assert {("苏望舒", "长河数据服务有限公司"), ("葛一帆", "长河数据服务有限公司")} <= got


def test_wife_named_after_her_husband_founds_too():
    facts = facts_of("在怡保起步的青禾支付有限公司由董事经理拿督吴德昌与其妻子林美玲在2010年联合创办。林美玲现任财务总监。")
    assert quals(facts, "吴德昌", "FOUNDED", "青禾支付有限公司")["date"] == "2010"
    assert quals(facts, "林美玲", "FOUNDED", "青禾支付有限公司")["date"] == "2010"


def test_wife_after_a_described_founder_in_traditional_script():
    got = pairs("瑞松保險有限公司由律師出身的馬家豪與太太葉詠珊創辦於多倫多。馬家豪現任董事長，葉詠珊現任財務總監。", "FOUNDED")
    assert {("馬家豪", "瑞松保險有限公司"), ("葉詠珊", "瑞松保險有限公司")} <= got


def test_he_with_friends_pooling_money_founds_with_them():
    facts = facts_of("華興集團主席莫國邦早年在油麻地當學徒。1985年，他與好友鍾子健、謝俊文集資創辦華興信貸有限公司。")
    for person in ("莫國邦", "鍾子健", "謝俊文"):
        assert quals(facts, person, "FOUNDED", "華興信貸有限公司")["date"] == "1985"


def test_founders_in_a_relative_clause_before_the_firm():
    facts = facts_of("这家老字号的起点，是1921年由福州布商陈茂林与同乡黄永安在码头合资开设的裕丰储蓄银行。")
    assert quals(facts, "陈茂林", "FOUNDED", "裕丰储蓄银行")["date"] == "1921"
    assert quals(facts, "黄永安", "FOUNDED", "裕丰储蓄银行")["date"] == "1921"
