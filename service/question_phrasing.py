"""An analyst's ways of putting a Chinese question, said in the words the
question forms (`service.question_forms`) are written in, before any form
is tried: a courtesy before the question (请问), a particle after it (呢),
another way to ask who (是哪一位, 姓甚名谁), "叫什么" after a party's rank
(母公司叫什么 asks who the parent is; "X叫什么" alone asks X's new name),
a company's posts asked with 有哪些 before the title (有哪些独立董事), which
body asked as who (是哪个机构), a successor asked from the person's side
(P由谁接任, 谁接了P的位置; never of a post: "X的董事长由谁接任" asks who holds
it), founders asked as a group or by the founding act (由哪些人创办, 由谁发起
设立), the listing asked with 于, a post verb's 了 (谁出任了X董事长), and two
posts of one person asked together (X的T兼U).

Each rewrite keeps the question's entity words as they were typed; what
it changes is the frame around them, so no form needs a variant of its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable

#: a courtesy or a request to tell, before the question: "请问", "我想知道", "请告诉我"
_COURTESY = re.compile(r"^(?:请问(?:一下)?|请教(?:一下)?|我想(?:知道|了解|问(?:一下)?)|想(?:知道|了解|问(?:一下)?)|请告诉我|麻烦问(?:一下)?)[，,:：\s]*")
#: a closing particle after a question word: "…是谁呢", "…有哪些啊" (never 吗, which asks yes or no:
#: "上市了吗"; never after a name, which may end in one of them)
_PARTICLE = re.compile(r"(?<=[谁些么哪几家里位个处])[呢啊呀]+$")
#: other ways to ask who
_WHO = re.compile(r"(?:是哪一位|是哪一个人|是哪个人|是何许人|姓甚名谁|叫啥(?:名字)?)$")
#: a party of a company asked by its name: "X的母公司叫什么" is "X的母公司是谁"
_RANK_NAMED = re.compile(r"的(母公司|控股股东|实际控制人|实控人|第一大股东|最大股东|大股东|控股方|创始人|创办人|"
                         r"继任者|接任者|接班人|前任)(?:叫什么|叫啥)(?:名字)?$")


#: which company or body a party of a company is, asked as who: "X的实际控制人是哪个机构" is "…是谁"
#: (not after anything else: "改制前是哪家机构" asks a former name)
_WHICH_BODY = re.compile(r"(母公司|控股股东|实际控制人|实控人|控制方|控股方|大股东|创始人|创办人)是哪一?[个家](?:机构|公司|单位|企业|集团|股东|部门)$")
#: who followed a person, asked from the person's side: "P被谁接替", "P由谁接任", "谁接了P的位置"
_FOLLOWED_BY = re.compile(r"^(?P<p>.+?)(?:的职位|的职务)?(?:被谁|由谁)(?:接替|接任|取代|替代|替换|继任)了?$|^谁接(?:了|过)?(?![替任])(?P<p2>.+?)的(?:位置|位子|职位|职务)$")
#: founders asked as a group or by a founding act the forms do not name: "由哪些人创办", "由谁发起设立"
_FOUNDED_BY = re.compile(r"由(?:哪些人|哪几个人|哪几位|哪些公司|哪些机构)(?=创办|创立|创建|发起|设立)")
_FOUNDING_ACT = re.compile(r"(?<=由谁)(?:发起设立|发起成立|发起|设立)(?=的?$)")
#: the listing asked with 于 ("于哪家交易所上市")
_LISTED_AT = re.compile(r"于哪(?:一)?(?:家|个)(?:交易所|证券交易所|市场)(?=上市|挂牌)")
#: two posts one person holds, asked together: "X的T兼U(是谁)" asks who holds the first (and so the second)
_TWO_POSTS = re.compile(r"(?P<x>.+的)(?P<t>[^的兼]{2,8})兼任?(?P<u>[^的兼是]{2,8})(?:是谁|是哪位|为谁)?")
#: a post verb's 了 before the company: "谁出任了X董事长" is "谁出任X董事长"
_VERB_LE = re.compile(r"^谁(出任|担任|接任|就任|升任)了")


def _names_a_title(words: str, is_title: Callable[[str], bool]) -> bool:
    """Some of the words are a post's title ("X的董事长由谁接任" asks of the post, not of a person)."""
    return any(is_title(words[i:j]) for i in range(len(words)) for j in range(i + 2, min(len(words), i + 8) + 1))


def plain_zh(text: str, is_title: Callable[[str], bool]) -> str:
    """The question in the forms' words (see the module); `is_title` says
    whether words are a post's title ("独立董事", "副行长")."""
    text = _PARTICLE.sub("", _COURTESY.sub("", text)) or text
    text = _WHO.sub("是谁", text)
    text = _RANK_NAMED.sub(r"的\1是谁", text)
    text = _WHICH_BODY.sub(r"\1是谁", text)
    if (m := _FOLLOWED_BY.fullmatch(text)) and not _names_a_title(who := m["p"] or m["p2"], is_title):  # a person, not a post
        text = f"谁接替了{who}"
    text = _FOUNDING_ACT.sub("创办", _FOUNDED_BY.sub("由谁", _LISTED_AT.sub("在哪个交易所", text)))
    text = _VERB_LE.sub(r"谁\1", text)
    if (m := _TWO_POSTS.fullmatch(text)) and is_title(m["t"]) and is_title(m["u"]):  # "X的T兼U": X的T是谁
        text = f"{m['x']}{m['t']}是谁"
    if (m := re.fullmatch(r"(.+?)(?:都)?有哪些(.+)", text)) and is_title(m[2]):  # "X有哪些独立董事": X's independent directors
        text = f"{m[1]}的{m[2]}有哪些"
    return text
