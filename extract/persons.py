"""Person names an article introduces: after a title, before an honorific,
as the subject or object of a verb only a person takes (出任, 辞去, 任命 …),
in brackets with their posts or stakes; and one person spelt two ways."""

from __future__ import annotations

import re

from extract.lexicon import Lexicon
from extract.name_words import CJK, CJK_CHAR, glued_word, word_tag
from extract.titles import straddles
from text.names import char_sound

_NAME_STOP = set("的了是在和与及或等为于将被把从对向就也都而并已曾因称说表指认透介兼任出担辞卸不接获由自率转原前仍均以还更再又即则系亦处代")

_NOT_NAME_CHARS = set("公司集团银行控股科技董事长总裁经理首席执行官财务秘书年月日亿万股份有限责任所" "，。、；：！？“”（）")

_PERSON_HONORIFIC = re.compile(r"(先生|女士|博士|教授)")

_PERSON_VERB_AFTER = (
    r"(?:已经|已|将|则|也|还|曾先后|曾经|曾|正式|亦|即|继续|仍然|仍|先后|此前曾?|之前曾?|早前|早年曾?|目前|随后|同时|本人|进一步|再次|再度|又|直接|间接|合计|累计|)"
    r"(?:(?:于|自|在|从)?(?:(?:19|20)\d{2}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?(?:起|开始)?)?"
    r"(?:(?:至|到)(?:今|(?:19|20)\d{2}年(?:\d{1,2}月)?))?"  # "P2010年至2015年任…": a span of years
    r"(?:在[^，。；\ue000-\ue007]{2,10}?(?:担任|出任|工作|任职|供职)|出任|担任|辞去|辞任|卸任|不再|接任|接棒|接替|加入|加盟|进入(?=[^，。；]{2,12}?(?:公司|集团|银行|证券|保险|基金|信托|人寿|资管))|就职于|任职于|供职于|获委任|被任命|被委任|获任|获批|历任|曾任|现任|兼任|创立|创办|成立了|"
    r"表示|称|指出|透露|介绍|坦言|认为|强调|提到|说|谈到|离任|离职|辞职|出生|毕业|拥有|持有|持股|现年|今年\d|生于|仍为|现为|仍是|"
    r"成为|保留|升任|调任|转任|改任|由(?=[^，。；]{2,24}?(?:调任|转任|升任|改任))|晋升|被提拔|获提拔|擢升|主持|上任|当选|请辞|履新|执掌|掌舵|掌管|代行|入股|旗下|获聘|获准|退休后|到龄退休|届龄退休|任(?=[^，。；]{0,12}(?:董事|总裁|总经理|行长|主席|书记|首席))"
    r"|作为(?=[^，。；]{0,12}(?:创始人|创办人|创始团队|董事|总裁|总经理|行长|主席|首席))"
    r"|(?:提出|申请)(?:的)?(?=辞去|辞任|辞职))"
)

_PERSON_VERB_BEFORE = r"(?:宣布|任命|委任|聘任|聘请|提名|核准|选举|推选|推举|选任|改选|免去|免除|罢免|批准|由|同意|任命了|委任了|接棒|接替|接任|继任|继)"

#: what makes a surname a form of address ("叶博士于2015年加入…"): the person is named in full elsewhere
_SURNAME_HONORIFICS = {"先生", "女士", "博士", "教授", "老师", "小姐", "院士"}

#: Surnames that are also common function words (曾经, 于是, 向来 …): a name
#: starting with one is accepted only after a title or before 先生/女士.
AMBIGUOUS_SURNAMES = set("曾于向何常万成安高方程时文金石江白包平元云权党")


def plausible_person(name: str, lex: Lexicon, strong: bool = True, final_stop_ok: bool = False, cued: bool = False) -> bool:
    """Whether `name` can be a person's name. `cued`: a construction that
    only a person fits surrounds it ("接替…的X，", "X出生于"), so a three-letter
    name whose first two letters make a common word stands ("高兴" + 华)."""
    if not (2 <= len(name) <= 4) or not re.fullmatch(rf"[{CJK}]+", name):
        return False
    if "某" in name or (not strong and name[0] in AMBIGUOUS_SURNAMES) or name[1:] in _SURNAME_HONORIFICS:
        return False
    if not lex.is_surname_start(name):
        return False
    # a compound surname (欧阳, 司徒 …) is one letter of the name: its given name follows it
    compound = len(name) >= 3 and name[:2] in lex.compound_surnames
    if compound and not strong and _common_word(name[:2], 1000):
        return False  # 东方 is a direction before it is a surname: only after a title
    given = 2 if compound else 1
    inner = name[given:-1] if final_stop_ok else name[given:]  # a stop char may end a name when punctuation follows it
    if any(c in _NOT_NAME_CHARS for c in (name[2:] if compound else _name_letters(name))) or any(c in _NAME_STOP for c in inner):
        return False
    if name in lex.titles or lex.company(name):
        return False
    for w in (name,) if (cued and len(name) == 3) or compound else (name, name[:2]):
        tag, freq = word_tag(w)
        # after a title ("strong"), a name that is also a noun or a place stands ("行长高阳")
        if tag and freq > 20 and not tag.startswith("nr") and not (strong and tag[0] == "n" and freq < 1000):
            return False
        # jieba tags common words as names (智慧, 文明: nr); real names are rare in
        # its dictionary, so a frequent "name" needs a title before it to count
        if tag and tag.startswith("nr") and freq > 500 and not strong:
            return False
    return True


def _common_word(word: str, freq: int) -> bool:
    """Whether `word` is a word the segmenter knows as other than a name, used more than `freq` times."""
    tag, f = word_tag(word)
    return bool(tag) and not tag.startswith("nr") and f > freq


def compound_name_after(text: str, i: int, lex: Lexicon, strong: bool = True) -> str | None:
    """The name at `text[i]` that starts with a compound surname: its one or
    two given letters ("歐陽文軒" has two; "欧阳文表示": 表示 is the word after a one-letter given name)."""
    c3, c4 = text[i:i + 3], text[i:i + 4]
    closes = text[i + 4:i + 5] in ("、", "，", "。", "；", "：", "（", "")
    if (len(c4) == 4 and (c4[3] not in _NAME_STOP or closes) and not _common_word(text[i + 3:i + 5], 50)
            and not _TIME_AFTER_NAME.match(text, i + 3) and plausible_person(c4, lex, strong, final_stop_ok=closes)):
        return c4
    return c3 if len(c3) == 3 and plausible_person(c3, lex, strong) else None


def _name_letters(name: str) -> str:
    """The letters after the surname that must not be institution words; a
    行 inside a three-letter name is a given name ("束行农"), not 行长 or 银行."""
    rest = name[1:]
    if len(name) == 3 and rest[0] == "行" and rest[1] not in "长业内业务":
        return rest[1:]
    return rest


def name_after(text: str, i: int, lex: Lexicon, strong: bool = True) -> str | None:
    """The person name that starts at `text[i]`, if one plausibly does."""
    c2 = text[i:i + 2]
    if c2 in lex.compound_surnames:
        return compound_name_after(text, i, lex, strong)
    if len(c2) < 2 or not plausible_person(c2, lex, strong):
        return None
    c3 = text[i:i + 3]
    # a stop character (向, 于 …) ends the name unless punctuation follows it:
    # "副总经理张传向、中国…" — a preposition is never followed by a comma
    closes = text[i + 3:i + 4] in ("、", "，", "。", "；", "：", "")
    if (len(c3) == 3 and (c3[2] not in _NAME_STOP or closes) and re.match(rf"[{CJK}]", c3[2])
            and plausible_person(c3, lex, strong, final_stop_ok=closes)):
        if _glued_before_verb(text, i) or _TIME_AFTER_NAME.match(text, i + 3):
            return c3  # "陈某远近日离职": 远近 is a word, but 近日 after three letters says where the name ends
        nxt = text[i + 2:i + 4]
        tag, freq = word_tag(nxt) if len(nxt) == 2 else (None, 0)
        if tag and tag[0] == "n" and nxt[1] in "为在于是将":
            tag = None  # "宋某华为…": 华为 is a noun, not a word the sentence goes on with; 为 is the verb after the name
        # the third char begins a common word or a verb ("高阳上任", "洪崎递上"), or
        # the article writes the two characters without it elsewhere: a 2-char name
        t3, f3 = word_tag(c3[2])
        verb_next = bool(tag) and tag.startswith("v") and bool(t3) and t3[0] in "vdpfq" and f3 > 1000  # 洪崎 + 递上
        if not (tag and freq > 50) and not verb_next:
            near = text[max(0, i - 3000):i + 3000]  # a window: the scan stays linear on long texts
            alone = sum(1 for j in _occurrences(near, c2)
                        if not CJK_CHAR.match(near[j + 2:j + 3]) or near[j + 2] in _NAME_STOP)
            if near.count(c3) >= alone:
                return c3
    return c2


def _cut_from_word_before(text: str, i: int, title_spans: list[tuple[int, int]]) -> bool:
    """Whether the letter at `i` belongs to what comes before it: the end of
    a title ("首席风险官" + 郑某) or of a common word ("聘任" + 杨某), so a
    name starting there would cut through that word."""
    return glued_word(text, i - 1) or any(s < i < e for s, e in title_spans)


#: words of time a name is often followed by ("P近日辞任"): right after a third letter they close the name there
_TIME_AFTER_NAME = re.compile(r"近日|近期|日前|今日|昨日|今天|昨天|此前|目前")


def _glued_before_verb(text: str, i: int) -> bool:
    """"李某华表示": the name's last letter and the verb's first make a word
    that is no verb (华表, a noun), and a person's verb follows the three
    letters but not the two, so the segmenter's word is a cut through the
    name. ("洪某申请辞去": 申请 is a verb, the name has two letters.)"""
    tag, _freq = word_tag(text[i + 2:i + 4])
    return (bool(tag) and not tag.startswith("v") and _PERSON_VERB_AFTER_RE.match(text, i + 3) is not None
            and _PERSON_VERB_AFTER_RE.match(text, i + 2) is None)


def _name_despite_word(name: str, lex: Lexicon, text: str) -> bool:
    """A three-letter name that starts with a common word (高兴 + 华): a name
    when the whole is no word and the article also writes it as the subject
    of a person's verb elsewhere ("…接替到龄退休的高某华，…。高某华出生于…")."""
    if len(name) != 3 or not re.fullmatch(rf"[{CJK}]+", name) or not lex.is_surname_start(name):
        return False
    if any(c in _NOT_NAME_CHARS or c in _NAME_STOP for c in name[1:]) or name in lex.titles or lex.company(name):
        return False
    if word_tag(name)[0] is not None:
        return False
    return sum(1 for i in _occurrences(text, name) if _PERSON_VERB_AFTER_RE.match(text, i + 3)) >= 1


_PERSON_VERB_AFTER_RE = re.compile(_PERSON_VERB_AFTER)


def _occurrences(text: str, word: str) -> list[int]:
    """Where `word` occurs in `text` (a plain scan: no pattern to compile per name)."""
    out, i = [], text.find(word)
    while i >= 0:
        out.append(i)
        i = text.find(word, i + 1)
    return out


_LATIN_NAME = re.compile(r"[A-Z][a-z]{1,15}(?: [A-Z][a-z]{1,15}){1,2}(?![A-Za-z])")

#: after 由 and a name, the verb of taking the post, closing the clause: "(总经理一职)由P出任。"
_TAKES_IT = re.compile(r"(?:正式|将|则)?(?:出任|担任|接任|接替|继任|兼任|升任|递补|填补|补任)(?:[，。；]|$)")

_TITLE_NEXT = re.compile(r"(?:为|担任|出任)(?:新任|新一任|公司|该行)?(?:第[一二三四五六七八九十\d]+届)?(?:董事会)?(?:董事|总裁|总经理|行长|主席|首席|副)")


#: a name set off by a comma at a sentence's head, then the verb of a résumé ("王某某，现任C董事长"): only a person has posts
#: a résumé's item between a name and its posts: "王某某，1970年出生，硕士研究生学历，现任…"
_RESUME_ITEM = r"(?:男|女|汉族|中共党员|[^，。；]{0,12}?(?:出生|生人|学历|学位|国籍|籍贯|毕业|党员|经济师|会计师|研究生|硕士|博士|MBA))"
_NAME_THEN_CAREER = re.compile(
    rf"(?:^|(?<=[。；！\n]))([{CJK}]{{2,3}})，(?:{_RESUME_ITEM}，){{0,3}}(?:现任|曾任|历任|先后任|先后担任|曾先后担任|此前任|此前担任|目前担任|现担任|现为|曾为|自\d{{4}}年|(?:此前|之前|早年)?曾(?:在|就职于|任职于)|早年(?:在|就职于|任职于))", re.M)
#: a name opening a sentence, a comma, then a clause that ends in a founder's word or holds a title ("P，C联合创始人、…")
_NAME_THEN_POST = re.compile(rf"(?:^|(?<=[。；！\n]))([{CJK}]{{2,3}})，([^，。；]{{2,16}}?(?:联合创始人|创始人|创办人)|[^，。；]{{2,24}}(?=[，。；]|$))", re.M)
#: "王某某是/为C的创始人": a name whose clause calls it a founder (a company founds nothing in these words)
_NAME_IS_FOUNDER = re.compile(
    rf"(?:^|(?<=[，。；！\n]))([{CJK}]{{2,3}})(?:是|为|系)[^，。；]{{0,24}}?(?:联合创始人|创始人|创办人)", re.M)
#: "王某某通过北林投资间接控制C": a name at a clause's head that holds or controls through something
_HOLDS_THROUGH = re.compile(rf"(?:^|(?<=[，。；：\n]))([{CJK}]{{2,3}}?)((?:曾|已|则|也|还|一直|主要)?(?:通过|透过))[^，。；]{{2,20}}?(?:间接|直接)?(?:控制|持有|持股|控股)", re.M)
#: a holder and its parties acting in concert: "P及其一致行动人", "A与其一致行动人P" (a name after it is one of them),
#: or the companies it controls: "P及其控制的B"
_CONCERT_PARTY = re.compile(rf"([{CJK}]{{2,3}}?)((?:及其|与其|和其|及|与)一致行[动動]人|(?:及其|与其|和其)(?:所)?控制的)")
#: "C由P实际控制", "C由P最终控制": the controller of a company, named right after 由 (the name ends where the adverb begins)
_CONTROLLED_BY_NAME = re.compile(rf"由([{CJK}]{{2,4}}?)(?:最终|实际)(?:控制|控股)")
#: who a founder is, said before the name: "由资深媒体人A创办", "由连续创业者A创立", "由前某银行风控专家A与某大学副教授B共同创立"
_DESCRIBED = (rf"[{CJK}]{{1,8}}?(?:媒体人|投资人|创始人|合伙人|创业者|企业家|工程师|科学家|律师|银行家|经济学家|教授|博士|专家|高管|学者|分析师"
              r"|研究员|从业者|老兵|校友|董事长|总裁|总经理|行长|主席)")
#: names listed after a verb of appointing, before the post: "聘任A、B为副行长", "选举A和B为董事"
_APPOINTED_LIST = re.compile(rf"(?:任命|委任|聘任|聘请|选举|推选|选任|同意)(?P<names>[{CJK}]{{2,3}}(?:[、和及与][{CJK}]{{2,3}}){{1,5}})(?:等人|等)?(?:为|担任|出任)")
#: a name after the first name-and-post of a verb of appointing: "聘任A为副行长、B为首席风险官"
_NEXT_APPOINTED = re.compile(rf"(?:任命|委任|聘任|聘请|选举|推选|推举|选任)[{CJK}]{{2,3}}为[^，。；、]{{2,16}}?[、，]([{CJK}]{{2,3}})(?=为)")
#: a count of people with posts, then their names: "新聘两名副总裁，分别是A和B"
_COUNTED_NAMES = re.compile(r"[一二两三四五六七八九十\d](?:名|位)[^，。；]{1,12}[，,：:]?(?:分别|依次)(?:是|为)"
                            r"(?P<names>[^，。；]{2,60}?)(?=[，。；]|$)")
#: "由A和B共同创立": the people a company was founded by, each perhaps described before the name
_FOUNDER_ITEM = rf"(?:{_DESCRIBED})?[{CJK}]{{2,3}}"
_FOUNDERS_BY = re.compile(rf"由(?P<names>{_FOUNDER_ITEM}(?:[、和与及]{_FOUNDER_ITEM}){{0,4}})(?:等人|等)?(?:于[^，。；]{{2,12}}?)?"
                          r"(?:共同|联合|一手)?(?:创立|创办|创建|发起设立|发起成立)")
_FOUNDER_NAME = re.compile(rf"(?:^|(?<=[、和与及]))(?:{_DESCRIBED})?(?P<name>[{CJK}]{{2,3}})(?=[、和与及]|$)")
#: "创始人之一、前北林银行高管A表示": a founder described before the name
_FOUNDER_DESCRIBED = re.compile(rf"(?:创始人|创办人)(?:之一)?[、，](?:{_DESCRIBED})(?P<name>[{CJK}]{{2,3}})(?=[，,表称说认指])")
#: a verb of leaving or taking a post, or of being chosen for one, that only a person is the subject of
_TAKE_OR_LEAVE = "离任|辞任|卸任|辞职|请辞|出任|接任|升任|上任|履新|接棒|获任|获委任|被选举为|被选为|当选|被任命为|被委任为"
_CHOSEN = {"被选举为", "被选为", "当选", "被任命为", "被委任为"}
#: the second of two names joined at a clause's head, then a verb of taking or leaving a post ("A和B获聘为…")
_SECOND_SUBJECT = re.compile(rf"[、和与及]([{CJK}]{{2,3}})(?=(?:已|将|正式|同时|均|都|分别)?(?:{_TAKE_OR_LEAVE}|获聘|获委任|获任))")


def _add_name_before(found: dict[str, int], text: str, m: re.Match[str], follow: str, lex: Lexicon) -> None:
    """The name of three letters or of two that `m`'s first group begins, the
    one `follow` comes right after: "陈某远，现任…" or "张伟，现任…"."""
    for cand in (m.group(1), m.group(1)[:2]):
        if text.startswith(cand + follow, m.start(1)) and plausible_person(cand, lex, strong=False):
            found.setdefault(cand, m.start(1))
            return


def _add_listed(found: dict[str, int], text: str, m: re.Match[str], lex: Lexicon) -> None:
    """The items of the list in `m`'s group "names" that are names: a
    construction that only lists people ("由A和B共同创立") has cued them."""
    at = m.start("names")
    for cand in re.split("[、和与及]", m.group("names")):
        if plausible_person(cand, lex, strong=False):
            found.setdefault(cand, at)
        at += len(cand) + 1


#: a verb of taking a post right after a name at a clause's head ("P出任总经理"): a title follows it
_TAKES_POST = re.compile(r"(?:已|将|正式|亦|也|则)?(?:出任|担任|接任|升任|调任|转任|改任|兼任|获委任|获任|获聘)(?:为|為)?")
#: what a three-letter name right after a title may go on with besides a person's verb ("董事长P正在接受采访")
_AFTER_TITLED_NAME = re.compile(r"正在|接受(?:媒体|记者)?(?:采访|专访)")


def _title_soon(title_at: set[int], a: int, text: str) -> bool:
    """Whether a title starts within a few letters of `a`, before any punctuation ("为北林银行行长")."""
    for k in range(a, min(len(text), a + 12)):
        if k in title_at:
            return True
        if text[k] in "，。；：、！？（）“”\n":
            return False
    return False


def _framed_name(text: str, i: int, lex: Lexicon, title_at: set[int], left: str) -> str | None:
    """The three-letter name at `i` when what is before it (`left`: a title,
    a verb of appointing, or a clause's head) and what is after it (a
    person's verb, 为 and a title, a verb of taking a post and a title) say a
    person is named there, even when a letter of it is a function word
    ("冉亦凡", "胡也平") or its first two letters make a word ("严谨之"): the
    frame, not the letters, says where the name is. The last letter is no
    function word ("王明将出任": the name has two letters)."""
    c3 = text[i:i + 3]
    if len(c3) < 3 or not re.fullmatch(rf"[{CJK}]{{3}}", c3) or c3[2] in _NAME_STOP or c3[:2] in lex.compound_surnames:
        return None
    wei_title = text[i + 3:i + 4] in ("为", "為") and _title_soon(title_at, i + 4, text)
    if left == "clause":
        post = _TAKES_POST.match(text, i + 3)
        if not wei_title and not (post and _title_soon(title_at, post.end(), text)):
            return None
    else:
        verb = _PERSON_VERB_AFTER_RE.match(text, i + 3) or (
            left == "title" and (_TIME_AFTER_NAME.match(text, i + 3) or _AFTER_TITLED_NAME.match(text, i + 3)))
        if not (wei_title or verb) or (_PERSON_VERB_AFTER_RE.match(text, i + 2) and not wei_title):
            return None
    if not lex.is_surname_start(c3) or (left != "title" and c3[0] in AMBIGUOUS_SURNAMES):
        return None
    if any(c in _NOT_NAME_CHARS for c in _name_letters(c3)) or c3 in lex.titles or lex.company(c3):
        return None
    tag, freq = word_tag(c3)
    if tag and not tag.startswith("nr") and freq > 20:
        return None
    tag, freq = word_tag(c3[:2])  # "严谨" + 之: a describing word or a rare noun may begin a given name, no verb or word of time
    if tag and not tag.startswith("nr") and freq > 20 and not (tag[0] in "anb" and freq < 5000):
        return None
    near = text[max(0, i - 3000):i + 3000]  # "P成为副行长" with P written without the third letter more often: two letters
    alone = sum(1 for j in _occurrences(near, c3[:2]) if near[j + 2:j + 3] != c3[2])
    return c3 if near.count(c3) > alone else None


def _keep_framed(found: dict[str, int], framed: set[str], text: str, name: str, pos: int) -> None:
    """Record a framed name; the two letters a rule before took for it go."""
    framed.add(name)
    if found.get(name[:2]) == pos:
        del found[name[:2]]
    found.setdefault(name, pos)


def find_person_names(text: str, lex: Lexicon, title_spans: list[tuple[int, int]]) -> dict[str, int]:
    """Person names the article introduces, with the offset where first seen."""
    found: dict[str, int] = {}
    framed: set[str] = set()
    title_at = {s for s, _e in title_spans}
    for _s, e in title_spans:
        if text[e:e + 1] == " " and text[e + 1:e + 2] != " ":  # "创始人兼CEO 赵一鸣": one space after the title
            e += 1
        name = name_after(text, e, lex)
        if (not name or len(name) == 2) and (three := _framed_name(text, e, lex, title_at, "title")):
            _keep_framed(found, framed, text, three, e)  # "董事长冉亦凡正在…": 亦 is a letter of the name
        elif name:
            found.setdefault(name, e)
    for _s, e in title_spans:  # "首席财务官Arthur Chen": a Latin-script name after a title
        latin = _LATIN_NAME.match(text, e)
        if latin and not lex.company(latin.group(0)):
            found.setdefault(latin.group(0), e)
    for m in _PERSON_HONORIFIC.finditer(text):
        for ln in (3, 2):
            cand = text[m.start() - ln:m.start()]
            if ln == 3 and _cut_from_word_before(text, m.start() - 3, title_spans):
                continue  # "聘任杨某女士", "首席风险官郑某先生": the first letter ends the verb or title before
            if len(cand) == ln and plausible_person(cand, lex):
                found.setdefault(cand, m.start() - ln)
                break
    for _s, e in title_spans:
        m = re.match(r"(?:均|都|则|将)?(?:为|是|由|的)", text[e:e + 3])
        if m:
            name = name_after(text, e + m.end(), lex)
            if name:
                found.setdefault(name, e + m.end())
    for m in re.finditer(r"(?:实控人|实际控制人|控股股东|股东之一的|创始人|联合创始人|发起人|创办人|负责人|掌门人|企业家|银行家)(?:均|都|也|则|已|将)?(?:不再)?(?:变更为|变为|由|为|是)?", text):
        name = name_after(text, m.end(), lex)
        if name:
            found.setdefault(name, m.end())
    for m in re.finditer(r"(?:实控人|实际控制人|控股股东)(?:已|将)?由[^，。；]{2,12}?(?:变更为|变为)", text):  # the new one
        name = name_after(text, m.end(), lex)
        if name:
            found.setdefault(name, m.end())
    for m in re.finditer(rf"(?:^|(?<=[，。；：、\s]))([{CJK}]{{2,3}})(?:已|将|因|基于|由于)[^，。；]{{0,10}}?(?:辞任|辞去|辞职|卸任|不再担任|离任|离职|请辞|退休)", text, re.M):
        for cand in (m.group(1), m.group(1)[:2]):
            if plausible_person(cand, lex, strong=False) and text[m.start(1) + len(cand)] in "已将因基由":
                found.setdefault(cand, m.start(1))
                break
    for m in _NEXT_APPOINTED.finditer(text):  # "聘任A为副行长、B为首席风险官": the next pair after one verb
        if _TITLE_NEXT.match(text, m.end(1)) and plausible_person(m.group(1), lex, strong=False):
            found.setdefault(m.group(1), m.start(1))
    for m in _APPOINTED_LIST.finditer(text):  # "聘任A、B为副行长": a list of names after a verb of appointing
        _add_listed(found, text, m, lex)
    for m in _COUNTED_NAMES.finditer(text):  # "聘任三名副总经理，分别为A、B和C": the members of the count are people
        _add_listed(found, text, m, lex)  # an item with more than a name is a title's (原C副总经理P)
    for m in _NAME_THEN_CAREER.finditer(text):
        _add_name_before(found, text, m, "，", lex)
    title_starts = {s0 for s0, _e in title_spans}
    for m in _NAME_THEN_POST.finditer(text):  # "王某某，北林科技联合创始人、首席技术官，…": an apposition of posts
        if "创" in m.group(2) or any(t in title_starts for t in range(m.end(1) + 1, m.end())):
            _add_name_before(found, text, m, "，", lex)
    for m in _FOUNDERS_BY.finditer(text):
        for item in _FOUNDER_NAME.finditer(m.group("names")):
            if plausible_person(item.group("name"), lex, strong=False):
                found.setdefault(item.group("name"), m.start("names") + item.start("name"))
    for m in _FOUNDER_DESCRIBED.finditer(text):
        if plausible_person(m.group("name"), lex, strong=False):
            found.setdefault(m.group("name"), m.start("name"))
    for m in _HOLDS_THROUGH.finditer(text):
        _add_name_before(found, text, m, m.group(2), lex)
    if "一致行" in text or "其控制的" in text:  # "P及其一致行动人合计持有…", "A与其一致行动人P…", "P及其控制的B合计持有…"
        for m in _CONCERT_PARTY.finditer(text):
            for cand in (m.group(1), m.group(1)[:2]):
                if cand and text.startswith(cand + m.group(2), m.start(1)) and plausible_person(cand, lex, strong=False):
                    found.setdefault(cand, m.start(1))
                    break
            if m.group(2).endswith("控制的"):
                continue  # what P controls is a company
            name = name_after(text, m.end(), lex, strong=False)
            if name and re.match(r"(?:合计|共同|合共|分别|[、和及与，,])", text[m.end() + len(name):m.end() + len(name) + 2]):
                found.setdefault(name, m.end())
    for m in _CONTROLLED_BY_NAME.finditer(text):  # "C由P实际控制": only a person or a company controls, and P is no company
        if plausible_person(m.group(1), lex, cued=True):
            found.setdefault(m.group(1), m.start(1))
    for m in _NAME_IS_FOUNDER.finditer(text):
        if plausible_person(m.group(1), lex, strong=False):
            found.setdefault(m.group(1), m.start(1))
    for m in re.finditer(rf"(?:^|(?<=[。；！\n\s]))([{CJK}]{{2,3}})[，,](?:男|女)[，,]", text, re.M):
        if plausible_person(m.group(1), lex, strong=False):  # a résumé: "王某某，男，1970年出生，…"
            found.setdefault(m.group(1), m.start(1))
    for m in re.finditer(r"(?:之子|之女|之妻|之夫|之父|之母|的儿子|的女儿|的妻子|的丈夫|胞弟|胞兄|胞妹|胞姐)", text):
        name = name_after(text, m.end(), lex, strong=False)  # "董事长王某某之子王某某持有…": a kin of a person is a person
        if name:
            found.setdefault(name, m.end())
    for m in re.finditer(r"(?:现年)?\d{2}岁的", text):  # "52岁的沈崇峰"
        name = name_after(text, m.end(), lex)
        if name:
            found.setdefault(name, m.end())
    for m in re.finditer(r"(?:担任|出任|任)[^，。；]{1,16}?(?:期间|任内|任上)[，,]", text):
        name = name_after(text, m.end(), lex, strong=False)  # "出任首席执行官期间，P带领…": the one who held the post
        if name:
            found.setdefault(name, m.end())
    for m in re.finditer(r"(?:一职|职务|职位)的", text):
        name = name_after(text, m.end(), lex)
        if name:
            found.setdefault(name, m.end())
    for m in re.finditer(_PERSON_VERB_BEFORE, text):
        if three := _framed_name(text, m.end(), lex, title_at, "verb"):
            _keep_framed(found, framed, text, three, m.end())  # "任命胡也平为行长"
            continue
        name = name_after(text, m.end(), lex, strong=False)
        if name and re.match(r"(?:为|担任|出任|接任|接替|的|先生|女士|请辞|辞去|提出|不再担任|不再兼任|辞任|卸任|离任|主持|在|于|创办|创立|创建|联合创办|共同创办|[，,](?:正式|将|已)?(?:出任|担任)|$)", text[m.end() + len(name):m.end() + len(name) + 5]):
            found.setdefault(name, m.end())
        elif name is None and (name := name_after(text, m.end(), lex)) and _TITLE_NEXT.match(text, m.end() + len(name)):
            found.setdefault(name, m.end())  # "选任何志强为新任董事长": a title after it makes an ambiguous surname a name
        elif (m.group(0) == "由" and (strong := name_after(text, m.end(), lex))
              and _TAKES_IT.match(text, m.end() + len(strong))):
            found.setdefault(strong, m.end())  # "一职由高某出任。", "由罗某某接替。": only a person takes a post so
        elif (name and len(name) == 2 and _TITLE_NEXT.match(text, m.end() + 3)
              and plausible_person(c3 := text[m.end():m.end() + 3], lex, strong=False)):
            found.setdefault(c3, m.end())  # "选举周某华为董事长": 华为 is a word, but 为 + a title says the name has three letters
    # Names a leave or take verb follows, after 的 ("任职三年的韩某某离任") or a
    # successor's 接替…的 ("接替到龄退休的高某某，").
    for m in re.finditer(rf"的([{CJK}]{{2,3}})(?={_TAKE_OR_LEAVE})", text):
        for cand in (m.group(1), m.group(1)[:2]):
            verb = re.match(_TAKE_OR_LEAVE, text[m.start(1) + len(cand):])
            # being chosen for a post ("的高某某被选举为") makes even an ambiguous surname (高, 曾 …) a name
            chosen = verb is not None and verb.group(0) in _CHOSEN
            if text.startswith(cand, m.start(1)) and verb and plausible_person(cand, lex, strong=chosen):
                found.setdefault(cand, m.start(1))
                break
    for m in re.finditer(rf"随着([{CJK}]{{2,3}}?)的(?:上任|到任|履新|就任|加入)", text):  # "随着P的上任，…"
        if plausible_person(m.group(1), lex, strong=False):
            found.setdefault(m.group(1), m.start(1))
    for m in re.finditer(rf"(?:接替|接任|继任)[^，。；]{{0,12}}的([{CJK}]{{2,3}})(?=[，。；、])", text):
        if plausible_person(m.group(1), lex, cued=True) or _name_despite_word(m.group(1), lex, text):
            found.setdefault(m.group(1), m.start(1))
    # "X出生于1970年", "X生于…": only a person is born
    for m in re.finditer(rf"(?:^|(?<=[，。；：、\s“]))([{CJK}]{{3}})(?=(?:出生于|生于|出生在)(?:19|20)\d{{2}}年)", text, re.M):
        if plausible_person(m.group(1), lex, cued=True):
            found.setdefault(m.group(1), m.start(1))
    for m in re.finditer(rf"(?:^|(?<=[，。；：、\s“—月日]))([{CJK}]{{2,3}}){_PERSON_VERB_AFTER}", text, re.M):
        if three := _framed_name(text, m.start(1), lex, title_at, "clause"):
            _keep_framed(found, framed, text, three, m.start(1))  # "严谨之出任总经理", "李思成为副行长"
            continue
        for cand in (m.group(1), m.group(1)[:2]):
            if len(cand) == 3 and glued_word(text, m.start(1) + 2) and not _glued_before_verb(text, m.start(1)):
                continue  # "洪某申请辞去": 申 begins 申请, the name is two letters
            if plausible_person(cand, lex, strong=False) and text.startswith(cand, m.start(1)):
                rest = text[m.start(1) + len(cand):]
                if re.match(_PERSON_VERB_AFTER, rest):
                    found.setdefault(cand, m.start(1))
                    break
    for m in _SECOND_SUBJECT.finditer(text):  # "A和B获聘为副总裁", "A、B当选为独立董事": both are people
        for ln in (3, 2):
            first = text[max(0, m.start() - ln):m.start()]
            if (len(first) == ln and (m.start() == ln or text[m.start() - ln - 1] in "，。；：“ \n")
                    and plausible_person(first, lex, strong=False) and plausible_person(m.group(1), lex, strong=False)):
                found.setdefault(first, m.start() - ln)
                found.setdefault(m.group(1), m.start(1))
                break
    # A name with what it is in brackets after it: titles ("X（执行董事、首席执行官）")
    # or a stake in a list of holders ("股东A（34%）、B（22%）").
    for m in re.finditer(r"（(?=[^（）]{1,30}）)", text):
        inner, k = m.end(), m.start()
        if inner in title_at or re.match(r"(?:持股)?(?:约)?\d+(?:\.\d+)?%", text[inner:inner + 12]):
            for ln in (3, 2):
                cand = text[k - ln:k]
                if (len(cand) == ln and plausible_person(cand, lex, strong=False) and not lex.company(cand)
                        and not straddles(text, k - ln - 1)):
                    found.setdefault(cand, k - ln)
                    break
    _compound_surname_names(found, text, lex, title_spans)
    # A name and a title in one list after a verb ("免去X行长、董事职务").
    for m in re.finditer(rf"(?:免去|免除|罢免|任命|聘任|选举|提名)([{CJK}]{{2,3}})", text):
        for cand in (m.group(1), m.group(1)[:2]):
            if m.start(1) + len(cand) in title_at and plausible_person(cand, lex, strong=False):
                found.setdefault(cand, m.start(1))
                break
    for name in framed:  # two letters always written with the framed name's third are no name of their own
        if name[:2] in found and all(text[j + 2:j + 3] == name[2] for j in _occurrences(text, name[:2])):
            del found[name[:2]]
    return found


def _compound_surname_names(found: dict[str, int], text: str, lex: Lexicon, title_spans: list[tuple[int, int]]) -> None:
    """Names of three or four letters that start with a compound surname
    ("歐陽文軒出任…", "行政總裁司徒嘉明"), after a title or a verb of
    appointing or before a person's verb; a shorter name cut from one is dropped."""
    if not any(s in text for s in lex.compound_surnames):
        return
    title_ends = {e for _s, e in title_spans}
    for sur in lex.compound_surnames:
        for i in _occurrences(text, sur):
            if any(s <= i < e for s, e in title_spans) or (i > 0 and glued_word(text, i - 1)):
                continue  # "理事长孙某某", "广东方面": the surname's first letter ends the word before
            before = i in title_ends or re.search(f"{_PERSON_VERB_BEFORE}$", text[max(0, i - 4):i]) is not None
            name = compound_name_after(text, i, lex, strong=before)
            if not name:
                continue
            after = text[i + len(name):]
            if before or _PERSON_VERB_AFTER_RE.match(after) or _PERSON_HONORIFIC.match(after):
                for short in (name[:3], name[:2]):
                    if short != name and found.get(short) == i:
                        del found[short]
                found.setdefault(name, i)


#: right after a company, a name then a verb of taking or leaving a post ("C王某某卸任董事长")
_NAME_BEFORE_POST_VERB = re.compile(rf"([{CJK}]{{2,3}}?)((?:已|正式|将)?(?:卸任|辞任|辞去|请辞|离任|出任|接任|升任))")


#: a verb of appointing or approving someone, then a name, right before a company ("核准孙某某C总经理的任职资格")
_APPOINTED_NAME = re.compile(rf"(?:核准|任命|委任|聘任|聘请|提名|选举|选任)了?([{CJK}]{{2,3}})$")
#: the next name of a list a verb of appointing opens: "核准A、B C副行长的任职资格", "核准A C1 T1、B C2 T2的…"
_LISTED_NAME = re.compile(rf"(?:核准|任命|委任|聘任|聘请|提名|选举|选任)了?(?P<before>[^，。；：]{{2,36}}?)、([{CJK}]{{2,3}})$")


def names_before_companies(text: str, company_starts: list[int], lex: Lexicon) -> list[tuple[str, int]]:
    """"核准孙某某华瑞人寿总经理的任职资格": the name between a verb of
    appointing and a company is the person appointed there."""
    found: list[tuple[str, int]] = []
    for s0 in company_starts:
        m = _APPOINTED_NAME.search(text, max(0, s0 - 6), s0)
        listed = None if m else _LISTED_NAME.search(text, max(0, s0 - 45), s0)
        if listed:  # the names before it too, when the list holds only names ("核准A、B C…")
            names = listed.group("before").split("、")
            if all(plausible_person(n, lex, strong=False) for n in names):
                at = listed.start("before")
                for n in names:
                    found.append((n, at))
                    at += len(n) + 1
            m = listed
        if m:
            name = m.group(m.lastindex or 1)
            for cand in (name, name[-2:]):
                if text.startswith(cand, s0 - len(cand)) and plausible_person(cand, lex, strong=False):
                    found.append((cand, s0 - len(cand)))
                    break
            else:
                continue
            listed = _APPOINTED_BARE_LIST.search(text, max(0, s0 - 44), s0 - len(found[-1][0]))
            if listed:  # "核准A、B C副行长的任职资格": the names listed before the last are people too
                at = listed.start("names")
                for cand in listed.group("names").split("、"):
                    if plausible_person(cand, lex, strong=False):
                        found.append((cand, at))
                    at += len(cand) + 1
    return found


#: names alone listed after a verb of appointing, up to the last one before a company ("核准A、B、" + "C C副行长")
_APPOINTED_BARE_LIST = re.compile(rf"(?:核准|任命|委任|聘任|选举)(?P<names>[{CJK}]{{2,3}}(?:、[{CJK}]{{2,3}}){{0,4}})、$")


def names_before_post_verbs(text: str, company_ends: list[int], lex: Lexicon) -> list[tuple[str, int]]:
    """"继C王某某卸任董事长之后": a name between a company (ending at one of
    `company_ends`) and a verb of taking or leaving a post, with its offset."""
    found: list[tuple[str, int]] = []
    for e0 in company_ends:
        after = _NAME_BEFORE_POST_VERB.match(text, e0)
        if after:
            for cand in (after.group(1), after.group(1)[:2]):
                if text.startswith(cand + after.group(2), e0) and plausible_person(cand, lex, strong=False):
                    found.append((cand, e0))
                    break
    return found


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
