"""Actors stage: people, states, parties, bodies and outlets, each with all its mentions.

First cut: spaCy NER mapped to kinds, states coded ISO 3166-1 alpha-3 via `states.code_of`.
"""

from __future__ import annotations

from newsgraph.extract.pipeline import Context, stage
from newsgraph.extract.states import code_of
from newsgraph.model import Actor, Mention

_KIND = {"PERSON": "person", "GPE": "state", "NORP": "state", "ORG": "organization", "LOC": "region"}


@stage("actors", reads=("docs",), adds=("actors",))
def find_actors(ctx: Context) -> None:
    by_key: dict[tuple[str, str], Actor] = {}
    for field, doc in ctx.docs.items():
        for ent in doc.ents:
            kind = _KIND.get(ent.label_)
            if kind is None:
                continue
            country = None
            name = ent.text
            if kind == "state":
                country = code_of(ent.text)
                if country is None:
                    continue
                name = country
            key = (kind, country or name.lower())
            actor = by_key.get(key)
            if actor is None:
                actor = by_key[key] = Actor(id=f"a{len(by_key) + 1}", name=name, kind=kind, country=country)
            if ent.text != actor.name and ent.text not in actor.aliases:
                actor.aliases.append(ent.text)
            actor.mentions.append(Mention(start=ent.start_char, end=ent.end_char, text=ent.text, field=field))
    ctx.document.actors.extend(by_key.values())
