"""Person names across articles: strip forms of address, fold romanisation variants, compare.

Within one article the extractor already ties "Zyuganov" to "Gennady Zyuganov"; across articles
the same person is written "Gorbachyov" by one outlet and "Gorbachev" by another, "Kim Jong Un"
by KCNA and "Kim Jong-un" by Yonhap. `person_name` reduces a name to folded words with its family
name identified; `compare_names` says how two such names relate. Both are pure functions.

Transliteration rules are data (`data/transliteration.tsv`); titles and honorifics come from the
extractor's title lexicon, so "Respected Comrade", "Marshal" and "Mr" are one list in the project.
"""

from __future__ import annotations

import csv
import functools
import re
from dataclasses import dataclass
from enum import Enum
from importlib import resources

from rapidfuzz.fuzz import ratio

from newsgraph.extract.lexicon import is_honorific, is_title_word
from newsgraph.extract.names import fold, surname_countries

# Given names this close (rapidfuzz ratio, 0-100) after folding are one name spelt two ways
# ("alexandr"/"alexander" = 94); "sergey"/"sergo" and other distinct names stay below.
GIVEN_NAME_SIMILARITY = 88.0
# Shorter words (Korean syllables, "Ivan"/"Iван") must be equal: one letter changes the name.
FUZZY_MIN_LENGTH = 5
_INITIAL = re.compile(r"^[a-z](?:\.[a-z]){0,2}\.?$")


@functools.lru_cache(maxsize=1)
def _rules() -> tuple[tuple[re.Pattern[str], str], ...]:
    path = resources.files("newsgraph.resolve.data").joinpath("transliteration.tsv")
    with path.open(encoding="utf-8") as f:
        rows = [row for row in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
                if row and row[0] and not row[0].startswith("#")]
    return tuple((re.compile(pattern), replacement) for pattern, replacement in rows)


def fold_word(word: str) -> str:
    """One folded word of a name with its romanisation variants reduced to one spelling
    ("chebotaryov" -> "chebotarev", "andrei" -> "andrey", "yevkurov" -> "evkurov")."""
    if is_initial(word):
        return word
    for pattern, replacement in _rules():
        word = pattern.sub(replacement, word)
    return word


def is_initial(word: str) -> bool:
    """A folded initial standing for a given name: "g", "g.", "j.r"."""
    return bool(_INITIAL.match(word))


def strip_titles(name: str) -> str:
    """The name without leading titles and forms of address ("Respected Comrade Kim Jong Un" ->
    "Kim Jong Un", "Marshal Kim Jong Un" -> "Kim Jong Un", "Mr. Straw" -> "Straw"), keeping at
    least one word."""
    words = name.split()
    while len(words) > 1 and (is_honorific(words[0]) or is_title_word(words[0].rstrip(".,"))):
        words = words[1:]
    return " ".join(words)


@dataclass(frozen=True)
class PersonName:
    """A person's name reduced for comparison.

    `family` is the family name; `given` the given names in order (for family-name-first names
    such as Korean and Chinese ones the syllables are joined: "Jong-un" and "Jong Un" -> "jongun").
    """

    family: str
    given: tuple[str, ...]
    family_first: bool

    @property
    def key(self) -> str:
        """One string for exact lookups: equal keys are the same name."""
        words = (self.family, *self.given) if self.family_first else (*self.given, self.family)
        return " ".join(words)


def person_name(text: str) -> PersonName:
    """`text` (a name as printed, possibly with titles) reduced to a `PersonName`."""
    original = strip_titles(text).replace("-", " ").split()
    words = fold(" ".join(original)).split()
    if not words:
        return PersonName(family="", given=(), family_first=False)
    # East Asian names open with a one-syllable family name written first ("Kim Jong Un", "Xi Jinping").
    if len(words) >= 2 and len(words) <= 3 and surname_countries(original[0].capitalize()):
        return PersonName(family=words[0], given=("".join(words[1:]),), family_first=True)
    folded = [fold_word(w) for w in words]
    return PersonName(family=folded[-1], given=tuple(folded[:-1]), family_first=False)


class NameRelation(Enum):
    """How two names relate, strongest first. Only the first four can name one person alone."""

    same = "same"              # equal after folding ("Kim Jong-un" / "Kim Jong Un")
    reordered = "reordered"    # same words, other order ("Zyuganov Gennady" / "Gennady Zyuganov")
    middle_name = "middle_name"  # one adds a middle name or patronymic
    initials = "initials"      # an initial stands for the given name ("G. Zyuganov")
    variant = "variant"        # given names spelt alike ("Aleksandr" / "Alexander")
    family_only = "family_only"  # one name is the other's family name alone ("Zyuganov")
    different = "different"


# Strength of each relation on a 0-100 scale: the name side of a match decision's score.
NAME_SCORES = {
    NameRelation.same: 100.0, NameRelation.reordered: 95.0, NameRelation.middle_name: 92.0,
    NameRelation.initials: 88.0, NameRelation.variant: 85.0, NameRelation.family_only: 60.0,
    NameRelation.different: 0.0,
}


def _given_relation(a: str, b: str, family_first: bool) -> NameRelation:
    if a == b:
        return NameRelation.same
    if is_initial(a) and b.startswith(a.rstrip(".")[0]) or is_initial(b) and a.startswith(b.rstrip(".")[0]):
        return NameRelation.initials
    if (not family_first and min(len(a), len(b)) >= FUZZY_MIN_LENGTH
            and ratio(a, b) >= GIVEN_NAME_SIMILARITY):
        return NameRelation.variant
    return NameRelation.different


def compare_names(a: PersonName, b: PersonName) -> NameRelation:
    """How names `a` and `b` relate. A shared family name with different given names is
    `different`: "Kim Jong Un", "Kim Yo Jong" and "Kim Tok Hun" are three people."""
    if not a.family or not b.family:
        return NameRelation.different
    if a.key == b.key or a.key.replace(" ", "") == b.key.replace(" ", ""):
        return NameRelation.same
    words_a, words_b = a.key.split(), b.key.split()
    if len(words_a) > 1 and sorted(words_a) == sorted(words_b):
        return NameRelation.reordered
    if a.family != b.family:
        return NameRelation.different
    if not a.given or not b.given:
        return NameRelation.family_only
    first = _given_relation(a.given[0], b.given[0], a.family_first and b.family_first)
    if first is NameRelation.different:
        return NameRelation.different
    if len(a.given) != len(b.given):
        # The longer name adds a middle name or patronymic ("Dmitry Anatolyevich ...").
        return {NameRelation.same: NameRelation.middle_name,
                NameRelation.initials: NameRelation.initials}.get(first, NameRelation.different)
    if any(_given_relation(x, y, False) is NameRelation.different for x, y in zip(a.given[1:], b.given[1:])):
        return NameRelation.different
    return NameRelation.variant if first is NameRelation.same else first
