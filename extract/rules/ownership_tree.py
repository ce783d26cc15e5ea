"""An ownership tree drawn with box-drawing characters, one company a line:

    实际控制人：P（持有A集团72.5%）
    └─ A集团有限公司
        ├─ B证券股份有限公司　持股35.80%　【控股】
        │　　└─ C资本　100%　【全资】
        ├─ D租赁　持股55.00%　【控股】
        │　　　其余股东：E 30.00%、F 15.00%
        └─ G（新加坡）　100%　【全资】

Each branch (├─, └─, +--, `--) is held by the line above it drawn further left: the depth is
the column its branch stands at, whatever the bars and spaces before it. The line's share is the
parent's holding; a tag 【全资】 or a share of 100% makes the child a wholly owned subsidiary, 【控股】
(or 控股子公司, a majority share) a subsidiary. A line under a child with no branch of its own
that lists "其余股东：E 25%、F 15%" names the child's other holders. The label line above the root
("实际控制人：P", "控股股东：A") names who holds the root, in control.

What other rules read into these lines (a share given to the company named last) is dropped: the
tree says who holds whom.
"""

from __future__ import annotations

import re

from extract.rules.base import Context
from extract.rules.templates import Sent, pattern
from schema import Predicate, SubsidiaryKind

#: a branch: the bars and spaces before it, its corner, its line
_BRANCH_FORM = r"[ \t│|┃]*(?:[├└┣┗]|\+|`)(?:[─—━-]+|-)\s*"
_BRANCH = re.compile(_BRANCH_FORM)
#: the child's name right after the branch, in the template
_NODE = pattern(_BRANCH_FORM + r"(?P<c><C>)")
#: the child's share on its line ("持股41.25%", "100%")
_SHARE = pattern(r"(?:持股|持有|占比|出资)?(?:比例)?[：:]?\s*(?P<pct><R>)")
#: a line under a child naming its other holders ("其余股东：E 30.00%、F 15.00%")
_OTHERS = pattern(r"[ \t│|┃]*(?:其余|其他|其它|另有)?(?:股东|持股方)(?:为|包括)?[：:]")
_HOLDER_SHARE = pattern(r"(?P<h><C>|<P>)\s*(?:持股|持有)?\s*(?P<pct><R>)")
#: the label line above the root: its holder, in control
_ROOT_LABEL = pattern(r"\s*(?:实际控制人|控股股东|最终控制人|最终控制方)[：:]\s*(?P<h><P>|<C>)")
_ROOT_SHARE = pattern(r"(?:持有|持股)(?P<c><C>)?\s*(?P<pct><R>)")
#: the tags of a child's kind
_WHOLLY = re.compile(r"【全资】|全资子公司|全资")
_CONTROLLED = re.compile(r"【控股】|控股子公司")

_RULES = ("tree-share", "tree-subsidiary", "tree-holder", "tree-root")


def ownership_tree(ctx: Context) -> None:
    if "├" not in ctx.text and "└" not in ctx.text and "┣" not in ctx.text:
        return
    stack: list[tuple[int, str]] = []  # (column of the branch, company) of the lines above
    label: tuple[Sent, str] | None = None  # a label line's holder, for the root under it
    tree_sents: set[int] = set()
    prev_line = -1
    for sent in ctx.sentences:
        start = ctx.text.rfind("\n", 0, sent.start) + 1
        if start == prev_line:
            continue  # (a line's later sentences: its first one was read)
        prev_line = start
        end = ctx.text.find("\n", start)
        line = ctx.text[start:end if end >= 0 else len(ctx.text)]
        branch = _BRANCH.match(line)
        if branch is not None and (node := _NODE.match(sent.tpl)) is not None and (child := sent.at(node.start("c")).key):
            column = len(line) - len(line.lstrip(" \t│|┃")) if line.strip() else 0
            while stack and stack[-1][0] >= column:
                stack.pop()
            tree_sents.add(sent.i)
            if stack:
                _edge(ctx, sent, stack[-1][1], child, node.end(), line)
            elif label is not None:
                _root(ctx, label[0], label[1], child)
            stack.append((column, child))
            continue
        if stack and _OTHERS.match(sent.tpl) and line[:1] in " \t│|┃":
            tree_sents.add(sent.i)
            for h in _HOLDER_SHARE.finditer(sent.tpl):
                if (holder := sent.at(h.start("h")).key) and holder != stack[-1][1]:
                    ctx.emit(Predicate.HOLDS_STAKE, holder, stack[-1][1], sent, "tree-holder", 0.8,
                             percent=sent.at(h.start("pct")).value)
            continue
        stack = []
        label = None
        if (lab := _ROOT_LABEL.match(sent.tpl)) is not None and (holder := sent.at(lab.start("h")).key):
            label = (sent, holder)
    if tree_sents:
        _drop_misread(ctx, tree_sents)


def _edge(ctx: Context, sent: Sent, parent: str, child: str, after: int, line: str) -> None:
    share = _SHARE.search(sent.tpl, after)
    pct = sent.at(share.start("pct")).value if share is not None else None
    wholly = _WHOLLY.search(line) is not None or pct == 100
    controlled = _CONTROLLED.search(line) is not None or (isinstance(pct, int | float) and pct > 50)
    if ctx.type_of(parent) == "Company" and (wholly or controlled):
        kind = SubsidiaryKind.WHOLLY_OWNED if wholly else SubsidiaryKind.SUBSIDIARY
        ctx.emit(Predicate.SUBSIDIARY_OF, child, parent, sent, "tree-subsidiary", 0.8, kind=str(kind))
    if pct is not None or not (wholly or controlled):
        ctx.emit(Predicate.HOLDS_STAKE, parent, child, sent, "tree-share", 0.8, percent=pct,
                 controlling=True if controlled and not wholly else None)


def _root(ctx: Context, label: Sent, holder: str, root: str) -> None:
    """The label line's holder holds the root: its share when the line gives one of the root ("持有A 68%")."""
    pct = None
    for s in _ROOT_SHARE.finditer(label.tpl):
        if s.group("c") is None or label.at(s.start("c")).key == root:
            pct = label.at(s.start("pct")).value
            break
    ctx.emit(Predicate.HOLDS_STAKE, holder, root, label, "tree-root", 0.8, percent=pct, controlling=True)


def _drop_misread(ctx: Context, sents: set[int]) -> None:
    """Other rules' holdings and subsidiaries on the tree's lines (a share given to the company named last)."""
    kept = [c for c in ctx.out if not (c.sent in sents and c.rule not in _RULES
                                       and c.predicate in (Predicate.HOLDS_STAKE, Predicate.SUBSIDIARY_OF))]
    if len(kept) < len(ctx.out):
        ctx.out[:] = kept
        ctx.reindex()
