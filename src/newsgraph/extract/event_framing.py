"""Events found in one sentence, read together and with the sentences before: an act embedded
under a threat, demand, refusal or agreement is folded into it (with the acts coordinated with it), intended acts become intents or
threats, a noun whose addressee is left unsaid continues the last event of its type, a stance on
"the deal" is taken toward the parties of the last deal reported, a refusal answers whoever asked,
and a request answered is made to whoever answers."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from spacy.tokens import Token

from newsgraph.extract.event_grammar import (
    elliptic_clauses, is_fixed_plan, is_passive, is_scheduled, is_to_infinitive, misread_object, object_tokens,
    passive_subjects, prep_objects, subjects,
)
from newsgraph.extract.event_lexicon import CONTEST, NEGATED_ONLY, cues
from newsgraph.extract.event_roles import target_heads
from newsgraph.extract.event_triggers import Trigger, is_answer, noun_row
from newsgraph.extract.giving import names_recipient
from newsgraph.extract.participants import Resolver, harm_noun
from newsgraph.model import Document

_EMBED_DEPS = frozenset({"xcomp", "ccomp", "pcomp", "pobj", "prep", "dobj", "advcl", "acl"})


@dataclass
class Found:
    trigger: Trigger
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


def _framer(found: Found, by_word: dict[int, Found]) -> Found | None:
    """The framing event (threat, demand, refusal, accusation, agreement) this one is embedded in."""
    tok = found.trigger.governor
    if (found.plover == "REQUEST" and tok.tag_ == "VBG" and tok.dep_ in ("advcl", "acl")) or (
            found.plover in ("THREATEN", "ACCUSE") and tok.tag_ == "VBG" and tok.dep_ == "advcl"
            and found.trigger.word == tok):
        # "filed a complaint, demanding an investigation", "condemned the drills, urging X to
        # halt them", "condemned X, warning that it would face countermeasures": a participle of
        # demand, warning or accusation is a further act of the same doer, not the content of the
        # act it hangs on
        return None
    reason = False
    for _ in range(4):
        # "criticised X for shooting Y": the act a verdict is given for is reported as done
        reason = reason or (tok.dep_ == "pcomp" and tok.tag_ == "VBG" and tok.head.lower_ == "for")
        if tok is not found.trigger.governor and tok.pos_ == "VERB" and tok.lemma_.lower() in cues()["topic_verbs"]:
            # "attacked X, speaking about the FBI investigation into her emails": an act spoken
            # about is the speech's topic, reported as it is, not the content of the attack
            return None
        if tok.dep_ == "conj" and tok.head != tok and not _infinitive_conjunct(tok):
            # "demanded that X stop the drills and withdraw", "vowed to attack and destroy X": a
            # conjunct is framed as what it is coordinated with ("condemned X and demanded Y": two acts)
            tok = tok.head
            continue
        if (tok.dep_ not in _EMBED_DEPS and not _infinitive_conjunct(tok)) or tok.head == tok:
            return None
        # "appealed after the court upheld X's order": a clause of time is another act, not content
        if tok.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in cues()["time_marks"] for m in tok.children):
            return None
        # "during his visit to China, X criticised Y": a phrase of when or amid what is another act too
        if tok.dep_ == "prep" and tok.lower_ in cues()["setting_preps"]:
            return None
        # "in recent trips to Ohio, X attacked Y": so is a visit or meeting a fronted phrase sets the
        # clause's act in (after the verb it may be what the act is about: "agreed to mediation in the talks")
        if tok.dep_ == "prep" and tok.lower_ in cues()["visit_setting_preps"] and tok.i < tok.head.i \
                and found.plover in cues()["visit_types"]:
            return None
        purpose = tok.dep_ in ("xcomp", "advcl") and is_to_infinitive(tok) \
            and tok.head.lemma_.lower() in cues()["purpose_verbs"] and any(c.dep_ == "dobj" for c in tok.head.children)
        tok = tok.head
        outer = by_word.get(tok.i)
        if outer is not None and outer is not found and purpose:
            return None  # "left the Tories to join Labour": what the act is done for is an act of its own
        if outer is not None and outer is not found:
            framing = outer.plover in cues()["framing_types"] and not (reason and outer.plover == "ACCUSE")
            return outer if framing else None
    return None


def _same_state(ref: str, others: list[str], resolver: Resolver) -> bool:
    """Whether `ref` is a state that is the country of one of `others`."""
    document = resolver.ctx.document
    actor = document.actor(ref)
    return actor is not None and actor.kind == "state" and any(
        (o := document.actor(r)) is not None and o.country == actor.country for r in others)


def _infinitive_conjunct(tok: Token) -> bool:
    """"called on the officials to carry on X and produce Y": a bare base-form verb with neither
    subject nor auxiliary, coordinated with a finite verb that has a to-infinitive, continues that
    infinitive (the parser hangs it on the finite verb)."""
    head = tok.head
    return (tok.dep_ == "conj" and tok.tag_ == "VB" and head.tag_ in ("VBD", "VBZ", "VBP")
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tok.children)
            and any(c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                    for c in head.children))


def _conditioned(verb: Token, resolver: Resolver) -> list[str]:
    """The parties a condition on `verb` names ("... if ministers press ahead", "... unless there is
    a government rethink"): its subject's, else any its words name."""
    for clause in verb.children:
        if clause.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in cues()["condition_marks"]
                                          for m in clause.children):
            refs = [r for h in subjects(clause) for r in resolver.phrase(h)]
            return refs or list(dict.fromkeys(r for t in clause.subtree for r in [resolver.actor_on(t)] if r))
    return []


def _own_doer(f: Found, outer: Found) -> bool:
    """Whether the act `f` framed by `outer` has a doer other than the framer's ("demanded that X
    release ..."), not the framer's own act ("threatened to strike X", "denied accusing X")."""
    return bool(f.source) and not set(f.source) & set(outer.source)


def _named_as(f: Found, outer: Found) -> bool:
    """"denounced the strike as an attack on Russia": an act in the framer's "as" phrase says what
    the framer calls its object; whom that act is aimed at is its victim, not the framer's target."""
    tok = f.trigger.governor
    while tok != outer.trigger.word and tok.head != tok:
        if tok.dep_ == "prep" and tok.lower_ == "as":
            return True
        tok = tok.head
    return False


def _assurance(f: Found, outer: Found) -> bool:
    """"promised members of Congress that the review will be given priority": a promise made to
    a party it names, of what others will do or what will be done, is an assurance to that party
    (the promise stands), not a promise of the promiser's own act ("vowed to veto the bill")."""
    own = f.trigger.governor.dep_ == "xcomp" or bool(set(f.source) & set(outer.source))
    return bool(outer.target) and not outer.scoped and not own

def _document_act(f: Found, outer: Found) -> bool:
    """Whether the act `f` is what a document (event_cues authored_nouns) that is the object of
    `outer`'s verb does: a participle on that noun ("a motion challenging ...")."""
    gov = f.trigger.governor
    return gov.dep_ == "acl" and gov.head in object_tokens(outer.trigger.governor) \
        and gov.head.lemma_.lower() in cues()["authored_nouns"]


def _readied(clause: Token) -> bool:
    """Whether `clause` is what a verb of readiness ("prepared to strike", "got ready to resume
    shelling") governs, through open complements."""
    while clause.dep_ in ("xcomp", "conj") and clause.head is not clause:
        clause = clause.head
        if clause.lemma_.lower() in cues()["readiness_verbs"]:
            return True
    return False


def _joint(f: Found) -> bool:
    """"Japan will stage a joint drill with Australian warships": a show of force planned together
    with the parties it names (through a preposition of partnership) threatens none of them."""
    heads = target_heads(f.trigger)
    return bool(heads) and all(h.dep_ == "pobj" and h.head.lower_ in cues()["partner_preps"] for h in heads)


def apply_framing(found: list[Found], resolver: Resolver) -> None:
    c = cues()
    by_word = {f.trigger.governor.i: f for f in found} | {f.trigger.word.i: f for f in found}
    reported = c["report_nouns"] | c["charge_nouns"]
    for f in found:
        outer = _framer(f, by_word)
        if outer is not None and _named_charge(outer):
            outer = None
        if outer is not None and f.mode in c["medium_modes"]:
            continue  # "criticised X in an interview with CNN": the act was voiced in it, not about it
        if outer is not None and f.trigger.nominal and is_answer(outer.trigger, f.trigger.word):
            continue  # "rejected a request from X": the request is X's act, the rejection another
        if outer is not None and not outer.source and outer.trigger.word.lemma_.lower() in c["charging_verbs"]:
            continue  # "X has been accused of criticising Y" by no one named: what is charged is told
        if outer is not None and outer.plover in ("THREATEN", "AGREE") and f.plover not in c["threat_codes"] \
                and f.plover not in c["intent_codes"] and outer.trigger.word.lemma_.lower() in c["commitment_verbs"] \
                and not _assurance(f, outer):
            # "vowed to veto the bill", "pledged to overturn the ruling": a promise of an act that
            # is neither force nor cooperation is that act, to come
            outer.suppressed, f.hypothetical = True, True
            continue
        if outer is not None and outer.trigger.word.lemma_.lower() in c["assertion_verbs"] and any(
                o.lemma_.lower() in reported for o in object_tokens(outer.trigger.governor)):
            # "denied a report claiming he warned Howard ...": what the report says is no act of
            # the denier's; the denial answers the report's maker (answer_requests)
            f.suppressed = True
            continue
        if outer is not None and outer.trigger.word.lemma_.lower() in c["assertion_verbs"] and not _own_doer(f, outer) \
                and not f.trigger.nominal:
            # "denied accusing Germany of racism": a statement about one's own act, aimed at no one;
            # a noun in the denial's phrases ("as with all allegations, X denied the claims") is not
            # what is denied doing
            f.suppressed = outer.suppressed = True
            continue
        if outer is not None and outer.trigger.word.lemma_.lower() in c["denial_verbs"] and not outer.target:
            # "denied that the security services were involved": the act denied is the claim, its
            # doer not whom the denial answers (answer_requests finds the claim's maker)
            f.suppressed = True
            continue
        if outer is not None and outer.plover == "AGREE" and f.plover != "AGREE" and _document_act(f, outer):
            # "signed a motion challenging the plans", "signed a letter urging X to resign": the
            # signer does what the document does; putting a name to it is no agreement with anyone
            outer.suppressed = True
            continue
        if outer is not None and outer.plover == "REQUEST" and f.plover == "SUPPORT" \
                and set(f.source) & set(outer.source) and f.trigger.governor.lemma_.lower() in c["conveying_verbs"]:
            # "asked the ambassador to convey his greetings to Kim": the asker's greetings, sent
            # through the one asked to bear them
            continue
        if outer is not None:
            f.suppressed = True
            if outer.plover == "AGREE" and f.plover in c["threat_codes"] and f.target \
                    and outer.trigger.word.lemma_.lower() in c["commitment_verbs"]:
                # "pledged to impose sanctions on X", "promised to jail X": a promise of force or
                # coercion against a party is a threat to it, as "vowed to" is ("X and Y pledged to
                # fight climate change" is aimed at no party: a joint pledge)
                outer.plover, outer.mode, outer.cameo = "THREATEN", None, c["threat_codes"][f.plover]
            elif outer.plover == "AGREE" and c["intent_codes"].get(f.plover):
                outer.cameo = c["intent_codes"][f.plover]
            elif outer.plover == "THREATEN" and c["intent_codes"].get(f.plover) \
                    and outer.trigger.word.lemma_.lower() in c["commitment_verbs"]:
                # "vowed to deepen cooperation with X": a vow to cooperate, support or give is a
                # pledge of it, no threat
                outer.plover, outer.mode, outer.cameo = "AGREE", "intent", c["intent_codes"][f.plover]
            elif outer.plover == "THREATEN" and f.plover in c["threat_codes"]:
                outer.cameo = c["threat_codes"][f.plover]
            if f.target and len(outer.source) > 1 and set(f.source) | set(f.target) == set(outer.source):
                # "China and Vietnam pledged to deepen ties": an act the framer's joint doers are to
                # do to each other is aimed, as the framing act is, at each other
                outer.source, outer.target, outer.scoped = list(f.source), list(f.target), False
                continue
            # "demanded that X release ...", "accused X of ...": an embedded act with a doer of
            # its own is aimed at through that doer; one the framer does itself ("threatened to
            # strike X") at the embedded act's target
            embedded = f.source if _own_doer(f, outer) else f.target
            if embedded is f.target and f.trigger.nominal and harm_noun(f.trigger.word):
                # "called for information about the shooting of X": whom a harm named by its noun
                # was done to is not whom the act about it is aimed at
                embedded = []
            if outer.plover == "THREATEN" and _own_doer(f, outer):
                # "warned that workers could strike if ministers pressed ahead": a warning of
                # another's act is aimed at whom its condition names, not at the act's doers
                embedded = _conditioned(f.trigger.governor, resolver) or embedded
            if outer.plover == "THREATEN" and embedded is f.source:
                # "vowed that Iran would defend its sovereignty", said by Iran's minister: what the
                # speaker's own state will do threatens no one of it
                embedded = [r for r in embedded if not _same_state(r, outer.source, resolver)]
            if embedded and (not outer.target or outer.scoped) and not _named_as(f, outer):
                outer.target, outer.scoped = list(embedded), False
    # "sent a letter urging X to ...": what a message says it does is the act, not the message
    content = {f.trigger.governor.head.i for f in found if f.plover != "SUPPORT" and (
        f.trigger.governor.dep_ == "acl" or (f.trigger.governor.dep_ == "advcl" and f.trigger.governor.tag_ == "VBG"))}
    for f in found:
        if f.plover == "SUPPORT" and {f.trigger.word.i, f.trigger.governor.i} & content \
                and f.trigger.word.lemma_.lower() in cues()["authored_nouns"]:
            f.suppressed = True
    for f in found:
        if f.suppressed or not f.hypothetical or f.mode in c["scheduled_modes"] or _debate(f) or (
                f.plover in c["scheduled_types"] and is_scheduled(f.trigger.governor)) or (
                f.plover in c["fixed_plan_types"] and is_fixed_plan(f.trigger.governor)):
            # "Obama will join Clinton at a rally", "Clinton will face Trump in the debate", "Straw is
            # to visit Thailand": a calendar reports the act to come
            continue
        if f.plover == "CONSULT" and _wanted(f.trigger.governor):
            # "wanted to meet X", "seeks talks with X": asking X for a meeting (CAMEO 026)
            f.plover, f.cameo, f.mode = "REQUEST", c["appeal_to_meet_cameo"], None
        elif f.plover in c["cooperative_types"]:
            f.plover, f.cameo, f.mode = "AGREE", c["intent_codes"][f.plover], f"intent to {f.trigger.verb}"
        elif f.plover in c["readied_types"] and _readied(f.trigger.governor):
            # "the army prepared to resume shelling": force made ready is a show of force, no threat
            f.plover, f.cameo, f.mode = "MOBILIZE", c["readiness_cameo"], None
        elif f.plover in c["conflictual_types"] and not _joint(f):
            f.plover, f.cameo = "THREATEN", c["threat_codes"][f.plover]
        elif f.cameo in c["legal_threat_cameos"]:
            # "vowed to appeal", "will sue", "will be prosecuted": legal action to come is a threat of it
            f.plover, f.cameo, f.mode = "THREATEN", c["lawsuit_threat_cameo"], None


def _named_charge(outer: Found) -> bool:
    """"Russia accused Ukraine of the attack, a charge Ukraine denies" (or rejects): the parser may
    make the charge the denial's subject and the accusation its clause; what a charge-naming denial
    hangs on is then the reported act, not what is denied."""
    c = cues()
    return outer.trigger.word.lemma_.lower() in c["denial_verbs"] | c["refusing_verbs"] and any(
        s.dep_ in ("nsubj", "dobj") and s.lemma_.lower() in c["charge_nouns"] | c["claim_nouns"]
        for s in outer.trigger.governor.children)


def _wanted(gov: Token) -> bool:
    """Whether the clause of `gov` is its subject's wish ("wanted to meet X"), or a noun its
    subject seeks ("seeks talks with X")."""
    head = gov.head if gov.dep_ in ("xcomp", "acomp") or (gov.dep_ == "dobj" and gov.pos_ == "NOUN") else None
    return head is not None and head != gov and head.lemma_.lower() in cues()["appealing_verbs"]


def _debate(f: Found) -> bool:
    """Whether the act is a debate between candidates: a contest noun's meeting or a row read only
    in one ("will face Trump in the debate")."""
    return f.plover == "CONSULT" and (f.trigger.word.lemma_.lower() in cues()["contest_nouns"]
                                      or CONTEST in f.trigger.entry.objects)


def inherit_targets(found: list[Found], before: list[Found], recent: list[Found]) -> None:
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
        listed = f.plover in continued and not names_recipient(f.trigger)
        if not (subject or listed) or not f.source or (f.target and not f.scoped):
            continue
        earlier = before if subject else recent
        here = [b for b in found if b is not f and not b.scoped] if listed else []
        # a list runs on from gifts someone made, not from a total no one is named as giving
        last = next((b for b in [*here, *reversed(earlier)] if b.plover == f.plover and b.target
                     and (subject or b.source)), None)
        if last is not None:
            f.target, f.scoped = [t for t in last.target if t not in f.source], False


def purpose_targets(found: list[Found]) -> None:
    """"A delegation visited the minister to lobby for funds", "X is meeting British officials to
    press the case for the embargo", "X wrote to Y demanding an inquiry": an act of event_cues
    purpose_addressed_types in an infinitive of purpose or a participle after a meeting, visit or
    letter, naming no one it is aimed at, is aimed at whom its doer met or wrote to."""
    for f in found:
        gov = f.trigger.governor
        if f.plover not in cues()["purpose_addressed_types"] or not f.source or (f.target and not f.scoped) \
                or gov.dep_ not in ("advcl", "xcomp") or not (is_to_infinitive(gov) or gov.tag_ == "VBG"):
            continue
        meeting = next((m for m in found if m.plover == "CONSULT" and m.trigger.governor == gov.head
                        and m.target and set(m.source) & set(f.source)), None)
        if meeting is not None:
            f.target, f.scoped = [t for t in meeting.target if t not in f.source], False


def restated_nouns(found: list[Found]) -> None:
    """"Germany pledged 500 million euros in aid to Ukraine": an event noun of the verb's own type
    in the verb's phrase restates the verb's act; the party the noun names as its target is the
    verb's, and the noun is no act of its own."""
    for f in found:
        if f.suppressed or not f.source or (f.target and not f.scoped) or f.trigger.nominal:
            continue
        phrase = {t.i for o in object_tokens(f.trigger.governor) for t in o.subtree}
        noun = next((g for g in found if g is not f and g.trigger.nominal and g.plover == f.plover and g.target
                     and not g.source and g.trigger.word.i in phrase), None)
        if noun is not None:
            f.target, f.scoped, noun.suppressed = [t for t in noun.target if t not in f.source], False, True


def elliptic_repeats(found: list[Found], resolver: Resolver) -> list[Found]:
    """"X offered his congratulations, as did Y and Z": the act again, done by each party an
    elliptic clause after its verb names (event_grammar.elliptic_clauses), to the same target."""
    out: list[Found] = []
    for f in found:
        if f.suppressed or not f.source or not f.target:
            continue
        for clause in elliptic_clauses(f.trigger.governor):
            doers = [t for n in clause.children if n.dep_ == "nsubj" for t in (n, *n.conjuncts)]
            for ref in dict.fromkeys(r for t in doers for r in resolver.phrase(t)):
                if ref not in f.source and ref not in f.target:
                    out.append(replace(f, source=[ref], context=list(f.context)))
    return out


def _act_stem(tok: Token) -> str:
    """A verb's or act noun's lemma without the gerund ending ("scattering" -> "scatter")."""
    lemma = tok.lemma_.lower()
    return lemma[:-3] if tok.pos_ == "NOUN" and lemma.endswith("ing") and len(lemma) > 6 else lemma


def halted_acts(found: list[Found], before: list[Found]) -> None:
    """"We scattered leaflets over the ROK ... We will halt the scattering": halting an act the
    article reported (event_cues halting_modes) is a retreat toward whom that act was aimed at,
    when the halting names no one itself."""
    for f in found:
        if f.trigger.entry.mode not in cues()["halting_modes"] or (f.target and not f.scoped) or not f.source:
            continue
        gov = f.trigger.governor
        acts = {_act_stem(o) for o in (passive_subjects(gov) if is_passive(gov) else object_tokens(gov))}
        earlier = [b for b in found if b.trigger.word.i < f.trigger.word.i]
        last = next((b for b in reversed([*before, *earlier]) if b.target and b is not f
                     and _act_stem(b.trigger.word) in acts), None)
        if last is not None:
            f.target, f.scoped = [t for t in last.target if t not in f.source], False


def referred_events(found: list[Found], before: list[Found]) -> None:
    """"AT&T agreed to buy Time Warner. ... Trump denounced the deal": a stance (event_cues
    policy_stance_types) on an event noun that points back ("the deal", "this visit"), naming no
    target of its own, is taken toward the parties of the last event of the noun's type the
    article reported: its doers, and for an act done together (symmetric_types) its partners too."""
    c = cues()
    for f in found:
        if f.plover not in c["policy_stance_types"] or (f.target and not f.scoped) or not f.source:
            continue
        gov = f.trigger.governor
        objects = object_tokens(gov) if f.trigger.word == gov else []
        types = {row.plover for o in objects if _points_back(o) for row in [noun_row(o)] if row}
        if not types:
            continue
        earlier = [*before, *(b for b in found if b.trigger.word.i < f.trigger.word.i)]
        last = next((b for b in reversed(earlier) if b.plover in types and b.source and not b.suppressed
                     and not set(b.source) & set(f.source)), None)
        if last is not None:
            parties = last.source + (last.target if last.plover in c["symmetric_types"] else [])
            f.target, f.scoped = [p for p in dict.fromkeys(parties) if p not in f.source], False


def _speaks_for_accused(denier: list[str], accused: list[str], document: Document) -> bool:
    """The deniers are among the accused, hold a post in an accused body ("X accused Labour ...
    Labour's election chief denied it"), or speak for an accused state: its officials and
    government bodies ("X accused Germany ... Germany's foreign ministry rejected the allegations")."""
    if set(denier) & set(accused):
        return True
    if any(p.holder in denier and p.organization in accused for p in document.positions):
        return True
    states = {a.country for r in accused if (a := document.actor(r)) is not None and a.kind == "state"}
    return any((a := document.actor(r)) is not None and a.kind != "state" and a.country in states
               and (a.kind in ("person", "government_body") or a.sector == "GOV") for r in denier)


def answer_requests(found: list[Found], before: list[Found], resolver: Resolver,
                    house: frozenset[str] = frozenset()) -> None:
    """"Lawyers for X filed papers opposing the unsealing": a rejection of the request, or of the act
    requested (event_cues requested_nouns), named by a bare definite phrase that points back, with
    no one named as its target, rejects whoever made the last request before it ("a media
    request" names its maker, if only vaguely, so it is not read so). Likewise "X has denied all
    three allegations": a denial of charges (event_cues charge_nouns) whose makers it does not
    name answers whoever last accused the denier (or the body or state the denier speaks for), and
    so does a denial naming no party, of a claim ("X denied that the services were involved") or
    of the denier's own act ("X denied sharing the questions with the campaign"), whose partner in
    that act is not whom the denial answers. With no accusation coded, the claim's maker is the
    last speaker who named the denier's side (_claimant). A press report denied ("dismissed the
    newspaper stories", event_cues report_nouns) is its maker's where the text names one
    (_finding_maker, as for a finding denied: "the Treasury dismissed the research"), else its
    outlet's (_reporting_outlet), never one of `house`, the outlets of the article's own
    publisher, where the denial was made."""
    c = cues()
    document, fld = resolver.ctx.document, resolver.field
    for f in found:
        objects = object_tokens(f.trigger.governor) if f.trigger.word == f.trigger.governor else []
        if not objects and f.trigger.word == f.trigger.governor and f.trigger.governor.dep_ == "relcl" \
                and f.trigger.word.lemma_.lower() in c["denial_verbs"] | c["refusing_verbs"]:
            objects = [f.trigger.governor.head]  # "..., a charge Ankara rejected": what the clause rejects
        own_act = f.trigger.word.lemma_.lower() in c["denial_verbs"] and (not f.target or f.scoped)
        misread = misread_object(f.trigger.governor) if f.trigger.word == f.trigger.governor and not objects else None
        findings = [o for o in [*objects, *filter(None, [misread])] if _unowned(o) and _is_finding(o)]
        # "dismissed the figures, insisting that ...": a finding's maker beats a target read from the scope
        if f.plover != "REJECT" or (f.target and not own_act and not (findings and f.scoped)) or not f.source:
            continue
        earlier = [*before, *(b for b in found if b.trigger.word.i < f.trigger.word.i)]
        maker = _finding_maker(findings, f, resolver, house) if findings else []
        if maker:
            claimant = maker
        elif any(o.lemma_.lower() in c["requested_nouns"] and _points_back(o) for o in objects):
            last = next((b for b in reversed(before) if b.plover == "REQUEST" and b.source
                         and not set(b.source) & set(f.source)), None)
            claimant = list(last.source) if last is not None else []
        elif any(o.lemma_.lower() in c["report_nouns"] for o in objects):
            claimant = _reporting_outlet(f, document, fld, house)
        elif findings and f.target:
            continue  # a finding no one is named as making: the target read from the scope stands
        elif named := _named_claimants(objects, f, resolver):
            claimant = named
        elif own_act or any(o.lemma_.lower() in c["charge_nouns"] | c["culpability_nouns"] and _unowned(o)
                            for o in objects):
            last = next((b for b in reversed(earlier) if b.plover == "ACCUSE" and b.source
                         and _speaks_for_accused(f.source, b.target, document)
                         and not set(b.source) & set(f.source)), None)
            claimant = list(last.source) if last is not None else _claimant(f, document, fld)
        else:
            continue
        if claimant:
            f.target, f.scoped = claimant, False
        elif own_act:
            f.target = []  # no accuser named: whom the denial answers is unknown


# how many sentences before a denied finding its maker may be named, and after
_FINDING_SENTENCES_BEFORE = 6
_FINDING_SENTENCES_AFTER = 2


def _finding_maker(findings: list[Token], f: Found, resolver: Resolver, house: frozenset[str]) -> list[str]:
    """"A report was published by the IFS ... The Treasury dismissed the research": who made a
    finding (event_cues finding_nouns, report_nouns) denied with no maker on it: one named on the
    denied noun's own phrase ("claims first aired in a recent book" -> the book's), else on the
    nearest such noun before the denial, within a few sentences, else on the first one just after
    it ("In his new book, X suggests ..."); never the denier's side or the article's own outlets."""
    c = cues()
    nouns = c["finding_nouns"] | c["report_nouns"]
    word = f.trigger.word
    doc = word.doc

    def made_by(noun: Token) -> list[str]:
        return [r for r in _maker_refs(noun, resolver) if r not in f.source and r not in house]

    for denied in findings:
        for tok in denied.subtree:
            if tok.i != denied.i and tok.lemma_.lower() in nouns and (refs := made_by(tok)):
                return refs
    sents = list(doc.sents)
    at = next(i for i, s in enumerate(sents) if s.start <= word.i < s.end)
    own = {t.i for d in findings for t in d.subtree}
    earlier = [t for s in sents[max(0, at - _FINDING_SENTENCES_BEFORE):at + 1] for t in s
               if t.i < word.i and t.i not in own]
    later = [t for s in sents[at:at + 1 + _FINDING_SENTENCES_AFTER] for t in s if t.i > word.i and t.i not in own]
    for tok in [*reversed(earlier), *later]:
        if tok.lemma_.lower() in nouns and tok.pos_ == "NOUN" and (refs := made_by(tok)):
            return refs
    return []


def _is_finding(noun: Token) -> bool:
    """A finding or report (event_cues finding_nouns, report_nouns), or a charge made in one
    ("claims first aired in a recent book")."""
    c = cues()
    nouns = c["finding_nouns"] | c["report_nouns"]
    return noun.lemma_.lower() in nouns or noun.lemma_.lower() in c["charge_nouns"] and any(
        t.i != noun.i and t.lemma_.lower() in nouns for t in noun.subtree)


def _maker_refs(noun: Token, resolver: Resolver) -> list[str]:
    """Who the grammar says made the finding `noun`: its possessor ("the IFS's study", "his new
    book"), a "by"/"from" phrase, a name before it ("an IFS report"), the agent of the passive it
    is the subject of ("was published by X") or the subject of a verb publishing it (event_cues
    publishing_verbs: "X released figures")."""
    named = [c for c in noun.children if c.dep_ == "poss" or (c.dep_ == "compound" and c.pos_ == "PROPN")]
    named += prep_objects(noun, "by") + prep_objects(noun, "from")
    verb, role = noun.head, noun.dep_
    if role == "nsubj" and verb.dep_ == "ccomp" and misread_object(verb.head) == noun:
        verb, role = verb.head, "dobj"  # "X released figures showing ...": the figures are the release's object
    if role == "nsubjpass":
        named += [o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    elif role == "dobj" and verb.lemma_.lower() in cues()["publishing_verbs"]:
        named += [s for s in verb.children if s.dep_ == "nsubj"]
    return list(dict.fromkeys(r for t in named for r in resolver.phrase(t)))


# how many sentences after a denied report its outlet may be named ("has denied a report ... The
# Times on Monday said ...")
_REPORT_SENTENCES_AFTER = 2


def _reporting_outlet(f: Found, document: Document, fld: str, house: frozenset[str]) -> list[str]:
    """"The Sunday Times said ... Downing Street dismissed the newspaper stories": a report denied
    with no one named on it is the news outlet's the text named last before the denial, else the
    first one named in the sentences just after it ("X has denied a story that he ... The Times on
    Monday said X told ...")."""
    word = f.trigger.word
    sent = word.sent
    for _ in range(_REPORT_SENTENCES_AFTER):
        sent = word.doc[sent.end].sent if sent.end < len(word.doc) else sent
    spans = {a.id: [m.start for m in a.mentions if m.field == fld] for a in document.actors
             if a.kind == "media" and a.id not in f.source and a.id not in house}
    before = {r: max(s for s in starts if s < word.idx) for r, starts in spans.items()
              if any(s < word.idx for s in starts)}
    if before:
        return [max(before, key=lambda r: before[r])]
    after = {r: min(s for s in starts if s > word.idx) for r, starts in spans.items()
             if any(word.idx < s < sent.end_char for s in starts)}
    return [min(after, key=lambda r: after[r])] if after else []


def _claimant(f: Found, document: Document, fld: str) -> list[str]:
    """Who made the claim a denial answers, where no accusation is coded: the speaker of the last
    statement before it that names the denier's side ("The Times said Crosby had warned Howard
    ... Crosby denied the report"), not one of that side itself."""
    side = set(f.source) | {p.organization for p in document.positions if p.holder in f.source and p.organization}
    at = f.trigger.word.sent.start_char
    for quote in sorted((q for q in document.quotes if q.evidence.field == fld and q.evidence.end <= at),
                        key=lambda q: q.evidence.start, reverse=True):
        if quote.speaker in side or _speaks_for_accused([quote.speaker], list(side), document):
            continue
        ev = quote.evidence
        if any(m.field == fld and ev.start <= m.start < ev.end for r in side
               if (a := document.actor(r)) is not None for m in a.mentions):
            return [quote.speaker]
    return []


def _named_claimants(objects: list[Token], f: Found, resolver: Resolver) -> list[str]:
    """"Denied Tory claims that ...", "rejected US charges": the party a capitalised word before the
    charges denied names (a name or a party's adjective), also where the parser reads "Tory claims
    that he ..." as a clause of its own: the subject, right after the verb, of a present-tense verb
    of claiming in a complement clause with no "that" of its own."""
    charges = cues()["charge_nouns"]
    verb = f.trigger.governor
    names = [c for o in objects if o.lemma_.lower() in charges for c in o.children
             if c.dep_ in ("compound", "amod") and c.i < o.i and c.text[:1].isupper()]
    names += [s for c in verb.children if c.dep_ == "ccomp" and c.lemma_.lower() in charges
              and c.tag_ in ("VBZ", "VBP") and not any(m.dep_ == "mark" for m in c.children)
              for s in c.children if s.dep_ == "nsubj" and s.left_edge.i == verb.i + 1]
    return [r for n in names for r in resolver.phrase(n) if r not in f.source]


def _unowned(noun: Token) -> bool:
    """"the allegations", "all three accusations", not "her allegations" or "claims by X"."""
    return not any(c.dep_ == "poss" for c in noun.children) and not any(
        c.dep_ == "prep" and c.lower_ in ("by", "from") for c in noun.children)


def _refusal(f: Found) -> bool:
    """"refused to apologise", "declined to release the records", "would not resign": a REJECT
    of an act its doer was to do (an open complement, or a row read only where negated)."""
    return f.plover == "REJECT" and (NEGATED_ONLY in f.trigger.entry.objects or (
        f.trigger.word == f.trigger.governor and any(c.dep_ == "xcomp" for c in f.trigger.word.children)))


def refused_requests(found: list[Found]) -> None:
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
    """What a request noun asks for: the lemmas of its "for"/"of" objects ("a call for shortlists"),
    or of the verb the parser made a "to" object ("calls to pause" asks for a pause)."""
    return {o.lemma_.lower() for p in noun.children if p.dep_ == "prep" and p.lower_ in ("for", "of", "to")
            for o in p.children if o.dep_ == "pobj" and (p.lower_ != "to" or o.tag_ == "VB")}


def same_requests(found: list[Found], resolver: Resolver) -> None:
    """"A call for shortlists has been rejected by X ... Y's proposal of shortlists": a request
    for something, rejected with no maker named, is the one whose maker the field names with a
    request for the same thing (a possessor, "by" or "from"), nearest before, else first after."""
    for f in found:
        if f.plover != "REJECT" or not f.source or (f.target and not f.scoped):
            continue
        heads = target_heads(f.trigger)
        wanted = {w for h in heads if (noun_row(h) or f.trigger.entry).plover == "REQUEST" for w in _asked_for(h)}
        if not wanted or any(h.pos_ != "NOUN" for h in heads):
            continue
        makers: list[tuple[int, list[str]]] = []
        for tok in f.trigger.word.doc:
            row = noun_row(tok) if tok.pos_ == "NOUN" and tok not in heads else None
            if row is None or row.plover != "REQUEST" or not _asked_for(tok) & wanted:
                continue
            owners = [c for c in tok.children if c.dep_ == "poss"] + prep_objects(tok, "by") + prep_objects(tok, "from")
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
    """"the motion", "that request", "both appeals": a noun with a definite determiner and no other
    modifier; or "calls to publish the advice": a bare plural with only what is asked after it."""
    lefts = list(noun.lefts)
    if not lefts and noun.tag_ == "NNS":
        # (the parser may hang the infinitive on the verb: "resisted calls to publish")
        after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
        return after is not None and after.lower_ == "to" and after.head.pos_ in ("VERB", "AUX") \
            and is_to_infinitive(after.head)
    return len(lefts) == 1 and lefts[0].lower_ in ("the", "that", "this", "these", "those", "both") and not any(
        c.dep_ == "prep" for c in noun.rights)
