"""Where a batch's pages go: standard output, one file per page under `-o DIR`, or a JSONL file.

Files under `-o DIR` are written to a temporary file in the same folder and renamed over the
target (`os.replace`), so a run killed at any moment leaves whole files or none; `--skip-existing`
then resumes by skipping pages whose file is there. A JSONL file is appended one flushed line
per page; on resume a torn last line is cut off and the sources already present are skipped.
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import signal
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Protocol, TextIO

from .sources import Failure, Page
from .work import SUFFIXES, jsonl_line

TEMP_SUFFIX = ".tmp"
ENCODING = "utf-8"
FILE_MODE = 0o666
"""Before the umask, as open() creates files (mkstemp's own 0o600 would hide the outputs)."""
TEMP_NAME_CHARS = 32
"""Characters of the target's name in its temporary file's name (`.NAME.XXXXXXXX.tmp`): a
target name near the 255-byte limit must not make the temporary name too long."""
DEFERRED_SIGNALS = frozenset({signal.SIGINT, signal.SIGTERM})
"""Signals that end a run, held back while one output file is written."""


class OutputFailed(Exception):
    """One page's output file could not be written (a name too long for the file system, a
    folder in the way, a full disk); the message says why. The batch goes on."""


class Sink(Protocol):
    """An output destination."""

    ordered: bool
    """Whether pages must arrive in input order (streams) or may come as they finish."""

    def exists(self, page: Page) -> bool:
        """Whether the page's output is already there (for --skip-existing)."""

    def write(self, page: Page, text: str) -> None:
        """Store one page's rendered output; OutputFailed when only this page's file cannot
        be written (the batch goes on), OSError when the output as a whole fails."""

    def failed(self, failure: Failure) -> None:
        """Record a page that gave no output (JSONL keeps an error record)."""

    def close(self) -> None:
        """Flush and release."""


class StdoutSink:
    """Everything on standard output; text and Markdown pages get a `==> name <==` header when
    the batch has more than one page, as `head` and `tail` do."""

    ordered = True

    def __init__(self, output_format: str, *, headers: bool) -> None:
        self._stream: TextIO = sys.stdout
        self._jsonl = output_format == "jsonl"
        self._headers = headers and output_format in ("text", "markdown")
        self._written = 0

    def exists(self, page: Page) -> bool:
        return False

    def write(self, page: Page, text: str) -> None:
        if self._headers:
            self._stream.write(("\n" if self._written else "") + f"==> {page.source} <==\n")
        self._stream.write(text)
        self._written += 1

    def failed(self, failure: Failure) -> None:
        if self._jsonl:
            self._stream.write(jsonl_line(failure.source, failure.record_id, _error(failure)))

    def close(self) -> None:
        self._stream.flush()


class DirectorySink:
    """One file per page under `root`, mirroring the input tree, each written atomically."""

    ordered = False

    def __init__(self, root: Path, output_format: str) -> None:
        self._root = root
        self._suffix = SUFFIXES[output_format]

    def target(self, page: Page) -> Path:
        return self._root / (page.output + self._suffix)

    def exists(self, page: Page) -> bool:
        return self.target(page).is_file()

    def write(self, page: Page, text: str) -> None:
        target = self.target(page)
        try:
            write_atomically(target, text)
        except OSError as error:
            raise OutputFailed(f"cannot write {target}: {error.strerror or error}") from error

    def failed(self, failure: Failure) -> None:
        """Nothing to write: the failure is on stderr and in the summary."""

    def close(self) -> None:
        """Every file is complete as soon as it is written."""


class JsonlFileSink:
    """One JSON object per line in one file, in input order, each line flushed when written."""

    ordered = True

    def __init__(self, path: Path, *, resume: bool) -> None:
        self._done: set[str] = _complete_sources(path) if resume else set()
        path.parent.mkdir(parents=True, exist_ok=True)
        self._stream = path.open("a" if resume else "w", encoding=ENCODING)

    def exists(self, page: Page) -> bool:
        return page.source in self._done

    def write(self, page: Page, text: str) -> None:
        self._stream.write(text)
        self._stream.flush()

    def failed(self, failure: Failure) -> None:
        self._stream.write(jsonl_line(failure.source, failure.record_id, _error(failure)))
        self._stream.flush()

    def close(self) -> None:
        self._stream.close()


def _error(failure: Failure) -> dict[str, str]:
    return {"error": failure.message}


def _complete_sources(path: Path) -> set[str]:
    """Sources with a successful record in an earlier run's file; a torn last line (the run
    was killed mid-write) is cut off so the file stays valid JSONL."""
    if not path.is_file():
        return set()
    data = path.read_bytes()
    complete = data[: data.rfind(b"\n") + 1]
    if len(complete) != len(data):
        with path.open("r+b") as stream:
            stream.truncate(len(complete))
    done = set()
    for line in complete.decode(ENCODING, errors="replace").splitlines():
        try:
            record = json.loads(line)
        except ValueError:
            continue
        if isinstance(record, dict) and "error" not in record and "source" in record:
            done.add(str(record["source"]))
    return done


@functools.cache
def _umask() -> int:
    """The process umask (reading it means setting it, so once)."""
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomically(target: Path, text: str) -> None:
    """Write `text` to `target` through a temporary file in the same folder and a rename."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with _signals_deferred():
        fd, temporary = tempfile.mkstemp(
            dir=target.parent, prefix=f".{target.name[:TEMP_NAME_CHARS]}.", suffix=TEMP_SUFFIX
        )
        try:
            os.fchmod(fd, FILE_MODE & ~_umask())
            with os.fdopen(fd, "w", encoding=ENCODING) as stream:
                stream.write(text)
            os.replace(temporary, target)
        except BaseException:
            os.unlink(temporary)
            raise


@contextlib.contextmanager
def _signals_deferred() -> Iterator[None]:
    """Ctrl-C and SIGTERM wait until the block is done: their handlers raise, and raised
    between `mkstemp` and the `try`, or after the rename, they would leave a temporary file
    behind or unlink one that is gone. (Without `pthread_sigmask`, e.g. on Windows, as before.)"""
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, DEFERRED_SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)
