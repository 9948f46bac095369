"""Choose the headline: the title most of the page's own witnesses agree on.

Witnesses: JSON-LD `headline`/`name`, OpenGraph and Twitter titles, other title <meta>, the
<title> element, and the visible <h1>/<h2>/<h3> headings. Metadata titles lose their markup and
decoration first (site-name parts, the page's section before the headline, and parts no other
witness repeats); a blog's name in an <h1> is no candidate. Then a visible heading that agrees
with one of them wins, shown as the metadata prints it when the heading only adds a kicker or a
date in front, glues a kicker on, or adds decoration behind a separator. With no agreeing
heading: the <h1> the URL's slug repeats (when the metadata title does not); on a page that is
not an article, the metadata title most witnesses give (the <h1> of a product or home page is a
slogan); on an article, the <h1> that the content follows; then the best metadata title; then
the first <h1>. An <h1> is never chosen for being one on a page with several (MIN_SECTION_H1S):
they head its sections.
"""

from __future__ import annotations

import html
import math
import unicodedata
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from urllib.parse import unquote, urlsplit

import regex

from ._text import held_share, normalize_key, words
from .blocks import continues
from .dateparse import MONTH_NUMBERS, find_all_in_text
from .heuristics.phrases import AGENCY_CREDIT_LABEL_RE, SENTENCE_END_RE
from .heuristics.stopwords import all_stopwords
from .heuristics.titles import (
    AGREEMENT,
    ARTICLE_OG_TYPE,
    ASIDE_OPENING,
    BARS,
    BREADCRUMB_TYPES,
    COMPOUND_HYPHEN,
    DANGLING_SEPARATOR,
    DATE_FILLER_WORDS,
    GAP_SEPARATOR_CHARACTERS,
    GLUED_ELEMENT,
    HEADLINE_REACH,
    HOST_SKIP_LABELS,
    HOST_TRANSLITERATION,
    INVISIBLE_CHARACTERS,
    KICKER_SEPARATORS,
    MARKUP_TAG,
    MAX_DATE_TOKENS,
    MAX_ESCAPE_DEPTH,
    MAX_HEADING_LEVEL,
    MAX_JSON_LD_TITLES,
    MAX_KICKER_SEPARATORS,
    MAX_LISTED_PARTS,
    MAX_SITE_NAME_CHARS,
    MAX_SITE_NAME_WORDS,
    MAX_SITE_NAMES,
    MAX_SITE_PART_WORDS,
    MAX_TITLE_PARTS,
    MAX_TITLE_WORDS,
    META_TITLE_KEYS,
    MIN_DATED_HEADLINE_WORDS,
    MIN_FRAME_SHARE,
    MIN_HOST_LABEL_CHARS,
    MIN_SECTION_H1S,
    MIN_SLUG_WORDS,
    SECTION_META_KEYS,
    SITE_NAME_KEYS,
    SLUG_AGREEMENT,
    SPACING_TAGS,
    SUBHEADING_AGREEMENT,
    TEXT_ARTICLE_SAMPLE_CHARS,
    TEXT_HEADER_MARK_REACH,
    TEXT_HEADER_MARK_WEIGHT,
    TEXT_HEADING_MARKS,
    TEXT_HEADLINE_DISTANCE_WEIGHT,
    TEXT_HEADLINE_FULL_WORDS,
    TEXT_HEADLINE_MAX_CHARS,
    TEXT_HEADLINE_MIN_WORDS,
    TEXT_HEADLINE_SEARCH_BLOCKS,
    TEXT_HEADLINE_WORD_WEIGHT,
    TEXT_TITLE_ECHO_MIN_WORDS,
    TEXT_TITLE_ECHO_SHARE,
    TEXT_TITLE_LINE_SHARE,
    TITLE_SEPARATORS,
    TRUNCATION_MARKS,
    WORD_CHARACTER,
)
from .metadata import ARTICLE_TYPES, PageMeta, article_objects, has_type, json_strings
from .result import Block, BlockKind, Label

# Enum members read once, as module names: reading one off its class costs ten times a
# global's on CPython 3.11 (see `classify`; tests/test_member_reads.py).
HEADING = BlockKind.HEADING
MENU, CONTENT, BOILERPLATE = Label.MENU, Label.CONTENT, Label.BOILERPLATE
HEADER_MARKS = frozenset({Label.BYLINE, Label.DATELINE})
"""Labels of the lines an article's header sets right under its headline (plain text:
`_likeliest_headline`)."""

WORD_CACHE_SIZE = 4096
"""Titles and headings whose word sets are kept: each is compared with every other witness."""
MAIN_ENTITY = "mainEntity"
"""JSON-LD key of the thing a WebPage is about: a forum thread's posting, a news article."""
TITLE_ELEMENT = "title"
"""Source and witness group of the <title> element."""


@dataclass(frozen=True, slots=True)
class Headline:
    """The chosen headline, where it came from (`h1+meta:og:title`, `json-ld`), and its block."""

    text: str
    source: str
    block: int | None
    """Index of the block that shows it, if any (labelled TITLE, kept out of the body)."""


@dataclass(frozen=True, slots=True)
class _Claim:
    """One metadata witness's title: `text` is our best guess at the headline in it."""

    text: str
    source: str
    group: str
    """Witnesses of one group copy one value and vote once (all JSON-LD objects; the
    <meta> keys other than OpenGraph and Twitter)."""
    whole: str
    """The title as the page gives it, with only the site-name parts cut."""
    raw: str
    """The title as the page gives it, decoration included."""


def choose_headline(
    meta: PageMeta,
    blocks: Sequence[Block],
    site_name: str | None,
    plain_text: bool,
    url: str | None = None,
    *,
    from_markdown: bool = False,
) -> Headline | None:
    """The page's headline, with the source that gave it and the block that shows it.

    `from_markdown`: the page is Markdown read as the HTML it stands for, with no metadata; a
    headline set otherwise than as a heading (bold, a line of its own) is then the plain
    text's (`_text_headline`). Not for HTML: a page with no headline by its markup and
    metadata has a line of text as its body more often than as its headline."""
    if plain_text:
        return _text_headline(blocks)
    found = _page_headline(meta, blocks, site_name, url)
    if found is None:
        return _text_headline(blocks) if from_markdown else None
    return Headline(_without_date(found.text), found.source, found.block)


def _page_headline(
    meta: PageMeta, blocks: Sequence[Block], site_name: str | None, url: str | None
) -> Headline | None:
    """The headline of an HTML page, as the witnesses give it."""
    sites = _site_keys(meta, site_name, url)
    headings = [
        (index, block)
        for index, block in enumerate(blocks)
        if block.kind is HEADING
        and 0 < block.level <= MAX_HEADING_LEVEL
        and len(block.text.split()) <= MAX_TITLE_WORDS
        and _compact(block.text)  # `normalize_key`'s words, remembered for `_is_site`
        and not _is_site(block.text, sites)
    ]
    blog = _blog_names(_unmarked(meta.title or ""), headings)
    if blog:
        headings = [(index, block) for index, block in headings if _compact(block.text) not in blog]
    claims = _claims(meta, sites, _logo_keys(blocks) | blog)
    sectioned = _h1_is_section_heading(blocks)
    chosen = _agreeing_heading(headings, claims, sectioned)
    if chosen is not None:
        index, agreeing = chosen
        block = blocks[index]
        fuller = _fuller_title(block, agreeing)
        if fuller is not None:
            return Headline(fuller.text, fuller.source, index)
        text = _unmarked_kicker(block.text, claims) or _framed(block.text, claims) or block.text
        return Headline(text, f"h{block.level}+{agreeing[0].source}", index)
    best = _most_given(claims)
    slugged = _slug_h1(headings, best, _slug_words(url))
    if slugged is not None:
        return Headline(blocks[slugged].text, "h1+url", slugged)
    if best is not None and not _is_article(meta):
        return Headline(best.text, best.source, None)
    h1s = [] if sectioned else [(index, block) for index, block in headings if block.level == 1]
    for index, block in h1s:
        if _leads_content(blocks, index):
            return Headline(block.text, "h1", index)
    if best is not None and best.group != TITLE_ELEMENT:
        return Headline(best.text, best.source, None)
    for index, block in h1s:
        if block.label is not MENU:
            return Headline(block.text, "h1", index)
    return Headline(best.text, best.source, None) if best is not None else None


def _is_article(meta: PageMeta) -> bool:
    """Whether the page says it is an article (OpenGraph type)."""
    given = meta.first("og:type")
    return given is not None and given[1].lower().startswith(ARTICLE_OG_TYPE)


# --- metadata witnesses ----------------------------------------------------------------------


def _claims(meta: PageMeta, sites: _Sites, logos: frozenset[str]) -> list[_Claim]:
    """Every metadata title, site-name parts cut (and, from the <title>, an end the page header
    shows as its logo), then parts no other witness repeats."""
    found: list[tuple[str, str, str]] = []
    for item in article_objects(meta)[:MAX_JSON_LD_TITLES]:
        value = _json_ld_title(item)
        if value is not None:
            found.append((value, "json-ld", "json-ld"))
    for key, group in META_TITLE_KEYS:
        given = meta.first(key)
        if given:
            found.append((given[1], f"meta:{key}", group))
    if meta.title:
        found.append((meta.title, TITLE_ELEMENT, TITLE_ELEMENT))
    found = [(_unmarked(raw), source, group) for raw, source, group in found]
    stripped = [
        (
            _strip_site(raw, sites, logos if group == TITLE_ELEMENT else frozenset()),
            source,
            group,
            raw,
        )
        for raw, source, group in found
    ]
    keys = [(normalize_key(whole), group) for whole, _, group, _ in stripped]
    claims: list[_Claim] = []
    for whole, source, group, raw in stripped:
        others = {key for key, group_of in keys if group_of != group}
        text = _shared_run(whole, others) or whole
        if text == raw:
            text = _longest_part(text, TITLE_SEPARATORS if group == TITLE_ELEMENT else BARS)
        claims.append(_Claim(text, source, group, whole, raw))
    return [claim for claim in claims if normalize_key(claim.text)]


def _unmarked(title: str) -> str:
    """A title as the page shows it: character references decoded (`Trump&#8217;s`, also
    escaped twice, `&amp;#8230;`), then inline tags left in it dropped (`<i>Our</i>`), a line
    break read as a space, a separator left dangling at an end dropped (`DANGLING_SEPARATOR`)."""
    for _ in range(MAX_ESCAPE_DEPTH):
        if "&" not in title:
            break
        title = html.unescape(title)
    if "<" in title:
        title = MARKUP_TAG.sub(_tag_gap, title)
    return DANGLING_SEPARATOR.sub("", " ".join(title.split()))


def _tag_gap(tag: regex.Match[str]) -> str:
    """What an inline tag leaves in a title: a space for one between words, else nothing."""
    return " " if tag.group(2).lower() in SPACING_TAGS else ""


def _json_ld_title(item: dict[str, object]) -> str | None:
    """A JSON-LD object's `headline` or `name`; for a WebPage that gives neither, its
    `mainEntity`'s (a forum's WebPage holds the thread's DiscussionForumPosting there)."""
    for source in (item, item.get(MAIN_ENTITY)):
        if not isinstance(source, dict) or not has_type(source, ARTICLE_TYPES):
            continue
        for key in ("headline", "name"):
            value = source.get(key)
            if isinstance(value, str) and value.strip():
                return " ".join(value.split())
    return None


def _parts(title: str) -> list[tuple[int, int]]:
    """Spans of the parts of a title between separators."""
    spans: list[tuple[int, int]] = []
    start = 0
    for separator in TITLE_SEPARATORS.finditer(title):
        spans.append((start, separator.start()))
        start = separator.end()
    spans.append((start, len(title)))
    return [(begin, end) for begin, end in spans if title[begin:end].strip()]


def _strip_site(title: str, sites: _Sites, logos: frozenset[str]) -> str:
    """Cut parts naming the site or the page's section off both ends: `Headline | Site`,
    `Site: Headline`, `Section | Headline | Site`, `Section: Headline`, and an end the page
    header shows as its logo (`Headline | Logo`)."""
    spans = _parts(title)
    # a keyword list (more than MAX_TITLE_PARTS parts) may end in a logo part, not a run: each
    # end of 20,000 parts compared to the logos took 25 s
    ends = range(1 if len(spans) <= MAX_TITLE_PARTS else len(spans) - 1, len(spans))
    for first in ends if logos else ():
        if _compact(title[spans[first][0] : spans[-1][1]]) in logos:
            del spans[first:]
            break
    while len(spans) > 1 and _is_site(title[slice(*spans[-1])], sites):
        spans.pop()
    start = 0  # an index, not `pop(0)`: 20,000 site parts in front took a copy each
    while len(spans) - start > 1 and _is_decoration(title[slice(*spans[start])], sites):
        start += 1
    spans = spans[start:]
    stripped = title[spans[0][0] : spans[-1][1]].strip() if spans else title.strip()
    return _without_section_kicker(stripped, sites.sections)


def _is_decoration(part: str, sites: _Sites) -> bool:
    """A title part that names the site or is one of the page's sections."""
    return _is_site(part, sites) or _compact(part) in sites.sections


def _without_section_kicker(title: str, sections: frozenset[str]) -> str:
    """A title without a section set before it as a kicker (`Politics: Headline`)."""
    kicker = KICKER_SEPARATORS.search(title)
    if kicker is None or _compact(title[: kicker.start()]) not in sections:
        return title
    return title[kicker.end() :].strip() or title


@lru_cache(maxsize=WORD_CACHE_SIZE)
def _part_runs(title: str) -> tuple[str, ...]:
    """Every run of consecutive parts of a title, except the whole title. A title of more than
    MAX_TITLE_PARTS parts is a keyword list: only its single parts, the first MAX_LISTED_PARTS."""
    spans = _parts(title)
    longest = len(spans) if len(spans) <= MAX_TITLE_PARTS else 1
    spans = spans[:MAX_LISTED_PARTS]  # each heading is compared with every run
    return tuple(
        title[spans[first][0] : spans[last][1]].strip()
        for first in range(len(spans))
        for last in range(first, min(first + longest, len(spans)))
        if (first, last) != (0, len(spans) - 1)
    )


def _shared_run(title: str, others: set[str]) -> str | None:
    """The longest run of the title's parts that another witness gives as its whole title."""
    shared = [run for run in _part_runs(title) if normalize_key(run) in others]
    return max(shared, key=len) if shared else None


def _longest_part(title: str, separators: regex.Pattern[str]) -> str:
    """A title that no witness confirms a part of: its longest part is the headline (counted
    in words, each character of a script written without spaces one word)."""
    parts = [part.strip() for part in separators.split(title) if part.strip()]
    return max(parts, key=lambda part: len(words(part))) if parts else title


def _most_given(claims: list[_Claim]) -> _Claim | None:
    """The metadata title the most witness groups give (on a tie, the first in the order
    JSON-LD, OpenGraph, Twitter, other <meta>, <title>)."""
    if not claims:
        return None
    return max(claims, key=lambda claim: _votes(claim, claims))


def _votes(claim: _Claim, claims: list[_Claim]) -> int:
    """Witness groups that give this title; for a whole title (not a part we cut out), also
    those that give it with decoration added at an end (`Headline-Section Site`): decoration
    is added to a headline, never taken from it."""
    key = _compact(claim.text)
    if claim.text != claim.whole:
        return len({other.group for other in claims if _compact(other.text) == key})
    return len(
        {
            other.group
            for other in claims
            if _compact(other.whole).startswith(key) or _compact(other.whole).endswith(key)
        }
    )


# --- site names --------------------------------------------------------------------------------


@lru_cache(maxsize=WORD_CACHE_SIZE)
def _compact(text: str) -> str:
    """Comparison key without spaces: "rbb24 Website" and "RBB24website" are one name."""
    return normalize_key(text).replace(" ", "")


@dataclass(frozen=True, slots=True)
class _Sites:
    """Compact keys of the names the site goes by."""

    declared: frozenset[str]
    """Names the page declares (og:site_name, publisher): a part holding one is decoration."""
    hosts: frozenset[str]
    """Labels of the host name: only a part that is (part of) one is decoration ("redis.io"
    does not make "Redis data types" a site name)."""
    sections: frozenset[str] = frozenset()
    """Sections the page files itself under (`article:section`, JSON-LD `articleSection`, its
    breadcrumb trail): a title part that is one, before the headline, is decoration
    (`Politics | Headline | Site`, `Politics: Headline`)."""


def _site_keys(meta: PageMeta, site_name: str | None, url: str | None) -> _Sites:
    """The names the site declares, and the labels of its host name."""
    names = [site_name or ""]
    for key in SITE_NAME_KEYS:
        given = meta.first(key)
        if given:
            names.append(given[1].lstrip("@"))
    for item in article_objects(meta):
        publisher = item.get("publisher")
        if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
            names.append(str(publisher["name"]))
    hosts = _host_names(url or meta.canonical or "")
    names = [
        name
        for name in names
        if len(name.split()) <= MAX_SITE_NAME_WORDS and len(name) <= MAX_SITE_NAME_CHARS
    ]
    # every heading and title part is compared with every name: the first MAX_SITE_NAMES
    declared = list(dict.fromkeys(key for key in map(_compact, names) if key))
    return _Sites(
        frozenset(declared[:MAX_SITE_NAMES]),
        frozenset(key for key in map(_compact, hosts) if key),
        frozenset(key for key in map(_compact, _section_names(meta)) if key),
    )


def _section_names(meta: PageMeta) -> list[str]:
    """The page's sections: `article:section` and the like, JSON-LD `articleSection`, and the
    names in a JSON-LD breadcrumb trail (the page's own title among them: never a whole title,
    so never cut). A section that opens the page's own name in its trail (`Wedding Planning
    Tools – Caterer Comparison Spreadsheet` filed under `Wedding Planning Tools`) is part of
    the headline, a series' name its author wrote into it: not a section to cut."""
    names = [value for key in SECTION_META_KEYS for value in meta.meta.get(key, ())]
    own = ""
    for item in meta.json_ld:
        names.extend(json_strings(item.get("articleSection")))
        if has_type(item, BREADCRUMB_TYPES):
            trail = item.get("itemListElement")
            for step in trail if isinstance(trail, list) else ():
                if isinstance(step, dict):
                    inner = step.get("item")
                    named = inner if isinstance(inner, dict) else step
                    found = json_strings(named.get("name"))
                    names.extend(found)
                    own = found[0] if found else own
    own = _unmarked(own)
    spans = _parts(own)
    opening = _compact(own[slice(*spans[0])]) if len(spans) > 1 else ""
    return [name for name in map(_unmarked, names) if _compact(name) != opening]


def _blog_names(title: str, headings: list[tuple[int, Block]]) -> frozenset[str]:
    """Compact keys of the <h1>s that name the blog: an end part of the <title> whose other
    parts a lower heading after it prints, in the content (`Ed Brill - Updating entitlements`
    with the <h1> `Ed Brill` in the page header and the <h2> `Updating entitlements` over the
    post). Such an <h1> agrees with a title that gives the name alone (`DC.title` = `Ed
    Brill`), yet the post's heading is the headline. (The other way round, a blog's or a
    section's name in a lower heading before the <h1> or in a teaser list after it, the <h1>
    is the post's.)"""
    spans = _parts(title)
    if len(spans) < 2:
        return frozenset()
    ends = (
        (_compact(title[slice(*spans[0])]), normalize_key(title[spans[1][0] : spans[-1][1]])),
        (_compact(title[slice(*spans[-1])]), normalize_key(title[spans[0][0] : spans[-2][1]])),
    )
    last_printed: dict[str, int] = {}  # each end's rest: where the last content heading prints it
    for index, block in headings:
        if block.level > 1 and block.label is CONTENT:
            printed = normalize_key(block.text)
            if any(printed == rest for _, rest in ends):
                last_printed[printed] = index
    found: set[str] = set()
    for index, block in headings:
        if block.level == 1:
            key = _compact(block.text)
            found.update(
                key for name, rest in ends if key == name and last_printed.get(rest, -1) > index
            )
    return frozenset(found)


def _logo_keys(blocks: Sequence[Block]) -> frozenset[str]:
    """Compact keys of the headings of the page header (those before the first content block):
    the site's logo text, when it is set in a heading."""
    found: set[str] = set()
    for block in blocks:
        if block.label is CONTENT:
            break
        if block.kind is HEADING:
            found.add(_compact(block.text))
    found.discard("")
    return frozenset(found)


def _host_names(address: str) -> list[str]:
    """What the host name calls the site: `www.rbb24.de` gives `rbb24.de` and `rbb24`. For
    an archived copy (`https://web.archive.org/web/2015/http://site.de/…`), the archived host."""
    start = address.rfind("://")
    if start < 0:
        return []
    scheme = max(address.rfind("http", 0, start), 0)
    try:
        labels = (urlsplit(address[scheme:]).hostname or "").split(".")
    except ValueError:  # "http://[::1" and other addresses urllib cannot split
        return []
    named = [label for label in labels[:-1] if label not in HOST_SKIP_LABELS]
    if not named:
        return []
    names = [label for label in named if len(label) >= MIN_HOST_LABEL_CHARS]
    return [*names, ".".join(named), ".".join([*named, labels[-1]])]


@lru_cache(maxsize=WORD_CACHE_SIZE)
def _host_spellings(key: str) -> tuple[str, ...]:
    """How a host name may spell a compact key: as written, and in ASCII, an umlaut either
    spelled out (`ökologisch` as `oekologisch`) or without its dots (`zürich` as `zurich`).
    An ASCII key has no other spelling (nine headings and title parts in ten)."""
    if key.isascii():
        return (key,)
    spelled = key.translate(HOST_TRANSLITERATION)
    plain = "".join(
        char for char in unicodedata.normalize("NFKD", key) if not unicodedata.combining(char)
    )
    return tuple(dict.fromkeys((key, spelled, plain)))


def _is_site(part: str, sites: _Sites) -> bool:
    """A title part (or heading) that is the site's name or a piece of it (`rbb24` of `rbb24
    Website`), or a short part holding a declared name (`Arch Linux Forums`)."""
    key = _compact(part)
    if not key:
        return False
    if any(key in site for site in sites.declared):
        return True
    if sites.hosts and any(
        spelled in site for spelled in _host_spellings(key) for site in sites.hosts
    ):
        return True
    return len(part.split()) <= MAX_SITE_PART_WORDS and any(site in key for site in sites.declared)


# --- agreement -----------------------------------------------------------------------------------


def _agreeing_heading(
    headings: list[tuple[int, Block]], claims: list[_Claim], sectioned: bool
) -> tuple[int, list[_Claim]] | None:
    """The heading that agrees with metadata titles, and the titles it agrees with.

    A heading that is the whole headline of some title beats one that is only contained in
    one: a blog's <h1> is its name, part of every <title>, and its <h2> the post's headline.
    Then a heading that is a part of a title beats an <h1> whose words a title only holds (a
    logo <h1> `Archive beta` against `Post - Chapter 1 | Fandom [Archive]`). On a page that
    sets its sections in <h1> (`sectioned`), an <h1> a title merely holds is not enough.
    """
    part: tuple[int, list[_Claim]] | None = None
    subset: tuple[int, list[_Claim]] | None = None
    for level in range(1, MAX_HEADING_LEVEL + 1):
        for index, block in headings:
            if block.level != level:
                continue
            strong = [claim for claim in claims if _agrees(block.text, claim, level)]
            if strong:
                return index, strong
            if part is None:
                parts = [claim for claim in claims if _is_part(block.text, claim, level)]
                part = (index, parts) if parts else None
            if subset is None and not sectioned:
                held = [claim for claim in claims if _words_held(block.text, claim, level)]
                subset = (index, held) if held else None
    return part or subset


def _agrees(heading: str, claim: _Claim, level: int) -> bool:
    """Most words shared, counted against the longer of the two (symmetric); or, for an
    <h2>, the title printed at the end of the heading (`Jun 17 Headline`)."""
    needed = AGREEMENT if level == 1 else SUBHEADING_AGREEMENT
    if max(_overlap(heading, claim.text), _overlap(heading, claim.whole)) >= needed:
        return True
    return level > 1 and _frames(heading, claim.text)


def _is_part(heading: str, claim: _Claim, level: int) -> bool:
    """A heading that is one part of a title (`Models | Django documentation`)."""
    needed = AGREEMENT if level == 1 else SUBHEADING_AGREEMENT
    return any(_overlap(heading, part) >= needed for part in _part_runs(claim.raw))


def _words_held(heading: str, claim: _Claim, level: int) -> bool:
    """An <h1> whose words the title holds (`Science` in `Science News: Health, Space`): weaker
    than a heading that is a part of a title, since a site-name <h1> is held by every title."""
    heading_words, claim_words = _word_set(heading), _word_set(claim.whole)
    if level != 1 or not heading_words:
        return False
    return len(heading_words & claim_words) >= AGREEMENT * len(heading_words)


def _fuller_title(heading: Block, agreeing: list[_Claim]) -> _Claim | None:
    """The metadata title an <h1> shortens with words of its own: a shorter form is the
    headline only when the title holds every one of its words (`Plans & Packages` of `Custom
    Plans & Packages`), function words aside (`The …`, `(My Top 5)`); an <h1> that rewords it
    (`Admissions Plans`, `Pest Control Services`) is the page's banner over the headline the
    metadata gives."""
    if heading.level != 1:
        return None
    length, heading_words = len(words(heading.text)), _word_set(heading.text)
    for claim in agreeing:
        if (
            not _agrees(heading.text, claim, 1)
            or len(words(claim.text)) <= length
            or heading_words - _word_set(claim.text) <= all_stopwords()
        ):
            return None
    return agreeing[0] if agreeing else None


def _overlap(first: str, second: str) -> float:
    """Shared words as a share of the longer text's words."""
    a, b = _word_set(first), _word_set(second)
    if not a or not b:
        return 0.0
    return len(a & b) / max(len(a), len(b))


@lru_cache(maxsize=WORD_CACHE_SIZE)
def _word_set(text: str) -> frozenset[str]:
    """The words of a text, soft hyphens dropped first ("Mes\u00adsen\u00adger" is one word)."""
    return frozenset(words(INVISIBLE_CHARACTERS.sub("", text)))


def _framed(heading: str, agreeing: list[_Claim]) -> str | None:
    """The metadata title that ends the heading, when the heading adds a kicker or date.

    The shortest such title wins ("Kicker: Headline" in JSON-LD, "Headline" in OpenGraph);
    failing that, the part of a title after its own kicker ("Other kicker: Headline"). Also a
    title equal to the heading but for spaces: a kicker <span> glued to the headline without
    a space ("Basketball-EuroleagueNach …"). Last, a title the heading prints first, with a
    separator and decoration behind it ("Headline / Dec 2025", "Headline - Forum - Site").
    """
    given = [
        claim.text
        for claim in agreeing
        if claim.text == claim.whole and not claim.whole.endswith(TRUNCATION_MARKS)
    ]
    fitting = (
        [text for text in given if _frames(heading, text)]
        or [run for text in given for run in _after_other_kicker(heading, text)]
        or [text for text in given if _opens(heading, text)]
    )
    if not fitting:
        return None
    shortest = min(fitting, key=lambda text: len(_compact(text)))
    if normalize_key(shortest) != normalize_key(heading) or _glues(heading, shortest):
        return shortest
    return None


def _glues(heading: str, title: str) -> bool:
    """Whether the heading prints two words of the title with neither a space nor a separator
    between them where the title has a separator (`Die Zukunft der Arbeit"Wir …` for `Die
    Zukunft der Arbeit - "Wir …`, `"Quote"Headline` for `"Quote": Headline`): a kicker set as
    an element of its own, its space lost in the markup: the title is shown, separator and
    all, as for a kicker glued letter to letter (`EuroleagueSanktionen`), whose words differ
    from the title's."""
    if _compact(heading) != _compact(title):
        return False  # the words differ: no letters to line up
    letters = [found.start() for found in _LETTER.finditer(heading)]
    title_letters = [found.start() for found in _LETTER.finditer(title)]
    separators = [*TITLE_SEPARATORS.finditer(title), *KICKER_SEPARATORS.finditer(title)]
    seen: set[tuple[int, str]] = set()  # each gap read once per mark: linear in the title
    for separator in separators:
        count = bisect_left(title_letters, separator.start())  # the title's letters before it
        mark = separator.group().strip()
        if 0 < count < len(letters) and (count, mark) not in seen:
            seen.add((count, mark))
            gap = heading[letters[count - 1] + 1 : letters[count]]
            if not (
                any(char.isspace() for char in gap)
                or GAP_SEPARATOR_CHARACTERS.search(gap)
                or (mark and mark in gap)
            ):
                return True
    return False


def _unmarked_kicker(heading: str, claims: list[_Claim]) -> str | None:
    """The headline of a heading that glues two witnesses' titles together with no separator:
    one witness gives the kicker or SEO title (`Adblue nachfüllen: wo kaufen; Preis`), another
    the headline (`So wird Adblue richtig angewendet`), and the heading prints both, the kicker
    first, as elements of their own. (A kicker that one title gives as `Kicker: Headline` stays:
    fundus counts it as part of the headline, trafilatura's set does not.)"""
    key = _compact(heading)
    for first in claims:
        for second in claims:
            kicker_key, text_key = _compact(first.text), _compact(second.text)
            if not kicker_key or not text_key or key != kicker_key + text_key:
                continue
            letters = [found.start() for found in WORD_CHARACTER.finditer(heading)]
            count = len(WORD_CHARACTER.findall(first.text))
            if 0 < count < len(letters):
                gap = heading[letters[count - 1] + 1 : letters[count]]
                if not GAP_SEPARATOR_CHARACTERS.search(gap):
                    return second.text
    return None


_LETTER = regex.compile(r"[^\W_]")
"""A letter or digit, not the underscore `\\w` also matches: `标题_科技` separates with one."""
_TOKEN = regex.compile(r"\S+")
_DATE_NUMBER = regex.compile(r"[\d./-]+(?:st|nd|rd|th|er)?")
"""A day, month or year in figures (`23.01.2022`, `1.`, `5th`)."""


def _without_date(text: str) -> str:
    """A headline without the date the page prints in front of it (`23.01.2022 - Headline`,
    `1. Februar 2022 Headline`): the article's date, not its headline."""
    tokens = list(_TOKEN.finditer(text))
    most = min(MAX_DATE_TOKENS, len(tokens) - MIN_DATED_HEADLINE_WORDS)
    dated = 0  # the leading date words, each read once
    while dated < most and _is_date_word(tokens[dated].group()):
        dated += 1
    for count in range(dated, 0, -1):
        found = find_all_in_text(text[: tokens[count - 1].end()])
        if not found or found[0][0] != 0 or found[0][1].month_only:
            continue
        rest = tokens[count:]
        while rest and not WORD_CHARACTER.search(rest[0].group()):
            rest = rest[1:]
        if len(rest) >= MIN_DATED_HEADLINE_WORDS:
            return text[rest[0].start() :].strip()
    return text


def _is_date_word(token: str) -> bool:
    """A word a written date is made of: numbers, month names, `de`/`of`."""
    word = token.strip(".,;:-–/").casefold()
    return (
        not word
        or _DATE_NUMBER.fullmatch(word) is not None
        or word in MONTH_NUMBERS
        or word in DATE_FILLER_WORDS
    )


def _opens(heading: str, text: str) -> bool:
    """Whether the heading prints the text, then a separator and decoration (`Headline / Dec
    2025`), an aside in brackets (`Headline (example.com)`) or an element glued on with its
    space lost (`…la InfantaUltima Hora`, `GLUED_ELEMENT`): a title cut to a length is cut
    between words, not there. Punctuation the text ends with (`C++`) is the text's own."""
    key = _compact(text)
    if not key or not _compact(heading).startswith(key):
        return False
    letters = [found.start() for found in WORD_CHARACTER.finditer(heading)]
    count = len(WORD_CHARACTER.findall(text))
    if not 0 < count < len(letters):
        return False
    rest = heading[letters[count - 1] + 1 :]
    last = max(found.start() for found in WORD_CHARACTER.finditer(text))
    ending = text[last + 1 :]
    if ending and rest.startswith(ending):
        rest = rest[len(ending) :]
    cut = (
        TITLE_SEPARATORS.match(rest)
        or ASIDE_OPENING.match(rest)
        or GLUED_ELEMENT.match(heading, letters[count - 1] + 1)
    )
    return cut is not None and len(words(text)) >= MIN_FRAME_SHARE * len(words(heading))


def _frames(heading: str, text: str) -> bool:
    """Whether the heading ends with the text, and the text is most of the heading."""
    key = _compact(text)
    if not key or not _compact(heading).endswith(key):
        return False
    return _word_count(text) >= MIN_FRAME_SHARE * _word_count(heading)


def _word_count(text: str) -> int:
    """Words as the text writes them: a hyphenated compound (`US-Dream-Team`) is one."""
    return len(words(COMPOUND_HYPHEN.sub("", text)))


def _after_other_kicker(heading: str, title: str) -> list[str]:
    """The ends of a title after a kicker separator (`Kicker: Headline`) that end the heading
    too, behind a kicker of its own that is not the title's (and hold most of the heading)."""
    found: list[str] = []
    # a kicker ends at one of the first separators: each run after one is compared whole
    # (every run of a title of 20,000 `x | ` took 38 s)
    for separator in islice(KICKER_SEPARATORS.finditer(title), MAX_KICKER_SEPARATORS):
        run = title[separator.end() :].strip()
        if not _frames(heading, run):
            continue
        heading_words = words(heading)
        heading_kicker = " ".join(heading_words[: len(heading_words) - len(words(run))])
        if _overlap(heading_kicker, title[: separator.start()]) < AGREEMENT:
            found.append(run)
    return found


def _slug_words(url: str | None) -> frozenset[str]:
    """The words of the last URL path segment that has several (`/comments/1rj/best_laptop_for_
    college/`), numbers aside; empty when there is none."""
    try:
        path = urlsplit(url).path if url else ""
    except ValueError:
        return frozenset()
    for segment in reversed(path.split("/")):
        found = [word for word in words(unquote(segment).replace("_", " ")) if not word.isdigit()]
        if len(found) >= MIN_SLUG_WORDS:
            return frozenset(found)
    return frozenset()


def _slug_h1(
    headings: list[tuple[int, Block]], best: _Claim | None, slug: frozenset[str]
) -> int | None:
    """With no heading agreeing with the metadata: the <h1> whose words the URL's slug repeats,
    unless the best metadata title repeats it too. Slugs are made from the headline, so this
    beats a generic <title> (`The heart of the internet`) or an SEO variant in the metadata."""

    def holds(text: str) -> bool:
        return len(slug & _word_set(text)) >= SLUG_AGREEMENT * len(slug)

    if not slug or (best is not None and holds(best.text)):
        return None
    for index, block in headings:
        if block.level == 1 and holds(block.text):
            return index
    return None


# --- visible headings ------------------------------------------------------------------------


def _h1_is_section_heading(blocks: Sequence[Block]) -> bool:
    """Whether the page sets its section headings in <h1> (MIN_SECTION_H1S of them or more):
    then an <h1> is not the headline just for being one."""
    count = sum(block.kind is HEADING and block.level == 1 for block in blocks)
    return count >= MIN_SECTION_H1S


def _leads_content(blocks: Sequence[Block], index: int) -> bool:
    """A visible <h1>, not furniture, with the article's content starting right after it."""
    if blocks[index].label not in (CONTENT, BOILERPLATE):
        return False
    following = blocks[index + 1 : index + 1 + HEADLINE_REACH]
    return any(other.label is CONTENT for other in following)


def _text_headline(blocks: Sequence[Block]) -> Headline | None:
    """Plain text: a short, unpunctuated line of words (a Markdown heading's marks left out)
    before the first paragraph (a long block scored content that holds a sentence end: a
    flattened menu glued into one long line is none), a block's own or one of the lines of a
    block of stacked lines (`_block_lines`).
    First the last such line whose words the text's first line holds
    (`TEXT_TITLE_LINE_SHARE`: a flattener that keeps the <title> puts it first, the site's
    name added), then the one that shares the most content words with it
    (`TEXT_TITLE_ECHO_SHARE`: a <title> worded otherwise), then the one that reads most like
    the headline of the article that follows (`_likeliest_headline`). A picture's or a
    story's credit line (`Photo: …`, `Source: …`) is none of them. Failing all, the first
    such line (a bare text's first line is its title)."""
    candidates: list[_Line] = []
    for index, block in enumerate(blocks):
        if (
            block.label is CONTENT
            and len(block.text) > TEXT_HEADLINE_MAX_CHARS
            and SENTENCE_END_RE.search(block.text) is not None
        ):
            break
        if block.label in (CONTENT, BOILERPLATE):
            candidates += (
                _Line(index, TEXT_HEADING_MARKS.sub("", line))
                for line in _block_lines(block.text)
                if not line.endswith((".", ",", ";", ":")) and WORD_CHARACTER.search(line)
            )
    else:
        return Headline(candidates[0].text, "text", candidates[0].block) if candidates else None
    worded = [
        candidate
        for candidate in candidates
        if _lettered_words(candidate.text) >= TEXT_HEADLINE_MIN_WORDS
        and AGENCY_CREDIT_LABEL_RE.match(candidate.text) is None
    ]
    title_line = set(words(blocks[0].text))
    # the first block is the <title>'s witness: the two tiers below never pick it, the last
    # picks it only when it is the one line
    below = [candidate for candidate in worded if candidate.block]
    titled = [candidate for candidate in below if _within(candidate.text, title_line)]
    echoes = [(_echo(candidate.text, title_line), candidate) for candidate in below]
    loudest = max((share for share, _ in echoes), default=0.0)
    echoed = [
        candidate
        for share, candidate in echoes
        if share == loudest and share >= TEXT_TITLE_ECHO_SHARE
    ]
    if titled or echoed:
        chosen = (titled or echoed)[-1]
    else:
        likeliest = _likeliest_headline(blocks, below or worded, index)
        if likeliest is not None:
            chosen = likeliest
        elif candidates:
            chosen = candidates[0]
        else:
            return None
    return Headline(chosen.text, "text", chosen.block)


@dataclass(frozen=True, slots=True)
class _Line:
    """A headline candidate of plain text: a line, and the block it is (or is a line of)."""

    block: int
    text: str


def _block_lines(text: str) -> list[str]:
    """The lines of a block that may each be a headline: the block's text when it is one line,
    or when its lines run on into each other (hard-wrapped prose); each line when they are
    stacked, none going on with the sentence the one before leaves open (a kicker, a dash and
    a headline; a headline and its byline: `blocks._stacked` splits such lines into blocks
    only when they are many or one is a paragraph long)."""
    if "\n" not in text:
        return [text]
    lines = [line for line in text.split("\n") if line]
    if any(map(continues, lines, lines[1:])):
        return []
    return lines


def _likeliest_headline(blocks: Sequence[Block], lines: list[_Line], start: int) -> _Line | None:
    """Of `lines` at most `TEXT_HEADLINE_SEARCH_BLOCKS` before the first paragraph (`start`),
    the one that reads most like the headline of the article from there: the share of its
    content words that the article's first `TEXT_ARTICLE_SAMPLE_CHARS` characters repeat (a
    menu's, a button's, a section's or another story's words are not the article's), a
    byline or a dateline under it (`TEXT_HEADER_MARK_REACH`), its length up to
    `TEXT_HEADLINE_FULL_WORDS` words (a byline is short), then its nearness. None when no
    line there has a content word."""
    article: set[str] = set()
    budget = TEXT_ARTICLE_SAMPLE_CHARS
    for block in islice(blocks, start, None):
        if budget <= 0:
            break
        if block.label is CONTENT:
            article.update(_content_words(block.text[:budget]))
            budget -= len(block.text)
    best, chosen = -math.inf, None
    for line in lines:
        distance = start - line.block
        if distance > TEXT_HEADLINE_SEARCH_BLOCKS:
            continue
        found = set(_content_words(line.text))
        if not found:
            continue
        lettered = min(_lettered_words(line.text), TEXT_HEADLINE_FULL_WORDS)
        under = blocks[line.block + 1 : line.block + 1 + TEXT_HEADER_MARK_REACH]
        marked = any(block.label in HEADER_MARKS for block in under)
        score = (
            len(found & article) / len(found)
            + TEXT_HEADLINE_WORD_WEIGHT * lettered
            - TEXT_HEADLINE_DISTANCE_WEIGHT * distance
            + TEXT_HEADER_MARK_WEIGHT * marked
        )
        if score > best:
            best, chosen = score, line
    return chosen


def _lettered_words(text: str) -> int:
    """The words of `text` that are not numbers (`words`: a CJK character counts one)."""
    return sum(not word.isdigit() for word in words(text))


def _echo(text: str, line: set[str]) -> float:
    """The share of the content words of `text` (neither stop words nor numbers) that `line`
    holds; 0 when it holds fewer than `TEXT_TITLE_ECHO_MIN_WORDS` of them."""
    found = _content_words(text)
    held = sum(word in line for word in found)
    return held / len(found) if held >= TEXT_TITLE_ECHO_MIN_WORDS else 0.0


def _content_words(text: str) -> list[str]:
    """The words of `text` that are neither stop words (of any language) nor numbers."""
    stop = all_stopwords()
    return [word for word in words(text) if word not in stop and not word.isdigit()]


def _within(text: str, line: set[str]) -> bool:
    """Whether `line` holds most of the words of `text` (`TEXT_TITLE_LINE_SHARE`)."""
    return held_share(words(text), line) >= TEXT_TITLE_LINE_SHARE
