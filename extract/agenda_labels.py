"""The role labels of a meeting's agenda ("主持人：", "主　持：", "对话嘉宾：", "点评人："), before a line's name.

An agenda lists its people a line each, as a roster does ("P　C T"), but a line may open on the part the person plays
at the meeting first. The label is no part of the name nor of the posts: the layout readers (the names a roster's
line opens on, a spaced two-letter name, the roster rule's head) step over it. Its letters may be spaced out to the
width of a longer label ("主　持"), as agendas align them."""

from __future__ import annotations

#: the parts people play at a forum, a seminar or a launch (longest first, so a longer label wins)
_ROLES = ("对话嘉宾", "演讲嘉宾", "点评嘉宾", "特邀嘉宾", "主持人", "致辞人", "主讲人", "演讲人", "报告人", "点评人", "评议人",
          "与谈人", "发言人", "嘉宾", "主持", "主讲", "致辞", "点评", "评议")


def _spaced(word: str) -> str:
    return "[ \u3000]{0,2}".join(word)


#: a role label and its colon, then the spaces before the name (a regex fragment, no group)
AGENDA_LABEL = r"(?:(?:" + "|".join(_spaced(w) for w in _ROLES) + r")[：:][ \t\u3000]*)"
#: the same over a sentence's template, whose wide spaces are squeezed out
AGENDA_LABEL_TPL = r"(?:(?:" + "|".join(_ROLES) + r")[：:]\s*)"
