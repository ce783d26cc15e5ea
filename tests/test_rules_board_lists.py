"""Boards told as lists with no title before each name, whose company is the list's head or the notice's issuer;
a special-purpose acquisition company kept apart from its sponsor (sentences invented for these tests)."""

from tests.helpers import inventory_of, posts


def test_acquisition_company_is_not_its_sponsor() -> None:
    text = ("榕汇收购公司（Ronghui Acquisition Corporation）的发起人是榕汇资本有限公司（“榕汇资本”）。"
            "去年12月挂牌时，榕汇收购公司募得8亿港元。")
    inv = inventory_of(text)
    spac, sponsor = inv.surface.get("榕汇收购公司"), inv.surface.get("榕汇资本")
    assert spac and sponsor and spac != sponsor


def test_board_list_items_are_the_heads_company() -> None:
    text = ("重组生效后，汇澄控股有限公司（“汇澄控股”）董事会成员如下：主席由常远出任；"
            "榕汇收购公司（Ronghui Acquisition Corporation）原联席主席冯景澄改任非执行董事；"
            "余下一席非执行董事由汇澄控股的最大外部股东提名的贝一鸣担任；"
            "钱蔚然、Oliver Grant及司徒敏为独立非执行董事。")
    found = posts(text)
    assert ("冯景澄", "汇澄控股", "non_executive_director") in found
    for who in ("钱蔚然", "Oliver Grant", "司徒敏"):
        assert (who, "汇澄控股", "independent_director") in found
    assert ("贝一鸣", "汇澄控股", "non_executive_director") in found


def test_independent_committee_is_the_issuers() -> None:
    text = ("在GEM挂牌的朗峤证券集团有限公司（“朗峤证券”）昨日发布公告，拟向泊川控股有限公司（“泊川控股”）发行可换股债券。"
            "泊川控股的全部股份由朗峤证券主席持有。"
            "就此独立非执行董事单雪岚、韩启文及Fiona Blake女士共同组成独立董事委员会，就条款是否公平向股东提供意见。")
    found = posts(text)
    for who in ("单雪岚", "韩启文", "Fiona Blake"):
        assert (who, "朗峤证券", "independent_director") in found
        assert (who, "泊川控股", "independent_director") not in found


def test_seats_filled_by_a_list_after_by() -> None:
    text = ("苗栗丰禾建设股份有限公司（丰禾建设）6月18日举行股东会，完成第九届董事改选。"
            "两席独立董事由鲁佳蓉、柯启宏担任，常驻监察人则由汤明珠出任。")
    found = posts(text)
    assert ("鲁佳蓉", "苗栗丰禾建设股份有限公司", "independent_director") in found
    assert ("柯启宏", "苗栗丰禾建设股份有限公司", "independent_director") in found
    assert ("汤明珠", "苗栗丰禾建设股份有限公司", "supervisor") in found


def test_the_company_just_introduced_after_a_dash() -> None:
    text = ("为开拓海外客源，苗栗丰禾建设股份有限公司（丰禾建设）去年另设一家子公司——丰禾国际顾问股份有限公司，"
            "资本额三亿元。该公司总经理由苗栗丰禾建设副总经理邱文杰兼任。")
    assert ("邱文杰", "丰禾国际顾问股份有限公司", "general_manager") in posts(text)


def test_board_changes_after_a_sale_are_the_targets() -> None:
    # the buyer's and the seller's people are described by their groups; the seats they take or leave are the target's
    text = ("Westmoor Holdings收购澈衡财险有限公司（“澈衡财险”）全部股权一事已于4月1日交割，保监局并已批准由韦立行出任澈衡财险行政总裁。"
            "当日，Westmoor Holdings集团首席投资官Daniel Ivers获委任为主席；"
            "前主席、卖方Corbel plc的亚洲区总裁Laura Pennick则退任董事。财务总监江慧仪与委任精算师卢卓然留任。")
    found = posts(text)
    assert ("Daniel Ivers", "澈衡财险", "chairman") in found
    assert ("Laura Pennick", "澈衡财险", "director") in found
    assert ("卢卓然", "澈衡财险", "other") in found
    assert ("江慧仪", "澈衡财险", "cfo") in found
