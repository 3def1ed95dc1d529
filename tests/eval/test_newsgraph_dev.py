"""newsgraph-dev: documents written as analyze --json prints them, scored by the shared score.py."""

from __future__ import annotations

import json

import pytest

from newsgraph.eval.newsgraph_dev import (DEV2, HOLDOUT, OUTLETS, holdout_gold, read_sources, score_documents,
                                          source_text, write_documents)
from newsgraph.model import PLOVER_TYPES
from newsgraph.eval.registry import dataset_dir

TEXT = ("Foreign Minister Ana Lindqvist of Sweden met her Finnish counterpart Mikko Aalto in Stockholm "
        "on Monday. Lindqvist said the two countries would deepen defence cooperation.")

GOLD = {
    "people": [{"name": "Ana Lindqvist", "country": "SWE",
                "positions": [{"title": "Foreign Minister", "organization": None}]},
               {"name": "Mikko Aalto", "country": "FIN", "positions": []}],
    "states": ["SWE", "FIN"],
    "quotes": [{"speaker": "Ana Lindqvist", "direct": False,
                "says": "the two countries would deepen defence cooperation"}],
}


@pytest.fixture
def doc(document):
    from newsgraph.model import Evidence, Position, Quote

    d = document(TEXT, {"p1": ("Ana Lindqvist", "person", ["Ana Lindqvist", "Lindqvist#1"]),
                        "p2": ("Mikko", "person", ["Mikko"]),
                        "s1": ("SWE", "state", ["Sweden"]), "s2": ("FIN", "state", ["Finnish"])},
                 positions=[Position(holder="p1", title="Foreign Minister", evidence=Evidence(start=0, end=29))],
                 quotes=[Quote(speaker="p1", text="the two countries would deepen defence cooperation",
                               direct=False, evidence=Evidence(start=100, end=170))])
    d.actors[2].country, d.actors[3].country = "SWE", "FIN"
    return d


def test_write_documents_round_trips(tmp_path, doc) -> None:
    docs = write_documents({"stockholm-talks": doc}, tmp_path)
    assert json.loads((tmp_path / "stockholm-talks.json").read_text()) == docs["stockholm-talks"] == doc.to_dict()


@pytest.mark.skipif(dataset_dir("newsgraph-dev") is None, reason="shared/eval/newsgraph-dev absent")
def test_score_documents(doc) -> None:
    report = score_documents("newsgraph-dev", {"stockholm-talks": GOLD}, {"stockholm-talks": doc.to_dict()})
    figures = {k: v.as_dict() for k, v in report.metrics.items()}
    # "Mikko" alone is not "Mikko Aalto": one person missed, one extra
    assert figures["people"] == {"p": 0.5, "r": 0.5, "f1": 0.5, "sys": 2, "gold": 2}
    assert figures["positions"] == {"p": 1.0, "r": 1.0, "f1": 1.0, "sys": 1, "gold": 1}
    assert figures["states"] == {"p": 1.0, "r": 1.0, "f1": 1.0, "sys": 2, "gold": 2}
    assert figures["quotes"] == {"p": 1.0, "r": 1.0, "f1": 1.0, "sys": 1, "gold": 1}
    assert report.items == 1


@pytest.mark.parametrize("gold_dir", [HOLDOUT, DEV2, OUTLETS], ids=["holdout", "dev2", "outlets"])
def test_team_gold_files_are_whole_articles_in_the_dev_shape(gold_dir):
    paths = sorted(gold_dir.glob("*.json"))
    assert len(paths) >= 12
    for path in paths:
        gold = json.loads(path.read_text(encoding="utf-8"))
        assert gold["source"].startswith(("kcna-dev/articles/", "bbc-politics/politics/", "polnear/dev/text/",
                                          "polnear/test/text/", "dwie/docred-format/dev.json#DW_")), path
        assert {"people", "states", "organizations", "events", "quotes"} <= set(gold), path
        # an attack by no one named has a target only
        assert all(e["plover"] in PLOVER_TYPES and (e["source"] or e["target"]) for e in gold["events"]), path
        # the article's words stay in shared/: a quote is a span into its text
        assert all("says" not in q and len(q["says_at"]) == 2 for q in gold["quotes"]), path


@pytest.mark.skipif(dataset_dir("newsgraph-dev") is None, reason="shared/eval absent")
def test_holdout_quotes_read_their_words_from_the_article():
    root = dataset_dir("newsgraph-dev").parent
    gold = holdout_gold(HOLDOUT / "kcna-2024-08-08-f407b01b.json", root)
    assert all(q["says"] and len(q["says"].split()) >= 3 for q in gold["quotes"])
    assert gold["quotes"][0]["says"] in (root / gold["source"]).read_text(encoding="utf-8")


def test_a_dwie_source_is_its_article_detokenized(tmp_path):
    (tmp_path / "dwie").mkdir()
    (tmp_path / "dwie" / "dev.json").write_text(json.dumps([
        {"title": "DW_7", "sents": [["Talks", "end", "\n"], ["Merkel", "met", "Putin", "(", "Monday", ")", "."]]},
        {"title": "DW_8", "sents": [["Other"]]}]), encoding="utf-8")
    assert source_text("dwie/dev.json#DW_7", tmp_path) == "Talks end\nMerkel met Putin (Monday)."
    (article,) = read_sources(["dwie/dev.json#DW_7"], tmp_path)
    assert (article.title, article.body, article.source) == ("Talks end", "Merkel met Putin (Monday).",
                                                              "dwie/dev.json#DW_7")


def test_a_file_source_is_read_as_a_file(tmp_path):
    (tmp_path / "a.txt").write_bytes("Caf\xe9 talks\n\nThe minister met envoys.".encode("latin-1"))
    assert source_text("a.txt", tmp_path) == "Caf\xe9 talks\n\nThe minister met envoys."
