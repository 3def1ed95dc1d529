"""CoNLL reading (text and gold spans), type mapping, exact-span scoring."""

from __future__ import annotations

from newsgraph.eval.conll import conll_type, read_conll, score_entities

CONLL = """-DOCSTART- -X- -X- O

RUGBY NNP B-NP O
- : O O
FIJI NNP B-NP B-LOC
BEAT VB B-VP O
TONGA NNP B-NP B-LOC
. . O O

Prime NNP B-NP O
Minister NNP I-NP O
Sitiveni NNP I-NP B-PER
Rabuka NNP I-NP I-PER
met VBD B-VP O
New NNP B-NP B-ORG
Zealand NNP I-NP I-ORG
Rugby NNP I-NP I-ORG
Union NNP I-NP I-ORG
officials NNS I-NP O
. . O O

-DOCSTART- -X- -X- O

Australian JJ B-NP B-MISC
envoys NNS I-NP O
left VBD B-VP O
Suva NNP B-NP B-LOC
. . O O
"""


def test_read_conll_builds_text_and_char_spans(tmp_path) -> None:
    path = tmp_path / "test.txt"
    path.write_text(CONLL, encoding="utf-8")
    first, second = read_conll(path)
    assert first.text == ("RUGBY - FIJI BEAT TONGA .\n"
                          "Prime Minister Sitiveni Rabuka met New Zealand Rugby Union officials .")
    assert first.sentences == 2
    assert {(first.text[s:e], t) for s, e, t in first.gold} == {
        ("FIJI", "LOC"), ("TONGA", "LOC"), ("Sitiveni Rabuka", "PER"), ("New Zealand Rugby Union", "ORG")}
    assert {(second.text[s:e], t) for s, e, t in second.gold} == {("Australian", "MISC"), ("Suva", "LOC")}


def test_read_conll_limit_counts_sentences(tmp_path) -> None:
    path = tmp_path / "test.txt"
    path.write_text(CONLL, encoding="utf-8")
    (only,) = read_conll(path, limit=1)
    assert only.text == "RUGBY - FIJI BEAT TONGA ."
    assert [a.sentences for a in read_conll(path, limit=3)] == [2, 1]


def test_conll_type_maps_actor_kinds() -> None:
    assert conll_type("person", "Sitiveni Rabuka") == "PER"
    assert conll_type("state", "Fiji") == "LOC"
    assert conll_type("state", "Australian") == "MISC"
    assert conll_type("region", "Vanua Levu") == "LOC"
    assert conll_type("party", "Fiji Labour Party") == "ORG"
    assert conll_type("government_body", "Ministry of Finance") == "ORG"


def test_score_entities_exact_typed_spans() -> None:
    gold = {(0, 4, "LOC"), (10, 15, "LOC"), (20, 35, "PER"), (40, 50, "ORG")}
    system = {(0, 4, "LOC"), (10, 15, "ORG"), (20, 35, "PER"), (40, 48, "ORG"), (60, 64, "PER")}
    figures = score_entities(gold, system)
    assert figures["all"].as_dict() == {"p": 0.4, "r": 0.5, "f1": 0.444, "sys": 5, "gold": 4}
    assert figures["PER"].as_dict() == {"p": 0.5, "r": 1.0, "f1": 0.667, "sys": 2, "gold": 1}
    assert figures["LOC"].as_dict() == {"p": 1.0, "r": 0.5, "f1": 0.667, "sys": 1, "gold": 2}
    assert figures["ORG"].as_dict() == {"p": 0.0, "r": 0.0, "f1": 0.0, "sys": 2, "gold": 1}
    assert figures["MISC"].as_dict() == {"p": 1.0, "r": 1.0, "f1": 1.0, "sys": 0, "gold": 0}
