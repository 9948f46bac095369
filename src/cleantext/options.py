"""Reusable extraction settings: one frozen, keyword-only value validated at construction."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, field

from .errors import InvalidOptionsError
from .heuristics.model import BlockModel
from .heuristics.stopwords import available_languages
from .heuristics.thresholds import Thresholds


class Favor(enum.Enum):
    """Which error to prefer when the classifier is unsure about a block."""

    BALANCED = "balanced"
    PRECISION = "precision"
    """Drop doubtful blocks: less noise, some text lost."""
    RECALL = "recall"
    """Keep doubtful blocks: all the text, some noise."""


class DateSearch(enum.Enum):
    """How hard to look for the publication date."""

    THOROUGH = "thorough"
    """Metadata, the URL and the text around the headline, reconciled."""
    FAST = "fast"
    """Structured sources only (JSON-LD, <meta>, <time>, the URL): no reading of the text."""


MAX_INPUT_BYTES = 64 * 1024 * 1024
"""Default `ExtractOptions.max_input_bytes`: far above any real page, low enough that a
hostile one cannot make the process use gigabytes."""
MAX_MARKUP_CHARS = 4_000_000
"""Default `ExtractOptions.max_markup_chars`: twice the largest markup seen in 3,000 real pages
once scripts, styles and inlined data are removed (the largest pages, 2-5 MB, are mostly
those); time grows with it, about 2.5 s of CPU per 100,000 blocks."""

REFERENCE_DATES = (dt.date(1000, 1, 1), dt.date(9000, 12, 31))
"""The range `reference_date` must fall in: dates are counted back from it (`999 weeks ago`)
and a day past it is the latest possible date, so 9999-12-31 or 0001-01-01 overflowed
(OverflowError out of `extract()`)."""

FAVOR_SHIFT = {Favor.BALANCED: 0.0, Favor.PRECISION: 0.12, Favor.RECALL: -0.15}
"""How far each mode moves the content threshold (score units, 0..1)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class ExtractOptions:
    """Settings shared by many `extract()` calls. Per-page facts (url, encoding) are arguments."""

    favor: Favor = Favor.BALANCED
    language: str | None = None
    """ISO 639-1 code forcing the stop-word list; None = the page's declared or detected
    language."""
    reference_date: dt.date | None = None
    """When the page was fetched: later dates are rejected as impossible, and `3 hours ago`,
    `gestern` are read relative to it (a `datetime` resolves hours across midnight). None =
    today, and relative dates are not read."""
    date_search: DateSearch = DateSearch.THOROUGH
    thresholds: Thresholds = field(default_factory=Thresholds)
    model: BlockModel | None = None
    """A block scorer other than the shipped one (e.g. trained on your own pages with
    training/train_model.py); None = the shipped model. Its stage 2 is read over the features
    `classify.STAGE2_FEATURES` alone, those the training script fits it on."""

    max_input_bytes: int = MAX_INPUT_BYTES
    """Bytes read from the page (after inflating gzip): the rest is ignored, and gzip data
    that inflates beyond this is refused (a gzip bomb)."""
    max_markup_chars: int = MAX_MARKUP_CHARS
    """Characters of markup parsed, after scripts, styles and comments are removed from large
    pages; time and memory grow with it (docs/limits.md)."""

    def __post_init__(self) -> None:
        if not isinstance(self.favor, Favor):
            raise InvalidOptionsError(f"favor must be a Favor, got {self.favor!r}")
        if not isinstance(self.date_search, DateSearch):
            raise InvalidOptionsError(f"date_search must be a DateSearch, got {self.date_search!r}")
        reference = self.reference_date
        if reference is not None:
            day = reference.date() if isinstance(reference, dt.datetime) else reference
            if not isinstance(day, dt.date) or not REFERENCE_DATES[0] <= day <= REFERENCE_DATES[1]:
                raise InvalidOptionsError(
                    f"reference_date must be a date or datetime from {REFERENCE_DATES[0]} to "
                    f"{REFERENCE_DATES[1]}, got {reference!r}"
                )
        for name in ("max_input_bytes", "max_markup_chars"):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or value < 1:  # True is 1
                raise InvalidOptionsError(f"{name} must be a positive int, got {value!r}")
        if self.language is not None and self.language not in available_languages():
            raise InvalidOptionsError(
                f"no stop-word list for {self.language!r}; have {sorted(available_languages())}"
            )
