"""`python -m benchmarks.cli_throughput`: pages/s of cleantext's CLI and trafilatura's CLI.

Decompresses a spread of dev-corpus pages (`<eval>/*/pages/*.html.gz`, every k-th in sorted
order) into a temporary folder, then runs each command folder-to-folder with one and with two
worker processes, side by side in one run, and prints a Markdown table. Wall-clock time of the
whole command, start-up included, as a user would see it; CPU time of the command and its
workers per page, which shared cores do not inflate. Run by hand (needs trafilatura, the
`bench` extra); the figures are quoted in docs/cli.md.
"""

from __future__ import annotations

import argparse
import gzip
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from benchmarks.datasets import default_data_dir

DEFAULT_PAGES = 300
JOBS = (1, 2)
ROUND_TIMEOUT_S = 1800.0


@dataclass(frozen=True)
class Tool:
    name: str
    command: tuple[str, ...]
    """Arguments before the input/output/jobs ones, which `arguments` adds."""

    def arguments(self, source: Path, target: Path, jobs: int) -> list[str]:
        if self.name == "cleantext":
            return [*self.command, "-q", "--jobs", str(jobs), "-o", str(target), str(source)]
        return [
            *self.command,
            "--input-dir",
            str(source),
            "--output-dir",
            str(target),
            "--parallel",
            str(jobs),
        ]


def tools() -> list[Tool]:
    """cleantext always; trafilatura when its command sits next to this interpreter."""
    found = [Tool("cleantext", (sys.executable, "-m", "cleantext"))]
    trafilatura = Path(sys.executable).with_name("trafilatura")
    if trafilatura.exists():
        found.append(Tool("trafilatura", (str(trafilatura),)))
    else:
        print("trafilatura not installed: pip install -e '.[bench]'", file=sys.stderr)
    return found


def sample(data_dir: Path, count: int, target: Path) -> int:
    """Decompress `count` pages spread over the corpus into `target`; how many were written."""
    paths = sorted(data_dir.glob("*/pages/*.html.gz"))
    step = max(1, len(paths) // count)
    chosen = paths[::step][:count]
    target.mkdir(parents=True)
    for path in chosen:
        name = f"{path.parent.parent.name}__{path.name[: -len('.gz')]}"
        (target / name).write_bytes(gzip.decompress(path.read_bytes()))
    return len(chosen)


def _children_cpu_s() -> float:
    """CPU seconds of every finished child and grandchild (worker processes included)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def time_run(tool: Tool, source: Path, target: Path, jobs: int) -> tuple[float, float, int]:
    """Wall-clock and CPU seconds of one folder-to-folder run, and the files it wrote."""
    shutil.rmtree(target, ignore_errors=True)
    cpu_start = _children_cpu_s()
    start = time.perf_counter()
    subprocess.run(
        tool.arguments(source, target, jobs),
        check=False,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        timeout=ROUND_TIMEOUT_S,
    )
    seconds = time.perf_counter() - start
    cpu_seconds = _children_cpu_s() - cpu_start
    written = sum(1 for path in target.rglob("*") if path.is_file())
    return seconds, cpu_seconds, written


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.cli_throughput", description=__doc__
    )
    parser.add_argument("--data", type=Path, default=default_data_dir())
    parser.add_argument("--pages", type=int, default=DEFAULT_PAGES)
    args = parser.parse_args(argv)
    load_before = os.getloadavg()
    rows: list[list[str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "in"
        pages = sample(args.data, args.pages, source)
        for tool in tools():
            first_rate = 0.0
            for jobs in JOBS:
                seconds, cpu_seconds, written = time_run(tool, source, Path(tmp) / "out", jobs)
                rate = pages / seconds
                first_rate = first_rate or rate
                speed_up = f"{rate / first_rate:.2f}" if jobs != JOBS[0] else ""
                cpu_ms = 1000 * cpu_seconds / pages
                rows.append(
                    [
                        tool.name,
                        str(jobs),
                        f"{seconds:.1f}",
                        f"{rate:.1f}",
                        speed_up,
                        f"{cpu_ms:.0f}",
                        str(written),
                    ]
                )
    load_after = os.getloadavg()
    print(
        f"{pages} pages, {os.cpu_count()} cores; 1-minute load average {load_before[0]:.2f} "
        f"before, {load_after[0]:.2f} after\n"
    )
    print("| tool | jobs | seconds | pages/s | speed-up | CPU ms/page | files written |")
    print("|---|---|---|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
