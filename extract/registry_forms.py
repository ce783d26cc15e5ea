"""A company registry's filing of officers appointed and ceased (Hong Kong's ND2A and the like): each officer an
item of fields on lines of their own, bilingual labels then values: "身份 Capacity: 董事 Director", "中文姓名 Name in
Chinese: P" (or "姓名 Name: P LATIN"), "委任日期 Date of Appointment: 03-11-2024" (or 停任日期 … Date of Cessation).
The label says the value is a person's name; `extract.rules.registry_forms` reads the items.
"""

from __future__ import annotations

import re

from extract.lexicon import Lexicon
from extract.persons import plausible_person

#: a name's field: its Chinese label (and English), a colon, the name
NAME_FIELD = re.compile(r"(?:中文姓名|姓名)[^\S\n]*(?:Name(?: in Chinese)?)?[^\S\n]*[：:][^\S\n]*([\u4e00-\u9fff]{2,4})(?=[\s　A-Z]|$)")
#: a date's field of appointment or cessation: "委任日期 Date of Appointment: 03-11-2024"
DATE_FIELD = re.compile(r"(委任|停任|终止|辞任)日期[^\S\n]*(?:Date of [A-Za-z]+)?[^\S\n]*[：:][^\S\n]*(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})")


def registry_names(text: str, lex: Lexicon) -> list[tuple[str, int]]:
    """Names in a form's name fields."""
    if "姓名" not in text:
        return []
    return [(m.group(1), m.start(1)) for m in NAME_FIELD.finditer(text) if plausible_person(m.group(1), lex, strong=True, bounded=True)]
