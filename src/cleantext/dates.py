"""Choose the publication date: structured sources first, then the page's own text.

A cascade in the order pages are most often right (htmldate's observation): JSON-LD
`datePublished`, publication <meta> keys, <time datetime>, a dateline next to the headline,
the URL path, and last the modification date. Each step is a small function returning a
`FoundDate` or None; dates after the reference day or before MIN_YEAR are impossible.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from .dateparse import FoundDate, find_in_text, find_in_url, parse_iso
from .heuristics.datewords import DATE_META_KEYS, MODIFIED_META_KEYS
from .metadata import PageMeta, article_objects
from .result import Block, Label

Found = tuple[FoundDate, str]


def _json_ld(meta: PageMeta, latest: dt.date, key: str = "datePublished") -> Found | None:
    for item in article_objects(meta) + meta.json_ld:
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


def _time_element(meta: PageMeta, latest: dt.date) -> Found | None:
    for attribute, text in meta.times:
        found = (parse_iso(attribute, latest) if attribute else None) or find_in_text(text, latest)
        if found:
            return found, "time"
    return None


def _dateline(blocks: Sequence[Block], latest: dt.date) -> Found | None:
    for block in blocks:
        if block.label is Label.DATELINE:
            found = find_in_text(block.text, latest)
            if found:
                return found, "text"
    return None


def choose_date(
    meta: PageMeta, blocks: Sequence[Block], url: str | None, reference: dt.date | None
) -> Found | None:
    """The publication date and its source, or None."""
    latest = (reference or dt.date.today()) + dt.timedelta(days=1)
    steps: tuple[Callable[[], Found | None], ...] = (
        lambda: _json_ld(meta, latest),
        lambda: _meta(meta, latest),
        lambda: _time_element(meta, latest),
        lambda: _dateline(blocks, latest),
        lambda: _url(url, latest),
        lambda: _json_ld(meta, latest, "dateModified"),
        lambda: _meta(meta, latest, MODIFIED_META_KEYS),
    )
    for step in steps:
        found = step()
        if found:
            return found
    return None


def _url(url: str | None, latest: dt.date) -> Found | None:
    found = find_in_url(url, latest) if url else None
    return (found, "url") if found else None
