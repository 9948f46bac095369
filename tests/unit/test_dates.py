"""Choosing the publication date among its sources (`cleantext.dates`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import pytest

from cleantext import dates
from cleantext.dates import choose_date
from cleantext.heuristics.datewords import OWN_TEASER_HEADLINES
from cleantext.metadata import PageMeta
from cleantext.result import Block, BlockKind, Label

TODAY = dt.date(2026, 11, 29)


def _date(
    meta: PageMeta, blocks: Sequence[Block] = (), url: str | None = None
) -> tuple[str, str] | None:
    found = choose_date(meta, blocks, url, TODAY)
    return (found[0].iso(), found[1]) if found else None


def _published(day: str) -> PageMeta:
    return PageMeta(json_ld=[{"@type": "BlogPosting", "datePublished": day}])


def test_a_permalink_day_beats_metadata_stamped_long_after_it() -> None:
    url = "https://blog.example/home/2017/7/12/montauk"
    assert _date(_published("2019-06-17T18:28:00+02:00"), url=url) == ("2017-07-12", "url")


def test_metadata_a_few_days_after_the_permalink_day_stands() -> None:
    url = "https://news.example/2021/03/08/world/royal-interview"
    assert _date(_published("2021-03-14"), url=url) == ("2021-03-14", "json-ld")


def test_a_printed_date_that_agrees_with_the_metadata_outweighs_the_permalink() -> None:
    url = "https://blog.example/2017/07/12/montauk"
    blocks = [
        Block("Montauk", BlockKind.HEADING, Label.TITLE, 0.5, "", 1),
        Block("17 June 2019", BlockKind.PARAGRAPH, Label.DATELINE),
    ]
    assert _date(_published("2019-06-17"), blocks, url) == ("2019-06-17", "json-ld")


def _listing(first: Label) -> list[Block]:
    return [
        Block("Background uploads", BlockKind.HEADING, Label.BOILERPLATE, 0.2, "", 2),
        Block("August 30, 2017 / 0", BlockKind.PARAGRAPH, Label.DATELINE),
        Block("Simple payment buttons", BlockKind.HEADING, first, 0.5, "", 2),
        Block("Start selling in seconds.", BlockKind.PARAGRAPH, Label.CONTENT),
        Block("August 17, 2017 / 44", BlockKind.PARAGRAPH, Label.DATELINE),
    ]


def test_without_a_headline_the_date_just_above_the_first_content_is_its_own() -> None:
    assert _date(PageMeta(), _listing(Label.CONTENT)) == ("2017-08-30", "text")


def test_a_date_just_above_the_headline_counts_as_further_away() -> None:
    assert _date(PageMeta(), _listing(Label.TITLE)) == ("2017-08-17", "text")


def test_the_pages_own_teaser_in_a_list_of_articles_gives_its_date() -> None:
    meta = PageMeta(meta={"og:title": ["Menschenrechte achten"]})
    blocks = [
        Block("Menschenrechte achten", BlockKind.HEADING, Label.CONTENT, 0.5, "", 1),
        *[Block("Ein Appell an die Regierung. " * 5, BlockKind.PARAGRAPH, Label.CONTENT)] * 9,
        Block("10.11.2021 Suchtberatung wirkt", BlockKind.PARAGRAPH, Label.RELATED),
        Block("10.11.2021 Menschenrechte achten Ein Appell", BlockKind.PARAGRAPH, Label.RELATED),
        Block("09.11.2021", BlockKind.PARAGRAPH, Label.DATELINE),
    ]
    assert _date(meta, blocks) == ("2021-11-10", "text")
    other = PageMeta(meta={"og:title": ["Suchtberatung finanzieren"]})
    assert _date(other, blocks) == ("2021-11-09", "text")


def test_headline_patterns_are_built_only_when_a_teaser_holds_a_date(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    built: list[str] = []
    pattern = dates._headline_pattern
    monkeypatch.setattr(
        dates, "_headline_pattern", lambda text: built.append(text) or pattern(text)
    )
    meta = PageMeta(meta={"og:title": ["Menschenrechte achten"]})
    teaser = Block(
        "10.11.2021 Menschenrechte achten Ein Appell", BlockKind.PARAGRAPH, Label.RELATED
    )
    dateline = Block("09.11.2021", BlockKind.PARAGRAPH, Label.DATELINE)
    assert _date(meta, [teaser, dateline]) == ("2021-11-10", "text")
    assert built == ["Menschenrechte achten"]
    built.clear()
    assert _date(meta, [dateline]) == ("2021-11-09", "text")
    assert built == []
    undated = Block("Menschenrechte achten Ein Appell", BlockKind.PARAGRAPH, Label.RELATED)
    assert _date(meta, [undated, dateline]) == ("2021-11-09", "text")
    assert built == []  # a teaser without a date is not searched for the headline


def test_only_the_first_few_distinct_headlines_are_looked_for_in_teasers() -> None:
    titles = [f"Story number {n} of the day" for n in range(3 * OWN_TEASER_HEADLINES)]
    meta = PageMeta(meta={"og:title": ["", *titles, titles[0]]})
    title = Block("The page's headline", BlockKind.HEADING, Label.TITLE, 0.5, "", 1)
    patterns = dates._headline_patterns(meta, [title])
    assert len(patterns) == OWN_TEASER_HEADLINES
    assert patterns[0].search("the page's headline")  # the title block's comes first
    assert patterns[1].search("story number 0 of the day")
    last = titles[OWN_TEASER_HEADLINES - 1].casefold()
    assert not any(pattern.search(last) for pattern in patterns)


def test_a_date_far_from_the_headline_in_a_merged_list_is_another_teasers() -> None:
    meta = PageMeta(meta={"og:title": ["Winda w chmurach"]})
    merged = "Winda w chmurach Obyczaje " + "Pojechałam do Łodzi. " * 4 + "29 marca 2020 Tinder"
    blocks = [
        Block("Winda w chmurach", BlockKind.HEADING, Label.CONTENT, 0.5, "", 1),
        Block(merged, BlockKind.PARAGRAPH, Label.RELATED),
    ]
    assert _date(meta, blocks) is None


def test_the_shared_pictures_upload_day_is_the_last_resort() -> None:
    image = {"og:image": ["https://img.example/2026/01/29/8d23917b.jpg"]}
    assert _date(PageMeta(meta=image)) == ("2026-01-29", "meta:og:image")
    # any other witness speaks first: the picture may be older than the article
    assert _date(PageMeta(meta=image), url="https://news.example/2026/02/03/story") == (
        "2026-02-03",
        "url",
    )
    # a month alone is no day
    assert _date(PageMeta(meta={"og:image": ["https://img.example/2026/01/a.jpg"]})) is None


STATE_PAGE = b"""<html><head><title>Gousto has changed my life</title>
<script type="application/ld+json">{"@type": "Organization", "foundingDate": "2012-01-01"}</script>
<script>window.state = {"reviewer": {"updatedAt": "2019-02-03T10:00:00Z"},
"review": {"publishedDate": "2016-11-04T20:37:27Z"}, "comment": {"createdAt": "2018-05-06"}}
</script></head><body><h1>Gousto has changed my life</h1>
<p>Great meals, easy recipes, and the boxes always arrive on time for our family.</p>
</body></html>"""


def test_a_client_rendered_pages_state_script_gives_its_date_last() -> None:
    from cleantext import extract

    found = extract(STATE_PAGE)
    assert (found.date, found.sources["date"]) == (
        "2016-11-04T20:37:27+00:00",
        "script:publishedDate",
    )
    # any printed or structured date speaks first
    printed = STATE_PAGE.replace(b"<p>Great", b"<p class='dateline'>3 May 2024</p><p>Great")
    assert extract(printed).date == "2024-05-03"


def test_only_publication_keys_of_a_state_script_count() -> None:
    state = [("updatedAt", "2019-02-03T10:00:00Z"), ("expires", "2030-01-01")]
    assert choose_date(PageMeta(), (), None, TODAY, script_dates=state) is None
    state.append(("createdAt", "2018-05-06T08:00:00+02:00"))
    found = choose_date(PageMeta(), (), None, TODAY, script_dates=state)
    assert found is not None and (found[0].iso(), found[1]) == (
        "2018-05-06T08:00:00+02:00",
        "script:createdAt",
    )


def test_the_time_element_whose_day_is_printed_by_the_headline_is_the_pages() -> None:
    sidebar, own = ("2025-01-31T12:00:00Z", "01/31/2025"), ("2017-03-01T12:00:00Z", "03/01/2017")
    blocks = [
        Block("Candidate experience", BlockKind.HEADING, Label.TITLE, 0.5, "", 1),
        Block("03/01/2017 by Jane Doe, Committee member", BlockKind.PARAGRAPH, Label.CHROME),
    ]
    found = _date(PageMeta(times=[sidebar, own]), blocks)
    assert found == ("2017-03-01T12:00:00+00:00", "time")
    assert _date(PageMeta(times=[sidebar, own])) == ("2025-01-31T12:00:00+00:00", "time")


def test_headline_reach_keeps_the_furthest_end_of_the_headlines_started_so_far() -> None:
    heads, reach = dates._headline_reach([(50, 60), (0, 100), (10, 20)])
    assert heads == [0, 10, 50]
    assert reach == [100, 100, 100]
    assert dates._headline_reach([]) == ([], [])
