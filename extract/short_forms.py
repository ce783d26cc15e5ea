"""The short form a reader makes of a full company name without the article
declaring it: the name without the place it is registered in and without
its legal form, its industry word in the trade's standard abbreviation
("X电子商务有限公司" … "X电商", "X金融控股集团…" … "X金控",
"X农村商业银行…" … "X农商行"). A form names a company only when
exactly one company of the article yields it, it is no generic phrase, and
the article writes it standing alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from extract.country_arms import COUNTRIES
from extract.lexicon import Lexicon
from extract.mention_records import Inventory, merge_entities
from extract.name_words import word_tag
from extract.parent_names import stated_child
from extract.standalone import alone_at
from text.kinds import GENERIC_PREFIX
from text.names import is_generic_org_name
from text.normalize import norm_name, to_simplified

#: the legal form at a full name's end (a group's legal form takes its 集团 along; a bracketed place or group word too)
_LEGAL_FORM = re.compile(r"(?:[（(](?:集团|中国|控股|[\u4e00-\u9fff]{2,3})[）)])?"
                         r"(?:(?:控股)?(?:集团股份有限公司|集团有限责任公司|集团有限公司|集团公司)|(?:控股)?(?:股份有限公司|有限责任公司|私人有限公司|有限公司|股份公司)|集团|株式会社)$")  # (私人有限公司: Pte. Ltd.; 株式会社: a Japanese K.K.)

#: the industry words a trade abbreviates, and their standard short forms (the word itself kept where it is the usage)
ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "电子商务": ("电商",),
    "金融投资控股": ("金控",),
    "国有资本投资运营": ("国投",),
    "国有资本投资": ("国投",),
    "国有资本运营": ("国资运营",),
    "建设投资": ("建投",),
    "城建投资发展": ("城投",),
    "城建投资": ("城投",),
    "产业投资": ("产投",),
    "交通投资": ("交投",),
    "创业投资": ("创投",),
    "资本管理": ("资本",),
    "投资管理": ("投资",),
    "商业银行": ("银行",),
    "网络小额贷款": ("小贷",),
    "新材料": ("新材",),
    "信息技术": ("信息", "科技"),
    "智能科技": ("科技",),
    "金融科技": ("金融",),
    "数码支付": ("支付",),
    "金融控股": ("金控",),
    "投资控股": ("投控", "投资"),
    "农村商业银行": ("农商行", "农商银行"),
    "农村合作银行": ("农合行",),
    "国际信托": ("国信", "信托"),
    "信托投资": ("信托",),
    "消费金融": ("消金",),
    "票券金融": ("票券",),
    "证券金融": ("证金",),
    "证券投资信托": ("投信",),  # (Taiwan's fund managers: "X證券投資信託…" → "X投信")
    "证券投资顾问": ("投顾",),
    "金融租赁": ("金租", "租赁"),
    "融资租赁": ("租赁",),
    "小额贷款": ("小贷",),
    "融资担保": ("担保",),
    "数字科技": ("数科",),
    "金融服务": ("金服",),
    "金融信息服务": ("金服",),
    "人寿保险": ("人寿", "寿险"),
    "财产保险": ("财险",),
    "资产管理": ("资管", "资产"),
    "基金管理": ("基金",),
    "供应链管理": ("供应链",),
    "城市建设投资": ("城投",),
    "网络科技": ("科技", "网络"),
    "信息科技": ("科技", "信息"),
    "电子支付": ("支付",),
    "网络支付": ("支付",),
    "支付服务": ("支付",),
}
#: abbreviations a group also uses for a company of its own ("X科技" over "上海X信息技术有限公司"), or a company for
#: its new name: such a form names the full name only where the article finds no company by that form besides
LOOSE_FORMS = {("信息技术", "科技")}
#: an industry word or its abbreviation at a form's end
_KIND_END = re.compile("(?:" + "|".join(sorted({*ABBREVIATIONS, *(a for v in ABBREVIATIONS.values() for a in v)}, key=lambda w: (-len(w), w)))
                       + ")$")
_INDUSTRY_END = re.compile("(?:" + "|".join(sorted(ABBREVIATIONS, key=len, reverse=True)) + ")$")


#: a Japanese company's legal form (the country written before its name in Chinese text: "日本X株式会社")
_FOREIGN_KK = re.compile(r"株式会社$")


def _bare_names(name: str, lex: Lexicon) -> list[str]:
    """The name without its legal form (a holding's 控股 kept and left off), and those without the places they start with."""
    m = _LEGAL_FORM.search(name)
    bare = name[:m.start()] if m else name
    out: list[str] = []
    if m and m.group(0).startswith("控股"):
        out += _without_places(bare + "控股", lex)
    return _without_places(bare, lex) + out


def _without_places(bare: str, lex: Lexicon) -> list[str]:
    out = [bare]
    while (place := lex.place_prefix(bare)) and len(bare) - len(place) >= 2:
        if len(place) > 2 and place[-1] in "市县区" and place[:-1] in lex.places:
            out.append(place[:-1] + bare[len(place):])  # "淮南市建设投资" … "淮南建投": the city without its 市
        bare = bare[len(place):]
        out.append(bare)
    return out


#: a financial group's or a bank holding company's tail, which its short name drops whole ("X金融集团" … "X",
#: "X金融服务集团" + "股份有限公司" … "X",
#: "X银行控股公司" (a US Bancorp) … "X", "X银行控股"): X alone is the group, not its bank (named "X银行")
_GROUP_TAIL = re.compile(r"(?:金融集团|金融控股集团|金融服务集团|(?P<bank>银行控股)公司)$")


#: a limited partnership's legal form, and the trade words before it: a filing calls "(place)X股权投资合伙企业（有限合伙）"
#: "X合伙" (its brand and the kind of firm it is: an employee platform, a fund's vehicle)
_PARTNERSHIP = re.compile(r"(?:(?:企业管理|投资管理|股权投资|创业投资|投资咨询|管理咨询|企业咨询|咨询管理|商务咨询|投资|咨询|管理)(?:中心)?)?"
                          r"合伙企业[（(]有限合伙[）)]$")


def _partnership_forms(name: str, lex: Lexicon) -> set[str]:
    """"X合伙" for a limited partnership "(place)X(trade words)合伙企业（有限合伙）", its brand two to four letters."""
    m = _PARTNERSHIP.search(name)
    if m is None:
        return set()
    brand = _without_places(name[:m.start()], lex)[-1]
    return {brand + "合伙"} if 2 <= len(brand) <= 4 else set()


def short_forms(name: str, lex: Lexicon) -> set[str]:
    """The short forms of a full name: its bare names with the industry word abbreviated,
    and the bare name without place of a group's or legal name (X零售 for X零售集团有限公司)."""
    name = to_simplified(name)
    bares = _bare_names(name, lex)
    if _FOREIGN_KK.search(name):  # "日本X株式会社" … "X": a Japanese firm's name without its country
        bares += [b[len(c):] for b in list(bares) for c in COUNTRIES if b.startswith(c) and len(b) - len(c) >= 2]
    forms: set[str] = _partnership_forms(name, lex) if "合伙" in name else set()
    if bares[0] != name:
        forms.update(bares)
    for bare in bares:
        if (ind := _INDUSTRY_END.search(bare)) is not None and ind.start() >= 2:
            forms.update(bare[:ind.start()] + short for short in ABBREVIATIONS[ind.group(0)])
    legal = _LEGAL_FORM.search(name)
    if legal is not None and legal.group(0).startswith("集团") and legal.start() > 0:
        name = name[:legal.start()] + "集团"  # "X金融服务集团" + a legal form ("股份有限公司"): the group's tail is read before its legal form
    if (tail := _GROUP_TAIL.search(name)) is not None and tail.start() >= 4:
        forms.add(name[:tail.start()])
        if tail.group("bank"):
            forms.add(name[:tail.start()] + "银行控股")
    return {f for f in forms if f != name and _specific(f, lex)}


def _loose(name: str, form: str) -> bool:
    """Whether `form` abbreviates `name` in a way a group also names a company of its own by."""
    return any(word in name and form.endswith(short) for word, short in LOOSE_FORMS)


def _specific(form: str, lex: Lexicon) -> bool:
    """Whether a form is a name and no common phrase, place or generic kind of firm."""
    if len(form) < 4 or form in lex.places or form in GENERIC_PREFIX or is_generic_org_name(form + "公司"):
        return False
    head = form[:2]
    brand = _KIND_END.sub("", form)  # "建设投资" (a place's company without its place): no letters of a name left
    return head not in GENERIC_PREFIX and len(brand) >= 2 and word_tag(form)[0] is None


_ARM_BRACKET = re.compile(r"[（(]([\u4e00-\u9fff]{2,5})[）)]")

#: what makes a form the start of a longer name, not the form alone
_GOES_ON = re.compile(r"[\u4e00-\u9fff]{0,4}(?:有限|股份|集团)|[（(]|银行")


def link_short_forms(inv: Inventory, text: str, lex: Lexicon, show: Callable[[int, int], str]) -> None:
    """Link each short form that exactly one company of the article yields to
    that company where the article writes it alone; a company found by that
    form (its suffix) is the same company."""
    by_form: dict[str, set[str]] = {}
    for ent in inv.companies():
        if ent.from_dictionary:
            continue
        for form in short_forms(ent.name, lex):
            by_form.setdefault(form, set()).add(ent.key)
    for form, keys in by_form.items():
        if len(keys) != 1:
            continue
        (key,) = keys
        if key not in inv.entities:
            continue
        other = inv.surface.get(norm_name(form))
        if other is not None and _loose(inv.entities[key].name, form):
            continue  # "上海X信息技术有限公司" beside "X科技" found on its own: perhaps the group and its arm, or the old name and the new
        if other is not None and other != key and _country_arm_of(inv.entities[key].name, form):
            continue  # "X证券（香港）有限公司" beside "X证券" found on its own: the arm abroad and its parent, two companies
        if other is not None:
            ent = inv.entities.get(other)
            if (other != key and ent is not None and ent.type == "Company" and not ent.from_dictionary and to_simplified(ent.name) == form
                    and not stated_child(text, form, to_simplified(inv.entities[key].name))  # (a bank and its holding group: two)
                    and not _introduced_as_child(text, inv.entities[key].name, ent.name)):
                merge_entities(inv, other, key)  # "北林金控", found by its suffix, is 北林金融控股集团有限公司 (also when written in Traditional: the form is Simplified)
            continue
        at = list(alone_at(text, form, _form_alone))
        if at:
            inv.link(norm_name(form), show(at[0], at[0] + len(form)), key)
            if to_simplified(inv.entities[key].name).endswith("集团") and form + "集团" == to_simplified(inv.entities[key].name):
                inv.entities[key].count += len(at)  # "X财务集团" once, then "X财务" all along: the focus counts the story's name for it


#: the word for a subsidiary right before a legal name that introduces it ("公司全资子公司" + "杭州X网络科技有限公司")
#: or the operating company a group or a platform has under it ("旗下运营主体为杭州X网络科技有限公司": a child, not the group)
_CHILD_WORD_BEFORE = re.compile(r"(?:子公司|附属公司|附屬公司|孙公司|旗下(?:的|核心|主要)?(?:运营|营运|经营)主体(?:为|是|系)?)[：:]?$")


def _introduced_as_child(text: str, name: str, form_name: str) -> bool:
    """Whether the text introduces this (legal) name as a subsidiary, the word for one right before it, in a sentence
    that named the company of its short form before: that company is the parent, not the same one ("X科技（…）公告，
    公司全资子公司杭州X网络科技有限公司…": the subsidiary, not X科技 itself, though 网络科技 shortens to 科技; but
    "集团控股子公司X农村商业银行…" … "X农商行" later: one bank)."""
    name, form_name = to_simplified(name), to_simplified(form_name)  # (the names as written; the text read is Simplified)
    i = text.find(name)
    if i <= 0 or _CHILD_WORD_BEFORE.search(text, max(0, i - 12), i) is None:
        return False
    opened = max(text.rfind(c, 0, i) for c in "。\n") + 1
    return text.find(form_name, opened, i) >= 0


def _country_arm_of(name: str, form: str) -> bool:
    """Whether a full name is `form` with a country in brackets before its legal form: the company's arm there."""
    name = to_simplified(name)
    m = _ARM_BRACKET.match(name, len(form)) if name.startswith(form) else None
    return m is not None and m.group(1) in COUNTRIES


def _form_alone(text: str, s: int, e: int) -> bool:
    return not _GOES_ON.match(text, e)


#: the one letter Taiwan's press keeps of a financial holding's or a bank's kind word in its short name
#: ("X金控" … "X金", "X银行" … "X银"), the brand being two letters
_ONE_LETTER_FORMS = {"金控": "金", "银行": "银"}
_ONE_LETTER_NAME = re.compile(r"([\u4e00-\u9fff]{2})(金控|银行)")
#: what follows such a form where it stands for the firm: a clause's end, a verb of saying or a function word,
#: or (checked apart) a title; never a word the letter begins (金融, 金额, 银行, 银发)
_ONE_LETTER_AFTER = re.compile(r"[，。、；：」”）]|表示|指出|强调|宣布|承诺|认为|旗下|资产|今|昨|也|将|已|于|在|的|并|则|亦|与|和|及")


def link_one_letter_forms(inv: Inventory, text: str, lex: Lexicon, show: Callable[[int, int], str]) -> None:
    """"瑞X金控" … "瑞X金董事长", "瑞X银行" … "瑞X银资产": the two-letter brand and the kind's first letter name the
    firm, where the article names exactly one firm of that brand and kind and writes the form before a title, a
    verb or a clause's end. (The brand alone may stand for a sibling bank; the form is the holding's.)"""
    by_form: dict[str, set[str]] = {}
    for ent in inv.companies():
        if (m := _ONE_LETTER_NAME.fullmatch(to_simplified(ent.name))) is not None:
            by_form.setdefault(m.group(1) + _ONE_LETTER_FORMS[m.group(2)], set()).add(ent.key)
    for form, keys in by_form.items():
        if len(keys) != 1 or norm_name(form) in inv.surface or form in lex.places or word_tag(form)[0] is not None:
            continue
        at = list(alone_at(text, form, lambda t, s, e: not t.startswith("行", e)  # ("X银行长期": the bank's name, then 长期)
                           and bool(_ONE_LETTER_AFTER.match(t, e) or lex.title_re.match(t, e))))
        if at:
            inv.link(norm_name(form), show(at[0], at[0] + len(form)), next(iter(keys)))
