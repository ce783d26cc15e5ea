"""The cues that find person names in an article: after a title, before
an honorific, as the subject or object of a verb only a person takes (出任,
辞去, 任命 …), in a résumé's head, in lists of appointees or founders, in
brackets with their posts or stakes, framed by a title and a person's verb.
What a name may be is `extract.persons`'s; a name a frame finds even when
its letters read as words is `extract.framed_names`'s; the names beside a
title (under it, on a résumé's heading line) are `extract.title_names`'s;
the cues read in a name's frame after these (kin, a verb before or after it,
a clause's head, brackets) are `extract.person_frames`'s."""

from __future__ import annotations

import re

from extract.framed_names import drop_framed_halves, framed_name, keep_framed
from extract.kinship import RELATIVE
from extract.layout_names import layout_names
from extract.lexicon import Lexicon
from extract.name_words import CJK
from extract.person_frames import TITLE_NEXT, add_frame_cues
from extract.persons import (
    PERSON_HONORIFIC,
    cut_from_word_before,
    name_after,
    plausible_person,
)
from extract.table_names import holder_cells
from extract.title_names import add_listed, names_at_titles
from extract.vote_tables import vote_rows

#: a name opening a clause, then the verb of winning a seat and the post ("陈某获选为独立董事", "王某当选董事长")
#: (or right after the title of a post the person holds now, one no dictionary knows: "X业务主管P获委任为C总裁")
_WINS_SEAT = re.compile(rf"(?:^|(?<=[，。；：\s])|(?<=主管|总监)|(?<=负责人))([{CJK}]{{2,3}}?)(?:获选|当选|获委任|获任命|获聘)为?(?=[^，。；]{{0,12}}?(?:董事|监事|主席|行长|总裁|总经理|首席))", re.M)


#: a name set off by a comma at a sentence's head, then the verb of a résumé ("王某某，现任C董事长"): only a person has posts
#: a résumé's item between a name and its posts: "P，男，硕士，现任…" (a book's author note
#: may close the items with a full stop: "P，博士，研究员。现任…")
_RESUME_ITEM = r"(?:男|女|汉族|中共党员|[^，。；]{0,12}?(?:出生|生人|学历|学位|国籍|籍贯|毕业|党员|经济师|会计师|研究生|硕士|博士|MBA))"
_NAME_THEN_CAREER = re.compile(
    rf"(?:^|(?<=[。；！\n]))([{CJK}]{{2,3}})，(?:{_RESUME_ITEM}[，。]){{0,3}}(?:现任|曾任|历任|先后任|先后担任|曾先后担任|此前任|此前担任|目前担任|现担任|现为|曾为|自\d{{4}}年|(?:此前|之前|早年)?曾(?:在|就职于|任职于)|早年(?:在|就职于|任职于))", re.M)
#: a name opening a sentence, a comma, then a clause that ends in a founder's word or holds a title ("P，C联合创始人、…");
#: or after the label of a party's head or agent in a judgment's list of parties ("法定代表人：P" + "，该公司" + a post,
#: "委托诉讼代理人：P，该公司" + a post)
_NAME_THEN_POST = re.compile(rf"(?:^|(?<=[。；！\n])|(?<=^法定代表人[：:])|(?<=^负责人[：:])|(?<=代理人[：:]))([{CJK}]{{2,3}})，([^，。；]{{2,16}}?(?:联合创始人|创始人|创办人)|[^，。；]{{2,24}}(?=[，。；]|$))", re.M)
#: a firm's legal representative named in brackets after the firm: "C（法定代表人：P）", "C（法定代表人为P，…）"
_BRACKETED_HEAD = re.compile(rf"[（(](?:其)?(?:法定代表人|法人代表)(?:[：:]|为|系|是)\s*([{CJK}]{{2,3}})(?=[）)，,；;、])")
#: "王某某是/为C的创始人": a name whose clause calls it a founder (a company founds nothing in these words)
_NAME_IS_FOUNDER = re.compile(
    rf"(?:^|(?<=[，。；！\n]))([{CJK}]{{2,3}})(?:是|为|系)[^，。；]{{0,40}}?(?:联合创始人|创始人|创办人)", re.M)
#: "王某某通过北林投资间接控制C": a name at a clause's head that holds or controls through something
_HOLDS_THROUGH = re.compile(rf"(?:^|(?<=[，。；：\n]))([{CJK}]{{2,3}}?)((?:曾|已|则|也|还|一直|主要)?(?:通过|透过))[^，。；]{{2,20}}?(?:间接|直接)?(?:控制|持有|持股|控股)", re.M)
#: a holder and its parties acting in concert: "P及其一致行动人", "A与其一致行动人P" (a name after it is one of them),
#: or the companies it controls: "P及其控制的B"
_CONCERT_PARTY = re.compile(rf"([{CJK}]{{2,3}}?)((?:及其|与其|和其|及|与)一致行[动動]人|(?:及其|与其|和其)(?:所)?控制的)")
#: "C由P实际控制", "C由P最终控制": the controller of a company, named right after 由 (the name ends where the adverb begins)
_CONTROLLED_BY_NAME = re.compile(rf"由([{CJK}]{{2,4}}?)(?:最终|实际)(?:控制|控股)")
#: who a founder is, said before the name: "由资深媒体人A创办", "由连续创业者A创立", "由前某银行风控专家A与某大学副教授B共同创立"
#: (a school and its faculty before a title: "某大学" + a school + "副教授")
_DESCRIBED = (rf"[{CJK}]{{1,12}}?(?:媒体人|投资人|创始人|合伙人|创业者|企业家|工程师|科学家|律师|银行家|经济学家|教授|博士|专家|高管|学者|分析师"
              r"|研究员|从业者|老兵|校友|董事长|总裁|总经理|行长|主席|移民|华侨|侨领|商)")  # (a trade ending in 商: "茶商", "盐商"; "福建移民P")
#: a dash after a title, perhaps with who the person is, then the name: "董事长——民营企业家P"
_DASH_THEN = re.compile(rf"(?:——|—)(?:[{CJK}]{{0,6}}?(?:企业家|银行家|创始人|掌门人|老将|老兵))?")
#: a listed name's own post in brackets: "选举A、B（独立董事）为董事"
_OWN_POST = r"(?:[（(][^（）()、和及与，。]{2,10}[）)])?"
#: names listed after a verb of appointing, before the post: "聘任A、B为副行长", "选举A和B为董事", "聘任P为行长，A、B为副行长"
_APPOINTED_LIST = re.compile(rf"(?:任命|委任|聘任|聘请|选举|推选|选任|同意)(?:[{CJK}]{{2,3}}为[^，。；、]{{2,16}}?，)??(?P<names>[{CJK}]{{2,3}}{_OWN_POST}(?:[、和及与][{CJK}]{{2,3}}{_OWN_POST}){{1,5}})(?:等人|等)?(?:为|担任|出任)")
#: a name after the first name-and-post of a verb of appointing: "聘任A为副行长、B为首席风险官"
_NEXT_APPOINTED = re.compile(rf"(?:任命|委任|聘任|聘请|选举|推选|推举|选任)[{CJK}]{{2,3}}为[^，。；、]{{2,16}}?[、，]([{CJK}]{{2,3}})(?=为)")
#: a count of people with posts, then their names: "新聘两名" + a post + "，分别是A和B"
_COUNTED_NAMES = re.compile(r"[一二两三四五六七八九十\d](?:名|位)[^，。；]{1,12}[，,：:]?(?:分别|依次)(?:是|为)"
                            r"(?P<names>[^，。；]{2,60}?)(?=[，。；]|$)")
#: "由A和B共同创立", "由A和B在杭州共同创立", "由我和B在2015年创办": the people a company was founded by, each perhaps described before the name
#: (a predecessor's founders: "C的前身是A与B2012年在某地创办的X", "C前身为其祖父P于D创办的X")
#: (who the founder is to the one speaking or spoken of: "由其同乡P", "由其先父P", "由家父P")
_FOUNDER_KIN = r"(?:其)?(?:同乡|老乡|同学|好友|妻子|丈夫|太太|先父|家父|先祖父|先祖|父亲)"
_FOUNDER_ITEM = rf"(?:{_DESCRIBED}|{_FOUNDER_KIN})?[{CJK}]{{2,3}}"
_FOUNDER_KIN_END = re.compile(_FOUNDER_KIN + "$")
_FOUNDERS_BY = re.compile(rf"(?:由|(?<=前身)(?:是|为|系)(?:其)?(?:曾祖父|祖父|外祖父|父亲|叔父|伯父|母亲|祖母)?)"
                          rf"(?P<names>(?:我|{_FOUNDER_ITEM})(?:[、和与及]{_FOUNDER_ITEM}){{0,4}})(?:等人|等)?(?:(?:联同|连同|偕同)[^，。；]{{1,12}}?[人家者商士友])?(?:[于在][^，。；]{{2,12}}?|\d{{4}}年)?"
                          rf"(?:在[{CJK}]{{2,14}}?)?(?:共同|联合|一手|合伙|合资|集资)?(?:创立|创办|创建|发起设立|发起成立|出资设立|开设)")
#: "A和B一起创办C", "我和B在2015年共同创立…": a list of people before the verb of founding together
#: (or "A、B等十一户集股创办C": households or people counted after the list, who pooled their shares to found it)
_JOINT_FOUNDERS = re.compile(rf"(?P<names>(?:我|[{CJK}]{{2,3}})(?:[、和与及][{CJK}]{{2,3}}){{1,4}})(?:等[一二两三四五六七八九十\d]{{0,3}}(?:人|户|位|名)?)?"
                             rf"(?:[于在][^，。；]{{2,12}}?)?(?:一起|共同|合伙|联合|集股|集资|合资)(?:创立|创办|创建)")
#: a relation written the classical way after 由 and a name, then the founder and the verb: "由P之父" + a name + "创办"
#: (or the plain way, the kin word after the name: "由P父亲Q于D创办", "由P的祖父Q创立")
_KIN_THEN_FOUNDED = re.compile(rf"由[{CJK}]{{2,3}}(?:之(?:父|母|祖父|兄|弟|妻|夫)|(?:的)?(?:父亲|母亲|祖父|外祖父|兄长|哥哥|妻子|丈夫))"
                               rf"([{CJK}]{{2,3}}?)(?:于[^，。；]{{2,10}}?)?(?:共同|一手)?(?:创办|创立|创建)")
#: "把首席执行官交给了P", "把董事长一职交棒给P": the person a post is handed to
_HANDED_TO = re.compile(rf"(?:把|将)[^，。；]{{1,14}}?(?:交给|交棒给|交班给|传给|让给|移交给)了?"
                        rf"(?:其|自己的|他的|她的)?(?:{RELATIVE})?([{CJK}]{{2,3}})(?=[，。；！？\n—]|$)", re.M)  # ("交给了P——他是…": an aside)
#: "直至D交棒予Q", "交班给Q": the person a post is handed on to, no 把 before (the text gives the post earlier)
_HANDS_ON_TO = re.compile(rf"(?:交棒|交班|传位|让位)(?:予|给|于)了?(?:其|自己的|他的|她的)?(?:{RELATIVE})?([{CJK}]{{2,3}}?)(?=[，。；！？\n—]|$)", re.M)
#: a relative of a person named before, by name, then a post held now: "P长子Q现任…", "P次女Q（Latin）出任…"
_KIN_TAKES_POST = re.compile(rf"([{CJK}]{{2,3}})(?:{RELATIVE})([{CJK}]{{2,3}}?)(?:[（(][A-Za-z .'-]{{1,30}}[）)])?(?=现任|出任|担任|接任|继任)")
#: the word for a predecessor right before a name ("其前任P", "B的前任是P"), or 从 before a name that hands a post on ("从P手中接过")
#: (a kin word before the one who hands a post on, that one's post after the name: "从父亲A手中接下", "从A董事长手中接过")
#: (or a kin word after a clause of the post held: "从担任T的父亲A手中接棒")
_HANDS_OF = r"(?:的)?(?:董事长|总经理|总裁|行长|主席|会长)?(?:手中|手里)(?:接过|接下|接手|接棒|接班)"
_HANDS_KIN = "(?:父亲|母亲|岳父|叔叔|伯父|哥哥|姐姐)"
_BEFORE_THEM = re.compile(r"(?:前任|上一任)(?:是|为)?|(?:从" + _HANDS_KIN + "?|(?<=的)" + _HANDS_KIN + r")(?=[\u4e00-\u9fff]{2,3}" + _HANDS_OF + ")")
_TAKES_FROM = re.compile(rf"(?:^|(?<=[，。；！\n]|的))([{CJK}]{{2,3}})(?:正式)?从(?:父亲|母亲|岳父|叔叔|伯父|哥哥|姐姐)?[{CJK}]{{2,3}}{_HANDS_OF}", re.M)
#: a founder's partner, named after the word for who the partner is: "与大学室友P在某地共同创办", "和同学P一起创办"
#: (合创/共创: the verb of two founding together, "与拍档P合创C")
_PARTNER_THEN_NAME = re.compile(rf"(?:同事|同学|室友|同窗|发小|老乡|同乡|好友|朋友|战友|搭档|拍档|合伙人|校友|伙伴)([{CJK}]{{2,3}}?)"
                                rf"(?:[于在][^，。；]{{2,12}}?)?(?:(?:一起|共同|联合|合伙)(?:创立|创办|创建)|合创|共创)")
_FOUNDED_TOGETHER = re.compile(r"(?:一起|共同|合伙|联合|集股|集资|合资)(?:创立|创办|创建)|合创|共创")
#: a partner named right after 与 at a clause's head, the subject the profile's (or a date) before it: "D与P共同创立C"
_WITH_NAMED_PARTNER = re.compile(rf"(?:^|(?<=[，。；\n年]))(?:与|和|同)([{CJK}]{{2,3}}?)(?:[于在][^，。；]{{2,12}}?)?(?:一起|共同|联合|合伙)(?:创立|创办|创建)", re.M)
#: a name opening a sentence or line, the year, perhaps the place, then the verb of founding: "P1983年在某区创立C"
#: the verbs every match of `_WITH_NAMED_PARTNER` holds (`_NAME_YEAR_FOUNDED` holds one of them, or 合创/共创)
_FOUNDING_VERBS = ("创立", "创办", "创建")
_NAME_YEAR_FOUNDED = re.compile(rf"(?:^|(?<=[。；！\n]))([{CJK}]{{2,3}})(?:于|在)?\d{{4}}年(?:在[{CJK}]{{2,8}}?)?(?:创立|创办|创建|合创|共创)", re.M)
_FOUNDER_NAME = re.compile(rf"(?:^|(?<=[、和与及]))(?:{_DESCRIBED}|{_FOUNDER_KIN})?(?P<name>[{CJK}]{{2,3}})(?=[、和与及]|$)")
#: "创始人之一、前北林银行高管A表示": a founder described before the name
#: "温州商人P创办了C", "实业家P创立C": a trader or industrialist, then the one who founded the firm
#: (or who led the founders: "商人P牵头发起设立C")
_TRADER_FOUNDS = re.compile(rf"(?:商人|企业家|实业家|富商|侨商)(?P<name>[{CJK}]{{2,3}}?)(?:一手|独自|牵头|带头)?(?:发起|出资)?(?:创办|创立|创建|设立|成立)")
_FOUNDER_DESCRIBED = re.compile(rf"(?:创始人|创办人)(?:之一)?[、，](?:{_DESCRIBED})(?P<name>[{CJK}]{{2,3}})(?=[，,表称说认指])")






#: an answer naming who holds a post, then when the one named took it: "是" + a name + "，" + a year + "接替Q任总经理"
#: (a hearing's or an interview's reply to "现任总经理是谁")
_ANSWER_IS_NAME = re.compile(rf"(?:^|(?<=[：:，,\s]))(?:就)?是([{CJK}]{{2,3}})[，,](?=[^，。；]{{0,14}}?(?:接替|接任|接棒|出任|担任|升任))", re.M)
#: a name in a label line's list, its recommender in brackets after it ("非执行董事：P（C推荐）、Q（D提名）"):
#: a director's line names who put him forward, which only a person's name takes
_RECOMMENDED = re.compile(rf"(?:(?<=[：:、，,])|^)\s*([{CJK}]{{2,3}})[（(][^（）()\n]{{2,30}}?(?:推荐|提名|委派|派出)[）)]", re.M)

#: a Taiwan filing's spokesman field, its title field after it: "发言人：P　发言人职称：T"
_SPOKESMAN_FIELD = re.compile(rf"(?:^|(?<=\s))(?:代理)?发言人[：:]\s*([{CJK}]{{2,3}})\s+(?:代理)?发言人职称[：:]", re.M)

#: a role noun for whoever heads a firm ("掌舵人", "掌门人", "当家人"), or the one a successor replaces, told as
#: leaving ("接替退休的", "接任已卸任的"): a person's name follows
_ROLE_NOUN_OR_LEAVER = re.compile(r"(?:掌舵人|掌门人|当家人)|(?:接替|接任)(?:了)?(?:已|已经|刚|此前)?(?:到龄|因年龄原因|因病)?(?:退休|卸任|离任|辞任|辞职|离职|调任)的")

#: the signature under a preface or a foreword: a dash, the name, the signer's post in brackets, nothing after it on the
#: line ("——王某（C董事长）", "—— 王某（原C副行长）")
_SIGNED_DASH = re.compile(rf"^[ \t　]*(?:——|—|－－|--)[ \t　]*([{CJK}]{{2,4}}?)[（(](?:原|前|时任|现任)?[^（）()\n]{{2,40}}?"
                          r"(?:长|主席|主任|书记|总裁|经理|董事|监事|总监|秘书|首席|教授|研究员|合伙人|负责人|会长)[）)][ \t　]*$", re.M)


#: a note in brackets that opens on a name and its present or former post: "…的议案（P现任公司T）"
_BRACKET_CAREER = re.compile(rf"[（(]([{CJK}]{{2,3}}?)(?:现任|現任|时任|時任|曾任|原任)")


def _add_name_before(found: dict[str, int], text: str, m: re.Match[str], follow: str, lex: Lexicon) -> None:
    """The name of three letters or of two that `m`'s first group begins, the
    one `follow` comes right after: "陈某远，现任…" or "张伟，现任…"."""
    for cand in (m.group(1), m.group(1)[:2]):
        if text.startswith(cand + follow, m.start(1)) and plausible_person(cand, lex, strong=False):
            found.setdefault(cand, m.start(1))
            return


#: the verbs of leaving a post, any one of which a clause of leaving needs: without one that scan is skipped
_LEAVES = re.compile(r"辞|卸任|不再担任|离任|离职|退休")

#: a title, 为/是, a company (its kind ending it) and 的, then the holder: "新任董事长为C的P"
_POST_IS_OF = re.compile(r"(?:为|是)[^，。；、\n]{2,30}?(?:公司|银行|集团|人寿|财险|证券|基金|信托|保险)的")

#: a post (its title just read) that passes from one holder to another: "董事长由A变更为B", "法定代表人、董事长" + "已由A变更为B"
_POST_CHANGED = re.compile(r"(?:[、和及]\S{2,6}?)?(?:一职|职务)?(?:于[\d年月日]{5,11}|自[\d年月日]{5,11}起)?(?:已|将)?(由)")  # (its day between: "…于D由A变更为B")
_CHANGED_INTO = re.compile(r"(?:变更为|变为|更换为|更改为)(?:现任|新任)?")

#: the people a corporate director sends to the board, in brackets after it: "X公司（代表人：A、B）", or
#: ending a row of the elected (Taiwan's lists: "董事　X公司　代表人：A")
_REPRESENTATIVES = re.compile(rf"[（(]代表人[：:]?(?P<names>[{CJK}]{{2,3}}(?:、[{CJK}]{{2,3}}){{0,5}})[）)]")
_REPRESENTATIVE_ROW = re.compile(rf"(?<=[ \t　])代表人[：:][ 　]*(?P<names>[{CJK}]{{2,3}}(?:、[{CJK}]{{2,3}}){{0,5}})[ \t　]*$", re.M)
#: a corporate director sending a new representative to the board: "改派P为代表人", "指派P为法人代表人" (only a person represents it)
_SENT_AS_REPRESENTATIVE = re.compile(rf"(?:改派|改指派|指派|委派|另派)(?P<names>[{CJK}]{{2,3}}?)(?:先生|女士)?为(?:其)?(?:法人)?(?:董事)?代表人")
#: the seats of a board and the list that won them: "独立董事由A、B、C当选" (the list holds names only)
_ELECTED_LIST = re.compile(rf"(?:董事|监事)(?:[一二三四五六七八九十\d]+席)?由(?P<names>[{CJK}]{{2,3}}(?:[、和及][{CJK}]{{2,3}}){{1,8}})(?:当选|當選)")





_IS_AFTER = re.compile(r"(?:均|都|则|将|仍|仍然|依然|依旧|目前|现)?(?:为|是|由|的|系(?![统列由]))")  # ("董事长仍为P": still; a filing's "法定代表人系P")




#: what may stand right before a name that opens a clause (or the text: the empty string)
_CLAUSE_EDGES = frozenset(("", "。", "，", "；", "：", ":", "\n", "、", "（", "("))


def find_person_names(text: str, lex: Lexicon, title_spans: list[tuple[int, int]]) -> dict[str, int]:
    """Person names the article introduces, with the offset where first seen."""
    found: dict[str, int] = {}
    framed: set[str] = set()
    title_at = {s for s, _e in title_spans}
    title_ends = {e for _s, e in title_spans}
    names_at_titles(found, framed, text, lex, title_spans)
    for m in PERSON_HONORIFIC.finditer(text):
        if m.group(1) == "博士" and text[m.start() - 1:m.start()] == "学":
            continue  # "经济学博士", "金融学博士": a discipline's degree, no name before it
        for ln in (3, 2):
            cand = text[m.start() - ln:m.start()]
            if ln == 3 and cut_from_word_before(text, m.start() - 3, title_spans):
                continue  # "聘任杨某女士", "首席风险官郑某先生": the first letter ends the verb or title before
            # ("外部监事" + a name + "女士": a title before and the honorific after bound all three letters, a function letter
            # inside, 亦 or 和, is no place for the name to stop)
            bounded = ln == 3 and ((m.start() - 3) in title_ends or text[m.start() - 4:m.start() - 3] in _CLAUSE_EDGES)
            if len(cand) == ln and plausible_person(cand, lex, cued=ln == 3, bounded=bounded):  # "许家玮先生": 许家 is a word, the honorific says all three are a name
                found.setdefault(cand, m.start() - ln)
                break
    for _s, e in title_spans:
        m = _POST_IS_OF.match(text, e) or _IS_AFTER.match(text[e:e + 3])
        if m:
            name = name_after(text, m.end() if m.re is _POST_IS_OF else e + m.end(), lex)
            if name:
                found.setdefault(name, m.end() if m.re is _POST_IS_OF else e + m.end())
    for _s, e in title_spans if "—" in text else ():  # "新任董事长——民营企业家P——": a name set off by a dash after a title
        if (m := _DASH_THEN.match(text, e)) and (name := name_after(text, m.end(), lex)):
            found.setdefault(name, m.end())
    for m in re.finditer(r"(?:实控人|实际控制人|控股股东|股东之一的|创始人|联合创始人|发起人|创办人|负责人|掌门人|企业家|银行家)(?:均|都|也|则|已|将)?(?:不再)?(?:变更为|变为|由|为|是|——|—|[：:]\s*)?", text):
        name = name_after(text, m.end(), lex)
        if (not name or len(name) == 2) and (three := framed_name(text, m.end(), lex, title_at, "title")):
            keep_framed(found, framed, text, three, m.end())  # "由联合创始人" + a name + "接任": a founder is named like a title's holder
        elif name:
            found.setdefault(name, m.end())
    for m in re.finditer(r"(?:实控人|实际控制人|控股股东)(?:已|将)?由[^，。；]{2,12}?(?:变更为|变为)", text):  # the new one
        name = name_after(text, m.end(), lex)
        if name:
            found.setdefault(name, m.end())
    for _s, e in title_spans if "由" in text and "为" in text else ():  # "董事长由A变更为B": a post changes from a person to a person
        if (m := _POST_CHANGED.match(text, e)) and (old := name_after(text, m.end(1), lex, strong=False)) and text.startswith(old, m.end(1)) and (
                turn := _CHANGED_INTO.match(text, m.end(1) + len(old))):
            found.setdefault(old, m.end(1))
            name = name_after(text, turn.end(), lex, strong=False)
            if (not name or len(name) == 2) and (three := framed_name(text, turn.end(), lex, title_at, "changed")):
                keep_framed(found, framed, text, three, turn.end())  # "…变更为韩亦凡，": 亦 is a letter of the name
            elif name:
                found.setdefault(name, turn.end())
    for m in re.finditer(rf"(?:^|(?<=[，。；：、\s]))([{CJK}]{{2,3}})(?:已|将|因|基于|由于)[^，。；]{{0,10}}?(?:辞任|辞去|辞职|卸任|不再担任|离任|离职|请辞|退休)", text, re.M) if _LEAVES.search(text) else ():
        for cand in (m.group(1), m.group(1)[:2]):
            if plausible_person(cand, lex, strong=False) and text[m.start(1) + len(cand)] in "已将因基由":
                found.setdefault(cand, m.start(1))
                break
    for m in _WINS_SEAT.finditer(text) if "获" in text or "当选" in text else ():  # "P获选为独立董事": a clause opening on who won a seat
        if plausible_person(m.group(1), lex, strong=False):
            found.setdefault(m.group(1), m.start(1))
    for m in _NEXT_APPOINTED.finditer(text):  # "聘任A为副行长、B为首席风险官": the next pair after one verb
        if TITLE_NEXT.match(text, m.end(1)) and plausible_person(m.group(1), lex, strong=False):
            found.setdefault(m.group(1), m.start(1))
    for m in _APPOINTED_LIST.finditer(text):  # "聘任A、B为副行长": a list of names after a verb of appointing
        add_listed(found, text, m, lex)
    for m in (*_REPRESENTATIVES.finditer(text), *_REPRESENTATIVE_ROW.finditer(text), *_ELECTED_LIST.finditer(text),
              *_SENT_AS_REPRESENTATIVE.finditer(text)) if ("代表人" in text or "当选" in text) else ():
        add_listed(found, text, m, lex)  # "X公司（代表人：A、B）", "独立董事由A、B、C当选": only people sit for a company, or win a seat
    for m in _COUNTED_NAMES.finditer(text):  # "聘任三名副总经理，分别为A、B和C": the members of the count are people
        add_listed(found, text, m, lex)  # an item with more than a name is a title's (原C副总经理P)
    for m in _NAME_THEN_CAREER.finditer(text):
        _add_name_before(found, text, m, "，", lex)
    title_starts = {s0 for s0, _e in title_spans}
    for m in _NAME_THEN_POST.finditer(text):  # "P，C" + "联合创始人、首席技术官" + "，…": an apposition of posts
        if "创" in m.group(2) or any(t in title_starts for t in range(m.end(1) + 1, m.end())):
            _add_name_before(found, text, m, "，", lex)
    for m in _FOUNDERS_BY.finditer(text):
        for item in _FOUNDER_NAME.finditer(m.group("names")):
            at = m.start("names") + item.start("name")
            kin = item.start("name") > item.start() and _FOUNDER_KIN_END.search(item.group(0), 0, item.start("name") - item.start())
            if plausible_person(item.group("name"), lex, strong=bool(kin)):  # (after 先父/家父 a name of any surname, 何 too)
                found.setdefault(item.group("name"), at)
            elif len(item.group("name")) == 3 and (three := framed_name(text, at, lex, title_at, "founders")):
                keep_framed(found, framed, text, three, at)  # "由A和温以宁共同创立": 以 is a letter of the name
    for m in _BEFORE_THEM.finditer(text) if "前任" in text or "上一任" in text or "手中" in text or "手里" in text else ():
        if name := name_after(text, m.end(), lex):
            found.setdefault(name, m.end())  # "其前任周明远", "从周明远手中接过": the one who held the post before
    for name, at in layout_names(text, lex):  # rosters, forms, brackets, headings: the layout says a name
        found.setdefault(name, at)
    for m in _TAKES_FROM.finditer(text) if "手中" in text or "手里" in text else ():
        if plausible_person(m.group(1), lex):
            found.setdefault(m.group(1), m.start(1))  # "吴启航从P手中接过": the one who takes it
    for m in _KIN_THEN_FOUNDED.finditer(text) if "由" in text else ():  # "由P之父Q创办", "由P父亲Q创办": Q founded it
        if plausible_person(m.group(1), lex, cued=True):  # (the frame, kin before and the verb after, bounds the name)
            found.setdefault(m.group(1), m.start(1))
    for m in _HANDED_TO.finditer(text) if "给" in text else ():
        if plausible_person(m.group(1), lex, strong=False):
            found.setdefault(m.group(1), m.start(1))
    for m in _ANSWER_IS_NAME.finditer(text) if "是" in text else ():
        if plausible_person(m.group(1), lex, strong=False, cued=True):
            found.setdefault(m.group(1), m.start(1))
    for m in _HANDS_ON_TO.finditer(text) if "交棒" in text or "交班" in text or "传位" in text or "让位" in text else ():
        if plausible_person(m.group(1), lex, strong=False):
            found.setdefault(m.group(1), m.start(1))
    for m in _KIN_TAKES_POST.finditer(text) if "任" in text else ():  # "P长子Q（Latin）现任…": the relative, a person too
        if m.group(1) in found and plausible_person(m.group(2), lex, strong=False):
            found.setdefault(m.group(2), m.start(2))
    for m in _JOINT_FOUNDERS.finditer(text) if _FOUNDED_TOGETHER.search(text) else ():
        add_listed(found, text, m, lex)
    founding = "创" in text and any(w in text for w in _FOUNDING_VERBS)  # (创 alone is in every 创新: the verbs gate both scans)
    for m in (*(_WITH_NAMED_PARTNER.finditer(text) if founding else ()), *(_NAME_YEAR_FOUNDED.finditer(text) if founding or (
            "合创" in text or "共创" in text) else ())):
        if plausible_person(m.group(1), lex, strong=False):
            found.setdefault(m.group(1), m.start(1))
    for m in _PARTNER_THEN_NAME.finditer(text) if _FOUNDED_TOGETHER.search(text) else ():
        if plausible_person(m.group(1), lex, strong=False):
            found.setdefault(m.group(1), m.start(1))
    for m in _FOUNDER_DESCRIBED.finditer(text):
        if plausible_person(m.group("name"), lex, strong=False):
            found.setdefault(m.group("name"), m.start("name"))
    for m in _TRADER_FOUNDS.finditer(text):  # (the trade before the name is a person's: 何 opens a name there as after a title)
        if plausible_person(m.group("name"), lex, cued=True):
            found.setdefault(m.group("name"), m.start("name"))
    for m in _HOLDS_THROUGH.finditer(text) if "通过" in text or "透过" in text else ():
        _add_name_before(found, text, m, m.group(2), lex)
    if "一致行" in text or "其控制的" in text or "其所控制的" in text:  # "P及其一致行动人…", "A与其一致行动人P…", "P及其(所)控制的B…"
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
    for m in _ROLE_NOUN_OR_LEAVER.finditer(text) if "掌" in text or "当家" in text or "接替" in text or "接任" in text else ():
        name = name_after(text, m.end(), lex, strong=False)  # "C掌舵人P今年58岁", "接替退休的P出任行长"
        if name:
            found.setdefault(name, m.end())
    for m in re.finditer(r"自然人(?:股东)?", text):  # "交易对方为A和自然人P": a natural person is a person
        name = name_after(text, m.end(), lex, strong=False)
        if name:
            found.setdefault(name, m.end())
    for m in _NAME_IS_FOUNDER.finditer(text) if "创始人" in text or "创办人" in text else ():
        if plausible_person(m.group(1), lex, strong=False):
            found.setdefault(m.group(1), m.start(1))
    for m in re.finditer(rf"(?:^|(?<=[。；！\n\s：:])|(?<=[一二三四五六七八九十\d][、.．]))([{CJK}]{{2,3}})[，,](?:男|女)[，,](?P<bio>[{CJK}]{{1,4}}族[，,]|\d{{4}}年)?", text, re.M) if "男" in text or "女" in text else ():
        if plausible_person(m.group(1), lex, strong=bool(m["bio"]), final_stop_ok=True):  # a résumé, a party ("原告：P，男，…"), a numbered item of nominees ("二、P，女，…"); the comma closes a name in 和 (with a people or a birth year next, 石 and 常 open names)
            found.setdefault(m.group(1), m.start(1))
    for m in re.finditer(rf"(?:分割|过户|登记|划转)(?:至|到|给)([{CJK}]{{2,3}})名下", text) if "名下" in text else ():
        if plausible_person(m.group(1), lex, strong=False, final_stop_ok=True):  # "…股份分割至P名下": shares in P's name
            found.setdefault(m.group(1), m.start(1))
    for m in _BRACKETED_HEAD.finditer(text) if "代表人" in text else ():  # "C（法定代表人：P）": a bracket both ends bound
        if plausible_person(m.group(1), lex, strong=True, cued=True, bounded=True):
            found.setdefault(m.group(1), m.start(1))
    for m in _RECOMMENDED.finditer(text) if "推荐" in text or "提名" in text else ():  # "非执行董事：P（C推荐）、Q（D提名）"
        if plausible_person(m.group(1), lex, strong=False, final_stop_ok=True):
            found.setdefault(m.group(1), m.start(1))
    for m in _BRACKET_CAREER.finditer(text) if "任" in text else ():  # "（P现任C T）": the bracket and the verb bound it
        if plausible_person(m.group(1), lex, strong=True, cued=True, bounded=True):
            found.setdefault(m.group(1), m.start(1))
    for m in _SIGNED_DASH.finditer(text) if "—" in text or "--" in text or "－－" in text else ():  # "——P（C T）": a preface's signer
        if plausible_person(m.group(1), lex, strong=False, final_stop_ok=True):
            found.setdefault(m.group(1), m.start(1))
    for m in _SPOKESMAN_FIELD.finditer(text) if "发言人职称" in text else ():  # "发言人：P　发言人职称：T"
        if plausible_person(m.group(1), lex, strong=False, final_stop_ok=True):
            found.setdefault(m.group(1), m.start(1))
    for name, at, headed in holder_cells(text):  # "股东名称 | 持股比例" … "周明远 | 2.00%": the holder column's short names
        if plausible_person(name, lex, strong=False, final_stop_ok=True) or (headed and plausible_person(name, lex, cued=True, bounded=True)):
            found.setdefault(name, at)
    for row in vote_rows(text):  # "候选人 | 得票数 | 是否当选" … "柯某 | 1,318,004,562 | 是": the candidates' column
        if plausible_person(row.name, lex, strong=False, final_stop_ok=True):
            found.setdefault(row.name, row.at)
    add_frame_cues(found, framed, text, lex, title_spans)
    drop_framed_halves(found, framed, text)
    return found

