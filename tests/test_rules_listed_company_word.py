"""A filing whose head names "上市公司名称：X" calls X 上市公司 throughout (extract/focus.py `listed_word`), and the
controller a pending deal will make ("本次权益变动完成后，…控股股东将变更为B", while the deal still awaits approval)
is no controller yet (extract/rules/pending.py, extract/rules/stake_control.py). The filing is invented."""

from tests.helpers import facts_of, triples

_LINES = (
    "股票简称：岚汀股份　　股票代码：688977　　上市地点：上海证券交易所", "",
    "安徽岚汀精密股份有限公司", "详式权益变动报告书", "",
    "上市公司名称：安徽岚汀精密股份有限公司", "股票上市地点：上海证券交易所", "信息披露义务人：合肥瑶海产业发展集团有限公司", "",
    "2026年2月10日，信息披露义务人与郜立言签署《股份转让协议》，拟受让郜立言持有的上市公司15.00%的股份。本次转让尚需取得合肥市国资委批准。",
    "截至本报告书签署日，郜立言持有上市公司27.80%的股份，为上市公司控股股东、实际控制人，并担任上市公司董事长。"
    "一致行动人合肥瑶海资本管理有限公司持有上市公司1.60%的股份。",
    "本次权益变动完成后，安徽岚汀精密股份有限公司的控股股东将变更为合肥瑶海产业发展集团有限公司，实际控制人将变更为合肥市国资委。",
)
_FILING = "\n".join(_LINES) + "\n"
_TITLE = "安徽岚汀精密股份有限公司详式权益变动报告书"


def test_the_listed_company_word_is_the_company_the_header_names() -> None:
    facts = facts_of(_FILING, title=_TITLE, date="2026-02-12")
    shares = {f.subject.name: f.qualifiers.get("percent") for f in facts
              if str(f.predicate) == "HOLDS_STAKE" and f.object.name == "安徽岚汀精密股份有限公司"}
    assert shares.get("郜立言") == 27.8 and shares.get("合肥瑶海资本管理有限公司") == 1.6
    assert ("郜立言", "HOLDS_POSITION", "安徽岚汀精密股份有限公司", "chairman") in triples(facts, "HOLDS_POSITION")


def test_the_controller_a_pending_deal_will_make_is_not_one_yet() -> None:
    got = facts_of(_FILING, title=_TITLE, date="2026-02-12")
    held = {(f.subject.name, f.object.name) for f in got if str(f.predicate) == "HOLDS_STAKE" and f.qualifiers.get("controlling")}
    assert ("合肥瑶海产业发展集团有限公司", "安徽岚汀精密股份有限公司") not in held
