"""Headline, date and author choice, and body assembly, from metadata and labelled blocks."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import pytest

from cleantext.authors import choose_author, clean_name
from cleantext.body import assemble_body
from cleantext.dates import choose_date
from cleantext.headline import choose_headline
from cleantext.metadata import PageMeta, read_metadata
from cleantext.parse import parse
from cleantext.result import Block, BlockKind, Label

TODAY = dt.date(2026, 11, 29)


def _heading(text: str, level: int = 1, label: Label = Label.CONTENT) -> Block:
    return Block(text, BlockKind.HEADING, label, 0.5, "", level)


def _para(text: str, label: Label = Label.CONTENT) -> Block:
    return Block(text, BlockKind.PARAGRAPH, label)


# --- metadata --------------------------------------------------------------------------------


def test_read_metadata_collects_every_source() -> None:
    root = parse("""<html lang="de"><head><title>T | Site</title>
      <meta property="og:title" content="OG"><meta name="author" content="A">
      <link rel="canonical" href="https://x.example/a">
      <script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", "headline": "H"}]}
      </script></head><body><time datetime="2024-05-03">3. Mai</time></body></html>""")
    meta = read_metadata(root)
    assert (meta.title, meta.lang, meta.canonical) == ("T | Site", "de", "https://x.example/a")
    assert meta.first("og:title") == ("og:title", "OG")
    assert meta.json_ld[-1]["headline"] == "H"
    assert meta.times == [("2024-05-03", "3. Mai")]


def test_broken_json_ld_is_ignored() -> None:
    meta = read_metadata(parse('<script type="application/ld+json">{"headline": </script>'))
    assert meta.json_ld == []


# --- headline --------------------------------------------------------------------------------


def test_visible_heading_that_agrees_with_metadata_wins() -> None:
    meta = PageMeta(title="Floods close the old bridge | City Paper")
    blocks = [_heading("City Paper", 1, Label.MENU), _heading("Floods close the old bridge")]
    found = choose_headline(meta, blocks, "City Paper", plain_text=False)
    assert found is not None
    assert (found.text, found.block, found.source) == ("Floods close the old bridge", 1, "h1+title")


def test_metadata_title_loses_its_site_suffix() -> None:
    meta = PageMeta(meta={"og:title": ["Floods close the old bridge - City Paper"]})
    found = choose_headline(meta, [], "City Paper", plain_text=False)
    assert found is not None and found.text == "Floods close the old bridge"


def test_title_element_best_part() -> None:
    found = choose_headline(
        PageMeta(title="City Paper | Floods close the old bridge"),
        [],
        "City Paper",
        plain_text=False,
    )
    assert found is not None and found.text == "Floods close the old bridge"


def test_plain_text_headline_is_the_short_line_before_the_prose() -> None:
    blocks = [
        _para("10 Apr, 2008 12:04", Label.DATELINE),
        _para("Ban Ki-moon eyes greater UN role for Russia", Label.BOILERPLATE),
        _para("Ban Ki-moon says he hopes Russia's contribution will grow."),
    ]
    found = choose_headline(PageMeta(), blocks, None, plain_text=True)
    assert found is not None and (found.text, found.block) == (blocks[1].text, 1)


# --- dates -----------------------------------------------------------------------------------


def _date(
    meta: PageMeta, blocks: Sequence[Block] = (), url: str | None = None
) -> tuple[str, str] | None:
    found = choose_date(meta, blocks, url, TODAY)
    return (found[0].iso(), found[1]) if found else None


def test_json_ld_date_first() -> None:
    meta = PageMeta(
        json_ld=[{"@type": "NewsArticle", "datePublished": "2024-05-03T10:00:00Z"}],
        meta={"article:published_time": ["2023-01-01"]},
    )
    assert _date(meta) == ("2024-05-03T10:00:00+00:00", "json-ld")


def test_meta_then_time_then_dateline_then_url() -> None:
    assert _date(PageMeta(meta={"article:published_time": ["2024-05-03"]})) == (
        "2024-05-03",
        "meta:article:published_time",
    )
    assert _date(PageMeta(times=[("", "3 May 2024")])) == ("2024-05-03", "time")
    assert _date(PageMeta(), [_para("10 Apr, 2008 12:04", Label.DATELINE)]) == (
        "2008-04-10T12:04",
        "text",
    )
    assert _date(PageMeta(), url="https://x.example/2008/04/10/story") == ("2008-04-10", "url")


def test_future_and_ancient_dates_are_rejected() -> None:
    assert _date(PageMeta(meta={"date": ["2031-01-01"]})) is None
    assert _date(PageMeta(meta={"date": ["1970-01-01"]})) is None


def test_modified_date_only_as_last_resort() -> None:
    meta = PageMeta(meta={"article:modified_time": ["2024-06-01"]}, times=[("2024-05-03", "")])
    assert _date(meta) == ("2024-05-03", "time")
    assert _date(PageMeta(meta={"article:modified_time": ["2024-06-01"]})) == (
        "2024-06-01",
        "meta:article:modified_time",
    )


# --- authors ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("By Jane Doe", "Jane Doe"),
        ("by Jane Doe | 10 Apr 2008", "Jane Doe"),
        ("Von Max Mustermann, 3. Mai 2024", "Max Mustermann"),
        ("https://www.facebook.com/janedoe", None),
        ("x" * 200, None),
    ],
    ids=["by", "trailing-date", "german", "url", "too-long"],
)
def test_clean_name(raw: str, name: str | None) -> None:
    assert clean_name(raw) == name


def test_author_sources_in_order() -> None:
    ld = PageMeta(
        json_ld=[{"@type": "Article", "author": [{"name": "A One"}, {"name": "B Two"}]}],
        meta={"author": ["C Three"]},
    )
    assert choose_author(ld, []) == ("A One, B Two", "json-ld")
    assert choose_author(PageMeta(meta={"author": ["C Three"]}), []) == ("C Three", "meta:author")
    byline = [_para("By Dana Four", Label.BYLINE)]
    assert choose_author(PageMeta(), byline) == ("Dana Four", "text")
    assert choose_author(PageMeta(), []) is None


# --- body ------------------------------------------------------------------------------------


def test_body_joins_content_blocks_only() -> None:
    blocks = [
        _heading("Title", label=Label.TITLE),
        _para("One."),
        _para("Menu", Label.MENU),
        _para("Two."),
    ]
    assert assemble_body(blocks, PageMeta()) == ("One.\n\nTwo.", "blocks")


ARTICLE_BODY = "First paragraph of the whole story, as the site stored it.\n" + (
    "More of the story that the page itself hides behind a subscription button. " * 10
)


def test_json_ld_article_body_replaces_a_truncated_page() -> None:
    meta = PageMeta(json_ld=[{"@type": "NewsArticle", "articleBody": ARTICLE_BODY}])
    blocks = [_para("First paragraph of the whole story, as the site stored it.")]
    body, source = assemble_body(blocks, meta)
    assert source == "json-ld"
    assert body.startswith("First paragraph of the whole story, as the site stored it.\n\nMore")


def test_json_ld_article_body_about_something_else_is_ignored() -> None:
    meta = PageMeta(json_ld=[{"@type": "NewsArticle", "articleBody": ARTICLE_BODY}])
    blocks = [_para("A completely different text about gardening and ponds in winter.")]
    assert assemble_body(blocks, meta)[1] == "blocks"


def test_short_json_ld_article_body_is_ignored() -> None:
    meta = PageMeta(json_ld=[{"@type": "NewsArticle", "articleBody": "Short teaser."}])
    assert assemble_body([_para("Short teaser.")], meta)[1] == "blocks"
