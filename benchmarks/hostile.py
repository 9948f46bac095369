"""The hostile battery through cleantext and trafilatura, each case in a fresh process.

Run by hand (not in CI; trafilatura must be installed):
    .venv/bin/python -m benchmarks.hostile [--timeout 60] [--only NAME ...]
Prints a Markdown table: case, then time, peak RSS and outcome for each tool. The outcome is
"article" (first and last paragraphs found), "partial", "empty" (with cleantext's reason),
"other" (text, but not the article's), "timeout", or the error.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.hostile_cases import CASES, Case, write_page

ROOT = Path(__file__).resolve().parents[1]
TOOLS = ("cleantext", "trafilatura")
DEFAULT_TIMEOUT_SECONDS = 60.0
MEMORY_LIMIT_BYTES = 4 * 1024**3
"""Address-space cap of each child, so that a runaway case fails instead of swapping."""


def _limit_memory() -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT_BYTES, MEMORY_LIMIT_BYTES))


def measure(case: Case, path: Path, tool: str, timeout: float) -> str:
    """One table cell group: "time | peak RSS | outcome"."""
    command = [sys.executable, "-m", "tests.hostile_cases", str(path), "--case", case.name]
    try:
        completed = subprocess.run(
            [*command, "--tool", tool],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=timeout,
            preexec_fn=_limit_memory,
        )
    except subprocess.TimeoutExpired:
        return f"> {timeout:.0f} s | – | timeout"
    if completed.returncode != 0:
        last = (completed.stderr.strip().splitlines() or ["?"])[-1][:60]
        return f"– | – | crashed: {last}"
    found = json.loads(completed.stdout)
    result = found["outcome"]
    if result == "empty" and found["reason"]:
        result += f" ({found['reason'][:40]})"
    seconds = f"{found['seconds']:.2f} s (cpu {found['cpu_seconds']:.2f})"
    return f"{seconds} | {found['peak_mb']:.0f} MB | {result}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT_SECONDS)
    parser.add_argument("--only", nargs="*", help="case names")
    args = parser.parse_args(argv)
    cases = [case for case in CASES if not args.only or case.name in args.only]
    header = ["case", "expected"] + [
        f"{tool} {c}" for tool in TOOLS for c in ("time", "peak", "outcome")
    ]
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    with tempfile.TemporaryDirectory() as folder:
        for case in cases:
            path = write_page(case, Path(folder))
            cells = [measure(case, path, tool, args.timeout) for tool in TOOLS]
            print(f"| {case.name} | {case.expect.value} | " + " | ".join(cells) + " |", flush=True)
            path.unlink()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
