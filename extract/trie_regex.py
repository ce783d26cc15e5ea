"""One regular expression for a list of words, compiled from a trie: how the
lexicon matches thousands of names in a single linear scan of a text."""

from __future__ import annotations

import re


def trie_regex(words: list[str]) -> str:
    """A regex matching any of `words`, longest first, compiled from a trie.

    Python's alternation tries branches in order, so a flat `a|ab` would stop
    at `a`; a trie factors common prefixes and puts longer continuations
    first, which gives longest-match and a much smaller automaton.
    """
    trie: dict[str, dict] = {}
    for w in words:
        if not w:
            continue
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        ends = "" in node
        chars = sorted(ch for ch in node if ch)
        branches = [re.escape(ch) + build(node[ch]) for ch in chars]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + _dispatch(chars, branches) + ")"
        return f"(?:{body})?" if ends else body

    return build(trie)


#: how many branches of one trie node are tried one by one; a node with more is split into groups
_GROUP = 64


def _dispatch(chars: list[str], branches: list[str]) -> str:
    """The alternation of a trie node's `branches` (each starting with its letter of `chars`), grouped.

    Python's regex engine tries the branches of an alternation one by one,
    even after the one whose first letter matched has failed further on, so a
    node of n branches costs n tests at every position where a name could
    start: the root of the company dictionary has hundreds. Groups of
    `_GROUP` branches, each behind a lookahead on its first letters, cost a
    set test a group and the branches of one group: the same matches (the
    branches begin with distinct letters, so at most one can match). A set
    test costs more than a branch's letter test, so the groups are large
    (bench/README.md, "The dictionary regex", has the sizes measured).
    """
    if len(branches) <= _GROUP:
        return "|".join(branches)
    groups = []
    for i in range(0, len(branches), _GROUP):
        letters = "".join(re.escape(ch) for ch in chars[i:i + _GROUP])
        groups.append(f"(?=[{letters}])(?:" + "|".join(branches[i:i + _GROUP]) + ")")
    return "|".join(groups)
