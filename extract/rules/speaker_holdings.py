"""An interviewee's own words about its holding: "P：我个人" + "持有约" + a figure
(the speaker named before the colon holds that share of the company the
text is about, or of the one the sentence names after the verb)."""

from __future__ import annotations

from extract.rules.base import Context
from extract.rules.holder_slots import key_of, pct_of
from extract.rules.stake_emit import emit_stake
from extract.rules.stake_targets import target_for
from extract.rules.templates import Sent, gated

# "P：我个人" + "持有约" + a figure, "P：我本人直接持有公司约…的股份"
_I_HOLD = gated(r"(?P<speaker><P>)[：:](?:我|本人|我本人)(?:个人|本人)?(?:目前|现在|现|如今)?(?:直接)?(?:持有|持股)(?:了)?(?P<target><C>)?"
                r"(?:的)?(?:大约|大概|约|近|超过)?(?P<pct><R>)", "我", "本人")


def speaker_holdings(ctx: Context, sent: Sent) -> None:
    for m in _I_HOLD.finditer(sent.tpl):
        speaker = key_of(sent, m, "speaker")
        target = key_of(sent, m, "target") or target_for(ctx, sent, m.start("pct"), (speaker or "",))
        emit_stake(ctx, sent, speaker, target, "speaker-holds", 0.75, pct_of(sent, m), m.start())
