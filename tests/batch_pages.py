"""Pages and WARC files built for the batch tests (no evaluation page is copied into tests)."""

from __future__ import annotations

import gzip
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

PARAGRAPH = (
    "The harbour committee met on Tuesday evening to discuss the repairs to the old pier, "
    "which has been closed to visitors since the storms of last winter damaged its railings."
)


def article(number: int, *, paragraphs: int = 6, charset: str | None = "utf-8") -> str:
    """A small news page whose title and first paragraph name `number`."""
    meta = f'<meta charset="{charset}">' if charset else ""
    body = "".join(
        f"<p>Paragraph {index} of story {number}. {PARAGRAPH}</p>" for index in range(paragraphs)
    )
    return (
        f"<html><head>{meta}<title>Story {number} | The Harbour Gazette</title></head><body>"
        f"<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"<article><h1>Story number {number}</h1>{body}</article>"
        f"<footer>Copyright The Harbour Gazette</footer></body></html>"
    )


@dataclass(frozen=True)
class Response:
    """One HTTP response to archive."""

    url: str
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    status: str = "200 OK"
    date: str = "2024-05-01T10:00:00Z"
    record_id: str = ""


def _record(headers: Sequence[tuple[str, str]], block: bytes) -> bytes:
    lines = ["WARC/1.1", *(f"{name}: {value}" for name, value in headers)]
    lines.append(f"Content-Length: {len(block)}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + block + b"\r\n\r\n"


def warc(responses: Sequence[Response], *, compress: bool) -> bytes:
    """A WARC file written by hand: a warcinfo record, then a request and a response record
    per page (each record its own gzip member when `compress`, as crawlers write them)."""
    records = [
        _record(
            [("WARC-Type", "warcinfo"), ("WARC-Record-ID", f"<urn:uuid:{uuid.uuid4()}>")],
            b"software: cleantext tests\r\n",
        )
    ]
    for response in responses:
        request = f"GET {response.url} HTTP/1.1\r\nHost: example.org\r\n\r\n".encode()
        records.append(
            _record(
                [
                    ("WARC-Type", "request"),
                    ("WARC-Record-ID", f"<urn:uuid:{uuid.uuid4()}>"),
                    ("WARC-Date", response.date),
                    ("WARC-Target-URI", response.url),
                    ("Content-Type", "application/http; msgtype=request"),
                ],
                request,
            )
        )
        http = (
            f"HTTP/1.1 {response.status}\r\nContent-Type: {response.content_type}\r\n"
            f"Content-Length: {len(response.body)}\r\n\r\n"
        ).encode() + response.body
        records.append(
            _record(
                [
                    ("WARC-Type", "response"),
                    ("WARC-Record-ID", f"<urn:uuid:{response.record_id or uuid.uuid4()}>"),
                    ("WARC-Date", response.date),
                    ("WARC-Target-URI", response.url),
                    ("Content-Type", "application/http; msgtype=response"),
                ],
                http,
            )
        )
    if compress:
        return b"".join(gzip.compress(record) for record in records)
    return b"".join(records)
