"""The newsgraph-dev team's `score.py`, loaded from shared/eval at run time (it is not copied here).

It defines how whole-article gold matches document-format v1 output; newsgraph-dev and the seed
article are both scored through it.
"""

from __future__ import annotations

import functools
import importlib.util
from pathlib import Path
from types import ModuleType
from typing import Any

from newsgraph.eval.registry import PRF, dataset_dir

# The fact types score.py reports as precision/recall with counts.
FACT_TYPES = ("people", "positions", "states", "organizations", "events", "quotes")


@functools.lru_cache(maxsize=2)
def load(path: Path | None = None) -> ModuleType:
    """Import score.py from `path` (default: shared/eval/newsgraph-dev/score.py)."""
    if path is None:
        folder = dataset_dir("newsgraph-dev")
        if folder is None:
            raise FileNotFoundError("shared/eval/newsgraph-dev is absent; set NEWSGRAPH_SHARED")
        path = folder / "score.py"
    spec = importlib.util.spec_from_file_location("newsgraph_dev_score", path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def prf_of(figures: dict[str, Any]) -> PRF:
    """Counts back from one article's {"p", "r", "sys", "gold"} (exact: per-article counts are small)."""
    return PRF(tp_sys=round(figures["p"] * figures["sys"]), n_sys=figures["sys"],
               tp_gold=round(figures["r"] * figures["gold"]), n_gold=figures["gold"])


def totals(results: list[dict[str, Any]]) -> dict[str, PRF]:
    """Micro-averaged counts per fact type over per-article `score()` results."""
    out = {k: PRF() for k in FACT_TYPES}
    for result in results:
        for k in FACT_TYPES:
            if k in result:
                out[k].add(prf_of(result[k]))
    return out
