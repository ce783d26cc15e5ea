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
    text = ("松岭农村商业银行股份有限公司2024年度报告摘要\n"
            "松岭农村商业银行股份有限公司（以下简称“本行”）系深圳证券交易所上市公司。报告期内，行长助理韩知秋转任本行控股子公司松岭金融租赁有限公司（本行持股55%）总经理。"
            "本行与第二大股东松岭城市建设投资集团有限公司（以下简称“松岭城投”，持有本行9.8%股份）开展了两笔授信业务。")
    got = {(s, p, o, pct) for s, p, o, pct, _b, _d in _facts(text)}
    assert ("松岭农村商业银行股份有限公司", "HOLDS_STAKE", "松岭金融租赁有限公司", 55.0) in got
    assert any(s in ("松岭城投", "松岭城市建设投资集团有限公司") and p == "HOLDS_STAKE" and pct == 9.8 for s, p, o, pct in got)


def test_part_of_a_holding_sold() -> None:
    text = ("2025年8月3日，钱江实业集团有限公司将其持有的钱江消费金融有限公司80%股权中的55%转让予云梦数字集团有限公司，"
            "交易已于当日完成。")
    got = _facts(text)
    assert ("钱江实业集团有限公司", "SOLD_STAKE", "钱江消费金融有限公司", 55.0, "云梦数字集团有限公司", "2025-08-03") in got
    assert any(s == "钱江实业集团有限公司" and p == "HOLDS_STAKE" and pct == 80.0 for s, p, o, pct, _b, _d in got)
    # the whole holding is no share sold
    assert not any(p == "SOLD_STAKE" and pct == 80.0 for _s, p, _o, pct, _b, _d in got)


def test_a_split_successor_takes_on_the_holding() -> None:
    text = ("岷山证券股份有限公司关于控股股东分立的公告\n"
            "岷山投资集团有限公司持有的岷山证券股份有限公司5亿股股份（占岷山证券股份有限公司总股本的28.40%）由岷山金融控股有限公司承继。\n"
            "2025年3月2日，岷山金融控股有限公司取得营业执照；2025年4月9日，上述股份已在登记结算公司完成过户登记。\n"
            "岷山金融控股有限公司还承继了岷山投资集团有限公司原持有的岷山典当有限公司100%股权和岷山保理有限公司35%股权。")
    got = _facts(text)
    assert ("岷山投资集团有限公司", "SOLD_STAKE", "岷山证券股份有限公司", 28.4, "岷山金融控股有限公司", "2025-04-09") in got
    held = {(s, o, pct) for s, p, o, pct, _b, _d in got if p == "HOLDS_STAKE"}
    assert ("岷山金融控股有限公司", "岷山保理有限公司", 35.0) in held
    assert ("岷山投资集团有限公司", "岷山典当有限公司", 100.0) in held


def test_a_founding_verb_ends_the_founders_name() -> None:
    text = "平阳银行股份有限公司大事记\n2017年3月，经监管部门批准，平阳银行发起设立平阳消费金融有限公司，持股比例51%。"
    got = facts_of(text)
    assert not any("设立" in n for f in got for n in (f.subject.name, f.object.name))
    assert any(f.subject.name == "平阳银行股份有限公司" and f.object.name == "平阳消费金融有限公司"
               and f.qualifiers.get("percent") == 51.0 for f in got)


def test_a_holder_table_naming_a_vehicle_in_brackets() -> None:
    text = ("澄海收购公司完成并购\n"
            "澄海收购公司与北辰智能的合并已于2025年6月18日完成，澄海收购公司同日更名为北辰智能控股有限公司。\n"
            "完成后的股权结构如下：\n"
            "股东｜持股\n"
            "韦朗庭（透过其全资拥有的Northgate Ridge Limited）｜41.2%\n"
            "澄海资本管理有限公司（保荐人）｜5.5%\n"
            "Blue Harbor Partners（独立投资者）｜2.4%\n"
            "其他股东｜50.9%\n")
    got = {(s, o, pct, d) for s, p, o, pct, _b, d in _facts(text, "", "2025-06-19") if p == "HOLDS_STAKE"}
    co = "北辰智能控股有限公司"
    assert ("韦朗庭", co, 41.2, None) in {(s, o, pct, None) for s, o, pct, _d in got}
    assert ("Northgate Ridge Limited", co, 41.2, None) in {(s, o, pct, None) for s, o, pct, _d in got}
    assert ("Blue Harbor Partners", co, 2.4, None) in {(s, o, pct, None) for s, o, pct, _d in got}
    assert any(s.startswith("澄海资本") and o == co and pct == 5.5 for s, o, pct, _d in got)
    assert not any(s == "其他股东" for s, _o, _p, _d in got)
    # the holdings after the completion, as of its day
    assert any(f.subject.name == "Northgate Ridge Limited" and f.qualifiers.get("as_of") == "2025-06-18"
               for f in facts_of(text, "", "2025-06-19"))
