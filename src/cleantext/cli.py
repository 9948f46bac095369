"""`cleantext [FILE|DIR|WARC|-]...`: extract pages one by one or by the million (docs/cli.md).

The CLI maps flags to `extract()` arguments and nothing else: every rule lives in the library,
the batch machinery (inputs, worker processes, outputs, progress) in `cleantext.batch`.
Exit status: 0 every page extracted, 1 some pages failed, 2 bad usage.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from types import FrameType

from . import ExtractOptions, Favor, __version__
from .batch.outputs import DirectorySink, JsonlFileSink, Sink, StdoutSink
from .batch.progress import PROG, Progress
from .batch.runner import run_batch
from .batch.sources import STDIN, pages, plan
from .batch.warc import WarcUnavailable, check_available
from .batch.work import BLOCK_FORMATS, FORMATS, Settings
from .batch.workers import default_workers

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
EXIT_SIGNAL_BASE = 128
"""A run ended by a signal exits 128 + its number, as shells report it."""
EXIT_BROKEN_PIPE = EXIT_SIGNAL_BASE + 13
"""SIGPIPE's number: what `cmd | head` shows for a command that the reader stopped."""
MIB = 1024 * 1024
DEFAULT_MAX_SIZE_MIB = 20.0
"""Larger pages are refused: no real article comes near it, and parsing needs ~10x in memory."""
DEFAULT_TIMEOUT_S = 30.0
"""Per page; extraction takes milliseconds, so only a pathological page comes near it."""
DEFAULT_MAX_MEMORY_MIB = 2048.0
"""Address space of one worker process; 0 = no cap."""


def _number(minimum: float, *, integer: bool = False) -> Callable[[str], float]:
    """An argparse type: a number >= `minimum`."""

    def parse(text: str) -> float:
        try:
            value = int(text) if integer else float(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
        if value < minimum:
            raise argparse.ArgumentTypeError(f"must be at least {minimum:g}, got {text}")
        return value

    return parse


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Extract the headline, date and main text of web pages (HTML or flat "
        "text): files, folders, gzipped pages, WARC archives.",
        epilog="Exit status: 0 all pages extracted, 1 some failed, 2 bad usage. See docs/cli.md.",
    )
    parser.add_argument(
        "inputs",
        nargs="*",
        metavar="INPUT",
        help="pages (.html, .html.gz, ...), folders (walked recursively), WARC files "
        "(.warc, .warc.gz); '-' or nothing reads standard input",
    )
    parser.add_argument(
        "--from-file",
        metavar="LIST",
        help="read more inputs from LIST, one per line ('-': standard input)",
    )
    parser.add_argument(
        "--glob",
        action="append",
        default=[],
        metavar="PATTERN",
        help="in folders, only files whose relative path matches (repeatable), e.g. '*.html*'",
    )
    parser.add_argument(
        "-f",
        "--format",
        choices=FORMATS,
        default="text",
        help="text: title, date and body; markdown; json: one object per page; jsonl: one "
        "object per page with its source (and error records)",
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="PATH",
        type=Path,
        help="a folder mirroring the inputs, one file per page (text, markdown, json); the "
        "JSONL file (jsonl). Default: standard output",
    )
    parser.add_argument(
        "--skip-existing",
        action="store_true",
        help="with -o: skip pages whose output is already there (resume a run)",
    )
    parser.add_argument(
        "-j",
        "--jobs",
        type=_number(1, integer=True),
        default=default_workers(),
        metavar="N",
        help="worker processes (default: all cores, %(default)s here)",
    )
    parser.add_argument(
        "--timeout",
        type=_number(0.001),
        default=DEFAULT_TIMEOUT_S,
        metavar="SECONDS",
        help="per page; a page that takes longer is killed and reported (default: %(default)g)",
    )
    parser.add_argument(
        "--max-size",
        type=_number(0.000001),
        default=DEFAULT_MAX_SIZE_MIB,
        metavar="MIB",
        help="refuse larger pages, also after gunzip (default: %(default)g MiB)",
    )
    parser.add_argument(
        "--max-memory",
        type=_number(0),
        default=DEFAULT_MAX_MEMORY_MIB,
        metavar="MIB",
        help="address-space cap of each worker; 0: none (default: %(default)g MiB)",
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress bar or summary")
    parser.add_argument("--url", help="the URL the pages came from (helps dates and links)")
    parser.add_argument("--encoding", help="the pages' charset, if known (e.g. from HTTP)")
    parser.add_argument(
        "--favor",
        choices=[favor.value for favor in Favor],
        default=Favor.BALANCED.value,
        help="precision, recall or balanced",
    )
    parser.add_argument(
        "--blocks",
        action="store_true",
        help="include every block with its label and score (json and jsonl only)",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def _inputs(parser: argparse.ArgumentParser, args: argparse.Namespace) -> list[str]:
    """Positional inputs, then those listed in --from-file, one a line. A list holding a NUL
    byte is refused as bad usage: no path holds one (every file call would fail on it, and the
    NUL-separated names of `find -print0` would be read as one)."""
    names = list(args.inputs)
    if args.from_file is not None:
        try:
            if args.from_file == STDIN:
                listed = sys.stdin.read()
            else:
                listed = Path(args.from_file).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            parser.error(f"cannot read --from-file {args.from_file}: {error}")
        if "\x00" in listed:
            number = listed.count("\n", 0, listed.index("\x00")) + 1
            parser.error(
                f"--from-file {args.from_file}: line {number} holds a NUL byte, which no path can "
                "hold; list one path a line (not `find -print0` output)"
            )
        names += [line.strip() for line in listed.splitlines() if line.strip()]
    elif not names:
        names = [STDIN]
    if names.count(STDIN) > 1 or (STDIN in names and args.from_file == STDIN):
        parser.error("standard input can be read only once")
    return names


def _sink(parser: argparse.ArgumentParser, args: argparse.Namespace, pages: int | None) -> Sink:
    if args.output is None:
        if args.skip_existing:
            parser.error("--skip-existing needs -o")
        return StdoutSink(args.format, headers=pages != 1)
    if args.format == "jsonl":
        if args.output.is_dir():
            parser.error(f"with --format jsonl, -o names a file, and {args.output} is a folder")
        try:
            return JsonlFileSink(args.output, resume=args.skip_existing)
        except OSError as error:
            parser.error(f"cannot write -o {args.output}: {error.strerror or error}")
    if args.output.exists() and not args.output.is_dir():
        parser.error(f"-o {args.output} is not a folder")
    try:
        args.output.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        parser.error(f"cannot create -o {args.output}: {error.strerror or error}")
    return DirectorySink(args.output, args.format)


class _Terminated(BaseException):
    """SIGTERM arrived (BaseException, like KeyboardInterrupt: no handler may swallow it)."""


def _terminate(signum: int, frame: FrameType | None) -> None:
    """SIGTERM ends the run like Ctrl-C: workers stopped, no temporary file left behind."""
    raise _Terminated


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    if args.blocks and args.format not in BLOCK_FORMATS:
        parser.error(
            f"--blocks needs --format {' or '.join(BLOCK_FORMATS)}: {args.format} has none"
        )
    names = _inputs(parser, args)
    max_bytes = int(args.max_size * MIB)
    stdin = sys.stdin.buffer.read(max_bytes + 1) if STDIN in names else None
    to_files = args.output is not None and args.format != "jsonl"
    batch = plan(names, args.glob, stdin, to_files=to_files, exclude=args.output)
    if batch.has_warc:
        try:
            check_available()
        except WarcUnavailable as error:
            parser.error(str(error))
    sink = _sink(parser, args, batch.total)
    settings = Settings(
        output_format=args.format,
        with_blocks=args.blocks,
        options=ExtractOptions(favor=Favor(args.favor)),
        url=args.url,
        encoding=args.encoding,
        max_bytes=max_bytes,
    )
    progress = Progress(
        sys.stderr,
        total=batch.total,
        bar=not args.quiet and sys.stderr.isatty(),
        summary=not args.quiet,
    )
    previous_handler = signal.signal(signal.SIGTERM, _terminate)
    try:
        stats = run_batch(
            pages(batch.inputs, max_bytes),
            settings=settings,
            sink=sink,
            progress=progress,
            workers=max(1, min(args.jobs, batch.total or args.jobs)),
            timeout_s=args.timeout,
            memory_bytes=int(args.max_memory * MIB) or None,
            skip_existing=args.skip_existing,
        )
    except KeyboardInterrupt:
        progress.finish(interrupted=True)
        return EXIT_SIGNAL_BASE + signal.SIGINT
    except _Terminated:
        progress.finish(interrupted=True)
        return EXIT_SIGNAL_BASE + signal.SIGTERM
    except BrokenPipeError:  # `cleantext ... | head`: the reader has all it wants
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no error at exit
        return EXIT_BROKEN_PIPE
    finally:
        signal.signal(signal.SIGTERM, previous_handler)
        sink.close()
    progress.finish()
    return EXIT_FAILED if stats.failed else EXIT_OK
