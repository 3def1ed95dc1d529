"""Intake: exact copies skipped before extraction, near copies linked, one bad article isolated."""

from __future__ import annotations

import pytest

from newsgraph.ingest import IngestError, read_text
from newsgraph.store import Store
from newsgraph.store import intake as intake_module
from newsgraph.store.intake import Intake

REPORTS = [
    "Chile and Peru agree to reopen border crossing\n\nSANTIAGO, June 2 - Chile and Peru agreed on Monday "
    "to reopen the Chacalluta crossing, closed since floods in April, the foreign ministry said in a statement.",
    "Vietnam hosts Philippine coast guard chief\n\nHANOI, June 3 - The commander of the Philippine Coast "
    "Guard arrived in Hanoi on Tuesday for three days of talks on search-and-rescue cooperation in the "
    "South China Sea, Vietnamese state media reported.",
    "Senegal recalls ambassador over visa dispute\n\nDAKAR, June 4 - Senegal recalled its ambassador to "
    "Mauritania on Wednesday after a dispute over residence permits for fishermen, the government spokesman said.",
]


@pytest.fixture
def store(tmp_path):
    with Store(str(tmp_path / "intake.sqlite")) as opened:
        yield opened


def test_counts_every_article_once(nlp, store):
    articles = [read_text(text, source=f"report-{n}") for n, text in enumerate(REPORTS)]
    syndicated = read_text(REPORTS[0] + "\n\nReporting by the wire desk.", source="syndicated")
    items = [*articles, IngestError("broken.warc", "truncated record"), articles[1], syndicated]
    tally = Intake(store, batch_size=2).run(items)
    assert (tally.read, tally.stored, tally.already_stored, tally.duplicates) == (6, 3, 1, 1)
    assert tally.failures == [IngestError("broken.warc", "truncated record")]
    assert store.duplicate_of(syndicated.id) == articles[0].id
    again = Intake(store).run(articles)
    assert (again.stored, again.already_stored) == (0, 3)


def test_an_article_that_breaks_extraction_fails_alone(nlp, store, monkeypatch):
    articles = [read_text(text, source=f"report-{n}") for n, text in enumerate(REPORTS)]
    real_extract = intake_module.extract

    def fragile(article, language):
        if article.source == "report-1":
            raise ValueError("offsets out of range")
        return real_extract(article, language)

    def batch_fails(batch, language):
        raise ValueError("offsets out of range")

    monkeypatch.setattr(intake_module, "extract", fragile)
    monkeypatch.setattr(intake_module, "extract_many", batch_fails)
    tally = Intake(store, batch_size=3).run(articles)
    assert tally.stored == 2
    assert [(f.source, f.reason) for f in tally.failures] == [
        ("report-1", "extraction: ValueError('offsets out of range')")]
    assert store.has(articles[0].id) and store.has(articles[2].id) and not store.has(articles[1].id)
