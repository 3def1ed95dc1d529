"""Allegiances: a party the article describes as another's supporter, ally or critic.

News often says where someone stands in the words that introduce them, not with a verb: "Trump
supporter Chris Baker said ...", "Chris Baker, a longtime supporter of Donald Trump", "Michelle
Obama, one of Clinton's most effective surrogates", "Senator X, a fierce critic of the governor".
The described party (the name the noun is a modifier of or in apposition to, or the subject of a
copula over it) takes the stance the noun names (event_cues allegiance_nouns: the lexicon verb it
is coded as) toward the party its possessor, "of" phrase or name modifier names. So does a party
a hyphenated participle describes as backed by another ("Russian-backed rebels", "US-backed
forces": event_cues backing_participles): the backer takes that stance toward it.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsgraph.extract.event_framing import Found
from newsgraph.extract.event_grammar import is_negated, prep_objects, subjects
from newsgraph.extract.event_lexicon import cues, verb_entries
from newsgraph.extract.event_triggers import Trigger
from newsgraph.extract.participants import Resolver

# words before the noun that mark a stance given up ("a former supporter of X")
_PAST_MARKS = frozenset({"former", "ex", "onetime", "one-time"})
# the kinds of party that can be described as taking a side
_SIDE_KINDS = frozenset({"person", "party", "state", "organization"})
# the kinds of party that can be backed: any side, and armed or unnamed groups ("US-backed militias")
_BACKED_KINDS = _SIDE_KINDS | {"group", "military"}


def _described(word: Token) -> Token | None:
    """The phrase the allegiance noun describes: "Trump supporter Chris Baker" (a modifier of the
    name), "Baker, a supporter of Trump" (in apposition), "Obama, one of Clinton's surrogates"
    (the "of" object of a word in apposition), "Baker is a supporter of Trump" (a copula's subject)."""
    if word.dep_ == "appos" or (word.dep_ == "compound" and word.head.i > word.i):
        return word.head
    if word.dep_ == "pobj" and word.head.lower_ == "of" and word.head.head.dep_ == "appos":
        return word.head.head.head
    if word.dep_ == "attr" and word.head.lemma_ == "be":
        subj = subjects(word.head)
        return subj[0] if subj else None
    return None


def _backed(word: Token) -> list[Token]:
    """The phrases naming whom the allegiance is toward: "Clinton's surrogates", "a supporter of
    Trump", "Trump supporter"."""
    names = [c for c in word.children if c.dep_ == "poss"] + prep_objects(word, "of")
    # the tagger may take a name before the noun for an adjective ("a Trump supporter")
    return names + [c for c in word.lefts if c.dep_ == "compound" and c.text[:1].isupper()]


def allegiances(sent: Span, resolver: Resolver) -> list[Found]:
    """Each stance a party is described as holding toward another in the sentence."""
    found: list[Found] = []
    for word in sent:
        verb = cues()["allegiance_nouns"].get(word.lemma_.lower()) if word.pos_ == "NOUN" else None
        # a plural describes one party only as one of many ("X, one of Clinton's surrogates")
        if verb is None or (word.tag_ != "NN" and word.dep_ != "pobj"):
            continue
        if any(c.lower_ in _PAST_MARKS for c in word.lefts):
            continue
        described = _described(word)
        if described is None:
            continue
        source = [r for r in resolver.phrase(described) if resolver.kinds.get(r) in _SIDE_KINDS]
        target = [r for h in _backed(word) for r in resolver.phrase(h)
                  if resolver.kinds.get(r) in _SIDE_KINDS and r not in source]
        if not source or not target:
            continue
        row = verb_entries(verb)[0]
        trig = Trigger(row, word, word.head if word.dep_ == "attr" else word, verb)
        found.append(Found(trig, row.plover, row.cameo, row.mode, source, list(dict.fromkeys(target)),
                           negated=word.dep_ == "attr" and is_negated(word.head), context=list(row.context)))
    return found


def backings(sent: Span, resolver: Resolver) -> list[Found]:
    """Each party the sentence describes as backed by another ("Iranian-backed Houthi rebels"):
    the backer, named before the hyphen, supports the party the participle describes."""
    found: list[Found] = []
    for word in sent:
        verb = cues()["backing_participles"].get(word.lemma_.lower()) if word.tag_ == "VBN" else None
        if verb is None or word.dep_ != "amod" or not any(c.tag_ == "HYPH" for c in word.lefts):
            continue
        backers = [c for c in word.lefts if c.dep_ in ("npadvmod", "compound", "amod")]
        source = [r for h in backers for r in resolver.phrase(h) if resolver.kinds.get(r) in _SIDE_KINDS]
        # "its Russian-backed rebel regions": the backed party is the phrase's own, not its possessor
        owners = {r for c in word.head.children if c.dep_ == "poss" for r in resolver.phrase(c)}
        target = [r for r in resolver.phrase(word.head) if resolver.kinds.get(r) in _BACKED_KINDS
                  and r not in source and r not in owners]
        if not source or not target:
            continue
        row = verb_entries(verb)[0]
        trig = Trigger(row, word, word, verb)
        found.append(Found(trig, row.plover, row.cameo, row.mode, list(dict.fromkeys(source)),
                           list(dict.fromkeys(target)), context=list(row.context)))
    return found
