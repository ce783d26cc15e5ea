"""A leaving told in the clause right after a post ends it ("P自2012年起担任C董事长，2020年卸任",
"…，直到2013年退休": extract/rules/term_ends.py); a bare 合作银行 after a verb of taking a post is the
one the text names (extract/mentions.py)."""

from tests.helpers import facts_of, quals

_HISTORY = ("清河县农村合作银行由原清河县农村信用合作联社改制而来，2006年3月挂牌开业。"
            "王德明担任合作银行首任董事长，直到2013年退休。\n张建国自2012年起担任清河银行董事长，2020年卸任。")


def test_a_leaving_after_the_post_ends_it():
    facts = facts_of(_HISTORY, date="2024-08-01")
    assert quals(facts, "张建国", "HOLDS_POSITION", "清河银行", role="chairman") == {"role": "chairman", "start": "2012", "end": "2020"}


def test_until_retiring_at_the_bank_the_text_names_by_its_kind():
    facts = facts_of(_HISTORY, date="2024-08-01")
    assert quals(facts, "王德明", "HOLDS_POSITION", "清河县农村合作银行", role="chairman").get("end") == "2013"
