"""A company registry's filing of officers appointed and ceased (Hong Kong's ND2A and the like): each officer an
item of fields on lines of their own, bilingual labels then values: a capacity label with its value in both languages, the Chinese-name label ("中文姓名" + the English
label, then P) (or "姓名 Name: " + P + its Latin spelling), a date of appointment with its bilingual label (or of cessation).
The label says the value is a person's name; `extract.rules.registry_forms` reads the items.
"""

from __future__ import annotations

import re

from extract.lexicon import Lexicon
from extract.persons import plausible_person

#: a name's field: its Chinese label (and English), a colon, the name
NAME_FIELD = re.compile(r"(?:中文姓名|姓名)[^\S\n]*(?:Name(?: in Chinese)?)?[^\S\n]*[：:][^\S\n]*([\u4e00-\u9fff]{2,4})(?=[\s　A-Z]|$)")
#: a date's field of appointment or cessation: the bilingual label, then a date written DD-MM-YYYY
DATE_FIELD = re.compile(r"(委任|停任|终止|辞任)日期[^\S\n]*(?:Date of [A-Za-z]+)?[^\S\n]*[：:][^\S\n]*(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})")


def registry_names(text: str, lex: Lexicon) -> list[tuple[str, int]]:
    """Names in a form's name fields."""
    if "姓名" not in text:
        return []
    return [(m.group(1), m.start(1)) for m in NAME_FIELD.finditer(text) if plausible_person(m.group(1), lex, strong=True, bounded=True)]
