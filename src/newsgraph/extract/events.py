"""Events stage: who did what to whom, when and where, coded in PLOVER and CAMEO 1.1b3.

Per sentence of every field (the module of each step in brackets):
  1. triggers  – [event_triggers] a verb in the lexicon ("condemned"), a light verb with an event noun ("held
                 talks", "sent a message", "imposed sanctions"), or a bare event noun with its
                 participants ("X's visit to Y", "the talks between X and Y");
                 a person's appearance in a federation's state ("during a speech in Ohio, X said",
                 "spoke to supporters in Ohio") is a visit to it [event_appearances]; an
                 interview named by its outlet ("told Fox News Sunday", "in an MSNBC interview",
                 "appeared on CNN") is a CONSULT with the outlet [event_interviews];
  2. roles     – [event_roles, giving] source from the subject (agent of a passive, possessor of a noun, the clause an act
                 is the manner of: "marched in protest"), target from the object or the entry's
                 prepositions (a place there stands for its state: "a curfew in Algiers"; a
                 request turned down was made to whoever turns it down; a motion or appeal
                 with no one named goes to the court the article names nearest), else
                 the party named in the act's scope (not a proposal's: its scope is what it would
                 do, "proposed the merger of X"), the two states of a hyphenated pair ("the
                 China-US talks"), a visiting group's host, or, for a stance on a policy whose
                 maker is unnamed ("welcomed the increase"), the government the article names;
                 all resolved by `participants.Resolver`; a noun of giving ("donations from X
                 for Y", "X's largest donor was Y") reads its giver and recipient across its
                 whole phrase, and an act of giving that names no recipient continues the list
                 of gifts before it; a stance on an event named again ("criticised the agreement",
                 "condemned the attack") is toward the parties of the last event of its type;
                 a refusal ("refused to apologise", "would not resign")
                 answers whoever asked its doer to act, and a call rejected with no maker named
                 is the one the article says someone made for the same thing;
  3. framing   – [event_framing] an event embedded under a threat, demand, refusal, accusation or agreement is
                 folded into it ("threatened to strike" is THREATEN 138, not ASSAULT); an intended
                 or future cooperative act is AGREE (PLOVER's "express intent"), a future attack or
                 legal action ("will be prosecuted", said by an official) THREATEN, both flagged
                 hypothetical; a campaign appearance announced ("will join X at a rally") stays SUPPORT;
  4. modality  – [event_grammar, here] negation, hypothetical, the outlet that reported it; an agreement or concession
                 refused or failed ("will not accept", "failed to agree") is a REJECT made now, and
                 a lexicon row for negated verbs reads "will not tolerate" as a warning; an act
                 only supposed, permitted or compared with ("in case they need to", "allowed X to
                 strike", "than to beat Y"), a norm for no one party or the speaker's own ("no
                 politician should", "what we should do") and a general need ("it is necessary to
                 make demands on X") are not reported;
  5. when/where– [here] DATE entities of the clause and "in/at" places, else a wire dateline;
  6. merge     – [here] mentions of one event (caption and body) become one Event with several spans; an
                 organ or territory of a state is listed with its state; an act restated in its own
                 sentence by a participle or purpose clause of the same type ("struck X, killing Y",
                 "met X to discuss Y") is folded into it, the parties it names joining the targets
                 (the appraisal stage folds words inside an accusation the same way: `join_targets`);
                 a headline's act is the body's act of its type that shares a party with it; the
                 parties every mention names are kept;
  7. stance    – [event_stance] a statement X issues ("released the following press statement") whose own voice
                 denounces, rejects or warns is itself X's ACCUSE of the state it is most about.
Questions report no event. Actors the participants' resolution made for events that were then
dropped (incomplete) are removed again (`finish_events`, shared with the stage after this one).
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from newsgraph.extract import dates
from newsgraph.extract.contenders import contenders
from newsgraph.extract.event_allegiances import allegiances, backings
from newsgraph.extract.event_appearances import appearances, regions_held_in, visit_row
from newsgraph.extract.event_interviews import by_own_outlet, interviews, of_publisher
from newsgraph.extract.event_framing import (
    Found, answer_requests, apply_framing, elliptic_repeats, halted_acts, inherit_targets, purpose_targets,
    referred_events, refused_requests, restated_nouns, same_requests,
)
from newsgraph.extract.countries import leading_country
from newsgraph.extract.event_grammar import (is_conditional, is_hypothetical, is_negated, is_passive, is_scheduled,
                                             is_to_infinitive, object_tokens, prep_objects, subjects, verb_lemma,
                                             wished_of_another)
from newsgraph.extract.event_lexicon import COURT_ROLE, NEGATED_ONLY, OCCASION_ROLE, PENALTY, VENUE_ROLE, cues
from newsgraph.extract.event_occasions import marking_roles
from newsgraph.extract.event_partnerships import joint_acts
from newsgraph.extract.event_roles import (
    addressed_government, article_government, bill_maker, crowd_sources, dateline_host, event_sources,
    examined_parties, is_court, is_facility, is_judiciary, is_police, is_reflexive, meeting_host, nearest_actor,
    paired_modifiers, policy_maker, policy_owner, earlier_act_doers, referred_act_doers, ruling_court, scope_target,
    speaks, target_heads, target_refs, unowned_policy_maker,
)
from newsgraph.extract.event_stance import Statement, issued_statement, stance_event
from newsgraph.extract.event_triggers import Trigger, triggers_in
from newsgraph.extract.giving import restated, transfer_roles
from newsgraph.extract.participants import Resolver, holds_state_post, patient_span, with_represented
from newsgraph.extract.pipeline import Context, stage
from newsgraph.model import Event, Evidence

# a question mark closing a quotation: '"... the real reason?," he asked'
_QUOTED_QUESTION = re.compile("\\?,?[\"\u201d']")


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


def _date_span(trig: Trigger) -> tuple[int, int] | None:
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


def _place(trig: Trigger) -> str | None:
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


# who can send a message an envoy conveys
_SENDER_KINDS = frozenset({"person", "state", "party", "government_body", "organization", "legislature"})


def _code(trig: Trigger, resolver: Resolver) -> Found:
    e = trig.entry
    # a slot can be reached twice ("gave $5m to X" parsed with "to" as a dative): each party once
    # a gift's giver and recipient, an occasion's markers and honoured state: read their own way
    read = transfer_roles(trig, resolver) or marking_roles(trig, resolver)
    if read is not None:
        source, target = read
    else:
        source = list(dict.fromkeys(event_sources(trig, resolver)))
        stance = e.plover in cues()["policy_stance_types"]
        # "police arrested four men": people named only by count or description are the target of
        # an act of force (event_cues patient_target_types), never the place they come from
        forceful = e.plover in cues()["patient_target_types"]
        # "walked out over the planned job cuts": a protest against a policy is aimed at its maker
        protest = e.plover == "PROTEST"
        target = list(dict.fromkeys(r for h in target_heads(trig)
                                    for r in (stance and (bill_maker(h, resolver) or policy_owner(h, resolver)))
                                    or (forceful and [r for r in [resolver.patient(h)] if r])
                                    or target_refs(h, resolver)
                                    or (protest and (policy_owner(h, resolver)
                                                     or unowned_policy_maker(h, source, resolver)))
                                    or []))
        target = [t for t in target if t not in source]
        if PENALTY in e.objects:
            # "the mad terrorists will pay dearly": a penalty foretold for people named only by an
            # epithet, of no known state, threatens no party the article names
            target = [t for t in target if not ((a := resolver.ctx.document.actor(t)) is not None
                                                and a.kind == "group" and not a.country)]
        if not source and target:
            # "the participants paid tribute to X": people gathered at an occasion do an act
            # only where it is aimed at a party its grammar names
            source = crowd_sources(trig, resolver)
        elif source and not target and e.plover in cues()["crowd_target_types"]:
            # "X sent greetings to the participants in the meeting", "had a photo session with the
            # delegates": they are its target where a party its grammar names greets or meets them
            # (never someone's own: "back my children")
            target = [r for h in target_heads(trig) for t in (h, *h.conjuncts)
                      if not any(c.dep_ == "poss" for c in t.children) for r in [resolver.crowd(t)]
                      if r and r not in source]
    senders = _sent_for(trig, source, resolver)
    if senders:
        # "the envoy conveyed the greetings of Kim Jong Un to X": the greetings are Kim Jong Un's
        source, target = senders, [t for t in target if t not in senders]
    if not target:
        # "reopened the Clinton email investigation": whom an inquiry examines may be named on its noun
        target = [r for r in examined_parties(trig, resolver) if r not in source]
    if e.cameo == cues()["lawsuit_cameo"]:
        # "appealed the case to the Ninth Circuit": the court hears a suit, it is not sued
        target = [t for t in target if not is_judiciary(resolver, t)]
    heads = target_heads(trig)
    # "migrants arrived in Italy": refugees' and migrants' arrival is migration, no visit
    migration = e.mode == "visit" and bool(source) and all(
        (a := resolver.ctx.document.actor(r)) is not None and a.sector in cues()["migrant_sectors"] for r in source)
    if e.plover == "CONSULT":
        # a visit to a factory, museum, cemetery or tomb is to a place, not a meeting with a party
        sites = [h for h in heads if h.lemma_.lower() in cues()["facility_heads"]]
        target = [t for t in target if not is_facility(resolver, t)
                  and not any(t in target_refs(h, resolver) for h in sites)]
    # "X and Y met": the coordinated doers meet each other, unless the act names whom it is done
    # to and that went unresolved ("X and Y met the supporters' representatives")
    # ("X and Y attended": an audience, not a meeting of its own; "X and his wife arrived": a
    # visit is made by both to a host left unsaid)
    # ("X and Y wrote": an act done to someone, "to" them, is no act they do to each other,
    # unless they do it jointly: "X and Y jointly pledged to ...")
    jointly = any(c.lower_ in cues()["joint_adverbs"] for c in trig.governor.children)
    mutual = e.plover in cues()["symmetric_types"] and (bool({"with", "between"} & set(e.target)) or jointly)
    reciprocal = mutual or trig.governor.lemma_.lower() in cues()["reciprocal_verbs"]
    if not target and not heads and len(source) > 1 and reciprocal and VENUE_ROLE not in e.target \
            and e.mode != "visit":
        # (a group stays with its own state: "Indian and Chinese troops clashed" is India's troops
        # against China)
        own = resolver.state_of.get(getattr(resolver.ctx.document.actor(source[0]), "country", None) or "")
        source, target = [source[0], *([own] if own in source[1:] else [])], [r for r in source[1:] if r != own]
    if (e.plover in ("CONSULT", "ACCUSE", "RETREAT") and e.mode != "mediate"
            or trig.word.lemma_.lower() in cues()["hostility_nouns"]) and trig.nominal \
            and not source and len(target) > 1 and prep_objects(trig.word, "between"):
        # "the summit between X and Y", "the war between X and Y", "the ceasefire between X and
        # Y", "the feud between X and Y" read through the row's "between": one side each (a
        # "cooperation between" or an "agreement between" is as often hoped for as done; a
        # "mediation between" names neither side's mediator)
        source, target = target[:1], target[1:]
    if e.plover == "CONSULT" and trig.nominal and not source and not target:
        # "a meeting of the foreign ministers of India and Pakistan": the parties its "of" phrase
        # names meet each other, state with state where it names two or more
        members = list(dict.fromkeys(r for h in prep_objects(trig.word, "of") for r in resolver.phrase(h)))
        states = [r for r in members if resolver.kinds.get(r) == "state"]
        sides = states if len(states) > 1 else members
        if len(sides) > 1:
            source, target = sides[:1], sides[1:]
    if trig.nominal and not target and e.plover not in cues()["given_types"]:
        # (what is given goes one way: "the war of words over asylum between X and Y" is no asylum
        # either gives the other)
        between = [r for h in prep_objects(trig.word, "between") for r in resolver.phrase(h)]
        if not source:
            source, target = between[:1], between[1:]
        else:
            target = [t for t in between if t not in source]
    if not target and (trig.nominal or (not source and trig.word != trig.governor)):
        # "the China-US talks", "the DPRK-Russia summit", "a DPRK-Laos match was held": the two
        # sides of the act
        paired = paired_modifiers(trig.word, resolver)
        if len(paired) == 2:
            source, target = paired[:1], paired[1:]
    if e.plover == "CONSULT" and trig.nominal and not source and not target \
            and trig.word.lemma_.lower() in cues()["contest_nouns"] and not _public_debate(trig.word):
        # "before Sunday night's debate": a debate naming no one is between the race's contenders,
        # unless its sentence is about other people ("X beat Y, who refused makeup before the
        # first televised debate")
        pair = contenders(resolver.ctx)
        named = {r for t in trig.word.sent if (r := resolver.actor_on(t)) and resolver.is_person(r)}
        if named <= set(pair):
            source, target = pair[:1], pair[1:]
    if e.plover == "CONSULT" and e.mode == "visit" and not e.objects and e.target == ("for",):
        # "left Pyongyang for Moscow": a journey abroad; setting off for a province is no visit
        target = [t for t in target if resolver.kinds.get(t) == "state"]
    if e.plover == "CONSULT" and e.mode == "visit" and not target:
        # "a delegation of Russian experts arrived here": a visiting group's visit is to its host
        hosts = [g.host for g in resolver.groups if g.id in source and g.host]
        here = [c for c in trig.governor.children if c.lower_ == "here"] or [trig.word]
        target = [resolver.state(h, here[0].doc[here[0].i: here[0].i + 1]) for h in hosts[:1]]
    if e.plover == "CONSULT" and e.mode == "meet" and source and not target \
            and trig.word.lemma_.lower() not in cues()["contest_nouns"]:
        # "held talks in Jordan": a meeting abroad naming no partner is with its host state
        target = meeting_host(trig, source, resolver)
    if e.plover == "CONSULT" and VENUE_ROLE in e.target and not target:
        # "Pyongyang, July 25 (KCNA) -- the Russian campers took part in the camping": foreign
        # parties at an event a dateline reports visit the dateline's state
        target = dateline_host(trig, source, resolver)
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
    # "veterans killing themselves": an act done to its doer is aimed at no other party; "they
    # should get X to issue a statement": a modal demands of its subject alone, never of whom the
    # demanded act is done to
    # "Trump promised a closer relationship with Putin": a pledge is made to whom it names as
    # such, never to whom its content is about (event_cues pledge_words)
    pledge = e.plover == "AGREE" and trig.word.lemma_.lower() in cues()["pledge_words"]
    scoped = bool(source) and not target and e.plover in cues()["scope_target_types"] and not advisory \
        and not any(is_reflexive(h) for h in heads) and not trig.obligation and not pledge
    if scoped:
        # "proposed the merger of X", "proposes allowing parents to ...": a proposal's scope is
        # what it would do and to whom, never whom it is made to
        content = e.mode in cues()["proposal_modes"]
        target = ([] if content else scope_target(trig, source, resolver)) or policy_maker(trig, source, resolver)
        government = article_government(trig.word.doc, source, resolver) if e.plover == "REJECT" \
            and trig.word.lemma_.lower() not in cues()["denial_verbs"] \
            and _common_people(target, resolver.ctx, titled=True) else []
        if government:
            # "opposes giving officers the power to detain suspects": a course naming only the
            # people it touches is opposed as the government's, where the article names one (a
            # denial answers whoever claimed what it denies)
            target, scoped = government, False
    if not target and e.plover in cues()["policy_stance_types"]:
        # "the US condemned the move": a stance on the act the sentence before reports
        # "Democrats welcomed the ruling": a court's decision is the court's
        target = [r for h in heads
                  for r in referred_act_doers(h, source, resolver) or ruling_court(h, source, resolver)
                  or earlier_act_doers(h, source, resolver)]
    if source and not target and e.plover in cues()["policy_stance_types"]:
        # "Paying tribute, X said Y was a great advocate": a stance a fronted participle takes
        # toward no one named is toward whom the speech it frames is about
        target = [r for r in _framed_subjects(trig.governor, resolver) if r not in source]
    if not source and target and e.mode in cues()["police_modes"] and is_passive(trig.governor) \
            and not trig.nominal and heads and all(_named(h) or patient_span(h) is not None for h in heads):
        # "Griffin was arrested on Tuesday", "two men were arrested": an arrest of someone named or
        # counted whose doer the passive leaves unsaid is the police's, the force the article
        # names nearest
        source = [r for r in nearest_actor(resolver, trig.word.idx, is_police) if r not in target]
    if not target and COURT_ROLE in e.target:
        target = [r for r in nearest_actor(resolver, trig.word.idx, is_court) if r not in source]
        scoped = False
    mode, cameo = e.mode, e.cameo
    visiting = [h for h in trig.word.subtree if h.lower_ in cues()["host_modifiers"] and h.dep_ == "amod"]
    if e.plover == "CONSULT" and visiting and not trig.nominal:
        mode, cameo = "visit", "043"
    gov = trig.governor
    # a noun has no clause of its own; a demand is made now, whatever it asks for
    bare = trig.nominal or trig.obligation
    plover, negated = e.plover, not bare and is_negated(gov)
    # "pledged more sanctions against X", "promised aid to Y": an act its doer vows is to come
    vowed = trig.word.pos_ == "NOUN" and trig.word.dep_ == "dobj" and trig.word.head.lemma_.lower() in cues()[
        "commitment_verbs"]
    hypothetical = vowed or (not bare and is_hypothetical(gov))
    # (a row naming the noun with its modifier fixes the act: "an armed clash" is no row of words)
    attack_word = (trig.word.lemma_.lower() in cues()["verbal_attack_verbs"] or (
        trig.word.pos_ == "NOUN" and trig.word.lemma_.lower() in cues()["verbal_attack_nouns"])) \
        and not (" " in e.lemma and e.lemma.split()[-1] == trig.word.lemma_.lower())
    if plover in cues()["verbal_attack_types"] and attack_word and source \
            and (all(speaks(resolver, r) for r in source) or _said_while(gov)) \
            and not (trig.word is not gov and gov.lemma_.lower() in cues()["command_verbs"]):
        # "Blair attacked the Tories": politicians, parties and papers attack with words, as does
        # anyone who attacks "saying ..."; an attack a leader orders is an armed one
        plover, mode, cameo = "ACCUSE", "disapprove", cues()["verbal_attack_cameo"]
    if plover == "PROTEST" and source and trig.word.lemma_.lower() == "protest" and not trig.nominal \
            and all(resolver.kinds.get(r) in cues()["official_protest_kinds"]
                    or holds_state_post(resolver.ctx.document, r) for r in source) \
            and all(h.pos_ == "PROPN" or resolver.kinds.get(resolver.one(h) or "") == "government_body"
                    or holds_state_post(resolver.ctx.document, resolver.one(h) or "") for h in subjects(gov)):
        # "Iran protested against the strikes": a state or its ministry protests by complaining
        # officially (CAMEO 114), never by demonstrating
        plover, mode, cameo = "ACCUSE", "allege", cues()["official_protest_cameo"]
    if NEGATED_ONLY in e.objects:
        # "we will not tolerate ...": the refusal is the act, a warning made now
        negated = hypothetical = False
    elif negated and plover in cues()["refusable_types"] and not (
            trig.inverse and verb_lemma(gov) not in cues()["choosing_verbs"]):
        # "will not accept refugees", "failed to reach agreement": a concession or agreement
        # withheld is a rejection (CAMEO 12) stated now, not a negated or future agreement;
        # what its subject did not get ("did not receive any money from X") refuses nothing,
        # unless taking it was its choice ("did not accept the loan from X"), and then it is
        # the one refusing
        plover, mode, cameo, negated, hypothetical = "REJECT", None, cues()["refusal_cameo"], False, False
        if trig.inverse:
            source, target = target, source
    elif negated and plover in cues()["scheduled_types"] and is_scheduled(gov):
        # "said he will not meet X", "won't take part in a debate with X": a meeting ruled out
        # is a refusal to meet (CAMEO 125) stated now; "did not meet X" only reports
        plover, mode, cameo, negated, hypothetical = "REJECT", None, cues()["declined_meeting_cameo"], False, False
    campaign = _campaign_event(trig, plover, source, target, resolver)
    visited = regions_held_in((trig.word, trig.governor), resolver) if campaign else []
    if visited:
        # "Trump held a rally in Ohio": a campaign event in a region is a visit to it, coded as
        # campaigning there is
        row = visit_row()
        plover, mode, cameo, target, campaign = row.plover, row.mode, row.cameo, visited, False
    return Found(trig, plover, cameo, mode, source, target, negated=negated, hypothetical=hypothetical,
                  context=list(e.context), scoped=scoped and bool(target),
                  suppressed=is_conditional(gov) or restated(trig) or _wished_speech(gov, plover) or campaign
                  or migration or _called_off(trig.word))


def _named(head: Token) -> bool:
    """Whether the phrase headed by `head` names someone: a name, or a noun with one ("the singer
    Bryn Fon")."""
    return head.pos_ == "PROPN" or any(c.dep_ in ("compound", "appos") and c.pos_ == "PROPN" for c in head.children)


def _framed_subjects(verb: Token, resolver: Resolver) -> list[str]:
    """For a participle clause fronted on a speech verb ("Paying tribute, X said Y was ..."), the
    parties the subject of the speech's reported clause names."""
    speech = verb.head
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.i > speech.i \
            or speech.lemma_.lower() not in cues()["speech_verbs"]:
        return []
    return [r for c in speech.children if c.dep_ == "ccomp" for h in subjects(c) for r in resolver.phrase(h)]


def _called_off(noun: Token) -> bool:
    """"the debate was cancelled", "plans for a debate collapsed": an act named by a noun that a
    verb of calling off (event_cues cancelling_verbs) takes, or the plan for which failed (plan_nouns,
    foundering_verbs), did not take place."""
    if noun.pos_ != "NOUN":
        return False
    c = cues()
    held = noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "for" and noun.head.head.lemma_.lower() in c["plan_nouns"]:
        held = noun.head.head
    verb = held.head
    if held.dep_ in ("nsubj", "nsubjpass"):
        return verb.lemma_.lower() in c["cancelling_verbs"] or (held is not noun and verb.lemma_.lower() in c["foundering_verbs"])
    return held.dep_ == "dobj" and verb.lemma_.lower() in c["cancelling_verbs"]


def _sent_for(trig: Trigger, source: list[str], resolver: Resolver) -> list[str]:
    """"conveyed the greetings of Kim Jong Un to X", "delivered Putin's message", "handed over a
    letter from X": a message a verb of conveying (event_cues conveying_verbs) passes on is the act
    of the party its possessor, "of" or "from" phrase names, the conveyor only its bearer."""
    if trig.word == trig.governor or trig.word.pos_ != "NOUN" \
            or verb_lemma(trig.governor) not in cues()["conveying_verbs"]:
        return []
    heads = [c for c in trig.word.children if c.dep_ == "poss"]
    heads += prep_objects(trig.word, "of") + prep_objects(trig.word, "from")
    return [r for h in heads for r in resolver.phrase(h)
            if resolver.kinds.get(r) in _SENDER_KINDS and r not in source]


def _wished_speech(gov: Token, plover: str) -> bool:
    """"the campaign expects Holt to call out Trump": words another party hopes someone will say
    (event_cues voiced_types) are no act of the hoped-for speaker's."""
    return plover in cues()["voiced_types"] and wished_of_another(gov)


def _campaign_event(trig: Trigger, plover: str, source: list[str], target: list[str], resolver: Resolver) -> bool:
    """"Trump held a rally in Tampa": a rally (event_cues campaign_event_words) held by named
    people or parties and against no one is a campaign event, not a protest; crowds and groups
    that rally ("students rallied outside parliament") still protest."""
    return plover == "PROTEST" and not target and bool(source) and trig.word.lemma_.lower() in cues()[
        "campaign_event_words"] and all(resolver.kinds.get(r) in ("person", "party") for r in source)


def _others(ctx: Context, f: Found) -> list[str]:
    """The target without the doers themselves, nor, for a cooperative act, their own state, nor,
    for a state acting as itself, its own government: a person complaining about herself or a
    government's promise "to stand up for Britain" names no other party (a curfew a government
    imposes on its own country does)."""
    document = ctx.document
    countries = {a.country for r in f.source for a in [document.actor(r)] if a and a.country}
    own = set(f.source)
    # "Britain could still block the plans" ("British officials criticised the government" are
    # not the state acting as itself)
    doers = [document.actor(r) for r in f.source]
    if doers and all(a is not None and a.kind == "state" for a in doers):
        own |= {a.id for a in document.actors if a.country in countries and a.kind in ("state", "government_body")}
    # doers of several countries ("Hungarian and Romanian officials agreed") act toward each other
    if len(countries) == 1 and (f.plover in cues()["cooperative_types"] or f.plover == "AGREE"):
        own |= {a.id for a in document.actors if a.kind == "state" and a.country in countries}
    return [t for t in f.target if t not in own]


def _complete(f: Found) -> bool:
    """An event needs its doer, and someone it is done to unless its type stands alone."""
    return bool(f.source) and (bool(f.target) or f.plover in cues()["untargeted_types"])


def _further(parties: list[str], source: list[str], target: list[str]) -> list[str]:
    """The `parties` a restatement names that its act does not already (as doer or target)."""
    return [p for p in parties if p not in source and p not in target]


def _restated_in(f: Found, host: Found) -> bool:
    """Whether the act `f` restates `host`, an act of its own sentence its clause depends on: a
    participle ("attacked the town, killing three soldiers") or a purpose clause ("met union
    leaders to discuss the dispute") of the same type by the same doer tells more of one act, it is
    not a second one (a participle of another type is: "condemned the drills, urging X to stop")."""
    gov = f.trigger.governor
    if gov.head not in (host.trigger.governor, host.trigger.word) or gov.head == gov:
        return False
    participle = gov.tag_ == "VBG" and gov.dep_ in ("advcl", "acl", "xcomp")
    purpose = gov.dep_ in ("advcl", "xcomp") and any(a.dep_ == "aux" and a.lower_ == "to" for a in gov.children)
    # "visited Pyongyang to mark the party's anniversary", "held talks ... to mark the founding":
    # marking an occasion is what the visit or meeting was for, not an act of its own
    marking = purpose and OCCASION_ROLE in f.trigger.entry.target
    return (participle or purpose) and (f.plover == host.plover or marking) \
        and bool(set(f.source) & set(host.source)) and (f.negated, f.hypothetical) == (host.negated, host.hypothetical)


# what a protest voices, whose target the protest is aimed at too (protest_aims)
_PROTEST_VOICES = frozenset({"REQUEST", "ACCUSE", "REJECT"})


def protest_aims(found: list[Found]) -> None:
    """"Workers held a rally demanding the resignation of X", "staged a protest denouncing X": a
    protest naming no one it is against is aimed at whom the demand or denunciation it voices
    (a participle or clause on the protest's word or verb) is aimed at."""
    for f in found:
        if f.plover != "PROTEST" or f.target or f.suppressed:
            continue
        heads = {f.trigger.word.i, f.trigger.governor.i}
        voiced = next((g for g in found if g is not f and g.plover in _PROTEST_VOICES and g.target
                       and g.trigger.governor.dep_ in ("acl", "relcl", "advcl")
                       and g.trigger.governor.head.i in heads), None)
        if voiced is not None:
            f.target = list(voiced.target)


def fold_restatements(found: list[Found]) -> None:
    """Fold each reported act that restates another of its sentence (`_restated_in`) into that
    act: the parties it names join the host's targets, and it is not reported on its own."""
    hosts = [f for f in found if not f.suppressed and f.source]
    for f in hosts:
        host = next((h for h in hosts if h is not f and not h.suppressed and _restated_in(f, h)), None)
        if host is not None:
            if OCCASION_ROLE not in f.trigger.entry.target:  # an occasion's owner is no party to the visit
                host.target += _further(f.target, host.source, host.target)
            f.suppressed = True  # told as part of its host


def _headline_of(title: Event, body: Event) -> bool:
    """Whether `title`, an act the headline reports, is the body's act `body` (of the same type,
    as `_same_event` checked) told in fewer words: the headline names one side as the story does
    and the other in its own way ("Kim sends message to Syrian President" over "Kim sent a message
    to Bashar al-Assad", "UKIP MEP attacked German empire" over "Mr X bashed Germany")."""
    parties = [set(title.source) & set(body.source), set(title.target) & set(body.target)]
    return title.evidence.field == "title" and body.evidence.field == "body" and any(parties)


def _same_event(a: Event, b: Event) -> bool:
    if a.plover != b.plover or a.negated != b.negated or a.hypothetical != b.hypothetical:
        return False
    if a.date and b.date and a.date != b.date:
        return False
    if set(a.source) == set(b.source) and set(a.target) == set(b.target):
        return True
    if not (a.target and b.target):
        return False
    if a.mode == b.mode == "visit" and set(a.target) - set(b.target) and set(b.target) - set(a.target):
        # "trips to New Hampshire and North Carolina" and "a speech in Florida": visits to places
        # of one state, each to a place the other is not to, are two visits
        return False
    if _headline_of(a, b) or _headline_of(b, a):
        return True
    # one doer and one party acted on in common ("Kim met X" and "Kim and X held talks"); a
    # meeting or agreement also when written the other way round ("X met Kim")
    same_way = bool(set(a.source) & set(b.source)) and bool(set(a.target) & set(b.target))
    other_way = bool(set(a.source) & set(b.target)) and bool(set(a.target) & set(b.source))
    return same_way or (other_way and a.plover in cues()["symmetric_types"])


def join_targets(act: Event, wording: Event) -> None:
    """Fold `wording`, an event that restates part of `act` ("denounced the attack launched by the
    puppet regime": the word "puppet" inside the denunciation), into `act`: the parties it names
    join the act's targets."""
    act.target += _further(wording.target, act.source, act.target)


def _home_inquiry(f: Found, ctx: Context) -> bool:
    """"Pence demanded an independent prosecutor", "demanded a Lords inquiry": a demand for an inquiry
    (event_cues requested_inquiries) that no "by" phrase assigns to anyone, made at home: no party
    to it is of another state than the one the article's politics are of ("urged an investigation
    into whether Israel broke the law" asks it of no government)."""
    gov = f.trigger.governor
    asked = [o for o in object_tokens(gov) + prep_objects(gov, "for") if o.lemma_.lower() in cues()["requested_inquiries"]]
    if not asked or any(prep_objects(o, "by") for o in asked):
        return False
    home = leading_country(ctx.document.actors, ctx.article.body)
    return home is not None and all((a := ctx.document.actor(r)) is None or a.country in (None, home)
                                    for r in f.source + f.target)


def _passive_ask(f: Found) -> bool:
    """"Repeated calls for the legal advice to be made public", "called for the files to be
    released": a demand whose scope is done in the passive with no agent (a to-infinitive on the
    demand or on what it is for) names no one it is made of."""
    word = f.trigger.word
    carriers = [word, *object_tokens(word), *prep_objects(word, "for")]
    return any(c.dep_ in ("acl", "relcl") and c.tag_ == "VBN" and is_to_infinitive(c)
               and any(a.dep_ == "auxpass" for a in c.children) and not any(a.dep_ == "agent" for a in c.children)
               for t in carriers for c in t.children)


def _about_people(f: Found, ctx: Context) -> bool:
    """Whether a demand's target was read from its scope and names only people by a common noun:
    whom the demanded course is about, not a party that could grant it."""
    return f.scoped and _common_people(f.target, ctx)


def _common_people(refs: list[str], ctx: Context, titled: bool = False) -> bool:
    """Whether `refs` are all people named by a common noun ("parents", "suspects"; with `titled`,
    also one written with capitals, "Community Support Officers")."""
    return bool(refs) and all((a := ctx.document.actor(r)) is not None and a.kind == "group"
                              and (titled or a.name[:1].islower()) for r in refs)


def _said_while(verb: Token) -> bool:
    """Whether a participle of speech goes with the clause ("attacked X, saying they ...")."""
    return any(c.dep_ in ("advcl", "xcomp") and c.tag_ == "VBG" and c.lemma_.lower() in cues()["speech_verbs"]
               for c in verb.children)


def add_event(events: list[Event], event: Event) -> None:
    """Append `event`, or fold it into an earlier event it is another mention of."""
    for old in events:
        if _same_event(old, event):
            # the parties each mention names (a headline's "Syrian President", the body's name;
            # a later mention naming a further target)
            old.source += _further(event.source, old.target, old.source)
            old.target += _further(event.target, old.source, old.target)
            if event.evidence not in old.mentions:
                old.mentions.append(event.evidence)
            old.date = old.date or event.date
            old.date_text = old.date_text or event.date_text
            old.location = old.location or event.location
            old.reported_by = old.reported_by or event.reported_by
            return
    event.mentions.append(event.evidence)
    events.append(event)


# how many sentences back an act left without a recipient may continue one (inherit_targets)
_CONTINUED_SENTENCES = 2


@stage("events", reads=("actors", "positions", "groups", "quotes"), adds=("events", "actors"))
def find_events(ctx: Context) -> None:
    """Append one Event per distinct happening the article reports, with all its mentions."""
    published = ctx.article.published
    events: list[Event] = []
    known = {a.id for a in ctx.document.actors}
    for fld, doc in ctx.docs.items():
        resolver = Resolver(ctx, fld)
        # the publisher's own outlets, where what the article reports was said, never a report's maker
        house = frozenset(a.id for a in ctx.document.actors if a.kind == "media" and of_publisher(a.id, resolver))
        line = dates.dateline(doc.text, published) if fld == "body" else None
        coded: list[tuple[Span, Found]] = []
        statements: list[tuple[Span, Statement]] = []
        read: list[Span] = []
        for sent in doc.sents:
            # a question asks whether something happens; it reports nothing, nor does the
            # sentence quoting one ("'Isn't the reason ...?,' he asked.")
            if sent.text.rstrip().rstrip('"\u201d\'').endswith("?") or _QUOTED_QUESTION.search(sent.text):
                continue
            found = [_code(t, resolver) for t in triggers_in(sent, resolver)]
            apply_framing(found, resolver)
            restated_nouns(found)
            found += elliptic_repeats(found, resolver)
            # a speech given in a state is an act of its own, never the content of what was said there
            found += appearances(sent, resolver)
            found += allegiances(sent, resolver) + backings(sent, resolver)
            found += joint_acts(sent, resolver, found)
            heard = interviews(sent, resolver)
            # "told NBC's Lisa Myers": telling an outlet's journalist is the interview, not a meeting too
            asked = {f.trigger.governor.i for f in heard}
            found = [f for f in found if f.plover != "CONSULT" or f.trigger.governor.i not in asked]
            found = [f for f in found + heard if not by_own_outlet(f, resolver)]
            since = read[-_CONTINUED_SENTENCES].start if len(read) >= _CONTINUED_SENTENCES else 0
            inherit_targets(found, [f for _, f in coded], [f for s, f in coded if s.start >= since])
            purpose_targets(found)
            answer_requests(found, [f for _, f in coded], resolver, house)
            referred_events(found, [f for _, f in coded])
            halted_acts(found, [f for _, f in coded])
            coded += [(sent, f) for f in found]
            read.append(sent)
            statement = issued_statement(sent, resolver)
            if statement:
                statements.append((sent, statement))
        coded += [(sent, f) for sent, st in statements for f in [stance_event(ctx, st, coded, fld)] if f]
        same_requests([f for _, f in coded], resolver)
        refused_requests([f for _, f in coded])
        for _, f in coded:
            f.target = _others(ctx, f)
            if f.plover == "REQUEST" and f.source and not f.suppressed and (_passive_ask(f) or (
                    not f.trigger.nominal and f.trigger.verb in cues()["public_demand_verbs"]
                    and (not f.target or _home_inquiry(f, ctx) or _about_people(f, ctx)))):
                # "the Tories called for quotas": a public demand made of no one is made of the
                # government, as is one for an inquiry at home ("called for an independent prosecutor to
                # look into X": the inquiry's subject or the prosecutor is not whom it is asked of),
                # and one only about people its scope names ("called for a fair split of contact time
                # between parents"), or one for a thing to be done in the passive with no one named to
                # do it ("calls for the legal advice to be made public")
                f.target = [r for r in addressed_government(doc, f.source, resolver) if r not in f.source] or f.target
        protest_aims([f for _, f in coded])
        fold_restatements([f for _, f in coded if _complete(f)])
        for sent, f in coded:
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
                cameo=f.cameo, verb=f.trigger.verb, source=with_represented(ctx.document, f.source, f.target),
                target=with_represented(ctx.document, f.target, f.source),
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


def _public_debate(noun: Token) -> bool:
    """"a national debate over school funding": a contest noun a word of the public
    sphere describes (event_cues public_debate_words) is the country's discussion, no candidates'
    debate."""
    return any(c.dep_ == "amod" and c.lemma_.lower() in cues()["public_debate_words"] for c in noun.children)
