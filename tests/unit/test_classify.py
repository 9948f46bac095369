"""The classifier on blocks built by hand (no HTML): scores, noise resolution, neighbours."""

from __future__ import annotations

import pytest

from cleantext import extract, noise
from cleantext.blocks import MAX_PARAGRAPH_CHARS, Context, Node, RawBlock, Tokens, tokenize
from cleantext.classify import (
    CARD_MAX_DEPTH,
    CARD_NOTE,
    INSERT_NOTE,
    NEWS_CAPTION,
    STAGE2_FEATURES,
    TAXONOMY_NOTE,
    TEXT_REGION_NOTE,
    Scored,
    _card_blocks,
    _data_tables,
    _note_lists,
    _outweighed,
    _own_text,
    _titled_shapes,
    add_context,
    bound_text_region,
    classify,
    cut_after_comments,
    find_region,
    guard,
    guard_after_region,
    keep_between_content,
    prepare,
    resolve_noise,
    smooth,
    smooth_groups,
)
from cleantext.heuristics.model import default_model
from cleantext.heuristics.stopwords import stopwords
from cleantext.heuristics.thresholds import (
    GUARD_SCALE,
    TEXT_REGION_GAP_BLOCKS,
    TEXT_REGION_MIN_SHARE,
    Thresholds,
)
from cleantext.noise import COMPLEMENTARY, NEWS_ASIDE, Verdict
from cleantext.options import ExtractOptions, Favor
from cleantext.parse import parse
from cleantext.result import Block, BlockKind, Label

EN = stopwords("en")
PROSE = (
    "The committee met on Tuesday and agreed that the report should be published before "
    "the end of the month. Several members said that the delay had been too long."
)


def _node(tag: str, parent: Node | None, index: int, ctx: Context) -> Node:
    """A Node as the walk makes one (`_Walker.open` fills a bare instance's slots)."""
    node = Node()
    node.tag = node.name = tag
    node.parent = parent
    node.ctx = ctx
    node.index = node.end = index
    node.prose = 0.0
    return node


def _block(
    text: str,
    *,
    link_chars: int = 0,
    kind: BlockKind = BlockKind.PARAGRAPH,
    noise: Verdict | None = None,
) -> RawBlock:
    return RawBlock(
        text,
        kind,
        2 if kind is BlockKind.HEADING else 0,
        None,
        link_chars=link_chars,
        text_noise=noise,
    )


def _labels(*blocks: RawBlock, favor: Favor = Favor.BALANCED) -> list[Label]:
    assert EN is not None
    result = classify(Tokens(list(blocks), []), ExtractOptions(favor=favor), EN)
    return [block.label for block in result]


def test_prose_is_content_and_links_are_not() -> None:
    menu = _block("World news and sport", link_chars=21)
    assert _labels(_block(PROSE), menu) == [Label.CONTENT, Label.BOILERPLATE]


def test_short_block_between_content_is_content() -> None:
    short = _block("He agreed.")
    assert _labels(_block(PROSE), short, _block(PROSE))[1] is Label.CONTENT


def test_short_block_between_boilerplate_is_boilerplate() -> None:
    links = [_block("Sport section", link_chars=13), _block("Weather today", link_chars=13)]
    assert _labels(links[0], _block("He agreed."), links[1])[1] is Label.BOILERPLATE


def test_short_linked_block_is_never_promoted() -> None:
    tag_list = _block("United Nations", link_chars=14)
    assert _labels(_block(PROSE), tag_list, _block(PROSE))[1] is Label.BOILERPLATE


def test_caption_between_content_is_not_promoted() -> None:
    caption = _block("Jane Doe, minister (Picture: Reuters)", kind=BlockKind.CAPTION)
    assert _labels(_block(PROSE), caption, _block(PROSE))[1] is Label.BOILERPLATE
    short = _block("Jane Doe, minister (Picture: Reuters)")
    assert _labels(_block(PROSE), short, _block(PROSE))[1] is Label.CONTENT


def test_an_agency_credit_is_chrome_and_leaves_its_neighbours_be() -> None:
    credit = _block("Jane Doe/Reuters")
    labels = _labels(_block(PROSE), _block("He agreed."), credit, _block(PROSE))
    assert labels == [Label.CONTENT, Label.CONTENT, Label.CHROME, Label.CONTENT]
    mention = _block("Reuters reported it.")
    assert _labels(_block(PROSE), mention, _block(PROSE))[1] is Label.CONTENT


def test_heading_before_content_is_content() -> None:
    heading = _block("What the report says", kind=BlockKind.HEADING)
    assert _labels(_block(PROSE), heading, _block(PROSE))[1] is Label.CONTENT


@pytest.mark.parametrize(
    ("label", "kept"),
    [(Label.RELATED, False), (Label.AD, True), (Label.DATELINE, True)],
    ids=["teaser-excerpt", "ad-slot-after-a-subheading", "dateline-of-a-live-entry"],
)
def test_a_heading_over_a_teaser_excerpt_is_the_teasers_title(label: Label, kept: bool) -> None:
    # a card for another story inside the article: linked title, excerpt, then the article
    title = "How Stores Manipulate Your Senses"
    heading = _block(title, kind=BlockKind.HEADING, link_chars=len(title))
    excerpt = _block("When you walk into a store, you're overloaded… Read more")
    excerpt.text_noise = Verdict(label, "a verdict")
    labels = _labels(_block(PROSE), heading, excerpt, _block(PROSE))
    assert (labels[1] is Label.CONTENT) is kept


CARD = '<a href="/other"><div><h3>Other story</h3></div></a>'


def _heading_label(card: str, wrapper: str = "article") -> Label:
    """The label of the heading `Other story` standing between two paragraphs."""
    assert EN is not None
    html = f"<{wrapper}><p>{PROSE}</p>{card}<p>{PROSE}</p><p>{PROSE}</p></{wrapper}>"
    blocks = classify(tokenize(parse(html), Thresholds()), ExtractOptions(), EN)
    return next(block.label for block in blocks if block.text == "Other story")


def test_a_teaser_card_title_inside_an_article_is_not_promoted() -> None:
    assert _heading_label(CARD) is not Label.CONTENT


def test_a_heading_holding_its_link_is_promoted() -> None:
    assert _heading_label('<h3><a href="/other">Other story</a></h3>') is Label.CONTENT


def test_a_card_title_outside_an_article_is_promoted() -> None:
    assert _heading_label(CARD, wrapper="div") is Label.CONTENT


def test_text_noise_wins_and_keeps_its_label() -> None:
    ad = _block("Advertisement", noise=Verdict(Label.AD, "ad label"))
    assert _labels(_block(PROSE), ad, _block(PROSE))[1] is Label.AD


def test_a_block_with_a_text_verdict_is_not_scored() -> None:
    assert EN is not None
    ad = _block("Advertisement", noise=Verdict(Label.AD, "ad label"))
    items = prepare(Tokens([_block(PROSE), ad], []), EN)
    assert items[0].features and not items[1].features
    add_context(items, [], default_model().stage1, Thresholds())
    assert items[0].first > 0 and items[1].first == 0.0


def _opening_with(tag: str, text: str) -> RawBlock:
    block = _block(text)
    block.node = _node(tag, None, 0, Context())
    return block


def test_a_short_block_opening_with_a_time_element_is_its_stamp() -> None:
    # <p><time>Heute, 12:37 Uhr</time></p> between the article's paragraphs
    stamp = _opening_with("time", "Heute, 12:37 Uhr")
    assert _labels(_block(PROSE), stamp, _block(PROSE))[1] is Label.CHROME


def test_prose_or_a_long_block_opening_with_a_time_element_is_scored() -> None:
    # <p>Today at <b>noon</b> …</p> is the article's; a paragraph opening with a <time>
    # longer than a stamp (`<time>Monday</time> was the day the committee met …`) too
    bold = _opening_with("b", "Heute, 12:37 Uhr")
    assert _labels(_block(PROSE), bold, _block(PROSE))[1] is not Label.CHROME
    assert (
        _labels(_block(PROSE), _opening_with("time", PROSE), _block(PROSE)) == [Label.CONTENT] * 3
    )


@pytest.mark.parametrize("favor", list(Favor), ids=lambda f: f.value)
def test_favor_orders_content_share(favor: Favor) -> None:
    doubtful = _block("Officials gave no further details about the plans for next year")
    blocks = [_block(PROSE), doubtful, _block("Share this", link_chars=10)]
    labels = {f: _labels(*blocks, favor=f) for f in Favor}
    counts = {f: labels[f].count(Label.CONTENT) for f in Favor}
    assert counts[Favor.PRECISION] <= counts[Favor.BALANCED] <= counts[Favor.RECALL]


def test_furniture_container_holding_most_prose_loses_its_verdict() -> None:
    wrapper = _node("div", None, 0, Context())
    verdict = Verdict(Label.MENU, "navigation container (menu)")
    inside = [_block(PROSE), _block(PROSE)]
    for block in inside:
        block.container_noise = ((wrapper, verdict),)
    outside = _block(PROSE)
    assert resolve_noise([*inside, outside]) == [None, None, None]


def test_comment_container_keeps_its_verdict_over_prose() -> None:
    thread = _node("div", None, 0, Context())
    verdict = Verdict(Label.COMMENTS, "comments container")
    comments = [_block(PROSE) for _ in range(3)]
    for block in comments:
        block.container_noise = ((thread, verdict),)
    article = _block(PROSE)
    assert resolve_noise([article, *comments]) == [None, verdict, verdict, verdict]


@pytest.mark.parametrize("shared", [True, False], ids=["one-chain", "equal-chains"])
def test_blocks_sharing_one_chain_of_containers_are_judged_as_with_their_own(
    shared: bool,
) -> None:
    # resolve_noise sums the prose and decides the verdict once per chain object
    outer = _node("div", None, 0, Context())
    inner = _node("div", outer, 1, Context())
    menu = Verdict(Label.MENU, "navigation container (menu)")
    comments = Verdict(Label.COMMENTS, "comments container")
    chain = ((outer, menu), (inner, comments))
    boxed = [_block(PROSE) for _ in range(3)]
    for block in boxed:
        block.container_noise = chain if shared else ((outer, menu), (inner, comments))
    article = [_block(PROSE) for _ in range(4)]
    assert resolve_noise([*article, *boxed]) == [None] * 4 + [comments] * 3
    assert resolve_noise(boxed) == [menu] * 3  # only comments: a thread, in its menu box


def test_a_page_that_is_only_a_thread_keeps_its_comments() -> None:
    thread = _node("div", None, 0, Context())
    post = _node("div", thread, 1, Context())
    comments = Verdict(Label.COMMENTS, "comments container")
    menu = Verdict(Label.MENU, "navigation container (menu)")
    posts = [_block(PROSE) for _ in range(3)]
    for block in posts:
        block.container_noise = ((thread, comments), (post, comments))
    links = _block("Home Forums Latest", link_chars=18)
    links.container_noise = ((thread, comments), (_node("ul", thread, 2, Context()), menu))
    assert resolve_noise([*posts, links]) == [None, None, None, menu]


@pytest.mark.parametrize("declared", [False, True])
def test_a_page_declared_a_thread_keeps_the_replies_under_its_opening_post(
    declared: bool,
) -> None:
    # a forum topic: the opening post stands outside the comment containers of the replies,
    # so the thread is not 99 % comments; the page's JSON-LD says what it is
    thread = _node("div", None, 0, Context())
    comments = Verdict(Label.COMMENTS, "comments container")
    replies = [_block(PROSE) for _ in range(3)]
    for block in replies:
        block.container_noise = ((thread, comments),)
    opening = _block(PROSE)
    expected = [None] * 4 if declared else [None, comments, comments, comments]
    assert resolve_noise([opening, *replies], thread=declared) == expected


def _inside(node: Node, verdict: Verdict, count: int) -> list[RawBlock]:
    blocks = [_block(PROSE) for _ in range(count)]
    for block in blocks:
        block.container_noise = ((node, verdict),)
    return blocks


def _placed(node: Node) -> RawBlock:
    block = _block(PROSE)
    block.node = node
    return block


@pytest.mark.parametrize("after", [True, False], ids=["between", "at-the-end"])
def test_a_widget_with_most_prose_between_paragraphs_is_final_furniture(after: bool) -> None:
    # <div class="text"><p/><div class="widget"><p/><p/><p/></div><p/></div>: a gallery's
    # legends outweigh the article; a widget closing its parent may be the article's wrapper
    column = _node("div", None, 0, Context())
    column.end = 6
    widget = _node("div", column, 2, Context())
    widget.end = 5
    chrome = Verdict(Label.CHROME, "header/footer/sidebar container (widget)")
    legends = [_placed(_node("p", widget, index, Context())) for index in (3, 4, 5)]
    for block in legends:
        block.container_noise = ((widget, chrome),)
    blocks = [_placed(_node("p", column, 1, Context())), *legends]
    if after:
        blocks.append(_placed(_node("p", column, 6, Context())))
    verdicts = resolve_noise(blocks)
    if after:
        assert all(v is not None and v.final and v.label is Label.CHROME for v in verdicts[1:4])
        assert EN is not None
        items = prepare(Tokens(blocks, []), EN)
        assert [item.verdict is not None for item in items] == [False, True, True, True, False]
    else:
        assert verdicts == [None, None, None, None]


@pytest.mark.parametrize("after", [True, False], ids=["between", "at-the-end"])
def test_a_long_comment_between_other_posts_is_final_furniture(after: bool) -> None:
    # <div class="comments"><p/><div class="commentbody"><p/><p/></div><p/></div>: one post of
    # a thread, standing among the others' text, is a comment for certain, however long
    thread = _node("div", None, 0, Context())
    thread.end = 5
    post = _node("div", thread, 2, Context())
    post.end = 4
    comment = Verdict(Label.COMMENTS, "comments container (commentbody)")
    text = [_placed(_node("p", post, index, Context())) for index in (3, 4)]
    for block in text:
        block.container_noise = ((post, comment),)
    blocks = [_placed(_node("p", thread, 1, Context())), *text]
    if after:
        blocks.append(_placed(_node("p", thread, 5, Context())))
    verdicts = resolve_noise(blocks)
    assert all(v is not None and v.label is Label.COMMENTS for v in verdicts[1:3])
    assert all(v is not None and v.final is after for v in verdicts[1:3])


@pytest.mark.parametrize("titled", [True, False], ids=["slides", "sections"])
def test_titled_slides_after_the_article_paragraphs_are_final_furniture(titled: bool) -> None:
    # <div class="body"><p/><div class="promo"><ul><li><h4/><p/></li>...</ul></div></div>: a
    # slideshow closing the article, whose slides outweigh it; sections under headings that
    # are no list items are the rest of the article in a mis-named wrapper
    body = _node("div", None, 0, Context())
    body.end = 12
    promo = _node("div", body, 2, Context())
    promo.end = 12
    slides = _node("div", promo, 3, Context())
    slides.end = 12
    verdict = Verdict(Label.AD, "advertising container (promo)")
    blocks = [_placed(_node("p", body, 1, Context()))]
    for index in (4, 7, 10):
        slide = _node("li", slides, index, Context()) if titled else slides
        title = _block("The second claim", kind=BlockKind.HEADING)
        title.node = _node("h4", slide, index + 1, Context())
        text = _placed(_node("p", slide, index + 2, Context()))
        for block in (title, text):
            block.container_noise = ((promo, verdict),)
        blocks += [title, text]
    verdicts = resolve_noise(blocks)
    if titled:
        assert all(v is not None and v.final and v.label is Label.AD for v in verdicts[1:])
    else:
        assert verdicts[1:] == [None] * 6


def test_misnamed_wrapper_is_weighed_against_prose_not_in_comments_or_landmarks() -> None:
    wrapper = _node("div", None, 0, Context())  # <div class="hentry author">: the article
    article = _inside(wrapper, Verdict(Label.BYLINE, "byline container (author)"), 1)
    comments = _inside(_node("div", None, 1, Context()), Verdict(Label.COMMENTS, "comments"), 2)
    footer = _inside(_node("footer", None, 2, Context()), Verdict(Label.CHROME, "<footer>"), 2)
    assert resolve_noise([*article, *comments, *footer])[0] is None


def test_sidebar_is_weighed_against_all_the_prose() -> None:
    sidebar_verdict = Verdict(Label.CHROME, "header/footer/sidebar container (sidebar)")
    sidebar = _inside(_node("div", None, 0, Context()), sidebar_verdict, 1)
    comments = _inside(_node("div", None, 1, Context()), Verdict(Label.COMMENTS, "comments"), 2)
    assert resolve_noise([_block(PROSE), *sidebar, *comments])[1] is sidebar_verdict


def test_a_sidebar_aside_with_more_prose_than_the_article_keeps_its_verdict() -> None:
    # a live ticker beside a short article: the <aside> holds most of the prose, not the headline
    headline = _block("Third French victim of the earthquake", kind=BlockKind.HEADING)
    headline.level = 1
    sidebar = Verdict(Label.CHROME, "header/footer/sidebar container (sidebar)")
    ticker = _inside(_node("aside", None, 0, Context()), sidebar, 3)
    verdicts = resolve_noise([headline, _block(PROSE), *ticker])
    assert verdicts[2:] == [sidebar, sidebar, sidebar]
    wrapper = _inside(_node("div", None, 1, Context()), sidebar, 3)  # a mis-named wrapper
    assert resolve_noise([headline, _block(PROSE), *wrapper])[2:] == [None, None, None]


def _fact_box_page(in_article: bool, beside: int) -> tuple[list[RawBlock], Verdict]:
    """An article body holding `beside` paragraphs and, after them, a fact box of three."""
    context = Context()
    context.in_article = in_article
    body = _node("div", None, 0, context)
    body.end = beside + 4
    paragraphs = [_block(PROSE) for _ in range(beside)]
    for index, block in enumerate(paragraphs, start=1):
        block.node = _node("p", body, index, context)
    box = _node("div", body, beside + 1, context)
    box.end = beside + 4
    verdict = Verdict(Label.CHROME, "fact box (factbox)", set_apart=True)
    boxed = _inside(box, verdict, 3)
    for index, block in enumerate(boxed, start=beside + 2):
        block.node = _node("p", box, index, context)
    return [*paragraphs, *boxed], verdict


def test_fact_box_beside_the_article_paragraphs_keeps_its_verdict() -> None:
    # a fact box with a speech's full text holds most of the prose, beside the article's own
    blocks, verdict = _fact_box_page(in_article=True, beside=2)
    boxed = Verdict(verdict.label, f"{verdict.reason} {INSERT_NOTE}", final=True, set_apart=True)
    assert resolve_noise(blocks) == [None, None, boxed, boxed, boxed]


def test_long_blocks_of_a_fact_box_beside_the_article_are_not_content() -> None:
    long_prose = " ".join([PROSE] * 3)  # long enough that only a boxed container holds it back
    blocks, _ = _fact_box_page(in_article=True, beside=2)
    for block in blocks:
        block.text = long_prose
    assert EN is not None
    labels = [b.label for b in classify(Tokens(blocks, []), ExtractOptions(), EN)]
    assert labels[:2] == [Label.CONTENT, Label.CONTENT]
    assert Label.CONTENT not in labels[2:]


def test_fact_box_with_little_beside_it_or_outside_an_article_is_a_wrapper() -> None:
    blocks, _ = _fact_box_page(in_article=True, beside=1)
    assert resolve_noise(blocks) == [None] * 4
    blocks, _ = _fact_box_page(in_article=False, beside=2)
    assert resolve_noise(blocks) == [None] * 5


@pytest.mark.parametrize("in_article", [True, False], ids=["in-article", "elsewhere"])
@pytest.mark.parametrize(
    "set_apart",
    [
        Verdict(Label.CHROME, "fact box (infobox)", set_apart=True),
        Verdict(Label.SHARE, "embedded social post (twitter-tweet)", set_apart=True),
    ],
    ids=["fact-box", "embedded-post"],
)
def test_a_box_set_apart_inside_an_article_is_final_furniture(
    in_article: bool, set_apart: Verdict
) -> None:
    # six paragraphs of story, then <div class="infobox"> (or <blockquote class="twitter-tweet">)
    # with three: not the wrapper, and inside an article the model may not keep its prose
    blocks, _ = _fact_box_page(in_article=in_article, beside=6)
    for block in blocks[6:]:
        block.container_noise = ((block.container_noise[0][0], set_apart),)
    verdicts = resolve_noise(blocks)
    assert verdicts[:6] == [None] * 6
    expected = Verdict(set_apart.label, set_apart.reason, final=in_article, set_apart=True)
    assert verdicts[6:] == [expected] * 3


@pytest.mark.parametrize(
    "reason", ["header/footer/sidebar container (widget)", "fact box (a reason, not a rule)"]
)
def test_other_chrome_inside_an_article_stays_evidence(reason: str) -> None:
    # what makes a verdict final is its rule's `set_apart`, never the words of its reason
    blocks, verdict = _fact_box_page(in_article=True, beside=6)
    widget = Verdict(verdict.label, reason)
    for block in blocks[6:]:
        block.container_noise = ((block.container_noise[0][0], widget),)
    assert resolve_noise(blocks)[6:] == [widget] * 3


def test_misnamed_wrapper_with_little_of_the_free_prose_keeps_its_verdict() -> None:
    share = Verdict(Label.SHARE, "share/social container (social)")
    widget = _inside(_node("div", None, 0, Context()), share, 1)
    comments = _inside(_node("div", None, 1, Context()), Verdict(Label.COMMENTS, "comments"), 2)
    assert resolve_noise([_block(PROSE), _block(PROSE), *widget, *comments])[2] is share


def test_a_thread_beside_prose_in_an_aside_is_still_a_thread() -> None:
    comments = Verdict(Label.COMMENTS, "comments container")
    posts = _inside(_node("div", None, 0, Context()), comments, 3)
    aside = _inside(_node("aside", None, 1, Context()), Verdict(Label.CHROME, "<aside>"), 1)
    assert resolve_noise([*posts, *aside])[:3] == [None, None, None]


def test_comments_beside_prose_outside_landmarks_stay_comments() -> None:
    comments = Verdict(Label.COMMENTS, "comments container")
    posts = _inside(_node("div", None, 0, Context()), comments, 3)
    widget = _inside(_node("div", None, 1, Context()), Verdict(Label.SHARE, "share container"), 1)
    assert resolve_noise([*posts, *widget])[:3] == [comments, comments, comments]


def _item(text: str, linked: str, group: Node) -> RawBlock:
    return RawBlock(text, BlockKind.LIST_ITEM, 1, None, link_chars=len(linked), group=group)


def test_linked_list_item_with_words_of_its_own_is_left_to_the_model() -> None:
    notes = _node("ul", None, 0, Context())
    items = [
        _item(
            "It is now the case that the bookmarks toolbar is loaded a little later, and this "
            "makes it faster.",
            "the bookmarks toolbar is loaded a little later, and this makes it",
            notes,
        ),
        _item(
            "There was a hang when it was closed with many tabs, and this has now been fixed by "
            "the team.",
            "when it was closed with many tabs, and this has now been fixed",
            notes,
        ),
    ]
    assert _labels(_block(PROSE), *items, _block(PROSE))[1:3] == [Label.CONTENT, Label.CONTENT]


REFERENCES = [
    ('^ "In the Loop: Repeat Performance". 24 August 2021.', '"In the Loop: Repeat Performance"'),
    ('^ "Film Review: Haunter (2013)". HorrorNews.', '"Film Review: Haunter (2013)"'),
    ('^ "Happy Death Day 2U Review". ScreenRant. 2019.', '"Happy Death Day 2U Review"'),
]


def test_a_numbered_list_of_cited_links_is_a_reference_list() -> None:
    references = _node("ol", None, 0, Context())
    items = [_item(text, linked, references) for text, linked in REFERENCES]
    labels = _labels(_block(PROSE), _block(PROSE), *items)
    assert labels[2:] == [Label.CONTENT] * 3


def test_a_bulleted_list_of_the_same_links_needs_more_words_of_their_own() -> None:
    links = _node("ul", None, 0, Context())
    items = [_item(text, linked, links) for text, linked in REFERENCES]
    labels = _labels(_block(PROSE), _block(PROSE), *items)
    assert labels[3:] == [Label.BOILERPLATE] * 2


NOTE = "Shout out to the team for landing the changes that the migration needed to go ahead."
LINKED_NOTES = [
    "Neil has patches up to improve the behaviour of the tab unloader when memory is low",
    "Fixed an issue with revoked permissions for the extensions that use the developer tools",
    "The picture in picture window no longer opens on top of another one in full screen",
]


def test_a_linked_note_in_a_list_of_notes_is_not_guarded() -> None:
    notes = _node("ul", None, 0, Context())
    items = [_item(NOTE, "", notes), *(_item(text, text, notes) for text in LINKED_NOTES)]
    assert _labels(_block(PROSE), *items, _block(PROSE))[2:4] == [Label.CONTENT] * 2


@pytest.mark.parametrize(("noted", "score"), [(True, 0.5), (False, 0.45)])
def test_a_linked_note_the_model_doubts_takes_its_neighbours_verdict(
    noted: bool, score: float
) -> None:
    """A linked note between the author's unlinked notes, which the model scored just under
    the threshold, is promoted like unlinked text; a linked item of another list is not."""
    notes = _node("ul", None, 0, Context())

    def note(text: str, linked: str, value: float) -> Scored:
        features = {"link_density": len(linked) / len(text)}
        return Scored(_item(text, linked, notes), None, None, features, score=value)

    doubtful = note(LINKED_NOTES[0], LINKED_NOTES[0], 0.45)
    scored = [note(NOTE, "", 0.9), doubtful, note(NOTE, "", 0.9)]
    lists = _note_lists(scored, Thresholds()) if noted else set()
    smooth(scored, 0.5, Thresholds(), set(), lists)
    assert doubtful.score == score


def test_a_colon_inside_a_word_labels_no_linked_note() -> None:
    """`Toolkit:PictureInPicture` or a URL's colon is no pointer's label (`Related: …`)."""
    notes = _node("ul", None, 0, Context())
    inner = "Ensure that the Toolkit:PictureInPicture actor is destroyed before the next test"
    items = [_item(NOTE, "", notes), _item(inner, inner, notes)]
    items += [_item(text, text, notes) for text in LINKED_NOTES[1:]]
    assert _labels(_block(PROSE), *items, _block(PROSE))[2:4] == [Label.CONTENT] * 2


def test_a_linked_list_nested_in_a_note_details_the_note() -> None:
    notes = _node("ul", None, 0, Context())
    item = _node("li", notes, 1, Context())
    bugs = _node("ul", item, 2, Context())
    items = [_item(NOTE, "", notes), *(_item(text, text, bugs) for text in LINKED_NOTES)]
    assert _labels(_block(PROSE), *items, _block(PROSE))[2:4] == [Label.CONTENT] * 2


def test_a_linked_list_nested_in_a_list_of_teasers_stays_guarded() -> None:
    teasers = _node("ul", None, 0, Context())
    item = _node("li", teasers, 1, Context())
    more = _node("ul", item, 2, Context())
    items = [_item(LINKED_NOTES[0], LINKED_NOTES[0], teasers)]
    items += [_item(text, text, more) for text in LINKED_NOTES[1:]]
    assert _labels(_block(PROSE), *items, _block(PROSE))[1:4] == [Label.BOILERPLATE] * 3


def test_a_list_linked_throughout_stays_guarded() -> None:
    teasers = _node("ul", None, 0, Context())
    items = [_item(text, text, teasers) for text in LINKED_NOTES]
    assert _labels(_block(PROSE), *items, _block(PROSE))[1:4] == [Label.BOILERPLATE] * 3


def test_see_also_links_in_an_article_stay_links() -> None:
    links = _node("ul", None, 0, Context())
    items = [
        _item(
            "See also: The long history of the committee report and its many delays",
            "The long history of the committee report and its many delays",
            links,
        ),
        _item(
            "See also: Why the members said that the delay had been far too long",
            "Why the members said that the delay had been far too long",
            links,
        ),
    ]
    labels = _labels(_block(PROSE), *items, _block(PROSE))
    assert labels[1:3] == [Label.BOILERPLATE, Label.BOILERPLATE]


def _guard_reasons(html: str) -> dict[str, str]:
    """Each block's guard reason by its text ("" when the guard let it be), from HTML: the
    main-content region needs the element tree."""
    assert EN is not None
    tokens, limits, model = tokenize(parse(html), Thresholds()), Thresholds(), default_model()
    items = prepare(tokens, EN)
    add_context(items, tokens.nodes, model.stage1, limits)
    for item in items:
        item.score = 1.0  # every block accepted: only the guard's own rules remain
    guard(items, model.threshold, limits, _data_tables(items), _note_lists(items, limits))
    return {item.raw.text: item.reason for item in items}


def test_stage2_weighs_only_its_features_in_the_order_a_block_holds_them() -> None:
    """Stage 2 reads `STAGE2_FEATURES` alone: the same score, bit for bit, as over all of a
    block's features, on blocks holding each of them (cells outside the region, short links in
    a list)."""
    assert EN is not None
    html = (
        "<body><table><tr><td>Open daily</td><td>9 to 5</td></tr></table><div><h1>A meeting</h1>"
        f"{STORY}<ul><li><a href='/c'>Read the full report</a></li><li><a href='/d'>Notes</a>"
        "</li></ul></div></body>"
    )
    tokens, limits, model = tokenize(parse(html), Thresholds()), Thresholds(), default_model()
    assert set(model.stage2.weights) <= set(STAGE2_FEATURES)
    items = prepare(tokens, EN)
    add_context(items, tokens.nodes, model.stage1, limits)
    held = set()
    for item in items:
        found = item.features
        assert [name for name in found if name in STAGE2_FEATURES] == [
            name for name in STAGE2_FEATURES if name in found
        ]
        assert model.stage2.score(found) == model.stage2.score(found, STAGE2_FEATURES)
        held |= set(found)
    assert held >= set(STAGE2_FEATURES)


OUTSIDE = "short block outside the main-content region"
LEAD = "Our locks are built to deter thieves. Wherever you ride, count on them."
STORY = "".join(f"<p>{PROSE}</p>" for _ in range(4))


def test_a_lead_between_the_headline_and_the_region_is_not_guarded() -> None:
    html = f"<div><h1>Bike locks</h1><p>{LEAD}</p></div><div>{STORY}</div>"
    assert _guard_reasons(html)[LEAD] == ""


@pytest.mark.parametrize(
    "html",
    [
        f"<div><h1>Bike locks</h1></div><div>{STORY}</div><div><p>{LEAD}</p></div>",
        f"<div><p>{LEAD}</p><h1>Bike locks</h1></div><div>{STORY}</div>",
        f"<div><h1>Bike locks</h1><h2>{LEAD}</h2></div><div>{STORY}</div>",
        f"<div><h2>Bike locks</h2><p>{LEAD}</p></div><div>{STORY}</div>",
    ],
    ids=["after-the-region", "before-the-headline", "a-heading-not-a-paragraph", "no-headline"],
)
def test_other_short_blocks_outside_the_region_are_guarded(html: str) -> None:
    assert _guard_reasons(html)[LEAD] == OUTSIDE


HEADLINE = "Strong storms threaten the central states this weekend"
STANDFIRST = "Tornadoes are possible across the plains both Friday and Saturday, forecasters say"


def test_a_standfirst_heading_under_an_articles_headline_is_not_guarded() -> None:
    html = f"<div><h1>{HEADLINE}</h1><h2>{STANDFIRST}</h2></div><div>{STORY}</div>"
    assert _guard_reasons(html)[STANDFIRST] == ""


@pytest.mark.parametrize(
    ("html", "text"),
    [
        (
            f"<div><h1>{HEADLINE}</h1><h2>What the forecasters expect</h2></div><div>{STORY}</div>",
            "What the forecasters expect",
        ),
        (f"<div><h1>Weather blog</h1><h2>{STANDFIRST}</h2></div><div>{STORY}</div>", STANDFIRST),
    ],
    ids=["a-section-title", "a-tagline-under-a-site-name"],
)
def test_other_headings_under_the_headline_are_guarded(html: str, text: str) -> None:
    assert _guard_reasons(html)[text] == OUTSIDE


LINKED = "short block that is mostly a link"
LAUNCH = "Yesterday we launched something small, quiet and rather silly."


def test_a_whole_sentence_under_a_link_in_the_article_is_left_to_the_model() -> None:
    html = f"<div>{STORY}<p><a href='/x'>{LAUNCH}</a></p>{STORY}</div>"
    assert _guard_reasons(html)[LAUNCH] == ""


@pytest.mark.parametrize(
    "paragraph",
    [
        "Related: <a href='/x'>Yesterday we launched something small, quiet and silly.</a>",
        "À lire aussi » <a href='/x'>Yesterday we launched something small, quiet and silly.</a>",
        "<a href='/x'>Yesterday we launched something small, quiet and silly</a>",
        "<a href='/x'>We launched something small today.</a>",
    ],
    ids=["labelled-pointer", "guillemet-pointer", "no-sentence-end", "few-words"],
)
def test_other_linked_paragraphs_in_the_article_stay_guarded(paragraph: str) -> None:
    # in a box of its own: the paragraphs around it do not vouch for it (`_embedded_links`)
    reasons = _guard_reasons(f"<div>{STORY}<div><p>{paragraph}</p></div>{STORY}</div>")
    linked = next(text for text in reasons if "launched" in text)
    assert reasons[linked] == LINKED


def test_a_linked_sentence_outside_the_region_stays_guarded() -> None:
    html = f"<div>{STORY}</div><div><p><a href='/x'>{LAUNCH}</a></p></div>"
    assert _guard_reasons(html)[LAUNCH] == LINKED


def test_a_tagline_under_the_site_name_is_guarded() -> None:
    tagline = "Narrowboats, widebeams and life on the inland waterways"
    html = f"<div><h1>Canal World</h1><p>{tagline}</p></div><div>{STORY}</div>"
    assert _guard_reasons(html)[tagline] == OUTSIDE


SITE_BLURB = (
    "Canal World is a magazine for boaters and walkers. We have written about the waterways "
    "of Britain since 1998, and we publish a new issue every month."
)
AFTER_REGION = "after the main-content region, not confidently content"


def _after_region_reasons(html: str, score: float) -> dict[str, str]:
    """Each block's reason by its text after `guard_after_region`, every block scored `score`
    (between the threshold and a confident score: a near miss above the threshold)."""
    assert EN is not None
    tokens, limits, model = tokenize(parse(html), Thresholds()), Thresholds(), default_model()
    items = prepare(tokens, EN)
    region = add_context(items, tokens.nodes, model.stage1, limits)
    for item in items:
        item.score = score
    guard_after_region(items, region, model.threshold, limits)
    return {item.raw.text: item.reason for item in items}


def test_prose_after_the_region_needs_a_confident_score() -> None:
    html = f"<div><div class='story'>{STORY}</div><section><p>{SITE_BLURB}</p></section></div>"
    assert _after_region_reasons(html, 0.6)[SITE_BLURB] == AFTER_REGION
    assert _after_region_reasons(html, 0.9)[SITE_BLURB] == ""


def test_prose_shaped_like_the_articles_paragraphs_continues_it() -> None:
    html = (
        f"<div><div class='story'>{STORY}</div>"
        f"<section><div class='story'><p>{SITE_BLURB}</p></div></section></div>"
    )
    assert _after_region_reasons(html, 0.6)[SITE_BLURB] == ""


def _teaser_page(article_paragraphs: int, teasers: int, *, linked: bool = True) -> Node | None:
    """A page: <body><div>article paragraphs</div><ul>teasers (heading + summary)</ul></body>."""
    body = _node("body", None, 0, Context())
    article = _node("div", body, 1, Context())
    stream = _node("ul", body, 2, Context())
    body.end = 2
    items = [
        Scored(RawBlock(PROSE, BlockKind.PARAGRAPH, 0, article), None, None, {}, first=0.9)
        for _ in range(article_paragraphs)
    ]
    headline = "Another story from the same site"
    for _ in range(teasers):
        heading = RawBlock(
            headline,
            BlockKind.HEADING,
            3,
            stream,
            link_chars=len(headline) if linked else 0,
            group=stream,
        )
        summary = RawBlock(PROSE, BlockKind.PARAGRAPH, 0, stream, group=stream)
        items += [
            Scored(heading, None, None, {}, first=0.3),
            Scored(summary, None, None, {}, first=0.9),
        ]
    return find_region(items, [body, article, stream], Thresholds())


def test_a_teaser_stream_does_not_pull_the_region_from_the_article_beside_it() -> None:
    region = _teaser_page(2, 3)
    assert region is not None and region.index == 1


def test_a_list_whose_headings_are_not_links_is_evidence() -> None:
    region = _teaser_page(2, 3, linked=False)
    assert region is not None and region.index == 0


def test_a_listing_page_keeps_its_teasers_as_evidence() -> None:
    # a shop or a section front: almost all of the prose is in the stream
    region = _teaser_page(1, 9)
    assert region is not None and region.index == 0


SUMMARY = "Readers asked how to move their photographs from a camera to a tablet, no computer."


def _teaser_box(heading: str) -> str:
    """A sidebar of three story cards built of <div>s, each a heading over its summary."""
    card = f"<div class='post'>{heading}<p>{SUMMARY}</p></div>"
    return f"<div class='box'>{card * 3}</div>"


ABOUT = f"<div><h4>About this blog</h4><p>{PROSE}</p><p>{PROSE}</p></div>"


@pytest.mark.parametrize(
    ("article", "rest"),
    [(STORY[: len(STORY) // 2], ""), (STORY, ABOUT)],
    ids=["stream-outweighs-the-article", "stream-is-a-small-part"],
)
def test_a_box_of_linked_heading_cards_is_not_evidence_of_the_region(
    article: str, rest: str
) -> None:
    stream = _teaser_box("<h5><a href=/x>Q&amp;A: Photos</a></h5>")
    html = f"<div><div>{article}</div>{stream}{rest}</div>"
    assert _guard_reasons(html)[SUMMARY] == OUTSIDE


@pytest.mark.parametrize(
    ("title", "guarded"),
    [("<a href=/x>The End of Men</a>", True), ("<b>The End of Men</b>", False)],
    ids=["linked-title", "title-not-a-link"],
)
def test_list_items_of_a_linked_title_over_a_summary_are_cards(title: str, guarded: bool) -> None:
    cards = f"<ul>{f'<li>{title}<p>{SUMMARY}</p></li>' * 3}</ul>"
    html = f"<div><div>{STORY}</div><div>{cards}</div>{ABOUT}</div>"
    assert _guard_reasons(html)[SUMMARY] == (OUTSIDE if guarded else "")


def test_a_listing_built_of_cards_keeps_them_as_evidence() -> None:
    # a section front: the cards hold most of the prose, the page is their listing
    stream = _teaser_box("<h5><a href=/x>Q&amp;A: Photos</a></h5>")
    html = f"<div><div><p>{PROSE}</p></div>{stream}</div>"
    assert _guard_reasons(html)[SUMMARY] == ""


def test_a_box_whose_headings_are_not_links_is_evidence() -> None:
    stream = _teaser_box("<h5>Q&amp;A: Photos</h5>")
    html = f"<div><div>{STORY[: len(STORY) // 2]}</div>{stream}</div>"
    assert _guard_reasons(html)[SUMMARY] == ""


def _sidebar_page(sidebar_tag: str) -> Node | None:
    """A page: <body><div>a short article</div><SIDEBAR>a longer live ticker</SIDEBAR></body>."""
    body = _node("body", None, 0, Context())
    article = _node("div", body, 1, Context())
    sidebar = _node(sidebar_tag, body, 2, Context())
    body.end = 2
    furniture = Verdict(Label.CHROME, "header/footer/sidebar container (sidebar)")
    items = [Scored(RawBlock(PROSE, BlockKind.PARAGRAPH, 0, article), None, None, {}, first=0.9)]
    for _ in range(2):
        raw = RawBlock(PROSE, BlockKind.PARAGRAPH, 0, sidebar)
        raw.container_noise = ((sidebar, furniture),)
        items.append(Scored(raw, None, furniture, {}, first=0.9))
    return find_region(items, [body, article, sidebar], Thresholds())


TAIL = "Next month the members will meet again to decide on the schedule for the vote."


@pytest.mark.parametrize(
    ("between", "joined"),
    [
        ("<div class='wide'><figure><img src=a.jpg></figure></div>", True),
        ("<hr class='rule'>", True),
        ("", False),
        ("<div class='wide'><p>Share this story</p></div>", False),
    ],
    ids=["full-width-picture", "section-rule", "side-by-side-columns", "no-picture-between"],
)
def test_pieces_of_a_column_cut_by_a_picture_are_one_region(between: str, joined: bool) -> None:
    # the article's text column closed before a full-width picture and opened after it
    html = (
        f"<div><div class='col'>{STORY}</div>{between}"
        f"<div class='col'><p>{TAIL}</p><p>{PROSE}</p></div></div>"
    )
    assert _guard_reasons(html)[TAIL] == ("" if joined else OUTSIDE)


SIDE_NOTE = "Join our club today"


def test_a_layout_tables_cell_holding_the_article_is_the_region() -> None:
    # an old page laid out in a table: the sidebar is the cell beside the article's cell
    html = (
        f"<table><tr><td><p>{SIDE_NOTE}</p><p><a href=/a>Home</a></p></td>"
        f"<td>{STORY}</td></tr></table>"
    )
    assert _guard_reasons(html)[SIDE_NOTE] == OUTSIDE


def test_prose_in_a_sidebar_landmark_is_not_evidence_of_the_region() -> None:
    region = _sidebar_page("aside")
    assert region is not None and region.index == 1


def test_prose_in_a_furniture_named_div_is_evidence_of_the_region() -> None:
    # a page builder's "widget" <div> often wraps the article itself
    region = _sidebar_page("div")
    assert region is not None and region.index == 2


def _dump_page(article_paragraphs: int) -> Node | None:
    """A page: <body><div>a text node longer than any paragraph</div><div>article</div></body>."""
    body = _node("body", None, 0, Context())
    dump = _node("div", body, 1, Context())
    article = _node("div", body, 2, Context())
    body.end = 2
    text = "word " * (MAX_PARAGRAPH_CHARS // 4)
    items = [Scored(RawBlock(text, BlockKind.PARAGRAPH, 0, dump), None, None, {}, first=0.9)]
    items += [
        Scored(RawBlock(PROSE, BlockKind.PARAGRAPH, 0, article), None, None, {}, first=0.9)
        for _ in range(article_paragraphs)
    ]
    return find_region(items, [body, dump, article], Thresholds())


def test_a_block_longer_than_any_paragraph_does_not_decide_the_region() -> None:
    region = _dump_page(2)
    assert region is not None and region.index == 2


def test_a_block_longer_than_any_paragraph_is_the_region_when_alone() -> None:
    region = _dump_page(0)
    assert region is not None and region.index == 1


def test_a_code_listing_is_never_the_region() -> None:
    # a forum post's pasted log (`<p><code>`) holds most of the thread's text
    body = _node("body", None, 0, Context())
    post = _node("div", body, 1, Context())
    code = _node("code", post, 2, Context())
    body.end = post.end = 2
    log = "12:00:01 AM: step done " * 200
    items = [
        Scored(RawBlock(log, BlockKind.PARAGRAPH, 0, code), None, None, {}, first=0.9),
        Scored(RawBlock(PROSE, BlockKind.PARAGRAPH, 0, post), None, None, {}, first=0.9),
    ]
    region = find_region(items, [body, post, code], Thresholds())
    assert region is not None and region.index == 1


def _data_table_in_layout_table(neighbour: RawBlock) -> list[Label]:
    """A data table of short cells between two cells of the page's layout table."""
    layout, data = _node("table", None, 0, Context()), _node("table", None, 1, Context())
    cells = ["Alice Martin", "63", "16.6%", "Bob Lee", "56", "14.7%"] * 3
    blocks = [RawBlock(text, BlockKind.TABLE, 0, None, group=data) for text in cells]
    before, after = (
        neighbour,
        RawBlock(neighbour.text, neighbour.kind, 0, None, link_chars=neighbour.link_chars),
    )
    for block in (before, after):
        block.group = layout
    return _labels(before, *blocks, after)[1:-1]


def test_a_data_table_between_prose_in_a_layout_table_is_content() -> None:
    assert set(_data_table_in_layout_table(_block(PROSE))) == {Label.CONTENT}


def test_a_data_table_between_links_in_a_layout_table_is_not_content() -> None:
    links = "Archives and past weekly editions of the site"
    assert Label.CONTENT not in _data_table_in_layout_table(_block(links, link_chars=len(links)))


SYNOPSIS = f"{PROSE} {PROSE}"
"""A cell long enough that the table is not decided as a whole (`smooth_groups`)."""


FILMS = ("Journey to the Center of Time", "Mirror for a Hero", "The Last Day of Summer")


def _film_table(
    cell_tag: str, *, headed: bool = False, titles: tuple[str, ...] = FILMS
) -> list[Label]:
    """A table of films: a linked title in a `cell_tag` cell, the year, a synopsis; per row;
    `headed`: under a header row of <th> cells naming the columns."""
    table = _node("table", None, 0, Context())
    heads = ["Title", "Year", "Synopsis"] if headed else []
    blocks = [
        RawBlock(head, BlockKind.TABLE, 0, _node("th", table, 1, Context()), group=table)
        for head in heads
    ]
    for title in titles:
        cell = _node(cell_tag, table, 1, Context())
        link = _node("a", cell, 2, Context())
        blocks += [
            RawBlock(title, BlockKind.TABLE, 0, link, link_chars=len(title), group=table),
            RawBlock("1964", BlockKind.TABLE, 0, _node("td", table, 3, Context()), group=table),
            RawBlock(SYNOPSIS, BlockKind.TABLE, 0, _node("td", table, 4, Context()), group=table),
        ]
    return _labels(*blocks)[len(heads) :: 3]


def test_a_linked_row_header_of_a_table_that_is_content_is_content() -> None:
    assert set(_film_table("th")) == {Label.CONTENT}


SHORT_FILMS = ("Groundhog Day", "Premature", "Run Lola Run")
"""Titles of three words or fewer: too short for the model, left to the neighbour pass."""


def test_a_short_linked_row_header_between_its_row_is_content() -> None:
    assert set(_film_table("th", titles=SHORT_FILMS)) == {Label.CONTENT}


def test_a_short_linked_data_cell_stays_a_link() -> None:
    assert Label.CONTENT not in _film_table("td", titles=SHORT_FILMS)


def test_a_linked_data_cell_stays_a_link() -> None:
    assert Label.CONTENT not in _film_table("td")


def test_a_linked_data_cell_under_column_headers_is_content() -> None:
    # a table that heads its columns holds data: its linked cells are the data
    assert set(_film_table("td", headed=True)) == {Label.CONTENT}


@pytest.mark.parametrize("heading", [True, False], ids=["layout", "data"])
def test_a_table_holding_a_heading_is_layout_not_decided_as_a_whole(heading: bool) -> None:
    # a page laid out in one table: its menu cells are not lifted with the story's cells
    table = _node("table", None, 0, Context())
    texts = ["Blog", "Books", "Essays", "Contact", "Free Online Course", "He agreed to teach."]
    cells = [RawBlock(text, BlockKind.TABLE, 0, None, group=table) for text in texts]
    if heading:
        cells[4].kind = BlockKind.HEADING
        cells[4].level = 2
    scored = [Scored(cell, None, None, {}, score=0.45) for cell in cells]
    scored[-1].score = scored[-2].score = 0.95
    smooth_groups(scored, 0.5, Thresholds(), set())
    assert [item.score >= 0.5 for item in scored[:4]] == [not heading] * 4


def _key_value_table(headed: bool) -> list[Scored]:
    """A table of facts, each row a name and a linked value (a wiki's infobox), whose last two
    rows the model takes for content; `headed`: the names are header cells (<th>)."""
    table = _node("table", None, 0, Context())
    rows = [("Capital", "Wellington"), ("City", "Auckland"), ("Founder", "Netscape Communications")]
    cells = []
    for name, value in rows:
        head = _node("th" if headed else "td", table, 1, Context())
        cell = _node("td", table, 2, Context())
        link = _node("a", cell, 3, Context())
        cells += [
            RawBlock(name, BlockKind.TABLE, 0, head, group=table),
            RawBlock(value, BlockKind.TABLE, 0, link, link_chars=len(value), group=table),
        ]
    scored = [Scored(cell, None, None, {}, score=0.45) for cell in cells]
    scored[-1].score = scored[-2].score = scored[-3].score = scored[-4].score = 0.95
    return scored


@pytest.mark.parametrize("headed", [True, False], ids=["data", "links"])
def test_a_linked_table_of_data_is_decided_as_a_whole(headed: bool) -> None:
    # mostly links: a table of data when it heads its rows, a grid of links when it does not
    scored = _key_value_table(headed)
    smooth_groups(scored, 0.5, Thresholds(), _data_tables(scored))
    assert [item.score >= 0.5 for item in scored[:2]] == [headed] * 2


@pytest.mark.parametrize(
    ("kind", "after", "link_chars", "kept"),
    [
        (BlockKind.HEADING, 0.55, 0, True),
        (BlockKind.PARAGRAPH, 0.55, 0, True),
        (BlockKind.HEADING, 0.3, 0, False),
        (BlockKind.HEADING, 0.55, 5, False),
        (BlockKind.CAPTION, 0.55, 0, False),
    ],
    ids=["heading", "short-line", "before-boilerplate", "linked", "caption"],
)
def test_a_block_right_between_content_blocks_is_content(
    kind: BlockKind, after: float, link_chars: int, kept: bool
) -> None:
    # `Pros:` between a paragraph and a short list item a later pass made content: the
    # neighbour pass, reading the nearest confident blocks, had left it out
    texts = [PROSE, "Pros:", "Light and quiet."]
    kinds = [BlockKind.PARAGRAPH, kind, BlockKind.PARAGRAPH]
    links = [0, link_chars, 0]
    blocks = [
        RawBlock(text, kind, 0, None, link_chars=linked)
        for text, kind, linked in zip(texts, kinds, links, strict=True)
    ]
    scored = [
        Scored(block, None, None, {}, score=score)
        for block, score in zip(blocks, (0.95, 0.45, after), strict=True)
    ]
    keep_between_content(scored, 0.5, Thresholds())
    assert (scored[1].score >= 0.5) is kept


def _page_with_comments(article: int, comments_at: int) -> list[Block]:
    """`article` content paragraphs, a comment block after the first `comments_at` of them,
    then a sidebar's prose the model took for content."""
    prose = "A paragraph of the article that goes on for a while. " * 3
    blocks = [Block(prose, BlockKind.PARAGRAPH, Label.CONTENT, 0.9) for _ in range(article)]
    blocks.insert(comments_at, Block("Post a Comment", BlockKind.PARAGRAPH, Label.COMMENTS))
    blocks.append(Block("About me: I write about money. " * 3, BlockKind.PARAGRAPH, Label.CONTENT))
    return blocks


def test_content_after_the_comment_section_is_furniture() -> None:
    blocks = _page_with_comments(article=3, comments_at=3)
    cut_after_comments(blocks)
    assert [block.label for block in blocks] == [Label.CONTENT] * 3 + [Label.COMMENTS, Label.CHROME]


def test_comment_blocks_before_most_of_the_content_cut_nothing() -> None:
    # a forum's reply widget after the first post, a documentation page's "Discussion" heading
    blocks = _page_with_comments(article=4, comments_at=1)
    cut_after_comments(blocks)
    assert [block.label for block in blocks].count(Label.CONTENT) == 5


def _dated_table(cells: list[str]) -> dict[str, Label]:
    """An article whose table gives a date and a second cell per row: each text's label."""
    rows = "".join(
        f"<tr><td>{day}</td><td>{cell}</td></tr>"
        for day, cell in zip(("1/1/2013", "2/1/2013", "3/1/2013"), cells, strict=True)
    )
    html = (
        f"<html><body><article><h1>Home prices</h1><p>{PROSE}</p>"
        f"<table><tr><th>Date</th><th>Change</th></tr>{rows}</table><p>{PROSE}</p>"
        "</article></body></html>"
    )
    blocks = classify(tokenize(parse(html), Thresholds()), ExtractOptions(), EN)
    return {block.text: block.label for block in blocks}


def test_the_dates_of_a_table_of_data_are_its_values() -> None:
    labels = _dated_table(["+13.1%", "+12.5%", "+11.9%"])
    assert labels["1/1/2013"] is Label.CONTENT
    assert labels["3/1/2013"] is Label.CONTENT


def test_the_dates_of_a_table_laying_out_long_posts_are_datelines() -> None:
    post = f"{PROSE} {PROSE}"
    labels = _dated_table([post, post, post])
    assert labels["1/1/2013"] is Label.DATELINE
    assert labels["3/1/2013"] is Label.DATELINE


def _news_aside_page(headline_in_aside: bool = False) -> list[RawBlock]:
    """An article of two paragraphs and an <aside> of one inside it; the <h1> heads the
    article, or opens the <aside>."""
    h1 = "<h1>Council delays the report</h1>"
    aside = f"<aside>{h1 if headline_in_aside else ''}<p>{PROSE}</p></aside>"
    html = (
        f"<html><body><article>{'' if headline_in_aside else h1}<p>{PROSE}</p>"
        f"{aside}<p>{PROSE}</p></article></body></html>"
    )
    return tokenize(parse(html), Thresholds()).blocks


def test_an_aside_inside_a_news_article_is_final_furniture() -> None:
    blocks = _news_aside_page()
    verdicts = resolve_noise(blocks, article=True)
    assert verdicts == [None, None, NEWS_ASIDE, None]
    assert NEWS_ASIDE.final


def test_an_aside_inside_an_article_not_declared_news_or_holding_its_h1_is_left_alone() -> None:
    assert resolve_noise(_news_aside_page()) == [None] * 4
    assert NEWS_ASIDE not in resolve_noise(_news_aside_page(headline_in_aside=True), article=True)


def _signed_posts_page() -> list[RawBlock]:
    """Two forum posts, each followed by its member's signature."""
    post = f'<div class="post"><p>{PROSE}</p><div class="signature"><p>{PROSE}</p></div></div>'
    return tokenize(parse(f"<html><body>{post * 2}</body></html>"), Thresholds()).blocks


def test_a_forum_signature_is_final_unless_the_page_declares_an_article() -> None:
    """On an article the word names the byline (`c-signature`), which truths may keep."""
    final = [
        verdict is not None and verdict.final for verdict in resolve_noise(_signed_posts_page())
    ]
    assert final == [False, True, False, True]
    declared = resolve_noise(_signed_posts_page(), article=True)
    assert [verdict is not None and verdict.final for verdict in declared] == [False] * 4
    assert declared[1] is not None and declared[1].signature


def _captioned_page() -> list[RawBlock]:
    """An article of two paragraphs with a captioned picture between them."""
    figure = '<figure><img src="a.jpg"><figcaption>The council chamber on Tuesday.</figcaption>'
    html = f"<html><body><article><h1>Title</h1><p>{PROSE}</p>{figure}</figure><p>{PROSE}</p>"
    return tokenize(parse(html + "</article></body></html>"), Thresholds()).blocks


def test_a_caption_in_a_news_story_is_final_chrome() -> None:
    blocks = _captioned_page()
    assert blocks[2].kind is BlockKind.CAPTION
    assert resolve_noise(blocks, news=True) == [None, None, NEWS_CAPTION, None]
    assert NEWS_CAPTION.final


def test_a_caption_on_a_page_not_declared_news_is_left_to_the_model() -> None:
    """Declared only an article (a blog's SEO plugin, a magazine): captions stay the model's."""
    assert resolve_noise(_captioned_page()) == [None] * 4
    assert resolve_noise(_captioned_page(), article=True) == [None] * 4


def _complementary_page() -> list[RawBlock]:
    """An article of two paragraphs and a role="complementary" box of one between them."""
    box = f'<div role="complementary"><p>{PROSE}</p></div>'
    article = f"<article><h1>Title</h1><p>{PROSE}</p>{box}<p>{PROSE}</p></article>"
    html = f"<html><body>{article}</body></html>"
    return tokenize(parse(html), Thresholds()).blocks


def test_a_complementary_box_inside_a_news_article_is_final_furniture() -> None:
    final = Verdict(COMPLEMENTARY.label, COMPLEMENTARY.reason, final=True)
    assert resolve_noise(_complementary_page(), article=True) == [None, None, final, None]
    assert resolve_noise(_complementary_page()) == [None, None, COMPLEMENTARY, None]


def test_a_furniture_container_inside_a_news_aside_keeps_its_label_and_is_final() -> None:
    menu = '<ul class="related-links"><li><a href="/a">Another story on the council</a></li></ul>'
    html = (
        f"<html><body><article><h1>Title</h1><p>{PROSE}</p><aside>{menu}</aside>"
        f"<p>{PROSE}</p></article></body></html>"
    )
    blocks = tokenize(parse(html), Thresholds()).blocks
    plain = resolve_noise(blocks)[2]
    assert plain is not None and not plain.final
    assert resolve_noise(blocks, article=True)[2] == Verdict(plain.label, plain.reason, final=True)


@pytest.mark.parametrize(("set_apart", "score"), [(True, 0.25), (False, 0.55)])
def test_a_block_set_apart_for_certain_is_a_boilerplate_neighbour(
    set_apart: bool, score: float
) -> None:
    """A block between two boxes made final furniture (a news aside, a fact box) takes their
    verdict; text detectors' verdicts (a share line) are looked past."""
    features = {"link_density": 0.0} if set_apart else {}
    box = Scored(_block(PROSE), NEWS_ASIDE, None, features)
    doubtful = Scored(_block("He agreed."), None, None, {"link_density": 0.0}, score=0.55)
    smooth([box, doubtful, box], 0.5, Thresholds(), set(), set())
    assert doubtful.score == score


@pytest.mark.parametrize(
    ("kind", "label", "in_table", "score"),
    [
        (BlockKind.PARAGRAPH, Label.SHARE, False, 0.25),
        (BlockKind.HEADING, Label.RELATED, False, 0.25),
        (BlockKind.HEADING, Label.MENU, False, 0.55),
        (BlockKind.PARAGRAPH, Label.MENU, True, 0.55),
    ],
    ids=["share-bar", "related-heading", "menu-word-heading", "table-cell"],
)
def test_a_line_of_site_chrome_is_a_boilerplate_neighbour(
    kind: BlockKind, label: Label, in_table: bool, score: float
) -> None:
    """A doubtful block between two lines of site chrome takes their verdict, unless the line
    is a heading naming a menu word (a section's title) or a table's cell."""
    verdict = Verdict(label, "site chrome", page_chrome=True)
    plain = Verdict(label, "site chrome")
    table = _node("table", None, 0, Context()) if in_table else None

    def line(chrome: Verdict) -> Scored:
        raw = _block("Share this", kind=kind, noise=chrome)
        raw.group = table
        return Scored(raw, chrome, None, {})

    prose = Scored(_block(PROSE), None, None, {"link_density": 0.0}, score=0.9)
    doubtful = Scored(_block("He agreed."), None, None, {"link_density": 0.0}, score=0.55)
    smooth([prose, line(verdict), doubtful, line(verdict), prose], 0.5, Thresholds(), set(), set())
    assert doubtful.score == score
    doubtful.score = 0.55
    smooth([line(plain), doubtful, line(plain)], 0.5, Thresholds(), set(), set())
    assert doubtful.score == 0.55


@pytest.mark.parametrize(
    ("article", "in_table", "score"),
    [(False, False, 0.5), (True, False, 0.45), (True, True, 0.5)],
    ids=["undeclared-page", "declared-article", "table-cell-of-article"],
)
def test_one_content_side_vouches_for_a_block_but_on_a_declared_article(
    article: bool, in_table: bool, score: float
) -> None:
    """A short line after the last paragraph, with no confident block in reach past it, is
    promoted by that paragraph alone, but on a page that declares itself an article (a
    source line, a widget's label past the story's edge); a table's cell still is."""
    prose = Scored(_block(PROSE), None, None, {"link_density": 0.0}, score=0.9)
    raw = _block("Quelle: dpa")
    raw.group = _node("table", None, 0, Context()) if in_table else None
    line = Scored(raw, None, None, {"link_density": 0.0}, score=0.45)
    smooth([prose, line], 0.5, Thresholds(), set(), set(), article)
    assert line.score == score
    both = Scored(_block("He agreed."), None, None, {"link_density": 0.0}, score=0.45)
    smooth([prose, both, prose], 0.5, Thresholds(), set(), set(), article)
    assert both.score == 0.5


EARLIER_POSTS = (
    '<li><a href="/one">Recipe for success: love what you do</a> by Deborah</li>'
    '<li><a href="/two">Branding for a job or for an opportunity</a> by Phil</li>'
    '<li><a href="/three">Where success is really hidden</a> by Nance</li>'
)


def _link_labels(middle: str) -> dict[str, Label]:
    """Labels of the blocks between two runs of article paragraphs around `middle`."""
    assert EN is not None
    prose = f"<p>{PROSE}</p>" * 2
    html = f"<html><body><div>{prose}{middle}{prose}</div></body></html>"
    blocks = classify(tokenize(parse(html), Thresholds()), ExtractOptions(), EN)
    return {block.text: block.label for block in blocks if block.text != PROSE}


def test_a_list_of_links_the_text_holds_between_its_paragraphs_is_content() -> None:
    labels = _link_labels(f"<ul>{EARLIER_POSTS}</ul>")
    assert set(labels.values()) == {Label.CONTENT}


def test_a_via_line_between_the_paragraphs_is_content() -> None:
    labels = _link_labels('<p>via <a href="/blog">The Example Weekly Blog</a></p>')
    assert labels == {"via The Example Weekly Blog": Label.CONTENT}


def test_links_in_a_box_of_their_own_between_the_paragraphs_stay_guarded() -> None:
    labels = _link_labels(f'<div class="box"><ul>{EARLIER_POSTS}</ul></div>')
    assert Label.CONTENT not in labels.values()


def test_a_pointer_between_the_paragraphs_stays_guarded() -> None:
    labels = _link_labels('<p><a href="/other">Read more: The committee and its report</a></p>')
    assert Label.CONTENT not in labels.values()


def test_a_via_line_between_two_lists_of_notes_is_content() -> None:
    notes = f"<ul><li>{PROSE}</li></ul>"
    labels = _link_labels(f'{notes}<p>via <a href="/blog">The Example Weekly Blog</a></p>{notes}')
    assert labels == {"via The Example Weekly Blog": Label.CONTENT}


INTERVIEWS = ("Jane Doe on the history of canals", "John Roe on locks and weirs")


def _html_labels(html: str) -> dict[str, Label]:
    """Each block's label by its text, from HTML: regions and hosts need the element tree."""
    assert EN is not None
    blocks = classify(tokenize(parse(html), Thresholds()), ExtractOptions(), EN)
    return {block.text: block.label for block in blocks}


def _closing_list(intro: str) -> str:
    """A post closing on a list of links under `intro`, with share buttons after it."""
    items = "".join(f"<li><a href='/{n}'>{text}</a></li>" for n, text in enumerate(INTERVIEWS))
    share = "<div class='share'><a href='/t'>Tweet</a> <a href='/e'>Email</a></div>"
    return f"<div><h1>Canal lives</h1>{STORY}<p>{intro}</p><ul>{items}</ul>{share}</div>"


@pytest.mark.parametrize(
    "intro", ["Previous interviews in this series:", "Suggested reading:"], ids=["line", "label"]
)
def test_a_list_a_closing_paragraph_introduces_is_content(intro: str) -> None:
    labels = _html_labels(_closing_list(intro))
    assert [labels[text] for text in INTERVIEWS] == [Label.CONTENT] * 2


@pytest.mark.parametrize(
    "intro",
    [
        "See also:",
        "Related stories from our archive:",
        "If you enjoyed this post you might also like:",
        "Previous interviews in this series.",
    ],
    ids=["pointer-label", "related-heading", "more-reading", "no-colon"],
)
def test_a_list_under_a_pointer_stays_guarded(intro: str) -> None:
    labels = _html_labels(_closing_list(intro))
    assert [labels[text] for text in INTERVIEWS] == [Label.BOILERPLATE] * 2


PLACES = ("Brazil (Rio de Janeiro)", "Bahrain", "Sri Lanka")


def _closing_lines(lines: tuple[str, ...]) -> str:
    """A post closing on short paragraphs, the first two linked, under an intro."""
    linked = [f"<a href='/{n}'>{text}</a>" for n, text in enumerate(lines[:2])]
    body = "".join(f"<p>{line}</p>" for line in [*linked, *lines[2:]])
    intro = "<p>Here are the places we will visit next year:</p>"
    return f"<div><h1>World tour</h1>{STORY}{intro}{body}</div>"


def test_lines_a_closing_paragraph_introduces_are_content() -> None:
    labels = _html_labels(_closing_lines(PLACES))
    assert [labels[text] for text in PLACES] == [Label.CONTENT] * 3


def test_lines_that_are_fields_stay_apart() -> None:
    fields = ("Tel: 555 0100", "Web: example.org", "Sri Lanka")
    labels = _html_labels(_closing_lines(fields))
    assert [labels[text] for text in fields[:2]] == [Label.BOILERPLATE] * 2


def test_a_long_list_of_linked_categories_is_guarded() -> None:
    names = ", ".join(f"<a href='/c{n}'>Category number {n}</a>" for n in range(12))
    html = f"<div>{STORY}<p>Categories: {names}</p>{STORY}</div>"
    reasons = _guard_reasons(html)
    listed = next(text for text in reasons if text.startswith("Categories:"))
    assert len(listed) >= Thresholds().long_chars
    assert reasons[listed] == TAXONOMY_NOTE


def test_a_category_label_before_unlinked_words_is_left_to_the_model() -> None:
    html = f"<div>{STORY}<p>Category: stories of the war from the people who lived it</p></div>"
    reasons = _guard_reasons(html)
    assert reasons["Category: stories of the war from the people who lived it"] == ""


def test_one_chrome_side_does_not_demote_a_paragraph_the_model_keeps() -> None:
    """The last of several short paragraphs sees only the footer's chrome within reach: that
    one side demotes it only when its own score is below the threshold."""
    lines = [
        (
            "The committee heard from the minister for nearly three hours on Tuesday, and the "
            "questions turned again and again to the cost of the new bridge across the river."
        ),
        "He said that it was not known.",
        "He said that it was not his.",
        "He said that he had asked.",
        "He said that he would stay on.",
    ]
    page = (
        "<html><body><nav><a href='/'>Home</a> <a href='/a'>World</a></nav><article>"
        + "".join(f"<p>{line}</p>" for line in lines)
        + "</article><footer>About us</footer></body></html>"
    )
    assert extract(page).body.split("\n\n") == lines


LAMPS = ("Trail Lamp", "Summit Torch", "Cave Beam", "Night Hiker", "Ridge Light", "Camp Glow")


def _card_grid(before: str = "", extra: str = "") -> str:
    """A shop's category page: a grid of product cards, each a linked name over its price
    and a line of specifications (`extra` lengthens the line); `before` goes above the grid."""
    cards = "".join(
        f"<div class='card'><h3><a href='/p/{n}'>{name}</a></h3><p>${20 + n}.95</p>"
        f"<p>300 lumens, rechargeable{extra}</p></div>"
        for n, name in enumerate(LAMPS)
    )
    return f"<body><h1>Headlamps</h1>{before}<div class='grid'>{cards}</div></body>"


def test_the_cards_of_a_page_of_cards_are_content() -> None:
    labels = _html_labels(_card_grid())
    assert all(labels[name] is Label.CONTENT for name in LAMPS)
    assert labels["$20.95"] is Label.CONTENT


def test_cards_beside_an_article_are_left_to_the_model() -> None:
    labels = _html_labels(_card_grid(before=STORY))
    assert all(labels[name] is not Label.CONTENT for name in LAMPS)


def test_long_cards_are_posts_not_cards() -> None:
    """Cards with a median over `CARD_MAX_CHARS` are a thread's posts: the rule leaves them."""
    assert EN is not None
    html = _card_grid(extra=f", {PROSE} {PROSE} {PROSE}")
    blocks = classify(tokenize(parse(html), Thresholds()), ExtractOptions(), EN)
    assert all(block.reason != CARD_NOTE for block in blocks)
    short = classify(tokenize(parse(_card_grid()), Thresholds()), ExtractOptions(), EN)
    assert any(block.reason == CARD_NOTE for block in short)


def _scored(html: str) -> list[Scored]:
    """The blocks of an HTML page, unscored."""
    return [Scored(raw, None, None, {}) for raw in tokenize(parse(html), Thresholds()).blocks]


def _titles(shapes: list[dict[Node, str]]) -> list[list[str]]:
    return [sorted(cards.values()) for cards in shapes]


def test_one_card_is_no_repeated_shape() -> None:
    """A page with a single card (or three) has no shape to look at: the rule leaves at once."""
    card = "<div class='card'><h3><a href='/p'>Trail Lamp</a></h3><p>$20.95</p></div>"
    assert _titled_shapes(_scored(f"<body><div>{card}</div><p>{PROSE}</p></body>")) == []


def test_a_grid_is_one_shape_keyed_by_parent_and_name() -> None:
    """The cards of a grid share a parent and a `Node.name` (`div.card`); each is titled by its
    first linked block. The same cards under another parent, or a sibling of another first
    class, are another shape."""
    shapes = _titled_shapes(_scored(_card_grid()))
    assert _titles(shapes) == [sorted(LAMPS)]
    assert {card.name for card in shapes[0]} == {"div.card"}
    odd = _card_grid().replace("<div class='card'>", "<div class='tile'>", 1)
    assert _titles(_titled_shapes(_scored(odd))) == [sorted(LAMPS[1:])]


def test_one_repeated_title_is_no_grid() -> None:
    """Four cards linking one title (a column of the same link) are no shape."""
    html = _card_grid().replace("Summit Torch", "Trail Lamp").replace("Cave Beam", "Trail Lamp")
    assert _titled_shapes(_scored(html.replace("Night Hiker", "Trail Lamp"))) == []


def test_a_menu_is_a_titled_shape_without_own_text() -> None:
    """A menu's items repeat a titled shape, but hold no unlinked text: no card has its own."""
    menu = "".join(f"<li><a href='/{n}'>{name}</a></li>" for n, name in enumerate(LAMPS))
    scored = _scored(f"<body><ul>{menu}</ul></body>")
    shapes = _titled_shapes(scored)
    assert _titles(shapes) == [sorted(LAMPS)]
    held = _card_blocks(scored, shapes)
    assert not any(_own_text(scored, held[card]) for card in shapes[0])
    grid = _scored(_card_grid())
    cards = _titled_shapes(grid)[0]
    assert all(_own_text(grid, _card_blocks(grid, [cards])[card]) for card in cards)


def test_nested_grids_are_two_shapes_each_card_holding_its_blocks() -> None:
    """A grid of sections, each a grid of cards: both levels are shapes, and a section holds
    the blocks of its cards (up to `CARD_MAX_DEPTH` levels below it)."""
    sections = "".join(
        f"<section class='shelf'><h2><a href='/s/{n}'>Shelf {n}</a></h2>{_card_grid()}</section>"
        for n in range(4)
    )
    scored = _scored(f"<body><main>{sections}</main></body>")
    shapes = _titled_shapes(scored)
    names = sorted({card.name for cards in shapes for card in cards})
    assert names == ["div.card", "section.shelf"]
    held = _card_blocks(scored, shapes)
    shelves = next(cards for cards in shapes if next(iter(cards)).name == "section.shelf")
    assert sorted(shelves.values()) == [f"Shelf {n}" for n in range(4)]
    assert all(len(held[shelf]) == 2 + 3 * len(LAMPS) for shelf in shelves)


def test_a_shallower_linked_block_reaches_cards_a_deeper_one_did_not() -> None:
    """Each card's first linked block lies `CARD_MAX_DEPTH` levels below it, out of its reach;
    its title is the later linked heading nearer to it, though that heading's walk goes up
    through elements the first one has walked."""
    deep = "<div>" * 3 + "<p><a href='/more'>{}</a></p>" + "</div>" * 3
    cards = "".join(
        f"<div class='card'><div><div>{deep.format('More ' + name)}"
        f"<h3><a href='/{n}'>{name}</a></h3></div></div></div>"
        for n, name in enumerate(LAMPS)
    )
    shapes = _titled_shapes(_scored(f"<body><div class='grid'>{cards}</div></body>"))
    grid = next(cards for cards in shapes if next(iter(cards)).name == "div.card")
    assert sorted(grid.values()) == sorted(LAMPS)


def _wrapped_cards(wrappers: int) -> list[Scored]:
    """Cards whose text of their own lies inside `wrappers` nested <div>s."""
    own = "<div>" * wrappers + "<p>In stock</p>" + "</div>" * wrappers
    cards = "".join(
        f"<div class='c'><a href='/{n}'>{name}</a>{own}</div>" for n, name in enumerate(LAMPS)
    )
    return _scored(f"<body><div>{cards}</div></body>")


@pytest.mark.parametrize(
    ("wrappers", "held_blocks"), [(CARD_MAX_DEPTH - 2, 2), (CARD_MAX_DEPTH - 1, 1)]
)
def test_a_card_holds_the_blocks_up_to_the_card_depth_below_it(
    wrappers: int, held_blocks: int
) -> None:
    """A card holds a block whose element lies fewer than `CARD_MAX_DEPTH` levels below it,
    not one further down."""
    scored = _wrapped_cards(wrappers)
    shapes = _titled_shapes(scored)
    held = _card_blocks(scored, shapes)
    cards = next(cards for cards in shapes if next(iter(cards)).name == "div.c")
    assert [len(held[card]) for card in cards] == [held_blocks] * len(LAMPS)
    assert all(_own_text(scored, held[card]) == (held_blocks == 2) for card in cards)


def test_grids_are_outweighed_by_more_content_than_half_their_text() -> None:
    """`CARD_GRID_MAX_OTHER_SHARE`: content outside the grids up to half their text leaves
    the page a page of cards; more is an article beside its grid."""
    scored = _scored(f"<body><p>{'x' * 50}</p><p>{'y' * 101}</p><p>{'z' * 200}</p></body>")
    for item in scored:
        item.score = 1.0
    card = _node("div", None, 0, Context())
    assert not _outweighed(scored, {1: card, 2: card}, 0.5)
    assert _outweighed(scored, {2: card}, 0.5)
    scored[1].score = 0.0
    assert not _outweighed(scored, {2: card}, 0.5)


def test_lines_beside_an_autoplay_countdown_are_the_players() -> None:
    # the next clip's title in the player's footer, beside its countdown, is not the story's
    # first line; a paragraph outside the player is not touched
    player = (
        "<div><div><div>The priest saving the city's gang members</div>"
        "<div>Your video will play in 00:25</div></div></div>"
    )
    html = (
        f"<html><body><article><h1>The report is late again</h1>{player}"
        f"<p>Officials gave no further details.</p><p>{PROSE}</p><p>{PROSE}</p>"
        "</article></body></html>"
    )
    result = extract(html)
    assert "priest" not in result.body
    assert "Officials gave no further details." in result.body
    assert [b.reason for b in result.blocks if "priest" in b.text] == [
        "line of a video player's overlay"
    ]


def test_countdowns_in_a_row_mark_the_overlay_lines_either_side_once() -> None:
    # a walk from a countdown that an earlier walk passed stops where it did: same lines
    lines = "".join(
        f"<div>Clip {n} title</div><div>Your video will play in 00:2{n}</div>" for n in range(4)
    )
    html = (
        f"<html><body><article><h1>The report is late again</h1><div><div>{lines}"
        f"<div>Last clip title</div></div></div><p>Officials gave no further details.</p>"
        f"<p>{PROSE}</p><p>{PROSE}</p></article></body></html>"
    )
    result = extract(html)
    overlay = [b.text for b in result.blocks if b.reason == "line of a video player's overlay"]
    assert overlay == [f"Clip {n} title" for n in range(4)] + ["Last clip title"]
    assert "Officials gave no further details." in result.body


# --- plain text: the main run of prose (bound_text_region) ----------------------------------

TEXT_PROSE = (
    "The council met on Tuesday evening and voted to close the old bridge over the river "
    "until engineers have inspected every one of its piers."
)


def _text_items(*blocks: tuple[str, float]) -> list[Scored]:
    """Plain-text blocks (no tree) with their scores."""
    return [
        Scored(RawBlock(text, BlockKind.PARAGRAPH, 0, None), None, None, {}, score=score)
        for text, score in blocks
    ]


def test_content_outside_the_main_run_of_prose_is_not_content() -> None:
    teaser = "A second story, teased after the menu, that the model scored as content here."
    menu = [(f"Section {n}", 0.1) for n in range(TEXT_REGION_GAP_BLOCKS + 1)]
    items = _text_items((teaser, 0.8), *menu, *[(TEXT_PROSE, 0.9)] * 3, ("Share this", 0.1))
    items.append(_text_items(("Top stories: the mayor opens the new library", 0.7))[0])
    bound_text_region(items, 0.5)
    assert items[0].score < 0.5 and items[0].reason == TEXT_REGION_NOTE
    assert items[-1].score < 0.5 and items[-1].reason == TEXT_REGION_NOTE
    assert all(item.score == 0.9 for item in items if item.raw.text == TEXT_PROSE)


def test_the_run_is_widened_by_the_content_blocks_touching_it() -> None:
    items = _text_items(
        ("Menu", 0.1),
        ("A lead line, short", 0.7),
        (TEXT_PROSE, 0.9),
        ("Caption of the photo", 0.6),
        (TEXT_PROSE, 0.9),
    )
    bound_text_region(items, 0.5)
    assert [item.score for item in items] == [0.1, 0.7, 0.9, 0.6, 0.9]


def test_content_lines_between_prose_blocks_do_not_break_the_run() -> None:
    """A forum's posts: a name and a date line between the posts' prose, and short posts the
    model kept, count no gap; a run of prose later on is the same run."""
    posts = [(TEXT_PROSE, 0.9)]
    for n in range(2):
        posts += [(f"user{n}", 0.1), ("05-06-2005, 05:28 PM", 0.1), ("Agreed, good point.", 0.7)]
        posts += [("Me too", 0.6)] * 4
    items = _text_items(*posts, (TEXT_PROSE, 0.9), (TEXT_PROSE, 0.9))
    bound_text_region(items, 0.5)
    assert not any(item.reason == TEXT_REGION_NOTE for item in items)


def _runs_apart(runs: int) -> list[Scored]:
    """`runs` runs of two prose blocks each, a menu too long to bridge between them, and a
    teaser scored content after them."""
    menu = [(f"Section {n}", 0.1) for n in range(TEXT_REGION_GAP_BLOCKS + 1)]
    blocks: list[tuple[str, float]] = []
    for n in range(runs):
        blocks += ([] if not n else menu) + [(TEXT_PROSE, 0.9)] * 2
    teaser = "A second story, teased after the menu, that the model scored as content here."
    return _text_items(*blocks, *menu, (teaser, 0.8))


def test_an_article_split_into_runs_of_like_size_is_left_to_the_model() -> None:
    """Three runs of like size: the largest holds a third of the prose words, under
    `TEXT_REGION_MIN_SHARE`, and none is the article."""
    assert TEXT_REGION_MIN_SHARE > 1 / 3
    items = _runs_apart(3)
    bound_text_region(items, 0.5)
    assert not any(item.reason == TEXT_REGION_NOTE for item in items)
    assert items[-1].score == 0.8


def test_a_run_holding_the_share_of_the_prose_still_bounds_the_text() -> None:
    """Two runs of like size: the first, holding half the prose words, is the article."""
    assert TEXT_REGION_MIN_SHARE <= 1 / 2
    items = _runs_apart(2)
    bound_text_region(items, 0.5)
    prose = [n for n, item in enumerate(items) if item.raw.text == TEXT_PROSE]
    assert [items[n].score for n in prose] == [0.9, 0.9, 0.5 * GUARD_SCALE, 0.5 * GUARD_SCALE]
    assert items[-1].reason == TEXT_REGION_NOTE


def test_prose_a_detector_named_a_notice_is_not_the_main_run() -> None:
    """A consent manager's paragraphs, flattened after the footer, outnumber the article's;
    with their cookie verdicts they are no prose of a run, and the article is the run."""
    menu = [(f"Section {n}", 0.1) for n in range(TEXT_REGION_GAP_BLOCKS + 1)]
    items = _text_items(*[(TEXT_PROSE, 0.9)] * 2, *menu, *[(TEXT_PROSE, 0.9)] * 3)
    for item in items[-3:]:
        item.verdict = noise.COOKIE_NOTICE
    teaser = _text_items(("A second story, teased after the footer, scored content.", 0.8))
    items += teaser
    bound_text_region(items, 0.5)
    assert [item.score for item in items[:2]] == [0.9, 0.9]
    assert items[-1].reason == TEXT_REGION_NOTE


def test_text_without_prose_is_left_to_the_model() -> None:
    items = _text_items(("Home", 0.6), ("News", 0.2), ("Opening hours: 9 to 5", 0.8))
    bound_text_region(items, 0.5)
    assert [item.score for item in items] == [0.6, 0.2, 0.8]
