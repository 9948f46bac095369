"""The page the project was created from: flattened text in, the article out."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleantext import Label, extract

SEED = Path(__file__).parent / "fixtures" / "seed"
EXPECTED = json.loads((SEED / "rt-ban-ki-moon.expected.json").read_text("utf-8"))


@pytest.fixture(scope="module")
def result():
    return extract((SEED / "rt-ban-ki-moon.txt").read_bytes())


def test_title(result) -> None:
    assert result.title == EXPECTED["title"]


def test_date_and_time(result) -> None:
    assert result.date == f"{EXPECTED['date']}T{EXPECTED['time']}"
    assert result.published is not None and result.published.isoformat() == EXPECTED["date"]


def test_body_is_the_nineteen_paragraphs_unchanged(result) -> None:
    assert result.body == EXPECTED["body"]
    assert len(result.body.split("\n\n")) == 19


@pytest.mark.parametrize("snippet", EXPECTED["not_in_body"])
def test_noise_is_not_in_body(result, snippet: str) -> None:
    assert snippet not in result.body


def test_noise_blocks_are_named(result) -> None:
    labels = [block.label for block in result.blocks]
    assert labels[0] is Label.ICON_RUN
    assert labels[1] is Label.DATELINE
    assert labels[2] is Label.TITLE
    assert labels[-4:] == [Label.MEDIA_TIMESTAMP] * 4


def test_the_seed_flattened_without_blank_lines_gives_the_same_article() -> None:
    """A flattener that puts each element on a line of its own with no blank line between
    them (a browser's innerText of a page of `<div>`s): the same headline, date and body."""
    text = (SEED / "rt-ban-ki-moon.txt").read_text("utf-8")
    lines = "\n".join(line for line in text.splitlines() if line.strip())
    found = extract(lines)
    assert found.title == EXPECTED["title"]
    assert found.date == f"{EXPECTED['date']}T{EXPECTED['time']}"
    assert found.body == EXPECTED["body"]


def test_the_seed_with_its_title_line_first_gives_the_same_article() -> None:
    """A flattener that keeps the page's `<title>` puts it first, the site's name added: it
    witnesses the headline and is no paragraph of the article."""
    text = (SEED / "rt-ban-ki-moon.txt").read_text("utf-8")
    found = extract(f"{EXPECTED['title']} — RT World News\n\n{text}")
    assert found.title == EXPECTED["title"]
    assert found.date == f"{EXPECTED['date']}T{EXPECTED['time']}"
    assert found.body == EXPECTED["body"]
