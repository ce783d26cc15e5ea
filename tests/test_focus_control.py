"""The 公司 whose controller a clause tells, right after a clause that told who controls the company it
named, is the company the article is about (extract.mentions); "相应" may stand between the rank and
its change (extract.rules.stake_control). Names made up for these tests."""

from __future__ import annotations

from tests.helpers import facts_of

_TEXT = ("近日，监管部门同意青禾信托有限公司（以下简称“青禾信托”）变更股权。北林金控受让青禾信托60%股权。青禾信托原董事长赵启明已辞职。"
         "北林金控由西川省国资委实际控制，公司实际控制人相应由赵启明变更为西川省国资委。")


def _control(text: str, title: str) -> set[tuple[str, str, bool]]:
    return {(f.subject.name, f.object.name, bool(f.qualifiers.get("former"))) for f in facts_of(text, title=title, date="2025-06-01")
            if str(f.predicate) == "HOLDS_STAKE" and f.qualifiers.get("controlling")}


def test_the_company_whose_controller_changes_is_the_one_in_focus() -> None:
    got = _control(_TEXT, "青禾信托获批变更股权 北林金控成控股股东")
    assert ("西川省国资委", "青禾信托", False) in got
    assert ("赵启明", "青禾信托", True) in got
    assert not any(c == "北林金控" and h == "赵启明" for h, c, _f in got)
