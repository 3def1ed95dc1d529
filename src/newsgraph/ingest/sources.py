"""Readers, one per input kind (placeholder until the ingestion work lands)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from newsgraph.model import Article


@dataclass(frozen=True)
class IngestError:
    """A page that could not be read, and why."""

    source: str
    reason: str


def read_text(text: str, source: str = "<text>") -> Article:
    body = text.strip()
    return Article(id=hashlib.sha256(body.encode()).hexdigest(), body=body, source=source)


def read(inputs: Iterable[str]) -> Iterator[Article | IngestError]:
    for item in inputs:
        path = Path(item)
        try:
            yield read_text(path.read_text(encoding="utf-8"), source=str(path))
        except (OSError, UnicodeDecodeError) as exc:
            yield IngestError(str(path), str(exc))
