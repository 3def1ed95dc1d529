"""Statement stance: a statement a state body issues (a press statement, a commentary) whose own
words accuse, reject or threaten is itself that body's act against the state it is about."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span

from newsgraph.extract.event_framing import Found
from newsgraph.extract.event_grammar import subjects
from newsgraph.extract.event_lexicon import LexEntry, cues, statement_entry
from newsgraph.extract.event_triggers import Trigger
from newsgraph.extract.participants import Resolver
from newsgraph.extract.pipeline import Context

@dataclass
class Statement:
    """A statement issued in the text: who issued it, the sentence saying so, its row."""

    speaker: str
    own: set[str]        # states named in the issuer's phrase ("... of the DPRK")
    entry: LexEntry
    trigger: Trigger
    text_from: int | None = None  # "..., which said:": the statement is the rest of the field


def issued_statement(sent: Span, resolver: Resolver) -> Statement | None:
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
            return Statement(speakers[0], own, entry, Trigger(entry, tok, tok.head, verb),
                              text_from=sent.end_char if unquoted else None)
    return None


def _stance_target(ctx: Context, statement: Statement, inside: list[Found], spans: list[tuple[int, int]],
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


def _speaker_side(ctx: Context, statement: Statement) -> set[str]:
    """The speaker, the states named as its own, and the state actor of the speaker's country:
    "we warn" and "the DPRK rejects" in a ministry's statement are the ministry's stance."""
    country = next((a.country for a in ctx.document.actors if a.id == statement.speaker), None)
    states = {a.id for a in ctx.document.actors if a.kind == "state" and country and a.country == country}
    return {statement.speaker} | statement.own | states


def stance_event(ctx: Context, statement: Statement, found: list[tuple[Span, Found]], field: str) -> Found | None:
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
    return Found(statement.trigger, e.plover, e.cameo, e.mode, [statement.speaker], [target], context=list(e.context))
