"""Answers to "which companies are listed on exchange X" ("哪些公司在新交所上市", "在港交所上市的公司有哪些"):
the companies whose listing on X the store holds, those still listed unless the question asks of ever (上市过)
or of a date. The exchange is named as the question writes it (新交所, 新加坡证券交易所, SGX, Singapore Exchange),
read through the exchanges' names in `schema`; an exchange the schema does not know answers nothing."""

from __future__ import annotations

from schema import Predicate
from schema.listing_time import begun, listed_on
from schema.model import EXCHANGES
from service.answers.common import Result, entities, is_zh, join_names
from service.question import Question
from service.questions import Backend
from text.normalize import to_simplified

#: every name of an exchange, as a question may write it → its code
_CODES: dict[str, str] = {
    name: code for code, x in EXCHANGES.items()
    for name in (code.lower(), x.name_en.lower(), *(to_simplified(n).lower() for n in x.names_zh))  # (东证Growth市场: keys are lower-case)
}


def exchange_code(name: str) -> str | None:
    """The code of the exchange a question names ("新交所" → SGX), None when no exchange is called so."""
    key = to_simplified(name).strip().lower().removeprefix("the ")
    return _CODES.get(key)


def listed_here(b: Backend, q: Question) -> Result:
    code = exchange_code(q.subject)
    exchange = b._entity("exc-" + code.lower()) if code else None
    facts = b._in(exchange["id"], [Predicate.LISTED_ON]) if exchange else []
    facts = [f for f in facts if q.as_of is None or begun(f["qualifiers"], q.as_of)]
    if q.when != "ever":
        facts = [f for f in facts if listed_on(f["qualifiers"], q.as_of)]  # still listed (on the day asked)
    found = entities(b, [f["subject"]["id"] for f in facts])
    names = join_names(q, [e["name"] for e in found])
    where = q.subject
    msg = (f"在{where}上市的公司：{names}。" if found else f"没有找到在{where}上市的公司。") if is_zh(q) else \
        (f"Listed on {where}: {names}." if found else f"No company listed on {where} is recorded.")
    return found, facts, msg, {"exchange": code, "listings": facts}


HANDLERS = {"listed_here": listed_here}
