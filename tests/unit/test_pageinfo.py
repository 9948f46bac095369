"""Site name, description, canonical URL, image, categories and tags, with their sources."""

from __future__ import annotations

import pytest
from lxml import etree

from cleantext import pageinfo
from cleantext.metadata import MAX_JSON_LD_OBJECTS, PageMeta, read_item_types, read_metadata
from cleantext.parse import parse

PAGE = """<html><head>
<meta property="og:site_name" content="Example News">
<meta name="description" content="What happened.">
<link rel="canonical" href="/news/story">
<meta property="og:image" content="/img/lead.jpg">
<meta property="article:section" content="World">
<meta property="article:tag" content="UN">
<meta property="article:tag" content="Russia">
<meta name="keywords" content="ignored, because article:tag came first">
</head><body><p>x</p></body></html>"""


def test_everything_from_meta_tags() -> None:
    meta = read_metadata(parse(PAGE))
    url = "https://example.com/news/story?utm=x"
    assert pageinfo.site_name(meta) == ("Example News", "meta:og:site_name")
    assert pageinfo.description(meta) == ("What happened.", "meta:description")
    assert pageinfo.page_url(meta, url) == ("https://example.com/news/story", "link:canonical")
    assert pageinfo.image(meta, url) == ("https://example.com/img/lead.jpg", "meta:og:image")
    assert pageinfo.categories(meta) == (("World",), "meta:article:section")
    assert pageinfo.tags(meta) == (("UN", "Russia"), "meta:article:tag")


def test_json_ld_fallbacks() -> None:
    article = {
        "@type": "NewsArticle",
        "publisher": {"@type": "Organization", "name": " Example  News "},
        "description": "From JSON-LD.",
        "image": [{"@type": "ImageObject", "url": "https://cdn.example.com/a.jpg"}],
        "articleSection": ["World", "Europe"],
        "keywords": "UN, Russia, UN",
    }
    meta = PageMeta(json_ld=[article])
    assert pageinfo.site_name(meta) == ("Example News", "json-ld")
    assert pageinfo.description(meta) == ("From JSON-LD.", "json-ld")
    assert pageinfo.image(meta, None) == ("https://cdn.example.com/a.jpg", "json-ld")
    assert pageinfo.categories(meta) == (("World", "Europe"), "json-ld")
    assert pageinfo.tags(meta) == (("UN", "Russia"), "json-ld")


def test_nothing_declared() -> None:
    meta = PageMeta()
    assert pageinfo.site_name(meta) is None
    assert pageinfo.image(meta, "https://example.com/") is None
    assert pageinfo.tags(meta) == ((), None)
    assert pageinfo.page_url(meta, None) is None
    assert pageinfo.page_url(meta, "https://example.com/a") == ("https://example.com/a", "caller")


def test_addresses_urllib_cannot_split_are_not_taken() -> None:
    """urljoin raises ValueError on a stray bracket, in the page's address or the caller's:
    never an error; such an address is no address (it was once kept as declared)."""
    meta = PageMeta(canonical="http://[::1/story", meta={"og:image": ["//[cdn/a.jpg"]})
    assert pageinfo.page_url(meta, "https://example.com/") == ("https://example.com/", "caller")
    assert pageinfo.image(meta, "https://example.com/") is None
    assert pageinfo.caller_url("http://[::1/") is None
    relative = PageMeta(canonical="/story")
    assert pageinfo.page_url(relative, pageinfo.caller_url("http://[::1/")) == (
        "/story",
        "link:canonical",
    )
    assert pageinfo.page_url(relative, "https://example.com/a") == (
        "https://example.com/story",
        "link:canonical",
    )


BASE = "https://example.com/news/a?x=1"
WEB_URLS = {
    "https": ("https://example.com/b", None, "https://example.com/b"),
    "http, upper-case scheme": ("HTTP://example.com/b", None, "HTTP://example.com/b"),
    "absolute, with a base": (
        "https://cdn.example.org/i.jpg",
        BASE,
        "https://cdn.example.org/i.jpg",
    ),
    "root-relative": ("/img/lead.jpg", BASE, "https://example.com/img/lead.jpg"),
    "root-relative, no base": ("/img/lead.jpg", None, "/img/lead.jpg"),
    "protocol-relative": ("//cdn.example.org/i.jpg", BASE, "https://cdn.example.org/i.jpg"),
    "protocol-relative, no base": ("//cdn.example.org/i.jpg", None, "//cdn.example.org/i.jpg"),
    "spaces around": ("  https://example.com/b \n", None, "https://example.com/b"),
    "tab and newline inside": ("https://exam\tple.com/\nb", None, "https://example.com/b"),
    "control characters": (
        "https://example.com/\x00b\x1f\x7f\u202e",
        None,
        "https://example.com/b",
    ),
    "at the length cap": ("https://e.com/" + "a" * 8178, None, "https://e.com/" + "a" * 8178),
}
NOT_WEB_URLS = {
    "javascript": ("javascript:alert(1)", BASE),
    "javascript, upper-case, spaced": ("  JavaScript:alert(1)", BASE),
    "data": ("data:image/png;base64,iVBORw0KGgo=", BASE),
    "mailto": ("mailto:desk@example.com", BASE),
    "file": ("file:///etc/passwd", BASE),
    "ftp": ("ftp://example.com/a", BASE),
    "relative path": ("img/lead.jpg", BASE),
    "dot-relative": ("../lead.jpg", BASE),
    "query only": ("?page=2", BASE),
    "no host": ("https:///path", None),
    "scheme only": ("http://", None),
    "over the length cap": ("https://e.com/" + "a" * 8179, None),
    "over the cap once resolved": ("/" + "a" * 8180, "https://example.com/b"),
    "stray bracket": ("http://[::1/story", None),
    "empty": ("", BASE),
    "only control characters": ("\x00\x01 \t", BASE),
    "none": (None, BASE),
}


@pytest.mark.parametrize(
    ("value", "base", "expected"), WEB_URLS.values(), ids=list(WEB_URLS.keys())
)
def test_web_url_takes(value: str, base: str | None, expected: str) -> None:
    assert pageinfo.web_url(value, base) == expected


@pytest.mark.parametrize(("value", "base"), NOT_WEB_URLS.values(), ids=list(NOT_WEB_URLS.keys()))
def test_web_url_refuses(value: str | None, base: str | None) -> None:
    assert pageinfo.web_url(value, base) is None


def test_the_length_cap_is_the_named_constant() -> None:
    assert pageinfo.MAX_URL_CHARS == 8192
    longest = "https://e.com/" + "a" * (pageinfo.MAX_URL_CHARS - len("https://e.com/"))
    assert pageinfo.web_url(longest) == longest
    assert pageinfo.web_url(longest + "a") is None


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "data:text/html,x",
        "/relative/only",
        "//cdn.example.org/x",
        "example.com/news/a",
        "https://e.com/" + "a" * 9000,
        "mailto:a@b.c",
    ],
)
def test_a_bad_caller_url_is_no_url_and_no_base(url: str) -> None:
    """The caller's `url=` must be an absolute web URL: else it is not `result.url`, and the
    page's relative addresses are kept as declared rather than resolved against it."""
    assert pageinfo.caller_url(url) is None
    meta = PageMeta(canonical="/story", meta={"og:image": ["/i.jpg"]})
    base = pageinfo.caller_url(url)
    assert pageinfo.page_url(meta, base) == ("/story", "link:canonical")
    assert pageinfo.image(meta, base) == ("/i.jpg", "meta:og:image")
    assert pageinfo.page_url(PageMeta(), base) is None


def test_a_good_caller_url_is_cleaned() -> None:
    assert pageinfo.caller_url(" https://example.com/a\n") == "https://example.com/a"


def test_only_web_urls_are_taken() -> None:
    meta = PageMeta(
        canonical="javascript:alert(1)",
        meta={"og:image": ["file:///etc/passwd"], "og:url": ["data:text/html,x"]},
    )
    assert pageinfo.page_url(meta, None) is None
    assert pageinfo.image(meta, None) is None


def test_declared_urls_lose_control_characters_and_lone_surrogates() -> None:
    """fz-meta campaign: a canonical <link> and a JSON-LD image are read raw, and JSON escapes
    any character (`"/a\\u0000.jpg"`): `url` and `image` held a NUL, a bidi override and a lone
    surrogate, which `to_json()` output cannot encode as UTF-8 (a <meta> image never did)."""
    root = parse(
        '<html><head><link rel="canonical" href="/a&#x202e;b">'
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        '"image": ["/i\\u0000.jpg"]}</script></head></html>'
    )
    meta = read_metadata(root)
    assert pageinfo.page_url(meta, None) == ("/ab", "link:canonical")
    assert pageinfo.image(meta, None) == ("/i.jpg", "json-ld")
    surrogate = PageMeta(json_ld=[{"@type": "Article", "image": {"url": "/\ud800x.jpg"}}])
    assert pageinfo.image(surrogate, None) == ("/x.jpg", "json-ld")


def test_json_ld_objects_are_bounded() -> None:
    """fz-meta campaign: 94,000 tiny Article objects took 1.1 s, every stage filtering them."""
    script = '<script type="application/ld+json">[{}]</script>'
    objects = ",".join(f'{{"@type": "Article", "headline": "h{n}"}}' for n in range(700))
    root = parse(f"<html><head>{script.format(objects) * 3}</head></html>")
    meta = read_metadata(root)
    assert len(meta.json_ld) == MAX_JSON_LD_OBJECTS
    assert [item["headline"] for item in meta.json_ld[699:701]] == ["h699", "h0"]


def test_tags_are_bounded() -> None:
    meta = PageMeta(meta={"keywords": [",".join(f"tag{n}" for n in range(500)) + "," + "x" * 200]})
    found, _source = pageinfo.tags(meta)
    assert len(found) == pageinfo.MAX_TAGS
    assert all(len(tag) <= pageinfo.MAX_TAG_CHARS for tag in found)


def test_a_forum_topic_or_q_and_a_page_declares_itself_a_thread() -> None:
    def thread(json_ld: dict[str, object]) -> bool:
        return pageinfo.declared_kinds(PageMeta(json_ld=[json_ld]), None)[1]

    assert thread({"@type": "DiscussionForumPosting"})
    assert thread({"@type": ["WebPage", "QAPage"]})
    assert not thread({"@type": "BlogPosting"})
    assert not thread({"@type": "Comment"})


def test_declares_news() -> None:
    assert pageinfo.declares_news(PageMeta(json_ld=[{"@type": "NewsArticle"}]))
    assert pageinfo.declares_news(
        PageMeta(json_ld=[{"@type": ["WebPage", "ReportageNewsArticle"]}])
    )
    assert not pageinfo.declares_news(PageMeta(json_ld=[{"@type": "Article"}]))
    assert pageinfo.declared_kinds(PageMeta(json_ld=[{"@type": "Article"}]), None)[0]
    assert pageinfo.declared_kinds(PageMeta(json_ld=[{"@type": "NewsArticle"}]), None)[0]
    assert not pageinfo.declared_kinds(PageMeta(json_ld=[{"@type": "BlogPosting"}]), None)[0]
    assert not pageinfo.declares_news(PageMeta(json_ld=[{"@type": "BlogPosting"}]))
    assert not pageinfo.declares_news(PageMeta(json_ld=[{"@type": "Product"}]))


def test_declares_an_article_from_microdata_but_no_news_story() -> None:
    def declares(html: str) -> bool:
        root = parse(f"<html><body>{html}</body></html>")
        return pageinfo.declared_kinds(read_metadata(root), root)[0]

    story = '<article itemscope itemtype="https://schema.org/NewsArticle"><p>x</p></article>'
    root = parse(f"<html><body>{story}</body></html>")
    assert read_item_types(root) == ["NewsArticle"]
    assert declares(story)
    assert not pageinfo.declares_news(read_metadata(root))
    assert declares('<div itemscope itemtype="http://schema.org/ReportageNewsArticle/"></div>')
    assert declares('<div itemscope itemtype="https://schema.org/Article"></div>')
    assert not declares('<div itemscope itemtype="https://schema.org/BlogPosting"></div>')
    assert not declares('<div itemscope itemtype="https://schema.org/Product"></div>')
    assert pageinfo.declared_kinds(PageMeta(), None) == (False, False)  # plain text: no tree


def test_microdata_is_searched_only_when_the_json_ld_declares_no_article(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    searched: list[object] = []
    monkeypatch.setattr(pageinfo, "read_item_types", lambda root: searched.append(root) or [])
    root = parse("<html><body><p>x</p></body></html>")
    assert pageinfo.declared_kinds(PageMeta(json_ld=[{"@type": "NewsArticle"}]), root)[0]
    assert pageinfo.declared_kinds(PageMeta(json_ld=[{"@type": "QAPage"}]), root)[1]
    assert not searched
    assert pageinfo.declared_kinds(PageMeta(json_ld=[{"@type": "WebPage"}]), root) == (False, False)
    assert searched == [root]


def test_declares_a_forum_topic_from_microdata_but_no_q_and_a_page() -> None:
    def declares(html: str) -> tuple[bool, bool]:
        root = parse(f"<html><body>{html}</body></html>")
        return pageinfo.declared_kinds(read_metadata(root), root)

    post = '<div itemscope itemtype="https://schema.org/DiscussionForumPosting"><p>x</p></div>'
    assert declares(post) == (False, True)
    assert declares('<div itemscope itemtype="https://schema.org/QAPage"></div>') == (False, False)
    assert declares('<div itemscope itemtype="https://schema.org/Comment"></div>') == (False, False)


def test_an_xpath_out_of_memory_raises_memory_error() -> None:
    """Under a memory cap lxml reports a failed XPath allocation as `XPathEvalError: unknown
    error` with ERR_NO_MEMORY in its log: that is MemoryError (docs/limits.md)."""

    class Entry:
        type = int(etree.ErrorTypes.ERR_NO_MEMORY)

    class Root:
        def xpath(self, expression: str) -> list[str]:
            error = etree.XPathEvalError("unknown error")
            error.error_log = [Entry()]  # type: ignore[assignment]
            raise error

    with pytest.raises(MemoryError):
        read_item_types(Root())  # type: ignore[arg-type]
