"""A register page drawn with spaces: its holder rows dated by the page's update day, and a subsidiary row whose
last cell labels its share."""

from __future__ import annotations

from .helpers import facts_of

_PAGE = ("澜州融资担保业协会　会员机构信息公示\n"
         "概况｜股东｜分支机构\n"
         "数据更新时间：2023-11-06\n\n"
         "【概况】\n"
         "机构名称：澜州恒舒融资担保有限公司\n"
         "注册资本：50,000万元\n\n"
         "【股东】\n"
         "序号　股东　　　　　　　　　　　　持股比例\n"
         "1　　澜州城市建设投资有限公司　　45.00%\n"
         "2　　砚溪纸业有限公司　　　　　　35.00%\n"
         "3　　松汀农业发展有限公司　　　　20.00%\n\n"
         "【分支机构】\n"
         "名称　　　　　　　　　　　　　　　　类别　　　　　　开业日期\n"
         "澜州恒舒融资担保有限公司北区办事处　办事处　　　　2020-04-15\n"
         "澜州恒舒典当有限公司　　　　　　　　控股子公司　　2021-09-30　　持股：85%\n")


def _facts() -> set[tuple]:
    return {(str(f.predicate), f.subject.name, f.object.name, f.qualifiers.get("percent"), f.qualifiers.get("as_of"),
             f.qualifiers.get("kind")) for f in facts_of(_PAGE, title="会员机构信息公示：澜州恒舒融资担保有限公司")}


def test_the_holder_rows_of_a_register_page_stand_at_its_update_day() -> None:
    got = _facts()
    assert ("HOLDS_STAKE", "澜州城市建设投资有限公司", "澜州恒舒融资担保有限公司", 45.0, "2023-11-06", None) in got
    assert ("HOLDS_STAKE", "松汀农业发展有限公司", "澜州恒舒融资担保有限公司", 20.0, "2023-11-06", None) in got


def test_a_subsidiary_row_with_a_labelled_share_is_held_by_the_page_s_company() -> None:
    got = _facts()
    assert ("HOLDS_STAKE", "澜州恒舒融资担保有限公司", "澜州恒舒典当有限公司", 85.0, "2023-11-06", None) in got
    assert ("SUBSIDIARY_OF", "澜州恒舒典当有限公司", "澜州恒舒融资担保有限公司", None, None, "subsidiary") in got
