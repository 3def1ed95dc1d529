"""Consequences: criticism a speaker voices as the harm another party's plan, policy or act brings.

News reports much criticism with no word of disapproval: "voters face higher taxes and more
means-testing under Labour, the Conservatives said", "the Tory plans would mean 35bn less
investment", "the court's decision will force us to put dead voters back on the rolls", "the U.S.
command plan escalates tension". A harm (data/harms.tsv) is a verb of harm ("hurt", "exclude"), a
thing that forces someone's hand, a rise in a burden ("higher taxes", "a tax rise", "raise taxes"),
a fall in a good ("less investment", "spending cuts", "cost jobs") or a harm in itself
("hardship", "a black hole"); relief ("tax cuts", "more investment") is none. This module reads
the grammar only: which words of a clause are a harm, and which phrases say who answers for it.
The appraisal stage resolves those phrases to parties and codes the speaker's ACCUSE.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from spacy.tokens import Token

from newsgraph.extract.event_grammar import is_negated, prep_objects
from newsgraph.extract.event_lexicon import cues
from newsgraph.extract.lexicon import read_tsv

# the prepositions after a noun of rise or fall that name the quantity ("a rise in taxes", "cuts to services")
_QUANTITY_PREPS = ("in", "of", "to", "on")
# the dependencies by which a word of rise or fall modifies a quantity ("higher taxes", "rising prices")
_CHANGE_DEPS = ("amod", "advmod", "nummod")
# how a harm noun stands to the verb that brings it about ("would mean higher taxes", "there will be
# a tax rise", "taxes would be higher")
_BROUGHT_DEPS = ("dobj", "attr", "nsubjpass", "nsubj")
# the conjunctions that make a clause the condition of the harm ("if Labour is elected")
_CONDITION_MARKS = ("if", "unless")


@functools.lru_cache(maxsize=None)
def harm_words() -> dict[tuple[str, str], tuple[tuple[tuple[str, ...], str], ...]]:
    """data/harms.tsv: (head word, part of speech) -> its rows as (the modifiers the phrase needs
    before its head, role)."""
    rows: dict[tuple[str, str], list[tuple[tuple[str, ...], str]]] = {}
    for phrase, pos, role in read_tsv("harms.tsv"):
        *needed, head = phrase.lower().split()
        rows.setdefault((head, pos), []).append((tuple(needed), role))
    return {key: tuple(found) for key, found in rows.items()}


def role(tok: Token) -> str | None:
    """The harms.tsv role `tok` reads as, by its lemma or form, the longest phrase it heads first."""
    pos = "VERB" if tok.pos_ in ("VERB", "AUX") else tok.pos_
    modifiers = {c.lower_ for c in tok.children if c.dep_ in ("compound", "amod")}
    best: tuple[int, str] | None = None
    for key in {(tok.lemma_.lower(), pos), (tok.lower_, pos)}:
        for needed, found in harm_words().get(key, ()):
            if set(needed) <= modifiers and (best is None or len(needed) > best[0]):
                best = (len(needed), found)
    return best[1] if best else None


@dataclass
class Blame:
    """The phrases that say who answers for a harm, each read its own way by the appraisal stage.

    clause: the verb whose clause subject does or brings the harm (a party, or a thing whose owner
        answers for it: "the Tory plans would mean ...");
    doers: phrases read the same way as such a subject ("war games escalating tension");
    parties: phrases naming the parties in charge ("under Labour", "if Labour is elected") or whose
        the harm is ("Labour's tax rises");
    owned: things whose owners answer for the harm, never themselves ("the court's decision will
        force us to ...");
    marked: harm nouns a party's name modifies ("Tory cuts").
    """

    clause: Token | None = None
    doers: list[Token] = field(default_factory=list)
    parties: list[Token] = field(default_factory=list)
    owned: list[Token] = field(default_factory=list)
    marked: list[Token] = field(default_factory=list)


def blame(tok: Token) -> Blame | None:
    """Who answers for the harm `tok` names, or None when `tok` names no harm or its clause is
    negated ("would not mean higher taxes")."""
    found = role(tok)
    if found is None or tok.pos_ not in ("VERB", "NOUN") or _supposed(tok) or _forgone(tok):
        return None
    if tok.pos_ == "VERB":
        return _verb_blame(tok, found)
    if not _harmful(tok, found):
        return None
    return _noun_blame(tok)


def conceded(tok: Token) -> bool:
    """Whether `tok` is said under a verb by which a speaker grants a point rather than charges one
    (event_cues conceding_verbs: "he acknowledged the campaign could be hampering their efforts")."""
    return any(a.lemma_.lower() in cues()["conceding_verbs"] for a in tok.ancestors)


def _supposed(tok: Token) -> bool:
    """Whether a harm is only supposed, in the condition of a clause ("if the court were to deprive
    the party of its rights, ..."): no one is said to do it."""
    return any(a.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _CONDITION_MARKS for m in a.children)
               for a in (tok, *tok.ancestors))


def _forgone(tok: Token) -> bool:
    """Whether a harm is said to be done without ("cut crime without asking people to pay more
    taxes", "without tax rises"): that way no one does it."""
    return any(a.dep_ in ("pcomp", "pobj") and a.head.lower_ == "without" for a in (tok, *tok.ancestors))


def _verb_blame(verb: Token, found: str) -> Blame | None:
    """A verb of harm ("the plan would hurt small firms"), of force by a thing ("the ruling forces
    states to redraw the map"), or one whose object is a burden raised ("raise taxes") or a good
    lowered or taken ("cut spending", "cost jobs")."""
    if is_negated(verb):
        return None
    objects = [o for c in verb.children if c.dep_ == "dobj" for o in (c, *c.conjuncts)]
    if found == "compel":
        things = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
        made = any(c.dep_ == "xcomp" for c in verb.children)  # "forces us to put ...", not "forced out"
        return Blame(owned=things) if objects and made and things else None
    wanted = {"raise": "burden", "lower": "good", "take": "good"}.get(found)
    # "would cost taxpayers billions", "cost millions of Americans their coverage": taken from someone
    bereft = found == "take" and (any(c.dep_ == "dative" for c in verb.children)
                                  or sum(c.dep_ == "dobj" for c in verb.children) > 1)
    if found != "harm" and not bereft and not (wanted and any(role(o) == wanted for o in objects)):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return Blame(clause=verb, parties=_in_charge(verb))
    if verb.dep_ == "acl":
        # "war games escalating the regional tensions", "moves to escalate tension": the noun does it
        return Blame(doers=[verb.head], parties=_in_charge(verb))
    if verb.dep_ == "advcl" and verb.tag_ == "VBG":
        # "X staged drills, further escalating tension": the doer of the clause it follows
        return Blame(clause=verb.head, parties=_in_charge(verb))
    return Blame(clause=_controller(verb), parties=_in_charge(verb))


def _controller(verb: Token) -> Token:
    """The verb whose subject does what `verb` says: itself, or for an open complement with no
    subject of its own the verb it complements ("Brown would have to fill the gap with tax rises",
    "Labour plans to raise taxes")."""
    while verb.dep_ == "xcomp" and verb.head != verb and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head
    return verb


def _harmful(noun: Token, found: str) -> bool:
    """Whether a noun phrase is a harm: a harm in itself, a burden risen ("higher taxes", "a tax
    rise"), a good fallen ("less investment", "spending cuts"), or a fall with no quantity named
    ("the cuts")."""
    if found == "loss":
        return True
    if found in ("up", "down"):
        kinds = {role(q) for q in _quantities(noun)} & {"burden", "good"}
        if found == "up":
            return "burden" in kinds
        return "good" in kinds or (not kinds and noun.tag_ == "NNS")
    moves = {role(m) for m in noun.children if m.dep_ in _CHANGE_DEPS}
    return (found == "burden" and "up" in moves) or (found == "good" and "down" in moves)


def _quantities(noun: Token) -> list[Token]:
    """What a noun of rise or fall is a rise or fall of: "tax rises", "a rise in taxes", "cuts to services"."""
    return [c for c in noun.children if c.dep_ == "compound"] + [
        o for p in noun.children if p.dep_ == "prep" and p.lower_ in _QUANTITY_PREPS
        for o in p.children if o.dep_ == "pobj"]


def _noun_blame(noun: Token) -> Blame | None:
    """Who answers for a harm noun: whose it is ("Labour's tax rises", "Tory cuts", "rises imposed
    by X"), the party it comes under, and whoever the verb that brings it about has as subject
    ("the plans would mean higher taxes"); the verb's own negation denies it."""
    head = noun
    while head.dep_ == "conj" and head.head != head:
        head = head.head  # "higher taxes and more means-testing": both share the first one's verb
    verb = _bringing_verb(head)
    if verb is not None and is_negated(verb):
        return None
    owners = [c for c in noun.children if c.dep_ == "poss"] + prep_objects(noun, "by")
    found = Blame(parties=owners + _in_charge(head), marked=[noun])
    if verb is not None:
        found.parties += _in_charge(verb)
        if role(verb) in ("bring", "impose"):
            found.clause = _controller(verb)
    return found


def _bringing_verb(noun: Token) -> Token | None:
    """The verb a harm noun is brought about by or stands under: "would mean higher taxes", "lead
    to job losses", "fill the gap with tax rises", "voters face higher taxes", "there will be a
    tax rise"."""
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in ("VERB", "AUX"):
        return noun.head.head
    if noun.dep_ in _BROUGHT_DEPS and noun.head.pos_ in ("VERB", "AUX"):
        return noun.head
    return None


def _in_charge(word: Token) -> list[Token]:
    """The parties a harm comes under: "higher taxes under Labour", "there will be a tax rise if
    Labour is elected" (the subject of a condition)."""
    found = prep_objects(word, "under")
    for clause in word.children:
        if clause.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _CONDITION_MARKS for m in clause.children):
            found += [s for s in clause.children if s.dep_ in ("nsubj", "nsubjpass")]
    return found
