"""The worker pool loses only the page that hangs, explodes or crashes its worker; the
progress line and the reading guards."""

from __future__ import annotations

import io
import os
import signal
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from cleantext.batch.progress import Progress, Status
from cleantext.batch.reading import PageRefused, read_file, unpack
from cleantext.batch.workers import MEMORY_ERROR, Outcome, WorkerPool

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
    return item.upper()


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
