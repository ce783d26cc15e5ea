"""Response shapes: what the OpenAPI schema promises and tests check."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field


class EntityRef(BaseModel):
    id: str
    name: str
    type: str
    name_then: str | None = Field(None, description="A company's name on the date the answer is about, when a later rename "
                                  "changed it (the name is the one it has now).")


class Evidence(BaseModel):
    article_id: str
    title: str = ""
    date: str | None = None
    evidence: str = Field(description="The sentence the fact was read from, as the article writes it.")
    offsets: list[int] = Field(description="[start, end) of the sentence in the article text.")
    confidence: float
    extractor: str


class FactOut(BaseModel):
    id: str
    predicate: str
    subject: EntityRef
    object: EntityRef
    qualifiers: dict[str, Any]
    confidence: float
    valid_from: str | None = None
    valid_to: str | None = Field(None, description="None: still valid (as far as the sources say).")
    reported_at: str | None = Field(None, description="Earliest publication date among the sources.")
    contradicts: list[str] = Field(default_factory=list, description="Facts this one conflicts with (two chairmen at once).")
    evidence: list[Evidence] = Field(default_factory=list)
    term: TermOut | None = Field(None, description="Positions: the term as read, with an end inferred from a succession.")
    names_then: dict[str, str] = Field(default_factory=dict, description="Companies the fact speaks of that a later rename "
                                       "renamed: entity id → the name it had at the fact's date.")


class TermOut(BaseModel):
    start: str | None = None
    end: str | None = None
    ended: bool = Field(False, description="Known to be over, even without an end date.")
    ended_by: str | None = Field(None, description="end (stated), succession (a stated successor) or successor (the next holder's start).")
    conflicts: list[str] = Field(default_factory=list, description="Reports of another holder at once, which lost to this one.")


class EntityOut(BaseModel):
    id: str
    name: str
    type: str
    aliases: list[str]
    pinyin: str = ""
    score: float | None = None
    matched: str | None = None


class FormerName(BaseModel):
    name: str
    until: str = Field(description="The date of the rename that took this name away.")


class EntityDetail(EntityOut):
    former_names: list[FormerName] = Field(default_factory=list, description="A company's earlier names, oldest first.")
    current_roles: list[FactOut]
    holdings: list[FactOut]
    listings: list[FactOut]
    fact_count: int


class StakeOut(BaseModel):
    holder: EntityRef
    percent: float | None
    since: str | None = Field(description="The date of the latest report of this holding (as_of or the article's date).")
    facts: list[str]
    bought_in: str | None = Field(None, description="A stake sale that gave the holder this stake, with no holding reported since.")
    same_as: list[EntityRef] = Field(default_factory=list, description="Holders reported with the same share where the shares "
                                     "add up to more than the whole: the same holding under another name.")


class HoldersOut(BaseModel):
    company: EntityRef
    as_of: str | None
    holders: list[FactOut] = Field(description="The holding facts behind `stakes`.")
    stakes: list[StakeOut] = Field(default_factory=list, description="Each holder's stake on as_of (or now), after the sales.")
    stake_sales: list[FactOut] = Field(description="Sales of stakes in the company: the changes to its holders.")


class HoldingOut(BaseModel):
    entity: EntityRef
    effective_percent: float | None = Field(description="Multiplied along each path, summed over paths; None if a share on the way is unknown.")
    direct_percent: float | None
    stated_controlling: bool
    paths: list[list[EntityRef]]
    facts: list[str]
    basis: str | None = None


class OwnershipOut(BaseModel):
    company: EntityRef
    direction: str
    depth: int
    as_of: str | None
    holdings: list[HoldingOut]
    beneficial_owners: list[HoldingOut] | None = None
    controllers: list[HoldingOut] | None = None
    subsidiaries: dict[str, Any] | None = None


class ExecutivesOut(BaseModel):
    company: EntityRef
    as_of: str | None
    role: str | None
    current: list[FactOut]
    former: list[FactOut]
    conflicting: list[FactOut] = Field(default_factory=list, description="Another holder of a one-holder post at the same time, "
                                       "reported less recently or without dates: kept, not taken.")


class PositionsOut(BaseModel):
    person: EntityRef
    positions: list[FactOut]


class SuccessionOut(BaseModel):
    person: EntityRef
    direction: str
    role: str | None
    company: EntityRef | None
    successors: list[FactOut] | None = None
    predecessors: list[FactOut] | None = None


class ListingsOut(BaseModel):
    company: EntityRef
    listings: list[FactOut]


class TimelineEvent(BaseModel):
    date: str
    kind: str
    fact: FactOut


class TimelineOut(BaseModel):
    entity: EntityRef
    events: list[TimelineEvent]


class Hop(BaseModel):
    from_: EntityRef = Field(alias="from")
    to: EntityRef
    facts: list[FactOut]

    model_config = {"populate_by_name": True}


class PathOut(BaseModel):
    length: int
    entities: list[EntityRef]
    hops: list[Hop]


class PathsOut(BaseModel):
    from_: EntityRef = Field(alias="from")
    to: EntityRef
    max_hops: int
    paths: list[PathOut]

    model_config = {"populate_by_name": True}


class NeighborsOut(BaseModel):
    center: EntityRef
    depth: int
    nodes: list[EntityRef]
    edges: list[FactOut]


class FactsOut(BaseModel):
    count: int
    facts: list[FactOut]


class AnswerEntity(BaseModel):
    id: str | None = Field(None, description="The entity's id; none for a former name of an entity.")
    name: str
    aliases: list[str] = Field(default_factory=list)
    type: str | None = None
    name_then: str | None = Field(None, description="The company's name at the date the answer speaks of, when a later rename "
                                  "changed it.")


class AskOut(BaseModel):
    question: str
    language: str
    intent: str
    answers: list[AnswerEntity] = Field(description="The entities that answer the question; empty: the graph has no answer.")
    answer: str = Field(description="One sentence, in the question's language.")
    as_of: str | None = Field(None, description="The date asked about; none: now, the latest state the articles report.")
    when: str = Field("now", description="now, at (a date) or ever (担任过, has held).")
    conflicts: list[str] = Field(default_factory=list, description="Facts that gave another answer at the same time.")
    result: dict[str, Any]
    evidence: list[Evidence]


class CypherIn(BaseModel):
    query: str = Field(min_length=1, max_length=20000, examples=["MATCH (p:Person)-[r:HOLDS_POSITION]->(c:Company {name: $name}) RETURN p.name, r.role LIMIT 10"])
    parameters: dict[str, Any] = Field(default_factory=dict, examples=[{"name": "金融壹账通"}])


class CypherOut(BaseModel):
    columns: list[str]
    rows: list[list[Any]]
    truncated: bool


class ValidationProblem(BaseModel):
    type: str
    loc: list[str | int] = Field(description="Where: ['query', 'as_of'], ['body', 'query'] …")
    msg: str


class ErrorOut(BaseModel):
    detail: str = Field(description="One line: what is wrong, naming the parameter or entity.")
    suggestions: list[EntityOut] | None = None
    candidates: list[EntityOut] | None = None
    supported: list[str] | None = None
    errors: list[ValidationProblem] | None = Field(None, description="422 for invalid parameters: each problem.")
