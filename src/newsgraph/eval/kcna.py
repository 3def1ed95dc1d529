"""kcna-dev: 100 KCNA articles without gold, to see what the pipeline reads in state-media prose.

Reports how many facts of each kind the pipeline finds per article (mean and share of articles
with at least one), which shows where a stage is silent on the genre.
"""

from __future__ import annotations

from pathlib import Path

from newsgraph import nlp
from newsgraph.eval.newsgraph_dev import read_articles
from newsgraph.eval.registry import Report, dataset
from newsgraph.extract import extract_many
from newsgraph.model import Document

FACTS = ("actors", "positions", "groups", "events", "quotes", "relations", "rankings", "claims")


def fact_counts(documents: list[Document]) -> dict[str, dict[str, float]]:
    """Per fact kind: mean count per article and the share of articles with at least one."""
    n = max(len(documents), 1)
    out = {}
    for kind in FACTS:
        counts = [len(getattr(d, kind)) for d in documents]
        out[kind] = {"mean": round(sum(counts) / n, 2), "share": round(sum(c > 0 for c in counts) / n, 2)}
    return out


@dataset("kcna-dev")
def count_kcna(folder: Path, limit: int | None = None) -> Report:
    """Fact counts over the first `limit` articles (no gold: no precision or recall)."""
    paths = sorted((folder / "articles").glob("*.txt"))[:limit]
    documents = extract_many(read_articles(paths), nlp.load())
    return Report("kcna-dev", len(documents), extra={"facts_per_article": fact_counts(documents)})
