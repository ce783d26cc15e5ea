"""The companies the dictionary knows, found in an article (step 1 of
`extract.companies.find_companies`): each match, unless the text around it makes it
part of something else (an industry, a place's word, an exchange's or a newspaper's
name, a licensed subsidiary named after it, a local body of the place written before it).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from extract.company_names import company_left_boundary
from extract.lexicon import Lexicon
from extract.local_bodies import LOCAL_BODY, PLACE_BOUND, bare_local_body, local_body_start, other_body_form
from extract.mention_records import Inventory
from extract.ministry_units import ministry_unit
from extract.name_words import LEGAL_SUFFIX, WEAK_BAD_BEFORE, WEAK_OK_AFTER, glued_word, names_an_industry, ok_boundary_ascii
from extract.spans import Spans
from extract.suffix_context import inside_place_word
from text.normalize import norm_name

#: the word an exchange's name ends in ("上海证券交易所"): a firm's name written before it is that name's head
EXCHANGE_WORD = "交易所"
#: a newspaper named after a broker's name, as a story's masthead or source: "上海证券" + "报·…讯", "据…报报道"
_MASTHEAD = re.compile(r"报(?:[·•》」”]|讯|记者|社|报道|消息)")


#: Suffixes of licensed institutions: after a known name they name a
#: subsidiary of its own ("中投" + "证券"), not the known company.
_LICENSED_AFTER = re.compile(r"证券|基金|银行|信托|消费金融|消金|金融租赁|金租|理财|寿险|产险|财险|人寿|资管|期货|小贷|支付|软件")

#: An institution word a dictionary name ends inside of: "平安保险" + "代理" is
#: 平安保险代理, an agency of its own, named after its parent.
_EXTENDS_INTO = re.compile(r"保险(?:代理|经纪|公估)|(?:资产|投资)管理中心")
#: a legal suffix right after a name ("大连万达" + "集团有限公司")
_LEGAL_SUFFIX = re.compile(LEGAL_SUFFIX)
#: the bare legal form that may close a known name written in full, and the kind of firm that name ends in
#: ("…金融控股集团" + "有限公司"); no letter of a name may follow
_BARE_LEGAL = re.compile(r"(?:股份有限公司|有限责任公司|有限公司)(?![\u4e00-\u9fff]*(?:公司|银行))")
_KIND_END = re.compile(r"(?:集团|控股|银行|证券|保险|信托|投资|金融|资本|科技)$")


#: the kind of firm a local firm's short name ends with: "南昌X投资", "杭州X控股"
_LOCAL_KIND = re.compile(r"(?:投资|投資|控股|资本|資本|实业|實業|创投|創投|集团|集團|贸易|貿易|置业|置業)")


def _inside_local_name(text: str, s: int, e: int, lex: Lexicon) -> bool:
    """Whether a known firm's short form (two or three letters) stands between a place and a kind of firm: a reader takes
    "南昌瑞信投资" as one local firm, its name made of the place, a word and its trade, not Credit Suisse (瑞信) in Nanchang."""
    if e - s > 3 or not _LOCAL_KIND.match(text, e):
        return False
    return any(text[s - n:s] in lex.places for n in (2, 3) if s - n >= 0)


def dictionary_companies(inv: Inventory, text: str, lex: Lexicon, show: Callable[[int, int], str], occupied: Spans) -> None:
    """Add the dictionary's companies the text names to `inv`, and the spans they (or what they are part of) take to `occupied`."""
    for m in lex.company_re.finditer(text):
        s, e = m.span()
        surf = m.group(0)
        entry = lex.company(surf)
        if entry is None:
            continue
        if len(surf) > 2 and glued_word(text, e - 1) and (shorter := lex.company(surf[:-1])) is not None:
            surf, e, entry = surf[:-1], e - 1, shorter  # "京东方面": 京东 and 方面, not 京东方
        key_norm = norm_name(surf)
        if surf.isascii() and not ok_boundary_ascii(text, s, e):
            continue
        if names_an_industry(text, s, e):
            occupied.append((s, e))  # "中国建筑" + "行业": China's construction industry, not the company
            continue  # (nor is "中国银行业保险" the name of an insurer: the span stays taken)
        if inside_place_word(text, s, e, lex):
            continue  # "南京东南…": 京东 begins inside the place name before it
        if surf != entry.name and _inside_local_name(text, s, e, lex):
            continue  # "南昌" + "瑞信" + "投资": a local firm's name around a known firm's short form, not that firm
        if text.startswith(EXCHANGE_WORD, e):
            occupied.append((s, e))  # "上海证券" + "交易所": the head of an exchange's name, not the broker
            continue
        if _MASTHEAD.match(text, e):
            occupied.append((s, e + 1))  # "上海证券" + "报·中国证券网讯": a newspaper, not the broker
            continue
        if key_norm in entry.weak:
            after = text[e:e + 1]
            before = text[s - 1:s]
            if after not in WEAK_OK_AFTER or before in WEAK_BAD_BEFORE:
                continue
        if _LICENSED_AFTER.match(text, e) and not _LICENSED_AFTER.search(surf):
            continue  # "中投" + "证券": a licensed subsidiary named after its parent, found by its suffix below
        local = local_body_start(text, s, lex.places) if LOCAL_BODY.fullmatch(surf) else None
        if local is None and LOCAL_BODY.fullmatch(surf) and (full := bare_local_body(text, s, e, lex.places)) is not None:
            key = inv.surface.get(norm_name(full)) or "C:" + full  # "市国资委" in a text that names "芜湖市国资委": that body
            inv.add(key, full, "Company", norm_name(full), show(s - 1, e), s - 1)
            inv.link(norm_name(text[s - 1:e]), show(s - 1, e), key)
            occupied.append((s - 1, e))
            continue
        if local is None and surf in PLACE_BOUND:
            continue  # "财政厅" alone: no body we can name
        if local is not None:  # "江川市国资委": the city's own, not the State Council's
            name = text[local:e]
            # (its full name and its short one are one body: "X省人民政府国有资产监督管理委员会" is X省国资委)
            key = inv.surface.get(norm_name(name)) or inv.surface.get(norm_name(other_body_form(name))) or "C:" + name
            inv.add(key, show(local, e), "Company", norm_name(name), show(local, e), local)
            occupied.append((local, e))
            continue
        if (unit_end := ministry_unit(text, surf, e)) is not None:  # "财政部" + "国库署": the department, a body of its own
            name = text[s:unit_end]
            key = inv.surface.get(norm_name(name)) or "C:" + name
            inv.add(key, show(s, unit_end), "Company", norm_name(name), show(s, unit_end), s)
            if norm_name(text[e:unit_end]) not in inv.surface:
                inv.link(norm_name(text[e:unit_end]), show(e, unit_end), key)  # (the text goes on to call it by its own name)
            occupied.append((s, unit_end))
            continue
        longer = next((x for k in range(max(s, e - 3), e) if (x := _EXTENDS_INTO.match(text, k)) and x.end() > e), None)
        if longer is not None:  # "平安保险" + "代理": an agency named after its parent, not the parent
            name = text[s:longer.end()]
            key = inv.surface.get(norm_name(name)) or "C:" + name
            inv.add(key, show(s, longer.end()), "Company", norm_name(name), show(s, longer.end()), s)
            occupied.append((s, longer.end()))
            continue
        if (text.startswith("集团", e) and not surf.endswith("集团") and lex.company(surf + "集团") is None
                and not _LEGAL_SUFFIX.match(text[e:e + 12]) and key_norm not in entry.weak):
            e += 2  # "大连万达" + "集团": the group the dictionary name stands for, one mention
            key_norm = norm_name(surf + "集团")
        if ((bare := _BARE_LEGAL.match(text, e)) is not None and _KIND_END.search(surf) and lex.company(surf + bare.group(0)) is None
                and company_left_boundary(text, e, max(0, s - 24), lex) >= s):
            e = bare.end()  # "北林金融控股集团" + "有限公司": the known company under its full legal name, one mention
            # (unless the legal name begins before it: "南岭" + "兴业银行" + "股份有限公司" is another bank)
            key_norm = norm_name(text[s:e])
        inv.add("C:" + entry.name, entry.name, "Company", key_norm, show(s, e), s, from_dictionary=True)
        occupied.append((s, e))
