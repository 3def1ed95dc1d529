"""Store fixtures: a document with every kind of fact, its evidence computed from its own text."""

from __future__ import annotations

import hashlib

import pytest

from newsgraph.model import (
    Actor, Article, Claim, Document, Event, Evidence, Group, Mention, Position, Quote, Ranking, Relation,
)

TITLE = "Ghana and Kenya agree to deepen security ties as Accra hosts Nairobi delegation"
CAPTION = "Foreign Minister Wanjiru Otieno (left) is welcomed at Kotoka airport on Tuesday."
BODY = (
    "ACCRA, March 4 (Reuters) - Kenya's Foreign Minister Wanjiru Otieno arrived in Accra on Tuesday "
    "at the head of a 12-member delegation that included officials of the Ministry of Defence and "
    "lawmakers from the Orange Democratic Movement.\n\n"
    "Otieno held talks with Ghanaian President Kwame Asante-Boateng, who said the two countries were "
    "“natural partners in West and East Africa.” Otieno told reporters that Nairobi would not send "
    "troops to the Sahel.\n\n"
    "Analysts said the visit signalled Kenya’s wish to lead on regional security. At the state "
    "banquet, Asante-Boateng was seated first, followed by Otieno and the ambassadors."
)


def at(text: str, needle: str, field: str = "body", nth: int = 0) -> Evidence:
    """Evidence for the `nth` occurrence of `needle` in `text`."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return Evidence(start=start, end=start + len(needle), field=field)


def mention(text: str, needle: str, field: str = "body", nth: int = 0) -> Mention:
    e = at(text, needle, field, nth)
    return Mention(start=e.start, end=e.end, text=needle, field=field)


def _make_document(body: str = BODY, **article: object) -> Document:
    """A document with every fact kind, list order and optional fields exercised."""
    fields = {"title": TITLE, "outlet": "Reuters", "url": "https://example.com/world/africa/ghana-kenya",
              "author": "Ama Mensah", "source": "/data/news/ghana-kenya.html", "published": "2025-03-04",
              "captions": [CAPTION], "credits": ["Reuters"], "removed": ["Share this article", "Advertisement"]}
    fields.update(article)
    return Document(
        article=Article(id=hashlib.sha256(body.encode()).hexdigest(), body=body, **fields),
        actors=[
            Actor(id="a1", name="Wanjiru Otieno", kind="person", country="KEN", sector="GOV",
                  aliases=["Otieno"], mentions=[mention(body, "Wanjiru Otieno"), mention(body, "Otieno", nth=1),
                                                mention(CAPTION, "Wanjiru Otieno", "captions/0")]),
            Actor(id="a2", name="Kwame Asante-Boateng", kind="person", country="GHA",
                  mentions=[mention(body, "Kwame Asante-Boateng")]),
            Actor(id="a3", name="Kenya", kind="state", country="KEN", aliases=["Nairobi"],
                  mentions=[mention(body, "Kenya"), mention(TITLE, "Kenya", "title")]),
            Actor(id="a4", name="Ghana", kind="state", country="GHA", aliases=["Accra", "Ghanaian"],
                  mentions=[mention(TITLE, "Ghana", "title")]),
            Actor(id="a5", name="Ministry of Defence", kind="government_body", country="KEN",
                  mentions=[mention(body, "Ministry of Defence")]),
            Actor(id="a6", name="Orange Democratic Movement", kind="party", country="KEN",
                  mentions=[mention(body, "Orange Democratic Movement")]),
            Actor(id="a7", name="Reuters", kind="media"),
        ],
        positions=[
            Position(holder="a1", title="Foreign Minister", country="KEN", evidence=at(body, "Foreign Minister")),
            Position(holder="a2", title="President", organization=None, country="GHA", qualifier=None,
                     evidence=at(body, "Ghanaian President")),
            Position(holder="a1", title="Foreign Minister", country="KEN", qualifier="acting",
                     evidence=at(CAPTION, "Foreign Minister", "captions/0")),
        ],
        groups=[Group(id="g1", name="Kenyan delegation", country="KEN", host="GHA", size=12, leader="a1",
                      members=["a1"], parties=["a6"], bodies=["a5"], occasion="talks on regional security",
                      evidence=at(body, "a 12-member delegation"),
                      mentions=[at(body, "delegation"), at(TITLE, "delegation", "title")])],
        events=[
            Event(id="e1", plover="CONSULT", mode="visit", context=["diplomatic", "security"], cameo="042",
                  verb="arrive", source=["g1", "a1"], target=["a4"], date="2025-03-04", date_text="on Tuesday",
                  location="Accra", evidence=at(body, "arrived in Accra on Tuesday"),
                  mentions=[at(CAPTION, "welcomed", "captions/0")]),
            Event(id="e2", plover="CONSULT", mode="meet", cameo="043", verb="hold talks", source=["a1"],
                  target=["a2"], evidence=at(body, "held talks with")),
            Event(id="e3", plover="MOBILIZE", cameo="15", verb="send troops", source=["a3"], target=[],
                  date="--03-04", reported_by="a7", negated=True, hypothetical=True,
                  evidence=at(body, "would not send troops to the Sahel")),
        ],
        quotes=[
            Quote(speaker="a2", text="natural partners in West and East Africa.", direct=True,
                  evidence=at(body, "“natural partners in West and East Africa.”")),
            Quote(speaker="a1", told=None, text="Nairobi would not send troops to the Sahel", direct=False,
                  evidence=at(body, "Nairobi would not send troops to the Sahel")),
        ],
        relations=[Relation(type="partner", subject="a4", object="a3", qualifiers=["regional"], asserted_by="a2",
                            evidence=at(body, "natural partners"))],
        rankings=[Ranking(kind="protocol", occasion="state banquet",
                          order=["a2", "a1", "the ambassadors"], evidence=at(body, "was seated first"))],
        claims=[Claim(by=None, text="the visit signalled Kenya’s wish to lead on regional security",
                      evidence=at(body, "the visit signalled Kenya’s wish to lead on regional security"))],
    )


@pytest.fixture
def make_document():
    """Build a full document; `body` and article fields can be changed (a new body, a new id)."""
    return _make_document


@pytest.fixture
def document() -> Document:
    return _make_document()
