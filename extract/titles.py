"""Titles (roles) in the text, and what qualifies each: the department or
government unit written before it ("核保部副总经理", "支付结算司司长"), a
temporal modifier (原, 时任, 现任), a committee."""

from __future__ import annotations

import re

from extract.lexicon import Lexicon
from extract.mention_records import TitleInfo
from extract.name_words import CJK, LEGAL_SUFFIX, glued_word, ok_boundary_ascii, word_tag
from extract.persons import name_after, plausible_person
from schema import Role
from text.kinds import SHORT_SUFFIX

_TITLE_BLOCK_AFTER = set("会局办处室团组")
#: a trade one comes from (出身, 背景 after it, perhaps through 人: "经理人"): a background, not a post held
_BACKGROUND = re.compile(r"人?(?:出身|背景)")

DEPT_RE = re.compile(
    rf"(?:[{CJK}]{{0,12}}(?:部|分公司|事业部|事业群|分行|支行|中心|办公室|研究所|研究院|业务|区|地区|条线|板块)"
    r"|华南|华北|华东|华中|西南|西北|东北|大中华区?|亚太区?|中国区|全球|海外|国际|东南亚|欧洲|北美|亚洲|拉美|中东|非洲"
    r"|个险|团险|银保|区域)$"
)

#: a department of a ministry or regulator ("支付结算司", "金融稳定局") and the
#: titles of its heads: the unit is part of the title, as 部 is for a company's
_GOV_UNIT = re.compile(rf"[{CJK}]{{1,8}}(?<!公)(?:司|局|处|厅)")

_GOV_UNIT_HEAD = re.compile(r"副?(?:司长|局长|处长|厅长)$")

#: a company's name before the unit ("东海银行支付结算司"): the unit starts after it
_ORG_IN_UNIT = re.compile(r"银行|央行|公司|集团|控股|证券|人寿|财险|信托")

#: a unit inside a company that a title may begin with, written with the word for the unit last
_UNIT_RE = re.compile(rf"[{CJK}A-Za-z]{{2,12}}(?:事业部|事业群|部|分公司|分行|支行|中心|办公室|条线|板块)")


def split_department(name: str) -> tuple[str, str] | None:
    """"东海银行的金融科技部" / "东海银行金融科技部" → ("东海银行", "金融科技部"):
    a company and a unit of it, as a question names a post there (the
    extractor keeps such a post as role other with the unit in its title).
    Without 的, the company is the shortest head ending in an organisation
    suffix whose rest is a unit not itself going on with the name (集团, 有限…)."""
    if "的" in name:
        head, _, unit = name.rpartition("的")
        return (head, unit) if head and _UNIT_RE.fullmatch(unit) and DEPT_RE.fullmatch(unit) else None
    whole = re.search(f"(?:{SHORT_SUFFIX})$", name)  # "东方资产管理中心": one name by its suffix
    for i in range(2, len(name) - 2):
        head, unit = name[:i], name[i:]
        if whole is not None and whole.start() < i:
            break
        if (re.search(f"(?:{SHORT_SUFFIX}|{LEGAL_SUFFIX})$", head) and _UNIT_RE.fullmatch(unit) and DEPT_RE.fullmatch(unit)
                and not re.match(rf"{LEGAL_SUFFIX}|集团|控股|有限|股份|公司", unit)):
            return head, unit
    return None


_TEMPORAL_MODIFIER = re.compile(r"(原|前|现任|时任|新任|候任|首任|现)$")

#: what goes before a unit coordinated with the title's own ("风控及合规部总经理"): the other unit and the word joining them
_COORDINATED = re.compile(rf"[{CJK}]{{2,4}}(?:及|和|、)")
_COMMITTEE = re.compile(r"(委员会|委员会的|专委会|小组)$")


def find_titles(text: str, lex: Lexicon) -> list[tuple[int, int]]:
    spans = []
    co_op = "联社" in text or "信用社" in text or "信用合作社" in text  # a credit co-operative's text: its head is its 主任
    for m in lex.title_re.finditer(text):
        s, e = m.span()
        if text[e:e + 1] in _TITLE_BLOCK_AFTER:
            continue
        if _BACKGROUND.match(text, e):
            continue  # "基金经理人出身", "精算师出身": the trade a person came from, no post at any firm
        if m.group(0).isascii() and not ok_boundary_ascii(text, s, e):
            continue
        if m.group(0) == "主任" and not _CO_OP_HEAD.search(text, max(0, s - 4), s) and not (co_op and _GIVEN_POST.search(text, max(0, s - 2), s)):
            continue  # 主任 heads a credit co-operative ("城关信用社主任", "任首任主任"), elsewhere an office (办公室主任)
        if m.group(0) in ("主任委员", "副主任委员") and not _COMMISSION_BEFORE.search(text, max(0, s - 8), s):
            continue  # the head of a government commission (a regulator's 主任委员); a board committee's is no post at the firm
        if e - s == 2 and ((straddles(text, e - 1) and not _WON_BY.match(text, e) and not _holder_named(text, s, e, lex)) or (straddles(text, s - 1) and text[s - 1] not in "为為前" and text[s - 2:s] != "当上" and text[s - 2:s] not in _TRADE_ENDS
                 and not _name_glued(text, s, lex))):
            continue  # "公司长期", "银行长远": a two-character title cut out of common words; "委任P为主席": 为主 is no word there
        spans.append((s, e))
    for m in _SPACED_TITLE.finditer(text):  # "会　长" on a line of its own: a list's heading, spaced to three letters' width
        if m.group(1) + m.group(2) in lex.titles:
            spans.append((m.start(1), m.end(2)))
    return sorted(spans)


#: a two-letter title spaced out on a line of its own ("会　长", "理　事"), as a roster's headings are, or at the head
#: of a yearbook's leader line, its holders after a wide space ("行　长　P", spaced to the width of 董事长 above it)
_SPACED_TITLE = re.compile(r"^[ \t\u3000]*([\u4e00-\u9fff])[ \u3000]{1,2}([\u4e00-\u9fff])(?=[ \t\u3000]*$|[ \t\u3000]+[\u4e00-\u9fff])", re.M)


#: a firm's name's last word, which ends in a letter a title's first makes a word with ("X实业" + 主席: 业主 is no word there)
_TRADE_ENDS = frozenset({"实业", "物业", "置业", "产业", "企业", "工业", "商业"})


#: a government commission right before its head's title (not a board's committee: 审计委员会, 风险管理委员会)
_COMMISSION_BEFORE = re.compile(r"(?:监督管理委员会|监理委员会|金管会|(?<!风险)管理委员会|经济委员会|财经委|财政委员会)$")
#: what makes 主任 a post: a credit co-operative's name right before, or 首任 (its first), or an office's
_CO_OP_HEAD = re.compile(r"(?:信用社|联社|合作社|首任|办公室)$")  # (and an office's head at a firm: "该行办公室主任", "董事会办公室主任")
#: a post given or held, bare: "聘任P为主任", "新任主任P", "分别担任" + "联社理事长、主任" (in a co-operative's text, the co-operative's 主任)
_GIVEN_POST = re.compile(r"(?:为|任|新任|原|长、)$")


#: the seat and the list that won it: "董事由X公司（代表人：P）当选" (事由 is a word, but not there)
_WON_BY = re.compile(r"由[^。；，]{1,120}?(?:当选|當選)")


#: a word that says a title is a post someone holds or held, right before it: "原行长P", "新任董事长P"
_POST_HELD_BEFORE = re.compile(r"(?:原|前|现任|新任|时任|副)$")


def _holder_named(text: str, s: int, e: int, lex: Lexicon) -> bool:
    """"原行长江某某到龄卸任": after 原/新任, the title's last letter and a surname make a word (长江), but
    three letters that read as a person's name follow (not a place's two and a letter: 江门支行): the title stands, the name after it."""
    if not _POST_HELD_BEFORE.search(text, max(0, s - 2), s):
        return False
    name = name_after(text, e, lex) or ""
    if len(name) == 2:  # "原行长石某因个人原因辞职": two letters, then the reason or the leaving that only a person has
        return _LEAVES_AFTER.match(text, e + 2) is not None and word_tag(text[e:e + 2])[0] != "ns"
    return len(name) == 3 and not plausible_person(text[e - 1:e + 2], lex, strong=False)


#: a person's leaving right after a two-letter name: a reason, then the verb ("因个人原因辞职"), or the verb itself
_LEAVES_AFTER = re.compile(r"(?:已|于[^，。；]{2,10}?)?(?:因[^，。；]{1,12}?)?(?:辞职|辞任|辞去|请辞|离任|离职|卸任|退休)")


def _name_glued(text: str, s: int, lex: Lexicon) -> bool:
    """Whether the three letters before a title at `s` are a name whose last
    letter makes a word with the title's first ("P远" + 行长: 远行), so the
    title stands: a surname no word takes, no word at the name's head or
    across its start."""
    name = text[s - 3:s]
    return (s >= 3 and plausible_person(name, lex, strong=False) and not glued_word(text, s - 3)
            and not (s > 3 and glued_word(text, s - 4)))


def straddles(text: str, i: int) -> bool:
    """Whether text[i:i + 2] is a common word (so a title may not begin or end inside it)."""
    if i < 0:
        return False
    tag, freq = word_tag(text[i:i + 2])
    return bool(tag) and freq > 100 and not tag.startswith("nnt")


_LEAD_VERBS = re.compile(
    r".*(?:曾先后担任|先后担任|曾任|历任|担任|出任|现任|先后|兼任|任职|任命|委任|聘任|接任|接棒|获委任为?|被任命为|"
    r"任|为|是|及|和|与|兼|的|由|在|于|获|被|将|至|之|其)"
)


#: a rank and a field before a title outside the role list: "首席宏观分析师", "高级研究员"
_RANK_FIELD = re.compile(r"(?:首席|高级|资深)[\u4e00-\u9fff]{0,4}")


#: a field a deputy's title may open with: "技术副总裁", "财务副总裁"
_FIELD = re.compile(r"技术|财务|运营|产品|研发|风控|市场|销售|营销|合规|战略|投资|信息|数据|人力资源|业务")


_BRACKETED = re.compile(r"[（(][^）)]*[）)]")


def title_info(text: str, s: int, e: int, lex: Lexicon, floor: int) -> tuple[TitleInfo, int]:
    """The title at text[s:e] with what qualifies it, and where that starts."""
    title = "".join(text[s:e].split())  # (a spaced heading's title: "会　长")
    role = lex.titles[title]
    # Parenthesised asides ("花旗银行（韩国、泰国）全球个人业务副总裁") are
    # masked so their punctuation does not cut the title off its company.
    left = _BRACKETED.sub(lambda m: "\u25a0" * len(m.group(0)), text[max(floor, s - 24):s])
    cut = max(left.rfind(c) for c in "，。；：、！？ \n“”（）")
    if cut >= 0:
        left = left[cut + 1:]
    full_left = left
    left = _LEAD_VERBS.sub("", left)
    bare = left.replace("\u25a0", "")
    coord = _COORDINATED.fullmatch(full_left, 0, len(full_left) - len(left)) if left and full_left.endswith(left) else None
    if coord and DEPT_RE.fullmatch(bare) and not any(t in coord.group(0) for t in lex.titles):
        left = full_left
        bare = left.replace("\u25a0", "")
    modifier = ""
    tm = _TEMPORAL_MODIFIER.search(bare)
    if tm:
        modifier = tm.group(0)
        bare = bare[: -len(modifier)]
    if _COMMITTEE.search(bare):
        return TitleInfo(Role.OTHER, bare + title, "committee"), s - len(left)
    if bare and role is not Role.OTHER and title.startswith("副") and _FIELD.fullmatch(bare):
        return TitleInfo(role, bare + title, modifier), s - len(left)  # "技术" + "副总裁": a vice president of a field
    if bare and role is Role.OTHER and _RANK_FIELD.fullmatch(bare):
        return TitleInfo(Role.OTHER, bare + title, modifier), s - len(left)  # "首席宏观" + "分析师": a rank and a field
    dept = DEPT_RE.search(bare) if bare else None
    if bare and _GOV_UNIT_HEAD.match(title) and _GOV_UNIT.fullmatch(bare) and not _ORG_IN_UNIT.search(bare):
        return TitleInfo(Role.OTHER, bare + title, modifier), s - len(left)  # "支付结算司" + "司长"
    if dept and dept.group(0) == bare:
        return TitleInfo(Role.OTHER, bare + title, modifier), s - len(left)
    if modifier and not bare:
        return TitleInfo(role, title, modifier), s - len(left)
    return TitleInfo(role, title, modifier), s
