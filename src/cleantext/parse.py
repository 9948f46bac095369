"""Text to an lxml tree, with no network, no file access, no entity expansion, and bounded work.

The text is handed to libxml2 as UTF-8 bytes with the encoding stated, so libxml2 never
guesses a charset (and never truncates at a byte it dislikes: decode() already cleaned them).
When the text is the strict UTF-8 decoding of the page's bytes and no pre-pass changed it,
those bytes are handed over as they are, instead of encoding the text again.

libxml2 has two weak spots that hostile pages reach, both handled here (docs/limits.md):
- it stops reading at nesting depth 2048 (even with huge_tree), dropping the rest of the
  page: when that happens the page is parsed again with deeper tags unwrapped (`flatten`;
  a run of `<wbr>` and the other void tags libxml2 nests reaches that depth too);
- its duplicate-attribute check is quadratic: a start tag with tens of thousands of
  attributes takes minutes, so such tags are cut to `MAX_ATTRIBUTES` first.
It also drops everything after `</html>`, which some templates print before the article:
such an early `</html>` is removed. Very large pages lose their scripts, styles and comments
before parsing, then are cut at `max_chars` (`ExtractOptions.max_markup_chars`).
`streamed_html` reads the article a client-rendered Next.js page keeps only in its payload.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass

import regex
from lxml import etree

from .errors import LIBXML2_MEMORY_ERRORS
from .heuristics.tags import BLOCK_TAGS

_PARSER = etree.HTMLParser(
    encoding="utf-8",
    remove_comments=True,
    remove_pis=True,
    no_network=True,
    recover=True,
    huge_tree=True,
    compact=True,
    collect_ids=False,
)
"""`collect_ids=False`: libxml2 would index every `id` in a hash table (and log each duplicate
id as an error, which lxml copies into the error log), for `getElementById` and XPath `id()`,
which nothing here asks."""
# An XML declaration inside already-decoded text would contradict the encoding we state.
_XML_DECLARATION = regex.compile(r"^\s*<\?xml[^>]{0,200}>")
# A DOCTYPE with an internal subset (`<!DOCTYPE x [<!ENTITY …>]>`): libxml2's HTML parser
# leaves its tail as text. Entities are never expanded, so the subset is simply removed.
_DOCTYPE_SUBSET = regex.compile(
    r"<!DOCTYPE[^>\[]{0,500}\[.{0,100000}?\]\s*>", regex.IGNORECASE | regex.DOTALL
)
_DOCUMENT_END = re.compile(r"</html\s*>", re.IGNORECASE)
"""`</html>`: libxml2 drops everything after it, where browsers read on into the body.
Templates that print it early, before the article (a header include closing the document),
lose their whole text; when anything follows it, it is removed. (`</body>` is left: libxml2
keeps what follows it, and removing it too put a page's trailing junk into the body.)"""
_DOCUMENT_END_START = re.compile(rb"</html", re.IGNORECASE)
"""How every `_DOCUMENT_END` match begins (no character beyond ASCII folds to `h`, `t`, `m`
or `l`), searched in the page's UTF-8 bytes when they are at hand: half the size of a text
that holds a character beyond Latin-1 (Python then stores two bytes a character)."""
HTML_SNIFF_CHARS = 4096
"""The start of the text read to tell markup from plain text (after `_LEADING`), and for an
XML declaration or a DOCTYPE with an internal subset."""
_LEADING = re.compile(r"(?:\s+|<!--.*?-->)*", re.DOTALL)
"""What may come before a page's first tag and is neither text nor markup: white space, which
server templates emit by the kilobyte (a loop of includes, each ending in blank lines), and
comments (a licence, a build stamp). Skipped before sniffing, or a page opening with 5 KB of
blank lines was read as plain text and its markup came out as the body."""
_KNOWN_TAGS = (
    r"(?:html|head|body|meta|title|div|p|br|span|a|table|tr|td|article|section|"
    r"h[1-6]|ul|ol|li|dl|script|style|link|strong|em|b|i|u|font|img|pre|code|blockquote|nav|"
    r"header|footer|main|aside|figure|form|iframe)"
)
"""Tag names whose tags mark a text as HTML."""
_QUOTED = r"""(?:"[^"]*+(?:"|\Z)|'[^']*+(?:'|\Z))"""
"""A quoted attribute value, closed or running to the end of the sniff window."""
_UNQUOTED = r"""[^\s"'<>=`]++"""
_NAME = r"""[^\s"'<>/=]++"""
_HTML_MARKERS = regex.compile(
    rf"""<!doctype\s
    |</?{_KNOWN_TAGS}(?:\s[^<>]{{0,500}})?/?>
    |<{_KNOWN_TAGS}
        (?:\s++{_NAME}(?:\s*+=\s*+{_UNQUOTED})?+(?!\s*+=))*+
        \s++{_NAME}\s*+=\s*+{_QUOTED}
        (?:\s++{_NAME}(?:\s*+=\s*+(?:{_QUOTED}|{_UNQUOTED}))?+)*+
        \s*+(?:/?>|\Z)""",
    regex.IGNORECASE | regex.VERBOSE,
)
"""A known tag, complete with its `>`: `a<b` and `<pre-release>` are not markup. Either short
(500 characters inside, no `<` or `>`), or a start tag of well-formed attributes, at least one
of them quoted, closed within the sniff window or still well-formed where it ends: an `<html>`
or a first `<div>` with kilobytes of classes, inline style or JSON in its attributes filled
the window, and the page was read as plain text (its markup came out as the body). Quoted
values may hold `<` and `>`. Every repetition is possessive, so the search never backtracks
into one: a huge value or an unclosed quote costs one scan of the window from the tag's start,
and the search never reads past the window (about 1 ms on the worst starts tried,
tests/unit/test_parse.py)."""

MAX_NESTING = 512
"""Depth beyond which `flatten` unwraps elements (their text is kept). Used only after libxml2
stopped at its own limit (2048): real pages nest a few dozen levels, so nothing a reader sees
depends on structure this deep."""
FALLBACK_NESTING = 64
"""The second, stricter `flatten` depth, for pages whose markup fools the first estimate."""
MAX_ATTRIBUTES = 256
"""Attributes kept on one start tag; the rest are dropped before libxml2 sees them."""
LONG_TAG_CHARS = 4096
"""Start tags at least this long are checked for `MAX_ATTRIBUTES` (one long attribute value,
e.g. inline JSON or a data: URI, is common and harmless; a tag needs thousands of attributes
before libxml2 slows down, and those cannot fit in fewer characters)."""
BULKY_PAGE_CHARS = 2_000_000
"""Pages longer than this lose scripts (but JSON-LD), styles, comments, inline SVG, inlined
data and long attribute values before parsing: they are what makes real pages this large, and
none of it is text."""

JSON_LD_BUDGET_CHARS = 1_000_000
"""JSON-LD kept on such pages, in all: a script that would go beyond is removed with the
others. Megabytes of it (a 5 MB `articleBody`, 50,000 small scripts) in the `<head>` used up
`max_markup_chars` before the body, and the page came out empty. The largest of the 3,066
evaluation pages holds 841,000 characters of it."""

_TAG_START = re.compile(r"<[a-zA-Z]")
LONG_TAG_WINDOW = LONG_TAG_CHARS // 2
"""A long start tag is a run of more than `LONG_TAG_CHARS` characters without `>`, so it
covers a whole window of this size, aligned to its multiples: only the windows that hold no
`>` (a few hundred C substring searches tell) are looked at further."""
_ATTRIBUTE = re.compile(r"""[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?""")
_TAG_NAME = re.compile(r"<([a-zA-Z][^\s/>]*)")
_MARKUP = re.compile(r"<(?:!--|(/?)([a-zA-Z][^\s/<>]*)[^<>]*>)")
"""A comment start, or a start or end tag (group 1: "/" for an end tag; group 2: its name)."""
_BULK_START = re.compile(r"<!--|<(script|style|svg)\b([^<>]*)>", re.IGNORECASE)
"""Where a comment, script, style or inline SVG starts (group 2: the start tag's attributes)."""
INLINE_DATA_CHARS = 256
"""A `data:` URI longer than this (an inlined image or font) is emptied on large pages."""
_INLINE_DATA = re.compile(rf"data:[^\s\"'<>()]{{{INLINE_DATA_CHARS},}}")
LONG_VALUE_CHARS = 65_536
"""An attribute value longer than this is emptied on large pages: no attribute a reader sees is
that long, while hydration state (`data-preloaded`, 600 KB on a forum page of the evaluation
set) is, and megabytes of it in the `<head>` would use up `max_markup_chars` before the body."""
_LONG_VALUE = re.compile(
    rf"""=\s*(?:"[^"<>]{{{LONG_VALUE_CHARS},}}"|'[^'<>]{{{LONG_VALUE_CHARS},}}')"""
)
BREAK_RUN_MATCH = 1000
"""Longest run of line breaks one match takes: `re` keeps a backtracking frame per repeat, so
an unbounded run of a million would cost hundreds of MB; longer runs become a few matches."""
_BREAK_RUN = re.compile(rf"(?:<br\s*/?>\s*){{3,{BREAK_RUN_MATCH}}}", re.IGNORECASE)
"""Three or more line breaks in a row: on large pages, two say the same (a block ends)."""
VOID_TAGS = frozenset(
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
        "source", "track", "wbr", "keygen", "basefont", "frame", "isindex",
    }
)  # fmt: skip
"""Elements that never have content (HTML's void elements and obsolete ones): `flatten` counts
them as opening nothing. libxml2 agrees, but for NESTING_VOID_TAGS."""
NESTING_VOID_TAGS = frozenset({"wbr", "embed", "keygen", "source", "track"})
"""Void elements libxml2's HTML 4 parser does not know as void: it nests what follows inside
them (`a<wbr>b<wbr>c` parses as `a<wbr>b<wbr>c</wbr></wbr>`), unless the tag ends in `/>`.
`flatten` writes those it keeps so, which makes its estimate of the nesting the parser's:
20,000 `x<wbr>` (a long word with break hints) nested the rest of the page 20,000 deep, and
flatten, counting them void, unwrapped nothing; the article after them was lost. A page that
is not unwrapped keeps its tags as written: the tokenizer reads what a `<wbr>` holds as inline
text (`TRANSPARENT_TAGS`)."""
RAW_TEXT_TAGS = frozenset(
    {"script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext"}
)
"""Elements whose content is not markup: `flatten` skips to their end tag."""
_END_TAGS = {
    name: re.compile(rf"</{name}[^<>]*>?", re.IGNORECASE) for name in RAW_TEXT_TAGS | {"svg"}
}
"""The end tag of each raw-text element (searched case-insensitively in the original text:
`str.lower()` may change the length, e.g. of "İ", and so every later position)."""
_BLOCK_BREAK = "<br><br>"
"""What an unwrapped block element leaves: two line breaks end a block in the tokenizer."""
SELF_CLOSING_REPEATS = frozenset({"p", "li", "dt", "dd", "td", "th", "tr", "option"})
"""A start tag of one of these closes an open one of the same name (`<p>a<p>b`)."""


def looks_like_html(text: str) -> bool:
    """Whether the text is markup (else it is plain text, e.g. flattened by another tool)."""
    leading = _LEADING.match(text)  # always matches: the repetition may be empty
    start = leading.end() if leading else 0
    return _HTML_MARKERS.search(text, start, start + HTML_SNIFF_CHARS) is not None


@dataclass(frozen=True, slots=True)
class Parsed:
    """The tree and what the limits changed on the way (empty for ordinary pages)."""

    root: etree._Element
    notes: tuple[str, ...] = ()


def parse(text: str) -> etree._Element:
    """Parse HTML text; empty or hopeless input gives an empty <html><body/>, never an error."""
    return parse_page(text).root


def parse_page(text: str, max_chars: int | None = None, utf8: bytes | None = None) -> Parsed:
    """`parse`, with the markup handed to libxml2 cut at `max_chars` (after bulk removal).

    `utf8`, the bytes `text` is the strict UTF-8 decoding of (`Decoded.utf8`), is parsed in
    place of the text's encoding when no pre-pass changes the text: the same bytes, without
    the copy.
    """
    notes: list[str] = []
    original = text
    head = text[:HTML_SNIFF_CHARS]
    if "<?xml" in head:
        text = _XML_DECLARATION.sub("", text, count=1)
    doctype = head.upper().find("<!DOCTYPE")
    if doctype >= 0 and "[" in head[doctype : head.find(">", doctype)]:
        text = _DOCTYPE_SUBSET.sub("", text, count=1)
    raw = utf8 if text is original else None  # `text` as UTF-8, while no pre-pass changed it
    # libxml2 stops reading at a NUL (looked for in the bytes: memchr, where Python reads a
    # text of two-byte characters one by one)
    if ("\x00" in text) if raw is None else (b"\x00" in raw):
        text = text.replace("\x00", "")
        raw = None
    text, raw = _without_early_end(text, raw)
    encoded = text  # what `raw` encodes
    if len(text) > BULKY_PAGE_CHARS:
        before = len(text)
        text = remove_bulk(text)
        if len(text) < before:
            removed = before - len(text)
            notes.append(f"scripts, styles, comments, inlined data, long values removed: {removed}")
    if max_chars is not None and len(text) > max_chars:
        notes.append(f"markup cut at {max_chars} of {len(text)} characters")
        text = text[:max_chars]
    if len(text) >= LONG_TAG_CHARS:
        text = _prune_long_tags(text)
    root, stopped = _parse_once(text, raw if text is encoded else None)
    for depth in (MAX_NESTING, FALLBACK_NESTING):
        if not stopped:
            break
        notes.append(f"elements nested deeper than {depth} unwrapped")
        root, stopped = _parse_once(flatten(text, depth))
    if root is None or not isinstance(root.tag, str):
        root = etree.Element("html")
        etree.SubElement(root, "body")
    return Parsed(root, tuple(notes))


def _parse_once(text: str, utf8: bytes | None = None) -> tuple[etree._Element | None, bool]:
    """The tree (None if there is none) and whether libxml2 stopped early at its depth limit;
    `utf8`, if given, is `text` encoded."""
    if not text or text.isspace():  # `text.strip()` would copy the page
        return None, False
    try:
        root = etree.fromstring(utf8 or text.encode("utf-8", "replace"), _PARSER)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        root = None
    log = _PARSER.error_log
    last = log.last_error if log else None
    if last is not None and last.type in LIBXML2_MEMORY_ERRORS:
        # libxml2 gives up on a failed allocation with an empty or partial tree: that is the
        # process's memory cap (RLIMIT_AS, the CLI's --max-memory), not the page's content
        raise MemoryError("libxml2 ran out of memory parsing the page")
    if root is None:
        return None, False
    return root, last is not None and last.type == etree.ErrorTypes.ERR_RESOURCE_LIMIT


def _end_of(text: str, start: int, name: str | None) -> int:
    """Where a comment (`name` None) or a raw-text element that began before `start` ends:
    after its `-->` or its end tag, else at the end of the text."""
    if name is None:
        end = text.find("-->", start)
        return len(text) if end < 0 else end + 3
    closing = _END_TAGS[name.lower()].search(text, start)
    return len(text) if closing is None else closing.end()


def remove_bulk(text: str) -> str:
    """The markup without comments, styles, inline SVG, scripts other than JSON-LD (the
    metadata reader needs those, up to `JSON_LD_BUDGET_CHARS`), inlined data, long attribute
    values and runs of line breaks, in linear scans: an unclosed element runs to the end, as
    in a browser."""
    out: list[str] = []
    position = 0
    budget = JSON_LD_BUDGET_CHARS
    while (match := _BULK_START.search(text, position)) is not None:
        out.append(text[position : match.start()])
        name = match.group(1)
        end = _end_of(text, match.end(), name)
        if (
            name is not None
            and "ld+json" in match.group(2).lower()
            and end - match.start() <= budget
        ):
            out.append(text[match.start() : end])
            budget -= end - match.start()
        position = end
    out.append(text[position:])
    kept = _LONG_VALUE.sub('=""', _INLINE_DATA.sub("data:,", "".join(out)))
    return _BREAK_RUN.sub(_BLOCK_BREAK, kept)


def _without_early_end(text: str, utf8: bytes | None) -> tuple[str, bytes | None]:
    """The text and its UTF-8 (if at hand) without `_DOCUMENT_END` when anything but white
    space follows the first one; else the same objects. The bytes are scanned for where the
    first may begin, and only the text from there on is decoded, searched and changed."""
    start = 0  # where the bytes of `tail` begin
    if utf8 is None:
        tail = text
    else:
        found = _DOCUMENT_END_START.search(utf8)
        if found is None:
            return text, utf8
        start = found.start()
        tail = utf8[start:].decode("utf-8")
    end = _DOCUMENT_END.search(tail)
    if end is None or not _DOCUMENT_END.sub("", tail[end.end() :]).strip():
        return text, utf8
    kept = _DOCUMENT_END.sub("", tail)
    if utf8 is None:
        return kept, None
    return text[: len(text) - len(tail)] + kept, utf8[:start] + kept.encode("utf-8")


def _long_tags(text: str) -> Iterator[tuple[int, int]]:
    """Where the start tags of more than `LONG_TAG_CHARS` characters are: `<`, a letter, that
    many characters without `<` or `>`, then `>`. Such a tag is the end of a run of characters
    without `>` that covers a window of `LONG_TAG_WINDOW`; each window is checked by one
    `str.find`, and in a run only the last `<` can begin one. An ordinary page costs a few
    hundred C searches, any page a linear scan (no character is looked at twice)."""
    position = 0  # where the next run may begin: after the last `>` looked at
    for start in range(0, len(text) - LONG_TAG_WINDOW + 1, LONG_TAG_WINDOW):
        if start < position or text.find(">", start, start + LONG_TAG_WINDOW) >= 0:
            continue
        close = text.find(">", start + LONG_TAG_WINDOW)
        if close < 0:
            return
        opening = text.rfind("<", text.rfind(">", 0, start) + 1, close)
        if (
            opening >= 0
            and close - opening - 2 >= LONG_TAG_CHARS
            and _TAG_START.match(text, opening) is not None
        ):
            yield opening, close + 1
        position = close + 1


def _prune_long_tags(text: str) -> str:
    """The markup with every start tag cut to `MAX_ATTRIBUTES` attributes; the text itself
    (not a copy) when no tag has that many, as on almost every page."""
    out: list[str] = []
    position = 0
    for start, end in _long_tags(text):
        pruned = _prune_attributes(text[start:end])
        if pruned is not None:
            out.extend((text[position:start], pruned))
            position = end
    if not out:
        return text
    out.append(text[position:])
    return "".join(out)


def _prune_attributes(tag: str) -> str | None:
    """The start tag with its first `MAX_ATTRIBUTES` attributes, or None when it has no more."""
    name = _TAG_NAME.match(tag)
    if name is None:
        return None
    attributes = _ATTRIBUTE.findall(tag, name.end(), len(tag) - 1)
    if len(attributes) <= MAX_ATTRIBUTES:
        return None
    return f"<{name.group(1)} {' '.join(attributes[:MAX_ATTRIBUTES])}>"


def flatten(text: str, depth: int) -> str:
    """The markup with elements nested deeper than `depth` unwrapped, in one linear scan.

    The nesting is estimated the way an HTML parser recovers: void elements never open (and
    those libxml2 would nest, NESTING_VOID_TAGS, are written self-closed), an end tag closes
    everything opened after its start tag, a start tag of SELF_CLOSING_REPEATS closes an open
    one of the same name. An unwrapped block element leaves two `<br>` so that its text stays
    a block of its own.
    """
    out: list[str] = []
    stack: list[tuple[str, bool]] = []  # open elements: name, kept
    open_count: dict[str, int] = {}
    position = 0
    broken = False  # a block break was emitted and only whitespace followed
    while True:
        match = _MARKUP.search(text, position)
        if match is None:
            break
        if match.group(2) is None:  # a comment: copy it whole
            end = _end_of(text, match.end(), None)
            out.append(text[position:end])
            position = end
            broken = False
            continue
        name = match.group(2).lower()
        between = text[position : match.start()]
        if between:
            out.append(between)
            broken = broken and between.isspace()
        position = match.end()
        keep = True
        if match.group(1):
            if open_count.get(name):
                while stack:
                    closed, kept = stack.pop()
                    open_count[closed] -= 1
                    if closed == name:
                        keep = kept
                        break
        elif name not in VOID_TAGS and not match.group(0).endswith("/>"):
            if name in SELF_CLOSING_REPEATS and stack and stack[-1][0] == name:
                stack.pop()
                open_count[name] -= 1
            keep = len(stack) < depth or name in RAW_TEXT_TAGS  # a leaf: one level at most
            stack.append((name, keep))
            open_count[name] = open_count.get(name, 0) + 1
            if name in RAW_TEXT_TAGS:
                closing = _END_TAGS[name].search(text, position)
                end = len(text) if closing is None else closing.start()
                out.append(match.group(0) if keep else "")
                out.append(text[position:end])
                broken = False
                position = end
                continue
        if keep:
            tag = match.group(0)
            if name in NESTING_VOID_TAGS and not match.group(1) and not tag.endswith("/>"):
                tag = tag[:-1] + " />"
            out.append(tag)
            broken = False
        elif name in BLOCK_TAGS and not broken:
            out.append(_BLOCK_BREAK)
            broken = True
    out.append(text[position:])
    return "".join(out)


FLIGHT_MARKER = "self.__next_f.push("
"""Next.js streams a page's React payload in scripts that call this; a page rendered on the
client keeps its article there, as text rows of HTML, and shows none of it in its markup."""
FLIGHT_TEXT_CHUNK = "[1,"
"""What follows the marker in a chunk of payload text: then one JSON string literal."""
_FLIGHT_TEXT_ROW = re.compile(rb"(?:^|\n)[0-9a-f]{1,8}:T([0-9a-f]{1,8}),")
"""A text row: `24:T1b7b,` then that many bytes of UTF-8 text (for an article, its HTML)."""
FLIGHT_HTML_MARKERS = ("<p>", "<p ")
"""A text row holding one of these is a fragment of the article's HTML, not a label."""
_JSON = json.JSONDecoder()


def streamed_html(text: str) -> str | None:
    """The HTML fragments a Next.js page streams in its payload scripts, joined; None when the
    page streams none (the usual case: the markup already holds them)."""
    payload = "".join(_flight_chunks(text)).encode("utf-8", "replace")
    fragments = []
    for row in _FLIGHT_TEXT_ROW.finditer(payload):
        size = int(row.group(1), 16)
        fragment = payload[row.end() : row.end() + size].decode("utf-8", "replace")
        if any(marker in fragment for marker in FLIGHT_HTML_MARKERS):
            fragments.append(fragment)
    return "\n".join(fragments) or None


def _flight_chunks(text: str) -> Iterator[str]:
    """The string literal of each `self.__next_f.push([1,"…"])`, decoded by the C JSON scanner:
    linear in time and memory (a regex for an escaped string keeps a backtracking frame per
    character, a gigabyte for a 9 MB literal)."""
    position = text.find(FLIGHT_MARKER)
    while position >= 0:
        start = position + len(FLIGHT_MARKER)
        if text.startswith(FLIGHT_TEXT_CHUNK, start):
            start += len(FLIGHT_TEXT_CHUNK)
            if text.startswith('"', start):
                try:
                    value, start = _JSON.raw_decode(text, start)
                except ValueError:
                    value = None
                if isinstance(value, str):
                    yield value
        position = text.find(FLIGHT_MARKER, start)
