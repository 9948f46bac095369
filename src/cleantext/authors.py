"""Choose the author(s): JSON-LD, then <meta>, then the byline block, names cleaned."""

from __future__ import annotations

from collections.abc import Sequence

import regex

from .heuristics.phrases import BYLINE_PREFIXES
from .metadata import PageMeta, article_objects
from .result import Block, Label

AUTHOR_META_KEYS = (
    "author",
    "article:author",
    "parsely-author",
    "sailthru.author",
    "dc.creator",
    "byl",
    "dcterms.creator",
    "cxenseparse:author",
)
_PREFIX = regex.compile(rf"^(?:{'|'.join(BYLINE_PREFIXES)})\s+", regex.IGNORECASE)
_TRAILER = regex.compile(
    r"\s*(?:[|,·•–—-]\s*)?(?:\d|updated|published|posted|veröffentlicht|mis à jour).*$",
    regex.IGNORECASE,
)
MAX_AUTHOR_CHARS = 100


def clean_name(text: str) -> str | None:
    """`By Jane Doe | 10 Apr 2008` -> `Jane Doe`; URLs and over-long strings are not names."""
    name: str = _TRAILER.sub("", _PREFIX.sub("", " ".join(text.split()))).strip(" ,;|")
    if not name or "://" in name or "@" in name or len(name) > MAX_AUTHOR_CHARS:
        return None
    return name


def _names(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return _names(value.get("name"))
    if isinstance(value, list):
        return [name for item in value for name in _names(item)]
    return []


def choose_author(meta: PageMeta, blocks: Sequence[Block]) -> tuple[str, str] | None:
    """Author names joined by ", ", with the source; None when the page names nobody."""
    candidates: list[tuple[list[str], str]] = []
    for item in article_objects(meta):
        candidates.append((_names(item.get("author")), "json-ld"))
    for key in AUTHOR_META_KEYS:
        candidates.append((list(meta.meta.get(key, ())), f"meta:{key}"))
    candidates.append(([b.text for b in blocks if b.label is Label.BYLINE][:1], "text"))
    for values, source in candidates:
        names = list(dict.fromkeys(filter(None, map(clean_name, values))))
        if names:
            return ", ".join(names), source
    return None
