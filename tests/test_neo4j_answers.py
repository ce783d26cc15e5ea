"""Live Neo4j 5.26 (make neo4j-test): answers the service reads from a stake's own sentences come out the same
on both backends, over one small store loaded into each (the bundled corpus is loaded back after)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import answer_names, backend_of
from tests.test_answers_controller_in_the_end import ENDS_IN_A_COMPANY
from tests.test_neo4j_ranking import load_store  # noqa: F401  (the fixture)

pytestmark = pytest.mark.neo4j


def test_the_controller_in_the_end_named_by_its_stake_alike_on_neo4j(load_store, tmp_path: Path) -> None:  # noqa: F811
    path = tmp_path / "c.sqlite"
    embedded = backend_of(path, [{**f, "article_id": "c-1"} for f in ENDS_IN_A_COMPANY], "c-1", "2025-09-05")
    neo = load_store(path)
    for q in ("栎汀科技的实际控制人是谁", "栎汀科技的控股股东是谁", "青汀数据的实际控制人是谁", "Who is the actual controller of 栎汀科技?"):
        assert answer_names(embedded, q) == answer_names(neo, q), q
    assert answer_names(neo, "栎汀科技的实际控制人是谁") == ["阚望舒"]


def test_a_rename_chain_over_two_nodes_alike_on_neo4j(load_store, tmp_path: Path) -> None:  # noqa: F811
    from tests.test_answers_rename_chain import CHAIN
    path = tmp_path / "r.sqlite"
    embedded = backend_of(path, CHAIN, "rc-1", "2024-01-05")
    neo = load_store(path)
    for q in ("岱沙金融控股集团有限公司以前叫什么", "岱沙集团有限公司后来更名为什么"):
        assert sorted(answer_names(embedded, q)) == sorted(answer_names(neo, q)), q
    assert sorted(answer_names(neo, "岱沙金融控股集团有限公司以前叫什么")) == ["岱沙控股", "岱沙集团有限公司"]


def test_posts_and_holders_asked_in_new_forms_alike_on_neo4j(load_store, tmp_path: Path) -> None:  # noqa: F811
    from tests.test_question_forms_owned import FACTS
    path = tmp_path / "q.sqlite"
    embedded = backend_of(path, FACTS, "qf-1", "2024-06-01")
    neo = load_store(path)
    for q in ("韦松岩担任哪些公司的职务", "北屿银行由谁持有"):
        assert answer_names(embedded, q) == answer_names(neo, q), q


def test_posts_left_a_sellers_kept_share_and_a_holders_companies_alike_on_neo4j(load_store, tmp_path: Path) -> None:  # noqa: F811
    """A post taken up after a former one, a Traditional sentence's former post, a holder said to have stepped down,
    the share a seller kept after an undated sale, and what a holder holds: the same answers on both backends."""
    from tests.test_answers_former import TRADITIONAL, _post
    from tests.test_answers_holdings import HOLDS
    from tests.test_answers_sale_sides import KEPT
    from tests.test_answers_short_renames import FOREIGN_FORMS
    posts = [_post("宁若谷", "澧阳银行", "president", "据悉，原行长宁若谷将出任澧阳银行行长，溪桥银行另觅人选。"),
             _post("龚望岳", "渠溪银行", "president", "那年秋天，老行长龚望岳退下来了，由贝远舟接手。"),
             _post("贝远舟", "渠溪银行", "president", "渠溪银行行长贝远舟介绍了该行的经营情况。")]
    path = tmp_path / "p.sqlite"
    embedded = backend_of(path, [{**f, "article_id": "p-1"} for f in [*TRADITIONAL, *HOLDS, *KEPT, *FOREIGN_FORMS, *posts]], "p-1", "2025-06-12")
    neo = load_store(path)
    for q in ("澧阳银行行长是谁", "2024年1月澧泉人壽的總經理是誰", "澧泉人壽的總經理是誰", "渠溪银行行长是谁", "澄溪支付的股东有哪些",
              "岑江投资持股的公司有哪些", "2024年1月岑江投资持股的公司有哪些", "What does 柯望川 hold?",
              "Who founded Ringgo Pay?", "Who is the CEO of Lunaro Capital?"):
        assert sorted(answer_names(embedded, q)) == sorted(answer_names(neo, q)), q
    assert answer_names(neo, "澧阳银行行长是谁") == ["宁若谷"] and answer_names(neo, "渠溪银行行长是谁") == ["贝远舟"]
    assert sorted(answer_names(neo, "澄溪支付的股东有哪些")) == ["岚山数科", "柯望川"]
    assert answer_names(neo, "岑江投资持股的公司有哪些") == ["岑江消费金融有限公司"]
    assert answer_names(neo, "2024年1月澧泉人壽的總經理是誰") == ["鍾若川"] and answer_names(neo, "Who founded Ringgo Pay?") == ["戚允衡"]


def test_the_companies_a_founder_founded_alike_on_neo4j(load_store, tmp_path: Path) -> None:  # noqa: F811
    """A founder's companies asked by the founder's Chinese name and pinyin, and the companies a person held one
    post at ("P担任过哪些公司的R"): the same on both backends."""
    from tests.test_answers_founded import FOUNDED
    path = tmp_path / "f.sqlite"
    embedded = backend_of(path, FOUNDED, "fd-1", "2024-03-01")
    neo = load_store(path)
    for q in ("蒲远帆创办了哪家公司", "Pu Yuanfan founded which company", "俞青禾创办的公司有哪些"):
        assert sorted(answer_names(embedded, q)) == sorted(answer_names(neo, q)), q
    assert sorted(answer_names(neo, "Pu Yuanfan founded which company")) == ["澜汀云付有限公司", "澜汀数科控股有限公司"]
    from tests.test_question_forms_owned import HELD_AS
    path = tmp_path / "h.sqlite"
    embedded = backend_of(path, HELD_AS, "qf-2", "2024-06-01")
    neo = load_store(path)
    for q in ("鲍闻溪担任过哪些公司的总经理", "鲍闻溪是哪家公司的总经理"):
        assert sorted(answer_names(embedded, q)) == sorted(answer_names(neo, q)), q
    assert sorted(answer_names(neo, "鲍闻溪担任过哪些公司的总经理")) == ["南屿寿险有限责任公司", "澄汀再保有限责任公司"]


def test_a_post_at_the_story_s_full_name_asked_by_its_short_name_alike_on_neo4j(load_store, tmp_path: Path) -> None:  # noqa: F811
    """A post stored at a story's full name, asked by its short name: the same on both backends (the articles of
    the facts are read from their evidence on each)."""
    from tests.test_answers_longer_name import STORY
    path = tmp_path / "l.sqlite"
    embedded = backend_of(path, STORY, "lg-1", "2024-03-15")
    neo = load_store(path)
    for q in ("澄汀银行现任执行长是谁", "2020年澄汀银行的CEO是谁", "澄汀银行的顾问是谁"):
        assert answer_names(embedded, q) == answer_names(neo, q), q
    assert answer_names(neo, "澄汀银行现任执行长是谁") == ["鲍闻溪"]
