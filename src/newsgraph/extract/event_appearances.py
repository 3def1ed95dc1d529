"""Campaign appearances: where a person appears before the public in a federation's state.

A candidate's or official's speech, address or remarks there ("During a speech in Florida, Clinton
said ...", "Clinton gave a speech in Ohio"), speaking there ("Clinton spoke to supporters in Ohio")
and a rally held there ("Trump held a rally in Tampa, Florida") are a visit to the state (a region
actor), coded as campaigning there is (event_cues campaign_visit_as). A town named with its state
("a rally in Selma, North Carolina") stands for the state; a bare town or a whole country is only
where the appearance happens, no party to it.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span, Token

from newsgraph.extract.event_framing import Found
from newsgraph.extract.event_grammar import is_conditional, is_hypothetical, is_negated, prep_objects, subjects
from newsgraph.extract.event_lexicon import LexEntry, cues, verb_entries
from newsgraph.extract.event_triggers import Trigger
from newsgraph.extract.gazetteer import gazetteer
from newsgraph.extract.participants import Resolver


def visit_row() -> LexEntry:
    """The lexicon row an appearance in a region is coded as: campaigning in a place."""
    places = set(cues()["place_preps"])
    return next(r for r in verb_entries(cues()["campaign_visit_as"]) if places & set(r.target))


def regions_held_in(heads: Iterable[Token], resolver: Resolver) -> list[str]:
    """The federation's states the "in"/"at" phrases on `heads` name ("in Ohio", "in Selma, North
    Carolina"), as region actors; other regions ("speaking in Scotland") are only where it was."""
    places = [o for h in dict.fromkeys(heads) for p in cues()["place_preps"] for o in prep_objects(h, p)]
    places += [a for o in places for a in o.children if a.dep_ == "appos"]
    refs = dict.fromkeys(r for o in places for r in [resolver.place(o)] if r and resolver.kinds.get(r) == "region")
    federated = gazetteer().federated
    return [r for r in refs for a in [resolver.ctx.document.actor(r)] if a is not None and a.name in federated]


def _setting(word: Token) -> tuple[Token, list[Token]] | None:
    """The clause an appearance word belongs to and the heads whose phrases say where it was:
    "spoke ... in Ohio" (the verb, its object, whom it spoke to and the occasion it spoke at:
    "spoke at a rally in Ohio"), "gave a speech in Ohio" (the noun and the verb it is the object
    of), "During a speech in Florida, X said" (the noun, in a phrase of the clause whose subject
    gave it)."""
    lemma = word.lemma_.lower()
    if word.pos_ == "VERB" and lemma in cues()["appearance_verbs"]:
        spoken_to = [o for p in cues()["audience_preps"] for o in prep_objects(word, p)]
        return word, [word, *(c for c in word.children if c.dep_ == "dobj"), *spoken_to]
    if word.pos_ != "NOUN" or lemma not in cues()["appearance_nouns"]:
        return None
    if word.dep_ == "dobj" and word.head.pos_ == "VERB":
        return word.head, [word, word.head]
    if word.dep_ == "pobj" and word.head.dep_ == "prep" and word.head.head.pos_ in ("VERB", "AUX"):
        return word.head.head, [word]
    return None


def appearances(sent: Span, resolver: Resolver) -> list[Found]:
    """Each person's appearance in a region the sentence reports, as a CONSULT visit to it."""
    found: list[Found] = []
    for word in sent:
        setting = _setting(word)
        if setting is None:
            continue
        clause, heads = setting
        regions = regions_held_in(heads, resolver)
        if not regions:
            continue
        # "her speech in Ohio": the possessor gave it; else the subject of the clause it is in
        doers = [c for c in word.children if c.dep_ == "poss"] or subjects(clause)
        people = [r for h in doers for r in resolver.phrase(h) if resolver.kinds.get(r) == "person"]
        if not people:
            continue
        row = visit_row()
        trig = Trigger(row, word, clause, word.lemma_.lower())
        found.append(Found(trig, row.plover, row.cameo, row.mode, list(dict.fromkeys(people)), regions,
                           negated=is_negated(clause), hypothetical=is_hypothetical(clause),
                           context=list(row.context), suppressed=is_conditional(clause)))
    return found
