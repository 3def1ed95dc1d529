"""Joint acts: parties the text says acted together, whatever the act.

"two opposition parties jointly put down an amendment", "an event jointly organised by X and Y",
"X and Y worked closely together", "a joint effort by X and Y": the act itself may be no event
(tabling, organising, publishing), and where it is none, doing it together is cooperation (COOPERATE 060) between
its doers. The mark is an adverb of joint action on the verb (event_cues joint_adverbs) or an
adjective of it on a noun (joint_adjectives), and the doers are the verb's coordinated subjects
or agents, or the noun's "by" or "between" phrase; one party alone ("toured the site together with
veterans", "Americans coming together") cooperates with no one.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsgraph.extract.event_framing import Found
from newsgraph.extract.event_grammar import is_hypothetical, is_negated, is_passive, prep_objects, subjects
from newsgraph.extract.event_lexicon import cues, verb_entries
from newsgraph.extract.event_triggers import Trigger
from newsgraph.extract.participants import Resolver

# the lexicon verb joint action is coded as
_CODED_AS = "cooperate"


def _doers(word: Token) -> list[Token]:
    """The phrases naming who did the marked act: a verb's subjects or passive agents, a noun's
    "by" or "between" objects."""
    if word.pos_ == "NOUN":
        named = prep_objects(word, "by") + prep_objects(word, "between")
        # "Russian and Chinese warships held joint exercises": the doers of the verb it is the object of
        return named or (subjects(word.head) if word.dep_ == "dobj" and word.head.pos_ == "VERB" else [])
    # "an event jointly organised by X and Y": a participle on a noun is passive too
    passive = is_passive(word) or (word.dep_ == "acl" and word.tag_ == "VBN")
    return prep_objects(word, "by") if passive else subjects(word)


def _marked(sent: Span, coded: set[int]) -> list[Token]:
    """The verbs an adverb of joint action modifies and the nouns an adjective of it modifies,
    where they are no act coded already (`coded`: trigger word indexes): "jointly pledged to
    fight X" is the pledge, coded as it is."""
    c = cues()
    marked = [t.head for t in sent if (t.dep_ == "advmod" and t.lower_ in c["joint_adverbs"] and t.head.pos_ == "VERB")
              or (t.dep_ == "amod" and t.lower_ in c["joint_adjectives"] and t.head.pos_ == "NOUN")]
    return [w for w in marked if w.i not in coded]


def joint_acts(sent: Span, resolver: Resolver, found_in_sent: list[Found]) -> list[Found]:
    """Each act in the sentence that two or more named parties did together, other than the acts
    already found in it."""
    # (a show of force done jointly is cooperation between its doers as well: "held joint drills")
    acts = [f for f in found_in_sent if f.plover != "MOBILIZE"]
    coded = {f.trigger.word.i for f in acts} | {f.trigger.governor.i for f in acts}
    found: list[Found] = []
    row = verb_entries(_CODED_AS)[0]
    for word in _marked(sent, coded):
        parties = list(dict.fromkeys(r for d in _doers(word) for r in resolver.phrase(d)))
        if len(parties) < 2:
            continue
        verb = word if word.pos_ == "VERB" else word.head
        trig = Trigger(row, word, verb, f"{word.lemma_.lower()} jointly")
        found.append(Found(trig, row.plover, row.cameo, row.mode, parties[:1], parties[1:],
                           negated=verb.pos_ == "VERB" and is_negated(verb),
                           hypothetical=verb.pos_ == "VERB" and is_hypothetical(verb), context=list(row.context)))
    return found
