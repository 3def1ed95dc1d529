"""Posts of public record and who held them when (data/office_holders.tsv).

News names a head of government or a senior minister by the post alone once readers know who holds
it: a story that says "Tony Blair" once may say "the prime minister" eight times, and never writes
"Prime Minister Tony Blair". The participants and quote stages ask `known_holder` for such a post
when the article ties it to no name: the one person the article names who held the post (at the
article's date, where the article has one) is its referent.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from newsgraph.extract.lexicon import read_tsv
from newsgraph.extract.names import name_words, same_person, surname_countries
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


@functools.lru_cache(maxsize=1)
def holder_family_names() -> frozenset[str]:
    """The family names of the listed holders ("Putin", "Erdogan"; "Xi" of a name written family
    name first): people of public record whom news names by the family name alone."""
    words = [name_words(name) for t in tenures() for name in t.names]
    return frozenset(w[0] if len(w) > 1 and surname_countries(w[0]) else w[-1] for w in words)


def _held_then(tenure: Tenure, day: str | None, past: bool) -> bool:
    """Whether the tenure fits a post named on `day`: "the president" is its holder that day,
    "the former president" one who had left it by then; with no day, any holder fits."""
    if day is None:
        return True
    if past:
        return tenure.end is not None and tenure.end <= day
    return tenure.start <= day and (tenure.end is None or day <= tenure.end)


def known_holder(words: Iterable[str], country: str | None, past: bool, day: str | None,
                 people: Iterable[Actor], named: Iterable[Actor] = (), text: str = "") -> str | None:
    """The id of the one person among `people` who held the post named by `words` (of `country`,
    where the phrase names one) at `day`, or None when none or several did. With no day, of several
    such people the one in whose time in the post the article's other `named` people held posts
    the `text` names is meant ("the prime minister" in a story naming Tony Blair and Gordon Brown,
    "the chancellor", is Blair: Brown was chancellor in Blair's years, not in his own)."""
    post = frozenset(w for w in words if w not in _LINKING)
    fitting = [t for t in tenures() if t.post == post and (country is None or t.country == country)
               and _held_then(t, day[:10] if day else None, past)]
    if not fitting:
        return None
    found: dict[str, list[Tenure]] = {}
    for a in people:
        held = [t for t in fitting if _holds(t, a)]
        if held:
            found[a.id] = held
    if len(found) == 1:
        return next(iter(found))
    if day is not None or not found:
        return None
    # each other person's time in the posts the text names, read once
    said = set(re.findall(r"[a-z]+", text.lower()))
    named_posts = [u for u in tenures() if u.post != post and u.post <= said]
    others = {o.id: [u for u in named_posts if _holds(u, o)] for o in named}
    scores = {pid: sum(1 for oid, posts in others.items() if oid != pid and any(
        _overlap(t, u) for t in held for u in posts)) for pid, held in found.items()}
    best = max(scores.values())
    leaders = [pid for pid, score in scores.items() if score == best]
    return leaders[0] if best > 0 and len(leaders) == 1 else None


def _holds(tenure: Tenure, person: Actor) -> bool:
    """Whether `person` is the tenure's holder, by any spelling of either."""
    return any(same_person(n, name) for n in tenure.names for name in (person.name, *person.aliases))


def _overlap(a: Tenure, b: Tenure) -> bool:
    """Whether two tenures share a day in office beyond the one a post changes hands on."""
    return a.start < (b.end or "9999") and b.start < (a.end or "9999")
