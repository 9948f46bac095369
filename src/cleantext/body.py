"""Assemble the body: the content blocks' text, one blank line between blocks, nothing added.

One exception, measured on the dev corpus: a page whose HTML shows only the start of the
article (a paywall, a "read more" button, a client-rendered page) often carries the whole
text in its JSON-LD `articleBody`. When that text is much longer than what the blocks give
and contains it, it is the body.

Another, for pages where the classifier finds (almost) no content (a tiny page, a test case,
a page whose only text is a few short lines): an empty body is the worst answer, so the blocks
no detector and no furniture container rejected join the body (source "fallback"). The same
holds when the content found is short and those blocks are several times longer: a listing
(jobs, recipes, products) under a short intro, whose items were rejected one by one. The
items under a heading judged furniture (`Recent Posts`) stay out of the fallback.

A tiny post (a photo, a video, a one-line note: a body of a few words) starts with its header,
the headline and the byline or dateline under it: on such a page the header is most of what
the post says. An empty body takes the header only when it holds a byline or dateline, the
mark of a post rather than of a page whose article was missed.

Last, a page with no text at all (a client-rendered shell: the article comes from a script)
takes its description as the body (source "description"), the page's own summary of what a
script would show. Not a page whose text was all judged furniture: a listing's or a shop's
links are text, and its description sums up a section, not an article.

Before the body is assembled, the blocks are relabelled where the headline decides
(`drop_above_headline`, `promote_lead`). The page-wide pass that needs no headline, content
after the comment section, is the classifier's (`classify.cut_after_comments`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from ._text import clean_inline, held_share, words
from .metadata import PageMeta, article_objects
from .noise import is_credited_caption
from .result import Block, BlockKind, Label

# Enum members read once, as module names: reading one off its class costs ten times a
# global's on CPython 3.11 (see `classify`; tests/test_member_reads.py).
TITLE, CONTENT, CHROME, BOILERPLATE = Label.TITLE, Label.CONTENT, Label.CHROME, Label.BOILERPLATE
HEADING = BlockKind.HEADING

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
LEAD_MIN_WORDS = 6
"""A lead shorter than this many words could match a description by chance."""
LEAD_AGREEMENT = 0.9
"""Share of a block's words that must occur in the page's description for it to be the lead..."""
LEAD_LENGTH_TOLERANCE = 0.3
"""... and how far its word count may stray from the description's (as a share of it)."""
SHINGLE_WORDS = 3
"""Word n-grams compared to tell where the articleBody's text stands in the page."""
SHOWN_REJECTED_SHARE = 0.5
"""Share of the articleBody's extra n-grams that, shown in rejected blocks, keep the blocks: a
paywalled page does not show the rest of its article at all."""
TINY_POST_WORDS = 20
"""A body of at most this many words is a tiny post's: its header joins it (`_post_header`).
At 30 and 40, headlines that a trafilatura_eval truth leaves out joined short bodies."""
POST_HEADER_SPAN = 3
"""How many blocks under the headline may hold the post's byline or dateline."""
POST_HEADER_LABELS = frozenset({Label.BYLINE, Label.DATELINE})
"""The header's blocks under the headline."""
WITH_HEADER = "header"
"""`sources["body"]` when a tiny post's header leads the body (whatever gave the rest): its
paragraphs are then not the content blocks alone (`Extraction.paragraphs`)."""
ABOVE_HEADLINE_NOTE = "above the headline, outside the main-content region"
REPEATED_HEADLINE_NOTE = "above the headline, repeating it"
REPEATED_HEADLINE_SHARE = 0.8
"""A content block above the headline that holds at least this share of the headline's words
repeats it: the `<title>` line a flattener put first (`Headline — Site`), a breadcrumb's last
item. The article starts at its headline; the repeat is the page's furniture ..."""
REPEATED_HEADLINE_MAX_RATIO = 2
"""... when it has at most this many times the headline's words (a site's name added): a
lead paragraph that happens to hold them all is longer."""


def assemble_body(
    blocks: Sequence[Block], meta: PageMeta, description: str | None = None
) -> tuple[str, str]:
    """The body text and its source ("blocks", "json-ld", "fallback", "captions",
    "description" or "header"), a tiny post's header before it; `description` is the page's
    (`pageinfo.description`)."""
    body, source = _assemble(blocks, meta, description)
    # TINY_POST_WORDS words stay under SHORT_BODY_CHARS: a longer body's words are not counted
    if len(body) < SHORT_BODY_CHARS and len(words(body)) <= TINY_POST_WORDS:
        header = _post_header(blocks, marked=not body)
        if header:
            return "\n\n".join(filter(None, (header, body))), WITH_HEADER
    return body, source


def _post_header(blocks: Sequence[Block], marked: bool) -> str:
    """The headline and the bylines and datelines among the POST_HEADER_SPAN blocks under it,
    or "" when the page has no headline block, or none of those (when `marked`)."""
    headline = next((i for i, block in enumerate(blocks) if block.label is TITLE), None)
    if headline is None:
        return ""
    below = blocks[headline + 1 : headline + 1 + POST_HEADER_SPAN]
    marks = [block.text for block in below if block.label in POST_HEADER_LABELS]
    if marked and not marks:
        return ""
    return "\n\n".join((blocks[headline].text, *marks))


def _assemble(blocks: Sequence[Block], meta: PageMeta, description: str | None) -> tuple[str, str]:
    """The body text and its source ("blocks", "json-ld", "fallback", "captions" or
    "description")."""
    body = "\n\n".join(block.text for block in blocks if block.label is CONTENT)
    structured = _structured_body(meta)
    if (
        structured is not None
        and len(structured) >= max(STRUCTURED_MIN_CHARS, STRUCTURED_MIN_GAIN * len(body))
        and _contains(structured, body)
        and not _shown_and_rejected(structured, blocks)
    ):
        return structured, "json-ld"
    if len(body) < SHORT_BODY_CHARS:
        fallback = "\n\n".join(block.text for block in _fallback_blocks(blocks))
        if fallback != body and (
            len(body) < FALLBACK_BELOW_CHARS or len(fallback) >= FALLBACK_MIN_GAIN * len(body)
        ):
            return fallback, "fallback"
    if not body:
        captions = "\n\n".join(
            block.text
            for block in blocks
            if block.label is CHROME and is_credited_caption(block.text)
        )
        if captions:
            return captions, "captions"
        if not blocks and description:
            return description, "description"
    return body, "blocks"


def _fallback_blocks(blocks: Sequence[Block]) -> list[Block]:
    """The blocks of the fallback body: content, and what only the score rejected, except in
    a section whose heading a detector judged furniture (`Recent Posts`, `Leave a comment`):
    its items were left unjudged because the heading was, and they are the heading's widget,
    not a listing's items. A content block ends the section, as the next heading does."""
    kept: list[Block] = []
    in_furniture = False
    for block in blocks:
        if block.kind is HEADING:
            in_furniture = block.label.is_noise and block.label is not BOILERPLATE
        elif block.label is CONTENT:
            in_furniture = False
        if block.label in FALLBACK_LABELS and not in_furniture:
            kept.append(block)
    return kept


def drop_above_headline(blocks: list[Block], headline: int) -> None:
    """Content above the headline and outside the main-content region is not the article: a
    site's tagline or description in its header (`An online design resource dedicated to …`),
    a blog's "about me" box set before the post, a promotion over the page, a kicker over the
    headline in the article's header (a topic label). An article starts at its headline; what
    precedes it inside the region stays, but for a repeat of the headline (`_repeats`: a
    flattener's `<title>` line, a breadcrumb). On the dev corpus 135 of the 872 words of the
    blocks outside the region were in the truth bodies (cleaneval, dragnet, fundus, wcxb;
    mostly a clock time).
    """
    first_in_region = next(
        (
            i
            for i, block in enumerate(blocks)
            if block.label is CONTENT and not block.outside_region
        ),
        len(blocks),
    )
    wanted = words(blocks[headline].text)
    for position in range(headline):
        block = blocks[position]
        if block.label is not CONTENT:
            continue
        if position < first_in_region and block.outside_region:
            reason = ABOVE_HEADLINE_NOTE
        elif _repeats(words(block.text), wanted):
            reason = REPEATED_HEADLINE_NOTE
        else:
            continue
        blocks[position] = dataclasses.replace(block, label=BOILERPLATE, reason=reason)


def _repeats(found: list[str], headline: list[str]) -> bool:
    """Whether a block of words `found` repeats the headline (`REPEATED_HEADLINE_SHARE`)."""
    return (
        bool(headline)
        and len(found) <= REPEATED_HEADLINE_MAX_RATIO * len(headline)
        and held_share(headline, set(found)) >= REPEATED_HEADLINE_SHARE
    )


def promote_lead(blocks: list[Block], headline: int, description: str) -> None:
    """The article's lead (standfirst) is content: the block between the headline and the
    first content block that repeats the page's description.

    Sites set the lead apart from the text (a teaser box, a header beside the picture), so the
    classifier often rejects it; the description meta tag repeating it names it the article's
    own summary. On the dev corpus such blocks were in the truth 26 of 27 times on fundus and
    8 of 8 on dragnet.
    """
    wanted = words(description)
    if len(wanted) < LEAD_MIN_WORDS:
        return
    vocabulary = set(wanted)
    for position in range(headline + 1, len(blocks)):
        block = blocks[position]
        if block.label is CONTENT:
            return
        found = words(block.text)
        if (
            block.label.is_noise  # never the title, a byline or a dateline
            and len(found) >= LEAD_MIN_WORDS
            and abs(len(found) - len(wanted)) <= LEAD_LENGTH_TOLERANCE * len(wanted)
            and held_share(found, vocabulary) >= LEAD_AGREEMENT
        ):
            blocks[position] = dataclasses.replace(
                block, label=CONTENT, reason="lead repeated by the page's description"
            )
            return


def _structured_body(meta: PageMeta) -> str | None:
    """The first JSON-LD `articleBody` of the page's articles that is text (no `<`: markup
    would need the classifier), as paragraphs."""
    for item in article_objects(meta):
        value = item.get("articleBody")
        if isinstance(value, str) and "<" not in value:
            paragraphs = [clean_inline(line) for line in value.splitlines()]
            text = "\n\n".join(paragraph for paragraph in paragraphs if paragraph)
            if text:
                return text
    return None


def _shingles(text: str) -> set[tuple[str, ...]]:
    found = words(text)
    return {tuple(found[i : i + SHINGLE_WORDS]) for i in range(len(found) - SHINGLE_WORDS + 1)}


def _shown_and_rejected(structured: str, blocks: Sequence[Block]) -> bool:
    """Whether the page shows most of what the articleBody adds to the content, in blocks the
    classifier rejected (a fact box the structured text includes): then the blocks decided."""
    content = set().union(*(_shingles(b.text) for b in blocks if b.label is CONTENT))
    extra = _shingles(structured) - content
    if not extra:
        return False
    rejected = set().union(*(_shingles(b.text) for b in blocks if b.label is not CONTENT))
    return len(extra & rejected) >= SHOWN_REJECTED_SHARE * len(extra)


def _contains(structured: str, body: str) -> bool:
    """Whether the structured text holds most of the body's words: the same article."""
    found = words(body)
    return not found or held_share(found, set(words(structured))) >= STRUCTURED_AGREEMENT
