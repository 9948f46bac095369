"""What the page declares about itself and needs no choosing among blocks: site name,
description, canonical URL, main image, categories and tags, each with its source.

Values are read, never fetched: an image URL is resolved against the page URL and returned.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from urllib.parse import urljoin, urlsplit

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
WEB_SCHEMES = ("http://", "https://")
"""The schemes of the absolute URLs taken (case-insensitive, as in browsers); besides them
only root-relative and protocol-relative addresses are (`web_url`)."""
MAX_URL_CHARS = 8192
"""The longest URL taken, from the caller or the page, before and after resolving: servers and
CDNs refuse request lines past about 8 KB, so a longer "URL" addresses no page; it is inlined
data or junk, and would be copied whole into `url` or `image`."""
URL_DROPPED = str.maketrans("", "", "\t\n")
"""Tabs and newlines, which browsers drop from anywhere in a URL (a `href` wrapped over two
lines); other control characters are dropped with `strip_unwanted`."""


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


def web_url(value: str | None, base: str | None = None) -> str | None:
    """`value` as a web address, or None when it is none.

    Taken: an absolute `http://` or `https://` URL with a host, as written (in urljoin's form
    when there is a base, as it always was); a root-relative
    path (`/news/a`) or a protocol-relative URL (`//cdn.example.com/a.jpg`), resolved against
    `base` (an absolute web URL: the page's address), kept as written when there is no base
    (no scheme is guessed). Tabs, newlines and other control characters are dropped and the
    ends stripped, as browsers do. Anything else is None: `javascript:`, `data:`, `mailto:`,
    `file:`, a relative path (`a/b.html`, which only the page's own address resolves, and a
    `<base>` may change), an address urllib cannot split (`http://[::1`), and more than
    `MAX_URL_CHARS` characters."""
    if not value:
        return None
    cleaned = strip_unwanted(value).translate(URL_DROPPED).strip()
    if not cleaned or len(cleaned) > MAX_URL_CHARS:
        return None
    absolute = _is_web(cleaned)
    if not absolute and not cleaned.startswith("/"):
        return None
    if base is not None:
        try:
            cleaned = urljoin(base, cleaned)
        except ValueError:
            return None
    elif not absolute:
        return cleaned if _splits(cleaned) else None
    if not _is_web(cleaned) or len(cleaned) > MAX_URL_CHARS:
        return None
    return cleaned if _splits(cleaned, host=True) else None


def caller_url(url: str | None) -> str | None:
    """The caller's `url=` if it is an absolute web URL (`web_url`), else None: it is
    `result.url` when the page declares none, and the base the page's own URLs are resolved
    against; a bad one is neither."""
    found = web_url(url)
    return found if found is not None and not found.startswith("/") else None


def _is_web(url: str) -> bool:
    """Whether the URL starts with a `WEB_SCHEMES` scheme, in any case."""
    return url[: len("https://")].lower().startswith(WEB_SCHEMES)


def _splits(url: str, *, host: bool = False) -> bool:
    """Whether urllib can split the URL (a stray `[` it cannot), with a host if `host`."""
    try:
        parts = urlsplit(url)
        return not host or bool(parts.hostname)
    except ValueError:
        return False


def page_url(meta: PageMeta, base: str | None) -> Found | None:
    """The canonical URL the page declares (`web_url`, resolved against `base`, the caller's
    `caller_url`), else its `og:url`, else the caller's."""
    og_url = meta.first("og:url")
    declared = ((meta.canonical, "link:canonical"), (og_url[1] if og_url else None, "meta:og:url"))
    for value, source in declared:
        found = web_url(value, base)
        if found is not None:
            return found, source
    return (base, "caller") if base else None


def image(meta: PageMeta, base: str | None) -> Found | None:
    """The page's main image URL (`web_url`, resolved against `base`): OpenGraph/Twitter
    <meta>, else JSON-LD `image`."""
    found = meta.first(*IMAGE_META_KEYS)
    if found:
        address = web_url(found[1], base)
        if address is not None:
            return address, f"meta:{found[0]}"
    for item in article_objects(meta):
        for candidate in _urls(item.get("image")):
            address = web_url(candidate, base)
            if address is not None:
                return address, "json-ld"
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
