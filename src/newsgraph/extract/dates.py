"""When things happened: date phrases resolved against the article's publication date.

Strict by design: nothing is invented. A date without a year stays partial (`--10-10`) unless the
publication date supplies the year; relative phrases ("on Wednesday", "yesterday") resolve only
against a known publication date; spans ("last week", "last month") never become a single day.
Results are ISO 8601: `YYYY-MM-DD`, `YYYY-MM` (month and year only), or `--MM-DD`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

_MONTHS = {
    name: i + 1
    for i, names in enumerate((
        ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
        ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
        ("october", "oct"), ("november", "nov"), ("december", "dec"),
    ))
    for name in names
}
_WEEKDAYS = {d: i for i, d in enumerate(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>1[89]\d\d|20\d\d)"

_PATTERNS = (
    re.compile(rf"\b{_YEAR}-(?P<mnum>[01]\d)-(?P<dnum>[0-3]\d)\b"),
    re.compile(rf"\b{_MONTH}\s+{_DAY}\b(?:,?\s*{_YEAR})?", re.I),
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s*{_YEAR})?", re.I),
    re.compile(rf"\b{_MONTH}\s+(?:of\s+)?{_YEAR}\b", re.I),
)
_WEEKDAY = re.compile(r"\b(?P<last>last\s+|next\s+|this\s+)?(?P<weekday>" + "|".join(_WEEKDAYS) + r")\b", re.I)
_RELATIVE_DAYS = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0}
_RELATIVE = re.compile(r"\b(?P<word>" + "|".join(_RELATIVE_DAYS) + r")\b", re.I)

# "Pyongyang, September 1 (KCNA) --" / "PYONGYANG, Sept. 1 (KCNA) -"
_DATELINE = re.compile(
    rf"^[ \t]*(?P<place>[A-Z][A-Za-z .'-]{{1,40}}?),\s+(?i:{_MONTH})\s+{_DAY}(?:,?\s*{_YEAR})?\s*"
    r"\((?P<agency>[A-Za-z .]{2,30})\)\s*[-\u2013\u2014]+",
    re.M,
)
_DATELINE_WINDOW = 400  # a dateline opens the story: look no further than its first lines


@dataclass(frozen=True)
class Dateline:
    """The place and date a wire story opens with, and where its text begins."""

    place: str
    date: str | None
    agency: str
    end: int


def _published(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def _month_day(month: int, day: int, year: int | None, pub: date | None) -> str | None:
    """ISO text for a calendar date; a missing year comes from `pub` (the last such date on or
    a little after publication), else the date stays partial."""
    if not 1 <= day <= 31:
        return None
    if year is None and pub is not None:
        year = pub.year
        try:
            # news reports the past: "December 28" in a January article is last year's
            if date(year, month, day) > pub + timedelta(days=31):
                year -= 1
        except ValueError:
            return None
    if year is None:
        return f"--{month:02d}-{day:02d}"
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def resolve(text: str, published: str | None = None, future: bool = False) -> str | None:
    """The date `text` names, as ISO text, or None when it names no single day or month.

    `published` (YYYY-MM-DD) anchors years and relative days; `future` says the event is still to
    come, so a bare weekday means the next one rather than the last.
    """
    pub = _published(published)
    for pattern in _PATTERNS:
        m = pattern.search(text)
        if not m:
            continue
        g = m.groupdict()
        year = int(g["year"]) if g.get("year") else None
        if g.get("mnum"):
            return _month_day(int(g["mnum"]), int(g["dnum"]), year, pub)
        month = _MONTHS[g["month"].lower()]
        if g.get("day"):
            return _month_day(month, int(g["day"]), year, pub)
        return f"{year:04d}-{month:02d}"
    if pub is None:
        return None
    m = _RELATIVE.search(text)
    if m:
        return (pub + timedelta(days=_RELATIVE_DAYS[m["word"].lower()])).isoformat()
    m = _WEEKDAY.search(text)
    if m:
        offset = _WEEKDAYS[m["weekday"].lower()] - pub.weekday()
        which = (m["last"] or "").strip().lower()
        if which == "next" or (future and which != "last"):
            offset = offset % 7 or 7
        else:
            offset = -((-offset) % 7)
            if which == "last" and offset == 0:
                offset = -7
        return (pub + timedelta(days=offset)).isoformat()
    return None


def dateline(body: str, published: str | None = None) -> Dateline | None:
    """The wire dateline opening `body` ("Pyongyang, September 1 (KCNA) --"), or None.

    It may follow a headline line; `Dateline.end` is where the story's own text begins.
    """
    m = _DATELINE.search(body[:_DATELINE_WINDOW])
    if not m:
        return None
    year = int(m["year"]) if m["year"] else None
    when = _month_day(_MONTHS[m["month"].lower()], int(m["day"]), year, _published(published))
    return Dateline(place=m["place"].strip(), date=when, agency=m["agency"].strip(), end=m.end())
