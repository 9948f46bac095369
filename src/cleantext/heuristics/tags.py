"""HTML tag sets (and the inline styles) that decide how the tree is cut into blocks."""

from __future__ import annotations

import re

import regex

SKIP_TAGS = frozenset(
    {
        "head",
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "annotation",
        "annotation-xml",
        "iframe",
        "embed",
        "canvas",
        "video",
        "audio",
        "map",
        "label",
        "legend",
        "select",
        "textarea",
        "button",
        "input",
        "option",
        "datalist",
        "dialog",
        "title",
    }
)
"""Subtrees whose text a reader never sees as page text (or sees only as controls). A <title>
misplaced in the body (cleaneval's `<text>` wrapper) is still not displayed. Not <object>: its
children are the fallback that browsers show when they cannot run the plugin, which for Flash
is every browser now (a video's caption, an embedded post's text). Not <math> either: MathML is
displayed, only its source annotations (the TeX it was made from) are not."""

BLOCK_TAGS = frozenset(
    {
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "center",
        "dd",
        "details",
        "dir",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hgroup",
        "hr",
        "html",
        "li",
        "main",
        "menu",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "caption",
        "ul",
        "frameset",
        "frame",
        "noframes",
    }
)
"""Elements that start and end a block: text on either side of them is never joined."""

HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
LIST_ITEM_TAGS = frozenset({"li", "dt", "dd"})
QUOTE_TAGS = frozenset({"blockquote"})
CODE_TAGS = frozenset({"pre"})
TABLE_CELL_TAGS = frozenset({"td", "th"})
HEADER_CELL_TAGS = frozenset({"th"})
"""A table's header cells: in a data table a row header names the row's subject."""
CAPTION_TAGS = frozenset({"figcaption", "caption"})
PARAGRAPH_TAGS = frozenset({"p"})

ARTICLE_TAGS = frozenset({"article", "main"})
"""Elements that declare the main content of a page."""

NAV_TAGS = frozenset({"nav"})
CHROME_TAGS = frozenset({"header", "footer", "aside"})
"""Page furniture, unless it sits inside the article (an article's own <header> holds its title)."""

FORM_TAGS = frozenset({"form"})
LINK_TAGS = frozenset({"a"})
LINE_BREAK_TAGS = frozenset({"br"})

TRANSPARENT_TAGS = frozenset(
    {
        "span",
        "b",
        "i",
        "em",
        "strong",
        "font",
        "small",
        "big",
        "u",
        "s",
        "strike",
        "sub",
        "sup",
        "abbr",
        "cite",
        "mark",
        "q",
        "time",
        "var",
        "kbd",
        "samp",
        "dfn",
        "tt",
        "nobr",
        "ins",
        "del",
        "bdi",
        "bdo",
        "wbr",
        "data",
    }
)
"""Inline formatting: without attributes it changes nothing but the look of its text."""

PAGE_TAGS = frozenset({"html", "body"})
"""The page itself, never judged as furniture: sites put dozens of feature-flag classes on
<body> (`f_comments_on`)."""

LIST_TAGS = frozenset({"ul", "ol", "dl", "menu"})
TABLE_TAGS = frozenset({"table"})
REFERENCE_TABLE_TAGS = frozenset({"table"})
"""Elements on which a fact-box name (`tokens.FACT_BOX`) marks reference data, not a box set
apart from the story: a wiki's `<table class="infobox">` is the article's key facts (founded,
founder, products), kept by the truths that keep tables; news fact boxes are `<div>`s and
`<aside>`s."""
REVEALABLE_TAGS = frozenset({"noscript"})
"""Skipped tags whose text the retry reads: forum software (Discourse) serves the whole thread
inside <noscript> and builds the visible page with a script."""
FORM_CONTROL_TAGS = frozenset({"button", "label", "legend", "select"})
"""Skipped tags that a parser may wrap around the page: after an unclosed `<button>` libxml2
nests everything that follows inside it (the whole <main> of a wcxb page)."""
SCRIPT_TAGS = ("script", "style", "noscript", "template", "svg")
"""Unseen subtrees whose text is code, not words: kept out of a collapsed container's text."""
TAB_ROLES = frozenset({"tab"})
"""Controls whose hidden panels stay hidden: a product page's warranty and shipping tabs are
not its text as often as they are (see tokens.DISCLOSURE_RE)."""

HIDDEN_STYLE_RE = regex.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", regex.IGNORECASE)
"""An inline style that hides the element: its text is not shown."""
INLINE_DISPLAY_RE = re.compile(r"display\s*:\s*(?:-[a-z]+-)?inline", re.IGNORECASE)
"""An inline style that lays the element out in the line (`inline`, `inline-block`,
`-webkit-inline-box`): a browser shows it within the text around it, not as a block."""
