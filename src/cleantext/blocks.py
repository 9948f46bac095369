"""The tokenizer: cut a page into blocks in one walk over the tree (or over the lines of text).

Block boundaries are block-level elements and double line breaks; inline elements only add
text. While walking, every element that holds anything is judged once by `noise.judge` and
its furniture verdict is inherited by the blocks inside; after a block is cut,
`noise.text_noise` judges its text. The walk is iterative (deep trees cannot overflow the
stack) and never changes the tree.
"""

from __future__ import annotations

import collections
import functools
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from lxml import etree

from . import noise
from ._text import clean_inline, collapse_spaces, strip_unwanted, trim_lines, words
from .heuristics.phrases import SENTENCE_END_RE, TEXT_CLOSED_LINE_RE, TEXT_OPEN_LINE_ENDS
from .heuristics.tags import (
    ARTICLE_TAGS,
    BLOCK_TAGS,
    CAPTION_TAGS,
    CODE_TAGS,
    FORM_CONTROL_TAGS,
    FORM_TAGS,
    HEADING_TAGS,
    INLINE_DISPLAY_RE,
    LINE_BREAK_TAGS,
    LINK_TAGS,
    LIST_ITEM_TAGS,
    LIST_TAGS,
    PARAGRAPH_TAGS,
    QUOTE_TAGS,
    REVEALABLE_TAGS,
    SCRIPT_TAGS,
    SKIP_TAGS,
    TAB_ROLES,
    TABLE_CELL_TAGS,
    TABLE_TAGS,
    TRANSPARENT_TAGS,
)
from .heuristics.thresholds import (
    PARAGRAPH_BREAKS,
    TEXT_LINE_BLOCK_CHARS,
    TEXT_STACKED_MAX_RUN_ON_SHARE,
    TEXT_STACKED_MIN_LINES,
    TEXT_WRAP_MIN_WORDS,
    TEXT_WRAP_NEXT_MIN_WORDS,
    Thresholds,
)
from .heuristics.tokens import ANCHOR_HEADING_REACH
from .result import BlockKind, Label

# Enum members read once, as module names: reading one off its class costs ten times a
# global's on CPython 3.11 (see `classify`; tests/test_member_reads.py).
HEADING, PARAGRAPH, LIST_ITEM = BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.LIST_ITEM
QUOTE, CODE, TABLE = BlockKind.QUOTE, BlockKind.CODE, BlockKind.TABLE
CAPTION, LINE = BlockKind.CAPTION, BlockKind.LINE

PATH_DEPTH = 8
"""Ancestors named in a block's path: enough to locate it, bounded for very deep trees."""
MAX_PARAGRAPH_CHARS = 100_000
"""A block longer than this is not a paragraph anyone wrote (about 15,000 words; the longest
block of the 3,066 evaluation pages has 33,000 characters, a menu, the longest content block
25,000): it is a dump, a text node of data or an element left open over the rest of a page."""
MAX_TEXT_LINES = 200_000
"""Plain text is read up to this many lines (`cut_text_lines`). Every blank-line paragraph of
plain text is a block, and a line a noise detector knows is one too, so its blocks can be far
smaller than markup's (`<div>x</div>` is 12 characters, `x` and a blank line 3): 700,000
three-character paragraphs (3.5 MB, under `max_markup_chars`) took 10 s of CPU and 900 MB.
At most 200,000 lines is at most about 100,000 such blocks; a text that long is no page
(`max_markup_chars` of prose, at 60 characters a line, is 67,000 lines)."""
_LINE_BREAK = re.compile(r"\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]")
"""The line breaks of `str.splitlines`, which `tokenize_text` splits at."""
MAX_UNFOLDED = 32
"""Furniture nested in this many furniture containers that were read whole and walked anyway
(long prose, or the article inside: `_Walker.collapse`) is walked without being read whole
first. Each such reading costs the container's whole subtree: a page of 500 unclosed
`<div class="share">` around prose (a template repeated, a copy-paste accident) was read 500
times over, quadratic (880 KB took 5.7 s of CPU, 1.75 MB 22 s). The evaluation pages nest up
to 15 (a furniture container made one block inside 14 others): twice that keeps them all."""
COLLAPSIBLE = frozenset(
    {Label.MENU, Label.RELATED, Label.SHARE, Label.AD, Label.COOKIE, Label.NEWSLETTER}
)
"""Furniture read as one block when it is not prose. Not header/footer chrome (it may hold the
dateline or byline) nor comments (prose)."""
WHOLE_LINE_LABELS = frozenset({Label.DATELINE, Label.MEDIA_TIMESTAMP, Label.ICON_RUN})
"""Plain text: verdicts of detectors that a whole line must match (a date and its words, a
player's times, an icon run), kept for a line that seems to run on into its neighbour: no
line of wrapped prose is one. The phrase detectors (a consent notice, a newsletter prompt)
find their phrase anywhere in a line, which a line of wrapped prose may quote."""
HREF = "href"
"""The attribute that makes an `<a>` a link to somewhere."""
TARGET_NAME = "name"
"""An `<a name>` without `href` goes nowhere: it is a target of other links, which old
templates wrap around headings and whole paragraphs, and its text is not link text
(`_target`). An `<a>` with neither is a link all the same: a script gives it its target
(`role="button"`, a framework's click handler)."""
CONTROLS = "aria-controls"
"""The ids of the panels a disclosure button opens."""
EXPANDED = "aria-expanded"
"""A disclosure button's state: `false` while the panel it opens is collapsed."""
COLLAPSED_STATE = "false"
"""The `aria-expanded` value of a button whose panel is closed: a button that names no panel
(`aria-controls`) opens the one that follows it, as WAI-ARIA's disclosure and accordion
patterns place it (`_after_collapsed_button`)."""
DISCLOSED_MIN_WORDS = 10
"""Fewer words than this in the hidden element after a collapsed button make it a tooltip or a
label (a bookmark button's `Read Later`), not a panel of text the button opens."""
READER_FORM_MAX_CHARS = 2000
"""A form with a text box holding more text than this wraps a page or an article (the comment
forms of the eval pages hold 500 characters or fewer nine times in ten, their labels and
notices; the forms past 4,000 are whole pages)."""
MISPARSED_MIN_BLOCKS = 3
"""A form control holding this many paragraphs or article elements is a parse accident."""


class Context:
    """What an element's descendants inherit. Shared by reference: most elements change
    nothing, and a new Context is made only where one does (a heading, a list, a link…)."""

    __slots__ = (
        "caption",
        "entered",
        "group",
        "heading",
        "in_article",
        "link",
        "list_depth",
        "noise",
        "pre",
        "quote",
        "table",
        "unfolded",
    )

    def __init__(self) -> None:
        self.in_article = False
        self.heading = self.list_depth = 0
        self.quote = self.pre = self.table = self.caption = self.link = False
        self.noise: tuple[tuple[Node, noise.Verdict], ...] = ()
        self.group: Node | None = None
        """The innermost list or table: its items and cells are decided together."""
        self.entered: dict[str, Context] | None = None
        """The contexts `inside` made from this one, by tag."""
        self.unfolded = 0
        """Furniture ancestors whose whole text was read and that were walked anyway
        (`_Walker.collapse`); at MAX_UNFOLDED, furniture inside is no longer read whole."""

    def copy(self) -> Context:
        new = Context.__new__(Context)
        new.in_article, new.heading, new.list_depth = self.in_article, self.heading, self.list_depth
        new.quote, new.pre, new.table = self.quote, self.pre, self.table
        new.caption, new.link, new.noise, new.group = (
            self.caption,
            self.link,
            self.noise,
            self.group,
        )
        new.entered = None
        new.unfolded = self.unfolded
        return new

    def inside(self, tag: str) -> Context:
        """The context inside a `tag` element that changes only what its tag does
        (TAG_CONTEXT), made once per context and tag: the links of a menu, the cells of a
        row share one instead of a copy each. Contexts are not changed once made."""
        entered = self.entered
        if entered is None:
            entered = self.entered = {}
        ctx = entered.get(tag)
        if ctx is None:
            ctx = entered[tag] = self.copy()
            TAG_CONTEXT[tag](ctx, tag)
        return ctx


class Node:
    """One element seen during the walk: `tag`, `parent` (None at the root), `ctx` (what its
    descendants inherit), `index` (its place in `Tokens.nodes`), `end` (the index of its last
    descendant: descendants are exactly the nodes in [index, end]), `name` (its tag and first
    class name, for block paths) and `prose` (content evidence of the blocks inside, filled in
    by the classifier).

    No `__init__`: the walk fills the slots of a bare instance (`_Walker.open`). CPython 3.11
    runs a class's `__init__` in an interpreter frame of its own, which cost 950 more
    instructions a node than the slots filled in place, and a page's walk makes about 340."""

    __slots__ = ("ctx", "end", "index", "name", "parent", "prose", "tag")

    tag: str
    parent: Node | None
    ctx: Context
    index: int
    end: int
    name: str
    prose: float


@dataclass(slots=True, init=False)
class RawBlock:
    """A block as the tokenizer cut it: text, structure, and the noise verdicts it carries."""

    text: str
    kind: BlockKind
    level: int
    node: Node | None
    """Innermost element the block's text belongs to (None for plain-text input)."""
    link_chars: int
    in_article: bool
    container_noise: tuple[tuple[Node, noise.Verdict], ...]
    """Furniture verdicts of its ancestors, innermost last."""
    text_noise: noise.Verdict | None
    group: Node | None
    """The innermost list or table the block is an item or cell of: decided together."""
    link_density: float
    """Linked characters per character of text. Stored, not a property: the classifier reads
    it ten times a block, and a block's text and links never change once it is cut."""

    tokens: list[str] | None = field(repr=False)
    sentence_ends: int | None = field(repr=False)

    def __init__(
        self,
        text: str,
        kind: BlockKind,
        level: int,
        node: Node | None,
        link_chars: int = 0,
        in_article: bool = False,
        container_noise: tuple[tuple[Node, noise.Verdict], ...] = (),
        text_noise: noise.Verdict | None = None,
        group: Node | None = None,
    ) -> None:
        self.text = text
        self.kind = kind
        self.level = level
        self.node = node
        self.link_chars = link_chars
        self.in_article = in_article
        self.container_noise = container_noise
        self.text_noise = text_noise
        self.group = group
        self.link_density = link_chars / len(text) if text else 0.0
        self.tokens = None
        self.sentence_ends = None

    def words(self) -> list[str]:
        """The block's word tokens, computed once (the language vote and the scorer share them);
        of its first `MAX_PARAGRAPH_CHARS` only: what they are read for (the share of stop
        words, the language, whether there are a few words or more) a sample tells as well, and
        a 4 MB text node's 800,000 words would cost 50 MB."""
        if self.tokens is None:
            self.tokens = words(self.text[:MAX_PARAGRAPH_CHARS])
        return self.tokens

    def sentences(self) -> int:
        """How many sentence ends the text holds, counted once (the classifier's noise pass
        and its scorer both read it)."""
        if self.sentence_ends is None:
            self.sentence_ends = len(SENTENCE_END_RE.findall(self.text))
        return self.sentence_ends

    def path(self) -> str:
        """`Block.path`: the names of its element and the ancestors below <html>, outermost
        first, `PATH_DEPTH` at most (`…` for the rest); a bounded loop, for every block."""
        names: list[str] = []
        node = self.node
        for _ in range(PATH_DEPTH):
            if node is None or node.tag == "html":
                break
            names.append(node.name)
            node = node.parent
        if node is not None and node.tag != "html":
            names.append("…")
        names.reverse()
        return ">".join(names)


@dataclass(slots=True)
class Tokens:
    """The tokenizer's output: blocks in document order and every element node (for regions)."""

    blocks: list[RawBlock]
    nodes: list[Node]
    hidden: int = 0
    """How many hidden or <noscript> subtrees were skipped (a page may hide its whole article
    until a script reveals it: then `tokenize(..., reveal_hidden=True)` is the retry)."""
    flat: bool = False
    """The tree was written from text (Markdown): every block a child of `<body>`, so its
    elements tell no region, and the plain-text region (`classify.bound_text_region`) bounds
    the article instead."""


def _anchor_id(element: etree._Element, tag: str, identifier: str) -> bool:
    """Whether the element's id (`identifier`) is the slug of its heading (its own text when it
    is a heading, else the first heading among its first descendants): a link target, not a
    widget name."""
    named = noise.slug_words(identifier)
    if not named:
        return False
    heading = element if tag in HEADING_TAGS else None
    if heading is None:
        for descendant in itertools.islice(element.iterdescendants(), ANCHOR_HEADING_REACH):
            if descendant.tag in HEADING_TAGS:
                heading = descendant
                break
    return heading is not None and noise.is_heading_anchor(named, _text_of(heading))


ShapeJudgements = collections.defaultdict[str, dict[str, noise.Judgement | None]]
"""Element judgements by tag, then by class string (`_Walker.shapes`)."""
_judged_by_class = noise.JUDGED_BESIDES_CLASS.isdisjoint
"""Whether an element's attributes hold none that `judge` reads besides `class` (bound once:
the module attribute and the method looked up for each element cost a tenth of the test)."""


class _Walker:
    """State of one walk: the open elements and the text of the block being built.

    The block's text is kept as lines (split at single `<br>`), each with its link
    characters, so that a dateline or byline written on its own line inside a paragraph
    (`<b>Title</b><br>Posted 15th February 2005<br>…`) can be cut out as a block of its own.
    """

    def __init__(self, limits: Thresholds, reveal_hidden: bool) -> None:
        self.limits = limits
        self.reveal_hidden = reveal_hidden
        self.hidden = 0
        self.collapsed: set[str] = set()
        """Ids of the panels a disclosure button controls (`aria-controls="answer-1"`): hidden
        until the reader opens them, yet page text."""
        self.root = Context()
        """The context of the tree's root (each walk has its own: contexts keep the ones
        made from them)."""
        self.blocks: list[RawBlock] = []
        self.nodes: list[Node] = []
        self.lines: list[tuple[list[str], int]] = []
        self.parts: list[str] = []
        self.link_chars = 0
        self.owner: Node | None = None
        self.breaks = 0
        self.shapes: tuple[ShapeJudgements, ShapeJudgements] = (
            collections.defaultdict(dict),
            collections.defaultdict(dict),
        )
        """The judgements of elements with no attribute the judge reads but the class
        (`noise.JUDGED_BESIDES_CLASS`; none at all, a fifth of a page's elements), by tag and
        class string, outside and inside the article: a page repeats them (`<p>`, `<li
        class="item">`, `<a href>`), and a call of the judge costs about 4,900 instructions, the
        test and the lookup here 2,000."""

    def add_text(self, text: str, node: Node) -> None:
        """Append text to the block being built; whitespace alone never starts a block."""
        if text.isspace():
            if self.owner is not None:
                self.parts.append(text)
            return
        if self.owner is None:
            self.owner = node
        self.parts.append(text)
        self.breaks = 0
        if node.ctx.link:
            shown = text.strip()
            if "  " in shown or not shown.isprintable():  # a line break, a run of spaces
                shown = collapse_spaces(shown)
            self.link_chars += len(shown)

    def line_break(self, node: Node) -> None:
        """`<br>`: a new line inside a block; two in a row end the block (old-style paragraphs).
        Before the block's first text it breaks nothing: an empty first line would be taken
        for the text of a `<pre>` that follows."""
        if node.ctx.pre:
            self.add_text("\n", node)
            return
        if self.owner is None:
            return
        self.breaks += 1
        if self.breaks >= PARAGRAPH_BREAKS:
            self.flush()
        else:
            self.lines.append((self.parts, self.link_chars))
            self.parts, self.link_chars = [], 0
            self.breaks = 1

    def flush(self) -> None:
        owner = self.owner
        if owner is not None and not self.lines and not owner.ctx.pre:
            # a block of one line (no `<br>` inside, the common case): nothing to cut out or join
            text = clean_inline("".join(self.parts))
            link_chars = self.link_chars
            self.parts, self.link_chars, self.owner, self.breaks = [], 0, None, 0
            if text:
                self._emit(owner, text, link_chars, noise.text_noise(text, self.limits))
            return
        lines = [*self.lines, (self.parts, self.link_chars)]
        self.lines, self.parts, self.link_chars, self.owner, self.breaks = [], [], 0, None, 0
        if owner is None:
            return
        if owner.ctx.pre:
            self._emit(owner, trim_lines(strip_unwanted("".join(lines[0][0]))), lines[0][1], None)
            return
        pending: list[tuple[str, int]] = []
        for parts, link_chars in lines:
            text = clean_inline("".join(parts))
            if not text:
                continue
            verdict = noise.text_noise(text, self.limits) if len(lines) > 1 else None
            if verdict is None:
                pending.append((text, link_chars))
                continue
            self._emit_joined(owner, pending)
            self._emit(owner, text, link_chars, verdict)
        self._emit_joined(owner, pending)

    def _emit_joined(self, owner: Node, pending: list[tuple[str, int]]) -> None:
        if pending:
            text = " ".join(text for text, _ in pending)
            self._emit(
                owner, text, sum(links for _, links in pending), noise.text_noise(text, self.limits)
            )
            pending.clear()

    def _emit(self, owner: Node, text: str, link_chars: int, verdict: noise.Verdict | None) -> None:
        """Append a block of `owner`'s. Its slots are filled here, as `RawBlock.__init__` would:
        that runs in an interpreter frame of its own (CPython 3.11), 1,400 instructions more
        a block, about 100 a page (see `Node`)."""
        if not text:
            return
        ctx = owner.ctx
        block = RawBlock.__new__(RawBlock)
        block.text = text
        block.level = 0
        if ctx.pre:  # preformatted text keeps its line breaks, whatever else it is inside
            block.kind = CODE
        elif ctx.heading:
            block.kind, block.level = HEADING, ctx.heading
        elif ctx.caption:
            block.kind = CAPTION
        elif owner.tag in LIST_ITEM_TAGS or (ctx.list_depth and owner.tag not in PARAGRAPH_TAGS):
            block.kind, block.level = LIST_ITEM, ctx.list_depth
        elif ctx.quote:
            block.kind = QUOTE
        elif ctx.table:
            block.kind = TABLE
        else:
            block.kind = PARAGRAPH
        block.node = owner
        block.link_chars = link_chars = link_chars if link_chars < len(text) else len(text)
        block.in_article = ctx.in_article
        block.container_noise = ctx.noise
        block.text_noise = verdict
        block.group = ctx.group
        block.link_density = link_chars / len(text)
        block.tokens = block.sentence_ends = None
        self.blocks.append(block)

    def collapse(self, element: etree._Element, node: Node) -> bool:
        """Read a furniture container that is not prose as one block, in one C-level call.

        Menus, share bars, related-link lists, ads and consent boxes are most of a modern
        page's elements; walking them one by one costs more than the rest of the pipeline.
        A container whose text is long and mostly unlinked is walked as usual: it may be a
        mis-named wrapper of the article (the classifier then weighs its verdict). A "tab list"
        whose text is long is a whole tab widget, panels included: walked without the verdict;
        so is a read-more container of long prose (`Verdict.expander`): text a reader expands.
        Called for a block element judged furniture itself (the last verdict of its chain).
        """
        noise_chain = node.ctx.noise
        verdict = noise_chain[-1][1]
        if verdict.label not in COLLAPSIBLE or node.ctx.unfolded >= MAX_UNFOLDED:
            return False
        node.ctx.unfolded += 1  # its own context: it has a verdict
        if _holds_article(element):
            return False
        text = clean_inline(_seen_text_of(element))
        if verdict is noise.TAB_LIST and len(text) >= self.limits.long_chars:
            node.ctx.noise = noise_chain[:-1]
            return False
        links = sum(map(len, map(clean_inline, map(_text_within, element.iter("a")))))
        if len(text) >= self.limits.long_chars and links < self.limits.max_link_density * len(text):
            if verdict.expander:
                node.ctx.noise = noise_chain[:-1]
            return False
        self._emit(node, text, links, verdict)
        return True

    def open(
        self, element: etree._Element, tag: str, attributes: dict[str, str], parent: Node | None
    ) -> Node | None:
        """A Node for the element, or None when it is hidden (its subtree is skipped)."""
        inherited = parent.ctx if parent is not None else self.root
        node = Node()
        node.tag = node.name = tag
        node.parent = parent
        node.ctx = inherited
        node.index = node.end = len(self.nodes)
        node.prose = 0.0
        identifier = None
        if _judged_by_class(attributes):  # no id, no hiding attribute: `<p>`, `<a href>`
            by_class = self.shapes[inherited.in_article][tag]
            classes = attributes.get("class", "")  # `judge` reads an empty one as none
            if classes in by_class:
                judged = by_class[classes]
            else:
                judged = by_class[classes] = noise.judge(tag, attributes, inherited.in_article)
        else:
            judged = noise.judge(tag, attributes, inherited.in_article)
            identifier = attributes.get("id")
            if (
                identifier
                and judged is not None
                and judged.verdict is not None
                and _anchor_id(element, tag, identifier)
            ):
                attributes = {name: value for name, value in attributes.items() if name != "id"}
                judged = noise.judge(tag, attributes, inherited.in_article)
        if judged is not None and judged.hidden:
            if identifier in self.collapsed:
                judged = noise.judge_shown(tag, attributes, inherited.in_article)
            elif _after_collapsed_button(element):
                opened = noise.judge_disclosed(tag, attributes, inherited.in_article)
                # a panel of text; a dropdown menu or a tooltip stays folded away
                if (opened is None or not (opened.hidden or opened.verdict)) and len(
                    words(_seen_text_of(element))
                ) >= DISCLOSED_MIN_WORDS:
                    judged = opened
        if judged is not None and inherited.pre and not judged.hidden:
            judged = None  # a syntax highlighter's token classes (`token comment`), not furniture
        if judged is not None:
            if judged.hidden:
                self.hidden += 1
                if not self.reveal_hidden:
                    return None
            if judged.name:
                node.name = f"{tag}.{judged.name}"
        self.nodes.append(node)
        if tag in FORM_TAGS and (judged is None or judged.verdict is None) and _writes(element):
            judged = (judged or noise.UNNAMED)._replace(verdict=noise.READER_FORM)
        # a named anchor (`<a name>`) is a link target: its context is its parent's
        changes = tag in TAG_CONTEXT and (tag not in LINK_TAGS or not _target(attributes))
        if judged is None or not (judged.article or judged.verdict or judged.caption):
            if changes:
                node.ctx = inherited.inside(tag)
            elif tag in GROUP_TAGS:
                node.ctx = inherited.copy()
                _group(node.ctx, node, tag)
            return node
        ctx = node.ctx = inherited.copy()
        ctx.in_article = ctx.in_article or judged.article
        # a caption class is trusted inside an article only, WordPress's anywhere
        trusted = judged.certain_caption or (judged.caption and ctx.in_article)
        ctx.caption = ctx.caption or trusted
        if judged.verdict is not None:
            ctx.noise = (*ctx.noise, (node, judged.verdict))
        if changes:
            TAG_CONTEXT[tag](ctx, tag)
        elif tag in GROUP_TAGS:
            _group(ctx, node, tag)
        return node


_text_of: Callable[[etree._Element], str] = functools.partial(
    etree.tostring, method="text", encoding="unicode", with_tail=False
)
"""All text inside the element (its tail left out), serialized by libxml2 in one C call: 3 to
10 times faster than joining `itertext()`, which makes a Python string of each text node, and
no Python frame per call."""


def _text_within(element: etree._Element) -> str:
    """`_text_of`, read as the element's `text` when it has no children: three links in four of
    the menus `_Walker.collapse` measures hold their label alone (`<a href>Home</a>`), and the
    attribute costs a third of a serializer call. (`len` counts comments too: a childless
    element's only text is its `text`.)"""
    return (element.text or "") if not len(element) else _text_of(element)


def _seen_text_of(element: etree._Element) -> str:
    """The element's text without its scripts' (a menu's inline analytics script). One
    C-level pass when it holds no script, style, template or inline SVG; otherwise the text
    outside every subtree the tokenizer skips (form controls too; a skipped element's tail is
    text) and outside comments (their tails are text).

    Only the elements on the way from the container to a skipped subtree are walked (`around`,
    found upwards from each skipped element, linear: each walk up stops at an element found
    before); every other child holds nothing skipped and is read by the serializer. A menu
    with one script or one icon is read in a few calls instead of an event per element."""
    if next(element.iter(*SCRIPT_TAGS), None) is None:
        return _text_of(element)
    if element.tag in SKIP_TAGS:
        return ""
    around = {element}
    for skipped in element.iter(*SKIP_TAGS):
        for ancestor in skipped.iterancestors():
            if ancestor in around:
                break
            around.add(ancestor)
    parts = [element.text or ""]
    stack = [(element, iter(element))]
    while stack:
        node, children = stack[-1]
        child = next(children, None)
        if child is None:  # the node's children read: its tail follows (not the container's)
            stack.pop()
            if node is not element and (tail := node.tail):
                parts.append(tail)
            continue
        tag = child.tag
        if child in around and tag not in SKIP_TAGS:
            if text := child.text:
                parts.append(text)
            stack.append((child, iter(child)))
            continue
        if type(tag) is str and tag not in SKIP_TAGS:  # not a comment, nothing skipped inside
            parts.append(_text_within(child))
        if tail := child.tail:
            parts.append(tail)
    return "".join(parts)


def _target(attributes: dict[str, str]) -> bool:
    """Whether an `<a>` is a named anchor: a `name` that names something (a letter or a digit;
    `name="#"` is a script's link with the placeholder of an `href`) and no `href`."""
    return HREF not in attributes and any(map(str.isalnum, attributes.get(TARGET_NAME, "")))


def _holds_content(element: etree._Element) -> bool:
    """Whether a form control wraps paragraphs: a parse accident, not a control. A real
    control's subtree is a few nodes, so the C-level search costs nothing."""
    found = element.iter("p", "article", "main")
    return len(list(itertools.islice(found, MISPARSED_MIN_BLOCKS))) >= MISPARSED_MIN_BLOCKS


def _writes(element: etree._Element) -> bool:
    """Whether a form is where readers write: it holds a text box (`<textarea>`) and little
    text, not a page wrapped in one form (ASP.NET wraps every page in `<form id="aspnetForm">`,
    some news sites their article): a comment or contact form, whose labels and notices
    (`Remember Me?`, `Allowed HTML: <a> <em>`) are never the article."""
    return (
        next(element.iter("textarea"), None) is not None
        and len(_seen_text_of(element)) < READER_FORM_MAX_CHARS
    )


def _holds_article(element: etree._Element) -> bool:
    """Whether the page's <main> or an <article> is inside: a menu left unclosed swallows the
    rest of the page (libxml2 nests it, as browsers do), and a site may wrap its whole page in
    a "navigation container"; its items are then walked one by one."""
    return next(element.iter(*ARTICLE_TAGS), None) is not None


def _heading(ctx: Context, tag: str) -> None:
    ctx.heading = int(tag[1])


def _cell(ctx: Context, tag: str) -> None:
    ctx.table = True


def _flag(name: str) -> Callable[[Context, str], None]:
    def change(ctx: Context, tag: str) -> None:
        setattr(ctx, name, True)

    return change


def _group(ctx: Context, node: Node, tag: str) -> None:
    """A list or a table: its items or cells are decided together, as the group `node`."""
    if tag in LIST_TAGS:
        ctx.list_depth += 1
    ctx.group = node


GROUP_TAGS = LIST_TAGS | TABLE_TAGS
"""Tags whose context names the element itself (`_group`): made for each one."""
TAG_CONTEXT: dict[str, Callable[[Context, str], None]] = {
    **dict.fromkeys(HEADING_TAGS, _heading),
    **dict.fromkeys(TABLE_CELL_TAGS, _cell),
    **dict.fromkeys(QUOTE_TAGS, _flag("quote")),
    **dict.fromkeys(CODE_TAGS, _flag("pre")),
    **dict.fromkeys(CAPTION_TAGS, _flag("caption")),
    **dict.fromkeys(LINK_TAGS, _flag("link")),
    **dict.fromkeys(ARTICLE_TAGS, _flag("in_article")),
}
"""What entering each special tag changes in the inherited context."""


def _styled_inline(style: str | None) -> bool:
    """Whether a block-level tag is laid out inline by its own style: a badge or an icon
    `<div>` that a template or a browser extension puts inside a sentence must not cut it."""
    return style is not None and "inline" in style and INLINE_DISPLAY_RE.search(style) is not None


def _after_collapsed_button(panel: etree._Element) -> bool:
    """Whether a hidden element is the panel a collapsed disclosure button naming none opens:
    the element right after the button, or after its wrapper when the button is the wrapper's
    last (a heading's button in WAI-ARIA's accordion, a `<div>` around a "Methodology" link).
    Not a tab's: a tab's panel is not its neighbour. Asked of hidden elements only, so the
    walk reads no other element's state."""
    before = _element_before(panel)
    if before is not None and before.get(EXPANDED) != COLLAPSED_STATE:
        before = _last_child(before) if len(before) else None  # the wrapper's last element
    return (
        before is not None
        and before.get(EXPANDED) == COLLAPSED_STATE
        and before.get(CONTROLS) is None
        and before.get("role") not in TAB_ROLES
    )


def _element_before(element: etree._Element) -> etree._Element | None:
    """The previous sibling that is an element (not a comment)."""
    before = element.getprevious()
    while before is not None and type(before.tag) is not str:
        before = before.getprevious()
    return before


def _last_child(element: etree._Element) -> etree._Element | None:
    """The last child that is an element (not a comment)."""
    last = element[-1]
    return last if type(last.tag) is str else _element_before(last)


def tokenize(root: etree._Element, limits: Thresholds, *, reveal_hidden: bool = False) -> Tokens:
    """Cut an HTML tree into blocks, judging containers and texts for noise on the way.

    Hidden elements and <noscript> are skipped unless `reveal_hidden` (the retry for pages
    that hide all their content until a script shows it: streamed server-side rendering,
    forums that serve the thread inside <noscript>). A panel that a disclosure button before
    it opens (an FAQ answer, an accordion; not a tab) is not hidden.
    """
    walker = _Walker(limits, reveal_hidden)
    stack: list[Node | None] = []
    """Open elements; None for a skipped or transparent one (its tail belongs to the parent)."""
    parent: Node | None = None
    inline_depth = 0
    """Open block-level elements laid out inline by their style: what they hold is in a line."""
    events = etree.iterwalk(root, events=("start", "end"))
    for event, element in events:
        if event == "end":
            closed = stack.pop()
            if closed is not None:
                closed.end = len(walker.nodes) - 1
                if closed.tag in BLOCK_TAGS:
                    if inline_depth and _styled_inline(element.get("style")):
                        inline_depth -= 1
                    elif walker.owner is not None and not inline_depth:
                        walker.flush()
                parent = closed.parent
            # most tails are the indentation between block elements, which starts no block
            # (`add_text`): not worth a call
            if (
                parent is not None
                and (tail := element.tail)
                and (walker.owner is not None or not tail.isspace())
            ):
                walker.add_text(tail, parent)
            continue
        tag = element.tag
        if type(tag) is not str:  # a comment or processing instruction: only its tail is text
            stack.append(None)
            continue
        attributes = None  # read only for an element that may get a node
        if parent is not None and (tag in TRANSPARENT_TAGS or tag in LINE_BREAK_TAGS):
            attributes = dict(element.items())
            if not attributes and tag in TRANSPARENT_TAGS:
                stack.append(None)  # plain inline formatting: its text is the parent's
                if text := element.text:
                    walker.add_text(text, parent)
                continue
            if not attributes:
                stack.append(None)  # a plain <br> needs no node: a page of a million of them
                walker.line_break(parent)  # would otherwise hold a million
                continue
        if tag in REVEALABLE_TAGS:
            walker.hidden += 1
        skipped = (
            tag in SKIP_TAGS
            and not (walker.reveal_hidden and tag in REVEALABLE_TAGS)
            and not (tag in FORM_CONTROL_TAGS and _holds_content(element))
        )
        # its text (a script's, a style sheet's) is never read
        text = None if skipped else element.text
        # an inline element without text or children (an image, a <meta> of microdata, an
        # icon <span>, an empty anchor) adds nothing to the blocks: its verdict would reach no
        # block and its tail is its parent's text, so it needs no node and no judgement (nor is
        # it counted hidden: showing it would reveal nothing); not a block element (it ends a
        # block) nor a <br>. A tenth of a page's elements; tested inline, not by a call each.
        if skipped or (
            not text
            and parent is not None
            and not len(element)
            and tag not in BLOCK_TAGS
            and tag not in LINE_BREAK_TAGS
        ):
            # a script, an image, a <meta>, an icon: no text, no block to cut; only the panels
            # it opens are read of its attributes (a button's), not all of them (an image's)
            if (controls := element.get(CONTROLS)) and element.get("role") not in TAB_ROLES:
                walker.collapsed.update(controls.split())
            if skipped:
                events.skip_subtree()
            stack.append(None)
            continue
        if attributes is None:
            # every attribute in one call: reading them one by one (most are absent) costs
            # more, and the noise judge reads up to eight
            attributes = dict(element.items())
        if (controls := attributes.get(CONTROLS)) and attributes.get("role") not in TAB_ROLES:
            walker.collapsed.update(controls.split())
        node = walker.open(element, tag, attributes, parent)
        if node is None:  # hidden
            events.skip_subtree()
            stack.append(None)
            continue
        if tag in BLOCK_TAGS:
            if (style := attributes.get("style")) and _styled_inline(style):
                inline_depth += 1
            elif walker.owner is not None and not inline_depth:
                walker.flush()
        stack.append(node)
        parent = node
        chain = node.ctx.noise  # furniture itself (its own verdict last) may be read as one block
        if chain and chain[-1][0] is node and tag in BLOCK_TAGS and walker.collapse(element, node):
            events.skip_subtree()
            continue
        if tag in LINE_BREAK_TAGS:
            walker.line_break(node)
        # whitespace before the first child starts no block (`add_text`): not worth a call
        if text and (walker.owner is not None or not text.isspace()):
            walker.add_text(text, node)
    walker.flush()
    return Tokens(walker.blocks, walker.nodes, walker.hidden)


def tokenize_text(text: str, limits: Thresholds) -> Tokens:
    """Cut plain text (a page another tool flattened) into blocks.

    Paragraphs are separated by blank lines. Inside a paragraph, lines that a noise detector
    recognises (an icon run, a timestamp, a dateline) become blocks of their own, and the other
    consecutive lines stay together, so wrapped prose and code keep their line breaks; but a
    stack of lines that is not wrapped prose is a block a line (`_stacked`). A line that runs
    on from the line before it or into the next (`_wrapped_lines`) is a piece of a sentence,
    judged with its paragraph, not alone: a hard-wrapped line of a consent notice or of an article
    (`…we store cookies on your browser to collect`) is no notice of its own; but a line that
    is a dateline or a player's times as a whole (`WHOLE_LINE_LABELS`) is one, whatever case
    the next line opens with (`asked Feb 11, 2011 at 23:49` above a poster's name).
    """
    blocks: list[RawBlock] = []
    for paragraph in _paragraphs(text):
        pending: list[str] = []
        # runs_on[i]: line i goes on with the sentence line i - 1 leaves open
        runs_on = [False, *map(continues, paragraph, paragraph[1:])]
        stacked = _stacked(paragraph, runs_on)
        wrapped = _wrapped_lines(paragraph, runs_on)
        for line, in_sentence, goes_on in zip(paragraph, wrapped, runs_on, strict=True):
            verdict = noise.text_noise(line, limits)
            if in_sentence and verdict is not None and verdict.label not in WHOLE_LINE_LABELS:
                verdict = None
            if verdict is None:
                if stacked and not goes_on:
                    _emit(blocks, pending, limits)
                pending.append(line)
                continue
            _emit(blocks, pending, limits)
            blocks.append(RawBlock(line, LINE, 0, None, text_noise=verdict))
        _emit(blocks, pending, limits)
    return Tokens(blocks, [])


def cut_text_lines(text: str) -> str | None:
    """Plain text up to its `MAX_TEXT_LINES`-th line break, or None when it has no more lines
    than that (a text of fewer characters has not: every line break is one)."""
    if len(text) <= MAX_TEXT_LINES:
        return None
    for count, found in enumerate(_LINE_BREAK.finditer(text), 1):
        if count == MAX_TEXT_LINES:
            return text[: found.start()]
    return None


def _paragraphs(text: str) -> list[list[str]]:
    """The text's blank-line paragraphs, as lines; hard-wrapped prose that a flattener spaced
    out with blank lines is one (`_wrapped`)."""
    paragraphs: list[list[str]] = [[]]
    for line in text.splitlines():
        cleaned = clean_inline(line)
        if cleaned:
            paragraphs[-1].append(cleaned)
        elif paragraphs[-1]:
            paragraphs.append([])
    return _wrapped([paragraph for paragraph in paragraphs if paragraph])


def _wrapped(paragraphs: list[list[str]]) -> list[list[str]]:
    """Join each paragraph to the next when its last line runs on into the next's first
    (`_runs_on`) and the sentence ends there or in a paragraph joined after it: a title, a
    label or a menu item that no sentence end follows stays a paragraph of its own."""
    joins = [False] * len(paragraphs)  # joins[i]: paragraph i + 1 goes on paragraph i
    for i in range(len(paragraphs) - 2, -1, -1):
        following = paragraphs[i + 1]
        joins[i] = _runs_on(paragraphs[i][-1], following[0]) and (
            joins[i + 1] or TEXT_CLOSED_LINE_RE.search(following[-1]) is not None
        )
    joined: list[list[str]] = []
    for i, paragraph in enumerate(paragraphs):
        if i and joins[i - 1]:
            joined[-1].extend(paragraph)
        else:
            joined.append(list(paragraph))
    return joined


def _wrapped_lines(lines: list[str], runs_on: list[bool]) -> list[bool]:
    """For each line, whether it is a piece of a hard-wrapped sentence: it runs on from the
    line before it or into the next (`runs_on`), both lines of `TEXT_WRAP_MIN_WORDS` or more
    (a menu's items, `most popular` over `most shared`, are short)."""
    long = [_has_words(line, TEXT_WRAP_MIN_WORDS) for line in lines]
    joins = [
        index > 0 and goes_on and long[index - 1] and long[index]
        for index, goes_on in enumerate(runs_on)
    ]
    return [
        joined or (index + 1 < len(joins) and joins[index + 1])
        for index, joined in enumerate(joins)
    ]


def _stacked(lines: list[str], runs_on: list[bool]) -> bool:
    """Whether lines with no blank line between them are blocks of their own (but for the
    lines that run on from the one before: `runs_on`, `continues`): none runs on into the
    next, and one is longer than `TEXT_LINE_BLOCK_CHARS` (a paragraph a line) or they are
    `TEXT_STACKED_MIN_LINES` or more (a header's or a menu's elements, a line each); or they
    are that many and at most `TEXT_STACKED_MAX_RUN_ON_SHARE` of them run on (a page's whole
    header and menus on a line each, a label or two of them ending open: the headline at the
    end of the stack is a line of its own, not lost in one block of a hundred lines)."""
    if len(lines) < 2:
        return False
    joined = sum(runs_on)
    if joined and (
        len(lines) < TEXT_STACKED_MIN_LINES
        or joined > TEXT_STACKED_MAX_RUN_ON_SHARE * (len(lines) - 1)
    ):
        return False
    return len(lines) >= TEXT_STACKED_MIN_LINES or any(
        len(line) > TEXT_LINE_BLOCK_CHARS for line in lines
    )


def continues(line: str, following: str) -> bool:
    """Whether `following` may go on with the sentence `line` leaves open: `line` ends with a
    mark of `TEXT_OPEN_LINE_ENDS` or a lower-case word, `following` starts lower-case."""
    if not following[0].islower():
        return False
    last = line.rsplit(maxsplit=1)[-1]
    return last[-1] in TEXT_OPEN_LINE_ENDS or (last[-1].isalpha() and last.islower())


def _runs_on(line: str, following: str) -> bool:
    """Whether `following` goes on with the sentence `line` leaves open (`continues`, both
    lines long enough: `TEXT_WRAP_MIN_WORDS`): prose hard-wrapped by its author and spaced out
    by its flattener, one paragraph, not two blocks whose first, ending mid-sentence, reads as
    a fragment and is cut."""
    return (
        continues(line, following)
        and _has_words(line, TEXT_WRAP_MIN_WORDS)
        and _has_words(following, TEXT_WRAP_NEXT_MIN_WORDS)
    )


def _has_words(line: str, count: int) -> bool:
    """Whether the line holds `count` words or more, counted up to `count`, not all split: a
    line of 600,000 words held 80 MB."""
    return len(line.split(maxsplit=count - 1)) >= count


def _emit(blocks: list[RawBlock], lines: list[str], limits: Thresholds) -> None:
    if not lines:
        return
    text = "\n".join(lines)
    kind = LINE if len(lines) == 1 else PARAGRAPH
    # judged as one line, as an HTML block's lines are: a phrase may be wrapped
    # (`These\ncookies are necessary`)
    verdict = noise.text_noise(" ".join(lines), limits)
    blocks.append(RawBlock(text, kind, 0, None, text_noise=verdict))
    lines.clear()
