"""The classifier: score every block, find the main-content region, smooth by neighbours, label.

Passes, each a short function:
1. `resolve_noise`: the text detectors' verdicts are final; a container's furniture verdict
   becomes a feature, and is dropped for a container that holds most of the page's prose (a
   mis-named wrapper, not a sidebar), unless the container stands between the article's
   paragraphs (a gallery inside the article: then it is final), and a fact box or an
   embedded social post inside an article is final too, and so is a news story's caption;
2. stage 1: a content score from the block's own features (`block_features`);
3. `find_region`: the smallest element holding most of the content evidence (Readability's
   idea);
4. stage 2: the score again with the block's context (`add_context`): its neighbours'
   stage-1 scores, inside or outside the region, its list or table;
5. `guard`: precision rules the model may not overrule (a short linked block, a short block
   in furniture or outside the region is not content); `guard_after_region`: after the
   region's last content block, only a confident score makes content;
6. `smooth`, `smooth_groups`: short or doubtful blocks take the verdict of their confident
   neighbours (on a declared article, content on both sides), headings before content are
   content, lists and tables are decided together (jusText's context pass);
   `extend_introduced_lists`: a list that a content paragraph ending in a colon introduces
   is content;
7. `drop_agency_credits`: a line that is nothing but an agency's credit (`Photo: Reuters`,
   `Nasa / Reuters`) is furniture, judged after the smoothing so that its neighbours are
   decided as before;
8. `cut_after_comments`, over the labelled blocks: content after the page's last comment
   block is furniture. It reads labels alone, like body's relabelling passes, but needs no
   headline (they do: `drop_above_headline`, `promote_lead`), and the pipeline weighs the
   labels `classify` returns (`pipeline._read` reads a page again when little is content):
   so it runs here, and those labels are final but for the headline's passes.
The two stages are logistic models learned from the dev corpus (heuristics/model.py).
"""

from __future__ import annotations

import dataclasses
import itertools
import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from .blocks import MAX_PARAGRAPH_CHARS, Node, RawBlock, Tokens
from .heuristics.model import LinearModel, default_model
from .heuristics.phrases import LIST_POINTER_RE, SENTENCE_END_RE, TAXONOMY_LIST_RE
from .heuristics.stopwords import StopWords
from .heuristics.tags import (
    BLOCK_TAGS,
    CHROME_TAGS,
    HEADER_CELL_TAGS,
    HEADING_TAGS,
    LIST_ITEM_TAGS,
    NAV_TAGS,
)
from .heuristics.thresholds import (
    BETWEEN_BOILERPLATE_SCALE,
    GROUP_CONTENT_SHARE,
    GUARD_SCALE,
    TEXT_PROSE_MIN_SENTENCES,
    TEXT_PROSE_MIN_WORDS,
    TEXT_REGION_GAP_BLOCKS,
    TEXT_REGION_MIN_SHARE,
    Thresholds,
)
from .noise import (
    AGENCY_CREDIT,
    AUTOPLAY_COUNTDOWN,
    COMPLEMENTARY,
    NEWS_ASIDE,
    Verdict,
    is_agency_credit,
)
from .options import FAVOR_SHIFT, ExtractOptions
from .result import Block, BlockKind, Label

# The kinds and labels the passes compare blocks with, read off their classes once: on CPython
# 3.11 reading a member off its class (`BlockKind.HEADING`) runs through the attribute hook of
# `EnumType.__getattr__` (gone in 3.12), ten times a global's cost, for every block and pass.
HEADING, PARAGRAPH, LIST_ITEM = BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.LIST_ITEM
TABLE, CAPTION = BlockKind.TABLE, BlockKind.CAPTION
CONTENT, BOILERPLATE, CHROME = Label.CONTENT, Label.BOILERPLATE, Label.CHROME
COMMENTS, DATELINE, MENU, RELATED = Label.COMMENTS, Label.DATELINE, Label.MENU, Label.RELATED

AFTER_COMMENTS_SHARE = 0.5
"""Share of the content's characters that must stand before the last comment block for what
follows it to be furniture (`cut_after_comments`)."""
AFTER_COMMENTS_NOTE = "after the comment section"
TAXONOMY_NOTE = "taxonomy list (a post's categories or tags)"
"""The reason `guard` gives a linked list of the post's categories or tags (`_taxonomy_list`)."""
AFTER_REGION_NOTE = "after the main-content region, not confidently content"
EXPLANATION = "score %.2f: %d chars, link density %.2f, stop words %.2f"
"""The reason of a label the score alone gave. %-formatting: every block not otherwise explained
has one, and f-string format specs (`{x:.2f}`) parse the spec anew for every value, a fifth
more instructions for the same digits."""
PROSE_MIN_SENTENCES = 2
"""A block with this many sentences and few links counts as prose when judging containers."""
PROSE_MAX_LINK_DENSITY = 0.5
"""... few links: a lower link density. A block at or above it is links, not the page's own
text (`_looks_like_prose`, `_box_beside_text`)."""
NOISE_VOID_SHARE = 0.5
"""A furniture container holding at least this share of the page's prose is not furniture."""
MIN_GROUP_SIZE = 2
"""A list or table of one item is decided as a block."""
LANDMARK_TAGS = NAV_TAGS | CHROME_TAGS
"""Tags whose furniture verdict no headline can void (a site logo is often the <h1>)."""
SIDEBAR_TAGS = frozenset({"aside"})
"""A declared sidebar is voided by its share of the prose only when it also holds the headline:
a live ticker or a blogroll beside a short article holds more prose than the article."""
UNVOIDABLE = frozenset({Label.COMMENTS, Label.COOKIE})
"""Verdicts kept even over much prose: comment threads and consent walls can be long."""
FRAME_LABELS = frozenset({Label.CHROME})
"""Furniture that competes with the article for prose (a sidebar's about text, a footer's
legal text): voided only by a share of all the page's prose. Other furniture names (byline,
share, ad, related) name small widgets: one of them holding most of the prose that is not
surely elsewhere (in comments, a consent wall or a landmark) is a mis-named wrapper."""
BOX_BESIDE_SHARE = 0.5
"""A furniture container inside an article whose parent holds, outside it, unlinked text at
least this share of its own is a box beside the article's paragraphs (a fact box with a
speech's full text, an info box), not the article's wrapper, however much of the prose it
holds: `_inserted`."""
SLIDE_MIN_TITLES = 3
"""List items opening with a heading that make a container after the article's paragraphs a
slideshow (titled slides) rather than the rest of the article: `_inserted`."""
THREAD_PAGE_SHARE = 0.99
"""A page with more than this share of its prose inside comment containers is a thread (a
forum topic, a guestbook, a Q&A page): the comments are its content, not furniture under it.
Prose in landmarks (a forum's "new here? sign in" <aside>, its <footer>) is not counted."""
FULL_EVIDENCE_WORDS = 8
"""Below this many words the stop-word share is damped: "He agreed." is not prose evidence."""
MAX_SENTENCES = 5
"""Sentence count is capped: beyond a few, more sentences say nothing new."""
CONTEXT_REACH = 2
"""Neighbours on each side whose stage-1 scores are stage-2 features."""
STAGE2_FEATURES = (
    "linked",
    "short_linked",
    "stage1_logit",
    "context_mean",
    "outside_region",
    "group_mean",
)
"""The features stage 2 weighs (`training/train_model.py` fits it on these alone): the stage-1
score, the context `add_context` adds and the two link indicators; the other features are
read only through the stage-1 score. In the order a block's features hold them, so that the
weighted sum adds its terms in the same order as over all of them."""
LOGIT_CLIP = 1e-6
"""How far a stage-1 score is held from 0 and 1 before its logit (the `stage1_logit` feature):
a certain score has no finite logit."""
_LOGIT_CEILING = 1 - LOGIT_CLIP
ANNOTATION_CHARS = 30
"""Characters outside links that make a linked list item more than a link (not `See also:`,
`Zum Artikel:`)."""
ANNOTATED_LIST_SCORE = 0.6
"""Mean stage-1 score of its list above which such an item is left to the model."""
NUMBERED_ANNOTATION_CHARS = 10
"""The same in a numbered list (`<ol>`): a list of references or notes, whose items cite a
link with a few words of their own (`^ "Title" . 24 August 2021.`, `^ Bain 2006, p. 44.`).
Menus, teasers and link lists are bulleted; a numbered list is the text's own enumeration."""
NUMBERED_LIST_SCORE = 0.4
"""... and its mean stage-1 score from which they are left to the model: the model scores
citation lists, dense with links and without stop words, lower than prose."""
LINKED_SENTENCE_MIN_WORDS = 8
"""Words from which a linked paragraph ending a sentence is a sentence of the text, not a link
to another page: `_linked_sentence`."""
LEAD_HEADING_MIN_WORDS = 10
"""Words from which a sub-heading under the headline is a standfirst (`<h2 class="subtitle">`
of a sentence), not a section's title: `_is_lead`..."""
HEADLINE_MIN_WORDS = 5
"""... when the <h1> above it has this many words: an article's headline. A blog's or a shop's
<h1> names the site or the category (`Seth's Blog`, `Bike locks`), and the sentence under it
is the site's tagline."""
LINK_LABEL_MARKS = (":", "»")
"""What separates a pointer's label from its link (`Related: <a>…</a>`, `À lire aussi » …`)."""
LINK_LABEL_RE = re.compile(rf"[{''.join(LINK_LABEL_MARKS)}](?:\s|$)")
"""A label mark as a label sets it, before a space or at the end: a colon inside a word
(`Toolkit:PictureInPicture`, `https://`, `7:11`) labels nothing."""
LINKED = 0.5
"""Link density above which a block reads as a link (indicator feature)."""
SHORT_CHARS = 50
LONG_CHARS = 200
FEW_WORDS = 3
"""Lengths of the `short`, `long` and `few_words` indicator features: fixed, not `Thresholds`
fields a caller may change, as the model's weights were learned with them. A block of
FEW_WORDS or fewer is also left to the neighbour pass (`guard`)."""
ENDING_CHARS = 3
"""Characters at a block's end searched for a sentence end (the `ends_with_punctuation`
feature): the mark, and a closing quote or bracket or two after it (`… the end.")`)."""
EVIDENCE_MIN_SCORE = 0.5
"""Stage-1 score from which a block's text counts as content evidence for `find_region`."""
NOT_A_REGION = frozenset(
    {
        *("ul", "ol", "dl", "li", "table", "tbody", "thead", "tr", "th", "p", "blockquote"),
        *("pre", "code"),
    }
)
"""A list, a table, a paragraph or a code listing is a part of an article, never the article
itself: a forum post's pasted build log in `<p><code>` can hold most of a thread's text. A
table's cell may be: on a page laid out in a table, the cell is the page's column."""
COLUMN_CLIMB = 3
"""Levels `_whole_column` looks up from the region for the piece of a cut column: the
region can be a text wrapper two levels inside the piece (`<section><div><div>`)."""
COLUMN_BREAK_TAGS = frozenset({"figure", "hr"})
"""Elements that cut an article's text column into pieces: a full-width picture, a section
rule (`_whole_column`)."""
COLUMN_PIECES_SHARE = 0.1
"""Share of the evidence that siblings shaped like the region must hold for `_whole_column`
to join them: a picture's caption in a box of the region's class holds less."""
TEASER_LIST_TAGS = frozenset({"ul", "ol"})
"""Story teasers come as list items; a table of linked names is a directory, not teasers."""
CARD_GRID_MIN_CARDS = 4
"""How many sibling cards of one shape make a grid of cards (`promote_card_grids`)."""
CARD_MAX_CHARS = 400
"""The longest median card of a grid of cards: longer ones are posts or comments."""
CARD_MAX_DEPTH = 6
"""How many levels above a block its card may stand."""
CARD_GRID_MAX_OTHER_SHARE = 0.5
"""The most content outside the grids, as a share of the grids' text, on a page of cards."""
CARD_NOTE = "card in a grid of cards on a listing page"
TEASER_MIN_HEADINGS = 3
"""A list holding this many headings that are wholly links is a teaser stream (more stories,
each a linked headline over its summary)."""
TEASER_WRAPPER_DEPTH = 2
"""Teaser cards: the element this many levels above a card's title at most (its box, or the
box of the card that wraps it) holding `TEASER_MIN_HEADINGS` titles is a stream.
Higher up, the element would be the page's column, which holds the article too."""
TEASER_BOX_MAX_SHARE = 0.5
"""Share of the content evidence up to which boxes of teaser cards are left out of it: beyond,
the page is a listing built of <div>s (a section front), and its cards are the content."""
TEASER_LINK_DENSITY = 0.9
"""Link density from which a heading reads as a link to another page."""
EMBEDDED_LINK_KINDS = frozenset({BlockKind.PARAGRAPH, BlockKind.LIST_ITEM})
"""Kinds of the short linked blocks `_embedded_links` lets a text's paragraphs vouch for: a
linked heading is a teaser's title, a table's linked cell a grid's."""
EMBEDDED_LABEL_MARKS = (*LINK_LABEL_MARKS, "|")
"""What separates a pointer's label from its link for `_embedded_links`: news sites also set
a bar (`READ MORE | <a>…</a>`)."""
POINTER_LABEL_MAX_WORDS = 2
"""Words before a label mark from which a linked block opens with a pointer's label
(`Read more:`, `Les også:`, `Photos:`): a title's colon comes later."""
INTRO_MARK = ":"
"""What ends a paragraph that introduces the list after it (`extend_introduced_lists`)."""
TEASER_MIN_ARTICLE_SHARE = 0.2
"""Share of the content evidence outside teaser streams from which that rest is an article
the streams sit beside; below it the page is a listing (a shop, a section front) and its
teasers are the content."""
INSERT_NOTE = "inserted between the article's paragraphs"
"""Added to the reason of a furniture verdict made final by `_inserted`."""
TIME_STAMP_MAX_CHARS = 100
"""Up to this length a block opening with a <time> element is its stamp (`_time_stamp`)."""
TIME_STAMP = Verdict(Label.CHROME, "short block opening with a <time> element", final=True)
PLAYER_OVERLAY = Verdict(Label.CHROME, "line of a video player's overlay", final=True)
"""A short block beside an autoplay countdown inside the player (`_mark_player_overlays`): the
next or the current clip's title and a "Now watching" label, which the model, reading a short
unlinked line above the story's first paragraph, kept."""
PLAYER_OVERLAY_DEPTH = 2
"""Levels above the countdown's element that are still the player's overlay: CNN's footer
holds the countdown's `div` and the title's, Yahoo's pause screen a `<p>` around the
countdown's `<span>` beside the title's `<p>`."""
PLAYER_OVERLAY_MAX_CHARS = 120
"""Longest block read as an overlay's line: a clip's title or a label, never a paragraph."""
NEWS_CAPTION = Verdict(Label.CHROME, "picture caption in a news story", final=True)
"""A caption on a page that declares itself a news story (`resolve_noise`): a press photo's
legend describes the picture, not the story, and news truths leave it out."""
TABLE_DATES_MIN = 3
"""Cells of one table read as datelines from which the table is data with a column of dates (a
time series, a schedule, a change log): its dates are values, not the page's dateline, which
is printed once, by the headline (`_date_column_tables`)."""
KIND_FEATURES = {
    BlockKind.HEADING: "kind_heading",
    BlockKind.LIST_ITEM: "kind_list_item",
    BlockKind.CODE: "kind_code",
    BlockKind.TABLE: "kind_table",
    BlockKind.CAPTION: "kind_caption",
    BlockKind.QUOTE: "kind_quote",
}
CONTAINER_FEATURES = {label: f"container_{label.value}" for label in Label}


@dataclass(slots=True)
class Scored:
    """A block during classification: its verdicts, features and scores."""

    raw: RawBlock
    verdict: Verdict | None
    """A final verdict: a text detector's, a final container verdict (`resolve_noise`), or a
    time stamp's (`_time_stamp`). The block is not scored."""
    container: Verdict | None
    """The furniture verdict of its container: evidence, weighed by the model."""
    features: dict[str, float]
    """Empty for a block with a text verdict: it is never scored."""
    first: float = 0.0
    """Stage-1 score."""
    score: float = 0.0
    reason: str = ""


def classify(
    tokens: Tokens,
    options: ExtractOptions,
    stop: StopWords,
    thread: bool = False,
    article: bool = False,
    news: bool = False,
) -> list[Block]:
    """Label every block: content, metadata (byline, dateline) or a kind of noise. `thread`:
    the page declares itself a forum topic or Q&A page, `article`: an article or news story,
    `news`: a news story (`resolve_noise`)."""
    model = options.model or default_model()
    limits = options.thresholds
    items = prepare(tokens, stop, thread, article, news)
    region = add_context(items, tokens.nodes, model.stage1, limits)
    for item in items:
        if item.verdict is None:
            item.score = model.stage2.score(item.features, STAGE2_FEATURES)
    threshold = min(max(model.threshold + FAVOR_SHIFT[options.favor], 0.0), 1.0)
    data_tables = _data_tables(items)  # the passes exempt the linked cells of these tables
    note_lists = _note_lists(items, limits)  # and the linked items of the author's notes
    guard(items, threshold, limits, data_tables, note_lists)
    guard_after_region(items, region, threshold, limits)
    if not tokens.nodes or tokens.flat:
        bound_text_region(items, threshold)
    smooth(items, threshold, limits, data_tables, note_lists, article)
    smooth_groups(items, threshold, limits, data_tables)
    extend_introduced_lists(items, threshold, limits)
    keep_between_content(items, threshold, limits)
    if not article and not thread:
        promote_card_grids(items, threshold)
    drop_agency_credits(items)
    blocks = [_label(item, threshold) for item in items]
    cut_after_comments(blocks)
    return blocks


def cut_after_comments(blocks: list[Block]) -> None:
    """Content after the page's last comment block is the page's furniture, when most of the
    content stands before it: a thread closes the article, and what a template prints after
    it is the sidebar laid out after the main column (an "About Me" box, a blog's
    description), a sign-up prompt, the footer's about text. A page whose comment blocks come
    before most of its content (a forum's reply widgets between posts, a documentation
    page's "Discussion" section) is left alone."""
    last = max(
        (index for index, block in enumerate(blocks) if block.label is COMMENTS),
        default=None,
    )
    if last is None:
        return
    content = [index for index, block in enumerate(blocks) if block.label is CONTENT]
    before = sum(len(blocks[index].text) for index in content if index < last)
    total = sum(len(blocks[index].text) for index in content)
    if not before or before < AFTER_COMMENTS_SHARE * total:
        return
    for index in content:
        if index > last:
            blocks[index] = dataclasses.replace(
                blocks[index], label=CHROME, reason=AFTER_COMMENTS_NOTE
            )


def prepare(
    tokens: Tokens,
    stop: StopWords,
    thread: bool = False,
    article: bool = False,
    news: bool = False,
) -> list[Scored]:
    """Verdicts of every block and stage-1 features of those without a text verdict (shared
    with the training script, which learns from those only)."""
    containers = resolve_noise(tokens.blocks, thread, article, news)
    date_columns = _date_column_tables(tokens.blocks)
    count = max(len(tokens.blocks) - 1, 1)
    items = []
    countdowns: list[int] = []
    for position, (raw, container) in enumerate(zip(tokens.blocks, containers, strict=True)):
        if raw.text_noise is not None and not (
            raw.text_noise.label is DATELINE
            and raw.group is not None
            and id(raw.group) in date_columns
        ):  # a text detector's verdict is final: nothing to score
            items.append(Scored(raw, raw.text_noise, container, {}))
            if raw.text_noise is AUTOPLAY_COUNTDOWN:
                countdowns.append(position)
            continue
        features = block_features(raw, stop)
        features["position"] = position / count
        if container is not None:
            features[CONTAINER_FEATURES[container.label]] = 1.0
        final = container if container is not None and container.final else None
        if final is None and _time_stamp(raw):
            final = TIME_STAMP
        items.append(Scored(raw, final, container, features))
    _mark_player_overlays(items, countdowns)
    return items


def _mark_player_overlays(items: list[Scored], countdowns: list[int]) -> None:
    """The short blocks next to an autoplay countdown (`noise.AUTOPLAY_COUNTDOWN`, at the
    positions `countdowns`) within `PLAYER_OVERLAY_DEPTH` levels above its element are the
    player's overlay: the title of the clip it counts down to, a "Now watching" label
    (PLAYER_OVERLAY), not the story's text."""
    for step, order in ((-1, countdowns[::-1]), (1, countdowns)):
        # where the last walk this way from a countdown under the same overlay stopped: one
        # that starts before that stops there too (countdowns in a row walked the same blocks
        # again each: 10,000 took 21 s)
        stops: dict[int, int] = {}
        for position in order:
            node = items[position].raw.node
            if node is None:
                continue
            for _ in range(PLAYER_OVERLAY_DEPTH):
                node = node.parent or node
            stop = stops.get(id(node))
            if stop is not None and (stop - position) * step > 0:
                continue
            index = position + step
            while 0 <= index < len(items):
                beside = items[index]
                inner = beside.raw.node
                if (
                    inner is None
                    or not node.index <= inner.index <= node.end
                    or len(beside.raw.text) > PLAYER_OVERLAY_MAX_CHARS
                ):
                    break
                if beside.verdict is None:
                    beside.verdict = PLAYER_OVERLAY
                index += step
            stops[id(node)] = index


def _time_stamp(raw: RawBlock) -> bool:
    """Whether a short block opens with a <time> element: a post's or an update's stamp
    (`Heute, 12:37 Uhr`, `21:00 Jane Doe` over a live blog's entry, `May 21, 2025 by …`),
    which the article's text never starts with."""
    return raw.node is not None and raw.node.tag == "time" and len(raw.text) <= TIME_STAMP_MAX_CHARS


def _date_column_tables(blocks: Sequence[RawBlock]) -> set[int]:
    """Ids of the tables with a column of dates: `TABLE_DATES_MIN` cells read as datelines in a
    table of short cells without headings (a time series, a schedule, a change log), whose
    date cells are scored like the other cells. A page laid out in a table (posts or reviews,
    each with its date in a cell) has long cells, and its dates are datelines.
    Not `_data_tables`, whose evidence is a header cell and which `guard` and `smooth` read
    after scoring: this is read before, as it decides which blocks are scored at all, and a
    column of dates is data whether or not the table heads its columns (24 of the 30 such
    tables on the eval pages have no header cell)."""
    dates: dict[int, int] = {}
    layouts: set[int] = set()
    for raw in blocks:
        if raw.group is None or raw.group.tag != "table":
            continue
        if len(raw.text) >= LONG_CHARS or raw.kind is HEADING:
            layouts.add(id(raw.group))
        elif raw.text_noise is not None and raw.text_noise.label is DATELINE:
            dates[id(raw.group)] = dates.get(id(raw.group), 0) + 1
    return {
        group for group, count in dates.items() if count >= TABLE_DATES_MIN and group not in layouts
    }


def add_context(
    items: list[Scored], nodes: Sequence[Node], stage1: LinearModel, limits: Thresholds
) -> Node | None:
    """Score stage 1, then add the context features stage 2 reads. Returns the main-content
    region (`find_region`), which `guard_after_region` reads too."""
    for item in items:
        if item.verdict is None:
            item.first = stage1.score(item.features)
    region = find_region(items, nodes, limits)
    candidates = [index for index, item in enumerate(items) if item.verdict is None]
    group_scores: dict[int, list[float]] = {}
    for item in items:
        if item.raw.group is not None and item.verdict is None:
            group_scores.setdefault(id(item.raw.group), []).append(item.first)
    firsts = [items[index].first for index in candidates]  # neighbours: slices of it
    # once per group, not once per member: a table of 20,000 cells would be quadratic
    group_means = {group: sum(scores) / len(scores) for group, scores in group_scores.items()}
    for rank, index in enumerate(candidates):
        item = items[index]
        before = firsts[rank - CONTEXT_REACH if rank > CONTEXT_REACH else 0 : rank]
        after = firsts[rank + 1 : rank + 1 + CONTEXT_REACH]
        features = item.features
        features["stage1_logit"] = _logit(item.first)
        features["context_mean"] = (
            (sum(before) + sum(after)) / (len(before) + len(after)) if before or after else 0.0
        )
        node = item.raw.node
        if region is not None and node is not None and not region.index <= node.index <= region.end:
            features["outside_region"] = 1.0
        if item.raw.group is not None:
            features["group_mean"] = group_means[id(item.raw.group)]
    return region


def _logit(probability: float) -> float:
    # min(max(probability, LOGIT_CLIP), _LOGIT_CEILING), written out: `LinearModel.logit` says why
    floored = LOGIT_CLIP if probability < LOGIT_CLIP else probability
    clipped = _LOGIT_CEILING if floored > _LOGIT_CEILING else floored
    return math.log(clipped / (1 - clipped))


def guard(
    items: list[Scored],
    threshold: float,
    limits: Thresholds,
    data_tables: set[int],
    note_lists: set[int],
) -> None:
    """Precision rules the model may not overrule: a short block that is mostly a link (but for
    a list item with words of its own, or a table's row header, in a list or table that reads
    as content, a cell of a table of data inside the region, a whole sentence set under a
    link inside the region: `_linked_sentence`, `_linked_note`, and the links a text's
    paragraphs hold between them: `_embedded_links`), or that sits in a furniture
    container or outside the main-content region (but for a sentence, or a standfirst
    sub-heading, between the headline and that region: the lead), is not content, whatever
    its neighbours are; a block of a few words is left to the neighbour pass (the model never
    learned from such blocks). A block of any length that is the post's linked list of
    categories or tags (`_taxonomy_list`) is not content either.

    Observation: the model learns from its neighbours that a block inside an article is
    content; "Read more: <a>other story</a>", "Quote", "Report" and a signature are inside
    the article too, and the dev corpus truths disagree on them.
    `data_tables` is `_data_tables(items)` and `note_lists` `_note_lists(items, limits)`,
    found once for this pass and `smooth`.
    """
    lead = _lead_span(items)
    embedded = _embedded_links(items, threshold, limits)
    for position, item in enumerate(items):
        if item.verdict is not None:
            continue
        if _taxonomy_list(item, limits):
            reason = TAXONOMY_NOTE
        elif len(item.raw.text) >= limits.long_chars:
            continue
        elif (
            item.raw.link_density > limits.max_link_density
            and not _annotated_link(item)
            and not _data_cell(item, data_tables)
            and not _linked_sentence(item)
            and not _linked_note(item, note_lists)
            and position not in embedded
        ):
            reason = "short block that is mostly a link"
        elif item.container is not None:
            reason = f"short block in {item.container.reason}"
        elif len(item.raw.words()) <= FEW_WORDS:
            reason = "too few words to judge alone"
        elif item.features.get("outside_region") and not (
            position in lead and _is_lead(item, items[lead.start - 1])
        ):
            reason = "short block outside the main-content region"
        else:
            continue
        if item.score >= threshold:
            item.score = threshold * GUARD_SCALE
            item.reason = reason


def guard_after_region(
    items: list[Scored], region: Node | None, threshold: float, limits: Thresholds
) -> None:
    """After the main-content region's last content block, the model's score makes a block
    content only when it is confident (`Thresholds.doubt_margin` above the threshold): what a
    template sets after the article (a blog's description, an "about us" text, a promoted
    story's summary, the legal notes of a footer) is written as prose, and the model, reading
    the article's paragraphs just before it, scores it a near miss above the threshold.
    A continuation of the article is left to the model: a block shaped like the article's
    content blocks up to there (`_shape`), the region's and the lead's before it. Smoothing
    may still make a guarded block content between content neighbours."""
    if region is None:
        return
    content = [
        position
        for position, item in enumerate(items)
        if item.verdict is None and item.score >= threshold and item.raw.node is not None
    ]
    inside = [
        position
        for position in content
        if (node := items[position].raw.node) is not None
        and region.index <= node.index <= region.end
    ]
    if not inside:
        return
    last = inside[-1]
    shapes = {
        _shape(node)
        for position in content
        if position <= last and (node := items[position].raw.node) is not None
    }
    confident = threshold + limits.doubt_margin
    for item in items[last + 1 :]:
        node = item.raw.node
        if (
            item.verdict is not None
            or not threshold <= item.score < confident
            or node is None
            or _shape(node) in shapes
        ):
            continue
        item.score = threshold * GUARD_SCALE
        item.reason = AFTER_REGION_NOTE


TEXT_REGION_NOTE = "outside the main run of prose (plain text)"


def bound_text_region(items: list[Scored], threshold: float) -> None:
    """Plain text (and Markdown, whose tree is flat: `Tokens.flat`): the article is the run of
    prose blocks (`TEXT_PROSE_MIN_WORDS`) that holds the most prose words, its blocks at most
    `TEXT_REGION_GAP_BLOCKS` apart, widened by the content blocks that touch it; a block
    scored content outside it (a flattened menu, a teaser, a footer's note) is not. Text with
    no prose block, or whose largest run holds less than `TEXT_REGION_MIN_SHARE` of its prose
    words (an article split into several runs), is left to the model."""
    runs: list[tuple[int, int, int]] = []  # (prose words, first, last)
    gap = 0  # blocks not scored content since the last prose block
    for position, item in enumerate(items):
        raw = item.raw
        # a notice a detector named (a consent manager's paragraphs) is no prose of the article
        words = len(raw.words())
        if (
            item.verdict is not None
            or words < TEXT_PROSE_MIN_WORDS
            or raw.sentences() < TEXT_PROSE_MIN_SENTENCES
        ):
            gap += not _scored_content(item, threshold)
            continue
        if runs and gap <= TEXT_REGION_GAP_BLOCKS:
            total, first, _ = runs[-1]
            runs[-1] = (total + words, first, position)
        else:
            runs.append((words, position, position))
        gap = 0
    if not runs:
        return
    largest, first, last = max(runs, key=lambda run: run[0])
    if largest < TEXT_REGION_MIN_SHARE * sum(run[0] for run in runs):
        return
    while first > 0 and _scored_content(items[first - 1], threshold):
        first -= 1
    while last + 1 < len(items) and _scored_content(items[last + 1], threshold):
        last += 1
    for position, item in enumerate(items):
        if (first <= position <= last) or not _scored_content(item, threshold):
            continue
        item.score = threshold * GUARD_SCALE
        item.reason = TEXT_REGION_NOTE


def _scored_content(item: Scored, threshold: float) -> bool:
    return item.verdict is None and item.score >= threshold


def _shape(node: Node) -> tuple[str, str]:
    """An element's tag and first class, and its parent's (`Node.name`): the paragraphs of
    one article share it, a sidebar's or a footer's paragraphs sit in a box of their own."""
    return node.name, node.parent.name if node.parent is not None else ""


def _embedded_links(items: Sequence[Scored], threshold: float, limits: Thresholds) -> set[int]:
    """Positions of the short linked paragraphs and list items of the main-content region, in
    no furniture container and with no label mark, whose run of short linked blocks stands in
    the same element as a block of text the model reads as content (no heading: a heading
    opens a section, or titles a teaser) right before it and right after it: a blog post's
    `Via <a>…</a>`, the list of earlier posts it introduces mid-text, a source line between
    two lists of its notes. A sidebar's or a teaser stream's links have furniture on one side;
    a related-stories box inside an article wraps its links (and its own blurb) in an element
    of its own; a pointer labels its link (`Read more: …`)."""

    long_chars, max_density = limits.long_chars, limits.max_link_density
    linked = [  # once per block, inline: `guard` calls this for every page
        item.verdict is None
        and len(item.raw.text) < long_chars
        and item.raw.link_density > max_density
        for item in items
    ]

    def text(position: int) -> bool:
        item = items[position]
        return (
            item.verdict is None
            and item.container is None
            and item.raw.kind is not HEADING
            and not item.features.get("outside_region")
            and item.score >= threshold
            and not linked[position]
        )

    embedded: set[int] = set()
    start, count = 0, len(items)
    while start < count:
        if not linked[start]:
            start += 1
            continue
        end = start
        while end < count and linked[end]:
            end += 1
        positions, start = range(start, end), end  # a run of linked blocks
        before, after = positions[0] - 1, end
        if before < 0 or after >= count or not (text(before) and text(after)):
            continue
        host = _host(items[before].raw)
        if host is None or _host(items[after].raw) is not host:
            continue
        embedded.update(
            i
            for i in positions
            if items[i].raw.kind in EMBEDDED_LINK_KINDS
            and items[i].container is None
            and not items[i].features.get("outside_region")
            and not _labelled(items[i].raw)
            and _host(items[i].raw) is host
        )
    return embedded


def _taxonomy_list(item: Scored, limits: Thresholds) -> bool:
    """A block, of any length, that opens with a taxonomy label and a colon and is mostly
    links (`Categories: Barack Obama, Media, …`, thirty links long): the post's categories or
    tags, which name what the text is about and are not the text. A label followed by prose
    (`Category: America At War`, unlinked) is left to the model."""
    raw = item.raw
    return (
        raw.link_density > limits.max_link_density and TAXONOMY_LIST_RE.match(raw.text) is not None
    )


def _labelled(raw: RawBlock) -> bool:
    """Whether the block opens with a pointer's label: a label mark within its unlinked
    characters' length of its start (`MORE | <a>…</a>`), or after at most
    POINTER_LABEL_MAX_WORDS words (`<a>Read more: …</a>`, which links its label too); not a
    colon deep inside a linked title (`<a>Heroes of Branding (iv): Mago Ben</a> by Oscar`)."""
    text = raw.text
    cut = min((i for mark in EMBEDDED_LABEL_MARKS if (i := text.find(mark)) >= 0), default=-1)
    if cut < 0:
        return False
    return cut < len(text) - raw.link_chars or len(text[:cut].split()) <= POINTER_LABEL_MAX_WORDS


def _host(raw: RawBlock) -> Node | None:
    """The element a block stands in as a part of the text flow: the parent of its list, or of
    its innermost block element (a link's or an emphasis's element is inside the block)."""
    node = raw.group if raw.kind is LIST_ITEM else raw.node
    while node is not None and node.tag not in BLOCK_TAGS:
        node = node.parent
    return None if node is None else node.parent


def _linked_sentence(item: Scored) -> bool:
    """A paragraph of the main-content region, in no furniture container, that is a whole
    sentence of LINKED_SENTENCE_MIN_WORDS or more set under a link (`<p><a>Yesterday we
    launched something small and silly.</a></p>`): bloggers link the sentence that names what
    they point at, and it is part of their text. A pointer to another page labels its link
    (`Related: …`, `Lesen Sie auch: …`, `À lire aussi » …`): the mark keeps it guarded."""
    return (
        item.raw.kind is PARAGRAPH
        and bool(item.features["ends_with_punctuation"])
        and _unlabelled_linked_prose(item)
    )


def _note_lists(items: Sequence[Scored], limits: Thresholds) -> set[int]:
    """Ids of the lists holding an item of prose that is no link (LINKED_SENTENCE_MIN_WORDS
    words or more, link density at most the guard's): the author's own list of notes."""
    return {
        id(item.raw.group)
        for item in items
        if item.raw.kind is LIST_ITEM
        and item.raw.group is not None
        and item.raw.link_density <= limits.max_link_density
        and len(item.raw.words()) >= LINKED_SENTENCE_MIN_WORDS
    }


def _linked_note(item: Scored, note_lists: set[int]) -> bool:
    """An item of the main-content region's list of notes, in no furniture container, that is
    a sentence of LINKED_SENTENCE_MIN_WORDS or more set under a link (a change log's `<li><a>
    Neil has patches up to improve the tab unloader</a></li>` beside unlinked notes): the
    author links the note to its bug or source. So is an item of a list nested in a note (the
    bugs a change note lists under `In progress:`, each linked to its tracker): a sub-list
    details its note. A list of teasers or related stories is linked throughout, and a
    pointer labels its link (`Related: …`): both stay guarded."""
    raw = item.raw
    if raw.kind is not LIST_ITEM or not _unlabelled_linked_prose(item):
        return False
    node = raw.group
    while node is not None:  # the item's own list, then the lists it is nested in
        if id(node) in note_lists:
            return True
        node = node.parent
    return False


def _unlabelled_linked_prose(item: Scored) -> bool:
    """What `_linked_sentence` and `_linked_note` both ask: inside the main-content region, in
    no furniture container, LINKED_SENTENCE_MIN_WORDS words or more, and no label mark."""
    raw = item.raw
    return (
        item.container is None
        and not item.features.get("outside_region")
        and len(raw.words()) >= LINKED_SENTENCE_MIN_WORDS
        and LINK_LABEL_RE.search(raw.text) is None
    )


def _lead_span(items: Sequence[Scored]) -> range:
    """Positions between the page's first <h1> and the main-content region, when the region
    follows it: where a lead or standfirst sits, which a region found from the body's
    paragraphs leaves out."""
    headline = next(
        (i for i, item in enumerate(items) if item.raw.kind is HEADING and item.raw.level == 1),
        None,
    )
    if headline is None:
        return range(0)
    inside = (
        i
        for i in range(headline + 1, len(items))
        if items[i].verdict is None and not items[i].features.get("outside_region")
    )
    return range(headline + 1, next(inside, headline + 1))


def _is_lead(item: Scored, headline: Scored) -> bool:
    """A paragraph ending a sentence, or a sub-heading of a sentence's length under an
    article's headline (standfirsts are set as `<h2>` and often end without a full stop): not
    a section's title, nor a site's tagline under its name."""
    raw = item.raw
    if raw.kind is HEADING:
        return (
            raw.level > 1
            and len(raw.words()) >= LEAD_HEADING_MIN_WORDS
            and len(headline.raw.words()) >= HEADLINE_MIN_WORDS
        )
    return raw.kind is PARAGRAPH and bool(item.features["ends_with_punctuation"])


def _annotated_link(item: Scored) -> bool:
    """An item of a list that reads as content, whose link comes with words of its own: a
    reference with its authors and date, a change note naming its author (in a numbered list,
    a reference list, a few words and a lower mean suffice); or the linked row
    header of a table that reads as content: a list of films names each film by its link."""
    raw = item.raw
    numbered = raw.group is not None and raw.group.tag == "ol"
    floor = NUMBERED_LIST_SCORE if numbered else ANNOTATED_LIST_SCORE
    if item.features.get("group_mean", 0.0) < floor:
        return False
    if raw.kind is TABLE:
        return _in_header_cell(raw.node)
    own = NUMBERED_ANNOTATION_CHARS if numbered else ANNOTATION_CHARS
    return raw.kind is LIST_ITEM and len(raw.text) - raw.link_chars >= own


def _data_tables(items: Sequence[Scored]) -> set[int]:
    """Ids of the tables with a header cell (`<th>`) holding text: tables of data, whose
    linked cells (the films of a list, the laureates of a year) are the data; layout tables
    and link grids rarely head their columns. (A table's column of dates is another
    observation, read before scoring: `_date_column_tables`.)"""
    return {
        id(item.raw.group)
        for item in items
        if item.raw.kind is TABLE and item.raw.group is not None and _in_header_cell(item.raw.node)
    }


def _data_cell(item: Scored, data_tables: set[int]) -> bool:
    """A cell of a table of data inside the main-content region: left to the model."""
    raw = item.raw
    return (
        raw.kind is TABLE
        and raw.group is not None
        and id(raw.group) in data_tables
        and not item.features.get("outside_region")
    )


def _in_header_cell(node: Node | None) -> bool:
    """Whether the text's element is a header cell or sits right in one (<th><a>)."""
    return node is not None and (
        node.tag in HEADER_CELL_TAGS
        or (node.parent is not None and node.parent.tag in HEADER_CELL_TAGS)
    )


def resolve_noise(
    blocks: Sequence[RawBlock], thread: bool = False, article: bool = False, news: bool = False
) -> list[Verdict | None]:
    """Each block's container verdict: its innermost furniture container's, unless that
    container is the page's wrapper rather than furniture: it holds most of the page's prose,
    or it holds the page's first <h1> (and is no landmark <nav>, <header>, <footer>, <aside>);
    an <aside> holding most of the prose is a wrapper only if it holds that <h1> too.
    "Most of the page's prose" leaves out, for all but FRAME_LABELS containers, the prose
    surely elsewhere: in comments, consent text and landmarks other than the container's own.
    On a page that is nothing but a thread, or that declares itself one (`thread`: a forum
    topic or Q&A page whose opening post stands outside the comment containers of the replies),
    comment containers are not furniture at all.
    A container that would be voided but stands between paragraphs of its parent (`_inserted`:
    a gallery or slideshow inside the article, whose legends outweigh the article's text; a
    long post among the other posts of a thread) is furniture for certain: its verdict is final.
    So is, inside an article, the verdict of a fact box or an embedded social post
    (`Verdict.set_apart`) that is not the wrapper: the newsroom set it apart from the
    story, and the model, reading paragraphs of prose, would keep them. So is, on a page that
    does not declare itself an article, the verdict of a forum post's signature
    (`Verdict.signature`).
    On a page that declares itself an article or a news story (`article`), so is every <aside>
    inside the article that does not hold the page's first <h1>: a newsroom's template sets
    its boxes (a fact box, a related story, an author's note) beside the story in one; product
    pages, guides and essays keep their own side notes in an <aside>, and are left alone. On
    a page that declares itself a news story (`news`), a picture's caption in no furniture
    container is final chrome (NEWS_CAPTION).
    """
    prose_total = prose_in_comments = prose_elsewhere = prose_in_landmarks = 0
    prose_in: dict[int, int] = {}
    landmark_in: dict[int, int] = {}
    prose_at: list[tuple[int, int]] = []
    inserted: dict[int, bool] = {}  # `_inserted` per container: every block inside it asks
    # the prose of each chain of containers, summed first: blocks in one container share its
    # chain (one tuple), and walking it for every block was quadratic in the nesting (480
    # nested furniture containers around 20,000 short paragraphs took 5.8 s)
    prose_of_chain: dict[int, tuple[tuple[tuple[Node, Verdict], ...], int]] = {}
    for raw in blocks:
        if not _looks_like_prose(raw):
            continue
        size = len(raw.text)
        chain = raw.container_noise
        if raw.node is not None:
            prose_at.append((raw.node.index, chain[-1][0].index if chain else -1))
        prose_total += size
        if not chain:  # the article's own prose: in no furniture container
            continue
        summed = prose_of_chain.get(id(chain))
        prose_of_chain[id(chain)] = (chain, size + summed[1] if summed else size)
    for chain, size in prose_of_chain.values():
        in_landmark = False
        if any(verdict.label in UNVOIDABLE for _, verdict in chain):
            prose_elsewhere += size
        elif any(node.tag in LANDMARK_TAGS for node, _ in chain):
            prose_elsewhere += size
            prose_in_landmarks += size
            in_landmark = True
        for node, _ in chain:
            prose_in[id(node)] = prose_in.get(id(node), 0) + size
            if in_landmark:
                landmark_in[id(node)] = landmark_in.get(id(node), 0) + size
        if any(verdict.label is COMMENTS for _, verdict in chain):
            prose_in_comments += size
    prose_at.sort()
    thread_page = thread or (
        prose_in_comments > THREAD_PAGE_SHARE * (prose_total - prose_in_landmarks)
    )
    headline = next((raw for raw in blocks if raw.kind is HEADING and raw.level == 1), None)
    wraps_headline = {id(node) for node, _ in headline.container_noise} if headline else set()
    headline_at = headline.node.index if headline is not None and headline.node is not None else -1

    def _chain_verdict(chain: tuple[tuple[Node, Verdict], ...]) -> Verdict | None:
        """The verdict of a block in that chain of containers, innermost first."""
        for node, verdict in reversed(chain):
            if thread_page and verdict.label is COMMENTS:
                continue
            among = (
                prose_total
                if verdict.label in FRAME_LABELS or node.tag in LANDMARK_TAGS
                else prose_total - prose_elsewhere + landmark_in.get(id(node), 0)
            )
            holds_headline = id(node) in wraps_headline
            most = prose_in.get(id(node), 0) >= NOISE_VOID_SHARE * among > 0 and (
                node.tag not in SIDEBAR_TAGS or holds_headline or headline is None
            )
            if most and not holds_headline:
                if id(node) not in inserted:
                    inserted[id(node)] = _inserted(node, prose_at, blocks)
                if inserted[id(node)]:
                    return dataclasses.replace(
                        verdict, reason=f"{verdict.reason} {INSERT_NOTE}", final=True
                    )
            wrapper = most or (holds_headline and node.tag not in LANDMARK_TAGS)
            if verdict.label in UNVOIDABLE or not wrapper:
                container = verdict
                if (
                    node.ctx.in_article
                    and (verdict.set_apart or (article and verdict is COMPLEMENTARY))
                ) or (verdict.signature and not article):
                    container = dataclasses.replace(verdict, final=True)
                return container
        return None

    verdicts: list[Verdict | None] = []
    chain_verdicts: dict[int, Verdict | None] = {}  # the loop below's, per chain (one tuple)
    for raw in blocks:
        if id(raw.container_noise) in chain_verdicts:
            container = chain_verdicts[id(raw.container_noise)]
        else:
            container = _chain_verdict(raw.container_noise)
            chain_verdicts[id(raw.container_noise)] = container
        if article and (container is None or not container.final) and _in_aside(raw, headline_at):
            container = (
                NEWS_ASIDE if container is None else dataclasses.replace(container, final=True)
            )
        elif news and container is None and raw.kind is CAPTION:
            container = NEWS_CAPTION
        verdicts.append(container)
    return verdicts


def _in_aside(raw: RawBlock, headline_at: int) -> bool:
    """Whether the block sits in an <aside> inside the article that does not hold the
    headline's element (node index `headline_at`, -1 for none) (`resolve_noise`)."""
    node = raw.node
    while node is not None:
        if node.tag == "aside" and node.ctx.in_article:
            return not node.index <= headline_at <= node.end
        node = node.parent
    return False


def _inserted(node: Node, prose_at: list[tuple[int, int]], blocks: Sequence[RawBlock]) -> bool:
    """Whether the container stands among its parent's own text rather than wrapping it: prose
    of the parent before and after it (a gallery, a slideshow, a widget between two
    paragraphs), prose of the parent before it and titled slides in it (`_slides`), or,
    inside an article, unlinked text beside it of at least BOX_BESIDE_SHARE of its own (a fact
    box printing a speech next to a story of one-sentence paragraphs, which are not prose by
    `_looks_like_prose`). `prose_at` holds each prose block's element index and
    its innermost furniture container's (-1 for none), sorted."""
    parent = node.parent
    if parent is None:
        return False
    start = bisect_left(prose_at, (parent.index, -1))
    stop = bisect_right(prose_at, (parent.end, parent.end))
    beside = [
        index
        for index, container in prose_at[start:stop]
        if container <= parent.index and not node.index <= index <= node.end
    ]
    if beside and beside[0] < node.index and (beside[-1] > node.end or _slides(node, blocks)):
        return True
    return node.ctx.in_article and _box_beside_text(node, parent, blocks)


def _slides(node: Node, blocks: Sequence[RawBlock]) -> bool:
    """Whether the container holds at least SLIDE_MIN_TITLES list items opening with a
    heading: the titled slides of a slideshow or gallery."""
    titled = 0
    for raw in blocks:
        element = raw.node
        if (
            raw.kind is HEADING
            and element is not None
            and node.index < element.index <= node.end
            and element.parent is not None
            and element.parent.tag in LIST_ITEM_TAGS
        ):
            titled += 1
    return titled >= SLIDE_MIN_TITLES


def _box_beside_text(node: Node, parent: Node, blocks: Sequence[RawBlock]) -> bool:
    """Whether `parent` holds, outside `node`, unlinked text of at least BOX_BESIDE_SHARE of
    the unlinked text inside it."""
    inside = beside = 0
    for raw in blocks:
        if raw.node is None or raw.link_density >= PROSE_MAX_LINK_DENSITY:
            continue
        index = raw.node.index
        if node.index <= index <= node.end:
            inside += len(raw.text)
        elif parent.index <= index <= parent.end:
            beside += len(raw.text)
    return beside >= BOX_BESIDE_SHARE * inside > 0


def _looks_like_prose(raw: RawBlock) -> bool:
    return raw.link_density < PROSE_MAX_LINK_DENSITY and raw.sentences() >= PROSE_MIN_SENTENCES


def block_features(raw: RawBlock, stop: StopWords) -> dict[str, float]:
    """The block's own features, named as in the model's weights."""
    text = raw.text
    tokens = raw.words()
    size, density, count = len(text), raw.link_density, len(tokens)
    hits = sum(map(stop.words.__contains__, tokens))
    # Comparisons rather than min(), which costs eight times as much on CPython 3.11 (it parses
    # keyword arguments on every call), for every scored block.
    evidence = count / FULL_EVIDENCE_WORDS
    sentences = raw.sentences()
    found = {
        "log_chars": math.log1p(size),
        "link_density": density,
        "stopword_density": hits / count * (evidence if evidence < 1.0 else 1.0) if count else 0.0,
        "sentences": float(sentences if sentences < MAX_SENTENCES else MAX_SENTENCES),
        "ends_with_punctuation": 1.0 if SENTENCE_END_RE.search(text[-ENDING_CHARS:]) else 0.0,
        "in_article": 1.0 if raw.in_article else 0.0,
    }
    kind = KIND_FEATURES.get(raw.kind)
    if kind:
        found[kind] = 1.0
    # Indicators let the linear model express what a weighted sum cannot: a short linked block
    # is furniture, a long one with a link or two is prose.
    if density > LINKED:
        found["linked"] = 1.0
        if size < SHORT_CHARS:
            found["short_linked"] = 1.0
    if size < SHORT_CHARS:
        found["short"] = 1.0
    elif size >= LONG_CHARS:
        found["long"] = 1.0
    if count <= FEW_WORDS:
        found["few_words"] = 1.0
    return found


def find_region(items: Sequence[Scored], nodes: Sequence[Node], limits: Thresholds) -> Node | None:
    """The deepest element holding `region_min_share` of the page's content evidence.

    Teaser streams that hold enough evidence to pull the region away from an article beside
    them are left out of the count: "more stories" can outweigh a short article. Lists of
    teasers (`_teaser_lists`) when they hold that much and the rest is an article; boxes of
    teaser cards (`_teaser_boxes`) while the rest outweighs them. So is prose in a landmark
    kept as furniture (`_in_landmark`): a live ticker in a sidebar <aside> can hold more prose
    than the article, which is then left outside the region. And so is a block longer than
    `MAX_PARAGRAPH_CHARS`, unless the page has no other evidence: a text node of megabytes
    would outweigh any article, and decide the region alone.
    """
    if not nodes:
        return None
    for node in nodes:
        node.prose = 0.0
    lists = _teaser_lists(items)
    boxes = _teaser_boxes(items)
    prose = [
        (owner, item)
        for item in items
        if (owner := item.raw.node) is not None
        and item.verdict is None
        and not _in_landmark(item)
        and item.first >= EVIDENCE_MIN_SCORE
    ]
    paragraphs = [pair for pair in prose if len(pair[1].raw.text) <= MAX_PARAGRAPH_CHARS]
    evidence = [
        (
            owner,
            _stream_kind(item.raw, owner, lists, boxes) if lists or boxes else None,
            item.first * len(item.raw.text),
        )
        for owner, item in paragraphs or prose
    ]
    all_prose = sum(amount for _, _, amount in evidence)
    in_lists = sum(amount for _, kind, amount in evidence if kind is _LIST)
    in_boxes = sum(amount for _, kind, amount in evidence if kind is _BOX)
    skipped: set[str] = set()
    if (
        in_lists > (1 - limits.region_min_share) * all_prose
        and all_prose - in_lists >= TEASER_MIN_ARTICLE_SHARE * all_prose
    ):
        skipped.add(_LIST)
    if 0 < in_boxes <= TEASER_BOX_MAX_SHARE * all_prose:
        skipped.add(_BOX)
    for owner, kind, amount in evidence:
        if kind not in skipped:
            owner.prose += amount
    for node in reversed(nodes):  # most elements hold no evidence: nothing to pass up
        if node.prose and node.parent is not None and node.parent.index >= 0:
            node.parent.prose += node.prose
    total = nodes[0].prose
    if total <= 0:
        return None
    # The deepest such element is the last in document order: looked for from the end.
    region = next(
        (
            node
            for node in reversed(nodes)
            if node.prose >= limits.region_min_share * total
            and node.index > nodes[0].index
            and node.tag not in NOT_A_REGION
        ),
        nodes[0],
    )
    return _whole_column(region, nodes)


def _whole_column(region: Node, nodes: Sequence[Node]) -> Node:
    """The region's parent when the region is one piece of the article's column, cut by
    full-width pictures or section rules: siblings of the same shape (tag and first class)
    set apart from it by a picture (an element holding a `<figure>` and no evidence) or an
    `<hr>`, holding together at least COLUMN_PIECES_SHARE of the evidence they and the
    region hold. Sites that let pictures span the page close the text column before each one
    and open a new one after it, so the article's text lies in sibling wrappers of one class,
    and the longest alone can hold 60 % of it. Side-by-side columns of a grid (the article
    and its sidebar, a page builder's sections) follow each other with no picture between.
    Wrappers adding no evidence of their own are climbed through to find the pieces, up to
    COLUMN_CLIMB levels (each level reads the parent's subtree once)."""
    node = region
    for _ in range(COLUMN_CLIMB):
        parent = node.parent
        if parent is None or parent.index < 0:
            break
        if "." in node.name:
            pieces = _column_pieces(node, parent, nodes)
            if pieces >= COLUMN_PIECES_SHARE * (pieces + node.prose):
                return parent
        if parent.prose > node.prose:
            break
        node = parent
    return region


def _column_pieces(node: Node, parent: Node, nodes: Sequence[Node]) -> float:
    """The evidence in `node`'s siblings shaped like it and set apart from it by a picture
    or a rule (`_whole_column`)."""
    inside = nodes[parent.index + 1 : parent.end + 1]
    children = [child for child in inside if child.parent is parent]
    at = children.index(node)
    found = 0.0
    for side in (children[at + 1 :], children[at - 1 :: -1] if at else []):
        apart = False
        for child in side:
            if child.prose == 0 and any(
                inner.tag in COLUMN_BREAK_TAGS for inner in nodes[child.index : child.end + 1]
            ):
                apart = True
            elif apart and child.name == node.name:
                found += child.prose
    return found


def _in_landmark(item: Scored) -> bool:
    """Whether the block's furniture verdict (kept by `resolve_noise`) is a landmark's: a
    sidebar <aside>, a <header>, a <footer> or a <nav> beside the article."""
    container = item.container
    return container is not None and any(
        verdict is container and node.tag in LANDMARK_TAGS
        for node, verdict in item.raw.container_noise
    )


def _teaser_lists(items: Sequence[Scored]) -> set[int]:
    """Ids of the lists holding `TEASER_MIN_HEADINGS` headings that are wholly links: streams
    of story teasers (an article's own headings are rarely links)."""
    counts: dict[int, int] = {}
    for item in items:
        raw = item.raw
        if (
            raw.group is not None
            and raw.group.tag in TEASER_LIST_TAGS
            and raw.kind is HEADING
            and raw.link_density >= TEASER_LINK_DENSITY
        ):
            counts[id(raw.group)] = counts.get(id(raw.group), 0) + 1
    return {group for group, count in counts.items() if count >= TEASER_MIN_HEADINGS}


_LIST = "list"
_BOX = "box"


def _stream_kind(raw: RawBlock, owner: Node, lists: set[int], boxes: list[Node]) -> str | None:
    """Whether a block lies in a list of teasers, a box of teaser cards, or neither."""
    if raw.group is not None and id(raw.group) in lists:
        return _LIST
    if any(box.index <= owner.index <= box.end for box in boxes):
        return _BOX
    return None


def _teaser_boxes(items: Sequence[Scored]) -> list[Node]:
    """The elements holding `TEASER_MIN_HEADINGS` card titles within `TEASER_WRAPPER_DEPTH`
    levels: a sidebar's "recent posts", each a linked headline over its summary, built of
    <div>s rather than a list, or of list items whose title is a bare link. The deepest such
    element per title."""
    titles = _card_titles(items)
    counts: dict[int, int] = {}
    for title in titles:
        for box in _boxes(title):
            counts[id(box)] = counts.get(id(box), 0) + 1
    found: dict[int, Node] = {}
    for title in titles:
        stream = next(
            (box for box in _boxes(title) if counts[id(box)] >= TEASER_MIN_HEADINGS), None
        )
        if stream is not None:
            found[id(stream)] = stream
    return list(found.values())


def _card_titles(items: Sequence[Scored]) -> list[Node]:
    """The title elements of teaser cards: headings outside lists that are wholly links (in a
    list, `_teaser_lists` judges them), and links standing as a block of their own over an
    unlinked paragraph in the same parent (the card's summary)."""
    titles = [
        heading
        for item in items
        if item.raw.kind is HEADING
        and item.raw.group is None
        and item.raw.link_density >= TEASER_LINK_DENSITY
        and (heading := _heading_element(item.raw.node)) is not None
    ]
    for item, after in itertools.pairwise(items):
        title, summary = item.raw, after.raw
        link = title.node
        if (
            link is not None
            and link.tag == "a"
            and title.kind is not HEADING
            and title.link_density >= TEASER_LINK_DENSITY
            and summary.kind is PARAGRAPH
            and summary.node is not None
            and summary.node.parent is link.parent
            and summary.link_density < LINKED
        ):
            titles.append(link)
    return titles


def _card_title(item: Scored, limits: Thresholds) -> bool:
    """A linked heading inside an article that a link encloses: the title of a teaser card
    whose whole face is one link (`<a href><div><h3>…</h3></div></a>`), pointing to another
    story; the text after it is not its section. A section heading carries its link inside
    (`<h2><a>`) or none."""
    if item.raw.link_density <= limits.max_link_density or not item.raw.in_article:
        return False
    heading = _heading_element(item.raw.node)
    return heading is not None and heading.ctx.link  # inherited: an <a> encloses the heading


def _heading_element(node: Node | None) -> Node | None:
    """The <h1>–<h6> a heading block's text belongs to (its node may be a link inside)."""
    while node is not None and node.tag not in HEADING_TAGS:
        node = node.parent
    return node


def _boxes(title: Node) -> list[Node]:
    """The elements up to `TEASER_WRAPPER_DEPTH` levels above a card title, innermost first."""
    boxes: list[Node] = []
    node = title.parent
    while node is not None and node.index >= 0 and len(boxes) < TEASER_WRAPPER_DEPTH:
        boxes.append(node)
        node = node.parent
    return boxes


def smooth(
    scored: list[Scored],
    threshold: float,
    limits: Thresholds,
    data_tables: set[int],
    note_lists: set[int],
    article: bool = False,
) -> None:
    """Short or doubtful blocks borrow the verdict of their nearest confident neighbours (a
    block set apart as furniture for certain, and a text detector's line of site chrome, are
    confident boilerplate ones: `_set_apart`, `_chrome_neighbour`). One boilerplate side with
    no confident block in reach on the other demotes a block only when its own score is below
    the threshold: the last short paragraphs of an article before the footer's chrome are the
    article's, when the model says so; a
    heading is content when content follows it, unless it is a teaser's title: it heads
    related content (`_heads_a_teaser`) or a link encloses it inside an article (`_card_title`).

    A caption is never promoted: a figure sits between paragraphs wherever it is placed, so
    its place says nothing about its text, and most truths leave captions out (of the
    captions this pass promoted on the dev corpus, 79 % of the words were not in the truth:
    fundus and wcxb leave them out, mozilla_readability keeps them). The model still decides
    a caption on its own features.
    A linked cell of a table of data (`_data_cell`) may be promoted: the linked name heading
    a row (a film, a laureate) belongs to the row's description beside it (`data_tables`:
    `_data_tables(scored)`), and so may a linked note of the author's list of notes
    (`_linked_note`: `note_lists` is `_note_lists(scored, limits)`): a change log's note that
    links its bug, between the post's other notes, is the post's text like them.

    On a page that declares itself an article (`article`), a block is promoted only with a
    confident content block on each side (`_vouched`): a newsroom's template sets the story
    apart as one run of paragraphs, and the short lines past its edge with no confident block
    in reach beyond them are the template's (`Quelle: dpa`, `Etiketler :`, `HIDE CAPTION`,
    `Liveblog`, a gallery's `1/12`, a font-size control), not the story's. Other pages keep
    one side's vouching: older layouts and blogs end the text with short lines of its own; so
    does a table's cell (`_in_table`), one label among others in a table of data.
    """
    confident = [
        (_set_apart(item) or _chrome_neighbour(item))
        if item.verdict is not None
        else _is_confident(item, threshold, limits)
        for item in scored
    ]
    for position, item in enumerate(scored):
        if item.verdict is not None or item.container is not None or confident[position]:
            continue
        before = _neighbour(scored, confident, position, -1, limits.neighbour_reach)
        after = _neighbour(scored, confident, position, 1, limits.neighbour_reach)
        if item.raw.kind is HEADING:
            if _heads_a_teaser(scored, position) or _card_title(item, limits):
                continue
            if after is not None and after.score >= threshold:
                item.score = max(item.score, threshold)
                item.reason = "heading before content"
            continue
        sides = [side.score >= threshold for side in (before, after) if side is not None]
        linked = (
            item.raw.link_density > limits.max_link_density
            and not _data_cell(item, data_tables)
            and not _linked_note(item, note_lists)
        )
        caption = item.raw.kind is CAPTION
        if _vouched(sides, article and not _in_table(item)) and not linked and not caption:
            item.score = max(item.score, threshold)
            item.reason = "between content blocks"
        elif sides and not any(sides) and (len(sides) == 2 or item.score < threshold):
            item.score = min(item.score, threshold * BETWEEN_BOILERPLATE_SCALE)
            item.reason = "between boilerplate blocks"


def _vouched(sides: list[bool], article: bool) -> bool:
    """Whether the confident neighbours found (`sides`: content or not, one per side found)
    make a block content in `smooth`: all of them content, and on a declared article both
    sides found. Measured (2026-12-06, acc-moz), both sides required on declared articles
    only: fundus 0.97328 → 0.97427, trafilatura_eval snippets 0.93810 → 0.93966, dragnet
    +0.0001, wcxb +0.00007 (snippets +0.0003), mozilla_readability 0.97209 → 0.97194 (its
    truths keep aktualne's error-report line), cleaneval and cleanportaleval unchanged; on
    every page: cleaneval −0.0012, dragnet −0.0019. Table cells left out of it (a wiki's
    table of films, a comparison table's ratings): mozilla wikipedia-4 +.004, wcxb 0246 +.016."""
    return bool(sides) and all(sides) and (len(sides) == 2 or not article)


def _in_table(item: Scored) -> bool:
    """Whether the block is a cell of a table (`RawBlock.group` is the `<table>`)."""
    group = item.raw.group
    return group is not None and group.tag == "table"


def _set_apart(item: Scored) -> bool:
    """Whether a block with a final verdict is one that `prepare` set apart from the scored
    blocks (a fact box, a news aside, an inserted gallery, a time stamp): furniture for
    certain, which `smooth` reads as a confident boilerplate neighbour (its score is 0). A
    text detector's verdict is not: the article's own furniture (a dateline, a byline, a
    caption, a lone `Tweet`) stands among its paragraphs, and the neighbour is looked for
    past it; the site's chrome counts by `_chrome_neighbour`. Skipped too, the block just
    before a removed aside would take the verdict of the article's paragraphs above it: an
    author's box or a "more by" prompt kept as content."""
    return bool(item.features)


def _chrome_neighbour(item: Scored) -> bool:
    """Whether a block with a text verdict is the site's chrome for certain (a menu, a share
    bar, a cookie notice, a newsletter prompt: `Verdict.page_chrome`), which `smooth` reads as
    a confident boilerplate neighbour: a short block between such lines is not pulled into the
    body by paragraphs further off. Not a heading that is a menu word (`FAQ`, `Videos`): it
    titles a section of the page, whatever that holds; nor a table's cell, which reads as a
    label beside others (`Popular` heading a column of votes) in a table of data and in a
    page laid out in a table alike."""
    verdict = item.verdict
    if verdict is None or not verdict.page_chrome:
        return False
    raw = item.raw
    if raw.kind is HEADING and verdict.label is MENU:
        return False
    return not _in_table(item)


def _heads_a_teaser(scored: Sequence[Scored], position: int) -> bool:
    """Whether the block right after the heading is related content (a teaser's excerpt, its
    read-more line): the heading is then that teaser's title, whatever follows it."""
    if position + 1 >= len(scored):
        return False
    following = scored[position + 1]
    verdict = following.verdict or following.container
    return verdict is not None and verdict.label is RELATED


def smooth_groups(
    scored: list[Scored], threshold: float, limits: Thresholds, data_tables: set[int]
) -> None:
    """Items of one list and cells of one table share a verdict when the group is content.

    A data table's cells and a list's items are short, so one by one they look like
    furniture; together, unlinked and between content (or mostly content already), they are
    part of the article. Groups with a long member, and tables holding a heading, are layout
    tables (a data table labels its columns with header cells, not <h1>-<h6>; a list of
    titled cards is another matter): left to the blocks.
    The neighbours are looked for outside the group, so they may be cells of an enclosing
    layout table: on a page laid out in a table every paragraph is such a cell.
    A group mostly of links is a menu or a teaser list, unless it is a table of data
    (`data_tables`: `_data_tables(scored)`): a table that heads its rows or columns with
    `<th>` cells (a wiki's infobox: `Capital` › `Wellington`, `Founder` › a linked company)
    links its values to their articles, and they are its data.
    """
    members: dict[int, list[Scored]] = {}
    first: dict[int, int] = {}
    last: dict[int, int] = {}
    for position, item in enumerate(scored):
        group = item.raw.group
        if group is None or item.verdict is not None or item.container is not None:
            continue
        members.setdefault(id(group), []).append(item)
        first.setdefault(id(group), position)
        last[id(group)] = position
    confident = [item.verdict is None and _is_confident(item, threshold, limits) for item in scored]
    for key, items in members.items():
        chars = sum(len(item.raw.text) for item in items)
        table = _in_table(items[0])
        if len(items) < MIN_GROUP_SIZE or any(
            len(i.raw.text) >= limits.long_chars or (table and i.raw.kind is HEADING) for i in items
        ):
            continue
        if key not in data_tables and (
            sum(item.raw.link_chars for item in items) > limits.max_link_density * chars
        ):
            continue
        content = sum(len(item.raw.text) for item in items if item.score >= threshold)
        before = _neighbour(scored, confident, first[key], -1, limits.neighbour_reach)
        after = _neighbour(scored, confident, last[key], 1, limits.neighbour_reach)
        sides = [side.score >= threshold for side in (before, after) if side is not None]
        if content >= GROUP_CONTENT_SHARE * chars or (sides and all(sides)):
            for item in items:
                if item.score < threshold:
                    item.score = threshold
                    item.reason = "item of a list or table that is content"


def keep_between_content(scored: list[Scored], threshold: float, limits: Thresholds) -> None:
    """A block of the text's own (no link, no furniture container, no caption) right between
    two content blocks is content: a section's title (`Pros:`, `Product Specs`, `See also`),
    a short line or list item, a table's cell inside the article. The neighbour pass reads a
    block by the nearest *confident* blocks, and a heading by the next one only: a short
    paragraph or a list the later passes made content is not confident, and a confident
    boilerplate block further off outvoted the text beside it. This pass reads the final
    scores of the two blocks beside it. A caption stays left to the model (`smooth`)."""
    for position in range(1, len(scored) - 1):
        item = scored[position]
        if (
            item.raw.kind is CAPTION
            or item.verdict is not None
            or item.container is not None
            or item.score >= threshold
            or item.raw.link_density > limits.max_link_density
        ):
            continue
        before, after = scored[position - 1], scored[position + 1]
        if all(side.verdict is None and side.score >= threshold for side in (before, after)):
            item.score = threshold
            item.reason = "right between content blocks"


def extend_introduced_lists(scored: list[Scored], threshold: float, limits: Thresholds) -> None:
    """The items of a list that a content paragraph introduces are content: the paragraph ends
    with a colon and the list follows it in the same element (`Previous interviews in this
    series:`, `For more information:` over a list of links). The post goes on into the list it
    announces; a guard or a neighbour pass, seeing short links after the text's last paragraph,
    drops them. Not after a line that opens with a related-content heading, opens a jump list
    or offers more reading (`LIST_POINTER_RE`: `See also:`, `Related content from …:`, `you
    might also like:`): those name other pages rather than say what follows."""
    for position, item in enumerate(scored[:-1]):
        raw = item.raw
        if not (
            item.verdict is None
            and item.container is None
            and raw.kind is PARAGRAPH
            and item.score >= threshold
            and raw.link_density <= limits.max_link_density
            and raw.text.rstrip().endswith(INTRO_MARK)
            and LIST_POINTER_RE.search(raw.text.strip()) is None
        ):
            continue
        host = _host(raw)
        members = [] if host is None else _introduced_items(scored, position + 1, host, limits)
        for member in members:
            if member.score < threshold:
                member.score = threshold
                member.reason = "item of a list the paragraph before it introduces"


def _introduced_items(
    scored: Sequence[Scored], start: int, host: Node, limits: Thresholds
) -> list[Scored]:
    """The items an introducing paragraph in `host` announces, from `start`: the items of the
    list (`<ul>`, `<ol>`) that follows it, all short, in no furniture and in the same host; or,
    with no list, the run of short paragraphs in the host that follows it (an author's list
    set as one line a paragraph), of MIN_GROUP_SIZE or more, one of them linked, up to a line
    with a colon (`Tel:`, `Internet:`: the fields of a contact box, not items). Empty when
    neither stands there."""
    group = scored[start].raw.group
    if group is not None:
        members = _list_from(scored, start)
        if group.tag not in TEASER_LIST_TAGS or any(
            member.verdict is not None
            or member.container is not None
            or member.raw.kind is not LIST_ITEM
            or len(member.raw.text) >= limits.long_chars
            or _host(member.raw) is not host
            for member in members
        ):
            return []
        return members
    lines: list[Scored] = []
    for item in _from(scored, start):
        raw = item.raw
        if (
            item.verdict is not None
            or item.container is not None
            or raw.kind is not PARAGRAPH
            or raw.group is not None
            or len(raw.text) >= limits.long_chars
            or INTRO_MARK in raw.text
            or _host(raw) is not host
        ):
            break
        lines.append(item)
    linked = any(line.raw.link_density > limits.max_link_density for line in lines)
    return lines if len(lines) >= MIN_GROUP_SIZE and linked else []


def _from(scored: Sequence[Scored], start: int) -> Iterator[Scored]:
    """The blocks from `start` on, lazily: a slice copied the rest of the page for every
    introducing paragraph, and 40,000 of them (`Said:`) took 2.8 s of CPU."""
    return map(scored.__getitem__, range(start, len(scored)))


def _list_from(scored: Sequence[Scored], start: int) -> list[Scored]:
    """The items of the list the block at `start` belongs to, from it on, up to the first
    block of another group."""
    group = scored[start].raw.group
    members: list[Scored] = []
    for item in _from(scored, start):
        if item.raw.group is not group:
            break
        members.append(item)
    return members


def promote_card_grids(scored: list[Scored], threshold: float) -> None:
    """The cards of a listing page are its content when the page has little prose beside
    them: `CARD_GRID_MIN_CARDS` or more sibling elements of one shape (one parent and one
    `Node.name`: the tag and first class name, `div.card`), each holding a linked title and
    text of its own (a price, a date, a summary), and the content outside such grids under
    `CARD_GRID_MAX_OTHER_SHARE` of their text. The guard rejects each card's linked title as a
    short linked block and the smoothing the rest between them; on a page of cards that is the
    whole page. An article's "more stories" grid stays out: the article outweighs it (and a
    page declaring itself an article or a thread is not looked at). The cards' titles differ
    (a column of one repeated link is no grid), the median card is short (`_short_cards`), and
    a block in furniture enclosing its card (a footer's link columns, a comment list) stays
    out; furniture inside a card (a rating widget) does not.

    Most pages have no grid: the shapes are found from the linked blocks alone
    (`_titled_shapes`), and the page is left at once when none repeats."""
    shapes = _titled_shapes(scored)
    if not shapes:
        return
    held = _card_blocks(scored, shapes)
    inside: dict[int, Node] = {}
    for titles in shapes:
        cards = [card for card in titles if _own_text(scored, held[card])]
        if len({titles[card] for card in cards}) < CARD_GRID_MIN_CARDS or not _short_cards(
            scored, [held[card] for card in cards]
        ):
            continue
        for card in cards:
            for position in held[card]:
                if position not in inside or card.index < inside[position].index:
                    inside[position] = card
    if not inside or _outweighed(scored, inside, threshold):
        return
    for position, card in inside.items():
        item = scored[position]
        if (
            item.verdict is None
            and item.score < threshold
            and all(node.index > card.index for node, _ in item.raw.container_noise)
        ):
            item.score = threshold
            item.reason = CARD_NOTE


def _titled_shapes(scored: Sequence[Scored]) -> list[dict[Node, str]]:
    """The candidate cards of each shape that repeats, with their titles. A block's card may be
    its own element or one up to `CARD_MAX_DEPTH` levels above it (below another element, not
    the page's root); a card's title is the text of the first linked block (link density
    `TEASER_LINK_DENSITY` or more) it holds. Cards of one shape are siblings of one `Node.name`
    (tag and first class name): the key is their parent and that name. Only the shapes with
    `CARD_GRID_MIN_CARDS` distinct titles are kept: what `promote_card_grids` checks next (a
    card's own text) can only thin them. Read from the linked blocks alone, so that a page
    without such a shape, most pages, costs a walk from a few of its blocks."""
    shapes: dict[tuple[Node, str], dict[Node, str]] = {}
    # the levels a walk had left at each element it reached: a later walk arriving there with
    # no more stops, since the levels above it are walked already
    reach: dict[Node, int] = {}
    for item in scored:
        raw = item.raw
        if not raw.link_chars or raw.link_density < TEASER_LINK_DENSITY:
            continue
        node = raw.node
        left = CARD_MAX_DEPTH
        while node is not None and (parent := node.parent) is not None and left:
            walked = reach.get(node)
            if walked is None:
                if parent.index >= 0:
                    cards = shapes.get((parent, node.name))
                    if cards is None:
                        shapes[parent, node.name] = {node: raw.text}
                    else:
                        cards[node] = raw.text
            elif walked >= left:
                break
            reach[node] = left
            node = parent
            left -= 1
    return [
        cards
        for cards in shapes.values()
        if len(cards) >= CARD_GRID_MIN_CARDS and len(set(cards.values())) >= CARD_GRID_MIN_CARDS
    ]


def _card_blocks(scored: Sequence[Scored], shapes: list[dict[Node, str]]) -> dict[Node, list[int]]:
    """The positions of the blocks each candidate card of `shapes` holds: those whose own
    element is the card or lies up to `CARD_MAX_DEPTH` levels below it."""
    held: dict[Node, list[int]] = {card: [] for cards in shapes for card in cards}
    for position, item in enumerate(scored):
        node = item.raw.node
        depth = 0
        while node is not None and depth < CARD_MAX_DEPTH:
            found = held.get(node)
            if found is not None:
                found.append(position)
            node = node.parent
            depth += 1
    return held


def _own_text(scored: Sequence[Scored], positions: list[int]) -> bool:
    """Whether a card holds unlinked text beside its title (link density under `LINKED`): a
    price, a date, a summary. A menu's items hold none."""
    return any(
        scored[p].raw.link_density < LINKED and scored[p].raw.text.strip() for p in positions
    )


def _outweighed(scored: Sequence[Scored], inside: dict[int, Node], threshold: float) -> bool:
    """Whether the content outside the grids (the blocks at the positions `inside` keys) is
    more than `CARD_GRID_MAX_OTHER_SHARE` of the grids' text: an article beside its "more
    stories" grid."""
    grid_chars = sum(len(scored[position].raw.text) for position in inside)
    other = sum(
        len(item.raw.text)
        for position, item in enumerate(scored)
        if position not in inside and item.verdict is None and item.score >= threshold
    )
    return other > CARD_GRID_MAX_OTHER_SHARE * grid_chars


def _short_cards(scored: Sequence[Scored], cards: list[list[int]]) -> bool:
    """Whether the median card of a grid (the positions of the blocks each card holds) holds
    at most `CARD_MAX_CHARS`: a product tile, an event, a teaser; a thread's posts and an
    article's comments, each a linked name over the text, are longer."""
    lengths = sorted(sum(len(scored[p].raw.text) for p in positions) for positions in cards)
    return lengths[len(lengths) // 2] <= CARD_MAX_CHARS


def drop_agency_credits(scored: list[Scored]) -> None:
    """A block that is nothing but a picture's or a story's agency credit (`Photo: Reuters`,
    `Nasa / Reuters`: `noise.is_agency_credit`) is furniture, whatever its score or its
    container's verdict: a byline box's credit is no author either. Judged after the smoothing
    passes, so that its neighbours borrowed its score and not its verdict, as they did before
    the rule: a credit between paragraphs is left out alone (judged as a text detector's
    verdict, it would let its neighbours' neighbours decide them)."""
    for item in scored:
        if item.verdict is None and is_agency_credit(item.raw.text):
            item.verdict = AGENCY_CREDIT


def _is_confident(item: Scored, threshold: float, limits: Thresholds) -> bool:
    long_enough = len(item.raw.text) >= limits.short_chars
    return long_enough and abs(item.score - threshold) >= limits.doubt_margin


def _neighbour(
    scored: list[Scored], confident: list[bool], position: int, step: int, reach: int
) -> Scored | None:
    index = position + step
    while 0 <= index < len(scored) and abs(index - position) <= reach:
        if confident[index]:
            return scored[index]
        index += step
    return None


def _label(item: Scored, threshold: float) -> Block:
    raw = item.raw
    container = item.container
    if item.verdict is not None:
        label, reason, value = item.verdict.label, item.verdict.reason, 0.0
    elif item.score >= threshold:
        reason = item.reason or _explain(item)
        if container is not None:
            reason += f", despite {container.reason}"
        label, value = CONTENT, item.score
    elif container is not None:
        label, reason, value = container.label, f"{container.reason}, {_explain(item)}", item.score
    else:
        label, reason, value = BOILERPLATE, item.reason or _explain(item), item.score
    outside = bool(item.features.get("outside_region"))
    return Block(raw.text, raw.kind, label, value, reason, raw.level, raw.path(), outside)


def _explain(item: Scored) -> str:
    found = item.features
    text = EXPLANATION % (
        item.score,
        len(item.raw.text),
        found["link_density"],
        found["stopword_density"],
    )
    return text + ", outside main region" if found.get("outside_region") else text
