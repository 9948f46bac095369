"""`python -m benchmarks`: measure cleantext and its peers, print the tables, write the report."""

from __future__ import annotations

import argparse
import shlex
import sys
from collections.abc import Sequence
from pathlib import Path

from benchmarks.datasets import MISSING_DATA, default_data_dir, list_datasets
from benchmarks.environment import machine, peer_versions, today
from benchmarks.peers import PEERS
from benchmarks.report import Report, render_json, render_markdown, results_markdown
from benchmarks.runner import DEFAULT_PAGES_DIR, DEFAULT_TIMEOUT_S, RunConfig, run, select

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = REPO_ROOT / "docs" / "benchmarks.md"
JSON_SUFFIX = ".json"
USAGE_ERROR = 2


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument(
        "--data",
        type=Path,
        default=default_data_dir(),
        help="evaluation folder (default: %(default)s)",
    )
    parser.add_argument(
        "--datasets",
        nargs="+",
        metavar="NAME",
        help="datasets to run (default: every folder with a truth.jsonl)",
    )
    parser.add_argument(
        "--peers",
        nargs="+",
        metavar="NAME",
        choices=list(PEERS),
        help=f"extractors to run (default: all installed of {', '.join(PEERS)})",
    )
    parser.add_argument(
        "--limit",
        type=int,
        metavar="N",
        help="only the first N pages of each dataset, sorted by id",
    )
    parser.add_argument(
        "--out",
        type=Path,
        default=DEFAULT_OUT,
        help="Markdown report; the JSON goes next to it (default: %(default)s)",
    )
    parser.add_argument(
        "--jobs",
        type=int,
        default=1,
        metavar="N",
        help="(dataset, peer) tasks run at once; >1 blurs timings (default: 1)",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=DEFAULT_TIMEOUT_S,
        metavar="SECONDS",
        help="per-page limit before the worker is killed (default: %(default)s)",
    )
    parser.add_argument(
        "--pages-out",
        type=Path,
        default=DEFAULT_PAGES_DIR,
        metavar="DIR",
        help="per-page scores, one JSONL per dataset and peer (default: %(default)s)",
    )
    return parser.parse_args(argv)  # fmt: skip


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = parse_args(argv)
    if not args.data.is_dir():
        print(MISSING_DATA.format(path=args.data), file=sys.stderr)
        return USAGE_ERROR
    try:
        config = RunConfig(
            data_dir=args.data,
            datasets=select(list_datasets(args.data), args.datasets, "dataset"),
            peers=select(list(PEERS), args.peers, "peer"),
            limit=args.limit,
            timeout=args.timeout,
            jobs=args.jobs,
            pages_dir=args.pages_out,
        )
    except ValueError as exc:
        print(exc, file=sys.stderr)
        return USAGE_ERROR
    result = run(config, progress=lambda line: print(line, file=sys.stderr, flush=True))
    report = Report(
        date=today(),
        command=shlex.join(["python", "-m", "benchmarks", *argv]),
        machine=machine(),
        versions=peer_versions(config.peers),
        settings={
            "data": str(args.data),
            "datasets": list(config.datasets),
            "peers": list(config.peers),
            "limit": config.limit,
            "timeout": config.timeout,
            "jobs": config.jobs,
        },
        result=result,
    )
    print(results_markdown(result))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(render_markdown(report), encoding="utf-8")
    args.out.with_suffix(JSON_SUFFIX).write_text(render_json(report), encoding="utf-8")
    print(f"wrote {args.out} and {args.out.with_suffix(JSON_SUFFIX)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
