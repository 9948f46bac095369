"""`python -m benchmarks.warc_readers`: FastWARC against warcio on a WARC built from the dev corpus.

Builds a gzipped and a plain WARC (one request and one response record per page, as a crawler
writes them) from `<eval>/*/pages/*.html.gz`, then times each library reading every response
record's HTTP payload, best of a few rounds. Run by hand (needs both libraries); the figures
are quoted in docs/cli.md, which is why cleantext's `warc` extra is built on FastWARC.
"""

from __future__ import annotations

import argparse
import gzip
import io
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from benchmarks.datasets import default_data_dir

ROUNDS = 3
HTTP_OK = "200 OK"
CONTENT_TYPE = "text/html; charset=utf-8"
MIB = 1024 * 1024


def _pages(data_dir: Path) -> list[tuple[str, bytes]]:
    """(URL, raw bytes) of every dev-corpus page, sorted by path for a stable archive."""
    paths = sorted(data_dir.glob("*/pages/*.html.gz"))
    return [
        (
            f"https://example.org/{path.parent.parent.name}/{path.name[:-3]}",
            gzip.decompress(path.read_bytes()),
        )
        for path in paths
    ]


def build_warc(pages: Sequence[tuple[str, bytes]], path: Path, *, compress: bool) -> None:
    """Write one request and one response record per page with warcio's writer."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=compress)
        for url, raw in pages:
            request = writer.create_warc_record(
                url,
                "request",
                http_headers=StatusAndHeaders(
                    f"GET {url} HTTP/1.1", [("Host", "example.org")], is_http_request=True
                ),
            )
            writer.write_record(request)
            headers = StatusAndHeaders(
                HTTP_OK,
                [("Content-Type", CONTENT_TYPE), ("Content-Length", str(len(raw)))],
                protocol="HTTP/1.1",
            )
            response = writer.create_warc_record(
                url, "response", payload=io.BytesIO(raw), http_headers=headers
            )
            writer.write_record(response)


def read_fastwarc(path: Path) -> int:
    """Payload bytes of every response record, through FastWARC."""
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    total = 0
    with path.open("rb") as stream:
        for record in ArchiveIterator(
            stream, record_types=WarcRecordType.response, parse_http=True, fsspec_args=False
        ):
            total += len(record.reader.read())
    return total


def read_warcio(path: Path) -> int:
    """Payload bytes of every response record, through warcio."""
    from warcio.archiveiterator import ArchiveIterator

    total = 0
    with path.open("rb") as stream:
        for record in ArchiveIterator(stream):
            if record.rec_type == "response":
                total += len(record.content_stream().read())
    return total


def best_seconds(reader: Callable[[Path], int], path: Path) -> tuple[float, int]:
    """The fastest of ROUNDS full reads, and the payload bytes it returned."""
    timings = []
    payload = 0
    for _ in range(ROUNDS):
        start = time.perf_counter()
        payload = reader(path)
        timings.append(time.perf_counter() - start)
    return min(timings), payload


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.warc_readers", description=__doc__)
    parser.add_argument("--data", type=Path, default=default_data_dir())
    args = parser.parse_args(argv)
    from importlib.metadata import version

    pages = _pages(args.data)
    print(f"fastwarc {version('fastwarc')}, warcio {version('warcio')}; {len(pages)} pages")
    with tempfile.TemporaryDirectory() as tmp:
        for compress in (True, False):
            path = Path(tmp) / ("corpus.warc.gz" if compress else "corpus.warc")
            build_warc(pages, path, compress=compress)
            size = path.stat().st_size / MIB
            for name, reader in (("fastwarc", read_fastwarc), ("warcio", read_warcio)):
                seconds, payload = best_seconds(reader, path)
                print(
                    f"{path.name:16} {size:7.1f} MiB  {name:9} {seconds:6.3f} s  "
                    f"{len(pages) / seconds:8.0f} records/s  {payload / MIB / seconds:7.1f} MiB/s"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
