"""Name shapes and normalisation: what a person's name looks like and how two mentions compare.

Shared by the span rules (`spans`), the actors stage and later stages that need to compare names.
Nothing here knows any particular person: shapes come from the title lexicon (`lexicon`) and the
surname gazetteer (`gazetteer`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from rapidfuzz.fuzz import ratio

from newsgraph.extract.gazetteer import gazetteer
from newsgraph.extract.lexicon import is_honorific, is_peerage, is_title_word, titles

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'"})
_POSSESSIVE = re.compile(r"(?:'s|')$")
_INITIAL = re.compile(r"^(?:[A-Z]\.){1,3}$|^[A-Z]$")
# A romanised Korean syllable as KCNA and Yonhap write them: onset, vowel, optional final.
_KOREAN_SYLLABLE = re.compile(
    r"^(?:ch|kk|tt|pp|ss|jj|th|ph|kh|[bcdghjklmnprstwy])?[wy]?"
    r"(?:ae|eo|eu|oe|ui|ou|o|a|e|i|u)(?:ng|n|m|l|k|p|t)?$"
)
# Countries whose names are written family name first as three short syllables.
_KOREAN = frozenset({"PRK", "KOR"})


def fold(text: str) -> str:
    """Comparison key of a name: accents, case, quotes, hyphens, dots and possessives folded.

    "Kim Jong-un's" and "Kim Jong Un" fold alike; so do "Workers’ Party" and "Workers' Party".
    """
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).translate(_APOSTROPHES)
    words = []
    for word in text.replace("-", " ").split():
        word = _POSSESSIVE.sub("", word).strip(".,;:()\"'")
        if word:
            words.append(word.lower())
    return " ".join(words)


_JOINING_WORDS = frozenset({"for", "and", "or", "the", "to", "in", "on", "of", "by", "a"})


def is_name_word(word: str) -> bool:
    """A capitalised word that can be part of a name: "Ibragimov", "Magomed-Sultan", "O'Neill", "McFadyen".

    Not a hyphenated phrase ("Tit-for-tat", "Follow-up"): its parts after the first are no
    function words.
    """
    if not word or not word[0].isupper():
        return False
    body = word.replace("-", "").replace("'", "").replace("\u2019", "")
    return body.isalpha() and not any(part.lower() in _JOINING_WORDS for part in word.split("-")[1:])


def is_initial(word: str) -> bool:
    """An initial standing for a given name: "G.", "J.R.", "W"."""
    return bool(_INITIAL.match(word))


def is_korean_syllable(word: str) -> bool:
    """A capitalised romanised Korean syllable ("Jong", "Un", "Hui", "Chon")."""
    return is_name_word(word) and len(word) <= 5 and bool(_KOREAN_SYLLABLE.match(word.lower()))


def surname_countries(word: str) -> tuple[str, ...]:
    """Countries where `word` is a usual one-syllable family name written first, else ()."""
    return gazetteer().surnames.get(word, ())


def is_korean_surname(word: str) -> bool:
    """A family name that opens Korean three-syllable names ("Kim", "Choe", "Pak", "Ri")."""
    return bool(_KOREAN.intersection(surname_countries(word)))


def title_prefix_length(words: Sequence[str]) -> int:
    """How many leading words of a person span are a title or form of address, not the name.

    "Foreign Minister Choe Son Hui" -> 2, "Respected Comrade Kim Jong Un" -> 2, "Mr Straw" -> 1,
    "John Major" -> 0 (a title word that ends the span is the surname). The prefix ends at the last
    title word that still leaves a name after it; words before it ("Foreign") belong to the title.
    A peer's style is part of the name: "Lords Leader Baroness Amos" -> 2, as is a judge's style
    after a form of address or a peer's style: "Mr Justice Forbes" -> 0.
    """
    for i in range(len(words) - 2, -1, -1):
        word = words[i].rstrip(".")
        if (is_title_word(word) or is_honorific(words[i])) and not is_peerage(word) and all(
            is_name_word(w) or is_initial(w) for w in words[i + 1:]
        ):
            # "Appeal Court judge Lord Justice Rix": a judge's style after a form of address or a
            # peer's style is part of the name, with them
            if i >= 1 and word.lower() in titles().judicial and (
                    is_honorific(words[i - 1].rstrip(".")) or is_peerage(words[i - 1])):
                return title_prefix_length(words[:i - 1] + words[i + 1:])
            return i + 1
    return 0


def name_words(name: str) -> list[str]:
    """The folded words of a person's name without forms of address ("Mr Straw" -> ["straw"])."""
    return [w for w in fold(name).split() if not is_honorific(w) and w not in titles().honorifics]


def peer_surname(name: str) -> str | None:
    """The folded name a peer's style is followed by ("Lord Kinnock of Bedwellty" -> "kinnock"), or None
    for a name that does not open with a peer's style."""
    words = name.split()
    if len(words) >= 2 and is_peerage(words[0]) and is_name_word(words[1]):
        return fold(words[1])
    return None


# marks of generation after a family name ("Ferdinand Marcos Jr."), never a short form of the name
_GENERATION_MARKS = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})


def name_words(name: str) -> list[str]:
    """The words of a person's name less a closing mark of generation ("Marcos Jr." -> "Marcos")."""
    words = name.split()
    while len(words) > 2 and words[-1].lower() in _GENERATION_MARKS:
        words.pop()
    if words:
        words[-1] = words[-1].rstrip(",")
    return words


def short_keys(name: str) -> set[str]:
    """Folded one-word forms a later mention may use for the person named `name`.

    The last word ("Petrov" for "Ivan Petrov"), the last two of a longer name (a double-barrelled
    family name written without its hyphen), and the first: the family name of names written
    family name first ("Kim", "Nguyen"), or the given name that quotes use ("Robert has said").
    """
    words = name_words(name)
    keys: set[str] = set()
    if len(words) >= 2:
        keys.add(fold(words[-1]))
        if len(words) >= 3:
            keys.add(fold(" ".join(words[-2:])))  # "Kilroy-Silk" for "Robert Kilroy Silk"
        if surname_countries(words[0]) or not is_initial(words[0]):
            keys.add(fold(words[0]))  # "Kim" for a Korean name; "Robert" in a quote for a given name
    return keys


def same_person(full: str, other: str) -> bool:
    """True when two full names can be one person in one article.

    Equal after folding; one adds a middle name or patronymic ("Dmitri Ivanovich Petrov" /
    "Dmitri Petrov"); an initial stands for the given name ("G. Zyuganov" / "Gennady Zyuganov");
    or the given name is spelt two ways ("Viktor Makarov" / "Victor Makarov") or in its short form
    ("Tim Sloan" / "Timothy J. Sloan").
    """
    a, b = name_words(full), name_words(other)
    if not a or not b:
        return False
    if a == b or "".join(a) == "".join(b):
        return True
    if len(a) < 2 or len(b) < 2 or a[-1] != b[-1]:
        return False
    first_a, first_b = a[0].rstrip("."), b[0].rstrip(".")
    if first_a == first_b or _spelt_apart(first_a, first_b) or _short_given(first_a, first_b):
        return True
    return (len(first_a) == 1 and first_b.startswith(first_a)) or (len(first_b) == 1 and first_a.startswith(first_b))


# given names this close (rapidfuzz ratio) with one family name are one name spelt two ways in one
# article ("Viktor"/"Victor" = 83); short names must be equal ("Jon" is not "John")
_GIVEN_SPELLINGS = 80.0
_GIVEN_MIN_LENGTH = 4


def _short_given(a: str, b: str) -> bool:
    """"Tim" for "Timothy", "Ken" for "Kenneth": a given name cut to its first three letters or more."""
    short, long = sorted((a, b), key=len)
    return len(short) >= 3 and len(long) - len(short) >= 2 and long.startswith(short)


def _spelt_apart(a: str, b: str) -> bool:
    return min(len(a), len(b)) >= _GIVEN_MIN_LENGTH and a[0] == b[0] and ratio(a, b) >= _GIVEN_SPELLINGS


def initials(name: str) -> str:
    """The acronym a body's name spells: "Confederation of British Industry" -> "CBI",
    "Workers' Party of Korea" -> "WPK"; joining words ("of", "and", "the") are skipped."""
    words = unicodedata.normalize("NFKD", name).replace("-", " ").split()
    return "".join(w[0].upper() for w in words if w.lower() not in _JOINING_WORDS and w[0].isalpha())
