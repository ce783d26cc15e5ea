"""A group's holdings listed in a clause, on sentences written for these tests (not gold text):
"C是…平台，持有B 18.6%的股份，旗下还控股A1、A2等金融机构" — each of the list is C's subsidiary."""

from __future__ import annotations

from .helpers import pairs


def test_a_list_after_qixia_hai_konggu() -> None:
    text = ("北川金融控股集团有限公司（下称北川金控）是省属金融控股平台，持有南溪银行18.6%的股份，"
            "旗下还控股北川信托有限责任公司、北川证券股份有限公司等金融机构。")
    subs = pairs(text, "SUBSIDIARY_OF")
    assert {("北川信托有限责任公司", "北川金融控股集团有限公司"), ("北川证券股份有限公司", "北川金融控股集团有限公司")} <= subs
