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
    training/train_model.py); None = the shipped model."""

    def __post_init__(self) -> None:
        if not isinstance(self.favor, Favor):
            raise InvalidOptionsError(f"favor must be a Favor, got {self.favor!r}")
        if not isinstance(self.date_search, DateSearch):
            raise InvalidOptionsError(f"date_search must be a DateSearch, got {self.date_search!r}")
        if self.language is not None and self.language not in available_languages():
            raise InvalidOptionsError(
                f"no stop-word list for {self.language!r}; have {sorted(available_languages())}"
            )
