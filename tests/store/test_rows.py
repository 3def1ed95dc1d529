"""Document <-> rows: lossless both ways, with list order and evidence fields kept in columns."""

from __future__ import annotations

from datetime import UTC, datetime

from newsgraph.store import schema as t
from newsgraph.store.rows import from_rows, to_rows

WHEN = datetime(2025, 3, 4, 12, 0, tzinfo=UTC)


def test_rows_read_back_as_the_same_document(document):
    article_row, rows = to_rows(document, WHEN, duplicate_of=None, signature=[1, 2])
    assert from_rows(article_row, rows) == document
    assert (article_row["ingested_at"], article_row["signature"]) == (WHEN, [1, 2])


def test_rows_keep_order_roles_and_evidence_fields(document):
    _, rows = to_rows(document, WHEN)
    assert all(row["article_id"] == document.article.id for table in rows.values() for row in table)
    assert [(r["event_id"], r["role"], r["participant"]) for r in rows[t.event_participant]] == [
        ("e1", "source", "g1"), ("e1", "source", "a1"), ("e1", "target", "a4"),
        ("e2", "source", "a1"), ("e2", "target", "a2"), ("e3", "source", "a3")]
    assert [(r["ordinal"], r["entry"]) for r in rows[t.ranking_entry]] == [(0, "a2"), (1, "a1"), (2, "the ambassadors")]
    caption_mention = rows[t.mention][2]
    assert (caption_mention["actor_id"], caption_mention["field"], caption_mention["text"]) == (
        "a1", "captions/0", "Wanjiru Otieno")
    position = rows[t.position][1]
    assert (position["holder"], position["title"], position["field"]) == ("a2", "President", "body")
    assert document.article.body[position["start"]:position["end"]] == "Ghanaian President"


def test_rows_come_back_in_document_order_whatever_order_the_database_returns(document):
    article_row, rows = to_rows(document, WHEN)
    shuffled = {table: list(reversed(found)) for table, found in rows.items()}
    assert from_rows(article_row, shuffled) == document
