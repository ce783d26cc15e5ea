"""A leaver's clause names no post, the next hands the posts on by 由 (to a relative perhaps): the posts are the
leaver's, and the taker succeeds the leaver; a later holder's leaving stands between an earlier leaver and the next
taker (`extract.rules.successions`)."""

from __future__ import annotations

from tests.helpers import facts_of, quals


def _successions(facts) -> set[tuple[str, str, str]]:
    return {(f.subject.name, f.object.name, str(f.qualifiers.get("role"))) for f in facts if str(f.predicate) == "SUCCEEDED"}


def test_a_son_takes_two_posts_after_his_fathers_retirement():
    text = ("据渚石证券官网介绍，公司创始人祝伯勤2016年退休后，由其长子祝景澜接掌董事长兼总经理。"
            "祝景澜前年卸任总经理，由财务总监钮一苇接任。")
    facts = facts_of(text, "", "2023-11-15")
    assert quals(facts, "祝伯勤", "HOLDS_POSITION", "渚石证券", role="chairman")["end"] == "2016"
    assert _successions(facts) == {("祝景澜", "祝伯勤", "chairman"), ("祝景澜", "祝伯勤", "general_manager"),
                                   ("钮一苇", "祝景澜", "general_manager")}


def test_a_daughter_named_with_her_courtesy_word_takes_the_chair():
    text = "崧嶺證券有限公司董事會週一宣布，董事長魏家駿先生因年屆七十退任，由其長女魏以芊女士接任董事長。"
    facts = facts_of(text, "", "2023-03-08")
    assert ("魏以芊", "魏家駿", "chairman") in _successions(facts)



def test_a_taker_after_the_title_he_holds_now_succeeds_in_the_leavers_post_only():
    text = ("经董事会审议，沐棠消费金融有限公司总经理卢望舒因个人原因卸任；母行零售业务主管骆青禾获委任为"
            "沐棠消费金融有限公司总经理兼首席运营官，接替卢望舒，自2023年4月1日起生效。")
    facts = facts_of(text, "", "2023-03-20")
    assert quals(facts, "骆青禾", "HOLDS_POSITION", "沐棠消费金融有限公司", role="general_manager")["start"] == "2023-04-01"
    assert _successions(facts) == {("骆青禾", "卢望舒", "general_manager")}


def test_a_roster_row_and_a_note_on_the_former_holder_in_the_same_month():
    text = ("（一）企业概况\n企业名称：苍峦商业保理有限公司（下称“公司”）\n（二）高管名单\n"
            "人员｜岗位｜到任时间\n莫青岚｜董事长｜2016年8月\n庞知夏｜总经理｜2020年11月\n"
            "公司原总经理甄伯远于2020年11月辞职，转投同业。")
    facts = facts_of(text, "", "2022-04-30")
    assert ("庞知夏", "甄伯远", "general_manager") in _successions(facts)
