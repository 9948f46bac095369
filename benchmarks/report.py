"""Renders a run as Markdown (tables for people) and JSON (every figure, for tools)."""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from typing import Any

from benchmarks.environment import Machine
from benchmarks.peers import PEERS
from benchmarks.runner import DatasetResult, RunResult
from benchmarks.scoring import Figures

MISSING = "—"
SCORE_DIGITS = 3
LARGE_RATIO = 10
HUGE_RATIO = 100

COLUMNS = (
    "peer", "body P", "body R", "body F1", "exact", "snippet F", "title", "title F1", "date",
    "author", "median ms", "total s", "vs traf.", "vs lxml", "RSS MB", "errors", "timeouts",
)  # fmt: skip
RIGHT_ALIGNED_FROM = 1

METHOD = """\
- **body P / R / F1** — the article-extraction-benchmark metric: `\\w+` tokens, multisets of
  4-token shingles (a text under 4 tokens is one shingle); per page tp, fp, fn normalised to
  sum 1; precision and recall averaged over pages; F1 is the harmonic mean of the two
  averages. A page where the peer returned nothing counts as precision 0 (the reference script
  leaves such pages out of its precision mean). **exact**: share of pages whose token list
  equals the truth's.
- **snippet F** — trafilatura's evaluation: a `with` snippet found in the body is a true
  positive, one missing a false negative, a `without` snippet found a false positive; counts
  pooled over the dataset, F = 2tp / (2tp + fp + fn); case-sensitive substring search after
  whitespace normalisation. The JSON also has precision, recall and the shares of `with`
  snippets found and `without` snippets absent.
- **title** — share of pages whose title equals the truth after NFKC, casefolding and keeping
  only `\\w+` tokens; **title F1** — mean bag-of-tokens F1 of the same tokens.
- **date** — share of pages with the truth's publication day (first 10 characters);
  **author** — share equal to the truth, normalised like titles.
- A peer is scored only on the fields it outputs (— otherwise). A page that failed or timed
  out counts as an empty prediction.
- **median ms / total s** — the extraction call alone, timed with `time.perf_counter` inside
  the worker process after one warm-up page; libraries that want text get it decoded before the
  clock starts. A timed-out page counts as the whole limit. **vs traf. / vs lxml** — total time
  relative to trafilatura and to a bare `lxml.html` parse of the same pages in the same run.
  **RSS MB** — peak resident memory of the worker process (interpreter, library and its work).
  Workers have no network access.
"""


@dataclass(frozen=True)
class Report:
    """A run with the context needed to compare it with another."""

    date: str
    command: str
    machine: Machine
    versions: dict[str, str]
    settings: dict[str, Any]
    result: RunResult


def score(value: float | None) -> str:
    return MISSING if value is None else f"{value:.{SCORE_DIGITS}f}"


def ratio(value: float | None) -> str:
    """Two decimals near 1, fewer as the ratio grows, so the column stays narrow."""
    if value is None:
        return MISSING
    if value >= HUGE_RATIO:
        return f"{value:.0f}"
    return f"{value:.1f}" if value >= LARGE_RATIO else f"{value:.2f}"


def table(header: tuple[str, ...], rows: list[list[str]], figures: bool = True) -> str:
    """A Markdown table; with `figures`, every column but the first is right-aligned."""
    right_from = RIGHT_ALIGNED_FROM if figures else len(header)
    align = [":---" if i < right_from else "---:" for i in range(len(header))]
    lines = [header, align, *rows]
    return "\n".join("| " + " | ".join(cells) + " |" for cells in lines)


def peer_row(name: str, f: Figures) -> list[str]:
    body, snippets, title, date, author = f.body, f.snippets, f.title, f.date, f.author
    cost = f.cost
    return [
        name,
        score(None if body is None else body.precision),
        score(None if body is None else body.recall),
        score(None if body is None else body.f1),
        score(None if body is None else body.exact),
        score(None if snippets is None else snippets.f1),
        score(None if title is None else title.exact),
        score(None if title is None else title.token_f1),
        score(None if date is None else date.accuracy),
        score(None if author is None else author.accuracy),
        f"{cost.median_ms:.1f}",
        f"{cost.total_s:.2f}",
        ratio(cost.ratio_trafilatura),
        ratio(cost.ratio_lxml),
        f"{cost.peak_rss_mb:.0f}",
        str(cost.errors),
        str(cost.timeouts),
    ]


def dataset_table(dataset: DatasetResult) -> str:
    return table(COLUMNS, [peer_row(name, f) for name, f in dataset.peers.items()])


def dataset_section(name: str, dataset: DatasetResult) -> str:
    truth = " · ".join(f"{field} {count}" for field, count in dataset.scored.items() if count)
    heading = f"### {name} — {dataset.pages} pages\n\nGround truth: {truth or 'none'}.\n\n"
    if not dataset.peers:
        return heading + "No peer ran.\n"
    return heading + dataset_table(dataset) + "\n"


def results_markdown(result: RunResult) -> str:
    """The per-dataset tables alone, as printed on stdout."""
    return "\n".join(dataset_section(n, d) for n, d in result.datasets.items())


def peers_section(report: Report) -> str:
    rows = [
        [name, report.versions.get(name, MISSING), f"`{PEERS[name].call}`",
         ", ".join(sorted(PEERS[name].fields)) or "none (timing only)"]
        for name in report.settings["peers"]
        if name not in report.result.unavailable
    ]  # fmt: skip
    text = table(("peer", "version", "call", "scored fields"), rows, figures=False) + "\n"
    skipped = report.result.unavailable
    if skipped:
        text += "\nNot measured: " + "; ".join(f"{n} ({why})" for n, why in skipped.items())
        text += ".\n"
    for failure in report.result.start_failures:
        text += (
            f"\nMissing on {failure.dataset}: {failure.peer} did not start ({failure.reason}).\n"
        )
    return text


def render_markdown(report: Report) -> str:
    m, s = report.machine, report.settings
    pages = "all pages" if s["limit"] is None else f"the first {s['limit']} pages by id"
    return (
        "# Benchmarks\n\n"
        "<!-- Generated by `python -m benchmarks`; edit the harness, not this file. -->\n\n"
        f"Measured on {report.date} with `{report.command}` on {m.cpu} ({m.cores} cores), "
        f"Python {m.python}, {m.platform}. {pages.capitalize()} of each dataset; per-page "
        f"timeout {s['timeout']:g} s; {s['jobs']} task(s) at a time. All figures are in "
        "`benchmarks.json` next to this file.\n\n"
        "## Peers\n\n" + peers_section(report) + "\n"
        "## Results\n\n" + results_markdown(report.result) + "\n"
        "## How to read the tables\n\n" + METHOD
    )


def render_json(report: Report) -> str:
    return json.dumps(dataclasses.asdict(report), indent=2, ensure_ascii=False) + "\n"
