"""A familiar name (老/小 and a surname) in a colleague's tribute (text invented for this test)."""

from tests.helpers import facts_of, posts, quals


def test_familiar_name_is_the_one_person_of_that_surname() -> None:
    text = ("今天，让我们走近泉丰银行股份有限公司（简称“泉丰银行”）南平分行行长柯守恒。\n"
            "行里的年轻人都管他叫“老柯”。\n"
            "2003年，时任南平分行行长葛明远点名把他要到南平，任分行副行长。\n"
            "2009年，老柯被调回总行，任零售金融部总经理，一干就是三年。\n")
    assert quals(facts_of(text), "柯守恒", "HOLDS_POSITION", "泉丰银行", title="零售金融部总经理")["start"] == "2009"


def test_a_word_is_no_familiar_name() -> None:
    text = "泉丰银行股份有限公司董事长时立成表示，小时候的梦想是当老师。"
    assert not any(p.startswith("小") for p, _c, _r in posts(text))
