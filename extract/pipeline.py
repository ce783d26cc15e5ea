"""Article → facts: the extraction pipeline.

normalise → mask boilerplate → split sentences → entity inventory →
mention templates for sentences with a trigger → rules → merge per article.
Only sentences with a trigger word get templates (most of an article is
figures and commentary: `extract.triggers`), which keeps the pipeline close
to the cost of one segmentation pass.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from extract.announcer import find_announcer, header_issuer
from extract.chronicle import yearbook_year
from extract.clan_names import clan_surname, with_gong
from extract.clean import boilerplate_spans
from extract.completion_refs import completes_on, dated_by_completion, sets_the_time
from extract.covered_company import covered_company_words
from extract.covered_year import covered_year
from extract.dates import DateValue, find_dates, reference_year, republic_years, resolve
from extract.focus import addressee_words, charter_names, find_focus, issuer_word, listed_word, reporter_words, sheet_names
from extract.inventory import build_inventory
from extract.lexicon import Lexicon, get_lexicon
from extract.mention_records import Inventory
from extract.mentions import sentence_mentions, surface_names
from extract.merge import merge_candidates
from extract.model import Article, Fact
from extract.name_scan import NameScan
from extract.new_group import new_group_words
from extract.offer_target import offer_target
from extract.own_company import own_words, speaks_as_itself, union_words
from extract.party_labels import party_label_sites
from extract.ranked_entries import ENTRY_STARTS, entry_companies
from extract.rules import RULES
from extract.rules.base import ITEM_HEAD, Context
from extract.rules.templates import Sent, squeeze_spaces
from extract.rules.topics import CalledCompany, head_is_preamble, returned_to_own, topic_of
from extract.sentence_template import template
from extract.sentences import split_sentences
from extract.speakers import line_speaker, narrator, officer_label_company, with_speaker
from extract.team_heading_names import team_heading_names
from extract.titles import find_titles
from extract.triggers import HE_NEXT, RESUME_HEAD, RESUME_WORDS, triggered
from text.names import is_regulator
from text.normalize import norm_name, normalize


def _opens_with_company(inv: Inventory, surf_re: NameScan | None, seg: str, at: int) -> bool:
    """Whether a company is named near the head of the item at `at` (a
    digest's item is another company's news; "二、离任情况" or "2、聘任B为…"
    goes on with the notice before it)."""
    m = surf_re.search(seg, at, at + 24) if surf_re is not None else None
    key = inv.surface.get(norm_name(m.group(0))) if m else None
    return bool(key and key.startswith("C:"))


#: How many sentences back an announcement's date still dates an event
#: ("8月17日晚间，…公告…。…叶望春不再担任董事长…").
_CARRY_SENTENCES = 3
#: how many sentences back a bare 公司 with no company before it may look for the one just spoken of
_NAMED_SENTENCES = 2


#: an item of a digest or weekly wrap, at the head of a sentence or line: "一、", "2. ", "【北林银行】" (not a
#: notice's own "（一）" sections, which `ITEM_HEAD` reads for dates only when a company opens them)
_ITEM_STARTS = re.compile(r"(?:^|[。！？\n])\s*(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、](?!\d)|【)")


#: a sentence that dates its event before the announcement just named
_EARLIER = re.compile(r"(?:\d+|[一二三四五六七八九十两数]+)(?:天|日|周|个?月|年)(?:之)?前|此前|早前|日前")


#: a sentence that says its event is on the day last named, however many sentences back ("就在财报发布即日")
_AS_OF = re.compile(r"(?:截至|截止|截止到)$")
#: after 自/从 and a date, a tenure told from its start ("自2013年9月起任本行行长", "从2019年以来一直担任")
_TENURE_SINCE = re.compile(r"(?:起|以来|开始)(?:一直|即|便|就)?(?:任|担任|出任|执掌|主政|掌舵|领导|领军)")
#: a date in a relative clause on the person succeeded: "接替自2015年起出任董事长的P", "接任2019年上任的P" — P's start,
#: not a date of the successor's post, so no later clause or sentence carries it
_SUCCEEDED_SINCE = re.compile(r"(?:接替|接任|接棒|取代|替代)(?:了)?(?:自|从|于)?$")
_SAME_DAY = re.compile(r"同日|当日|当天|即日(?!起)")
_SAME_MONTH = re.compile(r"\s*(?:同月|当月)")
#: a sentence whose post starts on the day it was announced ("即日生效", "即日起")
_ANNOUNCED_DAY = re.compile(r"即日|即时生效")
#: what follows a date that is an announcement's day ("昨日（11日）宣布", "2024年7月2日——C宣布", "于6月11日公告称")
_ANNOUNCES = re.compile(r"(?:[，,]|——|—)?[^，。；起]{0,16}?(?:公告|宣布|披露|发布|宣告)")


def _item_company(inv: Inventory, surf_re: NameScan | None, seg: str, body: int) -> str | None:
    """The company a digest's item is about: the first named in its heading or at the head of its text (not a regulator)."""
    for m in surf_re.finditer(seg, 0, body + 40) if surf_re is not None else ():
        key = inv.surface.get(norm_name(m.group(0)))
        if key and key.startswith("C:") and not is_regulator(inv.entities[key].name):
            return key
    return None


#: a report on several firms, a paragraph each ("A…。\nB的控股股东…，周自2016年起担任公司董事长。\nC则…"): this
#: many paragraphs that open with as many different companies make each paragraph's 公司 its opener's
_FIRM_PARAGRAPHS = 3


#: a section's heading, a line of its own with no clause in it (a title in Chinese, then the same in English): the
#: company the paragraph before spoke of is not the subject of the section it opens
#: a cell of a delimited row; a cell that is a figure ("13500000", "5.00", "1.2%")
_CELL_SPLIT = re.compile(r"[,，|\t]")
_FIGURE_CELL = re.compile(r"\s*[\d.%]*\d[\d.%]*\s*")


def _table_row(seg: str) -> bool:
    """Whether a line is a row of a table written as delimited cells, two or more of them figures
    ("3,C,13500000,5.00,流通A股,不变"): its company is one of the table's, not what the text goes on about."""
    if "\n" in seg.strip() or "。" in seg or seg.count("，") + seg.count(",") + seg.count("|") + seg.count("\t") < 3:
        return False
    return sum(1 for c in _CELL_SPLIT.split(seg) if _FIGURE_CELL.fullmatch(c)) >= 2


_SECTION_HEADING = re.compile(r"\s*[^，。；：:,]{2,60}\n?")


#: a company's owner named before it ("A旗下B", "A系"): A is not the paragraph's subject
_OWNED_AFTER = re.compile(r"(?:的)?旗下|系")


#: a short name the text defines ("简称“A”"), read once per text
_DEFINED_SHORT = re.compile(r"简称[“「\"]([^“「”」\"\n]+)[”」\"]")


def _paragraph_firms(inv: Inventory, surf_re: NameScan | None, text: str,
                     spans: list[tuple[int, int]]) -> dict[int, str | None]:
    """Per sentence that opens a paragraph, the company the paragraph opens with as its subject (None if it opens
    with none), when at least `_FIRM_PARAGRAPHS` paragraphs open with different companies, each one the text
    introduces with the short name the paragraph uses ("（以下简称“A”）") or names as the paragraph's label
    ("A：…"); else nothing."""
    if surf_re is None or text.count("\n") < _FIRM_PARAGRAPHS - 1:
        return {}
    openers: dict[int, str | None] = {}
    defined: set[str] = set()
    short_names = {d.group(1) for d in _DEFINED_SHORT.finditer(text)} if "简称" in text else set()  # once: a scan per opener is quadratic
    for n, (s, e) in enumerate(spans):
        if text[text.rfind("\n", 0, s) + 1:s].strip():
            continue  # not a paragraph's first sentence
        m = surf_re.search(text, s, min(e, s + 40))
        key = inv.surface.get(norm_name(m.group(0))) if m else None
        ok = (m and key and key.startswith("C:") and head_is_preamble(text[s:m.start()])
              and not is_regulator(inv.entities[key].name) and not inv.entities[key].name.endswith("交易所")
              and not _OWNED_AFTER.match(text[m.end():m.end() + 3]))
        openers[n] = key if ok else None
        if ok and m and key and (m.group(0) in short_names or text.startswith(("：", ":"), m.end())):
            defined.add(key)  # (or a digest's paragraph headed by its company's name and a colon: "B银行：B银行股东大会…")
    return openers if len(defined) >= _FIRM_PARAGRAPHS else {}


def _last_named(inv: Inventory, surf_re: NameScan, seg: str) -> str | None:
    """The key of the last company named in a sentence no rule reads."""
    keys = [inv.surface.get(norm_name(m.group(0))) for m in surf_re.finditer(seg)]
    return next((k for k in reversed(keys) if k and k.startswith("C:")), None)


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    """Whether `pos` falls in one of the sorted, disjoint `spans`."""
    i = bisect.bisect_right(spans, (pos, 1 << 62)) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


#: a line of a correction notice that gives the text it corrects ("更正前：…", "（一）修订前内容：…", "原披露：…")
_SUPERSEDED = re.compile(r"\s*(?:[（(]?[一二三四五六七八九十\d]+[)）.、．]\s*)?(?:(?:更正|修订|修改|更改|调整)前|原披露|原稿)(?:内容|为)?[：:]")
_SUPERSEDED_WORDS = ("更正前", "修订前", "修改前", "更改前", "调整前", "原披露", "原稿")  # (原稿: a newswire's correction quoting its wrong copy)


def extract_article(article: Article, lex: Lexicon | None = None,
                    rules: tuple[Callable[[Context], None], ...] = RULES) -> list[Fact]:
    with republic_years(article.text):  # ("84年更名" is 1995 in a text that counts years of the Republic)
        return _extract_article(article, lex, rules)


def _extract_article(article: Article, lex: Lexicon | None, rules: tuple[Callable[[Context], None], ...]) -> list[Fact]:
    lex = lex or get_lexicon()
    norm = normalize(article.text)
    text = norm.text
    if not text.strip():
        return []
    masked = boilerplate_spans(text)
    spans = [sp for sp in split_sentences(text) if not _inside(masked, sp[0])]
    if any(w in text for w in _SUPERSEDED_WORDS):  # a correction notice: what its 更正前 lines said no longer holds
        spans = [sp for sp in spans if not _SUPERSEDED.match(text, text.rfind("\n", 0, sp[0]) + 1)]
    title_spans = find_titles(text, lex)
    title_normalized = normalize(article.title)
    title_norm = title_normalized.text
    inv = build_inventory(text, lex, title_spans, orig=lambda a, b: article.text[norm.to_orig[a]:norm.to_orig[b]],
                          headline=title_norm)
    sheet_names(inv, text)
    charter_names(inv, text)
    team_heading_names(inv, text, lex, lambda a, b: article.text[norm.to_orig[a]:norm.to_orig[b]])  # "P｜T" lines
    party_label_sites(inv, text, lex, lambda a, b: article.text[norm.to_orig[a]:norm.to_orig[b]])  # 呈请人, 发行人, 甲方…
    authored = own_words(inv, text) == "author"  # a letter's signature, a fund's manager, an author line: who 本公司 is
    focus = find_focus(inv, title_norm, lex, text[:200], calls_bank="该行" in text,
                       title_shown=lambda a, b: article.title[title_normalized.to_orig[a]:title_normalized.to_orig[b]])
    focus = (target := offer_target(inv, text)) or focus  # an offer document's board and group (本集团) are its target's
    issuer_word(inv, focus, title_norm, text)
    listed_word(inv, text)
    addressee_words(inv, text)
    reporter_words(inv, focus, title_norm)
    covered_company_words(inv, focus, title_norm, text)
    new_group_words(inv, text)
    surf_re = surface_names(inv)
    announcer = target or find_announcer(inv, text, surf_re)  # (not the offeror's letterhead, on the cover first)
    union_words(inv, announcer or focus)  # a letter of "A银行企业工会": 本行 is A银行, the union 本会
    ref_year = reference_year(title_norm + "\n" + text, article.date)
    if (of_year := yearbook_year(text)) is not None and (ref_year is None or of_year < ref_year):
        ref_year = of_year  # a yearbook's entry: its chronicle's days are of the year it covers, not of the year it came out
    elif (of_year := covered_year(title_norm, text, article.date or "")) is not None:
        ref_year = of_year  # a report on last year ("2019年工作总结", out in January): its bare days are of that year
    # items about companies of their own: 本行 is the item's (not a notice's own numbered items, under its issuer's header)
    digest = len(_ITEM_STARTS.findall(text, 0, 20000)) >= 2 and header_issuer(inv, text, surf_re) is None and not authored and not (
        inv.self_key is None and speaks_as_itself(text, _ITEM_STARTS.search(text).start()))  # type: ignore[union-attr]
    # (本行 in the lead of a text that never says which firm it is: a firm's own points, not a digest's items)
    genealogy = ("公讳" in text or "公諱" in text) and clan_surname(text, title_norm) is not None
    # a ranking's entries ("第N位　P" + "所属机构：C"), else a report on several firms: each opens on its own company
    entries = entry_companies(inv, surf_re, text, spans) if not digest else {}
    firm_paragraphs = (entries or _paragraph_firms(inv, surf_re, text, spans)) if not digest else {}

    sentences: list[Sent] = []
    last_years: list[int | None] = []
    last_year: int | None = None
    year_span = -2  # the sentence that named last_year
    full_year: int | None = None  # the year of the last date written with its month ("2019年3月")
    next_from: list[int | None] = []  # per analysed sentence: the year 次年/翌年 counts from
    topic: str | None = None  # the company the previous sentence was about
    said: str | None = None  # the article's company, when the previous sentence called it 公司 (it goes on doing so)
    called = CalledCompany()  # the company the text calls 公司
    named: tuple[int, str] | None = None  # (sentence number, company) of the last company named
    carried: list[str | None] = []
    last_months: list[tuple[int, int] | None] = []
    last_month: tuple[int, int] | None = None
    days: dict[int, DateValue] = {}  # day of month → the last full date with that day
    days_seen: list[dict[int, DateValue]] = []
    title_starts = [ts for ts, _te in title_spans]
    ti = 0
    item_focus: str | None = None  # in a digest, the company of the item being read
    last_day: str | None = None  # the last day-precise date named: what 同日/当日/当天 refer to
    announced: str | None = None  # the last day named as an announcement's: what 即日 refers to
    completed: str | None = None  # the last day a deal was done on: what 自完成日起, 完成后 refer to
    #: a deal done in a month ("登记已于D月完成") and the sentence that says so: what "完成后" right after refers to
    completed_month: tuple[int, str] | None = None
    recent: list[tuple[int, str | None]] = []  # (sentence number, day-precise date) of the last sentences
    for n, (s, e) in enumerate(spans):
        seg = text[s:e]
        # (a company in the item's own brackets opens it too: "【北林银行】P获批出任行长")
        if (item := ITEM_HEAD.match(seg)) and _opens_with_company(inv, surf_re, seg, seg.find("【") if seg.lstrip().startswith("【") else item.end()):
            recent, last_day, announced, completed, completed_month = [], None, None, None, None  # a digest's item: a news item of another company
            if digest:  # its 公司/该公司 are its own company's, never another item's
                item_focus, topic, said, named = _item_company(inv, surf_re, seg, item.end()), None, None, None
        if n in firm_paragraphs:  # a report on several firms: a paragraph's 公司 is the firm it opens with
            item_focus, topic, said, named = firm_paragraphs[n], None, None, None
        elif n and focus and not digest and item_focus is None and "\n" in text[spans[n - 1][1]:s]:
            topic = called.paragraph(inv, surf_re, seg, topic)  # a story's new paragraph: not the last company named
        while ti < len(title_starts) and title_starts[ti] < s:
            ti += 1
        has_title = ti < len(title_starts) and title_starts[ti] < e
        if has_title or triggered(seg) or (RESUME_WORDS.search(seg) and RESUME_HEAD.match(seg)) or (
                n + 1 < len(spans) and HE_NEXT.match(text, spans[n + 1][0])):  # (who the next sentence's 佢/他 is)
            near_named = named[1] if named and n - named[0] <= _NAMED_SENTENCES else None
            ms = sentence_mentions(text, s, e, inv, lex, surf_re, title_spans, item_focus or focus, topic, announcer, near_named,
                                   officer_label_company(inv, text, s) or said, digest)  # (an officer's answer: 公司 is the answerer's)
            if "我" in seg and (speaker := line_speaker(inv, text, s)) is not None:  # an interview: 我 is the line's speaker
                ms = with_speaker(ms, text, s, e, speaker, item_focus or focus)
            elif "我" in seg and (teller := narrator(inv, text)) is not None:  # a memoir: 我 is who tells it
                ms = with_speaker(ms, text, s, e, teller, None, unquoted=True)
            if genealogy and "公" in seg:  # a genealogy's 公: the man whose life it tells
                ms = with_gong(ms, inv, text, s, e)
            # (a sentence naming no company, a heading "四、子公司情况", leaves 公司 what it was)
            said = focus if any(m.focus and m.text == "公司" and m.key == focus for m in ms) else (
                said if not any(m.kind == "C" for m in ms) else None)
            called.update(ms, s, seg)
            if (last := next((m.key for m in reversed(ms) if m.kind == "C" and m.key), None)) is not None:
                named = (n, last)
            tpl, index, offsets = squeeze_spaces(*template(ms, text, s, e))
            sentences.append(Sent(len(sentences), s, e, tpl, index, ms, prev_topic=topic, offsets=offsets))
            last_years.append(last_year)
            # "2019年3月…。P2012年加入C。…。次年8月": with no year in this sentence or the one before,
            # the next year is the one after the last full date, not after a year of background
            next_from.append(last_year if n - year_span <= 1 else full_year or last_year)
            near = [(k, d) for k, d in recent if n - k <= _CARRY_SENTENCES]
            if _EARLIER.search(seg):  # "就在9天前…": another day than the announcement's
                near = []
            elif announced and _ANNOUNCED_DAY.search(seg):  # "即日生效": the day of the announcement, not a later-named day
                near = [(n, announced)]
            elif last_day and _SAME_DAY.search(seg):  # "同日，…": however far back that day was named
                near = [(n, last_day)]
            elif completed_month and dated_by_completion(seg) and recent and recent[-1][0] == completed_month[0]:
                near = [(n, completed_month[1])]  # "…已于D月完成。" + "完成后，…": that month, while no later date was named
            elif completed and dated_by_completion(seg):  # "自完成日起…", "完成后，…": the deal's day, however far back
                near = [(n, completed)]
            elif last_month and _SAME_MONTH.match(seg):  # "同月，…": the month of the last date, not an earlier day
                near = [(n, f"{last_month[0]:04d}-{last_month[1]:02d}")]
            carried.append(next((d for _k, d in reversed(near) if len(d) == 10), None)
                           or next((d for _k, d in reversed(near)), None))
            last_months.append(last_month)
            days_seen.append(dict(days))
        if _table_row(seg):
            pass  # a row of a table of holders ("5,C,3780000,1.40,…"): the table's company stays what the text is about
        elif sentences and sentences[-1].start == s:
            topic = topic_of(sentences[-1]) or (None if _SECTION_HEADING.fullmatch(seg) and not any(m.kind == "C" for m in ms) else topic)
            topic = returned_to_own(sentences[-1]) or topic  # "…，Q现任集团T。" + "T2 P…": the own company again
        elif surf_re is not None:
            if (last := _last_named(inv, surf_re, seg)) is not None:
                named = (n, last)
            m = surf_re.search(seg, 0, 40)
            key = inv.surface.get(norm_name(m.group(0))) if m else None
            if (key and key.startswith("C:") and head_is_preamble(seg[:m.start()])
                    and not _OWNED_AFTER.match(seg[m.end():m.end() + 3])):
                topic, said = key, None
        for ds, de, v in find_dates(seg):
            base = last_year if v.relative not in ("次年", "翌年") or n - year_span <= 1 else full_year or last_year
            full = resolve(v, ref_year, base, last_month, days, article.date or "")
            if v.year:
                last_year, year_span = v.year, n
                if v.month and not v.period:
                    full_year = v.year
            if full is not None and full.month and not v.period:
                last_month = (full.year, full.month)  # type: ignore[assignment]
                # "截至2023年末": a figure's date, not an event's; "P自2013年9月起任行长": a tenure's start, P's history
                if not _AS_OF.search(seg, max(0, ds - 3), ds) and not (seg[ds - 1:ds] in ("自", "从") and _TENURE_SINCE.match(seg, de)) and not (
                        _SUCCEEDED_SINCE.search(seg, max(0, ds - 6), ds)):
                    recent.append((n, full.iso() or ""))
                if len(recent) > 8:
                    del recent[0]
                if full.day:
                    days[full.day] = full
                    last_day = full.iso() or last_day
                    if v.relative == "today" or _ANNOUNCES.match(seg, de):
                        announced = last_day
                    if completes_on(seg, ds, de):
                        completed = full.iso() or completed
                elif completes_on(seg, ds, de) and (iso := full.iso()):
                    completed_month = (n, iso)
        if completed and dated_by_completion(seg) and sets_the_time(seg) and not (recent and recent[-1][0] == n):
            recent.append((n, completed))  # (the clauses after it go on from that day: "…；B为执行董事；…")
    ctx = Context(inv=inv, text=text, sentences=sentences, focus=focus, ref_year=ref_year, published=article.date or "", announcer=announcer,
                  last_year_by_sent=last_years, next_year_from_by_sent=next_from,
                  last_month_by_sent=last_months, days_by_sent=days_seen,
                  carried_dates=carried, show=lambda a, b: article.text[norm.to_orig[a]:norm.to_orig[b]])
    ctx.memo[ENTRY_STARTS] = sorted((spans[n][0], c) for n, c in entries.items())
    for rule in rules:
        rule(ctx)
    return merge_candidates(ctx, article, norm)
