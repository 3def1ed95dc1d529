"""The contenders of an election the article reports: who a debate it names without its debaters
("Sunday night's debate", "the second presidential debate") is between."""

from __future__ import annotations

from newsgraph.extract.event_lexicon import cues
from newsgraph.extract.pipeline import Context


def _candidacy_owners(ctx: Context) -> set[str]:
    """People whose campaign or candidacy the article names ("Hillary Clinton's campaign", "the
    Clinton campaign", "Trump's candidacy"). The campaign is often an actor of its own, so its
    owner is read by name: the person whose name or alias ends with the owner's word."""
    people = {}
    for a in ctx.document.actors:
        if a.kind == "person":
            for name in (a.name, *a.aliases):
                people.setdefault(name.split()[-1], a.id)
    owners: set[str] = set()
    for doc in ctx.docs.values():
        for tok in doc:
            if tok.lemma_.lower() not in cues()["candidacy_nouns"] or tok.pos_ != "NOUN":
                continue
            owners |= {people[c.text] for c in tok.children
                       if c.dep_ in ("poss", "compound") and c.pos_ == "PROPN" and c.text in people}
    return owners


def contenders(ctx: Context) -> list[str]:
    """The two people the article marks as running (a candidate's or nominee's post that is no
    running mate's, or a campaign of their own), the most mentioned first; [] unless two are."""
    words, deputies = cues()["candidate_titles"], cues()["running_mate_marks"]
    titled = {p.holder for p in ctx.document.positions
              if any(w in p.title.lower().split() for w in words)
              and not any(d in p.title.lower() for d in deputies)}
    people = {a.id: a for a in ctx.document.actors if a.kind == "person"}
    running = [r for r in titled | _candidacy_owners(ctx) if r in people]
    if len(running) < 2:
        return []
    running.sort(key=lambda r: (-len(people[r].mentions), r))
    return running[:2]
