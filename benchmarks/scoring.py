"""From one peer's outcomes on a dataset's pages to the figures in the report.

A failed or timed-out page still counts, as an empty prediction: a tool that crashes on hard
pages must not score better than one that tries.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass

from benchmarks.datasets import Page
from benchmarks.metrics import (
    BodyMatch,
    BodySummary,
    SnippetCounts,
    SnippetSummary,
    count_snippets,
    date_equal,
    label_equal,
    match_body,
    mean,
    share,
    summarise_body,
    summarise_snippets,
    token_f1,
)
from benchmarks.peers import AUTHOR, BODY, DATE, TITLE, Prediction
from benchmarks.worker import Outcome

MS_PER_S = 1000
BYTES_PER_MB = 1_000_000


@dataclass(frozen=True)
class PageScore:
    """How one peer did on one page; None where the field is not scored."""

    id: str
    seconds: float
    error: str | None
    timed_out: bool
    body: BodyMatch | None
    snippets: SnippetCounts | None
    title_exact: bool | None
    title_f1: float | None
    date: bool | None
    author: bool | None


def score_page(page: Page, outcome: Outcome, fields: frozenset[str]) -> PageScore:
    """Score the fields the peer outputs and the truth has."""
    truth, predicted = page.truth, outcome.prediction or Prediction()
    body = truth.body if BODY in fields else None
    has_snippets = BODY in fields and bool(truth.present or truth.absent)
    title = truth.title if TITLE in fields else None
    date = truth.date if DATE in fields else None
    author = truth.author if AUTHOR in fields else None
    return PageScore(
        id=page.id,
        seconds=outcome.seconds,
        error=outcome.error,
        timed_out=outcome.timed_out,
        body=None if body is None else match_body(body, predicted.body),
        snippets=count_snippets(predicted.body, truth.present, truth.absent)
        if has_snippets
        else None,
        title_exact=None if title is None else label_equal(title, predicted.title),
        title_f1=None if title is None else token_f1(title, predicted.title),
        date=None if date is None else date_equal(date, predicted.date),
        author=None if author is None else label_equal(author, predicted.author),
    )


@dataclass(frozen=True)
class TitleSummary:
    exact: float
    token_f1: float
    documents: int


@dataclass(frozen=True)
class AccuracySummary:
    accuracy: float
    documents: int


@dataclass(frozen=True)
class Cost:
    """Time of the extraction call alone; a timed-out page counts as the whole limit."""

    pages: int
    median_ms: float
    total_s: float
    peak_rss_mb: float
    errors: int
    timeouts: int
    first_error: str | None
    ratio_trafilatura: float | None = None
    ratio_lxml: float | None = None


@dataclass(frozen=True)
class Figures:
    """Everything reported for one peer on one dataset."""

    body: BodySummary | None
    snippets: SnippetSummary | None
    title: TitleSummary | None
    date: AccuracySummary | None
    author: AccuracySummary | None
    cost: Cost


def _accuracy(flags: Sequence[bool]) -> AccuracySummary | None:
    accuracy = share(flags)
    return None if accuracy is None else AccuracySummary(accuracy, len(flags))


def summarise(scores: Sequence[PageScore], peak_rss_bytes: int) -> Figures:
    """Aggregate a peer's page scores on one dataset."""
    title_exact = [s.title_exact for s in scores if s.title_exact is not None]
    title_f1 = mean([s.title_f1 for s in scores if s.title_f1 is not None])
    seconds = [s.seconds for s in scores]
    errors = [s.error for s in scores if s.error is not None]
    return Figures(
        body=summarise_body([s.body for s in scores if s.body is not None]),
        snippets=summarise_snippets(s.snippets for s in scores if s.snippets is not None),
        title=None
        if title_f1 is None
        else TitleSummary(statistics.fmean(title_exact), title_f1, len(title_exact)),
        date=_accuracy([s.date for s in scores if s.date is not None]),
        author=_accuracy([s.author for s in scores if s.author is not None]),
        cost=Cost(
            pages=len(scores),
            median_ms=statistics.median(seconds) * MS_PER_S if seconds else 0.0,
            total_s=sum(seconds),
            peak_rss_mb=peak_rss_bytes / BYTES_PER_MB,
            errors=len(errors),
            timeouts=sum(s.timed_out for s in scores),
            first_error=errors[0] if errors else None,
        ),
    )
