"""Shared fixtures: the spaCy pipeline loads once per test session."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def nlp():
    from newsgraph.nlp import load

    return load()


# --- Databases: every store test runs on SQLite and on a throwaway PostgreSQL server -----------

import os  # noqa: E402
import shutil  # noqa: E402
import socket  # noqa: E402
import subprocess  # noqa: E402
import tempfile  # noqa: E402
import uuid  # noqa: E402
from pathlib import Path  # noqa: E402


def _postgres_bindir() -> Path | None:
    """Where initdb and pg_ctl live: Debian's /usr/lib/postgresql/<version>/bin (newest), or PATH."""
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"),
                   key=lambda p: int(p.parts[-3]) if p.parts[-3].isdigit() else 0)
    if found:
        return found[-1].parent
    on_path = shutil.which("initdb")
    return Path(on_path).parent if on_path else None


def _apt_install_postgres() -> str | None:
    """Install Debian's postgresql (CI runs as root with network). None on success, else why not."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0 or not shutil.which("apt-get"):
        return "PostgreSQL binaries (initdb, pg_ctl) not found, and apt-get is not usable as root here"
    env = os.environ | {"DEBIAN_FRONTEND": "noninteractive"}
    for command in (["apt-get", "install", "-y", "-qq", "postgresql"],
                    ["sh", "-c", "apt-get update -qq && apt-get install -y -qq postgresql"]):
        try:
            subprocess.run(command, env=env, check=True, capture_output=True, timeout=900)
            return None
        except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as exc:
            reason = f"`apt-get install -y postgresql` failed: {exc}"
    return reason


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def postgres_server():
    """URL of a superuser on a PostgreSQL cluster made for this test session (trust auth on
    127.0.0.1, fsync off), stopped and deleted at the end. Skips when PostgreSQL is unavailable."""
    bindir = _postgres_bindir()
    if bindir is None:
        reason = _apt_install_postgres()
        bindir = _postgres_bindir()
        if bindir is None:
            pytest.skip(reason or "PostgreSQL installed but initdb not found")
    as_root = os.geteuid() == 0
    # The server refuses to run as root: run it as the `postgres` system user, in a dir it owns.
    if as_root and shutil.which("runuser") is None:
        pytest.skip("running as root and `runuser` is missing: cannot start PostgreSQL as postgres")

    def as_owner(*command: str | Path) -> list[str]:
        return ["runuser", "-u", "postgres", "--", *map(str, command)] if as_root else list(map(str, command))

    home = Path(tempfile.mkdtemp(prefix="newsgraph-pg-"))
    if as_root:
        try:
            shutil.chown(home, "postgres", "postgres")
        except LookupError:
            shutil.rmtree(home)
            pytest.skip("running as root and there is no `postgres` user to run PostgreSQL as")
    data, log, port = home / "data", home / "server.log", _free_port()
    try:
        subprocess.run(as_owner(bindir / "initdb", "-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8",
                                "--locale=C", "--no-sync"), check=True, capture_output=True, timeout=120)
        started = subprocess.run(as_owner(
            bindir / "pg_ctl", "-D", data, "-l", log, "-w", "-t", "60", "-o",
            f"-p {port} -k {home} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off",
            "start"), capture_output=True, text=True, timeout=120)
        if started.returncode != 0:
            raise RuntimeError(f"pg_ctl start failed: {started.stdout}{started.stderr}\n"
                               f"{log.read_text() if log.exists() else ''}")
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}"
    finally:
        subprocess.run(as_owner(bindir / "pg_ctl", "-D", data, "-m", "immediate", "stop"),
                       capture_output=True, timeout=60)
        shutil.rmtree(home, ignore_errors=True)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request, tmp_path):
    """An empty database, as an SQLAlchemy URL: a SQLite file, or a fresh PostgreSQL database."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'newsgraph.sqlite'}"
        return
    import psycopg

    server = request.getfixturevalue("postgres_server")
    name = f"newsgraph_{uuid.uuid4().hex[:12]}"
    admin = server.replace("postgresql+psycopg://", "postgresql://") + "/postgres"
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    yield f"{server}/{name}"
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
