"""The question forms: where a question's entities and role stand, one
regular expression a form, tried in order (`service.question.parse`).

A form reads the whole question after its date and "now" words are lifted
out and its role word is replaced by `R`; its example is what the CLI and the
API list when no form fits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

R = "\x00"  # where the role stood


_ENGLISH_START = re.compile(r"^\s*(?:who|whom|what|where|which|how|list|when|on\s+which|for\s+which|at\s+which|to\s+whom|chairman|ceo|"
                            r"the|subsidiaries|shareholders|parent|is|does|has)\b", re.I)


def language(q: str) -> str:
    return "zh" if re.search(r"[\u4e00-\u9fff]", q) and not _ENGLISH_START.match(q) else "en"


# -- forms --------------------------------------------------------------------
@dataclass(frozen=True)
class Form:
    intent: str
    pattern: re.Pattern[str]
    example: str
    lang: str  # the language of the questions it reads: its example's


def _f(intent: str, pattern: str, example: str) -> Form:
    """A form that must read the whole question (each alternative of `pattern`, not only the first and last)."""
    return Form(intent, re.compile("^(?:" + pattern + ")$", re.I | re.S), example, language(example))


_E = r"(?P<a>.+?)"  # an entity
_Q = r"[?？.。!！]*"
_DE = "的?"
_WHO = r"(?:是谁|是哪位|是何人|叫什么(?:名字)?|有谁|有哪些人?|都有谁|都是谁|是哪些人)?"
_HOLD_WORDS = r"(?:(?:主要|重要|大|前[一二三四五六七八九十]+(?:大|名|位)|十大|全部|所有)?股东|持股人|持股方|股东结构|股权结构|出资人|投资方|股东名单)"
_CTRL_WORDS = r"(?:持股(?:比例)?最(?:高|多|大)的股东|实际控制人|实控人|最终控制人|控股股东|控制人|控制方|第一大股东|最大股东|控股方)"
_SUCC = r"(?:接替|接任|继任|接棒|取代|替代)"
_SHARES = r"(?:股权|股份|股票|股)"
_COMPANIES = r"(?:哪些|哪几家|哪家|什么|几家|多少家)(?:金融)?(?:公司|企业|机构|银行)"  # "哪些金融机构": of a kind, as 金融公司 is
_WHOM = r"(?:谁|哪家(?:公司|机构)?|何人|哪个机构|哪方)"
_WHO_SOLD = r"(?:谁|哪家(?:公司|机构)?|哪些(?:股东|公司|机构)|哪个股东|哪位股东)"
_SOLD = r"(?:出售|卖出|卖掉|卖了|转让|出让|转卖|抛售|减持|清仓|卖(?=过))"  # "谁卖过C的股份"
_BE = r"(?:is|was|are|were)"
_THE = r"(?:the\s+)?"
_OF = r"(?:of|at|for|in)"
_FIRMS = r"(?:companies|company|firms?|businesses|business|banks?)"
_WHOLE = r"(?:wholly[\s-]*owned\s+)?"  # "the wholly-owned subsidiaries of X" (`service.answers.ownership`)
_ROLE_AT = rf"(?:{_BE}\s+)?(?:the\s+)?{R}\s+{_OF}\s+(?P<c>.+?)"

FORMS: list[Form] = [
    # --- the companies listed on an exchange (before every form that reads "X在Y上市" as X's listing) ---
    _f("listed_here", rf"(?:有)?{_COMPANIES}(?:是|已|已经)?(?:在|于)(?P<a>.+?)(?:挂牌)?(?:上市|挂牌)(?:了|的|过)?{_Q}", "哪些公司在深交所上市"),
    _f("listed_here", rf"(?:在|于)(?P<a>.+?)(?:挂牌)?上市(?:了|过)?的(?:公司|企业|银行|券商)(?:有哪些|是哪些|有哪几家|都有哪些|有|是)?{_Q}",
       "在港交所上市的公司有哪些"),
    _f("listed_here", rf"(?:which|what)\s+{_FIRMS}\s+(?:are|were|is)\s+listed\s+(?:on|in)\s+(?P<a>.+?){_Q}", "which companies are listed on SZSE"),
    # --- successions (before role questions: they name a role too) ---
    # the predecessor or successor of whoever holds a post: "C的T的前任是谁", "C董事长的继任者" (T stands before 前任, not after it
    # as in "C的前任T", the holder before the present one); a holder named after T ("C董事长X的前任") is the forms' below
    _f("holder_predecessors", rf"(?:谁是)?(?P<a>.+?){_DE}{R}{_DE}(?:前任|前一任|上一任){_WHO}{_Q}", "青禾科技董事长的前任是谁"),
    _f("holder_successors", rf"(?:谁是)?(?P<a>.+?){_DE}{R}{_DE}(?:继任者|接任者|接班人|继任人|后任|继任){_WHO}{_Q}", "青禾科技董事长的继任者是谁"),
    _f("holder_predecessors", rf"who\s+(?:is|was|were|are)\s+{_THE}predecessors?\s+(?:of|to)\s+(?:{_THE}{R}\s+{_OF}\s+(?P<a>.+?)|(?P<a2>.+?)['’]s?\s+{R})"
       rf"|who\s+(?:preceded|came\s+before)\s+(?:{_THE}{R}\s+{_OF}\s+(?P<a3>.+?)|(?P<a4>.+?)['’]s?\s+{R})"
       rf"|who\s+(?:is|was)\s+(?P<a5>.+?)['’]s?\s+{R}['’]s?\s+predecessor{_Q}", "who was the predecessor of Qinghe Tech's chairman"),
    _f("holder_successors", rf"who\s+(?:is|was|were|are|will\s+be)\s+{_THE}successors?\s+(?:of|to)\s+(?:{_THE}{R}\s+{_OF}\s+(?P<a>.+?)|(?P<a2>.+?)['’]s?\s+{R})"
       rf"|who\s+(?:succeeded|came\s+after|will\s+succeed)\s+(?:{_THE}{R}\s+{_OF}\s+(?P<a3>.+?)|(?P<a4>.+?)['’]s?\s+{R})"
       rf"|who\s+(?:is|was)\s+(?P<a5>.+?)['’]s?\s+{R}['’]s?\s+successor{_Q}", "who is the successor of the chairman of Qinghe Tech"),
    # "A是谁的继任者": whom A followed; "A是谁的前任": who followed A
    _f("predecessors", rf"(?P<a>.+?)是谁的(?:继任者|接任者|接班人|继任人|后任)(?P<c>.*?){R}?{_Q}", "韩定远是谁的继任者"),
    _f("successors", rf"(?P<a>.+?)是谁的(?:前任|前一任|上一任)(?P<c>.*?){R}?{_Q}", "许明川是谁的前任"),
    # "谁接了A的班" (who took over A's shift), "A接的是谁的班"
    _f("successors", rf"谁接(?:了|过|替了)?(?P<a>.+?)的班{_Q}", "谁接了许明川的班"),
    _f("predecessors", rf"(?P<a>.+?)接(?:的是|了|过|替了)?谁的班{_Q}", "韩定远接的是谁的班"),
    # "在A之后，谁是C的R" / "在A之前，谁担任C的R"
    _f("successors", rf"在?(?P<a>.+?)(?:之后|以后|离任后|卸任后)[，,]?(?:谁是|谁担任了?|谁出任了?|由谁担任|谁成为了?)(?P<c>.+?){_DE}{R}(?:一职)?{_Q}",
       "在许明川之后，谁是青禾科技的董事长"),
    _f("predecessors", rf"在?(?P<a>.+?)(?:之前|以前)[，,]?(?:谁是|谁担任|谁出任|由谁担任)(?P<c>.+?){_DE}{R}(?:一职)?{_Q}",
       "在苏怀瑾之前，谁是东海银行的行长"),
    _f("successors", rf"谁{_SUCC}了?(?P<a>.+?)(?:(?:担任|出任|成为|任|出掌|执掌)(?P<c>.*?){_DE}{R}?(?:一职|职务|职位)?|的(?:职务|职位|位置|岗位|工作))?{_Q}",
       "谁接替许明川担任东海银行董事长"),
    _f("successors", rf"{_SUCC}(?P<a>.+?)(?:(?:担任|出任|成为)(?P<c>.*?){_DE}{R}(?:一职|职务|职位)?)?的(?:是谁|人是谁|是哪位){_Q}",
       "接替许明川的是谁"),
    _f("successors", rf"谁{_SUCC}了?(?P<a>.+?)的(?P<c>.*?){R}(?:一职|职务|职位)?{_Q}", "谁接任了许明川的董事长职务"),
    _f("successors", rf"(?:谁是)?(?P<a>.+?)的(?:继任者|接任者|接班人|继任人|后任|继任){_WHO}{_Q}", "许明川的继任者"),
    _f("successors", rf"(?:谁是)?(?P<c>.+?){_DE}{R}(?P<a>[^的]+?)的(?:继任者|接任者|接班人|继任人|后任|继任){_WHO}{_Q}", "东海银行董事长许明川的继任者是谁"),
    _f("successors", rf"(?P<a>.+?)(?:卸任|离任|辞职|离职|退休)后?.*?(?:由谁接任|谁接任|谁接替|由谁接替|谁来接任|谁出任|谁担任)(?P<c>.*?){_DE}{R}?(?:一职)?{_Q}",
       "许明川卸任后由谁接任"),
    _f("successors", rf"(?:谁在(?P<a2>.+?)(?:之后|以后|离任后|卸任后)|(?P<a>.+?)(?:之后|以后|离任后|卸任后)(?:由)?谁(?:来)?)"
       rf"(?:担任|出任|接任|接替|执掌)(?:了)?(?P<c>.*?){_DE}{R}(?:一职)?{_Q}",
       "许明川之后谁担任青禾科技董事长"),
    _f("successors", rf"(?P<c>.+?){_DE}{R}(?P<a>.+?)(?:卸任|离任|辞职|离职|退休|去职)(?:后|之后|以后)?[，,]?.*?(?:由谁|谁来?)(?:接任|接替|继任|担任){_Q}",
       "青禾科技董事长许明川卸任后由谁接任"),
    _f("successors", rf"(?P<a>.+?)(?:之后|以后|离任后|卸任后)(?P<c>.*?){_DE}{R}(?:是谁|是哪位|由谁担任|为谁)?{_Q}", "许明川之后青禾科技的董事长是谁"),
    _f("former_holder", rf"(?P<a>.+?){_DE}(?:前任|前一任|上一任|原任?|之前的|以前的|上届){R}{_WHO}{_Q}", "青禾科技的前任董事长是谁"),
    _f("predecessors", rf"(?:谁是)?(?P<a>.+?)的(?:前任|前一任|上一任){_DE}(?P<c>.*?){R}?{_WHO}{_Q}", "韩定远的前任是谁"),
    _f("predecessors", rf"(?:谁是)?(?P<c>.+?){_DE}{R}(?P<a>[^的]+?)的(?:前任|前一任|上一任){_WHO}{_Q}", "东海银行董事长韩定远的前任是谁"),
    _f("predecessors", rf"(?P<a>.+?){_SUCC}了?谁{_Q}", "韩定远接替了谁"),
    _f("predecessors", rf"(?P<a>.+?){_SUCC}了?谁(?:担任|出任|成为)(?P<c>.*?){_DE}{R}(?:一职|职务)?{_Q}", "韩定远接替了谁担任青禾科技董事长"),
    _f("predecessors", rf"(?P<a>.+?){_SUCC}的(?:是谁|人是谁|是哪位){_Q}", "韩定远接替的是谁"),
    _f("predecessors", rf"在?(?P<a>.+?)(?:之前|以前)(?:担任|出任)?{_DE}(?P<c>.*?){_DE}{R}(?:是谁|是哪位|为谁)?{_Q}",
       "苏怀瑾之前东海银行的行长是谁"),
    _f("predecessors", rf"(?P<c>.+?){_DE}{R}(?P<a>.+?)的前任{_WHO}{_Q}", "东海银行行长苏怀瑾的前任是谁"),
    _f("successors", rf"who\s+(?:succeeded|replaced|took\s+over\s+from|followed|came\s+after|is\s+the\s+successor\s+(?:of|to))\s+"
       rf"(?P<a>.+?)(?:\s+as\s+{_THE}{R}(?:\s+{_OF}\s+(?P<c>.+?))?)?{_Q}", "who succeeded Xu Mingchuan as chairman of Qinghe Tech"),
    _f("successors", rf"(?:who|whom)\s+(?:was|is|has)\s+(?:been\s+)?(?P<a>.+?)\s+(?:succeeded|replaced)\s+by(?:\s+as\s+{_THE}{R}(?:\s+{_OF}\s+(?P<c>.+?))?)?{_Q}",
       "who was Xu Mingchuan succeeded by"),
    _f("successors", rf"who\s+(?:is|was)\s+(?P<a>.+?)['’]s?\s+successor(?:\s+as\s+{_THE}{R}(?:\s+{_OF}\s+(?P<c>.+?))?)?{_Q}",
       "who was Xu Mingchuan's successor"),
    _f("predecessors", rf"who\s+(?:preceded|came\s+before|was\s+replaced\s+by|was\s+succeeded\s+by|is\s+the\s+predecessor\s+(?:of|to))\s+"
       rf"(?P<a>.+?)(?:\s+as\s+{_THE}{R}(?:\s+{_OF}\s+(?P<c>.+?))?)?{_Q}", "who preceded Han Dingyuan as chairman of Qinghe Tech"),
    _f("predecessors", rf"who\s+(?:is|was)\s+(?P<a>.+?)['’]s?\s+predecessor(?:\s+as\s+{_THE}{R}(?:\s+{_OF}\s+(?P<c>.+?))?)?{_Q}",
       "who was Han Dingyuan's predecessor"),
    _f("predecessors", rf"whom?\s+did\s+(?P<a>.+?)\s+(?:succeed|replace)(?:\s+as\s+{_THE}{R}(?:\s+{_OF}\s+(?P<c>.+?))?|\s+(?:at|in)\s+(?P<c2>.+?))?{_Q}",
       "who did Han Dingyuan succeed"),  # "… succeed at Qinghe Tech": there, in any post
    _f("former_holder", rf"who\s+(?:was|is|were|are)\s+{_THE}(?:former|previous|prior|last|preceding|ex-?)\s*{R}\s+{_OF}\s+(?P<a>.+?){_Q}",
       "who was the previous chairman of Qinghe Tech"),
    _f("former_holder", rf"who\s+(?:was|is|were|are)\s+(?P<a>.+?)['’]s?\s+(?:former|previous|prior|last|ex-?)\s*{R}{_Q}",
       "who was Qinghe Tech's previous chairman"),
    _f("predecessors", rf"who\s+{_ROLE_AT}\s+(?:before|prior\s+to)\s+(?P<a>.+?){_Q}",
       "who was the president of Donghai Bank before Su Huaijin"),
    _f("predecessors", rf"who\s+(?:held|was)\s+{_THE}{R}(?:\s+(?:role|post|position|job))?\s+{_OF}\s+(?P<c>.+?)\s+before\s+(?P<a>.+?){_Q}",
       "who held the CEO post at Nanyu Finance before Maria Lindqvist"),
    _f("predecessors", rf"who\s+{R}\s+(?P<c>.+?)\s+(?:before|prior\s+to)\s+(?P<a>.+?){_Q}", "who chaired Nanyu Finance before Maria Lindqvist"),
    _f("predecessors", rf"who\s+(?:was|is)\s+(?P<c>.+?)['’]s?\s+{R}\s+(?:before|prior\s+to)\s+(?P<a>.+?){_Q}", "who was Nanyu Finance's CEO before Maria Lindqvist"),
    _f("successors", rf"who\s+(?:was|is|became)\s+(?P<c>.+?)['’]s?\s+{R}\s+after\s+(?P<a>.+?){_Q}", "who became Nanyu Finance's CEO after Tom Hadley"),
    # --- ownership ---
    _f("buyers", rf"谁(?:买了|买下了?|购买了?|收购了?|受让了?|接手了?|接盘了?)(?P<b>.+?)(?:所持有?|持有|手中|手里)的?(?P<a>.+?){_DE}{_SHARES}{_Q}",
       "谁买了北林投资所持的东海银行股权"),
    _f("buyers", rf"(?P<b>.+?)(?:(?:把|将)(?:其|所持有?的?|持有的)?|所持有?的?|持有的)(?P<a>.+?){_DE}{_SHARES}(?:转让|出售|卖|转|售)(?:给|予)了?{_WHOM}{_Q}",
       "北林投资把东海银行的股权卖给了谁"),
    _f("buyers", rf"(?P<a>.+?){_DE}{_SHARES}(?:被)?(?:转让|出售|卖|转|售)(?:给|予)了?{_WHOM}{_Q}", "东海银行的股权被转让给了谁"),
    _f("buyers", rf"(?P<b>.+?)(?:所持有?|持有)的?(?P<a>.+?){_DE}{_SHARES}(?:被|由){_WHOM}(?:买|收购|受让|接手|购买)(?:了|走|下)*{_Q}",
       "北林投资所持东海银行股权被谁收购了"),
    _f("buyers", rf"谁(?:买了|买下了?|购买了?|收购了?|受让了?)(?P<a>.+?){_DE}{_SHARES}{_Q}|(?P<a2>.+?){_DE}{_SHARES}(?:被|由){_WHOM}(?:买|收购|受让|购买)(?:了|走|下)?{_Q}",
       "谁受让了东海银行的股权"),
    _f("buyers", rf"who\s+(?:bought|acquired|purchased|took\s+over)\s+(?P<b>.+?)['’]s?\s+(?:stake|shares|holding|interest|equity)s?\s+in\s+(?P<a>.+?){_Q}|"
       rf"(?:to\s+)?(?:whom|who)\s+did\s+(?P<b2>.+?)\s+(?:sell|transfer)\s+(?:its|his|her|their|the)\s+(?:stake|shares|holding|interest)s?\s+in\s+(?P<a2>.+?)(?:\s+to)?{_Q}",
       "who bought Beilin Investment's stake in Donghai Bank"),
    _f("buyers", rf"who\s+(?:bought|acquired|purchased)\s+(?:a\s+|the\s+)?(?:stake|shares|equity|holding)s?\s+(?:in|of)\s+(?P<a>.+?){_Q}", "who bought shares in Donghai Bank"),
    _f("buyers", rf"谁(?:收购|并购|买下|买)了?(?P<a>.+?){_Q}|(?P<a2>.+?)(?:被|由){_WHOM}(?:收购|并购|买下|买走)了?{_Q}", "谁收购了东海银行"),
    _f("buyers", rf"(?:who|which\s+(?:company|firm|group))\s+(?:acquired|bought(?:\s+into)?|purchased|took\s+over)\s+(?P<a>.+?){_Q}", "who acquired Donghai Bank"),
    _f("buyers", rf"(?:to\s+)?(?:whom|who)\s+did\s+(?P<b>.+?)\s+(?:sell|transfer)\s+(?:its|his|her|their|the)\s+(?P<a>.+?)\s+(?:stake|shares|holding|interest)s?(?:\s+to)?{_Q}",
       "whom did Beilin Investment sell its Donghai Bank stake to"),
    # the seller of a stake ("谁出售了C的股份", "谁把C卖给了B"): b is the buyer, if named
    _f("sellers", rf"{_WHO_SOLD}{_SOLD}[了过]?(?P<a>.+?){_DE}{_SHARES}(?:给了?(?P<b>.+?))?{_Q}", "谁出售了东海银行的股份"),
    _f("sellers", rf"{_WHO_SOLD}(?:把|将)(?:其|所持有?的?|持有的)?(?P<a>.+?)(?:{_DE}{_SHARES})?(?:{_SOLD}|卖)(?:给|予)了?(?P<b>.+?){_Q}", "谁把东海银行的股权卖给了北林投资"),
    _f("sellers", rf"{_WHO_SOLD}向(?P<b>.+?){_SOLD}了?(?P<a>.+?){_DE}{_SHARES}{_Q}", "谁向北林投资转让了东海银行的股权"),
    _f("sellers", rf"(?P<a>.+?){_DE}{_SHARES}(?:是)?(?:由|被)?{_WHOM}{_SOLD}(?:给(?P<b>.+?))?[的了]?{_Q}", "东海银行的股权是谁出售的"),
    _f("sellers", rf"{_WHO_SOLD}(?:减持|清仓|抛售)了?(?P<a>.+?){_Q}|{_WHO_SOLD}(?:从|自)(?P<a2>.+?)(?:退出|撤出|退股)了?{_Q}", "谁减持了东海银行"),
    _f("sellers", rf"(?P<a>.+?)(?:{_DE}{_SHARES})?{_DE}(?:出售方|转让方|出让方|卖方)(?:是谁|是哪家(?:公司|机构)?|有哪些|为谁|是什么)?{_Q}", "东海银行股权的转让方是谁"),
    _f("sellers", rf"(?:who|which\s+(?:company|shareholder|firm|investor)s?)\s+(?:(?:sold|transferred|divested|disposed\s+of|offloaded|exited)\s+"
       rf"(?:(?:a|an|its|his|her|their|the)\s+)?(?:(?:\d+(?:\.\d+)?%|stake|shares|equity|holding|interest)\s*)+s?\s+(?:in|of)|sold)\s+(?P<a>.+?)"
       rf"(?:\s+to\s+(?P<b>.+?))?{_Q}", "who sold a stake in Donghai Bank to Beilin"),    _f("sellers", rf"who\s+(?:is|was|are|were)\s+{_THE}(?:sellers?|transferors?|vendors?)\s+of\s+(?:(?:shares|stakes?|equity)\s+(?:in|of)\s+)?(?P<a>.+?)"
       rf"(?:['’]s?\s+|\s+)?(?:shares|stakes?|equity)?{_Q}", "who were the sellers of Donghai Bank shares"),

    # "X的第二大股东是谁", "the second largest shareholder of X": a holder by its rank (`service.answers.ranked`)
    _f("controller", rf"(?:谁是|(?:哪家|哪个|哪位)(?:公司|机构|集团|股东)?是)?(?P<a>.+?){_DE}第[二三四五2-5]大股东(?:是谁|是哪家(?:公司|机构)?|为谁|是哪个|是哪位|是何人)?{_Q}",
       "青禾科技的第二大股东是谁"),
    _f("controller", rf"(?:who|which\s+\w+)\s+(?:is|was)\s+{_THE}(?:second|third|fourth|fifth)[-\s]+(?:largest|biggest)\s+shareholder\s+(?:of|in)\s+(?P<a>.+?){_Q}|"
       rf"who\s+(?:is|was)\s+(?P<a2>.+?)['’]s?\s+(?:second|third|fourth|fifth)[-\s]+(?:largest|biggest)\s+shareholder{_Q}", "who is the second largest shareholder of Qinghe Tech"),
    _f("controller", rf"(?:谁是|(?:哪家|哪个|哪位)(?:公司|机构|集团|股东)?是)?(?P<a>.+?)(?:背后)?{_DE}(?<![一二三四五六七八九十名位]){_CTRL_WORDS}(?:是谁|是哪家(?:公司|机构)?|是什么|为谁|有哪些|是哪个集团|是哪位|是何人|是哪个|是哪些)?{_Q}", "青禾科技的控股股东是谁"),
    _f("controller", rf"(?:谁|哪家公司|哪个集团|哪家机构)(?:实际)?(?:控制|控股|掌控)(?:了|着|著)?(?P<a>.+?){_Q}", "谁控制青禾科技"),
    _f("controller", rf"(?P<a>.+?)(?:由|被|归|是)(?:谁|哪家(?:公司|机构|集团)?|哪个(?:公司|集团|机构))(?:实际)?(?:控制|控股|掌控|所有)的?{_Q}", "青禾科技由谁控制"),
    _f("controller", rf"(?:who|(?:which|what)\s+(?:company|firm|group|entity|shareholder|investor))\s+(?:is|are|was|were)\s+{_THE}(?:actual|ultimate|de\s+facto|real)?\s*(?:controller|controlling\s+(?:shareholder|holder|owner)s?|"
       rf"largest\s+shareholder|biggest\s+shareholder|major\s+shareholder|beneficial\s+owner|controlling\s+party)\s+(?:of|in)\s+(?P<a>.+?){_Q}",
       "who is the controlling shareholder of Qinghe Tech"),
    _f("controller", rf"(?:who|which\s+\w+|what\s+\w+)\s+(?:controls?|controlled|has\s+control\s+(?:of|over)|"
       rf"(?:holds?|has|held|owns?|owned)\s+(?:a\s+|the\s+)?(?:(?:controlling|majority)\s+(?:stake|interest|share|shareholding)s?|majority)\s+(?:in|of))\s+(?P<a>.+?){_Q}",
       "who controls Qinghe Tech"),
    _f("controller", rf"who\s+(?:is|are|was|were)\s+(?P<a>.+?)['’]s?\s+(?:actual\s+|ultimate\s+|de\s+facto\s+)?(?:controller|controlling\s+(?:shareholder|holder|owner|party)"
       rf"|largest\s+shareholder|biggest\s+shareholder|major\s+shareholder)s?{_Q}", "who is Qinghe Tech's controlling shareholder"),
    # --- what one holder holds (before the stake forms: "A在哪些公司持股" names no company) ---
    _f("holdings", rf"(?P<a>.+?){_DE}(?:持股|参股|入股|投资)的?(?:公司|企业|机构)(?:有哪些|是哪些|包括哪些|有哪几家|都有哪些|有什么)?{_Q}",
       "北林投资持股的公司有哪些"),
    _f("holdings", rf"(?P<a>.+?)(?:持有|持股|参股|入股|投资)了?{_COMPANIES}(?:的)?{_SHARES}?{_Q}", "北林投资持有哪些公司的股份"),
    _f("holdings", rf"(?P<a>.+?)在{_COMPANIES}(?:有|拥有)?(?:持股|股份|股权){_Q}", "北林投资在哪些公司持股"),
    _f("holdings", rf"(?:which|what)\s+(?:companies|firms|entities|banks)\s+(?:does|did|do)\s+(?P<a>.+?)\s+(?:hold|own|have)\s+"
       rf"(?:shares|stakes?|equity|interests?)\s+in{_Q}", "which companies does Beilin Investment hold shares in"),
    _f("holdings", rf"what\s+(?:does|did)\s+(?P<a>.+?)\s+(?:hold|own)(?:\s+(?:stakes?|shares)\s+in)?{_Q}", "what does Beilin Investment hold"),
    _f("holdings", rf"what\s+(?:are|were)\s+(?P<a>.+?)['’]s?\s+(?:holdings|investments|shareholdings|stakes){_Q}", "what are Beilin Investment's holdings"),
    # --- what one founder founded ("A创办了哪家公司", "A创办的公司有哪些", "A founded which company", "which company did A found") ---
    _f("founded", rf"(?P<a>.+?)(?:一手|先后|曾经?|共同|参与)?(?:创立|创办|创建|创设|发起设立|成立)(?:了?{_COMPANIES}|的(?:公司|企业|机构)(?:有哪些|是哪家|是哪些|是什么|有哪几家|是)?){_Q}",
       "韦松岩创办了哪家公司"),
    _f("founded", rf"(?:(?P<a>.+?)\s+(?:co-?)?(?:founded|established|set\s+up|started|created)\s+(?:which|what)\s+{_FIRMS}|(?:which|what)\s+{_FIRMS}\s+(?:did|has|have)\s+"
       rf"(?P<a2>.+?)\s+(?:co-?)?(?:found|establish|set\s+up|start|create|founded|established|started|created)){_Q}", "Wei Songyan founded which company"),
    # --- one holder's stake in a company: "A持有X多少股份", "A在X的持股比例", "what stake does A hold in X" ---
    _f("stake", rf"(?P<a>.+?)(?:在|对|于)(?P<c>.+?)(?:的)?(?:持股比例|持股份额|股权比例|股份比例|持股)(?:是|为|有)?(?:多少|几何|多大)?{_Q}",
       "北林投资在南屿科技的持股比例是多少"),
    _f("stake", rf"(?P<a>.+?)(?:持有|持股|拥有|占有|占)了?(?P<c>.+?)(?:的)?(?:多少|几成|百分之几|多大|多高)(?:比例|份额)?(?:的)?{_SHARES}?(?:比例)?{_Q}",
       "北林投资持有南屿科技多少股份"),
    _f("stake", rf"(?P<a>.+?)(?:持有|拥有)(?P<c>.+?)(?:的)?(?:股份|股权)(?:比例|比重|份额)(?:是|为|有)?(?:多少|几何|多大)?{_Q}", "北林投资持有南屿科技的股份比例"),
    _f("stake", rf"(?:what|how\s+(?:much|large|big))\s+(?:of\s+)?(?:an?\s+)?(?:stake|share|percentage|percent|proportion|interest)?\s*(?:of\s+(?P<c2>.+?)\s+)?"
       rf"(?:does|did|do)\s+(?P<a>.+?)\s+(?:hold|own|have)(?:\s+in\s+(?P<c>.+?))?{_Q}", "What stake does Beilin Investment hold in Nanyu Tech"),
    _f("stake", rf"what\s+(?:is|was)\s+(?P<a>.+?)['’]s?\s+(?:stake|share|shareholding|holding)\s+in\s+(?P<c>.+?){_Q}", "what is Beilin Investment's stake in Nanyu Tech"),
    _f("holders", rf"(?:谁|哪些(?:公司|机构|企业|股东|人)?)(?:曾经?|先后)?(?:持有|持股|入股|参股|拥有)[了过]?(?P<a>.+?)(?:的)?(?:股份|股权|股票|股)?{_Q}", "谁持有嘉砚资管的股份"),
    _f("holders", rf"(?P<a>.+?)(?:有|拥有)(?:哪些|哪几家|哪几个|什么|几家|几个|多少|多少个|多少家|几位|几名)(?:主要)?(?:股东|投资方|出资人){_Q}", "嘉砚资管有哪些股东"),
    _f("holders", rf"(?P<a>.+?){_DE}{_HOLD_WORDS}(?:有哪些(?:公司|机构|人)?|是谁|有谁|都有谁|包括哪些(?:公司|机构|人)?|包括谁|是哪些(?:公司|机构|人)?|是什么|(?:是)?(?:如何|怎样|怎么样|什么样)的?)?{_Q}", "嘉砚资管的股东有哪些"),
    _f("holders", rf"(?P<a>.+?)(?:由谁持股|被谁持有|由谁持有|由哪些(?:公司|机构)?持股|由哪些(?:公司|机构)?持有|由哪家(?:公司|机构)?持有){_Q}", "嘉砚资管由谁持股"),
    _f("holders", rf"(?:who|which\s+\w+)\s+(?:(?:has|have|had)\s+(?:ever\s+)?)?(?:holds?|held|owns?|owned|has|had|have)\s+(?:shares|stakes?|equity|a\s+stake|interests?|"
       rf"shareholdings?)\s+(?:in|of)\s+(?P<a>.+?){_Q}", "who holds shares in Jiayan Asset"),
    _f("holders", rf"(?:who|which\s+\w+)\s+(?:(?:has|have|had)\s+(?:ever\s+)?)?(?:holds?|held|owns?|owned)\s+(?P<a>.+?){_Q}", "who holds Jiayan Asset"),
    _f("holders", rf"(?:who|what|which)\s+(?:are|were|is)\s+{_THE}(?:(?:major|main|principal|key|largest|biggest)\s+)?(?:shareholders|stakeholders|owners|holders|investors)\s+(?:of|in)\s+(?P<a>.+?){_Q}",
       "who are the shareholders of Jiayan Asset"),
    _f("holders", rf"(?:list\s+)?{_THE}(?:shareholders|holders|owners)\s+of\s+(?P<a>.+?){_Q}", "shareholders of Jiayan Asset"),
    _f("holders", rf"(?:who|what)\s+(?:are|were)\s+(?P<a>.+?)['’]s?\s+(?:shareholders|owners|investors){_Q}", "who are Jiayan Asset's shareholders"),
    _f("former_names", rf"(?P<a>.+?){_DE}(?:前身|曾用名|原名|旧名|前称|原来的名字|以前的名字|之前的名字|原名称|旧称|原称)(?:是什么|是哪家|是哪家公司|叫什么|为|有哪些|是)?.*?{_Q}",
       "远澄科技的前身是什么"),
    _f("former_names", rf"(?P<a>.+?)(?:以前|原来|之前|过去|曾经|原先)(?:叫|名为|称为)(?:什么)?(?:名字)?{_Q}", "远澄科技以前叫什么"),
    _f("former_names", rf"(?P<a>.+?)(?:更名|改名|易名|改制|改组)(?:之)?前(?:叫|名为|的名字|的名称|称为|是)?(?:什么|是什么|为何|哪家(?:机构|公司)?)?(?:名字)?{_Q}",
       "远澄科技更名前叫什么"),
    _f("former_names", rf"(?P<a>.+?)\s+(?:was|is)\s+(?:formerly|previously|originally)\s+(?:known\s+as|called|named)\s+what{_Q}",
       "Yuancheng Technology was formerly known as what"),
    _f("former_names", rf"(?P<a>.+?)(?:由|是由)(?:什么|哪家(?:公司|机构)?|谁)(?:更名|改名|改制|改组)而来的?{_Q}", "远澄科技由什么更名而来"),
    _f("former_names", rf"what\s+(?:was|were|is|are)\s+(?P<a>.+?)\s+(?:formerly|previously|originally|once)\s+(?:called|known\s+as|named){_Q}",
       "what was Yuancheng Technology formerly called"),
    _f("former_names", rf"what\s+(?:was|is|were|are)\s+(?P<a>.+?)['’]s?\s+(?:former|previous|old|earlier|original)\s+names?{_Q}",
       "what was Yuancheng Technology's former name"),
    _f("former_names", rf"what\s+(?:was|were|is|are)\s+{_THE}(?:former|previous|old|earlier|original)\s+names?\s+of\s+(?P<a>.+?){_Q}",
       "what is the former name of Yuancheng Technology"),
    _f("former_names", rf"what\s+did\s+(?P<a>.+?)\s+used?\s+to\s+be\s+called{_Q}|what\s+was\s+(?P<a2>.+?)\s+called\s+before{_Q}",
       "what did Yuancheng Technology use to be called"),
    _f("new_names", rf"(?P<a>.+?)(?:后来|现在|目前|如今)?(?:改名|更名|易名|改称|改制)(?:为|成|叫)?(?:什么|何)(?:名字|名称)?{_Q}", "远澄金融后来改名叫什么"),
    _f("new_names", rf"(?P<a>.+?)(?:更名|改名|易名|改制|改组)(?:之)?后(?:叫|名为|的名字|的名称|称为|是)?(?:什么|是什么|为何|哪家(?:机构|公司)?)(?:名字)?{_Q}",
       "远澄金融更名后叫什么"),
    _f("new_names", rf"(?P<a>.+?)(?:后来|现在|如今)?(?:叫|名为)(?:什么)(?:名字)?{_Q}", "远澄金融现在叫什么"),
    _f("new_names", rf"what\s+(?:was|is|were)\s+(?P<a>.+?)\s+(?:renamed|rebranded)(?:\s+(?:to|as))?{_Q}|what\s+is\s+(?P<a2>.+?)\s+"
       rf"(?:called|known\s+as|named)(?:\s+(?:now|today))?{_Q}", "what was Yuancheng Finance renamed to"),
    _f("former_names", rf"what\s+was\s+{_THE}name\s+of\s+(?P<a>.+?)\s+before(?:\s+(?:it\s+was\s+renamed|the\s+rename|the\s+name\s+change))?{_Q}",
       "what was the name of Yuancheng Technology before"),
    _f("new_names", rf"what\s+(?:is|was)\s+{_THE}(?:(?:new|current|present|latest)\s+)?name\s+of\s+(?P<a>.+?){_Q}|what\s+(?:is|was)\s+(?P<a2>.+?)['’]s?\s+"
       rf"(?:new|current|present|latest)?\s*name{_Q}", "what is the new name of Yuancheng Finance"),
    _f("parent", rf"(?P<a>.+?){_DE}(?:母公司|控股公司|上级公司|所属集团|母集团|集团公司|上级单位)(?:是哪家|是谁|是什么|是哪个|为|叫什么)?.*?{_Q}",
       "东海银行的母公司是哪家"),
    _f("parent", rf"(?P<a>.+?)(?:隶属于|属于|归属于|归属)(?:哪家|哪个|什么)(?:公司|集团|机构)?(?:的子公司|的附属公司|旗下)?{_Q}", "普惠管理属于哪家公司"),
    _f("parent", rf"(?P<a>.+?)是(?:哪家|哪个|什么)(?:公司|集团|机构)(?:的子公司|的附属公司|旗下的?(?:公司)?){_Q}", "普惠管理是哪家公司旗下的"),
    _f("parent", rf"(?P<a>.+?)是(?:谁|哪家公司)(?:的子公司|旗下的?(?:公司)?){_Q}", "普惠管理是谁的子公司"),
    _f("parent", rf"(?:what|which|who)\s+(?:is|was)\s+{_THE}parent(?:\s+(?:company|group|firm|entity|organi[sz]ation))?\s+of\s+(?P<a>.+?){_Q}",
       "what is the parent company of Qinghe Credit"),
    _f("parent", rf"(?:what|which|who)\s+(?:is|was)\s+(?P<a>.+?)['’]s?\s+parent(?:\s+(?:company|group))?{_Q}", "what is Qinghe Tech's parent"),
    _f("parent", rf"(?:which|what)\s+(?:company|group|firm|entity)\s+(?:is|was)\s+{_THE}parent(?:\s+(?:company|group))?\s+of\s+(?P<a>.+?){_Q}",
       "which company is the parent of Qinghe Tech"),
    _f("parent", rf"(?:which|what)\s+(?:company|group|firm)\s+(?:does|did)\s+(?P<a>.+?)\s+belong\s+to{_Q}", "which group does Qinghe Tech belong to"),
    _f("parent", rf"(?!what\s|which\s|who\s)(?P<a>.+?)(?:['’]s?)?\s+parent(?:\s+(?:company|group|firm))?{_Q}|{_THE}parent(?:\s+(?:company|group|firm))?\s+of\s+(?P<a2>.+?){_Q}",
       "Qinghe Tech's parent"),  # a search box's phrasing: the name, then the word
    _f("parent", rf"(?P<a>.+?)\s+is\s+(?:a\s+)?(?:subsidiary|unit|part)\s+of\s+(?:which|what)\s+(?:company|group){_Q}",
       "Qinghe Tech is a subsidiary of which company"),    _f("parent", rf"(?:which|what)\s+(?:company|group|firm)\s+(?:is|was)\s+(?P<a>.+?)\s+(?:a|the)\s+(?:subsidiary|unit|part)\s+of{_Q}",
       "which company is Qinghe Tech a subsidiary of"),

    _f("subsidiaries", rf"(?P<a>.+?)(?:旗下)?(?:有|拥有|控股了?|控制了?|设有|包括)(?:哪些|什么|几家|多少)(?:子公司|公司|附属公司|企业|机构|控股子公司){_Q}",
       "青禾集团有哪些子公司"),
    _f("subsidiaries", rf"(?:what|which)\s+(?:subsidiaries|companies|units|firms)\s+(?:does|did)\s+(?P<a>.+?)\s+(?:have|own|control|hold){_Q}|"
       rf"(?:what|which)\s+(?:are|were)\s+(?P<a2>.+?)['’]s?\s+subsidiaries{_Q}", "what subsidiaries does Qinghe Group have"),
    _f("subsidiaries", rf"(?P<a>.+?)(?:旗下)?{_DE}(?:全资子公司|子公司|旗下公司|附属公司|全资附属公司|控股子公司|下属公司|旗下企业|旗下机构)(?:有哪些|是哪些|包括哪些|有什么)?{_Q}",
       "青禾集团的子公司有哪些"),
    _f("subsidiaries", rf"(?:what|which)\s+(?:are|were)\s+{_THE}{_WHOLE}subsidiaries\s+of\s+(?P<a>.+?){_Q}|(?:list\s+)?{_THE}{_WHOLE}subsidiaries\s+of\s+(?P<a2>.+?){_Q}|"
       rf"list\s+(?P<a3>.+?)['’]s?\s+{_WHOLE}subsidiaries{_Q}",
       "what are the subsidiaries of Qinghe Group"),
    # --- founders, listings, names ---
    _f("founders", rf"(?:谁是)?(?P<a>.+?){_DE}(?:创始人|创办人|创建者|创立者|缔造者|创建人|奠基人|主?发起人)(?:是谁|有哪些|有谁|是哪些人)?{_Q}", "青禾科技的创始人是谁"),
    _f("founders", rf"(?:谁|哪些人)(?:创立|创办|创建|成立|一手创建|一手创办|发起设立)了?(?P<a>.+?){_Q}", "谁创立了青禾科技"),
    _f("founders", rf"(?P<a>.+?)(?:是)?由谁(?:创立|创办|创建|成立|设立)的?{_Q}", "青禾科技由谁创立"),
    _f("founders", rf"(?P<a>.+?)是(?:谁|哪些人|哪位)(?:创立|创办|创建|成立|设立|一手创建|一手创办)的{_Q}", "青禾科技是谁创立的"),
    _f("founders", rf"who\s+(?:founded|established|set\s+up|started|created|co-founded|cofounded)\s+(?P<a>.+?)(?:,?\s+and\s+when)?{_Q}", "who founded Qinghe Tech"),    _f("founders", rf"(?:when\s+and\s+)?by\s+whom\s+(?:was|were)\s+(?P<a>.+?)\s+(?:founded|established|set\s+up|created){_Q}|when\s+(?:was|were)\s+(?P<a2>.+?)\s+"
       rf"(?:founded|established|set\s+up|created)\s+and\s+by\s+whom{_Q}", "when was Qinghe Tech founded and by whom"),

    _f("founders", rf"who\s+(?:is|was|are|were)\s+{_THE}(?:co-?)?founders?\s+of\s+(?P<a>.+?){_Q}", "who is the founder of 360 Group"),
    _f("founders", rf"who\s+(?:is|was|are|were)\s+(?P<a>.+?)['’]s?\s+(?:co-?)?founders?{_Q}", "who is Qinghe Tech's founder"),
    _f("founders", rf"(?P<a>.+?)(?:['’]s?)?\s+(?:co-?)?founders?{_Q}", "Qinghe Tech founders"),  # a search box's phrasing: the name, then the word
    _f("listed", rf"(?P<a>.+?)(?:的?(?:股票|股份|A股|H股|美股|港股))?是?(?:在|于)(?:哪里|哪儿|哪|哪个|哪些|什么)(?:交易所|证券交易所|市场|地方|板块)?"
       rf"(?:挂牌)?(?:上市|交易)(?:了|的|过)?{_Q}", "东海科技在哪里上市"),
    _f("listed", rf"(?P<a>.+?){_DE}(?:上市地点?|上市交易所|上市地方|挂牌地)(?:是哪里|在哪里|是哪|有哪些|是什么)?{_Q}", "远澄科技的上市地"),
    _f("listed", rf"(?P<a>.+?)(?:在哪(?:里|儿)?|在什么地方|在哪个(?:证券)?(?:交易所|市场|板块))(?:挂牌|上市|交易)(?:过)?{_Q}", "远澄科技在哪挂牌"),
    _f("listed", rf"(?P<a>.+?)(?:是)?(?:什么时候|什么时间|何时|哪年|哪一年|几时|哪天|哪一天)(?:在.+?)?(?:挂牌)?(?:上市|挂牌)(?:的)?{_Q}",
       "陆金所什么时候上市"),
    _f("listed", rf"when\s+(?:did|was|were|is)\s+(?P<a>.+?)\s+(?:listed|go\s+public|went\s+public|ipo|list(?:ed)?\s+(?:on|in)\s+.+?|"
       rf"(?:first\s+)?(?:listed|traded)\s+(?:on|in)\s+.+?){_Q}", "when did Nanyu Finance go public"),
    _f("listed", rf"(?:where|on\s+which\s+(?:stock\s+)?exchanges?|which\s+(?:stock\s+)?exchanges?(?:\s+is|\s+are)?)\s+(?:is|are|was|were|does|did)?\s*"
       rf"(?P<a>.+?)(?:['’]s?)?(?:\s+(?:shares|stock|stocks))?\s+(?:listed|traded|list|trade|quoted)(?:\s+on)?{_Q}", "where is Qinghe Tech listed"),
    _f("listed", rf"(?:which|what)\s+(?:stock\s+)?exchanges?\s+(?:lists?|listed|trades?)\s+(?P<a>.+?){_Q}", "which exchange lists Qinghe Tech"),
    _f("listed", rf"(?P<a>.+?)\s+(?:(?:is|was)\s+)?(?:listed|traded|quoted)\s+(?:on|in)\s+(?:which|what)\s+(?:stock\s+)?(?:exchanges?|markets?){_Q}",
       "Qinghe Tech listed on which exchange"),  # the name first, the question word last
    _f("listed", rf"(?!where\s|which\s|what\s)(?P<a>.+?)(?:['’]s?\s+(?:shares|stock))?\s+(?:(?:is|are|was|were)\s+)?(?:listed|traded|quoted)(?:\s+(?:on|in))?\s+where{_Q}",
       "Qinghe Tech listed where"),  # a search box's order: the name, the verb, the question word
    _f("listed", rf"where\s+(?:are|is)\s+(?P<a>.+?)['’]s?\s+shares\s+(?:listed|traded){_Q}", "where are Qinghe Tech's shares listed"),
    _f("listed", rf"(?P<a>.+?)(?:是否|有没有|已经)?(?:在.{{1,12}}?)?(?:挂牌)?上市了?(?:吗|没有|没|了没)?{_Q}", "东海科技上市了吗"),
    _f("listed", rf"(?:is|are|was|has)\s+(?P<a>.+?)\s+(?:been\s+)?(?:listed|publicly\s+(?:listed|traded)|public)(?:\s+anywhere)?{_Q}", "is Qinghe Tech listed"),
    # --- people and roles ---
    _f("positions", rf"(?P<a>.+?)(?:在|于)(?P<c>.+?)(?:(?:担任|出任|任职|任|做|当|是)(?:过)?(?:哪些|什么|何)|(?:担任|出任)(?:过)?的)(?:职务|职位|岗位|职){_Q}",
       "韩定远在青禾科技担任什么职务"),
    _f("positions", rf"(?P<a>.+?)(?:以前|之前|过去|曾经?|先后)?(?:担任|出任|任职|任|做|当|有|身兼|是)?(?:过)?(?:哪些|什么|何)(?:职务|职位|岗位|职)(?:\S*)?{_Q}", "王海东担任过哪些职务"),
    _f("positions", rf"(?P<a>.+?)(?:以前|之前|过去|曾经?|先后)?(?:担任|出任|兼任)(?:过)?(?:哪些|哪几家|哪家|什么)(?:公司|机构|银行|企业)的?(?:职务|职位|岗位|职){_Q}",
       "王海东担任哪些公司的职务"),
    _f("positions", rf"(?P<a>.+?)(?:曾经|曾|先后|都)?(?:供职|就职|任职|工作)?(?:在|于)(?:哪些|哪家|哪个|什么)(?:公司|机构|单位|企业|银行)(?:(?:担任|任职|工作|上班|任过职|供职|就职)(?:过)?.*?)?{_Q}",
       "许明川在哪些公司任职"),
    _f("positions", rf"(?P<a>.+?)(?:以前|之前|过去|曾经?|先后)?(?:在哪里?|在哪儿)(?:工作|任职)(?:过)?{_Q}", "许明川在哪工作"),
    _f("positions", rf"(?P<a>.+?)是?(?:做什么|干什么|从事什么(?:工作)?)的?{_Q}", "许明川是做什么的"),  # before the next: 任职 ends both
    _f("positions", rf"(?P<a>.+?){_DE}(?:职务|任职|职位|履历|任职经历|工作经历|头衔)(?:有哪些|是什么|都有哪些|包括哪些)?{_Q}", "许明川的职务"),
    _f("positions", rf"(?P<a>.+?)(?:曾经?|先后)?(?:是|为|在|(?:担任|出任|当|做)过?)(?:哪家|哪个|哪些|什么)(?:公司|机构|银行|企业|集团)的?{R}{_Q}", "许明川是哪家公司的董事长"),
    _f("positions", rf"(?:which|what)\s+(?:company|companies|firm|bank)\s+(?:(?:is|was|does|did)\s+(?P<a>.+?)\s+{_THE}{R}\s+(?:of|at)|(?:does|did)\s+(?P<a2>.+?)\s+{R}){_Q}",
       "which company is Xu Mingchuan the chairman of"),    _f("positions", rf"what\s+(?:is|was|are|were)\s+(?P<a>.+?)['’]s?\s+(?:roles?|positions?|posts?|titles?|jobs?)\s+(?:at|in|with)\s+(?P<c>.+?){_Q}|"
       rf"what\s+(?:does|did)\s+(?P<a2>.+?)\s+do\s+(?:at|in|for)\s+(?P<c2>.+?){_Q}", "what is Fang Jun's role at Nanyu Finance"),

    _f("positions", rf"what\s+(?:positions|roles|posts|titles|jobs|offices)\s+(?:does|did|has|have|had)\s+(?P<a>.+?)\s+(?:hold|held|have|had|taken|occupy|occupied)(?:\s+\w+)?{_Q}",
       "what positions does Fang Jun hold"),
    _f("positions", rf"(?:where|for\s+which\s+compan(?:y|ies)|at\s+which\s+compan(?:y|ies)|(?:which|what)\s+(?:compan(?:y|ies)|firms?|banks?|institutions?|groups?))\s+(?:does|did|has|have)\s+(?P<a>.+?)\s+"
       rf"(?:work|worked|serve|served)(?:\s+(?:for|at|in))?{_Q}", "where does Han Dingyuan work"),
    _f("positions", rf"(?:what|which)\s+(?:is|are|were|was)\s+(?P<a>.+?)['’]s?\s+(?:positions?|roles?|posts?|titles?|jobs?){_Q}", "what are Fang Jun's roles"),
    _f("positions", rf"(?:list\s+)?(?:(?P<a>.+?)['’]s?\s+(?:positions|roles|posts|titles|jobs|career)|{_THE}(?:positions|roles|posts|jobs)\s+"
       rf"(?:of|held\s+by)\s+(?P<a2>.+?)){_Q}", "Fang Jun's positions"),
    _f("positions", rf"(?P<a>.+?)(?:是|为|在)(?:哪家|哪个|哪些|什么)(?:公司|机构|银行|企业|集团)的?(?:高管|高级管理人员|领导|管理层|董事会成员){_Q}", "许明川是哪家公司的高管"),
    _f("executives", rf"(?:谁是|哪些人是)?(?P<a>.+?)(?:{_DE}(?:高管|高级管理人员|高管团队|管理层|领导层|高层|管理团队|领导班子|董监高)(?:有哪些人?|是谁|都有谁|有谁|名单|是哪些人|包括哪些人?|包括谁)?"
       rf"|(?:有哪些|都有哪些|有谁|都有谁)(?:高管|高级管理人员|管理层|董监高)){_Q}", "陆金所的高管有哪些"),
    _f("executives", rf"(?:who\s+(?:are|were)|list)\s+{_THE}(?:senior\s+)?(?:executives|management|managers|officers|leaders|leadership|management\s+team)"
       rf"\s+(?:of|at)\s+(?P<a>.+?){_Q}", "who are the executives of Nanyu Finance"),
    _f("executives", rf"who\s+(?:runs|ran|manages|managed|leads|led|heads|headed)\s+(?P<a>.+?){_Q}", "who runs Nanyu Finance"),    _f("executives", rf"who\s+(?:is|was)\s+{_THE}(?:head|boss|leader|top\s+executive)\s+(?:of|at)\s+(?P<a>.+?){_Q}|who\s+(?:is|was)\s+(?P<a2>.+?)['’]s?\s+"
       rf"(?:head|boss|leader|top\s+executive){_Q}", "who is the head of Nanyu Finance"),

    _f("executives", rf"who\s+(?:are|were)\s+(?P<a>.+?)['’]s?\s+(?:senior\s+)?(?:executives|managers|officers|leaders){_Q}", "who are Nanyu Finance's executives"),
    _f("role_of", rf"谁(?:曾经?|先后|历来)?(?:是|担任过?|出任过?|在|任)(?P<a>.+?)(?:担任|出任)?{_DE}{R}(?:一职)?{_Q}", "谁是青禾科技的董事长"),
    _f("role_of", rf"(?P<a>.+?)(?:由谁担任|由谁出任|是谁担任)?{_DE}(?:历任|历届|曾经的?|以往的?|过往的?|历年的?)?{R}(?:一职)?(?:由谁担任|由谁出任|由谁接任|是谁|是哪位|是何人|叫什么(?:名字)?|有谁|有哪些人?|都有谁|是哪些人|为谁|为何人)?{_Q}",
       "青禾科技的董事长是谁"),
    _f("role_of", rf"who\s+(?:is|was|are|were|serves?\s+as|served\s+as|holds?|held|has\s+been)\s+{_THE}{R}(?:\s+(?:role|post|position|job|seat))?\s+"
       rf"{_OF}\s+(?P<a>.+?){_Q}", "who is the chairman of Qinghe Tech"),    _f("role_of", rf"who\s+(?:(?:was|were|has\s+been|is)\s+)?(?:appointed|named|elected|made|became|becomes|took\s+over\s+as|takes\s+over\s+as|stepped\s+in\s+as)"
       rf"\s+(?:as\s+)?{_THE}{R}\s+{_OF}\s+(?P<a>.+?){_Q}", "who was appointed chairman of Qinghe Tech"),

    _f("role_of", rf"who\s+(?:is|was|are|were)\s+(?P<a>.+?)['’]s?\s+{R}{_Q}", "who is Qinghe Tech's CEO"),
    _f("role_of", rf"who\s+(?:(?:has|have|had)\s+(?:ever\s+)?)?{R}\s+(?:{_THE}board\s+(?:of\s+directors\s+)?(?:of|at)\s+)?(?P<a>.+?){_Q}",
       "who chairs Qinghe Tech"),  # "who chairs the board of X": X's chairman
    _f("role_of", rf"who\s+(?:is|was|are|were)\s+{_THE}(?P<a>.+?)\s+{R}{_Q}", "who is the Qinghe Tech CEO"),
    _f("role_of", rf"(?:the\s+)?{R}\s+{_OF}\s+(?P<a>.+?){_Q}", "chairman of Qinghe Tech"),
    _f("role_of", rf"(?P<a>(?!who\s|what\s|which\s).+?)(?:['’]s?)?\s+{R}{_Q}", "Qinghe Tech CFO"),  # a search box's phrasing: the name, then the post
    # --- connections ---
    _f("connection", rf"how\s+(?:is|are|was|were)\s+(?P<a>.+?)\s+(?:connected|related|linked)\s+(?:to|with)\s+(?P<b>.+?){_Q}|how\s+are\s+(?P<a2>.+?)\s+and\s+"
       rf"(?P<b2>.+?)\s+(?:connected|related|linked){_Q}|what\s+(?:is|was)\s+{_THE}(?:relationship|connection|link)\s+between\s+(?P<a3>.+?)\s+and\s+(?P<b3>.+?){_Q}",
       "how is 许明川 connected to 青禾集团"),
    _f("connection", rf"(?P<a>.+?)(?:和|与|跟)(?P<b>.+?)(?:有什么关系|是什么关系|有何关系|如何关联|有什么联系|之间的关系)(?:是什么)?{_Q}",
       "许明川和青禾集团有什么关系"),
    # --- a person asked about by name alone: the posts say who he is (last: every other form is more specific) ---
    _f("positions", rf"(?:谁是(?P<a2>[^的]+?)|(?P<a>[^的]+?)(?:是谁|是什么人|是何人|是哪位))(?:呀|啊)?{_Q}", "韩定远是谁"),
    _f("positions", rf"who\s+(?:is|was)\s+(?!the\s|a\s|an\s)(?P<a>(?:(?!\s(?:of|at|for|in)\s)[^'])+?){_Q}", "who is Han Dingyuan"),
]
