"""Dates as news writes them, resolved strictly against the publication date."""

from __future__ import annotations

import pytest

from newsgraph.extract.dates import dateline, resolve


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("On October 10", None, "--10-10"),
    ("October 10", "2025-10-15", "2025-10-10"),
    ("10 October 2024", None, "2024-10-10"),
    ("Sept. 3", "2024-09-09", "2024-09-03"),
    ("on the 3rd of March", None, "--03-03"),
    ("2024-05-18", None, "2024-05-18"),
    ("March 2019", None, "2019-03"),
    # a December date in a January article is last December, not next
    ("December 28", "2025-01-04", "2024-12-28"),
    ("yesterday", "2024-08-16", "2024-08-15"),
    ("today", "2024-08-16", "2024-08-16"),
])
def test_absolute_and_relative_dates(text, published, expected):
    assert resolve(text, published) == expected


def test_weekday_is_the_last_one_on_or_before_publication():
    # 2024-08-16 is a Friday
    assert resolve("on Wednesday", "2024-08-16") == "2024-08-14"
    assert resolve("on Friday", "2024-08-16") == "2024-08-16"
    assert resolve("last Friday", "2024-08-16") == "2024-08-09"


def test_weekday_of_a_future_event_is_the_next_one():
    assert resolve("on Monday", "2024-08-16", future=True) == "2024-08-19"
    assert resolve("next Friday", "2024-08-16") == "2024-08-23"


@pytest.mark.parametrize("text", ["last week", "last month", "earlier this year", "recently"])
def test_spans_never_become_a_day(text):
    assert resolve(text, "2024-08-16") is None


@pytest.mark.parametrize("text", ["on Wednesday", "yesterday", "last week"])
def test_relative_dates_need_a_publication_date(text):
    assert resolve(text, None) is None


def test_no_invented_year():
    assert resolve("May 9", None) == "--05-09"
    assert resolve("February 30", "2024-03-01") is None


def test_kcna_dateline_gives_place_and_date():
    body = "Pyongyang, September 1 (KCNA) -- Kim Jong Un received the visiting delegation."
    line = dateline(body, "2024-09-02")
    assert line is not None
    assert (line.place, line.date, line.agency) == ("Pyongyang", "2024-09-01", "KCNA")
    assert body[line.end:].strip().startswith("Kim Jong Un")


def test_dateline_without_publication_stays_partial():
    line = dateline("Pyongyang, August 15 (KCNA) -- The DPRK Foreign Ministry said.", None)
    assert line is not None and line.date == "--08-15"


def test_no_dateline_in_ordinary_prose():
    assert dateline("Tony Blair, the prime minister, said on Monday (local time) -- nothing.", None) is None
