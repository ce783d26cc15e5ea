"""What makes a listing only a plan or an offer still open: words of
applying and planning before the verb (申请, 拟, 招股书…), of a process after
it (上市进入倒计时, 上市之路), a prospectus that speaks, shares still on offer,
and 将 unless a day of first dealing is fixed (guide: such a listing counts)."""

from __future__ import annotations

import re

from extract.rules.templates import Sent

NOT_YET = re.compile(r"申请|递交|提交|聆讯|拟|计划|筹划|准备|考虑|有望|或将|预计|谋求|寻求|不排除|冲刺|启动|招股书|未能|暂缓|终止|撤回|退市|兴趣|意向|打算|希望|可行性|论证|讨论|传出|传闻")
NOT_YET_AFTER = re.compile(r"^(?:的)?(?:[^，。；]{0,3}?|(?:一度|已经|已|正式|再度|再次|即将|终于|开始)?(?:进入|迎来|开启|步入))(?:聆讯|申请|计划|招股|兴趣|意向|可行性|打算|进程|进展|资料集|申请书|文件|之前|事宜|筹备|制度|规则|标准|门槛|指引|倒计时|在即|前夕|临门一脚|受阻|搁浅|叫停|暂缓|之路|征程|之旅)|^前"
    # a review before a listing, right after the verb: the listing committee's meeting ("通过X所上市委审议"), an audit,
    # tutoring, registration
    r"|^的?(?:委员会|委|审核|审议|审查|辅导|注册|备案)")
#: a listing the words after deny: "“听说C在港交所挂牌了？”——并未，仅递表", "上市？仅递表，尚未上市"
DENIED_AFTER = re.compile(r"[了吗？?”」\"]{0,3}[—\-－]{1,2}(?:没有|并没有|并未|不是|错)|(?:只是|仅|仅仅|还只是|只)递表|(?:尚未|还没|还未|并未)(?:上市|聆讯|挂牌)")
#: how far after a listing verb `NOT_YET_AFTER` looks ("上市一度进入倒计时" is 7 characters)
AFTER = 12
#: a sentence reporting an application or prospectus speaks of a planned listing
PROSPECTUS = re.compile(r"(?:上市申请书|申请书|招股书|招股说明书|聆讯后资料集)(?:中)?(?:显示|表示|披露|称|指出)")
# still being offered: strong markers right after the ticker, or 招股中 anywhere in its clause
OFFERING_NEAR = re.compile(r"招股|每股发行价|每股发售价|公开发售|申购|聆讯|递表|拟上市|认购中")
OFFERING_CLAUSE = re.compile(r"招股中|正在招股|火热招股|启动招股")
DONE_MARK = re.compile(r"后|已|完成|成功|实现|正式|挂牌|登陆")
#: the future: "将在港交所上市" is a plan unless a day of first dealing follows ("将于11月29日在港交所挂牌");
#: "将继续在纽交所上市" speaks of a listing that goes on
WILL = re.compile(r"将(?!近|军|领|士|继续|仍|依然|持续|保持)")


#: the words at the head of a clause that make what it tells a possibility (not "拟", "计划": a clause's
#: own plans are read after the company)
_HEDGE_HEAD = re.compile(r"不排除|考虑|有望|或将|打算|筹划"
                         # a target striven for: "力争C年内在港交所上市" (not 推动: "推动C于D在深交所上市" tells what was done)
                         r"|力争|争取")


def planned(sent: Sent, start: int, end: int) -> bool:
    """A 将 between template positions `start` and `end` makes the listing a
    plan, unless a day-precise date after it fixes the first dealing day (guide:
    a listing whose first dealing date is fixed counts)."""
    head = sent.tpl[max(sent.tpl.rfind(c, 0, start) for c in "，。；,;：") + 1:start]
    if _HEDGE_HEAD.search(head):
        return True  # "不排除" + a condition + "安排C在" + an exchange + "上市": a hedge at the head of the listing's clause
    will = WILL.search(sent.tpl, start, end)
    if will is None:
        return False
    return not any(d.value.day and not d.value.period for d in sent.between(will.end(), end, "D"))


#: a top-level heading line of a report ("三、2020年工作计划"): the items under it are of its kind
_HEADING = re.compile(r"^[^\S\n]*[一二三四五六七八九十]{1,3}[、.．][^\n]{0,40}$", re.M)
#: a heading of what is still to be done: a work plan's, a next step's, a year's targets
_PLAN_HEADING = re.compile(r"工作安排|工作计划|工作打算|工作思路|工作目标|重点工作|下一步|下步|计划安排|目标任务")


def under_plan_heading(text: str, at: int) -> bool:
    """Whether offset `at` lies under a report's heading of plans ("三、2020年工作计划" and its items "1. 推进C在
    创业板上市"): what its items tell is to be done, so no listing, sale or post in them has happened."""
    if not _PLAN_HEADING.search(text):
        return False
    heads = [m.group(0) for m in _HEADING.finditer(text, 0, at)]
    return bool(heads) and _PLAN_HEADING.search(heads[-1]) is not None
