from __future__ import annotations

from extract.clean import _boilerplate_patterns, _first_letters, boilerplate_spans


def test_the_gated_scan_finds_what_the_full_scan_finds() -> None:
    # texts written for this test: boilerplate at the text's start, mid-line, twice on a line, and none
    pat, gate = _boilerplate_patterns()
    assert gate is not None  # every line of boilerplate.txt begins with ^ or a letter the gate knows
    texts = ["责任编辑：王某\n北林银行发布公告。", "北林银行发布公告。本文不构成投资建议本文不构成投资建议\n次行",
             "（声明：本文仅供参考）\n扫码二维码下载客户端", "北林银行发布公告。", "", "声明：以上内容\n投资有风险，入市需谨慎"]
    for text in texts:
        full = [(m.start(), len(text) if text.find("\n", m.end()) < 0 else text.find("\n", m.end())) for m in pat.finditer(text)]
        assert boilerplate_spans(text) == full


def test_the_first_letters_of_a_line_or_none_when_not_simply_told() -> None:
    assert _first_letters("(特别|免责)?声明") == {"特", "免", "声"}
    assert _first_letters("[（(]声明") == {"（", "("}
    for p in ("本文|投资", "(a|b)|c", "[a-c]x", r"\sx", "a*b", "(?:a)b", "[]|]x", ".x"):
        assert _first_letters(p) is None, p
