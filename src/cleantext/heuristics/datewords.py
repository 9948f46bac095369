"""Month names per language and the named parts that date patterns are built from."""

from __future__ import annotations

import re

import regex

MONTHS: dict[str, tuple[str, ...]] = {
    # language: names for January..December; each entry lists the full name and its
    # abbreviations, separated by "|".
    "en": (
        "january|jan",
        "february|feb",
        "march|mar",
        "april|apr",
        "may",
        "june|jun",
        "july|jul",
        "august|aug",
        "september|sept|sep",
        "october|oct",
        "november|nov",
        "december|dec",
    ),
    "de": (
        "januar|jänner|jan",
        "februar|feber|feb",
        "märz|mär|maerz",
        "april|apr",
        "mai",
        "juni|jun",
        "juli|jul",
        "august|aug",
        "september|sept|sep",
        "oktober|okt",
        "november|nov",
        "dezember|dez",
    ),
    "fr": (
        "janvier|janv",
        "février|fevrier|févr|fevr|fév",
        "mars",
        "avril|avr",
        "mai",
        "juin",
        "juillet|juil",
        "août|aout",
        "septembre|sept",
        "octobre|oct",
        "novembre|nov",
        "décembre|decembre|déc|dec",
    ),
    "es": (
        "enero|ene",
        "febrero|feb",
        "marzo|mar",
        "abril|abr",
        "mayo|may",
        "junio|jun",
        "julio|jul",
        "agosto|ago",
        "septiembre|setiembre|sept|sep",
        "octubre|oct",
        "noviembre|nov",
        "diciembre|dic",
    ),
    "it": (
        "gennaio|gen",
        "febbraio|feb",
        "marzo|mar",
        "aprile|apr",
        "maggio|mag",
        "giugno|giu",
        "luglio|lug",
        "agosto|ago",
        "settembre|set",
        "ottobre|ott",
        "novembre|nov",
        "dicembre|dic",
    ),
    "pt": (
        "janeiro|jan",
        "fevereiro|fev",
        "março|marco|mar",
        "abril|abr",
        "maio|mai",
        "junho|jun",
        "julho|jul",
        "agosto|ago",
        "setembro|set",
        "outubro|out",
        "novembro|nov",
        "dezembro|dez",
    ),
    "nl": (
        "januari|jan",
        "februari|feb",
        "maart|mrt",
        "april|apr",
        "mei",
        "juni|jun",
        "juli|jul",
        "augustus|aug",
        "september|sep",
        "oktober|okt",
        "november|nov",
        "december|dec",
    ),
    "ru": (
        "января|январь|янв",
        "февраля|февраль|фев",
        "марта|март|мар",
        "апреля|апрель|апр",
        "мая|май",
        "июня|июнь|июн",
        "июля|июль|июл",
        "августа|август|авг",
        "сентября|сентябрь|сен",
        "октября|октябрь|окт",
        "ноября|ноябрь|ноя",
        "декабря|декабрь|дек",
    ),
    "cs": (
        "ledna|leden",
        "února|únor",
        "března|březen",
        "dubna|duben",
        "května|květen",
        "června|červen",
        "července|červenec",
        "srpna|srpen",
        "září",
        "října|říjen",
        "listopadu|listopad",
        "prosince|prosinec",
    ),
    "pl": (
        "stycznia|styczeń|sty",
        "lutego|luty|lut",
        "marca|marzec",
        "kwietnia|kwiecień|kwi",
        "maja|maj",
        "czerwca|czerwiec|cze",
        "lipca|lipiec|lip",
        "sierpnia|sierpień|sie",
        "września|wrzesień|wrz",
        "października|październik|paź",
        "listopada|listopad|lis",
        "grudnia|grudzień|gru",
    ),
    "tr": (
        "ocak|oca",
        "şubat|şub",
        "mart",
        "nisan|nis",
        "mayıs|may",
        "haziran|haz",
        "temmuz|tem",
        "ağustos|ağu",
        "eylül|eyl",
        "ekim|eki",
        "kasım|kas",
        "aralık|ara",
    ),
    "sv": (
        "januari",
        "februari",
        "mars",
        "april",
        "maj",
        "juni",
        "juli",
        "augusti",
        "september",
        "oktober",
        "november",
        "december",
    ),
    "da": (
        "januar",
        "februar",
        "marts",
        "april",
        "maj",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "december",
    ),
    "fi": (
        "tammikuuta|tammikuu",
        "helmikuuta|helmikuu",
        "maaliskuuta|maaliskuu",
        "huhtikuuta|huhtikuu",
        "toukokuuta|toukokuu",
        "kesäkuuta|kesäkuu",
        "heinäkuuta|heinäkuu",
        "elokuuta|elokuu",
        "syyskuuta|syyskuu",
        "lokakuuta|lokakuu",
        "marraskuuta|marraskuu",
        "joulukuuta|joulukuu",
    ),
    "uk": (
        "січня|січень",
        "лютого|лютий",
        "березня|березень",
        "квітня|квітень",
        "травня|травень",
        "червня|червень",
        "липня|липень",
        "серпня|серпень",
        "вересня|вересень",
        "жовтня|жовтень",
        "листопада|листопад",
        "грудня|грудень",
    ),
    "ro": (
        "ianuarie|ian",
        "februarie|feb",
        "martie|mar",
        "aprilie|apr",
        "mai",
        "iunie|iun",
        "iulie|iul",
        "august|aug",
        "septembrie|sep",
        "octombrie|oct",
        "noiembrie|noi",
        "decembrie|dec",
    ),
    "hu": (
        "január|jan",
        "február|febr",
        "március|márc",
        "április|ápr",
        "május|máj",
        "június|jún",
        "július|júl",
        "augusztus|aug",
        "szeptember|szept",
        "október|okt",
        "november|nov",
        "december|dec",
    ),
    "ar": (
        # Levantine and Iraqi (Syriac) names, then the Egyptian and Gulf transliterations,
        # then the Maghrebi ones (from French); with and without the hamza on the alef.
        "كانون الثاني|كانون ثاني|يناير|جانفي",
        "شباط|فبراير|فيفري",
        "آذار|اذار|مارس",
        "نيسان|أبريل|ابريل|إبريل|أفريل|افريل",
        "أيار|ايار|مايو|ماي",
        "حزيران|يونيو|يونيه|جوان",
        "تموز|يوليو|يوليه|جويلية",
        "آب|اب|أغسطس|اغسطس|أوت|اوت",
        "أيلول|ايلول|سبتمبر",
        "تشرين الأول|تشرين الاول|تشرين أول|أكتوبر|اكتوبر",
        "تشرين الثاني|تشرين ثاني|نوفمبر",
        "كانون الأول|كانون الاول|كانون أول|ديسمبر",
    ),
}
"""Month names; order is January..December. Abbreviations may end with a dot in text. A name
of two words (`كانون الثاني`) is matched whatever spaces stand between them."""


def month_lookup() -> dict[str, int]:
    """Every month name or abbreviation, lower-case, mapped to its number (1..12)."""
    table: dict[str, int] = {}
    for names in MONTHS.values():
        for number, alternatives in enumerate(names, start=1):
            for name in alternatives.split("|"):
                table.setdefault(name, number)
    return table


MIN_YEAR = 1995
"""Earliest publication year accepted from page text (the web's own age; htmldate uses 1995)."""

DATE_META_KEYS = (
    "article:published_time",
    "og:article:published_time",
    "article.published",
    "published_time",
    "datepublished",
    "date",
    "dc.date",
    "dc.date.issued",
    "dcterms.date",
    "dcterms.created",
    "dc.date.created",
    "sailthru.date",
    "parsely-pub-date",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "publication_date",
    "release_date",
    "originalpublicationdate",
    "article_date_original",
    "cxenseparse:recs:publishtime",
    "date_published",
    "datecreated",
    "citation_publication_date",
    "citation_date",
    "og:published_time",
    "bt:pubdate",
    "displaydate",
    "article:post_date",
    "prism.publicationdate",
)
"""<meta name|property|itemprop> keys (lower-case) that carry the publication date, best first."""

MODIFIED_META_KEYS = (
    "article:modified_time",
    "og:updated_time",
    "datemodified",
    "dcterms.modified",
    "last-modified",
    "lastmod",
    "dc.date.modified",
    "article:modified",
)
"""<meta> keys that carry the last-modified date: used only when nothing says "published"."""

CENTURY = 100
"""A two-digit year `yy` is read as the latest `..yy` not after the reference year."""

COPYRIGHT_MARKS = ("©", "&copy;", "copyright", "(c)")
"""A date right after one of these is when a footer was generated, not a publication date."""

COPYRIGHT_LOOKBEHIND_CHARS = 24
"""How far before a date a copyright mark still claims it (`Copyright © Site GmbH 2019`)."""

JSON_LD_PUBLISHED_KEYS = ("datePublished", "dateCreated", "uploadDate")
"""JSON-LD keys that carry the publication date, best first (`uploadDate`: VideoObject)."""

JSON_LD_MODIFIED_KEYS = ("dateModified",)
"""JSON-LD keys that carry the last-modified date: used only when nothing says "published"."""

HEADLINE_AFTER_BLOCKS = 8
"""Blocks after the headline searched for its printed date (kicker, byline, dateline, lead)."""

HEADLINE_BEFORE_BLOCKS = 3
"""Blocks before the headline searched too: some templates print the date above it."""

HEADLINE_BEFORE_PENALTY = 2
"""Extra distance for a block above the headline: the page header above it prints today's date.
Not when no headline was found: the search then starts at the first content block, and on a
listing (a blog's home page) the date printed just above it is its post's, the one below
belongs to the next post."""

OWN_TEASER_DATE_CHARS = 40
"""In a related block that repeats the page's headline (its own teaser in a list of the latest
articles), a date at most this many characters before or after the headline is its date
(`10.11.2021 Menschenrechte achten`, `Backup Strategy January 22nd, 2019`); a list merged
into one block holds other teasers' dates further away."""

OWN_TEASER_HEADLINE_CHARS = 300
"""A longer headline is not looked for in teasers: a teaser repeats a headline of a line or
two, and matching a page-long "headline" word by word would cost more than the page."""

OWN_TEASER_HEADLINES = 8
"""Distinct headlines looked for in teasers, the title block's first, then the metadata's in
`META_TITLE_KEYS` order: a page has one to three. Each is compiled into a pattern (about
0.15 ms) and looked for in every dated related block, so thousands of distinct og:titles
beside hundreds of related lists were quadratic (`teaser-headlines-5k`)."""

SHORT_DATE_BLOCK_CHARS = 120
"""A block this short is a dateline or byline: a date anywhere in it is the page's date."""

LEAD_DATE_MAX_OFFSET = 40
"""In a longer block, a date within this many characters of the start opens the article
(`BERLIN (dpa), 10.04.2008 –`); further in, it is a date the article talks about."""

LEAD_DATE_WINDOW_CHARS = 2 * LEAD_DATE_MAX_OFFSET
"""How much of a longer block's start is searched for that date: room for a date starting at
LEAD_DATE_MAX_OFFSET to be read whole (`10. April 2008, 14:35 Uhr`)."""

LOCAL_DAY_TOLERANCE = 1
"""A UTC timestamp and the local day its witnesses (the URL, a local-offset timestamp) name
differ by at most one day."""

MAX_UTC_OFFSET_HOURS = 14
"""The furthest a time zone is from UTC (Kiribati, UTC+14): a printed time further from a UTC
timestamp is another moment."""

UTC_OFFSET_STEP_MINUTES = 15
"""Every time zone's offset is a whole number of quarter hours (India +5:30, Nepal +5:45): a
printed time that differs from a UTC timestamp by anything else is another moment."""

REPUBLISHED_AFTER_URL_DAYS = 30
"""A permalink's day (`/2017/7/12/slug`) is fixed when the article is first published; a
structured publication date more than this many days after it names a republication or a
move to another CMS, not the article's date. Within a few days it is the same story edited
(a week-old URL day and the metadata's day: the metadata was right on the dev corpus)."""

MODIFIED_MARKERS = (
    "updat",
    "modif",
    "edited",
    "revised",
    "reviewed",
    "last post",
    "letzte",
    "aktualis",
    "aktualiz",
    "geändert",
    "bearbeitet",
    "mis à jour",
    "mise à jour",
    "actualiz",
    "aggiorn",
    "atualiz",
    "bijgewerkt",
    "gewijzigd",
    "обновл",
    "изменен",
    "güncel",
    "oppdat",
    "opdater",
    "uppdater",
    "päivit",
)
"""Words (lower-case stems) that mark the date after them as a modification, not publication:
`Updated May 6, 2019`, `Aktualisiert am 3. Mai 2024`, `last post by … Sep 26, 2024`."""

NOT_PUBLISHED_MARKERS = (
    "joined",
    "member since",
    "registered",
    "mitglied seit",
    "dabei seit",
    "registriert",
    "inscrit",
    "miembro desde",
    "registrado",
    "iscritto",
    "founded",
    "gegründet",
    "fondé",
    "fundad",
    "fondat",
    "opgericht",
)
"""Stems that mark the date after them as something else: when a forum member joined, when a
community or company was founded."""

PUBLISHED_MARKERS = (
    "publish",
    "posted",
    "created",
    "veröffentlicht",
    "erstellt",
    "publié",
    "publicado",
    "pubblicato",
    "gepubliceerd",
    "опубликовано",
    "opublikowano",
    "publikováno",
    "yayınlan",
    "publisert",
    "publiceret",
    "publicerad",
    "julkaistu",
    "publicat",
)
"""Stems that mark the date after them as the publication date: they end a marker's reach."""

MARKER_LOOKBEHIND_CHARS = 32
"""How far before a date its marker may stand (`Last Updated by Jane Doe on May 6, 2019`)."""

RELATIVE_UNITS: dict[str, tuple[str, ...]] = {
    # unit: its words in en, de, fr, es, it, pt, nl, ru, pl, cs, tr (singular and plural forms)
    "minutes": (
        "minute", "minutes", "min", "mins", "minuten", "minuto", "minutos", "minuti",
        "минуту", "минуты", "минут", "minut", "minuty", "dakika",
    ),
    "hours": (
        "hour", "hours", "hr", "hrs", "stunde", "stunden", "heure", "heures", "hora", "horas",
        "ora", "ore", "uur", "час", "часа", "часов", "godzinę", "godziny", "godzin", "hodinou",
        "hodinami", "saat",
    ),
    "days": (
        "day", "days", "tag", "tagen", "jour", "jours", "día", "días", "dia", "dias", "giorno",
        "giorni", "dag", "dagen", "день", "дня", "дней", "dzień", "dni", "dnem", "dny", "gün",
    ),
    "weeks": (
        "week", "weeks", "woche", "wochen", "semaine", "semaines", "semana", "semanas",
        "settimana", "settimane", "weken", "неделю", "недели", "недель", "tydzień", "tygodnie",
        "tygodni", "týdnem", "týdny", "hafta",
    ),
}  # fmt: skip
"""Units of `3 hours ago` and its translations, by the `datetime.timedelta` keyword they map to."""

RELATIVE_FORMS = (
    "{n} {unit} ago",
    "vor {n} {unit}",
    "il y a {n} {unit}",
    "hace {n} {unit}",
    "{n} {unit} fa",
    "há {n} {unit}",
    "{n} {unit} geleden",
    "{n} {unit} назад",
    "{n} {unit} temu",
    "před {n} {unit}",
    "{n} {unit} önce",
)
"""How languages say `{n} {unit} ago`."""

RELATIVE_DAYS: dict[str, int] = {
    "today": 0, "heute": 0, "aujourd'hui": 0, "hoy": 0, "oggi": 0, "hoje": 0, "vandaag": 0,
    "сегодня": 0, "dzisiaj": 0, "dnes": 0, "bugün": 0,
    "yesterday": 1, "gestern": 1, "ayer": 1, "ieri": 1, "ontem": 1, "gisteren": 1,
    "вчера": 1, "wczoraj": 1, "včera": 1, "dün": 1,
}  # fmt: skip
"""Day words and how many days before the reference day they name. French `hier` is left
out: it is German for "here"."""

OTHER_DATE_META_PARTS = ("publish", "pubdate", "created", "uploaded", "posted", "issued")
"""Parts of unlisted <meta> keys that still say "published" (`five_hundred_pixels:uploaded`,
`blog:created_at`): read only after every listed source and the text."""

OTHER_DATE_META_KEY_CHARS = 64
"""Longest unlisted <meta> key read for a date: the key becomes the date's source
(`sources["date"] == "meta:blog:created_at"`), and CMSs name theirs in a few words (the
longest among the evaluation pages' sources: 36 characters), while a hostile page may write a
100 KB one."""

SHARED_IMAGE_META_KEYS = ("og:image", "twitter:image")
"""The picture a page declares for sharing: a news CMS files it under the upload day
(`/2026/01/29/photo.jpg`), the article's day. A last resort: a stock or reused picture is
older than the article, so it speaks only when nothing else names a day."""

SCRIPT_STATE_DATE_KEYS = frozenset(
    {
        "datepublished",
        "publisheddate",
        "publishdate",
        "publish_date",
        "published_date",
        "publishedat",
        "published_at",
        "firstpublishedat",
        "first_published_at",
        "createdat",
        "created_at",
        "createddate",
        "created_date",
        "createddatetime",
        "datecreated",
    }
)
"""Keys (lower-cased) under which a client-rendered page's state (`__NEXT_DATA__`, a store
serialised into a `<script>`) holds its record's publication or creation timestamp
(`"publishedDate":"2016-11-04T20:37:27Z"`, `"createdAt":"2022-01-31T15:58:43+01:00"`): such a
page prints its date only once the script runs. The first one in document order describes the
page's own record, later ones its comments or pictures. A last resort after the shared
picture's day: nothing else on the page names a day."""

WEEKDAYS = frozenset(
    {
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "montag",
        "dienstag",
        "mittwoch",
        "donnerstag",
        "freitag",
        "samstag",
        "sonntag",
        "lundi",
        "mardi",
        "mercredi",
        "jeudi",
        "vendredi",
        "samedi",
        "dimanche",
        # es
        "lunes",
        "martes",
        "miércoles",
        "miercoles",
        "jueves",
        "viernes",
        "sábado",
        "sabado",
        # it
        "lunedì",
        "martedì",
        "mercoledì",
        "giovedì",
        "venerdì",
        # nl
        "maandag",
        "dinsdag",
        "woensdag",
        "donderdag",
        "vrijdag",
        "zaterdag",
        "zondag",
        # pl
        "poniedziałek",
        "wtorek",
        "czwartek",
        "piątek",
        "niedziela",
        # cs
        "pondělí",
        "úterý",
        "středa",
        "čtvrtek",
        "pátek",
        "neděle",
        # ru
        "понедельник",
        "вторник",
        "среда",
        "четверг",
        "пятница",
        "суббота",
        "воскресенье",
        # tr
        "pazartesi",
        "salı",
        "çarşamba",
        "perşembe",
        "cumartesi",
        # ar
        "الأحد",
        "الاثنين",
        "الإثنين",
        "الثلاثاء",
        "الأربعاء",
        "الاربعاء",
        "الخميس",
        "الجمعة",
        "السبت",
    }
)
"""Weekday names, lower-case, in the languages whose month names are read (the ones of one
word: Portuguese's `segunda-feira` is `feira` in `DATELINE_WORDS`): a calendar word, never a
name (`By Monday, officials expect…` is no byline), and a word of a dateline (`Montag, 3. Mai
2021`, `الأربعاء 28 آب/اغسطس 2013`). The ones that are names too are `WEEKDAY_NAMES`."""

WEEKDAY_NAMES = ("domingo", "sabato", "domenica", "środa", "sobota", "cuma", "pazar")
"""Weekdays that are people's names as well (`By Domingo Pérez`, `Magdalena Środa`, Turkish
`Cuma`): words of a dateline only, never a reason to refuse a byline or a name."""

ENGLISH_WEEKDAY_ABBREVIATIONS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
"""English weekdays' short names (`Mon, 10 Apr 2008`), a word of a dateline."""

WEEKDAY_ABBREVIATIONS = (
    *ENGLISH_WEEKDAY_ABBREVIATIONS,
    "mo",
    "di",
    "mi",
    "do",
    "fr",
    "sa",
    "so",
    "lun",
    "mer",
    "jeu",
    "ven",
    "sam",
    "dim",
)
"""A weekday's short name, which a meta line prints between the name and the date (`Von Tomas
Spahn Fr, 18. Oktober 2019`): cut from a name only with a number after it (`Mo` and `Di` are
names too)."""

DATELINE_WORDS = (
    WEEKDAYS
    | frozenset(ENGLISH_WEEKDAY_ABBREVIATIONS)
    | frozenset(
        {
            "published",
            "updated",
            "posted",
            "last",
            "modified",
            "on",
            "at",
            "am",
            "pm",
            "gmt",
            "utc",
            "est",
            "edt",
            "pst",
            "pdt",
            "cet",
            "cest",
            "bst",
            "msk",
            "veröffentlicht",
            "aktualisiert",
            "um",
            "uhr",
            "publié",
            "le",
            "mis",
            "à",
            "jour",
            "publicado",
            "el",
            "actualizado",
            "pubblicato",
            "il",
            "gepubliceerd",
            "op",
            "опубликовано",
            "обновлено",
            "publisert",
            "oppdatert",
            "publiceret",
            "opdateret",
            "publicerad",
            "uppdaterad",
            "kl",
            "julkaistu",
            "päivitetty",
            "klo",
            "opublikowano",
            "zaktualizowano",
            "aktualizacja",
            "publikováno",
            "aktualizováno",
            "yayınlanma",
            "güncelleme",
            "atualizado",
            "às",
            "aggiornato",
            "ore",
            "bijgewerkt",
            "om",
            "publicat",
            "actualitzat",
            *WEEKDAY_NAMES,
            "feira",
            "آخر",
            "تحديث",
            "نشر",
            "th",
            "st",
            "nd",
            "rd",
            "de",
            "del",
            "du",
            "h",
            "by",
            "von",
            "par",
            "por",
        }
    )
)
"""Words a dateline prints beside its date (`Published on`, `Aktualisiert am … um … Uhr`,
`publié le`, `Publisert 05.08.2024, kl. 13.05 Oppdatert …`, `Julkaistu … klo …`,
`Bijgewerkt op … om …`): labels, prepositions, time zones, ordinal endings and weekday
abbreviations, and the `by` of a `May 3, 2021 by Jane Doe` line. `noise.is_dateline` counts
the other words."""

ORDINAL_RE = regex.compile(r"^\d+(?:st|nd|rd|th|er|e|º|ª)?$")
"""A day number as a dateline writes it, with its ordinal ending (`10th`, `1er`, `3º`)."""

YEAR_RE = re.compile(r"(?:19|20)\d\d")
"""A year. Every date pattern but the short-year ones holds one, so a text without one skips
the dozen patterns (`dateparse`; most blocks of a page); a dateline names one, an archive list
several (`noise`)."""

MERIDIEM_RE = re.compile(r"\b([ap])\.m\.", re.IGNORECASE)
"""`a.m.`/`p.m.`, read as the dateline words `am`/`pm` (`posted on April 21, 2015, at 11:29
a.m.`): the dots are not a sentence's end."""

MONTH_INITIALS = frozenset("jfmasond")
"""The letters an archive calendar names the months by (`J F M A M J J A S O N D`)."""
