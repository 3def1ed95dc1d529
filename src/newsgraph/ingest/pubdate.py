"""Publication dates as the pages write them, read into YYYY-MM-DD without guessing.

Only a date with a day, a month and a year becomes a publication date; "May 3" or "last week"
give None, because a year would have to be invented.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime

_MONTHS = {
    name: number
    for number, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
         ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
         ("october", "oct"), ("november", "nov"), ("december", "dec")], start=1)
    for name in names
}
MONTH_NAMES = "|".join(sorted(_MONTHS, key=len, reverse=True))
"""Alternation of English month names and abbreviations, longest first, for other patterns."""
_MONTH = rf"(?P<month>{MONTH_NAMES})\.?"
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_TIME = r"(?:\s*(?:[,|@-]|at)?\s*\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4}|\s*[+-]\d{2}:?\d{2})?)?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"

# Each form must cover the whole string (after trimming), so a sentence that merely contains
# a date is never read as a date line.
_FORMS = [
    re.compile(rf"{_WEEKDAY}{_MONTH}\s+{_DAY},?\s+{_YEAR}{_TIME}", re.I),           # May 3, 2024
    re.compile(rf"{_WEEKDAY}{_DAY}\s+{_MONTH},?\s+{_YEAR}{_TIME}", re.I),           # 3 May 2024
    re.compile(rf"\d{{1,2}}[:.]\d{{2}}\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{{2,4}})?\s*[,|-]?\s*"    # 12:30, 3 May 2024
               rf"{_WEEKDAY}{_DAY}\s+{_MONTH},?\s+{_YEAR}", re.I),
    re.compile(r"(?P<year>\d{4})[-/.](?P<mnum>\d{1,2})[-/.](?P<day>\d{1,2})"        # 2024-05-03
               r"(?:[T\s]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?", re.I),
]


def parse_date(text: str) -> str | None:
    """The date `text` consists of, as YYYY-MM-DD; None unless day, month and year are all given."""
    value = text.strip().rstrip(".").strip()
    for form in _FORMS:
        match = form.fullmatch(value)
        if match:
            groups = match.groupdict()
            month = int(groups["mnum"]) if groups.get("mnum") else _MONTHS[groups["month"].lower()]
            return _iso(int(groups["year"]), month, int(groups["day"]))
    return _rfc2822(value)


def _rfc2822(value: str) -> str | None:
    """Feeds and mail headers write "Fri, 03 May 2024 10:00:00 +0900"."""
    try:
        parsed: datetime = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return parsed.date().isoformat()


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None
