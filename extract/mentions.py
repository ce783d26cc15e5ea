"""The sentence pass: the mentions in one sentence, with 公司/该公司 resolved (`extract.company_refs`)
to the company meant, and the sentence rendered as a template in which each
mention is one private-use character of its kind, so a rule is a plain
regular expression over `P`, `C`, `T`, `X`, `D` … and the text between them.

The article pass that builds the inventory of entities is `extract.inventory`.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from extract.company_refs import resolve_focus
from extract.dates import find_dates
from extract.lexicon import Lexicon
from extract.mention_records import Inventory, Mention, TitleInfo
from extract.mergers import MERGED_WORDS, RENAMED_AFTER
from extract.name_scan import NameScan
from extract.name_words import WEAK_BAD_BEFORE, WEAK_OK_AFTER, names_an_industry, ok_boundary_ascii
from extract.numbers import find_money, find_percents, region_yuan
from extract.party_labels import label_key
from extract.tickers import find_tickers
from extract.titles import title_info
from text.names import is_regulator, is_service_body
from text.normalize import norm_name, to_simplified

#: 集团 alone after a verb of joining is the group the text is about ("于2021年加入集团"), as 加入公司 is;
#: so is 集团 whose founder someone is said to be ("P为集团创办人")
FOCUS_WORDS = re.compile(r"(?:本会(?![议计员期场所])|该公司|该机构|本公司|我公司|我司|我行(?![为走进动业我])|公司(?!金融部|业务部)|该行|本行|该集团|本集团|该银行|该中心(?=董事长|总经理|主任|副|理事长|党委)|(?<=加入|加盟|入职)集团|(?<=[为是系])集团(?=的?(?:联合)?(?:创始人|创办人))"
                         # the bank just formed by a merger or a conversion ("新行注册资本…", "出任新行行长"; not 新行长, 创新行动)
                         r"|新行(?<![创更革重刷翻最全]新行)(?![长业动为情政驶程列])"  # (the lookbehind after the letters keeps the scan fast)
                         # 集团 as a bare subject or owner at a clause's head ("，集团旗下的X"), or after 任 ("仍任集团董事长")
                         r"|(?:^|(?<=[，。；：\n由]|任))集团(?!有限|股份|公司|化|内|外|层面|战略)"
                         # 集团 after a year as a listing's subject ("1995年集团在联交所上市"), or as the company a share is of ("持有集团约61%股权")
                         r"|(?<=年)集团(?=在|于|於|正式|成功)|(?<=持有|控制)集团(?=约|[\d.]|已发行|股份|股权)"
                         # a bare kind of firm between a verb of taking a post and the title: the one of that kind just named
                         r"|(?<=转任|出任|担任|调任|升任)(?:合作银行|农商银行|银行|金控|证券|信托|保险|集团)(?=董事长|行长|总经理|总裁|副|首席|首任|名誉|荣誉)"
                         # a financial holding written alone as a verb's object or an owner ("91年成立金控", "担任金控旗下X董事长")
                         r"|(?<=成立|创立|创办|组建)金控|(?:(?<=[，。；：\n任的])|^)金控(?=旗下)"
                         # …or heading a clause before its title ("银行总经理一职" + "，由P接任"), or after 由 ("遗缺由" + "银行副总经理P" + "升任"):
                         # the one of that kind the text names
                         r"|(?:^|(?<=[，。；：\n由]))(?:银行|金控)(?=董事长|行长|总经理|总裁|副董事长|副行长|副总经理|副总裁)"
                         # a demonstrative and a description, then the kind: "这家" + a description (its size, its age) + "的城商行" (the one just named)
                         r"|这家[^，。；、\s]{0,14}?(?:城商行|农商行|银行|券商|公司)(?![\u4e00-\u9fff]))")

def _own_body(inv: Inventory) -> str | None:
    """The one foundation or association (a name ending in 会: 基金会, 协会, 商会) the article names, or None."""
    bodies = [k for k, e in inv.entities.items() if e.type == "Company" and to_simplified(e.name).endswith("会")]
    return bodies[0] if len(bodies) == 1 else None


#: a firm's own words for itself that stand where 本公司/本行 would: what it defines 本公司 as, it calls 我公司 too
_SAME_AS = {"我公司": "本公司", "我司": "本公司", "我行": "本行"}

#: a word every match of FOCUS_WORDS holds: its scan (lookbehinds first, no fixed first letter) only where one stands
_FOCUS_NEEDS = ("本会", "公司", "该机构", "我司", "我行", "该行", "本行", "集团", "新行", "银行", "金控", "证券", "信托", "保险", "这家", "该中心")


#: another capitalised word that goes on a Latin name, one no company's word ("Hongtu Dai", not "Hongtu Finance")
_LATIN_GOES_ON = re.compile(r" (?!(?:Finance|Financial|Holdings?|Group|Tech\w*|Inc|Ltd|Limited|Corp\w*|Bank|Capital|Securities|Insurance|"
                            r"Fintech|International|Digital|Asset|Investment|Co)\b)[A-Z][a-z]+\b")


def surface_names(inv: Inventory) -> NameScan | None:
    """The article's names (`extract.name_scan`), or None when it has none."""
    forms = tuple(sorted({f for f in inv.forms if f.strip()}))
    return _name_scan(forms) if forms else None


@lru_cache(maxsize=4)
def _name_scan(forms: tuple[str, ...]) -> NameScan:
    """Built once for the same names (the focus is chosen before the sentence pass, which mostly asks again)."""
    return NameScan(forms)


def sentence_mentions(
    text: str, start: int, end: int, inv: Inventory, lex: Lexicon, surf_re: NameScan | None,
    title_spans: list[tuple[int, int]], focus_key: str | None, prev_topic: str | None = None,
    announcer: str | None = None, prev_named: str | None = None, prev_said: str | None = None, digest: bool = False,
) -> list[Mention]:
    """All mentions in text[start:end], non-overlapping, in order.

    Titles are placed last: a title takes in the department or the temporal
    modifier written before it ("核保部副总经理", "原联席CEO"), up to the
    mention before it, so that a rule sees `<C><T>`.
    """
    seg = text[start:end]
    cands: list[Mention] = []
    if surf_re is not None:
        for m in surf_re.finditer(seg):
            key = inv.surface.get(norm_name(m.group(0)))
            if key is None and (brands := inv.brands.get(norm_name(m.group(0)))):
                # a brand of several companies: the one of them named last before it
                key = next((c.key for c in reversed(cands) if c.kind == "C" and c.key in brands), None) or (
                    prev_named if prev_named in brands else prev_topic if prev_topic in brands
                    else focus_key if focus_key in brands else None)  # (else the article's company, when it is one of them)
            if key is None:
                continue
            s, e = m.start() + start, m.end() + start
            if inv.label_sites and (party := label_key(inv, m.group(0), s)) is not None:
                if s in inv.label_heads:
                    continue  # the caption's own label ("被告：C"): the line names the party itself
                key = party  # a label the document defined for a party: the party defined nearest before it
            if m.group(0).isascii() and (not ok_boundary_ascii(text, s, e) or (" " not in m.group(0) and _LATIN_GOES_ON.match(text, e))):
                continue  # "Hongtu Dai": a first word that a name of its own goes on from, not the company's first word alone
            kind = "P" if key.startswith("P:") else "C"
            entry = lex.company(m.group(0)) if kind == "C" else None
            if entry is not None and names_an_industry(text, s, e):
                continue  # "中国建筑行业": the industry, though the article names the company elsewhere
            if entry is not None and norm_name(m.group(0)) in entry.weak and (
                    text[e:e + 1] not in WEAK_OK_AFTER or text[s - 1:s] in WEAK_BAD_BEFORE):
                continue
            cands.append(Mention(kind, s, e, m.group(0), key=key))
    for m in lex.exchange_re.finditer(seg):
        code = lex.exchanges.get(m.group(0))
        cands.append(Mention("X", m.start() + start, m.end() + start, m.group(0), key="X:" + str(code), value=code))
    for t in find_tickers(seg):
        cands.append(Mention("K", t.start + start, t.end + start, t.raw, value=(t.raw, t.code, t.exchange)))
    for s, e, v in find_dates(seg):
        cands.append(Mention("D", s + start, e + start, seg[s:e], value=v))
    for s, e, money in find_money(seg, region_yuan(text)):
        cands.append(Mention("M", s + start, e + start, seg[s:e], value=money))
    for s, e, pct in find_percents(seg):
        cands.append(Mention("R", s + start, e + start, seg[s:e], value=pct))
    lo = bisect.bisect_left(title_spans, (start, start))
    hi = bisect.bisect_left(title_spans, (end, end))
    if focus_key or prev_topic or prev_named:
        for m in FOCUS_WORDS.finditer(seg) if any(w in seg for w in _FOCUS_NEEDS) else ():
            s, e = m.start() + start, m.end() + start
            if m.group(0) == "公司" and (text[s - 1:s] in _FOCUS_BAD_BEFORE or any(ts <= s < te for ts, te in title_spans[lo:hi])):
                continue  # a compound (子公司), or a word of the sentence's title (公司秘书 and its joint form)
            cands.append(Mention("C", s, e, m.group(0), key=None, focus=True))
    if inv.merged_key is not None:  # "选举P为新公司董事长": the company the merger leaves
        cands.extend(Mention("C", m.start() + start, m.end() + start, m.group(0), key=None, focus=True)
                     for m in MERGED_WORDS.finditer(seg) if not RENAMED_AFTER.match(seg, m.end()))
    if any(w in seg for w in _SAME_AS):  # (我司 is the firm's own word, never a firm a recogniser named so)
        cands = [m for m in cands if m.focus or m.kind != "C" or m.text not in _SAME_AS]
    ends = {m.end for m in cands if m.kind == "C" and not m.focus}
    starts = {m.start for m in cands if m.kind in ("C", "P") and not m.focus}
    cands = [m for m in cands if not (m.focus and (m.start in ends or m.end in starts))]
    chosen = _non_overlapping(cands)
    if any(m.focus for m in chosen):
        # a regulator approves or punishes; it is never the 公司/该公司 of the sentence ("经" + a regulator + "核准，P担任公司总经理");
        # nor is a registry where shares are transferred, a law firm or an accounting firm
        regs = {k for k in {m.key for m in chosen if m.kind == "C"} | {focus_key, prev_topic, announcer, prev_named, prev_said}
                if k and (ent := inv.entities.get(k)) is not None and (is_regulator(ent.name) or is_service_body(ent.name))}
        if regs:
            focus_key, prev_topic, announcer, prev_named, prev_said = (
                None if k in regs else k for k in (focus_key, prev_topic, announcer, prev_named, prev_said))
        resolve_focus(chosen, text, focus_key, prev_topic, announcer, prev_named, prev_said, digest, regs, inv)
    for m in chosen:
        if m.focus and inv.merged_key is not None and MERGED_WORDS.fullmatch(m.text):
            m.key = inv.merged_key
    if inv.self_words:  # "（以下简称“Y”或“公司”）": 公司 is that company wherever it is written
        for m in chosen:
            if m.focus and _SAME_AS.get(m.text, m.text) in inv.self_words:
                m.key = inv.self_key
    for m in chosen:  # 本会 is a foundation's or an association's word for itself: the one body of that kind the text names
        if m.focus and m.text == "本会":
            m.key = _own_body(inv)
    chosen = [m for m in chosen if not (m.focus and m.key is None)]
    titles: list[Mention] = []
    for s, e in title_spans[lo:hi]:
        if e > end:
            continue
        over = [m for m in chosen if m.start < e and s < m.end]
        if over and len(over) == 1 and over[0].kind == "C" and over[0].end == s + 1 and text[s] in _UNIT_CHARS and e - s >= 2:
            # "财政部长": the ministry's last letter is the title's first (部 + 长 = 部长)
            titles.append(Mention("T", s + 1, e, text[s + 1:e], value=TitleInfo(lex.titles[text[s:e]], text[s:e])))
            continue
        if over:
            continue
        floor = max([start] + [m.end for m in chosen if m.end <= s] + [t.end for t in titles if t.end <= s])
        info, pstart = title_info(text, s, e, lex, floor)
        titles.append(Mention("T", pstart, e, text[pstart:e], value=info))
    return sorted(chosen + titles, key=lambda m: m.start)


#: the last letter of a government body that its head's title begins with (财政部 + 长, 公安局 + 长)
_UNIT_CHARS = set("部局厅署")
#: Characters that make 公司 part of a compound (子公司, 上市公司, 科技公司 …)
#: rather than a reference to the company in focus.
_FOCUS_BAD_BEFORE = set("属子母分总市技融团险券行产理资股托金款保营壳联标家该本其这那此每各某大小新老同类型式方系网台商限")

_PRIORITY = {"K": 0, "C": 1, "P": 2, "X": 3, "M": 4, "R": 5, "D": 6, "T": 7}


def _non_overlapping(cands: list[Mention]) -> list[Mention]:
    cands.sort(key=lambda m: (-(m.end - m.start), _PRIORITY[m.kind], m.start))
    taken: list[Mention] = []
    used = bytearray()
    base = min((m.start for m in cands), default=0)
    size = max((m.end for m in cands), default=0) - base
    used = bytearray(size + 1)
    for m in cands:
        if any(used[i - base] for i in range(m.start, m.end)):
            continue
        for i in range(m.start, m.end):
            used[i - base] = 1
        taken.append(m)
    taken.sort(key=lambda m: m.start)
    return taken
