"""States by name, alias, demonym and capital, coded ISO 3166-1 alpha-3.

`states.tsv` is the hand-checked table; pycountry fills in official names it lacks
("Kingdom of Norway"). Capitals name a state only where the text uses them as its government,
which the caller decides; `code_of` answers for them only when asked.
"""

from __future__ import annotations

import functools

import pycountry

from newsgraph.extract.gazetteer import StateForm, gazetteer

_POSSESSIVES = ("'s", "\u2019s", "'", "\u2019")
# Most tokens in one state name ("United Kingdom of Great Britain and Northern Ireland"; "People's"
# is two tokens): callers that scan text for state names try windows up to this width.
MAX_STATE_TOKENS = 8


def _clean(text: str) -> str:
    text = " ".join(text.split()).strip(" -\u2013\u2014,.;:")
    for suffix in _POSSESSIVES:
        if text.endswith(suffix):
            return text[: -len(suffix)]
    return text


@functools.lru_cache(maxsize=1)
def _pycountry_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value and "," not in value:
                names[value.lower()] = country.alpha_3
    return names


@functools.lru_cache(maxsize=65536)
def form_of(text: str) -> StateForm | None:
    """How `text` names a state (name, alias, demonym or capital), or None.

    Case-insensitive; a leading "the", a trailing possessive and stray punctuation are ignored.
    """
    found = gazetteer().state(" ".join(text.split()))  # as written first: "U.S." keeps its dot
    if found is not None:
        return found
    cleaned = _clean(text)
    found = gazetteer().state(cleaned)
    if found is not None:
        return found
    code = _pycountry_names().get(cleaned.lower())
    return StateForm(code, "alias", False, cleaned) if code else None


def code_of(text: str, capitals: bool = False) -> str | None:
    """ISO3 code of a state's name, alias or demonym ("DPRK", "North Korean" -> "PRK"), or None.

    With `capitals=True` a capital or seat of government ("Moscow", "the Kremlin") also answers.
    """
    form = form_of(text)
    if form is None or (form.form == "capital" and not capitals):
        return None
    return form.code


def name_of(code: str) -> str:
    """The canonical name of the state coded `code` ("PRK" -> "North Korea"); the code if unknown."""
    name = gazetteer().state_names.get(code)
    if name:
        return name
    country = pycountry.countries.get(alpha_3=code)
    return getattr(country, "common_name", None) or getattr(country, "name", None) or code
