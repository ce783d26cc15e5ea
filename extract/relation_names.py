"""Names after a word for what one person is to another: "与同乡P合伙创办",
"与前同事P共同创立", "老同学P": only a person is someone's fellow
townsman, colleague, classmate or partner, so the name after such a word
stands even where no title or verb of a post frames it."""

from __future__ import annotations

import re

from extract.lexicon import Lexicon
from extract.persons import name_after, plausible_person

#: the words, perhaps "former" (前) or "old" (老) before them
_WORDS = re.compile(r"同乡|老乡|同事|同学|校友|好友|老友|挚友|搭档|战友|发小|师兄|师弟|学长")
_PREFIX = re.compile(r"(?:前|老|昔日|多年)?(?:的)?$")


#: "接的是退休的P的班", "接了P的班": only a person has a shift (班) another takes over
_SHIFT_OF = re.compile(r"接(?:的是|了|过)?(?:[^，。；\n]{0,8}?的)?([\u4e00-\u9fff]{2,3}?)的班")


def related_names(text: str, lex: Lexicon) -> list[tuple[str, int]]:
    """(name, offset) of each name right after a word of relation (or before 的班 one takes over)."""
    out = [(m.group(1), m.start(1)) for m in _SHIFT_OF.finditer(text)
           if plausible_person(m.group(1), lex, strong=False) and not _given_name_of_full(m.group(1), text, lex)] if "的班" in text else []
    for m in _WORDS.finditer(text):
        if name := name_after(text, m.end(), lex, strong=False):
            out.append((name, m.end()))
            start = _PREFIX.search(text, max(0, m.start() - 4), m.start()).start()
            if text[start - 1:start] in ("与", "和", "同"):  # "P与同乡Q合伙创办": the one who has them is a person too
                out.extend(_head_name(text, start - 1, lex))
    return out


def _given_name_of_full(name: str, text: str, lex: Lexicon) -> bool:
    """Whether a two-letter name is the given name of a full name the text writes ("接的志远的班" after "韩志远"):
    the given-name form is then the full name's, found by the inventory, no person of its own."""
    return len(name) == 2 and any(i > 0 and plausible_person(text[i - 1:i + 2], lex, strong=False)
                                  for i in (m.start() for m in re.finditer(name, text)))


def _head_name(text: str, end: int, lex: Lexicon) -> list[tuple[str, int]]:
    """The name of three letters or two that ends at `end` and opens a clause."""
    for ln in (3, 2):
        s = end - ln
        if s >= 0 and (s == 0 or text[s - 1] in "，。；：\n “") and plausible_person(text[s:end], lex, strong=False):
            return [(text[s:end], s)]
    return []
