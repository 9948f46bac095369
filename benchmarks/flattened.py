"""`python -m benchmarks.flattened`: cleantext on text another tool already flattened.

Users also feed `extract()` pages that a naive tool turned into plain text (the project's seed
is one). Each evaluation page with a body truth is flattened four ways, so that no one tool's
layout is what gets measured: by html_text (`guess_layout=True`, the `bench` extra); by a
block flattener written here (each block element's text on lines of its own, blank lines
between blocks, the `<title>` first: what `get_text("\\n")` gives with blank lines); as a
browser's `innerText` lays a page out (a `<p>` between blank lines, every other block element
on a line of its own with no blank line around it, the text's own line breaks rendered as
spaces, no `<title>`); and as markdownify writes it in Markdown. It prints, per dataset, the
body F1 of the HTML itself, of the flattened text kept whole, and of `extract()` on the
flattened text, with the exact titles and dates where the truth has them. `--skip N` leaves
out the first N pages of each set, to measure a rule on pages it was not tuned on. Run by
hand; the figures are quoted in docs/algorithm.md.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable, Sequence
from pathlib import Path

from lxml import etree
from lxml import html as lxml_html

from benchmarks.datasets import Page, default_data_dir, load_pages
from benchmarks.metrics import (
    body_precision,
    body_recall,
    date_equal,
    harmonic_mean,
    label_equal,
    match_body,
)
from cleantext import extract

DATASETS = ("fundus", "cleaneval", "dragnet", "wcxb")
"""The sets with a body truth whose pages are HTML documents of one article or page each."""
DEFAULT_PAGES = 100
DEFAULT_SKIP = 0
"""Pages skipped at the start of each set: `--skip 100` measures pages a rule was not tuned on."""
BLOCK_TAGS = frozenset(
    {
        "address", "article", "aside", "blockquote", "body", "dd", "details", "dialog", "div",
        "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
        "h5", "h6", "header", "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre", "section",
        "table", "tr", "td", "th", "title", "ul",
    }
)  # fmt: skip
"""Elements the block flattener puts on lines of their own."""
UNSEEN_TAGS = frozenset({"script", "style", "noscript", "template", "head", "svg", "iframe"})
"""Elements whose text a reader never sees: left out by the block flattener."""
_SPACES = re.compile(r"[^\S\n]+")
_LINE_BREAKS = re.compile(r"[\r\n]")
PREFORMATTED_TAGS = frozenset({"pre", "textarea", "listing", "plaintext", "xmp"})
"""Elements whose text keeps its line breaks in a browser (`white-space: pre`)."""
_BLANK_RUNS = re.compile(r"\n\s*\n\s*")
_LINE_MARK, _BLANK_LINE_MARK = "\ue000", "\ue001"
"""Where a block element starts or ends (private-use characters, no page text holds them in
the eval pages' visible text): one line break, or a blank line."""
_MARK_RUNS = re.compile(r"[\s\ue000\ue001]*[\ue000\ue001][\s\ue000\ue001]*")
INNERTEXT_SPACED_TAGS = frozenset({"p"})
"""Elements `innerText` sets between blank lines (two required line breaks); every other block
element gets one."""


def block_flatten(raw: bytes) -> str:
    """The page's visible text, one block element per paragraph, its `<title>` first; the line
    breaks of the markup's own text kept (as `get_text("\\n")` keeps them: prose the page's
    author wrapped in the source comes out hard-wrapped)."""
    return _flatten(raw, with_title=True, spaced=BLOCK_TAGS, wrapped=True)


def innertext_flatten(raw: bytes) -> str:
    """The page's visible text as a browser's `innerText` lays it out: a `<p>` between blank
    lines, every other block element on a line of its own with no blank line around it (a
    page built of `<div>`s comes out one line a block, with no blank line anywhere); the text's
    own line breaks are spaces, as a browser renders them, but in `<pre>`; no `<title>`. (Not
    emulated: what style sheets hide, which a browser leaves out.)"""
    return _flatten(raw, with_title=False, spaced=INNERTEXT_SPACED_TAGS, wrapped=False)


def _flatten(raw: bytes, *, with_title: bool, spaced: frozenset[str], wrapped: bool) -> str:
    """Block elements on lines of their own, the `spaced` ones between blank lines; the line
    breaks that meet between blocks count once, the most of them (as `innerText`'s "required
    line breaks" do), a `<br>` is a line break of its own. `wrapped`: the line breaks of the
    text itself are kept everywhere, not only in `PREFORMATTED_TAGS`."""
    try:
        root = lxml_html.document_fromstring(raw)
    except (etree.ParserError, ValueError):
        return ""
    parts: list[str] = []
    title = root.find(".//title")
    if with_title and title is not None and title.text:
        parts += [title.text, _BLANK_LINE_MARK]

    def shown(value: str | None, preformatted: bool) -> str:
        return (value or "") if wrapped or preformatted else _LINE_BREAKS.sub(" ", value or "")

    def walk(element: etree._Element, preformatted: bool) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag and tag not in UNSEEN_TAGS:
            mark = _BLANK_LINE_MARK if tag in spaced else _LINE_MARK
            if tag not in BLOCK_TAGS:
                mark = ""
            inside = preformatted or tag in PREFORMATTED_TAGS
            parts.append(mark or ("\n" if tag == "br" else ""))
            parts.append(shown(element.text, inside))
            for child in element:
                walk(child, inside)
            parts.append(mark)
        parts.append(shown(element.tail, preformatted))

    body = root.find("body")
    walk(body if body is not None else root, False)
    text = _SPACES.sub(" ", "".join(parts))
    text = _MARK_RUNS.sub(_breaks, text)
    lines = "\n".join(line.strip() for line in text.split("\n"))
    return _BLANK_RUNS.sub("\n\n", lines).strip()


def _breaks(run: re.Match[str]) -> str:
    """The line breaks a run of block marks (and `<br>`s, spaces) between two texts stands for."""
    found = run.group()
    return "\n\n" if _BLANK_LINE_MARK in found or found.count("\n") > 1 else "\n"


def markdown_flatten(raw: bytes) -> str:
    """The page as markdownify writes it in Markdown (ATX headings; the `bench` extra): what
    crawlers that feed language models hand on."""
    import markdownify  # the `bench` extra

    try:
        return str(markdownify.markdownify(raw.decode("utf-8", "replace"), heading_style="ATX"))
    except (ValueError, RecursionError):
        return ""


def html_text_flatten(raw: bytes) -> str:
    """html_text's layout-guessing text of the page ("" when it refuses the page)."""
    import html_text  # the `bench` extra: the block flattener and its test need it not

    try:
        return str(html_text.extract_text(raw.decode("utf-8", "replace"), guess_layout=True))
    except ValueError:  # its cleaner refuses control characters
        return ""


FLATTENERS: dict[str, Callable[[bytes], str]] = {
    "html_text": html_text_flatten,
    "blocks": block_flatten,
    "innertext": innertext_flatten,
    "markdown": markdown_flatten,
}


def _f1(truth: str, prediction: str) -> float:
    match = match_body(truth, prediction)
    return harmonic_mean(body_precision(match), body_recall(match))


def _mean(values: list[float]) -> str:
    return f"{sum(values) / len(values):.3f}" if values else "—"


def select_pages(data_dir: Path, dataset: str, limit: int, skip: int = DEFAULT_SKIP) -> list[Page]:
    """The pages with a body truth among `limit` pages of a dataset after its first `skip`
    (sorted by id, as `load_pages` gives them), so held-out pages can be measured apart."""
    pages = load_pages(data_dir, dataset, skip + limit)[skip:]
    return [page for page in pages if page.truth.body]


def measure(data_dir: Path, dataset: str, limit: int, skip: int = DEFAULT_SKIP) -> list[list[str]]:
    """One table row per flattener for `limit` pages of a dataset after its first `skip` (the
    HTML of each page extracted once, its score counted for each flattener that gave the page
    a text)."""
    pages = select_pages(data_dir, dataset, limit, skip)
    scores = {name: {"html": [], "kept": [], "text": [], "t": [], "d": []} for name in FLATTENERS}
    for page in pages:
        truth, raw = page.truth, page.raw()
        body = truth.body or ""
        from_html = _f1(body, extract(raw, url=page.url).body)
        for name, flatten in FLATTENERS.items():
            flat = flatten(raw)
            if not flat:
                continue
            found, from_text = scores[name], extract(flat)
            found["html"].append(from_html)
            found["kept"].append(_f1(body, flat))
            found["text"].append(_f1(body, from_text.body))
            if truth.title:
                found["t"].append(float(label_equal(truth.title, from_text.title)))
            if truth.date:
                found["d"].append(float(date_equal(truth.date, from_text.date)))
    return [
        [dataset, name, str(len(found["html"]))] + [_mean(values) for values in found.values()]
        for name, found in scores.items()
    ]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.flattened", description=__doc__)
    parser.add_argument("--data", type=Path, default=default_data_dir())
    parser.add_argument("--pages", type=int, default=DEFAULT_PAGES, help="N pages of each set")
    parser.add_argument(
        "--skip", type=int, default=DEFAULT_SKIP, help="leave out the first N of each set"
    )
    parser.add_argument("--datasets", nargs="+", default=list(DATASETS))
    args = parser.parse_args(argv)
    print(
        "| dataset | flattener | pages | body F1 from HTML | flattened text kept whole "
        "| extract() on the text | title exact | date |"
    )
    print("|---|---|---:|---:|---:|---:|---:|---:|")
    for dataset in args.datasets:
        for row in measure(args.data, dataset, args.pages, args.skip):
            print("| " + " | ".join(row) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
