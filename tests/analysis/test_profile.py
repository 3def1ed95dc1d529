"""Profiles: one person across outlets, posts over time, and conflicts shown, not resolved."""

from __future__ import annotations

import pytest

from newsgraph.analysis.parties import NotFound
from newsgraph.analysis.profile import Conflict, profile


def test_profile_of_a_leader_across_spellings_and_outlets(corpus):
    store, _ = corpus
    kim = profile(store, "Kim Jong-un")
    assert kim.name == "Kim Jong Un"
    assert kim.country == "PRK"
    assert kim.names == {"Kim Jong Un": 6, "Kim Jong-un": 1}
    assert (kim.articles, kim.first_seen, kim.last_seen) == (7, "2025-10-03", "2025-11-20")
    assert [(p.title, p.first_seen, p.reports) for p in kim.posts] == [
        ("general secretary of the Workers' Party of Korea", "2025-10-03", 1)]
    # The meeting reported by four articles counts once.
    assert kim.events_by_type == {"MOBILIZE": 2, "COOPERATE": 2, "CONSULT": 1}
    assert ("Sergei Shoigu", 1) in kim.counterparts
    assert [q.text for q in kim.quotes] == ["the friendship between the two countries is invincible"]
    assert kim.sources == {"KCNA": 3, "Yonhap": 1, "TASS": 1, "Rodong Sinmun": 1, "RIA Novosti": 1}


def test_two_holders_of_one_post_are_flagged_with_their_sources(corpus):
    store, _ = corpus
    pak = profile(store, "Pak Thae Song")
    assert [(p.title, p.first_seen, p.last_seen, p.reports) for p in pak.posts] == [
        ("Premier", "2025-11-20", "2025-11-25", 2)]
    assert pak.conflicts == [Conflict("Premier", "also held by Kim Tok Hun on 2025-11-21", ["KCNA", "Yonhap"])]


def test_a_delegation_leader_lists_the_groups(corpus):
    store, _ = corpus
    shoigu = profile(store, "Shoigu")
    assert shoigu.name == "Sergei Shoigu"
    assert shoigu.groups == ["15-member delegation", "Russian delegation of 12 people"]


def test_unknown_actor(corpus):
    store, _ = corpus
    with pytest.raises(NotFound):
        profile(store, "Kim Song Nam")
