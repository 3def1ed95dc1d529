"""Hyphenated compounds that name a people of one state, not two states.

"the African-American community", "Arab-American voters", "Korean-Americans", "a Mexican-American
lawmaker" name people of the second state (USA) by their descent; "Russian-American talks", "the
Arab-Israeli conflict", "US-ROK drills" name two parties. A compound "<A>-<B>" is a people when B
is a state's demonym (or its plural) and A a demonym or an ethnonym (collectives.tsv), and

  - it is a noun itself ("Korean-Americans", "an African-American"), or
  - the noun it qualifies names people: an agent noun of a group ("voters", "lawmakers"), a post
    ("congressman"), a vague or counted collective ("women", "members") or a populace noun
    ("community", "population"), or
  - A is an ethnonym ("African-American turnout") and the noun is not one of what two parties share
    or do together (collectives.tsv joint: "talks", "conflict").

A state name or alias opening the compound ("US-Korean drills") never makes it a people.
"""

from __future__ import annotations

import functools

from spacy.tokens import Token

from newsgraph.extract.event_lexicon import agent_noun
from newsgraph.extract.lexicon import is_title_head, read_tsv
from newsgraph.extract.states import form_of

# dependencies by which a compound qualifies a noun rather than being the noun
_QUALIFIER_DEPS = frozenset({"amod", "compound", "nmod"})


@functools.lru_cache(maxsize=1)
def collective_words() -> dict[str, frozenset[str]]:
    """collectives.tsv as role -> lower-case words ("part": "thousand", ...; "ethnic": "ethnic")."""
    out: dict[str, set[str]] = {}
    for word, role in read_tsv("collectives.tsv"):
        out.setdefault(role, set()).add(word.lower())
    return {role: frozenset(words) for role, words in out.items()}


def _demonym_code(word: str) -> str | None:
    """The state whose demonym `word` is, also in the plural ("Americans" -> USA)."""
    for text in (word, word[:-1] if word.endswith("s") else None):
        form = form_of(text) if text else None
        if form is not None and form.form == "demonym":
            return form.code
    return None


def _names_people(noun: Token) -> bool:
    """The noun names people: a group's agent noun, a post, a collective or a populace noun."""
    lemma = noun.lemma_.lower()
    words = collective_words()
    agent = agent_noun(lemma) or agent_noun(noun.lower_)
    return (agent is not None and agent.kind == "group") or is_title_head(noun.lower_) or any(
        lemma in words.get(role, ()) for role in ("vague", "part", "populace"))


def _qualified(second: Token) -> Token | None:
    """The noun the compound ending on `second` qualifies, past nouns compounded with it
    ("Russian-American arms control talks" -> talks); None where the compound is the noun."""
    if second.dep_ not in _QUALIFIER_DEPS or second.head is second:
        return None
    noun = second.head
    while noun.dep_ == "compound" and noun.head is not noun:
        noun = noun.head
    return noun


def ethnic_compound(tok: Token) -> tuple[int, int, str] | None:
    """The token span [start, end) of the people's compound holding `tok`, and the state its
    people belong to ("African-American" -> USA); None where `tok` is in no such compound."""
    doc = tok.doc
    for start in range(max(0, tok.i - 2), tok.i + 1):
        if start + 2 >= len(doc):
            break
        first, dash, second = doc[start], doc[start + 1], doc[start + 2]
        if dash.text != "-" or first.whitespace_ or dash.whitespace_ or not first.text[:1].isupper():
            continue
        code = _demonym_code(second.text)
        if code is None:
            continue
        opening = form_of(first.text)
        ethnonym = first.lower_ in collective_words().get("ethnonym", ())
        if not ethnonym and (opening is None or opening.form != "demonym"):
            continue
        noun = _qualified(second)
        people = noun is None or _names_people(noun) or (
            ethnonym and noun.lemma_.lower() not in collective_words().get("joint", ()))
        return (start, start + 3, code) if people else None
    return None
