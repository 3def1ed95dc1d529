"""devscore: per-article score.py figures back to counts, micro-averaged."""

from __future__ import annotations

from newsgraph.eval.devscore import prf_of, totals


def test_prf_of_recovers_counts() -> None:
    prf = prf_of({"p": 0.667, "r": 0.5, "f1": 0.571, "sys": 3, "gold": 4})
    assert (prf.tp_sys, prf.n_sys, prf.tp_gold, prf.n_gold) == (2, 3, 2, 4)


def test_totals_micro_average() -> None:
    per_article = [
        {"people": {"p": 1.0, "r": 0.5, "sys": 1, "gold": 2}, "quotes": {"p": 0.0, "r": 1.0, "sys": 2, "gold": 0}},
        {"people": {"p": 0.5, "r": 1.0, "sys": 2, "gold": 1}},
    ]
    figures = totals(per_article)
    assert figures["people"].as_dict() == {"p": 0.667, "r": 0.667, "f1": 0.667, "sys": 3, "gold": 3}
    assert figures["quotes"].as_dict() == {"p": 0.0, "r": 1.0, "f1": 0.0, "sys": 2, "gold": 0}
    assert figures["events"].as_dict() == {"p": 1.0, "r": 1.0, "f1": 1.0, "sys": 0, "gold": 0}
