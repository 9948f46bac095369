"""What headline choice compares against: title separators, metadata keys, agreement limits.

Observation behind the numbers: a page names its article several times (JSON-LD, OpenGraph,
Twitter card, <title>, the visible <h1>), each copy decorated differently ("| Site",
"Section - ", a kicker above the headline). The headline is the text most of these copies share.
"""

from __future__ import annotations

import regex

_UNSPACED = r"\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}"
"""Scripts written without spaces between words: their titles have none around separators."""

TITLE_SEPARATORS = regex.compile(
    r"\s+(?:[\-–—:•»·/~@]|::|\\)\s+|\s*[|｜]\s*"
    rf"|(?<=[{_UNSPACED}！？。」』）])\s*[\-_－]\s*(?=[{_UNSPACED}])"
)
"""Where a title is cut into parts: `Headline | Site`, `Site - Headline`, `Headline — Section —
Site`, `Post @ Blog :: Platform`. A bar separates even without spaces; a hyphen, dash, colon,
slash or guillemet only between spaces ("Wi-Fi", "24/7", "Re:", »Zitat«). Between characters
of a script written without spaces, a hyphen or an underscore separates without them too
(`标题_科技_腾讯网`, `标题！-新华网`): neither is used inside a word there."""

KICKER_SEPARATORS = regex.compile(r"(?<=\w[\"'”»]?):\s+|\s+[\-–—|]\s+")
"""What separates a kicker from the headline in a metadata title: `Kicker: Headline`,
`Kicker – Headline`."""

DANGLING_SEPARATOR = regex.compile(r"^[\-–—|｜:•»·/~]+\s+|\s+[\-–—|｜:•»·/~]+$")
"""A separator at an end of a title, with nothing on its other side: a template's `<title>`
whose page name was left empty (`National Rail Enquiries -`)."""

ASIDE_OPENING = regex.compile(r"\s+[(\[]")
"""An aside a heading prints after the headline the metadata gives (`Headline (example.com)
139`, a link's source and its comment count): decoration, like a separator and a section."""

GLUED_ELEMENT = regex.compile(r"(?<=\p{Ll})\p{Lu}")
"""A capital right after a small letter with no space between (`…la InfantaUltima Hora`): two
elements of a heading set side by side, the markup's space between them lost; after the
headline the metadata gives, the second is decoration (a site name linking home), as after a
separator."""

WORD_CHARACTER = regex.compile(r"\w")
"""A letter or digit: headings and titles are lined up by these, punctuation aside."""

BARS = regex.compile(r"\s*[|｜]\s*")
"""The separators a metadata title (not <title>) is cut at when no witness confirms a part:
OpenGraph and JSON-LD titles use dashes and colons inside headlines ("Firefox – Weniger
Werbung"), a bar only before a site or section name ("Mesh Office Chair | NBF")."""

META_TITLE_KEYS: tuple[tuple[str, str], ...] = (
    ("og:title", "og"),
    ("twitter:title", "twitter"),
    ("title", "meta"),
    ("headline", "meta"),
    ("dc.title", "meta"),
    ("dc:title", "meta"),
    ("dcterms:title", "meta"),
    ("dcterms.title", "meta"),
    ("sailthru.title", "meta"),
    ("parsely-title", "meta"),
)
"""<meta> keys that carry the page's title, each with its witness group: keys of one group
are copies of one value and vote once."""

SITE_NAME_KEYS = ("og:site_name", "application-name", "twitter:site")
"""<meta> keys that name the site: a title part equal to one of them is decoration.
(`apple-mobile-web-app-title` is left out: pages fill it with the page's own title.)"""

HOST_SKIP_LABELS = frozenset({"www", "m", "amp", "mobile", "blog", "blogs", "news", "co", "com"})
"""Host-name labels that do not name a site (`www.`, `m.`, `.co.uk`)."""
HOST_TRANSLITERATION = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
"""How a host name spells German letters it cannot hold (`oekologisch-bauen.info` for the site
`Ökologisch Bauen`): a title part so named is the site's name."""
MIN_HOST_LABEL_CHARS = 3
"""Host labels shorter than this (`de`, `uk`, `tv`) are never taken for the site's name."""

MAX_TITLE_PARTS = 8
"""A title cut into more parts than this is a keyword list, not `Headline | Section | Site`:
only its single parts are compared (runs of parts would cost quadratic time), and only its
last part can be the header's logo (`headline._strip_site`)."""
MAX_LISTED_PARTS = 64
"""Parts of a keyword-list title (more than MAX_TITLE_PARTS) compared with the headings and the
other witnesses, from its start: every heading was compared with every part (2,000 <h1>s and a
<title> of 20,000 parts took 12 s). A headline is never that far down a list."""
MAX_KICKER_SEPARATORS = MAX_TITLE_PARTS
"""Kicker separators of a title (`KICKER_SEPARATORS`) tried, from its start, as the end of a
kicker other than the heading's (`headline._after_other_kicker`): each leaves a run of the
title to compare whole, and a title of 20,000 `x | ` took 38 s (quadratic)."""

MAX_SITE_NAME_WORDS = 6
"""A declared site name of more space-separated words than this is the page's title put in
the wrong field (`application-name` = "US-Sport in Zeiten von Corona - ZDFmediathek")."""
MAX_SITE_NAME_CHARS = 100
"""A declared site name longer than this (characters) is no name either: each heading and
title part is looked for in every name: 1,000 JSON-LD publishers of 900 characters with
50,000 headings took 11 s."""
MAX_SITE_NAMES = 16
"""Distinct site names kept, in the order declared (og:site_name and the like, then each
JSON-LD article's publisher): a page's own names are few, a thousand teasers' publishers are
not its names, and each heading and title part was compared with every one of them: 1,000
publishers and 50,000 headings took 3.9 s, now 0.8 s (`site-names-1000`)."""
MAX_SITE_PART_WORDS = 4
"""A title part holding the site's name is decoration only if it is this short: "Arch Linux
Forums" is the site, "What happened with Arch Linux in 2024" is a headline naming it."""

AGREEMENT = 0.6
"""Shared words, as a share of the longer of two titles, from which they are one headline.
Symmetric on purpose: a site-name <h1> ("Arch Linux") is a subset of every page's <title>, and a
"Reviews" <h2> is a subset of "Reviews of our yoga classes", yet neither is the headline."""

SUBHEADING_AGREEMENT = 0.8
"""Shared words an <h2> or <h3> needs to agree with a title: pages have many, and section
headings ("Pet Insurance FAQs", "Buy Red Dead Redemption 2") share words with the title."""

MIN_FRAME_SHARE = 0.5
"""A metadata title that ends a longer visible heading ("Kicker Headline", "Jun 17 Headline")
is the headline when it holds at least this share of the heading's words: the rest is a kicker
or a date the page prints in front of it. (Not at the start: metadata titles are cut to a
length without an ellipsis often enough.)"""

COMPOUND_HYPHEN = regex.compile(r"(?<=\w)-(?=\w)")
"""A hyphen inside a compound (`US-Dream-Team`, `Formel-Eins-Auftakt`): for that share, the
compound is one word, as written; split in three, a kicker of four such words outweighed the
headline behind it."""

ARTICLE_OG_TYPE = "article"
"""`og:type` of article pages (`article`, `article:news`, …). When no visible heading agrees
with any metadata title, an article's <h1> is its headline (the metadata then carries an SEO
variant), while on any other page the metadata title wins: the <h1> of a product, service or
home page is a slogan ("Clarity, finally."). Dev corpus, such non-article pages: the metadata
title right on 25 real and 20 synthetic pages, the <h1> on 10; such articles: the <h1> right
on 12, the metadata on 4."""

MAX_HEADING_LEVEL = 3
"""Headings below <h3> are section titles, never the headline. An <h3> (or <h2>) only counts
when it agrees closely with a metadata title: some themes set the post title in an <h3> under
an <h1> that names the blog."""
MIN_SECTION_H1S = 3
"""A page with this many <h1> elements or more uses them as section headings (HTML5's outline
let every <section> open with one): none of them is the headline just for being an <h1>."""
HEADLINE_REACH = 6
"""Blocks after an <h1> searched for the start of the content (bylines, datelines between)."""
MAX_TITLE_WORDS = 40
"""A heading longer than this is a paragraph set in a heading tag."""
TEXT_HEADLINE_MAX_CHARS = 3 * MAX_TITLE_WORDS
"""In plain text, a content line longer than this (characters) before any headline candidate
is the first paragraph: a flat text's headline, if it has one, came before it."""
TEXT_HEADLINE_MIN_WORDS = 3
"""A line read near the content must have this many words to be the headline: a section's
name ("World", "Watch TV") sits there too. Numbers do not count (a dateline's `15.10.24
23:35`); a character of a script written without spaces counts one (`words`)."""
TEXT_HEADLINE_SEARCH_BLOCKS = 40
"""With no `<title>` line to go by (a browser's innerText keeps none), the headline of plain
text is looked for among the lines this many blocks or fewer before the first paragraph:
buttons, share labels, a byline, a dateline, pictures' captions and credits stand between
(`classify`'s noise labels set most of them aside first). A page's menus come before. Set at
30 first; 40 once lines under a byline scored more (`TEXT_HEADER_MARK_WEIGHT`): innertext
titles one or two pages more on three sets of four (first 100 / held out: fundus .51 → .52,
wcxb .56 → .57 / .52 → .53), none fewer; 60 one page more on wcxb held out, 20 one fewer on
fundus."""
TEXT_ARTICLE_SAMPLE_CHARS = 8000
"""The characters of content, from the first paragraph on, whose content words a headline
candidate is measured against: a headline's words come back in the article's first
paragraphs; a menu's, a button's, another story's do not. Bounded: a text whose one line
holds a million words costs no more than a page. (1,000 to 20,000: innertext titles within
.07 of each other on every set, no trend; 40 blocks instead, unbounded, the same.)"""
TEXT_HEADLINE_FULL_WORDS = 10
"""A candidate line's words (numbers left out) count towards it up to this many: a section's
name, a byline or a button is a few words; a headline is as likely at 10 words as at 20."""
TEXT_HEADLINE_WORD_WEIGHT = 0.05
"""What each of those words adds to the share of a line's content words that the article
repeats (0 to 1): a ten-word line outweighs a three-word one whose words the article repeats
a third more of."""
TEXT_HEADLINE_DISTANCE_WEIGHT = 0.01
"""What each block between a line and the first paragraph takes off: between equals, the
nearer line, as a headline sits just above its article; thirty blocks cost as much as six
words. Title exact with the innertext flattener, against the nearest line of six words or
more before: first 100 pages fundus .39 → .46, wcxb .38 → .48; held out (pages 100–249)
fundus .24 → .52, wcxb .31 → .40 (weights 0.02–0.1 and 0–0.02, window 20–40: within .04
of these everywhere, held out included; docs/algorithm.md)."""
TEXT_HEADER_MARK_REACH = 4
"""A byline or a dateline among the blocks this many or fewer under a plain-text line marks
it as an article's headline: a header sets them right under it (share buttons or a picture
between) ..."""
TEXT_HEADER_MARK_WEIGHT = 0.4
"""... which adds this to the line's score (`headline._likeliest_headline`): as much as eight
words, or four tenths of its words repeated by the article. Title exact with the innertext
flattener, first 100 / held out (100–249): fundus .47 → .51 / .48 → .55, wcxb .52 → .56 /
.46 → .52; the block and html_text flatteners' fundus .71 → .72, .69 → .70, wcxb held out
html_text .71 → .71 (one page each, all up). Reach 2 to 8, weight 0.1 to 1.0: within .06 of
these everywhere; with a reach of 3, fundus held out one page below the rule's absence (of
29)."""
TEXT_HEADING_MARKS = regex.compile(r"^#{1,6}[ \t]+(?=\S)")
"""A Markdown heading's marks before a line of plain text (a text with too few links to be
read as Markdown, `markdown.looks_like_markdown`: `# Headline`) are no part of the headline
read from it."""
TEXT_TITLE_LINE_SHARE = 0.8
"""In plain text, a line before the content whose words the text's first line holds at least
this share of is the headline that line (a <title> the flattener kept) repeats."""
TEXT_TITLE_ECHO_SHARE = 0.3
"""Failing such a line, the line before the content that shares the largest share, at least
this, of its content words (stop words and numbers left out) with the text's first line is
the headline: a `<title>` often words the story otherwise than its heading does (`Donald
Trump update: Supreme Court upholds …` over `Trump 'congratulates' China in dig at Supreme
Court ruling`), and a byline, a picture credit or a sign-up button nearer the content shares
nothing with it."""
TEXT_TITLE_ECHO_MIN_WORDS = 2
"""... and at least this many of its content words: one word in common is often the site's
name (`Suche in MDR.DE` beside `… | mdr.de`)."""

INVISIBLE_CHARACTERS = regex.compile(r"[\u00ad\u200b-\u200d\u2060\ufeff]")
"""Soft hyphens and zero-width characters: hyphenation hints and joiners that split words
for a tokenizer ("Mes\\u00adsen\\u00adger") but are not part of the headline."""

TRUNCATION_MARKS = ("...", "…")
"""A metadata title ending so was cut to a length: never shown instead of the heading."""

MAX_JSON_LD_TITLES = 2
"""JSON-LD article objects whose titles are witnesses: the page's own article comes first
(`article_objects` puts WebPage last); a listing's dozens of teaser articles are not."""

MIN_SLUG_WORDS = 3
"""A URL path segment of this many words (digits aside) is a slug made from the headline."""
SLUG_AGREEMENT = 0.8
"""Share of the slug's words a heading must hold to be the headline the slug was made from."""

MAX_DATE_TOKENS = 5
"""A date printed in front of a headline is at most this many words (`5 de mayo de 2022`)."""
DATE_FILLER_WORDS = frozenset({"de", "del", "of", "the"})
"""Words a written date may hold besides numbers and month names."""
MIN_DATED_HEADLINE_WORDS = 3
"""A headline left after cutting a leading date has at least this many words; a shorter rest
means the date was the subject (`9. November 1989 Mauerfall`)."""
GAP_SEPARATOR_CHARACTERS = regex.compile(r"[:|｜\-–—/·•»~]")
"""Separator characters: a heading that shows none where its metadata title has one prints the
kicker as an element of its own, set apart by style, not by punctuation."""

MARKUP_TAG = regex.compile(
    r"<(/?)(a|abbr|b|big|br|cite|em|font|i|img|mark|q|s|small|span|strike|strong|sub|sup|u|wbr)"
    r"\b[^<>]*>",
    regex.IGNORECASE,
)
"""An inline HTML tag a CMS left in a title it copied into og:title, JSON-LD or the <title>
(`<i>Our</i> Son`, `ОБЩИНА <b>ВРАЦА</b>`, `Bitch,<br/> But`): markup, never the headline's text.
Only inline tag names: a title may hold a `<` of its own (`vector<int>`)."""
SPACING_TAGS = frozenset({"br", "img"})
"""Tags that stand between two words: dropped, they leave a space (the others sit inside a
line, and may sit inside a word: `Mes<b>sen</b>ger`)."""
MAX_ESCAPE_DEPTH = 2
"""Character references decoded this many times over: a CMS escapes a title for HTML before
it writes it into JSON-LD or a <meta> that the page escapes again (`And finally&amp;#8230;`)."""

SECTION_META_KEYS = ("article:section", "parsely-section", "category")
"""<meta> keys that name the section the page is filed under (`Politik`, `Sport`): the page's
categories, and a title part that repeats one before the headline is decoration."""
BREADCRUMB_TYPES = frozenset({"breadcrumblist"})
"""JSON-LD @type (lower-case) of a breadcrumb trail: its steps name the page's sections."""
