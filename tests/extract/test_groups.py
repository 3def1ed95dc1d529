"""Groups stage: delegations read from news and state-media sentences."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsgraph.extract import extract
from newsgraph.model import Article

STAGES = ("actors", "positions", "groups")
SEED = Path("/work/shared/examples")


def delegation(nlp, text: str) -> tuple[dict, dict[str, str]]:
    doc = extract(Article(id="t", body=text), nlp, stages=STAGES)
    assert len(doc.groups) == 1
    return doc.groups[0].model_dump(), {a.id: a.name for a in doc.actors}


def test_news_delegation_with_size_members_bodies_and_host(nlp):
    text = ("A visiting Russian delegation comprised 28 members, including Pavel Orlov, Deputy Chairman "
            "of the Russian Security Council. The group visited North Korea last week to mark the "
            "anniversary of the party's founding. The delegation also included officials from the "
            "Ministries of Defense, Foreign Affairs, and Natural Resources.")
    group, names = delegation(nlp, text)
    assert (group["country"], group["host"], group["size"]) == ("RUS", "PRK", 28)
    assert names[group["leader"]] == "Pavel Orlov"
    assert [names[b] for b in group["bodies"]] == [
        "Ministry of Defense", "Ministry of Foreign Affairs", "Ministry of Natural Resources"]
    assert group["occasion"] == "the anniversary of the party's founding"
    assert len(group["mentions"]) == 3


def test_kcna_delegation_led_by_minister_arrives_here(nlp):
    text = ("Pyongyang, May 3 (KCNA) -- A delegation of the Ministry of Health of Russia led by Minister "
            "Mikhail Orlov arrived here on Friday.")
    group, names = delegation(nlp, text)
    assert (group["country"], group["host"]) == ("RUS", "PRK")
    assert names[group["leader"]] == "Mikhail Orlov"
    assert [names[b] for b in group["bodies"]] == ["Ministry of Health of Russia"]


def test_officials_of_the_delegating_state_are_members(nlp):
    text = ("A Russian delegation arrived in Pyongyang on Tuesday. Key Russian officials who met with "
            "North Korean leader Kim Jong Un included Pavel Orlov, Secretary of the Security Council; "
            "and Boris Gromov, Deputy Minister of Defense.")
    group, names = delegation(nlp, text)
    assert [names[m] for m in group["members"]] == ["Pavel Orlov", "Boris Gromov"]


@pytest.mark.skipif(not SEED.exists(), reason="shared examples absent")
def test_seed_delegation(nlp):
    text = (SEED / "seed-article.txt").read_text()
    expected = json.loads((SEED / "seed-article.expected.json").read_text())["delegation"]
    doc = extract(Article(id="seed", body=text), nlp, stages=STAGES)
    names = {a.id: a.name for a in doc.actors}
    group = next(g for g in doc.groups if g.country == "RUS")
    assert group.size == expected["size"] and group.host == "PRK"
    assert names[group.leader] == expected["led_by"]
    assert {names[m] for m in group.members} == set(expected["members_named"])
    assert {names[b] for b in group.bodies} == set(expected["bodies"])


def test_semicolon_list_of_officials_ends_with_its_last_member(nlp):
    text = ("A Chinese delegation arrived in Hanoi on Monday. Key Chinese officials who met with "
            "Vietnamese leader To Lam included Wang Lei, Vice Minister of Commerce; Zhao Min, Governor "
            "of Yunnan Province; and Liu Bo, Chairman of the Standing Committee of the Guangxi People's "
            "Congress, whom Vietnamese media did not name with Nguyen Van An.")
    group, names = delegation(nlp, text)
    assert [names[m] for m in group["members"]] == ["Wang Lei", "Zhao Min", "Liu Bo"]


def test_parties_listed_past_a_bracketed_acronym(nlp):
    text = ("A Russian delegation visited Pyongyang. Analysts noted the presence of representatives from "
            "the Communist Party, the Liberal Democratic Party of Russia (LDPR), and A Just Russia - For "
            "Truth, alongside United Russia.")
    group, names = delegation(nlp, text)
    assert {names[p] for p in group["parties"]} >= {
        "Communist Party", "Liberal Democratic Party of Russia", "A Just Russia - For Truth"}


def test_delegation_named_by_its_state_after_of_and_hosted_by_a_capital(nlp):
    text = ("Hanoi, March 4 (VNA) -- Tran Van Minh, vice-chairman of the National Assembly of Vietnam, "
            "received the parliamentary delegation of the Republic of Cuba led by Rosa Delgado, "
            "president of the National Assembly of People's Power, on Tuesday. "
            "The delegation arrived in Havana on Sunday.")
    group, names = delegation(nlp, text)
    assert group["name"] == "parliamentary delegation of the Republic of Cuba"
    assert group["country"] == "CUB"
    assert group["host"] is None  # Havana is the delegation's own capital
    text = text.replace("arrived in Havana", "arrived in Hanoi")
    group, names = delegation(nlp, text)
    assert (group["country"], group["host"], names[group["leader"]]) == ("CUB", "VNM", "Rosa Delgado")


def test_bare_plural_nouns_are_no_groups_nor_actors(nlp):
    text = ("Frustrated parents and students rallied outside the statehouse in Columbus on Monday. "
            "Experts said people in other cities were planning similar protests, and officials "
            "declined to comment.")
    doc = extract(Article(id="t", body=text), nlp, stages=STAGES)
    assert doc.groups == []
    plurals = {"parents", "students", "experts", "people", "officials"}
    assert not [a.name for a in doc.actors if a.name.lower().split()[-1] in plurals]


def test_plural_nouns_beside_a_delegation_join_nothing(nlp):
    text = ("A Vietnamese delegation led by Tran Van Minh met teachers and parents in Vientiane on "
            "Tuesday. Experts said the delegation would return next year, and students welcomed the group.")
    group, names = delegation(nlp, text)
    assert (group["name"], group["country"]) == ("Vietnamese delegation", "VNM")
    assert [names[m] for m in group["members"]] == ["Tran Van Minh"]
    assert group["parties"] == [] and group["bodies"] == []
    assert len(group["mentions"]) == 3
    assert sorted(names.values()) == ["Tran Van Minh", "Vietnam"]  # no actor for any plural noun


def test_a_bodys_delegation_is_its_own_group_and_meets_the_other(nlp):
    doc = extract(Article(id="t", body="An Israeli delegation and a Hamas delegation held talks in Cairo on Monday."), nlp)
    names = {g.id: g.name for g in doc.groups}
    assert sorted((g.name, g.country) for g in doc.groups) == [("Hamas delegation", "PSE"), ("Israeli delegation", "ISR")]
    assert [(e.plover, [names[x] for x in e.source], [names[x] for x in e.target]) for e in doc.events] == [
        ("CONSULT", ["Israeli delegation"], ["Hamas delegation"])]
