"""The resolver's memo of mentions seen before holds live entities only: a
merge drops the entries of the entity it merges away, so the article loop's
fast path (`graph.ingest.reports`) takes a hit as it is, with no check per mention."""

from __future__ import annotations

from graph.ingest.resolver import Resolver
from schema import EntityType


def _resolver() -> Resolver:
    return Resolver({}, lambda _name: False, lambda eid: eid, set(), fresh=True)


def test_a_merge_drops_the_memo_entries_of_the_entity_merged_away() -> None:
    r = _resolver()
    old = r.resolve("澄岚科技", EntityType.COMPANY)
    new = r.resolve("溯川数科", EntityType.COMPANY)
    with_aliases = r.resolve("澄岚科技", EntityType.COMPANY, ("澄岚",))
    assert with_aliases == old
    r.merge(old, new)
    assert all(eid != old for eid, _slot in r.plain(EntityType.COMPANY).values())
    assert "澄岚科技" not in r.plain(EntityType.COMPANY)
    # the next mention resolves again, to the survivor, and is counted under it
    assert r.resolve("澄岚科技", EntityType.COMPANY) == new
    assert r.resolve("澄岚科技", EntityType.COMPANY, ("澄岚",)) == new
    assert r.surfaces[(new, "澄岚科技")][1] == 2
    assert r.plain(EntityType.COMPANY)["澄岚科技"][0] == new


def test_the_memo_of_a_live_entity_stays() -> None:
    r = _resolver()
    kept = r.resolve("澄岚科技", EntityType.COMPANY)
    gone = r.resolve("溯川数科", EntityType.COMPANY)
    r.merge(gone, kept)
    assert r.plain(EntityType.COMPANY)["澄岚科技"][0] == kept
    assert r.resolve("澄岚科技", EntityType.COMPANY) == kept
    assert r.surfaces[(kept, "澄岚科技")][1] == 2
