"""A rename asked by a company's short name when the store keeps the short
name apart from the full name that was renamed: facts written for these
tests (北望支付 listed under its short name, 北望支付科技股份有限公司 the
new name of a rename)."""

from __future__ import annotations

import pytest

from service.embedded import EmbeddedBackend

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
