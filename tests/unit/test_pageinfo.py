"""Site name, description, canonical URL, image, categories and tags, with their sources."""

from __future__ import annotations

import pytest

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


def test_addresses_urllib_cannot_split_are_kept_as_declared() -> None:
    """urljoin raises ValueError on a stray bracket, in the page's address or the caller's."""
    meta = PageMeta(canonical="http://[::1/story", meta={"og:image": ["//[cdn/a.jpg"]})
    assert pageinfo.page_url(meta, "https://example.com/") == (
        "http://[::1/story",
        "link:canonical",
    )
    assert pageinfo.image(meta, "https://example.com/") == ("//[cdn/a.jpg", "meta:og:image")
    relative = PageMeta(canonical="/story")
    assert pageinfo.page_url(relative, "http://[::1/") == ("/story", "link:canonical")
    assert pageinfo.page_url(relative, "https://example.com/a") == (
        "https://example.com/story",
        "link:canonical",
    )


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
