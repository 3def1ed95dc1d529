"""Who an event's noun phrase names: a token of the parse resolved to an actor or group id.

Resolution order for a phrase head: a delegation the groups stage found (by mention, by country,
or "the delegation"/"the group" for the last one named); an actor mention on the head; a pronoun
to the last matching actor before it; the person holding a title ("the Syrian president"); a
common noun naming an agent ("the government", "Israeli police", "rebels"), made an actor of its
own with kind and sector from agents.tsv; otherwise the actor named closest to the head inside its
phrase ("spokesman for the Foreign Ministry" -> the ministry; "the Russian side" -> Russia).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator

from spacy.tokens import Span, Token

from newsgraph.extract.event_lexicon import agent_noun, cues
from newsgraph.extract.pipeline import Context
from newsgraph.extract.states import code_of
from newsgraph.model import Actor, Group, Mention

# dependents that describe something else than the phrase's referent
_SKIP_DEPS = frozenset({"relcl", "acl", "advcl", "punct", "cc", "conj", "npadvmod", "det"})
# modifiers that belong to an agent phrase's name ("South Korean troops", "riot police")
_NAME_DEPS = frozenset({"amod", "compound", "nmod"})
# prepositions whose object says whose agent it is ("the government of Syria", "police in Gaza")
_COUNTRY_PREPS = frozenset({"of", "from", "in"})
# of those, the ones kept in the actor's name ("the government of Syria", "leaders in Baghdad")
_NAME_PREPS = frozenset({"of", "in"})
_MAX_DEPTH = 3


class Resolver:
    """Maps tokens of one field's Doc to actor/group ids, using what earlier stages found."""

    def __init__(self, ctx: Context, field: str) -> None:
        self.ctx = ctx
        self.field = field
        self.groups = list(ctx.document.groups)
        self.kinds = {a.id: a.kind for a in ctx.document.actors} | {g.id: "group" for g in self.groups}
        self.state_of = {a.country: a.id for a in ctx.document.actors if a.kind == "state" and a.country}
        # agent actors made here -> the state actor they belong to, listed beside them
        self.agent_state: dict[str, str] = {}

    # ---- public -------------------------------------------------------------------------------

    def phrase(self, head: Token) -> list[str]:
        """Ids named by the phrase headed by `head`, with its coordinated conjuncts."""
        out: list[str] = []
        for tok in _with_conjuncts(head):
            ref = self.one(tok)
            # conjuncts of a person are people: drop places a parser slip coordinated in
            if out and self.is_person(out[0]) != self.is_person(ref):
                continue
            if ref and ref not in out:
                out.append(ref)
            state = self.agent_state.get(ref or "")
            if state and state not in out:
                out.append(state)
        return out

    def one(self, head: Token) -> str | None:
        """The id one phrase head names, or None."""
        c = cues()
        low = head.lower_
        # the pronoun "us", not the state "US"
        if low in c["speaker_pronouns"] and head.pos_ == "PRON":
            return self.speaker_at(head)
        if head.pos_ == "PRON" or low in c["person_pronouns"] | c["thing_pronouns"] | c["plural_pronouns"]:
            return self._pronoun(head)
        group = self._group(head)
        if group:
            return group
        actor = self.actor_on(head)
        if actor:
            return actor
        # "his Israeli counterpart, Ariel Sharon": the apposed name is the referent
        for appos in (c for c in head.children if c.dep_ == "appos"):
            actor = self.actor_on(appos) or self._group(appos)
            if actor:
                return actor
        return self._holder(head) or self._agent(head) or self._doer(head) or self._inside(head)

    def _doer(self, head: Token) -> str | None:
        """"Germany's entry", "the attack on Russia launched by the clique": for a noun naming an
        act, whoever does it (possessor, or the "by" agent of the noun or of its participle)."""
        if head.pos_ != "NOUN":
            return None
        doers = [c for c in head.children if c.dep_ == "poss"]
        for h in [head, *(c for c in head.children if c.dep_ == "acl")]:
            doers += [o for p in h.children if p.dep_ == "agent" or (p.dep_ == "prep" and p.lower_ == "by")
                      for o in p.children if o.dep_ == "pobj"]
        return next((r for d in doers for r in [self.one(d)] if r), None)

    def _holder(self, head: Token) -> str | None:
        """"the Syrian president": the person the positions stage gave that title and country;
        "the president" with no country: the one person holding a title with that word."""
        if head.pos_ not in ("NOUN", "PROPN") or head.tag_ in ("NNS", "NNPS"):
            return None
        country = self._demonym(head)
        word = head.lower_
        holders = []
        for pos in self.ctx.document.positions:
            holder = self.ctx.document.actor(pos.holder)
            if word not in pos.title.lower().split():
                continue
            if country is None or country in (pos.country, holder and holder.country):
                holders.append(pos.holder)
        if country is None and not any(t.lower_ == "the" for t in head.lefts):
            return None
        return holders[0] if len(set(holders)) == 1 else None

    def _agent(self, head: Token) -> str | None:
        """An actor for a common noun naming an agent ("the Syrian government", "riot police",
        "rebels"): an earlier actor of the same name, or one made here with the noun's kind and
        sector and the country its modifiers or "of X" give."""
        row = agent_noun(head.lemma_) or agent_noun(head.lower_)
        if row is None or head.pos_ not in ("NOUN", "PROPN"):
            return None
        mods = [c for c in head.lefts if c.dep_ in _NAME_DEPS]
        preps = [p for p in head.rights if p.dep_ == "prep" and p.lower_ in _COUNTRY_PREPS]
        start = min([head.i, *(m.left_edge.i for m in mods)])
        end = max([head.i, *(p.right_edge.i for p in preps if p.lower_ in _NAME_PREPS)]) + 1
        span = head.doc[start:end]
        named = [m.doc[m.left_edge.i: m.i + 1] for m in mods] + [
            o.doc[o.left_edge.i: o.i + 1] for p in preps for o in p.children if o.dep_ == "pobj"]
        country = next((c for part in named for c in [self._country_of(part)] if c), None)
        actors = self.ctx.document.actors
        same = [a for a in actors if a.name.lower() == span.text.lower()]
        if not same and not mods and not preps:
            # "the government" after "the British government": the same body
            same = [a for a in actors if a.id in self.agent_state or a.sector == row.sector and a.kind == row.kind]
            same = [a for a in same if (a.name.lower().split() or [""])[-1] == head.lower_]
        mention = Mention(start=span.start_char, end=span.end_char, text=span.text, field=self.field)
        if same:
            actor = same[-1]
            if mention not in actor.mentions:
                actor.mentions.append(mention)
        else:
            ids = {a.id for a in actors}
            n = len(actors) + 1
            while f"a{n}" in ids:
                n += 1
            actor = Actor(id=f"a{n}", name=span.text, kind=row.kind, country=country, sector=row.sector,
                          mentions=[mention])
            actors.append(actor)
            self.kinds[actor.id] = actor.kind
        self.ctx.reindex()
        if actor.country and self.state_of.get(actor.country):
            self.agent_state[actor.id] = self.state_of[actor.country]
        return actor.id

    def _country_of(self, part: Span) -> str | None:
        """Country of a modifier or "of" object: its actor's, else the words as a state or demonym."""
        actor = self.ctx.document.actor(self.ctx.actor_at(part.start_char, part.end_char, self.field) or "")
        return actor.country if actor and actor.country else code_of(part.text)

    def is_person(self, ref: str | None) -> bool:
        """Whether `ref` names a person or a group of people (who can be received, hosted, met)."""
        return self.kinds.get(ref or "") in ("person", "group")

    def names_person(self, tok: Token) -> bool:
        """Whether the phrase head `tok` itself names a person or a group ("received Putin")."""
        if tok.lemma_.lower() in cues()["group_nouns"] or self._group_at(tok):
            return True
        agent = agent_noun(tok.lemma_) or agent_noun(tok.lower_)
        if agent and agent.kind == "group" and self.actor_on(tok) is None:
            return True
        return self.is_person(self.actor_on(tok))

    # ---- helpers ------------------------------------------------------------------------------

    def actor_on(self, tok: Token) -> str | None:
        """The actor with a mention on `tok`, or None."""
        return self.ctx.actor_at(tok.idx, tok.idx + len(tok.text), self.field)

    def _group_at(self, tok: Token) -> Group | None:
        """The group with a mention on `tok`, or whose evidence span holds `tok` as its noun."""
        start, end = tok.idx, tok.idx + len(tok.text)
        is_noun = tok.lemma_.lower() in cues()["group_nouns"]
        for g in self.groups:
            if any(m.field == self.field and m.start < end and start < m.end for m in g.mentions):
                return g
            ev = g.evidence
            if is_noun and ev.field == self.field and ev.start <= start and end <= ev.end:
                return g
        return None

    def _group(self, head: Token) -> str | None:
        g = self._group_at(head)
        if g:
            return g.id
        if head.lemma_.lower() not in cues()["group_nouns"]:
            return None
        country = self._demonym(head)
        if country:
            same = [g for g in self.groups if g.country == country]
            return same[0].id if same else self.state_of.get(country)
        if not any(t.lower_ in ("the", "this", "that") for t in head.lefts):
            return None
        # "the delegation", "the group": the last group named before this point ...
        before = [g for g in self.groups if g.evidence.field != self.field or g.evidence.start <= head.idx]
        if before:
            return before[-1].id
        # ... or, with no groups found, the state of the last delegation-like noun with a demonym
        for tok in reversed(head.doc[: head.i]):
            if tok.lemma_.lower() in cues()["group_nouns"]:
                country = self._demonym(tok)
                if country:
                    return self.state_of.get(country)
        return None

    def _demonym(self, head: Token) -> str | None:
        """Country of an "amod"/"compound" modifier on the head ("Russian delegation")."""
        for child in head.lefts:
            if child.dep_ in ("amod", "compound", "nmod", "poss"):
                code = code_of(child.text)
                if code:
                    return code
        return None

    def _inside(self, head: Token) -> str | None:
        """The actor mentioned closest to `head` within its phrase (breadth first, left to right)."""
        queue: deque[tuple[Token, int]] = deque((c, 1) for c in head.children if c.dep_ not in _SKIP_DEPS)
        while queue:
            tok, depth = queue.popleft()
            ref = self.actor_on(tok)
            if ref is None and tok.dep_ in ("amod", "compound", "nmod", "poss"):
                code = code_of(tok.text)
                ref = self.state_of.get(code) if code else None
            if ref:
                return ref
            if depth < _MAX_DEPTH:
                queue.extend((c, depth + 1) for c in tok.children if c.dep_ not in _SKIP_DEPS)
        return None

    def speaker_at(self, tok: Token) -> str | None:
        """"We denounce ...", "I express ...": inside a quote the first person is its speaker (a
        press statement's "we" is the body or official issuing it)."""
        for q in self.ctx.document.quotes:
            ev = q.evidence
            if ev.field == self.field and ev.start <= tok.idx < ev.end:
                return q.speaker
        return None

    def _pronoun(self, tok: Token) -> str | None:
        """The last actor before `tok` in this field whose kind fits the pronoun."""
        c = cues()
        low = tok.lower_
        if low in c["person_pronouns"]:
            kinds = {"person"}
        elif low in c["thing_pronouns"]:
            kinds = {"state", "organization", "party", "government_body", "military", "legislature",
                     "media", "international_organization"}
        elif low in c["plural_pronouns"]:
            if self.groups:
                before = [g for g in self.groups if g.evidence.field == self.field and g.evidence.start < tok.idx]
                if before:
                    return before[-1].id
            return None
        else:
            return None
        # the last fitting actor before the pronoun, preferring one that was a clause's subject
        # ("Kim sent a message to X. In it, he thanked ..." -> Kim)
        best: dict[bool, tuple[int, str]] = {}
        for actor in self.ctx.document.actors:
            if actor.kind not in kinds:
                continue
            for m in actor.mentions:
                if m.field != self.field or m.start >= tok.idx:
                    continue
                span = tok.doc.char_span(m.start, m.end, alignment_mode="expand")
                subject = span is not None and span.root.dep_ in ("nsubj", "nsubjpass")
                if m.start > best.get(subject, (-1, ""))[0]:
                    best[subject] = (m.start, actor.id)
        pick = best.get(True) or best.get(False)
        return pick[1] if pick else None


def _with_conjuncts(head: Token) -> Iterator[Token]:
    """The head and what is coordinated with it, also after an apposition ("his counterpart,
    X, and the leader, Y"). An apposition that is itself coordinated is a list member the parser
    misread ("from A, B and C" parsed as A with the apposition "B and C"), so it is yielded too."""
    yield head
    for base in [head, *(c for c in head.children if c.dep_ == "appos")]:
        if base is not head and base.conjuncts:
            yield base
        for tok in base.conjuncts:
            if tok.i > head.i:
                yield tok
