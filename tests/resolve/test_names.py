"""Names across articles: variants that are one name, look-alikes that are not."""

from __future__ import annotations

import pytest

from newsgraph.resolve.names import NameRelation, compare_names, fold_word, person_name, strip_titles


def relation(a: str, b: str) -> NameRelation:
    return compare_names(person_name(a), person_name(b))


@pytest.mark.parametrize(("printed", "name"), [
    ("Respected Comrade Kim Jong Un", "Kim Jong Un"),
    ("Marshal Kim Jong Un", "Kim Jong Un"),
    ("Mr. Straw", "Straw"),
    ("Foreign Minister Choe Son Hui", "Choe Son Hui"),
    ("Kim Jong Un", "Kim Jong Un"),
])
def test_titles_and_forms_of_address_are_stripped(printed, name):
    assert strip_titles(printed) == name


@pytest.mark.parametrize(("word", "folded"), [
    ("chebotaryov", "chebotarev"), ("yevkurov", "evkurov"), ("andrei", "andrey"),
    ("dmitriy", "dmitry"), ("dmitrii", "dmitry"), ("mikhail", "mihail"), ("aleksei", "alexey"),
    ("zelenskyy", "zelensky"), ("fyodor", "fedor"), ("g", "g"),
])
def test_romanisation_variants_fold_to_one_spelling(word, folded):
    assert fold_word(word) == folded


def test_korean_names_join_their_given_syllables():
    name = person_name("Kim Jong-un")
    assert (name.family, name.given, name.family_first) == ("kim", ("jongun",), True)
    assert person_name("Kim Jong Un").key == person_name("Kim Jongun").key == "kim jongun"


@pytest.mark.parametrize(("a", "b", "expected"), [
    ("Kim Jong Un", "Kim Jong-un", NameRelation.same),
    ("Respected Comrade Kim Jong Un", "Kim Jong Un", NameRelation.same),
    ("Sergei Chebotaryov", "Sergey Chebotarev", NameRelation.same),
    ("Yunus-bek Yevkurov", "Yunus-Bek Evkurov", NameRelation.same),
    ("Andrey Belousov", "Andrei Belousov", NameRelation.same),
    ("Xi Jinping", "Xi Jin-ping", NameRelation.same),
    ("Zyuganov Gennady", "Gennady Zyuganov", NameRelation.reordered),
    ("Dmitri Anatolyevich Petrov", "Dmitry Petrov", NameRelation.middle_name),
    ("G. Zyuganov", "Gennady Zyuganov", NameRelation.initials),
    ("Aleksandr Novak", "Alexander Novak", NameRelation.variant),
    ("Zyuganov", "Gennady Zyuganov", NameRelation.family_only),
])
def test_variants_of_one_name(a, b, expected):
    assert relation(a, b) is expected
    assert relation(b, a) is expected


@pytest.mark.parametrize(("a", "b"), [
    ("Kim Jong Un", "Kim Yo Jong"),
    ("Kim Jong Un", "Kim Tok Hun"),
    ("Kim Jong Un", "Kim Song Nam"),
    ("Kim Yo Jong", "Kim Song Nam"),
    ("Choe Son Hui", "Choe Ryong Hae"),
    ("Alexander Novak", "Alexei Novak"),
    ("Sergei Ivanov", "Viktor Ivanov"),
    ("Ri Pyong Chol", "Ri Pyong Hui"),
    ("V. Ivanov", "Sergei Ivanov"),
])
def test_people_who_share_a_family_name_are_different(a, b):
    assert relation(a, b) is NameRelation.different
