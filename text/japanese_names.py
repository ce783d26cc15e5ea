"""Japanese personal names written with a space between surname and given name.

A Japanese firm's Chinese release writes its people as Japan does: "北川 健一", "长谷部 修" (a half- or
full-width space between the family name and the given name). The matching form joins the two halves,
so that the name is one word to every pattern, as the same person's later unspaced mentions are. Only a
space after a common Japanese family name is joined: those names are few, and a space after one of them
inside Chinese prose marks exactly this layout."""

from __future__ import annotations

import re
from collections.abc import Callable

#: common Japanese family names, in the simplified letters the matching form uses, of two or three letters:
#: a one-letter one is left out (林 森 原 关 东 冈 岛 are Chinese surnames or words too; 堀, 辻: one letter
#: before a space tells no name). 三井 and 住友 are left out too: they name groups and their companies
#: (三井住友银行) more often than people.
_SURNAME_WORDS = """
佐藤 铃木 高桥 田中 伊藤 渡边 山本 中村 小林 加藤 吉田 山田 佐佐木 山口 松本 井上 木村 清水 山崎 池田 桥本
阿部 石川 山下 中岛 石井 小川 前田 冈田 长谷川 藤田 后藤 近藤 村上 远藤 青木 坂本 斋藤 福田 太田 西村 藤井
冈本 松田 中川 中野 原田 小野 田村 竹内 金子 和田 中山 石田 上田 森田 小岛 柴田 酒井 工藤 横山 宫崎 宫本
内田 高木 安藤 岛田 谷口 大野 高田 丸山 今井 河野 藤原 村田 武田 上野 杉山 增田 小山 大塚 平野 菅原 久保
松井 千叶 岩崎 樱井 木下 野口 松尾 菊地 野村 新井 渡部 佐野 杉本 古川 大西 滨田 市川 小松 水野 北村 安田
五十岚 川口 平田 中田 久保田 服部 岩田 土屋 川崎 福岛 本田 樋口 秋山 田代 荒井 永井 中西 森本 北川
岩城 长谷部 小野寺 石原 细川 大桥 三浦 松冈 宫田 川村 大岛 荒木 吉川 山内 高野 西田 菊池 望月 星野
堀内 矢野 浅野 早川 片山 小泽 大久保 中谷 神田 黑田 野田 江口 二宫 三宅 丰田 本间 户田 饭田
"""
JAPANESE_SURNAMES = frozenset(_SURNAME_WORDS.split()) | {"佐々木"}

_LONGEST = max(len(s) for s in JAPANESE_SURNAMES)
_CJK = "\u4e00-\u9fff\u3400-\u4dbf"
#: a space with a letter on each side
_SPACE = re.compile(rf"(?<=[{_CJK}]) (?=[{_CJK}])")


def spaced_name_gaps(text: str) -> list[int]:
    """Offsets of the spaces in `text` that stand between a Japanese family name and a given name."""
    if " " not in text:
        return []
    return [m.start() for m in _SPACE.finditer(text)
            if any(text[max(0, m.start() - n):m.start()] in JAPANESE_SURNAMES for n in range(_LONGEST, 1, -1))]


def join_spaced_names(text: str, to_orig: list[int]) -> tuple[str, list[int]]:
    """`text` without those spaces, and its offset map (len + 1 entries) without their entries."""
    gaps = spaced_name_gaps(text)
    if not gaps:
        return text, to_orig
    drop = set(gaps)
    return ("".join(ch for i, ch in enumerate(text) if i not in drop),
            [o for i, o in enumerate(to_orig) if i not in drop])


#: letters that end a given name's span rather than continue it: verbs and particles after a name ("长谷部修因…")
_AFTER_NAME = set("因已于将为在任出是的和与及等自由曾现亦也则被向对从")
#: (ties of length in one order: a pattern built in the same order in every process is compiled once, `extract.pattern_cache`)
_SURNAME_RE = re.compile("|".join(sorted(JAPANESE_SURNAMES, key=lambda s: (-len(s), s))))
#: the shape the scan looks for, in the original text: a space (half- or full-width) between two letters, each
#: any character the matching form makes a Han letter (a Kangxi radical, an enclosed or compatibility ideograph,
#: a rare variant too), so that no name the scan finds is skipped. Over an article without it the scan of every
#: family name, which also finds 田中, 上田, 中山 inside Chinese words, is not run.
_HAN_LIKE = "\u2e80-\u2fdf\u3200-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
_SPACED_LETTERS = re.compile(rf"[{_HAN_LIKE}][ \u3000][{_HAN_LIKE}]")


def japanese_people(text: str, show: Callable[[int, int], str]) -> list[tuple[str, int]]:
    """(name, offset) of each Japanese name the original writes with its space (`show` gives a span's original
    text): the family name, then a given name of one or two letters, the second not a verb or particle."""
    orig = show(0, len(text))
    if (" " not in orig and "\u3000" not in orig) or _SPACED_LETTERS.search(orig) is None:
        return []
    out: list[tuple[str, int]] = []
    for m in _SURNAME_RE.finditer(text):
        s, e = m.start(), m.end()
        given = text[e:e + 2]
        if not given or not ("\u4e00" <= given[0] <= "\u9fff"):
            continue
        if len(given) == 2 and (given[1] in _AFTER_NAME or not ("\u4e00" <= given[1] <= "\u9fff")):
            given = given[0]
        if " " in show(e - 1, e + 1) or "\u3000" in show(e - 1, e + 1):
            out.append((m.group(0) + given, s))
    return out


#: what ends a given name written with no space: a verb or particle after the name ("P升任", "P兼任", "P于")
_GIVEN_ENDS = re.compile(r"[^\u4e00-\u9fff]|升任|兼任|出任|担任|接任|转任|调任|卸任|辞任|就任|履新|执掌|负责|表示|为|是|于|在|已|将|自|从|因|称|说|则|也|和|与|及|等|的")
#: letters of grammar no given name holds after its first ("松田茂已于": 茂 and the verb's 已于; 和也, 由美子 are names)
_NEVER_GIVEN = frozenset("已于在将为是的因被向对从")
#: the strong ends among them: a mark or a verb of office, after which a given name may end in any letter ("和也升任")
_STRONG_END = re.compile(r"[^\u4e00-\u9fff]|升任|兼任|出任|担任|接任|转任|调任|卸任|辞任|就任|履新|执掌|负责|表示")


def japanese_after_titles(text: str, title_spans: list[tuple[int, int]]) -> list[tuple[str, int]]:
    """(name, offset) of each Japanese name a title stands right before, written with no space ("原副总经理森田亮介升任",
    "由集团副社长石原美穗子兼任"): a common family name, then a given name of one to three letters up to a
    verb, a particle or a mark. (A Chinese name's cues take three letters at most; these names have four to six.)"""
    out: list[tuple[str, int]] = []
    for _s, e in title_spans:
        at = e + 1 if text[e:e + 1] in ("为", "是") else e  # "社长兼CEO为" + the name
        m = _SURNAME_RE.match(text, at)
        if m is None:
            continue
        for n in (3, 2, 1):  # the longest given name the text closes, not one ending in a particle ("直树于": 直树)
            given = text[m.end():m.end() + n]
            if (len(given) == n and all("\u4e00" <= ch <= "\u9fff" for ch in given) and not _NEVER_GIVEN.intersection(given[1:])
                    and _GIVEN_ENDS.match(text, m.end() + n)
                    and (given[-1] not in _AFTER_NAME or _STRONG_END.match(text, m.end() + n))):
                if n > 1 or len(m.group(0)) > 2:  # (a two-letter family name and one letter: a Chinese name's shape, left to its cues)
                    out.append((m.group(0) + given, at))
                break
    return out
