"""`fkg ask`'s answers (and ownership on a date) to questions as analysts phrase them, on a store
`fkg ingest` built from articles written for these tests: a company by a
short name or with a kind word added, a date before the question."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from service.ask import answer
from service.embedded import EmbeddedBackend
from text.names import kind_variants


def _stated_controller(aid: str, date: str, bank: str, person: str) -> dict[str, str]:
    """An annual report naming a bank's actual controller."""
    return {"id": aid, "date": date, "title": f"{bank}年报", "text": f"{bank}股份有限公司（以下简称“{bank}”）的实际控制人为{person}。"}


ARTICLES = [
    {"id": "kf-1", "date": "2023-05-10", "title": "青禾集团人事",
     "text": "青禾集团股份有限公司（以下简称“青禾集团”）公告，董事会聘任赵明远为公司首席执行官。"},
    {"id": "kf-2", "date": "2023-06-01", "title": "松江银行人事",
     "text": "松江银行股份有限公司董事会选举钱立新为董事长。松江银行党委书记孙立平出席会议。"},
    {"id": "kf-3", "date": "2024-03-01", "title": "青山保险重组",
     "text": "在重组之前，远航控股有限公司持有青山保险股份有限公司60%的股权。"},
    {"id": "kf-4", "date": "2021-03-01", "title": "白河银行年报", "text": "白河银行股份有限公司的实际控制人为孙建平。"},
    {"id": "kf-5", "date": "2024-01-08", "title": "白河银行公告", "text": "2023年5月，白河银行股份有限公司的实际控制人变更为周海涛。"},
    {"id": "kf-6", "date": "2024-02-01", "title": "云岭银行调整",
     "text": "云岭银行金融科技部总经理何一鸣介绍，数字化转型持续推进。云岭银行普惠金融事业部总经理助理吕思远表示，小微贷款增长较快。"},
    _stated_controller("kf-7", "2020-06-01", "青松银行", "韩立德"),
    {"id": "kf-8", "date": "2024-04-02", "title": "青松银行公告",
     "text": "青松银行公告称，2024年3月，公司控股股东、实际控制人由韩立德变更为无控股股东、无实际控制人。"},
    _stated_controller("kf-9", "2021-06-01", "石桥银行", "冯国梁"),
    {"id": "kf-10", "date": "2023-09-01", "title": "石桥银行股权",
     "text": "石桥银行第一大股东为华川集团有限公司，持有石桥银行18%的股份，石桥银行无实际控制人。"},
    _stated_controller("kf-11", "2021-06-01", "白塔银行", "孔德明"),
    {"id": "kf-12", "date": "2023-09-01", "title": "白塔银行股东",
     "text": "青川投资有限公司持有白塔银行12%的股份，青川投资有限公司无实际控制人。"},
    {"id": "kf-13", "date": "2023-10-01", "title": "白塔银行股东",
     "text": "南岭实业有限公司持有白塔银行9%的股份，白塔银行不存在实际控制人变更的情况。"},
    {"id": "kf-14", "date": "2024-05-06", "title": "北岚金融科技集团人事",
     "text": "北岚金融科技集团股份有限公司公告，董事会聘任赵明远为公司首席执行官。"},
]


@pytest.fixture(scope="module")
def backend(tmp_path_factory: pytest.TempPathFactory) -> EmbeddedBackend:
    tmp = tmp_path_factory.mktemp("forms")
    src = tmp / "articles.jsonl"
    src.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ARTICLES), encoding="utf-8")
    store = tmp / "s.sqlite"
    done = subprocess.run([sys.executable, "-m", "api.cli", "ingest", str(src), "--store", str(store)], capture_output=True, text=True,
                          cwd=Path(__file__).resolve().parents[1])
    assert done.returncode == 0, done.stderr
    return EmbeddedBackend(store)


def _names(b: EmbeddedBackend, q: str) -> list[str]:
    return [a["name"] for a in answer(b, q)["answers"]]


def test_kind_variants_add_and_drop_a_kind_word() -> None:
    assert "青禾集团" in kind_variants("青禾") and "松江银行" in kind_variants("松江")
    assert "360" in kind_variants("360集团") and kind_variants("Ant") == []


@pytest.mark.parametrize("q, who", [("青禾的CEO是谁", "赵明远"), ("Who is the CEO of 青禾?", "赵明远"), ("松江的董事长是谁", "钱立新"),
                                    ("松江银行集团的董事长是谁", "钱立新")])
def test_a_company_by_a_short_name(backend: EmbeddedBackend, q: str, who: str) -> None:
    assert _names(backend, q) == [who]


@pytest.mark.parametrize("q, who", [("北岚金融的首席执行官是谁", ["赵明远"]), ("Who is the CEO of 北岚金融?", ["赵明远"]),
                                    ("北岚金融科技的CEO是谁", ["赵明远"])])
def test_a_company_by_the_front_of_its_name_before_generic_words(backend: EmbeddedBackend, q: str, who: list[str]) -> None:
    """"北岚金融" for 北岚金融科技集团股份有限公司: the one company whose name it begins, the rest generic (科技, 集团)."""
    assert _names(backend, q) == who


def test_a_former_stake_holds_before_its_article_and_not_after(backend: EmbeddedBackend) -> None:
    """A holding told as past ("在重组之前…持有") has no stored end: it held before the article, not after."""
    def owners(day: str | None) -> list[str]:
        return [h["entity"]["name"] for h in backend.ownership("青山保险股份有限公司", "up", 3, day)["holdings"]]
    assert owners("2023-06") == ["远航控股有限公司"]
    assert owners("2024-06") == []
    down = backend.ownership("远航控股有限公司", "down", 2, "2024-06")["subsidiaries"]["children"]
    assert down == []


def test_a_later_change_of_controller_replaces_the_one_another_article_stated(backend: EmbeddedBackend) -> None:
    assert _names(backend, "白河银行的实际控制人是谁") == ["周海涛"]
    assert _names(backend, "2022年白河银行的实际控制人是谁") == ["孙建平"]


@pytest.mark.parametrize("q, who", [("松江银行的党委书记是谁", ["孙立平"]), ("Who is the party secretary of 松江银行?", ["孙立平"]),
                                    ("松江银行的首席投资官是谁", []), ("松江银行的董事长是谁", ["钱立新"])])
def test_a_post_outside_the_role_list_is_asked_by_its_title(backend: EmbeddedBackend, q: str, who: list[str]) -> None:
    assert _names(backend, q) == who


@pytest.mark.parametrize("q, who", [("云岭银行的金融科技部总经理是谁", ["何一鸣"]), ("云岭银行金融科技部总经理是谁", ["何一鸣"]),
                                    ("谁是云岭银行的普惠金融事业部总经理助理", ["吕思远"]), ("云岭银行的总经理是谁", [])])
def test_a_post_in_a_unit_of_the_company(backend: EmbeddedBackend, q: str, who: list[str]) -> None:
    """The unit ("金融科技部") is part of the post asked about, not of the company's name."""
    assert _names(backend, q) == who


@pytest.mark.parametrize("q, who", [("青松银行的实际控制人是谁", []), ("2022年青松银行的实际控制人是谁", ["韩立德"]),
                                    ("石桥银行的实际控制人是谁", []), ("2022年石桥银行的实际控制人是谁", ["冯国梁"]),
                                    ("Who is the actual controller of 石桥银行?", []),
                                    ("白塔银行的实际控制人是谁", ["孔德明"])])  # the shareholder has none; "不存在…变更" says it has one
def test_a_later_article_saying_there_is_no_controller_ends_the_one_stated_before(backend: EmbeddedBackend, q: str,
                                                                                   who: list[str]) -> None:
    assert _names(backend, q) == who


def test_no_controller_is_said_with_the_sentence_that_says_it(backend: EmbeddedBackend) -> None:
    a = answer(backend, "石桥银行的实际控制人是谁")
    assert "没有实际控制人" in a["answer"] and a["result"]["no_controller"]["article_id"] == "kf-10"
    assert [e["article_id"] for e in a["evidence"]] == ["kf-10"] and "无实际控制人" in a["evidence"][0]["evidence"]
    a = answer(backend, "青松银行的实际控制人是谁")
    assert a["evidence"][0]["article_id"] == "kf-8"
