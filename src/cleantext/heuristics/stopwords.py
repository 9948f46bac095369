"""Stop-word lists, one UTF-8 file per language in `stopwords/<iso639-1>.txt`, loaded lazily."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources

NOSPACE_MARK = "# script: nospace"
"""Header line of lists for scripts without spaces (ja, zh, th): entries match as substrings."""


@dataclass(frozen=True, slots=True)
class StopWords:
    """One language's function words; `nospace` lists are matched inside words, not as words."""

    language: str
    words: frozenset[str]
    nospace: bool


@functools.cache
def available_languages() -> frozenset[str]:
    """ISO 639-1 codes that have a list."""
    folder = resources.files(__package__) / "stopwords"
    return frozenset(
        entry.name.removesuffix(".txt") for entry in folder.iterdir() if entry.name.endswith(".txt")
    )


ALIASES = {"nb": "no", "nn": "no", "iw": "he", "in": "id", "tl": "fil"}
"""Codes pages use for a language whose list has another name (Bokmål, old ISO codes)."""


def stopwords(language: str) -> StopWords | None:
    """The list for `language` (e.g. "en", "pt-BR" -> "pt"), or None when there is none.

    Not cached itself: `language` may be a page's `lang` attribute, and a cache keyed by it
    grew by every distinct value of a batch (3,000 pages with 3 KB `lang` values: 9 MB kept).
    Only the lists are (`_load`), one per available language."""
    code = language.lower().replace("_", "-").split("-")[0]
    code = ALIASES.get(code, code)
    return _load(code) if code in available_languages() else None


@functools.cache
def _load(code: str) -> StopWords:
    """The list of an available language."""
    text = (resources.files(__package__) / "stopwords" / f"{code}.txt").read_text("utf-8")
    lines = text.splitlines()
    entries = frozenset(line for line in lines if line and not line.startswith("#"))
    return StopWords(code, entries, NOSPACE_MARK in lines)


@functools.cache
def all_stopwords() -> frozenset[str]:
    """The union of every spaced-script list: the language-neutral fallback."""
    merged: set[str] = set()
    for code in available_languages():
        found = stopwords(code)
        if found is not None and not found.nospace:
            merged |= found.words
    return frozenset(merged)
