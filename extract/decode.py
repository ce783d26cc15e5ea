"""Bytes to text for the encodings Chinese news arrives in.

Detection is by trial in a fixed order rather than by a statistical guesser:
UTF-8 is self-validating, and GB18030 accepts almost any byte string, so Big5
must be tried before it and accepted only when the result reads as Chinese.
"""

from __future__ import annotations

import re

_CJK = re.compile(r"[\u4e00-\u9fff]")


class DecodeError(ValueError):
    """The input is not text in a supported encoding."""


def looks_binary(data: bytes) -> bool:
    """Judged on the head, as a whole file is (NULs or many control bytes)."""
    head = data[:4096]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return bool(head) and controls / len(head) > 0.05


def _cjk_share(text: str) -> float:
    sample = text[:4000]
    return len(_CJK.findall(sample)) / max(1, len(sample))


def decode_bytes(data: bytes, name: str = "<input>") -> str:
    """Decode UTF-8 (with or without BOM), GB18030/GBK or Big5; else raise."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if looks_binary(data):
        raise DecodeError(f"{name}: looks like a binary file, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    candidates: list[tuple[float, str]] = []
    for enc in ("big5", "gb18030"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        candidates.append((_cjk_share(text), text))
        if enc == "big5" and _cjk_share(text) > 0.3 and _big5_plausible(text):
            return text
    if candidates:
        share, text = max(candidates, key=lambda c: c[0])
        if share > 0.05 or not _has_high_bytes(data):
            return text
    raise DecodeError(f"{name}: not UTF-8, GB18030/GBK or Big5 text")


def _has_high_bytes(data: bytes) -> bool:
    return any(b > 127 for b in data[:4096])


# Characters that are common in real Traditional Chinese news but that GBK
# bytes misread as Big5 seldom produce.
_BIG5_COMMON = set("的是在了有和為與之於公司董事長資本銀行集團股份上市國人中會")


def _big5_plausible(text: str) -> bool:
    sample = text[:2000]
    hits = sum(1 for c in sample if c in _BIG5_COMMON)
    return hits >= max(2, len(_CJK.findall(sample)) // 20)
