"""People and their posts, on sentences written for these tests (not gold
text): a board elected in a control-change story of a quoted company that
shares its brand with the seller, ..."""

from __future__ import annotations

from .helpers import facts_of


def _posts(text: str, title: str = "") -> set[tuple[str, str, str]]:
    return {(f.subject.name, f.object.name, str(f.qualifiers.get("role")))
            for f in facts_of(text, title) if str(f.predicate) == "HOLDS_POSITION"}


_CONTROL_CHANGE = (
    "本报讯 新三板挂牌公司云帆智联（874321）8月2日晚间披露公告，公司控股股东已发生变更。\n"
    "原控股股东杭州云帆投资管理有限公司（以下简称“云帆投资”）将其持有的云帆智联30.00%股份转让给"
    "浙江启明科技集团有限公司（以下简称“启明集团”）。\n"
    "本次权益变动前，云帆投资持有公司45.10%股份；变动后，启明集团成为公司控股股东，云帆投资持股降至15.10%。"
    "公司实际控制人由韩云帆变更为宋立群。\n"
    "同日，云帆智联召开临时股东大会及董事会会议，选举宋立群、韩云帆、方芮为公司董事，选举宋立群为董事长，聘任方芮为总经理。\n"
)


def test_a_quoted_company_sharing_the_sellers_brand_holds_its_board() -> None:
    posts = _posts(_CONTROL_CHANGE, "云帆智联控制权易主：启明集团成控股股东")
    assert ("宋立群", "云帆智联", "chairman") in posts
    assert ("方芮", "云帆智联", "general_manager") in posts
    assert not any(obj.startswith("云帆投资") or obj.startswith("杭州云帆") for _p, obj, _r in posts)
