"""`python -m benchmarks.summary [REPORT.json]`: the short table the README quotes.

Derived from the JSON a full run writes, never typed by hand: per dataset, cleantext's figure
for each scored field next to the best peer's, and cleantext's median and total time as shares
of trafilatura's measured in the same run.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_REPORT = REPO_ROOT / "docs" / "benchmarks.json"
OURS = "cleantext"
SPEED_REFERENCE = "trafilatura"

FIELDS: tuple[tuple[str, str, str], ...] = (
    ("body F1", "body", "f1"),
    ("snippet F", "snippets", "f1"),
    ("title", "title", "exact"),
    ("date", "date", "accuracy"),
    ("author", "author", "accuracy"),
)
"""(column, figure group, figure) of each scored field, as `scoring.Figures` names them."""


def _figure(peer: Mapping[str, Any], group: str, name: str) -> float | None:
    values = peer.get(group)
    return values.get(name) if isinstance(values, Mapping) else None


def _cell(peers: Mapping[str, Mapping[str, Any]], group: str, name: str) -> str:
    """`0.913 (+0.030 vs resiliparse)`: ours, then the margin to the best other peer."""
    ours = _figure(peers.get(OURS, {}), group, name)
    if ours is None:
        return "—"
    others = [
        (value, peer)
        for peer, figures in peers.items()
        if peer != OURS and (value := _figure(figures, group, name)) is not None
    ]
    if not others:
        return f"{ours:.3f}"
    best, best_peer = max(others)
    return f"{ours:.3f} ({ours - best:+.3f} vs {best_peer})"


def _speed(peers: Mapping[str, Mapping[str, Any]]) -> list[str]:
    """Median and total time as shares of the reference's, both measured in the same run: the
    median is the pipeline issue's budget, the total is what a batch job pays."""
    ours, reference = peers.get(OURS, {}), peers.get(SPEED_REFERENCE, {})
    median, reference_median = (
        _figure(ours, "cost", "median_ms"),
        _figure(reference, "cost", "median_ms"),
    )
    total = _figure(ours, "cost", "ratio_trafilatura")
    return [
        f"{median / reference_median:.2f}" if median and reference_median else "—",
        "—" if total is None else f"{total:.2f}",
    ]


def summary_markdown(report: Mapping[str, Any]) -> str:
    """The Markdown table, with the run's date and machine."""
    datasets: Mapping[str, Any] = report["result"]["datasets"]
    columns = [
        (label, group, name)
        for label, group, name in FIELDS
        if any(
            _figure(d["peers"].get(OURS, {}), group, name) is not None for d in datasets.values()
        )
    ]
    header = [
        "dataset",
        *(label for label, _, _ in columns),
        f"median time ÷ {SPEED_REFERENCE}",
        f"total time ÷ {SPEED_REFERENCE}",
    ]
    lines = [
        "| " + " | ".join(header) + " |",
        "| :--- | " + " | ".join("---:" for _ in header[1:]) + " |",
    ]
    for name, dataset in datasets.items():
        peers = dataset["peers"]
        cells = [_cell(peers, group, figure) for _, group, figure in columns]
        lines.append("| " + " | ".join([name, *cells, *_speed(peers)]) + " |")
    machine = report.get("machine", {})
    note = (
        f"\nMeasured {report.get('date', '?')} on {machine.get('cpu', '?')} "
        f"({machine.get('cores', '?')} cores), every peer in the same run; in brackets the "
        "margin to the best other peer. Time: cleantext's median time per page divided by "
        "trafilatura's, and its total time over the dataset divided by trafilatura's.\n"
    )
    return "\n".join(lines) + "\n" + note


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.summary", description=__doc__)
    parser.add_argument("report", nargs="?", type=Path, default=DEFAULT_REPORT)
    args = parser.parse_args(argv)
    print(summary_markdown(json.loads(args.report.read_text(encoding="utf-8"))), end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
