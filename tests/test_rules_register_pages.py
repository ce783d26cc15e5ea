"""An association's register page drawn with spaces: its holder rows dated by the page's update day, and a
subsidiary row whose last cell labels its share."""

from __future__ import annotations

from .helpers import facts_of

_PAGE = ("中国证券投资基金业协会　私募基金管理人公示\n"
         "基本信息｜出资人信息｜高管信息\n"
         "信息更新日期：2024-03-18\n\n"
         "【基本信息】\n"
         "机构全称：临溪资产管理有限公司\n"
         "登记时间：2016-05-09\n\n"
         "【出资人信息】\n"
         "序号　出资人名称　　　　　　　　出资比例\n"
         "1　　临溪控股集团有限公司　　　60.00%\n"
         "2　　梧桐湾科技发展有限公司　　40.00%\n\n"
         "【下属机构】\n"
         "机构名称　　　　　　　　　　　类型　　　　　　　成立时间\n"
         "临溪资产管理有限公司杭州分公司　分公司　　　　　2018-07-01\n"
         "临溪投资咨询有限公司　　　　　　全资子公司　　　2019-11-20　　持股比例：100%\n")


def _facts() -> set[tuple]:
    return {(str(f.predicate), f.subject.name, f.object.name, f.qualifiers.get("percent"), f.qualifiers.get("as_of"),
             f.qualifiers.get("kind")) for f in facts_of(_PAGE, title="私募基金管理人公示：临溪资产管理有限公司")}


def test_the_holder_rows_of_a_register_page_stand_at_its_update_day() -> None:
    got = _facts()
    assert ("HOLDS_STAKE", "临溪控股集团有限公司", "临溪资产管理有限公司", 60.0, "2024-03-18", None) in got
    assert ("HOLDS_STAKE", "梧桐湾科技发展有限公司", "临溪资产管理有限公司", 40.0, "2024-03-18", None) in got


def test_a_subsidiary_row_with_a_labelled_share_is_held_by_the_page_s_company() -> None:
    got = _facts()
    assert ("HOLDS_STAKE", "临溪资产管理有限公司", "临溪投资咨询有限公司", 100.0, "2024-03-18", None) in got
    assert ("SUBSIDIARY_OF", "临溪投资咨询有限公司", "临溪资产管理有限公司", None, None, "wholly_owned") in got
