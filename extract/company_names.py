"""Where a company's name begins before its suffix: the left walk over
jieba's tokens that stops at function words and verbs (whether a prefix is
a proper name at all: `extract.proper_parts`; whether one letter or token may
be the name's own: `extract.name_letters`; the checks around a found suffix:
`extract.suffix_context`)."""

from __future__ import annotations

import re

from extract.lexicon import Lexicon, place_ending
from extract.name_letters import (
    defined_head,
    kind_word_before,
    one_letter_name_head,
    past_kind_and_time,
    place_start,
    rare_measure,
    rare_words,
)
from extract.name_words import (
    AGENT_KINDS,
    BOUNDARY_WORDS,
    DESCRIPTOR_WORDS,
    DISCOURSE_OPENERS,
    FUND_KINDS,
    LEGAL_SUFFIX,
    ORG_WORD,
    TIME_ENDING_QIAN,
    segment,
    word_tag,
)
from extract.proper_parts import COMPASS_PREFIXES, known_proper_name, name_part
from text.kinds import SHORT_SUFFIX

#: verbs of dealing in shares, which the segmenter may leave inside a short name's left context ("已投资北林科技")
_DEAL_VERBS = frozenset({"投资", "收购", "入股", "参股", "增持", "减持", "持有", "并购", "举牌"})


#: a whole legal name and the copula after it: the next name begins after them
_NAMED_THEN_IS = re.compile(r"(?:有限(?:责任)?公司|集团)系(?![统列])")  # (a group's short name too: "北林城投集团系")
#: the words for a holder's share, which the segmenter may glue to the name after them ("所持北" + "林农" + "商银行"),
#: and a regulator's consent before the party it lets buy ("监管局批复同意" + "松溪资产管理有限公司")
_HELD_BEFORE = re.compile(r"(?:其)?所持有?(?:的)?|持有的|(?:批复|核准|批准)同意")


#: "and also" joining two companies one post is held at ("A金控暨B银行董事长P"): never a letter of B's name, but the
#: 暨 of a name's own (暨南大学, the city 诸暨's 诸暨农商银行)
_AND_ALSO = re.compile(r"(?<!诸)暨(?!南)")
#: a firm's kind told before its name: its market and trade (Taiwan's "上柜期货商", "上市金控", "兴柜软体商"), its standing
#: in a place ("本地银行"), or after 的
#: a trade and 集团 ("在X上市的保险集团" + a name); each needs letters after it, which are the name's
_TRADE_KIND = re.compile(r"(?:上市|上柜|兴柜|挂牌)[\u4e00-\u9fff]{0,3}?(?:商|业者|金控)(?=[\u4e00-\u9fffA-Za-z])"
                         r"|(?<=的)(?:保险|金融|银行|证券|期货|投资|科技|支付)(?:集团|业者|商)(?=[\u4e00-\u9fffA-Za-z])"
                         # (or its standing in a place: "本地企业集团" + a name, "澳门本地银行" + a name)
                         r"|(?:本地|本澳|本港|当地)(?:企业集团|企业|银行|券商|保险公司|金融机构)(?=[\u4e00-\u9fffA-Za-z])")


#: the last mark that ends the words before a name (a clause's punctuation, a quote, a bracket of a title), found
#: by one backward scan of the regex engine rather than a search for each mark
_LAST_CUT = re.compile("(?s:.*)[" + "".join(map(re.escape, "，。；：、！？“”‘’\"《》「」『』 \n|·$【】—■□●○◆◇▲△▶►★☆/／〔〕")) + "]")  # (a form's "P／C T"; a byline "〔记者P／台北报导〕")


#: the tokens the left walk stops at: one with a digit but a three-digit number, a date's end glued to 任
_DIGIT = re.compile(r"\d")
_THREE_DIGITS = re.compile(r"\d{3}")
_DATE_END_TAKES = re.compile(r"[年月]任")


#: kinds of licensed firm: written before a name of the same kind's word they are its kind, never its letters
_KIND_BEFORE_NAME = frozenset({"银行", "证券", "保险", "信托", "人寿", "金控"})


def company_left_boundary(text: str, suffix_start: int, floor: int, lex: Lexicon | None = None) -> int:
    """Where an organisation name ending in a suffix begins.

    Segment the left context with jieba and walk back over tokens that can be part of a name; stop at
    punctuation, digits, verbs, prepositions and other function words (dictionary POS tags), or at a known
    mention. Organisation words right before the suffix (控股 in X控股集团有限公司) do not stop it
    ("控股东海银行": after a name part, 控股 is the verb); and a legal name (given `lex`, for its places)
    begins at the place it is registered in when one stands before a word that would stop the walk
    ("广州远航联合物流有限公司": 联合 is a verb), or at the start of its clause when only such a word stands
    between ("，联想星辰科技有限公司": 联想 is a verb too).
    """
    places = lex.places if lex else None
    bracket = _GROUP_BRACKET.search(text, max(floor, suffix_start - 6), suffix_start)
    if bracket is not None and bracket.end() == suffix_start:  # "X控股（集团）有限公司": the name is before the bracket
        return company_left_boundary(text, bracket.start(), floor, lex)
    if places and text[suffix_start - 1:suffix_start] in "）)" and (
            seat := _SEAT_BRACKET.search(text, max(floor, suffix_start - 5), suffix_start)) and seat.group(1) in places:
        return company_left_boundary(text, seat.start(), floor, lex)  # "北林融资担保" + "（深圳）" + "有限公司": the seat's city
    lo = max(floor, suffix_start - 24)
    left = text[lo:suffix_start]
    cut = last.end() - 1 if (last := _LAST_CUT.match(left)) else -1
    if (opened := left.rfind("（")) > max(cut, left.rfind("）")):
        # "东海证券（现北林证券）": an open bracket starts the name, after the word that says which name it is
        lead = _BRACKET_LEAD.match(left, opened + 1)
        if lead and lead.end() - opened == 2 and word_tag(left[opened + 1:opened + 3])[0] is not None:
            lead = None  # "（现代金控）": 现 begins a word of the name, it does not say which name this is
        cut = lead.end() - 1 if lead else opened
    for full in _FULL_NAME_WORD.finditer(left):
        cut = max(cut, full.end() - 1)  # "松溪数科全称" + "松溪数字科技有限公司": the short name, then the word that gives the full one
    for kind in _TRADE_KIND.finditer(left):
        cut = max(cut, kind.end() - 1)  # "上柜期货商" + "北辰期货", "的保险集团" + "北岭控股": the kind of firm, then its name
    for party in _PARTY_NOUN.finditer(left):
        cut = max(cut, party.end() - 1)  # "一致行动人" + "北京瑞祥…": a party's role noun ends the words before the name
    if "乃" in left:
        for filing in _FILING_IS.finditer(left):
            cut = max(cut, filing.end() - 1)  # "本通函乃" + "北林控股有限公司…": the filing, then its literary copula (is)
    for ji in _AND_ALSO.finditer(left):
        cut = max(cut, ji.start())  # "A金控暨" + "B银行": 暨 joins two names (whatever letters the segmenter glues to it)
    for held in _HELD_BEFORE.finditer(left):
        cut = max(cut, held.end() - 1)  # "受让C所持" + "松溪农商银行…": the holder's share, then the name it is of
    for named in _NAMED_THEN_IS.finditer(text, max(0, lo - 8), suffix_start):
        cut = max(cut, named.end() - 1 - lo)  # "北林小贷有限公司系" + "北林科技…": a legal name, then 系 (is) before this one
    clause_start = cut >= 0 or lo == 0
    if cut >= 0:
        lo, left = lo + cut + 1, left[cut + 1:]
    if not left:
        return suffix_start
    if (he := _HE_NAME.search(left)) and (he.start() > 0 or cut >= 0 or lo == 0) and not _PARTNER_AFTER.match(
            text, suffix_start):
        return lo + he.start()  # "对和X远景财富管理有限公司…": with nothing to join, 和 begins the name
    tokens = segment(left, True)
    start = suffix_start
    only_org = True
    proper_seen = False  # a word of the name's own walked over: a verb of deciding at the clause's start is then no part of it
    for k in range(len(tokens) - 1, -1, -1):
        tok = tokens[k]
        tag, freq = word_tag(tok)
        if only_org and tok == "再" and tokens[k + 1:k + 2] in (("担保",), ("保险",)):
            start -= 1  # "北林融资" + "再" + "担保集团有限公司": 再担保 (reinsurance of guarantees) is the kind, not "again"
            continue
        if only_org and (ORG_WORD.fullmatch(tok) or tok in _TRADE_VERBS or (places and re.fullmatch(SHORT_SUFFIX, tok))):
            start -= len(tok)  # "新希望控股" + "集团有限公司", "云付通" + "支付" + "有限公司": next to the suffix, part of the name
            continue
        if not only_org:
            proper_seen = True
            if tok in _KIND_BEFORE_NAME and places is None:
                break  # "上市银行" + "东联" + "银行": the kind the bank is (a listed bank), then its short name (a legal one may hold two: "X证券经纪有限公司")
        only_org = False
        if (len(tok) == 1 and tag and (tag[0] in "va" or tag == "rg") and k > 0 and (name_part(tokens[k - 1]) or rare_measure(tokens[k - 1]))
                and tok not in BOUNDARY_WORDS and tok not in _COPULAS
                and (places or (len(tokens[k - 1]) == 1 and word_tag(tokens[k - 1] + tok)[0] is None))):
            start -= 1  # "捷付睿通" + "股份有限公司", "璟" + "联" + "集团": the HMM cut a coined name into letters, one a verb
            # (or a classical pronoun's letter: "鸠" + "兹" + "金融控股集团")
            continue
        if (places and len(tok) == 1 and tag == "v" and tok not in BOUNDARY_WORDS and tok not in _COPULAS and k + 1 < len(tokens) and tokens[k - 1:k] in ((), ("、",), ("和",), ("及",), ("与",))
                and tok + tokens[k + 1][:1] in places and tokens[k + 1][:1] + tokens[k + 1][1:2] not in places):
            start -= 1  # "、" + "合" + "川江" + "银行": the segmenter cut a place's first letter off as a verb
            continue
        if tok == "本" and k > 0 and tokens[k - 1].endswith("资"):
            start -= 1  # "城" + "投资" + "本" + "管理有限公司": the HMM cut 资本 (capital) apart, its 本 no pronoun
            continue
        if rare_measure(tok) and start != suffix_start:
            start -= 1  # "泓" + "远" + "金融租赁": a letter jieba knows only as a rare measure word opens the name
            continue
        if len(tok) == 1 and ((k + 1 < len(tokens) and start < suffix_start and known_proper_name(tok + tokens[k + 1]))
                              or (k > 0 and len(tokens[k - 1]) == 1 and known_proper_name(tokens[k - 1] + tok))):
            start -= 1  # "万" + "利" + "人寿", "东" + "都" + "证券": the HMM cut a proper name jieba knows into letters, one a numeral or an adverb alone
            continue
        if (tag == "m" and len(tok) == 1 and tok in "一二三四五六七八九" and k > 0 and tokens[k - 1] not in BOUNDARY_WORDS
                and word_tag(tokens[k - 1])[0] is None and len(tokens[k - 1]) > 1):
            start -= 1  # "富邦华" + "一" + "银行": the HMM cut a numeral off an unknown name ("一银行" is no phrase)
            continue
        if tok in _DEAL_VERBS and places is None and start != suffix_start:
            break  # "已投资" + "北林" + "科技": a verb of dealing in shares before a short name, not a word of it
        if tok in COMPASS_PREFIXES and start == suffix_start:
            start -= len(tok)  # "北方" + "集团": jieba tags the compass word a word of place, yet it opens the name
            continue
        if len(tok) == 2 and tok[0] in _FORMER_MARKS and tok[1] in "由为":
            break  # "原由" + "集团境内运营实体…", "现为" + "X集团": the former mark and a preposition or copula, no name
        if tok in _FORMER_MARKS and suffix_start - start >= 2 and not (k > 0 and word_tag(tokens[k - 1])[0] == "ns"):
            break  # "原" + "北林信托首席风险官": the former name's mark, not a letter of it (after a place, 前 is a letter of a place's name: "深圳" + "前" + "海…")
        if tok[0] == "指" and text[max(0, start - len(tok) - 1):start - len(tok)] in ("：", ":"):
            start -= len(tok) - 1  # "A、B：指X有限公司": a glossary's 指 (means) before the name it defines ("指北" + "林…")
            break
        if tag is None and len(tok) > 1 and tok[0] == "持" and k > 0 and tokens[k - 1][-1:] in ("增", "减", "所"):
            start -= len(tok) - 1  # "日增" + "持北林" + "金融": the HMM split 增持 (减持, 所持) and glued its 持 to the name
            break
        if tok[0] == "记" and text[max(0, start - len(tok) - 1):start - len(tok)] in ("—", "－", "-"):
            start -= len(tok) - 1  # "——记北林" + "银行": a portrait headline's 记 (an account of) after its dash
            break
        if tok == "时" and k > 0 and (word_tag(tokens[k - 1])[0] or "")[:1] == "v":
            break  # "设立" + "时" + "南湖投资有限公司": a clause of time ("when it was set up"), then the name
        if tag is None and len(tok) == 2 and tok[0] == "其" and tok[1] in "为是系" and suffix_start - start >= 2:
            break  # "确认" + "其为" + "北林科技有限公司": the pronoun and its copula, no letters of the name
        if tag is None and len(tok) >= 2 and tok[-1] in "为是任替向对把被给" and suffix_start - start >= 2:
            break  # "聘任" + "李佳为" (+ "周" + "嘉为", "宣布" + "柯望" + "舒任") + "北林银行": the HMM glued the copula (or 任) to the name before
            # (or a preposition: "股权系替" + "松溪投资管理有限公司" + "代为持有")
        if tag is None and len(tok) == 2 and tok[0] in "其该本" and tok[1] in _FORMER_MARKS:
            break  # "将" + "其原" + "控股子公司": a pronoun and the former mark, before a kind of company, no name
        if len(tok) == 2 and tok[-1] in "为是" and freq <= 5 and k > 0 and (word_tag(tokens[k - 1])[0] or "")[:1] == "v":
            break  # "承让" + "方为" + "松溪资产管理有限公司": a party's noun and the copula, glued to a word jieba hardly knows
        if tag is None and len(tok) > 1 and tok[-1] in _FORMER_MARKS and tok[-2] in "由为任仍" and suffix_start - start >= 2:
            break  # "仍由原" + "北林期货": the HMM glued the preposition and the former mark into one word
        if (len(tok) == 1 and tag == "v" and k > 0 and len(tokens[k - 1]) == 1 and word_tag(tokens[k - 1])[0] == "q"
                and (k == 1 or re.fullmatch(r"[，,、；;：:（(]", tokens[k - 2])) and start < suffix_start):
            start -= 2  # "，" + "座" + "涌" + "投资有限公司": a measure's letter with no number before it, then a verb's: a name the HMM cut
            break
        if tok in BOUNDARY_WORDS or (tag and tag[0] in "vpcudrmqft" and tag not in ("vn", "nr", "ns", "nt", "nz") and freq > 5):
            if places and tok not in BOUNDARY_WORDS:
                back = place_start(tokens[:k], places)
                if back:
                    start -= len(tok) + back
                elif clause_start and len(tok) > 1 and tag[0] not in "pr" and ((k == 0 and not (proper_seen and tok in _DECIDING_VERBS)
                                                                                    and not _verb_then_place(tokens, k, tag))
                                                        or (k > 0 and rare_words(tokens[:k]))):
                    start -= len(tok) + sum(map(len, tokens[:k]))  # "前海" + "联合" + "数科股份有限公司": the clause is the name
            break
        if _DIGIT.search(tok) and not _THREE_DIGITS.fullmatch(tok):
            break
        if _DATE_END_TAKES.fullmatch(tok):
            break  # "至2015" + "年任" + "南岭证券": the HMM glued a date's end to the verb before the name
        if tag is None and len(tok) > 1 and tok[0] in "年月日" and k > 0 and tokens[k - 1][-1:].isdigit():
            start -= len(tok) - 1  # "自2016" + "年北林" + "金租开业起": the HMM glued a date's last letter to the name
            break
        if len(tok) >= 2 and tok[-1] == "于":
            break  # 致力于, 位于, 属于 …: a verb with its preposition ends the clause before a name, never begins one
        if tag is None and len(tok) > 1 and tok[0] == "人" and k > 0 and tokens[k - 1] + "人" in AGENT_KINDS:
            start -= len(tok) - 1  # "托管" + "人青禾" + "信贷": a kind's closing 人 was stuck by the HMM onto the name that follows
            break
        if tok.endswith("者") or tok in DESCRIPTOR_WORDS or (tok in AGENT_KINDS and not _insurance_broker(tokens, k)) or (
                k > 0 and tokens[k - 1] + tok in FUND_KINDS):
            # "…领跑者微医集团", "上市公司雷蛇", "私募" + "基金" + "白杨资本": the kind of firm, then its name
            break
        if k > 0 and len(tok) == 1 and len(tokens[k - 1]) == 1 and tokens[k - 1] + tok in DESCRIPTOR_WORDS and suffix_start - start >= 2:
            break  # "内地" + "险" + "企" + "华禾保险集团": a trade's word for its firms, cut in two by the segmenter, then the name
        if tok in ("创投", "风投") and k > 0 and (word_tag(tokens[k - 1])[0] or "")[:2] == "ns" and suffix_start - start >= 2:
            break  # "新加坡" + "创投" + "X资本": where a venture investor is from and its trade, then its name
        if tok in ("控股公司", "投资公司") and suffix_start - start >= 2 and tokens[k - 1:k] != ["投资"]:
            break  # "家族" + "控股公司" + "陈林控股有限公司": the kind of company, then the name of one with its own legal form
        if len(tok) >= 3 and tok.endswith("公司") and tok not in _SUFFIX_WORDS:
            break  # "持牌消费" + "金融公司" + "北林消费金融有限公司": a kind of company, then the name of one
        if tag is None and len(tok) > 1 and (tok[0] in _GLUED_FUNCTION_CHARS or (tok[0] == "经" and _APPROVED_BY.match(text, suffix_start))):
            start -= len(tok) - 1  # "为汉富": the HMM glued a preposition to the name; "经松溪" + "基金管理有限公司" + "董事会审议"
            break
        if tag is None and len(tok) > 1 and tok[0] == "乃" and tok[1] not in _GLUED_FUNCTION_CHARS and k > 0 and (word_tag(tokens[k - 1])[0] or "")[:1] in ("n", "r"):
            start -= len(tok) - 1  # "本通函" + "乃松" + "岩控股有限公司": a filing's literary copula (is), glued to the name
            break
        if tok == "同志":
            break  # "免去P" + "同志" + "X农商银行…职务": an official text's address after a person's name, never a name's word
        if tag is None and len(tok) > 1 and tok[0] == "系" and k > 0 and (_KIND_WORD.fullmatch(tokens[k - 1]) or tokens[k - 1][-1:] in "）)"):
            start -= len(tok) - 1  # "A证券" + "系A" + "控股股份有限公司": a short name, the copula (係) glued to the next name
            # (or after a bracket closing a name's short form: "A（以下简称“A”）" + "系B" + "证券…公司")
            break
        if tag is None and len(tok) > 1 and tok[0] == "之" and k > 0 and (word_tag(tokens[k - 1])[0] or "")[:1] == "v":
            start -= len(tok) - 1  # "实际控制" + "之X" + "Y有限公司": the literary 的 after a verb, glued to the name
            break
        if tag is None and len(tok) > 1 and tok[0] == "有" and k > 0 and tokens[k - 1] in ("旗下", "下属"):
            start -= len(tok) - 1  # "旗下" + "有北林" + "证券股份有限公司": the HMM glued the verb (has) to the name
            break
        if tag is None and len(tok) > 2 and tok[0] == "后" and k > 0 and (word_tag(tokens[k - 1])[0] or "")[:1] == "v":
            start -= len(tok) - 1  # "转让完成" + "后北林" + "集团": the HMM glued the 后 of a clause of time to the name
            break
        if tag is None and len(tok) > 1 and tok[0] in _FORMER_MARKS and suffix_start - start + len(tok) - 1 >= 2:
            start -= len(tok) - 1  # "原皖" + "信" + "信托": the HMM glued the mark of a former name to it
            break
        if tag is None and len(tok) > 1 and (verbs := list(_POST_VERB.finditer(tok))):
            start -= len(tok) - verbs[-1].end()  # "已辞任" + "北林科技", "辞任北林" + "科技", "续任" + "北林科技": a verb the HMM made a word
            break
        if tag is None and len(tok) > 1 and tok[0] == "任" and ((k > 0 and (
                tokens[k - 1][-1:] in _POST_VERB_HEADS or tokens[k - 1] in TIME_ENDING_QIAN
                or tokens[k - 1][-1:] in ("年", "月", "今") or tokens[k - 1] in ("同志", "先生", "女士")))  # "2015年至今" + "任北林" + "基金": a date, then the verb
                # "2006年6月至2014年2月" + "，" + "任北林" + "证券…": a résumé's span of dates, a comma, then the verb
                or (k == 0 and text[lo - 1:lo] in ("，", ",") and text[lo - 2:lo - 1] in ("年", "月", "今"))):
            start -= len(tok) - 1  # "曾" + "任北林" + "集团": the HMM glued the 任 of 曾任 (兼任, 出任, 此前任…) to the name
            break
        if tag is None and len(tok) > 2 and tok[:2] in DISCOURSE_OPENERS:
            start -= len(tok) - 2  # "一是北林" + "投资", "先看北林" + "银行": the HMM glued a point's number or a turn of topic to the name
            break
        if tag is None and len(tok) > 2 and "由" in tok[1:-1]:
            start -= len(tok) - tok.rindex("由") - 1  # "北林数" + "科由北林" + "集团有限公司": the HMM glued 由 (by) between two names
            break
        if tag is None and len(tok) > 2 and tok[0] == "系" and tok[1] in _GLUED_FUNCTION_CHARS:
            start -= len(tok) - 2  # "系由青禾": 系 (is) and a preposition glued to the name
            break
        if tag is None and len(tok) > 1 and tok[0] == "系" and ((k == 0 and clause_start) or (k > 0 and tokens[k - 1] in "，,；;：:")):
            start -= len(tok) - 1  # "，系北林" + "农商行": 系 (is) at the clause's head, glued to the name
            break
        start -= len(tok)
    if (text[start - 1:start] == "和" and start - 2 >= lo and (clause_start or start - 2 > lo)
            and (start - 2 == lo or text[start - 3] in _JOINS_BEFORE or kind_word_before(text, start - 2))
            and one_letter_name_head(text[start - 2])):
        start -= 2  # "京和实业控股有限公司": a conjunction joins two names, and one letter before 和 is none
    elif text[start - 1:start] == "和" and lex and one_letter_name_head(text[start - 2:start - 1]) and (
            seat := place_ending(text, max(lo, 0), start - 2, lex)) is not None:
        start -= 2 + len(seat)  # "深圳" + "嘉和" + "小额贷款有限公司": a place and one letter ("深圳嘉") are no name for 和 to join
    if start < suffix_start and _SHAREHOLDER_BEFORE.search(text, max(0, start - 3), start + 1):
        start += 1  # "另一股东" + "南林…": the HMM cut 股东 (shareholder) apart ("一股" + "东南"), its 东 no letter of the name
    elif start < suffix_start - 1 and glued_lead(text, start):
        start += 1  # "由股东方" + "北林证券总裁…", "其中" + "华枫基金由…持股": a word before the name ends on its first letter
    start = past_kind_and_time(text, start, suffix_start)
    return defined_head(text, start, suffix_start, floor) if lex is not None else start  # (a legal name's: `lex` given)


#: a filing's opening "本公告乃X作出": the filing's noun and 乃 (is), before the name of the company that files it
_FILING_IS = re.compile(r"(?:公告|通函|函件|文件|报告书|报告|声明|通告|说明书|章程)乃")

#: the verbs "is" between two names ("A投资系" + "A集团有限公司全资子公司")
_COPULAS = frozenset({"系", "是", "为", "乃"})

#: the word 股东 ending right after a name's first letter: "另一股东南林…", "第一大股东东林…"
_SHAREHOLDER_BEFORE = re.compile(r"(?:[一二三四五六七八九十大原新老该其的为即系]|另一)股东$")

#: a party's noun ending in 方 ("股东方", "买方", "合作方": the side of a deal) before a name, or 其中 (among them)
_PARTY_SIDE = re.compile(r"(?:股东|股東|双|雙|对|對|买|買|卖|賣|资|資|投资|投資|合作|收购|收購|出让|出讓|受让|受讓|转让|轉讓|甲|乙|各)方$")


def _verb_then_place(tokens: tuple[str, ...], k: int, tag: str) -> bool:
    """Whether a verb opening the clause is followed by a place: "，超越" + "上海…投资有限公司" (surpassing it), "，联合"
    + "深圳…": a legal name opens with its place, so the verb before the place is the clause's, not the name's."""
    return tag == "v" and k + 1 < len(tokens) and word_tag(tokens[k + 1])[0] == "ns"


def glued_lead(text: str, start: int) -> bool:
    """Whether the name found from `start` on took the last letter of a word before it: 方 of "股东方" (the
    shareholder side) or 中 of 其中 (among them). A reader parts them so; a name that opens with a word of its own
    ("方正…", jieba knows it) keeps its letter."""
    if text[start - 1:start] == "其" and text[start:start + 1] == "中":
        return True
    return (text[start:start + 1] == "方" and bool(_PARTY_SIDE.search(text, max(0, start - 3), start + 1))
            and word_tag(text[start:start + 2])[0] is None)


#: what before "X和" leaves X alone, with nothing before it that 和 could join to what follows
_JOINS_BEFORE = frozenset("和与及、对向为由被将把从经")

#: after a name ending in a legal or short suffix, an organ of it deciding on something: "经X有限公司董事会审议"
_APPROVED_BY = re.compile(r"[^，。；]{0,12}?(?:董事会|股东大会|股东会|监事会|审议|批准|核准)")


#: words jieba may cut that end in 公司 and are a legal name's own suffix, not a kind of company before the name
_SUFFIX_WORDS = frozenset({"有限公司", "股份公司", "集团公司", "控股公司", "责任公司", "投资公司"})


#: what opens a bracket that gives a company's other name: "（现北林证券）", "（原名东海证券）", "（formerly 东海证券）"
_BRACKET_LEAD = re.compile(
    r"(?:现已更名为|现更名为|后更名为|现名为|现名|现称|现为|即现在的|即后来的|现|原名为|原名|原称|原为|原|前称|旧称|旧名|曾用名|"
    r"前身为|前身是|全称为|全称是|全称|全名为|全名|formerly known as|formerly)[：: ]?")

#: 和 right after a clause's start or a preposition, then a name up to a legal suffix: 和 cannot join
#: anything there, so it is the name's first character ("关于对和X传承…有限公司", "。和X财富…有限公司是…")
#: trades jieba tags as verbs that close a name right before its legal form ("…资金" + "清算" + "有限责任公司",
#: "…登记" + "结算" + "有限责任公司", "…证券" + "承销" + "有限公司"): words of the name, not a verb that ends the words before it
_TRADE_VERBS = frozenset({"清算", "结算", "登记", "托管", "存管", "承销", "保荐", "承销保荐", "经纪", "典当", "保理", "评估"})
_HE_NAME = re.compile(r"(?:^|(?<=[对向与于由被据为是将把从]))和[\u4e00-\u9fff]{2,12}$")

#: after the legal name, what makes a clause-initial 和 the preposition "with" ("，和X有限公司达成合作")
_PARTNER_AFTER = re.compile(LEGAL_SUFFIX + r"[^，。；]{0,8}?(?:合作|签署|签订|达成|共同|联合|携手|一起|共建|之间|相比|竞争|对比|一样|不同|分别|合资)")

_GROUP_BRACKET = re.compile(r"[（(](?:集团|控股|中国|香港)[）)]")
#: the city a company is seated in, in brackets before its legal form: "X融资担保" + "（深圳）有限公司"
_SEAT_BRACKET = re.compile(r"[（(]([\u4e00-\u9fff]{2,3})[）)]$")


#: a word of a company's kind, that ends a short name ("…证券", "…银行"): 系 after it is the copula, no letter of a name
_KIND_WORD = re.compile(SHORT_SUFFIX)
_GLUED_FUNCTION_CHARS = set("为在于与和及的是被将由向从自对把而但且即让给予据经至之除")  # (之: a filing's or court's "的")
#: what makes a verb of holding a post with 任 after it: 曾任, 现任, 兼任, 历任, 出任, 担任, 原任, 升任, 继任, 转任, 调任, 接任, 就任, 拟任, 改任
_POST_VERB_HEADS = set("曾现兼历出担原升继转调接就拟改辞起后")

#: verbs of taking, holding or leaving a post, which the HMM may glue to a name or to an adverb before it ("已辞任")
_POST_VERB = re.compile(r"辞任|辞去|请辞|卸任|离任|担任|出任|兼任|接任|就任|升任|续任|留任|仍任|加入|加盟|执掌|任职|就职|当选")

#: verbs of deciding or approving that open a clause with a company as their object ("，同意X有限公司持有…");
#: other verbs there may begin a name ("发现" + "精密控股…")
_DECIDING_VERBS = frozenset({"同意", "批准", "核准", "审议", "选举", "推选", "任命", "聘任", "委任", "提名", "决定", "授权", "要求", "责令"})

#: "原北林信托…", "现北林信托…": before a name, 原 (former) and 现 (present) say which name it is;
#: "由前北林集团风控专家P…": 前 (former) says the person was there once
_FORMER_MARKS = frozenset({"原", "现", "前"})

#: a party's role noun ending in 人 ("一致行动人", "实际控制人"): the words before a name, never part of it
#: the word that gives a company's full name after its short one ("Y全称X", "Y全称为X")
_FULL_NAME_WORD = re.compile(r"(?:全称|全名)(?:为|是)?[：:]?")
_PARTY_NOUN = re.compile(r"(?:(?:被|申请)?执行|(?:被)?申请|(?:被)?上诉|债务|债权|一致行动|实际控制|控制|法定代表|代表|发起|受益|负责|联系|(?<!保险)代理|托管|保荐|承销|受托|委托|担保|收购|出让|受让|转让|合伙|管理)人"
                         r"|[原被]告|受控法团"  # a court's parties: "被执行人" + "北林实业有限公司", "原告" + "X"; HK's controlled corporation
                         r"|(?:第[一二三四五六七八九十]{1,2}大|控股)股东"  # a holder's rank: "第二大股东" + "南岭…" (not 东南岭)
                         r"|(?:领投|跟投|投资|出资|收购|出让|受让|转让|认购|承让)方"
                         r"|(?:管理|金融|投资|服务)机构"
                         r"|白武士|白衣骑士|黑武士|战略投资者|策略投资者|基石投资者")  # a deal's role for a firm: "白武士" + A  # (a description of its business: "财富管理机构" + "A控股有限公司")  # (a deal's party: "领投方" + A)
# (not an insurance agency's kind: "X人寿保险代理人" + "股份有限公司" is one legal name)


def _insurance_broker(tokens: list[str], k: int) -> bool:
    """Whether the agent noun at k is an insurance broker's kind inside its legal name: Taiwan registers a broker
    under its brand + 保险经纪人 + its legal form (股份有限公司), as it registers an agency with 保险代理人."""
    return tokens[k] == "经纪人" and k > 0 and tokens[k - 1].endswith("保险")
