"""Hong Kong, Taiwan and overseas stories on sentences written for these tests:
a firm's kind in 人 (放债人, 受托人) before its name is no letter of the name, and a
group the story names in full once and by its bare name after is the story's company."""

from __future__ import annotations

from .helpers import facts_of, pairs


def test_moneylender_kind_is_not_part_of_the_name() -> None:
    fs = facts_of("主板上市放債人嵐溪財務集團（1234）昨日公布，行政總裁杜朗軒辭任，即日生效。")
    names = {f.subject.name for f in fs} | {f.object.name for f in fs}
    assert any(n.startswith("嵐溪財務") for n in names)
    assert not any(n.startswith("人") for n in names)


def test_group_named_by_its_bare_name_is_the_story_company() -> None:
    text = ("主板上市放債人嵐溪財務集團（1234）昨晚公布，主要股東配售股份予栢林投資有限公司。"
            "配售完成後，栢林投資成為主要股東。栢林投資由商人余子謙全資擁有。\n"
            "嵐溪財務另公布，委任余子謙為執行董事，自下月一日起生效。"
            "嵐溪財務的私人貸款業務由旗下附屬公司營運。嵐溪財務去年純利下跌。")
    companies = {c for p, c in pairs(text, "HOLDS_POSITION") if p == "余子謙"}
    assert {c[:4] for c in companies} == {"嵐溪財務"}


def test_prospectus_title_company_is_not_its_hong_kong_arm() -> None:
    text = ("本公司為開曼群島獲豁免有限公司，於2017年3月註冊成立。\n"
            "本公司全資擁有的嶽川資訊（香港）有限公司（「嶽川香港」）於2017年11月在香港註冊成立。\n"
            "董事\n執行董事兼本公司主席龐子駿先生負責集團整體策略。")
    fs = facts_of(text, title="嶽川科技控股有限公司 招股章程（節錄）")
    chair = {f.object.name for f in fs if str(f.predicate) == "HOLDS_POSITION" and f.subject.name == "龐子駿"}
    assert chair and all("控股" in c and "香港" not in c for c in chair)


def test_ji_joins_two_companies_and_is_no_letter_of_the_second() -> None:
    got = pairs("信遠金控暨信遠銀行董事長韋家聲表示，董事會一致支持新任總裁。", "HOLDS_POSITION")
    assert ("韋家聲", "信遠銀行") in got
    assert not any(c.startswith("暨") for _p, c in got)


def test_ji_holds_whatever_letters_follow_it() -> None:
    """The segmenter may glue 暨 to the second name's first letters (暨華, 暨恒): the name still starts after it,
    and the post is held at both companies."""
    for a, b in (("華峪金控", "華峪銀行"), ("恒泰金控", "恒泰銀行"), ("泓景金控", "泓景銀行")):
        got = pairs(f"{a}暨{b}董事長龐柏軒昨日表示，董事會一致支持新任總經理。", "HOLDS_POSITION")
        assert {("龐柏軒", a), ("龐柏軒", b)} <= got, (a, got)
        assert not any(c.startswith("暨") for _p, c in got)
    # (but the 暨 of a place's name is a letter of it: 諸暨, the city)
    got = pairs("諸暨農商銀行董事長龐柏軒昨日表示，董事會一致支持新任行長。", "HOLDS_POSITION")
    assert ("龐柏軒", "諸暨農商銀行") in got
