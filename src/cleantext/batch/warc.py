"""The HTML pages of a WARC file (web archive), through FastWARC: the optional `warc` extra.

FastWARC was chosen over warcio by speed, measured on a WARC built from the dev corpus
(benchmarks/warc_readers.py, figures in docs/cli.md). The core install works without it: only
`read_warc` needs it, and says how to install it.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from .reading import PageRefused, open_regular

WARC_SUFFIXES = (".warc", ".warc.gz")
HTML_TYPES = ("text/html", "application/xhtml+xml")
"""HTTP content types taken as pages; other responses (images, scripts, feeds) are skipped."""
OK_STATUS = range(200, 300)
"""Only successful responses: a redirect's or an error's body is not the article."""
DRAIN_CHUNK_BYTES = 1 << 20
"""The rest of a record over the size cap is read and dropped this many bytes at a time."""
DRAIN_FACTOR = 50
"""A record over the size cap is read to its end (FastWARC loses its place in the file when a
record with a compressed body is left half read), but only up to this many times the cap once
decoded: a gzip or brotli bomb (a 1 MB body that inflates to gigabytes) then ends the file
with an error instead of hours of inflating. 1 GB at the default cap: about 2 s."""
INSTALL_HINT = "reading WARC files needs the 'warc' extra: pip install 'cleantext-extract[warc]'"


class _Reader(Protocol):
    """A record's body, as FastWARC reads it."""

    def read(self, size: int = -1) -> bytes: ...


class WarcUnavailable(RuntimeError):
    """FastWARC is not installed."""


@dataclass(frozen=True, slots=True)
class WarcPage:
    """One HTML response record: the payload and what `extract()` should be told about it."""

    record_id: str
    url: str | None
    date: dt.datetime | None
    """When the page was crawled: no publication date can be later."""
    encoding: str | None
    """The HTTP charset, if the response declared one."""
    data: bytes
    error: str | None = None
    """Why the record was not read (then `data` is empty), e.g. larger than the size cap."""


def is_warc(path: str) -> bool:
    """A WARC file, by name, as crawlers and Common Crawl name them."""
    return path.lower().endswith(WARC_SUFFIXES)


def check_available() -> None:
    """Raise WarcUnavailable with the install command when FastWARC is missing."""
    try:
        import fastwarc.warc  # noqa: F401
    except ImportError as error:
        raise WarcUnavailable(INSTALL_HINT) from error


def read_warc(path: str | Path, *, max_bytes: int | None = None) -> Iterator[WarcPage]:
    """Every successful HTML response record of a WARC or WARC.gz file, in file order.

    A record longer than `max_bytes`, as stored or once its HTTP body is decoded, is yielded
    with `error` set and no data; records that are not HTTP (a `response` whose block is not
    `application/http`, or is cut short) are skipped. An unreadable, special (a FIFO named
    `.warc`) or truncated file raises OSError when reached (the records before it have been
    yielded), as does a record that inflates beyond `DRAIN_FACTOR` times `max_bytes`.
    """
    try:
        from fastwarc.warc import ArchiveIterator, WarcRecordType
    except ImportError as error:
        raise WarcUnavailable(INSTALL_HINT) from error
    try:
        fd = open_regular(str(path))
    except PageRefused as refused:
        raise OSError(str(refused)) from refused
    with os.fdopen(fd, "rb") as stream:
        records = ArchiveIterator(
            stream,
            record_types=WarcRecordType.response,
            parse_http=True,
            auto_decode="all",
            fsspec_args=False,
        )
        for record in records:
            if record.http_headers is None or record.http_headers.status_code not in OK_STATUS:
                continue
            content_type = (record.http_content_type or "").split(";")[0].strip().lower()
            if content_type not in HTML_TYPES:
                continue
            record_id = (record.record_id or f"offset-{record.stream_pos}").strip("<>")
            url = record.headers.get("WARC-Target-URI")
            date = _record_date(record.headers.get("WARC-Date"))
            if max_bytes is not None and record.content_length > max_bytes:
                too_large = (
                    f"record is larger than the size cap "
                    f"({record.content_length:,} > {max_bytes:,} bytes; see --max-size)"
                )
                yield WarcPage(record_id, url, date, record.http_charset, b"", too_large)
                continue
            if max_bytes is None:
                yield WarcPage(record_id, url, date, record.http_charset, record.reader.read())
                continue
            data = record.reader.read(max_bytes + 1)
            if len(data) > max_bytes:
                del data
                _drain(record.reader, max_bytes, record_id)
                too_large = (
                    f"record is larger than the size cap once decoded "
                    f"(> {max_bytes:,} bytes; see --max-size)"
                )
                yield WarcPage(record_id, url, date, record.http_charset, b"", too_large)
                continue
            yield WarcPage(record_id, url, date, record.http_charset, data)


def _drain(reader: _Reader, max_bytes: int, record_id: str) -> None:
    """Read the rest of a record and drop it; OSError past `DRAIN_FACTOR` times the cap."""
    left = DRAIN_FACTOR * max_bytes
    while left > 0:
        chunk = reader.read(DRAIN_CHUNK_BYTES)
        if not chunk:
            return
        left -= len(chunk)
    raise OSError(f"record {record_id} inflates beyond {DRAIN_FACTOR} times the size cap")


def _record_date(value: str | None) -> dt.datetime | None:
    """WARC-Date (ISO 8601, `Z` for UTC); None when absent or malformed."""
    if not value:
        return None
    try:
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
