"""Positions stage: the sentences it must read, with the exact posts they give."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsgraph.extract import extract
from newsgraph.extract.positions import MEMBER_TITLE
from newsgraph.model import Article

STAGES = ("actors", "positions")
SEED = Path("/work/shared/examples")


def posts(nlp, text: str) -> dict[str, list[tuple]]:
    doc = extract(Article(id="t", body=text), nlp, stages=STAGES)
    names = {a.id: a.name for a in doc.actors}
    out: dict[str, list[tuple]] = {}
    for p in doc.positions:
        # a bare membership has no title word; its evidence names the body
        assert (p.title.split()[-1] if p.title != MEMBER_TITLE else names[p.organization].split()[-1]) \
            in text[p.evidence.start:p.evidence.end]
        out.setdefault(names[p.holder], []).append(
            (p.title, names.get(p.organization), p.qualifier, p.country))
    return out


def test_apposition_splits_title_from_body(nlp):
    got = posts(nlp, "The visitors included Pavel Orlov, Deputy Chairman of the Russian Security Council.")
    assert got["Pavel Orlov"] == [("Deputy Chairman", "Russian Security Council", "deputy", "RUS")]


def test_two_posts_joined_by_and(nlp):
    got = posts(nlp, "The talks were attended by Pavel Orlov, Deputy Chairman of the Russian Security "
                     "Council and Chairman of United Russia.")
    assert [t for t, *_ in got["Pavel Orlov"]] == ["Deputy Chairman", "Chairman"]
    assert got["Pavel Orlov"][1][1] == "United Russia"


def test_ministry_titles_keep_their_portfolio(nlp):
    got = posts(nlp, "Officials who met him included Ivan Sokolov, Minister of Natural Resources and "
                     "Ecology; Boris Gromov, Deputy Minister of Defense; and Yuri Lebedev, Acting Governor "
                     "of the Kursk region.")
    assert got["Ivan Sokolov"] == [("Minister of Natural Resources and Ecology", None, None, None)]
    assert got["Boris Gromov"] == [("Deputy Minister of Defense", None, "deputy", None)]
    assert got["Yuri Lebedev"] == [("Acting Governor", "Kursk region", "acting", None)]


def test_prenominal_titles_with_demonym_and_host(nlp):
    got = posts(nlp, "Chinese Premier Li Qiang met Russian Ambassador to the DPRK Alexander Matsegora.")
    assert got["Li Qiang"] == [("Premier", None, None, "CHN")]
    assert got["Alexander Matsegora"] == [("Ambassador", None, None, "RUS")]


def test_president_of_a_state_gives_country_not_body(nlp):
    got = posts(nlp, "Pyongyang, August 16 (KCNA) -- Kim Jong Un received a message from Vladimir Putin, "
                     "president of the Russian Federation.")
    assert got["Vladimir Putin"] == [("president", None, None, "RUS")]


def test_kcna_list_gives_each_name_its_own_title(nlp):
    text = ("Present there were Choe Ryong Hae, member of the Presidium of the Political Bureau of the "
            "C.C., WPK, and first vice-chairman of the State Affairs Commission, and Premier Pak Thae Song.")
    got = posts(nlp, text)
    holder = next(k for k in got if k.endswith("Ryong Hae"))
    assert [(t, q) for t, _, q, _ in got[holder]] == [("member", None), ("first vice-chairman", "first vice")]
    assert got[holder][0][1].startswith("Presidium of the Political Bureau of the Central Committee")
    assert got["Pak Thae Song"] == [("Premier", None, None, None)]


def test_copular_post(nlp):
    got = posts(nlp, "Officials said Thomas Becker is the chairman of the Green Energy Foundation.")
    assert got["Thomas Becker"] == [("chairman", "Green Energy Foundation", None, None)]


def test_joined_post_of_another_state_is_not_the_same_holders(nlp):
    got = posts(nlp, "He was placed behind Li Qiang, Chinese Premier and Secretary of the Communist Party "
                     "of Vietnam.")
    assert got["Li Qiang"] == [("Premier", None, None, "CHN")]


@pytest.mark.skipif(not SEED.exists(), reason="shared examples absent")
def test_seed_positions(nlp):
    text = (SEED / "seed-article.txt").read_text()
    expected = json.loads((SEED / "seed-article.expected.json").read_text())
    got = posts(nlp, text)
    titles = {(name, t) for name, ps in got.items() for t, *_ in ps}
    for person in expected["people"]:
        for post in person["positions"]:
            assert any(post["title"].lower() == t.lower() and person["name"].split()[-1] in n
                       for n, t in titles), (person["name"], post["title"])


def test_deputy_before_a_portfolio_word_qualifies_the_head(nlp):
    got = posts(nlp, "Kim Tae Song received Russian Deputy Foreign Minister Oleg Markov in Pyongyang.")
    assert got["Oleg Markov"] == [("Deputy Foreign Minister", None, "deputy", "RUS")]


def test_definite_post_set_off_before_the_name(nlp):
    got = posts(nlp, "The shadow home secretary, David Harlow, welcomed the decision on Tuesday.")
    assert got["David Harlow"] == [("shadow home secretary", None, "shadow", None)]


@pytest.mark.parametrize("text", [
    "Mary Jones, the Republican presidential nominee's eldest daughter, spoke in Ohio on Monday.",
    "Anna Petrova, the defence minister's wife, attended the ceremony.",
])
def test_apposed_post_owning_the_noun_after_it_is_another_persons(nlp, text):
    assert posts(nlp, text) == {}


def test_apposition_after_another_name_is_not_set_off_before_the_next(nlp):
    got = posts(nlp, "Present were Ri Chol Ho, the director of the Protocol Department, Pak Song Il and "
                     "Jo Yong Sik.")
    assert [t for t, *_ in got["Ri Chol Ho"]] == ["director"]
    assert "Pak Song Il" not in got


def test_concurrent_posts_share_the_body_named_after_the_second(nlp):
    got = posts(nlp, "The letter was signed by Ivan Sokolov, general secretary and concurrently "
                     "international secretary of the Moldovan Workers' Party.")
    assert [(t, o) for t, o, *_ in got["Ivan Sokolov"]] == [
        ("general secretary", "Moldovan Workers' Party"), ("international secretary", "Moldovan Workers' Party")]


def test_prenominal_title_with_kcna_abbreviated_body(nlp):
    got = posts(nlp, "The first vice department director of the C.C., WPK Kim Ok Sun and other officials "
                     "attended.")
    assert [(t, o, q) for t, o, q, _ in got["Kim Ok Sun"]] == [
        ("first vice department director", "Central Committee of the WPK", "first vice")]


@pytest.mark.parametrize("text, holder, title", [
    ("Lawyer Helen Marsh, who represents the men, said the ruling was wrong.", "Helen Marsh", "Lawyer"),
    ("The former spin doctor Simon Caddick denied the claim.", "Simon Caddick", "former spin doctor"),
    ("Labour peer Lord Ashby said the bill was flawed.", "Ashby", "peer"),
])
def test_occupations_and_peers_are_posts(nlp, text, holder, title):
    got = posts(nlp, text)
    assert [t for t, *_ in next(v for k, v in got.items() if holder in k)] == [title]


def test_post_set_off_after_an_adverbial_opening(nlp):
    got = posts(nlp, "On Tuesday, the Belarusian prime minister, Mikhail Sokolov, flew to Moscow for talks.")
    assert got["Mikhail Sokolov"] == [("prime minister", None, None, "BLR")]


def test_the_countrys_post_takes_the_state_named_before(nlp):
    got = posts(nlp, "Talks with Iran stalled in Vienna on Monday. The country's foreign minister, "
                     "Abbas Rahimi, said no deal was near.")
    assert got["Abbas Rahimi"] == [("foreign minister", None, None, "IRN")]


def test_government_post_takes_the_one_state_of_its_sentence(nlp):
    got = posts(nlp, "Crowds in Egypt demanded on Friday that President Hosni Mubarak step down.")
    assert got["Hosni Mubarak"] == [("President", None, None, "EGY")]


def test_government_post_ignores_a_sentence_naming_two_states(nlp):
    got = posts(nlp, "Ties between Vietnam and Laos were forged by President Tran Van Minh.")
    assert got["Tran Van Minh"] == [("President", None, None, None)]


def test_government_post_takes_its_holders_state_read_later(nlp):
    got = posts(nlp, "Chancellor Angela Merkel defended the budget. Merkel's Christian Democrats "
                     "(CDU) backed her on Thursday.")
    assert got["Angela Merkel"] == [("Chancellor", None, None, "DEU"),
                                    ("member", "Christian Democrats", None, "DEU")]


def test_analyst_with_a_body(nlp):
    got = posts(nlp, "Jun Tanaka, a political analyst with the Eurasia Group, said the launch was a signal.")
    assert got["Jun Tanaka"] == [("political analyst", "Eurasia Group", None, None)]


@pytest.mark.parametrize("text, holder, body", [
    ("Frank Weber of the Brookings Institution said the plan would fail.", "Frank Weber",
     "Brookings Institution"),
    ("Labour's Diane Hollis said the vote was a disgrace.", "Diane Hollis", "Labour"),
])
def test_bare_membership(nlp, text, holder, body):
    assert [(t, b) for t, b, *_ in posts(nlp, text)[holder]] == [("member", body)]


@pytest.mark.parametrize("text", [
    "The BBC's Jane Kerr says the conference was a compromise.",
    "Omar Shah's Labour MP Roger Dunmore welcomed his release.",
])
def test_no_bare_membership_for_a_reporter_or_a_modifier(nlp, text):
    assert all(t != "member" for held in posts(nlp, text).values() for t, *_ in held)


@pytest.mark.parametrize("text, holder, post", [
    ("Chelsea coach Marco Bellini hopes both defenders are fit for the final.", "Marco Bellini",
     ("coach", "Chelsea")),
    ("\"We respect local laws,\" said Paul Hunter, Google's global privacy counsel.", "Paul Hunter",
     ("global privacy counsel", "Google")),
])
def test_club_and_company_roles(nlp, text, holder, post):
    assert [(t, b) for t, b, *_ in posts(nlp, text)[holder]] == [post]


def test_honorifics_are_no_part_of_a_title_and_an_address_is_no_post(nlp):
    found = posts(nlp, "The gifts sent by the respected fatherly Marshal Kim Jong Un were conveyed on Friday. "
                       "Earlier the beloved General Secretary Kim Jong Un visited a farm.")
    assert found == {"Kim Jong Un": [("General Secretary", None, None, None)]}  # no dateline: no state


def test_a_person_takes_the_sector_of_their_post(nlp):
    doc = extract(Article(id="t", body=(
        "French Defence Minister Claire Martin met General Paul Durand, and Jean Roux, chairman of "
        "the Socialist Party, in Lyon on Monday.")), nlp)
    sectors = {a.name: a.sector for a in doc.actors if a.kind == "person"}
    assert sectors == {"Claire Martin": "GOV", "Paul Durand": "MIL", "Jean Roux": "PTY"}


def test_a_description_of_the_person_is_no_post(nlp):
    doc = extract(Article(id="t", body=(
        "Jose Marti, the beloved father of the Cuban nation, inspired them. Ana Ruiz, a champion of "
        "rare courage, met Le Van Ba, chairman of the Vietnam Fatherland Front.")), nlp)
    titles = sorted((doc.actor(p.holder).name, p.title) for p in doc.positions)
    assert titles == [("Le Van Ba", "chairman")]


def test_a_body_named_by_its_common_noun_keeps_the_post(nlp):
    found = posts(nlp, "Anna Berg, head of the delegation, and John Smith, chairman of the committee, arrived.")
    assert {name: [p[:2] for p in ps] for name, ps in found.items()} == {
        "Anna Berg": [("head", "delegation")], "John Smith": [("chairman", "committee")]}


def test_a_general_in_a_civil_title_is_no_soldier():
    from newsgraph.extract.titles import post_sector  # noqa: PLC0415 - the function under test

    assert [post_sector(t) for t in ("Secretary-General", "Attorney General", "Lieutenant General", "MP")] == [
        "GOV", "JUD", "MIL", "LEG"]


@pytest.mark.parametrize("text, holder, title", [
    ("Voters no longer trust Helen Marsh as prime minister, the opposition leader said.", "Helen Marsh",
     "prime minister"),
    ("Robert Ainsley, as chancellor, will deliver the budget next month.", "Robert Ainsley", "chancellor"),
    ("The board named Carla Dunne as its chairman of the audit committee on Monday.", "Carla Dunne", "chairman"),
])
def test_as_after_a_name_gives_the_post(nlp, text, holder, title):
    got = posts(nlp, text)
    assert [t for t, *_ in got[holder]] == [title]


def test_as_well_as_is_no_post(nlp):
    assert posts(nlp, "The minister thanked Jack Hollins as well as the volunteers.") == {}


def test_bare_capitalised_post_opening_the_sentence(nlp):
    got = posts(nlp, "Chairman, Anthony Greer, said the figures were disappointing.")
    assert got["Anthony Greer"] == [("Chairman", None, None, None)]


def test_a_regions_minister_is_of_the_regions_state(nlp):
    text = "Northern Ireland Minister Paul Garvey visited the plant in Belfast."
    assert posts(nlp, text)["Paul Garvey"] == [("Minister", "Northern Ireland", None, "GBR")]
    doc = extract(Article(id="t", body=text), nlp, stages=STAGES)
    assert next(a.country for a in doc.actors if a.name == "Paul Garvey") == "GBR"


def test_department_word_before_a_title_head_is_part_of_the_title(nlp):
    got = posts(nlp, "Health Secretary Laura Pryce and Transport Secretary Ian Booth met the unions.")
    assert got == {"Laura Pryce": [("Health Secretary", None, None, None)],
                   "Ian Booth": [("Transport Secretary", None, None, None)]}


def test_definite_post_opening_a_sentence_points_back_to_the_subject_before(nlp):
    got = posts(nlp, "Mr Ellis resigned from the board on Friday. The Labour MSP had been criticised "
                     "over his consultancy work.")
    assert got["Ellis"] == [("MSP", "Labour", None, "GBR")]


def test_definite_posts_joined_by_and_all_point_back(nlp):
    got = posts(nlp, "Ministers should stop attacking the unions, Peter Gilmour has said. The European "
                     "commissioner and former Labour minister was speaking on Sunday.")
    assert got["Peter Gilmour"] == [("European commissioner", None, None, None),
                                    ("former minister", "Labour", "former", "GBR")]


def test_serving_as_gives_the_post(nlp):
    got = posts(nlp, "Mr Dale is acting as an adviser for Labour during the campaign.")
    assert got["Dale"] == [("adviser", "Labour", None, "GBR")]


@pytest.mark.parametrize("text", [
    # a government office names its own holder, not the man just named
    "Michael Dorrell attacked the plan. The prime minister said it would work.",
    # a spokesman is someone new
    "Mr Ellis resigned on Friday. The party spokesman said the matter was closed.",
    # the sentence before names people, but none as its subject: no telling which
    "The inquiry report named Mr Ellis and Ann Price. The Labour MSP had been criticised over his work.",
    # the title is held by someone the text named with it
    "Tory leader Peter Lane spoke first. Later Mr Ellis criticised him. The Tory leader said nothing.",
    # the sentence before names the post itself: the post continues that mention
    "Mr Ellis wants an apology, which the mayor has not given. The mayor accused a reporter of lying.",
])
def test_definite_post_that_does_not_point_back(nlp, text):
    got = posts(nlp, text)
    assert all(title not in ("prime minister", "spokesman", "MSP", "mayor") for p in got.values() for title, *_ in p)
    assert ("leader", "Tory", None, "GBR") not in got.get("Ellis", [])


def test_an_mps_constituency_is_part_of_the_title(nlp):
    got = posts(nlp, "Laura Benning, the MP for Hove and Portslade, said the vote was close.")
    assert got["Laura Benning"] == [("MP for Hove and Portslade", None, None, None)]


def test_pronoun_subject_takes_the_post_of_the_person_named_last_as_subject(nlp):
    got = posts(nlp, "Alan Pryor was made a life peer on Monday. He lost the 1992 election to John Mercer. "
                     "He later became chairman of the Arts Council.")
    assert got == {"Alan Pryor": [("chairman", "Arts Council", None, None)]}


def test_negated_copula_gives_no_post(nlp):
    assert posts(nlp, "Anna Hill met the press. She is not a member of the board.") == {}


def test_taking_verb_needs_no_article(nlp):
    got = posts(nlp, "Paul Grant has since become chairman of the Electoral Commission.")
    assert got["Paul Grant"] == [("chairman", "Electoral Commission", None, None)]


def test_plural_possessive_body_before_the_title(nlp):
    got = posts(nlp, "Sarah Teather, the Liberal Democrats' education spokeswoman, said the fees were unfair.")
    assert got["Sarah Teather"] == [("education spokeswoman", "Liberal Democrats", None, "GBR")]


def test_bare_copula_post_that_names_its_body(nlp):
    got = posts(nlp, "Helen Ward, who is also head of research at the Policy Studies Institute, said "
                     "the figures were sound.")
    assert got["Helen Ward"] == [("head of research", "Policy Studies Institute", None, None)]


def test_bare_copula_post_without_a_body_is_no_post(nlp):
    assert posts(nlp, "Mr Ward, who is leader in the polls, said little.") == {}


@pytest.mark.parametrize("text, holder, post", [
    ("Mr Hartley - who has resigned as transport secretary - said he had no regrets.",
     "Hartley", ("transport secretary", None, "former", None)),
    ("Ann Wallace stepped down as chief executive of the Countryside Alliance in March.",
     "Ann Wallace", ("chief executive", "Countryside Alliance", "former chief", None)),
])
def test_leaving_a_post_makes_it_former(nlp, text, holder, post):
    assert posts(nlp, text)[holder] == [post]


@pytest.mark.parametrize("text, holder, post", [
    ("Mark Oaten was appointed chairman of the Home Affairs Committee on Tuesday.",
     "Mark Oaten", ("chairman", "Home Affairs Committee", None, None)),
    ("Ms Lyons has been elected as leader of the Cardiff Council group.",
     "Lyons", ("leader", "Cardiff Council group", None, None)),
])
def test_being_appointed_gives_the_post(nlp, text, holder, post):
    assert posts(nlp, text)[holder] == [post]


def test_a_time_phrase_ends_the_bodys_name(nlp):
    got = posts(nlp, "Jim Kerr, who resigned as treasurer of the Scottish Socialist Party last month, "
                     "spoke on Monday.")
    assert got["Jim Kerr"] == [("treasurer", "Scottish Socialist Party", "former", None)]


def test_adverb_and_participle_before_a_title_are_no_part_of_it(nlp):
    got = posts(nlp, "Crime fell last year, Andrew Hartley, the newly-appointed Thames Valley Police "
                     "commissioner, said.")
    assert got["Andrew Hartley"] == [("commissioner", "Thames Valley Police", None, None)]


def test_body_named_back_by_its_head_noun(nlp):
    got = posts(nlp, "Doctors rejected the offer, the British Medical Association (BMA) said. Jane Hartley, "
                     "the organisation's chairman, said doctors deserved better.")
    assert got["Jane Hartley"] == [("chairman", "British Medical Association", None, "GBR")]


def test_list_dash_is_no_part_of_the_title(nlp):
    got = posts(nlp, "Minju Joson\n- Premier Pak Pong Ju sent a message of greetings to the president of Laos.")
    assert got["Pak Pong Ju"] == [("Premier", None, None, None)]


def test_body_named_back_must_be_of_the_heads_kind(nlp):
    # the post stands, but in no body the text named: the union is no party
    got = posts(nlp, "The union said it would strike. Ann Bell, the party's treasurer, said nothing.")
    assert got == {"Ann Bell": [("treasurer", None, None, None)]}


def test_possessive_subject_points_back(nlp):
    got = posts(nlp, "Lord Hendon left prison in July. The former Tory treasurer's return to the party "
                     "has been debated for months.")
    assert got["Lord Hendon"] == [("former treasurer", "Tory", "former", "GBR")]


def test_post_points_back_through_a_pronoun_subject(nlp):
    got = posts(nlp, "Alan Pryor said he would take his seat in the Lords. But he added: \"Reform must "
                     "go on.\" The former Labour leader said he had thought about it for a long time.")
    assert got["Alan Pryor"] == [("former leader", "Labour", "former", "GBR")]


def test_a_sentence_about_no_person_breaks_the_chain(nlp):
    got = posts(nlp, "Alan Pryor said he would take his seat in the Lords. The vote was close. "
                     "The former Labour leader said he had thought about it for a long time.")
    assert got == {}


def test_qualifier_before_a_post_set_off_before_the_name(nlp):
    got = posts(nlp, "The bill was drafted with the then Lord Chancellor, Lord Dunmore, in 2001.")
    assert got["Lord Dunmore"] == [("then Lord Chancellor", None, "then", None)]


def test_appointment_as_gives_the_subject_a_post(nlp):
    got = posts(nlp, "Mr Pryor said his appointment as chairman of the Arts Council had come as a surprise.")
    assert got["Pryor"] == [("chairman", "Arts Council", None, None)]


def test_role_as_after_another_person_is_no_telling_whose(nlp):
    got = posts(nlp, "Tony Marsh praised Ian Pryor for his role as chairman of the Arts Council.")
    assert got == {}


def test_post_set_off_before_an_honorific_and_name(nlp):
    got = posts(nlp, "At the hearing, the committee chairman, Sir Alan Haselhurst, said the vote was lost.")
    assert got["Alan Haselhurst"] == [("committee chairman", None, None, None)]


def test_a_plural_post_after_a_list_is_each_listed_persons(nlp):
    got = posts(nlp, "The leader was accompanied by Pak Song Il, Kim Chol Su and Ri Chol Ho, members of the "
                     "Political Bureau of the Central Committee of the Workers' Party of Korea.")
    expected = [("member", "Political Bureau of the Central Committee of the Workers' Party of Korea", None, "PRK")]
    assert {name: got.get(name) for name in ("Pak Song Il", "Kim Chol Su", "Ri Chol Ho")} == dict.fromkeys(
        ("Pak Song Il", "Kim Chol Su", "Ri Chol Ho"), expected)
    assert posts(nlp, "Mr Blair met union leaders on Friday.") == {}


def test_a_plural_post_before_a_list_is_each_listed_persons(nlp):
    got = posts(nlp, "Senators Ann Lee and Tom Ash visited Kiev on Monday.")
    assert got == {"Ann Lee": [("Senator", None, None, None)], "Tom Ash": [("Senator", None, None, None)]}


def test_a_plural_of_no_body_after_a_name_is_the_next_list_item(nlp):
    got = posts(nlp, "Present were Ri Song Chol, officials concerned and the participants.")
    assert got == {}


@pytest.mark.parametrize("text, holder, title", [
    # the party word before the post is the party (actors stage), the post's body, as in "Labour MP X"
    ("Republican presidential nominee Walter Briggs toured a steel plant in Ohio.", "Walter Briggs",
     "presidential nominee"),
    ("The rally drew Democratic vice presidential nominee Ellen Pratt and her husband.", "Ellen Pratt",
     "vice presidential nominee"),
    ("Maria Lopez, the moderator of the second debate, asked about trade.", "Maria Lopez", "moderator"),
])
def test_nominees_and_moderators_are_posts(nlp, text, holder, title):
    assert [t for t, *_ in posts(nlp, text)[holder]] == [title]


def test_plural_candidates_before_two_names(nlp):
    got = posts(nlp, "Presidential candidates Ellen Pratt and Walter Briggs both spoke at the forum.")
    assert [t for t, *_ in got["Ellen Pratt"]] == [t for t, *_ in got["Walter Briggs"]] == ["Presidential candidate"]


def test_abbreviated_titles_before_a_name_are_posts(nlp):
    got = posts(nlp, "Rep. Walter Briggs, R-Ohio, and Sen. Ellen Pratt (D-Vt.) met Dr. Hugh Fenn on Monday.")
    assert [t for t, *_ in got["Walter Briggs"]] == ["Rep."]
    assert [t for t, *_ in got["Ellen Pratt"]] == ["Sen."]
    assert "Hugh Fenn" not in got


def test_person_possessive_post_set_off_before_the_name(nlp):
    got = posts(nlp, "Walter Briggs spoke in Dayton. Briggs's running mate, Kansas Gov. Tom Avery, stayed home.")
    assert [t for t, *_ in got["Tom Avery"]] == ["Kansas Gov.", "running mate"]


def test_possessive_name_and_tenure_as(nlp):
    got = posts(nlp, "The lawsuit seeks emails from Ellen Pratt's tenure as secretary of state.")
    assert got["Ellen Pratt"] == [("secretary of state", None, None, None)]


def test_forced_to_step_down_as_the_partys_chair(nlp):
    got = posts(nlp, "The Green Party met in Denver. Ellen Pratt was forced to step down as the party's national "
                     "chair last year.")
    assert got["Ellen Pratt"] == [("national chair", "Green Party", "former", None)]


def test_epithets_are_no_part_of_title_or_body(nlp):
    got = posts(nlp, "The plan was praised by conservative economist Ruth Adler and by Tom Avery, an analyst "
                     "at the libertarian Hoover Forum.")
    assert [t for t, *_ in got["Ruth Adler"]] == ["economist"]
    assert [(t, o) for t, o, *_ in got["Tom Avery"]] == [("analyst", "Hoover Forum")]


def test_field_after_for_then_body_after_at(nlp):
    got = posts(nlp, "But Ruth Adler, senior associate for community outreach at the Lowell Institute, disagreed.")
    assert [(t, o) for t, o, *_ in got["Ruth Adler"]] == [
        ("senior associate for community outreach", "Lowell Institute")]


def test_indefinite_post_opening_the_sentence_serving_several_bodies(nlp):
    got = posts(nlp, "A lawyer for the newspapers, Paul Quinn, said no decision had been made.")
    assert got["Paul Quinn"] == [("lawyer", None, None, None)]


def test_secretary_of_state_is_a_whole_title(nlp):
    got = posts(nlp, "The ruling dealt a blow to Republican Secretary of State Jon Hale in Ohio.")
    assert [t for t, *_ in got["Jon Hale"]] == ["Secretary of State"]


def test_a_post_set_off_before_a_name_with_letters_after_it(nlp):
    got = posts(nlp, "Scottish Finance Minister, Tom McCabe MSP, said the rise was fair.")
    assert got == {"Tom McCabe": [("Scottish Finance Minister", None, None, None)]}
