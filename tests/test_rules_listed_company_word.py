"""A filing whose head names "上市公司名称：X" calls X 上市公司 throughout (extract/focus.py `listed_word`), and the
controller a pending deal will make (B, to be the 控股股东 once the change is done, while the deal still awaits approval)
is no controller yet (extract/rules/pending.py, extract/rules/stake_control.py). The filing is invented."""

from tests.helpers import facts_of, triples

_LINES = (
    "证券代码：301266　　证券简称：岚汀精密", "",
    "安徽岚汀精密股份有限公司", "详式权益变动报告书", "",
    "上市公司名称：安徽岚汀精密股份有限公司", "信息披露义务人：鸠兹城建实业有限公司", "",
    "信息披露义务人拟以协议方式受让郜立言所持上市公司12.50%的股份，双方已于2026年2月9日签约，转让尚待芜湖市国资委批复。",
    "郜立言现任上市公司董事长，持有上市公司31.45%的股份，系上市公司控股股东及实际控制人；"
    "其一致行动人鸠兹远帆咨询有限公司另持有上市公司2.15%的股份。",
    "本次权益变动完成后，安徽岚汀精密股份有限公司的控股股东将变更为鸠兹城建实业有限公司，实际控制人将变更为芜湖市国资委。",
)
_FILING = "\n".join(_LINES) + "\n"
_TITLE = "安徽岚汀精密股份有限公司详式权益变动报告书"


def test_the_listed_company_word_is_the_company_the_header_names() -> None:
    facts = facts_of(_FILING, title=_TITLE, date="2026-02-12")
    shares = {f.subject.name: f.qualifiers.get("percent") for f in facts
              if str(f.predicate) == "HOLDS_STAKE" and f.object.name == "安徽岚汀精密股份有限公司"}
    assert shares.get("郜立言") == 31.45 and shares.get("鸠兹远帆咨询有限公司") == 2.15
    assert ("郜立言", "HOLDS_POSITION", "安徽岚汀精密股份有限公司", "chairman") in triples(facts, "HOLDS_POSITION")


def test_the_controller_a_pending_deal_will_make_is_not_one_yet() -> None:
    got = facts_of(_FILING, title=_TITLE, date="2026-02-12")
    held = {(f.subject.name, f.object.name) for f in got if str(f.predicate) == "HOLDS_STAKE" and f.qualifiers.get("controlling")}
    assert ("鸠兹城建实业有限公司", "安徽岚汀精密股份有限公司") not in held
