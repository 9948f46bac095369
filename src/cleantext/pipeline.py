"""extract(): the only module that knows the order of the stages.

decode -> parse and read_metadata (Markdown rewritten as HTML first; for plain text, no
tree) -> tokenize -> classify (both
again, hidden elements shown or a streamed payload read, when little is content) -> headline,
dates, author, page info -> body.
"""

from __future__ import annotations

import dataclasses

from lxml import etree

from . import pageinfo
from ._text import strip_unwanted
from .authors import choose_author, split_names
from .blocks import MAX_TEXT_LINES, Tokens, cut_text_lines, tokenize, tokenize_text
from .body import assemble_body, drop_above_headline, promote_lead
from .classify import classify
from .dates import Found, choose_date, choose_modified
from .decode import (
    GZIP_MAGIC,
    Decoded,
    InflateRefused,
    decode,
    inflate,
    looks_binary,
    sniff_binary,
)
from .errors import InvalidInputError
from .headline import Headline, choose_headline
from .heuristics.titles import INVISIBLE_CHARACTERS
from .language import detect, stopword_set
from .markdown import looks_like_markdown, markdown_to_html
from .metadata import PageMeta, read_metadata, read_script_dates
from .options import DateSearch, ExtractOptions
from .parse import looks_like_html, parse_page, streamed_html
from .result import Block, Extraction, Label

# Enum members read once, as module names: reading one off its class costs ten times a
# global's on CPython 3.11 (see `classify`; tests/test_member_reads.py).
TITLE, CONTENT = Label.TITLE, Label.CONTENT

DEFAULT_OPTIONS = ExtractOptions()
NO_TEXT = "empty: the page has no text"
NO_ARTICLE = "empty: no block of the page was judged content"
"""`sources["body"]` when the body is empty; refused input says "not a web page: …" or
"refused: …" instead."""
MARKDOWN_NOTE = "read as Markdown"
"""`result.notes` of a text read as Markdown (`markdown.looks_like_markdown`)."""
MAX_TITLE_CHARS = 300
"""The title is cut at this length: a headline is a line, and garbage in a `<title>` or an
`<h1>` (a page's text in one element) must not make the field unbounded."""
REVEAL_BELOW_CHARS = 200
"""A page whose content is shorter than this, and that hides elements, is read again with its
hidden elements shown: streamed server-side rendering hides the whole article until a script
moves it into place. Such a page built by Next.js may instead keep the article only in its
streamed payload: the HTML fragments there are read."""


def extract(
    page: bytes | str,
    *,
    url: str | None = None,
    encoding: str | None = None,
    options: ExtractOptions | None = None,
) -> Extraction:
    """Extract the headline, publication date, body and metadata of one page.

    `page` is the raw bytes as served (best: decoding is done here) or text, HTML or already
    flattened plain text. `url` is where the page came from (used for dates and relative
    links; `result.url` and the base of relative links only when it is an absolute http(s)
    URL, `pageinfo.caller_url`); `encoding` is the HTTP charset, if known. Never raises on a
    bad page; raises InvalidInputError when an argument has the wrong type (a `bytes` url,
    say), and MemoryError when the process runs out of memory (docs/limits.md).
    """
    if not isinstance(page, (bytes, bytearray, memoryview, str)):
        raise InvalidInputError(f"page must be bytes or str, not {type(page).__name__}")
    for name, value in (("url", url), ("encoding", encoding)):
        if value is not None and not isinstance(value, str):
            raise InvalidInputError(f"{name} must be str or None, not {type(value).__name__}")
    if options is not None and not isinstance(options, ExtractOptions):
        raise InvalidInputError(
            f"options must be ExtractOptions or None, not {type(options).__name__}"
        )
    options = options or DEFAULT_OPTIONS
    notes: list[str] = []
    base = pageinfo.caller_url(url)  # a bad `url` is neither output nor resolved against
    decoded = _decode_within_limits(page, encoding, options, notes)
    if isinstance(decoded, str):
        return Extraction(url=base, sources={"body": decoded}, notes=tuple(notes))
    markup = _Markup(decoded.text, decoded.encoding, decoded.utf8)
    del decoded  # `markup` alone holds the bytes, until the parser takes them
    page_read = _read(markup, options, notes)
    meta = page_read.meta
    site = pageinfo.site_name(meta)
    site_name = _clean_field(site[0]) if site else None
    description = pageinfo.description(meta)
    headline, date, modified, author = _choose(
        page_read, site[0] if site else None, description[0] if description else None, url, options
    )
    author_name = _clean_field(author[0]) if author else None
    description_text = _clean_field(description[0]) if description else None
    body, body_source = assemble_body(page_read.blocks, meta, description_text)
    if not body:
        body_source = NO_TEXT if not page_read.blocks else NO_ARTICLE
    page_url, image = pageinfo.page_url(meta, base), pageinfo.image(meta, base)
    categories, categories_source = pageinfo.categories(meta)
    tags, tags_source = pageinfo.tags(meta)
    sources = {
        name: found[1]
        for name, found in (
            ("title", (None, headline.source) if headline else None),
            ("date", date),
            ("modified", modified),
            ("author", author),
            ("site_name", site),
            ("description", description),
            ("url", page_url),
            ("image", image),
            ("categories", (None, categories_source) if categories_source else None),
            ("tags", (None, tags_source) if tags_source else None),
            ("body", (None, body_source)),
        )
        if found
    }
    return Extraction(
        title=_clean_title(headline.text) if headline else None,
        date=date[0].iso() if date else None,
        modified=modified[0].iso() if modified else None,
        body=body,
        author=author_name,
        authors=split_names(author_name) if author_name else (),
        site_name=site_name,
        description=description_text,
        language=page_read.language,
        url=page_url[0] if page_url else None,
        image=image[0] if image else None,
        categories=categories,
        tags=tags,
        encoding=markup.encoding,
        blocks=tuple(page_read.blocks),
        sources=sources,
        notes=tuple(notes),
    )


@dataclasses.dataclass(slots=True)
class _Page:
    """A page read and classified: what the choosing steps work from."""

    root: etree._Element | None
    """The parsed tree; None for plain text."""
    meta: PageMeta
    language: str | None
    blocks: list[Block]
    from_markdown: bool = False
    """The tree is Markdown's, rewritten as HTML (`markdown.markdown_to_html`)."""


@dataclasses.dataclass(slots=True)
class _Markup:
    """The decoded page, whose bytes (`Decoded.utf8`) the parser takes: once parsed they are
    held by nothing while the page is tokenized, classified and chosen from (they are a copy
    of the caller's bytes when the page was inflated from gzip, cut at `max_input_bytes` or
    passed as a bytearray)."""

    text: str
    encoding: str | None
    utf8: bytes | None

    def take_utf8(self) -> bytes | None:
        utf8, self.utf8 = self.utf8, None
        return utf8


def _read(markup: _Markup, options: ExtractOptions, notes: list[str]) -> _Page:
    """Parse (HTML, or Markdown as the HTML it stands for) or split (plain text), tokenize and
    classify; when almost nothing is content and the page hides elements, retry with them shown
    (client-side tabs and accordions), and if still almost nothing is, read the HTML a Next.js
    page streams in its payload scripts."""
    text = markup.text
    from_markdown = False
    if not looks_like_html(text):
        markup.take_utf8()  # plain text is not parsed as it is
        if len(text) > options.max_markup_chars:
            notes.append(f"text cut at {options.max_markup_chars} of {len(text)} characters")
            text = text[: options.max_markup_chars]
        if not looks_like_markdown(text):
            return _read_text(text, options, notes)
        notes.append(MARKDOWN_NOTE)
        text, from_markdown = markdown_to_html(text), True  # read as the HTML it stands for
    parsed = parse_page(text, options.max_markup_chars, markup.take_utf8())
    notes.extend(parsed.notes)
    root, meta = parsed.root, read_metadata(parsed.root)
    article, thread = pageinfo.declared_kinds(meta, root)  # asked once: it may search the tree
    tokens = tokenize(root, options.thresholds)
    tokens.flat = from_markdown
    language, blocks = _label(tokens, meta, article, thread, options)
    if tokens.hidden and _content_chars(blocks) < REVEAL_BELOW_CHARS:
        revealed = _label(
            tokenize(root, options.thresholds, reveal_hidden=True), meta, article, thread, options
        )
        if _content_chars(revealed[1]) > _content_chars(blocks):
            language, blocks = revealed
    if _content_chars(blocks) < REVEAL_BELOW_CHARS:
        streamed = streamed_html(text)
        if streamed is not None:
            payload = parse_page(streamed, options.max_markup_chars)
            found = _label(
                tokenize(payload.root, options.thresholds), meta, article, thread, options
            )
            if _content_chars(found[1]) > _content_chars(blocks):
                language, blocks = found
                notes.append("body read from the page's streamed Next.js payload")
                notes.extend(payload.notes)
    return _Page(root, meta, language, blocks, from_markdown)


def _read_text(text: str, options: ExtractOptions, notes: list[str]) -> _Page:
    """Plain text (flattened by another tool): split into lines and paragraphs, classified."""
    cut = cut_text_lines(text)
    if cut is not None:
        notes.append(f"text cut at {MAX_TEXT_LINES} lines")
        text = cut
    tokens = tokenize_text(text, options.thresholds)
    return _Page(None, PageMeta(), *_label(tokens, PageMeta(), False, False, options))


def _choose(
    page: _Page,
    site_name: str | None,
    description: str | None,
    url: str | None,
    options: ExtractOptions,
) -> tuple[Headline | None, Found | None, Found | None, tuple[str, str] | None]:
    """Headline (its block relabelled TITLE, the lead the description repeats promoted to
    content), publication and modification dates, author."""
    meta, blocks = page.meta, page.blocks
    headline = choose_headline(
        meta, blocks, site_name, page.root is None, url, from_markdown=page.from_markdown
    )
    if headline is not None and headline.block is not None:
        blocks[headline.block] = dataclasses.replace(
            blocks[headline.block], label=TITLE, reason=f"headline ({headline.source})"
        )
        drop_above_headline(blocks, headline.block)
        if description is not None:
            promote_lead(blocks, headline.block, description)
    thorough = options.date_search is DateSearch.THOROUGH
    script_dates = read_script_dates(page.root) if page.root is not None else ()
    date = choose_date(
        meta, blocks, url, options.reference_date, thorough=thorough, script_dates=script_dates
    )
    modified = choose_modified(meta, blocks if thorough else (), options.reference_date)
    author = choose_author(meta, blocks, site_name, page.root)
    return headline, date, modified, author


def _decode_within_limits(
    page: bytes | bytearray | memoryview | str,
    encoding: str | None,
    options: ExtractOptions,
    notes: list[str],
) -> Decoded | str:
    """The page as text, cut at `max_input_bytes` and gzip inflated (noted in `notes`), or why
    it is refused: a binary format, a gzip bomb or corrupt gzip."""
    data = bytes(page) if not isinstance(page, str) else page
    if len(data) > options.max_input_bytes:
        notes.append(f"input cut at {options.max_input_bytes} of {len(data)} (max_input_bytes)")
        data = data[: options.max_input_bytes]
    if isinstance(data, bytes):
        if data.startswith(GZIP_MAGIC):
            try:
                data = inflate(data, options.max_input_bytes)
            except InflateRefused as refused:
                return f"refused: {refused}"
            notes.append("gzip data inflated")
        binary = sniff_binary(data)
        if binary is not None:
            return f"not a web page: {binary}"
    decoded = decode(data, encoding)
    return "not a web page: binary data" if looks_binary(decoded.text) else decoded


def _label(
    tokens: Tokens, meta: PageMeta, article: bool, thread: bool, options: ExtractOptions
) -> tuple[str | None, list[Block]]:
    """The page language and the classified blocks; `article`: the page declares itself an
    article, `thread`: a forum topic or a Q&A page (`pageinfo.declared_kinds`)."""
    language = options.language or detect((raw.words() for raw in tokens.blocks), meta.lang)
    return language, classify(
        tokens,
        options,
        stopword_set(language),
        thread,
        article,
        pageinfo.declares_news(meta),
    )


def _content_chars(blocks: list[Block]) -> int:
    return sum(len(block.text) for block in blocks if block.label is CONTENT)


def _clean_title(text: str) -> str | None:
    """One line, without control characters, soft hyphens and zero-width characters (which
    split the headline's words for any tokenizer), at most MAX_TITLE_CHARS long."""
    cleaned = " ".join(INVISIBLE_CHARACTERS.sub("", strip_unwanted(text)).split())
    cleaned = cleaned[:MAX_TITLE_CHARS]
    return cleaned or None


def _clean_field(text: str | None) -> str | None:
    """The last guard on metadata output: no control characters, noncharacters or bidi
    overrides, whichever stage found the value (found by fuzzing: a meta author with \x05)."""
    return (strip_unwanted(text) or None) if text else None
