"""Criticism: a speaker's words of disapproval about another party are that speaker's ACCUSE."""

from __future__ import annotations

from newsgraph.extract import extract
from newsgraph.extract.criticism import disapproval_words
from newsgraph.model import Article


def _accusations(nlp, body: str) -> list[tuple[str, str, str]]:
    doc = extract(Article(id="t", body=body), nlp)
    names = {a.id: a.name for a in doc.actors} | {g.id: g.name for g in doc.groups}
    return [(names[e.source[0]], names[e.target[0]], e.cameo) for e in doc.events if e.plover == "ACCUSE"]


def test_word_list_is_lemmas_with_a_part_of_speech():
    words = disapproval_words()
    assert ("reckless", "ADJ") in words and ("lie", "VERB") in words and ("lie", "NOUN") in words
    assert {pos for _, pos in words} == {"ADJ", "NOUN", "VERB"}


def test_reported_speech_calling_a_partys_act_a_disgrace(nlp):
    body = ("Opposition leader Marta Silva said on Sunday that the handling of the floods by the Treasury "
            "was a disgrace.")
    assert _accusations(nlp, body) == [("Marta Silva", "Treasury", "111")]


def test_statement_condemning_another_states_reckless_provocations(nlp):
    body = ('Havana, May 3 (PL) -- Cuban Foreign Minister Ana Rivero told reporters: "The reckless '
            'provocations of the United States are pushing the region to the brink of war."')
    assert _accusations(nlp, body) == [("Ana Rivero", "United States", "111")]


def test_negated_disapproval_and_the_speakers_own_side_give_nothing(nlp):
    body = ("Norwegian Finance Minister Tomas Berg said the tax plan of the Labour Party was not illegal. "
            "Mr Berg added that Norway had been reckless in the past.")
    assert _accusations(nlp, body) == []


def test_a_party_acted_on_or_a_situation_is_not_the_target(nlp):
    body = ("Historian Ivan Petrov of the Minsk Veterans Society said the partisans routed "
            "the imperialists in 1944. Union leader Ann Cole said the strike by Unite had ended, adding: "
            "\"It is completely unacceptable.\"")
    assert _accusations(nlp, body) == []


def test_naming_someone_by_a_word_of_disapproval_is_criticism(nlp):
    body = ("Green Party leader Ida Moreau called Prime Minister Paul Hart a liar in Tuesday's debate. "
            "Chile's foreign minister described the Peruvian proposal as a provocation.")
    assert _accusations(nlp, body) == [("Ida Moreau", "Paul Hart", "111"), ("foreign minister", "Peru", "111")]


def test_a_participle_naming_takes_its_clauses_subject_and_a_neutral_name_is_nothing(nlp):
    body = ("Senator Omar Haddad left the Reform Party in March, calling it a shambles. "
            "Mr Haddad called the summit a success.")
    assert _accusations(nlp, body) == [("Omar Haddad", "Reform Party", "111")]
