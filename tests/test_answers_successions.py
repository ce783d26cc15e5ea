"""Successions read from the terms when no article states them, on a store
built from facts written for these tests: in a one-holder post an undated
term and a dated one open at once — the dated one is the holder now, so
the undated one's holder preceded it."""

from __future__ import annotations

from typing import Any

import pytest

from service.embedded import EmbeddedBackend

from .helpers import answer_names, backend_of, post_row


def _post(person: str, company: str, role: str, **dates: str) -> dict[str, Any]:
    return post_row(person, company, role, "s-1", **dates)


FACTS = [
    _post("闻启东", "松原银行", "chairman"), _post("柏文清", "松原银行", "chairman", start="2022-05-20"),
    _post("闻启东", "松原银行", "director"), _post("柏文清", "松原银行", "director", start="2022-05-20"),  # a board has many
    _post("甘如海", "松原银行", "cfo"), _post("庞立言", "松原银行", "cfo"),  # neither dated
    # elected before the last one's term ran out: "董事会选举岑立山为董事长（2024-02-06），待任职资格核准后，戚伯远不再担任董事长（2024-04-19）"
    _post("戚伯远", "松原银行", "president", end="2024-04-19"), _post("岑立山", "松原银行", "president", start="2024-02-06"),
    # a departure with no date: "滕子墨此前兼任首席执行官，已卸任" and "自2024年3月1日起由郁清和出任首席执行官"
    {**_post("滕子墨", "松原银行", "ceo"), "qualifiers": {"role": "ceo", "left": True}}, _post("郁清和", "松原银行", "ceo", start="2024-03-01"),
    # the one chief supervisor among many supervisors: "原监事长卢望川到龄退休（2023年12月）", "选举职工监事邝清妍为监事会主席"
    _post("卢望川", "松原银行", "supervisor", title="监事长", start="2016-11", end="2023-12"), _post("邝清妍", "松原银行", "supervisor", title="监事长"),
    _post("吕子安", "松原银行", "supervisor", start="2020-01"),
    # "北辰银行成立于2015年3月，钱立德任董事长至2020年6月，其后孙宏远接任"
    _post("钱立德", "北辰银行", "chairman", start="2015-03", end="2020-06"), _post("孙宏远", "北辰银行", "chairman", start="2020-06"),
    # "东辰证券首任总裁马跃川2019年退休" beside a term read with dates that would put 纪云山 first
    {**_post("马跃川", "东辰证券", "president", end="2019"), "evidence": "东辰证券首任总裁马跃川2019年退休。"},
    _post("纪云山", "东辰证券", "president", start="2010", end="2012"),
]


@pytest.fixture(scope="module")
def backend(tmp_path_factory: pytest.TempPathFactory) -> EmbeddedBackend:
    return backend_of(tmp_path_factory.mktemp("succ") / "s.sqlite", FACTS, "s-1", "")


@pytest.mark.parametrize("q, who", [
    ("柏文清之前松原银行的董事长是谁", ["闻启东"]), ("柏文清的前任是谁", ["闻启东"]), ("Who did Bai Wenqing succeed?", ["闻启东"]),
    ("谁接替了闻启东", ["柏文清"]), ("Who succeeded Wen Qidong as chairman of 松原银行?", ["柏文清"]),
    ("闻启东之后松原银行的董事长是谁", ["柏文清"]), ("松原银行的董事长是谁", ["柏文清"]),
    ("柏文清之前松原银行的董事是谁", []),  # many directors at once: no one follows another
    ("谁接替了甘如海", []), ("庞立言的前任是谁", []),  # neither term dated: which came first is not known
    ("谁接替戚伯远担任松原银行行长", ["岑立山"]), ("戚伯远之后松原银行的行长是谁", ["岑立山"]), ("岑立山的前任是谁", ["戚伯远"]),
    ("谁接替了滕子墨", ["郁清和"]), ("Who succeeded Teng Zimo as CEO of 松原银行?", ["郁清和"]), ("郁清和接替了谁", ["滕子墨"]),
    ("Who succeeded Dr. Wén Qǐdōng?", ["柏文清"]), ("Who succeeded Qidong Wen?", ["柏文清"]), ("闻启东先生的继任者是谁", ["柏文清"]),
])
def test_the_undated_holder_of_a_one_holder_post_preceded_the_dated_one(backend: EmbeddedBackend, q: str, who: list[str]) -> None:
    assert answer_names(backend, q) == who


@pytest.mark.parametrize("q, who", [
    ("Who preceded 邝清妍 as chairman of the supervisory board at 松原银行?", ["卢望川"]), ("邝清妍的前任是谁", ["卢望川"]),
    ("谁接替了卢望川", ["邝清妍"]), ("松原银行的监事长是谁", ["邝清妍"]),
])
def test_the_chief_supervisor_is_one_seat_among_the_supervisors(backend: EmbeddedBackend, q: str, who: list[str]) -> None:
    """监事长 (监事会主席) is held by one person at a time, though the role, supervisor, is many people's."""
    assert answer_names(backend, q) == who


def test_a_post_held_once_is_no_answer_for_now_but_one_for_ever(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from .helpers import facts_of

    text = "陈志远曾任北林证券总经理，现任南山科技董事长。"
    rows = [{"article_id": "s-2", "subject": {"name": f.subject.name, "type": str(f.subject.type)}, "predicate": str(f.predicate),
             "object": {"name": f.object.name, "type": str(f.object.type)}, "qualifiers": f.qualifiers, "evidence": f.evidence}
            for f in facts_of(text)]
    b = backend_of(tmp_path / "s.sqlite", rows, "s-2", "2024-03-01")
    assert answer_names(b, "北林证券的总经理是谁") == []
    assert answer_names(b, "南山科技的董事长是谁") == ["陈志远"]
    assert answer_names(b, "陈志远现任什么职务") == ["南山科技"]
    assert set(answer_names(b, "陈志远担任过哪些职务")) == {"北林证券", "南山科技"}


@pytest.mark.parametrize("q, who", [
    ("北辰银行首任董事长是谁", ["钱立德"]), ("北辰银行的第一任董事长", ["钱立德"]), ("Who was the first chairman of 北辰银行?", ["钱立德"]),
    ("松原银行首任董事长是谁", ["闻启东"]), ("松原银行的首任行长是谁", ["戚伯远"]),
    ("松原银行的首任财务总监是谁", []),  # neither term dated: which came first is not known
    ("东辰证券首任总裁是谁", ["马跃川"]),  # said so
])
def test_the_first_holder_of_a_post(backend: EmbeddedBackend, q: str, who: list[str]) -> None:
    """首任 (the first holder): the one an article calls so, else the term
    that began before every other (an undated one that ended before a later
    holder's came first)."""
    assert answer_names(backend, q) == who


def test_undated_holders_told_in_articles_of_different_days_follow_each_other(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """"董事长葛望川表示…" in a 2023 article, "董事长韩松原表示…" in a 2024-11 one, no dates
    of office: 韩松原 followed 葛望川. Two undated holders told on one day stay unordered."""
    from extract.model import Article, Fact
    from graph.ingest import ArticleFacts, ingest
    from graph.store import Store

    def told(aid: str, person: str) -> dict[str, Any]:
        return {**_post(person, "栖川银行", "chairman"), "article_id": aid}
    arts = {"t-1": ("2023-03-01", [told("t-1", "葛望川"), {**_post("甘如海", "栖川银行", "cfo"), "article_id": "t-1"},
                                   {**_post("庞立言", "栖川银行", "cfo"), "article_id": "t-1"}]),
            "t-2": ("2024-11-01", [told("t-2", "韩松原")])}
    with Store(tmp_path / "t.sqlite") as st:
        ingest(st, [ArticleFacts(Article(k, "", "", day), k, [Fact.from_json(r) for r in rows]) for k, (day, rows) in arts.items()])
    b = EmbeddedBackend(tmp_path / "t.sqlite")
    assert answer_names(b, "谁接替了葛望川") == ["韩松原"]
    assert answer_names(b, "韩松原接替了谁") == ["葛望川"]
    assert answer_names(b, "栖川银行的前任董事长是谁") == ["葛望川"]
    assert answer_names(b, "谁接替了甘如海") == [] and answer_names(b, "庞立言接替了谁") == []


def test_a_compliance_officer_is_one_holder_post(tmp_path_factory: pytest.TempPathFactory) -> None:
    """"原合规负责人黎望舟已于2024年9月调任集团", "聘任乔砚秋为合规负责人" (her start
    misread as a month before his end): a company has one compliance
    officer, so the one who took the post after him is his successor, and
    the one holding it on a day between their dates is the newer one."""
    rows = [_post("黎望舟", "泊川人寿", "other", title="合规负责人", end="2024-09"),
            _post("乔砚秋", "泊川人寿", "other", title="合规负责人", start="2024-08"),
            _post("乔砚秋", "泊川人寿", "deputy_general_manager")]
    b = backend_of(tmp_path_factory.mktemp("compliance") / "c.sqlite", rows, "s-1", "2024-12-01")
    assert answer_names(b, "谁接替了黎望舟") == ["乔砚秋"]
    assert answer_names(b, "泊川人寿的合规负责人是谁") == ["乔砚秋"]


def test_a_dated_term_no_article_tells_again_after_another_is_named_in_the_post(tmp_path_factory: pytest.TempPathFactory) -> None:
    """"聘任贺子澄为行长" (2021-03-15, in a 2021 article) and "行长滕秋实表示" in a
    2025 article with no date of office: the post changed hands by then, so
    滕秋实 is the president now; in 2022 贺子澄 was."""
    from extract.model import Article, Fact
    from graph.ingest import ArticleFacts, ingest
    from graph.store import Store

    def told(aid: str, day: str, row: dict[str, Any]) -> ArticleFacts:
        return ArticleFacts(Article(aid, "", "", day), aid, [Fact.from_json({**row, "article_id": aid})])
    path = tmp_path_factory.mktemp("outlived") / "o.sqlite"
    with Store(path) as st:
        ingest(st, [told("o-1", "2021-04-01", _post("贺子澄", "临溪银行", "president", start="2021-03-15")),
                    told("o-2", "2025-02-01", _post("滕秋实", "临溪银行", "president"))])
    b = EmbeddedBackend(path)
    assert answer_names(b, "临溪银行的行长是谁") == ["滕秋实"]
    assert answer_names(b, "2022年临溪银行的行长是谁") == ["贺子澄"]
    assert answer_names(b, "谁接替了贺子澄") == ["滕秋实"]


def test_a_term_read_to_end_the_day_it_began_by_a_stated_succession(tmp_path_factory: pytest.TempPathFactory) -> None:
    """"即日起甘望舟卸任首席执行官，联合创始人邬清禾接任" read with the end on
    邬清禾's term too (2025-02-10 to 2025-02-10): the succession gives her the
    post that day, so the end is his; she is the CEO now."""
    rows = [_post("甘望舟", "澄溪科技", "ceo", end="2025-02-10"), _post("邬清禾", "澄溪科技", "ceo", start="2025-02-10", end="2025-02-10"),
            {"article_id": "s-1", "subject": {"name": "邬清禾", "type": "Person"}, "predicate": "SUCCEEDED",
             "object": {"name": "甘望舟", "type": "Person"}, "qualifiers": {"role": "ceo", "company": "澄溪科技", "date": "2025-02-10"},
             "evidence": "即日起甘望舟卸任首席执行官，联合创始人邬清禾接任"}]
    b = backend_of(tmp_path_factory.mktemp("sameday") / "d.sqlite", rows, "s-1", "2025-02-11")
    assert answer_names(b, "澄溪科技的CEO是谁") == ["邬清禾"]
    assert answer_names(b, "2025年1月澄溪科技的CEO是谁") == ["甘望舟"]
