"""What the person running a batch sees on stderr: failures, a progress bar, a summary line.

The bar (pages/s and ETA) is drawn only when stderr is a terminal, so logs of unattended runs
hold only the failure lines and the summary.
"""

from __future__ import annotations

import enum
import shutil
import time
from dataclasses import dataclass
from typing import TextIO

REDRAW_INTERVAL_S = 0.2
"""The bar is redrawn at most this often: drawing must not cost throughput."""
BAR_WIDTH = 24
"""Characters of the progress bar itself, leaving room on the line for the counts."""
CLEAR_LINE = "\r\x1b[K"
PROG = "cleantext"


class Status(enum.Enum):
    """How one page of the batch ended."""

    OK = "ok"
    FAILED = "failed"
    SKIPPED = "skipped"


@dataclass(slots=True)
class Stats:
    """The batch's counts so far."""

    ok: int = 0
    failed: int = 0
    skipped: int = 0

    @property
    def pages(self) -> int:
        return self.ok + self.failed + self.skipped


def _pages(count: int) -> str:
    return f"{count} page" if count == 1 else f"{count} pages"


def _clock(seconds: float) -> str:
    minutes, secs = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}"


class Progress:
    """Counts pages, reports failures, draws the bar, prints the summary."""

    def __init__(self, stream: TextIO, *, total: int | None, bar: bool, summary: bool) -> None:
        self.stats = Stats()
        self._stream = stream
        self._total = total
        self._bar = bar
        self._summary = summary
        self._start = time.monotonic()
        self._drawn_at = 0.0
        self._bar_shown = False

    def count(self, status: Status) -> None:
        """One more page done."""
        if status is Status.OK:
            self.stats.ok += 1
        elif status is Status.FAILED:
            self.stats.failed += 1
        else:
            self.stats.skipped += 1
        if self._bar and time.monotonic() - self._drawn_at >= REDRAW_INTERVAL_S:
            self._draw()

    def failure(self, source: str, message: str) -> None:
        """A page that gave no output: one line on stderr, always (even with --quiet)."""
        self._clear()
        self._stream.write(f"{PROG}: {source}: {message}\n")
        self._stream.flush()

    def finish(self, *, interrupted: bool = False) -> None:
        """Erase the bar; print the summary line unless quiet. When `interrupted` (Ctrl-C,
        SIGTERM), it says so and how many of the batch's pages were left undone: the counts
        are of finished pages only, and the pages in progress were not written."""
        self._clear()
        if self._summary:
            seconds = time.monotonic() - self._start
            s = self.stats
            rate = (s.ok + s.failed) / seconds if seconds > 0 else 0.0
            undone = ""
            if interrupted:
                undone = (
                    f", {self._total - s.pages} not done" if self._total else ", the rest not done"
                )
            self._stream.write(
                f"{PROG}: {'interrupted after ' if interrupted else ''}{_pages(s.pages)}: "
                f"{s.ok} ok, {s.failed} failed, {s.skipped} skipped{undone} "
                f"in {seconds:.1f} s ({rate:.1f} pages/s)\n"
            )
        self._stream.flush()

    def _draw(self) -> None:
        now = time.monotonic()
        self._drawn_at = now
        elapsed = now - self._start
        done = self.stats.pages
        worked = self.stats.ok + self.stats.failed
        rate = worked / elapsed if elapsed > 0 else 0.0
        if self._total:
            filled = BAR_WIDTH * done // self._total
            bar = "#" * filled + "." * (BAR_WIDTH - filled)
            left = self._total - done
            eta = _clock(left / rate) if rate > 0 else "?"
            line = f"[{bar}] {done}/{self._total} pages  {rate:.1f} pages/s  ETA {eta}"
        else:
            line = f"{_pages(done)}  {rate:.1f} pages/s  {_clock(elapsed)}"
        if self.stats.failed:
            line += f"  {self.stats.failed} failed"
        self._stream.write(CLEAR_LINE + line[: shutil.get_terminal_size().columns - 1])
        self._stream.flush()
        self._bar_shown = True

    def _clear(self) -> None:
        if self._bar_shown:
            self._stream.write(CLEAR_LINE)
            self._bar_shown = False
