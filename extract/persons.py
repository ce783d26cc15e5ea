"""What makes letters a person's name: the surnames, the characters a name
never holds, the words that end one, reading a name at a position of the
text; the names an appointment puts before a company or a verb of a post;
and one person spelt two ways. The cues that find names in an article are
`extract.person_cues`."""

from __future__ import annotations

import re
from importlib import resources

from extract.lexicon import Lexicon
from extract.name_words import BOUNDARY_WORDS, CJK, CJK_CHAR, glued_word, word_tag
from text.names import char_sound

NAME_STOP = set("的了是在和与及或等为于将被把从对向就也都而并已曾因称说表指认透介兼任出担辞卸不接获由自率转原前仍均以还更再又即则系亦处代")

NOT_NAME_CHARS = set("公司集团银行控股科技董事长总裁经理首席执行官财务秘书年月日亿万股份有限责任所" "，。、；：！？“”（）")

PERSON_HONORIFIC = re.compile(r"(先生|女士|博士|教授|同志)")  # (同志: an official text's "P同志")

#: a date in Chinese numerals ("二〇二一年三月十五日"), as extract.dates reads it
_CN_DATE = "(?:一九|二[〇零])[〇零一二三四五六七八九]{2}年(?:(?:十[一二]?|[一二三四五六七八九])月(?:(?:[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])日)?)?(?:底|末)?"

PERSON_VERB_AFTER = (
    r"(?:已经|已|将|则|也|还|曾先后|曾经|曾|正式|亦|即|继续|仍然|仍|先后|此前曾?|之前曾?|早前|早年曾?|目前|随后|同时|本人|进一步|再次|再度|又|就|便|直接|间接|合计|累计|)"
    rf"(?:今年|去年|前年|近日|日前|近期)?(?:(?:于|自|在|从)?(?:(?:(?:19|20)\d{{2}}年|(?:民国)?1[01]\d年)?(?:\d{{1,2}}月)?(?:\d{{1,2}}日)?|{_CN_DATE})(?:初|底|末)?(?:起|开始)?)?"
    rf"(?:(?:至|到)(?:今|(?:(?:19|20)\d{{2}}年|(?:民国)?1[01]\d年)(?:\d{{1,2}}月)?(?:\d{{1,2}}日)?|{_CN_DATE})(?:止)?(?:仍然|仍|依然|一直)?)?"  # "P2010年至2015年任…", "P至今仍任…", "P自D起至民国Y年M月D日止担任…"
    r"(?:在[^，。；\ue000-\ue007]{2,10}?(?:担任|出任|工作|任职|供职|当了|做了|干了)|(?:当|做|干|担任)了(?=[^，。；]{1,4}年)|出任|担任|辞去|辞任|卸任|不再|接任|接棒|接替|加入|加盟|进入(?=[^，。；]{2,12}?(?:公司|集团|银行|证券|保险|基金|信托|人寿|资管))|就职于|任职于|供职于|获委任|被任命|被委任|被派任|获派任|官拜|获任|获批|历任|曾任|现任|兼任|创立|创办|成立了|"
    r"表示|称|指出|透露|介绍|坦言|认为|强调|提到|说|谈到|离任|离职|辞职|出生|毕业|实益拥有|实益持有|拥有|持有|持股|现年|今年\d|生于|仍为|现为|仍是|(?<=此前|之前|早前)为(?=[^，。；]{2,20}?(?:董事|总裁|总经理|行长|主席|书记|首席|监事|主任))|"
    r"成为|保留|升任|调任|转任|改任|由(?=[^，。；]{2,24}?(?:调任|转任|升任|改任))|从(?=[^，。；]{2,24}?(?:任上|职位上|岗位上)?(?:调任|转任|升任|改任|调来|调到|调至|调入|调往|调离|退休|卸任|离任))|晋升|被提拔|获提拔|擢升|被推选为|获推选为|被推举为|主持|上任|续任|连任|留任|当选|请辞|履新|执掌|掌舵|掌管|代行|代为|代任|代理(?=[^，。；]{0,6}(?:董事|总裁|总经理|行长|主席|首席|职))|入股|旗下|获聘|获准|退休后|到龄退休|届龄退休|时?任(?=[^，。；]{0,12}(?:董事|总裁|总经理|行长|主席|书记|首席))|新任(?=[^，。；]{0,12}(?:董事|总裁|总经理|行长|主席|首席|监事))"
    r"|作为(?=[^，。；]{0,12}(?:创始人|创办人|创始团队|董事|总裁|总经理|行长|主席|首席))"
    r"|(?:提出|申请)(?:的)?(?=辞去|辞任|辞职)|(?:提交|递交|呈交)了?(?:书面)?(?=辞职|辞呈)"  # "P提交书面辞职报告"
    r"|(?:把|将)(?=[^，。；]{1,14}?(?:交给|交棒给|交班给|传给|让给|移交给)))"  # "P把CEO交给了Q": the one who hands a post over
)

PERSON_VERB_BEFORE = r"(?:宣布|任命|委任|续聘|聘任|聘请|提名|核准|选举|推选|推举|选任|改选|免去|免除|罢免|批准|由|同意|任命了|委任了|接棒|接替|接任|继任|继)"

#: what makes a surname a form of address ("叶博士于2015年加入…"): the person is named in full elsewhere
#: how alumni and schoolmates call one another after a surname or a name ("聂学姐", "邝师兄", "岳校友"): never the name's
ALUMNI_HONORIFICS = ("学姐", "学长", "学妹", "学弟", "师兄", "师姐", "师弟", "师妹", "校友", "学兄")
_SURNAME_HONORIFICS = {"先生", "女士", "博士", "教授", "老师", "小姐", "院士", *ALUMNI_HONORIFICS}

#: Surnames that are also common function words (曾经, 于是, 向来 …): a name
#: starting with one is accepted only after a title or before 先生/女士.
AMBIGUOUS_SURNAMES = set("曾于向何常万成安高方程时文金石江白包平元云权党应和")

#: verbs of retiring that begin with a surname's letter ("接替荣休的P": 荣休 is no name)
_RETIRES = {"荣休", "荣退", "病休", "离休"}
#: a school's name ends so ("北林大学": 林大学 is no name)
_SCHOOLS = {"大学", "学院", "中学", "小学"}
#: words of a tenure that begin with the surname 任 and follow a title: "从C副行长任上调来" (at the post of),
#: "总经理任内", "董事长任期": the post's time, never a person called 任
_TENURE_WORDS = {"任上", "任内", "任期", "任满", "任后"}
#: a headline's word that a post changed hands, after a title and starting with the surname 易: "董事长易人"
_CHANGED_HANDS = {"易人", "易帅", "易主"}
#: a span of time after 于 (in, over), a preposition that is also a surname: "董事于过去三年…" names no 于 (nor 于过):
#: the words, and the first letters of those no given name opens with
_TIME_AFTER_SURNAME = {"过去", "以往", "以前", "此前", "近年", "近期", "未来", "当时", "日前", "目前", "现时", "期间", "年内", "今年", "去年", "明年", "同年", "早年", "多年"}
_TIME_OPENERS = set("过以此近未当目现期去")


_CJK_RUN = re.compile(rf"[{CJK}]+")


def plausible_person(name: str, lex: Lexicon, strong: bool = True, final_stop_ok: bool = False, cued: bool = False,
                     bounded: bool = False) -> bool:
    """Whether `name` can be a person's name. `cued`: a construction that
    only a person fits surrounds it ("接替…的X，", "X出生于"), so a three-letter
    name whose first two letters make a common word stands ("高兴" + 华).
    `bounded`: the construction also fixes both ends of the name ("核准P C T任职资格"),
    so a function letter inside it (以, 于) cannot be where the name stops."""
    if not (2 <= len(name) <= 4) or not _CJK_RUN.fullmatch(name):
        return False
    if "某" in name or (not strong and name[0] in AMBIGUOUS_SURNAMES) or name[1:] in _SURNAME_HONORIFICS or name[:2] in _RETIRES or name[-2:] in _SCHOOLS or name[:2] in _TENURE_WORDS or name in _CHANGED_HANDS or (
            name[0] == "于" and (name[1:3] in _TIME_AFTER_SURNAME or name[1] in _TIME_OPENERS)):
        return False
    if not lex.is_surname_start(name):
        return False
    if name[0] == "和" and (name[1] in "一二两三四五六七八九十几多各其他她我你这那该本原现新前副总" or _common_word(name[1:3], 50)):
        return False  # "行长和两位副行长", "董事长和其他董事": the conjunction, then the words it joins
    # a compound surname (欧阳, 司徒 …) is one letter of the name: its given name follows it
    compound = len(name) >= 3 and name[:2] in lex.compound_surnames
    if compound and not strong and _common_word(name[:2], 1000):
        return False  # 东方 is a direction before it is a surname: only after a title
    given = 2 if compound else 1
    inner = name[given:-1] if final_stop_ok else name[given:]  # a stop char may end a name when punctuation follows it
    if any(c in NOT_NAME_CHARS for c in (name[2:] if compound else name_letters(name))) or (not bounded and any(c in NAME_STOP for c in inner)):
        return False
    if name in lex.titles or lex.company(name) or (len(name) == 3 and name[1] == "长" and name[:2] in lex.titles):
        return False  # "司长李…": a title ending in 长, then a surname
    for w in (name,) if (cued and len(name) == 3) or compound else (name, name[:2]):
        tag, freq = word_tag(w)
        # after a title ("strong"), a name that is also a noun or a place stands ("行长高阳")
        # (and so does a rarer verb or noun that opens on a common surname: "副总裁甘露", where 甘 is a surname)
        if tag and freq > 20 and not tag.startswith("nr") and not (strong and tag[0] == "n" and freq < 1000) and not (
                strong and tag[0] in "nv" and freq < 200 and len(w) == 2 and w[0] in _COMMON_SURNAMES):
            return False
        # jieba tags common words as names (智慧, 文明: nr); real names are rare in
        # its dictionary, so a frequent "name" needs a title before it to count
        if tag and tag.startswith("nr") and freq > 500 and not strong:
            return False
    return True


#: the surnames most people bear (the head of extract/data/surnames.txt, which lists them by how many do)
_COMMON_SURNAMES = frozenset(next(ln for ln in resources.files("extract.data").joinpath("surnames.txt").read_text(
    encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#"))[:150])


def _word_not_name(name: str) -> bool:
    """Whether two letters are a word the segmenter knows as other than a name (a noun, a verb, an adjective),
    used often, whose first letter is a rare surname: "席位", "晋升" are words, "高阳", "江涛" may be names
    (高, 江 are common surnames); a verb of taking a post is never a name, whatever jieba tags it."""
    if name in BOUNDARY_WORDS:
        return True
    tag, freq = word_tag(name)
    return bool(tag) and not tag.startswith("nr") and tag[0] in "nvad" and freq >= 100 and name[0] not in _COMMON_SURNAMES


def word_not_name(name: str, text: str) -> bool:
    """A two-letter "name" that is a word of the language ("董事席位", "由技术副总裁晋升"), which the text never
    writes as a person's (the subject of a person's verb, before an honorific: "行长芦苇出任…" keeps 芦苇)."""
    return len(name) == 2 and _word_not_name(name) and not any(
        PERSON_VERB_AFTER_RE.match(text, i + 2) or PERSON_HONORIFIC.match(text, i + 2) for i in occurrences(text, name))


def _common_word(word: str, freq: int) -> bool:
    """Whether `word` is a word the segmenter knows as other than a name, used more than `freq` times."""
    tag, f = word_tag(word)
    return bool(tag) and not tag.startswith("nr") and f > freq


def compound_name_after(text: str, i: int, lex: Lexicon, strong: bool = True) -> str | None:
    """The name at `text[i]` that starts with a compound surname: its one or
    two given letters ("歐陽文軒" has two; "欧阳文表示": 表示 is the word after a one-letter given name)."""
    c3, c4 = text[i:i + 3], text[i:i + 4]
    closes = text[i + 4:i + 5] in ("、", "，", "。", "；", "：", "（", "")
    if (len(c4) == 4 and (c4[3] not in NAME_STOP or closes) and not _common_word(text[i + 3:i + 5], 50)
            and not TIME_AFTER_NAME.match(text, i + 3) and plausible_person(c4, lex, strong, final_stop_ok=closes)):
        return c4
    return c3 if len(c3) == 3 and plausible_person(c3, lex, strong) else None


def name_letters(name: str) -> str:
    """The letters after the surname that must not be institution words; a
    行 inside a three-letter name is a given name ("邝行舟"), not 行长 or 银行."""
    rest = name[1:]
    if len(name) == 3 and rest[0] == "行" and rest[1] not in "长业内业务":
        return rest[1:]
    if len(name) == 3 and rest[1] == "行":
        return rest[:1]  # "骆景行": a given name that ends in 行 (`name_after` keeps 行长 and 行业 out of it)
    if len(name) == 3 and rest[0] == "书" and rest[1] not in "记面籍店长":
        return rest[1:]  # "周书航": 书 begins a given name (秘书 and 书记 keep it out of the others)
    if len(name) == 3 and rest[0] == "长" and not _common_word(rest, 50):
        return rest[1:]  # "许长林": 长 begins a given name (董事长 and 行长 end titles; 长期, 长江 are words)
    if len(name) == 3 and rest[1] == "书" and rest[0] not in NOT_NAME_CHARS and not _common_word(rest, 50):
        return rest[:1]  # "季鸿书": a given name that ends in 书 (秘书, 文书, 证书 are words, not names)
    if len(name) == 3 and rest[0] == "月" and rest[1] not in "底初末中份度内间起薪" and name[0] not in AMBIGUOUS_SURNAMES and not _common_word(name[:2], 20):
        return rest[1:]  # "巫月棠": 月 begins a given name (a month is a numeral's: 3月, 同月, 本月 open with no surname)
    if len(name) == 3 and rest[1] == "年":
        return rest[:1]  # "周鹤年": a given name that ends in 年 (`name_after` keeps 年内, 年初 … out of it)
    return rest


def name_after(text: str, i: int, lex: Lexicon, strong: bool = True) -> str | None:
    """The person name that starts at `text[i]`, if one plausibly does."""
    if text[i:i + 1] == "和" and not (PERSON_HONORIFIC.match(text, i + 2) or PERSON_HONORIFIC.match(text, i + 3)):
        return None  # 和 the surname is written with an honorific ("和某康先生"); else it is "and" ("董事长和宝能集团…")
    c2 = text[i:i + 2]
    if c2 in lex.compound_surnames:
        return compound_name_after(text, i, lex, strong)
    if len(c2) < 2 or not plausible_person(c2, lex, strong):
        c3 = text[i:i + 3]
        if c2[1:] == "长" and len(c3) == 3 and c3[2] not in NAME_STOP and plausible_person(c3, lex, strong):
            return c3  # "原董事长许长林因…": 许长 is no name, 许长林 is
        if (len(c3) == 3 and text[i + 3:i + 4] in ("、", "，", "。", "；", "")
                and c3[2] not in NAME_STOP and plausible_person(c3, lex, strong)):
            return c3  # "总经理为贺书言。": 贺书 is no name (书 ends 秘书), but three letters closed by punctuation are
        return None
    c3 = text[i:i + 3]
    # a stop character (向, 于 …) ends the name unless punctuation follows it:
    # "副总经理张传向、中国…" — a preposition is never followed by a comma
    closes = text[i + 3:i + 4] in ("、", "，", "。", "；", "：", "")
    if c3.endswith("行") and text[i + 3:i + 4] in ("长", "业", "内", "务"):
        return c2  # "周明行长": the name has two letters, 行长 is the title
    if c3.endswith("年") and (not text[i + 3:i + 4] or text[i + 3] in _YEAR_WORD_ENDS):
        return c2  # "周明年内退休", "周明年满60岁": 年 begins a word of time, the name has two letters
    if (c3[2:], text[i + 3:i + 4]) in (("一", "起"), ("共", "同")):
        return c2  # "和同学周宁一起创办…", "与周宁共同创立…": 一起 and 共同 are the words after a two-letter name
    if c3[2:] in _SPEECH_VERBS and closes:
        return c2  # "合伙人周宁称，…": the verb of saying, not the name's third letter
    if text[i + 2:i + 4] == "续任":
        return c2  # "总裁周宁续任": stays on in the post (a verb the word list lacks), not the name's third letter
    if (len(c3) == 3 and c3[2] not in NAME_STOP and CJK_CHAR.match(c3[2]) and text[i + 3:i + 5] in _ATTENDING
            and plausible_person(c3, lex, strong)):
        return c3  # a guest list's "总经理邝汉生出席": 生出 is a word, but 出席 after three letters says where the name ends
    if (len(c3) == 3 and (c3[2] not in NAME_STOP or closes) and CJK_CHAR.match(c3[2])
            and plausible_person(c3, lex, strong, final_stop_ok=closes)):
        if glued_before_verb(text, i) or TIME_AFTER_NAME.match(text, i + 3):
            return c3  # "陈某远近日离职": 远近 is a word, but 近日 after three letters says where the name ends
        nxt = text[i + 2:i + 4]
        tag, freq = word_tag(nxt) if len(nxt) == 2 else (None, 0)
        if tag and tag[0] == "n" and nxt[1] in "为在于是将":
            tag = None  # "宋某华为…": 华为 is a noun, not a word the sentence goes on with; 为 is the verb after the name
        elif tag and tag[0] in "cd" and nxt[1] in "则亦":
            tag = None  # "副总经理陈某然则调返…": 然则 is no word after a name; 则 is the adverb after the subject
        # the third char begins a common word or a verb ("高阳上任", "洪崎递上"), or
        # the article writes the two characters without it elsewhere: a 2-char name
        t3, f3 = word_tag(c3[2])
        verb_next = bool(tag) and tag.startswith("v") and bool(t3) and t3[0] in "vdpfq" and f3 > 1000  # 洪崎 + 递上
        if not (tag and freq > 50) and not verb_next:
            near = text[max(0, i - 3000):i + 3000]  # a window: the scan stays linear on long texts
            alone = sum(1 for j in occurrences(near, c2)
                        if not CJK_CHAR.match(near[j + 2:j + 3]) or near[j + 2] in NAME_STOP)
            if near.count(c3) >= alone:
                return c3
    return c2


#: the letters after 年 that make a word of time of it (年内, 年初, 年满 …): a name's third letter 年 is then no letter of it
_YEAR_WORD_ENDS = set("内初底末中度薪满仅逾近过龄纪届终前后来里间")

#: verbs of a guest at an event, right after a name: after three letters they close the name there
_ATTENDING = ("出席", "致辞", "讲话", "主持", "宣读", "陪同", "参加", "见证", "揭牌", "剪彩")

#: verbs of saying a name may be glued to right before a comma ("P称，…")
_SPEECH_VERBS = {"称", "说"}


def cut_from_word_before(text: str, i: int, title_spans: list[tuple[int, int]]) -> bool:
    """Whether the letter at `i` belongs to what comes before it: the end of
    a title ("首席风险官" + 郑某) or of a common word ("聘任" + 杨某), so a
    name starting there would cut through that word."""
    return glued_word(text, i - 1) or any(s < i < e for s, e in title_spans)


#: words of time a name is often followed by ("P近日辞任"): right after a third letter they close the name there
TIME_AFTER_NAME = re.compile(r"近日|近期|日前|今日|昨日|今天|昨天|此前|目前|去年|前年|今年")  # ("何某远去年": 远去 a word, 去年 the time)


def glued_before_verb(text: str, i: int) -> bool:
    """"李某华表示": the name's last letter and the verb's first make a word
    that is no verb (华表, a noun), and a person's verb follows the three
    letters but not the two, so the segmenter's word is a cut through the
    name. ("洪某申请辞去": 申请 is a verb, the name has two letters.)"""
    tag, _freq = word_tag(text[i + 2:i + 4])
    return (bool(tag) and not tag.startswith("v") and PERSON_VERB_AFTER_RE.match(text, i + 3) is not None
            and PERSON_VERB_AFTER_RE.match(text, i + 2) is None)


def name_despite_word(name: str, lex: Lexicon, text: str) -> bool:
    """A three-letter name that starts with a common word (高兴 + 华): a name
    when the whole is no word and the article also writes it as the subject
    of a person's verb elsewhere ("…接替到龄退休的高某华，…。高某华出生于…")."""
    if len(name) != 3 or not re.fullmatch(rf"[{CJK}]+", name) or not lex.is_surname_start(name):
        return False
    if any(c in NOT_NAME_CHARS or c in NAME_STOP for c in name[1:]) or name in lex.titles or lex.company(name):
        return False
    if word_tag(name)[0] is not None:
        return False
    return sum(1 for i in occurrences(text, name) if PERSON_VERB_AFTER_RE.match(text, i + 3)) >= 1


PERSON_VERB_AFTER_RE = re.compile(PERSON_VERB_AFTER)


def occurrences(text: str, word: str) -> list[int]:
    """Where `word` occurs in `text` (a plain scan: no pattern to compile per name)."""
    out, i = [], text.find(word)
    while i >= 0:
        out.append(i)
        i = text.find(word, i + 1)
    return out


#: the end of a clause: a qualification named after it is no longer the one approved here
_CLAUSE_END = re.compile(r"[，。；！？\n|｜]")


def qualification_follows(text: str, s0: int) -> bool:
    """Whether the clause from the company at `s0` ends on a qualification
    for a post ("C董事会秘书任职资格"): then the name right before the company
    is a person's, even with a surname that is also a word (金, 应)."""
    stop = _CLAUSE_END.search(text, s0, s0 + 60)
    return "任职资格" in text[s0:stop.start() if stop else s0 + 60]


def spelling_variants(names: list[str], text: str) -> dict[str, str]:
    """Names in one article that are one person spelt two ways: same length,
    differing in one given-name character that sounds the same (沈崇峰 and
    沈崇锋). The article is the supporting context: both refer to the holder
    of the same roles there. Maps each variant to the more frequent spelling."""
    out: dict[str, str] = {}
    by_shape: dict[tuple[int, str], list[str]] = {}
    for n in names:
        if len(n) == 3:
            by_shape.setdefault((len(n), n[0]), []).append(n)
    for group in by_shape.values():
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                diff = [k for k in range(1, len(a)) if a[k] != b[k]]
                if len(diff) != 1:
                    continue
                if char_sound(a[diff[0]]) != char_sound(b[diff[0]]):
                    continue
                keep, drop = (a, b) if text.count(a) >= text.count(b) else (b, a)
                out[drop] = keep
    return out
