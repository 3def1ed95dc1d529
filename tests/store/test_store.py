"""Store: save/get round-trips, idempotence, one transaction per article, listings, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy.exc import IntegrityError

from newsgraph.model import Actor, Article, Document
from newsgraph.store import SaveResult, Store


@pytest.fixture
def store(db_url):
    with Store(db_url) as opened:
        yield opened


def test_get_returns_exactly_what_was_saved(store, document):
    assert store.save(document) is SaveResult.stored
    stored = store.get(document.article.id)
    assert stored == document
    assert stored.to_json() == document.to_json()


def test_saving_the_same_article_again_changes_nothing(store, document):
    store.save(document, signature=[5, 6, 7])
    before = store.counts()
    changed = document.model_copy(update={"claims": []})
    assert store.save(changed, duplicate_of=None, signature=[1, 2, 3]) is SaveResult.existing
    assert store.counts() == before
    assert store.get(document.article.id) == document
    assert store.signatures() == [(document.article.id, [5, 6, 7])]


def test_rows_per_table(store, document):
    store.save(document)
    assert store.counts() == {
        "article": 1, "actor": 7, "mention": 9, "position": 3, "actor_group": 1, "group_member": 1,
        "group_party": 1, "group_body": 1, "group_mention": 2, "event": 3, "event_participant": 6,
        "event_mention": 1, "quote": 2, "relation": 1, "ranking": 1, "ranking_entry": 3, "claim": 1,
        # actors across articles (newsgraph.resolve): saving alone resolves nothing
        "canonical_actor": 0, "actor_link": 0, "merge_decision": 0, "actor_override": 0,
    }


def test_a_failed_save_leaves_no_partial_article(store, document):
    # Two actors with one id break the actor table's key after the article row is written.
    broken = document.model_copy(update={"actors": [*document.actors, Actor(id="a1", name="Kenya", kind="state")]})
    with pytest.raises(IntegrityError):
        store.save(broken)
    assert not store.has(document.article.id)
    assert set(store.counts().values()) == {0}
    assert store.save(document) is SaveResult.stored


def test_near_duplicate_points_at_its_original(store, document, make_document):
    copy = make_document(document.article.body + "\n\nThis story was first published by Reuters.", outlet="Daily Monitor")
    store.save(document, signature=[1, 2, 3])
    assert store.save(copy, duplicate_of=document.article.id, signature=[1, 2, 4]) is SaveResult.stored
    assert store.duplicate_of(copy.article.id) == document.article.id
    assert store.duplicate_of(document.article.id) is None
    # only originals seed the near-duplicate index, so a later copy points at the original too
    assert store.signatures() == [(document.article.id, [1, 2, 3])]
    assert store.get(copy.article.id) == copy


def test_has_get_and_prefix_of_unknown_articles(store, document):
    assert not store.has(document.article.id)
    with pytest.raises(KeyError):
        store.get(document.article.id)
    store.save(document)
    assert store.has(document.article.id)
    assert store.ids_with_prefix(document.article.id[:6]) == [document.article.id]
    assert store.ids_with_prefix("%") == []
    assert store.ids_with_prefix("zz") == []


def test_articles_lists_newest_first_with_fact_counts(store, document):
    bare = [Document(article=Article(id=f"{n:064x}", body=f"Brief {n}.", title=f"Brief {n}", published=date))
            for n, date in ((1, "2024-12-31"), (2, None), (3, "2025-06-01"))]
    for d in [document, *bare]:
        store.save(d)
    listed = store.articles()
    assert [a.id for a in listed] == [f"{3:064x}", document.article.id, f"{1:064x}", f"{2:064x}"]
    first_full = listed[1]
    assert (first_full.title, first_full.outlet, first_full.published) == (document.article.title, "Reuters", "2025-03-04")
    assert (datetime.now(UTC) - first_full.ingested_at).total_seconds() < 600
    assert first_full.counts == {"actors": 7, "positions": 3, "groups": 1, "events": 3, "quotes": 2,
                                 "relations": 1, "rankings": 1, "claims": 1}
    assert listed[0].counts == dict.fromkeys(first_full.counts, 0)
    assert [a.id for a in store.articles(limit=2, offset=1)] == [document.article.id, f"{1:064x}"]


def test_reopening_keeps_what_was_stored(db_url, document):
    with Store(db_url) as first:
        first.save(document)
    with Store(db_url) as second:
        assert second.get(document.article.id) == document
