"""The controlling shareholder beside joint controllers in the end: a company holds 31% "为控股股东", three
founders who hold a few percent each (one of them 80% of that company) signed a concert-party agreement and are
"共同实际控制人". Asked for the 控股股东, the holder the article calls so, not the founders. An article written for
these tests, read by the extractor and ingested; the extraction test reads the rank told right after a holding
whose company is left out."""

from __future__ import annotations

from pathlib import Path

from .helpers import answer_names, backend_of, facts_of

_TEXT = ("公告显示，杭州澄湖智算科技股份有限公司（下称“澄湖智算”）成立于2015年6月，由童景川、洪若澜、方致远三人共同创立。"
         "发行前，杭州澄湖投资控股有限公司（下称“澄湖控股”）持有澄湖智算31.25%股份，为控股股东；童景川持有澄湖控股80%股权。"
         "童景川、洪若澜、方致远分别直接持有澄湖智算12.10%、9.40%和7.30%股份。"
         "2019年5月，三人签署《一致行动协议》，约定在股东大会表决时保持一致。据此，三人合计控制澄湖智算50.80%的表决权，为澄湖智算共同实际控制人。")


def test_the_controlling_shareholder_is_the_one_called_so(tmp_path: Path) -> None:
    backend = backend_of(tmp_path / "s.sqlite", [f.as_json() for f in facts_of(_TEXT)], "t")
    assert answer_names(backend, "澄湖智算的控股股东是谁") == ["澄湖控股"]


def test_the_rank_right_after_a_holding_whose_company_is_left_out() -> None:
    text = "南屿智算科技股份有限公司今日上市。发行前，东岭投资控股有限公司持有公司31.25%股份，为控股股东。"
    assert any(f.subject.name == "东岭投资控股有限公司" and f.qualifiers.get("percent") == 31.25 and f.qualifiers.get("controlling")
               for f in facts_of(text))
