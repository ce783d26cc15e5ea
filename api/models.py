"""Response shapes: what the OpenAPI schema promises and tests check."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field


class EntityRef(BaseModel):
    id: str
    name: str
    type: str


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


class EntityOut(BaseModel):
    id: str
    name: str
    type: str
    aliases: list[str]
    pinyin: str = ""
    score: float | None = None
    matched: str | None = None


class EntityDetail(EntityOut):
    current_roles: list[FactOut]
    holdings: list[FactOut]
    listings: list[FactOut]
    fact_count: int


class HoldersOut(BaseModel):
    company: EntityRef
    as_of: str | None
    holders: list[FactOut]
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


class AskOut(BaseModel):
    question: str
    language: str
    intent: str
    answer: str = Field(description="One sentence, in the question's language.")
    result: dict[str, Any]
    evidence: list[Evidence]


class CypherIn(BaseModel):
    query: str = Field(min_length=1, max_length=20000, examples=["MATCH (p:Person)-[r:HOLDS_POSITION]->(c:Company {name: $name}) RETURN p.name, r.role LIMIT 10"])
    parameters: dict[str, Any] = Field(default_factory=dict, examples=[{"name": "金融壹账通"}])


class CypherOut(BaseModel):
    columns: list[str]
    rows: list[list[Any]]
    truncated: bool


class ErrorOut(BaseModel):
    detail: str
    suggestions: list[EntityOut] | None = None
    candidates: list[EntityOut] | None = None
    supported: list[str] | None = None
