"""Events stage: who did what to whom, when and where, coded in PLOVER and CAMEO 1.1b3.

Per sentence of every field:
  1. triggers  – a verb in the lexicon ("condemned"), a light verb with an event noun ("held
                 talks", "sent a message", "imposed sanctions"), or a bare event noun with its
                 participants ("X's visit to Y", "the talks between X and Y");
  2. roles     – source from the subject (agent of a passive, possessor of a noun), target from the
                 object or the entry's prepositions, both resolved by `participants.Resolver`;
  3. framing   – an event embedded under a threat, demand, refusal, accusation or agreement is
                 folded into it ("threatened to strike" is THREATEN 138, not ASSAULT); an intended
                 or future cooperative act is AGREE (PLOVER's "express intent"), a future attack
                 THREATEN, both flagged hypothetical;
  4. modality  – negation, hypothetical, the outlet that reported it;
  5. when/where– DATE entities of the clause and "in/at" places, else a wire dateline;
  6. merge     – mentions of one event (caption and body) become one Event with several spans.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from newsgraph.extract import dates
from newsgraph.extract.event_lexicon import PERSON_OBJECT, LexEntry, cues, noun_entry, verb_entries
from newsgraph.extract.participants import Resolver
from newsgraph.extract.pipeline import Context, stage
from newsgraph.model import Event, Evidence

_OBJECT_DEPS = ("dobj", "nsubjpass", "attr", "oprd")
_EMBED_DEPS = frozenset({"xcomp", "ccomp", "pcomp", "pobj", "prep", "dobj", "advcl", "acl"})
_SKIP_TRIGGER_DEPS = frozenset({"amod", "compound"})


@dataclass
class _Trigger:
    """A lexicon hit in the parse, before roles are read."""

    entry: LexEntry
    word: Token          # the event word (verb or noun)
    governor: Token      # the verb whose subject, auxiliaries and negation the event takes
    verb: str            # "meet", "hold talks"
    inverse: bool = False  # "received a message from X": source and target swap
    nominal: bool = False  # a bare event noun with no verb of its own


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


# ---- 1. triggers ----------------------------------------------------------------------------

def _objects(verb: Token) -> list[Token]:
    out = [c for c in verb.children if c.dep_ in _OBJECT_DEPS]
    return out + [c for o in out for c in o.conjuncts if c.i > o.i]


def _noun_row(tok: Token) -> LexEntry | None:
    compound = [c for c in tok.lefts if c.dep_ == "compound"]
    if compound:
        row = noun_entry(f"{compound[-1].lemma_.lower()} {tok.lemma_.lower()}")
        if row:
            return row
    return noun_entry(tok.lemma_.lower()) or noun_entry(tok.lower_)


def _verb_triggers(verb: Token, resolver: Resolver) -> _Trigger | None:
    """The lexicon reading of `verb`: a row naming its object ("pay a call") first, then a light
    verb with an event noun ("held talks", "received a message"), then a row wanting a person
    object ("received the delegation"), then the verb's general row."""
    lemma = verb.lemma_.lower()
    # "test-fired" is split as test / - / fired
    if verb.i >= 2 and verb.doc[verb.i - 1].text == "-" and verb_entries(f"{verb.doc[verb.i - 2].lower_}-{lemma}"):
        lemma = f"{verb.doc[verb.i - 2].lower_}-{lemma}"
    objs = _objects(verb)
    particles = {c.lower_ for c in verb.children if c.dep_ in ("prt", "prep")}
    rows = verb_entries(lemma)
    for row in rows:
        for o in objs:
            if o.lemma_.lower() in row.objects or o.lower_ in row.objects:
                return _Trigger(row, verb, verb, f"{lemma} {o.lemma_.lower()}")
        if particles & row.objects:
            return _Trigger(row, verb, verb, f"{lemma} {sorted(particles & row.objects)[0]}")
    c = cues()
    if lemma in c["light_verbs"] | c["inverse_light_verbs"]:
        for o in objs:
            row = _noun_row(o)
            if row:
                return _Trigger(row, o, verb, f"{lemma} {o.lemma_.lower()}",
                                inverse=lemma in c["inverse_light_verbs"])
    for row in rows:
        if PERSON_OBJECT in row.objects and any(resolver.names_person(o) for o in objs):
            return _Trigger(row, verb, verb, lemma)
    general = [r for r in rows if not r.objects]
    return _Trigger(general[0], verb, verb, lemma) if general else None


def _triggers(sent: Span, resolver: Resolver) -> list[_Trigger]:
    found: list[_Trigger] = []
    used: set[int] = set()
    for tok in sent:
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in _SKIP_TRIGGER_DEPS:
            trig = _verb_triggers(tok, resolver)
            if trig:
                found.append(trig)
                used.add(trig.word.i)
                used.update(o.i for o in _objects(tok))
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
            # a parser slip can leave the preposition without its object: take the next name
            out += objs or [t for t in p.doc[p.i + 1: p.i + 7] if t.pos_ == "PROPN"][-1:]
        # "in honour of X" names the one a reception or banquet is for
        if prep == "for" and p.dep_ == "prep" and p.lower_ == "in":
            for honour in p.children:
                if honour.lemma_.lower() in ("honour", "honor"):
                    out += [c for g in honour.children if g.lower_ == "of" for c in g.children if c.dep_ == "pobj"]
    return out


def _subjects(verb: Token) -> list[Token]:
    """The verb's subject, inherited along conjunctions, open complements and relative clauses."""
    seen = 0
    while seen < 4:
        seen += 1
        # a relative pronoun ("officials who met") stands for the noun the clause modifies
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "csubj") and c.tag_ not in ("WP", "WDT")]
        if subj:
            return subj
        if verb.dep_ == "relcl":
            return [verb.head]
        if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head is not verb:
            verb = verb.head
            continue
        break
    return []


def _relcl_members(noun: Token) -> list[Token]:
    """"Officials who met X included A, B and C": the listed A, B, C stand for the officials."""
    verb = noun.head
    if noun.dep_ == "nsubj" and verb.lemma_.lower() in ("include", "be") and verb.pos_ in ("VERB", "AUX"):
        return [c for c in verb.children if c.dep_ in ("dobj", "attr")]
    return []


def _sources(trig: _Trigger, resolver: Resolver) -> list[str]:
    gov = trig.governor
    if trig.nominal:
        heads = [c for c in gov.children if c.dep_ == "poss"]
        heads += _pobjs(gov, "by") + _pobjs(gov, "from")
        refs = [r for h in heads for r in resolver.phrase(h)]
        if not refs:
            refs = [r for c in gov.lefts if c.dep_ in ("compound", "amod", "nmod") for r in [resolver.one(c)] if r]
        return refs
    if trig.inverse:
        return [r for h in _pobjs(gov, "from") + _pobjs(trig.word, "from") for r in resolver.phrase(h)]
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in gov.children)
    if passive:
        heads = _pobjs(gov, "by")
    else:
        heads = []
        for subj in _subjects(gov):
            members = _relcl_members(subj) if gov.dep_ == "relcl" else []
            heads += members or [subj]
    return [r for h in heads for r in resolver.phrase(h)]


def _targets(trig: _Trigger, resolver: Resolver) -> list[str]:
    gov, word = trig.governor, trig.word
    if trig.inverse:
        return [r for s in _subjects(gov) for r in resolver.phrase(s)]
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in gov.children)
    heads: list[Token] = []
    for role in trig.entry.target:
        if role == "dobj":
            if trig.nominal:
                heads += _pobjs(word, "of")
            elif passive:
                heads += [c for c in gov.children if c.dep_ == "nsubjpass"]
            else:
                heads += [c for c in gov.children if c.dep_ in ("dobj", "dative")]
        else:
            heads += _pobjs(word, role) + ([] if word is gov else _pobjs(gov, role))
    return [r for h in heads for r in resolver.phrase(h)]


# ---- 3/4. framing and modality --------------------------------------------------------------

def _is_hypothetical(gov: Token) -> bool:
    c = cues()
    aux = [a for a in gov.children if a.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in c["modal_aux"] for a in aux):
        return True
    if gov.dep_ not in ("xcomp", "ccomp"):
        return False
    head = gov.head.lemma_.lower()
    # "plans to visit", "is to visit", "is going to meet"
    return head in c["intent_verbs"] or (gov.dep_ == "xcomp" and head == "be")


def _is_negated(gov: Token) -> bool:
    return any(c.dep_ == "neg" for c in gov.children) or any(
        c.dep_ == "det" and c.lower_ == "no" for c in gov.children)


def _framer(found: _Found, by_word: dict[int, _Found]) -> _Found | None:
    """The framing event (threat, demand, refusal, accusation, agreement) this one is embedded in."""
    tok = found.trigger.governor
    for _ in range(4):
        if tok.dep_ not in _EMBED_DEPS or tok.head is tok:
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
        if outer is not None:
            f.suppressed = True
            if outer.plover == "AGREE" and c["intent_codes"].get(f.plover):
                outer.cameo = c["intent_codes"][f.plover]
            elif outer.plover == "THREATEN" and f.plover in c["threat_codes"]:
                outer.cameo = c["threat_codes"][f.plover]
            if not outer.target:
                outer.target = f.target or ([] if f.source == outer.source else f.source)
    for f in found:
        if f.suppressed or not f.hypothetical:
            continue
        if f.plover in c["cooperative_types"]:
            f.plover, f.cameo, f.mode = "AGREE", c["intent_codes"][f.plover], f"intent to {f.trigger.verb}"
        elif f.plover in c["conflictual_types"]:
            f.plover, f.cameo = "THREATEN", c["threat_codes"][f.plover]


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
        while tok.head is not tok and tok.i not in anchors:
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
    source, target = _sources(trig, resolver), _targets(trig, resolver)
    target = [t for t in target if t not in source]
    if not target and len(source) > 1 and e.plover in cues()["symmetric_types"]:
        source, target = source[:1], source[1:]
    if trig.nominal and not target:
        between = [r for h in _pobjs(trig.word, "between") for r in resolver.phrase(h)]
        if not source:
            source, target = between[:1], between[1:]
        else:
            target = [t for t in between if t not in source]
    mode, cameo = e.mode, e.cameo
    visiting = [h for h in trig.word.subtree if h.lower_ in cues()["host_modifiers"] and h.dep_ == "amod"]
    if e.plover == "CONSULT" and visiting and not trig.nominal:
        mode, cameo = "visit", "043"
    gov = trig.governor
    nominal = trig.nominal
    return _Found(trig, e.plover, cameo, mode, source, target,
                  negated=not nominal and _is_negated(gov),
                  hypothetical=not nominal and _is_hypothetical(gov),
                  context=list(e.context))


def _complete(f: _Found) -> bool:
    """An event needs its doer, and someone it is done to unless its type stands alone."""
    return bool(f.source) and (bool(f.target) or f.plover in cues()["untargeted_types"])


def _same_event(a: Event, b: Event) -> bool:
    if a.plover != b.plover or a.negated != b.negated or a.hypothetical != b.hypothetical:
        return False
    if a.date and b.date and a.date != b.date:
        return False
    ids_a, ids_b = set(a.source) | set(a.target), set(b.source) | set(b.target)
    return len(ids_a & ids_b) >= 2 or (set(a.source) == set(b.source) and set(a.target) == set(b.target))


def _add(events: list[Event], event: Event) -> None:
    for old in events:
        if _same_event(old, event):
            old.mentions.append(event.evidence)
            old.date = old.date or event.date
            old.date_text = old.date_text or event.date_text
            old.location = old.location or event.location
            old.reported_by = old.reported_by or event.reported_by
            return
    event.mentions.append(event.evidence)
    events.append(event)


@stage("events", reads=("actors", "groups"), adds=("events",))
def find_events(ctx: Context) -> None:
    """Append one Event per distinct happening the article reports, with all its mentions."""
    published = ctx.article.published
    events: list[Event] = []
    for fld, doc in ctx.docs.items():
        resolver = Resolver(ctx, fld)
        line = dates.dateline(doc.text, published) if fld == "body" else None
        for sent in doc.sents:
            found = [_code(t, resolver) for t in _triggers(sent, resolver)]
            _apply_framing(found)
            for f in found:
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
                _add(events, Event(
                    id=f"e{len(events) + 1}", plover=f.plover, mode=f.mode, context=f.context,
                    cameo=f.cameo, verb=f.trigger.verb, source=f.source, target=f.target,
                    date=when, date_text=date_text, location=where,
                    reported_by=_reported_by(f.trigger.governor, resolver),
                    negated=f.negated, hypothetical=f.hypothetical,
                    evidence=Evidence(start=sent.start_char, end=sent.start_char + len(text), field=fld),
                ))
    for i, event in enumerate(events, 1):
        event.id = f"e{i}"
    ctx.document.events.extend(events)
