"""Running registered scorers by name and presenting their figures.

Every module of `newsgraph.eval` is imported once so its `@dataset` scorers register (the events
engineer's `events_sets` included); a scorer receives only the options its signature names.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import time
from pathlib import Path
from typing import Any

import newsgraph.eval as package
from newsgraph.eval.registry import DATASETS, Report, dataset_dir


def load_scorers() -> list[str]:
    """Import every scorer module; the registered data set names, sorted."""
    for module in pkgutil.iter_modules(package.__path__):
        if not module.name.startswith("_"):
            importlib.import_module(f"{package.__name__}.{module.name}")
    return sorted(DATASETS)


def run(name: str, limit: int | None = None, **options: Any) -> Report:
    """Score data set `name` on its first `limit` items; `options` the scorer does not take are dropped."""
    load_scorers()
    if name not in DATASETS:
        raise KeyError(f"unknown data set {name!r}; known: {', '.join(sorted(DATASETS))}")
    folder = dataset_dir(name)
    if folder is None:
        raise FileNotFoundError(f"data set {name!r} not found under shared/eval (set NEWSGRAPH_SHARED)")
    scorer = DATASETS[name]
    accepted = inspect.signature(scorer).parameters
    started = time.perf_counter()
    report = scorer(folder, limit=limit, **{k: v for k, v in options.items() if k in accepted and v is not None})
    report.extra["limit"] = limit
    report.extra["seconds"] = round(time.perf_counter() - started, 1)
    return report


def out_dir(base: Path | None, name: str, several: bool) -> Path | None:
    """Where a data set's documents go: `base` itself, or `base/<name>` when several sets run."""
    if base is None:
        return None
    return base / name if several else base


def markdown(reports: list[Report]) -> str:
    """One Markdown table of P/R/F1 per data set and fact type (baselines beside, where measured)."""
    lines = ["| data set | items | fact | P | R | F1 | system | gold |", "|---|---:|---|---:|---:|---:|---:|---:|"]
    for report in reports:
        for fact, prf in report.metrics.items():
            lines.append(f"| {report.dataset} | {report.items} | {fact} | {prf.p:.3f} | {prf.r:.3f} | "
                         f"{prf.f1:.3f} | {prf.n_sys} | {prf.n_gold} |")
        for key, figures in report.extra.items():
            if key.startswith("baseline_") and isinstance(figures, dict):
                for fact, f in figures.items():
                    lines.append(f"| {report.dataset} ({key.removeprefix('baseline_')}) | {report.items} | {fact} | "
                                 f"{f['p']:.3f} | {f['r']:.3f} | {f['f1']:.3f} | {f['sys']} | {f['gold']} |")
    return "\n".join(lines)


def notes(report: Report) -> list[str]:
    """The report's other figures (checks, lists, counts) as short lines."""
    skip = {"limit", "seconds", "articles"}
    return [f"{report.dataset} {key}: {value}" for key, value in report.extra.items()
            if key not in skip and not key.startswith("baseline_")]
