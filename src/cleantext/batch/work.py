"""The work a worker process does for one page: read it, call `extract()`, render the output.

Rendering happens in the worker so that only the finished text crosses the pipe back.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from typing import Any

from .. import Extraction, ExtractOptions, extract
from ..options import REFERENCE_DATES
from .reading import PageRefused, read_file, unpack
from .sources import Page

FORMATS = ("text", "markdown", "json", "jsonl")
BLOCK_FORMATS = ("json", "jsonl")
"""The formats that can carry every block of the page (`--blocks`)."""
SUFFIXES = {"text": ".txt", "markdown": ".md", "json": ".json", "jsonl": ".jsonl"}
"""The file suffix of each format, for `-o DIR`."""


@dataclass(frozen=True, slots=True)
class Settings:
    """What every page of a batch shares: the flags mapped to `extract()` and the output."""

    output_format: str
    with_blocks: bool
    options: ExtractOptions
    url: str | None
    """--url: for pages that do not carry their own (files, stdin)."""
    encoding: str | None
    """--encoding: for pages that do not carry their own HTTP charset."""
    max_bytes: int


@dataclass(frozen=True, slots=True)
class Rendered:
    """A page's output text, or why there is none."""

    text: str = ""
    error: str | None = None


def render(result: Extraction, output_format: str, *, with_blocks: bool = False) -> str:
    """One page's output in the format of `--format`, ending in a newline (no JSONL ids)."""
    if output_format in ("json", "jsonl"):
        return result.to_json(with_blocks=with_blocks) + "\n"
    if output_format == "markdown":
        return result.to_markdown()
    header = [line for line in (result.title, result.date) if line]
    return "\n".join([*header, "", result.body]).lstrip("\n") + "\n"


def jsonl_line(source: str, record_id: str | None, fields: dict[str, Any]) -> str:
    """One JSONL record: the page's id first, so every line says where it came from."""
    ids: dict[str, Any] = {"source": source}
    if record_id is not None:
        ids["record_id"] = record_id
    return json.dumps({**ids, **fields}, ensure_ascii=False) + "\n"


def process(settings: Settings, page: Page) -> Rendered:
    """Read, extract and render one page; a page that cannot be read gives an error."""
    try:
        raw = read_file(page.path, settings.max_bytes) if page.path else page.data or b""
        data = unpack(raw, settings.max_bytes)
    except PageRefused as refused:
        return Rendered(error=str(refused))
    options = settings.options
    first, last = REFERENCE_DATES
    if page.reference_date is not None and first <= page.reference_date <= last:
        # a WARC-Date out of that range (9999-12-31) is ignored, not the page
        options = dataclasses.replace(options, reference_date=page.reference_date)
    result = extract(
        data,
        url=page.url or settings.url,
        encoding=page.encoding or settings.encoding,
        options=options,
    )
    if settings.output_format == "jsonl":
        fields = result.to_dict(with_blocks=settings.with_blocks)
        return Rendered(jsonl_line(page.source, page.record_id, fields))
    return Rendered(render(result, settings.output_format, with_blocks=settings.with_blocks))
