"""The company a title or a clause with no company of its own belongs to
(`Context.nearest_company`, which every post rule asks; `ctx` is that Context,
typed loosely as `paragraph_company` types it: base imports this module): the closest company of
the clause, else what the sentence, the sentence before, the paragraph or the
article is about, with the constructions that move it elsewhere.
"""

from __future__ import annotations

import re
from typing import Any

from extract.company_refs import is_bank
from extract.mention_records import KIND
from extract.rules import paragraph_company as para
from extract.rules.label_blocks import label_post_company
from extract.rules.list_heads import board_list_company
from extract.rules.page_blocks import page_block_company
from extract.rules.row_firms import row_firm
from extract.rules.team_heads import team_head_company
from extract.rules.templates import Sent
from extract.rules.topics import OWNED_NEXT, TURNS_TO, head_is_preamble, topic_of
from extract.speakers import question_line
from schema import Predicate, Role
from text.normalize import to_simplified

#: a sentence opening on a company said to be something ("C1为C2全资子公司，…", "C系…"): its subject is C1
_IS_CLAUSE = re.compile(r"^(?:[^，。；\ue000-\ue007]{1,8}[，,])?\ue001(?:为|是|系|(?:已|已经|正式|随即|由此)?成为|由[^，。；]{1,30}?(?:持股|控股|持有|出资))[^，。；]{0,30}[，,]")


#: a verb that makes the post after it someone's former one
_FORMER_POST_VERB = re.compile(r"(?:原是|原为|原任|曾是|曾为|曾任|曾担任|历任|(?:此前|之前|先前|早前)(?:是|为|任|担任))$")


#: a verb that makes the post after it someone's second one, elsewhere ("A同时兼任C2" + a post + "，总经理为B": B is not at C2)
_SECOND_POST_VERB = re.compile(r"\ue000(?:(?:同时|还|也|亦|并)?兼任?|(?:同时|还|也|亦|并)担任)$")


#: a verb that moves someone to the post after it, elsewhere ("A调任C2" + a post + "，董秘职务由B接任": the post B takes is
#: the one A left, not one at C2)
_MOVED_AWAY_VERB = re.compile(r"(?:调任|转任|调往|调至|调入|调去|调到|赴任)$")


#: a person whose post is held by the holder of one elsewhere ("A董事长P由C2行长兼任" + "，总经理为Q": Q is not at C2)
_HELD_ALONGSIDE = re.compile(r"\ue000(?:同志|先生|女士)?(?:目前|现)?由(?:其在)?(?:母行|母公司|控股股东|股东)?$")


_AND_THEN = re.compile(r"(?:并|并且|且|同时|随后|之后|此后|还|也|又)")


_COMPANY_TITLE = re.compile(r"(\ue001)(?:的)?\ue003(?!\ue000)")
_LAST_COMPANY_TITLE = re.compile(r"(\ue001)(?:的)?\ue003(?!\ue000)(?!.*\ue001(?:的)?\ue003)")


#: a holder naming its representative to a board, the post given after 为: "C指派P为董事", "C委派前副总P为监察人"
_NAMES_TO_BOARD = re.compile(r"(?:指派|委派|派任|推派|选派)[^，。；\ue001]{0,12}?\ue000(?:为[^，。；\ue000\ue001]{0,6}\ue003?)?$")


#: a sentence opening on a holder of the company spoken of: "最大股东C…", "控股股东C…"
_HOLDER_HEAD = re.compile(r"[^，。；\ue000-\ue007]{0,4}?(?:最大|第一大|控股|主要)股东\ue001")


#: a company in brackets after a director, as the juristic director whose representative they are: "P（C代表人）",
#: "P（代表C）", "P（C之法人代表）"
_SITS_FOR = re.compile(r"[（(](?:代表)?\ue001(?:之|的)?(?:法人)?(?:代表人|代表)?[）)]")


#: a company a person comes from, not one a post is at: "接替来自C的原董事长Q"
_CAME_FROM = re.compile(r"(?:来自|出身|源自|出身于)$")


def _last_post_taken(tpl: str) -> re.Match[str] | None:
    """The last company and title of a clause, past the company a predecessor came from ("P出任C2董事长，接替来自C3的原董事长Q")."""
    pairs = [m for m in _COMPANY_TITLE.finditer(tpl) if not _CAME_FROM.search(tpl, max(0, m.start() - 4), m.start())]
    return pairs[-1] if pairs else None


#: a regulator named as the one whose licence a firm holds: "A持有证监会发出的第9类牌照"
_LICENCE_AFTER = re.compile(r"[^，。；\ue000\ue001]{0,12}?(?:牌照|执照|许可证|业务资格)")


def _licensor(ctx: Any, sent: Sent, m: Any) -> bool:
    """Whether a mention is a regulator whose licence the clause's firm holds (no company of a post the clause gives)."""
    p = sent.pos_of(m)
    return bool(ctx.is_regulator(m.key) and re.search(r"(?:持有|获得|取得|获发|获)$", sent.tpl[max(0, p - 2):p])
                and _LICENCE_AFTER.match(sent.tpl, p + 1))


#: a sentence that opens with a frame of a company's own ("根据C的章程，", "依照C的规定，"): a 其 right after is C
_FRAME_OF = re.compile(r"^(?:按照|根据|依照|依据|按|据)(\ue001)(?:的)?[^，。；,\ue000-\ue007]{1,10}[，,]$")


#: a sentence that opens with a company's listing: "C于X主板上市（…）" (what follows of 其 is the company's)
_LISTED_HEAD = re.compile(r"^\ue001(?:[（(][^（）()]{1,20}[）)])?(?:于|在)\ue002[^，。；\ue000\ue001]{0,10}?上市")


def nearest_company(ctx: Any, sent: Sent, before: int) -> str | None:
    """The company a title or clause without its own company belongs to.

    The closest company earlier in the same clause (not one the person
    comes from: 来自平安系的…, nor a shareholder that sent him: C派驻的董事长P), else the company the sentence is about,
    else the one the previous sentence was about, else the article's.
    """
    if sent.tpl[:1] == "\ue003" and (block := label_post_company(ctx, sent, before)) is not None:
        return block  # "二、C2" + … + "法定代表人、董事长：P": a block of label lines under a firm's heading is that firm's
    if sent.tpl[:1] != "\ue001" and (block := page_block_company(ctx, sent, before)) is not None:
        return block  # "C2有限公司" + "董事长　P" on the line below: a page's block of roster lines is its company's
    if (row := row_firm(ctx, sent, before)) is not None:
        return row  # "P｜T｜D｜C2的T2": the table's firm, not the career cell's
    clause = max(sent.tpl.rfind(c, 0, before) for c in "，；：,—") + 1
    if sent.tpl[clause:before].startswith("其") and clause > 0 and (_IS_CLAUSE.match(sent.tpl) or TURNS_TO.match(sent.tpl)) and (own := topic_of(sent)):
        return own  # "C1为C2全资子公司" + "，其执行董事为P": 其 is the subject of the sentence's first clause
    if (sent.tpl[clause:before].startswith("其") and clause > 0 and (own := topic_of(sent))
            and [c.key for c in sent.between(0, clause, "C")] == [own] and _LISTED_HEAD.match(sent.tpl)):
        return own  # "C于X主板上市（股份代号：…）" + "，其主席P": 其 is the listed company the sentence opens with
    if sent.tpl[clause:before].startswith("其") and (frame := _FRAME_OF.match(sent.tpl[:clause])):
        return sent.at(frame.start(1)).key  # "根据C的章程，其董事长由P兼任": the company of the frame, named just before
    if (sent.tpl[clause:before].startswith("其") or sent.tpl.startswith("其")) and (sent.prev_topic or ctx.focus):
        return sent.prev_topic or ctx.focus  # "其行政总裁P…，总经理Q…": the company just spoken of
    describer = None
    for m in reversed(sent.between(clause, before, "C")):
        p = sent.pos_of(m)
        if re.search(r"(?:来自|出身|源自|毕业于|离开)$", sent.tpl[max(0, p - 3):p]) or re.match(r"系|(?:所|其)?(?:派驻|委派|派出|选派|提名|推荐)的", sent.tpl[p + 1:p + 7]):
            if _government_rank(ctx, sent, m.key, before):
                return m.key  # "…由M推荐的原T P担任": a ministry's rank is the ministry's, whichever firm P goes to
            continue
        if re.fullmatch(r"(?:为|是)", sent.tpl[p + 1:before]):
            break
        if _NAMES_TO_BOARD.match(sent.tpl[p + 1:before + 1]):
            continue  # "大股东C指派P为法人代表董事": the holder names P to another's board; the post is not C's
        if _SITS_FOR.match(sent.tpl, p - 1):
            continue  # "P（C代表人）、独立董事Q": the juristic director P sits for, not the board Q's post is on
        if sent.tpl[p + 1:before] not in ("", "的") and ctx.is_regulator(m.key):
            continue  # "证监会对时任董事长P…": the regulator acts; the post is not its own
        if sent.tpl[p - 2:p] in ("\ue001（", "\ue001(") and sent.at(p - 2).key == m.key:
            continue  # "X收购公司（X Acquisition Corp）": the name in brackets, read with the one before it
        if sent.tpl[p + 1:p + 4] in ("（\ue001）", "(\ue001)") and sent.at(p + 2).key == m.key:
            p += 3
        if _DESCRIBES_PERSON.match(sent.tpl, p + 1, before):
            if _VERB_AFTER_PERSON.search(sent.tpl, p + 1, before):
                describer = m.key  # (not "C董事长A、总经理B": C's own officers, listed)
            continue  # "腾讯董事会主席P退出…职务": the company that describes the person, not the post's
        return m.key
    if (board := board_list_company(ctx, sent, before)) is not None:
        return board  # "C董事会成员如下：…；" + "X原联席主席P改任非执行董事；": an item of C's board list
    if (team := team_head_company(sent, clause)) is not None:
        return team  # "C调整管理团队：" + "原T P升任T2": C's posts, not its parent's
    if ctx.focus and (head := _HOLDER_HEAD.match(sent.tpl)) and clause > head.end() and sent.at(head.end() - 1).key != ctx.focus:
        return ctx.focus  # "最大股东C指派P为董事，董事会推选P为董事长": the holder acts first; the board is the held company's
    if sent.tpl.startswith("由", clause) and (named := [c.key for c in sent.between(0, clause, "C") if c.key and not _licensor(ctx, sent, c)]):
        return named[-1]  # "设立C2，经营…，由A副总裁P兼任董事经理": a clause that gives the post of the company just named
    if (handed := para.handed_on_company(sent, clause, before)) is not None:
        return handed  # "…加盟C任总裁" + "，…，总裁一职交由" + a post + "Q接任": the post handed on is the one at C
    # the last position's company earlier in the sentence, not a description ("…不再兼任陆金所控股董事长一职，董事会任命…接任董事长")
    pair = _LAST_COMPANY_TITLE.search(sent.tpl[:clause])
    if pair and not _FORMER_POST_VERB.search(sent.tpl, 0, pair.start(1)) and not _SECOND_POST_VERB.search(sent.tpl, 0, pair.start(1)) \
            and not _HELD_ALONGSIDE.search(sent.tpl, 0, pair.start(1)) \
            and not (_MOVED_AWAY_VERB.search(sent.tpl, 0, pair.start(1)) and _other_post(sent, pair.end() - 1, before)):
        return sent.at(pair.start(1)).key  # not "A原是C司长，副总裁B…": A's former post is not where B is
    worked = _WORKED_AT.search(sent.tpl, 0, clause)
    if worked and re.fullmatch(r"(?:并|后|随后|曾)?(?:任|担任|出任)?", sent.tpl[clause:before]):
        return sent.at(worked.start(1)).key  # "之后在C工作8年，任全球副董事": the post is at the place of work
    if clause > 0 and _AND_THEN.match(sent.tpl[clause:before]):
        # "当天C董事会选任P为董事长，并选出总经理Q": a clause with no subject continues the one before
        prev = max(sent.tpl.rfind(c, 0, clause - 1) for c in "，；：,—") + 1
        head = re.match(r"[^，；：,\ue000-\ue007]{0,6}?(\ue001)", sent.tpl[prev:clause])
        if head and head_is_preamble(sent.tpl[prev:prev + head.start(1)]) and not (
                ctx.is_regulator(sent.at(prev + head.start(1)).key) and _ACTS_ON.match(sent.tpl[clause:before])):
            # (not a regulator acting on a firm's officers: "金管会…令该公司停业，并解除董事长P的职务" removes the firm's chairman)
            owned = OWNED_NEXT.match(sent.tpl, prev + head.end(1))  # "A旗下B发布…，同时宣布…": B
            return sent.at(owned.end() - 1 if owned else prev + head.start(1)).key
    if (app := _APPOSED_HEAD.match(sent.tpl)) and app.end() <= before:
        return sent.at(app.end() - 1).key  # "P，C实际控制人，时任董事长": the company the apposition gave P
    if (ctx.announcer and sent.tpl[before:before + 1] == "\ue003" and not sent.between(0, before, "C")
            and _ISSUER_POST.search(ctx.text[max(0, (t := sent.at(before)).start - 2):t.end])):
        return ctx.announcer  # "…江北产投持有公司4.99%。联系人：董事会秘书P": an issuer's own officer, in its notice, whatever was named last
    if (ctx.focus and sent.prev_topic and sent.prev_topic != ctx.focus and sent.tpl[before:before + 1] == "\ue003"
            and not sent.between(0, before, "C") and _ISSUER_POST.search(ctx.text[max(0, (t := sent.at(before)).start - 2):t.end])
            and ctx.listed(ctx.focus) and not ctx.listed(sent.prev_topic)):
        return ctx.focus  # "…X创投在减持。" + "…执行事务合伙人是" + "董秘P": the listed issuer's secretary, not an unlisted holder's
    if (left := para.leaver_company(ctx, sent, before) or para.formed_before(sent, clause, before)) is not None:
        return left  # "A退休" + "，董事长职务由B接任": where A held the post; "组建了C" + "，P被推选为董事长": the new firm
    if ctx.focus and not sent.between(0, before, "C") and question_line(ctx.text, sent.start):
        return ctx.focus  # "股东提问：" + a question about a former officer P: the question is put to the company the meeting is about
    if ctx.focus and para.timeline_line(ctx.text, ctx.memo, sent.start) and not sent.between(0, before, "C"):
        return ctx.focus  # a chronicle's line "2023年：P卸任首席执行官": the chronicle's company, not the line above's
    if not sent.between(0, before, "C") and sent.i > 0 and (last := ctx.sentences[sent.i - 1]).tpl.endswith("；") and (
            ctx.adjacent(sent.i - 1, sent.i)) and (pair := _last_post_taken(last.tpl)) and re.search(
            r"(?:出任|获任|升任|就任|接任|接掌|执掌|当选为?|获选为?|获委任为?|(?<=\ue000)任)$", last.tpl[:pair.start(1)]):
        # "…P出任C2董事长，接替Q；总经理由R担任": the clause after ； goes on about the posts of C2, the one just taken
        # (or the seat won: "C1副总经理P当选C2董事长，…；总经理仍由R担任": C2's board was elected, C2's manager stays)
        # (not one the person holds besides: "P兼任C3副行长；行长Q…"; "P任C局长；A、B任副局长": C's deputies)
        return last.at(pair.start(1)).key
    if not sent.between(0, before, "C") and (given := _post_given_before(ctx, sent, before)) is not None:
        return given  # "P任C副局长。" + "新任副局长P此前任…": the post the text gave P, at C
    if not sent.between(0, before, "C") and (target := para.deal_target(ctx, sent)) is not None:
        return target  # "…S成为F的子公司。" + "人事上，A已离任，…": the firm the deal changes hands of
    if ((describer is not None or not sent.between(0, before, "C")) and sent.i > 0
            and (taken := _taken_just_before(ctx, sent, describer or "")) is not None
            and ((ctx.sentences[sent.i - 1].tpl.rstrip().endswith("；") and (describer is not None or _former_title(sent, before)))
                 or (_STAYS.search(sent.tpl) and taken == ctx.focus))):
        # "Q获委任为主席；" + "前主席、C的区域总裁P则退任董事": the board the clause before gave a seat on;
        # "…出任行政总裁。" + "财务总监P留任。": the officers who stay are the company's whose posts changed hands
        return taken
    prev = sent.prev_topic if sent.prev_topic and not ctx.is_regulator(sent.prev_topic) else None
    if prev and ctx.focus and ctx.inv.covered and para.opens_on_post_or_date(sent.tpl):
        # "首席财务官P" + a clause of tenure: a bare post opening a sentence of a research note (a release) is its company's;
        # "2023年：P卸任T，由Q接任": a timeline's line is about the firm it is of, whatever the line before named
        prev = ctx.focus
    if (prev and ctx.focus and prev != ctx.focus and is_bank(ctx.inv, ctx.focus) and not is_bank(ctx.inv, prev)
            and _speaks_of_a_bank(sent)):
        prev = ctx.focus  # "…集团持有C银行14%的股份。董事会选举P为董事长，并聘任Q为行长": a bank's posts, the article's bank
    if prev and ctx.focus and prev != ctx.focus and (para.PERSONNEL_HEAD.match(sent.tpl) or (
            sent.i > 0 and para.under_personnel_head(ctx.text, ctx.sentences[sent.i - 1], sent.start))):
        prev = ctx.focus  # "…C1所持股份降至8.9%。人事方面，原董事长A辞任…": the paragraph turns to the article's company
    if prev and ctx.announcer and prev != ctx.announcer and not sent.between(0, before, "C") and _independent_seat(sent, before):
        prev = ctx.announcer  # "…发行债券予Y。" + "独立非执行董事A、B共同组成委员会": the issuer's board, not the subscriber's
    own = topic_of(sent)
    if own is not None and own == describer:
        # "…由P出任C1行政总裁。当日，C2集团首席投资官Q获委任为主席": C2 says who Q is; the post is at the company
        # whose posts the paragraph is giving, else at the one spoken of
        own = _taken_just_before(ctx, sent, describer) or (prev if prev != own else None) or own
    topic = own or prev or ctx.focus  # "经C1核准P的任职资格。P…任T": not the regulator of the sentence before
    if topic and ctx.is_regulator(topic):
        # "监管局对C罚款…，对时任行长P…": the company the regulator acts on (with none, the post is the
        # regulator's own: "央行公布…，P卸任副行长一职")
        acted = [m.key for m in sent.between(0, before, "C") if m.key and not ctx.is_regulator(m.key)]
        firm = next((k for k in (prev, ctx.focus) if k and not ctx.is_regulator(k)), None)
        topic = acted[-1] if acted else firm if firm and _ACTS_ON.search(sent.tpl, 0, before) else topic
        # ("金管会…令该公司停业，并解除董事长P的职务": the firm spoken of, whose officers the regulator removes)
    return topic


#: a rank only a government body gives ("次长", "司长", "局长"), and the body's own ending ("X部", "X局")
_GOVERNMENT_RANK = re.compile(r"(?:次长|部长|司长|厅长|局长|署长|处长)$")
_GOVERNMENT_BODY = re.compile(r"(?:部|局|厅|署|委员会|办公室)$")


def _government_rank(ctx: Any, sent: Sent, key: str | None, at: int) -> bool:
    """Whether the title at template position `at` is a government rank and the company `key` a government body
    (a firm has no 次长 or 司长: the rank is the body's)."""
    if key is None or sent.tpl[at:at + 1] != KIND["T"] or (ent := ctx.inv.entities.get(key)) is None:
        return False
    return bool(_GOVERNMENT_RANK.search(sent.at(at).text) and _GOVERNMENT_BODY.search(to_simplified(ent.name)))


def _independent_seat(sent: Sent, at: int) -> bool:
    """Whether the title at template position `at` is an independent director's: a seat on the board of the listed
    company whose notice names it (a holder's vehicle, a subscriber, has none)."""
    return sent.tpl[at:at + 1] == KIND["T"] and getattr(sent.at(at).value, "role", None) is Role.INDEPENDENT_DIRECTOR


#: the described person, then only the verb the post is taken with (not a list's next item): "C集团首席投资官P获委任为" + the post
_VERB_AFTER_PERSON = re.compile(r"\ue000[^\ue000-\ue007、，。；和及与]{0,20}$")
#: officers who stay on, the sentence's last word: "财务总监P留任。"
_STAYS = re.compile(r"(?:留任|续任|继续留任|均留任)[。；]?\s*$")


def _former_title(sent: Sent, at: int) -> bool:
    """Whether the title at template position `at` is marked former ("原主席"): a post the one just given replaced."""
    if sent.tpl.endswith(("原", "前"), 0, at):
        return True
    return sent.tpl[at:at + 1] == KIND["T"] and getattr(sent.at(at).value, "modifier", "") in ("原", "前")


def _taken_just_before(ctx: Any, sent: Sent, other_than: str) -> str | None:
    """The company of the last post taken (a start) in the two sentences before, of the same paragraph, when that is
    not `other_than`."""
    for c in reversed(ctx.out):
        if c.sent < sent.i - 2 or c.sent >= sent.i:
            continue
        if c.predicate is Predicate.HOLDS_POSITION and c.status == "start" and ctx.adjacent(c.sent, sent.i):
            return c.object if c.object != other_than else None
    return None


#: a regulator's act on a firm's officers, opening a clause: "同时解除" + a post, "并撤销" + a post
_ACTS_ON = re.compile(r"(?:并|同时|随后|另)?(?:解除|撤销|免除|撤换)")


#: a title right before a person, as a new officer is named again ("新任副局长P")
_NEW_TITLE_NAME = re.compile(r"(?:新任|新)?\ue003\ue000")


def _post_given_before(ctx: Any, sent: Sent, before: int) -> str | None:
    """The company of the post the title at `before` names when an earlier sentence gave the person after it
    that very title there ("A、B任C副局长。" + "新任副局长B此前任…": C's)."""
    m = _NEW_TITLE_NAME.match(sent.tpl, before)  # (the chain may open at 新任)
    if m is None:
        return None
    before = m.end() - 2
    info, person = sent.at(before).value, sent.at(before + 1)
    if info is None or person.key is None:
        return None
    role, title = str(info.role), info.title
    given = {c.object for c in ctx.out if c.predicate is Predicate.HOLDS_POSITION and c.sent < sent.i and c.subject == person.key
             and not c.qualifiers.get("left") and str(c.qualifiers.get("role")) == role
             and c.qualifiers.get("title", title) == title}
    return given.pop() if len(given) == 1 else None


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
#: the posts a notice names of its issuer alone: who signs, who abstains as a related director, who answers questions
_ISSUER_POST = re.compile(r"董事会秘书|董秘|证券事务代表|关联董事|(?:联席)?公司秘书")


def _speaks_of_a_bank(sent: Sent) -> bool:
    """Whether a sentence names a bank's post (行长, 副行长) or says 该行/本行."""
    return any(m.kind == "T" and "行长" in m.text for m in sent.mentions) or any(
        m.kind == "C" and m.text in ("该行", "本行", "该银行") for m in sent.mentions)


#: a company followed by titles and a person: the person's description ("青禾科技董事会主席钱望舒")
_DESCRIBES_PERSON = re.compile(r"(?:的)?(?:原|前|时任|现任)?[^，。；\ue000-\ue007]{0,2}?\ue003(?:[、兼及和]\ue003)*\ue000")


#: a clause that says where someone worked, right before the clause that gives the post there
_WORKED_AT = re.compile(r"在(\ue001)(?:工作|任职|就职)[^，,；\ue000-\ue003]{0,8}[，,]$")
