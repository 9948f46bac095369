"""Small HTML helpers the peer adapters share: decoding, page language, text of a fragment.

They live outside the adapters so every peer that needs text (not bytes) gets the same
decoding, and none of them is favoured by a better guess of the encoding.
"""

from __future__ import annotations

import codecs
import re
from typing import Any

import charset_normalizer
import lxml.html

SNIFF_BYTES = 4096
"""How far into the page a `<meta charset>` is looked for (browsers scan 1024; be generous)."""

LANG_SNIFF_BYTES = 20_000
"""How far into the page the `<html lang>` attribute is looked for."""

META_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
HTML_LANG_RE = re.compile(rb"""<html[^>]*?\slang\s*=\s*["']?\s*([A-Za-z]{2,3})""", re.IGNORECASE)

BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption",
    "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav",
    "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul",
})  # fmt: skip
"""Elements whose edges separate words (and paragraphs) when flattening HTML to text."""

PARAGRAPH_SEPARATOR = "\n\n"


def decode_html(raw: bytes) -> str:
    """Bytes to text the way a browser roughly would: BOM, UTF-8, declared charset, then a guess."""
    for bom, encoding in BOMS:
        if raw.startswith(bom):
            return raw.decode(encoding, errors="replace")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = META_CHARSET_RE.search(raw[:SNIFF_BYTES])
    if declared:
        try:
            return raw.decode(declared.group(1).decode("ascii"), errors="replace")
        except LookupError:
            pass
    guess = charset_normalizer.from_bytes(raw).best()
    return str(guess) if guess is not None else raw.decode("utf-8", errors="replace")


def html_lang(raw: bytes) -> str | None:
    """Primary language subtag of `<html lang=...>`, lower-case, if the page declares one."""
    found = HTML_LANG_RE.search(raw[:LANG_SNIFF_BYTES])
    return found.group(1).decode("ascii").lower() if found else None


def fragment_text(html: str) -> str:
    """Plain text of an HTML fragment, one paragraph per block element.

    `text_content()` would glue `<p>end</p><p>Next` into one token `endNext`, which the
    shingle metric would then count as a miss.
    """
    if not html.strip():
        return ""
    root = lxml.html.fromstring(html)
    parts: list[str] = []
    stack: list[tuple[Any, bool]] = [(root, False)]
    while stack:  # iterative: readability output can nest deeper than the recursion limit
        element, closing = stack.pop()
        is_block = isinstance(element.tag, str) and element.tag in BLOCK_TAGS
        if closing:
            parts.append(PARAGRAPH_SEPARATOR if is_block else "")
            if element is not root and element.tail:
                parts.append(element.tail)
            continue
        if is_block:
            parts.append(PARAGRAPH_SEPARATOR)
        if isinstance(element.tag, str) and element.text:  # comments' text is not content
            parts.append(element.text)
        stack.append((element, True))
        stack.extend((child, False) for child in reversed(element))
    paragraphs = (" ".join(chunk.split()) for chunk in "".join(parts).split(PARAGRAPH_SEPARATOR))
    return PARAGRAPH_SEPARATOR.join(p for p in paragraphs if p)
