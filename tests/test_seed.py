"""The page the project was created from: flattened text in, the article out."""

from __future__ import annotations

import json
from collections.abc import Callable
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


MENU = "Home\nNews\nRussia\nWorld\nBusiness\nSport\nOp-Edge\n\n"
FOOTER = (
    "\n\n© Autonomous Nonprofit Organization “TV-Novosti”, 2005–2024. All rights reserved.\n\n"
    "This website uses cookies. Read RT Privacy policy to find out more.\n"
)
VARIANTS: dict[str, Callable[[str], str | bytes]] = {
    # a browser's innerText of a page of `<div>`s: each element on a line, no blank lines
    "no-blank-lines": lambda text: "\n".join(line for line in text.splitlines() if line.strip()),
    # a flattener that keeps the `<title>` puts it first, the site's name added
    "title-line-first": lambda text: f"{EXPECTED['title']} — RT World News\n\n{text}",
    # the headline written as a Markdown heading, in a text with no links
    "markdown-heading": lambda text: text.replace(
        f"\n{EXPECTED['title']}\n", f"\n# {EXPECTED['title']}\n"
    ),
    # the site's menu before the sprite's labels, its copyright and cookie lines after
    "menu-and-footer": lambda text: MENU + text + FOOTER,
    "windows-line-ends-utf16": lambda text: text.replace("\n", "\r\n").encode("utf-16"),
}


@pytest.mark.parametrize("variant", VARIANTS.values(), ids=VARIANTS.keys())
def test_the_seed_flattened_otherwise_gives_the_same_article(
    variant: Callable[[str], str | bytes],
) -> None:
    """What other naive tools would make of the same page: the same headline, date and body."""
    found = extract(variant((SEED / "rt-ban-ki-moon.txt").read_text("utf-8")))
    assert found.title == EXPECTED["title"]
    assert found.date == f"{EXPECTED['date']}T{EXPECTED['time']}"
    assert found.body == EXPECTED["body"]
