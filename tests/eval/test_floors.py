"""Floors: set a margin under what was measured; a fall below one is reported."""

from __future__ import annotations

from newsgraph.eval import floors
from newsgraph.eval.registry import PRF, Report


def _report(f1_counts: tuple[int, int, int, int], limit: int | None = 30) -> Report:
    return Report("newsgraph-dev", 30, {"people": PRF(*f1_counts), "quotes": PRF(0, 0, 0, 4)},
                  {"limit": limit})


def test_floor_of_rounds_down_under_the_margin() -> None:
    assert floors.floor_of(0.9375, 0.02) == 0.91
    assert floors.floor_of(0.93, 0.02) == 0.91
    assert floors.floor_of(0.01, 0.02) == 0.0


def test_write_then_read(tmp_path) -> None:
    path = tmp_path / "floors.json"
    floors.write(path, [_report((9, 10, 9, 12))], 0.02, "newsgraph eval all --write-floors x")
    data = floors.read(path)
    assert data["datasets"] == {"newsgraph-dev": {"limit": 30, "floors": {"people": 0.79, "quotes": 0.0}}}
    assert data["command"] == "newsgraph eval all --write-floors x" and data["margin"] == 0.02
    assert floors.limits(data) == {"newsgraph-dev": 30}
    assert floors.read(tmp_path / "absent.json") == {"datasets": {}}


def test_violations() -> None:
    report = _report((6, 10, 6, 12))   # people F1 0.545
    assert floors.violations(report, {"people": 0.5, "quotes": 0.0}) == []
    assert floors.violations(report, {"people": 0.6, "events": 0.1}) == [
        "newsgraph-dev people: F1 0.545 < floor 0.6 (P 0.600, R 0.500, 10 system / 12 gold)",
        "newsgraph-dev events: no longer measured (floor 0.1)",
    ]


def test_write_keeps_entries_not_measured_now(tmp_path) -> None:
    path = tmp_path / "floors.json"
    kept = {"plover": {"limit": 50, "floors": {"type": 0.4}}}
    floors.write(path, [_report((9, 10, 9, 12))], 0.02, "cmd", keep=kept)
    assert set(floors.read(path)["datasets"]) == {"newsgraph-dev", "plover"}
    assert floors.read(path)["datasets"]["plover"] == kept["plover"]
