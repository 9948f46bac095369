"""The numbers the tokenizer and the classifier compare against that are no part of a vocabulary.

`Thresholds` holds those a caller may tune: each field says what it measures and where its
default comes from. To change one: `dataclasses.replace(Thresholds(), max_link_density=0.3)`
and pass it in `ExtractOptions`. The module constants after it are fixed. A number that
belongs to a word list or pattern stands beside it (`datewords`, `phrases`, `titles`), and one
that only a single rule reads is a named, documented constant of that rule's module.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from ..errors import InvalidOptionsError


@dataclass(frozen=True, slots=True, kw_only=True)
class Thresholds:
    """Numbers the pipeline compares against. Defaults are calibrated on the dev corpus."""

    short_chars: int = 40
    """Blocks shorter than this (characters) are "short": too little text to judge alone,
    decided by their neighbours (jusText's length_low is 70; flattened news lines are shorter)."""

    long_chars: int = 200
    """Blocks at least this long are "long": prose unless links or noise say otherwise."""

    max_link_density: float = 0.5
    """Share of a block's characters inside <a>; above it the block is a link block."""

    doubt_margin: float = 0.25
    """A block whose score is this close to the content threshold is doubtful: its neighbours
    decide."""

    neighbour_reach: int = 3
    """How many blocks on each side a short block looks at to borrow a decision."""

    max_dateline_chars: int = 80
    """A block this short that parses as a date is a dateline, not prose."""

    max_byline_chars: int = 120
    """A block this short that starts "By …" is a byline."""

    max_noise_line_chars: int = 300
    """Phrase-based noise detectors (cookie, newsletter, share) only fire on blocks up to here:
    a long paragraph that mentions cookies is an article about cookies."""

    icon_run_min_hits: int = 4
    """Icon-name run: at least this many tokens carry an icon word ..."""

    icon_run_min_share: float = 0.3
    """... and they make at least this share of the block's tokens."""

    region_min_share: float = 0.6
    """The main-content region is the smallest container holding this share of the page's
    prose score; a larger wrapper would drag in its sidebars."""

    def __post_init__(self) -> None:
        for field in fields(self):
            value = getattr(self, field.name)
            if value < 0:
                raise InvalidOptionsError(f"Thresholds.{field.name} must be >= 0, got {value!r}")
        for name in (
            "max_link_density",
            "icon_run_min_share",
            "region_min_share",
            "doubt_margin",
        ):
            if getattr(self, name) > 1:
                raise InvalidOptionsError(f"Thresholds.{name} is a share in [0, 1]")


PARAGRAPH_BREAKS = 2
"""`<br>` elements in a row that end a block (`blocks`): old-style pages separate paragraphs
with `<br><br>`, and a single `<br>` breaks a line inside one."""

LONG_COOKIE_MIN_PHRASES = 2
"""Consent phrases a text longer than `Thresholds.max_noise_line_chars` must hold to be a
cookie notice (`noise`; a shorter one needs one): a paragraph on cookie law quotes one phrase,
a consent banner repeats itself."""
CONSENT_CENTRE_MAX_CHARS = 2000
"""Texts longer than `noise.COOKIE_MAX_CHARS`, up to this, are still asked whether they are a
consent manager's preference centre (`LONGEST_COOKIE_MIN_PHRASES`): its introduction and
categories, flattened together, run to a thousand characters and more."""
LONGEST_COOKIE_MIN_PHRASES = 3
"""Different consent phrases a text longer than `noise.COOKIE_MAX_CHARS` must hold to be a
cookie notice: an article on cookie law of that length may quote two, one of them twice."""

GUARD_SCALE = 0.9
"""Where `classify.guard` puts a guarded block's score, as a share of the content threshold:
just under it, so that it reads as a near miss in --blocks output, not as a confident
rejection."""

BETWEEN_BOILERPLATE_SCALE = 0.5
"""Where `classify.smooth` puts a doubtful block between boilerplate neighbours, as a share of
the content threshold: well below it, as its neighbours are. With the shipped threshold (0.5)
that is `Thresholds.doubt_margin` below it, so `smooth_groups` counts a block long enough as
a confident boilerplate neighbour, and --blocks output shows a rejection, not a near miss."""

GROUP_CONTENT_SHARE = 0.5
"""Share of a list's or table's characters already scored as content from which
`classify.smooth_groups` makes all its items content: half its text reads as the article, so
its short items or cells are the article's too, not a widget beside it."""

TEXT_PROSE_MIN_WORDS = 20
"""Plain text (no tree, no links): a block of at least this many words holding at least
`TEXT_PROSE_MIN_SENTENCES` sentence end is prose, an anchor of the article's run
(`classify.bound_text_region`). A menu, a teaser's title or a footer line is shorter; one
sentence is enough (a news agency's paragraphs are one sentence each)."""
TEXT_PROSE_MIN_SENTENCES = 1
TEXT_REGION_GAP_BLOCKS = 12
"""Plain text: prose blocks with at most this many blocks not scored content between them
belong to one run (a caption, a sub-heading, a table of one-word cells, a forum's names and
dates between its posts); the run with the most prose words is the article, and what is
outside it is not content (the HTML path's region, for text another tool flattened: its
menus, teasers and footers keep no element to tell them by). 6 or 9 cut articles whose
tables or forums' posts broke them into runs (cleaneval lower); docs/algorithm.md."""
TEXT_WRAP_MIN_WORDS = 5
"""Plain text: a line ending open (`phrases.TEXT_OPEN_LINE_ENDS`) runs on into the next after a
blank line only when it holds at least this many words, and the next at least
`TEXT_WRAP_NEXT_MIN_WORDS` (`blocks.tokenize_text`): a hard-wrapped line of prose is long, a
menu's item, a title or a label (`Tipping is customary`, `Skip to secondary content`) above
a lower-case link (`national@eater.com`, `tiktok`) is short. Measured with the sentence end
the join also needs: 71 of 1,753 flattened pages change, 4 lower; with no minimums and no
sentence end, 449 changed, 143 lower (dragnet R787 .944 -> .375: a footer's labels run into
its links); docs/algorithm.md."""
TEXT_WRAP_NEXT_MIN_WORDS = 2
TEXT_LINE_BLOCK_CHARS = 100
"""Plain text: lines with no blank line between them are one block (prose hard-wrapped by its
author, an address, a name above a role) unless none of them runs on into the next (an open
end, a lower-case start: `blocks.continues`) and one is longer than this, or they are
`TEXT_STACKED_MIN_LINES` or more. Then each line is a block: a paragraph on one line, or the
headline, byline, date and menu items that a flattener laying out every `<div>` on a line of
its own (a browser's `innerText`, `get_text("\n")`) stacks with no blank line between, and
that one block would glue together: the headline lost in it, the menu riding on the
article's prose. Hard-wrapped lines are shorter (72 to 80 characters) and run on. Measured
with `python -m benchmarks.flattened` (blocks, html_text, innertext) in docs/algorithm.md;
every line a block, without the length or the count, cut more directories' entries (name,
address, phone) into lines too short to read as content: cleaneval held out with the block
flattener .880 -> .878, where this rule gives .883."""
TEXT_STACKED_MIN_LINES = 4
TEXT_STACKED_MAX_RUN_ON_SHARE = 0.2
"""Plain text: a stack of `TEXT_STACKED_MIN_LINES` lines or more is still a block a line when
at most this share of its lines run on from the one before (`blocks.continues`; those stay
with it): a page's header and menus, a line each, where a label ends open above one that
starts lower-case. Hard-wrapped prose runs on at most of its line breaks (English at two in
three or more; German, whose nouns are capitalised, at about a third)."""
TEXT_REGION_MIN_SHARE = 0.4
"""Plain text: the largest run of prose bounds the article only when it holds at least this
share of the text's prose words; below it the prose is spread over several runs of like size
(an article that a table, a gallery or a long interlude split apart, a directory's entries)
and no one run is the article, so the whole text is left to the model
(`classify.bound_text_region`; docs/algorithm.md)."""
