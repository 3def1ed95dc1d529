"""`newsgraph ingest | articles | show`: stored once, copies linked, failures reported, crash-safe."""

from __future__ import annotations

import itertools
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

import newsgraph.cli.store_commands  # noqa: F401 - registers the commands on `app`
from newsgraph import ingest
from newsgraph.cli import app
from newsgraph.extract import extract
from newsgraph.store import Store
from newsgraph.store.rows import to_rows

# Pieces of short wire reports; `write_articles` combines them so that no two bodies are near-duplicates.
MINISTERS = [("Ana Ferreira", "Portugal", "Lisbon"), ("Tomasz Nowicki", "Poland", "Warsaw"),
             ("Ingrid Solberg", "Norway", "Oslo"), ("Kofi Mensah-Darko", "Ghana", "Accra"),
             ("Lucia Herrera", "Colombia", "Bogota"), ("Daniel Okafor", "Nigeria", "Abuja")]
HOSTS = [("Japan", "Tokyo"), ("Brazil", "Brasilia"), ("Egypt", "Cairo"), ("India", "New Delhi"), ("Canada", "Ottawa")]
TOPICS = ["grain shipments through the Black Sea", "a long-delayed fisheries agreement",
          "visas for seasonal farm workers", "cooperation against drug trafficking",
          "the financing of a new railway line"]
CLOSERS = ["The two sides agreed to meet again before the end of the year.",
           "Officials gave no details of any agreement reached.",
           "A joint statement is expected to be published on Friday.",
           "Opposition lawmakers criticised the trip as costly and poorly prepared.",
           "Trade between the two countries rose by a fifth last year, according to customs data."]


def write_articles(folder: Path, count: int) -> list[Path]:
    """`count` plain-text wire reports, each a different minister, host, topic and closing line."""
    folder.mkdir(parents=True, exist_ok=True)
    combos = itertools.islice(itertools.product(MINISTERS, HOSTS, TOPICS), 0, None, 7)
    paths = []
    for n, ((name, country, capital), (host, host_capital), topic) in enumerate(itertools.islice(combos, count)):
        body = (f"{capital.upper()}, May {n + 1} - Foreign Minister {name} of {country} travelled to "
                f"{host_capital} on Monday for talks with officials of {host} on {topic}, the ministry said.\n\n"
                f"\"We came to listen and to settle practical questions,\" {name.split()[-1]} told reporters "
                f"after the {n + 2}-hour meeting.\n\n{CLOSERS[n % len(CLOSERS)]}\n")
        path = folder / f"report-{n:02d}.txt"
        path.write_text(f"{country} and {host} discuss {topic} (report {n + 1})\n\n{body}", encoding="utf-8")
        paths.append(path)
    return paths


@pytest.fixture
def runner(nlp):
    """A CLI runner; the `nlp` fixture has loaded the model the commands reuse in this process."""
    return CliRunner()


def stored_ids(db: Path) -> list[str]:
    with Store(str(db)) as store:
        return [a.id for a in store.articles(limit=1000)]


def summary_row(output: str, label: str) -> str:
    """The count on the summary table's row for `label`."""
    line = next(line for line in output.splitlines() if f"│ {label} " in line)
    return line.strip("│ ").split("│")[-1].strip()


def test_ingesting_a_folder_twice_stores_each_article_once(runner, tmp_path, db_url):
    write_articles(tmp_path / "news", 6)
    first = runner.invoke(app, ["ingest", str(tmp_path / "news"), "--db", db_url])
    assert first.exit_code == 0, first.output
    assert (summary_row(first.stdout, "read"), summary_row(first.stdout, "stored")) == ("6", "6")
    with Store(db_url) as store:
        counts = store.counts()
    assert counts["article"] == 6
    second = runner.invoke(app, ["ingest", str(tmp_path / "news"), "--db", db_url, "--batch-size", "2"])
    assert second.exit_code == 0, second.output
    assert (summary_row(second.stdout, "stored"), summary_row(second.stdout, "already stored")) == ("0", "6")
    with Store(db_url) as store:
        assert store.counts() == counts


def test_syndicated_copy_is_stored_and_linked_to_its_original(runner, tmp_path, monkeypatch):
    original, = write_articles(tmp_path / "wire", 1)
    copy = tmp_path / "copy" / "syndicated.txt"
    copy.parent.mkdir()
    copy.write_text(original.read_text(encoding="utf-8") + "\nThis story was first published by the wire.\n",
                    encoding="utf-8")
    monkeypatch.setenv("NEWSGRAPH_DB", str(tmp_path / "env.sqlite"))  # --db from the environment
    result = runner.invoke(app, ["ingest", str(original), str(copy)])
    assert result.exit_code == 0, result.output
    with Store(str(tmp_path / "env.sqlite")) as store:
        listed = {a.source: a for a in store.articles()}
    assert listed[str(copy)].duplicate_of == listed[str(original)].id
    assert listed[str(original)].duplicate_of is None


def test_failed_inputs_are_reported_and_exit_1(runner, tmp_path):
    write_articles(tmp_path / "in", 2)
    (tmp_path / "in" / "empty.txt").write_text("   \n", encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(tmp_path / "in"), str(tmp_path / "missing.txt"),
                                 "--db", str(tmp_path / "s.sqlite")])
    assert result.exit_code == 1
    assert "empty.txt" in result.stderr and "missing.txt" in result.stderr
    assert len(stored_ids(tmp_path / "s.sqlite")) == 2


def test_articles_and_show(runner, tmp_path):
    write_articles(tmp_path / "in", 2)
    db = str(tmp_path / "s.sqlite")
    assert runner.invoke(app, ["ingest", str(tmp_path / "in"), "--db", db]).exit_code == 0
    ids = stored_ids(tmp_path / "s.sqlite")
    listing = runner.invoke(app, ["articles", "--db", db])
    assert listing.exit_code == 0
    assert all(article_id[:12] in listing.stdout for article_id in ids)
    shown = runner.invoke(app, ["show", ids[0][:8], "--db", db, "--json"])
    assert shown.exit_code == 0, shown.output
    with Store(db) as store:
        assert json.loads(shown.stdout) == store.get(ids[0]).to_dict()
    readable = runner.invoke(app, ["show", ids[0], "--db", db])
    assert readable.exit_code == 0 and ids[0] in readable.stdout
    assert runner.invoke(app, ["show", "ffffffffffffffff0", "--db", db]).exit_code == 1
    assert runner.invoke(app, ["show", "", "--db", db]).exit_code == 2  # every id starts with ""


def test_a_killed_ingest_resumes_without_partial_or_repeated_articles(runner, nlp, tmp_path):
    paths = write_articles(tmp_path / "news", 30)
    db = tmp_path / "news.sqlite"
    command = [sys.executable, "-c", "from newsgraph.cli import main; main()",
               "ingest", str(tmp_path / "news"), "--db", str(db), "--batch-size", "1"]
    env = {k: v for k, v in os.environ.items() if k != "NEWSGRAPH_DB"}
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    stored_at_kill = 0
    try:
        deadline = time.monotonic() + 240
        while time.monotonic() < deadline and process.poll() is None:
            stored_at_kill = _count_articles(db)
            if stored_at_kill >= 3:
                process.send_signal(signal.SIGKILL)  # mid-run: no cleanup, possibly mid-transaction
                break
            time.sleep(0.02)
    finally:
        process.kill()
        process.wait()
    assert process.returncode == -signal.SIGKILL, "the ingest ended before it could be killed"
    assert 3 <= _count_articles(db) < 30

    rerun = runner.invoke(app, ["ingest", str(tmp_path / "news"), "--db", str(db)])
    assert rerun.exit_code == 0, rerun.output

    expected = {}
    for article in ingest.read([str(p) for p in paths]):
        expected[article.id] = extract(article, nlp)
    with Store(str(db)) as store:
        assert sorted(a.id for a in store.articles(limit=100)) == sorted(expected)
        for article_id, document in expected.items():
            assert store.get(article_id) == document
        counts = store.counts()
    # no rows beyond those of the 30 documents: nothing left over from the killed transaction
    for table, rows in _rows_per_table(expected.values()).items():
        assert counts[table] == rows, table


def _count_articles(db: Path) -> int:
    if not db.exists():
        return 0
    connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=10)
    try:
        return connection.execute("SELECT count(*) FROM article").fetchone()[0]
    except sqlite3.OperationalError:  # tables not created yet
        return 0
    finally:
        connection.close()


def _rows_per_table(documents) -> dict[str, int]:
    totals = {"article": 0}
    for document in documents:
        totals["article"] += 1
        for table, rows in to_rows(document, ingested_at=None)[1].items():
            totals[table.name] = totals.get(table.name, 0) + len(rows)
    return totals
