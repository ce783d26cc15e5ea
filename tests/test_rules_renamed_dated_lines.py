"""A career told year by year (an obituary's or a résumé's date column): a line
before the company's rename that gives a post without naming the company is
at the old name, the name of its time. Sentences written for these tests (not
gold text)."""

from __future__ import annotations

from .helpers import facts_of

_CAREER = (
    "北林银行股份有限公司原董事长韦承泽同志逝世。\n"
    "韦承泽同志主要工作经历：\n"
    "1995年4月　牵头组建北林城市合作银行，任董事长兼行长；\n"
    "2003年5月　不再兼任行长，行长一职由柏文石接任；\n"
    "2009年8月　北林城市合作银行更名为北林银行股份有限公司，继续任董事长；\n"
    "2015年1月　退休。\n"
)


def _posts(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject.name, f.object.name, str(f.qualifiers.get("role")))
            for f in facts_of(text) if str(f.predicate) == "HOLDS_POSITION"}


def test_a_post_given_before_the_rename_is_at_the_old_name() -> None:
    got = _posts(_CAREER)
    assert ("柏文石", "北林城市合作银行", "president") in got
    assert not any(p == "柏文石" and c.startswith("北林银行") for p, c, _r in got)

