"""The companies an article names: dictionary names, legal and short names
found by their suffixes, arms in a place, Latin-script legal names, names
defined in the text ("（以下简称“X”）") and the short names of the legal
names found."""

from __future__ import annotations

import re
from collections.abc import Callable

from extract.alias_defs import link_defined_names
from extract.company_names import company_left_boundary
from extract.country_arms import COUNTRIES, REGIONS, country_arm
from extract.cued_brands import find_cued_brands
from extract.dictionary_companies import EXCHANGE_WORD as _EXCHANGE_WORD
from extract.dictionary_companies import dictionary_companies
from extract.glued_labels import label_start
from extract.kind_names import country_kind_before_name, describes_named_company, find_kind_names, names_a_line_of_business
from extract.legal_heads import head_start, legal_heads, legal_names, opens_legal_name
from extract.lexicon import Lexicon
from extract.licensed_kinds import licensed_kind_prefix
from extract.mention_records import Inventory
from extract.name_words import ASCII_ORG, ASCII_ORG_NEEDS, CJK, LEGAL_SUFFIX, insurer_short_form, word_tag
from extract.person_heads import APPOINTED_BEFORE, APPOINTED_LIST_BEFORE, CLAUSE_START, person_at, person_then_post_verb
from extract.persons import plausible_person
from extract.proper_parts import coined_letters, coined_word, proper_name_words, proper_prefix, short_prefix_ok
from extract.short_forms import link_one_letter_forms, link_short_forms
from extract.spac_names import link_spac_names
from extract.spans import Spans
from extract.stem_links import link_brands, link_place_abbreviations, link_stems, link_trade_letters
from extract.suffix_context import UNIT_HEAD_AFTER, continues_word, named_by_title_after, words_before
from extract.zone_bodies import zone_bodies
from text.kinds import PARTY_ROLES, SHORT_SUFFIX
from text.names import is_generic_org_name
from text.normalize import norm_name

_BRANCH_SUFFIXES = {"管理总部", "研究院", "事务所", "财务公司", "商城"}  # 商城: a group's online store ("X" + "商城")

#: a sum of money right after 支付: the verb "pays" ("支付1.45亿元", "支付现金2亿元"), no company's kind
_PAID_SUM = re.compile(r"(?:了)?(?:现金|对价|人民币|约)?[\d一二三四五六七八九十][\d.,一二三四五六七八九十百千]*(?:万|亿|元|美元|港元)")  # (not "X支付100%股权")

#: the word for a unit right after a name ("普惠金融事业部", "投资银行部")
#: the second letter of the words 股 begins after a 金控's name: 股份, 股东, 股权, 股价, 股票, 股本
_SHARE_WORD_END = frozenset("份东权价票本")
#: a round of funding before a suffix's word ("A轮投资", "Pre-B轮", "天使轮")
_ROUND = re.compile(r"(?:^|(?<=[A-Za-z0-9+]))轮$|(?:天使|种子|战略|首|新一|上一|本)轮$")
#: what follows a news site's name in its dateline or byline ("中国证券网讯", "X网消息", "X网记者")
_OUTLET_AFTER = re.compile(r"网(?:讯|消息|记者|报道)")
#: a bracket right after a name that defines its short name or gives its stock code ("X银行（简称Y，股票代号" + a code + "）"):
#: the text says it is a name, though its prefix be a common word ("合兴" is a verb phrase to the segmenter)
_DEFINED_AFTER = re.compile(r"[（(](?:以下)?(?:简称|下称|股票代[号码]|股份代号|证券代码)")
_UNIT_AFTER = re.compile(r"事业部|事业群|部(?!门)|条线|板块")

_PLACE_ARM = re.compile(r"[（(]([\u4e00-\u9fff]{2,6}?)(?:分)?公司[）)]")

_REGIONS = REGIONS
#: the words before a place that make 投资 after it the verb ("对中国大陆投资", "赴海外投资") and the places said so
_INVEST_IN = ("对", "赴")
_ABROAD = frozenset({"中国大陆", "大陆", "内地", "海外", "境外", "国外", "本地", "当地", "中国", "美国", "日本", "欧洲", "东南亚"})


#: the words in a bracket that define the short name after them ("下称「", "以下简称“"): no letters of that name
#: (nor the 称 of 下称 that a name's walk back took for its first letter: "下" + "称宏晖金融")
_ALIAS_HEAD = re.compile(r"(?:(?:以下|下文|下面)?(?:简称|下称)|(?<=[下简])称)[：:]?[「『“\"]?")


_LETTER = re.compile(rf"[{CJK}A-Za-z]")
#: who owns a firm, said right before its name (Taiwan's 公股/官股 banks, the state's; 民营, private; 外资/陆资/中资/港资/
#: 台资, capital from abroad, the mainland, China, Hong Kong, Taiwan): no letter of the name
_OWNER_HEAD = re.compile(r"(?:泛公股|公股|官股|民营|外资|陆资|中资|港资|台资|侨资|公营)(?=[\u4e00-\u9fff]{2})")
#: the kind of bank a story says a bank is before its name ("内地城商行X银行", "农商行X银行"), with where it is from
#: (or, Taiwan's usage, the country a foreign firm is from: "美商X人寿控股", "日商X", a firm of that country)
KIND_HEAD = re.compile(r"(?:内地|本地|国内|境内|香港|本港|澳门|台湾|外地)?(?:城商行|农商行|股份行|外资行|中资行|国有大行"
                        r"|中资险企|险企|中资券商)"  # ("内地险企" + a group's name: its trade, one word the segmenter cuts in two)
                        r"|(?:美国|英国|日本|德国|法国|韩国|荷兰|瑞士|新加坡|加拿大|澳洲|澳大利亚|以色列|印度|马来西亚|印尼|泰国|越南"
                        r"|香港|本港|台湾|内地|本地)(?:创投|风投)(?:机构|基金)?(?=[\u4e00-\u9fff]{2})"  # ("新加坡创投" + a firm's name)
                        r"|(?:美|英|日|德|法|韩|荷|瑞士|新加坡|加拿大|澳洲)商(?=[\u4e00-\u9fff]{2})"
                        r"|(?<=上市)(?:金融|科技|投资|保险|支付)(?:集团|控股|公司)(?=[\u4e00-\u9fff]{2})")  # ("上市金融集团" + a name)


_LEGAL_SUFFIX = re.compile(LEGAL_SUFFIX)
#: a financial firm's short name, which its international arm's name extends with 国际 ("北林证券" → "北林证券国际")
_INTL_ARM_OF = re.compile(r"(?:证券|银行|保险|人寿|期货|资本|金控|控股)$")
#: what follows such an arm's name: a title (perhaps after 原/现/前: "X证券国际原行政总裁"), its ticker in brackets,
#: or a clause's end; never a common word that 国际 begins (国际业务, 国际化, 国际部)
_INTL_AFTER = re.compile(r"国际(?:(原|现任|现|前|新任|)(?=[\u4e00-\u9fff])|(?=[（(]\d{4,5}\.HK|[，、。；]))")
#: "of the same trade" before a short name ("跳槽至同业北林保险"): what the firm is to the one before, not its name
_PEER_WORDS = ("同业",)

#: the words of a financial regulator's local bureau after a place and 金融 ("浙江金融监管局", "宁波金融监管分局")
_BUREAU_AFTER = re.compile(r"(?:监管|监督管理)(?:分局|局)")

#: the suffixes of legal names, then of short names (a short one may be followed by 集团/控股, see below)
_SUFFIX_SCANS = ((_LEGAL_SUFFIX, False),
                 (re.compile(SHORT_SUFFIX + r"(?:控股(?!股东|子公司|孙公司|权(?!益)))?(?:集团)?(?:(?:科技|清算|产业|行业|服务|发展|创新|同业|企业|职工|员工)?(?:(?:协会|商会|促进会|联合会|公会|工会|联盟)(?![会员])|(?:研究会|学会)(?!员)))?"), True))


#: verbs before the field a company works in ("专注于供应链金融的X")
_FIELD_VERBS = ("专注于", "专注", "聚焦于", "聚焦", "致力于", "深耕", "从事", "主营")
#: verbs of having that the segmenter glues to the name after them
_HAS_WORDS = ("现有", "拥有", "共有", "另有", "还有", "持有")


def find_companies(inv: Inventory, text: str, lex: Lexicon, show: Callable[[int, int], str]) -> Spans:
    """Add the companies the article names to `inv`, in the order that lets a
    longer or earlier finding win; returns the spans they occupy. `show` maps
    a span of `text` to the original string, for display."""
    occupied = Spans()
    titles = tuple(lex.titles)  # for str.startswith, which tries a tuple's prefixes in C
    # 1. Dictionary companies.
    dictionary_companies(inv, text, lex, show, occupied)
    # 2. Legal names and short names ending in an organisation suffix.
    # a short suffix may be followed by 集团/控股 ("产城投资集团", "科技控股"), and a sector's word by the word for
    # its association, a word of the trade perhaps between ("互联网金融协会", "区块链产业联盟", "金融科技协会",
    # "支付清算协会", a society of a field's study: "普惠金融研究会", "金融学会"): one name, not two
    for pattern, short in _SUFFIX_SCANS:
        heads = legal_heads(inv) if short else frozenset()  # (the legal names are all found before the short ones)
        legals = legal_names(inv) if short else ()
        for m in pattern.finditer(text):
            if occupied.covering(m.start()) and not (short and m.group(0) in _BRANCH_SUFFIXES):
                continue
            if short and continues_word(text, m.start(), m.end()):
                continue  # "金融科技", "金融机构": a common word, checked before segmenting
            if short and m.group(0) == "支付" and _PAID_SUM.match(text, m.end()):
                continue  # "向自然人P支付1亿元": the verb (pays a sum), not a payment firm's kind
            if short and UNIT_HEAD_AFTER.match(text, m.end()):
                continue  # "央行支付结算司司长": the suffix begins the name of a department and its head
            floor = occupied.end_before(m.start())
            start = company_left_boundary(text, m.start(), floor, None if short else lex)
            if short and text.startswith("那", start) and m.start() - start > 2 and text[start + 1:start + 3] not in lex.places:
                start += 1  # "那" + "澜石科技又是谁的？": "then", opening a question or a turn of talk
            adjacent = occupied.ending_at(start) if (not short or m.group(0) in _BRANCH_SUFFIXES) else None
            if adjacent:  # "中国平安" + "上海管理总部", "金融壹账通" + "科技有限公司": one organisation
                start = adjacent[0] if short else _held_name_start(inv, text, adjacent, occupied, lex)
            if not short and start == m.start() and not adjacent:
                start -= words_before(text, start, floor)  # "由远航" + "集团有限公司": the walk stopped at once at a verb (远航)
            if APPOINTED_BEFORE.search(text, max(0, start - 3), start) or APPOINTED_LIST_BEFORE.search(text, max(0, start - 40), start):
                start += person_at(text, start, m.start(), lex)  # "核准孙某某华瑞人寿总经理的任职资格": the name is the person's
            elif start == 0 or text[start - 1] in CLAUSE_START:
                start += person_then_post_verb(text, start, m.start(), lex)  # "\n贺某某任X人寿董事长；": a notice's line
            if not short and (quoted := _quoted_start(text, floor, start, m.start(), m.end())) is not None:
                start = quoted  # "变更为“" + a legal name + "”": a legal name in quotes is the whole quote
            if short and m.start() - start < 2 and heads and (head := head_start(text, m.start(), heads)) is not None:
                start = head  # "ABC" + "资本", where the text writes "ABC…私人有限公司" whole: that name's head
            if m.start() - start < 2:
                continue
            while start < m.start() and text[start] in "）)、，「『“.．":  # "（「南溪控股」）": the quote opens the name, it is not in it (nor "1." a list item's)
                start += 1
            if defined := _ALIAS_HEAD.match(text, start, m.start()):
                start = defined.end()  # "（下称「北林人寿」）": the words that define a short name are not in it
            if not short:
                start = label_start(text, start, m.start(), m.end())  # label L + "A…有限公司（下称“L”）": the label, then the name
            if "）" in text[start:m.start()] and "（" not in text[start:text.index("）", start)]:
                start = text.index("）", start) + 1
            end = m.end()
            if short and m.group(0).endswith("金融") and (bureau := _BUREAU_AFTER.match(text, end)):
                end = bureau.end()  # "湖北金融" + "监管局": the state regulator's local bureau, one name (no firm called 湖北金融)
            if short and m.group(0).endswith("控股") and text.startswith("公司", end) and text[start - 1:start] not in ("由", "被"):
                end += 2  # "西湾人寿控股" + "公司": a holding company's name written whole (not "由X控股公司…")
            if short and m.group(0) == "金控" and text.startswith("股", end) and text[end + 1:end + 2] not in _SHARE_WORD_END:
                end += 1  # "泓城财金" + "控股": a holding company's word, not 金控 then a stray 股 (but "X金控股东", "X金控股权")
            if short and m.group(0).endswith("控股") and (
                    (text[start - 1:start] in ("由", "被") and re.match(r"[，。；,;]|$", text[end:end + 1]))
                    or (text[end:end + 1] == "的" and re.search(r"(?:银行|集团|证券|保险|信托|金控)$", text[start:end - 2]))):
                end -= 2  # "C由北林集团控股。", "是北林银行控股的子公司": the verb, not the name's word
            elif m.group(0) == "控股" and text.startswith(("子公司", "孙公司", "股东"), end) and text[start:end - 2] in PARTY_ROLES:
                continue  # "发行人控股股东": a party's holder (the party word is the article's company), never a company "发行人控股"
            elif (m.group(0) == "控股" and text.startswith(("子公司", "孙公司", "股东"), end)
                  and text.count(text[start:end]) == sum(text.count(text[start:end] + w) for w in ("子公司", "孙公司", "股东"))
                  and text.count(text[start:end - 2]) > text.count(text[start:end])):
                # "B已成为东川国投控股子公司", "X控股股东为A": 控股子公司, 控股股东 are the kind
                # (X控股 named nowhere else, X named elsewhere alone)
                end -= 2
            if short and m.start() - start > 2 and (norm_name(text[start + 1:end]) in inv.surface or opens_legal_name(text[start + 1:end], legals)) and (
                    word_tag(text[start])[0] or "")[:1] in _CLAUSE_LETTER_TAGS:
                start += 1  # "祝" + "北林金融集团": a verb the HMM glued to a name the article has named already
            elif m.start() - start > 2 and text[start] == "任" and any(
                    plausible_person(text[start - n:start], lex, strong=False,
                                     bounded=start == n or text[start - n - 1] in CLAUSE_START) for n in (3, 2) if start >= n):
                start += 1  # "P" + "任北林银行": 任 (takes the post of) after a person's name, not a name's first letter
            elif short and text.startswith(_HAS_WORDS, start) and (norm_name(text[start + 2:end]) in inv.surface
                                                                  or m.start() - start >= 4):
                start += 2  # "旗下现有" + "北林信托": a verb of having before a name (named already, or with two letters of its own)
            elif short and (k := next((k for k in range(3, m.start() - start - 1) if norm_name(text[start + k:end]) in inv.surface), 0)):
                start += k  # "等方面全力支持" + "北林理财": a clause's words before a name the article has named already
            country = start  # (where a foreign firm's country word begins: "美商" + "X人寿控股公司")
            if (kind := _OWNER_HEAD.match(text, start, m.start())) and m.start() - kind.end() >= 2:
                start = kind.end()  # "公股" + "A金控", "民营" + "B银行": who owns the firm, said before its name
            if short and (kind := KIND_HEAD.match(text, start, m.start())) and m.start() - kind.end() >= 2:
                start = kind.end()  # "内地城商行" + "渤瀛银行": the kind of bank it is, said before its name
            name = text[start:end]
            if short and m.group(0) == "投资" and text[start - 1:start] in _INVEST_IN and (
                    text[start:m.start()] in COUNTRIES or text[start:m.start()] in _ABROAD):  # (a city heads firms' names: "向东海投资")
                continue  # "对" + "中国大陆" + "投资": investing in a place (the verb), no firm named for the place
            if short and _ROUND.search(text, start, m.start()):
                continue  # "A轮" + "投资", "天使轮" + "融资": a round of funding, not a company
            if short and not (len(text[start:m.start()]) <= 8 and short_prefix_ok(text[start:m.start()])
                              and (proper_prefix(text[start:m.start()]) or lex.company(text[start:m.start()])
                                   or named_by_title_after(text, start, m.start(), end, lex)
                                   or _DEFINED_AFTER.match(text, end)
                                   or (_COINED_KIND.search(m.group(0)) and (coined_word(text[start:m.start()])
                                                                                      or coined_letters(text[start:m.start()])))
                                   or (m.group(0) in _WEAK_SUFFIXES and proper_name_words(text[start:m.start()]))
                                   or licensed_kind_prefix(text[start:m.start()], m.group(0)))):
                continue  # a short name has a short prefix; longer runs are headlines glued together
            if not _LETTER.search(text[start:m.start()]):
                continue
            if short and text.startswith(_PEER_WORDS, start) and m.start() - start >= 4:
                start += 2  # "加盟同业" + "北林人寿": a firm of the same trade, then its name (no letter of it)
                name = text[start:end]
            if not short and _generic_legal_name(name, lex):
                # "新希望" + "控股集团有限公司": the walk stopped at a verb (希望); "北林征信" + "服务（香港）有限公司" (征信)
                start -= words_before(text, start, floor)
                if start < m.start() and (held := occupied.ending_at(start)):
                    start = _held_name_start(inv, text, held, occupied, lex)  # "A数科" + "B服务（香港）有限公司": one legal name
                name = text[start:end]
            if name.startswith(titles) or name[0] in "（(" or is_generic_org_name(name):
                continue
            if short and m.group(0) in _WEAK_SUFFIXES and not proper_name_words(text[start:m.start()]):
                continue  # "财务资源", "医疗健康": a common word before a common noun is no name
            if short and _ADVERB_POST_VERB.fullmatch(text, start, m.start()):
                continue  # "仍任" + "集团董事长": an adverb and the verb of holding a post, then the group's bare word
            if short and describes_named_company(text, start, m.start(), end, occupied):
                continue  # "消费信贷科技" + "公司" + "南溪数科…": the named company's kind, no company of its own
            if short and not lex.company(name) and names_a_line_of_business(text, start, m.start(), end):
                continue  # "C的财富管理" + "子公司": which of C's subsidiaries, by its trade, no company of its own
            if short and m.group(0) == "金融" and text[start:m.start()] in COUNTRIES and not lex.company(name):
                continue  # a country + "金融" + "市场"/"监管": a country's finance (its sector, a body of state), no firm
            if short and (described := country_kind_before_name(text, start, m.start(), end)):
                occupied.append((start, described))  # (no letters of the name after them)
                continue  # "日本金融集团" + "北林金控": where the firm is from and its trade, then its name
            if (short and (lex.exchange_re.search(name) or text.startswith(_EXCHANGE_WORD, end))) or (
                    not short and lex.exchange_re.fullmatch(text, start, m.start())):  # "香港联合交易所" + "有限公司": the exchange's own legal name
                occupied.append((start, end))  # "北林证券" + "交易所": the head of an exchange's name, no company
                continue  # "美国纳斯达克交易所" is an exchange, found as one
            if short and text.endswith(_FIELD_VERBS, 0, start):
                continue  # "专注于" + "跨境支付": the field a company works in, not a company
            if short and text.startswith(("监管分局", "监管局", "监督管理"), end):
                continue  # "苏州金融" + "监管分局": the head of a regulator's name (金融监管局), not a company
            if short and _OUTLET_AFTER.match(text, end):
                continue  # "中国证券" + "网讯": a news site's dateline, not a broker
            if short and occupied.ending_at(start) and _UNIT_AFTER.match(text, end):
                continue  # "云岭银行" + "普惠金融事业部": a unit of the company before it, not a company

            other = insurer_short_form(name) if short else None  # "X人寿保险" and "X人寿": one insurer
            key = inv.surface.get(norm_name(name)) or (other and inv.surface.get(norm_name(other))) or "C:" + name
            inv.add(key, show(start, end), "Company", norm_name(name), show(start, end), start)
            if other and norm_name(other) not in inv.surface:
                inv.link(norm_name(other), other, key)
            if short and m.group(0).endswith("控股") and end == m.end() + 2:  # ("X控股公司" is X控股 too)
                inv.link(norm_name(text[start:m.end()]), show(start, m.end()), key)
            if start - country <= 4 and text.endswith("商", country, start):  # the country word and the name: one mention of the firm, named without it
                inv.link(norm_name(text[country:end]), show(country, end), key)
                start = country
            occupied.append((start, end))
    find_kind_names(inv, text, occupied, show)  # "鸿泰实业持股12%": a kind of business ends a shareholder's name
    zone_bodies(inv, text, occupied, show)  # "X新区管理委员会": the committee of a development zone, its firms' owner
    find_cued_brands(inv, text, lex, occupied, show)  # "X创始人P", "创办了X", "X前身为…有限公司": a bare brand is a firm
    # 2a. A company's arm in a place, written in brackets after it: "X保险集团（香港公司）".
    for s0, e0 in list(zip(occupied.starts, occupied.ends, strict=True)):
        arm = _PLACE_ARM.match(text, e0)
        if not (arm and (arm.group(1) in lex.places or arm.group(1) in _REGIONS)):
            arm = country_arm(text, e0)  # "北林银行（马来西亚）": its arm there, the country alone in brackets
        if arm:
            name = text[s0:arm.end()]
            inv.add(inv.surface.get(norm_name(name)) or "C:" + name, show(s0, arm.end()), "Company", norm_name(name),
                    show(s0, arm.end()), s0)
    # 2a'. A firm's international arm, named by its name and 国际 with a title, its ticker or a clause's end after.
    for s0, e0 in list(zip(occupied.starts, occupied.ends, strict=True)):
        if _INTL_ARM_OF.search(text, s0, e0) and (after := _INTL_AFTER.match(text, e0)) and (
                after.group(1) is None or lex.title_re.match(text, after.end())):
            name = text[s0:e0 + 2]
            inv.add(inv.surface.get(norm_name(name)) or "C:" + name, show(s0, e0 + 2), "Company", norm_name(name),
                    show(s0, e0 + 2), s0)
    # 2b. Latin-script legal names ("TechStar Acquisition Corporation").
    for m in ASCII_ORG.finditer(text) if ASCII_ORG_NEEDS.search(text) else ():
        if occupied.covering(m.start()):
            continue
        name = m.group(0)
        before = occupied.ending_at(m.start() - 1) if text[m.start() - 1:m.start()] in ("（", "(") else None
        named = inv.surface.get(norm_name(text[before[0]:before[1]])) if before else None
        key = inv.surface.get(norm_name(name)) or named or "C:" + name  # "松溪集团（Songxi Group）": its Latin name
        inv.add(key, show(m.start(), m.end()), "Company", norm_name(name), show(m.start(), m.end()), m.start())
        inv.forms.add(name)  # "X Holdings (BVI) Limited": the text as read has the brackets the normaliser widened
        occupied.append(m.span())
        head = m.group(1) or ""
        # (not a head another capitalised word follows: "Dingfeng Securities" is the group's broker, not the group;
        # its own next word may: "Yunjing Technology" of "Yunjing Technology Inc.")
        own = re.escape(nxt[0]) + "(?![A-Za-z])" if (nxt := name[len(head):].split()) else "(?!)"
        if len(head) >= 4 and norm_name(head) not in inv.surface and re.search(
                rf"(?<![A-Za-z]){re.escape(head)}(?![A-Za-z]|\s(?!{own})[A-Z])", text[m.end():]):
            inv.link(norm_name(head), head, key)  # later mentions by the first word alone
    link_spac_names(inv, text, occupied, show)  # "X收购公司（X Acquisition Corporation）": one name, not X + a verb
    # 3. Names defined in the text: X（以下简称“Y”）, Y（全称X）.
    link_defined_names(inv, text, occupied, show)
    # 3b. Short names of the legal names found ("深圳市全新好股份有限公司" … "全新好").
    link_stems(inv, text, lex, show)
    link_short_forms(inv, text, lex, show)  # "X电子商务有限公司" … "X电商"
    link_one_letter_forms(inv, text, lex, show)  # "X金控" … "X金", "X银行" … "X银"
    link_brands(inv, text, lex, show)
    link_place_abbreviations(inv, text, lex, show)
    link_trade_letters(inv, text, lex, show)
    return occupied


_QUOTE_PAIRS = {"“": "”", "「": "」", "『": "』"}


def _quoted_start(text: str, floor: int, start: int, suffix_start: int, end: int) -> int | None:
    """Where a legal name written alone in quotes begins, when the walk stopped
    inside the quote (a legal name in quotes that opens on 天, read as a measure word):
    the letter after the opening quote, if only a name's letters stand between."""
    lo = max(floor, suffix_start - 20)
    opened = max(text.rfind(q, lo, start) for q in _QUOTE_PAIRS)
    if opened < 0 or text[end:end + 1] != _QUOTE_PAIRS[text[opened]] or opened + 1 >= start:
        return None
    return opened + 1 if re.fullmatch(rf"[{CJK}A-Za-z0-9（）()]+", text[opened + 1:suffix_start]) else None



#: the tags of a letter that begins a clause's words, never a name's (a verb, preposition, adverb, conjunction)
_CLAUSE_LETTER_TAGS = frozenset("vpdc")

#: an adverb and 任 (holds the post of): "至今仍任集团董事长", "现任集团总裁"
_ADVERB_POST_VERB = re.compile(r"[仍现曾再又并兼继留已均另亦也改转]任")

#: the words of a short name's kind that only a firm's name ends in, so a coined word before them (one jieba
#: does not know) is a name: a group's word (控股, 集团, 城投), anywhere in the suffix ("X科技集团"), and the
#: fintech kinds' abbreviations ("X数科", "X消金"), and the licensed kinds ("鼎丰证券", "瑞禾信托": a phrase before
#: them is a word, "头部证券", "中小银行"); not a sector's word (金融, 科技: "普惠" + "金融" is a phrase)
_COINED_KIND = re.compile(r"^(?:控股|集团|城投|数科|数金|金科|消金|金服)|(?:控股|集团)$"
                          r"|^(?:证券|银行|信托|人寿|期货|小贷|金租|财险|农商行|农商银行|村镇银行)$")

#: suffixes that are common nouns too ("健康", "资源"): they end a short name only after a proper name ("思派健康", "力勤资源")
_WEAK_SUFFIXES = frozenset({"健康", "资源"})


#: a place or a group's word in brackets inside a legal name: "X服务（香港）有限公司", "X控股（集团）有限公司"
_BRACKETED_PART = re.compile(r"[（(]([\u4e00-\u9fff]{2,3})[）)]")


def _held_name_start(inv: Inventory, text: str, held: tuple[int, int], occupied: Spans, lex: Lexicon) -> int:
    """Where a legal name begins that holds the name found right before its own words ("金融壹账通" +
    "科技有限公司", "北林数科" + "征信服务有限公司"): the held name's span is dropped (a definition after the legal
    name names it whole), and the name takes the place it is registered in before it ("重庆" + "度小满" + …) or a
    proper word of its own ("中州" + "振兴银行" + "股份有限公司")."""
    start = held[0]
    occupied.remove(held)
    inv.uncount(norm_name(text[held[0]:held[1]]))  # "P地" + "A" + "B支付有限公司": no mention of the known firm A the name holds
    for n in (3, 2):
        if text[start - n:start] in lex.places:
            return start - n
    wider = company_left_boundary(text, start, occupied.end_before(start), lex)
    return wider if 2 <= start - wider <= 3 and proper_name_words(text[wider:start]) else start


def _generic_legal_name(name: str, lex: Lexicon) -> bool:
    """Whether a legal name is only generic words once a place or group word in
    brackets is left out ("服务（香港）有限公司" is as generic as "服务有限公司")."""
    bare = _BRACKETED_PART.sub(lambda m: "" if m.group(1) in lex.places or m.group(1) in _REGIONS or m.group(1) in ("集团", "控股")
                               else m.group(0), name)
    return is_generic_org_name(bare)
