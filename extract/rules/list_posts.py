"""One post held at each company of a list: "P亦为本行" + "全资附属公司A及B之董事", "P同时担任A、B及C的董事",
"P曾任A及B之董事". The title after the list belongs to every company in it (a post chain reads a
company and the title right after it, so the companies before the last would get none); a verb of
the past (曾任, 历任) makes the posts over."""

from __future__ import annotations

from extract.mention_records import TitleInfo
from extract.rules.base import Context
from extract.rules.position_chains import PAST_RE
from extract.rules.position_emit import emit_position, hedged
from extract.rules.templates import pattern

#: the holder (perhaps a clause or two before the verb: "P现年60岁，曾任…"), a verb of holding (or of having held), perhaps the companies' parent and their kind, the list, the titles
_LIST_POST = pattern(
    r"(?P<p><P>)(?:[^，。；\ue000\ue001\ue003]{1,16}[，,]){0,2}(?:亦|也|还|同时|现|目前|现时|并)*(?P<verb>为|是|担任|出任|兼任|任|曾任|曾担任|曾出任|历任|先后担任)"
    r"(?:<C>(?:的|之)?(?:旗下)?(?:直接|间接)?(?:全资|非全资|控股)?(?:附属公司|子公司|附属机构))?"
    r"(?P<list><C>(?:(?:、|及|和|以及|与)<C>)+)(?:各自)?(?:之|的)(?P<titles><T>(?:(?:、|及|和|兼)<T>)*)(?=[，。；]|$)")


def list_posts(ctx: Context) -> None:
    for sent in ctx.sentences:
        if sent.tpl.count("\ue001") < 2:
            continue
        for m in _LIST_POST.finditer(sent.tpl):
            if hedged(sent.tpl[max(0, m.start() - 12):m.start("list")]):
                continue
            status = "past" if PAST_RE.fullmatch(m.group("verb")) else ""
            person = sent.at(m.start("p")).key
            titles = [t.value for t in sent.between(m.start("titles"), m.end("titles"), "T") if isinstance(t.value, TitleInfo)]
            for company in sent.between(m.start("list"), m.end("list"), "C"):
                for info in titles:
                    emit_position(ctx, sent, person, company.key, info, "list-post", status, None, 0.8)
