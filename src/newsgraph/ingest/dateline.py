"""Wire-service datelines: "Pyongyang, May 3 (KCNA) --", "SEOUL (Yonhap) -".

The dateline stays in the body (event coding reads its place and date); this module only names
the agency in brackets, which is the article's outlet when nothing else names one.
"""

from __future__ import annotations

import re

from newsgraph.ingest.pubdate import MONTH_NAMES

_PLACE = r"[A-Z][A-Za-z.'-]*(?:\s[A-Z][A-Za-z.'-]*){0,3}"  # "Pyongyang", "NEW YORK", "Phnom Penh"
_DAY = rf"(?i:(?:{MONTH_NAMES})\.?\s+\d{{1,2}}|\d{{1,2}}\s+(?:{MONTH_NAMES})\.?)(?:,?\s+\d{{4}})?"
_AGENCY = r"(?P<agency>[A-Z][A-Za-z&.-]*(?:\s[A-Z][A-Za-z&.-]*){0,3})"
_DATELINE = re.compile(rf"^{_PLACE}(?:,\s+{_DAY})?\s*\({_AGENCY}\)\s*(?:--|-|\u2014|\u2013)")


def agency(paragraph: str) -> str | None:
    """The news agency a paragraph's opening dateline names, or None."""
    match = _DATELINE.match(paragraph)
    return match.group("agency") if match else None
