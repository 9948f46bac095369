"""What a batch reads: named files, folders walked recursively, standard input, WARC records.

File inputs are listed up front (so the progress bar knows the total and two inputs writing
the same output file are caught before any work); WARC records are read lazily, one at a time.
"""

from __future__ import annotations

import datetime as dt
import fnmatch
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from .warc import WARC_SUFFIXES, is_warc, read_warc

STDIN = "-"
STDIN_OUTPUT = "stdin"
"""Output name (before the format's suffix) of a page read from standard input."""
GZIP_SUFFIX = ".gz"
PAGE_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml", ".txt", ".md", ".markdown")
"""Dropped from an input's name to name its output: `a/b.html.gz` -> `a/b.txt`, `a/c.md` ->
`a/c.txt` (Markdown is read as the HTML it stands for)."""
UNSAFE_NAME_CHARS = str.maketrans(
    dict.fromkeys(["/", "\\", ":", "*", "?", '"', "<", ">", "|", *map(chr, range(32)), "\x7f"], "_")
)
"""Replaced by `_` in a WARC record id made a file name: separators, characters Windows
refuses, and control characters (a NUL makes every file call fail)."""
MAX_NAME_BYTES = 128
"""A record id made a file name is cut to this many UTF-8 bytes: file names are limited to 255
bytes, and the temporary file beside it adds to the name (a UUID, what crawlers use, is 36)."""


@dataclass(frozen=True, slots=True)
class Page:
    """One page to extract: where it comes from, and what `extract()` is told about it."""

    source: str
    """The page's id in messages and JSONL: a path, `-`, or `WARC-PATH#RECORD-ID`."""
    output: str
    """Output path relative to `-o DIR`, without the format's suffix (POSIX separators)."""
    path: str | None = None
    """A file the worker reads; None when `data` is already in memory."""
    data: bytes | None = None
    url: str | None = None
    encoding: str | None = None
    reference_date: dt.date | None = None
    record_id: str | None = None
    """The WARC-Record-ID, for pages from a WARC file."""


@dataclass(frozen=True, slots=True)
class Failure:
    """An input that yields no page, with the message to report."""

    source: str
    message: str
    record_id: str | None = None


@dataclass(frozen=True, slots=True)
class Warc:
    """A WARC file, expanded into its records only when the batch reaches it."""

    path: str
    output: str


Input = Page | Failure | Warc


@dataclass(slots=True)
class Plan:
    """The listed inputs in order, ready to be expanded into pages."""

    inputs: list[Input] = field(default_factory=list)

    @property
    def has_warc(self) -> bool:
        """Whether an input is a WARC file, whose records are counted only when read."""
        return any(isinstance(item, Warc) for item in self.inputs)

    @property
    def total(self) -> int | None:
        """How many pages the batch has; None when a WARC file's records are still uncounted."""
        return None if self.has_warc else len(self.inputs)


def plan(
    names: Sequence[str],
    globs: Sequence[str],
    stdin: bytes | None,
    *,
    to_files: bool,
    exclude: Path | None = None,
) -> Plan:
    """List every input: a folder becomes its files (matching `globs`, if any), sorted.

    `to_files`: each page gets an output file, so two inputs mapped to one name are refused.
    `exclude`: the output path, never read as input (`-o in/out in` must not read its own
    outputs when resumed).
    """
    excluded = os.path.realpath(exclude) if exclude is not None else None
    result = Plan()
    claimed: dict[str, str] = {}
    for name in names:
        for item in _expand_name(name, globs, stdin, excluded):
            if isinstance(item, Failure):
                result.inputs.append(item)
                continue
            source = item.source if isinstance(item, Page) else item.path
            if to_files and item.output in claimed:
                message = f"output name {item.output!r} is already taken by {claimed[item.output]}"
                result.inputs.append(Failure(source, message))
                continue
            claimed[item.output] = source
            result.inputs.append(item)
    return result


def pages(inputs: Iterable[Input], max_bytes: int) -> Iterator[Page | Failure]:
    """The batch's pages in input order, WARC records read as they are reached."""
    for item in inputs:
        if isinstance(item, Warc):
            yield from _warc_pages(item, max_bytes)
        else:
            yield item


def _expand_name(
    name: str, globs: Sequence[str], stdin: bytes | None, excluded: str | None
) -> Iterator[Input]:
    if name == STDIN:
        yield Page(source=STDIN, output=STDIN_OUTPUT, data=stdin or b"")
    elif os.path.isdir(name):
        yield from _walk(name, globs, excluded)
    else:
        yield _file_input(name, os.path.basename(name))


def _walk(root: str, globs: Sequence[str], excluded: str | None) -> Iterator[Input]:
    """Every file under `root` in sorted order; symlinked folders are not followed (loops)."""
    errors: list[OSError] = []
    for directory, subdirs, files in os.walk(root, onerror=errors.append):
        subdirs[:] = sorted(sub for sub in subdirs if not _is(directory, sub, excluded))
        for file_name in sorted(files):
            if _is(directory, file_name, excluded):
                continue
            path = os.path.join(directory, file_name)
            relative = PurePosixPath(*os.path.relpath(path, root).split(os.sep)).as_posix()
            if globs and not any(fnmatch.fnmatch(relative, pattern) for pattern in globs):
                continue
            yield _file_input(path, relative)
    for error in errors:
        yield Failure(str(error.filename), f"cannot list: {error.strerror or error}")


def _is(directory: str, name: str, excluded: str | None) -> bool:
    """Whether `directory/name` is the excluded path (its real path resolved only when the
    names match: one cheap comparison per file of a large tree)."""
    return (
        excluded is not None
        and name == os.path.basename(excluded)
        and os.path.realpath(os.path.join(directory, name)) == excluded
    )


def _file_input(path: str, relative: str) -> Page | Warc:
    if is_warc(path):
        return Warc(path, _strip_suffixes(relative, WARC_SUFFIXES))
    without_gzip = relative[: -len(GZIP_SUFFIX)] if relative.endswith(GZIP_SUFFIX) else relative
    return Page(source=path, output=_strip_suffixes(without_gzip, PAGE_SUFFIXES), path=path)


def _strip_suffixes(name: str, suffixes: Sequence[str]) -> str:
    for suffix in sorted(suffixes, key=len, reverse=True):
        if name.lower().endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)]
    return name


def _warc_pages(warc: Warc, max_bytes: int) -> Iterator[Page | Failure]:
    """The WARC's HTML records as pages; a read error ends that file with a Failure.

    Two records with the same id (or ids that read the same as file names) get distinct
    outputs, the second `NAME-2`: a WARC may repeat a record id, and the second page must not
    overwrite the first. The names taken are remembered per WARC, about 100 bytes a record.
    """
    taken: set[str] = set()
    try:
        for record in read_warc(warc.path, max_bytes=max_bytes):
            source = f"{warc.path}#{record.record_id}"
            if record.error is not None:
                yield Failure(source, record.error, record.record_id)
                continue
            yield Page(
                source=source,
                output=f"{warc.output}/{_unique(_file_name(record.record_id), taken)}",
                data=record.data,
                url=record.url,
                encoding=record.encoding,
                reference_date=record.date.date() if record.date else None,
                record_id=record.record_id,
            )
    except OSError as error:
        reason = error.strerror or str(error).removeprefix("cannot read: ")
        yield Failure(warc.path, f"cannot read WARC: {reason}")


def _file_name(record_id: str) -> str:
    """A record id as a file name: `urn:uuid:1b4e…` -> `1b4e…`."""
    name = record_id.rsplit(":", 1)[-1].translate(UNSAFE_NAME_CHARS)
    cut = name.encode("utf-8", "replace")[:MAX_NAME_BYTES].decode("utf-8", "ignore")
    return cut or "record"


def _unique(name: str, taken: set[str]) -> str:
    """`name`, or `name-2`, `name-3`… when an earlier record of the WARC has it."""
    unique, number = name, 1
    while unique in taken:
        number += 1
        unique = f"{name}-{number}"
    taken.add(unique)
    return unique
