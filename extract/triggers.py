"""Which sentences get templates: those with a trigger word or form (a title,
a verb of a post, a holding, a listing, a rename …), the head of a résumé,
and the one before a sentence that opens on 他/她 and a post. Most of an
article is figures and commentary, and skipping it keeps the pipeline close
to the cost of one segmentation pass."""

from __future__ import annotations

import re

#: the trigger words: plain words, found by one scan that skips every letter no word begins with
_TRIGGER_WORDS = re.compile(
    r"董事|总裁|总经理|首席|CEO|CFO|CTO|COO|行长|主席|秘书|监事|精算师|法定代表人|书记|司库|主任|助理|合伙人|架构师|科学家|校长"
    r"|人员姓名|接任|接棒|继任|接替|交棒|前任|执掌|辞去|辞任|辞职|离职|离任|卸任|创始|创立|创办|一手打造|起家|合资开设|合伙开设|集资开设|成立|发起设立|出资设立|发起人|任职资格|过户"
    r"|旗下|麾下|子公司|联属|联系人|附属|联营|合营|系的|系旗下|控股|控制|实控人|实际控制人|股东|持有|持股|拥有|权益|出售|转让|收购|购买|投资|入股|参股|基石"
    r"|股权|股份|股比|出资|受让|承让|好仓|认购|划转|退出|减持|增持|入伙|掌控|竞得|拍得"
    r"|上市|挂牌|上柜|登陆|退市|摘牌|除牌|交易所|证交所|港交所|联交所|纽交所|纳斯达克|HK:|港股"
    r"|更名|改名|易名|改制为|原名|前身|曾用名|更改名称|（原|（现|前称|旧称|旧名|现称|formerly|即现在的|改称|品牌升级|隶属|母公司"
    r"|改制组建|改制设立"  # (a firm reformed on another's base: "以A为基础改制组建B", rules.renames)
    r"|时名称|时的名称"  # (a history's first name: "设立时名称为A", rules.renames)
    # people who left together (rules.departures: 相继离职, 均已离任) are found by 离职 and 离任 above
)


#: the trigger forms that are not plain words, each written to begin with a fixed letter so that the scan
#: skips every other one as fast (a lookbehind goes after the letter: "(?<![A-Za-z])HK" is "H(?<![A-Za-z]H)K")
_TRIGGER_FORMS = re.compile(
    r"系[\u4e00-\u9fff]{0,6}?(?:公司|企业|机构|成员)|系(?=[，。；])"  # ("A也是东岳系，": the group's name closes the clause)
    r"|%[\s|｜]*$|%\s*[|｜]|%[\s]*[|｜][\s]*[\u4e00-\u9fff]{1,4}[\s|｜]*$"  # (a line ending in a share, or a share and a status: a row of a shareholder table)
    r"|→(?=[\s（(]{0,4}\d[\d.]*%)|➡(?=[\s（(]{0,4}\d[\d.]*%)"  # (a link of an ownership chain drawn with arrows, its share after the arrow: rules.stake_arrows)
    r"|\u20e3[^%\n]{1,40}%"  # (a row marked by a keycap digit, "3️⃣ A 4.98% ← 重点": a row of a list of holders)
    r"|N(?i:YSE|ASDAQ|ASQ)|n(?i:YSE|ASDAQ|ASQ)"
    r"|\.\s?(?:HK|US|SH|SZ|SS|BJ|N|O)(?![A-Za-z])|H(?<![A-Za-z]H)K\d|S(?<![A-Za-z]S)[HZ]\d|B(?<![A-Za-z]B)J\d"
    r"|名称(?:已|将|正式)?(?:由|变更|更改|自)|变更(?:公司|企业|中文)?名称为|简称(?:已|将|正式)?(?:由|变更|更改|自)"
    r"|├|└|┣|┗"  # (a branch of an ownership tree drawn in box-drawing characters: rules.ownership_tree)
)


#: a clause that is a name and a share, one row of a list of holders written in a yearbook's prose ("A，9.47%；")
_SHARE_CLAUSE = re.compile(r"\s*[^，。；：:\s]{2,40}[，,]\s*\d{1,3}(?:\.\d{1,2})?%\s*[；;。]?\s*$")


def triggered(seg: str) -> bool:
    """Whether a sentence has a trigger word: only such sentences get templates."""
    return _TRIGGER_WORDS.search(seg) is not None or _TRIGGER_FORMS.search(seg) is not None or _SHARE_CLAUSE.match(seg) is not None


#: the head of a résumé: a name, perhaps an honorific, then birth, sex or schooling
#: ("祁远帆先生，" + a year + "出生，…", a numbered item's "二、祁远帆，男，…"): no trigger word, but the 曾任/历任
#: sentence after it is about this person, so it is analysed for its person
RESUME_WORDS = re.compile(r"出生|生人|学历|国籍")


RESUME_HEAD = re.compile(r"\s*(?:[一二三四五六七八九十\d]{1,3}[、.．]\s*)?[\u4e00-\u9fff·]{2,8}?(?:先生|女士|博士)?[，,](?:男|女|中国|[^，。；]{0,10}?(?:出生|生人|学历|国籍))")


#: a sentence opening on "he"/"she" (Cantonese 佢 too), then a verb of taking a post, or on a résumé's verb with no
#: subject ("P，法学博士。" + "现任C董事长。", a book's author note): the sentence before names who
HE_NEXT = re.compile(r"\s*(?:[\d年月日至到起止—\-～~]{2,24}[，,])?(?:(?:他|她|佢)(?:[^，。；]{0,8}?)(?:出任|担任|接任|升任|调任|加盟|加入)"
                     r"|(?:现任|曾任|历任|先后任|先后担任)(?=[^，。；]{2,40}?[，、。；]))")  # (after a span of dates too)
