"""noise: each text detector with positive and negative cases; container noise; hidden; article."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from cleantext import noise
from cleantext.heuristics import phrases, tokens
from cleantext.heuristics.tags import BLOCK_TAGS, PAGE_TAGS
from cleantext.heuristics.thresholds import Thresholds
from cleantext.heuristics.tokens import FirstVocabulary, _by_first_letter, token_pattern
from cleantext.noise import (
    _GATE_STEMS,
    _TEXT_GATES,
    _VERDICTS,
    GATE_SUBSTRING_CHARS,
    STEM_SEARCH_MAX_CHARS,
    TEXT_VERDICTS_MAX_CHARS,
    TEXT_VERDICTS_SIZE,
    _Gate,
    _marks,
    container_noise,
    fewest_stems,
    icon_run,
    is_article,
    is_dateline,
    is_hidden,
    judge_text,
    stem_trie,
    text_noise,
)
from cleantext.result import Label

LIMITS = Thresholds()
SEED = Path(__file__).parent.parent / "fixtures" / "seed" / "rt-ban-ki-moon.txt"
SEED_ICON_LINE = SEED.read_text("utf-8").splitlines()[0]


def _label(text: str) -> Label | None:
    verdict = text_noise(text, LIMITS)
    return verdict.label if verdict else None


# --- positives: (text, label) per detector ---------------------------------------------------

AFFILIATE_GERMAN = (
    "Die gekennzeichneten Links sind Affiliate-Links. Kommt darüber ein Einkauf zustande, "
    "erhalten wir eine Provision."
)

EMBED_ONE_CLICK = (
    "An dieser Stelle finden Sie einen externen Inhalt. Sie können sich hier den externen "
    "Inhalt mit einem Klick anzeigen lassen oder wieder ausblenden."
)
POST_META = (
    "This entry was posted on Monday, May 31st, 2004 at 8:40 pm and is filed under News. You "
    "can follow any responses to this entry through the RSS 2.0 feed."
)
POSITIVE = {
    # icon-name run
    "icon-seed-line": (SEED_ICON_LINE, Label.ICON_RUN),
    "icon-glyphicons": ("glyphicon glyphicon-user glyphicon-star glyphicon-heart", Label.ICON_RUN),
    # media-player timestamps
    "time-zero": ("0:00", Label.MEDIA_TIMESTAMP),
    "time-minutes": ("27:22", Label.MEDIA_TIMESTAMP),
    "time-position-duration": ("0:00 / 27:48", Label.MEDIA_TIMESTAMP),
    "time-hours": ("1:02:03", Label.MEDIA_TIMESTAMP),
    # slideshow position counters
    "gallery-position": ("3 of 6", Label.CHROME),
    "gallery-slide-position": ("Slide 1 of 8", Label.CHROME),
    "gallery-position-german": ("Bild 2 von 12", Label.CHROME),
    # forum and Q&A engagement counters
    "engagement-likes": ("79 Likes", Label.CHROME),
    "engagement-one-like": ("1 Like", Label.CHROME),
    "engagement-replies": ("3 replies", Label.CHROME),
    "engagement-viewed": ("Viewed 38k times", Label.CHROME),
    # ad labels
    "ad-title-case": ("Advertisement", Label.AD),
    "ad-upper-case": ("ADVERTISEMENT", Label.AD),
    "ad-german": ("Anzeige", Label.AD),
    "ad-dashes": ("- Advertisement -", Label.AD),
    "ad-continues-below": ("Story continues below advertisement", Label.AD),
    # share bars
    "share-tweet-email": ("Share Tweet Email", Label.SHARE),
    "share-services-count": ("Facebook Twitter WhatsApp 12", Label.SHARE),
    "share-german": ("Teilen Drucken", Label.SHARE),
    "share-social-media-prompt": ("You can share this story on social media:", Label.SHARE),
    # cookie notices
    "cookie-we-use": (
        "We use cookies to improve your experience. Accept all cookies",
        Label.COOKIE,
    ),
    "cookie-continuing": (
        "This website uses cookies. By continuing to use this site you agree.",
        Label.COOKIE,
    ),
    "cookie-german": ("Wir verwenden Cookies. Alle akzeptieren", Label.COOKIE),
    # a consent manager's preference centre, one category at a time
    "cookie-category": ("Strictly Necessary Cookies", Label.COOKIE),
    # pickers and links a flattener sets on lines of their own
    "share-bar-tumblr": (
        "Facebook X LinkedIn Tumblr Pinterest WhatsApp Telegram Share via Email",
        Label.SHARE,
    ),
    "menu-labels-apart": ("Sign in / Join", Label.MENU),
    "menu-labels-bar": ("Log in | Sign up", Label.MENU),
    "language-picker": (
        "English Français Español Català Português Deutsch Nederlands Suomi Svenska",
        Label.MENU,
    ),
    "language-picker-two-word-names": ("Bahasa Indonesia Tiếng Việt English", Label.MENU),
    "skip-links-glued": ("Skip to main contentSkip to navigation", Label.MENU),
    "skip-links-bar": ("Skip to main content | Skip to footer site map", Label.MENU),
    "skip-link-german": ("Zum Inhalt springen", Label.MENU),
    "cookie-category-description": (
        "These cookies are necessary for the website to function and cannot be switched off.",
        Label.COOKIE,
    ),
    "cookie-consent-framework": (
        (
            "We and our partners store and/or access information on a device, such as cookies "
            "and process personal data, such as unique identifiers and standard information "
            "sent by a device for personalised advertising and content, ad and content "
            "measurement, and audience insights, as well as to develop and improve products. "
            "With your permission we and our partners may use precise geolocation data."
        ),
        Label.COOKIE,
    ),
    "cookie-consent-framework-german": (
        (
            "Wir und unsere Partner speichern und/oder greifen auf Informationen auf einem "
            "Gerät zu, beispielsweise auf in Cookies gespeicherte eindeutige Kennungen."
        ),
        Label.COOKIE,
    ),
    "newsletter-signing-up": (
        "Read more stories by signing up to our free weekly newsletter here",
        Label.NEWSLETTER,
    ),
    "newsletter-german": ("Jetzt Newsletter abonnieren", Label.NEWSLETTER),
    "credit-line": ("Reporting by Jane Roe in Beirut; Editing by John Doe", Label.CHROME),
    "credit-line-with": ("With reporting from Kelly O’Donnell", Label.CHROME),
    "credit-line-reports": ("With reports from Reforma and El Economista", Label.CHROME),
    "credit-line-dash": ("– additional reporting by Jane Roe", Label.CHROME),
    "credit-line-german": (
        "Mit Informationen der ARD-Korrespondenten sowie der Nachrichtenagenturen AFP und dpa.",
        Label.CHROME,
    ),
    # Japanese share buttons, each a block of its own
    "share-japanese": ("シェア", Label.SHARE),
    "share-japanese-posts": ("みんなのポストを見る", Label.SHARE),
    # a publisher advertising its app or its push notifications
    "app-prompt-german": ("Mehr Lesekomfort mit der Beispiel Zeitung App!", Label.NEWSLETTER),
    "app-prompt-in-one-app": ("E-Paper und News in einer App", Label.NEWSLETTER),
    "app-prompt-push": ("Push-Nachrichten über den Tag hinweg", Label.NEWSLETTER),
    "app-prompt-download": ("Hier gratis herunterladen.", Label.NEWSLETTER),
    "app-prompt-click-here": ("CLICK HERE TO GET THE FOX NEWS APP", Label.NEWSLETTER),
    "app-prompt-ios-android": (
        "For the latest stories download the Example News apps for iOS and Android.",
        Label.NEWSLETTER,
    ),
    "channel-prompt-spanish": ("¡Mira lo que tiene nuestro canal de YouTube!", Label.NEWSLETTER),
    "paywall-japanese": ("有料会員になると有料記事もお読みいただけます。", Label.NEWSLETTER),
    "paywall-japanese-members-only": (
        "有料会員の方のみご利用になれます。保存した記事はスマホやタブレットでもご覧いただけます。",
        Label.NEWSLETTER,
    ),
    "paywall-japanese-read-on": (
        "この記事は会員限定です。電子版に登録すると続きをお読みいただけます。",
        Label.NEWSLETTER,
    ),
    "app-prompt-turkish": ("NTV uygulamasını indirin, haberlerden haberdar olun", Label.NEWSLETTER),
    "app-prompt-french": ("Téléchargez notre application ici.", Label.NEWSLETTER),
    "subscription-notice-turkish": (
        "Haberler özetlenerek yayımlanmaktadır. Abonelik için lütfen iletişime geçiniz.",
        Label.NEWSLETTER,
    ),
    "paywall-korean": ("핵심 요약쏙은 회원용 콘텐츠입니다.", Label.NEWSLETTER),
    "embed-consent-privacy-click": ("Ein Klick für den Datenschutz", Label.COOKIE),
    "author-tagline": ("Julia Beizer is The Post’s mobile projects editor.", Label.BYLINE),
    "author-tagline-producer": (
        "Sal Gentile is a senior producer for Up w/ Steve Kornacki.",
        Label.BYLINE,
    ),
    "embed-consent-german": (
        "Ich bin damit einverstanden, dass mir der externe Inhalt angezeigt wird.",
        Label.COOKIE,
    ),
    "embed-consent-english": ("Click to load external content from YouTube.", Label.COOKIE),
    # site notices: copyright and reprint terms, credits, browser warnings
    "legal-copyright-year": ("Copyright 2012 Dow Jones & Company, Inc.", Label.CHROME),
    "legal-rights-reserved": ("The Associated Press. All Rights Reserved.", Label.CHROME),
    "legal-german-rights": ("Alle Rechte vorbehalten.", Label.CHROME),
    "legal-credit": ("© Rolf Zoellner/imago", Label.CHROME),
    "legal-reprint": (
        "This copy is for your personal, non-commercial use only. Distribution is governed.",
        Label.CHROME,
    ),
    "legal-javascript": ("Please enable JavaScript to view the site.", Label.CHROME),
    "legal-old-browser": ("Ihr Browser ist veraltet. Bitte aktualisieren Sie ihn.", Label.CHROME),
    "legal-forum-old-browser": (
        "You are using an out of date browser. It may not display this or other websites.",
        Label.CHROME,
    ),
    "legal-no-internet-explorer": (
        "We are very sorry but this website does not support Internet Explorer.",
        Label.CHROME,
    ),
    "legal-italian-old-browser": (
        "Stai utilizzando Internet Explorer: è un browser molto vecchio, non sicuro.",
        Label.CHROME,
    ),
    "legal-french-old-browser": ("Votre navigateur n'est plus supporté.", Label.CHROME),
    "legal-opinions-disclaimer": (
        "Schneier.com is a personal website. Opinions expressed are not necessarily those of BT.",
        Label.CHROME,
    ),
    "legal-blog-disclaimer": (
        "This blog reflects the opinions of its authors and does not represent the views of X.",
        Label.CHROME,
    ),
    # newsletter prompts
    "newsletter-sign-up": ("Sign up for our daily newsletter", Label.NEWSLETTER),
    "paywall-rest-of-story": (
        "To read the rest of this story, purchase the issue here.",
        Label.NEWSLETTER,
    ),
    "newsletter-sign-up-now": ("Sign up now for the Example Deals newsletter.", Label.NEWSLETTER),
    "newsletter-two-words": (
        "Sign up for our news letter, which you'll get twice a month.",
        Label.NEWSLETTER,
    ),
    "newsletter-site-updates": ("Sign up for Example's weekly e-mail updates:", Label.NEWSLETTER),
    "newsletter-subscribe": ("Subscribe to our newsletter", Label.NEWSLETTER),
    "newsletter-inbox": ("Get the latest news delivered to your inbox", Label.NEWSLETTER),
    "newsletter-subscriber": ("Already a subscriber? Log in", Label.NEWSLETTER),
    "newsletter-subscribe-now": ("Subscribe now", Label.NEWSLETTER),
    # related-content headings
    "related-articles": ("Related articles", Label.RELATED),
    "related-links": ("Related Links", Label.RELATED),
    "related-topics": ("Related topics", Label.RELATED),
    "related-read-more": ("Read more", Label.RELATED),
    "related-german": ("Mehr zum Thema", Label.RELATED),
    "related-colon": ("Read also:", Label.RELATED),
    "related-people-reading": ("Other People Are Reading", Label.RELATED),
    "related-people-also-read": ("People also read", Label.RELATED),
    "related-weiterlesen": ("Weiterlesen:", Label.RELATED),
    "related-recent-posts": ("Recent Posts", Label.RELATED),
    "related-recent-entries": ("Recent entries:", Label.RELATED),
    "related-featured-post": ("FEATURED POST", Label.RELATED),
    "related-interested": ("You may also be interested in:", Label.RELATED),
    "related-portuguese": ("Veja Também:", Label.RELATED),
    "related-recommended-reading": ("Recommended Reading", Label.RELATED),
    "contents-heading": ("Table of Contents", Label.MENU),
    "contents-heading-german": ("Inhaltsverzeichnis", Label.MENU),
    "jump-list-heading": ("On this page:", Label.MENU),
    "lone-lead-in-written": ("Written by:", Label.BYLINE),
    "lone-lead-in-edited": ("Edited By", Label.BYLINE),
    "jump-list-heading-german": ("In diesem Artikel:", Label.MENU),
    # share and follow prompts, tag labels, interface labels
    "share-prompt-german": ("Diesen Artikel teilen", Label.SHARE),
    "share-prompt-english": ("Share this article", Label.SHARE),
    "follow-prompt-portuguese": ("Nos siga no", Label.SHARE),
    "tag-label": ("Tagged:", Label.MENU),
    "comment-opener": ("Kommentieren", Label.CHROME),
    "consent-box-heading": ("Externer Inhalt", Label.CHROME),
    "post-meta-line": ("This entry was posted in Allgemein. Bookmark the permalink.", Label.CHROME),
    "post-meta-tags-after-bar": (
        "Posted by jane at 09:41 PM View/Add Comments (6) | Category: Back Home",
        Label.CHROME,
    ),
    "post-meta-tags-after-dash": ("sounds — Tags: animation — jane @ 11:07", Label.CHROME),
    "post-meta-long": (POST_META, Label.CHROME),
    "post-meta-german": (
        (
            "Von Redaktion am 21/02/2021. Abgelegt unter Israel. Sie können alle Antworten zu "
            "diesem Eintrag durch den RSS 2.0 Feed verfolgen. Kommentare und Pings sind derzeit "
            "geschlossen."
        ),
        Label.CHROME,
    ),
    "rating-prompt": ("Wie bewerten Sie diesen Artikel?", Label.CHROME),
    "video-player-error": (
        "This video is unavailable in the format required for your device/os",
        Label.CHROME,
    ),
    "video-player-gone": ("This video is no longer available", Label.CHROME),
    "rating-stars": ("1 of 5 stars2 of 5 stars3 of 5 stars4 of 5 stars5 of 5 stars", Label.CHROME),
    "video-player-devices": ("This video is playable across all supported devices.", Label.CHROME),
    "video-player-region": (
        "Unfortunately, this video is not available in your region.",
        Label.CHROME,
    ),
    "php-warning": (
        "Warning: Creating default object from empty value in /www/htdocs/x.php on line 42",
        Label.CHROME,
    ),
    "cookie-polish": ("Informujemy, że korzystamy z cookies.", Label.COOKIE),
    "embed-consent-button": (
        "Klicken Sie auf den unteren Button, um den Inhalt von www.komoot.de zu laden.",
        Label.COOKIE,
    ),
    "embed-consent-one-click": (EMBED_ONE_CLICK, Label.COOKIE),
    "login-prompt": ("You must be logged in to post a comment.", Label.NEWSLETTER),
    # video teasers ending in their running time
    "video-teaser": (
        "Wie groß ist die Gefahr einer nuklearen Eskalation? 21.04.2024 | 3:18 min",
        Label.MEDIA_TIMESTAMP,
    ),
    "video-available-until": ("02:57 Min. Verfügbar bis 06.05.2024", Label.MEDIA_TIMESTAMP),
    # autoplay countdowns under a player
    "autoplay-countdown": ("Your video will play in 00:25", Label.MEDIA_TIMESTAMP),
    "autoplay-next-video": ("Next video starts in : 7 Play", Label.MEDIA_TIMESTAMP),
    # sponsor badges, whose sponsor is the logo after them
    "sponsor-badge": ("Seascape: the state of our oceans is supported by", Label.AD),
    "sponsor-label": ("SPONSORED BY", Label.AD),
    "paid-for-by": ("Paid for by", Label.AD),
    # newsletter prompts
    "newsletter-german-informal": (
        "Breaking News am Morgen: Abonniere den Whatsapp-Kanal und du bekommst sie sofort.",
        Label.NEWSLETTER,
    ),
    "newsletter-sign-up-to-a-title": ("Sign up to This is Europe", Label.NEWSLETTER),
    "paywall-german": ("Jetzt weiterlesen mit BZ+", Label.NEWSLETTER),
    "paywall-german-subscribe": (
        "Jetzt abonnieren und von der Vorlesefunktion profitieren.",
        Label.NEWSLETTER,
    ),
    "paywall-english": ("Subscribe to continue reading this article.", Label.NEWSLETTER),
    # clip and broadcast notes
    "video-teaser-label": ("Video: Tributes pour in for first US woman in space", Label.CHROME),
    "audio-teaser-label": ("AUDIO: Seltenes Ereignis in Elmshorn (1 Min)", Label.CHROME),
    "broadcast-note": ("Sendung: hr-INFO, 25.04.2024, 10.45 Uhr", Label.CHROME),
    "broadcast-programme": ("Dieses Thema im Programm:", Label.CHROME),
    "broadcast-reported": (
        "Über dieses Thema berichtet: BR24 im Radio am 26.08.2024 um 06:00 Uhr.",
        Label.CHROME,
    ),
    # programme and post lines stamped with a numeric day and a clock time
    "clock-stamp-programme": (
        "NDR 1 Welle Nord | Nachrichten für Schleswig-Holstein | 28.04.2023 | 13:00 Uhr",
        Label.CHROME,
    ),
    "clock-stamp-source": ("SRF 4 News, 15.4.2024, 10:05 Uhr; srf/hosb", Label.CHROME),
    "clock-stamp-author": ("Do 25.04.24 | 14:07 Uhr | Von Jane Doe", Label.CHROME),
    "clock-stamp-alone-is-dateline": ("22.04.2024, 17:26 Uhr", Label.DATELINE),
    # appeals for readers' support
    "support-appeal-german": (
        "Hat Ihnen dieser Artikel gefallen? Dann unterstützen Sie uns bitte mit einer Spende.",
        Label.NEWSLETTER,
    ),
    "support-appeal-english": (
        "Stay informed with the Daily Example. Invest in journalism.",
        Label.NEWSLETTER,
    ),
    "newsletter-hyphenated-name": (
        "To receive these entries once a month by e-mail, sign up for the Crypto-Gram Newsletter.",
        Label.NEWSLETTER,
    ),
    "newsletter-sign-up-hyphenated": (
        "Sign-up to the Daily Blog Tips newsletter and you will be able to download the eBook.",
        Label.NEWSLETTER,
    ),
    "newsletter-email-updates": (
        "Sign up for free email updates and be entered to win our monthly giveaway!",
        Label.NEWSLETTER,
    ),
    "reprint-terms-do-not-reproduce": (
        (
            "This article is licenced for use on Example only. Please do not reproduce wholly "
            "or in part without a license."
        ),
        Label.CHROME,
    ),
    "reprint-terms-reproduction": (
        (
            "Reproduction or online links to anything other than the home page without "
            "permission is strictly prohibited."
        ),
        Label.CHROME,
    ),
    "archive-calendar": (
        "2012 J F M A M J J A S O N 2011 J F M A M J J A S O N D 2010 J F M A M J J A S O N D",
        Label.MENU,
    ),
    "archive-months": (
        "› April 2006 (3) › March 2006 (25) › February 2006 (25) › January 2006 (24) › July 2005",
        Label.MENU,
    ),
    "print-edition-note": (
        (
            "A version of this article appeared in print on July 24, 2012, on page A4 of the "
            "New York edition with the headline: Contrary to Gossip, Pyramids Have No Date."
        ),
        Label.CHROME,
    ),
    "newsletter-plural": (
        "For the latest news from the Daily Example, sign up for our newsletters .",
        Label.NEWSLETTER,
    ),
    # comment-form notices
    "comment-form-email": ("Your email address will not be published.", Label.CHROME),
    "comment-form-email-optional": (
        "E-mail is optional and will not be displayed on the site.",
        Label.CHROME,
    ),
    "comment-form-required": ("Required fields are marked *", Label.CHROME),
    "form-error": ("There was an issue with the form. Please try again.", Label.CHROME),
    "form-error-oops": ("Oops! Something went wrong. Please try again.", Label.CHROME),
    "terms-consent": (
        "By using this site, you agree to the Terms of Use and Privacy Policy.",
        Label.CHROME,
    ),
    "terms-consent-confirm": (
        "By clicking Sign Me Up, you confirm you are 16+ and agree to our Terms of Use.",
        Label.CHROME,
    ),
    "sms-consent": (
        "By signing up, you agree to receive recurring automated marketing messages.",
        Label.CHROME,
    ),
    "form-consent-submitting": (
        "By submitting, you agree to allow Example and partners to contact you.",
        Label.CHROME,
    ),
    # follow prompts
    "follow-site": ("Follow Metro on Twitter and Facebook for the latest news.", Label.SHARE),
    "follow-google-news": ("Follow TechRadar on Google News to get our news.", Label.SHARE),
    "follow-german": ("Folgst du schon 20 Minuten auf WhatsApp?", Label.SHARE),
    "follow-you-can": ("You can follow the Magazine on Twitter and on Facebook", Label.SHARE),
    "follow-handle": ("Follow @examplenews for breaking news and headlines.", Label.SHARE),
    "recipe-prompt": ("Tried this recipe? Tell us how it went. Tag us at @example!", Label.SHARE),
    "recipe-prompt-made": ("Did you make this recipe? Leave a rating below.", Label.SHARE),
    "follow-us-handle": ("Follow us @ExampleShop", Label.SHARE),
    "follow-connect": ("Connect With Us on Twitter", Label.SHARE),
    # a newsroom asking for stories
    "tip-prompt-question": ("Do you have a story to tell? Email: jane@example.com", Label.CHROME),
    "tip-prompt-team": ("Get in touch with our news team by emailing us.", Label.CHROME),
    "feedback-prompt-letter": (
        "Submit your letter to the editor via this form. Read more Letters to the Editor.",
        Label.CHROME,
    ),
    "feedback-prompt-german": (
        "Ihre Meinung ist uns wichtig. Senden Sie uns Ihr Feedback zu diesem Artikel an: a@b.de",
        Label.CHROME,
    ),
    "feedback-prompt-spanish": ("Puede escribirnos a jane@example.com.", Label.CHROME),
    "tip-prompt-signal": (
        "Haben Sie Hinweise? Melden Sie sich vertraulich und sicher via Signal bei uns.",
        Label.CHROME,
    ),
    "tip-prompt-address": (
        "Are protests breaking out in your area? Get in touch at news@example.com",
        Label.CHROME,
    ),
    # affiliate disclosures
    "affiliate-contains": (
        "This article contains affiliate links. The products listed were selected independently.",
        Label.AD,
    ),
    "affiliate-may-earn": ("We may earn commission from links on this page.", Label.AD),
    "affiliate-amazon-associate": (
        "As an Amazon Associate we earn from qualifying purchases. Thanks!",
        Label.AD,
    ),
    "affiliate-german": (AFFILIATE_GERMAN, Label.AD),
    "affiliate-disclosure-page": (
        "This article contains sponsored content. For more information, visit our Disclosure page.",
        Label.AD,
    ),
    "affiliate-advertiser-disclosure": (
        "Advertisers do not influence our picks. Read our advertiser disclosure for more info.",
        Label.AD,
    ),
    # teaser excerpts cut short before a read-more link
    "teaser-excerpt": (
        "When you walk into almost any store, you're overloaded with sights, sounds,… Read more",
        Label.RELATED,
    ),
    "teaser-excerpt-dots": (
        "Plenty of people consider themselves excused ... Read more",
        Label.RELATED,
    ),
    "teaser-excerpt-trailing-dots": (
        "Will readers give the new tablets a chance? That's the question we asked… Read More...",
        Label.RELATED,
    ),
    "teaser-excerpt-host": (
        "If you want to build wealth, … Read more money.\u200bexample.\u200bcom",
        Label.RELATED,
    ),
    # picture captions that end with a credit
    "caption-credit-parenthesised": (
        "The King and Queen arrive at the State Opening of Parliament (Picture: Getty)",
        Label.CHROME,
    ),
    "caption-credit-german": (
        "Im Vorjahr zog das Hutfestival Tausende Besucher an. Bild: Andreas Seidel/Archiv",
        Label.CHROME,
    ),
    "caption-credit-glued": ("Blazer und Shorts, beides von LOEWE.Foto: Jane Doe", Label.CHROME),
    "caption-credit-capitals": ("A man walks past a tank in Harare. PHOTO: AFP", Label.CHROME),
    "caption-credit-photographer": (
        "1938 – Archive number: 3974. Photographer: Jane Doe.",
        Label.CHROME,
    ),
    "caption-credit-picture-rights": (
        "Viele Hände arbeiten in der Halle an den Tieren. Bildrechte: MDR/Jane Doe",
        Label.CHROME,
    ),
    "caption-credit-copyright": (
        "Die Experten erwarten keine weiteren Senkungen. © Getty Images / iStock | Jane Doe",
        Label.CHROME,
    ),
    # a line sending the reader to another page of the site
    "read-on-liveblog": (
        "Mehr zur Lage im Nahen Osten lesen Sie in unserem Liveblog:",
        Label.RELATED,
    ),
    "read-on-news-page": ("For more stories like this, check our news page.", Label.RELATED),
    "read-on-further": ("Lesen Sie auch die folgenden Beiträge:", Label.RELATED),
    "read-on-interested": (
        "You may also be interested in the following reports:",
        Label.RELATED,
    ),
    # menu words and breadcrumbs
    "menu-home": ("Home", Label.MENU),
    "menu-skip": ("Skip to content", Label.MENU),
    "menu-back-to-the-top": ("* * * * Back to the top * * * *", Label.MENU),
    "menu-return-to-top": ("[ Return to Top of Page ]", Label.MENU),
    "menu-sign-in": ("Sign in", Label.MENU),
    "menu-site-map": ("Site Map:", Label.MENU),
    "breadcrumb-gt": ("Home > News > World", Label.MENU),
    "breadcrumb-slash": ("Home / News / World", Label.MENU),
    "breadcrumb-guillemet": ("Startseite » Politik » Ausland", Label.MENU),
    # bylines
    "byline-by": ("By Jane Doe", Label.BYLINE),
    "byline-von": ("Von Max Mustermann", Label.BYLINE),
    "byline-two-authors": ("By Jane Doe and John Smith", Label.BYLINE),
    "byline-written-by": ("Written by Jane Doe", Label.BYLINE),
    "byline-glued": ("ByJane Doe", Label.BYLINE),
    "byline-dot-operator": ("By Jane Doe ⋅ Founder ⋅ Updated May 6, 2025", Label.BYLINE),
    # datelines
    "dateline-seed": ("10 Apr, 2008 12:04", Label.DATELINE),
    "dateline-updated-gmt": ("Updated 10 April 2008, 14:05 GMT", Label.DATELINE),
    "dateline-posted-on": ("Posted on April 10, 2008", Label.DATELINE),
    "dateline-german": ("Veröffentlicht am 3. Mai 2024, 14:05 Uhr", Label.DATELINE),
    "dateline-city": ("Moscow, April 10, 2008", Label.DATELINE),
    "dateline-norwegian-two-dates": (
        "Publisert 05.08.2024, kl. 13.05 Oppdatert 05.08.2024, kl. 13.52",
        Label.DATELINE,
    ),
    "dateline-finnish": ("Julkaistu 5.8.2024 klo 13.05", Label.DATELINE),
    "dateline-dutch-updated": ("Bijgewerkt op 5 augustus 2024 om 13:05", Label.DATELINE),
    "dateline-italian-updated": ("Aggiornato alle ore 13:05 del 5 agosto 2024", Label.DATELINE),
    "cjk-meta-line-source": ("2017-03-10 09:58 来源：网易科学人", Label.DATELINE),
    "cjk-meta-line-fields": (
        "2017-03-10 09:58:03来源：网易科学人作者：责任编辑：肖春芳",
        Label.DATELINE,
    ),
    "cjk-meta-line-source-first": ("来源：新华社 2017年3月10日", Label.DATELINE),
    "cjk-meta-line-japanese": ("CNET Japan 3/9(木) 18:45配信", Label.DATELINE),
    "comment-policy-spanish": (
        (
            "Los comentarios publicados son de exclusiva responsabilidad de sus autores y las "
            "consecuencias derivadas de ellos pueden ser pasibles de sanciones legales. Aquel "
            "usuario que incluya en sus mensajes algún comentario violatorio del reglamento "
            "será eliminado e inhabilitado para volver a comentar. Enviar un comentario "
            "implica la aceptación del Reglamento."
        ),
        Label.CHROME,
    ),
    "comment-policy-copyrighted": (
        "Comments and public postings are copyrighted by their creators.",
        Label.CHROME,
    ),
    "comment-policy-english": (
        "Comments are the sole responsibility of their authors.",
        Label.CHROME,
    ),
    "comment-policy-german": (
        "Für den Inhalt der Kommentare sind die Verfasser verantwortlich.",
        Label.CHROME,
    ),
    "loading-ellipsis": ("Loading…", Label.CHROME),
    "loading-comments": ("Loading comments...", Label.CHROME),
    "please-wait": ("Please wait...", Label.CHROME),
    "please-wait-while-loads": ("Please wait while the video loads.", Label.CHROME),
    "loading-german": ("Wird geladen …", Label.CHROME),
    "loading-chinese": ("正在加载...", Label.CHROME),
    "loading-chinese-longer": ("正在加载中...", Label.CHROME),
    "loading-chinese-traditional": ("載入中…", Label.CHROME),
}


@pytest.mark.parametrize(("text", "label"), POSITIVE.values(), ids=POSITIVE.keys())
def test_text_noise_positive(text: str, label: Label) -> None:
    assert _label(text) is label


# --- negatives: prose each detector must leave alone -----------------------------------------

COOKIE_LAW = (
    "In its ruling the court held that storing cookies on a user's device requires informed "
    "consent under the ePrivacy Directive, and that a pre-ticked checkbox does not meet that "
    "standard. The judges noted that the use of cookies for analytics was not strictly "
    "necessary, so national regulators must now review how websites obtain consent before any "
    "tracking begins, a process expected to take several years."
)
CONSENT_CENTRE = (
    "When you visit any website, it may store or retrieve information on your browser, mostly "
    "in the form of cookies. This information might be about you, your preferences or your "
    "device and is mostly used to make the site work as you expect it to. The information does "
    "not usually directly identify you, but it can give you a more personalized web "
    "experience. Because we respect your right to privacy, you can choose not to allow some "
    "types of cookies. Click on the different category headings to find out more and change "
    "our default settings. However, blocking some types of cookies may impact your experience "
    "of the site and the services we are able to offer. Strictly Necessary Cookies Always "
    "Active These cookies are necessary for the website to function and cannot be switched off "
    "in our systems. They are usually only set in response to actions made by you which amount "
    "to a request for services, such as setting your privacy preferences or filling in forms."
)
"""A consent manager's introduction and its first category, as a flattener that ignores styles
prints the hidden preference centre: longer than `noise.COOKIE_MAX_CHARS`."""
COOKIE_LAW_LONG = (
    COOKIE_LAW
    + " Critics of the ruling said the use of cookies by small publishers would now cost them "
    "more in legal advice than in servers, and that asking readers to accept all cookies on "
    "every visit teaches them to click without reading. The regulators replied that a site "
    "may still work without tracking, and that the burden of proof lies with whoever stores "
    "the data, not with the reader who is asked to trust them."
)
"""Prose on cookie law longer than `noise.COOKIE_MAX_CHARS`, quoting two consent phrases (one
of them twice)."""
NEGATIVE = {
    "two-language-names": "English Deutsch",
    "language-names-in-a-sentence": "English and Deutsch are taught in every school.",
    "skip-in-a-sentence": "Skip the line to the main event.",
    "go-to-the-content": "Go to the content of our new report now",
    "labels-and-words-apart": "Sign in / Join the conversation about the new bridge",
    "browser-news": "Microsoft no longer supports Internet Explorer, the company said on Tuesday.",
    "supported-by-a-list": "This process is supported by:",
    "powered-by": "powered by",
    "by-using-you-can-agree": "By using this method, you can agree on a plan in an hour.",
    "fraction-cell": "3/8",
    "count-in-a-title": "10 of the best",
    "front-page-excerpt": "Her voice will be missed on the blogs, as much as I... [Read More]",
    "listing-excerpt-site-name": "The bench is a multi-use bench ... Read more at Bench Guide",
    "read-more-sentence": "Read more about the plan in our guide. The full text is there.",
    "answers-count": "14 Answers",
    "tried-the-recipe-comment": "I tried this recipe on my grill and it was great.",
    "photographer-as-a-title": "* The Photographer: Act 3",
    "rest-of-this-story-prose": "To read the rest of this story is to learn how it ended.",
    "try-again-prose": "The team failed once and decided to try again next season.",
    "agree-to-terms-prose": "The two countries agree to the terms of the ceasefire.",
    "likes-in-a-sentence": "12 likes later, the post was gone.",
    "icon-prose": "The app shows an icon next to each item, and the iconic red logo stays on "
    "screen.",
    "icon-prose-many": "Click the share icon, then the bookmark icon, then the menu icon and the "
    "close icon.",
    "time-in-sentence": "The meeting starts at 10:30 in the main hall.",
    "time-score": "The final score was 3:1 after extra time.",
    "ad-sentence": "The advertisement ran in three newspapers last week.",
    "ad-word-in-title": "Advertisement bans and the law",
    "share-prices": "Share prices fell sharply on Monday after the report.",
    "share-save-alone": "Save",
    "cookie-recipe": "Bake the cookies for twelve minutes until golden.",
    "cookie-partners-prose": (
        "We and our partners at the Red Cross handed out cookies and blankets to 4,000 "
        "families this winter, the charity said on Monday."
    ),
    "newsletter-business": "The company said its newsletter business grew by 40 percent last "
    "year, driven by paid subscriptions.",
    "related-sentence": "Read more about this topic in our archive of long-form investigations",
    "menu-sentence": "Home is where the heart is.",
    "menu-world-cup": "World Cup",
    "breadcrumb-two-parts": "Home > News",
    "breadcrumb-maths": "When x > y and y > z, it follows that x > z.",
    "byline-by-the-end": "By the end of the day, the rally had dispersed.",
    "byline-lower-case": "by now everyone knew",
    "byline-name-starting-by": "Byron Smith",
    "dateline-born": "He was born on 10 April 1998 in a small town near Lyon.",
    "dateline-vote": "The vote is on 10 April 2008.",
    "dateline-year-only": "In 2008, prices rose.",
    "legal-copyright-office": "Copyright Office Report on the Act Complete But Not Yet Public",
    "legal-list-item": "(c) To provide a forum for communication on all aspects of the trade.",
    "legal-long-caption": "© Provided by Business Insider Inc. Nintendo and Apple shocked the "
    "world earlier this year by announcing a partnership.",
    "legal-javascript-prose": "The site was rebuilt so that readers no longer need to enable "
    "JavaScript at all.",
    "share-japanese-prose": "市場シェアが拡大した。",
    "reproduction-prose": "Reproduction of the species without human help is slow, the study "
    "found, and needs permission from no one.",
    "archive-schedule": "Blackout dates of the 2024 and 2025 seasons: January 25 – February 2; "
    "11 – 16; 25 – March 1.",
    "archive-prose": "Sales rose in May 2011, June 2012 and March 2013, the company said.",
    "newsletter-sign-up-prose": "Voters who sign up for the party's mailing list get updates.",
    "print-edition-prose": "An earlier version of this article appeared to confuse the two "
    "companies, and has been corrected.",
    "post-meta-german-prose": "Die Antworten der Ministerin auf die Fragen blieben vage.",
    "taxonomy-prose": "Capital gains taxes fall into two categories: long-term and short-term.",
    "taxonomy-prose-dash": "The judges — in every category: film, music and books — agreed.",
    "credit-line-contributed": "Jane Roe contributed to this report.",
    "app-prose": "It quickly became clear that the retailer had underestimated demand for the app.",
    "app-prose-push": "Native apps have access to device functions like push notifications.",
    "app-prose-download": "Download the app and book a call with a psychologist.",
    "copyright-sign-mid-prose": "The © sign, a circled C, marks a work as protected by law.",
    "credit-line-prose": "The reporting by local journalists was later confirmed by officials.",
    "credit-line-with-prose": "The paper, with reporting from Kyiv, won the prize that year.",
    "author-tagline-source": "Mr Danielevsky is the editor of a local independent newspaper.",
    "author-tagline-prose": "Jane Roe is the editor who broke the story. She says it cost her.",
    "author-tagline-other-job": "Michael Vitiello is a professor of law at McGeorge.",
    "embed-consent-prose": "Sie war damit einverstanden, dass der Vertrag verlängert wird.",
    "share-sentence": "Share this article with anyone who doubts that the reform will work.",
    "tags-in-sentence": "Tagged animals were released back into the river.",
    "categories-heading": "Categories",
    "php-warning-prose": "Warning: the bridge on line 4 of the map is closed until May.",
    "entry-prose": "This entry was the first of many in her diary that year.",
    "affiliate-programme-prose": "Streamers earn a commission when viewers buy gear via "
    "affiliate links.",
    "rewards-card-qualifying-purchases": "Earn 1 rewards point for every $1 in qualifying "
    "purchases.",
    "commission-quote": "We earn a commission on every sale, the broker said.",
    "follow-directions": "Follow the river on foot to the old mill, then turn left.",
    "you-can-follow-directions": "You can follow the river on foot to the old mill.",
    "you-can-also-prose": "You can also see the mill on Twitter, where its owner posts photos.",
    "following-prose": "Following the vote on Twitter, the party split.",
    "connect-heading": "Connect with Us",
    "follow-quoted": '"Follow the money on X," she said, and the room went quiet.',
    "follow-at-the-office": "Follow up @ the office on Monday with the signed forms.",
    "contents-heading-of-a-chapter": "Table of Contents of the 1923 Edition",
    "tip-prompt-not-a-question": "Have a story ready by noon, the editor told him.",
    "tip-prompt-prose": "She got a story published in a magazine last year.",
    "letter-to-the-editor-quoted": "In a letter to the editor, she explained her choice.",
    "download-the-maps-app": "I don't just mean download the Google Maps app.",
    "app-for-ios-and-android": "The free Soundcore app for iPhone and Android has an equalizer.",
    "download-the-bank-app-spanish": "Para activar la tarjeta, descarga la app de tu banco.",
    "contact-line": "Please email us at help@example.com with your questions.",
    "duration-in-prose": "The race was won in 2:05 min, a record that stood for a decade.",
    "clock-time-at-end": "The meeting ended at 10:30.",
    "sign-up-in-prose": "Sign up for the course opened on Monday and closed within hours.",
    "weiterlesen-prose": "Sie wollte das Buch am Abend weiterlesen, doch es kam anders.",
    "continue-reading-prose": "He would continue reading the report with care, he said.",
    "abonniert-prose": "Er hatte die Zeitung jahrelang abonniert.",
    "video-word-in-prose": "Video of the arrest, which was shared widely, shows two officers.",
    "video-starts-in-prose": "The video starts in a small town where the family lived.",
    "video-starts-in-a-year": "Video starts in 2019 with footage of the crash.",
    "video-label-long-paragraph": "Video: the footage, filmed by a passer-by on Tuesday "
    "evening, shows the two officers arguing with the driver for several minutes before one of "
    "them reaches for his radio and calls for support, while a crowd gathers on the pavement.",
    "read-on-prose": "Wie Sie im Video sehen, finden Sie im Park viele Enten.",
    "read-on-without-colon": "Mehr dazu lesen Sie im Bericht des Ausschusses, der heute erschien.",
    "for-more-information": "For more information about the trial, see the court's website.",
    "more-from-a-source": "More from NBC’s TODAY:",
    "read-more-in-guides": "Read more in our guides below:",
    "also-like-prose": "You may also like the way she sings.",
    "credit-alone": "Photo: Statia Grossman for DailyCandy",
    "credit-alone-parenthesised": "(Credit: Josh Miller/CNET)",
    "credit-label-alone": "Photo Credit: www.example.com",
    "credit-word-in-prose": "Look closely at the picture: the tower leans to the left.",
    "credit-word-not-at-the-end": "Photo: Jane Doe. The tower, seen from the square, leans to "
    "the left as it has done since the twelfth century, when its foundations first sank into "
    "the soft clay under the square and the builders began to correct the lean floor by floor.",
    "clock-stamp-prose": "Die Sitzung am 28.04.2023 beginnt um 13:00 Uhr im Rathaus.",
    "cjk-source-without-a-time": "据新华社报道，来源：不明",
    "comments-responsibility-prose": "The mayor said the comments were the responsibility of "
    "the council, not of the staff who had written them.",
    "comments-prose": "Readers who post comments take responsibility for what they write.",
    "people-reading-prose": "Other people are reading the same report with growing alarm.",
    "cjk-time-without-a-field": "会议于2017年3月10日 09:58开始。",
    "cjk-meta-words-in-a-long-paragraph": "2017-03-10 09:58，记者从有关部门获悉，"
    + "这项工程的进展十分顺利，施工单位表示将在年底前完成全部建设任务，来源：网易科学人。" * 2,
    "liked-article-prose": "Er fragte, ob ihr der Artikel gefallen habe.",
    "did-you-enjoy-prose": "Did you enjoy this story about the old mill as much as we did",
    "journalism-prose": "The grant will support local reporting in three counties.",
    "plain-prose": "The committee met on Tuesday and agreed that the report should be published.",
    "video-unavailable-prose": "Sadly, this video is not available in Europe.",
    "rating-given": "4.0 out of 5 stars",
    "back-to-the-top-prose": "We climbed back to the top of the ridge before dark.",
    "video-playable-prose": "The video is playable on most phones, the company said.",
    "interested-prose": "You may also be interested in the history of the bridge.",
    "email-published-prose": "The leaked email will not be published, the editor said.",
    "featured-post-prose": "The featured post on the blog drew hundreds of replies.",
    "recent-posts-prose": "Recent posts on the forum suggest the update broke the app.",
    "required-fields-prose": "All required fields were marked on the tax form by hand.",
    "views-of-members-prose": "The survey does not necessarily reflect the views of all "
    "members, the committee said.",
    "opinions-expressed-prose": "The opinions expressed at the hearing were sharply divided.",
    "loading-bare-word": "Loading",
    "loading-list-item": "Loading, transport, and unloading of household belongings",
    "loading-sentence": "Loading speeds can be slower than the competitors' ones...",
    "loading-chinese-bare": "加载中",
    "loading-chinese-prose": "加载中国的货物需要很多时间...",
    "please-wait-prose": "Please wait for the bus at the corner of the square, the guide said...",
}


@pytest.mark.parametrize("text", NEGATIVE.values(), ids=NEGATIVE.keys())
def test_text_noise_negative(text: str) -> None:
    assert text_noise(text, LIMITS) is None


def test_cookie_law_paragraph_is_not_a_cookie_notice() -> None:
    assert len(COOKIE_LAW) > LIMITS.max_noise_line_chars
    assert text_noise(COOKIE_LAW, LIMITS) is None


def test_a_consent_centre_longer_than_a_banner_is_a_cookie_notice() -> None:
    assert noise.COOKIE_MAX_CHARS < len(CONSENT_CENTRE) <= noise.CONSENT_CENTRE_MAX_CHARS
    assert _label(CONSENT_CENTRE) is Label.COOKIE


def test_long_prose_on_cookie_law_quoting_two_phrases_is_not_a_notice() -> None:
    assert len(COOKIE_LAW_LONG) > noise.COOKIE_MAX_CHARS
    quoted = phrases.COOKIE_RE.findall(COOKIE_LAW_LONG)
    assert len(quoted) == 3 and len(set(quoted)) == 2  # `use of cookies` twice
    assert text_noise(COOKIE_LAW_LONG, LIMITS) is None


@pytest.mark.parametrize(
    "text",
    [
        "By Monday, officials expect the storm to have passed.",
        "By March, the company had hired 200 people.",
    ],
    ids=["by-monday", "by-march"],
)
def test_sentence_opening_with_by_and_a_capitalised_word_is_not_a_byline(text: str) -> None:
    assert text_noise(text, LIMITS) is None


@pytest.mark.parametrize("text", ["By Domingo Pérez", "Por Domingo Marchena", "Von Cuma Yılmaz"])
def test_a_weekday_that_is_also_a_name_opens_a_byline(text: str) -> None:
    verdict = text_noise(text, LIMITS)
    assert verdict is not None and verdict.label is Label.BYLINE


def test_long_prose_is_never_noise() -> None:
    text = " ".join(["Share prices fell sharply on Monday after the report."] * 20)
    assert text_noise(text, LIMITS) is None


TRADEMARK_TERMS = (
    "Example.com is the official web site of the Example League. The Example Shield, the word "
    "mark and logo are registered trademarks of the Example League. " * 12
)


def test_a_long_legal_footer_claiming_rights_twice_is_a_site_notice() -> None:
    rights = "© League 2012. All Rights Reserved. © Maker Co. 2012. All Rights Reserved."
    text = f"{TRADEMARK_TERMS}{rights}"
    assert len(text) > 1000
    verdict = text_noise(text, LIMITS)
    assert verdict is not None and verdict.label is Label.CHROME


def test_a_long_text_quoting_one_rights_notice_is_not_noise() -> None:
    text = f"{TRADEMARK_TERMS} The page ended with the usual line: All rights reserved."
    assert text_noise(text, LIMITS) is None


def test_icon_run_reports_its_share() -> None:
    verdict = icon_run(SEED_ICON_LINE, LIMITS)
    assert verdict is not None
    assert verdict.label is Label.ICON_RUN
    assert "tokens" in verdict.reason


def test_icon_run_needs_enough_hits() -> None:
    assert icon_run("icon icon-a icon-b", LIMITS) is None  # 3 hits < icon_run_min_hits


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("10 Apr, 2008 12:04", True),
        ("10 April 2008.", True),
        ("Apr. 10, 2008", True),
        ("He was born on 10 April 1998 in a small town near Lyon.", False),
        ("no digits here", False),
        ("Room 101", False),
        ("posted on April 21, 2015, at 11:29 a.m.", True),
        ("The talks ended on April 21, 2015, at 11 a.m. in Geneva.", False),
        ("Miércoles, 3 de mayo de 2024 | Juan Pérez", True),
        ("Wtorek, 3 maja 2024, Jan Kowalski", True),
        ("Среда, 3 мая 2024, Иван Петров", True),
        ("Sábado, 3 de maio de 2024 | João Silva", True),
        ("Quarta-feira, 3 de maio de 2024 | Lisboa", True),
        ("الأربعاء 28 آب/اغسطس 2013, آخر تحديث 14:00 (GMT+0400)", True),
        ("El martes 3 de mayo de 2024 el Gobierno aprobó la reforma.", False),
        ("Domingo, 3 de mayo de 2024 | Juan Pérez", True),
    ],
    ids=[
        "seed",
        "trailing-dot",
        "month-abbrev-dot",
        "sentence",
        "no-digits",
        "number-no-date",
        "meridiem-dots",
        "meridiem-in-a-sentence",
        "weekday-es",
        "weekday-pl",
        "weekday-ru",
        "weekday-pt",
        "weekday-pt-feira",
        "weekday-ar-updated",
        "weekday-in-a-sentence",
        "weekday-that-is-a-name",
    ],
)
def test_is_dateline(text: str, expected: bool) -> None:
    assert is_dateline(text) is expected


class _Spy:
    """A compiled pattern that records the texts it is asked about."""

    def __init__(self, pattern: regex.Pattern[str]) -> None:
        self.pattern, self.asked = pattern, []

    def search(self, text: str) -> regex.Match[str] | None:
        self.asked.append(text)
        return self.pattern.search(text)

    match = search


def test_caption_credit_patterns_run_only_on_texts_holding_their_marks(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    credit = _Spy(phrases.CAPTION_CREDIT_RE)
    copyright_ = _Spy(phrases.CAPTION_COPYRIGHT_RE)
    monkeypatch.setattr(phrases, "CAPTION_CREDIT_RE", credit)
    monkeypatch.setattr(phrases, "CAPTION_COPYRIGHT_RE", copyright_)
    labelled = "Der König kommt an, begleitet von seiner Frau. FOTO: Jane Doe"
    signed = "Der König kommt an, begleitet von seiner Frau. © IMAGO / Pool"
    assert judge_text(labelled, LIMITS) is not None
    assert judge_text(signed, LIMITS) is not None
    assert judge_text("Der König kommt an: begleitet von seiner Frau", LIMITS) is None
    assert credit.asked == [labelled]  # no label word or no colon: not searched
    assert copyright_.asked == [signed]  # no copyright sign: not searched


def test_running_time_pattern_runs_only_on_texts_naming_minutes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    duration = _Spy(phrases.MEDIA_DURATION_RE)
    monkeypatch.setattr(phrases, "MEDIA_DURATION_RE", duration)
    teaser = "Wie groß ist die Gefahr? 21.04.2024 | 3:18 MIN"
    verdict = judge_text(teaser, LIMITS)
    assert verdict is not None and verdict.label is Label.MEDIA_TIMESTAMP
    assert judge_text("Anpfiff um 20:45 in Dortmund, live im Stadion", LIMITS) is None
    assert duration.asked == [teaser]


def test_dateline_ordinal_pattern_reads_only_words_starting_with_a_digit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ordinal = _Spy(noise.ORDINAL_RE)
    monkeypatch.setattr(noise, "ORDINAL_RE", ordinal)
    assert is_dateline("Updated 10th April 2008")
    assert not is_dateline("Lisbon Madrid Porto Seville 2008")
    assert ordinal.asked == ["10th", "2008", "2008"]


# --- container noise -------------------------------------------------------------------------

CONTAINER_POSITIVE = {
    "nav-outside": ("nav", {}, False, Label.MENU),
    "nav-inside-article": ("nav", {}, True, Label.MENU),
    "footer-outside": ("footer", {}, False, Label.CHROME),
    "header-outside": ("header", {}, False, Label.CHROME),
    "aside-outside": ("aside", {}, False, Label.CHROME),
    "role-navigation": ("div", {"role": "navigation"}, False, Label.MENU),
    "role-navigation-in-article": ("div", {"role": "navigation"}, True, Label.MENU),
    "role-contentinfo": ("div", {"role": "contentinfo"}, False, Label.CHROME),
    "class-main-nav": ("div", {"class": "main-nav"}, False, Label.MENU),
    "class-nav-underscore": ("ul", {"class": "nav_top"}, False, Label.MENU),
    "class-upper-case": ("div", {"class": "Main-Nav"}, False, Label.MENU),
    "class-site-footer": ("div", {"class": "site-footer"}, False, Label.CHROME),
    "class-foot": ("div", {"class": "foot"}, False, Label.CHROME),
    "class-user-bio": ("div", {"class": "user-bio"}, True, Label.CHROME),
    "class-share-bar": ("div", {"class": "share-bar"}, False, Label.SHARE),
    "toc-plugin": ("div", {"id": "ez-toc-container"}, False, Label.MENU),
    "toc-in-article": ("div", {"class": "toc"}, True, Label.MENU),
    "class-cookie-banner": ("div", {"class": "cookie-banner"}, False, Label.COOKIE),
    "class-ad-slot": ("div", {"class": "ad-slot"}, False, Label.AD),
    "class-comments": ("section", {"class": "comments"}, False, Label.COMMENTS),
    "id-comments": ("div", {"id": "comments"}, False, Label.COMMENTS),
    "class-commentbody": ("div", {"class": "commentbody"}, False, Label.COMMENTS),
    "class-related-posts": ("div", {"class": "related-posts"}, False, Label.RELATED),
    "class-among-others": ("div", {"class": "col-md-4 sidebar widget-area"}, False, Label.CHROME),
    "sidebar-widget": ("div", {"class": "sidebar-widget"}, False, Label.CHROME),
    "sidebar-block": ("div", {"class": "sidebar__content"}, False, Label.CHROME),
    "blog-archives-module": ("div", {"class": "module-archives module"}, False, Label.CHROME),
    "blog-categories-module": ("div", {"class": "module-categories module"}, False, Label.CHROME),
    "blog-link-list-module": ("div", {"class": "module-typelist module"}, False, Label.CHROME),
    "fact-box": ("div", {"class": "article__factbox"}, True, Label.CHROME),
    "info-box": ("aside", {"class": "info-box"}, True, Label.CHROME),
    "german-fact-box": ("div", {"class": "faktenbox"}, True, Label.CHROME),
    "wiki-hatnote": ("div", {"role": "note", "class": "hatnote"}, True, Label.MENU),
}


@pytest.mark.parametrize(
    ("tag", "attrs", "in_article", "label"),
    CONTAINER_POSITIVE.values(),
    ids=CONTAINER_POSITIVE.keys(),
)
def test_container_noise_positive(
    tag: str, attrs: dict[str, str], in_article: bool, label: Label
) -> None:
    verdict = container_noise(tag, attrs, in_article)
    assert verdict is not None
    assert verdict.label is label
    assert verdict.reason


def test_an_id_still_counts_beside_other_classes() -> None:
    verdict = container_noise("section", {"class": "site-section", "id": "comments"}, False)
    assert verdict is not None and verdict.label is Label.COMMENTS


def test_the_first_vocabulary_wins_whichever_name_holds_it() -> None:
    # cookie outranks navigation even when the navigation name comes first; among names of
    # one vocabulary the reason names the leftmost, class names before the id
    verdict = container_noise("div", {"class": "main-nav cookie-bar", "id": "consent"}, False)
    assert verdict is not None and verdict.label is Label.COOKIE
    assert verdict.reason.endswith("(cookie)")


def test_one_lookup_judges_a_name_by_every_vocabulary() -> None:
    # a name's entry holds the first furniture rule only (the one a verdict can come from)
    # beside the article, caption and disclosure marks; most names hold no token at all
    marks = _marks("cookie-nav-article-body")
    assert marks.class_noise == marks.id_noise == (0, "cookie") and marks.article
    assert not (marks.caption or marks.certain_caption or marks.disclosure)
    caption = _marks("wp-caption-text")
    assert caption.caption and caption.certain_caption and caption.class_noise is None
    assert _marks("faq-answer").disclosure
    assert _marks("entry") == ("entry", None, None, False, False, False, False)
    # as a class the taxonomy slug is cut off; as an id the whole name is read
    tagged = _marks("post-tag-comments")
    assert tagged.kept == "post" and tagged.class_noise is None
    assert tagged.id_noise is not None and tagged.id_noise[1] == "comments"
    # camel-cased words are read for the widget vocabularies only
    newsletter = _marks("NewsletterBox").class_noise
    assert newsletter is not None and newsletter[1] == "Newsletter"
    assert noise.CLASS_RULES[newsletter[0]][1] is Label.NEWSLETTER
    assert _marks("outerAd").class_noise is None
    # an embedded post's words count once the camel-cased name holds a widget word
    embedded = _marks("twitterTweetShare").class_noise
    assert embedded is not None and embedded[1] == "twitter-Tweet"
    assert noise.CLASS_RULES[embedded[0]][0] is tokens.EMBEDDED_POST_RE
    assert _marks("twitterTweet").class_noise is None


def test_tag_and_category_classes_are_ignored_but_not_the_same_words_in_the_id() -> None:
    assert container_noise("article", {"class": "post tag-cookies category-ads"}, True) is None
    verdict = container_noise("div", {"class": "post", "id": "tags-list"}, False)
    assert verdict is not None and verdict.label is Label.RELATED


def test_elementor_widget_is_judged_by_its_kind() -> None:
    nav = container_noise("div", {"class": "elementor-widget elementor-widget-nav-menu"}, False)
    share = container_noise("div", {"class": "elementor-widget-share-buttons"}, False)
    assert nav is not None and nav.label is Label.MENU
    assert share is not None and share.label is Label.SHARE


def test_hubspot_widget_is_judged_by_its_kind() -> None:
    menu = container_noise("div", {"class": "widget-span widget-type-menu"}, False)
    sidebar = container_noise("div", {"class": "hs_cos_wrapper_widget sidebar"}, False)
    widget = container_noise("div", {"class": "widget widget-text"}, False)
    assert menu is not None and menu.label is Label.MENU
    assert sidebar is not None and sidebar.label is Label.CHROME
    assert widget is not None and widget.label is Label.CHROME  # a plain widget is a sidebar's


@pytest.mark.parametrize("ident", ["hs_cos_wrapper_widget_1747742639138", "widget-4"])
def test_a_widget_instance_id_says_nothing(ident: str) -> None:
    assert container_noise("div", {"id": ident, "class": "hs_cos_wrapper"}, False) is None


@pytest.mark.parametrize("name", ["no-sidebar", "has-no-comments", "hide-read-more-ad", "no-ads"])
def test_a_name_negating_a_widget_says_what_the_element_lacks(name: str) -> None:
    assert container_noise("div", {"class": name}, False) is None
    assert container_noise("div", {"id": name}, False) is None


@pytest.mark.parametrize(
    "name", ["sidebar", "comments", "hide-for-print", "no-print", "nominee-ads"]
)
def test_a_widget_name_or_a_visibility_utility_is_judged(name: str) -> None:
    assert container_noise("div", {"class": name}, False) is not None


@pytest.mark.parametrize("ident", ["widget", "sidebar-widget-3", "widget_text"])
def test_a_widget_id_naming_no_instance_is_judged(ident: str) -> None:
    verdict = container_noise("div", {"id": ident}, False)
    assert verdict is not None and verdict.label is Label.CHROME


def test_class_names_match_in_any_case_and_the_reason_quotes_them_as_written() -> None:
    upper = container_noise("div", {"class": "Main-NAV"}, False)
    folded = container_noise("div", {"class": "ſhare-bar"}, False)  # long s folds to "s"
    assert upper is not None and upper.label is Label.MENU and upper.reason.endswith("(NAV)")
    assert folded is not None and folded.label is Label.SHARE


CONTAINER_NEGATIVE = {
    "footer-in-article": ("footer", {}, True),
    "header-in-article": ("header", {}, True),
    "aside-in-article": ("aside", {}, True),
    "class-header-in-article": ("div", {"class": "header"}, True),
    "plain-div": ("div", {}, False),
    "class-user-content": ("div", {"class": "user-content"}, True),
    "canvas": ("div", {"class": "canvas"}, False),
    "navy-theme": ("div", {"class": "navy-theme"}, False),
    "article-header": ("div", {"class": "article-header"}, False),
    "entry-content": ("div", {"class": "entry-content"}, False),
    "hidden-xs": ("div", {"class": "hidden-xs"}, False),
    "adventure": ("div", {"class": "adventure"}, False),
    "football": ("div", {"class": "football-scores"}, False),
    "download": ("a", {"class": "download"}, False),
    "shadow": ("div", {"class": "shadow"}, False),
    "badge": ("span", {"class": "badge"}, False),
    "role-main": ("div", {"role": "main"}, False),
    "body-feature-flags": ("body", {"class": "single has-sidebar f_comments_on"}, False),
    "url-id": ("text", {"id": "http://example.com/2013/read-comments-on-mobile-web"}, False),
    "elementor-text": ("div", {"class": "elementor-widget elementor-widget-text-editor"}, False),
    "elementor-wrapper": ("div", {"class": "elementor-widget-container"}, False),
    "hubspot-cell": ("div", {"class": "span12 widget-span widget-type-custom_widget"}, False),
    "hubspot-text": ("span", {"class": "hs_cos_wrapper hs_cos_wrapper_widget"}, False),
    "sphinx-section-slug": ("div", {"class": "section", "id": "sharing-changes"}, False),
    "aem-component": ("div", {"class": "cmp-container", "id": "container-37399"}, False),
    "aem-text": ("div", {"class": "cmp-text"}, False),
    "sidebar-layout-grid": ("div", {"class": "sidebar-grid__content"}, True),
    "sidebar-layout": ("div", {"class": "l-sidebar-layout"}, False),
    "information-not-a-box": ("div", {"class": "article-info"}, True),
    "inbox": ("div", {"class": "inbox-message"}, True),
    "toc-target-section": ("div", {"class": "content_body", "id": "TOC_TITLE_3"}, False),
    "toc-backref-heading-link": ("a", {"class": "toc-backref", "href": "#id3"}, True),
    "forum-post-body": ("div", {"class": "ipsComment_content"}, False),
}


@pytest.mark.parametrize(
    ("tag", "attrs", "in_article"), CONTAINER_NEGATIVE.values(), ids=CONTAINER_NEGATIVE.keys()
)
def test_container_noise_negative(tag: str, attrs: dict[str, str], in_article: bool) -> None:
    assert container_noise(tag, attrs, in_article) is None


def test_wordpress_taxonomy_classes_on_the_article_are_not_noise() -> None:
    attrs = {"class": "post-42 post type-post status-publish hentry category-privacy tag-cookies"}
    assert container_noise("article", attrs, True) is None


def test_a_taxonomy_slug_inside_a_class_name_is_not_judged_but_the_rest_is() -> None:
    post = {"class": "entry entry-category-book_reviews post_tag-comments"}
    assert container_noise("div", post, False) is None
    sidebar = container_noise("div", {"class": "sidebar-category-list"}, False)
    assert sidebar is not None and sidebar.label is Label.CHROME


def test_an_hatom_entry_author_class_names_the_writer_not_a_byline_box() -> None:
    post = {"class": "entry-category-crafts entry-author-jane_doe entry-type-post entry"}
    assert container_noise("div", post, False) is None
    byline = container_noise("div", {"class": "post-author-jane_doe"}, False)
    assert byline is not None and byline.label is Label.BYLINE


def test_an_article_named_after_its_writer_is_not_a_byline_box() -> None:
    """Drupal and Squarespace put `author-<slug>` on the article itself: the whole post
    labelled a byline was its body lost. A byline or author box keeps its verdict, on an
    <article> too."""
    for tag, classes in (
        ("article", "node node-report node-published author-sarayut odd clearfix"),
        ("article", "entry hentry category-news author-jennifer-charles post-type-text"),
    ):
        judged = noise.judge(tag, {"class": classes}, False)
        assert judged is not None and judged.article and judged.verdict is None
    for tag, classes in (
        ("div", "author-sarayut"),  # not declared an article: the name is the byline's
        ("article", "author-box"),
        ("article", "author-name-wrap"),
        ("article", "author-avatar"),
        ("div", "article-body__author"),
        ("article", "teaser has-byline"),
    ):
        judged = noise.judge(tag, {"class": classes}, False)
        assert judged is not None and judged.verdict is not None  # a byline or an author box


def test_an_embedded_social_post_is_social_furniture_but_a_quote_is_not() -> None:
    tweet = container_noise("blockquote", {"class": "twitter-tweet"}, True)
    assert tweet is not None and tweet.label is Label.SHARE
    assert container_noise("blockquote", {"class": "pull-quote"}, True) is None


def test_fact_boxes_and_embedded_posts_are_set_apart_but_a_sidebar_is_not() -> None:
    for attributes in ({"class": "metro-factbox"}, {"class": "twitter-tweet"}):
        verdict = container_noise("div", attributes, True)
        assert verdict is not None and verdict.set_apart
    sidebar = container_noise("div", {"class": "sidebar"}, True)
    assert sidebar is not None and not sidebar.set_apart


def test_forum_signatures_are_named_by_class_or_by_data_role() -> None:
    for classes in ("signature", "message-signature", "postsignature postmsg"):
        verdict = container_noise("div", {"class": classes}, True)
        assert verdict is not None and verdict.signature and verdict.label is Label.CHROME
    ips = noise.judge("div", {"data-role": "memberSignature", "class": "ipsBorder_top"}, True)
    assert ips is not None and ips.verdict is not None and ips.verdict.signature
    sidebar = container_noise("div", {"class": "sidebar"}, True)
    assert sidebar is not None and not sidebar.signature
    assert noise.judge("div", {"data-role": "commentContent"}, True) is None


def test_a_verdict_is_set_apart_by_its_rule_not_by_its_reason(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # the reason is for humans: rewording a set-apart rule's reason keeps its verdicts set
    # apart, and the same reason from a rule not set apart is not
    reworded = tuple(
        (pattern, label, f"box ({reason})") for pattern, label, reason in noise.CLASS_RULES
    )
    monkeypatch.setattr(noise, "CLASS_RULES", reworded)
    fact_box = noise._names_noise([_marks("metro-factbox")], "", [])
    assert fact_box is not None and fact_box.set_apart and fact_box.reason.startswith("box (")
    monkeypatch.setattr(noise, "SET_APART_RULES", frozenset())
    plain = noise._names_noise([_marks("metro-factbox")], "", [])
    assert plain is not None and plain.reason == fact_box.reason and not plain.set_apart


def test_an_infobox_table_is_reference_data_but_an_infobox_div_is_a_fact_box() -> None:
    # a wiki's <table class="infobox"> holds the article's key facts; a news fact box is a
    # <div>; a table's other names are still read
    assert container_noise("table", {"class": "infobox vcard"}, True) is None
    fact_box = container_noise("div", {"class": "infobox"}, True)
    assert fact_box is not None and fact_box.set_apart
    sidebar = container_noise("table", {"class": "infobox sidebar"}, True)
    assert sidebar is not None and sidebar.label is Label.CHROME and not sidebar.set_apart


def test_overlays_are_chrome_but_not_words_that_merely_start_alike() -> None:
    for name in ("modal-content", "wt-popover"):
        verdict = container_noise("div", {"class": name}, False)
        assert verdict is not None and verdict.label is Label.CHROME
    assert container_noise("div", {"class": "modality-list"}, False) is None


def test_most_read_boxes_are_related_content_but_not_words_that_merely_start_alike() -> None:
    for name in ("most-read-container", "mostread", "most-viewed"):
        verdict = container_noise("div", {"class": name}, True)
        assert verdict is not None and verdict.label is Label.RELATED
    assert container_noise("div", {"class": "most-readable"}, True) is None


def test_a_chart_drawn_by_ai2html_is_chrome() -> None:
    verdict = container_noise("div", {"class": "ai2html g-artboard"}, True)
    assert verdict is not None and verdict.label is Label.CHROME
    assert container_noise("div", {"class": "g-artboard"}, True) is None


def test_jetpack_related_posts_are_related_content() -> None:
    verdict = container_noise("div", {"class": "jp-relatedposts-items"}, True)
    assert verdict is not None and verdict.label is Label.RELATED
    assert container_noise("div", {"class": "jp-posts-items"}, True) is None


def test_a_list_of_similar_stories_is_related_content() -> None:
    for name in ("timeline similar col-3", "similar-posts", "similar_articles"):
        verdict = container_noise("ul", {"class": name}, True)
        assert verdict is not None and verdict.label is Label.RELATED
    assert container_noise("div", {"class": "dissimilar"}, True) is None


# --- is_hidden -------------------------------------------------------------------------------

HIDDEN = {
    "hidden-attribute": ("div", {"hidden": ""}, True),
    "streamed-segment-is-shown": ("div", {"hidden": "", "id": "S:2"}, False),
    "hidden-with-another-id": ("div", {"hidden": "", "id": "S:menu"}, True),
    "aria-hidden": ("span", {"aria-hidden": "true"}, True),
    "display-none": ("p", {"style": "display:none"}, True),
    "display-none-spaced": ("div", {"style": "color: red; DISPLAY : NONE !important"}, True),
    "visibility-hidden": ("div", {"style": "visibility: hidden"}, True),
    "sr-only": ("span", {"class": "sr-only"}, True),
    "off-screen": ("span", {"class": "off-screen"}, True),
    "prefixed-offscreen": ("span", {"class": "h-offscreen"}, True),
    "offscreen-canvas-is-visible": ("div", {"class": "offscreen-canvas"}, False),
    "prefixed-screen-reader-text": ("span", {"class": "sharing-screen-reader-text"}, True),
    "foundation-show-for-sr": ("span", {"class": "show-for-sr"}, True),
    "drupal-label-visually-hidden": ("div", {"class": "field--label-visually_hidden"}, True),
    "sr-only-focusable-skip-link": ("a", {"class": "sr-only-focusable"}, False),
    "suffix-among-names": ("span", {"class": "menu\tshow-for-sr\nitem"}, True),
    "suffix-inside-a-later-name": ("span", {"class": "menu show-for-sr-xl"}, False),
    "amazon-price-offscreen": ("span", {"class": "a-offscreen"}, False),
    "visually-hidden-among-others": ("h2", {"class": "label visually-hidden"}, True),
    "upper-case-class": ("div", {"class": "btn Hidden"}, True),
    "aria-hidden-false": ("div", {"aria-hidden": "false"}, False),
    "display-block": ("div", {"style": "display:block"}, False),
    "hidden-xs": ("div", {"class": "hidden-xs"}, False),
    "no-attributes": ("div", {}, False),
    "heading-permalink": ("a", {"class": "headerlink"}, True),
    "permalink-class-not-on-a-link": ("div", {"class": "permalink"}, False),
    "body-never-hidden": ("body", {"class": "hidden"}, False),
}


@pytest.mark.parametrize(("tag", "attrs", "hidden"), HIDDEN.values(), ids=HIDDEN.keys())
def test_is_hidden(tag: str, attrs: dict[str, str], hidden: bool) -> None:
    assert is_hidden(tag, attrs) is hidden


# --- is_article ------------------------------------------------------------------------------

ARTICLE = {
    "article-tag": ("article", {}, True),
    "main-tag": ("main", {}, True),
    "role-main": ("div", {"role": "main"}, True),
    "itemprop-articlebody": ("div", {"itemprop": "articleBody"}, True),
    "class-entry-content": ("div", {"class": "entry-content"}, True),
    "id-article-body": ("section", {"id": "article-body"}, True),
    "plain-div": ("div", {}, False),
    "class-article-header": ("div", {"class": "article-header"}, False),
    "class-content": ("div", {"class": "content"}, False),
}


@pytest.mark.parametrize(("tag", "attrs", "expected"), ARTICLE.values(), ids=ARTICLE.keys())
def test_is_article(tag: str, attrs: dict[str, str], expected: bool) -> None:
    assert is_article(tag, attrs) is expected


def test_camel_cased_widget_names_are_read_word_by_word() -> None:
    box = container_noise("section", {"class": "NewsletterBox_root__x1Y2z"}, True)
    signup = container_noise("div", {"class": "c-inlineSignup__content"}, True)
    share = container_noise("div", {"class": "ShareContainer"}, True)
    assert box is not None and box.label is Label.NEWSLETTER
    assert signup is not None and signup.label is Label.NEWSLETTER
    assert share is not None and share.label is Label.SHARE


def test_camel_cased_wrapper_words_are_not_split() -> None:
    # ASP.NET panels and blog templates: an ad or tag word in camel case names a wrapper too
    assert container_noise("div", {"id": "_ctl0_pnlAd"}, False) is None
    assert container_noise("div", {"class": "entryTags"}, False) is None
    assert container_noise("div", {"class": "pnlTeaser"}, False) is None


# --- gates -----------------------------------------------------------------------------------


@pytest.mark.parametrize("filler", ["", "x" * GATE_SUBSTRING_CHARS], ids=["short", "long"])
def test_a_gate_finds_a_stem_anywhere_in_a_short_or_long_text(filler: str) -> None:
    gate = _Gate(("sign up", "tip"))
    assert gate.search(f"{filler}please sign up") and gate.search(f"tips{filler}")
    assert not gate.search(f"{filler}sign-up, ti p") and not gate.search(filler)


def test_one_search_holds_the_stems_of_every_gate_of_a_short_text() -> None:
    # a short text it finds nothing in skips every gate: each gate must be listed, its stems in it
    gates = [
        value
        for value in vars(noise).values()
        if isinstance(value, _Gate) and value is not noise._NEWSLETTER_PHRASE_GATE
    ]
    assert len(gates) == len(_TEXT_GATES) and all(gate in _TEXT_GATES for gate in gates)
    assert all(_GATE_STEMS.search(f"x {stem} x") for gate in gates for stem in gate.stems)
    assert _GATE_STEMS.search("the mayor spoke") is None


NEWSLETTER_PROMPTS = (
    "Sign-up to the Daily Blog Tips news letter",
    "Sign up for Flak's weekly e-mail updates:",
    "Subscribe to the podcast",
    "Receive our best stories in your inbox",
    "get the latest headlines by email",
    "Already a subscriber?",
    "Create a free account",
    "Create an account",
    "Login to continue",
    "Melden Sie sich für unseren Newsletter an",
    "Inscrivez-vous à notre newsletter",
    "Suscríbete a nuestro boletín",
    "Iscriviti alla newsletter",
    "Signing up to our weekly newsletters",
    "Newsletters may contain ads",
    "Newsletter abonnieren",
    "Zum Newsletter anmelden",
    "You must be logged in to comment",
    "Sie müssen sich einloggen",
    "Abonniere unseren Kanal",
    "Sign up to This is Europe",
    "Jetzt abonnieren",
    "Jetzt weiterlesen mit BZ+",
    "Subscribe now to keep reading",
    "To read the rest of this story, purchase the issue",
    "Keep reading with a digital subscription",
    "Abonnez-vous pour lire",
    "Suscríbete para seguir leyendo",
    "Push-Benachrichtigungen aktivieren",
    "News in unserer App",
    "Mehr mit der Beispiel App",
    "Kostenlos herunterladen",
    "Click here to get the Example News app",
    "Download the Example apps for iOS and Android.",
    "¿Ya sabías que tenemos canal de Telegram?",
    "有料会員になると記事をお読みいただけます",
    "【キャンペーン】有料記事読み放題！",
    "요약은 회원용 콘텐츠입니다.",
    "Descarga nuestra app",
    "Téléchargez notre application",
    "Download onze app",
    "Pobierz naszą aplikację",
    "Baixe nosso app",
    "Scarica la nostra app",
    "NTV uygulamasını indirin, gelişmelerden haberdar olun",
    "Abonelik için lütfen iletişime geçiniz.",
    "有料会員の方のみご利用になれます。",
    "この記事は会員限定です。電子版に登録すると続きをお読みいただけます。",
)


@pytest.mark.parametrize("phrase", phrases.NEWSLETTER_PHRASES)
def test_every_newsletter_phrase_holds_a_literal_of_the_second_gate(phrase: str) -> None:
    # one prompt per phrase: the gate after the stems must let each through
    found = [text for text in NEWSLETTER_PROMPTS if regex.search(phrase, text, regex.IGNORECASE)]
    assert found and all(noise._NEWSLETTER_PHRASE_GATE.search(text.lower()) for text in found)


def test_the_second_newsletter_gate_keeps_out_a_stem_inside_a_word() -> None:
    assert noise._NEWSLETTER_GATE.search("read the blog")
    assert not noise._NEWSLETTER_PHRASE_GATE.search("read the blog")
    assert judge_text("Already a \u017fubscriber? Log in", LIMITS) is not None  # long s
    assert noise._NEWSLETTER_PHRASE_GATE.search("\u0130n".lower())


def test_token_alternatives_are_grouped_by_first_letter_in_their_order() -> None:
    assert _by_first_letter(["ads?", "nav", "advert"]) == "a(?:ds?|dvert)|n(?:av)"
    # the first token of a letter that matches is still the one found
    assert token_pattern(("ads?", "ad-?slot")).find("top-ad-slot") == "-ad-"
    assert token_pattern(("ad-?slot", "ads?")).find("top-ad-slot") == "-ad-slot"
    assert token_pattern(("nav", "ads?")).find("Main-Nav") == "-Nav"
    with pytest.raises(ValueError, match="letter or digit"):
        token_pattern(("a?d",))


@pytest.mark.parametrize(
    ("name", "found"),
    [
        ("nav", "nav"),  # the whole name: the space put before it is not quoted
        ("nav-top", "nav-"),
        ("site-nav-top", "-nav-"),  # in the middle of a hyphenated name
        ("site_nav", "_nav"),
        ("-nav", "-nav"),  # a name that opens with a separator keeps it
        ("Main-NAV", "-NAV"),
        ("ſite-nav", "-nav"),  # a non-ASCII name, searched in any case
        ("canvas", None),
        ("navy", None),
        ("nav2", None),
    ],
)
def test_a_token_is_found_at_any_word_start_of_a_name(name: str, found: str | None) -> None:
    assert token_pattern(("nav",)).find(name) == found


def test_a_token_may_not_look_behind_the_separator_put_before_the_name() -> None:
    with pytest.raises(ValueError, match="look behind"):
        token_pattern(("(?<=x)nav",))


@given(st.text(alphabet="nav-_ xI", max_size=12))
def test_a_token_search_finds_what_a_search_from_each_word_start_finds(name: str) -> None:
    # the pattern before the names were searched after a space: a word start or a separator
    before = re.compile(r"(?:^|[\s_-])(?:nav|a-?x)(?:$|[\s_-])")
    match = before.search(name.lower())
    expected = name[match.start() : match.end()] if match else None
    assert token_pattern(("nav", "a-?x")).find(name) == expected


_VOCABULARIES = (
    token_pattern(("nav", "a-?x")),
    None,
    token_pattern(("ax", "nav-?a", "s")),
    token_pattern(("x", "s-?nav", "toc(?![_-]\\d)")),
)


@given(st.text(alphabet="nav-_ xIsſto1", max_size=14))
@example("nav-ax-s")
@example("s-nav-a")
@example("toc-1-x-toc")
def test_the_first_vocabulary_is_what_searching_them_one_by_one_finds(name: str) -> None:
    # the first vocabulary holding a token anywhere, with its leftmost token, as each
    # vocabulary's own pattern finds it
    one_by_one = next(
        (
            (number, found)
            for number, vocabulary in enumerate(_VOCABULARIES)
            if vocabulary and (found := vocabulary.find(name)) is not None
        ),
        None,
    )
    assert FirstVocabulary(_VOCABULARIES).first(name) == one_by_one


def test_a_vocabulary_token_may_not_capture() -> None:
    with pytest.raises(ValueError, match="capture"):
        FirstVocabulary((token_pattern(("na(v)",)),))


@given(st.text(alphabet="tagcoryeni-_ TAGſ", max_size=16))
@example("entry-author-jane")
@example("post-TAG-x")
@example("entry_author-x")
def test_the_taxonomy_slug_test_cuts_what_the_slug_pattern_cuts(name: str) -> None:
    assert noise._without_slug(name) == tokens.TAXONOMY_SLUG_RE.sub("", name)


def test_the_case_folding_pattern_is_compiled_on_the_first_non_ascii_name() -> None:
    pattern = token_pattern(("share",))
    assert pattern.find("Share-Bar") == "Share-"
    assert pattern._any_case is None  # ASCII names never need it
    assert pattern.find("ſhare-bar") == "ſhare-"
    assert pattern._any_case is not None


@given(st.text(alphabet="abst ipu-", max_size=2 * GATE_SUBSTRING_CHARS))
def test_a_gate_answers_as_its_regex_alternation(text: str) -> None:
    stems = ("sign up", "tip", "stub", "a")
    assert _Gate(stems).search(text) is (re.search("sign up|tip|stub|a", text) is not None)


def test_a_stem_trie_nests_stems_by_their_prefixes() -> None:
    assert stem_trie(("also ", "account", "log", "a|b")) == r"a(?:lso\ |ccount|\|b)|log"
    # a stem that extends another adds nothing to a search for any stem
    assert stem_trie(("subscri", "subscribe", "suscr")) == "su(?:bscri|scr)"
    assert stem_trie(("tip", "")) == ""
    with pytest.raises(ValueError, match="no stems"):
        stem_trie(())


@given(st.text(alphabet="abs |()ip", max_size=40))
def test_a_stem_trie_finds_what_the_plain_alternation_finds(text: str) -> None:
    stems = ("a|b", "ab", "abs", "s (", "sip", "i", "(i)")
    plain = re.compile("|".join(map(re.escape, stems)))
    assert (re.search(stem_trie(stems), text) is None) is (plain.search(text) is None)


def test_fewest_stems_drops_the_stems_that_hold_another() -> None:
    assert fewest_stems(("icon", "glyph", "sprite", "ico")) == ("glyph", "sprite", "ico")
    assert fewest_stems(("glyph", "sprite")) == ("glyph", "sprite")


def test_a_text_under_the_stem_search_length_is_judged_after_one_search() -> None:
    prompt = "Sign up for our weekly newsletter and get the best stories of the week"
    assert GATE_SUBSTRING_CHARS <= len(prompt) < STEM_SEARCH_MAX_CHARS
    assert _label(prompt) is Label.NEWSLETTER
    prose = "The mayor spoke to the council at length about the new bridge today"
    assert _GATE_STEMS.search(prose.lower()) is None and _label(prose) is None


def test_text_verdicts_are_remembered_for_the_same_limits_only() -> None:
    text = "Posted on March 3, 2021"
    assert _label(text) is Label.DATELINE
    assert _VERDICTS[text] == (LIMITS, judge_text(text, LIMITS))
    # other limits judge the text anew (and replace the entry)
    assert text_noise(text, Thresholds(max_dateline_chars=10)) is None
    assert _label(text) is Label.DATELINE
    long_text = "x " * TEXT_VERDICTS_MAX_CHARS
    assert text_noise(long_text, LIMITS) is judge_text(long_text, LIMITS) is None
    assert long_text not in _VERDICTS


def test_the_text_verdicts_hold_at_most_their_size() -> None:
    for number in range(TEXT_VERDICTS_SIZE + 10):
        text_noise(f"block {number}", LIMITS)
    assert 0 < len(_VERDICTS) <= TEXT_VERDICTS_SIZE
    assert text_noise("Advertisement", LIMITS) == judge_text("Advertisement", LIMITS)


# --- the one-pass shape judgement -------------------------------------------------------------

_SHAPE_NAMES = (
    "entry-content",
    "article-body",
    "section",
    "post",
    "sr-only",
    "show-for-sr",
    "headerlink",
    "wp-caption-text",
    "caption",
    "faq-answer",
    "cookie-bar",
    "main-nav",
    "NewsletterBox",
    "post-tag-comments",
    "tag-share",
    "elementor-widget",
    "elementor-widget-nav-menu",
    "widget-span",
    "related-posts",
    "byline",
    "md:flex",
    "Hidden",
)


@given(
    tag=st.sampled_from(("div", "a", "nav", "header", "aside", "article", "main", "body", "p")),
    classes=st.lists(st.sampled_from(_SHAPE_NAMES), max_size=4).map(" ".join),
    ident=st.sampled_from(("", "comments", "sharing", "article-body", "http://x/comments", "a b")),
    role=st.sampled_from(("", "main", "navigation", "tablist", "button")),
    itemprop=st.sampled_from(("", "articleBody", "name")),
    in_article=st.booleans(),
)
@example(tag="body", classes="", ident="", role="navigation", itemprop="", in_article=False)
@settings(max_examples=500)
def test_shape_judgement_agrees_with_the_single_predicates(
    tag: str, classes: str, ident: str, role: str, itemprop: str, in_article: bool
) -> None:
    """`judge_shown` answers in one pass what `is_hidden`, `is_article` and `container_noise`
    answer one by one."""
    attributes = {"class": classes, "id": ident, "role": role, "itemprop": itemprop}
    judged = noise.judge_shown(tag, attributes, in_article)
    if tag in PAGE_TAGS:  # the page itself is never judged, shown or not (`judge`)
        assert judged is None
        return
    if is_hidden(tag, attributes):
        assert judged is noise.HIDDEN
        return
    article = is_article(tag, attributes)
    verdict = container_noise(tag, attributes, in_article or article)
    if not (article or verdict or classes):
        assert judged is None
        return
    assert judged is not None
    assert (judged.hidden, judged.article, judged.verdict) == (False, article, verdict)
    assert judged.name == (classes.split() or [""])[0]


LEGAL_PIECES = [
    "All rights reserved",
    "© 2021",
    "(c) 1999",
    "Copyright ",
    "views expressed here are my own",
    "This blog does not necessarily reflect the views",
    "Please enable JavaScript to",
    " reserved",
    "rights ",
    "the ",
]


@given(st.lists(st.sampled_from(LEGAL_PIECES), max_size=5))
def test_the_legal_phrases_asked_in_turn_answer_as_their_alternation(pieces: list[str]) -> None:
    text = "".join(pieces)
    alternation = regex.compile("|".join(phrases.LEGAL_PHRASES), regex.IGNORECASE)
    found = any(pattern.search(text) for pattern in phrases.LEGAL_RES)
    assert found is (alternation.search(text) is not None)


def test_a_site_notice_is_found_by_any_one_of_its_phrases() -> None:
    assert len(phrases.LEGAL_RES) == len(phrases.LEGAL_PHRASES)
    assert _label("Copyright 2021 Example Media. All rights reserved.") is Label.CHROME
    assert _label("The views of the council were reserved for later.") is None


def test_an_id_is_judged_by_what_it_says_not_by_its_numbers() -> None:
    # ids are unique on a page: one that holds no token is judged as no id, and ids that
    # differ in their numbers only are one shape (one judgement for a thread of comments)
    assert noise._shape_id("post-4711") == noise._shape_id("") == ""
    assert noise._shape_id("comment_status_40749799") == "comment_status_0"
    assert noise._shape_id("comment_status_1") == "comment_status_0"
    assert noise._shape_id("NewsletterBox") == "NewsletterBox"  # a camel-cased token
    assert noise._shape_id("toc-2") == ""  # a numbered section, not the table of contents
    assert noise._shape_id("sidebar-toc-2") == "sidebar-toc-0"  # a sidebar, still numbered
    assert noise._shape_id("ai2html-graphic-3") == "ai2html-graphic-0"  # a digit inside a name
    verdict = container_noise("div", {"id": "ai2html-graphic-3"}, True)
    assert verdict is not None and verdict.label is Label.CHROME
    for ident in ("post-4711", "comment-12", "sidebar-toc-2", "NewsletterBox", "x mainNav"):
        attributes = {"class": "entry", "id": ident}
        shown = noise.judge_shown("div", attributes, False)
        verdict = container_noise("div", attributes, False)
        assert (shown.verdict if shown else None) == verdict


def test_a_panel_shown_is_judged_without_its_hiding_attributes() -> None:
    hiding = {"hidden": "", "aria-hidden": "true", "style": "display:none"}
    attributes = {"class": "sidebar", "id": "faq-1", **hiding}
    assert noise.judge("div", attributes, False) is noise.HIDDEN
    shown = noise.judge_shown("div", attributes, False)
    assert shown is not None and not shown.hidden and shown.verdict is not None
    assert shown == noise.judge("div", {"class": "sidebar", "id": "faq-1"}, False)


@pytest.mark.parametrize("padding", [0, noise.STYLE_CACHE_MAX_CHARS])
def test_a_hiding_style_is_found_whether_remembered_or_not(padding: int) -> None:
    # styles up to STYLE_CACHE_MAX_CHARS are remembered, longer ones searched each time
    lead = "color: red; " * (padding // 12 + 1)
    for _ in range(2):  # the second time from the cache, for a short style
        assert is_hidden("div", {"style": lead + "display : none"})
        assert is_hidden("div", {"style": lead + "VISIBILITY:hidden"})
        assert not is_hidden("div", {"style": lead + "display: block"})


@given(
    st.lists(
        st.sampled_from(["comments", "Share", "ſhare", "nav", "x", "-", "_", " ", "4711", "ı"]),
        max_size=5,
    ).map("".join)
)
def test_a_pattern_holds_a_name_where_it_finds_a_token(name: str) -> None:
    assert tokens.ANY_TOKEN_RE.holds(name) is (tokens.ANY_TOKEN_RE.find(name) is not None)


CJK_META_PIECES = ["2017-03-10 ", "09:58", "：", ":", "18:45配信", "网易科学人", " ", "3/9(木) "]


@given(st.lists(st.sampled_from([*CJK_META_PIECES, *phrases.CJK_META_LABELS]), max_size=6))
def test_a_cjk_meta_line_holds_one_of_its_marks(pieces: list[str]) -> None:
    # the cheap test before the pattern never turns away a line the pattern finds
    text = "".join(pieces)
    if phrases.CJK_META_LINE_RE.search(text):
        assert not phrases.CJK_META_LINE_MARKS.isdisjoint(text)


@pytest.mark.parametrize(
    ("text", "chrome"),
    [
        ("Share Tweet Email", True),
        ("Advertisement", True),
        ("Your video will play in 00:25", True),
        ("Sign up for our newsletter", True),
        ("We use cookies to improve your experience. Accept all cookies", True),
        ("Tweet", False),
        ("Comments: 7", False),
        ("By Jane Doe", False),
        ("March 3, 2021", False),
        ("Home > News > World", False),
    ],
    ids=lambda value: str(value)[:20],
)
def test_site_chrome_verdicts_are_page_chrome(text: str, chrome: bool) -> None:
    # the site's furniture, not the article's own (a byline, a dateline, a breadcrumb) nor a
    # lone share word, which may be the article's link or a section's title
    verdict = judge_text(text, Thresholds())
    assert verdict is not None and verdict.page_chrome is chrome


def test_contents_heading_and_handle_prompt_are_no_chrome_neighbours() -> None:
    """A table of contents heads a list that may be the page's own text (a bill's sections),
    and a handle prompt sits in a story's inline box: neither pulls its neighbours out."""
    for text in ("Table of Contents", "Follow @examplenews for breaking news."):
        verdict = text_noise(text, LIMITS)
        assert verdict is not None and not verdict.page_chrome
    on_platform = text_noise("Follow Metro on Twitter for the latest news.", LIMITS)
    assert on_platform is not None and on_platform.page_chrome


def _guards_of_judge_text() -> tuple[set[str], list[str]]:
    """The literals `judge_text` looks for in its text, and the names of the openings it tests."""
    import ast
    import inspect
    import textwrap

    tree = ast.parse(textwrap.dedent(inspect.getsource(noise.judge_text)))
    literals, openings = set(), []
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Compare)
            and isinstance(node.ops[0], ast.In)
            and isinstance(node.left, ast.Constant)
            and isinstance(node.comparators[0], ast.Name)
            and node.comparators[0].id in ("text", "lowered")
        ):
            literals.add(node.left.value)
        if isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "startswith":
            openings.append(ast.unparse(node.args[0]))
    return literals, openings


def test_the_quiet_screen_holds_every_literal_and_opening_a_detector_looks_for() -> None:
    literals, openings = _guards_of_judge_text()
    assert literals and openings
    # `min` is only asked with a colon: a running time (`3:18 min`)
    assert all(noise._TRIGGERS.search(literal) for literal in literals - {"min"})
    for opening in openings:
        values = eval(opening, vars(noise))  # the module's own constant names
        assert all(value in noise._OPENINGS for value in values), opening


@pytest.mark.parametrize(
    "text",
    [
        "0:42",
        "Slide 1 of 8",
        "79 Likes",
        "By Jane Doe",
        "Loading...",
        "Cookie settings",
        "© 2024",
        "Read more",
        "March 3, 2021",
        "Filed under: news",
        "a-glyph-b",
    ],
)
def test_a_short_text_a_detector_may_judge_is_not_quiet(text: str) -> None:
    assert len(text) < noise.QUIET_MAX_CHARS and not noise._quiet(text, text.lower())


def test_a_quiet_short_text_is_still_read_as_a_known_label() -> None:
    assert noise._quiet("Share Tweet", "share tweet")
    assert text_noise("Share Tweet", Thresholds()) == noise.SHARE_BAR
    assert noise._quiet("Advertisement", "advertisement")
    assert text_noise("Advertisement", Thresholds()) is not None
    assert noise._quiet("The mayor", "the mayor") and text_noise("The mayor", Thresholds()) is None


def test_the_opening_screen_lets_every_opening_through() -> None:
    """`_OPENING_PAIRS` only screens the `startswith` tests: a text that opens with any opening
    (or is one) still reaches them."""
    for opening in noise._OPENINGS:
        assert not noise._quiet(opening, opening), opening
        assert not noise._quiet(f"{opening}x y", f"{opening}x y"), opening


class _AskedAttributes(dict[str, str]):
    """Attributes that note every name the judge asks for, and refuse to be listed."""

    def __init__(self, values: dict[str, str]) -> None:
        super().__init__(values)
        self.asked: set[str] = set()

    def get(self, key: str, default: str | None = None) -> str | None:  # type: ignore[override]
        self.asked.add(key)
        return super().get(key, default)

    def __contains__(self, key: object) -> bool:
        self.asked.add(str(key))
        return super().__contains__(key)

    def __getitem__(self, key: str) -> str:
        self.asked.add(key)
        return super().__getitem__(key)

    def __iter__(self):  # type: ignore[no-untyped-def]
        raise AssertionError("the judge listed the attributes")

    def items(self):  # type: ignore[no-untyped-def]
        raise AssertionError("the judge listed the attributes")


@pytest.mark.parametrize(
    "attributes",
    [
        {"href": "/a"},
        {"class": "sidebar", "id": "comments-2", "role": "navigation", "itemprop": "articleBody"},
        {"hidden": "", "id": "S:2", "class": "faq-answer"},
        {"aria-hidden": "true", "class": "accordion-panel"},
        {"style": "display:none", "data-role": "signature"},
        {"data-role": "signature", "title": "x"},
    ],
)
@pytest.mark.parametrize("tag", ["div", "a", "nav", "article", "aside", "form"])
def test_the_judge_reads_only_the_judged_attributes(tag: str, attributes: dict[str, str]) -> None:
    # the walk judges an element with none of them but a class once per tag and class string
    # (`blocks._Walker.shapes`)
    asked = _AskedAttributes(attributes)
    assert noise.judge(tag, asked, False) == noise.judge(tag, dict(attributes), False)
    assert asked.asked <= noise.JUDGED_BESIDES_CLASS | {"class"}


@pytest.mark.parametrize("classes", ["", "sidebar", "sr-only", "entry-content", "menu-item"])
@pytest.mark.parametrize("in_article", [False, True])
def test_an_element_with_a_class_at_most_is_judged_by_its_tag_and_class_string(
    classes: str, in_article: bool
) -> None:
    for tag in sorted(BLOCK_TAGS | {"a", "span", "font", "td", "form", "main", "nav"}):
        judged = noise.judge(tag, {"class": classes, "href": "/a", "width": "1"}, in_article)
        assert judged == noise.judge(tag, {"class": classes, "title": "x"}, in_article)
        if not classes:  # no class: the same as a class string of none
            assert judged == noise.judge(tag, {"href": "/a"}, in_article)


@pytest.mark.parametrize(
    "text",
    [
        "Photo: Reuters",
        "AFP/Getty Images",
        "Nasa / Reuters",
        "(Foto: dpa)",
        "Bild: Keystone",
        "Picture: PA",
        "Reuters",
        "Getty Images",
        "Associated Press",
        "Saul Loeb / AFP - Getty Images",
        "Photo Credit: Shutterstock.com",
        "Quelle: AFP",
        "imago images/Pemax",
        "Getty Images / Patrick J. Endres",
        "Credit: Getty Images / fizkes",
        "Photo: Seth Wenig, AP",
        "Foto: Matthias Kern/Bongarts/Getty Images",
        "MANDEL NGAN/Getty Images",
        "Jane Roe/Anadolu via Getty Images",
        "(Image credit: AP photo/Evan Vucci)",
        "Bildquelle: Getty Images",
        "Foto: picture alliance / dpa | Kay Nietfeld",
        "Photo by Jane Doe/Reuters",
        "Foto [M]: Shutterstock",
        "AP/Jane Doe",
        "Picture Alliance",
        "SDA/sep",
        "Anadolu Ajansı",
        "Getty Images/iStockphoto",
    ],
)
def test_an_agency_credit_line_is_one(text: str) -> None:
    assert noise.is_agency_credit(text)


@pytest.mark.parametrize(
    "text",
    [
        "PA - Reading",  # an ambiguous agency needs a credit word or a slash
        "AP",
        "EPA",
        "Keystone",
        "Philadelphia, PA",
        "Reuters News – For Machines",
        "(HPA & Reuters, 04/07/06)",
        "- Sources: AP, Centers for Disease Control and Prevention.",
        "Data source: EPA iWARM",
        "Rep. Jane Doe. | Alex Wong/Getty Images",  # a caption before the credit
        "Best-selling hate. Shutterstock/chrisdorney",
        "Reuters reported on Monday that prices rose.",
        "According to Reuters",
        "Reuters/Ipsos poll",
        "dev/sda",  # an ambiguous agency counts written as a name only
        "Photo: Jane Doe",  # no agency
        "Photo Gallery",
        "Industry-leading tax software from Thomson Reuters",
        "The cabaret in Paris Jane Doe/Reuters",
        "",
        "()",
        "Reuters / " + "Jane Doe " * 10,  # too long for a credit line
    ],
)
def test_a_sentence_or_name_that_mentions_an_agency_is_no_credit(text: str) -> None:
    assert not noise.is_agency_credit(text)


def test_every_agency_name_passes_the_cheap_test() -> None:
    for name in phrases.PICTURE_AGENCIES | phrases.AMBIGUOUS_AGENCIES:
        assert noise._AGENCY_NAMES.search(name), name
