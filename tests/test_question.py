"""Backend as analysts type them → intent, entities, role, time (own example sentences)."""

from __future__ import annotations

import datetime

import opencc
import pytest

from schema import Role
from service.question import UnsupportedQuestion, parse
from service.question_dates import find_date


@pytest.mark.parametrize("text, date, rest", [
    ("2020年6月1日华夏银行的行长是谁", "2020-06-01", "华夏银行的行长是谁"),
    ("截至2019年底，谁持有中原银行的股份", "2019-12", "谁持有中原银行的股份"),
    ("2018年浦发银行的董事长是谁", "2018", "浦发银行的董事长是谁"),
    ("Who was the CFO of Bank of Ningbo in March 2021", "2021-03", "Who was the CFO of Bank of Ningbo"),
    ("Who held stakes in Sunshine Insurance as of 2020-06-30", "2020-06-30", "Who held stakes in Sunshine Insurance"),
    ("Who was the chairman of Bank of Jiangsu on 1 June 2017", "2017-06-01", "Who was the chairman of Bank of Jiangsu"),
    ("Who was the chairman of Bank of Jiangsu on June 1, 2017", "2017-06-01", "Who was the chairman of Bank of Jiangsu"),
    ("Who ran Guotai Junan at the end of 2015", "2015-12", "Who ran Guotai Junan"),
    ("Who is the CEO of 360集团", None, "Who is the CEO of 360集团"),
    ("2020年13月中原银行的行长是谁", "2020", "13月中原银行的行长是谁"),  # no 13th month: the year alone
])
def test_dates_in_questions(text: str, date: str | None, rest: str) -> None:
    assert find_date(text) == (date, rest)


@pytest.mark.parametrize("text, intent, subject, role, company, as_of, when", [
    ("华夏银行现任行长是谁", "role_of", "华夏银行", Role.PRESIDENT, None, None, "now"),
    ("華夏銀行的董事會秘書是誰", "role_of", "华夏银行", Role.BOARD_SECRETARY, None, None, "now"),
    ("浦发银行副行长有哪些", "role_of", "浦发银行", Role.VICE_PRESIDENT, None, None, "now"),
    ("2019年3月中原银行的首席风险官是谁", "role_of", "中原银行", Role.CRO, None, "2019-03", "at"),
    ("Who was Bank of Ningbo's CFO in 2018?", "role_of", "Bank of Ningbo", Role.CFO, None, "2018", "at"),
    ("Who is the chief executive officer of Sunshine Insurance now?", "role_of", "Sunshine Insurance", Role.CEO, None, None, "now"),
    ("中原银行的监事长是谁", "role_of", "中原银行", Role.SUPERVISOR, None, None, "now"),
    ("中原银行的高管有哪些", "executives", "中原银行", None, None, None, "now"),
    ("王小明担任过哪些职务", "positions", "王小明", None, None, None, "ever"),
    ("What positions has Wang Xiaoming held?", "positions", "Wang Xiaoming", None, None, None, "ever"),
    ("What positions does Wang Xiaoming hold?", "positions", "Wang Xiaoming", None, None, None, "now"),
    ("谁接替王小明担任中原银行行长", "successors", "王小明", Role.PRESIDENT, "中原银行", None, "now"),
    ("王小明的继任者是谁", "successors", "王小明", None, None, None, "now"),
    ("Who succeeded Wang Xiaoming as chairman of Bank of Ningbo?", "successors", "Wang Xiaoming", Role.CHAIRMAN, "Bank of Ningbo", None, "now"),
    ("Who preceded Li Hua as CEO of Sunshine Insurance?", "predecessors", "Li Hua", Role.CEO, "Sunshine Insurance", None, "now"),
    ("Who was the president of Bank of Ningbo before Li Hua?", "predecessors", "Li Hua", Role.PRESIDENT, "Bank of Ningbo", None, "now"),
    ("在李华之前中原银行的行长是谁", "predecessors", "李华", Role.PRESIDENT, "中原银行", None, "now"),
    ("谁持有中原银行的股份", "holders", "中原银行", None, None, None, "now"),
    ("马上消金现在的股东有哪些", "holders", "马上消金", None, None, None, "now"),
    ("Who held stakes in Mashang Consumer Finance in 2019?", "holders", "Mashang Consumer Finance", None, None, "2019", "at"),
    ("中原银行的实际控制人是谁", "controller", "中原银行", None, None, None, "now"),
    ("Which group holds the controlling stake in Bank of Ningbo?", "controller", "Bank of Ningbo", None, None, None, "now"),
    ("Who is the controlling shareholder of Sunshine Insurance?", "controller", "Sunshine Insurance", None, None, None, "now"),
    ("中原消费金融的母公司是哪家", "parent", "中原消费金融", None, None, None, "now"),
    ("What is the parent company of Zhongyuan Consumer Finance?", "parent", "Zhongyuan Consumer Finance", None, None, None, "now"),
    ("谁创立了阳光保险", "founders", "阳光保险", None, None, None, "now"),
    ("Who founded Sunshine Insurance?", "founders", "Sunshine Insurance", None, None, None, "now"),
    ("中原银行在哪里上市", "listed", "中原银行", None, None, None, "now"),
    ("Where is Bank of Ningbo listed?", "listed", "Bank of Ningbo", None, None, None, "now"),
    ("度小满的前身是什么", "former_names", "度小满", None, None, None, "now"),
    ("度小满的曾用名是什么", "former_names", "度小满", None, None, None, "now"),
    ("What was Du Xiaoman formerly called?", "former_names", "Du Xiaoman", None, None, None, "ever"),
    ("how is 王小明 connected to 中原银行", "connection", "王小明", None, None, None, "now"),
    ("Wang Xiaoming's positions", "positions", "Wang Xiaoming", None, None, None, "now"),
    ("小米金融后来改名叫什么", "new_names", "小米金融", None, None, None, "now"),
    ("小米金融现在叫什么", "new_names", "小米金融", None, None, None, "now"),
    ("What was Xiaomi Finance renamed to?", "new_names", "Xiaomi Finance", None, None, None, "now"),
])
def test_forms(text: str, intent: str, subject: str, role: Role | None, company: str | None, as_of: str | None, when: str) -> None:
    q = parse(text)
    assert (q.intent, q.subject, q.role, q.company, q.as_of, q.when) == (intent, subject, role, company, as_of, when)


def test_a_bank_name_is_not_cut_at_a_role_word() -> None:
    assert parse("平安银行行长是谁").subject == "平安银行"  # 银行 + 行长, not 平安银 + 行长
    assert (parse("平安银行副行长是谁").subject, parse("平安银行副行长是谁").role) == ("平安银行", Role.VICE_PRESIDENT)


def test_a_unit_of_the_company_belongs_to_the_post() -> None:
    """The unit goes into the title of a post outside the role list, as the extractor stores it."""
    posts = {"华夏银行的金融科技部总经理是谁": ("华夏银行", "金融科技部总经理"),
             "华夏银行零售事业部总经理助理是谁": ("华夏银行", "零售事业部总经理助理"),
             "谁是浦发银行的信用卡中心副总经理": ("浦发银行", "信用卡中心副总经理"),
             "中原银行的北京分行行长是谁": ("中原银行", "北京分行行长")}
    for text, (subject, word) in posts.items():
        q = parse(text)
        assert (q.intent, q.subject, q.role, q.role_word) == ("role_of", subject, Role.OTHER, word), text


def test_a_company_named_like_a_unit_is_not_cut() -> None:
    q = parse("东方资产管理中心的总经理是谁")  # a name ending in 中心 with no unit after its kind word
    assert (q.subject, q.role) == ("东方资产管理中心", Role.GENERAL_MANAGER)
    q = parse("青禾控股集团有限公司的董事长是谁")
    assert (q.subject, q.role) == ("青禾控股集团有限公司", Role.CHAIRMAN)


def test_unsupported_question_lists_the_forms() -> None:
    with pytest.raises(UnsupportedQuestion) as e:
        parse("what is the weather")
    assert "青禾科技的董事长是谁" in e.value.supported and "who founded Qinghe Tech" in e.value.supported


@pytest.mark.parametrize("text, date", [("2022年第三季度宁波银行的行长是谁", "2022-09"), ("2021年上半年宁波银行的行长是谁", "2021-06"),
                                        ("Who was the CFO of Bank of Ningbo in Q1 2020?", "2020-03"),
                                        ("Who was the CFO of Bank of Ningbo at the end of the second quarter of 2020?", "2020-06")])
def test_quarters_and_halves_are_their_last_month(text: str, date: str) -> None:
    assert parse(text).as_of == date


@pytest.mark.parametrize("text, subject, role", [("宁波银行的前任董事长是谁", "宁波银行", Role.CHAIRMAN), ("宁波银行原行长是谁", "宁波银行", Role.PRESIDENT),
                                                 ("Who was the previous CEO of Bank of Ningbo?", "Bank of Ningbo", Role.CEO)])
def test_the_previous_holder_of_a_post(text: str, subject: str, role: Role) -> None:
    q = parse(text)
    assert (q.intent, q.subject, q.role) == ("former_holder", subject, role)


@pytest.mark.parametrize("text, subject, role, as_of", [
    ("Who is the Chairman of the Board of Bank of Ningbo?", "Bank of Ningbo", Role.CHAIRMAN, None),
    ("Who was the chairman of the board of directors of 宁波银行 in 2019?", "宁波银行", Role.CHAIRMAN, "2019"),
    ("in 2021, who was the CEO of 阳光保险?", "阳光保险", Role.CEO, "2021"),  # a date first: still English
    ("Who was the CFO of Bank of Ningbo as of 2019-10?", "Bank of Ningbo", Role.CFO, "2019-10"),  # year and month, not the year
    ("As of 2020-06, who was the president of 中原银行?", "中原银行", Role.PRESIDENT, "2020-06"),
])
def test_english_role_questions_with_a_board_or_a_leading_date(text: str, subject: str, role: Role, as_of: str | None) -> None:
    q = parse(text)
    assert (q.intent, q.subject, q.role, q.as_of, q.lang) == ("role_of", subject, role, as_of, "en")


@pytest.mark.parametrize("text, intent, subject", [
    ("What are the subsidiaries of 中原银行?", "subsidiaries", "中原银行"),
    ("subsidiaries of Bank of Ningbo", "subsidiaries", "Bank of Ningbo"),
    ("what did Du Xiaoman use to be called", "former_names", "Du Xiaoman"),
    ("what was Du Xiaoman called before", "former_names", "Du Xiaoman"),
])
def test_a_form_with_alternatives_reads_the_whole_name(text: str, intent: str, subject: str) -> None:
    q = parse(text)
    assert (q.intent, q.subject) == (intent, subject)


@pytest.mark.parametrize("text, intent, subject, role, company", [
    ("中原银行的主要股东是谁", "holders", "中原银行", None, None),
    ("谁控制着中原银行", "controller", "中原银行", None, None),
    ("谁是中原银行的实际控制人", "controller", "中原银行", None, None),
    ("Who is Bank of Ningbo's controlling shareholder?", "controller", "Bank of Ningbo", None, None),
    ("中原银行有哪些子公司", "subsidiaries", "中原银行", None, None),
    ("中原银行旗下有哪些公司", "subsidiaries", "中原银行", None, None),
    ("What subsidiaries does Bank of Ningbo have?", "subsidiaries", "Bank of Ningbo", None, None),
    ("What are Bank of Ningbo's subsidiaries?", "subsidiaries", "Bank of Ningbo", None, None),
    ("Which company is the parent of Bank of Ningbo?", "parent", "Bank of Ningbo", None, None),
    ("阳光保险是谁创立的", "founders", "阳光保险", None, None),
    ("谁是阳光保险的创始人", "founders", "阳光保险", None, None),
    ("度小满更名前叫什么", "former_names", "度小满", None, None),
    ("北林农商银行改制前叫什么", "former_names", "北林农商银行", None, None),
    ("谁买了西岭资本所持的南川银行股权", "buyers", "南川银行", None, None),
    ("西岭资本把南川银行的股份转让给了谁", "buyers", "南川银行", None, None),
    ("To whom did Xiling Capital sell its stake in Nanchuan Bank?", "buyers", "Nanchuan Bank", None, None),
    ("谁出售了南川银行的股份", "sellers", "南川银行", None, None),
    ("谁卖过南川银行的股份", "sellers", "南川银行", None, None), ("Who chairs the board of Nanchuan Bank?", "role_of", "Nanchuan Bank", Role.CHAIRMAN, None), ("哪些股东转让过南川银行的股权", "sellers", "南川银行", None, None),
    ("谁把所持南川银行的股权转让给了西岭资本", "sellers", "南川银行", None, None),
    ("Who sold shares in Nanchuan Bank to Xiling Capital?", "sellers", "Nanchuan Bank", None, None),
    ("北林农商银行改制前的名称是什么", "former_names", "北林农商银行", None, None),
    ("北林农商银行是由哪家机构改制而来的", "former_names", "北林农商银行", None, None),
    ("北林农商银行改制前是哪家机构", "former_names", "北林农商银行", None, None),
    ("北林信用联社改制后叫什么", "new_names", "北林信用联社", None, None),
    ("北林信用联社更名后的名称是什么", "new_names", "北林信用联社", None, None),
    ("北林信用联社改制为什么", "new_names", "北林信用联社", None, None),
    ("Du Xiaoman was formerly known as what?", "former_names", "Du Xiaoman", None, None),
    ("Where are Bank of Ningbo shares traded?", "listed", "Bank of Ningbo", None, None),
    ("Who chairs Bank of Ningbo?", "role_of", "Bank of Ningbo", Role.CHAIRMAN, None),
    ("王小明现任什么职务", "positions", "王小明", None, None),
    ("王小明在哪些公司任职", "positions", "王小明", None, None),
    ("王小明之后中原银行的行长是谁", "successors", "王小明", Role.PRESIDENT, "中原银行"),
    ("王小明卸任后谁接任中原银行董事长", "successors", "王小明", Role.CHAIRMAN, "中原银行"),
    ("接替王小明的是谁", "successors", "王小明", None, None),  # no company without a post after it
    ("谁接任了王小明的行长职务", "successors", "王小明", Role.PRESIDENT, None),
    ("谁是王小明的继任者", "successors", "王小明", None, None),
    ("谁是王小明的前任", "predecessors", "王小明", None, None),
    ("王小明接替的是谁", "predecessors", "王小明", None, None),
    ("王小明接替了谁担任中原银行行长", "predecessors", "王小明", Role.PRESIDENT, "中原银行"),
    ("Whom did Wang Xiaoming replace?", "predecessors", "Wang Xiaoming", None, None),
    ("Who chaired Bank of Ningbo in 2019?", "role_of", "Bank of Ningbo", Role.CHAIRMAN, None),
    ("王小明有哪些职务", "positions", "王小明", None, None),
    ("王小明曾在哪些公司任职", "positions", "王小明", None, None),
    ("中原银行有哪些股东", "holders", "中原银行", None, None),
    ("中原银行背后的控制人是谁", "controller", "中原银行", None, None),
    ("中原银行的股票在哪里上市", "listed", "中原银行", None, None),
    ("中原银行是在哪里上市的", "listed", "中原银行", None, None),
    ("中原银行在哪些交易所上市过", "listed", "中原银行", None, None), ("中原银行在哪挂牌过", "listed", "中原银行", None, None),
    ("中原銀行以前叫甚麼", "former_names", "中原银行", None, None), ("王小明擔任甚麼職務", "positions", "王小明", None, None),
    ("Which companies does Bank of Ningbo own?", "subsidiaries", "Bank of Ningbo", None, None),
    ("中原银行的一把手是谁", "role_of", "中原银行", Role.CHAIRMAN, None),
    ("中原银行什么时候上市", "listed", "中原银行", None, None), ("中原银行是哪一年在港交所上市的", "listed", "中原银行", None, None),
    ("When did Bank of Ningbo go public?", "listed", "Bank of Ningbo", None, None),
    ("When was Bank of Ningbo listed on the Shenzhen Stock Exchange?", "listed", "Bank of Ningbo", None, None),
    ("王小明是谁", "positions", "王小明", None, None), ("谁是王小明", "positions", "王小明", None, None),
    ("Who is Wang Xiaoming?", "positions", "Wang Xiaoming", None, None),
    ("王小明现在在哪家公司", "positions", "王小明", None, None),
    ("王小明在中原银行担任什么职务", "positions", "王小明", None, "中原银行"),
    ("王小明之后谁担任中原银行行长", "successors", "王小明", Role.PRESIDENT, "中原银行"),
    ("谁在王小明之后出任中原银行行长", "successors", "王小明", Role.PRESIDENT, "中原银行"),
    ("中原银行行长王小明卸任后，由谁接任", "successors", "王小明", Role.PRESIDENT, "中原银行"),
])
def test_more_ways_analysts_ask(text: str, intent: str, subject: str, role: Role | None, company: str | None) -> None:
    """Each form read the same in Simplified and in Traditional (Taiwan and Hong Kong)."""
    for variant in (text, *(opencc.OpenCC(c).convert(text) for c in ("s2tw", "s2hk"))):
        q = parse(variant)
        assert (q.intent, q.subject, q.role, q.company) == (intent, subject, role, company), variant


@pytest.mark.parametrize("text, date", [
    ("2021.3.5宁波银行的董事长是谁", "2021-03-05"), ("2021/03/05宁波银行的董事长是谁", "2021-03-05"), ("2021-03宁波银行的行长是谁", "2021-03"),
    ("Who was the CFO of Bank of Ningbo at end-2018?", "2018-12"), ("Who was the CFO of Bank of Ningbo in early 2019?", "2019-03"),
    ("Who was the CFO of Bank of Ningbo in mid-2019?", "2019-06"), ("Who was the CFO of Bank of Ningbo in late 2019?", "2019-12"),
    ("Who was the CFO of Bank of Ningbo in H1 2019?", "2019-06"), ("Who was the CFO of Bank of Ningbo in the second half of 2019?", "2019-12"),
    ("Who was Bank of Ningbo's CFO back in 2012?", "2012"),
])
def test_more_ways_a_date_is_written(text: str, date: str) -> None:
    q = parse(text)
    assert q.as_of == date and q.subject in ("宁波银行", "Bank of Ningbo")


@pytest.mark.parametrize("text, intent, subject, role", [
    ("Who is the 董事长 of 宁波银行?", "role_of", "宁波银行", Role.CHAIRMAN),
    ("Who was the 行长 of 中原银行 in 2019?", "role_of", "中原银行", Role.PRESIDENT),
    ("Who founded 中国人民银行?", "founders", "中国人民银行", None),  # a Chinese name with no role in it is left whole
    ("Who controls 董事会办公室?", "controller", "董事会办公室", None),  # a role word inside a name: the question still reads
])
def test_an_english_question_with_a_chinese_title(text: str, intent: str, subject: str, role: Role | None) -> None:
    q = parse(text)
    assert (q.intent, q.subject, q.role) == (intent, subject, role)


@pytest.mark.parametrize("text, intent, when", [
    ("Who has stakes in Bank of Ningbo?", "holders", "now"), ("Who held stakes in Bank of Ningbo?", "holders", "now"),
    ("Who has held stakes in Bank of Ningbo?", "holders", "ever"), ("Who owned Bank of Ningbo in the past?", "holders", "ever"),
    ("Who has owned Bank of Ningbo?", "holders", "ever"), ("Who has ever chaired Bank of Ningbo?", "role_of", "ever"),
    ("What positions has Wang Xiaoming held?", "positions", "ever"), ("Where did Wang Xiaoming work?", "positions", "ever"),
    ("What positions does Wang Xiaoming hold?", "positions", "now"),
])
def test_an_english_question_over_time_says_so(text: str, intent: str, when: str) -> None:
    """No date asks of now (qa/GUIDE); "has held", "did … work", "in the past" ask of any time."""
    q = parse(text)
    assert (q.intent, q.subject, q.when) == (intent, "Wang Xiaoming" if intent == "positions" else "Bank of Ningbo", when)


@pytest.mark.parametrize("text, intent, subject, role, company, when", [
    ("周明远在哪些公司任过职", "positions", "周明远", None, None, "ever"),
    ("周明远在哪些机构工作过", "positions", "周明远", None, None, "ever"),
    ("周明远供职于哪家公司", "positions", "周明远", None, None, "now"),
    ("周明远就职于哪些机构", "positions", "周明远", None, None, "now"),
    ("北林银行旗下子公司", "subsidiaries", "北林银行", None, None, "now"),
    ("北林银行的掌舵人是谁", "role_of", "北林银行", Role.CHAIRMAN, None, "now"),
    ("北林银行董事长周明远的继任者是谁", "successors", "周明远", Role.CHAIRMAN, "北林银行", "now"),
    ("北林银行行长周明远的前任是谁", "predecessors", "周明远", Role.PRESIDENT, "北林银行", "now"),
    ("谁收购了北林银行", "buyers", "北林银行", None, None, "now"),
    ("北林银行被谁收购了", "buyers", "北林银行", None, None, "now"),
    ("北林银行归谁所有", "controller", "北林银行", None, None, "now"),
    ("北林银行上市了吗", "listed", "北林银行", None, None, "now"),
    ("Who is the biggest shareholder in Beilin Bank?", "controller", "Beilin Bank", None, None, "now"),
    ("Who are the major shareholders of Beilin Bank?", "holders", "Beilin Bank", None, None, "now"),
    ("Who owns the majority of Beilin Bank?", "controller", "Beilin Bank", None, None, "now"),
    ("What companies has Zhou Mingyuan worked for?", "positions", "Zhou Mingyuan", None, None, "ever"),
    ("What is Zhou Mingyuan's current position?", "positions", "Zhou Mingyuan", None, None, "now"),
    ("What did Beilin Bank used to be called?", "former_names", "Beilin Bank", None, None, "ever"),
    ("What is Beilin Bank now called?", "new_names", "Beilin Bank", None, None, "now"),
    ("What is the new name of Beilin Bank?", "new_names", "Beilin Bank", None, None, "now"),
    ("Who founded Beilin Bank and when?", "founders", "Beilin Bank", None, None, "now"),
    ("Who sold shares of Beilin Bank?", "sellers", "Beilin Bank", None, None, "now"),
    ("Who acquired Beilin Bank?", "buyers", "Beilin Bank", None, None, "now"),
    ("Is Beilin Bank listed?", "listed", "Beilin Bank", None, None, "now"),
])
def test_yet_more_ways_analysts_ask(text: str, intent: str, subject: str, role: Role | None, company: str | None, when: str) -> None:
    q = parse(text)
    assert (q.intent, q.subject, q.role, q.company, q.when) == (intent, subject, role, company, when)


@pytest.mark.parametrize("text, intent, subject, role, company", [
    ("谁任北林银行董事长", "role_of", "北林银行", Role.CHAIRMAN, None),
    ("北林银行董事长一职由谁出任", "role_of", "北林银行", Role.CHAIRMAN, None),
    ("周明远现在是什么职位", "positions", "周明远", None, None),
    ("周明远在北林银行是什么职务", "positions", "周明远", None, "北林银行"),
    ("周明远在北林银行担任的职务", "positions", "周明远", None, "北林银行"),
    ("北林银行董事会成员有哪些", "role_of", "北林银行", Role.DIRECTOR, None),
    ("北林银行的实际控制人是哪位", "controller", "北林银行", None, None),
    ("北林银行由哪家公司控股", "controller", "北林银行", None, None),
    ("北林银行是哪家公司控股的", "controller", "北林银行", None, None),
    ("北林银行是谁旗下的", "parent", "北林银行", None, None),
    ("谁接替了周明远的职务", "successors", "周明远", None, None),
    ("接替周明远担任北林银行董事长的是谁", "successors", "周明远", Role.CHAIRMAN, "北林银行"),
    ("北林银行的股票在哪个交易所交易", "listed", "北林银行", None, None),
])
def test_still_more_ways_analysts_ask(text: str, intent: str, subject: str, role: Role | None, company: str | None) -> None:
    for variant in (text, *(opencc.OpenCC(c).convert(text) for c in ("s2tw", "s2hk"))):
        q = parse(variant)
        assert (q.intent, q.subject, q.role, q.company) == (intent, subject, role, company), variant


@pytest.mark.parametrize("text, intent, subject, role, company, other", [
    ("Who is the head of Beilin Bank?", "executives", "Beilin Bank", None, None, None),
    ("Who is Beilin Bank's boss?", "executives", "Beilin Bank", None, None, None),
    ("Who sits on the board of Beilin Bank?", "role_of", "Beilin Bank", Role.DIRECTOR, None, None),
    ("Who was on the board of Beilin Bank?", "role_of", "Beilin Bank", Role.DIRECTOR, None, None),
    ("Who was appointed chairman of Beilin Bank?", "role_of", "Beilin Bank", Role.CHAIRMAN, None, None),
    ("Who took over as CEO of Beilin Bank?", "role_of", "Beilin Bank", Role.CEO, None, None),
    ("Which company is Beilin Bank a subsidiary of?", "parent", "Beilin Bank", None, None, None),
    ("What is the relationship between Zhou Mingyuan and Beilin Bank?", "connection", "Zhou Mingyuan", None, None, "Beilin Bank"),
    ("How are Zhou Mingyuan and Beilin Bank related?", "connection", "Zhou Mingyuan", None, None, "Beilin Bank"),
    ("What is Zhou Mingyuan's role at Beilin Bank?", "positions", "Zhou Mingyuan", None, "Beilin Bank", None),
    ("What does Zhou Mingyuan do at Beilin Bank?", "positions", "Zhou Mingyuan", None, "Beilin Bank", None),
    ("Which bank does Zhou Mingyuan chair?", "positions", "Zhou Mingyuan", Role.CHAIRMAN, None, None),
    ("Who chaired Beilin Bank before Zhou Mingyuan?", "predecessors", "Zhou Mingyuan", Role.CHAIRMAN, "Beilin Bank", None),
    ("Who bought into Beilin Bank?", "buyers", "Beilin Bank", None, None, None),
    ("Whom did Beilin Group sell its Beilin Bank stake to?", "buyers", "Beilin Bank", None, None, "Beilin Group"),
    ("Who were the sellers of Beilin Bank shares?", "sellers", "Beilin Bank", None, None, None),
    ("List Beilin Group's subsidiaries", "subsidiaries", "Beilin Group", None, None, None),
    ("When was Beilin Bank founded and by whom?", "founders", "Beilin Bank", None, None, None),
    ("What was the name of Beilin Bank before?", "former_names", "Beilin Bank", None, None, None),
])
def test_english_forms_analysts_use(text: str, intent: str, subject: str, role: Role | None, company: str | None, other: str | None) -> None:
    q = parse(text)
    assert (q.intent, q.subject, q.role, q.company, q.other) == (intent, subject, role, company, other)


@pytest.mark.parametrize("text, date, rest", [
    ("2022年至今北林银行的行长是谁", None, "北林银行的行长是谁"),  # since then until now: the present
    ("2023年3月中旬北林银行的董事长是谁", "2023-03", "北林银行的董事长是谁"),
    ("2023年Q3北林银行的董事长是谁", "2023-09", "北林银行的董事长是谁"),
    ("Who was the chairman of Beilin Bank in FY2022", "2022", "Who was the chairman of Beilin Bank"),
    ("Who was the chairman of Beilin Bank at year-end 2021", "2021-12", "Who was the chairman of Beilin Bank"),
    ("Who was the chairman of Beilin Bank before 2020", "2019", "Who was the chairman of Beilin Bank"),
    ("Who was the chairman of Beilin Bank before March 2020", "2020-02", "Who was the chairman of Beilin Bank"),
    ("Who was the chairman of Beilin Bank before 2020-03-01", "2020-02-29", "Who was the chairman of Beilin Bank"),
])
def test_yet_more_ways_a_date_is_written(text: str, date: str | None, rest: str) -> None:
    assert find_date(text) == (date, rest)


@pytest.mark.parametrize("text, intent, subject, role, when", [
    ("北林银行历任董事长有哪些", "role_of", "北林银行", Role.CHAIRMAN, "ever"),
    ("北林银行历届董事长", "role_of", "北林银行", Role.CHAIRMAN, "ever"),
    ("北林银行曾经的董事长有谁", "role_of", "北林银行", Role.CHAIRMAN, "ever"),
    ("北林銀行前稱什麼", "former_names", "北林银行", None, "now"),
])
def test_every_holder_of_a_post_and_a_former_name_in_hong_kong_words(text: str, intent: str, subject: str, role: Role | None, when: str) -> None:
    q = parse(text)
    assert (q.intent, q.subject, q.role, q.when) == (intent, subject, role, when)


@pytest.mark.parametrize("text, date, rest", [
    ("二〇二三年三月北林银行的董事长是谁", "2023-03", "北林银行的董事长是谁"),
    ("截至二零二二年十二月三十一日北林银行的行长是谁", "2022-12-31", "北林银行的行长是谁"),
    ("二〇二一年底北林银行的控股股东是谁", "2021-12", "北林银行的控股股东是谁"),
    ("北林银行二〇一九年十月的董事长是谁", "2019-10", "北林银行 的董事长是谁"),
])
def test_a_date_in_chinese_numerals(text: str, date: str, rest: str) -> None:
    assert find_date(text) == (date, rest)


@pytest.mark.parametrize("text, date, rest", [
    ("去年北林银行的董事长是谁", "2025", "北林银行的董事长是谁"),
    ("去年底北林银行的控股股东是谁", "2025-12", "北林银行的控股股东是谁"),
    ("今年初北林银行的行长是谁", "2026-01", "北林银行的行长是谁"),
    ("前年北林银行的董事长是谁", "2024", "北林银行的董事长是谁"),
    ("北林银行上个月的行长是谁", "2026-05", "北林银行 的行长是谁"),
    ("Who was the chairman of Beilin Bank last year", "2025", "Who was the chairman of Beilin Bank"),
])
def test_a_date_relative_to_the_day_asked(text: str, date: str, rest: str) -> None:
    """去年, 前年, 今年初, 上个月, last year: the calendar's, counted from the day the question is asked."""
    assert find_date(text, today=datetime.date(2026, 6, 15)) == (date, rest)


@pytest.mark.parametrize("text, intent, subject, role, company", [
    ("濮星河是谁的继任者", "predecessors", "濮星河", None, None),  # whom he followed
    ("濮星河是谁的前任", "successors", "濮星河", None, None),
    ("谁接了濮星河的班", "successors", "濮星河", None, None), ("濮星河接的是谁的班", "predecessors", "濮星河", None, None),
    ("在濮星河之后，谁是岱川证券的总裁", "successors", "濮星河", Role.PRESIDENT, "岱川证券"),
    ("在濮星河之前，谁担任岱川证券的总裁", "predecessors", "濮星河", Role.PRESIDENT, "岱川证券"),
    ("Who was 岱川证券's president before 濮星河?", "predecessors", "濮星河", Role.PRESIDENT, "岱川证券"),
    ("谁是岱川证券的高管", "executives", "岱川证券", None, None), ("岱川证券的高管团队有哪些人", "executives", "岱川证券", None, None),
    ("濮星河是哪家公司的高管", "positions", "濮星河", None, None), ("濮星河现在是做什么的", "positions", "濮星河", None, None),
    ("岱川证券的股权结构是什么样的", "holders", "岱川证券", None, None),
    ("岱川证券的前五大股东是谁", "holders", "岱川证券", None, None), ("岱川证券的第一大股东是谁", "controller", "岱川证券", None, None),
    ("Which company is the largest shareholder of 岱川证券?", "controller", "岱川证券", None, None),
    ("谁曾担任岱川证券董事长", "role_of", "岱川证券", Role.CHAIRMAN, None),
    ("岱川证券的股份被谁卖掉了", "sellers", "岱川证券", None, None), ("哪家公司减持了岱川证券", "sellers", "岱川证券", None, None),
    ("谁从岱川证券退出了", "sellers", "岱川证券", None, None), ("岱川证券的股权被转让给了谁", "buyers", "岱川证券", None, None),
    ("岱川证券的全资子公司有哪些", "subsidiaries", "岱川证券", None, None), ("岱川证券在香港上市了吗", "listed", "岱川证券", None, None),
    ("谁曾经持有岱川证券的股份", "holders", "岱川证券", None, None), ("谁持有过岱川证券的股份", "holders", "岱川证券", None, None),
    ("哪家公司是岱川证券的控股股东", "controller", "岱川证券", None, None), ("岱川证券的股东包括哪些公司", "holders", "岱川证券", None, None),
    ("岱川证券持股比例最高的股东是谁", "controller", "岱川证券", None, None), ("岱川证券有多少股东", "holders", "岱川证券", None, None),
    ("濮星河以前在哪工作", "positions", "濮星河", None, None), ("濮星河曾任何职", "positions", "濮星河", None, None),
    ("岱川证券在哪个交易所挂牌", "listed", "岱川证券", None, None), ("岱川证券的发起人是谁", "founders", "岱川证券", None, None),
    ("Who was 濮星河 succeeded by?", "successors", "濮星河", None, None), ("Which bank does 濮星河 work for?", "positions", "濮星河", None, None),
    ("Who acquired shares of 岱川证券?", "buyers", "岱川证券", None, None),
    ("岱川证券的董事会由哪些人组成", "role_of", "岱川证券", Role.DIRECTOR, None), ("岱川证券董事会有哪些成员", "role_of", "岱川证券", Role.DIRECTOR, None),
])
def test_who_took_over_whose_shift_and_other_ways_to_ask(text: str, intent: str, subject: str, role: Role | None, company: str | None) -> None:
    """"A是谁的继任者" asks whom A followed; "前五大股东" asks the holders, not the controller; in either script."""
    for variant in (text, *(opencc.OpenCC(c).convert(text) for c in ("s2tw", "s2hk"))):
        q = parse(variant)
        assert (q.intent, q.subject, q.role, q.company) == (intent, subject, role, company), variant


@pytest.mark.parametrize(("text", "intent", "subject", "role"), [
    ("Lanling Digital CFO", "role_of", "Lanling Digital", Role.CFO),
    ("Lanling Digital's chairman", "role_of", "Lanling Digital", Role.CHAIRMAN),
    ("Lanling Digital founders", "founders", "Lanling Digital", None),
    ("LNDG listed on which exchange", "listed", "LNDG", None),
    ("Lanling Digital listed where", "listed", "Lanling Digital", None),
    ("Lanling Digital's shares are traded where?", "listed", "Lanling Digital", None),
    ("Lanling Digital's parent", "parent", "Lanling Digital", None),
    ("Lanling Digital parent company", "parent", "Lanling Digital", None),
    ("parent of 兰陵数科", "parent", "兰陵数科", None),
    ("who runs Lanling Digital", "executives", "Lanling Digital", None),
])
def test_search_box_phrasings_in_english(text: str, intent: str, subject: str, role: Role | None) -> None:
    # the name first, then the post, the word for founders, or the question word last
    q = parse(text)
    assert (q.intent, q.subject, q.role) == (intent, subject, role)
