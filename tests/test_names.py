"""Name keys' homophone buckets against the pairwise definition they stand in for."""

from __future__ import annotations

import sys
from itertools import combinations

from text.name_variants import homophone_candidates, homophone_variant
from text.names import name_key

from .conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
from synthetic import names


def _pairwise(named: dict[str, str]) -> set[str]:
    return {e for a, b in combinations(named, 2) if homophone_variant(named[a], named[b]) for e in (a, b)}


def test_candidates_are_exactly_the_people_with_a_homophone_variant() -> None:
    people, _companies = names(1500, 10, seed=3)
    named = {f"p{i}": n for i, n in enumerate(people)} | {"x1": "沈崇峰", "x2": "沈崇锋", "x3": "沈崇明"}
    expected = _pairwise(named)
    assert {"x1", "x2"} <= expected and "x3" not in expected  # 明 is míng: not a variant
    assert homophone_candidates((name_key(n), e) for e, n in named.items()) == expected


def test_what_is_not_a_variant_is_not_a_candidate() -> None:
    keyed = [("王伟", "a"), ("王伟", "b"),  # one name twice: the same key, no variant
             ("李伟", "c"),  # another surname: the first character never varies
             ("王玮", "d"), ("王炜", "e"),  # wěi, as 伟: variants of a and b
             ("张三丰", "f"), ("张三", "g")]  # lengths differ
    assert homophone_candidates(keyed) == {"a", "b", "d", "e"}
    assert homophone_candidates([]) == set()


def test_core_keys_drop_the_legal_form_and_shorten_kinds() -> None:
    from text.names import core_key

    assert core_key("嘉砚消费金融股份有限公司") == core_key("嘉砚消金") == core_key("嘉砚消費金融") == "嘉砚消金"
    assert core_key("宁波银行") == "宁波银行" and core_key("公司") == "公司"
    # the longest legal form goes, never a shorter one inside it; a name too short to lose one keeps it
    assert core_key("星河财富管理有限责任公司") == core_key("星河财富管理") == "星河财富管理"
    assert core_key("远舟科技股份公司") == "远舟科技" and core_key("远舟公司") == "远舟公司"
    assert core_key("ABC Holdings Co") == "abcholdingsco"


def test_digital_technology_is_shortened_as_the_press_writes_it() -> None:
    """"上海澜舟数字科技有限公司（下称“澜舟数科”）": the short name a question asks by is the full name's key."""
    from text.names import core_key, search_keys

    assert core_key("澜舟数字科技有限公司") == core_key("澜舟数科") == "澜舟数科"
    assert "澜舟数科" in search_keys("上海澜舟数字科技有限公司")


def test_core_of_key_is_core_key_for_a_name_already_keyed() -> None:
    from text.names import core_key, core_of_key, name_key

    names = ["嘉砚消费金融股份有限公司", "北岸人壽保險有限公司", "东湖农村商业银行", "公司", "Ant Group", "远舟 金融租赁有限公司",
             "一二三", "平安產險", "云杉小额贷款公司"]
    assert [core_of_key(name_key(n)) for n in names] == [core_key(n) for n in names]
    assert core_of_key("北岸人寿保险有限公司") == "北岸人寿"


def test_english_company_names_compose_to_their_chinese_keys() -> None:
    from text.english import english_keys
    from text.names import pinyin_key, search_keys

    assert pinyin_key("宁波银行") in english_keys("Bank of Ningbo")
    assert pinyin_key("嘉砚消金") in english_keys("Jiayan Consumer Finance")
    assert pinyin_key("枫渚资产") in english_keys("Fengzhu Asset") and pinyin_key("枫渚财富") in english_keys("Fengzhu Wealth")
    assert pinyin_key("嘉砚消金") in search_keys("嘉砚消费金融股份有限公司")
    assert "中国农业银行" in english_keys("Agricultural Bank of China")
    assert pinyin_key("光大银行") in english_keys("China Everbright Bank")  # also without the leading China
    assert "蚂蚁集团" in english_keys("Ant Group Co., Ltd.") and english_keys("中原银行") == []
    assert pinyin_key("青岩数科控股") in english_keys("Qingyan Digital Technology Holdings")  # 数科, as most such names say it
    assert pinyin_key("青岩数字科技") in english_keys("Qingyan Digital Technology")


def test_a_name_is_found_without_its_leading_place() -> None:
    from text.names import search_keys
    from text.places import without_place

    assert without_place("天津金城银行") == "金城银行" and without_place("中国民生银行") == "民生银行"
    assert without_place("北京银行") == "北京银行" and without_place("中国银行") == "中国银行"  # the place is the name
    assert "金城银行" in search_keys("天津金城银行股份有限公司")


def test_english_names_with_an_ampersand_or_a_number() -> None:
    from text.english import english_keys
    from text.names import pinyin_key

    assert pinyin_key("太平产险") in english_keys("Taiping Property & Casualty Insurance")
    assert "360集团" in english_keys("360 Group")


def test_memoised_pinyin_reads_as_pypinyin_does() -> None:
    """text.names converts each segmented word once per process; the reading
    must stay pypinyin's own, polyphones in phrase context included."""
    import pypinyin

    from text.names import lazy_pinyin

    names = ["重庆银行", "长沙银行行长", "招商银行", "重新上市的长城证券", "朝阳区的朝阳金融", "乐视金融", "单县农商行",
             "平安普惠", "叶望春", "Ping An 平安", "音乐行业", "银行行长重申"]
    for _ in range(2):  # the second pass reads from the memo
        assert [lazy_pinyin(n) for n in names] == [pypinyin.lazy_pinyin(n) for n in names]
    assert lazy_pinyin("长沙银行行长") == ["chang", "sha", "yin", "hang", "hang", "zhang"]


def test_one_characters_sound_is_pypinyins_reading_of_it_for_every_character() -> None:
    """The extractor compares one character's sound (沈崇峰/沈崇锋) from pypinyin's
    table without importing the package; it must read every character as
    `pypinyin.lazy_pinyin` does, ü and characters outside the table included."""
    import pypinyin

    from text.names import _readings, char_sound

    table = _readings()
    assert len(table) > 20_000
    assert [c for c in map(chr, table) if char_sound(c) != pypinyin.lazy_pinyin(c)[0]] == []
    assert [char_sound(c) for c in "峰锋吕女行A，"] == ["feng", "feng", "lv", "nv", "xing", "A", "，"]


def test_spelling_variants_in_one_article_without_importing_pypinyin() -> None:
    import subprocess

    probe = ("import sys\nfrom extract.persons import spelling_variants\n"
             "print(spelling_variants(['何立峰', '何立锋', '何立明'], '何立峰何立峰何立锋'), 'pypinyin' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=ROOT).stdout
    assert out.strip() == "{'何立锋': '何立峰'} False"


def test_a_company_is_indexed_by_its_cores_and_a_person_by_the_name_alone() -> None:
    from text.names import pinyin_key, pinyin_keys, written_keys

    assert written_keys("天津嘉砚消费金融有限公司", company=True) == {"天津嘉砚消费金融有限公司", "天津嘉砚消金", "嘉砚消金"}
    assert written_keys("张 三丰", company=False) == {"张三丰"}
    assert pinyin_keys("张三丰", company=False) == {"zhangsanfeng"}
    # a long name's own pinyin is not indexed, its short cores' are
    assert pinyin_keys("天津嘉砚消费金融有限公司", company=True) == {pinyin_key("天津嘉砚消金"), pinyin_key("嘉砚消金")}
    assert pinyin_keys("天津嘉砚消费金融有限公司", company=False) == set()


def test_a_ticker_is_also_indexed_by_its_code_alone() -> None:
    from text.names import written_keys

    assert written_keys("300999.SZ", company=True) == {"300999sz", "300999"}
    assert written_keys("06638.HK", company=True) == {"06638hk", "06638", "6638"}
    assert written_keys("NYSE: OCFT", company=True) == {"nyseocft", "ocft"}
    assert written_keys("300999.SZ", company=False) == {"300999sz"}  # a person has no ticker
    assert "1" not in written_keys("00001.HK", company=True)  # too short to look up alone


def test_and_between_two_kinds_of_an_english_name_is_no_word_of_it() -> None:
    """"Linhai Trust and Investment" is 临海信托投资 (xintuotouzi), "& " the same; an "and" between names stays."""
    from text.english import english_keys
    assert english_keys("Linhai Trust and Investment")[0] == "linhaixintuotouzi"
    assert english_keys("Linhai Trust & Investment Co., Ltd.")[0] == "linhaixintuotouzi"
    assert english_keys("Smith and Wesson") == ["smithandwesson"]


def test_a_number_brand_is_one_core_in_chinese_numerals_and_in_digits() -> None:
    from text.names import core_key

    assert core_key("五八七") == core_key("五八七集团") == core_key("587集团") == "587"
    assert core_key("587数科") == "587数科"  # more words after the number: another company of the brand
    assert core_key("中国五八七") == "中国五八七"  # only a name that is the number alone


def _t2s_dictionary() -> list[tuple[str, str]]:
    """(key, first value) of each entry of the dictionaries OpenCC's t2s reads, dumped as text by the package's own tool."""
    import json
    import os
    import subprocess
    import tempfile
    from pathlib import Path

    import opencc
    import pytest

    share = Path(opencc.__file__).with_name("clib") / "share" / "opencc"
    tool = share.parent.parent / "bin" / "opencc_dict"
    if not tool.is_file():
        pytest.skip("this OpenCC ships no opencc_dict to read its dictionaries with")
    config = json.loads((share / "t2s.json").read_text(encoding="utf-8"))
    files = [d["file"] for step in [config["normalization"][0]["dict"], config["conversion_chain"][0]["dict"]]
             for d in step.get("dicts", [step])]
    env = {**os.environ, "LD_LIBRARY_PATH": str(share.parent.parent / "lib64")}
    entries = []
    with tempfile.TemporaryDirectory() as tmp:
        for f in files:
            out = Path(tmp) / f"{f}.txt"
            subprocess.run([str(tool), "-i", str(share / f), "-o", str(out), "-f", "ocd2", "-t", "text"], check=True, env=env,
                           capture_output=True)
            for line in out.read_text(encoding="utf-8").splitlines():
                key, values = line.split("\t")
                entries.append((key, values.split(" ")[0]))
    return entries


def test_a_name_of_characters_t2s_leaves_alone_is_left_alone() -> None:
    """`name_key` skips the converter for a name whose characters it leaves
    alone, one by one, outside `_PHRASE_ONLY`: so every entry that changes
    its key must hold a character that changes alone, or one of those."""
    from text.names import _PHRASE_ONLY
    from text.normalize import t2s

    convert = t2s().convert
    entries = _t2s_dictionary()
    assert len(entries) > 5000
    alone = [k for k, v in entries if v != k and not _PHRASE_ONLY.intersection(k) and all(convert(c) == c for c in k)]
    assert alone == []
    for key, _value in entries:  # each phrase, also inside a name, keys as the converter has it
        for name in (key, f"平安{key}有限公司", f"深{key}"):
            assert name_key(name) == convert(name).lower(), name
    assert name_key("意志消沈") == "意志消沉" and name_key("回覆") == "回复" and name_key("乾隆") == "乾隆"


def test_punctuation_is_every_character_the_pattern_removes() -> None:
    from text.names import _PUNCT, _PUNCT_CHARS

    assert {chr(i) for i in range(0x110000) if not 0xD800 <= i <= 0xDFFF and _PUNCT.fullmatch(chr(i))} == _PUNCT_CHARS
