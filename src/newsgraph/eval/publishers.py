"""The outlet that published each evaluation text, as a crawl's metadata would name it.

Evaluation texts are plain files, so ingest finds no publisher in them; their data sets name it:
PolNeAR's metadata.tsv gives each article's publisher, the BBC set is BBC News's own, KCNA's
texts are the agency's and DWIE's are Deutsche Welle's. The pipeline reads an article's outlet to
tell an interview given to that outlet (how the story was reported) from one the article reports
another outlet had.
"""

from __future__ import annotations

import csv
import functools
from pathlib import Path

# data set folder under shared/eval -> the outlet that published all its texts
_DATASET_PUBLISHERS = {
    "bbc-politics": "BBC News",
    "dwie": "Deutsche Welle",
    "kcna-dev": "Korean Central News Agency",
}
# PolNeAR's publisher codes (metadata.tsv) -> the outlet's name
_POLNEAR_PUBLISHERS = {
    "breitbart": "Breitbart News",
    "huff-post": "Huffington Post",
    "nyt": "New York Times",
    "politico": "Politico",
    "usa-today": "USA Today",
    "wash-post": "Washington Post",
    "west-journal": "Western Journal",
}


@functools.lru_cache(maxsize=None)
def _polnear_codes(metadata: Path) -> dict[str, str]:
    """PolNeAR file name (without .txt) -> publisher code, from its metadata.tsv."""
    if not metadata.is_file():
        return {}
    with metadata.open(encoding="utf-8", newline="") as f:
        return {row["filename"]: row["publisher"] for row in csv.DictReader(f, delimiter="\t")}


def publisher(source: str, eval_root: Path) -> str | None:
    """The outlet that published the text at `source` (a path relative to shared/eval), or None."""
    dataset, _, rest = source.partition("/")
    if dataset == "polnear":
        code = _polnear_codes(eval_root / "polnear" / "metadata.tsv").get(Path(rest).stem)
        return _POLNEAR_PUBLISHERS.get(code or "")
    return _DATASET_PUBLISHERS.get(dataset)
