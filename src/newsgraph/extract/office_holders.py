"""Posts of public record and who held them when (data/office_holders.tsv).

News names a head of government or a senior minister by the post alone once readers know who holds
it: a story that says "Tony Blair" once may say "the prime minister" eight times, and never writes
"Prime Minister Tony Blair". The participants and quote stages ask `known_holder` for such a post
when the article ties it to no name: the one person the article names who held the post (at the
article's date, where the article has one) is its referent.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass

from newsgraph.extract.lexicon import read_tsv
from newsgraph.extract.names import same_person
from newsgraph.model import Actor

# the words of a post that say nothing of which post it is ("secretary of state")
_LINKING = frozenset({"of", "the", "for"})


@dataclass(frozen=True)
class Tenure:
    """One person's time in one post."""

    country: str
    post: frozenset[str]        # the post's words, less linking words
    names: tuple[str, ...]      # the holder's name, then other spellings
    start: str                  # ISO date
    end: str | None             # ISO date; None while in office


def post_words(post: str) -> frozenset[str]:
    """The words that name a post ("Secretary of State" -> {"secretary", "state"})."""
    return frozenset(w for w in post.lower().split() if w not in _LINKING)


@functools.lru_cache(maxsize=1)
def tenures() -> tuple[Tenure, ...]:
    """Every row of data/office_holders.tsv."""
    return tuple(Tenure(country, post_words(post), tuple(names.split("|")), start, end or None)
                 for country, posts, names, start, *rest in read_tsv("office_holders.tsv")
                 for post in posts.split("|") for end in [rest[0] if rest else ""])


def _held_then(tenure: Tenure, day: str | None, past: bool) -> bool:
    """Whether the tenure fits a post named on `day`: "the president" is its holder that day,
    "the former president" one who had left it by then; with no day, any holder fits."""
    if day is None:
        return True
    if past:
        return tenure.end is not None and tenure.end <= day
    return tenure.start <= day and (tenure.end is None or day <= tenure.end)


def known_holder(words: Iterable[str], country: str | None, past: bool, day: str | None,
                 people: Iterable[Actor]) -> str | None:
    """The id of the one person among `people` who held the post named by `words` (of `country`,
    where the phrase names one) at `day`, or None when none or several did."""
    post = frozenset(w for w in words if w not in _LINKING)
    fitting = [t for t in tenures() if t.post == post and (country is None or t.country == country)
               and _held_then(t, day[:10] if day else None, past)]
    if not fitting:
        return None
    found = {a.id for a in people for t in fitting
             if any(same_person(n, name) for n in t.names for name in (a.name, *a.aliases))}
    return found.pop() if len(found) == 1 else None
