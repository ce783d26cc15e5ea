"""Which company a word that stands for one (公司, 该公司, 本公司, 该行, 本集团) means in
a sentence: the article's company, the topic of the sentence before, the announcer,
the company just named, or the one company of its kind the article names
(`resolve_focus`, which `extract.mentions.sentence_mentions` calls on each sentence).
"""

from __future__ import annotations

import re

from extract.item_opener import item_opener
from extract.mention_records import Inventory, Mention
from text.names import is_regulator
from text.normalize import norm_name, to_simplified

#: the words a firm's own notice calls itself by: 本公司, and 我公司/我司/我行 ("经协商，我司股东A拟向B转让所持我司15%股权")
_OWN_WORDS = frozenset({"本公司", "本行", "本集团", "我公司", "我司", "我行"})
_FOCUS_AFTER_VERB = re.compile(r"(?:为|是|向|对|持有|控股)$")
#: a company's rank of holder after its name: "C的控股股东…"
_RANK_AFTER = re.compile(r"(?:的)?(?:控股股东|实际控制人|实控人|第一大股东)")
#: between an appointee and 公司: "P为公司…", "P先生为公司…"
_NAMED_THEN_WEI = re.compile(r"(?:先生|女士|博士)?为")
#: the verb of appointing before that appointee ("同意聘任P为公司总裁"; not "P为公司实际控制人")
_APPOINTS_BEFORE = re.compile(r"(?:聘任|委任|任命|选举|改选|补选|推选|选任|聘请)(?:了)?$")


def resolve_focus(ms: list[Mention], text: str, article_focus: str | None, prev_topic: str | None,
                   announcer: str | None = None, prev_named: str | None = None, prev_said: str | None = None,
                   digest: bool = False,
                   regulators: set[str] | frozenset[str] = frozenset(), inv: Inventory | None = None) -> None:
    """Decide which company each 公司/该公司/本公司 stands for.

    本公司 is the announcer (the letterhead's issuer or the company quoting
    its announcement, else the article's focus; in a `digest` of numbered
    items, the company the item is about). After 为/是/与 … ("上海壹账通
    为公司的综合联属实体") bare 公司 is the announcer or the article's focus when
    the sentence has named a company before it; when it has named none
    ("…对交易所的回复显示…。董事长是公司与实控人沟通的渠道"), the company the
    text has just been speaking of, the nearest one named in the sentences
    before (`prev_named`), is meant, not the article's topic. At the head of a
    clause it is the company the text is about just then: the first company
    named earlier in the sentence, else the one the previous sentence called
    公司 too (`prev_said`: "A持有公司35%的股份。公司实际控制人为P" is about the
    article's company, not A), else the previous sentence's topic.
    """
    first_c: str | None = None
    last_c: str | None = None
    # "2. C公告" + "，聘任P为公司" + a post: a sentence that opens with its own announcer speaks of that company
    # an exchange the text does not know as one (an exchange + "主板上市公司X") is where a company lists, not a company spoken of
    regulators = {*regulators, *(m.key for m in ms if m.kind == "C" and m.key and m.key.endswith("交易所"))}
    opener = next((m for m in ms if m.kind == "C" and not m.focus and m.key not in regulators), None)
    speaker = opener.key if opener is not None and _OPENS_NOTICE.match(text, opener.end) else None
    for m in ms:
        if m.kind != "C":
            continue
        if not m.focus:
            if text[m.start - 1:m.start] not in ("原", "前") and m.key not in regulators:  # "原金蝶总裁…出任公司…": a former employer is not 公司
                first_c = first_c or m.key
                last_c = m.key
            continue
        if m.text in _OWN_WORDS and digest:  # an item of a digest speaks of its own company
            # (not the company just named when 本行 is its object: "A为本行持股100%之子公司" — A is not its own parent)
            avoid = last_c if _FOCUS_AFTER_VERB.search(text[max(0, m.start - 2):m.start]) else None
            m.key = next((k for k in (speaker, first_c, prev_topic, announcer, article_focus) if k and k != avoid), None)
        elif m.text in _OWN_WORDS:
            m.key = speaker or announcer or article_focus or first_c or prev_topic
        elif (kind := _THIS_KIND.get(m.text)) and (named := [c for c in ms if c.kind == "C" and not c.focus
                                                             and c.end <= m.start and c.text.endswith(kind)]):
            parties = {c.key for c in named if _PARTY_TO.match(text, c.end, m.start)}
            others = [c.key for c in named if c.key not in parties] or [
                k for k in (prev_topic, prev_named, announcer, article_focus) if k and k not in parties and inv is not None and is_bank(inv, k)]
            # "…持有青禾集团过半股份，从而成为该集团的控股股东": the group just named; "S分别向B1和B2银行转让了该行" + figures:
            # a party to the deal in the same clause (the buyer, the holder) is not what is dealt in, the bank spoken of is
            m.key = others[-1] if others and others[-1] in {c.key for c in named} else others[0] if others else named[-1].key
        elif m.text in ("该集团", "本集团") and not digest and inv is not None and (group := the_group(inv)) is not None:
            m.key = group  # "该集团持有X": the article's one group, whatever company the sentence named last
        elif m.text == "公司" and text[max(0, m.start - 3):m.start] in ("发行后", "发行前") and (announcer or article_focus):
            m.key = announcer or article_focus  # "直接持有发行后公司" + a figure + "的股份": the issuer, as its offering changed it
        elif m.text == "公司" and text.endswith("控制", 0, m.start) and (said := [c.key for c in ms if c.text == "公司" and c.end <= m.start and c.key]):
            m.key = said[-1]  # "P直接持有公司" + a figure + ", 连同通过B控制的" + a figure + ", 合计控制公司" + their sum: the 公司 the sentence spoke of (not the channel B)
        elif _FOCUS_AFTER_VERB.search(before := text[max(0, m.start - 2):m.start]):
            if before.endswith("为") and any(p.kind == "P" and _NAMED_THEN_WEI.fullmatch(text, p.end, m.start)
                                           and _APPOINTS_BEFORE.search(text, max(0, p.start - 6), p.start) for p in ms):
                # "聘任P为公司总裁": the company giving the post, the one the clause is about (not one named in passing before)
                m.key = speaker or first_c or prev_said or prev_topic or article_focus
            elif (first_c is None and announcer is None and prev_named is not None and m.text in ("公司", "该公司")
                    and before != "作为" and not (m.text == "公司" and article_focus and before.endswith(("持有", "控股")))):
                m.key = prev_named  # ("作为公司创始团队…": in the capacity of; "P直接持有公司" + a figure: the issuer — the article's company)
            elif opener is not None and m.text == "公司" and before.endswith("持有") and _RANK_AFTER.match(text, opener.end):
                m.key = opener.key  # "C的" + two ranks + "均为P" then "其直接持有公司" + a figure: C, whatever the article is about
            else:
                m.key = speaker or article_focus or first_c or prev_topic
                if (m.text.startswith("该") and m.key == last_c and before.endswith("持有") and prev_topic and prev_topic != last_c
                        and _holder_in_clause(ms, text, m)):
                    m.key = prev_topic  # "A原持有该行51%股权": 该行 is the bank spoken of before, never the holder A
                    # (not "P现任C董事" + "，持有该行" + a figure: C, the bank of P's post, is no holder)
        elif m.text in _BARE_KINDS:
            named = [c.key for c in ms if c.kind == "C" and not c.focus and c.end <= m.start and c.key and _of_kind(inv, c.key, m.text)]
            near = [k for k in (prev_named, prev_topic, article_focus if m.text == "金控" else None) if k and _of_kind(inv, k, m.text)]
            m.key = (named or near or [_only_of_kind(inv, m.text)])[-1 if named else 0]
        elif m.text == "集团":
            groups = [c.key for c in ms if c.kind == "C" and not c.focus and c.end <= m.start and c.text.endswith("集团")]
            # (else a group spoken of or the article's: "集团副总经理" in a group's own notice is the group's, not a
            # company named before whose name is no group's)
            m.key = groups[-1] if groups else (inv and the_group(inv)) or (
                None if _TAKES_POST_BEFORE.search(text, max(0, m.start - 2), m.start) else next(
                    (k for k in (prev_topic, article_focus) if k and "集团" in k), prev_topic or article_focus))
        elif m.text == "新行" and inv is not None and article_focus and is_bank(inv, article_focus):
            m.key = article_focus  # the new bank is the one the article is about, not a former one named before
        elif (m.text in ("该行", "该银行", "新行") or (m.text.startswith("这家") and m.text.endswith(("行", "银行")))) and inv is not None and (
                banks := [k for k in (last_c, prev_named, prev_topic, announcer, article_focus) if k and is_bank(inv, k)]):
            m.key = banks[0]  # "不再担任该行" + a post after a sentence about the bank's shareholder: the bank
        elif m.text.startswith("该") and last_c and _HELD_BEFORE.search(text, max(0, m.start - 4), m.start) and (
                held := [c.key for c in ms if c.kind == "C" and not c.focus and c.end <= m.start and c.key not in (last_c, *regulators)][-1:]
                or [k for k in (prev_topic, article_focus) if k and k != last_c][:1]):
            m.key = held[0]  # "C公告，S所持该公司14%股权…": not S, the company named before it (or spoken of)
        elif m.text == "该公司" and _PARTY_HEAD.fullmatch(text, line := text.rfind("\n", 0, m.start) + 1, m.start) and (
                party := _party_above(text, line, inv) or prev_named):
            m.key = party  # "被执行人：C，住所地…。\n法定代表人：P，该公司董事长": the party the line above names
        elif m.text == "该公司" and first_c is None and prev_named and _AFTER_CHILD_INTRODUCED.search(text, max(0, m.start - 120), m.start):
            m.key = prev_named  # "C去年另设子公司——X，…。" + "该公司总经理由…": the subsidiary just introduced, not C
        elif m.text == "该机构" and last_c is None and (opener := item_opener(text, m.start, inv)) is not None:
            m.key = opener  # "2. C为B控股的企业。D起，该机构T由…": the company the numbered item is about
        elif m.text.startswith(("该", "这家")):  # "创立B并担任该公司董事": a demonstrative points at the company just named
            m.key = last_c or prev_topic or article_focus
        elif (m.text == "公司" and article_focus and first_c and first_c != article_focus
              and (told := _OWNER_TOLD.match(text, _last_end(ms, first_c, m.start))) and told.end() == m.start
              and _RANK_AFTER_WORD.match(text, m.end)):
            # "A由国资委实际控制" then "公司实际控制人" + "相应由P变更为国资委": the clause before told who controls
            # the company it named; the 公司 whose controller the next clause tells is the one the article is about
            m.key = article_focus
        elif m.text == "公司" and first_c and _HOLDS_POST_BEFORE.search(text, max(0, m.start - 4), m.start) and (
                joined := [c.key for c in ms if c.kind == "C" and not c.focus and c.end <= m.start and c.key
                           and _JOINED_BEFORE.search(text, max(0, c.start - 4), c.start) and not re.search(r"[。；;]", text[c.end:m.start])]):
            m.key = joined[-1]  # "曾任A T1，2015年离职创办B，目前担任公司T2": the firm the career moved to last, not the former employer A
        else:
            m.key = first_c or (prev_said if m.text == "公司" else None) or prev_topic or article_focus
            if (m.text == "公司" and first_c and m.key == first_c and text.endswith("出任", 0, m.start)
                    and _describes_people(ms, first_c, m.start, text)):
                # "A合伙人P、B董事总经理Q出任公司董事": A and B (two or more, each before its person: investors' people
                # given seats) say who P and Q are; the post is at the company spoken of ("C原T P转任公司…" is C's own)
                m.key = next((c.key for c in ms if c.text == "公司" and c.end <= m.start and c.key), None) or article_focus or m.key


#: a sentence that introduced a subsidiary after a dash, then (at the next sentence's head) 该公司: that subsidiary
_AFTER_CHILD_INTRODUCED = re.compile(r"(?:子公司|附属公司)(?:——|—)[^。；\n]{2,80}[。；;]\s*$")


#: a party's head opening its line in a judgment's list of parties, before the post it gives: "法定代表人：P，"
_PARTY_HEAD = re.compile(r"(?:法定代表人|负责人)[：:][\u4e00-\u9fff]{2,4}[，,]")


#: a party's line in a judgment's list of parties: its label, then the party's name ("被执行人：C（B全资子公司）" + ", 住所地…")
_PARTY_LINE = re.compile(r"[^：:\n，,]{1,8}[：:]\s*([^，,（(\n：:]{2,40})[，,（(]")


def _party_above(text: str, line: int, inv: Inventory | None) -> str | None:
    """The company the line before `line` opens on as a party (its first name, not a parent named in brackets)."""
    above = _PARTY_LINE.match(text, text.rfind("\n", 0, max(0, line - 1)) + 1, line)
    return inv.surface.get(norm_name(above.group(1))) if above and inv is not None and line > 0 else None


def _describes_people(ms: list[Mention], key: str, before: int, text: str) -> bool:
    """Whether every mention of company `key` before `before` is followed by a post's words, then a person
    ("A合伙人P": titles are not among these mentions yet, so the words between stand for them)."""
    at = [i for i, c in enumerate(ms) if c.key == key and c.end <= before]
    described = [i for i, c in enumerate(ms) if c.kind == "C" and c.end <= before and i + 1 < len(ms) and ms[i + 1].kind == "P"
                 and _POST_WORDS.fullmatch(text, c.end, ms[i + 1].start)]
    return bool(at) and len({ms[i].key for i in described}) >= 2 and all(i + 1 < len(ms) and ms[i + 1].kind == "P" and _POST_WORDS.fullmatch(text, ms[i].end, ms[i + 1].start)
                            for i in at)


#: the words of a post between a company and a person ("合伙人", "董事总经理", "副总裁")
_POST_WORDS = re.compile(r"[\u4e00-\u9fff]{2,8}")


def _of_kind(inv: Inventory | None, key: str, kind: str) -> bool:
    """Whether a company is of the kind a bare word names: its key, or one of its names, ends in that word
    (the short form X金控 of X金融控股股份有限公司 is a 金控)."""
    ent = inv.entities.get(key) if inv is not None else None
    return key.endswith(kind) or (ent is not None and any(n.endswith(kind) for n in (ent.name, *ent.aliases)))


def _holder_in_clause(ms: list[Mention], text: str, m: Mention) -> bool:
    """Whether the last company named before `m` stands in `m`'s own clause (so may be the holder of 持有该行)."""
    named = [c for c in ms if c.kind == "C" and not c.focus and c.end <= m.start]
    return bool(named) and not any(p in text[named[-1].end:m.start] for p in "，,；;。")


#: what follows the first company of a sentence that gives a notice of its own: "X公告，…", "X发布公告称", "X宣布"
#: (its short name in brackets between: "X（下称“Y”）晚间发布公告"; or its ticker: "X（300000.SZ）公告称")
_OPENS_NOTICE = re.compile(r"(?:[（(](?:(?:下称|以下简称|简称)[^（）。]{1,24}|(?:[A-Z]{2,6}[:：])?[0-9A-Z]{3,8}(?:\.[A-Z]{2})?)[）)])?(?:今日|今天|日前|近日|晚间|早间)?"
                           r"(?:(?:发布|发出|披露)?(?:公告|宣布|披露)|(?:发布|发出|披露)了?[^，。；（）]{1,12}?公告)")

#: a holder's verb right before 该公司: what the holder holds is not the holder ("S所持该公司14%股权")
_HELD_BEFORE = re.compile(r"(?:所持|持有的?|所持有的)$")

#: "转任集团首席风险官" with no group named: a post at a group the text does not name, not at the company in focus
#: a career's move to a firm ("离职创办B", "加盟B"), and then a post held at 公司 ("目前担任公司董事长")
_JOINED_BEFORE = re.compile(r"(?:创办|创立|创建|加入|加盟|转投|转战)了?$")
_HOLDS_POST_BEFORE = re.compile(r"(?:担任|出任|现任|任)$")
_TAKES_POST_BEFORE = re.compile(r"(?:转任|出任|担任|调任|升任)$")

#: a kind of firm written alone for one named before it ("由集团总经理P转任银行董事长")
_BARE_KINDS = {"银行", "金控", "证券", "信托", "保险", "合作银行", "农商银行"}

def _only_of_kind(inv: Inventory | None, kind: str) -> str | None:
    """The company of a kind ("金控": 鼎昌金控) the text names most, by any of its names (its legal name
    need not end in the kind's word); None for none, or for two named as often."""
    if inv is None:
        return None
    counts = sorted(((e.count, e.key) for e in inv.companies() if not is_regulator(e.name)
                     and any(to_simplified(n).endswith(kind) for n in (e.name, *e.aliases))), reverse=True)
    return counts[0][1] if counts and (len(counts) == 1 or counts[1][0] < counts[0][0]) else None


#: between a company and 该行 in one clause, a verb of dealing or holding: the company is a party to it (or a holder), not the bank
_PARTY_TO = re.compile(r"[^，,；;。]*?(?:转让|出售|出让|售出|购入|购买|收购|受让|买入|持有|认购)了?$")

#: 该集团 / 该行 … stand for the last company of that kind named before them in the sentence
_THIS_KIND = {"该集团": "集团", "该行": "银行", "该银行": "银行", "该中心": "中心"}  # (a centre just named, then "该中心" and a title: that centre)

#: a group's name: one that ends in 集团, or in a group's legal form (X集团有限公司, or X控股 + "（集团）" + 有限公司)
_GROUP_NAME = re.compile(r"集团(?:[（(][^（）()]{1,6}[）)])?(?:股份有限公司|有限责任公司|有限公司|公司)?$|[（(]集团[）)](?:股份)?有限(?:责任)?公司$")


def the_group(inv: Inventory) -> str | None:
    """The article's one group (a company named as a group), or None if it names none or several.

    Asked for each 集团/该集团 of every sentence while the inventory stays as it is: found once per
    article (kept on the inventory, found again if it changed since)."""
    stamp = inv.revision
    if inv.group_memo is None or inv.group_memo[0] != stamp:
        groups = {e.key for e in inv.companies() if not is_regulator(e.name)
                  and any(_GROUP_NAME.search(to_simplified(n)) for n in (e.name, *e.aliases))}  # (names as written: 集團 too)
        inv.group_memo = (stamp, groups.pop() if len(groups) == 1 else None)
    return inv.group_memo[1]


def is_bank(inv: Inventory, key: str) -> bool:
    """Whether a company is a bank: one of its names ends with 行 or has 银行 (北林银行, 南岭农商行, 北林银行股份有限公司)."""
    ent = inv.entities.get(key)
    return ent is not None and ent.type == "Company" and any(n.endswith("行") or "银行" in n for n in (ent.name, *ent.aliases))


#: after a company, the clause that tells who controls or holds it, up to the next clause's start
_OWNER_TOLD = re.compile(r"(?:由[^，。；]{1,60}?(?:实际)?控制|的(?:控股股东|实际控制人|实控人)(?:均)?(?:为|是)[^，。；]{1,40}?)[，,；;]")
#: a rank of holder right after 公司
_RANK_AFTER_WORD = re.compile(r"(?:的)?(?:实际控制人|实控人|控股股东)")


def _last_end(ms: list[Mention], key: str, before: int) -> int:
    """Where the sentence's last mention of company `key` before `before` ends."""
    return max((c.end for c in ms if c.kind == "C" and c.key == key and not c.focus and c.end <= before), default=before)
