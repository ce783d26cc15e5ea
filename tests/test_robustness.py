"""The extractor never raises, whatever the text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .helpers import facts_of

_FINTECH = st.sampled_from(list("金融壹账通董事长叶望春兼首席执行官沈崇锋旗下子公司持有%股权上市港交所（）“”，。；、0123456789年月日拟将由接任辞去"))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
def test_never_raises_on_arbitrary_text(text: str) -> None:
    facts_of(text)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_FINTECH, max_size=200).map("".join))
def test_never_raises_on_fintech_like_text(text: str) -> None:
    for f in facts_of(text):
        s, e = f.offsets
        assert text[s:e] == f.evidence
