"""The runner: scorers found by name, options passed where accepted, figures as Markdown."""

from __future__ import annotations

import pytest

from newsgraph.eval import registry, runner
from newsgraph.eval.registry import PRF, Report


@pytest.fixture
def toy_set(tmp_path, monkeypatch):
    """A data set 'toy' in a temporary shared/eval whose scorer records what it was given."""
    (tmp_path / "eval" / "toy").mkdir(parents=True)
    monkeypatch.setenv("NEWSGRAPH_SHARED", str(tmp_path))
    runner.load_scorers()
    calls = []

    def toy(folder, limit=None, verbose=False):
        calls.append((folder.name, limit, verbose))
        return Report("toy", limit or 3, {"people": PRF(2, 4, 2, 2)}, {"baseline_spacy": {"people": PRF(1, 4, 1, 2).as_dict()}})

    monkeypatch.setitem(registry.DATASETS, "toy", toy)
    return calls


def test_load_scorers_registers_every_module() -> None:
    names = runner.load_scorers()
    assert {"newsgraph-dev", "seed", "conll2003", "polnear", "re3d", "dwie", "kcna-dev"} <= set(names)


def test_run_passes_only_accepted_options(toy_set) -> None:
    report = runner.run("toy", limit=2, verbose=True, out="ignored: toy takes no out")
    assert toy_set == [("toy", 2, True)]
    assert report.extra["limit"] == 2 and "seconds" in report.extra


def test_run_unknown_or_absent(toy_set) -> None:
    with pytest.raises(KeyError):
        runner.run("no-such-set")
    with pytest.raises(FileNotFoundError):
        runner.run("dwie")   # registered, but not in the temporary shared/eval


def test_markdown_lists_baselines_beside(toy_set) -> None:
    table = runner.markdown([runner.run("toy")])
    assert table.splitlines()[2:] == ["| toy | 3 | people | 0.500 | 1.000 | 0.667 | 4 | 2 |",
                                      "| toy (spacy) | 3 | people | 0.250 | 0.500 | 0.333 | 4 | 2 |"]


def test_out_dir() -> None:
    from pathlib import Path

    assert runner.out_dir(None, "seed", True) is None
    assert runner.out_dir(Path("o"), "seed", False) == Path("o")
    assert runner.out_dir(Path("o"), "seed", True) == Path("o/seed")
