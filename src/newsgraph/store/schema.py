"""The store's tables: every document-format v1 fact as rows, with its article and evidence.

Names follow the JSON (`position`, `quote`, `claim`, ...); `actor_group` stands for a document's
`groups` because GROUP is an SQL keyword. Every fact row carries `article_id` and its evidence
(`field`, `start`, `end`); `ordinal` keeps the order the document lists facts in, so a saved
document reads back exactly. References between facts (a position's `holder`, an event's
participants) are the document's local ids, scoped by `article_id`; they are not foreign keys
because a document may point at an actor or a group, or at a free-text ranking entry.

Only portable types: the same metadata runs on SQLite and PostgreSQL.
"""

from __future__ import annotations

import sqlalchemy as sa

# Deterministic constraint names, so later migrations can name what they alter on every backend.
metadata = sa.MetaData(naming_convention={
    "ix": "ix_%(column_0_N_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_N_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
})


def _article_id(*constraints: sa.ForeignKey) -> sa.Column:
    return sa.Column("article_id", sa.String(64), *constraints, nullable=False, primary_key=True)


def _fact_of_article() -> sa.Column:
    """The key column of a fact table: its rows go when their article goes."""
    return _article_id(sa.ForeignKey("article.id", ondelete="CASCADE"))


def _evidence() -> list[sa.Column]:
    """Where the fact was read: character offsets into `field` of the article."""
    return [
        sa.Column("field", sa.String, nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
    ]


def _child_of(name: str, parent: sa.Table, key: str, ref: str, *columns: sa.Column) -> sa.Table:
    """Ordered rows that belong to one row of `parent`: they point at its `key` through `ref`."""
    return sa.Table(
        name, metadata,
        _article_id(),  # the composite key to the parent covers the article
        sa.Column(ref, parent.c[key].type, primary_key=True, autoincrement=False),
        sa.Column("ordinal", sa.Integer, primary_key=True, autoincrement=False),
        *columns,
        sa.ForeignKeyConstraint(["article_id", ref], [parent.c.article_id, parent.c[key]], ondelete="CASCADE"),
    )


article = sa.Table(
    "article", metadata,
    sa.Column("id", sa.String(64), primary_key=True, comment="sha256 of the cleaned body, hex"),
    sa.Column("title", sa.Text),
    sa.Column("outlet", sa.String),
    sa.Column("url", sa.Text),
    sa.Column("author", sa.String),
    sa.Column("source", sa.Text),
    sa.Column("published", sa.String, comment="YYYY-MM-DD as the document gives it"),
    sa.Column("language", sa.String, nullable=False),
    sa.Column("body", sa.Text, nullable=False),
    sa.Column("captions", sa.JSON, nullable=False),
    sa.Column("credits", sa.JSON, nullable=False),
    sa.Column("removed", sa.JSON, nullable=False),
    sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("duplicate_of", sa.String(64), sa.ForeignKey("article.id"), index=True,
              comment="the original this article is a near-duplicate (syndicated copy) of"),
    sa.Column("signature", sa.JSON(none_as_null=True),
              comment="MinHash signature of the body, for near-duplicate search"),
    sa.Index(None, "published"),
    sa.Index(None, "outlet"),
)

actor = sa.Table(
    "actor", metadata,
    _fact_of_article(),
    sa.Column("id", sa.String, primary_key=True),
    sa.Column("ordinal", sa.Integer, nullable=False),
    sa.Column("name", sa.String, nullable=False, index=True),
    sa.Column("kind", sa.String, nullable=False),
    sa.Column("country", sa.String),
    sa.Column("sector", sa.String),
    sa.Column("aliases", sa.JSON, nullable=False),
)

mention = _child_of(
    "mention", actor, "id", "actor_id",
    sa.Column("text", sa.Text, nullable=False),
    *_evidence(),
)

position = sa.Table(
    "position", metadata,
    _fact_of_article(),
    sa.Column("ordinal", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("holder", sa.String, nullable=False),
    sa.Column("title", sa.String, nullable=False, index=True),
    sa.Column("organization", sa.String),
    sa.Column("country", sa.String),
    sa.Column("qualifier", sa.String),
    *_evidence(),
)

actor_group = sa.Table(
    "actor_group", metadata,
    _fact_of_article(),
    sa.Column("id", sa.String, primary_key=True),
    sa.Column("ordinal", sa.Integer, nullable=False),
    sa.Column("name", sa.String, nullable=False),
    sa.Column("kind", sa.String, nullable=False),
    sa.Column("country", sa.String),
    sa.Column("host", sa.String),
    sa.Column("size", sa.Integer),
    sa.Column("leader", sa.String),
    sa.Column("occasion", sa.Text),
    *_evidence(),
)

def _group_link(name: str) -> sa.Table:
    """A group's `members`, `parties` or `bodies`: actor ids, in the document's order."""
    return _child_of(name, actor_group, "id", "group_id", sa.Column("actor_id", sa.String, nullable=False))


group_member = _group_link("group_member")
group_party = _group_link("group_party")
group_body = _group_link("group_body")
group_mention = _child_of("group_mention", actor_group, "id", "group_id", *_evidence())

event = sa.Table(
    "event", metadata,
    _fact_of_article(),
    sa.Column("id", sa.String, primary_key=True),
    sa.Column("ordinal", sa.Integer, nullable=False),
    sa.Column("plover", sa.String, nullable=False, index=True),
    sa.Column("mode", sa.String),
    sa.Column("context", sa.JSON, nullable=False),
    sa.Column("cameo", sa.String),
    sa.Column("verb", sa.String),
    sa.Column("date", sa.String, comment="YYYY-MM-DD, or --MM-DD when the year is unknown"),
    sa.Column("date_text", sa.String),
    sa.Column("location", sa.String),
    sa.Column("reported_by", sa.String),
    sa.Column("negated", sa.Boolean, nullable=False),
    sa.Column("hypothetical", sa.Boolean, nullable=False),
    *_evidence(),
)

# An event's `source` and `target` lists in one sequence (sources first): actor or group ids.
event_participant = _child_of(
    "event_participant", event, "id", "event_id",
    sa.Column("role", sa.String(6), nullable=False, comment="source|target"),
    sa.Column("participant", sa.String, nullable=False, index=True),
)
event_mention = _child_of("event_mention", event, "id", "event_id", *_evidence())

quote = sa.Table(
    "quote", metadata,
    _fact_of_article(),
    sa.Column("ordinal", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("speaker", sa.String, nullable=False, index=True),
    sa.Column("told", sa.String),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("direct", sa.Boolean, nullable=False),
    *_evidence(),
)

relation = sa.Table(
    "relation", metadata,
    _fact_of_article(),
    sa.Column("ordinal", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("type", sa.String, nullable=False, index=True),
    sa.Column("subject", sa.String, nullable=False),
    sa.Column("object", sa.String, nullable=False),
    sa.Column("qualifiers", sa.JSON, nullable=False),
    sa.Column("asserted_by", sa.String),
    *_evidence(),
)

ranking = sa.Table(
    "ranking", metadata,
    _fact_of_article(),
    sa.Column("ordinal", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("kind", sa.String, nullable=False),
    sa.Column("occasion", sa.Text),
    *_evidence(),
)

# A ranking's `order`: `entry` is an actor id or a description; ordinal 0 is the highest.
ranking_entry = _child_of("ranking_entry", ranking, "ordinal", "ranking_ordinal",
                          sa.Column("entry", sa.Text, nullable=False))

claim = sa.Table(
    "claim", metadata,
    _fact_of_article(),
    sa.Column("ordinal", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("by", sa.String),
    sa.Column("text", sa.Text, nullable=False),
    *_evidence(),
)

# --- Actors across articles (newsgraph.resolve): one canonical actor per real-world actor ------

canonical_actor = sa.Table(
    "canonical_actor", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("name", sa.String, nullable=False, comment="the name shown: the first one seen"),
    sa.Column("kind", sa.String, nullable=False),
    sa.Column("country", sa.String),
    sa.Column("merged_into", sa.Integer, sa.ForeignKey("canonical_actor.id"),
              comment="set when a user merged this actor into another; its links moved there"),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Index(None, "kind", "name"),
)

# Which canonical actor each article's actor is. `block` is the key candidates are looked up by:
# a person's folded family name, any other actor's folded name.
actor_link = sa.Table(
    "actor_link", metadata,
    sa.Column("article_id", sa.String(64), primary_key=True),
    sa.Column("actor_id", sa.String, primary_key=True),
    sa.Column("canonical_id", sa.Integer, sa.ForeignKey("canonical_actor.id"), nullable=False, index=True),
    sa.Column("name_key", sa.String, nullable=False, index=True),
    sa.Column("block", sa.String, nullable=False, index=True),
    sa.Column("decided_by", sa.String, nullable=False, comment="resolver|user"),
    sa.ForeignKeyConstraint(["article_id", "actor_id"], [actor.c.article_id, actor.c.id], ondelete="CASCADE"),
)

# Every decision the resolver or a user took, with its reason: what `actors decisions` shows.
merge_decision = sa.Table(
    "merge_decision", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("article_id", sa.String(64)),
    sa.Column("actor_id", sa.String),
    sa.Column("canonical_id", sa.Integer, sa.ForeignKey("canonical_actor.id"), nullable=False, index=True),
    sa.Column("outcome", sa.String, nullable=False, comment="linked|new|rejected|merged|split"),
    sa.Column("score", sa.Float, nullable=False),
    sa.Column("reason", sa.Text, nullable=False),
    sa.Column("decided_by", sa.String, nullable=False),
    sa.Column("decided_at", sa.DateTime(timezone=True), nullable=False),
)

# A user's standing orders: names split off a canonical actor are never linked back to it.
actor_override = sa.Table(
    "actor_override", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("action", sa.String, nullable=False, comment="merge|split"),
    sa.Column("canonical_id", sa.Integer, sa.ForeignKey("canonical_actor.id"), nullable=False, index=True),
    sa.Column("other_id", sa.Integer, sa.ForeignKey("canonical_actor.id")),
    sa.Column("name_key", sa.String, comment="split: the name key kept apart from canonical_id"),
    sa.Column("decided_by", sa.String, nullable=False),
    sa.Column("decided_at", sa.DateTime(timezone=True), nullable=False),
)

# Lookups the analysis layer makes at size (see bench/kb_queries.py): events of a state's actors,
# delegations to a host, reports of one day's events.
sa.Index("ix_actor_country", actor.c.country)
sa.Index("ix_actor_group_host", actor_group.c.host)
sa.Index("ix_event_date", event.c.date)
# Facts of one actor within an article (migration 0003): every per-actor question starts from the
# actor's links (article_id, actor_id) and needs the rows that point at that actor; the primary
# keys cover only article_id, which left every row of the article to filter.
sa.Index("ix_event_participant_article_participant", event_participant.c.article_id, event_participant.c.participant)
sa.Index("ix_group_member_article_actor", group_member.c.article_id, group_member.c.actor_id)
sa.Index("ix_position_article_holder", position.c.article_id, position.c.holder)
sa.Index("ix_quote_article_speaker", quote.c.article_id, quote.c.speaker)
# Holders of a post of one state, by title in any case (`newsgraph.resolve.titles.title_prefix`
# narrows on lower(title)): the country's equality is what makes a planner prefer it to a date range.
sa.Index("ix_position_country_title_lower", position.c.country, sa.func.lower(position.c.title))
