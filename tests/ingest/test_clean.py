"""Cleaning: chrome of several news CMSs removed and recorded, captions once, metadata, paragraphs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsgraph.eval import shared_eval_dir
from newsgraph.ingest import read, read_text
from newsgraph.ingest.chrome import Chrome, load
from newsgraph.ingest.clean import clean, normalise
from newsgraph.ingest.page import Page

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"

WORDPRESS = """Home Diplomacy Cambodia Courts Gulf Investors As Hun Manet Government Seeks New...

Cambodia Courts Gulf Investors As Government Seeks New Partners

3
Cambodian Deputy Prime Minister Sok Chenda Sophea meets Qatar\\'s Minister of State for Foreign Affairs in Phnom Penh / AKP, Mekong Ledger
Cambodian Deputy Prime Minister Sok Chenda Sophea meets Qatar’s Minister of State for Foreign Affairs in Phnom Penh / AKP, Mekong Ledger

Cambodia’s government has stepped up efforts to attract investment from the Gulf, with a Qatari delegation of 15 officials and business leaders visiting Phnom Penh this week.

The delegation was led by Khalid bin Saad Al-Mansouri, Minister of State for Foreign Affairs of Qatar, who said his country saw “real opportunities” in Cambodian agriculture.

Facebook Twitter WhatsApp Telegram

You may also like

Cambodia And Thailand Reopen Border Crossing
Why Phnom Penh Is Betting On Gulf Capital

NO COMMENTS

LEAVE A REPLY

Please enter your comment!
Please enter your name here

Exit mobile version
"""

BBC_LIKE = """Share this page

Image source, Reuters
Image caption, Ghana's President Yaw Mensah Boateng (left) was welcomed by Nigeria's Vice-President at Abuja airport

Ghana and Nigeria pledge joint force against Sahel militants

12 March 2024

The presidents of Ghana and Nigeria have agreed to set up a joint task force to counter militant groups moving south from the Sahel, officials from both countries say.

The agreement was reached at talks in Abuja between Ghana's President Yaw Mensah Boateng and Nigeria's President Musa Danladi.

Advertisement

"Our borders cannot be defended by one country alone," Mr Boateng told journalists after the meeting.

Related Topics

Ghana
Nigeria
West Africa

More on this story

Sahel juntas quit regional bloc
"""

STATE_MEDIA = """Pyongyang, January 9 (KCNA) -- A delegation of the Ministry of Foreign Affairs of the DPRK led by Vice-Minister Ri Kwang Song left here on Tuesday to visit Mongolia.
It was seen off at the airport by Kim Yong Ho, director of a department of the ministry, and Dulguun Bat-Erdene, ambassador of Mongolia to the DPRK.
"""

HARD_WRAPPED = """Finnish minister visits Tallinn

Finland's Minister for Foreign Trade, Ville Korhonen, met Estonian Prime
Minister Liis Kask in Tallinn on Monday to discuss the planned
electricity cable under the Gulf of Finland.

By Marja Lehtonen | 5 February 2024

Kask said the cable would be ready by 2027. Read more about it below.
Read more: Baltic grid leaves the Russian system
"""


def test_wordpress_theme_page() -> None:
    article = read_text(WORDPRESS, source="cambodia.txt")
    assert article.title == "Cambodia Courts Gulf Investors As Government Seeks New Partners"
    assert article.captions == [
        "Cambodian Deputy Prime Minister Sok Chenda Sophea meets Qatar's Minister of State for Foreign "
        "Affairs in Phnom Penh"]
    assert article.credits == ["AKP", "Mekong Ledger"]
    assert article.removed == [
        "Home Diplomacy Cambodia Courts Gulf Investors As Hun Manet Government Seeks New...",
        "3", "Facebook Twitter WhatsApp Telegram", "You may also like",
        "Cambodia And Thailand Reopen Border Crossing", "Why Phnom Penh Is Betting On Gulf Capital",
        "NO COMMENTS", "LEAVE A REPLY", "Please enter your comment!", "Please enter your name here",
        "Exit mobile version"]
    assert article.body == (
        "Cambodia's government has stepped up efforts to attract investment from the Gulf, with a Qatari "
        "delegation of 15 officials and business leaders visiting Phnom Penh this week.\n\n"
        "The delegation was led by Khalid bin Saad Al-Mansouri, Minister of State for Foreign Affairs of "
        'Qatar, who said his country saw "real opportunities" in Cambodian agriculture.')
    assert article.published is None


def test_bbc_like_page() -> None:
    article = read_text(BBC_LIKE)
    assert article.title == "Ghana and Nigeria pledge joint force against Sahel militants"
    assert article.published == "2024-03-12"
    assert article.captions == ["Ghana's President Yaw Mensah Boateng (left) was welcomed by Nigeria's "
                                "Vice-President at Abuja airport"]
    assert article.credits == ["Reuters"]
    assert article.removed == ["Share this page", "Image source, Reuters", "12 March 2024", "Advertisement",
                               "Related Topics", "Ghana", "Nigeria", "West Africa", "More on this story",
                               "Sahel juntas quit regional bloc"]
    assert article.body.startswith("The presidents of Ghana and Nigeria have agreed")
    assert article.body.endswith('"Our borders cannot be defended by one country alone," Mr Boateng told '
                                 "journalists after the meeting.")
    assert article.body.count("\n\n") == 2


def test_state_media_dateline_stays_and_names_the_outlet() -> None:
    article = read_text(STATE_MEDIA)
    assert article.title is None
    assert article.outlet == "KCNA"
    assert article.published is None  # "January 9" has no year: nothing is invented
    assert article.body.startswith("Pyongyang, January 9 (KCNA) -- A delegation of the Ministry")
    # one paragraph a line in state-media text
    assert article.body.split("\n\n")[1].startswith("It was seen off at the airport by Kim Yong Ho")


def test_known_outlet_is_not_replaced_by_the_dateline() -> None:
    article = clean(Page(text=STATE_MEDIA, source="x", outlet="Rodong Sinmun"))
    assert article.outlet == "Rodong Sinmun"


def test_hard_wrapped_text_byline_and_read_more() -> None:
    article = read_text(HARD_WRAPPED)
    assert article.title == "Finnish minister visits Tallinn"
    assert article.author == "Marja Lehtonen"
    assert article.published == "2024-02-05"
    assert article.body == (
        "Finland's Minister for Foreign Trade, Ville Korhonen, met Estonian Prime Minister Liis Kask in "
        "Tallinn on Monday to discuss the planned electricity cable under the Gulf of Finland.\n\n"
        "Kask said the cable would be ready by 2027. Read more about it below.")
    assert article.removed == ["By Marja Lehtonen | 5 February 2024", "Read more: Baltic grid leaves the Russian system"]


def test_sentences_that_resemble_chrome_stay() -> None:
    text = ("Talks in Geneva\n\nBy the end of the week, the envoys had agreed on a ceasefire map.\n\n"
            "Home Secretary Anne Cole said the agreement would be published.\n\n"
            "Share prices rose in Kyiv and Warsaw after the announcement.\n\n2024\n")
    article = read_text(text)
    assert article.body.split("\n\n") == [
        "By the end of the week, the envoys had agreed on a ceasefire map.",
        "Home Secretary Anne Cole said the agreement would be published.",
        "Share prices rose in Kyiv and Warsaw after the announcement."]
    assert article.author is None
    assert article.removed == ["2024"]


def test_section_label_above_headline() -> None:
    article = read_text("World\n\nPeru and Chile settle maritime dispute\n\nLima -- The two governments signed "
                        "the accord on Monday.\n")
    assert article.title == "Peru and Chile settle maritime dispute"
    assert article.removed == ["World"]


def test_html_page_metadata_caption_and_chrome() -> None:
    html = """<html><head><title>Ankara hosts Azerbaijani speaker - Anatolian Review</title>
    <meta property="og:site_name" content="Anatolian Review">
    <meta name="author" content="Deniz Aksoy"></head><body><article>
    <h1>Ankara hosts Azerbaijani speaker</h1>
    <p>The Speaker of the Grand National Assembly of Turkey, Mehmet Arslan, received his Azerbaijani counterpart Leyla Hasanova in Ankara on Monday for talks on energy and transport links.</p>
    <figure><img src="s.jpg"><figcaption>Mehmet Arslan and Leyla Hasanova at the Grand National Assembly / Anatolian Review</figcaption></figure>
    <p>Advertisement</p>
    <p>Hasanova said the two parliaments would set up a joint commission on the Middle Corridor trade route through the Caucasus.</p>
    </article><footer>Copyright 2019 Anatolian Review</footer></body></html>"""
    article = read_text(html)
    assert article.title == "Ankara hosts Azerbaijani speaker"
    assert article.outlet == "Anatolian Review"
    assert article.author == "Deniz Aksoy"
    assert article.published is None  # the footer's year is not a publication date
    assert article.captions == ["Mehmet Arslan and Leyla Hasanova at the Grand National Assembly"]
    assert article.credits == ["Anatolian Review"]
    assert article.removed == ["Advertisement"]
    assert article.body.count("\n\n") == 1


def test_normalise_quotes_and_escapes() -> None:
    assert normalise("the party\\'s “line” ‘held’\u00a0firm\r\n") == "the party's \"line\" 'held' firm\n"


def test_id_is_the_sha256_of_the_body() -> None:
    import hashlib

    article = read_text(STATE_MEDIA)
    assert article.id == hashlib.sha256(article.body.encode("utf-8")).hexdigest()
    # the same report behind different chrome is the same article
    assert read_text("Advertisement\n\n" + STATE_MEDIA + "\nNO COMMENTS\n").id == article.id


def test_chrome_table_rejects_unknown_rules() -> None:
    assert load().is_chrome("LEAVE A REPLY")
    with pytest.raises(ValueError, match="line 2"):
        Chrome.from_tsv("line\tNO COMMENTS\nlinee\tTypo\n")


@pytest.mark.parametrize(("name", "title", "outlet", "published"), [
    ("kcna-style-meeting.txt", "Vice-President of SPA Standing Committee Meets Lao Parliamentary Delegation",
     "KCNA", None),
    ("foreign-minister-visit.html", "Chilean foreign minister in Seoul pledges closer trade and minerals ties",
     "Peninsula Monitor", "2024-09-12"),
    ("saved-page-parliament-delegation.txt",
     "Japanese Lawmakers In Ulaanbaatar: What A Cross-Party Delegation Tells Us About Tokyo's Mongolia Policy",
     None, "2024-06-06"),
    ("press-statement.txt",
     "Deputy Foreign Minister Receives Ambassador of Brazil, Discusses Preparations for Ministerial Visit",
     None, "2024-03-14"),
])
def test_examples(name: str, title: str, outlet: str | None, published: str | None) -> None:
    [article] = list(read([str(EXAMPLES / name)]))
    assert (article.title, article.outlet, article.published) == (title, outlet, published)
    assert not any(line in article.body for line in article.removed if len(line) > 3)
    assert "NO COMMENTS" not in article.body and "Advertisement" not in article.body


def test_saved_page_example_chrome() -> None:
    [article] = list(read([str(EXAMPLES / "saved-page-parliament-delegation.txt")]))
    assert article.credits == ["Montsame", "Steppe Herald"]
    assert len(article.captions) == 1
    assert article.author == "Oyuntsetseg Batbayar"
    assert article.body.endswith('Mongolia intends to keep its "third neighbour" policy.')


SHARED = shared_eval_dir()


@pytest.mark.shared
@pytest.mark.skipif(SHARED is None, reason="../shared is absent")
def test_seed_article_block() -> None:
    examples = SHARED.parent / "examples"
    expected = json.loads((examples / "seed-article.expected.json").read_text(encoding="utf-8"))["article"]
    [article] = list(read([str(examples / "seed-article.txt")]))
    assert article.title == expected["title"]
    assert article.published is expected["published"] is None
    assert article.captions == expected["captions"]
    assert article.credits == expected["credits"]
    assert article.removed == expected["chrome_removed"]
    assert article.body.startswith(expected["body_starts_with"])
    assert article.body.endswith(expected["body_ends_with"])
    assert "\\'" not in article.body and "\u2019" not in article.body
    for text in expected["body_must_not_contain"]:
        assert text.replace("\\\\", "\\") not in article.body
    assert all(paragraph.strip() == paragraph and paragraph for paragraph in article.body.split("\n\n"))


def test_captions_printed_twice_or_labelled() -> None:
    text = ("Uzbek president opens Samarkand forum\n\n"
            "President Aziz Karimov addresses the forum\n"
            "President Aziz Karimov addresses the forum\n\n"
            "Samarkand -- Uzbekistan's President Aziz Karimov opened an investment forum attended by "
            "delegations from 40 countries on Thursday.\n\n"
            "Photo: Ministers of Central Asian states pose for a group picture\n\n"
            "Photo by Rustam Aliev\n\n"
            "The forum ends on Saturday.\n")
    article = read_text(text)
    assert article.captions == ["President Aziz Karimov addresses the forum",
                                "Ministers of Central Asian states pose for a group picture"]
    assert article.credits == ["Rustam Aliev"]
    assert article.removed == ["Photo by Rustam Aliev"]
    assert article.body.split("\n\n") == [
        "Samarkand -- Uzbekistan's President Aziz Karimov opened an investment forum attended by delegations "
        "from 40 countries on Thursday.", "The forum ends on Saturday."]
