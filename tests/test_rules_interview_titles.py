"""An interview's title and a transcript's bracketed speakers (texts invented for these tests)."""

from tests.helpers import facts_of, posts, quals

_SHOW = ("《松溪财经》第12期　文字实录\n"
         "【主持人】今天来到演播室的，是松溪县富民村镇银行的行长葛明远。\n"
         "【葛明远】谢谢主持人。我们的主发起行是闽北农村商业银行股份有限公司（简称“闽北农商行”）。"
         "本地几家企业也入了股，像松溪县城市建设投资有限公司占10%。\n"
         "【主持人】现在村镇银行的董事长是哪位？\n"
         "【葛明远】董事长是柯丽华，也是闽北农商行派过来的。\n")


def test_interview_title_names_the_guests_company() -> None:
    facts = facts_of(_SHOW, "对话松溪县富民村镇银行行长葛明远")
    assert quals(facts, "松溪县城市建设投资有限公司", "HOLDS_STAKE", "松溪县富民村镇银行")["percent"] == 10.0
    assert ("柯丽华", "松溪县富民村镇银行", "chairman") in {
        (f.subject.name, f.object.name, f.qualifiers.get("role")) for f in facts if str(f.predicate) == "HOLDS_POSITION"}


def test_bracketed_speaker_is_who_says_i() -> None:
    text = ("【主持人】欢迎您！\n【葛明远】谢谢主持人。\n【主持人】您是怎么走上这个岗位的？\n"
            "【葛明远】我2015年加入泉丰银行股份有限公司，担任行长至今。\n")
    assert ("葛明远", "泉丰银行股份有限公司", "president") in posts(text)
