""""A吸收合并B…更名C": the absorbed company ceases to be, so the name C is the survivor's, never B's new
one (B is no former name of C). Invented sentences."""

from __future__ import annotations

from .helpers import pairs


def test_the_absorbed_company_is_not_the_one_renamed() -> None:
    renamed = pairs("2023年，岚江证券股份有限公司在吸收合并澄湖证券股份有限公司后正式更名为岚湖证券股份有限公司。", "RENAMED_TO")
    assert not any(old.startswith("澄湖") for old, _new in renamed), renamed


def test_a_plain_rename_still_reads() -> None:
    renamed = pairs("2023年，澄湖证券股份有限公司正式更名为岚湖证券股份有限公司。", "RENAMED_TO")
    assert ("澄湖证券股份有限公司", "岚湖证券股份有限公司") in renamed, renamed
