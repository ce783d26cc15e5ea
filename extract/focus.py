"""The company in focus: what 公司/本公司 refer to in an article that does not define them.

Its title's announcer ("X：关于…的公告"), the company the text opens by
saying something of, the legal name a report's title opens with, else the
company the text names most (title mentions count triple). Apart from
`extract.pipeline` (which walks the sentences with it) because choosing the
company is a job of its own and the pipeline needs room under the 400-line
limit.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from extract.alias_defs import legal_name_holding
from extract.bilingual_names import link_latin_forms
from extract.covered_company import with_coded_name
from extract.inventory import headline_companies
from extract.lexicon import Lexicon
from extract.mention_records import Inventory, merge_entities
from extract.mentions import surface_names
from extract.name_words import names_an_industry
from extract.rules.topics import is_party
from text.names import is_regulator, is_service_body
from text.normalize import norm_name, normalize

#: the clause that first says something (its company announces): the lazy run starts only where a clause
#: starts, since a match from inside a clause never comes before the match from that clause's start
_FIRST_SAYS = re.compile(r"(?:^|(?<=[。；]))[^。；]*?(?:公告|宣布|发布|披露|表示|称)")


#: a title that opens with a company's legal name: the company reporting ("X股份有限公司关于…的公告", "X有限公司" + a year + "年报")
_TITLE_LEGAL_NAME = re.compile(r"\s*([^\s，,：:“”《》（）()]{2,30}?(?:股份有限公司|有限责任公司|有限公司))")
#: a title that opens with a non-profit body's full name, its report on itself ("X基金会2024年度工作报告", "财团法人X基金会
#: …年度财务报告"): the body reports, as a firm whose title opens with its legal name
_TITLE_BODY_NAME = re.compile(r"\s*((?:财团法人|社团法人)?[^\s，,：:“”《》（）()]{2,24}?(?:基金会|协会|学会|商会|联合会))(?=\d|[^\s，,：:“”《》（）()会]{0,4}(?:年度|工作报告|财务报告|章程|公告))")
#: a report one firm files on another's affairs, its title the filer's legal name, then "关于" and the subject's ("X证券公司关于Y公司
#:…受托管理事务临时报告", a sponsor's "…核查意见"): the report is about Y, its 发行人, whose posts and holders it lists
_TITLE_ON_BEHALF = re.compile(r"\s*[^\s，,：:“”《》（）()]{2,30}?(?:股份有限公司|有限责任公司|有限公司)关于([^\s，,：:“”《》（）()]{2,30}?(?:股份有限公司|有限责任公司|有限公司))"
                              r"[^\n]*?(?:受托管理事务|核查意见|持续督导|独立财务顾问报告|跟踪评级报告)")
#: a research report's title: the company's name and its ticker first ("X（688xxx）深度报告：…")
_TITLE_TICKER = re.compile(r"\s*([^\s，,：:“”《》（）()]{2,12})（\d{4,6}(?:\.[A-Z]{2})?）")
#: an interview's or a show's guest line, at the text's head ("【本期嘉宾】P，C创始人", "受访者：C董事长P"): the talk is
#: about the guest's company, whichever company the guest names most (its investors, its buyers)
_GUEST_LINE = re.compile(r"^[ \t\u3000]*[【\[(（]?(?:本期|本次|今日|特邀|访谈)?(?:嘉宾|受访者|受访人|访谈对象)[A-ZＡ-Ｚ甲乙丙丁1-9]?[】\])）]?[：:]?([^\n]{2,60})", re.M)
#: a prospectus's head: the issuer's name, then the offering ("X股份有限公司" + "首次公开发行股票…招股说明书")
_ISSUER_HEAD = re.compile(r"(?:首次|公开|向不特定对象)?(?:公开)?发行(?:股票|A股|存托凭证)|招股(?:说明|意向)书")
#: an interview's title: the guest's company and post ("对话C行长P", "专访C董事长P")
_TITLE_GUEST = re.compile(r"(?:对话|专访|访谈|面对面)[：:]?\s*([^，,：:\s]{2,30}?)(?:董事长|行长|总裁|总经理|首席执行官|创始人|副行长|副总裁)")
#: a title that opens with its announcer: "X：关于…的公告"
_TITLE_ANNOUNCER = re.compile(r"\s*([^：:，,]{2,20})[：:]")


def find_focus(inv: Inventory, title_norm: str, lex: Lexicon, text_head: str = "", calls_bank: bool = False,
               title_shown: Callable[[int, int], str] | None = None) -> str | None:
    """The company 公司/本公司 refer to: the announcer ("X：…" in the title,
    "X…公告/宣布" opening the text) or else the most mentioned, with title
    mentions counting triple; the company the text defines as 公司/本公司 is it.
    A story that calls its company 该行 (`calls_bank`) is about a bank: of the
    companies it names most, the bank (not its buyer or its group).
    A company only the title names is shown as the title writes it (`title_shown` maps the normalised
    title's offsets to the original's: a Traditional headline keeps its Traditional name for display)."""
    if inv.self_key in inv.entities:
        return inv.self_key
    scores: Counter[str] = Counter()
    for e in inv.companies():
        if not is_regulator(e.name) and not e.name.endswith("交易所") and not is_service_body(e.name):
            scores[e.key] = e.count  # a regulator's notice is about the company it approves; an exchange is where one lists
    announcer = _TITLE_ANNOUNCER.match(title_norm)
    if announcer:
        key = inv.surface.get(norm_name(announcer.group(1)))
        if key:
            scores[key] += 10
    surf = surface_names(inv)  # the text's names; the title's dictionary companies added below are not needed in it
    first = _FIRST_SAYS.search(text_head)
    if first and surf is not None and (m := next(iter(surf.finditer(first.group(0))), None)):
        key = inv.surface.get(norm_name(m.group(0)))
        if key and key.startswith("C:") and not is_party(first.group(0)[:m.start()]):
            scores[key] += 3  # (not a party listed in a judgment's or contract's head, "第三人：C（以下简称…）")
    if surf is not None and ("发行" in text_head or "招股" in text_head):  # a prospectus is its issuer's, whichever holder it names most
        for m in surf.finditer(text_head):
            key = inv.surface.get(norm_name(m.group(0)))
            if key and key.startswith("C:") and _ISSUER_HEAD.match(text_head, m.end()):
                scores[key] += 10
                break
    guest = _GUEST_LINE.search(text_head)
    if guest and surf is not None:
        named = (inv.surface.get(norm_name(m.group(0)), "") for m in surf.finditer(guest.group(1)))
        if (key := next((k for k in named if k.startswith("C:")), None)) is not None:
            scores[key] += 5
    if (guest_title := _TITLE_GUEST.search(title_norm)) and surf is not None:
        named = (inv.surface.get(norm_name(m.group(0)), "") for m in surf.finditer(guest_title.group(1)))
        if (key := next((k for k in named if k.startswith("C:")), None)) is not None:
            scores[key] += 5  # "对话C行长P": an interview's title names its guest's company, whichever company the guest names most
    boosted: set[str] = set()  # the title's dictionary companies (regulators too: they are not boosted again below)
    for m in lex.company_re.finditer(title_norm):
        entry = lex.company(m.group(0)) if not names_an_industry(title_norm, m.start(), m.end()) else None
        if entry is not None:
            boosted.add("C:" + entry.name)
        if entry is not None and is_regulator(entry.name):
            continue
        if entry is not None and "C:" + entry.name in inv.entities:
            scores["C:" + entry.name] += 3
        elif entry is not None:
            inv.add("C:" + entry.name, entry.name, "Company", normalize(m.group(0)).text, m.group(0), 1 << 29,
                    from_dictionary=True)
            scores["C:" + entry.name] += 3
    for name, key_norm in with_coded_name(title_norm, lex, headline_companies(title_norm, lex)):  # "X银行" + a year + "年度报告" over a text that says only 本行
        if key_norm not in inv.surface and not any(key_norm in k or k in key_norm for k in inv.surface):
            if (full := legal_name_holding(inv, name)) is not None:  # "X科技：关于…的公告" over the text of X智能科技 (its legal name)
                inv.link(key_norm, name, full)
                scores[full] += 3
                boosted.add(full)
                continue
            at = title_norm.find(name)
            shown = title_shown(at, at + len(name)) if title_shown is not None and at >= 0 else name
            inv.add("C:" + name, shown, "Company", key_norm, shown, 1 << 29)
            scores["C:" + name] += 3
            boosted.add("C:" + name)
        elif key_norm not in inv.surface and (full := legal_name_holding(inv, name)) is not None and full not in boosted \
                and norm_name(inv.entities[full].name).startswith(key_norm):
            scores[full] += 3  # "X银行业绩说明会实录" over a text that names X银行股份有限公司 once and its subsidiary often
            boosted.add(full)
    if title_norm and surf is not None:  # a company the text names and the title names too
        # (not an arm by the short name its bracket was dropped from: a title "A支付…" over the group A环球支付 and its
        # arm "A支付（某地）有限公司" is about the group, the arm's letters are the group's brand)
        named = (inv.surface.get(norm_name(m.group(0))) for m in surf.finditer(title_norm))
        for key in dict.fromkeys(k for k in named if k and not (k.startswith("C:") and _arm_short_in_title(inv, k, title_norm))):
            if key and key.startswith("C:") and key in scores and key not in boosted:
                scores[key] += 3
    if (legal := _TITLE_ON_BEHALF.match(title_norm) or _TITLE_LEGAL_NAME.match(title_norm) or _TITLE_BODY_NAME.match(title_norm)) and (key := inv.surface.get(norm_name(legal.group(1))) or _title_legal(inv, legal.group(1), _shown(title_shown, legal, 1))) is not None \
            and (key in scores or inv.entities[key].first == _TITLE_ONLY):
        scores[key] += 10  # "X保险股份有限公司2025年第2季度偿付能力报告摘要": the title opens with the reporter's legal name
    ranked = sorted(((k, v) for k, v in scores.items() if not is_service_body(inv.entities[k].name)),
                    key=lambda kv: (-kv[1], inv.entities[kv[0]].first))  # "X律师事务所关于Y…的法律意见书" is about Y
    if calls_bank and ranked and not announcer and not _TITLE_LEGAL_NAME.match(title_norm) and not _is_bank(inv, ranked[0][0]):
        # "A收购B银行…股权。…该行召开董事会…": the story's 该行 is B, whose board and officers the text lists, not A
        bank = next(((k, v) for k, v in ranked if _is_bank(inv, k)), None)
        if bank is not None and 2 * bank[1] >= ranked[0][1]:
            return bank[0]
    return ranked[0][0] if ranked else None


#: a bracket of place or register inside a legal name: the name of an arm ("X（香港）有限公司", "X（BVI）有限公司")
_ARM_BRACKET = re.compile(r"[（(][^（()）]{1,8}[）)]")


def _shown(title_shown: Callable[[int, int], str] | None, m: re.Match[str], group: int) -> str:
    """A group of a match in the normalised title as the original title writes it ("" without the original)."""
    return title_shown(m.start(group), m.end(group)) if title_shown is not None else ""


#: where a company only a title names is first seen: after the text
_TITLE_ONLY = 1 << 29


def _title_legal(inv: Inventory, name: str, shown: str = "") -> str | None:
    """A report's title opens with its company's legal name, which the text (saying 公司 throughout) never
    writes: the company the text names by the legal name's head ("X信托股份有限公司" + a year + "年度报告" over a
    text that names X信托 once, as its 证券简称), which the legal name becomes another name of."""
    legal = norm_name(name)
    heads = [k for s, k in inv.surface.items() if k.startswith("C:") and len(s) >= 4 and legal.startswith(s)]
    arms = {k for k in heads if _ARM_BRACKET.search(inv.entities[k].name) and not _ARM_BRACKET.search(name)}
    if arms and len(set(heads)) == len(arms):  # "X（香港）有限公司", short "X", is an arm of the title's "X控股有限公司": another company
        inv.add("C:" + name, shown or name, "Company", legal, shown or name, _TITLE_ONLY)
        return "C:" + name
    if len(set(heads)) != 1:
        return None
    inv.link(legal, name, heads[0])
    return heads[0]


def _arm_short_in_title(inv: Inventory, key: str, title_norm: str) -> bool:
    """Whether `key` is an arm ("A（某地）有限公司") the title names only by its bracketless short form, while another
    company of the text opens with the same brand ("A环球支付"): the title's short name is the group's."""
    name = inv.entities[key].name
    if (arm := _ARM_BRACKET.search(name)) is None or name[arm.start():arm.end()] in title_norm:
        return False
    brand = norm_name(name[:arm.start()])[:2]
    return len(brand) == 2 and any(e.key != key and norm_name(e.name).startswith(brand) and not _ARM_BRACKET.search(e.name)
                                   for e in inv.companies())


def _is_bank(inv: Inventory, key: str) -> bool:
    """A company named as a bank ("X银行", "X商业银行股份有限公司", "X商银")."""
    ent = inv.entities[key]
    return any(n and ("银行" in norm_name(n) or norm_name(n).endswith("商银")) for n in (ent.name, *ent.aliases))


def issuer_word(inv: Inventory, focus: str | None, title_norm: str, text: str) -> None:
    """A prospectus's 发行人 (the issuer), which no glossary defined, is the company its title names."""
    if focus is None or "发行人" not in text or norm_name("发行人") in inv.surface:
        return
    ent = inv.entities.get(focus)
    if ent is None or ent.type != "Company":
        return
    names = [n for n in (ent.name, *ent.aliases) if n]
    head = text[:200]  # (or the prospectus's own head line: "X股份有限公司" + "首次公开发行…招股说明书")
    if any(norm_name(n) in norm_name(title_norm) for n in names) or any(
            (at := head.find(n)) >= 0 and _ISSUER_HEAD.match(head, at + len(n)) for n in names):
        inv.link(norm_name("发行人"), "发行人", focus)


#: a filing's header field that names the listed company it is about (its label "上市公司名称", then X's legal name)
_LISTED_FIELD = re.compile(r"^[ \t\u3000]*上市公司(?:名称|全称)?[：:][ \t\u3000]*([^\s，,。；：:]{4,40})", re.M)


def listed_word(inv: Inventory, text: str) -> None:
    """A takeover or holding-change filing whose head names "上市公司名称：X" calls X 上市公司 throughout
    (P, holding N% of 上市公司, is named 上市公司's 控股股东), whatever holder it names more."""
    if "上市公司" not in text or norm_name("上市公司") in inv.surface or (field := _LISTED_FIELD.search(text, 0, 1500)) is None:
        return
    key = inv.surface.get(norm_name(field.group(1)))
    if key and key.startswith("C:"):
        inv.link(norm_name("上市公司"), "上市公司", key)


#: a letter's addressee: its own line, a company's name and a colon ("X有限公司：" above "你公司《…请示》收悉")
_ADDRESSEE = re.compile(r"^[ \t\u3000]*([^\s：:，,。；]{4,40})[：:][ \t\u3000]*$", re.M)


def addressee_words(inv: Inventory, text: str) -> None:
    """A regulator's reply (批复) or letter speaks to the company it is addressed to as 你公司/贵公司, whichever
    company it named last: the company of the addressee line."""
    if "你公司" not in text and "贵公司" not in text:
        return
    for m in _ADDRESSEE.finditer(text, 0, 2000):
        key = inv.surface.get(norm_name(m.group(1)))
        if key and key.startswith("C:"):
            for word in ("你公司", "贵公司"):
                inv.link(norm_name(word), word, key)
            return


def reporter_words(inv: Inventory, focus: str | None, title_norm: str) -> None:
    """A report or notice whose title opens with its company's legal name ("X保险股份有限公司2025年第2季度偿付能力报告摘要")
    speaks of that company as 公司/本公司 throughout, whatever company it named last."""
    if inv.self_key is not None or focus is None or not (legal := _TITLE_LEGAL_NAME.match(title_norm) or _TITLE_TICKER.match(title_norm)):
        return
    if inv.surface.get(norm_name(legal.group(1))) == focus:
        inv.self_key = focus
        inv.self_words.update(("公司", "本公司"))


#: a company's data sheet: its Chinese and its English legal name on lines of their own ("中文名称：X" … "英文名称：Y")
_SHEET_NAME = re.compile(r"^[ \t\u3000]*(中文名称|英文名称|公司名称|英文全称)[ \t\u3000]*[：:][ \t\u3000]*([^\n]{2,80}?)[ \t\u3000]*$", re.M)


def sheet_names(inv: Inventory, text: str) -> None:
    """A data sheet's English name is another name of the company its Chinese name line names (a name cut
    short at "Co., Ltd." would otherwise stand as a company of its own, and take the sheet's 法定代表人)."""
    if "英文" not in text:
        return
    lines = {label: value for label, value in ((m.group(1), m.group(2)) for m in _SHEET_NAME.finditer(text, 0, 5000))}
    chinese, english = lines.get("中文名称") or lines.get("公司名称"), lines.get("英文名称") or lines.get("英文全称")
    key = inv.surface.get(norm_name(chinese)) if chinese else None
    if not english or key is None or not key.startswith("C:") or re.search(r"[\u4e00-\u9fff]", english):
        return
    for surf, other in list(inv.surface.items()):  # the English name's head, taken as a company of its own
        if other != key and other in inv.entities and len(surf) >= 6 and norm_name(english).startswith(surf):
            merge_entities(inv, other, key)
    inv.link(norm_name(english), re.sub(r"，\s*", ", ", english), key)  # (the text's comma, widened by normalising, as written)
    link_latin_forms(inv, re.sub(r"，\s*", ", ", english), key)  # ("A Trading (P) Limited" is "A Trading" too)


#: a charter's clause naming the company in its languages: "名称为「C」，英文名称为「E」"
_CHARTER_NAME = re.compile(r"名称为[「“\"](?P<zh>[^」”\"\n]{2,40})[」”\"]")
_CHARTER_LATIN = re.compile(r"(?:英文|葡文|外文)名称为[「“\"](?P<en>[A-Za-z][^」”\"\n]{3,80})[」”\"]")


def charter_names(inv: Inventory, text: str) -> None:
    """A charter's Latin names of the company it names in Chinese in the same clause are other names of it (the
    mention finder takes each for a company of its own otherwise)."""
    if "名称为" not in text:
        return
    for m in _CHARTER_LATIN.finditer(text):
        start = max(text.rfind("\n", 0, m.start()), text.rfind("。", 0, m.start())) + 1
        zh = _CHARTER_NAME.search(text, start, m.start())
        key = inv.surface.get(norm_name(zh.group("zh"))) if zh else None
        if key is None or not key.startswith("C:"):
            continue
        en = m.group("en").strip()
        other = inv.surface.get(norm_name(en))
        if other is not None and other != key and other in inv.entities:
            merge_entities(inv, other, key)
        link_latin_forms(inv, en, key)
