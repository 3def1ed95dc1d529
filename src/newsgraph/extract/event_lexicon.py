"""The event lexicon: verb and event-noun lemmas coded in PLOVER and CAMEO, plus the cue words.

Data lives in `data/events.tsv` (one row per trigger), `data/event_cues.json` (closed-class
cues: light verbs, modals, report verbs, ...) and `data/agents.tsv` (common nouns naming an agent,
with the actor kind and sector they give). This module only loads and looks them up.
"""

from __future__ import annotations

import csv
import functools
import json
from dataclasses import dataclass
from importlib import resources
from typing import Any

from newsgraph.extract.lexicon import read_tsv

ANY = "-"
PERSON_OBJECT = "@person"
# a row that reads only where the object names a party of any kind ("met the committee", "met
# Mexico's president"), not a thing ("meet the deadline", "meet his fiscal rules")
PARTY_OBJECT = "@party"
# a row that reads only where the object names a political party ("left UKIP", "joined the
# Conservatives"), not a place or a thing ("left London", "joined the queue")
POLITICAL_PARTY_OBJECT = "@political_party"
# like @person, less a bare plural of people no one is named in ("told reporters", "told MPs"):
# whom a statement was merely said to, not a party consulted
ADDRESSEE_OBJECT = "@addressee"
# a row that reads only where the verb is negated: "will not tolerate" is a warning
NEGATED_ONLY = "@negated"
# a row that reads only where the verb stands alone, with no object or preposition ("will appeal")
ALONE = "@alone"
# a row that reads only where the verb has no direct object ("demonstrated outside the embassy",
# not "demonstrated her skill"; "rallied in Paris", not "rallied voters")
INTRANSITIVE = "@intransitive"
# a row that reads only in a campaign setting ("joined Clinton at a rally"; event_cues campaign_settings)
CAMPAIGN = "@campaign"
# a row that reads only where the verb's phrases name a contest between candidates ("faced Trump
# in the debate"; event_cues contest_nouns)
CONTEST = "@contest"
# a row that reads only where one of its target prepositions is on the verb or its object: a
# missile launched at a party is an attack ("launched rockets on Sderot"), one launched alone a test
AIMED = "@aimed"
# a target role: the court the article names nearest to the act (where a motion or appeal goes)
COURT_ROLE = "@court"
# a target role: the place where the event attended is held ("took part in the Games held in
# Paris" is a visit to France)
VENUE_ROLE = "@venue"
# a target role: the party holding the gathering attended ("attended a BNP meeting", "took part in
# the congress of the youth league")
ORGANISER_ROLE = "@organiser"
# a target role: the state whose anniversary or holiday an act marks (event_occasions)
OCCASION_ROLE = "@occasion"
# a modal row that reads only over a perfect ("should have acted"): a reproach, not a demand
PERFECT = "@perfect"
# a modal row that reads only over a penalty its subject is to meet ("X will pay dearly", "will
# face grave consequences", "can never escape punishment"): the speaker's threat to the subject
PENALTY = "@penalty"


@dataclass(frozen=True)
class LexEntry:
    """One trigger: a verb (with an optional required object) or an event noun."""

    pos: str                    # "V" verb, "N" event noun, "M" modal of obligation, "S" statement
    lemma: str
    objects: frozenset[str]     # required object lemmas for a verb; empty = any
    plover: str
    mode: str | None
    context: tuple[str, ...]
    cameo: str
    target: tuple[str, ...]     # "dobj" or prepositions whose object is the target


def _field(value: str) -> str | None:
    value = value.strip()
    return None if value in ("", ANY) else value


@functools.lru_cache(maxsize=None)
def _words(name: str) -> frozenset[tuple[str, str]]:
    return frozenset((lemma.lower(), pos) for lemma, pos in read_tsv(name))


def disapproval_words() -> frozenset[tuple[str, str]]:
    """(lemma, coarse part of speech) pairs of data/disapproval.tsv (read by appraisal)."""
    return _words("disapproval.tsv")


def approval_words() -> frozenset[tuple[str, str]]:
    """(lemma, coarse part of speech) pairs of data/approval.tsv (read by appraisal)."""
    return _words("approval.tsv")


@functools.lru_cache(maxsize=1)
def entries() -> tuple[LexEntry, ...]:
    """Every row of events.tsv, in file order."""
    out: list[LexEntry] = []
    with resources.files("newsgraph.extract.data").joinpath("events.tsv").open(encoding="utf-8") as f:
        for row in csv.reader(f, delimiter="\t"):
            if not row or row[0].startswith("#"):
                continue
            pos, lemma, objects, plover, mode, context, cameo, target = (c.strip() for c in row)
            out.append(LexEntry(
                pos=pos, lemma=lemma.lower(),
                objects=frozenset() if objects == ANY else frozenset(objects.lower().split("|")),
                plover=plover, mode=_field(mode),
                context=tuple(c for c in context.split(";") if c and c != ANY),
                cameo=cameo, target=tuple(t for t in target.split(",") if t and t != ANY),
            ))
    return tuple(out)


@functools.lru_cache(maxsize=1)
def cues() -> dict[str, Any]:
    """The closed-class cue lists of event_cues.json, list values as frozensets."""
    with resources.files("newsgraph.extract.data").joinpath("event_cues.json").open(encoding="utf-8") as f:
        data = json.load(f)
    return {k: frozenset(v) if isinstance(v, list) else v for k, v in data.items() if k != "about"}


@functools.lru_cache(maxsize=1)
def _index() -> dict[tuple[str, str], list[LexEntry]]:
    index: dict[tuple[str, str], list[LexEntry]] = {}
    for e in entries():
        index.setdefault((e.pos, e.lemma), []).append(e)
    # rows with a required object are more specific: try them first
    for rows in index.values():
        rows.sort(key=lambda e: not e.objects)
    return index


def verb_entries(lemma: str) -> list[LexEntry]:
    """Verb rows for `lemma`, rows requiring an object first."""
    return _index().get(("V", lemma.lower()), [])


def noun_entry(lemma: str) -> LexEntry | None:
    """The event-noun row for `lemma` ("talk", "visit", "sanction"), or None."""
    rows = _index().get(("N", lemma.lower()), [])
    return rows[0] if rows else None


def modal_entry(word: str, verb: str = "", perfect: bool = False) -> LexEntry | None:
    """The row for a modal of obligation ("must", "should") over the verb lemma `verb`: a row
    naming that verb first ("should think twice" is a warning), else the modal's general row;
    over a perfect ("should have acted sooner"), only the modal's @perfect row; for `verb`
    PENALTY, only the modal's @penalty row."""
    rows = _index().get(("M", word.lower()), [])
    if perfect:
        return next((r for r in rows if PERFECT in r.objects), None)
    if verb == PENALTY:
        return next((r for r in rows if PENALTY in r.objects), None)
    return next((r for r in rows if verb.lower() in r.objects), None) or next(
        (r for r in rows if not r.objects), None)


def statement_entry(lemma: str) -> LexEntry | None:
    """The row for a statement noun ("statement", "commentary"), or None."""
    rows = _index().get(("S", lemma.lower()), [])
    return rows[0] if rows else None


def lookup_verb(lemma: str) -> LexEntry | None:
    """The general (object-free) verb row for `lemma`, or the first row when all need an object.

    This is the lexicon-only baseline's whole coder: no parse, no object check.
    """
    rows = verb_entries(lemma)
    general = [e for e in rows if not e.objects]
    return (general or rows or [None])[0]


@dataclass(frozen=True)
class AgentNoun:
    """A common noun that names an agent ("government", "police", "rebels")."""

    lemma: str
    kind: str
    sector: str


@functools.lru_cache(maxsize=1)
def _agents() -> dict[str, AgentNoun]:
    out: dict[str, AgentNoun] = {}
    with resources.files("newsgraph.extract.data").joinpath("agents.tsv").open(encoding="utf-8") as f:
        for row in csv.reader(f, delimiter="\t"):
            if row and not row[0].startswith("#"):
                lemma, kind, sector = (c.strip() for c in row)
                out[lemma.lower()] = AgentNoun(lemma.lower(), kind, sector)
    return out


def agent_noun(word: str) -> AgentNoun | None:
    """The agents.tsv row for a noun lemma or word form, or None."""
    return _agents().get(word.lower())
