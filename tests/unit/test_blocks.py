"""The tokenizer: blocks cut from an HTML tree (tokenize) and from plain text (tokenize_text)."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from lxml import etree

from cleantext import blocks
from cleantext._text import strip_unwanted
from cleantext.blocks import MAX_PARAGRAPH_CHARS, PATH_DEPTH, RawBlock, tokenize, tokenize_text
from cleantext.heuristics.phrases import SENTENCE_END_RE
from cleantext.heuristics.tags import SCRIPT_TAGS, SKIP_TAGS
from cleantext.heuristics.thresholds import Thresholds
from cleantext.parse import parse
from cleantext.result import BlockKind, Label

LIMITS = Thresholds()


def _blocks(html: str) -> list[RawBlock]:
    return tokenize(parse(html), LIMITS).blocks


def _texts(html: str) -> list[str]:
    return [block.text for block in _blocks(html)]


def _only(html: str) -> RawBlock:
    blocks = _blocks(html)
    assert len(blocks) == 1, [block.text for block in blocks]
    return blocks[0]


# --- cutting ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("html", "texts"),
    [
        (
            "<div>One <b>two</b> three<p>Para <a href=x>link</a> end</p>tail</div>",
            ["One two three", "Para link end", "tail"],
        ),
        ("<p>a</p><p>b</p>", ["a", "b"]),
        ("<h1>Title</h1>Loose text<div>Block</div>", ["Title", "Loose text", "Block"]),
        ("<ul><li>one</li><li>two</li></ul>", ["one", "two"]),
        ("<table><tr><td>a</td><td>b</td></tr></table>", ["a", "b"]),
        ("<p>   </p><p>x</p>", ["x"]),
        ("", []),
    ],
    ids=["nested", "siblings", "loose-text", "list", "table-cells", "blank-paragraph", "empty"],
)
def test_blocks_are_cut_at_block_tags(html: str, texts: list[str]) -> None:
    assert _texts(html) == texts


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("<p>One <b>two</b> <i>three</i> <span>four</span></p>", "One two three four"),
        ("<p>before<code>x = 1</code>after</p>", "beforex = 1after"),
        (
            "<p>A <a href='x'>link</a>, <em>then</em> <strong>more</strong>.</p>",
            "A link, then more.",
        ),
        ("<p>  spaced \n\t out  </p>", "spaced out"),
    ],
    ids=["inline-tags", "code-span", "punctuation", "whitespace-collapsed"],
)
def test_inline_text_stays_in_one_block(html: str, text: str) -> None:
    assert _only(html).text == text


def test_a_block_tag_styled_inline_does_not_cut_the_line() -> None:
    # a browser extension's badge <div> inside a citation: shown within the sentence
    html = (
        '<li><cite>Fischer, Russ. <a href="x">Time Loop</a><div style="display: '
        '-webkit-inline-box"><div class="shield"></div></div>. Slashfilm.</cite></li>'
    )
    assert _texts(html) == ["Fischer, Russ. Time Loop. Slashfilm."]
    assert _texts("<p>One<div style='display: block'></div>two</p>") == ["One", "two"]
    assert _texts("<div>One<div>x</div>two</div>") == ["One", "x", "two"]


@pytest.mark.parametrize(
    ("html", "link_chars", "density"),
    [
        ("<p>no links here</p>", 0, 0.0),
        ("<p><a href=x>all link</a></p>", 8, 1.0),
        ("<p>A <a href=x>bb</a> <a>ccc</a></p>", 5, 5 / 8),
        ("<p>Para <a href=x>link</a> end</p>", 4, 4 / 13),
        ("<p><a href=x>In the\n        Loop</a>. 24 August 2021.</p>", 11, 11 / 28),
        ("<p><a href=x>In the Loop</a>. 24 August 2021.</p>", 11, 11 / 28),
        ("<p><a name=intro>Named anchor</a></p>", 0, 0.0),
        ("<p><a name=intro href=x>Named link</a></p>", 10, 1.0),
        ("<p><a name='#'>Script link</a></p>", 11, 1.0),
        ("<p><a role=button>Script link</a></p>", 11, 1.0),
    ],
    ids=[
        "none",
        "all",
        "two-links",
        "one-link",
        "link-text-wrapped-in-source",
        "one-line",
        "named-anchor-is-no-link",
        "named-link",
        "placeholder-name-is-a-link",
        "script-link",
    ],
)
def test_link_characters_are_counted(html: str, link_chars: int, density: float) -> None:
    block = _only(html)
    assert block.link_chars == link_chars
    assert block.link_density == pytest.approx(density)


@pytest.mark.parametrize(
    ("html", "texts"),
    [
        ("<p>first<br><br>second</p>", ["first", "second"]),
        ("<p>first<br> <br>second</p>", ["first", "second"]),
        ("<div>one<br/><br/>two<br/><br/>three</div>", ["one", "two", "three"]),
        ("<p>a<br>b</p>", ["a b"]),
    ],
    ids=["double-br", "double-br-with-space", "three-paragraphs", "single-br-joins"],
)
def test_double_line_break_ends_a_block(html: str, texts: list[str]) -> None:
    assert _texts(html) == texts


def test_pre_keeps_newlines() -> None:
    block = _only("<pre>def f():\n    return 1\n\nprint(f())</pre>")
    assert block.kind is BlockKind.CODE
    assert block.text.split("\n") == ["def f():", "    return 1", "", "print(f())"]


def test_br_inside_pre_is_a_newline() -> None:
    assert _only("<pre>a<br>b</pre>").text == "a\nb"


@pytest.mark.parametrize("html", ["<br><pre>lyrics\nverse</pre>", "<br><pre><font>lyrics\nverse"])
def test_a_line_break_before_a_pre_loses_none_of_its_text(html: str) -> None:
    block = _only(html)
    assert block.kind is BlockKind.CODE and block.text == "lyrics\nverse"


def test_a_line_break_between_lines_still_splits_them() -> None:
    blocks = _blocks("<div><br>Title<br>Posted 15th February 2005</div>")
    assert [block.text for block in blocks] == ["Title", "Posted 15th February 2005"]


# --- kinds -----------------------------------------------------------------------------------

KINDS = {
    "h1": ("<h1>Title</h1>", BlockKind.HEADING, 1),
    "h3": ("<h3>Sub</h3>", BlockKind.HEADING, 3),
    "heading-with-inline": ("<h2><span>Part</span> two</h2>", BlockKind.HEADING, 2),
    "paragraph": ("<p>Text</p>", BlockKind.PARAGRAPH, 0),
    "list-item": ("<ul><li>one</li></ul>", BlockKind.LIST_ITEM, 1),
    "nested-list-item": ("<ul><li><ol><li>two</li></ol></li></ul>", BlockKind.LIST_ITEM, 2),
    "definition-term": ("<dl><dt>term</dt></dl>", BlockKind.LIST_ITEM, 1),
    "quote": ("<blockquote>quoted</blockquote>", BlockKind.QUOTE, 0),
    "code": ("<pre>x = 1</pre>", BlockKind.CODE, 0),
    "table-cell": ("<table><tr><td>cell</td></tr></table>", BlockKind.TABLE, 0),
    "table-caption": (
        "<table><caption>cap</caption><tr><td>c</td></tr></table>",
        BlockKind.CAPTION,
        0,
    ),
    "figcaption": (
        "<figure><img src=x><figcaption>fig</figcaption></figure>",
        BlockKind.CAPTION,
        0,
    ),
    "wordpress-caption": (
        "<div class='wp-caption'><img src=x><p class='wp-caption-text'>EPA</p></div>",
        BlockKind.CAPTION,
        0,
    ),
    "wordpress-caption-in-a-list": (
        "<dl class='wp-caption'><dt><img src=x></dt><dd class='wp-caption-dd'>EPA</dd></dl>",
        BlockKind.CAPTION,
        0,
    ),
}

NESTED_CAPTION = (
    "<article><div class='media-caption'><span class='media-caption__text'>A pier</span>"
    "</div></article>"
)


@pytest.mark.parametrize(
    ("html", "kind"),
    [
        ("<article><div class='wp-caption-text'>A pier</div></article>", BlockKind.CAPTION),
        (NESTED_CAPTION, BlockKind.CAPTION),
        ("<article><p class='Bildunterschrift'>Ein Pier</p></article>", BlockKind.CAPTION),
        ("<div class='image-caption'>A pier</div>", BlockKind.PARAGRAPH),
        ("<div class='wp-caption-text'>A pier</div>", BlockKind.CAPTION),
        ("<article><p class='captioned-story'>A pier</p></article>", BlockKind.PARAGRAPH),
        ("<article><p id='caption'>A pier</p></article>", BlockKind.PARAGRAPH),
    ],
    ids=[
        "wordpress",
        "nested",
        "german",
        "outside-an-article",
        "wordpress-anywhere",
        "not-a-whole-token",
        "id-not-class",
    ],
)
def test_a_caption_class_inside_the_article_makes_a_caption(html: str, kind: BlockKind) -> None:
    assert _only(html).kind is kind


def test_only_the_wordpress_caption_is_a_caption() -> None:
    html = "<div class='wp-caption'><p class='wp-caption-text'>EPA</p></div><p class='x'>Text</p>"
    assert [block.kind for block in _blocks(html)] == [BlockKind.CAPTION, BlockKind.PARAGRAPH]


@pytest.mark.parametrize(("html", "kind", "level"), KINDS.values(), ids=KINDS.keys())
def test_kinds(html: str, kind: BlockKind, level: int) -> None:
    block = _blocks(html)[0]
    assert (block.kind, block.level) == (kind, level)


# --- skipped subtrees ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "html",
    [
        "<script>var secret = 1;</script>",
        "<style>p { color: red }</style>",
        "<noscript>enable js</noscript>",
        "<template><p>secret</p></template>",
        "<p hidden>secret</p>",
        "<p style='display:none'>secret</p>",
        "<div aria-hidden='true'><p>secret</p></div>",
        "<span class='sr-only'>secret</span>",
        "<select><option>secret</option></select>",
    ],
    ids=[
        "script",
        "style",
        "noscript",
        "template",
        "hidden",
        "display-none",
        "aria-hidden",
        "sr-only",
        "select",
    ],
)
def test_unseen_subtrees_are_skipped(html: str) -> None:
    assert _texts(f"<body><p>before</p>{html}<p>after</p></body>") == ["before", "after"]


def test_a_collapsed_faq_answer_is_text() -> None:
    html = (
        "<div class='faq'><h3>Is it free?</h3>"
        "<div class='faq__answer' style='display: none;'><p>Yes, always.</p></div>"
        "<div class='accordion-body' hidden><p>No fees at all.</p></div></div>"
    )
    assert _texts(html) == ["Is it free?", "Yes, always.", "No fees at all."]


def test_article_text_a_paywall_hides_is_text() -> None:
    html = (
        "<p>The keynote promised a new search box.</p>"
        "<p class='paywall' aria-hidden='true'>That is heady and maybe hyperbole.</p>"
        "<p aria-hidden='true'>Decorative duplicate.</p>"
    )
    assert _texts(html) == [
        "The keynote promised a new search box.",
        "That is heady and maybe hyperbole.",
    ]


def test_a_hidden_tab_panel_is_still_skipped() -> None:
    html = "<p>Shown.</p><div role='tabpanel' class='tab-pane' hidden><p>Warranty.</p></div>"
    assert _texts(html) == ["Shown."]


def test_a_panel_a_disclosure_button_opens_is_text() -> None:
    html = (
        "<h3><button aria-expanded='false' aria-controls='a1 a2'>Is it free?</button></h3>"
        "<div id='a1' hidden aria-hidden='true'><p>Yes, always.</p></div>"
        "<div id='a2' style='display:none'><p>No fees at all.</p></div>"
        "<button data-expanded='false' aria-controls='a3'>Can I cancel?</button>"
        "<div id='a3' hidden><p>At any time.</p></div>"
    )
    assert _texts(html) == ["Yes, always.", "No fees at all.", "At any time."]


@pytest.mark.parametrize(
    ("control", "texts"),
    [
        ("<a href='#a1' aria-controls='a1'>Toggle</a>", ["Toggle", "Yes, always."]),
        ("<i class='icon' aria-controls='a1'></i>", ["Yes, always."]),
        ("<i class='icon' role='tab' aria-controls='a1'></i>", []),
    ],
    ids=["a-link-with-text", "an-empty-icon", "an-empty-tab"],
)
def test_every_kind_of_element_may_open_a_panel(control: str, texts: list[str]) -> None:
    """The walk reads a control's panels both from an element it opens and from one it passes
    by (empty, or skipped like a button), which it reads no other attribute of."""
    assert _texts(f"{control}<div id='a1' hidden><p>Yes, always.</p></div>") == texts


_METHODOLOGY = "The calculator's results come from a Monte Carlo simulation of returns."


@pytest.mark.parametrize(
    "control",
    [
        (
            "<div><a class='show-hide-open' aria-expanded='false'>Methodology</a></div>"
            "<div class='hide' aria-hidden='true'><p>{}</p></div>"
        ),
        (
            "<a aria-expanded='false'>Methodology</a><!-- panel -->"
            "<div style='display:none'><p>{}</p></div>"
        ),
        "<h3><button aria-expanded='false'></button></h3><div hidden><p>{}</p></div>",
    ],
    ids=["after-the-wrapper", "after-the-button", "after-an-empty-button"],
)
def test_the_panel_after_a_collapsed_button_naming_none_is_text(control: str) -> None:
    """WAI-ARIA's disclosure pattern puts the panel right after its button (or after the
    heading or `<div>` holding it) when the button names none in `aria-controls`."""
    assert _METHODOLOGY in _texts(control.format(_METHODOLOGY))


@pytest.mark.parametrize(
    "html",
    [
        "<button aria-expanded='false'>Menu</button><div class='menu hidden'><p>{}</p></div>",
        "<button aria-expanded='false'>Save</button><div class='hidden'><p>Read Later</p></div>",
        "<button aria-expanded='true'>Close</button><div hidden><p>{}</p></div>",
        "<button role='tab' aria-expanded='false'>Specs</button><div hidden><p>{}</p></div>",
        "<button aria-expanded='false'>Open</button><div class='sr-only'><p>{}</p></div>",
    ],
    ids=["a-menu", "a-tooltip", "an-open-button", "a-tab", "screen-reader-text"],
)
def test_other_elements_after_a_collapsed_button_stay_hidden(html: str) -> None:
    texts = _texts(html.format(_METHODOLOGY))
    assert _METHODOLOGY not in texts
    assert "Read Later" not in texts


@pytest.mark.parametrize(
    "button",
    [
        "<button role='tab' aria-selected='false' aria-controls='p1'>Warranty</button>",
        "<button aria-controls='other'>Open</button>",
        "",
    ],
    ids=["tab", "controls-another-panel", "no-button"],
)
def test_other_hidden_panels_are_still_skipped(button: str) -> None:
    html = f"<p>Shown.</p>{button}<div id='p1' hidden><p>Warranty terms.</p></div>"
    assert _texts(html) == ["Shown."]


def test_a_title_misplaced_in_the_body_is_not_text() -> None:
    assert _texts("<body><text><title>Site - Page</title><p>Body text</p></text></body>") == [
        "Body text"
    ]


def test_a_button_label_is_skipped() -> None:
    assert _texts("<p>before</p><button><span>Menu</span><p>Close</p></button><p>after</p>") == [
        "before",
        "after",
    ]


def test_an_unclosed_button_wrapping_the_page_is_walked() -> None:
    # libxml2 nests everything after an unclosed <button> inside it
    html = "<button><svg></svg><main><p>one</p><p>two</p><p>three</p></main></button>"
    assert _texts(html) == ["one", "two", "three"]


def test_the_fallback_content_of_a_plugin_object_is_text() -> None:
    # no browser runs Flash any more: each shows the <object>'s fallback content instead
    html = (
        "<object data='player.swf' type='application/x-shockwave-flash'>"
        "<param name='movie' value='player.swf'><p>The caption of the video.</p></object>"
    )
    assert _texts(f"<p>before</p>{html}<p>after</p>") == [
        "before",
        "The caption of the video.",
        "after",
    ]


def test_mathml_is_text_but_not_its_source_annotation() -> None:
    math = (
        "<math><semantics><mrow><mi>a</mi><mo>≠</mo><mn>0</mn></mrow>"
        "<annotation encoding='application/x-tex'>a \\neq 0</annotation></semantics></math>"
    )
    assert _texts(f"<p>When {math}, there are two solutions.</p>") == [
        "When a≠0, there are two solutions."
    ]


def test_tail_text_of_a_skipped_element_is_kept() -> None:
    assert _texts("<p>one <script>x()</script>two</p>") == ["one two"]


def test_an_element_holding_nothing_gets_no_node_and_keeps_its_tail() -> None:
    tokens = tokenize(
        parse(
            '<p>one<img src="a.png" class="ad"><span class="icon"></span> two<a name="x"></a></p>'
        ),
        LIMITS,
    )
    assert [node.tag for node in tokens.nodes] == ["html", "body", "p"]
    assert [block.text for block in tokens.blocks] == ["one two"]
    assert tokens.blocks[0].container_noise == ()


def test_an_element_holding_text_or_a_space_or_ending_a_block_gets_a_node() -> None:
    tokens = tokenize(
        parse('<p>a<span class="x"> </span>b<i class="y">c</i></p><hr class="z">d'), LIMITS
    )
    assert [node.tag for node in tokens.nodes] == ["html", "body", "p", "span", "i", "hr"]
    assert [block.text for block in tokens.blocks] == ["a bc", "d"]


def test_hidden_xs_is_not_skipped() -> None:
    assert _texts("<div class='hidden-xs'>shown on large screens</div>") == [
        "shown on large screens"
    ]


# --- noise and article -----------------------------------------------------------------------


def test_container_noise_is_inherited() -> None:
    block = _only("<div class='share-bar'><div><p>deep inside</p></div></div>")
    assert [verdict.label for _, verdict in block.container_noise] == [Label.SHARE]


def test_a_syntax_highlighters_token_classes_are_not_furniture() -> None:
    code = (
        "<pre class='language-c'><code>"
        "<span class='token comment'>// add.c</span>\nint x;</code></pre>"
    )
    assert _only(code).container_noise == ()


def test_furniture_around_code_still_counts() -> None:
    block = _only("<div class='comments'><pre><span class='comment'>int x;</span></pre></div>")
    assert [verdict.label for _, verdict in block.container_noise] == [Label.COMMENTS]


def test_a_hidden_element_inside_code_stays_hidden() -> None:
    assert _only("<pre>int x;<span class='sr-only'>Copy</span></pre>").text == "int x;"


@pytest.mark.parametrize(
    ("html", "judged"),
    [
        # the id of a section or heading is the slug of its heading: a link target
        (
            (
                "<section id='sign-up-for-twilio-and-get-a-number-section'><div><h2 "
                "id='sign-up-for-twilio-and-get-a-number'>Sign up for Twilio and get a number"
                "</h2></div><p>Open the console.</p></section>"
            ),
            False,
        ),
        (
            (
                "<h2 id='what-share-of-adults-report-poor-health'>What share of adults report "
                "poor health?</h2>"
            ),
            False,
        ),
        # a widget's name: not the heading's words, or too few words to be a sentence's slug
        (
            (
                "<section id='newsletter-signup-form-section-wrapper'><h2>Get our weekly "
                "digest</h2><p>Every Friday.</p></section>"
            ),
            True,
        ),
        ("<section id='related-posts'><h2>Related posts</h2><p>Ten tips.</p></section>", True),
    ],
)
def test_a_heading_slug_id_is_not_a_widget_name(html: str, judged: bool) -> None:
    blocks = _blocks(html)
    assert all(bool(block.container_noise) is judged for block in blocks)


@pytest.mark.parametrize(
    ("html", "judged"),
    [
        # where readers write: a comment form's labels and notices
        (
            (
                "<form><p>Remember Me?</p><p><textarea></textarea></p>"
                "<p>Allowed HTML: &lt;a&gt; &lt;em&gt;</p></form>"
            ),
            True,
        ),
        # a search box or a login form holds no text box
        ("<form><p>Search the archive</p><input name='q'></form>", False),
        # a page wrapped in one form (ASP.NET) with a comment box somewhere inside
        (
            "<form id='aspnetForm'><article><p>"
            + "The story goes on. " * 120
            + "</p></article><textarea></textarea></form>",
            False,
        ),
    ],
)
def test_a_form_with_a_text_box_is_a_comment_form(html: str, judged: bool) -> None:
    blocks = _blocks(html)
    assert blocks
    assert all(
        bool(block.container_noise) is judged
        and all(verdict.label is Label.COMMENTS for _, verdict in block.container_noise)
        for block in blocks
    )


def test_container_noise_innermost_last() -> None:
    block = _only("<footer><div class='comments'><p>a comment</p></div></footer>")
    assert [verdict.label for _, verdict in block.container_noise] == [Label.CHROME, Label.COMMENTS]


def test_article_landmarks_are_not_noise_inside_the_article() -> None:
    blocks = _blocks(
        "<nav><a href=/>Home</a></nav>"
        "<article><header><h1>Head</h1></header><p>Body text</p><footer>by line</footer></article>"
        "<footer>site footer</footer>"
    )
    summary = {b.text: (b.in_article, [v.label for _, v in b.container_noise]) for b in blocks}
    assert summary == {
        "Home": (False, [Label.MENU]),
        "Head": (True, []),
        "Body text": (True, []),
        "by line": (True, []),
        "site footer": (False, [Label.CHROME]),
    }


@pytest.mark.parametrize(
    "html",
    [
        (
            "<header{}><p>site name</p></header><article><header{}><p>Head</p></header>"
            "</article><header{}><p>site tools</p></header>"
        ),
        (
            "<article><header{}><p>Head</p></header></article><header{}><p>site name</p>"
            "</header><article><header{}><p>Head</p></header></article>"
        ),
    ],
    ids=["outside-first", "inside-first"],
)
def test_an_element_without_attributes_is_judged_for_its_side_of_the_article(html: str) -> None:
    # the walk remembers such an element's judgement by tag and side: a <header> is furniture
    # outside the article and the article's own inside it, whichever the walk meets first
    blocks = _blocks(html.format("", "", ""))
    assert len(blocks) == 3
    for block in blocks:
        assert bool(block.container_noise) is (not block.in_article), block.text


@pytest.mark.parametrize(
    ("depth", "path"),
    [
        (1, "div"),
        (PATH_DEPTH - 1, ">".join(["body"] + ["div"] * (PATH_DEPTH - 2))),
        (PATH_DEPTH, ">".join(["body"] + ["div"] * (PATH_DEPTH - 1))),
        (PATH_DEPTH + 1, ">".join(["…"] + ["div"] * PATH_DEPTH)),
    ],
)
def test_a_block_path_names_at_most_path_depth_elements(depth: int, path: str) -> None:
    root = element = etree.Element("html")
    for level in range(depth):
        element = etree.SubElement(element, "body" if level == 0 and depth > 1 else "div")
    element.text = "text"
    assert _only_of(root).path() == path


def _only_of(root: etree._Element) -> RawBlock:
    (block,) = tokenize(root, LIMITS).blocks
    return block


@pytest.mark.parametrize(
    ("text", "link_chars", "density"), [("", 0, 0.0), ("abcd", 1, 0.25), ("ab", 2, 1.0)]
)
def test_a_raw_blocks_link_density_is_set_when_it_is_made(
    text: str, link_chars: int, density: float
) -> None:
    block = RawBlock(text, BlockKind.PARAGRAPH, 0, None, link_chars=link_chars)
    assert block.link_density == density
    assert block.tokens is None and block.sentence_ends is None


@pytest.mark.parametrize(
    "html",
    [
        "<main><p>x</p></main>",
        "<div role='main'><p>x</p></div>",
        "<div class='entry-content'><div><p>x</p></div></div>",
        "<div itemprop='articleBody'><p>x</p></div>",
    ],
    ids=["main", "role-main", "entry-content", "itemprop"],
)
def test_in_article_is_inherited(html: str) -> None:
    assert _only(html).in_article


def test_outside_article() -> None:
    assert not _only("<div class='content'><p>x</p></div>").in_article


def test_text_noise_is_set() -> None:
    blocks = _blocks("<p>Advertisement</p><p>A normal sentence of prose.</p>")
    assert [b.text_noise.label if b.text_noise else None for b in blocks] == [Label.AD, None]


def test_dateline_on_its_own_line_is_cut_out() -> None:
    blocks = _blocks("<p>Title<br>Posted 15th February 2005<br>Body text goes on here.</p>")
    assert [(b.text, b.text_noise.label if b.text_noise else None) for b in blocks] == [
        ("Title", None),
        ("Posted 15th February 2005", Label.DATELINE),
        ("Body text goes on here.", None),
    ]


# --- deep trees ------------------------------------------------------------------------------


def test_deep_nesting_from_html_does_not_raise() -> None:
    html = "<p>before</p>" + "<div>" * 5000 + "deep text" + "</div>" * 5000
    tokens = tokenize(parse(html), LIMITS)
    assert tokens.blocks[0].text == "before"


def test_deep_tree_is_walked_without_recursion() -> None:
    # Built directly (libxml2's parser caps depth): the walk itself must not recurse.
    root = etree.Element("html")
    element = etree.SubElement(root, "body")
    for _ in range(5000):
        element = etree.SubElement(element, "div")
    element.text = "deep text"
    element.tail = "tail"
    tokens = tokenize(root, LIMITS)
    assert [block.text for block in tokens.blocks] == ["deep text", "tail"]
    assert len(tokens.nodes) == 5002
    assert tokens.blocks[0].path().startswith("…>")
    assert tokens.blocks[0].path().count(">") == PATH_DEPTH


# --- properties ------------------------------------------------------------------------------

FRAGMENTS = st.sampled_from(
    [
        "<p>",
        "</p>",
        "<div>",
        "</div>",
        "<br>",
        "<br/>",
        "<a href='x'>",
        "</a>",
        "<pre>",
        "</pre>",
        "<ul>",
        "<li>",
        "</li>",
        "</ul>",
        "<h2>",
        "</h2>",
        "<script>",
        "</script>",
        "<nav>",
        "</nav>",
        "<article>",
        "</article>",
        "<span hidden>",
        "</span>",
        "<b>",
        "</b>",
        "<table>",
        "<tr><td>",
        "</td>",
        "<blockquote>",
        "<!--",
        "-->",
        "&amp;",
        "&#1;",
        "&#x202e;",
        "&lt;p&gt;",
        "<",
        ">",
        " ",
        "\n",
        "\t",
        "\x00",
        "\x01",
        "\u202e",
        "\ufffe",
        "\u00a0",
        "<html>",
        "<body>",
        "<!DOCTYPE html>",
        "<div class='share-bar'>",
        "<footer>",
        "<p style='display:none'>",
    ]
)
HTMLISH = st.lists(st.one_of(FRAGMENTS, st.text(max_size=12)), max_size=40).map("".join)


@settings(max_examples=200, deadline=None)
@given(HTMLISH)
def test_tokenize_never_raises_and_blocks_are_non_empty(html: str) -> None:
    for block in tokenize(parse(html), LIMITS).blocks:
        assert block.text
        assert 0 <= block.link_chars <= len(block.text)


def _check_clean(block: RawBlock) -> None:
    text = block.text
    assert text
    assert strip_unwanted(text) == text, "control/bidi/noncharacter left in"
    if block.kind is BlockKind.CODE:
        assert text.strip("\n") == text
        assert all(line == line.rstrip() for line in text.split("\n"))
        assert text.strip()
    else:
        assert text == text.strip(), "leading/trailing whitespace"
        assert "\n" not in text


@settings(max_examples=200, deadline=None)
@given(HTMLISH)
@example("<p>\x01 a</p>")
@example("<p>a \u202e</p>")
def test_tokenize_block_texts_are_clean(html: str) -> None:
    for block in tokenize(parse(html), LIMITS).blocks:
        _check_clean(block)


@pytest.mark.parametrize(
    "html",
    [
        "<p>plain</p>",
        "<p>a\x01b</p>",
        "<p>a\u202eb</p>",
        "<pre>  x\n    y  \n\n</pre>",
        "<div>\n\n  text\n\n</div>",
    ],
    ids=["plain", "control-inside-word", "bidi-inside-word", "pre-indented", "div-newlines"],
)
def test_block_texts_are_clean(html: str) -> None:
    for block in _blocks(html):
        _check_clean(block)


@pytest.mark.parametrize(
    "html",
    [
        "<p>\x01 a</p>",
        "<p>a \x01</p>",
        "<p>\u202e a</p>",
        "<pre> \x01</pre>",
        "<pre>\x01\n  x</pre>",
    ],
    ids=[
        "control-before-space",
        "control-after-space",
        "bidi-before-space",
        "pre-space-control",
        "pre-control-newline",
    ],
)
def test_block_texts_are_clean_next_to_removed_characters(html: str) -> None:
    for block in _blocks(html):
        _check_clean(block)


# --- plain text ------------------------------------------------------------------------------


def _text_blocks(text: str) -> list[tuple[str, BlockKind, Label | None]]:
    return [
        (b.text, b.kind, b.text_noise.label if b.text_noise else None)
        for b in tokenize_text(text, LIMITS).blocks
    ]


def test_blank_lines_separate_paragraphs() -> None:
    text = "First para line one\nline two\n\n\n   \nSecond para\n\nThird"
    assert _text_blocks(text) == [
        ("First para line one\nline two", BlockKind.PARAGRAPH, None),
        ("Second para", BlockKind.LINE, None),
        ("Third", BlockKind.LINE, None),
    ]


def test_noise_lines_are_split_out_of_a_paragraph() -> None:
    text = "Prose before the player\n0:00 / 27:48\nProse after the player\nand its second line"
    assert _text_blocks(text) == [
        ("Prose before the player", BlockKind.LINE, None),
        ("0:00 / 27:48", BlockKind.LINE, Label.MEDIA_TIMESTAMP),
        ("Prose after the player\nand its second line", BlockKind.PARAGRAPH, None),
    ]


def test_seed_header_lines_are_split() -> None:
    text = (
        "icon bookmark-bicon bookmarkicon cameraicon checkicon chevron downicon closeicon "
        "fbicon mailicon\n10 Apr, 2008 12:04\n\nBan Ki-moon eyes greater UN role for Russia"
    )
    assert [(kind, label) for _, kind, label in _text_blocks(text)] == [
        (BlockKind.LINE, Label.ICON_RUN),
        (BlockKind.LINE, Label.DATELINE),
        (BlockKind.LINE, None),
    ]


WRAPPED = (
    "Ban Ki-moon says he hopes Russia's contribution to the UN will grow even\n"
    "further as the country's economy gains momentum. The UN Secretary General\n"
    "made the statement during a meeting with Foreign Minister Sergey Lavrov in\n"
    "Moscow."
)


def test_wrapped_lines_stay_together() -> None:
    assert _text_blocks(WRAPPED) == [(WRAPPED, BlockKind.PARAGRAPH, None)]


def test_spaces_inside_lines_are_collapsed() -> None:
    assert _text_blocks("  lots   of\tspace  \r\n  here  ") == [
        ("lots of space\nhere", BlockKind.PARAGRAPH, None)
    ]


def test_wrapped_paragraph_ending_in_a_menu_word_stays_together() -> None:
    text = "After the rally the protesters packed up their banners and slowly walked back\nhome."
    assert _text_blocks(text) == [(text, BlockKind.PARAGRAPH, None)]


SPACED_OUT = (
    "EPISODE 1: Was to focus on the origins of\n\nthe Jedi Knights and how they are initiated and"
    "\n\ntrained by their masters."
)


def test_hard_wrapped_lines_spaced_out_by_blank_lines_are_one_paragraph() -> None:
    assert _text_blocks(SPACED_OUT) == [
        (SPACED_OUT.replace("\n\n", "\n"), BlockKind.PARAGRAPH, None)
    ]


def test_a_line_ending_open_with_a_comma_runs_on() -> None:
    text = "It was cold and dark and the roads were icy,\n\nso the race was put off a week."
    assert _text_blocks(text) == [(text.replace("\n\n", "\n"), BlockKind.PARAGRAPH, None)]


def test_wrapped_line_words_counted_to_the_minimum() -> None:
    """`_runs_on` counts a line's words only up to TEXT_WRAP_MIN_WORDS (a line of a million
    words is not split whole): five words run on, four do not."""
    assert blocks._runs_on("one two three four and", "so it goes on")
    assert not blocks._runs_on("one two three and", "so it goes on")
    assert blocks._runs_on("  many words " * 1_000 + "and", "so it goes on")


@pytest.mark.parametrize(
    "text",
    [
        # the first line ends a sentence
        "The council met on Tuesday to vote.\n\nthe bridge stays closed this winter.",
        # the next line starts upper-case: a paragraph of its own
        "EPISODE 2: Introduction and development of\n\nObi-Wan Kenobi and his master.",
        # a capitalised last word: a headline, a title, a label
        "Ban Ki-moon eyes greater UN role for Russia\n\nby our staff in Moscow.",
        # too short to be a wrapped line of prose: a menu's item above a link
        "Tipping is customary\n\nnational at eater dot com.",
        # a one-word line after it: a link, not the rest of a sentence
        "Subscribe to the newsletter for weekly updates from\n\ntiktok.",
        # no sentence ends after it: a headline over a photo credit
        "Making agentic government work: principles for safer adoption\n\nimaginima/Getty Images",
    ],
)
def test_a_blank_line_still_ends_a_paragraph_that_does_not_run_on(text: str) -> None:
    assert len(_text_blocks(text)) == 2


def test_a_chain_of_open_lines_joins_only_up_to_a_sentence_end() -> None:
    text = (
        "The study followed two hundred families over a decade and\n\n"
        "found that most of them moved at least once.\n\n"
        "more results and figures from the full report below"
    )
    joined = (
        "The study followed two hundred families over a decade and\n"
        "found that most of them moved at least once."
    )
    assert [block for block, _, _ in _text_blocks(text)] == [
        joined,
        "more results and figures from the full report below",
    ]


STACKED_HEADER = (
    "News\nWorld\nBan Ki-moon eyes greater UN role for Russia\nBy our staff in Moscow\n"
    "10 Apr, 2008 12:04"
)


def test_a_stack_of_lines_that_do_not_run_on_is_a_block_a_line() -> None:
    """A flattener that puts every element on a line of its own, with no blank line between
    (a browser's innerText of a page of `<div>`s): the headline is a block of its own."""
    assert [text for text, _, _ in _text_blocks(STACKED_HEADER)] == STACKED_HEADER.split("\n")


MENU_STACK = [
    "Startseite Inland",
    "Innenpolitik",
    "Settings and",
    "preferences of the reader",
    "Sportschau",
    "Mediathek",
    "Audiothek",
    "Ban Ki-moon eyes greater UN role for Russia",
]


def test_a_stack_with_a_line_or_two_running_on_is_still_a_block_a_line() -> None:
    """A page's header and menus as innerText lays them out: one label of seven ends open above
    a line starting lower-case; those two stay together, and the headline under the menus is
    a block of its own, not the end of one block of eight lines."""
    assert [text for text, _, _ in _text_blocks("\n".join(MENU_STACK))] == [
        "Startseite Inland",
        "Innenpolitik",
        "Settings and\npreferences of the reader",
        "Sportschau",
        "Mediathek",
        "Audiothek",
        "Ban Ki-moon eyes greater UN role for Russia",
    ]


def test_a_stack_whose_lines_run_on_more_often_is_one_block() -> None:
    """Two of seven line breaks run on: more than TEXT_STACKED_MAX_RUN_ON_SHARE, the share of
    a hard-wrapped text (German prose, its nouns capitalised, runs on at about a third)."""
    lines = [*MENU_STACK]
    lines[4:6] = ["Sportschau and", "mediathek"]
    text = "\n".join(lines)
    assert [block for block, _, _ in _text_blocks(text)] == [text]


def test_a_paragraph_a_line_is_a_block_a_line() -> None:
    """Two lines, one longer than a hard-wrapped line can be: two paragraphs."""
    first = "The council met on Tuesday and voted to close the old bridge for the winter months."
    second = (
        "Engineers will inspect every one of its piers before anyone is let across it again, "
        "the mayor said on Wednesday."
    )
    assert [text for text, _, _ in _text_blocks(f"{first}\n{second}")] == [first, second]


@pytest.mark.parametrize(
    "text",
    [
        # hard-wrapped prose: a line runs on into the next
        (
            "Schools in\nthe United States are organized in different ways: some schools\n"
            "include K-3, K-4, K-5, K-6, K-8, K-9, or K-12; others are organized\n"
            "as middle schools, junior high schools, and senior high schools."
        ),
        # a short stack: a name, an address and a phone number
        "Access Institute for Psychological Services\n110 Gough St. Suite 301\n(415) 861-5449",
    ],
)
def test_wrapped_prose_and_short_stacks_stay_one_block(text: str) -> None:
    assert [block for block, _, _ in _text_blocks(text)] == [text]


WRAPPED_CONSENT = (
    "When you visit our website, we store cookies on your browser to collect\n"
    "information. The information collected might relate to you, your\n"
    "preferences or your device, and is mostly used to make the site work as\n"
    "you expect it to. These cookies are necessary for the website to\n"
    "function and cannot be switched off in our systems."
)


def test_a_wrapped_line_quoting_a_notice_phrase_stays_in_its_paragraph() -> None:
    """The first line alone reads as a cookie notice; it runs on into the next, so the
    paragraph is one block, judged whole (its phrases wrapped across lines count)."""
    assert _text_blocks(WRAPPED_CONSENT) == [(WRAPPED_CONSENT, BlockKind.PARAGRAPH, Label.COOKIE)]


def test_a_dateline_line_between_wrapped_looking_lines_is_still_its_own_block() -> None:
    text = (
        "answered by the original poster with gold badges\n"
        "asked Feb 11, 2011 at 23:49\n"
        "edited by a moderator with three silver badges"
    )
    assert (text.split("\n")[1], BlockKind.LINE, Label.DATELINE) in _text_blocks(text)


def test_empty_text_gives_no_blocks() -> None:
    assert tokenize_text("", LIMITS).blocks == []
    assert tokenize_text(" \n\n\t\n", LIMITS).blocks == []


PLAIN_TEXT = st.text(st.characters(exclude_categories=()), max_size=200) | st.lists(
    st.sampled_from(
        [
            "word",
            "0:00",
            "Home",
            "\n",
            "\n\n",
            " ",
            "\x01",
            "\u2028",
            "Advertisement",
            "10 Apr, 2008 12:04",
            "\r\n",
            "\u202e",
        ]
    ),
    max_size=30,
).map("".join)


@settings(max_examples=200, deadline=None)
@given(PLAIN_TEXT)
def test_tokenize_text_invents_and_loses_nothing(text: str) -> None:
    blocks = tokenize_text(text, LIMITS).blocks
    produced = "".join("".join(block.text.split()) for block in blocks)
    # strip_unwanted's characters (controls, bidi overrides, noncharacters) are dropped on
    # purpose; every other non-whitespace character must come out once, in order.
    assert produced == "".join(strip_unwanted(text).split())


@settings(max_examples=200, deadline=None)
@given(PLAIN_TEXT)
@example("\x08 \x1b")
@example("\x01 a")
def test_tokenize_text_block_texts_are_clean(text: str) -> None:
    for block in tokenize_text(text, LIMITS).blocks:
        assert block.text.strip()
        assert strip_unwanted(block.text) == block.text
        assert all(line == line.strip() and line for line in block.text.split("\n"))


MENU = "".join(f"<li><a href=/{name}>{name}</a></li>" for name in ("Products", "Services", "About"))


def test_a_menu_is_read_as_one_block() -> None:
    html = f"<nav><ul>{MENU}</ul></nav><main><p>The article text.</p></main>"
    texts = _texts(html)
    assert len(texts) == 2 and texts[0].startswith("Products") and texts[1] == "The article text."


def test_a_collapsed_menu_block_holds_no_script_text() -> None:
    html = (
        f"<nav><ul>{MENU}</ul><script>if (window.iom) {{ iom.c(data, 1); }}</script>"
        "<!-- tracking --> <span>Contact</span></nav><main><p>The article text.</p></main>"
    )
    texts = _texts(html)
    assert texts[0].startswith("Products") and texts[0].endswith("Contact")
    assert "iom" not in texts[0]


def test_a_menu_that_swallowed_the_main_content_is_walked() -> None:
    # the menu's last <li> is never closed: the parser nests the page's <main> inside it
    html = f"<nav><ul>{MENU}<li><a href=/d>More</a><main><p>First paragraph.</p><p>Second.</p>"
    texts = _texts(html)
    assert "First paragraph." in texts and "Second." in texts


def test_a_navigation_container_around_the_article_is_walked() -> None:
    # a site wraps its whole page, long menus included, in a container named "navigation"
    links = "".join(f"<li><a href=/{n}>Section number {n} of the site</a></li>" for n in range(40))
    html = (
        f"<div id='navigation-container'><ul>{links}</ul>"
        "<article><p>First paragraph.</p><p>Second.</p></article></div>"
    )
    texts = _texts(html)
    assert "First paragraph." in texts and "Second." in texts


def test_a_menu_without_an_article_is_still_one_block() -> None:
    html = f"<div id='navigation-container'><ul>{MENU}</ul><p>Imprint</p></div><p>Body text.</p>"
    texts = _texts(html)
    assert texts[0].startswith("Products") and "Imprint" in texts[0]


TAB_LABELS = "<button role='tab'>Info</button><button role='tab'>Forms</button>"


def test_a_tab_list_is_a_menu() -> None:
    html = "<div role='tablist'><a href=/info>Info</a> <a href=/forms>Forms</a></div><p>Text.</p>"
    first = _blocks(html)[0]
    assert first.text == "Info Forms"
    assert [verdict.label for _, verdict in first.container_noise] == [Label.MENU]


def test_a_tab_widget_declared_a_tab_list_is_page_text() -> None:
    # the role belongs on the tab labels; the site gave it to the widget, panels included
    panel = "<p>Looking to bring your business here? Start with the forms below.</p>" * 4
    links = "".join(f"<li><a href=/form{n}>Permit application form {n}</a></li>" for n in range(9))
    widget = f"{TAB_LABELS}<div role='tabpanel'>{panel}<ul>{links}</ul></div>"
    html = f"<div role='tablist'>{widget}</div>"
    blocks = _blocks(html)
    assert len(blocks) == 4 + 9
    assert all(not block.container_noise for block in blocks)


DESCRIPTION = "<p>" + "Ceramic mug with a convenient handle, great for coffee or tea. " * 4 + "</p>"


@pytest.mark.parametrize("name", ["id='product-details-read-more'", "class='dice-drawer'"])
def test_an_expander_of_prose_is_page_text(name: str) -> None:
    # a shop's description truncated until the reader clicks, a "why trust us" drawer: not a
    # related-links list nor a menu
    assert not _only(f"<div {name}>{DESCRIPTION}</div>").container_noise


def test_a_drawer_of_links_stays_a_menu() -> None:
    links = "".join(f"<li><a href=/s{n}>Section number {n}</a></li>" for n in range(8))
    verdicts = _blocks(f"<div class='drawer'><ul>{links}</ul></div>")[0].container_noise
    assert [verdict.label for _, verdict in verdicts] == [Label.MENU]


def test_a_read_more_list_of_links_and_a_related_box_of_prose_stay_related() -> None:
    links = "".join(
        f"<li><a href=/s{n}>Another story of the site, number {n}</a></li>" for n in range(8)
    )
    for html in (
        f"<div class='read-more'><ul>{links}</ul></div>",
        f"<div class='related'>{DESCRIPTION}</div>",
    ):
        assert [verdict.label for _, verdict in _blocks(html)[0].container_noise] == [Label.RELATED]


def test_sentence_ends_are_counted_by_the_stdlib_pattern_with_one_leading_set() -> None:
    # stdlib `re` skips to the next candidate character only when the pattern starts with
    # one character set; the CJK marks need no space after them, the others do
    assert isinstance(SENTENCE_END_RE, re.Pattern)
    assert SENTENCE_END_RE.findall('He left. "Why?" she asked… 你好。再见！') == [
        ". ",
        '?" ',
        "… ",
        "。",
        "！",
    ]
    assert SENTENCE_END_RE.findall("v1.2 costs $3.50, e.g.the rest") == []


@pytest.mark.parametrize("repeat", [10, MAX_PARAGRAPH_CHARS // 4], ids=["paragraph", "dump"])
def test_words_of_a_block_longer_than_a_paragraph_are_a_sample(repeat: int) -> None:
    """A text node of megabytes is read for its words' shares, not word by word."""
    block = RawBlock("the cat " * repeat, BlockKind.PARAGRAPH, 0, None)
    found = block.words()
    assert found[:2] == ["the", "cat"]
    assert len(found) == min(2 * repeat, MAX_PARAGRAPH_CHARS // 4)


def test_elements_that_change_only_what_their_tag_does_share_one_context() -> None:
    # the links of a list (and the cells of a row) share the context made for the first one;
    # a list's context names the list itself, so each list has its own
    html = (
        "<ul><li><a href='/a'>One</a></li><li><a href='/b'>Two</a></li></ul>"
        "<ul><li><a href='/c'>Three</a></li><li><a class='share' href='/d'>Four</a></li></ul>"
    )
    one, two, three, four = _blocks(html)
    assert one.node is not None and two.node is not None and one.node is not two.node
    assert one.node.ctx is two.node.ctx and one.node.ctx.link
    assert three.node is not None and three.node.ctx is not one.node.ctx
    assert one.group is not three.group
    # an element with a verdict of its own carries it in a context of its own
    assert four.node is not None and four.node.ctx is not three.node.ctx
    assert four.container_noise and not three.container_noise


def test_nested_furniture_around_prose_is_read_whole_a_bounded_number_of_times(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Each furniture container around long prose is read whole, then walked: 200 unclosed
    `<div class="share">` were read 200 times over (quadratic: 1.75 MB took 22 s). Past
    MAX_UNFOLDED such ancestors, furniture is walked without being read whole first."""
    read: list[int] = []
    seen_text_of = blocks._seen_text_of

    def counting(element: etree._Element) -> str:
        text = seen_text_of(element)
        read.append(len(text))
        return text

    monkeypatch.setattr(blocks, "_seen_text_of", counting)
    prose = "<p>" + "The council met on Tuesday to discuss the budget of the city. " * 5 + "</p>"
    html = "<html><body>" + ("<div class='share'>" + prose) * 200 + "</body></html>"
    text_chars = sum(map(len, _texts(html.replace("<div class='share'>", "<div>"))))
    assert sum(read) == 0  # the plain <div>s were not read whole
    blocks_read = _texts(html)
    assert len(blocks_read) == 200
    # each container read whole holds on average half the prose: 100 times it, unbounded
    assert sum(read) < 50 * text_chars
    ordinary = "<html><body><div class='share'><div class='share'>" + prose + "</div></div>"
    read.clear()
    assert _texts(ordinary + "</body></html>") == _texts(prose)
    assert len(read) == 2  # both containers read whole, then walked


def test_blocks_filled_by_the_walk_equal_blocks_built_by_init() -> None:
    """The walk fills a block's slots itself (`_Walker._emit`, for speed): every slot must be
    what `RawBlock.__init__` makes of the same values, so the two cannot drift apart."""
    html = (
        "<body><h2>A heading</h2><p>Text with <a href='/x'>a link</a>.</p>"
        "<ul><li>An item</li></ul><blockquote>A quote</blockquote><pre>code\n line</pre>"
        "<table><tr><td>A cell</td></tr></table><nav><a href='/'>Home</a></nav></body>"
    )
    cut = tokenize(parse(html), LIMITS).blocks
    assert len(cut) == 7
    for block in cut:
        built = RawBlock(
            block.text,
            block.kind,
            block.level,
            block.node,
            block.link_chars,
            block.in_article,
            block.container_noise,
            block.text_noise,
            block.group,
        )
        for name in RawBlock.__slots__:
            assert getattr(block, name) == getattr(built, name), name


def _walked(html: str) -> list[tuple[object, ...]]:
    return [
        (b.text, b.kind, b.level, b.in_article, b.path(), [v for _, v in b.container_noise])
        for b in _blocks(html)
    ]


@pytest.mark.parametrize("classes", ["", "sidebar", "sr-only", "comments", "entry-content"])
@pytest.mark.parametrize(
    "tag", ["article", "main", "nav", "aside", "header", "footer", "section", "div", "td"]
)
def test_an_element_judged_by_its_class_at_most_is_walked_as_the_judge_says(
    tag: str, classes: str
) -> None:
    # an element with no attribute of `noise.JUDGED_BESIDES_CLASS` is judged once per tag and
    # class string (`_Walker.shapes`); an empty `role` sends the same element through the judge
    page = (
        "<body><{tag} {attrs}><p>Lead paragraph of the piece, long enough to be prose.</p>"
        "<{tag} {inner}><a href='/a' title='A'>Home</a> <a href='/b'>About</a></{tag}>"
        "<p>Second paragraph, also long enough to read as a paragraph.</p></{tag}>"
        "<form action='/c' {attrs}><textarea name='c'></textarea><p>Leave a reply</p></form>"
        "<p>A last paragraph after the form, long enough to be prose as well.</p></body>"
    )
    attributes, inner = f"data-x='1' width='3' class='{classes}'", "class='share-links' width='3'"
    shortcut = _walked(page.format(tag=tag, attrs=attributes, inner=inner))
    judged = _walked(page.format(tag=tag, attrs=attributes + " role=''", inner=inner + " role=''"))
    assert shortcut == judged
    assert shortcut  # the last paragraph at least


@pytest.mark.parametrize("brk", ["\n", "\r\n", "\r", "\x0c", "\u2028", "\n\n"])
def test_cut_text_lines_keeps_the_first_lines(monkeypatch: pytest.MonkeyPatch, brk: str) -> None:
    monkeypatch.setattr(blocks, "MAX_TEXT_LINES", 5)
    text = brk.join(f"line {i}" for i in range(20))
    cut = blocks.cut_text_lines(text)
    assert cut is not None and text.startswith(cut)
    assert len(cut.splitlines()) == 5
    assert cut.splitlines()[0] == "line 0"


def test_cut_text_lines_leaves_short_texts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(blocks, "MAX_TEXT_LINES", 5)
    assert blocks.cut_text_lines("a\nb\nc\nd\ne") is None  # five lines, four breaks
    assert blocks.cut_text_lines("a\nb") is None  # fewer characters than the cap
    assert blocks.cut_text_lines("x" * 100) is None  # long, one line


# --- reading a container's text ----------------------------------------------------------------

_FRAGMENTS = (
    "Home",
    " ",
    "\n  ",
    "&amp; more",
    "<a href='/x'>",
    "</a>",
    "<span>",
    "</span>",
    "<b>Al</b>ice",
    "<svg><title>icon</title><path d='M0'/></svg>",
    "<svg>\n</svg>",
    "<script>track()</script>",
    "<button>Menu</button>",
    "<select><option>One</option></select>",
    "<!-- a comment -->",
    "<?php echo 1 ?>",
    "<img src='i.png'>",
    "<br>",
)
"""Pieces of a menu's markup: links with and without children, skipped subtrees with and
without text, comments (kept by `_COMMENT_PARSER`; libxml2's HTML parser reads `<?…>` as one
too)."""
_COMMENT_PARSER = etree.HTMLParser(remove_comments=False)
"""The pipeline's parser drops comments; a tree handed to `tokenize` by a caller may hold
them."""


def _reference_seen_text(element: etree._Element) -> str:
    """What `blocks._seen_text_of` reads, by recursion: the serialized text when no script,
    style, template or SVG is inside; else the text outside every skipped subtree (a skipped
    element's tail included, a comment's content left out and its tail kept)."""
    if not any(descendant.tag in SCRIPT_TAGS for descendant in element.iter()):
        return etree.tostring(element, method="text", encoding="unicode", with_tail=False)
    parts: list[str] = []

    def visit(node: etree._Element, top: bool) -> None:
        if isinstance(node.tag, str) and node.tag not in SKIP_TAGS:
            parts.append(node.text or "")
            for child in node:
                visit(child, top=False)
        if not top:
            parts.append(node.tail or "")

    visit(element, top=True)
    return "".join(parts)


@settings(max_examples=300)
@given(st.lists(st.sampled_from(_FRAGMENTS), max_size=12))
def test_a_containers_text_and_its_links_text_are_read_as_serialized(pieces: list[str]) -> None:
    """`_seen_text_of` (the walk that leaves out skipped subtrees) and `_text_within` (a
    childless element's `text` in place of a serializer call) give what their definitions give,
    comments included."""
    root = etree.fromstring(f"<div>{''.join(pieces)}</div>x", _COMMENT_PARSER)
    for element in root.iter(etree.Element):
        assert blocks._seen_text_of(element) == _reference_seen_text(element)
        assert blocks._text_within(element) == etree.tostring(
            element, method="text", encoding="unicode", with_tail=False
        )
