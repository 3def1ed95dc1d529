"""Event data-set scorers: label mapping, dictionary parsing, and small runs on the shared sets."""

from __future__ import annotations

import re

import pytest

from newsgraph.eval.events_sets import (
    GSR_LABELS, _kairos, baseline_event, code_sentences, penta_class, petrarch_actors,
)
from newsgraph.eval.registry import DATASETS, shared_eval_dir


def test_scorers_are_registered():
    assert {"plover", "petrarch2", "wikievents", "conflibert-cameo"} <= set(DATASETS)


def test_gsr_labels_map_to_current_plover():
    assert GSR_LABELS == {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}


@pytest.mark.parametrize(("cameo", "klass"), [
    (None, 0), ("020", 0), ("036", 1), ("057", 1), ("0841", 2), ("111", 3), ("138", 3), ("190", 4), ("2042", 4),
])
def test_penta_class(cameo, klass):
    assert penta_class(cameo) == klass


def test_kairos_types():
    assert _kairos("Contact.Contact.Meet") == "CONSULT"
    assert _kairos("Contact.ThreatenCoerce.Broadcast") == "THREATEN"
    assert _kairos("Contact.Contact.Broadcast") == "Contact.Contact.Broadcast"
    assert _kairos("Life.Die.Unspecified") is None


def test_petrarch_actor_dictionary(tmp_path):
    path = tmp_path / "actors.txt"
    path.write_text("<!-- header -->\nARNOR_  [ARN]\nGONDOR [GON] # note\n+MINAS_TIRITH\nBOROMIR  [---]\n")
    table = petrarch_actors(path)
    assert table[r"\bARNOR\b"] == "ARN"
    assert table[r"\bGONDOR\w*"] == "GON"
    assert table[r"\bMINAS\ TIRITH\w*"] == "GON"
    assert "BOROMIR" not in " ".join(table)
    assert re.search(r"\bGONDOR\w*", "the Gondorian army", re.I)


def test_dictionary_actors_let_fictional_states_take_part(nlp):
    coded = code_sentences(["Arnor condemned Gondor on Tuesday."], {r"\bArnor\b": "ARN", r"\bGondor\b": "GON"})
    events = coded[0].document.events
    assert [(e.plover, e.cameo) for e in events] == [("ACCUSE", "111")]
    assert coded[0].baseline.plover == "ACCUSE"


def test_baseline_reads_only_the_root_verb(nlp):
    assert baseline_event(nlp("Officials said the two leaders met in Geneva.")) is None  # root: say
    assert baseline_event(nlp("The two leaders met in Geneva.")).plover == "CONSULT"


@pytest.mark.shared
@pytest.mark.parametrize("name", ["plover", "petrarch2", "wikievents", "conflibert-cameo"])
def test_scorers_run_on_the_shared_sets(name, nlp):
    root = shared_eval_dir()
    if root is None:
        pytest.skip("shared/eval is absent")
    folder = root / {"plover": "plover", "petrarch2": "petrarch2", "wikievents": "wikievents",
                     "conflibert-cameo": "conflibert-cameo"}[name]
    report = DATASETS[name](folder, limit=12)
    assert report.items == 12
    data = report.as_dict()
    assert data["dataset"] == name and data["metrics"]
