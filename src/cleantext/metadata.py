"""What the page says about itself: <title>, <meta>, JSON-LD, <link rel=canonical>, <time>, lang.

One pass over the few elements that carry metadata (lxml's C-level `iter` with tag filters),
collected raw; choosing among them is the job of headline, dates and authors.
"""

from __future__ import annotations

import itertools
import json
import re
import string
from collections import deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, cast

from lxml import etree

from ._text import collapse_spaces, strip_unwanted
from .errors import out_of_memory

ARTICLE_TYPES = frozenset(
    {
        "article",
        "newsarticle",
        "blogposting",
        "reportagenewsarticle",
        "analysisnewsarticle",
        "opinionnewsarticle",
        "reviewnewsarticle",
        "backgroundnewsarticle",
        "askpublicnewsarticle",
        "satiricalarticle",
        "advertisercontentarticle",
        "medicalscholarlyarticle",
        "techarticle",
        "scholarlyarticle",
        "report",
        "liveblogposting",
        "posting",
        "socialmediaposting",
        "discussionforumposting",
        "howto",
        "recipe",
        "review",
        "product",
        "qapage",
        "webpage",
    }
)
"""JSON-LD @type values (lower-case) whose headline, dates and authors describe the page:
schema.org's Article and its subtypes by their full names (`ReportageNewsArticle`, not
`ReportageNews`), as pages write them."""
MAX_JSON_LD_CHARS = 1_000_000
"""JSON-LD scripts above this size are skipped: metadata is never that large."""
MAX_JSON_LD_OBJECTS = 1_000
"""JSON-LD objects read from a page (`@graph` members and list items flattened), in document
order; later scripts are not parsed. The headline, date, author and page-info stages each
filter them again (`article_objects`, a dozen passes): 94,000 tiny objects in two scripts of
under 1 MB took 1.1 s of CPU (fz-meta campaign). The most among the 3,066 evaluation pages:
234."""
CDATA_OPEN, CDATA_CLOSE = "<![CDATA[", "]]>"
AUTHOR_BOX_PARTS = frozenset(
    {"bio", "box", "about", "avatar", "image", "img", "photo", "info"}
    | {"comment", "comments", "reply", "respond", "form", "field"}
)
"""Class-name parts beside `author` that mark a biography box, a portrait, a commenter or the
comment form's name field (`comment-author`, `comment-form-author`), not the page's author."""
MAX_TIME_ELEMENTS = 50
"""<time> elements read: dates near the top matter, archives further down do not."""
AUTHOR_DATA_ATTRIBUTE = "data-author"
"""An attribute forum engines and CMSs put on a post's element with its author's name
(`<article class="message" data-author="felixen">`): in page order the first is the opening
post's, a quote's or a reply's come after it."""
COMMENT_ITEM_TYPES = ("Comment", "UserComments")
"""The schema.org types of a reply (`https://schema.org/Comment`, `…/UserComments`), as the
end of an `itemtype`."""
MAX_AUTHOR_MARK_CHARS = 120
"""An author-marked element longer than this is an author box with a biography, not a name."""
AUTHOR_CLASS_WORDS = ("author", "byline", "authorname", "authors", "bylines")
"""Class-name words of blog and CMS templates around the author's name (`author vcard`,
`post-author`, `byline__name`, written as one word `authorname`, plural `authors`); with
`rel="author"` (HTML) and schema.org `itemprop="author"`, they mark the elements
`read_author_marks` reads."""
AUTHOR_STEM, BYLINE_STEM = "author", "byline"
"""One of them is in every word of AUTHOR_CLASS_WORDS: a lower-cased class value that holds
neither holds none of the words. Two C substring searches rule out nine class values in ten,
at a quarter of the cost of a case-insensitive regex search."""


@dataclass(slots=True)
class PageMeta:
    """Raw metadata, each value with the name of its source."""

    title: str | None = None
    """The <title> element."""
    lang: str | None = None
    canonical: str | None = None
    meta: dict[str, list[str]] = field(default_factory=dict)
    """<meta> content by lower-cased name / property / itemprop / http-equiv."""
    json_ld: list[dict[str, Any]] = field(default_factory=list)
    """Every JSON-LD object, `@graph` members and list items flattened."""
    times: list[tuple[str, str]] = field(default_factory=list)
    """(datetime attribute or "", text) of <time> elements, in document order."""

    def first(self, *keys: str) -> tuple[str, str] | None:
        """The first non-empty <meta> value among `keys`, with its key."""
        for key in keys:
            for value in self.meta.get(key, ()):
                if value.strip():
                    return key, collapse_spaces(strip_unwanted(value))
        return None


def read_metadata(root: etree._Element) -> PageMeta:
    """What the page declares of itself, in one walk over the elements that declare it: the
    `<title>`, `<meta>` tags, the canonical `<link>`, JSON-LD, `<time>` elements and the
    language (the microdata item types only on request: `read_item_types`)."""
    found = PageMeta(lang=root.get("lang") or root.get("xml:lang"))
    for element in root.iter("title", "meta", "link", "script", "time", "html"):
        tag = element.tag
        if tag == "title" and found.title is None:
            found.title = collapse_spaces(strip_unwanted(_text_of(element))) or None
        elif tag == "meta":
            _read_meta(element, found)
        elif tag == "link" and found.canonical is None:
            if "canonical" in (element.get("rel") or "").lower().split():
                href = strip_unwanted(element.get("href") or "")
                found.canonical = href.strip() or None
        elif tag == "script" and len(found.json_ld) < MAX_JSON_LD_OBJECTS:
            if (element.get("type") or "").strip().lower() == "application/ld+json":
                room = MAX_JSON_LD_OBJECTS - len(found.json_ld)
                found.json_ld.extend(_json_ld(element.text or "", room))
        elif tag == "time" and len(found.times) < MAX_TIME_ELEMENTS:
            found.times.append((element.get("datetime") or "", collapse_spaces(_text_of(element))))
        elif tag == "html" and found.lang is None:
            found.lang = element.get("lang")
    return found


def read_item_types(root: etree._Element) -> list[str]:
    """Schema.org type names of the page's microdata items (`itemtype=
    "https://schema.org/NewsArticle"` gives `NewsArticle`), in document order. A walk over the
    whole tree, asked only when the JSON-LD does not answer (`pageinfo.declared_kinds`)."""
    try:
        values = cast("list[str]", root.xpath("//@itemtype"))
    except etree.XPathEvalError as error:
        if out_of_memory(error):  # the expression is fixed and valid: only memory can fail it
            raise MemoryError("libxml2 ran out of memory evaluating an XPath") from error
        raise
    return [url.rstrip("/").rpartition("/")[2] for value in values for url in str(value).split()]


SCRIPT_STATE_TYPES = frozenset({"", "text/javascript", "application/json", "module"})
"""`<script>` types whose text may hold a page's serialised state (not JSON-LD, not templates)."""
_SCRIPT_ISO_VALUE = re.compile(r"""-(?<=["']\d{4}-)\d\d-\d\d[^"']{0,30}["']""")
"""A quoted value that starts with an ISO day, found from its first hyphen (a literal that
`re` skips to in a tight loop) and looked back at for its opening quote and year."""
QUOTES = "\"'"
SCRIPT_KEY_CHARACTERS = frozenset(string.ascii_letters + "_")
"""What a key written before an ISO value may hold (`"publishedAt": "2024-05-03T10:00"`)."""


def read_script_dates(root: etree._Element) -> Iterator[tuple[str, str]]:
    """(key, value) of every ISO date stored under a quoted key in the page's non-JSON-LD
    scripts, in document order, lazily: read only when no other source names a day."""
    for element in root.iter("script"):
        kind = (element.get("type") or "").strip().lower()
        if kind in SCRIPT_STATE_TYPES and element.text:
            yield from _quoted_dates(element.text)


def _quoted_dates(text: str) -> Iterator[tuple[str, str]]:
    """The matches of `["']([A-Za-z_]+)["']\\s*:\\s*["'](\\d{4}-\\d\\d-\\d\\d[^"']{0,30})["']`
    in order, none overlapping the one before, found from the values back to their keys:
    that pattern was tried at every quote of a script's JSON (10x slower on the eval pages'
    scripts, the same matches). A value's opening quote and key fix the match's start, so each
    value has one reading."""
    taken = 0
    for match in _SCRIPT_ISO_VALUE.finditer(text):
        value_quote = match.start() - len("0000-")
        colon = _before_spaces(text, value_quote, taken)
        if colon < taken or text[colon] != ":":
            continue
        key_quote = _before_spaces(text, colon, taken)
        if key_quote < taken or text[key_quote] not in QUOTES:
            continue
        opening = key_quote - 1
        while opening >= taken and text[opening] in SCRIPT_KEY_CHARACTERS:
            opening -= 1
        if opening < taken or opening == key_quote - 1 or text[opening] not in QUOTES:
            continue
        taken = match.end()
        yield text[opening + 1 : key_quote], text[value_quote + 1 : taken - 1]


def _before_spaces(text: str, index: int, start: int) -> int:
    """The index of the last character before `index` that is not a space, `start - 1` when
    there is none from `start` on."""
    index -= 1
    while index >= start and text[index].isspace():
        index -= 1
    return index


def read_author_marks(root: etree._Element) -> Iterator[str]:
    """Short texts of elements marked as naming the author, in document order, lazily.

    Not part of `read_metadata`: the walk costs most of a millisecond on a large page, so it
    runs only when no JSON-LD or <meta> author names a person, and only as far as needed.
    """
    for element in root.iter(etree.Element):
        names = element.keys()
        if not names:
            continue
        named = element.get(AUTHOR_DATA_ATTRIBUTE) if AUTHOR_DATA_ATTRIBUTE in names else None
        if named and len(named) <= MAX_AUTHOR_MARK_CHARS:
            yield collapse_spaces(named)
            continue
        if not _marks_author(element, names) or _in_comment_item(element):
            continue
        found = cast("list[etree._Element]", _ITEM_NAME(element))
        name = found[0] if found else None
        # microdata gives a value in a <meta>'s content: `<meta itemprop="name" content="X">`
        stored = name.get("content") if name is not None else None
        if stored:
            text: str | None = collapse_spaces(strip_unwanted(stored))
        else:
            text = _short_text(name if name is not None else element, MAX_AUTHOR_MARK_CHARS)
        if text and len(text) <= MAX_AUTHOR_MARK_CHARS:
            yield text


_ITEM_NAME = etree.XPath("descendant::*[@itemprop='name'][1]")
"""The first element below a mark that holds a microdata name, found by libxml2: lxml's
`find(".//*[@itemprop='name']")` walked the subtree in Python, once per mark (400 marks nested
around an article took 1.3 s)."""


def _in_comment_item(element: etree._Element) -> bool:
    """Whether the microdata item the element belongs to is a comment (`itemscope
    itemtype="https://schema.org/Comment"`): a forum's replies mark their posters as authors of
    the replies, not of the page."""
    for ancestor in element.iterancestors():
        if ancestor.get("itemscope") is not None:
            return (ancestor.get("itemtype") or "").endswith(COMMENT_ITEM_TYPES)
    return False


def _marks_author(element: etree._Element, names: Sequence[str | bytes]) -> bool:
    """`class="author vcard"`, `post-author`, `byline__name` mark a name; `author-bio`,
    `about-author` and `authorbox` mark a biography or a box of links. `names` is
    `element.keys()`: only the attributes it holds are asked for (lxml's `get` costs about as
    much for an absent attribute as for a present one, and most of the three are absent)."""
    classes = element.get("class") if "class" in names else None
    if classes:
        lowered = classes.lower()
        if AUTHOR_STEM in lowered or BYLINE_STEM in lowered:
            for token in lowered.split():
                parts = set(token.replace("_", "-").split("-"))
                if parts.intersection(AUTHOR_CLASS_WORDS) and not AUTHOR_BOX_PARTS & parts:
                    return True
    return ("rel" in names and element.get("rel") == "author") or (
        "itemprop" in names and element.get("itemprop") == "author"
    )


def _text_of(element: etree._Element) -> str:
    """The element's text, with a space where an element boundary falls between a letter and a
    capital or a digit (`<span>By</span><a>Jane Doe</a>`, `<b>Jane Doe</b><time>22 Dec`), or
    between a digit and a capital (`<time>22 Dec 2016</time><a>Jane Doe</a>`): two words that
    styling sets apart (a word split by markup, `<b>Al</b>ice`, goes on in lower case, and a
    number split by markup, `<b>20</b>24`, in digits)."""
    return "".join(_text_pieces(element))


def _text_pieces(element: etree._Element) -> Iterator[str]:
    """`_text_of` piece by piece, lazily."""
    last = ""
    for text in map(str, element.itertext()):
        if not text:
            continue
        if last and _two_words(last[-1], text[0]):
            yield " "
        yield text
        last = text


def _short_text(element: etree._Element, limit: int) -> str | None:
    """The element's text (`_text_of`) with unwanted characters dropped and spaces collapsed,
    or None once it is surely longer than `limit`. Read piece by piece and measured each time
    what was read has doubled (the cleaned text of a prefix never grows shorter): an author
    mark wrapping the article was read whole, and 400 of them nested around it (940 KB) took
    10.6 s of CPU (`author-marks-nested-400`)."""
    pieces: list[str] = []
    read, measure_at = 0, limit
    for piece in _text_pieces(element):
        pieces.append(piece)
        read += len(piece)
        if read > measure_at:
            if len(collapse_spaces(strip_unwanted("".join(pieces)))) > limit:
                return None
            measure_at = 2 * read
    text = collapse_spaces(strip_unwanted("".join(pieces)))
    return text if len(text) <= limit else None


def _two_words(last: str, first: str) -> bool:
    """Whether the characters either side of an element boundary end one word and start
    another (`_text_of`)."""
    if last.isalpha():
        return first.isupper() or first.isdigit()
    return last.isdigit() and first.isupper()


def _read_meta(element: etree._Element, found: PageMeta) -> None:
    content = element.get("content")
    if content is None:
        return
    # RDFa allows several properties in one attribute: `property="og:title twitter:title"`
    keys = (element.get("property") or "").lower().split()
    for attribute in ("name", "itemprop", "http-equiv"):
        key = (element.get(attribute) or "").strip().lower()
        if key:
            keys.append(key)
    for key in keys:
        found.meta.setdefault(key, []).append(content)


def _json_ld(text: str, limit: int) -> list[dict[str, Any]]:
    """The first `limit` objects of a JSON-LD script; none when it is too large or no JSON."""
    if len(text) > MAX_JSON_LD_CHARS:
        return []
    try:
        data = json.loads(_unwrap_cdata(text.strip()).removesuffix(";"))
    except (ValueError, RecursionError):
        return []
    return list(itertools.islice(_objects(data), limit))


def _unwrap_cdata(text: str) -> str:
    """`<![CDATA[ {...} ]]>`: pages serialised as XHTML wrap their JSON-LD in a CDATA section."""
    if text.startswith(CDATA_OPEN) and text.endswith(CDATA_CLOSE):
        return text[len(CDATA_OPEN) : -len(CDATA_CLOSE)].strip()
    return text


def _objects(data: Any) -> Iterator[dict[str, Any]]:
    """Flatten lists and `@graph` containers into the objects they hold (iteratively)."""
    pending: deque[Any] = deque([data])
    while pending:
        item = pending.popleft()
        if isinstance(item, list):
            pending.extendleft(reversed(item))
        elif isinstance(item, dict):
            graph = item.get("@graph")
            if isinstance(graph, list):
                pending.extendleft(reversed(graph))
            yield item


def has_type(item: dict[str, Any], types: frozenset[str]) -> bool:
    """Whether a JSON-LD object's `@type` (a name or a list of names) is one of `types`
    (lower-case)."""
    kinds = item.get("@type")
    names = kinds if isinstance(kinds, list) else [kinds]
    return any(isinstance(name, str) and name.lower() in types for name in names)


def json_strings(value: object) -> list[str]:
    """A JSON-LD value read as a list of strings: one string, or the strings of a list
    (`articleSection`, `keywords` and `name` come either way)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [item for item in value if isinstance(item, str)]
    return []


def article_objects(meta: PageMeta) -> list[dict[str, object]]:
    """JSON-LD objects of article-like types, best first (an @type may be a list)."""
    found = [item for item in meta.json_ld if has_type(item, ARTICLE_TYPES)]
    found.sort(key=lambda item: str(item.get("@type")).lower() == "webpage")
    return found
