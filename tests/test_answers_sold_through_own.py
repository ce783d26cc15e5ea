"""A subsidiary that one of the company's own subsidiaries sold is no longer the company's subsidiary."""

from pathlib import Path

from tests.helpers import answer_names, backend_of


def _row(subject: str, predicate: str, obj: str, **q: object) -> dict:
    return {"article_id": "s-1", "subject": {"name": subject, "type": "Company"}, "predicate": predicate,
            "object": {"name": obj, "type": "Company"}, "qualifiers": q, "evidence": "……"}


def test_a_subsidiary_sold_by_the_group_s_own_subsidiary_is_gone(tmp_path: Path) -> None:
    rows = [_row("青岚科技", "SUBSIDIARY_OF", "青岚集团", kind="subsidiary"),
            _row("青岚资管", "SUBSIDIARY_OF", "青岚集团", kind="subsidiary"),
            _row("青岚科技", "HOLDS_STAKE", "青岚资管", percent=40.0, former=True),
            _row("青岚科技", "SOLD_STAKE", "青岚资管", percent=40.0, buyer="白鹭投资", date="2024-05-10"),
            _row("白鹭投资", "HOLDS_STAKE", "青岚资管", percent=100.0)]
    b = backend_of(tmp_path / "s.sqlite", rows, "s-1", "2024-06-01")
    assert answer_names(b, "青岚集团有哪些子公司") == ["青岚科技"]


def test_a_subsidiary_the_group_still_holds_stays(tmp_path: Path) -> None:
    rows = [_row("青岚科技", "SUBSIDIARY_OF", "青岚集团", kind="subsidiary"),
            _row("青岚资管", "SUBSIDIARY_OF", "青岚集团", kind="subsidiary"),
            _row("青岚科技", "SOLD_STAKE", "青岚资管", percent=10.0, buyer="白鹭投资", date="2024-05-10"),
            _row("青岚集团", "HOLDS_STAKE", "青岚资管", percent=60.0)]
    b = backend_of(tmp_path / "s.sqlite", rows, "s-1", "2024-06-01")
    assert sorted(answer_names(b, "青岚集团有哪些子公司")) == ["青岚科技", "青岚资管"]
