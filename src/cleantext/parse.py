"""Text to an lxml tree, with no network, no file access and no entity expansion.

The text is handed to libxml2 as UTF-8 bytes with the encoding stated, so libxml2 never
guesses a charset (and never truncates at a byte it dislikes: decode() already cleaned them).
"""

from __future__ import annotations

import regex
from lxml import etree

_PARSER = etree.HTMLParser(
    encoding="utf-8",
    remove_comments=True,
    remove_pis=True,
    no_network=True,
    recover=True,
    huge_tree=True,
    compact=True,
)
# An XML declaration inside already-decoded text would contradict the encoding we state.
_XML_DECLARATION = regex.compile(r"^\s*<\?xml[^>]{0,200}>")
# A DOCTYPE with an internal subset (`<!DOCTYPE x [<!ENTITY …>]>`): libxml2's HTML parser
# leaves its tail as text. Entities are never expanded, so the subset is simply removed.
_DOCTYPE_SUBSET = regex.compile(
    r"<!DOCTYPE[^>\[]{0,500}\[.{0,100000}?\]\s*>", regex.IGNORECASE | regex.DOTALL
)
HTML_SNIFF_CHARS = 4096
_HTML_MARKERS = regex.compile(
    r"<!doctype\s|</?(?:html|head|body|meta|title|div|p|br|span|a|table|tr|td|article|section|"
    r"h[1-6]|ul|ol|li|dl|script|style|link|strong|em|b|i|u|font|img|pre|code|blockquote|nav|"
    r"header|footer|main|aside|figure|form|iframe)(?:\s[^<>]{0,500})?/?>",
    regex.IGNORECASE,
)
"""A known tag, complete with its `>`: `a<b` and `<pre-release>` are not markup."""


def looks_like_html(text: str) -> bool:
    """Whether the text is markup (else it is plain text, e.g. flattened by another tool)."""
    return _HTML_MARKERS.search(text[:HTML_SNIFF_CHARS]) is not None


def parse(text: str) -> etree._Element:
    """Parse HTML text; empty or hopeless input gives an empty <html><body/>, never an error."""
    head = text[:HTML_SNIFF_CHARS]
    if "<?xml" in head:
        text = _XML_DECLARATION.sub("", text, count=1)
    doctype = head.upper().find("<!DOCTYPE")
    if doctype >= 0 and "[" in head[doctype : head.find(">", doctype)]:
        text = _DOCTYPE_SUBSET.sub("", text, count=1)
    if "\x00" in text:  # libxml2 stops reading at a NUL byte
        text = text.replace("\x00", "")
    root = None
    if text.strip():
        try:
            root = etree.fromstring(text.encode("utf-8", "replace"), _PARSER)
        except (etree.ParserError, etree.XMLSyntaxError, ValueError):
            root = None
    if root is None or not isinstance(root.tag, str):
        root = etree.Element("html")
        etree.SubElement(root, "body")
    return root
