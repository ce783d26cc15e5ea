"""The company a document is written by, as its reader tells it without being told "以下简称本公司".

A firm's own document calls itself 本公司 / 我公司 / 本行 / 我行 and names other firms around it: its
holder, its former holder, a subsidiary. Which one is "本" a reader knows from the document's frame,
not from the last name written before the word:

- a fund's documents (prospectus, reports, notices) are the fund manager's, and their head says who
  that is ("基金管理人：X"): 本公司 is X, 本基金 the fund;
- a document's author line names the firm that wrote it ("编写：X办公室", "编制单位：X");
- a letter ends with its signature: the firm's name on a line of its own, over the date, under it
  perhaps its former name in brackets ("X\n（原Y）\n" + a date): 我公司 is X, the name it signs with now.

When one of these is found and the text speaks of itself, the words 本公司/本行/公司 stand for that
firm wherever written (`Inventory.self_key`), as a text's own definition of them would make them.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from extract.announcer import header_issuer
from extract.mention_records import Inventory
from extract.mentions import surface_names
from text.normalize import norm_name, to_simplified

#: the words a firm's own document calls itself by (the text is read in Simplified: 本集團 is 本集团 here)
_OWN = ("本公司", "我公司", "我司", "本行", "我行", "本集团")
#: a fund document's field that names its manager ("基金管理人：X"), near the head
_MANAGER = re.compile(r"^[ \t\u3000]*基金管理人(?:名称)?[ \t\u3000]*[：:][ \t\u3000]*(\S{4,40})", re.M)
#: an author line: the unit that wrote the document ("编写：X" + a department, "编制单位：X")
_AUTHOR = re.compile(r"^[ \t\u3000]*(?:编写|编制|编撰|编印|撰稿)(?:单位)?[ \t\u3000]*[：:][ \t\u3000]*(\S{4,60})", re.M)
#: a periodical's issue line and its publisher: "D第N期　主办：X办公室" (a firm's in-house paper)
_PUBLISHER = re.compile(r"^[^\n]*第[\d一二三四五六七八九十]{1,3}期[^\n]*?(?:主办|主办单位|编印)[ \t\u3000]*[：:][ \t\u3000]*(\S{4,60})", re.M)
#: the lines a signature may have under the firm's name: a date ("2026年3月5日", "二〇二六年三月五日"), a former
#: name in brackets ("（原Y）"), a seal's note ("（盖章）"), the name it is to take ("（自D起更名为Y）")
_UNDER_SIGNATURE = re.compile(
    r"[ \t\u3000]*(?:[\d〇零一二三四五六七八九十○Ｏ]{2,4}年[\d〇零一二三四五六七八九十○]{1,2}月(?:[\d〇零一二三四五六七八九十○]{1,3}日)?"
    r"|[（(](?:原|盖章|公章)[^（）()\n]{0,40}[）)]|[（(][^（）()\n]{0,24}?(?:更名为|改名为|更名|改名)[^（）()\n]{0,40}[）)])[ \t\u3000]*")
#: what may follow the firm's name on the signature line: its board or a seal's note ("X董事会", "X（盖章）")
_SIGNATURE_TAIL = re.compile(r"(?:董事会|监事会)?(?:[（(](?:盖章|公章)[）)])?[ \t\u3000]*")
_HEAD = 800
_SIGNATURE_LINES = 4


def own_company(inv: Inventory, text: str) -> tuple[str, str] | None:
    """The key of the firm the document is written by, and how the document says so ("manager", "author",
    "signature"); None when it does not."""
    if not any(w in text for w in _OWN):
        return None
    scan = surface_names(inv)
    if scan is None:
        return None

    def company_at(at: int) -> tuple[str, int] | None:
        """The firm whose name starts at `at`, and where its name ends."""
        hit = scan.match(text, at)
        key = inv.surface.get(norm_name(hit.group(0))) if hit is not None else None
        return (key, hit.end()) if hit is not None and key and key.startswith("C:") else None

    if "基金管理人" in text and (m := _MANAGER.search(text, 0, _HEAD)) and (found := company_at(m.start(1))):
        return found[0], "manager"
    if (m := _AUTHOR.search(text, 0, _HEAD)) and (found := company_at(m.start(1))):
        return found[0], "author"
    if "主办" in text[:_HEAD] and (m := _PUBLISHER.search(text, 0, _HEAD)) and (found := company_at(m.start(1))):
        return found[0], "author"  # a firm's own periodical: its issue line names the unit that publishes it
    signed = _signature(text, company_at)
    return (signed, "signature") if signed is not None else None


def _signature(text: str, company_at: Callable[[int], tuple[str, int] | None]) -> str | None:
    """The firm a letter is signed by: going up from the last line past dates and a former name's bracket,
    the first line that is a firm's name alone (or its board's); None when that line is anything else."""
    end = len(text.rstrip())
    for _ in range(_SIGNATURE_LINES):
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if line.strip() and not _UNDER_SIGNATURE.fullmatch(line):
            at = start + len(line) - len(line.lstrip(" \t\u3000"))
            found = company_at(at)
            return found[0] if found is not None and _SIGNATURE_TAIL.fullmatch(text, found[1], end) else None
        if start == 0:
            return None
        end = start - 1
    return None


def own_words(inv: Inventory, text: str) -> str | None:
    """Make 本公司/本行/公司 (and 我公司/我行, read as those) stand for the firm the document is written by, when
    the text has not defined them itself and its header names no other issuer; how the document said which
    firm that is (`own_company`), or None. (A document its firm wrote about itself, its author line says so,
    is no digest of other firms' news: its numbered items and panels are all its own.)"""
    if (found := own_company(inv, text)) is None or inv.self_key not in (None, found[0]):
        return None  # (a text that defined 我司 as the firm that signs it: the same firm, its other words too)
    own, how = found
    issuer = header_issuer(inv, text, surface_names(inv))
    if issuer is not None and issuer != own and (how != "signature" or "简称：" in text[:_HEAD] or _heads_a_line(inv, text, issuer)):
        return None  # "证券简称：X" heads the notice: the issuer the exchange knows it by speaks, whoever signs
        # (not a letter that names a listed buyer with its code in passing: "…，B（股票代码：N）取得我司股份")
    inv.self_key = _employer(inv, own) or own
    inv.self_words.update(("公司", "本公司", "本行", "本集团"))
    return how


def _heads_a_line(inv: Inventory, text: str, key: str) -> bool:
    """Whether a line of the text's head opens with a name of the company `key` (a letterhead, a header field's value
    on a line of its own), not only names it inside a sentence."""
    scan = surface_names(inv)
    at = 0
    while scan is not None and at < min(len(text), _HEAD):
        start = at
        while text[start:start + 1] in (" ", "\t", "\u3000"):
            start += 1
        hit = scan.match(text, start)
        if hit is not None and inv.surface.get(norm_name(hit.group(0))) == key:
            return True
        at = text.find("\n", at) + 1
        if at == 0:
            break
    return False


def speaks_as_itself(text: str, at: int) -> bool:
    """Whether the text calls itself 本行/本公司/我司 before position `at` (its first numbered item): a firm's own
    statement whose numbered points are its own reasons and facts, not a digest of other firms' news items (a
    digest's lead speaks of no firm as "we"; only its items' own quotes do)."""
    return any(w in text[:at] for w in _OWN)



#: a union of one firm's staff, named after the firm ("A银行企业工会", "B证券职工会"): its letters call the firm 本行
_STAFF_UNION = re.compile(r"(?P<firm>.{2,30}?(?:银行|公司|证券|保险|人寿|金控|集团|信托))(?:产业|企业|职工|员工)?(?:工会|职工会)")


def _employer(inv: Inventory, own: str) -> str | None:
    """The firm whose staff's union signs the document, when it does: a union writes 本行/本公司 of the firm it is
    the union of (its name's head) and 本会 of itself, so the own words stand for that firm, added if it is not yet
    an entity of its own (the union's name holds its name whole)."""
    ent = inv.entities.get(own)
    m = _STAFF_UNION.fullmatch(to_simplified(ent.name)) if ent is not None else None
    if m is None:
        return None
    firm = m.group("firm")
    key = inv.surface.get(norm_name(firm))
    if key is None or key not in inv.entities:
        key = "C:" + firm
        shown = ent.name[:len(firm)]
        inv.add(key, shown, "Company", norm_name(firm), shown, ent.first)
    return key


def union_words(inv: Inventory, speaker: str | None) -> None:
    """A staff union's statement, its name heading it (a letter headed by "A银行企业工会"): 本行/我行/本公司 are the firm it is
    the union of, not the union (which calls itself 本会), unless the text has said who they are."""
    if speaker is None or inv.self_key is not None or (firm := _employer(inv, speaker)) is None:
        return
    inv.self_key = firm
    inv.self_words.update(("本公司", "本行", "我行"))
