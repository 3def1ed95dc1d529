"""DWIE: DocRED-format documents read into text spans; positions and citizenship scored."""

from __future__ import annotations

from newsgraph.eval.dwie import Gold, detokenize, read_doc, score_document
from newsgraph.model import Evidence, Position

TOKENS = ["German", "Chancellor", "Olaf", "Scholz", "met", "Kenya", "'s", "President", "William", "Ruto",
          "in", "Nairobi", ",", "Scholz", "'s", "SPD", "said", ".", "\n", "Ruto", "(", "UDA", ")", "agreed", "."]


def _vertex(name, kind, *positions):
    return [{"name": name, "pos": [s, e], "sent_id": 0, "type": f"type::{kind}"} for s, e in positions]


RAW = {
    "title": "DW_1",
    "sents": [TOKENS],
    "vertexSet": [
        _vertex("Olaf Scholz", "person", (2, 4), (13, 14)),   # 0
        _vertex("German", "other", (0, 1)),                   # 1
        _vertex("Kenya", "location", (5, 6)),                 # 2
        _vertex("William Ruto", "person", (8, 10), (19, 20)),  # 3
        _vertex("SPD", "organization", (15, 16)),             # 4
        _vertex("UDA", "organization", (21, 22)),             # 5
    ],
    "labels": [
        {"h": 0, "t": 1, "r": "head_of_gov-x"}, {"h": 0, "t": 1, "r": "citizen_of-x"},
        {"h": 0, "t": 4, "r": "member_of"},
        {"h": 3, "t": 2, "r": "head_of_state"}, {"h": 3, "t": 2, "r": "citizen_of"},
        {"h": 3, "t": 5, "r": "member_of"},
        {"h": 4, "t": 1, "r": "based_in0-x"},                  # not about a person: dropped
    ],
}
TEXT = "German Chancellor Olaf Scholz met Kenya's President William Ruto in Nairobi, Scholz's SPD said.\nRuto (UDA) agreed."


def test_detokenize_tracks_offsets() -> None:
    text, offsets = detokenize([TOKENS])
    assert text == TEXT
    assert [text[s:e] for s, e in offsets[0]] == TOKENS


def test_read_doc_folds_adjective_relations_to_state_codes() -> None:
    gold = read_doc(RAW)
    assert [TEXT[s:e] for s, e in gold.entities[0].spans] == ["Olaf Scholz", "Scholz"]
    assert (gold.entities[1].code, gold.entities[2].code) == ("DEU", "KEN")
    assert gold.relations == {(0, "head_of_gov", 1), (0, "citizen_of", 1), (0, "member_of", 4),
                              (3, "head_of_state", 2), (3, "citizen_of", 2), (3, "member_of", 5)}


def test_score_document(document) -> None:
    gold: Gold = read_doc(RAW)
    doc = document(TEXT, {
        "p1": ("Olaf Scholz", "person", ["Olaf Scholz", "Scholz#1"]),
        "p2": ("William Ruto", "person", ["William Ruto"]),
        "o1": ("SPD", "party", ["SPD"]),
        "s1": ("KEN", "state", ["Kenya"]),
    }, positions=[
        Position(holder="p1", title="Chancellor", country="DEU", evidence=Evidence(start=0, end=29)),
        Position(holder="p1", title="leader", organization="o1", evidence=Evidence(start=77, end=85)),
        Position(holder="p2", title="President", country="UGA", evidence=Evidence(start=34, end=63)),
    ])
    doc.actors[0].country = "DEU"
    doc.actors[1].country = "UGA"
    figures, recall = score_document(gold, doc)
    # gold: Scholz head_of_gov DEU, Scholz member_of SPD, Ruto head_of_state KEN, Ruto member_of UDA
    assert figures["positions"].as_dict() == {"p": 0.667, "r": 0.5, "f1": 0.571, "sys": 3, "gold": 4}
    assert figures["citizenship"].as_dict() == {"p": 0.5, "r": 0.5, "f1": 0.5, "sys": 2, "gold": 2}
    assert {k: (v.tp_gold, v.n_gold) for k, v in recall.items()} == {
        "head_of_state": (0, 1), "head_of_gov": (1, 1), "minister_of": (0, 0), "member_of": (1, 2)}


def test_detokenize_closes_quotes_on_the_words_they_enclose() -> None:
    tokens = ["Ruto", "said", ":", '"', "No", ".", '"', "He", "left", ",", '"', "at", "once", '"', ".", "\n",
              '"', "We", "go", "\n", '"', "Now", ",", '"', "he", "said", "."]
    text, offsets = detokenize([tokens])
    # a quote left open at a paragraph's end is opened again by the next one, as news writes it
    assert text == 'Ruto said: "No." He left, "at once".\n"We go\n"Now," he said.'
    assert [text[s:e] for s, e in offsets[0]] == tokens
