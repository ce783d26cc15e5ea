"""The words company and person names are made of, and bounded by.

Shared by the recognisers of the article pass: the legal and short
organisation suffixes, the prefixes too generic to name a company, the
function words a name never runs across, and jieba's tag of a word (a
veto, never a proposal).
"""

from __future__ import annotations

import re
from functools import lru_cache

from extract.jieba_words import get_jieba, word_tags
from text.kinds import SHORT_SUFFIX

CJK = r"\u4e00-\u9fff"

LEGAL_SUFFIX = r"(?:合伙企业[（(]有限合伙[）)]|(?<=基金|中心)[（(]有限合伙[）)]|股份有限公司|(?<=信托)投资公司|有限责任公司|集团有限公司|控股有限公司|私人有限公司|有限公司|股份公司|集团公司|(?<=[\u4e00-\u9fff])株式会社|Limited|Ltd\.?|Inc\.?|Corporation|Corp\.?|Holdings)"


#: a Latin-script legal name ("TechStar Acquisition Corporation", "Sunrise Holdings (BVI) Limited") or a company's domain;
#: the legal forms of continental Europe and Latin America end a name as Limited does ("A S.p.A.",
#: "B SAS", "C de D Ltda."), whose words may carry accents and be joined by the
#: lowercase particles of those languages (de, di, da, do, dos, del, della, e, y, et, van, von, der); a trust or a
#: union of members ("A Staff Share Trust", "B Cooperative Union") holds shares as a firm does
#: (not a union of states)
_LATIN_UPPER = "A-ZÀ-ÖØ-Þ"
_LATIN_WORD = "A-Za-zÀ-ÖØ-öø-ÿ0-9&\\-"
_ROMANCE_FORMS = (r"S\.p\.A\.|SpA|S\.r\.l\.|Srl|S\.a\.s\.|S\.n\.c\.|S\.A\.S\.|SAS|SARL|S\.A\.R\.L\.|S\.à r\.l\.|Ltda\.?|Lda\.?"
                  r"|S\.L\.|S\.A\.|N\.V\.|B\.V\.|AG|GmbH|KGaA|SE|ASA|A/S|Oyj?|LLP|Pty\.? Ltd\.?")
_PARTICLES = r"of|and|&|de|di|da|do|dos|das|del|della|delle|degli|e|y|et|du|des|van|von|der|den"
ASCII_ORG = re.compile(
    rf"(?<![A-Za-z])(?!(?:European|African|Eurasian|Postal) Union)([{_LATIN_UPPER}][{_LATIN_WORD}]+)(?: (?:[{_LATIN_UPPER}][{_LATIN_WORD}.]*|{_PARTICLES}|[(（](?:BVI|B\.V\.I\.|Cayman|HK|Hong Kong|Singapore|Bermuda|Asia|China|International)[)）])){{0,6}} "
    rf"(?:Limited|Ltd\.?|Inc\.?|Corporation|Corp\.?|Holdings|Group|Company|Co\.|PLC|plc|PCL|LLC|L\.P\.|Tbk|{_ROMANCE_FORMS}|(?:Trust|Union)(?! [A-Z]))(?![A-Za-z])"
    r"|(?<![A-Za-z0-9.])(?:www\.)?[a-z0-9][a-z0-9\-]*\.(?:com\.cn|com|cn|net)(?![A-Za-z0-9])"
)

#: what `ASCII_ORG` cannot match without (a Latin word, a space and a legal suffix; a domain's ending): a text
#: without it is not scanned letter by letter
ASCII_ORG_NEEDS = re.compile(r"[A-Za-zÀ-ÿ0-9&.\-)）] (?:Limited|Ltd|Inc|Corporation|Corp|Holdings|Group|Company|Co\.|PLC|plc|LLC|L\.P\."
                             rf"|PCL|Tbk|{_ROMANCE_FORMS}|Trust|Union)|\.(?:com|cn|net)")  # (PCL: a Thai public company; Tbk: an Indonesian listed one)



@lru_cache(maxsize=65536)
def word_tag(word: str) -> tuple[str | None, int]:
    """jieba's tag and frequency for a word (a weak signal: jieba tags 小微,
    普惠 and 智慧 as person names, so tags only veto, they never propose)."""
    tag = word_tags().get(word)
    return tag, get_jieba().dt.FREQ.get(word, 0) or 0


@lru_cache(maxsize=16384)
def segment(text: str, hmm: bool) -> tuple[str, ...]:
    """jieba's words of `text`, once per distinct text: the recognisers cut
    the same short contexts again and again (a name at a clause's head is
    the whole left context of its suffix), and jieba's dictionary is fixed
    after `get_jieba` loads it, so the answer never changes."""
    return tuple(get_jieba().lcut(text, HMM=hmm))


CJK_CHAR = re.compile(rf"[{CJK}]")

#: the word for an industry after a name ("行业", "业" but not 业务/业绩, "领域")
_INDUSTRY_AFTER = re.compile(r"行业|产业|领域|业(?![务绩主内界态余者])")


def names_an_industry(text: str, s: int, e: int) -> bool:
    """Whether a dictionary name at text[s:e] is the start of a phrase for an
    industry: "中国建筑行业" (China's construction industry), "中国银行业" — the
    name's last word is a sector's common noun and the word for an industry
    follows. A name that ends in a kind of firm before 行业 is the firm
    ("北林银行行业领先"); glued to 业 the sector word decides (银行业, 建筑业)."""
    m = _INDUSTRY_AFTER.match(text, e)
    if not m or e - s < 3:
        return False
    last = text[e - 2:e]
    if m.group(0) == "业":
        tag, freq = word_tag(last + "业")
        return tag == "n" and freq > 20
    tag, freq = word_tag(last)
    return tag in ("n", "vn") and freq > 1000 and not re.fullmatch(SHORT_SUFFIX, last)


def glued_word(text: str, i: int) -> bool:
    """Whether the letter at `i` starts a common two-letter word with the next one (申请, 方面)."""
    tag, freq = word_tag(text[i:i + 2])
    return bool(tag) and freq > 50


def ok_boundary_ascii(text: str, s: int, e: int) -> bool:
    before = text[s - 1] if s > 0 else " "
    after = text[e] if e < len(text) else " "
    return not (before.isascii() and before.isalnum()) and not (after.isascii() and after.isalnum())


WEAK_OK_AFTER = set("系旗（(为持的及和与、，是控集")

WEAK_BAD_BEFORE = set("不很都也较更最太够保求")

ORG_WORD = re.compile(r"控股|集团|投资|金融|科技|资本|资产|实业|发展|管理|信息|技术|网络|数字|电子|软件|企业|产业|国际|联合|商贸|贸易")

DESCRIPTOR_WORDS = {"领域", "行业", "平台", "品牌", "模式", "企业", "公司", "上市公司", "龙头", "巨头", "独角兽", "机构", "项目", "母公司", "子公司", "大股东", "控股股东",
                    "服务商", "提供商", "运营商", "供应商",  # "支付服务商西岭支付": the kind of firm, then its name
                    "民营企业", "国有企业", "私营企业", "外资企业", "民企", "国企", "央企", "地方国企",  # "民营企业X": its ownership
                    "市属", "省属", "区属", "县属", "央属",  # "以市属X" + "…为基础": which government owns it
                    "券商", "中资券商", "险企", "房企", "车企", "药企", "银行业者",  # "一家券商" + "X…", "内地房企" + "Y…": its trade
                    "城商行", "农商行"}  # a province, "城商行", then the bank's own name: the kind of bank, no letter of it

#: agent nouns ending in 人 that say what a firm does and stand ahead of its name proper: "受托人Q信托", "保荐人K证券"
AGENT_KINDS = frozenset({"放债人", "放贷人", "受托人", "托管人", "保荐人", "经纪人", "承销人", "保险人"})

#: kinds of fund a name follows, which the segmenter cuts in two ("私募" + "基金"): "国际私募基金X资本持股9%"
FUND_KINDS = frozenset({"私募基金", "对冲基金", "主权基金", "产业基金", "公募基金", "养老基金"})

#: words of time that end in 前: before 任 they leave it the verb ("此前任C董事长"), not 前任 (the former holder)
TIME_ENDING_QIAN = frozenset({"此前", "之前", "目前", "早前", "先前", "以前", "从前"})

#: a point's number or a turn to the next topic at a clause's head: "一是X是第二大股东", "先看X，…" (a column's digest)
DISCOURSE_OPENERS = frozenset({"一是", "二是", "三是", "四是", "五是", "其一", "其二", "其三", "先看", "再看", "来看", "又看", "反观"})

BOUNDARY_WORDS = {
    "的", "在", "于", "与", "和", "及", "为", "是", "由", "向", "对", "从", "将", "被", "把", "以", "等", "并", "或", "其",
    "旗下", "子公司", "母公司", "母行", "子行", "母集团", "担任", "出任", "曾任", "历任", "现任", "任", "加入", "创立", "创办", "成立", "投资了", "持有", "收购",
    "出售", "转让", "宣布", "公告", "称", "表示", "包括", "计有", "如", "像", "据", "近日", "此前", "目前", "日前", "今年", "去年",
    "同时", "而", "则", "也", "还", "又", "均", "已", "曾", "正式", "联手", "携手", "合作", "通过", "获得", "成为", "作为",
    "登陆", "上市", "挂牌", "就职", "工作", "任职", "前身", "更名", "原名", "改名", "控股股东", "股东", "发起人", "创始人",
    "董事长", "总裁", "总经理", "入股", "参股", "增持", "减持", "认购", "基石", "投资者", "关联方", "先后",
    "现为", "仍为", "曾为", "原为", "均为", "即为", "亦为", "也为", "则为", "系为",
    # founding a company: "A银行发起设立B有限公司", "A出资设立B": the founder's name ends at the verb
    "设立", "筹建", "组建",
    # (the same in a written register: "P创设C", "P创建C")
    "创设", "创建",
    # a conjunction and a notice's "now hereby" before a name: "，以及X有限公司", "现将X股份有限公司…披露如下"
    "以及", "现将",
    # "and also" joining two companies one post is held at: "A金控暨B银行董事长P"
    "暨",
    # a regulator's order to a company (jieba reads 命令 as a noun): "…并命令Q产险限期撤换…"
    "命令",
    # a document's title: its issuer, "about", its subject ("Y分行关于X有限公司变更…的批复"): no word of X's name
    "关于",
    # (and a Hong Kong court's title, "In the matter of": "有关X有限公司" heads a judgment or a petition)
    "有关",
    # what a group has under it: "旗下现有X、Y等子公司"
    "现有",
    # naming or pointing at a company in talk: "公司名字叫X有限公司", "，就是X有限公司"
    "叫", "名叫", "叫做", "就是", "也就是",
    # a news interview's words before a name: "对话X创始人P", "专访X董事长P"
    "对话", "专访", "访谈",
    # leaving or taking a post: jieba may not know the verb ("请辞" + name)
    "请辞", "辞去", "辞任", "卸任", "离任", "离开", "赴任", "接任", "兼任", "执掌", "掌舵", "加盟", "接棒", "接替", "接掌",
    "获任", "获聘", "获委任", "就任", "当选",
    # the post one holds, held or takes: "时任北林集团副总裁的P", "前任C董事长P"
    "时任", "前任", "新任", "原任", "拟任", "继任", "升任", "转任", "调任", "改任",
    # moved to a firm: "他被调往C，出任副总裁"
    "调往", "调到", "调至", "调入", "派往", "来到", "回到",
    # a speech's thanks and wishes before a name: "我们" + "感谢集团创始人…"
    "感谢", "特别感谢", "致谢", "祝贺",
    "晋升", "晋升为", "提拔", "提拔为", "擢升",
    "曾用名", "旧称", "前称", "现称", "现名", "旧名", "前为",
    # a prospectus's word for the entity before its name: "上市主体A", "境内运营实体B"
    "主体", "实体", "上市主体", "运营实体", "经营实体",
    # appointing or approving someone: jieba tags 核准 a noun
    "核准", "任命", "委任", "聘任", "聘请", "提名", "选举", "选任",
    # what one holds: "将所持X 15%股权" (jieba knows 所持 too rarely to stop at it)
    "所持", "所持有", "其所持", "其所持有", "其持有",  # the HMM joins 其 to it: "转让其所持X…"
    # having a share: "A集团拥有B有限公司27%股权" (a place before the verb must not pull A into B's name)
    "拥有",
    # buying shares from a holder: "A农商行" + "协议受让B有限公司所持…" (a place before the verb must not pull A into B's name)
    "受让", "协议受让", "受让了", "出让",
    # belonging to one group: "同属X旗下的A和B" (jieba tags 同属 a noun)
    "同属", "均属", "同为", "皆属",
    # 向 (to) glued to the modal before it: "A拟向B转让…" (jieba knows 拟向 too rarely to stop at it)
    "拟向", "将向", "已向", "曾向",
    # a source or a rumour before the name, a date's 起 glued to the verb: "另据C公告", "市场传闻C…", "2015年10月起任C"
    "另据", "传闻", "起任",
    # "this is" before a name, which the HMM makes one word: "，这是X今年第二次…"
    "这是", "这也是", "这就是", "这便是",
    # a party's role noun before the name: "买方C", "卖方C", "受让方C是…"
    "买方", "卖方", "受让方", "转让方", "出让方", "收购方",
    # (and the offeror of a Hong Kong scheme: "公司与要约人C联合公告", a word to jieba by `jieba_words._ROLE_WORDS`;
    # a placing's placee and a subscriber: "承配人C获配发…", "认购人C")
    "要约人", "承配人", "认购人",
    # granted a licence, Hong Kong's word: "C于D获发银行牌照" (jieba does not know 获发, and glues it to the kind)
    "获发", "获授",
    # honoured with a post, a congratulation notice's verb: "荣膺X有限公司董事", "荣任X公司总经理"
    "荣膺", "荣任", "荣升",
    # what a firm trades in, before the kind of business: "专营离岸基金的X" (jieba tags 专营 a distinguishing word)
    "专营", "主营", "兼营",
    # a span of time measured from an event: "距离C董事会选举P为董事长已过去三个月" (jieba may join the verb to the name)
    "距离", "相距", "自从", "直到",
    # a Hong Kong notice's "refers to" before a name: "兹提述X有限公司日期为…之通函", "所有提述X之处"
    "提述", "兹提述",
    # a government's or sponsor's effort on a firm, a work report's verbs: "推动X有限公司完成上市", "扶持X公司做大"
    "推动", "推进", "助推", "扶持", "督促", "引导", "力争", "争取",
} | DISCOURSE_OPENERS

#: an insurer's kind in full and in short: "X人寿保险" and "X人寿" name one company
_INSURER_KINDS = {"人寿保险": "人寿", "财产保险": "财险", "健康保险": "健康险", "养老保险": "养老险"}


def insurer_short_form(name: str) -> str | None:
    """"北林人寿保险" → "北林人寿": the name with the short word for its kind, if it ends in the full one."""
    full = next((k for k in _INSURER_KINDS if name.endswith(k) and len(name) > len(k)), None)
    return name[: -len(full)] + _INSURER_KINDS[full] if full else None
