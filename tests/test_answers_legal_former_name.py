"""A former legal name the new one contains (A股份有限公司 renamed A集团股份有限公司) is a name the company had, not the
new name cut short: it answers 原名是什么 (facts written for these tests)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .helpers import answer_names, backend_of


def _rename(old: str, new: str, evidence: str) -> dict[str, Any]:
    return {"article_id": "lf-1", "subject": {"name": old, "type": "Company"}, "predicate": "RENAMED_TO",
            "object": {"name": new, "type": "Company"}, "qualifiers": {}, "evidence": evidence}


def test_a_legal_name_inside_the_new_one_is_a_former_name(tmp_path: Path) -> None:
    facts = [_rename("南屏瑞禾物流股份有限公司", "南屏瑞禾物流集团股份有限公司", "南屏瑞禾物流股份有限公司自下月起改称南屏瑞禾物流集团股份有限公司")]
    b = backend_of(tmp_path / "lf.sqlite", facts, "lf-1", "2024-11-20")
    assert answer_names(b, "南屏瑞禾物流集团股份有限公司原名是什么") == ["南屏瑞禾物流股份有限公司"]


def test_a_short_form_inside_the_new_name_is_still_no_former_name(tmp_path: Path) -> None:
    facts = [_rename("南屏瑞禾物流", "南屏瑞禾物流集团股份有限公司", "南屏瑞禾物流的工商登记名称已换为南屏瑞禾物流集团股份有限公司。")]
    b = backend_of(tmp_path / "lf2.sqlite", facts, "lf-1", "2024-11-20")
    assert answer_names(b, "南屏瑞禾物流集团股份有限公司原名是什么") == []
