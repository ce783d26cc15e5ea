"""Stakes in less common wording, on sentences written for these tests: a share in the bracket after a company
(who holds it, or what it holds after its short name), part of a holding sold, a split's successor taking on a
holding and the other holdings it took on, and a founding verb between the founder's name and the company's."""

from __future__ import annotations

from .helpers import facts_of


def _facts(text: str, title: str = "", date: str = "") -> set[tuple]:
    out = set()
    for f in facts_of(text, title, date):
        q = f.qualifiers
        out.add((f.subject.name, str(f.predicate), f.object.name, q.get("percent"), q.get("buyer"), q.get("date")))
    return out


def test_a_share_in_the_bracket_after_a_company() -> None:
    text = ("鹤汀农险股份有限公司经营情况说明\n"
            "鹤汀农险股份有限公司（下称“本公司”）的车险理赔由鹤汀理赔服务有限责任公司（本公司持股比例为70%）承接。"
            "截至2023年末，第一大股东鹤汀港航建设有限公司（简称“鹤汀港航”，持有本公司21.5%股份）所持股份均未质押。")
    got = {(s, p, o, pct) for s, p, o, pct, _b, _d in _facts(text)}
    assert ("鹤汀农险股份有限公司", "HOLDS_STAKE", "鹤汀理赔服务有限责任公司", 70.0) in got
    assert any(s in ("鹤汀港航", "鹤汀港航建设有限公司") and p == "HOLDS_STAKE" and pct == 21.5 for s, p, o, pct in got)


def test_part_of_a_holding_sold() -> None:
    text = ("2024年11月20日，经董事会审议，枫桥物流集团股份有限公司已将所持有的枫桥冷链运输有限公司60%股权中的25%出售给"
            "驰舟链运有限公司，款项已全额收讫。")
    got = _facts(text)
    assert ("枫桥物流集团股份有限公司", "SOLD_STAKE", "枫桥冷链运输有限公司", 25.0, "驰舟链运有限公司", "2024-11-20") in got
    assert any(s == "枫桥物流集团股份有限公司" and p == "HOLDS_STAKE" and pct == 60.0 for s, p, o, pct, _b, _d in got)
    # the whole holding is no share sold
    assert not any(p == "SOLD_STAKE" and pct == 60.0 for _s, p, _o, pct, _b, _d in got)


def test_a_split_successor_takes_on_the_holding() -> None:
    text = ("岑溪制药：第二大股东分立进展\n"
            "因存续分立，岑溪国资控股有限公司所持的岑溪制药股份有限公司3,600万股股份"
            "（占岑溪制药股份有限公司股本总额的12.75%）全部由岑溪新桂实业有限公司承继。\n"
            "岑溪新桂实业有限公司于2024年9月3日领取营业执照；2024年10月8日，前述股份已在中国结算深圳分公司办理完毕过户登记。\n"
            "此外，岑溪新桂实业有限公司一并承接了岑溪国资控股有限公司原持有的岑溪水务有限公司100%股权"
            "及岑溪文旅发展有限公司40%股权。")
    got = _facts(text)
    assert ("岑溪国资控股有限公司", "SOLD_STAKE", "岑溪制药股份有限公司", 12.75, "岑溪新桂实业有限公司", "2024-10-08") in got
    held = {(s, o, pct) for s, p, o, pct, _b, _d in got if p == "HOLDS_STAKE"}
    assert ("岑溪新桂实业有限公司", "岑溪文旅发展有限公司", 40.0) in held
    assert ("岑溪国资控股有限公司", "岑溪水务有限公司", 100.0) in held


def test_a_founding_verb_ends_the_founders_name() -> None:
    text = ("溆浦证券股份有限公司发展沿革\n"
            "为拓展资管业务，溆浦证券出资设立溆浦期货有限公司，持股比例为49%，该公司于2016年8月开业。")
    got = facts_of(text)
    assert not any("设立" in n for f in got for n in (f.subject.name, f.object.name))
    assert any(f.subject.name == "溆浦证券股份有限公司" and f.object.name == "溆浦期货有限公司"
               and f.qualifiers.get("percent") == 49.0 for f in got)


def test_a_holder_table_naming_a_vehicle_in_brackets() -> None:
    text = ("翠屏收购公司与雪岚医疗的业务合并\n"
            "双方的业务合并于2024年12月2日交割，翠屏收购公司同日更名为雪岚医疗集团有限公司。\n"
            "合并后持股情况如下：\n"
            "股东｜持股\n"
            "霍思远（经由其全资持有的Silver Fern Holdings Ltd）｜37.6%\n"
            "翠屏资本有限公司（发起人）｜6.1%\n"
            "Harbor Lane Capital（PIPE投资者）｜3.3%\n"
            "其他股东｜53.0%\n")
    got = {(s, o, pct, d) for s, p, o, pct, _b, d in _facts(text, "", "2024-12-03") if p == "HOLDS_STAKE"}
    co = "雪岚医疗集团有限公司"
    assert ("霍思远", co, 37.6, None) in {(s, o, pct, None) for s, o, pct, _d in got}
    assert ("Silver Fern Holdings Ltd", co, 37.6, None) in {(s, o, pct, None) for s, o, pct, _d in got}
    assert ("Harbor Lane Capital", co, 3.3, None) in {(s, o, pct, None) for s, o, pct, _d in got}
    assert any(s.startswith("翠屏资本") and o == co and pct == 6.1 for s, o, pct, _d in got)
    assert not any(s == "其他股东" for s, _o, _p, _d in got)
    # the holdings after the completion, as of its day
    assert any(f.subject.name == "Silver Fern Holdings Ltd" and f.qualifiers.get("as_of") == "2024-12-02"
               for f in facts_of(text, "", "2024-12-03"))
