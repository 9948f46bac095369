"""dateparse: every supported written form, the rejections, URLs and FoundDate.iso()."""

from __future__ import annotations

import datetime as dt

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from cleantext import dateparse
from cleantext.dateparse import (
    FoundDate,
    find_all_in_text,
    find_in_text,
    find_in_url,
    find_relative,
    has_date,
    parse_iso,
)
from cleantext.heuristics.datewords import MIN_YEAR

TEXT_FORMS = {
    "iso-T-offset": ("2008-04-10T12:04:00+04:00", "2008-04-10T12:04:00+04:00"),
    "iso-T-offset-no-colon-fraction": ("2008-04-10T12:04:00.000+0400", "2008-04-10T12:04:00+04:00"),
    "iso-Z": ("2008-04-10T12:04Z", "2008-04-10T12:04+00:00"),
    "iso-space-time": ("2008-04-10 12:04", "2008-04-10T12:04"),
    "iso-date": ("2008-04-10", "2008-04-10"),
    "day-abbrev-comma-time": ("10 Apr, 2008 12:04", "2008-04-10T12:04"),
    "month-day-year": ("April 10, 2008", "2008-04-10"),
    "abbrev-dot-ordinal": ("Apr. 10th, 2008", "2008-04-10"),
    "dotted-numeric": ("10.04.2008", "2008-04-10"),
    "slashed-year-first": ("2008/04/10", "2008-04-10"),
    "de-dotted-day": ("3. Mai 2024", "2024-05-03"),
    "fr-lower-case": ("3 mai 2024", "2024-05-03"),
    "es-de": ("10 de abril de 2008", "2008-04-10"),
    "ru-genitive": ("10 апреля 2008", "2008-04-10"),
    "cjk": ("2024年5月3日", "2024-05-03"),
    "pm": ("May 3, 2024 3:05 pm", "2024-05-03T15:05"),
    "p.m.-at": ("May 3, 2024 at 3:05 p.m.", "2024-05-03T15:05"),
    "12-am": ("May 3, 2024 12:30 am", "2024-05-03T00:30"),
    "12-pm": ("May 3, 2024 12:30 pm", "2024-05-03T12:30"),
    "de-um-dotted-time": ("1.1.2024 um 14.30", "2024-01-01T14:30"),
    "with-seconds": ("10 April 2008, 14:05:09", "2008-04-10T14:05:09"),
    "in-a-sentence": ("Published on 10 April 2008 by the desk.", "2008-04-10"),
    "umlaut-month": ("3 März 2024, 14:05", "2024-03-03T14:05"),
    "of-ordinal": ("3rd of May 2024", "2024-05-03"),
    "year-first-name": ("2024. május 3.", "2024-05-03"),
    "korean": ("2024년 5월 3일", "2024-05-03"),
    "spaced-year-first": ("2020. 3. 4.", "2020-03-04"),
    "dashed-day-first": ("10-04-2008", "2008-04-10"),
    "month-first-when-day-first-impossible": ("12/25/2008", "2008-12-25"),
    "it-alle": ("3 maggio 2024 alle 14:05", "2024-05-03T14:05"),
    "pipe-time": ("3 May 2024 | 14:05", "2024-05-03T14:05"),
    "dashed-day-month-name": ("04-Aug-2021", "2021-08-04"),
    "dashed-day-month-name-time": ("on 04-ago-2021 5:11:10", "2021-08-04T05:11:10"),
    "slashed-day-month-name": ("10/Apr/2008", "2008-04-10"),
    "ar-egyptian": ("12 أكتوبر 2021", "2021-10-12"),
    "ar-syriac-two-words": ("5 كانون الثاني 2021", "2021-01-05"),
    "ar-maghrebi-after-weekday": ("الجمعة 8 فيفري 2019", "2019-02-08"),
    "ar-two-calendars": ("1 شباط / فبراير 2021", "2021-02-01"),
    "ar-two-calendars-time": ("نشر 24 نيسان / أبريل 2020 09:22", "2020-04-24T09:22"),
}


@pytest.mark.parametrize(("text", "iso"), TEXT_FORMS.values(), ids=TEXT_FORMS.keys())
def test_supported_forms(text: str, iso: str) -> None:
    found = find_in_text(text)
    assert found is not None
    assert found.iso() == iso


REJECTED = {
    "feb-30-text": "February 30, 2008",
    "feb-30-numeric": "30.02.2008",
    "feb-30-iso": "2008-02-30",
    "before-min-year": "1 January 1990",
    "iso-before-min-year": "1990-01-01",
    "lone-year": "2008",
    "lone-time": "10:30",
    "month-and-year-only": "April 2008",
    "no-date": "The report was published last week.",
    "month-name-inside-a-word": "Mar 10 marketing, 2008",
    "version-number": "release 2024.4.4 is out",
    "inside-a-longer-number": "ref 1.10.04.2008",
    "copyright-footer": "© 19.12.2019 Example GmbH",
    "short-year-outside-a-dateline": "8.5.12",
    "two-calendars-naming-two-months": "1 شباط / مارس 2021",
    "empty": "",
}


@pytest.mark.parametrize("text", REJECTED.values(), ids=REJECTED.keys())
def test_rejected(text: str) -> None:
    assert find_in_text(text) is None


@pytest.mark.parametrize(
    ("year", "accepted"),
    [(MIN_YEAR - 1, False), (MIN_YEAR, True)],
    ids=["year-before", "first-year"],
)
def test_min_year_boundary(year: int, accepted: bool) -> None:
    assert (find_in_text(f"{year}-06-15") is not None) is accepted
    assert (find_in_text(f"15 June {year}") is not None) is accepted


LATEST = dt.date(2024, 1, 1)


@pytest.mark.parametrize(
    ("text", "accepted"),
    [
        ("10 April 2030", False),
        ("2024-01-02", False),
        ("2024-01-01", True),
        ("10 April 2023", True),
    ],
    ids=["years-after", "day-after", "same-day", "before"],
)
def test_latest_horizon(text: str, accepted: bool) -> None:
    assert (find_in_text(text, latest=LATEST) is not None) is accepted


def test_a_rejected_date_does_not_hide_a_later_valid_one() -> None:
    found = find_in_text("Born 30.02.2008, filed 10.04.2008")
    assert found is not None
    assert found.day == dt.date(2008, 4, 10)


def test_parse_iso_only_reads_iso() -> None:
    assert parse_iso("April 10, 2008") is None
    found = parse_iso('{"datePublished": "2008-04-10T12:04:00Z"}')
    assert found == FoundDate(dt.date(2008, 4, 10), "12:04:00", "+00:00")


def test_parse_iso_reads_the_basic_format_as_a_whole_value_only() -> None:
    """`20180619T055000+0900` (a JSON-LD datePublished), `<meta name="created" content=
    "19990929">`; eight digits inside a value, or an impossible month, are no date."""
    found = parse_iso("20180619T055000+0900")
    assert found == FoundDate(dt.date(2018, 6, 19), "05:50:00", "+09:00")
    assert parse_iso(" 19990929 ") == FoundDate(dt.date(1999, 9, 29), None, None)
    for value in ("id 20180619", "20181319", "2018061912", "12345678"):
        assert parse_iso(value) is None
    assert find_in_text("Order 20180619 shipped") is None


def test_short_years_only_where_asked() -> None:
    found = find_in_text("Am 8.5.12 um 10:15", short_years=True)
    assert found is not None
    assert found.iso() == "2012-05-08T10:15"
    future = find_in_text("1.1.99", latest=LATEST, short_years=True)
    assert future is not None
    assert future.day == dt.date(1999, 1, 1)


def test_numeric_day_first_is_marked_ambiguous() -> None:
    found = find_in_text("04/10/2008")
    assert found is not None
    assert found.day == dt.date(2008, 10, 4)
    assert found.order_ambiguous
    assert found.swapped() == dt.date(2008, 4, 10)
    same = find_in_text("04/04/2008")
    named = find_in_text("4 October 2008")
    assert same is not None and not same.order_ambiguous
    assert named is not None and named.swapped() is None


def test_dotted_date_with_a_full_year_is_day_first_for_certain() -> None:
    dotted = find_in_text("Erstellt am: 01.11.2023")
    assert dotted is not None and dotted.day == dt.date(2023, 11, 1)
    assert not dotted.order_ambiguous
    short = find_in_text("11.03.17 in Gadgets", short_years=True)
    assert short is not None and short.order_ambiguous


def test_every_date_of_a_text_in_order() -> None:
    text = "Updated 5 June 2024, first published 3 May 2024"
    found = find_all_in_text(text)
    assert [(start, date.day) for start, date in found] == [
        (8, dt.date(2024, 6, 5)),
        (37, dt.date(2024, 5, 3)),
    ]


def test_utc_flag() -> None:
    utc = parse_iso("2024-05-03T23:30:00Z")
    local = parse_iso("2024-05-03T23:30:00+02:00")
    assert utc is not None and utc.is_utc
    assert local is not None and not local.is_utc


@pytest.mark.parametrize(
    ("text", "utc"),
    [
        ("Wed, 04 May 2022 02:41:00 GMT", True),  # RFC 1123, in JSON-LD and HTTP headers
        ("Dec 31, 2025 8:51pm UTC", True),
        ("4 May 2022 02:41 GMT+2", False),  # an offset we do not read: no zone rather than UTC
        ("4 May 2022 02:41", False),
    ],
)
def test_a_time_written_in_gmt_or_utc_is_a_utc_timestamp(text: str, utc: bool) -> None:
    found = find_in_text(text, dt.date(2026, 1, 1))
    assert found is not None and found.is_utc is utc


# --- URLs ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "day"),
    [
        ("https://example.com/2008/04/10/slug", dt.date(2008, 4, 10)),
        ("https://example.com/2008-04-10-slug", dt.date(2008, 4, 10)),
        ("https://example.com/news/20080410/", dt.date(2008, 4, 10)),
        ("https://example.com/2008/04/slug", dt.date(2008, 4, 1)),
        ("https://example.com/news/slug", None),
        ("https://example.com/item/123456789", None),
        ("https://example.com/1990/01/02/old", None),
        ("https://example.com/2017/7/12/slug", dt.date(2017, 7, 12)),
        ("https://example.com/news/23-01-2022-slug", dt.date(2022, 1, 23)),
        ("https://example.com/slug-20230912_42", dt.date(2023, 9, 12)),
        ("https://example.com/2008/04/slug-20080410.html", dt.date(2008, 4, 10)),
    ],
    ids=[
        "slashes",
        "dashes",
        "compact",
        "year-month",
        "no-date",
        "long-number",
        "too-old",
        "unpadded",
        "day-first",
        "compact-in-slug",
        "full-day-beats-month",
    ],
)
def test_find_in_url(url: str, day: dt.date | None) -> None:
    found = find_in_url(url)
    assert (found.day if found else None) == day
    if found:
        assert found.time is None


def test_find_in_url_respects_latest() -> None:
    assert find_in_url("https://example.com/2030/01/02/x", latest=LATEST) is None


# --- FoundDate -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("found", "iso"),
    [
        (FoundDate(dt.date(2008, 4, 10)), "2008-04-10"),
        (FoundDate(dt.date(2008, 4, 10), "12:04"), "2008-04-10T12:04"),
        (FoundDate(dt.date(2008, 4, 10), "12:04:05", "+04:00"), "2008-04-10T12:04:05+04:00"),
        (FoundDate(dt.date(2008, 4, 10), None, "+04:00"), "2008-04-10"),
    ],
    ids=["day", "time", "time-and-offset", "offset-without-time"],
)
def test_found_date_iso(found: FoundDate, iso: str) -> None:
    assert found.iso() == iso


# --- properties ------------------------------------------------------------------------------

FORMATS = ["%Y-%m-%d", "%d %B %Y", "%B %d, %Y", "%d %b %Y", "%d-%b-%Y", "%d.%m.%Y", "%Y/%m/%d"]


@settings(max_examples=200, deadline=None)
@given(
    day=st.dates(min_value=dt.date(MIN_YEAR, 1, 1), max_value=dt.date(2099, 12, 31)),
    form=st.sampled_from(FORMATS),
)
def test_any_real_day_round_trips(day: dt.date, form: str) -> None:
    found = find_in_text(f"Posted {day.strftime(form)} in News")
    assert found is not None
    assert found.day == day


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_find_in_text_never_raises(text: str) -> None:
    found = find_in_text(text, latest=LATEST)
    if found is not None:
        assert found.day.year >= MIN_YEAR
        assert found.day <= LATEST


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_has_date_answers_as_find_in_text(text: str) -> None:
    assert has_date(text) is (find_in_text(text) is not None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [(text, True) for text, _ in TEXT_FORMS.values()]
    + [("© 19.12.2019", False), ("31.02.2019", False), ("Room 2019", False), ("no year", False)],
)
def test_has_date(text: str, expected: bool) -> None:
    assert has_date(text) is expected
    assert (find_in_text(text) is not None) is expected


def test_has_date_asks_every_pattern_of_find_in_text_the_costliest_name_form_last() -> None:
    searches = dateparse._ANY_DATE_SEARCHES
    assert len(searches) == len(dateparse._SEARCHES)
    assert set(searches) == set(dateparse._SEARCHES)
    patterns = [pattern for pattern, _separators, _screen in searches]
    day_first, month_first = dateparse.NAME_PATTERNS[0], dateparse.NAME_PATTERNS[1]
    assert patterns.index(month_first) < patterns.index(day_first)


def test_has_date_stops_at_the_first_date(monkeypatch: pytest.MonkeyPatch) -> None:
    built = []
    build = dateparse._build

    def counting(match: object, latest: dt.date | None) -> object:
        built.append(match)
        return build(match, latest)  # type: ignore[arg-type]

    monkeypatch.setattr(dateparse, "_build", counting)
    assert has_date("Posted 2008-04-10, updated 10 April 2009 and 11/05/2010")
    assert len(built) == 1


# --- relative dates --------------------------------------------------------------------------

FETCHED = dt.datetime(2024, 5, 3, 1, 30)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("3 hours ago", dt.date(2024, 5, 2)),
        ("vor 20 Minuten", dt.date(2024, 5, 3)),
        ("il y a 2 jours", dt.date(2024, 5, 1)),
        ("hace 1 semana", dt.date(2024, 4, 26)),
        ("2 giorni fa", dt.date(2024, 5, 1)),
        ("5 dagen geleden", dt.date(2024, 4, 28)),
        ("2 дня назад", dt.date(2024, 5, 1)),
        ("3 dni temu", dt.date(2024, 4, 30)),
        ("3 gün önce", dt.date(2024, 4, 30)),
        ("Gestern, 14:05", dt.date(2024, 5, 2)),
        ("Updated today", dt.date(2024, 5, 3)),
    ],
)
def test_relative_dates(text: str, day: dt.date) -> None:
    found = find_relative(text, FETCHED)
    assert found is not None
    assert found[1].day == day


def test_relative_hours_need_a_time_to_cross_midnight() -> None:
    found = find_relative("3 hours ago", FETCHED.date())
    assert found is not None
    assert found[1].day == dt.date(2024, 5, 3)


@pytest.mark.parametrize(
    "text", ["a thousand years ago", "hierarchy", "Ich bin hier", "todays", "5 hours"]
)
def test_not_relative_dates(text: str) -> None:
    assert find_relative(text, FETCHED) is None


@pytest.mark.parametrize("text", ["999 weeks ago", "999 days ago", "gestern"])
def test_relative_dates_before_min_year_are_impossible(text: str) -> None:
    """fz-meta campaign: a relative date was counted back from the reference past MIN_YEAR
    (`999 weeks ago` from 1 January 1000 gave 0980-11-08), which no other form returns."""
    assert find_relative(text, dt.date(MIN_YEAR, 1, 1)) is None
    assert find_relative(text, dt.datetime(1000, 1, 1, 0, 0, tzinfo=dt.UTC)) is None
    assert find_relative(text, dt.date(MIN_YEAR + 20, 1, 1)) is not None


def test_dates_of_adjacent_elements_joined_without_a_space() -> None:
    found = find_all_in_text("By Jane July 30, 2019January 18, 2023 3 min read")
    assert [date.day for _start, date in found] == [dt.date(2019, 7, 30), dt.date(2023, 1, 18)]
    assert find_in_text("Gomar 3, 2024") is None  # a month name inside a word
    assert find_in_text("May 3, 20245") is None  # a year inside a longer number


def test_found_dates_are_a_fresh_list_each_time() -> None:
    text = "Published 10 April 2008, updated 12 April 2008"
    first = find_all_in_text(text)
    first.clear()
    assert [found.day for _, found in find_all_in_text(text)] == [
        dt.date(2008, 4, 10),
        dt.date(2008, 4, 12),
    ]


def test_a_long_text_is_searched_but_not_remembered() -> None:
    text = "x" * dateparse.DATES_CACHE_MAX_CHARS + " 10 April 2008"
    before = dateparse._remembered_dates.cache_info().currsize
    assert [found.day for _, found in find_all_in_text(text)] == [dt.date(2008, 4, 10)]
    assert dateparse._remembered_dates.cache_info().currsize == before


DATE_PIECES = ["2021", "12", "3", "05", "-", "/", ".", " ", "年", "5月", "3日", "T10:30"]
NAME_DATE_PIECES = ["rd", ",", "of", "de", "May", "Mai", "1999", "a"]


@settings(max_examples=600)
@given(st.lists(st.sampled_from(DATE_PIECES + NAME_DATE_PIECES), max_size=9))
def test_every_match_of_a_gated_pattern_holds_its_separator_or_its_screen(
    pieces: list[str],
) -> None:
    text = "".join(pieces)
    for pattern, separators in dateparse.SEPARATORS.items():
        for match in pattern.finditer(text):
            assert any(mark in match.group() for mark in separators)
    for pattern, screen in dateparse.SCREENS.items():
        for match in pattern.finditer(text):
            assert screen.search(match.group())


def test_a_text_without_a_patterns_screen_skips_it_and_keeps_its_dates() -> None:
    assert find_in_text("May 3rd, 2021") == FoundDate(dt.date(2021, 5, 3))
    assert find_in_text("3rd of May, 2021") == FoundDate(dt.date(2021, 5, 3))
    assert find_in_text("2024. május 3.") == FoundDate(dt.date(2024, 5, 3))
    assert dateparse.SCREENS[dateparse.NAME_PATTERNS[1]].search("3 May 2021") is None
    assert has_date("3 May 2021") and not has_date("Room 12, 2021 seats")


def test_a_text_without_a_patterns_separators_skips_it_and_keeps_its_dates() -> None:
    assert find_in_text("Posted on March 3, 2021") == FoundDate(dt.date(2021, 3, 3))
    assert find_in_text("Am 2024年5月3日 veröffentlicht") == FoundDate(dt.date(2024, 5, 3))
    assert find_in_text("on 2012-10-11 at 10:32") == FoundDate(dt.date(2012, 10, 11))
    assert find_in_text("12/25/2008") is not None and find_in_text("3.5.2024") is not None


def test_every_month_name_passes_the_letter_look_ahead_before_the_names() -> None:
    """`NAME_AHEAD` rules out no date: the day-first and year-first forms read every name."""
    ahead = regex.compile(dateparse.NAME_AHEAD, regex.I)
    assert all(ahead.match(name) for name in dateparse.MONTH_NUMBERS)
    assert all(dateparse.NAME_AHEAD in dateparse.NAME_PATTERNS[i].pattern for i in (0, 3))
    assert find_in_text("Am 3. Mai 2024 um 10:15") == FoundDate(dt.date(2024, 5, 3), "10:15")
    assert find_in_text("2024. május 3.") == FoundDate(dt.date(2024, 5, 3))


def test_find_all_in_text_many_dates_each_once() -> None:
    """Thousands of dates in one text: each found once, where it starts, in text order (the
    spans kept are looked up by bisection, `dateparse._overlaps`); a numeric form inside a
    longer one is still that one's."""
    text = "12 May 2020, 2021-03-04, " * 2_000
    found = find_all_in_text(text)
    assert [start for start, _ in found] == [
        start for n in range(2_000) for start in (25 * n, 25 * n + 13)
    ]
    assert {date.day for _, date in found} == {dt.date(2020, 5, 12), dt.date(2021, 3, 4)}
