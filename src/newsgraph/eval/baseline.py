"""The simple baseline every figure is read against: bare spaCy NER, no newsgraph stages.

The same model newsgraph loads, without its components (paragraph starts, entity ruler), run in
the same process over the same texts. As documents it yields only actors: PERSON as people, GPE
and NORP coded to states, ORG as organizations, which is what a reader gets from NER alone.
"""

from __future__ import annotations

import functools

import spacy
from spacy.language import Language

from newsgraph.config import Settings
from newsgraph.extract.states import code_of
from newsgraph.model import Actor, Article, Document, Mention


@functools.lru_cache(maxsize=1)
def bare_model(model: str | None = None) -> Language:
    """The spaCy pipeline as shipped, loaded once per process."""
    return spacy.load(model or Settings().model)


def ner_documents(articles: list[Article]) -> list[Document]:
    """One actors-only Document per article from bare spaCy entities over the body."""
    documents = []
    for article, doc in zip(articles, bare_model().pipe(a.body for a in articles)):
        actors: dict[tuple[str, str], Actor] = {}
        for ent in doc.ents:
            if ent.label_ == "PERSON":
                kind, name, country = "person", ent.text, None
            elif ent.label_ in ("GPE", "NORP") and (country := code_of(ent.text)):
                kind, name = "state", country
            elif ent.label_ == "ORG":
                kind, name, country = "organization", ent.text, None
            else:
                continue
            actor = actors.setdefault((kind, name), Actor(id=f"b{len(actors) + 1}", name=name, kind=kind,
                                                          country=country))
            actor.mentions.append(Mention(start=ent.start_char, end=ent.end_char, text=ent.text))
        documents.append(Document(article=article, actors=list(actors.values())))
    return documents
