"""Clause grammar the event stages share: whose act a verb is."""

from __future__ import annotations

from spacy.tokens import Doc

from newsgraph.extract.event_grammar import is_negated, subjects


def test_a_finite_clause_the_parser_left_subjectless_borrows_no_subject(nlp):
    # the parser's error, as it makes it on a quoted foreign word: the clause's subject read as the
    # object of "after", the finite verb left with no subject of its own
    words = ["A", "month", "after", "a", "so", "-", "called", '"', "Freeman", '"', "fatally", "shot", "a", "policeman",
             ",", "the", "police", "may", "act", "."]
    doc = Doc(nlp.vocab, words=words, heads=[1, 11, 1, 8, 6, 6, 8, 8, 2, 8, 11, 18, 13, 11, 18, 16, 18, 18, 18, 18],
              deps=["det", "npadvmod", "prep", "det", "advmod", "punct", "amod", "punct", "pobj", "punct", "advmod",
                    "advcl", "det", "dobj", "punct", "det", "nsubj", "aux", "ROOT", "punct"],
              tags=["DT", "NN", "IN", "DT", "RB", "HYPH", "VBN", "``", "NNP", "''", "RB", "VBD", "DT", "NN", ",", "DT",
                    "NNS", "MD", "VB", "."],
              pos=["DET", "NOUN", "ADP", "DET", "ADV", "PUNCT", "VERB", "PUNCT", "PROPN", "PUNCT", "ADV", "VERB", "DET",
                   "NOUN", "PUNCT", "DET", "NOUN", "AUX", "VERB", "PUNCT"],
              lemmas=["a", "month", "after", "a", "so", "-", "call", '"', "Freeman", '"', "fatally", "shoot", "a",
                      "policeman", ",", "the", "police", "may", "act", "."])
    assert "police" not in [t.text for t in subjects(doc[11])]
    assert [t.text for t in subjects(doc[18])] == ["police"]
    # a participle still takes the main clause's subject
    words = ["Speaking", "in", "Rome", ",", "the", "minister", "praised", "Italy", "."]
    doc = Doc(nlp.vocab, words=words, heads=[6, 0, 1, 6, 5, 6, 6, 6, 6],
              deps=["advcl", "prep", "pobj", "punct", "det", "nsubj", "ROOT", "dobj", "punct"],
              tags=["VBG", "IN", "NNP", ",", "DT", "NN", "VBD", "NNP", "."],
              pos=["VERB", "ADP", "PROPN", "PUNCT", "DET", "NOUN", "VERB", "PROPN", "PUNCT"],
              lemmas=["speak", "in", "Rome", ",", "the", "minister", "praise", "Italy", "."])
    assert [t.text for t in subjects(doc[0])] == ["minister"]


def test_an_act_done_without_is_negated(nlp):
    doc = nlp("Ann Grey left without meeting Tom Reed.")
    meeting = next(t for t in doc if t.lower_ == "meeting")
    assert is_negated(meeting) and not is_negated(doc[2])


def test_an_infinitive_on_what_a_negated_copula_denies_is_negated(nlp):
    doc = nlp("Ann Lowe said it was not her role to yield to the lobby.")
    assert is_negated(next(t for t in doc if t.lower_ == "yield"))
    doc = nlp("Ann Lowe said it was her role to yield to the lobby.")
    assert not is_negated(next(t for t in doc if t.lower_ == "yield"))
