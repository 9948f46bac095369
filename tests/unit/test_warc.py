"""WARC records a crawl can hold that must neither stop nor exhaust a batch."""

from __future__ import annotations

import importlib.util
import zlib
from pathlib import Path

import pytest

from cleantext.batch.sources import Failure, Page, Warc, pages
from cleantext.batch.warc import DRAIN_FACTOR, read_warc
from tests.batch_pages import article

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("fastwarc") is None, reason="the warc extra is not installed"
)
PAGE = article(1).encode()
CAP = 64 << 10
HTML = "Content-Type: text/html; charset=utf-8\r\n"
GZIPPED = "Content-Type: text/html\r\nContent-Encoding: gzip\r\n"


def http(body: bytes, headers: str = HTML) -> bytes:
    return f"HTTP/1.1 200 OK\r\n{headers}\r\n".encode() + body


def record(
    block: bytes, record_id: str, block_type: str = "application/http; msgtype=response"
) -> bytes:
    headers = [
        "WARC/1.1",
        "WARC-Type: response",
        f"WARC-Record-ID: <urn:uuid:{record_id}>",
        "WARC-Target-URI: https://example.org/a",
        f"Content-Type: {block_type}",
        f"Content-Length: {len(block)}",
    ]
    return ("\r\n".join(headers) + "\r\n\r\n").encode() + block + b"\r\n\r\n"


def gzip_of_zeros(size: int) -> bytes:
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    return compressor.compress(bytes(size)) + compressor.flush()


def write(tmp_path: Path, *records: bytes) -> Path:
    path = tmp_path / "crawl.warc"
    path.write_bytes(b"".join(records))
    return path


def test_a_response_that_is_not_http_is_skipped(tmp_path: Path) -> None:
    """FastWARC parses the HTTP of `application/http` blocks only: other blocks have no
    status line (they raised AttributeError and ended the batch)."""
    path = write(
        tmp_path,
        record(http(PAGE), "plain", block_type="text/html"),
        record(b"not http at all", "junk"),
        record(http(PAGE), "good"),
    )
    assert [page.record_id for page in read_warc(path, max_bytes=CAP)] == ["urn:uuid:good"]


def test_a_gzip_bomb_body_is_refused_within_the_cap(tmp_path: Path) -> None:
    """A 2 KB gzip body that inflates to 2 MB is read only to the cap (it was read whole, in
    the parent process: a bomb of gigabytes took the batch down), and the record after it is
    still read."""
    small = zlib.compressobj(9, zlib.DEFLATED, 31)
    path = write(
        tmp_path,
        record(http(gzip_of_zeros(2 << 20), GZIPPED), "bomb"),
        record(http(small.compress(PAGE) + small.flush(), GZIPPED), "small"),
        record(http(PAGE), "good"),
    )
    bomb, small_page, good = read_warc(path, max_bytes=CAP)
    assert bomb.data == b""
    assert bomb.error is not None and "once decoded" in bomb.error
    assert small_page.data == PAGE and good.data == PAGE


def test_a_bomb_beyond_what_is_drained_ends_the_file(tmp_path: Path) -> None:
    path = write(tmp_path, record(http(gzip_of_zeros(DRAIN_FACTOR * 2 * CAP), GZIPPED), "bomb"))
    found = list(pages([Warc(str(path), "crawl")], max_bytes=CAP))
    assert isinstance(found[-1], Failure)
    assert f"inflates beyond {DRAIN_FACTOR} times the size cap" in found[-1].message


def test_record_ids_become_distinct_safe_file_names(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        record(http(PAGE), "same"),
        record(http(PAGE), "same"),
        record(http(PAGE), "a\x00b/../c"),
        record(http(PAGE), "é" * 200),
    )
    found = list(pages([Warc(str(path), "crawl")], max_bytes=CAP))
    outputs = [page.output for page in found if isinstance(page, Page)]
    assert outputs[:3] == ["crawl/same", "crawl/same-2", "crawl/a_b_.._c"]
    assert len(outputs[3].encode()) == len("crawl/") + 128


def test_a_truncated_last_record_header_is_dropped_silently(tmp_path: Path) -> None:
    """A download cut inside the last record's WARC header: FastWARC ends the file there
    without an error; the records before it are read (docs/limits.md)."""
    last = record(http(PAGE), "last")
    path = write(tmp_path, record(http(PAGE), "first"), last[: len(last) // 50])
    assert len(last) // 50 < last.index(b"\r\n\r\n")  # the cut is inside the header
    read = list(read_warc(path, max_bytes=CAP))
    assert [page.record_id for page in read] == ["urn:uuid:first"]
    assert [page.error for page in read] == [None]


def test_no_resync_after_a_broken_record(tmp_path: Path) -> None:
    """Junk where a record header should be (a Content-Length that lies, bytes spliced in):
    FastWARC raises and does not look for the next record; the batch reports the file and the
    records after the break are lost (docs/limits.md)."""
    path = write(
        tmp_path,
        record(http(PAGE), "first"),
        b"JUNK\r\n\r\n",
        record(http(PAGE), "after"),
    )
    with pytest.raises(OSError, match="Invalid WARC header"):
        list(read_warc(path, max_bytes=CAP))
    batch = list(pages([Warc(str(path), "crawl")], CAP))
    assert [type(item) for item in batch] == [Page, Failure]
    assert isinstance(batch[1], Failure)
    assert batch[1].message == "cannot read WARC: Invalid WARC header"
