"""Read dates written in page text or attributes: ISO 8601, numeric and month-name forms.

Pure string functions, no tree: the tokenizer uses them to spot datelines, the date stage to
read metadata and text. Only real calendar days between `MIN_YEAR` and the caller's horizon
are returned. Every pattern is composed from the named parts below, so that a form is read the
same way wherever it appears.
"""

from __future__ import annotations

import datetime as dt
import functools
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass

import regex

from .heuristics.datewords import (
    CENTURY,
    COPYRIGHT_LOOKBEHIND_CHARS,
    COPYRIGHT_MARKS,
    MIN_YEAR,
    RELATIVE_DAYS,
    RELATIVE_FORMS,
    RELATIVE_UNITS,
    YEAR_RE,
    month_lookup,
)

MONTH_NUMBERS = month_lookup()
_MONTH_NAMES = "|".join(
    regex.escape(name).replace(r"\ ", r"\s+")
    for name in sorted(MONTH_NUMBERS, key=len, reverse=True)
)
"""Every month name, longest first; the words of a two-word name (`كانون الثاني`) are
separated by any spaces."""

# --- named parts -----------------------------------------------------------------------------

YEAR = r"(?P<year>(?:19|20)\d{2})"
SHORT_YEAR = r"(?P<short_year>\d{2})"
"""`8.5.12`: a two-digit year, read only where the caller says the text is a dateline."""
MONTH = r"(?P<month>0?[1-9]|1[0-2])"
DAY = r"(?P<day>0?[1-9]|[12]\d|3[01])"
PADDED_MONTH = r"(?P<month>0[1-9]|1[0-2])"
PADDED_DAY = r"(?P<day>0[1-9]|[12]\d|3[01])"
OTHER_CALENDAR_NAME = r"(?:\s*/\s*(?P<mname2>(?&mname)))?"
"""`24 نيسان / أبريل 2020`: Arabic pages name the month twice, the Syriac name and the
transliterated one; both must name the same month. The second name calls the first's group
(`(?&mname)`) rather than repeating the ~350 names: each pattern compiles its alternation
once, which halves the import time of this module; `mname` keeps the first name."""
MONTH_NAME = rf"(?P<mname>{_MONTH_NAMES})\.?{OTHER_CALENDAR_NAME}"
ORDINAL = r"(?:st|nd|rd|th|er|º|ª|\.)?"
OF = r"(?:\s*(?:de|of|del)\b)?"
"""`10 de abril de 2008`, `3rd of May 2024`."""
NAME_AHEAD = r"(?=[^\W\d_])"
"""Every month name starts with a letter: asked before the names' alternation where a number
precedes it, so that a number followed by anything else fails at once instead of trying the
~300 names."""
AFTER_NAME = r"(?![^\W\d_])"
"""A month name ends where the word ends: `mar` is not the start of `market`."""
TIME = (
    r"(?:[,\s|@-]+(?:at\s+|um\s+|à\s+|a las\s+|alle\s+|om\s+|в\s+|-\s+)?"
    r"(?P<hour>[01]?\d|2[0-3])[:h.](?P<minute>[0-5]\d)"
    r"(?::(?P<second>[0-5]\d))?\s*(?P<ampm>(?i:[ap]\.?m\.?))?"
    r"(?:\s*(?P<utc>GMT|UTC)(?![\w+-]))?)?"
)
TZ = r"(?P<tz>Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)?"
ISO_DAY = rf"{YEAR}-{PADDED_MONTH}-{PADDED_DAY}"
ISO_TIME = r"[T ](?P<hour>[01]\d|2[0-3]):(?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d)(?:\.\d+)?)?"
NOT_DIGIT_BEFORE = r"(?<![\d.])"
"""A numeric date does not start inside a longer number or a version (`1.10.04.2008`)."""
NOT_DIGIT_AFTER = r"(?![\d])"
NOT_LETTER_BEFORE = r"(?<![^\W\d_])"
"""A month name does not end a longer word, but may follow a digit: adjacent <time> elements
are joined without a space (`July 30, 2019January 18, 2023`), so a year may touch the next
date on either side."""

ISO_RE = regex.compile(rf"(?<!\d){ISO_DAY}(?:{ISO_TIME}{TZ})?(?!\d)")
"""2008-04-10, 2008-04-10T12:04, 2008-04-10T12:04:00.000+04:00."""
ISO_BASIC_RE = regex.compile(
    rf"\s*{YEAR}{PADDED_MONTH}{PADDED_DAY}"
    r"(?:T(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d)(?:(?P<second>[0-5]\d)(?:\.\d+)?)?"
    rf"{TZ})?\s*"
)
"""ISO 8601's basic format, without separators: `20180619T055000+0900`, `20180619`. Read only
as the whole value of a date field (`parse_iso`): in text, eight digits are as often a number."""

NAME_PATTERNS = (
    # 10 April 2008, 10 Apr, 2008 12:04, 3. Mai 2024, 10 de abril de 2008, 3rd of May 2024
    regex.compile(
        rf"\b{DAY}{ORDINAL}\s*{OF}\s*{NAME_AHEAD}{MONTH_NAME}{AFTER_NAME},?{OF}\s*{YEAR}"
        rf"{NOT_DIGIT_AFTER}{TIME}",
        regex.I,
    ),
    # April 10, 2008; Apr. 10th 2008
    regex.compile(
        rf"{NOT_LETTER_BEFORE}{MONTH_NAME}{AFTER_NAME}\s*{DAY}{ORDINAL},?\s+{YEAR}{NOT_DIGIT_AFTER}{TIME}",
        regex.I,
    ),
    # 2024年5月3日, 2024년 5월 3일
    regex.compile(rf"(?<!\d){YEAR}\s*[年년]\s*{MONTH}\s*[月월]\s*{DAY}\s*[日일]"),
    # 2024. május 3., 2024 May 3
    regex.compile(rf"\b{YEAR}\.?\s+{NAME_AHEAD}{MONTH_NAME}{AFTER_NAME}\s+{DAY}\b{TIME}", regex.I),
    # 2008/04/10, 2008.04.10, 2020. 3. 4. (not the version number 2024.4.4)
    regex.compile(
        rf"{NOT_DIGIT_BEFORE}{YEAR}(?P<sep>[/.])(?:{PADDED_MONTH}(?P=sep){PADDED_DAY}"
        rf"|\s{MONTH}(?P=sep)\s{DAY}){NOT_DIGIT_AFTER}{TIME}"
    ),
    # 04-Aug-2021, 04-ago-2021, 10/Apr/2008
    regex.compile(
        rf"\b{DAY}(?P<sep>[-/]){NAME_AHEAD}{MONTH_NAME}{AFTER_NAME}(?P=sep){YEAR}{NOT_DIGIT_AFTER}{TIME}",
        regex.I,
    ),
)
"""Forms whose order of day and month is certain."""

DOTTED_DAY_FIRST = regex.compile(
    rf"{NOT_DIGIT_BEFORE}{DAY}\.\s?{MONTH}\.\s?{YEAR}{NOT_DIGIT_AFTER}{TIME}"
)
"""10.04.2008, 3. 5. 2024: day first, with certainty. Month-first dates take slashes (`04/10/
2008`); dots with a four-digit year are the European form (`11.03.17`, a short year, stays
ambiguous: some US sites print it month first)."""

ORDER_AMBIGUOUS_PATTERNS = (
    # 10-04-2008, 10/04/2008: day first
    regex.compile(rf"{NOT_DIGIT_BEFORE}{DAY}-{MONTH}-{YEAR}{NOT_DIGIT_AFTER}{TIME}"),
    regex.compile(rf"{NOT_DIGIT_BEFORE}{DAY}/{MONTH}/{YEAR}{NOT_DIGIT_AFTER}{TIME}"),
    # 12/25/2008: month first, read only where day first is impossible
    regex.compile(rf"{NOT_DIGIT_BEFORE}{MONTH}/{DAY}/{YEAR}{NOT_DIGIT_AFTER}{TIME}"),
)
"""Numeric forms: `04/10/2008` is 4 October in Europe and April 10 in the US. The day-first
reading is returned, marked `FoundDate.order_ambiguous` so that a caller with a witness (the
metadata, the page's language) can swap it."""

TEXT_PATTERNS = (*NAME_PATTERNS, DOTTED_DAY_FIRST, *ORDER_AMBIGUOUS_PATTERNS)
"""Name forms before numeric ones (the most ambiguous); within a text the earliest date wins."""

SHORT_YEAR_PATTERNS = (
    regex.compile(rf"{NOT_DIGIT_BEFORE}{DAY}\.{MONTH}\.{SHORT_YEAR}{NOT_DIGIT_AFTER}{TIME}"),
    regex.compile(rf"{NOT_DIGIT_BEFORE}{DAY}/{MONTH}/{SHORT_YEAR}{NOT_DIGIT_AFTER}{TIME}"),
)
"""`8.5.12`, `02/12/19`: day first; only in a dateline, where no version number is expected."""

DIGIT_RE = regex.compile(r"\d")

_ORDER_AMBIGUOUS = frozenset(ORDER_AMBIGUOUS_PATTERNS + SHORT_YEAR_PATTERNS)

SEPARATORS = {
    ISO_RE: "-",
    NAME_PATTERNS[2]: "年년",
    NAME_PATTERNS[4]: "/.",
    NAME_PATTERNS[5]: "-/",
    DOTTED_DAY_FIRST: ".",
    ORDER_AMBIGUOUS_PATTERNS[0]: "-",
    ORDER_AMBIGUOUS_PATTERNS[1]: "/",
    ORDER_AMBIGUOUS_PATTERNS[2]: "/",
    SHORT_YEAR_PATTERNS[0]: ".",
    SHORT_YEAR_PATTERNS[1]: "/",
}
"""Patterns whose every match holds one of these characters (the separators of a numeric
date, the year mark of the CJK form): a text holding none is not searched with the pattern.
Most dated blocks (`March 3, 2021`, `Posted 3 May 2024`) need only the name patterns."""
SCREENS = {
    NAME_PATTERNS[0]: regex.compile(rf"\d\.?\s*{NAME_AHEAD}"),
    NAME_PATTERNS[1]: regex.compile(r"\d[^\s\d,]{0,2},?\s+(?:19|20)\d"),
    NAME_PATTERNS[3]: regex.compile(rf"(?:19|20)\d\d\.?\s+{NAME_AHEAD}"),
}
"""Patterns whose every match holds a match of this cheap one: the month-name forms, whose
case-insensitive alternation of ~300 names is tried at every letter (the month-first form) or
every number, are asked only of a text holding their shape around the name: a day's digit and
its ordinal (never a space, a digit or a comma) before a year (`May 3rd, 2021`); a day's
digit before a letter (an ordinal, `of`, the name); a year before a letter. A text without it
holds no match of the pattern, so it is not searched. `has_date` over the 10,303 distinct
texts of the eval pages that reach it: the same verdicts, 18% fewer instructions."""
_Search = tuple[regex.Pattern[str], str, regex.Pattern[str] | None]
"""A pattern with its `SEPARATORS` (or "") and its `SCREENS` entry (or None)."""


def _search(pattern: regex.Pattern[str]) -> _Search:
    return pattern, SEPARATORS.get(pattern, ""), SCREENS.get(pattern)


_SEARCHES = tuple(map(_search, (ISO_RE, *TEXT_PATTERNS)))
"""The patterns of `find_all_in_text` in order of precedence, each with its gates."""
_ANY_DATE_SEARCHES = tuple(
    _search(pattern)
    for pattern in (
        NAME_PATTERNS[1],
        NAME_PATTERNS[3],
        NAME_PATTERNS[0],
        ISO_RE,
        NAME_PATTERNS[2],
        NAME_PATTERNS[4],
        NAME_PATTERNS[5],
        DOTTED_DAY_FIRST,
        *ORDER_AMBIGUOUS_PATTERNS,
    )
)
"""`_SEARCHES` in the order that answers `has_date` soonest: whether a text holds a date does
not depend on which pattern reads it. The name forms first (most datelines, `March 3, 2021`,
`Posted 3 May 2024`), the day-first one last of them: its `\b{DAY}` makes every number a
start, and its case-insensitive alternation of month names is tried at each (its search
costs three times the month-first one's); the numeric forms after, each only where its
separator is."""
_SHORT_YEAR_SEARCHES = (*_SEARCHES, *map(_search, SHORT_YEAR_PATTERNS))

URL_DATE_RES = (
    regex.compile(
        rf"/{YEAR}[/-]?(?P<month>0[1-9]|1[0-2])[/-]?(?P<day>0[1-9]|[12]\d|3[01])?(?:/|[-_]|$)"
    ),
    regex.compile(rf"/{YEAR}/(?P<month>[1-9])/(?P<day>[1-9]|[12]\d|3[01])/"),
    regex.compile(rf"/{YEAR}/(?P<month>0[1-9]|1[0-2])/(?P<day>[1-9])/"),
    regex.compile(
        rf"[/_-](?P<day>0[1-9]|[12]\d|3[01])-(?P<month>0[1-9]|1[0-2])-{YEAR}(?:/|[-_.]|$)"
    ),
    regex.compile(rf"[/_-]{YEAR}(?P<month>0[1-9]|1[0-2])(?P<day>0[1-9]|[12]\d|3[01])(?:[_/.]|$)"),
)
"""/2008/04/10/slug, /2008-04-10-slug, /20080410/, /2017/7/12/, /23-01-2022-slug,
/slug-20230912_id; a URL with year and month only gives day 1 (see `FoundDate.month_only`)."""

_UNIT_OF = {word: unit for unit, words in RELATIVE_UNITS.items() for word in words}
_UNIT_WORDS = "|".join(sorted(map(regex.escape, _UNIT_OF), key=len, reverse=True))
RELATIVE_RES = tuple(
    regex.compile(
        r"(?<![\p{L}\d])"
        + regex.escape(form)
        .replace(r"\{n\}", r"(?P<n>\d{1,3})")
        .replace(r"\{unit\}", rf"(?P<unit>{_UNIT_WORDS})")
        .replace(r"\ ", r"\s+")
        + r"(?![\p{L}])",
        regex.IGNORECASE,
    )
    for form in RELATIVE_FORMS
)
"""`3 hours ago`, `vor 2 Tagen`, `il y a 5 minutes` … (see `RELATIVE_FORMS`)."""
RELATIVE_DAY_RE = regex.compile(
    rf"(?<![\p{{L}}])(?P<word>{'|'.join(map(regex.escape, RELATIVE_DAYS))})(?![\p{{L}}])",
    regex.IGNORECASE,
)

UTC_OFFSET = "+00:00"
"""How a timestamp in UTC (`Z`, `GMT`, `UTC`) stores its offset."""
NOON = 12
MONTHS_IN_YEAR = 12


@dataclass(frozen=True, slots=True)
class FoundDate:
    """A calendar day, with the time and UTC offset when the source gave them."""

    day: dt.date
    time: str | None = None
    tz: str | None = None
    month_only: bool = False
    """Only the year and month were given (a URL like `/2008/04/`); `day` is the 1st."""
    order_ambiguous: bool = False
    """A numeric form (`04/10/2008`) that reads as another real day with month and day swapped."""

    def iso(self) -> str:
        """ISO 8601: the day, then `THH:MM[:SS]` and the offset when known."""
        if self.time is None:
            return self.day.isoformat()
        return f"{self.day.isoformat()}T{self.time}{self.tz or ''}"

    def swapped(self) -> dt.date | None:
        """The other reading of an order-ambiguous numeric date, or None."""
        if not self.order_ambiguous:
            return None
        return dt.date(self.day.year, self.day.day, self.day.month)

    @property
    def is_utc(self) -> bool:
        """A timestamp given in UTC: its day may be the day before or after the local one."""
        return self.time is not None and self.tz == UTC_OFFSET


def _build(match: regex.Match[str], latest: dt.date | None) -> FoundDate | None:
    groups = match.groupdict()
    month = _month_number(groups.get("mname"))
    if groups.get("mname2") and _month_number(groups["mname2"]) != month:
        return None
    year = _year(groups, latest)
    try:
        day = dt.date(year, month or int(groups["month"]), int(groups.get("day") or 1))
    except (TypeError, ValueError):
        return None
    if day.year < MIN_YEAR or (latest is not None and day > latest):
        return None
    return FoundDate(
        day,
        _time(groups),
        _tz(groups.get("tz")) or (UTC_OFFSET if groups.get("utc") else None),
        month_only=groups.get("day") is None,
        order_ambiguous=match.re in _ORDER_AMBIGUOUS
        and day.day <= MONTHS_IN_YEAR
        and day.day != day.month,
    )


def _month_number(name: str | None) -> int | None:
    """The number of a month name as matched (any case, any spaces inside), None without one."""
    return MONTH_NUMBERS.get(" ".join(name.lower().split())) if name else None


def _year(groups: dict[str, str | None], latest: dt.date | None) -> int:
    """The year; a two-digit year is in this century unless that would be in the future."""
    short = groups.get("short_year")
    if short is None:
        return int(groups["year"] or 0)
    horizon = (latest or dt.date.today()).year
    year = horizon // CENTURY * CENTURY + int(short)
    return year if year <= horizon else year - CENTURY


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
        return UTC_OFFSET if value else None
    return value if ":" in value else f"{value[:3]}:{value[3:]}"


def _after_copyright(text: str, start: int) -> bool:
    """`© 19.12.2019`: the date a footer was generated, not when the page was published."""
    before = text[max(0, start - COPYRIGHT_LOOKBEHIND_CHARS) : start].lower()
    return any(mark in before for mark in COPYRIGHT_MARKS)


def parse_iso(value: str, latest: dt.date | None = None) -> FoundDate | None:
    """The first ISO 8601 date in an attribute or JSON value; or the value, whole, in the
    basic format (`ISO_BASIC_RE`)."""
    for match in ISO_RE.finditer(value):
        found = _build(match, latest)
        if found:
            return found
    basic = ISO_BASIC_RE.fullmatch(value)
    return _build(basic, latest) if basic else None


DATES_CACHE_SIZE = 2048
"""Texts remembered with the dates found in them: the year-bearing blocks of the last pages."""
DATES_CACHE_MAX_CHARS = 2000
"""Longer texts are searched without being remembered: the cache holds at most
DATES_CACHE_SIZE × this many characters, whatever blocks a batch of pages brings."""


def find_all_in_text(
    text: str, latest: dt.date | None = None, *, short_years: bool = False
) -> list[tuple[int, FoundDate]]:
    """Every valid date written in `text`, with where it starts, in text order.

    Where two forms read the same span (a numeric form inside a longer one), the form listed
    first wins. Dates right after a copyright mark are left out.
    """
    if not (DIGIT_RE if short_years else YEAR_RE).search(text):
        return []
    # Two-digit years are read relative to today when no `latest` is given: part of the key.
    today_year = dt.date.today().year if latest is None else None
    search = _remembered_dates if len(text) <= DATES_CACHE_MAX_CHARS else _find_all_dated
    return list(search(text, latest, short_years, today_year))


def _find_all_dated(
    text: str, latest: dt.date | None, short_years: bool, today_year: int | None
) -> tuple[tuple[int, FoundDate], ...]:
    """`find_all_in_text` past its gate (`today_year` is there for the cache key only). A
    tuple, so that no caller can change what the cache holds."""
    searches = _SHORT_YEAR_SEARCHES if short_years else _SEARCHES
    found = sorted(_dated_spans(text, latest, searches), key=lambda item: item[0])
    return tuple((start, date) for start, _end, date in found)


def _dated_spans(
    text: str, latest: dt.date | None, searches: tuple[_Search, ...]
) -> Iterator[tuple[int, int, FoundDate]]:
    """The dates of `find_all_in_text` with their spans, pattern by pattern: a span that
    overlaps one found before is another form's reading of the same date."""
    # The spans kept, per pattern: a pattern's matches come in text order and never overlap,
    # so each list is sorted, and one bisection per pattern tells an overlap (a text of
    # 100,000 dates compared each with every one kept: quadratic, minutes).
    taken: list[tuple[list[int], list[int]]] = []  # (starts, ends)
    for pattern, separators, screen in searches:
        if separators and not any(map(text.__contains__, separators)):
            continue
        if screen is not None and screen.search(text) is None:
            continue
        starts: list[int] = []
        ends: list[int] = []
        taken.append((starts, ends))
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(_overlaps(start, end, kept) for kept in taken):
                continue
            date = _build(match, latest)
            if date is None or _after_copyright(text, start):
                continue
            starts.append(start)
            ends.append(end)
            yield start, end, date


def _overlaps(start: int, end: int, kept: tuple[list[int], list[int]]) -> bool:
    """Whether the span overlaps one of `kept`, spans in text order that do not overlap each
    other: the last that starts before `end` ends furthest of those that do."""
    starts, ends = kept
    last = bisect_left(starts, end) - 1
    return last >= 0 and ends[last] > start


def has_date(text: str) -> bool:
    """Whether `find_in_text(text)` finds a date: the first one found answers (the
    tokenizer's dateline test asks no more), which spares the patterns after it, asked
    cheapest first (`_ANY_DATE_SEARCHES`)."""
    return (
        YEAR_RE.search(text) is not None
        and next(_dated_spans(text, None, _ANY_DATE_SEARCHES), None) is not None
    )


_remembered_dates = functools.lru_cache(maxsize=DATES_CACHE_SIZE)(_find_all_dated)
"""The tokenizer's dateline test and the date finder's passes read the same block texts."""


def find_in_text(
    text: str, latest: dt.date | None = None, *, short_years: bool = False
) -> FoundDate | None:
    """The earliest date written in `text` in any known form."""
    found = find_all_in_text(text, latest, short_years=short_years)
    return found[0][1] if found else None


def find_in_url(url: str, latest: dt.date | None = None) -> FoundDate | None:
    """A date in the URL path (`/2008/04/10/`); only when it names at least year and month.

    A full day anywhere in the URL beats a year and month alone.
    """
    month_only = None
    for pattern in URL_DATE_RES:
        for match in pattern.finditer(url):
            found = _build(match, latest)
            if found and not found.month_only:
                return found
            month_only = month_only or found
    return month_only


def find_relative(text: str, reference: dt.date) -> tuple[int, FoundDate] | None:
    """`2 hours ago`, `gestern`: the day they name, counted back from `reference`, and where
    the phrase starts.

    Only meaningful with the time the page was fetched, so callers use it only when given
    one; a `datetime` reference also resolves hours and minutes across midnight. A day before
    `MIN_YEAR` is impossible, as for the other forms (`999 weeks ago`, counted back from a
    reference in 2000, named 1980).
    """
    found = _relative(text, reference)
    return found if found and found[1].day.year >= MIN_YEAR else None


def _relative(text: str, reference: dt.date) -> tuple[int, FoundDate] | None:
    """`find_relative` before its check of the year."""
    for pattern in RELATIVE_RES:
        match = pattern.search(text)
        if match:
            unit = _UNIT_OF[match["unit"].lower()]
            delta = dt.timedelta(**{unit: int(match["n"])})
            if isinstance(reference, dt.datetime):
                return match.start(), FoundDate((reference - delta).date())
            return match.start(), FoundDate(reference - dt.timedelta(days=delta.days))
    match = RELATIVE_DAY_RE.search(text)
    if match:
        day = reference.date() if isinstance(reference, dt.datetime) else reference
        back = dt.timedelta(days=RELATIVE_DAYS[match["word"].lower()])
        return match.start(), FoundDate(day - back)
    return None
