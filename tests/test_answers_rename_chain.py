"""A rename chain over two nodes: "A更名为A控股集团有限公司" and later "A控股再度更名为A金控" when the store keeps
A控股 and A控股集团 apart: every former name is an answer (facts written for these tests)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .helpers import answer_names, backend_of


def _rename(old: str, new: str, date: str, evidence: str) -> dict[str, Any]:
    return {"article_id": "rc-1", "subject": {"name": old, "type": "Company"}, "predicate": "RENAMED_TO",
            "object": {"name": new, "type": "Company"}, "qualifiers": {"date": date}, "evidence": evidence}


CHAIN = [
    _rename("岱沙集团有限公司", "岱沙控股集团有限公司", "2011-08",
            "经股东会决议，岱沙集团有限公司自2011年8月起启用新名称岱沙控股集团有限公司。"),
    _rename("岱沙控股", "岱沙金融控股集团有限公司", "2019-11",
            "2019年11月，岱沙控股再次变更名称，改为岱沙金融控股集团有限公司。"),
]


def test_every_former_name_of_a_chain_kept_on_two_nodes(tmp_path: Path) -> None:
    b = backend_of(tmp_path / "r.sqlite", CHAIN, "rc-1", "2024-01-05")
    assert sorted(answer_names(b, "岱沙金融控股集团有限公司以前叫什么")) == ["岱沙控股", "岱沙集团有限公司"]
    assert sorted(answer_names(b, "岱沙集团有限公司后来更名为什么")) == ["岱沙控股", "岱沙金融控股集团有限公司"]  # (the shortest way a name was written)
