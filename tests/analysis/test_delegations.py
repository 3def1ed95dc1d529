"""Delegations: merged across reports, members listed once, disagreements kept side by side."""

from __future__ import annotations

from newsgraph.analysis.delegations import delegations


def test_delegations_to_pyongyang(corpus):
    store, _ = corpus
    found = delegations(store, to="PRK")
    assert [(d.country, d.leader, d.first_reported) for d in found] == [
        ("CHN", "Li Qiang", "2025-10-10"), ("RUS", "Sergey Shoygu", "2025-10-04")]
    russian = found[1]
    assert russian.members == ["Sergey Shoygu", "Andrei Belousov"]  # "Andrey Belousov" is the same man
    assert russian.sizes == {15: ["Yonhap"], 12: ["TASS", "RIA Novosti"]}
    assert russian.conflicts == ["size"]
    assert russian.last_reported == "2025-10-05"
    assert found[0].occasions == {"80th anniversary of the founding of the Workers' Party of Korea": ["Rodong Sinmun"]}


def test_filter_by_sending_state(corpus):
    store, _ = corpus
    assert [d.country for d in delegations(store, to="North Korea", from_="RUS")] == ["RUS"]
    assert delegations(store, to="KOR") == []
