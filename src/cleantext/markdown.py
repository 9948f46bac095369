"""Markdown in: text that a crawler or an HTML-to-Markdown tool made of a page (html2text,
markdownify, the readers that feed language models) is rewritten as the HTML it stands for,
and read by the HTML path.

Markdown keeps what plain text loses: which words were links (a menu, a teaser list, a share
bar are mostly links), which lines were headings (the headline is the `# ` line) and list
items. Read as plain text, its link targets and image addresses counted as words and its menus
as prose: body F1 on the first 100 pages of fundus, flattened by markdownify, 0.56; read as
the HTML it stands for, 0.77 (docs/algorithm.md).

Only the syntax such tools write is read: ATX (`# `) and Setext (`===`) headings, paragraphs,
list items, block quotes, fenced code, inline links and images, emphasis. Every pattern is
bounded or a plain search, so a line of any length is read in linear time.
"""

from __future__ import annotations

import html
import re

MIN_LINKS = 3
"""Inline links or images (`[text](url)`, `![alt](src)`; the address an address: `_ADDRESS`)
a text must hold to be read as Markdown, or `MIN_LINKS_WITH_HEADING` and an ATX heading
line: flattened plain text has none (the other three flatteners of `benchmarks.flattened`,
2,623 flattenings of eval pages: not one), a page of Markdown has dozens."""
MIN_LINKS_WITH_HEADING = 1
SNIFF_CHARS = 100_000
"""The start of the text searched for links and headings (`looks_like_markdown`)."""
MAX_LINK_TEXT_CHARS = 1_000
"""A link's text longer than this is not read as a link (nor is a longer address,
`MAX_LINK_URL_CHARS`): the bound that keeps the search of a line of brackets linear."""
MAX_LINK_URL_CHARS = 2_000
_LINK = re.compile(
    rf"(!?)\[([^\[\]]{{0,{MAX_LINK_TEXT_CHARS}}})\]"
    rf"\(\s{{0,20}}<?([^\s()<>]{{0,{MAX_LINK_URL_CHARS}}})>?"
    r"(?:\s{1,20}\"[^\"\n]{0,300}\")?\s{0,20}\)"
)
"""An inline link or image: `[text](url "title")`, `![alt](src)`."""
_EMPHASIS = re.compile(r"\*\*|__|(?<![\w*])\*(?=[^\s*])|(?<=[^\s*])\*(?![\w*])")
"""Emphasis marks: `**` and `__` anywhere, a `*` opening or closing a word (`*so*`); not a
`*` between spaces (`5 * 3`) or inside a word, nor a single `_` (`snake_case`)."""
_ADDRESS = re.compile(r"(?:https?:|mailto:|www\.|\.{0,2}/|#)", re.IGNORECASE)
"""How a link's address starts for the link to count as Markdown's (`looks_like_markdown`):
`a[i](j)` in a text about code is no link."""
_LINE_BREAK = "<br>\n"
"""Between a paragraph's lines: a line break, the text still split at it (inside a link too)."""
_ATX_HEADING = re.compile(r"(#{1,6})[ \t]+(.*)")
_SETEXT_UNDERLINE = re.compile(r"(?:=+|-+)[ \t]*$")
_ITEM = re.compile(r"[ \t]{0,12}(?:[*+-]|\d{1,9}[.)])[ \t]+(.*)$")
_QUOTE = re.compile(r"[ \t]{0,3}>[ \t]?(.*)$")
_FENCE = re.compile(r"[ \t]{0,3}(?:```|~~~)")
_RULE = re.compile(r"[ \t]{0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$")
_REFERENCE = re.compile(r"[ \t]{0,3}\[[^\]\n]{1,200}\]:[ \t]*\S")
"""A reference-style link's definition (`[1]: https://…`): an address, no text."""
_HEADING_LINE = re.compile(r"^(#{1,6})[ \t]+\S", re.MULTILINE)
"""An ATX heading line starting the line, its marks the group: `looks_like_markdown` and
`_top_heading_level`."""
_SETEXT_TOP = re.compile(r"^[ \t]{0,3}=+[ \t]*$", re.MULTILINE)


def looks_like_markdown(text: str) -> bool:
    """Whether plain text is Markdown: `MIN_LINKS` inline links or images, or one with an ATX
    heading line, in its first `SNIFF_CHARS` characters."""
    sample = text[:SNIFF_CHARS]
    if "](" not in sample:
        return False
    links = 0
    for link in _LINK.finditer(sample):
        links += _ADDRESS.match(link[3]) is not None
        if links >= MIN_LINKS:
            return True
    return links >= MIN_LINKS_WITH_HEADING and _HEADING_LINE.search(sample) is not None


def markdown_to_html(text: str) -> str:
    """The HTML that Markdown text stands for: a block element for each heading, paragraph,
    list item, quote and code block; links as `<a>`; images, rules and reference definitions
    dropped (an image's alt text is no text of the page)."""
    shift = _top_heading_level(text) - 1
    parts = ["<html><body>"]
    paragraph: list[str] = []
    fence: list[str] | None = None
    in_list = False

    def end_paragraph() -> None:
        # read whole: a link may wrap over lines (html2text wraps at 78 columns)
        lines = [line for line in _inline("\n".join(paragraph)).split("\n") if line.strip()]
        if lines:  # a line of images alone is no paragraph
            parts.append(f"<p>{_LINE_BREAK.join(lines)}</p>")
        paragraph.clear()

    def end_list() -> None:
        nonlocal in_list
        if in_list:
            parts.append("</ul>")
            in_list = False

    for line in text.splitlines():
        if fence is not None:
            if _FENCE.match(line):
                parts.append(f"<pre>{html.escape(chr(10).join(fence))}</pre>")
                fence = None
            else:
                fence.append(line)
            continue
        if _FENCE.match(line):
            end_paragraph()
            end_list()
            fence = []
            continue
        stripped = line.strip()
        if paragraph and len(paragraph) == 1 and _SETEXT_UNDERLINE.match(stripped):
            level = 1 if stripped[0] == "=" else 2
            parts.append(f"<h{level}>{_inline(paragraph.pop())}</h{level}>")
            continue
        if not stripped or _RULE.match(line) or _REFERENCE.match(line):
            end_paragraph()
            end_list()
            continue
        if heading := _ATX_HEADING.match(stripped):
            end_paragraph()
            end_list()
            level = max(1, len(heading[1]) - shift)  # an indented `#` line counts no level
            parts.append(f"<h{level}>{_inline(_without_closing_marks(heading[2]))}</h{level}>")
        elif item := _ITEM.match(line):
            end_paragraph()
            if not in_list:
                parts.append("<ul>")
                in_list = True
            parts.append(f"<li>{_inline(item[1])}</li>")
        elif quote := _QUOTE.match(line):
            end_paragraph()
            end_list()
            parts.append(f"<blockquote>{_inline(quote[1])}</blockquote>")
        else:
            end_list()
            paragraph.append(stripped)
    end_paragraph()
    end_list()
    if fence:
        parts.append(f"<pre>{html.escape(chr(10).join(fence))}</pre>")
    parts.append("</body></html>")
    return "\n".join(parts)


def _top_heading_level(text: str) -> int:
    """The level of the text's highest heading, which is written as `<h1>`: a page whose
    headline was an `<h2>` (its `<h1>` a logo, which Markdown keeps as an image) comes out
    with no `#` line, and the headline is read from its `<h1>`. 1 with a Setext `===` heading."""
    if _SETEXT_TOP.search(text):
        return 1
    return min((len(found[1]) for found in _HEADING_LINE.finditer(text)), default=1)


def _without_closing_marks(text: str) -> str:
    """An ATX heading's text without its optional closing `#`s (`# Title ##`), which follow a
    space (`# C#` keeps its own)."""
    text = text.rstrip()
    head = text.rstrip("#")
    return head.rstrip() if head != text and (not head or head[-1] in " \t") else text


def _inline(text: str) -> str:
    """A line's inline Markdown as HTML: links kept as `<a>`, images dropped, emphasis marks
    removed, everything else escaped."""
    out: list[str] = []
    position = 0
    for link in _LINK.finditer(text):
        out.append(_plain(text[position : link.start()]))
        if not link[1]:  # a link; an image (`![alt](src)`, `link[1]` its `!`) is dropped
            out.append(f'<a href="{html.escape(link[3])}">{_plain(link[2])}</a>')
        position = link.end()
    out.append(_plain(text[position:]))
    return "".join(out)


def _plain(text: str) -> str:
    """Text without its emphasis marks, escaped for HTML."""
    return html.escape(_EMPHASIS.sub("", text))
