"""How the events stage reads a clause from its parse: the verb's lemma and objects, its subjects
(through coordination, relative and participle clauses), prepositional objects, passives,
negation, and the marks of a hypothetical or conditional act. Pure functions over spaCy tokens."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.event_lexicon import (
    INTRANSITIVE, approval_words, cues, disapproval_words, noun_entry, verb_entries,
)

_OBJECT_DEPS = ("dobj", "nsubjpass", "attr", "oprd")
# subjects that stand for a situation, not a party: "it is unacceptable", "this must be bad for X"
SITUATION_PRONOUNS = frozenset({"it", "this", "that", "which", "what"})


def object_tokens(verb: Token) -> list[Token]:
    if misread_clause(verb):
        return [verb.head]
    out = [c for c in verb.children if c.dep_ in _OBJECT_DEPS]
    if not out and _joined_passive(verb):
        # "was arrested and released on bail": the passive subject the two share
        out = [c for c in verb.head.children if c.dep_ == "nsubjpass"]
    return out + [c for o in out for c in o.conjuncts if c.i > o.i]


def hyphen_lead(tok: Token) -> str:
    """The parts before `tok` of the hyphenated word it ends, with their hyphens ("high-" for
    "high-handed", "test-" for "test-fired"), or "": the tokenizer splits at the hyphen and the
    parse heads the word on its last part, so the lexicons' hyphenated words are read from there."""
    first = tok.i
    while first >= 2 and tok.doc[first - 1].text == "-" and not tok.doc[first - 1].whitespace_ \
            and not tok.doc[first - 2].whitespace_ and tok.doc[first - 2].is_alpha:
        first -= 2
    return tok.doc[first:tok.i].text.lower()


def verb_lemma(verb: Token) -> str:
    """The verb's lemma as the lexicon knows it. The lemmatizer slips on some inflected forms
    ("staged" -> "stag"): a regular form's stem ("stage") is taken when only it is known."""
    lemma = verb.lemma_.lower()
    known = cues()["light_verbs"] | cues()["inverse_light_verbs"]
    if verb_entries(lemma) or lemma in known:
        return lemma
    low = verb.lower_
    # "overrode", "besought": irregular forms the lemmatizer leaves as they are
    if low in cues()["irregular_verbs"]:
        return cues()["irregular_verbs"][low]
    stems = [low[:-1]] if low.endswith("ed") else [low[:-3] + "e"] if low.endswith("ing") else []
    return next((s for s in stems if verb_entries(s) or s in known), lemma)


def predicates(verb: Token) -> list[Token]:
    """"declared the law unconstitutional": a predicate adjective the parser hangs on the verb as a
    clause of its own; the noun it is said of is that clause's subject."""
    return [c for c in verb.children if c.dep_ in ("ccomp", "xcomp", "oprd") and c.pos_ == "ADJ"]


def misread_clause(verb: Token) -> bool:
    """"North Korea test-fired two missiles" parsed as one noun phrase: the past-tense verb is an
    "amod" of its object, which heads the whole sentence."""
    return verb.dep_ == "amod" and verb.tag_ == "VBD" and verb.head.dep_ == "ROOT" and verb.head.pos_ == "NOUN"


# the verbs an elliptic clause repeats its main clause's act with ("as did X", "as had X")
_ELLIPTIC_VERBS = frozenset({"do", "have"})


def elliptic_clauses(verb: Token) -> list[Token]:
    """"X offered his congratulations, as did Y and Z": the clauses after a verb (or after the verb
    it is coordinated with) that repeat its act with other subjects: "as" + "do"/"have" and a
    subject, nothing else."""
    heads = [verb] + ([verb.head] if verb.dep_ == "conj" else [])
    return [c for h in heads for c in h.children
            if c.dep_ == "advcl" and c.lemma_.lower() in _ELLIPTIC_VERBS and c.i > verb.i
            and any(m.dep_ == "mark" and m.lower_ == "as" for m in c.children)
            and any(n.dep_ == "nsubj" for n in c.children)
            and not any(o.dep_ in ("dobj", "xcomp", "ccomp", "acomp", "attr") for o in c.children)]


def misread_object(verb: Token) -> Token | None:
    """"Dismissed the figures insisting that ...", "released figures showing waiting times rose"
    parsed with the object as the subject of a clause after the verb: the noun right after the
    verb, subject of a complement clause, where a participle follows it (the clause's own verb,
    or one the noun heads), or None. "Said the figures were wrong" keeps its clause."""
    for clause in verb.children:
        if clause.dep_ != "ccomp":
            continue
        noun = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if noun is None or noun.pos_ != "NOUN" or noun.left_edge.i != verb.i + 1:
            continue
        if clause.tag_ == "VBG" and clause.i == noun.i + 1 or any(
                c.dep_ == "acl" and c.tag_ == "VBG" and c.i == noun.i + 1 for c in noun.children):
            return noun
    return None


def misread_main_verb(verb: Token) -> bool:
    """"Forty MPs called on X to resign", "a letter signed by A called on X" parsed as one noun
    phrase: a past-tense verb with no agent of its own, modifying a noun of a sentence that has no
    verb at its root, is the sentence's main verb, done by the root noun; never a headline's
    passive (`bare_passive`)."""
    root = verb.sent.root
    return (verb.dep_ == "acl" and verb.tag_ in ("VBD", "VBN") and root.pos_ in ("NOUN", "PROPN")
            and root.i < verb.i and not any(c.dep_ in ("agent", "nsubj", "nsubjpass") for c in verb.children)
            and not bare_passive(verb))


# prepositions after which a verb of charging, written without its object, is a passive
# ("accused of", "charged with", "accused by"); a verb of criticism also before its grounds
# ("criticised over the dossier", "blamed for the row")
_CHARGE_PREPS = frozenset({"of", "with", "by"})
_GROUNDS_PREPS = frozenset({"over", "for"})


def _reporter_conjunct(verb: Token) -> bool:
    """A past-tense verb the parser joined to a reported verb, under a past-tense speech verb, that
    is the speech verb's conjunct: the tenses part ("said Labour would set out plans and attacked
    the Tory plans"), or a quotation closes the report before it."""
    reported = verb.head
    if not (verb.dep_ == "conj" and verb.tag_ == "VBD" and reported.dep_ == "ccomp"
            and reported.head.tag_ == "VBD" and reported.head.lemma_.lower() in cues()["speech_verbs"]):
        return False
    # 'said the bill "really had the look of a rough draft", and urged X': a quotation closed
    # before the conjunction ends what is reported
    before = [t for t in verb.doc[reported.i + 1:verb.i] if t.dep_ not in ("cc", "punct") or t.tag_ == "''"]
    closed = bool(before) and before[-1].tag_ == "''"
    # "said the move violated its sovereignty and demanded that Beijing prevent a recurrence": a
    # verb of speaking or demanding with a clause of its own goes on with the speaker's words
    spoken = verb.lemma_.lower() in cues()["mandative_verbs"] and any(c.dep_ == "ccomp" for c in verb.children)
    return closed or spoken or (reported.tag_ == "VB" and any(c.dep_ == "aux" and c.tag_ == "MD" for c in reported.children))


def bare_passive(verb: Token) -> bool:
    """A headline's passive written without its auxiliary: a verb that takes whom it acts on only
    as its object, with none, followed by what it charges or its agent ("Labour accused of 'EU
    propaganda'", "Minister charged with fraud", "Blair criticised over dossier"): its subject, or
    the noun it follows, is acted on."""
    if verb.tag_ not in ("VBD", "VBN") or any(c.dep_ in ("dobj", "aux", "auxpass", "ccomp", "xcomp") for c in verb.children):
        return False
    rows = verb_entries(verb_lemma(verb))
    if rows and verb.doc.user_data.get("field") == "title" and any(c.dep_ == "nsubj" for c in verb.children) \
            and all("dobj" in r.target and INTRANSITIVE not in r.objects for r in rows):
        # "BNP leader Nick Griffin arrested", "Labour attacked on Howard poster": a headline tells a
        # past act in the present tense, so a bare past form of a verb that takes whom it acts on
        # as its object, with none, is a passive
        return True
    if not rows or any(r.target != ("dobj",) for r in rows):
        return False
    preps = {c.lower_ for c in verb.children if c.dep_ in ("prep", "agent")}
    return bool(preps & _CHARGE_PREPS) or bool(preps & _GROUNDS_PREPS and all(r.plover == "ACCUSE" for r in rows))


def prep_objects(head: Token, prep: str) -> list[Token]:
    """Objects of `prep` on `head` (for an event noun, also on its "of" complement: "a message of
    greeting from X")."""
    heads = [head]
    if head.pos_ == "NOUN":
        heads += [c for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for c in p.children if c.dep_ == "pobj"]
        # "received a floral basket and a letter from X": a phrase closing a list of nouns is each one's
        if not any(p.dep_ == "prep" and p.lower_ == prep for p in head.children):
            heads += [c for c in head.conjuncts if c.i > head.i and c.pos_ == "NOUN"][-1:]
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
            # (not past another preposition: "witnesses the panel hoped to speak to about the tender"
            # leaves the "to" of a relative clause stranded)
            # (a name that opens with such a word, "from To Lam", is no preposition)
            stranded = p.i + 1 < len(p.doc) and p.doc[p.i + 1].pos_ == "ADP" and p.doc[p.i + 1].is_lower
            out += objs or ([] if stranded else [t for t in p.doc[p.i + 1: p.i + 7] if t.pos_ == "PROPN"][-1:])
            # "spoke to X, and the presidents of Y": a noun the parser coordinated with the verb
            # continues the list of the preposition's objects
            out += [c for c in p.head.children if objs and c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")
                    and p.head.pos_ == "VERB" and c.i > objs[-1].i]
        # "in honour of X" names the one a reception or banquet is for
        if prep == "for" and p.dep_ == "prep" and p.lower_ == "in":
            for honour in p.children:
                if honour.lemma_.lower() in ("honour", "honor"):
                    out += [c for g in honour.children if g.lower_ == "of" for c in g.children if c.dep_ == "pobj"]
    return out + [s for c in for_clauses(head) if prep == "for" for s in c.children if s.dep_ == "nsubj"]


def is_to_infinitive(clause: Token) -> bool:
    """Whether a clause is a to-infinitive ("to drop the plan", "not to meddle")."""
    return any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children)


def for_clauses(head: Token) -> list[Token]:
    """"a call for Blair to resign": the parser makes "for" the mark of the infinitive clause
    after the noun, whose subject is the preposition's object."""
    return [c for c in head.children if c.dep_ in ("acl", "advcl")
            and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
            and is_to_infinitive(c)]


def object_controlled(verb: Token) -> bool:
    """Whether the infinitive complement `verb` is done by its head's object ("told Syria to stop",
    "asked Y to help him") rather than by the head's subject; never where that object is a means
    the subject uses or a party it contacts (purpose_verbs: "police used a stun gun to detain him",
    "he called Trudeau to congratulate him"), nor where it is an act itself ("declared a trip to
    Mexico to address executives": the trip's purpose, its maker's act)."""
    return verb.dep_ == "xcomp" and verb.head.lemma_ not in cues()["purpose_verbs"] and any(
        c.dep_ in ("dobj", "dative") and (c.pos_ != "NOUN" or noun_entry(c.lemma_) is None)
        for c in verb.head.children)


def _raised(verb: Token) -> bool:
    """An infinitive after a passive verb of hearsay ("is said to have", "is believed to") or of
    schedule ("is set to visit", "is scheduled to meet", "was slated to hold")."""
    head = verb.head
    return verb.dep_ == "xcomp" and head.lemma_.lower() in cues()["hearsay_verbs"] | cues()["schedule_words"] \
        and is_to_infinitive(verb) and any(c.dep_ == "nsubjpass" for c in head.children)


def _accused_of(verb: Token) -> bool:
    """A gerund after "of" on a verb of charging ("accused X of leaking")."""
    prep = verb.head
    return verb.dep_ == "pcomp" and verb.tag_ == "VBG" and prep.lower_ == "of" \
        and prep.head.lemma_.lower() in cues()["charging_verbs"]


def _delegated(verb: Token) -> bool:
    """An infinitive after "it" and a verb handing a task to someone named by "to" ("it was left
    to X to ...", "it fell to X to ...")."""
    head = verb.head
    return verb.dep_ in ("advcl", "xcomp") and head.pos_ == "VERB" and is_to_infinitive(verb) and any(
        c.lower_ == "it" and c.dep_ in ("nsubj", "nsubjpass") for c in head.children) and any(
        p.dep_ == "prep" and p.lower_ == "to" and p.i < verb.i for p in head.children)


# conjunctions opening a clause that the parser may read as prepositions ("as", "while")
_SUBORDINATORS = frozenset({"as", "while", "whereas", "because", "since", "although", "though", "after", "before"})


def clause_subject_read_as_object(phrase: Token) -> Token | None:
    """"with Moscow arming the regime as Paris, Rome and Madrid fund several rebel factions": where
    the parser made a clause's subject the object of its conjunction
    (read as a preposition) and left the clause's finite verb right after it without a subject,
    that verb; else None."""
    if phrase.dep_ != "pobj" or phrase.head.lower_ not in _SUBORDINATORS or phrase.head.tag_ != "IN" \
            or phrase.pos_ not in ("PROPN", "NOUN", "PRON") or phrase.right_edge.i + 1 >= len(phrase.doc):
        return None
    verb = phrase.doc[phrase.right_edge.i + 1]
    if verb.tag_ not in ("VBP", "VBZ", "VBD") or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    return verb


def _subject_read_as_object(verb: Token) -> Token | None:
    """The phrase `clause_subject_read_as_object` finds before `verb`, its subject, or None."""
    if verb.i == 0:
        return None
    before = verb.doc[verb.i - 1]
    phrase = next((t for t in [before, *before.ancestors] if t.dep_ == "pobj"), None)
    return phrase if phrase is not None and clause_subject_read_as_object(phrase) == verb else None


def _subject_read_as_apposition(verb: Token) -> Token | None:
    """"In an interview with CNN's Dana Bash, X said ...": a name set off by a
    comma at the end of a phrase fronted before a finite verb with no subject, which the parser
    made an apposition in that phrase, is the verb's subject; else None."""
    if verb.i == 0 or verb.tag_ not in ("VBP", "VBZ", "VBD") or any(
            c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    before = verb.doc[verb.i - 1]
    appos = next((t for t in [before, *before.ancestors] if t.dep_ == "appos"), None)
    if appos is None or appos.right_edge.i + 1 != verb.i or appos.left_edge.i == 0 \
            or verb.doc[appos.left_edge.i - 1].text != ",":
        return None
    fronted = any(a.dep_ == "prep" and a.head == verb and a.i < appos.i for a in appos.ancestors)
    return appos if fronted else None


def _subject_read_as_relative(verb: Token) -> Token | None:
    """"bishops who, backed by the Pope, urged voters to ...": where a relative pronoun is set off
    by a comma from the participle after it, the parser may close the relative clause at the
    participle's phrase and leave the finite verb after the next comma with no subject; the noun
    the relative pronoun stands for is that verb's subject. Else None."""
    if verb.i < 2 or verb.tag_ not in ("VBP", "VBZ", "VBD") or verb.doc[verb.i - 1].text != "," or any(
            c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    before = verb.doc[verb.i - 2]
    clause = next((t for t in [before, *before.ancestors] if t.dep_ == "relcl"), None)
    if clause is None or clause.right_edge.i != verb.i - 2 or clause.tag_ != "VBN":
        return None
    pronoun = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.tag_ == "WP"), None)
    if pronoun is None or verb.doc[pronoun.i + 1].text != ",":
        return None
    return clause.head


def _personal_antecedent(clause: Token) -> Token | None:
    """"Ann Lowe, a fellow at the Hudson Institute who calls X's plan ...": a "who" clause the
    parser hangs on the name of a body or place is about the person whose phrase that name ends
    (the nearest person named above it, in the same clause), else None."""
    head = clause.head
    if head.ent_type_ not in ("ORG", "GPE", "NORP", "FAC") or not any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "who" for c in clause.children):
        return None
    for above in head.ancestors:
        if above.pos_ in ("VERB", "AUX"):
            return None
        if above.ent_type_ == "PERSON":
            return above
    return None


def comparing(word: Token) -> bool:
    """Whether `word` is a participle of comparison ("nukes that work, as opposed to other
    countries that talk"): it names no act or stance of anyone's."""
    return word.tag_ == "VBN" and any(c.dep_ == "mark" and c.lower_ == "as" for c in word.children) \
        and bool(prep_objects(word, "to"))


def _addressing(verb: Token) -> bool:
    """Whether `verb` addresses someone: a verb of speech, or one whose object is a document
    (event_cues authored_nouns: "sent a letter", "delivered a statement")."""
    return verb.lemma_.lower() in cues()["speech_verbs"] or any(
        o.dep_ == "dobj" and o.lemma_.lower() in cues()["authored_nouns"] for o in verb.children)


def subjects(verb: Token) -> list[Token]:
    """The verb's subject, inherited along conjunctions, open complements and relative clauses."""
    if misread_clause(verb):
        # the name the parser made a modifier of the object, before the verb
        return [c for c in verb.head.lefts if c.dep_ in ("compound", "nmod", "poss") and c.i < verb.left_edge.i][-1:]
    if misread_main_verb(verb):
        return [verb.sent.root]
    seen = 0
    while seen < 4:
        seen += 1
        # a relative pronoun ("officials who met") stands for the noun the clause modifies
        subj = [c for c in verb.children if (c.dep_ in ("nsubj", "csubj") or (
            c.dep_ == "nsubjpass" and stative_participle(verb))) and c.tag_ not in ("WP", "WDT")]
        # "Australia had better mind ...": the parser may hang the subject on an auxiliary
        subj = subj or [c for a in verb.children if a.dep_ == "aux" for c in a.children if c.dep_ == "nsubj"]
        if subj and seen > 1 and extraposed(verb):
            # "it is necessary to make demands on X": the infinitive is the subject, done by no one
            return []
        if subj:
            return subj
        if seen == 1 and (misread := _subject_read_as_object(verb) or _subject_read_as_apposition(verb)
                                     or _subject_read_as_relative(verb)) is not None:
            return [misread]
        # "wrote to the regulator accusing the party of ...", "sent a letter to Senate leaders
        # opposing the bill": a participle the parser hung on whom a speaker writes or speaks, or
        # sends a document, to is the speaker's
        addressee = verb.head
        if verb.dep_ == "acl" and verb.tag_ == "VBG" and addressee.dep_ == "pobj" and addressee.head.lower_ == "to" \
                and _addressing(addressee.head.head):
            verb = addressee.head.head
            continue
        # "demonstrators protesting the result": a present participle modifying a noun is done
        # by it (a past one, "the attack launched by X", is done to it)
        if verb.dep_ == "relcl" or (verb.dep_ == "acl" and verb.tag_ == "VBG"):
            return [_personal_antecedent(verb) or verb.head]
        # "Russia's bid to join the WTO", "his attempts to mediate": an infinitive on a noun of
        # intent or attempt is the act of whom the noun's possessor names
        if verb.dep_ in ("acl", "advcl") and _intent_noun(verb.head) and is_to_infinitive(verb):
            return [c for c in verb.head.children if c.dep_ == "poss"]
        # "told Syria to stop", "urged the rebels to disarm": the object of the verb of asking
        # does what it is asked to
        if object_controlled(verb):
            objects = [c for c in verb.head.children if c.dep_ == "dobj"]
            if objects:
                return objects
        # "two motions were passed on Monday, asking him to ...": a participle after a passive
        # clause (hung on it, or on its phrase of time) is done by what that clause's subject names
        if verb.tag_ == "VBG" and verb.dep_ == "advcl" and any(
                r.plover in cues()["policy_stance_types"] for r in verb_entries(verb_lemma(verb))):
            # "X said that the Korean people have adhered to ..., strongly denouncing the U.S.": a
            # participle of a stance closing what a speaker reports is the speaker's
            reporters = _reporters(verb.head)
            if reporters:
                return reporters
        if verb.tag_ == "VBG" and (verb.dep_ == "advcl" or (verb.dep_ == "pcomp" and verb.head.dep_ == "prep")):
            clause = verb.head if verb.dep_ == "advcl" else verb.head.head
            passive = [c for c in clause.children if c.dep_ == "nsubjpass"]
            if passive and not any(c.dep_ == "nsubj" for c in clause.children):
                return passive
        if _raised(verb):
            # "X is said to have praised Y", "X is believed to have met Y": the one said to
            return [c for c in verb.head.children if c.dep_ == "nsubjpass"]
        if _accused_of(verb):
            # "X has been accused of criticising Y", "accused X of leaking": the one accused
            judge = verb.head.head
            return [c for c in judge.children if c.dep_ in ("dobj", "nsubjpass")]
        if _delegated(verb):
            # "it was left to Mr X to pay tribute", "it fell to Y to announce": the one the task
            # is left to does it
            return [o for p in verb.head.children if p.dep_ == "prep" and p.lower_ == "to"
                    for o in p.children if o.dep_ == "pobj"]
        if _reporter_conjunct(verb):
            # "X said Labour would set out plans and attacked the Tory plans": a past tense joined
            # to a reported future goes on with the report, done by who reports it
            verb = verb.head.head
            continue
        if verb.dep_ == "advcl" and verb.tag_ in ("VBD", "VBZ", "VBP"):
            # "a month after a so-called Reichsburger shot a policeman, the agency ...": a finite
            # clause has a subject of its own, here one the parser missed, never the main clause's
            return []
        if verb.dep_ in ("conj", "xcomp", "advcl", "acomp") and verb.head != verb:
            verb = verb.head
            continue
        # "condemned the U.S. for staging drills", "praised Cuba for sending doctors",
        # "congratulated the campers on participating": the one blamed or praised did it
        if verb.dep_ == "pcomp" and verb.head.lower_ in ("for", "on"):
            owner = verb.head.head
            # the parser may hang the preposition on the object's last conjunct
            while owner.dep_ == "conj" and owner.pos_ in ("NOUN", "PROPN"):
                owner = owner.head
            objects = [owner] if owner.dep_ == "dobj" else [c for c in owner.children if c.dep_ == "dobj"]
            # "briefed reporters on meeting X", "spent millions on attacking X": only one praised
            # or blamed ("congratulated X on winning") does what follows "on"
            judging = verb.head.lower_ == "for" or any(
                r.plover in cues()["policy_stance_types"] for o in objects for r in verb_entries(verb_lemma(o.head)))
            if objects and judging:
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


def _reporters(clause: Token) -> list[Token]:
    """The subject of the speech verb (event_cues speech_verbs) whose reported clause `clause` is
    (or is coordinated with), else nothing."""
    while clause.dep_ == "conj" and clause.head != clause:
        clause = clause.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in cues()["speech_verbs"]:
        return []
    return [c for c in clause.head.children if c.dep_ == "nsubj"]


def extraposed(verb: Token) -> bool:
    """"it is necessary to ...", "it's harder to beat X than ...": a copula with the pronoun "it"
    for subject and a predicate (event_cues extraposing_words) whose true subject is the infinitive
    after it: what the infinitive says is a general need or truth, not an act of anyone's; so in a
    verbless clause ("shops found it easier to close early"). So is an adjective of approval or
    disapproval ("it was disgusting to propose a system that ..."), a verdict on the act, where one
    of ability or will ("it is ready to talk") says what "it", a party, would do."""
    if not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in verb.children):
        return False
    words = cues()["extraposing_words"]
    verdicts = approval_words() | disapproval_words()

    def extraposing(word: Token) -> bool:
        return word.lemma_.lower() in words or (word.pos_ == "ADJ" and (word.lemma_.lower(), "ADJ") in verdicts)
    if verb.lemma_.lower() == "be":
        predicate = any(c.dep_ in ("acomp", "attr") and extraposing(c) for c in verb.children)
    else:
        predicate = verb.pos_ == "ADJ" and extraposing(verb)
    return predicate and any(
        c.dep_ == "xcomp" and is_to_infinitive(c) for c in verb.children)


def relcl_members(noun: Token) -> list[Token]:
    """"Officials who met X included A, B and C": the listed A, B, C stand for the officials, as
    they do in the inverted "Among those who criticised the plans were A and B"."""
    verb = noun.head
    if noun.dep_ == "nsubj" and verb.lemma_.lower() in ("include", "be") and verb.pos_ in ("VERB", "AUX"):
        return [c for c in verb.children if c.dep_ in ("dobj", "attr")]
    copula = verb.head
    if noun.dep_ == "pobj" and verb.lower_ == "among" and copula.lemma_.lower() == "be" and verb.i < copula.i:
        return [c for c in copula.children if c.dep_ in ("nsubj", "attr") and c.i > copula.i]
    return []


def stative_participle(verb: Token) -> bool:
    """"China was resolutely opposed to the test": a participle of event_cues stative_participles
    with its "to" and no agent states its subject's stance, as one of engagement_participles with
    its "in" says what its subject is doing ("X has been locked in talks with Y"); the parser reads
    either as a passive."""
    if verb.tag_ != "VBN" or any(c.dep_ == "agent" for c in verb.children):
        return False
    preps = {c.lower_ for c in verb.children if c.dep_ == "prep"}
    lemma = verb.lemma_.lower()
    return (lemma in cues()["stative_participles"] and "to" in preps) or (
        lemma in cues()["engagement_participles"] and "in" in preps)


def is_passive(verb: Token) -> bool:
    """A passive clause, or a past participle standing alone as one ("Asked about damages, he
    said", "detainees held by the US"): its subject, or the noun it describes, is the one acted on."""
    if stative_participle(verb):
        return False
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or bare_passive(verb):
        return True
    if misread_main_verb(verb):
        return False
    if _shares_passive(verb):
        return True
    return verb.tag_ == "VBN" and verb.dep_ in ("advcl", "acl") and not any(
        c.dep_ in ("nsubj", "aux") for c in verb.children)


def _shares_passive(verb: Token) -> bool:
    """"were held and later freed on bail": a bare past participle joined to a passive shares
    its auxiliaries, as one joined to a participle describing a noun is one too ("rebels led by
    X and backed by Russia")."""
    head = verb.head
    return verb.tag_ == "VBN" and verb.dep_ == "conj" and not any(
        c.dep_ in ("nsubj", "aux", "dobj") for c in verb.children) and (any(
            c.dep_ in ("nsubjpass", "auxpass") for c in head.children) or (
            head.dep_ in ("advcl", "acl") and is_passive(head)))


def _joined_passive(verb: Token) -> bool:
    """Whether `verb` is a passive coordinated with another passive ("was arrested and released")."""
    return verb.dep_ == "conj" and is_passive(verb) and is_passive(verb.head)


def passive_subjects(verb: Token) -> list[Token]:
    """Who a passive clause or participle acts on: its passive subject, the noun a participle
    describes, or the subject of the clause a participle opens."""
    passive = [c for c in verb.children if c.dep_ == "nsubjpass" or (c.dep_ == "nsubj" and bare_passive(verb))]
    if not passive and _joined_passive(verb):
        # "was arrested in Burnley and released on bail": a passive joined to another shares its subject
        return passive_subjects(verb.head)
    if passive or verb.dep_ not in ("advcl", "acl"):
        return passive
    return [verb.head] if verb.dep_ == "acl" else subjects(verb.head)


def _intent_noun(noun: Token) -> bool:
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in cues()["intent_nouns"] | cues()["attempt_nouns"]


def is_hypothetical(gov: Token) -> bool:
    c = cues()
    # "Russia's bid to join the WTO": only intended ("his attempts to mediate" were made)
    if gov.dep_ in ("acl", "advcl") and _intent_noun(gov.head) and gov.head.lemma_.lower() in c["intent_nouns"]:
        return True
    aux = [a for a in gov.children if a.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in c["modal_aux"] for a in aux):
        return True
    # "we will respond by scattering leaflets": the means shares the mood of what it serves
    if gov.dep_ == "pcomp" and gov.head.lower_ in cues()["means_preps"] and gov.head.head != gov.head:
        return is_hypothetical(gov.head.head)
    # "plans to visit", "is to visit", "is going to meet", and an open complement of a modal verb
    # ("can use the missiles to strike")
    if gov.dep_ in ("xcomp", "ccomp") and gov.head != gov:
        head = gov.head.lemma_.lower()
        if head in c["intent_verbs"] or (gov.dep_ == "xcomp" and head == "be"):
            return True
        if gov.dep_ == "xcomp":
            return is_hypothetical(gov.head)
    return False


def is_scheduled(gov: Token) -> bool:
    """An act to come that news announces as fixed: "will visit", "is to meet", "is due to
    hold talks" (event_cues certain_aux, schedule_words), not hoped, planned or supposed ("plans to
    visit", "would meet", "could visit")."""
    c = cues()
    aux = [a.lower_ for a in gov.children if a.dep_ in ("aux", "auxpass")]
    if any(a in c["modal_aux"] and a not in c["certain_aux"] for a in aux):
        return False
    if any(a in c["certain_aux"] for a in aux):
        return True
    return is_fixed_plan(gov)


def is_fixed_plan(gov: Token) -> bool:
    """An act to come that news announces as a fixed plan: "is to meet", "is due to hold talks",
    "are set to protest" (event_cues schedule_words), unless a modal makes it only possible."""
    c = cues()
    head = gov.head
    return gov.dep_ == "xcomp" and head != gov and head.lemma_.lower() in c["schedule_words"] and not any(
        a.dep_ == "aux" and a.lower_ in c["modal_aux"] and a.lower_ not in c["certain_aux"] for a in head.children)


def wished_of_another(gov: Token) -> bool:
    """"expects Holt to call out Trump", "wants the media to call him a liar": an act in a clause
    with a subject of its own under a verb of wishing or planning (event_cues intent_verbs) is the
    wisher's hope of another party, neither done nor intended by its doer."""
    for _ in range(4):
        if gov.dep_ == "pcomp" and gov.head.lower_ in cues()["means_preps"] and gov.head.head != gov.head:
            gov = gov.head.head  # "expects Holt to step in by calling out X"
        elif gov.dep_ == "xcomp" and gov.head != gov:
            gov = gov.head
        else:
            break
    return gov.dep_ == "ccomp" and gov.head.lemma_.lower() in cues()["intent_verbs"]


def is_conditional(gov: Token) -> bool:
    """An act only supposed ("if the talks fail", "in case they need to help"), permitted
    ("allowed Ukraine to strike"), compared with ("than to beat Y"), left unconfirmed ("did not confirm
    that X met Y") or framed by a negated plan or schedule ("is not scheduled to meet X"): neither
    done nor intended by its doer, so not reported."""
    c = cues()
    marks = c["condition_marks"] | c["comparison_marks"]
    for clause in [gov, *(a for a in gov.ancestors if a.pos_ in ("VERB", "AUX"))][:3]:
        # "harder to beat X than it is to beat Y": the act a comparison is measured against
        if any(m.dep_ == "mark" and m.lower_ in marks for m in clause.children):
            return True
        # "in case" is parsed as a phrase of the main clause; it stands before the clause's subject
        edges = [t.left_edge.i for t in clause.children if t.dep_ in ("nsubj", "nsubjpass")]
        if any(e >= 2 and f"{clause.doc[e - 2].lower_} {clause.doc[e - 1].lower_}" in c["condition_marks"]
               for e in edges):
            return True
        if clause.dep_ in ("xcomp", "ccomp") and clause.head.lemma_.lower() in c["permission_verbs"]:
            return True
        # "the letters do not confirm that officials disagreed with X": what a report declines to
        # confirm is not reported as done
        if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in c["confirming_verbs"] and is_negated(clause.head):
            return True
        # "is not scheduled to meet X", "did not plan to visit": an act a negated plan, schedule
        # or report frames is neither done nor planned (nor refused)
        if clause.dep_ == "xcomp" and clause.head.lemma_.lower() in (
                c["intent_verbs"] | c["schedule_words"] | c["hearsay_verbs"]) and is_negated(clause.head):
            return True
        if clause.dep_ not in ("xcomp", "ccomp", "conj"):
            break
    return False


def is_negated(gov: Token) -> bool:
    """Whether the clause of `gov` is negated ("did not meet", "no talks", "failed to agree")."""
    # "failed to reach agreement": the act that did not come about
    if gov.dep_ == "xcomp" and gov.head.lemma_.lower() in cues()["failure_verbs"]:
        return True
    # "left without meeting X": an act done without is not done
    if gov.dep_ == "pcomp" and gov.head.lower_ == "without":
        return True
    # "it is not my role to give in to the lobby": an infinitive on what a negated copula says
    # the subject's part is not is not done
    part = gov.head
    if gov.dep_ in ("relcl", "acl") and is_to_infinitive(gov) and part.dep_ == "attr" and part.head.lemma_ == "be" \
            and any(c.dep_ == "neg" for c in part.head.children):
        return True
    # "is not opposed to X": a participle after a copula is negated on the copula
    if gov.dep_ == "acomp" and gov.head.lemma_ == "be" and any(c.dep_ == "neg" for c in gov.head.children):
        return True
    # "neither X nor Y received money": a subject opened by "neither" denies the act of each
    if any(c.dep_ in ("nsubj", "nsubjpass") and any(p.lower_ == "neither" for p in c.children) for c in gov.children):
        return True
    # "would no longer defend X": what its doer stops doing is not done
    # "never will accept X": a negated auxiliary negates its verb
    return any(c.dep_ == "neg" or (c.dep_ == "aux" and any(n.dep_ == "neg" for n in c.children))
               for c in gov.children) or any(
        c.dep_ == "det" and c.lower_ == "no" for c in gov.children) or any(
        c.dep_ == "advmod" and c.lower_ == "longer" and any(n.lower_ == "no" for n in c.children)
        for c in gov.children)


# determiners that make a noun a whole class or none of it ("all parties", "every MP", "no minister")
_CLASS_DETERMINERS = frozenset({"all", "every", "each", "any", "no"})


def quantified(noun: Token) -> bool:
    """Whether a noun phrase speaks of a class in general ("all official parties", "every MP"),
    not of parties one could name; a count makes them named ones again ("all 27 member states")."""
    dets = [c for c in noun.children if c.dep_ in ("det", "predet") and c.lower_ in _CLASS_DETERMINERS]
    return bool(dets) and not any(c.dep_ == "nummod" for c in noun.children)
