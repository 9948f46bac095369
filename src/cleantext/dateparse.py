"""Read dates written in page text or attributes: ISO 8601, numeric and month-name forms.

Pure string functions, no tree: the tokenizer uses them to spot datelines, the date stage to
read metadata and text. Only real calendar days between `MIN_YEAR` and the caller's horizon
are returned.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import regex

from .heuristics.datewords import MIN_YEAR, month_lookup

MONTH_NUMBERS = month_lookup()
_MONTH_NAMES = "|".join(sorted(map(regex.escape, MONTH_NUMBERS), key=len, reverse=True))

YEAR = r"(?P<year>(?:19|20)\d{2})"
MONTH = r"(?P<month>0?[1-9]|1[0-2])"
DAY = r"(?P<day>0?[1-9]|[12]\d|3[01])"
MONTH_NAME = rf"(?P<mname>{_MONTH_NAMES})\.?"
ORDINAL = r"(?:st|nd|rd|th|er|º|ª|\.)?"
TIME = (
    r"(?:[,\s]+(?:at\s+|um\s+|à\s+|a las\s+|-\s+)?(?P<hour>[01]?\d|2[0-3])[:h.](?P<minute>[0-5]\d)"
    r"(?::(?P<second>[0-5]\d))?\s*(?P<ampm>[ap]\.?m\.?)?)?"
)
TZ = r"(?P<tz>Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)?"

ISO_RE = regex.compile(
    rf"\b{YEAR}-(?P<month>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])"
    rf"(?:[T ](?P<hour>[01]\d|2[0-3]):(?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d)(?:\.\d+)?)?{TZ})?"
)
"""2008-04-10, 2008-04-10T12:04, 2008-04-10T12:04:00.000+04:00."""

TEXT_PATTERNS = (
    regex.compile(
        rf"\b{DAY}{ORDINAL}\s*(?:de\s+)?{MONTH_NAME},?\s*(?:de\s+)?{YEAR}\b{TIME}", regex.I
    ),
    regex.compile(rf"\b{MONTH_NAME}\s+{DAY}{ORDINAL},?\s+{YEAR}\b{TIME}", regex.I),
    regex.compile(rf"\b{YEAR}\s*年\s*{MONTH}\s*月\s*{DAY}\s*日"),
    regex.compile(rf"\b{YEAR}[/.]{MONTH}[/.]{DAY}\b{TIME}"),
    regex.compile(rf"\b{DAY}\.\s?{MONTH}\.\s?{YEAR}\b{TIME}"),
    regex.compile(rf"\b{DAY}/{MONTH}/{YEAR}\b{TIME}"),
)
"""Day-first before month-first; numeric forms last (they are the most ambiguous)."""

URL_DATE_RE = regex.compile(
    rf"/{YEAR}[/-]?(?P<month>0[1-9]|1[0-2])[/-]?(?P<day>0[1-9]|[12]\d|3[01])?(?:/|[-_]|$)"
)
"""/2008/04/10/slug, /2008-04-10-slug, /20080410/; a URL with year and month only gives day 1."""

NOON = 12


@dataclass(frozen=True, slots=True)
class FoundDate:
    """A calendar day, with the time and UTC offset when the source gave them."""

    day: dt.date
    time: str | None = None
    tz: str | None = None

    def iso(self) -> str:
        """ISO 8601: the day, then `THH:MM[:SS]` and the offset when known."""
        if self.time is None:
            return self.day.isoformat()
        return f"{self.day.isoformat()}T{self.time}{self.tz or ''}"


def _build(match: regex.Match[str], latest: dt.date | None) -> FoundDate | None:
    groups = match.groupdict()
    month = MONTH_NUMBERS.get(groups["mname"].lower()) if groups.get("mname") else None
    try:
        day = dt.date(
            int(groups["year"]), month or int(groups["month"]), int(groups.get("day") or 1)
        )
    except (TypeError, ValueError):
        return None
    if day.year < MIN_YEAR or (latest is not None and day > latest):
        return None
    return FoundDate(day, _time(groups), _tz(groups.get("tz")))


def _time(groups: dict[str, str | None]) -> str | None:
    if groups.get("hour") is None or groups.get("minute") is None:
        return None
    hour = int(groups["hour"] or 0)
    ampm = (groups.get("ampm") or "").lower().replace(".", "")
    if ampm == "pm" and hour < NOON:
        hour += NOON
    elif ampm == "am" and hour == NOON:
        hour = 0
    second = f":{groups['second']}" if groups.get("second") else ""
    return f"{hour:02d}:{groups['minute']}{second}"


def _tz(value: str | None) -> str | None:
    if not value or value == "Z":
        return "+00:00" if value else None
    return value if ":" in value else f"{value[:3]}:{value[3:]}"


def parse_iso(value: str, latest: dt.date | None = None) -> FoundDate | None:
    """The first ISO 8601 date in an attribute or JSON value."""
    match = ISO_RE.search(value)
    return _build(match, latest) if match else None


def find_in_text(text: str, latest: dt.date | None = None) -> FoundDate | None:
    """The first date written in `text` in any known form (ISO first)."""
    found = parse_iso(text, latest)
    if found:
        return found
    for pattern in TEXT_PATTERNS:
        for match in pattern.finditer(text):
            found = _build(match, latest)
            if found:
                return found
    return None


def find_in_url(url: str, latest: dt.date | None = None) -> FoundDate | None:
    """A date in the URL path (`/2008/04/10/`); only when it names at least year and month."""
    match = URL_DATE_RE.search(url)
    return _build(match, latest) if match else None
