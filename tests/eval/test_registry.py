"""The registry: counts to figures, data set names to folders."""

from __future__ import annotations

import pytest

from newsgraph.eval import registry
from newsgraph.eval.registry import PRF, Report, dataset, dataset_dir


def test_prf_from_counts() -> None:
    prf = PRF(tp_sys=3, n_sys=4, tp_gold=3, n_gold=6)
    assert (prf.p, prf.r) == (0.75, 0.5)
    assert prf.f1 == pytest.approx(0.6)
    assert prf.as_dict() == {"p": 0.75, "r": 0.5, "f1": 0.6, "sys": 4, "gold": 6}


def test_prf_empty_sides() -> None:
    assert (PRF().p, PRF().r, PRF().f1) == (1.0, 1.0, 1.0)      # nothing to find, nothing said
    assert (PRF(n_gold=2).p, PRF(n_gold=2).f1) == (0.0, 0.0)     # silent on two facts
    assert PRF(n_sys=3).r == 1.0 and PRF(n_sys=3).p == 0.0      # three facts where gold has none


def test_prf_add_micro_averages() -> None:
    total = PRF(1, 1, 1, 2)
    total.add(PRF(0, 3, 0, 0))
    assert (total.tp_sys, total.n_sys, total.tp_gold, total.n_gold) == (1, 4, 1, 2)
    assert (total.p, total.r) == (0.25, 0.5)


def test_report_dict_keeps_extra_figures() -> None:
    report = Report("toy", 2, {"people": PRF(1, 2, 1, 1)}, {"lists": {"found_in_order": 1, "gold": 1}})
    assert report.as_dict() == {"dataset": "toy", "items": 2,
                                "metrics": {"people": {"p": 0.5, "r": 1.0, "f1": 0.667, "sys": 2, "gold": 1}},
                                "lists": {"found_in_order": 1, "gold": 1}}


def test_dataset_folder_defaults_to_name(tmp_path, monkeypatch) -> None:
    (tmp_path / "eval" / "toy-set").mkdir(parents=True)
    (tmp_path / "examples").mkdir()
    monkeypatch.setenv("NEWSGRAPH_SHARED", str(tmp_path))
    monkeypatch.setattr(registry, "DATASETS", {})
    monkeypatch.setattr(registry, "FOLDERS", {})

    @dataset("toy-set")
    def toy(folder, limit=None):
        return Report("toy-set", 0)

    @dataset("toy-seed", folder="../examples")
    def seed(folder, limit=None):
        return Report("toy-seed", 0)

    assert registry.DATASETS == {"toy-set": toy, "toy-seed": seed}
    assert dataset_dir("toy-set") == (tmp_path / "eval" / "toy-set").resolve()
    assert dataset_dir("toy-seed") == (tmp_path / "examples").resolve()
    assert dataset_dir("absent-set") is None
