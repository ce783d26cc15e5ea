"""A company's arm in a country, named by the country alone in brackets after
the company's short name: "X银行（香港）", "X银行" + "（泰国）" + a post.

Banks and payment firms abroad are called so in the press; the bracketed
country makes a second company (the arm), not a seat of the short name's.
A city in brackets is more often a legal name's seat or a branch, so only
countries and wide regions count, and not when a legal suffix follows
("X支付" + "（新加坡）私人有限公司" is a legal name the suffix scan left whole).
"""

from __future__ import annotations

import re

#: countries and regions a company's arm is named after (provinces and cities are in the places list)
REGIONS = frozenset({"中国", "美国", "英国", "香港", "澳门", "台湾", "新加坡", "日本", "韩国", "欧洲", "亚太", "亚洲", "北美", "内地"})

COUNTRIES = REGIONS | {"马来西亚", "泰国", "印尼", "印度尼西亚", "越南", "菲律宾", "柬埔寨", "老挝", "缅甸", "印度", "澳大利亚",
                        "新西兰", "加拿大", "德国", "法国", "卢森堡", "瑞士", "荷兰", "阿联酋", "哈萨克斯坦", "俄罗斯", "巴西", "墨西哥",
                        "意大利", "西班牙", "葡萄牙", "比利时", "奥地利", "爱尔兰", "瑞典", "挪威", "丹麦", "芬兰", "波兰", "希腊",
                        "阿根廷", "智利", "秘鲁", "哥伦比亚", "南非", "肯尼亚", "尼日利亚", "埃及", "土耳其", "以色列", "沙特"}

_COUNTRY_ARM = re.compile(r"[（(]([\u4e00-\u9fff]{2,5})[）)]")

_LEGAL_TAIL_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:有限|公司|股份)")


def country_arm(text: str, end: int) -> re.Match[str] | None:
    """The bracketed country right after a name ending at `end`, if it names the company's arm there."""
    arm = _COUNTRY_ARM.match(text, end)
    if arm is None or arm.group(1) not in COUNTRIES or _LEGAL_TAIL_AFTER.match(text, arm.end()):
        return None
    return arm
