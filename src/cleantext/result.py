"""The typed, immutable values the pipeline produces: blocks, their labels, and the result."""

from __future__ import annotations

import datetime as dt
import enum
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


class BlockKind(enum.Enum):
    """What a block is in the page's structure."""

    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"
    QUOTE = "quote"
    CODE = "code"
    TABLE = "table"
    CAPTION = "caption"
    LINE = "line"
    """A line of plain-text input, or loose text in a container that is not a paragraph."""

    __hash__ = object.__hash__
    """Members are singletons, equal only to themselves: hashed by identity, in C. `Enum`'s
    own `__hash__` hashes the name in Python, and the classifier looks kinds and labels up in
    sets and dicts for every block."""


class Label(enum.Enum):
    """The verdict on a block: content, page metadata, or which kind of noise it is."""

    CONTENT = "content"
    TITLE = "title"
    BYLINE = "byline"
    DATELINE = "dateline"
    ICON_RUN = "icon_run"
    MEDIA_TIMESTAMP = "media_timestamp"
    SHARE = "share"
    COOKIE = "cookie"
    MENU = "menu"
    RELATED = "related"
    NEWSLETTER = "newsletter"
    AD = "ad"
    COMMENTS = "comments"
    CHROME = "chrome"
    """Page furniture: header, footer, sidebar, widgets, interface labels."""
    BOILERPLATE = "boilerplate"
    """Judged not content by the classifier's score, with no more specific reason."""

    __hash__ = object.__hash__
    """Hashed by identity, in C, as `BlockKind`."""

    @property
    def is_noise(self) -> bool:
        """Whether the label names furniture or boilerplate: anything but content and the
        page's own title, byline and dateline."""
        return self not in (Label.CONTENT, Label.TITLE, Label.BYLINE, Label.DATELINE)


@dataclass(frozen=True, slots=True, init=False)
class Block:
    """One block of the page, in document order, with the classifier's verdict."""

    text: str
    kind: BlockKind
    label: Label
    score: float
    """Content likelihood in [0, 1]."""
    reason: str
    """Why the label was given, for humans: "link density 0.80", "icon-name run"."""
    level: int
    """Heading level 1..6 for headings; list nesting depth for list items; 0 otherwise."""
    path: str
    """Tag path from <body>, e.g. `body>div.article>p` (for bug reports and --explain)."""
    outside_region: bool
    """The classifier found it outside the page's main-content region (the element holding
    most of the content evidence)."""

    def __init__(
        self,
        text: str,
        kind: BlockKind,
        label: Label = Label.BOILERPLATE,
        score: float = 0.0,
        reason: str = "",
        level: int = 0,
        path: str = "",
        outside_region: bool = False,
    ) -> None:
        # Every block of every page is one of these: its slots are filled through their own
        # descriptors, at half the cost of the frozen dataclass's `object.__setattr__` by name.
        _set_text(self, text)
        _set_kind(self, kind)
        _set_label(self, label)
        _set_score(self, score)
        _set_reason(self, reason)
        _set_level(self, level)
        _set_path(self, path)
        _set_outside_region(self, outside_region)

    @property
    def in_body(self) -> bool:
        """Whether the block is content: its text is a paragraph of `Extraction.body` when the
        body comes from the blocks (`sources["body"] == "blocks"`; not when it is a JSON-LD
        `articleBody` or the fallback that keeps boilerplate too)."""
        return self.label is Label.CONTENT

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready values (`kind` and `label` as their strings)."""
        return {
            "text": self.text,
            "kind": self.kind.value,
            "label": self.label.value,
            "score": round(self.score, 3),
            "reason": self.reason,
            "level": self.level,
            "path": self.path,
            "outside_region": self.outside_region,
        }


(
    _set_text,
    _set_kind,
    _set_label,
    _set_score,
    _set_reason,
    _set_level,
    _set_path,
    _set_outside_region,
) = (
    getattr(Block, name).__set__
    for name in ("text", "kind", "label", "score", "reason", "level", "path", "outside_region")
)


@dataclass(frozen=True, slots=True)
class Extraction:
    """What `extract()` found on a page. "Not found" is `None` (or "" for the body), never an
    error."""

    title: str | None = None
    date: str | None = None
    """Publication date, ISO 8601: `2008-04-10`, or `2008-04-10T12:04[:00][+04:00]` with a time."""
    modified: str | None = None
    """Last-modified date, ISO 8601 like `date`; None when the page gives none."""
    body: str = ""
    """The main text: one paragraph (block) per chunk, chunks separated by one blank line."""
    author: str | None = None
    """The byline's names as the page writes them: `Jane Doe und Max Muster`."""
    authors: tuple[str, ...] = ()
    """The same names one by one: `("Jane Doe", "Max Muster")`."""
    site_name: str | None = None
    description: str | None = None
    language: str | None = None
    url: str | None = None
    """The page's canonical URL when it declares one, else the URL the caller passed."""
    image: str | None = None
    """The page's main image URL (OpenGraph, Twitter, JSON-LD), resolved, never fetched."""
    categories: tuple[str, ...] = ()
    """Sections the page files itself under (`article:section`, JSON-LD `articleSection`)."""
    tags: tuple[str, ...] = ()
    """Keywords and tags the page declares (`article:tag`, `keywords`, JSON-LD `keywords`)."""
    encoding: str | None = None
    """The codec the bytes were decoded with; None when the input was str."""
    blocks: tuple[Block, ...] = ()
    sources: Mapping[str, str] = field(default_factory=dict)
    """Where each metadata field came from, e.g. {"title": "h1+meta:og", "date": "json-ld"}.
    An empty body says why in `sources["body"]`, e.g. "not a web page: PDF"."""
    notes: tuple[str, ...] = ()
    """What the safety limits changed on this page (input cut, gzip inflated, deep nesting
    unwrapped…; docs/limits.md). Empty for ordinary pages."""

    @property
    def published(self) -> dt.date | None:
        """The publication day as a `datetime.date`."""
        return dt.date.fromisoformat(self.date[:10]) if self.date else None

    @property
    def paragraphs(self) -> tuple[str, ...]:
        """The content blocks' texts in order: the body's paragraphs when it comes from the
        blocks (`sources["body"] == "blocks"`)."""
        return tuple(block.text for block in self.blocks if block.label is Label.CONTENT)

    def to_dict(self, *, with_blocks: bool = False) -> dict[str, Any]:
        """Plain JSON-ready values; blocks only on request (they are bulky)."""
        data: dict[str, Any] = {
            "title": self.title,
            "date": self.date,
            "modified": self.modified,
            "author": self.author,
            "authors": list(self.authors),
            "site_name": self.site_name,
            "description": self.description,
            "language": self.language,
            "url": self.url,
            "image": self.image,
            "categories": list(self.categories),
            "tags": list(self.tags),
            "encoding": self.encoding,
            "body": self.body,
            "sources": dict(self.sources),
            "notes": list(self.notes),
        }
        if with_blocks:
            data["blocks"] = [block.to_dict() for block in self.blocks]
        return data

    def to_json(self, *, with_blocks: bool = False, indent: int | None = None) -> str:
        """`to_dict` as JSON, non-ASCII characters kept as they are."""
        return json.dumps(self.to_dict(with_blocks=with_blocks), ensure_ascii=False, indent=indent)

    def to_markdown(self) -> str:
        """The title as `#`, then the content with headings, lists, quotes and code kept."""
        parts = [f"# {self.title}"] if self.title else []
        previous: Block | None = None
        for block in self.blocks:
            if block.label is not Label.CONTENT:
                continue
            rendered = _markdown_block(block)
            if previous is not None and block.kind is previous.kind is BlockKind.LIST_ITEM:
                parts[-1] += "\n" + rendered
            else:
                parts.append(rendered)
            previous = block
        return "\n\n".join(parts) + ("\n" if parts else "")


def _markdown_block(block: Block) -> str:
    if block.kind is BlockKind.HEADING:
        return "#" * min(max(block.level, 2), 6) + " " + block.text
    if block.kind is BlockKind.LIST_ITEM:
        return "  " * max(block.level - 1, 0) + "- " + block.text
    if block.kind is BlockKind.QUOTE:
        return "\n".join("> " + line for line in block.text.split("\n"))
    if block.kind is BlockKind.CODE:
        return f"```\n{block.text}\n```"
    if block.kind is BlockKind.CAPTION:
        return f"*{block.text}*"
    return block.text
