"""The kinds of institution are written once, in text.kinds: the narrower list a question's short
name is abridged to (service.short_names) is drawn from the words that end a short name in a text."""

from __future__ import annotations

import re

from text.abridged import abridges
from text.kinds import ABRIDGED_KINDS, SHORT_SUFFIX


def test_every_abridged_kind_ends_a_short_name_in_a_text_too() -> None:
    assert all(re.fullmatch(SHORT_SUFFIX, kind) for kind in ABRIDGED_KINDS)


def test_a_kind_the_recogniser_ends_names_with_but_too_generic_to_abridge_to() -> None:
    # (names made up for this test) 投资 ends a short name in a text, but no brand is abridged to it
    assert re.fullmatch(SHORT_SUFFIX, "投资")
    assert not abridges("青禾投资", "青禾商业投资有限公司")
    assert abridges("青禾银行", "青禾商业银行股份有限公司")
