"""Assemble the body: the content blocks' text, one blank line between blocks, nothing added.

One exception, measured on the dev corpus: a page whose HTML shows only the start of the
article (a paywall, a "read more" button, a client-rendered page) often carries the whole
text in its JSON-LD `articleBody`. When that text is much longer than what the blocks give
and contains it, it is the body.

Another, for pages where the classifier finds (almost) no content (a tiny page, a test case,
a page whose only text is a few short lines): an empty body is the worst answer, so the blocks
no detector and no furniture container rejected join the body (source "fallback"). The same
holds when the content found is short and those blocks are several times longer: a listing
(jobs, recipes, products) under a short intro, whose items were rejected one by one.
"""

from __future__ import annotations

from collections.abc import Sequence

from ._text import clean_inline, words
from .metadata import PageMeta, article_objects
from .result import Block, Label

STRUCTURED_MIN_GAIN = 1.5
"""JSON-LD articleBody replaces the blocks only when it is this many times longer ..."""
STRUCTURED_MIN_CHARS = 500
"""... and at least this long."""
FALLBACK_BELOW_CHARS = 100
"""A body shorter than this means the classifier missed the page: the fallback applies. At
200 it cost cleaneval precision (sidebars of pages with a short real body)."""
SHORT_BODY_CHARS = 400
"""A body shorter than this may be a listing's intro: the fallback applies ... (at 500, short
news articles on dragnet took their page's teasers in)"""
FALLBACK_MIN_GAIN = 3
"""... when it is this many times longer. A short article's page adds a few unjudged lines
(1-2.5 times its length on dragnet); a listing's items add many times more."""
FALLBACK_LABELS = frozenset({Label.CONTENT, Label.BOILERPLATE})
"""What the fallback body is made of: content, and what only the score rejected."""
STRUCTURED_AGREEMENT = 0.8
"""Share of the blocks' words that must occur in it: the same article, not another text."""


def assemble_body(blocks: Sequence[Block], meta: PageMeta) -> tuple[str, str]:
    """The body text and its source ("blocks", "json-ld" or "fallback")."""
    body = "\n\n".join(block.text for block in blocks if block.label is Label.CONTENT)
    structured = _structured_body(meta)
    if (
        structured is not None
        and len(structured) >= max(STRUCTURED_MIN_CHARS, STRUCTURED_MIN_GAIN * len(body))
        and _contains(structured, body)
    ):
        return structured, "json-ld"
    if len(body) < SHORT_BODY_CHARS:
        fallback = "\n\n".join(block.text for block in blocks if block.label in FALLBACK_LABELS)
        if fallback != body and (
            len(body) < FALLBACK_BELOW_CHARS or len(fallback) >= FALLBACK_MIN_GAIN * len(body)
        ):
            return fallback, "fallback"
    return body, "blocks"


def _structured_body(meta: PageMeta) -> str | None:
    for item in article_objects(meta):
        value = item.get("articleBody")
        if isinstance(value, str) and "<" not in value:
            paragraphs = [clean_inline(line) for line in value.splitlines()]
            text = "\n\n".join(paragraph for paragraph in paragraphs if paragraph)
            if text:
                return text
    return None


def _contains(structured: str, body: str) -> bool:
    found = words(body)
    if not found:
        return True
    vocabulary = set(words(structured))
    return sum(word in vocabulary for word in found) >= STRUCTURED_AGREEMENT * len(found)
