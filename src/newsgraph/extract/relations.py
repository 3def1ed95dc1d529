"""Relations stage: standing relations between two actors that the text asserts (allies, partners, rivals).

A relation is read around a cue noun of `data/relations.tsv` ("allies", "strategic partnership",
"rival"), with its two ends found, in order, from:
  * "between X and Y" ("the strategic partnership between X and Y");
  * a possessor and the named actor beside the cue ("X's ally Y", "Y, X's closest ally");
  * the subject of the clause the cue sits in, when it names two actors ("X and Y are now military
    allies", "X and Y signed a treaty on comprehensive strategic partnership"), or one actor and the
    cue has "with"/"of" Y ("X is an ally of Y", "X's alliance with Y");
  * "the two countries" / "both sides" standing for the two actors of that kind last named.
Demonyms count as their states when the actors stage gives them as mentions. Qualifier adjectives
right before the cue ("military and political allies") become `qualifiers`. A negated clause
("are not allies") asserts nothing. `asserted_by` is the speaker of the quote, or the holder of
the claim, whose content holds the cue; a relation stated by the article itself has none.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Token

from newsgraph.extract.lexicon import read_tsv
from newsgraph.extract.pipeline import Context, stage
from newsgraph.model import Evidence, Relation

_MAX_HOPS = 5  # from the cue up to the verb of its clause: cue -> prep -> noun -> verb is typical


@dataclass(frozen=True)
class RelationLexicon:
    """The rows of relations.tsv by role."""

    cues: dict[str, str]
    qualifiers: dict[str, str]
    pairs: dict[str, str]
    negations: frozenset[str]


@functools.lru_cache(maxsize=1)
def lexicon() -> RelationLexicon:
    """The relation lexicon, loaded once."""
    tables: dict[str, dict[str, str]] = {"cue": {}, "qualifier": {}, "pair": {}, "negation": {}}
    for row in read_tsv("relations.tsv"):
        word, role = row[0].lower(), row[1]
        if role not in tables:
            raise ValueError(f"relations.tsv: unknown role {role!r} for {word!r}")
        tables[role][word] = row[2] if len(row) > 2 else ""
    return RelationLexicon(tables["cue"], tables["qualifier"], tables["pair"], frozenset(tables["negation"]))


@stage("relations", reads=("actors", "quotes", "claims"), adds=("relations",))
def find_relations(ctx: Context) -> None:
    """Append a Relation for every cue whose two ends resolve to two different actors."""
    lex = lexicon()
    seen: set[tuple[str, str, str, int]] = set()
    for field_name, doc in ctx.docs.items():
        for tok in doc:
            rel_type = lex.cues.get(tok.lemma_.lower())
            if rel_type is None or tok.pos_ not in ("NOUN", "PROPN") or _negated(tok, lex):
                continue
            pair = _ends(ctx, tok, field_name, lex)
            if pair is None:
                continue
            subject, obj = pair
            sent = tok.sent
            key = (rel_type, *sorted((subject, obj)), sent.start_char)
            if key in seen:
                continue
            seen.add(key)
            ctx.document.relations.append(Relation(
                type=rel_type, subject=subject, object=obj, qualifiers=_qualifiers(tok, lex),
                asserted_by=_asserted_by(ctx, tok.idx, field_name),
                evidence=Evidence(start=sent.start_char, end=sent.end_char, field=field_name),
            ))


def _ends(ctx: Context, cue: Token, field_name: str, lex: RelationLexicon) -> tuple[str, str] | None:
    """The two actors the cue relates, in the order the text names them, or None."""
    for finder in (_between, _possessor, _clause_subject):
        found = _distinct(finder(ctx, cue, field_name, lex))
        if len(found) >= 2:
            return found[0], found[1]
    return None


def _between(ctx: Context, cue: Token, field_name: str, lex: RelationLexicon) -> list[str]:
    scope = [cue] + ([cue.head] if cue.head.pos_ == "NOUN" else [])
    for top in scope:
        for t in top.subtree:
            if t.dep_ == "prep" and t.lower_ == "between":
                obj = next((c for c in t.children if c.dep_ == "pobj"), None)
                if obj is not None:
                    return _actors_of(ctx, obj, field_name, lex)
    return []


def _possessor(ctx: Context, cue: Token, field_name: str, lex: RelationLexicon) -> list[str]:
    poss = next((c for c in cue.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
    if poss is None:
        return []
    owner = _actors_of(ctx, poss, field_name, lex)
    other: list[str] = []
    if cue.dep_ in ("appos", "attr") and cue.head.pos_ in ("PROPN", "NOUN"):
        other = _actors_of(ctx, cue.head, field_name, lex)  # "Y, X's ally" / "Y is X's ally"
    if cue.dep_ == "attr":
        subj = next((c for c in cue.head.children if c.dep_ == "nsubj"), None)
        other = _actors_of(ctx, subj, field_name, lex) if subj is not None else []
    for t in cue.doc[cue.i + 1: cue.i + 5]:  # "X's ally Y"
        if other or t.is_punct:
            break
        other = _actors_of(ctx, t, field_name, lex)
    return owner + other + _with_object(ctx, cue, field_name, lex)


def _clause_subject(ctx: Context, cue: Token, field_name: str, lex: RelationLexicon) -> list[str]:
    verb = cue
    for _ in range(_MAX_HOPS):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    ends = _actors_of(ctx, subj, field_name, lex) if subj is not None else []
    return ends + _with_object(ctx, cue, field_name, lex)


def _with_object(ctx: Context, cue: Token, field_name: str, lex: RelationLexicon) -> list[str]:
    """Y in "alliance with Y", "an ally of Y"."""
    for prep in cue.children:
        if prep.dep_ == "prep" and prep.lower_ in ("with", "of", "to"):
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is not None:
                return _actors_of(ctx, obj, field_name, lex)
    return []


def _actors_of(ctx: Context, head: Token, field_name: str, lex: RelationLexicon) -> list[str]:
    """Actors named by a noun and its coordinated nouns; "the two countries" -> the two last named."""
    found: list[str] = []
    for tok in [head, *head.conjuncts]:
        kind = lex.pairs.get(tok.lemma_.lower())
        if kind is not None and tok.tag_ in ("NNS", "NNPS") and _counts_two(tok):
            found.extend(_last_two(ctx, tok.idx, field_name, kind))
            continue
        actor = ctx.actor_at(tok.idx, tok.idx + len(tok.text), field_name)
        if actor is None:  # "the Russian and Chinese sides": the demonyms carry the states
            for mod in tok.children:
                if mod.dep_ in ("amod", "compound", "nmod"):
                    found.extend(_actors_of(ctx, mod, field_name, lex))
        elif actor not in found:
            found.append(actor)
    return found


def _counts_two(tok: Token) -> bool:
    return any(c.lower_ in ("two", "both") for c in tok.children)


def _last_two(ctx: Context, before: int, field_name: str, kind: str) -> list[str]:
    """The two distinct actors (of `kind` unless "any") whose mentions come last before `before`."""
    mentions = sorted(
        ((m.start, a.id) for a in ctx.document.actors if kind == "any" or a.kind == kind
         for m in a.mentions if m.field == field_name and m.start < before),
        reverse=True,
    )
    out: list[str] = []
    for _, actor_id in mentions:
        if actor_id not in out:
            out.append(actor_id)
        if len(out) == 2:
            return out[::-1]
    return []


def _qualifiers(cue: Token, lex: RelationLexicon) -> list[str]:
    """Qualifier adjectives in the run of modifiers right before the cue, in text order."""
    found: list[str] = []
    for t in reversed(cue.doc[max(cue.sent.start, cue.i - 8): cue.i]):
        if not (t.pos_ in ("ADJ", "NOUN", "CCONJ") or t.text == ","):
            break
        value = lex.qualifiers.get(t.lower_)
        if value and value not in found:
            found.insert(0, value)
    return found


def _negated(cue: Token, lex: RelationLexicon) -> bool:
    if any(c.lower_ in lex.negations for c in cue.children if c.dep_ in ("det", "neg")):
        return True
    verb = cue
    for _ in range(_MAX_HOPS):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    return any(c.dep_ == "neg" for c in verb.children)


def _asserted_by(ctx: Context, offset: int, field_name: str) -> str | None:
    """Speaker of the narrowest quote, or holder of the narrowest claim, containing `offset`."""
    held = [(q.evidence, q.speaker) for q in ctx.document.quotes] + [(c.evidence, c.by) for c in ctx.document.claims]
    inside = [(ev.end - ev.start, who) for ev, who in held
              if ev.field == field_name and ev.start <= offset < ev.end and who]
    return min(inside)[1] if inside else None


def _distinct(ids: list[str]) -> list[str]:
    return list(dict.fromkeys(ids))
