"""A meeting's or an interview's question line ("股东提问：") is put to the
company the text is about: a post it names without a company is that
company's, and the answer's 他 is the one the question asked about. Sentences
written for these tests (not gold text)."""

from __future__ import annotations

from .helpers import posts

_TRANSCRIPT = (
    "5月8日，北林证券股份有限公司（以下简称“北林证券”）年度股东大会召开，董事长韦承泽回答了股东提问。\n\n"
    "股东提问：新任总裁是谁？\n"
    "韦承泽：董事会已经聘任魏子衡先生担任总裁。魏总此前是南岭金融控股集团有限公司（以下简称“南岭金控”）战略部总经理，更早在我们公司做过五年投行。我本人的任期明年届满，届时如何安排，由董事会决定。\n\n"
    "股东提问：前任总裁柏文石为什么离开？\n"
    "韦承泽：柏文石先生是因为工作调动离任。他现在已经到南岭金控担任副总经理。\n"
)


def test_a_post_in_a_question_line_is_the_companys_the_meeting_is_about() -> None:
    got = posts(_TRANSCRIPT, "北林证券股东大会实录：董事长谈发展")
    assert any(p == "柏文石" and r == "president" and c.startswith("北林证券") for p, c, r in got)
    assert ("柏文石", "南岭金控", "president") not in got


def test_the_answers_he_is_the_one_the_shareholder_asked_about() -> None:
    got = posts(_TRANSCRIPT, "北林证券股东大会实录：董事长谈发展")
    assert ("柏文石", "南岭金控", "deputy_general_manager") in got
    assert ("韦承泽", "南岭金控", "deputy_general_manager") not in got
