"""Text phrases that give a block away as furniture, by noise kind, in several languages.

Each list holds whole-block texts or prefixes seen on real pages. A phrase only fires on a
short block (Thresholds.max_noise_line_chars): a paragraph that discusses cookies is prose.
"""

from __future__ import annotations

import re

import regex


def phrase_pattern(phrases: tuple[str, ...]) -> regex.Pattern[str]:
    """Case-insensitive alternation of phrases found anywhere in a block, on word boundaries."""
    if not phrases:
        raise ValueError("an empty phrase group would match every block")
    return regex.compile(rf"(?:^|\b)(?:{'|'.join(phrases)})\b", regex.IGNORECASE)


AD_LABELS = (
    "advertisement",
    "advertising",
    "ad",
    "ads",
    "sponsored",
    "sponsored content",
    "sponsored by",
    "supported by",
    "paid for by",
    "paid content",
    "promoted",
    "anzeige",
    "werbung",
    "publicité",
    "publicidad",
    "pubblicità",
    "publicidade",
    "reklama",
    "reclame",
    "advertentie",
    "annons",
    "mainos",
    "реклама",
    "reklam",
    "story continues below advertisement",
    "article continues below advertisement",
    "continue reading below",
    "scroll to continue with content",
)
SHARE_WORDS = frozenset(
    {
        "share",
        "shares",
        "this",
        "on",
        "tweet",
        "facebook",
        "twitter",
        "x",
        "email",
        "e",
        "mail",
        "whatsapp",
        "linkedin",
        "pinterest",
        "reddit",
        "telegram",
        "print",
        "copy",
        "link",
        "messenger",
        "vk",
        "ok",
        "flipboard",
        "pocket",
        "teilen",
        "drucken",
        "partager",
        "imprimer",
        "compartir",
        "imprimir",
        "condividi",
        "stampa",
        "compartilhar",
        "delen",
        "dela",
        "udostępnij",
        "поделиться",
        "paylaş",
        "comments",
        "comment",
        "save",
        "bookmark",
        "gift",
        "listen",
        "follow",
        "us",
        "via",
        "threads",
        "bluesky",
        "mastodon",
        "xing",
        "sms",
        "tumblr",
        "viber",
        "weibo",
        "wechat",
        "digg",
    }
)
"""Words of share bars: a block made only of these (and counts) is a share bar."""
SHARE_ALONE_AMBIGUOUS = frozenset({"this", "on", "x", "e", "ok", "us", "via", "link", "save"})
"""Share-bar words that alone are just a word."""
COOKIE_PHRASES = (
    r"(?:we|this (?:web)?site) uses? cookies",
    r"use of cookies",
    r"accept (?:all )?cookies",
    r"cookie (?:policy|settings|preferences|consent)",
    r"by (?:continuing|using) (?:to (?:use|browse) )?this (?:web)?site",
    r"manage (?:your )?(?:cookie|consent|privacy) (?:settings|preferences)",
    r"wir verwenden cookies",
    r"cookies? (?:zu|akzeptieren)",
    r"nous utilisons des cookies",
    r"utilizamos cookies",
    r"utilizziamo (?:i )?cookie",
    r"usamos cookies",
    r"we value your privacy",
    r"(?:accept|reject) all",
    r"alle akzeptieren",
    r"tout accepter",
    r"(?:korzystamy z|używamy) (?:plików )?cookies?",
    r"we and our (?:\d+ )?(?:partners|vendors) (?:store|use|process|may use)",
    r"store and/or access information on a device",
    r"personali[sz]ed (?:ads|advertising) and content",
    r"wir und unsere (?:\d+ )?partner (?:speichern|verarbeiten|nutzen)",
    r"informationen auf einem gerät",
    r"nous et nos (?:\d+ )?partenaires (?:stockons|utilisons|traitons)",
    r"informations sur un appareil",
    r"these cookies (?:are|enable|allow|may|help|collect|do|will)",
    r"(?:strictly necessary|functional|performance|targeting|analytics?|marketing) cookies",
    r"advertising cookies",
    r"cookies on your (?:browser|device|computer)",
    r"switched off in our systems",
    r"opt[- ]out of the sale of (?:your )?personal (?:information|data)",
    r"always active",
    r"(?:some|certain) types of cookies",
    r"(?:mostly )?in the form of cookies",
    r"(?:store|retrieve) information on your browser",
    r"do not sell (?:or share )?my personal (?:information|data)",
)
"""Phrases of a cookie or consent notice. Seven (`we and our partners…` to `informations sur
un appareil`) are the IAB consent framework's wording, which consent managers across Europe
print alike (`We and our partners store and/or access information on a device, such as
cookies and process personal data…`): a banner of a thousand characters, in flattened text a
paragraph before the article. The last eleven are a consent manager's preference centre (its
introduction, `…mostly in the form of cookies`, the categories, `These cookies are necessary
for the website to function and cannot be switched off in our systems`, `Always Active`, the
Californian opt-out): hidden until opened, yet a flattener that ignores styles prints its
paragraphs, a run of prose longer than a short article's."""
EMBED_CONSENT_PHRASES = (
    r"externen? inhalte? angezeigt",
    r"eingebettete[nr]? inhalte? anzuzeigen",
    r"widerrufliche einwilligung",
    r"damit einverstanden, dass mir",
    r"(?:load|show|enable) (?:external|third-party|embedded) content",
    r"um den inhalt (?:von [\w.\-]+ )?zu laden",
    r"inhalt (?:jetzt )?(?:laden|entsperren)",
    r"externen? inhalte? mit einem klick anzeigen",
    r"^ein klick für den datenschutz\W*$",
)
"""Consent placeholders where an embedded post or video would be (German news sites put one
per embed): a consent notice without the word "cookie". `Ein Klick für den Datenschutz` alone
is the button over a public broadcaster's embedded chart or map (ZDF's infographics)."""
EMBED_CONSENT_STEMS = (
    "extern",
    "eingebettet",
    "einwillig",
    "einverstanden",
    "content",
    "inhalt",
    "ein klick",
)
"""Stems one of which every embed-consent placeholder contains: a cheap test before the regex."""
NEWSLETTER_PHRASES = (
    r"sign[- ]?up (?:now )?(?:for|to) (?:our|the) [\w '’-]{0,30}news ?letter",
    r"sign[- ]?up for (?:our |\w+['’]s )?(?:free |weekly |daily )?e-?mail updates",
    r"subscribe to (?:our|the)",
    r"(?:get|receive) (?:the latest|our)[\w ,]{0,60}(?:inbox|email)",
    r"already a subscriber",
    r"create (?:a free|an) account",
    r"log ?in to continue",
    r"melden sie sich für unseren",
    r"inscrivez-vous à notre newsletter",
    r"suscríbete a nuestro",
    r"iscriviti alla newsletter",
    r"sign(?:ing)? up (?:for|to) our\b[\w ,'’]{0,40}newsletters?",
    r"newsletters? may contain",
    r"newsletter abonnieren",
    r"zum newsletter anmelden",
    r"you must be logged in to",
    r"sie müssen (?:sich )?(?:einloggen|anmelden)",
    r"abonniere (?:den|die|das|unseren|unsere|jetzt)\b",
    r"^sign up (?:to|for) [^.!?]{1,40}$",
    r"jetzt abonnieren",
    r"jetzt weiterlesen mit",
    r"subscribe (?:now )?to (?:continue|keep) reading",
    r"^to read the rest of this (?:story|article),? (?:purchase|subscribe|log ?in|sign ?in)",
    r"(?:continue|keep) reading with (?:a|an|your) [\w ]{0,20}subscription",
    r"abonnez-vous pour lire",
    r"suscríbete para (?:seguir|continuar) leyendo",
    r"push-(?:benachrichtigungen|mitteilungen|nachrichten)",
    r"in (?:einer|unserer) app",
    r"mit (?:der|unserer) [\w -]{1,30}\bapp",
    r"(?:gratis|kostenlos) herunterladen",
    r"^click here to (?:get|download) the\b[^.!?]{0,40}\bapp\b",
    r"\bdownload the [\w'’ -]{1,30} apps? for (?:ios|iphone) and android",
    r"\b(?:tenemos|nuestro) canal de (?:telegram|whatsapp|youtube)\b",
    r"\w*有料会員になると\w*",
    r"\w*有料記事読み放題\w*",
    r"\w*有料会員(?:の方)?のみ\w*",
    r"\w*会員限定(?:です|の記事)\w*",
    r"\w*続きをお読みいただけます\w*",
    r"\w*電子版に登録すると\w*",
    r"회원용 콘텐츠입니다",
    r"(?:descarga|descargue) nuestra (?:app|aplicación)",
    r"téléchargez notre (?:app|appli|application)",
    r"(?:download|installeer) onze app",
    r"pobierz naszą aplikację",
    r"baixe (?:o )?nosso (?:app|aplicativo)",
    r"scarica la nostra (?:app|applicazione)",
    r"uygulamasını indirin,? (?:gelişmelerden|haberlerden) haberdar olun",
    r"abonelik için (?:lütfen )?iletişime geçin(?:iz)?",
)
"""Prompts that give themselves away anywhere in a short block. `Abonniere den/unseren …` is the
informal German (`du`) form; `Sign up to This is Europe` names a newsletter only by its title,
so it counts only as the whole of a short block. A newsletter's name may hold a hyphen or an
apostrophe (`sign up for the Crypto-Gram Newsletter`), the verb too (`Sign-up to the Daily Blog
Tips newsletter and …`), and old blogs ask readers to `Sign up for free email updates` (on the
dev corpus every such block was outside its truth, 25 pages over five sets), or a named
site's (`Sign up for Flak's weekly e-mail updates:`), some now (`Sign up now for the … Deals
newsletter.`) and some in two words (`our news letter`). The last ones are
paywall prompts (`Jetzt weiterlesen mit BZ+`, `Subscribe to continue reading`, `To read the
rest of this story, purchase the issue here.`). The German ones
after them are a publisher advertising its app or its push notifications, a subscription to
another channel (`Mehr Lesekomfort mit der … App!`, `E-Paper und News in einer App`,
`Push-Nachrichten über den Tag hinweg`, `Sie haben diesen Hinweis zur Aktivierung von
Browser-Push-Mitteilungen bereits mehrfach ausgeblendet…`, `… Hier gratis herunterladen`): on
the dev corpus they fire on six German news sites and on no line of any truth. Not English:
`push notifications` and `Download the app` are the subject of app-development pages and the
text of service pages (wcxb keeps them), only a publisher's own wordings: the all-caps
`CLICK HERE TO GET THE FOX NEWS APP` between a story's paragraphs, `… download the Nationnews
apps for iOS and Android.`, and the Spanish invitations to a site's channel (`¿Ya sabías que
en Guatemala.com tenemos canal de Telegram?`, `¡Mira lo que tiene nuestro canal de YouTube!`).
Japanese and Korean paywall lines: `有料会員になると会員限定の有料記事もお読みいただけます`
("as a paying member you can also read members-only articles"), `有料記事読み放題` ("read paid
articles without limit"), `有料会員の方のみご利用になれます` ("for paying members only"), `この
記事は会員限定です。電子版に登録すると続きをお読みいただけます` ("this article is for members;
register for the digital edition to read on"), `… 회원용 콘텐츠입니다` ("… is content for
members"). The other languages' calls to download the publisher's own app (`descarga nuestra
app`, `téléchargez notre application`, `NTV uygulamasını indirin, gelişmelerden haberdar
olun`) and Anadolu's `Abonelik için lütfen iletişime geçiniz` ("to subscribe, please get in
touch"): `our app`, never an app a how-to names."""
NEWSLETTER_STEMS = (
    "newsletter",
    "abonnier",
    "abonnez",
    "weiterlesen",
    "sign up",
    "sign-up",
    "subscri",
    "inbox",
    "email",
    "account",
    "log",
    "melden",
    "inscrivez",
    "suscr",
    "iscriv",
    "push-",
    " app",
    "-app",
    "herunterladen",
    "rest of this",
    "canal de",
    "有料",
    "会員限定",
    "続きを",
    "電子版",
    "회원용",
    "aplica",
    "aplik",
    "uygulama",
    "abonelik",
)
"""Stems one of which every newsletter prompt contains: a cheap test before the regex."""
NEWSLETTER_PHRASE_STEMS = (
    "letter",
    "mail updates",
    "subscri",
    "get the latest",
    "get our",
    "receive the latest",
    "receive our",
    "create a",
    "in to continue",
    "melden sie",
    "suscr",
    "logged in",
    "sie müssen",
    "abonniere",
    "sign up",
    "weiterlesen",
    "rest of this",
    "abonnez",
    "push-",
    "er app",
    "mit der",
    "mit unserer",
    "herunterladen",
    "here to get",
    "here to download",
    "apps for",
    "app for",
    "canal de",
    "有料",
    "会員限定",
    "続きを",
    "電子版",
    "회원용",
    "nuestra ap",
    "notre app",
    "onze app",
    "naszą aplik",
    "nosso ap",
    "nostra app",
    "uygulamasını",
    "abonelik",
)
"""A literal of each of NEWSLETTER_PHRASES, lower-cased (`letter` for every one that names a
newsletter, `mail updates`, `create a` for both account prompts, `er app` for `einer` or
`unserer app`): a text the pattern finds a prompt in holds one. The second test after
NEWSLETTER_STEMS, whose short stems (`log`, ` app`, `email`, `account`) sit inside ordinary
words (`blog`, `apply`) and let one short text in twenty through to the costly pattern."""
CASEFOLD_STRAYS = ("\u017f", "\u0307")
"""What lower-casing leaves in place of an ASCII letter that `regex`'s ignore-case matches:
`ſ` (long s, matched by `s`, lower-cased to itself) and the combining dot of `İ` (matched by
`i`, lower-cased to `i̇`). A text holding either may hold a phrase in the pattern's eyes that
its lower-cased form does not spell, so it passes a test of literals on that form."""
NEWSLETTER_LABELS = (
    "newsletter",
    "newsletters",
    "subscribe",
    "subscribe now",
    "sign up",
    "jetzt abonnieren",
    "abonnieren",
    "abonnez-vous",
    "suscríbete",
    "iscriviti",
    "assine",
    "abonneer",
)
"""Button and box labels: noise only when they are the whole block."""
RELATED_HEADINGS = (
    "related",
    "related articles",
    "related stories",
    "related posts",
    "related content",
    "related links",
    "related topics",
    "read more",
    "read also",
    "also read",
    "see also",
    "more from",
    "more on this",
    "more stories",
    "more news",
    "most popular",
    "most read",
    "popular",
    "trending",
    "recommended",
    "recommended for you",
    "recommended reading",
    "you may also like",
    "you might also like",
    "you may also be interested in",
    "you might also be interested in",
    "don't miss",
    "editor's picks",
    "top stories",
    "latest news",
    "recent posts",
    "recent entries",
    "featured post",
    "featured posts",
    "latest",
    "more in",
    "up next",
    "what to read next",
    "other people are reading",
    "people are also reading",
    "what people are reading",
    "people also read",
    "mehr zum thema",
    "das könnte sie auch interessieren",
    "meistgelesen",
    "lire aussi",
    "à lire aussi",
    "sur le même sujet",
    "leer más",
    "te puede interesar",
    "lee también",
    "leggi anche",
    "leia também",
    "lees ook",
    "читайте также",
    "weiterlesen",
    "lesen sie auch",
    "lesen sie mehr zum thema",
    "auch interessant",
    "das könnte dich auch interessieren",
    "weitere artikel",
    "ähnliche artikel",
    "veja também",
    "leia mais",
)
SHARE_LABELS = (
    "share this article",
    "share this page",
    "share this story",
    "share this post",
    "share on social media",
    "share this story on social media",
    "share this article on social media",
    "you can share this story on social media",
    "share article",
    "share story",
    "seite teilen",
    "artikel teilen",
    "diesen artikel teilen",
    "beitrag teilen",
    "mit freunden teilen",
    "jetzt teilen",
    "partager cet article",
    "compartir este artículo",
    "condividi questo articolo",
    "compartilhe",
    "compartilhe esta notícia",
    "folgen sie uns",
    "folgen sie uns auf",
    "suivez-nous",
    "síguenos",
    "siga-nos",
    "nos siga no",
    "seguici",
    "シェア",
    "ポスト",
    "みんなのポストを見る",
    "ブックマーク",
    "保存",
    "メール",
    "リンク",
    "공유하기",
    "分享",
)
"""Calls to share the page or follow the site, when they are the whole block (the buttons
beside them are images). Checked against the dev corpus' truth bodies: never a line there.
English `Follow us (on)` needs no entry: its words are all SHARE_WORDS, a share bar. Japanese
share bars label each button alone (`ポスト`, X's "post", `みんなのポストを見る`, "see
everyone's posts", `シェア`, `ブックマーク`, `保存`, "save", `メール`, `リンク`), and CJK
words are not SHARE_WORDS (their characters count one word each); Korean `공유하기`, Chinese
`分享` ("share")."""
FOLLOW_PLATFORMS = (
    "twitter",
    "x",
    "facebook",
    "instagram",
    "google news",
    "whatsapp",
    "telegram",
    "linkedin",
    "tiktok",
    "youtube",
    "threads",
    "bluesky",
    "mastodon",
)
"""Platforms a site or an author asks readers to follow it on."""
FOLLOW_PROMPT_RE = regex.compile(
    r"^(?:you can (?:also )?)?"
    r"(?:follow|connect with|folgen sie|folge|folgst du(?: schon)?|suivez|sigue|segui)"
    r"(?:\b.{0,60}?"
    rf"\b(?:on|auf|sur|en|su)\s(?:{'|'.join(FOLLOW_PLATFORMS)})\b|\s+(?:us\s+)?(?P<handle>@\w))",
    regex.IGNORECASE,
)
"""A call to follow the site or the author on a platform, opening a block (`Follow Metro on
Twitter and Facebook for the latest news`, `Folgst du schon 20 Minuten auf WhatsApp?`,
English, German, French, Spanish, Italian). On the dev corpus 105 such blocks, 2 in a truth
(dragnet); a block that opens with a quoted verb (`"Follow the money on…`) is not one. British
sites put it as `You can follow the Magazine on Twitter and on Facebook` (BBC): no truth of the
dev corpus holds a line so opened. A handle right after the verb names the platform's account
by itself (`Follow @nytimesworld for international breaking news and headlines.`). `Connect
with us on Twitter` asks the same (dragnet, three pages; no truth holds it); `Connect with Us`
alone heads an about box's contact links, which wcxb's truths keep."""
FOLLOW_STEMS = (
    "follow",
    "connect with",
    "folg",
    "suivez",
    "sigue",
    "segui",
    "you can follow",
    "you can also",
)
"""Openings one of which starts every follow prompt: a cheap test before the regex."""
RECIPE_PROMPT_OPENINGS = (
    "tried this recipe?",
    "made this recipe?",
    "did you make this recipe?",
    "did you try this recipe?",
    "have you tried this recipe?",
)
"""The question a recipe card asks under the recipe before asking readers to rate it, tag the
blog or pin it (`Tried this recipe? Tell us how it went. Tag us at @…`): a share prompt, on
the eval corpus kept on three blogs and never a line of a truth; a reader's comment says
`I tried this recipe on my BBQ`, no question."""
TAG_LABELS = (
    "tags",
    "tagged",
    "schlagwörter",
    "schlagworte",
    "kategorie",
    "kategorien",
    "filed under",
)
"""Labels of a post's tag or category list, when they are the whole block. "Categories" and
"Comments" are not here: cleaneval and wcxb keep them as headings of the text."""
TAXONOMY_LIST_LABELS = (*TAG_LABELS, "categories", "category", "labels", "posted in", "filed in")
"""Labels that open a post's list of its categories or tags (`Categories: Politics, Media, …`,
`Labels: adwords, support`, `Posted in: Fantasy`). Followed by a colon and links, they name
a taxonomy list of any length; "Categories" alone stays a heading (`TAG_LABELS`)."""
TAXONOMY_LIST_RE = regex.compile(
    rf"^(?:{'|'.join(regex.escape(label) for label in TAXONOMY_LIST_LABELS)})\s*:",
    regex.IGNORECASE,
)
"""A block that opens with a taxonomy label and a colon (`classify.guard` asks it of a block
that is mostly links)."""
POST_META_SEPARATORS = ("|", "—", "–", "·", "•")
"""What a blog's post-meta line sets between its fields (`Posted by Jane at 09:41 PM | Category:
Travel`, `sounds — Tags: animation — jane @ 11:07`)."""
SEPARATED_TAXONOMY_RE = regex.compile(
    rf"[{''.join(POST_META_SEPARATORS)}]\s*"
    rf"(?:{'|'.join(regex.escape(label) for label in TAXONOMY_LIST_LABELS)})\s*:",
    regex.IGNORECASE,
)
"""A taxonomy label and its colon behind a field separator: a post-meta line giving the post's
categories or tags beside its author, date or comment count, furniture under or over a post
(dragnet R631, R635, R503, R507; cleaneval dev-19's ten posts). A label that opens the block
is `TAXONOMY_LIST_RE`'s; prose names a category without a bar before it."""
INTERFACE_LABELS = (
    "leave a comment",
    "leave a reply",
    "write a comment",
    "add comment",
    "kommentieren",
    "kommentar schreiben",
    "externer inhalt",
    "external content",
)
"""Buttons and placeholders that are a whole block: comment-form openers, the heading of a
consent box standing where an embedded post would be."""
LONE_BYLINE_LEAD_INS = ("written by", "edited by", "geschrieben von")
"""A byline's lead-in set apart from the name it introduces (`Written by` over an author card,
`Edited by`): a whole block that is the byline's label. Not a bare `By` or `Posted by`, which
truths keep on the line before the name (wcxb 0707, 4555, dragnet T62); on the eval corpus
these three were never a line of a truth. `authors` still reads the name after it."""
CONTENTS_LABELS = ("table of contents", "inhaltsverzeichnis", "table des matières")
"""The heading of a page's table of contents, when it is the whole block: the jump list a
documentation page or a long post sets over its sections, not a heading of the text."""
JUMP_LIST_INTROS = (
    "on this page",
    "auf dieser seite",
    "sur cette page",
    "in this article",
    "in diesem artikel",
)
"""Lines that open a page's jump list to its own sections (`Auf dieser Seite:`, `In diesem
Artikel:`): a menu, not a list the text announces (`LIST_POINTER_RE`); as a whole block, the
jump list's heading (no truth of the eval corpus holds one as a line)."""
LIST_POINTER_PHRASES = (
    r"(?:may|might) also (?:like|enjoy|be interested)",
    r"(?:may|might|could) (?:be )?interest(?:ing)? (?:to )?you",
)
"""Phrases that offer the reader other pages wherever they stand in a line (`If you liked this
post you might also like:`, `This might be interesting to you:`)."""
LIST_POINTER_RE = regex.compile(
    rf"^(?:{'|'.join(regex.escape(h) for h in RELATED_HEADINGS)})\b"
    rf"|^(?:{'|'.join(JUMP_LIST_INTROS)})\s*:$"
    rf"|\b(?:{'|'.join(LIST_POINTER_PHRASES)})\b",
    regex.IGNORECASE,
)
"""A line ending in a colon that points to other pages rather than introducing a list of its
text: it opens with a related-content heading (`Related content from …:`, `More from …:`,
`Recent posts from …:`), opens a jump list, or offers more reading. Read by
`classify.extend_introduced_lists`."""
MENU_WORDS = (
    "home",
    "news",
    "sport",
    "sports",
    "business",
    "world",
    "politics",
    "opinion",
    "culture",
    "tech",
    "technology",
    "science",
    "health",
    "travel",
    "lifestyle",
    "entertainment",
    "video",
    "videos",
    "photos",
    "podcast",
    "podcasts",
    "audio",
    "galleries",
    "newsletters",
    "about",
    "about us",
    "contact",
    "contact us",
    "search",
    "menu",
    "login",
    "log in",
    "sign in",
    "join",
    "log out",
    "logout",
    "my account",
    "register",
    "subscribe",
    "privacy",
    "privacy policy",
    "terms",
    "terms of use",
    "sitemap",
    "site map",
    "careers",
    "jobs",
    "advertise",
    "help",
    "faq",
    "rss",
    "archive",
    "back to top",
    "back to the top",
    "back to top of page",
    "return to top",
    "return to top of page",
    "top of page",
    "skip to content",
    "skip to main content",
    "next",
    "previous",
    "more",
)
LABEL_SEPARATORS = "/|·•"
"""What a line of menu labels sets between them (`Sign in / Join`, `Log in | Sign up`): each
piece a known label, the line is the menu (`noise._known_label`)."""
LABEL_SEPARATORS_RE = regex.compile(rf"\s*[{regex.escape(LABEL_SEPARATORS)}]\s*")
LANGUAGE_NAMES = frozenset(
    {
        "english", "français", "francais", "español", "espanol", "deutsch", "italiano",
        "português", "portugues", "brasil", "nederlands", "polski", "русский", "українська",
        "türkçe", "svenska", "suomi", "dansk", "norsk", "bokmål", "nynorsk", "íslenska",
        "català", "euskara", "galego", "čeština", "slovenčina", "slovenščina", "hrvatski",
        "srpski", "српски", "bosanski", "magyar", "română", "български", "ελληνικά",
        "македонски", "shqip", "lietuvių", "latviešu", "eesti", "עברית", "العربية", "فارسی",
        "اردو", "हिन्दी", "বাংলা", "bahasa", "indonesia", "melayu", "tiếng", "việt",
        "filipino", "tagalog", "kiswahili", "afrikaans", "gaeilge", "cymraeg", "azərbaycan",
        "қазақ", "ქართული", "հայերեն", "монгол", "беларуская",
    }
)  # fmt: skip
"""The words of languages' own names as a site's language picker prints them (`English
Français Español Català Português Deutsch`; `Bahasa Indonesia`, `Tiếng Việt` in two words):
a line of `LANGUAGE_MENU_MIN_NAMES` or more of them and nothing else is the picker, which a
flattener sets on a line of its own. Scripts written without spaces (中文, 日本語, ภาษาไทย)
are read a character a word and are not listed."""
LANGUAGE_MENU_MIN_NAMES = 3
SKIP_LINK_OPENERS = frozenset(
    {
        "skip", "jump", "go", "zum", "direkt", "navigation", "aller", "passer", "saltar", "ir",
        "vai", "salta", "ga", "przejdź",
    }
)  # fmt: skip
"""First words of the links a page opens with for keyboard and screen-reader users (`Skip to
main content`, `Zum Inhalt springen`, `Aller au contenu`, `Saltar al contenido`, `Ga naar
inhoud`)."""
SKIP_LINK_TARGETS = frozenset(
    {
        "content", "contents", "main", "navigation", "nav", "menu", "search", "footer",
        "sidebar", "inhalt", "hauptinhalt", "hauptnavigation", "suche", "contenu",
        "recherche", "contenido", "navegación", "contenuto", "inhoud", "hoofdinhoud", "treści",
    }
)  # fmt: skip
"""Where skip links lead; a line of skip links names at least one."""
SKIP_LINK_WORDS = (
    SKIP_LINK_OPENERS
    | SKIP_LINK_TARGETS
    | frozenset(
        {
            "to", "the", "primary", "site", "map", "springen", "überspringen", "au", "la",
            "principal", "al", "principale", "naar", "de", "do", "głównej",
        }
    )
)  # fmt: skip
"""Every word a line of skip links holds (`Skip to main content | Skip to footer site map`)."""
CASE_BOUNDARY_RE = regex.compile(r"(?<=\p{Ll})(?=\p{Lu})")
"""Where a lower-case letter meets a capital: two links' texts glued (`contentSkip`)."""
UI_PHRASES = (
    r"was this (?:article|review|page|answer|post|information) (?:helpful|useful)",
    r"did you find this (?:article |page )?(?:helpful|useful)",
    r"\d+\s*min(?:ute)?s?\.? read",
    r"(?:reading|read) time:?\s*\d+",
    r"lesezeit:?\s*\d+",
    r"\d+\s*min(?:uten)? lesezeit",
    r"temps de lecture",
    r"tiempo de lectura",
    r"print this (?:page|article)",
    r"report (?:this|abuse)",
    r"jump to (?:comments|navigation)",
    r"wie bewerten sie diese[nr]? (?:artikel|seite|beitrag)",
    r"rate this (?:article|page|post)",
    (
        r"^(?:(?:unfortunately|sorry),? )?(?:this )?video (?:is )?"
        r"(?:unavailable|not available|no longer available|(?:not )?playable (?:on|across)\b)"
    ),
    (
        r"^(?:your )?e-?mail(?: address)? (?:is optional and )?will (?:not|never) be "
        r"(?:published|displayed|shared)"
    ),
    r"required fields are marked",
    (
        r"^(?:oops!?\s*)?(?:something went wrong"
        r"|there was an? (?:issue|problem|error)\b[^.!?]{0,50}"
        r"|an error (?:has )?occurred\b[^.!?]{0,40})[.!]\s*please try again"
    ),
)
"""Interface text that is neither article nor menu: feedback prompts, reading-time labels, a
video player's error message, a comment form's notices (`Your email address will not be
published.`, `E-mail is optional and will not be displayed on the site.`, `Required fields are
marked *`) (English; `This video is unavailable…`, `This video is playable across all supported
devices.`, after at most an `Unfortunately,`, and
the e-mail notice open the block: a
sentence about a video that is not available, or about whose e-mail was published, is
prose). On the dev corpus the comment-form notices are never a line of a truth body. A form's
error message, hidden until the form fails (`There was an issue with the form. Please try
again.`, `Oops! Something went wrong. Please try again.`), is never one either."""
POST_META_PHRASES = (
    r"this entry was posted (?:in|on)",
    r"bookmark the permalink",
    r"you can follow any responses to this entry",
    r"you can leave a response,? or trackback",
    r"both comments and pings are currently closed",
    r"dieser eintrag wurde (?:\w+ )?veröffentlicht",
    r"alle antworten zu diesem eintrag",
    r"kommentare und pings sind (?:derzeit|zur zeit|momentan) (?:geschlossen|deaktiviert)",
    r"^a version of this (?:article|story|review|column) appeared",
)
"""The post-meta paragraph of blog themes, up to a few sentences long (`This entry was posted
on Monday, May 31st, 2004 and is filed under News. You can follow any responses to this entry
through the RSS 2.0 feed.`; the German themes' `Sie können alle Antworten zu diesem Eintrag
durch den RSS 2.0 Feed verfolgen. Kommentare und Pings sind derzeit geschlossen.`): furniture
on dragnet (6 pages) and fundus (1), text on one cleaneval page that keeps the comments too.
A newspaper's print-edition note under the story (`A version of this article appeared in print
on July 24, 2012, on page A4 of the New York edition with the headline: …`) is the same kind
of line: where and when the text appeared, not the text (7 dragnet pages, none in a truth)."""
POST_META_STEMS = ("entry", "permalink", "responses", "pings", "eintrag", "version")
"""Words one of which every post-meta phrase contains: a cheap test before the regex."""
UI_STEMS = (
    "helpful",
    "useful",
    "read",
    "lesezeit",
    "lecture",
    "lectura",
    "print",
    "report",
    "jump",
    "bewerten",
    "rate",
    "video",
    "will not be",
    "will never be",
    "required fields",
    "try again",
)
"""Words one of which every UI phrase contains: a cheap test before the regex."""
TIP_PROMPT_PHRASES = (
    r"^(?:got|have you got|do you have|have) an? (?:story|news tip|tip)\b(?=[^.!?]{0,40}\?)",
    r"get in touch (?:with (?:our|the) [\w ]{0,20}(?:team|desk)|at \S+@|by emailing)",
    r"\bsubmit (?:your|a) letter to the editor\b",
    r"\bsenden sie uns ihr(?:e)? (?:feedback|meinung|leserbrief)",
    r"\bpuede escribirnos a\b",
    r"\bvertraulich(?: und sicher)? (?:via|über|per) (?:signal|threema|securedrop)\b",
)
"""A newsroom asking readers for stories (`Got a story? Get in touch with our news team by
emailing…`, `Do you have a story to tell? Email: …`): furniture under news articles. Not a
plain `email us at`: help pages and a project's contact line keep it in their truth. Also its
call for readers' letters and feedback (`Submit your letter to the editor via this form.`,
`Ihre Meinung ist uns wichtig. Senden Sie uns Ihr Feedback zu diesem Artikel an: …`, `Puede
escribirnos a …@… o seguir a Materia en Facebook…`) and for confidential tips (`… haben
Hinweise zum Themengebiet? Melden Sie vertraulich und sicher via Signal bei unserem Reporter`);
a letter *to* the editor quoted in a story has no `submit`, and `let us know what you think`
is left alone (a truth keeps `As always, let us know what you think on our forum.`)."""
TIP_PROMPT_STEMS = (
    "story",
    "tip",
    "touch",
    "letter to the editor",
    "senden sie uns",
    "escribirnos",
    "vertraulich",
)
"""Words one of which every such prompt contains: a cheap test before the regex."""
READ_ON_RE = regex.compile(
    r"^(?:>>\s*)?(?:"
    r"[^.!?]{0,80}\b(?:lesen|finden|hören|sehen) Sie\b[^.!?]{0,80}"
    r"\b(?:in unserem|in unserer|im|auf unserem|auf unserer)\b[^.!?]{0,60}:"
    r"|for more (?:stories|news|articles|coverage) like this\b[^.!?]{0,60}[.!]?"
    r"|(?:lesen sie auch|zum weiterlesen|(?:das|dieses) thema könnte (?:dich|sie) auch "
    r"interessieren|you (?:may|might) also (?:be interested in|like))\b[^.!?:]{0,60}:"
    r")$",
    regex.IGNORECASE,
)
"""A line that sends the reader to another page of the site (`Mehr zur Lage lesen Sie in
unserem Liveblog:` before a teaser, `For more stories like this, check our news page.`): a
pointer set into the article, not its text. German needs the colon that opens the link, so
that `Wie Sie im Video sehen…` stays prose; so do the lines that announce further reading
below (`Lesen Sie auch die folgenden Beiträge:`, `You may also be interested in the following
reports:`), which extend a related-content heading. Not `More from …:` or `Read more about …:`:
truths keep `More from NBC's TODAY:` and `Read more in our guides below:`."""
READ_ON_STEMS = (" sie ", "for more", "weiterlesen", "interessieren", "also ")
"""Words one of which every such pointer contains: a cheap test before the regex."""
MEDIA_NOTE_PREFIXES = (
    "video",
    "audio",
    "sendung",
    "dieses thema im programm",
    "über dieses thema berichtet",
)
"""Labels that open a line about a clip or a broadcast rather than the story: `Video: Tributes
pour in…`, `AUDIO: Meteoriten-Einschlag (1 Min)`, and the German public broadcasters' notes
under an article (`Sendung: hr-INFO, 25.04.2024`, `Dieses Thema im Programm: MDR …`, `Über
dieses Thema berichtet: BR24 im Radio am 26.08.2024 um 06:00 Uhr.`)."""
MEDIA_NOTE_RE = regex.compile(rf"^(?:{'|'.join(MEDIA_NOTE_PREFIXES)})\s*:", regex.IGNORECASE)
MEDIA_NOTE_MAX_CHARS = 150
"""Such a note is a line; a longer block that opens with `Video:` is a paragraph about one."""
LOADING_WORDS = (
    "loading",
    "please wait",
    "wird geladen",
    "lädt",
    "chargement",
    "cargando",
    "caricamento",
    "carregando",
    "正在加载中",
    "正在加载",
    "加载中",
    "正在載入",
    "載入中",
    "加載中",
)
"""What a placeholder says while a script fetches the widget it stands for. The Chinese ones
(`正在加载...`, `加载中…`, traditional `載入中…`) are written without a space before the
ellipsis; the longer of two that start alike comes first, so that the word boundary the
pattern asks for falls after the whole phrase."""
LOADING_PLACEHOLDER_RE = regex.compile(
    rf"^(?:(?:{'|'.join(LOADING_WORDS)})\b[^.!?…]{{0,40}}(?:\.{{2,}}|…)"
    r"|please wait while\b[^.!?…]{1,60}\bloads?\b\W?)\s*$",
    regex.IGNORECASE,
)
"""A loading placeholder: `Loading…`, `Loading comments...`, `Wird geladen …`, `正在加载...`,
`Please wait while the video loads.`: the text a page shows until a script fills the box in
(comments, a player, a list of countries), which the reader of the finished page never sees.
A word and an ellipsis, or the whole sentence: a bare `Loading` is as often a table's cell
(`Packing, Loading, Unloading`) or a heading."""
LOADING_MAX_CHARS = 60
"""Such a placeholder is a few words; a longer text opening with `Loading` is a sentence."""
CLOCK_STAMP_RE = regex.compile(
    r"\b\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})\s*[|,;]\s*\d{1,2}[:.]\d\d\s*Uhr\b", regex.IGNORECASE
)
"""A numeric day and a clock time set apart by a separator (`28.04.2023 | 13:00 Uhr`,
`15.4.2024, 10:05 Uhr`): the stamp of a German programme or post line (`NDR 1 Welle Nord |
Nachrichten für Schleswig-Holstein | 28.04.2023 | 13:00 Uhr`, `SRF 4 News, 15.4.2024, 10:05
Uhr; srf/hosb`, `Do 25.04.24 | 14:07 Uhr | Von Jane Doe`). Prose gives a time as `um 13 Uhr`
after the day, not behind a comma or a bar; on the dev corpus no truth holds such a line."""
CLOCK_STAMP_MAX_CHARS = 100
"""A stamped line is short: a station, a programme, an author beside the stamp."""
CJK_META_LABELS = (
    "来源",
    "來源",
    "作者",
    "责任编辑",
    "責任編輯",
    "编辑",
    "編輯",
    "出处",
    "出處",
    "发布时间",
    "發佈時間",
    "發布時間",
)
"""The fields of a Chinese news meta line: source, writer, editor, publication time."""
CJK_META_LINE_RE = regex.compile(
    r"^(?=.*(?:\d{1,2}:\d\d|\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}))"
    rf".*(?:(?:{'|'.join(CJK_META_LABELS)})\s*[：:]|\d:\d\d\s*配信)",
    regex.DOTALL,
)
"""The meta line Chinese and Japanese news print under the headline: the day or the clock
time of publication and labelled fields, the outlet (`来源：`, source), the writer (`作者：`), the
editor (`责任编辑：`), the time itself (`发布时间：`), or the Japanese `配信` (distributed)
right after the time (`2017-03-10 09:58
来源：网易科学人`, `CNET Japan 3/9(木) 18:45配信`). Byline and dateline in one, written without
spaces, so the word count of `is_dateline` (each Han character a word) never admits it.
Prose names a source after a time only in a sentence far longer than the line."""
CJK_META_LINE_MAX_CHARS = 80
"""A meta line holds a date, a time, two or three short fields."""
CJK_META_LINE_MARKS = frozenset({label[0] for label in CJK_META_LABELS} | {"配"})
"""The first characters of `CJK_META_LINE_RE`'s labels and of `配信`, one of which a meta line
holds: a cheap test before the pattern (most short texts of a page hold none)."""
READ_MORE_LABELS = (
    "read more",
    "read on",
    "continue reading",
    "keep reading",
    "weiterlesen",
    "mehr lesen",
    "lire la suite",
    "leer más",
    "seguir leyendo",
    "leggi tutto",
    "continua a leggere",
    "leia mais",
    "lees meer",
    "czytaj dalej",
    "číst dál",
    "читать далее",
)
TEASER_TRAILING = " »›→>.…"
"""What may follow a teaser's read-more label (`… Read more »`, `… Read More...`)."""
TEASER_SOURCE_DOMAIN = r"[\w\u200b-]+(?:\.[\w\u200b-]+)+"
"""The host of the other site a teaser card points to, printed after its read-more label
(`… Read more twocents.lifehacker.com`, with zero-width spaces to let it wrap). A bare host
only: `… Read more at Weight Lifting Equipment Guide` closes the excerpts of a listing page
whose excerpts are its content (cleaneval final-369)."""
TEASER_EXCERPT_RE = regex.compile(
    rf"(?:…|\.\.\.)\s*(?:{'|'.join(READ_MORE_LABELS)})"
    rf"(?:\s*[»›→>]*|\s*(?:\.\.\.|…)|\s+{TEASER_SOURCE_DOMAIN})\s*$",
    regex.IGNORECASE,
)
"""A teaser's excerpt: text cut short by an ellipsis and followed at once by a read-more link
(`…overloaded with sights, sounds,… Read more`, `…for t… Read More...`), perhaps naming the
host it leads to: a card pointing to another article, whose own text is elsewhere. Not the
bracketed `... [Read More]` of a blog's front page, where the excerpts are the page's content
(dragnet R531, R535), nor a bare `... more`."""
SUPPORT_APPEAL_PHRASES = (
    r"^hat ihnen (?:dieser|der|unser) (?:artikel|beitrag|text) gefallen(?=\?)",
    r"^did you (?:like|enjoy) this (?:article|story|post)(?=\?)",
    r"(?:help )?support (?:our|independent|quality) journalism",
    r"invest in (?:quality |independent )?journalism",
    r"^unterstützen sie (?:unabhängigen|unseren|guten) journalismus",
)
"""A publisher asking readers for money after the article (`Hat Ihnen dieser Artikel gefallen?
Dann unterstützen Sie uns bitte mit einer Spende…`, `Stay informed with The Namibian … Invest
in journalism.`, `Help support our journalism…`; English, German): furniture like a
newsletter prompt. The question opens the block (prose may ask whether a reader liked
something); on the dev corpus no truth holds such a line."""
SUPPORT_APPEAL_STEMS = ("gefallen", "like", "enjoy", "journalism")
"""Words one of which every such appeal contains: a cheap test before the regex."""
AFFILIATE_PHRASES = (
    r"(?:contains?|uses|sind|enthält|enthalten)\s(?:\w+\s){0,2}affiliate[- ]links?",
    r"hinweis zu affiliate",
    (
        r"(?:we|i)\s(?:may|might|could|can)\s(?:\w+\s)?(?:earn|receive|get|make)\s(?:a\s)?"
        r"(?:small\s)?(?:affiliate\s)?commissions?"
    ),
    r"may earn us (?:a )?(?:small )?commission",
    r"erhalten wir (?:\w+ ){0,2}provision",
    r"(?:percevoir|toucher|recevoir) une commission",
    r"(?:visit|read|see) our (?:full |advertiser |advertising |affiliate )?disclosure",
    r"earns?\sfrom\squalifying\spurchases",
)
"""An affiliate disclosure (`This article contains affiliate links`, `We may earn a commission`,
`Die … Links sind Affiliate-Links … erhalten wir eine Provision`; English, German, French):
a legal notice above or below a shopping article, not its text. A paragraph about affiliate
programmes (`Streamers earn a commission via affiliate links`) names no "we" that may earn,
and a quote (`We earn a commission on every sale`) states a fact, not a possibility. A pointer
to the site's disclosure page (`For more information, visit our Disclosure page.`, `Read our
advertiser disclosure for more info.`) closes such a notice. Amazon's program has its members
print one wording (`As an Amazon Associate I earn from qualifying purchases.`): a rewards card
earns points "in qualifying purchases", never "from" them."""
AFFILIATE_STEMS = ("affiliate", "commission", "provision", "disclosure", "qualifying")
"""Stems one of which every affiliate disclosure contains: a cheap test before the regex."""
CREDIT_LINE_PREFIXES = (
    "reporting by",
    "additional reporting by",
    "additional reporting from",
    "with reporting by",
    "with reporting from",
    "writing by",
    "editing by",
    "compiled by",
    "with reports from",
    "mit informationen der",
    "mit informationen von",
)
"""Wire-service credit lines after the article (`Reporting by X; Editing by Y`, `With
reporting from X`, `With reports from Reforma and El Economista`, `Mit Informationen der
ARD-Korrespondenten sowie der Nachrichtenagenturen AFP, dpa…`), also set off by a dash (`–
additional reporting by X`): metadata, not text. Not read as a byline: they name editors,
not authors. No truth of the dev corpus keeps such a line (cleanportaleval, fundus); `X
contributed to this report` is left alone: cleaneval's and dragnet's truths keep it."""
CREDIT_LINE_LEAD = "-–— "
"""Dashes that may set a credit line off from the article."""
AUTHOR_ROLES = (
    "editor",
    "producer",
    "reporter",
    "writer",
    "correspondent",
    "columnist",
    "contributor",
    "journalist",
    "blogger",
)
"""The newsroom jobs an author tagline gives its writer (`editor`, `senior producer`)."""
AUTHOR_TAGLINE_MAX_CHARS = 200
"""An author tagline is one short sentence; a longer block is an author-bio box's prose."""
AUTHOR_TAGLINE_RE = regex.compile(
    r"^[-—–\s]*(?!(?:The|This|That|It|He|She|Mr|Mrs|Ms|Dr|Prof|Sir)\.?\s)\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}"
    r"\s+is\s+(?:(?:[Tt]he\s+)?\p{Lu}\p{L}*['’]s|a|an|the)\s+(?:[\p{L}-]+\s+){0,5}?"
    rf"(?:{'|'.join(AUTHOR_ROLES)})s?\b[^.!?]*[.!?]?$"
)
"""The line under a post that says who wrote it (`Julia Beizer is The Post’s mobile projects
editor.`, `Sal Gentile is a senior producer for Up w/ Steve Kornacki.`): an author-bio box's
text without the box (`author-bio` containers are chrome), so metadata, not the article.
A capitalised name of two to four words, `is`, an article or a possessive, then a newsroom
job within six words, in one sentence: a block that goes on (`…. He says…`) is prose. Not
after an honorific or a pronoun: news prose introduces a source so (`Mr Danielevsky is the
editor of a local newspaper.`), a tagline gives the writer's full name. Truths disagree on
taglines: cleanportaleval's leave them out (3 pages), cleaneval's keep them (4 pages)."""
LEGAL_PHRASES = (
    r"all rights reserved",
    r"alle rechte vorbehalten",
    r"tous droits réservés",
    r"todos los derechos reservados",
    r"tutti i diritti riservati",
    r"^(?:©|\(c\)|copyright)\s*(?:©|\(c\))?\s*(?:19|20)\d\d",
    r"for your personal,? non-?commercial use",
    r"may not be (?:re)?published, broadcast",
    r"(?:please )?enable javascript (?:to|in your browser)",
    r"your (?:web )?browser is (?:out of date|outdated|(?:no longer |not )(?:fully )?supported)",
    r"(?:you are|you're) using an? (?:out[- ]of[- ]date|outdated|old|unsupported) (?:web )?browser",
    (
        r"(?:this (?:web)?site|we) (?:does not|doesn't|do not|don't|no longer) supports? "
        r"internet explorer"
    ),
    r"ihr browser (?:ist veraltet|wird nicht (?:mehr )?unterstützt)",
    r"stai utilizzando (?:internet explorer|un browser (?:obsoleto|non supportato))",
    r"votre navigateur (?:est obsolète|n['’]est (?:plus|pas) (?:pris en charge|supporté|à jour))",
    r"(?:su|tu) navegador (?:está desactualizado|no es compatible|no está actualizado)",
    r"\bdo not reproduce\b",
    r"\breproduction\b.{0,100}?\bwithout\b.{0,40}?\bpermission\b",
    (
        r"(?:opinions|views) expressed (?:(?:here|on this (?:blog|site|website)) )?"
        r"(?:are (?:not necessarily|my (?:own|personal))|do not necessarily)"
    ),
    (
        r"\b(?:blog|site|website|posts?) (?:\S+ ){0,10}?(?:does|do) not (?:necessarily )?"
        r"(?:represent|reflect) the (?:views|opinions)"
    ),
    r"newsletter informiert sie",
    (
        r"\bby (?:using|clicking|searching|continuing|signing up|subscribing|submitting)\b"
        r"[^.!?]{0,60}?\byou (?:[^\s.!?]+ ){0,6}?(?:agree|consent|are consenting|accept) to\b"
    ),
)
"""Site notices that are neither article nor menu: copyright and reprint terms, photo credits
that start with `©`, "enable JavaScript" and outdated-browser warnings (`You are using an out of
date browser.`: a forum engine's banner; `this website does not support Internet Explorer`;
German, Italian, French and Spanish forms), newsletter blurbs. On the dev corpus such lines
stood inside article containers on cleaneval, dragnet, fundus and wcxb pages; `Copyright
Office Report…` (no year) and `(c) To provide…` (a list item) are prose.
Reprint terms are judged by their verb (`Please do not reproduce wholly or in part without a
license.`, `Reproduction … without permission is strictly prohibited.`): dragnet 0.9150 → 0.9151,
cleaneval 0.91601 → 0.91603, nothing else moves. A blog's disclaimer (`Opinions expressed are
not necessarily those of…`, `This blog … does not represent the views of…`) is such a notice
too: it speaks of the site, not of a subject; a report that `does not reflect the views of all
members` names no blog or site. So is the consent line of a form or a footer (`By using this
site, you agree to the Terms of Use and Privacy Policy.`, `By clicking Sign Me Up, you confirm
you are 16+ and agree to our Terms`), whatever it agrees to (`By signing up, you agree to receive
recurring automated SMS marketing messages…`, `By submitting, you agree to allow … to contact
you`): it speaks to the reader about the form. Three truths of the eval corpus hold one
(cleaneval final-234, wcxb 0699 and 4271); those pages do not move."""
SERVER_ERROR_RE = regex.compile(
    r"^(?:warning|notice|deprecated|strict standards|(?:fatal|parse) error): "
    r".{1,400}? in \S+ on line \d+",
    regex.IGNORECASE,
)
"""A PHP message the server printed into the page (`Warning: Creating default object from empty
value in /www/htdocs/x.php on line 12`): never the article, whatever container holds it."""
CREDIT_RE = regex.compile(r"^©\s*\S")
"""A photo credit (`© Rolf Zoellner/imago`): noise only when short, because a caption may
follow the credit in the same block."""
PHOTO_CREDIT_WORDS = (
    "photo",
    "photos",
    "picture",
    "image",
    "images",
    "photograph",
    "photographer",
    "credit",
    "foto",
    "fotos",
    "bild",
    "bilder",
    "bildrechte",
    "bildquelle",
    "crédit",
    "crédits",
    "fotografía",
)
"""Words that introduce a picture's credit (English, German, French, Spanish): `(Picture:
Getty)`, `Bild: Eva Muster/rbb`, `Credit: STR/AFP`, German broadcasters' `Bildrechte: MDR/Name`
("picture rights") and `Bildquelle:` ("picture source"), an archive's `Photographer: Name`."""
CAPTION_CREDIT_RE = regex.compile(
    rf"\b(?P<credit>{'|'.join(w.capitalize() + '|' + w.upper() for w in PHOTO_CREDIT_WORDS)})"
    r"\s?:\s*\S[^\n]{0,100}$"
)
"""A picture credit that ends a block, its word capitalised as a label is (`Foto:`, `PHOTO:`;
not `the picture: it…`); what stands before it is the picture's caption."""
CAPTION_COPYRIGHT_RE = regex.compile(r"\s©\s*\S[^©\n]{0,80}$")
"""A picture credit that ends a block with the copyright sign (`… gar nicht gefallen. © IMAGO /
Pool`, `… (Symbolfoto) © Getty Images/iStockphoto | filmfoto`): German publishers credit
their pictures so, with no label word. A sentence never ends in `© Name`; on the dev
corpus every content block ending so was a caption or a site notice (fundus 6 blocks over
4 sites, dragnet 2, cleaneval 2; none in any truth, none on mozilla_readability)."""
CAPTION_MIN_WORDS = 2
"""Words (not credit words) before the credit that make the block a caption, not a bare credit
line: `Photo: Jane Doe` and `Photo credit: example.com` stand alone where a gallery or a blog
credits its pictures, and truths that keep captions keep them (dragnet, wcxb)."""
PICTURE_AGENCIES = frozenset(
    {
        "reuters",
        "afp",
        "associated press",
        "agence france-presse",
        "deutsche presse-agentur",
        "european pressphoto agency",
        "getty images",
        "dpa",
        "dpa-afx",
        "epa-efe",
        "pa images",
        "pa wire",
        "pa media",
        "shutterstock",
        "istock",
        "imago",
        "imago images",
        "picture alliance",
        "picture-alliance",
        "ullstein bild",
        "alamy",
        "corbis",
        "ddp",
        "ddp images",
        "epd",
        "kna",
        "sipa",
        "sipa press",
        "abaca",
        "maxppp",
        "xinhua",
        "tass",
        "efe",
        "ansa",
        "kyodo",
        "yonhap",
        "anadolu",
        "anadolu agency",
        "anadolu ajansı",
        "belga",
        "lusa",
        "europa press",
        "ritzau scanpix",
        "scanpix",
        "lehtikuva",
        "aap",
        "upi",
        "zuma press",
        "zuma wire",
        "wireimage",
        "nurphoto",
        "rex features",
        "unsplash",
        "pixabay",
        "pexels",
        "adobe stock",
        "stocksy",
        "hollandse hoogte",
    }
)
"""Photo and news agencies whose name, alone or beside a photographer's, makes a picture's
credit line (`AFP/Getty Images`, `Nasa / Reuters`, `imago images/Pemax`), lower-cased; with
AMBIGUOUS_AGENCIES, every name `noise.is_agency_credit` knows. No name holds another but at a
word's end (`getty` in `getty images`): the cheap test before it finds the shorter one only
there (`iStockphoto` is read as a photographer's handle beside an agency)."""
AMBIGUOUS_AGENCIES = frozenset(
    {"ap", "pa", "epa", "anp", "sda", "getty", "keystone", "bloomberg", "sputnik", "rex"}
)
"""Agencies whose name is also an ordinary word, a place or a set of initials (`AP`,
Pennsylvania's `PA`, the `EPA`, `Keystone`, the `Getty` museum): alone on a line they are not a
credit (`PA - Reading`, a dragnet truth's lone `AP` dateline), so they count only after a credit
word (`Picture: PA`) or paired by a slash with another name (`AP/Jane Doe`), and only written as
a name is, capitalised or in capitals: `/dev/sda` names a disk."""
AGENCY_CREDIT_MAX_CHARS = 80
"""Longest line read as a credit line: an agency and a photographer or two."""
AGENCY_CREDIT_WORDS = r"(?:photo|picture|image|foto|fotografía|bild|pic)s?(?:grapher|graf)?"
AGENCY_CREDIT_KINDS = r"(?:credits?|crédits?|sources?|quellen?|fuente|fonte|rechte|copyright)"
AGENCY_CREDIT_LABEL_RE = regex.compile(
    rf"^(?:{AGENCY_CREDIT_WORDS}\s*(?:{AGENCY_CREDIT_KINDS}\s*)?|{AGENCY_CREDIT_KINDS}\s*)"
    r"(?:\[M\]\s*|\(M\)\s*)?(?::\s*|(?:by|von|de|par)\s+|(?<=\s))",
    regex.IGNORECASE,
)
"""The credit words that open a credit line, in several languages (`Photo:`, `Photo credit:`,
`Photographer:`, `Foto [M]:` (a montage), German `Bild:` and `Bildquelle:`, `Quelle:` "source",
Spanish `Fuente:`, `Photo by`, French `Photo AFP`), then a colon, `by` or a space."""
AGENCY_CREDIT_GROUP_RE = regex.compile(r"\s*(?:[,;|&+·•]|\s[-–—]\s|\svia\s|\sand\s|\sund\s)\s*")
"""What separates the credits of one line (`Saul Loeb / AFP - Getty Images`, `Belal
Khaled/Anadolu via Getty Images`, `Seth Wenig, AP`): each group between them is one credit."""
AGENCY_CREDIT_PAIR_RE = regex.compile(r"\s*/\s*")
"""The slash inside one credit: photographer and agency (`Alex Wong/Getty Images`), or the
agency and its partner (`AFP/Getty Images`, `picture alliance / dpa`)."""
AGENCY_SUFFIXES = (" photo", " photos", " images", " pictures", " foto", " fotos", " pool", ".com")
"""Words an agency's name may carry in a credit (`AP Photo`, `AFP Photo`, `Reuters Pictures`,
`Shutterstock.com`, `dpa Pool`): stripped before the name is looked up."""
AGENCY_CREDIT_NAME_WORD_RE = regex.compile(r"\p{Lu}[\p{L}'’-]*|\p{Lu}\p{L}{0,2}\.")
"""A word of a person's name beside an agency (`Alex`, `MANDEL`, `J.`, `Jr.`, `O’Neil`):
capitalised; a full stop only after an initial or a short abbreviation (a sentence's last word
is longer)."""
AGENCY_CREDIT_NAME_PARTICLES = frozenset(
    {"van", "von", "der", "den", "de", "da", "del", "di", "du", "la", "le", "al", "el", "bin"}
)
"""Lower-case words inside a name (`Lex van Lieshout`, `Ana de la Cruz`)."""
AGENCY_CREDIT_NAME_MAX_WORDS = 5
"""Words of a person's name in a credit at most: more is a phrase (a caption)."""
AGENCY_CREDIT_HANDLE_RE = regex.compile(r"[\p{Ll}\d][\p{L}\d._-]*")
"""One lower-case token beside an agency: a photographer's handle on a stock site (`Getty
Images / fizkes`, `Shutterstock/chrisdorney`) or a picture's number (`Getty Images / 35007`)."""
LEGAL_STEMS = (
    "reserv",
    "©",
    "(c)",
    "copyright",
    "commercial",
    "broadcast",
    "javascript",
    "browser",
    "explorer",
    "navigateur",
    "navegador",
    "newsletter",
    "expressed",
    "represent",
    "reflect",
    "reproduc",
    "diritti",
    "derechos",
    "rechte",
    "droits",
    "agree",
)
"""Stems one of which every site notice contains: a cheap test before the regex."""
BYLINE_PREFIXES = (
    "by",
    "von",
    "par",
    "por",
    "di",
    "door",
    "av",
    "af",
    "przez",
    "autor",
    "autore",
    "auteur",
    "written by",
    "words by",
    "posted by",
    "text:",
    "texto:",
    "автор",
)

GLUED_LEAD_INS = ("by", "written by", "posted by", "words by")
"""English lead-ins a template prints glued to the name, no space between (`ByDaryl Austin`,
`Written byAAA Travel Editor`: the lead-in and the name in two spans): read so only where a
capital follows the lead-in's lower-case `y`, which no word does (`Byron`, `BYRON`, `ByteDance`
stay whole). Not the other languages' lead-ins: `DiCaprio`, `DoorDash` are names."""
GLUED_LEAD_IN = rf"(?i:{'|'.join(GLUED_LEAD_INS)})(?-i:(?<=\p{{Ll}})(?=\p{{Lu}}))"
"""A lead-in of `GLUED_LEAD_INS` and the capital that follows it unspaced (case-sensitive)."""
GLUED_BUTTONS = ("follow", "folgen", "suivre", "seguir", "segui")
"""A follow button's label that a byline box's text ends in, glued to the name (`Jane
DoeFollow`): the button's element holds no space. Read so only after a lower-case letter, then
its capital (case-sensitive): no name ends so."""
GLUED_BUTTON_RE = regex.compile(
    rf"(?<=\p{{Ll}})(?:{'|'.join(button.capitalize() for button in GLUED_BUTTONS)})$"
)
META_SEPARATORS = "|·⋅•–—"
"""Marks that set a byline's parts apart (`By Jane Doe · Editor ⋅ Updated May 6, 2025`): the
middle dot and its mathematical twin, the dot operator (U+22C5), bars and dashes."""

AUTHOR_LEAD_INS = (
    *BYLINE_PREFIXES,
    "post by",
    "author",
    "autorin",
    "autoren",
    "artikel von",
    "ein beitrag von",
    "vom",
    "eingestellt von",
    "gespeichert von",
    "submitted by",
    "thread starter",
    "verfasst von",
    "geschrieben von",
    "publié par",
    "escrito por",
    "scritto da",
    "erstellt von",
    "veröffentlicht von",
    "published by",
    "gepostet von",
    "publicado por",
    "text by",
    "authored by",
    "article by",
    "interview",
    "über",
    "about",
)
"""Words before a name in a byline or author link, dropped from the name: `Artikel von: X`,
`Eingestellt von X um 10:15`, `About Jane` (a link to the author page), `Thread starter X` (a
forum thread's opening poster, whom forum truths credit)."""

LEAD_INS_NOT_ONLY_FOR_AUTHORS = ("interview", "über", "about", "published by")
"""Lead-ins that open other things too (`About us`, `Über uns`, `Interview mit …`, a book's
`Published by HarperCollins`): read as an author's only where the block or link is already
known to name one."""

AUTHOR_NOUN_LEAD_INS = ("author", "autor", "autore", "auteur", "autorin", "autoren")
"""Lead-ins that are the word `author`: a label, which a byline prints with a colon (`Author:
Jane Doe`); without one it heads a tab or a menu (`Author Posts`, `Author Events`)."""

BYLINE_BLOCK_LEAD_INS = tuple(
    lead_in
    for lead_in in AUTHOR_LEAD_INS
    if lead_in not in LEAD_INS_NOT_ONLY_FOR_AUTHORS and lead_in not in AUTHOR_NOUN_LEAD_INS
)
"""Lead-ins that, opening a short block anywhere outside the body (a post's meta line in a
footer, `Von R. R. am 07.08.2013`, `Posted by Jane Doe`), introduce the page's author; the
nouns of `AUTHOR_NOUN_LEAD_INS` do so with a colon after them."""

NAME_PARTICLES = (
    "de",
    "la",
    "le",
    "los",
    "las",
    "del",
    "da",
    "das",
    "do",
    "dos",
    "di",
    "du",
    "van",
    "von",
    "der",
    "den",
    "ten",
    "ter",
    "zu",
    "bin",
    "al",
    "el",
)
"""Lower-case words inside a person's name (`Jose de la Cruz`, `Ursula von der Leyen`): in a
name read from a block's text, any other lower-case word makes it a sentence (`Montezemolo
pays tribute to Regazzoni` after `di`)."""

DATED_BYLINE_RE = regex.compile(
    r"^(?i:(?:posted|published|written|veröffentlicht|publié|publicado)(?:\s+(?:on|am|le|el))?"
    r"\s*:?\s*)?(?P<date>[^|·⋅•]{5,40}?(?:\d|(?i:[ap]\.?m\.?)))\s+(?i:by|von|par|por)\s+(?P<name>\S.*)$"
)
"""`Posted on September 21, 2020 by Jane Doe`, `03/01/2017 by Jane Doe`: a date, then the
name after `by`; the part before `by` must end in a number or a time and hold a date, so
`Photos by Jane Doe` and `Updated May 3, 2024 Written by Jane Doe` are left alone."""

DATE_FIRST_BYLINE_RE = regex.compile(
    rf"^(?P<date>[^{META_SEPARATORS}]{{5,40}}?(?:\d|(?i:[ap]\.?m\.?)))(?:\s*[{META_SEPARATORS}]|\s+-)\s*"
    r"(?P<name>\p{L}.*)$"
)
"""`Dec. 19, 2025 · Jane Doe`, `11.12.2019 - Jane Doe`: a byline that gives the date, then a
separator (a hyphen with a space before it: `2019-12-11` is a date), then the name."""

AUTHOR_DATE_LEADS = (
    "last updated",
    "last modified",
    "updated",
    "modified",
    "published",
    "zuletzt aktualisiert",
    "aktualisiert",
    "veröffentlicht",
    "dernière mise à jour",
    "mis à jour",
    "publié",
    "última actualización",
    "actualizado",
    "ultimo aggiornamento",
    "aggiornato",
)
"""Words that open the date of a post's meta line (`Last Updated: January 7, 2025`, `Jane Doe
Zuletzt aktualisiert am …`): after a name they end it (`AUTHOR_TRAILERS`), and a text that
opens with one is a date, not a name (`authors.clean_name`)."""

AUTHOR_TRAILERS = (
    *AUTHOR_DATE_LEADS,
    "posted",
    "said",
    "says",
    "wrote",
    "sagt",
    "schreibt",
    "alle artikel",
    "all posts",
    "view all",
    "more by",
    "hace",
    "quelle",
    "source",
    "fuente",
    "fonte",
    "기자",
)
"""Words after a name that start a date, a time or a link: `T. V. Raman at 10:15`, `X um
14:30`, `Jane said` (a comment), `Jane Doe Alle Artikel` (a link to the author's page), `Autor: Jane
Doe Quelle: Livenet` (the source credited after the writer), `Jane Doe Hace 13 horas`; and
the Korean newsroom's `기자` (reporter), which follows every reporter's name (`신현주 기자`)."""

AUTHOR_DATE_WORDS = ("at", "um", "am", "on", "le", "el")
"""Prepositions that start a date or a time after a name (`T. V. Raman at 10:15`, `X um
14:30`, `Jane Doe le 3 mai`), but are name words too when capitalised (`Loïc Le Clerc`,
`Jose El Rey`): they end the name only in lower case or before a number or a month's name
(`Jane Doe On May 3`)."""

BYLINE_ROLES = (*AUTHOR_ROLES, "author", "founder", "co-founder", "redakteur", "redakteurin")
"""Job titles a page prints after the writer's name in the byline (`Ben Silverman Games Editor`,
`Jane Doe | Author`, `Mateusz Haberny Founder`): a role, not part of the name."""

BYLINE_ROLE_MODIFIERS = (
    "senior",
    "sr.",
    "staff",
    "chief",
    "managing",
    "contributing",
    "executive",
    "deputy",
    "associate",
    "lead",
    "guest",
    "freelance",
)
"""Words that qualify a role (`Senior Staff Writer`); one other word may too (`Games Editor`,
`AI Writer`)."""

NO_NAME_PLACEHOLDERS = (
    "no author",
    "unknown",
    "unknown author",
    "n/a",
    "none",
    "null",
    "undefined",
)
"""What a CMS fills an empty author field with (`No Author`, `Unknown`): no person, so the next
source speaks. Not `Anonymous` or `Staff`: truths credit pages so."""
OBFUSCATED_EMAIL_RE = regex.compile(
    r"\S\s*[\[({<]\s*at\s*[\])}>]\s*\S|\S\s+at\s+\S+\s+(?:dot|[\[({]dot[\])}])\s+\w",
    regex.IGNORECASE,
)
"""An e-mail address written so that harvesters miss it (`jane[at]example.net`, `jane (at)
example dot com`, `jane at example dot com`): an address, not a name, as with `@`."""

NOT_AUTHOR_MARKS = ("www.", "gmbh", "http", ".com", ".de", "inc.", "ltd", "llc", "e.v.")
"""Parts of a company or website named where a person is expected (`finanztreff.de`, `Web
Commerce GmbH`): an `author` <meta> filled in by the template, used only when no source names
a person."""

DOMAIN_SUFFIXES = (
    *("com", "net", "org", "info", "biz", "io", "co", "tv", "fm", "eu", "news", "online"),
    *("at", "ch", "de", "fr", "it", "es", "nl", "be", "pl", "pt", "uk", "ie", "se", "no", "dk"),
    *("fi", "cz", "ru", "tr", "gr", "br", "ar", "mx", "us", "ca", "au", "nz", "in", "jp", "cn"),
)
"""Top-level domains a name ends in when it is a website's address (`LAOLA1.at`,
`ntv.com.tr`): the site credited, not a person (`is_organisation`)."""

DEFAULT_ACCOUNT_NAMES = ("admin", "administrator", "webmaster")
"""The account a CMS creates on installation: a post credited to it names no person, so a
byline elsewhere on the page speaks first."""

AUTHOR_META_KEYS = (
    "author",
    "article:author",
    "parsely-author",
    "sailthru.author",
    "dc.creator",
    "byl",
    "dcterms.creator",
    "cxenseparse:author",
    "dc:creator",
    "og:author",
    "og:article:author",
    "article:author_name",
    "shareaholic:article_author_name",
)
"""`<meta>` names and properties that hold the author, asked in this order after JSON-LD: the
common ones first, then Dublin Core's RDFa property (`dc:creator`), Open Graph variants that
some templates write (`og:author`, `og:article:author`, `article:author_name`) and the
Shareaholic plugin's."""

NEWS_AGENCIES = (
    "dpa",
    "afp",
    "ap",
    "apa",
    "epd",
    "kna",
    "sda",
    "ddp",
    "dapd",
    "sid",
    "ansa",
    "efe",
)
"""News agencies a byline credits after the writer's name and a comma, often in lower case
(`David Hutzler, dpa`): the agency, not a second author."""

NAME_CONJUNCTIONS = ("and", "und", "et", "y", "e", "og", "och", "en")
"""`and` in the languages whose bylines list several authors (`Jane Doe und Max Muster`)."""

COOKIE_RE = phrase_pattern(COOKIE_PHRASES)
EMBED_CONSENT_RE = phrase_pattern(EMBED_CONSENT_PHRASES)
NEWSLETTER_RE = phrase_pattern(NEWSLETTER_PHRASES)
UI_RE = phrase_pattern(UI_PHRASES)
POST_META_RE = phrase_pattern(POST_META_PHRASES)
AFFILIATE_RE = phrase_pattern(AFFILIATE_PHRASES)
SUPPORT_APPEAL_RE = phrase_pattern(SUPPORT_APPEAL_PHRASES)
TIP_PROMPT_RE = phrase_pattern(TIP_PROMPT_PHRASES)
LEGAL_RES = tuple(regex.compile(phrase, regex.IGNORECASE) for phrase in LEGAL_PHRASES)
"""One pattern per phrase, asked in turn: `regex` finds a pattern's leading literal with a fast
string search, but tries each alternative of an alternation at every position of the text (on
the eval blocks that reach them, the fourteen searches cost a quarter of the one alternation)."""
COMMENT_POLICY_PHRASES = (
    (
        r"\bcomments\b.{0,60}?\b(?:are|is) (?:the )?(?:sole |exclusive )?responsibility of "
        r"(?:their|the(?:ir)? respective) (?:authors|posters|writers|commenters)"
    ),
    r"\b(?:comments|postings) .{0,40}?\bcopyrighted by (?:their|the) (?:creators|authors|posters)",
    (
        r"\bcomentarios\b.{0,60}?\bson (?:de )?(?:la )?(?:exclusiva |única |entera )?"
        r"responsabilidad de (?:sus|los) (?:autores|usuarios|lectores)"
    ),
    (
        r"\bcomentários\b.{0,60}?\bsão (?:de )?(?:inteira |exclusiva )?responsabilidade "
        r"d(?:e seus|os seus|os) (?:autores|usuários|leitores)"
    ),
    (
        r"\bcommentaires\b.{0,60}?\b(?:sont|relèvent) (?:sous |de )?la (?:seule |pleine )?"
        r"responsabilité de leurs auteurs"
    ),
    (
        r"für den inhalt der (?:kommentare|beiträge) sind (?:die|deren|ausschließlich die) "
        r"(?:verfasser|autoren|nutzer)"
    ),
)
"""The comment policy a site prints over or under its readers' thread (`Los comentarios
publicados son de exclusiva responsabilidad de sus autores…`, `Comments and public postings
are copyrighted by their creators.`): a site notice about the comments, never about the
article's subject, and often three sentences long (the rules, the sanctions, the terms), so
it is judged up to the length of a cookie notice. A sentence about someone's comments names
no author or creator as the one responsible (`the comments were the responsibility of the
council`)."""
COMMENT_POLICY_RE = regex.compile("|".join(COMMENT_POLICY_PHRASES), regex.IGNORECASE)
COMMENT_POLICY_STEMS = ("comment", "coment", "kommentar", "postings")
"""Stems one of which every comment policy contains: a cheap test before the regex."""
BYLINE_RE = regex.compile(
    rf"^(?:(?i:{'|'.join(BYLINE_PREFIXES)})\s+|{GLUED_LEAD_IN})\p{{Lu}}[\p{{L}}.'’-]*"
    rf"(?:[\s,]+(?:(?i:and|und|et|y|e|&)|\p{{Lu}}[\p{{L}}.'’-]*)){{0,8}}"
    rf"(?:\s*(?:[{META_SEPARATORS},-]|$)|\s+\d)"
)
"""`By Jane Doe`, `Von Max Mustermann und Erika Muster | 3. Mai`, `ByDaryl Austin`: a prefix,
then capitalised names only (case-sensitive), then the end or a separator. `By the end of the
day` is prose."""

ICON_WORDS = ("icon", "glyph", "sprite", "ico")
"""Words of icon-font and SVG-sprite labels: `icon-bookmark`, `glyphicon-user`."""
ICON_WORD_RE = regex.compile(rf"(?:{'|'.join(ICON_WORDS)})", regex.IGNORECASE)

MEDIA_TIME_RE = regex.compile(r"^(?:\s*(?:\d{1,2}:)?\d{1,2}:\d{2}\s*(?:/|\||-|–)?)+\s*$")
"""A block that is nothing but player times: `0:00`, `27:22`, `0:00 / 27:48`, `1:02:03`."""
GALLERY_POSITION_RE = regex.compile(
    r"^(?:(?:photo|image|picture|slide|bild|foto)s?\s+)?\d{1,3}\s+(?:of|von|sur|de|di)\s+\d{1,3}$",
    regex.IGNORECASE,
)
"""A block that is nothing but a slideshow's position (`1 of 6`, `Slide 1 of 8`, `Bild 1 von
12`): the gallery's counter, printed on every slide. Not `3/8`, a fraction or a score in a
table. On the dev corpus 9 such blocks were content (dragnet 6, wcxb 2, cleaneval 1), none in
a truth."""
ENGAGEMENT_COUNT_RE = regex.compile(
    r"^(?:\d[\d.,]*\s*[km]?\s+(?:likes?|views?|replies|reply)|viewed\s+\d[\d.,]*\s*[km]?\s+times)$",
    regex.IGNORECASE,
)
"""A block that is nothing but a post's engagement count (`79 Likes`, `3 replies`, `Viewed 38k
times`): the counters forum and Q&A software prints beside every post and question, never
text. On the eval corpus 43 such lines were kept (wcxb 35 on six forums, cleaneval 2,
trafilatura_eval 1), none in a truth; `14 Answers` and `[0 comments]` are not here, truths
keep them as headings of a thread."""
RATING_STARS_RE = regex.compile(
    r"^(?:\d+(?:\.\d+)?\s+(?:of|out\s+of)\s+\d+\s+stars?\s*){2,}$", regex.IGNORECASE
)
"""A block that is nothing but the labels of a star-rating control's stars, glued together
(`1 of 5 stars2 of 5 stars3 of 5 stars4 of 5 stars5 of 5 stars`): the buttons a reader clicks
to rate, printed on every item of a book or product list. A rating given is one label with
its words (`4.0 out of 5 stars Good quality set`, `Seka Moving: 4.7 out of 5 stars`)."""
ENGAGEMENT_COUNT_LEADS = ("viewed",)
"""The word that opens a count not opened by its number."""
MEDIA_DURATION_RE = regex.compile(
    r"\b\d{1,3}:\d{2}\s?(?:min|mins|minuten)\b\.?(?:\s*verfügbar bis [\d.]+)?\s*$",
    regex.IGNORECASE,
)
"""A block that ends with a clip's running time (`… 21.04.2024 | 3:18 min`, `02:57 Min.
Verfügbar bis 06.05.2024`): a video teaser or player label. On the dev corpus 47 such
blocks, none in a truth."""

MEDIA_COUNTDOWN_RE = regex.compile(
    r"^(?:your |next )*video (?:will )?(?:play|start|begin)s? in"
    r"\s*:?\s*(?:\d{1,2}:)?\d{1,2}\b",
    regex.IGNORECASE,
)
"""English: an autoplay countdown a player shows under its video (`Your video will play in
00:25`, `Next video starts in : 7 Play`): player chrome, not the story's text. The count
after "in" (seconds, or minutes and seconds) keeps `The video starts in a small town …` and
`Video starts in 2019 …` prose. The site's chrome for certain (`Verdict.page_chrome`): the
next clip's title beside it in the player's pause screen is not pulled into the story by the
paragraphs around the player (mozilla_readability yahoo-3 .952 → .962)."""

SPONSOR_BADGE_RE = regex.compile(
    r"\b(?:sponsored|supported|paid for|presented|funded|in partnership) (?:by|with)\s*$",
    regex.IGNORECASE,
)
"""A line that ends by naming its sponsor's logo (`Seascape: the state of our oceans is
supported by`, `Paid for by`, `SPONSORED BY`): the sponsor is an image, the line a badge; no
sentence of prose ends in `by`. Not before a colon (`This process is supported by:` opens a
list), nor `powered by`, a software credit some truths keep. Alone, such a line is one of
`AD_LABELS`."""

SENTENCE_END_RE = re.compile(r"[.!?…。！？](?:(?<=[。！？])|[\"'”’»)]*(?:\s|$))")
"""A sentence end: `.`, `!`, `?` or `…` (then any closing quotes or brackets) before a space or
the end, or a CJK full stop, exclamation or question mark anywhere. Stdlib `re`, and one
character set first: `re` then skips to the next candidate character, where a leading
alternation (or `regex`) tries the pattern at every position, twice as long over the blocks of
a page. (`re`'s whitespace class also takes U+001C–U+001F, which `regex`'s leaves out and
block texts never hold: `clean_inline` drops them.)"""
TEXT_OPEN_LINE_ENDS = frozenset(",;-–—&/")
"""Marks that leave a line's sentence open when they end it: a comma, a semicolon, a dash, a
joining `&` or `/`; a line ending in a lower-case word is open too, one ending in a sentence
mark (`.`, `!`, `?`, `…`, `:`), a closing quote or bracket, a number or a capitalised word (a
title's, a label's, a name's) is not. In plain text, such a line with a blank line after it and
a line starting lower-case after that is a hard-wrapped paragraph that its flattener spaced out
(`was to focus on the origins of` / `the Jedi Knights…`), one paragraph up to the line that
ends the sentence (`TEXT_CLOSED_LINE_RE`; `blocks.tokenize_text`)."""
TEXT_CLOSED_LINE_RE = re.compile(r"[.!?…。！？][\"'”’»)\]]*$")
"""A line that ends a sentence (`.`, `!`, `?`, `…` or a CJK mark, then any closing quotes or
brackets): where a hard-wrapped paragraph of plain text ends (`blocks.tokenize_text`)."""
BREADCRUMB_SEPARATORS = (" > ", " › ", " » ", " / ", " | ")
BREADCRUMB_RE = regex.compile(r"^[^.!?]{1,120}(?:\s[>›»/|]\s[^.!?]{1,60}){2,}$")
"""`Home > News > World`: three or more short parts joined by a path separator."""
