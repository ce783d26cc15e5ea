"""An offer document's board is its target's, not its offeror's, though the offeror is named first and most
(extract.offer_target). Names and wording made up for these tests."""

from __future__ import annotations

from tests.helpers import posts

_DOC = (
    "重要提示：本文件须与随附之接纳表格一并阅读。\n\n"
    "QINGSHAN INVESTMENT LIMITED\n青杉投资有限公司\n（于萨摩亚注册成立之有限公司）\n\n"
    "HUAYUE LOGISTICS HOLDINGS LIMITED\n华岳物流控股有限公司\n（于百慕达注册成立之有限公司）\n（股份代号：3286）\n\n"
    "综合要约文件\n"
    "澄川证券有限公司为及代表青杉投资有限公司作出无条件现金要约\n"
    "以收购华岳物流控股有限公司全部已发行股份\n\n"
    "一、要约之条款\n"
    "青杉投资有限公司将就每股要约股份支付现金0.85港元，青杉投资有限公司已确认具备足够财务资源以应付要约获全数接纳。\n\n"
    "二、要约人之背景\n"
    "要约人于2019年成立，业务以持有投资为主；青杉环球有限公司持有其全部股本。要约人之董事为骆启航先生及骆嘉宁女士。\n"
    "要约人无意于要约截止后改变本集团之主营业务。\n\n"
    "三、董事会函件\n"
    "于本文件日期，董事会成员包括执行董事罗振东先生（主席）与独立非执行董事韦欣怡女士。\n"
)
_TITLE = "综合要约文件"


def test_the_board_of_an_offer_document_is_the_targets() -> None:
    got = posts(_DOC, _TITLE)
    assert ("罗振东", "华岳物流控股有限公司", "chairman") in got
    assert ("韦欣怡", "华岳物流控股有限公司", "independent_director") in got
    assert not any(c == "青杉投资有限公司" and p in ("罗振东", "韦欣怡") for p, c, _r in got)


def test_a_story_that_mentions_an_offer_keeps_its_own_company() -> None:
    story = ("青杉投资有限公司董事长骆启航周二表示，公司已向华岳物流控股有限公司全体股东提出现金要约，"
             "以收购其全部已发行股份，此举有助拓展物流版图。")
    got = posts(story, "青杉投资提出全面要约")
    assert ("骆启航", "青杉投资有限公司", "chairman") in got


def test_the_offeror_word_is_the_company_the_offer_is_made_for_by() -> None:
    got = posts(_DOC, _TITLE)
    assert ("骆嘉宁", "青杉投资有限公司", "director") in got
    assert not any(c == "青杉环球有限公司" for _p, c, _r in got)
