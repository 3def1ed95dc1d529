"""Whether two actor records are one actor: a decision with its score and the evidence behind it.

The name alone decides only when it is unambiguous (the same full name, or its words reordered).
Weaker name relations need corroboration: the same country, a shared title, or a shared
counterpart (someone both appear with). Different countries or kinds never merge, and a shared
family name with different given names never merges ("Kim Jong Un" is not "Kim Yo Jong").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from newsgraph.extract.names import fold
from newsgraph.resolve.names import NAME_SCORES, NameRelation, compare_names, person_name

# What each name relation needs besides the name, as a number of independent pieces of evidence
# (same country, a shared title, a shared counterpart).
_EVIDENCE_NEEDED = {
    NameRelation.same: 0, NameRelation.reordered: 0, NameRelation.middle_name: 1,
    NameRelation.initials: 1, NameRelation.variant: 1, NameRelation.family_only: 2,
}
# Each piece of corroborating evidence adds this much to the name's score (capped at 100).
EVIDENCE_BONUS = 5.0


@dataclass(frozen=True)
class ActorRecord:
    """What is known of an actor for matching: its names, kind, country, titles and the people
    it appears with (folded names). A canonical actor has several names; a mention one."""

    names: tuple[str, ...]
    kind: str
    country: str | None = None
    titles: frozenset[str] = field(default_factory=frozenset)
    counterparts: frozenset[str] = field(default_factory=frozenset)


@dataclass(frozen=True)
class Decision:
    """Whether two records are one actor, how strongly (0-100) and why, in words."""

    same: bool
    score: float
    reason: str


def _best_name(a: ActorRecord, b: ActorRecord) -> tuple[NameRelation, str, str]:
    """The strongest relation between any name of `a` and any name of `b`, with the two names."""
    best = (NameRelation.different, a.names[0] if a.names else "", b.names[0] if b.names else "")
    for name_a in a.names:
        for name_b in b.names:
            relation = compare_names(person_name(name_a), person_name(name_b))
            if NAME_SCORES[relation] > NAME_SCORES[best[0]]:
                best = (relation, name_a, name_b)
    return best


def title_key(title: str) -> str:
    """A title folded for comparison ("Foreign Minister" and "foreign minister" are one)."""
    return fold(title)


def decide(a: ActorRecord, b: ActorRecord) -> Decision:
    """Whether `a` and `b` are the same actor. Never merges across kinds or countries."""
    if a.kind != b.kind:
        return Decision(False, 0.0, f"kinds differ: {a.kind} / {b.kind}")
    if a.country and b.country and a.country != b.country:
        return Decision(False, 0.0, f"countries differ: {a.country} / {b.country}")
    if a.kind == "state" and a.country and a.country == b.country:
        return Decision(True, 100.0, f"same state {a.country}: {a.names[0]!r} ~ {b.names[0]!r}")
    if a.kind != "person":
        return _decide_by_folded_name(a, b)
    relation, name_a, name_b = _best_name(a, b)
    if relation is NameRelation.different:
        return Decision(False, 0.0, f"names differ: {name_a!r} / {name_b!r}")
    evidence = []
    if a.country and a.country == b.country:
        evidence.append(f"same country {a.country}")
    shared_titles = sorted({title_key(t) for t in a.titles} & {title_key(t) for t in b.titles})
    if shared_titles:
        evidence.append(f"shared title {shared_titles[0]!r}")
    shared_people = sorted(a.counterparts & b.counterparts)
    if shared_people:
        evidence.append(f"appears with {shared_people[0]!r}")
    score = min(100.0, NAME_SCORES[relation] + EVIDENCE_BONUS * len(evidence))
    why = f"name {relation.value}: {name_a!r} ~ {name_b!r}" + "".join(f"; {e}" for e in evidence)
    needed = _EVIDENCE_NEEDED[relation]
    if relation is NameRelation.family_only and not shared_titles:
        # A family name alone is never enough without a post in common ("Kim" + PRK is no one).
        return Decision(False, score, why + "; family name only, no shared title")
    if len(evidence) < needed:
        return Decision(False, score, why + f"; needs {needed} corroborating fact(s), has {len(evidence)}")
    return Decision(True, score, why)


def _decide_by_folded_name(a: ActorRecord, b: ActorRecord) -> Decision:
    """States, parties, bodies: one actor when a name of one equals a name of the other, folded."""
    names_a = {fold(n): n for n in a.names}
    shared = [(names_a[key], n) for n in b.names if (key := fold(n)) in names_a]
    if shared:
        return Decision(True, 100.0, f"name same: {shared[0][0]!r} ~ {shared[0][1]!r}")
    return Decision(False, 0.0, f"names differ: {a.names[0] if a.names else ''!r} / {b.names[0] if b.names else ''!r}")
