"""`python -m benchmarks.heldout`: pages nobody tuned cleantext on, with their own truths.

The evaluation sets in `../shared/eval` are what the rules and the model were tuned on; this
is a check on pages outside them. newspaper4k ships its test pages in its source distribution
on PyPI (`tests/data`: the page's HTML, the article text newspaper4k is tested to output, and
its metadata): news pages of 2013–2023, of which the 20 with both truths are in six
languages. The sdist is downloaded once with pip into a cache folder (nothing is shipped
here), and each peer is scored on those 20: body F1 (the harness's shingles,
macro-averaged), the exact title, the publication day where the truth names one.

The truths are newspaper4k's conventions, as mozilla_readability's are Readability's: the
`<title>` or `og:title` as the headline, `datePublished` or the permalink's day as the date
(also where the page prints its update), and newspaper4k is scored on its own test pages (in
sample for it). Authors are not scored: the truths list what newspaper4k's byline scan finds
(`Print`, `on December`). Run by hand, not in CI; the figures are quoted in
docs/algorithm.md.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from benchmarks.environment import machine, today
from benchmarks.metrics import (
    BodyMatch,
    date_equal,
    label_equal,
    match_body,
    summarise_body,
)
from benchmarks.peers import DATE, PEERS, TITLE, Prediction, prepare_input

DISTRIBUTION = "newspaper4k==0.9.6"
"""The sdist whose `tests/data` holds the pages; pinned, so that the figures repeat."""
DATA_PATH = "tests/data"
DEFAULT_CACHE = Path.home() / ".cache" / "cleantext-benchmarks"
DEFAULT_PEERS = ("cleantext", "trafilatura", "readability", "goose3", "newspaper4k")


@dataclass(frozen=True)
class HeldOutPage:
    """One test page with its truths (None where the metadata gives no title or date)."""

    name: str
    url: str | None
    raw: bytes
    body: str
    title: str | None
    date: str | None


def fetch(cache: Path) -> Path:
    """The sdist's test data folder, downloaded and unpacked into `cache` the first time (into
    a temporary folder renamed into place: an interrupted run leaves no half-unpacked data)."""
    name = DISTRIBUTION.replace("==", "-")
    if (cache / name / DATA_PATH).is_dir():
        return cache / name / DATA_PATH
    cache.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=cache) as work:
        command = [sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:"]
        subprocess.run([*command, "-q", "-d", work, DISTRIBUTION], check=True)
        (archive,) = Path(work).glob("*.tar.gz")
        with tarfile.open(archive) as sdist:
            members = [m for m in sdist.getmembers() if f"/{DATA_PATH}/" in m.name and m.isfile()]
            sdist.extractall(work, members=members, filter="data")
        (Path(work) / name).rename(cache / name)
    return cache / name / DATA_PATH


def load(data: Path) -> Iterator[HeldOutPage]:
    """The pages with an HTML file, a text truth and a metadata truth, by name."""
    for meta_file in sorted((data / "metadata").glob("*.json")):
        html = data / "html" / f"{meta_file.stem}.html"
        text = data / "txt" / f"{meta_file.stem}.txt"
        if not (html.is_file() and text.is_file()):
            continue
        meta = json.loads(meta_file.read_text(encoding="utf-8"))
        yield HeldOutPage(
            meta_file.stem,
            meta.get("url"),
            html.read_bytes(),
            text.read_text(encoding="utf-8"),
            meta.get("title") or None,
            meta.get("publish_date") or None,
        )


def share(hits: Sequence[bool]) -> str:
    return f"{sum(hits) / len(hits):.3f} ({sum(hits)}/{len(hits)})" if hits else "—"


def run(pages: Sequence[HeldOutPage], peers: Sequence[str], verbose: bool) -> list[str]:
    """One table row per peer; with `verbose`, each page's figures for each peer."""
    rows = []
    for name in peers:
        peer = PEERS[name]
        matches: list[BodyMatch] = []
        titles: list[bool] = []
        dates: list[bool] = []
        errors = 0
        for page in pages:
            try:
                predicted = peer.extract(prepare_input(peer, page.raw), page.url)
            except Exception:  # a peer's failure on a page scores as an empty output
                predicted, errors = Prediction(), errors + 1
            match = match_body(page.body, predicted.body)
            matches.append(match)
            if page.title and TITLE in peer.fields:
                titles.append(label_equal(page.title, predicted.title))
            if page.date and DATE in peer.fields:
                dates.append(date_equal(page.date, predicted.date))
            if verbose:
                single = summarise_body([match])
                print(f"{name:12} {page.name:22} body F1 {single.f1 if single else 0:.3f}", end="")
                print(f"  title {predicted.title!r}  date {predicted.date}")
        summary = summarise_body(matches)
        body = f"{summary.f1:.3f}" if summary else "—"
        row = f"| {name} | {len(pages)} | {body} | {share(titles)} | {share(dates)} | {errors} |"
        rows.append(row)
    return rows


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--peers", nargs="+", default=list(DEFAULT_PEERS), choices=sorted(PEERS))
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE)
    parser.add_argument("-v", "--verbose", action="store_true", help="every page's figures")
    args = parser.parse_args(argv)
    pages = list(load(fetch(args.cache)))
    host = machine()
    print(f"{DISTRIBUTION} test pages, measured {today()} on {host.cpu} ({host.cores} cores)\n")
    print("| peer | pages | body F1 | title exact | date (day) | errors |")
    print("| :--- | ---: | ---: | ---: | ---: | ---: |")
    for row in run(pages, args.peers, args.verbose):
        print(row)


if __name__ == "__main__":
    main()
