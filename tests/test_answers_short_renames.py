"""A rename asked by a company's short name when the store keeps the short
name apart from the full name that was renamed: facts written for these
tests (北望支付 listed under its short name, 北望支付科技股份有限公司 the
new name of a rename)."""

from __future__ import annotations

import pytest

from service.embedded import EmbeddedBackend
from service.errors import NotFound
from text.abridged import abridges

from .helpers import answer_names, backend_of

FACTS = [
    {"article_id": "r-1", "subject": {"name": "南溪汇联网络科技有限公司", "type": "Company"}, "predicate": "RENAMED_TO",
     "object": {"name": "北望支付科技股份有限公司", "type": "Company"}, "qualifiers": {"date": "2017"},
     "evidence": "2017年南溪汇联网络科技有限公司更名为北望支付科技股份有限公司"},
    {"article_id": "r-1", "subject": {"name": "北望支付", "type": "Company", "aliases": ["920999"]}, "predicate": "LISTED_ON",
     "object": {"name": "北京证券交易所", "type": "Exchange"}, "qualifiers": {"ticker": "920999"},
     "evidence": "北望支付（920999）在北京证券交易所上市"},
]


@pytest.fixture(scope="module")
def backend(tmp_path_factory: pytest.TempPathFactory) -> EmbeddedBackend:
    return backend_of(tmp_path_factory.mktemp("short_renames") / "s.sqlite", FACTS, "r-1", "2024-05-06")


@pytest.mark.parametrize("q", ["北望支付的前身叫什么", "北望支付以前叫什么", "北望支付改名前叫什么"])
def test_a_short_name_finds_the_rename_of_its_full_name(backend: EmbeddedBackend, q: str) -> None:
    assert answer_names(backend, q) == ["南溪汇联网络科技有限公司"]


def test_a_short_name_two_full_names_begin_gets_no_guess(tmp_path) -> None:
    other = {**FACTS[0], "subject": {"name": "东坪支付有限公司", "type": "Company"},
             "object": {"name": "北望支付投资有限公司", "type": "Company"}}
    b = backend_of(tmp_path / "s.sqlite", [*FACTS, other], "r-1", "2024-05-06")
    assert answer_names(b, "北望支付的前身叫什么") == []


def test_a_brand_and_a_kind_further_on_name_the_company(tmp_path) -> None:
    """"澜信科技" asked (in Traditional: "瀾信科技") for 瀾信金融科技控股有限公司: its
    brand and the kind word after the words left out; a brand that does not
    begin the full name, or a kind it lacks, finds nothing."""
    rows = [{"article_id": "r-2", "subject": {"name": "葛望舒", "type": "Person"}, "predicate": "HOLDS_POSITION",
             "object": {"name": "瀾信金融科技控股有限公司", "type": "Company"}, "qualifiers": {"role": "ceo"},
             "evidence": "瀾信金融科技控股有限公司行政總裁葛望舒表示"}]
    b = backend_of(tmp_path / "a.sqlite", rows, "r-2", "2024-06-20")
    assert answer_names(b, "瀾信科技行政總裁是誰") == ["葛望舒"]
    assert answer_names(b, "澜信科技的首席执行官是谁") == ["葛望舒"]
    for other in ("瀾信銀行行政總裁是誰", "信金科技行政總裁是誰"):
        with pytest.raises(NotFound):
            answer_names(b, other)


@pytest.mark.parametrize("short, full, ok", [
    ("汇远科技", "汇远金融科技控股有限公司", True), ("东川银行", "东川商业银行股份有限公司", True),
    ("汇远银行", "汇远金融科技控股有限公司", False), ("汇远科技", "汇远科技有限公司", False),  # a plain front is `shortens`' (or the name)
    ("汇远科技", "汇远金融科技产业园有限公司", False),  # what follows the kind is not generic
    ("上川银行", "上川浦江银行股份有限公司", False), ("平川银行", "平川壹号通银行", False),  # a word of the name is left out
    ("岱川集团", "岱川控股集团有限公司", True), ("沐阳集团", "沐阳实业集团有限公司", True), ("蚁行集团", "蚁行科技集团股份有限公司", True),
    ("岱川集团", "岱川航运集团有限公司", False),  # 航运 tells the group apart
])
def test_abridges(short: str, full: str, ok: bool) -> None:
    assert abridges(short, full) is ok


def test_a_full_name_asked_of_a_company_the_store_knows_by_its_short_name(tmp_path) -> None:
    """The articles say "瀾信科技", "东川银行", "瀚星金融" only; a question gives the
    full name (with its legal ending, in either script): the one short name it
    has, by its front or its brand and kind. A full name whose short form is
    not a short name of it ("平川银行股份有限公司" for 平川) finds nothing."""
    def ceo(person: str, company: str, role: str = "ceo") -> dict[str, object]:
        return {"article_id": "r-3", "subject": {"name": person, "type": "Person"}, "predicate": "HOLDS_POSITION",
                "object": {"name": company, "type": "Company"}, "qualifiers": {"role": role}, "evidence": f"{company}{person}"}
    rows = [ceo("葛望舒", "瀾信科技"), ceo("韩松原", "东川银行", "president"), ceo("柏青川", "瀚星金融"), ceo("甘如海", "平川")]
    b = backend_of(tmp_path / "f.sqlite", rows, "r-3", "2024-06-20")
    assert answer_names(b, "瀾信金融科技控股有限公司的行政總裁是誰") == ["葛望舒"]
    assert answer_names(b, "東川商業銀行股份有限公司的行長是誰") == ["韩松原"]
    assert answer_names(b, "瀚星金融科技集团有限公司的CEO是谁") == ["柏青川"]
    with pytest.raises(NotFound):
        answer_names(b, "平川银行股份有限公司的CEO是谁")


def test_a_former_name_that_is_the_present_one_cut_short_is_none(tmp_path) -> None:
    """"前身为临安青岚模具厂，2016年更名为杭州青岚精工科技股份有限公司", read
    twice, once with the old name cut to its brand "青岚": the brand is in
    the present name, no name the company had; the workshop's name is."""
    def rename(old: str) -> dict:
        return {"article_id": "r-1", "subject": {"name": old, "type": "Company"}, "predicate": "RENAMED_TO",
                "object": {"name": "杭州青岚精工科技股份有限公司", "type": "Company"}, "qualifiers": {"date": "2016"},
                "evidence": "前身为临安青岚模具厂，2016年更名为杭州青岚精工科技股份有限公司"}
    b = backend_of(tmp_path / "s.sqlite", [rename("临安青岚模具厂"), rename("青岚")], "r-1", "2024-05-06")
    assert answer_names(b, "杭州青岚精工科技股份有限公司以前叫什么") == ["临安青岚模具厂"]


def test_a_name_one_character_longer_in_front_is_another_company(tmp_path) -> None:
    """The store knows 嘉陵川银行, also under a stray short "陵川银行"; a question
    about 潞陵川银行, which it does not know, is not about it (a brand's first
    character is no word to leave out), while the place before a name is."""
    rows = [{"article_id": "r-4", "subject": {"name": "甘望川", "type": "Person"}, "predicate": "HOLDS_POSITION",
             "object": {"name": "嘉陵川银行", "type": "Company", "aliases": ["陵川银行"]}, "qualifiers": {"role": "president"},
             "evidence": "嘉陵川银行行长甘望川"},
            {"article_id": "r-4", "subject": {"name": "柯远舟", "type": "Person"}, "predicate": "HOLDS_POSITION",
             "object": {"name": "岱信银行", "type": "Company"}, "qualifiers": {"role": "president"}, "evidence": "岱信银行行长柯远舟"}]
    b = backend_of(tmp_path / "f.sqlite", rows, "r-4", "2024-06-20")
    with pytest.raises(NotFound):
        answer_names(b, "潞陵川银行行长是谁")
    assert answer_names(b, "嘉陵川银行行长是谁") == ["甘望川"]
    assert answer_names(b, "上海岱信银行行长是谁") == ["柯远舟"]


def test_an_english_name_without_its_generic_ending(tmp_path) -> None:
    """The article gives "Qiaoxin Cloud Pay Technology Co., Ltd." beside the
    Chinese name; a question says "Qiaoxin Cloud Pay": the one company whose
    English name it begins, the rest generic words. A front followed by a
    word of its own ("Qiaoxin Cloud" of Qiaoxin Cloud Pay…) is not enough."""
    rows = [{"article_id": "r-5", "subject": {"name": "乔枫", "type": "Person"}, "predicate": "HOLDS_POSITION",
             "object": {"name": "侨信云付科技有限公司", "type": "Company", "aliases": ["Qiaoxin Cloud Pay Technology Co., Ltd."]},
             "qualifiers": {"role": "ceo"}, "evidence": "侨信云付科技有限公司（Qiaoxin Cloud Pay Technology Co., Ltd.）首席执行官乔枫"}]
    b = backend_of(tmp_path / "e.sqlite", rows, "r-5", "2024-06-20")
    assert answer_names(b, "Who is the CEO of Qiaoxin Cloud Pay?") == ["乔枫"]
    with pytest.raises(NotFound):
        answer_names(b, "Who is the CEO of Qiaoxin Cloud?")


FOREIGN_FORMS = [
    {"article_id": "r-6", "subject": {"name": "戚允衡", "type": "Person"}, "predicate": "FOUNDED",
     "object": {"name": "林吉支付科技", "type": "Company", "aliases": ["Ringgo Pay Technologies Sdn Bhd"]},
     "qualifiers": {}, "evidence": "林吉支付科技（Ringgo Pay Technologies Sdn Bhd）由戚允衡创办。"},
    {"article_id": "r-6", "subject": {"name": "邝若川", "type": "Person"}, "predicate": "HOLDS_POSITION",
     "object": {"name": "鲁纳资本", "type": "Company", "aliases": ["Lunaro Capital Pte Ltd"]},
     "qualifiers": {"role": "ceo"}, "evidence": "鲁纳资本（Lunaro Capital Pte Ltd）首席执行官邝若川。"}]


def test_an_english_name_without_a_foreign_legal_form(tmp_path) -> None:
    """"Ringgo Pay Technologies Sdn Bhd", "Lunaro Capital Pte Ltd": a question names the company without
    its generic words and its Malaysian or Singaporean legal form."""
    b = backend_of(tmp_path / "f.sqlite", FOREIGN_FORMS, "r-6", "2024-06-20")
    assert answer_names(b, "Who founded Ringgo Pay?") == ["戚允衡"]
    assert answer_names(b, "Who is the CEO of Lunaro Capital?") == ["邝若川"]
