"""The worker pool loses only the page that hangs, explodes or crashes its worker; the
progress line and the reading guards."""

from __future__ import annotations

import gzip
import io
import os
import signal
import time
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from lxml import etree

from cleantext.batch.progress import Progress, Status
from cleantext.batch.reading import PageRefused, read_file, unpack
from cleantext.batch.workers import MEMORY_ERROR, Outcome, WorkerPool, describe_error

HANG_S = 60.0
TIMEOUT_S = 0.5
MEMORY_CAP = 512 * 1024 * 1024
TOO_MUCH = 4 * MEMORY_CAP


def misbehave(item: str) -> str:
    """A handler whose item says what goes wrong."""
    if item == "hang":
        time.sleep(HANG_S)
    elif item == "explode":
        return str(len(bytearray(TOO_MUCH)))
    elif item == "crash":
        os.kill(os.getpid(), signal.SIGKILL)
    elif item == "raise":
        raise ValueError("bad page")
    elif item == "raise-while-out-of-memory":
        try:
            return str(len(bytearray(TOO_MUCH)))
        except MemoryError:
            raise RuntimeError("cleaning up failed too") from None  # context kept: a MemoryError
    elif item == "zlib-out-of-memory":
        raise zlib.error("Error -4 while decompressing data")
    elif item == "zlib-corrupt":
        raise zlib.error("Error -3 while decompressing data: invalid block type")
    elif item == "answer-too-large":
        return TooLargeToSend()  # type: ignore[return-value]
    return item.upper()


class TooLargeToSend:
    """An answer whose pickling runs out of memory, as a huge one does under the cap."""

    def __reduce__(self) -> str:
        raise MemoryError


def run(items: list[str], workers: int) -> dict[int, Outcome[str]]:
    with WorkerPool(misbehave, workers=workers, timeout_s=TIMEOUT_S, memory_bytes=MEMORY_CAP) as p:
        return dict(p.run(enumerate(items)))


@pytest.mark.parametrize("workers", [1, 2])
def test_each_bad_page_is_reported_and_the_pool_goes_on(workers: int) -> None:
    items = ["a", "hang", "b", "explode", "c", "crash", "d", "raise", "e"]
    start = time.monotonic()
    outcomes = run(items, workers)
    assert time.monotonic() - start < HANG_S / 2
    assert {items[k]: o.value for k, o in outcomes.items() if o.value} == {
        name: name.upper() for name in "abcde"
    }
    assert outcomes[1].error is not None and "timed out after 0.5 s" in outcomes[1].error
    assert outcomes[3].error == MEMORY_ERROR
    assert outcomes[5].error == "worker died (killed by SIGKILL)"
    assert outcomes[7].error == "extraction failed: ValueError: bad page"


def test_a_page_out_of_memory_is_reported_as_such_however_it_fails() -> None:
    """Under the cap, C code fails with exceptions of its own (zlib's `Error -4`, lxml's
    XPathEvalError), and code handling a MemoryError may fail in turn: each is the memory cap,
    reported as such; a corrupt stream is not."""
    items = ["raise-while-out-of-memory", "zlib-out-of-memory", "zlib-corrupt", "a"]
    outcomes = run(items, 1)
    assert [outcomes[k].error for k in range(3)] == [
        MEMORY_ERROR,
        MEMORY_ERROR,
        "extraction failed: error: Error -3 while decompressing data: invalid block type",
    ]
    assert outcomes[3].value == "A"


def test_an_answer_too_large_to_send_under_the_cap_is_the_memory_cap() -> None:
    with WorkerPool(misbehave, workers=1, timeout_s=5.0, memory_bytes=MEMORY_CAP) as pool:
        outcomes = dict(pool.run(enumerate(["answer-too-large", "b"])))
    assert outcomes[0].error == MEMORY_ERROR
    assert outcomes[1].value == "B"


class _Entry:
    """An lxml error-log entry: its libxml2 error code."""

    def __init__(self, code: int) -> None:
        self.type = code


@pytest.mark.parametrize(
    ("codes", "expected"),
    [
        ([int(etree.ErrorTypes.ERR_NO_MEMORY)], MEMORY_ERROR),
        (
            [int(etree.ErrorTypes.XPATH_EXPR_ERROR), int(etree.ErrorTypes.XPATH_MEMORY_ERROR)],
            MEMORY_ERROR,
        ),
        (
            [int(etree.ErrorTypes.XPATH_EXPR_ERROR)],
            "extraction failed: XPathEvalError: unknown error",
        ),
    ],
    ids=["no memory", "xpath memory", "other"],
)
def test_lxml_errors_logging_a_failed_allocation_are_the_memory_cap(
    codes: list[int], expected: str
) -> None:
    error = etree.XPathEvalError("unknown error")
    error.error_log = [_Entry(code) for code in codes]  # type: ignore[assignment]
    assert describe_error(error) == expected


def test_items_are_pulled_only_as_workers_free_up() -> None:
    pulled: list[int] = []

    def items() -> Iterator[tuple[int, str]]:
        for key in range(5):
            pulled.append(key)
            yield key, str(key)

    with WorkerPool(misbehave, workers=2, timeout_s=TIMEOUT_S, memory_bytes=None) as pool:
        results = pool.run(items())
        next(results)
        assert len(pulled) <= 3
        assert len(list(results)) == 4


def test_progress_bar_only_when_asked() -> None:
    stream = io.StringIO()
    progress = Progress(stream, total=4, bar=True, summary=True)
    progress.count(Status.OK)
    progress.failure("x.html", "cannot read: nope")
    progress.count(Status.FAILED)
    progress.finish()
    text = stream.getvalue()
    assert "[" in text and "1/4 pages" in text and "pages/s" in text and "ETA" in text
    assert "cleantext: x.html: cannot read: nope\n" in text
    assert text.endswith("2 pages: 1 ok, 1 failed, 0 skipped in " + text.split(" in ")[-1])
    quiet = io.StringIO()
    silent = Progress(quiet, total=4, bar=False, summary=False)
    silent.count(Status.OK)
    silent.finish()
    assert quiet.getvalue() == ""


@pytest.mark.parametrize(("total", "undone"), [(10, "7 not done"), (None, "the rest not done")])
def test_an_interrupted_batch_says_so_and_what_is_left(total: int | None, undone: str) -> None:
    stream = io.StringIO()
    progress = Progress(stream, total=total, bar=False, summary=True)
    for status in (Status.OK, Status.OK, Status.FAILED):
        progress.count(status)
    progress.finish(interrupted=True)
    assert stream.getvalue().startswith(
        f"cleantext: interrupted after 3 pages: 2 ok, 1 failed, 0 skipped, {undone} in "
    )


def test_reading_guards(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_bytes(b"x" * 100)
    assert read_file(str(page), 100) == b"x" * 100
    with pytest.raises(PageRefused, match="size cap"):
        read_file(str(page), 99)
    with pytest.raises(PageRefused, match="a directory"):
        read_file(str(tmp_path), 100)
    with pytest.raises(PageRefused, match="not a valid gzip"):
        unpack(b"\x1f\x8b\x08\x00garbage", 100)
    assert unpack(b"<p>plain</p>", 100) == b"<p>plain</p>"
    with pytest.raises(PageRefused, match="page is larger than the size cap"):
        unpack(b"x" * 101, 100)  # standard input is read up to the cap plus one byte


def test_unpacking_out_of_memory_raises_memory_error(monkeypatch: pytest.MonkeyPatch) -> None:
    """zlib's `Error -4` (its window could not be allocated) is the worker's memory cap, not
    a bad file; corrupt data stays a refused page (above)."""
    data = gzip.compress(b"<p>page</p>")

    class OutOfMemory(io.BytesIO):
        def read(self, size: int | None = -1) -> bytes:
            raise zlib.error("Error -4 while decompressing data")

    monkeypatch.setattr(gzip, "GzipFile", lambda fileobj: OutOfMemory())
    with pytest.raises(MemoryError):
        unpack(data, 100)
