"""Markdown in: read as the HTML it stands for (src/cleantext/markdown.py)."""

from __future__ import annotations

import time

import pytest
from lxml import html as lxml_html

from cleantext import extract
from cleantext.markdown import looks_like_markdown, markdown_to_html
from cleantext.pipeline import MARKDOWN_NOTE

ARTICLE = (
    "[Skip to content](#main)\n\n"
    "* [Home](https://example.com/)\n* [World](https://example.com/world)\n"
    "* [Sport](https://example.com/sport)\n* [Weather](https://example.com/weather)\n\n"
    "# Council shuts the old bridge after the flood\n\n"
    "![The bridge](https://example.com/bridge.jpg)\n\n"
    "By Anna Smith\n\n"
    "The council closed the old bridge after the river rose again on Tuesday, and engineers "
    "will inspect every one of its **piers** before anyone is let across it.\n\n"
    "The mayor said the [repairs](https://example.com/repairs) could take until spring, and "
    "that a ferry would carry people across the river in the meantime.\n\n"
    "Residents who use the bridge every day said they were relieved that nobody had been "
    "hurt, though many worried about the longer trip to work.\n\n"
    "## Related\n\n"
    "* [New park opens](https://example.com/park)\n"
    "* [School budget approved](https://example.com/school)\n"
    "* [Library hours extended](https://example.com/library)\n"
)


def test_markdown_is_told_by_its_links_or_a_heading_with_a_link() -> None:
    assert looks_like_markdown(ARTICLE)
    assert looks_like_markdown("# A title\n\nSee [the report](https://example.com/r).")
    assert not looks_like_markdown("# not a heading alone\n\nplain text")


@pytest.mark.parametrize(
    "text",
    [
        "The council met on Tuesday (see below) and voted [unanimously] to close the bridge.",
        "Arrays: a[i](j) is not a link, nor is x[0](1), nor f[2](3) in plain text",
        "10 Apr, 2008 12:04\n\nBan Ki-moon eyes greater UN role for Russia",
    ],
)
def test_flattened_text_is_not_markdown(text: str) -> None:
    assert not looks_like_markdown(text)


def test_markdown_becomes_headings_lists_links_and_paragraphs() -> None:
    root = lxml_html.document_fromstring(markdown_to_html(ARTICLE))
    assert root.findtext(".//h1") == "Council shuts the old bridge after the flood"
    assert [a.text for a in root.iterfind(".//li/a")][:4] == ["Home", "World", "Sport", "Weather"]
    assert not root.findall(".//img")  # an image's alt text is not the page's text
    texts = [p.text_content() for p in root.iterfind(".//p")]
    assert texts[:3] == ["Skip to content", "By Anna Smith", texts[2]]
    assert texts[2].startswith("The council closed") and "every one of its piers" in texts[2]


def test_setext_headings_fences_and_quotes() -> None:
    text = "Title\n=====\n\nSub\n---\n\n> quoted\n\n```\nx = 1\n```\n\n---\n\n# C#\n\n## End ##"
    root = lxml_html.document_fromstring(markdown_to_html(text))
    assert root.findtext(".//h1") == "Title"
    assert root.findtext(".//h2") == "Sub"
    assert root.findtext(".//blockquote") == "quoted"
    assert root.findtext(".//pre") == "x = 1"
    assert [h.text for h in root.iterfind(".//h1")] == ["Title", "C#"]
    assert root.findall(".//h2")[-1].text == "End"


def test_markdown_text_is_escaped_not_markup() -> None:
    root = lxml_html.document_fromstring(markdown_to_html("a <script>x</script> & b [l](/u)"))
    assert root.find(".//script") is None
    assert "<script>x</script> & b" in root.text_content()


def test_extract_reads_markdown_as_the_page_it_stands_for() -> None:
    found = extract(ARTICLE)
    assert MARKDOWN_NOTE in found.notes
    assert found.title == "Council shuts the old bridge after the flood"
    assert found.body.startswith("The council closed the old bridge")
    assert "Residents who use the bridge" in found.body
    for noise in ("Skip to content", "Weather", "New park opens", "https://", "**"):
        assert noise not in found.body


def test_markdown_with_its_headline_in_bold_gets_the_plain_texts_headline() -> None:
    """No heading (the converter set the headline in bold, or as a line): the headline is
    found as in plain text, the line above the byline whose words the article repeats."""
    bold = ARTICLE.replace(
        "# Council shuts the old bridge after the flood", "**Council shuts the old bridge**"
    ).replace("## Related", "**Related**")
    found = extract(bold)
    assert MARKDOWN_NOTE in found.notes
    assert found.title == "Council shuts the old bridge"
    assert found.body.startswith("The council closed the old bridge")


@pytest.mark.parametrize(
    "text",
    [
        "[" * 400_000 + "](" * 10,  # brackets that never close a link
        "x " + "[a](" * 200_000,  # links that never end
        "**a " * 200_000,  # emphasis that never closes
        "[l](u) " * 100_000,  # a line of 100,000 links
        "# a" + " " * 500_000 + "b ##",  # a heading with a long run of spaces
    ],
)
def test_pathological_markdown_is_read_in_linear_time(text: str) -> None:
    start = time.process_time()
    markdown_to_html(text)
    looks_like_markdown(text)
    assert time.process_time() - start < 2.0


def test_the_highest_heading_level_is_written_as_h1() -> None:
    """A page whose `<h1>` was its logo (an image, dropped) has its headline in `##`: the
    highest level present becomes `<h1>`, so the headline is found; a Setext `===` keeps 1."""
    text = ARTICLE.replace("# Council", "## Council").replace("## Related", "### Related")
    root = lxml_html.document_fromstring(markdown_to_html(text))
    assert root.findtext(".//h1") == "Council shuts the old bridge after the flood"
    assert root.findtext(".//h2") == "Related"
    assert extract(text).title == "Council shuts the old bridge after the flood"
    setext = lxml_html.document_fromstring(markdown_to_html("Site\n====\n\n## Story\n\ntext"))
    assert setext.findtext(".//h2") == "Story"
    assert "<h0>" not in markdown_to_html("## Story\n\n  # indented\n\ntext")


def test_a_link_wrapped_over_two_lines_is_one_link() -> None:
    """html2text wraps at 78 columns, inside links too."""
    text = "See the [council's\nstatement](https://example.com/s) on the bridge.\n\n[a](/a) [b](/b)"
    root = lxml_html.document_fromstring(markdown_to_html(text))
    link = root.find(".//p/a")
    assert link is not None and link.text_content().split() == ["council's", "statement"]
    assert "https://" not in root.find(".//p").text_content()
