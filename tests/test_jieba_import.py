"""Start-up: how jieba is imported."""

from __future__ import annotations

import subprocess
import sys


def test_jieba_is_imported_without_pkg_resources_and_reads_its_files() -> None:
    """Start-up: jieba's `_compat` would import setuptools' `pkg_resources` (0.075 s) to open its own files."""
    check = """
import sys
from extract.jieba_words import import_jieba
jieba = import_jieba()
assert "pkg_resources" not in sys.modules, "pkg_resources imported"
with jieba._compat.get_module_res("dict.txt") as f:
    assert f.readline().split()[0].decode()
import pkg_resources  # the block is lifted: a later import works
print("ok")
"""
    out = subprocess.run([sys.executable, "-W", "ignore", "-c", check], capture_output=True, text=True)
    assert out.stdout.strip() == "ok", out.stderr
