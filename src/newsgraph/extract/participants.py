"""Who an event's noun phrase names: a token of the parse resolved to an actor or group id.

Resolution order for a phrase head: a delegation the groups stage found (by mention, by country,
or "the delegation"/"the group" for the last one named); an actor mention on the head; a pronoun
to the last matching actor before it (or one person described by a post in that sentence or the
one before: "a federal judge ... his decision"); the person holding a title ("the Syrian
president"), or the article's one holder of a post a description names ("a federal judge" when
Judge X is named); a common noun naming an agent ("the government", "Israeli police", "rebels",
"23 people", "two advocacy groups") or a plural demonym naming a people ("Palestinians", "Bosnian
Serbs"), made an actor of its own with kind and sector from agents.tsv; otherwise the actor named
closest to the head inside its phrase ("spokesman for the Foreign Ministry" -> the ministry; "the
Russian side" -> Russia).

A count or share stands for what it counts ("thousands of students", "members of the party"), and
a capital that is a participant stands for its state ("Berlin rejected the call"). A list the
parser hung on the "of" object a phrase stands for is the phrase's list ("the ACLU of Ohio, the
Brennan Center and two advocacy groups"). People named by the body they serve act for it ("FBI
agents", "board investigators"); a body's possessor is part of its name ("the county clerk's
office") unless it is a pronoun or a person ("his office", "the office of X" are X's); a bare plural
of a vague noun ("people", "women") names a class, not a party.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Callable, Iterator
from itertools import islice

from spacy.tokens import Span, Token

from newsgraph.extract.contenders import contenders
from newsgraph.extract.countries import city_country_in, leading_country
from newsgraph.extract.event_grammar import clause_subject_read_as_object, object_controlled
from newsgraph.extract.event_lexicon import AgentNoun, agent_noun, cues, noun_entry
from newsgraph.extract.gazetteer import gazetteer
from newsgraph.extract.lexicon import is_postnominal, is_title_head
from newsgraph.extract.office_holders import known_holder
from newsgraph.extract.peoples import collective_words, ethnic_compound
from newsgraph.extract.positions import STATE_ANAPHORS
from newsgraph.extract.pipeline import Context
from newsgraph.extract.states import code_of, form_of, name_of
from newsgraph.extract.titles import names_a_portfolio, post_table
from newsgraph.model import Actor, Document, Group, Mention, Quote

# dependents that describe something else than the phrase's referent
_SKIP_DEPS = frozenset({"relcl", "acl", "advcl", "punct", "cc", "conj", "npadvmod", "det"})
# modifiers that belong to an agent phrase's name ("South Korean troops", "riot police")
_NAME_DEPS = frozenset({"amod", "compound", "nmod"})
# prepositions whose object says whose agent it is ("the government of Syria", "police in Gaza")
_COUNTRY_PREPS = frozenset({"of", "from", "in"})
# of those, the ones kept in the actor's name ("the government of Syria", "leaders in Baghdad")
_NAME_PREPS = frozenset({"of", "in"})
# prepositions that say whom people work for ("aides to X", "lawyers for X"), kept in the name of
# an agent phrase when their object names an actor
_PRINCIPAL_PREPS = frozenset({"to", "for"})
# object forms of pronouns: as the subject of an infinitive ("want him to resign") they are the
# object of the verb above it
_OBJECT_FORMS = frozenset({"him", "her", "them"})
# sectors of people who work for a body ("FBI agents", "board investigators", "Pentagon
# officials"), unlike its donors, voters or fans
_SERVING_SECTORS = frozenset({"GOV", "COP", "JUD", "SPY", "LEG", "MIL"})
# kinds of agent noun that name a body, whose possessor is part of its name ("the county clerk's
# office", "Hillary Clinton's campaign") unless a pronoun says whose it is ("his office")
_BODY_KINDS = frozenset({"organization", "government_body", "legislature", "media"})
# bodies that a plural common noun can name ("councils", "unions"), so "they" can stand for them
_PLURAL_BODY_KINDS = frozenset({"organization", "government_body", "legislature"})
# sectors of people who hold a party's seats or posts, or fight for it, and so act for it
# ("Democratic lawmakers", "Tory MPs", "Labour officials", "Hezbollah commanders"), unlike its
# activists, supporters or voters
_PARTY_OFFICE_SECTORS = frozenset({"GOV", "LEG", "PTY", "ELI", "MIL", "REB"})
_ARMED_SECTORS = frozenset({"MIL", "REB"})
_MAX_DEPTH = 3
# kinds of actor that are organs or parts of a state, listed with it as a participant
STATE_PARTS = frozenset({"government_body", "military", "legislature", "region"})


def agent_states(ctx: Context) -> dict[str, str]:
    """The article's agent actors made from common nouns ("U.S. imperialists") -> the state actor
    each belongs to, which stands beside it as a participant."""
    return ctx.memo.setdefault("agent_states", {})


class Resolver:
    """Maps tokens of one field's Doc to actor/group ids, using what earlier stages found."""

    def __init__(self, ctx: Context, field: str) -> None:
        self.ctx = ctx
        self.field = field
        self.groups = list(ctx.document.groups)
        self.kinds = {a.id: a.kind for a in ctx.document.actors} | {g.id: "group" for g in self.groups}
        self.state_of = {a.country: a.id for a in ctx.document.actors if a.kind == "state" and a.country}
        # agent actors made from common nouns -> the state actor they belong to, listed beside them;
        # shared by the article's resolvers, as a later stage finds the actor an earlier one made
        self.agent_state: dict[str, str] = agent_states(ctx)
        # one article's genders, shared by its resolvers (stages make many); an entry holds while
        # the actor's mentions and the article's positions it was read from are unchanged
        self._genders: dict[tuple[str, int, int], str | None] = ctx.memo.setdefault("genders", {})

    # ---- public -------------------------------------------------------------------------------

    def phrase(self, head: Token) -> list[str]:
        """Ids named by the phrase headed by `head`, with its coordinated conjuncts."""
        out: list[str] = []
        # "Senators A, B and C said they ...": a plural pronoun stands for every member of the
        # coordination it continues, as "the pair" or "the two leaders" does (never for a plural noun)
        antecedent = (_plural_antecedent(head) or _addressed_antecedent(head)) if _plural_reference(head) else None
        if antecedent is not None and head.pos_ != "PRON" and not antecedent.conjuncts:
            antecedent = None
        if antecedent is not None and antecedent.pos_ != "PRON" and _plural_reference(antecedent):
            # "wrote to the three parties urging them": the pronoun stands for what its antecedent counts
            counted = self._counted(antecedent)
            if counted:
                return counted
        if antecedent is None and head.pos_ != "PRON" and _plural_reference(head):
            counted = self._counted(head)
            if counted:
                return counted
        running = self._running_pair(head)
        if running:
            return running
        todo = list(_with_conjuncts(antecedent if antecedent is not None and self.one(antecedent) else head))
        for tok in todo:
            ref = self.one(tok)
            # "the ACLU of Ohio, Demos and ...", "the Ohio chapter of the X Institute and the Y
            # Coalition", "the decision by India and Pakistan": a list the parser hung on the
            # "of" or "by" object the phrase stands for
            todo += [c for o in _phrase_objects(tok, ("of", "by")) if ref and self.actor_on(o) == ref
                     for c in o.conjuncts if c.i > o.i and c not in todo]
            # conjuncts of a person are people: drop places a parser slip coordinated in (a
            # collective stands beside a state: "Israel and the Palestinians"; a person of a body
            # stands for it: "between X and an MI6 agent"; a body stays: "Trump and Adelson met"
            # where "Trump", named no other way, was read as a body)
            kinds = (self.kinds.get(out[0]) if out else None, self.kinds.get(ref or ""))
            mixed = self.is_person(out[0]) != self.is_person(ref) if out else False
            if mixed and set(kinds) & {"state", "region"} and "group" not in kinds and not (
                    tok.pos_ == "NOUN" and kinds[1] not in ("state", "region")):
                continue
            if ref and ref not in out:
                out.append(ref)
            # "we will respond": an official's "we" is also the state the official speaks for
            we = tok.lower_ in cues()["plural_speaker_pronouns"] and tok.pos_ == "PRON" and self.is_person(ref)
            state = self.state_of.get(self.ctx.document.actor(ref).country or "") if we and ref else None
            out += [r for r in ([state] if state else []) + self.beside(ref) if r not in out]
        # "Indian and Chinese troops clashed": coordinated demonyms on a plural name each state's
        # side, not only the first's
        if head.tag_ in ("NNS", "NNPS") and out:
            paired = [m for c in head.lefts if c.dep_ in ("amod", "compound") and c.conjuncts for m in (c, *c.conjuncts)]
            # ("South Korean and US troops": a demonym of two words)
            codes = [code_of(m.doc[min(m.left_edge.i, m.i):m.i + 1].text) or code_of(m.text) for m in paired]
            if len(paired) > 1 and all(codes):
                out += [r for m, code in zip(paired, codes) for r in [self.state(code, m.doc[m.i:m.i + 1])]
                        if r not in out]
        # "Proponents, including the Conference of Mayors, urged Congress": the members a plural
        # phrase names after "including" act with it
        if head.tag_ in ("NNS", "NNPS"):
            named = [o for p in head.children if p.dep_ == "prep" and p.lower_ == "including"
                     for o in p.children if o.dep_ == "pobj"]
            out += [r for o in named for c in (o, *o.conjuncts) for r in [self.one(c)] if r and r not in out]
        return out

    def _owners_state(self, head: Token) -> str | None:
        """"Pakistan had attacked his country": a country a person or body is said to own is the
        state of that owner's country, where the article names it."""
        if head.lemma_.lower() not in STATE_ANAPHORS or head.tag_ != "NN":
            return None
        for poss in (c for c in head.children if c.dep_ == "poss"):
            owner = self.ctx.document.actor(self.one(poss) or "")
            if owner is not None and owner.kind != "state" and owner.country:
                return self.state_of.get(owner.country)
        return None

    def beside(self, ref: str | None) -> list[str]:
        """What stands beside an agent actor made here as a participant: its state ("Britons" ->
        the UK) and the party its people are named by ("Democratic lawmakers" -> the Democrats)."""
        return [r for r in (self.agent_state.get(ref or ""), self._party_of(ref)) if r]

    def _party_of(self, ref: str | None) -> str | None:
        """The party a group of its office holders is named by, a modifier of a mention's head
        ("Democratic lawmakers", "Tory MPs"); never one its "of" phrase names ("critics of the
        party"), nor that of its activists or voters (_PARTY_OFFICE_SECTORS)."""
        actor = self.ctx.document.actor(ref or "")
        if actor is None or actor.kind not in ("group", "military"):
            return None
        # (an armed movement's fighters and commanders act for it too: "Hamas fighters")
        parties = [a for a in self.ctx.document.actors if a.kind == "party" or (
            a.kind == "organization" and a.sector in _ARMED_SECTORS)]
        for m in actor.mentions:
            doc = self.ctx.docs.get(m.field)
            span = doc.char_span(m.start, m.end, alignment_mode="expand") if doc is not None else None
            row = _agent_row(span.root) if span is not None else None
            if row is None or row.sector not in _PARTY_OFFICE_SECTORS:
                continue
            for mod in (t for t in span.root.lefts if t.dep_ in _NAME_DEPS):
                # the group's own mention covers the modifier, so the party is looked up directly
                party = next((p.id for p in parties for n in p.mentions if n.field == m.field
                              and n.start <= mod.idx < n.end), None)
                if party:
                    return party
        return None

    def one(self, head: Token) -> str | None:
        """The id one phrase head names, or None."""
        c = cues()
        low = head.lower_
        if head.tag_ == "WP$":
            # "Khan, the father whose indictment of Trump ...": the one the relative clause is about
            antecedent = _relative_antecedent(head.head)
            if antecedent is not None and antecedent.dep_ == "appos" and antecedent.pos_ == "NOUN":
                antecedent = antecedent.head  # the name the described noun stands beside
            return self.one(antecedent) if antecedent is not None else None
        # the pronoun "us", not the state "US"
        if low in c["speaker_pronouns"] and head.pos_ == "PRON":
            return self.speaker_at(head)
        addressed = _vocative_name(head)
        if addressed is not None:
            return self.one(addressed)
        if head.pos_ == "PRON" or low in c["person_pronouns"] | c["thing_pronouns"] | c["plural_pronouns"]:
            return self.pronoun(head)
        named = _loose_apposition(head)
        if named is not None and self.kinds.get(self.actor_on(named) or "") == "person":
            # "calling on the senior judge in England and Wales, Lord Woolf, to ...": a name in
            # commas after a post the parser hung elsewhere is the post's holder all the same
            return self.actor_on(named)
        group = self._group_at(head)
        if group:
            return group.id
        home = self._owners_state(head)
        if home:
            return home
        introduced = self.introduced(head)
        if introduced:
            return introduced
        # "described Clinton as a lifetime politician", "branded the minister a liar": the
        # predicative description stands for the verb's object
        described = _described_object(head)
        if described is not None:
            return self.one(described)
        # "messages from different countries", "parents who refuse contact": a class, even where
        # a name was made for it
        if _unspecific_plural(head) or _class_plural(head):
            return None
        group = self._committee_members(head) or self.definite(head) or self._speakers(head) or self._group(head) \
            or self._pointed_back(head)
        if group:
            return group
        # "the registered Democrat", "the nation's top elected Republican": one member, not the party
        if names_party_member(head):
            return self._person_before(head)
        actor = self.actor_on(head)
        # a plural demonym is a people, never one person or a body: "Bosnian Serbs" misread as a
        # name, "Britons" as an organization
        if actor and not (self.kinds.get(actor) in ("person", "organization") and _people_of(head)):
            return actor
        titled = self._titled_name(head) or self._post_nominal(head)
        if titled:
            return titled
        counted = _counted(head)
        if counted is not None:
            return self.one(counted)
        earlier = _numbered_antecedent(head)
        if earlier is not None:
            return self.one(earlier)
        # "his Israeli counterpart, Ariel Sharon": the apposed name is the referent, also after the
        # post the noun is held as ("his predecessor as Cabinet Secretary, Lord Armstrong"); one in
        # brackets is a wire dateline's agency ("WASHINGTON (AP) — President X said"), not who acts
        held_as = [o for p in head.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children if o.dep_ == "pobj"]
        for appos in (c for h in (head, *held_as) for c in h.children if c.dep_ == "appos" and not _bracketed(c)):
            actor = self.actor_on(appos) or self._group(appos)
            if actor:
                return actor
        return (self._seat(head) or self._federated(head) or self.post_holder(head) or self._sovereign(head)
                or self._described(head)
                or self._party_post(head) or self._agent(head) or self._kin(head) or self._doer(head)
                or self._inside(head))

    def agent_refs(self, head: Token) -> list[str]:
        """The party `agent` names, with what stands beside it ("U.S. imperialists" -> the US)."""
        ref = self.agent(head)
        return [ref, *(r for r in self.beside(ref) if r != ref)] if ref else []

    def agent(self, head: Token) -> str | None:
        """The id a phrase head names by a common noun for a party ("the rebels", "Ghanaians",
        "2,000 Libyans", "the delegation", "New York state") or by a post one person holds ("the
        first minister"), or None: unlike `one`, never a name inside the phrase or an act's doer,
        so a phrase that only mentions a party does not stand for it."""
        counted = _counted(head)
        if counted is not None:
            return self.agent(counted)
        earlier = _numbered_antecedent(head)
        if earlier is not None:
            return self.one(earlier)
        described = _described_object(head)
        if described is not None:
            return self.one(described)
        # "New York state", "the state of Ohio": a federation's state named by the common noun
        return (self._group(head) or self._titled_name(head) or self._post_nominal(head) or self.post_holder(head)
                or self._agent(head) or self._federated(head))

    def _titled_name(self, head: Token) -> str | None:
        """"paid a call on Foreign Minister Choe Son Hui": a post the parser took for the phrase's
        head, with the person's name it is the title of right after it, is that person."""
        # (a title the parser did attach to its name, "host Alex Marlow", is read with the name)
        if head.pos_ not in ("NOUN", "PROPN") or not is_title_head(head.lower_) or head.i + 1 >= len(head.doc) \
                or not head.whitespace_ or head.dep_ in ("compound", "amod"):
            return None
        ref = self.actor_on(head.doc[head.i + 1])
        return ref if ref and self.kinds.get(ref) == "person" else None

    def _post_nominal(self, head: Token) -> str | None:
        """"Tory frontbencher Andrew Tyrie MP": a post written after a person's name, which the
        parser took for the phrase's head, is that person."""
        if head.i == 0 or head.pos_ not in ("NOUN", "PROPN") or not is_title_head(head.lower_):
            return None
        name = head.doc[head.i - 1]
        ref = self.actor_on(name) if name.dep_ == "compound" and name.head == head else None
        return ref if ref and self.kinds.get(ref) == "person" else None

    def place(self, head: Token) -> str | None:
        """The state a place stands for where an act is done to it ("imposed a curfew in
        Algiers", "deployed troops in Iraq", "in the town of Samarra"): a state or region actor
        on it, else the state it names, has as capital, or, for a city of cities.tsv, lies in."""
        if head.pos_ == "NOUN":
            named = [o for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                     for o in p.children if o.dep_ == "pobj" and o.pos_ == "PROPN"]
            # "the city of X" says X is a place whatever the tagger labels it
            return self._named_place(named[0]) if named else self._federated_at(head) or self._federated_before(head)
        # (a city the tagger labels as nothing, "rockets at Sderot", is known to be a place)
        if head.pos_ != "PROPN" or (head.ent_type_ not in cues()["place_labels"] and not (
                not head.ent_type_ and city_country_in(head.doc, head.i, head.i + 1))):
            return None
        return self._named_place(head)

    def _named_place(self, head: Token) -> str | None:
        """`place` for a proper-noun head known to name a place."""
        ref = self.actor_on(head)
        if ref:
            return ref if self.kinds.get(ref) in ("state", "region") else None
        start = min([head.i, *(c.left_edge.i for c in head.lefts if c.dep_ == "compound")])
        span = head.doc[start: head.i + 1]
        form = form_of(span.text)
        code = form.code if form is not None and form.form != "demonym" else None
        # a name both a city's and a federation's state's ("in New York") is where things happen
        # most often as the city
        code = code or city_country_in(head.doc, start, head.i + 1)
        return self.state(code, span) if code else self._federated_at(head)

    def _seat(self, head: Token) -> str | None:
        """"Berlin rejected", "a call from Moscow": a capital or seat of government named as a
        participant stands for its state, made an actor here when the article names it no other
        way. A capital after "in"/"at" is where something happens, not who does it."""
        if head.pos_ != "PROPN" or (head.dep_ == "pobj" and head.head.lower_ in cues()["place_preps"]):
            return None
        # "Clinton's White House bid": a seat owned by a named party is that party's (its
        # administration or its goal), read from the owner
        if any(c.dep_ == "poss" and not _is_pronoun(c) for c in head.children):
            return None
        # "the success of the Paris agreement": where an accord was made, not who acts
        if head.dep_ == "compound" and head.head.lemma_.lower() in cues()["signing_place_nouns"]:
            return None
        start = min([head.i, *(c.left_edge.i for c in head.lefts if c.dep_ == "compound")])
        span = head.doc[start: head.i + 1]
        form = form_of(span.text)
        if form is None or form.form != "capital":
            return None
        # "Washington" is also a surname: trusted only where the tagger reads a place
        if form.ambiguous and head.ent_type_ not in cues()["place_labels"]:
            return None
        return self.state(form.code, span)

    def state(self, code: str, span: Span) -> str:
        """The state actor of `code` with a mention on `span`, made when the article has none."""
        actor = self.ctx.document.actor(self.state_of.get(code, ""))
        if actor is None:
            actor = self._made(name_of(code), "state", code)
            self.state_of[code] = actor.id
        return self._mentioned(actor, span)

    def _federated(self, head: Token) -> str | None:
        """"advocacy groups sued Ohio", "Ohio's law", "New York state underfunds schools": a state of
        a federation named as a participant, made a region actor here (a place wherever the article
        only names it, so the name alone lists no actor). After "in"/"at" it is where something
        happens, a participant only where `place` reads one ("campaigned in Ohio")."""
        if head.dep_ == "pobj" and head.head.lower_ in cues()["place_preps"]:
            return None
        return self._federated_at(head)

    def _federated_at(self, head: Token) -> str | None:
        """The region actor of the federation's state a phrase head names ("Ohio", "North Carolina",
        "New York state", "the state of Ohio"), made when the article has none; else None."""
        if head.pos_ == "NOUN" and head.lemma_.lower() in cues()["federation_state_nouns"]:
            named = [o for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                     for o in p.children if o.dep_ == "pobj" and o.pos_ == "PROPN"]
            if named:
                return self._federated_at(named[0])
        elif head.pos_ != "PROPN":
            return None
        names = [c for c in head.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if not names:
            return None if head.pos_ == "NOUN" else self._region_on(head.doc[head.i:head.i + 1])
        span = head.doc[names[0].left_edge.i: head.i + (head.pos_ == "PROPN")]
        return self._region_on(span)

    def _federated_before(self, head: Token) -> str | None:
        """"Trump campaigned in the state this week": "the state" where an act is done stands for
        the federation's state the article named last before it, made a region actor here."""
        if head.lemma_.lower() not in cues()["federation_state_nouns"] or not any(
                c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            return None
        doc, names = head.doc, gazetteer().federated
        longest = max(len(name.split()) for name in names)
        for end in range(head.i, 0, -1):
            for start in range(max(0, end - longest), end):
                if doc[start:end].text in names:
                    return self._region_on(doc[start:end])
        return None

    def _region_on(self, span: Span) -> str | None:
        """The region actor of the federation's state `span` names exactly, with a mention on it."""
        country = gazetteer().federated.get(span.text)
        if country is None:
            return None
        actor = next((a for a in self.ctx.document.actors if a.kind == "region" and a.name == span.text), None)
        return self._mentioned(actor or self._made(span.text, "region", country), span)

    def _made(self, name: str, kind: str, country: str) -> Actor:
        """A new actor the resolver makes for a participant the earlier stages left unnamed."""
        actor = Actor(id=self._new_id(), name=name, kind=kind, country=country, mentions=[])
        self.ctx.document.actors.append(actor)
        self.kinds[actor.id] = actor.kind
        return actor

    def _mentioned(self, actor: Actor, span: Span) -> str:
        """`actor`'s id, with a mention on `span` added where it has none there."""
        mention = Mention(start=span.start_char, end=span.end_char, text=span.text, field=self.field)
        if mention not in actor.mentions:
            actor.mentions.append(mention)
        self.ctx.reindex()
        return actor.id

    def _sovereign(self, head: Token) -> str | None:
        """"asked the Queen to dissolve Parliament": a monarch or pope the article names only by
        the capitalised title (event_cues sovereign_titles), with no name, country or body of
        its own, is one person, named as written ("the Queen")."""
        sector = cues()["sovereign_titles"].get(head.lower_)
        if sector is None or not head.text[:1].isupper() or head.tag_ not in ("NN", "NNP") or not any(
                c.dep_ == "det" and c.lower_ == "the" for c in head.lefts) or any(
                c.dep_ in ("compound", "amod", "nmod", "poss") for c in head.lefts) or any(
                c.dep_ == "prep" and c.lower_ == "of" for c in head.rights):
            return None
        name = f"the {head.text}"
        actors = self.ctx.document.actors
        mention = Mention(start=head.idx, end=head.idx + len(head.text), text=head.text, field=self.field)
        actor = next((a for a in actors if a.kind == "person" and a.name == name), None)
        if actor is None:
            actor = Actor(id=self._new_id(), name=name, kind="person", sector=sector, mentions=[mention])
            actors.append(actor)
            self.kinds[actor.id] = actor.kind
            self.ctx.reindex()
        elif mention not in actor.mentions:
            actor.mentions.append(mention)
        return actor.id

    def _new_id(self) -> str:
        """A fresh actor id in the document's "a<n>" series."""
        actors = self.ctx.document.actors
        ids = {a.id for a in actors}
        n = len(actors) + 1
        while f"a{n}" in ids:
            n += 1
        return f"a{n}"

    def _kin(self, head: Token) -> str | None:
        """"Kim Jong Un's sister", "Mr Conlon's father": a relative named by whose relative they are
        is a party of their own, named as written (event_cues kin_nouns), never the person."""
        if head.pos_ != "NOUN" or head.lemma_.lower() not in cues()["kin_nouns"]:
            return None
        owners = [c for c in head.children if c.dep_ == "poss" and not _is_pronoun(c) and self.is_person(self.one(c))]
        if not owners:
            return None
        return self._named_group(head.doc[_after_determiner(owners[0].left_edge): head.i + 1])

    def _doer(self, head: Token) -> str | None:
        """"Germany's entry", "the attack on Russia launched by the clique": for a noun naming an
        act, whoever does it (possessor, or the "by" agent of the noun or of its participle)."""
        if head.pos_ != "NOUN":
            return None
        # "Stefan's murder", "Kovac's arrest": a noun of harm or custody done to someone has its
        # possessor as the one it is done to (event_cues patient_nouns)
        doers = [c for c in head.children if c.dep_ == "poss" and head.lemma_.lower() not in cues()["patient_nouns"]]
        # "an offer from Kabul", "an invitation from Blair": what is put to someone comes from its
        # maker (event_cues proffered_nouns; a "withdrawal from Iraq" leaves a place)
        proffered = head.lemma_.lower() in cues()["proffered_nouns"]
        preps = ("by", "from") if proffered else ("by",)
        if proffered:
            # "the police appeal", "the union demand": a party named before such a noun made it
            # (a body, not a class: "a media request" names no one)
            doers += [c for c in head.children if c.dep_ == "compound" and c.i < head.i and (
                c.pos_ == "PROPN" or ((row := agent_noun(c.lemma_)) is not None and row.kind in _PLURAL_BODY_KINDS))]
        for h in [head, *(c for c in head.children if c.dep_ == "acl")]:
            doers += [o for p in h.children if p.dep_ == "agent" or (p.dep_ == "prep" and p.lower_ in preps)
                      for o in p.children if o.dep_ == "pobj"]
        return next((r for d in doers for r in [self.one(d)] if r), None)

    def author(self, head: Token) -> str | None:
        """Who acts through a document that does something ("the senate passed a resolution
        urging ...", "motions passed by the assembly asking ...", "lawyers filed papers opposing
        ..."): for a noun of event_cues authored_nouns, the subject of the verb it is the object
        of, or of the verb whose "in" phrase it is ("X invoked Y in an ad attacking Z"), or the
        "by" agent of the passive it is the subject of; else None."""
        if head.pos_ != "NOUN" or head.lemma_.lower() not in cues()["authored_nouns"]:
            return None
        verb = head.head
        if head.dep_ == "pobj" and verb.lower_ in cues()["medium_preps"] and verb.head.pos_ == "VERB":
            head, verb = verb, verb.head
        if head.dep_ in ("dobj", "prep") and verb.pos_ == "VERB":
            while not any(c.dep_ == "nsubj" for c in verb.children) and verb.dep_ in ("conj", "xcomp") \
                    and verb.head != verb:
                verb = verb.head
            authors = [c for c in verb.children if c.dep_ == "nsubj"]
        elif head.dep_ == "nsubjpass":
            authors = [o for p in verb.children if p.dep_ == "agent" for o in p.children if o.dep_ == "pobj"]
        elif head.dep_ == "nsubj" and head.lemma_.lower() in cues()["press_nouns"]:
            return self._publisher(head)
        else:
            return None
        # "the US vetoed a resolution demanding ...", "refused to sign a statement condemning ...":
        # whoever refuses a document did not issue it
        refused = cues()["refusing_verbs"]
        if verb.lemma_.lower() in refused or (verb.dep_ == "xcomp" and verb.head.lemma_.lower() in refused):
            return None
        return next((r for a in authors for r in [self.one(a)] if r), None)

    def _publisher(self, head: Token) -> str | None:
        """"Rodong Sinmun carries articles. Another article denounces X": a piece of the press
        (event_cues press_nouns) that acts is its writer's or paper's, named on it ("the paper's
        editorial", "an article by X", "a commentary in Y"), else the outlet named last before it."""
        owners = [c for c in head.children if c.dep_ == "poss"] + [
            o for p in head.children if p.dep_ == "prep" and p.lower_ in ("by", "in", "of")
            for o in p.children if o.dep_ == "pobj"]
        owner = next((r for o in owners for r in [self.one(o)] if r), None)
        if owner:
            return owner
        return self._last_named(lambda a: a.kind == "media", head.idx)

    def _counted(self, head: Token) -> list[str]:
        """"Both parties", "the two countries" that continue no coordination: the two (three) parties
        of the kind the noun names (event_cues counted_kinds) last named together before it, else
        the last two (three) mentioned before it, other than its own clause's subject ("Labour said
        ... The Lib Dems warned both parties")."""
        kinds = cues()["counted_kinds"].get(head.lemma_.lower())
        if not kinds:
            return []
        many = 3 if any(c.dep_ == "nummod" and c.lower_ == "three" for c in head.children) else 2
        # "sent his wishes to the couple": a preposition's object is in the clause of the verb above it
        verb = head.head.head if head.dep_ == "pobj" else head.head
        own = {r for s in _clause_subjects(verb) for r in self.phrase(s)} if head.dep_ not in (
            "nsubj", "nsubjpass") else set()
        together = self._named_together(head, kinds, many, own)
        if together:
            return together
        latest = self._last_mentions(lambda a: a.kind in kinds and a.id not in own, head.idx)
        return sorted(latest, key=lambda r: -latest[r])[:many] if len(latest) >= many else []

    def _named_together(self, head: Token, kinds: list[str], many: int, own: set[str]) -> list[str]:
        """"Vietnam and the Philippines signed ... Beijing urged the two countries to ...": the
        last coordination before the counted noun that names exactly that many parties of its kind,
        none its own clause's subject, is the pair it counts."""
        for tok in reversed(head.doc[:head.i]):
            if tok.dep_ == "conj" or not tok.conjuncts:
                continue
            refs = list(dict.fromkeys(r for t in (tok, *tok.conjuncts) for r in [self.one(t)] if r))
            if len(refs) == many and all(self.kinds.get(r) in kinds and r not in own for r in refs):
                return refs
        return []

    def _running_pair(self, head: Token) -> list[str]:
        """"Asked the candidates to ...", "both nominees", "the two presidential candidates": the
        two people the article marks as running (`contenders`), where nothing on the noun names
        others ("the Republican candidates", "candidates for mayor", "three candidates")."""
        if head.tag_ != "NNS" or head.lemma_.lower() not in cues()["candidate_titles"]:
            return []
        dets = {c.lower_ for c in head.children if c.dep_ in ("det", "predet")}
        others = [c for c in head.children if c.dep_ not in ("det", "predet", "punct")
                  and not (c.dep_ == "nummod" and c.lower_ == "two")
                  and not (c.dep_ == "amod" and c.lower_ == "presidential")]
        if others or not dets & {"the", "both"}:
            return []
        return contenders(self.ctx)

    def _last_named(self, wanted: Callable[[Actor], bool], before: int) -> str | None:
        """The `wanted` actor whose last mention in this field before character `before` is the latest."""
        latest = self._last_mentions(wanted, before)
        return max(latest, key=lambda r: latest[r]) if latest else None

    def _last_mentions(self, wanted: Callable[[Actor], bool], before: int) -> dict[str, int]:
        """Each `wanted` actor mentioned in this field before character `before`, with where its last
        such mention starts."""
        latest: dict[str, int] = {}
        for actor in self.ctx.document.actors:
            starts = [m.start for m in actor.mentions if m.field == self.field and m.start < before]
            if starts and wanted(actor):
                latest[actor.id] = max(starts)
        return latest

    def post_holder(self, head: Token) -> str | None:
        """"the Syrian president": the person the positions stage gave that title and country;
        "the president" with no country: the one person holding a title with that word;
        "President of the X Party": the one holding that post in that body."""
        # "the Clinton campaign" names no campaign manager: the head must be a post's head noun
        if head.pos_ not in ("NOUN", "PROPN") or head.tag_ in ("NNS", "NNPS") or not is_title_head(head.lower_):
            return None
        country = self._demonym(head)
        # "the justice minister" is held by whoever's title has every word of it, not any minister
        words = {_post_word(head.lower_)} | {m.lower_.strip("-") for m in head.lefts
                                             if m.dep_ in ("compound", "amod") and not code_of(m.text)}
        # "the former secretary of state" is whoever held the post, "the president" its holder now
        past = set(cues()["past_post_marks"])
        left = bool(words & past) or any(t.lower_.strip("-") in past for t in head.lefts)
        words -= past
        # "President of United Russia Party": the body the post is of, named after it
        of_body = next((r for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                        for o in p.children if o.dep_ == "pobj" for r in [self.actor_on(o)] if r), None)
        state = self.ctx.document.actor(of_body) if of_body else None
        if state is not None and state.kind == "state":
            # "the president of Cyprus": a state the post is of is the post's country, no body
            country, of_body = country or state.country, None
        # "Labour MP praises ...": a headline names the story's person by a post, without an
        # article, before the story names them; its head word is enough
        headline = (self.field == "title" or _first_line(head)) and not any(t.dep_ == "det" for t in head.lefts)
        holders, exact, unplaced = [], [], []
        for pos in self.ctx.document.positions:
            if of_body is not None and pos.organization != of_body:
                continue
            holder = self.ctx.document.actor(pos.holder)
            title = {_post_word(w.strip("-")) for w in pos.title.lower().split()}
            marks = title | set((pos.qualifier or "").lower().split())
            # "then-nominee X" is no "nominee" now; "shadow chancellor X" is no "the chancellor"
            if bool(marks & past) != left or (title & set(cues()["rank_post_marks"])) - words:
                continue
            title -= past
            # "the Labour MP": a modifier may name the post's body rather than the title
            body = self.ctx.document.actor(pos.organization) if pos.organization else None
            named = {w for n in ([body.name, *body.aliases] if body else []) for w in n.lower().split()}
            if not (headline and _post_word(head.lower_) in title) and (not words <= title | named or not words & title):
                continue
            if country is None or country in (pos.country, holder and holder.country):
                holders.append(pos.holder)
                if title == words:
                    exact.append(pos.holder)
            elif pos.country is None and (holder is None or holder.country is None):
                unplaced.append(pos.holder)
        # "the minister", "Scotland's justice minister": a definite post, which one person holds
        definite = headline or of_body is not None or any(t.lower_ == "the" or t.dep_ == "poss" for t in head.lefts)
        if country is None and not definite:
            return None
        # "the chancellor" beside a "shadow chancellor": the post named exactly
        # "President X ... the president of Cyprus": with no holder placed in that country, the one
        # holder the article places nowhere
        for found in (holders, exact, [] if holders else unplaced):
            if len(set(found)) == 1:
                return found[0]
        if holders or of_body is not None:
            return None
        # "Prince Harry ... the prince should apologise": a title that opens a person's name (kept
        # as part of it, no post) stands for that person, of several so styled the one the
        # article names most
        styled = sorted((len(a.mentions), a.id) for a in self.ctx.document.actors if a.kind == "person"
                        and not left and len(words) == 1 and a.name.split()[0].lower() in words)
        if styled and (len(styled) == 1 or styled[-1][0] > styled[-2][0]):
            return styled[-1][1]
        # "Tony Blair ... the prime minister said": a post of public record the article ties to
        # no name is held by the one person it names who held it then
        of_words = {w.lower_ for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                    for o in p.children if o.dep_ == "pobj" and not code_of(o.text) for w in o.subtree}
        return known_holder(words | of_words, country, left, self.ctx.document.article.published,
                            self._untitled_people(words, left),
                            [a for a in self.ctx.document.actors if a.kind == "person"],
                            self.ctx.article.field_text(self.field))

    def _untitled_people(self, words: set[str], past: bool) -> Iterator[Actor]:
        """The people the article gives no other post than one named by `words`, and that one
        never with the other tense ("former prime minister X" is no "the prime minister")."""
        for actor in self.ctx.document.actors:
            if actor.kind != "person":
                continue
            titles = [p for p in self.ctx.document.positions if p.holder == actor.id]
            marks = [set(f"{p.title} {p.qualifier or ''}".lower().replace("-", " ").split()) for p in titles]
            if any(not words <= {_post_word(w) for w in m} or bool(m & set(cues()["past_post_marks"])) != past
                   for m in marks):
                continue
            yield actor

    def introduced(self, head: Token) -> str | None:
        """"X has been rejected by one of Labour's most senior Asians. Shahid Malik, who ...",
        "a Labour backbencher has said", "Scotland's justice minister has warned": a story's
        opening sentence brings in one person by a post or a description (indefinite, or owned
        by a place or party, never "the"), and the next sentence names them as its subject, or
        as the subject of what a report it opens with says ("The Times said X told ...").
        That named person is the referent, not the party or body the description mentions. A
        spokesman (posts.tsv unnamed) speaks for the body and is never resolved so."""
        # only the opening's doer (its subject, or the "by" agent of its passive): "Police
        # detained a reporter. Sara Lee, a reporter for ..." need not be about that reporter
        doer = head.dep_ == "nsubj" or (head.dep_ == "pobj" and head.head.dep_ == "agent")
        if head.tag_ not in ("NN", "NNP", "CD") or not doer:
            return None
        if _first_line(head) and not any(t.dep_ == "det" for t in head.lefts):
            # "Former DNC chairman calls for ..." saved over "A former DNC chairman says ...": a
            # headline's bare description is the one its story's opening brings in
            lede = _next_sentence(head.sent)
            subject = _main_subject(lede) if lede is not None else None
            if subject is not None and subject.lemma_ == head.lemma_:
                return self.introduced(subject)
        # the opening is the text's first sentence, or the one after a headline saved above it
        # whose doer it describes again (a first line may as well be a one-sentence lede)
        above = head.doc[head.sent.start - 1] if head.sent.start > 0 else None
        if above is not None and not (_first_line(above) and any(
                t.lemma_ == head.lemma_ and t.dep_ == "nsubj" for t in above.sent)):
            return None
        # "a rebel group", "an advocacy group" is a body, not the person named next
        if head.lower_ in post_table().unnamed or head.lemma_.lower() in cues()["group_nouns"]:
            return None
        one_of = head.lower_ == "one" and bool(_phrase_objects(head))
        row = _agent_row(head)
        post = one_of or is_title_head(head.lower_) or (row is not None and row.kind == "group") or \
            _post_word(head.lemma_.lower()) in cues()["described_posts"]
        lefts = list(head.lefts)
        opened = one_of or any(t.lower_ in ("a", "an") for t in lefts) or any(
            t.dep_ == "poss" and not _is_pronoun(t) for t in lefts)
        if not post or not opened or any(t.lower_ in ("the", "another", "other") for t in lefts):
            return None
        nxt = _next_sentence(head.sent)
        subject = _main_subject(nxt) if nxt is not None else None
        ref = self.actor_on(subject) if subject is not None else None
        if subject is not None and self.kinds.get(ref or "") != "person" \
                and subject.head.lemma_.lower() in cues()["speech_verbs"]:
            # "The Herald said strategist Ewan Baird had advised the leader to ...": the
            # one a report names as the subject of what it says
            reported = [c for r in subject.head.children if r.dep_ == "ccomp"
                        for c in r.children if c.dep_ in ("nsubj", "nsubjpass")]
            ref = next((r for c in reported if (r := self.actor_on(c))), None)
        return ref if ref and self.kinds.get(ref) == "person" else None

    def _described(self, head: Token) -> str | None:
        """"accused a Daily Courier journalist ... The reporter, Oliver Finch, said": a person
        described by a job that news names its holder by later or earlier (event_cues
        described_posts) is the one person the article gives that post, when there is exactly
        one; a body or country the description names must not differ from the post's. Never
        "another reporter"."""
        if head.pos_ != "NOUN" or head.tag_ != "NN":
            return None
        post = _post_word(head.lemma_.lower())
        if post not in cues()["described_posts"] or any(
                t.lower_ in ("another", "other") for t in head.lefts):
            return None
        # "a Daily Courier journalist", "a reporter for the Daily Post": the body named
        bodies = {r for t in head.subtree if t.i != head.i and t.pos_ == "PROPN" for r in [self.actor_on(t)] if r}
        country = self._demonym(head)
        holders = set()
        for pos in self.ctx.document.positions:
            if post not in {_post_word(w) for w in pos.title.lower().split()}:
                continue
            holder = self.ctx.document.actor(pos.holder)
            if bodies and pos.organization and pos.organization not in bodies:
                continue
            if country and holder and holder.country and holder.country != country:
                continue
            holders.add(pos.holder)
        return holders.pop() if len(holders) == 1 else None

    def _party_post(self, head: Token) -> str | None:
        """"The GOP nominee then said", "attacked the Democratic nominee", "their party's
        nominee": a definite candidacy (event_cues candidate_titles) that a party modifies, or
        that "the party's" owns, held by no one the positions stage found, is one of the race's
        two leading people (`_front_runners`) named before it (`_person_before`), never the party
        nor someone else named in passing."""
        c = cues()
        if head.lower_ not in c["candidate_titles"] or not names_party_post(head) or not any(
                t.lower_ == "the" or t.dep_ == "poss" for t in head.lefts):
            return None
        partisan = any(self.kinds.get(self.actor_on(t) or "") == "party" for t in head.lefts) or any(
            t.dep_ == "poss" and c["kind_nouns"].get(t.lemma_.lower()) == "party" for t in head.lefts)
        if not partisan:
            return None
        verb = next((a for a in head.ancestors if a.pos_ in ("VERB", "AUX")), None)
        own = {self.actor_on(t) for s in (_clause_subjects(verb) if verb is not None else ()) for t in _with_conjuncts(s)}
        return self._person_before(head, self._front_runners(own))

    def _front_runners(self, own: set[str | None]) -> set[str]:
        """The two people the article marks as running (`contenders`), else its two most
        mentioned people but `own` (the description's own clause's subjects) and those holding a
        post now that is no candidacy ("Justice X", "FBI Director X"): who an election story's
        candidacies belong to."""
        pair = contenders(self.ctx)
        if pair:
            return set(pair)
        c = cues()
        past = set(c["past_post_marks"])
        posted = {p.holder for p in self.ctx.document.positions
                  if not (set(p.title.lower().split()) | set((p.qualifier or "").lower().split())) & (
                      past | set(c["candidate_titles"]))}
        people = sorted((a for a in self.ctx.document.actors if a.kind == "person" and a.id not in own | posted),
                        key=lambda a: -len(a.mentions))
        return {a.id for a in people[:2]}

    def _agent(self, head: Token) -> str | None:
        """An actor for a common noun naming an agent ("the Syrian government", "riot police",
        "rebels"): an earlier actor of the same name, or one made here with the noun's kind and
        sector and the country its modifiers or "of X" give."""
        row = _agent_row(head)
        if row is None or _bare_vague(head) or _institution_use(head) or _activity_use(head) or _arrangement_use(head):
            return None
        if noun_entry(head.lemma_) is not None and any(p.dep_ == "prep" and p.lower_ in ("from", "by") for p in head.children):
            return None  # "opposition from the US" is an act, not the opposition parties
        mods = [c for c in head.lefts if c.dep_ in _NAME_DEPS]
        # "FBI agents", "board investigators": people named by the body they serve act for it
        served = self._served_body(mods) if row.kind == "group" and row.sector in _SERVING_SECTORS else None
        if served:
            return served
        # "the group", "such groups", "the biggest group" point back to who was named before;
        # "two advocacy groups" is a party
        if head.lemma_.lower() in cues()["group_nouns"] and all(m.is_stop or m.tag_ == "JJS" for m in mods):
            return None
        # "a journalist of the Standard", not "accused a journalist of being ...": a gerund is no name part
        # "workers in their drive to ...": a phrase of the agent's own doings names no place
        # "accused the government of betraying pensioners", "the government of Syria of war
        # crimes": what one charged is charged with (an "of" naming no one, where the parser hung
        # none on the verb) is no part of its name, however the tagger reads the gerund
        charge = len(head.doc)
        if head.dep_ == "dobj" and head.head.lemma_.lower() in cues()["charging_verbs"] and not any(
                p.dep_ == "prep" and p.lower_ == "of" for p in head.head.children):
            charge = min([p.i for p in head.subtree if p.i > head.i and p.dep_ == "prep" and p.lower_ == "of"
                          and not any(o.dep_ == "pobj" and (o.pos_ == "PROPN" or o.ent_type_) for o in p.children)],
                         default=charge)
        # ("a commander in Gaza", "people in the party", not "a commander in an air strike": an act
        # they are in is no part of their name)
        preps = [p for p in head.rights if p.dep_ == "prep" and p.lower_ in _COUNTRY_PREPS and p.i < charge
                 and any(c.dep_ == "pobj" and not any(d.dep_ == "poss" and d.pos_ == "PRON" for d in c.children)
                         and not (p.lower_ == "in" and c.pos_ == "NOUN" and noun_entry(c.lemma_) is not None)
                         for c in p.children)]
        # "aides to Hillary Clinton": whom the people work for is part of their name
        principals = [p for p in head.rights if p.dep_ == "prep" and p.lower_ in _PRINCIPAL_PREPS
                      and any(c.dep_ == "pobj" and self.actor_on(c) for c in p.children)]
        # "Hillary Clinton's campaign", "the county clerk's office": a body named by whose it is
        # keeps the owner in its name
        owners = [c for c in head.lefts if c.dep_ == "poss" and not _is_pronoun(c)]
        if row.kind not in _BODY_KINDS:
            owners = []
        elif _relative_antecedent(head) is not None:
            # "the attorney general, whose office was probing X": the one the clause is about
            return self.one(_relative_antecedent(head))
        elif row.kind == "organization" and (any(c.dep_ == "poss" and _is_pronoun(c) for c in head.lefts) or any(
                self.kinds.get(self.actor_on(o) or "") == "person" for o in [*_phrase_objects(head), *owners])):
            # "his campaign", "her office", "the office of X", "X's office": whose it is, not a
            # body of its own
            return None
        start = min([head.i, *(m.left_edge.i for m in mods), *(_after_determiner(o.left_edge) for o in owners)])
        end = min(charge, max([head.i, *(_phrase_end(p) for p in preps + principals
                                         if p.lower_ in _NAME_PREPS | _PRINCIPAL_PREPS)]) + 1)
        span = head.doc[start:end]
        # "ethnic Albanians": the demonyms name a people, not the state they live in
        ethnic = any(m.lower_ in collective_words().get("ethnic", ()) for m in mods)
        named = [m.doc[m.left_edge.i: m.i + 1] for m in [*mods, *owners] if not (ethnic and code_of(m.text))] + [
            o.doc[o.left_edge.i: o.i + 1] for p in preps for o in p.children if o.dep_ == "pobj"]
        country = next((c for part in named for c in [self._country_of(part)] if c), None)
        if country is None:
            # "summoned Russia's ambassador": a state owning people named by their post gives
            # their country, though it is no part of their name
            country = next((c for o in head.lefts if o.dep_ == "poss" and not _is_pronoun(o)
                            and self.kinds.get(self.actor_on(o) or "") == "state"
                            for c in [self._country_of(o.doc[o.left_edge.i:o.i + 1])] if c), None)
        if country is None and not ethnic:
            country = _people_of(head)
        if country is None and not mods and not preps and not owners and head.lower_ in cues()["home_government_nouns"]:
            # "atrocities in Sudan as China and Russia support the government": the one state its
            # sentence names apart from those acting in it; else the article's own state's
            country = self._unacting_state(head) or leading_country(self.ctx.document.actors, self.ctx.article.body)
        # "police officers", "rebel leaders": an agent noun modifying the head gives the sector
        sector = next((r.sector for m in mods if m.dep_ == "compound" or m.pos_ == "NOUN"
                       for r in [agent_noun(m.lemma_) or agent_noun(m.lower_)] if r), row.sector)
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
            if actor.kind == "organization" and not actor.country and row.kind == "group":
                # a people the actors stage took for a body ("Britons"): it is the people
                actor.kind, actor.country, actor.sector = row.kind, country, sector
                self.kinds[actor.id] = actor.kind
        else:
            actor = Actor(id=self._new_id(), name=span.text, kind=row.kind, country=country, sector=sector,
                          mentions=[mention])
            actors.append(actor)
            self.kinds[actor.id] = actor.kind
        self.ctx.reindex()
        if actor.country and self.state_of.get(actor.country):
            self.agent_state[actor.id] = self.state_of[actor.country]
        return actor.id

    def crowd(self, head: Token) -> str | None:
        """A group actor for a plural noun naming the people gathered at an occasion
        (collectives.tsv "crowd": "the participants", "sweet children", "the performers"), or
        None. Such a noun names no party of its own, so callers take it only as the doer of an
        act already aimed at a resolved party ("the participants paid tribute to X")."""
        if head.pos_ != "NOUN" or head.tag_ != "NNS" or head.lemma_.lower() not in collective_words().get("crowd", ()):
            return None
        mods = [m for m in head.lefts if m.dep_ in _NAME_DEPS]
        start = min([head.i, *(m.left_edge.i for m in mods)])
        return self._named_group(head.doc[start: head.i + 1])

    def patient(self, head: Token) -> str | None:
        """A group actor for people named only by a count or an indefinite description
        (`patient_span`), or None. Such a phrase names no party of its own, so callers take it
        only as the target of an act of force or custody a named party does ("police arrested
        four men")."""
        span = patient_span(head)
        return self._named_group(span) if span is not None else None

    def _named_group(self, span: Span) -> str:
        """The group actor named as `span` is written: the last one of that name, else a new one."""
        mention = Mention(start=span.start_char, end=span.end_char, text=span.text, field=self.field)
        actors = self.ctx.document.actors
        actor = next((a for a in reversed(actors) if a.kind == "group" and a.name.lower() == span.text.lower()), None)
        if actor is None:
            actor = Actor(id=self._new_id(), name=span.text, kind="group", mentions=[mention])
            actors.append(actor)
            self.kinds[actor.id] = actor.kind
        elif mention not in actor.mentions:
            actor.mentions.append(mention)
        self.ctx.reindex()
        return actor.id

    def _country_of(self, part: Span) -> str | None:
        """Country of a modifier or "of" object: its actor's, else the words as a state or demonym."""
        actor = self.ctx.document.actor(self.ctx.actor_at(part.start_char, part.end_char, self.field) or "")
        if actor and actor.country:
            return actor.country
        # "Arab-American voters" are people of the US
        compound = ethnic_compound(part[-1])
        return compound[2] if compound is not None else code_of(part.text) or self._shared_demonym(part.text)

    def _shared_demonym(self, text: str) -> str | None:
        """"the Korean people": a demonym two states share (event_cues shared_demonyms) stands for
        the one of them the article names as a state, if it names only one."""
        shared = cues()["shared_demonyms"].get(text.strip().lower(), [])
        named = {a.country for a in self.ctx.document.actors if a.kind == "state" and a.country in shared}
        return named.pop() if len(named) == 1 else None

    def is_person(self, ref: str | None) -> bool:
        """Whether `ref` names a person or a group of people (who can be received, hosted, met)."""
        return self.kinds.get(ref or "") in ("person", "group")

    def names_person(self, tok: Token) -> bool:
        """Whether the phrase head `tok` itself names a person or a group ("received Putin", "he")."""
        if tok.lemma_.lower() in cues()["group_nouns"] or self._group_at(tok):
            return True
        if tok.pos_ == "PRON" and tok.lower_ in cues()["person_pronouns"]:
            return True
        agent = _agent_row(tok)
        if agent and agent.kind == "group" and self.actor_on(tok) is None:
            return True
        return self.is_person(self.actor_on(tok))

    # ---- helpers ------------------------------------------------------------------------------

    def actor_on(self, tok: Token) -> str | None:
        """The actor with a mention on `tok`, or None. Letters after a name that the parser made
        its head ("Ian Smith QC") stand for the name."""
        if is_postnominal(tok.text):
            tok = next((c for c in reversed(list(tok.lefts)) if c.dep_ == "compound" and c.ent_type_ == "PERSON"), tok)
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

    def definite(self, head: Token) -> str | None:
        """"the party", "the commission", "the committee": a bare definite noun stands for the
        last body named before it with that noun in its name, or whose kind the noun names
        (event_cues kind_nouns); with modifiers ("the appeals court"), the last body whose name
        holds the noun and a modifier; never a person, a state or a document ("the declaration").
        An indefinite one with modifiers in a story's opening ("A federal appeals court ruled")
        is the first such body named after it."""
        noun = head.lemma_.lower()
        # "A federal appeals court ruled ..." opening a story names the body the story names next
        lede = head.sent.start < _LEDE_TOKENS and any(t.lower_ in ("a", "an") for t in head.lefts)
        # (a lower-case noun the tagger took for a name, "the bloc", is a common noun still)
        singular = (head.pos_, head.tag_) == ("NOUN", "NN") or (head.tag_ == "NNP" and head.is_lower)
        if not singular or noun in cues()["document_nouns"] or not (lede or any(
                t.lower_ in ("the", "this") for t in head.lefts)) or any(
                t.dep_ == "poss" for t in head.lefts):
            return None
        # "the federal appeals court" after "the Court of Appeals for the Sixth Circuit": with
        # modifiers, a body whose name holds the noun and one of them
        mods = {t.lower_ for t in head.lefts if t.dep_ in ("amod", "compound", "nmod")}
        if any(code_of(t.text) for t in head.lefts if t.dep_ in ("amod", "compound", "nmod")):
            return None  # "the ROK air force" is that state's, whatever force was named before
        kind = cues()["kind_nouns"].get(noun) if not mods else None
        best: tuple[int, str] | None = None
        for actor in self.ctx.document.actors:
            if actor.kind in ("person", "state"):
                continue
            # "the anti-constitution group Vote No" is no "constitution"
            words = set(re.findall(r"(?<![\w-])\w+(?![\w-])", actor.name.lower()))
            # "Trump Victory, the committee's joint fundraising arrangement ... the joint
            # fundraising committee": a body is also known by how an apposition described it
            words |= self._apposed_words(actor, head) if mods else set()
            if mods and not (noun in words and mods & words):
                continue
            if actor.kind != kind and noun not in words:
                continue
            if lede and (mods or _phrase_objects(head, ("of",))):
                # "A federal appeals court ruled", "a committee of MPs has warned": the body named next
                after = [m.start for m in actor.mentions if m.field == self.field and m.start > head.idx]
                if after and (best is None or -min(after) > best[0]):
                    best = (-min(after), actor.id)
                continue
            starts = [m.start for m in actor.mentions if m.field == self.field and m.start < head.idx]
            if starts and (best is None or max(starts) > best[0]):
                best = (max(starts), actor.id)
        return best[1] if best else None

    def _committee_members(self, head: Token) -> str | None:
        """"The environment select committee said ... The MPs said", "Members urged": the members of
        a legislature (event_cues member_nouns) named as a definite plural, or as a bare plural
        opening a sentence, just after a committee is named stand for that committee."""
        # (the tagger reads a plural abbreviation, "the MPs", as a singular word of its own)
        lemma = head.lemma_.lower()
        if head.tag_ == "NN" and head.text.endswith("s") and head.text[:-1].isupper():
            lemma = head.lower_[:-1]
        elif head.tag_ not in ("NNS", "NNPS"):
            return None
        if lemma not in cues()["member_nouns"]:
            return None
        lefts = [t for t in head.lefts if not t.is_punct]
        bare_opening = not lefts and head.i == head.sent.start
        if not (bare_opening or [t.lower_ for t in lefts] == ["the"]) or any(c.dep_ == "prep" for c in head.children):
            return None
        latest = self._last_mentions(lambda a: a.kind not in ("person", "state")
                                     and "committee" in a.name.lower().split(), head.idx)
        if not latest:
            return None
        ref = max(latest, key=lambda r: latest[r])
        return ref if head.idx - latest[ref] <= _COMMITTEE_REACH else None

    def _unacting_state(self, head: Token) -> str | None:
        """Where states act on "the government" (the subjects of its clause are states), the
        country of the one state its sentence names other than as a subject (or a subject's
        conjunct, possessor or modifier), or None ("Labour said the government failed in Iraq"
        is the home government's)."""
        verb = head.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head is not verb:
            verb = verb.head
        # (named subjects only, read off their mentions: resolving phrases here would recurse)
        doers = [self.actor_on(t) for s in _clause_subjects(verb) if s is not head for t in (s, *s.conjuncts)]
        if not doers or any(self.kinds.get(r or "") != "state" for r in doers):
            return None
        codes: set[str] = set()
        for tok in head.sent:
            ref = self.actor_on(tok)
            actor = self.ctx.document.actor(ref) if ref else None
            if actor is None or actor.kind != "state" or not actor.country:
                continue
            phrase = tok
            while phrase.dep_ in ("compound", "poss", "amod", "conj", "appos") and phrase.head is not phrase:
                phrase = phrase.head
            if phrase.dep_ in ("nsubj", "nsubjpass"):
                continue
            codes.add(actor.country)
        return codes.pop() if len(codes) == 1 else None

    def _served_body(self, mods: list[Token]) -> str | None:
        """The body a noun modifier of people names ("FBI agents", "board investigators"): the
        body actor on it, or, for a common noun of a body (agents.tsv), the article's one body
        with that word in its name; None for a party ("Labour activists" are not the party)."""
        for mod in (m for m in mods if m.dep_ == "compound"):
            ref = self.actor_on(mod)
            if ref is None:
                row = agent_noun(mod.lemma_) or agent_noun(mod.lower_)
                if row is None or row.kind not in _BODY_KINDS:
                    continue
                # "district court judges" are of no court but one with all those words in its name
                words = {t.lower_ for t in mod.subtree if not t.is_punct}
                named = [a.id for a in self.ctx.document.actors if a.kind not in ("person", "state", "party")
                         and words <= set(re.findall(r"\w+", a.name.lower()))]
                ref = named[0] if len(set(named)) == 1 else None
            if ref and self.kinds.get(ref) in _BODY_KINDS | {"military"}:
                return ref
        return None

    def _apposed_words(self, actor: Actor, head: Token) -> set[str]:
        """The lower-cased words of the descriptions apposed to `actor`'s mentions before `head`
        in its field ("Trump Victory, the committee's joint fundraising arrangement")."""
        words: set[str] = set()
        for m in actor.mentions:
            span = head.doc.char_span(m.start, m.end, alignment_mode="expand") if (
                m.field == self.field and m.end <= head.idx) else None
            for appos in (c for c in span.root.children if c.dep_ == "appos") if span is not None else ():
                words |= {t.lower_ for t in appos.subtree if t.dep_ not in ("relcl", "punct")}
        return words

    def _pointed_back(self, head: Token) -> str | None:
        """"gave service to those people", "these persons": a vague agent noun (collectives.tsv
        "vague") after a demonstrative (event_cues demonstratives) and nothing else stands for the
        last party of people (a group actor) named before it in this field."""
        if head.lemma_.lower() not in collective_words().get("vague", ()) or head.tag_ != "NNS":
            return None
        lefts = list(head.lefts)
        if len(lefts) != 1 or lefts[0].lower_ not in cues()["demonstratives"]:
            return None
        vague = collective_words().get("vague", ())
        return self._last_named(lambda a: a.kind == "group" and a.name.lower() not in vague, head.idx)

    def _speakers(self, head: Token) -> str | None:
        """"The speakers congratulated ...": the first doer of the last speech made before
        (event_cues speaker_nouns, speech_nouns: "A and B made speeches", "A spoke")."""
        if head.lemma_.lower() not in cues()["speaker_nouns"] or not any(t.lower_ == "the" for t in head.lefts):
            return None
        for tok in reversed(head.doc[: head.sent.start]):
            verb = tok.head if tok.lemma_.lower() in cues()["speech_nouns"] and tok.dep_ == "dobj" else (
                tok if tok.lemma_.lower() == "speak" and tok.pos_ == "VERB" else None)
            if verb is None:
                continue
            refs = [r for subj in verb.children if subj.dep_ == "nsubj" for r in self.phrase(subj)]
            if refs:
                return refs[0]
        return None

    def _group(self, head: Token) -> str | None:
        g = self._group_at(head)
        if g:
            return g.id
        # "the UK Independence Party": a name ending in a group noun names its body, no group
        if head.lemma_.lower() not in cues()["group_nouns"] or (head.pos_ == "PROPN" and self.actor_on(head)):
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

    def _person_before(self, head: Token, among: set[str] | None = None) -> str | None:
        """The person a definite description of one person refers back to: the last one named in
        its sentence or the _DESCRIBED_SENTENCES before it (of `among`, where given, anywhere
        before it), never a subject of its own clause ("Trump accused the nation's top elected
        Republican" is not Trump; "A and B stood by their party's nominee" is neither)."""
        verb = next((a for a in head.ancestors if a.pos_ in ("VERB", "AUX")), None)
        own = {self.actor_on(t) for c in (_clause_subjects(verb) if verb is not None else ())
               for t in _with_conjuncts(c)}
        first = head.sent.start
        # one of a few people (`among`) may be named further back, across a run of quoted lines
        for _ in range(_DESCRIBED_SENTENCES if among is None else len(head.doc)):
            if not first:
                break
            first = head.doc[first - 1].sent.start
        start = head.doc[first].idx
        best: tuple[int, str] | None = None
        for actor in self.ctx.document.actors:
            if actor.kind != "person" or actor.id in own or (among is not None and actor.id not in among):
                continue
            ends = [m.start for m in actor.mentions if m.field == self.field and start <= m.start and m.end <= head.idx]
            if ends and (best is None or max(ends) > best[0]):
                best = (max(ends), actor.id)
        return best[1] if best else None

    def _inside(self, head: Token) -> str | None:
        """The actor mentioned closest to `head` within its phrase (breadth first, left to right);
        none for a relative or the family of someone ("the widow of X" is not X), nor a party
        modifying one person's post (`names_party_post`), be it the head's or that of a phrase
        inside it ("the Democratic nominee's integrity")."""
        lemma = head.lemma_.lower()
        if lemma in cues()["kin_nouns"] or lemma in cues()["patient_nouns"]:
            return None  # "investigating the murder of X" is not aimed at the one murdered
        # "the blast on Cyprus killed 13 people", "sanctions against Iran hurt its trade": what a
        # subject's phrase is on or against is aimed at or struck, never the subject's doer
        aimed = ("on", "against") if head.dep_ in ("nsubj", "nsubjpass") and head.pos_ == "NOUN" else ()
        queue: deque[tuple[Token, int]] = deque(
            (c, 1) for c in head.children if c.dep_ not in _SKIP_DEPS and not (c.dep_ == "prep" and c.lower_ in aimed))
        while queue:
            tok, depth = queue.popleft()
            if is_anti(tok):
                continue  # "the anti-U.S. struggle": whom the phrase's act is against, not who is named
            ruler = self._ruler(tok)
            if ruler:
                return ruler
            ref = self.actor_on(tok)
            # "the Democratic nominee's integrity": a party before one person's post says whose
            # post it is, at any depth
            if tok.i < tok.head.i and self.kinds.get(ref or "") == "party" and names_party_post(tok.head):
                continue
            if ref is None and tok.dep_ in ("amod", "compound", "nmod", "poss") and ethnic_compound(tok) is None:
                code = code_of(tok.text)
                ref = self.state_of.get(code) if code else None
            if ref:
                return ref
            if depth < _MAX_DEPTH and not harm_noun(tok):
                # ("information about the shooting of X": nor deeper in the phrase)
                queue.extend((c, depth + 1) for c in tok.children if c.dep_ not in _SKIP_DEPS)
        return None

    def _ruler(self, noun: Token) -> str | None:
        """"the cost of Britain's asylum system under Tony Blair": the person or party a system or
        record is under answers for it, before the state whose it is."""
        if noun.pos_ != "NOUN":
            return None
        return next((r for p in noun.children if p.dep_ == "prep" and p.lower_ == "under"
                     for o in p.children if o.dep_ == "pobj" for r in [self.actor_on(o)]
                     if r and self.kinds.get(r) in ("person", "party")), None)

    def speaker_at(self, tok: Token) -> str | None:
        """"We denounce ...", "I express ...": inside a quote the first person is its speaker (a
        press statement's "we" is the body or official issuing it); in an outlet's commentary
        (commentary.py), outside what others are quoted saying, the outlet speaks."""
        for q in self.ctx.document.quotes:
            ev = q.evidence
            if ev.field == self.field and ev.start <= tok.idx < ev.end:
                return q.speaker
        from newsgraph.extract.commentary import commentary_voice  # commentary reads through a Resolver

        voice = commentary_voice(self.ctx)
        if voice is not None and any(f == self.field and a <= tok.idx < b for f, a, b in voice.spans) \
                and not self._quoted(tok):
            return voice.speaker
        return None

    def _quoted(self, tok: Token) -> bool:
        """Whether `tok` lies in quotation marks ("We oppose the war alliance!" chanted at a rally a
        commentary reports): words no speaker was found for, not the outlet's."""
        from newsgraph.extract.attribution import paragraphs, quote_regions  # attribution reads through a Resolver

        key = f"quote_regions/{self.field}"
        if key not in self.ctx.memo:
            text = tok.doc.text
            self.ctx.memo[key] = [(r.start, r.end) for r in quote_regions(text, paragraphs(text))]
        return any(a <= tok.idx < b for a, b in self.ctx.memo[key])  # type: ignore[attr-defined]

    def gender(self, actor: Actor) -> str | None:
        """"F" or "M" where the article marks a person's gender (genders.tsv): a given name, an
        honorific or gendered noun just before a mention ("Mrs", "Congresswoman"), or a word of a
        post held ("chairwoman"); None where it marks none, or both."""
        key = (actor.id, len(actor.mentions), len(self.ctx.document.positions))
        if key not in self._genders:
            gz = gazetteer()
            found = set()
            words = actor.name.split()
            if len(words) >= 2 and words[0] in gz.given_genders:
                found.add(gz.given_genders[words[0]])
            for m in actor.mentions:
                doc = self.ctx.docs.get(m.field)
                before = doc.text[max(0, m.start - 20): m.start].split() if doc is not None else []
                for word in ([before[-1]] if before else []) + m.text.split()[:1]:
                    found.add(gz.mark_genders.get(word.rstrip(".").lower(), ""))
            for p in self.ctx.document.positions:
                if p.holder == actor.id:
                    found.update(gz.mark_genders.get(w, "") for w in re.findall(r"\w+", p.title.lower()))
            found.discard("")
            # a name the article marks no way (a foreign given name, a surname alone): the
            # pronoun it uses for what the person said ("Sokol said she was approached")
            found = found or self._reported_genders(actor)
            self._genders[key] = found.pop() if len(found) == 1 else None
        return self._genders[key]

    def _reported_genders(self, actor: Actor) -> set[str]:
        """The genders of the he/she subjects of clauses that `actor`'s speech verbs report
        ("Sokol said she was approached"), where no other person is named before the pronoun in
        its sentence ("Sokol said Lee told her" says nothing of Sokol); never in a quotation
        (""He was tall," Sokol said" is about someone else)."""
        c, gz = cues(), gazetteer()
        out = set()
        for m in actor.mentions:
            doc = self.ctx.docs.get(m.field)
            span = doc.char_span(m.start, m.end, alignment_mode="expand") if doc is not None else None
            if span is None or span.root.dep_ != "nsubj" or span.root.head.lemma_.lower() not in c["speech_verbs"]:
                continue
            verb = span.root.head
            for clause in (k for k in verb.children if k.dep_ == "ccomp" and k.i > verb.i):
                for pron in (s for s in clause.children if s.dep_ in ("nsubj", "nsubjpass")
                             and s.pos_ == "PRON" and s.lower_ in gz.pronoun_genders
                             and not any(t.is_quote for t in doc[verb.i: s.i])):
                    if not self._other_person_in(span.sent.start_char, pron.idx, actor.id, m.field):
                        out.add(gz.pronoun_genders[pron.lower_])
        return out

    def _other_person_in(self, start: int, end: int, actor_id: str, field: str) -> bool:
        """Whether a person other than `actor_id` has a mention in [start, end) of `field`."""
        return any(a.kind == "person" and a.id != actor_id and any(
            m.field == field and start <= m.start < end for m in a.mentions) for a in self.ctx.document.actors)

    def _same_pronoun_before(self, tok: Token, quoted: list[Quote]) -> str | None:
        """"Trump attacked X, blaming her for ... and speaking about the probe into her email
        server": a possessive he/she pronoun repeats the person the last pronoun of its gender
        before it in its sentence stands for (both outside a quotation, or in the same one),
        where that one is resolved to a person of no other gender."""
        wanted = gazetteer().pronoun_genders.get(tok.lower_)
        if not wanted or tok.dep_ != "poss":
            return None
        quote = _inside_quote(tok, quoted)
        for prev in reversed(tok.sent[: tok.i - tok.sent.start]):
            if prev.pos_ != "PRON" or gazetteer().pronoun_genders.get(prev.lower_) != wanted:
                continue
            if _inside_quote(prev, quoted) != quote or _named_between(prev, tok):
                return None
            actor = self.ctx.document.actor(self.pronoun(prev) or "")
            if actor is not None and actor.kind == "person" and self.gender(actor) in (None, wanted):
                return actor.id
            return None
        return None

    def _repeated_owner(self, tok: Token) -> str | None:
        """"X said Brewer's decision was personal and that the university supported his decision":
        a possessive pronoun on a noun its sentence, or the one before, gave a named owner stands
        for that owner, where kind and gender fit."""
        if tok.dep_ != "poss" or tok.tag_ != "PRP$" or tok.head.pos_ != "NOUN":
            return None
        noun, doc = tok.head, tok.doc
        start = doc[max(noun.sent.start - 1, 0)].sent.start
        earlier = next((t for t in reversed(doc[start:tok.i]) if t.lemma_ == noun.lemma_ and t.pos_ == "NOUN"), None)
        if earlier is None:
            return None
        owners = [self.actor_on(c) for c in earlier.children if c.dep_ == "poss" and c.tag_ != "PRP$"]
        ref = owners[0] if owners else None
        actor = self.ctx.document.actor(ref or "")
        if actor is None:
            return None
        low = tok.lower_
        person = low in ("his", "her")
        wanted = gazetteer().pronoun_genders.get(low)
        if (actor.kind == "person") != person or (low == "its" and actor.kind == "group") or (
                person and wanted and self.gender(actor) not in (None, wanted)):
            return None
        return ref

    def pronoun(self, tok: Token) -> str | None:
        """The actor the pronoun `tok` stands for: the last one before it in this field whose kind
        (and, for he/she, gender where the article marks it) fits."""
        c = cues()
        low = tok.lower_
        fronted = _fronted_subject(tok)
        if fronted is not None and low in c["person_pronouns"] | c["thing_pronouns"]:
            # "During his visit to China, Foreign Secretary X said": the subject the phrase comes before
            ref = self.actor_on(fronted)
            kind = self.kinds.get(ref or "")
            person = low in c["person_pronouns"]
            wanted = gazetteer().pronoun_genders.get(low)
            if ref and (kind == "person") == person and not (
                    person and wanted and self.gender(self.ctx.document.actor(ref)) not in (None, wanted)):
                return ref
        owner = self._repeated_owner(tok)
        if owner is not None:
            return owner
        reporter = _described_reporter(tok) if low in c["person_pronouns"] else None
        speaker = self.ctx.document.actor(self.one(reporter) or "") if reporter is not None else None
        if speaker is not None and (speaker.kind != "person" or self.gender(speaker) in (
                None, gazetteer().pronoun_genders.get(low))):
            # "the chairman of X said that he pays tribute to ...": the one the speaker describes
            # ("Her lawyer, Tom Reed, said she ...": not a man's "she")
            return speaker.id
        quoted = [q for q in self.ctx.document.quotes if q.direct and q.evidence.field == self.field]
        earlier = self._same_pronoun_before(tok, quoted) if low in c["person_pronouns"] else None
        if earlier is not None:
            return earlier
        if low in c["person_pronouns"]:
            kinds = {"person"}
            tok = _chain_start(tok, c["person_pronouns"], [(q.evidence.start, q.evidence.end) for q in quoted])
        elif low in c["thing_pronouns"]:
            kinds = {"state", "organization", "party", "government_body", "military", "legislature",
                     "media", "university", "international_organization"}
        elif low in c["plural_pronouns"]:
            # "Palestinian leaders said they would ...", "Senators A and B said ... They asked":
            # the plural subject it continues, else the last delegation or collective named before
            antecedent = _plural_antecedent(tok)
            if antecedent is not None:
                # "In 1993, radical Islamists bombed X. In 2000, they attacked Y": a subject the
                # pronoun continues that names no party leaves it no one, not an earlier group
                return self.one(antecedent)
            before = [g for g in self.groups if g.evidence.field == self.field and g.evidence.start < tok.idx]
            # "firms are moving jobs abroad and we are calling on them to ...": an object pronoun
            # stands for the last plural noun of agents before it, if no group is named after that
            recent = _recent_plural(tok)
            if recent is not None and not (before and before[-1].evidence.start > recent.idx):
                # "he said reforms would help finance them": the nearest plural may name things
                return self.one(recent) if _agent_row(recent) is not None else None
            if before:
                return before[-1].id
            # "work with Democrats ... with them": a party named in the plural in the pronoun's own
            # sentence is a "they" too, as are bodies named by a plural ("urged councils to ...
            # promised them")
            kinds = {"group", "party"} | _PLURAL_BODY_KINDS
        else:
            return None
        # the last fitting actor before the pronoun, preferring one that was a clause's subject
        # ("Kim sent a message to X. In it, he thanked ..." -> Kim); an object pronoun is never
        # its own clause's subject ("Clarke accused him": not Clarke)
        own = set()
        if tok.dep_ in ("dobj", "dative", "pobj") and tok.head != tok:
            verb = tok.head.head if tok.dep_ == "pobj" else tok.head
            own = {r for s in _clause_subjects(verb) for r in [self.actor_on(s)] if r}
        elif tok.dep_ == "nsubj" and low in _OBJECT_FORMS and tok.head.dep_ in ("ccomp", "xcomp"):
            # "Oaten said they wanted him to resign": an object form subject of an infinitive is
            # the object of the verb above it, never that verb's subject
            own = {r for s in _clause_subjects(tok.head.head) for r in [self.actor_on(s)] if r}
        # "Asked if Mr Blunkett could return, he replied": the fronted participle's understood
        # subject is the pronoun, so whoever its clause names is someone else
        fronted = _fronted_participle(tok)
        if fronted is not None:
            own |= {r for t in fronted.subtree for r in [self.actor_on(t)] if r}
        if kinds == {"person"}:
            # a direct quotation's "he" is someone its speaker talks about: the speaker says "I"
            own |= {q.speaker for q in quoted if q.evidence.start <= tok.idx < q.evidence.end}
        # "Sokol's claim that the governor raped her": an object pronoun in what a named party's
        # claim, account or fear says stands for that party (a subject need not: "Howard's claim
        # that he led a grubby government" is about the prime minister)
        wanted = gazetteer().pronoun_genders.get(low)
        owner = _content_owner(tok) if tok.dep_ in ("dobj", "dative", "pobj") else None
        ref = self.one(owner) if owner is not None else None
        actor = self.ctx.document.actor(ref or "")
        if actor is not None and actor.id not in own and actor.kind in kinds and not (
                wanted and actor.kind == "person" and self.gender(actor) not in (None, wanted)):
            return ref
        # "While a federal judge found the law void, his decision was overturned": one person
        # described by a post, made an agent actor, is a referent too within the sentence before
        near = tok.doc[tok.sent.start - 1].sent.start if tok.sent.start else 0
        best: dict[bool, tuple[int, str]] = {}
        for actor in self.ctx.document.actors:
            if actor.id in own or (actor.kind not in kinds and not ("person" in kinds and actor.kind == "group")):
                continue
            if wanted and actor.kind == "person" and self.gender(actor) not in (None, wanted):
                continue  # "she" is never a man the article names as one
            for m in actor.mentions:
                if m.field != self.field or m.start >= tok.idx:
                    continue
                span = tok.doc.char_span(m.start, m.end, alignment_mode="expand")
                if actor.kind not in kinds and not (span is not None and span.start >= near and _one_described(span)):
                    continue
                if actor.kind == "party" and "group" in kinds and (
                        span is None or span.start < tok.sent.start or span.root.tag_ not in ("NNS", "NNPS")):
                    continue  # "Labour", "the party" name no plural; nor does a party named sentences before
                if actor.kind in _PLURAL_BODY_KINDS and "group" in kinds and (
                        span is None or span.start < near or span.root.tag_ not in ("NNS", "NNPS")
                        or span.root.pos_ != "NOUN" or not span.root.text[:1].islower()):
                    continue  # "the council" is no "they"; "councils" in this sentence or the one before is
                # the owner of a subject in a sentence reporting speech is not what the text goes
                # on about ("Mr Brown's Budget was not about the country, but 'all about Labour', the
                # Tory leader said")
                subject = span is not None and _is_subject(span.root, actor.kind == "person") and not (
                    span.root.dep_ == "poss" and any(
                        q.evidence.field == self.field and q.evidence.start < span.sent.end_char
                        and span.sent.start_char < q.evidence.end for q in self.ctx.document.quotes))
                if m.start > best.get(subject, (-1, ""))[0]:
                    best[subject] = (m.start, actor.id)
        # "The prime minister shrugged off the claims. ... He said": a subject naming one person
        # by a post is a mention of whoever holds it, outside a quotation the pronoun is not in
        # (""Neither the president nor ...," she said" is no mention of the president)
        for subj in _post_subjects(tok) if kinds == {"person"} else ():
            if any(q.evidence.start <= subj.idx < q.evidence.end and not q.evidence.start <= tok.idx < q.evidence.end
                   for q in quoted):
                continue
            ref = self.post_holder(subj)
            actor = self.ctx.document.actor(ref or "")
            if actor is None or actor.kind != "person" or ref in own or subj.idx <= best.get(True, (-1, ""))[0]:
                continue
            if not (wanted and self.gender(actor) not in (None, wanted)):
                best[True] = (subj.idx, actor.id)
        pick = best.get(True) or best.get(False)
        if best.get(False) and best[False][0] >= tok.sent.start_char > pick[0]:
            # "Mills was given immunity. It comes at a bad time for Clinton, days before her
            # debate": a fitting mention in the pronoun's own sentence beats a subject before it
            pick = best[False]
        return pick[1] if pick else None


def _loose_apposition(head: Token) -> Token | None:
    """The person's name set in commas right after the singular common noun phrase of `head` that
    the parser attached elsewhere ("the senior judge in England and Wales, Lord Woolf, to ..."), or None."""
    doc = head.doc
    after = head.right_edge.i + 1
    if head.tag_ != "NN" or after + 2 >= len(doc) or doc[after].text != "," \
            or doc[after + 1].ent_iob_ != "B" or doc[after + 1].ent_type_ != "PERSON":
        return None
    end = after + 2
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    root = doc[after + 1:end].root
    if end >= len(doc) or doc[end].text not in (",", ".") or head.left_edge.i <= root.head.i <= head.right_edge.i:
        return None
    return root


def _bracketed(tok: Token) -> bool:
    """Whether the one-word phrase `tok` stands in brackets: "(AP)"."""
    doc = tok.doc
    return 0 < tok.i < len(doc) - 1 and doc[tok.i - 1].text == "(" and doc[tok.i + 1].text == ")"


def _described_reporter(tok: Token) -> Token | None:
    """"The chairman of X in a statement said that he ...": the subject of the speech verb whose
    reported clause the pronoun `tok` is the subject of, where that subject describes one person
    by a common noun rather than naming them (a named one is found as the nearest subject)."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.dep_ != "ccomp":
        return None
    verb = tok.head.head
    if verb.lemma_.lower() not in cues()["speech_verbs"]:
        return None
    subject = next((s for s in verb.children if s.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN" or subject.tag_ != "NN" or any(c.dep_ == "appos" for c in subject.children):
        return None  # "Her lawyer, Tom Reed, said she": the apposition names the speaker
    return subject


def _inside_quote(tok: Token, quoted: list[Quote]) -> Quote | None:
    """The direct quotation of `quoted` holding `tok`, or None."""
    return next((q for q in quoted if q.evidence.start <= tok.idx < q.evidence.end), None)


def _fronted_subject(tok: Token) -> Token | None:
    """"During his visit to China, X criticised Y", "In its statement, the ministry said": the
    subject of the clause a phrase holding the possessive `tok` is fronted before, or None."""
    if tok.dep_ != "poss":
        return None
    phrase = tok
    # up to the phrase on the clause's verb, through any on nouns ("Within hours of his talks")
    while (phrase.dep_ not in ("prep", "advcl") or phrase.head.pos_ not in ("VERB", "AUX")) and phrase.head != phrase:
        phrase = phrase.head
    clause = phrase.head
    if phrase.dep_ not in ("prep", "advcl") or clause == phrase:
        return None
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subject is None or phrase.right_edge.i >= subject.left_edge.i:
        return None
    return subject


# how a verb without a subject of its own hangs on the verb whose subject it shares ("continued
# to attack X", "attacked X, blaming her", "rose and attacked X")
_SHARED_SUBJECT_DEPS = frozenset({"xcomp", "advcl", "conj"})


def _clause_subjects(verb: Token) -> list[Token]:
    """The subjects of `verb`'s clause; for a verb without one, those of the verb it shares its
    subject with ("Trump continued to attack X, blaming her": "attack" and "blaming" are Trump's),
    so a pronoun or description object is never that subject. An adverbial clause shares it only
    as a participle ("blaming"), not as a finite clause of its own ("because ..."); an infinitive
    after an object is that object's ("asked Y to help him"; event_grammar.object_controlled)."""
    for _ in range(_MAX_DEPTH + 1):
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        shares = verb.dep_ in _SHARED_SUBJECT_DEPS and (verb.dep_ != "advcl" or verb.tag_ in ("VBG", "VBN")) and not (
            object_controlled(verb))
        if subjects or not shares or verb.head == verb:
            return subjects
        verb = verb.head
    return []


def _fronted_participle(tok: Token) -> Token | None:
    """The participial clause without a subject of its own fronted before the subject `tok` of
    the same verb ("Asked if X could return, he replied", "Speaking about X, she said"), or None."""
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    return next((c for c in tok.head.children if c.dep_ == "advcl" and c.tag_ in ("VBN", "VBG") and c.i < tok.i
                 and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)), None)


# dependencies by which a word stays inside the clause it is part of, up to the clause's verb
_IN_CLAUSE = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "pobj", "prep", "xcomp", "conj", "attr", "poss"})


def _content_owner(tok: Token) -> Token | None:
    """The possessor of the noun whose "that" clause holds `tok` ("Sokol's claim that the
    governor raped her" -> "Sokol"), or None; only a possessor that is no pronoun."""
    clause = tok
    while clause.dep_ in _IN_CLAUSE and clause.head != clause:
        clause = clause.head
    if clause.dep_ not in ("acl", "ccomp") or clause.head.pos_ != "NOUN" or not any(
            c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return None
    return next((c for c in clause.head.children if c.dep_ == "poss" and not _is_pronoun(c)), None)


def _one_described(span: Span) -> bool:
    """Whether a mention names one person by a post ("a federal judge", "the Standard's
    reporter"), not a collective ("the family") or people ("judges")."""
    return _names_one_by_post(span.root)


def _names_one_by_post(tok: Token) -> bool:
    """Whether a phrase head names one person by a post ("judge", "prime minister")."""
    return tok.tag_ == "NN" and is_title_head(tok.lower_)


def names_party_member(head: Token) -> bool:
    """Whether `head` is a singular noun for one member of a party, after a determiner or an owner
    ("the registered Democrat", "the nation's top elected Republican"): a party's short form
    (parties.tsv) whose plural is one of the same party ("Democrat"/"Democrats"); "the SNP" and
    "Labour" have none and name the party."""
    known = gazetteer().known
    row = known.get(head.text)
    if row is None or row.kind != "party" or head.tag_ in ("NNS", "NNPS") or head.dep_ in _NAME_DEPS | {"poss"}:
        return False
    plural = known.get(head.text[:-1] + "ies" if head.text.endswith("y") else head.text + "s")
    return plural is not None and plural.name == row.name and any(t.dep_ in ("det", "poss") for t in head.lefts)


def names_party_post(tok: Token) -> bool:
    """Whether `tok` heads one person's post, so that a party modifying it ("the GOP presidential
    nominee", "the Tory leader") says whose post it is and is never what the phrase names; a
    spokesman (posts.tsv unnamed) is the exception: news has the body speak through them."""
    return _names_one_by_post(tok) and tok.lower_ not in post_table().unnamed


# sentences before a description's own ("the registered Democrat") that may name its person
_DESCRIBED_SENTENCES = 3
# sentences before a pronoun's own whose subjects may be what it stands for
_POST_SUBJECT_SENTENCES = 2


def _post_subjects(tok: Token) -> list[Token]:
    """The subjects before `tok`, in its sentence and the _POST_SUBJECT_SENTENCES before it, that
    name one person by a definite post ("The prime minister said ...")."""
    start = tok.sent.start
    for _ in range(_POST_SUBJECT_SENTENCES):
        start = tok.doc[start - 1].sent.start if start else 0
    return [t for t in tok.doc[start: tok.i] if t.dep_ in ("nsubj", "nsubjpass") and _names_one_by_post(t)
            and any(c.lower_ == "the" for c in t.lefts)]


def is_anti(tok: Token) -> bool:
    """Whether a modifier is the X of "anti-X" ("anti-French protests"): the act's target, never its doer."""
    return tok.i >= 2 and tok.doc[tok.i - 1].text == "-" and tok.doc[tok.i - 2].lower_ == "anti"


def with_represented(document: Document, refs: list[str], other: list[str]) -> list[str]:
    """`refs` with the party or organisation each of them speaks for or leads ("a spokesman for
    UKIP", "Unison general secretary Dave Prentis": event_cues representative_titles), whose act
    theirs is too, unless the other side (`other`) is of it as well ("Tory leader X sacked the
    party's deputy chairman"), and the state of each organ among them (`with_organ_states`)."""
    shared = set(other) | set(_represented_bodies(document, list(other)))
    bodies = [b for b in _represented_bodies(document, refs) if b not in refs and b not in shared]
    return with_organ_states(document, [*refs, *dict.fromkeys(bodies)])


def _represented_bodies(document: Document, refs: list[str]) -> list[str]:
    """The parties and organisations the people among `refs` speak for or lead. One who holds a
    post of state ("Prime Minister X", "General Secretary of the WPK and President of the State
    Affairs") acts for the state, not the party. An opposition front-bencher ("Tory shadow
    chancellor X": event_cues representative_marks) speaks for the party."""
    titles, marks = cues()["representative_titles"], cues()["representative_marks"]
    out: list[str] = []
    for pos in document.positions:
        body = document.actor(pos.organization or "")
        title = pos.title.lower()
        if pos.holder in refs and body is not None and body.kind in ("party", "organization") \
                and (not pos.qualifier or pos.qualifier.lower() in marks) and gazetteer().head(body.name) is None \
                and (any(title == t or title.endswith(" " + t) for t in titles)
                     or (title.split()[0] in marks and body.kind == "party")) \
                and not holds_state_post(document, pos.holder):
            out.append(body.id)
    return out


def holds_state_post(document: Document, person: str) -> bool:
    """Whether `person` holds a post in a state, its government, legislature or forces."""
    for pos in document.positions:
        if pos.holder != person or pos.qualifier:
            continue
        body = document.actor(pos.organization or "")
        if (body is not None and body.kind in STATE_PARTS | {"state"}) or (body is None and pos.country):
            return True
    return False


def with_organ_states(document: Document, refs: list[str]) -> list[str]:
    """`refs` with the state each organ or territory of a state among them belongs to ("the
    Defence Ministry of Japan" -> Japan, "Sevastopol City of Russia" -> Russia), as PLOVER codes an
    actor's country; only a state the article names."""
    states = {a.country: a.id for a in document.actors if a.kind == "state" and a.country}
    out = list(refs)
    for ref in refs:
        actor = document.actor(ref)
        state = states.get(actor.country) if actor and actor.kind in STATE_PARTS and actor.country else None
        if state and state not in out:
            out.append(state)
    return out


def _phrase_end(tok: Token) -> int:
    """Index of the last token of `tok`'s phrase without the clauses and conjuncts hung on it:
    "leaders in Baghdad and Basra who met" ends at "Baghdad"."""
    return max([tok.i, *(_phrase_end(c) for c in tok.rights if c.dep_ not in _SKIP_DEPS)])


# a story's opening, where an indefinite description introduces a body named just after
# how far (characters) after a committee's mention its members may be called "the MPs"
_COMMITTEE_REACH = 600
_LEDE_TOKENS = 80


def _post_word(word: str) -> str:
    """A post's word as one name for the words news uses for it interchangeably ("judge" for
    "justice", "reporter" for "journalist"; event_cues post_synonyms)."""
    return cues()["post_synonyms"].get(word, word)


def _next_sentence(sent: Span) -> Span | None:
    """The sentence after `sent` (past a blank line's whitespace), or None at the text's end."""
    end = sent.end
    if end >= len(sent.doc):
        return None
    return sent.doc[end].sent if not sent.doc[end].is_space else sent.doc[min(end + 1, len(sent.doc) - 1)].sent


def _main_subject(sent: Span) -> Token | None:
    """The subject of a sentence's main clause, or None."""
    return next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)


_CHAIN_SENTENCES = 12
# plural nouns that count rather than name ("thousands of jobs", "dozens of MPs")
_QUANTITY_NOUNS = frozenset({"hundred", "thousand", "million", "billion", "dozen", "score"})


def _named_between(prev: Token, tok: Token) -> bool:
    """Whether a person named between two pronouns of one gender is nearer to the second than the
    first pronoun's referent: one named as a subject (or a conjunct the parser made of one: "announced
    by Hale in his budget, and Firth is now copying it in his bid"), or after a possessive ("Hale
    and his staff are angry with Firth, and his attack on Hale"); not one named as the object of
    a subject pronoun ("he told Mr Firth that his own colleagues") nor in apposition ("his son
    Dan, who praised his father")."""
    for name in tok.doc[prev.i + 1: tok.i]:
        if name.ent_type_ != "PERSON" or name.ent_iob_ != "B":
            continue
        dep = _name_root(name).dep_
        if dep in ("nsubj", "nsubjpass", "conj") or (prev.dep_ == "poss" and dep != "appos"):
            return True
    return False


def _name_root(tok: Token) -> Token:
    """The head of the name `tok` opens ("Tony" of "Tony Blair" -> "Blair")."""
    while tok.dep_ == "compound" and tok.head.ent_type_ == tok.ent_type_ and tok.head != tok:
        tok = tok.head
    return tok


def _chain_start(tok: Token, pronouns: frozenset[str] | list[str], quoted: list[tuple[int, int]]) -> Token:
    """"He was greeted by X. ... He instructed Y": a pronoun subject continuing a run of
    sentences whose subjects are such pronouns (or things) stands for what the run's first
    pronoun does, so it is resolved from there: names listed in between, as the officials
    accompanying him, are never its referent; a sentence whose subject is a name ends the run,
    and so does one whose subject is a named person's, or one quoted (`quoted`: the spans of direct
    quotations), whose "he" is whom its speaker talks about."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head != tok.sent.root:
        return tok
    # "Mr Howard knows that ..., so he has attempted": a subject named before it in its own
    # sentence is nearer than any run
    if _named_before(tok):
        return tok
    start = tok
    sent = tok.sent
    for _ in range(_CHAIN_SENTENCES):
        if sent.start == 0:
            break
        sent = tok.doc[sent.start - 1].sent
        subject = _main_subject(sent)
        if subject is not None and any(a <= subject.idx < b and not a <= tok.idx < b for a, b in quoted):
            break
        if subject is not None and subject.lower_ in pronouns:
            start = subject
            if _named_before(subject):
                break  # the run begins with the one its sentence names
        elif subject is not None and (_names_someone(subject) or any(
                c.dep_ == "poss" and _names_someone(c) for c in subject.children)):
            # a sentence about someone named or described by a post, or about what is theirs
            # ("Ann Lee's one new declaration is ..."): the run begins after it
            break
        # a sentence about something else ("It seems ...") does not break the run
    return start


def _is_subject(tok: Token, person: bool) -> bool:
    """Whether a mention's head is a clause's subject, or, naming a person, apposed to one ("The
    minister, Ann Lee, said"; "Pyongyang, May 5 (KCNA) -- Kim Jong Un ... inspected", whose
    dateline city the parser takes for the subject, as it takes the agency for the city's
    apposition); a conjunct of a subject is one too ("Sanders and Trump made claims"), and so is a
    person owning the main clause's subject ("Ann Lee's one new declaration is a gift. She also
    declared ..."). The subject of a relative clause is not ("like the Leeds Two - to whom the minister
    apologised - ..."): the clause is an aside on a noun, not what the text goes on about."""
    while tok.dep_ == "conj" and tok.head != tok:
        tok = tok.head
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "relcl" and not any(
            c.tag_ in ("WP", "WDT") and c.dep_ in ("nsubj", "nsubjpass") for c in tok.head.children):
        return False
    if person and tok.dep_ == "poss":
        return tok.head.dep_ in ("nsubj", "nsubjpass") and tok.head.head.dep_ == "ROOT"
    return tok.dep_ in ("nsubj", "nsubjpass") or (
        person and tok.dep_ == "appos" and tok.head.dep_ in ("nsubj", "nsubjpass"))


def _names_someone(subject: Token) -> bool:
    """Whether a subject names a person, or one person by a post ("the prime minister")."""
    return subject.ent_type_ == "PERSON" or subject.pos_ == "PROPN" or _names_one_by_post(subject)


def _named_before(tok: Token) -> bool:
    """Whether a subject before `tok` in its sentence names a person or one by a post ("Mr
    Howard knows ..., so he"; not "the Party made ..., he said")."""
    return any(t.ent_type_ == "PERSON" or _names_one_by_post(t)
               for t in tok.sent[: tok.i - tok.sent.start] if t.dep_ in ("nsubj", "nsubjpass"))


def _plural_reference(tok: Token) -> bool:
    """Whether `tok` is a third-person plural pronoun ("they", "them", "their"), or a definite noun
    that stands for parties the text named before together (pair_nouns: "the pair", "the duo";
    a counted plural: "the two leaders", "all three parties", "both men")."""
    if tok.pos_ == "PRON":
        return tok.lower_ in cues()["plural_pronouns"]
    # "the two leaders", "all three parties"
    definite = any(c.dep_ in ("det", "predet") and c.lower_ in ("the", "all") for c in tok.children)
    if tok.lemma_.lower() in cues()["pair_nouns"]:
        return definite
    return tok.tag_ == "NNS" and (
        (definite and any(c.dep_ == "nummod" and c.lower_ in ("two", "three") for c in tok.children))
        or any(c.dep_ in ("det", "predet") and c.lower_ == "both" for c in tok.children))


def _plural_subject(tok: Token) -> bool:
    """Whether a subject names several parties: a plural noun ("Democratic lawmakers") or a
    coordination ("Senators A, B and C")."""
    return tok.tag_ in ("NNS", "NNPS") or next(islice(_with_conjuncts(tok), 1, None), None) is not None


def _addressed_antecedent(tok: Token) -> Token | None:
    """"Wrote to Labour and the Tories urging them to ...", "called the three parties, asking them
    to ...": a plural object pronoun of a participle or infinitive on a verb stands for the plural
    phrase, or the body, that verb is addressed to (its object, or its "to" object); else None."""
    if tok.pos_ != "PRON" or tok.dep_ not in ("dobj", "dative"):
        return None
    clause = tok.head
    if clause.dep_ == "acl" and clause.head.dep_ == "pobj" and clause.head.head.lower_ == "to":
        # the parser may hang the participle on the phrase addressed ("wrote to X urging them")
        addressed = [clause.head]
    elif clause.dep_ in ("advcl", "xcomp"):
        # "sent a letter to the board urging them to ...": the parser may read the "to" as a dative
        addressed = [c for c in clause.head.children if c.dep_ == "dobj"] + _phrase_objects(clause.head, ("to",)) + [
            o for p in clause.head.children if p.dep_ == "dative" and p.lower_ == "to"
            for o in p.children if o.dep_ == "pobj"]
    else:
        return None
    # a body of several people ("the board", "the council") is a "them" too
    return next((a for a in addressed if a.pos_ != "PRON" and (_plural_subject(a) or (
        (row := _agent_row(a)) is not None and row.kind in _PLURAL_BODY_KINDS))), None)


def _plural_antecedent(tok: Token) -> Token | None:
    """The subject a plural pronoun continues, or None: the nearest plural subject before it in
    its sentence ("Senators A and B said they found ..."), else, for a main clause's subject, the
    previous sentence's main subject when plural ("... They asked for ..."), followed through a
    run of such pronouns ("They asked ... They also want ...")."""
    # "Protesters urged them to ...": an object pronoun never stands for its own clause's subject
    own = _own_subjects(tok)
    for _ in range(_CHAIN_SENTENCES):
        for prev in reversed(tok.sent[: tok.i - tok.sent.start]):
            if prev.dep_ in ("nsubj", "nsubjpass") and prev.pos_ != "PRON" and _plural_subject(prev) \
                    and prev.i not in own:
                return prev
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head != tok.sent.root or tok.sent.start == 0:
            return None
        subject = _main_subject(tok.doc[tok.sent.start - 1].sent)
        if subject is None:
            return None
        if subject.pos_ != "PRON":
            return subject if _plural_subject(subject) else None
        if subject.lower_ not in cues()["plural_pronouns"]:
            return None
        tok = subject
    return None


def _own_subjects(tok: Token) -> set[int]:
    """The token indices of the subjects (with their conjuncts) of the clause whose object the
    pronoun `tok` is; empty for a pronoun that is no object."""
    if tok.dep_ not in ("dobj", "dative", "pobj"):
        return set()
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    return {t.i for s in _clause_subjects(verb) for t in _with_conjuncts(s)}


def _recent_plural(tok: Token) -> Token | None:
    """The last plural common noun before the object pronoun `tok`, in its sentence or the one
    before, that is not the subject of the pronoun's own clause, a quantity ("thousands of") or
    part of a phrase of plural agents; else None (also for a subject pronoun, which continues a
    subject rather than the last noun)."""
    if tok.dep_ not in ("dobj", "dative", "pobj") or tok.head == tok:
        return None
    own = _own_subjects(tok)
    start = tok.doc[tok.sent.start - 1].sent.start if tok.sent.start else 0
    return next((prev for prev in reversed(tok.doc[start: tok.i])
                 if prev.tag_ == "NNS" and prev.pos_ == "NOUN" and prev.dep_ not in ("poss", "compound")
                 and prev.i not in own and not prev.like_num and prev.lemma_.lower() not in _QUANTITY_NOUNS
                 # "firms moving jobs abroad": a plural inside an agents' phrase is not what it is about
                 and not any(a.tag_ == "NNS" and a.pos_ == "NOUN" and _agent_row(a) for a in prev.ancestors)),
                None)


def _vocative_name(you: Token) -> Token | None:
    """The name a "you" is addressed to, set off by a comma beside it, as letters and posts
    address a party ("Thank you, Senator X, for ...", "You, Governor X, have failed us"): the
    parser hangs it on the pronoun or on its verb. None for any other word."""
    if you.lower_ != "you" or you.pos_ != "PRON":
        return None
    return next((c for c in (*you.children, *you.head.children) if c.dep_ in ("appos", "npadvmod")
                 and c.pos_ == "PROPN" and c.left_edge.i > 0 and you.doc[c.left_edge.i - 1].text == ","), None)


def _described_object(tok: Token) -> Token | None:
    """The object an "as" phrase or a second object describes ("described X as a gambler",
    "called X a liar"): the verb's direct object, or None."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "as" and tok.head.dep_ == "prep":
        if clause_subject_read_as_object(tok) is not None:
            return None  # "backing the government as France supports the rebels": a clause's subject
        verb = tok.head.head
    elif tok.dep_ == "oprd":
        verb = tok.head
    else:
        return None
    if verb.pos_ != "VERB":
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.i < tok.i), None)


def _first_line(tok: Token) -> bool:
    """Whether `tok` is in a text's first line standing alone as one short sentence: a headline
    saved at the top of the body."""
    sent = tok.sent
    words = [t for t in sent if not t.is_space]
    after = tok.doc.text[words[-1].idx + len(words[-1].text):][:1] if words else ""
    return sent.start == 0 and after == "\n" and len(words) <= _HEADLINE_TOKENS


_HEADLINE_TOKENS = 25


def _after_determiner(tok: Token) -> int:
    """Index of the phrase start `tok` without its article ("the Conservatives'" -> "Conservatives'")."""
    return tok.i + 1 if tok.lower_ in ("the", "a", "an") else tok.i


def _phrase_objects(tok: Token, preps: tuple[str, ...] = ("of",)) -> list[Token]:
    """The objects of `tok`'s phrases of the prepositions `preps` ("the ACLU of Ohio" -> "Ohio")."""
    return [o for p in tok.children if p.dep_ == "prep" and p.lower_ in preps for o in p.children if o.dep_ == "pobj"]


def _numbered_antecedent(head: Token) -> Token | None:
    """"the four", "all four": a number standing alone points back to the last noun counted with
    it in the field ("four Britons held in Cuba ... the US agreed to release the four")."""
    if not head.like_num or any(c.dep_ == "prep" for c in head.children) or not any(
            c.lower_ in ("the", "all") for c in head.lefts):
        return None
    for tok in reversed(head.doc[: head.i]):
        if tok.like_num and tok.lower_ == head.lower_ and tok.dep_ == "nummod" and tok.head.pos_ in ("NOUN", "PROPN"):
            return tok.head
    return None


_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})


def _counted(head: Token) -> Token | None:
    """"thousands of students", "one third of the guerrillas", "members of the party": the "of"
    object a count, share or membership stands for; None when `head` is no such word."""
    if not (head.like_num or head.lemma_.lower() in collective_words().get("part", ())):
        return None
    # "some in the party", "others in the community": a share "in" a body stands for it too (a
    # count "in" a place says where: "thousands in Paris")
    preps = ("of",) if head.like_num else ("of", "in")
    return next((o for p in head.children if p.dep_ == "prep" and p.lower_ in preps for o in p.children
                 if o.dep_ == "pobj" and (p.lower_ == "of" or o.ent_type_ not in _PLACE_ENTS)), None)


def harm_noun(tok: Token) -> bool:
    """Whether `tok` is a noun of harm done to someone (event_cues harm_nouns: "the shooting of
    X", "his murder"), whose victim no act about the harm is aimed at; custody and charges ("the
    arrest of X", "the impeachment of X") are, when demanded or opposed."""
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in cues()["harm_nouns"]


def counter_of(tok: Token) -> Token | None:
    """The count or share whose "of" (or "in") object `tok` is ("most of Labour's donations" ->
    "most", "$20 million in Adelson money" -> "million"), which stands for it as a clause's
    subject; None when there is none."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in ("of", "in") or prep.head == prep:
        return None
    head = prep.head
    return head if head.like_num or head.lemma_.lower() in collective_words().get("part", ()) else None


def _agent_row(tok: Token) -> AgentNoun | None:
    """The agents.tsv row a phrase head names an agent by ("police", "Kurds"); a plural demonym
    ("Palestinians", "the British") takes the row of "people"."""
    if tok.pos_ not in ("NOUN", "PROPN") and not (tok.pos_ == "ADJ" and _people_of(tok)):
        return None
    low = tok.lower_
    if names_a_portfolio(tok.doc[tok.i: tok.i + 1]):
        return None  # "Culture, Media and Sport Secretary X": part of a title, not "the media"
    if tok.lemma_.lower() in cues()["mass_agent_nouns"] and tok.tag_ == "NN" and not any(
            c.dep_ == "compound" or code_of(c.text) for c in tok.lefts):
        # "use force", "disproportionate force" is violence, not an armed force ("the air force")
        return None
    row = agent_noun(tok.lemma_) or agent_noun(low) or (agent_noun(low[:-1]) if low.endswith("s") else None)
    return row or (agent_noun("people") if _people_of(tok) else None)


def _is_pronoun(tok: Token) -> bool:
    """Whether a possessor is a pronoun ("his", "their", "whose")."""
    return tok.pos_ == "PRON" or tok.tag_ in ("PRP$", "WP$")


def _relative_antecedent(head: Token) -> Token | None:
    """The noun a relative clause is about when `head` is its "whose" phrase ("the attorney
    general, whose office was probing X" -> "general"), or None."""
    if not any(c.dep_ == "poss" and c.tag_ == "WP$" for c in head.lefts):
        return None
    clause = head.head
    return clause.head if clause.dep_ == "relcl" and head.dep_ in ("nsubj", "nsubjpass") else None


def _bare_vague(head: Token) -> bool:
    """Whether `head` is a vague agent noun (collectives.tsv "vague": "people", "women") with
    nothing setting its members apart (an article, count, modifier, possessor or "of"/"from"/"in"
    phrase), so it names a class rather than a party."""
    if head.lemma_.lower() not in collective_words().get("vague", ()) or counter_of(head) is not None:
        return False  # "thousands of people" are counted, so a party
    return not any(c.dep_ in ("det", "nummod", "amod", "compound", "nmod", "poss", "quantmod")
                   or (c.dep_ == "prep" and c.lower_ in _COUNTRY_PREPS) for c in head.children)


def _institution_use(head: Token) -> bool:
    """Whether `head` is a bare singular noun after "in", "into" or "to" ("evidence in court",
    "took them to court", "years in government": the institution as a setting or a state one is
    in; "rallied outside parliament" still names whom a protest faces) or any noun after a
    preposition of time ("during the election campaign"): no party acting."""
    if head.dep_ == "pobj" and head.head.lower_ in ("during", "throughout"):
        return True
    return head.tag_ == "NN" and head.dep_ == "pobj" and head.head.lower_ in ("in", "into", "to") and not any(
        c.dep_ in ("det", "nummod", "amod", "compound", "nmod", "poss", "quantmod", "prep") for c in head.children)


def _activity_use(head: Token) -> bool:
    """Whether `head` is a noun naming an activity as well as the body running it (event_cues
    activity_nouns) with no name or owner to mark the body: "the election campaign", "a poster
    campaign" are the activity ("the Clinton campaign", "his campaign", "the Yes campaign" are not),
    and so is one a common noun says the kind of, whoever owns it ("the party's billboard campaign")."""
    if head.lemma_.lower() not in cues()["activity_nouns"]:
        return False
    mods = [c for c in head.lefts if c.dep_ in ("compound", "nmod", "amod", "poss")]
    if any(m.dep_ == "compound" and m.pos_ == "NOUN" and m.text.islower() for m in mods):
        return True
    return bool(mods) and not any(m.dep_ == "poss" or m.pos_ == "PROPN" or m.text[:1].isupper() for m in mods)


def _arrangement_use(head: Token) -> bool:
    """Whether `head` is a noun naming an arrangement as well as the body it makes (event_cues
    arrangement_nouns) with a "with" phrase naming a partner: "ruled out a coalition with Labour"
    names the arrangement, no party ("the ruling coalition" is one)."""
    return head.lemma_.lower() in cues()["arrangement_nouns"] and any(c.dep_ == "prep" and c.lower_ == "with" for c in head.children)


def _unspecific_plural(head: Token) -> bool:
    """Whether `head` is a plural whose only modifiers are adjectives that set no members apart
    (collectives.tsv "unspecific"): "messages from different countries", "various groups"."""
    if head.tag_ not in ("NNS", "NNPS"):
        return False
    mods = [c for c in head.children if c.dep_ in ("det", "nummod", "amod", "compound", "nmod", "poss", "quantmod")]
    unspecific = collective_words().get("unspecific", frozenset())
    return bool(mods) and all(m.dep_ == "amod" and m.lower_ in unspecific for m in mods)


def _class_plural(head: Token) -> bool:
    """Whether `head` is a bare plural a present-tense relative clause defines as a class
    ("parents who refuse contact", "judges can jail parents who breach orders"): whoever does
    that, not a party acting in the story ("protesters who gathered outside" are some)."""
    if head.tag_ not in ("NNS", "NNPS") or any(c.dep_ in ("det", "poss", "nummod") for c in head.children):
        return False
    # ("trade ministers of the G20, which Italy now chairs": a clause with a subject of its own
    # is about something else, however the parser hangs it)
    return any(c.dep_ == "relcl" and c.tag_ in ("VBP", "VBZ") and not any(
        s.dep_ in ("nsubj", "nsubjpass") and s.tag_ not in ("WP", "WDT") for s in c.children) for c in head.children)


def _people_of(tok: Token) -> str | None:
    """The state whose people a phrase head names by its demonym ("Palestinians" -> PSE; "the
    British" -> GBR), or None. Only a plural, or a demonym standing as the head after "the"."""
    if not tok.text[:1].isupper():
        return None
    plural = tok.tag_ in ("NNS", "NNPS") or tok.lower_.endswith("s")
    headed = any(c.lower_ == "the" for c in tok.lefts)
    forms = [tok.text[:-1]] if plural and tok.lower_.endswith("s") else []
    forms += [tok.text] if plural or headed else []
    for text in forms:
        form = form_of(text)
        if form is not None and form.form == "demonym" and (not form.ambiguous or tok.ent_type_ == "NORP"):
            return form.code
    return None


def _with_conjuncts(head: Token) -> Iterator[Token]:
    """The head and what is coordinated with it, also after an apposition ("his counterpart,
    X, and the leader, Y"). An apposition that is itself coordinated is a list member the parser
    misread ("from A, B and C" parsed as A with the apposition "B and C"), so it is yielded too;
    but a common-noun apposition to a name describes it ("X, former minister and now commissioner")."""
    yield head
    names = [c for c in head.children if c.dep_ == "appos" and (c.pos_ == "PROPN" or head.pos_ != "PROPN")]
    for base in [head, *names]:
        if base is not head and base.conjuncts:
            yield base
        for tok in base.conjuncts:
            if tok.i > head.i:
                yield tok


def patient_span(head: Token) -> Span | None:
    """The words naming people only by a count or an indefinite description (collectives.tsv
    "patient": "four men", "a 19-year-old man from Hull"), or None; "the man" points back to
    someone named and is no such phrase."""
    if head.pos_ != "NOUN" or head.lemma_.lower() not in collective_words().get("patient", ()):
        return None
    counted = [c for c in head.children if c.dep_ == "nummod"
               or (c.dep_ == "det" and c.lower_ in ("a", "an", "another", "some", "several"))]
    if not counted:
        return None
    mods = [m for m in head.lefts if m.dep_ in _NAME_DEPS]
    # "a man from Hull": where the people come from is part of how they are named
    origins = [p for p in head.rights if p.dep_ == "prep" and p.lower_ == "from"]
    start = min([head.i, *(m.left_edge.i for m in [*mods, *counted] if m.lower_ not in ("a", "an"))])
    end = max([head.i, *(o.i for p in origins for o in p.children if o.dep_ == "pobj")])
    return head.doc[start: end + 1]
