"""The registry of evaluation data sets and the figures a scorer reports."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass
class PRF:
    """Counts for one fact type; precision/recall/F1 derived from them."""

    tp_sys: int = 0   # system facts matched by some gold fact
    n_sys: int = 0
    tp_gold: int = 0  # gold facts matched by some system fact
    n_gold: int = 0

    @property
    def p(self) -> float:
        return self.tp_sys / self.n_sys if self.n_sys else (1.0 if self.n_gold == 0 else 0.0)

    @property
    def r(self) -> float:
        return self.tp_gold / self.n_gold if self.n_gold else 1.0

    @property
    def f1(self) -> float:
        return 2 * self.p * self.r / (self.p + self.r) if self.p + self.r else 0.0

    def add(self, other: PRF) -> None:
        self.tp_sys += other.tp_sys
        self.n_sys += other.n_sys
        self.tp_gold += other.tp_gold
        self.n_gold += other.n_gold

    def as_dict(self) -> dict[str, Any]:
        return {"p": round(self.p, 3), "r": round(self.r, 3), "f1": round(self.f1, 3),
                "sys": self.n_sys, "gold": self.n_gold}


@dataclass
class Report:
    """What a scorer measured on one data set."""

    dataset: str
    items: int
    metrics: dict[str, PRF] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {"dataset": self.dataset, "items": self.items,
                "metrics": {k: v.as_dict() for k, v in self.metrics.items()}, **self.extra}


Scorer = Callable[..., Report]
DATASETS: dict[str, Scorer] = {}
# Folder of each data set relative to shared/eval/, where it differs from the data set's name.
FOLDERS: dict[str, str] = {}


def dataset(name: str, folder: str | None = None) -> Callable[[Scorer], Scorer]:
    """Register `fn(folder: Path, limit: int | None = None, **options) -> Report` as data set `name`.

    `folder` is the data set's directory relative to shared/eval/ ("../examples" for the seed);
    it defaults to `name`.
    """

    def register(fn: Scorer) -> Scorer:
        DATASETS[name] = fn
        if folder is not None:
            FOLDERS[name] = folder
        return fn

    return register


def shared_eval_dir() -> Path | None:
    """../shared/eval relative to the repo (or NEWSGRAPH_SHARED/eval); None when absent."""
    root = os.environ.get("NEWSGRAPH_SHARED")
    candidates = [Path(root) / "eval"] if root else []
    here = Path(__file__).resolve()
    candidates += [p / "shared" / "eval" for p in here.parents]
    return next((c for c in candidates if c.is_dir()), None)


def dataset_dir(name: str) -> Path | None:
    """The folder data set `name` is read from, or None when shared/ or the folder is absent."""
    root = shared_eval_dir()
    if root is None:
        return None
    path = (root / FOLDERS.get(name, name)).resolve()
    return path if path.is_dir() else None
