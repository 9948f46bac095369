"""Noise detectors: is this element page furniture, is this text a known kind of noise?

Two entry points, each one sectioned predicate with one rule per line:
- `judge(tag, attributes, in_article)` judges an element: hidden, the article, or furniture
  (`container_noise`, from its tag and class/id/role tokens), once per element shape; every
  block inside inherits the verdict.
- `text_noise(text, limits)` judges a block (or a line of plain text) from its words alone:
  icon-name runs, media-player timestamps, ad labels, share bars, cookie notices, newsletter
  prompts, related-content headings, menus and breadcrumbs, bylines and datelines.
Both return a `Verdict` (label, reason for humans, what later stages must know of the rule) or
None.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from operator import attrgetter, itemgetter
from typing import TYPE_CHECKING, NamedTuple

from ._text import held_share, words
from .dateparse import MONTH_NUMBERS, has_date
from .heuristics import phrases, tokens
from .heuristics.datewords import (
    DATELINE_WORDS,
    MERIDIEM_RE,
    MONTH_INITIALS,
    ORDINAL_RE,
    WEEKDAYS,
    YEAR_RE,
)
from .heuristics.tags import (
    ARTICLE_TAGS,
    CHROME_TAGS,
    HIDDEN_STYLE_RE,
    LINK_TAGS,
    NAV_TAGS,
    PAGE_TAGS,
    REFERENCE_TABLE_TAGS,
)
from .heuristics.thresholds import (
    CONSENT_CENTRE_MAX_CHARS,
    LONG_COOKIE_MIN_PHRASES,
    LONGEST_COOKIE_MIN_PHRASES,
    Thresholds,
)
from .result import Label

if TYPE_CHECKING:
    from lxml import etree


@dataclass(frozen=True, slots=True)
class Verdict:
    """A detector's judgement: the noise label, and why, for humans (`Block.reason`). No rule
    reads the reason: what a later stage must know of the rule that made a verdict is a field
    of its own (`final`, `set_apart`, `expander`, `page_chrome`), so rewording a reason changes
    no other output."""

    label: Label
    reason: str
    final: bool = False
    """A container verdict the model may not overrule (text detectors' verdicts always are)."""
    set_apart: bool = False
    """Made by a rule naming a box that a newsroom sets apart from the story it sits in (a fact
    box, an embedded social post: `SET_APART_RULES`): final inside an article
    (`classify.resolve_noise`), where the model would keep its prose."""
    expander: bool = False
    """Made by a rule whose names also mark a panel that expands its own text (`read-more`,
    `EXPANDER_RULES`): the tokenizer drops the verdict from a container of long unlinked
    prose, which is the page's text, not a list of links to other pages."""
    signature: bool = False
    """Made by a rule naming a forum post's signature (`SIGNATURE_RULES`, `SIGNATURE_ROLE`):
    final on a page that does not declare itself an article (`classify.resolve_noise`), where
    the model kept a member's quote or gear list between the posts. On an article the word
    names the byline (`c-signature`, `bloc_signature`: newsrooms writing French, Spanish or
    Portuguese call it so), which some truths keep."""
    page_chrome: bool = False
    """A text verdict naming the site's own furniture for certain (a menu, a share bar, a
    cookie notice, a newsletter prompt, a related-content list, an ad label, a player's
    autoplay countdown): `classify.smooth` reads such a block as a confident boilerplate
    neighbour. Not the article's own furniture (its headline, breadcrumb, dateline, byline,
    captions), which stands among its paragraphs."""


COOKIE_NOTICE = Verdict(Label.COOKIE, "cookie/consent notice", page_chrome=True)
"""A cookie banner or a consent manager's text (`_is_cookie_notice`): the site's, for certain."""
AUTOPLAY_COUNTDOWN = Verdict(Label.MEDIA_TIMESTAMP, "autoplay countdown", page_chrome=True)
"""A player's countdown to its next clip (`phrases.MEDIA_COUNTDOWN_RE`): the site's chrome for
certain, and the lines beside it in the player's overlay are too (`classify.PLAYER_OVERLAY`)."""
SPONSOR_BADGE = Verdict(Label.AD, "sponsor badge", page_chrome=True)
"""A line naming the sponsor whose logo follows it (`phrases.SPONSOR_BADGE_RE`)."""
SPONSOR_BADGE_ENDS = (" by", " with")
"""The cheap test before `phrases.SPONSOR_BADGE_RE`: the line ends in `by` or `with`."""
NEWS_ASIDE = Verdict(Label.CHROME, "<aside> in a news article", final=True)
"""An <aside> inside the article of a page declaring itself an article or a news story
(`classify.resolve_noise`): the newsroom's box set beside the story."""
CLASS_RULES: tuple[tuple[tokens.TokenPattern, Label, str], ...] = (
    (tokens.COOKIE_RE, Label.COOKIE, "cookie/consent container"),
    (tokens.ADVERTISING_RE, Label.AD, "advertising container"),
    (tokens.EMBEDDED_POST_RE, Label.SHARE, "embedded social post"),
    (tokens.SHARE_RE, Label.SHARE, "share/social container"),
    (tokens.COMMENTS_RE, Label.COMMENTS, "comments container"),
    (tokens.RELATED_RE, Label.RELATED, "related-content container"),
    (tokens.READ_MORE_RE, Label.RELATED, "read-more container"),
    (tokens.NEWSLETTER_RE, Label.NEWSLETTER, "newsletter/subscription container"),
    (tokens.NAVIGATION_RE, Label.MENU, "navigation container"),
    (tokens.DRAWER_RE, Label.MENU, "navigation container"),
    (tokens.FACT_BOX_RE, Label.CHROME, "fact box"),
    (tokens.SIGNATURE_RE, Label.CHROME, "forum signature"),
    (tokens.CHROME_RE, Label.CHROME, "header/footer/sidebar container"),
    (tokens.PRODUCT_UI_RE, Label.CHROME, "shop controls"),
    (tokens.BYLINE_RE, Label.BYLINE, "byline container"),
    (tokens.DATELINE_RE, Label.DATELINE, "dateline container"),
)
"""Class/id vocabularies in order of precedence: the first that matches names the noise."""
EXPANDER_RULES = frozenset({tokens.READ_MORE_RE, tokens.DRAWER_RE})
"""The vocabularies of CLASS_RULES naming a list of links (or a menu) or an expander of text
alike: their verdicts are `Verdict.expander`."""
SET_APART_RULES = frozenset({tokens.FACT_BOX_RE, tokens.EMBEDDED_POST_RE})
"""The vocabularies of CLASS_RULES naming boxes a newsroom sets apart from the story they sit
in: their verdicts are `Verdict.set_apart`."""
SIGNATURE_RULES = frozenset({tokens.SIGNATURE_RE})
"""The vocabularies of CLASS_RULES naming a forum post's signature: their verdicts are
`Verdict.signature`."""
_FACT_BOX_RULE = next(i for i, rule in enumerate(CLASS_RULES) if rule[0] is tokens.FACT_BOX_RE)
"""The fact-box rule's place in CLASS_RULES: not read on a reference table
(`REFERENCE_TABLE_TAGS`)."""

NAME_CACHE_SIZE = 32768
"""Distinct class names and ids remembered with their verdicts: a site's templates reuse a few
thousand, so a batch of pages from a few sites judges almost every name from the cache."""
ROLE_LABELS = {
    "menu": Label.MENU,
    "chrome": Label.CHROME,
    "cookie": Label.COOKIE,
    "share": Label.SHARE,
}


class Judgement(NamedTuple):
    """What the walk needs to know about an element, decided once per distinct element shape."""

    hidden: bool
    article: bool
    verdict: Verdict | None
    name: str
    """Its first class name, for block paths."""
    caption: bool = False
    """A class name marks it as a picture's caption (tokens.CAPTION_RE): trusted inside an
    article only."""
    certain_caption: bool = False
    """A class name only captions carry (tokens.CERTAIN_CAPTION_RE): trusted anywhere."""


def judge(
    tag: str, attributes: Mapping[str, str] | etree._Attrib, in_article: bool
) -> Judgement | None:
    """Hidden? Main content? Furniture? None when the element is an ordinary container.

    Called for every element with attributes: one Python frame down to the shape's cache (a
    second one, for the shape's parts, cost 0.13 M instructions a page)."""
    if tag in PAGE_TAGS:
        return None
    if not attributes:
        return _judge_tag(tag, in_article)
    style = attributes.get("style")
    if (
        ("hidden" in attributes and not _streamed(attributes))
        or attributes.get("aria-hidden") == "true"
        or (style and _hiding_style(style))
    ) and not _disclosure(attributes):
        return HIDDEN
    judged = _judge_shape(
        tag,
        attributes.get("class") or "",
        _shape_id(ident) if (ident := attributes.get("id")) else "",
        attributes.get("role") or "",
        attributes.get("itemprop") or "",
        in_article,
    )
    if attributes.get("data-role") in tokens.SIGNATURE_ROLES:
        return Judgement(False, False, SIGNATURE_ROLE, judged.name if judged else "")
    return judged


STYLE_CACHE_SIZE = 1024
"""Inline styles remembered with whether they hide the element: a site's templates repeat a
few (955 distinct among the 5,208 styles of 200 eval pages), and a `regex` search costs
twenty times a cache lookup."""
STYLE_CACHE_MAX_CHARS = 256
"""Longer styles are searched without being remembered: the cache holds at most
STYLE_CACHE_SIZE × this many characters, whatever styles a page brings."""


def _hiding_style(style: str) -> bool:
    """Whether an inline style hides the element (`HIDDEN_STYLE_RE`)."""
    if len(style) > STYLE_CACHE_MAX_CHARS:
        return HIDDEN_STYLE_RE.search(style) is not None
    return _remembered_hiding(style)


@functools.lru_cache(maxsize=STYLE_CACHE_SIZE)
def _remembered_hiding(style: str) -> bool:
    """`_hiding_style` of a style short enough to be remembered."""
    return HIDDEN_STYLE_RE.search(style) is not None


HIDDEN = Judgement(True, False, None, "")
UNNAMED = Judgement(False, False, None, "")
READER_FORM = Verdict(Label.COMMENTS, "form with a text box")
"""A comment or contact form (blocks._writes): its labels and notices are the site's."""
SIGNATURE_ROLE = Verdict(Label.CHROME, "forum signature (data-role)", signature=True)
"""A post's signature named by its `data-role` (`tokens.SIGNATURE_ROLES`)."""
HIDING_ATTRIBUTES = frozenset({"hidden", "aria-hidden", "style"})
"""The attributes by which `judge` finds an element hidden, besides its class names."""
JUDGED_BESIDES_CLASS = HIDING_ATTRIBUTES | {"id", "role", "itemprop", "data-role"}
"""Every attribute `judge` reads but `class`: an element with none of them is judged by its tag
and class string alone (`blocks._Walker.shapes`)."""
_SLUG_WORD = re.compile(r"[^\W_]+")


@functools.lru_cache(maxsize=NAME_CACHE_SIZE)
def slug_words(ident: str) -> tuple[str, ...]:
    """The words of an id that may be a heading's slug (see `is_heading_anchor`), or none when
    it has too few to be one: a widget's name is one to four words."""
    named = tuple(_SLUG_WORD.findall(ident.lower()))
    return named if len(named) >= tokens.HEADING_ANCHOR_MIN_WORDS else ()


def is_heading_anchor(named: tuple[str, ...], text: str) -> bool:
    """Whether an id's words (`slug_words`) are the slug of a heading's text: an anchor that a
    table of contents or a shared link jumps to, written from whatever the section is about
    (`how-have-substance-use-and-related-deaths`, `sign-up-for-twilio-and-get-a-phone-number`),
    not the name of a widget. Its words say nothing about the element and are not judged."""
    said = set(_SLUG_WORD.findall(text.lower()))
    return held_share(named, said) >= tokens.HEADING_ANCHOR_SHARE


def judge_shown(tag: str, attributes: Mapping[str, str], in_article: bool) -> Judgement | None:
    """`judge` for an element hidden only until the reader opens it: its `hidden`,
    aria-hidden and inline style are not read (`HIDING_ATTRIBUTES`)."""
    shown = {name: value for name, value in attributes.items() if name not in HIDING_ATTRIBUTES}
    return judge(tag, shown, in_article)


def judge_disclosed(tag: str, attributes: Mapping[str, str], in_article: bool) -> Judgement | None:
    """`judge_shown` for the panel after a collapsed disclosure button that names none
    (`blocks._after_collapsed_button`), without the class names a script removes to open it
    (`tokens.FOLDED_CLASSES`)."""
    classes = attributes.get("class")
    if classes:
        kept = [name for name in classes.split() if name.lower() not in tokens.FOLDED_CLASSES]
        attributes = {**attributes, "class": " ".join(kept)}
    return judge_shown(tag, attributes, in_article)


_DIGIT_RUN = re.compile(r"(?<![A-Za-z0-9])[0-9]+|(?<![0-9])[0-9]+(?![A-Za-z0-9])")
"""A number in an id: a run of digits not inside a word (`post-4711`, `status40749799`); the
digit of a word such as `ai2html` or `h2o` is part of the name that `_marks` reads."""


def _shape_id(ident: str) -> str:
    """The id as the element's shape: empty when it holds no token of any vocabulary, as
    written or camel-cased (all that `_marks` reads of a name), else with each run of digits
    as one `0`. Ids are unique on a page (`post-4711`, `comment_status_40749799`), so each
    element with one would be a new shape and its id a new name; most say nothing, and the
    others differ in their numbers only, which no token ends at (`toc-2` only asks for a
    digit; `ai2html` holds one inside a word, which stays). One search of the whole id
    answers for each of its names: a token never spans a space, nor does a camel hump."""
    if not ident or (
        not tokens.ANY_TOKEN_RE.holds(ident)
        and (ident.islower() or _CAMEL_HUMP.search(ident) is None)
    ):
        return ""
    return _DIGIT_RUN.sub("0", ident)


def _streamed(attributes: Mapping[str, str] | etree._Attrib) -> bool:
    """A segment React's streaming rendering sends `hidden` and a script then shows in place of
    its fallback (`<div hidden id="S:2">`): not hidden."""
    return tokens.STREAMED_SEGMENT_RE.match(attributes.get("id") or "") is not None


def _disclosure(attributes: Mapping[str, str] | etree._Attrib) -> bool:
    """A panel the reader opens (an FAQ answer, an accordion): hidden, yet page text."""
    classes = attributes.get("class") or ""
    return any(_marks(name).disclosure for name in classes.split())


class NameMarks(NamedTuple):
    """What one class name or id holds tokens of."""

    kept: str
    """The class name without a taxonomy slug (tokens.TAXONOMY_SLUG_RE): what is judged for
    noise when the name is a class; empty when the name is nothing but a slug."""
    class_noise: tuple[int, str] | None
    """The first of CLASS_RULES the kept name holds a token of, with its leftmost token: all
    that `_names_noise` needs, since an element's verdict is the first rule any of its names
    holds, and a name that holds that rule holds no earlier one."""
    id_noise: tuple[int, str] | None
    """The same for the whole name, as an id (ids keep their taxonomy words)."""
    article: bool
    caption: bool
    certain_caption: bool
    disclosure: bool


_ARTICLE_MARK = attrgetter("article")
_CAPTION_MARK = attrgetter("caption")
_CERTAIN_CAPTION_MARK = attrgetter("certain_caption")
"""Fields of `NameMarks` read over all of an element's names (C-level, not a generator each)."""


@functools.lru_cache(maxsize=NAME_CACHE_SIZE)
def _marks(name: str) -> NameMarks:
    """Every vocabulary's verdict on a class name or id, judged once per process (a site's
    templates reuse their names across pages) and at one search for most names, which hold
    no token of any vocabulary (`tokens.ANY_TOKEN_RE`)."""
    # a slug follows its taxonomy word after a hyphen: a name without one keeps all of it
    kept = _without_slug(name) if "-" in name else name
    camel = _camel_rule(name)
    if camel is None and not tokens.ANY_TOKEN_RE.holds(name):
        # the kept name is a prefix of the name that ends before a separator: it holds a
        # token only where the name does
        return NameMarks(kept, None, None, False, False, False, False)
    if tokens.NEGATED_NAME_RE.match(name):  # `no-sidebar`: what the element is not
        noise = class_noise = None
    else:
        noise = _first_rule(_RULE_VOCABULARIES.first(name), camel)
        class_noise = (
            noise
            if kept == name
            else _first_rule(_RULE_VOCABULARIES.first(kept), _camel_rule(kept))
            if kept
            else None
        )
    if tokens.ANY_MARK_RE.find(name) is None:
        return NameMarks(kept, class_noise, noise, False, False, False, False)
    return NameMarks(
        kept,
        class_noise,
        noise,
        tokens.ARTICLE_RE.find(name) is not None,
        tokens.CAPTION_RE.find(name) is not None,
        tokens.CERTAIN_CAPTION_RE.find(name) is not None,
        tokens.DISCLOSURE_RE.find(name) is not None,
    )


def _writer_named(names: list[str]) -> bool:
    """Whether one of the class names of an element declared an article (by its tag, role or
    another name) names who wrote it (`tokens.WRITER_CLASS_RE`): the post's template, not a
    byline box."""
    return any(map(tokens.WRITER_CLASS_RE.match, names))


def _without_slug(name: str) -> str:
    """The name without its taxonomy slug (`tokens.TAXONOMY_SLUG_RE`). An ASCII name holds
    none without one of `tokens.TAXONOMY_SLUG_STEMS`: one case-sensitive search of the
    lower-cased name, which `re` skips through in C, rules most names out before the
    case-insensitive pattern, which is tried at every character."""
    if name.isascii() and _TAXONOMY_STEM_RE.search(name.lower()) is None:
        return name
    return tokens.TAXONOMY_SLUG_RE.sub("", name)


_TAXONOMY_STEM_RE = re.compile("|".join(map(re.escape, tokens.TAXONOMY_SLUG_STEMS)))


def _camel_rule(name: str) -> tuple[int, str] | None:
    """The first of CLASS_RULES of the widget vocabularies (CAMEL_LABELS) that a camel-cased
    name holds a token of once its words are apart (`Newsletter-Box`), with its leftmost
    token; None when it holds none of `tokens.CAMEL_NOISE_RE`."""
    if name.islower():
        return None
    humped = _CAMEL_HUMP.sub("-", name)
    if humped == name or tokens.CAMEL_NOISE_RE.find(humped) is None:
        return None
    return _CAMEL_VOCABULARIES.first(humped)


def _first_rule(
    found: tuple[int, str] | None, camel: tuple[int, str] | None
) -> tuple[int, str] | None:
    """The first of CLASS_RULES a name holds a token of, with its leftmost token, from the
    first it holds as written (`found`, from `_RULE_VOCABULARIES`) and from its camel-cased
    words (`camel`, from `_camel_rule`), which count only for a rule the name does not hold
    as written."""
    if camel is not None and (found is None or camel[0] < found[0]):
        found = camel
    return None if found is None else (found[0], found[1].strip(" _-"))


TAG_CACHE_SIZE = 256
"""Verdicts of attribute-less elements kept, one per tag and side of the article: HTML has
about 150 tags."""
SHAPE_CACHE_SIZE = 8192
"""Element shapes (tag, class string, id, role, itemprop, inside the article or not) kept with
their judgement: a page brings about 75 new ones, and a site's pages share most of theirs."""


@functools.lru_cache(maxsize=TAG_CACHE_SIZE)
def _judge_tag(tag: str, in_article: bool) -> Judgement | None:
    verdict = container_noise(tag, {}, in_article)
    return Judgement(False, False, verdict, "") if verdict else None


@functools.lru_cache(maxsize=SHAPE_CACHE_SIZE)
def _judge_shape(
    tag: str, classes: str, ident: str, role: str, itemprop: str, in_article: bool
) -> Judgement | None:
    """`judge_shown`, remembered per element shape. The one cache of the class string: one
    that is new here is new to the steps below too (95% of them on the eval pages), so they
    are not cached again; `_marks` remembers the names inside it, which do repeat.

    `is_hidden`, `is_article` and `container_noise` in one pass: the class string is split
    once and each name's marks looked up once, not once per question."""
    if classes and tag not in PAGE_TAGS and _hidden_classes(tag, classes):
        return HIDDEN
    names = classes.split()
    marks = [*map(_marks, names)]
    id_marks = [*map(_marks, ident.split())]
    article = _declares_article(tag, role, itemprop, marks, id_marks)
    verdict = _furniture(tag, role, classes, ident, in_article or article, marks, id_marks)
    if article and verdict is not None and verdict.label is Label.BYLINE and _writer_named(names):
        verdict = None
    if not (article or verdict or names):
        return None
    caption = any(map(_CAPTION_MARK, marks))
    certain = caption and any(map(_CERTAIN_CAPTION_MARK, marks))
    return Judgement(False, article, verdict, names[0] if names else "", caption, certain)


def is_hidden(tag: str, attributes: Mapping[str, str]) -> bool:
    """Whether the element adds nothing a reader sees as text: `hidden` (not a streamed
    segment), aria-hidden, display:none, sr-only, and the `¶` permalinks of docs headings."""
    if tag in PAGE_TAGS:
        return False
    if ("hidden" in attributes and not _streamed(attributes)) or attributes.get(
        "aria-hidden"
    ) == "true":
        return True
    style = attributes.get("style")
    if style and _hiding_style(style):
        return True
    classes = attributes.get("class")
    return _hidden_classes(tag, classes) if classes else False


def _hidden_classes(tag: str, classes: str) -> bool:
    """Whether a class name hides the element (screen-reader-only utilities, permalinks)."""
    names = classes.lower().split()
    if tag in LINK_TAGS and not tokens.PERMALINK_CLASSES.isdisjoint(names):
        return True
    return not tokens.HIDDEN_CLASSES.isdisjoint(names) or (
        _HIDDEN_SUFFIX_RE.search(" ".join(names)) is not None
    )


_HIDDEN_SUFFIX_RE = re.compile(
    f"(?:{'|'.join(map(re.escape, tokens.HIDDEN_CLASS_SUFFIXES))})(?![^ ])"
)
"""A class name ending in one of `tokens.HIDDEN_CLASS_SUFFIXES`, searched in the names joined
by spaces: one C-level search instead of a test per name (no suffix holds a space)."""


def is_article(tag: str, attributes: Mapping[str, str]) -> bool:
    """Whether the element declares itself the main content (tag, role, itemprop, class)."""
    classes, ident = attributes.get("class") or "", attributes.get("id") or ""
    return _declares_article(
        tag,
        attributes.get("role") or "",
        attributes.get("itemprop") or "",
        [*map(_marks, classes.split())],
        [*map(_marks, ident.split())],
    )


def _declares_article(
    tag: str, role: str, itemprop: str, marks: list[NameMarks], id_marks: list[NameMarks]
) -> bool:
    """`is_article` from the element's parts and the marks of its class and id names."""
    return (
        tag in ARTICLE_TAGS
        or role in tokens.ARTICLE_ROLES
        or itemprop.lower() in tokens.ARTICLE_ITEMPROPS
        or any(map(_ARTICLE_MARK, marks))
        or any(map(_ARTICLE_MARK, id_marks))
    )


def container_noise(tag: str, attributes: Mapping[str, str], in_article: bool) -> Verdict | None:
    """The element's furniture verdict, or None when it may hold content."""
    classes, ident = attributes.get("class") or "", attributes.get("id") or ""
    return _furniture(
        tag,
        attributes.get("role") or "",
        classes,
        ident,
        in_article,
        [*map(_marks, classes.split())],
        [*map(_marks, ident.split())],
    )


def _furniture(
    tag: str,
    role: str,
    classes: str,
    ident: str,
    in_article: bool,
    marks: list[NameMarks],
    id_marks: list[NameMarks],
) -> Verdict | None:
    """`container_noise` from the element's parts and the marks of its class and id names
    (`_judge_shape` has them already). Page-builder classes (`elementor-widget-…`) and ids
    (`hs_cos_wrapper_widget_1747742639138`) are reduced to their widget's name before they
    are read."""
    if tag in PAGE_TAGS:
        return None
    verdict = _element_noise(tag, role, in_article)
    if verdict is not None:
        return verdict
    if tokens.PAGE_BUILDER_GATE in classes:
        builder = tokens.PAGE_BUILDER_CLASS_RE.sub(" ", classes)
        marks = [*map(_marks, builder.split())]
    if tokens.PAGE_BUILDER_GATE in ident:
        ident = tokens.PAGE_BUILDER_CLASS_RE.sub(" ", ident).strip()
        id_marks = [*map(_marks, ident.split())]
    return _names_noise(marks, ident, id_marks, reference_table=tag in REFERENCE_TABLE_TAGS)


def _element_noise(tag: str, role: str, in_article: bool) -> Verdict | None:
    """The verdict of a landmark tag or an ARIA role: <nav> always; <header>/<footer>/<aside>
    only outside the article, where an article's own header holds its headline."""
    if tag in NAV_TAGS:
        return _NAV
    if tag in CHROME_TAGS and not in_article:
        return _CHROME_TAG[tag]
    return _ROLE_VERDICTS.get(role)


_NAV = Verdict(Label.MENU, "<nav>")
_ROLE_VERDICTS = {
    role: Verdict(ROLE_LABELS[label], f"role={role}") for role, label in tokens.NOISE_ROLES.items()
}
TAB_LIST = _ROLE_VERDICTS["tablist"]
"""A list of tab labels. Sites often give the role to the whole tab or accordion widget, its
panels included: the tokenizer drops this verdict from an element whose text is long."""
COMPLEMENTARY = _ROLE_VERDICTS["complementary"]
"""role="complementary": inside the article of a news story, final (`classify.resolve_noise`)."""
_CHROME_TAG = {tag: Verdict(Label.CHROME, f"<{tag}>") for tag in CHROME_TAGS}


def _names_noise(
    marks: list[NameMarks],
    ident: str,
    id_marks: list[NameMarks],
    *,
    reference_table: bool = False,
) -> Verdict | None:
    """The first of CLASS_RULES that a class name or the id holds a token of, from the marks
    of the class names and of the id's names; on a reference table (`REFERENCE_TABLE_TAGS`),
    not the fact-box rule.

    Judged name by name (a token never spans a space) so that each distinct name is searched
    once per process: a page's class strings are mostly new, its class names mostly not.
    """
    kept = [mark for mark in marks if mark.kept]
    found = [mark.class_noise for mark in kept if mark.class_noise is not None]
    if ident and "/" not in ident and not (len(kept) == 1 and kept[0].kept == "section"):
        # a URL or path (`<text id="http://…/read-comments-on-mobile">`) names a page; docutils
        # and Sphinx give every `<div class="section">` its heading's slug (`id="sharing"`)
        found.extend(mark.id_noise for mark in id_marks if mark.id_noise is not None)
    if reference_table:
        found = [hit for hit in found if hit[0] != _FACT_BOX_RULE]
    if not found:
        return None
    rule, token = min(found, key=itemgetter(0))
    pattern, label, reason = CLASS_RULES[rule]
    return Verdict(
        label,
        f"{reason} ({token})",
        signature=pattern in SIGNATURE_RULES,
        set_apart=pattern in SET_APART_RULES,
        expander=pattern in EXPANDER_RULES,
    )


_CAMEL_HUMP = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")
"""Where a camel-cased class name joins two words (`NewsletterBox`, `c-inlineSignup`,
`ShareContainer`): component frameworks and CSS modules name elements so."""
CAMEL_LABELS = frozenset({Label.COOKIE, Label.SHARE, Label.NEWSLETTER})
"""The vocabularies of `tokens.CAMEL_NOISE_RE`, matched on a camel-cased name's words too: the
widgets that sit inside an article and never hold it. Not menus, ads, comments, related content
or chrome: in camel case those words name wrappers and listings too (ASP.NET's `_ctl0_pnlAd`
and `pnlTeaser`, `outerAd`, Word's `MsoCommentText`, a blog's `entryTags`)."""
_RULE_VOCABULARIES = tokens.FirstVocabulary(tuple(pattern for pattern, _, _ in CLASS_RULES))
"""The vocabularies of CLASS_RULES in their order: the rule a name holds, at one search per
place where a token starts in it rather than one per rule (a name that holds a token mostly
holds one or two)."""
_CAMEL_VOCABULARIES = tokens.FirstVocabulary(
    tuple(pattern if label in CAMEL_LABELS else None for pattern, label, _ in CLASS_RULES)
)
"""The vocabularies of CLASS_RULES read on a camel-cased name's words too, in their places."""


# --- text detectors -------------------------------------------------------------------------

SHARE_MAX_CHARS = 120
"""Longest text read as a share bar (`_is_share_bar`) or a known label: a row of service names."""
LANGUAGE_MENU_MAX_CHARS = 400
"""Longest text read as a language picker: the names of thirty languages."""
LANGUAGE_NAME_MAX_CHARS = max(map(len, phrases.LANGUAGE_NAMES))
"""The longest language's name: a text's first word is read off that many characters and one."""
_LIST_OPENERS = phrases.LANGUAGE_NAMES | phrases.SKIP_LINK_OPENERS
"""First words of a language picker or of skip links."""
LABEL_SEPARATORS = frozenset(phrases.LABEL_SEPARATORS)
"""The characters `phrases.LABEL_SEPARATORS_RE` splits at: a text holding none is not split."""
MENU_MAX_CHARS = 48
"""Longest text looked up whole among the known labels (`WHOLE_BLOCK_LABELS`): a label is a
few words (the longest, `You can share this story on social media:`, 42 characters), and a
text ending in a full stop is a sentence, not a label."""
TIMESTAMP_MAX_CHARS = 80
"""Longest text read as a media player's timestamps or autoplay countdown."""
UI_MAX_CHARS = 80
"""Longest text read as interface text, or as a bare credit line by the site-notice rule: a
prompt or a credit is one short line."""
COOKIE_MAX_CHARS = 800
"""Cookie banners run long (a paragraph of legal text); twice the other noise-line limit. A
longer text is asked only whether it is a consent manager's preference centre
(`CONSENT_CENTRE_MAX_CHARS`, `_is_cookie_notice`)."""
CREDIT_LINE_LEADS = tuple(phrases.CREDIT_LINE_LEAD.strip())
"""The dashes alone, for the cheap test before stripping them."""
DATELINE_MAX_EXTRA_WORDS = 2
"""A dateline may carry a few words beside the date and `datewords.DATELINE_WORDS` (a city, a
name)."""


def _whole_block_labels() -> dict[str, Verdict]:
    """Short blocks that are nothing but a known label, by their word key; each group says
    whether its labels are the site's chrome for certain (`Verdict.page_chrome`): a table of
    contents heads a list that may be the page's own text."""
    table: dict[str, Verdict] = {}
    groups = (
        (phrases.AD_LABELS, Label.AD, "ad label", True),
        (phrases.NEWSLETTER_LABELS, Label.NEWSLETTER, "newsletter/subscription label", True),
        (phrases.RELATED_HEADINGS, Label.RELATED, "related-content heading", True),
        (phrases.SHARE_LABELS, Label.SHARE, "share/follow prompt", True),
        (phrases.TAG_LABELS, Label.MENU, "tag-list label", True),
        (phrases.INTERFACE_LABELS, Label.CHROME, "interface label", True),
        (phrases.CONTENTS_LABELS, Label.MENU, "table-of-contents heading", False),
        (phrases.JUMP_LIST_INTROS, Label.MENU, "jump-list heading", False),
        (phrases.LONE_BYLINE_LEAD_INS, Label.BYLINE, "byline lead-in alone", False),
        (phrases.MENU_WORDS, Label.MENU, "menu label", True),
    )
    for entries, label, reason, chrome in groups:
        for entry in entries:
            table.setdefault(" ".join(words(entry)), Verdict(label, reason, page_chrome=chrome))
    return table


WHOLE_BLOCK_LABELS = _whole_block_labels()


TEXT_VERDICTS_SIZE = 4096
"""Block texts whose verdicts `text_noise` remembers, at most. Pages repeat their short texts
(menu labels, `Reply` under every comment, a site's footer on each of its pages): over the
eval pages in order, 21% of the calls find their text here, which saves about a sixth of the
detectors' work. Emptied when full, so it holds at most 4096 texts of up to
TEXT_VERDICTS_MAX_CHARS characters: 1 MB on the eval pages, 5 MB at worst."""
TEXT_VERDICTS_MAX_CHARS = 300
"""Longer texts are not remembered: prose, rarely repeated, and never noise past
Thresholds.max_noise_line_chars but for a few detectors."""
_VERDICTS: dict[str, tuple[Thresholds, Verdict | None]] = {}
"""Text -> (the limits it was judged with, its verdict); an entry counts only for the very
same limits object (the default options' one for most callers)."""


def text_noise(text: str, limits: Thresholds) -> Verdict | None:
    """The noise kind a block's text gives away, or None. Long prose is never noise here.

    A short text judged before with the same limits is answered from `_VERDICTS`.
    """
    if len(text) > TEXT_VERDICTS_MAX_CHARS:
        return judge_text(text, limits)
    known = _VERDICTS.get(text)
    if known is not None and known[0] is limits:
        return known[1]
    verdict = judge_text(text, limits)
    if len(_VERDICTS) >= TEXT_VERDICTS_SIZE:
        _VERDICTS.clear()
    _VERDICTS[text] = (limits, verdict)
    return verdict


def judge_text(text: str, limits: Thresholds) -> Verdict | None:
    """`text_noise` without the memory: every detector, in order of precedence.

    Each detector is gated by length and by a cheap substring test, so that the common
    case (a paragraph, a link) costs a few string operations.
    """
    size = len(text)
    lowered = text.lower()
    if size < QUIET_MAX_CHARS and _quiet(text, lowered):
        return _known_label(text, size)
    opens = _may_open(lowered)
    if any(map(lowered.__contains__, _ICON_STEMS)) and (
        sum(map(lowered.count, phrases.ICON_WORDS)) >= limits.icon_run_min_hits
    ):
        hit = icon_run(text, limits)
        if hit:
            return hit
    if size > limits.max_noise_line_chars and (
        lowered.count("all rights reserved") >= RIGHTS_NOTICES_MIN
    ):
        return SITE_NOTICE
    if size > COOKIE_MAX_CHARS:
        consent = size <= CONSENT_CENTRE_MAX_CHARS and "cooki" in lowered
        return COOKIE_NOTICE if consent and _is_cookie_notice(text, limits) else None
    if (
        size <= phrases.LOADING_MAX_CHARS
        and opens
        and lowered.startswith(phrases.LOADING_WORDS)
        and phrases.LOADING_PLACEHOLDER_RE.match(text)
    ):
        return Verdict(Label.CHROME, "loading placeholder (shown until a script fills the box)")
    if size <= TIMESTAMP_MAX_CHARS and ":" in text and phrases.MEDIA_TIME_RE.match(text):
        return Verdict(Label.MEDIA_TIMESTAMP, "media-player timestamps")
    if (
        size <= TIMESTAMP_MAX_CHARS
        and text[-1:].isdigit()
        and phrases.GALLERY_POSITION_RE.match(text)
    ):
        return Verdict(Label.CHROME, "slideshow position counter")
    if (
        size <= TIMESTAMP_MAX_CHARS
        and (text[:1].isdigit() or (opens and lowered.startswith(phrases.ENGAGEMENT_COUNT_LEADS)))
        and phrases.ENGAGEMENT_COUNT_RE.match(text)
    ):
        return Verdict(Label.CHROME, "engagement counter (likes, views, replies)")
    if size <= TIMESTAMP_MAX_CHARS and text[:1].isdigit() and phrases.RATING_STARS_RE.match(text):
        return Verdict(Label.CHROME, "star-rating control")
    if (
        size <= limits.max_noise_line_chars
        and ":" in text
        and "min" in lowered
        and phrases.MEDIA_DURATION_RE.search(text)
    ):
        return Verdict(Label.MEDIA_TIMESTAMP, "video teaser ending in its running time")
    if (
        size <= TIMESTAMP_MAX_CHARS
        and "video" in lowered
        and phrases.MEDIA_COUNTDOWN_RE.match(text)
    ):
        return AUTOPLAY_COUNTDOWN
    if (
        size <= UI_MAX_CHARS
        and lowered.rstrip().endswith(SPONSOR_BADGE_ENDS)
        and phrases.SPONSOR_BADGE_RE.search(text)
    ):
        return SPONSOR_BADGE
    known = _known_label(text, size)
    if known is not None:
        return known
    if "cooki" in lowered and _is_cookie_notice(text, limits):
        return COOKIE_NOTICE
    stemmed = size >= STEM_SEARCH_MAX_CHARS or _GATE_STEMS.search(lowered) is not None
    if stemmed and _EMBED_CONSENT_GATE.search(lowered) and phrases.EMBED_CONSENT_RE.search(text):
        return Verdict(Label.COOKIE, "consent placeholder of an embedded post")
    if " on line " in lowered and phrases.SERVER_ERROR_RE.match(text):
        return Verdict(Label.CHROME, "server error message")
    if any(map(lowered.__contains__, phrases.COMMENT_POLICY_STEMS)) and (
        phrases.COMMENT_POLICY_RE.search(text)
    ):
        return Verdict(Label.CHROME, "comment policy", page_chrome=True)
    if size > limits.max_noise_line_chars:
        return None
    if (
        stemmed
        and _NEWSLETTER_GATE.search(lowered)
        and _NEWSLETTER_PHRASE_GATE.search(lowered)
        and phrases.NEWSLETTER_RE.search(text)
    ):
        return Verdict(Label.NEWSLETTER, "newsletter/subscription prompt", page_chrome=True)
    if size <= UI_MAX_CHARS and stemmed and _UI_GATE.search(lowered) and phrases.UI_RE.search(text):
        return Verdict(
            Label.CHROME, "interface text (feedback prompt, reading time)", page_chrome=True
        )
    if stemmed and _POST_META_GATE.search(lowered) and phrases.POST_META_RE.search(text):
        return Verdict(Label.CHROME, "blog post-meta line (filed under, responses, permalink)")
    if size <= phrases.MEDIA_NOTE_MAX_CHARS and ":" in text and phrases.MEDIA_NOTE_RE.match(text):
        return Verdict(Label.CHROME, "clip or broadcast note")
    if (
        opens
        and lowered.startswith(phrases.FOLLOW_STEMS)
        and (match := phrases.FOLLOW_PROMPT_RE.match(text))
    ):
        return Verdict(Label.SHARE, "follow prompt", page_chrome=match["handle"] is None)
    if opens and lowered.startswith(phrases.RECIPE_PROMPT_OPENINGS):
        return Verdict(Label.SHARE, "recipe card asking to rate or share the recipe")
    if (
        (text.endswith(":") or "for more" in lowered)
        and stemmed
        and _READ_ON_GATE.search(lowered)
        and phrases.READ_ON_RE.match(text)
    ):
        return Verdict(Label.RELATED, "pointer to another page of the site")
    if stemmed and _TIP_PROMPT_GATE.search(lowered) and phrases.TIP_PROMPT_RE.search(text):
        return Verdict(Label.CHROME, "newsroom asking readers for stories", page_chrome=True)
    if stemmed and _AFFILIATE_GATE.search(lowered) and phrases.AFFILIATE_RE.search(text):
        return Verdict(Label.AD, "affiliate disclosure", page_chrome=True)
    if stemmed and _SUPPORT_APPEAL_GATE.search(lowered) and phrases.SUPPORT_APPEAL_RE.search(text):
        return Verdict(Label.NEWSLETTER, "appeal for readers' support", page_chrome=True)
    if (
        lowered.rstrip(phrases.TEASER_TRAILING).endswith(phrases.READ_MORE_LABELS)
        or (
            "." in lowered[-6:-1]
            and lowered[-1].isalpha()
            and any(map(lowered.__contains__, phrases.READ_MORE_LABELS))
        )
    ) and phrases.TEASER_EXCERPT_RE.search(text):
        return Verdict(Label.RELATED, "teaser excerpt ending in a read-more link", page_chrome=True)
    if opens and (
        lowered.startswith(phrases.CREDIT_LINE_PREFIXES)
        or (
            lowered.startswith(CREDIT_LINE_LEADS)
            and lowered.lstrip(phrases.CREDIT_LINE_LEAD).startswith(phrases.CREDIT_LINE_PREFIXES)
        )
    ):
        return Verdict(Label.CHROME, "credit line (reporting, editing)")
    if (
        size <= phrases.AUTHOR_TAGLINE_MAX_CHARS
        and " is " in text
        and phrases.AUTHOR_TAGLINE_RE.match(text)
    ):
        return Verdict(Label.BYLINE, "author tagline")
    if (
        stemmed
        and _LEGAL_GATE.search(lowered)
        and (
            any(pattern.search(text) for pattern in phrases.LEGAL_RES)
            or (size <= UI_MAX_CHARS and phrases.CREDIT_RE.match(text))
        )
    ):
        return SITE_NOTICE
    if (":" in text or "©" in text) and _is_credited_caption(text, lowered):
        return CREDITED_CAPTION
    if stemmed and _BREADCRUMB_GATE.search(text) and phrases.BREADCRUMB_RE.match(text):
        return Verdict(Label.MENU, "breadcrumb trail")
    if (
        size <= limits.max_byline_chars
        and opens
        and lowered.startswith(phrases.BYLINE_PREFIXES)
        and _is_byline(text)
    ):
        return Verdict(Label.BYLINE, "byline")
    if size <= limits.max_dateline_chars and is_dateline(text):
        return Verdict(Label.DATELINE, "dateline")
    if ("20" in text or "19" in text) and _is_archive_list(text):  # most blocks name no year
        return Verdict(Label.MENU, "archive list (months and years)", page_chrome=True)
    if (
        size <= phrases.CJK_META_LINE_MAX_CHARS
        and not phrases.CJK_META_LINE_MARKS.isdisjoint(text)
        and phrases.CJK_META_LINE_RE.search(text)
    ):
        return Verdict(Label.DATELINE, "news meta line (time, source, writer)")
    if (
        size <= phrases.CLOCK_STAMP_MAX_CHARS
        and "uhr" in lowered
        and phrases.CLOCK_STAMP_RE.search(text)
    ):
        return Verdict(Label.CHROME, "programme or post line stamped with a day and a time")
    if (
        ":" in text
        and any(map(text.__contains__, phrases.POST_META_SEPARATORS))
        and phrases.SEPARATED_TAXONOMY_RE.search(text)
    ):
        # last: a byline or dateline that names its tags too stays one (dates read it)
        return Verdict(Label.CHROME, "post-meta line naming the post's categories or tags")
    return None


def _known_label(text: str, size: int) -> Verdict | None:
    """A short text that is nothing but a known label (`WHOLE_BLOCK_LABELS`), known labels
    between separators (`_labels_apart`), share-service names (`_is_share_bar`), language
    names (a language picker) or skip links."""
    if size > SHARE_MAX_CHARS:
        # a picker of many languages is longer; most texts this long are prose, not asked
        if size <= LANGUAGE_MENU_MAX_CHARS and _opens_with_language(text):
            return LANGUAGE_MENU if _is_language_menu(words(text)) else None
        return None
    tokens = words(text)
    label_like = size <= MENU_MAX_CHARS and not text.endswith(".")
    found = WHOLE_BLOCK_LABELS.get(" ".join(tokens)) if label_like else None
    if found:
        return found
    if _is_share_bar(tokens):
        return SHARE_BAR if sum(not word.isdigit() for word in tokens) > 1 else SHARE_WORD
    if tokens and tokens[0] in _LIST_OPENERS:  # one test for the two lists below, rare
        if _is_language_menu(tokens):
            return LANGUAGE_MENU
        if tokens[0] in phrases.SKIP_LINK_OPENERS and _is_skip_links(text):
            return SKIP_LINKS
    if label_like and not LABEL_SEPARATORS.isdisjoint(text) and _labels_apart(text):
        return MENU_LABELS
    return None


def _labels_apart(text: str) -> bool:
    """Whether the text is two or more known labels between separators (`Sign in / Join`)."""
    parts = [part for part in phrases.LABEL_SEPARATORS_RE.split(text) if part]
    return len(parts) > 1 and all(" ".join(words(part)) in WHOLE_BLOCK_LABELS for part in parts)


def _opens_with_language(text: str) -> bool:
    """Whether the text's first word is a language's name (read off its first characters: no
    name is longer than `LANGUAGE_NAME_MAX_CHARS`, and a long text is not split whole)."""
    opening = text[: LANGUAGE_NAME_MAX_CHARS + 1].split(maxsplit=1)
    return bool(opening) and opening[0].lower() in phrases.LANGUAGE_NAMES


def _is_language_menu(tokens: list[str]) -> bool:
    """Whether the words are nothing but languages' names, `LANGUAGE_MENU_MIN_NAMES` or more."""
    return len(tokens) >= phrases.LANGUAGE_MENU_MIN_NAMES and all(
        token in phrases.LANGUAGE_NAMES for token in tokens
    )


def _is_skip_links(text: str) -> bool:
    """Whether the text is nothing but skip links, glued ones too (`Skip to main contentSkip
    to navigation`, the links' texts with no space between)."""
    tokens = words(phrases.CASE_BOUNDARY_RE.sub(" ", text))
    return (
        len(tokens) > 1
        and all(token in phrases.SKIP_LINK_WORDS for token in tokens)
        and not phrases.SKIP_LINK_TARGETS.isdisjoint(tokens)
    )


def _is_cookie_notice(text: str, limits: Thresholds) -> bool:
    """A short block with a consent phrase; a longer one needs two (a paragraph on cookie law
    quotes one phrase, a consent banner repeats itself); one longer than `COOKIE_MAX_CHARS`
    three different ones (an article on cookie law that long may say `use of cookies` twice,
    a consent centre names its categories and what each does)."""
    found = phrases.COOKIE_RE.findall(text)
    if len(text) <= limits.max_noise_line_chars:
        return len(found) >= 1
    if len(text) <= COOKIE_MAX_CHARS:
        return len(found) >= LONG_COOKIE_MIN_PHRASES
    return len({phrase.casefold() for phrase in found}) >= LONGEST_COOKIE_MIN_PHRASES


def is_credited_caption(text: str) -> bool:
    """Whether a block's text is a picture's caption with its credit at the end: the verdict
    CREDITED_CAPTION, asked again by the body of a page with nothing else to give."""
    return (":" in text or "©" in text) and _is_credited_caption(text, text.lower())


def _is_credited_caption(text: str, lowered: str) -> bool:
    """A picture's caption with its credit at the end (`The King arrives (Picture: Getty)`,
    `Der König kommt an. © IMAGO / Pool`).

    Truths of news pages leave captions out (fundus, and mozilla_readability where a credit
    marks them); the credit is what tells a caption from a paragraph that is not in a
    <figcaption>. A bare credit line is left to the classifier.
    """
    match = (
        phrases.CAPTION_CREDIT_RE.search(text)
        if ":" in text and any(map(lowered.__contains__, _CREDIT_STEMS))
        else None
    )
    if match is not None:
        caption = words(text[: match.start("credit")])
    else:
        match = phrases.CAPTION_COPYRIGHT_RE.search(text) if "©" in text else None
        if match is None:
            return False
        caption = words(text[: match.start()])
    described = [word for word in caption if word not in phrases.PHOTO_CREDIT_WORDS]
    return len(described) >= phrases.CAPTION_MIN_WORDS


def _is_byline(text: str) -> bool:
    """`By Jane Doe`; not `By Monday, officials expect…` (a calendar word is not a name)."""
    match = phrases.BYLINE_RE.match(text)
    if not match:
        return False
    name = words(text[match.start() : match.end()])
    return len(name) > 1 and name[1] not in MONTH_NUMBERS and name[1] not in WEEKDAYS


GATE_SUBSTRING_CHARS = 60
"""From this length a gate looks for its stems one by one (`str.__contains__`, a C substring
search) instead of with one regex alternation: `re` tries the alternatives at every position,
which on a long text costs more than a dozen substring searches; on a short text the single
regex call is cheaper. Both answer the same: does the text hold any stem?"""


def stem_trie(stems: Collection[str]) -> str:
    """A regex that finds any of the literal stems, as a trie: `a(?:ccount|lso )|log`.

    At each position `re` tries an alternation's branches one by one (a cheap first-character
    test each); nested by prefix, it tests one branch per distinct first character, then only
    the stems that begin so (the 75 stems of all the gates: 2.4x faster on short texts). A stem
    that extends another (`subscribe` after `subscri`) is left out: the shorter one is found
    wherever the longer one is, and nothing else is asked than whether one is there.
    """
    branches = _trie_branches(stems)
    if not branches and not stems:
        raise ValueError("no stems: a gate without any would pass no text")
    return "|".join(branches)


def _trie_branches(stems: Iterable[str]) -> list[str]:
    """The alternatives of `stem_trie`, one per first character; none when a stem is empty."""
    rests: dict[str, list[str]] = {}
    for stem in stems:
        if not stem:
            return []  # the empty stem is found anywhere: no more characters are needed
        rests.setdefault(stem[0], []).append(stem[1:])
    branches = []
    for first, rest in rests.items():
        inner = _trie_branches(rest)
        tail = inner[0] if len(inner) == 1 else f"(?:{'|'.join(inner)})" if inner else ""
        branches.append(re.escape(first) + tail)
    return branches


STEM_SEARCH_MAX_CHARS = 150
"""Below this length `judge_text` first asks `_GATE_STEMS` whether the text holds any stem of
any gate, and skips every gate when it holds none. On the eval pages' blocks a text this short
holds none nine times in ten, and the one search costs less than the gates up to this length
(from 150 characters on, more than a third of the blocks hold a stem and then pay for both)."""


class _Gate:
    """The cheap test before a detector's regex: whether the text holds any of the stems."""

    __slots__ = ("_any", "stems")

    def __init__(self, stems: tuple[str, ...]) -> None:
        self.stems = stems
        self._any = re.compile(stem_trie(stems))

    def search(self, text: str) -> bool:
        if len(text) < GATE_SUBSTRING_CHARS:
            return self._any.search(text) is not None
        return any(map(text.__contains__, self.stems))


_NEWSLETTER_GATE = _Gate(phrases.NEWSLETTER_STEMS)
_NEWSLETTER_PHRASE_GATE = _Gate((*phrases.NEWSLETTER_PHRASE_STEMS, *phrases.CASEFOLD_STRAYS))
"""After _NEWSLETTER_GATE (not one of _TEXT_GATES): a literal of the phrase the pattern would
find, which few texts holding a newsletter stem hold."""
_UI_GATE = _Gate(phrases.UI_STEMS)
_POST_META_GATE = _Gate(phrases.POST_META_STEMS)
_LEGAL_GATE = _Gate(phrases.LEGAL_STEMS)
_AFFILIATE_GATE = _Gate(phrases.AFFILIATE_STEMS)
_SUPPORT_APPEAL_GATE = _Gate(phrases.SUPPORT_APPEAL_STEMS)
_TIP_PROMPT_GATE = _Gate(phrases.TIP_PROMPT_STEMS)
_READ_ON_GATE = _Gate(phrases.READ_ON_STEMS)
_EMBED_CONSENT_GATE = _Gate(phrases.EMBED_CONSENT_STEMS)
_BREADCRUMB_GATE = _Gate(phrases.BREADCRUMB_SEPARATORS)
_TEXT_GATES = (
    _NEWSLETTER_GATE,
    _UI_GATE,
    _POST_META_GATE,
    _LEGAL_GATE,
    _AFFILIATE_GATE,
    _SUPPORT_APPEAL_GATE,
    _TIP_PROMPT_GATE,
    _READ_ON_GATE,
    _EMBED_CONSENT_GATE,
    _BREADCRUMB_GATE,
)
"""Every gate `text_noise` passes a text through after `_GATE_STEMS`."""
_GATE_STEMS = re.compile(stem_trie([stem for gate in _TEXT_GATES for stem in gate.stems]))
"""The stems of all the gates above in one trie: a text shorter than STEM_SEARCH_MAX_CHARS
that holds none passes none of the gates, so one search replaces ten (see there). Not on
longer texts: more of them hold a stem, and the gates then search their stems anyway. It
searches the lower-cased text, where the breadcrumb gate searches the text: the same answer,
as the separators hold no letters and no letter lower-cases to a separator."""


def fewest_stems(stems: tuple[str, ...]) -> tuple[str, ...]:
    """The stems without those that hold another (`icon` holds `ico`): a text holds one of
    these exactly when it holds one of `stems`, with fewer substring searches."""
    return tuple(
        stem for stem in stems if not any(other != stem and other in stem for other in stems)
    )


_ICON_STEMS = fewest_stems(phrases.ICON_WORDS)
"""The test before counting icon words, on every block: does it hold any?"""
_CREDIT_STEMS = fewest_stems(phrases.PHOTO_CREDIT_WORDS)
"""The test before `phrases.CAPTION_CREDIT_RE` on the lower-cased text: its label words, as
written there (capitalised or in capitals), lower-case to these."""


AGENCY_CREDIT = Verdict(Label.CHROME, "photo or news-agency credit line")
"""The verdict of `is_agency_credit`, given by `classify` after its smoothing passes."""
AGENCY_CREDIT_BRACKETS = "()[] "
"""Stripped from both ends of a credit line before it is read: `(Foto: dpa)`."""
_AGENCY_NAMES = re.compile(
    rf"\b(?:{stem_trie(sorted(phrases.PICTURE_AGENCIES | phrases.AMBIGUOUS_AGENCIES))})\b"
)
"""The cheap test before `is_agency_credit` reads a line, on its lower-cased text: does it name
an agency at all? Few short blocks do (classify asks it of every block left without a verdict:
with this test first, 0.19 ms a page on 200 wcxb pages, 0.8 % of extracting them). A trie
(`stem_trie`) finds a name that another extends past a word's end (`getty` for `getty
images`)."""


def is_agency_credit(text: str) -> bool:
    """Whether a line is nothing but a picture's or a story's agency credit: `Photo: Reuters`,
    `AFP/Getty Images`, `Nasa / Reuters`, `(Foto: dpa)`, `Bild: Keystone`, `Picture: PA`.

    Credit words (`phrases.AGENCY_CREDIT_LABEL_RE`), then credits split by separators
    (`AGENCY_CREDIT_GROUP_RE`), each an agency (`phrases.PICTURE_AGENCIES`) or a person's name
    or handle, paired by a slash (`Alex Wong/Getty Images`). Without credit words each credit
    must hold an agency, and an ambiguous one (`phrases.AMBIGUOUS_AGENCIES`: `AP`, `PA`) only
    in a slash pair and capitalised: `PA - Reading` is a place, `dev/sda` a disk. A sentence
    that mentions Reuters is not made of names alone, and a caption before the credit is not
    either (captions ending in a credit are `CREDITED_CAPTION`'s or the model's)."""
    if len(text) > phrases.AGENCY_CREDIT_MAX_CHARS or not _AGENCY_NAMES.search(text.lower()):
        return False
    line = text.strip(AGENCY_CREDIT_BRACKETS)
    if not line:
        return False
    if _credits(line, labelled=False):
        return True
    label = phrases.AGENCY_CREDIT_LABEL_RE.match(line)
    return label is not None and _credits(line[label.end() :], labelled=True)


def _credits(line: str, labelled: bool) -> bool:
    """Whether `line` is credits alone (see `is_agency_credit`); `labelled`: credit words
    opened the line, so a credit may be a name alone and an ambiguous agency counts."""
    found = False
    for group in phrases.AGENCY_CREDIT_GROUP_RE.split(line):
        if not group:
            return False
        parts = phrases.AGENCY_CREDIT_PAIR_RE.split(group)
        agencies = [_agency(part) for part in parts]
        named = zip(parts, agencies, strict=True)
        if not all(kind is not None or _credited_name(part) for part, kind in named):
            return False
        paired = labelled or len(parts) > 1
        held = any(kind or (kind is False and paired) for kind in agencies)
        if not held and not labelled:
            return False
        found = found or held
    return found


def _agency(part: str) -> bool | None:
    """Whether a credit names an agency: True for one of `phrases.PICTURE_AGENCIES`, False for
    an ambiguous one written as a name (`AP`, `Getty`), None for none (after an agency's
    suffix: `AP Photo`, `Shutterstock.com`)."""
    name = part.lower()
    if name not in phrases.PICTURE_AGENCIES:
        name = next(
            (name[: -len(end)] for end in phrases.AGENCY_SUFFIXES if name.endswith(end)), name
        )
    if name in phrases.PICTURE_AGENCIES:
        return True
    return False if name in phrases.AMBIGUOUS_AGENCIES and part[:1].isupper() else None


def _credited_name(part: str) -> bool:
    """Whether a credit beside an agency is a person's name (`Alex Wong`, `Patrick J. Endres`)
    or a handle (`fizkes`) or a picture's number (`35007`)."""
    found = part.split()
    if len(found) == 1 and phrases.AGENCY_CREDIT_HANDLE_RE.fullmatch(part):
        return True
    if not found or len(found) > phrases.AGENCY_CREDIT_NAME_MAX_WORDS:
        return False
    return (
        all(
            word in phrases.AGENCY_CREDIT_NAME_PARTICLES
            or phrases.AGENCY_CREDIT_NAME_WORD_RE.fullmatch(word)
            for word in found
        )
        and found[0] not in phrases.AGENCY_CREDIT_NAME_PARTICLES
    )


QUIET_MAX_CHARS = 50
"""Below this length `judge_text` first asks whether anything but a known label may judge the
text (`_quiet`): two in three such texts on the eval pages (menu labels, link titles) hold
nothing the other detectors' cheap tests look for, and those tests, asked one by one, cost
three times the one search. On longer texts fewer are quiet and the search costs more: from
50 characters on it costs more than it saves."""
GUARD_LITERALS = (":", "©", "video", "cooki", " on line ", " is ", "19", "20", "uhr")
"""The literals `judge_text`'s own tests look for in a text before a detector's pattern: a
colon (player times, clip notes, credits), a copyright sign, `video`, `cooki`, a server
error's ` on line `, an author tagline's ` is `, a year's first digits (datelines, archive
lists), a clock's `Uhr`."""
_OPENINGS = (
    *phrases.LOADING_WORDS,
    *phrases.ENGAGEMENT_COUNT_LEADS,
    *phrases.FOLLOW_STEMS,
    *phrases.RECIPE_PROMPT_OPENINGS,
    *phrases.CREDIT_LINE_PREFIXES,
    *CREDIT_LINE_LEADS,
    *phrases.BYLINE_PREFIXES,
)
"""Every opening a detector tests the lower-cased text for (`str.startswith`)."""
_OPENING_PAIRS = frozenset(opening[:2] for opening in _OPENINGS)
"""The first two characters of every opening (all of a one-character one): a text whose first
two, or first one, are none of these opens with none of them. A set lookup screens the
`str.startswith` tests of a tuple, which try each of its 59 openings in turn (2,000
instructions a text); most texts open otherwise."""
_TRIGGERS = re.compile(
    stem_trie(
        [
            *_ICON_STEMS,
            *GUARD_LITERALS,
            *(stem for gate in _TEXT_GATES for stem in gate.stems),
            *phrases.COMMENT_POLICY_STEMS,
            *phrases.READ_MORE_LABELS,
            *sorted(phrases.CJK_META_LINE_MARKS),
        ]
    )
)
"""Every literal a detector's cheap test looks for anywhere in the lower-cased text: the icon
stems, GUARD_LITERALS, the gates' stems, the comment-policy stems, the read-more labels, the
first characters of a CJK meta line's labels."""


def _may_open(lowered: str) -> bool:
    """Whether the lower-cased text may open with one of `_OPENINGS` (`_OPENING_PAIRS`): the
    screen before their `str.startswith` tests."""
    return lowered[:2] in _OPENING_PAIRS or lowered[:1] in _OPENING_PAIRS


def _quiet(text: str, lowered: str) -> bool:
    """Whether no detector but the known labels (`_known_label`) can judge the text: it does
    not open or end with a digit (counters, slideshow positions), opens with none of
    `_OPENINGS` and holds none of `_TRIGGERS`. Each detector of `judge_text` tests one of these
    before its pattern, so this answers for all of them at once (a new detector must add the
    literal its test looks for)."""
    return not (
        text[:1].isdigit()
        or text[-1:].isdigit()
        or (_may_open(lowered) and lowered.startswith(_OPENINGS))
        or _TRIGGERS.search(lowered) is not None
    )


def icon_run(text: str, limits: Thresholds) -> Verdict | None:
    """Labels of an icon font or SVG sprite glued into one line: `icon bookmarkicon cameraicon`.

    Prose that mentions an icon uses the word once or twice among many others, with sentence
    punctuation; a run is mostly icon tokens and has none.
    """
    parts = text.split()
    hits = sum(1 for part in parts if phrases.ICON_WORD_RE.search(part))
    if hits < limits.icon_run_min_hits or hits < limits.icon_run_min_share * len(parts):
        return None
    if phrases.SENTENCE_END_RE.search(text):
        return None
    return Verdict(Label.ICON_RUN, f"icon-name run ({hits} of {len(parts)} tokens)")


SHARE_BAR = Verdict(Label.SHARE, "share-bar labels", page_chrome=True)
"""A row of share-service names (`Share Tweet Email`): the site's bar."""
SHARE_WORD = Verdict(Label.SHARE, "share-bar labels")
"""One share-service name alone (`Tweet`, `E-mail`, `Comments: 7`): it may be the article's
own link or a section's title as well, so it is no page chrome."""
MENU_LABELS = Verdict(Label.MENU, "menu labels", page_chrome=True)
"""Known labels between separators (`Sign in / Join`): the site's account or section menu."""
LANGUAGE_MENU = Verdict(Label.MENU, "language picker", page_chrome=True)
"""Languages' own names and nothing else (`English Français Deutsch`): the site's picker."""
SKIP_LINKS = Verdict(Label.MENU, "skip links", page_chrome=True)
"""`Skip to main content`, `Zum Inhalt springen`: the links a page opens with for keyboard and
screen-reader users."""


def _is_share_bar(tokens: list[str]) -> bool:
    """Nothing but share-service names and counts: `Share Tweet Email 12`."""
    if not tokens or tokens[0] not in phrases.SHARE_WORDS:
        return False
    found = [word for word in tokens if not word.isdigit()]
    return all(word in phrases.SHARE_WORDS for word in found) and (
        len(found) > 1 or found[0] not in phrases.SHARE_ALONE_AMBIGUOUS
    )


def is_dateline(text: str) -> bool:
    """A short line that is a date plus at most a few dateline words ("Updated", "GMT").

    The date patterns, the costly test, run last: a line with a year and too many other words
    (a commenter's name and a timestamp, a post title) is ruled out by its words alone.
    """
    if not YEAR_RE.search(text):
        return False
    if "." in text:
        text = MERIDIEM_RE.sub(r"\1m", text)
    extra = [
        word
        for word in words(text)
        # an ordinal starts with a digit: most words need no pattern
        if not (word[0].isdigit() and ORDINAL_RE.match(word))
        and word not in MONTH_NUMBERS
        and word not in DATELINE_WORDS
    ]
    if len(extra) > DATELINE_MAX_EXTRA_WORDS or _ends_sentence(text):
        return False
    return has_date(text)


CREDITED_CAPTION = Verdict(Label.CHROME, "picture caption ending in a credit")
"""The verdict of `is_credited_caption`: furniture beside an article, and yet the page's only
text on a photo blog's post (`Artwork and photos © Jane Doe`), where the body takes it back."""
SITE_NOTICE = Verdict(
    Label.CHROME, "site notice (copyright, reprint terms, browser warning)", page_chrome=True
)
"""The verdict of the legal phrases (`phrases.LEGAL_RES`) and of a repeated rights notice."""
RIGHTS_NOTICES_MIN = 2
"""`All rights reserved` this many times makes a block of any length a site notice: a
publisher's legal footer claims the rights of each owner it names (`… © NHL 2012. All Rights
Reserved. … © Frank J. Zamboni & Co., Inc. 2012. All Rights Reserved.`, 1,246 characters of
trademark terms); a text that quotes a copyright line quotes one."""
ARCHIVE_MIN_YEARS = 2
"""Years a blog's archive list names at least (`December 2004 November 2004 …`, a calendar's
`2012 J F M A M J J A S O N 2011 J F M …`) ..."""
ARCHIVE_MIN_MONTHS = 3
"""... and months ..."""
ARCHIVE_MIN_SHARE = 0.9
"""... and the share of its words that are months, their initials or numbers (a post count,
`April 2006 (3)`)."""


def _is_archive_list(text: str) -> bool:
    """A blog's archive: months and years, each a link to the posts of that month.

    Old blog templates print it in the sidebar as a list of `Month Year (count)` or as a
    calendar of month initials per year; set in a table cell or a `<p>` of links, it does
    not always look like a list to the classifier (dragnet R911: a 258-character block of
    initials and years as content). No sentence is made of months and years only: a
    schedule (`January 25 – February 2; 11 – 16; …`) names at most one year.
    """
    if len(YEAR_RE.findall(text)) < ARCHIVE_MIN_YEARS:
        return False
    found = words(text)
    months = sum(word in MONTH_NUMBERS or word in MONTH_INITIALS for word in found)
    if months < ARCHIVE_MIN_MONTHS:
        return False
    return months + sum(word.isdigit() for word in found) >= ARCHIVE_MIN_SHARE * len(found)


def _ends_sentence(text: str) -> bool:
    """Ends in sentence punctuation after a word that is not a month abbreviation ("Apr.")."""
    stripped = text.rstrip()
    if not stripped.endswith((".", "!", "?")):
        return False
    last = words(stripped)
    return bool(last) and not last[-1].isdigit() and last[-1] not in MONTH_NUMBERS
