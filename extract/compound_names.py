"""Person names that start with a compound surname (歐陽, 司徒 …): the
two-letter surname makes a three- or four-letter name that the cues for
ordinary names would cut short."""

from __future__ import annotations

import re

from extract.lexicon import Lexicon
from extract.name_words import glued_word
from extract.persons import PERSON_HONORIFIC, PERSON_VERB_AFTER_RE, PERSON_VERB_BEFORE, compound_name_after, occurrences


def compound_surname_names(found: dict[str, int], text: str, lex: Lexicon, title_spans: list[tuple[int, int]]) -> None:
    """Names of three or four letters that start with a compound surname
    ("歐陽文軒出任…", "行政總裁司徒嘉明"), after a title or a verb of
    appointing or before a person's verb; a shorter name cut from one is dropped."""
    if not lex.has_compound_surname(text):
        return
    title_ends = {e for _s, e in title_spans}
    for sur in lex.compound_surnames:
        for i in occurrences(text, sur):
            if any(s <= i < e for s, e in title_spans) or (i > 0 and glued_word(text, i - 1)):
                continue  # "理事长孙某某", "广东方面": the surname's first letter ends the word before
            before = i in title_ends or re.search(f"{PERSON_VERB_BEFORE}$", text[max(0, i - 4):i]) is not None
            name = compound_name_after(text, i, lex, strong=before)
            if not name:
                continue
            after = text[i + len(name):]
            if before or PERSON_VERB_AFTER_RE.match(after) or PERSON_HONORIFIC.match(after):
                for short in (name[:3], name[:2]):
                    if short != name and found.get(short) == i:
                        del found[short]
                found.setdefault(name, i)
