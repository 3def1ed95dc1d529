"""Data files of `extract/data/` loaded once per process: the shared title lexicon and TSV tables.

The title lexicon (`titles.tsv`) is shared by the actors stage (titles are cut off person names)
and the positions stage (titles become posts). Each row is `phrase<TAB>role` with role one of
`head` (the noun a post is built on: minister, governor), `qualifier` (acting, former, deputy)
or `honorific` (a form of address stripped from names: Comrade, Mr, Respected), or `address` (a
head that is only a form of address after an honorific: "respected Marshal X"). A phrase may
have several roles on several rows ("deputy" is a head and a qualifier).
"""

from __future__ import annotations

import csv
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources

DATA_PACKAGE = "newsgraph.extract.data"
_FUNCTION_WORDS = frozenset({"of", "the", "and", "for", "in", "on"})


def read_tsv(name: str) -> Iterator[list[str]]:
    """Rows of the data file `name`, cells stripped; blank lines and `#` comments skipped."""
    with resources.files(DATA_PACKAGE).joinpath(name).open(encoding="utf-8") as f:
        for row in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            if not row or not row[0].strip() or row[0].startswith("#"):
                continue
            yield [cell.strip() for cell in row]


@dataclass(frozen=True)
class TitleLexicon:
    """Title phrases by role, all lower case. `words` holds every single word of any title phrase."""

    heads: frozenset[str]
    qualifiers: frozenset[str]
    honorifics: frozenset[str]
    knighthoods: frozenset[str]
    addresses: frozenset[str]
    peerages: frozenset[str]
    postnominals: frozenset[str]
    judicial: frozenset[str]
    words: frozenset[str]

    @property
    def longest(self) -> int:
        """Most words in one phrase: how far a matcher must look ahead."""
        return max(len(p.split()) for p in self.heads | self.qualifiers | self.honorifics)


@functools.lru_cache(maxsize=1)
def titles() -> TitleLexicon:
    """The title lexicon from `titles.tsv`, loaded once."""
    by_role: dict[str, set[str]] = {"head": set(), "qualifier": set(), "honorific": set(), "knighthood": set(),
                                   "address": set(), "peerage": set(), "postnominal": set(), "judicial": set()}
    for phrase, role, *_ in read_tsv("titles.tsv"):
        if role not in by_role:
            raise ValueError(f"titles.tsv: unknown role {role!r} for {phrase!r}")
        by_role[role].add(phrase.lower())
    # single words of title phrases, less the function words that join them ("chief of staff")
    words = {w for phrases in (by_role["head"], by_role["qualifier"]) for p in phrases for w in p.split()}
    words -= _FUNCTION_WORDS
    return TitleLexicon(
        heads=frozenset(by_role["head"]),
        qualifiers=frozenset(by_role["qualifier"]),
        honorifics=frozenset(by_role["honorific"] | by_role["knighthood"]),
        knighthoods=frozenset(by_role["knighthood"]),
        addresses=frozenset(by_role["address"]),
        peerages=frozenset(by_role["peerage"]),
        postnominals=frozenset(by_role["postnominal"]),
        judicial=frozenset(by_role["judicial"]),
        words=frozenset(words),
    )


def is_title_word(word: str) -> bool:
    """True for a word of a title or form of address ("Minister", "deputy", "Vice-Chairman", "Mr";
    an abbreviation written with stops, "C.E.O.", as without them)."""
    key = word.lower()
    if re.fullmatch(r"(?:[a-z]\.)+[a-z]?\.?", key):
        key = key.replace(".", "")
    lex = titles()
    return key in lex.words or key in lex.heads or key in lex.qualifiers or is_honorific(key)


def is_lone_title_word(word: str) -> bool:
    """True for a title word that is a post or qualifier on its own ("Leader", "Deputy"), not only
    a word inside a longer title ("State" of "Secretary of State", "Staff" of "Chief of Staff")."""
    key = word.lower()
    lex = titles()
    return key in lex.heads or key in lex.qualifiers or is_honorific(key)


def is_title_head(phrase: str) -> bool:
    """True for a post's head noun or phrase ("minister", "General Secretary", "governor")."""
    return phrase.lower() in titles().heads


def is_title_qualifier(word: str) -> bool:
    """True for a word that qualifies a post ("acting", "former", "deputy", "first", "vice")."""
    return word.lower() in titles().qualifiers


def is_honorific(phrase: str) -> bool:
    """True for a form of address ("Comrade", "Mr.", "Respected"), a peer's style included."""
    return phrase.lower() in titles().honorifics or is_peerage(phrase)


def is_postnominal(word: str) -> bool:
    """True for capitals written after a name and no part of it ("QC", "MP", "OBE")."""
    return word.isupper() and word.lower() in titles().postnominals


def is_form_of_address(head: str) -> bool:
    """True for a head that after an honorific only addresses its holder ("respected Marshal X")."""
    return head.lower() in titles().addresses


# the words of a region named by its bearing ("the North East", "the South-West")
_BEARINGS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                       "north-east", "north-west", "south-east", "south-west", "-"})


def is_bearing(word: str) -> bool:
    """True for a word of a compass bearing ("North", "south-east"), which names no person."""
    return word.lower() in _BEARINGS


def is_knighthood(word: str) -> bool:
    """True for a knight's style ("Sir", "Dame"), a form of address of its own."""
    return word.lower() in titles().knighthoods


def is_peerage(word: str) -> bool:
    """True for a peer's style, which stays part of the name it opens ("Lord", "Baroness")."""
    return word.lower() in titles().peerages
