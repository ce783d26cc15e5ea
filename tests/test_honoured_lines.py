"""A congratulation notice's honoree: a name line, then 榮任/榮膺 and the post on the lines below
(extract.rules.honoured_lines; 榮膺 is no part of the company's name after it: extract.name_words).
Names and wording made up for these tests."""

from __future__ import annotations

from tests.helpers import posts

_NOTICES = (
    "賀　詞\n\n"
    "恭祝\n"
    "湯綺雯女士\n"
    "榮膺遠帆航運有限公司\n"
    "非執行董事\n\n"
    "遠帆航運同人　謹賀\n"
    "～～～～～～\n"
    "東瀛海運控股有限公司\n"
    "柯少衡博士\n"
    "榮升營運總裁\n\n"
    "海運業界友好　敬賀\n"
)



def test_the_post_under_the_name_is_at_the_company_above_it() -> None:
    assert ("柯少衡", "東瀛海運控股有限公司", "coo") in posts(_NOTICES, "賀詞")


def test_the_honouring_line_names_the_company_and_the_post_follows() -> None:
    got = posts(_NOTICES, "賀詞")
    assert ("湯綺雯", "遠帆航運有限公司", "non_executive_director") in got
    assert not any(c.startswith("榮膺") for _p, c, _r in got)
