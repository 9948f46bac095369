"""What the page declares about itself and needs no choosing among blocks: site name,
description, canonical URL, main image, categories and tags, each with its source.

Values are read, never fetched: an image URL is resolved against the page URL and returned.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from urllib.parse import urljoin

from lxml import etree

from ._text import collapse_spaces, strip_unwanted
from .heuristics.titles import SECTION_META_KEYS, SITE_NAME_KEYS
from .metadata import PageMeta, article_objects, has_type, json_strings, read_item_types

Found = tuple[str, str]
"""(value, source)."""

DESCRIPTION_META_KEYS = ("og:description", "description", "twitter:description", "dc.description")
IMAGE_META_KEYS = ("og:image", "og:image:url", "og:image:secure_url", "twitter:image", "image")
TAG_META_KEYS = ("article:tag", "keywords", "news_keywords", "parsely-tags")
MAX_TAGS = 50
"""Tags kept: some pages stuff hundreds of keywords into <meta>."""
MAX_TAG_CHARS = 80
"""A longer "tag" is a sentence that was put into the keywords field."""
THREAD_TYPES = frozenset({"discussionforumposting", "qapage"})
"""JSON-LD @type values (lower-case) by which a page says it is a discussion, a forum topic or
a question with its answers: its posts are its content, not comments under it."""
MICRODATA_THREAD_TYPES = frozenset({"discussionforumposting"})
"""The THREAD_TYPES a microdata `itemtype` declares a thread by: forum software without JSON-LD
puts it on the topic's posts. Not `QAPage`: Stack Exchange's microdata Q&A pages keep the
comments under each answer in comment containers, and the truths leave them out (wcxb
0566 0.906 → 0.697 when it counted)."""
NEWS_TYPES = frozenset(
    {
        "newsarticle",
        "reportagenewsarticle",
        "analysisnewsarticle",
        "opinionnewsarticle",
        "reviewnewsarticle",
        "backgroundnewsarticle",
        "askpublicnewsarticle",
    }
)
"""JSON-LD @type values and microdata type names (lower-case) by which a page says it is a news
story: its pictures are press photos, whose captions news truths leave out."""
ARTICLE_TYPES = NEWS_TYPES | {"article"}
"""The type names by which a page says it is a news story or an article: the boxes it sets
beside the story in an <aside> are the newsroom's, not the story's. Plain `Article` counts:
newsrooms' templates declare it as often as `NewsArticle`; blogs declare `BlogPosting`, shops
`Product`, guides `WebPage` or nothing. It does not count for captions (`declares_news`):
Readability's truths keep the captions of pages that declare only `Article` (blogs' SEO
plugins, magazines). Measured with it counting there: mozilla_readability 0.9697 → 0.9675,
fundus 0.9709 → 0.9720, trafilatura_eval snippets 0.9357 → 0.9360: not kept."""
WEB_SCHEMES = ("http://", "https://", "/")
"""URL forms accepted from the page: absolute web URLs and root-relative paths."""


def site_name(meta: PageMeta) -> Found | None:
    """The site's name from <meta>, else the JSON-LD publisher."""
    found = meta.first(*SITE_NAME_KEYS)
    if found:
        return found[1].lstrip("@"), f"meta:{found[0]}"
    for item in article_objects(meta):
        publisher = item.get("publisher")
        if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
            name = collapse_spaces(str(publisher["name"]))
            if name:
                return name, "json-ld"
    return None


def description(meta: PageMeta) -> Found | None:
    """The description a meta tag declares, else an article's JSON-LD `description`."""
    found = meta.first(*DESCRIPTION_META_KEYS)
    if found:
        return found[1], f"meta:{found[0]}"
    for item in article_objects(meta):
        value = item.get("description")
        if isinstance(value, str) and value.strip():
            return collapse_spaces(strip_unwanted(value)), "json-ld"
    return None


def page_url(meta: PageMeta, url: str | None) -> Found | None:
    """The canonical URL the page declares (resolved against `url`), else the caller's."""
    if meta.canonical and meta.canonical.startswith(WEB_SCHEMES):
        return _resolve(meta.canonical, url), "link:canonical"
    og_url = meta.first("og:url")
    if og_url and og_url[1].startswith(WEB_SCHEMES):
        return _resolve(og_url[1], url), "meta:og:url"
    return (url, "caller") if url else None


def image(meta: PageMeta, url: str | None) -> Found | None:
    """The page's main image URL: OpenGraph/Twitter <meta>, else JSON-LD `image`."""
    found = meta.first(*IMAGE_META_KEYS)
    if found and found[1].startswith(WEB_SCHEMES):
        return _resolve(found[1], url), f"meta:{found[0]}"
    for item in article_objects(meta):
        for candidate in _urls(item.get("image")):
            if candidate.startswith(WEB_SCHEMES):
                return _resolve(candidate, url), "json-ld"
    return None


def categories(meta: PageMeta) -> tuple[tuple[str, ...], str | None]:
    """Sections the page files itself under (`article:section`, JSON-LD `articleSection`)."""
    return _first_list(
        [(meta.meta.get(key, ()), f"meta:{key}") for key in SECTION_META_KEYS]
        + [(json_strings(item.get("articleSection")), "json-ld") for item in article_objects(meta)]
    )


def tags(meta: PageMeta) -> tuple[tuple[str, ...], str | None]:
    """Keywords and tags (`article:tag`, `keywords`, JSON-LD `keywords`), comma lists split."""
    return _first_list(
        [(json_strings(item.get("keywords")), "json-ld") for item in article_objects(meta)]
        + [(meta.meta.get(key, ()), f"meta:{key}") for key in TAG_META_KEYS]
    )


def _first_list(
    candidates: Iterable[tuple[Iterable[str], str]],
) -> tuple[tuple[str, ...], str | None]:
    """The cleaned, de-duplicated values of the first source that has any."""
    for values, source in candidates:
        found: dict[str, None] = {}
        for value in values:
            for part in value.split(","):
                cleaned = collapse_spaces(strip_unwanted(part))
                if cleaned and len(cleaned) <= MAX_TAG_CHARS:
                    found.setdefault(cleaned)
        if found:
            return tuple(list(found)[:MAX_TAGS]), source
    return (), None


def _urls(value: object) -> Iterator[str]:
    """URLs in a JSON-LD `image`: a string, an ImageObject (`url`), or a list of either;
    without control characters or lone surrogates (JSON escapes them: `"/a\\u0000.jpg"`), as
    `PageMeta.first` gives a <meta> image."""
    pending = deque([value])
    while pending:
        item = pending.popleft()
        if isinstance(item, str):
            yield strip_unwanted(item).strip()
        elif isinstance(item, dict):
            pending.append(item.get("url") or item.get("contentUrl"))
        elif isinstance(item, list):
            pending.extend(item)


def _resolve(value: str, url: str | None) -> str:
    """`value` made absolute against the page's URL; as declared when either is an address
    urllib cannot split (`http://[::1`, a stray bracket): never an error."""
    if not url:
        return value.strip()
    try:
        return urljoin(url, value.strip())
    except ValueError:
        return value.strip()


def declares_news(meta: PageMeta) -> bool:
    """Whether the page's JSON-LD says it is a news story (NEWS_TYPES). Microdata does not
    count here: the older news templates that declare themselves that way (Readability's test
    pages from MSN, the New York Times, CityLab) keep their pictures' captions in the truths
    (mozilla_readability 0.9697 → 0.9681, msn 1.0 → .901; fundus 0.9709 → 0.9710 when it
    counted)."""
    return any(has_type(item, NEWS_TYPES) for item in meta.json_ld)


def declared_kinds(meta: PageMeta, root: etree._Element | None) -> tuple[bool, bool]:
    """Whether the page says it is an article or a news story (ARTICLE_TYPES) and whether it
    says it is a forum topic or a Q&A page (THREAD_TYPES), in its JSON-LD or, when the JSON-LD
    declares neither, in its microdata (`itemtype=".../NewsArticle"`, which templates without
    JSON-LD put on the story's element; MICRODATA_THREAD_TYPES for a thread). The tree (None
    for plain text) is searched once, and only then."""
    article = any(has_type(item, ARTICLE_TYPES) for item in meta.json_ld)
    thread = any(has_type(item, THREAD_TYPES) for item in meta.json_ld)
    if root is None or article or thread:
        return article, thread
    names = {name.lower() for name in read_item_types(root)}
    return not names.isdisjoint(ARTICLE_TYPES), not names.isdisjoint(MICRODATA_THREAD_TYPES)
