"""Marking an occasion: events held to mark a state's anniversary or holiday are support for that
state. "Meetings, seminars and film shows took place in Russia and Mongolia to mark the anniversary
of the victory" (datelined Pyongyang) is Russia's and Mongolia's SUPPORT of North Korea; "the
embassy held a reception to mark the founding of the DPRK" is the embassy's."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.event_grammar import prep_objects
from newsgraph.extract.event_lexicon import OCCASION_ROLE
from newsgraph.extract.event_roles import dateline_place, event_sources
from newsgraph.extract.event_triggers import Trigger
from newsgraph.extract.participants import Resolver

# the clause a purpose infinitive ("to mark ...") or participle ("..., marking ...") belongs to
_PURPOSE_DEPS = ("advcl", "xcomp", "acl")
# the nouns of a clause that can be the events held ("meetings took place", "were held", "there were")
_EVENT_DEPS = ("nsubj", "nsubjpass", "dobj", "attr")


def marking_roles(trig: Trigger, resolver: Resolver) -> tuple[list[str], list[str]] | None:
    """(source, target) of an act marking an occasion (a lexicon row with the @occasion target), or
    None for any other act. The doers are the states where the marking events were held, else
    the clause's subject; the one honoured is the state that owns the occasion ("the DPRK's
    founding", "the anniversary of the founding of the DPRK"), else, for events held abroad,
    the state of the wire dateline's place."""
    if OCCASION_ROLE not in trig.entry.target:
        return None
    gov = trig.governor
    clause = gov.head if gov.dep_ in _PURPOSE_DEPS and gov.head != gov else gov
    hosts = _host_states(clause, resolver)
    occasions = [c for c in gov.children if c.dep_ == "dobj"]
    owners = [r for o in occasions for r in _owners(o, resolver)]
    if not hosts:
        source = event_sources(trig, resolver)
        return source, [o for o in owners if o not in source]
    if not owners:
        place = dateline_place(resolver)
        codes = {resolver.ctx.document.actor(h).country for h in hosts}
        if place is not None and place[0] not in codes:
            owners = [resolver.state(*place)]
    return hosts, [o for o in owners if o not in hosts]


def _host_states(clause: Token, resolver: Resolver) -> list[str]:
    """The states of the places the events of `clause` were held "in" ("film shows took place in
    Russia, Mongolia and Vietnam", "meetings were held in Moscow")."""
    nouns = [c for c in clause.children if c.dep_ in _EVENT_DEPS]
    heads = [clause] + [n for c in nouns for n in (c, *c.conjuncts)]
    places = [p for h in heads for o in prep_objects(h, "in") for p in (o, *o.conjuncts)]
    return list(dict.fromkeys(r for p in places for r in [resolver.place(p)] if r))


def _owners(occasion: Token, resolver: Resolver) -> list[str]:
    """The states an occasion belongs to: its possessor ("the DPRK's founding anniversary"), or
    the "of" phrase it is of, one noun deep ("the anniversary of the DPRK", "the anniversary of
    the founding of the DPRK")."""
    heads = [c for c in occasion.children if c.dep_ == "poss"]
    nouns = prep_objects(occasion, "of")
    heads += nouns + [o for n in nouns for o in prep_objects(n, "of")]
    refs = [r for h in heads for r in resolver.phrase(h)]
    return list(dict.fromkeys(r for r in refs if resolver.kinds.get(r) == "state"))
