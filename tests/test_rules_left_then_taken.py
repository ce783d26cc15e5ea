"""A leaver's clause names no post, the next hands the posts on by 由 (to a relative perhaps): the posts are the
leaver's, and the taker succeeds the leaver; a later holder's leaving stands between an earlier leaver and the next
taker (`extract.rules.successions`)."""

from __future__ import annotations

from tests.helpers import facts_of, quals


def _successions(facts) -> set[tuple[str, str, str]]:
    return {(f.subject.name, f.object.name, str(f.qualifiers.get("role"))) for f in facts if str(f.predicate) == "SUCCEEDED"}


def test_a_son_takes_two_posts_after_his_fathers_retirement():
    text = ("礼泉信托创办人易守诚2019年退休后，由其次子易明远接任董事长兼总经理。"
            "易明远去年卸任总经理，由副总经理柯思源接任。")
    facts = facts_of(text, "", "2024-06-01")
    assert quals(facts, "易守诚", "HOLDS_POSITION", "礼泉信托", role="chairman")["end"] == "2019"
    assert _successions(facts) == {("易明远", "易守诚", "chairman"), ("易明远", "易守诚", "general_manager"),
                                   ("柯思源", "易明远", "general_manager")}


def test_a_daughter_named_with_her_courtesy_word_takes_the_chair():
    text = "鼎和人壽保險股份有限公司今日公告，董事長吳啟東先生任期屆滿卸任，由其長女吳以晴女士接任董事長。"
    facts = facts_of(text, "", "2024-06-01")
    assert ("吳以晴", "吳啟東", "chairman") in _successions(facts)



def test_a_taker_after_the_title_he_holds_now_succeeds_in_the_leavers_post_only():
    text = ("岭川支付有限公司宣布，总经理蔡振宇因退休卸任；集团风控总监林嘉欣获委任为岭川支付有限公司总经理兼首席风险官，"
            "接替蔡振宇，自2024年10月1日起生效。")
    facts = facts_of(text, "", "2024-09-20")
    assert quals(facts, "林嘉欣", "HOLDS_POSITION", "岭川支付有限公司", role="general_manager")["start"] == "2024-10-01"
    assert _successions(facts) == {("林嘉欣", "蔡振宇", "general_manager")}


def test_a_roster_row_and_a_note_on_the_former_holder_in_the_same_month():
    text = ("一、基本情况\n公司名称：临川融资租赁有限公司（以下简称“公司”）\n二、管理人员\n截至本报告日，公司管理人员如下：\n"
            "姓名｜职务｜任职时间\n贺明川｜董事长｜2018年4月\n施雨桐｜总经理｜2022年3月\n"
            "原总经理邝立言已于2022年3月离职，现任集团副总裁。")
    facts = facts_of(text, "", "2024-06-01")
    assert ("施雨桐", "邝立言", "general_manager") in _successions(facts)
