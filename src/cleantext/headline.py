"""Choose the headline: the visible heading that the page's own metadata agrees with.

Sources: JSON-LD `headline`/`name`, OpenGraph and Twitter titles, <title> split at its
separators, and the page's <h1>/<h2> blocks. A heading that agrees with a metadata title wins
(it is the visible headline, without the "| Site" suffix); then a metadata title with the site
name cut off; then the first <h1> near the content; then <title>'s best part.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import regex

from ._text import normalize_key
from .metadata import PageMeta, article_objects
from .result import Block, BlockKind, Label

TITLE_SEPARATORS = regex.compile(r"\s+(?:[|\-–—:•»·/]|::)\s+")
"""`Headline | Site`, `Site - Headline`, `Headline — Section — Site`."""
META_TITLE_KEYS = (
    "og:title",
    "twitter:title",
    "title",
    "headline",
    "dc.title",
    "sailthru.title",
    "parsely-title",
)
AGREEMENT = 0.6
"""Token overlap (share of the shorter title) above which two titles are the same headline."""
MAX_HEADING_LEVEL = 2
HEADLINE_REACH = 6
"""Blocks after an <h1> searched for the start of the content (bylines, datelines between)."""
MAX_TITLE_WORDS = 40


@dataclass(frozen=True, slots=True)
class Headline:
    text: str
    source: str
    block: int | None
    """Index of the block that shows it, if any (labelled TITLE, kept out of the body)."""


def _metadata_titles(meta: PageMeta) -> list[tuple[str, str]]:
    titles: list[tuple[str, str]] = []
    for item in article_objects(meta):
        for key in ("headline", "name"):
            value = item.get(key)
            if isinstance(value, str) and value.strip():
                titles.append((" ".join(value.split()), "json-ld"))
                break
    for key in META_TITLE_KEYS:
        found = meta.first(key)
        if found:
            titles.append((found[1], f"meta:{key}"))
    if meta.title:
        titles.append((meta.title, "title"))
    return titles


def _agrees(candidate: str, reference: str) -> bool:
    a, b = set(candidate.split()), set(reference.split())
    if not a or not b:
        return False
    return len(a & b) >= AGREEMENT * min(len(a), len(b)) and len(a & b) >= AGREEMENT * len(a)


def choose_headline(
    meta: PageMeta, blocks: Sequence[Block], site_name: str | None, plain_text: bool
) -> Headline | None:
    """The page's headline, with the source that gave it and the block that shows it."""
    if plain_text:
        return _text_headline(blocks)
    references = _metadata_titles(meta)
    keys = [(normalize_key(text), source) for text, source in references]
    site_key = normalize_key(site_name or "")
    headings = [
        (index, block)
        for index, block in enumerate(blocks)
        if block.kind is BlockKind.HEADING
        and 0 < block.level <= MAX_HEADING_LEVEL
        and len(block.text.split()) <= MAX_TITLE_WORDS
    ]
    for level in (1, 2):
        for index, block in headings:
            key = normalize_key(block.text)
            if block.level != level or not key or key == site_key:
                continue
            for reference, source in keys:
                if _agrees(key, reference):
                    return Headline(block.text, f"h{level}+{source}", index)
    for index, block in headings:
        if block.level == 1 and _leads_content(blocks, index, site_key):
            return Headline(block.text, "h1", index)
    for text, source in references:
        if source != "title":
            return Headline(_strip_site(text, site_key), source, None)
    for index, block in headings:
        if (
            block.level == 1
            and block.label is not Label.MENU
            and normalize_key(block.text) != site_key
        ):
            return Headline(block.text, "h1", index)
    if meta.title:
        return Headline(_strip_site(meta.title, site_key), "title", None)
    return None


def _leads_content(blocks: Sequence[Block], index: int, site_key: str) -> bool:
    """A visible <h1>, not furniture, with the article's content starting right after it."""
    block = blocks[index]
    if (
        block.label not in (Label.CONTENT, Label.BOILERPLATE)
        or normalize_key(block.text) == site_key
    ):
        return False
    following = blocks[index + 1 : index + 1 + HEADLINE_REACH]
    return any(other.label is Label.CONTENT for other in following)


def _strip_site(title: str, site_key: str) -> str:
    """Cut the site name (or the shorter parts) off a `Headline | Site` title."""
    parts: list[str] = [part for part in TITLE_SEPARATORS.split(title) if part.strip()]
    if len(parts) <= 1:
        return title.strip()
    kept = [part for part in parts if normalize_key(part) != site_key] or parts
    return max(kept, key=lambda part: len(part.split())).strip()


def _text_headline(blocks: Sequence[Block]) -> Headline | None:
    """Plain text: the first short, unpunctuated line before the first content block."""
    for index, block in enumerate(blocks):
        if block.label is Label.CONTENT and len(block.text) > MAX_TITLE_WORDS * 3:
            return None
        if block.label not in (Label.CONTENT, Label.BOILERPLATE):
            continue
        if "\n" not in block.text and not block.text.endswith((".", ",", ";", ":")):
            return Headline(block.text, "text", index)
    return None
