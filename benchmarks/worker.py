"""One peer in a child process: a page that hangs it can be killed, and its memory is its own.

The parent sends `(raw, url)` through a pipe and waits at most the page timeout; on a timeout
it kills the child and starts a fresh one for the next page. The child times the extraction
call alone with `time.perf_counter` and reports its own peak RSS.
"""

from __future__ import annotations

import contextlib
import importlib
import logging
import multiprocessing
import resource
import socket
import time
import warnings
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path
from types import TracebackType
from typing import Any, NoReturn

from benchmarks.peers import PEERS, Peer, Prediction, prepare_input

STARTUP_TIMEOUT_S = 120.0
"""Time allowed for a fresh worker to import its peer (some pull in large dependency trees)."""

SHUTDOWN_TIMEOUT_S = 5.0
PROC_STATUS = Path("/proc/self/status")
PEAK_RSS_KEY = "VmHWM"
KIB = 1024
"""Unit of VmHWM, and of `ru_maxrss` on Linux."""

READY, UNAVAILABLE = "ready", "unavailable"
OK, FAILED, TIMED_OUT, DIED = "ok", "failed", "timed out", "died"


class PeerUnavailable(RuntimeError):
    """The peer cannot run here (not installed, or broken on import)."""


@dataclass(frozen=True)
class Outcome:
    """Result of one page: a prediction, or why there is none."""

    prediction: Prediction | None
    seconds: float
    """The extraction call alone; the limit itself for a timeout."""
    error: str | None = None
    timed_out: bool = False


def _refuse_network(*args: object, **kwargs: object) -> NoReturn:
    raise OSError("network access is disabled in benchmark workers")


def isolate() -> None:
    """No network and no chatter: a peer that fetches images or suffix lists fails fast
    instead of stalling until the timeout, and its log lines don't bury the progress report."""
    socket.socket.connect = _refuse_network  # type: ignore[method-assign]
    socket.socket.connect_ex = _refuse_network  # type: ignore[method-assign]
    socket.create_connection = _refuse_network
    socket.getaddrinfo = _refuse_network
    logging.disable(logging.CRITICAL)
    warnings.simplefilter("ignore")


def _plain(prediction: Prediction) -> Prediction:
    """Builtin strings only: some libraries return str subclasses tied to a parse tree."""

    def text(value: str | None) -> str | None:
        return None if value is None else str(value)

    p = prediction
    return Prediction(text(p.title), text(p.date), text(p.body) or "", text(p.author))


def _peak_rss_bytes() -> int:
    """Peak RSS of this process alone.

    `ru_maxrss` would not do: Linux carries the parent's value over fork and exec, so every
    worker would report at least the harness's own size. VmHWM belongs to the new address space.
    """
    if PROC_STATUS.is_file():
        for line in PROC_STATUS.read_text().splitlines():
            key, _, value = line.partition(":")
            if key == PEAK_RSS_KEY:
                return int(value.split()[0]) * KIB
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * KIB


def serve(conn: Connection, peer_name: str) -> None:
    """Child side: import the peer, then answer extraction requests until told to stop."""
    isolate()
    peer = PEERS[peer_name]
    try:
        importlib.import_module(peer.module)
    except Exception as exc:  # ImportError, or whatever a broken install raises
        conn.send((UNAVAILABLE, f"{type(exc).__name__}: {exc}"))
        return
    conn.send((READY, None))
    while True:
        try:
            request = conn.recv()
        except EOFError:  # the parent is gone
            return
        if request is None:
            return
        raw, url = request
        document = prepare_input(peer, raw)
        start = time.perf_counter()
        try:
            prediction = peer.extract(document, url)
        except Exception as exc:  # a failure is recorded per page, never stops the run
            seconds = time.perf_counter() - start
            conn.send((FAILED, f"{type(exc).__name__}: {exc}", seconds, _peak_rss_bytes()))
        else:
            seconds = time.perf_counter() - start
            conn.send((OK, _plain(prediction), seconds, _peak_rss_bytes()))


class Worker:
    """Parent side: a restartable child process running one peer."""

    def __init__(self, peer: Peer, timeout: float, warmup: tuple[bytes, str | None] | None):
        self.peer = peer
        self.timeout = timeout
        self.peak_rss_bytes = 0
        self._warmup = warmup
        self._context = multiprocessing.get_context("spawn")
        self._process: BaseProcess | None = None
        self._conn: Connection | None = None

    def __enter__(self) -> Worker:
        self._start(warm=True)
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def _start(self, warm: bool) -> None:
        """Spawn a fresh child (clean memory), wait for its import, warm it up on one page."""
        conn, child_conn = self._context.Pipe()
        process = self._context.Process(
            target=serve, args=(child_conn, self.peer.name), daemon=True
        )
        process.start()
        child_conn.close()
        self._process, self._conn = process, conn
        if not conn.poll(STARTUP_TIMEOUT_S):
            self._kill()
            raise PeerUnavailable(f"worker did not start within {STARTUP_TIMEOUT_S:.0f} s")
        try:
            status, detail = conn.recv()
        except EOFError:
            code = self._kill()
            raise PeerUnavailable(f"worker exited on start (code {code})") from None
        if status == UNAVAILABLE:
            self._kill()
            raise PeerUnavailable(detail)
        if warm and self._warmup is not None:
            status, _, _ = self._exchange(*self._warmup)
            if status in (TIMED_OUT, DIED):  # the warm-up page itself hung or crashed the child
                self._kill()
                self._start(warm=False)

    def _exchange(self, raw: bytes, url: str | None) -> tuple[str, Any, float]:
        """Send one page and wait for `(status, prediction or error, seconds)`."""
        assert self._conn is not None
        start = time.perf_counter()
        self._conn.send((raw, url))
        if not self._conn.poll(self.timeout):
            return TIMED_OUT, None, self.timeout
        try:
            status, payload, seconds, rss = self._conn.recv()
        except EOFError:
            return DIED, None, time.perf_counter() - start
        self.peak_rss_bytes = max(self.peak_rss_bytes, rss)
        return status, payload, seconds

    def extract(self, raw: bytes, url: str | None) -> Outcome:
        """Run the peer on one page, restarting the child first if the last page killed it."""
        if self._process is None:
            self._start(warm=True)
        status, payload, seconds = self._exchange(raw, url)
        if status == OK:
            return Outcome(payload, seconds)
        if status == FAILED:
            return Outcome(None, seconds, error=payload)
        code = self._kill()
        if status == TIMED_OUT:
            return Outcome(None, seconds, timed_out=True)
        return Outcome(None, seconds, error=f"worker died (exit code {code})")

    def _kill(self) -> int | None:
        """Stop the child now; returns its exit code."""
        process, conn = self._process, self._conn
        self._process = self._conn = None
        if conn is not None:
            conn.close()
        if process is None:
            return None
        process.kill()
        process.join()
        return process.exitcode

    def close(self) -> None:
        """Ask the child to exit; kill it if it does not."""
        if self._process is None or self._conn is None:
            return
        with contextlib.suppress(OSError):  # the child may already be gone
            self._conn.send(None)
        self._process.join(SHUTDOWN_TIMEOUT_S)
        self._kill()
