"""jieba's prefix dictionary read whole from its cache (`extract.jieba_words.load_prefix_dict`): the same state as jieba's own load."""

from __future__ import annotations

from pathlib import Path

from extract.jieba_words import import_jieba, load_prefix_dict


def test_the_prefix_dictionary_read_whole_is_the_one_jieba_loads(tmp_path: Path) -> None:
    jieba = import_jieba()
    theirs = jieba.Tokenizer()
    theirs.tmp_dir = str(tmp_path)
    assert not load_prefix_dict(theirs)  # no cache file yet: left to jieba, which builds and writes it
    theirs.initialize()
    assert (tmp_path / "jieba.cache").is_file()
    again = jieba.Tokenizer()
    again.tmp_dir = str(tmp_path)
    again.initialize()  # jieba's own read of its cache
    ours = jieba.Tokenizer()
    ours.tmp_dir = str(tmp_path)
    assert load_prefix_dict(ours)
    assert ours.initialized and ours.total == again.total and ours.FREQ == again.FREQ == theirs.FREQ
    assert ours.lcut("东湖数科总经理李明远出席了签约仪式") == again.lcut("东湖数科总经理李明远出席了签约仪式")
    assert not load_prefix_dict(ours)  # once only


def test_a_damaged_cache_or_another_dictionary_is_left_to_jieba(tmp_path: Path) -> None:
    jieba = import_jieba()
    (tmp_path / "jieba.cache").write_bytes(b"\x00not marshal")
    t = jieba.Tokenizer()
    t.tmp_dir = str(tmp_path)
    assert not load_prefix_dict(t) and not t.initialized
    other = jieba.Tokenizer(str(tmp_path / "my_dict.txt"))
    assert not load_prefix_dict(other)
