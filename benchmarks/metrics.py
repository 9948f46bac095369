"""Scoring functions: pure, deterministic, and defined exactly like the published benchmarks.

Body uses the article-extraction-benchmark (Zyte / Scrapinghub) shingle metric, snippets use
trafilatura's evaluation, so our figures can be put next to theirs. The one deliberate
difference is documented on `body_precision`.
"""

from __future__ import annotations

import re
import statistics
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

TOKEN_RE = re.compile(r"\w+")
"""Tokens of the body metric: runs of Unicode word characters, punctuation ignored."""

SHINGLE_SIZE = 4
"""Words per shingle in the article-extraction-benchmark."""

WHITESPACE_RE = re.compile(r"\s+")
DATE_LENGTH = len("YYYY-MM-DD")

Shingle = tuple[str, ...]


def tokenize(text: str) -> list[str]:
    """Split into `\\w+` tokens, so markup, punctuation and spacing never count."""
    return TOKEN_RE.findall(text)


def shingles(tokens: Sequence[str], size: int = SHINGLE_SIZE) -> Counter[Shingle]:
    """Multiset of `size`-token windows; a shorter text is one shingle so it still counts."""
    if not tokens:
        return Counter()
    if len(tokens) < size:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i : i + size]) for i in range(len(tokens) - size + 1))


@dataclass(frozen=True)
class BodyMatch:
    """One document's shingle overlap, normalised to sum 1 so long pages weigh no more."""

    tp: float
    fp: float
    fn: float
    exact: bool


def match_body(truth: str, prediction: str) -> BodyMatch:
    """Compare the shingle multisets of truth and prediction."""
    truth_tokens, predicted_tokens = tokenize(truth), tokenize(prediction)
    expected, predicted = shingles(truth_tokens), shingles(predicted_tokens)
    tp = sum((expected & predicted).values())
    fp = sum((predicted - expected).values())
    fn = sum((expected - predicted).values())
    total = tp + fp + fn
    scale = 1 / total if total else 0.0
    return BodyMatch(tp * scale, fp * scale, fn * scale, truth_tokens == predicted_tokens)


def body_precision(match: BodyMatch) -> float:
    """Share of predicted shingles that are in the truth.

    1.0 when nothing is extra and nothing missing (both empty, or identical); 0.0 when the
    prediction is empty but the truth is not. The reference script leaves such documents out
    of the precision mean; we count them, so a tool that returns nothing on hard pages is not
    rewarded with a higher precision.
    """
    if match.fp == 0 and match.fn == 0:
        return 1.0
    if match.tp + match.fp == 0:
        return 0.0
    return match.tp / (match.tp + match.fp)


def body_recall(match: BodyMatch) -> float:
    """Share of truth shingles found; same edge rules as `body_precision`, mirrored."""
    if match.fp == 0 and match.fn == 0:
        return 1.0
    if match.tp + match.fn == 0:
        return 0.0
    return match.tp / (match.tp + match.fn)


def harmonic_mean(a: float, b: float) -> float:
    """F-score of two rates; 0 when both are 0."""
    return 2 * a * b / (a + b) if a + b else 0.0


@dataclass(frozen=True)
class BodySummary:
    """Per-document precision and recall averaged over documents, F1 of the two means."""

    precision: float
    recall: float
    f1: float
    exact: float
    documents: int


def summarise_body(matches: Sequence[BodyMatch]) -> BodySummary | None:
    """Macro-average over documents, as the article-extraction-benchmark does."""
    if not matches:
        return None
    precision = statistics.fmean(body_precision(m) for m in matches)
    recall = statistics.fmean(body_recall(m) for m in matches)
    exact = statistics.fmean(float(m.exact) for m in matches)
    return BodySummary(precision, recall, harmonic_mean(precision, recall), exact, len(matches))


def normalise_space(text: str) -> str:
    """Collapse whitespace runs, so line breaks never decide whether a snippet is found."""
    return WHITESPACE_RE.sub(" ", text).strip()


@dataclass(frozen=True)
class SnippetCounts:
    """Confusion counts of trafilatura's evaluation: `with` snippets are positives."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    def __add__(self, other: SnippetCounts) -> SnippetCounts:
        return SnippetCounts(
            self.tp + other.tp, self.fp + other.fp, self.fn + other.fn, self.tn + other.tn
        )


def count_snippets(output: str, present: Sequence[str], absent: Sequence[str]) -> SnippetCounts:
    """Substring search after whitespace normalisation, case-sensitive like trafilatura's."""
    text = normalise_space(output)
    found = sum(normalise_space(s) in text for s in present)
    leaked = sum(normalise_space(s) in text for s in absent)
    return SnippetCounts(found, leaked, len(present) - found, len(absent) - leaked)


def ratio(numerator: float, denominator: float) -> float:
    """A rate that is 0 when there is nothing to count (trafilatura's convention)."""
    return numerator / denominator if denominator else 0.0


@dataclass(frozen=True)
class SnippetSummary:
    """Counts pooled over all pages (micro-average), as trafilatura reports them."""

    precision: float
    recall: float
    f1: float
    with_found: float
    without_absent: float
    snippets: int


def summarise_snippets(counts: Iterable[SnippetCounts]) -> SnippetSummary | None:
    """Pool the counts, then derive the rates; None when no page had snippets."""
    total = sum(counts, SnippetCounts())
    snippets = total.tp + total.fp + total.fn + total.tn
    if not snippets:
        return None
    return SnippetSummary(
        precision=ratio(total.tp, total.tp + total.fp),
        recall=ratio(total.tp, total.tp + total.fn),
        f1=ratio(2 * total.tp, 2 * total.tp + total.fp + total.fn),
        with_found=ratio(total.tp, total.tp + total.fn),
        without_absent=ratio(total.tn, total.tn + total.fp),
        snippets=snippets,
    )


INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u2060\ufeff"))
"""Soft hyphen, zero-width space, word joiner, BOM: never seen, so never a word break."""


def label_tokens(text: str | None) -> list[str]:
    """Tokens of a title or author after NFKC and casefolding, so case and width don't count,
    and without invisible characters (a soft hyphen in `Wort\u00adbruch` is not a break)."""
    if text is None:
        return []
    return tokenize(unicodedata.normalize("NFKC", text.translate(INVISIBLE)).casefold())


def normalise_label(text: str | None) -> str:
    """Canonical form of a title or author: its label tokens joined by one space."""
    return " ".join(label_tokens(text))


def label_equal(truth: str, prediction: str | None) -> bool:
    """Exact match of titles or authors up to case, width and punctuation."""
    return normalise_label(truth) == normalise_label(prediction)


def token_f1(truth: str, prediction: str | None) -> float:
    """Bag-of-tokens F1, partial credit for a title with a site name glued on or one word off."""
    expected, predicted = Counter(label_tokens(truth)), Counter(label_tokens(prediction))
    if not expected and not predicted:
        return 1.0
    shared = sum((expected & predicted).values())
    return harmonic_mean(ratio(shared, predicted.total()), ratio(shared, expected.total()))


def date_equal(truth: str, prediction: str | None) -> bool:
    """Same publication day; times and time zones are not scored."""
    return prediction is not None and prediction[:DATE_LENGTH] == truth[:DATE_LENGTH]


def share(flags: Sequence[bool]) -> float | None:
    """Fraction of True, None when nothing was scored."""
    return statistics.fmean(float(f) for f in flags) if flags else None


def mean(values: Sequence[float]) -> float | None:
    """Arithmetic mean, None when nothing was scored."""
    return statistics.fmean(values) if values else None


@dataclass(frozen=True)
class Span:
    """A run of words in a text: character range, index of its first word, word count."""

    start: int
    end: int
    first: int
    words: int


def unmatched_spans(text: str, other: str) -> list[Span]:
    """Runs of words of `text` that no shingle shared with `other` covers.

    Shingles are matched as multisets, in order, like the body metric, so a paragraph that
    appears once in `other` covers only its first occurrence in `text`. A text shorter than a
    shingle is matched as one shorter shingle, so a two-word block can still be found.
    """
    matches = list(TOKEN_RE.finditer(text))
    tokens = [m.group() for m in matches]
    size = min(SHINGLE_SIZE, len(tokens))
    available = shingles(tokenize(other), size) if size else Counter()
    covered = [False] * len(tokens)
    for i in range(len(tokens) - size + 1 if size else 0):
        shingle = tuple(tokens[i : i + size])
        if available[shingle] > 0:
            available[shingle] -= 1
            covered[i : i + size] = [True] * size
    spans: list[Span] = []
    i = 0
    while i < len(tokens):
        if covered[i]:
            i += 1
            continue
        j = i
        while j < len(tokens) and not covered[j]:
            j += 1
        spans.append(Span(matches[i].start(), matches[j - 1].end(), i, j - i))
        i = j
    return spans
