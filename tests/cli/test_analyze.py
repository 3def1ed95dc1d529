"""`newsgraph analyze`: one JSON document per article, a readable report, per-file errors."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

import newsgraph.cli.analyze  # noqa: F401 - registers the command on `app`
from newsgraph.cli import app
from newsgraph.model import Document

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
MEETING = str(EXAMPLES / "kcna-style-meeting.txt")
STATEMENT = str(EXAMPLES / "press-statement.txt")


def test_json_prints_one_document_per_article_with_its_source(nlp):
    result = CliRunner().invoke(app, ["analyze", MEETING, STATEMENT, "--json"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    documents = [Document.from_json(line) for line in lines]
    assert [d.article.source for d in documents] == [MEETING, STATEMENT]
    meeting = documents[0]
    people = {a.name for a in meeting.actors if a.kind == "person"}
    assert {"Ri Yong Sik", "Bounthong Sisavath", "Kim Chol Jun", "Pak Song Il", "Han Myong Hui"} <= people
    names = {a.id: a.name for a in meeting.actors}
    assert ("Pak Song Il", "vice department director", "Ministry of Foreign Affairs") in {
        (names[p.holder], p.title, names.get(p.organization)) for p in meeting.positions}
    # every fact's evidence lies inside the text it names
    for position in meeting.positions:
        ev = position.evidence
        assert 0 <= ev.start < ev.end <= len(meeting.article.field_text(ev.field))


def test_report_reads_as_a_summary(nlp):
    result = CliRunner().invoke(app, ["analyze", MEETING], env={"COLUMNS": "160"})
    assert result.exit_code == 0, result.output
    for expected in ("People", "Ri Yong Sik", "vice-president", "delegation", "Quotes", "Bounthong Sisavath"):
        assert expected in result.stdout


def test_a_bad_input_is_reported_and_the_others_still_analysed(nlp, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = CliRunner().invoke(app, ["analyze", str(empty), MEETING, "--json"])
    assert result.exit_code == 1
    assert len(result.stdout.splitlines()) == 1
    assert "empty.txt" in result.stderr
