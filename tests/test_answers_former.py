"""Posts an article only calls former (时任, 原) are not the posts now, on
a store built from facts written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from service.embedded import EmbeddedBackend
from service.former_posts import said_former

from .helpers import answer_names, backend_of, post_row


def _post(person: str, company: str, role: str, evidence: str, **dates: str) -> dict[str, Any]:
    return post_row(person, company, role, "f-1", evidence, **dates)


FACTS = [
    _post("屠远志", "青漪银行", "president", "监管分局对时任该行行长屠远志给予警告，对时任该行董事长葛文澜罚款5万元。"),
    _post("葛文澜", "青漪银行", "chairman", "监管分局对时任该行行长屠远志给予警告，对时任该行董事长葛文澜罚款5万元。"),
    _post("郦松年", "丹溪证券", "president", "丹溪证券原总裁郦松年7月升任董事长，新总裁人选尚待确定。"),
    _post("郦松年", "丹溪证券", "chairman", "丹溪证券原总裁郦松年7月升任董事长，新总裁人选尚待确定。", start="2024-07"),
    _post("缪清和", "溧川科技股份有限公司", "general_manager", "缪清和，溧川科技股份有限公司时任总经理。"),
    _post("闵秋白", "溧川科技股份有限公司", "independent_director", "独立董事闵秋白、桑若溪因连任满六年，不再担任公司独立董事。"),
    _post("桑若溪", "溧川科技股份有限公司", "independent_director", "独立董事闵秋白、桑若溪因连任满六年，不再担任公司独立董事。"),
    _post("窦明庭", "溧川科技股份有限公司", "independent_director", "股东大会选举窦明庭为独立董事，闵秋白不再担任独立董事。"),
    _post("费君瑶", "溧川科技股份有限公司", "cfo", "溧川科技股份有限公司财务总监费君瑶表示，公司经营稳健。"),
]


@pytest.fixture(scope="module")
def backend(tmp_path_factory: pytest.TempPathFactory) -> EmbeddedBackend:
    return backend_of(tmp_path_factory.mktemp("former") / "f.sqlite", FACTS, "f-1", "2025-03-01")


@pytest.mark.parametrize("q, who", [
    ("青漪银行现任行长是谁", []), ("青漪银行的董事长是谁", []),  # a penalty notice on what they did then
    ("丹溪证券现任总裁是谁", []), ("丹溪证券的董事长是谁", ["郦松年"]),  # promoted: the old post is over, the new one is not
    ("溧川科技现任总经理是谁", []), ("溧川科技的独立董事有哪些", ["窦明庭"]), ("溧川科技的财务总监是谁", ["费君瑶"]),
    ("青漪银行历任行长有哪些", ["屠远志"]),  # held once: still an answer to who has held it
])
def test_a_post_called_former_is_not_held_now(backend: EmbeddedBackend, q: str, who: list[str]) -> None:
    assert answer_names(backend, q) == who


def test_the_former_marker_may_stand_before_the_company_or_a_list_of_titles() -> None:
    """"原岷江银行董事长蒲致远", "原党委书记、行长蒲致远": 原 on the post all the same; 原 in another word is no marker."""
    def fact(person: str, role: str, sentence: str, company: str = "岷江银行") -> dict[str, Any]:
        return {"subject": {"name": person}, "object": {"name": company}, "qualifiers": {"role": role}, "evidence": [{"evidence": sentence}]}
    assert said_former(fact("蒲致远", "chairman", "协会会长、原岷江银行董事长蒲致远因年龄原因不再担任会长。"))
    assert not said_former(fact("蒲致远", "chairman", "原沱江银行董事长蒲致远出任岷江银行董事长。"))  # 原 on another company's post
    assert not said_former(fact("蒲致远", "president", "原沱江银行行长、现岷江银行行长蒲致远获核准。"))
    assert said_former(fact("蒲致远", "president", "法院审理岷江银行原党委书记、行长蒲致远受贿一案。"))
    assert not said_former(fact("蒲致远", "chairman", "会议原计划由董事长蒲致远主持。"))
    assert not said_former(fact("蒲致远", "chairman", "因原有岷江银行董事会届满，选举董事长蒲致远。"))


def test_a_former_post_before_the_one_taken_up_leaves_the_new_one_held() -> None:
    """"据悉，原行长宁若谷将出任澧阳银行行长": 原 is on the post he leaves (another bank's); the post
    the sentence gives him after his name, at this company, is the one he holds."""
    def fact(company: str, role: str, sentence: str) -> dict[str, Any]:
        return {"subject": {"name": "宁若谷"}, "object": {"name": company}, "qualifiers": {"role": role}, "evidence": [{"evidence": sentence}]}
    said = "据悉，原行长宁若谷将出任澧阳银行行长，溪桥银行另觅人选。"
    assert not said_former(fact("澧阳银行", "president", said))
    assert said_former(fact("溪桥银行", "president", said))  # the post he leaves
    assert said_former(fact("澧阳银行", "president", "澧阳银行原行长宁若谷不再担任该行行长。"))


def test_a_deputy_promoted_to_the_full_post_is_no_longer_a_deputy(tmp_path_factory: pytest.TempPathFactory) -> None:
    """"2019年，戚望舒加入澄湖基金，出任副总经理；2022年3月升任总经理。现有两位副总经理：甘若澜、邬明哲"."""
    said = "2019年，戚望舒加入澄湖基金，出任副总经理；2022年3月升任总经理。"
    rows = [_post("戚望舒", "澄湖基金", "deputy_general_manager", said, start="2019"),
            _post("戚望舒", "澄湖基金", "general_manager", said, start="2022-03"),
            _post("甘若澜", "澄湖基金", "deputy_general_manager", "现有两位副总经理：甘若澜、邬明哲。"),
            _post("邬明哲", "澄湖基金", "deputy_general_manager", "现有两位副总经理：甘若澜、邬明哲。", start="2020")]
    b = backend_of(tmp_path_factory.mktemp("promoted") / "p.sqlite", rows, "f-1", "2025-03-01")
    assert sorted(answer_names(b, "澄湖基金的副总经理有哪些")) == ["甘若澜", "邬明哲"]
    assert answer_names(b, "澄湖基金的总经理是谁") == ["戚望舒"]
    assert "戚望舒" in answer_names(b, "2021年澄湖基金的副总经理有哪些")


def test_the_marker_must_stand_on_this_post_and_this_person() -> None:
    def fact(person: str, role: str, sentence: str) -> dict[str, Any]:
        return {"subject": {"name": person}, "qualifiers": {"role": role}, "evidence": [{"evidence": sentence}]}
    said = "原行长甄立秋退休后，由行长卜明川兼任董事长。"
    assert said_former(fact("甄立秋", "president", said))
    assert not said_former(fact("卜明川", "president", said))  # the 原 is on another person
    assert not said_former(fact("卜明川", "chairman", said))
    assert not said_former(fact("宋原", "president", "太原银行行长宋原出席会议。"))  # 原 inside a place name



def test_former_right_after_the_company_marks_its_post() -> None:
    """"C前董事长P" (as a notice names those it sanctions): P's post at C is over; 前 in another word
    or on another company's post, before the one P takes up at C, is not."""
    def fact(sentence: str, company: str = "栖梧银行") -> dict[str, Any]:
        return {"subject": {"name": "殷鹤川"}, "object": {"name": company}, "qualifiers": {"role": "chairman"}, "evidence": [{"evidence": sentence}]}
    assert said_former(fact("监管部门对栖梧银行前董事长殷鹤川处以罚款。"))
    assert said_former(fact("主管機關對棲梧銀行前董事長殷鶴川處以罰鍰。"))
    assert said_former(fact("该公司披露，公司前任董事长殷鹤川已配合调查。", "栖梧科技股份有限公司"))
    assert not said_former(fact("栖梧银行董事长殷鹤川出席会前沟通会。"))
    assert not said_former(fact("澧泉银行前董事长殷鹤川出任栖梧银行董事长。"))  # the post he takes up
    assert not said_former(fact("棲梧銀行董事長殷鶴川表示，目前營運穩健。"))

def _stake(holder: str, company: str, percent: float, as_of: str) -> dict[str, Any]:
    return {"article_id": "f-1", "subject": {"name": holder, "type": "Company"}, "predicate": "HOLDS_STAKE",
            "object": {"name": company, "type": "Company"}, "qualifiers": {"percent": percent, "as_of": as_of},
            "evidence": f"截至{as_of}，{holder}持有{company}{percent}%的股份"}


@pytest.fixture(scope="module")
def stakes(tmp_path_factory: pytest.TempPathFactory) -> EmbeddedBackend:
    rows = [_stake("濯江实业有限公司", "沐川信托有限公司", 16.2, "2022-12-31"), _stake("濯江实业有限公司", "沐川信托有限公司", 9.4, "2023-12-31"),
            _stake("岷山投资有限公司", "沐川信托有限公司", 30.0, "2022-12-31"), _stake("岷山投资有限公司", "沐川信托有限公司", 36.8, "2023-12-31")]
    return backend_of(tmp_path_factory.mktemp("cut") / "c.sqlite", rows, "f-1", "2024-04-01")


@pytest.mark.parametrize("q, who", [
    ("谁出售了沐川信托的股权", ["濯江实业有限公司"]), ("谁卖过沐川信托的股份", ["濯江实业有限公司"]),  # its share fell from one report to the next
    ("2023年6月谁出售了沐川信托的股权", []),  # before the later report: nothing known sold yet
])
def test_a_share_that_fell_between_reports_was_sold(stakes: EmbeddedBackend, q: str, who: list[str]) -> None:
    assert answer_names(stakes, q) == who


def test_the_buyer_of_a_stated_sale_is_no_seller(tmp_path_factory: pytest.TempPathFactory) -> None:
    """"濮川集团将所持沣江信托48%股权转让给岱岭资管…（3月8日完成过户），岱岭资管持股比例由12%升至60%": the 12% is
    dated only by the article, the 60% by the change, so the share looks as if it fell; the buyer bought, it sold nothing."""
    dated = _stake("岱岭资管有限公司", "沣江信托有限公司", 60.0, "2024-03-08")
    undated = {**dated, "qualifiers": {"percent": 12.0}, "evidence": "岱岭资管持股比例由12%升至60%"}
    sale = {"article_id": "f-1", "subject": {"name": "濮川集团有限公司", "type": "Company"}, "predicate": "SOLD_STAKE",
            "object": {"name": "沣江信托有限公司", "type": "Company"}, "evidence": "濮川集团将所持沣江信托48%股权转让给岱岭资管",
            "qualifiers": {"buyer": "岱岭资管有限公司", "percent": 48.0, "date": "2024-03-08"}}
    b = backend_of(tmp_path_factory.mktemp("rise") / "r.sqlite", [dated, undated, sale], "f-1", "2024-04-01")
    assert answer_names(b, "谁出售了沣江信托的股权") == ["濮川集团有限公司"]


def _fact(s: str, st: str, pred: str, o: str, ot: str, ev: str) -> dict[str, Any]:
    return {"article_id": "f-1", "subject": {"name": s, "type": st}, "predicate": pred, "object": {"name": o, "type": ot},
            "qualifiers": {}, "evidence": ev}


@pytest.fixture(scope="module")
def twins(tmp_path_factory: pytest.TempPathFactory) -> EmbeddedBackend:
    rows = [_fact("蓟原支付科技股份有限公司", "Company", "LISTED_ON", "SZSE", "Exchange", "蓟原支付科技股份有限公司在深交所上市"),
            _fact("隋岭舟", "Person", "FOUNDED", "蓟原支付科技股份有限公司", "Company", "隋岭舟创立了蓟原支付科技股份有限公司"),
            _fact("隋岭舟", "Person", "HOLDS_POSITION", "蓟原支付", "Company", "蓟原支付董事长隋岭舟") | {"qualifiers": {"role": "chairman"}}]
    return backend_of(tmp_path_factory.mktemp("twins") / "t.sqlite", rows, "f-1", "2024-04-01")


@pytest.mark.parametrize("q, who", [("蓟原支付在哪上市", ["SZSE"]), ("谁创立了蓟原支付", ["隋岭舟"]), ("蓟原支付的董事长是谁", ["隋岭舟"])])
def test_a_short_name_kept_apart_answers_with_its_full_names_facts(twins: EmbeddedBackend, q: str, who: list[str]) -> None:
    assert answer_names(twins, q) == who


def test_a_change_tables_unchanged_row_holds_before_and_after(tmp_path_factory: pytest.TempPathFactory) -> None:
    """"变更前后股权结构: 岷山控股 51% | 51%；芦湾实业 18% | 6%；嘉澍集团 0% | 12%" (the sale done on 2024-07-18):
    the unchanged row, read as one fact told both as past and as of the change, is held before it and since."""
    def row(holder: str, pct: float, **q: Any) -> dict[str, Any]:
        return {"article_id": "f-2", "subject": {"name": holder, "type": "Company"}, "predicate": "HOLDS_STAKE",
                "object": {"name": "岷江人寿保险股份有限公司", "type": "Company"}, "qualifiers": {"percent": pct, **q},
                "evidence": f"{holder} | {pct}%"}
    sale = {"article_id": "f-2", "subject": {"name": "芦湾实业有限公司", "type": "Company"}, "predicate": "SOLD_STAKE",
            "object": {"name": "岷江人寿保险股份有限公司", "type": "Company"}, "evidence": "芦湾实业将所持12%股份转让给嘉澍集团",
            "qualifiers": {"buyer": "嘉澍集团有限公司", "percent": 12.0, "date": "2024-07-18"}}
    rows = [row("岷山控股有限公司", 51.0, former=True, as_of="2024-07-18"), row("芦湾实业有限公司", 18.0, former=True),
            row("芦湾实业有限公司", 6.0, as_of="2024-07-18"), row("嘉澍集团有限公司", 12.0, as_of="2024-07-18"), sale]
    b = backend_of(tmp_path_factory.mktemp("unchanged") / "u.sqlite", rows, "f-2", "2024-07-22")
    assert sorted(answer_names(b, "2024年6月谁持有岷江人寿的股份")) == ["岷山控股有限公司", "芦湾实业有限公司"]
    assert sorted(answer_names(b, "谁持有岷江人寿的股份")) == sorted(["岷山控股有限公司", "嘉澍集团有限公司", "芦湾实业有限公司"])


def test_qianren_before_the_title_calls_the_post_former(tmp_path_factory: pytest.TempPathFactory) -> None:
    """"前任行长柯望川8月升任董事长": 前任 marks the post as held before, like 前 and 原;
    asked of a day before the new president's first report, the predecessor held it."""
    assert said_former({"subject": {"name": "柯望川"}, "qualifiers": {"role": "president"},
                        "evidence": [{"evidence": "前任行长柯望川8月升任董事长，接替退休的董事长。"}]})
    assert not said_former({"subject": {"name": "柯望川"}, "qualifiers": {"role": "president"},
                            "evidence": [{"evidence": "目前任行长的柯望川表示，全年目标不变。"}]})  # 目前 + 任: now
    rows = [_post("柯望川", "雁栖银行", "president", "前任行长柯望川8月升任董事长，接替退休的董事长。"),
            _post("柯望川", "雁栖银行", "chairman", "前任行长柯望川8月升任董事长，接替退休的董事长。", start="2024-08"),
            _post("滕书远", "雁栖银行", "president", "目前领导班子是：董事长柯望川、行长滕书远。")]
    b = backend_of(tmp_path_factory.mktemp("qianren") / "q.sqlite", rows, "f-1", "2024-11-02")
    assert answer_names(b, "雁栖银行的行长是谁") == ["滕书远"]
    assert answer_names(b, "2024年6月30日雁栖银行的行长是谁") == ["柯望川"]


def test_qianren_after_a_word_calls_the_post_former(tmp_path_factory: pytest.TempPathFactory) -> None:
    """"董事长纪远帆，2021年上任，接的是前任董事长苗启东的班": 前任 after 是 (or 的)
    is the marker all the same; the successor of the former chairman is the one now."""
    said = "董事长纪远帆，2021年上任，接的是前任董事长苗启东的班。"
    assert said_former({"subject": {"name": "苗启东"}, "qualifiers": {"role": "chairman"}, "evidence": [{"evidence": said}]})
    assert not said_former({"subject": {"name": "纪远帆"}, "qualifiers": {"role": "chairman"}, "evidence": [{"evidence": said}]})
    assert not said_former({"subject": {"name": "苗启东"}, "qualifiers": {"role": "chairman"},
                            "evidence": [{"evidence": "公司此前任董事长苗启东主持了会议。"}]})  # 此前 + 任
    rows = [_post("苗启东", "澜沧银行", "chairman", said), _post("纪远帆", "澜沧银行", "chairman", said)]
    b = backend_of(tmp_path_factory.mktemp("qianren2") / "q.sqlite", rows, "f-1", "2025-03-02")
    assert answer_names(b, "谁接替了苗启东") == ["纪远帆"]
    assert answer_names(b, "澜沧银行的董事长是谁") == ["纪远帆"]


def test_a_retired_or_late_holder_is_former() -> None:
    """"接的是退休的苗启东的班", "已故董事长苗启东": the post is past; "退休后" of another is not."""
    def fact(sentence: str, person: str = "苗启东") -> dict[str, Any]:
        return {"subject": {"name": person}, "object": {"name": "澜沧银行"}, "qualifiers": {"role": "chairman"}, "evidence": [{"evidence": sentence}]}
    assert said_former(fact("董事长纪远帆2021年上任，接的是退休的苗启东的班。"))
    assert said_former(fact("纪念已故董事长苗启东的座谈会在行内举行。"))
    assert said_former(fact("已经退休的董事长苗启东出席了活动。"))
    assert not said_former(fact("董事长苗启东表示，老行长退休后仍关心银行发展。"))
    assert not said_former(fact("董事长纪远帆2021年上任，接的是退休的苗启东的班。", "纪远帆"))


def test_a_holder_about_to_retire_still_holds_the_post(tmp_path_factory: pytest.TempPathFactory) -> None:
    """"即将退休的董事长P", "将于年底退休的P": the retirement is to come, the post is
    still P's (a successor being sought takes nothing yet); "已到龄退休的P" is past."""
    def fact(sentence: str, person: str = "韩立德") -> dict[str, Any]:
        return {"subject": {"name": person}, "object": {"name": "青梧信托"}, "qualifiers": {"role": "chairman"}, "evidence": [{"evidence": sentence}]}
    soon = "青梧信托董事会已开始物色人选，以接棒明年即将退休的董事长韩立德。"
    assert not said_former(fact(soon))
    assert not said_former(fact("青梧信托将于年底退休的董事长韩立德出席了会议。"))
    assert not said_former(fact("行将到龄退休的青梧信托董事长韩立德表示将做好交接。"))
    assert said_former(fact("孟远川接替已到龄退休的青梧信托董事长韩立德。"))
    b = backend_of(tmp_path_factory.mktemp("soon") / "s.sqlite", [_post("韩立德", "青梧信托", "chairman", soon)], "f-1", "2025-06-01")
    assert answer_names(b, "青梧信托董事长是谁") == ["韩立德"]


_SAID_TRAD = "原總經理鍾若川屆齡退休，董事會聘任符靜安為總經理。"
TRADITIONAL = [_post("鍾若川", "澧泉人壽", "general_manager", _SAID_TRAD),
               _post("符靜安", "澧泉人壽", "general_manager", _SAID_TRAD, start="2024-05-20")]


def test_a_traditional_sentence_calls_a_post_former_as_a_simplified_one_does(tmp_path_factory: pytest.TempPathFactory) -> None:
    """"原總經理鍾若川屆齡退休": 原 on the title written in Traditional; the post held before the successor's start."""
    assert said_former({"subject": {"name": "鍾若川"}, "object": {"name": "澧泉人壽"}, "qualifiers": {"role": "general_manager"},
                        "evidence": [{"evidence": TRADITIONAL[0]["evidence"]}]})
    b = backend_of(tmp_path_factory.mktemp("trad") / "t.sqlite", TRADITIONAL, "f-1", "2024-05-21")
    assert answer_names(b, "2024年1月澧泉人壽的總經理是誰") == ["鍾若川"]
    assert answer_names(b, "澧泉人壽的總經理是誰") == ["符靜安"]


def test_a_holder_said_to_have_stepped_down_after_the_title_and_name_is_former() -> None:
    """"老行长P退下来了", "行长P已于3月退休": the post left, said after the name; "行长P将于年底退休" is still to come."""
    def fact(sentence: str) -> dict[str, Any]:
        return {"subject": {"name": "龚望岳"}, "object": {"name": "渠溪银行"}, "qualifiers": {"role": "president"},
                "evidence": [{"evidence": sentence}]}
    assert said_former(fact("那年秋天，老行长龚望岳退下来了，由我接手。"))
    assert said_former(fact("渠溪银行行长龚望岳已于3月退休。"))
    assert not said_former(fact("渠溪银行行长龚望岳将于年底退休。"))
    assert not said_former(fact("渠溪银行行长龚望岳出席了发布会。"))
    assert not said_former(fact("渠溪银行現任行長龔望岳將於兩行合併之日卸任行長職務。".replace("龔", "龚")))  # to come, in Traditional
