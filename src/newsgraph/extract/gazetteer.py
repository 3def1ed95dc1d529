"""The actor gazetteers of `extract/data/`, loaded once per process into lookup tables.

Files and what they give:
  states.tsv                        state names, aliases, demonyms, capitals -> ISO3
  heads.tsv                         head nouns of bodies and places -> actor kind, sector
  outlets.tsv                       news outlets -> canonical name, country
  international_organizations.tsv   international bodies -> canonical name, sector
  national_bodies.tsv               a state's bodies whose names do not say the state -> country,
                                    kind, sector ("Home Office", "Knesset")
  parties.tsv                       parties whose names carry no head noun -> canonical, country
  armed_groups.tsv                  non-state armed groups -> canonical name, country, sector
  places.tsv                        regions (actors) and places (never actors) -> country; the
                                    states of a federation among the places
  surnames.tsv                      one-syllable East Asian family names -> countries
  exercises.tsv                     nouns that mark drill and operation names
  genders.tsv                       given names and honorifics/gendered nouns -> F or M
  cities.tsv                        cities that are no capital -> ISO3 of their state
Lookups of known names are by exact surface form: "WHO" the body is not "who".
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from newsgraph.extract.lexicon import read_tsv


@dataclass(frozen=True)
class StateForm:
    """One surface form of a state: its ISO3 code and whether it is a name, demonym or capital."""

    code: str
    form: str  # name | alias | demonym | capital
    ambiguous: bool
    surface: str  # as the table writes it, without a leading "the"


@dataclass(frozen=True)
class Head:
    """What a head noun says about the body it names."""

    kind: str
    sector: str | None


@dataclass(frozen=True)
class Known:
    """A named actor or place from a gazetteer."""

    name: str
    kind: str
    country: str | None
    sector: str | None


@dataclass(frozen=True)
class Gazetteer:
    """All actor gazetteers; build once with `gazetteer()`."""

    states: dict[str, StateForm]          # lower-cased surface -> form
    state_names: dict[str, str]           # ISO3 -> canonical name
    heads: dict[str, Head]                # lower-cased head, singular and plural -> Head
    singulars: dict[str, str]             # lower-cased plural head -> its singular
    known: dict[str, Known]               # exact surface -> outlet, international body, party, place
    surnames: dict[str, tuple[str, ...]]  # surname -> countries
    exercise_words: frozenset[str]
    longest_head: int  # most words in one head noun phrase
    given_genders: dict[str, str]         # given name -> "F" or "M"
    mark_genders: dict[str, str]          # lower-cased honorific or gendered noun -> "F" or "M"
    pronoun_genders: dict[str, str]       # "he", "her", ... -> "F" or "M"
    federated: dict[str, str]             # exact surface of a federation's state -> ISO3 of the federation
    cities: dict[str, str]                # exact surface of a city (no capital) -> ISO3 of its state

    def state(self, text: str) -> StateForm | None:
        """The state form `text` is (case-insensitive, leading "the" ignored), or None."""
        key = " ".join(text.split()).lower()
        found = self.states.get(key)
        if found is None and key.startswith("the "):
            found = self.states.get(key[4:])
        return found

    def named(self, text: str) -> Known | None:
        """The outlet, international body or party `text` names, by a surface form or its canonical
        name ("WPK", "Workers' Party of Korea"), or None."""
        found = self.known.get(text)
        if found is None:
            found = _canonical_names().get(text.replace("\u2019", "'"))
        return found

    def head(self, text: str) -> Head | None:
        """The head noun entry for `text` (case-insensitive), or None."""
        return self.heads.get(" ".join(text.split()).lower())


@functools.lru_cache(maxsize=1)
def _canonical_names() -> dict[str, Known]:
    return {k.name: k for k in gazetteer().known.values() if k.kind != "place"}


def _states() -> tuple[dict[str, StateForm], dict[str, str]]:
    forms: dict[str, StateForm] = {}
    names: dict[str, str] = {}
    for surface, code, form, *rest in read_tsv("states.tsv"):
        ambiguous = bool(rest and rest[0] == "ambiguous")
        bare = surface[4:] if surface.lower().startswith("the ") else surface
        forms.setdefault(surface.lower(), StateForm(code, form, ambiguous, bare))
        if form == "name":
            names.setdefault(code, surface)
    return forms, names


def _heads() -> tuple[dict[str, Head], dict[str, str]]:
    heads: dict[str, Head] = {}
    singulars: dict[str, str] = {}
    for head, plural, kind, *rest in read_tsv("heads.tsv"):
        entry = Head(kind, rest[0] if rest and rest[0] else None)
        heads.setdefault(head, entry)
        heads.setdefault(plural, entry)
        if plural != head:
            singulars.setdefault(plural, head)
    return heads, singulars


def _known() -> dict[str, Known]:
    known: dict[str, Known] = {}
    for surface, name, country, *_ in read_tsv("outlets.tsv"):
        known[surface] = Known(name, "media", country or None, "MED")
    for surface, name, sector, *_ in read_tsv("international_organizations.tsv"):
        known[surface] = Known(name, "international_organization", None, sector or None)
    for surface, country, kind, sector, *_ in read_tsv("national_bodies.tsv"):
        known[surface] = Known(surface, kind, country, sector or None)
    for surface, name, country, *_ in read_tsv("parties.tsv"):
        known[surface] = Known(name, "party", country or None, "PTY")
    for surface, name, country, sector, *_ in read_tsv("armed_groups.tsv"):
        known[surface] = Known(name, "organization", country or None, sector or None)
    for surface, kind, *rest in read_tsv("places.tsv"):
        known[surface] = Known(surface, kind, (rest[0] if rest else "") or None, None)
    return known


@functools.lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """Every gazetteer, loaded once per process."""
    states, names = _states()
    surnames = {row[0]: tuple(row[1].split(",")) for row in read_tsv("surnames.tsv")}
    exercise = frozenset(row[0].lower() for row in read_tsv("exercises.tsv"))
    heads, singulars = _heads()
    longest = max(len(h.split()) for h in heads)
    genders = list(read_tsv("genders.tsv"))
    given = {surface: gender for surface, gender, kind in genders if kind == "given"}
    marks = {surface.lower(): gender for surface, gender, kind in genders if kind == "mark"}
    pronouns = {surface: gender for surface, gender, kind in genders if kind == "pronoun"}
    federated = {surface: rest[0] for surface, _, *rest in read_tsv("places.tsv")
                 if len(rest) > 1 and rest[1] == "federated"}
    cities = {city: iso3 for city, iso3, *_ in read_tsv("cities.tsv")}
    return Gazetteer(states, names, heads, singulars, _known(), surnames, exercise, longest, given, marks,
                     pronouns, federated, cities)
