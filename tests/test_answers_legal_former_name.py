"""A former legal name the new one contains ("X融资担保股份有限公司" renamed "X融资担保集团股份有限公司") is a name the
company had, not the new name cut short: it answers 原名是什么 (facts written for these tests)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .helpers import answer_names, backend_of


def _rename(old: str, new: str, evidence: str) -> dict[str, Any]:
    return {"article_id": "lf-1", "subject": {"name": old, "type": "Company"}, "predicate": "RENAMED_TO",
            "object": {"name": new, "type": "Company"}, "qualifiers": {}, "evidence": evidence}


def test_a_legal_name_inside_the_new_one_is_a_former_name(tmp_path: Path) -> None:
    facts = [_rename("佛山禾丰融资担保股份有限公司", "佛山禾丰融资担保集团股份有限公司", "变更后：佛山禾丰融资担保集团股份有限公司")]
    b = backend_of(tmp_path / "lf.sqlite", facts, "lf-1", "2025-03-02")
    assert answer_names(b, "佛山禾丰融资担保集团股份有限公司原名是什么") == ["佛山禾丰融资担保股份有限公司"]


def test_a_short_form_inside_the_new_name_is_still_no_former_name(tmp_path: Path) -> None:
    facts = [_rename("佛山禾丰融资担保", "佛山禾丰融资担保集团股份有限公司", "佛山禾丰融资担保启用新名称佛山禾丰融资担保集团股份有限公司。")]
    b = backend_of(tmp_path / "lf2.sqlite", facts, "lf-1", "2025-03-02")
    assert answer_names(b, "佛山禾丰融资担保集团股份有限公司原名是什么") == []
