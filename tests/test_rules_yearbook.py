"""A yearbook's entry on a bank: bracketed section labels, a leader list one title a line (a title spaced to the
width of the longest, two holders sharing one), the top holders as "holder，share；" clauses, the village banks the
bank set up counted then named with their shares in brackets, and a chronicle whose days have no year."""

from __future__ import annotations

from .helpers import facts_of, quals

ENTRY = ("青屿银行股份有限公司\n\n"
         "【概况】青屿银行股份有限公司（简称“青屿银行”）成立于2003年。年末全行资产规模达1520.8亿元。\n\n"
         "【领导班子】\n董事长　周海涛\n行　长　郑启明（2021年5月任）\n副行长　韩立群　卢望舒\n监事长　钱志华\n\n"
         "【股权结构】2021年末，青屿银行总股本30.5亿股。前三名股东及其持股比例分别为：青屿市国资委，15.20%；"
         "海澄控股集团有限公司，8.61%；临川航运有限公司，4.05%。\n\n"
         "【附属机构】年末，青屿银行发起设立的村镇银行共2家，分别是桐溪青屿村镇银行有限公司（持股55%）和"
         "合江青屿村镇银行有限公司（持股70%）；此外还控股青银消费金融有限公司，持股51%。\n\n"
         "【大事记】\n3月8日　行长马建平因年龄原因卸任。\n9月21日　召开2021年第一次临时股东大会。\n")


def _facts() -> list:
    return facts_of(ENTRY, date="2022-08-30")


def test_leader_lines_give_each_holder_the_title() -> None:
    posts = {(f.subject.name, f.object.name, f.qualifiers.get("role")) for f in _facts() if str(f.predicate) == "HOLDS_POSITION"}
    assert {("周海涛", "青屿银行", "chairman"), ("韩立群", "青屿银行", "vice_president"),
            ("卢望舒", "青屿银行", "vice_president"), ("郑启明", "青屿银行", "president")} <= posts
    assert not any(f.object.name.startswith("全行") for f in _facts())  # "全行资产": the whole bank's assets, no firm


def test_a_spaced_title_and_its_start_in_brackets() -> None:
    assert quals(_facts(), "郑启明", "HOLDS_POSITION", "青屿银行", role="president").get("start") == "2021-05"


def test_top_holders_as_comma_clauses_on_the_year_end() -> None:
    facts = _facts()
    assert quals(facts, "青屿市国资委", "HOLDS_STAKE", "青屿银行") == {"percent": 15.2, "as_of": "2021-12-31"}
    assert quals(facts, "临川航运有限公司", "HOLDS_STAKE", "青屿银行").get("percent") == 4.05


def test_village_banks_set_up_are_the_sponsors_subsidiaries() -> None:
    facts = _facts()
    for child, pct in (("桐溪青屿村镇银行有限公司", 55.0), ("合江青屿村镇银行有限公司", 70.0), ("青银消费金融有限公司", 51.0)):
        assert quals(facts, "青屿银行", "HOLDS_STAKE", child).get("percent") == pct
        assert quals(facts, child, "SUBSIDIARY_OF", "青屿银行").get("kind") == "subsidiary"
    assert not any(str(f.predicate) == "HOLDS_STAKE" and f.object.name == "青屿银行股份有限公司"
                   and "村镇" in f.subject.name for f in facts)


def test_the_chronicles_days_are_of_the_year_the_entry_covers() -> None:
    assert quals(_facts(), "马建平", "HOLDS_POSITION", "青屿银行", role="president").get("end") == "2021-03-08"
