"""Which company a post belongs to, and a correction's wrong copy (sentences invented for these tests)."""

from extract.inventory import build_inventory
from extract.lexicon import get_lexicon
from extract.titles import find_titles
from tests.helpers import facts_of, posts, quals


def test_correction_wrong_copy_is_no_fact() -> None:
    text = ("【更正】今日早间一则快讯把新任行长的名字写错了，特此更正。\n"
            "原稿：“监管分局核准柯立新泉丰农村商业银行股份有限公司行长任职资格。”\n"
            "应为：“监管分局核准柯立华泉丰农村商业银行股份有限公司行长任职资格。”\n")
    people = {p for p, _c, role in posts(text) if role == "president"}
    assert "柯立新" not in people


def test_moved_then_described_by_former_post() -> None:
    facts = facts_of("泉丰农村商业银行股份有限公司（简称“泉丰农商银行”）新任行长葛明远到任。"
                     "他接替的是今年3月调任福州闽江农村商业银行董事长的前任行长柯立新。")
    assert quals(facts, "柯立新", "HOLDS_POSITION", "福州闽江农村商业银行", role="chairman")
    assert ("柯立新", "福州闽江农村商业银行", "president") not in {
        (f.subject.name, f.object.name, f.qualifiers.get("role")) for f in facts if str(f.predicate) == "HOLDS_POSITION"}


def test_one_of_several_holders_of_a_title() -> None:
    text = "泉丰银行股份有限公司（简称“泉丰银行”）近日公告。经核实，柯立新为该行另一名副行长，目前仍在原岗位履职。"
    assert ("柯立新", "泉丰银行股份有限公司", "vice_president") in posts(text)


def test_financial_regulator_head_is_no_company() -> None:
    text = "泉州金融监管分局日前批复，核准葛明远泉丰农村商业银行股份有限公司副行长任职资格。"
    inv = build_inventory(text, get_lexicon(), find_titles(text, get_lexicon()), orig=lambda a, b: text[a:b], headline="")
    assert "泉州金融" not in inv.surface


def test_bare_group_word_is_the_group_named() -> None:
    text = ("泉丰银行股份有限公司（简称“泉丰银行”）公告称行长辞职。3月28日，泉丰银行控股股东福州华锦控股集团有限公司"
            "（简称“华锦控股”）宣布，推荐集团副总经理柯立新出任泉丰银行行长。")
    assert ("柯立新", "福州华锦控股集团有限公司", "deputy_general_manager") in posts(text)


def test_post_still_held_by() -> None:
    text = "泉丰银行股份有限公司（简称“泉丰银行”）公告称行长辞职。泉丰银行董事长仍为葛明远。"
    assert ("葛明远", "泉丰银行", "chairman") in posts(text)


def test_local_bank_before_its_name() -> None:
    text = ("泰岚银行（马来西亚）有限公司今日委任葛明远出任首席执行员。"
            "在此之前，葛明远为本地联昇银行副首席执行员。")
    assert ("葛明远", "联昇银行", "other") in posts(text)


def test_post_given_after_the_company_just_set_up() -> None:
    text = ("泰岚银行在纳闽成立全资子公司泰岚投资（纳闽）有限公司，开展离岸银行业务，"
            "由泰岚银行副首席执行员柯丽华兼任董事经理。")
    facts = facts_of(text)
    assert quals(facts, "柯丽华", "HOLDS_POSITION", "泰岚投资（纳闽）有限公司", title="董事经理")
