"""The analyst's commands: tables, --json and --csv over a small store; merges and splits as data."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

import newsgraph.cli.kb_commands  # noqa: F401 - registers the commands on `app`
from newsgraph.analysis.compose import Composer
from newsgraph.cli import app
from newsgraph.store import Store

runner = CliRunner()


def _meeting(outlet: str, published: str, body: str, kim: str, lavrov: str) -> Composer:
    c = Composer(body, outlet=outlet, published=published)
    k = c.actor(kim, country="PRK")
    s = c.actor(lavrov, country="RUS")
    c.position(s, "Foreign Minister", country="RUS")
    c.event("CONSULT", [k], [s], "met" if "met" in body else "received", date="2025-07-12", location="Wonsan")
    return c


@pytest.fixture
def db(tmp_path):
    path = str(tmp_path / "kb.sqlite")
    with Store(path) as store:
        for c in (
            _meeting("KCNA", "2025-07-12", "Wonsan, July 12 (KCNA) -- Kim Jong Un received Russian Foreign Minister "
                     "Sergei Lavrov in Wonsan on Saturday.", "Kim Jong Un", "Sergei Lavrov"),
            _meeting("NK News", "2025-07-13", "Kim Jong-un met Foreign Minister S. Lavrov at a Wonsan resort, "
                     "state media reported.", "Kim Jong-un", "S. Lavrov"),
        ):
            store.save(c.document)
    result = runner.invoke(app, ["actors", "resolve", "--db", path])
    assert result.exit_code == 0, result.output
    assert "resolved 4 actors in 2 articles: 2 linked to known actors, 2 new" in result.output
    return path


def test_timeline_table_json_and_csv(db):
    table = runner.invoke(app, ["timeline", "PRK", "RUS", "--db", db])
    assert table.exit_code == 0, table.output
    assert "North Korea – Russia: 1 events" in table.output
    as_json = json.loads(runner.invoke(app, ["timeline", "PRK", "RUS", "--db", db, "--json"]).output)
    (event,) = as_json["events"]
    assert [m["outlet"] for m in event["reports"]] == ["KCNA", "NK News"]
    rows = list(csv.reader(io.StringIO(runner.invoke(app, ["timeline", "PRK", "RUS", "--db", db, "--csv"]).output)))
    assert rows[0] == ["event", "date", "type", "mode", "source", "target", "place", "outlets", "reports"]
    assert rows[1][1:] == ["2025-07-12", "CONSULT", "", "Kim Jong Un", "Sergei Lavrov", "Wonsan", "KCNA; NK News", "2"]


def test_actor_profile_and_unknown_actor(db):
    result = runner.invoke(app, ["actor", "Sergey Lavrov", "--db", db, "--json"])
    profile = json.loads(result.output)
    assert profile["names"] == {"Sergei Lavrov": 1, "S. Lavrov": 1}
    assert [(p["title"], p["first_seen"], p["last_seen"]) for p in profile["posts"]] == [
        ("Foreign Minister", "2025-07-12", "2025-07-13")]
    missing = runner.invoke(app, ["actor", "Kim Yo Jong", "--db", db])
    assert missing.exit_code == 1


def test_split_then_merge_back_with_decisions_recorded(db):
    refused = runner.invoke(app, ["actors", "split", "Kim Jong Un", "--name", "Kim Jong-un", "--db", db])
    assert refused.exit_code == 1
    split = runner.invoke(app, ["actors", "split", "Sergei Lavrov", "--db", db])
    assert split.exit_code == 0, split.output
    assert split.output.strip() == "split 1 name(s) off Sergei Lavrov (#2): #3"
    listed = json.loads(runner.invoke(app, ["actors", "list", "Lavrov", "--db", db, "--json"]).output)
    assert [(a["id"], a["name"], a["links"]) for a in listed] == [(2, "Sergei Lavrov", 1), (3, "S. Lavrov", 1)]
    merge = runner.invoke(app, ["actors", "merge", "#2", "#3", "--db", db])
    assert merge.output.strip() == "merged S. Lavrov (#3) into Sergei Lavrov (#2): 1 mentions moved"
    decisions = json.loads(runner.invoke(app, ["actors", "decisions", "#2", "--db", db, "--json"]).output)
    assert [(d["outcome"], d["decided_by"], d["name"]) for d in decisions] == [
        ("new", "resolver", "Sergei Lavrov"), ("linked", "resolver", "S. Lavrov"), ("merged", "user", "S. Lavrov")]
    assert decisions[1]["reason"] == ("name initials: 'Sergei Lavrov' ~ 'S. Lavrov'; same country RUS; "
                                      "shared title 'foreign minister'; appears with 'kim jongun'")


def test_stats_csv(db):
    rows = list(csv.reader(io.StringIO(runner.invoke(app, ["stats", "--db", db, "--csv"]).output)))
    assert ["events by type", "CONSULT", "1"] in rows
    assert ["articles by outlet", "Korean Central News Agency", "1"] in rows
