"""Event triggers: the verbs, event nouns, light-verb phrases and modals of obligation of a sentence
that the event lexicon (data/events.tsv) codes, each with the lexicon row it matched."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from newsgraph.extract.event_grammar import (
    SITUATION_PRONOUNS, comparing, for_clauses, hyphen_lead, is_negated, is_passive, is_to_infinitive, misread_clause,
    object_tokens, predicates, prep_objects, subjects, verb_lemma,
)
from newsgraph.extract.event_lexicon import (
    ADDRESSEE_OBJECT, AIMED, ALONE, CAMPAIGN, CONTEST, INTRANSITIVE, NEGATED_ONLY, PARTY_OBJECT, PERSON_OBJECT,
    PENALTY, POLITICAL_PARTY_OBJECT, LexEntry,
    agent_noun, cues, disapproval_words, modal_entry, noun_entry, verb_entries,
)
from newsgraph.extract.lexicon import is_title_head
from newsgraph.extract.participants import Resolver, patient_span

_QUANTIFIERS = frozenset({"no", "any", "every", "each", "all", "nobody", "anyone", "everyone", "anybody",
                          "everybody", "one", "someone", "somebody"})
# "some people", "many", "others": a part of a crowd no one names
_SOME = frozenset({"some", "many", "most", "others", "other"})


_SKIP_TRIGGER_DEPS = frozenset({"amod", "compound"})


@dataclass
class Trigger:
    """A lexicon hit in the parse, before roles are read."""

    entry: LexEntry
    word: Token          # the event word (verb or noun)
    governor: Token      # the verb whose subject, auxiliaries and negation the event takes
    verb: str            # "meet", "hold talks"
    inverse: bool = False  # "received a message from X": source and target swap
    nominal: bool = False  # a bare event noun with no verb of its own
    obligation: bool = False  # "Y must go" said by X: X's REQUEST to Y
    rallying: bool = False  # "came to the defence of X", "rushed to Kyiv's aid": done for the noun's "of" or possessor
    furnishing: bool = False  # "presented X with bouquets": the verb's object receives the noun's act


def noun_row(tok: Token) -> LexEntry | None:
    """The lexicon row an event noun reads as, or None: "sent a terrible message to immigrants"
    is no greeting, so a row of praise or support on a noun a word of disapproval describes is not
    read."""
    row = _noun_row(tok)
    if row is not None and row.plover == "SUPPORT" and any(
            c.dep_ == "amod" and (c.lemma_.lower(), "ADJ") in disapproval_words() for c in tok.children):
        return None
    return row


def _noun_row(tok: Token) -> LexEntry | None:
    # "in order to hasten ...": the noun is part of a conjunction, no act
    if tok.head.lower_ in cues()["conjunction_nouns"].get(tok.lemma_.lower(), ()) and not any(
            c.dep_ in ("det", "amod") for c in tok.children):
        return None
    # "the war of words between X and Y": a figure of speech, no act of the noun's own
    figures = cues()["figurative_objects"].get(tok.lemma_.lower(), ())
    if any(o.lemma_.lower() in figures for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
           for o in p.children if o.dep_ == "pobj"):
        return None
    # "hunger strike", "general strike": the modifier nearest the noun can make it another act
    modifiers = [c for c in tok.lefts if c.dep_ in ("compound", "amod")]
    if modifiers:
        row = noun_entry(f"{modifiers[-1].lemma_.lower()} {tok.lemma_.lower()}")
        if row:
            return row
    # "the withdrawal of his endorsement": a noun that reads as another act with its object
    carried = _carried_act(tok)
    if carried:
        return carried[0]
    # "a call for a referendum": a noun that reads as another act with its preposition (also
    # one the parser made the mark of a clause: "a call for Blair to resign")
    # ("calls to pause": an infinitive the parser read as "to" and a noun object is a "for" too)
    asked = for_clauses(tok) or [p for p in tok.children if p.dep_ == "prep" and p.lower_ == "to"
                                 and any(o.dep_ == "pobj" and o.tag_ == "VB" for o in p.children)]
    preps = [c.lower_ for c in tok.children if c.dep_ == "prep"] + (["for"] if asked else [])
    for prep in preps:
        row = noun_entry(f"{tok.lemma_.lower()} {prep}")
        if row:
            return row
    lemma = tok.lemma_.lower()
    if lemma in cues()["container_nouns"]:
        # "a letter of sympathy", "a congratulatory letter": a letter is the act it carries; a
        # bare letter ("sent letters to the Hill") is correspondence, no act of its own
        return next((r for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                     for o in c.children if o.dep_ == "pobj"
                     for r in [noun_entry(o.lemma_.lower()) or noun_entry(o.lower_)] if r),
                    None) or next((r for m in modifiers for r in [noun_entry(f"{m.lemma_.lower()} *")] if r), None)
    own = noun_entry(lemma) or noun_entry(tok.lower_)
    # "the DPRK-China youth friendship festival": a modifier can make any event an act between
    # parties (a row "friendship *"), unless the noun is an act of its own ("friendship visit")
    # or names a party ("a friendship delegation", "the friendship association")
    if own or lemma in cues()["group_nouns"] or agent_noun(lemma) or tok.pos_ != "NOUN":
        return own
    return next((r for m in modifiers for r in [noun_entry(f"{m.lemma_.lower()} *")] if r), None)


def _carried_act(tok: Token) -> tuple[LexEntry, Token] | None:
    """The lexicon row a noun makes with a preposition and its object ("withdrawal of endorsement":
    a row "withdrawal of endorsement"), with that object, or None: the object is then no act of
    its own ("the withdrawal of troops" stays a pullout)."""
    # "the launch of reconnaissance satellite Malligyong-1": the object's kind may be the word before its name
    return next(((row, o) for p in tok.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"
                 for w in (o, *(m for m in o.lefts if m.dep_ == "compound"))
                 for row in [noun_entry(f"{tok.lemma_.lower()} {p.lower_} {w.lemma_.lower()}")] if row), None)


# the words an "aux" may be besides modals (tag MD), by lemma or form (the lemmatizer leaves some
# forms as they are): any other is a verb misread as one
_AUXILIARIES = frozenset({"be", "have", "do", "get", "to", "am", "is", "are", "was", "were", "been", "being", "'s",
                          "'re", "'m", "has", "had", "having", "'ve", "'d", "does", "did", "doing", "gets", "got",
                          "getting", "gotten"})


def _verb_triggers(verb: Token, resolver: Resolver) -> Trigger | None:
    """The lexicon reading of `verb`: a row naming its object ("pay a call") first, then a light
    verb with an event noun ("held talks", "received a message"), then a row wanting a person
    object ("received the delegation"), then the verb's general row."""
    lemma = verb_lemma(verb)
    # "pounds 25,000": a sum of money the parser took for a verb
    if verb.lower_.rstrip("s") in cues()["money_units"] and verb.i + 1 < len(verb.doc) \
            and verb.doc[verb.i + 1].like_num:
        return None
    if comparing(verb):
        return None
    if any(c.dep_ == "aux" and c.tag_ != "MD" and c.lemma_.lower() not in _AUXILIARIES
           and c.lower_ not in _AUXILIARIES for c in verb.children):
        # "UK helps raped women": a headline's verb the parser took for an auxiliary leaves the
        # participle its object's adjective, no act
        return None
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    # a course agreed is an agreement only among several parties ("X and Y agreed that disputes
    # should go to court"); one party agreeing that rules should change states a view
    several = any(s.conjuncts or s.tag_ in ("NNS", "NNPS") for s in subjects(verb))
    stated = lemma in cues()["assertion_verbs"] or (
        lemma in cues()["concurring_verbs"] and not prep_objects(verb, "with")
        and not (several and any(map(_obliged, clauses))))
    if stated and not object_tokens(verb) and clauses and lemma not in cues()["denial_verbs"]:
        # "accepting that people must be prepared", "the men agreed he was brilliant": a statement
        # about a claim, not agreement between parties ("agreed with X that ..." sides with X; "X
        # and Y agree that disputes should be settled in court" agree on a course). A denial ("denied
        # that he had sidelined Brown") rejects the claim, and so its maker (answer_requests)
        return None
    lead = hyphen_lead(verb)
    if lead:
        if verb_entries(lead + lemma):
            lemma = lead + lemma
        elif verb_entries(lead.replace("-", "") + lemma):
            lemma = lead.replace("-", "") + lemma  # "over-ruled": the word written whole, "overrule"
        elif verb.dep_ in ("amod", "acomp") and verb.doc[verb.i - 2].pos_ == "ADV":
            # "an ill-advised remark", "a long-awaited visit": an adjective, no act ("German-
            # bashing" keeps its act, the first part naming whom it is done to)
            return None
    objs = object_tokens(verb)
    # "hit back at": the parser may hang a particle as an adverb; "called X on Friday" names when,
    # it is no "call on"
    # ("For the Lib Dems, X called the target unambitious": a preposition before the verb is none)
    # ("called Labour "a machine for talking"": a preposition after what the verb names its object
    # belongs to that name)
    named = min([c.i for c in verb.children if c.dep_ == "oprd"], default=len(verb.doc))
    particles = {c.lower_ for c in verb.children if c.dep_ in ("prt", "prep", "advmod") and not _dated(c)
                 and verb.i < c.i and (c.dep_ == "prt" or c.i < named)}
    # "called for Blair to resign": the parser makes the preposition the mark of the clause after it
    after = max([verb.i] + [c.i for c in verb.children if c.dep_ == "prt"]) + 1
    particles |= {m.lower_ for c in verb.children if c.dep_ in ("advcl", "ccomp") for m in c.children
                  if m.dep_ == "mark" and m.i == after}
    c = cues()
    rows = [r for r in verb_entries(lemma) if (CAMPAIGN not in r.objects or _set_in(verb, c["campaign_settings"]))
            and (CONTEST not in r.objects or _set_in(verb, c["contest_nouns"]))]
    if rows and all(r.plover == "REJECT" for r in rows) and any(_withheld(x) for x in verb.children):
        # "declined to say whether ...", "refused to comment": withholding a comment refuses no one
        return None
    if _withheld(verb):
        return None  # "refused to rule out tax rises": what is withheld is not done either
    if _draws(verb):
        return None
    if lemma in c["resultative_verbs"] and objs and any(
            x.dep_ in ("oprd", "acomp") or (x.dep_ == "prep" and x.lower_ in ("with", "without")) for x in verb.children):
        # "leaving the Tories with 163 MPs", "left the party divided": the state a party is left in
        return None
    if lemma in c["admonition_verbs"] and any(x.dep_ in ("xcomp", "ccomp") and is_to_infinitive(x) and not _purpose_of_noun(x)
                                              for x in verb.children) or (
            lemma in c["advisory_verbs"] and any(x.dep_ == "ccomp" and _obliged(x) for x in verb.children)):
        # "warned the council to drop the plan", "told Washington not to meddle": telling someone
        # what to do is a demand ("told the BBC he aspired to the job" only reports); the parser
        # may make the one told the infinitive's subject ("challenged Mr X to stand down"); so is
        # a warning that someone must act ("warned the government would have to work hard")
        rows = verb_entries(c["admonition_as"])
    elif lemma in c["concurring_verbs"] and prep_objects(verb, "with") and (
            any(x.dep_ == "ccomp" for x in verb.children)
            or any(o.lemma_.lower() in c["view_nouns"] for o in prep_objects(verb, "with"))):
        # "the judge agreed with the widow that the file should stay sealed", "agreed with the
        # auditors' assessment": agreeing with someone's view sides with them (a deal agreed with
        # someone stays AGREE)
        rows = verb_entries(c["concurrence_as"])
    elif lemma in c["advisory_verbs"] and _risk_warning(verb, resolver):
        # "warned the committee that binding judges might look like interference": a warning of
        # what another's course will bring is criticism of it, no threat
        rows = verb_entries(c["risk_warning_as"])
    elif _dissuades(verb, lemma, objs):
        # "discouraged Comey from sending the letter": advising someone against an act asks them not to
        rows = verb_entries(c["admonition_as"])
    elif lemma in c["wish_verbs"] and any(
            x.dep_ in ("ccomp", "xcomp") and is_to_infinitive(x) and x.lemma_.lower() not in c["state_verbs"]
            and any(n.dep_ == "nsubj" and n.lower_ not in c["thing_pronouns"] for n in x.children)
            for x in verb.children):
        # "the unions want the government to raise the wage": wanting another to act demands it
        # ("wanted it to end" wants a thing to stop, of no one; "wants young people to feel they
        # belong", "wanted the party to be ready": a state wished for is no act asked)
        rows = verb_entries(c["admonition_as"])
    # "gave pounds 500,000": the unit may be parsed as a dative beside the number; "provided
    # Ukraine with tanks": what is given follows "with"
    row_objs = objs + [c for c in verb.children if c.dep_ == "dative" and c.pos_ == "NOUN"] + [
        o for p in verb.children if p.dep_ == "prep" and p.lower_ == "with" for o in p.children if o.dep_ == "pobj"
    ] + predicates(verb)
    if lemma in c["arrival_verbs"] and (arrived := _arriving_forces(verb)):
        # "NATO peacekeeping troops arrived in Bosnia": forces arriving are deployed there, no
        # visit; the deployment's rows read the forces' own words ("peacekeeping troops")
        rows, row_objs = verb_entries(c["deployment_as"]), row_objs + arrived
    # "servicepersons of the army, dispatched to the flood-hit areas": the noun a participle
    # describes is what it acts on
    if verb.dep_ == "acl" and is_passive(verb):
        row_objs.append(verb.head)
    negated = is_negated(verb)
    for row in rows:
        if NEGATED_ONLY in row.objects and not negated:
            # "will not vote for X" refuses; "voted for X" is no refusal
            continue
        if AIMED in row.objects and not any(resolver.phrase(o) or (p in c["place_preps"] and resolver.place(o))
                                            for h in (verb, *row_objs) for p in row.target for o in prep_objects(h, p)):
            # "launched missiles on Tuesday", "into the sea" aims at no one; "at Kyiv" aims at the
            # state the place lies in
            continue
        # "spoke on the telephone to X": an object named with its preposition ("on:telephone")
        via = next((f"{p.lower_}:{o.lemma_.lower()}" for p in verb.children if p.dep_ == "prep"
                    for o in p.children if o.dep_ == "pobj" and f"{p.lower_}:{o.lemma_.lower()}" in row.objects), None)
        if via is not None:
            return Trigger(row, verb, verb, f"{lemma} {via.split(':')[1]}")
        for o in row_objs:
            # "held the rebels responsible": a predicate adjective the parser hangs on the object;
            # "suspended aid deliveries", "tons of food aid": the object's modifiers and its "of"
            heads = [o] + [c for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
                           for c in p.children if c.dep_ == "pobj"]
            # ("raised at least $100,000": a currency sign is the amount's quantifier)
            words = [w for h in heads for w in [h, *(a for a in h.rights if a.dep_ == "amod"),
                                                *(m for m in h.lefts if m.dep_ in _OBJECT_MODIFIER_DEPS)]]
            # "gave $3m.": a sentence's full stop may stay on an abbreviation
            hit = next((w for w in words if w.lemma_.lower() in row.objects or w.lower_.rstrip(".") in row.objects),
                       None)
            if hit is not None and _spelled_out(hit):
                # "took a measure to welcome the volunteers", "steps that have eased costs for firms":
                # a generic step whose clause says what it is is that act, none of its own
                break
            if hit is not None:
                return Trigger(row, verb, verb, f"{lemma} {hit.lemma_.lower()}")
        if particles & row.objects:
            return Trigger(row, verb, verb, f"{lemma} {sorted(particles & row.objects)[0]}")
    # "came under attack from X": the noun under an inverse light preposition is done to the subject;
    # "came to the defence of X", "rushed to Kyiv's aid": the one under a rallying preposition is
    # the subject's act for whom the noun names
    # ("met with Putin" is no such phrase: only an event noun is under it)
    # ("came under fire from X": a noun read so only in that phrase, as the act event_cues
    # inverse_light_nouns gives it)
    under = [o for o in prep_objects(verb, c["inverse_light_preps"][lemma])
             if noun_row(o) or o.lemma_.lower() in c["inverse_light_nouns"]] \
        if lemma in c["inverse_light_preps"] else []
    rallied = prep_objects(verb, c["rallying_preps"][lemma]) if lemma in c["rallying_preps"] else []
    for o in rallied:
        row = noun_row(o)
        if row:
            return Trigger(row, o, verb, f"{lemma} {o.lemma_.lower()}", rallying=True)
    if lemma in c["light_verbs"] | c["inverse_light_verbs"] or under:
        objs = [_measured(o) for o in objs + under]
        inverse = lemma in c["inverse_light_verbs"] or bool(under)
        for o in objs:
            row = noun_row(o) or (noun_entry(c["inverse_light_nouns"][o.lemma_.lower()])
                                  if o in under and o.lemma_.lower() in c["inverse_light_nouns"] else None)
            givers = prep_objects(verb, "from") + prep_objects(o, "from")
            if row is None and inverse and _sum_of_money(o) and any(
                    resolver.actor_on(g) or resolver.agent(g) for g in givers):
                # "the party received 1m pounds from X", "got $2 million from the RNC": a sum
                # received from someone is their gift of money (event_cues received_sum); one
                # "from its agreement with X" or "from the sale" names no giver
                row = noun_entry(c["received_sum"])
            if row:
                return Trigger(row, o, verb, f"{lemma} {o.lemma_.lower()}", inverse=inverse)
    if lemma in c["furnishing_verbs"] and (objs or is_passive(verb)):
        # "presented the veterans with bouquets", "were presented with flowers by children": the
        # event noun follows "with" and whom it goes to is the verb's object ("bombarded the minister
        # with a barrage of requests": through a noun measuring the act; the parser may hang the
        # "with" on the object)
        furnished = prep_objects(verb, "with") + [w for o in objs for w in prep_objects(o, "with")]
        for o in map(_measured, furnished):
            row = noun_row(o)
            if row:
                return Trigger(row, o, verb, f"{lemma} {o.lemma_.lower()}", furnishing=True)
    for row in rows:
        if row.objects == {NEGATED_ONLY} and negated:
            if row.plover == "THREATEN" and _told_past(verb):
                # "will not tolerate X" warns; "did not condone his remarks" judged a past act
                continue
            return Trigger(row, verb, verb, f"not {lemma}")
    # "will appeal to voters": a preposition right after the verb is its own, wherever the parse hangs it
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    # ("charged that X lied": the "that" opening a clause is no preposition)
    alone = not objs and not any(c.dep_ in ("prt", "prep", "dative", "agent") for c in verb.children) and not (
        after is not None and (after.pos_ == "ADP" or after.tag_ in ("IN", "TO")) and after.dep_ != "mark")
    for row in rows:
        # "has demonstrated that he is a good moderator": a clause shown is an object too (an
        # infinitive is not: "offered to negotiate")
        clause = any(c.dep_ == "ccomp" for c in verb.children)
        if (ALONE in row.objects and alone) or (INTRANSITIVE in row.objects and not objs and not clause):
            return Trigger(row, verb, verb, lemma)
    # "held the leader in high esteem": a person held in a regard is esteemed, not detained
    # (the parse may hang the "in" on the object)
    regarded = any(o.lemma_.lower() in cues()["regard_nouns"]
                   for h in (verb, *objs) for o in prep_objects(h, "in"))
    if lemma in cues()["sampling_verbs"] and any(c.dep_ == "nummod" for o in objs for c in o.children):
        # "the survey interviewed 401 people": a counted sample of a poll, no one consulted
        return None
    for row in rows:
        # "released four men": people named by count are persons to an act of force or custody
        if PERSON_OBJECT in row.objects and not regarded and any(resolver.names_person(o) or (
                row.plover in cues()["patient_target_types"] and patient_span(o) is not None) for o in objs):
            return Trigger(row, verb, verb, lemma)
        if ADDRESSEE_OBJECT in row.objects and any(resolver.names_person(o) and not _bare_plural(o) for o in objs):
            return Trigger(row, verb, verb, lemma)
        if POLITICAL_PARTY_OBJECT in row.objects and any(resolver.kinds.get(resolver.one(o) or "") == "party" for o in objs):
            return Trigger(row, verb, verb, lemma)
        # a post names its holder ("met Mexico's president")
        if PARTY_OBJECT in row.objects and any(resolver.names_person(o) or resolver.actor_on(o) or resolver.agent(o)
                                               or is_title_head(o.lemma_.lower()) for o in objs):
            return Trigger(row, verb, verb, lemma)
    general = [r for r in rows if not r.objects]
    return Trigger(general[0], verb, verb, lemma) if general else None


def _arriving_forces(verb: Token) -> list[Token]:
    """The subject of an arrival that names armed forces (event_cues deployed_nouns), itself or
    through its "of" ("the first contingent of Bangladeshi troops"), else nothing."""
    subjects = [s for s in verb.children if s.dep_ == "nsubj"]
    heads = subjects + [o for s in subjects for p in s.children if p.dep_ == "prep" and p.lower_ == "of"
                        for o in p.children if o.dep_ == "pobj"]
    return subjects if any(h.lemma_.lower() in cues()["deployed_nouns"] for h in heads) else []


def _sum_of_money(tok: Token) -> bool:
    """"$2 million", "1m pounds", "pounds 500,000": a phrase the parser heads with an amount of money."""
    units = cues()["money_units"]
    return tok.ent_type_ == "MONEY" or tok.lemma_.lower() in units or tok.lower_ in units


def _named_proposal(noun: Token, row: LexEntry) -> bool:
    """"Mr Howard's proposals would mean ...", "the Tory proposal on housing": a proposal named by
    its owner, to no one, is the thing proposed talked about, no act of proposing (a light verb,
    "put forward proposals", or a "to" phrase makes it one)."""
    return noun.lemma_.lower() in cues()["proposal_nouns"] and any(
        c.dep_ in ("poss", "compound", "amod", "nmod") and c.pos_ in ("PROPN", "PRON", "ADJ") for c in noun.children
    ) and not any(o for p in row.target for o in prep_objects(noun, p))


def _withheld(verb: Token) -> bool:
    """The verb is a comment a refusal withholds ("refused to comment", "declined to rule out",
    "refused to provide details"): a verb of disclosure (event_cues disclosure_verbs), or one
    whose object is a piece of news (disclosure_nouns), as the infinitive of a verb of refusal."""
    head = verb.head
    disclosed = verb.lemma_.lower() in cues()["disclosure_verbs"] or any(
        o.dep_ == "dobj" and o.lemma_.lower() in cues()["disclosure_nouns"] for o in verb.children)
    return verb.dep_ == "xcomp" and disclosed \
        and bool(rows := verb_entries(verb_lemma(head))) and all(r.plover == "REJECT" for r in rows)


def _draws(word: Token) -> bool:
    """"the agenda will appeal to core voters", "the speech, with its appeal to Labour values": a
    word of asking that also means drawing people (event_cues attraction_verbs), said of a thing
    (a policy, a speech), asks nothing unless what is asked is said: an infinitive or clause
    ("appealed to voters to stay calm") or a "for" phrase ("an appeal for funds"). A party's
    appeal ("he would appeal to voters") asks for their support."""
    c = cues()
    if word.lemma_.lower() not in c["attraction_verbs"]:
        return False
    owners = [o for o in word.children if o.dep_ == "poss"] if word.pos_ == "NOUN" else subjects(word)
    if not owners or any(o.pos_ in ("PROPN", "PRON") and o.lower_ not in ("it", "its") for o in owners):
        return False
    drawn = [o for p in word.children if p.dep_ == "prep" and p.lower_ == "to" for o in p.children if o.dep_ == "pobj"]
    # a legal appeal ("appealed the ruling", "appealed against the decision", "to the High
    # Court") is no such word
    legal = any(x.dep_ == "dobj" or (x.dep_ == "prep" and x.lower_ == "against") for x in word.children) or any(
        {o.lemma_.lower() for o in d.subtree} & c["court_words"] for d in drawn)
    return bool(drawn) and not legal and not any(
        x.dep_ in ("xcomp", "ccomp") or (x.dep_ in ("advcl", "acl") and is_to_infinitive(x))
        or (x.dep_ == "prep" and x.lower_ == "for") for x in word.children)


def _measured(noun: Token) -> Token:
    """"faced a barrage of criticism", "gave X a share of the blame", "launched a series of
    attacks": a noun measuring an act (event_cues measure_nouns) stands for the event noun of its
    "of" phrase; any other noun for itself."""
    if noun.lemma_.lower() not in cues()["measure_nouns"]:
        return noun
    return next((o for o in prep_objects(noun, "of") if noun_row(o)), noun)


def _dissuades(verb: Token, lemma: str, objs: list[Token]) -> bool:
    """"discouraged X from sending", "warned X against a deal", "warned X about the dangers of
    disunity": a verb of advice with its preposition of what to avoid (event_cues
    dissuasion_preps; the parser may hang it on the one advised) or of the dangers of a course
    (risk_nouns), and someone advised; "warned against a deal" with no one named asks nothing of
    anyone."""
    c = cues()
    prep = c["dissuasion_preps"].get(lemma)
    if prep is None or not objs:
        return False
    phrases = [p for x in (verb, *objs) for p in x.children if p.dep_ == "prep"]
    return any(p.lower_ == prep for p in phrases) or any(
        p.lower_ in ("about", "of") and o.lemma_.lower() in c["risk_nouns"] for p in phrases for o in p.children
        if o.dep_ == "pobj")


def _risk_warning(verb: Token, resolver: Resolver) -> bool:
    """A warning to someone whose clause tells of harm another party's course risks ("warned
    Labour it risked stoking prejudice", "warned the committee that binding
    judges might look like interference"): not the warner's own act ("warned it would sue",
    "warned we will act") nor a penalty the one warned will meet ("warned MPs they face
    ejection", "provocations will meet a resolute response"; event_cues threat_verbs and
    threat_nouns), which are threats."""
    c = cues()
    clause = next((x for x in verb.children if x.dep_ == "ccomp" and x.pos_ in ("VERB", "AUX")
                   and not is_to_infinitive(x)), None)
    if clause is None or any(t.lemma_.lower() in c["threat_verbs"] for t in clause.subtree if t.pos_ == "VERB") or any(
            t.lemma_.lower() in c["threat_nouns"] for t in _predicate_nouns(clause)):
        return False
    warners = {r for s in subjects(verb) for r in resolver.phrase(s)}
    warned = [o for o in verb.children if o.dep_ == "dobj"]
    if not warned:
        return False  # "we warn that the strategy may bring war": a warning to no one stays one
    told = [x for x in clause.children if x.dep_ in ("nsubj", "nsubjpass", "csubj")]

    def own(s: Token) -> bool:
        if s.lower_ in c["speaker_pronouns"]:
            return True
        # "warned Labour and the Tories they were ...": a pronoun agreeing with the one warned is
        # read as them (a threat of the warner's own act names one of threat_verbs)
        if s.tag_ == "PRP" and any(_agrees(s, o) for o in warned):
            return False
        return bool(warners & set(resolver.phrase(s)))

    return bool(told) and not any(own(s) for s in told)


def _predicate_nouns(clause: Token) -> list[Token]:
    """The nouns a clause says its subject meets or gets: its verb's objects and attributes and
    the objects of its verb's own prepositions ("will meet a resolute response", "would be met
    with retaliation"), not nouns deeper in modifiers ("illegal without a resolution
    sanctioning military action") nor in its subject."""
    direct = [t for t in clause.children if t.dep_ in ("dobj", "attr", "oprd")]
    return direct + [o for p in clause.children if p.dep_ in ("prep", "agent") for o in p.children if o.dep_ == "pobj"]


def _agrees(pronoun: Token, noun: Token) -> bool:
    """Whether a third-person pronoun can stand for `noun` by number ("they" for "Labour and the
    Tories" or "ministers", "it" for "the council")."""
    plural = any(c.dep_ == "conj" for c in noun.children) or noun.tag_ in ("NNS", "NNPS")
    return pronoun.lower_ in ("they", "them") if plural else pronoun.lower_ in ("it", "he", "she")


def _purpose_of_noun(clause: Token) -> bool:
    """"encouraged the workers in their drive to raise output": an infinitive right after the
    object of a preposition says what that noun is for, though the parser may hang it on the verb."""
    before = clause.doc[clause.left_edge.i - 1] if clause.left_edge.i else None
    return before is not None and before.dep_ == "pobj" and before.pos_ == "NOUN" and before.head.head != clause.head


def _set_in(verb: Token, settings: list[str]) -> bool:
    """Whether a verb's phrases set it in one of `settings` (event_cues campaign_settings: a rally,
    an event or the stage; contest_nouns: a debate): what its prepositions name, on it or on its
    object ("joined Clinton at a rally", "introduced Perry for a performance", "joined him on the
    campaign trail", "will face Trump in the debate"), or a purpose clause ("joined Clinton to
    rally voters")."""
    heads = [verb] + [o for o in verb.children if o.dep_ == "dobj"]
    words = [w for h in heads for p in h.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"
             for w in [o, *(m for m in o.lefts if m.dep_ == "compound")]]
    words += [x for x in verb.children if x.dep_ in ("xcomp", "advcl") and x.pos_ == "VERB"]
    return any(w.lemma_.lower() in settings for w in words)


def _bare_plural(noun: Token) -> bool:
    """A plural common noun with no determiner, possessor or modifier ("reporters", "MPs": the
    tagger may read an initialism's plural as singular)."""
    plural = noun.tag_ in ("NNS", "NNPS") or (noun.text.endswith("s") and agent_noun(noun.text[:-1]) is not None)
    return plural and not any(
        c.dep_ in ("det", "poss", "compound", "amod", "nummod", "prep") for c in noun.children)


def _told_past(verb: Token) -> bool:
    """The verb tells of the past: a past tense, or its "did"/"had" auxiliary ("did not condone")."""
    return verb.tag_ == "VBD" or any(a.dep_ == "aux" and a.lower_ in ("did", "had") for a in verb.children)


def _dated(prep: Token) -> bool:
    """A preposition whose object is a date or time ("on Friday", "at noon")."""
    return prep.dep_ == "prep" and any(o.dep_ == "pobj" and o.ent_type_ in ("DATE", "TIME") for o in prep.children)


def _mandated(verb: Token, subjects: list[Token], auxes: list[Token]) -> bool:
    """Whether `verb` is the subjunctive of a demand: a base form with no auxiliary, its subject
    (no generic one) before it, in the clause of one of event_cues mandative_verbs ("insisted that
    Pyongyang stop", "demanded that the minister resign"); or the clause an adjective of necessity
    extraposes ("it is essential that France holds on to its veto", "it is vital for the government
    to act": event_cues necessity_adjectives)."""
    if not subjects or subjects[0].dep_ != "nsubj" or subjects[0].i > verb.i or _generic(subjects[0]):
        return False
    head = verb.head
    if verb.tag_ == "VB" and verb.dep_ == "ccomp" and not auxes and head.lemma_.lower() in cues()["mandative_verbs"]:
        return True
    necessary = head.lemma_ == "be" and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in head.children) \
        and any(c.dep_ == "acomp" and c.lemma_.lower() in cues()["necessity_adjectives"] for c in head.children)
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
    # "it is critical for a party to have credibility": what any party needs, asked of none
    one = not any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in subjects[0].children)
    return necessary and one and (
        (verb.dep_ == "ccomp" and verb.tag_ in ("VB", "VBZ", "VBP") and not auxes and marks <= {"that"})
        or (verb.dep_ == "advcl" and marks == {"for"} and any(a.lower_ == "to" for a in auxes)))


_OBJECT_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "quantmod"})


def _spelled_out(noun: Token) -> bool:
    """Whether a generic noun of action (event_cues generic_act_nouns: "measure", "step") has a
    clause of its own saying what the act is ("steps that eased costs"), or an infinitive naming
    an act the lexicon codes ("a measure to welcome the volunteers"; "measures to disclose the
    U.S. acts" stay measures against them)."""
    # (the parser may hang the infinitive right after the noun on the verb; "took measures against
    # the rebels to restore order" is aimed, an act of its own)
    after = [c for c in noun.head.children if c.dep_ == "advcl" and c.left_edge.i == noun.right_edge.i + 1]
    aimed = any(p.dep_ == "prep" and p.lower_ == "against" for h in (noun, noun.head) for p in h.children)
    return noun.lemma_.lower() in cues()["generic_act_nouns"] and not aimed and any(
        (c.dep_ == "relcl" and not is_to_infinitive(c))
        or (c.dep_ in ("acl", "advcl", "relcl") and is_to_infinitive(c) and bool(verb_entries(verb_lemma(c))))
        for c in [*noun.children, *after])


def _demanded_conjunct(verb: Token) -> bool:
    """"X should hold firm and not resign": a verb coordinated, with no subject or
    auxiliary of its own, with one a modal of obligation governs is part of what is asked (the
    demand `_obligation` reads on the first), no act of its own."""
    if verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
        return False
    head = verb.head
    return head.pos_ in ("VERB", "AUX") and any(a.dep_ == "aux" and a.tag_ == "MD" for a in head.children) \
        and _obligation(head) is not None


def _obligation(verb: Token) -> Trigger | None:
    """"the U.S. must stop ...": a modal of obligation makes the clause a demand on its subject,
    whatever the verb (the demanded act is not itself an event)."""
    auxes = [a for a in verb.children if a.dep_ in ("aux", "auxpass")]
    # ("Australia had better mind ...": the parser may hang the subject on an auxiliary)
    subjects = [c for h in (verb, *auxes) for c in h.children if c.dep_ in ("nsubj", "nsubjpass")]
    lemma = verb.lemma_.lower()
    need = _needed_act(verb) if subjects and not _generic(subjects[0]) and subjects[0].i < verb.i else None
    if _others_view(verb):
        return None
    if need is not None and need.lemma_ == "be" and subjects[0].lower_ in SITUATION_PRONOUNS:
        # "it needs to be intolerable": what a situation ought to be, asked of no one
        return None
    if need is not None:
        # "he needs to quit dredging up the past": a demand on the subject, as "must" makes one
        # (a reported "have to" reads as the "must" it reports)
        row = modal_entry(lemma if modal_entry(lemma) is not None else "must", need.lemma_.lower())
        return Trigger(row, verb, verb, f"{verb.lower_} to {need.lemma_.lower()}", obligation=True) if row else None
    if _mandated(verb, subjects, auxes):
        # "Russia insisted that Pyongyang stop its escapades": a bare verb with a subject of its
        # own in what a verb of demanding asks is a subjunctive, the demand "must" would make
        row = modal_entry("must", lemma)
        # named by the verb of demanding, or the adjective of necessity ("essential")
        said = next((c for c in verb.head.children if c.dep_ == "acomp"), verb.head)
        return Trigger(row, verb, verb, said.lemma_.lower(), obligation=True) if row else None
    penalty = _penalty(verb)
    if lemma in cues()["entitlement_verbs"] and not penalty and not any(a.lemma_ == "have" for a in auxes):
        # "the executive should have a role": what a party ought to have, no act asked of it
        # ("should have had the courage" still reproaches)
        return None
    # "X would be well advised to ...": the word after a copula says what the modal reads over
    copula = lemma == "be"
    if copula and subjects and subjects[0].lower_ in SITUATION_PRONOUNS:
        # "that must be bad for the government", "it shouldn't be a firing offence": a judgement
        # of a situation, no demand on a party
        return None
    if copula:
        lemma = next((c.lemma_.lower() for c in verb.children if c.dep_ in ("acomp", "attr")), lemma)
    for aux in (a for a in auxes if a.tag_ == "MD" or _had_better(a)):
        # "should have told" reproaches the subject for what it did not do (the modal's @perfect
        # row), it demands nothing; "Should the UK ...?" is a question
        perfect = any(a.lemma_ == "have" and a.i > aux.i for a in auxes)
        # "should have been extinct", "shouldn't have been there": a state regretted, no act
        if perfect and copula:
            continue
        row = modal_entry("should" if _had_better(aux) else aux.lower_, lemma, perfect)
        if row is None and not perfect and penalty:
            row = modal_entry(aux.lower_, PENALTY)
        general = bool(subjects) and _generic(subjects[0])
        # "the stooges should be eliminated": a passive subject is acted on, not asked to act,
        # unless the row reads the passive itself ("would be well advised to")
        if row and not row.objects and subjects and subjects[0].dep_ == "nsubjpass":
            continue
        if row and subjects and not general and subjects[0].i < aux.i:
            said = f"{aux.lower_} better" if _had_better(aux) else aux.lower_
            return Trigger(row, aux, verb, f"{said} {lemma}", obligation=True)
    return None


def _penalty(verb: Token) -> bool:
    """"will pay dearly", "will regret it", "would face grave consequences", "will be met with a
    resolute response", "can never escape punishment": a penalty the clause's subject is to meet
    (event_cues penalty_verbs with threat_nouns, or evasion_verbs negated), not an act it does."""
    c = cues()
    lemma = verb.lemma_.lower()
    if lemma in c["compulsion_verbs"] and not is_negated(verb):
        # "will have to pay a heavy price", "will be forced to pay dearly": the penalty is the infinitive's
        return any(_penalty(x) for x in verb.children if x.dep_ == "xcomp" and is_to_infinitive(x))
    threatened = any(t.lemma_.lower() in c["threat_nouns"] for t in _predicate_nouns(verb))
    if lemma in c["evasion_verbs"]:
        return threatened and is_negated(verb)
    if lemma not in c["penalty_verbs"] or is_negated(verb):
        return False
    # ("will regret it", not "will regret this remark": a remorse foretold)
    regret = lemma == "regret" and all(o.pos_ == "PRON" for o in verb.children if o.dep_ == "dobj")
    return threatened or regret or (lemma == "pay" and any(a.lower_ == "dearly" for a in verb.children))


def _had_better(aux: Token) -> bool:
    """"NATO had better mind its own business": "had better" before a bare verb is a modal of
    advice, read as "should"."""
    nxt = aux.doc[aux.i + 1] if aux.i + 1 < len(aux.doc) else None
    return aux.lemma_ == "have" and aux.dep_ == "aux" and nxt is not None and nxt.lower_ == "better" \
        and aux.head.tag_ == "VB"


def _others_view(verb: Token) -> bool:
    """"Some people think that women should stay at home": what others, no one named, believe
    ought to be (event_cues opinion_verbs) is their view, which a speaker may report to reject;
    no demand of the speaker's."""
    clause = verb
    while clause.dep_ == "conj":
        clause = clause.head
    holder = clause.head
    if clause.dep_ != "ccomp" or holder.lemma_.lower() not in cues()["opinion_verbs"]:
        return False
    speaker = cues()["speaker_pronouns"]
    return any(s.dep_ == "nsubj" and s.lower_ not in speaker and (_generic(s) or _unspecified(s))
               for s in holder.children)


def _unspecified(subj: Token) -> bool:
    """Whether the subject is some of a crowd, no party: "some people", "many", "others"."""
    return subj.lower_ in _SOME or any(d.dep_ in ("det", "amod") and d.lower_ in _SOME for d in subj.children)


def _needed_act(verb: Token) -> Token | None:
    """The act a verb of need ("needs to quit") says its subject must do: its
    to-infinitive, for a verb with a modal row of its own and neither negated nor itself modal or
    perfect ("does not need to", "will need to", "had needed to" report no demand made now, nor
    does a past need told in narration), or for "have to" in what a speaker says or warns
    (`_reported_necessity`)."""
    reported = _reported_necessity(verb)
    told = cues()["speech_verbs"] | cues()["advisory_verbs"]
    if verb.tag_ == "VBD" and not reported and not (verb.dep_ == "ccomp" and verb.head.lemma_.lower() in told):
        # "because they needed to defend their candidates": a past need told in narration, not
        # one a speaker states ("said the government needed to act")
        return None
    # ("would have to" reports a "must"; "will need to" is no demand made now)
    if verb.pos_ != "VERB" or (modal_entry(verb.lemma_.lower()) is None and not reported) or any(
            c.dep_ in ("neg", "aux", "auxpass") and not (reported and c.tag_ == "MD" and c.lower_ in ("would", "will"))
            for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")
                 and is_to_infinitive(c)), None)


def _obliged(clause: Token) -> bool:
    """Whether `clause` says its subject must act: a modal of obligation ("must", "should") or a
    reported "have to" (`_reported_necessity`)."""
    return any(a.dep_ == "aux" and a.tag_ == "MD" and modal_entry(a.lower_) is not None for a in clause.children) \
        or _reported_necessity(clause)


def _reported_necessity(verb: Token) -> bool:
    """"X warned the government would have to work hard", "said ministers had to act": "have to"
    in the clause a speaker says or warns is the speaker's "must" told in reported speech (in
    narration, "the council had to pay", it only tells of a necessity, as it does dated: "the
    government, last week, had to publish ...")."""
    c = cues()
    return verb.lemma_.lower() == "have" and verb.dep_ == "ccomp" \
        and verb.head.lemma_.lower() in c["speech_verbs"] | c["advisory_verbs"] \
        and not any(s.dep_ == "nsubj" and s.lower_ in SITUATION_PRONOUNS for s in verb.children) \
        and not any(t.ent_type_ in ("DATE", "TIME") for x in verb.children if x.dep_ != "xcomp" for t in x.subtree)


def _generic(subj: Token) -> bool:
    """A subject that names no one party: "no politician", "anyone", a bare plural ("politicians
    should ..."), or the speaker's own ("our officials should ...", "what we should do is ..."):
    a duty the speaker sets itself asks nothing of another party."""
    dets = [d for d in subj.children if d.dep_ in ("det", "poss")]
    if subj.lower_ in _QUANTIFIERS or any(d.lower_ in _QUANTIFIERS for d in dets):
        return True
    speaker = cues()["speaker_pronouns"]
    if (subj.tag_ == "PRP" and subj.lower_ in speaker) or any(d.lower_ in speaker for d in dets):
        return True
    return subj.tag_ == "NNS" and not dets and not any(c.dep_ in ("compound", "amod") for c in subj.children)


# the longest run of words in quotation marks read as a term someone uses, not as a quotation
_MAX_TERM_WORDS = 4


def _scare_quoted(noun: Token) -> bool:
    """A noun in a short run of words set off by quotation marks ('the DPRK's "nuclear threat",
    touted by the U.S.', 'the "declaration of a nuclear war"'): a term the writer reports or
    disputes, no act the article reports. A partner named after the closing mark ('has been in
    "intensive talks" with X') makes it the speaker's words for an act with that partner."""
    doc = noun.doc
    if any(c.dep_ == "prep" and c.lower_ in ("with", "between") and c.i > noun.i + 1 and doc[c.i - 1].is_quote
           for c in noun.children):
        return False
    start = next((i for i in range(noun.i, max(noun.i - _MAX_TERM_WORDS - 1, -1), -1) if doc[i].is_quote), None)
    end = next((i for i in range(noun.i, min(noun.i + _MAX_TERM_WORDS + 1, len(doc))) if doc[i].is_quote), None)
    return start is not None and end is not None and start < noun.i < end and not any(
        t.is_punct and not t.is_quote for t in doc[start + 1: end]) and end - start - 1 <= _MAX_TERM_WORDS


def is_answer(trig: Trigger, obj: Token) -> bool:
    """"The court rejected a request from Democrats", "Congress overrode the president's veto": a
    request or refusal (event_cues answered_types) that is the object of an answer (answering_types)
    is an act of its own, made to whoever answers it."""
    if trig.entry.plover not in cues()["answering_types"] or obj not in object_tokens(trig.governor):
        return False
    row = noun_row(obj)
    return row is not None and row.plover in cues()["answered_types"]


def triggers_in(sent: Span, resolver: Resolver) -> list[Trigger]:
    found: list[Trigger] = []
    used: set[int] = set()
    for tok in sent:
        if tok.i in used:
            continue
        if tok.pos_ in ("VERB", "AUX") and (tok.dep_ not in _SKIP_TRIGGER_DEPS or misread_clause(tok)):
            if _demanded_conjunct(tok):
                continue
            trig = _obligation(tok) or _verb_triggers(tok, resolver)
            if trig:
                found.append(trig)
                used.add(trig.word.i)
                # "announced the withdrawal of his endorsement": the endorsement is withdrawn, not made
                carried = _carried_act(trig.word) if trig.word is not tok else None
                if carried:
                    used.add(carried[1].i)
                used.update(o.i for o in object_tokens(tok) if not is_answer(trig, o))
                if trig.obligation:
                    # "would be well advised": the complement the modal was read over is no act
                    used.update(c.i for c in tok.children if c.dep_ in ("acomp", "attr"))
    for tok in sent:
        if tok.pos_ == "NOUN" and tok.i not in used and tok.dep_ not in _SKIP_TRIGGER_DEPS and not _scare_quoted(tok):
            row = noun_row(tok)
            if row and not _draws(tok) and not _named_proposal(tok, row):
                found.append(Trigger(row, tok, tok, tok.lemma_.lower(), nominal=True))
                carried = _carried_act(tok)
                if carried:
                    used.add(carried[1].i)
    return found
