"""Class/id/role vocabularies that mark page furniture, grouped by the noise they signal.

Matched as whole tokens of a class or id value: "nav" hits "main-nav" and "nav_top", never
"canvas". Compiled once by `token_pattern`.
"""

from __future__ import annotations

import itertools
import re
from operator import itemgetter


class TokenPattern:
    """Tokens of a vocabulary matched as whole words of a class name or id, in any case.

    An ASCII name (almost all of them) is lower-cased and searched with a case-sensitive
    pattern: `re` skips an alternative whose first letter differs only when the pattern is
    case-sensitive, so this search runs several times faster than a case-insensitive one.
    Other names are searched case-insensitively, where Unicode folding also matches `ſ`, `ı`
    and `İ` to ASCII letters (which `str.lower` leaves apart).

    A token starts the name or follows a separator: the name is searched with a space before
    it (`SEPARATOR_LEAD`), so that every match opens with a separator. A pattern that opens
    with one character set lets `re` skip to the next separator in C; one that opened with a
    choice of the name's start or a separator was tried at every position, at twice the cost.
    """

    __slots__ = ("_any_case", "_lower_case", "tokens")

    def __init__(self, alternatives: tuple[str, ...]) -> None:
        """`alternatives`: the tokens, checked by `token_pattern`."""
        self.tokens = alternatives
        """Read by `FirstVocabulary`, which searches several vocabularies at once."""
        alternation = _by_first_letter(list(alternatives))
        self._lower_case = re.compile(rf"{SEPARATOR}(?:{alternation}){WORD_END}")
        self._any_case: re.Pattern[str] | None = None
        """Compiled on the first non-ASCII name, which most runs never see: compiling every
        vocabulary twice at import was 5% of the package's import."""

    def find(self, name: str) -> str | None:
        """The leftmost match in `name` as written there (separators included), or None."""
        match = self._search(name)
        # one character was put before the name: a match opening with it starts the name
        return name[max(match.start() - 1, 0) : match.end() - 1] if match else None

    def holds(self, name: str) -> bool:
        """Whether `name` holds a token: `find`, at one Python call for an ASCII name (an
        element's id is asked on every element that has one)."""
        if name.isascii():
            return self._lower_case.search(SEPARATOR_LEAD + name.lower()) is not None
        return self._search(name) is not None

    def _search(self, name: str) -> re.Match[str] | None:
        if name.isascii():
            return self._lower_case.search(SEPARATOR_LEAD + name.lower())
        if self._any_case is None:
            self._any_case = re.compile(self._lower_case.pattern, re.IGNORECASE)
        return self._any_case.search(SEPARATOR_LEAD + name)


SEPARATOR = r"[\s_-]"
"""What parts the words of a class name or id: a token starts and ends at one or at either end."""
WORD_END = rf"(?:$|{SEPARATOR})"
SEPARATOR_LEAD = " "
"""Put before a name searched for tokens: a separator, so a token at its start follows one."""


def token_pattern(*groups: tuple[str, ...]) -> TokenPattern:
    """Match any token as a whole word of a class name or id (separators: space, -, _).

    Plain `re`, not `regex`: these run on every element and the ASCII patterns need nothing more.
    """
    alternatives = [token for group in groups for token in group]
    if not alternatives:
        raise ValueError("an empty token group would match every element")
    if any(character.isspace() for token in alternatives for character in token):
        raise ValueError("a token must not hold a space: names are matched one by one")
    if any(token != token.lower() for token in alternatives):
        raise ValueError("a token must be lower case: it is matched against lower-cased names")
    if any("(?<" in token for token in alternatives):
        raise ValueError("a token must not look behind: the name is searched after a space")
    return TokenPattern(tuple(alternatives))


class FirstVocabulary:
    """The first of several vocabularies (in their order) that a class name or id holds a
    token of, with that vocabulary's leftmost token: what searching them one by one answers,
    at one search per place in the name where a token starts instead of one per vocabulary.

    All tokens are one alternation, grouped by first letter as in `_by_first_letter` and in
    vocabulary order within a letter, each vocabulary's run of tokens captured. At a place
    `re` takes the first alternative that matches, so the lowest vocabulary matching there;
    each search resumes one character after the last match, so every place where a token
    starts is visited. The lowest vocabulary seen wins, at the first place it was seen: its
    leftmost match, where no earlier vocabulary matched, so its own pattern would match the
    same token (the same alternative is tried first). Names are searched as `TokenPattern`
    searches them (lower-cased when ASCII, behind `SEPARATOR_LEAD`).
    """

    __slots__ = ("_any_case", "_lower_case", "_vocabulary_of")

    def __init__(self, vocabularies: tuple[TokenPattern | None, ...]) -> None:
        """`vocabularies`: in order of precedence; None holds a place no token is found for."""
        letters: dict[str, list[tuple[int, str]]] = {}
        for number, vocabulary in enumerate(vocabularies):
            for token in vocabulary.tokens if vocabulary else ():
                letters.setdefault(token[0], []).append((number, token[1:]))
        self._vocabulary_of: list[int] = [-1]
        """The vocabulary of each capturing group, by the group's number (`Match.lastindex`)."""
        branches = []
        for first, rests in letters.items():
            runs = []
            for number, run in itertools.groupby(rests, key=itemgetter(0)):
                runs.append(f"({'|'.join(rest for _, rest in run)})")
                self._vocabulary_of.append(number)
            branches.append(f"{first}(?:{'|'.join(runs)})")
        self._lower_case = re.compile(rf"{SEPARATOR}(?:{'|'.join(branches)}){WORD_END}")
        if self._lower_case.groups != len(self._vocabulary_of) - 1:
            raise ValueError("a token must not capture: groups tell the vocabularies apart")
        self._any_case: re.Pattern[str] | None = None
        """Compiled on the first non-ASCII name, as `TokenPattern._any_case`."""

    def first(self, name: str) -> tuple[int, str] | None:
        """The first vocabulary `name` holds a token of, by its place in the order, with its
        leftmost match as written there (separators included, as `TokenPattern.find`)."""
        if name.isascii():
            pattern, searched = self._lower_case, SEPARATOR_LEAD + name.lower()
        else:
            if self._any_case is None:
                self._any_case = re.compile(self._lower_case.pattern, re.IGNORECASE)
            pattern, searched = self._any_case, SEPARATOR_LEAD + name
        found: tuple[int, str] | None = None
        match = pattern.search(searched)
        while match is not None:
            number = self._vocabulary_of[match.lastindex or 0]
            if found is None or number < found[0]:
                found = number, name[max(match.start() - 1, 0) : match.end() - 1]
            match = pattern.search(searched, match.start() + 1)
        return found


def _by_first_letter(alternatives: list[str]) -> str:
    """The alternation with its tokens grouped by their first letter: `a(?:ds?|dvert)|b(?:…)`.

    At each word start `re` tries the alternatives one by one; grouped, it skips a whole
    letter's group at once (a vocabulary of 130 tokens is searched 3x faster). The same token
    matches: tokens of different first letters never match at the same place, and within a
    letter the order is kept.
    """
    groups: dict[str, list[str]] = {}
    for token in alternatives:
        if not token[:1].isalnum() or token[1:2] in ("?", "*", "+", "{"):
            raise ValueError("a token must start with a letter or digit matched once")
        groups.setdefault(token[0], []).append(token[1:])
    return "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in groups.items())


TOC = r"toc(?![_-](?:(?:title|section|heading|hdr)[_-])*\d)(?![_-]backref)"
"""A table of contents (`toc`, `ez-toc-container`), but not the numbered sections it links to
(`id="TOC_TITLE_3"`, `toc-2`): those hold the article; nor a section heading's link back to
it (`toc-backref`: docutils makes every section title such a link)."""
NAVIGATION = (
    "nav",
    "navigation",
    "navbar",
    "menu",
    "menubar",
    "submenu",
    "megamenu",
    "breadcrumbs?",
    "crumbs?",
    "pagination",
    "pager",
    "skip-?link",
    TOC,
    "topbar",
    "masthead",
    "site-?header",
    "mainmenu",
    "dropdown",
    "hamburger",
    "offcanvas",
    "hatnote",
)
"""`hatnote` is MediaWiki's note over a section (`Main article: Firefox`, `See also: …`, `For
other uses, see …`): a pointer to other articles, which no truth keeps."""
DRAWER = ("drawer",)
"""A menu that slides open, or a panel of text that opens (`dice-drawer`: a review site's "why
trust us" paragraphs). Menu-labelled; the tokenizer tells the two apart by what the container
holds (`noise.Verdict.expander`). Not `dropdown`: a news site's author bio opens from one."""
CHROME = (
    "footer",
    "foot",
    "site-?footer",
    "sidebar(?![_-](?:grid|layout))",
    "side-?bar(?![_-](?:grid|layout))",
    "aside",
    "module-archives",
    "module-categories",
    "module-typelist",
    "widget",
    "widgets",
    "rail",
    "right-?rail",
    "colophon",
    "copyright",
    "legal",
    "ratings?",
    "read-?time",
    "reading-?time",
    "readtime",
    "feedback",
    "online-?list",
    "who-?is-?online",
    "postprofile",
    "profile-?card",
    "user-?info",
    "author-?box",
    "author-?bio",
    "user-?bio",
    "modal",
    "popover",
    "ai2html",
)
"""`foot` is the footer of older templates (Blogger's `<div class="foot">`, `#foot`): cleaneval
0.9160 → 0.9161, wcxb snippets 0.8772 → 0.8774, nothing else moves (`football` is another word).
`modal` and `popover` name overlays (sign-up forms, disclosures, delivery estimates) shown
over the page on demand; as chrome they lose that verdict when they hold most of the prose.
`sidebar-grid` and `sidebar-layout` name a page layout that has a sidebar (its content
column is `sidebar-grid__content`), not the sidebar. `user-bio`, like `author-bio`, is the
writer's profile under a post (`… is a reporter based in Sydney. Contact …`).
`module-archives`, `module-categories` and `module-typelist` are the sidebar's archive,
category and link-list widgets of TypePad and Movable Type blogs: no nav markup, a linked
heading that is only scored, so a short post's fallback body took their links in. A blog's
testimonials in a typelist are chrome too (cleaneval's truth of final-413 keeps them). Not
the bare words: `id="archives"` names a heading inside a sidebar box, and a job listing's
items carry `new-listing__categories`. Nor `side`: cleaneval's truths keep the text of
Blogger's `div.side` (a blog's quotes, its posts' titles). `ai2html` is the box of a chart
drawn by the newsrooms' Illustrator-to-HTML script: its text is the chart's axis labels and
annotations (`$915`, `’27`), not sentences of the article."""
SIGNATURE = ("signature", "postsignature", "signaturecontainer")
"""A forum post's signature (phpBB, MyBB and SMF `signature`, XenForo `message-signature`,
FluxBB `postsignature`, vBulletin `signaturecontainer`, Invision `ipsEntry__signature`): the
lines a member has printed under every post they write (a quote, their gear, links to their
sites), never the post. Chrome, final on a page that does not declare itself an article
(`noise.Verdict.signature`): they read as prose, and the model kept them between a thread's
posts. On an article the word names the byline (`c-signature`, `bloc_signature`)."""
SIGNATURE_ROLES = frozenset({"memberSignature"})
"""`data-role` values naming a post's signature: Invision Community marks it so alone
(`<div data-role="memberSignature" class="ipsBorder_top ipsPadding_vertical">`)."""
FACT_BOX = ("info-?box", "fact-?box", "fakten-?box")
"""Names of a news article's fact box (key figures, background, a transcript beside the
story), which news truths leave out (fundus). Chrome like CHROME's names, and inside an article
final (`classify.resolve_noise`): a box the newsroom set apart from the story. A page whose
main text sits in one keeps it only when it holds most of the page's prose (cleaneval
final-562 does not: its news feed competes)."""
SHARE = (
    "share",
    "sharing",
    "social",
    "sociallinks",
    "share-?bar",
    "share-?buttons",
    "sharetools",
    "addthis",
    "shariff",
    "follow",
    "print",
)
EMBEDDED_POST = ("twitter-tweet", "instagram-media", "tiktok-embed")
"""The classes the platforms' own embed codes put on an embedded post (`<blockquote
class="twitter-tweet">`): a social post quoted into the page, not its text. Share-labelled,
and inside an article final (`classify.resolve_noise`): a long post reads as prose."""
COOKIE = (
    "cookie",
    "cookies",
    "consent",
    "gdpr",
    "privacy-?banner",
    "onetrust",
    "didomi",
    "cookiebanner",
    "cookie-?notice",
    "cc-?banner",
    "cc-?window",
)
"""Not "cmp" (consent-management platform): Adobe Experience Manager names every component
`cmp-<name>` (`cmp-container`, `cmp-text`), so whole corporate pages read as a consent box."""
RELATED = (
    "related",
    "relatedposts",
    "recommended",
    "recommendations",
    "similar",
    "more-?stories",
    "popular",
    "most-?popular",
    "most-?read",
    "most-?viewed",
    "trending",
    "teasers?",
    "outbrain",
    "taboola",
    "also-?read",
    "more-?from",
    "next-?article",
    "prev-?next",
    "up-?next",
    "tags",
    "tag-?list",
    "tags-?list",
    "tag-?cloud",
    "keywords",
)
"""Not "tag" or "category": WordPress puts `tag-<slug>` and `category-<slug>` on the post itself.
`most-read` and `most-viewed`, like `most-popular`, name a box of the site's other stories,
which templates also place inside the article's body. `similar` names a list of similar
stories (`similar-posts`, `<ul class="timeline similar">`): as a whole token, not
`dissimilar`."""
READ_MORE = ("read-?more", "readmore")
"""Related content as often as not: a list of links to read more, or an expander that shows
the rest of the text it holds (a shop's `product-details-read-more` description, truncated
until clicked). Related-labelled; the tokenizer tells the two apart by what the container
holds (`noise.Verdict.expander`)."""
NEWSLETTER = (
    "newsletter",
    "subscribe",
    "subscription",
    "signup",
    "sign-?up",
    "promo",
    "optin",
    "opt-?in",
)
"""Not "paywall" or "register": sites wrap the article itself in `paywall` containers."""
ADVERTISING = (
    "ads?",
    "advert",
    "advertisement",
    "advertising",
    "adslot",
    "ad-?slot",
    "ad-?container",
    "ad-?unit",
    "dfp",
    "gpt",
    "sponsor",
    "sponsored",
    "commercial",
    "anzeige",
    "publicite",
)
COMMENTS = (
    "comments?",
    "comment-?list",
    "commentlist",
    "commentbody",
    "disqus",
    "respond",
    "replies",
    "discussion",
    "talkback",
    "reviews",
    "product-?reviews",
    "customer-?reviews",
    "user-?reviews",
)
"""Not "review": a review article's own body is often `review-body`. Glued compounds are listed
(`commentbody`), never matched as parts: a forum's posts are `ipsComment_content`."""
BYLINE = ("byline", "author", "authors", "posted-?by", "contributor", "meta-?author")
PRODUCT_UI = (
    "price",
    "prices",
    "stock",
    "availability",
    "add-?to-?cart",
    "cart",
    "basket",
    "wishlist",
    "quantity",
    "qty",
    "sku",
    "checkout",
    "buy-?box",
)
"""Shop controls around a product description: not the description."""
DATELINE = ("dateline", "date", "published", "pubdate", "timestamp", "post-?date", "entry-?date")
STREAMED_SEGMENT_RE = re.compile(r"S:\d+$")
"""The id of a segment React's streaming server rendering sends hidden (`<div hidden id="S:2">`)
and a script then moves into the page in place of its "Loading…" fallback: shown, not hidden."""
CAPTION = ("caption", "captions", "figcaption", "bildunterschrift")
"""Class names of a picture's caption where the page uses no <figcaption> (`wp-caption-text`,
`media-caption__description`, `image-caption`): inside an article, read as a caption, which
the classifier judges on its own features and never promotes by its neighbours. Outside one
the name is not trusted: a video embed's `embedded-caption` may be all a short post says."""
DISCLOSURE = (
    "accordion",
    "collaps(?:e|ed|ible)",
    "faqs?",
    "answer",
    "expandable",
    "spoiler",
    "paywall(?:ed)?",
)
"""Panels a reader opens (FAQ answers, accordions, "read more" text): hidden until clicked, yet
the page's text. So is the rest of an article a paywall hides until the reader subscribes
(`<p class="paywall" aria-hidden="true">`): the publisher ships it in the page. Their subtree
is walked like any other; a collapsed menu still reads as a menu. Not tab panels: on wcxb
they are a documentation page's code samples (truth) as often as a product page's warranty
and shipping tabs (not), 12 pages up and 8 down."""
CERTAIN_CAPTION = ("wp-caption-text", "wp-caption-dd")
"""WordPress's caption of an image, written in a <p> or a <dd> rather than a <figcaption>: a
name only captions carry, trusted inside an article or not (CAPTION's names are not)."""
HIDDEN_CLASSES = frozenset(
    {
        "hidden",
        "visually-hidden",
        "visuallyhidden",
        "sr-only",
        "screen-reader-text",
        "offscreen",
        "invisible",
        "d-none",
        "hide",
        "is-hidden",
        "u-hidden",
        "element-invisible",
        "off-screen",
        "h-offscreen",
        "u-offscreen",
        "screenreader-only",
        "screen-reader-only",
        "sr-only-text",
        "u-visually-hidden",
        "is-visually-hidden",
        "visually-hidden-text",
        "a11y-hidden",
        "hidden-visually",
        "u-hidden-visually",
    }
)
"""Whole class names (not parts: "hidden-xs" is visible on large screens) of unseen elements,
including the prefixed screen-reader-only utilities of design systems (`h-offscreen`)."""
FOLDED_CLASSES = frozenset({"hidden", "hide", "d-none", "is-hidden", "u-hidden"})
"""The `display: none` utilities a script removes to open a panel (of `HIDDEN_CLASSES`): a
panel after a collapsed disclosure button sheds them (`noise.judge_disclosed`). Not the
screen-reader-only ones: their text is never shown."""
HIDDEN_CLASS_SUFFIXES = (
    "-sr-only",
    "-for-sr",
    "-visible-sr",
    "-screen-reader-only",
    "-screenreader-only",
    "-screen-reader-text",
    "-visually-hidden",
    "-visually_hidden",
)
"""Endings of class names that say "for screen readers only" after a design system's or a
widget's prefix (`show-for-sr`, `wt-screen-reader-only`, `sharing-screen-reader-text`,
`field--label-visually_hidden`): their text is "Share via …", "Skip to …", menu labels. Not
`…-focusable` (skip links a keyboard user sees) and not `a-offscreen` (prices some truths keep)."""

PERMALINK_CLASSES = frozenset(
    {
        "headerlink",
        "permalink",
        "anchorjs-link",
        "heading-anchor",
        "anchor-link",
        "header-anchor",
        "hash-link",
        "direct-link",
    }
)
"""Whole class names of the `¶`/`#` links that docs generators append to headings."""
ARTICLE = (
    "article-?body",
    "articlebody",
    "article-?content",
    "article-?text",
    "entry-?content",
    "post-?content",
    "post-?body",
    "story-?body",
    "story-?content",
    "main-?content",
    "content-?body",
    "body-?text",
    "text-?body",
    "td-?post-?content",
    "rich-?text",
    "prose",
    "article__body",
    "c-entry-content",
)

TAXONOMY_CLASS_WORDS = ("tag", "tags", "category", "categories", "topic")
"""Class names `<word>-…` name the post's tags and categories (WordPress `tag-cookies`): they
say what the article is about, not what the element is, and are ignored for noise."""

ENTRY_AUTHOR_WORD = r"(?<=entry-)author"
"""`author` after `entry-`: hAtom blogs (TypePad, Movable Type) put `entry-author-jane_doe` on
the post itself, beside `entry-category-…`; it names who wrote the post, not what the element
is, so it is cut like a taxonomy slug (`post-author`, `author-box` are still bylines)."""

WRITER_CLASS_RE = re.compile(
    r"author-(?!(?:box|bio|info|name|meta|details|wrap|card|avatar|link|image|photo)(?![^\W_]))"
    r"[\w-]+$",
    re.IGNORECASE,
)
"""A class name `author-<slug>` that a post's template puts on the article itself: Drupal's
`<article class="node node-report author-jdoe">`, Squarespace's `<article class="entry hentry
author-jane-doe">`. On an element declared an article (`noise._writer_named`) it names who
wrote the post, and the element is not a byline box (`has-byline`, `article__author` are
other names; `author-box`, `author-name-wrap`, `author-avatar` and their kin stay bylines)."""

TAXONOMY_SLUG_RE = re.compile(
    rf"(?:^|[_-])(?:{'|'.join(TAXONOMY_CLASS_WORDS)}|{ENTRY_AUTHOR_WORD})-.*",
    re.IGNORECASE | re.DOTALL,
)
"""A taxonomy word (or ENTRY_AUTHOR_WORD) and the slug after it, also inside a class name:
TypePad and many themes put `entry-category-book_reviews` or `post-tag-comments` on the post
itself. The slug is cut off and the rest of the name (`entry`) is judged; a name that starts
with the word is dropped."""

TAXONOMY_SLUG_STEMS = (*(f"{word}-" for word in TAXONOMY_CLASS_WORDS), "entry-author-")
"""What a lower-cased name holds wherever TAXONOMY_SLUG_RE matches in it (the cheap test
before it)."""

PAGE_BUILDER_CLASS_RE = re.compile(
    r"(?<![\w-])(?:elementor-widget(?:-(?:container|wrap)(?![\w-])|-|(?![\w-]))"
    r"|(?:hs_cos_wrapper_)?widget[_-]\d+(?![\w-])"
    r"|hs_cos_wrapper_widget(?![\w-])|widget-span(?![\w-])"
    r"|widget-type-(?:custom_widget(?![\w-]))?)",
    re.IGNORECASE,
)
"""Page builders wrap every element of a page, paragraphs included, in "widgets": Elementor
in `elementor-widget elementor-widget-text-editor` > `elementor-widget-container`, HubSpot in
`widget-span widget-type-custom_widget` > `hs_cos_wrapper hs_cos_wrapper_widget`. The generic
"widget" says nothing, what follows it (`-nav-menu`, `-share-buttons`, `-sidebar`) does; nor
does the number a builder adds to name one instance (`id="hs_cos_wrapper_widget_1747742639138"`,
`widget-4`): a counter or a timestamp, given to every module of the page."""
NEGATED_NAME_RE = re.compile(
    r"(?:(?:has[_-])?(?:no|without|disable[ds]?)|hide)[_-]"
    r"(?!(?:for|on|in|at|from|when|below|above|print|mobile|desktop|tablet|js|screen)(?![a-z]))",
    re.IGNORECASE,
)
"""A class name or id that opens with a negation names what the element lacks or hides, not
what it is: a template's state modifier (`no-sidebar` on a full-width page's wrapper,
`has-no-comments`, `hide-read-more-ad` on a grid of story cards). Its widget words are not
judged. Not a visibility utility (`hide-for-print`, `no-print`, `hide-on-mobile`): it names a
medium, and what a site keeps off paper is its furniture."""
PAGE_BUILDER_GATE = "widget"
"""The cheap test before PAGE_BUILDER_CLASS_RE: every name it removes holds the word."""

HEADING_ANCHOR_MIN_WORDS = 5
"""Words an id must have to be read as its heading's slug (`sign-up-for-twilio-and-get-a-phone-
number`); a one-word id (`comments`, `related`) names a section as often as it spells it."""
HEADING_ANCHOR_SHARE = 0.8
"""Share of an id's words the heading's text must hold for the id to be its slug: generators
add a prefix or a suffix (`h-`, `toc_`, `project-`, `-section`) to the heading's words."""
ANCHOR_HEADING_REACH = 8
"""Descendants searched for the heading whose slug a section's id may be: a section opens with
its heading (`<section id="sign-up-for-twilio-…-section"><div><h2>`)."""

NAVIGATION_RE = token_pattern(NAVIGATION)
DRAWER_RE = token_pattern(DRAWER)
CHROME_RE = token_pattern(CHROME)
FACT_BOX_RE = token_pattern(FACT_BOX)
SIGNATURE_RE = token_pattern(SIGNATURE)
SHARE_RE = token_pattern(SHARE)
EMBEDDED_POST_RE = token_pattern(EMBEDDED_POST)
COOKIE_RE = token_pattern(COOKIE)
RELATED_RE = token_pattern(RELATED)
READ_MORE_RE = token_pattern(READ_MORE)
NEWSLETTER_RE = token_pattern(NEWSLETTER)
ADVERTISING_RE = token_pattern(ADVERTISING)
COMMENTS_RE = token_pattern(COMMENTS)
BYLINE_RE = token_pattern(BYLINE)
DATELINE_RE = token_pattern(DATELINE)
ARTICLE_RE = token_pattern(ARTICLE)
PRODUCT_UI_RE = token_pattern(PRODUCT_UI)
CAPTION_RE = token_pattern(CAPTION)
CERTAIN_CAPTION_RE = token_pattern(CERTAIN_CAPTION)
DISCLOSURE_RE = token_pattern(DISCLOSURE)
ANY_MARK_RE = token_pattern(ARTICLE, CAPTION, CERTAIN_CAPTION, DISCLOSURE)
"""The names of the main content, captions and disclosure panels: rare among the names that
hold a furniture token, so one search rules them out."""
CAMEL_NOISE_RE = token_pattern(COOKIE, SHARE, NEWSLETTER)
"""The widget vocabularies also read on a camel-cased name's words (`NewsletterBox`): one test
that tells whether any of them is there."""
ANY_TOKEN_RE = token_pattern(
    NAVIGATION,
    DRAWER,
    CHROME,
    FACT_BOX,
    SIGNATURE,
    SHARE,
    EMBEDDED_POST,
    COOKIE,
    RELATED,
    READ_MORE,
    NEWSLETTER,
    ADVERTISING,
    COMMENTS,
    BYLINE,
    DATELINE,
    PRODUCT_UI,
    ARTICLE,
    CAPTION,
    CERTAIN_CAPTION,
    DISCLOSURE,
)
"""One search that rules out the common name (no token of any vocabulary here) before the
vocabularies are searched one by one."""

NOISE_ROLES = {
    "navigation": "menu",
    "menubar": "menu",
    "menu": "menu",
    "banner": "chrome",
    "contentinfo": "chrome",
    "complementary": "chrome",
    "search": "menu",
    "dialog": "cookie",
    "alertdialog": "cookie",
    "toolbar": "share",
    "tablist": "menu",
}
"""ARIA landmark roles of furniture, mapped to the noise label they imply."""

ARTICLE_ROLES = frozenset({"main", "article"})
ARTICLE_ITEMPROPS = frozenset({"articlebody", "text", "reviewbody", "description"})
