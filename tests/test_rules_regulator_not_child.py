"""A regulator named before 母公司C is never C's subsidiary: "P的任命已获金管局批准，…，后者已转任母公司C…"
(both scripts); a company the sentence is about still is."""

from __future__ import annotations

from .helpers import facts_of


def _subs(text: str) -> set[tuple[str, str]]:
    return {(f.subject.name, f.object.name) for f in facts_of(text, date="2024-06-02") if str(f.predicate) == "SUBSIDIARY_OF"}


def test_the_regulator_that_approved_a_post_is_no_subsidiary_of_the_parent_named_after() -> None:
    for text in ("嵐汀銀行新聘行政總裁。區文傑的任命已於今年3月獲金管局批准，他接替離任的前任行政總裁古志明，後者已轉任母公司嵐汀控股非執行董事。\n",
                 "岚汀银行新聘行长。区文杰的任命已于今年3月获金融监管总局批准，他接替离任的前任行长古志明，后者已转任母公司岚汀控股非执行董事。\n"):
        assert not any(s in ("金管局", "金融监管总局") for s, _o in _subs(text)), text


def test_the_company_a_sentence_is_about_is_the_parents_subsidiary() -> None:
    assert ("嵐汀銀行", "嵐汀控股") in _subs("嵐汀銀行表示，前任行政總裁古志明已轉任母公司嵐汀控股非執行董事。\n")
