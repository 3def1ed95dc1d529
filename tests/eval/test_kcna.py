"""kcna-dev: fact counts per article."""

from __future__ import annotations

from newsgraph.eval.kcna import fact_counts
from newsgraph.model import Evidence, Quote


def test_fact_counts(document) -> None:
    text = "The Foreign Ministry spokesman said the drills were a provocation."
    quiet = document(text, {})
    busy = document(text, {"o1": ("Foreign Ministry", "government_body", ["Foreign Ministry"])},
                    quotes=[Quote(speaker="o1", text="the drills were a provocation", direct=False,
                                  evidence=Evidence(start=0, end=len(text)))])
    counts = fact_counts([quiet, busy])
    assert counts["actors"] == {"mean": 0.5, "share": 0.5}
    assert counts["quotes"] == {"mean": 0.5, "share": 0.5}
    assert counts["events"] == {"mean": 0.0, "share": 0.0}
