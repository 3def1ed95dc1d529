"""Which state a person or body belongs to, read from the words around its name.

  "Russian Foreign Minister X"                 -> RUS  (a state word before the title)
  "X, Deputy Minister of Defense of Russia"    -> RUS  (a state word in the title after the name)
  "Russian Security Council", "DPRK Foreign Ministry", "Communist Party of Vietnam" -> the state
                                                  word inside the body's name
  "Key Russian officials who met ... included A, T1; B, T2; and C, T3", "the Chinese delegation,
  including A and B"                           -> the state of the group the list names its members of
  a dateline "(KCNA)" or "(Yonhap)"            -> the home state of a state news agency, for
                                                  names shaped like that state's names
Public so the positions stage can ask the same questions of its titles.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from spacy.tokens import Doc, Token

from newsgraph.extract.gazetteer import gazetteer
from newsgraph.extract.groups import cue_at, list_items
from newsgraph.extract.lexicon import is_honorific, is_title_word
from newsgraph.extract.names import surname_countries
from newsgraph.extract.states import MAX_STATE_TOKENS, code_of, form_of
from newsgraph.model import Actor

_DATELINE = re.compile(r"\(([A-Z][A-Za-z\-]+)\)")
_APPOSITION_STOPS = frozenset({";", ".", "(", ")", ":", "\n"})
_LOOKBACK = 6  # title words before a name: "Russian Deputy Foreign Minister" is four
# "X, a German national": nouns after a demonym that state the person's citizenship
_NATIONALS = frozenset({"national", "citizen"})


# A state named after these words is where or towards whom ("Ambassador to the DPRK", "Embassy
# of X in Y"), and before these it is a subject matter ("Department of U.S. Affairs"): neither is
# the country of the post or body that names it.
_NOT_OWNER_BEFORE = frozenset({"to", "in", "with", "against", "toward", "towards", "on"})
_NOT_OWNER_AFTER = frozenset({"affairs", "relations", "desk"})


def state_in(doc: Doc, start: int, end: int) -> str | None:
    """ISO3 of the first state name or demonym among tokens [start, end) that owns the phrase,
    longest match first (see _NOT_OWNER_BEFORE/_AFTER for the states that do not)."""
    i = start
    while i < end:
        for width in range(min(MAX_STATE_TOKENS, end - i), 0, -1):
            code = code_of(doc[i:i + width].text)
            if code:
                before = doc[i - 1].lower_ if i > start else ""
                if before == "the" and i - 1 > start:
                    before = doc[i - 2].lower_
                after = doc[i + width].lower_ if i + width < len(doc) else ""
                if before in _NOT_OWNER_BEFORE or after in _NOT_OWNER_AFTER:
                    i += width - 1
                    break
                return code
        i += 1
    return None


def country_before(doc: Doc, start: int) -> str | None:
    """ISO3 of a state word opening the title right before token `start` ("Russian Foreign Minister"),
    or of a nationality describing the person ("Polish striker X", "Lebanese lecturer and activist X")."""
    i = start - 1
    seen_title = False
    described = True   # only common nouns (and "and") so far: "striker", "lecturer and activist"
    while i >= 0 and start - i <= _LOOKBACK:
        tok = doc[i]
        if is_title_word(tok.text) or is_honorific(tok.text):
            seen_title = True
        elif (region := _region_ending_at(doc, i)) is not None:
            # "Northern Ireland Minister X": the region's state, not the state its last word names
            return region if seen_title else None
        elif code_of(tok.text):
            if seen_title:
                return code_of(tok.text)
            return code_of(tok.text) if described and _is_demonym(tok.text) else None
        elif tok.is_lower and (tok.pos_ == "NOUN" or tok.lower_ == "and"):
            i -= 1
            continue
        elif not (tok.text[:1].isupper() or tok.lower_ in ("of", "the", "-")):
            return None
        described = False
        i -= 1
    return None


def _region_ending_at(doc: Doc, i: int) -> str | None:
    """ISO3 of a known region or place of two or more words ending at token `i` ("Northern Ireland")."""
    for width in range(MAX_STATE_TOKENS, 1, -1):
        if i - width + 1 < 0:
            continue
        known = gazetteer().named(doc[i - width + 1:i + 1].text)
        if known is not None and known.kind in ("region", "place") and known.country:
            return known.country
    return None


def _is_demonym(word: str) -> bool:
    form = form_of(word)
    return form is not None and form.form == "demonym"


def country_after(doc: Doc, end: int) -> str | None:
    """ISO3 of a state word, or of a city's state, in the apposition after a name
    (", Deputy Minister ... of Russia", ", a professor at a university in <city>")."""
    if end >= len(doc) or doc[end].text != ",":
        return None
    i = end + 1
    if i < len(doc) and doc[i].lower_ in ("a", "an", "the"):
        i += 1
    # "X, a German national", "X, an Iranian citizen"
    if i + 1 < len(doc) and doc[i + 1].lemma_.lower() in _NATIONALS and _is_demonym(doc[i].text):
        return code_of(doc[i].text)
    if i >= len(doc) or not (is_title_word(doc[i].text) or is_title_word(doc[i].lemma_)):
        return None
    stop = i
    while stop < len(doc) and doc[stop].text not in _APPOSITION_STOPS and doc[stop].text != "," \
            and not (stop > i and doc[stop].is_sent_start):
        stop += 1
    return state_in(doc, i, stop) or city_country_in(doc, i, stop)


def city_country_in(doc: Doc, start: int, end: int) -> str | None:
    """ISO3 of the first city of `cities.tsv` among tokens [start, end)."""
    cities = gazetteer().cities
    for i in range(start, end):
        for width in range(min(MAX_STATE_TOKENS, end - i), 0, -1):
            if (iso3 := cities.get(doc[i:i + width].text)) is not None:
                return iso3
    return None


def _group_country(noun: Token) -> str | None:
    """The one state a group noun is of: "Key Russian officials", "delegates from China"."""
    doc = noun.doc
    codes: set[str | None] = set()
    before = [t for t in noun.lefts if t.dep_ in ("amod", "compound", "nmod", "poss")]
    if before:
        codes.add(state_in(doc, before[0].left_edge.i, noun.i))
    for prep in noun.rights:
        if prep.lower_ in ("from", "of"):
            codes.update(code_of(t.text) for t in prep.children if t.dep_ == "pobj")
    codes.discard(None)
    return codes.pop() if len(codes) == 1 else None


def _cue_noun(cue: Token) -> Token | None:
    """The group noun a member cue lists the members of: the subject of "included", the noun
    "including" follows."""
    if cue.pos_ in ("VERB", "AUX") and cue.dep_ not in ("prep", "acl"):
        return next((t for t in cue.children if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "NOUN"), None)
    return cue.head if cue.head.pos_ == "NOUN" else None


def listed_country(doc: Doc, start: int) -> str | None:
    """ISO3 of the group whose members a list names, the name at token `start` among them.

    "Key Russian officials who met X included A, T1; B, T2; and C, T3" -> RUS for A, B and C.
    """
    sent = doc[start].sent
    names = {e.start: e.end for e in sent.ents if e.label_ == "PERSON"}
    for k in range(sent.start, start):
        n = cue_at(doc, k, "member", start)
        if n and start in list_items(doc, k + n, sent.end, names):
            noun = _cue_noun(doc[k])
            return _group_country(noun) if noun is not None else None
    return None


def home_country(text: str) -> str | None:
    """The state whose news agency datelines the text ("Pyongyang, May 5 (KCNA) --"), or None."""
    for match in _DATELINE.finditer(text[:300]):
        known = gazetteer().known.get(match.group(1))
        if known is not None and known.kind == "media" and known.country:
            return known.country
    return None


def leading_country(actors: Iterable[Actor], text: str) -> str | None:
    """The state an article's politics are of: its dateline's (`home_country`), else the one
    country that most of its mentions of parties, bodies, outlets and people are of (a British
    story about Labour and the Tories), or None where no country leads. States named do not
    count: a story of Britain's aid to Indonesia names Indonesia most."""
    home = home_country(text)
    if home is not None:
        return home
    counts: Counter[str] = Counter()
    for actor in actors:
        if actor.country and actor.kind not in ("state", "group", "region"):
            counts[actor.country] += len(actor.mentions)
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def _titled_of_state(doc: Doc, start: int, end: int) -> str | None:
    """"Prime Minister Narendra Modi of India": a titled name followed by "of" and a state name."""
    if start == 0 or end + 1 >= len(doc) or doc[end].lower_ != "of" or not is_title_word(doc[start - 1].text):
        return None
    first = end + 2 if doc[end + 1].lower_ == "the" else end + 1
    stop = first
    while stop < len(doc) and doc[stop].pos_ == "PROPN":
        stop += 1
    return code_of(doc[first:stop].text) if stop > first else None


def person_country(doc: Doc, start: int, end: int, home: str | None = None) -> str | None:
    """ISO3 of the person named by tokens [start, end) where the words around the name say it.

    `home` is the dateline state (`home_country`): it applies to names of that state's shape only.
    """
    found = country_before(doc, start) or country_after(doc, end) or listed_country(doc, start) \
        or _titled_of_state(doc, start, end)
    if found:
        return found
    if home and home in surname_countries(doc[start].text):
        return home
    return None
