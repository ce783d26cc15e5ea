"""English names of Chinese institutions → the keys their Chinese names are
found by.

Analysts write "Bank of Nanjing", "Haier Consumer Finance", "China Minsheng
Bank": a place or brand (in pinyin, or a well-known English brand) and a kind
of institution. The kind words have fixed Chinese equivalents (Bank 银行,
Consumer Finance 消费金融, Securities 证券 …) and the rest is read as pinyin,
so each English name gives a few pinyin keys ("nanjingyinhang") that the
name index already holds for every Chinese name (`text.names.search_keys`),
and a Chinese name when every word is known ("China UnionPay" → 中国银联).

`BRANDS` is a small curated table of the English names of well-known Chinese
institutions and brands whose English is not their pinyin (Ant 蚂蚁, UnionPay
银联, Everbright 光大); edit it freely.
"""

from __future__ import annotations

import re

from text.names import SHORT_FORMS, name_key, pinyin_key

#: Kinds of institution and other common words of English company names.
KINDS: dict[str, str] = {
    "bank": "银行", "commercial bank": "商业银行", "rural commercial bank": "农村商业银行", "savings bank": "储蓄银行",
    "consumer finance": "消费金融", "consumer financial": "消费金融", "securities": "证券", "insurance": "保险",
    "life insurance": "人寿保险", "life": "人寿", "property and casualty insurance": "财产保险", "property and casualty": "财产保险",
    "p&c": "财产保险", "health insurance": "健康保险", "pension insurance": "养老保险", "reinsurance": "再保险",
    "group": "集团", "holdings": "控股", "holding": "控股", "technology": "科技", "technologies": "科技", "tech": "科技",
    "financial technology": "金融科技", "fintech": "金融科技", "digital technology": "数字科技", "digitech": "数科",
    "digits": "数科", "digital": "数字", "data": "数据", "asset": "资产", "assets": "资产", "wealth": "财富", "fund": "基金", "funds": "基金", "fund management": "基金", "asset management": "资产管理",
    "wealth management": "理财", "trust": "信托", "financial": "金融", "finance": "金融", "capital": "资本",
    "investment": "投资", "investments": "投资", "leasing": "租赁", "financial leasing": "金融租赁", "futures": "期货",
    "payment": "支付", "payments": "支付", "microcredit": "小额贷款", "micro-credit": "小额贷款", "micro lending": "小额贷款",
    "microfinance": "小额贷款", "small loan": "小额贷款", "enterprise management": "企业管理", "management": "管理",
    "information technology": "信息技术", "network": "网络", "internet": "互联网", "international": "国际",
    "exchange": "交易所", "stock exchange": "证券交易所", "credit": "信用", "guarantee": "担保", "real estate": "地产",
    "electronics": "电子", "software": "软件", "motor": "汽车", "motors": "汽车", "automobile": "汽车", "energy": "能源",
    "china": "中国", "chinese": "中国", "hong kong": "香港", "people's": "人民", "peoples": "人民", "postal savings": "邮政储蓄",
    "postal": "邮政", "post": "邮政", "industrial and commercial": "工商", "agricultural": "农业", "construction": "建设",
    "communications": "交通", "development": "发展", "merchants": "招商", "everbright": "光大", "industrial": "兴业",
    "pacific": "太平洋", "new china": "新华", "reinsurance group": "再保险集团",
}

#: English names of well-known Chinese institutions and brands that are not their pinyin.
BRANDS: dict[str, str] = {
    "ant": "蚂蚁", "ant financial": "蚂蚁金服", "alipay": "支付宝", "jd": "京东", "jd.com": "京东", "tencent": "腾讯",
    "alibaba": "阿里巴巴", "baidu": "百度", "unionpay": "银联", "citic": "中信", "icbc": "中国工商银行",
    "ccb": "中国建设银行", "boc": "中国银行", "abc": "中国农业银行", "bocom": "交通银行", "cmb": "招商银行",
    "spdb": "浦发银行", "shanghai pudong development": "浦发", "psbc": "中国邮政储蓄银行", "cib": "兴业银行",
    "webank": "微众银行", "mybank": "网商银行", "lufax": "陆金所", "oneconnect": "金融壹账通", "home credit": "捷信",
    "hsbc": "汇丰", "standard chartered": "渣打", "citi": "花旗", "citibank": "花旗银行", "citigroup": "花旗集团",
    "morgan stanley": "摩根士丹利", "goldman sachs": "高盛", "jpmorgan": "摩根大通", "j.p. morgan": "摩根大通",
    "hang seng": "恒生", "kingdee": "金蝶", "fosun": "复星", "vanke": "万科", "evergrande": "恒大", "lenovo": "联想",
    "legend": "联想", "cicc": "中金公司", "china international capital corporation": "中金公司", "picc": "中国人保",
    "cpic": "中国太保", "china re": "中国再保险", "china life": "中国人寿", "new china life": "新华保险",
    "ping an": "平安", "pingan": "平安", "qihoo": "奇虎", "yum china": "百胜中国", "netease": "网易", "meituan": "美团",
    "bytedance": "字节跳动", "didi": "滴滴", "pinduoduo": "拼多多", "xiaomi": "小米", "huawei": "华为",
    "china merchants": "招商", "everbright bank": "光大银行", "zhongan": "众安", "du xiaoman": "度小满",
    "hkex": "香港交易所", "nyse": "纽约证券交易所", "nasdaq": "纳斯达克", "cbirc": "中国银保监会", "csrc": "中国证监会",
    "pboc": "中国人民银行", "people's bank of china": "中国人民银行", "qifu": "奇富", "sunshine": "阳光", "taikang": "泰康",
    "taiping": "太平", "anbang": "安邦", "huatai": "华泰", "haitong": "海通", "guotai junan": "国泰君安",
}

_LEGAL = {"co", "co.", "company", "corp", "corp.", "corporation", "ltd", "ltd.", "limited", "inc", "inc.", "plc", "llc", "the",
          "sa", "ag", "n.v.", "incorporated"}
_PHRASES = {**KINDS, **BRANDS}
_LONGEST = max(len(p.split()) for p in _PHRASES)


def _tokens(name: str) -> list[str]:
    words = re.findall(r"[A-Za-z0-9][A-Za-z0-9&.'’-]*", re.sub(r"\s*&\s*", " and ", name) if " &" in name or "& " in name else name)
    return [w.lower().replace("’", "'").rstrip(".,") for w in words if w.lower().rstrip(".,") not in _LEGAL]


def _of_order(tokens: list[str]) -> list[str]:
    """"Bank of Nanjing" → "Nanjing Bank": Chinese names put the place or
    country first ("Agricultural Bank of China" → China Agricultural Bank)."""
    if "of" in tokens[1:-1]:
        i = tokens.index("of")
        return tokens[i + 1:] + tokens[:i]
    return [t for t in tokens if t != "of"]


def _pieces(tokens: list[str]) -> list[tuple[str | None, str]]:
    """(Chinese, English) per phrase, longest phrase first; Chinese is None
    for a word read as pinyin."""
    out: list[tuple[str | None, str]] = []
    i = 0
    while i < len(tokens):
        for n in range(min(_LONGEST, len(tokens) - i), 0, -1):
            phrase = " ".join(tokens[i:i + n])
            zh = _PHRASES.get(phrase) or _PHRASES.get(phrase.replace("-", " "))
            if zh:
                out.append((zh, phrase))
                i += n
                break
        else:
            out.append((tokens[i] if tokens[i].isdigit() else None, tokens[i]))  # "360 Group" is 360集团
            i += 1
    return out


#: Short forms a Chinese name takes for an English kind word, beside `SHORT_FORMS`: "Digital Technology" is 数科 in
#: most company names (数字科技 in the others, the long key).
_NAME_SHORT = (("数字科技", "数科"),)


def _short(zh: str) -> str:
    for long, short in (*SHORT_FORMS, *_NAME_SHORT):
        zh = zh.replace(long, short)
    return zh


def _pinyin(piece: tuple[str | None, str]) -> str:
    zh, en = piece
    return (pinyin_key(zh) or name_key(zh)) if zh else re.sub(r"[^a-z0-9]", "", en)


def english_keys(name: str) -> list[str]:
    """Keys under which the Chinese name of an English company name may be
    indexed, most likely first: a Chinese name when every word is known,
    then pinyin keys, each also without a leading "China" (China Minsheng
    Bank is 民生银行 as often as 中国民生银行)."""
    if re.search(r"[\u4e00-\u9fff]", name):
        return []
    tokens = _tokens(name)
    if not tokens:
        return []
    pieces = _pieces(_of_order(tokens))  # "Trust and Investment": 信托投资, the "and" between two kinds is no word of the name
    variants = [[p for i, p in enumerate(pieces) if not (p == (None, "and") and 0 < i < len(pieces) - 1 and pieces[i - 1][0] and pieces[i + 1][0])]]
    if variants[0] and variants[0][0][0] == "中国" and len(variants[0]) > 1:
        variants.append(variants[0][1:])
    keys: list[str] = []
    for pieces in variants:
        if all(zh for zh, _en in pieces):
            keys += [name_key("".join(zh for zh, _en in pieces)), name_key(_short("".join(zh for zh, _en in pieces)))]
        long = "".join(_pinyin(p) for p in pieces)
        short = "".join(_pinyin((_short(zh), en) if zh else (zh, en)) for zh, en in pieces)
        keys += [short, long]
    return [k for k in dict.fromkeys(keys) if k]


#: Romanised surnames that are not their pinyin: Cantonese, Taiwanese (Wade-Giles) and Korean spellings.
SURNAMES: dict[str, tuple[str, ...]] = {
    "cho": ("赵", "曹"), "jo": ("赵",), "chao": ("赵",), "chiu": ("赵", "邱"), "kim": ("金",), "lee": ("李",), "li": ("李",),
    "park": ("朴",), "pak": ("朴",), "choi": ("崔",), "chung": ("郑", "钟"), "jung": ("郑",), "cheng": ("郑", "程"),
    "kang": ("姜", "康"), "yoon": ("尹",), "yun": ("尹",), "han": ("韩",), "shin": ("申",), "lim": ("林",), "lam": ("林",),
    "chan": ("陈",), "chen": ("陈",), "wong": ("黄", "王"), "huang": ("黄",), "ng": ("吴", "伍"), "ho": ("何",),
    "leung": ("梁",), "cheung": ("张",), "chang": ("张", "常"), "lau": ("刘",), "liu": ("刘",), "tsang": ("曾",),
    "tse": ("谢",), "hsieh": ("谢",), "kwok": ("郭",), "kuo": ("郭",), "yip": ("叶",), "yeh": ("叶",), "lo": ("罗", "卢"),
    "law": ("罗",), "tang": ("邓", "唐"), "tsai": ("蔡",), "choy": ("蔡",), "hsu": ("许", "徐"), "hui": ("许",),
    "tsui": ("徐",), "chu": ("朱",), "chiang": ("蒋", "江"), "wu": ("吴",), "yang": ("杨",), "yeung": ("杨",),
    "mak": ("麦",), "fung": ("冯",), "lai": ("赖", "黎"), "ma": ("马",), "so": ("苏",), "hung": ("洪",), "koo": ("顾",),
    "ku": ("顾",), "kao": ("高",), "ko": ("高",), "sun": ("孙",), "lu": ("陆", "卢", "吕"), "luk": ("陆",),
}
