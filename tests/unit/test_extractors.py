"""Headline, date and author choice, and body assembly, from metadata and labelled blocks."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
from collections.abc import Sequence

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleantext import DateSearch, ExtractOptions, extract, metadata
from cleantext.authors import MAX_AUTHORS, _after_dated_lead, choose_author, clean_name
from cleantext.body import (
    ABOVE_HEADLINE_NOTE,
    POST_HEADER_SPAN,
    REPEATED_HEADLINE_NOTE,
    TINY_POST_WORDS,
    WITH_HEADER,
    assemble_body,
    drop_above_headline,
    promote_lead,
)
from cleantext.dates import choose_date, choose_modified
from cleantext.headline import choose_headline
from cleantext.metadata import (
    AUTHOR_CLASS_WORDS,
    AUTHOR_STEM,
    BYLINE_STEM,
    PageMeta,
    read_author_marks,
    read_metadata,
)
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


def test_rdfa_property_lists_are_split() -> None:
    html = '<html><head><meta property="og:title twitter:title" content="T"></head></html>'
    meta = read_metadata(parse(html))
    assert meta.meta["og:title"] == ["T"]
    assert meta.meta["twitter:title"] == ["T"]


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


ARTICLE = {"@type": "NewsArticle", "datePublished": "2024-05-03T10:00:00+02:00"}


def test_printed_date_beats_metadata_that_disagrees() -> None:
    blocks = [_heading("Headline", label=Label.TITLE), _para("7 May 2024", Label.DATELINE)]
    assert _date(PageMeta(json_ld=[ARTICLE]), blocks) == ("2024-05-07", "text")


def test_only_a_dateline_or_byline_date_overrides_metadata() -> None:
    caption = "FILE - In this 7 May 2024 file photo, the harbour is closed as the storm nears. " * 3
    teaser = _para("7 May 2024 in Politics, News", Label.BOILERPLATE)
    for blocks in (
        [_heading("Headline", label=Label.TITLE), _para(caption)],
        [teaser, _heading("Headline", label=Label.TITLE)],
    ):
        assert _date(PageMeta(json_ld=[ARTICLE]), blocks) == (
            "2024-05-03T10:00:00+02:00",
            "json-ld",
        )
        assert _date(PageMeta(), blocks) == ("2024-05-07", "text")  # nothing else to go on
    byline = [
        _heading("Headline", label=Label.TITLE),
        _para("By Jane Doe, 7 May 2024", Label.BYLINE),
    ]
    assert _date(PageMeta(json_ld=[ARTICLE]), byline) == ("2024-05-07", "text")


def test_a_linked_date_read_as_a_menu_still_counts_when_short() -> None:
    title = _heading("Headline", label=Label.TITLE)
    linked = _para("Home | By Jane Doe | 7 May 2024", Label.MENU)
    assert _date(PageMeta(), [title, linked]) == ("2024-05-07", "text")
    menu = _para(
        "Archive: 7 May 2024 " + "Politics Sports Culture Business Science " * 4, Label.MENU
    )
    assert _date(PageMeta(), [title, menu]) is None


def test_a_last_edit_printed_anywhere_is_the_last_resort() -> None:
    body = [_heading("Headline", label=Label.TITLE), *[_para("Some text.")] * 12]
    footer = _para("Guide/Download (last edited 2019-11-10 13:28:18 by Jane)", Label.BOILERPLATE)
    assert _date(PageMeta(), [*body, footer]) == ("2019-11-10T13:28:18", "text")
    assert _date(PageMeta(json_ld=[ARTICLE]), [*body, footer]) == (
        "2024-05-03T10:00:00+02:00",
        "json-ld",
    )
    joined = _para("Member since 2019-11-10", Label.BOILERPLATE)
    assert _date(PageMeta(), [*body, joined]) is None


def test_an_embedded_post_does_not_move_a_utc_day() -> None:
    utc = {"@type": "NewsArticle", "datePublished": "2024-05-04T01:30:00Z"}
    post = _para("— Jane Doe (@jane) May 3, 2024", Label.CONTENT)
    blocks = [_heading("Headline", label=Label.TITLE), post]
    assert _date(PageMeta(json_ld=[utc]), blocks) == ("2024-05-04T01:30:00+00:00", "json-ld")


def test_updated_and_joined_dates_are_not_the_publication_date() -> None:
    blocks = [
        _heading("Headline", label=Label.TITLE),
        _para("Updated 7 May 2024", Label.DATELINE),
        _para("Joined: 12 March 2017", Label.BOILERPLATE),
    ]
    assert _date(PageMeta(json_ld=[ARTICLE]), blocks) == ("2024-05-03T10:00:00+02:00", "json-ld")
    # with nothing else on the page, the update is better than nothing, the join date is not
    assert _date(PageMeta(), blocks) == ("2024-05-07", "text")
    assert _date(PageMeta(), blocks[::2]) is None


def test_a_field_name_in_the_block_before_marks_the_date() -> None:
    # `<dt>Joined</dt><dd>Nov 4, 2011</dd>`: the member's join date, not the post's
    title = _heading("Headline", label=Label.TITLE)
    joined = [_para("Joined", Label.BOILERPLATE), _para("Nov 4, 2011", Label.DATELINE)]
    assert _date(PageMeta(json_ld=[ARTICLE]), [title, *joined]) == (
        "2024-05-03T10:00:00+02:00",
        "json-ld",
    )
    # a name that is not a marker, or a headline, leaves the date the page's
    byline = [_para("Jane Doe", Label.BYLINE), _para("Nov 4, 2011", Label.DATELINE)]
    assert _date(PageMeta(json_ld=[ARTICLE]), [title, *byline]) == ("2011-11-04", "text")
    joined_title = _heading("Joined", label=Label.TITLE)
    assert _date(PageMeta(), [joined_title, joined[1]]) == ("2011-11-04", "text")
    # `Updated on` over the only printed date: truths take that date as often as not
    updated = [_para("Updated on", Label.BOILERPLATE), _para("Nov 4, 2011", Label.DATELINE)]
    assert _date(PageMeta(json_ld=[ARTICLE]), [title, *updated]) == ("2011-11-04", "text")


def test_a_founding_date_is_not_the_publication_date() -> None:
    title = _heading("Which espresso grinder for a beginner?", label=Label.TITLE)
    founded = _para("r/espresso · Founded: Dec 11, 2021", Label.DATELINE)
    post = _para("Posted by jane · Aug 27, 2019", Label.BYLINE)
    assert _date(PageMeta(), [title, founded, post]) == ("2019-08-27", "text")
    assert _date(PageMeta(), [title, founded]) is None


def test_published_marker_nearer_than_an_update_marker() -> None:
    blocks = [
        _heading("Headline", label=Label.TITLE),
        _para("Updated: today. Published 3 May 2024", Label.DATELINE),
    ]
    assert _date(PageMeta(), blocks) == ("2024-05-03", "text")


@pytest.mark.parametrize(
    ("updated", "published"),
    [
        ("Oppdatert 07.05.2024, kl. 13.52", "Publisert 03.05.2024, kl. 13.05"),  # Norwegian
        ("Opdateret 7. maj 2024", "Publiceret 3. maj 2024"),  # Danish
        ("Uppdaterad 7 maj 2024", "Publicerad 3 maj 2024"),  # Swedish
        ("Päivitetty 7.5.2024", "Julkaistu 3.5.2024"),  # Finnish
    ],
)
def test_nordic_datelines_tell_the_update_from_the_publication(
    updated: str, published: str
) -> None:
    title = _heading("Headline", label=Label.TITLE)
    update_only = [title, _para(updated, Label.DATELINE)]
    assert _date(PageMeta(json_ld=[ARTICLE]), update_only) == (
        "2024-05-03T10:00:00+02:00",
        "json-ld",
    )
    both = [title, _para(f"{updated} {published}", Label.DATELINE)]
    assert _date(PageMeta(), both) == ("2024-05-03", "text")


def test_headline_about_a_date_is_not_its_dateline() -> None:
    blocks = [
        _heading("Results of 19.5.2007", label=Label.TITLE),
        _para("20 May 2007", Label.BYLINE),
    ]
    assert _date(PageMeta(), blocks) == ("2007-05-20", "text")


def test_numeric_date_read_the_other_way_agrees_with_metadata() -> None:
    blocks = [_heading("Headline", label=Label.TITLE), _para("05/03/2024", Label.DATELINE)]
    # day first reads 5 March; the metadata's 3 May is the same digits month first
    assert _date(PageMeta(json_ld=[ARTICLE]), blocks) == ("2024-05-03T10:00:00+02:00", "json-ld")


def test_dotted_printed_date_is_not_read_the_other_way() -> None:
    swapped = PageMeta(meta={"date": ["2023-01-11T12:43:42"]})
    dotted = [
        _heading("Headline", label=Label.TITLE),
        _para("Erstellt am: 01.11.2023", Label.DATELINE),
    ]
    assert _date(swapped, dotted) == ("2023-11-01", "text")
    slashed = [_heading("Headline", label=Label.TITLE), _para("01/11/2023", Label.DATELINE)]
    assert _date(swapped, slashed) == ("2023-01-11T12:43:42", "meta:date")


def test_a_timestamp_in_another_time_zone_gives_way_to_the_day_printed() -> None:
    """A UTC timestamp beside the local day printed, or a local one beside the UTC day."""
    utc = {"@type": "NewsArticle", "datePublished": "2024-05-04T01:30:00Z"}
    blocks = [_heading("Headline", label=Label.TITLE), _para("May 3, 2024", Label.DATELINE)]
    assert _date(PageMeta(json_ld=[utc]), blocks) == ("2024-05-03", "text")
    offset = {"@type": "NewsArticle", "datePublished": "2024-05-04T01:30:00+02:00"}
    assert _date(PageMeta(json_ld=[offset]), blocks) == ("2024-05-03", "text")


def test_a_printed_time_that_is_the_utc_timestamp_elsewhere_gives_the_local_day() -> None:
    """`3/5/2022 22:41` beside `04 May 2022 02:41:00 GMT`: the same moment at UTC-4, so the
    day printed is the readers' day, even outside a dateline. Another time is another moment."""
    utc = {"@type": "NewsArticle", "datePublished": "Wed, 04 May 2022 02:41:00 GMT"}
    for printed, day in (("22:41", "2022-05-03"), ("22:40", "2022-05-04")):
        blocks = [
            _heading("Headline", label=Label.TITLE),
            _para(f"Ariel Melgar 3/5/2022 {printed}", Label.CONTENT),
        ]
        found = _date(PageMeta(json_ld=[utc]), blocks)
        assert found is not None and found[0][:10] == day


def test_utc_timestamp_gives_way_to_a_local_offset_in_meta() -> None:
    utc = {"@type": "NewsArticle", "dateCreated": "2017-02-24T01:18:13Z"}
    meta = PageMeta(json_ld=[utc], meta={"article:published_time": ["2017-02-23T17:18:13-08:00"]})
    assert _date(meta) == ("2017-02-23T17:18:13-08:00", "meta:article:published_time")


def test_the_dateline_nearest_the_headline_not_the_header_today() -> None:
    filler = [_para(f"Teaser {n}", Label.RELATED) for n in range(6)]
    blocks = [
        _para("Donnerstag, 16. Februar 2012", Label.DATELINE),
        *filler,
        _para("14. Februar 2012", Label.DATELINE),
        *filler,
        _heading("Headline", label=Label.TITLE),
    ]
    assert _date(PageMeta(), blocks) == ("2012-02-14", "text")


def test_unlisted_meta_key_that_says_published_is_a_last_resort() -> None:
    meta = PageMeta(meta={"five_hundred_pixels:uploaded": ["2013-02-16T04:36:36-05:00"]})
    assert _date(meta) == ("2013-02-16T04:36:36-05:00", "meta:five_hundred_pixels:uploaded")
    assert _date(PageMeta(meta={"viewport": ["2013-02-16"]})) is None
    printed = [_heading("Headline", label=Label.TITLE), _para("3 March 2013", Label.DATELINE)]
    assert _date(meta, printed) == ("2013-03-03", "text")


@pytest.mark.parametrize("key", ["publish\u202e", "created\x01at", "published_" + "x" * 100_000])
def test_an_unlisted_meta_key_that_cannot_name_a_source_is_not_read(key: str) -> None:
    """fz-meta campaign: the key became `sources["date"]` with its bidi override, control
    character or 100 KB; keys a CMS gives are short words (OTHER_DATE_META_KEY_CHARS)."""
    assert _date(PageMeta(meta={key: ["2013-02-16T04:36:36-05:00"]})) is None


def test_lead_paragraph_date_only_at_its_start() -> None:
    lead = "Karlsruhe (12.11.2021). Traditionell beginnt die Saison im November mit " * 3
    later = "Die Saison beginnt traditionell im November, zuletzt am 12.11.2021, mit " * 3
    title = _heading("Headline", label=Label.TITLE)
    assert _date(PageMeta(), [title, _para(lead)]) == ("2021-11-12", "text")
    assert _date(PageMeta(), [title, _para(later)]) is None


def test_month_only_url_takes_the_printed_day_of_that_month() -> None:
    url = "https://x.example/news/2011/12/slug"
    note = "Dieser Beitrag wurde am Samstag, 3. Dezember 2011 veröffentlicht. " * 3
    blocks = [_heading("Headline", label=Label.TITLE), *[_para("text")] * 10, _para(note)]
    assert _date(PageMeta(), blocks, url) == ("2011-12-03", "text")
    assert _date(PageMeta(), blocks[:-1], url) == ("2011-12-01", "url")


def test_month_only_url_takes_a_modification_day_of_that_month() -> None:
    url = "https://x.example/news/2022/12/slug"
    same = PageMeta(meta={"article:modified_time": ["2022-12-22T10:00:00"]})
    assert _date(same, [], url) == ("2022-12-22T10:00:00", "meta:article:modified_time")
    later = PageMeta(meta={"article:modified_time": ["2023-01-05T10:00:00"]})
    assert _date(later, [], url) == ("2022-12-01", "url")


def test_relative_dates_only_with_the_fetch_time() -> None:
    blocks = [_heading("Headline", label=Label.TITLE), _para("3 hours ago", Label.DATELINE)]
    fetched = dt.datetime(2024, 5, 3, 1, 30)
    assert choose_date(PageMeta(), blocks, None, None) is None
    found = choose_date(PageMeta(), blocks, None, fetched)
    assert found is not None
    assert (found[0].day, found[1]) == (dt.date(2024, 5, 2), "text")


def test_fast_search_reads_no_text() -> None:
    blocks = [_heading("Headline", label=Label.TITLE), _para("7 May 2024", Label.DATELINE)]
    meta = PageMeta(json_ld=[ARTICLE])
    fast = choose_date(meta, blocks, None, TODAY, thorough=False)
    assert fast is not None
    assert fast[1] == "json-ld"
    assert choose_date(PageMeta(), blocks, None, TODAY, thorough=False) is None
    from_url = choose_date(
        PageMeta(), blocks, "https://x.example/2024/05/03/a", TODAY, thorough=False
    )
    assert from_url is not None
    assert from_url[1] == "url"


UPDATED_IN_TEXT = b"""<html><body><article><h1>Storm closes the harbour</h1>
<p class="dateline">Updated May 6, 2024</p>
<p>The harbour was closed on Friday night as the storm reached the coast and the wind rose.</p>
</article></body></html>"""


def test_fast_search_reads_no_printed_modified_date() -> None:
    assert extract(UPDATED_IN_TEXT).modified == "2024-05-06"
    fast = ExtractOptions(date_search=DateSearch.FAST)
    assert extract(UPDATED_IN_TEXT, options=fast).modified is None


def test_modified_date() -> None:
    blocks = [_heading("Headline", label=Label.TITLE), _para("Updated 7 May 2024", Label.DATELINE)]
    found = choose_modified(PageMeta(), blocks, TODAY)
    assert found is not None
    assert (found[0].iso(), found[1]) == ("2024-05-07", "text")
    ld = PageMeta(json_ld=[{**ARTICLE, "dateModified": "2024-05-09"}])
    found = choose_modified(ld, blocks, TODAY)
    assert found is not None
    assert (found[0].iso(), found[1]) == ("2024-05-09", "json-ld")
    assert choose_modified(PageMeta(), blocks[:1], TODAY) is None


def test_json_ld_in_cdata_is_read() -> None:
    html = (
        "<html><head><script type='application/ld+json'><![CDATA["
        '{"@type": "NewsArticle", "datePublished": "2024-05-03"}'
        "]]></script></head><body><p>x</p></body></html>"
    )
    meta = read_metadata(parse(html))
    assert _date(meta) == ("2024-05-03", "json-ld")


# --- authors ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("By Jane Doe", "Jane Doe"),
        ("by Jane Doe | 10 Apr 2008", "Jane Doe"),
        ("Von Max Mustermann, 3. Mai 2024", "Max Mustermann"),
        ("https://www.facebook.com/janedoe", None),
        ("x" * 200, None),
        ("Artikel von: Simone Jung", "Simone Jung"),
        ("Eingestellt von der Michel um 10:15", "der Michel"),
        ("T. V. Raman at 10:15 AM", "T. V. Raman"),
        ("Paul Serran Jul. 19, 2026", "Paul Serran"),
        ("Grant Tinsley, PhD", "Grant Tinsley"),
        ("David Straub, MDR THÜRINGEN", "David Straub"),
        ("Benjamin Fischer, Marcus Theurer", "Benjamin Fischer, Marcus Theurer"),
        ("Von", None),
        ("Veröffentlicht", None),
        (":", None),
        ("jane@example.com", None),
        ("This sentence is a paragraph of prose and not the name of anyone", None),
        ("| Autor: gnaddrig", "gnaddrig"),
        ("erstellt von Dominique", "Dominique"),
        ("stephangoeldi said", "stephangoeldi"),
        ("Johanna Kropfitsch Alle Artikel", "Johanna Kropfitsch"),
        ("Name *", "Name"),
        ("Maria &amp; Katerina", "Maria & Katerina"),
        ("Redacci&oacute;n Diario", "Redacción Diario"),
        ("Laura June Topolsky", "Laura June Topolsky"),
        ("Markus Balser und Klaus Ott", "Markus Balser und Klaus Ott"),
        ("Jane Doe May 3", "Jane Doe"),
        ("Williams Perdomo @wperdomod", "Williams Perdomo"),
        ("신현주 기자", "신현주"),
        ("기자", None),
        ("(Image: Getty Images/iStockphoto)", None),
        ("Foto: dpa", None),
        ("Imagen Ruiz", "Imagen Ruiz"),
        ("Post by changingtimes » Sat Mar 01, 2025 3:22 pm", "changingtimes"),
        ("03:07 Min.", None),
        ("01.12.2022 / CSP / International", None),
        ("7 News WSVN", "7 News WSVN"),
        ("Sep 12, 2024", None),
        ("Dec.", None),
        ("Posted on September 21, 2020 by Jane Doe", "Jane Doe"),
        ("03/01/2017 by Jane Doe", "Jane Doe"),
        ("Photos by Jane Doe", "Photos by Jane Doe"),
        ("Jane Doe | Wednesday, June 15, 2005", "Jane Doe"),
        ("Jane Friday", "Jane Friday"),
        ("Dienstag", None),
        ("Autor: Jane Doe Quelle: Example", "Jane Doe"),
        ("By Ed Doe // November 6th, 2012", "Ed Doe"),
        ("Von Max Muster Fr, 18. Oktober 2019", "Max Muster"),
        ("Max Do", "Max Do"),
        ("Ana Ruiz Hace 13 horas", "Ana Ruiz"),
        ("vom Support Team", "Support Team"),
        ("Gespeichert von rasos am 24. Juli 2017", "rasos"),
        ("Dec. 19, 2025 · Jane Doe on behalf of the team", "Jane Doe"),
        ("ByJane Doe", "Jane Doe"),
        ("Written byABC Travel Desk", "ABC Travel Desk"),
        ("Byron Smith", "Byron Smith"),
        ("BYRON SMITH", "BYRON SMITH"),
        ("jane[at]example.net", None),
        ("jane (at) example dot com", None),
        ("No Author", None),
        ("Unknown", None),
        ("Jane Doe ⋅ May 6, 2025", "Jane Doe"),
        ("Jane DoeJane Doe", "Jane Doe"),
        ("Jo Jo", "Jo Jo"),
        ("Jane DoeFollow", "Jane Doe"),
        ("Jane Follow", "Jane Follow"),
        ("facebook.com/jane.doe", None),
        ("Par Loïc Le Clerc", "Loïc Le Clerc"),
        ("Audiophile On", "Audiophile On"),
        ("Jane Doe le 3 mai 2018", "Jane Doe"),
        ("Jane Doe On May 3, 2018", "Jane Doe"),
        ("Jane Doe At 10:15", "Jane Doe"),
        ("3d23d65-ddc6-4ce5", "3d23d65-ddc6-4ce5"),
        ("Jane Doe/May 3, 2018", "Jane Doe"),
        ("Jane Doe - 12.03.2018", "Jane Doe"),
        ("Last Updated: January 7, 2025", None),
        ("Jane Doe Last modified May 3, 2021", "Jane Doe"),
        ("Zuletzt aktualisiert: 3. Mai 2024", None),
        ("Published by Jane Doe", "Jane Doe"),
        ("David Hutzler, dpa", "David Hutzler"),
        ("Gunjan Sogani,www.aryabhatt.com", "Gunjan Sogani"),
        ("Jane Doe, apartment", "Jane Doe, apartment"),
    ],
    ids=[
        "by",
        "trailing-date",
        "german",
        "url",
        "too-long",
        "lead-in-with-colon",
        "lead-in-and-time",
        "at-time",
        "month-name",
        "degree",
        "newsroom",
        "two-names",
        "lone-lead-in",
        "lone-trailer",
        "punctuation",
        "e-mail",
        "prose",
        "separator-first",
        "german-lead-in",
        "comment-verb",
        "author-page-link",
        "required-mark",
        "entity",
        "named-entity",
        "month-as-name",
        "month-abbreviation-as-name",
        "month-and-day",
        "handle",
        "korean-reporter",
        "korean-reporter-alone",
        "photo-credit",
        "photo-credit-german",
        "credit-word-in-a-name",
        "forum-post-by",
        "clip-length",
        "date-line",
        "number-in-a-name",
        "month-first",
        "lone-month",
        "posted-on-date-by",
        "date-by",
        "by-without-a-date",
        "weekday-after-separator",
        "weekday-as-surname",
        "lone-weekday",
        "source-after-name",
        "double-slash-date",
        "weekday-abbreviation-before-date",
        "weekday-abbreviation-as-name",
        "spanish-time-ago",
        "german-vom",
        "drupal-gespeichert-von",
        "date-first-then-separator",
        "glued-by",
        "glued-written-by",
        "by-in-a-name",
        "by-in-a-capitalised-name",
        "obfuscated-e-mail",
        "obfuscated-e-mail-spelled-out",
        "placeholder",
        "placeholder-unknown",
        "dot-operator-before-date",
        "name-written-twice",
        "one-word-repeated-is-a-name",
        "glued-follow-button",
        "follow-as-a-surname",
        "page-address-without-scheme",
        "date-word-capitalised-in-a-name",
        "date-word-capitalised-ending-a-name",
        "date-word-in-lower-case",
        "date-word-before-a-month",
        "date-word-before-a-time",
        "glued-hyphen-before-a-digit",
        "glued-slash-before-a-date",
        "spaced-hyphen-before-a-date",
        "last-updated-is-a-date",
        "last-modified-after-a-name",
        "zuletzt-aktualisiert-is-a-date",
        "published-by",
        "agency-in-lower-case",
        "website-after-comma",
        "agency-letters-inside-a-word",
    ],
)
def test_clean_name(raw: str, name: str | None) -> None:
    assert clean_name(raw) == name


def test_clean_name_doubled_text_long_or_short() -> None:
    """A name written twice is read once up to MAX_AUTHOR_CHARS; a longer text written twice
    is no name, with or without the quadratic test for the copy (`authors._undoubled`)."""
    assert clean_name("Jane Doe Jane Doe") == "Jane Doe"
    long = "Ann" + " Lee" * 60  # 243 characters
    assert clean_name(long + long) is None
    assert clean_name("Jane Doe, " * 5_000) is None


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Posted on September 21, 2020 by Jane Doe", "Jane Doe"),
        ("Dec. 19, 2025 · Jane Doe", "Jane Doe"),
        ("Posted on September 21 by Jane Doe", "Posted on September 21 by Jane Doe"),
        ("Photos 1 to 12 by Jane Doe", "Photos 1 to 12 by Jane Doe"),
    ],
)
def test_a_meta_line_gives_the_name_after_its_date_only_with_a_year(line: str, name: str) -> None:
    """The date before `by` or a separator must hold a year: without one the line is kept."""
    assert _after_dated_lead(line) == name


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
    root = parse('<html><body><a rel="author" href="/erin">Erin Five</a></body></html>')
    assert choose_author(PageMeta(meta={"author": ["C Three"]}), byline, None, root) == (
        "C Three",
        "meta:author",
    )
    assert choose_author(PageMeta(), byline, None, root) == ("Erin Five", "markup")


@pytest.mark.parametrize(
    ("printed", "name"),
    [
        ("By Ben Silverman Games Editor", "Ben Silverman"),
        ("Mateusz Haberny Founder", "Mateusz Haberny"),
        ("Jane Doe Senior Staff Writer", "Jane Doe"),
        ("Max Muster AI Writer, Firma", "Max Muster"),
        ("Jane Doe ⋅ Review Editor", "Jane Doe"),
        ("By Jane Doe ⋅ Founder and Editor-in-Chief", "Jane Doe"),
        ("Text by Hunter Dukes", "Hunter Dukes"),
        ("Rasender Reporter", "Rasender Reporter"),
        ("Guardian staff reporter", "Guardian staff reporter"),
        ("Jane Doe, Shipping Expert", "Jane Doe, Shipping Expert"),
    ],
)
def test_a_printed_byline_loses_the_role_after_the_name(printed: str, name: str) -> None:
    assert choose_author(PageMeta(), [_para(printed, Label.BYLINE)]) == (name, "text")


@pytest.mark.parametrize(
    "key",
    [
        "dc:creator",
        "og:author",
        "og:article:author",
        "article:author_name",
        "shareaholic:article_author_name",
    ],
)
def test_less_common_author_meta_is_read_after_the_common(key: str) -> None:
    assert choose_author(PageMeta(meta={key: ["Jane Doe"]}), []) == ("Jane Doe", f"meta:{key}")
    both = PageMeta(meta={key: ["Jane Doe"], "author": ["Max Muster"]})
    assert choose_author(both, []) == ("Max Muster", "meta:author")


@pytest.mark.parametrize(
    ("printed", "author"),
    [
        ("Jane Doe, Max Muster & Erika Roe", ("Jane Doe, Max Muster & Erika Roe", "text:list")),
        ("Written by Dr Jane Doe, Max Muster", ("Dr Jane Doe, Max Muster", "text:list")),
        ("Jane Doe, Frankfurt", ("Jane Doe", "json-ld")),
        ("Jane Doe, Senior Editor", ("Jane Doe", "json-ld")),
        ("Jane Doe, The Example News", ("Jane Doe", "json-ld")),
        ("Jane Doe, Writing Centre. Copyright", ("Jane Doe", "json-ld")),
        ("Max Muster, Erika Roe", ("Jane Doe", "json-ld")),
    ],
    ids=["list", "title-before-the-name", "place", "role", "newsroom", "sentence", "without-her"],
)
def test_a_printed_list_holding_the_metadata_name_is_the_credit(
    printed: str, author: tuple[str, str]
) -> None:
    meta = PageMeta(json_ld=[{"@type": "Article", "author": {"name": "Jane Doe"}}])
    blocks = [_para("Headline", Label.TITLE), _para(printed, Label.BOILERPLATE)]
    assert choose_author(meta, blocks, "Example News") == author


def test_the_metadata_name_printed_alone_first_is_the_credit() -> None:
    meta = PageMeta(json_ld=[{"@type": "Article", "author": {"name": "Jane Doe"}}])
    own = _para("By Jane Doe.", Label.BYLINE)
    teaser = _para("By Max Muster and Jane Doe", Label.BYLINE)
    assert choose_author(meta, [own, teaser]) == ("Jane Doe", "json-ld")
    assert choose_author(meta, [teaser, own]) == ("Max Muster and Jane Doe", "text:list")


def test_the_metadata_name_keeps_a_role_word() -> None:
    meta = PageMeta(meta={"author": ["Rasender Reporter Editor"]})
    assert choose_author(meta, []) == ("Rasender Reporter Editor", "meta:author")


def test_a_json_ld_author_given_by_reference_is_resolved() -> None:
    person = {"@type": "Person", "@id": "https://x.example/#jane", "name": "Jane Doe"}
    article = {"@type": "Article", "author": {"@id": "https://x.example/#jane"}}
    assert choose_author(PageMeta(json_ld=[article, person]), []) == ("Jane Doe", "json-ld")
    newsroom = {"@type": "Organization", "@id": "https://x.example/#org", "name": "X News"}
    credited = {"@type": "Article", "author": [{"@id": "https://x.example/#org"}]}
    byline = [_para("By Dana Four", Label.BYLINE)]
    assert choose_author(PageMeta(json_ld=[credited, newsroom]), byline) == ("Dana Four", "text")
    dangling = {"@type": "Article", "author": {"@id": "https://x.example/#nobody"}}
    assert choose_author(PageMeta(json_ld=[dangling]), byline) == ("Dana Four", "text")


def test_a_json_ld_name_with_a_long_description_after_a_comma_gives_the_name() -> None:
    described = "Dana Four, professor of the faculty of human studies of Example University, Ex"
    article = {"@type": "Article", "author": {"@type": "Person", "name": described}}
    assert choose_author(PageMeta(json_ld=[article]), []) == ("Dana Four", "json-ld")
    prose = {"@type": "Article", "author": {"name": "We tested it, a sentence longer than a name"}}
    assert choose_author(PageMeta(json_ld=[prose]), []) is None


def test_the_site_speaks_only_when_no_person_does() -> None:
    meta = PageMeta(meta={"author": ["Example News"]})
    byline = [_para("By Dana Four", Label.BYLINE)]
    assert choose_author(meta, byline, "Example News") == ("Dana Four", "text")
    assert choose_author(meta, [], "Example News") == ("Example News", "meta:author")
    agency = PageMeta(meta={"author": ["Web Agency GmbH"]})
    assert choose_author(agency, byline) == ("Dana Four", "text")


@pytest.mark.parametrize(
    ("value", "author"),
    [
        ("EXAMPLE1.at", "Dana Four"),
        ("news.example.com.tr", "Dana Four"),
        ("fri.juli", "fri.juli"),
        ("Jane Doe", "Jane Doe"),
    ],
    ids=["site-address", "site-address-two-suffixes", "handle-with-a-dot", "person"],
)
def test_a_site_address_is_the_site_not_a_person(value: str, author: str) -> None:
    byline = [_para("By Dana Four", Label.BYLINE)]
    found = choose_author(PageMeta(meta={"author": [value]}), byline)
    assert found is not None and found[0] == author


@pytest.mark.parametrize(
    ("value", "site", "author"),
    [
        ("Jane Doe | Example News", "Example News", "Jane Doe"),
        ("example news - Jane Doe", "Example News", "Jane Doe"),
        ("Jane Doe-Example", "Example", "Jane Doe-Example"),
        ("Jane's Blog (jdoe)", "Jane's Blog", "Jane's Blog (jdoe)"),
        ("Example News with Agencies", "Example News", "Dana Four"),
        ("Jane Doe · EXAMPLE NEWS", " Example News ", "Jane Doe"),
    ],
    ids=[
        "site-after",
        "site-before",
        "hyphen-in-name",
        "blog-owner",
        "newsroom",
        "site-cased",
    ],
)
def test_the_site_name_beside_a_name_is_the_newsroom(value: str, site: str, author: str) -> None:
    byline = [_para("By Dana Four", Label.BYLINE)]
    found = choose_author(PageMeta(meta={"author": [value]}), byline, site)
    assert found is not None and found[0] == author


@pytest.mark.parametrize(
    ("text", "label", "name"),
    [
        ("Posted by Dana Four on 2024-05-03", Label.DATELINE, "Dana Four"),
        ("Von R. R. am 07.08.2013 um 09:07 Uhr", Label.BOILERPLATE, "R. R."),
        ("Author: Dana Four", Label.CHROME, "Dana Four"),
        ("By Jose de la Cruz", Label.BOILERPLATE, "Jose de la Cruz"),
        ("Posted on May 3, 2024 by Dana Four", Label.DATELINE, "Dana Four"),
        ("Author Posts", Label.BOILERPLATE, None),
        ("By signing up you agree", Label.CHROME, None),
        ("di Montezemolo pays tribute to Regazzoni", Label.BOILERPLATE, None),
        ("PaR Nuclear wins contract", Label.BOILERPLATE, None),
        ("By Dana Four", Label.COMMENTS, None),
        ("By Dana Four", Label.RELATED, None),
        ("By Dana Four", Label.CONTENT, None),
        ("Posted by dana4 on May 3, 2024", Label.DATELINE, "dana4"),
        ("par exemple", Label.CHROME, None),
        ("Mai 21 2019, 14:34 | Medien, Politik", Label.DATELINE, None),
        ("Thread starter Dana Four", Label.BOILERPLATE, "Dana Four"),
        ("11.12.2019 - Dana Four", Label.DATELINE, "Dana Four"),
        ("11.12.2019 - Dana Four", Label.CHROME, None),
        ("May 21 2019 | Politik", Label.DATELINE, None),
    ],
    ids=[
        "posted-by",
        "german-von",
        "author-label",
        "particles",
        "posted-on-date-by",
        "author-tab",
        "sentence",
        "headline",
        "mixed-case-lead-in",
        "comment",
        "teaser",
        "body",
        "user-name-with-date",
        "lower-case-word-without-date",
        "date-then-category",
        "forum-thread-starter",
        "dateline-date-then-name",
        "date-then-name-outside-a-dateline",
        "dateline-date-then-one-word",
    ],
)
def test_a_lead_in_block_outside_the_body_names_the_author(
    text: str, label: Label, name: str | None
) -> None:
    expected = None if name is None else (name, "text:lead-in")
    assert choose_author(PageMeta(), [_para("Some prose."), _para(text, label)]) == expected


@pytest.mark.parametrize(
    ("lead_in", "following", "name"),
    [
        ("Written by", "Dana Four", "Dana Four"),
        ("Author", "Dana Four", "Dana Four"),
        ("Article by:", "Dana Four", "Dana Four"),
        ("Written by", "Dana Four is a writer who covers tax law.", None),
        ("About", "Dana Four", None),
    ],
    ids=["written-by", "author-heading", "article-by-colon", "biography", "about"],
)
def test_a_lead_in_alone_in_its_block_names_the_next_block(
    lead_in: str, following: str, name: str | None
) -> None:
    blocks = [_para("Some prose."), _para(lead_in, Label.BOILERPLATE)]
    blocks.append(_para(following, Label.BOILERPLATE))
    expected = None if name is None else (name, "text:lead-in")
    assert choose_author(PageMeta(), blocks) == expected


def test_a_lone_lead_in_the_body_took_for_a_heading_names_the_next_block() -> None:
    heading = Block("Author", BlockKind.HEADING, Label.CONTENT)
    blocks = [_para("Some prose."), heading, _para("Dana Four,", Label.BOILERPLATE)]
    assert choose_author(PageMeta(), blocks) == ("Dana Four", "text:lead-in")
    in_body = [heading, _para("Dana Four")]
    assert choose_author(PageMeta(), in_body) is None


def test_lone_lead_ins_before_different_names_are_a_listing() -> None:
    blocks = [_para("By:"), _para("Dana Four, Max Muster"), _para("By:")]
    blocks.append(_para("Dana Four", Label.BOILERPLATE))
    assert choose_author(PageMeta(), blocks) is None
    same = [_para("By:"), _para("Dana Four", Label.BOILERPLATE)] * 2
    assert choose_author(PageMeta(), same) == ("Dana Four", "text:lead-in")


def test_a_lead_in_block_in_the_body_beside_the_dateline_names_the_author() -> None:
    line = _para("Autor: Dana Four Quelle: Example")
    blocks = [_para("Some prose."), _para("Datum: 19.11.2021", Label.DATELINE), line]
    assert choose_author(PageMeta(), blocks) == ("Dana Four", "text:lead-in")
    assert choose_author(PageMeta(), [_para("Some prose."), line]) is None
    later = [_para("Verified Client 24.03.2024", Label.DATELINE), *blocks]
    assert choose_author(PageMeta(), later) is None


def test_a_lone_lead_in_in_a_table_names_nobody() -> None:
    cells = [Block(text, BlockKind.TABLE, Label.BOILERPLATE) for text in ("Author", "Text")]
    days = [Block(text, BlockKind.TABLE, Label.BOILERPLATE) for text in ("Di", "Mi", "Do")]
    assert choose_author(PageMeta(), cells) is None
    assert choose_author(PageMeta(), days) is None


def test_a_lead_in_block_naming_the_site_lets_the_next_speak() -> None:
    blocks = [_para("By Example News", Label.CHROME), _para("By Dana Four", Label.CHROME)]
    assert choose_author(PageMeta(), blocks, "Example News") == ("Dana Four", "text:lead-in")


def test_a_lead_in_block_speaks_only_when_no_other_source_names_anyone() -> None:
    blocks = [_para("Posted by Dana Four on 2024-05-03", Label.DATELINE)]
    meta = PageMeta(meta={"author": ["C Three"]})
    assert choose_author(meta, blocks) == ("C Three", "meta:author")
    byline = [_para("By Erin Five", Label.BYLINE), *blocks]
    assert choose_author(PageMeta(), byline) == ("Erin Five", "text")


def test_a_twitter_card_labelled_written_by_names_the_author() -> None:
    card = {
        "twitter:label1": ["Verfasst von"],
        "twitter:data1": ["Karoline Herr"],
        "twitter:label2": ["Geschätzte Lesezeit"],
        "twitter:data2": ["3 Minuten"],
    }
    assert choose_author(PageMeta(meta=card), []) == ("Karoline Herr", "meta:twitter:data")
    reading = {"twitter:label1": ["Est. reading time"], "twitter:data1": ["3 minutes"]}
    assert choose_author(PageMeta(meta=reading), []) is None


def test_the_cms_default_account_lets_the_byline_speak() -> None:
    byline = [_para("By Dana Four", Label.BYLINE)]
    assert choose_author(PageMeta(meta={"author": ["admin"]}), byline) == ("Dana Four", "text")
    assert choose_author(PageMeta(meta={"author": ["admin"]}), []) == ("admin", "meta:author")


def test_the_first_author_mark_holding_a_name_speaks() -> None:
    root = parse(
        '<html><body><p class="post-byline">29. Juni 2017, 23:39 · von '
        '<a rel="author" href="/author/tobi/">Tobi</a></p><p>Text.</p></body></html>'
    )
    assert choose_author(PageMeta(), [], None, root) == ("Tobi", "markup")


def test_an_organisation_credited_in_json_ld_lets_the_byline_speak() -> None:
    newsroom = {"@type": "NewsMediaOrganization", "name": "Example News"}
    meta = PageMeta(json_ld=[{"@type": "NewsArticle", "author": newsroom}])
    byline = [_para("By Dana Four", Label.BYLINE)]
    assert choose_author(meta, byline) == ("Dana Four", "text")
    assert choose_author(meta, []) == ("Example News", "json-ld")
    # a person beside an agency: both are the credit
    person = {"@type": "Person", "name": "Paula Steiger"}
    agency = {"@type": "Organization", "name": "SDA"}
    meta = PageMeta(json_ld=[{"@type": "NewsArticle", "author": [person, agency]}])
    assert choose_author(meta, byline) == ("Paula Steiger, SDA", "json-ld")


@pytest.mark.parametrize(
    "newsroom",
    [
        {"@type": "NewsMediaOrganization", "name": "Example NEWS"},
        {"@type": "NewsArticle", "publisher": {"name": "Example News"}},
    ],
    ids=["organisation", "publisher"],
)
def test_a_json_ld_organisation_named_again_is_the_newsroom(newsroom: dict[str, object]) -> None:
    meta = PageMeta(json_ld=[newsroom], meta={"author": ["Example News"]})
    byline = [_para("By Dana Four", Label.BYLINE)]
    assert choose_author(meta, byline) == ("Dana Four", "text")
    assert choose_author(meta, []) == ("Example News", "meta:author")
    blogger = {"@type": "BlogPosting", "publisher": {"@type": "Person", "name": "Example News"}}
    meta = PageMeta(json_ld=[blogger], meta={"author": ["Example News"]})
    assert choose_author(meta, byline) == ("Example News", "meta:author")


@pytest.mark.parametrize(
    ("html", "marks"),
    [
        ('<a rel="author" href="/u/jane">Jane Doe</a>', ["Jane Doe"]),
        ('<span class="post-author vcard">Jane Doe</span>', ["Jane Doe"]),
        (
            '<div itemprop="author"><img alt=""><span itemprop="name">Jane Doe</span></div>',
            ["Jane Doe"],
        ),
        ('<div class="author-bio">Jane Doe writes about everything.</div>', []),
        ('<div class="authority">The authority has spoken.</div>', []),
        (f'<span class="author">{"word " * 40}</span>', []),
        ('<cite class="comment-author">A reader</cite>', []),
        ('<p class="comment-form-author"><label>Name *</label></p>', []),
        ('<span class="Byline">Jane Doe</span>', ["Jane Doe"]),
        ('<div class="byline"><span>By</span><a>Amy Roeder</a></div>', ["By Amy Roeder"]),
        ('<div class="byline"><b>Jo Ng</b><time>22 Dec</time></div>', ["Jo Ng 22 Dec"]),
        ('<span class="author"><b>Al</b>ice Roe</span>', ["Alice Roe"]),
        ('<div class="byline"><time>22 Dec 2016</time><a>Jo Ng</a></div>', ["22 Dec 2016 Jo Ng"]),
        ('<span class="byline">Jo Ng <b>20</b>24</span>', ["Jo Ng 2024"]),
        ('<span class="authorname">Eva Kirchner</span>', ["Eva Kirchner"]),
        ('<div class="authorbox">Eva Kirchner writes.</div>', []),
        (
            '<div itemprop="author" itemscope><meta itemprop="name" content="luizjr4"></div>',
            ["luizjr4"],
        ),
        ('<div itemprop="author" itemscope><meta itemprop="url" content="/u/1"></div>', []),
        (
            (
                '<article itemscope itemtype="https://schema.org/Comment">'
                '<span itemprop="author">Jo Reply</span></article>'
            ),
            [],
        ),
        (
            (
                '<div itemscope itemtype="http://schema.org/UserComments">'
                '<span itemprop="author">Jo Reply</span></div>'
            ),
            [],
        ),
        (
            (
                '<article itemscope itemtype="https://schema.org/DiscussionForumPosting">'
                '<span itemprop="author">Ann Opener</span></article>'
            ),
            ["Ann Opener"],
        ),
        (
            (
                '<article class="message" data-author="felixen"><p>Hi</p>'
                '<blockquote data-author="quoted">q</blockquote></article>'
            ),
            ["felixen", "quoted"],
        ),
    ],
    ids=[
        "rel",
        "class",
        "itemprop-name",
        "bio-box",
        "longer-word",
        "too-long",
        "commenter",
        "comment-form",
        "capitals",
        "lead-in-element",
        "date-element",
        "inside-a-word",
        "date-element-first",
        "inside-a-number",
        "one-word-class",
        "one-word-box",
        "microdata-meta-name",
        "microdata-without-name",
        "reply-item",
        "user-comments-item",
        "opening-post-item",
        "data-author",
    ],
)
def test_author_marks_in_markup(html: str, marks: list[str]) -> None:
    assert list(read_author_marks(parse(f"<html><body>{html}<p>x</p></body></html>"))) == marks


def test_an_author_mark_is_read_only_as_far_as_a_name_can_go() -> None:
    spaced = "Jane" + " \n\t " * 200 + "Doe"  # long as written, a name once collapsed
    long = "<b>Jane Doe</b> wrote " + "many words " * 20
    html = f"<span rel='author'>{spaced}</span><span rel='author'>{long}</span>"
    assert list(read_author_marks(parse(f"<html><body>{html}</body></html>"))) == ["Jane Doe"]
    item = "<div itemprop='author'><span itemprop='name'>Jane Doe</span></div>"
    nested = "<div itemprop='author'>" * 3 + item + "<p>" + "text " * 100 + "</p></div></div></div>"
    assert list(read_author_marks(parse(f"<html><body>{nested}</body></html>"))) == ["Jane Doe"] * 4
    assert metadata._short_text(parse(f"<p>{'ab ' * 1000}</p>"), 120) is None
    assert metadata._short_text(parse("<p>Jane<b>Doe</b></p>"), 120) == "Jane Doe"


def test_the_author_class_stems_cover_every_author_class_word() -> None:
    # the substring gate of `_marks_author` would pass over a word holding neither stem
    assert all(AUTHOR_STEM in word or BYLINE_STEM in word for word in AUTHOR_CLASS_WORDS)
    assert next(read_author_marks(parse('<p class="AUTHOR-Name">Jane Doe</p>'))) == "Jane Doe"
    assert not list(read_author_marks(parse('<p class="auth-or by-line">Jane Doe</p>')))


@pytest.mark.parametrize(
    ("html", "marks"),
    [
        ('<p class="author-bio" rel="author">Jane Doe</p>', ["Jane Doe"]),
        ('<p class="author-bio" itemprop="author">Jane Doe</p>', ["Jane Doe"]),
        ('<p class="author-bio" title="author">Jane Doe</p>', []),
        ('<p data-author="Jane Doe" class="author">Jane Doe, Berlin</p>', ["Jane Doe"]),
        ('<p data-author="" class="author">Jane Doe</p>', ["Jane Doe"]),
        ('<p rel="nofollow author">Jane Doe</p>', []),
    ],
    ids=["rel-beside-box", "itemprop-beside-box", "other", "data-first", "empty-data", "rel-list"],
)
def test_author_marks_read_from_the_attributes_an_element_holds(
    html: str, marks: list[str]
) -> None:
    """The walk asks an element only for the attributes its `keys()` name: each of the
    three marks still counts beside the others, and an attribute it does not hold never."""
    assert list(read_author_marks(parse(f"<html><body>{html}</body></html>"))) == marks


def test_several_authors_one_by_one() -> None:
    result = extract(
        "<html><head><meta name='author' content='Jane Doe und Max Muster'></head>"
        "<body><h1>A headline</h1><p>Some text of the article.</p></body></html>"
    )
    assert result.author == "Jane Doe und Max Muster"
    assert result.authors == ("Jane Doe", "Max Muster")


@pytest.mark.parametrize(
    ("value", "author"),
    [
        ("Jane Doe, Max Muster and Erika Muster", "Jane Doe, Max Muster, Erika Muster"),
        (
            "Ana Ruiz, Rocío Latorre, y José Miguel Wilson",
            "Ana Ruiz, Rocío Latorre, José Miguel Wilson",
        ),
        ("Jane Doe und Max Muster", "Jane Doe und Max Muster"),
        ("Jane Doe, MS and Max Muster", "Jane Doe, MS and Max Muster"),
        (
            "Paul Frew, Home and Digital Security Expert",
            "Paul Frew, Home and Digital Security Expert",
        ),
        ("Jane Doe, Max Muster & Erika Muster", "Jane Doe, Max Muster & Erika Muster"),
    ],
    ids=["serial", "serial-comma", "pair", "degrees", "role", "ampersand"],
)
def test_a_serial_list_of_names_is_joined_with_commas(value: str, author: str) -> None:
    """The field joins several authors with commas, as the metadata's lists are; a pair, a
    list with `&`, and commas that set off degrees or a role stay as written."""
    article = {"@type": "NewsArticle", "author": {"@type": "Person", "name": value}}
    assert choose_author(PageMeta(json_ld=[article]), []) == (author, "json-ld")
    byline = [_para(f"By {value}", Label.BYLINE)]
    assert choose_author(PageMeta(), byline) == (author, "text")


@pytest.mark.parametrize(
    "kind", ["ReportageNewsArticle", "SatiricalArticle", "AskPublicNewsArticle"]
)
def test_json_ld_article_subtypes_give_the_author(kind: str) -> None:
    """schema.org's Article subtypes by their full names describe the page, as `Article`."""
    article = {"@type": kind, "author": [{"@type": "Person", "name": "Jane Doe"}]}
    assert choose_author(PageMeta(json_ld=[article]), []) == ("Jane Doe", "json-ld")


def _person(number: int) -> str:
    """A distinct name for each number: `Jane Abcd`."""
    return "Jane " + "".join("abcdefghij"[int(digit)] for digit in f"{number:04d}").title()


@pytest.mark.parametrize(("count", "kept"), [(3, 3), (5000, MAX_AUTHORS)], ids=["byline", "roll"])
def test_a_list_of_thousands_of_authors_keeps_the_first(count: int, kept: int) -> None:
    people = [{"@type": "Person", "name": _person(number)} for number in range(count)]
    data = json.dumps({"@type": "NewsArticle", "headline": "A headline", "author": people})
    result = extract(
        f"<html><head><script type='application/ld+json'>{data}</script></head>"
        "<body><h1>A headline</h1><p>Some text of the article.</p></body></html>"
    )
    assert result.authors == tuple(_person(number) for number in range(kept))


@pytest.mark.parametrize("shape", ["list", "name"])
def test_an_author_nested_a_thousand_lists_deep_raises_nothing(shape: str) -> None:
    """JSON-LD parses up to about a thousand levels; the author was walked by recursion, two
    frames a level: 500 nested lists raised RecursionError out of `extract()`."""
    deep = "[" * 900 + '"Jane Doe"' + "]" * 900
    author = deep if shape == "list" else f'{{"@type": "Person", "name": {deep}}}'
    data = f'{{"@type": "NewsArticle", "headline": "A headline", "author": {author}}}'
    result = extract(
        f"<html><head><script type='application/ld+json'>{data}</script></head>"
        "<body><h1>A headline</h1><p>Some text of the article.</p></body></html>"
    )
    assert result.author == "Jane Doe"
    assert result.sources["author"] == "json-ld"


# --- body ------------------------------------------------------------------------------------


def test_body_joins_content_blocks_only() -> None:
    blocks = [
        _heading("Title", label=Label.TITLE),
        _para("One paragraph of the article, long enough not to be a tiny post's whole text."),
        _para("Menu", Label.MENU),
        _para("Two paragraphs of it, the second as long as the first one was."),
    ]
    expected = "\n\n".join((blocks[1].text, blocks[3].text))
    assert assemble_body(blocks, PageMeta()) == (expected, "blocks")


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


def test_json_ld_article_body_adding_text_the_page_shows_and_rejected_is_ignored() -> None:
    # a fact box the structured text includes, shown in the page and judged not content
    box = "More of the story that the page itself hides behind a subscription button. " * 10
    meta = PageMeta(json_ld=[{"@type": "NewsArticle", "articleBody": ARTICLE_BODY}])
    blocks = [
        _para("First paragraph of the whole story, as the site stored it."),
        _para(box.strip(), Label.CHROME),
    ]
    assert assemble_body(blocks, meta)[1] == "blocks"


def test_short_json_ld_article_body_is_ignored() -> None:
    meta = PageMeta(json_ld=[{"@type": "NewsArticle", "articleBody": "Short teaser."}])
    assert assemble_body([_para("Short teaser.")], meta)[1] == "blocks"


def test_a_page_without_content_falls_back_to_its_unjudged_blocks() -> None:
    blocks = [
        _heading("Title", label=Label.TITLE),
        _para("Test", Label.BOILERPLATE),
        _para("Menu", Label.MENU),
        _para("Case", Label.BOILERPLATE),
    ]
    # a tiny post's headline leads its body
    assert assemble_body(blocks, PageMeta()) == ("Title\n\nTest\n\nCase", WITH_HEADER)


def test_a_near_empty_body_is_completed_in_document_order() -> None:
    blocks = [_para("Intro", Label.BOILERPLATE), _para("One."), _para("Menu", Label.MENU)]
    assert assemble_body(blocks, PageMeta()) == ("Intro\n\nOne.", "fallback")


def test_a_page_with_nothing_else_takes_its_credited_captions_as_the_body() -> None:
    caption = "The old mill at the river in the morning light. Photo: Jane Doe/Reuters"
    blocks = [
        _para(caption, Label.CHROME),
        _para("Subscribe to our feed", Label.CHROME),
    ]
    assert assemble_body(blocks, PageMeta()) == (caption, "captions")
    # with any other text to give, the caption stays furniture
    blocks.append(_para("Case", Label.BOILERPLATE))
    assert assemble_body(blocks, PageMeta()) == ("Case", "fallback")


def test_the_fallback_is_not_used_when_there_is_content() -> None:
    text = "A paragraph of the article that is long enough to be a body on its own. " * 2
    blocks = [_para(text), _para("Sidebar text", Label.BOILERPLATE)]
    assert assemble_body(blocks, PageMeta()) == (text, "blocks")


INTRO = "Browse our remote programming jobs, updated every day by companies hiring now. " * 2
JOB = "Senior Software Engineer, Acme Corp, Anywhere in the World, $50,000 - $74,999 USD"


@pytest.mark.parametrize("intro", [INTRO, INTRO * 2], ids=["one-line", "two-lines"])
def test_a_short_intro_above_a_much_longer_listing_falls_back_to_the_listing(intro: str) -> None:
    blocks = [_para(intro), *(_para(JOB, Label.BOILERPLATE) for _ in range(16))]
    body, source = assemble_body(blocks, PageMeta())
    assert source == "fallback" and body.count(JOB) == 16


def test_the_fallback_leaves_out_the_items_under_a_furniture_heading() -> None:
    posts = [_para(f"Recent post number {n}", Label.BOILERPLATE) for n in range(20)]
    blocks = [
        _para("A short intro."),
        _heading("Recent Posts", label=Label.RELATED),
        *posts,
        _heading("Our shop", label=Label.BOILERPLATE),
        *(_para(JOB, Label.BOILERPLATE) for _ in range(4)),
    ]
    body, source = assemble_body(blocks, PageMeta())
    assert source == "fallback" and "Recent post" not in body and body.count(JOB) == 4
    # a content block after the furniture heading ends its section
    blocks[2] = _para("The article goes on here.")
    body = assemble_body(blocks, PageMeta())[0]
    assert "Recent post number 1\n" in body


def test_the_fallback_leaves_out_a_blog_s_sidebar_modules() -> None:
    # a post of one short line; the blog's sidebar modules have no nav markup and a linked
    # heading that is only scored, so nothing but their class names tells them apart
    months = "".join(
        f'<li class="module-list-item"><a href="/{n}">Month {n} 2008</a></li>' for n in range(12)
    )
    topics = "".join(
        f'<li class="module-list-item"><a href="/c{n}">Topic {n}</a></li>' for n in range(12)
    )
    html = (
        "<html><body><div id='alpha'><h3>A fall leaf bunting</h3>"
        "<p>Simple as that: a leaf bunting for the table.</p></div><div id='beta'>"
        f"<div class='module-archives module'><h2><a href='/a'>Archives</a></h2><ul>{months}</ul>"
        f"</div><div class='module-categories module'><h2><a href='/c'>Categories</a></h2>"
        f"<ul>{topics}</ul></div><div class='module-typelist module'><h2>Good blogs</h2>"
        f"<ul>{topics.replace('Topic', 'Blog')}</ul></div></div></body></html>"
    )
    body = extract(html).body
    assert "leaf bunting for the table" in body
    assert "Month" not in body and "Topic" not in body and "Blog" not in body


def test_a_short_article_beside_a_little_unjudged_text_keeps_its_body() -> None:
    blocks = [_para(INTRO), _para(JOB, Label.BOILERPLATE), _para("Menu", Label.MENU)]
    assert assemble_body(blocks, PageMeta()) == (INTRO, "blocks")


def test_a_tiny_post_starts_with_its_header() -> None:
    blocks = [
        _para("Site tagline", Label.CHROME),
        _heading("Almost There", label=Label.TITLE),
        _para("By Jane Doe", Label.BYLINE),
        _para("Share this", Label.SHARE),
        _para("28 May 2010", Label.DATELINE),
        _para("Wow, just wow."),
        _para("Recent posts", Label.CHROME),
    ]
    expected = "Almost There\n\nBy Jane Doe\n\n28 May 2010\n\nWow, just wow."
    assert assemble_body(blocks, PageMeta()) == (expected, WITH_HEADER)
    # an empty post: its header alone, when it holds a byline or a dateline
    del blocks[5]
    assert assemble_body(blocks, PageMeta()) == (
        "Almost There\n\nBy Jane Doe\n\n28 May 2010",
        WITH_HEADER,
    )
    # a byline further than POST_HEADER_SPAN blocks under the headline is not the post's
    far = [blocks[1], *(_para(f"Item {n}", Label.MENU) for n in range(POST_HEADER_SPAN)), blocks[2]]
    assert assemble_body(far, PageMeta()) == ("", "blocks")


def test_a_tiny_post_without_byline_or_dateline_keeps_only_its_headline() -> None:
    blocks = [
        _heading("Almost There", label=Label.TITLE),
        _para("Share this", Label.SHARE),
        _para("Wow, just wow."),
    ]
    assert assemble_body(blocks, PageMeta()) == ("Almost There\n\nWow, just wow.", WITH_HEADER)
    # an empty body without the mark of a post stays empty: the article was missed
    del blocks[2]
    assert assemble_body(blocks, PageMeta()) == ("", "blocks")


def test_an_article_of_more_than_a_few_words_is_left_without_its_header() -> None:
    text = "A short article of two sentences, but more than a few words. " * 2
    blocks = [
        _heading("Almost There", label=Label.TITLE),
        _para("By Jane Doe", Label.BYLINE),
        _para(text),
    ]
    assert len(text.split()) > TINY_POST_WORDS
    assert assemble_body(blocks, PageMeta()) == (text, "blocks")


def test_a_page_of_furniture_only_has_an_empty_body() -> None:
    assert assemble_body([_para("Menu", Label.MENU)], PageMeta()) == ("", "blocks")


LEAD = "Police in the city continue to search the debris after a blaze consumed the building."
STORY = "The fire broke out on the fourth floor late on Thursday, officials said on Friday."


def _lead_page(lead: Block) -> list[Block]:
    return [
        _heading("Blaze in the city", label=Label.TITLE),
        _para("By Jane Doe", Label.BYLINE),
        lead,
        _para(STORY),
        _para(LEAD, Label.RELATED),
    ]


def test_the_lead_the_description_repeats_is_content() -> None:
    blocks = _lead_page(_para(LEAD, Label.BOILERPLATE))
    promote_lead(blocks, 0, LEAD.rstrip("."))
    assert [block.label for block in blocks] == [
        Label.TITLE,
        Label.BYLINE,
        Label.CONTENT,
        Label.CONTENT,
        Label.RELATED,  # after the first content block: a teaser, not the lead
    ]
    assert blocks[2].reason == "lead repeated by the page's description"


@pytest.mark.parametrize(
    ("lead", "description"),
    [
        (_para(LEAD, Label.BOILERPLATE), "A different summary of some other story on the site."),
        (_para(LEAD, Label.BOILERPLATE), "Police search debris."),  # too short to match
        (_para(LEAD + " " + STORY, Label.BOILERPLATE), LEAD),  # much longer than it
        (_para("Police continue to search.", Label.BOILERPLATE), "Police continue to search."),
    ],
    ids=["other-text", "short-description", "longer-block", "short-block"],
)
def test_a_block_that_does_not_repeat_the_description_stays_rejected(
    lead: Block, description: str
) -> None:
    blocks = _lead_page(lead)
    promote_lead(blocks, 0, description)
    assert blocks[2].label is Label.BOILERPLATE


TAGLINE = "An online design resource dedicated to everything about contemporary architecture."


def _outside(block: Block) -> Block:
    return dataclasses.replace(block, outside_region=True)


def test_content_above_the_headline_outside_the_region_is_not_the_article() -> None:
    blocks = [
        _outside(_para(TAGLINE)),
        _heading("Glass house on a cliff", 2, Label.TITLE),
        _para(STORY),
        _outside(_para("More from the editors of this magazine, every week in your inbox.")),
    ]
    drop_above_headline(blocks, 1)
    assert [block.label for block in blocks] == [
        Label.BOILERPLATE,
        Label.TITLE,
        Label.CONTENT,
        Label.CONTENT,  # below the headline: the model's verdict stands
    ]
    assert blocks[0].reason == ABOVE_HEADLINE_NOTE


def test_content_above_the_headline_inside_the_region_stays() -> None:
    blocks = [
        _para("Architecture"),
        _heading("Glass house on a cliff", 2, Label.TITLE),
        _para(STORY),
    ]
    drop_above_headline(blocks, 1)
    assert blocks[0].label is Label.CONTENT


def test_content_above_the_headline_repeating_it_is_not_the_article() -> None:
    """A flattener's `<title>` line (the headline and the site's name), a breadcrumb ending
    in the headline: inside the region, yet the article starts at its headline. A lead that
    holds the headline's words among many more stays."""
    lead = "Glass house on a cliff: how an architect built a home where no one thought it could be."
    blocks = [
        _para("Glass house on a cliff | Design Weekly"),
        _para(lead),
        _heading("Glass house on a cliff", 2, Label.TITLE),
        _para(STORY),
    ]
    drop_above_headline(blocks, 2)
    assert [block.label for block in blocks] == [
        Label.BOILERPLATE,
        Label.CONTENT,
        Label.TITLE,
        Label.CONTENT,
    ]
    assert blocks[0].reason == REPEATED_HEADLINE_NOTE


def test_a_byline_is_never_the_lead() -> None:
    blocks = _lead_page(_para(LEAD, Label.BOILERPLATE))
    promote_lead(blocks, 0, "By Jane Doe and the rest of the newsroom team tonight")
    assert blocks[1].label is Label.BYLINE


def test_script_dates_are_read_from_state_scripts_not_json_ld_nor_templates() -> None:
    from lxml import html

    from cleantext.metadata import read_script_dates

    root = html.fromstring(
        """<html><head>
        <script type="application/ld+json">{"datePublished": "2020-01-01"}</script>
        <script type="text/template">{"createdAt": "2021-01-01"}</script>
        <script>var s = {'publishDate': '2022-03-04T05:06:07Z', "n": "2023-01-01"};</script>
        </head><body></body></html>"""
    )
    assert list(read_script_dates(root)) == [
        ("publishDate", "2022-03-04T05:06:07Z"),
        ("n", "2023-01-01"),
    ]


SCRIPT_PIECES = ['"ab"', "'a", '"', ":", " ", '"2020-01-01', "'1999-12-31", 'T10:00"', "_", ","]


@settings(max_examples=400)
@given(st.lists(st.sampled_from(SCRIPT_PIECES), max_size=10))
def test_script_dates_are_the_matches_of_a_quoted_key_and_iso_value(pieces: list[str]) -> None:
    from cleantext.metadata import _quoted_dates

    text = "".join(pieces)
    pattern = re.compile(r"""["']([A-Za-z_]+)["']\s*:\s*["'](\d{4}-\d\d-\d\d[^"']{0,30})["']""")
    assert list(_quoted_dates(text)) == [match.groups() for match in pattern.finditer(text)]


def test_script_dates_do_not_overlap_and_take_whole_keys() -> None:
    from cleantext.metadata import _quoted_dates

    text = """{"a" : "2020-01-01"2021-02-02":"2022-03-03", x"b":'2023-04-04 10:00', 'c':"2024"}"""
    assert list(_quoted_dates(text)) == [("a", "2020-01-01"), ("b", "2023-04-04 10:00")]


SUMMARY = "What the page would show once its script ran: the article's own summary."


def test_a_page_without_any_text_takes_its_description_as_the_body() -> None:
    assert assemble_body([], PageMeta(), SUMMARY) == (SUMMARY, "description")
    assert assemble_body([], PageMeta()) == ("", "blocks")


def test_a_page_of_furniture_only_does_not_take_its_description() -> None:
    # a listing's links are text: its description sums up a section, not an article
    blocks = [_para("Menu", Label.MENU), _para("Next story", Label.RELATED)]
    assert assemble_body(blocks, PageMeta(), SUMMARY) == ("", "blocks")
