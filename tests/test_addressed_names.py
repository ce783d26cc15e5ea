"""Names a record writes in its own ways: a council's or committee's surname, title and given name ("X议员YY："),
a commission's head (主任委员) after its name, and a surname with an honorific after a succession verb, which is the
form of a person named in full, not a person of three letters. Sentences written for these tests; people invented."""

from __future__ import annotations

from extract.addressed_names import addressed_names
from extract.lexicon import get_lexicon

from .helpers import posts
from .test_entities_recognition import inventory


def _people(text: str) -> list[str]:
    return sorted(k for k in inventory(text).entities if k.startswith("P:"))


def test_a_records_surname_title_and_given_name_is_one_person() -> None:
    record = ("召委：现在开会，审查保险局预算。\n骆议员文岳：我先问局长，去年罚款收了多少？\n"
              "谭局长佩芸：报告议员，大约一千二百万，明细会后补上。\n骆议员文岳：那就等书面资料。")
    names, forms = addressed_names(record, get_lexicon())
    assert set(names) == {"骆文岳", "谭佩芸"}
    assert forms["骆议员"] == "骆文岳" and forms["谭局长"] == "谭佩芸"
    assert _people(record) == ["P:谭佩芸", "P:骆文岳"]


def test_a_verb_after_surname_and_title_is_no_given_name() -> None:
    assert addressed_names("主持人：下一位。\n任总经理强调：今年不裁员。", get_lexicon())[0] == {}


def test_the_head_of_a_commission_after_its_name_and_not_a_board_committees() -> None:
    assert ("郝建中", "金管会", "other") in posts("金管会主任委员郝建中昨天在立法院答询时说，年底前会提出修法方向。")
    table = "澄川银行董事会设有两个专门委员会，名单如下：\n姓名｜风险管理委员会｜提名委员会\n乔士廉｜主任委员｜委员\n卜雅岚｜委员｜主任委员"
    assert not {p for p in posts(table) if p[2] == "other"}


def test_a_surname_and_honorific_after_a_succession_verb_is_the_defined_person() -> None:
    text = "董事会宣布，韦承朗先生（「韦先生」）已辞任薪酬委员会主席；柯晓彤女士将接替韦先生担任该职，即日生效。"
    assert _people(text) == ["P:柯晓彤", "P:韦承朗"]
