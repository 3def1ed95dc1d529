"""Profiles: one person across outlets, posts over time, and conflicts shown, not resolved."""

from __future__ import annotations

import pytest

from newsgraph.analysis.compose import Composer
from newsgraph.analysis.parties import NotFound
from newsgraph.analysis.profile import Conflict, profile
from newsgraph.resolve.resolver import resolve_article
from newsgraph.store import Store


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


def _prime_minister_report(outlet: str, published: str, title: str, holder: str = "Ri Il Hwan") -> Composer:
    c = Composer(f"Pyongyang ({outlet}) -- {title} {holder} addressed a meeting of "
                 f"county officials on {published}.", outlet=outlet, published=published)
    c.position(c.actor(holder, country="PRK"), title, country="PRK")
    return c


def test_one_post_in_any_case_or_spacing_is_listed_once_in_its_most_common_form(db_url):
    with Store(db_url) as store:
        for composer in (_prime_minister_report("KCNA", "2025-03-02", "Prime Minister"),
                         _prime_minister_report("Yonhap", "2025-01-10", "prime minister"),
                         _prime_minister_report("NK News", "2025-06-30", "PRIME  MINISTER"),
                         _prime_minister_report("Rodong Sinmun", "2025-04-01", "Prime Minister"),
                         _prime_minister_report("KCNA", "2025-05-05", "prime\nminister", holder="Jo Yong Won")):
            store.save(composer.document)
            resolve_article(store, composer.document.article.id)
        ri = profile(store, "Ri Il Hwan")
        assert [(p.title, p.first_seen, p.last_seen, p.reports, p.outlets) for p in ri.posts] == [
            ("Prime Minister", "2025-01-10", "2025-06-30", 4, ["Yonhap", "KCNA", "Rodong Sinmun", "NK News"])]
        # The other holder is found whatever case either article printed the title in.
        assert ri.conflicts == [Conflict("Prime Minister", "also held by Jo Yong Won on 2025-05-05",
                                         ["KCNA", "NK News", "Rodong Sinmun", "Yonhap"])]
