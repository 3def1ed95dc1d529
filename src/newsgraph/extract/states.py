"""States by name, short name, demonym and capital, coded ISO 3166-1 alpha-3."""

from __future__ import annotations

import csv
import functools
from importlib import resources

import pycountry


@functools.lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    table: dict[str, str] = {}
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(c, attr, None)
            if value:
                table[value.lower()] = c.alpha_3
    with resources.files("newsgraph.extract.data").joinpath("states.tsv").open(encoding="utf-8") as f:
        for row in csv.reader(f, delimiter="\t"):
            if row and not row[0].startswith("#"):
                table[row[0].lower()] = row[1]
    return table


def code_of(text: str) -> str | None:
    """ISO3 code of a state's name, demonym or capital, or None. Leading "the" is ignored."""
    key = text.strip().lower()
    if key.startswith("the "):
        key = key[4:]
    return _table().get(key)
