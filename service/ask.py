"""Questions in Chinese or English → the entities that answer them, one
sentence and the evidence; no model.

`service.question.parse` says what is asked; one handler per intent
(`service.answers`) asks the backend's shared questions
(`service.questions.Backend`) and returns the answer entities (the
`answers` list: name and aliases, what the QA benchmark scores), the facts
behind them and a sentence in the question's language that says when the
answer holds: now (the latest state the articles report), on the date
asked, or that the post is vacant since someone left.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from service.answers import company, holdings, listed_here, ownership, posts
from service.answers.common import Result
from service.question import Question, parse
from service.questions import Backend

__all__ = ["answer"]

_HANDLERS: dict[str, Callable[[Backend, Question], Result]] = {**posts.HANDLERS, **ownership.HANDLERS, **holdings.HANDLERS,
                                                                    **company.HANDLERS, **listed_here.HANDLERS}


def answer(backend: Backend, question: str) -> dict[str, Any]:
    q = parse(question)
    with backend.one_request():
        answers, facts, sentence, result = _HANDLERS[q.intent](backend, q)
    conflicts = sorted({c for f in facts for c in (f.get("term") or {}).get("conflicts", [])})
    return {"question": question, "language": q.lang, "intent": q.intent, "entity": q.subject, "as_of": q.as_of, "when": q.when,
            "answers": answers, "answer": sentence, "conflicts": conflicts, "result": result,
            "evidence": _distinct([e for f in facts for e in f.get("evidence", [])[:2]])}


def _distinct(evidence: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each sentence once: two facts read from one sentence (two holders of one company) show it once."""
    seen: set[tuple[Any, Any]] = set()
    out = []
    for e in evidence:
        key = (e.get("article_id"), e.get("evidence"))
        if key not in seen:
            seen.add(key)
            out.append(e)
    return out
