"""The contenders of an election the article reports: who a debate it names without its debaters
("Sunday night's debate", "the second presidential debate") is between."""

from __future__ import annotations

from newsgraph.extract.event_lexicon import cues
from newsgraph.extract.pipeline import Context


def _named_people(ctx: Context) -> dict[str, str]:
    """Person ids by the last word of each name or alias ("Clinton" -> Hillary Clinton)."""
    people: dict[str, str] = {}
    for a in ctx.document.actors:
        if a.kind == "person":
            for name in (a.name, *a.aliases):
                people.setdefault(name.split()[-1], a.id)
    return people


def _running_by_word(ctx: Context) -> set[str]:
    """People the article's words mark as running: whose campaign or candidacy it names
    ("Hillary Clinton's campaign", "the Clinton campaign", "Trump's candidacy"), or who lead
    another in a poll ("Clinton leads Trump by 11 points"). A campaign is often an actor of its
    own, so people are read by name: the person whose name or alias ends with the word."""
    people = _named_people(ctx)
    c = cues()
    owners: set[str] = set()
    for doc in ctx.docs.values():
        for tok in doc:
            lemma = tok.lemma_.lower()
            if lemma in c["candidacy_nouns"] and tok.pos_ == "NOUN":
                owners |= {people[w.text] for w in tok.children
                           if w.dep_ in ("poss", "compound") and w.pos_ == "PROPN" and w.text in people}
            elif lemma in c["poll_lead_verbs"] and tok.pos_ == "VERB" and any(
                    m.lemma_.lower() in c["poll_margin_units"] for m in tok.subtree):
                rivals = [w.text for w in tok.children if w.dep_ in ("nsubj", "dobj") and w.text in people]
                owners |= {people[w] for w in rivals} if len(rivals) == 2 else set()
    return owners


def contenders(ctx: Context) -> list[str]:
    """The two people the article marks as running (a candidate's or nominee's post that is no
    running mate's, a campaign of their own, a lead over another in a poll), the most mentioned
    first; [] unless two are."""
    words, deputies = cues()["candidate_titles"], cues()["running_mate_marks"]
    titled = {p.holder for p in ctx.document.positions
              if any(w in p.title.lower().split() for w in words)
              and not any(d in p.title.lower() for d in deputies)}
    people = {a.id: a for a in ctx.document.actors if a.kind == "person"}
    running = [r for r in titled | _running_by_word(ctx) if r in people]
    if len(running) < 2:
        return []
    running.sort(key=lambda r: (-len(people[r].mentions), r))
    return running[:2]
