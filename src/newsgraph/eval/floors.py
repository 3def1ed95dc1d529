"""Accuracy floors: the F1 each data set's figures may not fall below, kept in one JSON file.

The file records, per data set, the `limit` the gate runs it with and a floor per fact type set
`margin` under what was measured (rounded down to two places), so a change that loses accuracy
fails the gate while run-to-run noise does not. `newsgraph eval all --write-floors FILE` re-sets it.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from pathlib import Path
from typing import Any

from newsgraph.eval.registry import Report


def read(path: Path) -> dict[str, Any]:
    """The floors file, or an empty one when absent."""
    if not path.is_file():
        return {"datasets": {}}
    return json.loads(path.read_text(encoding="utf-8"))


def limits(floors: dict[str, Any]) -> dict[str, int | None]:
    """The limit each data set in the file is run with."""
    return {name: entry.get("limit") for name, entry in floors.get("datasets", {}).items()}


def floor_of(f1: float, margin: float) -> float:
    """`margin` under `f1`, rounded down to two places, never below zero."""
    return max(0.0, math.floor((f1 - margin) * 100 + 1e-9) / 100)


def build(reports: list[Report], margin: float, command: str) -> dict[str, Any]:
    """A floors file from measured reports."""
    return {
        "about": "F1 floors for the accuracy gate (tests/eval/test_gate.py); re-set with the command below.",
        "command": command,
        "measured": dt.date.today().isoformat(),
        "margin": margin,
        "datasets": {r.dataset: {"limit": r.extra.get("limit"),
                                 "floors": {fact: floor_of(prf.f1, margin) for fact, prf in r.metrics.items()}}
                     for r in reports},
    }


def write(path: Path, reports: list[Report], margin: float, command: str,
          keep: dict[str, Any] | None = None) -> dict[str, Any]:
    """Write the floors file for `reports`, keeping `keep`'s entries for data sets not measured now."""
    data = build(reports, margin, command)
    data["datasets"] = {**(keep or {}), **data["datasets"]}
    # known seed gaps are written by hand, with their reasons; re-measuring keeps them
    if gaps := read(path).get("seed_known_gaps"):
        data["seed_known_gaps"] = gaps
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    return data


def violations(report: Report, floors: dict[str, float]) -> list[str]:
    """Each fact type whose F1 fell below its floor (or is no longer measured), as a line."""
    out = []
    for fact, floor in floors.items():
        prf = report.metrics.get(fact)
        if prf is None:
            out.append(f"{report.dataset} {fact}: no longer measured (floor {floor})")
        elif prf.f1 < floor:
            out.append(f"{report.dataset} {fact}: F1 {prf.f1:.3f} < floor {floor} "
                       f"(P {prf.p:.3f}, R {prf.r:.3f}, {prf.n_sys} system / {prf.n_gold} gold)")
    return out
