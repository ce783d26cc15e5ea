"""fintech-kg's vocabulary as code; see `schema.model`."""

from schema.model import (
    DATE_QUALIFIERS,
    ENTITY_QUALIFIERS,
    EXCHANGES,
    PREDICATES,
    ROLE_LABELS,
    ROLE_SPECIALISES,
    SINGLE_HOLDER_ROLES,
    Currency,
    EntityType,
    ExchangeInfo,
    ListingMethod,
    Predicate,
    PredicateSpec,
    QualifierSpec,
    Role,
    SubsidiaryKind,
    ValueType,
    role_of_title,
)

__all__ = [
    "DATE_QUALIFIERS", "ENTITY_QUALIFIERS", "EXCHANGES", "PREDICATES", "ROLE_LABELS",
    "ROLE_SPECIALISES", "SINGLE_HOLDER_ROLES", "Currency", "EntityType", "ExchangeInfo", "ListingMethod",
    "Predicate", "PredicateSpec", "QualifierSpec", "Role", "SubsidiaryKind", "ValueType",
    "role_of_title",
]
