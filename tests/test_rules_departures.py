"""People an article says have left together: their posts end, on sentences
written for these tests."""

from __future__ import annotations

from .helpers import facts_of, quals


def _posts(text: str, date: str = "") -> dict[tuple[str, str], dict]:
    return {(f.subject.name, str(f.qualifiers.get("role"))): f.qualifiers for f in facts_of(text, date=date)
            if str(f.predicate) == "HOLDS_POSITION"}


def test_a_list_of_executives_who_left_one_after_another_ends_each_post_on_the_articles_date() -> None:
    posts = _posts("此前，南山科技的联席总经理周明远、首席风控官柯庆丰、副总经理王建华等多名高管已相继离职。", date="2023-05-10")
    assert posts[("周明远", "other")].get("end") == "2023-05-10"
    assert posts[("柯庆丰", "cro")].get("end") == "2023-05-10"
    assert posts[("王建华", "deputy_general_manager")].get("end") == "2023-05-10"


def test_without_any_date_the_post_is_still_over() -> None:
    posts = _posts("南山科技首席战略官周明远、首席技术官柯庆丰均已离职。")
    assert posts[("周明远", "cso")].get("left") is True and "end" not in posts[("周明远", "cso")]
    assert posts[("柯庆丰", "cto")].get("left") is True


def test_the_date_the_clause_states_is_the_end() -> None:
    posts = _posts("南山科技首席战略官周明远、首席技术官柯庆丰于2022年3月先后离任。", date="2023-05-10")
    assert posts[("周明远", "cso")].get("end") == "2022-03"


def test_people_named_earlier_lose_the_posts_the_article_gave_them_at_that_company() -> None:
    text = "南山科技的首席战略官为周明远，首席技术官为柯庆丰。目前，南山科技的周明远、柯庆丰均已离职。"
    posts = _posts(text, date="2023-05-10")
    assert posts[("周明远", "cso")].get("end") == "2023-05-10"
    assert posts[("柯庆丰", "cto")].get("end") == "2023-05-10"


def test_a_rumour_or_a_denial_ends_nothing() -> None:
    posts = _posts("南山科技首席战略官周明远、首席技术官柯庆丰被曝已相继离职。", date="2023-05-10")
    assert "end" not in posts[("周明远", "cso")] and "left" not in posts[("周明远", "cso")]


def test_one_person_with_no_collective_word_is_left_to_the_title_rules() -> None:
    posts = _posts("北林证券的研究所所长由周明远担任。南山科技首席技术官柯庆丰表示，业务稳健。", date="2023-05-10")
    assert "end" not in posts[("柯庆丰", "cto")]


def test_a_person_who_left_the_company_leaves_every_post_there() -> None:
    # sentences written for this test: no post is named; the posts the article gave the person at the company end
    fs = facts_of("刘三任北林数科副总裁。此后刘三辞去在北林数科的全部职务。", date="2024-05-01")
    assert quals(fs, "刘三", "HOLDS_POSITION", "北林数科", role="vice_president").get("end") == "2024-05-01"
    fs = facts_of("刘三曾任北林数科副总裁。不过后续刘三已辞去在北林数科的任职。")
    assert quals(fs, "刘三", "HOLDS_POSITION", "北林数科", role="vice_president").get("left") is True
    fs = facts_of("刘三任北林数科副总裁、南山银行董事。刘三拟辞去在北林数科的全部职务。", date="2024-05-01")  # planned: nothing ends
    assert "end" not in quals(fs, "刘三", "HOLDS_POSITION", "北林数科") and "end" not in quals(fs, "刘三", "HOLDS_POSITION", "南山银行")


def test_a_year_another_person_has_held_a_post_since_does_not_date_a_departure() -> None:
    # "P自2019年起担任…" is P's tenure; the undated leaving after it is not dated by it
    text = ("北林银行召开董事会，选举周明远为董事长。周明远自2019年起担任北林银行董事长，此次为连任。"
            "独立董事陈怀礼因连续任职已满六年，本次换届后不再担任独立董事。")
    posts = _posts(text, date="2024-05-01")
    assert posts[("周明远", "chairman")].get("start") == "2019"
    assert posts[("陈怀礼", "independent_director")].get("end") != "2019"


def test_a_list_of_names_reaches_its_verb_after_a_reason_clause() -> None:
    posts = _posts("北林银行公告，周明远、陈怀礼因工作调整原因，分别不再担任公司副行长、首席风险官职务。")
    assert set(posts) == {("周明远", "vice_president"), ("陈怀礼", "cro")}
    posts = _posts("北林银行第四届董事会独立董事周明远、陈怀礼、赵一帆因任职届满六年，不再担任该行独立董事。")
    assert set(posts) == {("周明远", "independent_director"), ("陈怀礼", "independent_director"), ("赵一帆", "independent_director")}


def test_names_the_text_has_not_met_before_are_the_list_that_leaves() -> None:
    posts = _posts("北林银行公告，周明远、陈怀礼不再担任公司副行长。")
    assert set(posts) == {("周明远", "vice_president"), ("陈怀礼", "vice_president")}


def test_a_name_whose_surname_is_also_a_word_stands_in_a_list_of_persons() -> None:
    posts = _posts("北林银行独立董事周明远、何静宜因任职届满六年，不再担任该行独立董事。")
    assert ("何静宜", "independent_director") in posts


def test_a_name_after_a_held_post_whose_surname_makes_a_word_with_the_title() -> None:
    # "原行长" + "江文博": 长江 is a word, but after 原 the title stands and a three-letter name follows
    fs = facts_of("华岭银行成立于2016年，是一家民营银行。今年4月，原行长江文博到龄卸任，副行长韦嘉禾获批接任行长。")
    assert ("韦嘉禾", "SUCCEEDED", "江文博") in {(f.subject.name, str(f.predicate), f.object.name) for f in fs}


def test_a_regulator_approving_a_persons_qualification_for_a_post_gives_the_post() -> None:
    # "核准P的董事长任职资格": the 的 joins P to the qualification, not to a post P already had
    fs = facts_of("11月8日，秦岭银行发布公告称，监管局已核准韩嘉树的董事长任职资格，韩嘉树自11月4日起正式就任。")
    assert quals(fs, "韩嘉树", "HOLDS_POSITION", "秦岭银行")["role"] == "chairman"
