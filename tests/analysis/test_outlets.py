"""The outlets table: names, domains, ownership, and a user's additions."""

from __future__ import annotations

import pytest

from newsgraph.analysis.outlets import Outlet, outlets, read_outlets


def test_packaged_outlets():
    table = outlets()
    assert table.find("KCNA") == Outlet("Korean Central News Agency", "PRK", "state")
    assert table.find("rodong sinmun") == Outlet("Rodong Sinmun", "PRK", "state")
    assert table.find(None, "https://www.nknews.org/2025/10/story/") == Outlet("NK News", "USA", "independent")
    assert table.find("Xinhua").country == "CHN"
    assert table.find("Some Blog") is None
    assert not table.find("TASS").independent
    assert table.find("BBC").independent


def test_a_user_file_extends_and_overrides(tmp_path, monkeypatch):
    extra = tmp_path / "outlets.tsv"
    extra.write_text("Pyongyang Times\tPRK\tstate\tThe Pyongyang Times\t\nNK News\tKOR\tindependent\t\t\n")
    monkeypatch.setenv("NEWSGRAPH_OUTLETS", str(extra))
    table = outlets()
    assert table.find("The Pyongyang Times") == Outlet("Pyongyang Times", "PRK", "state")
    assert table.find("NK News").country == "KOR"


def test_bad_ownership_is_refused():
    with pytest.raises(ValueError, match="ownership"):
        read_outlets([("mine.tsv", ["Daily Example\tGBR\tprivate\t\t"])])
