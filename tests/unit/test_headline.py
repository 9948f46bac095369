"""Headline choice: agreement between metadata witnesses and visible headings, one rule a test."""

from __future__ import annotations

import time
from typing import Any

from cleantext import extract
from cleantext.headline import Headline, _glues, _host_spellings, choose_headline
from cleantext.heuristics.titles import TEXT_HEADLINE_SEARCH_BLOCKS
from cleantext.metadata import PageMeta
from cleantext.result import Block, BlockKind, Label


def _heading(text: str, level: int = 1, label: Label = Label.CONTENT) -> Block:
    return Block(text, BlockKind.HEADING, label, 0.5, "", level)


def _para(text: str = "The council closed the old bridge after the river rose again.") -> Block:
    return Block(text, BlockKind.PARAGRAPH, Label.CONTENT)


KEYS = {
    "og_title": "og:title",
    "og_type": "og:type",
    "twitter_title": "twitter:title",
    "application_name": "application-name",
}
"""Keyword arguments of `_meta` and the <meta> keys they stand for."""


def _meta(
    title: str | None = None, json_ld: list[dict[str, Any]] | None = None, **keys: str
) -> PageMeta:
    """Metadata from keyword arguments: `og_title="…"` is the `og:title` <meta>."""
    meta = {KEYS[key]: [value] for key, value in keys.items()}
    return PageMeta(title=title, meta=meta, json_ld=json_ld or [])


def _choose(meta: PageMeta, blocks: list[Block], url: str | None = None) -> Headline:
    found = choose_headline(meta, blocks, None, plain_text=False, url=url)
    assert found is not None
    return found


# --- agreement is symmetric: a heading contained in a title is not yet that title -----------


def test_blog_name_heading_loses_to_the_post_heading() -> None:
    meta = _meta(title="Interning of small integers | Four Years Remaining")
    blocks = [_heading("Four Years Remaining"), _heading("Interning of small integers", 2), _para()]
    assert _choose(meta, blocks).text == "Interning of small integers"


def test_section_heading_inside_the_title_is_not_the_headline() -> None:
    meta = _meta(og_title="Compare Pet Insurance: Side-By-Side Plans, Costs & Coverage")
    blocks = [
        _heading("Find the best plan for your pet"),
        _para(),
        _heading("Pet Insurance FAQs", 2),
    ]
    found = _choose(meta, blocks)
    assert (found.text, found.block) == (meta.meta["og:title"][0], None)


def test_short_h1_that_is_a_part_of_the_title_is_the_headline() -> None:
    meta = _meta(og_title="Models | Django documentation")
    assert _choose(meta, [_heading("Models"), _para()]).text == "Models"


def test_short_h1_whose_words_the_title_holds_is_the_headline() -> None:
    meta = _meta(og_title="Science News: Health, Robotics, Climate Change")
    assert _choose(meta, [_heading("Science"), _para()]).text == "Science"


def test_h2_that_is_a_part_of_the_title_beats_an_h1_whose_words_it_holds() -> None:
    title = (
        "Voices of the Deep - Chapter 1 - Jane Doe | Old Sea Stories of the North [Tide Archive]"
    )
    blocks = [_heading("Tide Archive beta"), _heading("Voices of the Deep", 2), _para()]
    assert _choose(_meta(title=title), blocks).text == "Voices of the Deep"
    # with no part of the title on the page, the held <h1> still wins
    blocks = [_heading("Tide Archive beta"), _heading("Table of contents", 2), _para()]
    assert _choose(_meta(title=title), blocks).text == "Tide Archive beta"


SLUG_URL = "https://forum.example/r/gear/comments/1x9/best_laptop_for_college_in_2026/"


def test_h1_the_url_slug_repeats_beats_a_generic_title() -> None:
    meta = _meta(title="The heart of the forum")
    h1 = _heading("Best laptop for college in 2026? (Price, battery)")
    found = _choose(meta, [h1, _para()], url=SLUG_URL)
    assert (found.text, found.source) == (h1.text, "h1+url")
    assert _choose(meta, [h1, _para()]).text == "The heart of the forum"  # no URL


def test_slug_does_not_choose_an_h2_nor_overrule_a_title_that_repeats_it() -> None:
    h2 = _heading("Best laptop for college in 2026?", 2)
    assert _choose(_meta(title="The heart of the forum"), [h2, _para()], SLUG_URL).block is None
    meta = _meta(title="Best laptop for college in 2026")
    h1 = _heading("Best laptop for college in 2026: we tested twelve models over one whole term")
    assert _choose(meta, [h1, _para()], SLUG_URL).source == "title"


def test_short_h2_whose_words_the_title_holds_is_not() -> None:
    meta = _meta(og_title="Science News: Health, Robotics, Climate Change", og_type="website")
    found = _choose(meta, [_heading("Science", 2), _para()])
    assert found.block is None


def test_h2_needs_closer_agreement_than_h1() -> None:
    meta = _meta(og_title="Red Dead Redemption 2 on Steam", og_type="website")
    found = _choose(meta, [_para(), _heading("Buy Red Dead Redemption 2", 2), _para()])
    assert (found.text, found.block) == ("Red Dead Redemption 2 on Steam", None)
    found = _choose(meta, [_para(), _heading("Buy Red Dead Redemption 2", 1), _para()])
    assert found.block == 1


def test_h3_that_is_the_whole_title_beats_a_blog_name_h1() -> None:
    meta = _meta(
        og_title="Minecraft 1.8 - The Bountiful Update",
        title="Minecraft 1.8 - The Bountiful Update - Minecraft News",
    )
    blocks = [_heading("Minecraft News"), _heading("Minecraft 1.8 - The Bountiful Update", 3)]
    assert _choose(meta, [*blocks, _para()]).block == 1


def test_h4_is_never_the_headline() -> None:
    meta = _meta(og_title="Minecraft 1.8 - The Bountiful Update", og_type="article")
    blocks = [_heading("Minecraft 1.8 - The Bountiful Update", 4), _para()]
    assert _choose(meta, blocks).block is None


def test_h2_that_prints_the_title_behind_a_date_agrees() -> None:
    meta = _meta(og_title="Das vielleicht schönste Ende der Welt: Montauk", og_type="article")
    blocks = [_heading("Wann, wenn nicht jetzt"), _heading("Jun 17 " + meta.meta["og:title"][0], 2)]
    found = _choose(meta, [*blocks, _para()])
    assert (found.text, found.block) == (meta.meta["og:title"][0], 1)


def test_hyphenated_compound_in_the_kicker_counts_as_one_word() -> None:
    meta = _meta(og_title="Regen stoppt das erste Rennen", og_type="article")
    h2 = _heading("Formel-Eins-Auftakt wird erneut verschoben Regen stoppt das erste Rennen", 2)
    found = _choose(meta, [_heading("Motorsport"), h2, _para()])
    assert (found.text, found.block) == ("Regen stoppt das erste Rennen", 1)


# --- site names --------------------------------------------------------------------------------


def test_site_name_from_the_host_is_cut_from_the_title() -> None:
    found = _choose(
        _meta(title="Hotel Lunik reopens as a theatre | rbb24"), [], "https://www.rbb24.de/a"
    )
    assert found.text == "Hotel Lunik reopens as a theatre"


def test_site_name_heading_is_never_the_headline() -> None:
    meta = _meta(title="Hotel Lunik reopens as a theatre | rbb24", og_type="article")
    found = _choose(meta, [_heading("rbb24 ..."), _para()], "https://www.rbb24.de/a")
    assert (found.text, found.block) == ("Hotel Lunik reopens as a theatre", None)


def test_host_name_inside_a_headline_does_not_make_it_a_site_name() -> None:
    meta = _meta(og_title="Redis data types")
    found = _choose(meta, [_heading("Redis data types"), _para()], "https://redis.io/docs/")
    assert found.block == 0


def test_archived_copy_takes_the_archived_host() -> None:
    meta = _meta(title="Was ist Virales Marketing? | DimidoBlog")
    blocks = [_heading("DimidoBlog"), _heading("Was ist Virales Marketing?", 2), _para()]
    url = "https://web.archive.org/web/2008/http://www.dimidoblog.de/2008/07/marketing/"
    assert _choose(meta, blocks, url).text == "Was ist Virales Marketing?"


def test_post_at_blog_title_and_a_site_name_in_a_spaceless_script() -> None:
    meta = _meta(title="新竹尖石_美樹營地賞楓 (2) @ 史蒂文的家_藍天 :: 痞客邦 PIXNET ::")
    meta.meta["og:site_name"] = ["史蒂文的家_藍天"]
    blocks = [_heading("史蒂文的家_藍天"), _heading("新竹尖石_美樹營地賞楓 (2)", 2), _para()]
    assert _choose(meta, blocks).block == 1


def test_address_urllib_cannot_split_is_no_site_name() -> None:
    found = _choose(_meta(og_title="Floods close the old bridge"), [], "http://[::1/a")
    assert found.text == "Floods close the old bridge"


def test_long_declared_site_name_is_the_page_title_in_the_wrong_field() -> None:
    meta = _meta(
        application_name="US-Sport in Zeiten von Corona - ZDFmediathek",
        og_title="US-Sport in Zeiten von Corona",
    )
    assert _choose(meta, [_heading("US-Sport in Zeiten von Corona"), _para()]).block == 0


# --- the heading prints the headline inside a kicker, a date, or glued ------------------------


def test_kicker_in_the_heading_is_cut_when_metadata_has_the_bare_headline() -> None:
    meta = _meta(og_title="Autohäuser rechnen mit langsamem Anlaufen")
    blocks = [_heading("Nach Corona-Lockerungen Autohäuser rechnen mit langsamem Anlaufen")]
    found = _choose(meta, blocks)
    assert (found.text, found.block) == ("Autohäuser rechnen mit langsamem Anlaufen", 0)


def test_bare_headline_cuts_the_kicker_even_when_another_title_agrees_closer() -> None:
    bare = {"@type": "NewsArticle", "headline": "Pyramid set with fins"}
    meta = _meta(json_ld=[bare], og_title="Unit of the week | Pyramid set with fins")
    found = _choose(meta, [_heading("Unit of the week Pyramid set with fins")])
    assert (found.text, found.block) == ("Pyramid set with fins", 0)
    other = {"@type": "NewsArticle", "headline": "Set with fins"}  # not half the heading
    meta = _meta(json_ld=[other], og_title="Unit of the week | Pyramid set with fins")
    assert _choose(meta, [_heading("Unit of the week Pyramid set with fins")]).block == 0
    assert _choose(meta, [_heading("Unit of the week Pyramid set with fins")]).text == (
        "Unit of the week Pyramid set with fins"
    )


def test_date_before_the_heading_is_cut() -> None:
    meta = _meta(og_title="Preparing a transition in Debusine")
    found = _choose(meta, [_heading("Dec 18 2025 Preparing a transition in Debusine")])
    assert found.text == "Preparing a transition in Debusine"


def test_heading_gluing_two_witnesses_titles_shows_the_second() -> None:
    headline = {"@type": "NewsArticle", "headline": "So wird Adblue richtig angewendet"}
    seo = "Adblue nachfüllen: wo kaufen (Tankstelle); Preis"
    meta = _meta(json_ld=[headline], og_title=seo + " | autozeitung")
    heading = seo + " So wird Adblue richtig angewendet"
    url = "https://www.autozeitung.de/adblue-180301.html"
    found = _choose(meta, [_heading(heading), _para()], url)
    assert (found.text, found.block) == ("So wird Adblue richtig angewendet", 0)
    # a separator between the two is printed decoration of one title: not two elements
    heading = seo + " - So wird Adblue richtig angewendet"
    assert _choose(meta, [_heading(heading), _para()], url).text != headline["headline"]


def test_kicker_that_one_title_gives_stays_in_the_heading() -> None:
    meta = _meta(og_title="Ausschuss zur Ahrtal-Flut: Zwei Rücktritte und viele offene Fragen")
    heading = "Ausschuss zur Ahrtal-Flut Zwei Rücktritte und viele offene Fragen"
    assert _choose(meta, [_heading(heading), _para()]).text == heading


def test_full_date_printed_before_the_headline_is_cut() -> None:
    title = "23.01.2022 - Dorothea Wierer darf beim Abschluss noch jubeln - Biathlon Antholz"
    found = _choose(_meta(og_title=title), [_heading(title.rsplit(" - ", 1)[0], 2), _para()])
    assert found.text == "Dorothea Wierer darf beim Abschluss noch jubeln"
    heading = "1. Februar 2022 Bundesministerin Raab: Mit Ländern Rahmenbedingungen gestalten"
    found = _choose(_meta(og_title=heading), [_heading(heading), _para()])
    assert found.text == "Bundesministerin Raab: Mit Ländern Rahmenbedingungen gestalten"


def test_a_date_of_up_to_five_words_is_cut_and_a_short_rest_keeps_it() -> None:
    heading = "5 de mayo de 2022 El Gobierno aprueba la reforma"
    found = _choose(_meta(og_title=heading), [_heading(heading), _para()])
    assert found.text == "El Gobierno aprueba la reforma"
    # the rest would be under three words: the date stays
    heading = "1. Februar 2022 Zwei Wörter"
    assert _choose(_meta(og_title=heading), [_heading(heading), _para()]).text == heading


def test_year_or_date_that_is_the_subject_stays() -> None:
    for heading in ("2024: The year of desktop FreeBSD?", "9. November 1989 Mauerfall"):
        assert _choose(_meta(og_title=heading), [_heading(heading), _para()]).text == heading


def test_decoration_behind_a_separator_after_the_heading_is_cut() -> None:
    title = "Porting a complete HTML5 parser and its test suite"
    found = _choose(_meta(og_title=title), [_heading(title + " / Dec 2025")])
    assert (found.text, found.block) == (title, 0)
    # without a separator where the title ends, the title may be cut to a length: kept
    heading = title + " in a week"
    meta = _meta(og_title=title)
    assert _choose(meta, [_heading(heading)]).text == heading


def test_a_separator_left_dangling_at_an_end_of_the_title_is_dropped() -> None:
    """A template's `<title>` whose page name was left empty; a sign that ends a word stays."""
    assert _choose(_meta(title="National Rail Enquiries -"), [_para()]).text == (
        "National Rail Enquiries"
    )
    assert _choose(_meta(title=":: Channelnewsasia Forum ::"), [_para()]).text == (
        "Channelnewsasia Forum"
    )
    assert _choose(_meta(title="Why I still write C++"), [_para()]).text == "Why I still write C++"


def test_element_glued_after_the_metadata_title_is_decoration() -> None:
    """`<h1><span>Headline</span><a href="/">Site</a></h1>`: the space between the two elements
    lost, a capital right after a small letter; a title cut inside a word is not that."""
    title = "Anticorrupción decidirá en Madrid si recurre la imputación de la Infanta"
    meta = _meta(twitter_title=title)
    assert _choose(meta, [_heading(title + "Ultima Hora Mallorca"), _para()]).text == title
    heading = "Anticorrupción decidirá en Madrid si recurre la imputación de la Infantería"
    meta = _meta(twitter_title=heading[:-5])
    assert _choose(meta, [_heading(heading), _para()]).text == heading


def test_heading_that_only_adds_a_subtitle_is_kept() -> None:
    heading = "Your $1 bill could be worth THOUSANDS - here's how to check if you have it"
    meta = _meta(og_title="Your $1 bill could be worth THOUSANDS - here's how to check")
    assert _choose(meta, [_heading(heading)]).text == heading


def test_truncated_metadata_title_is_never_shown() -> None:
    heading = "Viele Studierende sind noch verzweifelt auf Wohnungssuche in Freiburg"
    meta = _meta(og_title="noch verzweifelt auf Wohnungssuche in Freiburg…")
    assert _choose(meta, [_heading(heading)]).text == heading


def test_another_kicker_in_the_metadata_title_is_cut_too() -> None:
    meta = _meta(og_title="Angriff auf Israel: «Die Zurückhaltung hat viel mit den USA zu tun»")
    blocks = [_heading("Eskalation in Nahost «Die Zurückhaltung hat viel mit den USA zu tun»")]
    assert _choose(meta, blocks).text == "«Die Zurückhaltung hat viel mit den USA zu tun»"


def test_same_kicker_spelt_differently_is_not_cut() -> None:
    heading = "ll Climate Clock ha iniziato a scorrere: sette anni è il tempo che ci rimane"
    meta = _meta(
        og_title="Il Climate Clock ha iniziato a scorrere: sette anni è il tempo che ci rimane"
    )
    assert _choose(meta, [_heading(heading)]).text == heading


def test_short_common_end_is_not_the_headline() -> None:
    heading = "IT & Cybersecurity Best Practices to Protect Your Business"
    meta = _meta(og_title="Top 10 IT Security Best Practices for 2025: Protect Your Business")
    assert _choose(meta, [_heading(heading)]).text == heading


def test_kicker_glued_to_the_headline_gets_its_separator_back() -> None:
    meta = _meta(json_ld=[{"@type": "NewsArticle", "headline": "Euroleague: Sanktionen und Reue"}])
    found = _choose(meta, [_heading("EuroleagueSanktionen und Reue")])
    assert found.text == "Euroleague: Sanktionen und Reue"


def test_shortest_metadata_title_ending_the_heading_wins() -> None:
    meta = _meta(
        json_ld=[{"@type": "NewsArticle", "headline": "Parteitag: Chiesa ruft zum Widerstand auf"}],
        og_title="Chiesa ruft zum Widerstand auf",
    )
    found = _choose(meta, [_heading("ParteitagChiesa ruft zum Widerstand auf", 2)])
    assert found.text == "Chiesa ruft zum Widerstand auf"


def test_shorter_h1_with_a_word_of_its_own_loses_to_the_metadata_title() -> None:
    title = "Roof Repair & Gutter Cleaning in Springfield"
    meta = _meta(og_title=title, og_type="website")
    banner = _choose(meta, [_heading("Roof Repair & Gutter Services, Springfield"), _para()])
    assert (banner.text, banner.source) == (title, "meta:og:title")
    # a shorter form whose every word the title holds stays the headline
    short = _choose(meta, [_heading("Roof Repair in Springfield"), _para()])
    assert short.text == "Roof Repair in Springfield"
    # and so does one whose own words are only function words (`the`, `my`)
    worded = _choose(meta, [_heading("My Roof Repair & Gutter Cleaning"), _para()])
    assert worded.text == "My Roof Repair & Gutter Cleaning"


def test_page_end_its_header_shows_as_a_logo_is_cut_from_the_title() -> None:
    meta = _meta(title="Pruning apple trees | Orchard Notes – a garden blog")
    logo = _heading("Orchard Notes – a garden blog", label=Label.CHROME)
    found = _choose(meta, [logo, _heading("Pruning apple trees"), _para()])
    assert (found.text, found.block) == ("Pruning apple trees", 1)


# --- no heading agrees: the page type decides --------------------------------------------------


def test_slogan_h1_of_a_product_page_loses_to_the_metadata_title() -> None:
    meta = _meta(title="A To-Do List to Organize Your Work & Life | Todoist", og_type="website")
    found = _choose(meta, [_heading("Clarity, finally."), _para()], "https://todoist.com/")
    assert (found.text, found.source) == ("A To-Do List to Organize Your Work & Life", "title")


def test_unconfirmed_h1_of_an_article_is_its_headline() -> None:
    meta = _meta(og_title="Privatkredit-Zinsen: So ermitteln Sie Ihre Kosten", og_type="article")
    found = _choose(meta, [_heading("Wie hoch sind die Zinsen für einen Privatkredit?"), _para()])
    assert (found.source, found.block) == ("h1", 0)


def test_h1s_heading_sections_are_not_the_headline_for_being_h1s() -> None:
    meta = _meta(og_title="Kitchen remodel costs explained", og_type="article")
    sections = [_heading("Cabinets"), _para(), _heading("Countertops"), _para()]
    assert _choose(meta, sections).block == 0  # two <h1>: the first leads the content
    found = _choose(meta, [*sections, _heading("Flooring"), _para()])
    assert (found.text, found.block) == ("Kitchen remodel costs explained", None)
    # nor for words a title merely holds (`Science` in `Science News: …`)
    meta = _meta(og_title="Science News: Health, Robotics, Climate", og_type="website")
    held = [_heading("Science"), _para(), _heading("Health"), _para(), _heading("Climate")]
    assert _choose(meta, held[:2]).block == 0
    assert _choose(meta, [*held, _para()]).block is None


def test_metadata_title_that_others_repeat_with_decoration_wins() -> None:
    meta = _meta(
        json_ld=[{"@type": "NewsArticle", "headline": "Trade talks stall again"}],
        og_title="Trade talks stall again-Politics·Daily",
        title="Trade talks stall again-Politics·Daily",
    )
    assert _choose(meta, []).text == "Trade talks stall again"


def test_metadata_title_is_cut_at_a_bar_but_not_at_a_dash() -> None:
    assert _choose(_meta(og_title="Mesh Office Chair | NBF"), []).text == "Mesh Office Chair"
    dashed = "Firefox – Weniger Werbung, mehr Speed unter Android"
    assert _choose(_meta(og_title=dashed), []).text == dashed


def test_title_in_a_script_without_spaces_is_cut_at_unspaced_separators() -> None:
    headline = "武汉的声音：才有英雄的城！"
    assert _choose(_meta(title=headline + "-新华网"), []).text == headline
    assert _choose(_meta(title="新华网_" + headline), []).text == headline
    assert _choose(_meta(title="Wi-Fi_Router-Test"), []).text == "Wi-Fi_Router-Test"


def test_longest_title_part_is_counted_in_words_not_symbols() -> None:
    assert _choose(_meta(title="Magic Cleaning | shop ♥ Magazin"), []).text == "Magic Cleaning"


def test_title_part_another_witness_gives_is_the_headline() -> None:
    meta = _meta(
        title="Kicker - Headline of the day | Section | Paper", og_title="Headline of the day"
    )
    assert _choose(meta, []).text == "Headline of the day"


def test_keyword_list_title_and_many_teasers_stay_cheap() -> None:
    title = " | ".join(f"keyword{number} thing" for number in range(300))
    teasers = [{"@type": "NewsArticle", "headline": f"Teaser {n}"} for n in range(1000)]
    meta = _meta(title=title, og_title=title, json_ld=teasers)
    blocks = [_heading("keyword1 thing"), _para()]
    blocks += [_heading(f"Section {number}", 2) for number in range(500)]
    started = time.perf_counter()
    found = _choose(meta, blocks)
    assert time.perf_counter() - started < 1.0
    assert found.block == 0


def test_dublin_core_title_with_a_colon_is_a_witness() -> None:
    meta = PageMeta(meta={"dc:title": ["Floods close the old bridge"]})
    found = _choose(meta, [_heading("Floods close the old bridge"), _para()])
    assert found.source == "h1+meta:dc:title"
    subject = PageMeta(meta={"dc:subject": ["Floods"]})
    assert choose_headline(subject, [], None, plain_text=False) is None


# --- output text -------------------------------------------------------------------------------


def test_soft_hyphens_and_zero_width_characters_leave_the_title() -> None:
    page = "<html><head><title>Messengerdienste | BKA</title></head>"
    page += "<body><h1>Mes\u00adsen\u00adger\u200bdienste</h1>"
    page += (
        "<p>"
        + "Die Polizei ermittelt in allen Messengerdiensten gleich. " * 5
        + "</p></body></html>"
    )
    assert extract(page).title == "Messengerdienste"


def test_headline_of_the_webpage_main_entity_is_a_witness() -> None:
    """A forum's JSON-LD WebPage names no headline; its mainEntity, the thread, does: the
    thread prefix the other titles and the heading print in front (`News - …`) is cut."""
    posting = {"@type": "DiscussionForumPosting", "headline": "Digital cameras as status symbols"}
    meta = _meta(
        title="News - Digital cameras as status symbols | Camera Club",
        og_title="News - Digital cameras as status symbols",
        json_ld=[{"@type": "WebPage", "mainEntity": posting}],
    )
    blocks = [_heading("News Digital cameras as status symbols"), _para()]
    assert _choose(meta, blocks).text == "Digital cameras as status symbols"


def test_aside_the_heading_prints_after_the_metadata_title_is_decoration() -> None:
    """`Headline (example.com) 139`: the link's source and comment count behind the headline
    the metadata gives, even when that headline ends in punctuation (`C++`)."""
    title = "Should the kernel move from C to C++"
    meta = _meta(title=f"{title} - Slashdot", og_title=f"{title} - Slashdot")
    url = "https://linux.slashdot.org/story/24/01/12/169219/move-the-kernel-to-c"
    found = _choose(meta, [_heading(f"{title}  (phoronix.com) 139"), _para()], url)
    assert found.text == title


def test_site_name_the_host_spells_in_ascii_is_cut_from_the_title() -> None:
    """A host name spells `Ö` as `oe` (or drops the dots): the title part is still the site."""
    meta = _meta(title="Stromcheck - kostenlos | Ökologisch Bauen")
    found = _choose(meta, [_para()], "https://www.oekologisch-bauen.info/haustechnik/check/")
    assert found.text == "Stromcheck - kostenlos"
    meta = _meta(title="Altstadt - Führungen | Zürich Tourismus")
    found = _choose(meta, [_para()], "https://www.zurich-tourismus.ch/de/altstadt/")
    assert found.text == "Altstadt - Führungen"


def test_host_spellings_of_an_ascii_key_are_the_key_alone() -> None:
    """The shortcut for ASCII keys gives what the transliteration and the dropped marks give."""
    assert _host_spellings("rbb24website") == ("rbb24website",)
    assert _host_spellings("ökologischbauen") == (
        "ökologischbauen",
        "oekologischbauen",
        "okologischbauen",
    )
    assert _host_spellings("café") == ("café", "cafe")


# --- plain text ------------------------------------------------------------------------------


LONG_PARAGRAPH = (
    "The council closed the old bridge after the river rose again on Tuesday, and engineers "
    "will inspect every one of its piers before anyone is let across it."
)


def _line(text: str, label: Label = Label.BOILERPLATE) -> Block:
    return Block(text, BlockKind.LINE, label)


def _text(blocks: list[Block]) -> Headline | None:
    return choose_headline(PageMeta(), blocks, None, plain_text=True)


def _text_block(blocks: list[Block]) -> int | None:
    """The index of the block a plain text's headline is read from."""
    found = _text(blocks)
    return None if found is None else found.block


def test_text_headline_is_the_line_the_title_line_repeats() -> None:
    """A flattener that keeps the <title> puts it first, the site's name added; the headline
    the article shows is the line before the content whose words that first line holds."""
    blocks = [
        _line("Bridge closed after flood | The Daily Courier"),
        _line("Watch TV"),
        _line("Local news and weather"),
        _line("Bridge closed after flood"),
        _line("By Anna Smith", Label.BYLINE),
        _line("Most read stories this week"),
        _para(LONG_PARAGRAPH),
    ]
    found = _text(blocks)
    assert found is not None and (found.text, found.block) == ("Bridge closed after flood", 3)


def test_text_headline_is_the_nearest_worded_line_before_the_content() -> None:
    blocks = [
        _line("Home News Sport Weather"),
        _line("World"),
        _line("Council shuts the old bridge"),
        _line("Europe"),
        _line("10 Apr, 2008 12:04", Label.DATELINE),
        _para(LONG_PARAGRAPH),
    ]
    found = _text(blocks)
    assert found is not None and (found.text, found.block) == ("Council shuts the old bridge", 2)


def test_text_headline_is_the_line_sharing_most_words_with_a_title_worded_otherwise() -> None:
    """The <title> words the story otherwise than the heading does: the heading sharing the
    most content words with it wins over a byline of names and a picture credit nearer the
    content, which share none."""
    blocks = [
        _line("Flood update: council shuts old bridge over the river Wye | The Daily Courier"),
        _line("Home News Sport Weather"),
        _line("Engineers to inspect every pier as river Wye rises again"),
        _line("Anna Smith and Reuters"),
        _line("Photo: Jane Doe/Getty Images"),
        _line("10 Apr, 2008 12:04", Label.DATELINE),
        _para(LONG_PARAGRAPH),
    ]
    assert _text_block(blocks) == 2


def test_text_headline_shares_two_content_words_with_the_title_line_or_none() -> None:
    """One word in common is often the site's name (`Search MDR.DE` beside `… | mdr.de`),
    stop words and numbers count for nothing: then the nearest worded line."""
    blocks = [
        _line("Trams and old concrete are the risks of the heat | mdr.de"),
        _line("Search in the mdr 2024 archive"),
        _line("How the city prepares its bridges for hot summers"),
        _para(LONG_PARAGRAPH),
    ]
    assert _text_block(blocks) == 2


def test_text_headline_counts_the_characters_of_an_unspaced_script() -> None:
    """A Japanese headline has no spaces, yet many words; a dateline's numbers are none."""
    blocks = [
        _line("宮崎県で震度5弱、津波注意報 [宮崎県]：朝日新聞デジタル"),
        _line("宮崎県で震度5弱、津波注意報"),
        _line("15.10.24 23:35"),
        _para(LONG_PARAGRAPH),
    ]
    found = _text(blocks)
    assert found is not None and (found.text, found.block) == ("宮崎県で震度5弱、津波注意報", 1)


def test_text_headline_without_a_title_line_is_the_line_the_article_repeats() -> None:
    """No title line (a browser's innerText): of the lines before the first paragraph, the
    one whose words the article repeats, longer than a button's few words, is the headline,
    though another story's teaser is as long and a caption's credit, a button and a share
    label stand nearer the paragraph."""
    blocks = [
        _line("Home News Sport Weather"),
        _line("Council shuts the old bridge over the river"),
        _line("Rail strike to go ahead on Friday after talks fail"),
        _line("Increase article font size"),
        _line("Share this article"),
        _para(LONG_PARAGRAPH),
    ]
    assert _text_block(blocks) == 1
    # with no word of any line in the article, the longer line, then the nearer one
    other = "Prices at the market rose for a third month as dry weather cut the harvest."
    blocks[-1] = _para(other * 2)
    assert _text_block(blocks) == 2


def test_text_headline_may_be_one_line_of_a_block_of_stacked_lines() -> None:
    """A kicker, a dash and the headline, one line each and too few to be blocks of their
    own (innerText of a header's spans): the headline line is chosen and its block is the
    headline's; a paragraph hard-wrapped over lines offers none of its lines."""
    kicker = "Flood on the Wye\n-\nCouncil shuts the old bridge over the river"
    blocks = [_line("Home News Sport Weather"), _line(kicker), _para(LONG_PARAGRAPH)]
    found = _text(blocks)
    assert found is not None
    assert (found.text, found.block) == ("Council shuts the old bridge over the river", 1)
    wrapped = "Council shuts the old bridge over the river and\nthe town is cut in two"
    blocks = [_line("Rain again in the valley"), _line(wrapped), _para(LONG_PARAGRAPH)]
    assert _text_block(blocks) == 0


def test_text_headline_leaves_a_markdown_headings_marks_out() -> None:
    """`# Headline` in a text with too few links to be read as Markdown: the marks are no
    part of the headline; a line that is all marks (`# # #`, a press release's end) is none."""
    blocks = [_line("# Council shuts the old bridge over the river"), _para(LONG_PARAGRAPH)]
    found = _text(blocks)
    assert found is not None and found.text == "Council shuts the old bridge over the river"
    assert _text([_line("# # #"), _para(LONG_PARAGRAPH)]) is None


def test_text_headline_is_the_line_a_byline_or_dateline_stands_under() -> None:
    """The line with a byline and a dateline under it heads the article, though a line as
    long, nearer to the paragraph, repeats more of its words (a picture's caption)."""
    blocks = [
        _line("Council shuts the old bridge over the river"),
        _line("By Anna Smith", Label.BYLINE),
        _line("10 Apr, 2008 12:04", Label.DATELINE),
        _line("Share this article"),
        _line("Engineers inspect the old bridge over the river"),
        _para(LONG_PARAGRAPH),
    ]
    assert _text_block([_line("Home News Sport Weather"), *blocks]) == 1


def test_text_headline_search_goes_past_a_long_menu_line_with_no_sentence_end() -> None:
    """A flattened menu glued into one long line is no paragraph: the headline after it is
    still found."""
    menu = "Your location: SYDNEY " + " ".join(["News Sport Finance Lifestyle Travel"] * 6)
    blocks = [
        _line("Watch TV"),
        _para(menu),
        _line("Meet the team"),
        _line("Council shuts the old bridge over the river"),
        _line("By Anna Smith", Label.BYLINE),
        _para(LONG_PARAGRAPH),
    ]
    assert _text_block(blocks) == 3


def test_text_headline_far_from_the_content_is_the_first_line() -> None:
    """No line near the content and none the first line repeats: the first line, as before."""
    blocks = [_line("Council shuts the old bridge")]
    blocks += [_line("Menu") for _ in range(TEXT_HEADLINE_SEARCH_BLOCKS + 1)]
    found = _text([*blocks, _para(LONG_PARAGRAPH)])
    assert found is not None and (found.text, found.block) == ("Council shuts the old bridge", 0)


# --- markup, glued kickers, blog names and sections in the witnesses ---------------------------


def test_markup_left_in_a_metadata_title_is_dropped() -> None:
    meta = _meta(title="Whiskey Bar: He May Be a Son of a Bitch,<br/> But He's <i>Our</i> Son")
    assert (
        _choose(meta, [_para()]).text == "Whiskey Bar: He May Be a Son of a Bitch, But He's Our Son"
    )
    # a `<` of the headline's own is no tag
    meta = _meta(og_title="Why std::vector<int> beats a plain array", og_type="website")
    assert _choose(meta, [_para()]).text == "Why std::vector<int> beats a plain array"


def test_character_references_in_json_ld_are_decoded() -> None:
    item = {"@type": "NewsArticle", "headline": "Mexico to fight &#8216;illogical&#8217; tariffs"}
    assert _choose(_meta(json_ld=[item]), [_para()]).text == "Mexico to fight ‘illogical’ tariffs"
    twice = {"@type": "NewsArticle", "headline": "And finally&amp;#8230; trouble brewing"}
    assert _choose(_meta(json_ld=[twice]), [_para()]).text == "And finally… trouble brewing"


def test_kicker_glued_to_a_quoted_headline_gets_its_separator_back() -> None:
    title = 'Die Zukunft der Arbeit - "Wir dekorieren auf der Titanic die Liegestühle um"'
    heading = 'Die Zukunft der Arbeit"Wir dekorieren auf der Titanic die Liegestühle um"'
    found = _choose(_meta(og_title=title), [_heading(heading), _para()])
    assert (found.text, found.block) == (title, 0)
    # printed with a space, the heading is the page's own rendering of the title: kept
    spaced = 'Die Zukunft der Arbeit "Wir dekorieren auf der Titanic die Liegestühle um"'
    assert _choose(_meta(og_title=title), [_heading(spaced), _para()]).text == spaced
    # the heading printing the title's own separator glues nothing
    assert not _glues("新竹尖石_美樹營地賞楓 (2)", "新竹尖石_美樹營地賞楓 (2)")


def test_blog_name_h1_loses_to_the_post_heading_the_title_names() -> None:
    meta = PageMeta(
        title="Ed Brill - Updating entitlements in Notes/Domino 8.5.3",
        meta={"dc.title": ["Ed Brill"]},
    )
    blocks = [
        _heading("Ed Brill", label=Label.BOILERPLATE),
        _heading("Updating entitlements in Notes/Domino 8.5.3", 2),
        _para(),
    ]
    found = _choose(meta, blocks)
    assert (found.text, found.block) == ("Updating entitlements in Notes/Domino 8.5.3", 1)
    # the blog's name in a lower heading before the <h1>: the <h1> is the post's
    meta = PageMeta(title="Egyptian Fury over Airstrikes | Via Meadia")
    blocks = [_heading("Via Meadia", 3), _heading("Egyptian Fury over Airstrikes"), _para()]
    assert _choose(meta, blocks).text == "Egyptian Fury over Airstrikes"


def test_the_pages_section_before_the_headline_is_cut() -> None:
    meta = _meta(og_title="Politik | Bundestag beschließt den Haushalt | Beispiel")
    meta.meta.update({"article:section": ["Politik"], "og:site_name": ["Beispiel"]})
    assert _choose(meta, [_para()]).text == "Bundestag beschließt den Haushalt"
    crumbs = {
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "name": "Start"},
            {"@type": "ListItem", "item": {"@id": "/sport", "name": "Sport"}},
        ],
    }
    meta = _meta(json_ld=[crumbs], og_title="Sport: Der Verein steigt in die Bundesliga auf")
    heading = "Sport: Der Verein steigt in die Bundesliga auf"
    found = _choose(meta, [_heading(heading), _para()])
    assert (found.text, found.block) == ("Der Verein steigt in die Bundesliga auf", 0)


def test_a_kicker_that_is_no_section_of_the_page_stays() -> None:
    meta = _meta(og_title="Sport: Der Verein steigt in die Bundesliga auf")
    meta.meta["article:section"] = ["Politik"]
    heading = "Sport: Der Verein steigt in die Bundesliga auf"
    assert _choose(meta, [_heading(heading), _para()]).text == heading


def test_a_section_that_opens_the_pages_own_breadcrumb_name_is_part_of_the_headline() -> None:
    title = "Wedding Planning Tools – Caterer Comparison Spreadsheet"
    crumbs = {
        "@type": "BreadcrumbList",
        "itemListElement": [{"@type": "ListItem", "name": "Home"}, {"name": title}],
    }
    article = {"@type": "Article", "headline": title, "articleSection": ["Wedding Planning Tools"]}
    meta = _meta(json_ld=[article, crumbs])
    assert _choose(meta, [_heading(title), _para()]).text == title
