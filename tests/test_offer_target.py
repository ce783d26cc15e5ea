"""An offer document's board is its target's, not its offeror's, though the offeror is named first and most
(extract.offer_target). Names and wording made up for these tests."""

from __future__ import annotations

from tests.helpers import posts

_DOC = (
    "此文件乃重要文件\n\n"
    "MAPLEWOOD CAPITAL LIMITED\n楓林資本有限公司\n（於開曼群島註冊成立之有限公司）\n\n"
    "NORTHPEAK FINANCE HOLDINGS LIMITED\n北嶺金融控股有限公司\n（於香港註冊成立之有限公司）\n（股份代號：2417）\n\n"
    "綜合文件\n"
    "由銘泰證券有限公司代表楓林資本有限公司作出自願有條件現金要約\n"
    "以收購北嶺金融控股有限公司之全部已發行股份\n\n"
    "要約人資料\n"
    "要約人為一間投資控股公司，由楓林控股集團有限公司全資擁有。要約人之董事為范立衡先生及范思齊女士。\n"
    "要約人擬於要約結束後檢討本集團之業務。\n\n"
    "董事會函件\n"
    "董事會現由執行董事袁思遠先生（主席）及獨立非執行董事黎卓琪女士組成。\n"
)



def test_the_board_of_an_offer_document_is_the_targets() -> None:
    got = posts(_DOC, "綜合文件")
    assert ("袁思遠", "北嶺金融控股有限公司", "chairman") in got
    assert ("黎卓琪", "北嶺金融控股有限公司", "independent_director") in got
    assert not any(c == "楓林資本有限公司" and p in ("袁思遠", "黎卓琪") for p, c, _r in got)


def test_a_story_that_mentions_an_offer_keeps_its_own_company() -> None:
    story = ("楓林資本有限公司宣布，已向北嶺金融控股有限公司股東提出要約以收購其全部已發行股份。"
             "楓林資本有限公司董事長范立衡表示，交易將擴大集團業務。")
    got = posts(story, "楓林資本提出收購要約")
    assert ("范立衡", "楓林資本有限公司", "chairman") in got


def test_the_offeror_word_is_the_company_the_offer_is_made_for_by() -> None:
    got = posts(_DOC, "綜合文件")
    assert ("范思齊", "楓林資本有限公司", "director") in got
    assert not any(c == "楓林控股集團有限公司" for _p, c, _r in got)
