"""Choose the publication date: the date printed next to the headline, checked against metadata.

Each source is a small function returning a `Found` or None: JSON-LD `datePublished`,
publication <meta> keys, <time datetime>, the date printed near the headline or byline, the
URL path, and last the modification date. Dates after the reference day or before MIN_YEAR
are impossible.

Then the sources are reconciled (`choose_date`). Observation on the dev corpus: the date a
reader sees in the dateline or byline is the one annotators (and readers) take, and metadata
that disagrees with it is usually a template default, an old first-draft date or a timestamp
written in another time zone than the one the page prints its day in (a UTC timestamp beside a
local dateline, or a local `21:00-05:00` beside a dateline printed in UTC, `02:00`): the day
the page prints wins every such conflict, one day apart or more. A date elsewhere near the
headline (a lead, a teaser, an embedded post) does not outweigh the metadata.
"""

from __future__ import annotations

import bisect
import datetime as dt
import enum
import itertools
from collections.abc import Iterable, Iterator, Sequence

import regex

from ._text import normalize_key
from .dateparse import (
    FoundDate,
    find_all_in_text,
    find_in_text,
    find_in_url,
    find_relative,
    parse_iso,
)
from .heuristics.datewords import (
    DATE_META_KEYS,
    HEADLINE_AFTER_BLOCKS,
    HEADLINE_BEFORE_BLOCKS,
    HEADLINE_BEFORE_PENALTY,
    JSON_LD_MODIFIED_KEYS,
    JSON_LD_PUBLISHED_KEYS,
    LEAD_DATE_MAX_OFFSET,
    LEAD_DATE_WINDOW_CHARS,
    LOCAL_DAY_TOLERANCE,
    MARKER_LOOKBEHIND_CHARS,
    MAX_UTC_OFFSET_HOURS,
    MODIFIED_MARKERS,
    MODIFIED_META_KEYS,
    NOT_PUBLISHED_MARKERS,
    OTHER_DATE_META_KEY_CHARS,
    OTHER_DATE_META_PARTS,
    OWN_TEASER_DATE_CHARS,
    OWN_TEASER_HEADLINE_CHARS,
    OWN_TEASER_HEADLINES,
    PUBLISHED_MARKERS,
    REPUBLISHED_AFTER_URL_DAYS,
    SCRIPT_STATE_DATE_KEYS,
    SHARED_IMAGE_META_KEYS,
    SHORT_DATE_BLOCK_CHARS,
    UTC_OFFSET_STEP_MINUTES,
)
from .heuristics.titles import META_TITLE_KEYS
from .metadata import PageMeta, article_objects
from .result import Block, Label

# Enum members read once, as module names: reading one off its class costs ten times a
# global's on CPython 3.11 (see `classify`; tests/test_member_reads.py).
TITLE, CONTENT, DATELINE, RELATED = Label.TITLE, Label.CONTENT, Label.DATELINE, Label.RELATED

Found = tuple[FoundDate, str]

DATE_BLOCK_LABELS = frozenset(
    {
        Label.DATELINE,
        Label.BYLINE,
        Label.BOILERPLATE,
        Label.CHROME,
        Label.CONTENT,
        Label.SHARE,
        Label.MENU,
    }
)
"""Blocks that may print the page's date (a byline row often shares a line with the share
buttons; a date that links to its permalink or day archive, or ends a breadcrumb, reads as a
short menu); not related lists, comments, nor the headline, whose date is its subject."""

DATELINE_LABELS = frozenset({Label.DATELINE, Label.BYLINE})
"""Blocks read as a dateline or byline. Only a date printed there outweighs metadata that
disagrees, or moves a UTC timestamp's day: a date in a paragraph's lead (`In this June 20,
2020, file photo`), an embedded post, a teaser above the headline or the page chrome is some
other day. Dev corpus: the metadata was right in every such conflict (8 pages)."""


def _json_ld(
    meta: PageMeta, latest: dt.date, keys: Sequence[str] = JSON_LD_PUBLISHED_KEYS
) -> Found | None:
    """The first date under `keys` in article-like objects, then in any object."""
    for items in (article_objects(meta), meta.json_ld):
        for key in keys:
            for item in items:
                value = item.get(key)
                if isinstance(value, str):
                    found = parse_iso(value, latest) or find_in_text(value, latest)
                    if found:
                        return found, "json-ld"
    return None


def _meta(meta: PageMeta, latest: dt.date, keys: Sequence[str] = DATE_META_KEYS) -> Found | None:
    for key in keys:
        for value in meta.meta.get(key, ()):
            found = parse_iso(value, latest) or find_in_text(value, latest)
            if found:
                return found, f"meta:{key}"
    return None


def _other_meta(meta: PageMeta, latest: dt.date) -> Found | None:
    """An ISO timestamp under an unlisted <meta> key that says "published" in its own words;
    a key that could not be a source's name (longer than OTHER_DATE_META_KEY_CHARS, or with a
    control character, a bidi override, a lone surrogate: `isprintable`) is not read."""
    for key, values in meta.meta.items():
        if len(key) > OTHER_DATE_META_KEY_CHARS or not key.isprintable():
            continue
        if any(part in key for part in OTHER_DATE_META_PARTS):
            for value in values:
                found = parse_iso(value, latest)
                if found:
                    return found, f"meta:{key}"
    return None


def _time_element(meta: PageMeta, latest: dt.date, printed: Found | None = None) -> Found | None:
    """The first `<time>` element's date, or the first whose day the text near the headline
    prints (either reading of `03/01/2017`): a sidebar's or a footer's `<time>` may come first
    in the page."""
    days = {printed[0].day, printed[0].swapped()} if printed else set()
    first: FoundDate | None = None
    for attribute, text in meta.times:
        found = (parse_iso(attribute, latest) if attribute else None) or find_in_text(text, latest)
        if found and (not days or found.day in days):
            return found, "time"
        first = first or found
    return (first, "time") if first else None


def _anchor(blocks: Sequence[Block]) -> int | None:
    """The headline block, else the first content block: where the article starts."""
    first_content = None
    for index, block in enumerate(blocks):
        if block.label is TITLE:
            return index
        if first_content is None and block.label is CONTENT:
            first_content = index
    return first_content


class _Marker(enum.Enum):
    """What the words just before a printed date say it is."""

    NONE = "none"
    MODIFIED = "modified"
    OTHER = "other"


def _marker(text: str, start: int) -> _Marker:
    """`Updated May 6, 2019`, `Joined: Mar 12, 2017`: the nearest marker before the date says
    it is not the publication date (a `Published` marker nearer to it ends their reach)."""
    before = text[max(0, start - MARKER_LOOKBEHIND_CHARS) : start].lower()

    def last(markers: Sequence[str]) -> int:
        return max(before.rfind(marker) for marker in markers)

    published, modified, other = (
        last(PUBLISHED_MARKERS),
        last(MODIFIED_MARKERS),
        last(NOT_PUBLISHED_MARKERS),
    )
    if other > max(published, modified):
        return _Marker.OTHER
    if modified > published:
        return _Marker.MODIFIED
    return _Marker.NONE


def _field_name(blocks: Sequence[Block], index: int) -> str:
    """The text of the block before `index` when it is short enough to be a field's name.

    A fact list prints its name and value in two elements (`<dt>Joined</dt><dd>Nov 4,
    2011</dd>`), so the marker that says the date is no publication's stands in the block
    before the date's own. Only those markers (`Joined`, `Founded`) are read there: a page that
    prints `Updated on` over its only date is dated by it in half the truths (wcxb).
    """
    if index == 0 or blocks[index - 1].label is TITLE:
        return ""
    text = blocks[index - 1].text
    return text if len(text) <= MARKER_LOOKBEHIND_CHARS else ""


def _block_date(
    blocks: Sequence[Block],
    index: int,
    latest: dt.date,
    accepted: frozenset[_Marker],
    fetched: dt.date | None,
) -> FoundDate | None:
    """The date block `index` prints: anywhere in a short block, only at the start of a
    paragraph.

    `Karlsruhe (12.11.2021). Traditionell …` and `01.02.2022 Der Arbeitsmarkt …` open the
    article with its date; a date further into a paragraph is what the article is about.
    Only dates whose marker (in the block, or a `Joined` field name before it) is `accepted`
    count.
    `2 hours ago` counts only when the caller said when the page was `fetched`.
    """
    block = blocks[index]
    if block.label not in DATE_BLOCK_LABELS:
        return None
    short = len(block.text) <= SHORT_DATE_BLOCK_CHARS
    if not short and block.label is not CONTENT:
        return None
    text = block.text if short else block.text[:LEAD_DATE_WINDOW_CHARS]
    name = _field_name(blocks, index) + "\n"

    def marker(start: int) -> _Marker:
        own = _marker(text, start)
        if own is _Marker.NONE and _marker(name + text, len(name) + start) is _Marker.OTHER:
            return _Marker.OTHER
        return own

    for start, found in find_all_in_text(text, latest, short_years=short):
        if not short and start > LEAD_DATE_MAX_OFFSET:
            return None
        if marker(start) in accepted:
            return found
    relative = find_relative(text, fetched) if short and fetched else None
    if relative and marker(relative[0]) in accepted:
        return relative[1]
    return None


PUBLISHED = frozenset({_Marker.NONE})
MODIFIED = frozenset({_Marker.MODIFIED})


def _near_headline_candidates(blocks: Sequence[Block]) -> Iterator[tuple[int, int]]:
    """(distance, index) of the blocks around the headline, nearest first; blocks above a
    headline count as further away (`HEADLINE_BEFORE_PENALTY`), above the first content block
    of a page without one they do not."""
    anchor = _anchor(blocks)
    if anchor is None:
        return
    titled = blocks[anchor].label is TITLE
    penalty = HEADLINE_BEFORE_PENALTY if titled else 0
    ranked = [
        (index - anchor, index)
        for index in range(anchor, min(len(blocks), anchor + HEADLINE_AFTER_BLOCKS + 1))
    ]
    ranked += [
        (anchor - index + penalty, index)
        for index in range(max(0, anchor - HEADLINE_BEFORE_BLOCKS), anchor)
    ]
    yield from sorted(ranked)


def _near_headline(
    blocks: Sequence[Block],
    latest: dt.date,
    accepted: frozenset[_Marker],
    fetched: dt.date | None,
) -> tuple[Found, Label] | None:
    """The date printed nearest the headline (a dateline, byline, or the article's lead) and
    the label of the block that prints it."""
    for _distance, index in _near_headline_candidates(blocks):
        found = _block_date(blocks, index, latest, accepted, fetched)
        if found:
            return (found, "text"), blocks[index].label
    return None


def _dateline(blocks: Sequence[Block], latest: dt.date, fetched: dt.date | None) -> Found | None:
    """The dateline block nearest the headline, when its neighbourhood printed no date: the
    first dateline of the page is often the header's "today"."""
    anchor = _anchor(blocks) or 0
    datelines = [index for index, block in enumerate(blocks) if block.label is DATELINE]
    for index in sorted(datelines, key=lambda index: abs(index - anchor)):
        found = _block_date(blocks, index, latest, PUBLISHED, fetched)
        if found:
            return found, "text"
    return None


def _headline_pattern(headline: str) -> regex.Pattern[str] | None:
    """The headline's words in order, whatever spaces and punctuation stand between them, in
    case-folded text."""
    words = normalize_key(headline).split()
    if not words:
        return None
    return regex.compile(r"(?<!\w)" + r"\W+".join(map(regex.escape, words)) + r"(?!\w)")


def _headline_patterns(meta: PageMeta, blocks: Sequence[Block]) -> list[regex.Pattern[str]]:
    """`_headline_pattern` of each distinct short headline: the title block's, the metadata's;
    the first `OWN_TEASER_HEADLINES` of them."""
    headlines = [block.text for block in blocks if block.label is TITLE]
    headlines += [value for key, _group in META_TITLE_KEYS for value in meta.meta.get(key, ())]
    short = (headline for headline in headlines if len(headline) <= OWN_TEASER_HEADLINE_CHARS)
    patterns = filter(None, map(_headline_pattern, dict.fromkeys(short)))
    return list(itertools.islice(patterns, OWN_TEASER_HEADLINES))


def _own_teaser(meta: PageMeta, blocks: Sequence[Block], latest: dt.date) -> Found | None:
    """A list of the site's latest articles often includes the page's own: a related block
    that repeats the headline with a date next to it (`10.11.2021 Menschenrechte achten Ein
    Appell …`) prints the page's date. A date further from the headline is another teaser's.
    The headline patterns (`regex`'s compiler: about 0.4 ms each) are compiled only once a
    teaser holds a date: on most pages none does."""
    patterns: list[regex.Pattern[str]] | None = None
    for block in blocks:
        if block.label is not RELATED:
            continue
        text = block.text.casefold()
        dated = find_all_in_text(text, latest)
        if not dated:
            continue
        if patterns is None:
            patterns = _headline_patterns(meta, blocks)
        heads, reach = _headline_reach(
            match.span() for pattern in patterns for match in pattern.finditer(text)
        )
        for start, found in dated:
            # near a headline that starts at most OWN_TEASER_DATE_CHARS after the date and
            # ends at most that far before it: the furthest end of those starting in time
            starting = bisect.bisect_right(heads, start + OWN_TEASER_DATE_CHARS)
            near = starting > 0 and reach[starting - 1] >= start - OWN_TEASER_DATE_CHARS
            if near and _marker(text, start) is _Marker.NONE:
                return found, "text"
    return None


def _headline_reach(spans: Iterable[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """The headline matches' starts in order, and the furthest end among those up to each:
    a date is then tested against all of them by one bisection, not one by one (a related
    block of 20,000 headlines and dates far from them took 20 s)."""
    heads: list[int] = []
    reach: list[int] = []
    for head, end in sorted(spans):
        heads.append(head)
        reach.append(max(end, reach[-1]) if reach else end)
    return heads, reach


def _in_url_month(blocks: Sequence[Block], month: FoundDate, latest: dt.date) -> Found | None:
    """A URL like `/2011/12/slug` names the month: the first day of that month printed on the
    page (`veröffentlicht am 3. Dezember 2011`) is the day."""
    for block in blocks:
        if block.label not in DATE_BLOCK_LABELS:
            continue
        for start, found in find_all_in_text(block.text, latest):
            same_month = (found.day.year, found.day.month) == (month.day.year, month.day.month)
            if same_month and _marker(block.text, start) is _Marker.NONE:
                return found, "text"
    return None


def _modified_in_url_month(
    meta: PageMeta, month: FoundDate, fetched: dt.date | None
) -> Found | None:
    """A URL like `/2022/12/slug` and a modification timestamp in that month: the page was
    published between the 1st and that day, most often on it (never edited since)."""
    modified = choose_modified(meta, (), fetched)
    if modified and (modified[0].day.year, modified[0].day.month) == (
        month.day.year,
        month.day.month,
    ):
        return modified
    return None


def _url(url: str | None, latest: dt.date) -> Found | None:
    found = find_in_url(url, latest) if url else None
    return (found, "url") if found else None


def _days_apart(one: FoundDate, other: FoundDate) -> int:
    return abs((one.day - other.day).days)


def _local_day(structured: Found, witnesses: Sequence[Found | None]) -> Found:
    """A UTC timestamp names the UTC day; the page's URL or a timestamp with a local offset
    names the local one.

    When a witness gives the day before or after, that is the day readers saw.
    """
    if not structured[0].is_utc:
        return structured
    for witness in witnesses:
        if (
            witness
            and not witness[0].month_only
            and 0 < _days_apart(structured[0], witness[0]) <= LOCAL_DAY_TOLERANCE
        ):
            return witness
    return structured


def _republished(structured: Found, from_url: Found | None) -> bool:
    """The structured date is long after the full day the permalink names: a republication
    or a CMS migration stamped the metadata, the URL kept the first publication day."""
    if not from_url or from_url[0].month_only:
        return False
    return (structured[0].day - from_url[0].day).days > REPUBLISHED_AFTER_URL_DAYS


def _clock(found: FoundDate) -> dt.datetime | None:
    """The day and time of day `found` gives, to the minute; None without a time."""
    if found.time is None:
        return None
    hour, minute = found.time.split(":")[:2]
    return dt.datetime.combine(found.day, dt.time(int(hour), int(minute)))


def _same_moment(printed: Found | None, structured: Found) -> Found | None:
    """The printed date when its time reads as the structured UTC timestamp in some zone
    (`3/5/2022 22:41` beside `04 May 2022 02:41:00 GMT`): the page prints the moment the
    metadata holds, in the zone of its readers, so its day is the local day.

    Zones are whole quarter hours from UTC, at most `MAX_UTC_OFFSET_HOURS` away."""
    shown = _clock(printed[0]) if printed else None
    stamp = _clock(structured[0])
    if shown is None or stamp is None:
        return None
    offset = abs(shown - stamp)
    step = dt.timedelta(minutes=UTC_OFFSET_STEP_MINUTES)
    if offset > dt.timedelta(hours=MAX_UTC_OFFSET_HOURS) or offset % step:
        return None
    return printed


def _with_local_offset(found: Found | None) -> Found | None:
    """A timestamp with a local UTC offset (`17:18-08:00`): it names the day readers saw."""
    return found if found and found[0].tz and not found[0].is_utc else None


def _latest(fetched: dt.date | None) -> dt.date:
    """The last possible publication day: the day after the fetch (time zones), else today's."""
    if isinstance(fetched, dt.datetime):
        fetched = fetched.date()
    return (fetched or dt.date.today()) + dt.timedelta(days=1)


def choose_date(
    meta: PageMeta,
    blocks: Sequence[Block],
    url: str | None,
    fetched: dt.date | None,
    *,
    thorough: bool = True,
    script_dates: Iterable[tuple[str, str]] = (),
) -> Found | None:
    """The publication date and its source, or None.

    `fetched` is when the page was fetched, if the caller knows it (a `datetime` resolves
    `3 hours ago` to the right side of midnight). Not `thorough`: structured sources and the
    URL only, no reading of the text. `script_dates` are the (key, value) dates stored in the
    page's scripts, read last and only as far as needed.
    """
    latest = _latest(fetched)
    from_url = _url(url, latest)
    in_meta = _meta(meta, latest)
    if not thorough:
        structured = _json_ld(meta, latest) or in_meta or _time_element(meta, latest)
        return structured or from_url or choose_modified(meta, (), fetched)
    near_headline = _near_headline(blocks, latest, PUBLISHED, fetched)
    printed = near_headline[0] if near_headline else None
    structured = _json_ld(meta, latest) or in_meta or _time_element(meta, latest, printed)
    if structured:
        shown = printed if near_headline and near_headline[1] in DATELINE_LABELS else None
        if shown and shown[0].swapped() == structured[0].day:
            return structured
        if shown and shown[0].day != structured[0].day:
            return shown
        if not shown and _republished(structured, from_url):
            return from_url
        witnesses = (from_url, _with_local_offset(in_meta), _same_moment(printed, structured))
        return _local_day(structured, witnesses)
    if from_url and not from_url[0].month_only:
        return from_url
    if printed:
        return printed
    return (
        _own_teaser(meta, blocks, latest)
        or _dateline(blocks, latest, fetched)
        or (from_url and _in_url_month(blocks, from_url[0], latest))
        or (from_url and _modified_in_url_month(meta, from_url[0], fetched))
        or from_url
        or _other_meta(meta, latest)
        or choose_modified(meta, blocks, fetched)
        or _modified_anywhere(blocks, latest)
        or _shared_image_day(meta, latest)
        or _script_state(script_dates, latest)
    )


def _script_state(script_dates: Iterable[tuple[str, str]], latest: dt.date) -> Found | None:
    """The first publication or creation timestamp in the state a client-rendered page keeps
    in a script: it prints its date only once the script runs."""
    for key, value in script_dates:
        if key.lower() in SCRIPT_STATE_DATE_KEYS:
            found = parse_iso(value, latest)
            if found:
                return found, f"script:{key}"
    return None


def _shared_image_day(meta: PageMeta, latest: dt.date) -> Found | None:
    """A full day in the address of the picture the page declares for sharing."""
    for key in SHARED_IMAGE_META_KEYS:
        for address in meta.meta.get(key, ()):
            found = find_in_url(address, latest)
            if found and not found.month_only:
                return found, f"meta:{key}"
    return None


def _modified_anywhere(blocks: Sequence[Block], latest: dt.date) -> Found | None:
    """`(last edited 2019-11-10 by …)` in a wiki's footer: on a page that names no other day,
    the last edit is the best guess left."""
    for block in blocks:
        if block.label in DATE_BLOCK_LABELS and len(block.text) <= SHORT_DATE_BLOCK_CHARS:
            for start, found in find_all_in_text(block.text, latest):
                if _marker(block.text, start) is _Marker.MODIFIED:
                    return found, "text"
    return None


def choose_modified(
    meta: PageMeta, blocks: Sequence[Block], fetched: dt.date | None
) -> Found | None:
    """The last-modified date and its source: JSON-LD `dateModified`, modification <meta>
    keys, then a date printed after `Updated` near the headline."""
    latest = _latest(fetched)
    return (
        _json_ld(meta, latest, JSON_LD_MODIFIED_KEYS)
        or _meta(meta, latest, MODIFIED_META_KEYS)
        or _printed_modified(blocks, latest, fetched)
    )


def _printed_modified(
    blocks: Sequence[Block], latest: dt.date, fetched: dt.date | None
) -> Found | None:
    """A date printed after `Updated` near the headline."""
    found = _near_headline(blocks, latest, MODIFIED, fetched)
    return found[0] if found else None
