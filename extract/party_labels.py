"""Labels a document defines for its parties, standing for them wherever it uses them.

A judgment names its parties once in the caption ("L1：A", "L2：B") and then writes only "L2 …
L1" (the labels alone); a listing document puts each firm over a line "作为L" on its cover and then
says "L的T为P"; a fund's or a scheme's document writes "本F的L为X（「L」）" and then "L的T…"; an
agreement opens "甲方：X　乙方：Y". Each
of these is one construction: a role label is defined for a party, and a later use of the label is the
party. The label is resolved by position: the nearest definition before the use wins (a document that
defines 卖方 twice, for two deals, means the later one after it), else the first one after.

`party_label_sites` finds the definitions (`Inventory.label_sites`); `extract.mentions` re-keys each
mention of a label by where it stands (`label_key`).

A person's short form defined in brackets after the full name is the same construction for a person:
"P先生（「Q」）", "PQR女士（P女士）" — the short form is that person's wherever written.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from extract.lexicon import Lexicon
from extract.mention_records import Inventory, merge_entities
from extract.name_scan import NameScan
from text.normalize import norm_name

#: the parties of a court case, an agreement, a filing or a scheme, by the role the document gives them
_ROLE_WORDS = (
    # a court's parties (numbered: 第一答辩人, 第二被告)
    "再审申请人|被申请执行人|申请执行人|被执行人|被上诉人|上诉人|被申请人|申请人|被申诉人|申诉人|呈请人|答辩人|原告|被告|第三人"
    # an agreement's parties
    "|甲方|乙方|丙方|丁方|出让方|受让方|转让方|卖方|买方|借款人|贷款人|出借人|出租人|承租人|委托人|受托方|保证人|抵押人|质押人"
    # a filing's or a scheme's parties
    "|基金管理人|基金托管人|计划管理人|原始权益人|发行人|担保人|管理人|受托人|托管人|保荐人|要约人|收购人|认购人|承配人|营运人")
_LABEL = rf"(?:第[一二三四五六七八九十\d]{{1,2}})?(?:{_ROLE_WORDS})"
_LABEL_RE = re.compile(_LABEL)

#: a caption line: "呈请人：A", "甲方（出让方）：X", "发行人：X" (what follows is read as a name found there)
_CAPTION = re.compile(rf"^[ \t\u3000]*(?P<label>{_LABEL})(?:[（(][^）)\n]{{1,12}}[）)])?[ \t\u3000]*[：:][ \t\u3000]*(?:指[ \t\u3000]*)?", re.M)
#: a cover line under a firm's name block: "作为发行人" / "作為擔保人" alone on its line
_COVER_ROLE = re.compile(rf"^[ \t\u3000]*作为(?P<label>{_LABEL})[ \t\u3000]*$", re.M)
#: a label told of a party: "本F的L为X", "该F的L是X" (X right after, ending the clause or bracketed)
_APPOSITION = re.compile(rf"(?:本|该)[\u4e00-\u9fff]{{1,4}}?的(?P<label>{_LABEL})(?:为|是|系)")
#: a party, then its label in brackets: "X（「L」）", "X（以下简称“L”）", "X（下称L）"
_BRACKET_LABEL = re.compile(rf"[（(][ \t]*(?:以下|下文)?(?:简称|下称|称)?(?:为)?[：:]?[ \t]*[“「『\"]?(?P<label>{_LABEL})[”」』\"]?[ \t]*[）)]")
#: a party, then its label after 作为/担任: "X作为L", "由X担任本F的L"
#: (the label ends the clause: "P担任L的T" or "P担任LT" gives P a post at the party labelled L, it does not define L)
_AS_ROLE = re.compile(rf"(?:作为|担任)(?:本[\u4e00-\u9fff]{{1,4}}?的)?(?P<label>{_LABEL})(?=[，,。；;、\s）)]|$)")
#: what may end a party's name where its label defines it: a bracket, a quote, a clause's end
_NAME_END = re.compile(r"(?:先生|女士|小姐|博士)?(?=[（(「“，,。；;、\s]|$)")

#: a person's short form defined in brackets after the full name (and an honorific): "（「Q」）", "（P先生）"
_PERSON_SHORT = re.compile(r"(?:先生|女士|小姐|博士)?[（(](?:以下|下文)?(?:简称|下称|称)?[“「『\"](?P<q>[\u4e00-\u9fff]{2,4})[”」』\"][）)]"
                           r"|(?:先生|女士|小姐|博士)?[（(](?P<h>[\u4e00-\u9fff]{1,2}(?:先生|女士|小姐|博士))[）)]")
#: a Latin line under a Chinese name on a cover: the same firm's English name
_LATIN_LINE = re.compile(r"[A-Za-z][A-Za-z0-9&.,'() -]{3,80}")


def party_label_sites(inv: Inventory, text: str, lex: Lexicon, show: Callable[[int, int], str]) -> None:
    """Record where the document defines a label for a party (`inv.label_sites`) and make the label a
    surface of the first party it is defined for, so the sentence pass finds it."""
    if not _LABEL_RE.search(text):
        _person_short_forms(inv, text, show)
        return
    scan = NameScan(sorted(f for f in inv.forms if f.strip()))
    sites: list[tuple[str, int, str]] = []
    for m in _CAPTION.finditer(text):
        if (key := _party_at(inv, text, m.end(), scan, lex, show)) is not None:
            sites.append((m.group("label"), m.start("label"), key))
            inv.label_heads.add(m.start("label"))
    if "作为" in text:
        for m in _COVER_ROLE.finditer(text):
            if (key := _cover_party(inv, text, m.start(), scan)) is not None:
                sites.append((m.group("label"), m.start("label"), key))
                inv.label_heads.add(m.start("label"))
    if "的" in text:
        for m in _APPOSITION.finditer(text):
            if (key := _party_at(inv, text, m.end(), scan, lex, show, caption=False)) is not None:
                sites.append((m.group("label"), m.start("label"), key))
    for pattern in (_BRACKET_LABEL, _AS_ROLE):
        for m in pattern.finditer(text):
            if (key := _party_before(inv, text, m.start(), scan)) is not None:
                sites.append((m.group("label"), m.start("label"), key))
                if pattern is _BRACKET_LABEL and text[m.start("label") - 1] not in "“「『\"":
                    inv.label_heads.add(m.start("label"))  # "A(卖方)与B(买方)订立…": the brackets the sentence reads as such
    for label, at, key in sorted(sites, key=lambda s: s[1]):
        _record(inv, label, at, key, show)
    _person_short_forms(inv, text, show)


def label_key(inv: Inventory, surface: str, at: int) -> str | None:
    """The party a label written at `at` stands for: the nearest definition before it, else the first after."""
    sites = inv.label_sites.get(norm_name(surface))
    if not sites:
        return None
    i = bisect.bisect_right(sites, (at, "\uffff"))
    return sites[i - 1][1] if i else sites[0][1]


def _record(inv: Inventory, label: str, at: int, key: str, show: Callable[[int, int], str]) -> None:
    n = norm_name(label)
    sites = inv.label_sites.setdefault(n, [])
    if sites and sites[-1][1] == key:
        return
    sites.append((at, key))
    held = inv.surface.get(n)
    if held is None or held == key or (held in inv.entities and norm_name(inv.entities[held].name) == n):
        if held and held != key and held in inv.entities:
            del inv.entities[held]  # a "company" named by the label alone: the party it stands for
        if held is None or held != key:
            inv.revision += 1
            inv.surface[n] = key
            inv.forms.add(show(at, at + len(label)) if show(at, at + len(label)) == label else label)
    inv.forms.add(label)


def _party_at(inv: Inventory, text: str, at: int, scan: object, lex: Lexicon, show: Callable[[int, int], str],
              caption: bool = True) -> str | None:
    """The party named right at `at` and ending there (a clause's end, a bracket): a known entity; on a caption
    line, a bare person's name filling the line is one too (a judgment names its parties nowhere else)."""
    hit = scan.match(text, at) if scan is not None else None  # type: ignore[attr-defined]
    if hit is not None and _NAME_END.match(text, hit.end()):
        key = inv.surface.get(norm_name(hit.group(0)))
        if key and key in inv.entities:
            return key
    if not caption:
        return None
    line_end = text.find("\n", at)
    rest = text[at:line_end if line_end >= 0 else len(text)].strip()
    if 2 <= len(rest) <= 4 and re.fullmatch(r"[\u4e00-\u9fff]+", rest) and lex.is_surname_start(rest) and not lex.company(rest):
        key = "P:" + rest
        if norm_name(rest) not in inv.surface:
            inv.add(key, show(at, at + len(rest)), "Person", norm_name(rest), show(at, at + len(rest)), at)
        return inv.surface.get(norm_name(rest))
    return None


def _party_before(inv: Inventory, text: str, at: int, scan: object) -> str | None:
    """The party whose name (and an honorific) ends right at `at`."""
    lo = max(text.rfind(c, 0, at) for c in "。；;\n") + 1
    last = None
    for hit in scan.finditer(text, lo, at) if scan is not None else ():  # type: ignore[attr-defined]
        last = hit
    if last is None or not re.fullmatch(r"(?:先生|女士|小姐|博士)?", text[last.end():at]):
        return None
    key = inv.surface.get(norm_name(last.group(0)))
    return key if key in inv.entities else None


def _cover_party(inv: Inventory, text: str, at: int, scan: object) -> str | None:
    """The firm over a cover's "作为X" line: the first line of the block above it that is a company's name alone
    (the block runs up to a blank line or the last such cover line); a Latin name line under it is the same firm."""
    lines: list[tuple[int, int]] = []
    end = at - 1
    while end > 0 and len(lines) < 5:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        if not line or line.startswith("作为"):
            break
        lines.append((start, end))
        end = start - 1
    key = None
    for start, end in reversed(lines):
        s = start + len(text[start:end]) - len(text[start:end].lstrip())
        hit = scan.match(text, s) if scan is not None else None  # type: ignore[attr-defined]
        if hit is None or text[hit.end():end].strip():
            continue
        found = inv.surface.get(norm_name(hit.group(0)))
        if found is None or found not in inv.entities or inv.entities[found].type != "Company":
            continue
        if key is None:
            key = found
        elif found != key and _LATIN_LINE.fullmatch(hit.group(0)) and not _LATIN_LINE.fullmatch(inv.entities[key].name):
            merge_entities(inv, found, key)  # the English name under the Chinese one
    return key


def _person_short_forms(inv: Inventory, text: str, show: Callable[[int, int], str]) -> None:
    """"P先生（「Q」）", "PQR女士（P女士）": the bracket's short form is the person named right before it."""
    if "（" not in text and "(" not in text:
        return
    for m in _PERSON_SHORT.finditer(text):
        form = m.group("q") or m.group("h")
        n = norm_name(form)
        held = inv.surface.get(n)
        if _LABEL_RE.fullmatch(form) or (held is not None and not (
                held.startswith("P:") and held in inv.entities and norm_name(inv.entities[held].name) == n)):
            continue  # (a form taken for a person of its own is folded into the one it is defined for)
        lo = max(0, m.start() - 6)
        for size in range(4, 1, -1):
            name = text[m.start() - size:m.start()] if m.start() - size >= lo else ""
            key = inv.surface.get(norm_name(name)) if name else None
            if key and key.startswith("P:"):
                if m.group("h") and not name.startswith(form[:len(form) - 2]):
                    break  # "（P先生）" after a name of another surname: not its short form
                if held is not None and held != key:
                    merge_entities(inv, held, key)
                inv.revision += 1
                inv.surface[n] = key
                inv.forms.add(form)
                break
