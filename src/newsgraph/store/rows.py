"""Mapping a Document to rows of the store's tables and back, losslessly.

`to_rows` and `from_rows` are inverses: `from_rows(article_row, to_rows(doc, ...))` equals `doc`.
They touch no database; `Store` runs the SQL.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

import sqlalchemy as sa

from newsgraph.model import (
    Actor, Article, Claim, Document, Event, Evidence, Group, Mention, Position, Quote, Ranking, Relation,
)
from newsgraph.store import schema as t

Row = dict[str, Any]
Rows = dict[sa.Table, list[Row]]

# Tables that hold an article's facts, parents before children (the order to insert them in).
FACT_TABLES: tuple[sa.Table, ...] = (
    t.actor, t.mention, t.position, t.actor_group, t.group_member, t.group_party, t.group_body,
    t.group_mention, t.event, t.event_participant, t.event_mention, t.quote, t.relation, t.ranking,
    t.ranking_entry, t.claim,
)
# The tables whose rows are a document's top-level facts, by the document's list name.
TOP_LEVEL: dict[str, sa.Table] = {
    "actors": t.actor, "positions": t.position, "groups": t.actor_group, "events": t.event,
    "quotes": t.quote, "relations": t.relation, "rankings": t.ranking, "claims": t.claim,
}
_GROUP_LINKS = {"members": t.group_member, "parties": t.group_party, "bodies": t.group_body}


def _evidence(evidence: Evidence | Mention) -> Row:
    return {"field": evidence.field, "start": evidence.start, "end": evidence.end}


def _fact(obj: Any, ordinal: int, exclude: set[str]) -> Row:
    """A fact's scalar fields as a row; its evidence flattened into field/start/end."""
    row = obj.model_dump(exclude=exclude | {"evidence"})
    row["ordinal"] = ordinal
    if "evidence" not in exclude:
        row.update(_evidence(obj.evidence))
    return row


def to_rows(document: Document, ingested_at: datetime, duplicate_of: str | None = None,
            signature: list[int] | None = None) -> tuple[Row, Rows]:
    """The article row and, per fact table, the rows that store `document` (all keyed by article id)."""
    article_row = document.article.model_dump() | {
        "ingested_at": ingested_at, "duplicate_of": duplicate_of, "signature": signature,
    }
    rows: Rows = defaultdict(list)
    for i, actor in enumerate(document.actors):
        rows[t.actor].append(_fact(actor, i, {"mentions", "evidence"}))
        rows[t.mention] += [{"actor_id": actor.id, "ordinal": j, "text": m.text, **_evidence(m)}
                            for j, m in enumerate(actor.mentions)]
    rows[t.position] = [_fact(p, i, set()) for i, p in enumerate(document.positions)]
    for i, group in enumerate(document.groups):
        rows[t.actor_group].append(_fact(group, i, {"mentions", *_GROUP_LINKS}))
        for name, table in _GROUP_LINKS.items():
            rows[table] += [{"group_id": group.id, "ordinal": j, "actor_id": a}
                            for j, a in enumerate(getattr(group, name))]
        rows[t.group_mention] += [{"group_id": group.id, "ordinal": j, **_evidence(e)}
                                  for j, e in enumerate(group.mentions)]
    for i, event in enumerate(document.events):
        rows[t.event].append(_fact(event, i, {"mentions", "source", "target"}))
        roles = [("source", p) for p in event.source] + [("target", p) for p in event.target]
        rows[t.event_participant] += [{"event_id": event.id, "ordinal": j, "role": role, "participant": p}
                                      for j, (role, p) in enumerate(roles)]
        rows[t.event_mention] += [{"event_id": event.id, "ordinal": j, **_evidence(e)}
                                  for j, e in enumerate(event.mentions)]
    rows[t.quote] = [_fact(q, i, set()) for i, q in enumerate(document.quotes)]
    rows[t.relation] = [_fact(r, i, set()) for i, r in enumerate(document.relations)]
    for i, ranking in enumerate(document.rankings):
        rows[t.ranking].append(_fact(ranking, i, {"order"}))
        rows[t.ranking_entry] += [{"ranking_ordinal": i, "ordinal": j, "entry": e}
                                  for j, e in enumerate(ranking.order)]
    rows[t.claim] = [_fact(c, i, set()) for i, c in enumerate(document.claims)]
    for table_rows in rows.values():
        for row in table_rows:
            row["article_id"] = document.article.id
    return article_row, dict(rows)


def _grouped(rows: Iterable[Row], key: str) -> dict[Any, list[Row]]:
    """Rows by the parent they point at, each list in ordinal order."""
    out: dict[Any, list[Row]] = defaultdict(list)
    for row in sorted(rows, key=lambda r: r["ordinal"]):
        out[row[key]].append(row)
    return out


def _fields(row: Row, model: type, **extra: Any) -> dict[str, Any]:
    """The row's columns that are fields of `model`, with its evidence rebuilt."""
    data = {k: v for k, v in row.items() if k in model.model_fields}
    if "evidence" in model.model_fields:
        data["evidence"] = Evidence(field=row["field"], start=row["start"], end=row["end"])
    return data | extra


def _ordered(rows: Iterable[Row]) -> list[Row]:
    return sorted(rows, key=lambda r: r["ordinal"])


def from_rows(article_row: Mapping[str, Any], rows: Mapping[sa.Table, Iterable[Row]]) -> Document:
    """The Document that `to_rows` turned into these rows."""
    article = Article(**{k: v for k, v in article_row.items() if k in Article.model_fields})
    mentions = _grouped(rows.get(t.mention, ()), "actor_id")
    links = {name: _grouped(rows.get(table, ()), "group_id") for name, table in _GROUP_LINKS.items()}
    group_mentions = _grouped(rows.get(t.group_mention, ()), "group_id")
    participants = _grouped(rows.get(t.event_participant, ()), "event_id")
    event_mentions = _grouped(rows.get(t.event_mention, ()), "event_id")
    entries = _grouped(rows.get(t.ranking_entry, ()), "ranking_ordinal")

    def evidence_list(found: list[Row]) -> list[Evidence]:
        return [Evidence(field=r["field"], start=r["start"], end=r["end"]) for r in found]

    return Document(
        article=article,
        actors=[Actor(**_fields(r, Actor, mentions=[
            Mention(start=m["start"], end=m["end"], text=m["text"], field=m["field"])
            for m in mentions[r["id"]]])) for r in _ordered(rows.get(t.actor, ()))],
        positions=[Position(**_fields(r, Position)) for r in _ordered(rows.get(t.position, ()))],
        groups=[Group(**_fields(r, Group, mentions=evidence_list(group_mentions[r["id"]]), **{
            name: [link["actor_id"] for link in found[r["id"]]] for name, found in links.items()}))
            for r in _ordered(rows.get(t.actor_group, ()))],
        events=[Event(**_fields(
            r, Event, mentions=evidence_list(event_mentions[r["id"]]),
            source=[p["participant"] for p in participants[r["id"]] if p["role"] == "source"],
            target=[p["participant"] for p in participants[r["id"]] if p["role"] == "target"],
        )) for r in _ordered(rows.get(t.event, ()))],
        quotes=[Quote(**_fields(r, Quote)) for r in _ordered(rows.get(t.quote, ()))],
        relations=[Relation(**_fields(r, Relation)) for r in _ordered(rows.get(t.relation, ()))],
        rankings=[Ranking(**_fields(r, Ranking, order=[e["entry"] for e in entries[r["ordinal"]]]))
                  for r in _ordered(rows.get(t.ranking, ()))],
        claims=[Claim(**_fields(r, Claim)) for r in _ordered(rows.get(t.claim, ()))],
    )
