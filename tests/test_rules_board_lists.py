"""Boards told as lists with no title before each name, whose company is the list's head or the notice's issuer;
a special-purpose acquisition company kept apart from its sponsor (sentences invented for these tests)."""

from tests.helpers import inventory_of, posts


def test_acquisition_company_is_not_its_sponsor() -> None:
    text = ("由岑溪资本有限公司（“岑溪资本”）发起的岑溪收购公司（Cenxi Acquisition Corp，股份代号：7766）周一宣布合并完成。"
            "岑溪收购公司于2023年上市。")
    inv = inventory_of(text)
    spac, sponsor = inv.surface.get("岑溪收购公司"), inv.surface.get("岑溪资本")
    assert spac and sponsor and spac != sponsor


def test_board_list_items_are_the_heads_company() -> None:
    text = ("合并后，鹭岸控股有限公司（“鹭岸控股”）的董事会由六人组成：柏启航出任主席；"
            "岑溪收购公司（Cenxi Acquisition Corp）前联席主席莫敬言改任非执行董事；"
            "邝若彤、Martin Hale及裴书宁为独立非执行董事；"
            "余下一席非执行董事由鹭岸控股B轮股东提名的甘立诚担任。")
    found = posts(text)
    assert ("莫敬言", "鹭岸控股", "non_executive_director") in found
    for who in ("邝若彤", "Martin Hale", "裴书宁"):
        assert (who, "鹭岸控股", "independent_director") in found
    assert ("甘立诚", "鹭岸控股", "non_executive_director") in found


def test_independent_committee_is_the_issuers() -> None:
    text = ("创板上市的澄湖金融控股有限公司（股份代号：8821，“澄湖金融”）公布，向认购方远帆投资有限公司（“远帆投资”）配发新股。"
            "远帆投资为澄湖金融主席全资拥有的公司。"
            "独立董事委员会由独立非执行董事邬海澜、钟立衡及Grace Whitfield女士组成，其建议股东赞成。")
    found = posts(text)
    for who in ("邬海澜", "钟立衡", "Grace Whitfield"):
        assert (who, "澄湖金融", "independent_director") in found
        assert (who, "远帆投资", "independent_director") not in found


def test_seats_filled_by_a_list_after_by() -> None:
    text = ("鹿港渔业信用金库股份有限公司（简称渔信库）日前改选董事，董事长由官方指派的温崇仁连任。"
            "两席独立董事由卓怡君、潘立新出任，常驻监察人则由阮秀梅担任。")
    found = posts(text)
    assert ("卓怡君", "鹿港渔业信用金库股份有限公司", "independent_director") in found
    assert ("潘立新", "鹿港渔业信用金库股份有限公司", "independent_director") in found
    assert ("阮秀梅", "鹿港渔业信用金库股份有限公司", "supervisor") in found


def test_the_company_just_introduced_after_a_dash() -> None:
    text = ("鹿港渔业信用金库股份有限公司（简称渔信库）旗下设有一家全资子公司——渔信资讯股份有限公司，负责系统维运；"
            "该公司董事长由渔信库协理简文达兼任。")
    assert ("简文达", "渔信资讯股份有限公司", "chairman") in posts(text)


def test_board_changes_after_a_sale_are_the_targets() -> None:
    # the buyer's and the seller's people are described by their groups; the seats they take or leave are the target's
    text = ("泓景保险有限公司（“泓景保险”）的买卖已完成。经保监局批准，葛维廉自8月1日起出任泓景保险行政总裁。"
            "同一天，Norvale Holdings集团营运总监Tobias Crane获委任为董事会主席；"
            "原主席、Ashby Group区域总裁Ruth Mallory则辞任董事。委任精算师蔡家乐及财务总监莫振邦留任。")
    facts_text = posts(text)
    assert ("Tobias Crane", "泓景保险", "chairman") in facts_text
    assert ("Ruth Mallory", "泓景保险", "director") in facts_text
    assert ("蔡家乐", "泓景保险", "other") in facts_text
    assert ("莫振邦", "泓景保险", "cfo") in facts_text
