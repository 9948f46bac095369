"""A small pool of worker processes that survives its pages: timeouts, memory caps, crashes.

`concurrent.futures.ProcessPoolExecutor` fails every pending task once one worker dies; a
night-long batch must instead lose only the page that killed its worker. Each worker here has
its own pipe; the parent watches every deadline, kills a worker that overruns it, and starts a
fresh one in its place. The memory cap is `RLIMIT_AS`, set inside the worker, so a page that
explodes raises MemoryError there (or kills only that worker).
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from types import TracebackType
from typing import Any, Generic, TypeVar

from ..errors import out_of_memory

try:
    import resource
except ImportError:  # Windows: no memory cap
    resource = None  # type: ignore[assignment]

T = TypeVar("T")
R = TypeVar("R")

JOIN_TIMEOUT_S = 2.0
"""How long a worker told to stop may take before it is killed."""
START_METHOD = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
"""fork: workers start in milliseconds with the library already imported."""
MEMORY_ERROR = "memory cap exceeded"
"""The outcome of a page whose worker ran out of memory under its cap (`describe_error`)."""
STOP = None
"""Sent to a worker to make it exit."""


@dataclass(frozen=True, slots=True)
class Outcome(Generic[R]):
    """What became of one item: the handler's value, or why there is none."""

    value: R | None = None
    error: str | None = None


def _serve(
    conn: Connection,
    handler: Callable[[Any], Any],
    memory_bytes: int | None,
    inherited: list[Connection],
) -> None:
    """The worker's loop: receive an item, answer `(True, value)` or `(False, message)`.

    `inherited`: the parent's pipe ends that a forked worker holds copies of; closed at once,
    so that when the parent dies, no worker keeps another's pipe open and waits forever.
    """
    for parent_end in inherited:
        parent_end.close()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the parent's handler, if forked
    if memory_bytes is not None and resource is not None:
        resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
    while True:
        try:
            item = conn.recv()
        except EOFError:  # the parent is gone
            return
        except MemoryError:
            conn.send((False, MEMORY_ERROR))
            continue
        if item is STOP:
            return
        try:
            answer: tuple[bool, Any] = (True, handler(item))
        except MemoryError:
            answer = (False, MEMORY_ERROR)
        except Exception as error:  # a bug on one page must not end the batch
            answer = (False, describe_error(error))
        try:
            try:
                conn.send(answer)
            except MemoryError:  # the answer could not be pickled under the cap
                conn.send((False, MEMORY_ERROR))
        except (BrokenPipeError, EOFError):
            return


MAX_CHAINED_ERRORS = 16
"""Links of an exception's cause and context chain looked at for a failed allocation."""


def describe_error(error: Exception) -> str:
    """What a failed page's log says: `MEMORY_ERROR` when the exception, or one it was raised
    while handling (or from), is a failed allocation: C code under the memory cap often fails
    with an exception of its own (lxml's `XPathEvalError` with `ERR_NO_MEMORY` in its log,
    zlib's `Error -4`), or Python code handling a MemoryError runs out in turn."""
    link: BaseException | None = error
    for _ in range(MAX_CHAINED_ERRORS):
        if link is None:
            break
        if out_of_memory(link):
            return MEMORY_ERROR
        link = link.__cause__ or link.__context__
    return f"extraction failed: {type(error).__name__}: {error}"


class _Worker:
    """One process and the parent's end of its pipe."""

    def __init__(
        self,
        context: multiprocessing.context.BaseContext,
        handler: Callable[[Any], Any],
        memory_bytes: int | None,
        siblings: list[Connection],
    ) -> None:
        self.conn, child_end = context.Pipe(duplex=True)
        inherited = [*siblings, self.conn] if START_METHOD == "fork" else []
        self.process: BaseProcess = context.Process(  # type: ignore[attr-defined]
            target=_serve, args=(child_end, handler, memory_bytes, inherited), daemon=True
        )
        self.process.start()
        child_end.close()

    def stop(self, *, kill: bool) -> int | None:
        """End the process (at once if `kill`); its exit code."""
        if kill:
            self.process.kill()
        else:
            with contextlib.suppress(OSError):
                self.conn.send(STOP)
        self.conn.close()
        self.process.join(JOIN_TIMEOUT_S)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        return self.process.exitcode


@dataclass(slots=True)
class _Busy:
    worker: _Worker
    key: int
    deadline: float


def describe_exit(code: int | None) -> str:
    """A dead worker's exit code in words."""
    if code is not None and code < 0:
        try:
            return f"killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"killed by signal {-code}"
    return f"exit code {code}"


class WorkerPool(Generic[T, R]):
    """`workers` processes running `handler`, each item under `timeout_s` and `memory_bytes`.

    `handler` must be picklable where processes are spawned rather than forked (a module-level
    function or a `functools.partial` of one).
    """

    def __init__(
        self,
        handler: Callable[[T], R],
        *,
        workers: int,
        timeout_s: float,
        memory_bytes: int | None,
    ) -> None:
        self._context = multiprocessing.get_context(START_METHOD)
        self._handler = handler
        self._timeout_s = timeout_s
        self._memory_bytes = memory_bytes
        self._workers: list[_Worker] = []
        for _ in range(workers):
            self._workers.append(self._start())

    def _start(self) -> _Worker:
        siblings = [worker.conn for worker in self._workers if not worker.conn.closed]
        return _Worker(self._context, self._handler, self._memory_bytes, siblings)

    def _replace(self, worker: _Worker, *, kill: bool) -> tuple[_Worker, int | None]:
        code = worker.stop(kill=kill)
        fresh = self._start()
        self._workers[self._workers.index(worker)] = fresh
        return fresh, code

    def run(self, items: Iterable[tuple[int, T]]) -> Iterator[tuple[int, Outcome[R]]]:
        """Each `(key, item)`'s outcome, in completion order; items are pulled only as workers
        free up, so a lazy iterable (a WARC's records) is never read far ahead."""
        pending = iter(items)
        idle = list(self._workers)
        busy: dict[Connection, _Busy] = {}
        exhausted = False
        while True:
            while idle and not exhausted:
                nxt = next(pending, None)
                if nxt is None:
                    exhausted = True
                    break
                worker = idle.pop()
                try:
                    worker.conn.send(nxt[1])
                except OSError:  # died while idle (killed from outside): one retry
                    worker, _ = self._replace(worker, kill=True)
                    worker.conn.send(nxt[1])
                busy[worker.conn] = _Busy(worker, nxt[0], time.monotonic() + self._timeout_s)
            if not busy:
                return
            soonest = min(entry.deadline for entry in busy.values())
            ready = wait(list(busy), timeout=max(0.0, soonest - time.monotonic()))
            for conn in ready:
                assert isinstance(conn, Connection)
                entry = busy.pop(conn)
                try:
                    ok, payload = conn.recv()
                except (EOFError, OSError):
                    fresh, code = self._replace(entry.worker, kill=True)
                    idle.append(fresh)
                    yield entry.key, Outcome(error=f"worker died ({describe_exit(code)})")
                    continue
                idle.append(entry.worker)
                yield entry.key, Outcome(value=payload) if ok else Outcome(error=payload)
            now = time.monotonic()
            for conn, entry in list(busy.items()):
                if entry.deadline <= now:
                    del busy[conn]
                    fresh, _ = self._replace(entry.worker, kill=True)
                    idle.append(fresh)
                    message = f"timed out after {self._timeout_s:g} s (worker killed and replaced)"
                    yield entry.key, Outcome(error=message)

    def close(self) -> None:
        """Stop every worker: a closed pipe tells it to exit; one that does not is killed."""
        for worker in self._workers:
            worker.stop(kill=False)

    def __enter__(self) -> WorkerPool[T, R]:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if kind is not None:  # interrupted: do not wait for pages in progress
            for worker in self._workers:
                worker.stop(kill=True)
        else:
            self.close()


def default_workers() -> int:
    """All cores this process may use."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1
