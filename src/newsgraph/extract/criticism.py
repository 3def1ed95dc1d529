"""Criticism stage: what a speaker says against another party, as that speaker's ACCUSE.

News reports most criticism as speech, not with a verb of accusing: "Mr Fox said the posters were
a sign of sinister tactics by Labour", a ministry's statement calling another state's drills "a
reckless provocation". Inside each quote (direct or reported), a word of disapproval
(data/criticism.tsv) is aimed at the party that owns it:
  1. a noun's possessor, its "of"/"by" complement or a name modifying it ("the U.S. provocation");
  2. an adjective's noun, read the same way ("the government's cynical plan");
  3. else the subject of the clause the word belongs to ("the plan is a sham", "they lied").
That party, when it is not on the speaker's side (the speaker, its state, the bodies it holds a
post in), is the target of one ACCUSE (CAMEO 111) by the speaker; repeated criticism of the same
party folds into one event with a mention per sentence. Negated words ("was not illegal") and
words the speaker applies to itself are skipped.
"""

from __future__ import annotations

import functools

from spacy.tokens import Doc, Token

from newsgraph.extract.event_lexicon import LexEntry, cues, verb_entries
from newsgraph.extract.events import add_event, finish_events, is_negated, is_passive, subjects
from newsgraph.extract.lexicon import read_tsv
from newsgraph.extract.participants import Resolver, is_anti, with_organ_states
from newsgraph.extract.pipeline import Context, stage
from newsgraph.extract.states import code_of
from newsgraph.model import Event, Evidence, Quote

_OWNER_PREPS = ("of", "by")
_NAME_DEPS = ("compound", "amod", "nmod")
_MAX_CLIMB = 6
_SITUATION_PRONOUNS = frozenset({"it", "this", "that", "which", "what"})


@functools.lru_cache(maxsize=1)
def disapproval_words() -> frozenset[tuple[str, str]]:
    """(lemma, coarse part of speech) pairs of data/criticism.tsv."""
    return frozenset((lemma.lower(), pos) for lemma, pos in read_tsv("criticism.tsv"))


def _criticism_row() -> LexEntry:
    """The lexicon's row for criticising: the PLOVER type, mode and CAMEO code of a criticism."""
    return verb_entries("criticize")[0]


def _is_disapproval(tok: Token) -> bool:
    pos = "VERB" if tok.pos_ in ("VERB", "AUX") else tok.pos_
    return (tok.lemma_.lower(), pos) in disapproval_words() or (tok.lower_, pos) in disapproval_words()


def _negated(tok: Token) -> bool:
    """The word or the clause it belongs to is negated ("was not illegal", "no scandal")."""
    return any(is_negated(h) for h in [tok, *list(tok.ancestors)[:2]])


def _owners(noun: Token, resolver: Resolver) -> list[str]:
    """Who a noun belongs to: possessor or "of"/"by" object (also of the noun it complements:
    "a sign of sinister tactics by Labour"), else a name or demonym modifying it."""
    carriers = [noun]
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        carriers.append(noun.head.head)
    heads = [c for n in carriers for c in n.children if c.dep_ == "poss"]
    heads += [o for n in carriers for p in n.children if p.dep_ in ("prep", "agent") and p.lower_ in _OWNER_PREPS
              for o in p.children if o.dep_ == "pobj"]
    refs = [r for h in heads for r in resolver.phrase(h)]
    if refs:
        return refs
    for mod in (c for c in noun.children if c.dep_ in _NAME_DEPS):
        # "anti-Russia policy" is aimed at Russia, not Russia's
        if is_anti(mod):
            continue
        code = code_of(mod.text)
        ref = resolver.actor_on(mod) or (resolver.state_of.get(code) if code else None)
        if ref:
            refs.append(ref)
    return refs


def _clause_subjects(tok: Token, resolver: Resolver) -> list[str]:
    """The subject of the clause `tok` belongs to ("the posters were abusive" -> the posters'
    owner is not known, the subject "posters" resolves to nothing; "Labour lied" -> Labour)."""
    verb = tok
    for _ in range(_MAX_CLIMB):
        if verb.pos_ in ("VERB", "AUX"):
            break
        if verb.head == verb:
            return []
        verb = verb.head
    else:
        return []
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects and verb.dep_ == "relcl":
        subjects = [verb.head]
    # "it is unacceptable", "this is a scandal": a situation, not a party
    subjects = [s for s in subjects if s.lower_ not in _SITUATION_PRONOUNS]
    refs = []
    for subj in subjects:
        # a party named as the subject ("Labour lied", "they"), else whose the subject is ("the
        # government's plan is a sham"); never a party the subject's phrase merely mentions
        named = resolver.phrase(subj) if subj.pos_ in ("PROPN", "PRON") or resolver.actor_on(subj) else []
        refs += named or [r for r in [resolver.agent(subj)] if r] or _owners(subj, resolver)
    return refs


def _predicated(noun: Token) -> bool:
    """Whether a noun is what its clause says of the subject ("the plan is a sham"), or the
    subject itself, rather than the object of an act ("they defeated the imperialists")."""
    while noun.dep_ in ("conj", "appos") and noun.head != noun:
        noun = noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ in ("attr", "nsubj", "nsubjpass"):
        return True  # "a sign of sinister tactics", "the root of the aggression"
    return noun.dep_ in ("attr", "oprd", "nsubj", "nsubjpass", "ROOT")


def _aimed_at(tok: Token, resolver: Resolver) -> list[str]:
    while tok.dep_ == "conj" and tok.head != tok:
        tok = tok.head  # "sinister and underhand tactics": both words describe the tactics
    noun = tok.head if tok.dep_ in _NAME_DEPS and tok.head.pos_ in ("NOUN", "PROPN") else None
    if noun is not None:
        # a word describing a party names it: "the puppet authorities", "the reckless clique"
        named = resolver.actor_on(noun)
        if named:
            return [named]
    elif tok.pos_ == "NOUN":
        noun = tok
    if noun is None:
        return _clause_subjects(tok, resolver)
    owners = _owners(noun, resolver)
    return owners or (_clause_subjects(noun, resolver) if _predicated(noun) else [])


def _speaker_side(ctx: Context, speaker: str) -> set[str]:
    """The speaker, its state and the bodies it holds a post in: never what it criticises."""
    document = ctx.document
    actor = document.actor(speaker)
    side = {speaker}
    if actor is not None and actor.country:
        side |= {a.id for a in document.actors if a.kind == "state" and a.country == actor.country}
    side |= {p.organization for p in document.positions if p.holder == speaker and p.organization}
    return side


def _criticisms(ctx: Context, quote: Quote, doc: Doc, resolver: Resolver) -> list[Event]:
    ev = quote.evidence
    span = doc.char_span(ev.start, ev.end, alignment_mode="expand")
    if span is None:
        return []
    side = _speaker_side(ctx, quote.speaker)
    out: list[Event] = []
    for tok in span:
        if not _is_disapproval(tok) or _negated(tok):
            continue
        target = next((r for r in _aimed_at(tok, resolver) if r not in side), None)
        if target is None:
            continue
        sent = tok.sent
        text = sent.text.rstrip()
        row = _criticism_row()
        out.append(Event(
            id="", plover=row.plover, mode=row.mode, cameo=row.cameo, verb=tok.lemma_.lower(),
            source=with_organ_states(ctx.document, [quote.speaker]), target=with_organ_states(ctx.document, [target]),
            evidence=Evidence(start=sent.start_char, end=sent.start_char + len(text), field=ev.field),
        ))
    return out


def _named_complements(verb: Token) -> list[Token]:
    """What a naming verb calls its object: "called the minister a liar", "described the plan as
    a provocation"."""
    return [c for c in verb.children if c.dep_ == "oprd"] + [
        o for p in verb.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children if o.dep_ == "pobj"]


def _namings(ctx: Context, doc: Doc, field: str, resolver: Resolver) -> list[Event]:
    """"X called Y a liar", "Y was branded a disgrace by X", "calling it a joke": a naming verb
    (event_cues naming_verbs) whose complement holds a word of disapproval is X's criticism of
    Y, or of whoever owns Y ("described the Iranian proposal as a provocation" -> Iran)."""
    out: list[Event] = []
    for verb in doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in cues()["naming_verbs"] or is_negated(verb):
            continue
        if not any(_is_disapproval(w) and not _negated(w) for c in _named_complements(verb) for w in c.subtree):
            continue
        if is_passive(verb):
            named = [c for c in verb.children if c.dep_ == "nsubjpass"]
            doers = [o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
        else:
            named = [c for c in verb.children if c.dep_ == "dobj"]
            doers = subjects(verb)
        source = [r for d in doers for r in resolver.phrase(d)]
        if not source:
            continue
        side = set().union(*(_speaker_side(ctx, r) for r in source))
        targets = [r for n in named for r in (resolver.phrase(n) or [r for r in [resolver.agent(n)] if r] or _owners(n, resolver))]
        target = next((r for r in targets if r not in side), None)
        if target is None:
            continue
        row = _criticism_row()
        sent = verb.sent
        text = sent.text.rstrip()
        out.append(Event(
            id="", plover=row.plover, mode=row.mode, cameo=row.cameo, verb=verb.lemma_.lower(),
            source=with_organ_states(ctx.document, source), target=with_organ_states(ctx.document, [target]),
            evidence=Evidence(start=sent.start_char, end=sent.start_char + len(text), field=field),
        ))
    return out


@stage("criticism", reads=("actors", "positions", "quotes", "events"), adds=("events",))
def find_criticism(ctx: Context) -> None:
    """Add the speakers' criticism of other parties as ACCUSE events (merged with any already found)."""
    events = ctx.document.events
    known = {a.id for a in ctx.document.actors}
    resolvers: dict[str, Resolver] = {}
    for quote in list(ctx.document.quotes):
        doc = ctx.docs.get(quote.evidence.field)
        if doc is None:
            continue
        if quote.evidence.field not in resolvers:
            resolvers[quote.evidence.field] = Resolver(ctx, quote.evidence.field)
        for event in _criticisms(ctx, quote, doc, resolvers[quote.evidence.field]):
            add_event(events, event)
    for field, doc in ctx.docs.items():
        resolver = resolvers.get(field) or Resolver(ctx, field)
        for event in _namings(ctx, doc, field, resolver):
            add_event(events, event)
    finish_events(ctx, known)
