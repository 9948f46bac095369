"""`cleantext FILE... | -`: print the extraction of each page (text, Markdown or JSON).

The CLI maps flags to `extract()` arguments and nothing else: every rule lives in the library.
Exit status: 0 all pages read, 1 some could not be read, 2 bad usage.
"""

from __future__ import annotations

import argparse
import stat
import sys
from collections.abc import Sequence
from pathlib import Path

from . import Extraction, ExtractOptions, Favor, __version__, extract

EXIT_OK, EXIT_UNREADABLE, EXIT_USAGE = 0, 1, 2
FORMATS = ("text", "markdown", "json")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cleantext",
        description="Extract the headline, date and main text of web pages (HTML or flat text).",
    )
    parser.add_argument(
        "files",
        nargs="*",
        metavar="FILE",
        help="pages to read; '-' or nothing reads standard input",
    )
    parser.add_argument(
        "-f",
        "--format",
        choices=FORMATS,
        default="text",
        help="text: title, date and body; markdown; json: one object per page",
    )
    parser.add_argument("--url", help="the URL the page came from (helps dates and links)")
    parser.add_argument("--encoding", help="the page's charset, if known (e.g. from HTTP)")
    parser.add_argument(
        "--favor",
        choices=[favor.value for favor in Favor],
        default=Favor.BALANCED.value,
        help="precision, recall or balanced",
    )
    parser.add_argument(
        "--blocks",
        action="store_true",
        help="with --format json: include every block with its label and score",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def render(result: Extraction, output_format: str, *, with_blocks: bool = False) -> str:
    """One page's output, ending in a newline."""
    if output_format == "json":
        return result.to_json(with_blocks=with_blocks) + "\n"
    if output_format == "markdown":
        return result.to_markdown()
    header = [line for line in (result.title, result.date) if line]
    return "\n".join([*header, "", result.body]).lstrip("\n") + "\n"


def _read(name: str) -> bytes:
    """The file's bytes; anything but a regular file is refused (a FIFO would block)."""
    if name == "-":
        return sys.stdin.buffer.read()
    path = Path(name)
    if not stat.S_ISREG(path.stat().st_mode):
        raise OSError(f"not a regular file: {name}")
    return path.read_bytes()


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the exit status."""
    args = _parser().parse_args(argv)
    options = ExtractOptions(favor=Favor(args.favor))
    status = EXIT_OK
    names = args.files or ["-"]
    for position, name in enumerate(names):
        try:
            data = _read(name)
        except OSError as error:
            print(f"cleantext: cannot read {name}: {error.strerror or error}", file=sys.stderr)
            status = EXIT_UNREADABLE
            continue
        result = extract(data, url=args.url, encoding=args.encoding, options=options)
        if len(names) > 1 and args.format != "json":
            sys.stdout.write(("\n" if position else "") + f"==> {name} <==\n")
        sys.stdout.write(render(result, args.format, with_blocks=args.blocks))
    return status
