"""A person's name at the head of what reads as a company's name.

A company's name is found by walking back from its suffix, and a notice
often writes a person right before one ("核准P" + "X银行行长的任职资格",
"P任X人寿董事长；"): these tell how many letters of the walk are the
person's, so the company's name starts after them. Apart from
`extract.companies` so that module keeps to finding names.
"""

from __future__ import annotations

import re

from extract.lexicon import Lexicon
from extract.persons import plausible_person, qualification_follows

#: a verb of appointing or approving someone: the name right after it is a person's, not the start of a company's
APPOINTED_BEFORE = re.compile(r"(?:核准|任命|委任|聘任|聘请|提名|选举|选任|免去|免除|罢免)了?$")  # ("免去P北林银行行长职务")
#: the next of a list of people a verb of appointing names before their posts: "核准A、B C副行长的任职资格"
APPOINTED_LIST_BEFORE = re.compile(r"(?:核准|任命|委任|聘任|聘请|提名|选举|选任)[^，。；：]{2,36}、$")



#: what a clause opens after: a line's start, a stop or a comma
CLAUSE_START = frozenset("\n。；，：;")


def person_then_post_verb(text: str, start: int, suffix_start: int, lex: Lexicon) -> int:
    """The length of a person's name and 任 (takes the post of) opening a clause before a company's name of two
    letters or more: a notice of appointments writes one line a person, "P任C董事长；" (0 if none)."""
    for n in (3, 2):
        if text[start + n:start + n + 1] == "任" and suffix_start - start - n - 1 >= 2 \
                and plausible_person(text[start:start + n], lex, strong=False, bounded=True):
            return n + 1
    return 0


def person_at(text: str, start: int, suffix_start: int, lex: Lexicon) -> int:
    """The length of a person's name at `start` that leaves a company's name
    of two letters or more before its suffix (0 if none)."""
    strong = qualification_follows(text, start)  # "核准P C T任职资格": a person is approved, even 应/金 P
    for n in (3, 2):
        if suffix_start - start - n >= 2 and plausible_person(text[start:start + n], lex, strong=strong,
                                                               bounded=strong and n == 3):
            return n
    return 0
