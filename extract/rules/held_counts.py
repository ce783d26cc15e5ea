"""A count of subsidiaries that looks back on a story of deals: "…。上述两家企业现均为C的控股
子公司", the paragraphs before it having each told C taking most of one firm ("C持有其55%股权",
"受让完成后C合计持股72%"). The sentence before names too few of them for `subsidiary_lists`,
which leaves the count in the memo; once the holdings are read, the companies are the last
N that C was said to hold more than half of (or to control) in the sentences before."""

from __future__ import annotations

from extract.rules.base import Context
from schema import Predicate, SubsidiaryKind


def _kind_of(word: str) -> SubsidiaryKind:
    return SubsidiaryKind.WHOLLY_OWNED if "全资" in word else SubsidiaryKind.SUBSIDIARY


def held_counts(ctx: Context) -> None:
    """Each left-over "上述N家…均为C的子公司": the last N companies C held a majority of before it."""
    for i, n, parent, kind in ctx.memo.get("counted-back", ()):
        held: list[str] = []
        for c in ctx.out:
            if c.predicate != Predicate.HOLDS_STAKE or c.subject != parent or c.sent >= i or c.qualifiers.get("former"):
                continue
            pct = c.qualifiers.get("percent")
            if (pct is not None and pct > 50) or c.qualifiers.get("controlling"):
                if c.object in held:
                    held.remove(c.object)
                held.append(c.object)  # (in the order last told)
        if len(held) < n:
            continue
        sent = ctx.sentences[i]
        for child in held[-n:]:
            ctx.emit(Predicate.SUBSIDIARY_OF, child, parent, sent, "subsidiaries-counted-held", 0.75, kind=str(_kind_of(kind)))
