"""Taiwan's MOPS material-information form when one notice changes several posts (text invented for these tests)."""

from tests.helpers import facts_of, quals

_FORM = ("公司代号：6088　公司名称：东岳金控\n"
         "发言日期：115/09/16　发言时间：09:18:30\n"
         "发言人：杜明瀚　发言人职称：财务长　发言人电话：07-3361xxxx\n"
         "主旨：代子公司东岳产险股份有限公司公告该公司董事长暨总经理更替\n"
         "说明：\n"
         "1.人员变动别：总经理及董事长\n"
         "2.发生变动日期：115/09/16\n"
         "3.旧任者姓名及简历：\n"
         "(1)董事长：黄振邦／东岳产险董事长\n"
         "(2)总经理：林怡君／东岳产险总经理\n"
         "4.新任者姓名及简历：\n"
         "(1)董事长：林怡君／东岳产险总经理、东岳金控副总经理\n"
         "(2)总经理：吴家豪／东岳产险资深副总经理兼风控长\n"
         "5.异动原因：黄振邦届龄退休。\n"
         "6.新任生效日期：115/09/17\n"
         "7.其他应叙明事项：\n"
         "(1)吴家豪原兼任之风控长职务，由稽核室协理郑佳玲接任，自115年9月17日起生效。\n")


def _succ(fs: list) -> set[tuple[str, str, str]]:
    return {(f.subject.name, f.object.name, f.qualifiers.get("role")) for f in fs if str(f.predicate) == "SUCCEEDED"}


def test_each_numbered_line_passes_its_post() -> None:
    fs = facts_of(_FORM, date="2026-09-16")
    assert ("林怡君", "黄振邦", "chairman") in _succ(fs)
    assert ("吴家豪", "林怡君", "general_manager") in _succ(fs)
    assert quals(fs, "林怡君", "HOLDS_POSITION", "东岳产险", role="chairman")["start"] == "2026-09-17"


def test_posts_after_the_slash_of_a_newcomer() -> None:
    fs = facts_of(_FORM, date="2026-09-16")
    assert quals(fs, "林怡君", "HOLDS_POSITION", "东岳金控", role="deputy_general_manager")
    assert quals(fs, "吴家豪", "HOLDS_POSITION", "东岳产险", role="deputy_general_manager")


def test_spokesman_title_and_filing_for_a_subsidiary() -> None:
    fs = facts_of(_FORM, date="2026-09-16")
    assert quals(fs, "杜明瀚", "HOLDS_POSITION", "东岳金控", role="cfo")
    assert quals(fs, "东岳产险股份有限公司", "SUBSIDIARY_OF", "东岳金控")["kind"] == "subsidiary"


def test_post_held_besides_passed_on() -> None:
    fs = facts_of(_FORM, date="2026-09-16")
    assert ("郑佳玲", "吴家豪", "cro") in _succ(fs)
