"""Events stage: who did what to whom, when and where, coded in PLOVER and CAMEO 1.1b3.

Per sentence of every field:
  1. triggers  – a verb in the lexicon ("condemned"), a light verb with an event noun ("held
                 talks", "sent a message", "imposed sanctions"), or a bare event noun with its
                 participants ("X's visit to Y", "the talks between X and Y");
  2. roles     – source from the subject (agent of a passive, possessor of a noun, the clause an act
                 is the manner of: "marched in protest"), target from the object or the entry's
                 prepositions (a place there stands for its state: "a curfew in Algiers"; a
                 request turned down was made to whoever turns it down; a motion or appeal
                 with no one named goes to the court the article names nearest), else
                 the party named in the act's scope, the two states of a hyphenated pair ("the
                 China-US talks"), a visiting group's host, or, for a stance on a policy whose
                 maker is unnamed ("welcomed the increase"), the government the article names;
                 all resolved by `participants.Resolver`; a noun of giving ("donations from X
                 for Y", "X's largest donor was Y") reads its giver and recipient across its
                 whole phrase, and an act of giving that names no recipient continues the list
                 of gifts before it; a refusal ("refused to apologise", "would not resign")
                 answers whoever asked its doer to act, and a call rejected with no maker named
                 is the one the article says someone made for the same thing;
  3. framing   – an event embedded under a threat, demand, refusal, accusation or agreement is
                 folded into it ("threatened to strike" is THREATEN 138, not ASSAULT); an intended
                 or future cooperative act is AGREE (PLOVER's "express intent"), a future attack or
                 legal action ("will be prosecuted", said by an official) THREATEN, both flagged
                 hypothetical; a campaign appearance announced ("will join X at a rally") stays SUPPORT;
  4. modality  – negation, hypothetical, the outlet that reported it; an agreement or concession
                 refused or failed ("will not accept", "failed to agree") is a REJECT made now, and
                 a lexicon row for negated verbs reads "will not tolerate" as a warning; an act
                 only supposed or permitted ("in case they need to", "allowed X to strike") and a
                 norm for no one party ("no politician should") are not reported;
  5. when/where– DATE entities of the clause and "in/at" places, else a wire dateline;
  6. merge     – mentions of one event (caption and body) become one Event with several spans; an
                 organ or territory of a state is listed with its state;
  7. stance    – a statement X issues ("released the following press statement") whose own voice
                 denounces, rejects or warns is itself X's ACCUSE of the state it is most about.
Questions report no event. Actors the participants' resolution made for events that were then
dropped (incomplete) are removed again (`finish_events`, shared with the stage after this one).
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from newsgraph.extract import dates
from newsgraph.extract.event_lexicon import (
    ALONE, CAMPAIGN, COURT_ROLE, NEGATED_ONLY, PERSON_OBJECT, VENUE_ROLE, LexEntry, agent_noun, cues, modal_entry,
    noun_entry, statement_entry, verb_entries,
)
from newsgraph.extract.participants import Resolver, counter_of, is_anti, with_organ_states
from newsgraph.extract.states import code_of
from newsgraph.extract.pipeline import Context, stage
from newsgraph.model import Actor, Event, Evidence

_OBJECT_DEPS = ("dobj", "nsubjpass", "attr", "oprd")
_QUANTIFIERS = frozenset({"no", "any", "every", "each", "all", "nobody", "anyone", "everyone", "anybody",
                          "everybody", "one", "someone", "somebody"})
_EMBED_DEPS = frozenset({"xcomp", "ccomp", "pcomp", "pobj", "prep", "dobj", "advcl", "acl"})
_SKIP_TRIGGER_DEPS = frozenset({"amod", "compound"})
# a question mark closing a quotation: '"... the real reason?," he asked'
_QUOTED_QUESTION = re.compile("\\?,?[\"\u201d']")


@dataclass
class _Trigger:
    """A lexicon hit in the parse, before roles are read."""

    entry: LexEntry
    word: Token          # the event word (verb or noun)
    governor: Token      # the verb whose subject, auxiliaries and negation the event takes
    verb: str            # "meet", "hold talks"
    inverse: bool = False  # "received a message from X": source and target swap
    nominal: bool = False  # a bare event noun with no verb of its own
    obligation: bool = False  # "Y must go" said by X: X's REQUEST to Y


@dataclass
class _Found:
    trigger: _Trigger
    plover: str
    cameo: str
    mode: str | None
    source: list[str]
    target: list[str]
    negated: bool = False
    hypothetical: bool = False
    suppressed: bool = False
    context: list[str] = field(default_factory=list)
    scoped: bool = False  # the target was read from the act's scope, not from a role slot


# ---- 1. triggers ----------------------------------------------------------------------------

def _objects(verb: Token) -> list[Token]:
    if _misread_clause(verb):
        return [verb.head]
    out = [c for c in verb.children if c.dep_ in _OBJECT_DEPS]
    return out + [c for o in out for c in o.conjuncts if c.i > o.i]


def _noun_row(tok: Token) -> LexEntry | None:
    # "hunger strike", "general strike": the modifier nearest the noun can make it another act
    modifiers = [c for c in tok.lefts if c.dep_ in ("compound", "amod")]
    if modifiers:
        row = noun_entry(f"{modifiers[-1].lemma_.lower()} {tok.lemma_.lower()}")
        if row:
            return row
    # "a call for a referendum": a noun that reads as another act with its preposition
    for prep in (c for c in tok.children if c.dep_ == "prep"):
        row = noun_entry(f"{tok.lemma_.lower()} {prep.lower_}")
        if row:
            return row
    own = noun_entry(tok.lemma_.lower()) or noun_entry(tok.lower_)
    # "the DPRK-China youth friendship festival": a modifier can make any event an act between
    # parties (a row "friendship *"), unless the noun is an act of its own ("friendship visit")
    # or names a party ("a friendship delegation", "the friendship association")
    lemma = tok.lemma_.lower()
    if own or lemma in cues()["group_nouns"] or agent_noun(lemma) or tok.pos_ != "NOUN":
        return own
    return next((r for m in modifiers for r in [noun_entry(f"{m.lemma_.lower()} *")] if r), None)


def _lemma(verb: Token) -> str:
    """The verb's lemma as the lexicon knows it. The lemmatizer slips on some inflected forms
    ("staged" -> "stag"): a regular form's stem ("stage") is taken when only it is known."""
    lemma = verb.lemma_.lower()
    known = cues()["light_verbs"] | cues()["inverse_light_verbs"]
    if verb_entries(lemma) or lemma in known:
        return lemma
    low = verb.lower_
    stems = [low[:-1]] if low.endswith("ed") else [low[:-3] + "e"] if low.endswith("ing") else []
    return next((s for s in stems if verb_entries(s) or s in known), lemma)


def _verb_triggers(verb: Token, resolver: Resolver) -> _Trigger | None:
    """The lexicon reading of `verb`: a row naming its object ("pay a call") first, then a light
    verb with an event noun ("held talks", "received a message"), then a row wanting a person
    object ("received the delegation"), then the verb's general row."""
    lemma = _lemma(verb)
    if lemma in cues()["assertion_verbs"] and not _objects(verb) and any(
            c.dep_ == "ccomp" for c in verb.children):
        # "denied that he had sidelined Brown", "accepting that people must be prepared": a
        # statement about a claim, not a refusal or agreement between parties
        return None
    # "test-fired" is split as test / - / fired
    if verb.i >= 2 and verb.doc[verb.i - 1].text == "-" and verb_entries(f"{verb.doc[verb.i - 2].lower_}-{lemma}"):
        lemma = f"{verb.doc[verb.i - 2].lower_}-{lemma}"
    objs = _objects(verb)
    # "hit back at": the parser may hang a particle as an adverb
    particles = {c.lower_ for c in verb.children if c.dep_ in ("prt", "prep", "advmod")}
    # "called for Blair to resign": the parser makes the preposition the mark of the clause after it
    after = max([verb.i] + [c.i for c in verb.children if c.dep_ == "prt"]) + 1
    particles |= {m.lower_ for c in verb.children if c.dep_ in ("advcl", "ccomp") for m in c.children
                  if m.dep_ == "mark" and m.i == after}
    c = cues()
    rows = [r for r in verb_entries(lemma) if CAMPAIGN not in r.objects or _campaign_setting(verb)]
    if lemma in c["admonition_verbs"] and any(x.dep_ == "xcomp" and not _purpose_of_noun(x) for x in verb.children):
        # "warned the council to drop the plan": telling someone what to do is a demand
        rows = verb_entries(c["admonition_as"])
    elif lemma in c["wish_verbs"] and any(
            x.dep_ in ("ccomp", "xcomp") and any(a.dep_ == "aux" and a.lower_ == "to" for a in x.children)
            and any(n.dep_ == "nsubj" for n in x.children) for x in verb.children):
        # "the unions want the government to raise the wage": wanting another to act demands it
        rows = verb_entries(c["admonition_as"])
    # "gave pounds 500,000": the unit may be parsed as a dative beside the number; "provided
    # Ukraine with tanks": what is given follows "with"
    row_objs = objs + [c for c in verb.children if c.dep_ == "dative" and c.pos_ == "NOUN"] + [
        o for p in verb.children if p.dep_ == "prep" and p.lower_ == "with" for o in p.children if o.dep_ == "pobj"
    ] + _predicates(verb)
    # "servicepersons of the army, dispatched to the flood-hit areas": the noun a participle
    # describes is what it acts on
    if verb.dep_ == "acl" and is_passive(verb):
        row_objs.append(verb.head)
    for row in rows:
        for o in row_objs:
            # "held the rebels responsible": a predicate adjective the parser hangs on the object;
            # "suspended aid deliveries", "tons of food aid": the object's modifiers and its "of"
            heads = [o] + [c for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
                           for c in p.children if c.dep_ == "pobj"]
            words = [w for h in heads for w in [h, *(a for a in h.rights if a.dep_ == "amod"),
                                                *(m for m in h.lefts if m.dep_ in ("compound", "amod", "nmod"))]]
            # "gave $3m.": a sentence's full stop may stay on an abbreviation
            hit = next((w for w in words if w.lemma_.lower() in row.objects or w.lower_.rstrip(".") in row.objects),
                       None)
            if hit is not None:
                return _Trigger(row, verb, verb, f"{lemma} {hit.lemma_.lower()}")
        if particles & row.objects:
            return _Trigger(row, verb, verb, f"{lemma} {sorted(particles & row.objects)[0]}")
    if lemma in c["light_verbs"] | c["inverse_light_verbs"] | set(c["inverse_light_preps"]):
        if lemma in c["inverse_light_preps"]:
            objs = objs + _pobjs(verb, c["inverse_light_preps"][lemma])
        for o in objs:
            row = _noun_row(o)
            if row:
                return _Trigger(row, o, verb, f"{lemma} {o.lemma_.lower()}",
                                inverse=lemma in c["inverse_light_verbs"] or lemma in c["inverse_light_preps"])
    for row in rows:
        if NEGATED_ONLY in row.objects and is_negated(verb):
            return _Trigger(row, verb, verb, f"not {lemma}")
    # "will appeal to voters": a preposition right after the verb is its own, wherever the parse hangs it
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    alone = not objs and not any(c.dep_ in ("prt", "prep", "dative", "agent") for c in verb.children) and not (
        after is not None and (after.pos_ == "ADP" or after.tag_ in ("IN", "TO")))
    for row in rows:
        if ALONE in row.objects and alone:
            return _Trigger(row, verb, verb, lemma)
    for row in rows:
        if PERSON_OBJECT in row.objects and any(resolver.names_person(o) for o in objs):
            return _Trigger(row, verb, verb, lemma)
    general = [r for r in rows if not r.objects]
    return _Trigger(general[0], verb, verb, lemma) if general else None


def _purpose_of_noun(clause: Token) -> bool:
    """"encouraged the workers in their drive to raise output": an infinitive right after the
    object of a preposition says what that noun is for, though the parser may hang it on the verb."""
    before = clause.doc[clause.left_edge.i - 1] if clause.left_edge.i else None
    return before is not None and before.dep_ == "pobj" and before.pos_ == "NOUN" and before.head.head != clause.head


def _campaign_setting(verb: Token) -> bool:
    """Whether a verb's phrases set it in a campaign (event_cues campaign_settings): a rally, an
    event or the stage its prepositions name, on it or on its object ("joined Clinton at a rally",
    "introduced Perry for a performance", "joined him on the campaign trail"), or a purpose clause
    of campaigning ("joined Clinton to rally voters")."""
    settings = cues()["campaign_settings"]
    heads = [verb] + [o for o in verb.children if o.dep_ == "dobj"]
    words = [w for h in heads for p in h.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"
             for w in [o, *(m for m in o.lefts if m.dep_ == "compound")]]
    words += [x for x in verb.children if x.dep_ in ("xcomp", "advcl") and x.pos_ == "VERB"]
    return any(w.lemma_.lower() in settings for w in words)


def _predicates(verb: Token) -> list[Token]:
    """"declared the law unconstitutional": a predicate adjective the parser hangs on the verb as a
    clause of its own; the noun it is said of is that clause's subject."""
    return [c for c in verb.children if c.dep_ in ("ccomp", "xcomp", "oprd") and c.pos_ == "ADJ"]


def _obligation(verb: Token) -> _Trigger | None:
    """"the U.S. must stop ...": a modal of obligation makes the clause a demand on its subject,
    whatever the verb (the demanded act is not itself an event)."""
    auxes = [a for a in verb.children if a.dep_ in ("aux", "auxpass")]
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    # "X would be well advised to ...": the word after a copula says what the modal reads over
    lemma = verb.lemma_.lower()
    if lemma == "be":
        lemma = next((c.lemma_.lower() for c in verb.children if c.dep_ in ("acomp", "attr")), lemma)
    for aux in auxes:
        # "should have told" reproaches the subject for what it did not do (the modal's @perfect
        # row), it demands nothing; "Should the UK ...?" is a question
        perfect = any(a.lemma_ == "have" and a.i > aux.i for a in auxes)
        row = modal_entry(aux.lower_, lemma, perfect)
        general = bool(subjects) and _generic(subjects[0])
        # "the stooges should be eliminated": a passive subject is acted on, not asked to act,
        # unless the row reads the passive itself ("would be well advised to")
        if row and not row.objects and subjects and subjects[0].dep_ == "nsubjpass":
            continue
        if row and subjects and not general and subjects[0].i < aux.i:
            return _Trigger(row, aux, verb, f"{aux.lower_} {lemma}", obligation=True)
    return None


def _generic(subj: Token) -> bool:
    """A subject that names no one party: "no politician", "anyone", a bare plural ("politicians
    should ..."), or the speaker's own ("our officials should ...")."""
    dets = [d for d in subj.children if d.dep_ in ("det", "poss")]
    if subj.lower_ in _QUANTIFIERS or any(d.lower_ in _QUANTIFIERS for d in dets):
        return True
    if any(d.lower_ in cues()["speaker_pronouns"] for d in dets):
        return True
    return subj.tag_ == "NNS" and not dets and not any(c.dep_ in ("compound", "amod") for c in subj.children)


def _misread_clause(verb: Token) -> bool:
    """"North Korea test-fired two missiles" parsed as one noun phrase: the past-tense verb is an
    "amod" of its object, which heads the whole sentence."""
    return verb.dep_ == "amod" and verb.tag_ == "VBD" and verb.head.dep_ == "ROOT" and verb.head.pos_ == "NOUN"


def _misread_main_verb(verb: Token) -> bool:
    """"Forty MPs called on X to resign", "a letter signed by A called on X" parsed as one noun
    phrase: a past-tense verb with no agent of its own, modifying a noun of a sentence that has no
    verb at its root, is the sentence's main verb, done by the root noun."""
    root = verb.sent.root
    return (verb.dep_ == "acl" and verb.tag_ in ("VBD", "VBN") and root.pos_ in ("NOUN", "PROPN")
            and root.i < verb.i and not any(c.dep_ in ("agent", "nsubj", "nsubjpass") for c in verb.children))


def _answered(trig: _Trigger, obj: Token) -> bool:
    """"The court rejected a request from Democrats": a request that is the object of an answer
    (event_cues answering_types) is an act of its own, made to whoever answers it."""
    if trig.entry.plover not in cues()["answering_types"] or obj not in _objects(trig.governor):
        return False
    row = _noun_row(obj)
    return row is not None and row.plover == "REQUEST"


def _triggers(sent: Span, resolver: Resolver) -> list[_Trigger]:
    found: list[_Trigger] = []
    used: set[int] = set()
    for tok in sent:
        if tok.i in used:
            continue
        if tok.pos_ in ("VERB", "AUX") and (tok.dep_ not in _SKIP_TRIGGER_DEPS or _misread_clause(tok)):
            trig = _obligation(tok) or _verb_triggers(tok, resolver)
            if trig:
                found.append(trig)
                used.add(trig.word.i)
                used.update(o.i for o in _objects(tok) if not _answered(trig, o))
                if trig.obligation:
                    # "would be well advised": the complement the modal was read over is no act
                    used.update(c.i for c in tok.children if c.dep_ in ("acomp", "attr"))
    for tok in sent:
        if tok.pos_ == "NOUN" and tok.i not in used and tok.dep_ not in _SKIP_TRIGGER_DEPS:
            row = _noun_row(tok)
            if row:
                found.append(_Trigger(row, tok, tok, tok.lemma_.lower(), nominal=True))
    return found


# ---- 2. roles -------------------------------------------------------------------------------

def _pobjs(head: Token, prep: str) -> list[Token]:
    """Objects of `prep` on `head` (for an event noun, also on its "of" complement: "a message of
    greeting from X")."""
    heads = [head]
    if head.pos_ == "NOUN":
        heads += [c for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for c in p.children if c.dep_ == "pobj"]
    out = []
    for p in (p for h in heads for p in h.children):
        if p.dep_ in ("prep", "agent", "dative") and p.lower_ == prep:
            objs = [c for c in p.children if c.dep_ == "pobj"]
            if p.dep_ == "agent" and not objs:
                # "greeted by commanding officers" misread as a gerund with its object: the
                # participle modifies the agent, which is that object
                objs = [o for g in p.children if g.dep_ == "pcomp" and g.tag_ == "VBG" for o in g.children
                        if o.dep_ == "dobj"]
            # a parser slip can leave the preposition without its object: take the next name
            out += objs or [t for t in p.doc[p.i + 1: p.i + 7] if t.pos_ == "PROPN"][-1:]
        # "in honour of X" names the one a reception or banquet is for
        if prep == "for" and p.dep_ == "prep" and p.lower_ == "in":
            for honour in p.children:
                if honour.lemma_.lower() in ("honour", "honor"):
                    out += [c for g in honour.children if g.lower_ == "of" for c in g.children if c.dep_ == "pobj"]
    return out


def subjects(verb: Token) -> list[Token]:
    """The verb's subject, inherited along conjunctions, open complements and relative clauses."""
    if _misread_clause(verb):
        # the name the parser made a modifier of the object, before the verb
        return [c for c in verb.head.lefts if c.dep_ in ("compound", "nmod", "poss") and c.i < verb.left_edge.i][-1:]
    if _misread_main_verb(verb):
        return [verb.sent.root]
    seen = 0
    while seen < 4:
        seen += 1
        # a relative pronoun ("officials who met") stands for the noun the clause modifies
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "csubj") and c.tag_ not in ("WP", "WDT")]
        if subj:
            return subj
        # "demonstrators protesting the result": a present participle modifying a noun is done
        # by it (a past one, "the attack launched by X", is done to it)
        if verb.dep_ == "relcl" or (verb.dep_ == "acl" and verb.tag_ == "VBG"):
            return [verb.head]
        # "told Syria to stop", "urged the rebels to disarm": the object of the verb of asking
        # does what it is asked to
        if verb.dep_ == "xcomp":
            objects = [c for c in verb.head.children if c.dep_ == "dobj"]
            if objects:
                return objects
        # "two motions were passed on Monday, asking him to ...": a participle after a passive
        # clause (hung on it, or on its phrase of time) is done by what that clause's subject names
        if verb.tag_ == "VBG" and (verb.dep_ == "advcl" or (verb.dep_ == "pcomp" and verb.head.dep_ == "prep")):
            clause = verb.head if verb.dep_ == "advcl" else verb.head.head
            passive = [c for c in clause.children if c.dep_ == "nsubjpass"]
            if passive and not any(c.dep_ == "nsubj" for c in clause.children):
                return passive
        if verb.dep_ in ("conj", "xcomp", "advcl", "acomp") and verb.head != verb:
            verb = verb.head
            continue
        # "condemned the U.S. for staging drills", "praised Cuba for sending doctors": the one
        # blamed or praised did it
        if verb.dep_ == "pcomp" and verb.head.lower_ == "for":
            objects = [c for c in verb.head.head.children if c.dep_ == "dobj"]
            if objects:
                return objects
        # "McDonald's is listed as donating $10,575": what a passive casts its subject as doing
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.lower_ == "as":
            passive = [c for c in verb.head.head.children if c.dep_ == "nsubjpass"]
            if passive:
                return passive
        # "the ROK gets bolder by scattering leaflets": the clause of the preposition
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
            verb = verb.head.head
            continue
        break
    return []


def _speakers(clause: Token, resolver: Resolver) -> list[str]:
    """Who says `clause`: the subject of the speech verb it depends on, else its quote's speaker."""
    for anc in clause.ancestors:
        if anc.lemma_.lower() in cues()["speech_verbs"]:
            return [r for s in subjects(anc) for r in resolver.phrase(s)]
    speaker = resolver.speaker_at(clause)
    return [speaker] if speaker else []


def _relcl_members(noun: Token) -> list[Token]:
    """"Officials who met X included A, B and C": the listed A, B, C stand for the officials."""
    verb = noun.head
    if noun.dep_ == "nsubj" and verb.lemma_.lower() in ("include", "be") and verb.pos_ in ("VERB", "AUX"):
        return [c for c in verb.children if c.dep_ in ("dobj", "attr")]
    return []


def _arrival(noun: Token) -> Token | None:
    """"Congratulations came from A, B and C": the verb of arrival an event noun is the subject
    of, which carries the noun's sender ("from") and addressee ("to"); also through a count or
    share of the noun ("most of Labour's donations came from unions", "$20m in Adelson money is
    headed to X")."""
    head = counter_of(noun) or noun
    verb = head.head
    if head.dep_ in ("nsubj", "nsubjpass") and _lemma(verb) in cues()["arrival_verbs"]:
        return verb
    return None


def _clause_of(noun: Token) -> Token | None:
    """"walked out in protest against X", "threw stones during demonstrations": the active verb
    whose "in"/"during" phrase names the act as the way it was done, so its subject does it; also
    a copula whose subject is "in" the act ("federal authorities are in talks with X")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in cues()["manner_preps"]:
        return None
    verb = prep.head
    engaged = verb.lemma_ == "be" and prep.lower_ == "in"
    return verb if (verb.pos_ == "VERB" or engaged) and not is_passive(verb) else None


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


def _restated(trig: _Trigger) -> bool:
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
    return verb if verb.pos_ == "VERB" and _lemma(verb) in cues()["inverse_light_verbs"] else None


def _relative_senders(heads: list[Token]) -> list[Token]:
    """"..., most of which came from trade unions": the "from" phrase of a relative clause of
    arrival hung on the noun (or, by a parser slip, on its clause's verb)."""
    out: list[Token] = []
    for head in heads:
        for clause in head.children:
            if clause.dep_ not in ("relcl", "advcl") or _lemma(clause) not in cues()["arrival_verbs"]:
                continue
            if any(t.tag_ == "WDT" for s in clause.children if s.dep_ in ("nsubj", "nsubjpass") for t in s.subtree):
                out += _pobjs(clause, "from")
    return out


def _transfer_roles(trig: _Trigger, resolver: Resolver) -> tuple[list[str], list[str]] | None:
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
    recipients = _target_heads(trig) + [o for p, o in preps if p in to]
    arrival = _arrival(noun)
    if arrival is not None:
        givers += _pobjs(arrival, "from")
    receiver = _receiver(noun)
    if receiver is not None:
        recipients += subjects(receiver)
        givers += _pobjs(receiver, "from")
    givers += _relative_senders([noun] + ([receiver] if receiver is not None else []))
    if giver_noun:
        givers += [p for p in partners if p.lemma_.lower() not in c["giver_nouns"]]
        givers += [noun.head] if noun.dep_ == "appos" else []
        # "the party's donor, X, said": named beside the noun where the phrase is the clause's
        # subject; as an object ("lost its main donor X") the verb says what became of the giving
        if noun.dep_ in ("nsubj", "nsubjpass", "attr"):
            givers += [a for a in noun.children if a.dep_ == "appos"]
    source = [r for h in givers for r in resolver.phrase(h)]
    target = [r for h in recipients for r in _target_refs(h, resolver)]
    owners = [r for h in noun.children if h.dep_ == "poss" for r in resolver.phrase(h)] or [
        r for m in noun.lefts if m.dep_ in ("compound", "nmod") and not is_anti(m) and not m.is_punct
        for r in [resolver.one(m)] if r]
    # a giver's owner ("the party's donor") is always its recipient
    if not source and not giver_noun:
        source = owners
    elif not target:
        target = owners
    return list(dict.fromkeys(source)), [t for t in dict.fromkeys(target) if t not in source]


def _names_recipient(trig: _Trigger) -> bool:
    """Whether an act's target slots hold a phrase other than what is given: "gave $5m",
    "donated a sum of $10,575" name none, the object of a verb that also gives "to" someone
    being what is given."""
    given = bool(set(trig.entry.target) - {"dobj"})
    return any(h.lemma_.lower() not in trig.entry.objects and h.lower_ not in trig.entry.objects
               and not h.like_num and h.ent_type_ != "MONEY" and not (given and h.dep_ == "dobj")
               for h in _target_heads(trig))


def is_passive(verb: Token) -> bool:
    """A passive clause, or a past participle standing alone as one ("Asked about damages, he
    said", "detainees held by the US"): its subject, or the noun it describes, is the one acted on."""
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return True
    if _misread_main_verb(verb):
        return False
    return verb.tag_ == "VBN" and verb.dep_ in ("advcl", "acl") and not any(
        c.dep_ in ("nsubj", "aux") for c in verb.children)


def _passive_subjects(verb: Token) -> list[Token]:
    """Who a passive clause or participle acts on: its passive subject, the noun a participle
    describes, or the subject of the clause a participle opens."""
    passive = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if passive or verb.dep_ not in ("advcl", "acl"):
        return passive
    return [verb.head] if verb.dep_ == "acl" else subjects(verb.head)


def _sources(trig: _Trigger, resolver: Resolver) -> list[str]:
    gov = trig.governor
    if trig.nominal:
        heads = [c for c in gov.children if c.dep_ == "poss"]
        heads += _pobjs(gov, "by") + _pobjs(gov, "from")
        arrival = _arrival(gov)
        if arrival is not None:
            heads += _pobjs(arrival, "from")
        refs = [r for h in heads for r in resolver.phrase(h)]
        if not refs:
            refs = [r for c in gov.lefts if c.dep_ in ("compound", "amod", "nmod") and not is_anti(c) and not c.is_punct
                    for r in [resolver.one(c)] if r]
        clause = _clause_of(gov) if trig.entry.plover not in cues()["suffered_types"] else None
        if not refs and clause is not None:
            refs = [r for h in subjects(clause) for r in resolver.phrase(h)]
        return refs
    if trig.inverse:
        refs = [r for h in _pobjs(gov, "from") + _pobjs(trig.word, "from") for r in resolver.phrase(h)]
        # "drew Chinese criticism", "received Putin's message": the noun's own modifier sends it
        refs = refs or [r for c in trig.word.lefts if c.dep_ in ("poss", "compound", "amod", "nmod")
                        for r in [resolver.one(c)] if r]
        # "won the endorsement of X": a stance's "of" names who takes it
        stance = trig.entry.plover in cues()["policy_stance_types"]
        return refs or [r for p in trig.word.children if stance and p.dep_ == "prep" and p.lower_ == "of"
                        for o in p.children if o.dep_ == "pobj" for r in resolver.phrase(o)]
    if trig.obligation:
        return _speakers(gov, resolver)
    if is_passive(gov):
        heads = _pobjs(gov, "by")
        if not heads and trig.entry.plover in cues()["moved_force_types"]:
            # "British troops were deployed to Iraq": the forces moved stand for their side;
            # "dispatched ... under the decision of the Political Bureau": so does who sent them
            heads = _mandators(gov) + _passive_subjects(gov)
        if not heads and _stated_legal_action(trig):
            return _speakers(gov, resolver)
    else:
        heads = []
        for subj in subjects(gov):
            members = _relcl_members(subj) if gov.dep_ == "relcl" else []
            heads += members or [subj]
    # "a resolution urging X": a document acts for whoever issued it
    authors = [r for h in heads for r in [resolver.author(h)] if r]
    return authors or [r for h in heads for r in resolver.phrase(h)]


def _mandators(verb: Token) -> list[Token]:
    """Who a passive act was done on the authority of: the "of" object of a decision, order or
    instruction (event_cues mandate_nouns) the act is "under" or "by" ("dispatched to the area under
    the decision of the Political Bureau", "deployed by order of the Supreme Command")."""
    mandates = [o for p in verb.children if p.dep_ in ("prep", "agent") and p.lower_ in ("under", "by", "on")
                for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in cues()["mandate_nouns"]]
    return [o for m in mandates for o in _pobjs(m, "of")]


def _stated_legal_action(trig: _Trigger) -> bool:
    """"Anyone who votes twice will be prosecuted," said the director: legal action (event_cues
    legal_threat_cameos) stated as certain to come, in the passive with no agent, is taken by
    whoever states it (a "could" or "may" only supposes it)."""
    gov = trig.governor
    return trig.entry.cameo in cues()["legal_threat_cameos"] and any(
        a.dep_ == "aux" and a.lower_ in cues()["certain_aux"] for a in gov.children)


def _target_heads(trig: _Trigger) -> list[Token]:
    """The phrase heads in the trigger's target slots (object, or its entry's prepositions)."""
    gov, word = trig.governor, trig.word
    if trig.inverse or trig.obligation:
        return subjects(gov)
    passive = is_passive(gov)
    heads: list[Token] = []
    for role in trig.entry.target:
        if role == "dobj":
            if trig.nominal:
                heads += _pobjs(word, "of")
            elif passive:
                heads += _passive_subjects(gov)
            else:
                objects = [c for c in gov.children if c.dep_ in ("dobj", "dative")]
                # "called out Senator X": the object of a phrasal verb misread as a predicate
                if not objects and any(c.dep_ == "prt" for c in gov.children):
                    objects = [c for c in gov.children if c.dep_ == "oprd"]
                # "ruled the order unconstitutional": what the predicate is said of
                heads += objects or [n for p in _predicates(gov) for n in p.children if n.dep_ == "nsubj"]
        elif role == VENUE_ROLE:
            # "took part in the Olympic Games held in Paris": where the event attended is held
            attended = [c for c in gov.children if c.dep_ == "dobj"] + _pobjs(gov, "in")
            heads += [o for a in attended for held in a.children if held.dep_ == "acl" and held.tag_ == "VBN"
                      for p in cues()["place_preps"] for o in _pobjs(held, p)]
        elif role != COURT_ROLE:
            carrier = gov if word != gov else _arrival(word) if trig.nominal else None
            heads += _pobjs(word, role) + (_pobjs(carrier, role) if carrier is not None else [])
    if not heads and gov.dep_ == "relcl" and any(c.lower_ == "where" for c in gov.children) and any(
            r in cues()["place_preps"] for r in trig.entry.target):
        # "Basra, where British forces are stationed": the place the clause is about
        heads = [gov.head]
    return heads


def _target_refs(head: Token, resolver: Resolver) -> list[str]:
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


def _scope_target(trig: _Trigger, source: list[str], resolver: Resolver) -> list[str]:
    """The party an act is aimed at when no object or preposition of the lexicon names it: the
    named actor nearest the event word in what it governs ("demanded that the DPRK forsake ...",
    "threatened to cut off power to Azerbaijan's exclave", "rejected calls by Belarus for aid"),
    breadth first; never the doer, its own state, or a clause that only reports the act; for a
    lawsuit or appeal never a court or judge, which hears it ("appealed the case to the Sixth
    Circuit after the district court upheld X's order" is against X)."""
    reporting = cues()["speech_verbs"] | cues()["report_verbs"]
    lawsuit = trig.entry.cameo == cues()["lawsuit_cameo"]
    actors = {a.id: a for a in resolver.ctx.document.actors}
    countries = {a.country for r in source for a in [actors.get(r)] if a and a.country}
    own = set(source) | {resolver.state_of[code] for code in countries if code in resolver.state_of}
    roots = [trig.word] if trig.word == trig.governor else [trig.word, trig.governor]
    home: str | None = None
    seen = {t.i for t in roots}
    queue: deque[tuple[Token, int]] = deque(
        (ch, 1) for r in roots for ch in r.children if ch.dep_ not in _NOT_SCOPE_DEPS and ch.i not in seen)
    while queue:
        tok, depth = queue.popleft()
        if tok.i in seen:
            continue
        seen.add(tok.i)
        if tok.lemma_.lower() in reporting:
            continue
        code = code_of(tok.text) if tok.dep_ in ("amod", "compound", "nmod", "poss") else None
        ref = resolver.actor_on(tok) or (resolver.state_of.get(code) if code else None)
        # a phrase naming a party by a common noun ("refused admittance to Ghanaians", "demands
        # from the rebels") is resolved as a participant would be
        agent = None
        if ref is None and tok.pos_ in ("NOUN", "PROPN", "NUM") and tok.dep_ in _PHRASE_DEPS:
            ref = agent = resolver.agent(tok)
        # the doer's own people ("protect France's farmers from Brazil's imports") are the
        # target only when no other party is named ("investigating crimes by Croatian extremists")
        if agent and _names_own(tok, agent, own, countries, resolver):
            home = home or agent
        elif ref and ref not in own and not (lawsuit and _is_judiciary(resolver, ref)):
            # a collective's state stands beside it, as when a slot names it ("Britons" -> the UK)
            state = resolver.agent_state.get(ref)
            return [ref] + ([state] if state and state not in own else [])
        if depth < _SCOPE_DEPTH:
            # "welcomed the release of the detainees": who is released is not whom the welcome
            # is for, so the "of" phrase of an act noun is not searched
            act = tok.lemma_.lower() in cues()["act_nouns"]
            queue.extend((ch, depth + 1) for ch in tok.children if ch.dep_ not in ("punct", "cc", "parataxis")
                         and not (act and ch.dep_ == "prep" and ch.lower_ == "of"))
    return [home] if home and home not in own else []


# ---- 3/4. framing and modality --------------------------------------------------------------

def _is_hypothetical(gov: Token) -> bool:
    c = cues()
    aux = [a for a in gov.children if a.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in c["modal_aux"] for a in aux):
        return True
    # "we will respond by scattering leaflets": the means shares the mood of what it serves
    if gov.dep_ == "pcomp" and gov.head.lower_ in cues()["means_preps"] and gov.head.head != gov.head:
        return _is_hypothetical(gov.head.head)
    # "plans to visit", "is to visit", "is going to meet", and an open complement of a modal verb
    # ("can use the missiles to strike")
    if gov.dep_ in ("xcomp", "ccomp") and gov.head != gov:
        head = gov.head.lemma_.lower()
        if head in c["intent_verbs"] or (gov.dep_ == "xcomp" and head == "be"):
            return True
        if gov.dep_ == "xcomp":
            return _is_hypothetical(gov.head)
    return False


def _is_conditional(gov: Token) -> bool:
    """An act only supposed ("if the talks fail", "in case they need to help") or permitted
    ("allowed Ukraine to strike"): neither done nor intended by its doer, so not reported."""
    c = cues()
    for clause in [gov, *(a for a in gov.ancestors if a.pos_ in ("VERB", "AUX"))][:3]:
        if any(m.dep_ == "mark" and m.lower_ in c["condition_marks"] for m in clause.children):
            return True
        # "in case" is parsed as a phrase of the main clause; it stands before the clause's subject
        edges = [t.left_edge.i for t in clause.children if t.dep_ in ("nsubj", "nsubjpass")]
        if any(e >= 2 and f"{clause.doc[e - 2].lower_} {clause.doc[e - 1].lower_}" in c["condition_marks"]
               for e in edges):
            return True
        if clause.dep_ in ("xcomp", "ccomp") and clause.head.lemma_.lower() in c["permission_verbs"]:
            return True
        if clause.dep_ not in ("xcomp", "ccomp", "conj"):
            break
    return False


def is_negated(gov: Token) -> bool:
    """Whether the clause of `gov` is negated ("did not meet", "no talks", "failed to agree")."""
    # "failed to reach agreement": the act that did not come about
    if gov.dep_ == "xcomp" and gov.head.lemma_.lower() in cues()["failure_verbs"]:
        return True
    return any(c.dep_ == "neg" for c in gov.children) or any(
        c.dep_ == "det" and c.lower_ == "no" for c in gov.children)


def _framer(found: _Found, by_word: dict[int, _Found]) -> _Found | None:
    """The framing event (threat, demand, refusal, accusation, agreement) this one is embedded in."""
    tok = found.trigger.governor
    for _ in range(4):
        if tok.dep_ not in _EMBED_DEPS or tok.head == tok:
            return None
        # "appealed after the court upheld X's order": a clause of time is another act, not content
        if tok.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in cues()["time_marks"] for m in tok.children):
            return None
        tok = tok.head
        outer = by_word.get(tok.i)
        if outer is not None and outer is not found:
            return outer if outer.plover in cues()["framing_types"] else None
    return None


def _apply_framing(found: list[_Found]) -> None:
    c = cues()
    by_word = {f.trigger.governor.i: f for f in found} | {f.trigger.word.i: f for f in found}
    for f in found:
        outer = _framer(f, by_word)
        if outer is not None and f.trigger.nominal and _answered(outer.trigger, f.trigger.word):
            continue  # "rejected a request from X": the request is X's act, the rejection another
        if outer is not None and outer.plover in ("THREATEN", "AGREE") and f.plover not in c["threat_codes"] \
                and f.plover not in c["intent_codes"] and outer.trigger.word.lemma_.lower() in c["commitment_verbs"]:
            # "vowed to veto the bill", "pledged to overturn the ruling": a promise of an act that
            # is neither force nor cooperation is that act, to come
            outer.suppressed, f.hypothetical = True, True
            continue
        if outer is not None:
            f.suppressed = True
            if outer.plover == "AGREE" and c["intent_codes"].get(f.plover):
                outer.cameo = c["intent_codes"][f.plover]
            elif outer.plover == "THREATEN" and f.plover in c["threat_codes"]:
                outer.cameo = c["threat_codes"][f.plover]
            # "demanded that X release ...", "accused X of ...": an embedded act with a doer of
            # its own is aimed at through that doer; one the framer does itself ("threatened to
            # strike X") at the embedded act's target
            own_doer = bool(f.source) and not set(f.source) & set(outer.source)
            embedded = f.source if own_doer else f.target
            if embedded and (not outer.target or outer.scoped):
                outer.target, outer.scoped = list(embedded), False
    # "sent a letter urging X to ...": what a message says it does is the act, not the message
    content = {f.trigger.governor.head.i for f in found if f.plover != "SUPPORT" and (
        f.trigger.governor.dep_ == "acl" or (f.trigger.governor.dep_ == "advcl" and f.trigger.governor.tag_ == "VBG"))}
    for f in found:
        if f.plover == "SUPPORT" and {f.trigger.word.i, f.trigger.governor.i} & content \
                and f.trigger.word.lemma_.lower() in cues()["authored_nouns"]:
            f.suppressed = True
    for f in found:
        if f.suppressed or not f.hypothetical or f.mode in c["scheduled_modes"]:
            # "Obama will join Clinton at a rally": a campaign's calendar reports the act to come
            continue
        if f.plover in c["cooperative_types"]:
            f.plover, f.cameo, f.mode = "AGREE", c["intent_codes"][f.plover], f"intent to {f.trigger.verb}"
        elif f.plover in c["conflictual_types"]:
            f.plover, f.cameo = "THREATEN", c["threat_codes"][f.plover]
        elif f.cameo in c["legal_threat_cameos"]:
            # "vowed to appeal", "will sue", "will be prosecuted": legal action to come is a threat of it
            f.plover, f.cameo, f.mode = "THREATEN", c["lawsuit_threat_cameo"], None


def _reported_by(gov: Token, resolver: Resolver) -> str | None:
    c = cues()
    for anc in gov.ancestors:
        lemma = anc.lemma_.lower()
        if lemma in c["report_verbs"] or lemma in c["speech_verbs"]:
            subj = [s for s in anc.children if s.dep_ == "nsubj"]
            ref = resolver.one(subj[0]) if subj else None
            if ref and (lemma in c["report_verbs"] or resolver.kinds.get(ref) == "media"):
                return ref
    for tok in gov.sent:
        if tok.lower_ == "according":
            for to in tok.children:
                for obj in to.children:
                    if obj.dep_ == "pobj":
                        return resolver.one(obj)
    return None


# ---- 5. when and where ----------------------------------------------------------------------

def _date_span(trig: _Trigger) -> tuple[int, int] | None:
    """Char span of the DATE entity that modifies this event's clause (with "on"/"in" before it)."""
    anchors = {trig.governor.i, trig.word.i}
    for ent in trig.governor.sent.ents:
        if ent.label_ != "DATE":
            continue
        tok = ent.root
        while tok.head != tok and tok.i not in anchors:
            tok = tok.head
            if tok.pos_ in ("VERB", "AUX") and tok.i not in anchors:
                break
        if tok.i in anchors:
            start = ent.start_char
            prev = ent.doc[ent.start - 1] if ent.start > 0 else None
            if prev is not None and prev.dep_ == "prep" and prev.lower_ in ("on", "in", "since", "during"):
                start = prev.idx
            return start, ent.end_char
    return None


def _place(trig: _Trigger) -> str | None:
    c = cues()
    heads = [trig.governor, trig.word]
    # "talks with the delegation in Sochi": the parser often hangs the place on the partner
    heads += [o for h in heads for p in h.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    for head in heads:
        for p in head.children:
            if p.dep_ != "prep" or p.lower_ not in c["place_preps"]:
                continue
            for obj in p.children:
                if obj.dep_ != "pobj":
                    continue
                if obj.ent_type_ in c["place_labels"] or (p.lower_ == "at" and obj.pos_ == "PROPN"):
                    span = obj.doc[obj.left_edge.i: obj.i + 1]
                    return span.text
    return None


# ---- the stage ------------------------------------------------------------------------------

def _code(trig: _Trigger, resolver: Resolver) -> _Found:
    e = trig.entry
    # a slot can be reached twice ("gave $5m to X" parsed with "to" as a dative): each party once
    transfer = _transfer_roles(trig, resolver)
    if transfer is not None:
        source, target = transfer
    else:
        source = list(dict.fromkeys(_sources(trig, resolver)))
        stance = e.plover in cues()["policy_stance_types"]
        target = list(dict.fromkeys(r for h in _target_heads(trig)
                                    for r in (stance and _bill_maker(h, resolver)) or _target_refs(h, resolver)))
        target = [t for t in target if t not in source]
    if e.cameo == cues()["lawsuit_cameo"]:
        # "appealed the case to the Ninth Circuit": the court hears a suit, it is not sued
        target = [t for t in target if not _is_judiciary(resolver, t)]
    heads = _target_heads(trig)
    if e.plover == "CONSULT":
        # a visit to a factory, museum, cemetery or tomb is to a place, not a meeting with a party
        sites = [h for h in heads if h.lemma_.lower() in cues()["facility_heads"]]
        target = [t for t in target if not _is_facility(resolver, t)
                  and not any(t in _target_refs(h, resolver) for h in sites)]
    # "X and Y met": the coordinated doers meet each other, unless the act names whom it is done
    # to and that went unresolved ("X and Y met the supporters' representatives")
    # ("X and Y attended": an audience, not a meeting of its own)
    if not target and not heads and len(source) > 1 and e.plover in cues()["symmetric_types"] \
            and VENUE_ROLE not in e.target:
        source, target = source[:1], source[1:]
    if e.plover == "CONSULT" and trig.nominal and not source and len(target) > 1 and _pobjs(trig.word, "between"):
        # "the summit between X and Y" read through the row's "between": one side each (a
        # "cooperation between" is as often hoped for as done, so only meetings)
        source, target = target[:1], target[1:]
    if trig.nominal and not target:
        between = [r for h in _pobjs(trig.word, "between") for r in resolver.phrase(h)]
        if not source:
            source, target = between[:1], between[1:]
        else:
            target = [t for t in between if t not in source]
    if not target and (trig.nominal or (not source and trig.word != trig.governor)):
        # "the China-US talks", "the DPRK-Russia summit", "a DPRK-Laos match was held": the two
        # sides of the act
        paired = _paired_modifiers(trig.word, resolver)
        if len(paired) == 2:
            source, target = paired[:1], paired[1:]
    if e.plover == "CONSULT" and e.mode == "visit" and not target:
        # "a delegation of Russian experts arrived here": a visiting group's visit is to its host
        hosts = [g.host for g in resolver.groups if g.id in source and g.host]
        here = [c for c in trig.governor.children if c.lower_ == "here"] or [trig.word]
        target = [resolver.state(h, here[0].doc[here[0].i: here[0].i + 1]) for h in hosts[:1]]
    # a meeting's or a joint act's object is its topic ("discussed the Ukraine conflict"), never
    # its partner, so only the types in scope_target_types read a target from the act's scope
    # "warned that small firms could suffer": a warning of a risk is aimed at no one; only a
    # warning to someone, or one whose clause names an act (folded in by framing), is a threat
    advisory = trig.word.lemma_.lower() in cues()["advisory_verbs"] and not any(
        c.dep_ in ("dobj", "dative") for c in trig.word.children)
    answered = trig.nominal and trig.word.dep_ == "dobj" and trig.word.head.pos_ == "VERB"
    if answered and not target and e.plover == "REQUEST":
        # "the court rejected a request from Democrats": a request answered was made to whoever answers
        target = [r for h in subjects(trig.word.head) for r in resolver.phrase(h) if r not in source]
    scoped = bool(source) and not target and e.plover in cues()["scope_target_types"] and not advisory
    if scoped:
        target = _scope_target(trig, source, resolver) or _policy_maker(trig, source, resolver)
    if not target and COURT_ROLE in e.target:
        target = [r for r in _nearest(resolver, trig.word.idx, _is_court) if r not in source]
        scoped = False
    mode, cameo = e.mode, e.cameo
    visiting = [h for h in trig.word.subtree if h.lower_ in cues()["host_modifiers"] and h.dep_ == "amod"]
    if e.plover == "CONSULT" and visiting and not trig.nominal:
        mode, cameo = "visit", "043"
    gov = trig.governor
    # a noun has no clause of its own; a demand is made now, whatever it asks for
    bare = trig.nominal or trig.obligation
    plover, negated = e.plover, not bare and is_negated(gov)
    hypothetical = not bare and _is_hypothetical(gov)
    if plover in cues()["verbal_attack_types"] and trig.word.lemma_.lower() in cues()["verbal_attack_verbs"] and source \
            and all(_speaks(resolver, r) for r in source):
        # "Blair attacked the Tories": politicians, parties and papers attack with words
        plover, mode, cameo = "ACCUSE", "disapprove", cues()["verbal_attack_cameo"]
    if NEGATED_ONLY in e.objects:
        # "we will not tolerate ...": the refusal is the act, a warning made now
        negated = hypothetical = False
    elif negated and plover in cues()["refusable_types"]:
        # "will not accept refugees", "failed to reach agreement": a concession or agreement
        # withheld is a rejection (CAMEO 12) stated now, not a negated or future agreement
        plover, mode, cameo, negated, hypothetical = "REJECT", None, cues()["refusal_cameo"], False, False
    return _Found(trig, plover, cameo, mode, source, target, negated=negated, hypothetical=hypothetical,
                  context=list(e.context), scoped=scoped and bool(target),
                  suppressed=_is_conditional(gov) or _restated(trig) or _campaign_event(trig, plover, source, target, resolver))


def _campaign_event(trig: _Trigger, plover: str, source: list[str], target: list[str], resolver: Resolver) -> bool:
    """"Trump held a rally in Tampa": a rally (event_cues campaign_event_words) held by named
    people or parties and against no one is a campaign event, not a protest; crowds and groups
    that rally ("students rallied outside parliament") still protest."""
    return plover == "PROTEST" and not target and bool(source) and trig.word.lemma_.lower() in cues()[
        "campaign_event_words"] and all(resolver.kinds.get(r) in ("person", "party") for r in source)


def _paired_modifiers(noun: Token, resolver: Resolver) -> list[str]:
    """The two parties a hyphenated modifier pair names on an event noun ("China-US talks"), or []."""
    # "the DPRK-Russia children's camping": the pair may modify a possessor of the noun
    mods = [t for c in noun.lefts if c.dep_ in ("compound", "amod", "nmod", "poss") for t in c.subtree]
    for left, dash, right in zip(mods, mods[1:], mods[2:]):
        if dash.text == "-" and left.i + 1 == dash.i == right.i - 1:
            refs = [resolver.one(left), resolver.one(right)]
            if all(refs) and refs[0] != refs[1]:
                return [r for r in refs if r]
    return []


def _policy_maker(trig: _Trigger, source: list[str], resolver: Resolver) -> list[str]:
    """"The unions welcomed the increase", "the CBI called for a pause": a stance on a policy
    (event_cues policy_nouns) whose maker is not named is taken toward the government the
    article names, when it names one and the doer is not part of it."""
    if trig.entry.plover not in cues()["policy_stance_types"]:
        return []
    # a minister refusing to rule out a tax rise speaks for the government, not to it
    actors = [resolver.ctx.document.actor(r) for r in source]
    if any(a is not None and (a.sector == "GOV" or a.kind == "government_body") for a in actors):
        return []
    near = [t for t in trig.word.subtree if t.i != trig.word.i and abs(t.i - trig.word.i) <= 8
            and t.dep_ not in ("nsubj", "nsubjpass")]
    # "defended his party's plans to raise tax": a policy with an owner is that owner's
    if not any(t.lemma_.lower() in cues()["policy_nouns"] for t in near) or any(
            c.dep_ == "poss" for t in near for c in t.children):
        return []
    doc = trig.word.doc
    for tok in doc:
        if tok.lemma_.lower() == "government" and tok.pos_ == "NOUN":
            ref = resolver.one(tok)
            if ref and ref not in source and resolver.kinds.get(ref) == "government_body":
                return [ref]
    return []


def _bill_maker(head: Token, resolver: Resolver) -> list[str]:
    """"Vowed to veto the bill allowing families to sue": a bill (event_cues legislation_nouns)
    no one is named as owning is the legislature's that passes it, the one the article names
    last before it (else first after), not whoever the bill is about."""
    if head.lemma_.lower() not in cues()["legislation_nouns"] or any(
            c.dep_ == "poss" for c in head.children) or _pobjs(head, "by"):
        return []
    return _nearest(resolver, head.idx, lambda a: a.kind == "legislature")


def _nearest(resolver: Resolver, idx: int, wanted: Callable[[Actor], bool]) -> list[str]:
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


def _is_court(actor: Actor) -> bool:
    """Whether `actor` is a court: a body (not a person or group) whose name has a word of
    event_cues court_words ("Supreme Court", "Sixth Circuit") or that is of the judiciary."""
    named = bool(set(re.findall(r"\w+", actor.name.lower())) & set(cues()["court_words"]))
    return actor.kind not in ("person", "group") and (named or actor.sector == "JUD")


def _is_judiciary(resolver: Resolver, ref: str) -> bool:
    """Whether actor `ref` is a court or judges ("a federal judge"), never a party to a suit."""
    actor = resolver.ctx.document.actor(ref)
    return actor is not None and (_is_court(actor) or (actor.kind == "group" and actor.sector == "JUD"))


def _speaks(resolver: Resolver, ref: str) -> bool:
    """Whether actor `ref` acts by speaking: a person, party, legislature or paper, or an agent
    of a speaking sector ("the opposition", "critics")."""
    actor = resolver.ctx.document.actor(ref)
    sector = actor.sector if actor is not None else None
    return resolver.kinds.get(ref) in cues()["speaking_kinds"] or sector in cues()["speaking_sectors"]


def _is_facility(resolver: Resolver, ref: str) -> bool:
    """Whether actor `ref` is a site named by its facility head ("the Sunchon Cement Complex",
    "the War Museum"): visited, never met."""
    actor = resolver.ctx.document.actor(ref)
    if actor is None or actor.kind in ("person", "state"):
        return False
    return bool(set(actor.name.lower().split()) & set(cues()["facility_heads"]))


def _inherit_targets(found: list[_Found], before: list[_Found], recent: list[_Found]) -> None:
    """"Kim received messages from abroad. Congratulations came from A and B.": an event noun whose
    addressee is left unsaid continues the last event of its type, and takes that event's target.
    Only a noun that is the clause's subject is read so: as an object it is a new act. An act of
    a type in event_cues continued_types ("The founder of the bank gave $325,417" in a list of
    donations) continues so wherever it stands when it names no recipient at all: an act of its
    own sentence first, else one of the `recent` sentences (a list runs on from sentence to
    sentence; further back the article has moved on)."""
    continued = cues()["continued_types"]
    for f in found:
        subject = f.trigger.nominal and f.trigger.word.dep_ in ("nsubj", "nsubjpass")
        # a recipient named but not resolved ("directed $300,000 to marginal seats") is no gap
        listed = f.plover in continued and not _names_recipient(f.trigger)
        if not (subject or listed) or not f.source or (f.target and not f.scoped):
            continue
        earlier = before if subject else recent
        here = [b for b in found if b is not f and not b.scoped] if listed else []
        # a list runs on from gifts someone made, not from a total no one is named as giving
        last = next((b for b in [*here, *reversed(earlier)] if b.plover == f.plover and b.target
                     and (subject or b.source)), None)
        if last is not None:
            f.target, f.scoped = [t for t in last.target if t not in f.source], False


def _act_stem(tok: Token) -> str:
    """A verb's or act noun's lemma without the gerund ending ("scattering" -> "scatter")."""
    lemma = tok.lemma_.lower()
    return lemma[:-3] if tok.pos_ == "NOUN" and lemma.endswith("ing") and len(lemma) > 6 else lemma


def _halted_acts(found: list[_Found], before: list[_Found]) -> None:
    """"We scattered leaflets over the ROK ... We will halt the scattering": halting an act the
    article reported (event_cues halting_modes) is a retreat toward whom that act was aimed at,
    when the halting names no one itself."""
    for f in found:
        if f.trigger.entry.mode not in cues()["halting_modes"] or (f.target and not f.scoped) or not f.source:
            continue
        gov = f.trigger.governor
        acts = {_act_stem(o) for o in (_passive_subjects(gov) if is_passive(gov) else _objects(gov))}
        earlier = [b for b in found if b.trigger.word.i < f.trigger.word.i]
        last = next((b for b in reversed([*before, *earlier]) if b.target and b is not f
                     and _act_stem(b.trigger.word) in acts), None)
        if last is not None:
            f.target, f.scoped = [t for t in last.target if t not in f.source], False


def _answer_requests(found: list[_Found], before: list[_Found]) -> None:
    """"Lawyers for X filed papers opposing the unsealing": a rejection of the request, or of the act
    requested (event_cues requested_nouns), named by a bare definite phrase that points back, with
    no one named as its target, rejects whoever made the last request before it ("a media
    request" names its maker, if only vaguely, so it is not read so)."""
    for f in found:
        objects = _objects(f.trigger.governor) if f.trigger.word == f.trigger.governor else []
        if f.plover != "REJECT" or f.target or not f.source or not any(
                o.lemma_.lower() in cues()["requested_nouns"] and _points_back(o) for o in objects):
            continue
        last = next((b for b in reversed(before) if b.plover == "REQUEST" and b.source
                     and not set(b.source) & set(f.source)), None)
        if last is not None:
            f.target = list(last.source)


def _refusal(f: _Found) -> bool:
    """"refused to apologise", "declined to release the records", "would not resign": a REJECT
    of an act its doer was to do (an open complement, or a row read only where negated)."""
    return f.plover == "REJECT" and (NEGATED_ONLY in f.trigger.entry.objects or (
        f.trigger.word == f.trigger.governor and any(c.dep_ == "xcomp" for c in f.trigger.word.children)))


def _refused_requests(found: list[_Found]) -> None:
    """"X again refused to apologise. ... Two motions asked him to apologise.": a refusal that
    names no one it answers answers whoever asked its doer to act, the request nearest before it
    in the field, else the first after (news often tells the refusal before the demand)."""
    for f in found:
        if not _refusal(f) or not f.source or (f.target and not f.scoped):
            continue
        at = f.trigger.word.idx
        asks = [r for r in found if r.plover == "REQUEST" and r.source and set(r.target) & set(f.source)
                and not set(r.source) & set(f.source)]
        before = [r for r in asks if r.trigger.word.idx < at]
        after = [r for r in asks if r.trigger.word.idx > at]
        last = before[-1] if before else after[0] if after else None
        if last is not None:
            f.target, f.scoped = list(last.source), False


def _asked_for(noun: Token) -> set[str]:
    """What a request noun asks for: the lemmas of its "for"/"of" objects ("a call for shortlists")."""
    return {o.lemma_.lower() for p in noun.children if p.dep_ == "prep" and p.lower_ in ("for", "of")
            for o in p.children if o.dep_ == "pobj"}


def _same_requests(found: list[_Found], resolver: Resolver) -> None:
    """"A call for shortlists has been rejected by X ... Y's proposal of shortlists": a request
    for something, rejected with no maker named, is the one whose maker the field names with a
    request for the same thing (a possessor, "by" or "from"), nearest before, else first after."""
    for f in found:
        if f.plover != "REJECT" or not f.source or (f.target and not f.scoped):
            continue
        heads = _target_heads(f.trigger)
        wanted = {w for h in heads if (_noun_row(h) or f.trigger.entry).plover == "REQUEST" for w in _asked_for(h)}
        if not wanted or any(h.pos_ != "NOUN" for h in heads):
            continue
        makers: list[tuple[int, list[str]]] = []
        for tok in f.trigger.word.doc:
            row = _noun_row(tok) if tok.pos_ == "NOUN" and tok not in heads else None
            if row is None or row.plover != "REQUEST" or not _asked_for(tok) & wanted:
                continue
            owners = [c for c in tok.children if c.dep_ == "poss"] + _pobjs(tok, "by") + _pobjs(tok, "from")
            refs = [r for h in owners for r in resolver.phrase(h) if r not in f.source]
            if refs:
                makers.append((tok.i, refs))
        at = f.trigger.word.i
        before = [m for i, m in makers if i < at]
        after = [m for i, m in makers if i > at]
        refs = before[-1] if before else after[0] if after else None
        if refs:
            f.target, f.scoped = list(dict.fromkeys(refs)), False


def _points_back(noun: Token) -> bool:
    """"the motion", "that request": a noun with a definite determiner and no other modifier."""
    lefts = list(noun.lefts)
    return len(lefts) == 1 and lefts[0].lower_ in ("the", "that", "this") and not any(
        c.dep_ == "prep" for c in noun.rights)


def _others(ctx: Context, f: _Found) -> list[str]:
    """The target without the doers themselves, nor, for a cooperative act, their own state: a
    person complaining about herself or a government's promise "to stand up for Britain" names
    no other party (a curfew a government imposes on its own country does)."""
    document = ctx.document
    countries = {a.country for r in f.source for a in [document.actor(r)] if a and a.country}
    own = set(f.source)
    # doers of several countries ("Hungarian and Romanian officials agreed") act toward each other
    if len(countries) == 1 and (f.plover in cues()["cooperative_types"] or f.plover == "AGREE"):
        own |= {a.id for a in document.actors if a.kind == "state" and a.country in countries}
    return [t for t in f.target if t not in own]


def _complete(f: _Found) -> bool:
    """An event needs its doer, and someone it is done to unless its type stands alone."""
    return bool(f.source) and (bool(f.target) or f.plover in cues()["untargeted_types"])


def _same_event(a: Event, b: Event) -> bool:
    if a.plover != b.plover or a.negated != b.negated or a.hypothetical != b.hypothetical:
        return False
    if a.date and b.date and a.date != b.date:
        return False
    if set(a.source) == set(b.source) and set(a.target) == set(b.target):
        return True
    if not (a.target and b.target):
        return False
    # one doer and one party acted on in common ("Kim met X" and "Kim and X held talks"); a
    # meeting or agreement also when written the other way round ("X met Kim")
    same_way = bool(set(a.source) & set(b.source)) and bool(set(a.target) & set(b.target))
    other_way = bool(set(a.source) & set(b.target)) and bool(set(a.target) & set(b.source))
    return same_way or (other_way and a.plover in cues()["symmetric_types"])


def add_event(events: list[Event], event: Event) -> None:
    """Append `event`, or fold it into an earlier event it is another mention of."""
    for old in events:
        if _same_event(old, event):
            if event.evidence not in old.mentions:
                old.mentions.append(event.evidence)
            old.date = old.date or event.date
            old.date_text = old.date_text or event.date_text
            old.location = old.location or event.location
            old.reported_by = old.reported_by or event.reported_by
            return
    event.mentions.append(event.evidence)
    events.append(event)


# ---- 7. statement stance ------------------------------------------------------------------

@dataclass
class _Statement:
    """A statement issued in the text: who issued it, the sentence saying so, its row."""

    speaker: str
    own: set[str]        # states named in the issuer's phrase ("... of the DPRK")
    entry: LexEntry
    trigger: _Trigger
    text_from: int | None = None  # "..., which said:": the statement is the rest of the field


def _issued(sent: Span, resolver: Resolver) -> _Statement | None:
    """"X released the following press statement": X is the speaker of the quoted text after the
    sentence (the parse of such a header is often wrong), else the issuing verb's subject; the
    states named before the noun are X's own ("... of the DPRK")."""
    for tok in sent:
        entry = statement_entry(tok.lemma_)
        issuing = tok.head.lemma_.lower() in cues()["issue_verbs"] or any(c.lower_ == "following" for c in tok.children)
        if entry is None or not issuing:
            continue
        # only a quote that opens within or right after the header is the statement's text
        text = sent.doc.text
        after = [q for q in resolver.ctx.document.quotes
                 if q.evidence.field == resolver.field and q.evidence.start >= sent.start_char
                 and not text[sent.end_char: q.evidence.start].strip()]
        speakers = [min(after, key=lambda q: q.evidence.start).speaker] if after else [
            r for s in subjects(tok.head) for r in resolver.phrase(s)]
        if speakers:
            own = {r for t in sent[: tok.i - sent.start] for r in [resolver.actor_on(t)]
                   if r and resolver.kinds.get(r) == "state"}
            verb = f"{tok.head.lemma_.lower()} {tok.lemma_.lower()}"
            unquoted = not after and sent.text.rstrip().endswith(":")
            return _Statement(speakers[0], own, entry, _Trigger(entry, tok, tok.head, verb),
                              text_from=sent.end_char if unquoted else None)
    return None


def _stance_target(ctx: Context, statement: _Statement, inside: list[_Found], spans: list[tuple[int, int]],
                   field: str) -> str | None:
    """Whom the statement is against: the party most often cast in a hostile role in its quoted
    text (the target of the speaker's accusations, the doer of the attacks, deployments and
    accusations it reports), ties and silence broken by how often the text names each state."""
    c = cues()
    side = _speaker_side(ctx, statement)
    hostile = [t for f in inside if f.plover in c["stance_types"] and set(f.source) <= side for t in f.target]
    hostile += [s for f in inside if f.plover in c["conflictual_types"] or f.plover in c["stance_types"]
                for s in f.source]
    named = [a.id for a in ctx.document.actors if a.kind == "state"
             for m in a.mentions if m.field == field and any(x <= m.start < y for x, y in spans)]
    hostile = [_state_of(ctx, r) for r in hostile]
    refs = [r for r in hostile + named if r and r not in side]
    if not refs:
        return None
    return max(dict.fromkeys(refs), key=lambda r: (hostile.count(r), named.count(r)))


def _state_of(ctx: Context, ref: str) -> str | None:
    """The state actor a participant stands for: itself, or the state of its country when the
    article names that state ("the U.S. Air Force" -> the United States)."""
    states = {a.id: a.country for a in ctx.document.actors if a.kind == "state"}
    if ref in states:
        return ref
    holders = [*ctx.document.actors, *ctx.document.groups]
    country = next((h.country for h in holders if h.id == ref), None)
    return next((s for s, c in states.items() if country and c == country), None)


def _speaker_side(ctx: Context, statement: _Statement) -> set[str]:
    """The speaker, the states named as its own, and the state actor of the speaker's country:
    "we warn" and "the DPRK rejects" in a ministry's statement are the ministry's stance."""
    country = next((a.country for a in ctx.document.actors if a.id == statement.speaker), None)
    states = {a.id for a in ctx.document.actors if a.kind == "state" and country and a.country == country}
    return {statement.speaker} | statement.own | states


def _stance(ctx: Context, statement: _Statement, found: list[tuple[Span, _Found]], field: str) -> _Found | None:
    """The statement as an act: hostile when a stance trigger in its quoted text is the speaker's.
    The speaker's own stance triggers that name no target ("we sternly warn that ...") are aimed
    at the statement's target, since such texts name the criticised state in other sentences."""
    spans = [(q.evidence.start, q.evidence.end) for q in ctx.document.quotes
             if q.speaker == statement.speaker and q.evidence.field == field]
    if statement.text_from is not None:
        spans.append((statement.text_from, len(statement.trigger.word.doc.text)))
    inside = [f for sent, f in found if any(a <= sent.start_char < b for a, b in spans)]
    side = _speaker_side(ctx, statement)
    hostile = any(f.plover in cues()["stance_types"] and set(f.source) <= side for f in inside)
    target = _stance_target(ctx, statement, inside, spans, field) if hostile else None
    if target is None:
        return None
    home = sorted((side - {statement.speaker}) & {a.id for a in ctx.document.actors if a.kind == "state"})
    for f in inside:
        if (f.target and not f.scoped) or not f.source:
            continue
        if f.plover in cues()["stance_types"] and set(f.source) <= side:
            f.target = [target]
        elif f.plover in cues()["untargeted_types"] and not set(f.source) & side and home:
            # a state's statement reports the other side's drills and deployments as aimed at it
            f.target = home[:1]
    e = statement.entry
    return _Found(statement.trigger, e.plover, e.cameo, e.mode, [statement.speaker], [target], context=list(e.context))


# ---- the stage ------------------------------------------------------------------------------

# how many sentences back an act left without a recipient may continue one (_inherit_targets)
_CONTINUED_SENTENCES = 2


@stage("events", reads=("actors", "groups", "quotes"), adds=("events", "actors"))
def find_events(ctx: Context) -> None:
    """Append one Event per distinct happening the article reports, with all its mentions."""
    published = ctx.article.published
    events: list[Event] = []
    known = {a.id for a in ctx.document.actors}
    for fld, doc in ctx.docs.items():
        resolver = Resolver(ctx, fld)
        line = dates.dateline(doc.text, published) if fld == "body" else None
        coded: list[tuple[Span, _Found]] = []
        statements: list[tuple[Span, _Statement]] = []
        read: list[Span] = []
        for sent in doc.sents:
            # a question asks whether something happens; it reports nothing, nor does the
            # sentence quoting one ("'Isn't the reason ...?,' he asked.")
            if sent.text.rstrip().rstrip('"\u201d\'').endswith("?") or _QUOTED_QUESTION.search(sent.text):
                continue
            found = [_code(t, resolver) for t in _triggers(sent, resolver)]
            _apply_framing(found)
            since = read[-_CONTINUED_SENTENCES].start if len(read) >= _CONTINUED_SENTENCES else 0
            _inherit_targets(found, [f for _, f in coded], [f for s, f in coded if s.start >= since])
            _answer_requests(found, [f for _, f in coded])
            _halted_acts(found, [f for _, f in coded])
            coded += [(sent, f) for f in found]
            read.append(sent)
            statement = _issued(sent, resolver)
            if statement:
                statements.append((sent, statement))
        coded += [(sent, f) for sent, st in statements for f in [_stance(ctx, st, coded, fld)] if f]
        _same_requests([f for _, f in coded], resolver)
        _refused_requests([f for _, f in coded])
        for sent, f in coded:
            f.target = _others(ctx, f)
            if f.suppressed or not _complete(f):
                continue
            span = _date_span(f.trigger)
            date_text = doc.text[span[0]: span[1]] if span else None
            when = dates.resolve(date_text, published, future=f.hypothetical) if date_text else None
            where = _place(f.trigger)
            if line and sent.start_char <= line.end + 1 and sent.end_char > line.end:
                when, date_text = (when, date_text) if date_text else (line.date, None)
                where = where or line.place
            text = sent.text.rstrip()
            add_event(events, Event(
                id=f"e{len(events) + 1}", plover=f.plover, mode=f.mode, context=f.context,
                cameo=f.cameo, verb=f.trigger.verb, source=with_organ_states(ctx.document, f.source),
                target=with_organ_states(ctx.document, f.target),
                date=when, date_text=date_text, location=where,
                reported_by=_reported_by(f.trigger.governor, resolver),
                negated=f.negated, hypothetical=f.hypothetical,
                evidence=Evidence(start=sent.start_char, end=sent.start_char + len(text), field=fld),
            ))
    ctx.document.events.extend(events)
    finish_events(ctx, known)


def finish_events(ctx: Context, known: set[str]) -> None:
    """Number the document's events in order, and remove the actors resolving participants made
    ("rebels", a capital's state) that no event kept: a phrase resolved for an act that turned out
    incomplete names nobody the article is about. `known`: the actor ids from before the stage."""
    document = ctx.document
    for i, event in enumerate(document.events, 1):
        event.id = f"e{i}"
    used = {r for e in document.events for r in [*e.source, *e.target, e.reported_by] if r}
    kept = [a for a in document.actors if a.id in known or a.id in used]
    if len(kept) != len(document.actors):
        document.actors[:] = kept
        ctx.reindex()
