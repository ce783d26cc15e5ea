"""An analyst's ways of putting a Chinese question, said in the words the
question forms (`service.question_forms`) are written in, before any form
is tried: a courtesy before the question (请问), a particle after it (呢),
another way to ask who (是哪一位, 姓甚名谁), "叫什么" after a party's rank
(母公司叫什么 asks who the parent is; "X叫什么" alone asks X's new name),
and a company's posts asked with 有哪些 before the title (有哪些独立董事).

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


def plain_zh(text: str, is_title: Callable[[str], bool]) -> str:
    """The question in the forms' words (see the module); `is_title` says
    whether words are a post's title ("独立董事", "副行长")."""
    text = _PARTICLE.sub("", _COURTESY.sub("", text)) or text
    text = _WHO.sub("是谁", text)
    text = _RANK_NAMED.sub(r"的\1是谁", text)
    if (m := re.fullmatch(r"(.+?)(?:都)?有哪些(.+)", text)) and is_title(m[2]):  # "X有哪些独立董事": X's independent directors
        text = f"{m[1]}的{m[2]}有哪些"
    return text
