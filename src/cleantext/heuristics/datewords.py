"""Month names per language and the named parts that date patterns are built from."""

from __future__ import annotations

MONTHS: dict[str, tuple[str, ...]] = {
    # language: names for January..December; each entry lists the full name and its
    # abbreviations, separated by "|".
    "en": ("january|jan", "february|feb", "march|mar", "april|apr", "may", "june|jun",
           "july|jul", "august|aug", "september|sept|sep", "october|oct", "november|nov",
           "december|dec"),
    "de": ("januar|jänner|jan", "februar|feber|feb", "märz|mär|maerz", "april|apr", "mai",
           "juni|jun", "juli|jul", "august|aug", "september|sept|sep", "oktober|okt",
           "november|nov", "dezember|dez"),
    "fr": ("janvier|janv", "février|fevrier|févr|fevr|fév", "mars", "avril|avr", "mai", "juin",
           "juillet|juil", "août|aout", "septembre|sept", "octobre|oct", "novembre|nov",
           "décembre|decembre|déc|dec"),
    "es": ("enero|ene", "febrero|feb", "marzo|mar", "abril|abr", "mayo|may", "junio|jun",
           "julio|jul", "agosto|ago", "septiembre|setiembre|sept|sep", "octubre|oct",
           "noviembre|nov", "diciembre|dic"),
    "it": ("gennaio|gen", "febbraio|feb", "marzo|mar", "aprile|apr", "maggio|mag", "giugno|giu",
           "luglio|lug", "agosto|ago", "settembre|set", "ottobre|ott", "novembre|nov",
           "dicembre|dic"),
    "pt": ("janeiro|jan", "fevereiro|fev", "março|marco|mar", "abril|abr", "maio|mai",
           "junho|jun", "julho|jul", "agosto|ago", "setembro|set", "outubro|out",
           "novembro|nov", "dezembro|dez"),
    "nl": ("januari|jan", "februari|feb", "maart|mrt", "april|apr", "mei", "juni|jun",
           "juli|jul", "augustus|aug", "september|sep", "oktober|okt", "november|nov",
           "december|dec"),
    "ru": ("января|январь|янв", "февраля|февраль|фев", "марта|март|мар", "апреля|апрель|апр",
           "мая|май", "июня|июнь|июн", "июля|июль|июл", "августа|август|авг",
           "сентября|сентябрь|сен", "октября|октябрь|окт", "ноября|ноябрь|ноя",
           "декабря|декабрь|дек"),
    "cs": ("ledna|leden", "února|únor", "března|březen", "dubna|duben", "května|květen",
           "června|červen", "července|červenec", "srpna|srpen", "září", "října|říjen",
           "listopadu|listopad", "prosince|prosinec"),
    "pl": ("stycznia|styczeń|sty", "lutego|luty|lut", "marca|marzec", "kwietnia|kwiecień|kwi",
           "maja|maj", "czerwca|czerwiec|cze", "lipca|lipiec|lip", "sierpnia|sierpień|sie",
           "września|wrzesień|wrz", "października|październik|paź", "listopada|listopad|lis",
           "grudnia|grudzień|gru"),
    "tr": ("ocak|oca", "şubat|şub", "mart", "nisan|nis", "mayıs|may", "haziran|haz",
           "temmuz|tem", "ağustos|ağu", "eylül|eyl", "ekim|eki", "kasım|kas", "aralık|ara"),
    "sv": ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
           "september", "oktober", "november", "december"),
    "da": ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
           "oktober", "november", "december"),
    "fi": ("tammikuuta|tammikuu", "helmikuuta|helmikuu", "maaliskuuta|maaliskuu",
           "huhtikuuta|huhtikuu", "toukokuuta|toukokuu", "kesäkuuta|kesäkuu",
           "heinäkuuta|heinäkuu", "elokuuta|elokuu", "syyskuuta|syyskuu", "lokakuuta|lokakuu",
           "marraskuuta|marraskuu", "joulukuuta|joulukuu"),
    "uk": ("січня|січень", "лютого|лютий", "березня|березень", "квітня|квітень", "травня|травень",
           "червня|червень", "липня|липень", "серпня|серпень", "вересня|вересень",
           "жовтня|жовтень", "листопада|листопад", "грудня|грудень"),
    "ro": ("ianuarie|ian", "februarie|feb", "martie|mar", "aprilie|apr", "mai", "iunie|iun",
           "iulie|iul", "august|aug", "septembrie|sep", "octombrie|oct", "noiembrie|noi",
           "decembrie|dec"),
    "hu": ("január|jan", "február|febr", "március|márc", "április|ápr", "május|máj",
           "június|jún", "július|júl", "augusztus|aug", "szeptember|szept", "október|okt",
           "november|nov", "december|dec"),
}
"""Month names; order is January..December. Abbreviations may end with a dot in text."""


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
    "article:published_time", "og:article:published_time", "article.published",
    "published_time", "datepublished", "date", "dc.date", "dc.date.issued", "dcterms.date",
    "dcterms.created", "dc.date.created", "sailthru.date", "parsely-pub-date", "pubdate",
    "publishdate", "publish-date", "publish_date", "publication_date", "release_date",
    "originalpublicationdate", "article_date_original", "cxenseparse:recs:publishtime",
    "date_published", "datecreated", "citation_publication_date", "citation_date",
    "og:published_time", "bt:pubdate", "displaydate",
    "article:post_date", "prism.publicationdate",
)
"""<meta name|property|itemprop> keys (lower-case) that carry the publication date, best first."""

MODIFIED_META_KEYS = (
    "article:modified_time", "og:updated_time", "datemodified", "dcterms.modified",
    "last-modified", "lastmod", "dc.date.modified", "article:modified",
)
"""<meta> keys that carry the last-modified date: used only when nothing says "published"."""
