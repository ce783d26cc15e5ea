"""Names a construction of Chinese gives as companies (or persons) without
a suffix: the subject of a listing, a name with its ticker in brackets,
holders before 分别持股, places of work in a list of posts, "上市公司X"
(the members of a list: `list_members`; whether a span reads as a name:
`construction_checks`)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache

from extract.companies import KIND_HEAD
from extract.company_names import company_left_boundary
from extract.construction_checks import abbreviates, clean_member, coined_before, list_post_name, listed_name, oov_or_proper
from extract.kinship import PAIR_KIN
from extract.lexicon import Lexicon
from extract.mention_records import Inventory
from extract.name_words import CJK, CJK_CHAR, segment, word_tag
from extract.persons import plausible_person
from extract.proper_parts import coined_word
from extract.tickers import A_SHARE_PREFIX, SHARE_CLASS
from extract.titles import DEPT_RE
from text.kinds import GENERIC_PREFIX, SHORT_SUFFIX
from text.normalize import norm_name

_HOLDERS = re.compile(rf"([{CJK}A-Za-z0-9]{{2,10}})(?:和|及|与|、)([{CJK}A-Za-z0-9]{{2,10}}?)(?:{PAIR_KIN})?，?(?:则|也|还)?分别(?:直接|间接)?(?:持股|持有|拥有|占股)")

#: ("东华（东华科技股份有限公司，601999.SH）": the bracket may give the legal name before the ticker)
_TICKER_AFTER = re.compile(
    r"（\s*(?:(?P<legal>[^（）\n，,、]{4,40}?(?:公司|集团|银行))[，,、]\s*)?(?:(?P<marked>(?:\d{4,6}|[A-Z]{1,5})\.\s?(?:HK|SH|SZ|US|N|O|SS|BJ)"
    r"|(?:(?i:NYSE|NASDAQ|NASQ)|HK|SH|SZ|[A-Z]{2,5}|[\u4e00-\u9fff]{1,2}交所)[:：]\s*(?:\d{4,6}|[A-Z]{1,5}))"
    r"|(?:股票代码|股份代号|证券代码)[：:]?\s*(?:\d{4,6}|[A-Z]{1,5})|\d{5,6})(?:[，、,][^）]{0,24})?）")


#: a bracket holding only a code of the mainland's exchanges (their prefixes: extract.tickers.A_SHARE_PREFIX)
_A_SHARE_CODE = re.compile(r"（\s*(?:(?:股票|证券)代码[：:]?\s*)?(?:" + "|".join(A_SHARE_PREFIX) + r")\d{4}\s*）")


#: a board of an exchange, written after its name: "X交易所主板", "Y交易所创业板"
_BOARDS = ("主板", "创业板", "科创板", "中小板", "中小企业板", "GEM", "创新层", "基础层", "北交所")


def _exchange_board(name: str, lex: Lexicon) -> bool:
    """An exchange's name and one of its boards ("…交易所主板"): a market, no company (the bracket of codes after it
    made it look like a listed company's name)."""
    x = lex.exchange_re.match(name)
    return x is not None and name[x.end():] in _BOARDS


@lru_cache(maxsize=4)
def _listing_re(exchanges: str) -> re.Pattern[str]:
    return re.compile(r"(?:正式|成功|顺利|已|将)?(?:于[^，。；]{2,12}?)?(?:在|登陆|登录)(?=" + exchanges + r")")


def construction_companies(inv: Inventory, text: str, lex: Lexicon, show: Callable[[int, int], str],
                            title_spans: list[tuple[int, int]] = ()) -> None:  # type: ignore[assignment]
    """Names a construction gives as companies, with or without a suffix: the
    subject of a listing ("X正式在港交所挂牌上市"), a name with its ticker in
    brackets ("X（00136.HK）"), and holders coordinated
    before 分别持股 ("X和Y分别直接持股…") unless they read as people."""
    def add(s: int, e: int, kind_stated: bool = False, workplace: bool = False, listed: bool = False) -> None:
        """kind_stated: the construction says it is a company ("上市公司X"),
        so a name that could read as a person's or as common words stands;
        workplace: it says where someone works ("在X担任"), which no person's
        name is, so a name that reads as one (麦 is a surname) stands;
        listed: a ticker with its exchange follows, so a coined name of
        letters that are verbs too ("优选") stands."""
        name = text[s:e]
        person_like = not (kind_stated or workplace or listed) and plausible_person(name, lex, strong=False)
        if (e - s < 2 or norm_name(name) in inv.surface or lex.company(name) or name in lex.places or name in lex.titles
                or name in GENERIC_PREFIX or name.endswith("指数")
                or lex.exchange_re.fullmatch(name) or _exchange_board(name, lex) or person_like
                or not re.fullmatch(rf"[{CJK}A-Za-z0-9]+", name)
                or not (clean_member(name, inv) or (kind_stated and not any(f in name for f in inv.forms if len(f) >= 2 and not (listed and name.startswith(f))))
                        or (listed and listed_name(name, inv)))
                or (not kind_stated and not oov_or_proper(name))):
            return
        ent = inv.add("C:" + name, show(s, e), "Company", norm_name(name), show(s, e), s)
        ent.count = max(ent.count, text.count(name))  # (found once by its construction, counted as often as it is written)

    for m in _listing_re(lex.exchange_re.pattern).finditer(text) if lex.exchange_re.search(text) else ():  # (it ends before one)
        x = lex.exchange_re.match(text, m.end())
        if x and re.match(r"(?:主板|科创板|创业板)?(?:挂牌)?上市", text[x.end():x.end() + 8]):
            left = company_left_boundary(text, m.start(), max(0, m.start() - 12))
            if not inv.surface.get(norm_name(text[left:m.start()])):
                add(left, m.start())  # "X" + "在港交所挂牌上市": what lists is a company
    for m in _TICKER_AFTER.finditer(text):
        end = m.start()
        if share_class := re.search(SHARE_CLASS + "$", text[max(0, end - 4):end]):
            end -= len(share_class.group(0))  # "X-SW（09876.HK）": the share class is no part of the name
        left = company_left_boundary(text, end, max(0, end - 12))
        # "松溪" + "证券（600XXX.SH）": two letters the HMM joins into an unknown word, then the word for the kind, are a name
        # (or then 股份, which a listed company's trading name ends with: "岚图" + "股份（300999.SZ）")
        coined = re.fullmatch(rf"[{CJK}]{{2}}(?:{SHORT_SUFFIX}|股份)", text[left:end]) and coined_word(text[left:left + 2])
        # "上市公司易北通（920111）": the word for a listed company, then its name whole (易 is a surname, not a stray letter)
        if stated := _LISTED_BEFORE.search(text, max(0, end - 10), end):
            left = stated.end(1)
        for tok in segment(text[left:end], False)[:-1] if not (coined or stated) else ():
            tag, freq = word_tag(tok)
            if not (len(tok) == 1 or (tag and tag[0] in "nvk" and tag[:2] not in ("nr", "ns", "nt", "nz") and freq > 50)):
                break
            left += len(tok)  # "股权天大药业（…）": a common noun before the name is not part of it
        listed = m.group("marked") is not None or _A_SHARE_CODE.fullmatch(m.group(0)) is not None
        if end - left < 2 and listed and not m.group("legal"):
            left = end - coined_before(text, end)  # "青禾优选（09988.HK）": the walk stopped at a letter that is a verb too
        # "奔腾" + "科技（NASDAQ:XXXX）": the walk stopped at a brand that is a verb too, leaving the kind alone; with a ticker
        # and its exchange after it, the brand and its kind are a listed company's name
        bare_kind = listed and not m.group("legal") and re.fullmatch(rf"(?:{SHORT_SUFFIX}|股份)", text[left:end]) is not None
        if bare_kind and (back := coined_before(text, left)) >= 2:
            left -= back
        short = text[left:end]
        if m.group("legal"):  # "东华（东华科技股份有限公司，601999.SH）": its short name
            legal = inv.surface.get(norm_name(m.group("legal")))
            if legal and len(short) >= 2 and not inv.surface.get(norm_name(short)) and abbreviates(short, m.group("legal")):
                inv.link(norm_name(short), show(left, end), legal)
        elif not inv.surface.get(norm_name(short)):
            add(left, end, kind_stated=bool(stated) or bare_kind, listed=listed)  # "X（00136.HK）", "X（920318）": what has a ticker is a listed company
    for m in _HOLDERS.finditer(text) if "分别" in text else ():  # (no 分别, no holders: the scan is skipped)
        # "A、B、方C分别持有": beside a person's name, a name that reads as one after a title is one too (方 is a surname)
        peer = any(plausible_person(m.group(g), lex, strong=False) for g in (1, 2))
        for g in (1, 2):
            s, e = m.span(g)
            s = company_left_boundary(text, e, s) if g == 1 else s
            if peer and plausible_person(text[s:e], lex) and norm_name(text[s:e]) not in inv.surface:
                inv.add("P:" + text[s:e], show(s, e), "Person", norm_name(text[s:e]), show(s, e), s)
            elif not plausible_person(text[s:e], lex, strong=False):
                add(s, e)
    title_ends = {e for _s, e in title_spans}
    for ts, _te in title_spans:
        # "后赴任PayPal高级副总裁": a Latin name between a verb of taking a post and a title
        latin = _LATIN_EMPLOYER.search(text, max(0, ts - 30), ts)
        if latin and latin.end() == ts:
            add(latin.start(1), ts)
    for ts, _te in title_spans:
        # "曾先后担任C董事长、X董事长兼CEO、…": in a list of posts after a career
        # verb, the name between a title and the next one is where that post is
        j = text.rfind("、", max(0, ts - 11), ts)
        if j < 0 or j not in title_ends or not re.fullmatch(rf"[{CJK}A-Za-z0-9]{{2,10}}", text[j + 1:ts]):
            continue
        stop = max(text.rfind(c, 0, j) for c in "。；\n")
        name = text[j + 1:ts]
        if (_CAREER_VERB.search(text, stop + 1, j) and not _NOT_AN_EMPLOYER.search(name) and not DEPT_RE.fullmatch(name)
                and list_post_name(name, inv, lex)
                and norm_name(name) not in inv.surface):
            # a group's brand may begin it ("平安" + "好车"): the list says it is a place of work of its own
            inv.add("C:" + name, show(j + 1, ts), "Company", norm_name(name), show(j + 1, ts), j + 1)
    for m in _POST_AT.finditer(text):
        if not _NOT_AN_EMPLOYER.search(m.group(1)):
            add(m.start(1), m.end(1), workplace=True)  # "P此前在X担任首席财务官": where someone holds a post is an organisation
    for m in _FOUNDED_BY_NAME.finditer(text) if "由" in text and "创" in text else ():
        if oov_or_proper(m.group(1)):  # (a name, not "该平台"; its letters may be verbs too: 递)
            add(m.start(1), m.end(1), kind_stated=True)  # "X由资深媒体人P创办": what someone founded is an organisation
    for m in _HOLDER_WITH_SHARE.finditer(text) if "%" in text and _SHARE_VERB.search(text) else ():
        s = kind.end() if (kind := KIND_HEAD.match(text, m.start(1), m.end(1))) and m.end(1) - kind.end() >= 4 else m.start(1)
        add(s, m.end(1), kind_stated=True)  # "其中华瑞银行持股51%，东方投资持股29%": a holder with its share
        # (after its trade and where it is from, said first: "新加坡创投" + "X资本持股18%")
    for kind_at, end in _latin_glossed(text):
        after_word = _GLOSSED_AFTER.search(text, max(0, kind_at - 12), kind_at)  # "第三大股东" + "中沅投资": a rank, then the name
        left = after_word.start(1) if after_word else company_left_boundary(text, kind_at, max(0, kind_at - 8))
        if kind_at - left >= 2 and not inv.surface.get(norm_name(text[left:end])):
            add(left, end, kind_stated=True)  # "X投资" + its Latin name in brackets: a name glossed in Latin letters is a name
    for m in _NAMED_HOLDER.finditer(text) if "股东" in text and "%" in text else ():
        add(m.start(1), m.end(1), kind_stated=True)  # "控股股东为X" + "，持股" + a figure: the holder a rank names, its share after
    for m in _NAMED_SUBSIDIARY.finditer(text):
        add(m.start(1), m.end(1))  # "旗下控股子公司北林信息于2022年9月…": what a subsidiary is called is a company
    for m in _PREDECESSOR.finditer(text):
        add(m.start(1), m.end(1), kind_stated=True)  # "前身为X农业保险公司": what a company was before is a company
    for m in _UNDER_NAME.finditer(text) if "之名" in text or "名义" in text else ():
        # "以“Y”之名" + "在纽交所上市": the name a company went by, whole in its quotes (the brand it shares with
        # the company's present name inside it)
        name = m.group(1)
        if norm_name(name) not in inv.surface and not lex.company(name) and CJK_CHAR.search(name):
            inv.add("C:" + name, show(m.start(1), m.end(1)), "Company", norm_name(name), show(m.start(1), m.end(1)), m.start(1))
    for m in _LATIN_FORMER.finditer(text):
        # "X（Donghai Tech, formerly Donghai Finance）": an earlier name, in Latin script and without a legal suffix
        name = m.group(1)
        if norm_name(name) not in inv.surface and not lex.company(name):
            inv.add("C:" + name, show(m.start(1), m.end(1)), "Company", norm_name(name), show(m.start(1), m.end(1)), m.start(1))
    for m in _LISTED_COMPANY.finditer(text):
        name = m.group(1)
        head, freq = word_tag(segment(name, True)[0])
        if text.count("上市公司" + name) >= 2 and not (head and head[0] in "nvf" and head[:2] not in ("nr", "ns", "nt", "nz") and freq > 100):
            add(m.start(1), m.end(1), kind_stated=True)  # "上市公司X…，上市公司X对…": the listed company, named twice


#: "P在X担任T", "他曾在X出任T", "在X工作8年，任T": the place of a post, between 在 and the verb
#: with a title after it. `add` keeps only a name (a proper or unknown part,
#: no function word), so "在任期内担任" and "在董事会担任" give nothing.
#: (written to begin with 在, so that the scan skips to it: "not after a letter other than a CJK one" is the
#: lookbehind after it)
_POST_AT = re.compile(
    rf"在(?<![^{CJK}]在)([{CJK}A-Za-z0-9]{{2,10}}?)(?:担任|出任|(?:工作|任职|就职)(?:了)?(?:[\d一二三四五六七八九十两多半]+年)?[，,]?(?:任|担任|出任))"
    r"(?=[^，。；]{0,8}?(?:董事|监事|总裁|总经理|行长|主席|首席|CEO|CFO|COO|CTO|总监|秘书|司库|合伙人|负责人))")

#: a sentence that opens with a name founded by someone: "X由资深媒体人P创办" (a media outlet's footer after a rule
#: line, an "about us" line): the name is an organisation's, even one that reads as a person's (雷 is a surname)
_FOUNDED_BY_NAME = re.compile(
    rf"(?:^|(?<=[。；！？\n—]))([{CJK}A-Za-z0-9]{{2,8}}?)(?:是|系)?由[^，。；！？\n]{{2,16}}?(?:一手|共同|联合)?(?:创办|创立|创建)(?:的)?(?=[，。；！？\n]|$)", re.M)

#: what ends a unit inside an organisation or a span of time, not an employer's name
_NOT_AN_EMPLOYER = re.compile(r"(?:分公司|分行|支行|部|处|室|司|局|厅|中心|总部|区|期间|任内|时|后|前|内)$")

#: a Latin-script employer after a verb of taking or holding a post, right before a title
_LATIN_EMPLOYER = re.compile(r"(?:担任|出任|赴任|加入|加盟|转投|任职于|就职于|现任|曾任)([A-Z][A-Za-z0-9&]{1,24})")

#: at the head of a clause, a name ending in an organisation suffix and its share ("，东方投资持股29%")
_HOLDER_WITH_SHARE = re.compile(
    rf"(?:^|(?<=[，、；：\n]))(?:其中)?((?!其中|公司|该|其)[{CJK}]{{2,8}}?{SHORT_SUFFIX})(?:则|也|另)?(?:持股|持有|占股|出资)(?:比例)?(?:为|达)?(?:约)?\d+(?:\.\d+)?%",
    re.M)
#: a Latin name in brackets ("（Zhonghe Investment）") and the short name of a firm it glosses, which ends
#: where the bracket opens ("中禾投资"): found from the brackets, since a lazy scan from every character costs
#: a tenth of the whole extraction
_LATIN_GLOSS = re.compile(r"[（(][A-Z][A-Za-z]+(?: [A-Z][A-Za-z&]+){0,5}[）)]")
_GLOSSED_NAME = re.compile(rf"[{CJK}]{{2,8}}?({SHORT_SUFFIX})")
_LONGEST_KIND = max(len(w) for w in re.findall(r"[\u4e00-\u9fff]+", SHORT_SUFFIX))
#: the word a glossed name follows, and the name's letters up to its kind
_GLOSSED_AFTER = re.compile(rf"(?:股东|买家|卖家|投资者|为|是|系|的|、|，|和|与|及|：|“)([{CJK}]{{2,4}})$")
#: a shareholder named after its rank and its share in the clause after ("控股股东为X" + "，持股" + a figure)
_NAMED_HOLDER = re.compile(
    rf"(?:控股股东|第[一二三四五六七八九十]大股东|大股东)(?:为|是|系)((?!公司|该|其)[{CJK}]{{2,8}}?{SHORT_SUFFIX})"
    r"(?=[，,]?(?:直接|合计|共)?(?:持股|持有|占股)[^。；，]{0,12}?\d+(?:\.\d+)?%)")
#: the verbs one of which `_HOLDER_WITH_SHARE` needs, with a % after it: without them that scan is skipped
_SHARE_VERB = re.compile(r"持股|持有|占股|出资")
#: a subsidiary named right after the word for one, up to a preposition or adverb opening its clause's verb
_NAMED_SUBSIDIARY = re.compile(rf"(?:全资|控股)?子公司([{CJK}]{{2,6}}?)(?=(?:已|也|亦|则|正式|成功)?(?:于|在|由|自|通过)|[，。；（])")
#: a company's earlier name after the words that give it (and when or where it began), up to the word for its kind
_PREDECESSOR = re.compile(
    rf"(?:前身为|前身是|前身系|原名为|原名是|原名|原称|曾用名为?)[：:]?[“\"]?"
    rf"(?:[^，。；“”\"]{{0,16}}?(?:创立|成立|创办|创建|设立|开业)的)?"  # "前身为" + a year + "创立的X": when it began, before its name
    rf"((?!一家|一个|这家|该|某|其|当时|当年)(?:[{CJK}]{{4,30}}?(?:公司|银行|集团|信用社|合作社|证券|保险|信托)|[{CJK}]{{2,30}}?(?:储蓄会|联社)))"
    r"(?=[”\"，。；、）)]|$)")
#: in brackets, after an optional English name, the words that give an earlier Latin name
_UNDER_NAME = re.compile(rf"以[“「『\"]([{CJK}A-Za-z0-9]{{2,16}})[”」』\"](?:之名|的名义|名义|为名)")
_LATIN_FORMER = re.compile(
    r"[（(][^（）()\n]{0,40}?(?i:formerly known as|formerly|previously known as|renamed from)[:：]?\s*"
    r"([A-Z][A-Za-z0-9&.\-]*(?:\s[A-Z0-9][A-Za-z0-9&.\-]*){0,5}?)\s*(?=[）),，;；])")
#: a verb that opens a list of someone's posts
_CAREER_VERB = re.compile(r"担任|出任|曾任|历任|现任|兼任")

#: the words for a listed company right before its name and ticker (or for one listed on a board, "创业板公司",
#: or for a group's listed arm, "港股上市平台")
_LISTED_BEFORE = re.compile(rf"(?:上市公司|挂牌公司|上市平台|(?:创业板|科创板|北交所|主板|中小板)(?:上市)?公司)()[{CJK}]{{2,6}}$")

#: "上市公司X": a listed company's name after the word for one, up to the verb
#: or function word that follows it
_LISTED_COMPANY = re.compile(
    rf"上市公司([{CJK}]{{2,5}}?)(?=无法|对|的|已|于|在|与|和|及|将|发布|公告|称|表示|为|是|曾|也|则|拟|因|被|还|并|等|正|仍|旗下"
    r"|股东|董事|高管|实控人|实际控制人|[，。；、（“”：])")


def _latin_glossed(text: str) -> Iterator[tuple[int, int]]:
    """(where the kind word starts, where the name ends) of each short name right before a Latin gloss:
    the leftmost start that reads as CJK letters and a kind ending at the bracket, as a scan would find it."""
    for gloss in _LATIN_GLOSS.finditer(text):
        end = gloss.start()
        for start in range(max(0, end - 8 - _LONGEST_KIND), end - 2):
            m = _GLOSSED_NAME.fullmatch(text, start, end)
            if m:
                yield m.start(1), end
                break
