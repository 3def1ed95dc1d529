"""Event roles: who does a triggered act (sources) and to whom (targets), read from the parse and
resolved to the article's actors and groups by `participants.Resolver`; courts, bills, policies and
sites get their own readings (a lawsuit never sues its court, a stance on an unowned bill is taken
toward the legislature, a visit to a factory meets no one)."""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from newsgraph.extract.countries import leading_country
from newsgraph.extract.dates import dateline
from newsgraph.extract.event_grammar import (
    elliptic_clauses, is_negated, is_passive, object_tokens, passive_subjects, predicates, prep_objects, quantified,
    relcl_members, subjects, verb_lemma,
)
from newsgraph.extract.event_lexicon import (
    COURT_ROLE, ORGANISER_ROLE, PENALTY, VENUE_ROLE, agent_noun, cues, verb_entries,
)
from newsgraph.extract.event_triggers import Trigger
from newsgraph.extract.lexicon import is_title_head
from newsgraph.extract.participants import STATE_PARTS, Resolver, counter_of, holds_state_post, is_anti
from newsgraph.extract.positions import LEFT_QUALIFIER
from newsgraph.extract.states import code_of
from newsgraph.model import Actor, Document

def _speakers(clause: Token, resolver: Resolver) -> list[str]:
    """Who says `clause`: the subject of the speech verb it depends on, else its quote's speaker."""
    for anc in clause.ancestors:
        if anc.lemma_.lower() in cues()["speech_verbs"]:
            return [r for s in subjects(anc) for r in resolver.phrase(s)]
    speaker = resolver.speaker_at(clause)
    return [speaker] if speaker else []


def arrival_verb(noun: Token) -> Token | None:
    """"Congratulations came from A, B and C": the verb of arrival an event noun is the subject
    of, which carries the noun's sender ("from") and addressee ("to"); also through a count or
    share of the noun ("most of Labour's donations came from unions", "$20m in Adelson money is
    headed to X")."""
    head = counter_of(noun) or noun
    verb = head.head
    if head.dep_ in ("nsubj", "nsubjpass") and verb_lemma(verb) in cues()["arrival_verbs"]:
        return verb
    return None


def _clause_of(noun: Token, mode: str | None = None) -> Token | None:
    """"walked out in protest against X", "threw stones during demonstrations": the active verb
    whose "in"/"during" phrase names the act as the way it was done, so its subject does it; also
    a copula whose subject is "in" the act ("federal authorities are in talks with X", "X was locked
    in talks with Y"). A visit
    its subject is "on" or back "from" is the subject's too ("X is on a visit to Y", "X, on a trip
    to Y, met Z", "X has returned from a tour of Y"), as is a meeting its subject is "at" or comes
    "from" ("at a breakfast with the delegation, X said", "emerged from talks with Y")."""
    prep = noun.head
    own = {"visit": {"on", "from"}, "meet": {"at", "from"}}.get(mode or "", set())
    manner = cues()["manner_preps"] | own
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in manner:
        return None
    if prep.lower_ in own and prep_objects(noun, "between"):
        return None  # "shouted at the meeting between X and Y": the meeting has its own parties
    verb = prep.head
    if any(prep.lower_ in r.objects for r in verb_entries(verb_lemma(verb))):
        # "participating in the camping": the preposition names what the verb's own act is in
        return None
    engaged = verb.lemma_ == "be" and (prep.lower_ == "in" or prep.lower_ in own)
    return verb if (verb.pos_ == "VERB" or engaged) and not is_passive(verb) else None


def _patient_owned(trig: Trigger) -> bool:
    """Whether the trigger is a noun of harm or custody (event_cues patient_nouns) with no "of"
    phrase, so that its possessor is whom it is done to ("her arrest", not "Russia's arrest of X")."""
    word = trig.word
    return trig.nominal and word.lemma_.lower() in cues()["patient_nouns"] and not prep_objects(word, "of")


def _claiming_verb(noun: Token) -> Token | None:
    """The verb by which its subject owns an act named by `noun` ("the Houthis claimed
    responsibility for the attack", "IS claimed the bombing", "took credit for the strike"), so
    the claimant is its doer; a denial or a negated claim owns nothing."""
    c = cues()
    if noun.dep_ == "pobj" and noun.head.lower_ == "for":
        # (the parser hangs the "for" on the noun claimed or on its verb)
        held = noun.head.head
        owned = next((o for o in (held, *(o for o in held.children if o.dep_ == "dobj"))
                      if o.lemma_.lower() in c["claimed_nouns"]), None)
        if owned is None:
            return None
    elif noun.dep_ == "dobj" and noun.head.lemma_.lower() == "claim":
        owned = noun
    else:
        return None
    verb = owned.head
    if owned.dep_ != "dobj" or verb.lemma_.lower() not in c["claiming_verbs"] or is_negated(verb):
        return None
    return verb


def event_sources(trig: Trigger, resolver: Resolver) -> list[str]:
    gov = trig.governor
    if trig.nominal:
        heads = [] if _patient_owned(trig) else [c for c in gov.children if c.dep_ == "poss"]
        heads += prep_objects(gov, "by") + prep_objects(gov, "from")
        held = _holding_clause(gov)
        if held is not None:
            # ("the sanctions imposed by the EU on Iran": a participle's agent)
            heads += [s for s in held.children if s.dep_ == "nsubj" and s.tag_ not in ("WP", "WDT")] + [
                o for a in held.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
        arrival = arrival_verb(gov)
        if arrival is not None:
            heads += prep_objects(arrival, "from")
        refs = [r for h in heads for r in resolver.phrase(h)]
        if not refs:
            examined = examined_parties(trig, resolver)
            # "at a Michigan rally": a region modifying a gathering says where it was held
            placed = trig.entry.plover == "PROTEST"
            refs = [r for c in gov.lefts if c.dep_ in ("compound", "amod", "nmod") and not is_anti(c) and not c.is_punct
                    for r in [resolver.one(c)] if r and r not in examined
                    and not (placed and resolver.kinds.get(r) == "region")]
        clause = _clause_of(gov, trig.entry.mode) if trig.entry.plover not in cues()["suffered_types"] else None
        if not refs and clause is not None:
            refs = [r for h in subjects(clause) for r in resolver.phrase(h)]
        if not refs and trig.entry.mode == "visit" and gov.dep_ == "pobj" and gov.head.lower_ == "on":
            # "a reception in honour of the Lao delegation on a visit to the DPRK": who is on the
            # visit is the noun the phrase follows (the parser may hang it on a passive verb, whose
            # subject, where it names a party, is the one visiting: "the delegation was received
            # by X on a visit to Y")
            holder, before = gov.head.head, gov.doc[gov.head.i - 1]
            if holder.pos_ in ("NOUN", "PROPN"):
                refs = resolver.phrase(holder)
            elif is_passive(holder):
                refs = [r for h in passive_subjects(holder) for r in resolver.phrase(h)]
                if not refs and before.pos_ in ("NOUN", "PROPN") and before.head.head.dep_ != "agent":
                    refs = resolver.phrase(before)
        claimer = _claiming_verb(gov)
        if not refs and claimer is not None:
            refs = [r for h in subjects(claimer) for r in resolver.phrase(h)]
        return refs
    if trig.inverse:
        # "came under attack from X", "is under investigation by the committee": the noun's agent
        heads = prep_objects(gov, "from") + prep_objects(trig.word, "from") + prep_objects(trig.word, "by")
        refs = [r for h in heads for r in resolver.phrase(h)]
        # "drew Chinese criticism", "received Putin's message": the noun's own modifier sends it
        refs = refs or [r for c in trig.word.lefts if c.dep_ in ("poss", "compound", "amod", "nmod")
                        for r in [resolver.one(c)] if r]
        # "won the endorsement of X": a stance's "of" names who takes it
        stance = trig.entry.plover in cues()["policy_stance_types"]
        return refs or [r for p in trig.word.children if stance and p.dep_ == "prep" and p.lower_ == "of"
                        for o in p.children if o.dep_ == "pobj" for r in resolver.phrase(o)]
    if trig.obligation:
        speakers = _speakers(gov, resolver)
        if PENALTY in trig.entry.objects and not any(_can_penalise(resolver, r) for r in speakers):
            # "the next government will pay a heavy price," said an academic: a forecast, no threat
            return []
        return speakers
    if is_passive(gov):
        heads = _agents(trig)
        if not heads and trig.word != gov and trig.word.dep_ == "nsubjpass" \
                and len(paired_modifiers(trig.word, resolver)) < 2:
            # "the FBI probe of X was reopened", "Russia's offensive was launched": with no agent
            # on the verb, the event noun's own modifier names its doer ("a DPRK-Laos match was
            # held" names both sides, read as a pair)
            examined = examined_parties(trig, resolver)
            own = [r for c in trig.word.lefts if c.dep_ in ("poss", "compound", "nmod")
                   for r in [resolver.one(c)] if r and r not in examined]
            if own:
                return own
        if not heads and trig.entry.plover in cues()["moved_force_types"]:
            # "British troops were deployed to Iraq": the forces moved stand for their side;
            # "dispatched ... under the decision of the Political Bureau": so does who sent them
            heads = _mandators(gov) + passive_subjects(gov)
        if not heads and _stated_legal_action(trig):
            return _speakers(gov, resolver)
        if not heads and trig.entry.cameo in cues()["enforcement_cameos"]:
            # "Police said the two men had been arrested": with no agent, the force reporting an
            # arrest or a charge is the one that made it
            speakers = _speakers(gov, resolver)
            if speakers and all(_sector(resolver, r) in cues()["enforcement_sectors"] for r in speakers):
                return speakers
    else:
        heads = []
        for subj in subjects(gov):
            members = relcl_members(subj) if gov.dep_ == "relcl" else []
            heads += members or [subj]
        # "all official parties are aligned in supporting X": a class in general is no doer
        heads = [h for h in heads if not quantified(h)]
        # "Future45, a super PAC that intends to hammer X": the clause describes the party named
        # before the apposition, not a second party called by the common noun
        heads = [h.head if h.dep_ == "appos" and resolver.one(h.head) else h for h in heads]
    # "a resolution urging X": a document acts for whoever issued it
    authors = [r for h in heads for r in [resolver.author(h)] if r]
    return authors or [r for h in heads for r in resolver.phrase(h)]


def _can_penalise(resolver: Resolver, ref: str) -> bool:
    """Whether a speaker could exact a penalty it says another party will meet: a state, a body,
    a party or an outlet (state media speak for their state), or a person holding a post of state
    or of a party."""
    if not resolver.is_person(ref):
        return True
    bodies = STATE_PARTS | {"state", "party"}
    return any(p.holder == ref and LEFT_QUALIFIER not in (p.qualifier or "").split()
               and (resolver.kinds.get(p.organization or "") in bodies or (not p.organization and p.country))
               for p in resolver.ctx.document.positions)


def examined_parties(trig: Trigger, resolver: Resolver) -> list[str]:
    """"The Clinton email probe", "the Trump University fraud inquiry": the people an inquiry
    noun's modifiers name (a row of event_cues inquiry_modes) are whom it examines where they
    qualify the conduct examined ("email", "fraud"); a name right before the noun is its chair's
    ("the Hutton inquiry"), and a body there conducts it ("the FBI probe")."""
    word = trig.word
    if trig.entry.mode not in cues()["inquiry_modes"]:
        return []
    if word.pos_ != "NOUN":
        # "investigated Clinton's use of a private server", "is probing Dougherty's claim": an
        # inquiry examines whose conduct or claim its object is (not whose murder: patient_nouns)
        return list(dict.fromkeys(r for o in object_tokens(word) if o.lemma_.lower() not in cues()["patient_nouns"]
                                  for p in o.children if p.dep_ == "poss" for r in resolver.phrase(p)))
    names = [t for c in word.lefts if c.dep_ in ("compound", "nmod") for t in c.subtree
             if t.pos_ == "PROPN" and any(m.pos_ == "NOUN" for m in word.doc[t.i + 1: word.i])]
    return list(dict.fromkeys(r for t in names for r in [resolver.one(t)] if r and resolver.is_person(r)))


def crowd_sources(trig: Trigger, resolver: Resolver) -> list[str]:
    """The gathered people (`Resolver.crowd`) who do a verb's act: its subject ("All the
    participants paid tribute to X"), or its "by" object in the passive ("X was presented with
    bouquets by children"), with their conjuncts. Read only where the act's own grammar found
    its target, since such a noun names no party anywhere else."""
    gov = trig.governor
    if trig.nominal or trig.inverse or trig.obligation:
        return []
    heads = _agents(trig) if is_passive(gov) else subjects(gov)
    return list(dict.fromkeys(r for h in heads for t in (h, *h.conjuncts) for r in [resolver.crowd(t)] if r))


def _agents(trig: Trigger) -> list[Token]:
    """The "by" agent of a passive trigger; for "was presented with flowers by students" also where
    the parser hangs it on the noun given."""
    return prep_objects(trig.governor, "by") + (prep_objects(trig.word, "by") if trig.furnishing else [])


def _mandators(verb: Token) -> list[Token]:
    """Who a passive act was done on the authority of: the "of" object of a decision, order or
    instruction (event_cues mandate_nouns) the act is "under" or "by" ("dispatched to the area under
    the decision of the Political Bureau", "deployed by order of the Supreme Command")."""
    mandates = [o for p in verb.children if p.dep_ in ("prep", "agent") and p.lower_ in ("under", "by", "on")
                for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in cues()["mandate_nouns"]]
    return [o for m in mandates for o in prep_objects(m, "of")]


def _sector(resolver: Resolver, ref: str) -> str | None:
    """Actor `ref`'s sector (`actor_sector`), or None for no actor."""
    actor = resolver.ctx.document.actor(ref)
    return actor_sector(actor) if actor is not None else None


def actor_sector(actor: Actor) -> str | None:
    """An actor's sector, else the one its name's head noun gives ("Sydney police": COP)."""
    row = agent_noun(actor.name.split()[-1]) if actor.name else None
    return actor.sector or (row.sector if row is not None else None)


def _stated_legal_action(trig: Trigger) -> bool:
    """"Anyone who votes twice will be prosecuted," said the director: legal action (event_cues
    legal_threat_cameos) stated as certain to come, in the passive with no agent, is taken by
    whoever states it (a "could" or "may" only supposes it)."""
    gov = trig.governor
    return trig.entry.cameo in cues()["legal_threat_cameos"] and any(
        a.dep_ == "aux" and a.lower_ in cues()["certain_aux"] for a in gov.children)


def shared_objects(verb: Token) -> list[Token]:
    """"Police arrested and charged John Smith", "condemned and rejected the claims": a verb with no
    object of its own shares that of the verb coordinated right after it, which has no subject of
    its own."""
    if any(c.dep_ in ("dobj", "dative", "ccomp", "xcomp", "prt") for c in verb.children):
        return []
    partner = next((c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"), None)
    if partner is None or any(c.dep_ in ("nsubj", "nsubjpass") for c in partner.children) \
            or not any(c.dep_ == "cc" and verb.i < c.i < partner.i for c in verb.children):
        return []
    return [c for c in partner.children if c.dep_ == "dobj"]


def _holding_clause(noun: Token) -> Token | None:
    """"a meeting she had with X", "the sanctions imposed by the EU on Iran": a relative clause or
    participle on an event noun whose verb is a light verb holds the act, its subject or agent the
    doer and its phrases the noun's."""
    # ("demands that the government grant more rights": a clause with an object of its own, or
    # opened by "that" as a conjunction, says what the noun is, no one's holding of it)
    return next((v for v in noun.children if v.dep_ in ("relcl", "acl") and v.pos_ in ("VERB", "AUX")
                 and v.lemma_.lower() in cues()["light_verbs"]
                 and not any(c.dep_ in ("dobj", "ccomp", "mark") for c in v.children)), None)


def target_heads(trig: Trigger) -> list[Token]:
    """The phrase heads in the trigger's target slots (object, or its entry's prepositions)."""
    gov, word = trig.governor, trig.word
    if trig.inverse or trig.obligation:
        # ("X will be forced to pay dearly", "X would be well advised to ...": a modal's passive
        # subject is who is threatened or asked)
        return subjects(gov) or (passive_subjects(gov) if trig.obligation else [])
    passive = is_passive(gov)
    if trig.furnishing:
        return passive_subjects(gov) if passive else [c for c in gov.children if c.dep_ in ("dobj", "dative")]
    heads: list[Token] = []
    if trig.rallying:
        heads += prep_objects(word, "of") + [c for c in word.children if c.dep_ == "poss"]
    for role in trig.entry.target:
        if role == "dobj":
            if trig.nominal:
                heads += prep_objects(word, "of")
            elif passive:
                heads += passive_subjects(gov)
            else:
                objects = [c for c in gov.children if c.dep_ in ("dobj", "dative")]
                # "called out Senator X": the object of a phrasal verb misread as a predicate
                if not objects and any(c.dep_ == "prt" for c in gov.children):
                    objects = [c for c in gov.children if c.dep_ == "oprd"]
                # "ruled the order unconstitutional": what the predicate is said of; "want him to
                # resign", "challenged Mr X to stand down" (parsed with X as the infinitive's
                # subject): whom a wish or an admonition asks to act is its infinitive's subject
                lemma = gov.lemma_.lower()
                wished = [n for x in gov.children if x.dep_ in ("ccomp", "xcomp")
                          and (lemma in cues()["wish_verbs"] or (lemma in cues()["admonition_verbs"] and any(
                              a.dep_ == "aux" and a.lower_ == "to" for a in x.children)))
                          for n in x.children if n.dep_ == "nsubj"]
                heads += objects or [n for p in predicates(gov) for n in p.children if n.dep_ == "nsubj"] or wished \
                    or shared_objects(gov)
        elif role == "dative" and not trig.nominal and not passive:
            # "gave the director extra security": whom the object is given to
            heads += [c for c in gov.children if c.dep_ == "dative"]
        elif role == VENUE_ROLE:
            # "took part in the Olympic Games held in Paris": where the event attended is held
            attended = [c for c in gov.children if c.dep_ == "dobj"] + prep_objects(gov, "in")
            heads += [o for a in attended for held in a.children if held.dep_ == "acl" and held.tag_ == "VBN"
                      for p in cues()["place_preps"] for o in prep_objects(held, p)]
        elif role == ORGANISER_ROLE:
            # "attended a BNP meeting", "took part in the congress of the youth league", "presided
            # over a session of the council", "protested at Labour's conference": the party holding
            # the gathering (event_cues gathering_nouns) named on its noun
            attended = [c for c in gov.children if c.dep_ == "dobj"] + [
                o for p in ("in", "over", "at", "during") for o in prep_objects(gov, p)]
            held = [a for a in attended if a.lemma_.lower() in cues()["gathering_nouns"]]
            heads += [o for g in held for o in _organisers(g)]
        elif role != COURT_ROLE:
            carrier = gov if word != gov else (arrival_verb(word) or _holding_clause(word)) if trig.nominal else None
            found = prep_objects(word, role) + (prep_objects(carrier, role) if carrier is not None else [])
            clause = _clause_of(word) if trig.nominal and not found else None
            if clause is not None:
                # "resigned in protest at X's plans": the parser may hang the noun's preposition,
                # right after it, on the verb whose manner the noun names
                found = [o for p in clause.children if p.dep_ == "prep" and p.lower_ == role
                         and p.i == word.right_edge.i + 1 for o in p.children if o.dep_ == "pobj"]
            if not found and not trig.nominal and trig.entry.objects:
                # "answered questions from voters", "gave care to the victims": the parser may hang
                # the preposition on the object the row names rather than on the verb
                # ("went on strike over X's plans": or on the object of the preposition it names)
                objs = [c for c in gov.children if c.dep_ == "dobj"] + [
                    o for p in gov.children if p.dep_ == "prep" for o in p.children
                    if o.dep_ == "pobj" and f"{p.lower_}:{o.lemma_.lower()}" in trig.entry.objects]
                found = [o for obj in objs for o in prep_objects(obj, role)]
            if not found and not trig.nominal and role == "with":
                # "discussed the election campaign with Blair": a partner's "with" the parser hung
                # on a topic the verb takes as its object is the verb's
                found = [o for obj in gov.children if obj.dep_ == "dobj" and obj.pos_ == "NOUN"
                         and (agent_noun(obj.lemma_) is None or obj.lemma_.lower() in cues()["activity_nouns"])
                         for o in prep_objects(obj, role)]
            heads += found
    if not heads and _patient_owned(trig):
        # "her arrest by the FBI", "his impeachment by the House": whom a harm or custody is done to
        heads += [c for c in word.children if c.dep_ == "poss"]
    if not heads and trig.nominal:
        # "attacks aimed at the establishment", "criticism directed at Ryan": a participle of aiming
        # on the noun names whom the act is aimed at
        aimed = [a for a in word.children if a.dep_ == "acl" and a.lemma_.lower() in cues()["aiming_verbs"]]
        heads += [o for a in aimed for p in cues()["aiming_preps"] for o in prep_objects(a, p)]
        # "X went ahead despite opposition from Y", "X resigned after criticism from Y": what is
        # opposed is the act or the doer of the clause the phrase qualifies
        # (after "after", "amid", "following" only where the noun names who objects: "after sustained
        # criticism over waiting times" may be anyone's)
        prep = word.head.lower_
        if not heads and word.dep_ == "pobj" and (prep in cues()["concessive_preps"] or (
                prep in cues()["occasion_preps"] and (prep_objects(word, "from") or prep_objects(word, "by")))) \
                and trig.entry.plover in cues()["objection_types"] and word.head.head.pos_ in ("VERB", "AUX"):
            heads += subjects(word.head.head)
    if not heads and gov.dep_ == "relcl" and any(c.lower_ == "where" for c in gov.children) and any(
            r in cues()["place_preps"] for r in trig.entry.target):
        # "Basra, where British forces are stationed": the place the clause is about
        heads = [gov.head]
    return heads


def _named_organisers(gathering: Token) -> list[Token]:
    """The party a gathering noun names as holding it: its possessor, a name before it, its "of"
    or "by" phrase, or the agent of a participle on it ("a BNP meeting", "the congress of the youth
    league", "a lunch hosted by X")."""
    hosted = [o for a in gathering.children if a.dep_ == "acl" and a.tag_ == "VBN"
              for c in a.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    return [c for c in gathering.children if c.dep_ == "poss" or (c.dep_ == "compound" and c.pos_ == "PROPN")] + (
        prep_objects(gathering, "of") + prep_objects(gathering, "by") + hosted)


def _organisers(gathering: Token) -> list[Token]:
    """Who holds a gathering: named on its noun, or for "the meeting" naming no one, on the last
    mention of the same noun before it that names one ("a meeting of the Political Bureau was held
    ... Kim Jong Un presided over the meeting")."""
    named = _named_organisers(gathering)
    if named or not _definite(gathering):
        return named
    for earlier in reversed(gathering.doc[: gathering.i]):
        if earlier.lemma_ == gathering.lemma_ and earlier.pos_ == "NOUN":
            named = _named_organisers(earlier)
            # past "the meeting" again, back to where it was introduced; another one ends the search
            if named or not _definite(earlier):
                return named
    return []


def _definite(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)


def target_refs(head: Token, resolver: Resolver) -> list[str]:
    """Who a target slot names; a place in a slot of the entry ("imposed a curfew in Algiers")
    stands for its state, as PLOVER codes acts done to a territory."""
    refs = resolver.phrase(head)
    located = (head.dep_ == "pobj" and head.head.lower_ in cues()["place_preps"]) or any(
        c.dep_ == "relcl" and any(w.lower_ == "where" for w in c.children) for c in head.children)
    if refs or not located:
        return refs
    # "in Basra in southern Iraq": an unknown place is placed by the one it is in
    inner = [o for p in head.children if p.dep_ == "prep" and p.lower_ in cues()["place_preps"]
             for o in p.children if o.dep_ == "pobj"]
    place = resolver.place(head) or next((r for o in inner for r in [resolver.place(o)] if r), None)
    return [place] if place else []


# dependents of an event word that do not hold whom it is done to: its doer, the speech that
# reports it, and punctuation
_NOT_SCOPE_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "agent", "parataxis", "punct", "cc", "aux", "oprd",
                             "auxpass", "neg", "mark", "det", "poss"})


_SCOPE_DEPTH = 4


# dependencies by which a noun heads a phrase of its own (not a modifier of another noun)
_PHRASE_DEPS = frozenset({"dobj", "pobj", "nsubj", "nsubjpass", "dative", "conj", "appos"})


def _names_own(head: Token, ref: str, own: set[str], countries: set[str], resolver: Resolver) -> bool:
    """Whether the agent phrase `head` (resolved to `ref`) is of the doer's own side: its actor
    has the doer's country, or the phrase names the doer or its state ("France's farmers")."""
    actor = resolver.ctx.document.actor(ref)
    if actor is not None and actor.country in countries:
        return True
    return any(resolver.actor_on(t) in own or code_of(t.text) in countries
               for t in head.subtree if t.dep_ in ("poss", "amod", "compound", "nmod", "pobj"))


# prepositions whose phrase is an aside on the act, never its target: a source of the report, or
# a party compared with the doer
_ASIDE_PREPS = frozenset({"according", "like", "unlike"})


def scope_target(trig: Trigger, source: list[str], resolver: Resolver) -> list[str]:
    """The party an act is aimed at when no object or preposition of the lexicon names it: the
    named actor nearest the event word in what it governs ("demanded that the DPRK forsake ...",
    "threatened to cut off power to Azerbaijan's exclave", "rejected calls by Belarus for aid"),
    breadth first; never the doer, its own state, a clause that only reports the act or the
    interview it was voiced in; for a lawsuit or appeal never a court or judge, which hears it
    ("appealed the case to the Sixth Circuit after the district court upheld X's order" is against X)."""
    reporting = cues()["speech_verbs"] | cues()["report_verbs"]
    lawsuit = trig.entry.cameo == cues()["lawsuit_cameo"]
    actors = {a.id: a for a in resolver.ctx.document.actors}
    countries = {a.country for r in source for a in [actors.get(r)] if a and a.country}
    own = set(source) | {resolver.state_of[code] for code in countries if code in resolver.state_of}
    roots = [trig.word] if trig.word == trig.governor else [trig.word, trig.governor]
    home: str | None = None
    seen = {t.i for t in roots}
    word = trig.word
    if word.pos_ == "NOUN" and word.lemma_.lower() in cues()["patient_nouns"] and prep_objects(word, "of"):
        # "announced the arrest of a man in the shooting of a demonstrator": a harm or custody
        # the act's own noun names is done to its "of" phrase, a party or no one named
        return []
    # "In the Commons, X demanded a statement": a place fronted before the act says where it was
    queue: deque[tuple[Token, int]] = deque(
        (ch, 1) for r in roots for ch in r.children
        if ch.dep_ not in _NOT_SCOPE_DEPS and ch.i not in seen and not _coordinated_act(ch) and not _timed_clause(ch)
        and not (ch.dep_ == "prep" and ch.lower_ in cues()["place_preps"] and ch.i == r.left_edge.i
                 and ch.i < trig.governor.i)
        # "Norfolk chief constable X has backed ...": a title the parser hung on the verb before its
        # subject is the doer's, no target ("was not German-bashing" still names whom it bashes)
        and not (ch.dep_ == "npadvmod" and any(c.dep_ == "nsubj" and ch.i < c.i < r.i for c in r.children)))
    while queue:
        tok, depth = queue.popleft()
        if tok.i in seen:
            continue
        seen.add(tok.i)
        if tok.lemma_.lower() in reporting:
            continue
        # "defended the plan despite opposition from X": a concession names another act's parties;
        # "according to a Washington Post database": a source of the report, no party to the act;
        # "we, like other governments, hold a veto": a party compared with the doer, neither
        if tok.dep_ == "prep" and (tok.lower_ in cues()["concessive_preps"] or tok.lower_ in _ASIDE_PREPS):
            continue
        # "witnesses the panel hoped to speak to about the tender": what a meeting or
        # talk is about is its topic, not whom it is with
        if tok.dep_ == "prep" and tok.lower_ == "about" and trig.entry.plover == "CONSULT":
            continue
        # "supported the Korean people's anti-U.S. struggle": whom the act it names is against
        if is_anti(tok):
            continue
        # "criticised the plan in an interview with CNN": the outlet heard the act, no target of it
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in cues()["medium_nouns"]:
            continue
        code = code_of(tok.text) if tok.dep_ in ("amod", "compound", "nmod", "poss") else None
        ref = resolver.actor_on(tok) or (resolver.state_of.get(code) if code else None)
        # a phrase naming a party by a common noun ("refused admittance to Ghanaians", "demands
        # from the rebels") is resolved as a participant would be
        agent = None
        # "will fight on her record as a hard-working MP": a common noun after "as" is the role
        # the doer acts in, no party
        role = tok.dep_ == "pobj" and tok.head.lower_ == "as"
        if ref is None and not role and tok.pos_ == "NOUN" and tok.dep_ in _PHRASE_DEPS and is_title_head(tok.lower_):
            # "withdrew their endorsement of the presidential nominee": a post names its holder
            ref = resolver.one(tok)
        if ref is None and not role and tok.pos_ in ("NOUN", "PROPN", "NUM") and tok.dep_ in _PHRASE_DEPS:
            ref = agent = resolver.agent(tok)
        # the doer's own people ("protect France's farmers from Brazil's imports") are the
        # target only when no other party is named ("investigating crimes by Croatian extremists")
        if agent and _names_own(tok, agent, own, countries, resolver):
            home = home or agent
        # "vowed he and his supporters would never quit": who stands with the doer is no target
        elif ref and ref not in own and not _beside_doer(tok, own, resolver) and not (
                lawsuit and is_judiciary(resolver, ref)):
            # a collective's state and party stand beside it, as when a slot names it ("Britons"
            # -> the UK)
            # "welcomed the decision by India and Pakistan": the parties coordinated with it too
            joined = [r for c in tok.conjuncts if c.pos_ in ("NOUN", "PROPN")
                      for r in [resolver.actor_on(c)] if r and r != ref and r not in own]
            return list(dict.fromkeys([ref, *joined] + [r for r in resolver.beside(ref) if r not in own]))
        # "defended his tweets attacking X": a clause on what the doer owns (no party itself) is
        # the doer's own act, not the one it does now ("withdrew his endorsement of X" still is X's)
        owned = ref is None and tok.pos_ == "NOUN" and any(
            c.dep_ == "poss" and (resolver.one(c) if c.pos_ == "PRON" else resolver.actor_on(c)) in own
            for c in tok.children)
        if depth < _SCOPE_DEPTH:
            # "welcomed the release of the detainees": who is released is not whom the welcome
            # is for, so the "of" phrase of an act noun is not searched
            act = tok.lemma_.lower() in cues()["act_nouns"]
            # "investigating Anna Kovac's murder": the one harm or custody is done to is not whom
            # an act about it is aimed at
            patient = tok.lemma_.lower() in cues()["patient_nouns"]
            queue.extend((ch, depth + 1) for ch in tok.children if ch.dep_ not in ("punct", "cc", "parataxis")
                         and not ((act or patient) and ch.dep_ == "prep" and ch.lower_ == "of")
                         and not (patient and ch.dep_ == "poss") and not _coordinated_act(ch) and not _timed_clause(ch)
                         and not (owned and ch.dep_ in ("acl", "relcl")))
    return [home] if home and home not in own else []


# the words opening a clause that says what else went on at the time of an act
_TIMING_MARKS = frozenset({"while", "when"})


def _timed_clause(tok: Token) -> bool:
    """"fired missiles into the sea while the G-20 leaders held a summit", "when the senator toured
    Jordan, militants broke the truce": a clause opened by "while" or "when" says what else went on;
    its parties are not the act's ("as", "after" clauses often tell the act's cause and its other
    party), nor are those of an elliptic clause ("as did Y"), who do the act themselves
    (event_framing.elliptic_repeats), nor those of a "during" phrase, which says when ("voted
    against the bill during a Senate hearing")."""
    if tok.dep_ == "prep" and tok.lower_ == "during":
        return True
    return tok.dep_ == "advcl" and (
        any(m.dep_ in ("mark", "advmod") and m.lower_ in _TIMING_MARKS for m in tok.children)
        or tok in elliptic_clauses(tok.head))


def _coordinated_act(tok: Token) -> bool:
    """"rejected the proposal and accused the senator": a verb coordinated with another is an act
    of its own, whose parties are not the first act's."""
    return tok.dep_ == "conj" and tok.pos_ in ("VERB", "AUX")


def _beside_doer(tok: Token, own: set[str], resolver: Resolver) -> bool:
    """Whether the phrase `tok` is coordinated with one naming the doer or its state ("he and
    his supporters", "Russia and its allies", "Tory and Lib Dem opposition": a word inside a name
    counts as its name's head), so it is on the doer's side."""
    while tok.dep_ == "compound" and tok.head.i > tok.i and resolver.actor_on(tok.head) == resolver.actor_on(tok):
        tok = tok.head
    return any(resolver.one(c) in own for c in tok.conjuncts)


def is_reflexive(tok: Token) -> bool:
    """"killing themselves", "declared himself the winner": a reflexive pronoun names the doer."""
    return tok.pos_ == "PRON" and tok.lower_.endswith(("self", "selves"))


def paired_modifiers(noun: Token, resolver: Resolver) -> list[str]:
    """The two parties a hyphenated modifier pair names on an event noun ("China-US talks"), or []."""
    # "the DPRK-Russia children's camping": the pair may modify a possessor of the noun
    mods = [t for c in noun.lefts if c.dep_ in ("compound", "amod", "nmod", "poss") for t in c.subtree]
    for left, dash, right in zip(mods, mods[1:], mods[2:]):
        if dash.text == "-" and left.i + 1 == dash.i == right.i - 1:
            refs = [resolver.one(left), resolver.one(right)]
            if all(refs) and refs[0] != refs[1]:
                return [r for r in refs if r]
    return []


def policy_maker(trig: Trigger, source: list[str], resolver: Resolver) -> list[str]:
    """"The unions welcomed the increase", "the CBI called for a pause": a stance on a policy
    (event_cues policy_nouns) whose maker is not named is taken toward the government the
    article names, when it names one and the doer is not part of it."""
    if trig.entry.plover not in cues()["policy_stance_types"]:
        return []
    # a minister refusing to rule out a tax rise speaks for the government, not to it
    actors = [resolver.ctx.document.actor(r) for r in source]
    if any(a is not None and (a.sector == "GOV" or a.kind == "government_body") for a in actors):
        return []
    # the subject's words are no policy the stance is on, unless the verb is passive ("the
    # system has been criticised by rights groups")
    near = [t for t in trig.word.subtree if t.i != trig.word.i and abs(t.i - trig.word.i) <= 8
            and (t.dep_ not in ("nsubj", "nsubjpass") or t.dep_ == "nsubjpass" and t.head == trig.word)]
    # "defended his party's plans to raise tax": a policy with an owner is that owner's
    if not any(t.lemma_.lower() in cues()["policy_nouns"] for t in near) or any(
            c.dep_ == "poss" for t in near for c in t.children):
        return []
    return article_government(trig.word.doc, source, resolver)


def article_government(doc: Doc, source: list[str], resolver: Resolver, home: str | None = None) -> list[str]:
    """The government body the article names as "the government", unless it is among `source`;
    given `home`, the first one of no other state ("the Qatari government" is not the home one)."""
    for tok in doc:
        if tok.lemma_.lower() == "government" and tok.pos_ == "NOUN":
            ref = resolver.one(tok)
            if ref and ref not in source and resolver.kinds.get(ref) == "government_body" and (
                    home is None or resolver.ctx.document.actor(ref).country in (None, home)):
                return [ref]
    return []


def addressed_government(doc: Doc, source: list[str], resolver: Resolver) -> list[str]:
    """"The Tories called for quotas on migrants", "the committee recommends cutting the age": a
    demand that names no one it is made of asks the government to act: the government body the
    article names as "the government", else the state its politics are of. Never where the one
    demanding is a state, a government body (a legislature's committee aside) or a holder of a
    post of state (its own policy)."""
    document = resolver.ctx.document
    for ref in source:
        actor = document.actor(ref)
        # a person speaks for the state only from a post held now: a sector (GOV) read from posts
        # all marked past is none ("former minister X demanded an inquiry")
        former = actor is not None and actor.kind == "person" and _former_only(document, ref)
        if actor is None or (actor.kind in ("state", "government_body", "military")
                             or actor.sector == "GOV" and not former) \
                and not _legislative_committee(actor) or (actor.kind == "person" and holds_state_post(document, ref)):
            return []
    return home_government(doc, source, resolver)


def _former_only(document: Document, person: str) -> bool:
    """Whether every post the article gives `person` is one held before ("former minister")."""
    posts = [p for p in document.positions if p.holder == person]
    return bool(posts) and all(p.qualifier == LEFT_QUALIFIER for p in posts)


def _legislative_committee(actor: Actor) -> bool:
    """"The Commons home affairs committee", "the Senate intelligence committee": a committee of a
    legislature (a word of event_cues legislature_words in its name), which holds the government
    to account rather than speaking for it."""
    words = actor.name.lower().split()
    return "committee" in words and any(w in cues()["legislature_words"] for w in words)


def home_government(doc: Doc, source: list[str], resolver: Resolver) -> list[str]:
    """The government body the article names as "the government" (not one of `source`), else the
    state the article's politics are of (countries.leading_country)."""
    document = resolver.ctx.document
    home = leading_country(document.actors, resolver.ctx.article.body)
    government = article_government(doc, source, resolver, home)
    if government:
        return government
    if home is None:
        return []
    return [a.id for a in document.actors if a.kind == "state" and a.country == home][:1]


def unowned_policy_maker(noun: Token, source: list[str], resolver: Resolver) -> list[str]:
    """"Members were outraged by the decision", "pleased with the new limit": a policy noun
    (event_cues policy_nouns) with no owner named on it is the government's the article names,
    else that of the doer of the act the sentence before reports (`referred_act_doers`)."""
    if noun.lemma_.lower() not in cues()["policy_nouns"] or _maker_named(noun):
        return ruling_court(noun, source, resolver)
    return article_government(noun.doc, source, resolver) or referred_act_doers(noun, source, resolver)


def ruling_court(noun: Token, source: list[str], resolver: Resolver) -> list[str]:
    """"An appeals court struck down the law. Democrats welcomed the ruling.": a court's decision
    (event_cues ruling_nouns) with no maker named on it is the court's the article names nearest
    before it (else first after)."""
    if noun.lemma_.lower() not in cues()["ruling_nouns"] or _maker_named(noun):
        return []
    return [r for r in nearest_actor(resolver, noun.idx, is_court) if r not in source]


def _maker_named(noun: Token) -> bool:
    """The noun names its maker itself: a possessor or name before it, or a "by" phrase (a common
    noun before it says what the policy is about: "job cuts", "tax rises")."""
    return any(c.dep_ == "poss" or (c.dep_ in ("compound", "nmod") and c.pos_ != "NOUN") for c in noun.children) \
        or bool(prep_objects(noun, "by"))


def bill_maker(head: Token, resolver: Resolver) -> list[str]:
    """"Vowed to veto the bill allowing families to sue": a bill (event_cues legislation_nouns)
    no one is named as owning is the legislature's that passes it, the one the article names
    last before it (else first after), not whoever the bill is about."""
    if head.lemma_.lower() not in cues()["legislation_nouns"] or any(
            c.dep_ == "poss" for c in head.children) or prep_objects(head, "by"):
        return []
    # "blocked a Democratic bill": a party named before the bill is its maker
    parties = [r for c in head.lefts if c.dep_ in ("amod", "compound")
               for r in [resolver.one(c)] if r and resolver.kinds.get(r) == "party"]
    if parties:
        return parties
    return nearest_actor(resolver, head.idx, lambda a: a.kind == "legislature")


def policy_owner(head: Token, resolver: Resolver) -> list[str]:
    """"Unions condemned the Treasury's Fair Pay Scheme", "challenging the agency's Clean Power Plan
    rules": a policy (event_cues policy_nouns) named with its owner's possessive is that owner's
    doing, so a stance on it is taken toward the owner, not toward the policy's name."""
    named = [head] + [c for c in head.lefts if c.dep_ == "compound"]
    if not any(t.lemma_.lower() in cues()["policy_nouns"] for t in named):
        return []
    return [r for t in named for c in t.children if c.dep_ == "poss" for r in resolver.phrase(c)]


def nearest_actor(resolver: Resolver, idx: int, wanted: Callable[[Actor], bool]) -> list[str]:
    """The `wanted` actor named nearest before character `idx` of the field, else first after."""
    best: tuple[int, str] | None = None
    for actor in resolver.ctx.document.actors:
        if not wanted(actor):
            continue
        for m in actor.mentions:
            if m.field != resolver.field:
                continue
            # before counts first, the nearest before; then the nearest after
            key = idx - m.start if m.start < idx else _AFTER + m.start - idx
            if best is None or key < best[0]:
                best = (key, actor.id)
    return [best[1]] if best else []


# ranks an actor named after the act behind every one named before it
_AFTER = 10 ** 9


def dateline_place(resolver: Resolver) -> tuple[str, Span] | None:
    """The state code of the wire dateline's place ("Pyongyang, July 25 (KCNA) --") and the place's
    span, read for the body only."""
    if resolver.field != "body":
        return None
    doc = resolver.ctx.docs["body"]
    line = dateline(doc.text)
    code = code_of(line.place, capitals=True) if line else None
    start = doc.text.find(line.place) if code else -1
    span = doc.char_span(start, start + len(line.place)) if start >= 0 else None
    return (code, span) if span is not None else None


def dateline_host(trig: Trigger, source: list[str], resolver: Resolver) -> list[str]:
    """"Pyongyang, July 25 (KCNA) -- Russian schoolchildren took part in the camping": the state of
    the wire dateline's place, which parties of other states attending or taking part in an event
    it reports are visiting; nothing where a doer is of that state or none of another, nor for
    taking part in hostilities ("the Soviet Army, which participated in the war")."""
    gov = trig.governor
    attended = [c for c in gov.children if c.dep_ == "dobj"] + prep_objects(gov, "in") + prep_objects(trig.word, "in")
    place = dateline_place(resolver)
    if place is None or any(a.lemma_.lower() in cues()["hostility_nouns"] for a in attended):
        return []
    countries = _doer_countries(source, resolver)
    code, span = place
    if code in countries or not countries - {None}:
        return []
    return [resolver.state(code, span)]


def _doer_countries(source: list[str], resolver: Resolver) -> set[str | None]:
    """The country of each doer (an actor's, or a group's), None where it is unknown."""
    groups = {g.id: g.country for g in resolver.groups}
    return {a.country if a else groups.get(r) for r in source for a in [resolver.ctx.document.actor(r)]}


def meeting_host(trig: Trigger, source: list[str], resolver: Resolver) -> list[str]:
    """"Blair held official talks in Jordan", "Kerry held talks in Moscow": a meeting that names no
    partner is with the state it is held in, where its doers are of another state (and one of them
    is known to be); a meeting at home ("talks in London" of a British minister) names no one."""
    gov = trig.governor
    places = prep_objects(trig.word, "in") + (prep_objects(gov, "in") if gov is not trig.word else [])
    states = [r for h in places for r in target_refs(h, resolver) if resolver.kinds.get(r) == "state"]
    if not states:
        return []
    countries = _doer_countries(source, resolver)
    code = resolver.ctx.document.actor(states[0]).country
    if code in countries or not countries - {None}:
        return []
    return states[:1]


def is_court(actor: Actor) -> bool:
    """Whether `actor` is a court: a body (not a person or group) whose name has a word of
    event_cues court_words ("Supreme Court", "Sixth Circuit") or that is of the judiciary."""
    named = bool(set(re.findall(r"\w+", actor.name.lower())) & set(cues()["court_words"]))
    return actor.kind not in ("person", "group") and (named or actor.sector == "JUD")


def is_police(actor: Actor) -> bool:
    """Whether `actor` is a police force or its officers: a body or group of the police sector, by
    the article or by its name's head noun ("West Yorkshire police")."""
    return actor.kind != "person" and actor_sector(actor) == "COP"


def is_judiciary(resolver: Resolver, ref: str) -> bool:
    """Whether actor `ref` is a court or judges ("a federal judge"), never a party to a suit."""
    actor = resolver.ctx.document.actor(ref)
    return actor is not None and (is_court(actor) or (actor.kind == "group" and actor.sector == "JUD"))


def speaks(resolver: Resolver, ref: str) -> bool:
    """Whether actor `ref` acts by speaking: a person, party, legislature or paper, or an agent
    of a speaking sector ("the opposition", "critics")."""
    actor = resolver.ctx.document.actor(ref)
    sector = actor.sector if actor is not None else None
    return resolver.kinds.get(ref) in cues()["speaking_kinds"] or sector in cues()["speaking_sectors"]


def is_facility(resolver: Resolver, ref: str) -> bool:
    """Whether actor `ref` is a site named by its facility head ("the Sunchon Cement Complex",
    "the War Museum"): visited, never met."""
    actor = resolver.ctx.document.actor(ref)
    if actor is None or actor.kind in ("person", "state"):
        return False
    return bool(set(actor.name.lower().split()) & set(cues()["facility_heads"]))


def referred_act_doers(head: Token, source: list[str], resolver: Resolver) -> list[str]:
    """"Russia annexed Crimea. The US condemned the move.", "the legislature repealed the law ...
    a judge found that action unconstitutional": an act noun (event_cues act_reference_nouns)
    after a pointing determiner, with no doer of its own, stands for the act the sentence before
    reports (the clause its speech verb reports, "officials said X did Y"); a stance taken on it
    is taken toward that act's doer, the subject of its main verb, or its agent in the passive.
    So does a noun of a change to a rule (event_cues change_nouns) whose phrase names only what
    changed ("the EU eased its rules. X welcomed the loosening of the rules")."""
    c = cues()
    lemma = head.lemma_.lower()
    change = lemma in c["change_nouns"]
    # "Ministers had proposed X, but the Lords have over-ruled this": a pointing pronoun as the
    # object stands for the act of the clause it follows, in its sentence or the one before
    pointer = head.pos_ == "PRON" and head.lower_ in c["pointing_determiners"] and head.dep_ == "dobj"
    earlier = head.head.head if pointer and head.head.dep_ == "conj" and head.head.head.i < head.head.i else None
    if not pointer and (lemma not in c["act_reference_nouns"] and not change):
        return []
    if earlier is None and head.sent.start == 0:
        return []
    own = ("poss", "compound", "amod", "nmod") + (() if change else ("prep",))
    if not pointer and (not any(d.dep_ == "det" and d.lower_ in c["pointing_determiners"] for d in head.children) or any(
            d.dep_ in own or (d.dep_ == "prep" and d.lower_ in ("by", "from")) for d in head.children)):
        return []
    verb = earlier if earlier is not None else head.doc[head.sent.start - 1].sent.root
    reported = [x for x in verb.children if x.dep_ == "ccomp" and x.pos_ in ("VERB", "AUX")]
    if verb.lemma_.lower() in c["speech_verbs"] and reported:
        verb = reported[0]
    doers = prep_objects(verb, "by") if is_passive(verb) else subjects(verb)
    return list(dict.fromkeys(r for d in doers for r in resolver.phrase(d) if r not in source))


def earlier_act_doers(head: Token, source: list[str], resolver: Resolver) -> list[str]:
    """"the Council condemned North Korea's latest nuclear test ... Obama condemned Friday's test":
    an act noun named bare (its determiner "the", or a possessive of time) stands for its last
    earlier mention in the text whose possessor or "by" agent names its doer, and a stance on it is
    taken toward that doer ("that action" points at the act just reported: `referred_act_doers`;
    an act named by a verb is `appraisal._earlier_doers`'s)."""
    if head.pos_ != "NOUN" or head.tag_ != "NN":
        return []
    marks = [d for d in head.children if d.dep_ in ("det", "poss")]
    timed = [d for d in marks if d.dep_ == "poss" and d.ent_type_ in ("DATE", "TIME")]
    if len(marks) != 1 or not (timed or marks[0].lower_ == "the") or any(
            d.dep_ == "prep" and d.lower_ in ("by", "of", "from") for d in head.children):
        return []
    for tok in reversed(head.doc[: head.sent.start]):
        if tok.lemma_ != head.lemma_ or tok.pos_ != "NOUN":
            continue
        doers = [c for c in tok.children if c.dep_ == "poss" and c.ent_type_ not in ("DATE", "TIME")] + [
            o for p in tok.children if p.dep_ == "agent" or (p.dep_ == "prep" and p.lower_ == "by")
            for o in p.children if o.dep_ == "pobj"]
        refs = [r for d in doers for r in resolver.phrase(d) if r not in source]
        if refs:
            return refs
    return []
