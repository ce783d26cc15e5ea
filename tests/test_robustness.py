"""The extractor never raises, whatever the text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from schema import PREDICATES, EntityType, Predicate

from .helpers import facts_of

_FINTECH = st.sampled_from(list("金融壹账通董事长叶望春兼首席执行官沈崇锋旗下子公司持有%股权上市港交所（）“”，。；、0123456789年月日拟将由接任辞去"))


def _well_formed(text: str) -> None:
    """Whatever comes out is a fact the store accepts: a declared predicate
    between entities of its types, with its evidence at its offsets."""
    for f in facts_of(text):
        spec = PREDICATES[Predicate(str(f.predicate))]
        assert f.subject.name.strip() and f.object.name.strip()
        assert EntityType(f.subject.type) in spec.subject_types and EntityType(f.object.type) in spec.object_types
        s, e = f.offsets
        assert text[s:e] == f.evidence and 0 < f.confidence <= 1


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
def test_never_raises_on_arbitrary_text(text: str) -> None:
    _well_formed(text)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_FINTECH, max_size=200).map("".join))
def test_never_raises_on_fintech_like_text(text: str) -> None:
    _well_formed(text)


def test_the_checks_above_see_facts() -> None:
    """The generated texts above rarely hold a fact: this one does, so the checks are known to run on one."""
    text = "金融壹账通董事长叶望春兼首席执行官。"
    assert facts_of(text)
    _well_formed(text)
