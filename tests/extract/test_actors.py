"""The actors stage, sentence by sentence in the styles of KCNA, Reuters and the BBC."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc

from newsgraph.extract.names import fold, initials, same_person, short_keys
from newsgraph.extract.pipeline import Context, extract
from newsgraph.extract.spans import fix_entities
from newsgraph.ingest import read_text
from newsgraph.model import Actor, Article, Document

SHARED = Path(__file__).resolve().parents[3] / "shared"


def actors_of(nlp, body: str, title: str | None = None, captions: list[str] | None = None) -> Document:
    article = read_text(body)
    article = Article(id=article.id, body=body, title=title, captions=captions or [])
    return extract(article, nlp, stages=("actors",))


def one(doc: Document, name: str) -> Actor:
    found = [a for a in doc.actors if a.name == name]
    assert len(found) == 1, [(a.name, a.kind) for a in doc.actors]
    return found[0]


def names(doc: Document, kind: str) -> set[str]:
    return {a.name for a in doc.actors if a.kind == kind}


def states(doc: Document) -> set[str]:
    return {a.country for a in doc.actors if a.kind == "state"}


def test_kcna_dispatch_titles_acronyms_and_home_country(nlp):
    body = ("Pyongyang, September 3 (KCNA) -- Kim Jong Un, general secretary of the Workers' Party of "
            "Korea (WPK), received a message from the Central Committee of the Lao People's Revolutionary "
            "Party on September 1.\n\nForeign Minister Choe Son Hui met the visiting delegation. "
            "The WPK will steadily develop friendly relations with Laos, the message said.")
    doc = actors_of(nlp, body)
    assert names(doc, "person") == {"Kim Jong Un", "Choe Son Hui"}
    assert one(doc, "Choe Son Hui").country == "PRK"  # a KCNA dateline and a Korean name
    wpk = one(doc, "Workers' Party of Korea")
    assert wpk.kind == "party" and wpk.sector == "PTY"
    assert [m.text for m in wpk.mentions] == ["Workers' Party of Korea", "WPK", "WPK"]
    assert "WPK" in wpk.aliases
    assert one(doc, "Central Committee of the Lao People's Revolutionary Party").kind == "government_body"
    assert one(doc, "Lao People's Revolutionary Party").kind == "party"
    assert one(doc, "KCNA").kind == "media"
    assert states(doc) == {"LAO"}  # "Pyongyang" is a dateline, not a government acting


def test_honorifics_and_three_syllable_names(nlp):
    body = ("Respected Comrade Kim Jong Un inspected the factory. Marshal Ri Pyong Chol and Pak Jong Chon, "
            "secretary of the Central Committee, accompanied him.")
    doc = actors_of(nlp, body)
    assert names(doc, "person") == {"Kim Jong Un", "Ri Pyong Chol", "Pak Jong Chon"}


def test_british_military_honorifics_without_a_stop(nlp):
    body = ("Police reviewed the arrangements for Gen Pervez Musharraf's visit. Gen Musharraf held talks "
            "with Tony Blair on Monday, a day after Col Ahmed Raza arrived.")
    doc = actors_of(nlp, body)
    assert names(doc, "person") == {"Pervez Musharraf", "Tony Blair", "Ahmed Raza"}
    assert [m.text for m in one(doc, "Pervez Musharraf").mentions] == ["Pervez Musharraf", "Musharraf"]


def test_a_name_described_as_a_business_is_one_in_every_mention(nlp):
    # the NER reads the airline's name as a place; the noun before it says it is a business
    body = ("Union officials said Italian airline Alitalia needed a cash injection of 500 million euros. "
            "Alitalia has not made an annual profit since 2008, and energy company Eni has threatened "
            "to stop its fuel deliveries.")
    doc = actors_of(nlp, body)
    airline, eni = one(doc, "Alitalia"), one(doc, "Eni")
    assert (airline.kind, airline.sector, len(airline.mentions)) == ("organization", "BUS", 2)
    assert (eni.kind, eni.sector) == ("organization", "BUS")
    # a state described by a trade stays the state
    doc = actors_of(nlp, "Oil producer Nigeria signed a deal with China.")
    assert (one(doc, "Nigeria").kind, one(doc, "Nigeria").country) == ("state", "NGA")


def test_reuters_state_words_before_titles_and_surname_merge(nlp):
    body = ("MOSCOW (Reuters) - Russian Foreign Minister Sergei Lavrov said on Tuesday that Moscow's "
            "ties with Pyongyang were growing. Lavrov told reporters the talks in Beijing had gone well.")
    doc = actors_of(nlp, body)
    lavrov = one(doc, "Sergei Lavrov")
    assert lavrov.country == "RUS"
    assert [m.text for m in lavrov.mentions] == ["Sergei Lavrov", "Lavrov"]
    russia = one(doc, "Russia")
    assert [m.text for m in russia.mentions] == ["Russian", "Moscow"]
    assert states(doc) == {"RUS"}  # "with Pyongyang" and "in Beijing" are places here


def test_apposition_gives_country_and_hyphenated_given_name(nlp):
    body = ("The visitors included Magomed-Sultan Ibragimov, Deputy Minister of Energy of Russia, and "
            "A. Petrov, an adviser.")
    doc = actors_of(nlp, body)
    assert one(doc, "Magomed-Sultan Ibragimov").country == "RUS"
    assert "A. Petrov" in names(doc, "person")


def test_a_spaced_dash_ends_or_opens_a_name(nlp):
    body = "She was elected with three other minority MPs - Sam Okoro, Ann Patel and Tom Mensah - in 1997."
    assert names(actors_of(nlp, body), "person") == {"Sam Okoro", "Ann Patel", "Tom Mensah"}


def test_bbc_mr_form_commons_and_parties(nlp):
    body = ("Foreign Secretary Jack Straw told the Commons on Tuesday that talks would continue. "
            "Mr Straw said the Tories were running scared, while Labour MP Ann Keen backed him.")
    doc = actors_of(nlp, body, title="Straw defends EU talks")
    straw = one(doc, "Jack Straw")
    assert [(m.field, m.text) for m in straw.mentions] == [
        ("title", "Straw"), ("body", "Jack Straw"), ("body", "Straw")]
    assert one(doc, "Commons").kind == "legislature"
    assert one(doc, "Tories").kind == "party" and one(doc, "Tories").country == "GBR"
    assert one(doc, "Labour").kind == "party"
    assert names(doc, "person") == {"Jack Straw", "Ann Keen"}


@pytest.mark.parametrize(("body", "expected"), [
    ("The Lib Dems said taxes would fall. The Lib Dems would cut 35,000 posts, the party added.", "Lib Dems"),
    # the party's full name, where the article gives it, over a short form used more
    ("The Lib Dems said taxes would fall. The Liberal Democrats would cut 35,000 posts, the Lib Dems added.",
     "Liberal Democrats"),
    # a nickname sharing no word with the party's name yields to the name where the article uses it
    ("The Tories said taxes would fall. The Conservatives would cut 35,000 posts, the Tories added.",
     "Conservatives"),
    ("The Tories said taxes would fall. The Tories would cut 35,000 posts.", "Tories"),
    ("The Conservatives said taxes would fall. The Conservatives would cut 35,000 posts, the Tories added.",
     "Conservatives"),
    # a name modifying a noun is the party's adjective, not what it is called
    ("The Tory leader said taxes would fall. The Tory plans were costed, the Conservatives added.",
     "Conservatives"),
])
def test_a_party_is_named_by_its_full_name_else_as_the_article_calls_it_most(nlp, body, expected):
    assert names(actors_of(nlp, body), "party") == {expected}


def test_party_names_holding_state_names_are_parties(nlp):
    body = ("The Serbian Progressive Party, the Socialist Party of Serbia (SPS) and Healthy Serbia "
            "formed a coalition. The SPS said it would back the budget.")
    doc = actors_of(nlp, body)
    sps = one(doc, "Socialist Party of Serbia")
    assert sps.kind == "party" and sps.country == "SRB"
    assert [m.text for m in sps.mentions] == ["Socialist Party of Serbia", "SPS", "SPS"]
    assert "Healthy Serbia" in {a.name for a in doc.actors if a.kind != "state"}
    assert one(doc, "Serbian Progressive Party").kind == "party"
    assert states(doc) == {"SRB"}


def test_regions_by_head_noun(nlp):
    body = ("Ivan Sokolov, acting governor of the Tambov region, met Pavel Orlov, governor of "
            "Khabarovsk Krai.")
    doc = actors_of(nlp, body)
    assert names(doc, "region") == {"Tambov region", "Khabarovsk Krai"}
    assert names(doc, "person") == {"Ivan Sokolov", "Pavel Orlov"}


def test_coordinated_ministries_and_outlets(nlp):
    body = ("Officials from the Ministries of Energy, Transport, and Agriculture attended, Asia Times "
            "reported, citing Yonhap.")
    doc = actors_of(nlp, body)
    assert {"Ministry of Energy", "Ministry of Transport", "Ministry of Agriculture"} <= names(doc, "government_body")
    assert {"Asia Times", "Yonhap"} <= names(doc, "media")
    assert one(doc, "Yonhap").country == "KOR"


def test_an_and_inside_one_body_name_does_not_split_it(nlp):
    body = ("The Public and Commercial Services Union and the Transport and General Workers' Union will ballot "
            "members, while Labour and Conservative Party officials met Britain and France.")
    doc = actors_of(nlp, body)
    orgs = {a.name for a in doc.actors if a.kind not in ("state", "person")}
    assert {"Public and Commercial Services Union", "Transport and General Workers' Union", "Conservative Party"} <= orgs
    assert not orgs & {"Commercial Services Union", "General Workers' Union", "Labour and Conservative Party"}


def test_a_hyphenated_family_name_alone_is_a_short_form(nlp):
    doc = actors_of(nlp, "Robert Kilroy-Silk quit UKIP on Friday. Mr Kilroy-Silk accused the party of betrayal.")
    assert [(a.name, a.aliases) for a in doc.actors if a.kind == "person"] == [("Robert Kilroy-Silk", ["Kilroy-Silk"])]


def test_exercise_names_are_not_actors(nlp):
    body = ('The allies held the "Iron Shield" tabletop exercise, and the Freedom Edge drills began '
            "on Monday, the South Korean military said.")
    doc = actors_of(nlp, body)
    assert names(doc, "person") == set()
    assert not any("Shield" in a.name or "Edge" in a.name for a in doc.actors)
    assert states(doc) == {"KOR"}


def test_definite_party_and_state_aliases_merge(nlp):
    body = ("The Communist Party of Vietnam marked the anniversary of the party's founding. "
            "Vietnamese leaders and the Vietnam Fatherland Front attended.")
    doc = actors_of(nlp, body)
    cpv = one(doc, "Communist Party of Vietnam")
    assert [m.text for m in cpv.mentions] == ["Communist Party of Vietnam", "the party"]
    vietnam = one(doc, "Vietnam")
    assert vietnam.country == "VNM" and "Vietnamese" in vietnam.aliases


def test_ids_follow_reading_order_and_actor_at_finds_mentions(nlp):
    body = "Li Qiang, the Chinese Premier, met Japanese officials in Tokyo."
    doc = actors_of(nlp, body, captions=["Li Qiang arrives"])
    assert [a.id for a in doc.actors] == [f"a{i}" for i in range(1, len(doc.actors) + 1)]
    li = one(doc, "Li Qiang")
    assert li.id == "a1" and li.mentions[0].field == "captions/0"
    ctx = Context(article=doc.article, docs={}, document=doc)
    start = body.index("Chinese")
    assert ctx.actor_at(start, start + 7) == one(doc, "China").id
    assert one(doc, "China").mentions[0].text == "Chinese"


def test_name_helpers():
    assert fold("Kim Jong-un\u2019s") == "kim jong un"
    assert same_person("G. Zhukov", "Georgy Zhukov")
    assert same_person("Dmitri Ivanovich Petrov", "Dmitri Petrov")
    assert not same_person("Moazzam Khan", "Azmat Khan")
    # a given name spelt two ways; short or distinct names stay apart
    assert same_person("Viktor Makarov", "Victor Makarov")
    assert not same_person("Jon Smith", "John Smith")
    assert not same_person("Mark Kelly", "Mary Kelly")
    # a given name in its short form
    assert same_person("Tim Sloan", "Timothy J. Sloan")
    assert not same_person("Ed Balls", "Edward Balls")  # two letters is too short to tell


def test_a_title_written_with_stops_is_no_initials(nlp):
    doc = extract(Article(id="t", body="Wells Fargo named Timothy J. Sloan as chief executive. Representative "
                                       "Maxine Waters said incoming C.E.O. Tim Sloan is culpable."), nlp)
    assert [(a.name, [m.text for m in a.mentions]) for a in doc.actors if a.kind == "person"] == [
        ("Timothy J. Sloan", ["Timothy J. Sloan", "Tim Sloan"]), ("Maxine Waters", ["Maxine Waters"])]


@pytest.mark.shared
@pytest.mark.skipif(not (SHARED / "examples" / "seed-article.expected.json").exists(), reason="no shared/")
def test_seed_people_states_and_organizations_are_all_found(nlp):
    from newsgraph.ingest import read
    from newsgraph.extract.states import code_of

    expected = json.loads((SHARED / "examples" / "seed-article.expected.json").read_text())
    article = next(iter(read([str(SHARED / "examples" / "seed-article.txt")])))
    doc = extract(article, nlp, stages=("actors",))
    people = [a.name for a in doc.actors if a.kind == "person"]
    for person in expected["people"]:
        assert any(same_person(person["name"], p) for p in people), person["name"]
    assert {code_of(s) for s in expected["states"]} == states(doc)
    texts = {fold(t) for a in doc.actors if a.kind not in ("person", "state") for t in [a.name, *a.aliases]}
    texts |= {fold(c) for c in article.credits}  # a caption's credit line is no text field
    missing = [o for o in expected["organizations"]
               if not any(fold(o) == t or set(fold(o).split()) <= set(t.split()) for t in texts)]
    assert missing == []


def test_state_body_written_of_state_is_one_body_under_its_long_name(nlp):
    body = ("Pyongyang, March 4 (KCNA) -- A spokesman for the Foreign Ministry of the Democratic People's "
            "Republic of Korea issued a press statement on Friday. The DPRK Foreign Ministry said the "
            "United States must stop. The Foreign Ministry added that it would watch closely.\n\n"
            "The Ministry of National Defense of the Republic of Korea said the drills would go on. The ROK "
            "Ministry of National Defense denied any change.")
    doc = actors_of(nlp, body)
    ministry = one(doc, "Foreign Ministry of the Democratic People's Republic of Korea")
    assert (ministry.kind, ministry.country) == ("government_body", "PRK")
    assert {"DPRK Foreign Ministry", "Foreign Ministry"} <= set(ministry.aliases)
    defense = one(doc, "Ministry of National Defense of the Republic of Korea")
    assert defense.country == "KOR" and "ROK Ministry of National Defense" in defense.aliases
    assert states(doc) == {"PRK", "KOR", "USA"}


def test_body_of_a_party_takes_the_party_country_and_a_mission_its_seat(nlp):
    body = ("The Central Committee of the Workers' Party of Korea sent a wreath to the Embassy of the "
            "Russian Federation in the DPRK on Sunday.")
    doc = actors_of(nlp, body)
    assert one(doc, "Central Committee of the Workers' Party of Korea").country == "PRK"
    assert one(doc, "Embassy of the Russian Federation in the DPRK").country == "RUS"


def test_state_named_in_a_truncated_post_stays_a_state(nlp):
    body = ("Kim Jong Un, president of the State Affairs of the Democratic People's Republic of Korea, "
            "inspected a factory.")
    assert states(actors_of(nlp, body)) == {"PRK"}


def test_dash_glued_dateline_keeps_the_whole_korean_name(nlp):
    body = "Pyongyang, August 2 (KCNA) --Kim Jong Un inspected a tile factory in Kaesong."
    assert names(actors_of(nlp, body), "person") == {"Kim Jong Un"}


def test_peers_keep_their_style_and_join_the_name_they_were_given(nlp):
    body = ("Former Labour leader Neil Kinnock has been made a life peer and will be known as Baron Kinnock "
            "of Bedwellty. Lord Kinnock was introduced by Baroness Amos and Baroness Royall of Blaisdon. "
            "Lord Falconer welcomed him.")
    doc = actors_of(nlp, body)
    assert names(doc, "person") == {"Neil Kinnock", "Baroness Amos", "Baroness Royall of Blaisdon",
                                    "Lord Falconer"}
    assert {"Baron Kinnock of Bedwellty", "Lord Kinnock"} <= set(one(doc, "Neil Kinnock").aliases)


def test_sentence_opening_conjunction_is_no_given_name(nlp):
    body = ("Since Jack Straw took office, little has changed. If Charles Kennedy wins the seat, the "
            "Liberal Democrats will celebrate.")
    assert names(actors_of(nlp, body), "person") == {"Jack Straw", "Charles Kennedy"}


def test_function_word_after_a_dateline_dash_is_no_given_name(nlp):
    body = ("PHILADELPHIA \u2015 If Maria Delgado loses on Tuesday, her allies will blame the weather. "
            "TORONTO - When Paul Novak spoke, the hall fell silent.")
    assert names(actors_of(nlp, body), "person") == {"Maria Delgado", "Paul Novak"}


def test_a_surname_ner_left_out_joins_the_given_name_hung_on_it():
    # NER may stop at "Andreas" while the parser hangs it, as a compound, on the untagged surname
    words = ["Investigators", "blamed", "President", "Andreas", "Kyprianides", "for", "the", "blast", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=[True] * 7 + [False, False],
              tags=["NNS", "VBD", "NNP", "NNP", "NNP", "IN", "DT", "NN", "."],
              pos=["NOUN", "VERB", "PROPN", "PROPN", "PROPN", "ADP", "DET", "NOUN", "PUNCT"],
              heads=[1, 1, 4, 4, 1, 1, 7, 5, 1],
              deps=["nsubj", "ROOT", "compound", "compound", "dobj", "prep", "det", "pobj", "punct"],
              sent_starts=[True] + [False] * 8, ents=["O", "O", "O", "B-PERSON", "O", "O", "O", "O", "O"])
    assert [(e.text, e.label_) for e in fix_entities(doc).ents] == [("Andreas Kyprianides", "PERSON")]


def test_a_body_named_with_a_word_of_a_title_keeps_it(nlp):
    # "State" is only part of "Secretary of State": "Islamic State" keeps it; a title the words
    # after a body's name go on with is cut ("New Home | Secretary")
    body = ("Islamic State has given Syria and its neighbours a common enemy. New Home Secretary Charles "
            "Clarke condemned the group.")
    doc = actors_of(nlp, body)
    assert "Islamic State" in names(doc, "organization")
    assert not any("Home" in n for n in names(doc, "organization"))


def test_people_listed_after_a_demonym_group_take_its_country(nlp):
    body = ("Senior Japanese lawmakers attending the forum in Seoul included Taro Sato, Chairman of the "
            "Diet's Budget Committee; Kenji Yamada, Governor of Niigata Prefecture; and Hiroshi Mori, "
            "Vice Minister of Land. Guests also included Maria Lopez and Tom Baker.")
    doc = actors_of(nlp, body)
    assert {one(doc, n).country for n in ("Taro Sato", "Kenji Yamada", "Hiroshi Mori")} == {"JPN"}
    assert one(doc, "Maria Lopez").country is None and one(doc, "Tom Baker").country is None


def test_gazetteer_party_wins_over_the_states_ner_reads_in_it(nlp):
    body = ("Sergei Mironov, leader of A Just Russia - For Truth, said on Monday that deputies of "
            "Just Russia for Truth would back the bill.")
    doc = actors_of(nlp, body)
    party = one(doc, "A Just Russia - For Truth")
    assert (party.kind, party.country) == ("party", "RUS")
    assert "Just Russia for Truth" in party.aliases
    assert states(doc) == set()


def test_armed_groups_news_names_bare_are_organizations_of_rebels(nlp):
    # "the Islamic State" with no head noun: NER reads "Islamic" as a demonym and misses the group
    body = ("Kurdish fighters said the Islamic State had lost the town. Hamas fired rockets at Israel on "
            "Monday, and the Taliban claimed the attack in Kabul.")
    doc = actors_of(nlp, body)
    found = {(a.name, a.kind, a.country, a.sector) for a in doc.actors if a.sector == "REB"}
    assert found == {("Islamic State", "organization", None, "REB"), ("Hamas", "organization", "PSE", "REB"),
                     ("Taliban", "organization", "AFG", "REB")}


def test_picture_credits_naming_outlets_are_media_mentions(nlp):
    body = "NK News reported that the parade took place at night in Pyongyang."
    article = Article(id="t", body=body, captions=["Soldiers march in Kim Il Sung Square"],
                      credits=["Korean Central TV", "NK News", "John Smith"])
    doc = extract(article, nlp, stages=("actors",))
    kctv, nk = one(doc, "Korean Central TV"), one(doc, "NK News")
    assert (kctv.kind, kctv.country) == ("media", "PRK")
    assert [(m.field, m.text) for m in kctv.mentions] == [("credits/0", "Korean Central TV")]
    assert [(m.field, m.start) for m in nk.mentions] == [("body", 0), ("credits/1", 0)]
    assert "John Smith" not in names(doc, "person") | names(doc, "media")


def test_apposition_city_gives_the_academics_country(nlp):
    doc = actors_of(nlp, "Mikhail Sokolov, a professor at the Pacific State Institute in Khabarovsk, "
                         "said the talks went well. Hamid Qureshi, an economist at a bank in Lahore, "
                         "disagreed.")
    assert one(doc, "Mikhail Sokolov").country == "RUS"
    assert one(doc, "Hamid Qureshi").country == "PAK"
    assert "Khabarovsk" not in {a.name for a in doc.actors}


def test_a_state_that_is_subject_matter_or_destination_is_not_the_country(nlp):
    doc = actors_of(nlp, "Ri Song Chol, director of the Department of U.S. Affairs of the DPRK Foreign "
                         "Ministry, spoke on Monday. Ambassador Alexander Petrov, the envoy of Russia to the DPRK, "
                         "listened.")
    assert one(doc, "Ri Song Chol").country == "PRK"
    assert one(doc, "Alexander Petrov").country == "RUS"


@pytest.mark.parametrize("text, name, country", [
    ("Polish striker Robert Nowak scored twice on Saturday.", "Robert Nowak", "POL"),
    ("DW spoke to Lebanese lecturer and activist Karim Haddad about the protests.", "Karim Haddad", "LBN"),
    ("Spaniard Fernando Ortega won the race in Monza.", "Fernando Ortega", "ESP"),
    ("Police said Karl Weber, a German national, was detained at the border.", "Karl Weber", "DEU"),
])
def test_nationality_words_give_a_persons_country(nlp, text, name, country):
    assert one(actors_of(nlp, text), name).country == country


def test_family_name_the_parse_missed_or_took_for_a_body(nlp):
    doc = actors_of(nlp, "Defense Secretary Ash Carter met Iraqi Prime Minister Haider al-Abadi in Baghdad. "
                         "Carter thanked Abadi for his support. The secretary and Abadi agreed on aid.")
    assert [m.text for m in one(doc, "Haider al-Abadi").mentions] == ["Haider al-Abadi", "Abadi", "Abadi"]
    assert "Abadi" not in names(doc, "organization")


def test_family_name_standing_alone_is_the_person(nlp):
    # the parse tags no entity at the second "Jüttner"
    doc = actors_of(nlp, "Ruth J\u00fcttner works in Berlin. J\u00fcttner believes refugee numbers will rise.")
    assert [m.text for m in one(doc, "Ruth J\u00fcttner").mentions] == ["Ruth J\u00fcttner", "J\u00fcttner"]


def test_a_family_name_that_is_also_a_posts_word_is_the_person_unless_a_determiner_makes_it_a_post(nlp):
    doc = actors_of(nlp, "Senator Ann Lee urged Professor Mark Dean to resign. Lee said Dean had misled "
                         "the board. The dean of the law school declined to comment.")
    assert [m.text for m in one(doc, "Mark Dean").mentions] == ["Mark Dean", "Dean"]


def test_word_order_variants_of_one_body_merge_and_take_the_parent_state(nlp):
    doc = actors_of(nlp, "Hanoi, March 4 (VNA) -- Tran Van Minh, a member of the Standing Committee of the "
                         "National Assembly (NA) of Vietnam, met visitors on Tuesday. Later the NA Standing "
                         "Committee adopted a resolution on water resources.")
    committee = one(doc, "Standing Committee of the National Assembly")
    assert committee.country == "VNM"
    assert "NA Standing Committee" in committee.aliases
    assert one(doc, "National Assembly").country == "VNM"


def test_family_name_after_a_form_of_address_is_the_person(nlp):
    # the parse tags no entity at "Mr Hollis" in the second sentence
    doc = actors_of(nlp, "Shadow home secretary Gareth Hollis spoke on Monday. "
                         "Mr Hollis condemned the report, which the Home Office says cost 9,000 pounds.")
    assert [m.text for m in one(doc, "Gareth Hollis").mentions] == ["Gareth Hollis", "Hollis"]


def test_an_acronym_no_bracket_defines_joins_the_body_it_spells(nlp):
    doc = actors_of(nlp, "The National Union of Teachers opposed the plan. The NUT will ballot its "
                         "members next week.")
    assert "NUT" in one(doc, "National Union of Teachers").aliases
    assert "NUT" not in names(doc, "organization")


def test_an_acronym_named_first_joins_the_full_name_it_spells(nlp):
    doc = actors_of(nlp, "The FBI reopened the case on Friday. Federal Bureau of Investigation director "
                         "Mark Dalton told lawmakers about it.")
    assert "FBI" in one(doc, "Federal Bureau of Investigation").aliases
    assert "FBI" not in names(doc, "organization")


def test_a_two_letter_acronym_spells_nothing(nlp):
    doc = actors_of(nlp, "The Royal Navy sent a frigate. RN officers declined to comment.")
    assert "RN" not in one(doc, "Royal Navy").aliases


def test_readers_comments_name_no_new_bodies(nlp):
    body = ("The government will raise the minimum wage in October, ministers announced.\n\n"
            "The Low Pay Commission recommended the rise after a year of study.\n\n"
            "\"This is a fair deal for workers,\" the Trades Union Congress said.\n\n"
            "Employers' groups warned that jobs could be lost.\n\n"
            "I work at a large Hospital and my pay has not risen in years.\n\n"
            "Tom in Carlisle is right, the Trades Union Congress should ask for more.\n")
    doc = actors_of(nlp, body)
    bodies = {a.name for a in doc.actors if a.kind not in ("person", "state")}
    assert "Hospital" not in bodies and "Carlisle" not in bodies
    assert {"Low Pay Commission", "Trades Union Congress"} <= bodies
    assert len(one(doc, "Trades Union Congress").mentions) == 2


def test_a_name_after_a_title_tagged_as_a_body_is_the_person(nlp):
    doc = actors_of(nlp, "Scottish National Party Holyrood leader Nicola Burgess accused the minister of "
                         "misleading voters. Ms Burgess said the figures were wrong.")
    person = one(doc, "Nicola Burgess")
    assert person.kind == "person" and len(person.mentions) == 2
    assert "Nicola Burgess" not in names(doc, "organization")


@pytest.mark.parametrize("name, acronym", [
    ("Confederation of British Industry", "CBI"),
    ("Trades Union Congress", "TUC"),
    ("Workers' Party of Korea", "WPK"),
    ("Kim Il Sung-Kim Jong Il Foundation", "KISKJIF"),
])
def test_initials_skip_joining_words(name, acronym):
    assert initials(name) == acronym


def test_a_surname_after_a_form_of_address_or_title_is_a_person(nlp):
    # the small model reads some surnames as common words or places ("Pence", "Scholz")
    doc = actors_of(nlp, "Mr Kaine challenged Mr Pence to a second debate. Chancellor Scholz flew to Paris. "
                         "The Foreign Ministry Issues Statement.")
    assert names(doc, "person") == {"Kaine", "Pence", "Scholz"}
    assert "Foreign Ministry" in {a.name for a in doc.actors if a.kind != "person"}


def test_a_party_label_before_a_name_is_the_party_not_part_of_the_name(nlp):
    doc = actors_of(nlp, "Democrat Maria Delgado and Republican Tom Hargrove met in Denver on Tuesday. "
                         "Democrats said the talks went well.")
    assert names(doc, "person") == {"Maria Delgado", "Tom Hargrove"}
    assert names(doc, "party") == {"Democrats", "Republican"}  # the noun form names the party
    assert "Democrat" in one(doc, "Democrats").aliases


def test_a_party_named_by_a_state_s_party_word_is_no_generic_party_of_that_state(nlp):
    # "the Democratic Party" is a known party of the US, not "the American party" already named
    doc = actors_of(nlp, "The Republican Party held its convention in Ohio. Republican senators "
                         "criticised the Democratic Party for blocking the vote.")
    assert names(doc, "party") == {"Republican Party", "Democratic Party"}
    assert [m.text for m in one(doc, "Democratic Party").mentions] == ["Democratic Party"]


def test_a_party_qualifying_a_noun_yields_to_the_acronym_for_the_name(nlp):
    doc = actors_of(nlp, "The Republican nominee toured Iowa, and GOP leaders praised the speech.")
    gop = one(doc, "GOP")
    assert gop.kind == "party" and gop.country == "USA" and len(gop.mentions) == 2


def test_a_name_after_an_outlets_possessive_is_a_journalist(nlp):
    doc = actors_of(nlp, "The campaign wrote to NBC's Marcus Whitfield, who will moderate the debate. "
                         "Whitfield did not reply.")
    assert one(doc, "Marcus Whitfield").kind == "person"
    assert one(doc, "NBC").kind == "media"
    assert "Marcus Whitfield" not in names(doc, "organization")


def test_a_dates_possessive_owns_no_person(nlp):
    doc = actors_of(nlp, "Both candidates answered questions at last week's Commander-in-Chief Forum in "
                         "Manhattan, and Senator Rhodes attended.")
    assert "Forum" not in names(doc, "person")
    assert "Rhodes" in names(doc, "person")


def test_a_name_described_as_a_body_in_apposition_is_a_body(nlp):
    doc = actors_of(nlp, "The donor gave $2 million to Rebuild45, a super PAC backing the senator, and "
                         "more to For Our Towns, a liberal think tank. Jane Okafor, a party activist, objected.")
    bodies = {a.name for a in doc.actors if a.kind not in ("person", "state")}
    assert {"Rebuild45", "For Our Towns"} <= bodies
    assert "PAC" not in bodies and "super PAC" not in bodies  # a generic head noun names no body
    assert "Jane Okafor" in names(doc, "person")


def test_a_persons_name_before_administration_or_campaign_names_their_body(nlp):
    doc = actors_of(nlp, "Elena Marsh said the Whitcombe administration had misled voters. "
                         "The Marsh campaign later apologised.")
    assert one(doc, "Whitcombe administration").kind == "government_body"
    assert one(doc, "Marsh campaign").kind == "organization"
    assert len(one(doc, "Elena Marsh").mentions) == 2  # "Marsh" of "the Marsh campaign" is hers


def test_peoples_and_us_states_are_not_bodies_or_states(nlp):
    doc = actors_of(nlp, "Asian-American and Hispanic families in New Jersey and New Mexico rallied, "
                         "U.S. officials said.")
    assert {a.name for a in doc.actors if a.kind not in ("person", "state")} == set()
    assert states(doc) == {"USA"}


def test_a_name_a_prefix_governs_opens_no_body(nlp):
    doc = actors_of(nlp, "The pro-Hargrove Forward Together Fund spent $3 million on ads in Ohio.")
    assert "Forward Together Fund" in {a.name for a in doc.actors if a.kind not in ("person", "state")}


def test_a_full_name_the_parser_missed_is_still_the_persons_mention(nlp):
    # the second "Ivanka Trump" is read as a product by the parser
    body = ("The Trump campaign unveiled a child care plan on Tuesday. Ivanka Trump told reporters the plan "
            "would help working mothers. The campaign has credited Ivanka Trump with inspiring the proposal.")
    doc = actors_of(nlp, body)
    full = [(m.start, m.text) for m in one(doc, "Ivanka Trump").mentions if m.text == "Ivanka Trump"]
    assert full == [(body.index("Ivanka"), "Ivanka Trump"), (body.index("Ivanka Trump with"), "Ivanka Trump")]


def test_a_body_name_the_parser_missed_is_still_the_bodys_mention(nlp):
    # the second "Cafod" opens its sentence and is tagged as nothing
    body = ("The charity Cafod hosted the chancellor's speech on aid. Cafod wants Britain to press "
            "richer nations.")
    doc = actors_of(nlp, body)
    assert [m.start for m in one(doc, "Cafod").mentions] == [body.index("Cafod"), body.index("Cafod wants")]


def test_a_shared_family_name_goes_to_the_bearer_named_first_outside_the_others_paragraph(nlp):
    body = ("Governor Maria Costa unveiled a housing plan on Monday. Costa said it would cut rents.\n\n"
            "Her brother, Paolo Costa, who runs a building firm, praised the plan. Costa said the "
            "state had listened to builders.\n\n"
            "Tenant groups doubted the figures.\n\n"
            "Costa defended the plan on Tuesday.")
    doc = actors_of(nlp, body)
    maria, paolo = one(doc, "Maria Costa"), one(doc, "Paolo Costa")
    # the bare name beside Paolo's full name is his; two paragraphs on it is the governor's again
    assert [m.start for m in paolo.mentions if m.text == "Costa"] == [body.index("Costa said the state")]
    assert [m.start for m in maria.mentions if m.text == "Costa"] == [
        body.index("Costa said it"), body.index("Costa defended")]


def test_a_family_name_outside_the_paragraph_of_another_bearer_is_the_first_named(nlp):
    body = ("Former senator Helen Marsh met donors in Ohio. Her husband, Robert Marsh, joined her.\n\n"
            "Marsh thanked the donors. \"Robert has always backed me,\" Marsh said.")
    doc = actors_of(nlp, body)
    helen = one(doc, "Helen Marsh")
    assert [m.start for m in helen.mentions if m.text == "Marsh"] == [
        body.index("Marsh thanked"), body.index("Marsh said")]


def test_a_family_name_after_a_gendered_form_of_address_is_the_bearer_of_that_gender(nlp):
    body = ("Senator Robert Marsh met donors in Ohio.\n\nHelen Marsh, his wife, spoke in Dayton.\n\n"
            "In an interview aired on Tuesday, Mrs. Marsh said the campaign was going well.")
    doc = actors_of(nlp, body)
    assert [m.start for m in one(doc, "Helen Marsh").mentions if m.text == "Marsh"] == [body.index("Marsh said")]


def test_a_list_of_departments_before_a_title_names_no_body(nlp):
    doc = actors_of(nlp, "The plan was backed by Culture, Media and Sport Secretary Tessa Jowell on Monday.")
    assert [a.name for a in doc.actors] == ["Tessa Jowell"]
    # bodies listed before one department's post are still bodies
    doc = actors_of(nlp, "Microsoft, Google and Health Secretary Jane Doe met on Monday.")
    assert [a.name for a in doc.actors] == ["Microsoft", "Google", "Jane Doe"]



def test_a_family_name_the_ner_took_for_a_place_is_the_person_named_in_full(nlp):
    body = "President Yoon Suk Yeol spoke on Monday. Workers strongly demanded the resignation of Yoon."
    doc = actors_of(nlp, body)
    assert [m.text for m in one(doc, "Yoon Suk Yeol").mentions] == ["Yoon Suk Yeol", "Yoon"]
    assert names(doc, "state") == set()


def test_a_titled_name_of_a_state_is_that_states_citizen(nlp):
    doc = actors_of(nlp, "President Joe Biden of the United States met Prime Minister Narendra Modi of India.")
    assert (one(doc, "Joe Biden").country, one(doc, "Narendra Modi").country) == ("USA", "IND")


def test_a_party_word_opening_a_name_is_no_part_of_it(nlp):
    # "Conservative" names the Conservative Party, so "Conservative Graham Brady" is Graham Brady
    doc = actors_of(nlp, "Earlier Conservative Graham Brady said the rebate was unfair.")
    assert names(doc, "person") == {"Graham Brady"}
    assert "Conservative Graham Brady" not in {a.name for a in doc.actors}


def test_letters_after_a_name_are_no_part_of_it(nlp):
    doc = actors_of(nlp, "Ian MacDonald QC quit when the government failed. Mr MacDonald told BBC News he was leaving.")
    assert names(doc, "person") == {"Ian MacDonald"}
    assert [m.text for m in one(doc, "Ian MacDonald").mentions] == ["Ian MacDonald", "MacDonald"]
    doc = actors_of(nlp, "Veteran Labour backbencher Tam Dalyell MP said so.")
    assert names(doc, "person") == {"Tam Dalyell"}
    # tagged as a body, the name before the letters is still a person's
    doc = actors_of(nlp, "The claims were made in a book published this week by Philippe Sands QC. Mr Sands said so.")
    assert names(doc, "person") == {"Philippe Sands"}


def test_a_name_tagged_as_a_body_is_a_person_by_its_titled_apposition(nlp):
    doc = actors_of(nlp, "Vince Cable, the Liberal Democrat Treasury spokesman, said the plan was flawed.")
    assert "Vince Cable" in names(doc, "person")


def test_a_name_tagged_as_a_body_is_a_person_when_its_surname_is_addressed_later(nlp):
    doc = actors_of(nlp, "Vincent Cable, for the Liberal Democrats, said the plan was flawed. Mr Cable told the BBC so.")
    assert [m.text for m in one(doc, "Vincent Cable").mentions] == ["Vincent Cable", "Cable"]
    assert one(doc, "Vincent Cable").kind == "person"
    # a bank named like a person is no person without such evidence
    doc = actors_of(nlp, "Morgan Stanley, the bank, said profits rose. Its shares fell.")
    assert "Morgan Stanley" not in names(doc, "person")


def test_a_judges_style_after_a_form_of_address_is_part_of_the_name(nlp):
    doc = actors_of(nlp, "Appeal Court judge Lord Justice Rix and Mrs Justice Hale dissented. Rix said so.")
    assert names(doc, "person") == {"Lord Justice Rix", "Mrs Justice Hale"}
    assert [m.text for m in one(doc, "Lord Justice Rix").mentions] == ["Lord Justice Rix", "Rix"]


def test_a_clergy_style_or_a_soldiers_rank_is_no_part_of_the_name(nlp):
    doc = actors_of(nlp, "The Most Reverend Anne Cole, the Archbishop of Leeds, met Guardsman Tom Hale and Rev. Ray Dunn.")
    assert names(doc, "person") == {"Anne Cole", "Tom Hale", "Ray Dunn"}


def test_a_function_word_opening_a_quotation_is_no_part_of_the_name_after_it(nlp):
    doc = actors_of(nlp, 'Mayor Tom Hale said "If Ray Dunn wants the job he should say so." Others agreed.')
    assert names(doc, "person") == {"Tom Hale", "Ray Dunn"}


def test_and_the_before_a_second_name_splits_two_bodies(nlp):
    body = ("The chancellor spoke at an event organised by the UK's Department for International Development "
            "and the UN Development Programme on Wednesday.")
    doc = actors_of(nlp, body)
    assert names(doc, "government_body") == {"Department for International Development"}
    assert names(doc, "organization") == {"UN Development Programme"}


def test_a_double_barrelled_family_name_written_without_its_hyphen(nlp):
    assert "kilroy silk" in short_keys("Robert Kilroy Silk")
    doc = actors_of(nlp, "Two members defected to Robert Kilroy Silk's Veritas Party. "
                         "Veritas was formed by Mr Kilroy-Silk earlier this month.")
    assert [a.name for a in doc.actors if a.kind == "person"] == ["Robert Kilroy Silk"]
    assert [m.text for m in one(doc, "Robert Kilroy Silk").mentions] == ["Robert Kilroy Silk", "Kilroy-Silk"]


def test_a_states_body_whose_name_does_not_say_the_state(nlp):
    doc = actors_of(nlp, "The Home Office said it had not meant to discriminate. The Knesset voted on Monday.")
    assert (one(doc, "Home Office").country, one(doc, "Home Office").kind, one(doc, "Home Office").sector) == (
        "GBR", "government_body", "GOV")
    assert (one(doc, "Knesset").country, one(doc, "Knesset").kind) == ("ISR", "legislature")


def test_an_acronym_written_as_a_word_joins_the_body_it_spells(nlp):
    # British style writes acronyms said as words in title case; the tagger takes "Acpo" for a name
    doc = actors_of(nlp, "Association of Chief Police Officers president Chris Fox spoke. Acpo made its call "
                         "in a paper for MPs.")
    acpo = one(doc, "Association of Chief Police Officers")
    assert "Acpo" in acpo.aliases and acpo.kind == "organization"
    assert names(doc, "person") == {"Chris Fox"}


def test_and_after_a_known_body_splits_two_bodies(nlp):
    doc = actors_of(nlp, "Their action is supported by Amnesty International and Liberty.")
    assert [a.name for a in doc.actors] == ["Amnesty International", "Liberty"]


def test_a_named_law_or_bill_is_no_body(nlp):
    doc = actors_of(nlp, "The Serious Organised Crime and Police Bill proposes extra powers. Under the 1989 Children "
                         "Act, public bodies have a duty. The Home Office backed the Prevention of Terrorism Bill. "
                         "The courts have never overturned a government White Paper.")
    assert [a.name for a in doc.actors] == ["Home Office"]


def test_a_known_given_name_before_a_name_word_is_a_person_ner_missed(nlp):
    # spaCy's small model reads "May" as the month and misses the name after a title apposition
    doc = actors_of(nlp, "The shadow minister for the family, Theresa May, said the plan was desperate. "
                         "Will Labour win in May? The Rose Garden Ceremony Begins at noon.")
    assert names(doc, "person") == {"Theresa May"}


def test_a_committee_named_by_its_remit_after_its_house_is_one_body(nlp):
    doc = actors_of(nlp, "The influential Commons public accounts committee criticised the Treasury. "
                         "The environment select committee met on Monday. The standards committee did not.")
    bodies = {a.name for a in doc.actors if a.kind != "person"}
    assert {"Commons public accounts committee", "environment select committee"} <= bodies
    assert not any("standards" in b for b in bodies)
    assert "Commons" not in bodies


def test_a_headline_naming_a_body_by_its_first_word_names_the_body_the_story_names_in_full(nlp):
    doc = actors_of(nlp, "Amnesty International's secretary general said the banks had failed refugees.",
                    title="Amnesty chief attacks banks")
    body = one(doc, "Amnesty International")
    assert (body.kind, "Amnesty" in body.aliases) == ("international_organization", True)
    assert "Amnesty" not in {a.name for a in doc.actors}


def test_a_name_with_its_state_in_an_of_phrase_is_the_person_and_the_state(nlp):
    doc = actors_of(nlp, "Presidents Dilma Rousseff of Brazil, Vladimir Putin of Russia, Prime Minister Manmohan "
                         "Singh of India, as well as Xi and Zuma, will attend the presentation on Wednesday.")
    assert {"Dilma Rousseff", "Vladimir Putin", "Manmohan Singh"} <= names(doc, "person")
    assert {"BRA", "RUS", "IND"} <= states(doc)
    assert not any(" of " in a.name for a in doc.actors)


def test_a_fronted_participle_is_no_part_of_the_name_after_it(nlp):
    doc = actors_of(nlp, "Blasting Donald Trump for his remarks, Senator Warren said he was unfit. "
                         "Hammering Hillary Clinton once again, Mike Pence spoke in Ohio.")
    assert {"Donald Trump", "Hillary Clinton", "Mike Pence"} <= names(doc, "person")
    assert not any(a.name.split()[0].endswith("ing") for a in doc.actors)


def test_a_lower_case_prefix_of_a_hyphenated_word_is_no_body(nlp):
    doc = actors_of(nlp, "Republicans asked the FBI for a full, un-redacted copy of the agency's report.")
    assert {a.name for a in doc.actors} == {"Republicans", "FBI"}


def test_a_royal_style_keeps_its_given_name_apart_from_another_persons(nlp):
    doc = actors_of(nlp, "Liberal Democrat leader Charles Kennedy sent his best wishes. Prince Charles and Princess "
                         "Anne thanked him. The Crown Prince Salman of Bahrain also wrote.")
    assert names(doc, "person") == {"Charles Kennedy", "Prince Charles", "Princess Anne", "Prince Salman"}
    assert "Bahrain" in names(doc, "state")


def test_a_name_after_a_title_the_ner_took_for_a_place_is_a_person(nlp):
    doc = actors_of(nlp, "South African president Thabo Mbeki opened the summit in Pretoria on Monday.")
    assert one(doc, "Thabo Mbeki").kind == "person"
    assert names(doc, "state") == {"South Africa"}


def test_mr_with_a_family_name_is_not_the_knight_who_shares_it(nlp):
    body = ("Sir Alan Pryce, the chief constable, spoke first.\n\nThen Tom Pryce, the minister, replied.\n\n"
            "Critics accused Mr Pryce of arrogance.")
    doc = actors_of(nlp, body)
    assert [m.start for m in one(doc, "Tom Pryce").mentions if m.text == "Pryce"] == [body.index("Pryce of")]
    assert [m.text for m in one(doc, "Alan Pryce").mentions] == ["Alan Pryce"]


def test_a_body_the_parser_tagged_as_a_law_is_a_body(nlp):
    doc = actors_of(nlp, "The minister attacked the ruling by the Law Lords on Thursday.")
    assert names(doc, "government_body") == {"Law Lords"}


def test_a_state_word_after_mr_is_the_family_name_of_the_person_named_with_it(nlp):
    body = "Welsh Liberal Democrat leader Owen German spoke in Cardiff.\n\nMr German said the council was wasteful."
    doc = actors_of(nlp, body)
    assert [m.text for m in one(doc, "Owen German").mentions] == ["Owen German", "German"]
    assert names(doc, "state") == set()


def test_a_region_named_by_its_bearing_is_no_person(nlp):
    body = ("Mayor Ann Lee is campaigning for the official Vote No North East group. "
            "She said people in the North East wanted no assembly.")
    doc = actors_of(nlp, body)
    assert names(doc, "person") == {"Ann Lee"}
    # nor is a seat named by one
    doc = actors_of(nlp, "Labour's Tom Reed is defending Leeds North West, which he won in 1997.")
    assert names(doc, "person") == {"Tom Reed"}


def test_a_plural_demonym_tagged_as_a_person_is_a_people(nlp):
    body = "Economist Ana Petrou said the Greeks had a lot to learn. She also criticised German politicians."
    doc = actors_of(nlp, body)
    assert names(doc, "person") == {"Ana Petrou"}


def test_a_company_named_again_by_its_first_word_is_the_same_company(nlp):
    body = ("Regulators in two states opened inquiries into Goldman Sachs, and pension funds in "
            "Ohio have stopped trading with Goldman.")
    doc = actors_of(nlp, body)
    assert [a.name for a in doc.actors if a.kind == "organization"] == ["Goldman Sachs"]


def test_an_untagged_name_coordinated_with_a_persons_is_a_person(nlp):
    doc = actors_of(nlp, "Foreign Minister Tom Reed met Ann Lee on Friday. Reed met with Lee and Okonkwo before "
                         "leaving for Rome.")
    assert one(doc, "Okonkwo").kind == "person"
    # beside a full name the word may be anything ("Hillary Clinton and Dems in Ohio")
    doc = actors_of(nlp, 'Tom Reed said: "Backers of Ann Lee and Dems in Ohio firebombed our office."')
    assert "Dems" not in names(doc, "person")


def test_the_party_adjective_names_the_conservative_party(nlp):
    doc = actors_of(nlp, "Mr Brown denied Conservative claims that he had fiddled the figures. "
                         "A Conservative spokeswoman said the plan was a misjudgement.")
    party = one(doc, "Conservative")
    assert (party.kind, party.country) == ("party", "GBR")


def test_a_given_name_of_another_language_before_a_name_word_is_a_person(nlp):
    doc = actors_of(nlp, "Critics have gathered for weeks.\n\nMehmet Oz \u2014 a surgeon and daytime TV star \u2014 "
                         "faces sharp criticism from other doctors.")
    assert names(doc, "person") == {"Mehmet Oz"}


def test_a_mark_of_generation_is_no_family_name(nlp):
    doc = extract(Article(id="t", body="Philippine President Ferdinand Marcos Jr. arrived in Hanoi. "
                                       "Marcos told reporters the talks went well."), nlp)
    people = [a for a in doc.actors if a.kind == "person"]
    assert [(a.name, [m.text for m in a.mentions]) for a in people] == [
        ("Ferdinand Marcos Jr.", ["Ferdinand Marcos Jr.", "Marcos"])]


@pytest.mark.parametrize(("body", "name"), [
    ("Blinken met Saudi Crown Prince Mohammed bin Salman in Riyadh.", "Prince Mohammed bin Salman"),
    ("Luiz Inacio Lula da Silva arrived in Paris.", "Luiz Inacio Lula da Silva"),
])
def test_a_name_particle_goes_on_with_the_name(nlp, body, name):
    doc = extract(Article(id="t", body=body), nlp)
    assert name in [a.name for a in doc.actors if a.kind == "person"]
