"""Outlets: the country and ownership class of the outlet that published an article.

The table is `data/outlets.tsv`; a user extends or overrides it with a file of the same shape named
by the NEWSGRAPH_OUTLETS environment variable. An article's outlet is found by its `outlet` field
(any name of the outlet, case-insensitive) or, failing that, by its URL's domain.
"""

from __future__ import annotations

import csv
import functools
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from urllib.parse import urlsplit

OWNERSHIPS = ("state", "public", "independent")


@dataclass(frozen=True)
class Outlet:
    """A news outlet: its name, country (ISO3 or None) and ownership class."""

    name: str
    country: str | None
    ownership: str

    @property
    def independent(self) -> bool:
        """Not run by a government (public broadcasters count as independent)."""
        return self.ownership != "state"


@dataclass(frozen=True)
class OutletTable:
    """Outlets by every folded name and by web domain."""

    by_name: dict[str, Outlet]
    by_domain: dict[str, Outlet]

    def find(self, outlet: str | None, url: str | None = None) -> Outlet | None:
        """The outlet an article names, else the one its URL belongs to, else None."""
        if outlet and (found := self.by_name.get(outlet.strip().casefold())):
            return found
        host = urlsplit(url).hostname if url else None
        while host:
            if found := self.by_domain.get(host.removeprefix("www.")):
                return found
            host = host.partition(".")[2] if host.count(".") > 1 else None
        return None


def _rows(lines: Iterable[str], source: str) -> Iterator[list[str]]:
    for row in csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
        if not row or not row[0].strip() or row[0].startswith("#"):
            continue
        cells = [cell.strip() for cell in row] + [""] * (5 - len(row))
        if cells[2] not in OWNERSHIPS:
            raise ValueError(f"{source}: ownership of {cells[0]!r} must be one of {OWNERSHIPS}, not {cells[2]!r}")
        yield cells


def _split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split(",") if part.strip()]


def read_outlets(sources: Iterable[tuple[str, Iterable[str]]]) -> OutletTable:
    """An outlet table from (name, lines) TSV sources; later sources override earlier ones."""
    by_name: dict[str, Outlet] = {}
    by_domain: dict[str, Outlet] = {}
    for source, lines in sources:
        for name, country, ownership, aliases, domains in (row[:5] for row in _rows(lines, source)):
            outlet = Outlet(name, country or None, ownership)
            for key in (name, *_split(aliases)):
                by_name[key.casefold()] = outlet
            for domain in _split(domains):
                by_domain[domain.lower()] = outlet
    return OutletTable(by_name, by_domain)


@functools.lru_cache(maxsize=4)
def _outlets(user_file: str | None) -> OutletTable:
    packaged = resources.files("newsgraph.analysis.data").joinpath("outlets.tsv").read_text(encoding="utf-8")
    sources = [("outlets.tsv", packaged.splitlines())]
    if user_file:
        sources.append((user_file, Path(user_file).read_text(encoding="utf-8").splitlines()))
    return read_outlets(sources)


def outlets() -> OutletTable:
    """The packaged outlet table, extended by the file NEWSGRAPH_OUTLETS names (if any)."""
    return _outlets(os.environ.get("NEWSGRAPH_OUTLETS") or None)
