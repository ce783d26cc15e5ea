"""What every rule sees: the article's context over its sentences.

A rule is a function `(ctx) -> None` that reads `ctx.sentences` (typed
templates, `extract.rules.templates`) and calls `ctx.emit`; `Context` also
answers what rules keep asking: a date's day, the person or company a clause
without its own refers back to. Patterns are written with `<P>`, `<C>`, `<T>`
… placeholders and compiled with `pattern()` (`extract.rules.templates`,
re-exported here with `Sent`, `Candidate` and `gated`, the names most rules
import from this module).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from extract.dates import DateValue, resolve
from extract.mention_records import Inventory, Mention
from extract.mentions import is_bank
from extract.proper_parts import name_has_proper_part
from extract.rules import paragraph_company as para
from extract.rules.templates import Candidate, Gated, Sent, gated, pattern
from extract.rules.topics import OWNED_NEXT, TURNS_TO, head_is_preamble, topic_of
from extract.speakers import question_line
from schema import Predicate
from text.names import is_regulator
from text.normalize import norm_name

#: the start of a numbered item ("2. ", "二、", "（三）", "【C】"): in a digest, another company's news
_ITEM_MARK = r"(?:\d{1,2}\s*[.．、]\s*(?!\d)|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)]|【[^】]{1,30}】)"
ITEM_HEAD = re.compile(rf"\s*{_ITEM_MARK}(?:【[^】]{{1,30}}】)?")

#: the template names rules import from here (one import line for a rule's context and its patterns)
__all__ = ["ITEM_HEAD", "Candidate", "Context", "Gated", "Sent", "gated", "looks_like_name", "pattern"]


#: a sentence opening on a company said to be something ("C1为C2全资子公司，…", "C系…"): its subject is C1
_IS_CLAUSE = re.compile(r"^\ue001(?:为|是|系|由[^，。；]{1,30}?(?:持股|控股|持有|出资))[^，。；]{0,30}[，,]")


#: a verb that makes the post after it someone's former one
_FORMER_POST_VERB = re.compile(r"(?:原是|原为|原任|曾是|曾为|曾任|曾担任|历任|(?:此前|之前|先前|早前)(?:是|为|任|担任))$")


#: a verb that makes the post after it someone's second one, elsewhere ("A同时兼任C2" + a post + "，总经理为B": B is not at C2)
_SECOND_POST_VERB = re.compile(r"\ue000(?:(?:同时|还|也|亦|并)?兼任?|(?:同时|还|也|亦|并)担任)$")


#: a verb that moves someone to the post after it, elsewhere ("A调任C2" + a post + "，董秘职务由B接任": the post B takes is
#: the one A left, not one at C2)
_MOVED_AWAY_VERB = re.compile(r"(?:调任|转任|调往|调至|调入|调去|调到|赴任)$")


_AND_THEN = re.compile(r"(?:并|并且|且|同时|随后|之后|此后|还|也|又)")


_LAST_COMPANY_TITLE = re.compile(r"(\ue001)(?:的)?\ue003(?!\ue000)(?!.*\ue001(?:的)?\ue003)")


@dataclass
class Context:
    inv: Inventory
    text: str  # normalised article text
    sentences: list[Sent]
    focus: str | None  # key of the company in focus
    ref_year: int | None
    out: list[Candidate] = field(default_factory=list)
    show: Callable[[int, int], str] = lambda a, b: ""  # normalised span → original text
    memo: dict[str, Any] = field(default_factory=dict)  # per-article caches for rules
    _by_subject: dict[str, list[Candidate]] = field(default_factory=dict)
    published: str = ""  # the article's date, ISO, when known (本月, 截至公告)
    announcer: str | None = None  # the company 本公司 stands for (extract.announcer)
    last_year_by_sent: list[int | None] = field(default_factory=list)
    next_year_from_by_sent: list[int | None] = field(default_factory=list)  # the year 次年/翌年 counts from
    last_month_by_sent: list[tuple[int, int] | None] = field(default_factory=list)
    days_by_sent: list[dict[int, DateValue]] = field(default_factory=list)

    def emit(self, pred: Predicate, subj: str | None, obj: str | None, sent: Sent, rule: str,
             confidence: float = 0.8, status: str = "", carried: frozenset[str] = frozenset(), **quals: Any) -> Candidate | None:
        if not subj or not obj or subj == obj:
            return None
        q = {k: v for k, v in quals.items() if v is not None and v != ""}
        c = Candidate(pred, subj, obj, q, sent.i, confidence, rule, status, carried)
        self.out.append(c)
        self._by_subject.setdefault(subj, []).append(c)
        return c

    def reindex(self) -> None:
        """Rebuild the by-subject index after a rule removed candidates."""
        self._by_subject = {}
        for c in self.out:
            self._by_subject.setdefault(c.subject, []).append(c)

    def by_subject(self, key: str) -> list[Candidate]:
        """Candidates emitted so far with this subject."""
        return self._by_subject.get(key, [])

    def adjacent(self, a: int, b: int) -> bool:
        """Whether analysed sentences a … b follow one another with nothing but white space between (the rows of
        one table, a sentence and the next of its paragraph); a line of prose left unanalysed between breaks them."""
        return all(not self.text[self.sentences[k].end:self.sentences[k + 1].start].strip() for k in range(a, b))

    def next_adjacent(self, sent: Sent) -> Sent | None:
        """The analysed sentence right after `sent`, when nothing but white space stands between them."""
        return self.sentences[sent.i + 1] if sent.i + 1 < len(self.sentences) and self.adjacent(sent.i, sent.i + 1) else None

    #: per analysed sentence: the last day-precise date written in the
    #: sentences just before it (the announcement an event belongs to).
    carried_dates: list[str | None] = field(default_factory=list)

    def date_iso(self, m: Mention | None, sent: Sent, events_only: bool = False) -> str | None:
        if m is None or not isinstance(m.value, DateValue):
            return None
        if events_only and m.value.period:
            return None
        last = self.last_year_by_sent[sent.i] if sent.i < len(self.last_year_by_sent) else None
        last_month = self.last_month_by_sent[sent.i] if sent.i < len(self.last_month_by_sent) else None
        days = self.days_by_sent[sent.i] if sent.i < len(self.days_by_sent) else None
        if m.value.relative in ("次年", "翌年") and sent.i < len(self.next_year_from_by_sent):
            last = self.next_year_from_by_sent[sent.i]
        # "直到2021年才有变化：当年，…": a year named earlier in the same sentence comes first
        same: DateValue | None = None  # a date written with its year earlier in this sentence
        for d in reversed([d for d in sent.mentions if d.kind == "D" and d.start < m.start]):
            if isinstance(d.value, DateValue) and d.value.year:
                last, same = d.value.year, d.value
                if d.value.month:
                    last_month = (d.value.year, d.value.month)
                break
        value = m.value
        if (same is not None and same.month and value.year is None and value.month and not value.relative
                and value.month >= same.month):  # "2025年11月，…已于11月28日办妥": that year, not the article's
            value = DateValue(same.year, value.month, value.day, period=value.period)
        if value.year is None and value.month and not value.relative and last and re.search(
                r"随后|此后|之后|其后|后于|同年", sent.tpl[:sent.pos_of(m)]):
            value = DateValue(last, value.month, value.day, period=value.period)  # "…2024年3月出任…。随后在9月担任…"
        v = resolve(value, self.ref_year, last, last_month, days, self.published)
        return v.iso() if v else None

    def carried_date(self, sent: Sent) -> str | None:
        return self.carried_dates[sent.i] if sent.i < len(self.carried_dates) else None

    def type_of(self, key: str) -> str:
        if key.startswith("X:"):
            return "Exchange"
        ent = self.inv.entities.get(key)
        return ent.type if ent else ""

    def last_person(self, sent: Sent, before: int) -> str | None:
        """The person most recently mentioned before template position `before`,
        in this sentence or the two before it (for 他/其/曾任 … clauses)."""
        for m in reversed(sent.between(0, before, "P")):
            return m.key
        if (unread := self._person_in_gap(sent)) is not None:
            return unread
        for j in range(sent.i - 1, max(-1, sent.i - 3 - para.pronoun_run(self.sentences, sent.i)), -1):  # (他 … 他 …: further back)
            prev = self.sentences[j]
            ps = [m for m in prev.mentions if m.kind == "P"]
            if ps:
                return ps[0].key if _is_topic(prev, ps[0]) else ps[-1].key
            if (unread := self._person_in_gap(prev)) is not None:
                return unread  # (a clause after "他任…；" goes back to whom that 他 was)
        # a résumé's paragraph whose sentences after its head name no one ("P先生，1972年出生。…；…；2016年加入公司，
        # 任副总裁"): the person its head names, however many sentences back in the paragraph
        # (or lines after a heading line of the name and its posts: "01 P　董事长\n1969年出生。\n…任C总经理。")
        j, start, crossed = sent.i - 1, sent.start, False
        while j >= 0 and sent.i - j <= 8:
            prev = self.sentences[j]
            crossed = crossed or "\n" in self.text[prev.end:start]
            ps = [m for m in prev.mentions if m.kind == "P"]
            if ps:
                heads = _HEADING_LINE.match(prev.tpl) or (not crossed and _is_topic(prev, ps[0]))
                return ps[0].key if sent.i - j > 2 and heads and len(ps) == 1 else None
            j, start = j - 1, prev.start
        return None

    def _person_in_gap(self, sent: Sent) -> str | None:
        """The person named last in the text of this paragraph that no analysed sentence holds, right before
        `sent` ("1983年，20岁的P从柜员做起。1996年至2004年，他任…": the sentence naming P has no rule's trigger, so
        no analysed sentence before it names P; 他 is P, not someone the paragraph before named)."""
        a = self.text.rfind("\n", 0, sent.start) + 1
        if sent.i > 0:
            a = max(a, self.sentences[sent.i - 1].end)
        gap = self.text[a:sent.start]
        if len(gap) < 2 or not gap.strip():
            return None
        best, at = None, -1
        for key, ent in self.inv.entities.items():
            if ent.type != "Person":
                continue
            for form in ent.aliases:
                k = gap.rfind(form) if len(form) >= 2 else -1
                if k > at:
                    best, at = key, k
        return best

    def last_company(self, sent: Sent) -> str | None:
        """The first company named in this sentence or the one before: the
        sentence topic that 旗下/其 clauses refer back to."""
        for j in (sent.i, sent.i - 1):
            if j >= 0:
                cs = [m for m in self.sentences[j].mentions if m.kind == "C"]
                if cs:
                    return cs[0].key
        return self.focus

    def nearest_company(self, sent: Sent, before: int) -> str | None:
        """The company a title or clause without its own company belongs to.

        The closest company earlier in the same clause (not one the person
        comes from: 来自平安系的…, nor a shareholder that sent him: C派驻的董事长P), else the company the sentence is about,
        else the one the previous sentence was about, else the article's.
        """
        clause = max(sent.tpl.rfind(c, 0, before) for c in "，；：,—") + 1
        if sent.tpl[clause:before].startswith("其") and clause > 0 and (_IS_CLAUSE.match(sent.tpl) or TURNS_TO.match(sent.tpl)) and (own := topic_of(sent)):
            return own  # "C1为C2全资子公司" + "，其执行董事为P": 其 is the subject of the sentence's first clause
        if (sent.tpl[clause:before].startswith("其") or sent.tpl.startswith("其")) and (sent.prev_topic or self.focus):
            return sent.prev_topic or self.focus  # "其行政总裁P…，总经理Q…": the company just spoken of
        for m in reversed(sent.between(clause, before, "C")):
            p = sent.pos_of(m)
            if re.search(r"(?:来自|出身|源自|毕业于|离开)$", sent.tpl[max(0, p - 3):p]) or re.match(r"系|(?:所|其)?(?:派驻|委派|派出|选派|提名|推荐)的", sent.tpl[p + 1:p + 7]):
                continue
            if re.fullmatch(r"(?:为|是)", sent.tpl[p + 1:before]):
                break
            if sent.tpl[p + 1:before] not in ("", "的") and self.is_regulator(m.key):
                continue  # "证监会对时任董事长P…": the regulator acts; the post is not its own
            if _DESCRIBES_PERSON.match(sent.tpl, p + 1, before):
                continue  # "腾讯董事会主席P退出…职务": the company that describes the person, not the post's
            return m.key
        if sent.tpl.startswith("由", clause) and (named := [c.key for c in sent.between(0, clause, "C") if c.key]):
            return named[-1]  # "设立C2，经营…，由A副总裁P兼任董事经理": a clause that gives the post of the company just named
        if (handed := para.handed_on_company(sent, clause, before)) is not None:
            return handed  # "…加盟C任总裁" + "，…，总裁一职交由" + a post + "Q接任": the post handed on is the one at C
        # the last position's company earlier in the sentence, not a description ("…不再兼任陆金所控股董事长一职，董事会任命…接任董事长")
        pair = _LAST_COMPANY_TITLE.search(sent.tpl[:clause])
        if pair and not _FORMER_POST_VERB.search(sent.tpl, 0, pair.start(1)) and not _SECOND_POST_VERB.search(sent.tpl, 0, pair.start(1)) \
                and not (_MOVED_AWAY_VERB.search(sent.tpl, 0, pair.start(1)) and _other_post(sent, pair.end() - 1, before)):
            return sent.at(pair.start(1)).key  # not "A原是C司长，副总裁B…": A's former post is not where B is
        worked = _WORKED_AT.search(sent.tpl, 0, clause)
        if worked and re.fullmatch(r"(?:并|后|随后|曾)?(?:任|担任|出任)?", sent.tpl[clause:before]):
            return sent.at(worked.start(1)).key  # "之后在C工作8年，任全球副董事": the post is at the place of work
        if clause > 0 and _AND_THEN.match(sent.tpl[clause:before]):
            # "当天C董事会选任P为董事长，并选出总经理Q": a clause with no subject continues the one before
            prev = max(sent.tpl.rfind(c, 0, clause - 1) for c in "，；：,—") + 1
            head = re.match(r"[^，；：,\ue000-\ue007]{0,6}?(\ue001)", sent.tpl[prev:clause])
            if head and head_is_preamble(sent.tpl[prev:prev + head.start(1)]):
                owned = OWNED_NEXT.match(sent.tpl, prev + head.end(1))  # "A旗下B发布…，同时宣布…": B
                return sent.at(owned.end() - 1 if owned else prev + head.start(1)).key
        if (app := _APPOSED_HEAD.match(sent.tpl)) and app.end() <= before:
            return sent.at(app.end() - 1).key  # "P，C实际控制人，时任董事长": the company the apposition gave P
        if (self.announcer and sent.tpl[before:before + 1] == "\ue003" and not sent.between(0, before, "C")
                and _ISSUER_POST.search(self.text[max(0, (t := sent.at(before)).start - 2):t.end])):
            return self.announcer  # "…江北产投持有公司4.99%。联系人：董事会秘书P": an issuer's own officer, in its notice, whatever was named last
        if (self.focus and sent.prev_topic and sent.prev_topic != self.focus and sent.tpl[before:before + 1] == "\ue003"
                and not sent.between(0, before, "C") and _ISSUER_POST.search(self.text[max(0, (t := sent.at(before)).start - 2):t.end])
                and self.listed(self.focus) and not self.listed(sent.prev_topic)):
            return self.focus  # "…X创投在减持。" + "…执行事务合伙人是" + "董秘P": the listed issuer's secretary, not an unlisted holder's
        if (left := para.leaver_company(self, sent, before) or para.formed_before(sent, clause, before)) is not None:
            return left  # "A退休" + "，董事长职务由B接任": where A held the post; "组建了C" + "，P被推选为董事长": the new firm
        if self.focus and not sent.between(0, before, "C") and question_line(self.text, sent.start):
            return self.focus  # "股东提问：" + a question about a former officer P: the question is put to the company the meeting is about
        if self.focus and para.timeline_line(self.text, self.memo, sent.start) and not sent.between(0, before, "C"):
            return self.focus  # a chronicle's line "2023年：P卸任首席执行官": the chronicle's company, not the line above's
        if not sent.between(0, before, "C") and sent.i > 0 and (last := self.sentences[sent.i - 1]).tpl.endswith("；") and (
                self.adjacent(sent.i - 1, sent.i)) and (pair := _LAST_COMPANY_TITLE.search(last.tpl)) and re.search(
                r"(?:出任|获任|升任|就任|接任|接掌|执掌)$", last.tpl[:pair.start(1)]):
            # "…P出任C2董事长，接替Q；总经理由R担任": the clause after ； goes on about the posts of C2, the one just taken
            # (not one the person holds besides: "P兼任C3副总经理；总经理Q…")
            return last.at(pair.start(1)).key
        if not sent.between(0, before, "C") and (target := para.deal_target(self, sent)) is not None:
            return target  # "…S成为F的子公司。" + "人事上，A已离任，…": the firm the deal changes hands of
        prev = sent.prev_topic if sent.prev_topic and not self.is_regulator(sent.prev_topic) else None
        if prev and self.focus and self.inv.covered and para.opens_on_post_or_date(sent.tpl):
            # "首席财务官P" + a clause of tenure: a bare post opening a sentence of a research note (a release) is its company's;
            # "2023年：P卸任T，由Q接任": a timeline's line is about the firm it is of, whatever the line before named
            prev = self.focus
        if (prev and self.focus and prev != self.focus and is_bank(self.inv, self.focus) and not is_bank(self.inv, prev)
                and _speaks_of_a_bank(sent)):
            prev = self.focus  # "…集团持有C银行14%的股份。董事会选举P为董事长，并聘任Q为行长": a bank's posts, the article's bank
        if prev and self.focus and prev != self.focus and (para.PERSONNEL_HEAD.match(sent.tpl) or (
                sent.i > 0 and para.under_personnel_head(self.text, self.sentences[sent.i - 1], sent.start))):
            prev = self.focus  # "…C1所持股份降至8.9%。人事方面，原董事长A辞任…": the paragraph turns to the article's company
        topic = topic_of(sent) or prev or self.focus  # "经C1核准P的任职资格。P…任T": not the regulator of the sentence before
        if topic and self.is_regulator(topic):
            # "监管局对C罚款…，对时任行长P…": the company the regulator acts on (with none, the post is the
            # regulator's own: "央行公布…，P卸任副行长一职")
            acted = [m.key for m in sent.between(0, before, "C") if m.key and not self.is_regulator(m.key)]
            topic = acted[-1] if acted else topic
        return topic

    def listed(self, key: str) -> bool:
        """Whether the article gives the company a ticker ("南岭数科（688321.SH）"): an issuer, with a board secretary."""
        ent = self.inv.entities.get(key)
        if ent is None:
            return False
        memo = self.memo.setdefault("listed", {})
        if key not in memo:
            memo[key] = any(re.search(re.escape(a) + _TICKER_AFTER, self.text) for a in ent.aliases if a in self.text)
        return bool(memo[key])

    def is_regulator(self, key: str) -> bool:
        """Whether the entity is a regulator (国家金融监督管理总局, 证监会, 香港金管局): it approves and punishes."""
        ent = self.inv.entities.get(key)
        return ent is not None and ent.type == "Company" and is_regulator(ent.name)

    def new_company(self, sent: Sent, a: int, b: int) -> str | None:
        """An entity for a name found by a rule's context alone (a list
        item after 投资了, say): template positions [a, b) of plain text."""
        if b <= a or any(k >= 0 for k in sent.index[a:b]):
            return None
        start, end = sent.offsets[a], sent.offsets[b]
        name = self.text[start:end].strip()
        if not looks_like_name(name):
            return None
        key = self.inv.surface.get(norm_name(name))
        if key is None:
            key = "C:" + name
            self.inv.add(key, self.show(start, end), "Company", norm_name(name), self.show(start, end), start)
        return key


def _other_post(sent: Sent, at: int, before: int) -> bool:
    """Whether the title at template position `before` is another post than the one at `at` (a post the mover
    left, handed on, not the one moved to: "A调任C2" + a post + "，董秘职务由B接任"; but "A转任C2董事长" + "，原C2董事长Q退休")."""
    if sent.tpl[before:before + 1] != "\ue003" and (verb_then := re.match(r"[^，；。,\ue000-\ue002\ue003]{1,4}(?=\ue003)", sent.tpl[before:])):
        before += verb_then.end()  # (asked at the verb: "A调任C2" + a post + "，B继任" + a post: the post after the verb)
    here, there = sent.at(before).value if sent.tpl[before:before + 1] == "\ue003" else None, sent.at(at).value
    return here is not None and there is not None and getattr(here, "role", None) != getattr(there, "role", None)


#: a sentence that opens a new topic, the company's personnel: "人事方面，", "人事上，", "人事部分，"
#: a sentence that opens with a person and, after a comma, the company they are at
_APPOSED_HEAD = re.compile(r"\ue000，\ue001")
#: a ticker in brackets after a company's name: "（688321.SH）", "（00700）"
_TICKER_AFTER = r"[（(]\s*(?:[A-Z]{2,6}[:：]\s*)?\d{4,6}(?:\.[A-Z]{2})?\s*[）)]"
#: the posts a notice names of its issuer alone: who signs, who abstains as a related director, who answers questions
_ISSUER_POST = re.compile(r"董事会秘书|董秘|证券事务代表|关联董事|(?:联席)?公司秘书")


def _speaks_of_a_bank(sent: Sent) -> bool:
    """Whether a sentence names a bank's post (行长, 副行长) or says 该行/本行."""
    return any(m.kind == "T" and "行长" in m.text for m in sent.mentions) or any(
        m.kind == "C" and m.text in ("该行", "本行", "该银行") for m in sent.mentions)


#: a company followed by titles and a person: the person's description ("青禾科技董事会主席钱望舒")
_DESCRIBES_PERSON = re.compile(r"(?:的)?\ue003(?:[、兼及和]\ue003)*\ue000")


#: a résumé's heading line: a number perhaps, the name, then only its posts
_HEADING_LINE = re.compile(r"\s*(?:\d{1,2}[.．、]?)?\s*\ue000[：:\s]*\ue003(?:[、兼及]\ue003)*\s*$")


def _is_topic(sent: Sent, m: Mention) -> bool:
    return sent.pos_of(m) <= 3


#: a clause that says where someone worked, right before the clause that gives the post there
_WORKED_AT = re.compile(r"在(\ue001)(?:工作|任职|就职)[^，,；\ue000-\ue003]{0,8}[，,]$")


def looks_like_name(name: str) -> bool:
    """Whether free text from a list slot can be a company's name: short,
    no clause punctuation or function words, and not made only of common
    words ("价值", "业务表现") — a name has a rare or proper-noun part."""
    if not (2 <= len(name) <= 12) or not re.search(r"[\u4e00-\u9fffA-Za-z]", name):
        return False
    if re.search(r"[，。；：、！？“”\s]|的|了|以|更|得|着|过|将|把|被|让|使", name):
        return False
    return name_has_proper_part(name)
