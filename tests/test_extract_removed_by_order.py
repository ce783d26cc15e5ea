"""A regulator's order removing officers ends their posts: "解除P T职务", a list of them joined by 、/及, on the
order's day (自即日起: the notice's own day); 命令 before a company is no letter of its name; a hedged
order or a contract ended (解除劳动合同) ends no post (sentences and names written for these tests)."""

from __future__ import annotations

from tests.helpers import facts_of


def _ends(text: str, date: str = "") -> dict[tuple[str, str, str], str | None]:
    return {(f.subject.name, f.object.name, str(f.qualifiers["role"])): f.qualifiers.get("end")
            for f in facts_of(text, title="处罚决定", date=date) if str(f.predicate) == "HOLDS_POSITION"}


def test_each_of_a_list_of_removed_officers_loses_its_own_post() -> None:
    ends = _ends("岚湾人寿有限责任公司（简称岚湾人寿）董事长蒲远帆、总经理俞青禾均于2019年到任。"
                 "2024年5月3日，省监管局责令岚湾人寿解除蒲远帆的董事长职务、俞青禾的总经理职务。")
    assert ends[("蒲远帆", "岚湾人寿", "chairman")] == "2024-05-03"
    assert ends[("俞青禾", "岚湾人寿", "general_manager")] == "2024-05-03"


def test_an_order_to_a_company_ends_the_post_on_the_day_said_before() -> None:
    ends = _ends("岚湾人寿有限责任公司（简称岚湾人寿）副总经理俞青禾分管投资。2024年5月3日，该局发布处罚决定书。"
                 "该局还命令岚湾人寿于当日解除俞青禾副总经理一职。")
    assert ends == {("俞青禾", "岚湾人寿", "deputy_general_manager"): "2024-05-03"}


def test_an_order_from_today_ends_the_post_on_the_notice_s_day() -> None:
    ends = _ends("澄汀财产保险股份有限公司（简称澄汀财险）总经理柯望川主持经营已有三年。\n\n"
                 "经查实，该会依法命令澄汀财险立即停止违规业务，并自即日起解除柯望川总经理职务，另处罚款。", date="2025-02-14")
    assert ends == {("柯望川", "澄汀财险", "general_manager"): "2025-02-14"}


def test_a_hedged_order_or_an_ended_contract_ends_no_post() -> None:
    assert _ends("岚湾人寿有限责任公司董事长蒲远帆称，如整改不到位，监管或将解除俞青禾总经理职务。").get(
        ("俞青禾", "岚湾人寿有限责任公司", "general_manager")) is None
    assert all(end is None for end in _ends("岚湾人寿有限责任公司董事长蒲远帆表示，已与俞青禾解除劳动合同。").values())
