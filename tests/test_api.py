"""The public surface from a user's side: names, immutability, errors, conversions."""

from __future__ import annotations

import dataclasses
import datetime
import json
import pickle
from pathlib import Path

import pytest

import cleantext
from cleantext import (
    BlockKind,
    DateSearch,
    Extraction,
    ExtractOptions,
    Favor,
    InvalidInputError,
    InvalidOptionsError,
    Label,
    Thresholds,
    extract,
)
from cleantext.result import Block

ARTICLE = b"""<html lang="en"><head><title>A long walk home | The Daily</title>
<meta property="og:site_name" content="The Daily">
<meta property="article:published_time" content="2024-05-03T08:30:00+02:00">
<meta name="author" content="Jane Doe"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>A long walk home</h1>
<p>The road was longer than anyone had planned, and the weather turned before noon.</p>
<h2>The second day</h2>
<ul><li>Water ran out by the second evening of the walk.</li>
<li>The map, drawn in 1998, no longer matched the paths.</li></ul>
<blockquote>We kept going because there was nothing else to do.</blockquote>
<p>By the third day they reached the village, tired but in one piece.</p></article>
<footer>Copyright 2024 The Daily</footer></body></html>"""


def test_all_is_sorted_and_complete() -> None:
    assert cleantext.__all__ == sorted(cleantext.__all__)
    for name in cleantext.__all__:
        assert hasattr(cleantext, name), name


def test_result_is_frozen() -> None:
    result = extract(ARTICLE)
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.title = "other"  # type: ignore[misc]


def test_fields() -> None:
    result = extract(ARTICLE, url="https://daily.example/2024/05/walk")
    assert result.title == "A long walk home"
    assert result.date == "2024-05-03T08:30:00+02:00"
    assert result.published is not None and result.published.isoformat() == "2024-05-03"
    assert result.author == "Jane Doe"
    assert result.site_name == "The Daily"
    assert result.language == "en"
    assert result.encoding == "utf-8"
    assert result.url == "https://daily.example/2024/05/walk"
    assert result.sources["date"] == "meta:article:published_time"
    assert "Home" not in result.body and "Copyright" not in result.body
    assert result.body.startswith("The road was longer")
    assert result.body.endswith("tired but in one piece.")


def test_blocks_carry_kind_label_score() -> None:
    blocks = extract(ARTICLE).blocks
    kinds = {block.kind for block in blocks if block.label is Label.CONTENT}
    assert {BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.LIST_ITEM, BlockKind.QUOTE} <= kinds
    assert all(0.0 <= block.score <= 1.0 for block in blocks)
    assert any(block.label is Label.MENU for block in blocks)
    assert [b.label for b in blocks if b.text == "A long walk home"] == [Label.TITLE]


def test_block_is_a_frozen_dataclass_with_defaults() -> None:
    """Block fills its slots in its own `__init__`: the dataclass contract must hold."""
    block = Block("Some text.", BlockKind.PARAGRAPH)
    assert (
        block.label,
        block.score,
        block.reason,
        block.level,
        block.path,
        block.outside_region,
    ) == (Label.BOILERPLATE, 0.0, "", 0, "", False)
    full = Block("Title", BlockKind.HEADING, Label.TITLE, 0.9, "headline", 1, path="body>h1")
    assert (full.kind, full.label, full.score, full.level, full.path) == (
        BlockKind.HEADING,
        Label.TITLE,
        0.9,
        1,
        "body>h1",
    )
    assert [field.name for field in dataclasses.fields(Block)] == [
        "text",
        "kind",
        "label",
        "score",
        "reason",
        "level",
        "path",
        "outside_region",
    ]
    with pytest.raises(dataclasses.FrozenInstanceError):
        full.text = "other"  # type: ignore[misc]
    assert dataclasses.replace(full, label=Label.CONTENT).label is Label.CONTENT
    assert dataclasses.replace(full, label=Label.CONTENT).path == "body>h1"
    outside = dataclasses.replace(full, outside_region=True)
    assert dataclasses.replace(outside, label=Label.CONTENT).outside_region
    assert pickle.loads(pickle.dumps(full)) == full
    assert full != block and hash(full) == hash(dataclasses.replace(full))
    assert not hasattr(full, "__dict__")


@pytest.mark.parametrize("members", [BlockKind, Label])
def test_kinds_and_labels_hash_by_identity(members: type[BlockKind] | type[Label]) -> None:
    """Hashed in C by identity (`Enum`'s own hash runs Python code for each of the set and
    dict lookups the classifier makes a block), and still enum members in every other way."""
    assert members.__hash__ is object.__hash__
    assert len(set(members)) == len(members) == len({member.value for member in members})
    for member in members:
        assert members(member.value) is member
        assert pickle.loads(pickle.dumps(member)) is member
        assert {member: 1}[members(member.value)] == 1


def test_markdown_keeps_structure() -> None:
    markdown = extract(ARTICLE).to_markdown()
    assert markdown.startswith("# A long walk home\n\n")
    assert "\n## The second day\n" in markdown
    assert "- Water ran out by the second evening of the walk.\n- The map" in markdown
    assert "> We kept going" in markdown


def test_json_round_trip() -> None:
    data = json.loads(extract(ARTICLE).to_json(with_blocks=True))
    assert data["title"] == "A long walk home"
    assert data["blocks"][0]["label"] in {label.value for label in Label}
    assert {type(block["outside_region"]) for block in data["blocks"]} == {bool}


@pytest.mark.parametrize("page", [None, 42, ["<p>x</p>"], object()], ids=repr)
def test_wrong_input_type_raises(page: object) -> None:
    with pytest.raises(InvalidInputError):
        extract(page)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        extract(page)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "argument",
    [
        {"url": b"https://example.com/2024/05/03/a"},
        {"url": 5},
        {"encoding": b"utf-8"},
        {"options": {"favor": "recall"}},
    ],
    ids=repr,
)
def test_wrong_argument_type_raises_invalid_input(argument: dict[str, object]) -> None:
    """fz-meta campaign: a bytes `url` raised a bare TypeError from the date finder's regex,
    an int an AttributeError, a dict of options another."""
    with pytest.raises(InvalidInputError):
        extract(ARTICLE, **argument)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "data:text/html,x",
        "mailto:desk@daily.example",
        "/2024/05/walk",
        "https://daily.example/" + "a" * 9000,
    ],
    ids=["javascript", "data", "mailto", "relative", "overlong"],
)
def test_a_bad_url_argument_is_no_url_and_no_base(url: str) -> None:
    """Only an absolute http(s) URL is `result.url` and the base of the page's own addresses
    (`pageinfo.caller_url`); the other fields do not change."""
    page = ARTICLE.replace(b"</head>", b'<meta property="og:image" content="/lead.jpg"></head>')
    result = extract(page, url=url)
    assert result.url is None
    assert result.image == "/lead.jpg"
    good = extract(page, url="https://daily.example/2024/05/walk")
    assert good.image == "https://daily.example/lead.jpg"
    assert (result.title, result.body, result.author) == (good.title, good.body, good.author)
    assert extract(b"%PDF-1.7", url=url).url is None


def test_options_are_keyword_only_and_validated() -> None:
    with pytest.raises(TypeError):
        ExtractOptions(Favor.PRECISION)  # type: ignore[misc]
    with pytest.raises(InvalidOptionsError):
        ExtractOptions(language="xx")
    with pytest.raises(InvalidOptionsError):
        Thresholds(max_link_density=1.5)
    with pytest.raises(InvalidOptionsError):
        Thresholds(short_chars=-1)
    with pytest.raises(InvalidOptionsError):
        ExtractOptions(date_search="fast")  # type: ignore[arg-type]


RELATIVE = b"""<html><body><article><h1>Storm closes the harbour</h1>
<p class="dateline">3 hours ago</p>
<p>The harbour was closed on Friday night as the storm reached the coast and the wind rose.</p>
<p>Ferries stayed in port and the coastguard asked people to keep away from the sea wall.</p>
</article></body></html>"""


def test_fetch_time_reads_relative_dates_and_bounds_the_rest() -> None:
    assert extract(RELATIVE).date is None
    fetched = datetime.datetime(2024, 5, 4, 1, 30)
    assert extract(RELATIVE, options=ExtractOptions(reference_date=fetched)).date == "2024-05-03"
    before = ExtractOptions(reference_date=datetime.date(2024, 5, 1))
    assert extract(ARTICLE, options=before).date is None  # 3 May is after the fetch


def test_fast_date_search_reads_metadata_only() -> None:
    fast = ExtractOptions(date_search=DateSearch.FAST)
    assert extract(ARTICLE, options=fast).date == "2024-05-03T08:30:00+02:00"
    assert extract(RELATIVE, options=fast).date is None


def test_favor_moves_the_balance() -> None:
    recall = extract(ARTICLE, options=ExtractOptions(favor=Favor.RECALL)).body
    precision = extract(ARTICLE, options=ExtractOptions(favor=Favor.PRECISION)).body
    assert len(precision) <= len(extract(ARTICLE).body) <= len(recall)


@pytest.mark.parametrize(
    "page",
    [b"", "", b"   \n", b"\x00\x01\x02", b"%PDF-1.4\n%\xe2\xe3"],
    ids=["empty-bytes", "empty-str", "blank", "controls", "pdf-header"],
)
def test_empty_or_garbage_gives_empty_result(page: bytes | str) -> None:
    result = extract(page)
    assert isinstance(result, Extraction)
    assert result.body == ""


def test_every_threshold_is_read_by_a_rule() -> None:
    """A field no rule reads would let a caller tune nothing (three did: `content_score`,
    whose part the model's threshold plays, `min_stopword_density` and `max_title_chars`)."""
    code = "\n".join(
        path.read_text(encoding="utf-8")
        for path in (Path(cleantext.__file__).parent).rglob("*.py")
        if path.name != "thresholds.py"
    )
    names = [field.name for field in dataclasses.fields(Thresholds)]
    assert [name for name in names if f".{name}" not in code] == []
