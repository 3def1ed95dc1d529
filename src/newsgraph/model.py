"""The analysed document: typed objects for document-format v1, shared by every layer.

`Document.to_json()` / `Document.from_json()` are the contract of `newsgraph analyze --json`
(see docs/document-format.md). Fields may be added freely; renaming or dropping one bumps SCHEMA.
Evidence offsets point into `article.body` unless `field` names the title or a caption
("title", "captions/0").
"""

from __future__ import annotations

import json
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA = "newsgraph.document/1"

ActorKind = Literal[
    "person", "state", "organization", "party", "government_body", "military", "legislature",
    "media", "university", "international_organization", "group", "region",
]
PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=False)


class Evidence(_Model):
    """Where a fact was read: character offsets into `field` of the article."""

    start: int
    end: int
    field: str = "body"


class Mention(_Model):
    """One occurrence of an actor in the article."""

    start: int
    end: int
    text: str
    field: str = "body"


class Article(_Model):
    """A cleaned article with its metadata and what cleaning removed."""

    id: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    author: str | None = None
    source: str | None = None
    published: str | None = None
    language: str = "en"
    body: str
    captions: list[str] = Field(default_factory=list)
    credits: list[str] = Field(default_factory=list)
    removed: list[str] = Field(default_factory=list)

    def field_text(self, field: str) -> str:
        """The text an Evidence.field refers to ("body", "title", "captions/N", "credits/N")."""
        if field == "body":
            return self.body
        if field == "title":
            return self.title or ""
        for name, texts in (("captions", self.captions), ("credits", self.credits)):
            if field.startswith(f"{name}/"):
                return texts[int(field.split("/", 1)[1])]
        raise ValueError(f"unknown evidence field {field!r}")


class Actor(_Model):
    """A person, state, party, body or outlet, with every mention of it in the article."""

    id: str
    name: str
    kind: ActorKind
    country: str | None = None
    sector: str | None = None
    aliases: list[str] = Field(default_factory=list)
    mentions: list[Mention] = Field(default_factory=list)


class Position(_Model):
    """A post held by a person: title, the body it belongs to, and the post's country."""

    holder: str
    title: str
    organization: str | None = None
    country: str | None = None
    qualifier: str | None = None
    evidence: Evidence


class Group(_Model):
    """A delegation or other named group of people acting together."""

    id: str
    name: str
    kind: str = "delegation"
    country: str | None = None
    host: str | None = None
    size: int | None = None
    leader: str | None = None
    members: list[str] = Field(default_factory=list)
    parties: list[str] = Field(default_factory=list)
    bodies: list[str] = Field(default_factory=list)
    occasion: str | None = None
    evidence: Evidence
    mentions: list[Evidence] = Field(default_factory=list)


class Event(_Model):
    """Who did what to whom, coded in PLOVER and CAMEO."""

    id: str
    plover: str
    mode: str | None = None
    context: list[str] = Field(default_factory=list)
    cameo: str | None = None
    verb: str | None = None
    source: list[str] = Field(default_factory=list)
    target: list[str] = Field(default_factory=list)
    date: str | None = None
    date_text: str | None = None
    location: str | None = None
    reported_by: str | None = None
    negated: bool = False
    hypothetical: bool = False
    evidence: Evidence
    mentions: list[Evidence] = Field(default_factory=list)


class Quote(_Model):
    """Something a speaker said, directly (in quote marks) or reported."""

    speaker: str
    told: str | None = None
    text: str
    direct: bool
    evidence: Evidence


class Relation(_Model):
    """A relation between two actors that the text asserts."""

    type: str
    subject: str
    object: str
    qualifiers: list[str] = Field(default_factory=list)
    asserted_by: str | None = None
    evidence: Evidence


class Ranking(_Model):
    """An ordering of actors for one occasion; first is highest."""

    kind: str
    occasion: str | None = None
    order: list[str]
    evidence: Evidence


class Claim(_Model):
    """An attributed assessment that is not an event."""

    by: str | None = None
    text: str
    evidence: Evidence


class Document(_Model):
    """Everything read out of one article."""

    schema_: str = Field(default=SCHEMA, alias="schema")
    article: Article
    actors: list[Actor] = Field(default_factory=list)
    positions: list[Position] = Field(default_factory=list)
    groups: list[Group] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    relations: list[Relation] = Field(default_factory=list)
    rankings: list[Ranking] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    def actor(self, actor_id: str) -> Actor | None:
        """The actor with this id, or None."""
        return next((a for a in self.actors if a.id == actor_id), None)

    def to_dict(self) -> dict[str, Any]:
        """The document-format v1 object."""
        return self.model_dump(by_alias=True, mode="json")

    def to_json(self, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        if data.get("schema") != SCHEMA:
            raise ValueError(f"unsupported document schema {data.get('schema')!r}; expected {SCHEMA}")
        return cls.model_validate(data)

    @classmethod
    def from_json(cls, text: str) -> Document:
        return cls.from_dict(json.loads(text))
