"""Acts of giving written as nouns: the giver and recipient of "donations from X to Y", "X's largest
donor was Y", "the party received $5m in donations, most of which came from unions", read across
the noun's whole phrase (event_cues transfer_nouns, giver_nouns)."""

from __future__ import annotations

from collections import deque

from spacy.tokens import Token

from newsgraph.extract.event_grammar import prep_objects, subjects, verb_lemma
from newsgraph.extract.event_lexicon import cues
from newsgraph.extract.event_roles import arrival_verb, target_heads, target_refs
from newsgraph.extract.event_triggers import Trigger
from newsgraph.extract.participants import Resolver, is_anti

# dependents of a noun of giving that start a phrase or clause of their own, not its roles
_NOT_PHRASE_DEPS = frozenset({"relcl", "appos", "conj", "cc", "punct", "det", "poss", "advcl", "parataxis"})


_PHRASE_DEPTH = 6


def _phrase_preps(noun: Token) -> list[tuple[str, Token]]:
    """(preposition, object) pairs anywhere in a noun's phrase: on the noun, its amount, a
    participle ("24 donations totalling $161,840 from B"), or an object before them ("donations
    topping $250,000 for the Greens from A"), breadth first; for the subject or attribute of a
    copula, also on the copula ("there were donations of $5m for the Greens")."""
    out: list[tuple[str, Token]] = []
    starts = [c for c in noun.children if c.dep_ not in _NOT_PHRASE_DEPS]
    if noun.dep_ in ("nsubj", "attr") and noun.head.lemma_.lower() == "be":
        starts += [p for p in noun.head.children if p.dep_ == "prep" and p.lower_ != "among"]
    queue: deque[tuple[Token, int]] = deque((c, 1) for c in starts)
    while queue:
        tok, depth = queue.popleft()
        if tok.dep_ in ("prep", "agent", "dative"):
            out += [(tok.lower_, o) for o in tok.children if o.dep_ == "pobj"]
        if depth < _PHRASE_DEPTH:
            queue.extend((c, depth + 1) for c in tok.children if c.dep_ not in _NOT_PHRASE_DEPS)
    return out


def _copular_partners(noun: Token) -> list[Token]:
    """What a copula equates a noun with: "the largest donation to X was a bequest from Y",
    "among the gifts to X were 24 donations", "X's largest donor was Y"."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == "among":
        verb = verb.head
    elif noun.dep_ not in ("nsubj", "attr"):
        return []
    if verb.lemma_.lower() != "be":
        return []
    out = [c for c in verb.children if c.dep_ in ("nsubj", "attr") and c != noun]
    return out + [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "among"
                  for o in p.children if o.dep_ == "pobj" and o != noun]


def restated(trig: Trigger) -> bool:
    """Whether a noun of giving is restated by the copula's attribute, another noun of giving
    ("the largest donation to X was a bequest from Y"): the act is read once, on the attribute."""
    transfer = cues()["transfer_nouns"]
    return trig.nominal and trig.word.dep_ != "attr" and trig.word.lemma_.lower() in transfer and any(
        p.dep_ == "attr" and p.lemma_.lower() in transfer for p in _copular_partners(trig.word))


def _receiver(noun: Token) -> Token | None:
    """"The party received $5m in donations": the verb of receiving (event_cues
    inverse_light_verbs) a noun of giving is the amount's form of, whose subject receives."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in cues()["receiving_preps"] or prep.head == prep:
        return None
    verb = prep.head
    return verb if verb.pos_ == "VERB" and verb_lemma(verb) in cues()["inverse_light_verbs"] else None


def _relative_senders(heads: list[Token]) -> list[Token]:
    """"..., most of which came from trade unions": the "from" phrase of a relative clause of
    arrival hung on the noun (or, by a parser slip, on its clause's verb)."""
    out: list[Token] = []
    for head in heads:
        for clause in head.children:
            if clause.dep_ not in ("relcl", "advcl") or verb_lemma(clause) not in cues()["arrival_verbs"]:
                continue
            if any(t.tag_ == "WDT" for s in clause.children if s.dep_ in ("nsubj", "nsubjpass") for t in s.subtree):
                out += prep_objects(clause, "from")
    return out


def transfer_roles(trig: Trigger, resolver: Resolver) -> tuple[list[str], list[str]] | None:
    """Giver and recipient of a noun of giving (event_cues transfer_nouns) or of a giver
    (giver_nouns), or None for other triggers. Givers: a "from"/"by" phrase anywhere in the noun's
    phrase or a phrase a copula equates with it, the sender of the verb of arrival it is the
    subject of ("most of Labour's donations came from unions"), or the one a giver noun names
    ("X's largest donor was Y", "Y, the party's biggest donor"). Recipients: the row's
    prepositions there, or the subject of a verb of receiving ("X received $5m in donations").
    The possessor, else a name modifying the noun ("Adelson money"), gives when no other giver
    is named, and otherwise receives ("Labour's donations came from unions"); a giver noun's
    always receives."""
    c = cues()
    noun = trig.word
    lemma = noun.lemma_.lower()
    giver_noun = lemma in c["giver_nouns"]
    if not trig.nominal or not (giver_noun or lemma in c["transfer_nouns"]):
        return None
    partners = _copular_partners(noun)
    same = [noun] + [p for p in partners if p.lemma_.lower() in c["transfer_nouns"]]
    preps = [(p, o) for n in same for p, o in _phrase_preps(n)]
    givers = [o for p, o in preps if p in ("from", "by")]
    to = [r for r in trig.entry.target if r != "dobj"]
    recipients = target_heads(trig) + [o for p, o in preps if p in to]
    arrival = arrival_verb(noun)
    if arrival is not None:
        givers += prep_objects(arrival, "from")
    receiver = _receiver(noun)
    if receiver is not None:
        recipients += subjects(receiver)
        givers += prep_objects(receiver, "from")
    givers += _relative_senders([noun] + ([receiver] if receiver is not None else []))
    if giver_noun:
        givers += [p for p in partners if p.lemma_.lower() not in c["giver_nouns"]]
        givers += [noun.head] if noun.dep_ == "appos" else []
        # "the party's donor, X, said": named beside the noun where the phrase is the clause's
        # subject; as an object ("lost its main donor X") the verb says what became of the giving
        if noun.dep_ in ("nsubj", "nsubjpass", "attr"):
            givers += [a for a in noun.children if a.dep_ == "appos"]
    source = [r for h in givers for r in resolver.phrase(h)]
    target = [r for h in recipients for r in target_refs(h, resolver)]
    owners = [r for h in noun.children if h.dep_ == "poss" for r in resolver.phrase(h)] or [
        r for m in noun.lefts if m.dep_ in ("compound", "nmod") and not is_anti(m) and not m.is_punct
        for r in [resolver.one(m)] if r]
    # a giver's owner ("the party's donor") is always its recipient
    if not source and not giver_noun:
        source = owners
    elif not target:
        target = owners
    return list(dict.fromkeys(source)), [t for t in dict.fromkeys(target) if t not in source]


def names_recipient(trig: Trigger) -> bool:
    """Whether an act's target slots hold a phrase other than what is given: "gave $5m",
    "donated a sum of $10,575" name none, the object of a verb that also gives "to" someone
    being what is given."""
    given = bool(set(trig.entry.target) - {"dobj"})
    return any(h.lemma_.lower() not in trig.entry.objects and h.lower_ not in trig.entry.objects
               and not h.like_num and h.ent_type_ != "MONEY" and not (given and h.dep_ == "dobj")
               for h in target_heads(trig))
