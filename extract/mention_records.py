"""The records of the mention passes: an article's entities (`Inventory`)
and a sentence's mentions, each kind written as one private-use character
in the template the rules match (`KIND`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from schema import Role
from text.normalize import to_simplified

# One private-use character per mention kind.
KIND = {
    "P": "\ue000",  # person
    "C": "\ue001",  # company (or 公司/该公司 standing for the company in focus)
    "X": "\ue002",  # exchange
    "T": "\ue003",  # title (role)
    "D": "\ue004",  # date
    "K": "\ue005",  # ticker
    "M": "\ue006",  # money amount
    "R": "\ue007",  # percentage
}

KIND_OF = {v: k for k, v in KIND.items()}


@dataclass
class Entity:
    key: str
    name: str  # display name (original form)
    type: str  # Person, Company, Exchange
    aliases: dict[str, int] = field(default_factory=dict)  # original forms → times used in the article
    count: int = 0
    first: int = 1 << 30
    tickers: dict[str, str] = field(default_factory=dict)  # ticker → exchange code ('' unknown)
    from_dictionary: bool = False


@dataclass
class Mention:
    kind: str  # key of KIND
    start: int  # offsets in the article's normalised text
    end: int
    text: str  # normalised surface
    key: str | None = None  # entity key for P, C, X
    value: Any = None  # Role / title info for T, DateValue for D, Money, float, ticker tuple
    focus: bool = False  # a 公司/该公司 standing for the company in focus


@dataclass(frozen=True)
class TitleInfo:
    role: Role
    title: str  # the full title as written (with department prefix)
    modifier: str = ""  # 原/前/时任 … (former) or 现任 (current)


class Inventory:
    """The entities an article names, keyed for resolution within it."""

    def __init__(self) -> None:
        self.entities: dict[str, Entity] = {}
        self.surface: dict[str, str] = {}  # norm_name(surface) → entity key
        self.forms: set[str] = set()  # surfaces as written in the normalised text, for matching
        self.brands: dict[str, list[str]] = {}  # norm_name(brand) → the companies it may stand for (several)
        self.self_key: str | None = None  # the company the article defines as 公司/本公司 ("（以下简称“公司”）")
        self.self_words: set[str] = set()  # the words it defines so
        self.merged_key: str | None = None  # the company a merger leaves (新公司, 存续公司: extract.mergers)
        self.revision = 0  # counts the changes to entities and names, so that what is found from them can be kept
        # the article's one group (extract.company_refs.the_group), with the revision it was found at
        self.group_memo: tuple[int, str | None] | None = None
        # a label the document defines for a party (呈请人, 发行人, 甲方) → (where defined, the party), in order
        self.label_sites: dict[str, list[tuple[int, str]]] = {}
        self.label_heads: set[int] = set()  # where a caption's label stands ("被告：C"): the caption's word, no mention
        self.covered = False  # a research note's company, named with its code in the headline (extract.covered_company)

    def add(self, key: str, name: str, type_: str, surface_norm: str, display: str, pos: int,
            from_dictionary: bool = False) -> Entity:
        self.revision += 1
        ent = self.entities.get(key)
        if ent is None:
            ent = Entity(key=key, name=name, type=type_, from_dictionary=from_dictionary)
            self.entities[key] = ent
        ent.aliases[display] = ent.aliases.get(display, 0) + 1
        ent.count += 1
        ent.first = min(ent.first, pos)
        self.surface.setdefault(surface_norm, key)
        self.forms.add(to_simplified(display))
        return ent

    def uncount(self, surface_norm: str) -> None:
        """Take back one finding of the entity `surface_norm` names: a longer name found later holds those letters
        ("A" inside "P地AB支付有限公司"), so the known firm was not mentioned there (and must not win the
        article's focus by the count of names that hold it)."""
        ent = self.entities.get(self.surface.get(surface_norm, ""))
        if ent is not None and ent.count > 0:
            self.revision += 1
            ent.count -= 1

    def link(self, surface_norm: str, display: str, key: str) -> None:
        """Make `surface` another name of entity `key` (an in-article alias)."""
        self.revision += 1
        self.surface[surface_norm] = key
        self.forms.add(to_simplified(display))
        self.entities[key].aliases.setdefault(display, 0)

    def companies(self) -> list[Entity]:
        return [e for e in self.entities.values() if e.type == "Company"]


def merge_entities(inv: Inventory, src: str, dst: str) -> None:
    """Fold entity `src` into `dst` (an alias definition joined them)."""
    inv.revision += 1
    s = inv.entities.pop(src)
    d = inv.entities[dst]
    for a, n in s.aliases.items():
        d.aliases[a] = d.aliases.get(a, 0) + n
    d.count += s.count
    d.first = min(d.first, s.first)
    for k, v in list(inv.surface.items()):
        if v == src:
            inv.surface[k] = dst
    if inv.self_key == src:
        inv.self_key = dst
