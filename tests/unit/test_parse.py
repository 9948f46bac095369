"""parse(): no network, no files, no entity expansion, never an error; looks_like_html()."""

from __future__ import annotations

import codecs
import json
import re
import subprocess
import sys
import time

import pytest
from lxml import etree

from cleantext.decode import decode
from cleantext.parse import (
    HTML_SNIFF_CHARS,
    JSON_LD_BUDGET_CHARS,
    LONG_TAG_CHARS,
    LONG_VALUE_CHARS,
    MAX_ATTRIBUTES,
    MAX_NESTING,
    _long_tags,
    _prune_long_tags,
    _without_early_end,
    flatten,
    looks_like_html,
    parse,
    parse_page,
    remove_bulk,
    streamed_html,
)


def _text(root: etree._Element) -> str:
    return "".join(str(part) for part in root.itertext())


def _is_empty_page(root: etree._Element) -> bool:
    return (
        root.tag == "html"
        and len(root) == 1
        and root[0].tag == "body"
        and len(root[0]) == 0
        and not _text(root).strip()
    )


# --- safety ----------------------------------------------------------------------------------

XXE_PAGES = [
    (
        '<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>\n'
        '<html xmlns="http://www.w3.org/1999/xhtml"><body><p>a&e;b</p></body></html>'
    ),
    '<!DOCTYPE html [<!ENTITY e SYSTEM "/etc/passwd">]><html><body><p>&e;</p></body></html>',
    '<!DOCTYPE html SYSTEM "file:///etc/passwd"><html><body><p>x</p></body></html>',
    '<!DOCTYPE x [<!ENTITY % p SYSTEM "file:///etc/passwd"> %p;]><html><body>x</body></html>',
]


@pytest.mark.parametrize(
    "page", XXE_PAGES, ids=["xhtml-entity", "html-entity", "system-dtd", "parameter-entity"]
)
def test_external_entities_are_not_read(page: str) -> None:
    text = _text(parse(page))
    assert "root:" not in text
    assert "/bin/" not in text


LOL = "lol"
BILLION_LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
        for i in range(1, 10)
    )
    + "]><html><body><p>&lol9;</p></body></html>"
)


def test_internal_entities_are_not_expanded() -> None:
    text = _text(parse(BILLION_LAUGHS))
    assert len(text) < 1000
    assert LOL * 10 not in text


def test_internal_dtd_subset_does_not_leak_into_text() -> None:
    page = '<!DOCTYPE x [<!ENTITY e "x">]><html><body><p>kept</p></body></html>'
    assert _text(parse(page)).strip() == "kept"


# --- XML declarations ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "declaration",
    [
        '<?xml version="1.0" encoding="ISO-8859-1"?>',
        '<?xml version="1.0" encoding="UTF-16"?>',
        "  \n<?xml version='1.0' encoding='windows-1251' standalone='yes'?>\n",
    ],
    ids=["latin1", "utf-16", "leading-space"],
)
def test_xml_declaration_with_encoding_in_str_input(declaration: str) -> None:
    root = parse(declaration + "<html><body><p>café ü 日本 Привет</p></body></html>")
    paragraphs = root.findall(".//p")
    assert [p.text for p in paragraphs] == ["café ü 日本 Привет"]
    assert "xml" not in _text(root)


# --- degenerate input ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "page",
    ["", "   \n\t ", "\x00", "\x00\x00  ", "<!-- only a comment -->", "<?php echo 1 ?>"],
    ids=["empty", "whitespace", "nul", "nuls-and-space", "comment", "processing-instruction"],
)
def test_empty_input_gives_an_empty_page(page: str) -> None:
    assert _is_empty_page(parse(page))


def test_nul_bytes_do_not_end_the_page() -> None:
    root = parse("<p>before\x00after</p><p>second</p>")
    assert [p.text for p in root.findall(".//p")] == ["beforeafter", "second"]


@pytest.mark.parametrize(
    ("page", "text"),
    [
        ("plain text, no tags", "plain text, no tags"),
        ("<p>unclosed <b>bold", "unclosed bold"),
        ("</div></p><p>stray end tags", "stray end tags"),
        ("<p>lone surrogate \ud800 here</p>", "lone surrogate"),
    ],
    ids=["no-tags", "unclosed", "stray-end-tags", "lone-surrogate"],
)
def test_broken_markup_is_recovered(page: str, text: str) -> None:
    root = parse(page)
    assert root.tag == "html"
    assert text in _text(root)


def test_parse_does_not_raise_on_deep_nesting() -> None:
    root = parse("<div>" * 5000 + "deep" + "</div>" * 5000)
    assert root.tag == "html"


def test_text_after_deep_nesting_is_kept() -> None:
    """libxml2 stops at depth 2048 even with huge_tree: the page is parsed again, flattened."""
    root = parse("<p>before</p>" + "<div>" * 5000 + "deep" + "</div>" * 5000 + "<p>after</p>")
    text = _text(root)
    assert "deep" in text
    assert "after" in text


# --- looks_like_html -------------------------------------------------------------------------

HTML_POSITIVE = {
    "doctype": "<!DOCTYPE html><title>x</title>",
    "html-tag": "<html><body>x</body></html>",
    "paragraph": "<p>Hello</p>",
    "div-with-class": '<div class="x">y</div>',
    "br": "line<br/>line",
    "link": 'see <a href="/x">this</a>',
    "upper-case": "<P>Hello</P>",
    "heading": "<h2>Title</h2>",
    "script": "<script>var x = 1;</script>",
}
HTML_NEGATIVE = {
    "comparison": "3 < 4 and x > y",
    "less-than": "a<b",
    "if-then": "if a<b then swap",
    "arrow": "Home -> News -> World",
    "email": "Jane <jane@example.com> wrote:",
    "plain": "A plain paragraph of prose.",
    "unknown-tag": "<paragraph> is not a tag",
    "partial-name": "<pre-release> builds and <divider> lines",
    "empty": "",
}


@pytest.mark.parametrize("text", HTML_POSITIVE.values(), ids=HTML_POSITIVE.keys())
def test_looks_like_html_positive(text: str) -> None:
    assert looks_like_html(text)


@pytest.mark.parametrize("text", HTML_NEGATIVE.values(), ids=HTML_NEGATIVE.keys())
def test_looks_like_html_negative(text: str) -> None:
    assert not looks_like_html(text)


def test_looks_like_html_only_sniffs_the_start() -> None:
    assert not looks_like_html("x" * HTML_SNIFF_CHARS + "<p>late</p>")


@pytest.mark.parametrize(
    "lead",
    ["\n" * 5000, " \r\n\t" * 2000, "<!-- " + "build 42 " * 600 + "-->\n", "\n<!-- a -->\n" * 600],
    ids=["blank lines", "white space", "a long comment", "many comments"],
)
def test_looks_like_html_after_leading_white_space_and_comments(lead: str) -> None:
    assert len(lead) > HTML_SNIFF_CHARS
    assert looks_like_html(lead + "<!DOCTYPE html><html><body><p>Text</p></body></html>")
    assert not looks_like_html(lead + "Plain text, flattened. " * 200)


def test_looks_like_html_an_unclosed_leading_comment_hides_nothing() -> None:
    assert looks_like_html("<!-- no end <p>Text</p>")
    assert not looks_like_html("<!-- no end " + "x" * HTML_SNIFF_CHARS + "<p>late</p>")


def test_looks_like_html_inline_fragment() -> None:
    assert looks_like_html("<strong>Breaking:</strong> markets <em>fall</em> sharply")


# --- limits: flatten, bulk removal, attribute pruning ----------------------------------------


def test_flatten_unwraps_only_below_the_depth() -> None:
    flat = flatten("<div><div><p>a</p></div></div><p>b</p>", 1)
    assert flat == "<div><br><br>a<br><br></div><p>b</p>"


def test_void_elements_libxml2_nests_are_closed_when_flattened() -> None:
    """libxml2 nests what follows a `<wbr>` (or `<embed>`, `<source>`, `<track>`) inside it:
    3,000 break hints in a long word nested the article beyond its depth limit, and `flatten`,
    counting them void, unwrapped nothing: the article was lost."""
    page = "<body><p>" + "x<wbr>" * 3000 + "</p><article><p>The article.</p></article></body>"
    parsed = parse_page(page)
    assert parsed.notes  # libxml2 stopped at its depth limit, the page was flattened
    assert "The article." in _text(parsed.root)
    assert flatten("<p>a<wbr>b<source src=x>c<wbr/>d</p>", 8) == (
        "<p>a<wbr />b<source src=x />c<wbr/>d</p>"
    )


def test_flatten_skips_raw_text_and_comments() -> None:
    text = "İİ<div><script>if (a<b) {}</script><!-- <div> --><span>x</span></div>"
    flat = flatten(text, 1)
    assert "<script>if (a<b) {}</script>" in flat
    assert "<!-- <div> -->" in flat
    assert "<span>" not in flat


def test_remove_bulk_keeps_json_ld_and_text() -> None:
    text = (
        "İ<!-- c --><script>var x = '<p>';</script><STYLE>p{}</Style>"
        '<script type="application/ld+json">{"a": 1}</script><svg><path/></svg>'
        "<img src='data:image/png;base64," + "A" * 1000 + "'><br><br><br><br><p>kept</p>"
    )
    assert remove_bulk(text) == (
        'İ<script type="application/ld+json">{"a": 1}</script>'
        "<img src='data:,'><br><br><p>kept</p>"
    )


def test_remove_bulk_keeps_json_ld_within_its_budget() -> None:
    """Megabytes of JSON-LD in the head used up max_markup_chars before the body."""
    script = '<script type="application/ld+json">{"a": "%s"}</script>'
    fits = script % ("x" * (JSON_LD_BUDGET_CHARS // 2 - 100))
    huge = script % ("y" * JSON_LD_BUDGET_CHARS)
    assert remove_bulk(fits + huge + "<p>kept</p>") == fits + "<p>kept</p>"
    assert remove_bulk(fits + fits + fits + "<p>kept</p>") == fits + fits + "<p>kept</p>"


def test_remove_bulk_empties_only_attribute_values_longer_than_any_text() -> None:
    state = "{&quot;topic&quot;: 1}" * (LONG_VALUE_CHARS // 20)
    short = "x" * (LONG_VALUE_CHARS - 1)
    text = (
        f"<div data-preloaded='{state}'></div><meta content=\"{short}\">"
        f'<p class="a">He said "{state}"</p>'
    )
    assert remove_bulk(text) == (
        f'<div data-preloaded=""></div><meta content="{short}"><p class="a">He said "{state}"</p>'
    )


def test_a_tag_with_too_many_attributes_is_cut() -> None:
    attributes = " ".join(f"a{i}=x" for i in range(MAX_ATTRIBUTES * 4))
    root = parse(f"<div id=keep {attributes}>text</div>")
    div = root.find(".//div")
    assert div is not None
    assert div.get("id") == "keep"
    assert len(div.attrib) == MAX_ATTRIBUTES


def test_markup_after_an_early_end_of_document_is_read() -> None:
    # a header template that closes the document before the article: libxml2 alone drops
    # everything after </html>; browsers read it
    root = parse("<html><body><nav>Menu</nav></body></html>\n<div><p>The article.</p></div>")
    assert root.findtext(".//p") == "The article."


def test_long_tags_with_few_attributes_are_left_as_they_are() -> None:
    text = f"<p><img alt=x src='data:image/png;base64,{'A' * 10_000}'>text</p>" * 3
    assert _prune_long_tags(text) is text
    many = " ".join(f"a{i}=x" for i in range(MAX_ATTRIBUTES * 2))
    pruned = _prune_long_tags(f"<p>before</p><div {many}>{text}</div>")
    assert pruned.startswith("<p>before</p><div a0=x ") and pruned.endswith(f"{text}</div>")


def test_parse_page_notes_what_it_changed() -> None:
    parsed = parse_page("<div>" * 3000 + "deep" + "</div>" * 3000 + "<p>after</p>", 100_000)
    assert parsed.notes == (f"elements nested deeper than {MAX_NESTING} unwrapped",)
    assert "after" in _text(parsed.root)
    assert parse_page("<p>x</p>" * 10, 20).notes == ("markup cut at 20 of 80 characters",)


def test_ids_are_read_but_not_indexed() -> None:
    """libxml2 keeps no table of ids (nothing asks `id()`), and a page repeating an id, which
    it would log as an error, still has its depth limit noticed."""
    root = parse('<p id="a">x</p><p id="a">y</p>')
    assert [p.get("id") for p in root.iter("p")] == ["a", "a"]
    assert root.xpath("id('a')") == []
    deep = "<div>" * 3000 + "deep" + "</div>" * 3000
    parsed = parse_page('<p id="a">x</p><p id="a">y</p>' + deep, 100_000)
    assert parsed.notes == (f"elements nested deeper than {MAX_NESTING} unwrapped",)


_OLD_LONG_TAG = re.compile(rf"<[a-zA-Z][^<>]{{{LONG_TAG_CHARS},}}>")
_OLD_LONG_TAG_SPAN = re.compile(rf"<[a-zA-Z][^>]{{{LONG_TAG_CHARS},}}>")
"""The regex scans `_long_tags` replaced: it must find the same long tags."""


def _old_long_tags(text: str) -> list[tuple[int, int]]:
    return [
        match.span()
        for span in _OLD_LONG_TAG_SPAN.finditer(text)
        for match in _OLD_LONG_TAG.finditer(text, span.start(), span.end())
    ]


@pytest.mark.parametrize(
    "text",
    [
        *(
            f"<p>{'x' * before}</p><img src='{'A' * size}'>text<p>after</p>"
            for before in (0, 1, 2047, 2048, 2049, 5000)
            for size in (LONG_TAG_CHARS - 9, LONG_TAG_CHARS - 8, LONG_TAG_CHARS - 7, 9000)
        ),
        "<b>" + "x" * 9000 + "<img " + "a" * 5000 + ">",  # long text, then a long tag
        "<b>" + "y<z " * 3000 + ">",  # `<` + letter far from the next `>`
        "<b>" + "x" * 3000 + "y<z " * 1000 + ">",  # ... but too near it
        "x" * 10_000,
        "<a" * 5000,  # no `>` at all
        "<1" + "x" * 5000 + "><a" + "b" * 5000 + ">",  # `<` without a letter opens nothing
        "<a" + "b" * 5000 + "<1" + "c" * 5000 + ">",  # ... nor lets one before it reach `>`
        "<a" + "b" * 5000 + "<i" + "c" * 5000 + ">",  # the last `<` of a run begins the tag
        "<a" + "b" * 5000 + "<i" + "c" * 50 + ">",  # ... only if long enough
    ],
)
def test_long_tags_are_what_the_regex_scans_found(text: str) -> None:
    assert list(_long_tags(text)) == _old_long_tags(text)


def test_long_tag_scan_is_linear_on_lt_signs_that_never_close() -> None:
    # the regex scan read from every `<` + letter to the end: 80,000 of them took 4.6 s
    assert list(_long_tags("<p>" + "i<n " * 1_000_000)) == []
    assert list(_long_tags("<p>" + "i<n " * 1_000_000 + ">")) == []


HOSTILE_BYTES = [
    codecs.BOM_UTF8 + "<html><body><p>Café au lait</p></body></html>".encode(),
    "<html><body><p>Straße\x00 und mehr</p></body></html>".encode(),
    "<html><body><p>Stra\xdfe ".encode() + b"\xff\xfe ok</p></body></html>",
    '<html><head><meta charset="windows-1251"></head><body><p>Привет</p></body></html>'.encode(
        "cp1251"
    ),
    "<?xml version='1.0' encoding='utf-8'?><html><body><p>Ελληνικά</p></body></html>".encode(),
    "<html><body><p>Кириллица</p></body></html>\n<div><p>after — the end</p></div>".encode(),
    "<html><body><p>日本語</p></body></HTML >  \n</html>\n".encode(),
    ("<p>x</p><img alt='й' " + " ".join(f"a{i}=x" for i in range(300)) + ">").encode(),
]
"""A BOM, a NUL, invalid UTF-8, a legacy charset, an XML declaration, markup after an early
`</html>`, an `</html>` followed by white space only, a tag cut to `MAX_ATTRIBUTES`."""


@pytest.mark.parametrize("page", HOSTILE_BYTES)
def test_the_page_bytes_give_the_tree_its_text_gives(page: bytes) -> None:
    decoded = decode(page)
    by_bytes = parse_page(decoded.text, None, decoded.utf8).root
    assert etree.tostring(by_bytes) == etree.tostring(parse_page(decoded.text).root)


def test_the_bytes_are_parsed_only_while_they_encode_the_text() -> None:
    # a caller's bytes stand for the text while no pre-pass changed it ...
    assert parse_page("<p>text</p>", None, b"<p>bytes</p>").root.findtext(".//p") == "bytes"
    # ... and are set aside once one did (here: a NUL removed)
    nul = parse_page("<p>te\x00xt</p>", None, b"<p>by\x00tes</p>").root
    assert nul.findtext(".//p") == "text"


def test_an_early_end_of_document_is_removed_from_text_and_bytes_alike() -> None:
    text = "<p>Кириллица</p></html>\n<p>after — the end</p></HTML>\n"
    kept, raw = _without_early_end(text, text.encode())
    assert kept == "<p>Кириллица</p>\n<p>after — the end</p>\n"
    assert raw == kept.encode()
    assert _without_early_end(kept, None) == (kept, None)
    ended = "<p>Кириллица</p></html >\n"
    utf8 = ended.encode()
    assert _without_early_end(ended, utf8)[0] is ended
    assert _without_early_end(ended, utf8)[1] is utf8


def test_a_page_without_text_after_html_end_tag_parses_as_before() -> None:
    root = parse("<html><body><p>Only this.</p></body></html>\n")
    assert [element.tag for element in root.iter()] == ["html", "body", "p"]


def test_streamed_html_reads_text_rows_of_a_nextjs_payload() -> None:
    fragment = "<p class='editor-p'>Der Text des Artikels, für alle.</p>"
    row = f'24:T{len(fragment.encode()):x},{fragment}\n25:["$","div",null,{{}}]'
    page = f"<script>self.__next_f.push([1,{json.dumps(row)}])</script>"
    assert streamed_html(page) == fragment


def test_streamed_html_is_none_without_html_rows() -> None:
    row = '24:T5,Hallo\n25:["$","div",null,{}]'
    assert streamed_html(f"<script>self.__next_f.push([1,{json.dumps(row)}])</script>") is None
    assert streamed_html("<html><body><p>An ordinary page.</p></body></html>") is None


OUT_OF_MEMORY_CHILD = """
import resource, sys
from cleantext.parse import parse
page = "<html><body>" + "<div>x</div>" * 150_000 + "</body></html>"
sizes = dict(line.split(":", 1) for line in open("/proc/self/status"))
used = int(sizes["VmSize"].split()[0]) * 1024
resource.setrlimit(resource.RLIMIT_AS, (used + (16 << 20), resource.RLIM_INFINITY))
try:
    parse(page)
except MemoryError:
    sys.exit(3)
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="RLIMIT_AS and /proc")
def test_libxml2_out_of_memory_raises_memory_error_not_an_empty_page() -> None:
    """Under a memory cap (the CLI's --max-memory) libxml2 fails an allocation and lxml gives
    no tree; that must not pass for a page with no text (exit 0, empty output)."""
    child = subprocess.run([sys.executable, "-c", OUT_OF_MEMORY_CHILD], check=False)
    assert child.returncode == 3


LONG_CLASSES = " ".join(f"u-{n}" for n in range(1000))
LONG_FIRST_TAGS = {
    "html, classes and json": (
        f'<html lang=en class="{LONG_CLASSES}" data-x=\'{{"a": "<b>"}}\'><head><title>T'
    ),
    "div, inline style": '<div style="' + "color: red; " * 300 + '" hidden>Text</div>',
    "self-closing img": '<img alt="x" src="data:image/png;base64,' + "iVBORw0KGgo" * 300 + '"/>',
    "a value past the window": '<html data-state="' + "{&quot;k&quot;:1}" * 1000 + '">',
    "the window ends between attributes": '<div id=main class="a" ' + 'data-x="y" ' * 500,
}
NOT_LONG_FIRST_TAGS = {
    "prose in angle brackets": "<b " + "word " * 300 + "> and more",
    "prose never closed": "<b " + "word " * 3000,
    "unknown tag": '<divider class="' + "x " * 900 + '">',
    "bare names only": "<div " + "a " * 3000 + ">",
    "no quoted value": "<div " + "a=b " * 600 + ">",
}


@pytest.mark.parametrize("text", LONG_FIRST_TAGS.values(), ids=LONG_FIRST_TAGS.keys())
def test_looks_like_html_a_long_first_tag(text: str) -> None:
    """A start tag of well-formed attributes, one of them quoted, that fills the sniff window
    (no other tag starts in it) or runs past it, marks HTML."""
    assert len(text) > 500
    assert looks_like_html(text)


@pytest.mark.parametrize("text", NOT_LONG_FIRST_TAGS.values(), ids=NOT_LONG_FIRST_TAGS.keys())
def test_looks_like_html_a_long_run_that_is_no_tag(text: str) -> None:
    assert not looks_like_html(text)


SNIFF_SECONDS = 0.05
"""CPU time a sniff may take on any start (about 1 ms on the worst of these, measured)."""


@pytest.mark.parametrize(
    "text",
    [
        '<div class="' + "x" * 10_000_000,
        "<p a='<p b=\"" * 100_000,
        '<p a="<p a=" b="' * 100_000,
        "<div " + "a " * 1_000_000,
        'i<p x="y" ' * 100_000,
    ],
    ids=[
        "a 10 MB unclosed value",
        "nested open quotes",
        "quotes inside values",
        "1m names",
        "tags never closed",
    ],
)
def test_looks_like_html_is_linear_on_hostile_starts(text: str) -> None:
    """The long-tag pattern is possessive throughout and reads the sniff window only."""
    start = time.process_time()
    looks_like_html(text)
    assert time.process_time() - start < SNIFF_SECONDS
