"""`newsgraph eval`: figures as a table or JSON, reports kept with --out, floors re-set."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from newsgraph.cli import app
from newsgraph.cli import evaluate  # noqa: F401 - registers the command
from newsgraph.eval import registry, runner
from newsgraph.eval.registry import PRF, Report


@pytest.fixture
def toy_shared(tmp_path, monkeypatch):
    """A shared/eval holding only 'toy', whose scorer finds 3 of 4 people (limit caps items)."""
    (tmp_path / "eval" / "toy").mkdir(parents=True)
    monkeypatch.setenv("NEWSGRAPH_SHARED", str(tmp_path))
    runner.load_scorers()

    def toy(folder, limit=None):
        return Report("toy", min(limit or 4, 4), {"people": PRF(3, 3, 3, 4)})

    monkeypatch.setitem(registry.DATASETS, "toy", toy)
    return tmp_path


def test_eval_prints_a_table(toy_shared) -> None:
    result = CliRunner().invoke(app, ["eval", "toy", "--limit", "2"])
    assert result.exit_code == 0, result.output
    assert "| toy | 2 | people | 1.000 | 0.750 | 0.857 | 3 | 4 |" in result.output


def test_eval_json_and_out(toy_shared, tmp_path) -> None:
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["eval", "toy", "--json", "--out", str(out)])
    assert result.exit_code == 0, result.output
    line = json.loads(result.stdout.strip().splitlines()[-1])
    assert line["metrics"]["people"] == {"p": 1.0, "r": 0.75, "f1": 0.857, "sys": 3, "gold": 4}
    assert json.loads((out / "report.json").read_text())["dataset"] == "toy"


def test_eval_all_writes_floors_with_the_gate_limits(toy_shared, tmp_path) -> None:
    path = tmp_path / "floors.json"
    path.write_text(json.dumps({"datasets": {"toy": {"limit": 3, "floors": {}}}}))
    result = CliRunner().invoke(app, ["eval", "all", "--floors", str(path), "--write-floors", str(path)])
    assert result.exit_code == 0, result.output
    data = json.loads(path.read_text())
    assert data["datasets"] == {"toy": {"limit": 3, "floors": {"people": 0.83}}}
    assert data["margin"] == 0.02


def test_eval_unknown_set(toy_shared) -> None:
    result = CliRunner().invoke(app, ["eval", "no-such-set"])
    assert result.exit_code == 2
