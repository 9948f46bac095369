"""One batch: pages into the worker pool, outputs into the sink, counts into the progress.

Stream outputs (stdout, JSONL) come out in input order: finished pages wait in a buffer for
the ones before them (at most a page timeout's worth). Files under `-o DIR` are written as
soon as each page is done, so a killed run loses the fewest pages.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator

from .outputs import OutputFailed, Sink
from .progress import Progress, Stats, Status
from .sources import Failure, Page
from .work import Rendered, Settings, process
from .workers import WorkerPool


class _Settle:
    """Applies each page's ending (write, report, count), in input order if the sink wants it."""

    def __init__(self, ordered: bool) -> None:
        self._ordered = ordered
        self._next = 0
        self._waiting: dict[int, Callable[[], None]] = {}

    def __call__(self, key: int, action: Callable[[], None]) -> None:
        if not self._ordered:
            action()
            return
        self._waiting[key] = action
        while self._next in self._waiting:
            self._waiting.pop(self._next)()
            self._next += 1


def run_batch(
    items: Iterable[Page | Failure],
    *,
    settings: Settings,
    sink: Sink,
    progress: Progress,
    workers: int,
    timeout_s: float,
    memory_bytes: int | None,
    skip_existing: bool,
) -> Stats:
    """Extract every page; a page that fails, or whose output file cannot be written, is
    reported and the batch goes on."""
    settle = _Settle(sink.ordered)
    in_flight: dict[int, Page] = {}

    def fail(failure: Failure) -> None:
        progress.failure(failure.source, failure.message)
        sink.failed(failure)
        progress.count(Status.FAILED)

    def done(page: Page, text: str) -> None:
        try:
            sink.write(page, text)
        except OutputFailed as error:
            fail(Failure(page.source, str(error), page.record_id))
            return
        progress.count(Status.OK)

    def jobs() -> Iterator[tuple[int, Page]]:
        for key, item in enumerate(items):
            if isinstance(item, Failure):
                settle(key, functools.partial(fail, item))
            elif skip_existing and sink.exists(item):
                settle(key, functools.partial(progress.count, Status.SKIPPED))
            else:
                in_flight[key] = item
                yield key, item

    handler = functools.partial(process, settings)
    with WorkerPool[Page, Rendered](
        handler, workers=workers, timeout_s=timeout_s, memory_bytes=memory_bytes
    ) as pool:
        for key, outcome in pool.run(jobs()):
            page = in_flight.pop(key)
            error = outcome.error if outcome.value is None else outcome.value.error
            if error is not None:
                failure = Failure(page.source, error, page.record_id)
                settle(key, functools.partial(fail, failure))
            else:
                assert outcome.value is not None
                settle(key, functools.partial(done, page, outcome.value.text))
    return progress.stats
