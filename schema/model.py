"""The vocabulary of the graph: entity types, predicates, roles, qualifiers.

This module is the single source of truth. `extract` emits only what is
declared here, `graph` validates against it before storing, `api` documents
it in the OpenAPI schema, and `schema.ontology` turns it into RDF. It imports
nothing from the project, so every layer can depend on it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class EntityType(StrEnum):
    PERSON = "Person"
    COMPANY = "Company"
    EXCHANGE = "Exchange"


class Predicate(StrEnum):
    HOLDS_POSITION = "HOLDS_POSITION"
    SUCCEEDED = "SUCCEEDED"
    FOUNDED = "FOUNDED"
    SUBSIDIARY_OF = "SUBSIDIARY_OF"
    HOLDS_STAKE = "HOLDS_STAKE"
    SOLD_STAKE = "SOLD_STAKE"
    LISTED_ON = "LISTED_ON"
    RENAMED_TO = "RENAMED_TO"


class Role(StrEnum):
    CHAIRMAN = "chairman"
    VICE_CHAIRMAN = "vice_chairman"
    CEO = "ceo"
    CO_CEO = "co_ceo"
    PRESIDENT = "president"
    VICE_PRESIDENT = "vice_president"
    CFO = "cfo"
    COO = "coo"
    CTO = "cto"
    CRO = "cro"
    CSO = "cso"
    GENERAL_MANAGER = "general_manager"
    DEPUTY_GENERAL_MANAGER = "deputy_general_manager"
    EXECUTIVE_DIRECTOR = "executive_director"
    NON_EXECUTIVE_DIRECTOR = "non_executive_director"
    INDEPENDENT_DIRECTOR = "independent_director"
    DIRECTOR = "director"
    BOARD_SECRETARY = "board_secretary"
    SUPERVISOR = "supervisor"
    CHIEF_ACTUARY = "chief_actuary"
    OTHER = "other"


#: Roles one person holds at a time per company: two holders with
#: overlapping known terms contradict each other, and the one who takes such
#: a seat after another left it succeeded that one.
SINGLE_HOLDER_ROLES: frozenset[Role] = frozenset({Role.CHAIRMAN, Role.CEO, Role.PRESIDENT, Role.GENERAL_MANAGER, Role.CFO, Role.COO,
                                                   Role.CTO, Role.CRO, Role.CSO, Role.BOARD_SECRETARY, Role.CHIEF_ACTUARY})


#: Chinese and English labels per role. The first Chinese label is the
#: display label; the rest are the titles that normalise to the role. Kept
#: here (not in the extractor's dictionary) because the ontology and the API
#: show the same labels.
ROLE_LABELS: dict[Role, tuple[tuple[str, ...], str]] = {
    Role.CHAIRMAN: (("董事长", "董事会主席", "主席", "董事局主席", "非执行主席", "非执行董事长"), "Chairman"),
    Role.VICE_CHAIRMAN: (("副董事长", "董事会副主席", "副主席", "董事局副主席"), "Vice chairman"),
    Role.CEO: (("首席执行官", "CEO", "行政总裁", "首席执行长"), "Chief executive officer"),
    Role.CO_CEO: (("联席首席执行官", "联席CEO", "联席行政总裁"), "Co-chief executive officer"),
    Role.PRESIDENT: (("总裁", "行长"), "President"),
    Role.VICE_PRESIDENT: (("副总裁", "高级副总裁", "副行长", "执行副总裁"), "Vice president"),
    Role.CFO: (("首席财务官", "CFO", "财务总监", "首席财务总监", "财务负责人"), "Chief financial officer"),
    Role.COO: (("首席运营官", "COO", "营运总裁"), "Chief operating officer"),
    Role.CTO: (("首席技术官", "CTO"), "Chief technology officer"),
    Role.CRO: (("首席风控官", "首席风险官", "CRO"), "Chief risk officer"),
    Role.CSO: (("首席战略官", "CSO"), "Chief strategy officer"),
    Role.GENERAL_MANAGER: (("总经理",), "General manager"),
    Role.DEPUTY_GENERAL_MANAGER: (("副总经理",), "Deputy general manager"),
    Role.EXECUTIVE_DIRECTOR: (("执行董事",), "Executive director"),
    Role.NON_EXECUTIVE_DIRECTOR: (("非执行董事",), "Non-executive director"),
    Role.INDEPENDENT_DIRECTOR: (("独立董事", "独立非执行董事"), "Independent director"),
    Role.DIRECTOR: (("董事",), "Director"),
    Role.BOARD_SECRETARY: (("董事会秘书", "董秘"), "Board secretary"),
    Role.SUPERVISOR: (("监事",), "Supervisor"),
    Role.CHIEF_ACTUARY: (("首席精算师",), "Chief actuary"),
    Role.OTHER: (("其他",), "Other"),
}

#: Roles more specific than another; when an article gives a person both the
#: general and the specific role at one company, only the specific is kept.
ROLE_SPECIALISES: dict[Role, Role] = {
    Role.EXECUTIVE_DIRECTOR: Role.DIRECTOR,
    Role.NON_EXECUTIVE_DIRECTOR: Role.DIRECTOR,
    Role.INDEPENDENT_DIRECTOR: Role.DIRECTOR,
}


class SubsidiaryKind(StrEnum):
    SUBSIDIARY = "subsidiary"
    WHOLLY_OWNED = "wholly_owned"
    CONSOLIDATED_AFFILIATED_ENTITY = "consolidated_affiliated_entity"
    ASSOCIATE = "associate"
    GROUP_MEMBER = "group_member"


class ListingMethod(StrEnum):
    IPO = "ipo"
    INTRODUCTION = "introduction"
    DUAL_PRIMARY = "dual_primary"
    SECONDARY = "secondary"


class Currency(StrEnum):
    CNY = "CNY"
    USD = "USD"
    HKD = "HKD"


class ValueType(StrEnum):
    """How a qualifier's value is written in JSON and typed in RDF."""

    STRING = "string"
    ROLE = "role"
    DATE = "date"  # ISO 8601 with year, year-month or full-date precision
    NUMBER = "number"
    BOOLEAN = "boolean"
    ENTITY = "entity"  # the name of another entity
    ENUM = "enum"


@dataclass(frozen=True)
class QualifierSpec:
    name: str
    value_type: ValueType
    required: bool = False
    #: Part of the fact's identity: two facts differing here are two facts.
    key: bool = False
    #: For ValueType.ENUM: the allowed values.
    choices: tuple[str, ...] = ()
    #: Date qualifiers that carry valid time (see graph's temporal model).
    temporal: bool = False
    doc: str = ""


@dataclass(frozen=True)
class PredicateSpec:
    predicate: Predicate
    subject_types: tuple[EntityType, ...]
    object_types: tuple[EntityType, ...]
    qualifiers: tuple[QualifierSpec, ...]
    #: The event this fact reports; events are first-class in the graph.
    event: str | None
    #: True when the fact describes a state that holds over an interval.
    state: bool
    label_zh: str
    label_en: str
    doc: str = ""
    extra: dict[str, str] = field(default_factory=dict)

    def qualifier(self, name: str) -> QualifierSpec | None:
        return next((q for q in self.qualifiers if q.name == name), None)

    @property
    def key_qualifiers(self) -> tuple[str, ...]:
        return tuple(q.name for q in self.qualifiers if q.key)


_P, _C, _E = EntityType.PERSON, EntityType.COMPANY, EntityType.EXCHANGE
_ROLE = QualifierSpec("role", ValueType.ROLE, required=True, key=True, choices=tuple(Role))
_TITLE = QualifierSpec("title", ValueType.STRING, doc="The Chinese title when role is 'other' or more specific.")
_DATE = QualifierSpec("date", ValueType.DATE, temporal=True)

PREDICATES: dict[Predicate, PredicateSpec] = {
    spec.predicate: spec
    for spec in (
        PredicateSpec(
            Predicate.HOLDS_POSITION, (_P,), (_C,),
            (_ROLE, _TITLE,
             QualifierSpec("start", ValueType.DATE, temporal=True),
             QualifierSpec("end", ValueType.DATE, temporal=True),
             QualifierSpec("left", ValueType.BOOLEAN,
                           doc="An article says the person has left the post and gives no date: the term is over.")),
            event="Appointment", state=True, label_zh="任职", label_en="holds position",
        ),
        PredicateSpec(
            Predicate.SUCCEEDED, (_P,), (_P,),
            (_ROLE, _TITLE, QualifierSpec("company", ValueType.ENTITY, required=True), _DATE),
            event="Succession", state=False, label_zh="接任", label_en="succeeded",
            doc="Subject is the successor, object the predecessor.",
        ),
        PredicateSpec(
            Predicate.FOUNDED, (_P, _C), (_C,), (_DATE,),
            event="Founding", state=False, label_zh="创立", label_en="founded",
        ),
        PredicateSpec(
            Predicate.SUBSIDIARY_OF, (_C,), (_C,),
            (QualifierSpec("kind", ValueType.ENUM, choices=tuple(SubsidiaryKind)),
             QualifierSpec("start", ValueType.DATE, temporal=True),
             QualifierSpec("end", ValueType.DATE, temporal=True)),
            event=None, state=True, label_zh="子公司", label_en="subsidiary of",
        ),
        PredicateSpec(
            Predicate.HOLDS_STAKE, (_P, _C), (_C,),
            (QualifierSpec("percent", ValueType.NUMBER, key=True, doc="40 for 40%"),
             QualifierSpec("as_of", ValueType.DATE, temporal=True),
             QualifierSpec("controlling", ValueType.BOOLEAN),
             QualifierSpec("former", ValueType.BOOLEAN,
                           doc="Told as the holding before a restructuring: a past state, never the present one."),
             QualifierSpec("end", ValueType.DATE, temporal=True,
                           doc="When an article says the holding or control ended (不再是…的实际控制人, 实际控制人变更为…)."),
             QualifierSpec("indirect", ValueType.BOOLEAN,
                           doc="Held through another holder (A通过B间接持有C 8.5%): the parent's figure for B's stake, "
                               "not a second stake of its own."),
             QualifierSpec("general_partner", ValueType.BOOLEAN,
                           doc="The holder is the partnership's general partner (执行事务合伙人, 普通合伙人): it controls the "
                               "partnership whatever its share."),
             QualifierSpec("changed", ValueType.BOOLEAN,
                           doc="The holder became the controller in a stated change (实际控制人变更为…): control stated "
                               "before its date, by anyone else, is over.")),
            event=None, state=True, label_zh="持股", label_en="holds stake in",
        ),
        PredicateSpec(
            Predicate.SOLD_STAKE, (_P, _C), (_C,),
            (QualifierSpec("buyer", ValueType.ENTITY, key=True),
             QualifierSpec("percent", ValueType.NUMBER, key=True),
             QualifierSpec("amount", ValueType.NUMBER, doc="In full units: 1.992亿元 is 199200000."),
             QualifierSpec("currency", ValueType.ENUM, choices=tuple(Currency)),
             _DATE),
            event="StakeSale", state=False, label_zh="出售股权", label_en="sold stake in",
        ),
        PredicateSpec(
            Predicate.LISTED_ON, (_C,), (_E,),
            (QualifierSpec("ticker", ValueType.STRING),
             _DATE,
             QualifierSpec("method", ValueType.ENUM, choices=tuple(ListingMethod)),
             QualifierSpec("end", ValueType.DATE, temporal=True,
                           doc="When the listing ended (已从纽交所退市, 于D正式退市, 撤销上市地位): the company was listed there, "
                               "and is no more."),
             QualifierSpec("delisted", ValueType.BOOLEAN,
                           doc="An article says the listing ended and gives no date: over by the article's day."),
             QualifierSpec("relisting", ValueType.BOOLEAN,
                           doc="An article tells the listing as a new one (重新上市, 再度登陆, 回归, 重返): after a delisting there it "
                               "reopens the listing by its date, or the article's day (a passing mention reopens none); with no "
                               "delisting before it changes nothing (再度登陆港交所: a second market, not a return)."),
             QualifierSpec("previous_start", ValueType.DATE,
                           doc="A relisted company's listing before its delisting began then (its `date` is the relisting's)."),
             QualifierSpec("previous_end", ValueType.DATE,
                           doc="A relisted company's listing before ended then (or by then, told without a date)."),
             QualifierSpec("intervals", ValueType.STRING,
                           doc="Every interval of a listing of more than two (listed, delisted, relisted, delisted again): "
                               "\"start/end\" oldest first, joined by \";\", either left empty when no article gives it.")),
            event="Listing", state=True, label_zh="上市", label_en="listed on",
        ),
        PredicateSpec(
            Predicate.RENAMED_TO, (_C,), (_C,), (_DATE,),
            event="Rename", state=False, label_zh="更名", label_en="renamed to",
            doc="Subject is the old name, object the new one.",
        ),
    )
}

DATE_QUALIFIERS: tuple[str, ...] = ("start", "end", "date", "as_of")
ENTITY_QUALIFIERS: tuple[str, ...] = ("buyer", "company")


@dataclass(frozen=True)
class ExchangeInfo:
    code: str
    name_en: str
    names_zh: tuple[str, ...]
    #: Suffixes and prefixes of tickers that name this exchange (06638.HK).
    ticker_marks: tuple[str, ...] = ()


EXCHANGES: dict[str, ExchangeInfo] = {
    e.code: e
    for e in (
        ExchangeInfo("NYSE", "New York Stock Exchange", ("纽交所", "纽约证券交易所", "纽约证交所", "美国纽交所", "纽约交易所"), ("NYSE", "N", "US")),
        ExchangeInfo("NASDAQ", "Nasdaq Stock Market", ("纳斯达克", "纳斯达克交易所", "纳斯达克证券交易所", "纳指"), ("NASDAQ", "NASQ", "O", "US")),
        ExchangeInfo("HKEX", "Hong Kong Exchanges and Clearing", ("港交所", "香港联交所", "联交所", "香港交易所", "香港联合交易所", "港股主板", "香港主板",
                                                                      # GEM, Hong Kong's second board (创业板 alone is Shenzhen's)
                                                                      "香港创业板", "香港創業板", "联交所创业板", "聯交所創業板", "港交所创业板",
                                                                      "港交所創業板", "联交所GEM", "聯交所GEM", "港交所GEM", "香港GEM"), ("HK", "HKEX", "SEHK")),
        ExchangeInfo("SSE", "Shanghai Stock Exchange", ("上交所", "上海证券交易所", "科创板", "沪市主板"), ("SH", "SS", "SSE")),
        ExchangeInfo("SZSE", "Shenzhen Stock Exchange", ("深交所", "深圳证券交易所", "创业板", "深市主板"), ("SZ", "SZSE")),
        ExchangeInfo("BSE", "Beijing Stock Exchange", ("北交所", "北京证券交易所"), ("BJ", "BSE")),
        ExchangeInfo("SGX", "Singapore Exchange", ("新交所", "新加坡交易所", "新加坡证券交易所", "新加坡證券交易所", "新加坡证交所",
                                                         "新加坡證交所", "凯利板", "凱利板", "新交所凯利板", "新交所凱利板"), ("SGX",)),
        ExchangeInfo("TWSE", "Taiwan Stock Exchange", ("台湾证券交易所", "台交所", "台湾证交所"), ("TW", "TWSE")),
        # Taiwan's over-the-counter market (上柜 shares; 兴柜 is its emerging board, no listing), its Yahoo mark .TWO
        ExchangeInfo("TPEx", "Taipei Exchange", ("证券柜台买卖中心", "柜台买卖中心", "柜买中心", "台湾柜买中心", "台北交易所"), ("TWO", "TPEx")),
        ExchangeInfo("ASX", "Australian Securities Exchange", ("澳交所", "澳洲证券交易所", "澳大利亚证券交易所", "澳洲交易所", "澳大利亚交易所", "澳洲证交所"), ("ASX", "AX")),
        ExchangeInfo("TSX", "Toronto Stock Exchange", ("多伦多证券交易所", "多伦多证交所", "多伦多交易所", "多交所"), ("TSX", "TO")),
        ExchangeInfo("TSE", "Tokyo Stock Exchange", ("东京证券交易所", "東京證券交易所", "东京证交所", "東京證交所", "东京交易所", "東京交易所",
                                                     # its markets since 2022 (Prime, Standard, Growth) and the sections before them
                                                     "东证Prime市场", "東證Prime市場", "东证主板", "東證主板", "东证标准市场", "東證標準市場",
                                                     "东证Standard市场", "東證Standard市場", "东证成长市场", "東證成長市場", "东证Growth市场",
                                                     "東證Growth市場", "东京证券交易所Prime市场", "東京證券交易所Prime市場", "东京证券交易所Standard市场",
                                                     "東京證券交易所Standard市場", "东京证券交易所Growth市场", "東京證券交易所Growth市場",
                                                     "东京证券交易所标准市场", "東京證券交易所標準市場", "东京证券交易所成长市场", "東京證券交易所成長市場",
                                                     "东证一部", "東證一部", "东证二部", "東證二部", "东证Mothers", "東證Mothers",
                                                     "东证创业板", "東證創業板", "东京证券交易所创业板", "東京證券交易所創業板", "JASDAQ"), ("T", "TSE")),
        ExchangeInfo("LSE", "London Stock Exchange", ("伦敦证券交易所", "倫敦證券交易所", "伦交所", "倫交所", "伦敦交易所", "伦敦证交所",
                                                              "伦敦另类投资市场", "倫敦另類投資市場", "伦敦AIM", "倫敦AIM",
                                                              "伦敦证券交易所另类投资市场", "倫敦證券交易所另類投資市場"), ("LSE", "L", "LN")),
        # (named as the reference gold names it: Bursa has no short code of its own in the news)
        ExchangeInfo("Bursa Malaysia", "Bursa Malaysia", ("马交所", "马来西亚交易所", "马来西亚证券交易所", "大马交易所", "马来西亚证交所")),
        # South-East Asia's other markets, as the Chinese press of Manila, Bangkok and Jakarta names them (Yahoo's marks .PS, .BK, .JK)
        ExchangeInfo("PSE", "Philippine Stock Exchange", ("菲律宾证券交易所", "菲律宾证交所", "菲证交所", "菲律宾交易所", "菲交所"), ("PSE", "PS")),
        ExchangeInfo("SET", "Stock Exchange of Thailand", ("泰国证券交易所", "泰国证交所", "泰国交易所", "泰交所"), ("SET", "BK")),
        ExchangeInfo("IDX", "Indonesia Stock Exchange", ("印尼证券交易所", "印度尼西亚证券交易所", "印尼证交所", "印尼交易所", "雅加达证券交易所"), ("IDX", "JK")),
        # Seoul's and Ho Chi Minh City's markets, as Korean and Vietnamese Chinese-language papers name them (Yahoo's .KS/.KQ; HOSE's own code)
        ExchangeInfo("KRX", "Korea Exchange", ("韩国交易所", "韓國交易所", "韩国证券交易所", "韓國證券交易所", "韩交所", "韓交所",
                                                 "韩国证券期货交易所", "韓國證券期貨交易所", "科斯达克", "科斯達克", "KOSDAQ", "韩国创业板", "韓國創業板"),
                     ("KRX", "KS", "KQ")),
        ExchangeInfo("HOSE", "Ho Chi Minh City Stock Exchange", ("胡志明市证券交易所", "胡志明证券交易所", "胡志明市交易所", "胡志明交易所", "胡志明证交所"), ("HOSE", "HSX")),
        # The rest of the world's markets as Chinese-language papers abroad name them, each in both scripts where they differ
        # (matching reads the Simplified form; answers show both). Asia first: Hanoi, Yangon, Ulaanbaatar, Phnom Penh, Vientiane,
        # India's two markets, Karachi, Dhaka, Colombo, Kathmandu, Almaty and Astana.
        ExchangeInfo("HNX", "Hanoi Stock Exchange", ("河内证券交易所", "河內證券交易所", "河内交易所", "河內交易所", "河内证交所", "河內證交所"), ("HNX",)),
        ExchangeInfo("YSX", "Yangon Stock Exchange", ("仰光证券交易所", "仰光證券交易所", "仰光证交所", "仰光證交所", "仰光交易所",
                                                      "缅甸证券交易所", "緬甸證券交易所", "缅甸仰光证券交易所", "緬甸仰光證券交易所"), ("YSX",)),
        ExchangeInfo("MSE", "Mongolian Stock Exchange", ("蒙古证券交易所", "蒙古證券交易所", "蒙古国证券交易所", "蒙古國證券交易所",
                                                         "蒙古证交所", "蒙古證交所", "蒙古交易所", "乌兰巴托证券交易所", "烏蘭巴托證券交易所"), ("MSE",)),
        ExchangeInfo("CSX", "Cambodia Securities Exchange", ("柬埔寨证券交易所", "柬埔寨證券交易所", "柬埔寨证交所", "柬埔寨證交所", "金边证券交易所",
                                                             "金邊證券交易所"), ("CSX",)),
        ExchangeInfo("LSX", "Lao Securities Exchange", ("老挝证券交易所", "老撾證券交易所", "寮國證券交易所", "老挝证交所", "万象证券交易所",
                                                        "萬象證券交易所"), ("LSX",)),
        ExchangeInfo("NSE", "National Stock Exchange of India", ("印度国家证券交易所", "印度國家證券交易所", "印度国家证交所", "印度國家證交所"), ("NSE", "NS")),
        ExchangeInfo("BSE India", "BSE (Bombay Stock Exchange)", ("孟买证券交易所", "孟買證券交易所", "孟买证交所", "孟買證交所", "孟买交易所", "孟買交易所"), ("BO",)),
        ExchangeInfo("PSX", "Pakistan Stock Exchange", ("巴基斯坦证券交易所", "巴基斯坦證券交易所", "卡拉奇证券交易所", "卡拉奇證券交易所"), ("PSX",)),
        ExchangeInfo("DSE", "Dhaka Stock Exchange", ("达卡证券交易所", "達卡證券交易所", "孟加拉达卡证券交易所", "孟加拉達卡證券交易所"), ("DSE",)),
        ExchangeInfo("CSE", "Colombo Stock Exchange", ("科伦坡证券交易所", "科倫坡證券交易所", "斯里兰卡证券交易所", "斯里蘭卡證券交易所"), ("CSE",)),
        ExchangeInfo("NEPSE", "Nepal Stock Exchange", ("尼泊尔证券交易所", "尼泊爾證券交易所"), ("NEPSE",)),
        ExchangeInfo("KASE", "Kazakhstan Stock Exchange", ("哈萨克斯坦证券交易所", "哈薩克斯坦證券交易所", "阿拉木图证券交易所", "阿拉木圖證券交易所"), ("KASE",)),
        ExchangeInfo("AIX", "Astana International Exchange", ("阿斯塔纳国际交易所", "阿斯塔納國際交易所"), ("AIX",)),
        # Toronto's venture market (its own exchange, not the TSX's board): named before 创业板 alone reads as Shenzhen's
        ExchangeInfo("TSXV", "TSX Venture Exchange", ("多伦多证券交易所创业板", "多倫多證券交易所創業板", "多伦多创业板", "多倫多創業板",
                                                     "加拿大创业板", "加拿大創業板", "多伦多创业交易所", "多倫多創業交易所"), ("TSXV", "V")),
        # the Middle East and Africa
        ExchangeInfo("Tadawul", "Saudi Exchange (Tadawul)", ("沙特证券交易所", "沙特證券交易所", "沙特阿拉伯证券交易所", "沙特阿拉伯證券交易所",
                                                             "沙特交易所"), ("SR",)),
        ExchangeInfo("ADX", "Abu Dhabi Securities Exchange", ("阿布扎比证券交易所", "阿布扎比證券交易所", "阿布达比证券交易所", "阿布達比證券交易所"), ("ADX",)),
        ExchangeInfo("DFM", "Dubai Financial Market", ("迪拜金融市场", "迪拜金融市場", "杜拜金融市場", "迪拜证券交易所", "杜拜證券交易所"), ("DFM",)),
        ExchangeInfo("QSE", "Qatar Stock Exchange", ("卡塔尔证券交易所", "卡塔爾證券交易所", "卡達證券交易所"), ("QSE",)),
        ExchangeInfo("Boursa Kuwait", "Boursa Kuwait", ("科威特证券交易所", "科威特證券交易所")),
        ExchangeInfo("TASE", "Tel Aviv Stock Exchange", ("特拉维夫证券交易所", "特拉維夫證券交易所", "特拉维夫交易所", "特拉維夫交易所",
                                                        "以色列证券交易所", "以色列證券交易所"), ("TASE", "TA")),
        ExchangeInfo("BIST", "Borsa Istanbul", ("伊斯坦布尔证券交易所", "伊斯坦堡證券交易所", "伊斯坦布爾證券交易所", "土耳其证券交易所",
                                                "土耳其證券交易所"), ("BIST", "IS")),
        ExchangeInfo("EGX", "Egyptian Exchange", ("埃及证券交易所", "埃及證券交易所", "埃及交易所"), ("EGX",)),
        ExchangeInfo("JSE", "Johannesburg Stock Exchange", ("约翰内斯堡证券交易所", "約翰內斯堡證券交易所", "约翰内斯堡交易所", "約翰內斯堡交易所",
                                                            "南非证券交易所", "南非證券交易所", "约堡交易所"), ("JSE", "JO")),
        ExchangeInfo("NGX", "Nigerian Exchange", ("尼日利亚证券交易所", "尼日利亞證券交易所", "奈及利亞證券交易所"), ("NGX",)),
        # Europe
        ExchangeInfo("FWB", "Frankfurt Stock Exchange", ("法兰克福证券交易所", "法蘭克福證券交易所", "法兰克福交易所", "法蘭克福交易所",
                                                         "法兰克福证交所", "法蘭克福證交所", "德国证券交易所", "德國證券交易所", "德意志交易所"), ("FWB", "F", "DE")),
        ExchangeInfo("Euronext", "Euronext", ("泛欧交易所", "泛歐交易所", "泛欧证券交易所", "泛歐證券交易所", "巴黎泛欧交易所", "巴黎泛歐交易所",
                                              "阿姆斯特丹泛欧交易所", "阿姆斯特丹泛歐交易所", "巴黎证券交易所", "巴黎證券交易所",
                                              "阿姆斯特丹证券交易所", "阿姆斯特丹證券交易所", "布鲁塞尔证券交易所", "布魯塞爾證券交易所",
                                              "里斯本证券交易所", "里斯本證券交易所", "都柏林证券交易所", "都柏林證券交易所", "奥斯陆证券交易所",
                                              "奧斯陸證券交易所", "米兰证券交易所", "米蘭證券交易所", "意大利证券交易所", "義大利證券交易所"), ("PA", "AS")),
        ExchangeInfo("SIX", "SIX Swiss Exchange", ("瑞士证券交易所", "瑞士證券交易所", "瑞士交易所", "瑞士证交所", "瑞士證交所", "苏黎世证券交易所",
                                                   "蘇黎世證券交易所", "瑞士SIX交易所"), ("SIX", "SW")),
        ExchangeInfo("BME", "Bolsa de Madrid", ("马德里证券交易所", "馬德里證券交易所", "西班牙证券交易所", "西班牙證券交易所"), ("BME", "MC")),
        ExchangeInfo("Wiener Börse", "Vienna Stock Exchange", ("维也纳证券交易所", "維也納證券交易所")),
        ExchangeInfo("GPW", "Warsaw Stock Exchange", ("华沙证券交易所", "華沙證券交易所"), ("GPW", "WA")),
        ExchangeInfo("Nasdaq Stockholm", "Nasdaq Stockholm", ("斯德哥尔摩证券交易所", "斯德哥爾摩證券交易所")),
        ExchangeInfo("Nasdaq Copenhagen", "Nasdaq Copenhagen", ("哥本哈根证券交易所", "哥本哈根證券交易所")),
        ExchangeInfo("Nasdaq Helsinki", "Nasdaq Helsinki", ("赫尔辛基证券交易所", "赫爾辛基證券交易所")),
        ExchangeInfo("MOEX", "Moscow Exchange", ("莫斯科交易所", "莫斯科证券交易所", "莫斯科證券交易所", "俄罗斯莫斯科交易所", "俄羅斯莫斯科交易所"),
                     ("MOEX", "ME")),
        # the Americas and Oceania
        ExchangeInfo("B3", "B3 (Brasil Bolsa Balcão)", ("巴西证券交易所", "巴西證券交易所", "圣保罗证券交易所", "聖保羅證券交易所", "巴西交易所"),
                     ("B3", "SA")),
        ExchangeInfo("BMV", "Mexican Stock Exchange", ("墨西哥证券交易所", "墨西哥證券交易所"), ("BMV", "MX")),
        ExchangeInfo("BCS", "Santiago Stock Exchange", ("圣地亚哥证券交易所", "聖地亞哥證券交易所", "智利证券交易所", "智利證券交易所"), ("BCS", "SN")),
        ExchangeInfo("BVL", "Lima Stock Exchange", ("利马证券交易所", "利馬證券交易所", "秘鲁证券交易所", "秘魯證券交易所"), ("BVL",)),
        ExchangeInfo("BYMA", "Buenos Aires Stock Exchange", ("布宜诺斯艾利斯证券交易所", "布宜諾斯艾利斯證券交易所", "阿根廷证券交易所",
                                                             "阿根廷證券交易所"), ("BYMA", "BA")),
        ExchangeInfo("NZX", "New Zealand's Exchange", ("新西兰证券交易所", "新西蘭證券交易所", "紐西蘭證券交易所", "新西兰交易所", "新西蘭交易所",
                                                      "紐西蘭交易所"), ("NZX", "NZ")),
    )
}


def role_of_title(title: str) -> Role | None:
    """The role a bare title normalises to, or None if it is not a known title."""
    for role, (zh, _en) in ROLE_LABELS.items():
        if role is not Role.OTHER and title in zh:
            return role
    return None
