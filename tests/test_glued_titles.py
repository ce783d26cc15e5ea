"""An English or Indonesian title glued to a company's Chinese name in a
question ("谁是X的Presiden Direktur"), and the press's Chinese for
Indonesia's president director (总裁董事) in an article. Names invented."""

from __future__ import annotations

import pytest

from schema import Role
from service.question import parse

from .helpers import posts


@pytest.mark.parametrize("q, role", [
    ("谁是岚汀金融的Presiden Direktur", Role.PRESIDENT),
    ("岚汀金融现任President Director是谁", Role.PRESIDENT),
    ("Who is the President Director of 岚汀金融", Role.PRESIDENT),
])
def test_a_title_glued_to_a_chinese_name_is_the_role(q: str, role: Role) -> None:
    p = parse(q)
    assert p.role is role and p.subject == "岚汀金融"


def test_president_director_of_an_indonesian_company() -> None:
    got = posts("人事方面，岚汀金融股东大会已委任晨岭集团副总裁董事周立光为新任总裁董事，接替许明远。")
    assert ("周立光", "岚汀金融", "president") in got and ("周立光", "晨岭集团", "vice_president") in got
