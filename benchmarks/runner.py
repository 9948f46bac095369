"""Runs every selected peer over every selected dataset and collects the figures.

Each (dataset, peer) pair is one task with its own worker process, so `--jobs` can run a
few at once; the default of one keeps timings free of contention.
"""

from __future__ import annotations

import dataclasses
import importlib.util
import json
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.datasets import Page, load_pages
from benchmarks.metrics import BodyMatch, SnippetCounts
from benchmarks.peers import AUTHOR, BODY, DATE, PEERS, TITLE, Peer
from benchmarks.scoring import Figures, PageScore, score_page, summarise
from benchmarks.worker import PeerUnavailable, Worker

DEFAULT_TIMEOUT_S = 10.0
DEFAULT_PAGES_DIR = Path(__file__).resolve().parent / "results"
"""Per-page scores of the last run (git-ignored), read by `benchmarks.inspect`."""
PAGE_SCORES_SUFFIX = ".jsonl"
SPEED_REFERENCE = "trafilatura"
SPEED_FLOOR = "lxml"
SNIPPETS = "snippets"


@dataclass(frozen=True)
class RunConfig:
    """What to run; `limit` takes the first N pages of each dataset by id."""

    data_dir: Path
    datasets: tuple[str, ...]
    peers: tuple[str, ...]
    limit: int | None = None
    timeout: float = DEFAULT_TIMEOUT_S
    jobs: int = 1
    pages_dir: Path | None = None
    """Where per-page scores go (one JSON line per page), to find the pages worth inspecting."""


@dataclass(frozen=True)
class DatasetResult:
    pages: int
    scored: dict[str, int]
    """How many pages have ground truth for each field (the same for every peer)."""
    peers: dict[str, Figures]


@dataclass(frozen=True)
class StartFailure:
    """A worker that could not start, e.g. the library broke on import."""

    dataset: str
    peer: str
    reason: str


@dataclass
class RunResult:
    datasets: dict[str, DatasetResult] = field(default_factory=dict)
    unavailable: dict[str, str] = field(default_factory=dict)
    """Peers not installed, with how to install them."""
    start_failures: list[StartFailure] = field(default_factory=list)
    """Tasks skipped because the peer's worker did not start: that peer is missing there."""


Progress = Callable[[str], None]


def select(available: Sequence[str], wanted: Sequence[str] | None, kind: str) -> tuple[str, ...]:
    """The wanted names in the order given (all available if none), rejecting unknown ones."""
    if not wanted:
        return tuple(available)
    unknown = [name for name in wanted if name not in available]
    if unknown:
        raise ValueError(f"unknown {kind}: {', '.join(unknown)} (known: {', '.join(available)})")
    return tuple(wanted)


def count_scored(pages: Sequence[Page]) -> dict[str, int]:
    """Pages with ground truth per field: the denominators behind every share."""
    return {
        TITLE: sum(p.truth.title is not None for p in pages),
        DATE: sum(p.truth.date is not None for p in pages),
        BODY: sum(p.truth.body is not None for p in pages),
        AUTHOR: sum(p.truth.author is not None for p in pages),
        SNIPPETS: sum(bool(p.truth.present or p.truth.absent) for p in pages),
    }


def run_peer(peer: Peer, pages: Sequence[Page], timeout: float) -> tuple[list[PageScore], int]:
    """One peer over one dataset: page scores and peak RSS. Warm-up on the first page."""
    first = pages[0]
    with Worker(peer, timeout, warmup=(first.raw(), first.url)) as worker:
        scores = [score_page(p, worker.extract(p.raw(), p.url), peer.fields) for p in pages]
        return scores, worker.peak_rss_bytes


def with_speed_ratios(figures: dict[str, Figures]) -> dict[str, Figures]:
    """Total time relative to trafilatura and to the bare lxml parse, measured in the same run."""

    def total(name: str) -> float | None:
        reference = figures.get(name)
        return reference.cost.total_s if reference and reference.cost.total_s > 0 else None

    reference, floor = total(SPEED_REFERENCE), total(SPEED_FLOOR)
    return {
        name: dataclasses.replace(
            f,
            cost=dataclasses.replace(
                f.cost,
                ratio_trafilatura=f.cost.total_s / reference if reference else None,
                ratio_lxml=f.cost.total_s / floor if floor else None,
            ),
        )
        for name, f in figures.items()
    }


def page_scores_path(pages_dir: Path, dataset: str, peer: str) -> Path:
    return pages_dir / dataset / f"{peer}{PAGE_SCORES_SUFFIX}"


def write_page_scores(pages_dir: Path, dataset: str, peer: str, scores: list[PageScore]) -> None:
    path = page_scores_path(pages_dir, dataset, peer)
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = (json.dumps(dataclasses.asdict(s), ensure_ascii=False) for s in scores)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def read_page_scores(pages_dir: Path, dataset: str, peer: str) -> list[PageScore]:
    """The per-page scores a run wrote, to rank pages without running anything."""
    path = page_scores_path(pages_dir, dataset, peer)
    rows = [json.loads(line) for line in path.read_text("utf-8").split("\n") if line.strip()]
    return [
        PageScore(
            **{
                **row,
                "body": row["body"] and BodyMatch(**row["body"]),
                "snippets": row["snippets"] and SnippetCounts(**row["snippets"]),
            }
        )
        for row in rows
    ]


def unavailable_peers(names: Sequence[str]) -> dict[str, str]:
    """Peers whose library is not installed, found without importing anything."""
    return {
        name: f"not installed (pip install {PEERS[name].distribution})"
        for name in names
        if importlib.util.find_spec(PEERS[name].module) is None
    }


def run(config: RunConfig, progress: Progress) -> RunResult:
    """Measure every available peer on every dataset."""
    result = RunResult(unavailable=unavailable_peers(config.peers))
    peers = [PEERS[name] for name in config.peers if name not in result.unavailable]
    pages = {d: load_pages(config.data_dir, d, config.limit) for d in config.datasets}
    tasks = [(d, peer) for d in config.datasets if pages[d] for peer in peers]
    done: dict[tuple[str, str], tuple[list[PageScore], int]] = {}

    def task(dataset: str, peer: Peer) -> None:
        start = time.perf_counter()
        try:
            scores, rss = run_peer(peer, pages[dataset], config.timeout)
        except PeerUnavailable as exc:
            result.start_failures.append(StartFailure(dataset, peer.name, str(exc)))
            progress(f"{dataset} / {peer.name}: did not start: {exc}")
            return
        done[dataset, peer.name] = scores, rss
        failures = sum(s.error is not None or s.timed_out for s in scores)
        progress(
            f"[{len(done) + len(result.start_failures)}/{len(tasks)}] {dataset} / {peer.name}: "
            f"{len(scores)} pages in "
            f"{time.perf_counter() - start:.1f} s ({failures} failed)"
        )
        if config.pages_dir is not None:
            write_page_scores(config.pages_dir, dataset, peer.name, scores)

    with ThreadPoolExecutor(max_workers=config.jobs) as pool:
        futures = [pool.submit(task, d, peer) for d, peer in tasks]
        try:
            for future in futures:
                future.result()
        except BaseException:
            pool.shutdown(cancel_futures=True)  # a harness bug: stop now, not after every task
            raise

    for dataset in config.datasets:
        figures = {
            peer.name: summarise(*done[dataset, peer.name])
            for peer in peers
            if (dataset, peer.name) in done
        }
        result.datasets[dataset] = DatasetResult(
            len(pages[dataset]), count_scored(pages[dataset]), with_speed_ratios(figures)
        )
    return result
