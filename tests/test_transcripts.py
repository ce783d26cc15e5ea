"""A show's transcript, on lines written for these tests (not gold text): the speakers' labels (after a time
stamp) name people, 我 on a line is its speaker, and the guest line at the head says whose company the talk is
about, even when the guest names an investor more often."""

from __future__ import annotations

from extract.speakers import speaker_names

from .helpers import facts_of

_SHOW = (
    "【本期嘉宾】许嘉明，蓝鲟科技创始人、董事长\n"
    "【主持人】阿青\n\n"
    "[00:00:40] 阿青：欢迎许嘉明，聊聊蓝鲟科技吧。\n"
    "[00:00:52] 许嘉明：好的。公司的名字叫杭州蓝鲟信息技术有限公司，2017年成立的。\n"
    "[00:01:30] 阿青：投资人呢？\n"
    "[00:01:41] 许嘉明：天使轮是北枫资本，后来北枫资本又跟投了。\n"
    "[00:02:10] 阿青：你现在的职务呢？\n"
    "[00:02:15] 许嘉明：我现在还是董事长兼总经理。\n"
)


def test_a_name_opening_two_stamped_lines_is_a_speaker() -> None:
    names = {n for n, _at in speaker_names(_SHOW)}
    assert "许嘉明" in names and "阿青" in names
    assert not speaker_names("来源：某报\n编辑：某人\n")  # a field label once a line is no speaker


def test_the_speakers_posts_are_at_the_guests_company() -> None:
    facts = facts_of(_SHOW, "《金融夜话》第3期文字稿")
    posts = {(f.subject.name, (f.object.name, *f.object.aliases), str(f.qualifiers.get("role")))
             for f in facts if str(f.predicate) == "HOLDS_POSITION"}
    assert any(p == "许嘉明" and "蓝鲟科技" in names and r == "general_manager" for p, names, r in posts)
    assert not any("北枫资本" in names for _p, names, _r in posts)


def test_the_guest_line_gives_the_guests_founding_and_posts() -> None:
    facts = facts_of(_SHOW, "《金融夜话》第3期文字稿")
    assert any(str(f.predicate) == "FOUNDED" and f.subject.name == "许嘉明" and "蓝鲟科技" in (f.object.name, *f.object.aliases)
               for f in facts)


_FOUNDING = (
    "【本期嘉宾】许嘉明，蓝鲟科技创始人\n"
    "[00:01:05] 阿青：蓝鲟是怎么开始的？\n"
    "[00:01:12] 许嘉明：那是2018年。我、唐慕白，还有秦若溪，我们三个人在杭州租了间办公室。"
    "公司的名字叫杭州蓝鲟信息技术有限公司，我们三个人一起创办的。\n"
    "[00:02:20] 阿青：后来呢？\n"
    "[00:02:31] 许嘉明：若溪现在是首席运营官，一直没离开。\n"
)


def test_the_people_a_speaker_lists_with_themself_founded_the_company_together() -> None:
    facts = facts_of(_FOUNDING, "《金融夜话》第5期文字稿")
    founded = {(f.subject.name, f.qualifiers.get("date")) for f in facts
               if str(f.predicate) == "FOUNDED" and "杭州蓝鲟信息技术有限公司" in (f.object.name, *f.object.aliases)}
    assert {("唐慕白", "2018"), ("秦若溪", "2018")} <= founded
    assert "许嘉明" in {p for p, _d in founded}


def test_a_given_name_on_a_stamped_answer_line_is_the_companion_named_in_full() -> None:
    facts = facts_of(_FOUNDING, "《金融夜话》第5期文字稿")
    assert any(str(f.predicate) == "HOLDS_POSITION" and f.subject.name == "秦若溪" and str(f.qualifiers.get("role")) == "coo"
               for f in facts)


_INTERVIEW = (
    "【编者按】今年3月，青屿消费金融股份有限公司（以下简称“青屿消金”）迎来新任总经理邵明轩。\n\n"
    "记者：您的前任钟一鸣去了哪里？\n"
    "邵明轩：一鸣兄现在是澄岭银行副行长，我们交接得很顺利。\n"
)


def test_your_predecessor_on_a_question_line_is_the_answerers_predecessor_in_the_post() -> None:
    facts = facts_of(_INTERVIEW, "对话青屿消金总经理邵明轩", "2026-10-01")
    got = {(f.subject.name, f.object.name, f.qualifiers.get("role")) for f in facts if str(f.predicate) == "SUCCEEDED"}
    assert ("邵明轩", "钟一鸣", "general_manager") in got


def test_a_given_name_with_xiong_on_an_answer_line_is_the_colleague_named_in_full() -> None:
    facts = facts_of(_INTERVIEW, "对话青屿消金总经理邵明轩", "2026-10-01")
    assert any(str(f.predicate) == "HOLDS_POSITION" and f.subject.name == "钟一鸣" and "澄岭银行" in f.object.name
               and str(f.qualifiers.get("role")) == "vice_president" for f in facts)


_LETTERED = (
    "嘉宾A：许嘉明，蓝鲟科技创始人、首席执行官\n"
    "主持人：阿青\n\n"
    "主持人：您之前在哪里工作？\n"
    "嘉宾A：我在北枫资本做了五年投资，后来出来创业。\n"
    "主持人：现在公司谁来管？\n"
    "嘉宾A：我现在还兼任蓝鲟科技董事长。\n"
)


def test_a_lettered_role_label_speaks_for_the_person_the_head_introduces_under_it() -> None:
    facts = facts_of(_LETTERED, "《夜话》第9期文字稿")
    posts = {(f.subject.name, f.object.name, str(f.qualifiers.get("role"))) for f in facts if str(f.predicate) == "HOLDS_POSITION"}
    assert ("许嘉明", "蓝鲟科技", "chairman") in posts
    assert ("许嘉明", "蓝鲟科技", "ceo") in posts
    assert any(str(f.predicate) == "FOUNDED" and f.subject.name == "许嘉明" for f in facts)


def test_a_clause_that_only_points_at_a_company_is_what_the_next_clause_says_is_a_subsidiary() -> None:
    text = ("[00:03:10] 许嘉明：后来我们拿了张保理牌照，就是杭州蓝鲟商业保理有限公司，是蓝鲟科技的全资子公司。\n"
            "[00:03:40] 阿青：明白。\n[00:03:45] 许嘉明：对。\n")
    subs = {(f.subject.name, f.object.name, str(f.qualifiers.get("kind"))) for f in facts_of(text, "访谈") if str(f.predicate) == "SUBSIDIARY_OF"}
    assert ("杭州蓝鲟商业保理有限公司", "蓝鲟科技", "wholly_owned") in subs


_QA = ("编者按：青禾农商银行原董事长韦国栋日前退休。交接前一天，小编和韦国栋聊了一个下午。\n\n"
       "问：听说您在联社的老领导是主任蒙福林？\n答：对。2012年6月，联社改制为青禾农村商业银行，我出任董事长。\n")


def test_the_answers_of_a_q_and_a_are_the_one_the_editors_note_talked_with() -> None:
    """"小编和P聊了一个下午" … "答：…我出任董事长": a Q&A's answer lines carry no name; their 我 is the one person
    the editor's note says the interview was with."""
    starts = {(f.subject.name, f.object.name, f.qualifiers.get("start")) for f in facts_of(_QA) if str(f.predicate) == "HOLDS_POSITION"}
    assert ("韦国栋", "青禾农村商业银行", "2012-06") in starts
    assert not any(p == "蒙福林" and c == "青禾农村商业银行" for p, c, _s in starts)


def test_dang_le_is_a_spoken_became() -> None:
    """"P当了行长": the spoken 'became', as 当上 is (not 充当了, a role played)."""
    text = "青禾农村商业银行副行长韦国栋分管零售。2015年，韦国栋当了青禾农村商业银行行长。"
    roles = {(f.subject.name, f.qualifiers.get("role"), f.qualifiers.get("start")) for f in facts_of(text) if str(f.predicate) == "HOLDS_POSITION"}
    assert ("韦国栋", "president", "2015") in roles
