"""Appraisal stage: what a speaker says of (or is said to feel toward) another party, as ACCUSE or SUPPORT.

News reports most criticism and praise as speech, not with a verb of accusing or praising: "Mr Fox
said the posters were a sign of sinister tactics by Labour", a ministry's statement calling
another state's drills "a reckless provocation", "the minister said the Chinese offer was
generous and constructive". Inside each quote (direct or reported), a word of disapproval
(data/disapproval.tsv) or of approval (data/approval.tsv) is aimed at the party that owns it:
  1. a noun's possessor, its "of"/"by" complement or a name modifying it ("the U.S. provocation"),
     or whom an exclamation it heads is aimed at ("Shame on X!", "Kudos to X");
  2. an adjective's noun, read the same way ("the government's cynical plan");
  3. else the subject of the clause the word belongs to ("the plan is a sham", "they lied").
That party, when it is not on the speaker's side (the speaker, its state, the bodies it holds a
post in), is the target of one event by the speaker, coded as the event lexicon codes the verb
"criticize" (ACCUSE, CAMEO 111) or "praise" (SUPPORT, CAMEO 051); repeated appraisals of the same
party fold into one event with a mention per sentence. Words describing whom a statement is made to
("warned bigoted fans that ...") are the writer's, not the speaker's. A negated word of disapproval ("was not
illegal") praises no one and is skipped; a negated adjective of approval ("was not helpful") is
disapproval. "X called Y a liar", "described Y as very talented" are read the same way. Words of
attitude (data/attitudes.tsv) are aimed at the object of their preposition or the clause they are
felt about ("pleased with the court's decision", "furious that X ..."); outside quotes, the party
the writer says feels them is the source ("Democrats were furious with X"). So are its nouns of
feeling where a party voices or holds them ("the ministry expressed deep concern over the U.S.
moves", "Labour MPs raised concerns that the government's plan ..."); concern for someone is
sympathy, not criticism. A harm the speaker says another party's plan, policy, ruling or act
brings ("the Tory plans would mean less investment", "higher taxes under Labour") is criticism of
whoever answers for it (consequences.py reads which words are a harm and who answers for it).
A party's speaker naming a rival party of its country, or one of its office holders, criticises
it whatever the words: in campaign news what one party says of another is attack. An outlet's
commentary or editorial ("KCNA Commentary on X", commentary.py) is read as the outlet's own words:
its words of disapproval are the outlet's ACCUSE of whom they are aimed at; so is a statement an
outlet makes in a piece of opinion the sentence names ("Rodong Sinmun says in an article that
..."), while what an outlet reports stays a claim.
"""

from __future__ import annotations

import functools

from spacy.tokens import Doc, Span, Token

from newsgraph.extract import consequences
from newsgraph.extract.commentary import commentary_voice
from newsgraph.extract.event_grammar import (
    SITUATION_PRONOUNS, comparing, hyphen_lead, is_conditional, is_negated, is_passive, prep_objects, subjects,
    wished_of_another,
)
from newsgraph.extract.event_lexicon import (
    LexEntry, agent_noun, approval_words, cues, disapproval_words, noun_entry, verb_entries,
)
from newsgraph.extract.event_roles import home_government, is_judiciary, referred_act_doers, unowned_policy_maker
from newsgraph.extract.events import add_event, finish_events, join_targets
from newsgraph.extract.lexicon import read_tsv
from newsgraph.extract.participants import Resolver, agent_states, is_anti, with_represented
from newsgraph.extract.pipeline import Context, stage
from newsgraph.extract.states import code_of
from newsgraph.model import Actor, Document, Event, Evidence, Position, Quote

# the lexicon verbs whose rows code the two verdicts a speaker's words pass on a party
_CRITICIZE = "criticize"
# an appraisal with the word that voices it (a verdict, or the verb that names one)
Voiced = tuple[Event, Token]
_PRAISE = "praise"
# the lexicon verb whose row codes a stance against a party's course ("is opposed to X's plan")
_OPPOSE = "oppose"
_OWNER_PREPS = ("of", "by", "from")
_NAME_DEPS = ("compound", "amod", "nmod")
_MAX_CLIMB = 6
_DETERMINER_DEPS = ("det", "predet", "poss")
_RELATIVE_PRONOUNS = frozenset({"who", "whom", "which", "that"})
# the kinds of party a quote may be about when its criticism names no target (`_lone_party`), and
# those of them it may be aimed at: a body or a state named may be the subject of the criticism
# rather than its target ("a scandal that the system discriminated against X's payments")
_LONE_KINDS = ("person", "party", "organization", "state")
_LONE_TARGETS = ("person", "party")
# how far (characters) a speaker's quote may follow their last one and still go on about it
_NEXT_QUOTE_CHARS = 200
# verb tags of a clause that asserts ("says", "said", "has said")
_FINITE_TAGS = frozenset({"VBZ", "VBD", "VBP", "VBN"})


@functools.lru_cache(maxsize=None)
def attitude_words() -> dict[tuple[str, str], tuple[str, frozenset[str]]]:
    """data/attitudes.tsv: (form, kind of word: adj, noun or verb) -> (verdict, the prepositions
    naming what the attitude is toward)."""
    verdicts = {"praise": _PRAISE, "criticize": _CRITICIZE, "oppose": _OPPOSE}
    return {(form.lower(), word): (verdicts[verdict], frozenset(preps.split(",")))
            for form, verdict, preps, word in read_tsv("attitudes.tsv")}


def _attitude_entry(tok: Token) -> tuple[str, frozenset[str], str] | None:
    """The attitudes.tsv row `tok` reads as, with its kind of word: a noun of feeling only where a
    party voices or holds it, a verb of feeling only in its sense whose subject feels it ("X
    fears that ...", not "it worries me that ...", said of its cause), an adjective or participle
    ("angry", "was disappointed by") as either."""
    words = attitude_words()
    kinds = {"NOUN": ["noun"], "VERB": ["verb", "adj"], "ADJ": ["adj"]}.get(tok.pos_, []) if not comparing(tok) else []
    for word in kinds:
        entry = words.get((tok.lower_, word))
        if entry is None:
            continue
        if (word == "noun" and not _held(tok)) or (word == "verb" and any(c.dep_ == "dobj" for c in tok.children)):
            return None
        return (*entry, word)
    return None


def _voicing_verb(noun: Token) -> Token | None:
    """The verb through which a party voices or holds a noun of feeling ("expressed concern",
    "concerns were raised by unions"), or None."""
    if noun.dep_ in ("dobj", "nsubjpass") and noun.head.pos_ == "VERB" and noun.head.lemma_.lower() in cues()["voicing_verbs"]:
        return noun.head
    return None


def _held(noun: Token) -> bool:
    """Whether a noun of attitude is a feeling some party is said to have: voiced or held through
    a verb (_voicing_verb) or owned ("Beijing's worries"); "there are concerns" is no one's."""
    return noun.pos_ == "NOUN" and (_voicing_verb(noun) is not None or any(c.dep_ == "poss" for c in noun.children))


def _in_charge(thing: Token, resolver: Resolver) -> list[str]:
    """"Misgivings about the armed forces under President X", "angry about the economy under
    Labour": the parties a thing is said to be under are in charge of it, and answer for it."""
    return [r for o in _pobjs_of(thing, "under") for r in resolver.phrase(o)]


def _attitude(tok: Token, resolver: Resolver) -> tuple[str, list[str]] | None:
    """A word of attitude ("pleased with", "critical of", "expressed concern over") with the
    parties it is toward: the objects of its prepositions, or whose they are ("disappointed by the
    minister's decision"). The parser may hang a voiced noun's preposition on its verb ("voiced
    worries at X's decision") or on the agent ("raised by unions over X's plan")."""
    entry = _attitude_entry(tok)
    if entry is None:
        return None
    verdict, preps, word = entry
    if _negated(tok):
        # "not happy with" disapproves; "not critical of", "not opposed to" pass no verdict
        if verdict != _PRAISE:
            return None
        verdict = _CRITICIZE
    holders = [tok]
    verb = _voicing_verb(tok) if word == "noun" else None
    if verb is not None:
        holders += [verb, *_pobjs_of(verb, "by")]
    # 'were "outraged" by the decision': the parser may hang an adjective's preposition on its copula
    copula = [tok.head] if word == "adj" and tok.dep_ == "acomp" else []
    objects = [o for h in holders + copula for p in h.children if p.dep_ in ("prep", "agent") and p.lower_ in preps
               for o in p.children if o.dep_ == "pobj"]
    objects += [c for o in objects for c in o.conjuncts]
    parties = [r for o in objects for r in (_in_charge(o, resolver) or resolver.phrase(o) or resolver.agent_refs(o)
                                            or _act_owners(o, resolver) or unowned_policy_maker(o, [], resolver))]
    # "furious that X made a vague announcement", "expressed concern that X's plan ...", "fears
    # X's plan will hurt": the parties of the clause it is felt about (a verb of feeling's clause
    # is what is felt, "that" or not, as is an adjective's clause with a subject of its own:
    # "concerned the government had not consulted")
    parties += [r for h in holders[:2] for c in h.children if c.dep_ in ("ccomp", "acl") and c.i > tok.i
                and (word == "verb" or any(m.dep_ == "mark" for m in c.children)
                     or (word == "adj" and any(m.dep_ in ("nsubj", "nsubjpass") for m in c.children)))
                for r in _clause_parties(c, resolver)]
    return verdict, parties


@functools.lru_cache(maxsize=None)
def standing_words() -> dict[str, frozenset[tuple[str, str]]]:
    """data/standing.tsv: role -> (lemma, coarse part of speech) pairs."""
    roles: dict[str, set[tuple[str, str]]] = {}
    for lemma, pos, role in read_tsv("standing.tsv"):
        roles.setdefault(role, set()).add((lemma.lower(), pos))
    return {role: frozenset(words) for role, words in roles.items()}


def _has_role(tok: Token, role: str) -> bool:
    return bool(_keys(tok) & standing_words().get(role, frozenset()))


def _in_objects(*nouns: Token) -> list[Token]:
    """The objects of "in" under the nouns ("a lack of trust in X", "lost confidence in X")."""
    return [o for n in nouns for d in n.subtree if d.dep_ == "prep" and d.lower_ == "in"
            for o in d.children if o.dep_ == "pobj"]


def _standing(tok: Token, resolver: Resolver) -> tuple[str, list[str]] | None:
    """A verdict on a party's standing (data/standing.tsv) with the parties it is passed on: a
    quality it lacks, a feat it never achieved, a harm it is to blame for, credit it deserves, the
    worst of its kind; None when `tok` passes none."""
    if _has_role(tok, "quality"):
        return _lacked(tok, resolver)
    if _has_role(tok, "feat") and tok.pos_ == "VERB":
        denied = is_negated(tok) or any(c.dep_ == "dobj" and c.lower_ == "nothing" for c in tok.children) or (
            tok.dep_ == "xcomp" and tok.head.lemma_.lower() == "fail")
        return (_CRITICIZE, _clause_subjects(tok, resolver)) if denied else None
    if _culpable(tok):
        # "to blame" has no subject of its own: the culprit is the subject of "is"
        return _CRITICIZE, _clause_subjects(tok.head if tok.dep_ == "xcomp" else tok, resolver)
    if _has_role(tok, "merit") and tok.dep_ == "dobj" and _has_role(tok.head, "deserving") and not is_negated(tok.head):
        return _PRAISE, _clause_subjects(tok.head, resolver)
    if _has_role(tok, "worst") and tok.dep_ == "amod" and tok.head.dep_ in ("attr", "oprd"):
        return _CRITICIZE, _clause_subjects(tok.head, resolver)
    return None


def _lacked(quality: Token, resolver: Resolver) -> tuple[str, list[str]] | None:
    """"X lacks the authority", "X lost the trust of voters", "voters lost confidence in X", "X has
    no credibility", "a politician without accomplishments", "X's lack of vision", "a lack of trust
    in X", "X's remarks showed a lack of respect": the party a quality is denied to (or whom it is
    not placed in) is criticised."""
    head = quality.head
    if quality.dep_ == "dobj" and (_has_role(head, "lacking") or (
            head.lemma_.lower() == "have" and (is_negated(head) or any(c.lower_ == "no" for c in quality.children)))):
        trusted = _in_objects(quality)
        return _CRITICIZE, [r for o in trusted for r in resolver.phrase(o)] if trusted else _clause_subjects(head, resolver)
    if quality.dep_ == "pobj" and head.lower_ == "without":
        holder = head.head
        if holder.pos_ in ("NOUN", "PROPN"):
            named = resolver.actor_on(holder)
            return _CRITICIZE, [named] if named else (_clause_subjects(holder, resolver) if _predicated(holder) else [])
        return _CRITICIZE, _clause_subjects(holder, resolver)
    if quality.dep_ == "pobj" and head.lower_ == "of" and _has_role(head.head, "lacking") and head.head.pos_ == "NOUN":
        lack = head.head
        trusted = _in_objects(lack)
        if trusted:
            return _CRITICIZE, [r for o in trusted for r in resolver.phrase(o)]
        # "X's comments showed a lack of respect": the lack is said of what shows it
        shown = _clause_subjects(lack.head, resolver) if lack.dep_ == "dobj" and _predicated(lack) else []
        return _CRITICIZE, _owners(lack, resolver) or shown
    return None


def _culpable(tok: Token) -> bool:
    """"X is to blame for ...", "X is responsible for the deaths": culpability for a harm."""
    harms = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "for" for o in p.children
             if o.dep_ == "pobj" and _has_role(o, "harm")]
    if tok.lemma_.lower() == "responsible" and tok.pos_ == "ADJ":
        return bool(harms) and not _negated(tok)
    blame_to_be = tok.lemma_.lower() == "blame" and tok.dep_ == "xcomp" and tok.head.lemma_.lower() == "be"
    return blame_to_be and not any(c.dep_ == "dobj" for c in tok.children) and not is_negated(tok.head)


def _act_owners(noun: Token, resolver: Resolver) -> list[str]:
    """Whose a thing is (_owners), except that the "of" phrase of an act (event_cues act_nouns:
    "the treatment of detainees") names who suffers it, not who does it."""
    if noun.lemma_.lower() not in cues()["act_nouns"]:
        return _owners(noun, resolver)
    heads = [c for c in noun.children if c.dep_ == "poss"] + _pobjs_of(noun, "by")
    return [r for h in heads for r in resolver.phrase(h)]


def _pobjs_of(noun: Token, prep: str) -> list[Token]:
    return [o for p in noun.children if p.dep_ in ("prep", "agent") and p.lower_ == prep for o in p.children if o.dep_ == "pobj"]


def _feelers(tok: Token, resolver: Resolver) -> list[str]:
    """Who is said to feel an attitude: the subject of the clause it is predicated in ("Democrats
    were furious", "the board was appalled by ..."); for a noun, its possessor ("Beijing's
    worries") or who voices it ("Labour MPs raised concerns", "concerns were raised by unions")."""
    if tok.pos_ == "NOUN":
        verb = _voicing_verb(tok)
        owners = [c for c in tok.children if c.dep_ == "poss"]
        if not owners and verb is not None:
            owners = _pobjs_of(verb, "by") if tok.dep_ == "nsubjpass" else subjects(verb)
        return [r for h in owners for r in resolver.phrase(h)]
    if tok.dep_ == "acomp":
        holders = [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    else:
        holders = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    return [r for h in holders for r in resolver.phrase(h)]


def _stated_attitudes(ctx: Context, doc: Doc, field: str, resolver: Resolver,
                      quoted: list[tuple[int, int]]) -> list[Voiced]:
    """"Democrats were furious with Comey", "the board was appalled by the mayor's remarks": an
    attitude the writer reports a party to feel toward another, outside what anyone is quoted
    saying (the quotes' own attitudes are their speakers')."""
    out: list[Voiced] = []
    for tok in doc:
        if any(start <= tok.idx < end for start, end in quoted):
            continue
        attitude = _attitude(tok, resolver)
        if attitude is None:
            continue
        found, aimed = attitude
        source = _feelers(tok, resolver)
        if not source:
            continue
        side = set().union(*(_speaker_side(ctx, r) for r in source))
        target = next((r for r in aimed if r not in side), None)
        if target is not None:
            out.append((_event(ctx, found, _word(tok), source, target, tok.sent, field), tok))
    return out


def _row(verdict: str) -> LexEntry:
    """The lexicon's row for the verdict's verb: the PLOVER type, mode and CAMEO code it gives."""
    return verb_entries(verdict)[0]


def _keys(tok: Token) -> set[tuple[str, str]]:
    """How the word lists may name `tok`: its lemma or form with its part of speech, a participle
    used as an adjective ("the most trusted figure") by its form as an adjective, and a plural noun
    a party is called ("called them deplorables") by its lemma as an adjective."""
    pos = "VERB" if tok.pos_ in ("VERB", "AUX") else tok.pos_
    lead = hyphen_lead(tok)
    keys = {(lead + tok.lemma_.lower(), pos), (lead + tok.lower_, pos)}
    if pos == "VERB" and (tok.dep_ in ("amod", "acomp") or _adjectival_passive(tok)):
        keys.add((lead + tok.lower_, "ADJ"))
    if lead and pos in ("VERB", "ADV"):
        keys.add((lead + tok.lower_, "ADJ"))  # "ill-advised", "two-faced" parsed as a participle
    if tok.tag_ == "NNS" and tok.dep_ in ("oprd", "attr"):
        keys.add((lead + tok.lemma_.lower(), "ADJ"))  # "called them deplorables": an adjective as a plural noun
    return keys


def _adjectival_passive(tok: Token) -> bool:
    """"X was misguided", "the plan is flawed": a participle after "be" with no agent that the
    word lists give as an adjective describes its subject; it is no act done to it."""
    form = tok.lower_
    return tok.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in tok.children) and not any(
        c.dep_ == "agent" for c in tok.children) and bool(
        {(form, "ADJ")} & (disapproval_words() | approval_words()))


def _word(tok: Token) -> str:
    """The lemma an appraisal event names its word by, hyphenated words whole ("ill-advised")."""
    return hyphen_lead(tok) + tok.lemma_.lower()


def _verdict(tok: Token) -> str | None:
    """What the word `tok` says of the party it is aimed at: _CRITICIZE for a word of disapproval
    or a negated predicate adjective of approval ("was not helpful", "is not a credible partner"), _PRAISE for a word of
    approval or a wrong denied ("did nothing illegal", `_clears`), else None (a negated word of disapproval, "was not illegal", praises no one). A verb
    of approval praises only when used without an object: "Labour has delivered", not "delivered
    missiles"."""
    keys = _keys(tok)
    if _clears(tok, keys):
        return None if _negated(tok.head) else _PRAISE
    if keys & disapproval_words() or _excess(tok):
        return None if _negated(tok) else _CRITICIZE
    if _inadequate(tok):
        return _CRITICIZE
    approval = keys & approval_words()
    if not approval:
        return None
    parts = {pos for _, pos in approval}
    if parts == {"VERB"} and any(c.dep_ == "dobj" for c in tok.children):
        # "delivered missiles" praises no one; "did not deliver the policies it promised" faults
        return _CRITICIZE if is_negated(tok) else None
    if _negated(tok):
        # "was not helpful", "is not a credible partner" deny the quality; "no brave soldier"
        # names no one
        predicated = tok.dep_ not in _NAME_DEPS or tok.head.dep_ == "attr"
        return _CRITICIZE if "ADJ" in parts and predicated else None
    return _PRAISE


def _inadequate(tok: Token) -> bool:
    """"the Greens' costings simply fail to add up", "her letter did not clear up the question": a
    party's thing said not to hold together or not to make matters clear (event_cues adequacy_verbs, with
    the particle each needs) faults the party whose thing it is. Said of a person or body ("he
    would not clarify") it only reports what they did not do."""
    particle = cues()["adequacy_verbs"].get(tok.lemma_.lower())
    if particle is None or tok.pos_ != "VERB" or not is_negated(tok):
        return False
    if particle and not any(c.dep_ == "prt" and c.lower_ == particle for c in tok.children):
        return False
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.pos_ == "NOUN" and not subject.ent_type_ \
        and agent_noun(subject.lemma_) is None


def _excess(tok: Token) -> bool:
    """"acting too late", "the plan is too timid": a quality said to be in excess faults whoever
    has it ("too early to say", with its infinitive, only judges a moment; "if she comes back too
    soon" only supposes it)."""
    manner = tok.pos_ == "ADJ" or (tok.pos_ == "ADV" and (tok.lower_.endswith("ly") or tok.lower_ in _TIMING))
    return manner and tok.lower_ not in _AMOUNTS and any(c.dep_ == "advmod" and c.lower_ == "too" for c in tok.children) \
        and not any(c.dep_ in ("xcomp", "ccomp", "advcl") for c in tok.children) \
        and not is_conditional(tok.head if tok.head.pos_ in ("VERB", "AUX") else tok)


# words of amount ("far too many families", "too much to build") and of time that "too" may go
# with, saying how much or how long, not what fault
_AMOUNTS = frozenset({"many", "much", "few", "little", "long", "far", "often"})
_TIMING = frozenset({"late", "slow", "fast", "soon", "early"})


def _clears(tok: Token, keys: set[tuple[str, str]]) -> bool:
    """"She has done nothing wrong", "did nothing illegal": a word of wrongdoing describing
    "nothing" (event_cues clearing_pronouns) denies it of the doer, a defence."""
    c = cues()
    return tok.dep_ == "amod" and tok.head.lower_ in c["clearing_pronouns"] and (
        tok.lower_ in c["clearing_words"] or bool(keys & disapproval_words()))


def _negated(tok: Token) -> bool:
    """The word or the clause it belongs to is negated ("was not illegal", "no scandal"); a word
    describing a noun only with its noun ("no reckless act", while "the brave soldiers will never
    give up" still calls the soldiers brave)."""
    reach = 1 if tok.dep_ in _NAME_DEPS else 2
    if tok.pos_ == "NOUN" and tok.dep_ in ("nsubj", "nsubjpass"):
        reach = 0  # "X's provocation cannot go unpunished": the predicate's negation denies no fault of its subject
    if _apposed_noun(tok) is not None:
        reach = 0  # an adjective misread as its noun phrase ("could not afford the "reckless ... spree"")
    heads = [tok, *list(tok.ancestors)[:reach]]
    if reach == 1 and tok.head.dep_ == "attr":
        # "is not a credible partner": a word describing a predicate noun is denied with its clause
        heads.append(tok.head.head)
    return any(is_negated(h) for h in heads)


def _apposed_noun(tok: Token) -> Token | None:
    """"afford the "reckless, Bush-style tax cutting spree" planned by X": the noun an adjective
    describes where the parser took the adjective for the noun phrase and set the noun beside it
    as an apposition."""
    if tok.pos_ != "ADJ" or tok.dep_ in _NAME_DEPS:
        return None
    return next((c for c in tok.children if c.dep_ == "appos" and c.pos_ == "NOUN"), None)


def _owners(noun: Token, resolver: Resolver) -> list[str]:
    """Who a noun belongs to: whose it is said to be, else a name or demonym modifying it."""
    return _stated_owners(noun, resolver) or _name_owners(noun, resolver)


def _stated_owners(noun: Token, resolver: Resolver) -> list[str]:
    """The noun's possessor or "of"/"by"/"from" object ("the warnings from X"), also those of the noun it complements ("a sign
    of sinister tactics by Labour") and of the nouns it is coordinated with under one determiner
    ("the army and people of Russia", not "success and all the citizens of the DPRK")."""
    carriers = [noun, *(c for c in noun.conjuncts if not any(d.dep_ in _DETERMINER_DEPS for d in c.children))]
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        carriers.append(noun.head.head)
    # ("their detention", "the killing of X": whom harm or custody is done to owns no act: patient_nouns)
    suffered = {n.i for n in carriers if n.lemma_.lower() in cues()["patient_nouns"]}
    heads = [c for n in carriers if n.i not in suffered for c in n.children if c.dep_ == "poss"]
    # ("the dangerous run from Libya to Italy": a "from" beside a "to" is where a route starts)
    heads += [o for n in carriers for p in n.children if p.dep_ in ("prep", "agent") and p.lower_ in _OWNER_PREPS
              and not (p.lower_ == "from" and any(t.dep_ == "prep" and t.lower_ == "to" for t in n.children))
              and not (p.lower_ == "of" and n.i in suffered)
              for o in p.children if o.dep_ == "pobj"]
    # "allegations created by the campaign", "the policies pursued by the government": a
    # participle's agent made the thing
    heads += [o for n in carriers for v in n.children if v.dep_ == "acl" and v.tag_ == "VBN"
              for a in v.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    # "the way the government handled the bill", "the plan the Tories unveiled": the subject of a
    # relative clause on the noun did what the noun names; a pronoun there is too often misread
    # ("such vague information that it allowed ...") and a relative one is the noun itself
    heads += [s for n in carriers for v in n.children if v.dep_ == "relcl"
              for s in v.children if s.dep_ == "nsubj" and s.pos_ != "PRON"]
    return [r for h in heads for r in resolver.phrase(h)]


def _name_owners(noun: Token, resolver: Resolver) -> list[str]:
    """The parties named or demonyms modifying the noun ("the U.S. provocation")."""
    refs = []
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
        # "they found Comey's letter troubling": a verbless clause's subject is what it describes;
        # a participle as a predicate adjective ("was ill-advised") is no clause of its own
        if (verb.pos_ in ("VERB", "AUX") and verb.dep_ != "acomp") or any(
                c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            break
        if verb.head == verb:
            return []
        verb = verb.head
    else:
        return []
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    wronged = verb is tok and is_passive(verb) and not _adjectival_passive(verb)
    if wronged:
        # "Blair had been hurt by the controversy": the one hurt is no doer; the agent is, and
        # with no agent no one is ("the students that have been failed")
        subjects = [o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    if not subjects and verb.dep_ == "relcl" and not wronged:
        subjects = [verb.head]
    subjects = [_antecedent(s) for s in subjects]
    clauses = [c for c in verb.children if c.dep_ in ("csubj", "csubjpass")]
    if clauses and not subjects:
        # "serving under X was demoralizing": the parties of the clause that is the subject
        return [r for c in clauses for r in _clause_parties(c, resolver)]
    if any(s.lower_ == "it" for s in subjects):
        # "it was demoralizing to work for X", "it is shameful that X ...": the clause "it" stands for
        extraposed = _extraposed_parties(verb, resolver)
        if extraposed:
            return extraposed
    # "it is unacceptable", "this is a scandal": a situation, not a party
    subjects = [s for s in subjects if s.lower_ not in SITUATION_PRONOUNS]
    return [r for subj in subjects for r in _party_or_owners(subj, resolver)]


def _party_or_owners(subj: Token, resolver: Resolver) -> list[str]:
    """A party named as a subject ("Labour lied", "they"), else whose the subject is ("the
    government's plan is a sham"); never a party the subject's phrase merely mentions."""
    named = resolver.phrase(subj) if subj.pos_ in ("PROPN", "PRON") or resolver.actor_on(subj) else []
    return named or resolver.agent_refs(subj) or _owners(subj, resolver) or _owned_before(subj, resolver)


def _blamed(harm: consequences.Blame, resolver: Resolver) -> list[str]:
    """The parties that answer for a harm (consequences.blame): those in charge or whose it is,
    those a party's name says own it, the doer of the clause that brings it, the owners of a thing
    that forces it."""
    refs = [r for p in harm.parties for r in resolver.phrase(p)]
    refs += [r for n in harm.marked for r in _name_owners(n, resolver)]
    refs += _clause_subjects(harm.clause, resolver) if harm.clause is not None else []
    refs += [r for d in harm.doers for r in _party_or_owners(d, resolver)]
    things = [t for t in harm.owned if not resolver.actor_on(t)]  # "the army forced ...": a party, no thing
    return refs + [r for t in things for r in _owners(t, resolver) or _owned_before(t, resolver)]


def _extraposed_parties(verb: Token, resolver: Resolver) -> list[str]:
    """The parties of the clause an anticipatory "it" stands for, which follows its verb ("it is
    shameful that X lied", "it was demoralizing to work for X"); a clause before it is the frame
    of a quote ("he told the host, 'it was ...'"), not what "it" stands for. The parser may hang
    the clause on the predicate adjective ("it would be offensive to liken X to Y")."""
    holders = [verb, *(c for c in verb.children if c.dep_ == "acomp")]
    for clause in (c for h in holders for c in h.children
                   if c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX") and c.i > verb.i):
        refs = _clause_parties(clause, resolver)
        if refs:
            return refs
    return []


def _clause_parties(clause: Token, resolver: Resolver) -> list[str]:
    """The parties a clause is about: its subject ("that X lied"); for an act with no subject of
    its own ("comparing the review to Nazi Germany was crass", "it was uncalled for to invite
    them"), whoever the article said earlier did it; else, for an act done to no object, the
    parties named after its prepositions ("to work for X", "serving under X"). The objects of an
    act done by someone unnamed are what it was done to, not who is at fault."""
    # "worried that the council may be taken over by the assembly": a passive's agent is its doer;
    # with none ("feared patients could be pushed to the back of the queue") its subject is only
    # acted on, at fault for nothing
    if is_passive(clause):
        return [r for h in prep_objects(clause, "by") for r in resolver.phrase(h)]
    heads = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    if heads:
        return [r for h in heads for r in resolver.phrase(h)]
    doers = _earlier_doers(clause, resolver)
    if doers or any(c.dep_ == "dobj" for c in clause.children):
        return doers
    heads = [o for p in clause.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    return [r for h in heads for r in resolver.phrase(h)]


def _earlier_doers(act: Token, resolver: Resolver) -> list[str]:
    """Who the article last said did the act a subjectless clause names ("X compared the review to
    Nazi Germany ... Y said likening a review to Hitler's Germany was crass" -> X): the subject (or
    passive agent) of the nearest earlier verb of the same lemma, or of the same family
    (event_cues likening_verbs), that names one."""
    family = {act.lemma_.lower()}
    if family & set(cues()["likening_verbs"]):
        family |= set(cues()["likening_verbs"])
    for earlier in reversed(act.doc[: act.left_edge.i]):
        if earlier.pos_ != "VERB" or earlier.lemma_.lower() not in family:
            continue
        doers = prep_objects(earlier, "by") if is_passive(earlier) else subjects(earlier)
        refs = [r for d in doers for r in resolver.phrase(d)]
        if refs:
            return refs
    return []


def _predicated(noun: Token) -> bool:
    """Whether a noun is what its clause says of the subject ("the plan is a sham"), or the
    subject itself, rather than the object of an act ("they defeated the imperialists")."""
    while noun.dep_ in ("conj", "appos") and noun.head != noun:
        noun = noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ in ("attr", "nsubj", "nsubjpass"):
        return True  # "a sign of sinister tactics", "the root of the aggression"
    if noun.dep_ == "pobj" and noun.head.lower_ in ("in", "for") and noun.head.head.dep_ == "attr":
        return True  # "was an exercise in hypocrisy", "is a recipe for chaos"
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in cues()["showing_verbs"]:
        return True  # "the request showed desperation": said of what shows it
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in cues()["conducting_verbs"] and not is_passive(noun.head):
        return True  # "X led a grubby government", "told a blatant lie": the subject's own doing
    return noun.dep_ in ("attr", "oprd", "nsubj", "nsubjpass", "ROOT")


def _aimed_at(tok: Token, resolver: Resolver) -> list[str]:
    # "sinister and underhand tactics": both words describe the tactics ("X lied and Y failed":
    # a conjunct with a subject of its own is a clause of its own)
    while tok.dep_ == "conj" and tok.head != tok and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        tok = tok.head
    noun = tok.head if tok.dep_ in _NAME_DEPS and tok.head.pos_ in ("NOUN", "PROPN") else None
    noun = noun or _apposed_noun(tok)
    if noun is not None:
        # a word describing a party names it ("the puppet authorities", "the reckless clique"),
        # or the party the text says it belongs to ("the brave army and people of Russia")
        named = resolver.actor_on(noun)
        if named:
            return _stated_owners(noun, resolver) or [named]
        if tok.dep_ == "compound" and tok.pos_ == "NOUN":
            # "the NAO's assessment of fraud reporting", "crime figures": a noun of wrongdoing
            # compounded with one that names no party is a topic, not a verdict on anyone
            return []
    elif tok.pos_ == "NOUN":
        noun = tok
    if noun is None:
        return _clause_subjects(tok, resolver)
    owners = _hailed(noun, resolver) or _owners(noun, resolver) or _owned_before(noun, resolver) \
        or _fault_site(noun, resolver)
    return owners or (_clause_subjects(noun, resolver) if _predicated(noun) else [])


def _fault_site(noun: Token, resolver: Resolver) -> list[str]:
    """A fault placed in a thing ("racism in the government's policy", "racism at the heart of
    X's policy": event_cues fault_preps, core_nouns) is aimed at whose thing it is, or at the thing
    where it names a party that is no state or place ("racism within the police")."""
    c = cues()
    sites = [o for p in noun.children if p.dep_ == "prep" and p.lower_ in c["fault_preps"]
             for o in p.children if o.dep_ == "pobj"]
    cores = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "at"
             for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() in c["core_nouns"]]
    sites += [o for core in cores for p in core.children if p.dep_ == "prep" and p.lower_ == "of"
              for o in p.children if o.dep_ == "pobj"]
    out: list[str] = []
    for site in sites:
        named = resolver.actor_on(site)
        if named and resolver.kinds.get(named) not in ("state", "region"):
            out.append(named)
        else:
            out += _owners(site, resolver)
    return out


def _hailed(noun: Token, resolver: Resolver) -> list[str]:
    """"Shame on X for ...!", "Kudos to X": a word of praise or blame heading a verbless
    exclamation is aimed at the object of its preposition (event_cues hailing_preps)."""
    if noun.dep_ != "ROOT":
        return []
    return [r for p in noun.children if p.dep_ == "prep" and p.lower_ in cues()["hailing_preps"]
            for o in p.children if o.dep_ == "pobj" for r in resolver.phrase(o)]


# acts of force, whose noun with no owner stands for the last such act the article reported
_FORCE_TYPES = frozenset({"ASSAULT", "COERCE"})


def _owned_before(noun: Token, resolver: Resolver) -> list[str]:
    """"Donald Trump's new proposal for paid leave ... 'The plan is discriminating', said X": a
    proposal noun (event_cues proposal_nouns) after a pointing determiner, with no owner of its
    own, is the proposal of the same words the article last named with an owner before it. So is
    a charge (charge_nouns: "X filed a lawsuit against Y ... Y's lawyer called the lawsuit a
    sham"), whose owner may also be who filed or made it. An act noun of that kind ("Ford decided to
    close the plant. ... the decision to close it was a disgrace") is the act the sentence before
    reports, done by its doer (event_roles.referred_act_doers); an act of force ("X attacked a
    man ... 'It is a hideous attack,' Y said") is the one the article last reported by the verb of
    the same word, done by that verb's subject."""
    c = cues()
    for words in (c["proposal_nouns"], c["charge_nouns"]):
        if noun.lemma_.lower() in words:
            break
    else:
        row = noun_entry(noun.lemma_) if noun.pos_ == "NOUN" else None
        forceful = row is not None and row.plover in _FORCE_TYPES
        return referred_act_doers(noun, [], resolver) or (_earlier_doers(noun, resolver) if forceful else [])
    if not any(d.dep_ == "det" and d.lower_ in c["pointing_determiners"] for d in noun.children):
        return []
    introducer: list[str] = []
    for earlier in reversed(noun.doc[: noun.i]):
        if earlier.lemma_.lower() in words and earlier.pos_ == "NOUN" and earlier.sent != noun.sent:
            owners = _stated_owners(earlier, resolver) or [r for r in [resolver.author(earlier)] if r]
            if owners and all(resolver.kinds.get(r) == "media" for r in owners):
                continue  # an outlet's "programme" is a broadcast: "told BBC Radio 4's Today programme"
            if owners:
                return owners
            # the first one, where news introduces a proposal, over comments on it since
            introducer = _introducer(earlier, resolver) or introducer
    return introducer


def _introducer(noun: Token, resolver: Resolver) -> list[str]:
    """"Jane Hutt said no patient would wait ... against a target of 18 months. ... X called the new
    target unambitious": a proposal first named with no owner in a sentence whose main verb says
    or announces it (event_cues speech_verbs, introducing_verbs) is its subject's."""
    root = noun.sent.root
    c = cues()
    if root.lemma_.lower() not in c["speech_verbs"] and root.lemma_.lower() not in c["introducing_verbs"]:
        return []
    return [r for s in root.children if s.dep_ == "nsubj" for r in resolver.phrase(s)]


def _addressee(tok: Token) -> bool:
    """Whether a word lies in the party a statement is made to ("warned bigoted soccer fans that
    ..."): the writer's description of whom the speaker addresses, not the speaker's words. The
    parser may hang the that-clause said to them on them as a relative clause."""
    for a in [tok, *tok.ancestors]:
        if a.dep_ not in ("dobj", "dative"):
            continue
        misread = [c for c in a.children if c.dep_ == "relcl" and c.left_edge.lower_ == "that"
                   and a.head.lemma_.lower() in cues()["admonition_verbs"] | cues()["speech_verbs"]]
        if any(tok in c.subtree for c in misread):
            return False
        if misread or any(c.dep_ == "ccomp" and c.i > a.i for c in a.head.children):
            return True
    return False


def _speaker_side(ctx: Context, speaker: str) -> set[str]:
    """The speaker, its state (a state's ministries) and the bodies it holds a post in: never what
    it appraises."""
    document = ctx.document
    actor = document.actor(speaker)
    side = {speaker}
    if actor is not None and actor.country:
        side |= {a.id for a in document.actors if a.kind == "state" and a.country == actor.country}
    if actor is not None and actor.kind == "state":
        # a state speaks through its ministries ("Ukraine's foreign ministry called X a farce")
        side |= {a.id for a in document.actors if a.kind == "government_body" and a.country == actor.country}
    side |= {p.organization for p in document.positions if p.holder == speaker and p.organization}
    return side


def _event(ctx: Context, verdict: str, verb: str, source: list[str], target: str, sent: Span, field: str) -> Event:
    """The speakers' appraisal of `target` in `sent`, coded by the lexicon row of its verdict."""
    row = _row(verdict)
    text = sent.text.rstrip()
    # "the U.S. imperialists": a party named by a common noun and a demonym stands with its state
    state = agent_states(ctx).get(target)
    targets = [target, state] if state and state not in set().union(*(_speaker_side(ctx, r) for r in source)) \
        else [target]
    return Event(
        id="", plover=row.plover, mode=row.mode, cameo=row.cameo, verb=verb,
        source=with_represented(ctx.document, source, targets),
        target=with_represented(ctx.document, targets, source),
        evidence=Evidence(start=sent.start_char, end=sent.start_char + len(text), field=field),
    )


def _wished_naming(tok: Token) -> bool:
    """"[X said] the campaign wants the media to call Trump a liar": a verdict in what a naming verb
    calls its object, where that naming is only another party's hope, is not the speaker's."""
    return any(a.pos_ == "VERB" and a.lemma_.lower() in cues()["naming_verbs"] and wished_of_another(a)
               and any(tok in c.subtree for c in _named_complements(a)) for a in tok.ancestors)


def _appraisals(ctx: Context, speaker: str, ev: Evidence, doc: Doc, resolver: Resolver) -> list[Voiced]:
    """The appraisals `speaker` voices in the text `ev` points at (a quote, or a commentary's
    own voice)."""
    span = doc.char_span(ev.start, ev.end, alignment_mode="expand")
    if span is None:
        return []
    out: list[Voiced] = []
    unaimed: Token | None = None  # a word of disapproval aimed at no party the grammar names
    for tok in span:
        source = [speaker]
        felt = _attitude(tok, resolver)
        attitude = felt or _standing(tok, resolver)
        if attitude is not None:
            found, aimed = attitude
            # "Israel is opposed to French mediation, an aide said": an attitude the speaker says
            # another named party (not of the speaker's own side) feels is that party's; what the
            # speaker says crowds feel ("people are angry with X") stays the speaker's own verdict
            feelers = [r for r in _feelers(tok, resolver) if resolver.kinds.get(r) != "group"] if felt else []
            if feelers and speaker not in set().union(*(_speaker_side(ctx, r) for r in feelers)):
                source = feelers
        else:
            found = _verdict(tok)
            harm = consequences.blame(tok) if found is None and not consequences.conceded(tok) else None
            if (found is None and harm is None) or _wished_naming(tok) or _addressee(tok) or _denied(tok) \
                    or _suspected(tok) or _supposed(tok) or (found == _PRAISE and _quality_acted_on(tok)):
                continue
            aimed = _aimed_at(tok, resolver) if harm is None else _blamed(harm, resolver)
            if not aimed and found == _CRITICIZE and tok.lemma_.lower() in cues()["unlawful_words"] \
                    and is_judiciary(resolver, speaker):
                # "the Law Lords ruled that the detention was unlawful": a court finding unlawful
                # an act it names no doer of rules against the government whose acts it reviews
                aimed = home_government(doc, [speaker], resolver)
            found = found or _CRITICIZE
        side = set().union(*(_speaker_side(ctx, r) for r in source))
        target = next((r for r in aimed if r not in side), None)
        if target is not None:
            out.append((_event(ctx, found, _word(tok), source, target, tok.sent, ev.field), tok))
        elif found == _CRITICIZE and source == [speaker] and not aimed and unaimed is None and not _combated(tok):
            unaimed = tok
    if not out and unaimed is not None:
        lone = _lone_party(ctx, speaker, ev)
        if lone is not None:
            out.append((_event(ctx, _CRITICIZE, _word(unaimed), [speaker], lone, unaimed.sent, ev.field), unaimed))
    return out


def _quality_acted_on(tok: Token) -> bool:
    """"protect the integrity of the ballot", "was impugning the integrity of the regulator": a
    noun of merit that is a verb's object is what the act is about, no praise of its owner
    ("showed great courage" shows it: event_cues showing_verbs; "thanks to the generosity of X"
    credits it)."""
    return tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.pos_ == "VERB" \
        and tok.head.lemma_.lower() not in cues()["showing_verbs"]


def _combated(tok: Token) -> bool:
    """"the party will tackle corruption", "pledged to cut crime": a wrong that is the object of
    an act against it (event_cues combating_verbs) is what the doer fights, no fault of a party
    the quote names."""
    verb = tok.head
    if tok.dep_ == "pobj" and verb.dep_ in ("prep", "prt"):
        verb = verb.head  # "crack down on fraud", "stamp out racism"
    return tok.dep_ in ("dobj", "pobj") and verb.pos_ == "VERB" and verb.lemma_.lower() in cues()["combating_verbs"]


def _supposed(tok: Token) -> bool:
    """"ministers warned that if the alliance failed its members it would break up": a word of
    disapproval in a clause only supposed (event_grammar.is_conditional) faults no one."""
    clause = tok if tok.pos_ in ("VERB", "AUX") else next(
        (a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return clause is not None and is_conditional(clause)


def _lone_party(ctx: Context, speaker: str, ev: Evidence) -> str | None:
    """The one person or party a quote names outside the speaker's side, if it names no other
    party, body or state: a speaker's criticism the grammar aims at no one ("enough with the
    emails, a big distraction") is aimed at the party the quote is about."""
    side = _speaker_side(ctx, speaker)

    def named_in(span: Evidence) -> list[Actor]:
        return [a for a in ctx.document.actors
                if a.kind in _LONE_KINDS and a.id not in side
                and any(m.field == span.field and span.start <= m.start < span.end for m in a.mentions)]
    named = named_in(ev)
    if not named:
        # "'X's plans are a sham,' he said. 'It is disgraceful.'": a quote naming no one goes on
        # about what the speaker's quote just before it named
        before = [q.evidence for q in ctx.document.quotes if q.speaker == speaker and q.evidence.field == ev.field
                  and q.evidence.end <= ev.start and ev.start - q.evidence.end <= _NEXT_QUOTE_CHARS]
        named = named_in(before[-1]) if before else []
    if len(named) != 1 or named[0].kind not in _LONE_TARGETS:
        return None
    return named[0].id


def _co_speakers(ctx: Context, speaker: str, ev: Evidence, doc: Doc, resolver: Resolver) -> list[str]:
    """The speaker with whoever the reporting verb's subject coordinates with it ("the
    Conservatives and Lib Dems insist voters face ..."): they say it together."""
    span = doc.char_span(ev.start, ev.end, alignment_mode="expand")
    if span is None or span.root.dep_ != "ccomp":
        return [speaker]
    refs = [r for subj in subjects(span.root.head) for r in resolver.phrase(subj)
            if resolver.kinds.get(r) in ("person", "party", "organization", "group")]
    return list(dict.fromkeys(refs)) if speaker in refs else [speaker]


def _denied(tok: Token) -> bool:
    """The word is part of what a denial denies ("denied that he lied", "denied allegations of
    misconduct"), not the denier's own verdict ("denied the false allegations" is one)."""
    path = [tok]
    for anc in tok.ancestors:
        if anc.lemma_.lower() in cues()["denial_verbs"]:
            child = path[-1]
            charged = any(p.lower_ == "of" and p.head.lemma_.lower() in cues()["charge_nouns"] for p in path)
            return child.dep_ in ("ccomp", "xcomp", "pcomp", "prep") or charged
        path.append(anc)
    return False


def _suspected(tok: Token) -> bool:
    """The word names what someone is held on suspicion of ("was arrested on suspicion of
    incitement to racial hatred"): the ground of an arrest or inquiry the speaker reports, not the
    speaker's verdict."""
    return any(a.lemma_.lower() in cues()["suspicion_nouns"] for a in tok.ancestors)


def _named_complements(verb: Token) -> list[Token]:
    """What a naming verb calls its object: "called the minister a liar", "described the plan as
    a provocation", "described him as very talented", or what a verb of judging finds it: the
    verbless clause "found the letter troubling", "considers Trump dangerous"."""
    # the parser hangs "as" on the verb or on its object ("described [the plan as reckless]")
    heads = [verb] + [c for c in verb.children if c.dep_ == "dobj"]
    # the parser may hang what the object is called on the object, in apposition ('called X's
    # move "a gross interference"'), or read the object as a clause whose object it is ("called
    # [Washington's move] [a provocation]", the noun taken for a verb)
    return [c for c in verb.children if c.dep_ == "oprd" or _small_clause(c)] + [
        o for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children] + [
        a for h in heads[1:] for a in h.children if a.dep_ == "appos"] + [
        o for c in verb.children if _misread_clause(c) for o in c.children if o.dep_ == "dobj"]


def _misread_clause(tok: Token) -> bool:
    """A noun the parser took for the verb of a complement clause ("called [Washington's move] a
    provocation")."""
    return tok.dep_ == "ccomp" and tok.tag_ in ("NN", "NNS") and not any(
        c.dep_ in ("nsubj", "aux") for c in tok.children)


def _small_clause(tok: Token) -> bool:
    """A complement clause with a subject and no verb ("[found] the letter troubling")."""
    return tok.dep_ == "ccomp" and tok.pos_ in ("ADJ", "NOUN") and any(c.dep_ == "nsubj" for c in tok.children)


def _named_in(complement: Token) -> list[Token]:
    """Whom a complement itself names, where the parser hangs the named object on it: its subject
    ("called Y's remarks uncalled for", "found the letter troubling"), or a name compounded with
    a word of appraisal ("called Trump reckless", parsed as one noun phrase)."""
    if complement.dep_ == "dobj" and _misread_clause(complement.head):
        return [complement.head]
    if complement.dep_ not in ("oprd", "ccomp"):
        return []
    return [c for c in complement.children if c.dep_ == "nsubj" or (
        c.dep_ == "compound" and c.pos_ == "PROPN" and _verdict(complement))]


def _antecedent(tok: Token) -> Token:
    """A relative pronoun stands for the noun its clause modifies ("Mr Cole, whom she called a
    liar"); any other word for itself."""
    if tok.lower_ in _RELATIVE_PRONOUNS and tok.head.dep_ == "relcl":
        return tok.head.head
    return tok


def _namings(ctx: Context, doc: Doc, field: str, resolver: Resolver) -> list[Voiced]:
    """"X called Y a liar", "Y was branded a disgrace by X", "calling it a joke", "X described Y
    as very talented": a naming verb (event_cues naming_verbs) whose complement holds a word of
    disapproval or approval is X's appraisal of Y, or of whoever owns Y ("described the Iranian
    proposal as a provocation" -> Iran)."""
    out: list[Voiced] = []
    for verb in doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in cues()["naming_verbs"] or is_negated(verb) \
                or wished_of_another(verb):
            continue  # "the campaign wants the media to call X a liar": a hope, no one's naming
        found = next((v for c in _named_complements(verb) for w in c.subtree if (v := _verdict(w))), None)
        if found is None:
            continue
        if is_passive(verb):
            named = [c for c in verb.children if c.dep_ == "nsubjpass"]
            # "was labelled a shambles by X": the parser can hang the "by" on the name
            doers = [o for h in [verb, *(c for c in verb.children if c.dep_ in ("dobj", "oprd"))]
                     for a in h.children if a.dep_ == "agent" or (a.dep_ == "prep" and a.lower_ == "by" and h is not verb)
                     for o in a.children if o.dep_ == "pobj"]
        else:
            # "referred to X as a terrorist": some naming verbs name through a preposition
            named = [c for c in verb.children if c.dep_ == "dobj"] + [
                o for p in cues()["naming_preps"].get(verb.lemma_.lower(), []) for o in prep_objects(verb, p)]
            named += [n for c in _named_complements(verb) for n in _named_in(c)]
            # "called the UK's rebate "unjustified"": the parser can read the object as a first
            # complement before the word for it
            complements = [c for c in verb.children if c.dep_ == "oprd"]
            if not named and len(complements) > 1 and complements[0].pos_ in ("NOUN", "PROPN", "PRON"):
                named = complements[:1]
            doers = subjects(verb)
        source = [r for d in doers for r in resolver.phrase(d)]
        if not source:
            continue
        side = set().union(*(_speaker_side(ctx, r) for r in source))
        named = [_antecedent(n) for n in named]
        targets = [r for n in named for r in (resolver.phrase(n) or resolver.agent_refs(n) or _owners(n, resolver)
                                              or _owned_before(n, resolver))]
        target = next((r for r in targets if r not in side), None)
        if target is not None:
            out.append((_event(ctx, found, verb.lemma_.lower(), source, target, verb.sent, field), verb))
    return out


def _worded_act(word: Token, event: Event, acts: list[Event]) -> Event | None:
    """The act coded by the events stage that `word` (a verdict, or the verb naming one) is part of
    the wording of: "denounced the attack launched by the puppet regime", "condemned the drills,
    calling them a reckless provocation" restate the denunciation, not a second accusation. The
    act is the one of the appraisal's type in its sentence whose verb governs the word."""
    governing = {a.lemma_.lower() for a in word.ancestors}
    ev = event.evidence
    return next((a for a in acts if a.plover == event.plover and not a.negated and a.verb
                 and governing & set(a.verb.split())
                 and any(m.field == ev.field and m.start == ev.start for m in a.mentions)), None)


def _coded(events: list[Event], event: Event) -> bool:
    """Whether an earlier stage already coded this appraisal: an event of its type toward its
    target in the same sentence, whose speaker it read from another phrase ("a Labour
    backbencher" as the backbencher, not the party). Two events would be one act twice."""
    ev = event.evidence
    return any(
        e.plover == event.plover and set(e.target) & set(event.target) and not set(e.source) & set(event.source)
        and any(m.field == ev.field and m.start < ev.end and ev.start < m.end for m in e.mentions)
        for e in events)


def _add(events: list[Event], acts: list[Event], voiced: Voiced) -> None:
    """Add an appraisal to `events`: as further targets of the act it is the wording of, as a
    mention of the same appraisal, or as an event of its own."""
    event, word = voiced
    act = _worded_act(word, event, acts)
    if act is not None:
        join_targets(act, event)
    elif not _coded(events, event):
        add_event(events, event)


def _outlet_appraisals(ctx: Context, outlet: str, ev: Evidence, doc: Doc, resolver: Resolver) -> list[Voiced]:
    """The accusations in what an outlet says in its own voice, and its praise of parties of other
    states ("Russia's reply was principled"); its praise of its own side is left unread: such texts
    praise their own state and leaders, which appraisal never codes."""
    actor = ctx.document.actor(outlet)
    home = actor.country if actor is not None else None
    return [(event, word) for event, word in _appraisals(ctx, outlet, ev, doc, resolver)
            if event.plover == _row(_CRITICIZE).plover or (
                event.plover == _row(_PRAISE).plover and home is not None and event.target
                and all(_foreign(ctx.document, r, home) for r in event.target))]


def _foreign(document: Document, ref: str, home: str) -> bool:
    """Whether the participant is an actor of a known state other than `home`."""
    actor = document.actor(ref)
    return actor is not None and actor.country is not None and actor.country != home


def _commentary_accusations(ctx: Context, resolvers: dict[str, Resolver]) -> list[Voiced]:
    """An outlet's commentary or editorial (commentary.py): the words of disapproval in its own
    voice are the outlet's accusations of whom they are aimed at (`_outlet_appraisals`)."""
    voice = commentary_voice(ctx)
    if voice is None:
        return []
    out: list[Voiced] = []
    for field, a, b in voice.spans:
        resolver = resolvers.setdefault(field, Resolver(ctx, field))
        ev = Evidence(start=a, end=b, field=field)
        out += _outlet_appraisals(ctx, voice.speaker, ev, ctx.docs[field], resolver)
    return out


def _opinion_piece(claim_start: int, claim_end: int, doc: Doc) -> bool:
    """The sentence of a statement names a piece of opinion (event_cues press_nouns) outside the
    statement, as its medium or its subject ("says in an article that ...", "its editorial says")."""
    span = doc.char_span(claim_start, claim_end, alignment_mode="expand")
    if span is None:
        return False
    return any(t.lemma_.lower() in cues()["press_nouns"] and not claim_start <= t.idx < claim_end
               and (t.dep_ == "nsubj" or (t.dep_ == "pobj" and t.head.lower_ == "in")) for t in span.sent)


def _editorial_accusations(ctx: Context, resolvers: dict[str, Resolver]) -> list[Voiced]:
    """A media outlet's statement made in a piece of opinion ("Rodong Sinmun says in an article that
    the U.S. reckless moves ...", "the Post said in an editorial that ...") is the outlet's own voice,
    as its commentary is (`_commentary_accusations`): its words of disapproval are its accusations.
    What an outlet only reports stays a claim, read as no verdict of its own."""
    out: list[Voiced] = []
    for claim in ctx.document.claims:
        actor = ctx.document.actor(claim.by) if claim.by else None
        doc = ctx.docs.get(claim.evidence.field)
        if actor is None or actor.kind != "media" or doc is None:
            continue
        if not _opinion_piece(claim.evidence.start, claim.evidence.end, doc):
            continue
        resolver = resolvers.setdefault(claim.evidence.field, Resolver(ctx, claim.evidence.field))
        out += _outlet_appraisals(ctx, actor.id, claim.evidence, doc, resolver)
    return out


@stage("appraisal", reads=("actors", "positions", "quotes", "claims", "events"), adds=("events",))
def find_appraisals(ctx: Context) -> None:
    """Add the speakers' criticism and praise of other parties as ACCUSE and SUPPORT events
    (merged with any already found)."""
    events = ctx.document.events
    acts = list(events)  # what the events stage coded, whose wording an appraisal may be
    known = {a.id for a in ctx.document.actors}
    resolvers: dict[str, Resolver] = {}
    for quote in list(ctx.document.quotes):
        doc = ctx.docs.get(quote.evidence.field)
        if doc is None:
            continue
        resolver = _field_resolver(ctx, resolvers, quote.evidence.field)
        together = _co_speakers(ctx, quote.speaker, quote.evidence, doc, resolver)
        for event, word in _appraisals(ctx, quote.speaker, quote.evidence, doc, resolver):
            if _quoted_within(ctx, quote, word):
                continue
            if quote.speaker in event.source and not set(together) & set(event.target):
                event.source = with_represented(ctx.document, together, event.target)
            _add(events, acts, (event, word))
    for voiced in _commentary_accusations(ctx, resolvers) + _editorial_accusations(ctx, resolvers):
        _add(events, acts, voiced)
    for field, doc in ctx.docs.items():
        resolver = _field_resolver(ctx, resolvers, field)
        quoted = [(q.evidence.start, q.evidence.end) for q in ctx.document.quotes if q.evidence.field == field]
        for voiced in _namings(ctx, doc, field, resolver) + _stated_attitudes(ctx, doc, field, resolver, quoted) \
                + _claimed(ctx, doc, field, resolver, quoted):
            _add(events, acts, voiced)
    # (both read only what is quoted)
    governing = _governing_party(ctx, resolvers) if ctx.document.quotes else None
    _rival_criticism(ctx, events, governing)
    _shadow_criticism(ctx, events, resolvers, governing)
    finish_events(ctx, known)


def _asked(tok: Token) -> bool:
    """"urged Green voters to back them in the marginals": a party named as the one asked to act (the
    object of a verb with an infinitive after it, or its modifier) is appealed to, not attacked."""
    noun = tok.head if tok.dep_ in ("compound", "amod", "nmod", "poss") else tok
    return noun.dep_ in ("dobj", "dative") and any(c.dep_ == "xcomp" for c in noun.head.children)


def _claimed(ctx: Context, doc: Doc, field: str, resolver: Resolver, quoted: list[tuple[int, int]]) -> list[Voiced]:
    """"She rejected the Greens' claim that she had rigged the count": what a claim a party
    owns says (event_cues claim_nouns, with its "that" clause) is that party's word, its verdicts
    the party's as a quote's are its speaker's; a claim inside a quote is read with the quote,
    unless the quote is the claim itself, what its speaker denies ("X denied Tory claims that ...")."""
    out: list[Voiced] = []
    for noun in doc:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in cues()["claim_nouns"] \
                or any(a <= noun.idx < b and a != noun.left_edge.idx for a, b in quoted):
            continue
        clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp") and c.left_edge.lower_ == "that"), None)
        owners = _owners(noun, resolver) if clause is not None else []
        if not owners:
            continue
        ev = Evidence(start=clause.left_edge.idx, end=clause.right_edge.idx + len(clause.right_edge), field=field)
        out += _appraisals(ctx, owners[0], ev, doc, resolver)
    return out


def _quoted_within(ctx: Context, quote: Quote, word: Token) -> bool:
    """"The Greens say X would cut bus routes, and Labour says that party's costings are reckless":
    a word inside another speaker's quote that this quote's span takes in is that speaker's verdict,
    read with their own quote, where a finite verb says that speaker speaks ("the U.S. will have to
    clarify who ...", asked of it, voices nothing; "while describing X's atrocities as ..." gives
    the speaker's own words for X)."""
    ev = quote.evidence
    doc = word.doc
    for q in ctx.document.quotes:
        inner = q.evidence
        if q.speaker == quote.speaker or inner.field != ev.field or (inner.start, inner.end) == (ev.start, ev.end) \
                or not ev.start <= inner.start <= word.idx < inner.end <= ev.end:
            continue
        opening = doc.char_span(inner.start, inner.end, alignment_mode="expand")
        said = opening.root.head if opening is not None else None
        if said is not None and said.tag_ in _FINITE_TAGS and not any(a.tag_ == "MD" for a in said.children):
            return True
    return False


def _shadow_criticism(ctx: Context, events: list[Event], resolvers: dict[str, Resolver],
                      governing: str | None) -> None:
    """A shadow minister, or a speaker of a party other than the one the article puts in
    government, naming the government in what they say criticises it, as a party's spokesman naming
    a rival does (`_rival_criticism`): opposing the government is the post's and the party's work
    ("What towns need is more constables, yet the government wants to hire wardens who cannot
    arrest anyone," said shadow home secretary X). Only where "the government", named bare, is what the
    words are about (their subject or a possessor), and no event already relates the two."""
    document = ctx.document
    if not document.quotes:
        return
    shadow = {p.holder for p in document.positions if "shadow" in p.title.lower().split()}
    linked = {(a, b) for e in events for a in e.source for b in e.target}
    for quote in list(document.quotes):
        ev = quote.evidence
        doc = ctx.docs.get(ev.field)
        # a speaker of a party other than the governing one opposes it as a shadow minister does
        mine = _parties_of(ctx, quote.speaker, governing)
        opposed = quote.speaker in shadow or (governing is not None and bool(mine) and governing not in mine
                                              and _rivals(document, governing, mine))
        span = doc.char_span(ev.start, ev.end, alignment_mode="expand") if opposed and doc else None
        if span is None or consequences.conceded(span.root):
            continue
        resolver = _field_resolver(ctx, resolvers, ev.field)
        for tok in span:
            # "the government", named bare: the one the shadow post mirrors, not "the Chinese government"
            if tok.lemma_.lower() != "government" or tok.dep_ not in ("nsubj", "nsubjpass", "poss") or any(
                    c.dep_ in ("amod", "compound", "poss", "nmod") for c in tok.children):
                continue
            ref = resolver.one(tok)
            actor = document.actor(ref or "")
            if actor is None or actor.kind != "government_body" or (quote.speaker, ref) in linked:
                continue
            add_event(events, _event(ctx, _CRITICIZE, _CRITICIZE, [quote.speaker], ref, tok.sent, ev.field))
            linked.add((quote.speaker, ref))


def _field_resolver(ctx: Context, resolvers: dict[str, Resolver], field: str) -> Resolver:
    """The stage's resolver for `field`, made once."""
    if field not in resolvers:
        resolvers[field] = Resolver(ctx, field)
    return resolvers[field]


def _governing_party(ctx: Context, resolvers: dict[str, Resolver]) -> str | None:
    """The party the article names as in government: the one its name modifies "government" ("the
    Labour government"), where it is one party; a government "would" form ("a Conservative
    government would cut taxes") is to come, not in office."""
    found: set[str] = set()
    for field, doc in ctx.docs.items():
        for tok in doc:
            if tok.lemma_.lower() != "government" or tok.pos_ != "NOUN" or is_conditional(tok.head) \
                    or any(a.tag_ == "MD" for a in tok.head.children if a.dep_ == "aux"):
                continue
            found |= {r for c in tok.children if c.dep_ in ("compound", "amod", "nmod")
                      for r in [_field_resolver(ctx, resolvers, field).one(c)]
                      if r and resolvers[field].kinds.get(r) == "party"}
    return next(iter(found)) if len(found) == 1 else None


def _rivals(document: Document, governing: str, parties: set[str]) -> bool:
    """Whether the `parties` are of the governing party's country (parties of two lands are no rivals)."""
    party = document.actor(governing)
    home = party.country if party is not None else None
    return all((p := document.actor(r)) is not None and p.country in (None, home) for r in parties)


def _parties_of(ctx: Context, ref: str, governing: str | None = None) -> set[str]:
    """The political parties a participant belongs to: itself for a party, the parties a group
    is drawn from, the party of a post its holder holds ("Labour's election chief"), and the
    `governing` party for a holder of a cabinet post of its country (event_cues cabinet_titles:
    "the chancellor" in an article on "the Labour government")."""
    document = ctx.document
    actor = document.actor(ref)
    if actor is None:
        group = next((g for g in document.groups if g.id == ref), None)
        return set(group.parties) if group is not None else set()
    if actor.kind == "party":
        return {ref}
    posts = [p for p in document.positions if p.holder == ref]
    parties = {p.organization for p in posts if p.organization
               and (document.actor(p.organization) or actor).kind == "party"}
    if not parties and governing is not None and any(_cabinet_post(document, p, governing) for p in posts):
        parties = {governing}
    return parties


def _cabinet_post(document: Document, post: Position, governing: str) -> bool:
    """Whether `post` is a present cabinet post ("Prime Minister", "Home Secretary", "the
    chancellor") of the governing party's country, held in no other body."""
    party = document.actor(governing)
    words = set(post.title.lower().split()) | set((post.qualifier or "").lower().split())
    body = document.actor(post.organization or "")
    return bool(words & set(cues()["cabinet_titles"])) and not words & (
        {"shadow"} | set(cues()["past_post_marks"])) and (body is None or body.kind == "government_body") \
        and party is not None and post.country in (None, party.country)


def _rival_criticism(ctx: Context, events: list[Event], governing: str | None) -> None:
    """A party's spokesman naming a rival party (or one of its office holders) in what they say is
    criticism of it: in campaign news what one party says of another is attack ("a UKIP
    spokesman said Labour and the Conservatives had spent pounds 10m", "Like Labour, the Lib Dems
    are soft on crime"), whatever the words. Rivals are parties of one country (a party greeting a
    foreign party is fraternal). A pair the article already relates by an event is left to that
    event, and what the speaker concedes to a rival ("acknowledged that ...") is no attack."""
    document = ctx.document
    linked = {(a, b) for e in events for a in e.source for b in e.target}
    linked |= {(b, a) for a, b in linked}
    membership = {a.id: _parties_of(ctx, a.id, governing) for a in document.actors if a.kind in _LONE_TARGETS}
    for quote in list(document.quotes):
        mine = _parties_of(ctx, quote.speaker, governing)
        ev = quote.evidence
        doc = ctx.docs.get(ev.field)
        span = doc.char_span(ev.start, ev.end, alignment_mode="expand") if mine and doc is not None else None
        if span is None or consequences.conceded(span.root):
            continue
        for actor in document.actors:
            theirs = membership.get(actor.id, set())
            if not theirs or theirs & mine or any((r, actor.id) in linked for r in [quote.speaker, *mine]):
                continue
            parties = [p for p in map(document.actor, theirs | mine) if p is not None]
            # "the Party" is the speaker's own in a party's statement; parties of two lands are no rivals
            if len({p.country for p in parties} - {None}) > 1 or any(p.name.lower() == "party" for p in parties):
                continue
            mention = next((m for m in actor.mentions if m.field == ev.field and ev.start <= m.start < ev.end), None)
            named = doc.char_span(mention.start, mention.end, alignment_mode="expand") if mention else None
            # "Labour say X, while the Tories say Y": a rival saying something of its own in the span
            # speaks; it is not spoken of (what the speaker reports it said, "saying X had said ...", is)
            if named is None or (named.root.dep_ == "nsubj" and named.root.head.dep_ != "ccomp"
                                 and named.root.head.lemma_.lower() in cues()["speech_verbs"]) or _asked(named.root):
                continue
            add_event(events, _event(ctx, _CRITICIZE, _CRITICIZE, [quote.speaker], actor.id, named.sent, ev.field))
            linked |= {(quote.speaker, actor.id), (actor.id, quote.speaker)}
